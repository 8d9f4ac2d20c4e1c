"""Rebuild a model exported by `raspc export RUN` in PyTorch, and predict with it.

    python raspc_model.py EXPORT_DIR INPUT... [--logits] [--generate N]

prints one JSON object per input, as `raspc predict RUN INPUT... [--logits] [--generate N]` does.
An input is a JSON array of tokens or text with one token per character, without BOS (it is
added for _bos tasks). Every model kind raspc trains rebuilds here: the encoders of the RASP
tasks and Boolean functions, the matrix tasks' masked regressor (BERT blocks; an input is the
n*n entries, value tokens and MASK; the output the nearest value token of each prediction) and
the composition study's causal decoders, the GPT and the LSTM baseline (an input is a prompt,
continued greedily). An input it cannot read (a token the model does not know, a matrix of the
wrong size, more tokens than learned positions) gives {"input": ..., "error": ...} and the others
go on (exit 1 at the end), as in raspc. Needs torch and numpy only: model.safetensors is read by
the few lines below (the `safetensors` package reads it too).
"""
import json
import math
import struct
import sys
from pathlib import Path

import numpy as np
import torch
from torch import nn


def read_safetensors(path):
    """The tensors of a safetensors file by name, and its __metadata__."""
    data = Path(path).read_bytes()
    (header_length,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + header_length])
    metadata = header.pop("__metadata__", {})
    tensors = {}
    for name, entry in header.items():
        if entry["dtype"] != "F32":
            raise ValueError(f"{name}: only F32 tensors are expected, got {entry['dtype']}")
        start, end = entry["data_offsets"]
        values = np.frombuffer(data, dtype="<f4", count=(end - start) // 4, offset=8 + header_length + start)
        tensors[name] = torch.from_numpy(values.reshape(entry["shape"]).copy())
    return tensors, metadata


def sinusoids(length, d):
    """raspc's fixed positions: sin at even, cos at odd dimensions i+1, angle pos / 10000^(i/d)."""
    table = np.zeros((length, d), dtype=np.float64)
    for pos in range(length):
        for i in range(0, d, 2):
            angle = pos / math.pow(10000.0, i / d)
            table[pos, i] = math.sin(angle)
            if i + 1 < d:
                table[pos, i + 1] = math.cos(angle)
    return torch.from_numpy(table.astype(np.float32))


class SelfAttention(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.heads, self.head_dim, self.d = c["heads"], c["head_dim"], c["d"]
        # queries, keys and values in one projection
        self.qkv = nn.Linear(self.d, 3 * self.d, bias=c["biases"])
        self.out = nn.Linear(self.d, self.d, bias=c["biases"])

    def forward(self, x, mask):
        b, t, _ = x.shape
        q, k, v = self.qkv(x).reshape(b, t, 3, self.heads, self.head_dim).permute(2, 0, 3, 1, 4)
        scores = (q * (1.0 / math.sqrt(self.head_dim))) @ k.transpose(-1, -2)
        probabilities = torch.softmax(scores + mask, dim=-1)
        mixed = (probabilities @ v).transpose(1, 2).reshape(b, t, self.d)
        return self.out(mixed), probabilities


class FeedForward(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.hidden = nn.Linear(c["d"], c["ff"], bias=c["biases"])
        self.out = nn.Linear(c["ff"], c["d"], bias=c["biases"])
        # gelu: the exact one (with erf), as raspc's engine computes it
        self.activation = torch.relu if c["activation"] == "relu" else nn.functional.gelu

    def forward(self, x):
        return self.out(self.activation(self.hidden(x)))


def layer_norm(c):
    """A layer norm over each position's vector; a decoder's has a scale but no bias."""
    return nn.LayerNorm(c["d"], eps=c["layer_norm_eps"], bias=c["biases"])


class EncoderLayer(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.post = c["norm"] == "post"
        self.attention = SelfAttention(c)
        self.ffn = FeedForward(c)
        self.norm1 = layer_norm(c)
        self.norm2 = layer_norm(c)

    def forward(self, x, mask):
        if self.post:
            attended, probabilities = self.attention(x, mask)
            x = self.norm1(x + attended)
            return self.norm2(x + self.ffn(x)), probabilities
        attended, probabilities = self.attention(self.norm1(x), mask)
        x = x + attended
        return x + self.ffn(self.norm2(x)), probabilities


def read_out(c, x, lengths, classifier):
    """The classifier at the readout position(s) of x [B, T, d]: logits [B, T, units] or [B, units]."""
    position = c["readout"]["position"]
    if position == "first":
        x = x[:, 0]
    elif position == "last":
        x = x[torch.arange(x.shape[0]), lengths - 1]
    logits = classifier(x)
    if c["kind"] in ("readout_regressor", "masked_regressor"):
        logits = logits.squeeze(-1)
    return logits


class RaspcTransformer(nn.Module):
    """The forward pass config.json describes: ids [B, T] and lengths [B] in, logits out."""

    def __init__(self, c):
        super().__init__()
        self.c = c
        self.token_embedding = nn.Parameter(torch.zeros(c["input_vocab_size"], c["token_embedding_dim"]))
        if c["positions"] != "sinusoidal":
            self.position_embedding = nn.Parameter(torch.zeros(c["max_positions"], c["position_embedding_dim"]))
        if c["embedding_norm"]:  # BERT: a layer norm over the summed token and position embeddings
            self.embedding_norm = layer_norm(c)
        self.layers = nn.ModuleList(EncoderLayer(c) for _ in range(c["layers"]))
        if c["final_norm"]:
            self.final_norm = layer_norm(c)
        if not c["tied_embeddings"]:  # tied: the logits are x times the token embedding's transpose
            self.classifier = nn.Linear(c["d"], c["readout"]["units"])

    def forward(self, ids, lengths, return_attention=False):
        c = self.c
        b, t = ids.shape
        x = self.token_embedding[ids]
        if c["positions"] == "sinusoidal":
            x = x + sinusoids(t, c["d"])
        elif c["positions"] == "learned":
            x = x + self.position_embedding[:t]
        else:  # learned_concat: token and position vectors side by side
            x = torch.cat([x, self.position_embedding[:t].expand(b, t, -1)], dim=-1)
        if c["embedding_norm"]:
            x = self.embedding_norm(x)
        padding = torch.arange(t)[None, :] >= lengths[:, None]
        mask = (padding.float() * c["mask_value"]).reshape(b, 1, 1, t)
        if c["causal"]:
            mask = mask + torch.triu(torch.full((t, t), c["mask_value"]), diagonal=1)
        attention = []
        for layer in self.layers:
            x, probabilities = layer(x, mask)
            attention.append(probabilities)
        if c["final_norm"]:
            x = self.final_norm(x)
        tied = lambda v: v @ self.token_embedding.T  # noqa: E731
        logits = read_out(c, x, lengths, tied if c["tied_embeddings"] else self.classifier)
        return (logits, attention) if return_attention else logits


class RaspcLSTM(nn.Module):
    """The composition study's recurrent baseline: token embedding, torch's own LSTM stack (raspc's
    weights are laid out as nn.LSTM's: weight_ih_l0, weight_hh_l0, bias_ih_l0, bias_hh_l0, gates
    i, f, g, o), a biased linear classifier. No positions: the recurrence reads order, and a row's
    padding comes after its tokens, so it never reaches them."""

    def __init__(self, c):
        super().__init__()
        self.c = c
        self.token_embedding = nn.Parameter(torch.zeros(c["input_vocab_size"], c["token_embedding_dim"]))
        self.lstm = nn.LSTM(c["token_embedding_dim"], c["d"], num_layers=c["layers"], batch_first=True)
        self.classifier = nn.Linear(c["d"], c["readout"]["units"])

    def forward(self, ids, lengths):
        states, _ = self.lstm(self.token_embedding[ids])
        return read_out(self.c, states, lengths, self.classifier)


FORMAT_VERSION = 3

# Every choice config.json can hold (format version 3), per block family; anything else is refused
# by load(), not silently computed some other way.
TRANSFORMER = {
    "kind": {"per_position_classifier", "readout_classifier", "readout_regressor", "masked_regressor",
             "causal_decoder"},
    "architecture": {"encoder", "gpt", "bert"},
    "norm": {"post", "pre"},
    "positions": {"sinusoidal", "learned", "learned_concat"},
    "activation": {"relu", "gelu"},
    "biases": {True, False},
    "tied_embeddings": {True, False},
    "embedding_norm": {True, False},
}
# an LSTM has no attention, MLP, layer norm or position table
LSTM = {**TRANSFORMER, "architecture": {"lstm"}, "norm": {"none"}, "positions": {"none"}, "activation": {"none"},
        "biases": {True}, "tied_embeddings": {False}, "embedding_norm": {False}}
READOUT_POSITIONS = {"every", "first", "last"}


def check_config(config, folder):
    choices = LSTM if config.get("architecture") == "lstm" else TRANSFORMER
    for key, allowed in choices.items():
        if config.get(key) not in allowed:
            raise ValueError(f"{folder}: config.json {key} = {config.get(key)!r} is not one of {sorted(allowed, key=str)}"
                             + (" (for an lstm)" if choices is LSTM else ""))
    if config["readout"]["position"] not in READOUT_POSITIONS:
        raise ValueError(f"{folder}: config.json readout.position = {config['readout']['position']!r} "
                         f"is not one of {sorted(READOUT_POSITIONS)}")


def load(export_dir):
    """The model (in eval mode) and the vocabulary of an export folder."""
    folder = Path(export_dir)
    config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    vocab = json.loads((folder / "vocab.json").read_text(encoding="utf-8"))
    if config.get("format") != "raspc-transformer" or config.get("format_version") != FORMAT_VERSION:
        raise ValueError(f"{folder}: not a raspc export of format version {FORMAT_VERSION} "
                         "(export the run again with this raspc)")
    check_config(config, folder)
    model = RaspcLSTM(config) if config["architecture"] == "lstm" else RaspcTransformer(config)
    tensors, _ = read_safetensors(folder / "model.safetensors")
    model.load_state_dict(tensors, strict=True)
    return model.eval(), vocab


class InputError(ValueError):
    """An input the model cannot read: said in one line, and the other inputs go on."""


def tokens_of(text):
    """An input as raspc reads one: a JSON array of tokens, or one token per character."""
    if text.startswith("["):
        try:
            items = json.loads(text)
        except json.JSONDecodeError as e:
            raise InputError(f"input '{text}' is not a JSON array: {e.msg} at character {e.pos + 1}") from None
        if not isinstance(items, list):
            raise InputError(f"input '{text}' is not a JSON array")
        tokens = [t if isinstance(t, str) else json.dumps(t) for t in items]
    else:
        tokens = list(text)
    if not tokens:
        raise InputError(f"input '{text}' is empty")
    return tokens


def ids_of(model, vocab, text, tokens):
    """The ids the model reads (BOS first for _bos tasks), or an InputError saying what is wrong."""
    c = model.c
    known = [t for i, t in enumerate(vocab["input_tokens"]) if not (vocab["has_bos"] and i == vocab["bos_id"])]
    unknown = list(dict.fromkeys(t for t in tokens if t not in known))
    if unknown:
        raise InputError(f"input '{text}' has {'a token' if len(unknown) == 1 else 'tokens'} that run {c['run_id']} "
                         f"does not know: {', '.join(unknown)} (its tokens: {' '.join(known)})")
    ids = ([vocab["bos_id"]] if vocab["has_bos"] else []) + [vocab["input_tokens"].index(t) for t in tokens]
    if c["kind"] == "masked_regressor" and len(ids) != c["max_length"]:
        raise InputError(f"run {c['run_id']} completes matrices of {c['max_length']} entries (value tokens and MASK, "
                         f"row by row); the input has {len(ids)}")
    if c["positions"] in ("learned", "learned_concat") and len(ids) > c["max_positions"]:
        bos = 1 if vocab["has_bos"] else 0
        raise InputError(f"run {c['run_id']} learned positions for inputs up to {c['max_positions'] - bos} tokens "
                         f"and cannot read {len(ids) - bos}")
    return ids


def generate(model, ids, count):
    """Greedy decoding: append the argmax of the last position's logits, count times, running the
    whole prefix again each step as raspc does. The generated ids and the logits of each step."""
    tokens = torch.tensor([ids])
    rows = []
    with torch.no_grad():
        for _ in range(count):
            last = model(tokens, torch.tensor([tokens.shape[1]]))[0, -1]
            rows.append(last)
            tokens = torch.cat([tokens, last.argmax(-1).reshape(1, 1)], dim=1)
    return tokens[0, len(ids):].tolist(), rows


def nearest_values(values, v):
    """A masked regressor's ids: each value's nearest value token (half to even), as raspc rounds."""
    step = torch.tensor(v["step"], dtype=torch.float32)
    ids = torch.round(values / step) + v["zero_id"]
    return ids.clamp(v["mask_id"] + 1, 2 * v["zero_id"] - 1).long()


def predict(model, vocab, tokens, count=None, text=None):
    """raspc predict's answer for one input (a list of tokens without BOS); count: a decoder's
    tokens to generate (None: up to one more than the longest training input); text: the input as
    typed, for messages. An input the model cannot read raises InputError."""
    c = model.c
    ids = ids_of(model, vocab, text if text is not None else json.dumps(tokens, ensure_ascii=False), tokens)
    out = vocab["output_tokens"]
    kind = c["kind"]
    if kind == "causal_decoder":
        count = count or max(1, c["max_length"] + 1 - len(ids))
        most = c["max_positions"] - len(ids) + 1  # the last step reads all but the last generated token
        if c["positions"] in ("learned", "learned_concat") and count > most:
            raise InputError(f"run {c['run_id']} learned positions up to {c['max_positions']} tokens, so a prompt of "
                             f"{len(ids)} is continued by at most {most} (asked for {count})")
        generated, rows = generate(model, ids, count)
        return {"output": [out[i] for i in generated], "logits": [r.tolist() for r in rows]}
    with torch.no_grad():
        logits = model(torch.tensor([ids]), torch.tensor([len(ids)]))[0]
    if kind == "masked_regressor":
        return {"output": [out[i] for i in nearest_values(logits, model.c["values"]).tolist()],
                "logits": logits.tolist()}
    if kind == "per_position_classifier":
        first = 1 if vocab["has_bos"] else 0  # BOS's output is given, not predicted
        rows = logits[first:]
        return {"output": [out[i] for i in rows.argmax(-1).tolist()], "logits": rows.tolist()}
    if kind == "readout_classifier":
        return {"output": out[int(logits.argmax())], "logits": logits.tolist()}
    return {"output": out[1 if logits.item() > 0.5 else 0], "logits": logits.item()}


def main(argv):
    with_logits = "--logits" in argv
    args = [a for a in argv if a != "--logits"]
    count = None
    if "--generate" in args:
        at = args.index("--generate")
        if at + 1 >= len(args) or not args[at + 1].isdigit() or int(args[at + 1]) < 1:
            sys.exit("raspc_model.py: --generate needs a positive number of tokens")
        count = int(args[at + 1])
        del args[at:at + 2]
    if len(args) < 2:
        sys.exit(__doc__)
    try:
        model, vocab = load(args[0])
    except (OSError, ValueError, KeyError) as e:
        sys.exit(f"raspc_model.py: {e}")
    failed = False
    for text in args[1:]:
        try:
            tokens = tokens_of(text)
            answer = predict(model, vocab, tokens, count, text)
        except InputError as e:
            print(json.dumps({"input": text, "error": str(e)}, ensure_ascii=False))
            failed = True
            continue
        line = {"input": tokens, "output": answer["output"]}
        if with_logits:
            line["logits"] = answer["logits"]
        print(json.dumps(line, ensure_ascii=False))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main(sys.argv[1:])
