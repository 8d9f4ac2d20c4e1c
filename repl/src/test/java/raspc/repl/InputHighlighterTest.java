package raspc.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import raspc.compiler.Session;
import raspc.grammar.ProgramParser;

class InputHighlighterTest {
    private final Session session = new Session(Path.of(".").toAbsolutePath());
    private final PrintWriter sink = new PrintWriter(new StringWriter());
    private final InputHighlighter highlighter = new InputHighlighter(session::get, new EntryKinds(
            new CommandHook(Io.piped(new ByteArrayInputStream(new byte[0]), Path.of(".")), session, sink, sink), session));

    private String colours(String input) {
        return Markup.of(highlighter.highlight(input));
    }

    @Test
    void keywordsStringsNumbersAndComments() {
        assertEquals("<kw>def</kw> f(x) { <kw>return</kw> x <kw>if</kw> x > <v>1.5</v> <kw>else</kw> <str>\"no\"</str>; } <rem># why</rem>",
                colours("def f(x) { return x if x > 1.5 else \"no\"; } # why"));
        assertEquals("<kw>select</kw>(<sop>indices</sop>, <sop>indices</sop>, ==)", colours("select(indices, indices, ==)"));
        assertEquals("<kw>full seq display</kw> <kw>on</kw>", colours("full seq display on"));
        assertEquals("<kw>s-op</kw> <kw>examples</kw> <kw>off</kw>", colours("s-op examples off"));
    }

    @Test
    void namesAreColouredByWhatTheSessionHoldsUnderThem() {
        session.execute(ProgramParser.parseEntry("flip = select(indices, length - indices - 1, ==);", null));
        assertEquals("x = <kw>aggregate</kw>(<sel>flip</sel>, <sop>tokens</sop>) + <fn>count</fn>(<sop>length</sop>, <v>1</v>) + y;",
                colours("x = aggregate(flip, tokens) + count(length, 1) + y;"));
    }

    @Test
    void anUnclosedStringRunsToTheEndOfItsLine() {
        assertEquals("<kw>load</kw> <str>\"exam ples/</str>\n<v>1</v>", colours("load \"exam ples/\n1"));
    }

    @Test
    void commandsAreMarkedAndMistypedOnesShowAsErrors() {
        assertEquals("<cmd>train</cmd> reverse_10 epochs=3", colours("train reverse_10 epochs=3"));
        assertEquals("  <err>trian</err> reverse_10", colours("  trian reverse_10"));
        assertEquals("run = <v>3</v>;", colours("run = 3;"));
    }
}
