package raspc.repl;

import java.util.ArrayList;
import java.util.List;
import raspc.compiler.Session;
import raspc.compiler.error.RaspError;
import raspc.grammar.ProgramParser;
import raspc.grammar.ast.Stmt;

/** Test helper: runs a program statement by statement and prints it as the REPL does; errors become "ERR detail" lines. */
final class Statements {
    private Statements() {}

    static List<String> run(Session s, String program) {
        List<String> out = new ArrayList<>();
        for (Stmt st : ProgramParser.parseProgram(program, null)) {
            try {
                out.addAll(ResultPrinter.render(s.execute(st)));
            } catch (RaspError e) {
                out.add("ERR " + e.detail());
            }
        }
        return out;
    }

    static String one(Session s, String program) {
        return String.join("\n", run(s, program));
    }

    /** The value printed for an s-op applied to an input: the text after "\t =  ". */
    static String apply(Session s, String expr) {
        String line = one(s, expr + ";");
        if (!line.startsWith("\t =  ")) {
            throw new AssertionError("not an application result: " + line);
        }
        return line.substring(5);
    }
}
