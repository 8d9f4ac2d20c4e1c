package raspc.compiler.task;

import raspc.compiler.TaskRegistry;
import raspc.compiler.value.Inputs;
import static org.junit.jupiter.api.Assertions.*;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import raspc.compiler.dataset.HeadTarget;
import raspc.compiler.dataset.Sample;
import raspc.compiler.dataset.SampleJson;
import raspc.compiler.error.RaspError;
import raspc.compiler.plan.LayerPlan;

class PlanAndDatasetTest {
    static TaskRegistry registry;

    @BeforeAll
    static void load() {
        registry = TaskRegistry.standard();
    }

    private static void shape(String task, int layers, int heads) {
        LayerPlan p = ((SequenceTask) registry.resolve(task)).plan();
        assertEquals(layers, p.layerCount(), task + " layers");
        assertEquals(heads, p.maxHeads(), task + " heads");
    }

    @Test
    void plansMatchThePapersPredictions() {
        shape("reverse_26", 2, 1);
        shape("hist_26", 1, 1);
        shape("sort_26", 2, 1);
        shape("hist2_26", 2, 2);
        shape("sort_by_freq_26", 3, 2);
        shape("dyck1_ptf", 2, 1);
        shape("hist_26_bos", 1, 1);
        shape("sort_10_bos", 2, 1);
    }

    @Test
    void sortWithBosHasTheHandWrittenPatterns() {
        SequenceTask t = (SequenceTask) registry.resolve("sort_10_bos_with_attns");
        assertEquals(2, t.plan().layerCount());
        for (int i = 0; i < 300; i++) {
            Sample s = t.sample(Split.TRAIN, i);
            List<String> in = s.input();
            int n = in.size();
            assertEquals(2, s.attention().size());
            HeadTarget before = s.attention().get(0);
            HeadTarget move = s.attention().get(1);
            assertEquals(0, before.layer());
            assertEquals(1, move.layer());
            int[] rank = new int[n];
            for (int q = 0; q < n; q++) {
                for (int k = 0; k < n; k++) {
                    boolean expected;
                    if (q == 0) {
                        expected = k == 0;
                    } else {
                        boolean isBefore = k > 0 && (in.get(k).compareTo(in.get(q)) < 0 || (in.get(k).equals(in.get(q)) && k < q));
                        expected = k == 0 || isBefore;
                        if (isBefore) {
                            rank[q]++;
                        }
                    }
                    assertEquals(expected, before.selected()[q][k], "layer 0 at " + q + "," + k + " of " + in);
                }
            }
            for (int q = 0; q < n; q++) {
                for (int k = 0; k < n; k++) {
                    boolean expected = q == 0 ? k == 0 : k > 0 && rank[k] == q - 1;
                    assertEquals(expected, move.selected()[q][k], "layer 1 at " + q + "," + k + " of " + in);
                }
            }
        }
    }

    @Test
    void theReferencesPeepExample() {
        // the sample printed in the reference's peep example (sort_10_bos_with_attns on "hb")
        Sample s = registry.resolve("sort_10_bos_with_attns").label(List.of("h", "b"));
        assertEquals("{\"input\":[\"§\",\"h\",\"b\"],\"target\":[\"§\",\"b\",\"h\"],\"attention\":["
                + "{\"layer\":0,\"head\":0,\"rows\":[\"100\",\"101\",\"100\"]},"
                + "{\"layer\":1,\"head\":0,\"rows\":[\"100\",\"001\",\"010\"]}]}", SampleJson.toLine(s));
    }

    @Test
    void samplesAreDeterministicAndSplitsDisjoint() {
        LabelledTask a = registry.resolve("hist_10", new TaskOptions(7L, 2000, 300, 300, 6));
        LabelledTask b = registry.resolve("hist_10", new TaskOptions(7L, 2000, 300, 300, 6));
        Set<String> train = new HashSet<>();
        for (int i = 0; i < a.size(Split.TRAIN); i++) {
            Sample s = a.sample(Split.TRAIN, i);
            assertEquals(SampleJson.toLine(s), SampleJson.toLine(b.sample(Split.TRAIN, i)));
            train.add(String.join("", s.input()));
        }
        Set<String> valid = new HashSet<>();
        for (int i = 0; i < a.size(Split.VALID); i++) {
            String in = String.join("", a.sample(Split.VALID, i).input());
            assertFalse(train.contains(in), "valid input also in train: " + in);
            valid.add(in);
        }
        for (int i = 0; i < a.size(Split.TEST); i++) {
            String in = String.join("", a.sample(Split.TEST, i).input());
            assertFalse(train.contains(in) || valid.contains(in), "test input also in train/valid: " + in);
        }
        LabelledTask other = registry.resolve("hist_10", new TaskOptions(8L, 2000, 300, 300, 6));
        assertNotEquals(SampleJson.toLine(a.sample(Split.TRAIN, 0)) + SampleJson.toLine(a.sample(Split.TRAIN, 1)),
                SampleJson.toLine(other.sample(Split.TRAIN, 0)) + SampleJson.toLine(other.sample(Split.TRAIN, 1)));
    }

    @Test
    void everyVariantNameResolves() {
        List<String> names = TaskNames.allNames(registry.tasks());
        for (String base : List.of("reverse", "sort", "hist", "hist2", "sort_by_freq")) {
            for (int a : List.of(10, 26, 52, 100)) {
                for (String suffix : List.of("", "_bos", "_with_attns", "_bos_with_attns")) {
                    assertTrue(names.contains(base + "_" + a + suffix), base + "_" + a + suffix);
                }
            }
        }
        for (int k = 1; k <= 6; k++) {
            assertTrue(names.contains("dyck" + k + "_ptf_bos"));
        }
        for (String n : names) {
            LabelledTask t = registry.resolve(n);
            assertEquals(n, t.name());
            t.sample(Split.TRAIN, 0);
        }
        assertEquals(20, registry.resolve("parity_20").size(Split.TEST) > 0 ? registry.resolve("parity_20").minLength() : -1);
        assertEquals(40, registry.resolve("sparse_parity_40_4").minLength());
        registry.resolve("majority_15");
    }

    @Test
    void unknownNamesListCloseMatches() {
        RaspError e = assertThrows(RaspError.class, () -> registry.resolve("revers_26"));
        assertTrue(e.getMessage().contains("did you mean: reverse_26"), e.getMessage());
        e = assertThrows(RaspError.class, () -> registry.resolve("sort_27"));
        assertTrue(e.getMessage().contains("sort_26"), e.getMessage());
        e = assertThrows(RaspError.class, () -> registry.resolve("zzzz"));
        assertTrue(e.getMessage().startsWith("unknown task 'zzzz'"), e.getMessage());
    }

    @Test
    void attentionVariantsShareInputsAndTargetsWithTheirBase() {
        LabelledTask plain = registry.resolve("sort_by_freq_26");
        LabelledTask attn = registry.resolve("sort_by_freq_26_with_attns");
        for (int i = 0; i < 20; i++) {
            Sample p = plain.sample(Split.VALID, i);
            Sample q = attn.sample(Split.VALID, i);
            assertEquals(p.input(), q.input());
            assertEquals(p.target(), q.target());
            assertTrue(p.attention().isEmpty());
            assertEquals(4, q.attention().size());
        }
    }

    @Test
    void booleanParityAsRaspAgreesWithTheSpec() {
        raspc.compiler.Session s = new raspc.compiler.Session();
        for (raspc.grammar.ast.Stmt st : raspc.grammar.ProgramParser.parseProgram(
                "parity_rasp = (count(tokens, \"1\") % 2) == 1;", "t")) {
            s.execute(st);
        }
        LabelledTask parity = registry.resolve("parity_12");
        raspc.compiler.graph.SopNode prog = ((raspc.compiler.value.Value.SopVal) s.get("parity_rasp")).node();
        for (int i = 0; i < 300; i++) {
            Sample sample = parity.sample(Split.TRAIN, i);
            raspc.compiler.seq.Seq out = (raspc.compiler.seq.Seq) new raspc.compiler.eval.GraphEvaluator(
                    Inputs.of(SequenceLabeler.asList(sample.input()))).evaluate(prog);
            boolean rasp = out.word(out.length() - 1) != 0;
            assertEquals(sample.target().get(0).equals("1"), rasp, String.join("", sample.input()));
        }
    }

    @Test
    void theTaskKindDecidesWhatAResolvedNameIs() {
        assertInstanceOf(SequenceTask.class, registry.resolve("reverse_26"));
        assertInstanceOf(BooleanFunctionTask.class, registry.resolve("parity_12"));
        assertEquals(12, registry.booleanFunction("parity_12").n());
        RaspError e = assertThrows(RaspError.class, () -> registry.booleanFunction("reverse_26"));
        assertEquals("reverse_26 is a sequence task, not a Boolean function", e.getMessage());
        assertTrue(registry.resolve("parity_12").bosToken().isEmpty());
    }
}
