#!/usr/bin/python3
"""make_reference.py — reference values for tests/test_reference.c, from PyTorch.

For every case NAME below, tests/ref/NAME.llm is a small .llm program (it
imports "nn" and defines a model with `forward` and `loss`), and this script
writes tests/ref/NAME.safetensors holding

    param.<dotted name>        the model's parameters (fixed, deterministic)
    input.<argument name>      the arguments of `forward` / `loss`
    expect.out                 forward(...) computed here
    expect.loss                loss(...) computed here
    expect.grad.<dotted name>  d loss / d parameter, by torch.autograd

Floats are F64, integers I32. Everything is computed in float64.

The PyTorch side is written from the language specification
(/work/shared/design/LANGUAGE.md sections 3-6 and 9, and the contract table of
stdlib/nn.llm), using PyTorch's own operations wherever one exists
(F.layer_norm, F.gelu(approximate="tanh"), F.cross_entropy, torch.softmax,
complex-number RoPE as in Meta's Llama, repeat_interleave for GQA, ...), not by
translating llmc's IR or nn.llm line by line.

Random values come from numpy's legacy RandomState, whose streams are stable
across versions, so re-running this script reproduces the committed files
byte for byte (given the same PyTorch arithmetic).

Run it with Debian's PyTorch (apt-get install python3-torch):
    /usr/bin/python3 tests/ref/make_reference.py
It is not needed to build or test llmc: the fixtures are committed.
"""

import json
import math
import os
import struct
import sys

import numpy as np
import torch
import torch.nn.functional as F

F64 = torch.float64
HERE = os.path.dirname(os.path.abspath(__file__))
B, T = 2, 5


# ---------------------------------------------------------------------------
# safetensors, written by hand
# ---------------------------------------------------------------------------

def write_safetensors(path, tensors, metadata):
    """tensors: list of (name, numpy array) in file order; float -> F64, int -> I32."""
    header = {}
    blobs = []
    offset = 0
    for name, arr in tensors:
        if arr.dtype.kind == "f":
            data, dt = np.ascontiguousarray(arr, dtype="<f8"), "F64"
        elif arr.dtype.kind in "iu":
            assert arr.min() >= -2**31 and arr.max() < 2**31, name
            data, dt = np.ascontiguousarray(arr, dtype="<i4"), "I32"
        else:
            raise TypeError(f"{name}: unsupported dtype {arr.dtype}")
        raw = data.tobytes()
        header[name] = {"dtype": dt, "shape": list(arr.shape), "data_offsets": [offset, offset + len(raw)]}
        blobs.append(raw)
        offset += len(raw)
    header["__metadata__"] = metadata
    text = json.dumps(header, separators=(",", ":")).encode("utf-8")
    text += b" " * ((8 - (8 + len(text)) % 8) % 8)  # the data section starts 8-byte aligned
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(struct.pack("<Q", len(text)))
        f.write(text)
        for raw in blobs:
            f.write(raw)
    os.replace(tmp, path)


def read_safetensors(path):
    """Reads back what write_safetensors wrote (a self-check)."""
    with open(path, "rb") as f:
        buf = f.read()
    (n,) = struct.unpack("<Q", buf[:8])
    assert (8 + n) % 8 == 0
    header = json.loads(buf[8:8 + n])
    header.pop("__metadata__", None)
    out = {}
    for name, e in header.items():
        b, end = e["data_offsets"]
        dt = {"F64": "<f8", "I32": "<i4"}[e["dtype"]]
        out[name] = np.frombuffer(buf[8 + n + b:8 + n + end], dtype=dt).reshape(e["shape"])
    return out


# ---------------------------------------------------------------------------
# deterministic values
# ---------------------------------------------------------------------------

class Values:
    """Parameters and inputs of one case, drawn from one seeded stream."""

    def __init__(self, seed):
        self.rs = np.random.RandomState(seed)
        self.params = {}  # dotted name -> numpy array, declaration order
        self.inputs = {}  # argument name -> numpy array

    def normal(self, shape, std, mean=0.0):
        return mean + std * self.rs.standard_normal(shape)

    def param(self, name, shape, std, mean=0.0):
        self.params[name] = self.normal(shape, std, mean)

    def linear(self, pre, n_in, n_out, bias=True):
        self.param(pre + ".w", (n_in, n_out), 1.0 / math.sqrt(n_in))
        if bias:
            self.param(pre + ".b", (n_out,), 0.1)

    def layernorm(self, pre, d):
        self.param(pre + ".w", (d,), 0.1, 1.0)
        self.param(pre + ".b", (d,), 0.1)

    def rmsnorm(self, pre, d):
        self.param(pre + ".w", (d,), 0.1, 1.0)

    def attention(self, pre, d, heads, kv_heads=None, bias=True):
        kv = (kv_heads or heads) * (d // heads)
        self.linear(pre + ".wq", d, d, bias)
        self.linear(pre + ".wk", d, kv, bias)
        self.linear(pre + ".wv", d, kv, bias)
        self.linear(pre + ".wo", d, d, bias)

    def mlp(self, pre, d, hidden):
        self.linear(pre + ".fc", d, hidden)
        self.linear(pre + ".proj", hidden, d)

    def swiglu(self, pre, d, hidden):  # declaration order w1, w2, w3
        self.linear(pre + ".w1", d, hidden, False)
        self.linear(pre + ".w2", hidden, d, False)
        self.linear(pre + ".w3", d, hidden, False)

    def gpt_block(self, pre, d):
        self.layernorm(pre + ".ln1", d)
        self.attention(pre + ".attn", d, 1)  # heads do not change the shapes
        self.layernorm(pre + ".ln2", d)
        self.mlp(pre + ".mlp", d, 4 * d)

    def llama_block(self, pre, d, hidden, heads, kv_heads):
        self.rmsnorm(pre + ".attention_norm", d)
        self.attention(pre + ".attention", d, heads, kv_heads, bias=False)
        self.rmsnorm(pre + ".ffn_norm", d)
        self.swiglu(pre + ".feed_forward", d, hidden)

    def input(self, name, arr):
        self.inputs[name] = arr

    def x(self, d, name="x"):
        self.input(name, self.normal((B, T, d), 1.0))

    def ints(self, name, hi, shape=(B, T)):
        self.input(name, self.rs.randint(0, hi, size=shape).astype(np.int32))


# ---------------------------------------------------------------------------
# the layers, from the specification
# ---------------------------------------------------------------------------

def linear(P, pre, x, bias=True):
    y = x @ P[pre + ".w"]  # w is [n_in, n_out]
    return y + P[pre + ".b"] if bias else y


def layernorm(P, pre, x, eps=1e-5):
    return F.layer_norm(x, (x.shape[-1],), P[pre + ".w"], P[pre + ".b"], eps)


def rmsnorm(P, pre, x, eps=1e-5):
    return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + eps) * P[pre + ".w"]


def gelu(x):
    return F.gelu(x, approximate="tanh")


def mlp(P, pre, x):
    return linear(P, pre + ".proj", gelu(linear(P, pre + ".fc", x)))


def swiglu(P, pre, x):
    h = F.silu(linear(P, pre + ".w1", x, False)) * linear(P, pre + ".w3", x, False)
    return linear(P, pre + ".w2", h, False)


def rope(x):
    """x [B, T, n, hd]: pairs (2j, 2j+1) rotated by pos * 10000^(-2j/hd), as
    llama2.c / Meta's reference (complex multiplication)."""
    b, t, n, hd = x.shape
    freqs = 1.0 / (10000.0 ** (torch.arange(0, hd, 2, dtype=F64) / hd))  # [hd/2]
    angles = torch.outer(torch.arange(t, dtype=F64), freqs)  # [T, hd/2]
    cis = torch.polar(torch.ones_like(angles), angles)  # e^(i angle)
    xc = torch.view_as_complex(x.reshape(b, t, n, hd // 2, 2).contiguous())
    return torch.view_as_real(xc * cis[None, :, None, :]).reshape(b, t, n, hd)


def attention(P, pre, x, heads, kv_heads=None, use_rope=False, bias=True):
    kv_heads = kv_heads or heads
    b, t, d = x.shape
    hd = d // heads
    q = linear(P, pre + ".wq", x, bias).view(b, t, heads, hd)
    k = linear(P, pre + ".wk", x, bias).view(b, t, kv_heads, hd)
    v = linear(P, pre + ".wv", x, bias).view(b, t, kv_heads, hd)
    if use_rope:
        q, k = rope(q), rope(k)
    rep = heads // kv_heads  # query head h reads kv head h // rep
    k = torch.repeat_interleave(k, rep, dim=2)
    v = torch.repeat_interleave(v, rep, dim=2)
    q, k, v = (z.transpose(1, 2) for z in (q, k, v))  # [B, H, T, hd]
    att = (q @ k.transpose(-2, -1)) / math.sqrt(hd)
    causal = torch.tril(torch.ones(t, t, dtype=torch.bool))
    att = torch.softmax(att.masked_fill(~causal, float("-inf")), dim=-1)
    y = (att @ v).transpose(1, 2).reshape(b, t, d)
    return linear(P, pre + ".wo", y, bias)


def gpt_block(P, pre, x, heads):
    x = x + attention(P, pre + ".attn", layernorm(P, pre + ".ln1", x), heads)
    return x + mlp(P, pre + ".mlp", layernorm(P, pre + ".ln2", x))


def llama_block(P, pre, x, heads, kv_heads):
    h = attention(P, pre + ".attention", rmsnorm(P, pre + ".attention_norm", x), heads, kv_heads,
                  use_rope=True, bias=False)
    x = x + h
    return x + swiglu(P, pre + ".feed_forward", rmsnorm(P, pre + ".ffn_norm", x))


def cross_entropy(logits, targets):
    c = logits.shape[-1]
    return F.cross_entropy(logits.reshape(-1, c), targets.reshape(-1).long(), reduction="mean")


def weighted(out, wl):
    return (out * wl).sum()


def margin(what, a, limit=1e-3):
    """Asserts that a comparison or a tie is far from flipping (so that f32 and
    f64 runs, and any evaluation order, take the same branch)."""
    m = float(a.abs().min())
    assert m > limit, f"{what}: margin {m:g} too small, pick another seed"


# ---------------------------------------------------------------------------
# the cases: (name, seed, setup(V), forward(P, I), loss(P, I))
# ---------------------------------------------------------------------------

CASES = []


def case(name, seed):
    def reg(fn):
        CASES.append((name, seed, fn))
        return fn
    return reg


@case("linear", 1)
def _linear(V):
    V.linear("lin", 8, 6)
    V.x(8)
    V.x(6, "wl")
    fwd = lambda P, I: linear(P, "lin", I["x"])
    return fwd, lambda P, I: weighted(fwd(P, I), I["wl"])


@case("layernorm", 2)
def _layernorm(V):
    V.linear("lin", 8, 8)
    V.layernorm("ln", 8)
    V.x(8)
    V.x(8, "wl")
    fwd = lambda P, I: layernorm(P, "ln", linear(P, "lin", I["x"]))
    return fwd, lambda P, I: weighted(fwd(P, I), I["wl"])


@case("rmsnorm", 3)
def _rmsnorm(V):
    V.linear("lin", 8, 8)
    V.rmsnorm("norm", 8)
    V.x(8)
    V.x(8, "wl")
    fwd = lambda P, I: rmsnorm(P, "norm", linear(P, "lin", I["x"]))
    return fwd, lambda P, I: weighted(fwd(P, I), I["wl"])


@case("softmax", 4)
def _softmax(V):
    V.param("w", (8, 8), 0.3)
    V.x(8)
    V.x(8, "wl")
    V.x(8, "wl2")
    fwd = lambda P, I: torch.softmax(I["x"] @ P["w"], dim=-1)
    return fwd, lambda P, I: (weighted(fwd(P, I), I["wl"]) +
                              weighted(torch.log_softmax(I["x"] @ P["w"], dim=1), I["wl2"]))


@case("cross_entropy", 5)
def _cross_entropy(V):
    V.linear("head", 8, 7)
    V.x(8)
    V.ints("targets", 7)
    fwd = lambda P, I: linear(P, "head", I["x"])

    def loss(P, I):
        logits, tg = fwd(P, I), I["targets"]
        return cross_entropy(logits, tg) + 0.5 * cross_entropy(logits[:, -1], tg[:, 0])
    return fwd, loss


@case("mlp", 6)
def _mlp(V):
    V.mlp("mlp", 8, 16)
    V.x(8)
    V.x(8, "wl")
    fwd = lambda P, I: mlp(P, "mlp", I["x"])
    return fwd, lambda P, I: weighted(fwd(P, I), I["wl"])


@case("swiglu", 7)
def _swiglu(V):
    V.swiglu("ffn", 8, 12)
    V.x(8)
    V.x(8, "wl")
    fwd = lambda P, I: swiglu(P, "ffn", I["x"])
    return fwd, lambda P, I: weighted(fwd(P, I), I["wl"])


def _attention_case(kv_heads, use_rope):
    def setup(V):
        V.attention("attn", 16, 4, kv_heads)
        V.x(16)
        V.x(16, "wl")
        fwd = lambda P, I: attention(P, "attn", I["x"], 4, kv_heads, use_rope)
        return fwd, lambda P, I: weighted(fwd(P, I), I["wl"])
    return setup


case("attention", 8)(_attention_case(None, False))
case("attention_rope", 9)(_attention_case(None, True))
case("attention_gqa_rope", 10)(_attention_case(2, True))


@case("gpt_block", 11)
def _gpt_block(V):
    V.gpt_block("block", 16)
    V.x(16)
    V.x(16, "wl")
    fwd = lambda P, I: gpt_block(P, "block", I["x"], 4)
    return fwd, lambda P, I: weighted(fwd(P, I), I["wl"])


@case("llama_block", 12)
def _llama_block(V):
    V.llama_block("block", 16, 24, 4, 2)
    V.x(16)
    V.x(16, "wl")
    fwd = lambda P, I: llama_block(P, "block", I["x"], 4, 2)
    return fwd, lambda P, I: weighted(fwd(P, I), I["wl"])


@case("tiny_gpt", 13)
def _tiny_gpt(V):
    vocab, d, heads, n_layers, ctx = 11, 16, 2, 2, 8
    V.param("wte", (vocab, d), 0.5)
    V.param("wpe", (ctx, d), 0.5)
    for i in range(n_layers):
        V.gpt_block(f"blocks.{i}", d)
    V.layernorm("lnf", d)
    V.ints("idx", vocab)
    V.ints("targets", vocab)

    def fwd(P, I):
        t = I["idx"].shape[1]
        x = F.embedding(I["idx"].long(), P["wte"]) + P["wpe"][:t]
        for i in range(n_layers):
            x = gpt_block(P, f"blocks.{i}", x, heads)
        return layernorm(P, "lnf", x) @ P["wte"].T
    return fwd, lambda P, I: cross_entropy(fwd(P, I), I["targets"])


@case("tiny_llama", 14)
def _tiny_llama(V):
    vocab, d, hidden, n_layers, heads, kv_heads = 13, 16, 24, 2, 4, 2
    V.param("tok_embeddings", (vocab, d), 0.5)
    for i in range(n_layers):
        V.llama_block(f"layers.{i}", d, hidden, heads, kv_heads)
    V.rmsnorm("norm", d)
    V.ints("idx", vocab)
    V.ints("targets", vocab)

    def fwd(P, I):
        x = F.embedding(I["idx"].long(), P["tok_embeddings"])
        for i in range(n_layers):
            x = llama_block(P, f"layers.{i}", x, heads, kv_heads)
        return rmsnorm(P, "norm", x) @ P["tok_embeddings"].T
    return fwd, lambda P, I: cross_entropy(fwd(P, I), I["targets"])


@case("elementwise", 15)
def _elementwise(V):
    V.param("w", (8, 8), 0.5)
    V.x(8)
    V.x(8, "wl")

    def fwd(P, I):
        h = I["x"] @ P["w"]
        margin("elementwise: |h| (abs, relu)", h)
        a = torch.exp(0.3 * h) + torch.log(h.abs() + 0.5) + torch.sqrt(h.abs() + 0.1) + torch.rsqrt(h ** 2 + 1.0)
        b = torch.sin(h) * torch.cos(h) + torch.tanh(h) + torch.sigmoid(h) + torch.relu(h)
        c = gelu(h) + F.gelu(h) + F.silu(h) - h / (h.abs() + 2.0)  # F.gelu default: exact (erf)
        e = (h.abs() + 0.5) ** torch.sigmoid(h) + (-h) ** 2 - 0.5 * h ** 3
        return a * 0.5 + b - c + e
    return fwd, lambda P, I: weighted(fwd(P, I), I["wl"])


@case("ops", 17)
def _ops(V):
    d, k, vocab = 8, 6, 10
    V.param("w", (d, k), 0.5)
    V.param("u", (k,), 0.5)
    V.param("emb.w", (vocab, k), 0.5)
    V.x(d)
    V.input("idx", np.array([[3, 7, 3, 0, 9], [7, 7, 1, 3, 5]], dtype=np.int32))  # repeated ids
    V.ints("sel", k)
    V.x(k, "wl")

    def fwd(P, I):
        x, sel = I["x"], I["sel"].long()
        h = x @ P["w"]
        g = F.embedding(I["idx"].long(), P["emb.w"])
        u = P["u"]
        margin("ops: h > u", h - u)
        a = torch.where(h > u, h, g * u)
        margin("ops: maximum(a, g)", a - g)
        margin("ops: minimum(h, 0.5 g)", h - 0.5 * g)
        m = torch.maximum(a, g) + torch.minimum(h, 0.5 * g)
        lo, hi = torch.chunk(m, 2, dim=-1)
        c = torch.cat([hi, lo * 2.0], dim=2)
        s = torch.stack([c, h, g], dim=1)  # [B, 3, T, k]
        p = s.permute(0, 2, 3, 1)  # [B, T, k, 3]
        r = (p * p).sum(-1) + s.mean(1)
        hs = torch.sort(h.permute(1, 0, 2).reshape(T, -1), dim=-1).values
        margin("ops: max over axes [0, 2]", hs[:, -1] - hs[:, -2])
        mx = torch.amax(h, dim=(0, 2), keepdim=True)  # [1, T, 1]
        gs = torch.sort(g, dim=-1).values
        margin("ops: min over the last axis", gs[..., 1] - gs[..., 0])
        mn = torch.amin(g, dim=-1, keepdim=True)  # [B, T, 1]
        mu = x.mean(dim=(1, 2), keepdim=True)  # [B, 1, 1]
        t = torch.gather(h, -1, sel[..., None])[..., 0]  # [B, T]
        e = u.expand(B, T, k)
        z = h.reshape(B, -1, 2).transpose(1, 2).reshape(B, T, k)
        last = h[:, -1]
        col = h[..., 0]
        hf = torch.sort(h.reshape(-1)).values
        margin("ops: max of all", hf[-1] - hf[-2])
        tot = g.sum() + h.max()
        y = r + mx + mn * mu + t[:, :, None] * e + h.sum(dim=(0, 1)) + 0.1 * z
        return y + last[:, None, :] * col[:, :, None] + tot
    return fwd, lambda P, I: weighted(fwd(P, I), I["wl"])


# ---------------------------------------------------------------------------

def run_case(name, seed, setup):
    V = Values(seed)
    fwd, loss_fn = setup(V)
    P = {n: torch.tensor(a, dtype=F64, requires_grad=True) for n, a in V.params.items()}
    I = {n: torch.tensor(a, dtype=F64 if a.dtype.kind == "f" else torch.int32) for n, a in V.inputs.items()}
    with torch.no_grad():
        out = fwd(P, I)
    loss = loss_fn(P, I)
    names = list(P)
    grads = torch.autograd.grad(loss, [P[n] for n in names])
    tensors = [("param." + n, a) for n, a in V.params.items()]
    tensors += [("input." + n, a) for n, a in V.inputs.items()]
    tensors.append(("expect.out", out.numpy()))
    tensors.append(("expect.loss", loss.detach().numpy()))
    tensors += [("expect.grad." + n, g.numpy()) for n, g in zip(names, grads)]
    meta = {"generator": "tests/ref/make_reference.py", "case": name, "torch": torch.__version__,
            "program": name + ".llm"}
    path = os.path.join(HERE, name + ".safetensors")
    write_safetensors(path, tensors, meta)
    back = read_safetensors(path)
    for n, a in tensors:
        assert back[n].shape == a.shape and np.array_equal(back[n], a), n
    gmax = max(float(g.abs().max()) for g in grads)
    print(f"{name:20s} out {tuple(out.shape)} loss {float(loss):+.6f} |grad|max {gmax:.3g} "
          f"params {len(names)}  -> {os.path.relpath(path)}")


def main():
    only = set(sys.argv[1:])
    torch.set_num_threads(1)  # deterministic reductions
    for name, seed, setup in CASES:
        if not only or name in only:
            run_case(name, seed, setup)


if __name__ == "__main__":
    main()
