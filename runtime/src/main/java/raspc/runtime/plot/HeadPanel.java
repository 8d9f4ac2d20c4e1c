package raspc.runtime.plot;

import java.util.Optional;

/**
 * One attention head's matrix: {@code values[query][key]}, n by n. {@code target} is the
 * program's pattern for a supervised or planned head ({@code target[query][key]} true where the
 * selector selects), or null when the head has none. Arrays are copied so later changes by the
 * caller cannot alter a figure.
 */
public record HeadPanel(String label, float[][] values, boolean[][] target) {
    public HeadPanel {
        if (label == null) {
            throw new IllegalArgumentException("head label is null");
        }
        if (values == null) {
            throw new IllegalArgumentException("head '" + label + "' has no values");
        }
        values = copy(values);
        target = target == null ? null : copy(target);
    }

    public HeadPanel(String label, float[][] values) {
        this(label, values, null);
    }

    public int size() {
        return values.length;
    }

    public Optional<boolean[][]> targetPattern() {
        return Optional.ofNullable(target);
    }

    @Override
    public float[][] values() {
        return copy(values);
    }

    @Override
    public boolean[][] target() {
        return target == null ? null : copy(target);
    }

    float value(int query, int key) {
        return values[query][key];
    }

    boolean isTarget(int query, int key) {
        return target != null && target[query][key];
    }

    boolean hasTarget() {
        return target != null;
    }

    private static float[][] copy(float[][] m) {
        float[][] c = new float[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }

    private static boolean[][] copy(boolean[][] m) {
        boolean[][] c = new boolean[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }
}
