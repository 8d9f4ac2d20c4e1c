package raspc.runtime.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/**
 * Arithmetic with a constant inside a pass that records gradients. DJL's {@code mul(Number)},
 * {@code div(Number)} and the like wrap the number in an array over a Java direct buffer
 * (PyTorch's {@code from_blob}, which does not own that memory) and close the array as soon as
 * the result is made. Autograd keeps the scalar for the backward pass, so once the garbage
 * collector has freed the buffer, the backward pass reads freed memory: the gradients then
 * differ from run to run with the same seed, whenever a collection happens to fall between a
 * step's forward and backward pass. Here the scalar is made by PyTorch ({@code full}): its
 * tensor owns the memory, and autograd's reference keeps it alive after the handle is closed.
 */
final class Scalars {
    private Scalars() {}

    /** {@code x * factor}, in x's type. */
    static NDArray times(NDArray x, double factor) {
        try (NDArray scalar = x.getManager().full(new Shape(), (float) factor, x.getDataType())) {
            return x.mul(scalar);
        }
    }

    /** {@code x / divisor}, in x's type. */
    static NDArray dividedBy(NDArray x, double divisor) {
        try (NDArray scalar = x.getManager().full(new Shape(), (float) divisor, x.getDataType())) {
            return x.div(scalar);
        }
    }
}
