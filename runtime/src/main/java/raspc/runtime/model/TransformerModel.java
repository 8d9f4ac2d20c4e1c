package raspc.runtime.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.nn.recurrent.LSTM;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.training.initializer.XavierInitializer;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;
import raspc.runtime.RuntimeUserException;

/**
 * The transformer of every task: token embedding plus positions, a stack of {@link EncoderLayer}s,
 * and a linear classifier at every position (or at one readout position); for the GPT
 * architecture ({@link Architecture}) causal, without biases and with the classifier tied to
 * the token embedding; for the LSTM architecture the stack is recurrent and the rest the same.
 *
 * <p>Input: tokens [B, T] int64 and lengths [B] int64 (real tokens per row; the rest is padding
 * and is masked out as keys). Output: see {@link ModelOutput}. Use {@link #create} to get an
 * initialised model; it owns a cache of per-length constants on its device.
 */
public final class TransformerModel extends CompositeBlock {
    private static final byte VERSION = 1;
    /** Name of the token embedding table. */
    public static final String TOKEN_EMBEDDING = "token_embedding";
    /** Name of the learned position table (analyses leave it out of perturbations and norms). */
    public static final String POSITION_EMBEDDING = "position_embedding";
    /** Standard deviation of every weight of a BERT model at initialisation. */
    static final float BERT_INIT_STD = 0.02f;

    private final ModelConfig config;
    private final Parameter tokenEmbedding;
    private final Parameter positionEmbedding;
    private final LayerNorm embeddingNorm;
    private final List<EncoderLayer> layers = new ArrayList<>();
    /** The recurrent stack of an LSTM (which then has no transformer layers); null otherwise. */
    private final LSTM recurrent;
    /** Its forward pass (step by step on the CPU); null with {@code recurrent}. */
    private final LstmStack recurrentPass;
    private final LayerNorm finalNorm;
    private final Linear classifier;
    private ConstantCache constants;

    private TransformerModel(ModelConfig config) {
        super(VERSION);
        this.config = config;
        tokenEmbedding = addParameter(Parameter.builder().setName(TOKEN_EMBEDDING).setType(Parameter.Type.WEIGHT)
                .optShape(new Shape(config.inputVocab(), config.tokenEmbeddingDim())).build());
        Architecture architecture = config.architecture();
        positionEmbedding = config.positions().isLearned() && architecture.attends()
                ? addParameter(Parameter.builder().setName(POSITION_EMBEDDING).setType(Parameter.Type.WEIGHT)
                        .optShape(new Shape(config.maxPositions(), config.positionEmbeddingDim())).build())
                : null;
        embeddingNorm = architecture.embeddingNorm()
                ? addChildBlock("embedding_norm", EncoderLayer.layerNorm(architecture)) : null;
        for (int i = 0; i < config.attentionLayers(); i++) {
            layers.add(addChildBlock("layer" + i, new EncoderLayer(config.dim(), config.heads(), config.ff(),
                    config.dropout(), config.norm(), architecture)));
        }
        recurrent = architecture.attends() ? null
                : addChildBlock("lstm", LSTM.builder().setStateSize(config.dim()).setNumLayers(config.layers())
                        .optDropRate(config.dropout()).optBatchFirst(true).optReturnState(true).build());
        recurrentPass = recurrent == null ? null : new LstmStack(recurrent, config.layers(), config.dropout());
        // pre-LN leaves the residual stream unnormalised, so it needs one norm before the classifier
        finalNorm = config.norm() == NormPlacement.PRE && architecture.attends() ? addChildBlock("final_norm", EncoderLayer.layerNorm(architecture)) : null;
        // tied embeddings: the logits are x E^T, so there is no classifier of its own
        classifier = architecture.tiedEmbeddings() ? null
                : addChildBlock("classifier", Linear.builder().setUnits(config.outputUnits()).build());
        if (architecture == Architecture.GPT) {
            initialiseLikeNanoGpt();
        } else if (architecture == Architecture.BERT) {
            // BERT's initializer_range: weights and embeddings N(0, 0.02), biases 0, norms 1
            setInitializer(new NormalInitializer(BERT_INIT_STD), Parameter.Type.WEIGHT);
        } else {
            // Glorot-uniform linear layers; embeddings N(0, 1) like PyTorch's nn.Embedding
            setInitializer(new XavierInitializer(XavierInitializer.RandomType.UNIFORM, XavierInitializer.FactorType.AVG, 3f),
                    Parameter.Type.WEIGHT);
            tokenEmbedding.setInitializer(new NormalInitializer(1f));
            if (positionEmbedding != null) {
                positionEmbedding.setInitializer(new NormalInitializer(1f));
            }
        }
    }

    /**
     * nanoGPT's initialisation: every weight and embedding N(0, 0.02), the projections into the
     * residual stream N(0, 0.02 / sqrt(2 L)) so that its variance does not grow with depth.
     */
    private void initialiseLikeNanoGpt() {
        setInitializer(new NormalInitializer(0.02f), Parameter.Type.WEIGHT);
        float residual = (float) (0.02 / Math.sqrt(2.0 * layers.size()));
        for (EncoderLayer layer : layers) {
            layer.residualProjections().forEach(b -> b.setInitializer(new NormalInitializer(residual), Parameter.Type.WEIGHT));
        }
    }

    /** A new model with freshly initialised parameters on {@code manager}'s device. */
    public static TransformerModel create(ModelConfig config, NDManager manager) {
        TransformerModel model = new TransformerModel(config);
        model.initialize(manager, DataType.FLOAT32, new Shape(1, 1), new Shape(1));
        model.constants = new ConstantCache(manager.newSubManager(), config.dim());
        return model;
    }

    /**
     * The model's blocks and parameter shapes with no arrays yet: ready for
     * {@code loadParameters}, and it draws nothing from the random generator.
     */
    static TransformerModel unloaded(ModelConfig config) {
        return new TransformerModel(config);
    }

    public ModelConfig config() {
        return config;
    }

    /** Runs the model; the results live in the manager of {@code tokens}. */
    public ModelOutput run(ParameterStore store, NDArray tokens, NDArray lengths, boolean training) {
        return new ModelOutput(forward(store, new NDList(tokens, lengths), training), config.attentionLayers());
    }

    /**
     * Runs the model for an analysis (inference, no dropout), passing every component's output
     * through {@code hooks}, which record and overwrite them ({@link ForwardHooks}).
     */
    public ModelOutput run(ParameterStore store, NDArray tokens, NDArray lengths, ForwardHooks hooks) {
        if (recurrent != null) {
            // the inspections hook attention heads, MLPs and the residual stream between blocks
            throw new RuntimeUserException("an LSTM has no attention heads, MLPs or residual stream to inspect");
        }
        return new ModelOutput(forwardWith(store, new NDList(tokens, lengths), false, hooks), config.attentionLayers());
    }

    /**
     * Runs the model without gradients and also hands back the input of every layer norm, in
     * order (layer 0 norm1, layer 0 norm2, layer 1 norm1, ...; then the final norm for pre-LN;
     * BERT's norm of the embeddings is not among them),
     * each [B, T, d]. For analyses of a trained model.
     */
    public Traced trace(ParameterStore store, NDArray tokens, NDArray lengths) {
        ForwardHooks hooks = ForwardHooks.recording(Capture.NORM_INPUT);
        ModelOutput out = run(store, tokens, lengths, hooks);
        return new Traced(out, hooks.normInputs());
    }

    /** A forward pass and the inputs of its layer norms. */
    public record Traced(ModelOutput output, List<NDArray> normInputs) {}

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        return forwardWith(store, inputs, training, null);
    }

    /** The forward pass; {@code hooks} is null in training, where nothing is watched. */
    private NDList forwardWith(ParameterStore store, NDList inputs, boolean training, ForwardHooks hooks) {
        NDArray tokens = inputs.get(0);
        NDArray lengths = inputs.get(1);
        int length = (int) tokens.getShape().get(1);
        NDArray x = embed(store, tokens, 0, training);
        if (recurrent != null) {
            NDArray states = recurrentPass.forward(store, new NDList(x), training).head();
            return new NDList(logits(store, states, lengths, length, training));
        }
        NDArray mask = mask(lengths, length);
        if (hooks != null) {
            x = hooks.onResidual(0, x);
        }

        NDList attention = new NDList();
        NDList scores = new NDList();
        for (int l = 0; l < layers.size(); l++) {
            EncoderLayer layer = layers.get(l);
            NDList out = hooks == null ? layer.forward(store, new NDList(x, mask), training)
                    : layer.hooked(store, x, mask, l, hooks);
            x = hooks == null ? out.get(0) : hooks.onResidual(l + 1, out.get(0));
            attention.add(out.get(1));
            scores.add(out.get(2));
        }
        if (finalNorm != null && hooks != null) {
            hooks.onNormInput(x);
        }
        NDList result = new NDList(logits(store, x, lengths, length, training));
        result.addAll(attention);
        result.addAll(scores);
        return result;
    }

    /**
     * The token embeddings of {@code tokens} [B, t] plus the positions {@code from} .. from + t - 1
     * (none for an LSTM), after dropout: [B, t, d].
     */
    NDArray embed(ParameterStore store, NDArray tokens, int from, boolean training) {
        int length = (int) tokens.getShape().get(1);
        checkLength(from + length);
        NDArray embeddings = store.getValue(tokenEmbedding, tokens.getDevice(), training);
        NDArray x = tokens.getNDArrayInternal().embedding(tokens, embeddings, SparseFormat.DENSE).head();
        // an LSTM reads order from its recurrence: it has no positions
        x = recurrent != null ? x : withPositions(store, x, from, length, training);
        if (embeddingNorm != null) {
            // not reported to hooks.onNormInput: the analyses index the norms of the layers
            x = embeddingNorm.forward(store, new NDList(x), training).head();
        }
        return config.dropout() > 0 ? Dropout.dropout(x, config.dropout(), training).head() : x;
    }

    /** x [B, t, .] with positions from .. from + t - 1 added, or concatenated (LEARNED_CONCAT). */
    private NDArray withPositions(ParameterStore store, NDArray x, int from, int length, boolean training) {
        NDArray table = positions(store, x, from, length, training); // [1, t, d] or [1, t, d/2]
        if (config.positions() != PositionEncoding.LEARNED_CONCAT) {
            return x.add(table);
        }
        return x.concat(table.broadcast(new Shape(x.getShape().get(0), length, table.getShape().get(2))), 2);
    }

    /** The classifier's output for the last stage's x [B, T, d]: the final norm (pre-LN), then tied or own logits. */
    NDArray logits(ParameterStore store, NDArray x, NDArray lengths, int length, boolean training) {
        if (finalNorm != null) {
            x = finalNorm.forward(store, new NDList(x), training).head();
        }
        return classifier == null ? tiedLogits(store, x, training) : readout(store, x, lengths, length, training);
    }

    /** The transformer blocks, bottom first (none for an LSTM). */
    List<EncoderLayer> layers() {
        return layers;
    }

    /** The forward pass of an LSTM's recurrent stack ({@link LstmStack}); null for a transformer. */
    LstmStack recurrent() {
        return recurrentPass;
    }

    /**
     * Starts greedy decoding of one batch with these weights (inference): the prefix is read
     * once and every later token on top of what it left, the keys and values of every layer
     * (transformers) or the recurrent state (LSTM). Only for a causal next-token model.
     */
    public Decoding decoding(ParameterStore store) {
        if (!(config.objective() instanceof Objective.NextTokenPrediction)) {
            throw new IllegalStateException("only a next-token model decodes, this one is " + config.objective());
        }
        return recurrent != null ? new RecurrentDecoding(this, store) : new CachedAttentionDecoding(this, store);
    }

    private void checkLength(int length) {
        if (positionEmbedding != null && length > config.maxPositions()) {
            throw new IllegalArgumentException("this model learned positions up to " + config.maxPositions()
                    + " tokens and cannot read " + length);
        }
    }

    /** Positions {@code from} .. from + length - 1: [1, length, width]. */
    private NDArray positions(ParameterStore store, NDArray x, int from, int length, boolean training) {
        if (positionEmbedding == null) {
            NDArray table = constants.sinusoids(from + length);
            return from == 0 ? table : table.get(x.getManager(), new NDIndex(":, {}:", from));
        }
        NDArray table = store.getValue(positionEmbedding, x.getDevice(), training);
        // slice into the batch's manager: a slice of a parameter would otherwise belong to the model
        return table.get(x.getManager(), new NDIndex("{}:{}", from, from + length)).expandDims(0);
    }

    /** [1, 1, T, T] causal mask (for decoding a prompt). */
    NDArray causalMask(int length) {
        return constants.causalMask(length);
    }

    /**
     * Additive key mask [B, 1, 1, T] (0 for real tokens, MASKED for padding), plus the causal mask;
     * null where it would hide nothing. Length-bucketed batches are mostly unpadded, and adding an
     * all-zero mask to every layer's scores changes no bit of the result but costs a pass over
     * [B, H, T, T] each way. Only read on the CPU, where the lengths are at hand: on a GPU the
     * read would make the host wait for the device every batch.
     */
    private NDArray mask(NDArray lengths, int length) {
        if (!lengths.getDevice().isGpu() && shortest(lengths) == length) {
            return config.causal() ? constants.causalMask(length) : null;
        }
        NDArray padding = lengths.expandDims(1).lte(constants.range(length));
        NDArray mask = Scalars.times(padding.toType(DataType.FLOAT32, false), ConstantCache.MASKED).reshape(-1, 1, 1, length);
        return config.causal() ? mask.add(constants.causalMask(length)) : mask;
    }

    private static long shortest(NDArray lengths) {
        long shortest = Long.MAX_VALUE;
        for (long n : lengths.toType(DataType.INT64, false).toLongArray()) {
            shortest = Math.min(shortest, n);
        }
        return shortest;
    }

    /** x [B, T, d] times the token embedding's transpose: logits [B, T, vocabulary]. */
    private NDArray tiedLogits(ParameterStore store, NDArray x, boolean training) {
        NDArray embeddings = store.getValue(tokenEmbedding, x.getDevice(), training);
        return x.matMul(embeddings.transpose());
    }

    private NDArray readout(ParameterStore store, NDArray x, NDArray lengths, int length, boolean training) {
        Objective objective = config.objective();
        NDArray features = objective.features(x, lengths, length);
        return objective.logits(classifier.forward(store, new NDList(features), training).head());
    }

    /** The per-length constants' manager (for tests that check devices). */
    public NDManager constantsManager() {
        return constants.manager();
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape x = new Shape(1, 1, config.dim());
        Shape mask = new Shape(1, 1, 1, 1);
        if (embeddingNorm != null) {
            embeddingNorm.initialize(manager, dataType, x);
        }
        for (EncoderLayer layer : layers) {
            layer.initialize(manager, dataType, x, mask);
        }
        if (recurrent != null) {
            recurrent.initialize(manager, dataType, x);
        }
        if (finalNorm != null) {
            finalNorm.initialize(manager, dataType, x);
        }
        if (classifier != null) {
            classifier.initialize(manager, dataType, x);
        }
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape tokens = inputShapes[0];
        long b = tokens.get(0);
        long t = tokens.get(1);
        Shape logits = config.objective().logitShape(b, t, config.outputUnits());
        Shape[] shapes = new Shape[1 + 2 * config.attentionLayers()];
        shapes[0] = logits;
        for (int i = 1; i < shapes.length; i++) {
            shapes[i] = new Shape(b, config.heads(), t, t);
        }
        return shapes;
    }
}
