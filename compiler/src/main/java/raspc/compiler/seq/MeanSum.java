package raspc.compiler.seq;

import java.math.BigInteger;

/**
 * The original's average of the selected values, {@code sum(vals) * 1.0 / n}, as Python 3.11
 * computes it: sum() adds ints exactly (here in a long, in a BigInteger once the long would
 * overflow) until the first float, then continues in doubles, each int converted to the nearest
 * double; the total is converted to a float and divided by n. Reused per query position, so the
 * aggregate loop allocates nothing while the sum fits a long.
 */
final class MeanSum {
    private long ints;
    private BigInteger bigInts;
    private boolean inFloats;
    private double floats;

    void clear() {
        ints = 0;
        bigInts = null;
        inFloats = false;
        floats = 0;
    }

    /** Adds one value (a string adds nothing: averaging strings is refused before the mean is read). */
    void add(byte kind, long word) {
        if (kind == Kind.STR) {
            return;
        }
        if (kind == Kind.FLOAT && !inFloats) {
            floats = intTotal();
            inFloats = true;
        }
        if (inFloats) {
            floats += Words.toDouble(kind, word);
        } else if (bigInts != null) {
            bigInts = bigInts.add(BigInteger.valueOf(word));
        } else {
            long s = ints + word;
            if (((ints ^ s) & (word ^ s)) < 0) { // wrapped around: carry on exactly
                bigInts = BigInteger.valueOf(ints).add(BigInteger.valueOf(word));
            } else {
                ints = s;
            }
        }
    }

    private double intTotal() {
        return bigInts != null ? bigInts.doubleValue() : (double) ints;
    }

    double mean(int count) {
        return (inFloats ? floats : intTotal()) / count;
    }
}
