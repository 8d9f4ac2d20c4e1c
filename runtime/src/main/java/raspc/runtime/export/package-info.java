/**
 * Models that leave raspc: a run's weights as {@code model.safetensors}, its architecture as
 * {@code config.json} and its token ids as {@code vocab.json} ({@link ModelExport}), and raspc's
 * own predictions on given inputs ({@link RunPredictor}), which an exported model must reproduce.
 */
package raspc.runtime.export;
