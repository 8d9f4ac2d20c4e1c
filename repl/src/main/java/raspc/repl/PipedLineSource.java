package raspc.repl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * Lines from a pipe or file. The prompt is printed as it is, without a line break, so that a
 * transcript reads like the original RASP's ({@code >> } before each statement's output).
 */
final class PipedLineSource implements LineSource {
    private final BufferedReader in;
    private final PrintWriter out;

    PipedLineSource(BufferedReader in, PrintWriter out) {
        this.in = in;
        this.out = out;
    }

    @Override
    public String readLine(String prompt) throws IOException {
        out.print(prompt);
        out.flush();
        return in.readLine();
    }
}
