package raspc.repl;

import raspc.compiler.bool.Sensitivity;
import raspc.compiler.bool.SensitivityOptions;
import raspc.compiler.bool.SensitivityReport;
import raspc.compiler.task.BooleanFunctionTask;
import raspc.compiler.task.SequenceTask;
import raspc.compiler.task.LabelledTask;
import raspc.compiler.task.TokenSensitivity;

/**
 * What {@code raspc sensitivity TASK} prints (text or JSON): exact (Walsh-Hadamard) or Monte Carlo analysis of a Boolean
 * task's function, or the sampled token-substitution sensitivity of a sequence task's program.
 */
final class TaskSensitivity {
    private TaskSensitivity() {}

    /** @param samples Monte Carlo samples (null: the analysis' default) */
    static String report(LabelledTask task, boolean json, boolean monteCarlo, Integer samples, long seed) {
        return switch (task) {
            case BooleanFunctionTask b -> {
                SensitivityOptions opts = SensitivityOptions.defaults().withSeed(seed).withMonteCarlo(monteCarlo);
                if (samples != null) {
                    opts = opts.withSamples(samples);
                }
                SensitivityReport r = Sensitivity.analyze(b.function(), opts);
                yield json ? r.toJson() : SensitivityText.of(r);
            }
            case SequenceTask s -> {
                TokenSensitivity.Report r = TokenSensitivity.estimate(s, samples != null ? samples : 20_000, seed);
                yield json ? r.toJson() : SensitivityText.of(r);
            }
        };
    }
}
