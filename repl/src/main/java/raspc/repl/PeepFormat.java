package raspc.repl;

import java.util.List;
import raspc.compiler.dataset.HeadTarget;
import raspc.compiler.dataset.Sample;
import raspc.compiler.text.Tokenizer;

/**
 * Prints samples the way the original experiments' {@code peep_lang} did: a line of '=', the input
 * then the output (one string when every token is one character, else a list), and for inputs
 * shorter than {@link #MAX_MATRIX_LENGTH} each head's 0/1 matrix; a closing line of '='.
 */
final class PeepFormat {
    static final int MAX_MATRIX_LENGTH = 20;
    private static final String RULE = "=================";

    private PeepFormat() {}

    static String format(List<Sample> samples) {
        StringBuilder out = new StringBuilder();
        for (Sample s : samples) {
            out.append(RULE).append('\n');
            out.append(Tokenizer.join(s.input())).append('\n');
            out.append(Tokenizer.join(s.target())).append('\n');
            if (s.input().size() < MAX_MATRIX_LENGTH) {
                for (HeadTarget h : s.attention()) {
                    out.append("layer ").append(h.layer()).append(" head ").append(h.head()).append(" :\n");
                    for (boolean[] row : h.selected()) {
                        for (int k = 0; k < row.length; k++) {
                            out.append(k == 0 ? "" : " ").append(row[k] ? '1' : '0');
                        }
                        out.append('\n');
                    }
                }
            }
        }
        out.append(RULE).append('\n');
        return out.toString();
    }
}
