package raspc.runtime.slurm;

import java.util.List;
import java.util.StringJoiner;

/** An sbatch {@code --array} list: ascending indices as runs ({@code 0-3,5,7-9}), so a resubmission names only unfinished cells. */
final class ArrayIndices {
    private ArrayIndices() {}

    static String of(List<Integer> ascending) {
        if (ascending.isEmpty()) {
            throw new IllegalArgumentException("an array needs at least one index");
        }
        StringJoiner out = new StringJoiner(",");
        int start = ascending.getFirst();
        int previous = start;
        for (int i = 1; i <= ascending.size(); i++) {
            Integer next = i < ascending.size() ? ascending.get(i) : null;
            if (next != null && next <= previous) {
                throw new IllegalArgumentException("array indices must ascend: " + ascending);
            }
            if (next == null || next != previous + 1) {
                out.add(start == previous ? Integer.toString(start) : start + "-" + previous);
                if (next != null) {
                    start = next;
                }
            }
            if (next != null) {
                previous = next;
            }
        }
        return out.toString();
    }
}
