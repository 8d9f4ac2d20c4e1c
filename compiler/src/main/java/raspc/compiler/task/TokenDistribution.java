package raspc.compiler.task;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * How fresh inputs draw their tokens, for checking a model outside its training distribution
 * ({@code raspc check --tokens}): the task's own generator, or another frequency of the same
 * alphabet's tokens, each drawn independently. Only tasks whose inputs are independent tokens
 * allow the others ({@link LabelledTask#independentTokens()}).
 */
public sealed interface TokenDistribution {
    /** The task's own generator: the training distribution. */
    TokenDistribution TRAINED = new Trained();

    /** The name the check's output gives it. */
    String name();

    /** The input of {@code length} tokens of {@code alphabet} for the random source. */
    List<String> draw(List<String> alphabet, int length, SplittableRandom random);

    /** As trained: the task's generator draws the input (this is never asked to). */
    record Trained() implements TokenDistribution {
        @Override
        public String name() {
            return "as trained";
        }

        @Override
        public List<String> draw(List<String> alphabet, int length, SplittableRandom random) {
            throw new IllegalStateException("the task's own generator draws inputs as trained");
        }
    }

    /** The alphabet's i-th token (from 0, in the alphabet's order) with weight 1 / (i + 1)^exponent. */
    record Zipf(double exponent) implements TokenDistribution {
        public Zipf {
            if (!(exponent > 0)) {
                throw new IllegalArgumentException("a Zipf exponent must be > 0, got " + exponent);
            }
        }

        @Override
        public String name() {
            return String.format(Locale.ROOT, "zipf %s", trim(exponent));
        }

        @Override
        public List<String> draw(List<String> alphabet, int length, SplittableRandom random) {
            double[] cumulative = new double[alphabet.size()];
            double total = 0;
            for (int i = 0; i < cumulative.length; i++) {
                total += Math.pow(i + 1, -exponent);
                cumulative[i] = total;
            }
            List<String> out = new ArrayList<>(length);
            for (int t = 0; t < length; t++) {
                double u = random.nextDouble() * total;
                int i = 0;
                while (i < cumulative.length - 1 && cumulative[i] <= u) {
                    i++;
                }
                out.add(alphabet.get(i));
            }
            return out;
        }
    }

    /** Each input picks {@code distinct} tokens of the alphabet, then draws uniformly among them: many repeats. */
    record FewDistinct(int distinct) implements TokenDistribution {
        public FewDistinct {
            if (distinct < 1) {
                throw new IllegalArgumentException("an input needs at least 1 distinct token, got " + distinct);
            }
        }

        @Override
        public String name() {
            return distinct + " distinct";
        }

        @Override
        public List<String> draw(List<String> alphabet, int length, SplittableRandom random) {
            List<String> chosen = new ArrayList<>(alphabet);
            Collections.shuffle(chosen, new java.util.Random(random.nextLong()));
            return UniformTokens.draw(chosen.subList(0, Math.min(distinct, chosen.size())), length, random);
        }
    }

    /** {@code trained}, {@code zipf} or {@code zipf:S}, {@code few} or {@code few:K} (distinct tokens per input). */
    public static TokenDistribution parse(String text) {
        String[] parts = text.trim().toLowerCase(Locale.ROOT).split(":", 2);
        try {
            return switch (parts[0]) {
                case "trained" -> TRAINED;
                case "zipf" -> new Zipf(parts.length > 1 ? Double.parseDouble(parts[1]) : 1);
                case "few" -> new FewDistinct(parts.length > 1 ? Integer.parseInt(parts[1]) : 2);
                default -> throw new IllegalArgumentException("unknown token distribution '" + text
                        + "'; use trained, zipf[:S] or few[:K]");
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "': zipf:S takes an exponent, few:K a count of tokens");
        }
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
