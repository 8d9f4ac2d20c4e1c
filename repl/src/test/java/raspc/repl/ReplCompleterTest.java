package raspc.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jline.reader.Candidate;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser.ParseContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raspc.compiler.Session;
import raspc.grammar.ProgramParser;

class ReplCompleterTest {
    @TempDir
    Path dir;

    private final TreeSet<String> names = new TreeSet<>(Set.of("reverse", "result", "hist", "indices"));
    private Session session;
    private ReplCompleter completer;
    private ReplLineParser parser;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(dir.resolve("examples"));
        Files.writeString(dir.resolve("examples/paper.rasp"), "x = 1;");
        Files.writeString(dir.resolve("examples/notes.txt"), "");
        Files.createDirectories(dir.resolve("runs/reverse_10/20240101-1"));
        Files.writeString(dir.resolve("runs/reverse_10/20240101-1/config.json"), "{}");
        Files.createDirectories(dir.resolve("runs/reverse_10/unfinished"));
        Files.writeString(dir.resolve(".hidden.rasp"), "");

        session = new Session(dir);
        session.execute(ProgramParser.parseEntry("myflip = select(indices, length - indices - 1, ==);", null));
        session.execute(ProgramParser.parseEntry("myrev = aggregate(myflip, tokens);", null));
        PrintWriter out = new PrintWriter(new StringWriter());
        CommandHook commands = new CommandHook(Io.piped(new ByteArrayInputStream(new byte[0]), dir), session, out, out);
        EntryKinds kinds = new EntryKinds(commands, session);
        ArgumentValues values = new ArgumentValues(dir, session);
        completer = new ReplCompleter(() -> names, commands.names(), kinds::isCommand,
                new CommandArguments(commands::spec, values), values);
        parser = new ReplLineParser(kinds::needsMoreLines, kinds::isCommand);
    }

    /** What Tab offers with the cursor at the end of {@code typed}. */
    private List<String> complete(String typed) {
        ParsedLine parsed = parser.parse(typed, typed.length(), ParseContext.COMPLETE);
        List<Candidate> out = new ArrayList<>();
        completer.complete(null, parsed, out);
        return out.stream().map(Candidate::value).sorted().toList();
    }

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
        assertEquals(new TreeSet<>(List.of("example", "examples", "exit", "export")), completer.candidates("ex", true));
        assertEquals(new TreeSet<>(List.of("eval")), completer.candidates("ev", true));
        assertEquals(new TreeSet<>(), completer.candidates("ev", false));
        assertTrue(completer.candidates("ru", true).contains("run"));
        assertTrue(completer.candidates("ru", false).isEmpty());
        assertTrue(completer.candidates("agg", false).contains("aggregate"));
    }

    @Test
    void wordsEndAtOperatorsSoCompletionWorksInsideExpressions() {
        ParsedLine parsed = parser.parse("x=rev(tokens)", 5, ParseContext.COMPLETE);
        assertEquals("rev", parsed.word());
        List<Candidate> out = new ArrayList<>();
        completer.complete(null, parsed, out);
        assertEquals(List.of("reverse"), out.stream().map(Candidate::value).toList());
    }

    @Test
    void commandsAreOfferedForTheFirstWordOnly() {
        assertEquals(List.of("help"), complete("  he"));
        assertEquals(List.of(), complete("x = he"));
        assertEquals(List.of("hist"), complete("def f(x) {\n  hi"));
    }

    @Test
    void taskCommandsCompleteTaskNames() {
        List<String> train = complete("train reverse_1");
        assertTrue(train.containsAll(List.of("reverse_10", "reverse_10_bos", "reverse_10_with_attns")), train.toString());
        assertTrue(complete("peep hi").contains("hist_26"), complete("peep hi").toString());
        assertTrue(complete("train-boolean pari").contains("parity_"), complete("train-boolean pari").toString());
        // a task argument may be a .rasp file: folders and .rasp files are offered too
        assertEquals(List.of("examples/paper.rasp"), complete("dataset examples/"));
    }

    @Test
    void fileCommandsCompletePaths() {
        assertEquals(List.of("examples/notes.txt", "examples/paper.rasp"), complete("run examples/"));
        assertEquals(List.of("examples/"), complete("run ex"));
        assertEquals(List.of(".hidden.rasp"), complete("run ."));
        assertEquals(List.of("examples/paper.rasp"), complete("plan examples/p"));
        assertEquals(List.of("examples/notes.txt", "examples/paper.rasp"), complete("draw --out=x examples/"));
    }

    @Test
    void loadCompletesRaspFilesAsLoadNamesThem() {
        assertEquals(List.of("examples/"), complete("load \"exa"));
        assertEquals(List.of("examples/paper\""), complete("load \"examples/"));
        assertEquals(List.of("examples/paper\""), complete("x = 1; load \"examples/pa"));
    }

    @Test
    void runCommandsCompleteRunFolders() {
        assertEquals(List.of("runs/"), complete("check ru"));
        assertEquals(List.of("runs/reverse_10/20240101-1", "runs/reverse_10/unfinished/"), complete("check runs/reverse_10/"));
        assertEquals(List.of("runs/reverse_10/"), complete("plot runs/"));
        assertEquals(List.of("runs/reverse_10/"), complete("draw-attention --sequence abc runs/"));
        assertEquals(List.of("runs/reverse_10/"), complete("analyze runs/"));
    }

    @Test
    void optionValuesCompleteByTheOptionsLabel() {
        assertEquals(List.of("resume=runs/reverse_10/"), complete("train resume=runs/"));
        assertEquals(List.of("--resume=runs/reverse_10/"), complete("train --resume=runs/"));
        assertEquals(List.of("runs/reverse_10/"), complete("train --resume runs/"));
        assertEquals(List.of("--epochs="), complete("train sort_26 --epoch"));
        assertEquals(List.of("--json"), complete("sensitivity parity_8 --js"));
        // after an option and its value, the next positional parameter
        assertTrue(complete("peep --split valid rev").contains("reverse_10"));
    }

    @Test
    void planCompletesTheSessionsSopsButNotItsSelectors() {
        assertEquals(List.of("myrev"), complete("plan my"));
        assertFalse(complete("plan ").contains("myflip"));
    }
}
