package raspc.runtime.analysis;

import ai.djl.Device;
import ai.djl.nn.Parameter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import raspc.compiler.bool.BooleanFunction;
import raspc.runtime.boolfn.BooleanNet;
import raspc.runtime.boolfn.BooleanTaskData;
import raspc.runtime.boolfn.BooleanTrainOptions;
import raspc.runtime.engine.DeviceChoice;
import raspc.runtime.model.ModelConfig;
import raspc.runtime.run.RunConfig;
import raspc.runtime.run.RunFolder;

/**
 * A one-layer model set by hand to output exactly x[n-1], the last bit: attention and FFN are
 * zero, so each position's vector is its layer-normed embedding (token (1, -1) or (-1, 1), position
 * (0, 0)), and the classifier maps the readout position's first coordinate to 0 or 1.
 */
public final class HandBuiltModels {
    private HandBuiltModels() {}

    /** Saved as a complete run folder (config, parameters, report) under {@code dir}. */
    public static RunFolder lastBit(Path dir, int n) {
        BooleanFunction last = BooleanFunction.of("last_" + n, n, x -> ((x >>> (n - 1)) & 1) == 1);
        BooleanTrainOptions options = new BooleanTrainOptions().dim(4).layers(1).heads(1).steps(1).seed(1);
        BooleanTaskData task = options.data(last);
        ModelConfig model = options.modelConfig(n);
        RunFolder folder = RunFolder.at(dir);
        folder.writeConfig(new RunConfig(RunConfig.FORMAT_VERSION, task.name(), "hand-built", task.inputVocab(),
                task.outputVocab(), task.padId(), false, n, List.of(), model,
                options.trainOptions(DeviceChoice.CPU).trainConfig(task), "cpu", "2026-01-01T00:00:00Z"));
        try (BooleanNet net = BooleanNet.create(model, n, 1, Device.cpu())) {
            setWeights(net, 1f, 0f);
            // calibrate: the readout's first coordinate for a last bit of 1 and of 0
            long one = 1L << (n - 1);
            float[] raw = net.predict(new long[] {one, 0});
            float scale = 1f / (raw[0] - raw[1]);
            setWeights(net, scale, -raw[1] * scale);
            folder.writeModel(net.model());
        }
        folder.writeReport(Map.of("steps", 0, "converged_step", 0, "splits", Map.of("valid", Map.of("loss", 0.0))));
        return folder;
    }

    private static void setWeights(BooleanNet net, float weight, float bias) {
        for (Parameter p : net.parameters()) {
            String name = p.getName();
            long size = p.getArray().size();
            float[] values = new float[(int) size];
            if (name.equals("gamma")) {
                java.util.Arrays.fill(values, 1f);
            } else if (name.equals("token_embedding")) {
                values = new float[] {1f, -1f, -1f, 1f}; // token 0 -> (1, -1), token 1 -> (-1, 1)
            } else if (p == classifier(net, "weight")) {
                values[0] = weight;
            } else if (p == classifier(net, "bias")) {
                values[0] = bias;
            }
            p.getArray().set(values);
        }
    }

    private static Parameter classifier(BooleanNet net, String kind) {
        var all = net.model().getParameters();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).getKey().contains("classifier") && all.get(i).getKey().endsWith(kind)) {
                return all.get(i).getValue();
            }
        }
        throw new IllegalStateException("no classifier " + kind + " among " + all.keys());
    }
}
