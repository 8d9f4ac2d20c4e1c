package raspc.runtime.slurm;

import java.util.List;

/**
 * What each array task asks Slurm for. Null fields are left to the cluster's defaults.
 *
 * @param partition   {@code --partition}
 * @param time        {@code --time}, in any form sbatch accepts (e.g. 2:00:00)
 * @param mem         {@code --mem} per task (e.g. 8G)
 * @param cpusPerTask {@code --cpus-per-task}
 * @param gpusPerTask {@code --gpus-per-task} (then run the cells with {@code --device gpu})
 * @param maxParallel array tasks running at once ({@code --array=...%N})
 * @param extra       further {@code #SBATCH} lines, each an sbatch option such as {@code --account=lab}
 */
public record SlurmOptions(String partition, String time, String mem, Integer cpusPerTask, Integer gpusPerTask,
        Integer maxParallel, List<String> extra) {

    public SlurmOptions {
        extra = extra == null ? List.of() : List.copyOf(extra);
        positive("--cpus-per-task", cpusPerTask);
        positive("--gpus-per-task", gpusPerTask);
        positive("--max-parallel", maxParallel);
        for (String line : extra) {
            if (!line.startsWith("-") || line.contains("\n")) {
                throw new IllegalArgumentException("an extra #SBATCH line is one sbatch option such as --account=lab, not '"
                        + line + "'");
            }
        }
    }

    public static SlurmOptions defaults() {
        return new SlurmOptions(null, null, null, null, null, null, List.of());
    }

    private static void positive(String name, Integer value) {
        if (value != null && value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, got " + value);
        }
    }
}
