package raspc.runtime.inspect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import raspc.compiler.task.ScratchpadTask;
import raspc.runtime.data.EncodedSample;

/**
 * Where a scratchpad parity document holds what, as the inspections read it teacher forced: the
 * model reads {@code x1 .. xn p1 .. p(n-1)} (the document but its last token), and position p
 * predicts token p + 1, so the answer tokens (p1 .. pn, or the one parity of the direct format)
 * are predicted at positions n - 1 onwards, the first of them at the last input bit.
 */
public final class ScratchpadPositions {
    private ScratchpadPositions() {}

    /** The positions whose logits predict the answer tokens: the scored targets of every sample. */
    static int[] answer(ScratchpadTask task) {
        int first = task.promptLength() - 1;
        return IntStream.range(first, first + task.answerTokens()).toArray();
    }

    /**
     * The outputs the ablation reports apart: the scratchpad's prefix parities p1 .. p(n-1) and
     * the final answer pn (the direct format writes the final answer alone).
     */
    static Map<String, int[]> outputs(ScratchpadTask task) {
        int[] answer = answer(task);
        Map<String, int[]> out = new LinkedHashMap<>();
        int n = task.n();
        if (answer.length > 1) {
            out.put(n == 2 ? "p1" : "p1..p" + (n - 1), java.util.Arrays.copyOf(answer, answer.length - 1));
        }
        out.put("p" + n, new int[] {answer[answer.length - 1]});
        return out;
    }

    /** What each position the model reads holds: x1 .. xn, then p1 .. p(n-1) in the scratchpad format. */
    public static List<String> roles(ScratchpadTask task) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= task.n(); i++) {
            out.add("x" + i);
        }
        for (int j = 1; j < task.answerTokens(); j++) {
            out.add("p" + j);
        }
        return out;
    }

    /**
     * Each residual row's prefix, numbered 0 .. G - 1 in order of appearance: a decoder's
     * residual at position p is a function of the tokens up to p, which the input bits
     * x1 .. x_(p+1) decide (the whole input from the last bit on), so the rows of one prefix at
     * one position are the same row.
     */
    static int[] prefixOfRow(ScratchpadTask task, List<EncodedSample> samples, ResidualRows rows) {
        Map<List<Long>, Integer> numbers = new java.util.HashMap<>();
        int[] out = new int[rows.rows()];
        for (int r = 0; r < out.length; r++) {
            int p = rows.positionOfRow()[r];
            int bits = Math.min(p + 1, task.n());
            long x = input(task, samples.get(rows.sampleOfRow()[r]));
            long prefix = bits == 64 ? x : x & ((1L << bits) - 1);
            out[r] = numbers.computeIfAbsent(List.of((long) p, prefix), k -> numbers.size());
        }
        return out;
    }

    /** The input bits of a sample (bit i is token i). */
    static long input(ScratchpadTask task, EncodedSample s) {
        long x = 0;
        for (int i = 0; i < task.n(); i++) {
            x |= (long) s.input()[i] << i;
        }
        return x;
    }

    /**
     * The index of the input bit the scratchpad step at position {@code p} consumes (p_j + x_(j+1)
     * gives p_(j+1)), or -1 where none is: an input position, or the direct format's one answer,
     * which needs them all.
     */
    static int consumed(ScratchpadTask task, int p) {
        int step = p - (task.promptLength() - 1);
        return task.format() == ScratchpadTask.Format.SCRATCHPAD && step >= 0 ? step : -1;
    }
}
