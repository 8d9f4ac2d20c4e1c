package raspc.runtime.engine;

import com.sun.jna.Function;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import raspc.runtime.RuntimeUserException;

/**
 * PyTorch's float32 matmul precision ({@code torch.set_float32_matmul_precision}), which DJL does
 * not expose. {@link #BF16} lets PyTorch compute float32 matrix products with bfloat16 inputs and
 * float32 accumulation (oneDNN on CPUs with AVX-512 BF16 or AMX, TF32/bf16 on CUDA); the
 * parameters, their gradients and everything outside the products stay float32. DJL's own
 * bfloat16 arrays are not an option: its PyTorch JNI aborts the process on a cast to bfloat16.
 *
 * <p>The setting lives in PyTorch's process-wide context, reached through JNA (which DJL brings)
 * on the loaded {@code libtorch_cpu.so}'s exported C++ symbols; a member function takes the
 * object as its first argument, so a plain C call reaches it. It can change at any time.
 */
public enum MatmulPrecision {
    /** Full float32 products (PyTorch's "highest", its default). */
    FLOAT32(0),
    /** bfloat16 inputs, float32 accumulation (PyTorch's "medium"). */
    BF16(2);

    private static final String CONTEXT = "_ZN2at13globalContextEv";
    private static final String SET = "_ZN2at7Context25setFloat32MatmulPrecisionENS_22Float32MatmulPrecisionE";
    private static final String GET = "_ZNK2at7Context22float32MatmulPrecisionEv";
    private static volatile Natives natives;

    /** PyTorch's value of {@code at::Float32MatmulPrecision}. */
    private final int code;

    MatmulPrecision(int code) {
        this.code = code;
    }

    /** Makes this the precision of every later matmul in this process. */
    public void apply() {
        if (this == FLOAT32 && natives == null && Natives.library().isEmpty()) {
            return; // nothing to undo where the library (so the setting) cannot be reached
        }
        Natives n = natives();
        n.set.invokeVoid(new Object[] {n.context(), code});
    }

    /** The precision PyTorch uses now (FLOAT32 also for PyTorch's "high", which has no CPU effect). */
    public static MatmulPrecision current() {
        if (natives == null && Natives.library().isEmpty()) {
            return FLOAT32;
        }
        Natives n = natives();
        return n.get.invokeInt(new Object[] {n.context()}) == BF16.code ? BF16 : FLOAT32;
    }

    private static synchronized Natives natives() {
        if (natives == null) {
            TorchEngine.get();
            Path library = Natives.library().orElseThrow(() -> new RuntimeUserException(
                    "bfloat16 matrix products need PyTorch's libtorch_cpu library loaded from a file (Linux); it was not found in this process"));
            natives = Natives.bind(library);
        }
        return natives;
    }

    /** Handles on the three C++ functions. */
    private record Natives(Function globalContext, Function set, Function get) {
        /** PyTorch's {@code at::globalContext()}, the object the setter and getter belong to. */
        Pointer context() {
            return globalContext.invokePointer(new Object[0]);
        }

        static Natives bind(Path library) {
            NativeLibrary torch = NativeLibrary.getInstance(library.toString());
            return new Natives(find(torch, CONTEXT), find(torch, SET), find(torch, GET));
        }

        private static Function find(NativeLibrary torch, String name) {
            try {
                return torch.getFunction(name);
            } catch (UnsatisfiedLinkError e) {
                throw new RuntimeUserException("this PyTorch build has no " + name + "; bfloat16 matrix products are not available with it");
            }
        }

        /**
         * The libtorch_cpu.so that DJL loaded (its path in this process's memory map), so that the
         * lookup gets the very library the engine uses and no second copy.
         */
        static Optional<Path> library() {
            Path maps = Path.of("/proc/self/maps");
            if (!Files.isReadable(maps)) {
                return Optional.empty();
            }
            try (Stream<String> lines = Files.lines(maps)) {
                return lines.filter(l -> l.endsWith("/libtorch_cpu.so")).map(l -> Path.of(l.substring(l.indexOf('/'))))
                        .findFirst();
            } catch (IOException e) {
                return Optional.empty();
            }
        }
    }
}
