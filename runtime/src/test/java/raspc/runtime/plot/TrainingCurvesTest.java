package raspc.runtime.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingCurvesTest {
    private static final double NaN = CurvePoint.MISSING;

    private static List<CurvePoint> epochs(int count) {
        List<CurvePoint> list = new ArrayList<>();
        for (int e = 1; e <= count; e++) {
            list.add(new CurvePoint(e, 2.0 / e, e == 3 ? NaN : 2.5 / e, 1 - 1.0 / (e + 1), e == 3 ? NaN : 0.9 - 0.8 / e));
        }
        return list;
    }

    @Test
    void writesAPngOfTheRequestedSizeShowingBothSeries(@TempDir Path dir) throws IOException {
        Path png = dir.resolve("run/curves.png");
        TrainingCurves.write("run x", epochs(12), png, new TrainingCurves.Options(900, 400, TrainingCurves.LossScale.AUTO));
        BufferedImage img = ImageIO.read(png.toFile());
        assertNotNull(img);
        assertEquals(900, img.getWidth());
        assertEquals(400, img.getHeight());
        assertTrue(Figures.countNear(img, TrainingCurves.TRAIN) > 100, "train line missing");
        assertTrue(Figures.countNear(img, TrainingCurves.VALID) > 100, "valid line missing");
    }

    @Test
    void rewritingReplacesTheFileAtomically(@TempDir Path dir) throws IOException {
        Path png = dir.resolve("curves.png");
        TrainingCurves.write("a", epochs(2), png);
        TrainingCurves.write("b", epochs(5), png);
        assertEquals(TrainingCurves.Options.DEFAULT.width(), ImageIO.read(png.toFile()).getWidth());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "temporary file left behind");
        }
    }

    @Test
    void copesWithNoEpochsOneEpochMissingValuesAndZeroLossOnALogScale() {
        TrainingCurves.Options log = new TrainingCurves.Options(600, 300, TrainingCurves.LossScale.LOG);
        List<CurvePoint> odd = List.of(new CurvePoint(1, 0.0, NaN, NaN, NaN), new CurvePoint(2, 0.5, 0.7, 0.4, 0.3));
        for (List<CurvePoint> data : List.of(List.<CurvePoint>of(), epochs(1), odd)) {
            BufferedImage img = TrainingCurves.render("t", data, log);
            assertEquals(600, img.getWidth());
        }
    }

    @Test
    void autoScaleTurnsLogarithmicWhenLossesSpanMoreThanAFactorOfTwenty() {
        assertTrue(TrainingCurves.useLog(List.of(new CurvePoint(1, 3, NaN, NaN, NaN),
                new CurvePoint(2, 0.1, NaN, NaN, NaN)), TrainingCurves.LossScale.AUTO));
        assertFalse(TrainingCurves.useLog(List.of(new CurvePoint(1, 3, NaN, NaN, NaN),
                new CurvePoint(2, 0.5, 0.2, NaN, NaN)), TrainingCurves.LossScale.AUTO));
        assertFalse(TrainingCurves.useLog(List.of(), TrainingCurves.LossScale.AUTO));
        assertTrue(TrainingCurves.useLog(List.of(), TrainingCurves.LossScale.LOG));
    }

    @Test
    void rejectsTinyPictures() {
        assertThrows(IllegalArgumentException.class, () -> new TrainingCurves.Options(100, 100, TrainingCurves.LossScale.LINEAR));
    }
}
