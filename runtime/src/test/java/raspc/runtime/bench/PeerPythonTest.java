package raspc.runtime.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The order in which the benchmark looks for the peer's Python: RASPC_PYTHON, the repository's
 * .venv, python3 on the PATH; the first that imports torch wins, and every one passed over says why.
 * The Pythons here are shell scripts that pass or fail {@code python -c "import torch"}.
 */
class PeerPythonTest {
    private static final String WITH_TORCH = "#!/bin/sh\nexit 0\n";
    private static final String WITHOUT_TORCH = "#!/bin/sh\necho 'Traceback (most recent call last):' >&2\n"
            + "echo \"ModuleNotFoundError: No module named 'torch'\" >&2\nexit 1\n";

    @TempDir
    Path dir;

    private Path repository() throws IOException {
        return Files.createDirectories(dir.resolve("repo"));
    }

    private Path venvPython(String script) throws IOException {
        return executable(repository().resolve(".venv/bin/python"), script);
    }

    /** A folder holding a python3 of {@code script}, for the PATH. */
    private Path pathWithPython3(String script) throws IOException {
        Path bin = dir.resolve("bin");
        executable(bin.resolve("python3"), script);
        return bin;
    }

    private static Path executable(Path file, String script) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, script);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    private static Map<String, String> environment(String raspcPython, Path path) {
        Map<String, String> env = new HashMap<>();
        if (raspcPython != null) {
            env.put(PeerPython.VARIABLE, raspcPython);
        }
        env.put("PATH", path.toString());
        return env;
    }

    private static PeerPython.Choice.Found found(PeerPython.Choice choice) {
        return assertInstanceOf(PeerPython.Choice.Found.class, choice, () -> choice.toString());
    }

    @Test
    void raspcPythonComesFirst() throws IOException {
        Path named = executable(dir.resolve("named/python"), WITH_TORCH);
        venvPython(WITH_TORCH);
        PeerPython.Choice.Found f = found(PeerPython.find(environment(named.toString(), pathWithPython3(WITH_TORCH)),
                repository()));
        assertEquals(new PeerPython.Candidate(named, PeerPython.VARIABLE), f.python());
        assertEquals(List.of(), f.passedOver());
    }

    @Test
    void theRepositorysVenvComesNextWhenRaspcPythonHasNoTorch() throws IOException {
        Path named = executable(dir.resolve("named/python"), WITHOUT_TORCH);
        Path venv = venvPython(WITH_TORCH);
        PeerPython.Choice.Found f = found(PeerPython.find(environment(named.toString(), pathWithPython3(WITH_TORCH)),
                repository()));
        assertEquals(new PeerPython.Candidate(venv, "the repository's .venv"), f.python());
        assertEquals(List.of(named + " (RASPC_PYTHON): cannot import torch (ModuleNotFoundError: No module named 'torch')"),
                f.passedOver());
    }

    @Test
    void python3OnThePathComesLast() throws IOException {
        Path bin = pathWithPython3(WITH_TORCH);
        PeerPython.Choice.Found f = found(PeerPython.find(environment(null, bin), repository()));
        assertEquals(new PeerPython.Candidate(bin.resolve("python3"), "python3 on the PATH"), f.python());
        assertEquals(List.of(repository().resolve(".venv/bin/python") + " (the repository's .venv): no such executable"),
                f.passedOver());
    }

    @Test
    void aBareRaspcPythonIsLookedUpOnThePath() throws IOException {
        Path bin = pathWithPython3(WITHOUT_TORCH);
        Path named = executable(bin.resolve("python3.12"), WITH_TORCH);
        PeerPython.Choice.Found f = found(PeerPython.find(environment("python3.12", bin), repository()));
        assertEquals(named, f.python().python());
    }

    @Test
    void withoutAnyPythonWithTorchEveryCandidateSaysWhy() throws IOException {
        venvPython(WITHOUT_TORCH);
        PeerPython.Choice choice = PeerPython.find(environment("python9", dir.resolve("empty")), repository());
        PeerPython.Choice.Missing missing = assertInstanceOf(PeerPython.Choice.Missing.class, choice);
        List<String> reasons = missing.reasons();
        assertEquals(3, reasons.size(), reasons.toString());
        assertEquals("RASPC_PYTHON=python9: not found on the PATH", reasons.get(0));
        assertTrue(reasons.get(1).contains(".venv") && reasons.get(1).contains("No module named 'torch'"), reasons.get(1));
        assertEquals("python3: not found on the PATH", reasons.get(2));
    }
}
