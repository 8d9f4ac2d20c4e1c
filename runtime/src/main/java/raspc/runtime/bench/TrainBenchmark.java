package raspc.runtime.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.stream.Stream;
import raspc.runtime.data.HeadId;
import raspc.runtime.data.EncodedSample;
import raspc.runtime.data.TaskData;
import raspc.runtime.engine.DeviceChoice;
import raspc.runtime.engine.MatmulPrecision;
import raspc.runtime.progress.ConsoleProgress;
import raspc.runtime.run.EpochMetrics;
import raspc.runtime.run.Json;
import raspc.runtime.train.TrainOptions;
import raspc.runtime.train.TrainResult;
import raspc.runtime.train.TrainingListener;
import raspc.runtime.train.TrainingSession;

/**
 * Training speed on the setting the original PyTorch code was timed on: reverse over 26 symbols,
 * lengths 1..100, 50,000 training samples, 2 layers x 1 head, d = 50, ff = 100, batch 50, one
 * epoch. (The original takes 274 s for this epoch on a 2-core machine.)
 *
 * <p>Run: {@code raspc bench --train} (beside a plain-PyTorch peer), or
 * {@code java -cp <runtime classpath> raspc.runtime.bench.TrainBenchmark [device] [samples] [float32|bf16]}
 */
public final class TrainBenchmark {
    /** The benchmark's training split: the size the original was timed on. */
    public static final int SAMPLES = 50_000;
    /** The setting, in words, for the benchmark's output. */
    private static final String TASK_AND_MODEL = "reverse_26, lengths 1..100, L2 H1 d50 ff100";
    public static final String SETTING = TASK_AND_MODEL + ", batch 50, one epoch";

    private TrainBenchmark() {}

    /** The setting of a run whose batches are cut by {@code batchTokens} tokens (0: {@link #SETTING}). */
    public static String setting(int batchTokens) {
        return batchTokens > 0 ? TASK_AND_MODEL + ", batches of up to " + batchTokens + " tokens, one epoch" : SETTING;
    }

    /**
     * One epoch's figures.
     *
     * @param trainSeconds the training pass alone (validation excluded), as samples / samples per second
     * @param peakResidentBytes the process's peak resident memory by the end, when the system says
     */
    public record Result(int samples, double trainSeconds, double loss, double tokenAccuracy,
            OptionalLong peakResidentBytes) {}

    public static void main(String[] args) throws Exception {
        DeviceChoice device = args.length > 0 ? DeviceChoice.parse(args[0]) : DeviceChoice.CPU;
        int samples = args.length > 1 ? Integer.parseInt(args[1]) : SAMPLES;
        System.out.printf(Locale.ROOT, "%s, %d training samples on %s; %d cores; load average %.2f%n", SETTING, samples,
                device, Runtime.getRuntime().availableProcessors(), loadAverage());
        TrainingListener listener = System.console() != null ? ConsoleProgress.forStandardOutput() : TrainingListener.SILENT;
        MatmulPrecision precision = args.length > 2 ? MatmulPrecision.valueOf(args[2].toUpperCase(Locale.ROOT))
                : MatmulPrecision.FLOAT32;
        Result r = run(device, samples, precision, 0, listener);
        System.out.printf(Locale.ROOT, "training: %.0f samples/s, %.1f s per epoch; train loss %.6f, token accuracy %.2f%%%s%n",
                r.samples() / r.trainSeconds(), r.trainSeconds(), r.loss(), 100 * r.tokenAccuracy(),
                r.peakResidentBytes().stream().mapToObj(b -> String.format(Locale.ROOT, "; peak resident %d MiB", b >> 20))
                        .findFirst().orElse(""));
        System.out.printf(Locale.ROOT, "load average after: %.2f%n", loadAverage());
    }

    /**
     * Trains the benchmark epoch on {@code samples} training samples (validation on 1,000) in a
     * temporary runs folder, with matrix products at {@code precision} (left set afterwards), its
     * batches of 50 samples or, with {@code batchTokens > 0}, cut by that token budget.
     */
    public static Result run(DeviceChoice device, int samples, MatmulPrecision precision, int batchTokens,
            TrainingListener listener) throws IOException {
        if (samples < 1) {
            throw new IllegalArgumentException("the benchmark needs at least 1 sample, got " + samples);
        }
        precision.apply();
        Path runs = Files.createTempDirectory("raspc-bench");
        try {
            TaskData task = new BenchReverse(26, 100, samples, 1000);
            TrainOptions options = new TrainOptions().layers(2).heads(1).dim(50).ff(100).batchSize(50).epochs(1).seed(1)
                    .device(device).runsRoot(runs).lengthGeneralisationSamples(0).handleCtrlC(false).batchTokens(batchTokens);
            TrainResult result = TrainingSession.train(task, options, listener);
            String first = Files.readAllLines(result.runDir().resolve("metrics.jsonl")).get(0);
            EpochMetrics epoch = Json.mapper().readValue(first, EpochMetrics.class);
            return new Result(samples, samples / epoch.samplesPerSecond(), epoch.trainLoss(), epoch.trainTokenAccuracy(),
                    PeakMemory.residentBytes());
        } finally {
            deleteTree(runs);
        }
    }

    /** The system's one-minute load average (negative where it has none). */
    public static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** The CPU's model name as Linux reports it, or the JVM's architecture name elsewhere. */
    public static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst().orElse(System.getProperty("os.arch"));
        } catch (IOException | UncheckedIOException e) {
            return System.getProperty("os.arch");
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Reverse with uniform lengths and tokens, generated here so the benchmark needs no compiler module. */
    private static final class BenchReverse implements TaskData {
        private final int alphabet;
        private final int maxLength;
        private final int trainSize;
        private final int evalSize;
        private final List<String> vocab = new ArrayList<>();

        BenchReverse(int alphabet, int maxLength, int trainSize, int evalSize) {
            this.alphabet = alphabet;
            this.maxLength = maxLength;
            this.trainSize = trainSize;
            this.evalSize = evalSize;
            vocab.add("§");
            for (int i = 0; i < alphabet; i++) {
                vocab.add(String.valueOf((char) ('a' + i)));
            }
        }

        @Override public String name() { return "reverse_" + alphabet; }
        @Override public List<String> inputVocab() { return vocab; }
        @Override public List<String> outputVocab() { return vocab; }
        @Override public int padId() { return 0; }
        @Override public boolean hasBos() { return false; }
        @Override public int maxLength() { return maxLength; }
        @Override public List<HeadId> supervisedHeads() { return List.of(); }
        @Override public int plannedLayers() { return 2; }
        @Override public int plannedHeads() { return 1; }

        @Override
        public List<EncodedSample> split(String name) {
            return switch (name) {
                case "train" -> generate(trainSize, 1);
                case "valid" -> generate(evalSize, 2);
                default -> generate(evalSize, 3);
            };
        }

        @Override
        public Optional<List<EncodedSample>> freshSamples(int count, int minLen, int maxLen, long seed) {
            return Optional.empty();
        }

        private List<EncodedSample> generate(int count, long seed) {
            Random random = new Random(seed);
            List<EncodedSample> samples = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int n = 1 + random.nextInt(maxLength);
                int[] in = new int[n];
                int[] out = new int[n];
                for (int j = 0; j < n; j++) {
                    in[j] = 1 + random.nextInt(alphabet);
                }
                for (int j = 0; j < n; j++) {
                    out[j] = in[n - 1 - j];
                }
                samples.add(new EncodedSample(in, out));
            }
            return samples;
        }
    }
}
