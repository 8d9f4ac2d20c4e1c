package raspc.compiler.value;

import java.util.ArrayList;
import java.util.List;
import raspc.compiler.error.RaspError;
import raspc.compiler.seq.Input;
import raspc.compiler.seq.Kind;

/** The input an s-op is applied to, made from a RASP value: a string, or a list of atoms. */
public final class Inputs {
    private Inputs() {}

    /** A string or a list of atoms; anything else (or an empty one) is an error. */
    public static Input of(Value v) {
        if (v instanceof Value.Atom a && a.kind() == Kind.STR) {
            return Input.of(a.str());
        }
        if (v instanceof Value.ListVal l) {
            List<Value.Atom> atoms = new ArrayList<>(l.items().size());
            for (Value item : l.items()) {
                if (!(item instanceof Value.Atom a)) {
                    throw new RaspError("attempted to create sequence with illegal val types "
                            + "(vals must be bool, float, int or string): " + Value.repr(v));
                }
                atoms.add(a);
            }
            return Input.of(atoms);
        }
        throw new RaspError("RASP sequences/selectors expect a string or a list as input, got: "
                + Value.describe(v, Integer.MAX_VALUE));
    }
}
