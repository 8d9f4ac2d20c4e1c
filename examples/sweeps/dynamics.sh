#!/usr/bin/env bash
# Training dynamics (Hahn & Rofin 2024, experiment 3) at CPU scale: PARITY at n = 10, the largest
# n whose runs converge in a couple of minutes on this project's shared 2-core machine (n = 16
# needs ~6000 steps at ~0.1 s a step), 3 seeds, a snapshot after every 100 steps, each run for
# its whole budget of 2500 steps; then loss, sharpness (x4, 50 draws), LayerNorm blowup and
# parameter norm at every snapshot, runs aligned at their first snapshot with loss < 0.01.
# Deviations from the paper: n = 10 instead of 25, d = 32 instead of 128, lr 1e-3 instead of
# 3e-4, 2500 steps, 50 sharpness draws instead of 500, 3 seeds.
#   examples/sweeps/dynamics.sh [RASPC] [OUT]    (default: ./raspc, examples/sweeps/results/dynamics)
set -euo pipefail
raspc="${1:-./raspc}"
out="${2:-examples/sweeps/results/dynamics}"
runs="$out/runs"
for seed in 1 2 3; do
    $raspc train-boolean parity_10 --dim 32 --lr 1e-3 --steps 2500 --eval-every 100 --full-budget --snapshots \
        --seed "$seed" --out "$runs" --run-id "seed$seed"
done
$raspc boolean-dynamics "$runs"/parity_10/seed1 "$runs"/parity_10/seed2 "$runs"/parity_10/seed3 --out "$out" \
    --sharpness-draws 50 --align-loss 0.01 --loss-inputs 1024
