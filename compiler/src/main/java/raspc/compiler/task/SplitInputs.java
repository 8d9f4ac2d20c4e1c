package raspc.compiler.task;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The inputs of a task's splits. Each input is drawn from its own seed, so any sample can be made
 * alone and in parallel; validation inputs are redrawn while they occur in the training split and
 * test inputs while they occur in either, so the splits are disjoint wherever the input space is
 * large enough (after {@link #MAX_ATTEMPTS} draws a repeat is accepted).
 */
public final class SplitInputs {
    static final int MAX_ATTEMPTS = 64;
    private static final char SEPARATOR = '\u0001';

    /** Draws the input for (split, index, attempt) from a random source made for it. */
    public interface Drawer {
        List<String> draw(SplittableRandom random);
    }

    private final long seed;
    private final String stream;
    private final Drawer drawer;
    private final int[] sizes;
    private Set<String> train;
    private Set<String> trainAndValid;

    public SplitInputs(long seed, String stream, Drawer drawer, int trainSize, int validSize, int testSize) {
        this.seed = seed;
        this.stream = stream;
        this.drawer = drawer;
        this.sizes = new int[] {trainSize, validSize, testSize};
    }

    public int size(Split split) {
        return sizes[split.ordinal()];
    }

    public List<String> input(Split split, int index) {
        if (split == Split.TRAIN) {
            return draw(split, index, 0);
        }
        Set<String> earlier = split == Split.VALID ? trainKeys() : trainAndValidKeys();
        List<String> input = null;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            input = draw(split, index, attempt);
            if (!earlier.contains(key(input))) {
                break;
            }
        }
        return input;
    }

    private List<String> draw(Split split, int index, int attempt) {
        return drawer.draw(new SplittableRandom(Seeds.of(seed, stream, split.ordinal(), index, attempt)));
    }

    private synchronized Set<String> trainKeys() {
        if (train == null) {
            Set<String> keys = new HashSet<>();
            for (int i = 0; i < size(Split.TRAIN); i++) {
                keys.add(key(draw(Split.TRAIN, i, 0)));
            }
            train = keys;
        }
        return train;
    }

    private synchronized Set<String> trainAndValidKeys() {
        if (trainAndValid == null) {
            Set<String> keys = new HashSet<>(trainKeys());
            for (int i = 0; i < size(Split.VALID); i++) {
                keys.add(key(input(Split.VALID, i)));
            }
            trainAndValid = keys;
        }
        return trainAndValid;
    }

    static String key(List<String> input) {
        return String.join(String.valueOf(SEPARATOR), input);
    }
}
