package raspc.runtime.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import raspc.runtime.RuntimeUserException;
import raspc.runtime.run.Json;

/**
 * The rows a sweep folder's results.jsonl holds, for the cells whose own folder is gone: a
 * committed results folder keeps its tables and plots but not the cells' run folders, and its
 * tables and plots are rewritten from these rows (a new plot style, {@code --aggregate}) without
 * training again. A line counts only for a cell of the grid with the same settings, so a table
 * left by an earlier version of the sweep file is not taken for this one's.
 */
final class RecordedRows {
    private RecordedRows() {}

    /** The rows of {@code jsonl} by cell id; none when the file does not exist. */
    static Map<String, CellRow> read(Path jsonl, List<SweepCell> cells) {
        if (!Files.isRegularFile(jsonl)) {
            return Map.of();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(jsonl);
        } catch (IOException e) {
            throw new RuntimeUserException("cannot read " + jsonl + ": " + e.getMessage(), e);
        }
        Map<String, SweepCell> byId = cells.stream().collect(Collectors.toMap(SweepCell::id, Function.identity()));
        Map<String, CellRow> rows = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                JsonNode line = Json.mapper().readTree(lines.get(i));
                SweepCell cell = byId.get(line.path("cell").asText());
                if (cell != null && sameSettings(line.path("settings"), cell.settings())) {
                    rows.put(cell.id(), Json.mapper().treeToValue(line, SweepRunner.rowType(cell)));
                }
            } catch (JsonProcessingException e) {
                throw new RuntimeUserException(jsonl + " line " + (i + 1) + " is corrupt: " + e.getOriginalMessage()
                        + "; fix or delete the line", e);
            }
        }
        return rows;
    }

    /** Compared as JSON text, so that a setting read back as a double equals the float or int it was written from. */
    private static boolean sameSettings(JsonNode recorded, Map<String, Object> settings) throws JsonProcessingException {
        return recorded.equals(Json.mapper().readTree(Json.line(settings)));
    }
}
