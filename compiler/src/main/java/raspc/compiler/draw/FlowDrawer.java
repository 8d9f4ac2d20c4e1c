package raspc.compiler.draw;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import raspc.compiler.error.RaspError;
import raspc.compiler.eval.EvaluationOrder;
import raspc.compiler.seq.Input;
import raspc.compiler.seq.Sel;
import raspc.compiler.seq.Seq;
import raspc.compiler.seq.SeqFormat;
import raspc.compiler.eval.Trace;
import raspc.compiler.files.AtomicFiles;
import raspc.compiler.files.FileWriteException;
import raspc.compiler.graph.Aggregate;
import raspc.compiler.graph.Constant;
import raspc.compiler.graph.MapNode;
import raspc.compiler.graph.Node;
import raspc.compiler.graph.SelNode;
import raspc.compiler.graph.SelectorWidth;
import raspc.compiler.graph.SopNode;
import raspc.compiler.graph.ZipNode;

/**
 * Writes an s-op's computation flow as Graphviz DOT: one node per s-op/selector, labelled with
 * its name and its value on the input. Selectors are orange diamonds, aggregates and
 * selector_width (the attention steps) blue boxes, elementwise steps white ellipses.
 */
public final class FlowDrawer {
    private FlowDrawer() {}

    /** Writes {@code <name>.dot} into dir (and an SVG when Graphviz is installed). */
    public static FlowDrawing write(SopNode sop, Input input, Path dir) {
        String base = sop.name().replaceAll("[^A-Za-z0-9_.-]", "_");
        Path dot = dir.resolve(base + ".dot");
        try {
            AtomicFiles.writeString(dot, toDot(sop, input));
        } catch (FileWriteException e) {
            // a RaspError, so draw(...) in a program fails as a statement and changes nothing
            throw new RaspError(e.getMessage());
        }
        Path exe = findDot();
        if (exe == null) {
            return FlowDrawing.withoutSvg(dot, "Graphviz 'dot' not found");
        }
        Path svg = dir.resolve(base + ".svg");
        try {
            Process p = new ProcessBuilder(exe.toString(), "-Tsvg", dot.toString(), "-o", svg.toString())
                    .redirectErrorStream(true).start();
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                return FlowDrawing.withoutSvg(dot, "Graphviz 'dot' failed");
            }
        } catch (IOException e) {
            return FlowDrawing.withoutSvg(dot, "could not run Graphviz 'dot' (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FlowDrawing.withoutSvg(dot, "interrupted while running Graphviz");
        }
        return FlowDrawing.withSvg(dot, svg);
    }

    /** The DOT text of the flow. */
    public static String toDot(SopNode sop, Input input) {
        Trace trace = EvaluationOrder.of(sop).trace(input);
        StringBuilder b = new StringBuilder("digraph \"" + esc(sop.name()) + "\" {\n  rankdir=LR;\n  node [fontname=\"monospace\"];\n");
        for (Node n : trace.nodes()) {
            if (n instanceof Constant) {
                continue; // constants are folded into their users' labels
            }
            b.append("  n").append(n.id()).append(" [").append(style(n)).append(", label=\"")
                    .append(esc(n.name())).append("\\n").append(esc(valueText(trace.value(n)))).append("\"];\n");
        }
        for (Node n : trace.nodes()) {
            if (n instanceof Constant) {
                continue;
            }
            for (Node c : n.children()) {
                if (!(c instanceof Constant)) {
                    b.append("  n").append(c.id()).append(" -> n").append(n.id()).append(";\n");
                }
            }
        }
        return b.append("}\n").toString();
    }

    private static String style(Node n) {
        if (n instanceof SelNode) {
            return "shape=diamond, style=filled, fillcolor=\"#ffd8a8\"";
        }
        if (n instanceof Aggregate || n instanceof SelectorWidth) {
            return "shape=box, style=filled, fillcolor=\"#a5d8ff\"";
        }
        if (n instanceof MapNode || n instanceof ZipNode) {
            return "shape=ellipse";
        }
        return "shape=box, style=\"rounded,filled\", fillcolor=\"#e9ecef\"";
    }

    private static String valueText(Object v) {
        if (v instanceof Seq s) {
            return SeqFormat.compact(s);
        }
        Sel sel = (Sel) v;
        StringBuilder b = new StringBuilder();
        for (int q = 0; q < sel.size(); q++) {
            for (int k = 0; k < sel.size(); k++) {
                b.append(sel.get(q, k) ? '1' : '.');
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static String esc(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\l");
    }

    private static Path findDot() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path p = Path.of(dir, "dot");
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }
}
