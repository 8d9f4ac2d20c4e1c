package raspc.repl;

import java.util.List;
import java.util.Set;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * What {@code train --resume RUN} accepts besides the run: the model, data and optimiser are the
 * run's (its config.json and task.json), so an option that would change them is refused rather
 * than silently ignored.
 */
final class ResumeOptions {
    /** The options a resumed run can honour. */
    static final List<String> ALLOWED = List.of("--epochs", "--device", "--verbose", "--deterministic", "--bf16");
    private static final Set<String> ALWAYS = Set.of("--resume", "--debug");

    private ResumeOptions() {}

    static void check(ParseResult parsed) {
        List<String> fixed = parsed.matchedOptions().stream().map(OptionSpec::longestName)
                .filter(name -> !ALLOWED.contains(name) && !ALWAYS.contains(name)).distinct().toList();
        if (!fixed.isEmpty()) {
            throw new UserError(String.join(", ", fixed) + " cannot change when resuming: the run's settings are fixed by its "
                    + "config.json; with --resume give only " + String.join(", ", ALLOWED));
        }
    }
}
