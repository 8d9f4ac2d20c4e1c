package raspc.runtime.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import java.util.function.BinaryOperator;

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
        return withScalar(x, factor, NDArray::mul);
    }

    /** {@code x / divisor}, in x's type. */
    static NDArray dividedBy(NDArray x, double divisor) {
        return withScalar(x, divisor, NDArray::div);
    }

    /** {@code x + term}, in x's type. */
    static NDArray plus(NDArray x, double term) {
        return withScalar(x, term, NDArray::add);
    }

    /** {@code x - term}, in x's type. */
    static NDArray minus(NDArray x, double term) {
        return withScalar(x, term, NDArray::sub);
    }

    /**
     * {@code op(x, value)} with value as a PyTorch-owned scalar of x's type in x's manager (a 0-d
     * array: the result keeps x's shape and type); the handle is closed, autograd keeps the tensor.
     */
    private static NDArray withScalar(NDArray x, double value, BinaryOperator<NDArray> op) {
        try (NDArray scalar = x.getManager().full(new Shape(), (float) value, x.getDataType())) {
            return op.apply(x, scalar);
        }
    }
}
