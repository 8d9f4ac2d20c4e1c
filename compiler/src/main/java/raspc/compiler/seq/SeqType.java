package raspc.compiler.seq;

/** The type label of a sequence, as the original's lazy_type_check gives it. */
public enum SeqType {
    INTS("int"), FLOATS("float"), STRINGS("string"), BOOLS("bool");

    private final String name;

    SeqType(String name) {
        this.name = name;
    }

    /** "ints", "floats", ... as printed after a sequence. */
    public String label() {
        return name + "s";
    }

    /** Ints or bools: every element's word is its exact value. */
    public boolean integral() {
        return this == INTS || this == BOOLS;
    }

    public boolean numeric() {
        return this == INTS || this == FLOATS;
    }
}
