package raspc.repl;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import raspc.compiler.MachineEval;
import raspc.compiler.Session;

/**
 * {@code raspc eval FILE NAME INPUT...}: the stable machine interface. Loads the file silently,
 * then prints one JSON object per input with the value of NAME on it.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Load FILE silently and print NAME's value on each INPUT as one JSON object per line.",
        footer = {"", "Example:", "  raspc eval examples/reverse.rasp reverse hello",
                "  {\"input\":\"hello\",\"output\":[\"o\",\"l\",\"l\",\"e\",\"h\"],\"type\":\"strings\"}"})
public final class EvalCommand implements Callable<Integer> {
    private final RaspcCommand root;

    @Parameters(index = "0", paramLabel = "FILE", description = "The RASP program defining NAME.")
    private Path file;

    @Parameters(index = "1", paramLabel = "NAME", description = "The s-op (or other value) to evaluate.")
    private String name;

    @Parameters(index = "2..*", arity = "1..*", paramLabel = "INPUT",
            description = "Input sequences: each string is one input, its characters (code points) the tokens; "
                    + "a JSON array such as '[1,2,3]' or '[\"X1\",\"X2\"]' gives the tokens one by one.")
    private List<String> inputs;

    public EvalCommand(RaspcCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        Session session = ProgramFiles.loadSilently(root.io(), file);
        for (String line : MachineEval.evalLines(session, name, inputs)) {
            root.out().println(line);
        }
        root.out().flush();
        return ExitCode.OK;
    }
}
