package raspc.runtime.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A model's trainable parameters as slices of one flat buffer: each parameter's array is a view
 * of its range. An optimizer then updates them all in a few native calls over the buffer (DJL's
 * Adam is about eleven small ops per array, a tenth of a small batch's step for this project's
 * 30-parameter models) and a batch's gradient is one array.
 *
 * <p>Layout: matrices and embedding tables first, then vectors (biases, norms), each group in the
 * model's order, so that a weight decay on matrices only covers one contiguous range.
 *
 * <p>The views stay views only while nothing swaps in new arrays: {@link NativeModel#loadParameters}
 * writes into them in place, and parameters are never re-initialised after this.
 */
public final class FlatParameters {
    private final NDArray buffer;
    private final List<Parameter> layout;
    private final long[] starts;
    private final Set<Parameter> held = Collections.newSetFromMap(new IdentityHashMap<>());

    private FlatParameters(NDArray buffer, List<Parameter> layout, long[] starts) {
        this.buffer = buffer;
        this.layout = List.copyOf(layout);
        this.starts = starts;
        held.addAll(layout);
    }

    /**
     * Copies the trainable ones of {@code parameters} (already initialised, float32) into one
     * buffer beside them and makes each parameter a view of its slice, with the same values.
     * Null where there is nothing to gather or a parameter is not float32.
     */
    static FlatParameters gather(List<Parameter> parameters) {
        List<Parameter> trainable = parameters.stream().filter(Parameter::requiresGradient).toList();
        if (trainable.isEmpty() || trainable.stream().anyMatch(p -> p.getArray().getDataType() != DataType.FLOAT32)) {
            return null;
        }
        List<Parameter> layout = new ArrayList<>();
        trainable.stream().filter(FlatParameters::isMatrix).forEach(layout::add);
        trainable.stream().filter(p -> !isMatrix(p)).forEach(layout::add);
        long[] starts = new long[layout.size() + 1];
        for (int i = 0; i < layout.size(); i++) {
            starts[i + 1] = starts[i] + layout.get(i).getArray().size();
        }
        NDManager manager = layout.get(0).getArray().getManager();
        NDArray buffer = manager.zeros(new Shape(starts[layout.size()]), DataType.FLOAT32);
        for (int i = 0; i < layout.size(); i++) {
            Parameter p = layout.get(i);
            try (NDArray values = p.getArray().stopGradient(); NDArray flat = values.reshape(-1)) {
                buffer.set(range(starts[i], starts[i + 1]), flat);
            }
        }
        for (int i = 0; i < layout.size(); i++) {
            Parameter p = layout.get(i);
            Shape shape = p.getArray().getShape();
            NDArray view = buffer.get(range(starts[i], starts[i + 1])).reshape(shape);
            // DJL's public way to give an initialised parameter another array: close, then
            // initialise again from an initializer that hands back the view
            p.close();
            p.setInitializer((m, s, t) -> view);
            p.initialize(manager, DataType.FLOAT32);
        }
        return new FlatParameters(buffer, layout, starts);
    }

    /**
     * Whether {@code p} is a matrix or an embedding table (what a decay on matrices only covers);
     * these come first in the layout.
     */
    public static boolean isMatrix(Parameter p) {
        return p.getArray().getShape().dimension() >= 2;
    }

    private static NDIndex range(long start, long end) {
        return new NDIndex(start + ":" + end);
    }

    /** The buffer the parameters are views of. */
    public NDArray buffer() {
        return buffer;
    }

    /** The parameters in the buffer's order. */
    public List<Parameter> layout() {
        return layout;
    }

    /** Where the {@code i}-th parameter of {@link #layout()} starts in the buffer. */
    public long start(int i) {
        return starts[i];
    }

    /** Where the {@code i}-th parameter of {@link #layout()} ends (exclusive). */
    public long end(int i) {
        return starts[i + 1];
    }

    /** Whether {@code parameter} is one of the buffer's. */
    public boolean holds(Parameter parameter) {
        return held.contains(parameter);
    }

    /** The slice [start, end) of any array laid out like the buffer (a view). */
    public static NDArray slice(NDArray flat, long start, long end) {
        return flat.get(range(start, end));
    }

    /**
     * The arrays of the parameters {@code from..to} of the layout (one per parameter, shaped like
     * it) as one flat array in the layout's order, in {@code manager}; the intermediate reshapes
     * are freed.
     */
    public NDArray concat(NDManager manager, int from, int to, Function<Parameter, NDArray> arrays) {
        try (NDManager scratch = manager.newSubManager()) {
            NDList pieces = new NDList();
            for (int i = from; i < to; i++) {
                NDArray array = arrays.apply(layout.get(i));
                NDArray flat = array.reshape(-1);
                flat.attach(scratch);
                pieces.add(flat);
            }
            NDArray joined = pieces.size() == 1 ? pieces.get(0).duplicate() : NDArrays.concat(pieces);
            joined.attach(manager);
            return joined;
        }
    }
}
