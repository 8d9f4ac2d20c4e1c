package raspc.runtime.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SweepDrawsTest {
    private static final String BASE = "functions: [parity]\nlengths: [5, 10]\nseeds: [1, 2]\n";

    @Test
    void drawsMultiplyTheGridAndAreRecordedInEachCell() {
        SweepSpec spec = parse(BASE + """
                train:
                  dim: [16, 32]
                  lr: {log_uniform: [1e-4, 3e-3]}
                  weight_decay: {uniform: [0, 0.5]}
                  draws: 3
                """);
        assertEquals(2 * 2 * 3 * 2, spec.cells().size(), "lengths x dims x draws x seeds");
        assertEquals(List.of("dim", "draw"), spec.varyingKeys());
        BooleanCell c = (BooleanCell) spec.cells().get(0);
        assertEquals("parity_5-dim16-draw1-seed1", c.id());
        assertEquals("parity dim=16", c.group(), "a draw's cells share their group, as seeds do");
        double lr = ((Number) c.settings().get("lr")).doubleValue();
        double wd = ((Number) c.settings().get("weight_decay")).doubleValue();
        assertTrue(lr >= 1e-4 && lr <= 3e-3, "lr " + lr);
        assertTrue(wd >= 0 && wd <= 0.5, "wd " + wd);
        var options = c.options().trainOptions(raspc.runtime.engine.DeviceChoice.CPU).trainConfig(
                c.options().data(raspc.compiler.bool.BooleanFunction.of(c.task(), c.n(), x -> false)));
        assertEquals((float) lr, options.learningRate(), "the drawn lr is the one trained with");
    }

    @Test
    void theSameDrawSeedGivesTheSameValuesAndEveryLengthTheSameDraws() {
        String file = BASE + "train: {lr: {log_uniform: [1e-4, 3e-3]}, weight_decay: {log_uniform: [0.01, 1]}, draws: 5, draw_seed: 4}\n";
        List<Map<String, Object>> a = parse(file).trainGrid();
        assertEquals(a, parse(file).trainGrid());
        assertEquals(5, a.size());
        assertEquals(5, a.stream().map(m -> m.get("lr")).distinct().count(), "five different learning rates");
        List<Map<String, Object>> other = parse(file.replace("draw_seed: 4", "draw_seed: 5")).trainGrid();
        assertNotEquals(a, other);
        SweepSpec spec = parse(file);
        SweepCell at5 = spec.cells().stream().map(BooleanCell.class::cast).filter(c -> c.n() == 5 && c.id().contains("draw3")).findFirst().orElseThrow();
        SweepCell at10 = spec.cells().stream().map(BooleanCell.class::cast).filter(c -> c.n() == 10 && c.id().contains("draw3")).findFirst().orElseThrow();
        assertEquals(at5.settings(), at10.settings());
    }

    @Test
    void logUniformDrawsSpreadOverTheDecades() {
        var d = new Distribution("lr", Distribution.Kind.LOG_UNIFORM, 1e-4, 1e-2);
        var random = new java.util.SplittableRandom(3);
        int below1e3 = 0;
        for (int i = 0; i < 2000; i++) {
            double v = d.draw(random);
            assertTrue(v >= 1e-4 && v <= 1e-2, "in bounds: " + v);
            below1e3 += v < 1e-3 ? 1 : 0;
        }
        assertEquals(0.5, below1e3 / 2000.0, 0.05, "half of the draws in each decade");
    }

    @Test
    void mistakesInDrawsAreNamed() {
        assertMessage("train.lr: a random draw needs train.draws", "train: {lr: {uniform: [1e-4, 1e-3]}}");
        assertMessage("train.draws: there is nothing to draw", "train: {lr: 1e-3, draws: 4}");
        assertMessage("unknown distribution 'normal' (known: uniform, log_uniform)",
                "train: {lr: {normal: [1e-4, 1e-3]}, draws: 2}");
        assertMessage("train.lr.uniform: expected two bounds [low, high]", "train: {lr: {uniform: [1e-4]}, draws: 2}");
        assertMessage("the low bound (0.01) must be below the high one (0.001)",
                "train: {lr: {uniform: [1e-2, 1e-3]}, draws: 2}");
        assertMessage("log_uniform needs bounds > 0", "train: {weight_decay: {log_uniform: [0, 1]}, draws: 2}");
        assertMessage("train.dim: only lr, weight_decay, convergence_mse can be drawn",
                "train: {dim: {uniform: [16, 64]}, draws: 2}");
        assertMessage("train.draws: expected a positive integer, got '0'", "train: {lr: {uniform: [1e-4, 1e-3]}, draws: 0}");
        assertMessage("train.draw_seed: expected an integer", "train: {lr: {uniform: [1e-4, 1e-3]}, draws: 2, draw_seed: x}");
        assertMessage("bound 'fast' is not a number", "train: {lr: {uniform: [fast, 1e-3]}, draws: 2}");
    }

    @Test
    void extraPlotsAreKnownAndCheckedAgainstTheTrainBlock() {
        assertEquals(List.of(ExtraPlot.BLOWUP_VS_NORM), parse(BASE + "plots: [blowup_vs_norm]\n").plots());
        assertMessage("plots: unknown plot 'pie' (known: blowup_vs_norm, sensitivity_vs_completions, steps_to_converge_vs_n)", "plots: [pie]");
        assertMessage("sensitivity_vs_completions completes a run's fixed training inputs",
                "plots: [sensitivity_vs_completions]");
    }

    @Test
    void aFunctionNameMayTakeTheLengthInside() {
        SweepSpec spec = parse("functions: ['random_{n}_7']\nlengths: [6]\n");
        assertEquals("random_6_7", spec.cells().get(0).task());
        assertEquals("random_6_7-seed1", spec.cells().get(0).id());
        assertMessage("is not a task base name", "functions: ['random_{m}_7']\nlengths: [6]\n");
    }

    private static void assertMessage(String expected, String yaml) {
        String file = yaml.startsWith("functions") ? yaml : BASE + yaml + "\n";
        var e = assertThrows(IllegalArgumentException.class, () -> parse(file));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private static SweepSpec parse(String yaml) {
        try {
            return SweepSpec.parse(new ObjectMapper(new YAMLFactory()).readTree(yaml), "test");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
