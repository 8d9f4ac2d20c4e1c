package raspc.runtime.export;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import raspc.compiler.files.AtomicFiles;
import raspc.runtime.RuntimeUserException;
import raspc.runtime.eval.TrainedModel;
import raspc.runtime.run.Json;
import raspc.runtime.run.RunConfig;
import raspc.runtime.run.RunFolder;

/**
 * {@code raspc export RUN}: the run's saved weights (model.params, the ones its report
 * describes) as {@code model.safetensors}, with {@code config.json} ({@link ExportedConfig}) and
 * {@code vocab.json} ({@link ExportedVocab}) beside it. One code path for every kind of run:
 * sequence tasks, Boolean functions, composition decoders and matrix regressors all train the
 * same {@code TransformerModel}, and the run's config says which architecture and objective it has.
 */
public final class ModelExport {
    public static final String WEIGHTS = "model.safetensors";
    public static final String CONFIG = "config.json";
    public static final String VOCAB = "vocab.json";

    private ModelExport() {}

    /** What was written. */
    public record Result(Path dir, List<Path> files, int tensors, long parameters) {}

    /**
     * @param outDir       where the three files go (created when missing)
     * @param raspcVersion recorded in the weights' metadata and in config.json
     */
    public static Result export(Path runDir, Path outDir, String raspcVersion) {
        RunFolder folder = RunFolder.open(runDir);
        RunConfig config = folder.readConfig();
        List<Safetensors.Tensor> tensors;
        try (TrainedModel trained = TrainedModel.create(config, Device.cpu())) {
            folder.readModel(trained);
            tensors = tensors(trained);
        }
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new RuntimeUserException("cannot create the export folder " + outDir + ": " + e.getMessage(), e);
        }
        ExportedConfig exported = ExportedConfig.of(config, raspcVersion);
        Path weights = outDir.resolve(WEIGHTS);
        Path configFile = outDir.resolve(CONFIG);
        Path vocabFile = outDir.resolve(VOCAB);
        Safetensors.write(weights, tensors, metadata(exported));
        AtomicFiles.writeString(configFile, Json.pretty(exported));
        AtomicFiles.writeString(vocabFile, Json.pretty(ExportedVocab.of(config)));
        long parameters = tensors.stream().mapToLong(t -> t.values().length).sum();
        return new Result(outDir, List.of(weights, configFile, vocabFile), tensors.size(), parameters);
    }

    /**
     * The model's parameters in its own order, as float32 arrays under PyTorch-style names. A
     * bias-free model's layer norms still hold DJL's beta, untrained and zero: it is left out, so
     * that the file has the tensors config.json's architecture has ({@code biases: false}).
     */
    static List<Safetensors.Tensor> tensors(TrainedModel trained) {
        boolean biases = trained.config().model().architecture().biases();
        List<Safetensors.Tensor> out = new ArrayList<>();
        for (Pair<String, Parameter> p : trained.model().getParameters()) {
            NDArray array = p.getValue().getArray();
            float[] values = array.toType(DataType.FLOAT32, false).toFloatArray();
            if (!biases && p.getValue().getType() == Parameter.Type.BETA) {
                requireZero(p.getKey(), values);
                continue;
            }
            out.add(new Safetensors.Tensor(TensorNames.of(p.getKey()), array.getShape().getShape(), values));
        }
        return out;
    }

    private static void requireZero(String name, float[] values) {
        for (float v : values) {
            if (v != 0f) {
                throw new IllegalStateException("the layer norm bias " + name + " of a bias-free model is not zero");
            }
        }
    }

    /** The header's {@code __metadata__}: strings only, as the format requires. */
    static Map<String, String> metadata(ExportedConfig c) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("format", "pt");
        m.put("raspc_version", c.raspcVersion());
        m.put("raspc_format", ExportedConfig.FORMAT + "/" + ExportedConfig.FORMAT_VERSION);
        m.put("task", c.task());
        m.put("run_id", c.runId());
        m.put("kind", c.kind());
        Map<String, Integer> shape = new LinkedHashMap<>();
        shape.put("layers", c.layers());
        shape.put("heads", c.heads());
        shape.put("d", c.d());
        shape.put("ff", c.ff());
        m.put("shape", Json.line(shape));
        return m;
    }
}
