package raspc.runtime.plot;

import java.util.Locale;

/**
 * How well a head's attention agrees with its target pattern, summarised for the panel caption:
 * the mean probability mass on target cells (probabilities only) and the number of query rows
 * whose largest value lies on a target cell. Rows without any target cell are not counted.
 */
record TargetAgreement(double meanTargetMass, int argmaxOnTarget, int rowsWithTarget) {

    static TargetAgreement of(HeadPanel head) {
        int n = head.size();
        double mass = 0;
        int hits = 0;
        int rows = 0;
        for (int q = 0; q < n; q++) {
            boolean any = false;
            double rowMass = 0;
            int argmax = -1;
            float best = Float.NEGATIVE_INFINITY;
            for (int k = 0; k < n; k++) {
                float v = head.value(q, k);
                if (head.isTarget(q, k)) {
                    any = true;
                    if (Float.isFinite(v)) {
                        rowMass += v;
                    }
                }
                if (Float.isFinite(v) && (argmax < 0 || v > best)) {
                    best = v;
                    argmax = k;
                }
            }
            if (any) {
                rows++;
                mass += rowMass;
                if (argmax >= 0 && head.isTarget(q, argmax)) {
                    hits++;
                }
            }
        }
        return new TargetAgreement(rows == 0 ? Double.NaN : mass / rows, hits, rows);
    }

    /** "" for heads without a target; otherwise e.g. "target: mass 0.97, argmax 5/5 rows". */
    static String caption(HeadPanel head, MapKind kind) {
        if (!head.hasTarget()) {
            return "";
        }
        TargetAgreement a = of(head);
        if (a.rowsWithTarget == 0) {
            return "target: selects nothing";
        }
        String argmax = String.format(Locale.ROOT, "argmax on target %d/%d rows", a.argmaxOnTarget, a.rowsWithTarget);
        return kind == MapKind.PROBABILITIES
                ? String.format(Locale.ROOT, "mass on target %.2f, %s", a.meanTargetMass, argmax)
                : argmax;
    }
}
