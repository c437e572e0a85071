#!/bin/sh
# bench/train_compare.sh — whole training loops side by side: `llmc train
# examples/gpt_char.llm` against the same loop in PyTorch CPU eager
# (bench/train_torch.py, nanoGPT-style) and in JAX jit (bench/train_jax.py, the
# whole step with AdamW under one jax.jit), data loading and the per-step loss
# read-back included; then a table and the ratios. See bench/README.md.
#
#   bench/train_compare.sh [STEPS]        (default 200 steps for each peer)
#
# Environment: LLMC (the llmc binary; default build/llmc, built with cmake if
# missing), LLMC_TRAIN_ARGS (extra `llmc train` arguments, e.g. "--backend cuda"),
# BENCH_OUT (default build/bench), BENCH_VENV (the JAX virtual environment;
# default build/bench-venv, created with `python3 -m venv` and `pip install jax
# optax numpy` when missing).
set -eu
cd "$(dirname "$0")/.."
STEPS=${1:-200}
LLMC=${LLMC:-build/llmc}
OUT=${BENCH_OUT:-build/bench}
VENV=${BENCH_VENV:-build/bench-venv}
MODEL=examples/gpt_char.llm
mkdir -p "$OUT"
SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
apt_install() {
  # shellcheck disable=SC2086
  { $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"; } >/dev/null 2>&1
}
now() { date +%s.%N; }

# ---- llmc train
if [ ! -x "$LLMC" ]; then
  echo "== building llmc"
  if ! { cmake -S . -B build >/dev/null && make -C build -j"$(nproc)" llmc >/dev/null; }; then
    echo "bench/train_compare.sh: cannot build llmc" >&2
  fi
fi
LDIR="$OUT/train-llmc"
rm -rf "$LDIR" "$OUT/train-llmc.stderr" "$OUT/train-llmc.wall"
echo "== llmc train $MODEL --set train.steps=$STEPS --out $LDIR${LLMC_TRAIN_ARGS:+ $LLMC_TRAIN_ARGS} (progress in $OUT/train-llmc.stderr)"
t0=$(now)
# shellcheck disable=SC2086
if "$LLMC" train "$MODEL" --set train.steps="$STEPS" --out "$LDIR" ${LLMC_TRAIN_ARGS:-} \
     >/dev/null 2>"$OUT/train-llmc.stderr" && [ -s "$LDIR/metrics.jsonl" ]; then
  echo "$t0 $(now)" | awk '{printf "%.3f\n", $2 - $1}' >"$OUT/train-llmc.wall"
elif grep -q "not supported" "$OUT/train-llmc.stderr" 2>/dev/null; then
  echo "bench/train_compare.sh: '$LLMC train' is not available in this build yet; continuing with the peers." >&2
else
  echo "bench/train_compare.sh: '$LLMC train' failed or wrote no $LDIR/metrics.jsonl; its stderr ends:" >&2
  tail -n 5 "$OUT/train-llmc.stderr" >&2 || true
  echo "  continuing with the peers." >&2
fi

# ---- PyTorch CPU eager, as bench/run.sh runs it (Debian's torch, OpenBLAS)
PY=/usr/bin/python3
PYENV="env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE"
have_torch() { $PYENV $PY -c 'import torch, numpy' 2>/dev/null; }
missing=
if command -v dpkg-query >/dev/null 2>&1; then
  for p in python3-torch python3-numpy libopenblas0-pthread; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
  done
elif ! have_torch; then
  missing=" python3-torch python3-numpy libopenblas0-pthread"
fi
if [ -n "$missing" ]; then
  echo "== installing$missing with apt-get"
  # shellcheck disable=SC2086
  apt_install $missing || echo "bench/train_compare.sh: cannot install$missing (apt-get install$missing)" >&2
fi
rm -f "$OUT/train-torch.json" "$OUT/train-jax.json"
if have_torch; then
  echo "== PyTorch CPU eager: bench/train_torch.py --steps $STEPS (1 and $(nproc) threads, separate runs)"
  $PYENV $PY bench/train_torch.py --steps "$STEPS" >"$OUT/train-torch.json" || rm -f "$OUT/train-torch.json"
else
  echo "bench/train_compare.sh: no PyTorch (Debian's python3-torch); skipping it." >&2
fi

# ---- JAX jit from PyPI, in a virtual environment
have_jax() { "$VENV/bin/python" -c 'import jax, optax, numpy' 2>/dev/null; }
if ! have_jax; then
  echo "== creating $VENV (python3 -m venv; pip install jax optax numpy)"
  if ! python3 -m venv "$VENV" >/dev/null 2>&1; then
    rm -rf "$VENV"
    apt_install python3-venv || true
    python3 -m venv "$VENV" >/dev/null 2>&1 || echo "bench/train_compare.sh: python3 -m venv failed" >&2
  fi
  if [ -x "$VENV/bin/pip" ]; then
    "$VENV/bin/pip" install -q jax optax numpy >/dev/null 2>&1 || echo "bench/train_compare.sh: pip install failed" >&2
  fi
fi
if have_jax; then
  echo "== JAX jit: bench/train_jax.py --steps $STEPS (1 and $(nproc) threads, separate processes)"
  "$VENV/bin/python" bench/train_jax.py --steps "$STEPS" >"$OUT/train-jax.json" || rm -f "$OUT/train-jax.json"
else
  echo "bench/train_compare.sh: no JAX in $VENV (pip install jax optax numpy failed); skipping it." >&2
fi

# ---- the table
python3 - "$OUT" "$STEPS" <<'PYEOF'
import json, os, re, statistics, sys
out, steps = sys.argv[1], int(sys.argv[2])
SKIP = 10  # warm-up steps left out of the medians, as the peers do


def load(name):
    p = os.path.join(out, name)
    try:
        return json.load(open(p))
    except (OSError, ValueError):
        return None


def llmc_row():
    """llmc's row from metrics.jsonl: the median tokens/s after SKIP steps."""
    p = os.path.join(out, "train-llmc", "metrics.jsonl")
    if not os.path.exists(os.path.join(out, "train-llmc.wall")):
        return None
    recs = []
    for line in open(p):
        try:
            r = json.loads(line)
        except ValueError:
            continue
        if "loss" in r and "tokens_per_s" in r:  # {"step", "val_loss"} lines are evaluations
            recs.append(r)
    if not recs:
        return None
    timed = recs[SKIP:] if len(recs) > SKIP else recs
    tps = statistics.median(r["tokens_per_s"] for r in timed)
    row = {"peer": "llmc train", "steps": len(recs), "tokens_per_s": tps, "step_ms": 12 * 64 / tps * 1e3,
           "wall_s": float(open(os.path.join(out, "train-llmc.wall")).read()),
           "first_loss": recs[0]["loss"], "last_loss": recs[-1]["loss"]}
    err = open(os.path.join(out, "train-llmc.stderr"), errors="replace").read()
    m = re.findall(r"kernels ready in ([0-9.]+) s", err)
    if m:
        row["ready_s"] = float(m[0])
    return row


rows = [r for r in (llmc_row(), load("train-torch.json"), load("train-jax.json")) if r]
names = {"pytorch": "pytorch cpu eager", "jax": "jax jit"}
print()
print("whole training loop, examples/gpt_char.llm, %d steps (medians leave out the first %d)" % (steps, SKIP))
print("%-20s %8s %10s %12s %10s %11s %10s" % ("peer", "threads", "step ms", "tokens/s", "wall s", "first loss",
                                             "last loss"))
for r in rows:
    print("%-20s %8s %10.2f %12.0f %10.2f %11.4f %10.4f" % (
        names.get(r["peer"], r["peer"]), r.get("threads", "-"), r["step_ms"], r["tokens_per_s"], r["wall_s"],
        r["first_loss"], r["last_loss"]))
by = {r["peer"]: r for r in rows}
t, j, lm = by.get("pytorch"), by.get("jax"), by.get("llmc train")
if t:
    print("pytorch: %s, BLAS %s; by threads: %s" % (t.get("device", "?"), t.get("blas", "?").split(" (")[0], ", ".join(
        "%s: %.2f ms%s" % (n, v["step_ms"], "" if v.get("steps", steps) == steps else
                           " (stopped after %d steps: >3x slower)" % v["steps"])
        for n, v in sorted(t.get("by_threads", {}).items(), key=lambda kv: int(kv[0])))))
    if t.get("blas_reference"):
        print("WARNING: PyTorch runs on the reference BLAS (~15x slower than OpenBLAS): install libopenblas0-pthread")
if j:
    print("jax: %s; by threads: %s" % (j.get("device", "?"), ", ".join(
        "%s: %.2f ms" % (n, v["step_ms"]) for n, v in sorted(j.get("by_threads", {}).items(), key=lambda kv: int(kv[0])))))
print()
if not lm:
    print("llmc train: not measured (see above); no ratios")
for peer in (t, j):
    if lm and peer:
        r = peer["step_ms"] / lm["step_ms"]
        print("llmc train vs %-8s %.2fx %s (step %.2f ms vs %.2f ms)" % (
            peer["peer"] + ":", r if r >= 1 else 1 / r, "faster" if r >= 1 else "slower", lm["step_ms"],
            peer["step_ms"]))
if j:
    cs = ", ".join("%s thr %.2f s" % (n, v["compile_s"])
                   for n, v in sorted(j.get("by_threads", {}).items(), key=lambda kv: int(kv[0])))
    line = "time to the first step: jax %.2f s (start to the first loss, cold cache; first step alone %.2f s%s)" % (
        j["compile_s"], j["first_step_s"], "; " + cs if cs else "")
    if lm and "ready_s" in lm:
        line += "; llmc kernels ready in %.2f s" % lm["ready_s"]
    print(line)
PYEOF
