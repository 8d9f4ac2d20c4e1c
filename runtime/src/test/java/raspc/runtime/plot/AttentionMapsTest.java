package raspc.runtime.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttentionMapsTest {
    @Test
    void writesProbabilitiesScoresAndATargetViewWhenAHeadHasATarget(@TempDir Path dir) throws IOException {
        Random r = new Random(4);
        int n = 6;
        List<AttentionMaps.HeadAttention> heads = List.of(
                new AttentionMaps.HeadAttention("layer 2 head 0", Figures.random(n, r, 0, 1), Figures.random(n, r, -3, 3),
                        Figures.pattern(n, r)),
                new AttentionMaps.HeadAttention("layer 2 head 1", Figures.random(n, r, 0, 1), Figures.random(n, r, -3, 3),
                        null));
        List<Path> written = AttentionMaps.writeLayer(dir, "sort", Figures.tokens(n), 2, heads, OptionalInt.of(1));
        assertEquals(List.of(dir.resolve("layer2-probabilities.png"), dir.resolve("layer2-scores.png"),
                dir.resolve("layer2-probabilities-target.png")), written);
        for (Path p : written) {
            assertNotNull(ImageIO.read(p.toFile()), p + " does not decode");
        }
    }

    @Test
    void noTargetViewWithoutTargets(@TempDir Path dir) throws IOException {
        Random r = new Random(4);
        List<AttentionMaps.HeadAttention> heads = List.of(new AttentionMaps.HeadAttention("h",
                Figures.random(3, r, 0, 1), Figures.random(3, r, 0, 1), null));
        assertEquals(2, AttentionMaps.writeLayer(dir, "t", Figures.tokens(3), 0, heads, OptionalInt.empty()).size());
    }

    @Test
    void defaultFolderIsTaskSequenceRunWithSafeNames() {
        assertEquals(Path.of("maps", "sort", "abcde", "run-1"),
                AttentionMaps.defaultFolder(Path.of("maps"), "sort", "abcde", "run-1"));
        assertEquals(Path.of("maps", "my_task", "1_2_..3", "_.."),
                AttentionMaps.defaultFolder(Path.of("maps"), "my task", "1/2\\..3", ".."));
        assertEquals(64, AttentionMaps.safe("x".repeat(100)).length());
    }
}
