package raspc.runtime.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import raspc.compiler.task.ScratchpadTask;
import raspc.runtime.boolfn.ScratchpadData;
import raspc.runtime.data.EncodedSample;

/**
 * How {@code raspc patch}'s batch mode corrupts a scratchpad parity document: one input bit,
 * drawn uniformly, flips, and the twin is the document of the changed input written out by the
 * task, so its prefix parities from that bit on and its answer flip too. Patching scores the
 * answer tokens whose reference values differ ({@link OutputGap#atChangedAnswers}).
 */
public final class ScratchpadCorruption {
    private ScratchpadCorruption() {}

    public static List<Patcher.Pair> flipOne(ScratchpadTask task, List<EncodedSample> samples, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Patcher.Pair> out = new ArrayList<>(samples.size());
        for (EncodedSample s : samples) {
            long x = ScratchpadPositions.input(task, s) ^ (1L << random.nextInt(task.n()));
            out.add(new Patcher.Pair(s, ScratchpadData.sample(task, task.document(x))));
        }
        return out;
    }
}
