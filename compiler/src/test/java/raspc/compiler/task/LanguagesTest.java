package raspc.compiler.task;

import raspc.compiler.TaskRegistry;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import raspc.compiler.dataset.Sample;

/**
 * Every language's RASP program against an independent Java definition of its task, on thousands
 * of random inputs from the task's own generator (and, for Dyck, extra balanced-heavy inputs).
 */
class LanguagesTest {
    static TaskRegistry registry;

    @BeforeAll
    static void load() {
        registry = TaskRegistry.standard();
    }

    private static void agree(String task, int samples, Function<List<String>, List<String>> reference) {
        LabelledTask t = registry.resolve(task);
        for (int i = 0; i < samples; i++) {
            Sample s = t.fresh(1 + (i % t.maxLength()), i);
            List<String> input = t.bos() ? s.input().subList(1, s.input().size()) : s.input();
            List<String> expected = new ArrayList<>(reference.apply(input));
            if (t.bos()) {
                expected.add(0, "§");
            }
            assertEquals(expected, s.target(), task + " on \"" + String.join("", s.input()) + "\"");
        }
    }

    private static List<String> strings(List<Integer> ints) {
        return ints.stream().map(String::valueOf).toList();
    }

    @Test
    void reverse() {
        agree("reverse_26", 2000, ReferenceTasks::reverse);
        agree("reverse_10_bos", 500, ReferenceTasks::reverse);
    }

    @Test
    void hist() {
        agree("hist_10", 2000, in -> strings(ReferenceTasks.hist(in)));
        agree("hist_26_bos", 1000, in -> strings(ReferenceTasks.hist(in)));
    }

    @Test
    void hist2() {
        agree("hist2_10", 2000, in -> strings(ReferenceTasks.hist2(in)));
        agree("hist2_26_bos", 1000, in -> strings(ReferenceTasks.hist2(in)));
    }

    @Test
    void sort() {
        agree("sort_26", 2000, ReferenceTasks::sort);
        agree("sort_100_bos", 1000, ReferenceTasks::sort);
    }

    @Test
    void sortByFreq() {
        agree("sort_by_freq_10", 2000, in -> ReferenceTasks.sortByFreq(in, "§"));
        agree("sort_by_freq_26_bos", 500, in -> ReferenceTasks.sortByFreq(in, "§"));
    }

    @Test
    void dyck() {
        List<String> pairs = List.of("()", "{}", "[]", "<>", "\\/", "`'");
        for (int k = 1; k <= 6; k++) {
            List<String> kPairs = pairs.subList(0, k);
            agree("dyck" + k + "_ptf", k <= 2 ? 2000 : 500, in -> ReferenceTasks.dyckPtf(in, kPairs));
        }
        agree("dyck2_ptf_bos", 300, in -> ReferenceTasks.dyckPtf(in, List.of("()", "{}")));
    }

    @Test
    void dyckOnBalancedHeavyShortInputs() {
        // short strings of pair characters only: the hard cases (nesting, crossing kinds)
        LabelledTask t = registry.resolve("dyck3_ptf");
        SplittableRandom r = new SplittableRandom(3);
        String chars = "(){}[]";
        for (int i = 0; i < 3000; i++) {
            List<String> in = new ArrayList<>();
            int n = 1 + r.nextInt(12);
            for (int j = 0; j < n; j++) {
                in.add(String.valueOf(chars.charAt(r.nextInt(chars.length()))));
            }
            assertEquals(ReferenceTasks.dyckPtf(in, List.of("()", "{}", "[]")), t.label(in).target(), String.join("", in));
        }
    }
}
