package raspc.repl;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import raspc.compiler.dataset.Sample;
import raspc.compiler.task.CompositionDocument;
import raspc.compiler.task.CompositionTask;
import raspc.compiler.task.LabelledTask;
import raspc.compiler.task.MatrixTask;
import raspc.compiler.task.ScratchpadTask;
import raspc.compiler.task.Split;
import raspc.compiler.task.TaskOptions;

/** {@code raspc peep TASK}: a few samples, printed as the original experiments' peep_lang did. */
@Command(name = "peep", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Print samples of a task.",
                "Each sample is its input, then its output, and (for _with_attns tasks and inputs shorter than " +
                "20) the 0/1 attention target of every planned head."},
        footer = {"", "Examples:", "  raspc peep reverse_26", "  raspc peep sort_10_bos_with_attns --start 0 --stop 3 --split valid",
                "  raspc peep matrix_7_rank2_p30 --stop 2", "  raspc peep compose_random_50_step --stop 2"})
public final class PeepCommand implements Callable<Integer> {
    private final RaspcCommand root;

    @Parameters(index = "0", paramLabel = "TASK", description = "A task name or a .rasp file.")
    private String task;

    @Mixin
    private FileTaskOption explicitTask;

    @Option(names = "--start", defaultValue = "0", paramLabel = "N", description = "First sample (default: ${DEFAULT-VALUE}).")
    private int start;

    @Option(names = "--stop", defaultValue = "10", paramLabel = "M", description = "One past the last sample (default: ${DEFAULT-VALUE}).")
    private int stop;

    @Option(names = "--split", defaultValue = "train", paramLabel = "SPLIT", description = "train, valid or test (default: ${DEFAULT-VALUE}).")
    private String split;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the task's data (default: the task's own).")
    private Long seed;

    public PeepCommand(RaspcCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        Split s = DatasetCommand.parseSplit(split);
        if (start < 0 || stop < start) {
            throw new UserError("--start and --stop must satisfy 0 <= start <= stop, got " + start + " and " + stop);
        }
        return switch (TaskArgument.task(root, task, explicitTask.name(), TaskOptions.NONE.withSeed(seed))) {
            case LabelledTask t -> peep(t, s);
            case CompositionTask c -> peep(c, s);
            case MatrixTask m -> peep(m, s);
            case ScratchpadTask p -> {
                long[] inputs = DatasetCommand.scratchpadInputs(p, s, seed, null);
                yield print(ScratchpadPeep.format(p, java.util.Arrays.copyOfRange(inputs, Math.min(start, inputs.length),
                        Math.min(stop, inputs.length))));
            }
        };
    }

    private int peep(LabelledTask t, Split s) {
        int end = Math.min(stop, t.size(s));
        List<Sample> samples = new ArrayList<>();
        for (int i = start; i < end; i++) {
            Interruption.check();
            samples.add(t.sample(s, i));
        }
        return print(PeepFormat.format(samples));
    }

    /** The split's matrices as train-matrix draws them for a run of this seed. */
    private int peep(MatrixTask m, Split s) {
        var matrices = DatasetCommand.matrices(m, s, seed, Math.max(1, stop));
        return print(MatrixPeep.format(matrices.subList(start, stop), start));
    }

    /** A composition's documents: composition, prompt, target and ids. */
    private int peep(CompositionTask t, Split s) {
        List<CompositionDocument> docs = new ArrayList<>();
        for (int i = start; i < Math.min(stop, t.size(s)); i++) {
            docs.add(t.document(s, i));
        }
        return print(CompositionPeep.format(t, docs));
    }

    private int print(String text) {
        root.out().print(text);
        root.out().flush();
        return ExitCode.OK;
    }
}
