package raspc.runtime.sweep;

import ai.djl.Device;
import java.nio.file.Path;
import raspc.compiler.TaskRegistry;

/**
 * Entry point of a worker process: {@code SweepWorker SWEEP_FILE OUT CELL_ID} trains and analyses
 * that cell (tasks resolved by the standard registry) and exits 0 once its row.json is written.
 */
public final class SweepWorker {
    private SweepWorker() {}

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: SweepWorker SWEEP_FILE OUT CELL_ID");
            System.exit(2);
        }
        try {
            SweepSpec spec = SweepSpec.read(Path.of(args[0]));
            Path out = Path.of(args[1]);
            TaskRegistry registry = TaskRegistry.standard();
            SweepRunner runner = new SweepRunner(spec, out, registry::task, Device.cpu(), System.err);
            CellRun cell = runner.prepared(args[2]);
            SweepRunner.runCell(spec, SweepRunner.cellDir(out, cell.cell()), cell, Device.cpu());
            System.exit(0);
        } catch (RuntimeException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
        }
    }
}
