package raspc.repl;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Map;
import raspc.compiler.bool.SensitivityReport;
import raspc.compiler.task.TokenSensitivity;

/** What {@code raspc sensitivity} prints: a sensitivity report as a few lines of text. */
final class SensitivityText {
    /** At most this many influences are listed one by one. */
    private static final int MAX_LISTED = 16;

    private SensitivityText() {}

    static String of(SensitivityReport r) {
        StringBuilder sb = new StringBuilder();
        String how = r.method().equals(SensitivityReport.EXACT) ? "exact, all 2^" + r.n() + " inputs"
                : "Monte Carlo, " + r.samples() + " samples, seed " + r.seed();
        sb.append(r.function()).append(": n = ").append(r.n()).append(" (").append(how).append(")\n");
        String se = r.standardError() == null ? "" : " ± " + error(r.standardError());
        String seRate = r.standardError() == null ? "" : " ± " + error(r.standardError() / r.n());
        sb.append("  average sensitivity as(f) = ").append(num(r.averageSensitivity())).append(se)
                .append("   (total influence, 0..n)\n");
        sb.append("  flip rate as(f)/n         = ").append(num(r.flipRate())).append(seRate)
                .append("   (chance that flipping one random bit changes the output)\n");
        sb.append("  degree ").append(r.degree() == null ? "n/a" : r.degree().toString())
                .append(", max sensitivity ").append(r.maxSensitivity() == null ? "n/a" : maxSens(r.maxSensitivity()));
        for (Map.Entry<String, Double> e : r.noiseSensitivity().entrySet()) {
            sb.append(", NS_").append(e.getKey()).append(" = ").append(num(e.getValue()));
            Double s = r.noiseSensitivityStandardError() == null ? null : r.noiseSensitivityStandardError().get(e.getKey());
            if (s != null) {
                sb.append(" ± ").append(error(s));
            }
        }
        sb.append('\n');
        sb.append("  influences: ").append(influences(r.influences())).append('\n');
        if (r.spectrum() != null) {
            sb.append("  Fourier weight by degree: ").append(spectrum(r.spectrum())).append('\n');
        }
        return sb.toString();
    }

    /** A sequence task's token-substitution sensitivity. */
    static String of(TokenSensitivity.Report r) {
        StringBuilder b = new StringBuilder();
        b.append(r.task()).append(": token-substitution sensitivity of the reference program (Monte Carlo, ")
                .append(r.samples()).append(" substitutions, seed ").append(r.seed()).append(")\n");
        b.append(String.format(Locale.ROOT, "  average sensitivity  %.4f ± %.4f  (positions whose change changes the output; mean length %.1f)%n",
                r.averageSensitivity(), r.averageSensitivityStandardError(), r.meanLength()));
        b.append(String.format(Locale.ROOT, "  flip rate            %.4f ± %.4f  (share of single-token substitutions that change the output)%n",
                r.flipRate(), r.flipRateStandardError()));
        b.append("  influence by position (first 10): ");
        double[] influences = r.influences();
        for (int i = 0; i < Math.min(10, influences.length); i++) {
            b.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.3f", influences[i]));
        }
        return b.append('\n').toString();
    }

    private static String influences(double[] inf) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : inf) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (max - min <= 1e-12) {
            return "all " + num(max);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < inf.length && i < MAX_LISTED; i++) {
            sb.append(i == 0 ? "" : " ").append(num(inf[i]));
        }
        if (inf.length > MAX_LISTED) {
            sb.append(" ... (").append(inf.length - MAX_LISTED).append(" more)");
        }
        return sb.append("  [min ").append(num(min)).append(", max ").append(num(max)).append(']').toString();
    }

    private static String spectrum(double[] w) {
        StringBuilder sb = new StringBuilder();
        int shown = 0;
        for (int k = 0; k < w.length; k++) {
            if (w[k] > 1e-12) {
                if (shown == MAX_LISTED) {
                    sb.append(" ...");
                    break;
                }
                sb.append(shown == 0 ? "" : ", ").append(k).append(": ").append(num(w[k]));
                shown++;
            }
        }
        return shown == 0 ? "(all zero)" : sb.toString();
    }

    private static String maxSens(Number v) {
        return v instanceof Integer || v instanceof Long ? v.toString() : num(v.doubleValue());
    }

    /** A standard error, to two significant digits. */
    static String error(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return num(v);
        }
        return new BigDecimal(v).round(new MathContext(2)).stripTrailingZeros().toPlainString();
    }

    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        if (Math.abs(v) < 1e-4 || Math.abs(v) >= 1e9 || !Double.isFinite(v)) {
            return String.format(Locale.ROOT, "%.5e", v);
        }
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
