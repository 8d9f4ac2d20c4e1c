/**
 * Matrix completion on the one training stack: the task as {@code TaskData} with an online
 * sampler, the masked/observed error split, the nuclear-norm (soft-impute) baseline, and the
 * study's interpretability tests on run snapshots taken before and after the abrupt drop.
 */
package raspc.runtime.matrix;
