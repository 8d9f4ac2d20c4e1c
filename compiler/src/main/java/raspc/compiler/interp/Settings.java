package raspc.compiler.interp;

import raspc.compiler.value.Value;

/** The REPL settings a statement may change; copied before each statement so a failure restores them. */
public final class Settings {
    public Value seqExample = Value.Atom.ofStr("hello");
    public Value selExample = Value.Atom.ofStr("hello");
    public boolean showSeqExamples = true;
    public boolean showSelExamples = true;
    public boolean fullSeqDisplay;
    public boolean exit;

    public Settings copy() {
        Settings s = new Settings();
        s.seqExample = seqExample;
        s.selExample = selExample;
        s.showSeqExamples = showSeqExamples;
        s.showSelExamples = showSelExamples;
        s.fullSeqDisplay = fullSeqDisplay;
        s.exit = exit;
        return s;
    }
}
