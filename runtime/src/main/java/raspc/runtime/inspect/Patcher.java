package raspc.runtime.inspect;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import raspc.compiler.matrix.MaskedMatrix;
import raspc.runtime.RuntimeUserException;
import raspc.runtime.WorkProgress;
import raspc.runtime.data.Batch;
import raspc.runtime.data.BatchEncoder;
import raspc.runtime.data.EncodedSample;
import raspc.runtime.matrix.MatrixTaskData;
import raspc.runtime.model.Capture;
import raspc.runtime.model.ForwardHooks;
import raspc.runtime.model.Intervention;
import raspc.runtime.model.ModelOutput;
import raspc.runtime.model.TransformerModel;

/**
 * {@code raspc patch}: activation patching. Each (clean, corrupted) pair runs clean once, recording
 * every head's context vectors and the residual stream, and corrupted once; then the corrupted
 * input runs again with one component copied over from the clean run: a head's context (before
 * the output projection) or the residual stream at one stage and position. How far each patch
 * moves the outputs the corruption changed back towards the clean ones ({@link OutputGap}) says
 * where the information that decides them flows.
 */
public final class Patcher {
    private Patcher() {}

    /** A clean input and its corrupted version, of the same length (BOS included when the task has it). */
    public record Pair(EncodedSample clean, EncodedSample corrupt) {
        public Pair {
            if (clean.size() != corrupt.size()) {
                throw new RuntimeUserException("the clean and corrupted inputs must have the same length, got "
                        + clean.size() + " and " + corrupt.size() + " tokens");
            }
        }
    }

    /** @param positionLabels names of the model positions for the report (tokens of one pair, or indices) */
    public static PatchReport patch(InspectedRun run, List<Pair> pairs, String corruption, List<String> positionLabels,
            WorkProgress progress) {
        if (pairs.isEmpty()) {
            throw new RuntimeUserException("no input pairs to patch");
        }
        TransformerModel model = run.model().model();
        int layers = model.config().layers();
        int heads = model.config().heads();
        int longest = pairs.stream().mapToInt(p -> p.clean().size()).max().orElseThrow();
        Map<Component, double[]> moved = new LinkedHashMap<>();
        for (int l = 0; l < layers; l++) {
            for (int h = 0; h < heads; h++) {
                moved.put(new Component.Head(l, h), new double[1]);
            }
        }
        for (int s = 0; s <= layers; s++) {
            for (int p = 0; p < longest; p++) {
                moved.put(new Component.Residual(s, p), new double[1]);
            }
        }
        List<Pair> order = new ArrayList<>(pairs);
        order.sort(Comparator.comparingInt(p -> p.clean().size()));
        int batchSize = run.config().train().batchSize();
        double[] full = new double[1];
        int changed = 0;
        progress.begin("patching " + pairs.size() + (pairs.size() == 1 ? " pair" : " pairs"), pairs.size());
        try {
            for (int from = 0; from < order.size(); from += batchSize) {
                List<Pair> group = order.subList(from, Math.min(order.size(), from + batchSize));
                changed += patchBatch(run, group, moved, full);
                progress.advance(group.size());
            }
        } finally {
            progress.end();
        }
        if (changed == 0) {
            throw new RuntimeUserException("the corrupted " + (pairs.size() == 1 ? "input gives" : "inputs give")
                    + " the same outputs as the clean ones: there is nothing for a patch to restore");
        }
        List<PatchReport.Cell> headCells = new ArrayList<>();
        List<PatchReport.Cell> residualCells = new ArrayList<>();
        moved.forEach((c, num) -> {
            switch (c) {
                case Component.Head h -> headCells.add(new PatchReport.Cell(h.layer(), h.head(), num[0] / full[0]));
                case Component.Residual r -> residualCells.add(new PatchReport.Cell(r.stage(), r.position(), num[0] / full[0]));
                case Component.Mlp m -> throw new IllegalStateException("MLPs are not patched: " + m.label());
            }
        });
        return new PatchReport(run.taskName(), run.runId(), corruption, measure(run), pairs.size(), changed, layers, heads,
                positionLabels.subList(0, Math.min(longest, positionLabels.size())), headCells, residualCells);
    }

    /** What a cell's share is measured in. */
    private static String measure(InspectedRun run) {
        return switch (run.data()) {
            case RunData.Labelled l -> "normalised logit difference";
            case RunData.Matrices m -> "1 - MSE(patched, clean) / MSE(corrupted, clean) over masked entries";
            case RunData.Compositions c -> "normalised logit difference on the answer tokens the corruption changes,"
                    + " teacher forced";
            case RunData.Scratchpads p -> "normalised logit difference on the answer tokens the corruption changes"
                    + " (prefix parities from the flipped bit on, the final parity), teacher forced";
        };
    }

    /**
     * A matrix run's test inputs each paired with -X under the same mask, the reference study's
     * corruption: a model that completes -X outputs minus the clean completion, so every masked
     * output changes.
     */
    public static List<Pair> negated(InspectedRun run, List<MaskedMatrix> matrices) {
        MatrixTaskData data = run.matrices();
        List<EncodedSample> clean = data.samples(matrices);
        List<EncodedSample> corrupt = data.samples(matrices.stream().map(MaskedMatrix::negated).toList());
        List<Pair> out = new ArrayList<>(clean.size());
        for (int i = 0; i < clean.size(); i++) {
            out.add(new Pair(clean.get(i), corrupt.get(i)));
        }
        return out;
    }

    /** Adds each component's moved gap to {@code moved} and the clean-minus-corrupted gap to {@code full}; returns the changed outputs. */
    private static int patchBatch(InspectedRun run, List<Pair> group, Map<Component, double[]> moved, double[] full) {
        TransformerModel model = run.model().model();
        ParameterStore store = run.model().store();
        BatchEncoder encoder = run.model().encoder();
        try (NDManager m = run.model().manager().newSubManager()) {
            Batch clean = encoder.encode(m, group.stream().map(Pair::clean).toList(), false);
            Batch corrupt = encoder.encode(m, group.stream().map(Pair::corrupt).toList(), false);
            ForwardHooks cleanHooks = ForwardHooks.recording(Capture.RESIDUAL, Capture.CONTEXT);
            ModelOutput cleanOut = model.run(store, clean.tokens(), clean.lengths(), cleanHooks);
            ForwardHooks corruptHooks = ForwardHooks.recording(Capture.RESIDUAL);
            ModelOutput corruptOut = model.run(store, corrupt.tokens(), corrupt.lengths(), corruptHooks);
            OutputGap gap = switch (run.data()) {
                case RunData.Compositions c -> OutputGap.atChangedAnswers(model.config().objective(), cleanOut.logits(), group,
                        CompositionSteps.answer(c.task(), CompositionSteps.document(c.task(), group.get(0).clean())));
                case RunData.Scratchpads p -> OutputGap.atChangedAnswers(model.config().objective(), cleanOut.logits(), group,
                        ScratchpadPositions.answer(p.task()));
                case RunData.Labelled l -> between(run, cleanOut, corruptOut, corrupt);
                case RunData.Matrices x -> between(run, cleanOut, corruptOut, corrupt);
            };
            if (gap.changedOutputs() == 0) {
                return 0;
            }
            double corruptGap = gap.sum(corruptOut.logits());
            full[0] += gap.sum(cleanOut.logits()) - corruptGap;
            long length = clean.tokens().getShape().get(1);
            for (Map.Entry<Component, double[]> e : moved.entrySet()) {
                Intervention patch = patch(e.getKey(), cleanHooks, corruptHooks, length);
                if (patch != null) {
                    ModelOutput out = model.run(store, corrupt.tokens(), corrupt.lengths(),
                            ForwardHooks.intervening(List.of(patch)));
                    e.getValue()[0] += gap.sum(out.logits()) - corruptGap;
                }
            }
            return gap.changedOutputs();
        }
    }

    /** The outputs the corruption changed, by the model's own predictions (a matrix run: its masked entries). */
    private static OutputGap between(InspectedRun run, ModelOutput clean, ModelOutput corrupt, Batch corruptBatch) {
        return OutputGap.between(run.model().model().config().objective(), clean.logits(), corrupt.logits(),
                corruptBatch.lengths().toLongArray(), run.config().hasBos() ? 1 : 0, corruptBatch.tokens());
    }

    /** The clean run's value of {@code c} spliced into the corrupted run; null for a position past this batch's length. */
    static Intervention patch(Component c, ForwardHooks clean, ForwardHooks corrupt, long length) {
        return switch (c) {
            case Component.Head h -> new Intervention.SetContext(h.layer(), h.head(),
                    clean.context(h.layer()).get(":, {}", h.head()));
            case Component.Residual r -> r.position() >= length ? null
                    : new Intervention.SetResidual(r.stage(), splice(corrupt.residual(r.stage()), clean.residual(r.stage()),
                            r.position()));
            case Component.Mlp m -> throw new IllegalArgumentException("MLP outputs are not patched: " + m.label());
        };
    }

    /** {@code base} [B, T, d] with position {@code p} taken from {@code donor}. */
    private static NDArray splice(NDArray base, NDArray donor, int p) {
        long t = base.getShape().get(1);
        NDList parts = new NDList();
        if (p > 0) {
            parts.add(base.get(":, :{}", p));
        }
        parts.add(donor.get(":, {}:{}", p, p + 1));
        if (p + 1 < t) {
            parts.add(base.get(":, {}:", p + 1));
        }
        return NDArrays.concat(parts, 1);
    }
}
