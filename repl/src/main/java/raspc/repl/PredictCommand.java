package raspc.repl;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import raspc.runtime.RuntimeUserException;
import raspc.runtime.export.RunPredictor;

/** {@code raspc predict RUN INPUT...}: a run's predictions as JSON Lines. */
@Command(name = "predict", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Print a run's predictions on the inputs, one JSON object per line:",
                "{\"input\":[...],\"output\":[...]} for per-position tasks, \"output\":\"1\" for a readout "
                        + "(Boolean functions), the generated tokens for a decoder (composition runs: the input is "
                        + "a prompt, continued greedily), the nearest value token of every entry for a matrix run "
                        + "(the input: the n*n entries, value tokens and MASK); --logits adds the logits (per position "
                        + "a row; a regression's value; a matrix run's real values; per generated token its row). "
                        + "An input is a JSON array of tokens or text with one token per character; BOS is added "
                        + "for _bos tasks and its position left out. An input that fails gives {\"input\":...,\"error\":...} "
                        + "and the others go on (exit 1 at the end)."},
        footer = {"", "Examples:", "  raspc predict runs/reverse_10/20261122-101500-1 abc hhgbe",
                "  raspc predict runs/parity_8/a 01101001 --logits", "  raspc predict runs/sort_26/a '[\"a\",\"b\"]'",
                "  raspc predict runs/compose_random_10_direct/a '[\"S\",\"T0_0\",\"T1_1\",\"T2_3\",\"T3_0\",\"T4_2\",\" \",\"X1\",\"X7\",\"X2\",\"X8\",\"X1\",\"X8\",\" \"]' --generate 6",
                "  raspc predict runs/matrix_3_rank1_p30/a '[\"0.50\",\"MASK\",\"-0.20\",\"0.10\",\"0.00\",\"MASK\",\"0.30\",\"0.40\",\"MASK\"]'"})
public final class PredictCommand implements Callable<Integer> {
    private final RaspcCommand root;

    @Parameters(index = "0", paramLabel = "RUN", description = "A run folder (of train, train-boolean, train-compose or train-matrix).")
    private Path run;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "INPUT", description = "Inputs, without BOS.")
    private List<String> inputs;

    @Option(names = "--logits", description = "Also print the logits.")
    private boolean logits;

    @Option(names = "--generate", paramLabel = "N", description = "Decoder runs: tokens to generate after each prompt "
            + "(default: up to one more than the longest training input, a whole document).")
    private Integer generate;

    @Mixin
    private EngineOptions engine;

    public PredictCommand(RaspcCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        Path dir = RunTasks.runDir(root.io(), run);
        int code = ExitCode.OK;
        try (RunPredictor predictor = RunPredictor.open(dir, engine.start(), generate)) {
            for (String input : inputs) {
                try {
                    root.out().println(predictor.predictLine(input, logits));
                } catch (RuntimeUserException e) {
                    root.out().println(RunPredictor.errorLine(input, e.getMessage()));
                    code = ExitCode.USER_ERROR;
                }
            }
        }
        root.out().flush();
        return code;
    }
}
