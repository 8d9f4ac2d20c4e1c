package raspc.runtime.matrix.study;

import java.util.Locale;
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
            out.append(f("%s (step %d): masked MSE %.2e, observed MSE %.2e%n", st.name(), st.step(),
                    st.errors().masked(), st.errors().observed()));
            out.append(f("  copy check (MASK shown as %.2f): MSE to that value %.2e, to the truth %.2e%n",
                    st.copy().value(), st.copy().mseToValue(), st.copy().mseToTruth()));
            out.append("  activation patching X -> -X, fraction of masked outputs restored per head:\n");
            double[][] p = st.patchingRestored();
            for (int l = 0; l < p.length; l++) {
                out.append(f("    layer %d:", l));
                for (double v : p[l]) {
                    out.append(f(" %6.2f", v));
                }
                out.append('\n');
            }
        }
        out.append("out-of-distribution factors (model at step " + s.afterStep() + "):\n");
        out.append("  factors      masked   observed   soft-impute masked\n");
        for (MatrixStudy.OodRow r : s.outOfDistribution()) {
            out.append(f("  %-8s  %9.2e  %9.2e  %12.2e%n", r.factors(), r.errors().masked(), r.errors().observed(),
                    r.softImputeMasked()));
        }
        out.append("pictures: ").append(String.join(", ", s.pictures())).append('\n');
        return out.toString();
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
