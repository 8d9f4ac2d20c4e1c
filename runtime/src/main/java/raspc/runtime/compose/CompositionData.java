package raspc.runtime.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import raspc.compiler.task.CompositionDocument;
import raspc.compiler.task.CompositionTask;
import raspc.compiler.task.Split;
import raspc.runtime.data.GenerationCase;
import raspc.runtime.data.HeadId;
import raspc.runtime.data.OutputKind;
import raspc.runtime.data.EncodedSample;
import raspc.runtime.data.SplitTaskData;

/**
 * A composition variant as training data for a causal decoder: each document becomes a sample
 * whose input is the document without its last token and whose target is the document without
 * its first (next-token prediction on every position, as the reference's dataset does), and its
 * generation evaluation lists {@code eval} documents of every evaluated composition.
 */
public final class CompositionData extends SplitTaskData {
    /** The decoder the reference trains: 2 layers of 1 head. */
    public static final int LAYERS = 2;
    public static final int HEADS = 1;

    private final CompositionTask task;

    public CompositionData(CompositionTask task) {
        super(task.name(), task.vocabulary().tokens(), task.vocabulary().tokens());
        this.task = task;
    }

    public CompositionTask task() {
        return task;
    }

    @Override
    public int padId() {
        return task.vocabulary().pad();
    }

    @Override
    public boolean hasBos() {
        return false;
    }

    @Override
    protected List<EncodedSample> makeSplit(Split split) {
        return inParallel(task.size(split), i -> EncodedSample.teacherForced(task.document(split, i).ids()));
    }

    @Override
    public Optional<List<EncodedSample>> freshSamples(int count, int minLen, int maxLen, long seed) {
        return Optional.empty(); // every document has the one length of its format
    }

    @Override
    public int maxLength() {
        return task.documentLength() - 1;
    }

    @Override
    public int minLength() {
        return maxLength();
    }

    @Override
    public boolean fixedLength() {
        return true;
    }

    @Override
    public List<HeadId> supervisedHeads() {
        return List.of();
    }

    @Override
    public int plannedLayers() {
        return LAYERS;
    }

    @Override
    public int plannedHeads() {
        return HEADS;
    }

    @Override
    public OutputKind outputKind() {
        return OutputKind.NEXT_TOKEN;
    }

    @Override
    public Optional<List<GenerationCase>> generation() {
        List<GenerationCase> cases = new ArrayList<>();
        int perComposition = task.definition().evalPerComposition();
        for (CompositionTask.EvalComposition e : task.evaluation()) {
            for (int j = 0; j < perComposition; j++) {
                CompositionDocument d = task.evaluationDocument(e.composition(), j);
                cases.add(new GenerationCase(d.ids(), d.promptLength(), d.answerLength(), e.composition().id(), e.bucket(),
                        e.seen()));
            }
        }
        return Optional.of(cases);
    }
}
