package raspc.runtime.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import raspc.runtime.WorkProgress;
import raspc.runtime.data.EncodedSample;
import raspc.runtime.data.TaskData;
import raspc.runtime.data.GenerationCase;
import raspc.runtime.run.RunConfig;
import raspc.runtime.run.RunFolder;

/** Evaluates a trained model on every split and on longer fresh samples, and assembles report.json. */
public final class ReportBuilder {
    /** Documents generated together: large batches amortise the per-step native calls. */
    static final int GENERATION_BATCH = 500;

    private ReportBuilder() {}

    /** Facts about the training run that the evaluation cannot know. */
    public record RunFacts(String device, boolean interrupted, String stopReason, int epochsCompleted, int bestEpoch,
            double trainingSeconds, long steps, long bestStep, long convergedStep) {}

    /**
     * The report of the weights in {@code trained}; a task evaluated by generation also gets its
     * per-group table written to {@code folder}.
     */
    public static Report build(TrainedModel trained, TaskData task, RunFacts facts, int lengthGeneralisationSamples,
            WorkProgress progress, RunFolder folder) {
        RunConfig config = trained.config();
        Evaluator evaluator = trained.evaluator();
        Map<String, SplitMetrics> splits = new LinkedHashMap<>();
        Evaluation test = null;
        long total = TaskData.SPLITS.stream().mapToLong(s -> task.split(s).size()).sum();
        progress.begin("evaluating " + (facts.bestEpoch() == 0 ? "the initial parameters" : "epoch " + facts.bestEpoch()
                + "'s parameters"), total);
        try {
            for (String split : TaskData.SPLITS) {
                boolean isTest = split.equals("test");
                Evaluation evaluation = evaluator.evaluate(task.split(split), isTest, progress);
                splits.put(split, evaluation.metrics());
                if (isTest) {
                    test = evaluation;
                }
            }
        } finally {
            progress.end();
        }
        var model = config.model();
        return new Report(config.task(), config.runId(), facts.device(), facts.interrupted(), facts.stopReason(),
                facts.epochsCompleted(), facts.bestEpoch(), facts.trainingSeconds(),
                new Report.ModelSummary(model.layers(), model.heads(), model.dim(), model.ff(), trained.parameterCount(),
                        model.architecture()),
                splits, test.byLength(), test.attentionAgreement(),
                lengthGeneralisation(trained, task, lengthGeneralisationSamples, config.train().seed()), facts.steps(),
                facts.bestStep(), facts.convergedStep(), generation(trained, task, progress, folder));
    }

    /** Greedy generation on the task's documents, when it has them; the per-group table goes to the run folder. */
    private static GenerationReport generation(TrainedModel trained, TaskData task, WorkProgress progress, RunFolder folder) {
        Optional<List<GenerationCase>> cases = task.generation();
        if (cases.isEmpty()) {
            return null;
        }
        progress.begin("generating answers", cases.get().size());
        List<GenerationEvaluator.GroupResult> groups;
        try {
            groups = new GenerationEvaluator(trained.model(), trained.store(), trained.manager(), GENERATION_BATCH)
                    .evaluate(cases.get(), progress);
        } finally {
            progress.end();
        }
        folder.writeGenerationTable(groups);
        return GenerationReport.of(groups, RunFolder.GENERATION_TABLE);
    }

    /** Lengths from just past training to 1.5 x the training maximum, when the model and task allow. */
    static LengthGeneralisation lengthGeneralisation(TrainedModel trained, TaskData task, int count, long seed) {
        if (count <= 0) {
            return LengthGeneralisation.skipped("not requested");
        }
        RunConfig config = trained.config();
        if (task.fixedLength()) {
            return LengthGeneralisation.skipped("the task is defined at length " + task.maxLength() + " only");
        }
        if (config.model().positions().isLearned()) {
            return LengthGeneralisation.skipped("learned positions only cover the training lengths (up to "
                    + config.maxLength() + ")");
        }
        int min = config.maxLength() + 1;
        int max = Math.max(min, config.maxLength() + (config.maxLength() + 1) / 2);
        long freshSeed = seed + 7919;
        Optional<List<EncodedSample>> samples = task.freshSamples(count, min, max, freshSeed);
        if (samples.isEmpty() || samples.get().isEmpty()) {
            return LengthGeneralisation.skipped("the task cannot generate samples longer than its training data");
        }
        Evaluation evaluation = trained.evaluator().evaluate(samples.get(), false);
        return new LengthGeneralisation(true, null, min, max, freshSeed, evaluation.metrics(), evaluation.byLength());
    }
}
