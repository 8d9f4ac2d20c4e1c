package raspc.runtime.run;

import ai.djl.nn.Block;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Optional;
import raspc.compiler.files.AtomicFiles;
import raspc.runtime.RuntimeUserException;
import raspc.runtime.model.NativeModel;

/**
 * The resume checkpoint (resume.ckpt): training state, current weights and optimizer moments in
 * one file, written atomically, so they always belong to the same epoch.
 *
 * <p>Layout: magic, format version, state JSON, then weights and moments, each as a
 * length-prefixed block of bytes.
 */
public final class Checkpoint {
    private static final byte[] MAGIC = "RASPC-CKPT".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 1;

    /** What a checkpoint restores: the state, and the optimizer moments as bytes. */
    public record Restored(TrainingState state, byte[] moments) {}

    private Checkpoint() {}

    public static void write(RunFolder folder, TrainingState state, Block model, byte[] moments) {
        ByteArrayOutputStream weights = new ByteArrayOutputStream();
        try {
            model.saveParameters(new DataOutputStream(weights));
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise the model", e);
        }
        byte[] stateJson = Json.line(state).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(folder.file(RunFolder.CHECKPOINT), out -> {
            DataOutputStream data = new DataOutputStream(out);
            data.write(MAGIC);
            data.writeInt(VERSION);
            writeBlock(data, stateJson);
            writeBlock(data, weights.toByteArray());
            writeBlock(data, moments);
            data.flush();
        });
    }

    /** Loads the weights into {@code model} and returns the rest; empty when there is no checkpoint. */
    public static Optional<Restored> read(RunFolder folder, NativeModel model) {
        var path = folder.file(RunFolder.CHECKPOINT);
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        String name = RunFolder.CHECKPOINT;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
            DataInputStream data = new DataInputStream(in);
            byte[] magic = data.readNBytes(MAGIC.length);
            if (!Arrays.equals(magic, MAGIC)) {
                throw folder.corrupt(name, "it is not a raspc checkpoint");
            }
            int version = data.readInt();
            if (version != VERSION) {
                throw folder.corrupt(name, "unknown checkpoint version " + version);
            }
            TrainingState state;
            try {
                state = Json.mapper().readValue(new String(readBlock(data), StandardCharsets.UTF_8), TrainingState.class);
            } catch (JsonProcessingException e) {
                throw folder.corrupt(name, e.getOriginalMessage());
            }
            folder.loadParameters(model, new ByteArrayInputStream(readBlock(data)), name);
            byte[] moments = readBlock(data);
            return Optional.of(new Restored(state, moments));
        } catch (EOFException e) {
            throw folder.corrupt(name, "it ends too early");
        } catch (IOException e) {
            throw new RuntimeUserException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    private static void writeBlock(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static byte[] readBlock(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > (1 << 30)) {
            throw new EOFException();
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return bytes;
    }
}
