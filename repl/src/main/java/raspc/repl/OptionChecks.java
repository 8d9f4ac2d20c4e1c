package raspc.repl;

/**
 * Range checks of numeric options, made where the option's name is known, so that a bad value is
 * reported as {@code --size must be at least 1, got -1} rather than as whatever it breaks further
 * down (an empty file, a model setting's internal name).
 */
final class OptionChecks {
    private OptionChecks() {}

    /** Fails unless the option is unset (null) or at least {@code min}. */
    static void atLeast(String option, Number value, long min) {
        if (value != null && value.longValue() < min) {
            throw new UserError(option + " must be at least " + min + ", got " + value);
        }
    }

    /** {@code train}'s data options: every split needs a sample, and inputs at least one token. */
    static void trainData(Integer trainSize, Integer validSize, Integer testSize, Integer maxLength) {
        atLeast("--train-size", trainSize, 1);
        atLeast("--valid-size", validSize, 1);
        atLeast("--test-size", testSize, 1);
        atLeast("--max-length", maxLength, 1);
    }
}
