package raspc.repl;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import raspc.compiler.task.Composition;
import raspc.compiler.task.CompositionTask;
import raspc.runtime.compose.CompositionProbe;
import raspc.runtime.compose.CompositionTables;
import raspc.runtime.engine.Devices;
import raspc.runtime.eval.GenerationEvaluator.GroupResult;
import raspc.runtime.eval.ReportLines;
import raspc.runtime.eval.TrainedModel;
import raspc.runtime.run.RunFolder;

/** {@code raspc compose RUN}: the composition analyses of a trained train-compose run. */
@Command(name = "compose", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Analyse a composition run (raspc train-compose).",
                "From its compositions.jsonl: accuracy by number of non-identity functions, seen and unseen apart; the " +
                "weakest compositions; for step-by-step runs the accuracy of each generated intermediate output. " +
                "--prompt generates one prompt and shows each step against the reference; --attention measures, per " +
                "layer and head, the attention mass on the task token of the level being applied while each step is written."},
        footer = {"", "Examples:", "  raspc compose runs/compose_random_50_step/20261202-150000-1",
                "  raspc compose RUN --prompt \"T0_1 T1_0 T2_3 T3_0 T4_2 X1 X2 X3 X4 X5 X6\"",
                "  raspc compose RUN --attention --attention-docs 5",
                "In the REPL:  compose runs/compose_random_50_step/<run-id> weakest=5"})
public final class ComposeCommand implements Callable<Integer> {
    private final RaspcCommand root;

    @Parameters(index = "0", paramLabel = "RUN", description = "A run folder of raspc train-compose.")
    private Path run;

    @Option(names = "--prompt", paramLabel = "TOKENS", description = "Task tokens then input tokens, e.g. \"T0_1 T1_0 T2_3 T3_0 T4_2 X1 X2 X3 X4 X5 X6\".")
    private String prompt;

    @Option(names = "--weakest", defaultValue = "10", paramLabel = "N", description = "Weakest compositions listed (default: ${DEFAULT-VALUE}).")
    private int weakest;

    @Option(names = "--attention", description = "Also measure attention on the task tokens (teacher-forced).")
    private boolean attention;

    @Option(names = "--attention-docs", defaultValue = "5", paramLabel = "N", description = "Documents per composition for --attention (default: ${DEFAULT-VALUE}).")
    private int attentionDocs;

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
        if (prompt != null || attention) {
            try (TrainedModel trained = TrainedModel.open(folder, Devices.resolve(engine.start()))) {
                CompositionProbe probe = new CompositionProbe(trained, task);
                if (prompt != null) {
                    printSteps(task, probe);
                }
                if (attention) {
                    printAttention(task, probe);
                }
            }
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

    private void printAttention(CompositionTask task, CompositionProbe probe) {
        List<Composition> compositions = task.evaluation().stream().map(CompositionTask.EvalComposition::composition).toList();
        double[][][] mass = probe.attentionOnTaskTokens(compositions, attentionDocs);
        int levels = task.definition().levels();
        root.out().println("attention mass on the task token of the level being applied (" + compositions.size()
                + " compositions x " + attentionDocs + " documents, teacher-forced)");
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-14s", "layer/head"));
        for (int s = 0; s < levels; s++) {
            header.append(String.format(Locale.ROOT, " %8s", "T" + s));
        }
        root.out().println(header);
        for (int l = 0; l < mass.length; l++) {
            for (int h = 0; h < mass[l].length; h++) {
                StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-14s", "layer " + l + " head " + h));
                for (int s = 0; s < levels; s++) {
                    row.append(String.format(Locale.ROOT, " %8s", ReportLines.percent(mass[l][h][s])));
                }
                root.out().println(row);
            }
        }
    }
}
