package raspc.repl;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import raspc.compiler.InputText;
import raspc.compiler.MachineEval;
import raspc.compiler.Session;
import raspc.compiler.value.Value;
import raspc.compiler.error.RaspError;

/**
 * {@code raspc eval FILE NAME INPUT...}: the stable machine interface. Loads the file silently,
 * then prints one JSON object per input with the value of NAME on it, or the error of that
 * input; the exit code is 1 when any input failed.
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

    @Option(names = "--example", paramLabel = "EXAMPLE",
            description = "The running example, set before FILE runs (as 'set example' would): a string, or a "
                    + "JSON array for int, float or bool tokens, e.g. '[1,2,3]'. Every s-op FILE defines is tried "
                    + "on it, so a program for int tokens needs one. Default: hello.")
    private String example;

    public EvalCommand(RaspcCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        Value runningExample = example == null ? null : exampleValue(example);
        Session session = ProgramFiles.loadSilently(root.io(), file, runningExample, root.err());
        PrintWriter out = root.out();
        // print, not println: the writer flushes on every println, which cost more than an evaluation
        String end = System.lineSeparator();
        int failed = MachineEval.eval(session, name, inputs, line -> out.print(line + end));
        out.flush();
        return failed == 0 ? ExitCode.OK : ExitCode.USER_ERROR;
    }

    private static Value exampleValue(String text) {
        try {
            return InputText.value(text);
        } catch (RaspError e) {
            throw new UserError("--example: " + e.getMessage());
        }
    }
}
