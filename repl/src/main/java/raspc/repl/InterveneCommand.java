package raspc.repl;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import raspc.runtime.inspect.MaskedEntryIntervention;
import raspc.runtime.inspect.RunData;
import raspc.runtime.inspect.TokenIntervention;

/** {@code raspc intervene RUN --token X}: does the model copy a token put into its input? */
@Command(name = "intervene", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Token intervention: put a fixed token into each test input (at --position P, or at one random "
                + "position), label the changed input with the reference program, and report the model's accuracy "
                + "against it before and after, and how often the model outputs the token where the program does not.",
                "On a matrix-completion run: show every masked entry of the test matrices as the token of --value V "
                + "instead of MASK, and report the masked outputs' MSE to that value and to the truth, with MASK and "
                + "with the value shown (a model that copies its input moves to the value)."},
        footer = {"", "Examples:", "  raspc intervene runs/sort_by_freq_10/<run-id> --token a",
                "  raspc intervene runs/parity_8/<run-id> --token 1 --position 0 --position 3",
                "  raspc intervene runs/matrix_5_rank1_p30/<run-id> --value 0.5 --value -0.5 --count 128",
                "In the REPL:  intervene runs/reverse_10/<run-id> token=a position=0"})
public final class InterveneCommand implements Callable<Integer> {
    private static final List<Double> MATRIX_VALUES = List.of(-0.5, 0.0, 0.5);

    private final RaspcCommand root;

    @Mixin
    private InspectOptions inspect;

    @Mixin
    private InspectOptions.SampleCount samples;

    @Option(names = "--token", paramLabel = "X", description = "The token to put in (one of the task's alphabet; sequence and Boolean runs).")
    private String token;

    @Option(names = "--value", paramLabel = "V", description = "Matrix runs: the value shown at masked entries, repeatable (default: -0.5, 0 and 0.5).")
    private List<Double> values = new ArrayList<>();

    @Option(names = "--position", paramLabel = "P", description = "A position (0 = the first token after BOS) to overwrite, where the input is that long; repeatable (default: one random position per input).")
    private List<Integer> positions = new ArrayList<>();

    @Option(names = "--seed", defaultValue = "0", paramLabel = "S", description = "Seed of the random positions (default: ${DEFAULT-VALUE}).")
    private long seed;

    public InterveneCommand(RaspcCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        if (inspect.isMatrixRun(root)) {
            if (token != null || !positions.isEmpty()) {
                throw new UserError("a matrix run's masked entries are shown as --value V; --token and --position are"
                        + " for sequence and Boolean runs");
            }
            List<Double> shown = values.isEmpty() ? MATRIX_VALUES : values;
            return inspect.run(root, samples.matrices(), run ->
                    MaskedEntryIntervention.intervene(run.runId(), run.predictor(), run.matrices(),
                            run.matrices().matrices("test"), shown));
        }
        if (!values.isEmpty()) {
            throw new UserError("--value is for matrix runs; put a token into this run's inputs with --token X");
        }
        return inspect.run(root, run -> switch (run.data()) {
            case RunData.Labelled l -> {
                if (token == null) {
                    throw new UserError("name the token to put in: --token X");
                }
                yield TokenIntervention.intervene(run, samples.of(run), token, positions, seed);
            }
            case RunData.Compositions c -> throw new UserError("intervene puts a token into sequence and Boolean inputs;"
                    + " on a composition run change one token with raspc patch --corruption task-token or data-token,"
                    + " or see what the model writes for a prompt with raspc compose --prompt");
            case RunData.Scratchpads p -> throw new UserError("intervene puts a token into sequence and Boolean inputs;"
                    + " on a scratchpad parity run flip one input bit with raspc patch (--pairs N, or --clean and --corrupt bits)");
            case RunData.Matrices m -> throw new IllegalStateException("a matrix run's intervention is above");
        });
    }
}
