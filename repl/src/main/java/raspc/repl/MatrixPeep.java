package raspc.repl;

import java.util.List;
import java.util.Locale;
import raspc.compiler.matrix.MaskedMatrix;

/** {@code peep matrix_...}: each matrix as the model's input (MASK shown as ----), its mask and its target. */
final class MatrixPeep {
    private MatrixPeep() {}

    static String format(List<MaskedMatrix> matrices, int first) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < matrices.size(); k++) {
            MaskedMatrix m = matrices.get(k);
            int n = m.n();
            out.append("sample ").append(first + k).append(": ").append(m.maskedCount()).append(" of ").append(n * n)
                    .append(" entries masked\n");
            out.append(pad("input", n * 6)).append("   ").append(pad("mask", n * 2)).append("   target\n");
            for (int i = 0; i < n; i++) {
                StringBuilder input = new StringBuilder();
                StringBuilder mask = new StringBuilder();
                StringBuilder target = new StringBuilder();
                for (int j = 0; j < n; j++) {
                    String value = String.format(Locale.ROOT, "%6.2f", m.value(i, j));
                    input.append(m.isObserved(i, j) ? value : "  ----");
                    mask.append(m.isObserved(i, j) ? " ." : " M");
                    target.append(value);
                }
                out.append(input).append("   ").append(mask).append("   ").append(target).append('\n');
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
