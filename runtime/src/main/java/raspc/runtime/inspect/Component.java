package raspc.runtime.inspect;

/** A part of the model that an ablation removes or a patch overwrites. */
public sealed interface Component {
    /** How reports and JSON name it: {@code L0.H1}, {@code L0.MLP}, {@code R2@3}. */
    String label();

    /** Head {@code head} of attention layer {@code layer}. */
    record Head(int layer, int head) implements Component {
        @Override
        public String label() {
            return "L" + layer + ".H" + head;
        }
    }

    /** The feed-forward block of {@code layer}. */
    record Mlp(int layer) implements Component {
        @Override
        public String label() {
            return "L" + layer + ".MLP";
        }
    }

    /** The residual stream at {@code stage} (0: after the embedding; l + 1: after layer l), at one position. */
    record Residual(int stage, int position) implements Component {
        @Override
        public String label() {
            return "R" + stage + "@" + position;
        }
    }
}
