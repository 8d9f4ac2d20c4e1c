package raspc.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CountsTest {
    @Test
    void oneIsSingularEverythingElsePlural() {
        assertEquals("1 head", Counts.of(1, "head"));
        assertEquals("2 heads", Counts.of(2, "head"));
        assertEquals("0 layers", Counts.of(0, "layer"));
        assertEquals("1 supervised head", Counts.of(1, "supervised head"));
    }
}
