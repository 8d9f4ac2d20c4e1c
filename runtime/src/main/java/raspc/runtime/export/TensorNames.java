package raspc.runtime.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PyTorch-style names for DJL's parameter names. DJL joins the path with underscores and puts
 * each child block's position before its name ({@code 01layer0_01attention_01qkv_weight}); a
 * parameter of the model itself has no prefix ({@code token_embedding}). So a segment with a
 * digit prefix starts a block, other segments belong to the block before (block names such as
 * {@code final_norm} hold an underscore), and the last segment is the parameter. The result is
 * {@code layers.0.attention.qkv.weight}, {@code final_norm.weight}; a layer norm's
 * {@code gamma}/{@code beta} become {@code weight}/{@code bias}, as in {@code torch.nn.LayerNorm}.
 *
 * <p>A recurrent block's parameters are named {@code l_0_i2h_WEIGHT} (direction, layer, input or
 * hidden side, type): {@code 01lstm_l_0_i2h_WEIGHT} becomes {@code lstm.weight_ih_l0}, the name
 * {@code torch.nn.LSTM} gives the same matrix. The layout needs no change: the model's pass
 * ({@code LstmStack}, and on a GPU libtorch's own LSTM) reads them as PyTorch does, gates in
 * PyTorch's order (i, f, g, o) and the input and hidden biases kept apart as b_ih and b_hh.
 */
final class TensorNames {
    private static final Pattern BLOCK = Pattern.compile("(\\d+)(.+)");
    private static final Pattern LAYER = Pattern.compile("layer(\\d+)");
    private static final Pattern RECURRENT = Pattern.compile("(.+)_([lr])_(\\d+)_(i2h|h2h)_(WEIGHT|BIAS)");

    private TensorNames() {}

    static String of(String djlName) {
        String[] segments = djlName.split("_");
        if (!BLOCK.matcher(segments[0]).matches()) {
            return djlName;
        }
        Matcher recurrent = RECURRENT.matcher(djlName);
        if (recurrent.matches()) {
            List<String> levels = blocks(recurrent.group(1).split("_"));
            levels.add(recurrent.group(5).toLowerCase(Locale.ROOT) + "_" + recurrent.group(4).charAt(0) + "h_l"
                    + recurrent.group(3) + (recurrent.group(2).equals("r") ? "_reverse" : ""));
            return String.join(".", levels);
        }
        List<String> levels = blocks(Arrays.copyOf(segments, segments.length - 1));
        String parameter = segments[segments.length - 1];
        levels.add(switch (parameter) {
            case "gamma" -> "weight";
            case "beta" -> "bias";
            default -> parameter;
        });
        return String.join(".", levels);
    }

    /** The dotted block path of a name's segments before its parameter. */
    private static List<String> blocks(String[] segments) {
        List<String> levels = new ArrayList<>();
        for (String segment : segments) {
            Matcher block = BLOCK.matcher(segment);
            if (block.matches()) {
                Matcher layer = LAYER.matcher(block.group(2));
                levels.add(layer.matches() ? "layers." + layer.group(1) : block.group(2));
            } else {
                levels.set(levels.size() - 1, levels.getLast() + "_" + segment);
            }
        }
        return levels;
    }
}
