package raspc.repl;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import raspc.compiler.task.Composition;
import raspc.compiler.task.CompositionTask;
import raspc.compiler.task.PromptFormat;
import raspc.runtime.WorkProgress;
import raspc.runtime.compose.CompositionData;
import raspc.runtime.compose.CompositionProbe;
import raspc.runtime.inspect.AblationMode;
import raspc.runtime.inspect.AblationReport;
import raspc.runtime.inspect.Ablator;
import raspc.runtime.inspect.Heatmap;
import raspc.runtime.inspect.InspectedRun;
import raspc.runtime.inspect.RunData;
import raspc.runtime.compose.CompositionTables;
import raspc.runtime.engine.Devices;
import raspc.runtime.eval.GenerationEvaluator.GroupResult;
import raspc.runtime.eval.ReportLines;
import raspc.runtime.eval.TrainedModel;
import raspc.runtime.plot.ScoreHeatmap;
import raspc.runtime.run.RunFolder;

/** {@code raspc compose RUN}: the composition analyses of a trained train-compose run. */
@Command(name = "compose", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Analyse a composition run (raspc train-compose).",
                "From its compositions.jsonl: accuracy by number of non-identity functions, seen and unseen apart; the " +
                "weakest compositions; for step-by-step runs the accuracy of each generated intermediate output. " +
                "--prompt generates one prompt and shows each step against the reference; --attention measures, per " +
                "layer and head, the attention mass on the task token of the level being applied while each step is written; " +
                "--ablate replaces each head's attention by its batch-mean pattern and each MLP's output by its batch mean " +
                "and shows how the accuracy of each step changes (attention selects the function, the MLP executes it; " +
                "raspc ablate RUN --modes mean on the same documents, which also has zero and uniform ablations). " +
                "Both draw a heatmap PNG into --png (default: the run folder)."},
        footer = {"", "Examples:", "  raspc compose runs/compose_random_50_step/20261202-150000-1",
                "  raspc compose RUN --prompt \"T0_1 T1_0 T2_3 T3_0 T4_2 X1 X2 X3 X4 X5 X6\"",
                "  raspc compose RUN --attention --ablate --attention-docs 5",
                "In the REPL:  compose runs/compose_random_50_step/<run-id> weakest=5 attention=true ablate=true"})
public final class ComposeCommand implements Callable<Integer> {
    static final String ATTENTION_PNG = "compose-attention.png";
    static final String ABLATION_PNG = "compose-ablation.png";

    private final RaspcCommand root;

    @Parameters(index = "0", paramLabel = "RUN", description = "A run folder of raspc train-compose.")
    private Path run;

    @Option(names = "--prompt", paramLabel = "TOKENS", description = "Task tokens then input tokens, e.g. \"T0_1 T1_0 T2_3 T3_0 T4_2 X1 X2 X3 X4 X5 X6\".")
    private String prompt;

    @Option(names = "--weakest", defaultValue = "10", paramLabel = "N", description = "Weakest compositions listed (default: ${DEFAULT-VALUE}).")
    private int weakest;

    @Option(names = "--attention", description = "Also measure attention on the task tokens (teacher-forced).")
    private boolean attention;

    @Option(names = "--ablate", description = "Also ablate each head (batch-mean pattern) and each MLP (batch-mean output), teacher-forced.")
    private boolean ablate;

    @Option(names = "--attention-docs", defaultValue = "5", paramLabel = "N", description = "Documents per composition for --attention and --ablate (default: ${DEFAULT-VALUE}).")
    private int attentionDocs;

    @Option(names = "--png", paramLabel = "DIR", description = "Where --attention and --ablate draw their heatmaps (default: the run folder).")
    private Path png;

    @Mixin
    private EngineOptions engine;

    public ComposeCommand(RaspcCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        OptionChecks.atLeast("--weakest", weakest, 0);
        OptionChecks.atLeast("--attention-docs", attentionDocs, 1);
        Path dir = RunTasks.runDir(root.io(), run);
        RunFolder folder = RunFolder.open(dir);
        CompositionTask task = RunTasks.compositionOfRun(root, dir);
        int answer = task.definition().inputLength();
        if (prompt == null) {
            List<GroupResult> groups = folder.readGenerationTable(GroupResult.class);
            root.out().println(task.name() + "  run " + folder.runId() + ": " + groups.size() + " compositions evaluated, "
                    + task.trainCompositions().size() + " seen in training");
            root.out().print(new CompositionTables(groups).text(answer, weakest));
            root.out().print(GenerationOverTraining.text(folder.readMetrics()));
        }
        List<Composition> compositions = task.evaluation().stream().map(CompositionTask.EvalComposition::composition).toList();
        Path pictures = png == null ? dir : root.io().resolve(png);
        if (prompt != null || attention) {
            try (TrainedModel trained = TrainedModel.open(folder, Devices.resolve(engine.start()))) {
                CompositionProbe probe = new CompositionProbe(trained, task);
                if (prompt != null) {
                    printSteps(task, probe);
                }
                if (attention) {
                    printAttention(task, probe, compositions, pictures);
                }
            }
        }
        if (ablate) {
            printAblation(folder, task, compositions.size(), pictures);
        }
        root.out().flush();
        return ExitCode.OK;
    }

    private void printSteps(CompositionTask task, CompositionProbe probe) {
        CompositionTask.Prompt p;
        try {
            p = task.parsePrompt(prompt);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        root.out().println("composition " + p.composition().id() + (task.isSeen(p.composition()) ? " (seen in training)"
                : " (unseen)") + ", input " + String.join(" ", task.tokens(p.input())));
        for (CompositionProbe.Step s : probe.generate(p.composition(), p.input())) {
            root.out().println(String.format(Locale.ROOT, "  %-12s generated %s   reference %s   %s", s.name(),
                    String.join(" ", s.generated()), String.join(" ", s.expected()), s.right() ? "right" : "WRONG"));
        }
    }

    private void printAttention(CompositionTask task, CompositionProbe probe, List<Composition> compositions, Path pictures) {
        double[][][] mass = probe.attentionOnTaskTokens(compositions, attentionDocs);
        int levels = task.definition().levels();
        root.out().println("attention mass on the task token of the level being applied (" + compositions.size()
                + " compositions x " + attentionDocs + " documents, teacher-forced)");
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-14s", "layer/head"));
        for (int s = 0; s < levels; s++) {
            header.append(String.format(Locale.ROOT, " %8s", "T" + s));
        }
        root.out().println(header);
        List<String> rows = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        for (int l = 0; l < mass.length; l++) {
            for (int h = 0; h < mass[l].length; h++) {
                StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-14s", "layer " + l + " head " + h));
                for (int s = 0; s < levels; s++) {
                    row.append(String.format(Locale.ROOT, " %8s", ReportLines.percent(mass[l][h][s])));
                }
                root.out().println(row);
                rows.add("L" + l + ".H" + h);
                values.add(mass[l][h]);
            }
        }
        List<String> columns = new ArrayList<>();
        for (int s = 0; s < levels; s++) {
            columns.add(task.format() == PromptFormat.STEP_BY_STEP ? "f" + s + " on T" + s : "y on T" + s);
        }
        heatmap(pictures, ATTENTION_PNG, "attention on the task token of the level applied", rows, columns,
                values.toArray(double[][]::new), false);
    }

    /** The toolkit's mean ablation ({@code raspc ablate RUN --modes mean}) on --attention-docs documents of each composition. */
    private void printAblation(RunFolder folder, CompositionTask task, int compositions, Path pictures) {
        AblationReport report;
        try (InspectedRun run = InspectedRun.open(folder, new RunData.Compositions(new CompositionData(task), task),
                Devices.resolve(engine.start()), InspectedRun.SAVED)) {
            report = Ablator.ablate(run, run.testSamples(compositions * attentionDocs), List.of(AblationMode.MEAN),
                    WorkProgress.NONE);
        }
        root.out().println("mean ablation (heads: batch-mean attention pattern; MLPs: batch-mean output), as raspc ablate"
                + " --modes mean");
        root.out().print(report.toText());
        Heatmap h = report.heatmaps().get(0);
        heatmap(pictures, ABLATION_PNG, "accuracy change when ablated (mean)", h.rows(), h.columns(), h.values(), true);
    }

    private void heatmap(Path dir, String name, String title, List<String> rows, List<String> columns, double[][] values,
            boolean signed) {
        Path file = dir.resolve(name);
        ScoreHeatmap.write(file, title, rows, columns, values, signed);
        root.out().println("wrote " + root.io().workingDir().relativize(file.toAbsolutePath()));
    }
}
