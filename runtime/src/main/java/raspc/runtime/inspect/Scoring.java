package raspc.runtime.inspect;

import java.util.List;
import raspc.runtime.data.EncodedSample;
import raspc.runtime.eval.Evaluator;
import raspc.runtime.eval.SplitMetrics;
import raspc.runtime.model.ForwardHooks;

/**
 * How the inspections score a run on samples through a pass (intact, ablated, permuted): the
 * report's evaluator, and for a matrix run also the masked- and observed-entry MSE of the same
 * pass; a composition or scratchpad parity run teacher forced on the answer, each written
 * output apart ({@link AnswerScoring}): every tool reports a model by the figure its study is about.
 */
final class Scoring {
    private Scoring() {}

    static AblationReport.Figures of(InspectedRun run, List<EncodedSample> samples, Evaluator.Pass pass) {
        Evaluator evaluator = run.model().outputEvaluator();
        return switch (run.data()) {
            case RunData.Labelled l -> AblationReport.Figures.of(evaluator.metrics(samples, pass));
            case RunData.Matrices m -> {
                MaskedErrors errors = new MaskedErrors(MaskedErrors.objectiveOf(run));
                SplitMetrics metrics = evaluator.metrics(samples, errors.tallying(pass));
                yield AblationReport.Figures.of(metrics, errors.masked(), errors.observed());
            }
            case RunData.Compositions c -> AnswerScoring.of(AnswerScoring.of(c.task(), samples.get(0)), run, samples, pass);
            case RunData.Scratchpads p -> AnswerScoring.of(AnswerScoring.of(p.task()), run, samples, pass);
        };
    }

    /** The model as trained, through the hooks (recording nothing). */
    static Evaluator.Pass intact(InspectedRun run) {
        return batch -> run.model().model().run(run.model().store(), batch.tokens(), batch.lengths(),
                ForwardHooks.recording());
    }
}
