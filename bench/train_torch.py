#!/usr/bin/env python3
"""train_torch.py — PyTorch CPU eager peer of `llmc train examples/gpt_char.llm`.

A whole nanoGPT-style training loop, not just the step: the char tokenizer
(the sorted set of characters of tinyshakespeare.txt), a 90/10 split, random
windows of seq + 1 tokens each step (nanoGPT's get_batch), forward, backward,
clipping by global norm, an AdamW step with nanoGPT's cosine schedule and
weight decay on the rank >= 2 tensors only, and `loss.item()` every step (the
loss read back to the host, as llmc train does). The model is torch_gpt.py's
GPT, the configuration examples/gpt_char.llm's: 4 layers, 4 heads, d 128,
ctx/seq 64, batch 12, AdamW lr 1e-3 betas (0.9, 0.99) eps 1e-8 weight decay
0.1, cosine(warmup 100, min_lr 1e-4) over --steps, clip 1.0, seed 1337.

Threads: 1 and os.cpu_count() are timed as separate runs, one after the other
(each from the same seed, weights and batches), and the faster is reported,
as torch_gpt.py reports its best (on a small machine one thread often wins).
A later run whose median is, 20 steps past the warm-up, over 3x a finished
run's stops there (it cannot win; "steps" in by_threads says how far it got).

Prints one JSON line: {"peer": "pytorch", "threads", "steps", "wall_s",
"step_ms", "tokens_per_s", "first_loss", "last_loss", ...}; step_ms is the
median step (batch sampling to loss read-back) after 10 warm-up steps, wall_s
the run from reading the text file to the end of its last step.

Run as bench/run.sh runs torch_gpt.py:
  env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE /usr/bin/python3 bench/train_torch.py --steps 200
"""
import argparse
import json
import math
import os
import statistics
import sys
import time

import numpy as np
import torch

sys.dont_write_bytecode = True  # no bench/__pycache__ in the source tree
from blas_info import torch_blas  # noqa: E402
from torch_gpt import GPT  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WARMUP_STEPS = 10  # excluded from the median step time
ABANDON_RATIO = 3.0


def find_data(name):
    """The data file as llmc looks for it: $LLMC_DATA_DIR, data/, /work/shared/data."""
    for d in (os.environ.get("LLMC_DATA_DIR"), os.path.join(ROOT, "data"), "/work/shared/data"):
        if d and os.path.exists(os.path.join(d, name)):
            return os.path.join(d, name)
    sys.exit("train_torch.py: cannot find %s (set LLMC_DATA_DIR)" % name)


def lr_at(it, a):
    """nanoGPT's get_lr: linear warmup, cosine decay to min_lr at the last step."""
    if it < a.warmup:
        return a.lr * (it + 1) / (a.warmup + 1)
    if it >= a.steps or a.steps <= a.warmup:
        return a.min_lr
    ratio = (it - a.warmup) / (a.steps - a.warmup)
    return a.min_lr + 0.5 * (1.0 + math.cos(math.pi * ratio)) * (a.lr - a.min_lr)


def load_data(path):
    """Char tokenizer and the 90/10 split; returns (train tokens, vocab size)."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    chars = sorted(set(text))
    stoi = {c: i for i, c in enumerate(chars)}
    data = np.array([stoi[c] for c in text], dtype=np.uint16)
    return data[:int(0.9 * len(data))], len(chars)


def get_batch(data, a, gen):
    """nanoGPT's get_batch: batch random windows of seq + 1 tokens."""
    ix = torch.randint(len(data) - a.seq, (a.batch,), generator=gen)
    x = torch.stack([torch.from_numpy(data[i:i + a.seq].astype(np.int64)) for i in ix])
    y = torch.stack([torch.from_numpy(data[i + 1:i + 1 + a.seq].astype(np.int64)) for i in ix])
    return x, y


def make_optimizer(model, a):
    """AdamW, weight decay only on the rank >= 2 tensors (nanoGPT's configure_optimizers)."""
    params = [p for p in model.parameters() if p.requires_grad]
    groups = [{"params": [p for p in params if p.dim() >= 2], "weight_decay": a.weight_decay},
              {"params": [p for p in params if p.dim() < 2], "weight_decay": 0.0}]
    return torch.optim.AdamW(groups, lr=a.lr, betas=(0.9, 0.99), eps=1e-8)


def run(a, threads, blas, path, beat_ms=None):
    """One whole training run at one thread count. With beat_ms (the best
    finished run's median), the run stops early once, 20 steps past the
    warm-up, its median is over ABANDON_RATIO times that: it cannot win, and
    on a loaded 2-core machine an oversubscribed run can take minutes."""
    torch.set_num_threads(threads)
    blas.set_threads(threads)
    t0 = time.perf_counter()
    data, vocab = load_data(path)
    torch.manual_seed(a.seed)
    gen = torch.Generator().manual_seed(a.seed)
    model = GPT(vocab, a.d, a.heads, a.layers, a.seq)
    opt = make_optimizer(model, a)
    model.train()
    times, losses = [], []
    for it in range(a.steps):
        s0 = time.perf_counter()
        lr = lr_at(it, a)
        for g in opt.param_groups:
            g["lr"] = lr
        x, y = get_batch(data, a, gen)
        loss = model(x, y)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), a.clip)
        opt.step()
        losses.append(loss.item())
        times.append(time.perf_counter() - s0)
        if beat_ms and len(times) == WARMUP_STEPS + 20 and \
                statistics.median(times[WARMUP_STEPS:]) * 1e3 > ABANDON_RATIO * beat_ms:
            break
    wall = time.perf_counter() - t0
    timed = times[WARMUP_STEPS:] or times
    step_ms = statistics.median(timed) * 1e3
    return {"threads": threads, "steps": len(times), "wall_s": round(wall, 3), "step_ms": round(step_ms, 3),
            "tokens_per_s": round(a.batch * a.seq / step_ms * 1e3, 1),
            "first_loss": round(losses[0], 5), "last_loss": round(losses[-1], 5)}


def main():
    t_start = time.perf_counter()
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--steps", type=int, default=200)
    ap.add_argument("--threads", default=None,
                    help="comma-separated thread counts, each a separate run (default: 1 and os.cpu_count())")
    ap.add_argument("--data", default=None, help="text file (default: tinyshakespeare.txt as llmc finds it)")
    ap.add_argument("--batch", type=int, default=12)
    ap.add_argument("--seq", type=int, default=64)
    ap.add_argument("--d", type=int, default=128)
    ap.add_argument("--heads", type=int, default=4)
    ap.add_argument("--layers", type=int, default=4)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--min-lr", type=float, default=1e-4)
    ap.add_argument("--warmup", type=int, default=100)
    ap.add_argument("--weight-decay", type=float, default=0.1)
    ap.add_argument("--clip", type=float, default=1.0)
    ap.add_argument("--seed", type=int, default=1337)
    a = ap.parse_args()
    if a.steps < 1:
        sys.exit("train_torch.py: --steps must be at least 1")

    path = a.data or find_data("tinyshakespeare.txt")
    blas = torch_blas()
    counts = [int(x) for x in a.threads.split(",")] if a.threads else sorted({1, os.cpu_count() or 1})
    runs = {}
    for n in counts:  # one after the other, not interleaved
        done = [r["step_ms"] for r in runs.values() if r["steps"] == a.steps]
        runs[n] = run(a, n, blas, path, min(done) if done else None)
    best = min(counts, key=lambda n: (runs[n]["steps"] != a.steps, runs[n]["step_ms"]))
    out = {"peer": "pytorch"}
    out.update(runs[best])
    out.update({
        "by_threads": {str(n): {k: runs[n][k] for k in ("steps", "step_ms", "tokens_per_s", "wall_s")} for n in counts},
        "device": "pytorch %s cpu eager" % torch.__version__,
        "blas": blas.name, "blas_reference": blas.reference,
        "batch": a.batch, "seq": a.seq, "warmup_steps_skipped": WARMUP_STEPS if a.steps > WARMUP_STEPS else 0,
        "total_s": round(time.perf_counter() - t_start, 3),
    })
    print(json.dumps(out))


if __name__ == "__main__":
    main()
