package raspc.repl;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import raspc.compiler.service.ProgramPlans;

/** {@code raspc plan FILE [NAME]}: the transformer shape (layers, heads) an s-op's program predicts. */
@Command(name = "plan", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Print the layer/head plan of an s-op: each aggregate (and selector_width, and length) is an",
                "attention head in the layer given by the longest chain of attention below it; the heads of a layer",
                "are its distinct selectors; elementwise operations are MLP work between layers."},
        footer = {"", "Example:", "  raspc plan languages/sort_by_freq.rasp", "  raspc plan examples/paper.rasp reverse"})
public final class PlanCommand implements Callable<Integer> {
    private final RaspcCommand root;

    @Parameters(index = "0", paramLabel = "FILE", description = "A RASP file.")
    private Path file;

    @Parameters(index = "1", arity = "0..1", paramLabel = "NAME",
            description = "The s-op to plan (default: the output of the file's first task).")
    private String name;

    public PlanCommand(RaspcCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        var session = ProgramFiles.loadSilently(root.io(), file);
        root.out().print(ProgramPlans.planText(session, name, file.toString()));
        root.out().flush();
        return ExitCode.OK;
    }
}
