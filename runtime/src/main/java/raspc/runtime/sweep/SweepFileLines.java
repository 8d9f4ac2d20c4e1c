package raspc.runtime.sweep;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The line of every value of a sweep file, by JSON pointer, so that a mistake found in the parsed
 * tree ({@link SpecProblem}) can be shown as {@code file:line: problem}. The tree forgets where
 * its nodes came from, so the file is read once more as a stream of tokens, which keeps them.
 */
final class SweepFileLines {
    private final Map<String, Integer> lines;

    private SweepFileLines(Map<String, Integer> lines) {
        this.lines = lines;
    }

    static SweepFileLines of(ObjectMapper mapper, Path file) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = mapper.createParser(file.toFile())) {
            // one frame per open container: its pointer, and the next index (arrays) or -1 (objects)
            Deque<String> pointers = new ArrayDeque<>();
            Deque<int[]> indexes = new ArrayDeque<>();
            String field = null;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                int line = p.currentTokenLocation().getLineNr();
                if (t == JsonToken.FIELD_NAME) {
                    field = p.currentName();
                    lines.putIfAbsent((pointers.isEmpty() ? "" : pointers.peek()) + "/" + field, line);
                    continue;
                }
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    pointers.pop();
                    indexes.pop();
                    continue;
                }
                String here = pointers.isEmpty() ? "" : pointers.peek() + "/" + (indexes.peek()[0] >= 0 ? indexes.peek()[0]++ : field);
                lines.putIfAbsent(here, line);
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    pointers.push(here);
                    indexes.push(new int[] {t == JsonToken.START_ARRAY ? 0 : -1});
                }
            }
        } catch (IOException | RuntimeException e) {
            return new SweepFileLines(Map.of()); // the tree parsed, so this cannot fail but for a race; go without lines
        }
        return new SweepFileLines(lines);
    }

    /** The line of {@code pointer}, else of the closest enclosing value found; 0 when none. */
    int line(String pointer) {
        for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 0;
            }
        }
    }
}
