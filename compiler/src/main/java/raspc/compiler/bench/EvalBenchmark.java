package raspc.compiler.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import raspc.compiler.Session;
import raspc.compiler.value.Value;
import raspc.compiler.eval.EvaluationOrder;
import raspc.compiler.seq.Input;
import raspc.grammar.ProgramParser;
import raspc.grammar.ast.Stmt;

/**
 * Measures evaluations per second of compiled plans on random length-100 inputs:
 * reverse, hist, sort(tokens, tokens) and a Dyck-2 PTF program. Run with
 * {@code java -cp ... raspc.compiler.bench.EvalBenchmark [seconds-per-program]}.
 */
public final class EvalBenchmark {
    /** One program's figure. */
    public record Result(String program, long evaluations, double seconds) {
        public double perSecond() {
            return evaluations / seconds;
        }

        public double microsPerEval() {
            return seconds * 1e6 / evaluations;
        }

        @Override
        public String toString() {
            return String.format("%-8s %12.0f evals/s  %9.2f us/eval", program, perSecond(), microsPerEval());
        }
    }

    private static final String PROGRAMS = """
            reverse = aggregate(select(indices, length - indices - 1, ==), tokens);
            hist = selector_width(select(tokens, tokens, ==));
            sorted = sort(tokens, tokens);
            def dyck_ptf(pairs) {
                openers = [p[0] for p in pairs];
                closers = [p[1] for p in pairs];
                opens = indicator(tokens in openers);
                closes = indicator(tokens in closers);
                prefix = select(indices, indices, <=);
                depth = round((indices + 1) * (aggregate(prefix, opens) - aggregate(prefix, closes)));
                level = depth + closes;
                nth = selector_width(select(level, level, ==) and prefix);
                opener_of = select(opens, 1, ==) and select(level, level, ==) and select(nth, nth - 1, ==);
                matched = aggregate(opener_of, tokens, "-");
                ok = matched + tokens in pairs;
                bad = aggregate(prefix, indicator((closes and not ok) or (depth < 0))) > 0;
                return "F" if bad else ("T" if depth == 0 else "P");
            }
            dyck2 = dyck_ptf(["()", "{}"]);
            """;

    private EvalBenchmark() {}

    /** The benchmarked RASP programs (reverse, hist, sorted, dyck2). */
    public static String programs() {
        return PROGRAMS;
    }

    /** Runs each program for about {@code secondsEach} seconds (after a warm-up) and returns the figures. */
    public static List<Result> run(double secondsEach) {
        Session session = new Session();
        for (Stmt s : ProgramParser.parseProgram(PROGRAMS, "bench")) {
            session.execute(s);
        }
        Random rnd = new Random(42);
        List<Result> out = new ArrayList<>();
        out.add(measure("reverse", session, inputs(rnd, "abcdefghijklmnopqrstuvwxyz"), secondsEach));
        out.add(measure("hist", session, inputs(rnd, "abcdefghij"), secondsEach));
        out.add(measure("sort", "sorted", session, inputs(rnd, "abcdefghijklmnopqrstuvwxyz"), secondsEach));
        out.add(measure("dyck2", session, inputs(rnd, "(){}"), secondsEach));
        return out;
    }

    private static List<Input> inputs(Random rnd, String alphabet) {
        List<Input> list = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            StringBuilder b = new StringBuilder();
            for (int j = 0; j < 100; j++) {
                b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            list.add(Input.of(b.toString()));
        }
        return list;
    }

    private static Result measure(String name, Session s, List<Input> inputs, double seconds) {
        return measure(name, name, s, inputs, seconds);
    }

    private static Result measure(String label, String name, Session s, List<Input> inputs, double seconds) {
        EvaluationOrder order = EvaluationOrder.of(((Value.SopVal) s.get(name)).node());
        long sink = 0;
        long warmEnd = System.nanoTime() + (long) (Math.min(1.0, seconds / 2) * 1e9);
        int i = 0;
        while (System.nanoTime() < warmEnd) {
            sink += order.evaluate(inputs.get(i++ & 63)).hashCode();
        }
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        long count = 0;
        long now;
        do {
            for (int j = 0; j < 16; j++) {
                sink += System.identityHashCode(order.evaluate(inputs.get(i++ & 63)));
            }
            count += 16;
            now = System.nanoTime();
        } while (now < end);
        if (sink == 42) {
            System.out.print("");
        }
        return new Result(label, count, (now - start) / 1e9);
    }

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3;
        System.out.println("RASP evaluation benchmark (random inputs of length 100, " + seconds + " s each)");
        for (Result r : run(seconds)) {
            System.out.println(r);
        }
    }
}
