package raspc.repl;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import raspc.runtime.draw.RunCurves;

/** {@code raspc plot RUN}: (re)draw a run's training curves. */
@Command(name = "plot", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Draw RUN/curves.png: train and validation loss and accuracy per epoch (from metrics.jsonl).",
        footer = {"", "Example:", "  raspc plot runs/reverse_10/20261122-101500"})
public final class PlotCommand implements Callable<Integer> {
    private final RaspcCommand root;

    @Parameters(index = "0", paramLabel = "RUN", description = "A run folder.")
    private Path run;

    public PlotCommand(RaspcCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        Path png = RunCurves.write(RunTasks.runDir(root.io(), run));
        root.out().println("wrote " + root.io().workingDir().relativize(png.toAbsolutePath()));
        root.out().flush();
        return ExitCode.OK;
    }
}
