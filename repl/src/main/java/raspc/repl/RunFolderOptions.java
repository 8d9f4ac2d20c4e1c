package raspc.repl;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where every training command puts its run folder: the folder of run folders, and the run's name. */
final class RunFolderOptions {
    @Option(names = "--out", defaultValue = "runs", paramLabel = "DIR", description = "Folder of run folders (default: ${DEFAULT-VALUE}).")
    private Path out;

    // RunFolder.create names a run after the time and the seed when no id is given
    @Option(names = "--run-id", paramLabel = "ID", description = "Name of the run folder (default: time and seed).")
    private String runId;

    /** The folder of run folders, resolved against the session's working folder. */
    Path runsRoot(Io io) {
        return io.resolve(out);
    }

    /** The run folder's name, or null for the default. */
    String runId() {
        return runId;
    }
}
