package raspc.repl;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import raspc.runtime.inspect.TokenIntervention;

/** {@code raspc intervene RUN --token X}: does the model copy a token put into its input? */
@Command(name = "intervene", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Token intervention: put a fixed token into each test input (at --position P, or at one random "
                + "position), label the changed input with the reference program, and report the model's accuracy "
                + "against it before and after, and how often the model outputs the token where the program does not."},
        footer = {"", "Examples:", "  raspc intervene runs/sort_by_freq_10/<run-id> --token a",
                "  raspc intervene runs/parity_8/<run-id> --token 1 --position 0 --position 3",
                "In the REPL:  intervene runs/reverse_10/<run-id> token=a position=0"})
public final class InterveneCommand implements Callable<Integer> {
    private final RaspcCommand root;

    @Mixin
    private InspectOptions inspect;

    @Mixin
    private InspectOptions.SampleCount samples;

    @Option(names = "--token", required = true, paramLabel = "X", description = "The token to put in (one of the task's alphabet).")
    private String token;

    @Option(names = "--position", paramLabel = "P", description = "A position (0 = the first token after BOS) to overwrite, where the input is that long; repeatable (default: one random position per input).")
    private List<Integer> positions = new ArrayList<>();

    @Option(names = "--seed", defaultValue = "0", paramLabel = "S", description = "Seed of the random positions (default: ${DEFAULT-VALUE}).")
    private long seed;

    public InterveneCommand(RaspcCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        return inspect.run(root, run -> TokenIntervention.intervene(run, samples.of(run), token, positions, seed));
    }
}
