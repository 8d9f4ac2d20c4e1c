package raspc.compiler.task;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import raspc.compiler.dataset.Sample;
import raspc.compiler.plan.LayerPlan;

/** A variant of a declared RASP task (e.g. {@code sort_10_bos_with_attns}) with its layer plan. */
public record SequenceTask(TaskVariant variant, LayerPlan plan, SplitInputs inputs, InputGenerator generator,
                           SequenceLabeler labeler) implements LabelledTask {

    public static SequenceTask of(TaskVariant v) {
        TaskDefinition d = v.definition();
        InputGenerator generator = Generators.of(d, v.alphabet());
        SplittableLength lengths = new SplittableLength(d.minLength(), d.maxLength());
        SplitInputs inputs = new SplitInputs(d.seed(), v.inputStreamKey(),
                random -> generator.generate(lengths.draw(random), random), d.trainSize(), d.validSize(), d.testSize());
        LayerPlan plan = LayerPlan.of(v.program());
        return new SequenceTask(v, plan, inputs, generator, new SequenceLabeler(v, plan));
    }

    @Override public String name() { return variant.name(); }
    @Override public List<String> inputVocab() { return variant.inputVocab(); }
    @Override public List<String> outputVocab() { return variant.outputVocab(); }
    @Override public boolean bos() { return variant.bos(); }
    @Override public Optional<String> bosToken() { return Optional.ofNullable(variant.definition().bos()); }
    @Override public int minLength() { return variant.definition().minLength() + bosLength(); }
    @Override public int maxLength() { return variant.definition().maxLength() + bosLength(); }

    @Override
    public Optional<List<String>> independentTokens() {
        return Generators.independentTokens(variant.definition()) ? Optional.of(variant.alphabet()) : Optional.empty();
    }

    public boolean hasAttentionTargets() {
        return variant.withAttns();
    }

    @Override
    public Sample label(List<String> input) {
        return labeler.label(input);
    }

    @Override
    public SequenceTask withAttentionTargets() {
        if (variant.withAttns()) {
            return this;
        }
        TaskVariant v = variant;
        return of(new TaskVariant(v.name() + TaskNames.ATTNS_SUFFIX, v.definition(), v.alphabet(), v.alphabetSize(),
                v.bos(), true));
    }

    private int bosLength() {
        return variant.bos() ? 1 : 0;
    }

    /** Lengths uniform in [min, max]. */
    record SplittableLength(int min, int max) {
        int draw(SplittableRandom random) {
            return min + random.nextInt(max - min + 1);
        }
    }
}
