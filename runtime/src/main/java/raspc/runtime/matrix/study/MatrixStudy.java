package raspc.runtime.matrix.study;

import java.util.List;
import raspc.runtime.matrix.EntryErrors;

/**
 * What {@code raspc matrix-study} found on one run: the masked/observed curve over its
 * snapshots with the sharpest drop, the nuclear-norm comparison across mask rates, and the
 * interpretability tests before and after the drop.
 *
 * @param plateauEndStep the plateau's last snapshot ({@link LossCurve#plateauEnd}), -1 when the run never left it
 * @param beforeStep the plateau's last snapshot, or without one the snapshot before the sharpest round (analyses "before")
 * @param afterStep the last snapshot (analyses "after")
 */
public record MatrixStudy(String task, String run, int testMatrices, List<LossCurve.Point> curve, long dropStep,
        double dropFraction, long plateauEndStep, long beforeStep, long afterStep, List<RateRow> rates, List<Stage> stages,
        List<OodRow> outOfDistribution, List<String> pictures) {

    /** Masked-entry MSE of the model (last snapshot) and of soft-impute on the same matrices. */
    public record RateRow(double maskRate, double modelMasked, double modelObserved, double softImputeMasked) {}

    /** The interpretability tests on one snapshot. */
    public record Stage(String name, long step, EntryErrors errors, Interventions.CopyCheck copy,
            double[][] patchingRestored) {}

    /** The last snapshot's errors with factors from another distribution. */
    public record OodRow(String factors, EntryErrors errors, double softImputeMasked) {}
}
