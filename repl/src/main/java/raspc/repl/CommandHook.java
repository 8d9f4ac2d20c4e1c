package raspc.repl;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import raspc.compiler.Session;

/**
 * Runs raspc's subcommands from inside the REPL: a line whose first word names one is handed to
 * that subcommand, exactly as {@code raspc WORD ARGS...} would run it, with its output in the
 * REPL. {@code help} lists them. The REPL itself is not offered (no REPL inside the REPL).
 *
 * <p>Command names are ordinary RASP names too, so a line is only taken as a command when it
 * reads like one: the name stands alone or is followed by blanks and an argument (not by
 * {@code (} or {@code =}, which start RASP), and the line is not complete RASP. Thus
 * {@code run = 3;}, {@code run;} and {@code draw(reverse);} stay RASP.
 */
final class CommandHook {
    static final String HELP = "help";
    private static final Pattern FIRST_WORD = Pattern.compile("^\\s*([A-Za-z_][A-Za-z_0-9-]*)(?:\\s*+$|\\s++(?![(=]))");

    private final Io io;
    private final Session session;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Map<String, String> descriptions = new TreeMap<>();
    private final Map<String, CommandSpec> specs = new TreeMap<>();

    /**
     * @param session the REPL's session, which commands may use ({@code plan NAME})
     * @param out     where commands print
     * @param err     where their failures are reported
     */
    CommandHook(Io io, Session session, PrintWriter out, PrintWriter err) {
        this.io = io;
        this.session = session;
        this.out = out;
        this.err = err;
        Cli.create(io, out, out).getSubcommands().forEach((name, command) -> {
            if (!name.equals(ReplCommand.NAME)) {
                specs.put(name, command.getCommandSpec());
                String[] description = command.getCommandSpec().usageMessage().description();
                descriptions.put(name, description.length == 0 ? "" : description[0]);
            }
        });
        descriptions.put(HELP, "List the REPL's statements and commands.");
    }

    /** The names it answers to. */
    java.util.Set<String> names() {
        return descriptions.keySet();
    }

    /** The definition (options, parameters) of the command called {@code name}; null for help and non-commands. */
    CommandSpec spec(String name) {
        return specs.get(name);
    }

    /** True when {@code line}, typed at a fresh prompt, is a command for this hook. */
    boolean accepts(String line) {
        Matcher first = FIRST_WORD.matcher(line);
        return first.find() && descriptions.containsKey(first.group(1))
                && !StatementSplitter.split(line, 0, null).complete();
    }

    /** Runs the command on the line; returns its exit code (its messages are already printed). */
    int dispatch(String line) {
        List<String> words = words(line);
        if (words.get(0).equals(HELP)) {
            printHelp();
            return ExitCode.OK;
        }
        CommandLine cli = Cli.createInRepl(io, session, out, err);
        return cli.execute(settingsAsOptions(words).toArray(String[]::new));
    }

    private static final Pattern SETTING = Pattern.compile("([A-Za-z][A-Za-z_0-9-]*)=(.*)");

    /**
     * The REPL's short form of options: {@code train sort_26 epochs=3 max_length=20} means
     * {@code --epochs=3 --max-length=20}.
     */
    static List<String> settingsAsOptions(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            Matcher m = SETTING.matcher(w);
            out.add(m.matches() ? "--" + m.group(1).replace('_', '-') + "=" + m.group(2) : w);
        }
        return out;
    }

    /**
     * The line's words as a shell would pass them: split at blanks, except inside double or
     * single quotes, which group words and are removed ({@code --input "a b"} is two words).
     */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    private void printHelp() {
        out.println("RASP statements end with ';' (def and for blocks with '}'); '#' starts a comment.");
        out.println("REPL statements: set [s-op|selector] example EXPR | show [s-op|selector] example");
        out.println("                 [s-op|selector] examples on|off | full seq display on|off | exit | quit");
        out.println("Commands (NAME --help for their options):");
        int width = descriptions.keySet().stream().mapToInt(String::length).max().orElse(0);
        descriptions.forEach((name, description) ->
                out.println("  " + name + " ".repeat(width - name.length() + 2) + description));
        out.flush();
    }
}
