package raspc.runtime.data;

import java.util.List;
import java.util.SplittableRandom;

/** Fresh samples on demand, for online training: each step learns from a batch never seen before. */
@FunctionalInterface
public interface SampleStream {
    /** {@code count} new samples, a function of {@code random}'s state only. */
    List<EncodedSample> draw(int count, SplittableRandom random);
}
