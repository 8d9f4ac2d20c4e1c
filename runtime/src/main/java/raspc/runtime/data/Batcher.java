package raspc.runtime.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Groups samples of similar length into batches so little is spent on padding. Training order:
 * samples shuffled within each length, cut into batches in length order, batches shuffled; all
 * from (seed, epoch), so an epoch's order does not depend on what happened before it (resume
 * gets the same order).
 */
public final class Batcher {
    private Batcher() {}

    /**
     * An epoch's batches: {@code batchSize} samples each, or with {@code batchTokens > 0} cut by
     * a token budget instead: each takes the next samples in length order while its sample count
     * times its longest sample stays within the budget (at least one sample), so short sequences
     * come many to a batch and long ones few.
     */
    public static List<List<EncodedSample>> trainingBatches(List<EncodedSample> samples, int batchSize, int batchTokens,
            long seed, int epoch) {
        Random random = new Random(seed * 1_000_003L + epoch);
        List<EncodedSample> order = new ArrayList<>(samples);
        Collections.shuffle(order, random);
        order.sort(Comparator.comparingInt(EncodedSample::size)); // stable: keeps the shuffle within a length
        List<List<EncodedSample>> batches = batchTokens > 0 ? cutByTokens(order, batchTokens) : cut(order, batchSize);
        Collections.shuffle(batches, random);
        return batches;
    }

    /** Evaluation order: by length, no shuffling. */
    public static List<List<EncodedSample>> evaluationBatches(List<EncodedSample> samples, int batchSize) {
        List<EncodedSample> order = new ArrayList<>(samples);
        order.sort(Comparator.comparingInt(EncodedSample::size));
        return cut(order, batchSize);
    }

    /** Consecutive runs of {@code order} (ascending length) whose count times last length fits {@code budget}. */
    private static List<List<EncodedSample>> cutByTokens(List<EncodedSample> order, int budget) {
        List<List<EncodedSample>> batches = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= order.size(); i++) {
            // the padded size of order[from..i]: sorted ascending, so its longest is the last
            boolean full = i == order.size() || (long) (i - from + 1) * order.get(i).size() > budget;
            if (full) {
                batches.add(List.copyOf(order.subList(from, i)));
                from = i;
            }
        }
        return batches;
    }

    private static List<List<EncodedSample>> cut(List<EncodedSample> order, int batchSize) {
        List<List<EncodedSample>> batches = new ArrayList<>();
        for (int i = 0; i < order.size(); i += batchSize) {
            batches.add(List.copyOf(order.subList(i, Math.min(order.size(), i + batchSize))));
        }
        return batches;
    }
}
