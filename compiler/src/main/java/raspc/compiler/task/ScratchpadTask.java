package raspc.compiler.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import raspc.compiler.error.RaspError;

/**
 * PARITY of n bits as a document for a causal decoder, the sensitivity paper's scratchpad
 * experiment. A {@link Format#SCRATCHPAD} document is {@code x1 .. xn p1 .. pn} with the prefix
 * parities p_i = x1 xor .. xor x_i, so each p_i follows from the token before it and one bit;
 * a {@link Format#DIRECT} document is {@code x1 .. xn p_n}, the answer alone. The prompt is the n
 * input bits; what follows it (the answer tokens) is what the model is trained to predict and
 * what generation writes, and the last token, p_n, is the final answer in both formats.
 * Bit i of an input {@code x} (a long) is token i, as in the Boolean tasks' samples. Its names
 * are {@code parity_scratchpad_<n>} and {@code parity_direct_<n>}, which no file declares.
 */
public record ScratchpadTask(int n, Format format) implements Task {
    /** The largest n: an input is a long's bits. */
    public static final int MAX_N = 62;
    private static final Pattern NAME = Pattern.compile("parity_(scratchpad|direct)_(\\d+)");

    /** How the answer is written: every prefix parity, or the parity alone. */
    public enum Format {
        SCRATCHPAD, DIRECT;

        /** Its word in names and tables. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ScratchpadTask {
        if (n < 1 || n > MAX_N) {
            throw new RaspError("a scratchpad parity task needs 1 <= n <= " + MAX_N + " bits, got n = " + n);
        }
    }

    /** Whether {@code name} has the shape of a scratchpad variant (it may still be out of range). */
    public static boolean isScratchpadName(String name) {
        return NAME.matcher(name).matches();
    }

    /** The variant a name stands for. */
    public static ScratchpadTask parse(String name) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            throw new RaspError("'" + name + "' is not a scratchpad task; write parity_scratchpad_<n> or parity_direct_<n>");
        }
        int n;
        try {
            n = Integer.parseInt(m.group(2));
        } catch (NumberFormatException e) {
            n = Integer.MAX_VALUE;
        }
        return new ScratchpadTask(n, Format.valueOf(m.group(1).toUpperCase(Locale.ROOT)));
    }

    @Override
    public String name() {
        return "parity_" + format.word() + "_" + n;
    }

    /** The tokens, id = index: the bits 0 and 1. */
    public List<String> vocabulary() {
        return List.of(BIT_ZERO, BIT_ONE);
    }

    /** The prompt: the n input bits. */
    public int promptLength() {
        return n;
    }

    /** Tokens after the prompt: the n prefix parities, or the one answer. */
    public int answerTokens() {
        return format == Format.SCRATCHPAD ? n : 1;
    }

    public int documentLength() {
        return promptLength() + answerTokens();
    }

    /** The document of input {@code x}, as token ids. */
    public int[] document(long x) {
        int[] ids = new int[documentLength()];
        int parity = 0;
        for (int i = 0; i < n; i++) {
            ids[i] = (int) ((x >>> i) & 1L);
            parity ^= ids[i];
            if (format == Format.SCRATCHPAD) {
                ids[n + i] = parity; // p_(i+1): the parity of the first i + 1 bits
            }
        }
        ids[ids.length - 1] = parity;
        return ids;
    }

    /** Token strings of {@code ids}. */
    public List<String> tokens(int[] ids) {
        List<String> out = new ArrayList<>(ids.length);
        for (int id : ids) {
            out.add(vocabulary().get(id));
        }
        return out;
    }
}
