package raspc.runtime.plot;

import java.awt.Color;

/**
 * Colour maps as piecewise-linear interpolation between published anchor colours.
 * VIRIDIS (matplotlib's default) is perceptually uniform and readable in grey and by most
 * colour-blind readers, so it suits probabilities; BLUE_RED is ColorBrewer's RdBu reversed,
 * white at the centre, for scores whose sign matters.
 */
public enum ColourMap {
    VIRIDIS(new int[] {
        0x440154, 0x482878, 0x3E4989, 0x31688E, 0x26828E, 0x1F9E89, 0x35B779, 0x6DCD59, 0xFDE725}),
    BLUE_RED(new int[] {
        0x053061, 0x2166AC, 0x4393C3, 0x92C5DE, 0xD1E5F0, 0xF7F7F7,
        0xFDDBC7, 0xF4A582, 0xD6604D, 0xB2182B, 0x67001F});

    private final int[] anchors;

    ColourMap(int[] anchors) {
        this.anchors = anchors;
    }

    /** The colour at {@code t} in [0, 1]; values outside are clamped. */
    public Color at(double t) {
        double c = Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t));
        double pos = c * (anchors.length - 1);
        int i = Math.min((int) Math.floor(pos), anchors.length - 2);
        double f = pos - i;
        int a = anchors[i];
        int b = anchors[i + 1];
        return new Color(mix(a >> 16, b >> 16, f), mix(a >> 8, b >> 8, f), mix(a, b, f));
    }

    private static int mix(int a, int b, double f) {
        int x = a & 0xFF;
        int y = b & 0xFF;
        return (int) Math.round(x + (y - x) * f);
    }

    /** The colour that outlines target cells: one this map never produces, so it stands out. */
    public Color outline() {
        return this == VIRIDIS ? new Color(255, 0, 0) : new Color(0, 220, 0);
    }
}
