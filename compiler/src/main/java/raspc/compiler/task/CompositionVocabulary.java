package raspc.compiler.task;

import java.util.ArrayList;
import java.util.List;

/**
 * The token dictionary of the reference ({@code init_tokens}): ids 0..A-1 are the data tokens
 * {@code X0..X9}, then the task tokens {@code T<level>_<index>} level by level (10..29 for 5
 * levels of 4 functions), then the separator {@code ' '}, {@code <PAD>} and the start token
 * {@code S} (30, 31, 32): 33 tokens in all.
 */
public record CompositionVocabulary(int alphabetSize, int levels, int functionsPerLevel) {
    public static final String SEPARATOR = " ";
    public static final String PAD = "<PAD>";
    public static final String START = "S";

    public static CompositionVocabulary of(CompositionDefinition d) {
        return new CompositionVocabulary(d.alphabetSize(), d.levels(), d.functionsPerLevel());
    }

    public int data(int symbol) {
        return symbol;
    }

    public int task(Composition.Fn f) {
        return alphabetSize + f.level() * functionsPerLevel + f.index();
    }

    public int separator() {
        return alphabetSize + levels * functionsPerLevel;
    }

    public int pad() {
        return separator() + 1;
    }

    public int start() {
        return separator() + 2;
    }

    public int size() {
        return start() + 1;
    }

    /** Every token, index = id. */
    public List<String> tokens() {
        List<String> out = new ArrayList<>(size());
        for (int i = 0; i < alphabetSize; i++) {
            out.add("X" + i);
        }
        for (int level = 0; level < levels; level++) {
            for (int i = 0; i < functionsPerLevel; i++) {
                out.add(new Composition.Fn(level, i).token());
            }
        }
        out.addAll(List.of(SEPARATOR, PAD, START));
        return List.copyOf(out);
    }
}
