package raspc.repl;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import raspc.runtime.inspect.EmbeddingInspector;
import raspc.runtime.inspect.EmbeddingReport;
import raspc.runtime.inspect.InspectedRun;

/** {@code raspc embeddings RUN}: token and position embeddings, and the accuracy with positions shuffled. */
@Command(name = "embeddings", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Token and position embeddings of a run: each vector's norm and its place on the first two "
                + "principal components (PCA), and the test accuracy when each batch's position vectors are randomly "
                + "permuted (position vectors are read off the residual stream after the embedding, so sinusoidal "
                + "and learned positions alike)."},
        footer = {"", "Examples:", "  raspc embeddings runs/sort_by_freq_10/<run-id>",
                "  raspc embeddings runs/parity_8/<run-id> --json --out embeddings.json",
                "In the REPL:  embeddings runs/hist_10/<run-id> count=200"})
public final class EmbeddingsCommand implements Callable<Integer> {
    private final RaspcCommand root;

    @Mixin
    private InspectOptions inspect;

    @Option(names = "--count", defaultValue = "0", paramLabel = "N", description = "Test samples to score (default: the whole test split).")
    private int count;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "S", description = "Seed of the position shuffles (default: ${DEFAULT-VALUE}).")
    private long seed;

    public EmbeddingsCommand(RaspcCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        try (InspectedRun run = inspect.open(root)) {
            EmbeddingReport report = EmbeddingInspector.inspect(run, run.testSamples(count), seed);
            inspect.report(root, report.toText(), report.toJson());
        }
        return ExitCode.OK;
    }
}
