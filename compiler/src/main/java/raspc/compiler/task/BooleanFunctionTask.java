package raspc.compiler.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import raspc.compiler.bool.BooleanFunction;
import raspc.compiler.bool.BooleanTask;
import raspc.compiler.dataset.Sample;

/** A Boolean function of n bits (e.g. {@code parity_20}): one label per input, no BOS, no plan. */
public record BooleanFunctionTask(BooleanTask spec, BooleanFunction function, SplitInputs inputs) implements LabelledTask {
    private static final List<String> BITS = List.of(BIT_ZERO, BIT_ONE);

    public static BooleanFunctionTask of(BooleanTask task, long seed, int train, int valid, int test) {
        BooleanFunction f = task.compile();
        InputGenerator bits = bits();
        return new BooleanFunctionTask(task, f,
                new SplitInputs(seed, task.name(), random -> bits.generate(f.n(), random), train, valid, test));
    }

    @Override public String name() { return spec.name(); }
    @Override public List<String> inputVocab() { return BITS; }
    @Override public List<String> outputVocab() { return BITS; }
    @Override public boolean bos() { return false; }
    @Override public Optional<String> bosToken() { return Optional.empty(); }
    @Override public int minLength() { return function.n(); }
    @Override public int maxLength() { return function.n(); }
    @Override public InputGenerator generator() { return bits(); }
    @Override public Optional<List<String>> independentTokens() { return Optional.of(BITS); }

    /** Boolean functions have no planned heads, so there is nothing to add. */
    @Override
    public BooleanFunctionTask withAttentionTargets() {
        return this;
    }

    @Override
    public Sample label(List<String> input) {
        long x = 0;
        for (int i = 0; i < input.size(); i++) {
            if (input.get(i).equals(BIT_ONE)) {
                x |= 1L << i;
            }
        }
        return new Sample(input, List.of(function.eval(x) ? BIT_ONE : BIT_ZERO), List.of());
    }

    private static InputGenerator bits() {
        return (length, random) -> {
            List<String> out = new ArrayList<>(length);
            for (int i = 0; i < length; i++) {
                out.add(random.nextBoolean() ? BIT_ONE : BIT_ZERO);
            }
            return out;
        };
    }
}
