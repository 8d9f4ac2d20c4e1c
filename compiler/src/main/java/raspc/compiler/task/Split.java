package raspc.compiler.task;

import java.util.Locale;

public enum Split {
    TRAIN, VALID, TEST;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Split parse(String s) {
        for (Split split : values()) {
            if (split.label().equals(s.toLowerCase(Locale.ROOT))) {
                return split;
            }
        }
        throw new IllegalArgumentException("unknown split '" + s + "': expected train, valid or test");
    }
}
