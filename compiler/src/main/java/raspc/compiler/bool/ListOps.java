package raspc.compiler.bool;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;
import java.util.function.LongToDoubleFunction;
import java.util.function.LongUnaryOperator;
import raspc.grammar.ast.Pos;

/**
 * sum / parity / all / any over a list of compiled items. Input bits in the list become long
 * masks (sum = bitCount(x &amp; mask), parity = its low bit, all/any = mask tests), constants are
 * folded, and only the remaining items are evaluated one by one.
 */
final class ListOps {
    private ListOps() {}

    /** The items of a list split by how they are evaluated. */
    private record Parts(List<Long> layers, long xorMask, long orMask, List<BoolExprNode> consts, List<BoolExprNode> others) {}

    private static Parts split(List<BoolExprNode> items, String what) {
        // Repeated bits go to further layers so that every layer is a set: sum counts each copy.
        List<Long> layers = new ArrayList<>();
        long xorMask = 0;
        long orMask = 0;
        List<BoolExprNode> consts = new ArrayList<>();
        List<BoolExprNode> others = new ArrayList<>();
        for (BoolExprNode item : items) {
            if (BoolExprNode.isList(item)) {
                throw new BoolSpecError(item.pos(), what + " needs a list of numbers or bits, but an item is a list");
            }
            if (item instanceof BoolExprNode.Bit b) {
                long bit = 1L << b.index();
                xorMask ^= bit;
                orMask |= bit;
                int layer = 0;
                while (layer < layers.size() && (layers.get(layer) & bit) != 0) {
                    layer++;
                }
                if (layer == layers.size()) {
                    layers.add(0L);
                }
                layers.set(layer, layers.get(layer) | bit);
            } else if (item instanceof BoolExprNode.Const) {
                consts.add(item);
            } else {
                others.add(item);
            }
        }
        return new Parts(layers, xorMask, orMask, consts, others);
    }

    static BoolExprNode sum(Pos pos, List<BoolExprNode> items) {
        Parts p = split(items, "sum(...)");
        boolean anyFloat = false;
        for (BoolExprNode n : items) {
            anyFloat |= BoolExprNode.typeName(n).equals("float");
        }
        long[] layers = p.layers().stream().mapToLong(Long::longValue).toArray();
        if (anyFloat) {
            double c = 0;
            for (BoolExprNode n : p.consts()) {
                c += Coerce.asDouble(n, "an item of sum(...)").applyAsDouble(0L);
            }
            LongToDoubleFunction[] rest = p.others().stream()
                    .map(n -> Coerce.asDouble(n, "an item of sum(...)")).toArray(LongToDoubleFunction[]::new);
            double base = c;
            return new BoolExprNode.FloatFn(pos, x -> {
                double s = base + countLayers(x, layers);
                for (LongToDoubleFunction g : rest) {
                    s += g.applyAsDouble(x);
                }
                return s;
            });
        }
        long c = 0;
        for (BoolExprNode n : p.consts()) {
            c += Coerce.constLong(n, "an item of sum(...)");
        }
        long base = c;
        LongUnaryOperator[] rest = p.others().stream()
                .map(n -> Coerce.asLong(n, "an item of sum(...)")).toArray(LongUnaryOperator[]::new);
        if (rest.length == 0 && layers.length <= 1) {
            long m = layers.length == 0 ? 0L : layers[0];
            return new BoolExprNode.IntFn(pos, x -> base + Long.bitCount(x & m));
        }
        return new BoolExprNode.IntFn(pos, x -> {
            long s = base + countLayers(x, layers);
            for (LongUnaryOperator g : rest) {
                s += g.applyAsLong(x);
            }
            return s;
        });
    }

    private static long countLayers(long x, long[] layers) {
        long s = 0;
        for (long m : layers) {
            s += Long.bitCount(x & m);
        }
        return s;
    }

    /** Xor of the items' truth values, as an int 0/1. */
    static BoolExprNode parity(Pos pos, List<BoolExprNode> items) {
        Parts p = split(items, "parity(...)");
        int c = 0;
        for (BoolExprNode n : p.consts()) {
            c ^= Coerce.truthy(((BoolExprNode.Const) n).value()) ? 1 : 0;
        }
        long m = p.xorMask();
        int base = c;
        LongPredicate[] rest = predicates(p.others(), "an item of parity(...)");
        if (rest.length == 0) {
            return new BoolExprNode.IntFn(pos, x -> (Long.bitCount(x & m) + base) & 1);
        }
        return new BoolExprNode.IntFn(pos, x -> {
            int s = Long.bitCount(x & m) + base;
            for (LongPredicate g : rest) {
                if (g.test(x)) {
                    s++;
                }
            }
            return s & 1;
        });
    }

    static BoolExprNode all(Pos pos, List<BoolExprNode> items) {
        Parts p = split(items, "all(...)");
        for (BoolExprNode n : p.consts()) {
            if (!Coerce.truthy(((BoolExprNode.Const) n).value())) {
                return new BoolExprNode.Const(pos, false);
            }
        }
        long m = p.orMask();
        LongPredicate[] rest = predicates(p.others(), "an item of all(...)");
        if (rest.length == 0) {
            return new BoolExprNode.BoolFn(pos, x -> (x & m) == m);
        }
        return new BoolExprNode.BoolFn(pos, x -> {
            if ((x & m) != m) {
                return false;
            }
            for (LongPredicate g : rest) {
                if (!g.test(x)) {
                    return false;
                }
            }
            return true;
        });
    }

    static BoolExprNode any(Pos pos, List<BoolExprNode> items) {
        Parts p = split(items, "any(...)");
        for (BoolExprNode n : p.consts()) {
            if (Coerce.truthy(((BoolExprNode.Const) n).value())) {
                return new BoolExprNode.Const(pos, true);
            }
        }
        long m = p.orMask();
        LongPredicate[] rest = predicates(p.others(), "an item of any(...)");
        if (rest.length == 0) {
            return new BoolExprNode.BoolFn(pos, x -> (x & m) != 0);
        }
        return new BoolExprNode.BoolFn(pos, x -> {
            if ((x & m) != 0) {
                return true;
            }
            for (LongPredicate g : rest) {
                if (g.test(x)) {
                    return true;
                }
            }
            return false;
        });
    }

    private static LongPredicate[] predicates(List<BoolExprNode> nodes, String what) {
        return nodes.stream().map(n -> Coerce.asBool(n, what)).toArray(LongPredicate[]::new);
    }
}
