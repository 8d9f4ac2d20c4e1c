package raspc.repl;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The command that starts this raspc again in another process or on another machine with the
 * same file system (a Slurm job): this JVM, the native access raspc's engine needs, this class
 * path (the raspc jar, absolute) and the main class.
 */
final class Launcher {
    private Launcher() {}

    static List<String> command() {
        String jvm = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = String.join(File.pathSeparator, Arrays.stream(System.getProperty("java.class.path")
                .split(File.pathSeparator)).map(p -> Path.of(p).toAbsolutePath().normalize().toString()).toList());
        return List.of(jvm, "--enable-native-access=ALL-UNNAMED", "-cp", classPath, Main.class.getName());
    }
}
