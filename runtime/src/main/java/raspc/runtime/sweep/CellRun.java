package raspc.runtime.sweep;

import ai.djl.Device;
import java.io.IOException;
import java.nio.file.Path;
import raspc.compiler.bool.BooleanFunction;
import raspc.compiler.task.CompositionTask;
import raspc.compiler.task.LabelledTask;
import raspc.compiler.task.PromptFormat;
import raspc.compiler.task.ScratchpadTask;
import raspc.runtime.RuntimeUserException;
import raspc.runtime.analysis.AnalysisReport;
import raspc.runtime.analysis.Analyzer;
import raspc.runtime.analysis.ScratchpadAnalysis;
import raspc.runtime.boolfn.BooleanTrainOptions;
import raspc.runtime.compose.CompositionData;
import raspc.runtime.compose.CompositionRecipe;
import raspc.runtime.compose.CompositionTraining;
import raspc.runtime.draw.RunCurves;
import raspc.runtime.data.EncodedTaskData;
import raspc.runtime.engine.DeviceChoice;
import raspc.runtime.eval.Report;
import raspc.runtime.run.Json;
import raspc.runtime.run.RunFolder;
import raspc.runtime.run.TaskRecord;
import raspc.runtime.train.TrainResult;
import raspc.runtime.train.TrainingListener;
import raspc.runtime.train.TrainingSession;

/**
 * A cell with its task resolved, ready to train into its folder by the ordinary training path
 * of its kind (the code the kind's train command runs) and to make its row.
 */
sealed interface CellRun permits CellRun.BooleanRun, CellRun.ScratchpadRun, CellRun.CompositionRun, CellRun.SequenceRun {
    SweepCell cell();

    /** Trains into {@code dir} (the run folder) and returns the row; the caller writes row.json. */
    CellRow train(SweepSpec spec, Path dir, Device device);

    /** A Boolean cell: {@code train-boolean}'s options, then {@code analyze}. */
    record BooleanRun(BooleanCell cell, BooleanFunction function) implements CellRun {
        @Override
        public CellRow train(SweepSpec spec, Path dir, Device device) {
            BooleanTrainOptions options = cell.options();
            TrainResult trained = TrainingSession.train(options.data(function), options.trainOptions(choice(device))
                    .runDir(dir).handleCtrlC(false), TrainingListener.SILENT);
            RunFolder folder = RunFolder.open(trained.runDir());
            AnalysisReport a = Analyzer.analyze(folder, function, spec.analysis(), device);
            Report result = trained.report();
            return new SweepRow(cell.id(), cell.group(), cell.function(), cell.task(), cell.n(), cell.seed(),
                    cell.settings(), result.convergedStep() > 0, (int) result.convergedStep(), (int) result.steps(),
                    result.splits().get("valid").loss(), result.splits().get("valid").tokenAccuracy(), result.trainingSeconds(),
                    a.targetSensitivity(), a.modelSensitivity().averageSensitivity(),
                    a.modelSensitivity().realAverageSensitivity(), a.sharpness().sharpness(), a.sharpness().standardError(),
                    a.sharpnessX4(), a.layerNormBlowup().blowup(), a.parameterNorm(), a.seconds());
        }
    }

    /**
     * A Boolean cell of a scratchpad parity task: {@code train-boolean}'s options on the decoder,
     * then the decoder's analysis (sharpness and norm; no sensitivity or blowup, NaN in the row).
     */
    record ScratchpadRun(BooleanCell cell, ScratchpadTask task) implements CellRun {
        @Override
        public CellRow train(SweepSpec spec, Path dir, Device device) {
            BooleanTrainOptions options = cell.options();
            TrainResult trained = TrainingSession.train(options.data(task), options.decoderOptions(choice(device))
                    .runDir(dir).handleCtrlC(false).taskRecord(options.taskRecord(task)), TrainingListener.SILENT);
            RunCurves.write(trained.runDir());
            ScratchpadAnalysis a = ScratchpadAnalysis.analyze(RunFolder.open(trained.runDir()), task, spec.analysis(), device);
            Report result = trained.report();
            return new SweepRow(cell.id(), cell.group(), cell.function(), cell.task(), cell.n(), cell.seed(),
                    cell.settings(), a.converged(), (int) a.convergedStep(), (int) a.stepsRun(), a.finalEvalLoss(),
                    a.finalAccuracy(), result.trainingSeconds(), task.n(), Double.NaN, Double.NaN, a.sharpness().sharpness(),
                    a.sharpness().standardError(), a.sharpnessX4(), Double.NaN, a.parameterNorm(), a.seconds());
        }
    }

    /**
     * A composition cell: {@code train-compose}'s recipe and data, its row from the run's
     * report.json. {@code program}: the file the task came from, for the run's task record (null:
     * a languages folder).
     */
    record CompositionRun(CompositionCell cell, CompositionTask task, Path program) implements CellRun {
        @Override
        public CellRow train(SweepSpec spec, Path dir, Device device) {
            CompositionRecipe recipe = cell.recipe();
            TrainResult trained = TrainingSession.train(new CompositionData(task), recipe.options(task)
                    .device(choice(device)).runDir(dir).handleCtrlC(false)
                    .taskRecord(recipe.taskRecord(task, program == null ? null : program.toString())), TrainingListener.SILENT);
            RunCurves.write(trained.runDir());
            Report report = readReport(trained.runDir());
            String model = recipe.model().name().toLowerCase(java.util.Locale.ROOT);
            String format = task.format() == PromptFormat.STEP_BY_STEP ? "step_by_step" : "direct";
            String group = format + (recipe.model() == CompositionTraining.Model.GPT ? "" : " " + model)
                    + cell.varyingText().replaceAll(" model=[a-z]+", "");
            return CompositionRow.of(cell.id(), group, task.name(), format, task.strategy().namePart(), model,
                    cell.seed(), cell.settings(), report);
        }
    }

    /**
     * A sequence-task cell: {@code train}'s options and data (the plan's shape unless the cell
     * sets one), its row from the run's report.json.
     */
    record SequenceRun(SequenceCell cell, LabelledTask task, Path program) implements CellRun {
        @Override
        public CellRow train(SweepSpec spec, Path dir, Device device) {
            EncodedTaskData data = new EncodedTaskData(task);
            TrainResult trained = TrainingSession.train(data, cell.options(data.plannedLayers(), data.plannedHeads())
                    .device(choice(device)).runDir(dir).handleCtrlC(false)
                    .taskRecord(TaskRecord.of(task.name(), program == null ? null : program.toString(), cell.data())),
                    TrainingListener.SILENT);
            RunCurves.write(trained.runDir());
            String group = task.name() + cell.varyingText().replaceAll(" (layers|heads)=[^ ]+", "");
            return SequenceRow.of(cell.id(), group, task.name(), cell.seed(), cell.settings(), data.plannedLayers(),
                    data.plannedHeads(), data.supervisedHeads().size(), readReport(trained.runDir()));
        }
    }

    static Report readReport(Path runDir) {
        Path file = runDir.resolve(RunFolder.REPORT);
        try {
            return Json.mapper().readValue(file.toFile(), Report.class);
        } catch (IOException e) {
            throw new RuntimeUserException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static DeviceChoice choice(Device device) {
        return device.isGpu() ? DeviceChoice.GPU : DeviceChoice.CPU;
    }
}
