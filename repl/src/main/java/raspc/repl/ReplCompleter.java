package raspc.repl;

import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion. In RASP: the session's names, RASP keywords and, at the start of an entry, REPL
 * commands; inside {@code load "...}: folders and .rasp files; on a command line: its arguments
 * (task names, paths, run folders; see {@link CommandArguments}).
 */
final class ReplCompleter implements Completer {
    /** Reserved words, statement keywords and REPL command words of RASP. */
    static final List<String> KEYWORDS = List.of(
            "aggregate", "and", "def", "display", "draw", "else", "example", "examples", "exit",
            "for", "full", "if", "in", "indicator", "len", "load", "not", "off", "on", "or",
            "quit", "range", "return", "round", "select", "selector", "seq", "set", "show", "zip");

    private final Supplier<? extends Collection<String>> names;
    private final Collection<String> commands;
    private final Predicate<String> isCommand;
    private final CommandArguments arguments;
    private final ArgumentValues values;

    /**
     * @param names     the names defined in the session, asked afresh at every completion
     * @param commands  the commands the REPL dispatches ({@code peep}, {@code help}, ...)
     * @param isCommand whether an entry is a command line
     * @param arguments what completes command arguments
     * @param values    what completes values (here: load's file names)
     */
    ReplCompleter(Supplier<? extends Collection<String>> names, Collection<String> commands,
                  Predicate<String> isCommand, CommandArguments arguments, ArgumentValues values) {
        this.names = names;
        this.commands = commands;
        this.isCommand = isCommand;
        this.arguments = arguments;
        this.values = values;
    }

    /**
     * Everything that may complete {@code prefix}; commands only for the first word of a line
     * ({@code atLineStart}), since that is the only place where they are recognised.
     */
    SortedSet<String> candidates(String prefix, boolean atLineStart) {
        SortedSet<String> all = new TreeSet<>();
        addMatching(all, names.get(), prefix);
        addMatching(all, KEYWORDS, prefix);
        if (atLineStart) {
            addMatching(all, commands, prefix);
        }
        return all;
    }

    private static void addMatching(SortedSet<String> into, Collection<String> words, String prefix) {
        for (String word : words) {
            if (word.startsWith(prefix)) {
                into.add(word);
            }
        }
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> out) {
        String prefix = line.word().substring(0, line.wordCursor());
        switch (CursorContext.at(line.line(), line.cursor(), isCommand)) {
            case LOAD_PATH -> out.addAll(values.loadPaths(prefix, line.line().startsWith("\"", line.cursor())));
            case COMMAND_ARGUMENT -> out.addAll(arguments.candidates(line.words().subList(0, line.wordIndex()), prefix));
            case RASP -> completeRasp(line, prefix, out);
        }
    }

    private void completeRasp(ParsedLine line, String prefix, List<Candidate> out) {
        boolean atLineStart = line.line().substring(0, line.cursor() - line.wordCursor()).isBlank();
        for (String candidate : candidates(prefix, atLineStart)) {
            // complete=false: no blank after the word, which is usually followed by '(' or an operator
            out.add(new Candidate(candidate, candidate, null, null, null, null, false));
        }
    }
}
