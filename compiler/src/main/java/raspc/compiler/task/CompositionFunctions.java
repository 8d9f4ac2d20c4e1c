package raspc.compiler.task;

import java.util.SplittableRandom;

/**
 * The functions of a composition study, drawn from its seed: per level the identity and
 * {@code bijections} random bijections of the alphabet (the reference's {@code generate_bijections});
 * with {@code permuteFirstLevel}, level 0's functions permute the input's positions instead, and
 * with {@code sharedFunctions} every level has the same bijections (the reference's {@code repeat}).
 * Indices past the bijections are the declaration's programs, the same at every level.
 * The draws are raspc's own (SplittableRandom), not numpy's, so the functions differ from the
 * reference's while being distributed alike.
 */
public final class CompositionFunctions {
    private final CompositionDefinition definition;
    /** [level][index][symbol or position]. */
    private final int[][][] maps;

    public CompositionFunctions(CompositionDefinition d) {
        this.definition = d;
        SplittableRandom random = new SplittableRandom(Seeds.of(d.seed(), "composition-functions", 0, 0, 0));
        maps = new int[d.levels()][d.functionsPerLevel()][];
        int[][] shared = null;
        for (int level = 0; level < d.levels(); level++) {
            boolean positions = isPositional(level);
            int size = positions ? d.inputLength() : d.alphabetSize();
            if (d.sharedFunctions() && !positions && shared != null) {
                maps[level] = shared;
                continue;
            }
            maps[level][0] = identity(size);
            for (int i = 1; i <= d.bijections(); i++) {
                maps[level][i] = permutation(size, random);
            }
            if (d.sharedFunctions() && !positions) {
                shared = maps[level];
            }
        }
    }

    /** Whether level {@code level}'s functions permute positions rather than map symbols. */
    public boolean isPositional(int level) {
        return level == 0 && definition.permuteFirstLevel();
    }

    /** f(x) for one function. */
    public int[] apply(Composition.Fn f, int[] x) {
        CompositionProgram program = definition.program(f.index());
        if (program != null) {
            return program.apply(x);
        }
        int[] map = maps[f.level()][f.index()];
        int[] out = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            // a permutation reads position map[i] (numpy's x[mapping]); a bijection maps each symbol
            out[i] = isPositional(f.level()) ? x[map[i]] : map[x[i]];
        }
        return out;
    }

    /** The table of function {@code index} of {@code level}: images of 0, 1, ... (a program has none). */
    public int[] table(int level, int index) {
        if (definition.program(index) != null) {
            throw new IllegalArgumentException("function " + index + " is the program " + definition.program(index).name()
                    + ", which has no table");
        }
        return maps[level][index].clone();
    }

    private static int[] identity(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = i;
        }
        return out;
    }

    /** A uniform random permutation (Fisher-Yates). */
    private static int[] permutation(int n, SplittableRandom random) {
        int[] out = identity(n);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = out[i];
            out[i] = out[j];
            out[j] = t;
        }
        return out;
    }
}
