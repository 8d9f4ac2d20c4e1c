package raspc.compiler.task;

import raspc.compiler.text.EditDistance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Resolves names {@code <base>[_<A>][_bos][_with_attns]} against the declared tasks. */
public final class TaskNames {
    public static final String BOS_SUFFIX = "_bos";
    public static final String ATTNS_SUFFIX = "_with_attns";

    private TaskNames() {}

    /** The variant named {@code name}, or null when no declared task has that name. */
    public static TaskVariant find(String name, Collection<TaskDefinition> tasks) {
        String rest = name;
        boolean attns = rest.endsWith(ATTNS_SUFFIX);
        if (attns) {
            rest = rest.substring(0, rest.length() - ATTNS_SUFFIX.length());
        }
        boolean bos = rest.endsWith(BOS_SUFFIX);
        if (bos) {
            rest = rest.substring(0, rest.length() - BOS_SUFFIX.length());
        }
        for (TaskDefinition t : tasks) {
            if (t.alphabetSizes().isEmpty() && t.name().equals(rest)) {
                return new TaskVariant(name, t, t.fixedAlphabet(), null, bos, attns);
            }
        }
        int cut = rest.lastIndexOf('_');
        if (cut > 0 && rest.substring(cut + 1).matches("[0-9]{1,4}")) {
            String base = rest.substring(0, cut);
            int size = Integer.parseInt(rest.substring(cut + 1));
            for (TaskDefinition t : tasks) {
                if (t.name().equals(base) && t.alphabetSizes().contains(size)) {
                    return new TaskVariant(name, t, Alphabets.standard(size), size, bos, attns);
                }
            }
        }
        return null;
    }

    /** Every variant name of the given tasks, in declaration order. */
    public static List<String> allNames(Collection<TaskDefinition> tasks) {
        List<String> out = new ArrayList<>();
        for (TaskDefinition t : tasks) {
            List<String> bases = new ArrayList<>();
            if (t.alphabetSizes().isEmpty()) {
                bases.add(t.name());
            } else {
                t.alphabetSizes().forEach(a -> bases.add(t.name() + "_" + a));
            }
            for (String b : bases) {
                out.add(b);
                out.add(b + BOS_SUFFIX);
                out.add(b + ATTNS_SUFFIX);
                out.add(b + BOS_SUFFIX + ATTNS_SUFFIX);
            }
        }
        return out;
    }

    /** Up to {@code max} known names closest to {@code name} (edit distance), for "did you mean". */
    public static List<String> closeMatches(String name, Collection<String> known, int max) {
        return known.stream()
                .filter(k -> EditDistance.between(name, k) <= Math.max(2, name.length() / 3) || k.startsWith(name) || name.startsWith(k))
                .sorted(Comparator.comparingInt((String k) -> EditDistance.between(name, k)).thenComparing(k -> k))
                .limit(max)
                .toList();
    }
}
