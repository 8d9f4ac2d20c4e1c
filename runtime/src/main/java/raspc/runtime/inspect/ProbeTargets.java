package raspc.runtime.inspect;

import java.util.ArrayList;
import java.util.List;
import raspc.compiler.bool.BooleanFunction;
import raspc.compiler.probe.ProgramSops;
import raspc.compiler.task.BooleanFunctionTask;
import raspc.compiler.task.CompositionDocument;
import raspc.compiler.task.CompositionTask;
import raspc.compiler.task.LabelledTask;
import raspc.compiler.task.ScratchpadTask;
import raspc.compiler.task.SequenceTask;
import raspc.runtime.data.EncodedSample;
import raspc.runtime.model.Objective;

/**
 * What probes look for: for a RASP task every named s-op of its program, computed by the reference
 * evaluator on the same inputs the model read; for a Boolean function its input bits, the parities
 * of its prefixes and the function's value; for a composition model, where it writes each output
 * token, every level's intermediate output at that index and what it reads and applies.
 */
final class ProbeTargets {
    private ProbeTargets() {}

    static List<ProbeTarget> of(LabelledTask task, ProgramSops sops, List<EncodedSample> samples, ResidualRows rows) {
        return switch (task) {
            case BooleanFunctionTask b -> bits(b, samples, rows);
            case SequenceTask s -> sops(s, sops, samples, rows);
        };
    }

    /** The program's s-ops for a sequence task (empty for a Boolean one), typed on the first sample. */
    static ProgramSops programSops(LabelledTask task, List<EncodedSample> samples) {
        return switch (task) {
            case BooleanFunctionTask b -> null;
            case SequenceTask s -> ProgramSops.of(s.variant(), tokens(task, samples.get(0)));
        };
    }

    private static List<ProbeTarget> sops(SequenceTask task, ProgramSops sops, List<EncodedSample> samples, ResidualRows rows) {
        List<List<ProgramSops.Column>> perSample = new ArrayList<>(samples.size());
        for (EncodedSample s : samples) {
            perSample.add(sops.values(tokens(task, s)));
        }
        List<ProbeTarget> out = new ArrayList<>();
        for (int k = 0; k < sops.sops().size(); k++) {
            ProgramSops.Sop sop = sops.sops().get(k);
            String[] labels = new String[rows.rows()];
            double[] numbers = new double[rows.rows()];
            for (int r = 0; r < rows.rows(); r++) {
                ProgramSops.Column c = perSample.get(rows.sampleOfRow()[r]).get(k);
                labels[r] = c.labels()[rows.positionOfRow()[r]];
                numbers[r] = c.numbers()[rows.positionOfRow()[r]];
            }
            out.add(sop.categorical() ? new ProbeTarget.Categorical(sop.name(), sop.plannedStage(), labels)
                    : new ProbeTarget.Numeric(sop.name(), sop.plannedStage(), numbers));
        }
        return out;
    }

    private static List<ProbeTarget> bits(BooleanFunctionTask task, List<EncodedSample> samples, ResidualRows rows) {
        BooleanFunction f = task.function();
        int n = f.n();
        long[] xs = new long[rows.rows()];
        for (int r = 0; r < rows.rows(); r++) {
            List<String> bits = tokens(task, samples.get(rows.sampleOfRow()[r]));
            for (int i = 0; i < n; i++) {
                if (bits.get(i).equals(LabelledTask.BIT_ONE)) {
                    xs[r] |= 1L << i;
                }
            }
        }
        List<ProbeTarget> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int bit = i;
            out.add(categorical("x[" + i + "]", xs, x -> (x >>> bit & 1) == 1));
        }
        for (int k = 1; k < n; k++) {
            long prefix = (1L << (k + 1)) - 1;
            out.add(categorical("parity(x[0.." + k + "])", xs, x -> Long.bitCount(x & prefix) % 2 == 1));
        }
        out.add(categorical(f.name(), xs, f::eval));
        return out;
    }

    private static ProbeTarget categorical(String name, long[] xs, java.util.function.LongPredicate value) {
        String[] labels = new String[xs.length];
        for (int r = 0; r < xs.length; r++) {
            labels[r] = value.test(xs[r]) ? "1" : "0";
        }
        return new ProbeTarget.Categorical(name, -1, labels);
    }

    /**
     * What a matrix model may hold at an entry: its true value (at every entry, at the masked
     * ones, where it is hidden, and at the observed ones), and at a masked entry what its row and
     * column show: the mean of their other observed entries and each observed entry of the row.
     * The n^2 rows of a sample are its entries, row-major.
     */
    static List<ProbeTarget> matrix(Objective.MaskedPositionRegression objective, List<EncodedSample> samples,
            ResidualRows rows) {
        int count = rows.rows();
        int n = (int) Math.round(Math.sqrt(samples.get(0).size()));
        double[] value = new double[count];
        boolean[] masked = new boolean[count];
        boolean[] observed = new boolean[count];
        double[] rowMean = new double[count];
        double[] columnMean = new double[count];
        boolean[] rowMeanDefined = new boolean[count];
        boolean[] columnMeanDefined = new boolean[count];
        double[][] rowEntry = new double[n][count];
        boolean[][] rowEntryDefined = new boolean[n][count];
        for (int r = 0; r < count; r++) {
            EncodedSample s = samples.get(rows.sampleOfRow()[r]);
            int e = rows.positionOfRow()[r];
            int i = e / n;
            int j = e % n;
            value[r] = objective.value(s.target()[e]);
            masked[r] = s.input()[e] == objective.maskId();
            observed[r] = !masked[r];
            double rowSum = 0;
            int rowSeen = 0;
            double columnSum = 0;
            int columnSeen = 0;
            for (int k = 0; k < n; k++) {
                int inRow = i * n + k;
                if (k != j && s.input()[inRow] != objective.maskId()) {
                    rowSum += objective.value(s.input()[inRow]);
                    rowSeen++;
                    rowEntry[k][r] = objective.value(s.input()[inRow]);
                    rowEntryDefined[k][r] = masked[r];
                }
                int inColumn = k * n + j;
                if (k != i && s.input()[inColumn] != objective.maskId()) {
                    columnSum += objective.value(s.input()[inColumn]);
                    columnSeen++;
                }
            }
            rowMean[r] = rowSeen == 0 ? 0 : rowSum / rowSeen;
            columnMean[r] = columnSeen == 0 ? 0 : columnSum / columnSeen;
            rowMeanDefined[r] = masked[r] && rowSeen > 0;
            columnMeanDefined[r] = masked[r] && columnSeen > 0;
        }
        List<ProbeTarget> out = new ArrayList<>();
        out.add(new ProbeTarget.Numeric("value", -1, value));
        out.add(new ProbeTarget.Numeric("value [masked]", -1, value, masked));
        out.add(new ProbeTarget.Numeric("value [observed]", -1, value, observed));
        out.add(new ProbeTarget.Numeric("row mean [masked]", -1, rowMean, rowMeanDefined));
        out.add(new ProbeTarget.Numeric("column mean [masked]", -1, columnMean, columnMeanDefined));
        for (int k = 0; k < n; k++) {
            out.add(new ProbeTarget.Numeric("row entry c" + k + " [masked]", -1, rowEntry[k], rowEntryDefined[k]));
        }
        return out;
    }

    /** A sample's input as the task's tokens, BOS left out. */
    static List<String> tokens(LabelledTask task, EncodedSample s) {
        List<String> out = new ArrayList<>(s.size());
        for (int i = task.bos() ? 1 : 0; i < s.size(); i++) {
            out.add(task.inputVocab().get(s.input()[i]));
        }
        return out;
    }

    /** The positions where a composition model writes an output token (every output's, in order), the same in every document. */
    static int[] written(CompositionTask task, EncodedSample any) {
        CompositionDocument layout = CompositionSteps.document(task, any);
        java.util.stream.IntStream.Builder out = java.util.stream.IntStream.builder();
        for (int s = 0; s < CompositionSteps.count(task); s++) {
            java.util.Arrays.stream(CompositionSteps.predicting(task, layout, s)).forEach(out::add);
        }
        return out.build().toArray();
    }

    /**
     * What a composition model may hold where it writes output token i (rows read at
     * {@link #written}): every level's intermediate output at index i (f0(x), f1(f0(x)), ..., the
     * answer), which a direct model never writes; the token it writes; the input token at i; and the
     * function of the level being applied (the last level's for a direct model).
     */
    static List<ProbeTarget> composition(CompositionTask task, List<EncodedSample> samples, ResidualRows rows) {
        int levels = task.definition().levels();
        int count = rows.rows();
        String[][] intermediate = new String[levels][count];
        String[] writing = new String[count];
        String[] input = new String[count];
        String[] function = new String[count];
        CompositionDocument d = null;
        int documentOf = -1;
        for (int r = 0; r < count; r++) {
            int sample = rows.sampleOfRow()[r];
            if (sample != documentOf) {
                d = CompositionSteps.document(task, samples.get(sample));
                documentOf = sample;
            }
            int p = rows.positionOfRow()[r];
            CompositionSteps.Written at = CompositionSteps.writtenAt(task, d, p);
            for (int k = 0; k < levels; k++) {
                intermediate[k][r] = symbol(d.steps().get(k)[at.index()]);
            }
            writing[r] = task.tokens(new int[] {d.ids()[p + 1]}).get(0);
            input[r] = symbol(d.input()[at.index()]);
            function[r] = d.composition().slots().get(CompositionSteps.level(task, at.step())).token();
        }
        List<ProbeTarget> out = new ArrayList<>();
        for (int k = 0; k < levels; k++) {
            String name = k == 0 ? "f0(x)" : "f" + k + "(..f0(x))";
            out.add(new ProbeTarget.Categorical(name + (k == levels - 1 ? " = y" : ""), -1, intermediate[k]));
        }
        out.add(new ProbeTarget.Categorical("token written", -1, writing));
        out.add(new ProbeTarget.Categorical("input x[i]", -1, input));
        out.add(new ProbeTarget.Categorical("function applied", -1, function));
        return out;
    }

    /**
     * What a scratchpad parity decoder may hold at each position it reads (one row per position):
     * at an input position x_i the bit itself and the prefix parity x1 xor .. xor x_i (which a
     * direct model needs at the end and a scratchpad model never writes there), over all input
     * positions and at each one apart; at an answer
     * position the token it writes next (the scored answer: p_(j+1), or the parity of the direct
     * format) and, in the scratchpad format, the input bit x_(j+1) the step consumes.
     */
    static List<ProbeTarget> scratchpad(ScratchpadTask task, List<EncodedSample> samples, ResidualRows rows) {
        int count = rows.rows();
        int n = task.n();
        String[] bit = new String[count];
        String[] prefix = new String[count];
        String[] next = new String[count];
        String[] consumed = new String[count];
        boolean[] input = new boolean[count];
        boolean[] answer = new boolean[count];
        boolean[] consumes = new boolean[count];
        for (int r = 0; r < count; r++) {
            EncodedSample s = samples.get(rows.sampleOfRow()[r]);
            long x = ScratchpadPositions.input(task, s);
            int p = rows.positionOfRow()[r];
            if (p < n) {
                input[r] = true;
                bit[r] = String.valueOf(x >>> p & 1);
                prefix[r] = String.valueOf(Long.bitCount(x & ((2L << p) - 1)) % 2);
            }
            if (s.target()[p] != EncodedSample.UNSCORED) {
                answer[r] = true;
                next[r] = String.valueOf(s.target()[p]);
            }
            int k = ScratchpadPositions.consumed(task, p);
            if (k >= 0) {
                consumes[r] = true;
                consumed[r] = String.valueOf(x >>> k & 1);
            }
        }
        List<ProbeTarget> out = new ArrayList<>();
        out.add(new ProbeTarget.Categorical("bit x_i", -1, bit, input));
        out.add(new ProbeTarget.Categorical("prefix parity x1..x_i", -1, prefix, input));
        // position by position, since x1's "parity" is the bit itself and a hard prefix is averaged away among easy ones
        for (int k = 1; k < n; k++) {
            boolean[] at = new boolean[count];
            for (int r = 0; r < count; r++) {
                at[r] = rows.positionOfRow()[r] == k;
            }
            out.add(new ProbeTarget.Categorical("parity x1..x" + (k + 1) + " at x" + (k + 1), -1, prefix, at));
        }
        out.add(new ProbeTarget.Categorical("next token (answer)", -1, next, answer));
        if (task.format() == ScratchpadTask.Format.SCRATCHPAD) {
            out.add(new ProbeTarget.Categorical("bit consumed x_(j+1)", -1, consumed, consumes));
        }
        return out;
    }

    private static String symbol(int symbol) {
        return "X" + symbol;
    }
}
