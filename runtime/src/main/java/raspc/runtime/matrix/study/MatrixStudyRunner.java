package raspc.runtime.matrix.study;

import ai.djl.Device;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import raspc.compiler.files.AtomicFiles;
import raspc.compiler.matrix.FactorDistribution;
import raspc.compiler.matrix.MaskedMatrix;
import raspc.compiler.task.MatrixSampler;
import raspc.compiler.task.MatrixTask;
import raspc.runtime.RuntimeUserException;
import raspc.runtime.WorkProgress;
import raspc.runtime.data.EncodedSample;
import raspc.runtime.inspect.AblationMode;
import raspc.runtime.inspect.Ablator;
import raspc.runtime.inspect.EmbeddingInspector;
import raspc.runtime.inspect.InspectedRun;
import raspc.runtime.inspect.InspectionReport;
import raspc.runtime.inspect.MaskedEntryIntervention;
import raspc.runtime.inspect.Patcher;
import raspc.runtime.inspect.Picture;
import raspc.runtime.inspect.PictureFiles;
import raspc.runtime.inspect.Prober;
import raspc.runtime.matrix.EntryErrors;
import raspc.runtime.matrix.MatrixPredictor;
import raspc.runtime.matrix.MatrixTaskData;
import raspc.runtime.matrix.SoftImpute;
import raspc.runtime.matrix.StructuredMask;
import raspc.runtime.model.ModelConfig;
import raspc.runtime.run.Json;
import raspc.runtime.run.RunFolder;

/**
 * Runs the matrix-completion study on a trained run with snapshots and writes matrix-study.json,
 * matrix-study.txt and its pictures into the run folder.
 */
public final class MatrixStudyRunner {
    public static final String JSON = "matrix-study.json";
    public static final String TEXT = "matrix-study.txt";
    /** The mask rates of the nuclear-norm comparison (the 0.1 .. 0.6). */
    static final double[] RATES = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6};
    /** The copy check's replacement value (any value token works; the reference sweeps several). */
    static final double COPY_VALUE = 0.5;

    /** The ablations of the study: the reference's mean ablation beside zero and uniform attention. */
    static final List<AblationMode> ABLATIONS = List.of(AblationMode.ZERO, AblationMode.MEAN, AblationMode.UNIFORM);
    /**
     * The probes read this many times the study's test matrices (drawn apart from them): a probe
     * of the masked entries' quantities fits d + 1 weights on the ~20% of the entries that are
     * masked in the fit share, which the figures' 256 matrices leave too few rows for at d = 128.
     */
    static final int PROBE_FACTOR = 4;
    /** The probes' held-out share. */
    static final double HELD_OUT = 0.3;
    /** The seed of the probes' split, of their untrained control model and of the position permutations. */
    static final long SEED = 0;

    private MatrixStudyRunner() {}

    /**
     * @param masks the mask patterns of the attention maps ({@link StructuredMask#RANDOM}: the task's own)
     */
    public static MatrixStudy run(RunFolder folder, MatrixTaskData data, int testMatrices, List<StructuredMask> masks,
            Device device, WorkProgress progress) {
        if (masks.isEmpty()) {
            throw new RuntimeUserException("the attention maps need at least one mask pattern");
        }
        Snapshots snapshots = new Snapshots(folder, data, device);
        List<Long> steps = snapshots.steps();
        if (steps.size() < 2) {
            throw new RuntimeUserException(folder.dir() + " has " + steps.size() + " snapshots; the study needs the"
                    + " snapshots train-matrix keeps after every round (at least 2)");
        }
        MatrixTask task = data.task();
        List<MaskedMatrix> test = MatrixSampler.samples(task, testMatrices, new SplittableRandom(0x57D1L));
        List<MaskedMatrix> probed = MatrixSampler.samples(task, PROBE_FACTOR * testMatrices, new SplittableRandom(0x9B0EL));
        progress.begin("matrix study of " + folder.dir().getFileName(), steps.size() + 4L);
        try {
            List<LossCurve.Point> points = new ArrayList<>();
            for (long step : steps) {
                points.add(new LossCurve.Point(step, snapshots.at(step, run -> run.predictor().errors(test))));
                progress.advance(1);
            }
            LossCurve curve = LossCurve.of(points);
            if (!curve.hasDrop()) {
                throw new RuntimeUserException("the masked error of " + folder.dir() + " never falls between snapshots;"
                        + " there is no before and after to compare");
            }
            // the end of the plateau is the "before" of the reference's comparisons; the sharpest round is a fallback
            long plateauEnd = curve.leftPlateau() ? curve.plateauEnd().step() : -1;
            long before = curve.leftPlateau() ? plateauEnd : curve.before().step();
            long after = curve.last().step();

            List<MatrixStudy.RateRow> rates = snapshots.at(after, run -> {
                MatrixPredictor m = run.predictor();
                List<MatrixStudy.RateRow> rows = new ArrayList<>();
                for (double rate : RATES) {
                    List<MaskedMatrix> ms = MatrixSampler.samples(task.withMaskRate(rate), testMatrices,
                            new SplittableRandom(0x4A7EL + Math.round(rate * 100)));
                    EntryErrors e = m.errors(ms);
                    rows.add(new MatrixStudy.RateRow(rate, e.masked(), e.observed(), softImpute(ms).masked()));
                }
                return rows;
            });
            progress.advance(1);

            Path dir = folder.dir();
            List<String> pictures = new ArrayList<>();
            List<MatrixStudy.Stage> stages = new ArrayList<>();
            for (String name : List.of("before", "after")) {
                long step = name.equals("before") ? before : after;
                String label = !name.equals("before") ? "at the last snapshot"
                        : curve.leftPlateau() ? "the end of the plateau" : "before the sharpest drop";
                stages.add(snapshots.at(step, run -> stage(run, name, label, test, probed, masks, pictures)));
                progress.advance(1);
            }

            List<MatrixStudy.OodRow> ood = snapshots.at(after, run -> {
                MatrixPredictor m = run.predictor();
                List<MatrixStudy.OodRow> rows = new ArrayList<>();
                for (FactorDistribution f : FactorDistribution.values()) {
                    List<MaskedMatrix> ms = MatrixSampler.samples(task.withFactors(f), testMatrices,
                            new SplittableRandom(0x00DL + f.ordinal()));
                    rows.add(new MatrixStudy.OodRow(f.name().toLowerCase(java.util.Locale.ROOT), m.errors(ms),
                            softImpute(ms).masked()));
                }
                return rows;
            });
            progress.advance(1);

            double softImputeAtTaskRate = rates.stream().filter(r -> Math.abs(r.maskRate() - task.maskRate()) < 1e-9)
                    .mapToDouble(MatrixStudy.RateRow::softImputeMasked).findFirst().orElse(softImpute(test).masked());
            MatrixPlots.curve(task.name() + " (" + folder.dir().getFileName() + ")", points, curve.afterDrop().step(),
                    curve.dropFraction(), plateauEnd, softImputeAtTaskRate, dir.resolve("matrix-curve.png"));
            pictures.add(0, "matrix-curve.png");
            MatrixPlots.rates(task.name() + ": masked-entry MSE against the nuclear-norm baseline", rates,
                    dir.resolve("matrix-baseline.png"));
            pictures.add(1, "matrix-baseline.png");

            MatrixStudy study = new MatrixStudy(task.name(), folder.runId(), testMatrices, points, curve.afterDrop().step(),
                    curve.dropFraction(), plateauEnd, before, after, rates, stages, ood, pictures);
            AtomicFiles.writeString(dir.resolve(JSON), Json.pretty(study));
            AtomicFiles.writeString(dir.resolve(TEXT), MatrixStudyText.format(study));
            return study;
        } finally {
            progress.end();
        }
    }

    /**
     * The interpretability tests on one snapshot, through the inspection toolkit: attention maps
     * per mask pattern, the copy check, probes, ablations, activation patching from X into -X and
     * the embeddings with the position permutation test; their pictures are drawn into the run
     * folder as matrix-NAME-*.png and added to {@code pictures}.
     */
    private static MatrixStudy.Stage stage(InspectedRun run, String name, String label, List<MaskedMatrix> test,
            List<MaskedMatrix> probed, List<StructuredMask> masks, List<String> pictures) {
        MatrixTaskData data = run.matrices();
        ModelConfig model = run.config().model();
        Path dir = run.dir();
        MatrixPredictor predictor = run.predictor();
        List<MatrixStudy.AttentionMap> attention = new ArrayList<>();
        for (StructuredMask mask : masks) {
            float[][][] maps = AttentionMeans.of(predictor, mask.apply(test), model.layers(), model.heads());
            String file = "matrix-attention-" + name + (mask == StructuredMask.RANDOM ? "" : "-" + mask.label()) + ".png";
            MatrixPlots.attention(data.name() + " batch-mean attention, " + mask.label() + " masks, step " + run.step()
                    + " (" + label + ")", maps, data.task().entries(), dir.resolve(file));
            pictures.add(file);
            attention.add(new MatrixStudy.AttentionMap(mask.label(), file));
        }
        List<EncodedSample> samples = data.samples(test);
        MatrixStudy.Stage stage = new MatrixStudy.Stage(label, run.step(), predictor.errors(test),
                MaskedEntryIntervention.intervene(run.runId(), predictor, data, test, List.of(COPY_VALUE)), attention,
                Prober.probe(run, data.samples(probed), HELD_OUT, SEED, Map.of(), WorkProgress.NONE),
                Ablator.ablate(run, samples, ABLATIONS, WorkProgress.NONE),
                Patcher.patch(run, Patcher.negated(run, test), "test matrices X against -X (same mask)",
                        entryLabels(data.task().n()), WorkProgress.NONE),
                EmbeddingInspector.inspect(run, samples, SEED));
        for (InspectionReport report : List.of(stage.probes(), stage.ablation(), stage.patching(), stage.embeddings())) {
            for (Picture picture : report.pictures()) {
                String file = "matrix-" + name + "-" + picture.name() + ".png";
                PictureFiles.write(picture, dir.resolve(file));
                pictures.add(file);
            }
        }
        return stage;
    }

    /** "row,column" of each entry, row-major. */
    private static List<String> entryLabels(int n) {
        List<String> labels = new ArrayList<>();
        for (int e = 0; e < n * n; e++) {
            labels.add(e / n + "," + e % n);
        }
        return labels;
    }

    /** Soft-impute's errors on the same matrices. */
    static EntryErrors softImpute(List<MaskedMatrix> matrices) {
        return EntryErrors.of(matrices, matrices.stream().map(SoftImpute::complete).toArray(float[][]::new));
    }
}
