package raspc.repl;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import raspc.compiler.task.CompositionTask;
import raspc.compiler.task.CompositionVocabulary;
import raspc.runtime.data.EncodedSample;
import raspc.runtime.inspect.CompositionCorruption;
import raspc.runtime.inspect.CompositionSteps;
import raspc.runtime.inspect.RunData;
import raspc.runtime.inspect.Corruption;
import raspc.runtime.inspect.InspectedRun;
import raspc.runtime.inspect.PatchReport;
import raspc.runtime.inspect.ScratchpadCorruption;
import raspc.runtime.inspect.ScratchpadPositions;
import raspc.runtime.inspect.Patcher;

/** {@code raspc patch RUN}: activation patching from a clean run into a corrupted one. */
@Command(name = "patch", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Activation patching: run the corrupted input with one component copied from the clean run.",
                "Components: each head's context vectors (before the output projection) and the residual stream at " +
                "each stage (0: after the embedding; l + 1: after layer l) and position. Each cell is the share of " +
                "the corruption's effect the patch undoes, as a normalised logit difference (clean class minus " +
                "corrupted class) summed over the outputs the corruption changed: 1 = the clean output, 0 = none. " +
                "Either one pair (--clean and --corrupt, inputs without BOS), or --pairs N test inputs each paired " +
                "with a corrupted twin made by --corruption.",
                "On a matrix-completion run: --pairs N test matrices X, each patched into a run on -X under the same " +
                "mask (the reference study's corruption); each cell is 1 - MSE(patched, clean) / MSE(corrupted, " +
                "clean) over the masked entries.",
                "On a composition run (train-compose): --clean and --corrupt are prompts in compose --prompt's syntax, " +
                "each written out as its teacher-forced document; --pairs N evaluation documents each with a twin made " +
                "by --corruption; each cell is the normalised logit difference on the answer tokens the corruption " +
                "changes.",
                "On a scratchpad parity run (parity_scratchpad_<n>, parity_direct_<n>): --clean and --corrupt are n " +
                "input bits (x1 first), each written out as its teacher-forced document; --pairs N test documents each " +
                "with one input bit flipped (flip-one); each cell is the normalised logit difference on the answer " +
                "tokens the flip changes."},
        footer = {"", "Examples:", "  raspc patch runs/sort_by_freq_10/<run-id> --clean abcab --corrupt abcbb",
                "  raspc patch runs/parity_8/<run-id> --pairs 200 --corruption replace-one --json",
                "  raspc patch runs/matrix_5_rank1_p30/<run-id> --pairs 128",
                "  raspc patch runs/compose_random_25_direct/<run-id> --pairs 200 --corruption task-token",
                "  raspc patch runs/compose_random_25_direct/<run-id> --clean \"T0_1 T1_0 T2_3 T3_0 T4_2 X1 X2 X3 X4 X5 X6\" --corrupt \"T0_1 T1_2 T2_3 T3_0 T4_2 X1 X2 X3 X4 X5 X6\"",
                "  raspc patch runs/parity_scratchpad_8/<run-id> --pairs 200",
                "In the REPL:  patch runs/hist_10/<run-id> clean=aab corrupt=abb"})
public final class PatchCommand implements Callable<Integer> {
    private static final String NEGATE = "negate";
    private static final String FLIP_ONE = "flip-one";

    private final RaspcCommand root;

    @Mixin
    private InspectOptions inspect;

    @Option(names = "--clean", paramLabel = "X", description = "The clean input (one token per character, or a JSON array; a composition run: a prompt as compose --prompt takes it).")
    private String clean;

    @Option(names = "--corrupt", paramLabel = "Y", description = "The corrupted input, of the same length.")
    private String corrupt;

    @Option(names = "--pairs", paramLabel = "N", description = "Batch mode: the first N test inputs, each with a corrupted twin.")
    private Integer pairs;

    @Option(names = "--corruption", paramLabel = "C",
            description = "How batch mode corrupts: replace-one (one position gets another token; a bit flips; the default) or shuffle; a matrix run's only corruption is negate (-X under the same mask); a composition run's task-token (the function at one level changes; the default) or data-token (one input token changes); a scratchpad parity run's only corruption is flip-one (one input bit flips).")
    private String corruption;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "S", description = "Seed of the corruptions (default: ${DEFAULT-VALUE}).")
    private long seed;

    public PatchCommand(RaspcCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        boolean single = clean != null || corrupt != null;
        if (single == (pairs != null)) {
            throw new UserError("give either --clean X --corrupt Y, or --pairs N (with --corruption)");
        }
        if (single && (clean == null || corrupt == null)) {
            throw new UserError("one pair needs both --clean X and --corrupt Y");
        }
        if (inspect.isMatrixRun(root)) {
            return matrix(single);
        }
        return inspect.run(root, run -> switch (run.data()) {
            case RunData.Labelled l -> single ? one(run) : batch(run);
            case RunData.Compositions c -> single ? oneComposed(run, c.task()) : composedBatch(run, c.task());
            case RunData.Scratchpads p -> single ? oneScratchpad(run) : scratchpadBatch(run);
            case RunData.Matrices m -> throw new IllegalStateException("a matrix run is patched by matrix()");
        });
    }

    /** A composition run's pair of prompts, each written out as its teacher-forced document. */
    private PatchReport oneComposed(InspectedRun run, CompositionTask task) {
        EncodedSample c = run.composed(clean);
        List<String> labels = task.tokens(c.input()).stream()
                .map(t -> t.equals(CompositionVocabulary.SEPARATOR) ? "_" : t).toList();
        return Patcher.patch(run, List.of(new Patcher.Pair(c, run.composed(corrupt))),
                "clean " + clean + " vs corrupted " + corrupt, labels, inspect.progress());
    }

    /** The first --pairs evaluation documents of a composition run, each with one task token (or data token) changed. */
    private PatchReport composedBatch(InspectedRun run, CompositionTask task) {
        OptionChecks.atLeast("--pairs", pairs, 1);
        CompositionCorruption how = CompositionCorruption.parse(corruption == null
                ? CompositionCorruption.TASK_TOKEN.label() : corruption);
        List<Patcher.Pair> made = how.pairs(task, run.testSamples(pairs), seed);
        return Patcher.patch(run, made, how.label() + " corruption of evaluation documents (seed " + seed + ")",
                CompositionSteps.positionRoles(task), inspect.progress());
    }

    /** A scratchpad parity run's pair of inputs (n bits each), each written out as its teacher-forced document. */
    private PatchReport oneScratchpad(InspectedRun run) {
        return Patcher.patch(run, List.of(new Patcher.Pair(run.scratchpad(clean), run.scratchpad(corrupt))),
                "clean " + clean + " vs corrupted " + corrupt, ScratchpadPositions.roles(run.scratchpadTask()), inspect.progress());
    }

    /** The first --pairs test documents of a scratchpad parity run, each with one input bit flipped. */
    private PatchReport scratchpadBatch(InspectedRun run) {
        OptionChecks.atLeast("--pairs", pairs, 1);
        if (corruption != null && !corruption.equals(FLIP_ONE)) {
            throw new UserError("a scratchpad parity run's corruption is " + FLIP_ONE + " (one input bit flips), not "
                    + corruption);
        }
        List<Patcher.Pair> made = ScratchpadCorruption.flipOne(run.scratchpadTask(), run.testSamples(pairs), seed);
        return Patcher.patch(run, made, "one input bit flipped in test documents (seed " + seed + ")",
                ScratchpadPositions.roles(run.scratchpadTask()), inspect.progress());
    }

    /** A matrix run: each of the first --pairs test matrices X patched into a run on -X (same mask). */
    private int matrix(boolean single) {
        if (single) {
            throw new UserError("a matrix run is patched in batch mode: --pairs N test matrices, each against -X");
        }
        if (corruption != null && !corruption.equals(NEGATE)) {
            throw new UserError("a matrix run's corruption is " + NEGATE + " (-X under the same mask), not " + corruption);
        }
        OptionChecks.atLeast("--pairs", pairs, 1);
        return inspect.run(root, pairs, run -> {
            int n = run.matrices().task().n();
            List<String> labels = new ArrayList<>();
            for (int e = 0; e < n * n; e++) {
                labels.add(e / n + "," + e % n);
            }
            return Patcher.patch(run, Patcher.negated(run, run.matrices().matrices("test")),
                    "test matrices X against -X (same mask)", labels, inspect.progress());
        });
    }

    private PatchReport one(InspectedRun run) {
        EncodedSample c = run.labelled(clean);
        EncodedSample x = run.labelled(corrupt);
        List<String> labels = new ArrayList<>();
        for (int id : c.input()) {
            labels.add(run.task().inputVocab().get(id));
        }
        return Patcher.patch(run, List.of(new Patcher.Pair(c, x)), "clean " + clean + " vs corrupted " + corrupt, labels,
                inspect.progress());
    }

    private PatchReport batch(InspectedRun run) {
        if (pairs < 1) {
            throw new UserError("--pairs must be positive, got " + pairs);
        }
        Corruption how = Corruption.parse(corruption == null ? Corruption.REPLACE_ONE.label() : corruption);
        List<Patcher.Pair> made = how.pairs(run.testSamples(pairs), run.alphabetIds(), run.config().hasBos() ? 1 : 0, seed);
        List<String> labels = new ArrayList<>();
        int longest = made.stream().mapToInt(p -> p.clean().size()).max().orElse(0);
        for (int p = 0; p < longest; p++) {
            labels.add(String.valueOf(p));
        }
        return Patcher.patch(run, made, how.label() + " corruption of test inputs (seed " + seed + ")", labels,
                inspect.progress());
    }
}
