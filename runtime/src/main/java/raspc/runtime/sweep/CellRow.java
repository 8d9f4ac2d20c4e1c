package raspc.runtime.sweep;

import java.util.Map;

/**
 * One finished cell's figures: its row.json, a line of results.jsonl and a row of results.csv.
 * Each kind of cell has its own row ({@link SweepRow} for Boolean cells); a sweep trains one kind,
 * so its table has one set of columns.
 */
public sealed interface CellRow permits SweepRow, CompositionRow, SequenceRow {
    String cell();

    Map<String, Object> settings();

    /** The sweep's progress line for the finished cell, after its id. */
    String progress();
}
