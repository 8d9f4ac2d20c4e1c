package raspc.repl;

import raspc.compiler.Session;

/**
 * What an entry typed at a fresh prompt is: a command, a mistyped command, or RASP. The loop
 * asks to know what to do with an entry; the line editor asks to know whether Enter ends it or
 * starts the entry's next line, so both always agree.
 */
final class EntryKinds {
    private final CommandHook commands;
    private final UnknownCommand unknown;

    EntryKinds(CommandHook commands, Session session) {
        this.commands = commands;
        this.unknown = new UnknownCommand(commands.names(), name -> session.get(name) != null);
    }

    /** A line for one of raspc's commands ({@code train sort_26 epochs=3}). */
    boolean isCommand(String entry) {
        return commands.accepts(entry);
    }

    /** The message for a mistyped command ({@code trian reverse_10}), or null. */
    String unknownCommand(String entry) {
        return isCommand(entry) ? null : unknown.message(entry);
    }

    /** True for the start of a RASP statement that more lines could finish ({@code def f(x) {}). */
    boolean needsMoreLines(String entry) {
        return !isCommand(entry) && unknown.message(entry) == null
                && StatementSplitter.split(entry, 0, null).incomplete();
    }
}
