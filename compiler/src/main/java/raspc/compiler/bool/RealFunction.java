package raspc.compiler.bool;

import java.util.function.LongToDoubleFunction;

/**
 * A real-valued function g: {0,1}^n -> R on at most 63 bits (same input packing as
 * {@link BooleanFunction}), e.g. MEAN = sum(x) / n or a trained model's scalar output.
 */
public interface RealFunction {
    String name();

    int n();

    double eval(long x);

    static RealFunction of(String name, int n, LongToDoubleFunction g) {
        BooleanFunction.checkArity(n);
        return new Simple(name, n, g);
    }

    /** f as a real function with values 0.0 / 1.0. */
    static RealFunction of(BooleanFunction f) {
        return of(f.name(), f.n(), x -> f.eval(x) ? 1.0 : 0.0);
    }

    record Simple(String name, int n, LongToDoubleFunction g) implements RealFunction {
        @Override
        public double eval(long x) {
            return g.applyAsDouble(x);
        }
    }
}
