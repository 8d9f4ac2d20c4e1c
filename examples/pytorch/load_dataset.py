"""Load a `raspc dataset` JSON Lines file as PyTorch batches, and score an exported model on it.

    python load_dataset.py DATA.jsonl EXPORT_DIR [--batch 64]

DATA.jsonl comes from `raspc dataset TASK --out DATA.jsonl`, EXPORT_DIR from `raspc export RUN`
of a run on the same task (its vocab.json gives the token ids). The schema of every task kind is
in docs/datasets.md; all four are read here: sequence tasks and Boolean functions ("input",
"target"), matrix tasks (the same keys: the entries, MASK where hidden, and every entry's value)
and compositions ("tokens", "prompt_length", "answer_length": a document a decoder learns to
continue). Prints the model's accuracy on the file: of each output token (sequence tasks,
Boolean functions), of each entry's nearest value token (matrix tasks), or of the answer tokens
a decoder generates greedily from each prompt (compositions, as raspc's report scores them).
"""
import argparse
import json
import sys
from pathlib import Path

import torch
from torch.utils.data import DataLoader, Dataset

from raspc_model import InputError, generate, load, nearest_values

IGNORE = -100  # a target PyTorch's cross-entropy skips: padding, and BOS's given output


class RaspcDataset(Dataset):
    """One sample per line: input ids (BOS included, as in the file), target ids, attention targets.

    A composition document becomes the decoder's training pair: the document without its last
    token, and the document shifted by one (the next token at every position)."""

    def __init__(self, path, vocab):
        self.vocab = vocab
        self.input_ids = {t: i for i, t in enumerate(vocab["input_tokens"])}
        self.output_ids = {t: i for i, t in enumerate(vocab["output_tokens"])}
        with open(path, encoding="utf-8") as f:
            self.samples = [json.loads(line) for line in f if line.strip()]
        # a file of another task: say so once, before any batch is built
        known = set(self.input_ids) | set(self.output_ids)
        for number, s in enumerate(self.samples, 1):
            tokens = s.get("tokens", []) + s.get("input", []) + s.get("target", [])
            unknown = sorted(set(tokens) - known)
            if unknown:
                raise InputError(f"{path}: line {number} has tokens the exported model does not know: "
                                 f"{', '.join(unknown)} (is it a dataset of the run's task?)")

    def __len__(self):
        return len(self.samples)

    def __getitem__(self, i):
        s = self.samples[i]
        if "tokens" in s:  # a composition document
            ids = torch.tensor([self.input_ids[t] for t in s["tokens"][:-1]])
            return ids, torch.tensor([self.output_ids[t] for t in s["tokens"][1:]]), {}
        ids = torch.tensor([self.input_ids[t] for t in s["input"]])
        target = torch.tensor([self.output_ids[t] for t in s["target"]])
        if self.vocab["bos_output_given"]:
            target[0] = IGNORE
        # "attention" (only _with_attns tasks): per supervised head, rows = query positions,
        # characters = key positions, '1' where the program's selector selects the key
        attention = {(h["layer"], h["head"]): torch.tensor([[c == "1" for c in row] for row in h["rows"]])
                     for h in s.get("attention", [])}
        return ids, target, attention


def collate(pad_id, per_position):
    """Pads a batch to its longest input: ids with pad_id (masked by the lengths), targets with IGNORE.

    per_position: targets [B, T] (sequence tasks); otherwise one target per sample, [B] (readouts).
    """
    def batch(samples):
        lengths = torch.tensor([len(ids) for ids, _, _ in samples])
        t = int(lengths.max())
        ids = torch.full((len(samples), t), pad_id)
        targets = torch.full((len(samples), t), IGNORE) if per_position else torch.empty(len(samples), dtype=torch.long)
        for row, (x, y, _) in enumerate(samples):
            ids[row, :len(x)] = x
            if per_position:
                targets[row, :len(y)] = y
            else:
                targets[row] = y[0]
        return ids, lengths, targets
    return batch


def generated_answers(model, dataset):
    """Greedy generation from each document's prompt, scored on its final answer_length tokens."""
    right = total = 0
    for s in dataset.samples:
        tokens, prompt, answer = s["tokens"], s["prompt_length"], s["answer_length"]
        ids = [dataset.input_ids[t] for t in tokens]
        generated, _ = generate(model, ids[:prompt], len(tokens) - prompt)
        right += sum(int(g == t) for g, t in zip(generated[-answer:], ids[-answer:]))
        total += answer
    return right, total


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data")
    parser.add_argument("export_dir")
    parser.add_argument("--batch", type=int, default=64)
    args = parser.parse_args()
    try:
        model, vocab = load(args.export_dir)
        dataset = RaspcDataset(args.data, vocab)
    except (OSError, ValueError, KeyError) as e:  # InputError and bad JSON are ValueErrors
        sys.exit(f"load_dataset.py: {e}")
    kind = model.c["kind"]
    if kind == "causal_decoder":
        right, total = generated_answers(model, dataset)
    else:
        per_position = kind in ("per_position_classifier", "masked_regressor")
        loader = DataLoader(dataset, batch_size=args.batch, collate_fn=collate(vocab["pad_id"], per_position))
        right = total = 0
        with torch.no_grad():
            for ids, lengths, targets in loader:
                logits = model(ids, lengths)
                if kind == "readout_regressor":
                    predicted = (logits > 0.5).long()
                elif kind == "masked_regressor":
                    predicted = nearest_values(logits, model.c["values"])
                else:
                    predicted = logits.argmax(-1)
                scored = targets != IGNORE
                right += int(((predicted == targets) & scored).sum())
                total += int(scored.sum())
    print(json.dumps({"data": str(Path(args.data)), "scored_outputs": total, "accuracy": right / max(total, 1)}))


if __name__ == "__main__":
    main()
