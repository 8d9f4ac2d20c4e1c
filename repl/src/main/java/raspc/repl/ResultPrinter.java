package raspc.repl;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import raspc.compiler.value.Inputs;
import raspc.compiler.value.Value;
import raspc.compiler.value.Value.DictVal;
import raspc.compiler.value.Value.FuncVal;
import raspc.compiler.value.Value.ListVal;
import raspc.compiler.value.Value.SelVal;
import raspc.compiler.value.Value.SopVal;
import raspc.compiler.error.RaspError;
import raspc.compiler.eval.GraphEvaluator;
import raspc.compiler.seq.Kind;
import raspc.compiler.seq.PyFormat;
import raspc.compiler.seq.Sel;
import raspc.compiler.seq.Seq;
import raspc.compiler.seq.SeqFormat;
import raspc.compiler.draw.FlowDrawing;
import raspc.compiler.graph.Node;
import raspc.compiler.python.PyStrings;
import raspc.compiler.result.DisplaySettings;
import raspc.compiler.result.Output;
import raspc.compiler.result.StatementResult;
import raspc.grammar.ast.Subset;

/**
 * Renders a statement's results exactly as the original REPL prints them. Python's print() joins
 * its arguments with blanks, which is where the odd leading spaces of the transcripts come from;
 * {@link #print} reproduces that.
 */
final class ResultPrinter {
    private final DisplaySettings settings;
    private final GraphEvaluator seqExample;
    private final Function<Node, String> names;
    private final List<String> lines = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();

    private ResultPrinter(StatementResult result) {
        this.settings = result.display();
        this.seqExample = result.onSequenceExample();
        this.names = result.names();
    }

    /** The lines the original prints for a statement's results, with its settings and names. */
    static List<String> render(StatementResult result) {
        ResultPrinter p = new ResultPrinter(result);
        for (Output o : result.outputs()) {
            p.out(o);
        }
        return p.finish();
    }

    /** What {@code draw} and {@code raspc draw} print for the files they wrote. */
    static String drawn(FlowDrawing d) {
        return d.svg().map(svg -> "wrote " + d.dot() + " and " + svg)
                .orElseGet(() -> "wrote " + d.dot() + "; " + d.noSvgReason() + ", no SVG");
    }

    private List<String> finish() {
        if (current.length() > 0) {
            lines.add(current.toString());
            current.setLength(0);
        }
        return lines;
    }

    /** Python's print(*parts, end=end). */
    private void print(String end, String... parts) {
        current.append(String.join(" ", parts)).append(end);
        int nl;
        while ((nl = current.indexOf("\n")) >= 0) {
            lines.add(current.substring(0, nl));
            current.delete(0, nl + 1);
        }
    }

    private void println(String... parts) {
        print("\n", parts);
    }

    private void out(Output o) {
        switch (o) {
            case Output.Named n -> namedValue(n.name(), n.value(), 0, "", n.examples());
            case Output.Applied a -> justValue(a.value());
            case Output.Examples e -> {
                if (e.subset() != Subset.SELECTOR) {
                    println("\ts-op example:", Value.formatstr(settings.seqExample()));
                }
                if (e.subset() != Subset.SOP) {
                    println("\tselector example:", Value.formatstr(settings.selExample()));
                }
            }
            case Output.Declared d -> println(switch (d.kind()) {
                case TASK -> "     task: " + d.name() + " (" + d.detail() + ")";
                case COMPOSITION -> "     composition: " + d.name() + " (" + d.detail() + ")";
                case BOOLEAN_FUNCTION -> "     boolean function: " + d.detail();
            });
            case Output.Drawn d -> println(drawn(d.drawing()));
        }
    }

    private void justValue(Value v) {
        if (v instanceof Value.SelResult r) {
            println("\t = ");
            selectGrid(r.input(), r.sel(), "");
        } else if (v instanceof Value.SeqResult r && settings.fullSeqDisplay()) {
            print("", "\t = ");
            fullSeq(r.input(), r.seq(), true, "", "");
        } else {
            println("\t = ", Value.str(v).replace("\n", "\n\t\t\t"));
        }
    }

    private void namedValue(String name, Value val, int ntabs, String extra, boolean examples) {
        String pref = "\t".repeat(ntabs);
        if (name == null && Value.nodeOf(val) != null) {
            name = names.apply(Value.nodeOf(val));
        }
        if (val instanceof SopVal s) {
            println(pref, extra, "   s-op:", name);
            if (examples && settings.showSeqExamples()) {
                Seq seq = (Seq) seqExample.evaluate(s.node());
                String desc = name + "(" + Value.formatstr(settings.seqExample()) + ") =";
                if (settings.fullSeqDisplay()) {
                    print("", pref, "\t Example:");
                    fullSeq(settings.seqExample(), seq, true, pref, desc);
                } else {
                    println(pref, "\t Example:", desc, SeqFormat.compact(seq));
                }
            }
        } else if (val instanceof SelVal s) {
            println(pref, extra, "   selector:", name);
            if (examples && settings.showSelExamples()) {
                println(pref, "\t Example:");
                selectorExample(s, pref);
            }
        } else if (val instanceof FuncVal f) {
            println(pref, extra, "   " + f.function().describe());
        } else if (val instanceof ListVal l) {
            String named = "   list: " + (name != null ? name + " = " : "");
            print("", pref, extra, named);
            boolean flat = l.items().stream().noneMatch(ResultPrinter::nested);
            if (flat) {
                println(Value.str(l));
            } else {
                println(pref, "[");
                for (Value v : l.items()) {
                    namedValue(null, v, ntabs + 2, "", examples);
                }
                println(pref, " ".repeat(named.length()), "]");
            }
        } else if (val instanceof DictVal d) {
            String named = "   dict: " + (name != null ? name + " = " : "");
            print("", pref, extra, named);
            boolean flat = d.entries().values().stream().noneMatch(e -> nested(e.getValue()));
            if (flat) {
                println(Value.str(d));
            } else {
                println(pref, "{");
                for (var e : d.entries().values()) {
                    namedValue(null, e.getValue(), ntabs + 3, Value.formatstr(e.getKey()) + " : ", examples);
                }
                println(pref, " ".repeat(named.length()), "}");
            }
        } else {
            String shown = val instanceof Value.SelResult r ? selectorDict(r.sel()) : Value.formatstr(val);
            println(pref, "   value:", name != null ? name + " = " : "", shown);
        }
    }

    /**
     * The selector on the selector example. Statements try selectors on the s-op example, so this
     * one may fail where that did not; the original then keeps the selector and only fails to show
     * it, which is what is done here too (with the reason instead of its traceback).
     */
    private void selectorExample(SelVal s, String pref) {
        Sel sel;
        try {
            sel = (Sel) new GraphEvaluator(Inputs.of(settings.selExample())).evaluate(s.node());
        } catch (RaspError e) {
            println(pref, "\t\t!! not shown: on the selector example", Value.formatstr(settings.selExample()) + ":", e.detail());
            return;
        }
        selectGrid(settings.selExample(), sel, pref);
    }

    private static boolean nested(Value v) {
        return v instanceof ListVal || v instanceof DictVal || v instanceof SopVal || v instanceof SelVal;
    }

    /** The original Select's str: its dict, on its own lines (one per query) when longer than 40. */
    private static String selectorDict(Sel sel) {
        String d = sel.toDictString();
        if (d.length() <= 40) {
            return d;
        }
        StringBuilder b = new StringBuilder("\n{");
        String row = "";
        for (int q = 0; q < sel.size(); q++) {
            StringBuilder r = new StringBuilder().append(q).append(": [");
            for (int k = 0; k < sel.size(); k++) {
                r.append(k == 0 ? "" : ", ").append(sel.get(q, k) ? 1 : 0);
            }
            b.append(row).append(r).append(']');
            row = ",\n ";
        }
        return b.append('}').toString();
    }

    /** Python's str() of each input element. */
    private static List<String> exampleStrings(Value example) {
        Seq s = Inputs.of(example).values();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            out.add(PyFormat.str(s.kind(i), s.word(i), s.str(i)));
        }
        return out;
    }

    private void selectGrid(Value example, Sel sel, String extraPref) {
        List<String> ex = exampleStrings(example);
        println(extraPref, "\t\t\t    ", String.join(" ", ex));
        for (int q = 0; q < sel.size() && q < ex.size(); q++) {
            StringBuilder row = new StringBuilder();
            for (int k = 0; k < sel.size(); k++) {
                row.append(k == 0 ? "" : " ").append(sel.get(q, k) ? "1" : " ");
            }
            println(extraPref, "\t\t\t", ex.get(q), "|", row.toString());
        }
    }

    /** The original's print_seq ("full seq display on"): input and output aligned in columns. */
    private void fullSeq(Value example, Seq seq, boolean stillOnPrevLine, String extraPref, String lastPref) {
        if (seq.length() == 1 || SeqFormat.allEqual(seq)) {
            print(" ", stillOnPrevLine ? "" : extraPref, lastPref, SeqFormat.compact(seq));
            println("[skipped full display: identical values]");
            return;
        }
        if (stillOnPrevLine) {
            println("");
        }
        Seq in = Inputs.of(example).values();
        List<String> ex = cleaned(in);
        List<String> out = cleaned(seq);
        int max = 0;
        for (String s : ex) {
            max = Math.max(max, PyStrings.length(s));
        }
        for (String s : out) {
            max = Math.max(max, PyStrings.length(s));
        }
        println(extraPref, "\t\tinput:  ", neat(ex, max), "\t", "(strings)");
        println(extraPref, "\t\toutput: ", neat(out, max), "\t", "(" + seq.type().label() + ")");
    }

    /** str() of each value; for bools only the rarer of T/F is shown (both on a tie), as the original. */
    private static List<String> cleaned(Seq s) {
        List<String> out = new ArrayList<>();
        if (s.kind(0) == Kind.BOOL) {
            int t = 0;
            int f = 0;
            for (int i = 0; i < s.length(); i++) {
                if (s.kind(i) != Kind.STR && s.word(i) == 1) {
                    t++;
                } else if (s.kind(i) != Kind.STR && s.word(i) == 0) {
                    f++;
                }
            }
            String ts = t <= f ? "T" : "";
            String fs = f <= t ? "F" : "";
            for (int i = 0; i < s.length(); i++) {
                out.add(s.word(i) != 0 ? ts : fs);
            }
            return out;
        }
        for (int i = 0; i < s.length(); i++) {
            out.add(PyFormat.str(s.kind(i), s.word(i), s.str(i)));
        }
        return out;
    }

    private static String neat(List<String> vals, int max) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < vals.size(); i++) {
            String v = vals.get(i);
            b.append(i == 0 ? "" : " ").append(" ".repeat(max - PyStrings.length(v))).append(v);
        }
        return b.toString();
    }
}
