package raspc.runtime.draw;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import raspc.runtime.dynamics.Drop;
import raspc.runtime.dynamics.DynamicsReport;
import raspc.runtime.plot.CurveSpan;
import raspc.runtime.plot.LossCurveFigure;

/** {@code dynamics.png}: the report's loss curve with each plateau and drop shaded and labelled. */
public final class DynamicsPicture {
    public static final String FILE = "dynamics.png";

    private DynamicsPicture() {}

    public static void write(DynamicsReport report, Path png) {
        List<CurveSpan> spans = new ArrayList<>();
        for (Drop d : report.drops()) {
            spans.add(new CurveSpan(d.plateauStart(), d.dropStart(), CurveSpan.Kind.PLATEAU,
                    String.format(Locale.ROOT, " plateau %.3g", d.plateauLevel())));
            spans.add(new CurveSpan(d.dropStart(), d.dropEnd(), CurveSpan.Kind.DROP,
                    String.format(Locale.ROOT, "drop %.0fx in %d steps ", d.fall(), d.duration())));
        }
        LossCurveFigure.write(png, report.task() + "  run " + report.run()
                + (report.perStep() ? "" : "  (one point per round)"), report.curve().steps(), report.curve().losses(),
                spans);
    }
}
