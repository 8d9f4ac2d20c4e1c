package raspc.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jline.reader.Candidate;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser.ParseContext;
import org.junit.jupiter.api.Test;

class ReplCompleterTest {
    private final TreeSet<String> names = new TreeSet<>(Set.of("reverse", "result", "hist", "indices"));
    private final ReplCompleter completer = new ReplCompleter(() -> names, Set.of("run", "help", "eval"));

    @Test
    void completesSessionNames() {
        assertEquals(new TreeSet<>(List.of("result", "return", "reverse")), completer.candidates("re", false));
        assertEquals(new TreeSet<>(List.of("hist")), completer.candidates("hi", false));
    }

    @Test
    void namesDefinedLaterAreOffered() {
        names.add("reversed_twice");
        assertTrue(completer.candidates("reverse", false).contains("reversed_twice"));
    }

    @Test
    void completesKeywordsAndCommandsOnlyAtLineStart() {
        assertEquals(new TreeSet<>(List.of("example", "examples", "exit")), completer.candidates("ex", true));
        assertEquals(new TreeSet<>(List.of("eval")), completer.candidates("ev", true));
        assertEquals(new TreeSet<>(), completer.candidates("ev", false));
        assertTrue(completer.candidates("ru", true).contains("run"));
        assertTrue(completer.candidates("ru", false).isEmpty());
        assertTrue(completer.candidates("agg", false).contains("aggregate"));
    }

    @Test
    void wordsEndAtOperatorsSoCompletionWorksInsideExpressions() {
        IdentifierWordParser parser = new IdentifierWordParser();
        String line = "x=rev(tokens)";
        ParsedLine parsed = parser.parse(line, 5, ParseContext.COMPLETE);
        assertEquals("rev", parsed.word());
        List<Candidate> out = new ArrayList<>();
        completer.complete(null, parsed, out);
        assertEquals(List.of("reverse"), out.stream().map(Candidate::value).toList());
    }

    @Test
    void commandsAreOfferedForTheFirstWordOnly() {
        IdentifierWordParser parser = new IdentifierWordParser();
        List<Candidate> first = new ArrayList<>();
        completer.complete(null, parser.parse("  he", 4, ParseContext.COMPLETE), first);
        assertEquals(List.of("help"), first.stream().map(Candidate::value).toList());
        List<Candidate> later = new ArrayList<>();
        completer.complete(null, parser.parse("x = he", 6, ParseContext.COMPLETE), later);
        assertEquals(List.of(), later.stream().map(Candidate::value).toList());
    }
}
