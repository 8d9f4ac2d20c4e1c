package raspc.compiler.dataset;

import java.util.List;

/** One supervised example: input tokens, target tokens (same length) and per-head attention targets. */
public record Sample(List<String> input, List<String> target, List<HeadTarget> attention) {
    public Sample {
        input = List.copyOf(input);
        target = List.copyOf(target);
        attention = List.copyOf(attention);
    }
}
