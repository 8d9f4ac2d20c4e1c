package raspc.runtime.plot;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;

/**
 * A value axis whose range and ticks read well whatever the data: 4 to 8 ticks at round steps
 * (1, 2, 2.5 or 5 times a power of ten), all with the same number of decimals, and for very small
 * or very large values a common factor moved into the axis label ("sharpness (×10⁻⁵)" with ticks
 * "1.04", "1.06") instead of JFreeChart's automatic choice, which for a tiny range prints two
 * dozen ticks in scientific notation. A range that is tiny next to the values' size (a
 * parameter norm of 20.00001..20.00003) is widened to {@link #MIN_RELATIVE_SPAN} of them, so
 * noise in the last digits shows as the flat line it is.
 *
 * @param lower    the axis' lower end
 * @param upper    the axis' upper end
 * @param step     the distance between ticks
 * @param exponent the power of ten the tick labels are divided by (0: none)
 * @param decimals decimals of every tick label, after dividing
 */
public record ReadableAxis(double lower, double upper, double step, int exponent, int decimals) {
    /** The smallest span shown, as a fraction of the values' size. */
    public static final double MIN_RELATIVE_SPAN = 0.02;
    /** Values from 10^-2 to below 10^6 are written out; others get a factor in the label. */
    static final int SMALLEST_PLAIN_EXPONENT = -2;
    static final int LARGEST_PLAIN_EXPONENT = 5;
    /** Room above and below the data, as a fraction of the span, so no point sits on the frame. */
    static final double PADDING = 0.05;

    /** The axis for data from {@code lo} to {@code hi}; no finite data (lo > hi or NaN) gives 0..1. */
    public static ReadableAxis of(double lo, double hi) {
        if (!(lo <= hi) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
            lo = 0;
            hi = 1;
        }
        double centre = (lo + hi) / 2;
        double largest = Math.max(Math.abs(lo), Math.abs(hi));
        double minSpan = largest == 0 ? 1 : largest * MIN_RELATIVE_SPAN;
        if (hi - lo < minSpan) {
            lo = centre - minSpan / 2;
            hi = centre + minSpan / 2;
        }
        double pad = (hi - lo) * PADDING;
        double lower = lo - pad;
        double upper = hi + pad;
        BigDecimal step = niceStep((upper - lower) / 8);
        double size = Math.max(Math.abs(lower), Math.abs(upper));
        int magnitude = (int) Math.floor(Math.log10(size));
        int exponent = magnitude < SMALLEST_PLAIN_EXPONENT || magnitude > LARGEST_PLAIN_EXPONENT ? magnitude : 0;
        int decimals = Math.max(0, step.scaleByPowerOfTen(-exponent).stripTrailingZeros().scale());
        return new ReadableAxis(lower, upper, step.doubleValue(), exponent, decimals);
    }

    /** The smallest of 1, 2, 2.5, 5 and 10 times a power of ten that is at least {@code raw}, exactly. */
    static BigDecimal niceStep(double raw) {
        int power = (int) Math.floor(Math.log10(raw));
        for (String m : new String[] {"1", "2", "2.5", "5"}) {
            BigDecimal step = new BigDecimal(m).scaleByPowerOfTen(power);
            if (step.doubleValue() >= raw * 0.999) {
                return step;
            }
        }
        return BigDecimal.ONE.scaleByPowerOfTen(power + 1);
    }

    /** The tick values inside the range, lowest first. */
    public List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        long first = (long) Math.ceil(lower / step - 1e-9);
        for (long i = first; i * step <= upper + step * 1e-9; i++) {
            ticks.add(i * step);
        }
        return ticks;
    }

    /** A tick's label: the value divided by 10^exponent, with {@link #decimals} decimals ("-0.0" never). */
    public String tickLabel(double value) {
        BigDecimal scaled = BigDecimal.valueOf(value).scaleByPowerOfTen(-exponent).setScale(decimals, RoundingMode.HALF_EVEN);
        return (scaled.signum() == 0 ? scaled.abs() : scaled).toPlainString();
    }

    /** {@code name} with the factor the ticks leave out, e.g. "sharpness (×10⁻⁵)". */
    public String label(String name) {
        return exponent == 0 ? name : name + " (\u00d710" + superscript(exponent) + ")";
    }

    /** A JFreeChart axis with this range, tick step and labels. */
    public NumberAxis toAxis(String name) {
        NumberAxis axis = new NumberAxis(label(name));
        axis.setAutoRange(false);
        axis.setRange(lower, upper);
        axis.setTickUnit(new NumberTickUnit(step, new TickFormat(this)));
        return axis;
    }

    static String superscript(int n) {
        String digits = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079";
        StringBuilder s = new StringBuilder(n < 0 ? "\u207b" : "");
        for (char c : Integer.toString(Math.abs(n)).toCharArray()) {
            s.append(digits.charAt(c - '0'));
        }
        return s.toString();
    }

    /** JFreeChart formats ticks through a NumberFormat; this one defers to {@link #tickLabel}. */
    private static final class TickFormat extends NumberFormat {
        private final ReadableAxis axis;

        TickFormat(ReadableAxis axis) {
            this.axis = axis;
        }

        @Override
        public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
            return to.append(axis.tickLabel(number));
        }

        @Override
        public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
            return format((double) number, to, pos);
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            throw new UnsupportedOperationException("tick labels are only written, not read");
        }
    }
}
