package raspc.runtime.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file follows the safetensors spec: 8-byte little-endian header length, contiguous offsets, raw LE data. */
class SafetensorsTest {
    @TempDir
    Path dir;

    @Test
    void headerOffsetsAndDataFollowTheSpec() throws Exception {
        List<Safetensors.Tensor> tensors = List.of(new Safetensors.Tensor("a.weight", new long[] {2, 3}, new float[] {1, 2, 3, 4, 5, 6}),
                new Safetensors.Tensor("b", new long[] {1}, new float[] {-0.5f}));
        Path file = dir.resolve("m.safetensors");
        Safetensors.write(file, tensors, Map.of("raspc_version", "x"));
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        long headerLength = bytes.getLong(0);
        assertEquals(0, headerLength % Safetensors.ALIGNMENT, "the data starts aligned");
        JsonNode header = new ObjectMapper().readTree(new String(bytes.array(), 8, (int) headerLength, StandardCharsets.UTF_8));
        assertEquals("x", header.get("__metadata__").get("raspc_version").asText());
        assertEquals("F32", header.get("a.weight").get("dtype").asText());
        assertEquals("[2,3]", header.get("a.weight").get("shape").toString());
        assertEquals("[0,24]", header.get("a.weight").get("data_offsets").toString());
        assertEquals("[24,28]", header.get("b").get("data_offsets").toString(), "offsets are contiguous");
        assertEquals(8 + headerLength + 28, bytes.capacity(), "nothing after the last tensor");
        float[] data = new float[7];
        bytes.position((int) (8 + headerLength));
        bytes.asFloatBuffer().get(data);
        assertArrayEquals(new float[] {1, 2, 3, 4, 5, 6, -0.5f}, data);
    }

    @Test
    void aShapeThatDoesNotFitTheValuesOrATwiceUsedNameIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Safetensors.Tensor("x", new long[] {2, 2}, new float[3]));
        Safetensors.Tensor t = new Safetensors.Tensor("x", new long[] {1}, new float[1]);
        assertThrows(IllegalArgumentException.class, () -> Safetensors.header(List.of(t, t), Map.of()));
    }
}
