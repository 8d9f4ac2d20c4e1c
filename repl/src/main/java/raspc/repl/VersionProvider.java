package raspc.repl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code raspc --version}: the project version, written into a resource by the Maven build. */
public final class VersionProvider implements IVersionProvider {
    private static final String RESOURCE = "/raspc/repl/version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"raspc " + version()};
    }

    /** The version, e.g. {@code 0.1.0}. */
    public static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
