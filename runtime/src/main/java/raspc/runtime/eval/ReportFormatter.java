package raspc.runtime.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import raspc.compiler.task.TokenDistribution;
import raspc.runtime.Counts;

/** Plain-text summaries of reports for the terminal and log.txt. */
public final class ReportFormatter {
    private ReportFormatter() {}

    public static String summary(Report report) {
        StringBuilder out = new StringBuilder();
        boolean steps = report.bestStep() > 0 || (report.steps() > 0 && report.epochsCompleted() == 0);
        String weights = report.bestEpoch() == 0 ? "the initial parameters"
                : steps ? "best at step " + report.bestStep() : "best epoch " + report.bestEpoch();
        String done = steps ? Counts.of(report.steps(), "step") : Counts.of(report.epochsCompleted(), "epoch");
        out.append(String.format(Locale.ROOT, "%s  run %s  (%s, %s, %s, %s)%n", report.task(), report.runId(),
                report.device(), done, weights, report.stopReason()));
        Report.ModelSummary m = report.model();
        out.append(m.recurrent()
                ? String.format(Locale.ROOT, "model      %s, d=%d, %,d parameters%n", Counts.of(m.layers(), "LSTM layer"),
                        m.dim(), m.parameters())
                : String.format(Locale.ROOT, "model      %s x %s, d=%d, ff=%d, %,d parameters%n",
                        Counts.of(m.layers(), "layer"), Counts.of(m.heads(), "head"), m.dim(), m.ff(), m.parameters()));
        out.append(String.format(Locale.ROOT, "%-10s %10s %10s %10s %8s%n", "split", "token acc", "seq acc", "loss", "samples"));
        for (Map.Entry<String, SplitMetrics> e : report.splits().entrySet()) {
            out.append(row(e.getKey(), e.getValue()));
        }
        appendWorstLengths(out, report.byLength());
        appendAgreement(out, report.attentionAgreement());
        LengthGeneralisation g = report.lengthGeneralisation();
        if (g != null && g.evaluated()) {
            out.append(String.format(Locale.ROOT, "longer     lengths %d..%d: token acc %s, seq acc %s (%d fresh samples)%n",
                    g.minLength(), g.maxLength(), ReportLines.percent(g.metrics().tokenAccuracy()),
                    ReportLines.percent(g.metrics().sequenceAccuracy()), g.metrics().samples()));
        } else if (g != null) {
            out.append("longer     not evaluated: ").append(g.note()).append('\n');
        }
        appendGeneration(out, report.compositions());
        return out.toString();
    }

    /** Generation accuracy on the compositions seen in training and on the unseen ones. */
    private static void appendGeneration(StringBuilder out, GenerationReport g) {
        if (g == null) {
            return;
        }
        out.append(String.format(Locale.ROOT, "%-10s %10s %10s %10s %8s%n", "generated", "token acc", "seq acc", "forced",
                "comps"));
        out.append(generationRow("seen", g.seen()));
        out.append(generationRow("unseen", g.unseen()));
    }

    private static String generationRow(String name, GenerationReport.GenerationMetrics m) {
        return String.format(Locale.ROOT, "%-10s %10s %10s %10s %8d%n", name, ReportLines.percent(m.tokenAccuracy()),
                ReportLines.percent(m.sequenceAccuracy()), ReportLines.percent(m.teacherForcedAccuracy()), m.count());
    }

    public static String summary(CheckReport check) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s  run %s  on %d fresh samples of lengths %d..%d%s (seed %d)%n", check.task(),
                check.runId(), check.metrics().samples(), check.minLength(), check.maxLength(),
                check.tokens().equals(TokenDistribution.TRAINED.name()) ? "" : ", tokens " + check.tokens(), check.seed()));
        out.append(String.format(Locale.ROOT, "%-10s %10s %10s %10s %8s%n", "", "token acc", "seq acc", "loss", "samples"));
        out.append(row("fresh", check.metrics()));
        appendWorstLengths(out, check.byLength());
        appendAgreement(out, check.attentionAgreement());
        return out.toString();
    }

    /**
     * Several distributions side by side (one when there is only one): a row each, named by its
     * lengths and token distribution, then the weakest lengths of each row that has them.
     */
    public static String summary(List<CheckReport> checks) {
        if (checks.size() == 1) {
            return summary(checks.get(0));
        }
        CheckReport first = checks.get(0);
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s  run %s  on %d fresh samples per distribution (seed %d)%n",
                first.task(), first.runId(), first.metrics().samples(), first.seed()));
        int width = checks.stream().mapToInt(c -> name(c).length()).max().orElse(10);
        out.append(String.format(Locale.ROOT, "%-" + width + "s %10s %10s %10s %8s%n", "distribution", "token acc",
                "seq acc", "loss", "samples"));
        for (CheckReport c : checks) {
            out.append(String.format(Locale.ROOT, "%-" + width + "s %10s %10s %10.4f %8d%n", name(c),
                    ReportLines.percent(c.metrics().tokenAccuracy()), ReportLines.percent(c.metrics().sequenceAccuracy()),
                    c.metrics().loss(), c.metrics().samples()));
        }
        return out.toString();
    }

    private static String name(CheckReport c) {
        return "lengths " + c.minLength() + ".." + c.maxLength() + ", " + c.tokens();
    }

    private static String row(String name, SplitMetrics s) {
        return String.format(Locale.ROOT, "%-10s %10s %10s %10.4f %8d%n", name, ReportLines.percent(s.tokenAccuracy()),
                ReportLines.percent(s.sequenceAccuracy()), s.loss(), s.samples());
    }

    /** The three weakest lengths, when not everything is perfect: where a model fails is the interesting part. */
    private static void appendWorstLengths(StringBuilder out, List<LengthMetrics> byLength) {
        List<LengthMetrics> worst = byLength.stream().filter(l -> l.tokenAccuracy() < 1.0)
                .sorted((a, b) -> Double.compare(a.tokenAccuracy(), b.tokenAccuracy())).limit(3).toList();
        if (worst.isEmpty() || byLength.size() < 2) { // one length: the split's row already says it
            return;
        }
        out.append("weakest    ");
        for (LengthMetrics l : worst) {
            out.append(String.format(Locale.ROOT, "length %d: %s  ", l.length(), ReportLines.percent(l.tokenAccuracy())));
        }
        out.append('\n');
    }

    private static void appendAgreement(StringBuilder out, List<HeadAgreement> heads) {
        for (HeadAgreement h : heads) {
            out.append(String.format(Locale.ROOT, "attention  layer %d head %d: argmax on selected %s, mass on selected %s%n",
                    h.layer(), h.head(), ReportLines.percent(h.argmaxOnSelected()), ReportLines.percent(h.massOnSelected())));
        }
    }
}
