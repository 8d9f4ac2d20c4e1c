package raspc.runtime.plot;

/**
 * Makes AWT run without a display. Pictures are drawn on servers and CI machines that have no X
 * server; the property must be set before the first AWT class initialises its toolkit, so every
 * renderer calls {@link #ensure()} from its static initialiser. A value the user set on the
 * command line is respected.
 */
public final class Headless {
    private Headless() {
    }

    public static void ensure() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }
}
