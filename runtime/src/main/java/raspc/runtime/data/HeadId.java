package raspc.runtime.data;

/** One attention head of the model: layer and head index, both from 0. */
public record HeadId(int layer, int head) {
    public HeadId {
        if (layer < 0 || head < 0) {
            throw new IllegalArgumentException("layer and head must be >= 0, got (" + layer + ", " + head + ")");
        }
    }

    @Override
    public String toString() {
        return "layer " + layer + " head " + head;
    }
}
