package raspc.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import raspc.compiler.dataset.HeadTarget;
import raspc.compiler.dataset.Sample;
import raspc.compiler.text.Tokenizer;

class PeepFormatTest {
    private static final Sample SORT = new Sample(List.of("§", "h", "b"), List.of("§", "b", "h"), List.of(
            HeadTarget.fromRows(0, 0, List.of("100", "101", "100")),
            HeadTarget.fromRows(1, 0, List.of("100", "001", "010"))));

    @Test
    void peepMatchesTheOriginalFormat() {
        assertEquals("""
                =================
                §hb
                §bh
                layer 0 head 0 :
                1 0 0
                1 0 1
                1 0 0
                layer 1 head 0 :
                1 0 0
                0 0 1
                0 1 0
                =================
                """, PeepFormat.format(List.of(SORT)));
        assertEquals("[10, 3]", Tokenizer.join(List.of("10", "3")));
    }
}
