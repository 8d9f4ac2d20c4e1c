package raspc.runtime.run;

import java.util.List;
import raspc.runtime.data.HeadId;
import raspc.runtime.model.ModelConfig;

/**
 * config.json: everything needed to rebuild the model, decode its ids and resume its training.
 *
 * @param maxLength longest training length (BOS excluded)
 * @param device the device the run was trained on ("cpu", "gpu0")
 */
public record RunConfig(
        int formatVersion,
        String task,
        String runId,
        List<String> inputVocab,
        List<String> outputVocab,
        int padId,
        boolean hasBos,
        int maxLength,
        List<HeadId> supervisedHeads,
        ModelConfig model,
        TrainConfig train,
        String device,
        String createdAt) {

    public static final int FORMAT_VERSION = 1;

    public RunConfig {
        inputVocab = List.copyOf(inputVocab);
        outputVocab = List.copyOf(outputVocab);
        supervisedHeads = List.copyOf(supervisedHeads);
    }

    public RunConfig withTrain(TrainConfig newTrain) {
        return new RunConfig(formatVersion, task, runId, inputVocab, outputVocab, padId, hasBos, maxLength,
                supervisedHeads, model, newTrain, device, createdAt);
    }

    public RunConfig withDevice(String newDevice) {
        return new RunConfig(formatVersion, task, runId, inputVocab, outputVocab, padId, hasBos, maxLength,
                supervisedHeads, model, train, newDevice, createdAt);
    }
}
