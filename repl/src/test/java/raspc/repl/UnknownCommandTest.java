package raspc.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;
import org.junit.jupiter.api.Test;

class UnknownCommandTest {
    private final UnknownCommand unknown = new UnknownCommand(
            Set.of("train", "train-boolean", "peep", "plan", "draw", "draw-attention", "run", "help"),
            Set.of("reverse", "length", "x")::contains);

    @Test
    void aMistypedCommandIsNamedWithTheClosestCommands() {
        assertEquals("unknown command 'trian'; did you mean 'train'?", unknown.message("trian reverse_10"));
        assertEquals("unknown command 'trian'; did you mean 'train'?", unknown.message("trian"));
        assertEquals("unknown command 'peeep'; did you mean 'peep'?", unknown.message("  peeep reverse_10 stop=5"));
        assertEquals("unknown command 'trian'; did you mean 'train'?", unknown.message("trian --help"));
        assertEquals("unknown command 'draw-atention'; did you mean 'draw-attention' or 'draw'?",
                unknown.message("draw-atention runs/x"));
        assertEquals("unknown command 'dra'; did you mean 'draw' or 'draw-attention'?", unknown.message("dra"));
    }

    @Test
    void aLineThatCannotBeRaspIsAnUnknownCommandEvenWithoutACloseName() {
        assertEquals("unknown command 'frobnicate' (help lists the commands)", unknown.message("frobnicate reverse_10"));
        assertEquals("unknown command 'frobnicate' (help lists the commands)", unknown.message("frobnicate \"a b\" 3"));
        assertEquals("unknown command 'a' (help lists the commands)", unknown.message("a b"));
    }

    @Test
    void raspStaysRasp() {
        for (String line : new String[] {"x = 3;", "y = 3;", "reverse(\"abc\");", "def f(x) {", "def", "for x in [1] {",
                "task reverse {", "task reverse", "boolean parity(n) = parity(x);", "boolean", "trian;", "trian + 1",
                "trian and x", "trian in xs", "trian if c else d", "trian = 3;", "trian(1);", "trian, b = 1, 2;",
                "trian[0]", "s-op examples off", "examples on", "full seq display on", "set example \"ab\"",
                "load \"x\";", "frobnicate", "a", "ru", "dr", "reverse 3", "x y", "tsk foo {", "tsk foo(n) = 1;"}) {
            assertNull(unknown.message(line), line);
        }
    }

    @Test
    void aLoneWordCloseToACommandIsAMistypedCommand() {
        // a comment after it changes nothing
        assertEquals("unknown command 'trian'; did you mean 'train'?", unknown.message("trian  # oops"));
    }
}
