package raspc.runtime.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Which Python runs the PyTorch peer when the user names none: {@value #VARIABLE} if it is set,
 * then the repository's {@code .venv/bin/python}, then {@code python3} on the PATH, the first of
 * them that exists and imports torch. Every one passed over keeps its reason, so the benchmark
 * can say which interpreter it used, or why it skips the peer.
 */
public final class PeerPython {
    public static final String VARIABLE = "RASPC_PYTHON";
    /** Importing torch the first time (cold caches) can take a while on a loaded machine. */
    private static final int CHECK_SECONDS = 120;

    private PeerPython() {}

    /** A Python to try, and where it came from in words ("RASPC_PYTHON", "the repository's .venv"). */
    public record Candidate(Path python, String source) {
        @Override
        public String toString() {
            return python + " (" + source + ")";
        }
    }

    /** What the lookup found. */
    public sealed interface Choice {
        /** The Python to use, and why each candidate before it was passed over. */
        record Found(Candidate python, List<String> passedOver) implements Choice {}

        /** No candidate can run the peer: why not, one line per candidate. */
        record Missing(List<String> reasons) implements Choice {}
    }

    /** Whether a Python imports torch: empty when it does, else why not. */
    @FunctionalInterface
    public interface TorchCheck {
        Optional<String> problem(Path python);
    }

    /** The lookup with the real check: each candidate is asked to {@code import torch}. */
    public static Choice find(Map<String, String> environment, Path repository) {
        return find(environment, repository, PeerPython::importsTorch);
    }

    public static Choice find(Map<String, String> environment, Path repository, TorchCheck check) {
        List<String> passedOver = new ArrayList<>();
        for (Lookup lookup : lookups(environment, repository)) {
            if (lookup.candidate().isEmpty()) {
                passedOver.add(lookup.unresolved());
                continue;
            }
            Candidate c = lookup.candidate().get();
            Optional<String> problem = Files.isExecutable(c.python()) ? check.problem(c.python())
                    : Optional.of("no such executable");
            if (problem.isEmpty()) {
                return new Choice.Found(c, List.copyOf(passedOver));
            }
            passedOver.add(c + ": " + problem.get());
        }
        return new Choice.Missing(List.copyOf(passedOver));
    }

    /** One place to look: the Python it names, or why it names none (a bare name not on the PATH). */
    private record Lookup(Optional<Candidate> candidate, String unresolved) {}

    /** The places to look, in order; RASPC_PYTHON only where it is set. */
    private static List<Lookup> lookups(Map<String, String> environment, Path repository) {
        List<Lookup> out = new ArrayList<>();
        String named = environment.get(VARIABLE);
        if (named != null && !named.isBlank()) {
            out.add(new Lookup(onPath(named.strip(), environment).map(p -> new Candidate(p, VARIABLE)),
                    VARIABLE + "=" + named.strip() + ": not found on the PATH"));
        }
        out.add(new Lookup(Optional.of(new Candidate(repository.resolve(".venv/bin/python"), "the repository's .venv")), ""));
        out.add(new Lookup(onPath("python3", environment).map(p -> new Candidate(p, "python3 on the PATH")),
                "python3: not found on the PATH"));
        return out;
    }

    /** A name with a folder in it as it is; a bare name resolved on the PATH, as a shell would. */
    private static Optional<Path> onPath(String name, Map<String, String> environment) {
        if (name.contains(File.separator)) {
            return Optional.of(Path.of(name));
        }
        String path = environment.getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** Runs {@code python -c "import torch"}; its last output line is the reason when it fails. */
    static Optional<String> importsTorch(Path python) {
        Path log = null;
        try {
            // into a file, not a pipe: a pipe read to its end would wait out a hanging import
            log = Files.createTempFile("raspc-python", ".txt");
            Process p = new ProcessBuilder(python.toString(), "-c", "import torch").redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            p.getOutputStream().close();
            if (!p.waitFor(CHECK_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.of("importing torch took more than " + CHECK_SECONDS + " s");
            }
            if (p.exitValue() == 0) {
                return Optional.empty();
            }
            List<String> lines = Files.readString(log, StandardCharsets.UTF_8).strip().lines().toList();
            return Optional.of("cannot import torch (" + (lines.isEmpty() ? "exit code " + p.exitValue()
                    : lines.get(lines.size() - 1)) + ")");
        } catch (IOException e) {
            return Optional.of("cannot be started (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while importing torch");
        } finally {
            deleteQuietly(log);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a leftover file in the temporary folder is harmless
            }
        }
    }
}
