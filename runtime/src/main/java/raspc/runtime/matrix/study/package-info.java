/**
 * The matrix-completion study of a trained run: the masked/observed curve over its snapshots, the
 * nuclear-norm comparison, and the interpretability tests before and after the end of the
 * plateau, each through the inspection toolkit ({@code inspect}), which sits below it.
 */
package raspc.runtime.matrix.study;
