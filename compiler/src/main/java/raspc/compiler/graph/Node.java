package raspc.compiler.graph;

import java.util.List;

/**
 * A node of the computation DAG: an s-op ({@link SopNode}) or a selector ({@link SelNode}).
 * Nodes are immutable except for their display name, which assignment sets as the original's
 * setname does. Ids grow with creation order, so every child has a smaller id than its parent
 * and sorting by id is a topological order.
 */
public sealed interface Node permits SopNode, SelNode {
    /** Stable, unique within the JVM, increasing with creation. */
    int id();

    /** The display name (the variable it was last assigned to, or a description). */
    String name();

    /** Sets the name; names longer than 30 characters become "s-op"/"sel" as in the original. */
    void setName(String name);

    /** The name {@link #setName} would give: the kind's plain name for one longer than 30 characters. */
    String fitName(String name);

    /** Direct inputs, in a fixed order. */
    List<Node> children();
}
