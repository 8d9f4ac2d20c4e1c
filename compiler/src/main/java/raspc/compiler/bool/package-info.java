/**
 * Boolean functions and their sensitivity.
 *
 * <h2>Specs</h2>
 * A Boolean function is declared in a .rasp file as {@code boolean NAME(n[, p2, ...]) = EXPR;}
 * ({@link raspc.compiler.bool.BooleanSpec}). EXPR is a RASP expression over the input bits
 * {@code x} (a list of n ints 0/1, x[0] the first input symbol), the int parameters, int / float /
 * bool literals ({@code True}, {@code False}), {@code + - * / % ^} (with Python's meaning: / is
 * float division, % floor modulo, ^ power), comparisons, {@code and or not},
 * {@code a if c else b}, indexing (negative indices count from the end; the index may depend on
 * x), list literals, comprehensions over {@code range(...)}, int lists or {@code x},
 * {@code len(...)}, {@code e in list}, {@code round(...)}, {@code indicator(...)} and the builtins
 * {@code parity(list)}, {@code xor(a, b, ...)}, {@code sum(list)}, {@code all(list)},
 * {@code any(list)}, {@code choose(n, k, seed)} and {@code random_table(seed)}.
 * {@code and}/{@code or} give bools (not Python's operand), which arithmetic counts as 0/1.
 * The value must be a bool or a number equal to 0 or 1.
 *
 * <p>{@link raspc.compiler.bool.BooleanSpecCompiler} compiles a spec with parameter values once
 * into primitive closures (input bits packed in a long; lists of bits become masks), and
 * {@link raspc.compiler.bool.BooleanTaskName} resolves task names such as
 * {@code sparse_parity_40_4}.
 *
 * <h2>Sensitivity</h2>
 * {@link raspc.compiler.bool.Sensitivity} picks {@link raspc.compiler.bool.ExactSensitivity}
 * (enumeration + fast Walsh-Hadamard transform, n up to a cap, 24 by default) or
 * {@link raspc.compiler.bool.MonteCarloSensitivity}, and returns a
 * {@link raspc.compiler.bool.SensitivityReport} (JSON and text).
 */
package raspc.compiler.bool;
