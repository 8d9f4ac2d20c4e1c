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

    public static List<List<Sample>> trainingBatches(List<Sample> samples, int batchSize, long seed, int epoch) {
        Random random = new Random(seed * 1_000_003L + epoch);
        List<Sample> order = new ArrayList<>(samples);
        Collections.shuffle(order, random);
        order.sort(Comparator.comparingInt(Sample::size)); // stable: keeps the shuffle within a length
        List<List<Sample>> batches = cut(order, batchSize);
        Collections.shuffle(batches, random);
        return batches;
    }

    /** Evaluation order: by length, no shuffling. */
    public static List<List<Sample>> evaluationBatches(List<Sample> samples, int batchSize) {
        List<Sample> order = new ArrayList<>(samples);
        order.sort(Comparator.comparingInt(Sample::size));
        return cut(order, batchSize);
    }

    private static List<List<Sample>> cut(List<Sample> order, int batchSize) {
        List<List<Sample>> batches = new ArrayList<>();
        for (int i = 0; i < order.size(); i += batchSize) {
            batches.add(List.copyOf(order.subList(i, Math.min(order.size(), i + batchSize))));
        }
        return batches;
    }
}
