package raspc.compiler.graph;

/** Creation-order ids: a node created after a call to {@link #next()} has an id at least the result. */
public final class NodeIds {
    private NodeIds() {}

    public static int next() {
        return BaseNode.peekNextId();
    }
}
