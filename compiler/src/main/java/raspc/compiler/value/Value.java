package raspc.compiler.value;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import raspc.compiler.error.RaspError;
import raspc.compiler.seq.Element;
import raspc.compiler.seq.Kind;
import raspc.compiler.seq.PyAtoms;
import raspc.compiler.seq.PyFormat;
import raspc.compiler.seq.Sel;
import raspc.compiler.seq.Seq;
import raspc.compiler.seq.SeqFormat;
import raspc.compiler.seq.Words;
import raspc.compiler.graph.Node;
import raspc.compiler.graph.SelNode;
import raspc.compiler.graph.SopNode;
import raspc.compiler.python.PyNumbers;
import raspc.compiler.python.PyStrings;

/** RASP values: atoms, lists, dicts, s-ops, selectors, functions, and applied results. */
public sealed interface Value {

    /**
     * An int, float, string or bool atom, with Python's semantics. Ints are exact at any size: up
     * to 2^53 as the double {@code num}, beyond as {@code big}, whose {@link #num()} is an error
     * (a double would round it) rather than a rounded value. S-ops take an atom's
     * {@link #word()}, exact for ints of 64 bits.
     */
    record Atom(byte kind, double num, String str, BigInteger big) implements Value, Element {
        public static final Atom TRUE = new Atom(Kind.BOOL, 1, null);
        public static final Atom FALSE = new Atom(Kind.BOOL, 0, null);

        public Atom(byte kind, double num, String str) {
            this(kind, num, str, null);
        }

        public static Atom ofInt(long v) {
            return Math.abs(v) <= PyNumbers.MAX_EXACT_INT ? new Atom(Kind.INT, v, null) : ofInt(BigInteger.valueOf(v));
        }

        /** An int of any size. */
        public static Atom ofInt(BigInteger v) {
            if (v.abs().compareTo(MAX_EXACT) <= 0) {
                return new Atom(Kind.INT, v.doubleValue(), null);
            }
            return new Atom(Kind.INT, v.doubleValue(), null, v);
        }

        /** The atom of a sequence element: its kind, number word ({@link Words}) and string. */
        public static Atom of(byte kind, long word, String str) {
            return switch (kind) {
                case Kind.BOOL -> ofBool(word != 0);
                case Kind.INT -> ofInt(word);
                case Kind.FLOAT -> ofFloat(Words.asFloat(word));
                default -> ofStr(str);
            };
        }

        private static final BigInteger MAX_EXACT = BigInteger.valueOf(PyNumbers.MAX_EXACT_INT);

        /** The number; for an int past 2^53 an error, since a double would round it. */
        @Override
        public double num() {
            if (big != null) {
                throw new RaspError("integer too large here: " + big + " is past 2^53 (9007199254740992)");
            }
            return num;
        }

        /**
         * The number word an s-op element holds: an int or bool exactly (an int past 64 bits is an
         * overflow error), a float's bits, 0 for a string.
         */
        public long word() {
            if (big != null) {
                if (big.bitLength() > 63) {
                    throw PyNumbers.intOverflow(null, big);
                }
                return big.longValue();
            }
            return switch (kind) {
                case Kind.FLOAT -> Words.ofFloat(num);
                case Kind.STR -> 0;
                default -> (long) num;
            };
        }

        /** The exact value of an int or bool atom. */
        public BigInteger exactInt() {
            return big != null ? big : BigInteger.valueOf((long) num);
        }

        public static Atom ofFloat(double v) {
            return new Atom(Kind.FLOAT, v, null);
        }

        public static Atom ofStr(String s) {
            return new Atom(Kind.STR, 0, s);
        }

        public static Atom ofBool(boolean b) {
            return b ? TRUE : FALSE;
        }

        public boolean isInt() {
            return Kind.isIntegral(kind);
        }

        public boolean truthy() {
            return big != null || PyAtoms.truthy(kind, word(), str);
        }

        /** Python's str(). */
        @Override
        public String toString() {
            return big != null ? big.toString() : PyFormat.str(kind, word(), str);
        }

        /** Python equality (1 == 1.0 == True). */
        public boolean pyEquals(Atom o) {
            if (big != null || o.big != null) {
                return BigInts.equal(this, o);
            }
            return PyAtoms.equal(kind, word(), str, o.kind, o.word(), o.str);
        }

        /**
         * A key such that Python-equal atoms get equal keys (for dicts): a big int equal to a
         * float (2^60 and 2.0^60) shares the float's key.
         */
        public Object hashKey() {
            if (big != null) {
                return Double.isFinite(num) && new BigDecimal(num).toBigInteger().equals(big) ? (Object) num : big;
            }
            return kind == Kind.STR ? str : (Object) (num == 0 ? 0.0 : num);
        }
    }

    record ListVal(List<Value> items) implements Value {
        public ListVal {
            items = Collections.unmodifiableList(new ArrayList<>(items));
        }
    }

    /** A dict with atom keys, in insertion order; Python-equal keys are the same key. */
    record DictVal(Map<Object, Map.Entry<Atom, Value>> entries) implements Value {
        public DictVal {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        public Value get(Atom key) {
            Map.Entry<Atom, Value> e = entries.get(key.hashKey());
            return e == null ? null : e.getValue();
        }

        public List<Atom> keys() {
            return entries.values().stream().map(Map.Entry::getKey).collect(Collectors.toList());
        }
    }

    record SopVal(SopNode node) implements Value {}

    record SelVal(SelNode node) implements Value {}

    record FuncVal(Function function) implements Value {}

    /** An s-op applied to an input: a finished sequence. */
    record SeqResult(Seq seq, Value input) implements Value {}

    /** A selector applied to an input: a finished matrix. */
    record SelResult(Sel sel, Value input) implements Value {}

    /** Python's type name of a value, for messages. */
    static String typeName(Value v) {
        if (v instanceof Atom a) {
            return Kind.pyName(a.kind());
        } else if (v instanceof ListVal) {
            return "list";
        } else if (v instanceof DictVal) {
            return "dict";
        } else if (v instanceof SopVal) {
            return "s-op";
        } else if (v instanceof SelVal) {
            return "selector";
        } else if (v instanceof FuncVal) {
            return "function";
        }
        return v instanceof SeqResult ? "Sequence" : "Select";
    }

    /** The graph node of an s-op or selector value; null for any other value. */
    static Node nodeOf(Value v) {
        if (v instanceof SopVal s) {
            return s.node();
        }
        return v instanceof SelVal s ? s.node() : null;
    }

    /** The original's formatstr (its messages and displays): strings in double quotes, anything else as str(). */
    static String formatstr(Value v) {
        if (v instanceof Atom a && a.kind() == Kind.STR) {
            return "\"" + a.str() + "\"";
        }
        return str(v);
    }

    /** Python's str() of a value. */
    static String str(Value v) {
        if (v instanceof Atom a) {
            return a.toString();
        }
        return repr(v);
    }

    /** Python's repr() of a value (strings quoted), as lists and dicts print their items. */
    static String repr(Value v) {
        if (v instanceof Atom a) {
            return a.big() != null ? a.toString() : PyFormat.repr(a.kind(), a.word(), a.str());
        } else if (v instanceof ListVal l) {
            return l.items().stream().map(Value::repr).collect(Collectors.joining(", ", "[", "]"));
        } else if (v instanceof DictVal d) {
            return d.entries().values().stream().map(e -> repr(e.getKey()) + ": " + repr(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        } else if (v instanceof SopVal s) {
            return "UnfinishedSequence object, name: " + s.node().name() + " id: " + s.node().id();
        } else if (v instanceof SelVal s) {
            return "UnfinishedSelect object, name: " + s.node().name() + " id: " + s.node().id();
        } else if (v instanceof FuncVal f) {
            return f.function().toString();
        } else if (v instanceof SeqResult r) {
            return SeqFormat.compact(r.seq());
        }
        return ((SelResult) v).sel().toDictString();
    }

    /** The original's strdesc: s-ops by name, strings quoted, lists/dicts capped. */
    static String describe(Value v, int cap) {
        String s;
        if (v instanceof SopVal sv) {
            return sv.node().name();
        } else if (v instanceof SelVal sv) {
            return sv.node().name();
        } else if (v instanceof Atom a && a.kind() == Kind.STR) {
            return "\"" + a.str() + "\"";
        } else if (v instanceof ListVal l) {
            s = l.items().stream().map(x -> describe(x, Integer.MAX_VALUE)).collect(Collectors.joining(", ", "[", "]"));
            return PyStrings.length(s) > cap ? "(list)" : s;
        } else if (v instanceof DictVal d) {
            s = d.entries().values().stream()
                    .map(e -> describe(e.getKey(), Integer.MAX_VALUE) + ": " + describe(e.getValue(), Integer.MAX_VALUE))
                    .collect(Collectors.joining(", ", "{", "}"));
            return PyStrings.length(s) > cap ? "(dict)" : s;
        }
        return str(v);
    }

    /** Builds a dict from entries, later keys replacing earlier equal ones (keeping the first key). */
    static DictVal dict(List<Map.Entry<Atom, Value>> entries) {
        Map<Object, Map.Entry<Atom, Value>> m = new LinkedHashMap<>();
        for (Map.Entry<Atom, Value> e : entries) {
            Map.Entry<Atom, Value> old = m.get(e.getKey().hashKey());
            Atom key = old == null ? e.getKey() : old.getKey();
            m.put(key.hashKey(), Map.entry(key, e.getValue()));
        }
        return new DictVal(m);
    }
}
