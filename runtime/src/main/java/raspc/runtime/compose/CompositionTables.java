package raspc.runtime.compose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import raspc.runtime.eval.GenerationEvaluator.GroupResult;
import raspc.runtime.eval.GenerationReport;
import raspc.runtime.eval.ReportLines;

/**
 * The accuracy tables of a composition run, from its per-composition results
 * (compositions.jsonl): by number of non-identity functions, seen and unseen apart; the
 * compositions that fail most; and for step-by-step runs the accuracy of each generated
 * intermediate output.
 */
public final class CompositionTables {
    private final List<GroupResult> groups;
    private final int levels;

    public CompositionTables(List<GroupResult> groups) {
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("the run evaluated no compositions");
        }
        this.groups = List.copyOf(groups);
        this.levels = tokens(groups.get(0).group()).length;
    }

    /** Non-identity functions of a composition id ("T0_1 T1_0 ..."): its tokens not ending in _0. */
    public static int functions(String compositionId) {
        int n = 0;
        for (String t : tokens(compositionId)) {
            n += t.endsWith("_0") ? 0 : 1;
        }
        return n;
    }

    /** One row of the table by number of functions. */
    public record FunctionsRow(int functions, GenerationReport.GenerationMetrics seen, GenerationReport.GenerationMetrics unseen) {}

    /** In-order compositions by number of non-identity functions (0..levels). */
    public List<FunctionsRow> byFunctions() {
        List<FunctionsRow> out = new ArrayList<>();
        for (int f = 0; f <= levels; f++) {
            int k = f;
            Predicate<GroupResult> inOrder = g -> g.bucket().equals("in order") && functions(g.group()) == k;
            out.add(new FunctionsRow(f, GenerationReport.metrics(groups, inOrder.and(GroupResult::seen)),
                    GenerationReport.metrics(groups, inOrder.and(g -> !g.seen()))));
        }
        return out;
    }

    /** The {@code count} compositions with the lowest all-answer-right accuracy (ties: lower token accuracy first). */
    public List<GroupResult> weakest(int count) {
        return groups.stream().sorted(Comparator.comparingDouble(GroupResult::sequenceAccuracy)
                .thenComparingDouble(GroupResult::tokenAccuracy).thenComparing(GroupResult::group)).limit(count).toList();
    }

    /**
     * Accuracy of each generated output, step by step ({@code [step]}), over the groups
     * {@code which} keeps: the generated part of a step-by-step document is f0(x) ' ' f1(..) ' ' ... y,
     * so step s covers its {@code answerLength} tokens after s separators.
     */
    public double[] perStep(int answerLength, Predicate<GroupResult> which) {
        double[] sums = new double[levels];
        int n = 0;
        for (GroupResult g : groups) {
            if (!which.test(g)) {
                continue;
            }
            n++;
            for (int s = 0; s < levels; s++) {
                double step = 0;
                for (int i = 0; i < answerLength; i++) {
                    step += g.generatedAccuracy()[s * (answerLength + 1) + i];
                }
                sums[s] += step / answerLength;
            }
        }
        for (int s = 0; s < levels; s++) {
            sums[s] = n == 0 ? Double.NaN : sums[s] / n;
        }
        return sums;
    }

    /** Whether the generated part has room for every step: step-by-step documents. */
    public boolean stepByStep(int answerLength) {
        return groups.get(0).generatedAccuracy().length == levels * (answerLength + 1) - 1;
    }

    /** The tables as text. */
    public String text(int answerLength, int weakest) {
        StringBuilder out = new StringBuilder();
        out.append("accuracy by number of non-identity functions (in-order compositions; seq = all ")
                .append(answerLength).append(" answer tokens right)\n");
        out.append(String.format(Locale.ROOT, "%-9s %8s %10s %10s %8s %10s %10s%n", "functions", "seen", "seq acc",
                "token acc", "unseen", "seq acc", "token acc"));
        for (FunctionsRow r : byFunctions()) {
            out.append(String.format(Locale.ROOT, "%-9d %8d %10s %10s %8d %10s %10s%n", r.functions(), r.seen().count(),
                    ReportLines.percent(r.seen().sequenceAccuracy()), ReportLines.percent(r.seen().tokenAccuracy()),
                    r.unseen().count(), ReportLines.percent(r.unseen().sequenceAccuracy()),
                    ReportLines.percent(r.unseen().tokenAccuracy())));
        }
        out.append("weakest compositions\n");
        for (GroupResult g : weakest(weakest)) {
            out.append(String.format(Locale.ROOT, "  %-28s %-7s %-28s seq %s  token %s  forced %s%n", g.group(),
                    g.seen() ? "seen" : "unseen", g.bucket(), ReportLines.percent(g.sequenceAccuracy()),
                    ReportLines.percent(g.tokenAccuracy()), ReportLines.percent(g.teacherForcedAccuracy())));
        }
        if (stepByStep(answerLength)) {
            double[] seen = perStep(answerLength, GroupResult::seen);
            double[] unseen = perStep(answerLength, g -> !g.seen());
            out.append("generated intermediate outputs, token accuracy per step\n");
            out.append(String.format(Locale.ROOT, "%-9s %10s %10s%n", "step", "seen", "unseen"));
            for (int s = 0; s < levels; s++) {
                out.append(String.format(Locale.ROOT, "%-9s %10s %10s%n", "f" + s, ReportLines.percent(seen[s]),
                        ReportLines.percent(unseen[s])));
            }
        }
        return out.toString();
    }

    private static String[] tokens(String id) {
        return id.trim().split("\\s+");
    }
}
