package raspc.runtime.model;

import ai.djl.ndarray.NDArray;

/**
 * One attention layer's keys and values, [B, H, T, d/H], of every token a decoding has read so
 * far: a new token's queries attend to them without the prefix being run again.
 */
final class KeyValues {
    private NDArray keys;
    private NDArray values;

    /** The cached keys followed by {@code fresh} ones (which are kept for the next step). */
    NDArray withKeys(NDArray fresh) {
        keys = keys == null ? fresh : keys.concat(fresh, 2);
        return keys;
    }

    /** The cached values followed by {@code fresh} ones (which are kept for the next step). */
    NDArray withValues(NDArray fresh) {
        values = values == null ? fresh : values.concat(fresh, 2);
        return values;
    }
}
