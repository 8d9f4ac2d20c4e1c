package raspc.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import raspc.runtime.RuntimeUserException;

class DevicesTest {
    @Test
    void gpuWithoutGpuIsAUserError() {
        DeviceUnavailableException e = assertThrows(DeviceUnavailableException.class, () -> Devices.resolve(DeviceChoice.GPU, 0));
        assertTrue(e.getMessage().startsWith("a GPU was asked for, but no GPU is usable here"), e.getMessage());
        assertTrue(e instanceof RuntimeUserException);
        if (TorchEngine.get().getGpuCount() == 0) {
            assertThrows(DeviceUnavailableException.class, () -> Devices.resolve(DeviceChoice.GPU));
        }
    }

    @Test
    void autoAndCpu() {
        assertEquals(Device.cpu(), Devices.resolve(DeviceChoice.CPU, 1));
        assertEquals(Device.cpu(), Devices.resolve(DeviceChoice.AUTO, 0));
        assertEquals(Device.gpu(0), Devices.resolve(DeviceChoice.AUTO, 1));
        assertEquals(Device.gpu(0), Devices.resolve(DeviceChoice.GPU, 2));
    }

    @Test
    void unknownDeviceName() {
        RuntimeUserException e = assertThrows(RuntimeUserException.class, () -> DeviceChoice.parse("tpu"));
        assertTrue(e.getMessage().contains("cpu, gpu or auto"));
        assertEquals(DeviceChoice.GPU, DeviceChoice.parse("GPU"));
    }

    @Test
    void nativesComeFromTheMavenJarsOffline() throws Exception {
        Engine engine = TorchEngine.get();
        assertEquals("true", System.getProperty("ai.djl.offline"));
        assertEquals("2.5.1", engine.getVersion());
        assertEquals(1, ai.djl.pytorch.jni.JniUtils.getNumThreads(), "one intra-op thread by default");
        try (var m = ai.djl.ndarray.NDManager.newBaseManager(Device.cpu())) {
            NDArray x = m.create(new float[] {1, 2, 3});
            assertEquals(6f, x.sum().getFloat());
        }
        // the pytorch-native-cpu jar carries native/lib/pytorch.properties (version with its build date);
        // DJL extracts that jar into a cache folder named after it: a download would be named otherwise
        java.util.Properties jar = new java.util.Properties();
        try (var in = getClass().getClassLoader().getResourceAsStream("native/lib/pytorch.properties")) {
            jar.load(in);
        }
        String folder = jar.getProperty("version") + "-" + jar.getProperty("flavor") + "-" + jar.getProperty("classifier");
        String cache = System.getenv("DJL_CACHE_DIR") != null ? System.getenv("DJL_CACHE_DIR")
                : System.getProperty("user.home") + "/.djl.ai";
        Path natives = Path.of(System.getenv().getOrDefault("ENGINE_CACHE_DIR", cache), "pytorch", folder);
        assertTrue(Files.exists(natives.resolve("libtorch_cpu.so")), "natives extracted from the jar into " + natives);
    }
}
