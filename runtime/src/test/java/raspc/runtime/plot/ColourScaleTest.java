package raspc.runtime.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColourScaleTest {
    @Test
    void probabilitiesUseAFixedRangeWhateverTheData() {
        ColourScale s = ColourScale.forKind(MapKind.PROBABILITIES, List.<float[][]>of(new float[][] {{0.2f}}));
        assertEquals(0, s.min());
        assertEquals(1, s.max());
        assertEquals(new Color(0x440154), s.colour(0));
        assertEquals(new Color(0xFDE725), s.colour(1));
    }

    @Test
    void scoresOfOneSignUseTheirOwnRangeAndConstantScoresStillHaveOne() {
        ColourScale s = ColourScale.forKind(MapKind.SCORES, List.<float[][]>of(new float[][] {{1f, 3f}, {2f, Float.NaN}}));
        assertEquals(ColourMap.VIRIDIS, s.map());
        assertEquals(1, s.min());
        assertEquals(3, s.max());
        ColourScale c = ColourScale.forKind(MapKind.SCORES, List.<float[][]>of(new float[][] {{4f}}));
        assertEquals(3.5, c.min());
        assertEquals(4.5, c.max());
    }

    @Test
    void divergingScaleIsWhiteAtZero() {
        ColourScale s = ColourScale.forKind(MapKind.SCORES, List.<float[][]>of(new float[][] {{-1f, 5f}}));
        assertEquals(new Color(0xF7F7F7), s.colour(0));
    }

    @Test
    void ticksAreRoundNumbersInsideTheRange() {
        assertEquals(List.of(0.0, 0.2, 0.4, 0.6000000000000001, 0.8, 1.0), new ColourScale(0, 1, ColourMap.VIRIDIS).ticks());
        assertEquals(List.of(-5.0, -2.5, 0.0, 2.5, 5.0), new ColourScale(-6.25, 6.25, ColourMap.BLUE_RED).ticks());
        assertEquals(List.of(-6.0, -4.0, -2.0, 0.0, 2.0, 4.0, 6.0), new ColourScale(-6, 6, ColourMap.BLUE_RED).ticks());
        assertEquals("0.6", ColourScale.tickLabel(0.6000000000000001));
        assertEquals("-4", ColourScale.tickLabel(-4.0));
        assertEquals("1500", ColourScale.tickLabel(1500));
    }
}
