package raspc.compiler.graph;

/** An s-op: maps an input sequence to a sequence of the same length. */
public sealed interface SopNode extends Node
        permits Tokens, Indices, Length, Constant, MapNode, ZipNode, Aggregate, SelectorWidth {
}
