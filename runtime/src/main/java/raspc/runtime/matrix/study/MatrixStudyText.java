package raspc.runtime.matrix.study;

import java.util.Locale;
import raspc.runtime.inspect.EmbeddingReport;
import raspc.runtime.inspect.MaskedInterventionReport;
import raspc.runtime.matrix.EntryErrors;

/** matrix-study.txt: the study's figures as the terminal shows them. */
final class MatrixStudyText {
    private MatrixStudyText() {}

    private static String plateauLine(MatrixStudy s) {
        double first = s.curve().get(0).errors().masked();
        double end = s.curve().stream().filter(p -> p.step() == s.plateauEndStep()).findFirst().orElseThrow()
                .errors().masked();
        LossCurve.Point last = s.curve().get(s.curve().size() - 1);
        return f("plateau: masked MSE %.2e (first snapshot) .. %.2e (step %d), then below %.0f%% of it for good: %.2e at"
                + " step %d, %.0f%% under the plateau's end%n", first, end, s.plateauEndStep(), 100 * LossCurve.LEFT,
                last.errors().masked(), last.step(), 100 * (1 - last.errors().masked() / end));
    }

    static String format(MatrixStudy s) {
        StringBuilder out = new StringBuilder();
        out.append(f("matrix study of %s, run %s (%d test matrices per figure)%n", s.task(), s.run(), s.testMatrices()));
        out.append("loss curve (MSE on test matrices):\n");
        out.append("     step     masked   observed        all\n");
        for (LossCurve.Point p : s.curve()) {
            EntryErrors e = p.errors();
            out.append(f("  %7d  %9.2e  %9.2e  %9.2e%s%n", p.step(), e.masked(), e.observed(), e.all(),
                    p.step() == s.dropStep() ? "   <- sharpest drop" : p.step() == s.plateauEndStep() ? "   <- end of the plateau" : ""));
        }
        out.append(s.plateauEndStep() < 0 ? f("plateau: the masked MSE never stayed below %.0f%% of its first value%n",
                100 * LossCurve.LEFT) : plateauLine(s));
        out.append(f("sharpest drop: the round ending at step %d removed %.0f%% of the masked error%s%n", s.dropStep(),
                100 * s.dropFraction(), s.dropFraction() > LossCurve.ABRUPT ? " (abrupt)"
                        : "; no round removed more than half, so this run shows no abrupt drop"));
        out.append("nuclear-norm baseline (soft-impute) vs the model at step " + s.afterStep() + ", masked-entry MSE:\n");
        out.append("  mask rate      model   soft-impute   model observed\n");
        for (MatrixStudy.RateRow r : s.rates()) {
            out.append(f("  %9.1f  %9.2e  %12.2e  %15.2e%n", r.maskRate(), r.modelMasked(), r.softImputeMasked(),
                    r.modelObserved()));
        }
        for (MatrixStudy.Stage st : s.stages()) {
            stage(out, st);
        }
        out.append("\nout-of-distribution factors (model at step " + s.afterStep() + "):\n");
        out.append("  factors      masked   observed   soft-impute masked\n");
        for (MatrixStudy.OodRow r : s.outOfDistribution()) {
            out.append(f("  %-8s  %9.2e  %9.2e  %12.2e%n", r.factors(), r.errors().masked(), r.errors().observed(),
                    r.softImputeMasked()));
        }
        out.append("pictures: ").append(String.join(", ", s.pictures())).append('\n');
        return out.toString();
    }

    /** One snapshot's tests: the copy check, the embeddings' summary, then the probe, ablation and patching tables. */
    private static void stage(StringBuilder out, MatrixStudy.Stage st) {
        out.append(f("%n== %s (step %d): masked MSE %.2e, observed MSE %.2e%n", st.name(), st.step(),
                st.errors().masked(), st.errors().observed()));
        for (MaskedInterventionReport.Row r : st.copy().rows()) {
            out.append(f("copy check (MASK shown as %.2f): MSE to that value %.2e, to the truth %.2e; %.0f%% of masked"
                    + " outputs nearer the value%n", r.value(), r.withValue().mseToValue(), r.withValue().mseToTruth(),
                    100 * r.withValue().closerToValue()));
        }
        EmbeddingReport e = st.embeddings();
        out.append(f("embeddings: value tokens PC1 %.0f%% + PC2 %.0f%% of the variance, positions PC1 %.0f%% + PC2 %.0f%%%n",
                100 * e.tokens().explained()[0], 100 * e.tokens().explained()[1], 100 * e.positions().explained()[0],
                100 * e.positions().explained()[1]));
        out.append(f("position permutation, masked MSE: intact %.2e, rows and columns permuted %.2e, all positions"
                + " permuted %.2e%n", e.intact().maskedMse(), e.rowsAndColumnsPermuted().maskedMse(),
                e.shuffled().maskedMse()));
        out.append("attention maps: ").append(String.join(", ", st.attention().stream()
                .map(a -> a.mask() + " masks " + a.picture()).toList())).append("\n\n");
        out.append(st.probes().toText()).append('\n');
        out.append(st.ablation().toText()).append('\n');
        out.append(st.patching().toText());
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
