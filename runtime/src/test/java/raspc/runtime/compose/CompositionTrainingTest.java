package raspc.runtime.compose;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raspc.compiler.task.CompositionDefinition;
import raspc.compiler.task.CompositionStrategy;
import raspc.compiler.task.CompositionTask;
import raspc.compiler.task.PromptFormat;
import raspc.grammar.ast.Pos;
import raspc.runtime.engine.DeviceChoice;
import raspc.runtime.eval.GenerationEvaluator;
import raspc.runtime.eval.GenerationReport;
import raspc.runtime.run.RunFolder;
import raspc.runtime.train.TrainResult;
import raspc.runtime.train.TrainingListener;
import raspc.runtime.train.TrainingSession;

/** A tiny composition study trains a decoder to generate its seen compositions' answers. */
class CompositionTrainingTest {
    @TempDir
    Path runs;

    /** 3 levels of 2 bijections over 5 symbols, inputs of 3: 27 in-order compositions. */
    static CompositionTask tiny(int compositions, PromptFormat format, int documents) {
        CompositionDefinition d = new CompositionDefinition("tiny", "<test>", Pos.NONE, 5, 3, 3, 2, false, false,
                documents, 200, 20, 0, List.of(compositions), 0);
        return new CompositionTask(d, new CompositionStrategy.Random(compositions), format);
    }

    @Test
    void decoderLearnsTheSeenCompositions() throws Exception {
        CompositionData data = new CompositionData(tiny(8, PromptFormat.STEP_BY_STEP, 4000));
        int steps = 1200;
        TrainResult result = TrainingSession.train(data,
                CompositionTraining.decoder(2, 1, 48, 30, 32, 3e-3f, 0.1f, steps, 4).seed(3).device(DeviceChoice.CPU)
                        .runsRoot(runs).runId("tiny").handleCtrlC(false),
                TrainingListener.SILENT);
        GenerationReport compositions = result.report().compositions();
        assertNotNull(compositions);
        assertEquals(8, compositions.seen().count());
        assertEquals(27 - 8, compositions.unseen().count());
        assertEquals(8 * 20, compositions.seen().documents());
        assertTrue(compositions.seen().sequenceAccuracy() >= 0.95, "seen: " + compositions.seen());
        assertEquals(steps, result.report().steps());
        // the table has one row per composition and agrees with the summary
        List<GenerationEvaluator.GroupResult> table = RunFolder.open(result.runDir())
                .readGenerationTable(GenerationEvaluator.GroupResult.class);
        assertEquals(27, table.size());
        assertEquals(compositions.seen().tokenAccuracy(),
                GenerationReport.metrics(table, GenerationEvaluator.GroupResult::seen).tokenAccuracy(), 1e-12);
        assertTrue(Files.readString(result.runDir().resolve(RunFolder.REPORT)).contains("\"compositions\""));
    }
}
