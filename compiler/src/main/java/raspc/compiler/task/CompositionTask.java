package raspc.compiler.task;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A composition variant ready to make data, e.g. {@code compose_random_50_step}. Every document
 * is a pure function of (seed, split, index): its composition is drawn from the split's
 * compositions and its input uniformly with replacement, as in the reference. The training
 * compositions depend on the seed and the strategy only, so the step-by-step and direct variants
 * of one strategy see the same compositions and inputs.
 *
 * <p>Splits: {@code train} (the training documents), {@code valid} (fresh documents of the
 * training compositions, the reference's {@code train_eval}) and {@code test} (documents of every
 * in-order composition, its {@code all_eval}); all three are scored teacher-forced. The
 * generation evaluation ({@link #evaluation()}) is separate: {@code evalPerComposition} documents
 * of every in-order composition, and for out-of-order variants the out-of-order buckets, each
 * composition marked seen or unseen.
 */
public final class CompositionTask implements Task {
    private final String name;
    private final CompositionDefinition definition;
    private final CompositionStrategy strategy;
    private final PromptFormat format;
    private final CompositionFunctions functions;
    private final CompositionVocabulary vocabulary;
    private final List<Composition> train;
    private final List<Composition> inOrder;
    private final Set<String> seen = new HashSet<>();

    /** A composition to evaluate by generation, with its bucket ("in order", or identities/displaced). */
    public record EvalComposition(Composition composition, String bucket, boolean seen) {}

    public CompositionTask(CompositionDefinition definition, CompositionStrategy strategy, PromptFormat format) {
        this.definition = definition;
        this.strategy = strategy;
        this.format = format;
        this.name = CompositionNames.name(definition, strategy, format);
        this.functions = new CompositionFunctions(definition);
        this.vocabulary = CompositionVocabulary.of(definition);
        this.train = strategy.trainCompositions(definition,
                new SplittableRandom(Seeds.of(definition.seed(), "composition-split-" + strategy.namePart(), 0,
                        strategy.count(), 0)));
        this.inOrder = CompositionStrategy.inOrder(definition);
        train.forEach(c -> seen.add(c.id()));
    }

    @Override
    public String name() {
        return name;
    }

    public CompositionDefinition definition() {
        return definition;
    }

    public CompositionStrategy strategy() {
        return strategy;
    }

    public PromptFormat format() {
        return format;
    }

    public CompositionFunctions functions() {
        return functions;
    }

    public CompositionVocabulary vocabulary() {
        return vocabulary;
    }

    /** The training compositions, in their seeded order. */
    public List<Composition> trainCompositions() {
        return train;
    }

    public boolean isSeen(Composition c) {
        return seen.contains(c.id());
    }

    /** Tokens of a document: 2 + levels + (steps x (1 + length)) + length. */
    public int documentLength() {
        int outputs = format == PromptFormat.STEP_BY_STEP ? definition.levels() : 1;
        return 1 + definition.levels() + (1 + outputs) * (1 + definition.inputLength());
    }

    public int size(Split split) {
        return split == Split.TRAIN ? definition.trainDocuments() : definition.validDocuments();
    }

    /** Document {@code index} of {@code split}. */
    public CompositionDocument document(Split split, int index) {
        SplittableRandom random = new SplittableRandom(Seeds.of(definition.seed(), "composition-" + strategy.namePart()
                + "-" + strategy.count(), split.ordinal(), index, 0));
        List<Composition> from = split == Split.TEST ? inOrder : train;
        return document(from.get(random.nextInt(from.size())), input(random));
    }

    /** Document {@code index} of composition {@code c} in the generation evaluation. */
    public CompositionDocument evaluationDocument(Composition c, int index) {
        return document(c, input(new SplittableRandom(Seeds.of(definition.seed(), "composition-eval-" + c.id(), 0, index, 0))));
    }

    /** The document of composition {@code c} on input {@code x}. */
    public CompositionDocument document(Composition c, int[] x) {
        List<int[]> steps = new ArrayList<>();
        int[] current = x;
        for (Composition.Fn f : c.slots()) {
            current = functions.apply(f, current);
            steps.add(current);
        }
        List<int[]> written = format == PromptFormat.STEP_BY_STEP ? steps : List.of(current);
        int[] ids = new int[documentLength()];
        int at = 0;
        ids[at++] = vocabulary.start();
        for (Composition.Fn f : c.slots()) {
            ids[at++] = vocabulary.task(f);
        }
        ids[at++] = vocabulary.separator();
        at = symbols(ids, at, x);
        for (int[] out : written) {
            ids[at++] = vocabulary.separator();
            at = symbols(ids, at, out);
        }
        int prompt = 1 + c.levels() + 1 + x.length + 1;
        return new CompositionDocument(c, x.clone(), List.copyOf(steps), ids, prompt, definition.inputLength());
    }

    /**
     * The compositions of the generation evaluation: every in-order one, and for out-of-order
     * variants up to {@code outOfOrderPerBucket} per (identities, displaced) bucket.
     */
    public List<EvalComposition> evaluation() {
        List<EvalComposition> out = new ArrayList<>();
        inOrder.forEach(c -> out.add(new EvalComposition(c, "in order", isSeen(c))));
        if (strategy.outOfOrder()) {
            Map<String, List<Composition>> buckets = CompositionStrategy.outOfOrderBuckets(definition,
                    definition.outOfOrderPerBucket(), new SplittableRandom(Seeds.of(definition.seed(), "composition-ooo", 0, 0, 0)));
            buckets.forEach((bucket, list) -> list.forEach(c -> out.add(new EvalComposition(c, bucket, isSeen(c)))));
        }
        return out;
    }

    /** A prompt typed by a user: its composition and input. */
    public record Prompt(Composition composition, int[] input) {}

    /**
     * Reads a prompt such as {@code T0_1 T1_0 T2_3 T3_0 T4_2 X1 X2 X3 X4 X5 X6} (S and the
     * separator, written {@code _}, may be given too): one task token per level, then the input.
     * A mistake is an {@link IllegalArgumentException} with a message for people.
     */
    public Prompt parsePrompt(String text) {
        List<String> tokens = new ArrayList<>();
        for (String t : text.trim().split("[\\s,]+")) {
            if (!t.isEmpty() && !t.equals(CompositionVocabulary.START) && !t.equals("_")) {
                tokens.add(t);
            }
        }
        int levels = definition.levels();
        int n = definition.inputLength();
        if (tokens.size() != levels + n) {
            throw new IllegalArgumentException("a prompt of " + name + " is " + levels + " task tokens (T<level>_<index>) and "
                    + n + " input tokens (X0..X" + (definition.alphabetSize() - 1) + "), got " + tokens.size() + " tokens");
        }
        List<Composition.Fn> slots = new ArrayList<>();
        for (int s = 0; s < levels; s++) {
            String t = tokens.get(s);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("T([0-9]+)_([0-9]+)").matcher(t);
            if (!m.matches() || Integer.parseInt(m.group(1)) >= levels || Integer.parseInt(m.group(2)) > definition.nonIdentity()) {
                throw new IllegalArgumentException("'" + t + "' is not a task token of " + name + " (T0_0 .. T" + (levels - 1)
                        + "_" + definition.nonIdentity() + ")");
            }
            slots.add(new Composition.Fn(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
        int[] x = new int[n];
        for (int i = 0; i < n; i++) {
            String t = tokens.get(levels + i);
            if (!t.matches("X[0-9]+") || Integer.parseInt(t.substring(1)) >= definition.alphabetSize()) {
                throw new IllegalArgumentException("'" + t + "' is not a data token of " + name + " (X0 .. X"
                        + (definition.alphabetSize() - 1) + ")");
            }
            x[i] = Integer.parseInt(t.substring(1));
        }
        return new Prompt(new Composition(slots), x);
    }

    /** Token strings of {@code ids}. */
    public List<String> tokens(int[] ids) {
        List<String> all = vocabulary.tokens();
        List<String> out = new ArrayList<>(ids.length);
        for (int id : ids) {
            out.add(all.get(id));
        }
        return out;
    }

    private int[] input(SplittableRandom random) {
        int[] x = new int[definition.inputLength()];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextInt(definition.alphabetSize());
        }
        return x;
    }

    private static int symbols(int[] ids, int at, int[] symbols) {
        for (int s : symbols) {
            ids[at++] = s; // data token ids are the symbols themselves
        }
        return at;
    }
}
