package raspc.compiler.interp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import raspc.compiler.value.Value;
import raspc.compiler.bool.BoolSpecError;
import raspc.compiler.bool.BooleanSpec;
import raspc.compiler.error.RaspError;
import raspc.compiler.result.Output;
import raspc.compiler.task.CompositionDeclarations;
import raspc.compiler.task.CompositionDefinition;
import raspc.compiler.task.GeneratorSpec;
import raspc.compiler.task.TaskDeclarations;
import raspc.compiler.task.TaskDefinition;
import raspc.grammar.ast.Pos;
import raspc.grammar.ast.Stmt;

/**
 * raspc's declarations: {@code task NAME { key = expr; ... }} evaluates its fields in the current
 * environment and records a {@link TaskDefinition}; {@code boolean NAME(n, ...) = expr;} records
 * a {@link BooleanSpec}. Both take effect only when the statement succeeds (like assignments).
 */
final class Declarations {
    private Declarations() {}

    static void task(Stmt.TaskDecl decl, Env env, Interpreter interp, SessionState state, String source, List<Output> outs) {
        Map<String, Value> fields = new LinkedHashMap<>();
        Map<String, Pos> positions = new LinkedHashMap<>();
        evaluateFields("task " + decl.name(), decl.fields(), env, interp, source, fields, positions);
        TaskDefinition def = TaskDeclarations.define(decl.name(), source, decl.pos(), fields, positions,
                fn -> userGenerator(fn, interp, state, source, positions.get("generator")));
        state.declare(() -> state.putTask(def));
        outs.add(new Output.Declared(Output.DeclarationKind.TASK, decl.name(), def.variantsText()));
    }

    static void composition(Stmt.CompositionDecl decl, Env env, Interpreter interp, SessionState state, String source,
            List<Output> outs) {
        Map<String, Value> fields = new LinkedHashMap<>();
        Map<String, Pos> positions = new LinkedHashMap<>();
        evaluateFields("composition " + decl.name(), decl.fields(), env, interp, source, fields, positions);
        CompositionDefinition def = CompositionDeclarations.define(decl.name(), source, decl.pos(), fields, positions);
        state.declare(() -> state.putComposition(def));
        outs.add(new Output.Declared(Output.DeclarationKind.COMPOSITION, decl.name(), def.variantsText()));
    }

    /** Evaluates a declaration's fields in order; a field given twice is an error at its second place. */
    private static void evaluateFields(String declaration, List<Stmt.TaskField> given, Env env, Interpreter interp,
            String source, Map<String, Value> fields, Map<String, Pos> positions) {
        for (Stmt.TaskField f : given) {
            if (fields.containsKey(f.key())) {
                throw new RaspError(source, f.pos(), declaration + ": field '" + f.key() + "' is given twice");
            }
            fields.put(f.key(), interp.evalTop(f.value(), env));
            positions.put(f.key(), f.pos());
        }
    }

    static void bool(Stmt.BooleanDecl decl, SessionState state, String source, List<Output> outs) {
        BooleanSpec spec;
        try {
            spec = new BooleanSpec(decl.name(), decl.params(), decl.body(), decl.pos());
        } catch (BoolSpecError e) {
            throw new RaspError(source, e.pos(), e.detail());
        } catch (IllegalArgumentException e) {
            throw new RaspError(source, decl.pos(), e.getMessage());
        }
        state.declare(() -> state.putBoolean(spec));
        outs.add(new Output.Declared(Output.DeclarationKind.BOOLEAN_FUNCTION, spec.name(), spec.signature()));
    }

    /**
     * Binds a RASP function gen(n, u) so that dataset generation can call it (one call at a time).
     * Its mistakes show up long after the file ran, so they name the file and the field.
     */
    private static GeneratorSpec.UserGenerator userGenerator(Value.FuncVal fn, Interpreter interp, SessionState state,
            String source, Pos field) {
        return (n, u) -> {
            List<Value> draws = new ArrayList<>(u.length);
            for (double d : u) {
                draws.add(Value.Atom.ofFloat(d));
            }
            Value result;
            synchronized (state) {
                result = interp.callValue(fn.function(), List.of(Value.Atom.ofInt(n), new Value.ListVal(draws)));
            }
            if (!(result instanceof Value.ListVal list)) {
                throw new RaspError(source, field, "generator " + fn.function().name() + " must return a list of tokens, got "
                        + Value.typeName(result));
            }
            List<String> tokens = new ArrayList<>();
            for (Value v : list.items()) {
                if (!(v instanceof Value.Atom a)) {
                    throw new RaspError(source, field, "generator " + fn.function().name() + " must return a list of atoms");
                }
                tokens.add(a.toString());
            }
            return tokens;
        };
    }
}
