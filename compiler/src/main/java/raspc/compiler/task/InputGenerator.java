package raspc.compiler.task;

import java.util.List;
import java.util.SplittableRandom;

/** Draws one input sequence of a given length. Implementations are pure functions of the random source. */
public interface InputGenerator {
    List<String> generate(int length, SplittableRandom random);

    /** Every token uniform over the alphabet. */
    static InputGenerator uniform(List<String> alphabet) {
        return (length, random) -> UniformTokens.draw(alphabet, length, random);
    }
}
