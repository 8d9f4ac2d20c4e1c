package raspc.runtime.sweep;

import java.util.List;
import java.util.Map;

/**
 * One cell of a sweep: a task, a seed and training settings (the keys of the file's train block;
 * unset ones keep the kind's defaults). The kinds differ in what a cell trains and what its row
 * holds; every switch over them is exhaustive, so a new kind is a compile error where it needs one.
 */
public sealed interface SweepCell permits BooleanCell, CompositionCell, SequenceCell {
    /** The task variant name, e.g. {@code parity_8} or {@code compose_random_10_step}. */
    String task();

    long seed();

    Map<String, Object> settings();

    /** The settings that differ between cells (they name the cell's folder). */
    List<String> varyingKeys();

    /** Folder name, unique in the sweep: e.g. {@code parity_8-seed2} or {@code parity_8-lr0.001-seed2}. */
    default String id() {
        StringBuilder s = new StringBuilder(task());
        for (String k : varyingKeys()) {
            if (settings().containsKey(k)) { // an also group may leave a key of the main grid unset
                s.append('-').append(k.replace("_", "")).append(settings().get(k));
            }
        }
        // plan+1 and plan-1 (shapes relative to the plan) must stay apart
        return s.append("-seed").append(seed()).toString().replace("+", "plus").replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /**
     * The varying settings as {@code ' key=value'} words, for group names. A random draw's cells
     * share their group, as seeds do, so that a group's cells are the draws' spread.
     */
    default String varyingText() {
        StringBuilder s = new StringBuilder();
        for (String k : varyingKeys()) {
            if (settings().containsKey(k) && !k.equals(SettingDraws.DRAW)) {
                s.append(' ').append(k).append('=').append(settings().get(k));
            }
        }
        return s.toString();
    }

    static int intValue(Object v, String key) {
        if (v instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
            return l.intValue();
        }
        if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < Integer.MAX_VALUE) {
            return d.intValue();
        }
        throw new IllegalArgumentException("train." + key + ": expected an integer, got " + v);
    }

    static float floatValue(Object v, String key) {
        if (v instanceof Number n) {
            return n.floatValue();
        }
        throw new IllegalArgumentException("train." + key + ": expected a number, got " + v);
    }

    static boolean bool(Object v, String key) {
        if (v instanceof Boolean b) {
            return b;
        }
        throw new IllegalArgumentException("train." + key + ": expected true or false, got " + v);
    }
}
