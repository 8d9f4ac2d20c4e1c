package raspc.compiler.interp;

import java.util.List;

/** A RASP function value: user-defined ({@code def}) or native (selector_width). */
public sealed interface Function permits UserFunction, NativeFunction {
    String name();

    List<String> params();

    /** The name of the environment that defined it ("console", a file name, ...). */
    String creator();

    /** As the original prints it: {@code console function: f(a, b)}. */
    default String describe() {
        return creator() + " function: " + name() + "(" + String.join(", ", params()) + ")";
    }
}
