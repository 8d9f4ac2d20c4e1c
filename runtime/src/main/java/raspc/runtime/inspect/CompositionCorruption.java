package raspc.runtime.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import raspc.compiler.task.Composition;
import raspc.compiler.task.CompositionDocument;
import raspc.compiler.task.CompositionTask;
import raspc.runtime.RuntimeUserException;
import raspc.runtime.data.EncodedSample;

/**
 * How {@code raspc patch}'s batch mode corrupts a composition document: the twin is the document
 * of the changed prompt, written out by the task (its intermediate outputs and answer follow the
 * change), so the answer positions it changes are those where the reference answers differ.
 */
public enum CompositionCorruption {
    /** The function at one level, drawn uniformly, becomes another function of that level (the identity included). */
    TASK_TOKEN,
    /** One input token, drawn uniformly, becomes another symbol. */
    DATA_TOKEN;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static CompositionCorruption parse(String text) {
        for (CompositionCorruption c : values()) {
            if (c.label().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        throw new RuntimeUserException("unknown corruption '" + text + "' of a composition run; use task-token or data-token");
    }

    public List<Patcher.Pair> pairs(CompositionTask task, List<EncodedSample> samples, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int functions = task.definition().nonIdentity() + 1;
        int symbols = task.definition().alphabetSize();
        List<Patcher.Pair> out = new ArrayList<>(samples.size());
        for (EncodedSample s : samples) {
            CompositionDocument d = CompositionSteps.document(task, s);
            List<Composition.Fn> slots = new ArrayList<>(d.composition().slots());
            int[] x = d.input().clone();
            switch (this) {
                case TASK_TOKEN -> {
                    int level = random.nextInt(slots.size());
                    Composition.Fn was = slots.get(level);
                    slots.set(level, new Composition.Fn(was.level(), other(was.index(), functions, random)));
                }
                case DATA_TOKEN -> {
                    int i = random.nextInt(x.length);
                    x[i] = other(x[i], symbols, random);
                }
            }
            out.add(new Patcher.Pair(s, EncodedSample.teacherForced(task.document(new Composition(slots), x).ids())));
        }
        return out;
    }

    /** A value of 0 .. count - 1 other than {@code was}, uniformly. */
    private static int other(int was, int count, SplittableRandom random) {
        int v = random.nextInt(count - 1);
        return v >= was ? v + 1 : v;
    }
}
