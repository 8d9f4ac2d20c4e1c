package raspc.compiler.value;

import java.util.List;
import raspc.compiler.error.RaspError;
import raspc.compiler.graph.ElementFn;
import raspc.compiler.seq.PyAtoms;
import raspc.compiler.seq.Seq;
import raspc.compiler.seq.SeqBuilder;

/**
 * The per-position functions that read a RASP container value ({@code sop in [atoms]},
 * {@code container[sop]}); they live beside {@link Value} so that the graph does not depend on it.
 */
public final class ContainerFns {
    private ContainerFns() {}

    /** {@code sop in [atoms]}: a bool per position. */
    public record InList(List<Value.Atom> items) implements ElementFn {
        public InList {
            items = List.copyOf(items);
        }

        @Override
        public String symbol() {
            return "in";
        }

        @Override
        public void apply(Seq[] a, int i, SeqBuilder out) {
            Seq s = a[0];
            boolean found = false;
            for (Value.Atom v : items) {
                // an int past 64 bits has no word, yet may equal a float: compare it as atoms
                boolean equal = v.big() != null && v.big().bitLength() > 63
                        ? PyValues.equal(v, Value.Atom.of(s.kind(i), s.word(i), s.str(i)))
                        : PyAtoms.equal(s.kind(i), s.word(i), s.str(i), v.kind(), v.word(), v.str());
                if (equal) {
                    found = true;
                    break;
                }
            }
            out.putBool(i, found);
        }
    }

    /** {@code container[sop]} for a list, dict or string container: a lookup per position. */
    public record Lookup(Value container) implements ElementFn {
        @Override
        public String symbol() {
            return "lookup";
        }

        @Override
        public void apply(Seq[] a, int i, SeqBuilder out) {
            Seq s = a[0];
            Value.Atom key = Value.Atom.of(s.kind(i), s.word(i), s.str(i));
            Value v = PyValues.index(container, key);
            if (!(v instanceof Value.Atom atom)) {
                throw new RaspError("attempted to create sequence with illegal val types "
                        + "(vals must be bool, float, int or string): " + Value.repr(v));
            }
            out.put(i, atom.kind(), atom.word(), atom.str());
        }
    }
}
