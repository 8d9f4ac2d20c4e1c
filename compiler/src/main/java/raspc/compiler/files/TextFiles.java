package raspc.compiler.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads RASP sources and other text files as UTF-8. A file that is not UTF-8 text (a binary
 * file named by mistake, a Latin-1 file) fails with {@link NotTextException}, saying where the
 * first bad byte is, instead of Java's "Input length = 1".
 */
public final class TextFiles {
    private TextFiles() {}

    /** A file's bytes are not UTF-8 text; the message says which byte, at what offset. */
    public static final class NotTextException extends IOException {
        NotTextException(String message) {
            super(message);
        }
    }

    public static String readUtf8(Path file) throws IOException {
        return decode(Files.readAllBytes(file));
    }

    static String decode(byte[] bytes) throws NotTextException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            // on an error the input stands at the first byte of the bad sequence
            int offset = in.position();
            throw new NotTextException(String.format(Locale.ROOT,
                    "not UTF-8 text (byte 0x%02X at offset %d; is it a binary file?)", bytes[offset] & 0xFF, offset));
        }
        decoder.flush(out);
        return out.flip().toString();
    }
}
