package raspc.runtime.model;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.recurrent.LSTM;
import ai.djl.training.ParameterStore;

/**
 * The forward pass of the LSTM baseline's stack. DJL's {@link LSTM} block holds the weights (so
 * their names, layout and saved form are DJL's and torch.nn.LSTM's: W_ih, W_hh, b_ih, b_hh per
 * layer, gates i, f, g, o), and on a GPU its fused kernel (cuDNN) runs the pass. On the CPU the
 * pass is computed here, step by step from matmuls and elementwise ops, because the fused CPU
 * kernel of the libtorch DJL bundles (2.5.1, through oneDNN's RNN primitive) returns wrong
 * states on some AVX-512 CPUs: on an AMD EPYC of the Zen 5 generation its first step already
 * differs from the LSTM equations by 0.04 (with oneDNN held to AVX2 it agrees), and PyTorch 2.13
 * computes the equations. {@code LstmStackTest} checks the pass against them in plain Java.
 *
 * <p>Input: x [B, T, in], and optionally the initial hidden and cell states, each [layers, B, d].
 * Output: the last layer's hidden states [B, T, d], then the final hidden and cell states, each
 * [layers, B, d], as the fused kernel returns them. Dropout (training only) falls between layers.
 */
final class LstmStack {
    private final LSTM block;
    private final int layers;
    private final float dropout;

    LstmStack(LSTM block, int layers, float dropout) {
        this.block = block;
        this.layers = layers;
        this.dropout = dropout;
    }

    NDList forward(ParameterStore store, NDList inputs, boolean training) {
        NDArray x = inputs.head();
        if (x.getDevice().isGpu()) {
            return block.forward(store, inputs, training);
        }
        Device device = x.getDevice();
        long batch = x.getShape().get(0);
        int steps = (int) x.getShape().get(1);
        NDList hidden = new NDList();
        NDList cells = new NDList();
        NDArray input = x;
        for (int l = 0; l < layers; l++) {
            NDArray inputWeight = weight(store, device, l, "i2h_WEIGHT", training);
            NDArray hiddenWeight = weight(store, device, l, "h2h_WEIGHT", training).transpose();
            NDArray bias = weight(store, device, l, "i2h_BIAS", training).add(weight(store, device, l, "h2h_BIAS", training));
            // the input side of every step in one matmul; only the hidden side is sequential
            NDArray fromInput = input.matMul(inputWeight.transpose()).add(bias); // [B, T, 4d]
            long width = hiddenWeight.getShape().get(0);
            NDArray h = inputs.size() > 1 ? inputs.get(1).get(l)
                    : x.getManager().zeros(new Shape(batch, width), x.getDataType(), device);
            NDArray c = inputs.size() > 2 ? inputs.get(2).get(l) : h.zerosLike();
            NDList outputs = new NDList(steps);
            for (int t = 0; t < steps; t++) {
                NDArray gates = fromInput.get(new NDIndex().addAllDim().addIndices(t)).add(h.matMul(hiddenWeight));
                NDList split = gates.split(4, 1);
                NDArray in = Activation.sigmoid(split.get(0));
                NDArray forget = Activation.sigmoid(split.get(1));
                NDArray candidate = split.get(2).tanh();
                NDArray out = Activation.sigmoid(split.get(3));
                c = forget.mul(c).add(in.mul(candidate));
                h = out.mul(c.tanh());
                outputs.add(h);
            }
            hidden.add(h);
            cells.add(c);
            input = NDArrays.stack(outputs, 1);
            if (dropout > 0 && training && l < layers - 1) {
                input = Dropout.dropout(input, dropout, true).head();
            }
        }
        return new NDList(input, NDArrays.stack(hidden), NDArrays.stack(cells));
    }

    private NDArray weight(ParameterStore store, Device device, int layer, String name, boolean training) {
        Parameter p = block.getParameters().get("l_" + layer + "_" + name);
        return store.getValue(p, device, training);
    }
}
