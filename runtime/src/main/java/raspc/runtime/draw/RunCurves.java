package raspc.runtime.draw;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import raspc.runtime.RuntimeUserException;
import raspc.runtime.plot.CurvePoint;
import raspc.runtime.run.EpochMetrics;
import raspc.runtime.run.GenerationFigures;
import raspc.runtime.plot.TrainingCurves;
import raspc.runtime.run.RunFolder;

/**
 * {@code curves.png} of a run folder: train/valid loss and accuracy per epoch, from metrics.jsonl,
 * the train attention loss when the run supervises heads, and the checkpoints' generation
 * accuracy (seen and unseen groups) when the run recorded it.
 */
public final class RunCurves {
    public static final String FILE = "curves.png";

    private RunCurves() {}

    public static Path write(Path runDir) {
        RunFolder folder = RunFolder.open(runDir);
        var config = folder.readConfig();
        List<CurvePoint> points = points(folder.readMetrics(), !config.supervisedHeads().isEmpty());
        Path png = runDir.resolve(FILE);
        try {
            TrainingCurves.write(config.task() + "  run " + config.runId(), points, png);
        } catch (IOException e) {
            throw new RuntimeUserException("cannot write " + png + ": " + e.getMessage(), e);
        }
        return png;
    }

    /**
     * The curves' points of metrics.jsonl's lines. Runs without supervised heads record an
     * attention loss of 0, which is no measurement: it is left out, and so is that panel.
     */
    static List<CurvePoint> points(List<EpochMetrics> metrics, boolean supervised) {
        List<CurvePoint> points = new ArrayList<>();
        for (EpochMetrics m : metrics) {
            GenerationFigures g = m.generation();
            points.add(new CurvePoint(m.epoch(), m.trainLoss(), m.validLoss(), m.trainTokenAccuracy(),
                    m.validTokenAccuracy(), supervised ? m.trainAttentionLoss() : CurvePoint.MISSING,
                    g == null ? CurvePoint.MISSING : orMissing(g.seenSequenceAccuracy()),
                    g == null ? CurvePoint.MISSING : orMissing(g.unseenSequenceAccuracy())));
        }
        return points;
    }

    private static double orMissing(Double figure) {
        return figure == null ? CurvePoint.MISSING : figure;
    }
}
