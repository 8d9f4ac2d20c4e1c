package raspc.runtime.matrix.study;

import java.util.List;
import raspc.runtime.inspect.AblationReport;
import raspc.runtime.inspect.EmbeddingReport;
import raspc.runtime.inspect.MaskedInterventionReport;
import raspc.runtime.inspect.PatchReport;
import raspc.runtime.inspect.ProbeReport;
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

    /**
     * The interpretability tests on one snapshot, each a report of the inspection toolkit.
     *
     * @param copy the copy check: masked entries shown as one value's token instead of MASK
     * @param attention the batch-mean attention pictures, one per mask pattern
     * @param patching head contexts and the residual stream patched from X into a run on -X
     * @param embeddings value-token and position PCA, and the position permutation test
     */
    public record Stage(String name, long step, EntryErrors errors, MaskedInterventionReport copy,
            List<AttentionMap> attention, ProbeReport probes, AblationReport ablation, PatchReport patching,
            EmbeddingReport embeddings) {}

    /** The batch-mean attention of the test matrices under one mask pattern, drawn into {@code picture}. */
    public record AttentionMap(String mask, String picture) {}

    /** The last snapshot's errors with factors from another distribution. */
    public record OodRow(String factors, EntryErrors errors, double softImputeMasked) {}
}
