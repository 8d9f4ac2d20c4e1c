package raspc.repl;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import raspc.runtime.draw.DynamicsPicture;
import raspc.runtime.dynamics.DynamicsReport;
import raspc.runtime.run.RunFolder;

/** {@code raspc dynamics RUN}: plateaus and abrupt drops of a run's training loss. */
@Command(name = "dynamics", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Training dynamics of a run: the plateaus of its training loss and the abrupt drops that end "
                + "them (after a plateau of at least --plateau steps within a factor --band, the loss falls below the "
                + "plateau level / --factor within --window steps), each with the plateau's level, the drop's start, "
                + "end and duration. Reads the step losses of metrics.jsonl (train with --log-every N), else one point "
                + "per round. Draws the curve with plateaus and drops marked into dynamics.png in the run folder."},
        footer = {"", "Examples:", "  raspc train-matrix matrix_5_rank1_p30 --steps 3000 --log-every 10",
                "  raspc dynamics runs/matrix_5_rank1_p30/<run-id>",
                "  raspc dynamics runs/parity_8/<run-id> --factor 5 --window 200 --json",
                "In the REPL:  dynamics runs/matrix_5_rank1_p30/<run-id> factor=5"})
public final class DynamicsCommand implements Callable<Integer> {
    private final RaspcCommand root;

    @Parameters(index = "0", paramLabel = "RUN", description = "A run folder (of any training command).")
    private Path run;

    @Option(names = "--factor", paramLabel = "F", description = "How many times the loss must fall (default: 10).")
    private Double factor;

    @Option(names = "--window", paramLabel = "W", description = "Steps the fall may take (default: a tenth of the curve's steps).")
    private Long window;

    @Option(names = "--plateau", paramLabel = "P", description = "Shortest plateau in steps (default: a fifth of the curve's steps).")
    private Long plateau;

    @Option(names = "--band", paramLabel = "B", description = "A plateau's highest loss over its lowest, at most (default: 2; below --factor).")
    private Double band;

    @Option(names = "--smooth", paramLabel = "K", description = "Points of the running median applied first, odd (default: 5 on curves of 25 points or more, else 1).")
    private Integer smooth;

    @Mixin
    private ReportOutput output;

    @Option(names = "--png", paramLabel = "FILE", description = "Where to draw the curve (default: dynamics.png in the run folder).")
    private Path png;

    public DynamicsCommand(RaspcCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        RunFolder folder = RunFolder.open(RunTasks.runDir(root.io(), run));
        DynamicsReport report;
        try {
            report = DynamicsReport.of(folder, factor, window, plateau, band, smooth);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        output.print(root, report.toText(), report.toJson());
        Path picture = png != null ? root.io().resolve(png) : folder.dir().resolve(DynamicsPicture.FILE);
        DynamicsPicture.write(report, picture);
        if (!output.json()) {
            root.out().println("curve: " + root.io().workingDir().relativize(picture.toAbsolutePath()));
        }
        root.out().flush();
        return ExitCode.OK;
    }
}
