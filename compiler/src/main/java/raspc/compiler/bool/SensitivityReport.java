package raspc.compiler.bool;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The result of a sensitivity analysis. {@code averageSensitivity} is as(f) = sum_i Inf_i (the
 * total influence, between 0 and n); {@code flipRate} is as(f)/n, the probability that flipping
 * one uniformly chosen bit changes the output. Fields that a method cannot give are null:
 * Monte Carlo has no degree, spectrum or max sensitivity; exact analysis has no standard errors.
 *
 * @param function    the function's name, e.g. parity_20
 * @param n           number of input bits
 * @param method      "exact" or "monte-carlo"
 * @param output      "boolean" or "real"
 * @param influences  Inf_i for each bit i (x[0] first)
 * @param degree      Fourier degree (exact only)
 * @param maxSensitivity max over x of the number of sensitive bits (for real g: of (1/4) sum_i (g(x)-g(x^i))^2)
 * @param noiseSensitivity NS_delta keyed by delta as written (e.g. "0.1")
 * @param spectrum    Fourier weight per degree 0..n (exact only)
 */
public record SensitivityReport(String function, int n, String method, String output, double averageSensitivity,
                                double flipRate, Double standardError, double[] influences,
                                double[] influenceStandardErrors, Integer degree, Number maxSensitivity,
                                Map<String, Double> noiseSensitivity, Map<String, Double> noiseSensitivityStandardError,
                                double[] spectrum, Long samples, Long seed) {
    public static final String EXACT = "exact";
    public static final String MONTE_CARLO = "monte-carlo";

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT);

    /** The report as pretty-printed JSON with snake_case keys. */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a sensitivity report as JSON", e);
        }
    }

    /** The key used for delta in the noise-sensitivity maps: 0.1 -> "0.1". */
    static String deltaKey(double delta) {
        return BigDecimal.valueOf(delta).stripTrailingZeros().toPlainString();
    }
}
