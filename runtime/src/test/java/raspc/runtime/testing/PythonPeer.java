package raspc.runtime.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Python with torch that tests compare raspc against: {@code RASPC_PYTHON} if set, else the
 * repository's {@code .venv/bin/python}. A test that needs one and finds none is skipped (a JUnit
 * assumption) with a message saying how to provide it, so machines without torch still build.
 */
public final class PythonPeer {
    private final Path python;
    private final Path repoRoot;

    private PythonPeer(Path python, Path repoRoot) {
        this.python = python;
        this.repoRoot = repoRoot;
    }

    /** The peer, or a skipped test when there is no Python with torch and numpy. */
    public static PythonPeer require() {
        Path root = repoRoot();
        String named = System.getenv("RASPC_PYTHON");
        Path python = named != null && !named.isBlank() ? Path.of(named) : root.resolve(".venv/bin/python");
        assumeTrue(Files.isExecutable(python), "skipped: no Python peer at " + python
                + " (set RASPC_PYTHON, or: python3 -m venv .venv && .venv/bin/pip install torch numpy)");
        PythonPeer peer = new PythonPeer(python, root);
        Result probe = peer.run(List.of("-c", "import torch, numpy"), 120);
        assumeTrue(probe.code() == 0, "skipped: " + python + " cannot import torch and numpy: " + probe.output());
        return peer;
    }

    /** The folder above the modules, the one holding examples/. */
    public static Path repoRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("examples/pytorch"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no examples/pytorch above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    /** The Python executable itself. */
    public Path python() {
        return python;
    }

    public Path script(String relative) {
        return repoRoot.resolve(relative);
    }

    /** What a script printed (stdout and stderr together) and its exit code. */
    public record Result(int code, String output) {}

    /** Runs {@code python ARGS...} and waits at most {@code seconds}. */
    public Result run(List<String> args, int seconds) {
        List<String> command = new ArrayList<>();
        command.add(python.toString());
        command.addAll(args);
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Result(-1, "timed out after " + seconds + " s");
            }
            return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Result(-1, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        }
    }
}
