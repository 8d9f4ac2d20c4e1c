package raspc.compiler.task;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

final class UniformTokens {
    private UniformTokens() {}

    static List<String> draw(List<String> alphabet, int length, SplittableRandom random) {
        List<String> out = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            out.add(alphabet.get(random.nextInt(alphabet.size())));
        }
        return out;
    }
}
