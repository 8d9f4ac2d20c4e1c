package raspc.runtime.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import raspc.runtime.data.EncodedSample;

/**
 * The position permutation test of a matrix model: slot k keeps its token but reads the position
 * vector of slot τ(k). The model has no causal mask and a fixed length, so it is equivariant
 * under moving (token, position) pairs together; that run therefore equals the intact model on
 * the input whose slot τ(k) holds token k, read back through τ. This builds those inputs (targets
 * moved alike, so that scoring against them scores the relabelled model against the truth),
 * which is exact under any embedding (BERT normalises the sum of token and position vectors,
 * so the position part cannot be swapped in the residual stream).
 */
final class PositionPermutation {
    private PositionPermutation() {}

    /** τ(i, j) = (π(i), σ(j)), one π and σ per matrix: positions stay row and column identities. */
    static List<EncodedSample> rowsAndColumns(List<EncodedSample> samples, int n, SplittableRandom random) {
        List<EncodedSample> out = new ArrayList<>(samples.size());
        for (EncodedSample s : samples) {
            int[] rows = shuffled(n, random);
            int[] columns = shuffled(n, random);
            int[] tau = new int[n * n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    tau[i * n + j] = rows[i] * n + columns[j];
                }
            }
            out.add(moved(s, tau));
        }
        return out;
    }

    /** τ any permutation of the n^2 positions, one per matrix: rows and columns are scrambled. */
    static List<EncodedSample> all(List<EncodedSample> samples, SplittableRandom random) {
        List<EncodedSample> out = new ArrayList<>(samples.size());
        for (EncodedSample s : samples) {
            out.add(moved(s, shuffled(s.size(), random)));
        }
        return out;
    }

    /** The sample whose slot tau[k] holds slot k's token and target. */
    static EncodedSample moved(EncodedSample s, int[] tau) {
        int[] input = new int[s.size()];
        int[] target = new int[s.size()];
        for (int k = 0; k < tau.length; k++) {
            input[tau[k]] = s.input()[k];
            target[tau[k]] = s.target()[k];
        }
        return new EncodedSample(input, target);
    }

    private static int[] shuffled(int n, SplittableRandom random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }
}
