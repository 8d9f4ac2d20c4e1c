package raspc.runtime.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import raspc.compiler.files.AtomicFiles;

/**
 * The text {@code draw-attention} prints and saves as {@code in_out.txt}: which run, its test
 * accuracy, and the input, model output and reference output aligned in columns with a caret
 * under every position where output and reference differ. A position past the end of the shorter
 * sequence counts as a difference. Test accuracy is NaN when unknown.
 */
public record InOutReport(String runId, double testAccuracy, List<String> input, List<String> output,
                          List<String> reference) {
    public InOutReport {
        input = List.copyOf(input);
        output = List.copyOf(output);
        reference = List.copyOf(reference);
    }

    /** Positions (0-based) where output and reference differ, in increasing order. */
    public List<Integer> differences() {
        List<Integer> diff = new ArrayList<>();
        int length = Math.max(output.size(), reference.size());
        for (int i = 0; i < length; i++) {
            if (i >= output.size() || i >= reference.size() || !output.get(i).equals(reference.get(i))) {
                diff.add(i);
            }
        }
        return diff;
    }

    public String text() {
        int length = Math.max(input.size(), Math.max(output.size(), reference.size()));
        List<Integer> diff = differences();
        List<String> positions = new ArrayList<>();
        List<String> marks = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            positions.add(Integer.toString(i));
            marks.add(diff.contains(i) ? "^" : "");
        }
        int[] widths = new int[length];
        for (List<String> row : List.of(positions, input, output, reference)) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append("run:           ").append(runId).append('\n');
        sb.append("test accuracy: ").append(Double.isNaN(testAccuracy) ? "unknown"
                : String.format(Locale.ROOT, "%.2f%%", 100 * testAccuracy)).append('\n');
        sb.append(row("position:", positions, widths));
        sb.append(row("input:", input, widths));
        sb.append(row("output:", output, widths));
        sb.append(row("reference:", reference, widths));
        if (!diff.isEmpty()) {
            sb.append(row("differs:", marks, widths));
        }
        sb.append("differences:   ");
        if (diff.isEmpty()) {
            sb.append("none (output matches the reference)");
        } else {
            sb.append(diff.size()).append(" of ").append(Math.max(output.size(), reference.size()))
                    .append(" positions: ");
            sb.append(String.join(", ", diff.stream().map(String::valueOf).toList()));
        }
        return sb.append('\n').toString();
    }

    public void write(Path file) throws IOException {
        AtomicFiles.writeString(file, text());
    }

    private static String row(String name, List<String> cells, int[] widths) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-15s", name));
        for (int i = 0; i < cells.size(); i++) {
            sb.append(String.format(Locale.ROOT, "%-" + widths[i] + "s", cells.get(i)));
            if (i + 1 < cells.size()) {
                sb.append(' ');
            }
        }
        return sb.toString().stripTrailing() + "\n";
    }
}
