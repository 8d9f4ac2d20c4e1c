package raspc.compiler.task;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import raspc.compiler.text.Tokenizer;

/**
 * The Dyck mix of the original experiments: a third each of balanced strings (pairs inserted
 * at random places, with a share of neutral tokens), a balanced prefix followed by uniform
 * random tokens, and uniform random strings.
 */
public final class DyckGenerator implements InputGenerator {
    /** Each pair as its two tokens, opener then closer. */
    private final List<List<String>> pairs;
    private final String neutral;
    private final double neutralRate;
    private final List<String> alphabet;

    /**
     * @param pairs       two-character strings, opener then closer, e.g. "()"
     * @param neutral     the neutral token (may be null for none)
     * @param neutralRate share of neutral tokens in the balanced strings
     */
    public DyckGenerator(List<String> pairs, String neutral, double neutralRate) {
        List<List<String>> split = new ArrayList<>();
        for (String p : pairs) {
            List<String> tokens = Tokenizer.tokens(p);
            if (tokens.size() != 2) {
                throw new IllegalArgumentException("a Dyck pair is two characters, got \"" + p + "\"");
            }
            split.add(List.copyOf(tokens));
        }
        this.pairs = List.copyOf(split);
        this.neutral = neutral;
        this.neutralRate = neutral == null ? 0 : neutralRate;
        List<String> tokens = new ArrayList<>();
        for (String p : pairs) {
            tokens.addAll(Alphabets.characters(p));
        }
        if (neutral != null) {
            tokens.add(neutral);
        }
        this.alphabet = List.copyOf(tokens);
    }

    public List<String> alphabet() {
        return alphabet;
    }

    @Override
    public List<String> generate(int length, SplittableRandom random) {
        int kind = random.nextInt(3);
        if (kind == 0) {
            return balanced(length, random);
        }
        if (kind == 1) {
            int prefix = random.nextInt(length + 1);
            List<String> out = new ArrayList<>(balanced(length, random).subList(0, prefix));
            out.addAll(UniformTokens.draw(alphabet, length - prefix, random));
            return out;
        }
        return UniformTokens.draw(alphabet, length, random);
    }

    /**
     * A balanced string of exactly {@code length} tokens: each position is neutral with the
     * neutral rate, the rest are pairs inserted one at a time at random places (which reaches
     * every balanced string); an odd remainder gets one more neutral token.
     */
    List<String> balanced(int length, SplittableRandom random) {
        int neutrals = 0;
        if (neutral != null) {
            for (int i = 0; i < length; i++) {
                if (random.nextDouble() < neutralRate) {
                    neutrals++;
                }
            }
            if ((length - neutrals) % 2 != 0) {
                neutrals++;
            }
        }
        List<String> out = new ArrayList<>(length);
        for (int p = 0; p < (length - neutrals) / 2; p++) {
            List<String> pair = pairs.get(random.nextInt(pairs.size()));
            int at = random.nextInt(out.size() + 1);
            out.add(at, pair.get(1));
            out.add(at, pair.get(0));
        }
        for (int i = 0; i < neutrals; i++) {
            out.add(random.nextInt(out.size() + 1), neutral);
        }
        while (out.size() < length) {
            // no neutral token to fill an odd length: the string ends one opener short of balanced
            out.add(pairs.get(0).get(0));
        }
        return out;
    }
}
