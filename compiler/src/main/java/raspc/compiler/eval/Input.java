package raspc.compiler.eval;

import java.util.List;
import raspc.compiler.Value;
import raspc.compiler.error.RaspError;
import raspc.compiler.text.Tokenizer;

/** An input sequence (the running example, or an input to apply an s-op to), as given. */
public final class Input {
    private final Seq values;
    private final Value source;

    private Input(Seq values, Value source) {
        this.values = values;
        this.source = source;
    }

    /** A string input: one token per code point ({@link Tokenizer}). */
    public static Input of(String text) {
        return of(Value.Atom.ofStr(text));
    }

    /** A string or a list of atoms; anything else (or an empty one) is an error. */
    public static Input of(Value v) {
        if (v instanceof Value.Atom a && a.kind() == Kind.STR) {
            String s = a.str();
            if (s.isEmpty()) {
                throw new RaspError("RASP sequences/selectors expect non-empty iterables, got: \"\"");
            }
            List<String> tokens = Tokenizer.tokens(s);
            SeqBuilder b = new SeqBuilder(tokens.size());
            for (int i = 0; i < tokens.size(); i++) {
                b.putString(i, tokens.get(i));
            }
            return new Input(b.buildUnchecked(), v);
        }
        if (v instanceof Value.ListVal l) {
            List<Value> items = l.items();
            if (items.isEmpty()) {
                throw new RaspError("RASP sequences/selectors expect non-empty iterables, got: []");
            }
            SeqBuilder b = new SeqBuilder(items.size());
            for (int i = 0; i < items.size(); i++) {
                if (!(items.get(i) instanceof Value.Atom a)) {
                    throw new RaspError("attempted to create sequence with illegal val types "
                            + "(vals must be bool, float, int or string): " + Value.repr(v));
                }
                b.put(i, a.kind(), a.word(), a.str()); // an int past 64 bits is an overflow
            }
            return new Input(b.buildUnchecked(), v);
        }
        throw new RaspError("RASP sequences/selectors expect a string or a list as input, got: "
                + Value.describe(v, Integer.MAX_VALUE));
    }

    public int length() {
        return values.length();
    }

    /** The elements as given (may mix types; tokens_asis checks them). */
    public Seq values() {
        return values;
    }

    /** The value the input was made from (a string or a list). */
    public Value source() {
        return source;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Input i && i.values.equals(values) && i.source.equals(source);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }
}
