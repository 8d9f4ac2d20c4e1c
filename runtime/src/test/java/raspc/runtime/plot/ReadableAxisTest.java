package raspc.runtime.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.jfree.chart.axis.NumberAxis;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ReadableAxisTest {
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "1.04e-5; 1.16e-5; y (×10⁻⁵); 1.04 1.06 1.08 1.10 1.12 1.14 1.16",
        "20.00001; 20.00003; y; 19.8 19.9 20.0 20.1 20.2",
        "0.09; 3.08; y; 0.0 0.5 1.0 1.5 2.0 2.5 3.0",
        "-7.4; 14.2; y; -5 0 5 10 15",
        "0; 0; y; -0.4 -0.2 0.0 0.2 0.4",
        "-1e-4; 1e-4; y (×10⁻⁴); -1.0 -0.5 0.0 0.5 1.0",
        "12345; 98765; y; 20000 40000 60000 80000 100000",
        "1e6; 1.2e6; y (×10⁶); 1.00 1.05 1.10 1.15 1.20"})
    void roundTicksWithOneNumberOfDecimalsAndAFactorInTheLabelForTinyOrHugeValues(double lo, double hi,
                                                                                  String label, String ticks) {
        ReadableAxis axis = ReadableAxis.of(lo, hi);
        assertEquals(label, axis.label("y"));
        assertEquals(List.of(ticks.split(" ")), axis.ticks().stream().map(axis::tickLabel).toList(), axis.toString());
    }

    @Test
    void everyRangeGetsFourToNineDistinctPlainTicksAndHoldsItsData() {
        Random random = new Random(12);
        for (int i = 0; i < 2000; i++) {
            double scale = Math.pow(10, random.nextInt(19) - 9);
            double lo = (random.nextDouble() * 2 - 1) * scale;
            double hi = lo + random.nextDouble() * scale * Math.pow(10, -random.nextInt(8));
            ReadableAxis axis = ReadableAxis.of(lo, hi);
            String where = lo + ".." + hi + ": " + axis;
            assertTrue(axis.lower() < lo && hi < axis.upper(), "data outside the axis: " + where);
            List<String> labels = axis.ticks().stream().map(axis::tickLabel).toList();
            assertTrue(labels.size() >= 4 && labels.size() <= 9, labels + " for " + where);
            assertEquals(labels.size(), new HashSet<>(labels).size(), "repeated tick labels " + labels + " for " + where);
            assertTrue(labels.stream().allMatch(l -> l.matches("-?\\d+(\\.\\d+)?") && l.length() <= 8),
                    "not a short plain number: " + labels + " for " + where);
        }
    }

    @Test
    void theJFreeChartAxisUsesThatRangeStepAndLabels() {
        ReadableAxis readable = ReadableAxis.of(1.04e-5, 1.16e-5);
        NumberAxis axis = readable.toAxis("sharpness");
        assertEquals("sharpness (×10⁻⁵)", axis.getLabel());
        assertFalse(axis.isAutoRange());
        assertFalse(axis.isAutoTickUnitSelection());
        assertEquals(readable.lower(), axis.getLowerBound(), 0);
        assertEquals(readable.upper(), axis.getUpperBound(), 0);
        assertEquals(2e-7, axis.getTickUnit().getSize(), 1e-20);
        assertEquals("1.10", axis.getTickUnit().valueToString(1.1e-5));
    }

    @Test
    void noFiniteDataGivesAUnitRange() {
        ReadableAxis axis = ReadableAxis.of(Double.NaN, Double.NaN);
        assertTrue(axis.lower() < 0 && axis.upper() > 1, axis.toString());
    }
}
