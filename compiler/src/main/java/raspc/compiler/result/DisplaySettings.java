package raspc.compiler.result;

import raspc.compiler.value.Value;

/**
 * What the original's REPL statements ({@code set example}, {@code examples off},
 * {@code full seq display on}) set. The examples are also semantics (every s-op a statement
 * defines is tried on the s-op example); the flags only say how results are shown.
 */
public record DisplaySettings(Value seqExample, Value selExample, boolean showSeqExamples, boolean showSelExamples,
        boolean fullSeqDisplay) {

    public static DisplaySettings initial() {
        Value hello = Value.Atom.ofStr("hello");
        return new DisplaySettings(hello, hello, true, true, false);
    }

    public DisplaySettings withSeqExample(Value example) {
        return new DisplaySettings(example, selExample, showSeqExamples, showSelExamples, fullSeqDisplay);
    }

    public DisplaySettings withSelExample(Value example) {
        return new DisplaySettings(seqExample, example, showSeqExamples, showSelExamples, fullSeqDisplay);
    }

    public DisplaySettings withShowSeqExamples(boolean on) {
        return new DisplaySettings(seqExample, selExample, on, showSelExamples, fullSeqDisplay);
    }

    public DisplaySettings withShowSelExamples(boolean on) {
        return new DisplaySettings(seqExample, selExample, showSeqExamples, on, fullSeqDisplay);
    }

    public DisplaySettings withFullSeqDisplay(boolean on) {
        return new DisplaySettings(seqExample, selExample, showSeqExamples, showSelExamples, on);
    }
}
