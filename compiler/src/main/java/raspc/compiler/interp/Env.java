package raspc.compiler.interp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import raspc.compiler.value.Value;
import raspc.compiler.error.RaspError;

/**
 * A scope of variables. Lookups go to the parent when a name is not here. A file being loaded
 * "steals" into the loading scope: its public assignments are copied there too, as in the
 * original. A staging scope (see {@link #stage()}) collects one statement's writes so that the
 * session commits them only when the whole statement succeeds.
 */
public final class Env {
    /** Names no program may assign, besides the library's (keywords and built-in constants). */
    public static final Set<String> RESERVED = Set.of("if", "else", "not", "and", "or", "out", "def", "return",
            "range", "for", "in", "zip", "len", "get", "tokens_asis", "tokens_str", "tokens_int", "tokens_bool",
            "tokens_float", "indices", "True", "False");

    private final Env parent;
    private final String name;
    private final Env stealing;
    private final Set<String> extraReserved;
    private final Map<String, Value> vars = new LinkedHashMap<>();
    /** Set once a staging scope is committed: from then on it only forwards to its parent. */
    private boolean forwarding;
    private final boolean staging;

    private Env(Env parent, String name, Env stealing, Set<String> extraReserved, boolean staging) {
        this.parent = parent;
        this.name = name;
        this.stealing = stealing;
        this.extraReserved = extraReserved;
        this.staging = staging;
    }

    public static Env root(String name) {
        return new Env(null, name, null, Set.of(), false);
    }

    /** A top-level scope whose extra reserved names (the library's) cannot be assigned. */
    public static Env top(Env parent, String name, Set<String> reserved) {
        return new Env(parent, name, null, Set.copyOf(reserved), false);
    }

    /** The scope of a loaded file: sees {@code parent}, copies public assignments into {@code into}. */
    public static Env file(Env parent, String name, Env into) {
        return new Env(parent, name, into, Set.of(), false);
    }

    /** A nested scope (function call, comprehension): the original names it parent's name + "'". */
    public Env nested() {
        return new Env(this, name + "'", null, Set.of(), false);
    }

    /** A scope collecting one statement's writes to this one; see {@link #commit()}. */
    public Env stage() {
        return new Env(this, name, null, extraReserved, true);
    }

    public String name() {
        return name;
    }

    public Value lookup(String n) {
        for (Env e = this; e != null; e = e.parent) {
            if (!e.forwarding) {
                Value v = e.vars.get(n);
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    public void set(String n, Value v) {
        if (RESERVED.contains(n) || extraReserved.contains(n)) {
            throw new RaspError("Cannot set reserved name: " + n);
        }
        vars.put(n, v);
        if (stealing != null && !n.startsWith("_") && !n.equals("out")) {
            stealing.set(n, v);
        }
    }

    /** Sets {@code out}, the value of the last expression (exempt from the reserved check). */
    public void setOut(Value v) {
        vars.put("out", v);
    }

    /** Defines a name without checks (built-ins and the library). */
    void define(String n, Value v) {
        vars.put(n, v);
    }

    Map<String, Value> variables() {
        return vars;
    }

    /** Moves a staging scope's writes into its parent; the scope then forwards all lookups there. */
    public void commit() {
        if (!staging) {
            throw new IllegalStateException("not a staging scope");
        }
        parent.vars.putAll(vars);
        forwarding = true;
    }

    /**
     * Records the variables of this scope and of every scope it steals into; running the result
     * puts them back. A loaded file's failing statement is undone with it, so that the rest of
     * the file still runs on what the statements before it defined.
     */
    public Runnable checkpoint() {
        List<Runnable> restores = new ArrayList<>();
        for (Env e = this; e != null; e = e.stealing) {
            Env scope = e;
            Map<String, Value> saved = new LinkedHashMap<>(scope.vars);
            restores.add(() -> {
                scope.vars.clear();
                scope.vars.putAll(saved);
            });
        }
        return () -> restores.forEach(Runnable::run);
    }

    /** All names visible from here. */
    public void collectNames(Set<String> into) {
        for (Env e = this; e != null; e = e.parent) {
            if (!e.forwarding) {
                into.addAll(e.vars.keySet());
            }
        }
    }
}
