package raspc.runtime.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import raspc.compiler.dataset.HeadTarget;
import raspc.compiler.task.BooleanFunctionTask;
import raspc.compiler.task.SequenceTask;
import raspc.compiler.task.Task;
import raspc.compiler.task.Split;

/**
 * A compiled task (a RASP task variant or a Boolean function) as training data: tokens become
 * vocabulary ids, attention targets become per-head matrices, and the plan gives the shape.
 * Splits are made on first use, in parallel (each sample depends only on its index).
 */
public final class CompiledTaskData implements TaskData {
    private static final int DEFAULT_SHAPE = 2;
    private final Task task;
    private final Map<String, Integer> inputIds = new HashMap<>();
    private final Map<String, Integer> outputIds = new HashMap<>();
    private final Map<String, List<Sample>> splits = new LinkedHashMap<>();

    public CompiledTaskData(Task task) {
        this.task = task;
        for (int i = 0; i < task.inputVocab().size(); i++) {
            inputIds.put(task.inputVocab().get(i), i);
        }
        for (int i = 0; i < task.outputVocab().size(); i++) {
            outputIds.put(task.outputVocab().get(i), i);
        }
    }

    public Task task() {
        return task;
    }

    @Override
    public String name() {
        return task.name();
    }

    @Override
    public List<String> inputVocab() {
        return task.inputVocab();
    }

    @Override
    public List<String> outputVocab() {
        return task.outputVocab();
    }

    /** BOS is the padding symbol in BOS tasks, as in the original; otherwise the BOS symbol's id, added for padding. */
    @Override
    public int padId() {
        return task.bosToken().map(inputIds::get).orElse(0);
    }

    @Override
    public boolean hasBos() {
        return task.bos();
    }

    @Override
    public synchronized List<Sample> split(String name) {
        return splits.computeIfAbsent(name, n -> {
            Split s = Split.parse(n);
            return IntStream.range(0, task.size(s)).parallel().mapToObj(i -> convert(task.sample(s, i))).toList();
        });
    }

    @Override
    public Optional<List<Sample>> freshSamples(int count, int minLen, int maxLen, long seed) {
        requireDefinedAt(minLen, maxLen);
        List<Sample> out = new ArrayList<>(count);
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        for (int i = 0; i < count; i++) {
            int len = minLen + r.nextInt(maxLen - minLen + 1);
            out.add(convert(task.fresh(len, r.nextLong())));
        }
        return Optional.of(out);
    }

    @Override
    public int maxLength() {
        return task.maxLength() - (task.bos() ? 1 : 0);
    }

    @Override
    public int minLength() {
        return task.minLength() - (task.bos() ? 1 : 0);
    }

    @Override
    public boolean fixedLength() {
        return switch (task) {
            case SequenceTask s -> false;
            case BooleanFunctionTask b -> true;
        };
    }

    @Override
    public List<HeadId> supervisedHeads() {
        return switch (task) {
            case SequenceTask s when s.hasAttentionTargets() ->
                    s.plan().heads().stream().map(h -> new HeadId(h.layer(), h.head())).toList();
            case SequenceTask s -> List.of();
            case BooleanFunctionTask b -> List.of();
        };
    }

    /** The plan's layers; two when there is no plan to follow (Boolean functions, constant programs). */
    @Override
    public int plannedLayers() {
        return switch (task) {
            case SequenceTask s when s.plan().layerCount() > 0 -> s.plan().layerCount();
            case SequenceTask s -> DEFAULT_SHAPE;
            case BooleanFunctionTask b -> DEFAULT_SHAPE;
        };
    }

    @Override
    public int plannedHeads() {
        return switch (task) {
            case SequenceTask s when s.plan().maxHeads() > 0 -> s.plan().maxHeads();
            case SequenceTask s -> DEFAULT_SHAPE;
            case BooleanFunctionTask b -> DEFAULT_SHAPE;
        };
    }

    @Override
    public OutputKind outputKind() {
        return switch (task) {
            case SequenceTask s -> OutputKind.PER_POSITION;
            case BooleanFunctionTask b -> OutputKind.READOUT_LAST;
        };
    }

    public Sample convert(raspc.compiler.dataset.Sample s) {
        int[] in = ids(s.input(), inputIds, "input");
        int[] out = ids(s.target(), outputIds, "output");
        Map<HeadId, boolean[][]> attention = new LinkedHashMap<>();
        for (HeadTarget h : s.attention()) {
            attention.put(new HeadId(h.layer(), h.head()), h.selected());
        }
        return new Sample(in, out, attention);
    }

    /** Ids of tokens; a token outside the vocabulary is a clear error naming it. */
    public int[] inputIds(List<String> tokens) {
        return ids(tokens, inputIds, "input");
    }

    private int[] ids(List<String> tokens, Map<String, Integer> vocab, String what) {
        int[] out = new int[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            Integer id = vocab.get(tokens.get(i));
            if (id == null) {
                throw new raspc.runtime.RuntimeUserException("'" + tokens.get(i) + "' is not in the " + what
                        + " alphabet of " + task.name());
            }
            out[i] = id;
        }
        return out;
    }
}
