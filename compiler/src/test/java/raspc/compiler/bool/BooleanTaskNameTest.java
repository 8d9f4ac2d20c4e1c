package raspc.compiler.bool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BooleanTaskNameTest {
    private static final List<BooleanSpec> KNOWN = List.of(
            BooleanSpec.parse("parity", List.of("n"), "parity(x)"),
            BooleanSpec.parse("majority", List.of("n"), "2 * sum(x) > n"),
            BooleanSpec.parse("sparse", List.of("n"), "x[0]"),
            BooleanSpec.parse("sparse_parity", List.of("n", "k"), "parity([x[i] for i in choose(n, k, 0)])"),
            BooleanSpec.parse("random", List.of("n", "seed"), "random_table(seed)"));

    @Test
    void resolvesNamesWithTheirIntParameters() {
        BooleanTask t = BooleanTaskName.parse("parity_20", KNOWN);
        assertEquals("parity", t.spec().name());
        assertEquals(List.of(20L), t.args());
        assertEquals(20, t.n());
        assertEquals("parity_20", t.compile().name());

        BooleanTask sp = BooleanTaskName.parse("sparse_parity_40_4", KNOWN);
        assertEquals("sparse_parity", sp.spec().name());
        assertEquals(List.of(40L, 4L), sp.args());

        assertEquals(List.of(10L, 3L), BooleanTaskName.parse("random_10_3", KNOWN).args());
        assertEquals("sparse", BooleanTaskName.parse("sparse_12", KNOWN).spec().name());
    }

    @Test
    void wrongNumberOfParametersSaysWhatToWrite() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BooleanTaskName.parse("sparse_parity_40", KNOWN));
        assertTrue(e.getMessage().contains("sparse_parity_<n>_<k>"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> BooleanTaskName.parse("parity", KNOWN));
        assertTrue(e.getMessage().contains("parity_<n>"), e.getMessage());
    }

    @Test
    void unknownNamesListCloseMatches() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BooleanTaskName.parse("parrity_20", KNOWN));
        assertTrue(e.getMessage().startsWith("unknown Boolean task 'parrity_20'; did you mean: parity_<n>"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> BooleanTaskName.parse("majorty_15", KNOWN));
        assertTrue(e.getMessage().contains("majority_<n>"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> BooleanTaskName.parse("zzzzzzzzzz_3", KNOWN));
        assertTrue(e.getMessage().contains("known: "), e.getMessage());
    }
}
