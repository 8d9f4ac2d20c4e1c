package raspc.compiler.task;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import raspc.compiler.bool.BooleanFunction;
import raspc.compiler.bool.BooleanTask;
import raspc.compiler.dataset.Sample;
import raspc.compiler.plan.LayerPlan;

/**
 * A task ready to make data: a sequence-task variant (e.g. {@code sort_10_bos_with_attns}) or a
 * Boolean-function task (e.g. {@code parity_20}). Samples are pure functions of (split, index).
 *
 * @param plan        the program's layer/head plan (null for Boolean tasks)
 * @param variant     the sequence-task variant (null for Boolean tasks)
 * @param booleanTask the Boolean task (null for sequence tasks)
 */
public record ResolvedTask(String name, List<String> inputVocab, List<String> outputVocab, boolean bos,
                           String bosToken, int minLength, int maxLength, LayerPlan plan, TaskVariant variant,
                           BooleanTask booleanTask, SplitInputs inputs, InputGenerator generator,
                           Function<List<String>, Sample> labeler) {

    public static final String BIT_ZERO = "0";
    public static final String BIT_ONE = "1";

    public boolean isBoolean() {
        return booleanTask != null;
    }

    public boolean hasAttentionTargets() {
        return variant != null && variant.withAttns();
    }

    public int size(Split split) {
        return inputs.size(split);
    }

    public Sample sample(Split split, int index) {
        return labeler.apply(inputs.input(split, index));
    }

    /** A fresh sample outside the splits (for checks and longer-than-trained inputs). */
    public Sample fresh(int length, long seed) {
        return labeler.apply(generator.generate(length, new SplittableRandom(Seeds.mix(seed ^ 0x5DEECE66DL))));
    }

    /** The same task with attention targets for every planned head (for drawing and checking). */
    public ResolvedTask withAttentionTargets() {
        if (variant == null || variant.withAttns()) {
            return this;
        }
        TaskVariant v = variant;
        String name = v.name() + TaskNames.ATTNS_SUFFIX;
        return sequence(new TaskVariant(name, v.definition(), v.alphabet(), v.alphabetSize(), v.bos(), true));
    }

    static ResolvedTask sequence(TaskVariant v) {
        TaskDefinition d = v.definition();
        InputGenerator generator = Generators.of(d, v.alphabet());
        SplittableLength lengths = new SplittableLength(d.minLength(), d.maxLength());
        SplitInputs inputs = new SplitInputs(d.seed(), v.inputStreamKey(),
                random -> generator.generate(lengths.draw(random), random), d.trainSize(), d.validSize(), d.testSize());
        LayerPlan plan = LayerPlan.of(v.program());
        SequenceLabeler labeler = new SequenceLabeler(v, plan);
        int extra = v.bos() ? 1 : 0;
        return new ResolvedTask(v.name(), v.inputVocab(), v.outputVocab(), v.bos(), d.bos(), d.minLength() + extra,
                d.maxLength() + extra, plan, v, null, inputs, generator, labeler::label);
    }

    static ResolvedTask bool(BooleanTask task, long seed, int train, int valid, int test) {
        BooleanFunction f = task.compile();
        int n = f.n();
        InputGenerator bits = (length, random) -> {
            List<String> out = new ArrayList<>(length);
            for (int i = 0; i < length; i++) {
                out.add(random.nextBoolean() ? BIT_ONE : BIT_ZERO);
            }
            return out;
        };
        SplitInputs inputs = new SplitInputs(seed, task.name(), random -> bits.generate(n, random), train, valid, test);
        Function<List<String>, Sample> labeler = input -> {
            long x = 0;
            for (int i = 0; i < input.size(); i++) {
                if (input.get(i).equals(BIT_ONE)) {
                    x |= 1L << i;
                }
            }
            return new Sample(input, List.of(f.eval(x) ? BIT_ONE : BIT_ZERO), List.of());
        };
        return new ResolvedTask(task.name(), List.of(BIT_ZERO, BIT_ONE), List.of(BIT_ZERO, BIT_ONE), false, null, n, n,
                null, null, task, inputs, bits, labeler);
    }

    /** Lengths uniform in [min, max]. */
    record SplittableLength(int min, int max) {
        int draw(SplittableRandom random) {
            return min + random.nextInt(max - min + 1);
        }
    }
}
