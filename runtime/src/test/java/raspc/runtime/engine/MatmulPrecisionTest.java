package raspc.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MatmulPrecisionTest {
    @AfterEach
    void backToFloat32() {
        MatmulPrecision.FLOAT32.apply();
    }

    @Test
    void theSettingReachesPyTorchAndGoesBack() {
        TorchEngine.get();
        MatmulPrecision.BF16.apply();
        assertEquals(MatmulPrecision.BF16, MatmulPrecision.current());
        MatmulPrecision.FLOAT32.apply();
        assertEquals(MatmulPrecision.FLOAT32, MatmulPrecision.current());
    }

    /** Where the CPU has bf16 dot products, PyTorch then rounds the inputs: the product changes, and changes back. */
    @Test
    void bf16ChangesAProductOnACpuWithBf16() throws IOException {
        assumeTrue(cpuHasBf16(), "this CPU has neither AVX-512 BF16 nor AMX, so PyTorch keeps float32 products");
        try (NDManager manager = NDManager.newBaseManager(Device.cpu())) {
            float[] values = new float[64 * 64];
            for (int i = 0; i < values.length; i++) {
                values[i] = 1f + i * 1e-4f; // needs more than bf16's 8 significant bits
            }
            NDArray a = manager.create(values, new Shape(64, 64));
            float[] full = a.matMul(a).toFloatArray();
            MatmulPrecision.BF16.apply();
            float[] reduced = a.matMul(a).toFloatArray();
            MatmulPrecision.FLOAT32.apply();
            assertFalse(Arrays.equals(full, reduced), "bf16 inputs should change a float32 product");
            assertArrayEquals(full, a.matMul(a).toFloatArray());
        }
    }

    private static boolean cpuHasBf16() throws IOException {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (!Files.isReadable(cpuinfo)) {
            return false;
        }
        try (Stream<String> lines = Files.lines(cpuinfo)) {
            return lines.filter(l -> l.startsWith("flags")).findFirst()
                    .map(l -> l.contains(" avx512_bf16") || l.contains(" amx_bf16")).orElse(false);
        }
    }
}
