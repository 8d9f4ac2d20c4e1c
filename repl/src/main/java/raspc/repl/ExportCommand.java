package raspc.repl;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import raspc.runtime.engine.RuntimeLogging;
import raspc.runtime.export.ModelExport;

/** {@code raspc export RUN}: a run's model as safetensors, config and vocabulary, for PyTorch and other tools. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Write a run's saved model as model.safetensors, config.json and vocab.json.",
                "model.safetensors holds the weights (float32, PyTorch-style names; its __metadata__ the raspc version, "
                        + "task and shape), config.json the architecture (kind, blocks, layers, heads, d, ff, norm placement, "
                        + "positions, readout), vocab.json the token ids, BOS and padding. "
                        + "examples/pytorch/raspc_model.py rebuilds the model from them."},
        footer = {"", "Examples:", "  raspc export runs/reverse_10/20261122-101500-1",
                "  raspc export runs/parity_10/a --out exports/parity_10",
                "  raspc export runs/compose_random_10_direct/a", "  raspc export runs/matrix_3_rank1_p30/a"})
public final class ExportCommand implements Callable<Integer> {
    private final RaspcCommand root;

    @Parameters(index = "0", paramLabel = "RUN", description = "A run folder (of train, train-boolean, train-compose or train-matrix).")
    private Path run;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the three files (default: RUN/export).")
    private Path out;

    public ExportCommand(RaspcCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        RuntimeLogging.configure(false);
        Path dir = RunTasks.runDir(root.io(), run);
        Path target = out != null ? root.io().resolve(out) : dir.resolve("export");
        ModelExport.Result result = ModelExport.export(dir, target, VersionProvider.version());
        root.out().println("exported " + result.tensors() + " tensors (" + result.parameters() + " parameters) to "
                + shown(target));
        root.out().flush();
        return ExitCode.OK;
    }

    private String shown(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path work = root.io().workingDir().toAbsolutePath().normalize();
        return absolute.startsWith(work) ? work.relativize(absolute).toString() : absolute.toString();
    }
}
