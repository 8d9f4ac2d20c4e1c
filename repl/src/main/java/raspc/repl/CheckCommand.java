package raspc.repl;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import raspc.compiler.task.TokenDistribution;
import raspc.runtime.WorkProgress;
import raspc.runtime.data.EncodedTaskData;
import raspc.runtime.eval.CheckReport;
import raspc.runtime.eval.ReportFormatter;
import raspc.runtime.eval.RunChecker;
import raspc.runtime.run.Json;

/** {@code raspc check RUN}: re-check a trained model against the reference program on fresh samples. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Evaluate a run's best model on fresh samples of its task against the reference program: at "
                + "the training lengths or others (--lengths), with the task's own token frequencies or others "
                + "(--tokens, for tasks whose input tokens are drawn independently: uniform sequence tasks and "
                + "Boolean functions). Each combination of --lengths and --tokens is one distribution, one row.",
                "Token distributions: trained (the task's own generator), zipf[:S] (the alphabet's i-th token with "
                + "weight 1/(i+1)^S, S = 1 by default), few[:K] (each input draws K distinct tokens, 2 by default, "
                + "then repeats them: higher counts than uniform inputs)."},
        footer = {"", "Examples:", "  raspc check runs/reverse_10/20261122-101500-1",
                "  raspc check runs/reverse_10/20261122-101500-1 --lengths 9..12 --count 500",
                "  raspc check runs/hist_10/<run-id> --lengths 1..10 --lengths 11..20 --tokens trained,zipf,few:2",
                "In the REPL:  check runs/hist_10/<run-id> tokens=trained,few"})
public final class CheckCommand implements Callable<Integer> {
    private final RaspcCommand root;

    @Parameters(index = "0", paramLabel = "RUN", description = "A run folder.")
    private Path run;

    @Option(names = "--task", paramLabel = "TASK", description = "The task (name or .rasp file; default: the run's).")
    private String task;

    @Option(names = "--lengths", paramLabel = "a..b", description = "Input lengths, repeatable (default: the training lengths).")
    private List<String> lengths = new ArrayList<>();

    @Option(names = "--tokens", split = ",", paramLabel = "DIST",
            description = "Token distributions: trained, zipf[:S], few[:K], comma-separated (default: trained).")
    private List<String> tokens = new ArrayList<>();

    @Option(names = "--json", description = "Print the reports (one per distribution) as JSON.")
    private boolean json;

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
        List<RunChecker.LengthRange> ranges = lengths.isEmpty() ? List.of(RunChecker.LengthRange.ofTraining(data))
                : lengths.stream().map(CheckCommand::parse).toList();
        List<TokenDistribution> draws = tokens.isEmpty() ? List.of(TokenDistribution.TRAINED)
                : tokens.stream().map(CheckCommand::tokens).toList();
        List<RunChecker.Distribution> distributions = new ArrayList<>();
        for (RunChecker.LengthRange range : ranges) {
            for (TokenDistribution draw : draws) {
                distributions.add(new RunChecker.Distribution(range, draw));
            }
        }
        List<CheckReport> reports = RunChecker.check(dir, data, distributions, count, seed, engine.start(),
                json ? WorkProgress.NONE : raspc.runtime.progress.ConsoleWorkProgress.forStandardOutput());
        root.out().println(json ? Json.pretty(reports).stripTrailing() : ReportFormatter.summary(reports));
        root.out().flush();
        return ExitCode.OK;
    }

    private static TokenDistribution tokens(String text) {
        try {
            return TokenDistribution.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UserError("--tokens: " + e.getMessage());
        }
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
