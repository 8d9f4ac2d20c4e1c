package raspc.compiler.task;

/** Settings a user may override on the command line; null keeps what the task declares. */
public record TaskOptions(Long seed, Integer train, Integer valid, Integer test, Integer maxLength) {
    public static final TaskOptions NONE = new TaskOptions(null, null, null, null, null);

    public TaskOptions withSeed(Long s) {
        return new TaskOptions(s, train, valid, test, maxLength);
    }
}
