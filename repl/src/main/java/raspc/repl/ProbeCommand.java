package raspc.repl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import raspc.compiler.value.Value;
import raspc.compiler.graph.SopNode;
import raspc.runtime.inspect.Prober;

/** {@code raspc probe RUN}: linear probes of the residual stream against the program's own s-ops. */
@Command(name = "probe", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Linear probes (least squares) from the residual stream after the embedding and after each layer.",
                "Targets: every named s-op of the task's program, computed by the reference evaluator on the same " +
                "test inputs (categorical s-ops as one-hot classification accuracy, numerical ones as R² and MSE), " +
                "beside the stage where the plan computes it; for a Boolean function its input bits, prefix parities " +
                "and value, read at the readout position. Probes are fitted on part of the test samples and scored " +
                "on the rest; the control is the same probe on an untrained model of the same shape.",
                "On a matrix-completion run (one row per entry): each entry's value (at every entry, at the masked " +
                "ones, where it is hidden, and at the observed ones), and at a masked entry the mean of its row's and " +
                "its column's other observed entries and each observed entry of its row, as R².",
                "On a composition run (train-compose; teacher-forced evaluation documents, --compositions all, seen " +
                "or unseen): one row per output token the model writes, and as targets every level's intermediate " +
                "output at that index (f0(x), f1(f0(x)), ..., y; a direct model never writes the intermediates), the " +
                "token written, the input token at that index and the function of the level applied.",
                "On a scratchpad parity run (parity_scratchpad_<n>, parity_direct_<n>; teacher-forced test documents): " +
                "one row per position, and as targets at the input positions the bit x_i and the prefix parity " +
                "x1 xor .. xor x_i, at the answer positions the token written next and (scratchpad) the input bit " +
                "the step consumes."},
        footer = {"", "Examples:", "  raspc probe runs/sort_by_freq_10/<run-id>",
                "  raspc probe runs/parity_8/<run-id> --count 500 --json",
                "  raspc probe runs/sort_by_freq_10/<run-id> --sop my.rasp:is_repeat",
                "  raspc probe runs/matrix_3_rank1_p30/<run-id> --count 256",
                "  raspc probe runs/compose_random_25_direct/<run-id> --count 2000 --compositions seen",
                "  raspc probe runs/parity_scratchpad_8/<run-id> --count 256",
                "In the REPL:  probe runs/hist_10/<run-id> count=200"})
public final class ProbeCommand implements Callable<Integer> {
    private final RaspcCommand root;

    @Mixin
    private InspectOptions inspect;

    @Mixin
    private InspectOptions.SampleCount samples;

    @Option(names = "--held-out", defaultValue = "0.3", paramLabel = "F", description = "Share of the samples the probes are scored on (default: ${DEFAULT-VALUE}).")
    private double heldOut;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "S", description = "Seed of the fit/held-out split and the control model (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--sop", paramLabel = "FILE:NAME",
            description = "Also probe the s-op NAME of a .rasp file, run on the same inputs (repeatable; sequence tasks).")
    private List<String> sops = new ArrayList<>();

    public ProbeCommand(RaspcCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        Map<String, SopNode> extra = userSops();
        return inspect.run(root, samples.matrices(), run ->
                Prober.probe(run, samples.of(run), heldOut, seed, extra, inspect.progress()));
    }

    /** The --sop s-ops, each named {@code file.rasp:name}, so that none hides a program s-op of the same name. */
    private Map<String, SopNode> userSops() {
        Map<String, SopNode> out = new LinkedHashMap<>();
        for (String spec : sops) {
            int colon = spec.lastIndexOf(':');
            if (colon <= 0 || colon == spec.length() - 1) {
                throw new UserError("--sop is FILE:NAME (e.g. --sop examples/paper.rasp:hist), got '" + spec + "'");
            }
            String file = spec.substring(0, colon);
            String name = spec.substring(colon + 1);
            Value value = ProgramFiles.loadSilently(root, java.nio.file.Path.of(file)).get(name);
            if (!(value instanceof Value.SopVal sop)) {
                throw new UserError("--sop " + spec + ": " + name + (value == null ? " is not defined in " + file
                        : " is a " + Value.typeName(value) + ", not an s-op"));
            }
            out.put(java.nio.file.Path.of(file).getFileName() + ":" + name, sop.node());
        }
        return out;
    }
}
