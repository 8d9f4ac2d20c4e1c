package raspc.runtime.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import raspc.compiler.files.AtomicFiles;

/**
 * Writes the safetensors format (https://huggingface.co/docs/safetensors): an 8-byte
 * little-endian header length, a JSON header naming each tensor's dtype, shape and
 * {@code data_offsets} (contiguous, from 0, in the order given) plus a {@code __metadata__}
 * map of strings, then the raw little-endian data. The format is simple enough that writing it
 * directly keeps the header, its order and the metadata in our hands (DJL's encoder writes no
 * metadata).
 */
public final class Safetensors {
    /** The header is padded with blanks to a multiple of this, so the data that follows is aligned. */
    static final int ALIGNMENT = 8;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Safetensors() {}

    /** One float32 tensor: its name, shape and values in row-major order. */
    public record Tensor(String name, long[] shape, float[] values) {
        public Tensor {
            long size = 1;
            for (long d : shape) {
                size *= d;
            }
            if (size != values.length) {
                throw new IllegalArgumentException("tensor " + name + " has " + values.length + " values for shape "
                        + java.util.Arrays.toString(shape));
            }
        }
    }

    /** Writes the tensors (atomically) with {@code metadata} as the header's {@code __metadata__}. */
    public static void write(Path target, List<Tensor> tensors, Map<String, String> metadata) {
        byte[] header = header(tensors, metadata);
        AtomicFiles.write(target, out -> {
            ByteBuffer length = ByteBuffer.allocate(Long.BYTES).order(ByteOrder.LITTLE_ENDIAN).putLong(header.length);
            out.write(length.array());
            out.write(header);
            for (Tensor t : tensors) {
                writeValues(out, t.values());
            }
        });
    }

    static byte[] header(List<Tensor> tensors, Map<String, String> metadata) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("__metadata__", metadata);
        long offset = 0;
        for (Tensor t : tensors) {
            long end = offset + (long) Float.BYTES * t.values().length;
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("dtype", "F32");
            entry.put("shape", t.shape());
            entry.put("data_offsets", new long[] {offset, end});
            if (header.put(t.name(), entry) != null) {
                throw new IllegalArgumentException("two tensors are named " + t.name());
            }
            offset = end;
        }
        String json;
        try {
            json = MAPPER.writeValueAsString(header);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the safetensors header", e);
        }
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        int padded = (bytes.length + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
        byte[] out = java.util.Arrays.copyOf(bytes, padded);
        java.util.Arrays.fill(out, bytes.length, padded, (byte) ' ');
        return out;
    }

    private static void writeValues(OutputStream out, float[] values) throws java.io.IOException {
        ByteBuffer buffer = ByteBuffer.allocate(Float.BYTES * 4096).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < values.length; i++) {
            buffer.putFloat(values[i]);
            if (!buffer.hasRemaining()) {
                out.write(buffer.array(), 0, buffer.position());
                buffer.clear();
            }
        }
        out.write(buffer.array(), 0, buffer.position());
    }
}
