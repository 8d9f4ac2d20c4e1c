/**
 * The matrix-completion task family of "Abrupt Learning in Transformers: A Case Study on Matrix
 * Completion": low-rank n x n matrices with entries masked at random, their value tokens, and
 * the variant names ({@code matrix_7_rank2_p30}). A leaf: it needs nothing else of the compiler,
 * and the runtime turns it into training data ({@code raspc.runtime.matrix}).
 */
package raspc.compiler.matrix;
