#!/usr/bin/env python3
"""train_jax.py — JAX jit peer of `llmc train examples/gpt_char.llm`.

The same whole training loop as train_torch.py, in JAX on the CPU: the char
tokenizer (sorted set of characters), the 90/10 split, random windows of
seq + 1 tokens drawn on the host as numpy each step, and one `jax.jit` step
holding forward, backward, clipping by global norm and AdamW (optax, with
nanoGPT's cosine schedule and weight decay on the rank >= 2 tensors only);
the loss is read back every step (`float(loss)`). The model is
bench/torch_gpt.py's GPT written in jax.numpy: pre-norm GPT-2 blocks
(LayerNorm eps 1e-5, biased q/k/v/o, causal softmax, MLP d -> 4d -> d with tanh
GELU), learned positions, a final LayerNorm, the head tied to the token
embeddings; weights normal(0, 0.02), biases zero. Configuration:
examples/gpt_char.llm's (4 layers, 4 heads, d 128, ctx/seq 64, batch 12, AdamW
lr 1e-3 betas (0.9, 0.99) eps 1e-8 weight decay 0.1, cosine(warmup 100,
min_lr 1e-4) over --steps, clip 1.0, seed 1337).

Compile time, with a cold cache (JAX's persistent compilation cache is turned
off here, so every run compiles from scratch, like llmc with empty caches):
  compile_s      from the start of the run (before the first jit call: the
                 parameter initialisation) to the end of the first step, its
                 loss read back: the time a user waits for step 1;
  first_step_s   the first step alone (tracing, XLA compilation, one run).

Threads: XLA's CPU backend uses every core it may; --threads 1 pins the
process to one CPU (sched_setaffinity) and turns off Eigen's multi-threading
before JAX starts. Without --threads, 1 and os.cpu_count() are run as separate
processes, one after the other, and the faster is reported (all in
"by_threads"), as train_torch.py does.

Prints one JSON line: {"peer": "jax", "threads", "steps", "wall_s", "step_ms",
"tokens_per_s", "first_loss", "last_loss", "compile_s", "first_step_s", ...};
step_ms is the median step after 10 warm-up steps, wall_s the run from reading
the text file to the end of its last step (compilation included).

  build/bench-venv/bin/python bench/train_jax.py --steps 200
"""
import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import time

sys.dont_write_bytecode = True  # no bench/__pycache__ in the source tree
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WARMUP_STEPS = 10  # excluded from the median step time


def parse_args():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--steps", type=int, default=200)
    ap.add_argument("--threads", default=None,
                    help="comma-separated thread counts, each a separate process (default: 1 and os.cpu_count())")
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
        sys.exit("train_jax.py: --steps must be at least 1")
    return a


def find_data(name):
    """The data file as llmc looks for it: $LLMC_DATA_DIR, data/, /work/shared/data."""
    for d in (os.environ.get("LLMC_DATA_DIR"), os.path.join(ROOT, "data"), "/work/shared/data"):
        if d and os.path.exists(os.path.join(d, name)):
            return os.path.join(d, name)
    sys.exit("train_jax.py: cannot find %s (set LLMC_DATA_DIR)" % name)


def run_each(a, counts):
    """Each thread count in its own process (XLA's threads are fixed at start)."""
    runs = {}
    for n in counts:
        argv = [a2 for a2 in sys.argv[1:]]
        if "--threads" in argv:
            i = argv.index("--threads")
            del argv[i:i + 2]
        argv = [x for x in argv if not x.startswith("--threads=")]
        p = subprocess.run([sys.executable, os.path.abspath(__file__), "--threads", str(n)] + argv,
                           stdout=subprocess.PIPE, check=False)
        if p.returncode != 0:
            sys.exit("train_jax.py: the %d-thread run failed (exit %d)" % (n, p.returncode))
        runs[n] = json.loads(p.stdout.decode().strip().splitlines()[-1])
    best = min(counts, key=lambda n: runs[n]["step_ms"])
    out = dict(runs[best])
    out["by_threads"] = {str(n): {k: runs[n][k] for k in ("step_ms", "tokens_per_s", "wall_s", "compile_s",
                                                           "first_step_s")} for n in counts}
    print(json.dumps(out))


def pin_threads(n):
    """Before JAX starts: at most n CPUs for this process and XLA's pools."""
    cpus = sorted(os.sched_getaffinity(0))
    if n < len(cpus):
        os.sched_setaffinity(0, set(cpus[:n]))
    if n == 1:
        os.environ["XLA_FLAGS"] = (os.environ.get("XLA_FLAGS", "") + " --xla_cpu_multi_thread_eigen=false").strip()


def load_data(path, np):
    """Char tokenizer and the 90/10 split; returns (train tokens, vocab size)."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    chars = sorted(set(text))
    stoi = {c: i for i, c in enumerate(chars)}
    data = np.array([stoi[c] for c in text], dtype=np.uint16)
    return data[:int(0.9 * len(data))], len(chars)


def init_params(jax, key, vocab, a):
    jnp = jax.numpy
    keys = iter(jax.random.split(key, 2 + 6 * a.layers))

    def normal(*shape):
        return 0.02 * jax.random.normal(next(keys), shape, jnp.float32)

    d = a.d
    blocks = []
    for _ in range(a.layers):
        blk = {"ln1_g": jnp.ones(d), "ln1_b": jnp.zeros(d), "ln2_g": jnp.ones(d), "ln2_b": jnp.zeros(d),
               "fc_w": normal(d, 4 * d), "fc_b": jnp.zeros(4 * d), "proj_w": normal(4 * d, d), "proj_b": jnp.zeros(d)}
        for n in ("q", "k", "v", "o"):
            blk["w" + n], blk["b" + n] = normal(d, d), jnp.zeros(d)
        blocks.append(blk)
    return {"wte": normal(vocab, d), "wpe": normal(a.seq, d), "blocks": blocks,
            "lnf_g": jnp.ones(d), "lnf_b": jnp.zeros(d)}


def make_loss(jax, a):
    jnp = jax.numpy

    def layer_norm(x, g, b):
        mu = x.mean(-1, keepdims=True)
        var = ((x - mu) ** 2).mean(-1, keepdims=True)
        return (x - mu) * jax.lax.rsqrt(var + 1e-5) * g + b

    def attn(p, x):
        B, T, d = x.shape
        hd = d // a.heads

        def heads(w, b):
            return (x @ w + b).reshape(B, T, a.heads, hd).transpose(0, 2, 1, 3)

        q, k, v = heads(p["wq"], p["bq"]), heads(p["wk"], p["bk"]), heads(p["wv"], p["bv"])
        att = (q @ k.transpose(0, 1, 3, 2)) * (1.0 / math.sqrt(hd))
        mask = jnp.tril(jnp.ones((T, T), bool))
        att = jax.nn.softmax(jnp.where(mask, att, -1e9), axis=-1)
        y = (att @ v).transpose(0, 2, 1, 3).reshape(B, T, d)
        return y @ p["wo"] + p["bo"]

    def loss_fn(params, idx, tgt):
        T = idx.shape[1]
        x = params["wte"][idx] + params["wpe"][:T]
        for p in params["blocks"]:
            x = x + attn(p, layer_norm(x, p["ln1_g"], p["ln1_b"]))
            h = jax.nn.gelu(layer_norm(x, p["ln2_g"], p["ln2_b"]) @ p["fc_w"] + p["fc_b"], approximate=True)
            x = x + h @ p["proj_w"] + p["proj_b"]
        logits = layer_norm(x, params["lnf_g"], params["lnf_b"]) @ params["wte"].T
        logp = jax.nn.log_softmax(logits, axis=-1)
        return -jnp.take_along_axis(logp, tgt[..., None], axis=-1).mean()

    return loss_fn


def make_optimizer(jax, optax, a):
    """clip by global norm, then AdamW with nanoGPT's schedule; decay on rank >= 2."""
    jnp = jax.numpy

    def schedule(count):  # nanoGPT's get_lr, count = the step about to be taken
        it = count.astype(jnp.float32)
        warm = a.lr * (it + 1) / (a.warmup + 1)
        ratio = jnp.clip((it - a.warmup) / max(1, a.steps - a.warmup), 0.0, 1.0)
        cos = a.min_lr + 0.5 * (1.0 + jnp.cos(jnp.pi * ratio)) * (a.lr - a.min_lr)
        return jnp.where(it < a.warmup, warm, cos)

    def decay_mask(params):
        return jax.tree_util.tree_map(lambda p: p.ndim >= 2, params)

    return optax.chain(optax.clip_by_global_norm(a.clip),
                       optax.adamw(schedule, b1=0.9, b2=0.99, eps=1e-8, weight_decay=a.weight_decay,
                                   mask=decay_mask))


def run(a, threads):
    """One whole training run in this process."""
    pin_threads(threads)
    os.environ.pop("JAX_COMPILATION_CACHE_DIR", None)  # a cold cache, always
    os.environ.setdefault("JAX_PLATFORMS", "cpu")
    import numpy as np
    import jax
    import optax
    try:
        jax.config.update("jax_enable_compilation_cache", False)
    except (AttributeError, KeyError):
        pass  # older JAX: no persistent cache unless a directory is configured

    t0 = time.perf_counter()
    data, vocab = load_data(a.data or find_data("tinyshakespeare.txt"), np)
    rng = np.random.default_rng(a.seed)
    tc = time.perf_counter()  # before the first jit call
    params = init_params(jax, jax.random.PRNGKey(a.seed), vocab, a)
    tx = make_optimizer(jax, optax, a)
    opt_state = tx.init(params)
    loss_fn = make_loss(jax, a)

    def train_step(params, opt_state, x, y):
        loss, grads = jax.value_and_grad(loss_fn)(params, x, y)
        updates, opt_state = tx.update(grads, opt_state, params)
        return optax.apply_updates(params, updates), opt_state, loss

    step = jax.jit(train_step, donate_argnums=(0, 1))
    times, losses = [], []
    for _ in range(a.steps):
        s0 = time.perf_counter()
        ix = rng.integers(0, len(data) - a.seq, a.batch)
        x = np.stack([data[i:i + a.seq] for i in ix]).astype(np.int32)
        y = np.stack([data[i + 1:i + 1 + a.seq] for i in ix]).astype(np.int32)
        params, opt_state, loss = step(params, opt_state, x, y)
        losses.append(float(loss))
        s1 = time.perf_counter()
        if not times:
            compile_s = s1 - tc
        times.append(s1 - s0)
    wall = time.perf_counter() - t0
    timed = times[WARMUP_STEPS:] or times
    step_ms = statistics.median(timed) * 1e3
    print(json.dumps({
        "peer": "jax", "threads": threads, "steps": a.steps, "wall_s": round(wall, 3), "step_ms": round(step_ms, 3),
        "tokens_per_s": round(a.batch * a.seq / step_ms * 1e3, 1),
        "first_loss": round(losses[0], 5), "last_loss": round(losses[-1], 5),
        "compile_s": round(compile_s, 3), "first_step_s": round(times[0], 3),
        "device": "jax %s %s, optax %s" % (jax.__version__, jax.devices()[0].platform, optax.__version__),
        "batch": a.batch, "seq": a.seq, "warmup_steps_skipped": WARMUP_STEPS if a.steps > WARMUP_STEPS else 0,
    }))


def main():
    a = parse_args()
    counts = [int(x) for x in a.threads.split(",")] if a.threads else sorted({1, os.cpu_count() or 1})
    if len(counts) == 1:
        run(a, counts[0])
    else:
        run_each(a, counts)


if __name__ == "__main__":
    main()
