package raspc.runtime.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import raspc.compiler.graph.SopNode;
import raspc.compiler.probe.ProgramSops;
import raspc.compiler.task.BooleanFunctionTask;
import raspc.compiler.task.LabelledTask;
import raspc.compiler.task.SequenceTask;
import raspc.runtime.RuntimeUserException;
import raspc.runtime.WorkProgress;
import raspc.runtime.data.EncodedSample;
import raspc.runtime.eval.TrainedModel;

/**
 * {@code raspc probe}: linear probes from the residual stream, after the embedding and after each
 * layer, to every quantity the task's own program computes on the way (or, for a Boolean
 * function, to its bits and prefix parities; for a composition model, to the intermediate outputs
 * where it writes each output token; for a scratchpad parity decoder, to the bits and prefix
 * parities at its input positions and what it writes and consumes at its answer positions).
 * Samples (for a scratchpad decoder: the prefixes its positions read) are split into fit and
 * held-out ones, so no held-out row was seen in fitting; the same probes on an untrained model
 * of the same shape are the control.
 */
public final class Prober {
    private Prober() {}

    /**
     * @param heldOut share of the samples the probes are scored on (the rest fit them)
     * @param extra s-ops of the user's to probe beside the program's, by name (sequence tasks only)
     */
    public static ProbeReport probe(InspectedRun run, List<EncodedSample> samples, double heldOut, long seed,
            Map<String, SopNode> extra, WorkProgress progress) {
        if (!(heldOut > 0 && heldOut < 1)) {
            throw new RuntimeUserException("the held-out share must lie strictly between 0 and 1, got " + heldOut);
        }
        if (samples.size() < 4) {
            throw new RuntimeUserException("probes need at least 4 samples, got " + samples.size());
        }
        int[] readAt = switch (run.data()) {
            case RunData.Compositions c -> ProbeTargets.written(c.task(), samples.get(0));
            case RunData.Labelled l -> null;
            case RunData.Matrices m -> null;
            case RunData.Scratchpads p -> null; // every position: inputs, scratchpad and answer
        };
        ResidualRows trained = ResidualRows.of(run.model(), samples, readAt);
        ResidualRows control;
        try (TrainedModel untrained = run.untrained(seed)) {
            control = ResidualRows.of(untrained, samples, readAt);
        }
        List<ProbeTarget> targets = switch (run.data()) {
            case RunData.Labelled l -> labelledTargets(l.data().task(), samples, extra, trained);
            case RunData.Matrices m -> {
                if (!extra.isEmpty()) {
                    throw new RuntimeUserException("--sop probes s-ops of a sequence task; " + m.data().name()
                            + " is a matrix-completion task, probed for its entries' values");
                }
                yield ProbeTargets.matrix(MaskedErrors.objectiveOf(run), samples, trained);
            }
            case RunData.Compositions c -> {
                if (!extra.isEmpty()) {
                    throw new RuntimeUserException("--sop probes s-ops of a sequence task; " + c.task().name()
                            + " is a composition variant, probed for its intermediate outputs");
                }
                yield ProbeTargets.composition(c.task(), samples, trained);
            }
            case RunData.Scratchpads p -> {
                if (!extra.isEmpty()) {
                    throw new RuntimeUserException("--sop probes s-ops of a sequence task; " + p.task().name()
                            + " is a scratchpad parity task, probed for its bits and prefix parities");
                }
                yield ProbeTargets.scratchpad(p.task(), samples, trained);
            }
        };
        // a causal decoder's residual at a position is a function of the tokens up to it: rows of one
        // prefix are one row seen twice, so they fall on one side (else a probe memorises them)
        boolean byPrefix = run.data() instanceof RunData.Scratchpads;
        int[] groupOfRow = switch (run.data()) {
            case RunData.Scratchpads p -> ScratchpadPositions.prefixOfRow(p.task(), samples, trained);
            case RunData.Labelled l -> trained.sampleOfRow();
            case RunData.Matrices m -> trained.sampleOfRow();
            case RunData.Compositions c -> trained.sampleOfRow();
        };
        int groups = byPrefix ? java.util.Arrays.stream(groupOfRow).max().orElse(-1) + 1 : samples.size();
        int[][] split = split(groupOfRow, groups, heldOut, seed);
        int[] fit = split[0];
        int[] test = split[1];
        List<ProbeReport.Skipped> skipped = new ArrayList<>();
        List<ProbeTarget> probed = new ArrayList<>();
        List<int[]> fitOf = new ArrayList<>();
        List<int[]> testOf = new ArrayList<>();
        for (ProbeTarget t : targets) {
            int[] f = within(t, fit);
            int[] h = within(t, test);
            String why = f.length < 2 || h.length < 1 ? "defined on too few rows" : ProbeFit.unprobeable(t, f, h);
            if (why != null) {
                skipped.add(new ProbeReport.Skipped(t.name(), why));
            } else {
                probed.add(t);
                fitOf.add(f);
                testOf.add(h);
            }
        }
        int stages = trained.stages().length;
        List<List<ProbeReport.StageScore>> byTarget = new ArrayList<>();
        probed.forEach(t -> byTarget.add(new ArrayList<>()));
        progress.begin("probing " + probed.size() + " targets at " + stages + " stages", stages);
        try {
            // stage by stage: each design is factored once per set of fit rows and solved for every target on them
            for (int s = 0; s < stages; s++) {
                Map<int[], LinearProbe.Design[]> designs = new java.util.IdentityHashMap<>();
                for (int i = 0; i < probed.size(); i++) {
                    ProbeTarget t = probed.get(i);
                    int[] f = fitOf.get(i);
                    int[] h = testOf.get(i);
                    int stage = s;
                    LinearProbe.Design[] d = designs.computeIfAbsent(f, rows -> new LinearProbe.Design[] {
                        new LinearProbe.Design(trained.stages()[stage], rows, true),
                        new LinearProbe.Design(trained.stages()[stage], rows, false),
                        new LinearProbe.Design(control.stages()[stage], rows, true)});
                    ProbeFit biased = ProbeFit.of(t, d[0], f, h);
                    byTarget.get(i).add(new ProbeReport.StageScore(s, biased.score(), ProbeFit.of(t, d[1], f, h).score(),
                            biased.mse(), ProbeFit.of(t, d[2], f, h).score()));
                }
                progress.advance(1);
            }
        } finally {
            progress.end();
        }
        List<ProbeReport.Row> rows = new ArrayList<>();
        for (int i = 0; i < probed.size(); i++) {
            rows.add(ProbeReport.Row.of(probed.get(i), ProbeFit.chance(probed.get(i), fitOf.get(i), testOf.get(i)),
                    byTarget.get(i)));
        }
        Integer planned = switch (run.data()) {
            case RunData.Labelled l -> plannedLayers(l.data().task());
            case RunData.Matrices m -> null;
            case RunData.Compositions c -> null;
            case RunData.Scratchpads p -> null;
        };
        return new ProbeReport(run.taskName(), run.runId(), samples.size(), trained.rows(), test.length, heldOut, seed,
                stages, planned, byPrefix ? ProbeReport.BY_PREFIX : ProbeReport.BY_SAMPLE, rows, skipped);
    }

    /** A sequence task's program s-ops (with the user's), or a Boolean function's bits and parities. */
    private static List<ProbeTarget> labelledTargets(LabelledTask task, List<EncodedSample> samples,
            Map<String, SopNode> extra, ResidualRows trained) {
        ProgramSops targetsOf = ProbeTargets.programSops(task, samples);
        if (!extra.isEmpty() && task instanceof BooleanFunctionTask) {
            throw new RuntimeUserException("--sop probes s-ops at every position of a sequence task; " + task.name()
                    + " is a Boolean function, whose model is read at one position");
        }
        for (Map.Entry<String, SopNode> e : extra.entrySet()) {
            targetsOf = targetsOf.with(e.getKey(), e.getValue(), ProbeTargets.tokens(task, samples.get(0)));
        }
        return ProbeTargets.of(task, targetsOf, samples, trained);
    }

    /** The rows a target is fitted or scored on: all of them, or those it is defined on. */
    private static int[] within(ProbeTarget t, int[] rows) {
        return t.within(rows);
    }

    /**
     * Fit and held-out rows, split by group (a sample, or a prefix) with a seeded shuffle: every
     * row of a group falls on one side. Groups are numbered 0 .. groups - 1.
     */
    private static int[][] split(int[] groupOfRow, int groups, double heldOut, long seed) {
        int[] order = new int[groups];
        for (int i = 0; i < groups; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = groups - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int testCount = Math.max(1, Math.min(groups - 1, (int) Math.round(groups * heldOut)));
        boolean[] isTest = new boolean[groups];
        for (int i = 0; i < testCount; i++) {
            isTest[order[i]] = true;
        }
        List<Integer> fit = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (int r = 0; r < groupOfRow.length; r++) {
            (isTest[groupOfRow[r]] ? test : fit).add(r);
        }
        return new int[][] {fit.stream().mapToInt(Integer::intValue).toArray(),
                test.stream().mapToInt(Integer::intValue).toArray()};
    }

    private static Integer plannedLayers(LabelledTask task) {
        return switch (task) {
            case SequenceTask s -> s.plan().layerCount();
            case BooleanFunctionTask b -> null;
        };
    }
}
