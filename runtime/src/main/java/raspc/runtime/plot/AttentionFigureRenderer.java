package raspc.runtime.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Paints an {@link AttentionFigure} with Java2D, following the geometry planned by
 * {@link AttentionLayout}: a heat-map grid per head with token labels, an optional outline of
 * the head's target cells, optional values in the cells, a shared colour bar and a legend.
 * Cells and outlines are drawn without antialiasing so their pixels carry exact colours
 * (which is also what the tests check); text is antialiased.
 */
public final class AttentionFigureRenderer {
    static {
        Headless.ensure();
    }

    static final Color TEXT = new Color(0x202020);
    static final Color MUTED = new Color(0x555555);
    static final Color FRAME = new Color(0x808080);
    /** Width of the target outline, drawn inside each target cell. */
    static final int OUTLINE = 2;

    /** A picture and where everything is in it. */
    public record Rendered(BufferedImage image, FigureLayout layout) {
    }

    private AttentionFigureRenderer() {
    }

    public static Rendered render(AttentionFigure figure) {
        AttentionLayout.Plan plan = AttentionLayout.plan(figure);
        FigureLayout layout = plan.layout();
        try (Canvas canvas = Canvas.white(layout.width(), layout.height())) {
            Graphics2D g = canvas.graphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            g.setColor(TEXT);
            g.setFont(plan.fonts().title());
            List<String> title = layout.title();
            for (int i = 0; i < title.size(); i++) {
                g.drawString(title.get(i), AttentionLayout.MARGIN, plan.titleBaseline() + i * plan.titleLineHeight());
            }
            for (PanelLayout panel : layout.panels()) {
                paintPanel(g, figure, plan, panel);
            }
            paintColourBar(g, plan);
            paintLegend(g, plan);
            return new Rendered(canvas.image(), layout);
        }
    }

    /** Renders and writes the PNG atomically; returns the layout of what was written. */
    public static FigureLayout write(AttentionFigure figure, Path png) throws IOException {
        Rendered r = render(figure);
        PngFiles.write(r.image(), png);
        return r.layout();
    }

    private static void paintPanel(Graphics2D g, AttentionFigure figure, AttentionLayout.Plan plan, PanelLayout p) {
        HeadPanel head = figure.heads().get(p.index());
        AttentionLayout.Fonts fonts = plan.fonts();
        Rectangle b = p.bounds();
        FontMetrics hm = g.getFontMetrics(fonts.header());
        g.setColor(TEXT);
        g.setFont(fonts.header());
        g.drawString(p.label(), b.x, b.y + hm.getAscent());
        if (!p.caption().isEmpty()) {
            FontMetrics cm = g.getFontMetrics(fonts.caption());
            g.setColor(MUTED);
            g.setFont(fonts.caption());
            g.drawString(p.caption(), b.x, b.y + hm.getAscent() + hm.getDescent() + cm.getAscent());
        }
        paintLabels(g, plan, p);
        paintCells(g, figure, plan, head, p);
        Rectangle grid = p.grid();
        g.setColor(FRAME);
        g.drawRect(grid.x - 1, grid.y - 1, grid.width + 1, grid.height + 1);
    }

    private static void paintLabels(Graphics2D g, AttentionLayout.Plan plan, PanelLayout p) {
        AxisLabels labels = plan.labels();
        FontMetrics m = g.getFontMetrics(labels.tokenFont());
        Rectangle grid = p.grid();
        int c = p.cellSize();
        int textMiddle = (m.getAscent() - m.getDescent()) / 2;
        for (AxisLabel label : labels.labels()) {
            int i = label.position();
            int w = labels.width(label);
            // query label: right-aligned left of row i, vertically centred
            labels.draw(g, label, grid.x - 6 - w, grid.y + i * c + c / 2 + textMiddle, TEXT, MUTED);
            int centreX = grid.x + i * c + c / 2;
            if (plan.layout().keyLabelsRotated()) {
                // key label: reads bottom-to-top, starting just above the grid
                AffineTransform saved = g.getTransform();
                g.translate(centreX + textMiddle, grid.y - 5);
                g.rotate(-Math.PI / 2);
                labels.draw(g, label, 0, 0, TEXT, MUTED);
                g.setTransform(saved);
            } else {
                labels.draw(g, label, centreX - w / 2, grid.y - 5 - m.getDescent() - labels.indexDrop(), TEXT, MUTED);
            }
        }
    }

    private static void paintCells(Graphics2D g, AttentionFigure figure, AttentionLayout.Plan plan,
                                   HeadPanel head, PanelLayout p) {
        ColourScale scale = plan.layout().scale();
        int n = p.n();
        boolean numbers = plan.numbers() != null;
        boolean overlay = figure.overlayTargets() && head.hasTarget();
        Color outline = scale.map().outline();
        FontMetrics nm = numbers ? g.getFontMetrics(plan.fonts().number()) : null;
        for (int q = 0; q < n; q++) {
            for (int k = 0; k < n; k++) {
                Rectangle r = p.cell(q, k);
                float v = head.value(q, k);
                Color fill = scale.colour(v);
                g.setColor(fill);
                g.fillRect(r.x, r.y, r.width, r.height);
                if (!Float.isFinite(v)) {
                    g.setColor(FRAME); // a diagonal marks masked cells even in grey-scale prints
                    g.drawLine(r.x + 2, r.y + r.height - 3, r.x + r.width - 3, r.y + 2);
                }
                if (numbers) {
                    String text = plan.numbers().format(v);
                    g.setFont(plan.fonts().number());
                    g.setColor(luminance(fill) > 0.5 ? Color.BLACK : Color.WHITE);
                    g.drawString(text, r.x + (r.width - nm.stringWidth(text)) / 2,
                            r.y + (r.height + nm.getAscent() - nm.getDescent()) / 2);
                }
                if (overlay && head.isTarget(q, k)) {
                    g.setColor(outline);
                    g.fillRect(r.x, r.y, r.width, OUTLINE);
                    g.fillRect(r.x, r.y + r.height - OUTLINE, r.width, OUTLINE);
                    g.fillRect(r.x, r.y, OUTLINE, r.height);
                    g.fillRect(r.x + r.width - OUTLINE, r.y, OUTLINE, r.height);
                }
            }
        }
    }

    private static void paintColourBar(Graphics2D g, AttentionLayout.Plan plan) {
        FigureLayout layout = plan.layout();
        ColourScale scale = layout.scale();
        Rectangle bar = layout.colourBar();
        for (int y = 0; y < bar.height; y++) {
            double value = scale.max() - (scale.max() - scale.min()) * y / (bar.height - 1.0);
            g.setColor(scale.colour(value));
            g.fillRect(bar.x, bar.y + y, bar.width, 1);
        }
        g.setColor(FRAME);
        g.drawRect(bar.x - 1, bar.y - 1, bar.width + 1, bar.height + 1);
        Font font = plan.fonts().tick();
        FontMetrics m = g.getFontMetrics(font);
        g.setFont(font);
        g.setColor(TEXT);
        g.drawString(plan.barCaption(), bar.x, bar.y - 8);
        for (double t : scale.ticks()) {
            int y = bar.y + (int) Math.round((scale.max() - t) / (scale.max() - scale.min()) * (bar.height - 1));
            g.drawLine(bar.x + bar.width, y, bar.x + bar.width + AttentionLayout.TICK, y);
            g.drawString(ColourScale.tickLabel(t), bar.x + bar.width + AttentionLayout.TICK + 3,
                    y + (m.getAscent() - m.getDescent()) / 2);
        }
    }

    private static void paintLegend(Graphics2D g, AttentionLayout.Plan plan) {
        Font font = plan.fonts().legend();
        FontMetrics m = g.getFontMetrics(font);
        g.setFont(font);
        g.setColor(MUTED);
        int y = plan.legendTop() + m.getAscent();
        for (String line : plan.layout().legend()) {
            g.drawString(line, AttentionLayout.MARGIN, y);
            y += m.getHeight();
        }
    }

    static double luminance(Color c) {
        return (0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue()) / 255.0;
    }
}
