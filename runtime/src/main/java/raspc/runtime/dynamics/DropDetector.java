package raspc.runtime.dynamics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Finds the plateaus of a loss curve that end in an abrupt drop ({@link DropCriteria}). It
 * works on the logarithm of the running-median loss, where "within a factor" is a fixed width.
 * Scanning the curve's points as plateau ends, the earliest start whose stretch stays within the
 * band is kept with two monotone queues (so a curve of every step of a long run is one pass);
 * a stretch long enough that is followed by a deep enough fall within the window is a drop, and
 * the search goes on from the drop's end, so a run with several plateaus reports each.
 */
public final class DropDetector {
    private DropDetector() {}

    public static List<Drop> find(LossCurve curve, DropCriteria criteria) {
        long[] steps = curve.steps();
        double[] smoothed = RunningMedian.of(curve.losses(), criteria.smoothing());
        double[] log = Arrays.stream(smoothed).map(v -> Math.log(Math.max(v, Double.MIN_NORMAL))).toArray();
        double band = Math.log(criteria.band());
        List<Drop> drops = new ArrayList<>();
        Stretch stretch = new Stretch(log);
        int end = 0;
        while (end < log.length) {
            stretch.extendTo(end, band);
            int start = stretch.start();
            if (steps[end] - steps[start] >= criteria.plateau()) {
                // the plateau goes on as long as the band holds; the fall starts after its last point
                int last = end;
                while (last + 1 < log.length && stretch.holds(last + 1, band)) {
                    stretch.extendTo(++last, band);
                }
                double level = median(smoothed, start, last);
                int after = firstBelow(smoothed, last + 1, level / criteria.factor());
                if (after >= 0 && steps[after] - steps[last] <= criteria.window()) {
                    drops.add(new Drop(steps[start], steps[last], level, steps[after], smoothed[after]));
                    stretch = new Stretch(log, after);
                    end = after;
                    continue;
                }
                end = last;
            }
            end++;
        }
        return drops;
    }

    private static int firstBelow(double[] values, int from, double threshold) {
        for (int i = from; i < values.length; i++) {
            if (values[i] < threshold) {
                return i;
            }
        }
        return -1;
    }

    private static double median(double[] values, int from, int to) {
        double[] part = Arrays.copyOfRange(values, from, to + 1);
        Arrays.sort(part);
        int n = part.length;
        return n % 2 == 1 ? part[n / 2] : (part[n / 2 - 1] + part[n / 2]) / 2;
    }

    /**
     * The longest stretch ending at a given point whose values span at most the band: the
     * highest and lowest values' indices in two monotone queues, the start moving only forward.
     */
    private static final class Stretch {
        private final double[] values;
        private final Deque<Integer> highest = new ArrayDeque<>();
        private final Deque<Integer> lowest = new ArrayDeque<>();
        private int start;
        private int end;

        Stretch(double[] values) {
            this(values, 0);
        }

        /** A stretch that may start no earlier than {@code first}. */
        Stretch(double[] values, int first) {
            this.values = values;
            this.start = first;
            this.end = first - 1;
        }

        int start() {
            return start;
        }

        /** Whether the stretch so far and point {@code next} span at most the band. */
        boolean holds(int next, double band) {
            double v = values[next];
            return Math.max(v, values[highest.peekFirst()]) - Math.min(v, values[lowest.peekFirst()]) <= band;
        }

        void extendTo(int last, double band) {
            while (end < last) {
                end++;
                double v = values[end];
                while (!highest.isEmpty() && values[highest.peekLast()] <= v) {
                    highest.pollLast();
                }
                highest.addLast(end);
                while (!lowest.isEmpty() && values[lowest.peekLast()] >= v) {
                    lowest.pollLast();
                }
                lowest.addLast(end);
                while (values[highest.peekFirst()] - values[lowest.peekFirst()] > band) {
                    start++;
                    if (highest.peekFirst() < start) {
                        highest.pollFirst();
                    }
                    if (lowest.peekFirst() < start) {
                        lowest.pollFirst();
                    }
                }
            }
        }
    }
}
