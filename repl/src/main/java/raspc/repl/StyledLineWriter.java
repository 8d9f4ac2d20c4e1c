package raspc.repl;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;

/**
 * A writer that restyles what goes through it line by line, so that code which prints plain
 * lines (statement results, error messages) needs no idea of colour. Each line is styled as a
 * whole once its end arrives (or at a flush); line breaks pass unchanged.
 */
final class StyledLineWriter extends Writer {
    private final Writer out;
    private final UnaryOperator<String> render;
    private final StringBuilder line = new StringBuilder();

    /** @param render a line (without its break) as it is to be written */
    StyledLineWriter(Writer out, UnaryOperator<String> render) {
        this.out = out;
        this.render = render;
    }

    /** A print writer to the terminal that colours each line with {@code style}. */
    static PrintWriter over(Terminal terminal, Function<String, AttributedString> style) {
        return new PrintWriter(new StyledLineWriter(terminal.writer(), l -> style.apply(l).toAnsi(terminal)));
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            if (chars[i] == '\n') {
                emitLine();
                out.write('\n');
            } else {
                line.append(chars[i]);
            }
        }
    }

    private void emitLine() throws IOException {
        if (line.length() > 0) {
            out.write(render.apply(line.toString()));
            line.setLength(0);
        }
    }

    @Override
    public void flush() throws IOException {
        emitLine();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
