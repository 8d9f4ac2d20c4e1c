package raspc.runtime.draw;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import raspc.compiler.InputText;
import raspc.compiler.error.RaspError;
import raspc.compiler.task.BooleanFunctionTask;
import raspc.compiler.task.SequenceTask;
import raspc.compiler.task.LabelledTask;
import raspc.compiler.text.Tokenizer;
import raspc.runtime.RuntimeUserException;

/**
 * The {@code --sequence} of draw-attention as the task's input tokens, read as {@code raspc eval}
 * reads its inputs ({@link InputText}: a JSON array gives multi-character tokens, other text one
 * token per code point), and checked against the task's alphabet.
 */
public final class SequenceTokens {
    private SequenceTokens() {}

    public static List<String> of(String sequence, LabelledTask task) {
        return switch (task) {
            case BooleanFunctionTask b -> of(sequence, b.inputVocab(), true, b.name());
            case SequenceTask s -> of(sequence, s.variant().alphabet(), false, s.name());
        };
    }

    /** @param bits whether the task is a Boolean function (its input a string of 0s and 1s) */
    static List<String> of(String sequence, Collection<String> alphabet, boolean bits, String taskName) {
        List<String> tokens;
        try {
            tokens = InputText.tokens(sequence);
        } catch (RaspError e) {
            throw new RuntimeUserException("the sequence to draw: " + e.detail(), e);
        }
        if (tokens.isEmpty()) {
            throw new RuntimeUserException("the sequence is empty");
        }
        if (bits && !tokens.stream().allMatch(t -> t.equals("0") || t.equals("1"))) {
            throw new RuntimeUserException("a Boolean task's input is a string of 0s and 1s, got '" + sequence + "'");
        }
        Set<String> known = new LinkedHashSet<>(alphabet);
        Set<String> bad = new LinkedHashSet<>();
        for (String t : tokens) {
            if (!known.contains(t)) {
                bad.add(t);
            }
        }
        if (!bad.isEmpty()) {
            throw new RuntimeUserException("the sequence has " + (bad.size() == 1 ? "a token" : "tokens")
                    + " outside the alphabet of " + taskName + ": " + quoted(bad) + " (alphabet: "
                    + Tokenizer.join(List.copyOf(known)) + ")");
        }
        return tokens;
    }

    private static String quoted(Set<String> tokens) {
        List<String> q = new ArrayList<>();
        tokens.forEach(t -> q.add("'" + t + "'"));
        return String.join(", ", q);
    }
}
