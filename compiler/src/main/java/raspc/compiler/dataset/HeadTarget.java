package raspc.compiler.dataset;

/**
 * The attention a planned head should produce on one input: {@code selected[q][k]} is true when
 * query position q attends to key position k.
 */
public record HeadTarget(int layer, int head, boolean[][] selected) {

    /** Rows as strings of '0'/'1', the compact form used in JSON Lines and by peep. */
    public String[] rows() {
        String[] out = new String[selected.length];
        for (int q = 0; q < selected.length; q++) {
            char[] row = new char[selected[q].length];
            for (int k = 0; k < row.length; k++) {
                row[k] = selected[q][k] ? '1' : '0';
            }
            out[q] = new String(row);
        }
        return out;
    }

    public static HeadTarget fromRows(int layer, int head, java.util.List<String> rows) {
        boolean[][] m = new boolean[rows.size()][];
        for (int q = 0; q < m.length; q++) {
            String row = rows.get(q);
            m[q] = new boolean[row.length()];
            for (int k = 0; k < row.length(); k++) {
                char c = row.charAt(k);
                if (c != '0' && c != '1') {
                    throw new IllegalArgumentException("attention row " + q + " of head (" + layer + ", " + head
                            + ") must hold only 0 and 1, got '" + c + "'");
                }
                m[q][k] = c == '1';
            }
        }
        return new HeadTarget(layer, head, m);
    }
}
