package raspc.compiler.bool;

import java.util.List;

/** A Boolean function spec with its parameter values, e.g. sparse_parity_40_4. */
public record BooleanTask(String name, BooleanSpec spec, List<Long> args) {
    public BooleanTask {
        args = List.copyOf(args);
    }

    /** The number of input bits (the first parameter). */
    public int n() {
        return (int) (long) args.get(0);
    }

    public BooleanFunction compile() {
        return BooleanSpecCompiler.compile(spec, args);
    }

    public RealFunction compileReal() {
        return BooleanSpecCompiler.compileReal(spec, args);
    }
}
