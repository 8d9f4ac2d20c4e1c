package raspc.runtime.model;

import ai.djl.nn.AbstractBlock;

/**
 * A block made of blocks, which answers "are my parameters initialized?" from memory once they
 * are. DJL asks before every training forward of every block, and answers by rebuilding the
 * block's whole parameter list, one new name string per parameter and nesting level: each batch
 * did that for the model, each layer, attention and feed-forward. Measured with JFR on the
 * benchmark's first epoch, C2 spent 0.8 s of CPU compiling that one method while the two shard
 * threads needed both cores.
 */
abstract class CompositeBlock extends AbstractBlock {
    private volatile boolean initialized;

    CompositeBlock() {}

    CompositeBlock(byte version) {
        super(version);
    }

    @Override
    public boolean isInitialized() {
        if (!initialized) {
            initialized = super.isInitialized();
        }
        return initialized;
    }

    @Override
    public void clear() {
        initialized = false;
        super.clear();
    }
}
