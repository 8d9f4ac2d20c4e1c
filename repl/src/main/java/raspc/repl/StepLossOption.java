package raspc.repl;

import picocli.CommandLine.Option;
import raspc.runtime.train.TrainOptions;

/** {@code --log-every N} of the training commands: the loss every N steps into metrics.jsonl, for {@code raspc dynamics}. */
final class StepLossOption {
    @Option(names = "--log-every", defaultValue = "0", paramLabel = "N",
            description = "Log the training loss every N optimizer steps into metrics.jsonl (the mean since the last "
                    + "logged step), for `raspc dynamics` (default: ${DEFAULT-VALUE} = per round only).")
    private int every;

    TrainOptions applyTo(TrainOptions options) {
        OptionChecks.atLeast("--log-every", every, 0);
        return options.logEvery(every);
    }
}
