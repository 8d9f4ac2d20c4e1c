package raspc.compiler.task;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Variant names of composition studies: {@code <name>_<strategy>_<N>_<step|direct>}, e.g. {@code compose_base_25_step}. */
public final class CompositionNames {
    private static final Pattern VARIANT = Pattern.compile("(.+?)_(random|base|identity[0-9]|outoforder|base_outoforder)_([0-9]{1,6})_(step|direct)");

    private CompositionNames() {}

    /** Whether {@code name} has the shape of a composition variant name. */
    public static boolean looksLike(String name) {
        return VARIANT.matcher(name).matches();
    }

    public static String name(CompositionDefinition d, CompositionStrategy s, PromptFormat f) {
        return d.name() + "_" + s.namePart() + "_" + s.count() + "_" + f.suffix();
    }

    /** The variant called {@code name}, or null when no declared study has that name. */
    public static CompositionTask find(String name, Collection<CompositionDefinition> studies) {
        Matcher m = VARIANT.matcher(name);
        if (!m.matches()) {
            return null;
        }
        for (CompositionDefinition d : studies) {
            if (d.name().equals(m.group(1))) {
                return new CompositionTask(d, CompositionStrategy.parse(m.group(2), Integer.parseInt(m.group(3))),
                        PromptFormat.ofSuffix(m.group(4)));
            }
        }
        return null;
    }

    /** The listed variants of each study: random and base at each declared count, both formats. */
    public static List<String> allNames(Collection<CompositionDefinition> studies) {
        List<String> out = new ArrayList<>();
        for (CompositionDefinition d : studies) {
            for (int n : d.counts()) {
                for (PromptFormat f : PromptFormat.values()) {
                    out.add(name(d, new CompositionStrategy.Random(n), f));
                    out.add(name(d, new CompositionStrategy.Base(n), f));
                }
            }
        }
        return out;
    }
}
