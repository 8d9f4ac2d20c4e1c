package raspc.runtime.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Reading the figures the benchmark reports: peak memory from Linux, the peer's JSON line. */
class BenchFiguresTest {
    @Test
    void peakResidentMemoryIsTheVmHwmLineInBytes() {
        String status = "Name:\tjava\nVmPeak:\t 9000000 kB\nVmHWM:\t  123456 kB\nVmRSS:\t  100000 kB\n";
        assertEquals(OptionalLong.of(123456L * 1024), PeakMemory.parseStatus(status));
        assertEquals(OptionalLong.empty(), PeakMemory.parseStatus("Name:\tjava\n"));
    }

    @Test
    void thePeersResultIsItsLastLine() {
        PyTorchPeer.Outcome ok = PyTorchPeer.parse("a warning\n{\"seconds\": 2.5, \"samples\": 100, \"loss\": 3.25, "
                + "\"threads\": 1, \"torch\": \"2.13.0+cpu\", \"peak_rss_mib\": 372.5}\n");
        PyTorchPeer.Result r = ok.result().orElseThrow();
        assertEquals(2.5, r.seconds());
        assertEquals(3.25, r.loss());
        assertEquals("2.13.0+cpu", r.torch());
        assertEquals(372.5, r.peakResidentMiB());

        PyTorchPeer.Outcome traceback = PyTorchPeer.parse("Traceback ...\nModuleNotFoundError: No module named 'torch'\n");
        assertTrue(traceback.result().isEmpty());
        assertTrue(traceback.failure().contains("No module named 'torch'"), traceback.failure());
    }
}
