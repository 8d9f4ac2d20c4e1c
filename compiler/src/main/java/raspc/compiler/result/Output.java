package raspc.compiler.result;

import raspc.compiler.draw.FlowDrawing;
import raspc.compiler.value.Value;
import raspc.grammar.ast.Subset;

/**
 * What a statement produced for the user to see: values, not text. The REPL renders these the
 * way the original interpreter prints them; a file run discards them.
 */
public sealed interface Output {
    /** A named value ({@code x = ...;}, {@code def}, or an expression shown as "out"); examples: whether to try it on the running example. */
    record Named(String name, Value value, boolean examples) implements Output {}

    /** An s-op or selector applied to an input, or the result of {@code draw}. */
    record Applied(Value value) implements Output {}

    /** The running example(s), for {@code show example}. */
    record Examples(Subset subset) implements Output {}

    /** A task, composition or Boolean function declared; detail: its variants, or its signature. */
    record Declared(DeclarationKind kind, String name, String detail) implements Output {}

    /** The flow drawing {@code draw} wrote. */
    record Drawn(FlowDrawing drawing) implements Output {}

    enum DeclarationKind { TASK, COMPOSITION, BOOLEAN_FUNCTION }
}
