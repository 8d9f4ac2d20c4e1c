package raspc.runtime.train;

import raspc.runtime.eval.TrainedModel;

/**
 * How many shards a training batch is cut into ({@link ShardedBatchStep}), and why not more: one
 * per intra-op thread on a CPU, except where the numbers would then depend on more than the seed
 * and the thread count.
 *
 * @param shards 1 for the whole batch on one pass
 * @param reason why the batch stays whole although there are several threads; empty otherwise
 */
record ShardPlan(int shards, String reason) {

    static ShardPlan of(TrainedModel trained, int threads, String mklCbwr) {
        if (threads < 2) {
            return new ShardPlan(1, "");
        }
        if (trained.manager().getDevice().isGpu()) {
            return new ShardPlan(1, "a GPU");
        }
        if (trained.config().model().dropout() > 0) {
            // the shards' threads would draw dropout masks from PyTorch's one generator in no fixed order
            return new ShardPlan(1, "dropout: its draws would depend on the threads' timing");
        }
        if ("COMPATIBLE".equals(mklCbwr)) {
            // the same numbers on every machine: the shard count would follow each machine's cores
            return new ShardPlan(1, "MKL_CBWR=COMPATIBLE: the same numbers on every machine");
        }
        return new ShardPlan(threads, "");
    }

    /** The plan for this process's intra-op threads and MKL setting. */
    static ShardPlan of(TrainedModel trained) {
        return of(trained, raspc.runtime.engine.TorchEngine.intraOpThreads(), System.getenv("MKL_CBWR"));
    }

    BatchStep step(TrainedModel trained, AdamOptimizer optimizer) {
        return shards > 1 ? new ShardedBatchStep(trained, optimizer, shards) : new WholeBatchStep(trained, optimizer);
    }

    /** For log.txt's header. */
    String describe() {
        if (shards > 1) {
            return "each batch in " + shards + " shards side by side, one thread each";
        }
        return reason.isEmpty() ? "each batch in one pass" : "each batch in one pass (" + reason + ")";
    }
}
