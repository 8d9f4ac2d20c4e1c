package raspc.runtime.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import raspc.runtime.run.Json;

/**
 * The benchmark epoch in plain PyTorch ({@code bench/peers/pytorch_epoch.py}, carried in this
 * jar), run by a Python of the user's choosing (or {@link PeerPython}'s) so that raspc and PyTorch are timed side by side
 * on the same machine at the same moment.
 */
public final class PyTorchPeer {
    private static final String SCRIPT = "pytorch_epoch.py";
    /**
     * The variables the launcher set for raspc because the user had not (their names, separated
     * by spaces): raspc's own settings, which a plain PyTorch user's run would not have. The peer
     * runs without them: with the launcher's OMP_WAIT_POLICY=PASSIVE PyTorch's two intra-op
     * threads sleep between operations, which made the peer's 20,000-sample epoch 12% slower
     * (11.8 s against 10.4 s) and raspc's ratio look better than it was.
     */
    public static final String LAUNCHER_SET = "RASPC_LAUNCHER_SET";

    private PyTorchPeer() {}

    /** What the peer reported: training seconds, final running loss, its torch version and peak resident memory. */
    public record Result(double seconds, double loss, String torch, double peakResidentMiB) {}

    /** The peer's result, or why there is none (no such Python, no torch in it, a failure). */
    public record Outcome(Optional<Result> result, String failure) {
        static Outcome failed(String why) {
            return new Outcome(Optional.empty(), why);
        }
    }

    /**
     * Runs the peer's epoch on {@code samples} samples with {@code threads} intra-op threads, its
     * batches of 50 samples or, with {@code batchTokens > 0}, cut by that token budget (train --batch-tokens).
     */
    public static Outcome run(String python, int samples, int threads, int batchTokens)
            throws IOException, InterruptedException {
        return run(python, samples, threads, batchTokens, System.getenv());
    }

    /** {@link #run(String, int, int, int)} in {@code environment} (less what {@link #LAUNCHER_SET} names). */
    static Outcome run(String python, int samples, int threads, int batchTokens, Map<String, String> environment)
            throws IOException, InterruptedException {
        Path script = Files.createTempFile("raspc-peer", ".py");
        try {
            try (InputStream in = PyTorchPeer.class.getResourceAsStream(SCRIPT)) {
                if (in == null) {
                    throw new IllegalStateException(SCRIPT + " is missing from the raspc jar");
                }
                Files.write(script, in.readAllBytes());
            }
            Process process;
            try {
                List<String> command = new ArrayList<>(List.of(python, script.toString(), "--samples",
                        Integer.toString(samples), "--threads", Integer.toString(threads)));
                if (batchTokens > 0) {
                    command.addAll(List.of("--batch-tokens", Integer.toString(batchTokens)));
                }
                ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
                builder.environment().clear();
                builder.environment().putAll(plainPyTorch(environment));
                process = builder.start();
            } catch (IOException e) {
                return Outcome.failed(python + " cannot be started (" + e.getMessage() + ")");
            }
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int code = process.waitFor();
            return code == 0 ? parse(output) : Outcome.failed(python + " exited with " + code + ": " + lastLine(output));
        } finally {
            Files.deleteIfExists(script);
        }
    }

    /** {@code environment} without the variables the launcher set for raspc ({@link #LAUNCHER_SET}). */
    static Map<String, String> plainPyTorch(Map<String, String> environment) {
        Map<String, String> plain = new HashMap<>(environment);
        plain.remove(LAUNCHER_SET);
        launcherSet(environment).forEach(plain::remove);
        return plain;
    }

    /** The launcher's settings the peer runs without, as NAME=value, for the benchmark's output. */
    public static List<String> withheld(Map<String, String> environment) {
        List<String> out = new ArrayList<>();
        for (String name : launcherSet(environment)) {
            if (environment.containsKey(name)) {
                out.add(name + "=" + environment.get(name));
            }
        }
        return out;
    }

    private static List<String> launcherSet(Map<String, String> environment) {
        String names = environment.getOrDefault(LAUNCHER_SET, "").strip();
        return names.isEmpty() ? List.of() : List.of(names.split("\\s+"));
    }

    /** The result in the peer's output: its last line, one JSON object. */
    static Outcome parse(String output) {
        String line = lastLine(output);
        try {
            JsonNode json = Json.mapper().readTree(line);
            if (json == null || !json.hasNonNull("seconds")) {
                return Outcome.failed("the peer printed no result: " + line);
            }
            return new Outcome(Optional.of(new Result(json.get("seconds").asDouble(), json.path("loss").asDouble(Double.NaN),
                    json.path("torch").asText("?"), json.path("peak_rss_mib").asDouble(Double.NaN))), "");
        } catch (IOException e) {
            return Outcome.failed("the peer printed no result: " + line);
        }
    }

    private static String lastLine(String output) {
        List<String> lines = output.strip().lines().toList();
        return lines.isEmpty() ? "(no output)" : lines.get(lines.size() - 1);
    }
}
