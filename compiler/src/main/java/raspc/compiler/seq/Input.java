package raspc.compiler.seq;

import java.util.List;
import raspc.compiler.error.RaspError;
import raspc.compiler.text.Tokenizer;

/**
 * An input sequence (the running example, or an input to apply an s-op to), as given: its
 * elements may mix types (tokens_asis checks them). Making one from a RASP value is
 * {@code raspc.compiler.value.Inputs}.
 */
public final class Input {
    private final Seq values;

    private Input(Seq values) {
        this.values = values;
    }

    /** A string input: one token per code point ({@link Tokenizer}). */
    public static Input of(String text) {
        if (text.isEmpty()) {
            throw new RaspError("RASP sequences/selectors expect non-empty iterables, got: \"\"");
        }
        List<String> tokens = Tokenizer.tokens(text);
        SeqBuilder b = new SeqBuilder(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            b.putString(i, tokens.get(i));
        }
        return new Input(b.buildUnchecked());
    }

    /** Elements as given, of any mix of types; none is an error. */
    public static Input of(List<? extends Element> elements) {
        if (elements.isEmpty()) {
            throw new RaspError("RASP sequences/selectors expect non-empty iterables, got: []");
        }
        SeqBuilder b = new SeqBuilder(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            Element e = elements.get(i);
            b.put(i, e.kind(), e.word(), e.str()); // an int past 64 bits is an overflow
        }
        return new Input(b.buildUnchecked());
    }

    public int length() {
        return values.length();
    }

    /** The elements as given (may mix types; tokens_asis checks them). */
    public Seq values() {
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Input i && i.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }
}
