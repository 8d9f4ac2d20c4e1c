/**
 * raspc compiler: the RASP reference evaluator and the program graph.
 *
 * <h2>Sessions</h2>
 * {@link raspc.compiler.Session} runs statements (parsed by {@code raspc.grammar.ProgramParser})
 * exactly as the original RASP REPL (tech-srl/RASP) does, returning the lines it would print.
 * Each statement is atomic: it runs against a staging scope and is committed only on success.
 * The standard library ({@code rasplib.rasp} in this package's resources, plus the native
 * {@code length} and {@code selector_width}) is preloaded. {@link raspc.compiler.MachineEval}
 * is the JSON interface of {@code raspc eval}.
 *
 * <h2>The graph</h2>
 * Evaluating an s-op or selector expression builds nodes ({@link raspc.compiler.graph}):
 * {@code Tokens}, {@code Indices}, {@code Length}, {@code Constant}, {@code MapNode} and
 * {@code ZipNode} (elementwise), {@code Aggregate}, {@code SelectorWidth} (s-ops, sealed
 * {@code SopNode}); {@code Select}, {@code SelAnd}, {@code SelOr}, {@code SelNot} (selectors,
 * sealed {@code SelNode}). Every node has a stable id (creation order, so children have smaller
 * ids), {@code children()} and a name (set by assignment, as the original's setname). Get a node
 * from a session with {@code ((Value.SopVal) session.get("name")).node()}.
 * {@code Length} and {@code SelectorWidth} are native kinds (the original defines them with
 * aggregates); a layer planner should count each as one attention head.
 *
 * <h2>Evaluation</h2>
 * {@link raspc.compiler.eval.EvaluationOrder#of} sorts the reachable nodes topologically once;
 * {@code order.evaluate(input)} computes every node exactly once into a memo array, and
 * {@code order.trace(input)} returns the value of every node ({@link raspc.compiler.eval.Trace}):
 * sequences as {@link raspc.compiler.seq.Seq} (kind byte / double / string columns, no boxing)
 * and selectors as {@link raspc.compiler.seq.Sel} (n x n bit matrices; {@code toMatrix()} gives
 * the attention pattern [query][key]). Inputs are {@link raspc.compiler.seq.Input#of}.
 *
 * <h2>Python semantics</h2>
 * {@link raspc.compiler.python} holds the one implementation of Python's operators that the s-op
 * kernels, the interpreter and the Boolean-spec compiler share: numbers ({@code PyNumbers}),
 * atoms ({@code PyAtoms}), plain values ({@code PyValues}), strings by code point
 * ({@code PyStrings}), and {@code AndOr}, the one place where RASP's and specs' and/or differ from
 * Python's. User text becomes tokens through {@link raspc.compiler.text.Tokenizer} (one per code
 * point); command-line inputs are {@link raspc.compiler.InputText}.
 *
 * <h2>Deliberate differences from the original</h2>
 * The library's {@code average} uses its argument (the original refers to an undefined
 * {@code s}) and {@code mark_first_instance} looks at earlier positions (the original uses
 * {@code >}). Ints are stored as doubles: exact up to 2^53. A failing {@code load} changes
 * nothing (the original kept the statements before the error). Call depth, range/list sizes
 * and steps per statement are capped with clear errors.
 */
package raspc.compiler;

import raspc.compiler.value.PyValues;
import raspc.compiler.value.Value;
