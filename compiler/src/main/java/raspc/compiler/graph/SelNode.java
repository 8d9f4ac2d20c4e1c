package raspc.compiler.graph;

/** A selector: a boolean matrix [query][key] over the input positions. */
public sealed interface SelNode extends Node permits Select, SelAnd, SelOr, SelNot {
}
