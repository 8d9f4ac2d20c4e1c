package raspc.runtime.draw;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import raspc.compiler.dataset.HeadTarget;
import raspc.compiler.dataset.Sample;
import raspc.compiler.task.LabelledTask;
import raspc.compiler.text.Tokenizer;
import raspc.runtime.RuntimeUserException;
import raspc.runtime.data.EncodedTaskData;
import raspc.runtime.engine.DeviceChoice;
import raspc.runtime.engine.Devices;
import raspc.runtime.eval.TrainedModel;
import raspc.runtime.model.ModelOutput;
import raspc.runtime.plot.AttentionMaps;
import raspc.runtime.plot.InOutReport;
import raspc.runtime.run.RunConfig;
import raspc.runtime.run.RunFolder;

/**
 * {@code draw-attention}: runs a trained model on one sequence and writes, per layer, its
 * attention probabilities and pre-softmax scores (one panel per head), a view with the program's
 * target pattern outlined for planned heads, and {@code in_out.txt} comparing the model's output
 * with the reference program's.
 */
public final class AttentionDrawing {
    private AttentionDrawing() {}

    /** @param lengthNote a word for the user when the input is longer than any the model trained on; else null */
    public record Result(Path folder, List<Path> files, String inOutText, String lengthNote) {}

    /**
     * @param sequence the input without BOS: a JSON array of tokens, or text with one token per
     *                 character (code point)
     * @param outDir   where to write (null: maps/<task>/<sequence>/<run-id>/ under {@code mapsRoot})
     */
    public static Result draw(Path runDir, EncodedTaskData data, String sequence, OptionalInt decimals, Path outDir,
                              Path mapsRoot, DeviceChoice device) {
        LabelledTask task = data.task();
        List<String> tokens = SequenceTokens.of(sequence, task);
        RunFolder folder = RunFolder.open(runDir);
        RunConfig config = folder.readConfig();
        String lengthNote = lengthNote(config, tokens.size());
        Sample reference = task.label(tokens);
        Map<String, boolean[][]> targets = plannedTargets(task, tokens);
        List<String> shown = reference.input(); // with BOS for _bos tasks
        Path dir = outDir != null ? outDir
                : AttentionMaps.defaultFolder(mapsRoot, config.task(), Tokenizer.join(tokens), config.runId());
        List<Path> files = new ArrayList<>();
        List<String> modelOutput;
        try (TrainedModel trained = TrainedModel.create(config, Devices.resolve(device))) {
            folder.readModel(trained);
            try (NDManager m = trained.manager().newSubManager()) {
                int[] ids = data.inputIds(shown);
                long[] asLong = new long[ids.length];
                for (int i = 0; i < ids.length; i++) {
                    asLong[i] = ids[i];
                }
                NDArray in = m.create(asLong, new Shape(1, ids.length));
                NDArray len = m.create(new long[] {ids.length});
                ModelOutput out = trained.model().run(trained.store(), in, len, false);
                modelOutput = decode(out.logits(), data, config);
                if (data.hasBos()) {
                    modelOutput.set(0, reference.target().get(0)); // BOS's output is given, not predicted
                }
                for (int layer = 0; layer < config.model().layers(); layer++) {
                    float[][][] probs = heads(out.attention(layer));
                    float[][][] scores = heads(out.scores(layer));
                    List<AttentionMaps.HeadAttention> panels = new ArrayList<>();
                    for (int h = 0; h < probs.length; h++) {
                        panels.add(new AttentionMaps.HeadAttention("layer " + layer + " head " + h, probs[h], scores[h],
                                targets.get(layer + "," + h)));
                    }
                    files.addAll(AttentionMaps.writeLayer(dir, config.task() + "  run " + config.runId(),
                            shown, layer, panels, decimals));
                }
            }
        } catch (IOException e) {
            throw new RuntimeUserException("cannot write the attention maps to " + dir + ": " + e.getMessage(), e);
        }
        InOutReport report = new InOutReport(config.task() + " / " + config.runId(), testAccuracy(folder), shown,
                modelOutput, reference.target());
        Path inOut = dir.resolve("in_out.txt");
        try {
            report.write(inOut);
        } catch (IOException e) {
            throw new RuntimeUserException("cannot write " + inOut + ": " + e.getMessage(), e);
        }
        files.add(inOut);
        return new Result(dir, files, report.text(), lengthNote);
    }

    /**
     * Past the training lengths a model with learned positions has no position to read (a user
     * error); one with sinusoids reads it, but what it draws is out of its training distribution.
     */
    private static String lengthNote(RunConfig config, int length) {
        if (length <= config.maxLength()) {
            return null;
        }
        if (config.model().positions().isLearned()) {
            throw new RuntimeUserException("run " + config.runId() + " learned positions for inputs up to length "
                    + config.maxLength() + " and cannot read one of length " + length);
        }
        return "note: the input has length " + length + ", longer than any the model was trained on (up to "
                + config.maxLength() + ")";
    }

    /** The model's output tokens: what its objective predicts, per position or for the whole input. */
    private static List<String> decode(NDArray logits, EncodedTaskData data, RunConfig config) {
        List<String> out = new ArrayList<>();
        for (long id : config.model().objective().predictions(logits)) {
            out.add(data.outputVocab().get((int) id));
        }
        return out;
    }

    /** [1, H, T, T] -> [H][T][T]; masked (-inf) scores stay -inf, which the maps draw grey. */
    private static float[][][] heads(NDArray a) {
        long[] s = a.getShape().getShape();
        int h = (int) s[1];
        int t = (int) s[2];
        float[] flat = a.toType(DataType.FLOAT32, false).toFloatArray();
        float[][][] out = new float[h][t][t];
        for (int i = 0; i < h; i++) {
            for (int q = 0; q < t; q++) {
                System.arraycopy(flat, (i * t + q) * t, out[i][q], 0, t);
            }
        }
        return out;
    }

    /** The selector pattern of every planned head on this input, keyed "layer,head". */
    private static Map<String, boolean[][]> plannedTargets(LabelledTask task, List<String> tokens) {
        Map<String, boolean[][]> out = new LinkedHashMap<>();
        for (HeadTarget h : task.withAttentionTargets().label(tokens).attention()) {
            out.put(h.layer() + "," + h.head(), h.selected());
        }
        return out;
    }

    private static double testAccuracy(RunFolder folder) {
        Path report = folder.file(RunFolder.REPORT);
        if (!Files.isRegularFile(report)) {
            return Double.NaN;
        }
        try {
            JsonNode n = new ObjectMapper().readTree(report.toFile());
            JsonNode acc = n.path("splits").path("test").path("token_accuracy");
            return acc.isNumber() ? acc.asDouble() : Double.NaN;
        } catch (IOException e) {
            return Double.NaN;
        }
    }
}
