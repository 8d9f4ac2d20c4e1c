package raspc.runtime.boolfn;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import raspc.runtime.data.OutputKind;
import raspc.runtime.model.ModelConfig;
import raspc.runtime.model.NormPlacement;
import raspc.runtime.model.PositionEncoding;
import raspc.runtime.model.ReadoutLoss;

/**
 * What the user may set for Boolean-function training; the defaults are the paper's: d = 128,
 * 2 layers, 2 heads, FFN width d, batch 1024, AdamW lr 3e-4 weight decay 0.1, 10,000 steps,
 * converged when the evaluation MSE is below 0.001.
 */
public final class BooleanTrainOptions {
    private int dim = 128;
    private int layers = 2;
    private int heads = 2;
    private Integer ff;
    private int steps = 10_000;
    private int batchSize = 1024;
    private float learningRate = 3e-4f;
    private float weightDecay = 0.1f;
    private long seed = 1;
    private int trainInputs = 0;
    private int evalEvery = 100;
    private int evalInputs = 4096;
    private double convergenceMse = 1e-3;
    private boolean stopAtConvergence = true;
    private Path runsRoot = Path.of("runs");
    private String runId;

    public BooleanTrainOptions dim(int v) { dim = v; return this; }
    public BooleanTrainOptions layers(int v) { layers = v; return this; }
    public BooleanTrainOptions heads(int v) { heads = v; return this; }
    /** Feed-forward width; null = d (the paper's). */
    public BooleanTrainOptions ff(Integer v) { ff = v; return this; }
    public BooleanTrainOptions steps(int v) { steps = v; return this; }
    public BooleanTrainOptions batchSize(int v) { batchSize = v; return this; }
    public BooleanTrainOptions learningRate(float v) { learningRate = v; return this; }
    public BooleanTrainOptions weightDecay(float v) { weightDecay = v; return this; }
    public BooleanTrainOptions seed(long v) { seed = v; return this; }
    /** 0 = online (fresh inputs every step); k > 0 = k fixed inputs sampled once. */
    public BooleanTrainOptions trainInputs(int v) { trainInputs = v; return this; }
    public BooleanTrainOptions evalEvery(int v) { evalEvery = v; return this; }
    public BooleanTrainOptions evalInputs(int v) { evalInputs = v; return this; }
    public BooleanTrainOptions convergenceMse(double v) { convergenceMse = v; return this; }
    /** Whether to stop at the first converged evaluation (default) or use the whole step budget. */
    public BooleanTrainOptions stopAtConvergence(boolean v) { stopAtConvergence = v; return this; }
    public BooleanTrainOptions runsRoot(Path v) { runsRoot = v; return this; }
    /** null = a timestamp. */
    public BooleanTrainOptions runId(String v) { runId = v; return this; }

    public Path runsRoot() { return runsRoot; }
    public String runId() { return runId; }

    /** The resolved configuration; IllegalArgumentException names the first bad setting. */
    public BooleanRunConfig config(String task, int n, String device) {
        require(n >= 1 && n <= 62, "a Boolean task needs 1 to 62 input bits, got " + n);
        require(steps >= 0, "steps must be >= 0, got " + steps);
        require(batchSize >= 1, "the batch size must be >= 1, got " + batchSize);
        require(learningRate > 0, "the learning rate must be > 0, got " + learningRate);
        require(weightDecay >= 0, "the weight decay must be >= 0, got " + weightDecay);
        require(trainInputs >= 0, "--train-inputs must be >= 0, got " + trainInputs);
        require(n >= 62 || trainInputs <= (1L << n), "--train-inputs " + trainInputs + " is more than the 2^" + n
                + " distinct inputs");
        require(evalEvery >= 1, "the evaluation interval must be >= 1, got " + evalEvery);
        require(evalInputs >= 1, "the evaluation set needs at least 1 input, got " + evalInputs);
        require(convergenceMse > 0, "the convergence threshold must be > 0, got " + convergenceMse);
        ModelConfig model = new ModelConfig(2, 2, layers, heads, dim, ff != null ? ff : dim, 0f,
                PositionEncoding.LEARNED_CONCAT, NormPlacement.POST, false, OutputKind.READOUT_LAST, ReadoutLoss.MSE, n);
        return new BooleanRunConfig(BooleanRunConfig.FORMAT_VERSION, task, n, model, steps, batchSize, learningRate,
                weightDecay, seed, trainInputs, evalEvery, evalInputs, convergenceMse, stopAtConvergence, device,
                OffsetDateTime.now().toString());
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
