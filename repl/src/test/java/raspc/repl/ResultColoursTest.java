package raspc.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The original REPL's colours on each shape of result line: labels and types grey, values cyan. */
class ResultColoursTest {
    private static String colours(String line) {
        return Markup.of(ResultColours.style(line));
    }

    @Test
    void bannerAndRunningExample() {
        assertEquals("<g>raspc 0.1.0</g>", colours("raspc 0.1.0"));
        assertEquals("<g>running example is:</g><v> hello</v>", colours("running example is: hello"));
    }

    @Test
    void sopsShowTheirExampleInCyanAndTheTypeInGrey() {
        assertEquals("<g>     s-op: reverse</g>", colours("     s-op: reverse"));
        assertEquals("<g> \t Example: reverse(</g><v>\"hello\"</v><g>) =</g><v> [o, l, l, e, h]</v><g> (strings)</g>",
                colours(" \t Example: reverse(\"hello\") = [o, l, l, e, h] (strings)"));
        assertEquals("<g> \t Example: length(</g><v>\"hello\"</v><g>) =</g><v> [5]*5</v><g> (ints) [skipped full display: identical values]</g>",
                colours(" \t Example: length(\"hello\") = [5]*5 (ints) [skipped full display: identical values]"));
        assertEquals("<g> \t\tinput:  </g><v> h e l l o </v><g>\t (strings)</g>",
                colours(" \t\tinput:   h e l l o \t (strings)"));
    }

    @Test
    void selectorGridsShowValuesAndOnesInCyan() {
        assertEquals("<g>     selector: flip</g>", colours("     selector: flip"));
        assertEquals("<g> \t Example:</g>", colours(" \t Example:"));
        assertEquals("<g> \t\t\t    </g><v> h e l l o</v>", colours(" \t\t\t     h e l l o"));
        assertEquals("<g> \t\t\t </g><v>h</v><g> | </g><v>1        </v>", colours(" \t\t\t h | 1        "));
    }

    @Test
    void valuesListsDictsAndFunctions() {
        assertEquals("<g>    value: a = </g><v> 1</v>", colours("    value: a =  1"));
        assertEquals("<g>\t\t    value: </g><v> 2</v>", colours("\t\t    value:  2"));
        assertEquals("<g>     list: l = </g><v>[1, 2]</v>", colours("     list: l = [1, 2]"));
        assertEquals("<g>     dict: d = </g><v>{'a': 1}</v>", colours("     dict: d = {'a': 1}"));
        assertEquals("<g>     list: nl =  [</g>", colours("     list: nl =  ["));
        assertEquals("<g>                ]</g>", colours("                ]"));
        assertEquals("<g>     console function: f(x)</g>", colours("     console function: f(x)"));
        assertEquals("<g>\t = </g><v> [c, b, a]</v><g> (strings)</g>", colours("\t =  [c, b, a] (strings)"));
        assertEquals("<g>\ts-op example:</g><v> \"hello\"</v>", colours("\ts-op example: \"hello\""));
    }

    @Test
    void otherLinesStayPlain() {
        assertEquals("wrote reverse.dot", colours("wrote reverse.dot"));
        assertEquals("", colours(""));
    }
}
