package raspc.runtime.eval;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import java.util.List;
import raspc.runtime.data.BatchEncoder;
import raspc.runtime.engine.TorchEngine;
import raspc.runtime.model.TransformerModel;
import raspc.runtime.run.RunConfig;
import raspc.runtime.train.TaskLoss;

/**
 * A model built from a run's config together with the native memory it lives in; close it to
 * free that memory. Used for training and for evaluating saved runs alike.
 */
public final class TrainedModel implements AutoCloseable {
    private final RunConfig config;
    private final NDManager manager;
    private final TransformerModel model;
    private final ParameterStore store;

    private TrainedModel(RunConfig config, NDManager manager, TransformerModel model) {
        this.config = config;
        this.manager = manager;
        this.model = model;
        this.store = new ParameterStore(manager, false);
    }

    /** A freshly initialised model (PyTorch's generator should be seeded first). */
    public static TrainedModel create(RunConfig config, Device device) {
        TorchEngine.get();
        NDManager manager = NDManager.newBaseManager(device);
        try {
            return new TrainedModel(config, manager, TransformerModel.create(config.model(), manager.newSubManager()));
        } catch (RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    public RunConfig config() {
        return config;
    }

    public TransformerModel model() {
        return model;
    }

    public ParameterStore store() {
        return store;
    }

    /** The manager batches should open sub-managers of. */
    public NDManager manager() {
        return manager;
    }

    public List<Parameter> parameters() {
        return model.getParameters().values();
    }

    public long parameterCount() {
        return parameters().stream().mapToLong(p -> p.getArray().size()).sum();
    }

    /** Loaded parameters come without gradient buffers; training needs them back. */
    public void requireGradients() {
        for (Parameter p : parameters()) {
            if (!p.getArray().hasGradient()) {
                p.getArray().setRequiresGradient(true);
            }
        }
    }

    public BatchEncoder encoder() {
        return new BatchEncoder(config.padId(), config.hasBos(), config.model().output(), config.model().isScalarReadout(),
                config.supervisedHeads());
    }

    public TaskLoss loss() {
        return new TaskLoss(config.model(), config.supervisedHeads(), config.train().attnWeight());
    }

    public Evaluator evaluator() {
        return new Evaluator(model, store, manager, encoder(), loss(), config.supervisedHeads(), config.train().attnWeight(),
                config.hasBos(), config.train().batchSize());
    }

    @Override
    public void close() {
        manager.close();
    }
}
