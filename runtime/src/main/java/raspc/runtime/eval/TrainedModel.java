package raspc.runtime.eval;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import java.util.List;
import raspc.runtime.data.BatchEncoder;
import raspc.runtime.model.NativeModel;
import raspc.runtime.model.TaskLoss;
import raspc.runtime.model.TransformerModel;
import raspc.runtime.run.RunConfig;

/**
 * A model built from a run's config together with the native memory it lives in; close it to
 * free that memory. Used for training and for evaluating saved runs alike.
 */
public final class TrainedModel extends NativeModel {
    private final RunConfig config;

    private TrainedModel(RunConfig config, NDManager manager, TransformerModel model) {
        super(manager, model);
        this.config = config;
    }

    /** A freshly initialised model, its parameters drawn with the run's training seed. */
    public static TrainedModel create(RunConfig config, Device device) {
        return onNewManager(device, config.train().seed(),
                manager -> new TrainedModel(config, manager, TransformerModel.create(config.model(), manager.newSubManager())));
    }

    /** The model of a run folder with its saved weights (model.params); closed again when they cannot be read. */
    public static TrainedModel open(raspc.runtime.run.RunFolder folder, Device device) {
        TrainedModel trained = create(folder.readConfig(), device);
        try {
            folder.readModel(trained);
        } catch (RuntimeException e) {
            trained.close();
            throw e;
        }
        return trained;
    }

    public RunConfig config() {
        return config;
    }

    public BatchEncoder encoder() {
        return new BatchEncoder(config.padId(), config.hasBos(), config.model().objective(),
                config.supervisedHeads());
    }

    public TaskLoss loss() {
        return new TaskLoss(config.model(), config.supervisedHeads(), config.train().attnWeight());
    }

    public Evaluator evaluator() {
        return new Evaluator(model(), store(), manager(), encoder(), loss(), config.supervisedHeads(), config.train().attnWeight(),
                config.hasBos(), config.train().batchSize());
    }

    /**
     * An evaluator whose loss is the task's output loss alone, without the attention-supervision
     * term: what an analysis that changes the attention should see move.
     */
    public Evaluator outputEvaluator() {
        return new Evaluator(model(), store(), manager(), encoder(), loss(), List.of(), 0f, config.hasBos(),
                config.train().batchSize());
    }
}
