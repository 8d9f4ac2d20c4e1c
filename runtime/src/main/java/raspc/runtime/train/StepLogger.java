package raspc.runtime.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;
import raspc.runtime.model.TaskLoss;
import raspc.runtime.run.StepLoss;

/**
 * The step losses of one round: sums the batches' losses on the device and reads them back only
 * at every {@code every}-th optimizer step (a read waits for the device, so a run that logs
 * nothing pays nothing). A window starts at the round's first batch or after the previous logged
 * step, so the first window of a round may be shorter than {@code every}.
 */
final class StepLogger {
    private final int every;
    private final List<StepLoss> logged = new ArrayList<>();
    private final NDArray loss;
    private final NDArray attention;
    private long samples;

    /** @param every steps between logged losses; 0 = none */
    StepLogger(int every, NDManager manager) {
        this.every = every;
        this.loss = every > 0 ? manager.zeros(new Shape()) : null;
        this.attention = every > 0 ? manager.zeros(new Shape()) : null;
    }

    /** One batch of {@code size} samples, trained; {@code step} is the optimizer's count after it. */
    void add(TaskLoss.Parts parts, int size, long step) {
        if (every == 0) {
            return;
        }
        loss.addi(parts.total().stopGradient().mul(size));
        attention.addi(parts.attention().stopGradient().mul(size));
        samples += size;
        if (step % every == 0) {
            logged.add(new StepLoss(step, loss.getFloat() / samples, attention.getFloat() / samples));
            loss.muli(0);
            attention.muli(0);
            samples = 0;
        }
    }

    List<StepLoss> logged() {
        return List.copyOf(logged);
    }
}
