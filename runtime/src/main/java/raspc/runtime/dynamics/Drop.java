package raspc.runtime.dynamics;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One plateau and the abrupt drop that ends it.
 *
 * @param plateauStart the plateau's first step
 * @param dropStart the plateau's last step, where the fall begins
 * @param plateauLevel the median (smoothed) loss on the plateau
 * @param dropEnd the first step at which the loss is below the level over the factor
 * @param lossAfter the (smoothed) loss at {@code dropEnd}
 */
public record Drop(long plateauStart, long dropStart, double plateauLevel, long dropEnd, double lossAfter) {
    @JsonProperty
    public long plateauSteps() {
        return dropStart - plateauStart;
    }

    /** Steps from the plateau's end to the drop's end. */
    @JsonProperty
    public long duration() {
        return dropEnd - dropStart;
    }

    /** How many times smaller the loss is after the drop than on the plateau. */
    @JsonProperty
    public double fall() {
        return plateauLevel / lossAfter;
    }
}
