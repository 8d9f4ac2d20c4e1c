package raspc.compiler.value;

import java.util.List;

/**
 * A RASP function value: user-defined ({@code def}, {@code interp.UserFunction}) or native
 * (selector_width, {@code interp.NativeFunction}). Not sealed: its cases live in the interpreter,
 * above this package, and only the interpreter tells them apart.
 */
public interface Function {
    String name();

    List<String> params();

    /** The name of the environment that defined it ("console", a file name, ...). */
    String creator();

    /** As the original prints it: {@code console function: f(a, b)}. */
    default String describe() {
        return creator() + " function: " + name() + "(" + String.join(", ", params()) + ")";
    }
}
