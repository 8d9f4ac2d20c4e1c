package raspc.runtime.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import raspc.runtime.testing.PythonPeer;

/**
 * The peer's peak resident memory is its own: Linux keeps ru_maxrss across exec, so a peer
 * started by a JVM holding more memory than it ever uses once reported the JVM's peak instead.
 * Skipped when there is no Python with torch.
 */
class PyTorchPeerMemoryTest {
    @Test
    void thePeerReportsItsOwnPeakNotTheJvms() throws Exception {
        PythonPeer python = PythonPeer.require();
        // a parent well above what a 60-sample epoch of the peer needs (~300-400 MiB)
        byte[] held = new byte[1024 << 20];
        Arrays.fill(held, (byte) 1);
        PyTorchPeer.Outcome outcome = PyTorchPeer.run(python.python().toString(), 60, 1, 0);
        assertTrue(outcome.result().isPresent(), outcome.failure());
        double peak = outcome.result().get().peakResidentMiB();
        assertTrue(peak < 800, "the peer reported " + peak + " MiB, the size of the JVM that started it");
        assertTrue(held[held.length - 1] == 1); // keeps the array alive until the peer has run
    }
}
