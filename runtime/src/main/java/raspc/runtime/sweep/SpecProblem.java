package raspc.runtime.sweep;

/**
 * A mistake in a sweep file at one place in it: {@code pointer} is the JSON pointer of the value
 * ({@code /train/lr}, {@code /tasks/2}), which {@link SweepFileLines} turns into the file's line.
 */
final class SpecProblem extends IllegalArgumentException {
    private final String pointer;

    SpecProblem(String pointer, String message) {
        super(message);
        this.pointer = pointer;
    }

    String pointer() {
        return pointer;
    }
}
