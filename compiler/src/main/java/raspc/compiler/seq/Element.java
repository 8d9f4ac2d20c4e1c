package raspc.compiler.seq;

/**
 * One element of a sequence as the kernels read it: its {@link Kind}, number word ({@link Words})
 * and string. A RASP atom is one; its {@link #word()} may refuse an int past 64 bits, which is
 * why a constant or default is asked only when it is evaluated.
 */
public interface Element {
    byte kind();

    long word();

    String str();
}
