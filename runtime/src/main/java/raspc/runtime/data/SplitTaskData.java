package raspc.runtime.data;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import raspc.compiler.task.Split;

/**
 * What the task data of the compiler's tasks share: a name and vocabularies given once, and
 * splits made on first use and kept, since every sample is a pure function of its split and
 * index (so a split is made in parallel and is the same on every call).
 */
public abstract class SplitTaskData implements TaskData {
    private final String name;
    private final List<String> inputVocab;
    private final List<String> outputVocab;
    private final Map<Split, List<EncodedSample>> splits = new EnumMap<>(Split.class);

    protected SplitTaskData(String name, List<String> inputVocab, List<String> outputVocab) {
        this.name = name;
        this.inputVocab = inputVocab;
        this.outputVocab = outputVocab;
    }

    /** The samples of one split, made once (see {@link #inParallel}). */
    protected abstract List<EncodedSample> makeSplit(Split split);

    /** Samples {@code 0 .. size-1}, made in parallel: each depends only on its index. */
    protected static List<EncodedSample> inParallel(int size, IntFunction<EncodedSample> sample) {
        return IntStream.range(0, size).parallel().mapToObj(sample).toList();
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final List<String> inputVocab() {
        return inputVocab;
    }

    @Override
    public final List<String> outputVocab() {
        return outputVocab;
    }

    @Override
    public final synchronized List<EncodedSample> split(String split) {
        return splits.computeIfAbsent(Split.parse(split), this::makeSplit);
    }
}
