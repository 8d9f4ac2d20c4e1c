package raspc.compiler.seq;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Python's text forms of atoms: repr of floats, str/repr of strings, True/False. */
public final class PyFormat {
    private PyFormat() {}

    /** Python's repr(float): shortest digits, fixed notation for exponents in [-4, 16). */
    public static String floatRepr(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == 0) {
            return (1 / v < 0) ? "-0.0" : "0.0";
        }
        BigDecimal d = shortestDigits(v);
        String digits = d.unscaledValue().abs().toString();
        int exp = digits.length() - 1 - d.scale(); // decimal exponent of the first digit
        String sign = v < 0 ? "-" : "";
        if (exp >= -4 && exp < 16) {
            String plain = d.abs().toPlainString();
            return sign + (plain.contains(".") ? plain : plain + ".0");
        }
        String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String e = Integer.toString(Math.abs(exp));
        return sign + mant + "e" + (exp < 0 ? "-" : "+") + (e.length() < 2 ? "0" + e : e);
    }

    /**
     * The shortest decimal that reads back as v, and of those the nearest to it, which is what
     * Python's repr picks. Since JDK 19 Double.toString gives exactly that (Raffaello Giulietti's
     * Schubfach), except that it never writes fewer than two digits: for a few subnormals it picks
     * the nearest two-digit decimal ({@code 4.9E-324}) where one digit is enough ({@code 5e-324}).
     */
    static BigDecimal shortestDigits(double v) {
        BigDecimal d = new BigDecimal(Double.toString(v)).stripTrailingZeros();
        if (d.precision() == 2) {
            BigDecimal one = new BigDecimal(v).round(new MathContext(1, RoundingMode.HALF_EVEN));
            if (one.doubleValue() == v) {
                return one.stripTrailingZeros();
            }
        }
        return d;
    }

    /**
     * Python's round(x, 3) on a float (exact, half-even on the binary value). The sign is kept
     * because BigDecimal has no negative zero and Python's round(-0.0004, 3) is -0.0.
     */
    public static double round3(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return v;
        }
        return Math.copySign(new BigDecimal(v).setScale(3, RoundingMode.HALF_EVEN).doubleValue(), v);
    }

    /** Python's str() of one element (kind, number word as in {@link Words}, string). */
    public static String str(byte k, long w, String s) {
        return switch (k) {
            case Kind.BOOL -> w != 0 ? "True" : "False";
            case Kind.INT -> Long.toString(w);
            case Kind.FLOAT -> floatRepr(Words.asFloat(w));
            default -> s;
        };
    }

    /** Python's repr() of one element (strings quoted). */
    public static String repr(byte k, long w, String s) {
        return k == Kind.STR ? strRepr(s) : str(k, w, s);
    }

    /** Python's repr(str): single quotes unless the text holds a single quote and no double quote. */
    public static String strRepr(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder().append(q);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                b.append("\\\\");
            } else if (c == q) {
                b.append('\\').append(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\t') {
                b.append("\\t");
            } else {
                b.append(c);
            }
        }
        return b.append(q).toString();
    }

    /** The original's small_str: floats rounded to 3 places, bools as T/F. */
    public static String small(byte k, long w, String s) {
        return switch (k) {
            case Kind.BOOL -> w != 0 ? "T" : "F";
            case Kind.FLOAT -> floatRepr(round3(Words.asFloat(w)));
            default -> str(k, w, s);
        };
    }
}
