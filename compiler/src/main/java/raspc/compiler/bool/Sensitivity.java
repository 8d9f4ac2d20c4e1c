package raspc.compiler.bool;

/**
 * Entry point: exact analysis when n is at most the configured cap (and Monte Carlo was not
 * asked for), Monte Carlo otherwise.
 */
public final class Sensitivity {
    private Sensitivity() {}

    public static SensitivityReport analyze(BooleanFunction f, SensitivityOptions options) {
        return useExact(f.n(), options) ? ExactSensitivity.analyze(f, options) : MonteCarloSensitivity.analyze(f, options);
    }

    public static SensitivityReport analyzeReal(RealFunction g, SensitivityOptions options) {
        return useExact(g.n(), options) ? ExactSensitivity.analyzeReal(g, options) : MonteCarloSensitivity.analyzeReal(g, options);
    }

    public static boolean useExact(int n, SensitivityOptions options) {
        return !options.monteCarlo() && n <= options.exactMaxN();
    }
}
