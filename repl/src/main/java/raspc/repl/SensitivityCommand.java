package raspc.repl;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import raspc.compiler.task.LabelledTask;
import raspc.compiler.task.TaskOptions;

/** {@code raspc sensitivity TASK}: how sensitive the task's reference function is to single-symbol changes. */
@Command(name = "sensitivity", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Sensitivity of a task's reference function.",
                "Boolean tasks (parity_20, majority_15, ...): exact average sensitivity (total influence), " +
                "per-bit influences, degree, max sensitivity and noise sensitivity via a fast Walsh-Hadamard " +
                "transform for n <= 24, Monte Carlo with standard errors above. Sequence tasks: the sampled " +
                "share of single-token substitutions that change the output."},
        footer = {"", "Examples:", "  raspc sensitivity parity_20", "  raspc sensitivity majority_15 --json",
                "  raspc sensitivity sparse_parity_40_4", "  raspc sensitivity sort_26 --samples 5000"})
public final class SensitivityCommand implements Callable<Integer> {
    private final RaspcCommand root;

    @Parameters(index = "0", paramLabel = "TASK", description = "A task name or a .rasp file.")
    private String task;

    @Mixin
    private FileTaskOption explicitTask;

    @Option(names = "--json", description = "Print one JSON object (average_sensitivity, influences, degree, method, n, ...).")
    private boolean json;

    @Option(names = "--monte-carlo", description = "Sample even when the exact analysis is possible.")
    private boolean monteCarlo;

    @Option(names = "--samples", paramLabel = "N", description = "Monte Carlo samples.")
    private Integer samples;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "S", description = "Seed of the sampling (default: ${DEFAULT-VALUE}).")
    private long seed;

    public SensitivityCommand(RaspcCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        LabelledTask t = TaskArgument.resolve(root, task, explicitTask.name(), TaskOptions.NONE);
        String report;
        try {
            report = TaskSensitivity.report(t, json, monteCarlo, samples, seed);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        root.out().println(report.stripTrailing());
        root.out().flush();
        return ExitCode.OK;
    }
}
