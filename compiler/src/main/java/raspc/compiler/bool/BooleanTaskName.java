package raspc.compiler.bool;

import raspc.compiler.text.EditDistance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves task names such as {@code parity_20} or {@code sparse_parity_40_4}: a spec name
 * followed by one {@code _int} per parameter. The longest spec name that is a prefix wins, so
 * {@code sparse_parity_40_4} is sparse_parity(40, 4) even when {@code sparse} also exists.
 * Unknown names give an {@link IllegalArgumentException} that lists close matches.
 */
public final class BooleanTaskName {
    private BooleanTaskName() {}

    public static BooleanTask parse(String task, Collection<BooleanSpec> known) {
        Map<String, BooleanSpec> byName = new LinkedHashMap<>();
        for (BooleanSpec s : known) {
            byName.put(s.name(), s);
        }
        return parse(task, byName);
    }

    public static BooleanTask parse(String task, Map<String, BooleanSpec> known) {
        String[] parts = task.split("_", -1);
        String mismatch = null;
        for (int cut = parts.length; cut >= 1; cut--) {
            String name = String.join("_", List.of(parts).subList(0, cut));
            BooleanSpec spec = known.get(name);
            if (spec == null) {
                continue;
            }
            List<Long> args = ints(parts, cut);
            if (args != null && args.size() == spec.params().size()) {
                return new BooleanTask(task, spec, args);
            }
            if (mismatch == null) {
                mismatch = "'" + task + "' does not match " + spec.signature() + ": write " + pattern(spec)
                        + ", e.g. " + example(spec);
            }
        }
        if (mismatch != null) {
            throw new IllegalArgumentException(mismatch);
        }
        throw new IllegalArgumentException(unknown(task, known));
    }

    /** The int parameters after the name, or null when one of them is not an int. */
    private static List<Long> ints(String[] parts, int from) {
        List<Long> out = new ArrayList<>();
        for (int i = from; i < parts.length; i++) {
            try {
                out.add(Long.parseLong(parts[i]));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return out;
    }

    /** The names a spec gives, as a pattern: {@code sparse_parity_<n>_<k>}. */
    public static String pattern(BooleanSpec spec) {
        StringBuilder sb = new StringBuilder(spec.name());
        for (String p : spec.params()) {
            sb.append("_<").append(p).append('>');
        }
        return sb.toString();
    }

    /** One name a spec gives: {@code sparse_parity_10_3}. */
    public static String example(BooleanSpec spec) {
        StringBuilder sb = new StringBuilder(spec.name()).append("_10");
        for (int i = 1; i < spec.params().size(); i++) {
            sb.append("_").append(i == 1 ? 3 : 0);
        }
        return sb.toString();
    }

    private static String unknown(String task, Map<String, BooleanSpec> known) {
        if (known.isEmpty()) {
            return "unknown Boolean task '" + task + "': no Boolean functions are declared";
        }
        String stem = task.replaceAll("(_-?\\d+)+$", "");
        List<String> close = known.keySet().stream()
                .filter(k -> EditDistance.between(k, stem) <= Math.max(2, k.length() / 3) || k.contains(stem) || stem.contains(k))
                .sorted(Comparator.comparingInt((String k) -> EditDistance.between(k, stem)).thenComparing(k -> k))
                .limit(5).toList();
        List<String> shown = close.isEmpty() ? known.keySet().stream().sorted().limit(20).toList() : close;
        List<String> patterns = shown.stream().map(k -> pattern(known.get(k))).toList();
        return "unknown Boolean task '" + task + "'; " + (close.isEmpty() ? "known: " : "did you mean: ")
                + String.join(", ", patterns);
    }
}
