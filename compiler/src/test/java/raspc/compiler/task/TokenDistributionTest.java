package raspc.compiler.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import raspc.compiler.TaskRegistry;
import raspc.compiler.dataset.Sample;

class TokenDistributionTest {
    private static final List<String> ABC = List.of("a", "b", "c", "d");

    @Test
    void zipfDrawsTheAlphabetsTokensByRank() {
        List<String> drawn = new TokenDistribution.Zipf(1).draw(ABC, 20_000, new SplittableRandom(3));
        double total = 1 + 1 / 2.0 + 1 / 3.0 + 1 / 4.0;
        assertEquals(1 / total, share(drawn, "a"), 0.02);
        assertEquals(0.25 / total, share(drawn, "d"), 0.02);
    }

    @Test
    void fewDistinctRepeatsKTokensPerInput() {
        SplittableRandom random = new SplittableRandom(5);
        boolean everyTokenSeen = false;
        var seen = new HashSet<String>();
        for (int i = 0; i < 50; i++) {
            List<String> input = new TokenDistribution.FewDistinct(2).draw(ABC, 12, random);
            assertEquals(12, input.size());
            assertTrue(new HashSet<>(input).size() <= 2, input.toString());
            seen.addAll(input);
        }
        everyTokenSeen = seen.containsAll(ABC);
        assertTrue(everyTokenSeen, "the two tokens differ between inputs: " + seen);
    }

    @Test
    void namesParseAndMistakesAreNamed() {
        assertEquals(TokenDistribution.TRAINED, TokenDistribution.parse("trained"));
        assertEquals(new TokenDistribution.Zipf(1.5), TokenDistribution.parse("zipf:1.5"));
        assertEquals("zipf 1", TokenDistribution.parse("zipf").name());
        assertEquals("3 distinct", TokenDistribution.parse("few:3").name());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TokenDistribution.parse("skewed")).getMessage()
                .contains("use trained, zipf[:S] or few[:K]"));
        assertThrows(IllegalArgumentException.class, () -> TokenDistribution.parse("few:x"));
        assertThrows(IllegalArgumentException.class, () -> TokenDistribution.parse("zipf:0"));
    }

    @Test
    void uniformTasksAllowOtherFrequenciesAndStructuredOnesRefuse() {
        TaskRegistry registry = TaskRegistry.standard();
        LabelledTask hist = registry.resolve("hist_10");
        Optional<Sample> repeated = hist.fresh(8, 1, new TokenDistribution.FewDistinct(1));
        assertTrue(repeated.isPresent());
        assertEquals(1, new HashSet<>(repeated.get().input()).size(), repeated.get().input().toString());
        // one token eight times: its histogram is 8 everywhere, labelled by the program as any input is
        assertTrue(repeated.get().target().stream().allMatch("8"::equals), repeated.get().target().toString());
        assertEquals(hist.fresh(8, 1), hist.fresh(8, 1, TokenDistribution.TRAINED).orElseThrow());

        LabelledTask dyck = registry.resolve("dyck1_ptf");
        assertEquals(Optional.empty(), dyck.independentTokens());
        assertEquals(Optional.empty(), dyck.fresh(8, 1, new TokenDistribution.Zipf(1)));
        assertTrue(registry.resolve("parity_8").fresh(8, 1, new TokenDistribution.FewDistinct(1)).isPresent());
    }

    private static double share(List<String> drawn, String token) {
        return drawn.stream().filter(token::equals).count() / (double) drawn.size();
    }
}
