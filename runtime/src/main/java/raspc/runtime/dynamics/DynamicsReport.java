package raspc.runtime.dynamics;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import raspc.runtime.run.Json;
import raspc.runtime.run.RunFolder;

/**
 * {@code raspc dynamics}: a run's loss curve, its plateaus and the abrupt drops that end them.
 *
 * @param perStep whether the curve is the logged step losses (else one point per round)
 * @param points the curve's points
 * @param finalLoss the last point's loss
 * @param curve the curve itself, for the picture (not in the JSON)
 */
public record DynamicsReport(String task, String run, boolean perStep, int points, long firstStep, long lastStep,
        double finalLoss, DropCriteria criteria, List<Drop> drops, @JsonIgnore LossCurve curve) {

    /** The report of a run folder's metrics.jsonl, with the given criteria (null: their defaults). */
    public static DynamicsReport of(RunFolder folder, Double factor, Long window, Long plateau, Double band,
            Integer smoothing) {
        LossCurve curve = LossCurve.of(folder.readMetrics());
        var config = folder.readConfig();
        return of(config.task(), config.runId(), curve,
                DropCriteria.forCurve(curve, factor, window, plateau, band, smoothing));
    }

    public static DynamicsReport of(String task, String run, LossCurve curve, DropCriteria criteria) {
        int n = curve.size();
        return new DynamicsReport(task, run, curve.perStep(), n, n == 0 ? 0 : curve.steps()[0],
                n == 0 ? 0 : curve.steps()[n - 1], n == 0 ? Double.NaN : curve.losses()[n - 1], criteria,
                DropDetector.find(curve, criteria), curve);
    }

    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append(task).append("  run ").append(run).append('\n');
        if (points == 0) {
            return out.append("no training loss recorded yet (metrics.jsonl is empty)\n").toString();
        }
        out.append(String.format(Locale.ROOT, "%d points of the training loss (%s), steps %d..%d, final loss %.4g%n",
                points, perStep ? "logged steps" : "one per round; train with --log-every N for every N steps",
                firstStep, lastStep, finalLoss));
        out.append(String.format(Locale.ROOT,
                "a drop: the loss falls below the plateau level / %s within %d steps after a plateau of at least %d"
                        + " steps within a factor %s (%s)%n",
                plain(criteria.factor()), criteria.window(), criteria.plateau(), plain(criteria.band()),
                criteria.smoothing() == 1 ? "unsmoothed" : "running median of " + criteria.smoothing() + " points"));
        if (drops.isEmpty()) {
            return out.append("no abrupt drop\n").toString();
        }
        out.append(String.format(Locale.ROOT, "%-16s %10s %12s %12s %10s %10s %9s%n", "plateau (steps)", "level",
                "drop start", "drop end", "duration", "after", "fall"));
        for (Drop d : drops) {
            out.append(String.format(Locale.ROOT, "%-16s %10.4g %12d %12d %10d %10.4g %8.1fx%n",
                    d.plateauStart() + ".." + d.dropStart(), d.plateauLevel(), d.dropStart(), d.dropEnd(), d.duration(),
                    d.lossAfter(), d.fall()));
        }
        return out.toString();
    }

    /** 10 as "10", 2.5 as "2.5". */
    private static String plain(double v) {
        return new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
    }

    public String toJson() {
        return Json.pretty(this);
    }
}
