package raspc.repl;

import java.util.Arrays;
import java.util.List;
import raspc.compiler.task.ScratchpadTask;

/** What {@code raspc peep} prints for a scratchpad parity task. */
final class ScratchpadPeep {
    private static final String RULE = "=================";

    private ScratchpadPeep() {}

    /** A few documents: the prompt (the input bits), the answer tokens the decoder must write, the parity and the ids. */
    static String format(ScratchpadTask task, long[] inputs) {
        StringBuilder out = new StringBuilder();
        out.append(task.name()).append(": ").append(task.documentLength()).append("-token documents, ").append(task.n())
                .append(" input bits then ").append(task.format() == ScratchpadTask.Format.SCRATCHPAD
                        ? "the prefix parities p_i = x1 xor .. xor x_i (p_n is the answer)" : "their parity")
                .append("; only the tokens after the prompt are trained (teacher-forced) and generated\n");
        for (long x : inputs) {
            List<String> tokens = task.tokens(task.document(x));
            out.append(RULE).append('\n');
            out.append("prompt  ").append(String.join(" ", tokens.subList(0, task.promptLength()))).append('\n');
            out.append("target  ").append(String.join(" ", tokens.subList(task.promptLength(), tokens.size()))).append('\n');
            out.append("parity  ").append(tokens.get(tokens.size() - 1)).append('\n');
            out.append("ids     ").append(Arrays.toString(task.document(x))).append('\n');
        }
        out.append(RULE).append('\n');
        return out.toString();
    }
}
