package raspc.runtime.dynamics;

import java.util.Arrays;

/** A centred running median; near the ends the window shrinks symmetrically so that it stays centred. */
final class RunningMedian {
    private RunningMedian() {}

    static double[] of(double[] values, int points) {
        if (points == 1) {
            return values.clone();
        }
        int half = points / 2;
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            int reach = Math.min(half, Math.min(i, values.length - 1 - i));
            double[] window = Arrays.copyOfRange(values, i - reach, i + reach + 1);
            Arrays.sort(window);
            out[i] = window[reach];
        }
        return out;
    }
}
