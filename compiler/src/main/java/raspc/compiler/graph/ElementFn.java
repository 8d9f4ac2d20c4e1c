package raspc.compiler.graph;

import raspc.compiler.seq.Seq;
import raspc.compiler.seq.SeqBuilder;

/**
 * The per-position function of a {@link MapNode} or {@link ZipNode}: reads position i of each
 * argument column and writes position i of the result, without boxing.
 */
public interface ElementFn {
    /** A short description ("+", "not", "lookup", ...), for drawings and plans. */
    String symbol();

    void apply(Seq[] args, int i, SeqBuilder out);
}
