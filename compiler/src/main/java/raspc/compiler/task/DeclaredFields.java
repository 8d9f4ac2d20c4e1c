package raspc.compiler.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import raspc.compiler.value.Value;
import raspc.compiler.error.RaspError;
import raspc.compiler.seq.Kind;
import raspc.grammar.ast.Pos;

/**
 * The evaluated fields of one {@code KIND NAME { key = expr; ... }} declaration, read with a
 * check of each value's type and a message that names the declaration, the field and where it
 * was written. Shared by {@code task} and {@code composition} declarations.
 */
final class DeclaredFields {
    private final String declaration;
    private final String source;
    private final Map<String, Value> fields;
    private final Map<String, Pos> positions;

    /** @param declaration how messages name the declaration, e.g. "task reverse" */
    DeclaredFields(String declaration, String source, Map<String, Value> fields, Map<String, Pos> positions) {
        this.declaration = declaration;
        this.source = source;
        this.fields = fields;
        this.positions = positions;
    }

    /** Refuses any field not in {@code known}, listing those that are. */
    void requireKnown(Set<String> known, String what) {
        for (String key : fields.keySet()) {
            if (!known.contains(key)) {
                throw error(key, "unknown " + what + " field '" + key + "'; fields are "
                        + String.join(", ", known.stream().sorted().toList()));
            }
        }
    }

    boolean has(String key) {
        return fields.containsKey(key);
    }

    Value get(String key) {
        return fields.get(key);
    }

    List<String> tokenList(String key) {
        if (!(fields.get(key) instanceof Value.ListVal list)) {
            throw error(key, key + " must be a list, got " + Value.typeName(fields.get(key)));
        }
        List<String> out = new ArrayList<>();
        for (Value item : list.items()) {
            if (!(item instanceof Value.Atom a)) {
                throw error(key, key + " must hold atoms (strings or numbers), got a " + Value.typeName(item));
            }
            out.add(a.toString());
        }
        return List.copyOf(out);
    }

    List<Integer> intList(String key) {
        if (!(fields.get(key) instanceof Value.ListVal list)) {
            throw error(key, key + " must be a list of ints, got " + Value.typeName(fields.get(key)));
        }
        List<Integer> out = new ArrayList<>();
        for (Value item : list.items()) {
            if (!(item instanceof Value.Atom a) || a.kind() != Kind.INT) {
                throw error(key, key + " must be a list of ints");
            }
            out.add((int) a.num());
        }
        return List.copyOf(out);
    }

    String string(String key) {
        if (fields.get(key) instanceof Value.Atom a && a.kind() == Kind.STR) {
            return a.str();
        }
        throw error(key, key + " must be a string, got " + Value.typeName(fields.get(key)));
    }

    long integer(String key) {
        if (fields.get(key) instanceof Value.Atom a && a.kind() == Kind.INT) {
            return (long) a.num();
        }
        throw error(key, key + " must be an int, got " + Value.typeName(fields.get(key)));
    }

    double number(String key) {
        if (fields.get(key) instanceof Value.Atom a && a.kind() != Kind.STR) {
            return a.num();
        }
        throw error(key, key + " must be a number, got " + Value.typeName(fields.get(key)));
    }

    boolean bool(String key, boolean dflt) {
        if (!fields.containsKey(key)) {
            return dflt;
        }
        if (fields.get(key) instanceof Value.Atom a && a.kind() == Kind.BOOL) {
            return a.truthy();
        }
        throw error(key, key + " must be True or False, got " + Value.typeName(fields.get(key)));
    }

    /** An int field in [min, max], or {@code dflt} when absent. */
    int intIn(String key, int dflt, int min, int max) {
        if (!fields.containsKey(key)) {
            return dflt;
        }
        long v = integer(key);
        if (v < min || v > max) {
            throw error(key, key + " must be between " + min + " and " + max + ", got " + v);
        }
        return (int) v;
    }

    /** A sample count (0..100,000,000), or {@code dflt} when absent. */
    int count(String key, int dflt) {
        if (!fields.containsKey(key)) {
            return dflt;
        }
        long v = integer(key);
        if (v < 0 || v > 100_000_000) {
            throw error(key, key + " must be a sample count between 0 and 100000000, got " + v);
        }
        return (int) v;
    }

    RaspError error(String key, String message) {
        return new RaspError(source, positions.getOrDefault(key, Pos.NONE), declaration + ": " + message);
    }
}
