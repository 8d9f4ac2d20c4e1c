package raspc.repl;

import raspc.compiler.value.Inputs;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import raspc.compiler.Session;
import raspc.compiler.value.Value;
import raspc.compiler.draw.FlowDrawer;
import raspc.compiler.seq.Input;

/**
 * {@code raspc draw FILE NAME}: the computation flow of an s-op as a Graphviz drawing, with each
 * step's value on the input, like RASP's {@code draw(sop, input);}.
 */
@Command(name = "draw", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Draw the computation flow of the s-op NAME defined in FILE.",
                "Writes NAME.dot (Graphviz), and NAME.svg when Graphviz's dot is installed."})
public final class DrawCommand implements Callable<Integer> {
    private final RaspcCommand root;

    @Parameters(index = "0", paramLabel = "FILE", description = "The RASP program defining NAME.")
    private Path file;

    @Parameters(index = "1", paramLabel = "NAME", description = "The s-op to draw.")
    private String name;

    @Option(names = "--input", paramLabel = "S",
            description = "The input shown in the drawing (default: the file's running example, \"hello\" "
                    + "unless it sets one).")
    private String input;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for NAME.dot / NAME.svg (default: the "
            + "current folder).")
    private Path out;

    public DrawCommand(RaspcCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        Session session = ProgramFiles.loadSilently(root, file);
        Value value = session.get(name);
        if (value == null) {
            throw new UserError("draw: " + name + " is not defined in " + file);
        }
        if (!(value instanceof Value.SopVal sop)) {
            throw new UserError("draw: " + name + " is a " + Value.typeName(value) + ", not an s-op");
        }
        Input shown = input == null ? Inputs.of(session.sequenceExample()) : Input.of(input);
        Path dir = out == null ? root.io().workingDir() : root.io().resolve(out);
        root.out().println(ResultPrinter.drawn(FlowDrawer.write(sop.node(), shown, dir)));
        root.out().flush();
        return ExitCode.OK;
    }
}
