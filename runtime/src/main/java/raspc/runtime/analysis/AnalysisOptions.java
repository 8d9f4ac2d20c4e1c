package raspc.runtime.analysis;

/**
 * Settings of {@link Analyzer}.
 *
 * @param sharpnessDraws R, perturbations averaged (default 10)
 * @param eps standard deviation of each perturbation (default 0.02)
 * @param lossInputs inputs the sharpness loss and the blowup average over: all 2^n when there are
 *     no more, else this many uniform ones (fixed by the seed)
 * @param sensitivitySamples inputs sampled for the model's sensitivity when n > 16
 * @param seed seed of the perturbations and samples
 */
public record AnalysisOptions(int sharpnessDraws, double eps, int lossInputs, int sensitivitySamples, long seed) {
    public AnalysisOptions {
        if (sharpnessDraws < 1) {
            throw new IllegalArgumentException("sharpness needs at least 1 draw, got " + sharpnessDraws);
        }
        if (!(eps > 0)) {
            throw new IllegalArgumentException("eps must be > 0, got " + eps);
        }
        if (lossInputs < 1 || sensitivitySamples < 1) {
            throw new IllegalArgumentException("the analyses need at least 1 input");
        }
    }

    public static AnalysisOptions defaults() {
        return new AnalysisOptions(Sharpness.DEFAULT_DRAWS, Sharpness.DEFAULT_EPS, 8192, 2000, 0);
    }

    public AnalysisOptions withDraws(int draws) {
        return new AnalysisOptions(draws, eps, lossInputs, sensitivitySamples, seed);
    }

    public AnalysisOptions withEps(double e) {
        return new AnalysisOptions(sharpnessDraws, e, lossInputs, sensitivitySamples, seed);
    }

    public AnalysisOptions withLossInputs(int count) {
        return new AnalysisOptions(sharpnessDraws, eps, count, sensitivitySamples, seed);
    }
}
