package raspc.runtime.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;

/**
 * Renders a set of example pictures from synthetic attention (no model needed), to look at
 * layout, colours and labels by eye: {@code java -cp ... raspc.runtime.plot.PlotGallery [DIR]}
 * (default /tmp/plots). Heads attend to a known pattern plus noise, so the overlay shows both
 * agreement and disagreement.
 */
public final class PlotGallery {
    private PlotGallery() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/plots");
        Random random = new Random(7);
        for (int n : new int[] {5, 12, 40}) {
            List<String> tokens = tokens(n);
            for (int heads : new int[] {1, 2, 4}) {
                List<AttentionMaps.HeadAttention> hs = new ArrayList<>();
                for (int h = 0; h < heads; h++) {
                    hs.add(synthetic("layer 0 head " + h, n, h, random));
                }
                Path out = dir.resolve("n" + n + "-h" + heads);
                AttentionMaps.writeLayer(out, "sort (synthetic)", tokens, 0, hs, OptionalInt.empty());
                AttentionMaps.writeLayer(out.resolve("numbers"), "sort (synthetic)", tokens, 0, hs, OptionalInt.of(2));
            }
        }
        List<String> longTokens = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            longTokens.add(i == 0 ? "<BOS>" : "word" + i * 137 + (i % 3 == 0 ? "_extra_long" : ""));
        }
        AttentionMaps.writeLayer(dir.resolve("long-tokens"), "hist (long tokens)", longTokens, 1,
                List.of(synthetic("layer 1 head 0", 12, 0, random), synthetic("layer 1 head 1", 12, 1, random)),
                OptionalInt.of(1));
        writeMasked(dir.resolve("masked-scores.png"), random);
        writeCurves(dir);
        InOutReport report = new InOutReport("sort-20250101-1200-3f2a", 0.9731,
                List.of("<BOS>", "d", "a", "c", "b", "e"), List.of("<BOS>", "a", "b", "c", "e", "d"),
                List.of("<BOS>", "a", "b", "c", "d", "e"));
        report.write(dir.resolve("in_out.txt"));
        System.out.print(report.text());
        System.out.println("pictures written under " + dir.toAbsolutePath());
    }

    static List<String> tokens(int n) {
        List<String> t = new ArrayList<>();
        t.add("<BOS>");
        for (int i = 1; i < n; i++) {
            t.add(String.valueOf((char) ('a' + (i * 7) % 26)) + (n > 26 && i >= 26 ? "'" : ""));
        }
        return t;
    }

    /** Head {@code kind}: 0 = previous token, 1 = same-or-later tokens, 2 = first token, 3 = reverse. */
    static AttentionMaps.HeadAttention synthetic(String label, int n, int kind, Random random) {
        boolean[][] target = new boolean[n][n];
        float[][] scores = new float[n][n];
        for (int q = 0; q < n; q++) {
            for (int k = 0; k < n; k++) {
                target[q][k] = switch (kind % 4) {
                    case 0 -> k == Math.max(0, q - 1);
                    case 1 -> k >= q;
                    case 2 -> k == 0;
                    default -> k == n - 1 - q;
                };
                scores[q][k] = (float) (random.nextGaussian() * 1.5 + (target[q][k] ? 4 : -1));
            }
        }
        return new AttentionMaps.HeadAttention(label, softmaxRows(scores), scores, target);
    }

    static float[][] softmaxRows(float[][] scores) {
        float[][] p = new float[scores.length][];
        for (int q = 0; q < scores.length; q++) {
            double max = Double.NEGATIVE_INFINITY;
            for (float v : scores[q]) {
                max = Math.max(max, v);
            }
            double sum = 0;
            p[q] = new float[scores[q].length];
            for (int k = 0; k < p[q].length; k++) {
                double e = Float.isFinite(scores[q][k]) ? Math.exp(scores[q][k] - max) : 0;
                p[q][k] = (float) e;
                sum += e;
            }
            for (int k = 0; k < p[q].length; k++) {
                p[q][k] /= (float) sum;
            }
        }
        return p;
    }

    private static void writeMasked(Path png, Random random) throws IOException {
        int n = 8;
        float[][] scores = new float[n][n];
        for (int q = 0; q < n; q++) {
            for (int k = 0; k < n; k++) {
                scores[q][k] = k > q ? Float.NEGATIVE_INFINITY : (float) (random.nextGaussian() * 3);
            }
        }
        AttentionFigure f = AttentionFigure.of("causal mask (synthetic) \u2014 pre-softmax scores", tokens(n),
                List.of(new HeadPanel("layer 0 head 0", scores)), MapKind.SCORES).withNumbers(1);
        AttentionFigureRenderer.write(f, png);
    }

    private static void writeCurves(Path dir) throws IOException {
        List<CurvePoint> epochs = new ArrayList<>();
        for (int e = 1; e <= 30; e++) {
            double train = 2.3 * Math.exp(-e / 4.0) + 0.002;
            double valid = e % 7 == 0 ? CurvePoint.MISSING : train * 1.2 + 0.01;
            epochs.add(new CurvePoint(e, train, valid, 1 - Math.exp(-e / 5.0), e % 7 == 0
                    ? CurvePoint.MISSING : 1 - 1.1 * Math.exp(-e / 5.0)));
        }
        TrainingCurves.write("sort-20250101-1200-3f2a \u2014 training curves", epochs, dir.resolve("curves.png"));
        TrainingCurves.write("linear scale", epochs, dir.resolve("curves-linear.png"),
                new TrainingCurves.Options(1200, 520, TrainingCurves.LossScale.LINEAR));
        TrainingCurves.write("one epoch", epochs.subList(0, 1), dir.resolve("curves-one-epoch.png"));
        TrainingCurves.write("no epochs yet", List.of(), dir.resolve("curves-empty.png"));
        List<CurvePoint> supervised = new ArrayList<>();
        for (CurvePoint e : epochs) {
            double attention = 0.08 * Math.exp(-e.epoch() / 6.0) + 0.001;
            supervised.add(new CurvePoint(e.epoch(), e.trainLoss() + attention, e.validLoss(), e.trainAccuracy(),
                    e.validAccuracy(), attention));
        }
        TrainingCurves.write("sort_10_bos_with_attns (synthetic)", supervised, dir.resolve("curves-with-attns.png"));
    }
}
