package raspc.compiler.interp;

import raspc.compiler.value.Value;
import raspc.grammar.ast.Subset;

/** What a statement asks the REPL to print, rendered by {@link Printer} once the statement succeeded. */
public sealed interface Out {
    /** A named value ({@code x = ...;}, {@code def}, or an expression shown as "out"). */
    record Named(String name, Value value, boolean examples) implements Out {}

    /** A value shown as {@code \t =  ...} (an s-op or selector applied to an input, a drawing). */
    record Just(Value value) implements Out {}

    /** The running example(s), for {@code show example}. */
    record Example(Subset subset) implements Out {}

    /** Plain text lines. */
    record Text(String line) implements Out {}
}
