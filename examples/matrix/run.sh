#!/usr/bin/env bash
# The committed matrix-completion experiment (examples/matrix/results/): the smallest setting
# found (by measurement, see the README's matrix section) whose masked MSE leaves the copying
# plateau within a CPU budget: matrix_3_rank1_p30 on the reference's BERT blocks (the default
# --architecture), 4 layers x 8 heads, d = 128, Adam 1e-3 constant, batch 64, 8,000 steps with
# a snapshot every 250, then the study on it. 10-20 minutes of training on one core of the
# project's shared 2-core machine (by its load), under 2 of study. Usage: examples/matrix/run.sh [RUNS_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-runs}
./raspc train-matrix matrix_3_rank1_p30 --steps 8000 --eval-every 250 --dim 128 --layers 4 --heads 8 \
    --batch 64 --lr 1e-3 --seed 1 --out "$runs" --run-id exp1
./raspc matrix-study "$runs/matrix_3_rank1_p30/exp1" --matrices 256
mkdir -p examples/matrix/results
run="$runs/matrix_3_rank1_p30/exp1"
for f in matrix-study.txt matrix-study.json curves.png metrics.jsonl report.json config.json log.txt; do
  cp "$run/$f" examples/matrix/results/
done
# every picture of the study: the curve, the baseline, the attention maps per mask pattern, and the
# toolkit's probes, ablation, patching and embeddings at the plateau's end and at the last snapshot
cp "$run"/matrix-*.png examples/matrix/results/
