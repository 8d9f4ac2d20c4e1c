package raspc.compiler.bool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class SensitivityReportTest {

    @Test
    void exactReportAsJson() throws Exception {
        SensitivityReport r = ExactSensitivity.analyze(BooleanFunctions.majority(3),
                SensitivityOptions.defaults().withDeltas(List.of(0.1, 0.25)));
        JsonNode json = new ObjectMapper().readTree(r.toJson());
        assertEquals(1.5, json.get("average_sensitivity").asDouble(), 1e-12);
        assertEquals(0.5, json.get("flip_rate").asDouble(), 1e-12);
        assertEquals("exact", json.get("method").asText());
        assertEquals(3, json.get("n").asInt());
        assertEquals(3, json.get("degree").asInt());
        assertEquals(2, json.get("max_sensitivity").asInt());
        assertEquals(3, json.get("influences").size());
        assertEquals(0.5, json.get("influences").get(0).asDouble(), 1e-12);
        assertEquals(0.136, json.get("noise_sensitivity").get("0.1").asDouble(), 5e-4);
        assertTrue(json.get("noise_sensitivity").has("0.25"));
        assertEquals(4, json.get("spectrum").size());
        assertTrue(json.get("standard_error").isNull());
        assertEquals("majority_3", json.get("function").asText());
    }

    @Test
    void monteCarloReportAsJsonHasStandardErrorsAndNoDegree() throws Exception {
        SensitivityReport r = Sensitivity.analyze(BooleanFunctions.majority(45),
                SensitivityOptions.defaults().withSamples(45_000).withSeed(2));
        JsonNode json = new ObjectMapper().readTree(r.toJson());
        assertEquals("monte-carlo", json.get("method").asText());
        assertTrue(json.get("degree").isNull());
        assertTrue(json.get("standard_error").asDouble() > 0);
        assertEquals(45, json.get("influence_standard_errors").size());
        assertEquals(45_000, json.get("samples").asLong());
        assertEquals(2, json.get("seed").asLong());
    }
}
