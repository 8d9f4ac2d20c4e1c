package raspc.runtime.inspect;

import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import raspc.compiler.task.BooleanFunctionTask;
import raspc.compiler.task.SequenceTask;
import raspc.compiler.task.LabelledTask;
import raspc.runtime.RuntimeUserException;
import raspc.runtime.data.Batch;
import raspc.runtime.data.EncodedSample;
import raspc.runtime.eval.SplitMetrics;
import raspc.runtime.eval.TrainedModel;
import raspc.runtime.model.Objective;

/**
 * {@code raspc intervene}: puts a fixed token into each test input (at chosen positions, or at one
 * drawn at random), labels the changed input with the reference program, and measures whether the
 * model still follows the program or copies the token into its outputs instead.
 */
public final class TokenIntervention {
    private TokenIntervention() {}

    /** @param positions task positions (0 = first token after BOS) to overwrite; empty: one random position per input */
    public static InterventionReport intervene(InspectedRun run, List<EncodedSample> samples, String token, List<Integer> positions,
            long seed) {
        LabelledTask task = run.task().task();
        run.task().inputIds(List.of(token)); // a token outside the vocabulary is a clear error here
        if (task instanceof SequenceTask s && !s.variant().alphabet().contains(token)) {
            throw new RuntimeUserException("'" + token + "' is not in the alphabet of " + task.name());
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<EncodedSample> changed = new ArrayList<>();
        for (EncodedSample s : samples) {
            List<String> tokens = ProbeTargets.tokens(task, s);
            for (int p : positions.isEmpty() ? List.of(random.nextInt(tokens.size())) : positions) {
                if (p < 0) {
                    throw new RuntimeUserException("positions count from 0, got " + p);
                }
                if (p < tokens.size()) {
                    tokens.set(p, token);
                }
            }
            changed.add(run.task().encode(task.label(tokens)));
        }
        Integer tokenOut = run.task().outputVocab().indexOf(token) >= 0 ? run.task().outputVocab().indexOf(token) : null;
        SplitMetrics before = run.model().outputEvaluator().metrics(samples);
        SplitMetrics after = run.model().outputEvaluator().metrics(changed);
        return new InterventionReport(task.name(), run.runId(), token,
                positions.isEmpty() ? "one random position per input (seed " + seed + ")" : "positions " + positions,
                samples.size(), AblationReport.Figures.of(before), AblationReport.Figures.of(after),
                tokenOut == null ? null : copyRate(run.model(), samples, tokenOut),
                tokenOut == null ? null : copyRate(run.model(), changed, tokenOut));
    }

    /** The share of scored outputs whose reference is not {@code token} that the model predicts as {@code token}. */
    private static double copyRate(TrainedModel model, List<EncodedSample> samples, int token) {
        Objective objective = model.config().model().objective();
        boolean perPosition = objective instanceof Objective.PerPositionClassification;
        int first = model.config().hasBos() ? 1 : 0;
        long copied = 0;
        long counted = 0;
        int batchSize = model.config().train().batchSize();
        for (int from = 0; from < samples.size(); from += batchSize) {
            List<EncodedSample> group = samples.subList(from, Math.min(samples.size(), from + batchSize));
            try (NDManager m = model.manager().newSubManager()) {
                Batch batch = model.encoder().encode(m, group, false);
                long length = batch.tokens().getShape().get(1);
                long[] predicted = objective.predictions(model.model().run(model.store(), batch.tokens(), batch.lengths(),
                        false).logits());
                for (int i = 0; i < group.size(); i++) {
                    EncodedSample s = group.get(i);
                    int to = perPosition ? s.size() : 1;
                    for (int p = perPosition ? first : 0; p < to; p++) {
                        if (s.target()[p] != token) {
                            counted++;
                            if (predicted[(int) (perPosition ? i * length + p : i)] == token) {
                                copied++;
                            }
                        }
                    }
                }
            }
        }
        return counted == 0 ? 0 : (double) copied / counted;
    }
}
