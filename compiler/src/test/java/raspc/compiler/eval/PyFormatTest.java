package raspc.compiler.eval;

import raspc.compiler.seq.Kind;
import raspc.compiler.seq.PyFormat;
import raspc.compiler.seq.Words;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Float text is Python's repr: the shortest digits that read back as the same double (JDK 19+'s
 * Double.toString, Schubfach, gives those digits), laid out as Python lays them out.
 */
class PyFormatTest {

    /**
     * 2,999 doubles against CPython's own repr of them. Under Java 17's Double.toString (not always
     * shortest) 410 of 3,000 differed, e.g. Python's {@code 8.500839606406867e+16} against
     * {@code 8.5008396064068672e+16}.
     */
    @Test
    void matchesCpythonReprOfManyDoubles() throws IOException {
        int checked = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                getClass().getResourceAsStream("python-float-repr.txt")), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(" ");
                double v = Double.longBitsToDouble(Long.parseUnsignedLong(f[0], 16));
                assertEquals(f[1], PyFormat.floatRepr(v), f[0]);
                checked++;
            }
        }
        assertEquals(2999, checked);
    }

    /**
     * Any finite double's text reads back as that double, and no shorter digit string would; half
     * the samples are subnormals, where the digits are fewest.
     */
    @Test
    void randomDoublesRoundTripWithShortestDigits() {
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 40_000; i++) {
            long bits = r.nextLong();
            double v = Double.longBitsToDouble(i % 2 == 0 ? bits : bits >>> r.nextInt(12, 64));
            if (!Double.isFinite(v)) {
                continue;
            }
            String text = PyFormat.floatRepr(v);
            assertEquals(v, Double.parseDouble(text), text);
            int digits = significantDigits(text).length();
            if (digits > 1) {
                // the two decimals of one digit fewer around v, rounded down and up, name other doubles
                BigDecimal exact = new BigDecimal(v);
                for (RoundingMode m : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
                    double shorter = exact.round(new MathContext(digits - 1, m)).doubleValue();
                    assertNotEquals(v, shorter, text + " could be shorter");
                }
            }
        }
    }

    /** Python's layout: exponents below -4 and from 16 up as {@code e+XX}, others positional with ".0". */
    @Test
    void pythonLayout() {
        // python3: repr(1e16), repr(1e15), repr(1e-5), repr(0.0001), repr(1e22), repr(-1.5e-7), repr(5e-324)
        assertEquals("1e+16", PyFormat.floatRepr(1e16));
        assertEquals("1000000000000000.0", PyFormat.floatRepr(1e15));
        assertEquals("1e-05", PyFormat.floatRepr(1e-5));
        assertEquals("0.0001", PyFormat.floatRepr(1e-4));
        assertEquals("1e+22", PyFormat.floatRepr(1e22));
        assertEquals("-1.5e-07", PyFormat.floatRepr(-1.5e-7));
        assertEquals("5e-324", PyFormat.floatRepr(Double.MIN_VALUE)); // Java: 4.9E-324
        assertEquals("1e-323", PyFormat.floatRepr(1e-323)); // Java: 9.9E-324
        assertEquals("1.5e-323", PyFormat.floatRepr(1.5e-323));
        assertEquals("1.7976931348623157e+308", PyFormat.floatRepr(Double.MAX_VALUE));
        assertEquals("-0.0", PyFormat.floatRepr(-0.0));
        assertEquals("inf", PyFormat.floatRepr(Double.POSITIVE_INFINITY));
    }

    /** round(x, 3) keeps the sign of zero: Python's round(-0.0004, 3) is -0.0. */
    @Test
    void roundingKeepsNegativeZero() {
        assertEquals("-0.0", PyFormat.small(Kind.FLOAT, Words.ofFloat(-0.0004), null));
        assertEquals("-0.0", PyFormat.small(Kind.FLOAT, Words.ofFloat(-0.0), null));
        assertEquals("0.0", PyFormat.small(Kind.FLOAT, Words.ofFloat(0.0004), null));
        assertEquals("-0.001", PyFormat.small(Kind.FLOAT, Words.ofFloat(-0.0006), null));
    }

    private static String significantDigits(String text) {
        String mantissa = text.replaceFirst("e.*$", "").replace("-", "").replace(".", "");
        return mantissa.replaceFirst("^0+", "").replaceFirst("0+$", "");
    }
}
