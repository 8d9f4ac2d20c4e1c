package raspc.compiler.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextFilesTest {
    @Test
    void utf8TextIsRead() throws Exception {
        assertEquals("a = \"§é😀\";\n", TextFiles.decode("a = \"§é😀\";\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("", TextFiles.decode(new byte[0]));
    }

    @Test
    void aBinaryFileSaysWhereItIsNotText() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
        TextFiles.NotTextException e = assertThrows(TextFiles.NotTextException.class, () -> TextFiles.decode(png));
        assertEquals("not UTF-8 text (byte 0x89 at offset 0; is it a binary file?)", e.getMessage());
        byte[] latin1 = "ok é".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("not UTF-8 text (byte 0xE9 at offset 3; is it a binary file?)",
                assertThrows(TextFiles.NotTextException.class, () -> TextFiles.decode(latin1)).getMessage());
    }
}
