package raspc.compiler.task;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import raspc.compiler.error.RaspError;

/**
 * Which compositions the training documents use: the split strategies of the reference's
 * {@code get_train_functions}. Out-of-order strategies place other levels' bijections in a slot;
 * the reference's training draws function indices {0, 1, 2} there (other levels' identities,
 * never the third bijection) while its evaluation uses {1, 2, 3}. raspc implements the intended
 * meaning for both: a slot holds the identity or any bijection 1..k of another level.
 */
public sealed interface CompositionStrategy {
    /** {@code count} random in-order compositions ({@code random}). */
    record Random(int count) implements CompositionStrategy {}

    /** The identity and every single function (1 + levels x k), plus {@code count} random in-order ones ({@code base}). */
    record Base(int count) implements CompositionStrategy {}

    /** {@code count} random in-order compositions with exactly {@code identities} identities ({@code random_biased}). */
    record Identities(int identities, int count) implements CompositionStrategy {}

    /** The identity plus {@code count} random out-of-order compositions ({@code random_combo}). */
    record OutOfOrder(int count) implements CompositionStrategy {}

    /** The base compositions plus {@code count} random out-of-order ones ({@code base_combo}). */
    record BaseOutOfOrder(int count) implements CompositionStrategy {}

    /** The number of compositions the strategy adds (the N of a variant name). */
    int count();

    /** Its part of a variant name: random, base, identity2, outoforder, base_outoforder. */
    default String namePart() {
        return switch (this) {
            case Random r -> "random";
            case Base b -> "base";
            case Identities i -> "identity" + i.identities();
            case OutOfOrder o -> "outoforder";
            case BaseOutOfOrder b -> "base_outoforder";
        };
    }

    default boolean outOfOrder() {
        return this instanceof OutOfOrder || this instanceof BaseOutOfOrder;
    }

    /** The strategy a name part and count mean; null when the part names none. */
    static CompositionStrategy parse(String part, int count) {
        return switch (part) {
            case "random" -> new Random(count);
            case "base" -> new Base(count);
            case "outoforder" -> new OutOfOrder(count);
            case "base_outoforder" -> new BaseOutOfOrder(count);
            default -> part.matches("identity[0-9]") ? new Identities(part.charAt(part.length() - 1) - '0', count) : null;
        };
    }

    /**
     * The training compositions, in a seeded order, without repeats. A count larger than the
     * compositions there are to choose from is a clear error.
     */
    default List<Composition> trainCompositions(CompositionDefinition d, SplittableRandom random) {
        List<Composition> all = inOrder(d);
        return switch (this) {
            case Random r -> sample(all, r.count(), random, d);
            case Base b -> {
                List<Composition> base = base(d);
                List<Composition> rest = new ArrayList<>(all);
                rest.removeAll(base);
                List<Composition> out = new ArrayList<>(base);
                out.addAll(sample(rest, b.count(), random, d));
                yield out;
            }
            case Identities i -> {
                if (i.identities() > d.levels()) {
                    throw new RaspError(d.name() + ": a composition of " + d.levels() + " levels has at most "
                            + d.levels() + " identities, not " + i.identities());
                }
                yield sample(all.stream().filter(c -> c.identities() == i.identities()).toList(), i.count(), random, d);
            }
            case OutOfOrder o -> {
                List<Composition> out = new ArrayList<>(List.of(identity(d)));
                out.addAll(outOfOrder(d, o.count(), random, out));
                yield out;
            }
            case BaseOutOfOrder b -> {
                List<Composition> out = new ArrayList<>(base(d));
                out.addAll(outOfOrder(d, b.count(), random, out));
                yield out;
            }
        };
    }

    /** Every in-order composition, the last level's index varying fastest (itertools.product). */
    static List<Composition> inOrder(CompositionDefinition d) {
        List<Composition> out = new ArrayList<>(d.inOrderCount());
        int k = d.functionsPerLevel();
        for (int code = 0; code < d.inOrderCount(); code++) {
            int[] indices = new int[d.levels()];
            int rest = code;
            for (int level = d.levels() - 1; level >= 0; level--) {
                indices[level] = rest % k;
                rest /= k;
            }
            out.add(Composition.inOrder(indices));
        }
        return out;
    }

    /** The identity and each single function: 1 + levels x bijections compositions. */
    static List<Composition> base(CompositionDefinition d) {
        List<Composition> out = new ArrayList<>(List.of(identity(d)));
        for (int level = 0; level < d.levels(); level++) {
            for (int i = 1; i <= d.nonIdentity(); i++) {
                int[] indices = new int[d.levels()];
                indices[level] = i;
                out.add(Composition.inOrder(indices));
            }
        }
        return out;
    }

    static Composition identity(CompositionDefinition d) {
        return Composition.inOrder(new int[d.levels()]);
    }

    /**
     * Out-of-order compositions for evaluation, keyed by (identities, displaced slots): up to
     * {@code perBucket} distinct random ones per bucket with at least one displaced slot.
     */
    static Map<String, List<Composition>> outOfOrderBuckets(CompositionDefinition d, int perBucket, SplittableRandom random) {
        Map<String, List<Composition>> out = new LinkedHashMap<>();
        for (int identities = 0; identities < d.levels(); identities++) {
            for (int displaced = 1; displaced <= d.levels() - identities; displaced++) {
                Map<String, Composition> bucket = new LinkedHashMap<>();
                // the draws can repeat, so allow a few tries per composition wanted
                for (int attempt = 0; attempt < 20 * perBucket && bucket.size() < perBucket; attempt++) {
                    Composition c = bucketMember(d, identities, displaced, random);
                    bucket.putIfAbsent(c.id(), c);
                }
                out.put(bucketKey(identities, displaced), List.copyOf(bucket.values()));
            }
        }
        return out;
    }

    static String bucketKey(int identities, int displaced) {
        return identities + " identities, " + displaced + " displaced";
    }

    private static Composition bucketMember(CompositionDefinition d, int identities, int displaced, SplittableRandom random) {
        List<Integer> order = new ArrayList<>();
        for (int s = 0; s < d.levels(); s++) {
            order.add(s);
        }
        java.util.Collections.shuffle(order, new java.util.Random(random.nextLong()));
        Composition.Fn[] slots = new Composition.Fn[d.levels()];
        for (int j = 0; j < order.size(); j++) {
            int slot = order.get(j);
            if (j < identities) {
                slots[slot] = new Composition.Fn(slot, 0);
            } else if (j < identities + displaced) {
                slots[slot] = displacedFunction(d, slot, random);
            } else {
                slots[slot] = new Composition.Fn(slot, 1 + random.nextInt(d.nonIdentity()));
            }
        }
        return new Composition(List.of(slots));
    }

    private static Composition.Fn displacedFunction(CompositionDefinition d, int slot, SplittableRandom random) {
        int other = random.nextInt(d.levels() - 1);
        return new Composition.Fn(other >= slot ? other + 1 : other, 1 + random.nextInt(d.nonIdentity()));
    }

    /** {@code count} distinct out-of-order compositions not in {@code taken}: each slot the identity or another level's bijection. */
    private static List<Composition> outOfOrder(CompositionDefinition d, int count, SplittableRandom random,
            List<Composition> taken) {
        int choices = 1 + (d.levels() - 1) * d.nonIdentity();
        double space = Math.pow(choices, d.levels()) - 1; // the all-identity composition is always taken
        if (count > space || d.levels() < 2) {
            throw new RaspError(d.name() + ": there are only " + (long) Math.max(0, space)
                    + " out-of-order compositions to train on, not " + count);
        }
        Map<String, Composition> out = new LinkedHashMap<>();
        java.util.Set<String> excluded = new java.util.HashSet<>();
        taken.forEach(c -> excluded.add(c.id()));
        while (out.size() < count) {
            List<Composition.Fn> slots = new ArrayList<>();
            for (int slot = 0; slot < d.levels(); slot++) {
                int pick = random.nextInt(choices);
                slots.add(pick == 0 ? new Composition.Fn(slot, 0) : displacedFunction(d, slot, random));
            }
            Composition c = new Composition(slots);
            if (!excluded.contains(c.id())) {
                out.putIfAbsent(c.id(), c);
            }
        }
        return List.copyOf(out.values());
    }

    private static List<Composition> sample(List<Composition> from, int count, SplittableRandom random,
            CompositionDefinition d) {
        if (count > from.size()) {
            throw new RaspError(d.name() + ": there are only " + from.size() + " compositions to choose " + count + " from");
        }
        List<Composition> pool = new ArrayList<>(from);
        for (int i = 0; i < count; i++) { // a partial Fisher-Yates shuffle: the first count are the sample
            int j = i + random.nextInt(pool.size() - i);
            Composition t = pool.get(i);
            pool.set(i, pool.get(j));
            pool.set(j, t);
        }
        return List.copyOf(pool.subList(0, count));
    }
}
