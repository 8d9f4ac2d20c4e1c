package raspc.runtime.export;

import java.util.List;
import raspc.runtime.run.RunConfig;

/**
 * The vocab.json of an export: token ids are positions in these lists. raspc pads with its BOS
 * symbol's id (a task without BOS still has the symbol, for padding only); padded positions are
 * masked out as keys, so their id never matters to the real tokens.
 *
 * @param bosToken     prepended to every input when {@code hasBos}; null otherwise
 * @param bosOutputGiven in a per-position BOS task the output at BOS is BOS itself, not predicted
 */
public record ExportedVocab(List<String> inputTokens, List<String> outputTokens, int padId, String padToken,
        boolean hasBos, String bosToken, Integer bosId, boolean bosOutputGiven) {

    public static ExportedVocab of(RunConfig run) {
        String pad = run.inputVocab().get(run.padId());
        boolean perPosition = run.model().objective() instanceof raspc.runtime.model.Objective.PerPositionClassification;
        return new ExportedVocab(run.inputVocab(), run.outputVocab(), run.padId(), pad, run.hasBos(),
                run.hasBos() ? pad : null, run.hasBos() ? run.padId() : null, run.hasBos() && perPosition);
    }
}
