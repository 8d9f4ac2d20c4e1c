package raspc.compiler.task;

import raspc.compiler.TaskRegistry;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raspc.compiler.error.RaspError;

/** The composition declaration against the reference's token dictionary, prompt formats and split strategies. */
class CompositionTaskTest {
    @TempDir
    Path dir;

    private CompositionTask task(String declaration, String variant) throws Exception {
        Path file = dir.resolve("c.rasp");
        Files.writeString(file, declaration);
        return (CompositionTask) TaskRegistry.of(List.of(file)).task(variant, TaskOptions.NONE);
    }

    private CompositionTask reference(String variant) throws Exception {
        return task("composition compose { }", variant);
    }

    @Test
    void dictionaryHasTheReferenceIds() throws Exception {
        List<String> tokens = reference("compose_random_50_step").vocabulary().tokens();
        assertEquals(33, tokens.size());
        assertEquals("X0", tokens.get(0));
        assertEquals("X9", tokens.get(9));
        assertEquals("T0_0", tokens.get(10));
        assertEquals("T1_0", tokens.get(14));
        assertEquals("T4_3", tokens.get(29));
        assertEquals(List.of(" ", "<PAD>", "S"), tokens.subList(30, 33));
    }

    @Test
    void stepByStepDocumentSpellsEveryIntermediateOutput() throws Exception {
        CompositionTask t = reference("compose_random_50_step");
        Composition c = Composition.inOrder(1, 0, 2, 3, 0);
        int[] x = {0, 1, 2, 3, 4, 5};
        CompositionDocument d = t.document(c, x);
        assertEquals(48, d.ids().length);
        assertEquals(14, d.promptLength());
        assertEquals(6, d.answerLength());
        assertArrayEquals(new int[] {32, 11, 14, 20, 25, 26, 30, 0, 1, 2, 3, 4, 5, 30}, Arrays.copyOf(d.ids(), 14));
        int[] current = x;
        for (int level = 0; level < 5; level++) {
            int index = new int[] {1, 0, 2, 3, 0}[level];
            int[] table = t.functions().table(level, index);
            int[] next = new int[6];
            for (int i = 0; i < 6; i++) {
                next[i] = table[current[i]];
            }
            int start = 14 + level * 7;
            assertArrayEquals(next, Arrays.copyOfRange(d.ids(), start, start + 6), "step " + level);
            if (level < 4) {
                assertEquals(30, d.ids()[start + 6], "a separator after step " + level);
            }
            current = next;
        }
        assertArrayEquals(current, Arrays.copyOfRange(d.ids(), d.answerStart(), 48), "the answer is y");
    }

    @Test
    void directDocumentIsPromptThenAnswer() throws Exception {
        CompositionTask step = reference("compose_random_50_step");
        CompositionTask direct = reference("compose_random_50_direct");
        Composition c = Composition.inOrder(3, 3, 1, 0, 2);
        int[] x = {9, 9, 0, 1, 5, 5};
        CompositionDocument d = direct.document(c, x);
        CompositionDocument s = step.document(c, x);
        assertEquals(20, d.ids().length);
        assertArrayEquals(Arrays.copyOf(s.ids(), 14), Arrays.copyOf(d.ids(), 14), "the same prompt");
        assertArrayEquals(Arrays.copyOfRange(s.ids(), 42, 48), Arrays.copyOfRange(d.ids(), 14, 20), "the same answer");
        assertEquals(List.of("S", "T0_3", "T1_3", "T2_1", "T3_0", "T4_2", " ", "X9", "X9", "X0", "X1", "X5", "X5", " "),
                direct.tokens(d.ids()).subList(0, 14));
    }

    @Test
    void bijectionsAreBijectionsAndTheIdentityIsOne() throws Exception {
        CompositionFunctions f = reference("compose_random_50_step").functions();
        for (int level = 0; level < 5; level++) {
            assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, f.table(level, 0));
            for (int i = 1; i <= 3; i++) {
                int[] sorted = f.table(level, i);
                Arrays.sort(sorted);
                assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, sorted);
            }
        }
    }

    @Test
    void permutedFirstLevelMovesPositions() throws Exception {
        CompositionTask t = task("composition p { permute_first = True; }", "p_random_5_step");
        int[] perm = t.functions().table(0, 2);
        assertEquals(6, perm.length);
        int[] x = {0, 1, 2, 3, 4, 5};
        assertArrayEquals(perm, t.functions().apply(new Composition.Fn(0, 2), x), "x[perm] on the identity input");
    }

    @Test
    void sharedFunctionsAreTheSameAtEveryLevel() throws Exception {
        CompositionFunctions f = task("composition s { shared = True; }", "s_random_5_step").functions();
        for (int level = 1; level < 5; level++) {
            assertArrayEquals(f.table(0, 2), f.table(level, 2));
        }
    }

    @Test
    void randomSplitHasTheCountAndTrainingUsesOnlyIt() throws Exception {
        CompositionTask t = reference("compose_random_25_step");
        Set<String> train = ids(t.trainCompositions());
        assertEquals(25, train.size());
        for (int i = 0; i < 2000; i++) {
            assertTrue(train.contains(t.document(Split.TRAIN, i).composition().id()), "no unseen composition in training");
            assertTrue(train.contains(t.document(Split.VALID, i % 1000).composition().id()));
        }
        long seen = t.evaluation().stream().filter(CompositionTask.EvalComposition::seen).count();
        assertEquals(1024, t.evaluation().size());
        assertEquals(25, seen);
    }

    @Test
    void baseSplitHasTheIdentityEverySingleFunctionAndMore() throws Exception {
        CompositionTask t = reference("compose_base_10_step");
        assertEquals(16 + 10, t.trainCompositions().size());
        Set<String> train = ids(t.trainCompositions());
        assertTrue(train.contains("T0_0 T1_0 T2_0 T3_0 T4_0"));
        assertTrue(train.contains("T0_0 T1_0 T2_3 T3_0 T4_0"));
        assertEquals(16, t.trainCompositions().stream().filter(c -> c.functions() <= 1).count());
    }

    @Test
    void identitiesSplitFixesTheIdentities() throws Exception {
        CompositionTask t = reference("compose_identity2_30_step");
        assertEquals(30, t.trainCompositions().size());
        t.trainCompositions().forEach(c -> assertEquals(2, c.identities()));
    }

    @Test
    void outOfOrderTrainingPlacesOtherLevelsBijections() throws Exception {
        CompositionTask t = reference("compose_outoforder_40_step");
        assertEquals(41, t.trainCompositions().size());
        Set<Integer> indices = new HashSet<>();
        for (Composition c : t.trainCompositions()) {
            for (int slot = 0; slot < 5; slot++) {
                Composition.Fn f = c.slots().get(slot);
                if (f.isIdentity()) {
                    assertEquals(slot, f.level(), "an identity is its slot's own");
                } else {
                    assertNotEquals(slot, f.level(), "a bijection comes from another level");
                    indices.add(f.index());
                }
            }
        }
        assertEquals(Set.of(1, 2, 3), indices, "the intended {1,2,3}, not the reference's {0,1,2}");
        // evaluation adds out-of-order buckets keyed by identities and displaced slots
        List<CompositionTask.EvalComposition> ooo = t.evaluation().stream().filter(e -> !e.bucket().equals("in order")).toList();
        assertFalse(ooo.isEmpty());
        for (CompositionTask.EvalComposition e : ooo) {
            assertEquals(CompositionStrategy.bucketKey(e.composition().identities(), e.composition().displaced()), e.bucket());
        }
    }

    @Test
    void stepAndDirectShareCompositionsAndInputs() throws Exception {
        CompositionTask step = reference("compose_random_10_step");
        CompositionTask direct = reference("compose_random_10_direct");
        assertEquals(ids(step.trainCompositions()), ids(direct.trainCompositions()));
        assertArrayEquals(step.document(Split.TRAIN, 7).input(), direct.document(Split.TRAIN, 7).input());
    }

    @Test
    void mistakesAreLocatedMessages() throws Exception {
        assertEquals(dir.resolve("c.rasp") + ":1:17: composition c: levels must be an int, got str", warning("composition c { levels = \"five\"; }"));
        assertTrue(warning("composition c { depth = 5; }").contains("unknown composition field 'depth'"));
        RaspError tooMany = assertThrows(RaspError.class, () -> reference("compose_random_2000_step"));
        assertTrue(tooMany.getMessage().contains("only 1024 compositions"), tooMany.getMessage());
    }

    @Test
    void datasetLinesCarryTheCompositionId() throws Exception {
        CompositionTask t = reference("compose_random_5_direct");
        CompositionDocument d = t.document(Split.TRAIN, 0);
        String line = CompositionJson.jsonLine(t, d);
        assertTrue(line.startsWith("{\"composition\":\"" + d.composition().id() + "\",\"ids\":[32,"), line);
        assertTrue(line.contains("\"prompt_length\":14,\"answer_length\":6,\"seen\":true"), line);
    }

    /** The one warning a file's failing declaration leaves (a file's failing statements are skipped). */
    private String warning(String declaration) throws Exception {
        Path file = dir.resolve("c.rasp");
        Files.writeString(file, declaration);
        List<RaspError> warnings = TaskRegistry.of(List.of(file)).warnings();
        assertEquals(1, warnings.size());
        return warnings.get(0).getMessage();
    }

    private static Set<String> ids(List<Composition> list) {
        Set<String> out = new HashSet<>();
        list.forEach(c -> out.add(c.id()));
        return out;
    }

    /** RASP programs of the file as further functions of every level, computed by the reference evaluator. */
    @Test
    void programsOfTheFileAreFunctionsOfEveryLevel() throws Exception {
        String programs = "opp_index = length - indices - 1;\nflip = select(indices, opp_index, ==);\n"
                + "reverse = aggregate(flip, tokens);\nrotate = aggregate(select(indices, (indices + 1) % length, ==), tokens);\n";
        CompositionTask t = task(programs + "composition p { alphabet = 4; length = 3; levels = 2; functions = 1;"
                + " programs = [reverse, rotate]; train = 50; valid = 10; eval = 2; }\n", "p_base_0_step");
        assertEquals(4, t.definition().functionsPerLevel());
        assertEquals(16, t.evaluation().size());
        assertTrue(t.vocabulary().tokens().contains("T1_3"));
        // the base split holds each single function, the programs included
        assertTrue(t.trainCompositions().contains(Composition.inOrder(0, 3)), t.trainCompositions().toString());
        CompositionDocument d = t.document(Composition.inOrder(2, 3), new int[] {0, 1, 3});
        assertArrayEquals(new int[] {3, 1, 0}, d.steps().get(0), "reverse");
        assertArrayEquals(new int[] {1, 0, 3}, d.steps().get(1), "then rotate");
        assertEquals(List.of("X1", "X0", "X3"), t.tokens(java.util.Arrays.copyOfRange(d.ids(), d.ids().length - 3, d.ids().length)));
        // a bijection still maps symbols by its table, as without programs
        CompositionDocument b = t.document(Composition.inOrder(1, 0), new int[] {0, 1, 3});
        int[] table = t.functions().table(0, 1);
        assertArrayEquals(new int[] {table[0], table[1], table[3]}, b.steps().get(0));
    }

    @Test
    void aProgramThatDoesNotMapSymbolsToSymbolsIsRefusedAtItsDeclaration() throws Exception {
        assertEndsWith("c.rasp:2:70: composition p: program far on [0, 0, 0] gives the value 5 at position 0; a composition"
                + " function must map 3 symbols 0..3 to as many", declarationWarning("far = indices + 5;\ncomposition p {"
                        + " alphabet = 4; length = 3; levels = 2; functions = 1; programs = [far]; }\n"));
        assertTrue(declarationWarning("composition p { alphabet = 4; length = 3; levels = 2; functions = 1;"
                + " programs = [1]; }\n").endsWith("programs must be a list of s-ops, got int in it"));
    }

    private static void assertEndsWith(String end, String text) {
        assertTrue(text.endsWith(end), text);
    }

    /** The one warning of running {@code source} as a file: a declaration that fails is skipped with it. */
    private String declarationWarning(String source) throws Exception {
        Path file = dir.resolve("c.rasp");
        Files.writeString(file, source);
        List<RaspError> warnings = raspc.compiler.Session.ofFile(file).takeWarnings();
        assertEquals(1, warnings.size(), warnings.toString());
        return warnings.get(0).getMessage();
    }
}
