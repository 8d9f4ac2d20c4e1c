package raspc.compiler.task;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GeneratorsTest {

    @Test
    void standardAlphabetsFollowTheOriginalOrder() {
        assertEquals(List.of("a", "b", "c"), Alphabets.standard(3));
        assertEquals("z", Alphabets.standard(26).get(25));
        assertEquals("Z", Alphabets.standard(52).get(51));
        List<String> all = Alphabets.standard(100);
        assertEquals("0", all.get(52));
        assertEquals("!", all.get(62));
        assertEquals("~", all.get(93));
        assertEquals(" ", all.get(94));
        assertEquals("\u000c", all.get(99));
        assertEquals(100, all.stream().distinct().count());
        assertThrows(IllegalArgumentException.class, () -> Alphabets.standard(101));
    }

    @Test
    void balancedDyckStringsAreBalanced() {
        DyckGenerator g = new DyckGenerator(List.of("()", "{}"), "a", 0.3);
        SplittableRandom r = new SplittableRandom(1);
        int neutral = 0;
        int total = 0;
        for (int i = 0; i < 500; i++) {
            int n = 1 + r.nextInt(60);
            List<String> s = g.balanced(n, r);
            assertEquals(n, s.size());
            assertEquals("T", ReferenceTasks.dyckPtf(s, List.of("()", "{}")).get(n - 1), String.join("", s));
            neutral += (int) s.stream().filter("a"::equals).count();
            total += n;
        }
        double share = (double) neutral / total;
        assertTrue(share > 0.2 && share < 0.45, "neutral share " + share);
    }

    @Test
    void dyckMixHasAllThreeKindsAndIsDeterministic() {
        DyckGenerator g = new DyckGenerator(List.of("()"), "a", 0.3);
        int balanced = 0;
        for (int i = 0; i < 300; i++) {
            List<String> s = g.generate(20, new SplittableRandom(i));
            assertEquals(s, g.generate(20, new SplittableRandom(i)));
            assertEquals(20, s.size());
            if (ReferenceTasks.dyckPtf(s, List.of("()")).get(19).equals("T")) {
                balanced++;
            }
        }
        assertTrue(balanced > 80 && balanced < 200, "balanced " + balanced);
    }

    @Test
    void referenceImplementationsOnKnownExamples() {
        assertEquals(List.of("o", "l", "l", "e", "h"), ReferenceTasks.reverse(List.of("h", "e", "l", "l", "o")));
        assertEquals(List.of(1, 1, 2, 2, 1), ReferenceTasks.hist(List.of("h", "e", "l", "l", "o")));
        assertEquals(List.of(3, 3, 1, 1, 3), ReferenceTasks.hist2(List.of("h", "e", "l", "l", "o")));
        assertEquals(List.of("e", "h", "l", "l", "o"), ReferenceTasks.sort(List.of("h", "e", "l", "l", "o")));
        assertEquals(List.of("l", "h", "e", "o", "§"), ReferenceTasks.sortByFreq(List.of("h", "e", "l", "l", "o"), "§"));
        assertEquals(List.of("P", "T", "P", "P", "P", "P", "P", "T"),
                ReferenceTasks.dyckPtf(List.of("(", ")", "(", "(", ")", "(", ")", ")"), List.of("()")));
        assertEquals(List.of("P", "F", "F"), ReferenceTasks.dyckPtf(List.of("(", "}", "{"), List.of("()", "{}")));
    }
}
