package raspc.compiler.task;

import java.util.List;

/** The input generator a task declares, for one alphabet. */
final class Generators {
    private Generators() {}

    static InputGenerator of(TaskDefinition d, List<String> alphabet) {
        GeneratorSpec g = d.generator();
        return switch (g.kind()) {
            case "dyck" -> new DyckGenerator(g.pairs(), g.neutral(), g.neutralRate());
            case "function" -> new FunctionGenerator(d, g.function(), alphabet);
            default -> InputGenerator.uniform(alphabet);
        };
    }

    /** Whether the generator {@link #of} makes draws each token on its own (uniform), not a structured input. */
    static boolean independentTokens(TaskDefinition d) {
        return switch (d.generator().kind()) {
            case "dyck", "function" -> false;
            default -> true;
        };
    }
}
