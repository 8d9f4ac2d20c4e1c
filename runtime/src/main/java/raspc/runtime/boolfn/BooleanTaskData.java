package raspc.runtime.boolfn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import raspc.compiler.bool.BooleanFunction;
import raspc.compiler.task.Task;
import raspc.runtime.data.HeadId;
import raspc.runtime.data.OutputKind;
import raspc.runtime.data.EncodedSample;
import raspc.runtime.data.SampleStream;
import raspc.runtime.data.TaskData;

/**
 * A Boolean function as the one trainer's task, in the setup of the sensitivity experiments:
 * fresh uniform inputs at every step (online) or k distinct inputs drawn once, an evaluation set
 * of every input (when there are at most {@code evalInputs}) or {@code evalInputs} random ones,
 * one label per input read at the last position.
 *
 * <p>Splits: {@code valid} is the evaluation set (checkpoints, convergence); {@code train} is the
 * k fixed inputs, or for online training a reporting sample of the input distribution;
 * {@code test} is an independent sample (the evaluation set again when it holds every input).
 */
public final class BooleanTaskData implements TaskData {
    private static final List<String> BITS = List.of(Task.BIT_ZERO, Task.BIT_ONE);

    private final BooleanFunction f;
    private final int trainInputs;
    private final int evalInputs;
    private final long seed;
    private final int layers;
    private final int heads;
    private final Map<String, List<EncodedSample>> splits = new HashMap<>();

    public BooleanTaskData(BooleanFunction f, int trainInputs, int evalInputs, long seed, int layers, int heads) {
        this.f = f;
        this.trainInputs = trainInputs;
        this.evalInputs = evalInputs;
        this.seed = seed;
        this.layers = layers;
        this.heads = heads;
    }

    public BooleanFunction function() {
        return f;
    }

    @Override public String name() { return f.name(); }
    @Override public List<String> inputVocab() { return BITS; }
    @Override public List<String> outputVocab() { return BITS; }
    @Override public int padId() { return 0; }
    @Override public boolean hasBos() { return false; }
    @Override public int maxLength() { return f.n(); }
    @Override public int minLength() { return f.n(); }
    @Override public boolean fixedLength() { return true; }
    @Override public List<HeadId> supervisedHeads() { return List.of(); }
    @Override public int plannedLayers() { return layers; }
    @Override public int plannedHeads() { return heads; }
    @Override public OutputKind outputKind() { return OutputKind.READOUT_LAST; }

    @Override
    public synchronized List<EncodedSample> split(String name) {
        if (name.equals("test") && BooleanInputs.holdsEveryInput(f.n(), evalInputs)) {
            return split("valid");
        }
        return splits.computeIfAbsent(name, s -> samples(s.equals("train") && trainInputs > 0
                ? fixedTrainingInputs(f.n(), trainInputs, seed)
                : BooleanInputs.splitInputs(s, f.n(), evalInputs, seed)));
    }

    /**
     * The k distinct inputs a run with {@code train_inputs: k} and this seed trains on, in the
     * order drawn: what the generalisation-bias study completes at random.
     */
    public static long[] fixedTrainingInputs(int n, int k, long seed) {
        return BooleanInputs.distinct(n, k, new SplittableRandom(seed * 1_000_003L + 17));
    }

    @Override
    public Optional<SampleStream> online() {
        if (trainInputs > 0) {
            return Optional.empty();
        }
        return Optional.of((count, random) -> samples(BooleanInputs.random(f.n(), count, random)));
    }

    @Override
    public Optional<List<EncodedSample>> freshSamples(int count, int minLen, int maxLen, long freshSeed) {
        requireDefinedAt(minLen, maxLen);
        return Optional.of(samples(BooleanInputs.random(f.n(), count, new SplittableRandom(freshSeed))));
    }

    /** Inputs as token ids (bit i at position i) with their label. */
    private List<EncodedSample> samples(long[] xs) {
        int n = f.n();
        List<EncodedSample> out = new ArrayList<>(xs.length);
        for (long x : xs) {
            int[] ids = new int[n];
            for (int i = 0; i < n; i++) {
                ids[i] = (int) ((x >>> i) & 1L);
            }
            out.add(new EncodedSample(ids, new int[] {f.eval(x) ? 1 : 0}, Map.of()));
        }
        return out;
    }
}
