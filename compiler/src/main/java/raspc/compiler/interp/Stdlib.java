package raspc.compiler.interp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import raspc.compiler.result.Output;
import raspc.compiler.value.Value;
import raspc.compiler.error.RaspError;
import raspc.compiler.graph.SelectorWidth;
import raspc.grammar.ProgramParser;
import raspc.grammar.ast.Stmt;

/** Builds the environment every session and loaded file starts from: built-ins plus the library. */
public final class Stdlib {
    /** The original's library name; functions defined there print as "RASP_support/rasplib function: ...". */
    public static final String LIB_NAME = "RASP_support/rasplib";
    private static final String RESOURCE = "/raspc/compiler/rasplib.rasp";
    private static volatile List<Stmt> program;

    private Stdlib() {}

    /** A fresh base environment (built-in constants, length, selector_width and rasplib). */
    public static Env create() {
        Env constants = Env.root("constants");
        constants.define("tokens_str", new Value.SopVal(Builtins.TOKENS_STR));
        constants.define("tokens_int", new Value.SopVal(Builtins.TOKENS_INT));
        constants.define("tokens_float", new Value.SopVal(Builtins.TOKENS_FLOAT));
        constants.define("tokens_bool", new Value.SopVal(Builtins.TOKENS_BOOL));
        constants.define("tokens_asis", new Value.SopVal(Builtins.TOKENS_ASIS));
        constants.define("indices", new Value.SopVal(Builtins.INDICES));
        constants.define("True", Value.Atom.TRUE);
        constants.define("False", Value.Atom.FALSE);
        Env lib = Env.file(constants, LIB_NAME, null);
        lib.define("length", new Value.SopVal(Builtins.LENGTH));
        lib.define("selector_width", new Value.FuncVal(new NativeFunction("selector_width", List.of("sel"), LIB_NAME,
                args -> {
                    if (!(args.get(0) instanceof Value.SelVal s)) {
                        throw new RaspError("selector_width expects a selector, got: " + Value.describe(args.get(0), 40));
                    }
                    return new Value.SopVal(new SelectorWidth(s.node(), "selector_width(" + s.node().name() + ")"));
                })));
        SessionState bootstrap = new SessionState(java.nio.file.Path.of("."), constants, lib);
        Interpreter interp = new Interpreter(bootstrap);
        List<Output> ignored = new ArrayList<>();
        for (Stmt s : program()) {
            interp.exec(s, lib, ignored);
        }
        bootstrap.commitRenames();
        return lib;
    }

    /** The library's names that programs may not reassign (all but tokens). */
    public static Set<String> reservedNames(Env lib) {
        Set<String> names = new HashSet<>(lib.variables().keySet());
        names.remove("tokens");
        names.remove("out");
        return names;
    }

    private static List<Stmt> program() {
        if (program == null) {
            try (InputStream in = Stdlib.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                program = ProgramParser.parseProgram(new String(in.readAllBytes(), StandardCharsets.UTF_8), "rasplib.rasp");
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + RESOURCE, e);
            }
        }
        return program;
    }
}
