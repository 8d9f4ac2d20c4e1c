/**
 * Training transformers on Boolean functions the way Hahn and Rofin's sensitivity experiments do:
 * fresh uniform random inputs every step (or k fixed inputs), batch 1024, AdamW, a step budget,
 * convergence when the evaluation MSE falls below 0.001; token embedding (d/2) concatenated with a
 * learned position embedding (d/2), post-LN encoder, scalar readout at the last position, MSE on
 * {0,1} targets. A run folder holds boolean-run.json, model.params, metrics.jsonl, log.txt and
 * result.json; {@code raspc.runtime.analysis} adds analysis.json and analysis.txt.
 */
package raspc.runtime.boolfn;
