package raspc.repl;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import raspc.compiler.files.AtomicFiles;

/** --json and --out of the commands that print a report: a table or its JSON, and the JSON to a file. */
final class ReportOutput {
    @Option(names = "--json", description = "Print the report as JSON instead of a table.")
    private boolean json;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the report as JSON to FILE.")
    private Path out;

    boolean json() {
        return json;
    }

    /** Writes the JSON to --out (atomically, before anything is printed), then prints the table or the JSON. */
    void print(RaspcCommand root, String table, String jsonText) {
        if (out != null) {
            AtomicFiles.writeString(root.io().resolve(out), jsonText);
        }
        root.out().print(json ? jsonText : table);
        if (out != null && !json) {
            root.out().println("wrote " + out);
        }
    }
}
