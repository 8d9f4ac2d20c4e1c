package raspc.runtime.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import raspc.compiler.graph.SopNode;
import raspc.compiler.probe.ProgramSops;
import raspc.compiler.task.BooleanFunctionTask;
import raspc.compiler.task.SequenceTask;
import raspc.compiler.task.LabelledTask;
import raspc.runtime.RuntimeUserException;
import raspc.runtime.WorkProgress;
import raspc.runtime.data.EncodedSample;
import raspc.runtime.eval.TrainedModel;

/**
 * {@code raspc probe}: linear probes from the residual stream, after the embedding and after each
 * layer, to every quantity the task's own program computes on the way (or, for a Boolean
 * function, to its bits and prefix parities). Samples are split into fit and held-out ones, so no
 * position of a held-out input was seen in fitting; the same probes on an untrained model of the
 * same shape are the control.
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
        LabelledTask task = run.task().task();
        ResidualRows trained = ResidualRows.of(run.model(), samples);
        ResidualRows control;
        try (TrainedModel untrained = run.untrained(seed)) {
            control = ResidualRows.of(untrained, samples);
        }
        ProgramSops targetsOf = ProbeTargets.programSops(task, samples);
        if (!extra.isEmpty() && task instanceof BooleanFunctionTask) {
            throw new RuntimeUserException("--sop probes s-ops at every position of a sequence task; " + task.name()
                    + " is a Boolean function, whose model is read at one position");
        }
        for (Map.Entry<String, SopNode> e : extra.entrySet()) {
            targetsOf = targetsOf.with(e.getKey(), e.getValue(), ProbeTargets.tokens(task, samples.get(0)));
        }
        List<ProbeTarget> targets = ProbeTargets.of(task, targetsOf, samples, trained);
        int[][] split = split(samples.size(), trained, heldOut, seed);
        int[] fit = split[0];
        int[] test = split[1];
        List<ProbeReport.Skipped> skipped = new ArrayList<>();
        List<ProbeTarget> probed = new ArrayList<>();
        for (ProbeTarget t : targets) {
            String why = ProbeFit.unprobeable(t, fit, test);
            if (why != null) {
                skipped.add(new ProbeReport.Skipped(t.name(), why));
            } else {
                probed.add(t);
            }
        }
        int stages = trained.stages().length;
        List<List<ProbeReport.StageScore>> byTarget = new ArrayList<>();
        probed.forEach(t -> byTarget.add(new ArrayList<>()));
        progress.begin("probing " + probed.size() + " targets at " + stages + " stages", stages);
        try {
            // stage by stage: each design is factored once and solved for every target
            for (int s = 0; s < stages; s++) {
                LinearProbe.Design withBias = new LinearProbe.Design(trained.stages()[s], fit, true);
                LinearProbe.Design noBias = new LinearProbe.Design(trained.stages()[s], fit, false);
                LinearProbe.Design untrained = new LinearProbe.Design(control.stages()[s], fit, true);
                for (int i = 0; i < probed.size(); i++) {
                    ProbeTarget t = probed.get(i);
                    ProbeFit biased = ProbeFit.of(t, withBias, fit, test);
                    byTarget.get(i).add(new ProbeReport.StageScore(s, biased.score(), ProbeFit.of(t, noBias, fit, test).score(),
                            biased.mse(), ProbeFit.of(t, untrained, fit, test).score()));
                }
                progress.advance(1);
            }
        } finally {
            progress.end();
        }
        List<ProbeReport.Row> rows = new ArrayList<>();
        for (int i = 0; i < probed.size(); i++) {
            rows.add(ProbeReport.Row.of(probed.get(i), ProbeFit.chance(probed.get(i), fit, test), byTarget.get(i)));
        }
        return new ProbeReport(run.task().name(), run.runId(), samples.size(), trained.rows(), test.length, heldOut, seed,
                stages, plannedLayers(task), rows, skipped);
    }

    /** Fit and held-out rows, split by sample with a seeded shuffle: every row of a sample falls on one side. */
    private static int[][] split(int samples, ResidualRows rows, double heldOut, long seed) {
        int[] order = new int[samples];
        for (int i = 0; i < samples; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = samples - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int testCount = Math.max(1, Math.min(samples - 1, (int) Math.round(samples * heldOut)));
        boolean[] isTest = new boolean[samples];
        for (int i = 0; i < testCount; i++) {
            isTest[order[i]] = true;
        }
        List<Integer> fit = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (int r = 0; r < rows.rows(); r++) {
            (isTest[rows.sampleOfRow()[r]] ? test : fit).add(r);
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
