package raspc.compiler.seq;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import raspc.compiler.error.RaspError;
import raspc.compiler.python.PyNumbers;
import raspc.compiler.python.PyStrings;
import raspc.grammar.ast.Comparison;

/**
 * The array kernels of select, aggregate and selector_width: loops over primitive columns, with
 * selectors as bit matrices. The evaluator ({@code raspc.compiler.eval.Kernels}) calls them on
 * the values of a node's children.
 */
public final class ArrayKernels {
    private ArrayKernels() {}

    /** (q, k) selected when op(keys[k], queries[q]). */
    public static Sel select(Seq keys, Seq queries, Comparison op) {
        int n = keys.length();
        Sel r = new Sel(n);
        long[] kv;
        long[] qv;
        if (keys.type().integral() && queries.type().integral()) {
            kv = keys.words(); // ints and bools: the words are the values
            qv = queries.words();
        } else if (keys.allNumbers() && queries.allNumbers() && sortableAsDoubles(keys) && sortableAsDoubles(queries)) {
            kv = sortableDoubles(keys);
            qv = sortableDoubles(queries);
        } else if (keys.type() == SeqType.STRINGS && queries.type() == SeqType.STRINGS) {
            // rank the strings once, then compare ranks: the same order as comparing the strings
            kv = new long[n];
            qv = new long[n];
            rankStrings(keys.strs(), queries.strs(), kv, qv);
        } else {
            return selectMixed(keys, queries, op, r);
        }
        long[] bits = r.bits();
        int words = r.words();
        for (int q = 0; q < n; q++) {
            long qq = qv[q];
            int base = q * words;
            for (int w = 0; w < words; w++) {
                int from = w << 6;
                int to = Math.min(n, from + 64);
                bits[base + w] = row(op, kv, qq, from, to);
            }
        }
        return r;
    }

    /**
     * Whether every element, read as a double, compares as it would in Python: no NaN (unordered)
     * and no int past 2^53 (a double would round it, and Python compares ints with floats exactly).
     */
    private static boolean sortableAsDoubles(Seq s) {
        for (int i = 0; i < s.length(); i++) {
            long w = s.word(i);
            if (s.kind(i) == Kind.FLOAT ? Double.isNaN(Words.asFloat(w)) : Math.abs(w) > PyNumbers.MAX_EXACT_INT) {
                return false;
            }
        }
        return true;
    }

    private static long[] sortableDoubles(Seq s) {
        long[] out = new long[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Words.sortable(s.toDouble(i));
        }
        return out;
    }

    /** One 64-key word of a selector row; one tight loop per comparison so the JIT can unroll it. */
    private static long row(Comparison op, long[] kv, long qq, int from, int to) {
        long word = 0;
        switch (op) {
            case EQ -> {
                for (int k = from; k < to; k++) {
                    word |= (kv[k] == qq ? 1L : 0L) << k;
                }
            }
            case NE -> {
                for (int k = from; k < to; k++) {
                    word |= (kv[k] != qq ? 1L : 0L) << k;
                }
            }
            case LT -> {
                for (int k = from; k < to; k++) {
                    word |= (kv[k] < qq ? 1L : 0L) << k;
                }
            }
            case GT -> {
                for (int k = from; k < to; k++) {
                    word |= (kv[k] > qq ? 1L : 0L) << k;
                }
            }
            case LE -> {
                for (int k = from; k < to; k++) {
                    word |= (kv[k] <= qq ? 1L : 0L) << k;
                }
            }
            default -> {
                for (int k = from; k < to; k++) {
                    word |= (kv[k] >= qq ? 1L : 0L) << k;
                }
            }
        }
        return word;
    }

    private static void rankStrings(String[] a, String[] b, long[] ra, long[] rb) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        Arrays.sort(all, PyStrings.ORDER);
        Map<String, Integer> rank = new HashMap<>();
        for (String s : all) {
            rank.putIfAbsent(s, rank.size());
        }
        for (int i = 0; i < a.length; i++) {
            ra[i] = rank.get(a[i]);
        }
        for (int i = 0; i < b.length; i++) {
            rb[i] = rank.get(b[i]);
        }
    }

    private static Sel selectMixed(Seq keys, Seq queries, Comparison op, Sel r) {
        int n = keys.length();
        for (int q = 0; q < n; q++) {
            for (int k = 0; k < n; k++) {
                byte ka = keys.kind(k);
                byte kb = queries.kind(q);
                boolean hit;
                if (op == Comparison.EQ || op == Comparison.NE) {
                    boolean eq = PyAtoms.equal(ka, keys.word(k), keys.str(k), kb, queries.word(q), queries.str(q));
                    hit = eq == (op == Comparison.EQ);
                } else if (PyAtoms.unordered(ka, keys.word(k), kb, queries.word(q))) {
                    hit = false;
                } else {
                    int c = PyAtoms.order(op.symbol(), ka, keys.word(k), keys.str(k), kb, queries.word(q), queries.str(q));
                    hit = switch (op) {
                        case LT -> c < 0;
                        case GT -> c > 0;
                        case LE -> c <= 0;
                        default -> c >= 0;
                    };
                }
                if (hit) {
                    r.set(q, k);
                }
            }
        }
        return r;
    }

    public static Seq aggregate(Sel sel, Seq values, Element dflt) {
        int n = sel.size();
        int words = sel.words();
        long[] bits = sel.bits();
        SeqBuilder b = new SeqBuilder(n);
        boolean numeric = values.type().numeric();
        MeanSum sum = new MeanSum();
        for (int q = 0; q < n; q++) {
            int base = q * words;
            int count = 0;
            int only = -1;
            sum.clear();
            for (int w = 0; w < words; w++) {
                long word = bits[base + w];
                while (word != 0) {
                    int k = (w << 6) + Long.numberOfTrailingZeros(word);
                    word &= word - 1;
                    if (count++ == 0) {
                        only = k;
                    }
                    sum.add(values.kind(k), values.word(k));
                }
            }
            if (count == 0) {
                if (dflt == null) {
                    b.putInt(q, 0);
                } else {
                    b.put(q, dflt.kind(), dflt.word(), dflt.str());
                }
            } else if (count == 1) {
                b.copy(q, values, only);
            } else if (numeric) {
                b.putFloat(q, sum.mean(count));
            } else {
                throw new RaspError("asked to average multiple values, but they are non-numbers: "
                        + SeqFormat.pyList(values));
            }
        }
        return b.build();
    }

    public static Seq width(Sel sel) {
        int n = sel.size();
        SeqBuilder b = new SeqBuilder(n);
        for (int q = 0; q < n; q++) {
            b.putInt(q, sel.width(q));
        }
        return b.build();
    }
}
