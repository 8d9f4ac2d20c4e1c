package raspc.compiler.task;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain-Java definitions of the base tasks, written from the task descriptions (not from the
 * RASP programs), so that tests can catch a RASP program that is wrong on some input.
 */
final class ReferenceTasks {
    static final int CAP = 10;

    private ReferenceTasks() {}

    static List<String> reverse(List<String> in) {
        List<String> out = new ArrayList<>(in);
        java.util.Collections.reverse(out);
        return out;
    }

    static List<Integer> hist(List<String> in) {
        Map<String, Integer> counts = counts(in);
        List<Integer> out = new ArrayList<>();
        for (String t : in) {
            out.add(Math.min(counts.get(t), CAP));
        }
        return out;
    }

    static List<Integer> hist2(List<String> in) {
        Map<String, Integer> counts = counts(in);
        Map<Integer, Integer> tokensWithCount = new HashMap<>();
        for (int c : counts.values()) {
            tokensWithCount.merge(c, 1, Integer::sum);
        }
        List<Integer> out = new ArrayList<>();
        for (String t : in) {
            out.add(Math.min(tokensWithCount.get(counts.get(t)), CAP));
        }
        return out;
    }

    /** Stable sort by character code. */
    static List<String> sort(List<String> in) {
        List<String> out = new ArrayList<>(in);
        out.sort(String::compareTo);
        return out;
    }

    static List<String> sortByFreq(List<String> in, String pad) {
        Map<String, Integer> counts = counts(in); // insertion order = first occurrence order
        List<String> distinct = new ArrayList<>(counts.keySet());
        distinct.sort((a, b) -> Integer.compare(counts.get(b), counts.get(a))); // stable: ties keep first-occurrence order
        List<String> out = new ArrayList<>(distinct);
        while (out.size() < in.size()) {
            out.add(pad);
        }
        return out;
    }

    /** P / T / F per prefix with a stack; tokens that are no pair character are neutral. */
    static List<String> dyckPtf(List<String> in, List<String> pairs) {
        List<String> out = new ArrayList<>();
        java.util.ArrayDeque<String> stack = new java.util.ArrayDeque<>();
        boolean broken = false;
        for (String t : in) {
            if (!broken) {
                for (String p : pairs) {
                    if (t.equals(p.substring(0, 1))) {
                        stack.push(p);
                    } else if (t.equals(p.substring(1))) {
                        if (stack.isEmpty() || !stack.pop().equals(p)) {
                            broken = true;
                        }
                    }
                }
            }
            out.add(broken ? "F" : stack.isEmpty() ? "T" : "P");
        }
        return out;
    }

    private static Map<String, Integer> counts(List<String> in) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String t : in) {
            counts.merge(t, 1, Integer::sum);
        }
        return counts;
    }
}
