package raspc.repl;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import raspc.runtime.inspect.EmbeddingInspector;

/** {@code raspc embeddings RUN}: token and position embeddings, and the accuracy with positions shuffled. */
@Command(name = "embeddings", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Token and position embeddings of a run: each vector's norm and its place on the first two "
                + "principal components (PCA), and the test accuracy when each batch's position vectors are randomly "
                + "permuted (position vectors are read off the residual stream after the embedding, so sinusoidal "
                + "and learned positions alike).",
                "On a matrix-completion run: the value tokens' embeddings coloured by value, the learned position "
                + "vectors labelled row,column, and the masked-entry MSE with each matrix's positions relabelled by a "
                + "permutation of its rows and one of its columns (a model that reads positions as row and column "
                + "identities keeps its error) and by a permutation of all positions.",
                "On a composition run: the task tokens (T<level>_<index>, coloured apart from the data tokens X<k>), "
                + "the positions labelled by what a document holds there (S, T0.., _, x[i], f0[i] or y[i]), and the "
                + "teacher-forced answer accuracy with the positions shuffled.",
                "On a scratchpad parity run: the two bit tokens, the positions labelled x1 .. xn, p1 .. p(n-1), and "
                + "the teacher-forced accuracy of the answer tokens with the positions shuffled."},
        footer = {"", "Examples:", "  raspc embeddings runs/sort_by_freq_10/<run-id>",
                "  raspc embeddings runs/parity_8/<run-id> --json --out embeddings.json",
                "  raspc embeddings runs/matrix_3_rank1_p30/<run-id> --png pictures",
                "In the REPL:  embeddings runs/hist_10/<run-id> count=200"})
public final class EmbeddingsCommand implements Callable<Integer> {
    private final RaspcCommand root;

    @Mixin
    private InspectOptions inspect;

    @Mixin
    private InspectOptions.SampleCount samples;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "S", description = "Seed of the position shuffles (default: ${DEFAULT-VALUE}).")
    private long seed;

    public EmbeddingsCommand(RaspcCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        return inspect.run(root, samples.matrices(), run ->
                EmbeddingInspector.inspect(run, samples.of(run), seed));
    }
}
