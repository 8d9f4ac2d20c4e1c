package raspc.runtime.export;

import java.util.ArrayList;
import java.util.List;
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
 */
final class TensorNames {
    private static final Pattern BLOCK = Pattern.compile("(\\d+)(.+)");
    private static final Pattern LAYER = Pattern.compile("layer(\\d+)");

    private TensorNames() {}

    static String of(String djlName) {
        String[] segments = djlName.split("_");
        if (!BLOCK.matcher(segments[0]).matches()) {
            return djlName;
        }
        List<String> levels = new ArrayList<>();
        for (int i = 0; i < segments.length - 1; i++) {
            Matcher block = BLOCK.matcher(segments[i]);
            if (block.matches()) {
                Matcher layer = LAYER.matcher(block.group(2));
                levels.add(layer.matches() ? "layers." + layer.group(1) : block.group(2));
            } else {
                levels.set(levels.size() - 1, levels.getLast() + "_" + segments[i]);
            }
        }
        String parameter = segments[segments.length - 1];
        levels.add(switch (parameter) {
            case "gamma" -> "weight";
            case "beta" -> "bias";
            default -> parameter;
        });
        return String.join(".", levels);
    }
}
