package raspc.runtime.matrix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raspc.compiler.task.MatrixTask;
import raspc.runtime.engine.DeviceChoice;
import raspc.runtime.run.EpochMetrics;
import raspc.runtime.run.RunFolder;
import raspc.runtime.run.TaskRecord;
import raspc.runtime.train.StopAfterRound;
import raspc.runtime.train.StopRequest;
import raspc.runtime.train.TrainResult;
import raspc.runtime.train.TrainingListener;
import raspc.runtime.train.TrainingSession;

/** A matrix run stopped half-way resumes on the stream task.json records and ends where an uninterrupted one does. */
class MatrixResumeTest {
    private static final MatrixTask TASK = MatrixTask.parse("matrix_3_rank1_p30");

    @TempDir
    Path dir;

    private final MatrixTrainOptions options = new MatrixTrainOptions().dim(16).layers(1).heads(2).steps(40).evalEvery(10)
            .batchSize(8).evalMatrices(12).snapshots(false);

    @Test
    void aStoppedMatrixRunResumesToItsBudget() {
        TrainingSession.train(options.data(TASK), options.trainOptions(DeviceChoice.CPU).runDir(dir.resolve("straight"))
                .taskRecord(options.taskRecord(TASK)).handleCtrlC(false), TrainingListener.SILENT);
        StopRequest stop = new StopRequest();
        Path halves = dir.resolve("halves");
        TrainResult first = TrainingSession.train(options.data(TASK), options.trainOptions(DeviceChoice.CPU).runDir(halves)
                .taskRecord(options.taskRecord(TASK)).stopRequest(stop).handleCtrlC(false), new StopAfterRound(stop, 2));
        assertTrue(first.interrupted());
        assertEquals(20, first.report().steps());

        RunFolder folder = RunFolder.open(halves);
        TaskRecord record = folder.readTaskRecord().orElseThrow();
        assertEquals(new TaskRecord.Online(0, 12), record.online());
        MatrixTaskData rebuilt = MatrixTrainOptions.dataOfRun(folder.readConfig(), record.online().evalInputs());
        assertArrayEquals(options.data(TASK).matrices("valid").get(0).inputIds(TASK.values()),
                rebuilt.matrices("valid").get(0).inputIds(TASK.values()), "the same evaluation matrices");
        TrainResult resumed = TrainingSession.resume(halves, rebuilt, DeviceChoice.CPU, null, false, 0,
                TrainingListener.SILENT);
        assertFalse(resumed.interrupted());
        assertEquals(40, resumed.report().steps());
        List<EpochMetrics> whole = RunFolder.open(dir.resolve("straight")).readMetrics();
        List<EpochMetrics> pieces = folder.readMetrics();
        assertEquals(4, pieces.size());
        for (int i = 0; i < 4; i++) {
            assertEquals(whole.get(i).trainLoss(), pieces.get(i).trainLoss(), 1e-4, "train loss, round " + (i + 1));
            assertEquals(whole.get(i).validLoss(), pieces.get(i).validLoss(), 1e-4, "valid loss, round " + (i + 1));
        }
        assertTrue(folder.readLog().contains("resumed after epoch 2"));
    }
}
