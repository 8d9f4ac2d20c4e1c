package raspc.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TorchEngineTest {
    @Test
    void everyCoreOnlyWhenWaitingThreadsSleep() {
        assertEquals(2, TorchEngine.defaultThreads("PASSIVE", 2));
        assertEquals(2, TorchEngine.defaultThreads(" passive ", 2));
        assertEquals(1, TorchEngine.defaultThreads("PASSIVE", 1));
        assertEquals(TorchEngine.MAX_DEFAULT_THREADS, TorchEngine.defaultThreads("PASSIVE", 64));
        // spinning waiters (OpenMP's default, or asked for) fight other processes for the cores
        assertEquals(1, TorchEngine.defaultThreads(null, 2));
        assertEquals(1, TorchEngine.defaultThreads("ACTIVE", 8));
    }
}
