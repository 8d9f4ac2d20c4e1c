package raspc.compiler.interp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import raspc.compiler.value.Inputs;
import raspc.compiler.value.Value;
import raspc.compiler.error.RaspError;
import raspc.compiler.eval.GraphEvaluator;
import raspc.compiler.graph.Node;
import raspc.compiler.result.DisplaySettings;

/** Everything a session keeps between statements, shared with the interpreter. */
public final class SessionState {
    public final Path baseDir;
    public final Env base;
    public final Env console;
    /** The running examples and display flags; replaced whole, so keeping a reference saves them. */
    public DisplaySettings display = DisplaySettings.initial();
    /** Set by {@code exit}/{@code quit}. */
    public boolean exit;
    private GraphEvaluator mainEvaluator;
    private Value mainEvaluatorFor;
    /** Renames (the original's setname on assignment), applied only when a statement commits. */
    final List<Runnable> pendingRenames = new ArrayList<>();

    public SessionState(Path baseDir, Env base, Env console) {
        this.baseDir = baseDir;
        this.base = base;
        this.console = console;
    }

    /** Evaluates nodes on the s-op running example, remembering results across statements. */
    public GraphEvaluator mainEvaluator() {
        if (mainEvaluator == null || mainEvaluatorFor != display.seqExample()) {
            mainEvaluator = new GraphEvaluator(Inputs.of(display.seqExample()));
            mainEvaluatorFor = display.seqExample();
        }
        return mainEvaluator;
    }

    /**
     * Assigning an s-op names it, as the original's setname does: {@code x = indices;} makes lists
     * show indices as x. The built-in nodes are shared by all sessions, so their names here are
     * this session's and kept beside them.
     */
    public void rename(Node node, String name) {
        pendingRenames.add(new Rename(node, node.fitName(name)));
    }

    private final java.util.Map<Node, String> builtinNames = new java.util.IdentityHashMap<>();

    /** A rename waiting for its statement to commit; displays of the statement already see it. */
    private final class Rename implements Runnable {
        final Node node;
        final String name;

        Rename(Node node, String name) {
            this.node = node;
            this.name = name;
        }

        @Override
        public void run() {
            if (Builtins.isBuiltin(node)) {
                builtinNames.put(node, name);
            } else {
                node.setName(name);
            }
        }
    }

    /**
     * The node's name in this session, renames of the running statement included: in the original
     * {@code def f(a) { b = a; return [b]; }} shows {@code f(indices)}'s element as b.
     */
    public String nameOf(Node node) {
        for (int i = pendingRenames.size() - 1; i >= 0; i--) {
            if (pendingRenames.get(i) instanceof Rename r && r.node == node) {
                return r.name;
            }
        }
        return builtinNames.getOrDefault(node, node.name());
    }

    private final java.util.Map<String, raspc.compiler.task.TaskDefinition> tasks = new java.util.LinkedHashMap<>();
    private final java.util.Map<String, raspc.compiler.bool.BooleanSpec> booleans = new java.util.LinkedHashMap<>();
    private final java.util.Map<String, raspc.compiler.task.CompositionDefinition> compositions = new java.util.LinkedHashMap<>();

    /** Runs a change of the declarations when the statement commits (like a rename). */
    void declare(Runnable change) {
        pendingRenames.add(change);
    }

    void putTask(raspc.compiler.task.TaskDefinition def) {
        tasks.remove(def.name()); // a redeclaration moves to the end, as a reassignment would
        tasks.put(def.name(), def);
    }

    void putComposition(raspc.compiler.task.CompositionDefinition def) {
        compositions.remove(def.name());
        compositions.put(def.name(), def);
    }

    public java.util.List<raspc.compiler.task.CompositionDefinition> compositions() {
        return java.util.List.copyOf(compositions.values());
    }

    void putBoolean(raspc.compiler.bool.BooleanSpec spec) {
        booleans.remove(spec.name());
        booleans.put(spec.name(), spec);
    }

    public java.util.List<raspc.compiler.task.TaskDefinition> tasks() {
        return java.util.List.copyOf(tasks.values());
    }

    public java.util.List<raspc.compiler.bool.BooleanSpec> booleans() {
        return java.util.List.copyOf(booleans.values());
    }

    /**
     * Failing statements of loaded files: skipped, as the original does, and reported as
     * warnings. They count once the statement that loaded the file commits.
     */
    private final List<RaspError> warnings = new ArrayList<>();
    private final List<RaspError> committedWarnings = new ArrayList<>();

    void warn(RaspError skipped) {
        warnings.add(skipped);
    }

    /** The warnings of the statements committed since the last call, in order. */
    public List<RaspError> takeWarnings() {
        List<RaspError> out = List.copyOf(committedWarnings);
        committedWarnings.clear();
        return out;
    }

    /**
     * What a statement has done so far to the settings, the pending renames and declarations, the
     * warnings and env's variables; running the result undoes what was done after it.
     */
    Runnable checkpoint(Env env) {
        DisplaySettings savedDisplay = display;
        boolean savedExit = exit;
        int renames = pendingRenames.size();
        int warned = warnings.size();
        Runnable variables = env.checkpoint();
        return () -> {
            display = savedDisplay;
            exit = savedExit;
            pendingRenames.subList(renames, pendingRenames.size()).clear();
            warnings.subList(warned, warnings.size()).clear();
            variables.run();
        };
    }

    public void commitRenames() {
        pendingRenames.forEach(Runnable::run);
        pendingRenames.clear();
        committedWarnings.addAll(warnings);
        warnings.clear();
    }

    public void dropRenames() {
        pendingRenames.clear();
        warnings.clear();
    }
}
