package raspc.compiler.eval;

import raspc.compiler.seq.Kind;
import raspc.compiler.seq.PyAtoms;
import raspc.compiler.seq.PyFormat;
import raspc.compiler.seq.Seq;
import raspc.compiler.seq.SeqBuilder;
import raspc.compiler.seq.Words;
import java.math.BigInteger;
import raspc.compiler.error.RaspError;
import raspc.compiler.graph.Tokens;
import raspc.compiler.python.PyNumbers;

/** tokens_str/int/float/bool/asis: Python's str(), int(), float(), bool() of each input element. */
final class TokenConversions {
    private TokenConversions() {}

    static Seq convert(Tokens.Conversion c, Seq in) {
        int n = in.length();
        SeqBuilder b = new SeqBuilder(n);
        for (int i = 0; i < n; i++) {
            byte k = in.kind(i);
            long w = in.word(i);
            String s = in.str(i);
            switch (c) {
                case STR -> b.putString(i, PyFormat.str(k, w, s));
                case BOOL -> b.putBool(i, PyAtoms.truthy(k, w, s));
                case INT -> b.putInt(i, toInt(k, w, s));
                case FLOAT -> b.putFloat(i, k == Kind.STR ? parseFloat(s) : Words.toDouble(k, w));
                default -> b.put(i, k, w, s);
            }
        }
        return b.build();
    }

    /** Python's int(): a string parsed exactly, a float truncated; past 64 bits an overflow. */
    private static long toInt(byte k, long w, String s) {
        if (k == Kind.STR) {
            String t = s.strip().replace("_", "");
            if (!t.matches("[+-]?[0-9]+") || s.contains("__") || s.strip().startsWith("_") || s.strip().endsWith("_")) {
                throw new RaspError("invalid literal for int() with base 10: " + PyFormat.strRepr(s));
            }
            BigInteger exact = new BigInteger(t);
            if (exact.bitLength() > 63) {
                throw PyNumbers.intOverflow("int(" + PyFormat.strRepr(s) + ")", exact);
            }
            return exact.longValue();
        }
        if (k != Kind.FLOAT) {
            return w;
        }
        double v = Words.asFloat(w);
        if (Double.isNaN(v)) {
            throw new RaspError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(v)) {
            throw new RaspError("cannot convert float infinity to integer");
        }
        return PyNumbers.toLong("int(" + PyFormat.floatRepr(v) + ")", v < 0 ? Math.ceil(v) : Math.floor(v));
    }

    private static double parseFloat(String s) {
        String t = s.strip().toLowerCase();
        switch (t.startsWith("+") || t.startsWith("-") ? t.substring(1) : t) {
            case "inf", "infinity" -> {
                return t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            case "nan" -> {
                return Double.NaN;
            }
            default -> { }
        }
        if (!t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)(e[+-]?\\d+)?")) {
            throw new RaspError("could not convert string to float: " + PyFormat.strRepr(s));
        }
        return Double.parseDouble(t);
    }
}
