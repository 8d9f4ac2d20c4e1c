package raspc.compiler.task;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import raspc.compiler.dataset.Sample;

/**
 * Token-level sensitivity of a sequence task's reference program, by sampling: draw an input,
 * replace one token (not BOS) by a different token of the alphabet, and see whether the output
 * sequence changes. The flip rate is the fraction of such substitutions that change the output;
 * the average sensitivity is the expected number of positions whose substitution changes it
 * (length x flip rate, averaged over inputs), the sequence analogue of as(f).
 */
public final class TokenSensitivity {
    private TokenSensitivity() {}

    public record Report(String task, int samples, long seed, double flipRate, double flipRateStandardError,
                         double averageSensitivity, double averageSensitivityStandardError, double meanLength,
                         double[] influences) {

        public String toJson() {
            ObjectMapper m = new ObjectMapper();
            ObjectNode o = m.createObjectNode();
            o.put("function", task);
            o.put("method", "monte-carlo");
            o.put("kind", "token-substitution");
            o.put("n", meanLength);
            o.put("average_sensitivity", averageSensitivity);
            o.put("average_sensitivity_standard_error", averageSensitivityStandardError);
            o.put("flip_rate", flipRate);
            o.put("standard_error", flipRateStandardError);
            o.putNull("degree");
            var inf = o.putArray("influences");
            for (double v : influences) {
                inf.add(v);
            }
            o.put("samples", samples);
            o.put("seed", seed);
            return o.toString();
        }
    }

    public static Report estimate(SequenceTask task, int samples, long seed) {
        List<String> alphabet = task.variant().alphabet();
        if (alphabet.size() < 2) {
            throw new IllegalArgumentException("task " + task.name() + " has a one-token alphabet: nothing to substitute");
        }
        int offset = task.bos() ? 1 : 0;
        int maxPositions = task.maxLength() - offset;
        double[] flips = new double[maxPositions];
        int[] counts = new int[maxPositions];
        SplittableRandom random = new SplittableRandom(seed);
        double sumFlip = 0;
        double sumSens = 0;
        double sumSensSq = 0;
        double sumLength = 0;
        for (int s = 0; s < samples; s++) {
            int length = task.minLength() - offset + random.nextInt(maxPositions - (task.minLength() - offset) + 1);
            Sample original = task.fresh(length, random.nextLong());
            List<String> input = new ArrayList<>(original.input().subList(offset, original.input().size()));
            int pos = random.nextInt(input.size());
            String old = input.get(pos);
            String replacement;
            do {
                replacement = alphabet.get(random.nextInt(alphabet.size()));
            } while (replacement.equals(old));
            input.set(pos, replacement);
            boolean changed = !task.label(input).target().equals(original.target());
            double f = changed ? 1 : 0;
            flips[pos] += f;
            counts[pos]++;
            sumFlip += f;
            double sens = f * input.size(); // unbiased estimate of this input's count of sensitive positions
            sumSens += sens;
            sumSensSq += sens * sens;
            sumLength += input.size();
        }
        double[] influences = new double[maxPositions];
        for (int i = 0; i < maxPositions; i++) {
            influences[i] = counts[i] == 0 ? Double.NaN : flips[i] / counts[i];
        }
        double rate = sumFlip / samples;
        double meanSens = sumSens / samples;
        double varSens = Math.max(0, sumSensSq / samples - meanSens * meanSens);
        return new Report(task.name(), samples, seed, rate, Math.sqrt(rate * (1 - rate) / samples), meanSens,
                Math.sqrt(varSens / samples), sumLength / samples, influences);
    }
}
