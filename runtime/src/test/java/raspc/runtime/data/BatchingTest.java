package raspc.runtime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchingTest {
    private static List<EncodedSample> samples(int count) {
        List<EncodedSample> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = 1 + (i * 7) % 20;
            list.add(new EncodedSample(new int[n], new int[n]));
        }
        return list;
    }

    @Test
    void aTokenBudgetPutsManyShortAndFewLongSamplesInABatchAndEverySampleInOne() {
        List<EncodedSample> data = samples(1000); // lengths 1..20, 50 of each
        List<List<EncodedSample>> batches = Batcher.trainingBatches(data, 10, 100, 3, 0);
        assertEquals(batches, Batcher.trainingBatches(data, 10, 100, 3, 0));
        assertEquals(1000, batches.stream().mapToInt(List::size).sum());
        assertEquals(1000, batches.stream().flatMap(List::stream).distinct().count());
        int largest = 0;
        for (List<EncodedSample> batch : batches) {
            int longest = batch.stream().mapToInt(EncodedSample::size).max().orElseThrow();
            assertTrue(batch.size() * longest <= 100, batch.size() + " samples of up to " + longest + " tokens");
            largest = Math.max(largest, batch.size());
        }
        assertEquals(50, largest); // the 50 of length 1 (and those of length 2) fill one batch each, not 10 to a batch
        // length 20: five to a batch, so the 50 of them take 10 batches
        assertEquals(10, batches.stream().filter(b -> b.get(0).size() == 20).count());
        // a sample longer than the budget is a batch by itself
        List<List<EncodedSample>> tiny = Batcher.trainingBatches(data, 10, 8, 3, 0);
        assertTrue(tiny.stream().allMatch(b -> b.size() == 1 || b.size() * b.get(b.size() - 1).size() <= 8));
        assertEquals(1000, tiny.stream().mapToInt(List::size).sum());
    }

    @Test
    void batchesHoldSimilarLengthsAndDependOnlyOnSeedAndEpoch() {
        List<EncodedSample> data = samples(1000);
        List<List<EncodedSample>> a = Batcher.trainingBatches(data, 50, 0, 3, 0);
        List<List<EncodedSample>> b = Batcher.trainingBatches(data, 50, 0, 3, 0);
        List<List<EncodedSample>> c = Batcher.trainingBatches(data, 50, 0, 3, 1);
        assertEquals(a, b);
        assertNotEquals(a, c);
        assertEquals(20, a.size());
        assertEquals(1000, a.stream().mapToInt(List::size).sum());
        for (List<EncodedSample> batch : a) {
            int min = batch.stream().mapToInt(EncodedSample::size).min().orElseThrow();
            int max = batch.stream().mapToInt(EncodedSample::size).max().orElseThrow();
            assertTrue(max - min <= 1, "a batch spans lengths " + min + ".." + max);
        }
    }

    @Test
    void attentionTargetsAreRowNormalisedAndEmptyRowsUniform() {
        HeadId head = new HeadId(0, 0);
        boolean[][] pattern = {
            {true, true, false},
            {false, false, false},
            {false, false, true},
        };
        EncodedSample s = new EncodedSample(new int[] {1, 2, 3}, new int[] {1, 2, 3}, Map.of(head, pattern));
        EncodedSample shorter = new EncodedSample(new int[] {1, 2}, new int[] {1, 2}, Map.of(head, new boolean[][] {{false, false}, {true, false}}));
        float[][] encoded = AttentionTargets.encode(List.of(s, shorter), head, 3, true);
        float third = 1f / 3;
        assertArrayEquals(new float[] {
            0.5f, 0.5f, 0, third, third, third, 0, 0, 1,
            0.5f, 0.5f, 0, 1, 0, 0, 0, 0, 0}, encoded[0], 1e-6f);
        assertArrayEquals(new float[] {
            1, 1, 0, 0, 0, 0, 0, 0, 1,
            0, 0, 0, 1, 0, 0, 0, 0, 0}, encoded[1], 0f);
        assertArrayEquals(new float[] {1, 0, 1, 0, 1, 0}, encoded[2], 0f);
    }
}
