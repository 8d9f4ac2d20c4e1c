package raspc.compiler.task;

import java.util.ArrayList;
import java.util.List;

/**
 * One composition: the function in each slot, applied slot 0 first. In order, slot d holds a
 * function of level d; out of order, a slot may hold another level's bijection (it is then
 * "displaced"). The identity is one function whatever its level, so an identity slot always
 * holds its own level's identity, {@code T<d>_0}.
 */
public record Composition(List<Fn> slots) {

    /** Function {@code index} of level {@code level}; index 0 is the identity. */
    public record Fn(int level, int index) {
        public boolean isIdentity() {
            return index == 0;
        }

        /** Its task token, {@code T<level>_<index>} as in the reference. */
        public String token() {
            return "T" + level + "_" + index;
        }
    }

    public Composition {
        slots = List.copyOf(slots);
    }

    /** The in-order composition choosing function {@code indices[d]} at level d. */
    public static Composition inOrder(int... indices) {
        List<Fn> slots = new ArrayList<>();
        for (int d = 0; d < indices.length; d++) {
            slots.add(new Fn(d, indices[d]));
        }
        return new Composition(slots);
    }

    public int levels() {
        return slots.size();
    }

    public int identities() {
        return (int) slots.stream().filter(Fn::isIdentity).count();
    }

    /** Non-identity functions: how many functions are really composed. */
    public int functions() {
        return levels() - identities();
    }

    /** Slots holding another level's function. */
    public int displaced() {
        int n = 0;
        for (int d = 0; d < slots.size(); d++) {
            if (!slots.get(d).isIdentity() && slots.get(d).level() != d) {
                n++;
            }
        }
        return n;
    }

    public boolean inOrder() {
        return displaced() == 0;
    }

    /** Its id in reports and datasets: the task tokens, e.g. {@code T0_1 T1_0 T2_3 T3_0 T4_2}. */
    public String id() {
        return String.join(" ", slots.stream().map(Fn::token).toList());
    }
}
