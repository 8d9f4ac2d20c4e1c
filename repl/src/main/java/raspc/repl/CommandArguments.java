package raspc.repl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jline.reader.Candidate;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Completion of a command line's arguments. What an argument is comes from the command's own
 * definition: the parameter label its help shows ({@code TASK}, {@code FILE|TASK}, {@code RUN},
 * {@code DIR}) says which {@link ArgumentValues.Kind kinds} of values fit, so a new command or
 * option is completed without being listed here.
 */
final class CommandArguments {
    private final Function<String, CommandSpec> specs;
    private final ArgumentValues values;

    /**
     * @param specs  the definition of each command, by name (null for none)
     * @param values what completes each kind of value
     */
    CommandArguments(Function<String, CommandSpec> specs, ArgumentValues values) {
        this.specs = specs;
        this.values = values;
    }

    /**
     * @param before the line's words before the one being completed, the command first
     * @param word   the word being completed, up to the cursor
     */
    List<Candidate> candidates(List<String> before, String word) {
        CommandSpec spec = specs.apply(before.get(0));
        if (spec == null) {
            return List.of();
        }
        // the word as the command will see it: the REPL's epochs=3 is --epochs=3
        String asOption = CommandHook.settingsAsOptions(List.of(word)).get(0);
        int equals = asOption.indexOf('=');
        if (asOption.startsWith("--") && equals > 0) {
            OptionSpec option = spec.findOption(asOption.substring(0, equals));
            String value = asOption.substring(equals + 1);
            String key = word.substring(0, word.length() - value.length());
            return option == null ? List.of() : prefixed(key, valuesFor(option.paramLabel(), value));
        }
        if (word.startsWith("-")) {
            return optionNames(spec, word);
        }
        return valuesFor(labelAt(spec, CommandHook.settingsAsOptions(before.subList(1, before.size()))), word);
    }

    /**
     * The label of what comes after {@code arguments} (options written out): a pending option's
     * value, or the next positional parameter.
     */
    private static String labelAt(CommandSpec spec, List<String> arguments) {
        OptionSpec pending = null;
        int positional = 0;
        for (String w : arguments) {
            if (pending != null) {
                pending = null;
            } else if (w.startsWith("-") && w.length() > 1) {
                OptionSpec option = w.contains("=") ? null : spec.findOption(w);
                pending = option != null && option.arity().max() > 0 ? option : null;
            } else {
                positional++;
            }
        }
        if (pending != null) {
            return pending.paramLabel();
        }
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (p.index().contains(positional)) {
                return p.paramLabel();
            }
        }
        return "";
    }

    /** Candidates of every kind that a label such as {@code FILE|TASK} allows. */
    private List<Candidate> valuesFor(String label, String prefix) {
        Map<String, Candidate> byValue = new LinkedHashMap<>();
        for (String part : label.split("\\|")) {
            ArgumentValues.Kind kind = ArgumentValues.Kind.ofLabel(part);
            if (kind != null) {
                values.of(kind, prefix).forEach(c -> byValue.putIfAbsent(c.value(), c));
            }
        }
        return new ArrayList<>(byValue.values());
    }

    /** Options by their long name; one that takes a value ends in {@code =}, so that its value completes next. */
    private static List<Candidate> optionNames(CommandSpec spec, String prefix) {
        List<Candidate> out = new ArrayList<>();
        for (OptionSpec o : spec.options()) {
            String name = o.longestName();
            if (name.startsWith(prefix)) {
                boolean takesValue = o.arity().max() > 0;
                out.add(new Candidate(takesValue ? name + "=" : name, name, null, null, null, null, !takesValue));
            }
        }
        return out;
    }

    private static List<Candidate> prefixed(String key, List<Candidate> candidates) {
        return candidates.stream()
                .map(c -> new Candidate(key + c.value(), c.displ(), null, null, null, null, c.complete()))
                .toList();
    }
}
