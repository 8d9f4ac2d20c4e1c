package raspc.runtime.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import raspc.runtime.RuntimeUserException;
import raspc.runtime.data.EncodedSample;

/**
 * How {@code raspc patch}'s batch mode makes a corrupted twin of each test input. Both keep the
 * length and leave BOS alone; the twin keeps the clean targets, which patching never reads.
 */
public enum Corruption {
    /** One position, drawn uniformly, gets another token of the alphabet (for bits: the bit flips). */
    REPLACE_ONE,
    /** The tokens are shuffled (an input of equal tokens stays as it is, and its pair changes nothing). */
    SHUFFLE;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Corruption parse(String text) {
        for (Corruption c : values()) {
            if (c.label().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        throw new RuntimeUserException("unknown corruption '" + text + "'; use replace-one or shuffle");
    }

    /**
     * @param alphabet the token ids an input may hold (BOS and padding not among them)
     * @param first the first position to corrupt (1 after BOS)
     */
    public List<Patcher.Pair> pairs(List<EncodedSample> samples, int[] alphabet, int first, long seed) {
        if (alphabet.length < 2) {
            throw new RuntimeUserException("an alphabet of one token cannot be corrupted");
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<Patcher.Pair> out = new ArrayList<>(samples.size());
        for (EncodedSample s : samples) {
            if (s.size() <= first) {
                continue; // nothing but BOS
            }
            int[] input = s.input().clone();
            switch (this) {
                case REPLACE_ONE -> {
                    int p = first + random.nextInt(input.length - first);
                    int other;
                    do {
                        other = alphabet[random.nextInt(alphabet.length)];
                    } while (other == input[p]);
                    input[p] = other;
                }
                case SHUFFLE -> {
                    for (int i = input.length - 1; i > first; i--) {
                        int j = first + random.nextInt(i - first + 1);
                        int t = input[i];
                        input[i] = input[j];
                        input[j] = t;
                    }
                }
            }
            // the clean targets and attention patterns ride along: the encoder wants them, patching never reads them
            out.add(new Patcher.Pair(s, new EncodedSample(input, s.target(), s.attention())));
        }
        return out;
    }
}
