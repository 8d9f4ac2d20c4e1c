package raspc.runtime.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Activation patching of one run: for each head and for the residual stream at each stage and
 * position, the share of the corruption's effect that copying the clean value back undoes
 * (1: the clean outputs; 0: no effect; negative: further from them), summed over the outputs the
 * corruption changed.
 *
 * @param corruption how the corrupted inputs were made (the user's pair, or a named corruption)
 * @param measure what the share is measured in (a normalised logit difference; for a matrix run the masked MSE to the clean output)
 * @param changedOutputs outputs (positions, or readouts) whose prediction the corruption changed (a matrix run: its masked entries)
 * @param heads one cell per head: row = layer, column = head
 * @param residual one cell per stage and position: row = stage (0: embedding; l + 1: after layer l), column = position
 */
public record PatchReport(String task, String runId, String corruption, String measure, int pairs, int changedOutputs,
        int layers, int headsPerLayer, List<String> positions, List<Cell> heads, List<Cell> residual) implements InspectionReport {

    public record Cell(int row, int column, double restored) {}

    @Override
    public List<Heatmap> heatmaps() {
        List<String> layerNames = new ArrayList<>();
        List<String> headNames = new ArrayList<>();
        List<String> stageNames = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            layerNames.add("L" + l);
        }
        for (int h = 0; h < headsPerLayer; h++) {
            headNames.add("H" + h);
        }
        for (int s = 0; s <= layers; s++) {
            stageNames.add("S" + s);
        }
        String what = task + " (run " + runId + "): share restored";
        return List.of(new Heatmap("patch-heads", "head contexts patched, " + what, layerNames, headNames,
                        grid(heads, layers, headsPerLayer), true),
                new Heatmap("patch-residual", "residual patched by position, " + what, stageNames, positions,
                        grid(residual, layers + 1, positions.size()), true));
    }

    private static double[][] grid(List<Cell> cells, int rows, int columns) {
        double[][] values = new double[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                values[r][c] = find(cells, r, c);
            }
        }
        return values;
    }

    @Override
    public String toText() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "activation patching of %s (run %s): %s, %d %s, %d changed outputs%n", task,
                runId, corruption, pairs, pairs == 1 ? "pair" : "pairs", changedOutputs));
        s.append("share of the clean output restored (" + measure + "; 1 = clean, 0 = corrupted)\n\n");
        s.append("head contexts (before the output projection)\n");
        s.append(String.format(Locale.ROOT, "%-8s", "layer"));
        for (int h = 0; h < headsPerLayer; h++) {
            s.append(String.format(Locale.ROOT, "%9s ", "H" + h));
        }
        s.append('\n');
        grid(s, heads, layers, headsPerLayer, "L");
        s.append("\nresidual stream, one position at a time\n");
        s.append(String.format(Locale.ROOT, "%-8s", "stage"));
        for (String p : positions) {
            s.append(String.format(Locale.ROOT, "%9s ", p.length() > 9 ? p.substring(0, 9) : p));
        }
        s.append('\n');
        grid(s, residual, layers + 1, positions.size(), "S");
        s.append("(S0: after the embedding; S" + layers + ": after the last layer)\n");
        return s.toString();
    }

    private static void grid(StringBuilder s, List<Cell> cells, int rows, int columns, String prefix) {
        for (int r = 0; r < rows; r++) {
            s.append(String.format(Locale.ROOT, "%-8s", prefix + r));
            for (int c = 0; c < columns; c++) {
                s.append(TextBars.cell(find(cells, r, c)));
            }
            s.append('\n');
        }
    }

    private static double find(List<Cell> cells, int row, int column) {
        for (Cell c : cells) {
            if (c.row() == row && c.column() == column) {
                return c.restored();
            }
        }
        return Double.NaN;
    }
}
