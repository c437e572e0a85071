#!/usr/bin/env python3
"""torch_gpt.py — PyTorch CPU eager baseline for `llmc bench examples/gpt_char.llm`.

The same GPT as examples/gpt_char.llm with stdlib/nn.llm: pre-norm GPT-2 blocks
(LayerNorm eps 1e-5, causal self-attention with biased q/k/v/o projections,
MLP d -> 4d -> d with tanh GELU), learned position embeddings, a final
LayerNorm and an output head tied to the token embeddings; mean cross-entropy
of next-token predictions. Times forward + backward (+ an AdamW step unless
--no-optim) as the median of --steps steps after --warmup steps, and prints one
JSON object (same field names as `llmc bench --json` where they apply).

It times two thread counts in the same process, interleaved step by step: 1
thread and os.cpu_count() threads (torch.set_num_threads, and OpenBLAS's own
thread count to match). On small machines the tiny ops of this model often run
faster on one thread (waking the OpenMP and OpenBLAS workers costs more than it
saves), so the faster of the two is reported as step_ms -- PyTorch's best
configuration -- and both are listed under "by_threads". "blas" names the BLAS
library the process really mapped; "blas_reference" is true when that is the
slow reference BLAS (then the numbers are no fair baseline).

Run as bench/run.sh does:
  env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE /usr/bin/python3 bench/torch_gpt.py
"""
import argparse
import json
import math
import os
import statistics
import sys
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

sys.dont_write_bytecode = True  # no bench/__pycache__ in the source tree
from blas_info import torch_blas  # noqa: E402


class Block(nn.Module):
    def __init__(self, d, heads):
        super().__init__()
        self.heads = heads
        self.ln1 = nn.LayerNorm(d, eps=1e-5)
        self.wq, self.wk, self.wv, self.wo = (nn.Linear(d, d) for _ in range(4))
        self.ln2 = nn.LayerNorm(d, eps=1e-5)
        self.fc = nn.Linear(d, 4 * d)
        self.proj = nn.Linear(4 * d, d)

    def attn(self, x):
        B, T, d = x.shape
        hd = d // self.heads
        q = self.wq(x).view(B, T, self.heads, hd).transpose(1, 2)
        k = self.wk(x).view(B, T, self.heads, hd).transpose(1, 2)
        v = self.wv(x).view(B, T, self.heads, hd).transpose(1, 2)
        att = (q @ k.transpose(-2, -1)) * (1.0 / math.sqrt(hd))
        mask = torch.ones(T, T, dtype=torch.bool).tril()
        att = att.masked_fill(~mask, -1e9).softmax(dim=-1)
        y = (att @ v).transpose(1, 2).reshape(B, T, d)
        return self.wo(y)

    def forward(self, x):
        x = x + self.attn(self.ln1(x))
        return x + self.proj(F.gelu(self.fc(self.ln2(x)), approximate="tanh"))


class GPT(nn.Module):
    def __init__(self, vocab, d, heads, n_layers, ctx):
        super().__init__()
        self.wte = nn.Parameter(torch.randn(vocab, d) * 0.02)
        self.wpe = nn.Parameter(torch.randn(ctx, d) * 0.02)
        self.blocks = nn.ModuleList(Block(d, heads) for _ in range(n_layers))
        self.lnf = nn.LayerNorm(d, eps=1e-5)
        for m in self.modules():
            if isinstance(m, nn.Linear):
                nn.init.normal_(m.weight, 0.0, 0.02)
                nn.init.zeros_(m.bias)

    def forward(self, idx, targets):
        T = idx.shape[1]
        x = self.wte[idx] + self.wpe[:T]
        for b in self.blocks:
            x = b(x)
        logits = self.lnf(x) @ self.wte.t()
        return F.cross_entropy(logits.reshape(-1, logits.shape[-1]), targets.reshape(-1))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--vocab", type=int, default=65)
    ap.add_argument("--d", type=int, default=128)
    ap.add_argument("--heads", type=int, default=4)
    ap.add_argument("--layers", type=int, default=4)
    ap.add_argument("--ctx", type=int, default=64)
    ap.add_argument("--batch", type=int, default=12)
    ap.add_argument("--seq", type=int, default=64)
    ap.add_argument("--steps", type=int, default=10)
    ap.add_argument("--warmup", type=int, default=2)
    ap.add_argument("--no-optim", action="store_true", help="time forward + backward only")
    ap.add_argument("--threads", default=None,
                    help="comma-separated thread counts to time (default: 1 and os.cpu_count())")
    a = ap.parse_args()

    blas = torch_blas()
    counts = [int(x) for x in a.threads.split(",")] if a.threads else sorted({1, os.cpu_count() or 1})
    idx = torch.randint(0, a.vocab, (a.batch, a.seq), generator=torch.Generator().manual_seed(2))
    tgt = torch.randint(0, a.vocab, (a.batch, a.seq), generator=torch.Generator().manual_seed(3))
    runs = {}
    for n in counts:  # the same initial weights for every thread count
        torch.manual_seed(1)
        model = GPT(a.vocab, a.d, a.heads, a.layers, a.ctx)
        opt = torch.optim.AdamW(model.parameters(), lr=1e-3, betas=(0.9, 0.99), eps=1e-8, weight_decay=0.1)
        runs[n] = {"model": model, "opt": opt, "fb": [], "full": [], "loss": None}

    for s in range(a.warmup + a.steps):
        for n in counts:  # interleaved, so that load from other processes hits both alike
            r = runs[n]
            torch.set_num_threads(n)
            blas.set_threads(n)
            t0 = time.perf_counter()
            r["opt"].zero_grad(set_to_none=True)
            loss = r["model"](idx, tgt)
            loss.backward()
            t1 = time.perf_counter()
            if not a.no_optim:
                r["opt"].step()
            t2 = time.perf_counter()
            if s == 0:
                r["loss"] = float(loss)
            if s >= a.warmup:
                r["fb"].append(t1 - t0)
                r["full"].append(t2 - t0)

    by = {}
    for n in counts:
        r = runs[n]
        by[str(n)] = {
            "step_ms": round(statistics.median(r["fb"]) * 1e3, 4),
            "step_min_ms": round(min(r["fb"]) * 1e3, 4),
            "step_adamw_ms": None if a.no_optim else round(statistics.median(r["full"]) * 1e3, 4),
        }
    best = min(counts, key=lambda n: by[str(n)]["step_ms"])
    b = by[str(best)]
    print(json.dumps({
        "device": "pytorch %s cpu eager, %d thread%s" % (torch.__version__, best, "" if best == 1 else "s"),
        "threads": best,
        "by_threads": by,
        "blas": blas.name,
        "blas_reference": blas.reference,
        "blas_libs": blas.libs,
        "params": sum(p.numel() for p in runs[best]["model"].parameters()),
        "batch": a.batch, "seq": a.seq, "steps": a.steps,
        "step_ms": b["step_ms"],  # forward + backward, as llmc bench's loss + gradients
        "step_min_ms": b["step_min_ms"],
        "step_adamw_ms": b["step_adamw_ms"],
        "tokens_per_s": round(a.batch * a.seq / b["step_ms"] * 1e3, 1),
        "loss": round(runs[best]["loss"], 5),  # of the first step, before any update
    }))


if __name__ == "__main__":
    main()
