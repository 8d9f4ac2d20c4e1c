package raspc.runtime.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raspc.runtime.run.Json;
import raspc.runtime.run.RunFolder;

/**
 * Ctrl+C in a real process: training stops at a batch boundary, the best checkpoint is
 * evaluated, report.json is written with interrupted = true, and the process exits 0.
 */
class InterruptTest {
    @TempDir
    Path runs;

    @Test
    void sigintStopsTrainingAndWritesTheReport() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // env --default-signal undoes an inherited "ignore SIGINT" (background jobs), which the JVM would honour
        ProcessBuilder builder = new ProcessBuilder("env", "--default-signal=INT", java, "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), "-Dai.djl.offline=true", "-Dai.djl.pytorch.num_threads=1",
                InterruptibleTraining.class.getName(), runs.toString());
        builder.redirectErrorStream(true);
        Process process = builder.start();
        List<String> output = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            boolean sent = false;
            while ((line = out.readLine()) != null) {
                output.add(line);
                if (!sent && line.startsWith("epoch 2/")) {
                    new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
                    sent = true;
                }
            }
        }
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the process did not end");
        String transcript = String.join("\n", output);
        assertEquals(0, process.exitValue(), transcript);
        assertTrue(transcript.contains("interrupted: stopping after this batch"), transcript);
        assertTrue(transcript.contains("DONE interrupted=true"), transcript);

        Path run = runs.resolve("reverse_10").resolve("interrupted");
        JsonNode report = Json.mapper().readTree(run.resolve(RunFolder.REPORT).toFile());
        assertTrue(report.get("interrupted").asBoolean());
        assertEquals("interrupted", report.get("stop_reason").asText());
        assertTrue(report.get("epochs_completed").asInt() >= 2);
        assertTrue(report.get("splits").get("test").get("token_accuracy").isNumber());
        assertTrue(Files.exists(run.resolve(RunFolder.MODEL)));
    }
}
