package raspc.runtime.boolfn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import raspc.compiler.task.ScratchpadTask;
import raspc.runtime.data.EncodedSample;
import raspc.runtime.data.GenerationCase;
import raspc.runtime.data.HeadId;
import raspc.runtime.data.OutputKind;
import raspc.runtime.data.SampleStream;
import raspc.runtime.data.TaskData;

/**
 * A scratchpad parity task as the one trainer's data for a causal decoder, with the Boolean
 * tasks' sample source: fresh uniform inputs at every step, an evaluation set of every input
 * (at most {@code evalInputs}) or that many random ones. A sample is the document shifted by
 * one, teacher-forced, and only the answer tokens are scored: the prefix parities (each from
 * the tokens before it) or the one parity of the direct format; the input bits are random and
 * predicting them is no part of the task, so their targets are {@link EncodedSample#UNSCORED}.
 * The report generates every evaluation document's answer greedily from its n input bits and
 * scores the final token, the parity of all n.
 *
 * <p>Splits as {@link BooleanTaskData}'s: {@code valid} the evaluation set (checkpoints,
 * convergence), {@code train} a reporting sample of the input distribution, {@code test} an
 * independent sample (the evaluation set again when it holds every input).
 */
public final class ScratchpadData implements TaskData {
    /** The group of every generated document in the report (one function, no seen/unseen split). */
    public static final String GROUP = "parity";

    private final ScratchpadTask task;
    private final int evalInputs;
    private final long seed;
    private final int layers;
    private final int heads;
    private final Map<String, List<EncodedSample>> splits = new HashMap<>();

    public ScratchpadData(ScratchpadTask task, int evalInputs, long seed, int layers, int heads) {
        this.task = task;
        this.evalInputs = evalInputs;
        this.seed = seed;
        this.layers = layers;
        this.heads = heads;
    }

    public ScratchpadTask task() {
        return task;
    }

    @Override public String name() { return task.name(); }
    @Override public List<String> inputVocab() { return task.vocabulary(); }
    @Override public List<String> outputVocab() { return task.vocabulary(); }
    @Override public int padId() { return 0; }
    @Override public boolean hasBos() { return false; }
    @Override public int maxLength() { return task.documentLength() - 1; }
    @Override public int minLength() { return maxLength(); }
    @Override public boolean fixedLength() { return true; }
    @Override public List<HeadId> supervisedHeads() { return List.of(); }
    @Override public int plannedLayers() { return layers; }
    @Override public int plannedHeads() { return heads; }
    @Override public OutputKind outputKind() { return OutputKind.NEXT_TOKEN; }

    @Override
    public synchronized List<EncodedSample> split(String name) {
        if (name.equals("test") && BooleanInputs.holdsEveryInput(task.n(), evalInputs)) {
            return split("valid");
        }
        return splits.computeIfAbsent(name, s -> samples(inputs(s)));
    }

    /** The inputs of a split, as {@link #split} makes its samples of them (what peep and dataset show). */
    public long[] inputs(String split) {
        return BooleanInputs.splitInputs(split, task.n(), evalInputs, seed);
    }

    @Override
    public Optional<SampleStream> online() {
        return Optional.of((count, random) -> samples(BooleanInputs.random(task.n(), count, random)));
    }

    @Override
    public Optional<List<EncodedSample>> freshSamples(int count, int minLen, int maxLen, long freshSeed) {
        requireDefinedAt(minLen, maxLen);
        return Optional.of(samples(BooleanInputs.random(task.n(), count, new SplittableRandom(freshSeed))));
    }

    /** The evaluation documents, generated from their prompts; the final token (the parity of all n) is scored. */
    @Override
    public Optional<List<GenerationCase>> generation() {
        List<GenerationCase> cases = new ArrayList<>();
        for (long x : inputs("valid")) {
            cases.add(new GenerationCase(task.document(x), task.promptLength(), 1, GROUP, task.format().word(), true));
        }
        return Optional.of(cases);
    }

    /** The training sample of a document: teacher-forced, only its answer tokens scored. */
    public static EncodedSample sample(ScratchpadTask task, int[] document) {
        int[] target = Arrays.copyOfRange(document, 1, document.length);
        // target j is token j + 1: the answer starts at token n, so targets 0 .. n - 2 are input bits
        Arrays.fill(target, 0, task.promptLength() - 1, EncodedSample.UNSCORED);
        return new EncodedSample(Arrays.copyOf(document, document.length - 1), target);
    }

    private List<EncodedSample> samples(long[] xs) {
        List<EncodedSample> out = new ArrayList<>(xs.length);
        for (long x : xs) {
            out.add(sample(task, task.document(x)));
        }
        return out;
    }
}
