package raspc.compiler.task;

import java.util.List;
import java.util.SplittableRandom;
import raspc.compiler.error.RaspError;

/** Inputs drawn by a RASP function {@code gen(n, u)}; checks that it returns n tokens of the alphabet. */
final class FunctionGenerator implements InputGenerator {
    private final TaskDefinition task;
    private final GeneratorSpec.UserGenerator function;
    private final java.util.Set<String> alphabet;

    FunctionGenerator(TaskDefinition task, GeneratorSpec.UserGenerator function, List<String> alphabet) {
        this.task = task;
        this.function = function;
        this.alphabet = java.util.Set.copyOf(alphabet);
    }

    @Override
    public List<String> generate(int length, SplittableRandom random) {
        double[] u = new double[length];
        for (int i = 0; i < length; i++) {
            u[i] = random.nextDouble();
        }
        List<String> out = function.generate(length, u);
        if (out.size() != length) {
            throw new RaspError(task.source(), task.pos(), "task " + task.name() + ": the generator returned "
                    + out.size() + " tokens for length " + length);
        }
        for (String t : out) {
            if (!alphabet.contains(t)) {
                throw new RaspError(task.source(), task.pos(), "task " + task.name() + ": the generator returned '"
                        + t + "', which is not in the task's alphabet");
            }
        }
        return out;
    }
}
