package raspc.repl;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import raspc.compiler.bench.DatasetBenchmark;
import raspc.compiler.bench.EvalBenchmark;
import raspc.compiler.task.TaskFolders;
import raspc.runtime.bench.PeerPython;
import raspc.runtime.bench.PyTorchPeer;
import raspc.runtime.bench.TrainBenchmark;
import raspc.runtime.engine.DeviceChoice;
import raspc.runtime.engine.MatmulPrecision;
import raspc.runtime.engine.TorchEngine;
import raspc.runtime.progress.ConsoleProgress;
import raspc.runtime.train.TrainingListener;

/**
 * {@code raspc bench}: how fast the reference evaluator runs the benchmark programs, or with
 * {@code --train} how fast one training epoch runs, beside the same epoch in plain PyTorch.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Measure the RASP evaluator: evaluations per second of each benchmark program.",
                "The programs are reverse, hist, sort and a Dyck-2 recogniser, on random inputs of length 100.",
                "With --train: seconds per training epoch (" + TrainBenchmark.SETTING + "), raspc and then,",
                "when the Python has torch, the same epoch in plain PyTorch (bench/peers/pytorch_epoch.py), and the ratio;",
                "then the evaluator's and dataset generation's figures (" + DatasetBenchmark.YARDSTICK + ")."})
public final class BenchCommand implements Callable<Integer> {
    private final RaspcCommand root;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "3",
            description = "Measuring time per program, after a warm-up (default: ${DEFAULT-VALUE}; with --train too).")
    private double seconds;

    @Option(names = "--train", description = "Time a training epoch instead, beside plain PyTorch.")
    private boolean train;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "50000",
            description = "Training samples of the epoch (default: ${DEFAULT-VALUE}, the benchmark's size).")
    private int samples;

    @Option(names = "--python", paramLabel = "PATH",
            description = "The Python with torch that runs the peer (default: the first that imports torch of "
                    + "$RASPC_PYTHON, the repository's .venv/bin/python, python3 on the PATH).")
    private String python;

    @Option(names = "--no-peer", description = "Time raspc only.")
    private boolean noPeer;

    @Option(names = "--threads", paramLabel = "N",
            description = "Intra-op threads of both (default: raspc's, every core up to 4 under the launcher's "
                    + "OMP_WAIT_POLICY=PASSIVE, else 1).")
    private Integer threads;

    @Option(names = "--bf16", description = "Also time raspc with bf16 matmuls (train --bf16), and show its loss beside float32's.")
    private boolean bf16;

    @Option(names = "--dataset-samples", paramLabel = "N", defaultValue = "50000",
            description = "With --train: samples of the dataset-generation line (default: ${DEFAULT-VALUE}, the yardstick).")
    private int datasetSamples;

    @Option(names = "--batch-tokens", paramLabel = "N",
            description = "With --train: cut batches by a token budget of N (train --batch-tokens), in raspc and the peer alike.")
    private Integer batchTokens;

    @Option(names = "--train-only", description = "With --train: skip the evaluator and dataset-generation lines.")
    private boolean trainOnly;

    @Mixin
    private EngineOptions engine;

    public BenchCommand(RaspcCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!(seconds > 0)) {
            throw new UserError("bench: --seconds must be positive, got " + seconds);
        }
        return train ? trainBenchmark() : evalBenchmark();
    }

    private int evalBenchmark() {
        printEvaluator(root.out(), "RASP evaluation benchmark", "");
        return ExitCode.OK;
    }

    /** The evaluator's figures, a line per program as it finishes, under {@code title}. */
    private void printEvaluator(PrintWriter out, String title, String indent) {
        out.println(title + " (random inputs of length 100, " + seconds + " s each)" + (indent.isEmpty() ? "" : ":"));
        out.flush();
        for (EvalBenchmark.Result result : EvalBenchmark.run(seconds)) {
            out.println(indent + result);
            out.flush();
        }
    }

    private int trainBenchmark() throws IOException, InterruptedException {
        OptionChecks.atLeast("--samples", samples, 1);
        OptionChecks.atLeast("--threads", threads, 1);
        OptionChecks.atLeast("--dataset-samples", datasetSamples, 1);
        OptionChecks.atLeast("--batch-tokens", batchTokens, 1);
        int tokens = batchTokens != null ? batchTokens : 0;
        int threads = this.threads != null ? this.threads : TorchEngine.defaultThreads();
        DeviceChoice device = engine.start();
        PrintWriter out = root.out();
        if (!TorchEngine.threads(threads)) {
            out.println("note: PyTorch was already loaded in this session; raspc keeps its thread count");
        }
        out.printf(Locale.ROOT, "training benchmark: %s; %d samples on %s, %d intra-op thread(s)%n",
                TrainBenchmark.setting(tokens), samples, engine.deviceText(), threads);
        out.printf(Locale.ROOT, "machine: %s, %d cores; load average %.2f; %s=%s, MKL_CBWR=%s, GLIBC_TUNABLES %s%n",
                TrainBenchmark.cpuModel(), Runtime.getRuntime().availableProcessors(), TrainBenchmark.loadAverage(),
                TorchEngine.OMP_WAIT_POLICY, System.getenv().getOrDefault(TorchEngine.OMP_WAIT_POLICY, "unset"),
                System.getenv().getOrDefault("MKL_CBWR", "unset"), System.getenv("GLIBC_TUNABLES") != null ? "set" : "unset");
        out.flush();
        TrainingListener listener = System.console() != null ? ConsoleProgress.forStandardOutput() : TrainingListener.SILENT;
        List<Timed> timed = new ArrayList<>();
        timed.add(new Timed("raspc", TrainBenchmark.run(device, samples, MatmulPrecision.FLOAT32, tokens, listener)));
        print(out, timed.get(0));
        if (bf16) {
            timed.add(new Timed("raspc --bf16", TrainBenchmark.run(device, samples, MatmulPrecision.BF16, tokens, listener)));
            MatmulPrecision.FLOAT32.apply();
            print(out, timed.get(1));
            TrainBenchmark.Result full = timed.get(0).result();
            TrainBenchmark.Result reduced = timed.get(1).result();
            out.printf(Locale.ROOT, "bf16 matmuls: %.2fx the speed of float32; train loss %+.6f, token accuracy %+.3f points%n",
                    full.trainSeconds() / reduced.trainSeconds(), reduced.loss() - full.loss(),
                    100 * (reduced.tokenAccuracy() - full.tokenAccuracy()));
        }
        if (!noPeer) {
            peer(out, timed, threads, tokens);
        }
        if (!trainOnly) {
            // the yardsticks beside training, so that one run shows none of them got slower
            evaluatorAndDataset(out);
        }
        out.printf(Locale.ROOT, "load average after: %.2f%n", TrainBenchmark.loadAverage());
        return ExitCode.OK;
    }

    private void evaluatorAndDataset(PrintWriter out) throws IOException {
        printEvaluator(out, "RASP evaluator", "  ");
        int cores = Runtime.getRuntime().availableProcessors();
        Path file = Files.createTempFile("raspc-bench", ".jsonl");
        try {
            DatasetBenchmark.Result r = DatasetBenchmark.run(DatasetBenchmark.YARDSTICK, datasetSamples, cores, file);
            out.println("dataset: " + r);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** One raspc timing and what it is called in the output. */
    private record Timed(String label, TrainBenchmark.Result result) {}

    private void print(PrintWriter out, Timed t) {
        TrainBenchmark.Result r = t.result();
        out.printf(Locale.ROOT, "%-12s %7.2f s per epoch (%5.0f samples/s), train loss %.4f, token accuracy %.2f%%%s%n", t.label(),
                r.trainSeconds(), samples / r.trainSeconds(), r.loss(), 100 * r.tokenAccuracy(), r.peakResidentBytes().stream()
                        .mapToObj(b -> String.format(Locale.ROOT, ", peak resident %d MiB", b >> 20)).findFirst().orElse(""));
        out.flush();
    }

    private void peer(PrintWriter out, List<Timed> timed, int threads, int tokens) throws IOException, InterruptedException {
        if (engine.start() != DeviceChoice.CPU) {
            out.println("PyTorch  not run: the peer runs on the CPU only");
            return;
        }
        Optional<String> chosen = peerPython(out);
        if (chosen.isEmpty()) {
            return;
        }
        List<String> withheld = PyTorchPeer.withheld(System.getenv());
        if (!withheld.isEmpty()) {
            out.println("PyTorch runs with its own defaults, without the launcher's " + String.join(", ", withheld));
        }
        PyTorchPeer.Outcome outcome = PyTorchPeer.run(chosen.get(), samples, threads, tokens);
        if (outcome.result().isEmpty()) {
            out.println("PyTorch  not run: " + outcome.failure());
            return;
        }
        PyTorchPeer.Result torch = outcome.result().get();
        out.printf(Locale.ROOT, "%-12s %7.2f s per epoch (%5.0f samples/s), train loss %.4f, peak resident %.0f MiB (torch %s)%n",
                "PyTorch", torch.seconds(), samples / torch.seconds(), torch.loss(), torch.peakResidentMiB(), torch.torch());
        for (Timed t : timed) {
            out.printf(Locale.ROOT, "%s is %.2fx as fast as PyTorch%n", t.label(), torch.seconds() / t.result().trainSeconds());
        }
    }

    /** The Python that runs the peer, said aloud; empty (and why, said too) when there is none. */
    private Optional<String> peerPython(PrintWriter out) {
        if (python != null) {
            out.println("PyTorch peer: " + python + " (--python)");
            return Optional.of(python);
        }
        return switch (PeerPython.find(System.getenv(), repository())) {
            case PeerPython.Choice.Found found -> {
                found.passedOver().forEach(reason -> out.println("  passed over " + reason));
                out.println("PyTorch peer: " + found.python());
                yield Optional.of(found.python().python().toString());
            }
            case PeerPython.Choice.Missing missing -> {
                out.println("PyTorch  not run: no Python with torch; tried");
                missing.reasons().forEach(reason -> out.println("  " + reason));
                out.println("  (name one with --python or " + PeerPython.VARIABLE
                        + ", or: python3 -m venv .venv && .venv/bin/pip install torch)");
                yield Optional.empty();
            }
        };
    }

    /** The repository raspc runs from (the folder of its bundled languages/), else the working directory. */
    private static Path repository() {
        Path languages = TaskFolders.bundled();
        return languages != null && languages.getParent() != null ? languages.getParent() : Path.of("").toAbsolutePath();
    }
}
