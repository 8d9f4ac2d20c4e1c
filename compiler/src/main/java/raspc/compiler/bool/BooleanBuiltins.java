package raspc.compiler.bool;

import java.util.ArrayList;
import java.util.List;
import raspc.grammar.ast.Pos;

/** The builtin functions of Boolean function specs, applied to compiled arguments. */
final class BooleanBuiltins {
    private final int n;

    BooleanBuiltins(int n) {
        this.n = n;
    }

    BoolExprNode call(Pos pos, String name, List<BoolExprNode> args) {
        return switch (name) {
            case "parity" -> reduce(pos, name, args, ListOps::parity);
            case "sum" -> reduce(pos, name, args, ListOps::sum);
            case "all" -> reduce(pos, name, args, ListOps::all);
            case "any" -> reduce(pos, name, args, ListOps::any);
            case "xor" -> xor(pos, args);
            case "choose" -> choose(pos, args);
            case "random_table" -> randomTable(pos, args);
            default -> throw new BoolSpecError(pos, "unknown function '" + name + "' (builtins: "
                    + String.join(", ", ExprCompiler.BUILTINS) + ")");
        };
    }

    private interface Reduction {
        BoolExprNode apply(Pos pos, List<BoolExprNode> items);
    }

    private static BoolExprNode reduce(Pos pos, String name, List<BoolExprNode> args, Reduction r) {
        if (args.size() != 1) {
            throw new BoolSpecError(pos, name + "(...) takes one list, got " + args.size() + " arguments");
        }
        BoolExprNode list = args.get(0);
        List<BoolExprNode> items = Coerce.items(list, "the argument of " + name + "(...)");
        return ExprCompiler.foldIf(r.apply(pos, items), list);
    }

    /** xor(a, b, ...) of truth values; xor(list) is parity(list). */
    private static BoolExprNode xor(Pos pos, List<BoolExprNode> args) {
        if (args.isEmpty()) {
            throw new BoolSpecError(pos, "xor(...) needs at least one argument");
        }
        if (args.size() == 1 && BoolExprNode.isList(args.get(0))) {
            return reduce(pos, "xor", args, ListOps::parity);
        }
        List<BoolExprNode> items = new ArrayList<>(args);
        return ExprCompiler.foldIf(ListOps.parity(pos, items), items.toArray(BoolExprNode[]::new));
    }

    private static BoolExprNode choose(Pos pos, List<BoolExprNode> args) {
        if (args.size() != 3) {
            throw new BoolSpecError(pos, "choose(n, k, seed) takes 3 ints, got " + args.size() + " arguments");
        }
        int size = Coerce.constInt(args.get(0), "n of choose(n, k, seed)");
        int k = Coerce.constInt(args.get(1), "k of choose(n, k, seed)");
        long seed = Coerce.constLong(args.get(2), "seed of choose(n, k, seed)");
        if (size < 0 || size > (1 << 20) || k < 0 || k > size) {
            throw new BoolSpecError(pos, "choose(n, k, seed) needs 0 <= k <= n <= 2^20, got n = " + size + ", k = " + k);
        }
        List<Object> values = new ArrayList<>(k);
        for (int i : SeededChoices.choose(size, k, seed)) {
            values.add((long) i);
        }
        return new BoolExprNode.Const(pos, List.copyOf(values));
    }

    private BoolExprNode randomTable(Pos pos, List<BoolExprNode> args) {
        if (args.size() != 1) {
            throw new BoolSpecError(pos, "random_table(seed) takes one int, got " + args.size() + " arguments");
        }
        long seed = Coerce.constLong(args.get(0), "the seed of random_table(seed)");
        if (n > TruthTable.MAX_N) {
            throw new BoolSpecError(pos, "random_table(seed) stores 2^n bits and needs n <= " + TruthTable.MAX_N + ", got n = " + n);
        }
        long[] words = SeededChoices.randomTableWords(n, seed);
        int bits = n;
        return new BoolExprNode.IntFn(pos, x -> SeededChoices.lookup(words, x, bits) ? 1L : 0L);
    }
}
