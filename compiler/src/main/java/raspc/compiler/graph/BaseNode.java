package raspc.compiler.graph;

import java.util.concurrent.atomic.AtomicInteger;

/** Id and name bookkeeping shared by all node classes. */
abstract class BaseNode {
    private static final AtomicInteger NEXT_ID = new AtomicInteger();
    static final int MAX_NAME = 30;

    private final int id = NEXT_ID.incrementAndGet();
    private volatile String name;

    BaseNode(String name) {
        this.name = name;
    }

    public final int id() {
        return id;
    }

    public final String name() {
        return name;
    }

    public final void setName(String name) {
        if (name != null) {
            this.name = fitName(name);
        }
    }

    public final String fitName(String name) {
        return name.length() > MAX_NAME ? shortName() : name;
    }

    abstract String shortName();

    /** The id the next node will get: nodes with an id at least this were created after the call. */
    public static int peekNextId() {
        return NEXT_ID.get() + 1;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "#" + id + "(" + name + ")";
    }
}
