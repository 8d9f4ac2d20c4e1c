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
import java.util.function.BiFunction;
import raspc.compiler.InputText;
import raspc.compiler.error.RaspError;
import raspc.runtime.RuntimeUserException;
import raspc.runtime.engine.DeviceChoice;
import raspc.runtime.engine.Devices;
import raspc.runtime.eval.GreedyGeneration;
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
 * position left out of the answer, since its output is given, not predicted. A decoder's input is
 * a prompt, continued by greedy generation; a masked regressor's, a matrix's entries in row-major
 * order (value tokens and MASK).
 */
public final class RunPredictor implements AutoCloseable {
    private final RunConfig config;
    private final TrainedModel trained;
    private final Integer generate;

    private RunPredictor(RunConfig config, TrainedModel trained, Integer generate) {
        this.config = config;
        this.trained = trained;
        this.generate = generate;
    }

    public static RunPredictor open(Path runDir, DeviceChoice device) {
        return open(runDir, device, null);
    }

    /**
     * @param generate tokens a decoder generates after each prompt; null: until prompt and
     *     continuation are one token longer than the longest training input (a whole document)
     */
    public static RunPredictor open(Path runDir, DeviceChoice device, Integer generate) {
        RunFolder folder = RunFolder.open(runDir);
        RunConfig config = folder.readConfig();
        boolean decoder = config.model().objective() instanceof Objective.NextTokenPrediction;
        if (generate != null && !decoder) {
            throw new RuntimeUserException("--generate is for decoder (composition) runs; run " + config.runId()
                    + " predicts its outputs in one pass");
        }
        if (generate != null && generate < 1) {
            throw new RuntimeUserException("--generate must be at least 1, got " + generate);
        }
        TrainedModel trained = TrainedModel.open(folder, Devices.resolve(device));
        return new RunPredictor(trained.config(), trained, generate);
    }

    /**
     * One input's answer as a JSON line: {@code input} (the tokens, without BOS), {@code output}
     * (a token per position; one token for a readout; a masked regressor's nearest value token per
     * entry; a decoder's generated tokens) and, when asked, {@code logits} (per position a row of
     * class logits; a readout's class logits; a regression's single value; a masked regressor's
     * real value per entry; per generated token the row it was chosen from).
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
        int length = ids.size();
        return switch (config.model().objective()) {
            case Objective.NextTokenPrediction n -> generated(ids);
            case Objective.PerPositionClassification p -> onePass(ids, (predicted, values) ->
                    perPosition(predicted, values, first, length));
            case Objective.ReadoutClassification r -> onePass(ids, (predicted, values) ->
                    new Prediction(config.outputVocab().get((int) predicted[0]), values));
            case Objective.ReadoutRegression r -> onePass(ids, (predicted, values) ->
                    new Prediction(config.outputVocab().get((int) predicted[0]), values[0]));
            case Objective.MaskedPositionRegression r -> onePass(wholeMatrix(ids), (predicted, values) -> new Prediction(
                    java.util.Arrays.stream(predicted).mapToObj(id -> config.outputVocab().get((int) id)).toList(), values));
        };
    }

    /** One forward pass over {@code ids}; {@code read} turns the predicted ids and the logits into the answer. */
    private Prediction onePass(List<Integer> ids, BiFunction<long[], float[], Prediction> read) {
        checkLength(ids.size());
        try (NDManager m = trained.manager().newSubManager()) {
            long[] asLong = ids.stream().mapToLong(Integer::longValue).toArray();
            NDArray in = m.create(asLong, new Shape(1, asLong.length));
            NDArray lengths = m.create(new long[] {asLong.length});
            NDArray logits = trained.model().run(trained.store(), in, lengths, false).logits();
            long[] predicted = config.model().objective().predictions(logits);
            return read.apply(predicted, logits.toType(DataType.FLOAT32, false).toFloatArray());
        }
    }

    /**
     * A decoder's greedy continuation of the prompt {@code ids}, as the generation evaluation makes
     * it (the whole prefix run again for every token), with the logits each token was chosen from.
     */
    private Prediction generated(List<Integer> ids) {
        int count = generate != null ? generate : Math.max(1, config.maxLength() + 1 - ids.size());
        checkLength(ids.size());
        // the last step reads the prompt and all but the last generated token
        int most = config.model().maxPositions() - ids.size() + 1;
        if (hasPositionTable() && count > most) {
            throw new RuntimeUserException("run " + config.runId() + " learned positions up to "
                    + config.model().maxPositions() + " tokens, so a prompt of " + ids.size() + " is continued by at most "
                    + most + " (asked for " + count + ")");
        }
        List<float[]> rows = new ArrayList<>();
        try (NDManager m = trained.manager().newSubManager()) {
            long[] asLong = ids.stream().mapToLong(Integer::longValue).toArray();
            NDArray prompt = m.create(asLong, new Shape(1, asLong.length));
            long[] all = GreedyGeneration.generate(trained.model(), trained.store(), prompt, count,
                    step -> rows.add(step.toType(DataType.FLOAT32, false).toFloatArray())).toLongArray();
            List<String> output = new ArrayList<>();
            for (int i = asLong.length; i < all.length; i++) {
                output.add(config.outputVocab().get((int) all[i]));
            }
            return new Prediction(output, rows);
        }
    }

    /** A matrix run's input: all n*n entries, since it completes whole matrices of one size. */
    private List<Integer> wholeMatrix(List<Integer> ids) {
        if (ids.size() != config.maxLength()) {
            throw new RuntimeUserException("run " + config.runId() + " completes matrices of " + config.maxLength()
                    + " entries (value tokens and MASK, row by row); the input has " + ids.size());
        }
        return ids;
    }

    /** One output (and its logits) per position from {@code first}. */
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

    /** Whether the model has a learned position table, which bounds its input (an LSTM has none). */
    private boolean hasPositionTable() {
        return config.model().positions().isLearned() && config.model().architecture().attends();
    }

    private void checkLength(int length) {
        if (hasPositionTable() && length > config.model().maxPositions()) {
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
