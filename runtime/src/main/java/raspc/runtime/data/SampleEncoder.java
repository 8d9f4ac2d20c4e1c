package raspc.runtime.data;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import raspc.compiler.dataset.HeadTarget;
import raspc.compiler.dataset.Sample;
import raspc.runtime.RuntimeUserException;

/**
 * The one step from the compiler's {@link Sample} (tokens) to the runtime's
 * {@link EncodedSample} (vocabulary ids, attention targets keyed by head): the index of a token
 * in its vocabulary is its id.
 */
public final class SampleEncoder {
    private final String taskName;
    private final Map<String, Integer> inputIds;
    private final Map<String, Integer> outputIds;

    public SampleEncoder(String taskName, List<String> inputVocab, List<String> outputVocab) {
        this.taskName = taskName;
        this.inputIds = indexOf(inputVocab);
        this.outputIds = indexOf(outputVocab);
    }

    public EncodedSample encode(Sample s) {
        Map<HeadId, boolean[][]> attention = new LinkedHashMap<>();
        for (HeadTarget h : s.attention()) {
            attention.put(new HeadId(h.layer(), h.head()), h.selected());
        }
        return new EncodedSample(inputIds(s.input()), ids(s.target(), outputIds, "output"), attention);
    }

    /** Ids of input tokens; a token outside the vocabulary is a clear error naming it. */
    public int[] inputIds(List<String> tokens) {
        return ids(tokens, inputIds, "input");
    }

    /** The id of an input token, or -1 when the input vocabulary has no such token. */
    public int inputId(String token) {
        return inputIds.getOrDefault(token, -1);
    }

    private int[] ids(List<String> tokens, Map<String, Integer> vocab, String what) {
        int[] out = new int[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            Integer id = vocab.get(tokens.get(i));
            if (id == null) {
                throw new RuntimeUserException("'" + tokens.get(i) + "' is not in the " + what + " alphabet of " + taskName);
            }
            out[i] = id;
        }
        return out;
    }

    private static Map<String, Integer> indexOf(List<String> vocab) {
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < vocab.size(); i++) {
            ids.put(vocab.get(i), i);
        }
        return ids;
    }
}
