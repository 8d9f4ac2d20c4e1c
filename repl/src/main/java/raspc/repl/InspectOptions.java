package raspc.repl;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import raspc.compiler.files.AtomicFiles;
import raspc.runtime.WorkProgress;
import raspc.runtime.data.EncodedTaskData;
import raspc.runtime.data.EncodedSample;
import raspc.runtime.inspect.Heatmap;
import raspc.runtime.inspect.InspectedRun;
import raspc.runtime.inspect.InspectionReport;
import raspc.runtime.inspect.Picture;
import raspc.runtime.inspect.Scatter;
import raspc.runtime.plot.ScatterFigure;
import raspc.runtime.plot.ScoreHeatmap;
import raspc.runtime.progress.ConsoleWorkProgress;

/** What probe, ablate and patch share: the run, its task, the samples, the device and where the report goes. */
final class InspectOptions {
    @Parameters(index = "0", paramLabel = "RUN", description = "A run folder (of raspc train or train-boolean).")
    private Path run;

    @Option(names = "--task", paramLabel = "TASK", description = "The task (name or .rasp file; default: the run's).")
    private String task;

    @Option(names = "--json", description = "Print the report as JSON instead of a table.")
    private boolean json;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the report as JSON to FILE.")
    private Path out;

    @Option(names = "--png", paramLabel = "DIR", description = "Also draw the report's pictures as PNG files into DIR (grids as heatmaps, embeddings as PCA scatters).")
    private Path png;

    @Mixin
    private EngineOptions engine;

    /** The --count of the commands that score the test split. */
    static final class SampleCount {
        @Option(names = "--count", defaultValue = "0", paramLabel = "N", description = "Test samples to use (default: the whole test split).")
        private int count;

        List<EncodedSample> of(InspectedRun run) {
            return run.testSamples(count);
        }
    }

    /** Opens the run (its saved weights beside its task), makes the report, prints it and writes --out. */
    int run(RaspcCommand root, Function<InspectedRun, InspectionReport> inspection) {
        Path dir = RunTasks.runDir(root.io(), run);
        EncodedTaskData data = RunTasks.ofRun(root, dir, task);
        try (InspectedRun opened = InspectedRun.open(dir, data, engine.start())) {
            InspectionReport report = inspection.apply(opened);
            report(root, report);
        }
        return ExitCode.OK;
    }

    /** A progress bar on a terminal, none when the output is JSON (which must stay parseable). */
    WorkProgress progress() {
        return json ? WorkProgress.NONE : ConsoleWorkProgress.forStandardOutput();
    }

    /** Prints the table (or the JSON) and writes the JSON to --out. */
    private void report(RaspcCommand root, InspectionReport report) {
        String jsonText = report.toJson();
        String table = report.toText();
        if (out != null) {
            AtomicFiles.writeString(root.io().resolve(out), jsonText);
        }
        root.out().print(json ? jsonText : table);
        if (out != null && !json) {
            root.out().println("wrote " + out);
        }
        if (png != null) {
            for (Picture picture : report.pictures()) {
                Path file = root.io().resolve(png).resolve(picture.name() + ".png");
                switch (picture) {
                    case Heatmap h -> ScoreHeatmap.write(file, h.title(), h.rows(), h.columns(), h.values(), h.signed());
                    case Scatter s -> ScatterFigure.write(file, s.title(), s.xLabel(), s.yLabel(), s.labels(), s.x(), s.y());
                }
                if (!json) {
                    root.out().println("wrote " + png.resolve(picture.name() + ".png"));
                }
            }
        }
        root.out().flush();
    }
}
