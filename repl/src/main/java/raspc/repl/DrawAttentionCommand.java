package raspc.repl;

import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import raspc.runtime.data.EncodedTaskData;
import raspc.runtime.draw.AttentionDrawing;
import raspc.runtime.engine.RuntimeLogging;

/** {@code raspc draw-attention --sequence S [RUN]}: heatmaps of a trained model's attention on one input. */
@Command(name = "draw-attention", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Draw a trained model's attention on one sequence as PNG heatmaps.",
                "Per layer: attention probabilities and pre-softmax scores (one panel per head, query tokens down, " +
                "key tokens across), a view with the program's target pattern outlined for planned heads, and " +
                "in_out.txt (model output vs reference). BOS is added for _bos tasks. Default folder: maps/<task>/<sequence>/<run-id>/."},
        footer = {"", "Examples:", "  raspc draw-attention --sequence abcde                 # the most recent run",
                "  raspc draw-attention --sequence hello runs/reverse_26/<run-id> --with-numbers 2",
                "  raspc draw-attention --sequence abcab --task sort_10_bos_with_attns",
                "  raspc draw-attention --sequence '[\"X1\",\"X2\"]'  # multi-character tokens",
                "In the REPL:  draw-attention abcde"})
public final class DrawAttentionCommand implements Callable<Integer> {
    private final RaspcCommand root;

    @Parameters(index = "0", arity = "0..1", paramLabel = "RUN|SEQUENCE",
            description = "A run folder (default: the most recent run); in the REPL's short form, the sequence.")
    private String run;

    @Option(names = {"--sequence", "-s"}, paramLabel = "S",
            description = "The input without BOS: one token per character, or a JSON array of tokens such as '[\"X1\",\"X2\"]'.")
    private String sequence;

    @Option(names = "--task", paramLabel = "TASK", description = "Use the most recent run of this task.")
    private String task;

    @Option(names = "--with-numbers", paramLabel = "D", description = "Write the values in the cells with D decimals.")
    private Integer decimals;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: maps/<task>/<sequence>/<run-id>/).")
    private Path out;

    @Option(names = "--runs", defaultValue = "runs", paramLabel = "DIR", description = "Where runs are (default: ${DEFAULT-VALUE}).")
    private Path runs;

    @Mixin
    private EngineOptions engine;

    public DrawAttentionCommand(RaspcCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        RuntimeLogging.configure(false);
        String runArg = run;
        if (sequence == null && run != null && !java.nio.file.Files.isDirectory(root.io().resolve(Path.of(run)))) {
            sequence = run; // the REPL's short form: draw-attention abcde
            runArg = null;
        }
        if (sequence == null) {
            throw new UserError("give the input with --sequence S (e.g. --sequence abcde)");
        }
        Path dir;
        if (runArg != null) {
            dir = RunTasks.runDir(root.io(), Path.of(runArg));
        } else {
            dir = Runs.latest(root.io().resolve(runs), task);
            root.out().println("using the most recent run" + (task == null ? "" : " of " + task) + ": "
                    + root.io().workingDir().relativize(dir.toAbsolutePath()));
        }
        EncodedTaskData data = RunTasks.ofRun(root, dir, null);
        if (decimals != null && (decimals < 0 || decimals > 6)) {
            throw new UserError("--with-numbers takes 0 to 6 decimals, got " + decimals);
        }
        AttentionDrawing.Result r = AttentionDrawing.draw(dir, data, sequence,
                decimals == null ? OptionalInt.empty() : OptionalInt.of(decimals),
                out == null ? null : root.io().resolve(out), root.io().resolve(Path.of("maps")), engine.start());
        if (r.lengthNote() != null) {
            root.out().println(r.lengthNote());
        }
        root.out().println(r.inOutText().stripTrailing());
        root.out().println("wrote " + r.files().size() + " files to " + root.io().workingDir().relativize(r.folder().toAbsolutePath()));
        root.out().flush();
        return ExitCode.OK;
    }
}
