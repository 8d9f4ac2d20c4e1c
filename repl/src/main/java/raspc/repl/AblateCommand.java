package raspc.repl;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import raspc.runtime.inspect.AblationMode;
import raspc.runtime.inspect.Ablator;

/** {@code raspc ablate RUN}: the loss and accuracy change when each head or MLP is taken out. */
@Command(name = "ablate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Ablate each attention head and each MLP in turn and score the model on the test split.",
                "zero: the head's context vectors (or the MLP's output) become 0; mean: the head attends with its " +
                "pattern averaged over the evaluation batch, the MLP outputs its batch-mean output; uniform: the " +
                "head attends evenly to every key it may see. The loss is the output loss alone (no attention " +
                "supervision term).",
                "On a matrix-completion run each ablation is scored by the masked-entry MSE (and the observed-entry " +
                "MSE); the picture shows 1 - intact / ablated masked MSE.",
                "On a composition run (train-compose): teacher forced on its evaluation documents (--compositions all, " +
                "seen or unseen), scored by the answer's loss and token accuracy and the token accuracy of each output " +
                "it writes (f0 .. the answer step by step); compose --ablate is --modes mean.",
                "On a scratchpad parity run (parity_scratchpad_<n>, parity_direct_<n>): teacher forced on its test " +
                "documents, scored by the answer tokens' loss and accuracy, the prefix parities p1..p(n-1) and the " +
                "final parity pn apart."},
        footer = {"", "Examples:", "  raspc ablate runs/sort_by_freq_10/<run-id>",
                "  raspc ablate runs/parity_8/<run-id> --modes mean --json --out ablation.json",
                "  raspc ablate runs/parity_scratchpad_8/<run-id> --count 256",
                "In the REPL:  ablate runs/hist_10/<run-id> modes=zero,uniform"})
public final class AblateCommand implements Callable<Integer> {
    private final RaspcCommand root;

    @Mixin
    private InspectOptions inspect;

    @Mixin
    private InspectOptions.SampleCount samples;

    @Option(names = "--modes", defaultValue = "zero,mean,uniform", split = ",", paramLabel = "M",
            description = "Ablations, comma-separated: zero, mean, uniform (default: ${DEFAULT-VALUE}).")
    private List<String> modes;

    public AblateCommand(RaspcCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        List<AblationMode> chosen = new ArrayList<>();
        for (String m : modes) {
            AblationMode mode = AblationMode.parse(m);
            if (!chosen.contains(mode)) {
                chosen.add(mode);
            }
        }
        return inspect.run(root, samples.matrices(), run ->
                Ablator.ablate(run, samples.of(run), chosen, inspect.progress()));
    }
}
