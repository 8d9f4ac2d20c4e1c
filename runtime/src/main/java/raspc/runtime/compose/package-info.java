/**
 * Function composition (Ramesh et al., ICML 2024) on the one training stack: a compiled
 * composition variant as next-token training data with its generation evaluation
 * ({@link raspc.runtime.compose.CompositionData}), and the analyses of a trained composition run.
 */
package raspc.runtime.compose;
