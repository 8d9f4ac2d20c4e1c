package raspc.compiler.task;

import java.nio.charset.StandardCharsets;

/** Per-sample seeds: every sample is a pure function of (task seed, stream, split, index, attempt). */
final class Seeds {
    private Seeds() {}

    static long of(long seed, String stream, int split, long index, int attempt) {
        long h = mix(seed ^ 0x9E3779B97F4A7C15L);
        for (byte b : stream.getBytes(StandardCharsets.UTF_8)) {
            h = mix(h ^ b);
        }
        h = mix(h ^ split);
        h = mix(h ^ index);
        return mix(h ^ attempt);
    }

    /** SplitMix64's finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
