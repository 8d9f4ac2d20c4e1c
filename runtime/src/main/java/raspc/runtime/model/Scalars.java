package raspc.runtime.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/**
 * Arithmetic with a constant, for every array of the model's passes. DJL's {@code mul(Number)},
 * {@code div(Number)} and the like wrap the number in an array over a Java direct buffer
 * (PyTorch's {@code from_blob}, which does not own that memory) and close the array as soon as
 * the result is made. Where the pass records gradients, autograd keeps the scalar for the
 * backward pass, so once the garbage collector has freed the buffer the backward pass reads
 * freed memory: same-seed trainings then differed, from the step where a collection happened to
 * fall between the forward and the backward pass. Here the scalar is made by PyTorch
 * ({@code full}): its tensor owns the memory, and autograd's reference keeps it alive after the
 * handle is closed. {@code ArchitectureTest} keeps the model package off DJL's Number arithmetic.
 */
final class Scalars {
    private Scalars() {}

    /** {@code x * factor}, in x's type. */
    static NDArray times(NDArray x, double factor) {
        try (NDArray scalar = of(x, factor)) {
            return x.mul(scalar);
        }
    }

    /** {@code x / divisor}, in x's type. */
    static NDArray dividedBy(NDArray x, double divisor) {
        try (NDArray scalar = of(x, divisor)) {
            return x.div(scalar);
        }
    }

    /** {@code x + term}, in x's type. */
    static NDArray plus(NDArray x, double term) {
        try (NDArray scalar = of(x, term)) {
            return x.add(scalar);
        }
    }

    /** {@code x - term}, in x's type. */
    static NDArray minus(NDArray x, double term) {
        try (NDArray scalar = of(x, term)) {
            return x.sub(scalar);
        }
    }

    /** A PyTorch-owned scalar of x's type in x's manager (a 0-d array: x keeps its shape and type). */
    private static NDArray of(NDArray x, double value) {
        return x.getManager().full(new Shape(), (float) value, x.getDataType());
    }
}
