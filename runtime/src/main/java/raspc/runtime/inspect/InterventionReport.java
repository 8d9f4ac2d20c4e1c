package raspc.runtime.inspect;

import java.util.List;
import java.util.Locale;

/**
 * A token intervention on the test samples: the model's figures against the reference program
 * before and after the token was put in, and how often it outputs the token where the program
 * does not (its copy rate; null when the token is no output of the task).
 */
public record InterventionReport(String task, String runId, String token, String where, int samples,
        AblationReport.Figures before, AblationReport.Figures after, Double copyRateBefore, Double copyRateAfter)
        implements InspectionReport {

    @Override
    public String toText() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "token intervention on %s (run %s): '%s' put at %s, %d test samples%n", task,
                runId, token, where, samples));
        s.append(String.format(Locale.ROOT, "  accuracy against the program   before %.2f%%   after %.2f%%   (sequences %.2f%% -> %.2f%%)%n",
                100 * before.accuracy(), 100 * after.accuracy(), 100 * before.sequenceAccuracy(),
                100 * after.sequenceAccuracy()));
        if (copyRateBefore != null) {
            s.append(String.format(Locale.ROOT, "  outputs '%s' where the program does not   before %.2f%%   after %.2f%%%n",
                    token, 100 * copyRateBefore, 100 * copyRateAfter));
        } else {
            s.append("  '" + token + "' is not an output of the task, so nothing can copy it\n");
        }
        return s.toString();
    }
}
