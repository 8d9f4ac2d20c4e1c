package raspc.runtime.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import raspc.runtime.data.HeadId;
import raspc.runtime.data.EncodedSample;
import raspc.runtime.data.TaskData;

/**
 * Small tasks written in plain Java for the runtime's tests: reverse (no BOS; optionally with its
 * flip selector as supervision) and sort (with BOS and the two hand-written attention patterns of
 * the RASP experiments).
 */
public final class ToyTask implements TaskData {
    public static final String BOS = "§";
    /** The head reverse supervises: layer 1's, with the flip selector. */
    public static final HeadId FLIP = new HeadId(1, 0);

    private final String name;
    private final int alphabet;
    private final int minLength;
    private final int maxLength;
    private final boolean bos;
    private final boolean sort;
    private final boolean supervised;
    private final int trainSize;
    private final int evalSize;
    private final List<String> vocab;

    private ToyTask(String name, int alphabet, int minLength, int maxLength, boolean bos, boolean sort, boolean supervised,
            int trainSize, int evalSize) {
        this.name = name;
        this.alphabet = alphabet;
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.bos = bos;
        this.sort = sort;
        this.supervised = supervised;
        this.trainSize = trainSize;
        this.evalSize = evalSize;
        List<String> v = new ArrayList<>();
        v.add(BOS);
        for (int i = 0; i < alphabet; i++) {
            v.add(String.valueOf((char) (i < 26 ? 'a' + i : 'A' + i - 26)));
        }
        this.vocab = List.copyOf(v);
    }

    public static ToyTask reverse(int alphabet, int maxLength, int trainSize, int evalSize) {
        return new ToyTask("reverse_" + alphabet, alphabet, 1, maxLength, false, false, false, trainSize, evalSize);
    }

    /** Reverse with its layer-1 head supervised by the flip selector, select(indices, length - indices - 1, ==). */
    public static ToyTask reverseWithAttention(int alphabet, int maxLength, int trainSize, int evalSize) {
        return new ToyTask("reverse_" + alphabet + "_with_attns", alphabet, 1, maxLength, false, false, true, trainSize,
                evalSize);
    }

    public static ToyTask sortWithAttention(int alphabet, int maxLength, int trainSize, int evalSize) {
        return new ToyTask("sort_" + alphabet + "_bos_with_attns", alphabet, 1, maxLength, true, true, true, trainSize,
                evalSize);
    }

    @Override public String name() { return name; }
    @Override public List<String> inputVocab() { return vocab; }
    @Override public List<String> outputVocab() { return vocab; }
    @Override public int padId() { return 0; }
    @Override public boolean hasBos() { return bos; }
    @Override public int maxLength() { return maxLength; }
    @Override public int plannedLayers() { return 2; }
    @Override public int plannedHeads() { return 1; }

    @Override
    public List<HeadId> supervisedHeads() {
        if (!supervised) {
            return List.of();
        }
        return sort ? List.of(new HeadId(0, 0), new HeadId(1, 0)) : List.of(FLIP);
    }

    @Override
    public List<EncodedSample> split(String split) {
        switch (split) {
            case "train": return generate(trainSize, minLength, maxLength, 11);
            case "valid": return generate(evalSize, minLength, maxLength, 22);
            case "test": return generate(evalSize, minLength, maxLength, 33);
            default: throw new IllegalArgumentException(split);
        }
    }

    @Override
    public Optional<List<EncodedSample>> freshSamples(int count, int minLen, int maxLen, long seed) {
        return Optional.of(generate(count, minLen, maxLen, seed));
    }

    private List<EncodedSample> generate(int count, int minLen, int maxLen, long seed) {
        Random random = new Random(seed);
        List<EncodedSample> samples = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = minLen + random.nextInt(maxLen - minLen + 1);
            int[] tokens = new int[n];
            for (int j = 0; j < n; j++) {
                tokens[j] = 1 + random.nextInt(alphabet);
            }
            samples.add(sort ? sortSample(tokens) : reverseSample(tokens));
        }
        return samples;
    }

    private EncodedSample reverseSample(int[] tokens) {
        int n = tokens.length;
        int[] target = new int[n];
        boolean[][] flip = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            target[i] = tokens[n - 1 - i];
            flip[i][n - 1 - i] = true;
        }
        return withBos(tokens, target, supervised ? Map.of(FLIP, flip) : Map.of());
    }

    private EncodedSample sortSample(int[] s) {
        int n = s.length;
        int[] sorted = s.clone();
        java.util.Arrays.sort(sorted);
        int off = bos ? 1 : 0;
        int size = n + off;
        boolean[][] before = new boolean[size][size];
        boolean[][] place = new boolean[size][size];
        int[] count = new int[n];
        for (int q = 0; q < n; q++) {
            for (int k = 0; k < n; k++) {
                if (s[k] < s[q] || (s[k] == s[q] && k < q)) {
                    before[q + off][k + off] = true;
                    count[q]++;
                }
            }
        }
        for (int q = 0; q < n; q++) {
            for (int k = 0; k < n; k++) {
                place[q + off][k + off] = count[k] == q;
            }
        }
        if (bos) {
            for (int q = 0; q < size; q++) {
                before[q][0] = true; // this head also looks at BOS (an empty selection)
            }
            place[0][0] = true; // the BOS row attends only to itself
        }
        Map<HeadId, boolean[][]> attention = supervised ? Map.of(new HeadId(0, 0), before, new HeadId(1, 0), place) : Map.of();
        return withBos(s, sorted, attention);
    }

    private EncodedSample withBos(int[] tokens, int[] target, Map<HeadId, boolean[][]> attention) {
        if (!bos) {
            return new EncodedSample(tokens, target, attention);
        }
        int[] in = new int[tokens.length + 1];
        int[] out = new int[target.length + 1];
        System.arraycopy(tokens, 0, in, 1, tokens.length);
        System.arraycopy(target, 0, out, 1, target.length);
        return new EncodedSample(in, out, attention); // id 0 is § for both input and output
    }
}
