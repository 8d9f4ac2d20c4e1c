package raspc.runtime.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import raspc.runtime.data.Batcher;
import raspc.runtime.data.EncodedSample;
import raspc.runtime.data.SampleStream;
import raspc.runtime.eval.Evaluator;
import raspc.runtime.eval.ReportLines;
import raspc.runtime.eval.SplitMetrics;
import raspc.runtime.eval.TrainedModel;
import raspc.runtime.model.Objective;
import raspc.runtime.model.TaskLoss;
import raspc.runtime.run.Checkpoint;
import raspc.runtime.run.EpochMetrics;
import raspc.runtime.run.GenerationFigures;
import raspc.runtime.run.RunFolder;
import raspc.runtime.run.StepBudget;
import raspc.runtime.run.StepLoss;
import raspc.runtime.run.TrainConfig;
import raspc.runtime.run.TrainingState;

/**
 * The epoch loop: trains, validates, keeps the best-validation-loss parameters in model.params,
 * restores them after {@code patience} epochs without improvement, stops after
 * {@code perfectEpochs} consecutive epochs at validation accuracy 1.0, and writes a resume
 * checkpoint, metrics.jsonl and log.txt after every epoch.
 */
final class Trainer {
    private final TrainedModel trained;
    private final TrainConfig config;
    private final RunFolder folder;
    private final RunLog log;
    private final TrainingListener listener;
    private final AdamOptimizer optimizer;
    private final Evaluator evaluator;
    private final List<EpochMetrics> metrics;
    private final RoundRecording recording;
    private final ShardPlan shards;

    Trainer(TrainedModel trained, RunFolder folder, RunLog log, TrainingListener listener, AdamOptimizer optimizer,
            List<EpochMetrics> metricsSoFar, RoundRecording recording, ShardPlan shards) {
        this.recording = recording;
        this.shards = shards;
        this.trained = trained;
        this.config = trained.config().train();
        this.folder = folder;
        this.log = log;
        this.listener = listener;
        this.optimizer = optimizer;
        this.evaluator = trained.evaluator();
        this.metrics = new ArrayList<>(metricsSoFar);
    }

    /** Why the loop ended, and the state at its end. */
    record Outcome(TrainingState state, String stopReason, boolean interrupted) {}

    Outcome run(TrainingState start, List<EncodedSample> train, List<EncodedSample> valid, Optional<SampleStream> online,
            StopRequest stop) {
        try (BatchStep step = shards.step(trained, optimizer)) {
            return run(step, start, train, valid, online, stop);
        }
    }

    private Outcome run(BatchStep step, TrainingState start, List<EncodedSample> train, List<EncodedSample> valid,
            Optional<SampleStream> online, StopRequest stop) {
        TrainingState state = start;
        int rounds = config.rounds();
        StepBudget steps = config.stepBudget();
        while (state.epochsDone() < rounds) {
            int epoch = state.epochsDone();
            long began = System.nanoTime();
            EpochFigures figures = trainEpoch(step, epoch, batches(epoch, train, online), stop);
            if (figures == null) {
                log.line("interrupted during " + roundName(epoch) + "; its updates are discarded: the report describes "
                        + (state.bestEpoch() == 0 ? "the initial parameters" : "the best checkpoint, " + roundName(
                                state.bestEpoch() - 1)));
                return new Outcome(state, "interrupted", true);
            }
            SplitMetrics validation = evaluator.metrics(valid);
            GenerationFigures generated = recording.generation().map(g -> g.measure(trained)).orElse(null);
            double seconds = (System.nanoTime() - began) / 1e9;
            long convergedStep = state.convergedStep() == 0 && converged(validation, train, online) ? optimizer.step()
                    : state.convergedStep();
            // The first converged round's weights are kept even when the validation loss is worse than
            // an earlier round's: on fixed training inputs fitting them can raise the loss on all
            // inputs, and the run's model is the one that fits (the criterion it stopped on).
            boolean improved = validation.loss() < state.bestValidLoss()
                    || convergedStep > 0 && convergedStep == optimizer.step() && state.convergedStep() == 0;
            EpochMetrics m = new EpochMetrics(epoch + 1, figures.loss, figures.attention, figures.tokenAccuracy,
                    figures.sequenceAccuracy, validation.loss(), validation.tokenAccuracy(), validation.sequenceAccuracy(),
                    config.learningRateAt(epoch), seconds, figures.samples / figures.trainSeconds, improved,
                    optimizer.step(), generated, figures.stepLosses);
            metrics.add(m);
            if (improved) {
                folder.writeModel(trained.model());
            }
            if (recording.snapshots()) {
                folder.writeSnapshot(optimizer.step(), trained.model());
            }
            boolean perfect = validation.tokenAccuracy() >= 1.0 && validation.sequenceAccuracy() >= 1.0;
            state = new TrainingState(epoch + 1, optimizer.step(),
                    improved ? validation.loss() : state.bestValidLoss(), improved ? epoch + 1 : state.bestEpoch(),
                    improved ? 0 : state.sinceImprovement() + 1, perfect ? state.perfectStreak() + 1 : 0, false,
                    convergedStep);
            String line = ReportLines.round(m, config);
            log.line(line);
            listener.onEpoch(m, line);

            String reason = null;
            if (steps != null && convergedStep > 0 && convergedStep == optimizer.step() && steps.stopAtConvergence()) {
                reason = "converged at step " + convergedStep;
            } else if (steps == null && state.perfectStreak() >= config.perfectEpochs()) {
                reason = "validation accuracy 1.0 for " + config.perfectEpochs() + " epochs";
            } else if (state.epochsDone() >= rounds) {
                reason = steps != null ? "completed " + steps.steps() + " steps" : "completed " + config.epochs() + " epochs";
            }
            if (reason == null && state.sinceImprovement() >= config.patience()) {
                restoreBest(state);
                state = state.withSinceImprovement(0);
            }
            if (reason != null) {
                state = state.finishedNow();
            }
            Checkpoint.write(folder, state, trained.model(), optimizer.encodeMoments());
            folder.writeMetrics(metrics);
            log.flush();
            if (reason != null) {
                return new Outcome(state, reason, false);
            }
            if (stop.requested()) { // asked between the last batch and here
                return new Outcome(state, "interrupted", true);
            }
        }
        return new Outcome(state, state.finished() ? "already finished" : "completed " + config.epochs() + " epochs", false);
    }

    /**
     * The batches of round {@code epoch}: a shuffled pass over the training split (bucketed by
     * length), or with a step budget one batch per step, drawn fresh from the task's stream or
     * with replacement from its training split. Each depends on (seed, round) only, so a resumed
     * run sees what an uninterrupted one would have.
     */
    private List<List<EncodedSample>> batches(int epoch, List<EncodedSample> train, Optional<SampleStream> online) {
        StepBudget steps = config.stepBudget();
        if (steps == null) {
            return Batcher.trainingBatches(train, config.batchSize(), config.batchTokens(), config.seed(), epoch);
        }
        SplittableRandom random = new SplittableRandom(config.seed() * 1_000_003L + epoch);
        List<List<EncodedSample>> out = new ArrayList<>();
        for (int s = 0; s < steps.stepsIn(epoch); s++) {
            if (online.isPresent()) {
                out.add(online.get().draw(config.batchSize(), random));
            } else if (train.size() <= config.batchSize()) {
                out.add(train); // full-batch training on a small fixed set
            } else {
                List<EncodedSample> batch = new ArrayList<>(config.batchSize());
                for (int i = 0; i < config.batchSize(); i++) {
                    batch.add(train.get(random.nextInt(train.size())));
                }
                out.add(batch);
            }
        }
        return out;
    }

    /**
     * Whether a step budget's convergence threshold is met: on the validation loss when every
     * step sees fresh data, else on the loss over the fixed training inputs.
     */
    private boolean converged(SplitMetrics validation, List<EncodedSample> train, Optional<SampleStream> online) {
        StepBudget steps = config.stepBudget();
        if (steps == null || steps.convergenceLoss() <= 0) {
            return false;
        }
        double loss = online.isPresent() ? validation.loss() : evaluator.metrics(train).loss();
        return loss < steps.convergenceLoss();
    }

    private String roundName(int epoch) {
        return config.stepBudget() == null ? "epoch " + (epoch + 1)
                : "steps " + (epoch * config.stepBudget().evalEvery() + 1) + ".."
                        + Math.min(config.stepBudget().steps(), (epoch + 1) * config.stepBudget().evalEvery());
    }

    private void restoreBest(TrainingState state) {
        String message = config.patience() + " epochs without a better validation loss: restoring epoch "
                + state.bestEpoch() + " and continuing";
        log.line(message);
        listener.onMessage(message);
        folder.readModel(trained);
    }

    /** Training figures of one epoch, read from the device once at its end. */
    private record EpochFigures(double loss, double attention, double tokenAccuracy, double sequenceAccuracy, long samples,
            double trainSeconds, List<StepLoss> stepLosses) {}

    /** One round over its batches; null when stopped before the end. */
    private EpochFigures trainEpoch(BatchStep step, int epoch, List<List<EncodedSample>> batches, StopRequest stop) {
        long samplesInRound = batches.stream().mapToLong(List::size).sum();
        long began = System.nanoTime();
        try (NDManager epochManager = trained.manager().newSubManager()) {
            // running sums stay on the device; the progress display reads them only when it redraws
            NDArray lossSum = epochManager.zeros(new Shape());
            NDArray attentionSum = epochManager.zeros(new Shape());
            NDArray correctSum = epochManager.zeros(new Shape());
            NDArray sequencesRight = epochManager.zeros(new Shape());
            long samples = 0;
            long scored = 0;
            StepLogger stepLog = new StepLogger(recording.logEvery(), epochManager);
            for (int i = 0; i < batches.size(); i++) {
                if (stop.requested()) {
                    return null;
                }
                List<EncodedSample> group = batches.get(i);
                try (NDManager batchManager = epochManager.newSubManager()) {
                    TaskLoss.Parts parts = step.train(batchManager, group, config.learningRateAt(epoch, optimizer.step()));
                    lossSum.addi(parts.total().stopGradient().mul(group.size()));
                    attentionSum.addi(parts.attention().stopGradient().mul(group.size()));
                    correctSum.addi(parts.correctPerSequence().sum());
                    sequencesRight.addi(parts.sequenceCorrect().sum());
                    stepLog.add(parts, group.size(), optimizer.step());
                }
                samples += group.size();
                scored += scoredOutputs(group);
                final long n = samples;
                final long s = scored;
                listener.onBatch(new TrainingListener.BatchProgress(epoch + 1, config.rounds(), i + 1, batches.size(), samples,
                        samplesInRound, (System.nanoTime() - began) / 1e9,
                        () -> new TrainingListener.RunningFigures(lossSum.getFloat() / n, correctSum.getFloat() / s),
                        config.stepBudget() == null ? "epoch" : "round"));
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            return new EpochFigures(lossSum.getFloat() / samples, attentionSum.getFloat() / samples,
                    correctSum.getFloat() / Math.max(1, scored), sequencesRight.getFloat() / samples, samples, seconds,
                    stepLog.logged());
        }
    }

    private long scoredOutputs(List<EncodedSample> group) {
        Objective objective = trained.config().model().objective();
        boolean bos = trained.config().hasBos();
        return group.stream().mapToLong(s -> objective.scoredOutputs(s, bos)).sum();
    }
}
