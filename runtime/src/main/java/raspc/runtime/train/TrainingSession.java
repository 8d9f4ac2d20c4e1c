package raspc.runtime.train;

import ai.djl.Device;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import raspc.runtime.Counts;
import raspc.runtime.RuntimeUserException;
import raspc.runtime.data.HeadId;
import raspc.runtime.data.EncodedSample;
import raspc.runtime.data.TaskData;
import raspc.runtime.engine.DeviceChoice;
import raspc.runtime.engine.Devices;
import raspc.runtime.engine.MatmulPrecision;
import raspc.runtime.engine.TorchEngine;
import raspc.runtime.eval.Report;
import raspc.runtime.eval.ReportBuilder;
import raspc.runtime.eval.ReportFormatter;
import raspc.runtime.eval.TrainedModel;
import raspc.runtime.model.ModelConfig;
import raspc.runtime.run.Checkpoint;
import raspc.runtime.run.EpochMetrics;
import raspc.runtime.run.RunConfig;
import raspc.runtime.run.OptimizerRecipe;
import raspc.runtime.run.RunFolder;
import raspc.runtime.run.StepBudget;
import raspc.runtime.run.TaskRecord;
import raspc.runtime.run.TrainConfig;
import raspc.runtime.run.TrainingState;

/**
 * Train a model on a task, or resume a run, and write the run folder: config.json first, then
 * per epoch model.params (when best), resume.ckpt, metrics.jsonl and log.txt, and at the end
 * report.json for the best checkpoint. Ctrl+C (when handled) ends training at the next batch
 * boundary and still writes the report.
 */
public final class TrainingSession {
    private TrainingSession() {}

    public static TrainResult train(TaskData task, TrainOptions options, TrainingListener listener) {
        ModelConfig model;
        TrainConfig train;
        try {
            model = options.modelConfig(task);
            train = options.trainConfig(task);
        } catch (IllegalArgumentException e) {
            throw new RuntimeUserException(e.getMessage(), e);
        }
        checkHeads(task.supervisedHeads(), model);
        List<EncodedSample> trainSplit = nonEmptySplit(task, "train");
        List<EncodedSample> validSplit = nonEmptySplit(task, "valid");
        Device device = Devices.resolve(options.device());

        RunFolder folder = options.runDir() != null ? RunFolder.at(options.runDir())
                : RunFolder.create(options.runsRoot(), task.name(), options.runId(), train.seed());
        RunConfig config = new RunConfig(RunConfig.FORMAT_VERSION, task.name(), folder.runId(), task.inputVocab(),
                task.outputVocab(), task.padId(), task.hasBos(), task.maxLength(), task.supervisedHeads(), model, train,
                Devices.name(device), OffsetDateTime.now().toString());
        folder.writeConfig(config);
        if (options.taskRecord() != null) {
            folder.writeTaskRecord(options.taskRecord());
        }
        // the model draws its parameters with the training seed; dropout draws continue from there
        try (TrainedModel trained = TrainedModel.create(config, device)) {
            RunLog log = new RunLog(folder, "");
            log.line(header(config, trained));
            AdamOptimizer optimizer = AdamOptimizer.of(trained, train);
            // the best checkpoint until an epoch beats it: a run stopped in its first epoch keeps
            // (and reports) its initial parameters, not half an epoch of updates
            folder.writeModel(trained.model());
            return runAndReport(trained, task, folder, log, optimizer, TrainingState.initial(), List.of(), trainSplit,
                    validSplit, options.stopRequest(), options.handleCtrlC(), options.lengthGeneralisationSamples(),
                    RoundRecording.of(options, task), listener);
        }
    }

    /**
     * Continues a run from its resume checkpoint.
     *
     * @param epochs new total number of epochs, or null to keep the configured one
     */
    public static TrainResult resume(Path runDir, TaskData task, DeviceChoice deviceChoice, Integer epochs,
            boolean handleCtrlC, int lengthGeneralisationSamples, TrainingListener listener) {
        RunFolder folder = RunFolder.open(runDir);
        RunConfig config = folder.readConfig();
        if (config.train().stepBudget() != null) {
            requireStepBudgetResumable(folder, runDir, epochs, task);
        }
        folder.requireTrainedOn(config, task);
        if (epochs != null) {
            config = config.withTrain(config.train().withEpochs(epochs));
        }
        Device device = Devices.resolve(deviceChoice);
        config = config.withDevice(Devices.name(device));
        List<EncodedSample> trainSplit = nonEmptySplit(task, "train");
        List<EncodedSample> validSplit = nonEmptySplit(task, "valid");
        try (TrainedModel trained = TrainedModel.create(config, device)) {
            Checkpoint.Restored restored = Checkpoint.read(folder, trained)
                    .orElseThrow(() -> new RuntimeUserException(runDir + " cannot be resumed: " + RunFolder.CHECKPOINT
                            + " is missing (the run stopped before its first epoch ended); start a new run instead"));
            TrainConfig train = config.train();
            AdamOptimizer optimizer = AdamOptimizer.of(trained, train);
            try {
                optimizer.restore(restored.moments(), restored.state().step());
            } catch (RuntimeException e) {
                throw new RuntimeUserException(RunFolder.CHECKPOINT + " in run folder " + runDir
                        + " is corrupt: " + e.getMessage(), e);
            }
            TrainingState state = restored.state();
            if (state.finished() && epochs != null && config.train().rounds() > state.epochsDone()) {
                state = state.reopened();
            }
            folder.writeConfig(config);
            List<EpochMetrics> metrics = folder.readMetrics();
            metrics = metrics.subList(0, Math.min(metrics.size(), state.epochsDone()));
            // dropout draws differ from an uninterrupted run; batch order does not (it depends on the epoch)
            TorchEngine.seed(train.seed() + state.epochsDone());
            RunLog log = new RunLog(folder, folder.readLog());
            log.line("resumed after epoch " + state.epochsDone() + " on " + config.device());
            if (state.finished()) {
                log.line("training had already finished; evaluating again");
            }
            return runAndReport(trained, task, folder, log, optimizer, state, metrics, trainSplit, validSplit,
                    new StopRequest(), handleCtrlC, lengthGeneralisationSamples, RoundRecording.resumed(metrics), listener);
        }
    }

    /**
     * A step-budget run resumes on its budget; one that drew fresh samples (a Boolean function)
     * needs its sample source recorded, one on fixed splits (a composition study) is rebuilt
     * from its data settings like any other task.
     */
    private static void requireStepBudgetResumable(RunFolder folder, Path runDir, Integer epochs, TaskData task) {
        if (epochs != null) {
            throw new RuntimeUserException(runDir + " was trained on a step budget, which resume continues; epochs"
                    + " do not apply to it");
        }
        if (task.online().isPresent() && folder.readTaskRecord().map(TaskRecord::online).isEmpty()) {
            throw new RuntimeUserException(runDir + " was trained on a step budget, but its " + RunFolder.TASK_RECORD
                    + " does not record the sample source (a run from an older raspc); train it again");
        }
    }

    private static TrainResult runAndReport(TrainedModel trained, TaskData task, RunFolder folder, RunLog log,
            AdamOptimizer optimizer, TrainingState state, List<EpochMetrics> metrics, List<EncodedSample> trainSplit,
            List<EncodedSample> validSplit, StopRequest stopRequest, boolean handleCtrlC, int lengthGeneralisationSamples,
            RoundRecording recording, TrainingListener listener) {
        RunConfig config = trained.config();
        listener.onStart(config.task(), config.runId(), folder.dir(), config.device(), state.epochsDone() + 1,
                config.train().epochs());
        log.flush();
        long began = System.nanoTime();
        Trainer.Outcome outcome;
        try (StopRequest stop = handleCtrlC ? stopRequest.alsoOnCtrlC(listener::onMessage) : stopRequest) {
            if (state.finished()) {
                outcome = new Trainer.Outcome(state, "already finished", false);
            } else {
                outcome = new Trainer(trained, folder, log, listener, optimizer, metrics, recording, ShardPlan.of(trained))
                        .run(state, trainSplit, validSplit, task.online(), stop);
            }
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        // the report describes the weights saved in model.params, not the ones left in memory
        folder.readModel(trained);
        Report report = ReportBuilder.build(trained, task, new ReportBuilder.RunFacts(config.device(), outcome.interrupted(),
                outcome.stopReason(), outcome.state().epochsDone(), outcome.state().bestEpoch(), seconds,
                outcome.state().step(), bestStep(config.train(), outcome.state()), outcome.state().convergedStep()),
                lengthGeneralisationSamples, listener.evaluationProgress(), folder);
        folder.writeReport(report);
        log.line("stopped: " + outcome.stopReason());
        log.line(ReportFormatter.summary(report));
        log.flush();
        return new TrainResult(folder.dir(), report);
    }

    /** With a step budget, the step the best round ended at; 0 otherwise. */
    private static long bestStep(TrainConfig train, TrainingState state) {
        StepBudget steps = train.stepBudget();
        return steps == null ? 0 : Math.min((long) state.bestEpoch() * steps.evalEvery(), steps.steps());
    }

    /** The blocks of the model, for the log's header (an LSTM has neither heads nor positions nor norms). */
    private static String shape(ModelConfig m) {
        return m.architecture().attends()
                ? Counts.of(m.layers(), "layer") + ", " + Counts.of(m.heads(), "head") + ", d=" + m.dim() + ", ff=" + m.ff() + ", "
                        + m.positions().name().toLowerCase() + " positions, " + m.norm().name().toLowerCase() + "-LN, "
                : "LSTM of " + Counts.of(m.layers(), "layer") + ", d=" + m.dim() + ", ";
    }

    private static String header(RunConfig config, TrainedModel trained) {
        ModelConfig m = config.model();
        TrainConfig t = config.train();
        return "task " + config.task() + "  run " + config.runId() + "  device " + config.device() + "\n"
                + "model: " + shape(m) + trained.parameterCount() + " parameters\n"
                + "training: " + t.optimizer().name().toLowerCase() + " lr " + t.learningRate() + schedule(t)
                + ", batch " + (t.batchTokens() > 0 ? "up to " + t.batchTokens() + " tokens" : t.batchSize()) + ", "
                + budget(t) + ", attention weight " + t.attnWeight()
                + ", seed " + t.seed() + "\n"
                + "numerics: MKL_CBWR=" + System.getenv().getOrDefault("MKL_CBWR", "unset")
                + " (AUTO: identical same-seed runs on this CPU; COMPATIBLE: on every x86 CPU); matmuls "
                + (MatmulPrecision.current() == MatmulPrecision.BF16 ? "bf16 inputs, float32 accumulation" : "float32")
                + "; " + TorchEngine.intraOpThreads() + " intra-op thread(s), " + ShardPlan.of(trained).describe();
    }

    private static String schedule(TrainConfig t) {
        OptimizerRecipe r = t.recipe();
        return r == null ? " x" + t.lrDecay() + "/epoch"
                : " (warm-up " + r.warmupSteps() + " steps, cosine to " + r.minLearningRate() + "), beta2 " + r.beta2()
                        + ", weight decay " + t.weightDecay() + (r.decayMatricesOnly() ? " on matrices" : "")
                        + (r.clipNorm() > 0 ? ", gradient norm clipped at " + r.clipNorm() : "");
    }

    private static String budget(TrainConfig t) {
        return t.stepBudget() != null ? Counts.of(t.stepBudget().steps(), "step") : Counts.of(t.epochs(), "epoch");
    }

    static void checkHeads(List<HeadId> heads, ModelConfig model) {
        for (HeadId head : heads) {
            if (head.layer() >= model.layers() || head.head() >= model.heads()) {
                throw new RuntimeUserException("the task supervises " + head + " but the model has " + model.layers()
                        + " layers of " + Counts.of(model.heads(), "head") + "; use at least "
                        + Counts.of(head.layer() + 1, "layer") + " and " + Counts.of(head.head() + 1, "head")
                        + ", or train without attention supervision");
            }
        }
    }

    private static List<EncodedSample> nonEmptySplit(TaskData task, String split) {
        List<EncodedSample> samples = task.split(split);
        if (samples.isEmpty()) {
            throw new RuntimeUserException("task " + task.name() + " has no " + split + " samples");
        }
        return samples;
    }
}
