package raspc.runtime.train;

import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import java.util.List;
import raspc.runtime.data.Batch;
import raspc.runtime.data.EncodedSample;
import raspc.runtime.engine.TorchEngine;
import raspc.runtime.eval.TrainedModel;
import raspc.runtime.model.ModelOutput;
import raspc.runtime.model.TaskLoss;

/** The whole batch in one pass on the calling thread, with the engine's intra-op threads. */
final class WholeBatchStep implements BatchStep {
    private final TrainedModel trained;
    private final AdamOptimizer optimizer;
    private final TaskLoss loss;

    WholeBatchStep(TrainedModel trained, AdamOptimizer optimizer) {
        this.trained = trained;
        this.optimizer = optimizer;
        this.loss = trained.loss();
    }

    @Override
    public TaskLoss.Parts train(NDManager batchManager, List<EncodedSample> group, float learningRate) {
        Batch batch = trained.encoder().encode(batchManager, group);
        TaskLoss.Parts parts;
        try (GradientCollector collector = TorchEngine.get().newGradientCollector()) {
            ModelOutput output = trained.model().run(trained.store(), batch.tokens(), batch.lengths(), true);
            parts = loss.compute(output, batch);
            collector.backward(parts.total());
        }
        optimizer.update(learningRate);
        return parts;
    }

    @Override
    public void close() {
        // nothing of its own
    }
}
