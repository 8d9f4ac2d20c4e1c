package raspc.compiler.python;

import raspc.grammar.ast.BinaryOp;

/**
 * {@code and} / {@code or}, and the one place where RASP and Boolean specs mean something other
 * than Python by them.
 *
 * <p>Python's give back an operand: the left one when it decides the answer (a falsy left for
 * {@code and}, a truthy one for {@code or}), else the right one, so {@code 0 or "b"} is "b". The
 * interpreter does that on plain values ({@link #pick}). RASP's elementwise and/or on s-ops and
 * Boolean specs' and/or on bits give a bool instead, the truth of Python's answer ({@link #truth}):
 * the original defines the s-op ones so (its tpland/tplor compare bool(x) + bool(y) with 2 or 1),
 * and a spec compiles each expression to one type before seeing an input, while Python's answer
 * would be an int on some inputs and a bool on others.
 */
public enum AndOr {
    AND, OR;

    /** @param op {@code and} or {@code or} */
    public static AndOr of(BinaryOp op) {
        return switch (op) {
            case AND -> AND;
            case OR -> OR;
            default -> throw new IllegalArgumentException(op + " is not and/or");
        };
    }

    /** The left operand that leaves the answer to the right one: True for and, False for or. */
    public boolean neutral() {
        return this == AND;
    }

    /** Whether the left operand alone decides the answer, so the right one need not be looked at. */
    public boolean leftDecides(boolean leftTruthy) {
        return leftTruthy != neutral();
    }

    /** Python's answer: one of the operands. */
    public <T> T pick(T left, boolean leftTruthy, T right) {
        return leftDecides(leftTruthy) ? left : right;
    }

    /** RASP's elementwise and Boolean specs' answer: the truth of Python's. */
    public boolean truth(boolean leftTruthy, boolean rightTruthy) {
        return leftDecides(leftTruthy) ? leftTruthy : rightTruthy;
    }
}
