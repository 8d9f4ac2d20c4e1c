package raspc.compiler.task;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import raspc.compiler.eval.GraphEvaluator;
import raspc.compiler.graph.SopNode;
import raspc.compiler.seq.Kind;
import raspc.compiler.seq.PyFormat;
import raspc.compiler.seq.Seq;
import raspc.compiler.value.Inputs;
import raspc.compiler.value.Value;

/**
 * A RASP program of the file as one more function of every level of a composition study
 * ({@code programs = [reverse, sort];}): it reads the input's symbols as the ints 0 .. A-1 and
 * must write as many ints in that range. The reference evaluator computes it, once per distinct
 * input (documents repeat inputs, and every intermediate output of a step-by-step document
 * goes through it).
 */
public final class CompositionProgram {
    private final String name;
    private final SopNode program;
    private final int alphabet;
    private final Map<Key, int[]> memo = new ConcurrentHashMap<>();

    public CompositionProgram(String name, SopNode program, int alphabet) {
        this.name = name;
        this.program = program;
        this.alphabet = alphabet;
    }

    public String name() {
        return name;
    }

    /** The program's output on {@code x}; IllegalArgumentException when it is not a sequence of as many symbols. */
    public int[] apply(int[] x) {
        return memo.computeIfAbsent(new Key(x.clone()), k -> evaluate(k.symbols())).clone();
    }

    private int[] evaluate(int[] x) {
        List<Value> items = new ArrayList<>(x.length);
        for (int v : x) {
            items.add(Value.Atom.ofInt(v));
        }
        Seq out = (Seq) new GraphEvaluator(Inputs.of(new Value.ListVal(items))).evaluate(program);
        if (out.length() != x.length) {
            throw wrong(x, out.length() + " values");
        }
        int[] y = new int[x.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = symbol(out, i);
            if (y[i] < 0 || y[i] >= alphabet) {
                throw wrong(x, "the value " + describe(out, i) + " at position " + i);
            }
        }
        return y;
    }

    /**
     * Element i as a symbol, -1 when it is none. An s-op's type is fixed by the example it was
     * defined on (a string), so passing int tokens through ({@code aggregate(flip, tokens)})
     * gives their digits as strings: those count as the ints they spell.
     */
    private static int symbol(Seq out, int i) {
        if (out.kind(i) == Kind.STR) {
            try {
                return Integer.parseInt(out.str(i).trim());
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        double v = out.toDouble(i);
        return v == Math.rint(v) && Math.abs(v) < Integer.MAX_VALUE ? (int) v : -1;
    }

    private static String describe(Seq out, int i) {
        return PyFormat.str(out.kind(i), out.word(i), out.str(i));
    }

    private IllegalArgumentException wrong(int[] x, String what) {
        return new IllegalArgumentException("program " + name + " on " + Arrays.toString(x) + " gives " + what
                + "; a composition function must map " + x.length + " symbols 0.." + (alphabet - 1) + " to as many");
    }

    /** An input compared by content. */
    private record Key(int[] symbols) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(symbols, k.symbols);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(symbols);
        }

        @Override
        public String toString() {
            return Arrays.toString(symbols);
        }
    }
}
