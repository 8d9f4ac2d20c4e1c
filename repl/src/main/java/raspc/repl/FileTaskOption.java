package raspc.repl;

import picocli.CommandLine.Option;

/** {@code --task NAME}: which task of a named .rasp file (commands that take a task or a file). */
final class FileTaskOption {
    @Option(names = "--task", paramLabel = "NAME", description = "With a .rasp file: which of its tasks.")
    private String name;

    /** The chosen task, or null for the file's default. */
    String name() {
        return name;
    }
}
