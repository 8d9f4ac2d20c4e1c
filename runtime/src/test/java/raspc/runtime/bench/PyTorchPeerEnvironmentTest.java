package raspc.runtime.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The peer is plain PyTorch: the settings the launcher made for raspc (OMP_WAIT_POLICY=PASSIVE,
 * MKL_CBWR) are not passed on to it, the user's own settings are. With the launcher's
 * OMP_WAIT_POLICY the peer's intra-op threads slept between operations and its epoch took 12%
 * longer than PyTorch's default, which made raspc's ratio look better than it was.
 */
class PyTorchPeerEnvironmentTest {
    @TempDir
    Path dir;

    @Test
    void thePeerRunsWithoutWhatTheLauncherSet() throws Exception {
        Map<String, String> environment = launched("MKL_CBWR OMP_WAIT_POLICY");
        PyTorchPeer.Outcome outcome = PyTorchPeer.run(echoingPython().toString(), 10, 2, 0, environment);
        assertTrue(outcome.result().isPresent(), outcome.failure());
        assertEquals("wait=unset cbwr=unset marker=unset", outcome.result().get().torch());
    }

    @Test
    void theUsersOwnSettingsReachThePeer() throws Exception {
        // the user set OMP_WAIT_POLICY before starting raspc: the launcher set only MKL_CBWR
        Map<String, String> environment = launched("MKL_CBWR");
        PyTorchPeer.Outcome outcome = PyTorchPeer.run(echoingPython().toString(), 10, 2, 0, environment);
        assertTrue(outcome.result().isPresent(), outcome.failure());
        assertEquals("wait=PASSIVE cbwr=unset marker=unset", outcome.result().get().torch());
    }

    @Test
    void withoutTheLauncherNothingIsWithheld() {
        Map<String, String> environment = new HashMap<>(Map.of("OMP_WAIT_POLICY", "PASSIVE", "PATH", "/usr/bin"));
        assertEquals(environment, PyTorchPeer.plainPyTorch(environment));
        assertTrue(PyTorchPeer.withheld(environment).isEmpty());
    }

    @Test
    void theBenchmarkSaysWhatItWithheld() {
        Map<String, String> environment = launched("MKL_CBWR OMP_WAIT_POLICY");
        assertEquals(List.of("MKL_CBWR=AUTO", "OMP_WAIT_POLICY=PASSIVE"), PyTorchPeer.withheld(environment));
        Map<String, String> plain = PyTorchPeer.plainPyTorch(environment);
        assertFalse(plain.containsKey("OMP_WAIT_POLICY") || plain.containsKey("MKL_CBWR")
                || plain.containsKey(PyTorchPeer.LAUNCHER_SET));
        assertEquals("/usr/bin:/bin", plain.get("PATH"));
    }

    /** An environment as the launcher leaves it, having set the variables {@code setHere} names. */
    private static Map<String, String> launched(String setHere) {
        Map<String, String> environment = new HashMap<>();
        environment.put("PATH", "/usr/bin:/bin");
        environment.put("MKL_CBWR", "AUTO");
        environment.put("OMP_WAIT_POLICY", "PASSIVE");
        environment.put(PyTorchPeer.LAUNCHER_SET, setHere);
        return environment;
    }

    /** A stand-in for Python that reports, as its torch version, the variables it was started with. */
    private Path echoingPython() throws Exception {
        Path script = dir.resolve("python");
        Files.writeString(script, """
                #!/bin/sh
                echo "{\\"seconds\\": 1.0, \\"loss\\": 0.5, \\"peak_rss_mib\\": 1, \\"torch\\": \\"wait=${OMP_WAIT_POLICY:-unset} \
                cbwr=${MKL_CBWR:-unset} marker=${RASPC_LAUNCHER_SET:-unset}\\"}"
                """);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }
}
