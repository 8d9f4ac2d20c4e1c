package raspc.repl;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import raspc.runtime.data.EncodedTaskData;
import raspc.runtime.eval.CheckReport;
import raspc.runtime.eval.ReportFormatter;
import raspc.runtime.eval.RunChecker;

/** {@code raspc check RUN}: re-check a trained model against the reference program on fresh samples. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Evaluate a run's best model on fresh samples of its task (any lengths) against the reference program.",
        footer = {"", "Examples:", "  raspc check runs/reverse_10/20261122-101500-1",
                "  raspc check runs/reverse_10/20261122-101500-1 --lengths 9..12 --count 500"})
public final class CheckCommand implements Callable<Integer> {
    private final RaspcCommand root;

    @Parameters(index = "0", paramLabel = "RUN", description = "A run folder.")
    private Path run;

    @Option(names = "--task", paramLabel = "TASK", description = "The task (name or .rasp file; default: the run's).")
    private String task;

    @Option(names = "--lengths", paramLabel = "a..b", description = "Input lengths (default: the training lengths).")
    private String lengths;

    @Option(names = "--count", defaultValue = "1000", paramLabel = "N", description = "Samples (default: ${DEFAULT-VALUE}).")
    private int count;

    @Option(names = "--seed", defaultValue = "12345", paramLabel = "S", description = "Seed of the fresh samples (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Mixin
    private EngineOptions engine;


    public CheckCommand(RaspcCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        Path dir = RunTasks.runDir(root.io(), run);
        EncodedTaskData data = RunTasks.ofRun(root, dir, task);
        RunChecker.LengthRange range = lengths == null ? RunChecker.LengthRange.ofTraining(data) : parse(lengths);
        CheckReport report = RunChecker.check(dir, data, range, count, seed, engine.start(),
                raspc.runtime.progress.ConsoleWorkProgress.forStandardOutput());
        root.out().println(ReportFormatter.summary(report));
        root.out().flush();
        return ExitCode.OK;
    }

    private static RunChecker.LengthRange parse(String text) {
        String[] parts = text.split("\\.\\.");
        try {
            if (parts.length == 2) {
                return new RunChecker.LengthRange(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
            }
            int n = Integer.parseInt(text.trim());
            return new RunChecker.LengthRange(n, n);
        } catch (NumberFormatException | raspc.runtime.RuntimeUserException e) {
            throw new UserError("--lengths is a..b (e.g. 9..12) or one length, got '" + text + "'");
        }
    }
}
