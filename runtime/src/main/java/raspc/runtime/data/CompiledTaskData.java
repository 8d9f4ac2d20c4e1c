package raspc.runtime.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import raspc.compiler.dataset.HeadTarget;
import raspc.compiler.plan.LayerPlan;
import raspc.compiler.task.ResolvedTask;
import raspc.compiler.task.Split;

/**
 * A compiled task (a RASP task variant or a Boolean function) as training data: tokens become
 * vocabulary ids, attention targets become per-head matrices, and the plan gives the shape.
 * Splits are made on first use, in parallel (each sample depends only on its index).
 */
public final class CompiledTaskData implements TaskData {
    private final ResolvedTask task;
    private final Map<String, Integer> inputIds = new HashMap<>();
    private final Map<String, Integer> outputIds = new HashMap<>();
    private final Map<String, List<Sample>> splits = new LinkedHashMap<>();

    public CompiledTaskData(ResolvedTask task) {
        this.task = task;
        for (int i = 0; i < task.inputVocab().size(); i++) {
            inputIds.put(task.inputVocab().get(i), i);
        }
        for (int i = 0; i < task.outputVocab().size(); i++) {
            outputIds.put(task.outputVocab().get(i), i);
        }
    }

    public ResolvedTask task() {
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
        Integer bos = task.bosToken() == null ? null : inputIds.get(task.bosToken());
        return bos != null ? bos : 0;
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
        return task.isBoolean();
    }

    @Override
    public List<HeadId> supervisedHeads() {
        if (!task.hasAttentionTargets()) {
            return List.of();
        }
        return task.plan().heads().stream().map(h -> new HeadId(h.layer(), h.head())).toList();
    }

    @Override
    public int plannedLayers() {
        LayerPlan p = task.plan();
        return p == null || p.layerCount() == 0 ? 2 : p.layerCount();
    }

    @Override
    public int plannedHeads() {
        LayerPlan p = task.plan();
        return p == null || p.maxHeads() == 0 ? 2 : p.maxHeads();
    }

    @Override
    public OutputKind outputKind() {
        return task.isBoolean() ? OutputKind.READOUT_LAST : OutputKind.PER_POSITION;
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
