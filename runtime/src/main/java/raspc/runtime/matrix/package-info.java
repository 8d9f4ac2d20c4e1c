/**
 * Matrix completion on the one training stack: the task as {@code TaskData} with an online
 * sampler, the model as a predictor of completed matrices, the masked/observed error split and
 * the nuclear-norm (soft-impute) baseline. The study on run snapshots is {@code matrix.study}.
 */
package raspc.runtime.matrix;
