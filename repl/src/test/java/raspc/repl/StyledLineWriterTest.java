package raspc.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;

class StyledLineWriterTest {
    @Test
    void eachWholeLineIsStyledAndLineBreaksPass() {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(new StyledLineWriter(text, l -> "[" + l + "]"));
        out.print("one ");
        out.println("line");
        out.println();
        out.print("partial");
        out.flush();
        assertEquals("[one line]\n\n[partial]", text.toString());
    }

    @Test
    void colourIsOffForNoColorAndForDumbTerminals() throws Exception {
        try (var xterm = new ExternalTerminal("t", "xterm-256color", new java.io.ByteArrayInputStream(new byte[0]),
                new java.io.ByteArrayOutputStream(), java.nio.charset.StandardCharsets.UTF_8);
             var dumb = new DumbTerminal(new java.io.ByteArrayInputStream(new byte[0]), new java.io.ByteArrayOutputStream())) {
            assertTrue(Palette.enabled(Map.of(), xterm));
            assertTrue(Palette.enabled(Map.of("NO_COLOR", ""), xterm));
            assertFalse(Palette.enabled(Map.of("NO_COLOR", "1"), xterm));
            assertFalse(Palette.enabled(Map.of(), dumb));
        }
    }
}
