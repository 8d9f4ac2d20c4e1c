#!/usr/bin/env python3
"""The training benchmark epoch in plain PyTorch, as a peer for `raspc bench --train`.

The same work as raspc.runtime.bench.TrainBenchmark: reverse over 26 symbols (id 0 is padding),
uniform lengths 1..100, 50,000 training samples, a post-LN encoder of 2 layers x 1 head,
d = 50, feed-forward 100, ReLU, no dropout, sinusoidal positions added to the token embedding, a
linear classifier at every position; batches of 50 cut from the samples sorted by length (shuffled
within a length, batches shuffled), Adam at 3e-4, loss = per-sequence mean cross-entropy over
the real positions, averaged over the batch. The model is PyTorch's own nn.TransformerEncoder:
what a user of plain PyTorch would write.

Prints one JSON line: seconds of training (data generation excluded), samples, final running
loss, threads, torch version and peak resident memory.
"""
import argparse
import json
import math
import random
import resource
import sys
import time

import torch
from torch import nn

ALPHABET = 26
MAX_LENGTH = 100


def samples(count, seed):
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        n = rng.randint(1, MAX_LENGTH)
        tokens = [rng.randint(1, ALPHABET) for _ in range(n)]
        out.append((tokens, tokens[::-1]))
    return out


def batches(data, batch_size, seed, batch_tokens=0):
    """Length-bucketed batches: shuffle, stable sort by length, cut, shuffle the batches.

    With batch_tokens > 0 each batch takes the next samples while its count times its longest
    sample stays within the budget (at least one), as raspc's `train --batch-tokens`.
    """
    rng = random.Random(seed)
    order = list(data)
    rng.shuffle(order)
    order.sort(key=lambda s: len(s[0]))
    if batch_tokens > 0:
        cut, start = [], 0
        for i in range(1, len(order) + 1):
            if i == len(order) or (i - start + 1) * len(order[i][0]) > batch_tokens:
                cut.append(order[start:i])
                start = i
    else:
        cut = [order[i:i + batch_size] for i in range(0, len(order), batch_size)]
    rng.shuffle(cut)
    return cut


def encode(batch):
    t = max(len(s[0]) for s in batch)
    tokens = torch.zeros(len(batch), t, dtype=torch.long)
    targets = torch.zeros(len(batch), t, dtype=torch.long)
    valid = torch.zeros(len(batch), t)
    for i, (x, y) in enumerate(batch):
        tokens[i, :len(x)] = torch.tensor(x)
        targets[i, :len(y)] = torch.tensor(y)
        valid[i, :len(x)] = 1
    return tokens, targets, valid


def sinusoids(length, dim):
    position = torch.arange(length, dtype=torch.float32).unsqueeze(1)
    rate = torch.pow(10000.0, torch.arange(0, dim, 2, dtype=torch.float32) / dim)
    table = torch.zeros(length, dim)
    table[:, 0::2] = torch.sin(position / rate)
    table[:, 1::2] = torch.cos(position / rate[: dim // 2])
    return table


class Model(nn.Module):
    def __init__(self, vocab, dim, layers, heads, ff):
        super().__init__()
        self.embedding = nn.Embedding(vocab, dim)
        layer = nn.TransformerEncoderLayer(dim, heads, ff, dropout=0.0, activation="relu", batch_first=True)
        self.encoder = nn.TransformerEncoder(layer, layers, enable_nested_tensor=False)
        self.classifier = nn.Linear(dim, vocab)
        self.register_buffer("positions", sinusoids(MAX_LENGTH, dim), persistent=False)

    def forward(self, tokens, padding):
        x = self.embedding(tokens) + self.positions[: tokens.shape[1]]
        return self.classifier(self.encoder(x, src_key_padding_mask=padding))


def peak_resident_kib():
    """This process's own peak resident memory, in KiB.

    Linux keeps ru_maxrss across exec, so a peer started by raspc's JVM would report the JVM's
    peak if it was larger; VmHWM belongs to this program's own address space.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=50_000)
    parser.add_argument("--threads", type=int, default=1, help="intra-op threads (default 1, as raspc)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--batch-tokens", type=int, default=0, help="cut batches by this token budget (default: 50 samples)")
    args = parser.parse_args()
    if args.samples < 1 or args.threads < 1 or args.batch_tokens < 0:
        parser.error("--samples and --threads must be positive, --batch-tokens not negative")

    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    data = samples(args.samples, args.seed)
    model = Model(ALPHABET + 1, 50, 2, 1, 100)
    optimizer = torch.optim.Adam(model.parameters(), lr=3e-4)
    model.train()

    began = time.perf_counter()
    loss_sum = 0.0
    for batch in batches(data, 50, args.seed, args.batch_tokens):
        tokens, targets, valid = encode(batch)
        logits = model(tokens, valid == 0)
        nll = nn.functional.cross_entropy(logits.transpose(1, 2), targets, reduction="none")
        loss = ((nll * valid).sum(1) / valid.sum(1)).mean()
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        optimizer.step()
        loss_sum += loss.item() * len(batch)
    seconds = time.perf_counter() - began

    print(json.dumps({"seconds": seconds, "samples": args.samples, "loss": loss_sum / args.samples,
                      "threads": args.threads, "torch": torch.__version__, "peak_rss_mib": peak_resident_kib() / 1024}))
    return 0 if math.isfinite(loss_sum) else 1


if __name__ == "__main__":
    sys.exit(main())
