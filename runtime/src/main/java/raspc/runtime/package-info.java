/**
 * raspc runtime: trains transformers on task data with DJL (PyTorch engine) and checks them
 * against the reference.
 *
 * <p>Entry points: {@link raspc.runtime.train.TrainingSession} (train, resume),
 * {@link raspc.runtime.eval.RunChecker} (re-evaluate a saved run on fresh samples),
 * {@link raspc.runtime.eval.ReportFormatter} (terminal summaries). Task data comes in through
 * {@link raspc.runtime.data.TaskData}.
 */
package raspc.runtime;
