package raspc.compiler.bool;

import java.util.stream.IntStream;

/**
 * The fast Walsh-Hadamard transform, in place on a double[] of length 2^n: afterwards
 * a[S] = sum_x a[x] (-1)^{|S & x|} (unnormalised). Applied to (-1)^f(x) and divided by 2^n it
 * gives the Fourier coefficients fhat(S), where bit i of S stands for variable x[i].
 *
 * <p>Stages with a short stride run block by block inside the cache; the long-stride stages
 * are fused two at a time (radix 4) to halve the passes over memory. Both parts are split into
 * independent tasks for the common fork-join pool when the array is large.
 */
public final class WalshHadamard {
    /** Doubles per cache block: 2^13 = 64 KiB. */
    private static final int BLOCK = 1 << 13;
    /** Below this length a single thread is faster than forking. */
    private static final int PARALLEL_MIN = 1 << 16;

    private WalshHadamard() {}

    public static void transform(double[] a) {
        int len = a.length;
        if (len == 0 || Integer.bitCount(len) != 1) {
            throw new IllegalArgumentException("the Walsh-Hadamard transform needs a power-of-two length, got " + len);
        }
        int block = Math.min(len, BLOCK);
        forEach(len / block, b -> inBlock(a, b * block, block));
        int h = block;
        while (h < len) {
            int stride = h;
            if (4L * h <= len) {
                forEach(len / 4 / block, t -> radix4(a, stride, t * block, block));
                h *= 4;
            } else {
                forEach(len / 2 / block, t -> radix2(a, stride, t * block, block));
                h *= 2;
            }
        }
    }

    /** The inverse: the same transform followed by division by the length. */
    public static void inverse(double[] a) {
        transform(a);
        double scale = 1.0 / a.length;
        forEach(Math.max(1, a.length / BLOCK), t -> {
            int size = Math.min(a.length, BLOCK);
            for (int i = t * size, end = i + size; i < end; i++) {
                a[i] *= scale;
            }
        });
    }

    /** All stages with stride below size, on a[from .. from + size). */
    private static void inBlock(double[] a, int from, int size) {
        int end = from + size;
        for (int h = 1; h < size; h <<= 1) {
            for (int g = from; g < end; g += h << 1) {
                for (int j = g, stop = g + h; j < stop; j++) {
                    double u = a[j];
                    double v = a[j + h];
                    a[j] = u + v;
                    a[j + h] = u - v;
                }
            }
        }
    }

    /** One stage of stride h for butterflies number p .. p + count (count divides h). */
    private static void radix2(double[] a, int h, int p, int count) {
        int j0 = (p / h) * 2 * h + p % h;
        for (int j = j0, stop = j0 + count; j < stop; j++) {
            double u = a[j];
            double v = a[j + h];
            a[j] = u + v;
            a[j + h] = u - v;
        }
    }

    /** Stages of stride h and 2h together, for quadruples number q .. q + count. */
    private static void radix4(double[] a, int h, int q, int count) {
        int j0 = (q / h) * 4 * h + q % h;
        for (int j = j0, stop = j0 + count; j < stop; j++) {
            double a0 = a[j];
            double a1 = a[j + h];
            double a2 = a[j + 2 * h];
            double a3 = a[j + 3 * h];
            double s01 = a0 + a1;
            double d01 = a0 - a1;
            double s23 = a2 + a3;
            double d23 = a2 - a3;
            a[j] = s01 + s23;
            a[j + h] = d01 + d23;
            a[j + 2 * h] = s01 - s23;
            a[j + 3 * h] = d01 - d23;
        }
    }

    private static void forEach(int tasks, java.util.function.IntConsumer body) {
        IntStream range = IntStream.range(0, tasks);
        (tasks * (long) BLOCK >= PARALLEL_MIN && tasks > 1 ? range.parallel() : range).forEach(body);
    }
}
