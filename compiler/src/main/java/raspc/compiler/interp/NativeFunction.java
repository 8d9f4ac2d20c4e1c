package raspc.compiler.interp;

import raspc.compiler.value.Function;
import java.util.List;
import raspc.compiler.value.Value;

/** A function implemented in Java (selector_width, which builds a native node). */
public record NativeFunction(String name, List<String> params, String creator, Impl impl) implements Function {
    public interface Impl {
        Value call(List<Value> args);
    }

    @Override
    public String toString() {
        return describe();
    }
}
