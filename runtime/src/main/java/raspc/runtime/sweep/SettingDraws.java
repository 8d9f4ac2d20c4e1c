package raspc.runtime.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The train block's random draws ({@code draws: N}, {@code draw_seed: S}): every combination of
 * the listed settings is run N times, draw i with its own values of the {@link Distribution}s.
 * Draw i's values depend on the draw seed and i only (not on the function, length or seed of a
 * cell), so the same sweep file always draws the same settings, and every length sees the same
 * ones, which makes lengths comparable draw by draw.
 */
record SettingDraws(int count, long seed, List<Distribution> distributions) {
    /** The setting that numbers a cell's draw (1..N): it names the cell and sets nothing. */
    static final String DRAW = "draw";

    static final SettingDraws NONE = new SettingDraws(0, 1, List.of());

    SettingDraws {
        if (count > 0 && distributions.isEmpty()) {
            throw new IllegalArgumentException("train.draws: there is nothing to draw; give a setting a distribution"
                    + " such as lr: {log_uniform: [1e-4, 3e-3]}");
        }
        if (count == 0 && !distributions.isEmpty()) {
            throw new IllegalArgumentException("train." + distributions.get(0).key()
                    + ": a random draw needs train.draws, the number of draws");
        }
        distributions = List.copyOf(distributions);
    }

    /** The drawn values of draw {@code index} (1-based), in the file's order of the settings. */
    Map<String, Object> values(int index) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
        Map<String, Object> out = new LinkedHashMap<>();
        for (Distribution d : distributions) {
            out.put(d.key(), d.draw(random));
        }
        return out;
    }

    /** Each grid point once per draw, with the draw's number and values; the grid unchanged without draws. */
    List<Map<String, Object>> expand(List<Map<String, Object>> grid) {
        if (count == 0) {
            return grid;
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> point : grid) {
            for (int i = 1; i <= count; i++) {
                Map<String, Object> m = new LinkedHashMap<>(point);
                m.put(DRAW, (long) i);
                m.putAll(values(i));
                out.add(java.util.Collections.unmodifiableMap(m));
            }
        }
        return out;
    }
}
