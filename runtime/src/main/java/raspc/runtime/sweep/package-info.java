/**
 * Experiment grids over Boolean functions: functions x lengths x seeds x training settings, run
 * locally by a bounded pool of workers, resumable (a cell whose row.json exists is skipped),
 * collected into results.csv and results.jsonl, with plots of sharpness, LayerNorm blowup and
 * parameter norm against n and the linear-regression slope of each.
 */
package raspc.runtime.sweep;
