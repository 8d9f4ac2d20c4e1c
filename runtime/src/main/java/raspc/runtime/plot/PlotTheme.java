package raspc.runtime.plot;

import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;

/**
 * The look of every JFreeChart picture (training curves, sweep plots): {@link PlotFonts}' face
 * instead of the default theme's "Tahoma", which most machines lack, and white backgrounds.
 * Applying a theme clears series colours, strokes and fonts set before it, so apply it first.
 */
public final class PlotTheme {
    static {
        Headless.ensure();
    }

    private PlotTheme() {
    }

    public static void apply(JFreeChart chart) {
        StandardChartTheme theme = new StandardChartTheme("raspc");
        theme.setExtraLargeFont(PlotFonts.bold(16));
        theme.setLargeFont(PlotFonts.bold(14));
        theme.setRegularFont(PlotFonts.plain(12));
        theme.setSmallFont(PlotFonts.plain(10));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setShadowVisible(false);
        theme.apply(chart);
    }
}
