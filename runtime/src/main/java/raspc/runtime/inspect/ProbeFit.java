package raspc.runtime.inspect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One probe of one target at one stage: fitted on the fit rows, scored on the held-out rows.
 * A categorical target is regressed one-hot and read by argmax (score: accuracy); a numerical
 * one is regressed directly (score: R² on the held-out rows, with their MSE).
 *
 * @param mse held-out mean squared error (numerical targets; null for categorical ones)
 */
record ProbeFit(double score, Double mse) {

    /** Why a target cannot be probed on these rows, or null when it can. */
    static String unprobeable(ProbeTarget target, int[] fit, int[] heldOut) {
        return switch (target) {
            case ProbeTarget.Categorical c -> classes(c, fit).size() < 2 ? "takes one value on the fit rows" : null;
            case ProbeTarget.Numeric n -> {
                for (double v : n.values()) {
                    if (Double.isNaN(v)) {
                        yield "not a number everywhere";
                    }
                }
                yield variance(n.values(), heldOut) == 0 ? "constant on the held-out rows" : null;
            }
        };
    }

    /** The probe of {@code target} on a stage's factored fit rows, scored on {@code heldOut}. */
    static ProbeFit of(ProbeTarget target, LinearProbe.Design design, int[] fit, int[] heldOut) {
        double[][] x = design.x();
        return switch (target) {
            case ProbeTarget.Categorical c -> {
                List<String> classes = classes(c, fit);
                Map<String, Integer> index = new HashMap<>();
                for (int i = 0; i < classes.size(); i++) {
                    index.put(classes.get(i), i);
                }
                double[][] y = new double[c.labels().length][classes.size()];
                for (int r = 0; r < y.length; r++) {
                    Integer k = index.get(c.labels()[r]);
                    if (k != null) {
                        y[r][k] = 1;
                    }
                }
                double[][] p = design.fit(y).predict(x, heldOut);
                int right = 0;
                for (int i = 0; i < heldOut.length; i++) {
                    if (classes.get(argmax(p[i])).equals(c.labels()[heldOut[i]])) {
                        right++;
                    }
                }
                yield new ProbeFit((double) right / heldOut.length, null);
            }
            case ProbeTarget.Numeric n -> {
                double[][] y = new double[n.values().length][1];
                for (int r = 0; r < y.length; r++) {
                    y[r][0] = n.values()[r];
                }
                double[][] p = design.fit(y).predict(x, heldOut);
                double sse = 0;
                for (int i = 0; i < heldOut.length; i++) {
                    double e = p[i][0] - n.values()[heldOut[i]];
                    sse += e * e;
                }
                double mse = sse / heldOut.length;
                yield new ProbeFit(1 - mse / variance(n.values(), heldOut), mse);
            }
        };
    }

    /**
     * The score of guessing without looking: the fit rows' most common class (categorical) or
     * their mean (numerical; R² then sits at or just below 0).
     */
    static double chance(ProbeTarget target, int[] fit, int[] heldOut) {
        return switch (target) {
            case ProbeTarget.Categorical c -> {
                Map<String, Integer> counts = new HashMap<>();
                for (int r : fit) {
                    counts.merge(c.labels()[r], 1, Integer::sum);
                }
                String common = counts.entrySet().stream()
                        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                        .orElseThrow().getKey();
                yield Arrays.stream(heldOut).filter(r -> c.labels()[r].equals(common)).count() / (double) heldOut.length;
            }
            case ProbeTarget.Numeric n -> {
                double mean = Arrays.stream(fit).mapToDouble(r -> n.values()[r]).average().orElse(0);
                double sse = Arrays.stream(heldOut).mapToDouble(r -> (n.values()[r] - mean) * (n.values()[r] - mean)).sum();
                yield 1 - sse / heldOut.length / variance(n.values(), heldOut);
            }
        };
    }

    private static List<String> classes(ProbeTarget.Categorical c, int[] fit) {
        TreeSet<String> seen = new TreeSet<>();
        for (int r : fit) {
            seen.add(c.labels()[r]);
        }
        return new ArrayList<>(seen);
    }

    /** The population variance of the values at {@code rows}. */
    private static double variance(double[] values, int[] rows) {
        double mean = Arrays.stream(rows).mapToDouble(r -> values[r]).average().orElse(0);
        return Arrays.stream(rows).mapToDouble(r -> (values[r] - mean) * (values[r] - mean)).sum() / rows.length;
    }

    private static int argmax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }
}
