/**
 * Analyses of a trained Boolean-function model (Hahn and Rofin, "Why are Sensitive Functions Hard
 * for Transformers?"): the average sensitivity of what it computes, sharpness of its loss,
 * LayerNorm blowup, parameter norm, and the Fourier spectrum of the learned function.
 */
package raspc.runtime.analysis;
