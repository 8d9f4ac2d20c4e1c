package raspc.repl;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import raspc.compiler.bench.EvalBenchmark;

/** {@code raspc bench}: how fast the reference evaluator runs the benchmark programs. */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Measure the RASP evaluator: evaluations per second of each benchmark program.",
                "The programs are reverse, hist, sort and a Dyck-2 recogniser, on random inputs of length 100."})
public final class BenchCommand implements Callable<Integer> {
    private final RaspcCommand root;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "3",
            description = "Measuring time per program, after a warm-up (default: ${DEFAULT-VALUE}).")
    private double seconds;

    public BenchCommand(RaspcCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        if (!(seconds > 0)) {
            throw new UserError("bench: --seconds must be positive, got " + seconds);
        }
        root.out().println("RASP evaluation benchmark (random inputs of length 100, " + seconds + " s each)");
        root.out().flush();
        for (EvalBenchmark.Result result : EvalBenchmark.run(seconds)) {
            root.out().println(result);
            root.out().flush();
        }
        return ExitCode.OK;
    }
}
