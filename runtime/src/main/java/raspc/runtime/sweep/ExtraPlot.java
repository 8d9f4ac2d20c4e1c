package raspc.runtime.sweep;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The plots a sweep file may ask for beside the metrics against n ({@code plots: [...]}), each
 * for one experiment of Hahn &amp; Rofin (2024).
 */
public enum ExtraPlot {
    /** The trade-off: LayerNorm blowup against parameter norm, one colour per n ({@link TradeoffPlot}). */
    BLOWUP_VS_NORM("blowup_vs_norm"),
    /** The generalisation bias: learned sensitivity against random completions ({@link CompletionStudy}). */
    SENSITIVITY_VS_COMPLETIONS("sensitivity_vs_completions"),
    /** How long training took: the step of convergence against n, per group (the scratchpad experiment). */
    STEPS_TO_CONVERGE("steps_to_converge_vs_n");

    private final String word;

    ExtraPlot(String word) {
        this.word = word;
    }

    @JsonValue
    public String word() {
        return word;
    }

    /** The file's {@code plots} list (absent: none); {@code trainKeys} are the train block's listed settings. */
    static List<ExtraPlot> parse(JsonNode node, Collection<String> trainKeys) {
        List<ExtraPlot> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        for (JsonNode v : node.isArray() ? node : List.of(node)) {
            ExtraPlot plot = null;
            for (ExtraPlot p : values()) {
                if (p.word.equals(v.asText())) {
                    plot = p;
                }
            }
            if (plot == null) {
                throw new IllegalArgumentException("plots: unknown plot '" + v.asText() + "' (known: "
                        + String.join(", ", List.of(values()).stream().map(ExtraPlot::word).toList()) + ")");
            }
            if (plot == SENSITIVITY_VS_COMPLETIONS && !trainKeys.contains("train_inputs")) {
                throw new IllegalArgumentException("plots: " + plot.word + " completes a run's fixed training inputs,"
                        + " so the train block needs train_inputs");
            }
            if (!out.contains(plot)) {
                out.add(plot);
            }
        }
        return List.copyOf(out);
    }

    /** Writes this plot (and its tables) of the finished rows into {@code dir}; returns the files written. */
    List<Path> write(Path dir, String sweepName, List<SweepRow> rows, SweepRunner.FunctionResolver resolver) {
        return switch (this) {
            case BLOWUP_VS_NORM -> List.of(TradeoffPlot.write(dir, sweepName, rows));
            case SENSITIVITY_VS_COMPLETIONS -> CompletionStudy.write(dir, sweepName, rows, resolver);
            case STEPS_TO_CONVERGE -> SweepPlots.write(dir, sweepName, rows, List.of(SweepPlots.STEPS_TO_CONVERGE));
        };
    }
}
