package raspc.compiler.bool;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import java.util.function.LongToDoubleFunction;
import java.util.function.LongUnaryOperator;

/**
 * Compiles a {@link BooleanSpec} with concrete parameter values into a fast function. The AST is
 * walked once here; the result evaluates with primitive closures and bit masks only.
 */
public final class BooleanSpecCompiler {
    private BooleanSpecCompiler() {}

    /** The Boolean function; its value must be a bool, or a number that is 0 or 1. */
    public static BooleanFunction compile(BooleanSpec spec, List<Long> args) {
        int n = arity(spec, args);
        ExprCompiler compiler = new ExprCompiler(n);
        BoolExprNode body = compiler.compile(spec.body(), compiler.rootScope(bind(spec, args)));
        return BooleanFunction.of(spec.taskName(args), n, asBit(body, compiler));
    }

    /** The body as a real-valued function (e.g. MEAN = sum(x) / n); bools give 0.0 / 1.0. */
    public static RealFunction compileReal(BooleanSpec spec, List<Long> args) {
        int n = arity(spec, args);
        ExprCompiler compiler = new ExprCompiler(n);
        BoolExprNode body = compiler.compile(spec.body(), compiler.rootScope(bind(spec, args)));
        return RealFunction.of(spec.taskName(args), n, Coerce.asDouble(body, "the value of '" + spec.name() + "'"));
    }

    private static int arity(BooleanSpec spec, List<Long> args) {
        if (args.size() != spec.params().size()) {
            throw new BoolSpecError(spec.pos(), spec.signature() + " takes " + spec.params().size()
                    + " int" + (spec.params().size() == 1 ? "" : "s") + ", got " + args.size());
        }
        long n = args.get(0);
        if (n < 1 || n > BooleanFunction.MAX_N) {
            throw new BoolSpecError(spec.pos(), spec.params().get(0) + " (the number of input bits of '" + spec.name()
                    + "') must be between 1 and " + BooleanFunction.MAX_N + ", got " + n);
        }
        return (int) n;
    }

    private static Map<String, Long> bind(BooleanSpec spec, List<Long> args) {
        Map<String, Long> params = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            params.put(spec.params().get(i), args.get(i));
        }
        return params;
    }

    /** The body's value as a bit; numbers other than 0 and 1 are an error, not silently truthy. */
    private static LongPredicate asBit(BoolExprNode body, ExprCompiler compiler) {
        if (BoolExprNode.isList(body)) {
            throw new BoolSpecError(body.pos(), "the body gives a list, not a bit (did you mean parity(...), all(...) or any(...)?)");
        }
        if (body instanceof BoolExprNode.BoolFn p) {
            return p.f();
        }
        if (body instanceof BoolExprNode.Bit b) {
            long m = 1L << b.index();
            return x -> (x & m) != 0;
        }
        if (body instanceof BoolExprNode.Const c) {
            Object v = c.value();
            if (v instanceof Boolean b) {
                return x -> b;
            }
            double d = ((Number) v).doubleValue();
            if (d != 0.0 && d != 1.0) {
                throw new BoolSpecError(body.pos(), "the body is the constant " + v + ", not a bit (0 or 1)");
            }
            return x -> d == 1.0;
        }
        if (body instanceof BoolExprNode.IntFn f) {
            LongUnaryOperator g = f.f();
            return x -> {
                long v = g.applyAsLong(x);
                if (v == 0 || v == 1) {
                    return v == 1;
                }
                throw new BoolSpecError(body.pos(), "the value at input " + compiler.bits(x) + " is " + v
                        + ", not a bit (compare it, e.g. sum(x) > n / 2)");
            };
        }
        LongToDoubleFunction g = ((BoolExprNode.FloatFn) body).f();
        return x -> {
            double v = g.applyAsDouble(x);
            if (v == 0.0 || v == 1.0) {
                return v == 1.0;
            }
            throw new BoolSpecError(body.pos(), "the value at input " + compiler.bits(x) + " is " + v
                    + ", not a bit (compare it, e.g. sum(x) / n >= 0.5)");
        };
    }
}
