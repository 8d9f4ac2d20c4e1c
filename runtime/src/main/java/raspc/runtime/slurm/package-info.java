/**
 * Sweeps on a Slurm cluster: a sweep's cells as one array job ({@link SlurmScripts}), each task
 * running one cell into the shared output folder, and an aggregation job after it, written and
 * submitted by {@link SlurmSubmission}. The cells themselves run through
 * {@code raspc.runtime.sweep.SweepRunner#runOne}, exactly as in a local sweep.
 */
package raspc.runtime.slurm;
