package raspc.runtime.train;

import raspc.runtime.run.RunFolder;

/** log.txt: kept in memory and rewritten atomically, so a crash never leaves half a line. */
final class RunLog {
    private final RunFolder folder;
    private final StringBuilder text;

    RunLog(RunFolder folder, String existing) {
        this.folder = folder;
        this.text = new StringBuilder(existing);
    }

    synchronized void line(String line) {
        text.append(line).append('\n');
    }

    synchronized void flush() {
        folder.writeLog(text.toString());
    }
}
