/**
 * The data of the matrix-completion task family of "Abrupt Learning in Transformers: A Case
 * Study on Matrix Completion": masked low-rank n x n matrices, their value tokens and the factor
 * distributions. A leaf: it needs nothing else of the compiler. The variants themselves
 * ({@code matrix_7_rank2_p30}, {@code task.MatrixTask}) are a case of the sealed {@code task.Task},
 * drawn by {@code task.MatrixSampler}; the runtime turns them into training data
 * ({@code raspc.runtime.matrix}).
 */
package raspc.compiler.matrix;
