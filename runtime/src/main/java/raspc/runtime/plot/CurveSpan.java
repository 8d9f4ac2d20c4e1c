package raspc.runtime.plot;

/** A stretch of a curve's x axis to shade, with its label: a plateau, or the drop after it. */
public record CurveSpan(double from, double to, Kind kind, String label) {
    public enum Kind { PLATEAU, DROP }
}
