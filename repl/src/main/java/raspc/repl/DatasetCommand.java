package raspc.repl;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import raspc.compiler.dataset.DatasetWriter;
import raspc.runtime.WorkProgress;
import raspc.runtime.matrix.MatrixTrainOptions;
import raspc.runtime.progress.ConsoleWorkProgress;
import raspc.compiler.dataset.SampleJson;
import raspc.compiler.task.CompositionTask;
import raspc.compiler.task.CompositionJson;
import raspc.compiler.matrix.MaskedMatrix;
import raspc.compiler.task.LabelledTask;
import raspc.compiler.task.MatrixTask;
import raspc.compiler.task.ScratchpadJson;
import raspc.compiler.task.ScratchpadTask;
import raspc.runtime.boolfn.BooleanTrainOptions;
import raspc.compiler.task.Split;
import raspc.compiler.task.TaskOptions;

/** {@code raspc dataset TASK}: one split of a task as JSON Lines. */
@Command(name = "dataset", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Write one split of a task as JSON Lines.",
                "One sample per line: {\"input\":[...],\"target\":[...]} plus, for _with_attns tasks, " +
                "\"attention\":[{\"layer\":L,\"head\":H,\"rows\":[\"0101\",...]}] (rows are query positions, " +
                "characters key positions); compositions and matrix tasks have their own (docs/datasets.md). "
                + "Deterministic from (task, split, seed)."},
        footer = {"", "Examples:", "  raspc dataset reverse_26 --split valid --out reverse_valid.jsonl",
                "  raspc dataset sort_10_bos_with_attns --split test | head -3", "  raspc dataset parity_20 --size 1000",
                "  raspc dataset compose_random_50_step --size 1000 --out compose.jsonl",
                "  raspc dataset matrix_5_rank2_p30 --split test --size 64"})
public final class DatasetCommand implements Callable<Integer> {
    private final RaspcCommand root;

    @Parameters(index = "0", paramLabel = "TASK", description = "A task name (e.g. sort_26_with_attns) or a .rasp file.")
    private String task;

    @Mixin
    private FileTaskOption explicitTask;

    @Option(names = "--split", defaultValue = "train", paramLabel = "SPLIT", description = "train, valid or test (default: ${DEFAULT-VALUE}).")
    private String split;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here (atomically) instead of standard output.")
    private Path out;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the task's data (default: the task's own, 0; "
            + "for a matrix or scratchpad task train-matrix's or train-boolean's, 1).")
    private Long seed;

    @Option(names = "--size", paramLabel = "N", description = "Number of samples (default: the split's size; for a "
            + "matrix task train-matrix's --eval-matrices, 256).")
    private Integer size;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores); the output does not depend on it.")
    private Integer threads;

    public DatasetCommand(RaspcCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() throws IOException {
        Split s = parseSplit(split);
        OptionChecks.atLeast("--size", size, 1);
        int workers = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
        switch (TaskArgument.task(root, task, explicitTask.name(), sizeOptions(s))) {
            case LabelledTask t -> write(t.name(), s, t.size(s), workers, i -> SampleJson.toLine(t.sample(s, i)));
            // A composition's test split is valid-sized (its test setting is the generation
            // evaluation's documents per composition), so --size counts documents directly.
            case CompositionTask c -> write(c.name(), s, size != null ? size : c.size(s), workers,
                    i -> CompositionJson.jsonLine(c, c.document(s, i)));
            case MatrixTask m -> writeMatrices(m, s, workers);
            case ScratchpadTask p -> {
                long[] inputs = scratchpadInputs(p, s, seed, size);
                write(p.name(), s, inputs.length, workers, i -> ScratchpadJson.jsonLine(p, inputs[i]));
            }
        }
        return ExitCode.OK;
    }

    /**
     * A matrix task's split as train-matrix draws it from the same seed and number of matrices
     * (its valid and test splits; its training matrices are fresh every step, so the train split
     * here is one more fixed sample): the entries in row-major order, MASK where hidden, and every
     * entry's value token as the target.
     */
    private void writeMatrices(MatrixTask matrix, Split s, int workers) throws IOException {
        List<MaskedMatrix> matrices = matrices(matrix, s, seed, size);
        write(matrix.name(), s, matrices.size(), workers, i -> SampleJson.toLine(matrix.sample(matrices.get(i))));
    }

    /**
     * The split's matrices as train-matrix draws them for a run of {@code seed} with {@code count}
     * matrices per split (null: train-matrix's defaults); peep shows the same ones.
     */
    static List<MaskedMatrix> matrices(MatrixTask matrix, Split s, Long seed, Integer count) {
        MatrixTrainOptions options = new MatrixTrainOptions();
        if (seed != null) {
            options.seed(seed);
        }
        if (count != null) {
            options.evalMatrices(count);
        }
        return options.data(matrix).matrices(s.label());
    }

    /**
     * A scratchpad task's split inputs as train-boolean draws them for a run of {@code seed} with
     * {@code count} evaluation inputs (null: train-boolean's defaults, seed 1 and 4096; the
     * evaluation split holds every input when there are no more).
     */
    static long[] scratchpadInputs(ScratchpadTask task, Split s, Long seed, Integer count) {
        BooleanTrainOptions options = new BooleanTrainOptions();
        if (seed != null) {
            options.seed(seed);
        }
        if (count != null) {
            options.evalInputs(count);
        }
        try {
            return options.data(task).inputs(s.label());
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** Writes {@code count} lines to --out (atomically, with progress) or to standard output. */
    private void write(String name, Split s, int count, int workers, IntFunction<String> line) throws IOException {
        if (out != null) {
            Path target = root.io().resolve(out);
            WorkProgress progress = ConsoleWorkProgress.forStandardOutput();
            progress.begin("writing " + s.label() + " samples of " + name, count);
            try {
                DatasetWriter.writeLines(target, count, line, workers, progress::advance);
            } finally {
                progress.end();
            }
            root.err().println("wrote " + count + " " + s.label() + " samples of " + name + " to " + out);
            root.err().flush();
        } else {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            root.out().flush();
            DatasetWriter.writeLines(w, count, line, workers, n -> {});
            w.flush();
        }
    }

    private TaskOptions sizeOptions(Split s) {
        Integer train = s == Split.TRAIN ? size : null;
        Integer valid = s == Split.VALID ? size : null;
        Integer test = s == Split.TEST ? size : null;
        return new TaskOptions(seed, train, valid, test, null);
    }

    static Split parseSplit(String s) {
        try {
            return Split.parse(s);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }
}
