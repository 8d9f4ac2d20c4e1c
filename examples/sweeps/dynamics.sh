#!/usr/bin/env bash
# Training dynamics (Hahn & Rofin 2024, experiment 3) at CPU scale: PARITY, 3 seeds, a snapshot
# after every 100 steps, each run for its whole step budget; then loss, sharpness (x4, 50 draws),
# LayerNorm blowup and parameter norm at every snapshot, runs aligned at their first snapshot with
# loss < 0.01. The seeds train side by side, one thread each (the same numbers as one after the
# other).
#   examples/sweeps/dynamics.sh [RASPC] [OUT]      n = 10, 2500 steps (results/dynamics)
#   N=16 STEPS=6000 examples/sweeps/dynamics.sh ./raspc examples/sweeps/results/dynamics_16
# n = 16 is the largest n whose PARITY runs converge within 6000 steps on this project's 2-core
# machine (the length-scaling sweep). Deviations from the paper: n = 10 or 16 instead of 25,
# d = 32 instead of 128, lr 1e-3 instead of 3e-4, 50 sharpness draws instead of 500, 3 seeds.
set -euo pipefail
raspc="${1:-./raspc}"
n="${N:-10}"
steps="${STEPS:-2500}"
out="${2:-examples/sweeps/results/dynamics}"
runs="$out/runs"
export JAVA_OPTS="${JAVA_OPTS:--Dai.djl.pytorch.num_threads=1}"
mkdir -p "$out"
pids=()
for seed in 1 2 3; do
    $raspc train-boolean "parity_$n" --dim 32 --lr 1e-3 --steps "$steps" --eval-every 100 --full-budget --snapshots \
        --seed "$seed" --out "$runs" --run-id "seed$seed" > "$out/train-seed$seed.log" 2>&1 &
    pids+=($!)
done
for pid in "${pids[@]}"; do
    wait "$pid"    # a failed run stops the script (set -e), its log says why
done
$raspc boolean-dynamics "$runs/parity_$n/seed1" "$runs/parity_$n/seed2" "$runs/parity_$n/seed3" --out "$out" \
    --sharpness-draws 50 --align-loss 0.01 --loss-inputs 1024
