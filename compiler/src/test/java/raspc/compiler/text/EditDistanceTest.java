package raspc.compiler.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EditDistanceTest {
    @Test
    void levenshtein() {
        assertEquals(0, EditDistance.between("abc", "abc"));
        assertEquals(1, EditDistance.between("parity", "parrity"));
        assertEquals(3, EditDistance.between("kitten", "sitting"));
        assertEquals(4, EditDistance.between("", "abcd"));
    }
}
