package raspc.runtime.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Least-squares lines of a metric against n, per group, over the converged cells.
 *
 * @param points cells used
 * @param slopeStdError standard error of the slope (NaN with fewer than 3 points: two points fit exactly)
 */
public record Slopes(String metric, String group, double slope, double intercept, double slopeStdError, double r2,
        int points, int lengths) {

    /** The fit of each group, in the groups' first-appearance order; groups with < 2 lengths are left out. */
    public static List<Slopes> fit(List<SweepRow> rows, String metric) {
        Map<String, List<SweepRow>> groups = new LinkedHashMap<>();
        for (SweepRow r : rows) {
            if (r.converged() && Double.isFinite(r.metric(metric))) {
                groups.computeIfAbsent(r.group(), g -> new ArrayList<>()).add(r);
            }
        }
        List<Slopes> out = new ArrayList<>();
        for (Map.Entry<String, List<SweepRow>> e : groups.entrySet()) {
            List<SweepRow> g = e.getValue();
            long lengths = g.stream().mapToInt(SweepRow::n).distinct().count();
            if (lengths < 2) {
                continue;
            }
            double[] x = g.stream().mapToDouble(SweepRow::n).toArray();
            double[] y = g.stream().mapToDouble(r -> r.metric(metric)).toArray();
            out.add(line(metric, e.getKey(), x, y, (int) lengths));
        }
        return out;
    }

    static Slopes line(String metric, String group, double[] x, double[] y, int lengths) {
        int m = x.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < m; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= m;
        my /= m;
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int i = 0; i < m; i++) {
            sxx += (x[i] - mx) * (x[i] - mx);
            sxy += (x[i] - mx) * (y[i] - my);
            syy += (y[i] - my) * (y[i] - my);
        }
        double slope = sxy / sxx;
        double intercept = my - slope * mx;
        double residual = Math.max(0, syy - slope * sxy);
        double se = m > 2 ? Math.sqrt(residual / (m - 2) / sxx) : Double.NaN;
        double r2 = syy > 0 ? 1 - residual / syy : 1;
        return new Slopes(metric, group, slope, intercept, se, r2, m, lengths);
    }

    /** A line of slopes.txt. A fit through two cells has no residual to estimate an error from, so it says so. */
    public String toText() {
        String error = Double.isFinite(slopeStdError) ? " ± " + number(slopeStdError, false) + " per bit"
                : " per bit (standard error needs 3+ cells)";
        return String.format(Locale.ROOT, "%-14s %-24s slope %s%s   intercept %s   R² %.3f   (%d cells, %d lengths)",
                metric, group, number(slope, true), error, number(intercept, false), r2, points, lengths);
    }

    /**
     * Five decimals for ordinary values; three significant digits for tiny ones, which five
     * decimals would print as a bare 0 (a metric of size 1e-5 has slopes of 1e-7).
     */
    static String number(double value, boolean signed) {
        boolean tiny = value != 0 && Math.abs(value) < 1e-3;
        return String.format(Locale.ROOT, (signed ? "%+" : "%") + (tiny ? ".2e" : ".5f"), value);
    }
}
