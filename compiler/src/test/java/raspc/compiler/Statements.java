package raspc.compiler;

import java.util.ArrayList;
import java.util.List;
import raspc.compiler.result.Output;
import raspc.grammar.ProgramParser;
import raspc.grammar.ast.Stmt;

/** Test helper: runs a program statement by statement (each must succeed) and returns what the statements produced. */
final class Statements {
    private Statements() {}

    static List<Output> run(Session s, String program) {
        List<Output> out = new ArrayList<>();
        for (Stmt st : ProgramParser.parseProgram(program, null)) {
            out.addAll(s.execute(st).outputs());
        }
        return out;
    }
}
