package raspc.runtime.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Linear probes of one run: for each target a score at each residual stage, held out, with the
 * same probe on an untrained model (control) and the score of guessing without looking (chance).
 *
 * @param rows residual rows probed (positions, or one readout per sample)
 * @param heldOutRows rows of the held-out samples, on which every score is measured
 * @param plannedLayers the layers of the program's plan (null for a Boolean function)
 * @param heldOutBy what the held-out share is of: {@link #BY_SAMPLE} or {@link #BY_PREFIX}
 * @param targets one entry per probed quantity
 * @param skipped quantities that cannot be probed on these samples, and why
 */
public record ProbeReport(String task, String runId, int samples, int rows, int heldOutRows, double heldOutShare,
        long seed, int stages, Integer plannedLayers, String heldOutBy, List<Row> targets, List<Skipped> skipped)
        implements InspectionReport {
    /** {@code heldOutBy}: whole samples are held out. */
    public static final String BY_SAMPLE = "samples";
    /** {@code heldOutBy}: a causal decoder's rows are held out by the prefix their position reads. */
    public static final String BY_PREFIX = "prefixes";


    /**
     * @param measure "accuracy" (categorical, one-hot classification) or "r2" (numerical regression)
     * @param plannedStage the stage after which the plan computes it (null when there is no plan)
     * @param bestStage the stage where the probe scores highest
     */
    public record Row(String target, String measure, Integer plannedStage, double chance, List<StageScore> byStage,
            int bestStage) {
        static Row of(ProbeTarget t, double chance, List<StageScore> byStage) {
            int best = 0;
            for (StageScore s : byStage) {
                if (s.score() > byStage.get(best).score()) {
                    best = s.stage();
                }
            }
            return new Row(t.name(), t instanceof ProbeTarget.Categorical ? "accuracy" : "r2",
                    t.plannedStage() < 0 ? null : t.plannedStage(), chance, byStage, best);
        }
    }

    /**
     * @param score held-out accuracy or R² of the probe with a bias
     * @param scoreWithoutBias the same probe fitted through the origin
     * @param mse held-out mean squared error (numerical targets only)
     * @param control the probe with a bias on the untrained model's residual at this stage
     */
    public record StageScore(int stage, double score, double scoreWithoutBias, Double mse, double control) {}

    public record Skipped(String target, String reason) {}

    @Override
    public List<Heatmap> heatmaps() {
        List<String> names = new ArrayList<>();
        List<String> stageNames = new ArrayList<>();
        double[][] values = new double[targets.size()][stages];
        for (int st = 0; st < stages; st++) {
            stageNames.add("S" + st);
        }
        for (int i = 0; i < targets.size(); i++) {
            Row r = targets.get(i);
            names.add(r.target() + (r.measure().equals("r2") ? " (R²)" : ""));
            for (StageScore st : r.byStage()) {
                values[i][st.stage()] = st.score();
            }
        }
        return List.of(new Heatmap("probe", "probes of " + task + " (run " + runId + "): held-out accuracy or R²", names,
                stageNames, values, false));
    }

    /** A target x stage table, shaded, with the plan's stage, the control and chance. */
    @Override
    public String toText() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "linear probes of %s (run %s): %d samples, %d rows; scored on %d held-out rows"
                + " (%.0f%% of the %s)%n", task, runId, samples, rows, heldOutRows, 100 * heldOutShare, heldOutBy));
        s.append("score: accuracy for categorical targets, R² for numerical ones; S0 = after the embedding, S"
                + "l = after layer l; control = the probe on an untrained model of this shape\n\n");
        s.append(String.format(Locale.ROOT, "%-22s %-4s %-5s", "target", "", "plan"));
        for (int st = 0; st < stages; st++) {
            s.append(String.format(Locale.ROOT, "%9s ", "S" + st));
        }
        s.append(String.format(Locale.ROOT, " %-5s %8s %8s%n", "best", "control", "chance"));
        for (Row r : targets) {
            s.append(String.format(Locale.ROOT, "%-22s %-4s %-5s", clip(r.target(), 22), r.measure().equals("r2") ? "R²" : "acc",
                    r.plannedStage() == null ? "" : "S" + r.plannedStage()));
            for (StageScore st : r.byStage()) {
                s.append(TextBars.cell(st.score()));
            }
            StageScore best = r.byStage().get(r.bestStage());
            s.append(String.format(Locale.ROOT, " %-5s %8.3f %8.3f%n", "S" + r.bestStage(), best.control(), r.chance()));
        }
        for (Skipped k : skipped) {
            s.append(String.format(Locale.ROOT, "%-22s not probed: %s%n", clip(k.target(), 22), k.reason()));
        }
        return s.toString();
    }

    private static String clip(String text, int width) {
        // the end of a name says most (file.rasp:name, parity(x[0..12]))
        return text.length() > width ? "…" + text.substring(text.length() - width + 1) : text;
    }
}
