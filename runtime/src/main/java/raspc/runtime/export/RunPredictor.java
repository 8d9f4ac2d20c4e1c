package raspc.runtime.export;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import raspc.compiler.InputText;
import raspc.compiler.error.RaspError;
import raspc.runtime.RuntimeUserException;
import raspc.runtime.engine.DeviceChoice;
import raspc.runtime.engine.Devices;
import raspc.runtime.eval.TrainedModel;
import raspc.runtime.model.Objective;
import raspc.runtime.run.Json;
import raspc.runtime.run.RunConfig;
import raspc.runtime.run.RunFolder;

/**
 * {@code raspc predict RUN INPUT...}: the saved model's predictions, from the run folder alone
 * (its config holds the vocabularies, BOS and objective, so a task definition that has changed
 * since does not matter). Each input is read as {@code raspc eval} reads one: a JSON array of
 * tokens, or text with one token per character (code point). BOS is added for BOS tasks and its
 * position left out of the answer, since its output is given, not predicted.
 */
public final class RunPredictor implements AutoCloseable {
    private final RunConfig config;
    private final TrainedModel trained;

    private RunPredictor(RunConfig config, TrainedModel trained) {
        this.config = config;
        this.trained = trained;
    }

    public static RunPredictor open(Path runDir, DeviceChoice device) {
        TrainedModel trained = TrainedModel.open(RunFolder.open(runDir), Devices.resolve(device));
        return new RunPredictor(trained.config(), trained);
    }

    /**
     * One input's answer as a JSON line: {@code input} (the tokens, without BOS), {@code output}
     * (a token per position, or one token for a readout) and, when asked, {@code logits} (per
     * position a row of class logits; a readout's class logits; a regression's single value).
     */
    public String predictLine(String text, boolean withLogits) {
        List<String> tokens = tokens(text);
        Prediction p = predict(tokens);
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("input", tokens);
        line.put("output", p.output());
        if (withLogits) {
            line.put("logits", p.logits());
        }
        return Json.line(line);
    }

    /** The line of an input that could not be predicted. */
    public static String errorLine(String text, String message) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("input", text);
        line.put("error", message);
        return Json.line(line);
    }

    /** The output (a list of tokens, or one token) and the logits in the shapes predictLine writes. */
    record Prediction(Object output, Object logits) {}

    Prediction predict(List<String> tokens) {
        List<Integer> ids = new ArrayList<>();
        int first = config.hasBos() ? 1 : 0;
        if (config.hasBos()) {
            ids.add(config.padId());
        }
        for (String t : tokens) {
            ids.add(config.inputVocab().indexOf(t));
        }
        checkLength(ids.size());
        try (NDManager m = trained.manager().newSubManager()) {
            long[] asLong = ids.stream().mapToLong(Integer::longValue).toArray();
            NDArray in = m.create(asLong, new Shape(1, asLong.length));
            NDArray lengths = m.create(new long[] {asLong.length});
            NDArray logits = trained.model().run(trained.store(), in, lengths, false).logits();
            Objective objective = config.model().objective();
            long[] predicted = objective.predictions(logits);
            float[] values = logits.toType(DataType.FLOAT32, false).toFloatArray();
            return switch (objective) {
                case Objective.PerPositionClassification p -> perPosition(predicted, values, first, asLong.length);
                case Objective.NextTokenPrediction n -> perPosition(predicted, values, 0, asLong.length);
                case Objective.ReadoutClassification r -> new Prediction(config.outputVocab().get((int) predicted[0]), values);
                case Objective.ReadoutRegression r -> new Prediction(config.outputVocab().get((int) predicted[0]), values[0]);
                case Objective.MaskedPositionRegression r -> new Prediction(
                        java.util.Arrays.stream(predicted).mapToObj(id -> config.outputVocab().get((int) id)).toList(),
                        values);
            };
        }
    }

    /** One output (and its logits) per position from {@code first}: for a decoder, the next token at each. */
    private Prediction perPosition(long[] predicted, float[] values, int first, int length) {
        int classes = config.model().outputUnits();
        List<String> output = new ArrayList<>();
        List<float[]> rows = new ArrayList<>();
        for (int pos = first; pos < length; pos++) {
            output.add(config.outputVocab().get((int) predicted[pos]));
            rows.add(java.util.Arrays.copyOfRange(values, pos * classes, (pos + 1) * classes));
        }
        return new Prediction(output, rows);
    }

    /** The input's tokens, each one the model reads (BOS is added, not typed). */
    private List<String> tokens(String text) {
        List<String> tokens;
        try {
            tokens = InputText.tokens(text);
        } catch (RaspError e) {
            throw new RuntimeUserException("input '" + text + "': " + e.detail(), e);
        }
        if (tokens.isEmpty()) {
            throw new RuntimeUserException("input '" + text + "' is empty");
        }
        Set<String> known = new LinkedHashSet<>(config.inputVocab());
        if (config.hasBos()) {
            known.remove(config.inputVocab().get(config.padId()));
        }
        Set<String> unknown = new LinkedHashSet<>(tokens);
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new RuntimeUserException("input '" + text + "' has " + (unknown.size() == 1 ? "a token" : "tokens")
                    + " that run " + config.runId() + " does not know: " + String.join(", ", unknown) + " (its tokens: "
                    + String.join(" ", known) + ")");
        }
        return tokens;
    }

    private void checkLength(int length) {
        if (config.model().positions().isLearned() && length > config.model().maxPositions()) {
            throw new RuntimeUserException("run " + config.runId() + " learned positions for inputs up to "
                    + (config.model().maxPositions() - (config.hasBos() ? 1 : 0)) + " tokens and cannot read "
                    + (length - (config.hasBos() ? 1 : 0)));
        }
    }

    public RunConfig config() {
        return config;
    }

    @Override
    public void close() {
        trained.close();
    }
}
