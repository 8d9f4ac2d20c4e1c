package raspc.grammar.ast;

/** Which running examples a REPL command applies to. */
public enum Subset { BOTH, SOP, SELECTOR }
