package raspc.repl;

import java.util.List;
import java.util.Locale;
import raspc.runtime.eval.ReportLines;
import raspc.runtime.run.EpochMetrics;
import raspc.runtime.run.GenerationFigures;

/** The checkpoints' generation accuracy of a run (metrics.jsonl), as {@code raspc compose} shows it. */
final class GenerationOverTraining {
    private GenerationOverTraining() {}

    /** The table, or "" when the run generated nothing during training. */
    static String text(List<EpochMetrics> metrics) {
        List<EpochMetrics> rows = metrics.stream().filter(m -> m.generation() != null).toList();
        if (rows.isEmpty()) {
            return "";
        }
        GenerationFigures first = rows.get(0).generation();
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "%ngeneration over training (the same %d seen and %d unseen documents at every checkpoint; all answer tokens right):%n",
                first.seenDocuments(), first.unseenDocuments()));
        b.append(String.format(Locale.ROOT, "  %8s  %8s  %8s%n", "step", "seen", "unseen"));
        for (EpochMetrics m : rows) {
            GenerationFigures g = m.generation();
            b.append(String.format(Locale.ROOT, "  %8d  %8s  %8s%n", m.step(), ReportLines.percent(g.seenSequenceAccuracy()),
                    ReportLines.percent(g.unseenSequenceAccuracy())));
        }
        return b.toString();
    }
}
