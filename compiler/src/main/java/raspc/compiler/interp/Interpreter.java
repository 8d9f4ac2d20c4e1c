package raspc.compiler.interp;

import raspc.compiler.value.Function;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import raspc.compiler.value.PyValues;
import raspc.compiler.value.Value.Atom;
import raspc.compiler.value.Value.DictVal;
import raspc.compiler.value.Value.FuncVal;
import raspc.compiler.value.Value.ListVal;
import raspc.compiler.value.Value.SelVal;
import raspc.compiler.value.Value.SopVal;
import raspc.compiler.value.Inputs;
import raspc.compiler.value.Value;
import raspc.compiler.draw.FlowDrawer;
import raspc.compiler.error.RaspError;
import raspc.compiler.eval.GraphEvaluator;
import raspc.compiler.seq.Input;
import raspc.compiler.seq.Sel;
import raspc.compiler.seq.Seq;
import raspc.compiler.files.FileNames;
import raspc.compiler.files.TextFiles;
import raspc.compiler.graph.Node;
import raspc.compiler.graph.SopNode;
import raspc.grammar.ProgramParser;
import raspc.grammar.SyntaxError;
import raspc.grammar.ast.Expr;
import raspc.grammar.ast.Pos;
import raspc.grammar.ast.Stmt;
import raspc.grammar.ast.Subset;
import raspc.compiler.result.DisplaySettings;
import raspc.compiler.result.Output;

/**
 * Runs statements and evaluates expressions as the original Evaluator does: s-op and selector
 * expressions build graph nodes ({@link RaspOperators}), and every s-op/selector result is tried
 * on the running example at once so that type errors surface at the statement that causes them.
 */
public final class Interpreter {
    /** Deepest function-call nesting before a clear error (instead of a Java stack overflow). */
    public static final int MAX_CALL_DEPTH = 100;
    /** Most expression evaluations in one top-level statement (guards against endless work). */
    public static final long MAX_STEPS = 20_000_000L;
    private static final int MAX_LOAD_DEPTH = 16;
    /** Interrupts are looked at every 1024 evaluation steps. */
    private static final long INTERRUPT_CHECK_MASK = 1023;

    private final SessionState state;
    private final String source;
    private final Counters counters;
    private Value backup;

    /** Shared across the interpreters of one top-level statement (files loaded by it included). */
    private static final class Counters {
        int callDepth;
        int loadDepth;
        long steps;
        /** Set when the statement was interrupted or ran out of steps: nothing of it may go on. */
        boolean abandoned;
    }

    public Interpreter(SessionState state) {
        this(state, null);
    }

    /** @param source the file the statements come from (null for the REPL); errors name it */
    public Interpreter(SessionState state, String source) {
        this(state, source, new Counters());
    }

    private Interpreter(SessionState state, String source, Counters counters) {
        this.state = state;
        this.source = source;
        this.counters = counters;
    }

    private RaspError error(Pos pos, String detail) {
        return new RaspError(source, pos, detail);
    }

    // ---------------------------------------------------------------- statements

    /** Runs one statement in env, adding what it prints to outs. */
    public void exec(Stmt stmt, Env env, List<Output> outs) {
        try {
            execInner(stmt, env, outs);
        } catch (RaspError e) {
            throw e.at(source, stmt.pos());
        }
    }

    private void execInner(Stmt stmt, Env env, List<Output> outs) {
        if (stmt instanceof Stmt.ExprStmt s) {
            Value v = evalTop(s.expr(), env);
            if (s.expr() instanceof Expr.Call c && isApplication(c, v)) {
                outs.add(new Output.Applied(v));
            } else {
                String name = s.expr() instanceof Expr.Var var ? var.name() : "out";
                outs.add(new Output.Named(name, v, true));
            }
        } else if (stmt instanceof Stmt.Assign a) {
            assign(a, env, outs);
        } else if (stmt instanceof Stmt.FuncDef f) {
            UserFunction fn = new UserFunction(f.name(), f.params(), f.body(), f.returns(), env, env.name(), source);
            env.set(f.name(), new FuncVal(fn));
            outs.add(new Output.Named(f.name(), new FuncVal(fn), true));
        } else if (stmt instanceof Stmt.ForLoop l) {
            forLoop(l, env);
        } else if (stmt instanceof Stmt.Load l) {
            outs.addAll(load(l, env));
        } else if (stmt instanceof Stmt.Draw d) {
            draw(d, env, outs);
        } else if (stmt instanceof Stmt.TaskDecl t) {
            Declarations.task(t, env, this, state, source, outs);
        } else if (stmt instanceof Stmt.CompositionDecl c) {
            Declarations.composition(c, env, this, state, source, outs);
        } else if (stmt instanceof Stmt.BooleanDecl b) {
            Declarations.bool(b, state, source, outs);
        } else {
            replCommand(stmt, env, outs);
        }
    }

    private static boolean isApplication(Expr.Call c, Value v) {
        return v instanceof Value.SeqResult || v instanceof Value.SelResult;
    }

    private void assign(Stmt.Assign a, Env env, List<Output> outs) {
        List<Value> values = new ArrayList<>();
        for (Expr e : a.values()) {
            values.add(evalTop(e, env));
        }
        Value value = values.size() == 1 ? values.get(0) : new ListVal(values);
        List<String> names = a.names();
        if (names.size() == 1) {
            setNamed(env, names.get(0), value, outs);
            return;
        }
        if (!(value instanceof ListVal l)) {
            throw error(a.pos(), "expected " + names.size() + " values, but got: " + Value.describe(value, 40));
        }
        if (l.items().size() != names.size()) {
            throw error(a.pos(), "expected " + names.size() + " values, but got: " + l.items().size());
        }
        for (int i = 0; i < names.size(); i++) {
            setNamed(env, names.get(i), l.items().get(i), outs);
        }
    }

    private void setNamed(Env env, String name, Value v, List<Output> outs) {
        env.set(name, v);
        Node node = Value.nodeOf(v);
        if (node != null) {
            state.rename(node, name);
        }
        outs.add(new Output.Named(name, v, true));
    }

    private void forLoop(Stmt.ForLoop l, Env env) {
        Value iterable = evalTop(l.iterable(), env);
        List<Value> items = iterationItems(iterable, "for loop needs to iterate over a list or dict, but got:", l.pos());
        List<Output> discarded = new ArrayList<>();
        for (Value item : items) {
            bindIterators(l.vars(), item, env, l.pos());
            for (Stmt s : l.body()) {
                exec(s, env, discarded);
            }
            discarded.clear();
        }
    }

    private List<Value> iterationItems(Value iterable, String message, Pos pos) {
        if (iterable instanceof ListVal l) {
            return l.items();
        }
        if (iterable instanceof DictVal d) {
            return new ArrayList<>(d.keys());
        }
        throw error(pos, message + " " + Value.describe(iterable, 40));
    }

    private void bindIterators(List<String> names, Value item, Env env, Pos pos) {
        if (names.size() == 1) {
            env.set(names.get(0), item);
            return;
        }
        if (!(item instanceof ListVal l)) {
            throw error(pos, "iterating with multiple iterator names, but got single iterator value: "
                    + Value.describe(item, 40));
        }
        if (l.items().size() != names.size()) {
            throw error(pos, "iterating with " + names.size() + " names but got " + l.items().size()
                    + " values ( " + Value.describe(item, 40) + " )");
        }
        for (int i = 0; i < names.size(); i++) {
            env.set(names.get(i), l.items().get(i));
        }
    }

    private void replCommand(Stmt stmt, Env env, List<Output> outs) {
        DisplaySettings d = state.display;
        if (stmt instanceof Stmt.SetExample s) {
            Value ex = evalTop(s.example(), env);
            Inputs.of(ex); // must be a usable input
            if (s.subset() != Subset.SELECTOR) {
                d = d.withSeqExample(ex);
            }
            if (s.subset() != Subset.SOP) {
                d = d.withSelExample(ex);
            }
        } else if (stmt instanceof Stmt.ShowExample s) {
            outs.add(new Output.Examples(s.subset()));
        } else if (stmt instanceof Stmt.ToggleExamples t) {
            if (t.subset() != Subset.SELECTOR) {
                d = d.withShowSeqExamples(t.on());
            }
            if (t.subset() != Subset.SOP) {
                d = d.withShowSelExamples(t.on());
            }
        } else if (stmt instanceof Stmt.ToggleFullSeq t) {
            d = d.withFullSeqDisplay(t.on());
        } else if (stmt instanceof Stmt.Exit) {
            state.exit = true;
        }
        state.display = d;
    }

    private void draw(Stmt.Draw d, Env env, List<Output> outs) {
        Value example = d.input() == null ? state.display.seqExample() : evalTop(d.input(), env);
        Input input = Inputs.of(example);
        Value prev = backup;
        backup = example;
        Value v;
        try {
            v = evalTop(d.sop(), env);
        } finally {
            backup = prev;
        }
        if (!(v instanceof SopVal s)) {
            throw error(d.sop().pos(), "draw expects unfinished sequence, got: " + Value.describe(v, 40));
        }
        Seq result = (Seq) new GraphEvaluator(input).evaluate(s.node());
        outs.add(new Output.Drawn(FlowDrawer.write(s.node(), input, state.baseDir)));
        outs.add(new Output.Applied(new Value.SeqResult(result, example)));
    }

    // ---------------------------------------------------------------- load

    private List<Output> load(Stmt.Load l, Env calling) {
        String libname = l.file();
        String fileName = libname + ".rasp";
        Path path = state.baseDir.resolve(fileName);
        if (!Files.isRegularFile(path)) {
            path = Path.of(fileName);
        }
        if (!Files.isRegularFile(path)) {
            throw error(l.pos(), "could not find file: " + fileName);
        }
        if (counters.loadDepth >= MAX_LOAD_DEPTH) {
            counters.abandoned = true; // every enclosing load would fail the same way
            throw error(l.pos(), "load nesting deeper than " + MAX_LOAD_DEPTH + " (does a file load itself?)");
        }
        String text;
        try {
            text = TextFiles.readUtf8(path);
        } catch (IOException e) {
            throw error(l.pos(), "could not read file " + path + ": " + e.getMessage());
        }
        String shown = FileNames.shown(path);
        List<Stmt> program;
        try {
            program = ProgramParser.parseProgram(text, shown);
        } catch (SyntaxError e) {
            throw new RaspError(shown, new Pos(e.line(), e.column()), e.detail());
        }
        Env fileEnv = Env.file(state.base, libname, calling);
        Interpreter inner = new Interpreter(state, shown, counters);
        List<Output> outs = new ArrayList<>();
        counters.loadDepth++;
        try {
            for (Stmt s : program) {
                inner.execOrSkip(s, fileEnv, outs);
                if (state.exit) {
                    // as in the original, exit in a loaded file ends the file, not the session
                    state.exit = false;
                    break;
                }
            }
        } finally {
            counters.loadDepth--;
        }
        return publicResults(outs);
    }

    /**
     * Runs a loaded file's statement; when it fails, undoes it and reports it as a warning, as
     * the original goes on with the rest of the file. An interrupted or endless statement, or loads
     * nested too deeply, stop the whole load instead: the user asked to abandon it, or the rest
     * would fail the same way.
     */
    private void execOrSkip(Stmt stmt, Env fileEnv, List<Output> outs) {
        Runnable undo = state.checkpoint(fileEnv);
        int shown = outs.size();
        try {
            exec(stmt, fileEnv, outs);
        } catch (RaspError e) {
            if (counters.abandoned) {
                throw e;
            }
            undo.run();
            outs.subList(shown, outs.size()).clear();
            state.warn(e.at(source, stmt.pos()));
        }
    }

    /** A loaded file shows its public assignments, each name once (its last value), without examples. */
    private static List<Output> publicResults(List<Output> outs) {
        Map<String, Integer> last = new LinkedHashMap<>();
        for (int i = 0; i < outs.size(); i++) {
            if (outs.get(i) instanceof Output.Named n) {
                last.put(n.name(), i);
            }
        }
        List<Output> shown = new ArrayList<>();
        for (int i = 0; i < outs.size(); i++) {
            Output o = outs.get(i);
            if (o instanceof Output.Named n) {
                if (last.get(n.name()) == i && !n.name().startsWith("_") && !n.name().equals("out")) {
                    shown.add(new Output.Named(n.name(), n.value(), false));
                }
            } else if (o instanceof Output.Declared) {
                shown.add(o);
            }
        }
        return shown;
    }

    // ---------------------------------------------------------------- expressions

    /** Evaluates an expression of a statement (resets nothing; counts steps). */
    public Value evalTop(Expr e, Env env) {
        return eval(e, env);
    }

    Value eval(Expr e, Env env) {
        if (++counters.steps > MAX_STEPS) {
            counters.abandoned = true;
            throw error(e.pos(), "statement takes too long (more than " + MAX_STEPS + " evaluation steps)");
        }
        // The REPL answers Ctrl+C by interrupting its thread; checking now and then keeps the
        // cost off the hot path. The statement fails like any other, so nothing it did is kept.
        if ((counters.steps & INTERRUPT_CHECK_MASK) == 0 && Thread.interrupted()) {
            counters.abandoned = true;
            throw error(e.pos(), "interrupted: the statement was abandoned and nothing it did was kept");
        }
        Value v;
        try {
            v = evalInner(e, env);
        } catch (RaspError err) {
            throw err.at(source, e.pos());
        } catch (StackOverflowError so) {
            throw error(e.pos(), "expression nested too deeply");
        }
        if (!(v instanceof Value.SeqResult || v instanceof Value.SelResult)) {
            env.setOut(v);
        }
        check(v, e.pos());
        return v;
    }

    /** The original's _test_res: an s-op/selector must evaluate on the backup or the main example. */
    private void check(Value v, Pos pos) {
        Node node = Value.nodeOf(v);
        if (node == null) {
            return;
        }
        RaspError backupFailure = null;
        if (backup != null) {
            try {
                Input in = Inputs.of(backup);
                new GraphEvaluator(in).evaluate(node);
                return;
            } catch (RaspError err) {
                backupFailure = err;
            }
        }
        try {
            state.mainEvaluator().evaluate(node);
        } catch (RaspError err) {
            // the failure of a trial run says on which example: the user may only need another one
            RaspError failure = backupFailure != null && validInput(backup)
                    ? backupFailure.in("on the input " + Value.formatstr(backup))
                    : err.in("on the s-op example " + Value.formatstr(state.display.seqExample()));
            throw failure.at(source, pos);
        }
    }

    private static boolean validInput(Value v) {
        try {
            Inputs.of(v);
            return true;
        } catch (RaspError e) {
            return false;
        }
    }

    private Value evalInner(Expr e, Env env) {
        if (e instanceof Expr.IntLit i) {
            return Atom.ofInt(i.value());
        } else if (e instanceof Expr.FloatLit f) {
            return Atom.ofFloat(f.value());
        } else if (e instanceof Expr.StrLit s) {
            return Atom.ofStr(s.value());
        } else if (e instanceof Expr.Var v) {
            Value val = env.lookup(v.name());
            if (val == null) {
                throw error(v.pos(), "Undefined variable: " + v.name());
            }
            return val;
        } else if (e instanceof Expr.Binary b) {
            return RaspOperators.binary(b.op(), eval(b.left(), env), eval(b.right(), env));
        } else if (e instanceof Expr.Unary u) {
            return RaspOperators.unary(u.op(), eval(u.operand(), env));
        } else if (e instanceof Expr.Ternary t) {
            Value cond = eval(t.cond(), env);
            if (cond instanceof SopVal || cond instanceof SelVal) {
                return RaspOperators.ternary(cond, eval(t.then(), env), eval(t.otherwise(), env));
            }
            // lazy on atoms, so recursion and loops over real values terminate
            return PyValues.truthy(cond) ? eval(t.then(), env) : eval(t.otherwise(), env);
        } else if (e instanceof Expr.Select s) {
            return RaspOperators.select(eval(s.key(), env), eval(s.query(), env), s.op());
        } else if (e instanceof Expr.Aggregate a) {
            Value sel = eval(a.selector(), env);
            Value sop = eval(a.sop(), env);
            Value dflt = a.dflt() == null ? null : eval(a.dflt(), env);
            return RaspOperators.aggregate(sel, sop, dflt);
        } else if (e instanceof Expr.Call c) {
            return call(c, env);
        } else if (e instanceof Expr.Index i) {
            return RaspOperators.index(eval(i.target(), env), eval(i.index(), env));
        } else if (e instanceof Expr.ListLit l) {
            List<Value> items = new ArrayList<>();
            for (Expr x : l.items()) {
                items.add(eval(x, env));
            }
            return new ListVal(items);
        } else if (e instanceof Expr.DictLit d) {
            List<Map.Entry<Atom, Value>> entries = new ArrayList<>();
            for (Expr.Entry en : d.entries()) {
                entries.add(Map.entry(dictKey(en.key(), env), eval(en.value(), env)));
            }
            return Value.dict(entries);
        } else if (e instanceof Expr.Range r) {
            return range(r, env);
        } else if (e instanceof Expr.ListComp c) {
            return listComp(c, env);
        } else if (e instanceof Expr.DictComp c) {
            return dictComp(c, env);
        } else if (e instanceof Expr.Contains c) {
            return RaspOperators.contains(eval(c.item(), env), eval(c.container(), env), containerName(c.container()));
        } else if (e instanceof Expr.Zip z) {
            return zip(z, env);
        } else if (e instanceof Expr.Len l) {
            Value v = eval(l.operand(), env);
            if (!(v instanceof ListVal list)) {
                throw error(l.pos(), "attempting to compute length of non-list: " + Value.describe(v, 40));
            }
            return Atom.ofInt(list.items().size());
        }
        throw new IllegalStateException("unhandled expression " + e);
    }

    private static String containerName(Expr container) {
        return container instanceof Expr.Var v ? v.name() : null;
    }

    private Atom dictKey(Expr e, Env env) {
        Value k = eval(e, env);
        if (!(k instanceof Atom a)) {
            throw error(e.pos(), "dictionary keys can only be atoms, but instead got: " + Value.describe(k, 40));
        }
        return a;
    }

    private Value range(Expr.Range r, Env env) {
        List<Expr> args = r.args();
        if (args.isEmpty() || args.size() > 3) {
            throw error(r.pos(), "wrong number of inputs to range, expected: 1, 2, or 3, got: " + args.size());
        }
        long[] v = new long[args.size()];
        List<Value> vals = new ArrayList<>();
        for (Expr x : args) {
            vals.add(eval(x, env));
        }
        for (int i = 0; i < v.length; i++) {
            if (!(vals.get(i) instanceof Atom a) || !a.isInt()) {
                throw error(r.pos(), "range expects all integer inputs, but got: " + Value.describe(new ListVal(vals), 1000));
            }
            v[i] = (long) a.num();
        }
        long start = v.length == 1 ? 0 : v[0];
        long stop = v.length == 1 ? v[0] : v[1];
        long step = v.length == 3 ? v[2] : 1;
        if (step == 0) {
            throw error(r.pos(), "range() arg 3 must not be zero");
        }
        long count = step > 0 ? Math.max(0, (stop - start + step - 1) / step) : Math.max(0, (start - stop - step - 1) / -step);
        if (count > PyValues.MAX_LIST) {
            throw error(r.pos(), "range too large (" + count + " elements; at most " + PyValues.MAX_LIST + ")");
        }
        List<Value> out = new ArrayList<>((int) count);
        for (long i = 0; i < count; i++) {
            out.add(Atom.ofInt(start + i * step));
        }
        return new ListVal(out);
    }

    private Value listComp(Expr.ListComp c, Env env) {
        Value iterable = eval(c.iterable(), env);
        List<Value> items = iterationItems(iterable,
                "list comprehension should have got a list or dict to loop over, but got:", c.pos());
        List<Value> out = new ArrayList<>();
        for (Value item : items) {
            Env inner = env.nested();
            bindIterators(c.vars(), item, inner, c.pos());
            out.add(eval(c.value(), inner));
        }
        return new ListVal(out);
    }

    private Value dictComp(Expr.DictComp c, Env env) {
        Value iterable = eval(c.iterable(), env);
        List<Value> items = iterationItems(iterable,
                "dict comprehension should have got a list or dict to loop over, but got:", c.pos());
        List<Map.Entry<Atom, Value>> entries = new ArrayList<>();
        for (Value item : items) {
            Env inner = env.nested();
            bindIterators(c.vars(), item, inner, c.pos());
            Atom key = dictKey(c.key(), inner);
            entries.add(Map.entry(key, eval(c.value(), inner)));
        }
        return Value.dict(entries);
    }

    private Value zip(Expr.Zip z, Env env) {
        List<List<Value>> lists = new ArrayList<>();
        for (int i = 0; i < z.lists().size(); i++) {
            Value v = eval(z.lists().get(i), env);
            if (!(v instanceof ListVal l)) {
                throw error(z.pos(), "attempting to zip lists, but " + (i + 1) + "-th element is not list: "
                        + Value.describe(v, 40));
            }
            lists.add(l.items());
        }
        int n = lists.get(0).size();
        for (int i = 0; i < lists.size(); i++) {
            if (lists.get(i).size() != n) {
                throw error(z.pos(), "attempting to zip lists of length " + n + " , but " + (i + 1)
                        + "-th list has length " + lists.get(i).size());
            }
        }
        List<Value> out = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            List<Value> row = new ArrayList<>();
            for (List<Value> l : lists) {
                row.add(l.get(j));
            }
            out.add(new ListVal(row));
        }
        return new ListVal(out);
    }

    // ---------------------------------------------------------------- calls

    private Value call(Expr.Call c, Env env) {
        Value prev = backup;
        Value single = null;
        List<Value> args = new ArrayList<>();
        if (c.args().size() == 1) {
            // as the original: evaluate the callee against this input too, so that an s-op that
            // only works on it (e.g. tokens_int applied to [1, 2]) is accepted
            single = eval(c.args().get(0), env);
            args.add(single);
            backup = validInput(single) ? single : prev;
        }
        Value callee;
        try {
            callee = eval(c.callee(), env);
        } finally {
            backup = prev;
        }
        if (c.args().size() != 1) {
            for (Expr a : c.args()) {
                args.add(eval(a, env));
            }
        }
        if (callee instanceof SopVal || callee instanceof SelVal) {
            if (args.size() != 1) {
                throw error(c.pos(), "wrong number of args for evaluate unfinished- expected: 1, got: " + args.size() + ".");
            }
            return apply(Value.nodeOf(callee), single, c.pos());
        }
        if (callee instanceof FuncVal f) {
            return callFunction(f.function(), args, c.pos());
        }
        throw error(c.pos(), "can only call functions or apply s-ops/selectors, got: " + Value.describe(callee, 40));
    }

    private Value apply(Node node, Value input, Pos pos) {
        Input in = Inputs.of(input);
        Object r = new GraphEvaluator(in).evaluate(node);
        return r instanceof Seq s ? new Value.SeqResult(s, input) : new Value.SelResult((Sel) r, input);
    }

    /**
     * Calls a RASP function with values (e.g. a task's input generator), long after the
     * statement that defined it: each call is a statement of its own, with its own step budget
     * and call depth, so that a dataset of any size can be drawn one sample at a time.
     */
    public Value callValue(Function fn, List<Value> args) {
        return new Interpreter(state, source).callFunction(fn, args, Pos.NONE);
    }

    private Value callFunction(Function fn, List<Value> args, Pos pos) {
        if (args.size() != fn.params().size()) {
            throw error(pos, "wrong number of args for " + fn.name() + "- expected: " + fn.params().size()
                    + ", got: " + args.size() + ".");
        }
        if (fn instanceof NativeFunction nf) {
            return nf.impl().call(args);
        }
        UserFunction uf = (UserFunction) fn;
        if (counters.callDepth >= MAX_CALL_DEPTH) {
            throw error(pos, "recursion depth limit (" + MAX_CALL_DEPTH + " nested calls) exceeded in " + fn.name());
        }
        int firstNew = raspc.compiler.graph.NodeIds.next();
        Env inner = uf.closure().nested();
        for (int i = 0; i < args.size(); i++) {
            inner.set(uf.params().get(i), args.get(i));
        }
        Interpreter body = uf.source() == null || uf.source().equals(source) ? this
                : new Interpreter(state, uf.source(), counters);
        Value savedBackup = body.backup;
        body.backup = null;
        counters.callDepth++;
        List<Value> results = new ArrayList<>();
        try {
            List<Output> discarded = new ArrayList<>();
            for (Stmt s : uf.body()) {
                body.exec(s, inner, discarded);
                discarded.clear();
            }
            for (Expr r : uf.returns()) {
                results.add(body.eval(r, inner));
            }
        } finally {
            counters.callDepth--;
            body.backup = savedBackup;
        }
        Value res = results.size() == 1 ? results.get(0) : new ListVal(results);
        Node node = Value.nodeOf(res);
        if (node != null && node.id() >= firstNew) {
            StringBuilder name = new StringBuilder(fn.name()).append('(');
            for (int i = 0; i < args.size(); i++) {
                name.append(i == 0 ? "" : " , ").append(Value.describe(args.get(i), 20));
            }
            node.setName(name.append(')').toString());
        }
        return res;
    }

    /** Names visible in env, for completion. */
    public static Set<String> names(Env env) {
        Set<String> s = new HashSet<>();
        env.collectNames(s);
        return s;
    }

    static SopNode sop(Value v) {
        return ((SopVal) v).node();
    }
}
