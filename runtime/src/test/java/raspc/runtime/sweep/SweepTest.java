package raspc.runtime.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raspc.compiler.TaskRegistry;
import raspc.runtime.RuntimeUserException;

class SweepTest {
    /** The module's tests run in runtime/; the shipped sweeps and languages are one folder up. */
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path out;

    @Test
    void theTinySweepRunsEndToEndAndResumes() throws Exception {
        SweepSpec spec = SweepSpec.read(ROOT.resolve("examples/sweeps/tiny.yaml"));
        assertEquals(2, spec.cells().size());
        TaskRegistry registry = TaskRegistry.of(List.of(ROOT.resolve("languages/boolean.rasp")));
        SweepRunner.FunctionResolver resolver = task -> registry.booleanFunction(task);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        var summary = new SweepRunner(spec, out, resolver, Device.cpu(), new PrintStream(log, true)).run(1);
        assertEquals(2, summary.ran(), log.toString());
        assertTrue(summary.failed().isEmpty(), summary.failed().toString());

        List<String> csv = Files.readAllLines(out.resolve(SweepRunner.CSV));
        assertEquals(3, csv.size(), "header and two rows: " + csv);
        assertTrue(csv.get(0).startsWith("cell,group,function,task,n,seed,converged"), csv.get(0));
        assertTrue(csv.get(0).endsWith(",dim,steps,lr,eval_every,eval_inputs"), csv.get(0));
        assertTrue(csv.get(1).startsWith("first_3-seed1,first,first,first_3,3,1,"), csv.get(1));
        assertEquals(2, Files.readAllLines(out.resolve(SweepRunner.JSONL)).size());
        for (CellRow row : summary.rows()) {
            SweepRow r = (SweepRow) row;
            assertEquals(1.0, r.targetSensitivity(), 1e-12);
            if (r.converged()) {
                assertEquals(1.0, r.modelSensitivity(), 1e-12, "a converged FIRST model computes FIRST");
            }
        }
        for (SweepPlots.Metric m : SweepPlots.METRICS) {
            Path png = out.resolve(m.file());
            assertNotNull(ImageIO.read(png.toFile()), png + " is a PNG");
        }
        String slopes = Files.readString(out.resolve(SweepRunner.SLOPES));
        assertTrue(slopes.contains("non-converged cells"), slopes);

        var again = new SweepRunner(spec, out, resolver, Device.cpu(), new PrintStream(log, true)).run(1);
        assertEquals(2, again.skipped(), "finished cells are not run again");
        assertEquals(0, again.ran());
        assertEquals(summary.rows(), again.rows());
    }

    @Test
    void twoWorkersRunEachCellInItsOwnProcess() throws Exception {
        Path file = ROOT.resolve("examples/sweeps/tiny.yaml");
        SweepSpec spec = SweepSpec.read(file);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        // the parent checks every task name before starting; the workers resolve them again themselves
        TaskRegistry registry = TaskRegistry.of(List.of(ROOT.resolve("languages/boolean.rasp")));
        var result = new SweepRunner(spec, out, task -> registry.booleanFunction(task), Device.cpu(),
                new PrintStream(log, true)).inWorkerProcesses(file).run(2);
        assertTrue(result.failed().isEmpty(), result.failed() + "\n" + log);
        assertEquals(2, result.ran());
        for (SweepCell c : spec.cells()) {
            assertTrue(Files.isRegularFile(out.resolve("cells").resolve(c.id()).resolve(SweepRunner.ROW)), c.id());
            assertTrue(Files.isRegularFile(out.resolve("cells").resolve(c.id() + ".worker.log")), c.id());
        }
        assertEquals(3, Files.readAllLines(out.resolve(SweepRunner.CSV)).size());
    }

    @Test
    void unknownFunctionsFailBeforeAnyCellRuns() {
        SweepSpec spec = parse("functions: [nonsense]\nlengths: [4]\n");
        TaskRegistry registry = TaskRegistry.of(List.of(ROOT.resolve("languages/boolean.rasp")));
        assertThrows(RuntimeException.class, () -> new SweepRunner(spec, out,
                task -> registry.booleanFunction(task), Device.cpu(), System.out).run(1));
        assertTrue(!Files.exists(out.resolve("cells")) || out.resolve("cells").toFile().list().length == 0);
    }

    @Test
    void theSpecExpandsRangesSeedsAndGrids() {
        SweepSpec spec = parse("""
                name: g
                functions: [parity, first]
                lengths: {from: 4, to: 9, step: 2}
                seeds: 2
                train: {dim: 32, lr: [1e-3, 3e-4]}
                analysis: {eps: 0.05}
                """);
        assertEquals(List.of(4, 6, 8), ((BooleanGrid) spec.tasks()).lengths());
        assertEquals(List.of(1L, 2L), spec.seeds());
        assertEquals(List.of("lr"), spec.varyingKeys());
        assertEquals(2 * 3 * 2 * 2, spec.cells().size());
        assertEquals(0.05, spec.analysis().eps());
        BooleanCell c = (BooleanCell) spec.cells().get(1);
        assertEquals("parity_4-lr0.001-seed2", c.id());
        assertEquals("parity lr=0.001", c.group());
        assertEquals(32, c.options().modelConfig(c.n()).dim());
        assertEquals(2e-3f, new raspc.runtime.train.TrainOptions().learningRate(2e-3f).trainConfig(
                c.options().data(raspc.compiler.bool.BooleanFunction.of(c.task(), c.n(), x -> false))).learningRate());
        assertEquals(1e-3f, c.options().trainOptions(raspc.runtime.engine.DeviceChoice.CPU).trainConfig(
                c.options().data(raspc.compiler.bool.BooleanFunction.of(c.task(), c.n(), x -> false))).learningRate());
    }

    @Test
    void mistakesInTheSpecAreNamed() {
        assertMessage("unknown setting train.depth", "functions: [parity]\nlengths: [4]\ntrain: {depth: 2}\n");
        assertMessage("lengths is missing", "functions: [parity]\n");
        assertMessage("lengths: to (3) is below from (5)", "functions: [parity]\nlengths: {from: 5, to: 3}\n");
        assertMessage("unknown setting colour", "functions: [parity]\nlengths: [4]\ncolour: red\n");
        assertMessage("train.lr: 'fast' is not a number", "functions: [parity]\nlengths: [4]\ntrain: {lr: fast}\n");
    }

    @Test
    void aSweepFileWithASyntaxErrorIsAUserError(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("bad.yaml");
        Files.writeString(f, "functions: [parity\n");
        var e = assertThrows(RuntimeUserException.class, () -> SweepSpec.read(f));
        assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
    }

    @Test
    void slopesOfAnExactLine() {
        Slopes s = Slopes.line("m", "g", new double[] {4, 6, 8, 10}, new double[] {9, 13, 17, 21}, 4);
        assertEquals(2.0, s.slope(), 1e-12);
        assertEquals(1.0, s.intercept(), 1e-12);
        assertEquals(1.0, s.r2(), 1e-12);
        assertEquals(0.0, s.slopeStdError(), 1e-9);
    }

    private static void assertMessage(String expected, String yaml) {
        var e = assertThrows(IllegalArgumentException.class, () -> parse(yaml));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private static SweepSpec parse(String yaml) {
        try {
            return SweepSpec.parse(new ObjectMapper(new YAMLFactory()).readTree(yaml), "test");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
