package raspc.repl;

import ai.djl.Device;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import raspc.compiler.bool.BooleanFunction;
import raspc.compiler.task.ScratchpadTask;
import raspc.runtime.analysis.AnalysisOptions;
import raspc.runtime.analysis.AnalysisReport;
import raspc.runtime.analysis.Analyzer;
import raspc.runtime.analysis.ScratchpadAnalysis;
import raspc.runtime.run.RunFolder;
import raspc.runtime.engine.RuntimeLogging;

/** {@code raspc analyze RUN}: sensitivity, sharpness, LayerNorm blowup, norm and spectrum of a trained Boolean model. */
@Command(name = "analyze", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Analyse a model trained by `raspc train-boolean`: sensitivity, spectrum, sharpness, LayerNorm blowup.",
                "Average sensitivity of its thresholded predictions (exact over all 2^n inputs for n <= 16, " +
                "sampled above) and of its real output on the ±1 scale; the Fourier weight per degree of what it " +
                "learned (n <= 16); sharpness, the mean over R draws of L(theta + Delta) - L(theta) with Delta ~ " +
                "N(0, eps^2) on every parameter but the position embeddings (also x4, as the paper plots it); " +
                "LayerNorm blowup (product over layer norms of the max over positions of 1/std, readout position " +
                "only in the last layer, averaged over inputs); and the parameter norm without position " +
                "embeddings. Writes analysis.json and analysis.txt into the run.",
                "A scratchpad parity run (parity_scratchpad_<n>, parity_direct_<n>: a decoder) gets the sharpness of its"
                + " loss (the answer tokens' cross-entropy), the parameter norm and the report's final-answer accuracy."},
        footer = {"", "Examples:", "  raspc analyze runs/parity_10/20261122-101500",
                "  raspc analyze runs/parity_10/20261122-101500 --json --sharpness-draws 100 --eps 0.01",
                "In the REPL:  analyze runs/parity_10/20261122-101500 eps=0.05"})
public final class AnalyzeCommand implements Callable<Integer> {
    private final RaspcCommand root;

    @Parameters(index = "0", paramLabel = "RUN", description = "A run folder of `raspc train-boolean`.")
    private Path run;

    @Option(names = "--json", description = "Print the report as JSON (the content of analysis.json).")
    private boolean json;

    @Option(names = "--sharpness-draws", defaultValue = "10", paramLabel = "R", description = "Perturbations averaged (default: ${DEFAULT-VALUE}).")
    private int draws;

    @Option(names = "--eps", defaultValue = "0.02", paramLabel = "E", description = "Std of each perturbation (default: ${DEFAULT-VALUE}).")
    private double eps;

    @Option(names = "--loss-inputs", defaultValue = "8192", paramLabel = "N",
            description = "Inputs of the sharpness loss and blowup: all 2^n when no more, else N random ones (default: ${DEFAULT-VALUE}).")
    private int lossInputs;

    @Option(names = "--samples", defaultValue = "2000", paramLabel = "N", description = "Inputs sampled for the sensitivity when n > 16 (default: ${DEFAULT-VALUE}).")
    private int samples;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "S", description = "Seed of perturbations and samples (default: ${DEFAULT-VALUE}).")
    private long seed;

    public AnalyzeCommand(RaspcCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        RuntimeLogging.configure(false);
        AnalysisOptions options;
        try {
            options = new AnalysisOptions(draws, eps, lossInputs, samples, seed);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        RunFolder folder = RunFolder.open(root.io().resolve(run));
        String name = folder.readConfig().task();
        if (ScratchpadTask.isScratchpadName(name)) {
            ScratchpadAnalysis analysis = ScratchpadAnalysis.analyze(folder, ScratchpadTask.parse(name), options, Device.cpu());
            root.out().print(json ? analysis.toJson() : analysis.toText());
            root.out().flush();
            return ExitCode.OK;
        }
        BooleanFunction f = BooleanTasks.resolve(root, folder.readConfig().task());
        AnalysisReport report = Analyzer.analyze(folder, f, options, Device.cpu());
        root.out().print(json ? report.toJson() : report.toText());
        root.out().flush();
        return ExitCode.OK;
    }
}
