#!/bin/sh
# bench/run.sh — llmc fused, llmc --no-fuse and PyTorch CPU eager on the same
# machine and the same GPT (examples/gpt_char.llm: 4 layers, 4 heads, d 128,
# seq 64, batch 12, vocab 65), then the ratios.
#
#   bench/run.sh [STEPS]        (default 10 timed steps after 2 warm-up steps)
#
# Environment: LLMC (the llmc binary; default build/llmc, built with cmake if
# missing), LLMC_BENCH_ARGS (extra `llmc bench` arguments, e.g. "--backend cuda"),
# MODEL (default examples/gpt_char.llm; PyTorch only matches the default).
# The first llmc run on a new graph compiles its kernels (about a minute on
# PoCL); later runs load them from the kernel cache.
set -eu
cd "$(dirname "$0")/.."
STEPS=${1:-10}
MODEL=${MODEL:-examples/gpt_char.llm}
LLMC=${LLMC:-build/llmc}
OUT=${BENCH_OUT:-build/bench}
mkdir -p "$OUT"

if [ ! -x "$LLMC" ]; then
  echo "== building llmc"
  cmake -S . -B build >/dev/null && make -C build -j"$(nproc)" llmc >/dev/null
fi

PY=/usr/bin/python3
have_torch() { env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE $PY -c 'import torch' 2>/dev/null; }
if ! have_torch; then
  echo "== installing python3-torch and libopenblas0-pthread with apt-get"
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  if ! { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq python3-torch libopenblas0-pthread; } >/dev/null 2>&1 \
     || ! have_torch; then
    echo "bench/run.sh: cannot install PyTorch (Debian's python3-torch with libopenblas0-pthread);" >&2
    echo "  install them (apt-get install python3-torch libopenblas0-pthread) and run again;" >&2
    echo "  continuing with llmc only." >&2
  fi
fi

echo "== machine: $(nproc) CPUs; $($LLMC devices 2>/dev/null | grep '^default' || echo 'default device unknown')"
echo "== llmc bench $MODEL (fused), $STEPS steps"
# shellcheck disable=SC2086
$LLMC bench "$MODEL" --json --steps "$STEPS" ${LLMC_BENCH_ARGS:-} >"$OUT/fused.json"
echo "== llmc bench $MODEL --no-fuse, $STEPS steps"
# shellcheck disable=SC2086
$LLMC bench "$MODEL" --json --no-fuse --steps "$STEPS" ${LLMC_BENCH_ARGS:-} >"$OUT/unfused.json"
rm -f "$OUT/torch.json"
if have_torch; then
  echo "== PyTorch CPU eager, $STEPS steps"
  env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE $PY bench/torch_gpt.py --steps "$STEPS" >"$OUT/torch.json"
fi

$PY - "$OUT" <<'PYEOF'
import json, os, sys
out = sys.argv[1]
f = json.load(open(os.path.join(out, "fused.json")))
u = json.load(open(os.path.join(out, "unfused.json")))
t = json.load(open(os.path.join(out, "torch.json"))) if os.path.exists(os.path.join(out, "torch.json")) else None
print()
print("%-22s %12s %14s %10s %12s" % ("", "step ms", "tokens/s", "kernels", "peak MB"))
for name, j in (("llmc fused", f), ("llmc --no-fuse", u)):
    print("%-22s %12.2f %14.0f %10d %12.2f" % (name, j["step_ms"], j["tokens_per_s"], j["kernels_per_step"],
                                             j["peak_bytes"] / 1e6))
if t:
    print("%-22s %12.2f %14.0f %10s %12s" % ("pytorch fwd+bwd", t["step_ms"], t["tokens_per_s"], "-", "-"))
    if t.get("step_adamw_ms"):
        print("%-22s %12.2f %14.0f %10s %12s" % ("pytorch fwd+bwd+adamw", t["step_adamw_ms"],
                                                  t["batch"] * t["seq"] / t["step_adamw_ms"] * 1e3, "-", "-"))
print()
print("device: %s" % f["device"])
if t:
    print("pytorch: %s" % t["device"])
print("fused vs unfused step time:   %.2fx faster (%.2f ms vs %.2f ms)" % (u["step_ms"] / f["step_ms"], f["step_ms"], u["step_ms"]))
print("kernels per step:             %d fused vs %d unfused (%.1fx fewer)" % (
    f["kernels_per_step"], u["kernels_per_step"], u["kernels_per_step"] / max(1, f["kernels_per_step"])))
if t:
    r = t["step_ms"] / f["step_ms"]
    print("llmc fused vs pytorch:        %.2fx %s (llmc %.2f ms vs pytorch %.2f ms, forward + backward)" % (
        r if r >= 1 else 1 / r, "faster" if r >= 1 else "slower", f["step_ms"], t["step_ms"]))
else:
    print("llmc vs pytorch:              not measured (PyTorch missing)")
print("top kernels (fused): " + ", ".join("%s %.1f ms" % (k["name"], k["ms"] / f["steps"]) for k in f["kernels"][:5]))
PYEOF
