package raspc.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import raspc.compiler.error.RaspError;
import raspc.grammar.ProgramParser;
import raspc.grammar.SyntaxError;
import raspc.grammar.ast.Stmt;

/**
 * Seeded fuzzing: random programs from the grammar's constructs, and character-level mutations
 * of them, must only ever raise SyntaxError (from the parser) or RaspError (from running), and
 * finish quickly; anything else fails with the program that caused it.
 */
class FuzzTest {
    private static final String[] NAMES = {"a", "b", "f", "x", "tokens", "indices", "length", "full_s", "sort", "out",
            "selector_width", "count", "True", "zz"};
    private static final String[] BINOPS = {"+", "-", "*", "/", "%", "^", "==", "!=", "<", ">", "<=", ">=", "and", "or"};
    private static final String[] SELOPS = {"==", "!=", "<", ">", "<=", ">="};

    private final Random rnd = new Random(20240611);
    /** How far the programs got: at least some must reach each outcome, or the fuzzer tests nothing. */
    private int syntaxErrors;
    private int parsed;
    private int userErrors;

    private String expr(int depth) {
        if (depth <= 0) {
            return switch (rnd.nextInt(4)) {
                case 0 -> Integer.toString(rnd.nextInt(5) - 1 < 0 ? 0 : rnd.nextInt(5));
                case 1 -> "\"" + "abl".charAt(rnd.nextInt(3)) + "\"";
                case 2 -> rnd.nextInt(3) + "." + rnd.nextInt(10);
                default -> NAMES[rnd.nextInt(NAMES.length)];
            };
        }
        int d = depth - 1;
        return switch (rnd.nextInt(17)) {
            case 0 -> "(" + expr(d) + " " + BINOPS[rnd.nextInt(BINOPS.length)] + " " + expr(d) + ")";
            case 1 -> "select(" + expr(d) + ", " + expr(d) + ", " + SELOPS[rnd.nextInt(SELOPS.length)] + ")";
            case 2 -> "aggregate(" + expr(d) + ", " + expr(d) + (rnd.nextBoolean() ? ", " + expr(d) : "") + ")";
            case 3 -> "(" + expr(d) + " if " + expr(d) + " else " + expr(d) + ")";
            case 4 -> "not " + expr(d);
            case 5 -> "-" + expr(d);
            case 6 -> "round(" + expr(d) + ")";
            case 7 -> "indicator(" + expr(d) + ")";
            case 8 -> "[" + expr(d) + ", " + expr(d) + "]";
            case 9 -> "{" + expr(0) + ": " + expr(d) + "}";
            case 10 -> "range(" + rnd.nextInt(6) + ")";
            case 11 -> "[" + expr(d) + " for v in range(" + rnd.nextInt(4) + ")]";
            case 12 -> expr(d) + "[" + expr(d) + "]";
            case 13 -> "(" + expr(d) + " in " + expr(d) + ")";
            case 14 -> "len(" + expr(d) + ")";
            case 15 -> NAMES[rnd.nextInt(NAMES.length)] + "(" + expr(d) + (rnd.nextBoolean() ? ", " + expr(d) : "") + ")";
            default -> "zip(" + expr(d) + ", " + expr(d) + ")";
        };
    }

    private String statement() {
        return switch (rnd.nextInt(8)) {
            case 0, 1 -> NAMES[rnd.nextInt(NAMES.length)] + " = " + expr(3) + ";";
            case 2 -> "def f(x) { y = " + expr(2) + "; return " + (rnd.nextBoolean() ? "f(x)" : expr(2)) + "; }";
            case 3 -> "for v in " + (rnd.nextBoolean() ? "range(" + rnd.nextInt(5) + ")" : expr(2)) + " { a = " + expr(2) + "; }";
            case 4 -> "a, b = " + expr(2) + ", " + expr(2) + ";";
            case 5 -> rnd.nextBoolean() ? "set example " + expr(1) : "full seq display " + (rnd.nextBoolean() ? "on" : "off");
            default -> expr(4) + ";";
        };
    }

    private String mutate(String program) {
        StringBuilder b = new StringBuilder(program);
        int edits = 1 + rnd.nextInt(4);
        String alphabet = "();,[]{}=+-<>\"abx019 ";
        for (int i = 0; i < edits && b.length() > 0; i++) {
            int at = rnd.nextInt(b.length());
            switch (rnd.nextInt(3)) {
                case 0 -> b.deleteCharAt(at);
                case 1 -> b.insert(at, alphabet.charAt(rnd.nextInt(alphabet.length())));
                default -> b.setCharAt(at, alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
        }
        return b.toString();
    }

    private void runProgram(String program) {
        List<Stmt> stmts;
        try {
            stmts = ProgramParser.parseProgram(program, "fuzz");
        } catch (SyntaxError e) {
            syntaxErrors++;
            return;
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("ProgramParser threw " + e + " instead of a SyntaxError on:\n" + program, e);
        }
        parsed++;
        Session s = new Session();
        for (Stmt st : stmts) {
            try {
                s.execute(st);
            } catch (RaspError e) {
                userErrors++;
                if (e.getMessage() == null || e.getMessage().isEmpty()) {
                    throw new AssertionError("empty error message for: " + program);
                }
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("unexpected " + e + " for program:\n" + program, e);
            }
        }
    }

    @Test
    void randomAndMutatedProgramsOnlyRaiseUserErrors() {
        List<String> programs = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            StringBuilder p = new StringBuilder();
            int n = 1 + rnd.nextInt(5);
            for (int j = 0; j < n; j++) {
                p.append(statement()).append('\n');
            }
            programs.add(p.toString());
            programs.add(mutate(p.toString()));
        }
        for (String p : programs) {
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> runProgram(p), () -> "took too long:\n" + p);
        }
        System.out.printf("%d programs: %d syntax errors, %d parsed, %d user errors%n", programs.size(), syntaxErrors,
                parsed, userErrors);
        assertTrue(syntaxErrors >= programs.size() / 10, syntaxErrors + " syntax errors");
        assertTrue(parsed >= programs.size() / 10, parsed + " programs parsed");
        assertTrue(userErrors >= programs.size() / 10, userErrors + " user errors");
    }

    @Test
    void hugeWorkIsRefusedQuickly() {
        for (String p : new String[] {"x = range(100000000);", "x = \"ab\" * 100000000;",
                "def f(n) { return f(n + 1); } f(0);", "for i in range(5000000) { for j in range(5000000) { a = 1; } }",
                "x = [1] * 100000000;"}) {
            int before = userErrors;
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> runProgram(p), () -> "took too long:\n" + p);
            assertEquals(before + 1, userErrors, () -> "not refused with a RaspError:\n" + p);
        }
    }
}
