package raspc.compiler.interp;

import raspc.compiler.value.Function;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import raspc.compiler.value.PyValues;
import raspc.compiler.value.Value.Atom;
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
import raspc.compiler.graph.Node;
import raspc.compiler.graph.SopNode;
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
    /** Interrupts are looked at every 1024 evaluation steps. */
    private static final long INTERRUPT_CHECK_MASK = 1023;

    private final SessionState state;
    private final String source;
    private final Counters counters;
    private Value backup;
    private final Comprehensions lists;

    /** Shared across the interpreters of one top-level statement (files loaded by it included). */
    static final class Counters {
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

    Interpreter(SessionState state, String source, Counters counters) {
        this.state = state;
        this.source = source;
        this.counters = counters;
        this.lists = new Comprehensions(this);
    }

    /** The file these statements come from; null for the REPL. */
    String source() {
        return source;
    }

    RaspError error(Pos pos, String detail) {
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
        switch (stmt) {
            case Stmt.ExprStmt s -> {
                Value v = evalTop(s.expr(), env);
                if (v instanceof Value.SeqResult || v instanceof Value.SelResult) {
                    outs.add(new Output.Applied(v));
                } else {
                    String name = s.expr() instanceof Expr.Var var ? var.name() : "out";
                    outs.add(new Output.Named(name, v, true));
                }
            }
            case Stmt.Assign a -> assign(a, env, outs);
            case Stmt.FuncDef f -> {
                UserFunction fn = new UserFunction(f.name(), f.params(), f.body(), f.returns(), env, env.name(), source);
                env.set(f.name(), new FuncVal(fn));
                outs.add(new Output.Named(f.name(), new FuncVal(fn), true));
            }
            case Stmt.ForLoop l -> forLoop(l, env);
            case Stmt.Load l -> outs.addAll(new FileLoader(this, state, counters).load(l, env));
            case Stmt.Draw d -> draw(d, env, outs);
            case Stmt.TaskDecl t -> Declarations.task(t, env, this, state, source, outs);
            case Stmt.CompositionDecl c -> Declarations.composition(c, env, this, state, source, outs);
            case Stmt.BooleanDecl b -> Declarations.bool(b, state, source, outs);
            case Stmt.SetExample s -> setExample(s, env);
            case Stmt.ShowExample s -> outs.add(new Output.Examples(s.subset()));
            case Stmt.ToggleExamples t -> toggleExamples(t);
            case Stmt.ToggleFullSeq t -> state.display = state.display.withFullSeqDisplay(t.on());
            case Stmt.Exit x -> state.exit = true;
        }
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
        List<Value> items = lists.iterationItems(iterable, "for loop needs to iterate over a list or dict, but got:", l.pos());
        List<Output> discarded = new ArrayList<>();
        for (Value item : items) {
            lists.bindIterators(l.vars(), item, env, l.pos());
            for (Stmt s : l.body()) {
                exec(s, env, discarded);
            }
            discarded.clear();
        }
    }



    private void setExample(Stmt.SetExample s, Env env) {
        Value ex = evalTop(s.example(), env);
        Inputs.of(ex); // must be a usable input
        DisplaySettings d = state.display;
        if (s.subset() != Subset.SELECTOR) {
            d = d.withSeqExample(ex);
        }
        if (s.subset() != Subset.SOP) {
            d = d.withSelExample(ex);
        }
        state.display = d;
    }

    private void toggleExamples(Stmt.ToggleExamples t) {
        DisplaySettings d = state.display;
        if (t.subset() != Subset.SELECTOR) {
            d = d.withShowSeqExamples(t.on());
        }
        if (t.subset() != Subset.SOP) {
            d = d.withShowSelExamples(t.on());
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
        return switch (e) {
            case Expr.IntLit i -> Atom.ofInt(i.value());
            case Expr.FloatLit f -> Atom.ofFloat(f.value());
            case Expr.StrLit s -> Atom.ofStr(s.value());
            case Expr.Var v -> {
                Value val = env.lookup(v.name());
                if (val == null) {
                    throw error(v.pos(), "Undefined variable: " + v.name());
                }
                yield val;
            }
            case Expr.Binary b -> RaspOperators.binary(b.op(), eval(b.left(), env), eval(b.right(), env));
            case Expr.Unary u -> RaspOperators.unary(u.op(), eval(u.operand(), env));
            case Expr.Ternary t -> ternary(t, env);
            case Expr.Select s -> RaspOperators.select(eval(s.key(), env), eval(s.query(), env), s.op());
            case Expr.Aggregate a -> {
                Value sel = eval(a.selector(), env);
                Value sop = eval(a.sop(), env);
                Value dflt = a.dflt() == null ? null : eval(a.dflt(), env);
                yield RaspOperators.aggregate(sel, sop, dflt);
            }
            case Expr.Call c -> call(c, env);
            case Expr.Index i -> RaspOperators.index(eval(i.target(), env), eval(i.index(), env));
            case Expr.ListLit l -> {
                List<Value> items = new ArrayList<>();
                for (Expr x : l.items()) {
                    items.add(eval(x, env));
                }
                yield new ListVal(items);
            }
            case Expr.DictLit d -> {
                List<Map.Entry<Atom, Value>> entries = new ArrayList<>();
                for (Expr.Entry en : d.entries()) {
                    entries.add(Map.entry(lists.dictKey(en.key(), env), eval(en.value(), env)));
                }
                yield Value.dict(entries);
            }
            case Expr.Range r -> lists.range(r, env);
            case Expr.ListComp c -> lists.listComp(c, env);
            case Expr.DictComp c -> lists.dictComp(c, env);
            case Expr.Contains c -> RaspOperators.contains(eval(c.item(), env), eval(c.container(), env),
                    containerName(c.container()));
            case Expr.Zip z -> lists.zip(z, env);
            case Expr.Len l -> {
                Value v = eval(l.operand(), env);
                if (!(v instanceof ListVal list)) {
                    throw error(l.pos(), "attempting to compute length of non-list: " + Value.describe(v, 40));
                }
                yield Atom.ofInt(list.items().size());
            }
        };
    }

    private Value ternary(Expr.Ternary t, Env env) {
        Value cond = eval(t.cond(), env);
        if (cond instanceof SopVal || cond instanceof SelVal) {
            return RaspOperators.ternary(cond, eval(t.then(), env), eval(t.otherwise(), env));
        }
        // lazy on atoms, so recursion and loops over real values terminate
        return PyValues.truthy(cond) ? eval(t.then(), env) : eval(t.otherwise(), env);
    }

    private static String containerName(Expr container) {
        return container instanceof Expr.Var v ? v.name() : null;
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
