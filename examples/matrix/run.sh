#!/usr/bin/env bash
# The committed matrix-completion experiment (examples/matrix/results/): one CPU-sized run of
# matrix_5_rank2_p30 with a snapshot every 100 steps, then the study on it. 18 minutes on
# the project's shared 2-core machine. Usage: examples/matrix/run.sh [RUNS_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-runs}
./raspc train-matrix matrix_5_rank2_p30 --steps 4000 --eval-every 100 --dim 64 --layers 2 --heads 4 \
    --batch 64 --lr 1e-3 --seed 1 --out "$runs" --run-id exp1
./raspc matrix-study "$runs/matrix_5_rank2_p30/exp1" --matrices 256
mkdir -p examples/matrix/results
for f in matrix-study.txt matrix-study.json matrix-curve.png matrix-baseline.png matrix-attention-before.png \
    matrix-attention-after.png curves.png metrics.jsonl report.json config.json; do
  cp "$runs/matrix_5_rank2_p30/exp1/$f" examples/matrix/results/
done
