package raspc.runtime.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import raspc.runtime.run.Json;

/**
 * The benchmark epoch in plain PyTorch ({@code bench/peers/pytorch_epoch.py}, carried in this
 * jar), run by a Python of the user's choosing (or {@link PeerPython}'s) so that raspc and PyTorch are timed side by side
 * on the same machine at the same moment.
 */
public final class PyTorchPeer {
    private static final String SCRIPT = "pytorch_epoch.py";

    private PyTorchPeer() {}

    /** What the peer reported: training seconds, final running loss, its torch version and peak resident memory. */
    public record Result(double seconds, double loss, String torch, double peakResidentMiB) {}

    /** The peer's result, or why there is none (no such Python, no torch in it, a failure). */
    public record Outcome(Optional<Result> result, String failure) {
        static Outcome failed(String why) {
            return new Outcome(Optional.empty(), why);
        }
    }

    /** Runs the peer's epoch on {@code samples} samples with {@code threads} intra-op threads. */
    public static Outcome run(String python, int samples, int threads) throws IOException, InterruptedException {
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
                process = new ProcessBuilder(List.of(python, script.toString(), "--samples", Integer.toString(samples),
                        "--threads", Integer.toString(threads))).redirectErrorStream(true).start();
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
