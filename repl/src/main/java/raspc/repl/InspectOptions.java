package raspc.repl;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import raspc.compiler.task.MatrixTask;
import raspc.runtime.WorkProgress;
import raspc.runtime.data.EncodedSample;
import raspc.runtime.engine.Devices;
import raspc.runtime.inspect.CompositionSteps;
import raspc.runtime.inspect.InspectedRun;
import raspc.runtime.inspect.RunData;
import raspc.runtime.inspect.InspectionReport;
import raspc.runtime.inspect.Picture;
import raspc.runtime.inspect.PictureFiles;
import raspc.runtime.progress.ConsoleWorkProgress;
import raspc.runtime.run.RunFolder;

/** What probe, ablate and patch share: the run, its task, the samples, the device and where the report goes. */
final class InspectOptions {
    @Parameters(index = "0", paramLabel = "RUN", description = "A run folder (of raspc train, train-boolean, train-matrix or train-compose; a scratchpad parity run of train-boolean).")
    private Path run;

    @Option(names = "--task", paramLabel = "TASK", description = "The task (name or .rasp file; default: the run's).")
    private String task;

    @Mixin
    private ReportOutput output;

    @Option(names = "--png", paramLabel = "DIR", description = "Also draw the report's pictures as PNG files into DIR (grids as heatmaps, embeddings as PCA scatters).")
    private Path png;

    @Mixin
    private EngineOptions engine;

    /** The --count of the commands that score the test split. */
    static final class SampleCount {
        @Option(names = "--count", defaultValue = "0", paramLabel = "N", description = "Test samples to use (default: the whole test split; a composition run: one evaluation document of each composition).")
        private int count;

        @Option(names = "--compositions", paramLabel = "SET",
                description = "A composition run: the evaluation documents of all, seen or unseen compositions (default: all).")
        private String compositions;

        List<EncodedSample> of(InspectedRun run) {
            return switch (run.data()) {
                case RunData.Compositions c -> run.compositionSamples(count,
                        CompositionSteps.Compositions.parse(compositions == null ? "all" : compositions));
                case RunData.Labelled l -> sequences(run);
                case RunData.Matrices m -> sequences(run);
                case RunData.Scratchpads p -> sequences(run);
            };
        }

        private List<EncodedSample> sequences(InspectedRun run) {
            if (compositions != null) {
                throw new UserError("--compositions chooses a composition run's documents; " + run.taskName()
                        + " is not a composition variant");
            }
            return run.testSamples(count);
        }

        /** How many test matrices to draw for a matrix run: --count, or train-matrix's default when it is 0. */
        int matrices() {
            return orElse(MATRIX_TEST_MATRICES);
        }

        /** --count, or {@code whole} when it is 0 (a matrix run's test matrices are drawn, not stored). */
        int orElse(int whole) {
            OptionChecks.atLeast("--count", count, 0);
            return count > 0 ? count : whole;
        }
    }

    /** As many test matrices as train-matrix evaluates on by default: a matrix run's test split when --count is 0. */
    static final int MATRIX_TEST_MATRICES = 256;

    /** Whether RUN was trained on a matrix-completion task. */
    boolean isMatrixRun(RaspcCommand root) {
        return MatrixTask.isMatrixName(RunFolder.open(RunTasks.runDir(root.io(), run)).readConfig().task());
    }

    /** As {@link #run(RaspcCommand, int, Function)} with a matrix run's default test split. */
    int run(RaspcCommand root, Function<InspectedRun, InspectionReport> inspection) {
        return run(root, MATRIX_TEST_MATRICES, inspection);
    }

    /**
     * Opens the run (its saved weights beside its task), makes the report, prints it and writes
     * --out. A matrix run's splits are drawn from its seed, {@code matrices} each.
     */
    int run(RaspcCommand root, int matrices, Function<InspectedRun, InspectionReport> inspection) {
        Path dir = RunTasks.runDir(root.io(), run);
        boolean matrix = isMatrixRun(root);
        if (matrix && task != null) {
            throw new UserError("a matrix run's task is the one it was trained on; --task is for sequence and Boolean runs");
        }
        RunFolder folder = RunFolder.open(dir);
        RunData data = matrix ? new RunData.Matrices(RunTasks.matrixOfRun(folder.readConfig(), matrices))
                : RunTasks.inspected(root, dir, task);
        try (InspectedRun opened = InspectedRun.open(folder, data, Devices.resolve(engine.start()), InspectedRun.SAVED)) {
            report(root, inspection.apply(opened));
        }
        return ExitCode.OK;
    }

    /** A progress bar on a terminal, none when the output is JSON (which must stay parseable). */
    WorkProgress progress() {
        return output.json() ? WorkProgress.NONE : ConsoleWorkProgress.forStandardOutput();
    }

    /** Prints the table (or the JSON) and writes the JSON to --out. */
    private void report(RaspcCommand root, InspectionReport report) {
        output.print(root, report.toText(), report.toJson());
        boolean json = output.json();
        if (png != null) {
            for (Picture picture : report.pictures()) {
                Path file = root.io().resolve(png).resolve(picture.name() + ".png");
                PictureFiles.write(picture, file);
                if (!json) {
                    root.out().println("wrote " + png.resolve(picture.name() + ".png"));
                }
            }
        }
        root.out().flush();
    }
}
