package raspc.runtime.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import raspc.runtime.data.HeadId;
import raspc.runtime.data.Sample;
import raspc.runtime.data.TaskData;
import raspc.runtime.engine.DeviceChoice;
import raspc.runtime.progress.ConsoleProgress;
import raspc.runtime.run.EpochMetrics;
import raspc.runtime.train.TrainOptions;
import raspc.runtime.train.TrainResult;
import raspc.runtime.train.TrainingListener;
import raspc.runtime.train.TrainingSession;

/**
 * Training speed on the setting the original PyTorch code was timed on: reverse over 26 symbols,
 * lengths 1..100, 50,000 training samples, 2 layers x 1 head, d = 50, ff = 100, batch 50, one
 * epoch. (The original takes 274 s for this epoch on a 2-core machine.)
 *
 * <p>Run: {@code java -cp <runtime classpath> raspc.runtime.bench.TrainBenchmark [device] [samples]}
 */
public final class TrainBenchmark {
    private TrainBenchmark() {}

    public static void main(String[] args) throws Exception {
        DeviceChoice device = args.length > 0 ? DeviceChoice.parse(args[0]) : DeviceChoice.CPU;
        int samples = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        Path runs = Files.createTempDirectory("raspc-bench");
        TaskData task = new BenchReverse(26, 100, samples, 1000);
        TrainOptions options = new TrainOptions().layers(2).heads(1).dim(50).ff(100).batchSize(50).epochs(1).seed(1)
                .device(device).runsRoot(runs).lengthGeneralisationSamples(0).handleCtrlC(false);
        System.out.printf(Locale.ROOT, "reverse_26, lengths 1..100, %d training samples, L2 H1 d50 ff100, batch 50, "
                + "one epoch on %s; %d cores; load average %.2f%n", samples, device, Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        TrainingListener listener = System.console() != null ? ConsoleProgress.forStandardOutput() : TrainingListener.SILENT;
        TrainResult result = TrainingSession.train(task, options, listener);
        List<EpochMetrics> lines = new ArrayList<>();
        for (String line : Files.readAllLines(result.runDir().resolve("metrics.jsonl"))) {
            lines.add(raspc.runtime.run.Json.mapper().readValue(line, EpochMetrics.class));
        }
        EpochMetrics epoch = lines.get(0);
        System.out.printf(Locale.ROOT, "training: %.0f samples/s, %.1f s per epoch (%.1f s with validation); "
                + "train loss %.6f, token accuracy %.2f%%%n", epoch.samplesPerSecond(), samples / epoch.samplesPerSecond(),
                epoch.seconds(), epoch.trainLoss(), 100 * epoch.trainTokenAccuracy());
        System.out.printf(Locale.ROOT, "load average after: %.2f%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
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
        public List<Sample> split(String name) {
            return switch (name) {
                case "train" -> generate(trainSize, 1);
                case "valid" -> generate(evalSize, 2);
                default -> generate(evalSize, 3);
            };
        }

        @Override
        public Optional<List<Sample>> freshSamples(int count, int minLen, int maxLen, long seed) {
            return Optional.empty();
        }

        private List<Sample> generate(int count, long seed) {
            Random random = new Random(seed);
            List<Sample> samples = new ArrayList<>(count);
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
                samples.add(new Sample(in, out));
            }
            return samples;
        }
    }
}
