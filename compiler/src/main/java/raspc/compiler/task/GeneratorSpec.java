package raspc.compiler.task;

import java.util.List;

/**
 * How a task draws its inputs: uniform tokens, the Dyck mix, or a RASP function
 * {@code def gen(n, u) { ...; return tokens; }} given the length n and a list u of n uniform
 * random floats in [0, 1), returning a list of n tokens.
 */
public record GeneratorSpec(String kind, List<String> pairs, String neutral, double neutralRate, UserGenerator function) {

    /** A generator written in RASP, already bound to the interpreter that runs it. */
    public interface UserGenerator {
        /** The input of length n for the uniform draws u (n values in [0, 1)). */
        List<String> generate(int n, double[] u);
    }

    public static final double DEFAULT_NEUTRAL_RATE = 0.3;

    public static GeneratorSpec uniform() {
        return new GeneratorSpec("uniform", List.of(), null, 0, null);
    }
}
