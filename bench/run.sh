#!/bin/sh
# bench/run.sh — llmc fused, llmc --no-fuse and PyTorch CPU eager on the same
# machine and the same GPT (examples/gpt_char.llm: 4 layers, 4 heads, d 128,
# seq 64, batch 12, vocab 65), then the ratios, then a roofline: this
# machine's measured memory bandwidth and OpenBLAS sgemm throughput
# (bench/roofline.py) and how close llmc's slowest kernels come to them.
# See bench/README.md for what each line means.
#
#   bench/run.sh [STEPS]        (default 10 timed steps after 2 warm-up steps)
#
# Environment: LLMC (the llmc binary; default build/llmc, built with cmake if
# missing), LLMC_BENCH_ARGS (extra `llmc bench` arguments, e.g. "--backend cuda"),
# MODEL (default examples/gpt_char.llm; PyTorch only matches the default),
# ROOFLINE_ARGS (extra bench/roofline.py arguments, e.g. "--opencl-device 1"),
# ROUNDS (default 3: fused, unfused and PyTorch are run in turn this many times
# and each keeps its best round's median, against a shared machine's noise),
# COLD_ROUNDS (default 2: the compile-time comparison below, llmc and JAX in
# turn), BENCH_VENV (the JAX virtual environment of bench/train_compare.sh,
# default build/bench-venv; without JAX that column is left out).
#
# Compile time, first: `llmc bench MODEL --steps 2` with LLMC_CACHE_DIR and
# POCL_CACHE_DIR pointed at new empty folders (cold) and then again on them
# (warm), against bench/train_jax.py --steps 2 (JAX jit of the same training
# step with AdamW, its persistent compilation cache off): each one's time from
# its start to the end of its first step. The later llmc runs use the kernel
# cache as they find it.
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
# Debian's torch calls sgemm through libblas.so.3: without libopenblas0-pthread
# that is the reference BLAS (~15x slower), which would flatter llmc. These
# variables, set on some machines, change OpenBLAS's kernels and cache sizes.
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
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  # shellcheck disable=SC2086
  if ! { $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
         $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing; } >/dev/null 2>&1; then
    echo "bench/run.sh: cannot install$missing;" >&2
    echo "  install them (apt-get install python3-torch libopenblas0-pthread) and run again." >&2
  fi
fi
if ! have_torch; then
  echo "bench/run.sh: no PyTorch (Debian's python3-torch); continuing with llmc only." >&2
fi

blas_alt=$(update-alternatives --query libblas.so.3-x86_64-linux-gnu 2>/dev/null | sed -n 's/^Value: //p')
echo "== machine: $(nproc) CPUs, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1);" \
     "libblas.so.3 -> ${blas_alt:-unknown}"
echo "== llmc: $($LLMC devices 2>/dev/null | grep '^default' || echo 'default device unknown')"
llmc_failed() {
  echo "bench/run.sh: '$LLMC bench' failed (if it cannot parse stdlib/, the binary is older than the" >&2
  echo "  sources: rebuild it, or point LLMC at a fresh build)" >&2
  exit 1
}
# Rounds: fused, unfused and PyTorch one after another, ROUNDS times, so that a
# burst of load from a neighbour on a shared machine hits all three alike; the
# report keeps each one's best round and lists every round's median.
ROUNDS=${ROUNDS:-3}
COLD_ROUNDS=${COLD_ROUNDS:-2}
VENV=${BENCH_VENV:-build/bench-venv}
rm -f "$OUT"/fused.*.json "$OUT"/unfused.*.json "$OUT"/torch.*.json "$OUT/roofline.json" "$OUT"/cold.*.json \
  "$OUT"/warm.*.json "$OUT"/jax.*.json
have_jax() { [ "$MODEL" = examples/gpt_char.llm ] && "$VENV/bin/python" -c 'import jax, optax, numpy' 2>/dev/null; }
have_jax || echo "bench/run.sh: no JAX in $VENV (bench/train_compare.sh makes it) or another MODEL; compile time for llmc only" >&2
for r in $(seq 1 "$COLD_ROUNDS"); do
  echo "== compile round $r of $COLD_ROUNDS: llmc bench $MODEL --steps 2, empty kernel caches then warm$(have_jax && echo "; JAX jit (train_jax.py --steps 2, $(nproc) threads)")"
  cold=$(mktemp -d "${TMPDIR:-/tmp}/llmc-bench-cold.XXXXXX")
  mkdir -p "$cold/llmc" "$cold/pocl"
  for kind in cold warm; do
    # shellcheck disable=SC2086
    LLMC_CACHE_DIR="$cold/llmc" POCL_CACHE_DIR="$cold/pocl" $LLMC bench "$MODEL" --json --steps 2 ${LLMC_BENCH_ARGS:-} \
      >"$OUT/$kind.$r.json" || llmc_failed
  done
  rm -rf "$cold"
  if have_jax; then
    "$VENV/bin/python" bench/train_jax.py --steps 2 --threads "$(nproc)" >"$OUT/jax.$r.json" || rm -f "$OUT/jax.$r.json"
  fi
done
for r in $(seq 1 "$ROUNDS"); do
  echo "== round $r of $ROUNDS: llmc bench $MODEL (fused), --no-fuse$(have_torch && echo ", PyTorch CPU eager (1 and $(nproc) threads)"); $STEPS steps each"
  # shellcheck disable=SC2086
  $LLMC bench "$MODEL" --json --steps "$STEPS" ${LLMC_BENCH_ARGS:-} >"$OUT/fused.$r.json" || llmc_failed
  # shellcheck disable=SC2086
  $LLMC bench "$MODEL" --json --no-fuse --steps "$STEPS" ${LLMC_BENCH_ARGS:-} >"$OUT/unfused.$r.json" || llmc_failed
  if have_torch; then
    $PYENV $PY bench/torch_gpt.py --steps "$STEPS" >"$OUT/torch.$r.json" || rm -f "$OUT/torch.$r.json"
  fi
done
if have_torch; then
  echo "== roofline: memory bandwidth and OpenBLAS sgemm on this machine"
  # shellcheck disable=SC2086
  $PYENV $PY bench/roofline.py ${ROOFLINE_ARGS:-} >"$OUT/roofline.json" || rm -f "$OUT/roofline.json"
fi

$PY - "$OUT" "$ROUNDS" "$COLD_ROUNDS" <<'PYEOF'
import json, os, statistics, sys
out, rounds, cold_rounds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])


def load(name):
    p = os.path.join(out, name)
    return json.load(open(p)) if os.path.exists(p) else None


def best(prefix, key):
    """The round with the lowest key, and every round's key."""
    js = [j for j in (load("%s.%d.json" % (prefix, r)) for r in range(1, rounds + 1)) if j]
    return (min(js, key=key), [key(j) for j in js]) if js else (None, [])


def torch_key(j):
    return j.get("step_adamw_ms") or j["step_ms"]


def compile_times(prefix, n):
    js = [load("%s.%d.json" % (prefix, r)) for r in range(1, n + 1)]
    return [j for j in js if j]


cold, warm, jax = (compile_times(p, cold_rounds) for p in ("cold", "warm", "jax"))
if cold:
    c = min(j["compile_s"] for j in cold)
    print()
    print("compile, start to the end of the first step (best of %d; every round: %s):" % (
        len(cold), "; ".join("llmc cold %.2f s, warm %.2f s%s" % (
            j["compile_s"], w["compile_s"] if w else float("nan"), ", jax %.2f s" % x["compile_s"] if x else "")
            for j, w, x in zip(cold, warm + [None] * len(cold), jax + [None] * len(cold)))))
    line = "  llmc cold %.2f s (%d unique kernels, %.0f KB of source), warm %.2f s" % (
        c, cold[0].get("kernels_unique", 0), cold[0].get("source_bytes", 0) / 1e3,
        min(j["compile_s"] for j in warm) if warm else float("nan"))
    if jax:
        x = min(j["compile_s"] for j in jax)
        line += "; jax jit %.2f s (%s); llmc cold / jax = %.2fx" % (x, jax[0].get("device", "?"), c / x)
    print(line)
f, fr = best("fused", lambda j: j["step_ms"])
u, ur = best("unfused", lambda j: j["step_ms"])
t, tr = best("torch", torch_key)
rl = load("roofline.json")
print()
print("rounds (median step ms of each, best kept): llmc fused %s; llmc --no-fuse %s%s" % (
    " ".join("%.2f" % x for x in fr), " ".join("%.2f" % x for x in ur),
    "; pytorch %s" % " ".join("%.2f" % x for x in tr) if tr else ""))
print("%-28s %12s %14s %10s %12s %10s %8s %10s" % ("", "step ms", "tokens/s", "kernels", "peak MB", "compile s",
                                                   "unique", "source KB"))
# compile s: start to the end of the first step in round 1, caches as found (cold
# on a fresh LLMC_CACHE_DIR and POCL_CACHE_DIR; later rounds load the kernels)
for name, j, first in (("llmc fused", f, load("fused.1.json")), ("llmc --no-fuse", u, load("unfused.1.json"))):
    first = first or j
    print("%-28s %12.2f %14.0f %10d %12.2f %10s %8s %10s" % (
        name, j["step_ms"], j["tokens_per_s"], j["kernels_per_step"], j["peak_bytes"] / 1e6,
        "%.2f" % first["compile_s"] if "compile_s" in first else "-", first.get("kernels_unique", "-"),
        "%.0f" % (first["source_bytes"] / 1e3) if "source_bytes" in first else "-"))
if t:
    for n, r in sorted(t.get("by_threads", {}).items(), key=lambda kv: int(kv[0])):
        label = "pytorch fwd+bwd %s thr%s" % (n, " *" if int(n) == t.get("threads") else "")
        print("%-28s %12.2f %14.0f %10s %12s" % (label, r["step_ms"], t["batch"] * t["seq"] / r["step_ms"] * 1e3,
                                                 "-", "-"))
    if t.get("step_adamw_ms"):
        print("%-28s %12.2f %14.0f %10s %12s" % ("pytorch fwd+bwd+adamw %d thr" % t.get("threads", 0),
                                                 t["step_adamw_ms"], t["batch"] * t["seq"] / t["step_adamw_ms"] * 1e3,
                                                 "-", "-"))
    print("(* the faster thread count: the PyTorch baseline)")
print()
print("device: %s" % f["device"])
ref_blas = False
if t:
    ref_blas = bool(t.get("blas_reference"))
    counts = sorted(t.get("by_threads", {}), key=int)
    print("pytorch: %s%s" % (t["device"], " (the faster of %s threads)" % " and ".join(counts) if len(counts) > 1 else ""))
    print("pytorch BLAS: %s" % t.get("blas", "unknown"))
r = u["step_ms"] / f["step_ms"]
print("fused vs unfused step time:   %.2fx %s (%.2f ms vs %.2f ms)" % (r if r >= 1 else 1 / r, "faster" if r >= 1 else "slower",
                                                                  f["step_ms"], u["step_ms"]))
print("kernels per step:             %d fused vs %d unfused (%.1fx fewer)" % (
    f["kernels_per_step"], u["kernels_per_step"], u["kernels_per_step"] / max(1, f["kernels_per_step"])))
if t and ref_blas:
    print("WARNING: PyTorch runs on the %s, about 15x slower than OpenBLAS: no llmc vs pytorch ratio"
          " reported. Install libopenblas0-pthread (apt-get install libopenblas0-pthread) and run again." % t.get("blas"))
elif t:
    # like for like: llmc's step includes the AdamW update unless --no-update
    with_update = f.get("update_kernels", 0) > 0 and t.get("step_adamw_ms")
    tref = t["step_adamw_ms"] if with_update else t["step_ms"]
    what = "forward + backward + AdamW" if with_update else "forward + backward"
    r = tref / f["step_ms"]
    print("llmc fused vs pytorch:        %.2fx %s (llmc %.2f ms vs pytorch %.2f ms, %s; pytorch %d thread%s, %s)" % (
        r if r >= 1 else 1 / r, "faster" if r >= 1 else "slower", f["step_ms"], tref, what, t["threads"],
        "" if t["threads"] == 1 else "s", t.get("blas", "?").split(" (")[0]))
else:
    print("llmc vs pytorch:              not measured (PyTorch missing)")
print("top kernels (fused): " + ", ".join("%s %.1f ms" % (k["name"], k["ms"] / f["steps"]) for k in f["kernels"][:5]))

print()
if not rl:
    print("roofline: not measured (needs /usr/bin/python3 with torch and numpy)")
    sys.exit(0)
bw, mm = rl["bandwidth_gbps"], rl["sgemm_step_gflops"]
print("roofline: memory bandwidth %.1f GB/s (%s), best of: %s GB/s (read + write bytes, %d MiB arrays)" % (
    bw, rl["bandwidth_source"], ", ".join("%s %.1f" % (b["what"], b["gbps"]) for b in rl["bandwidth"]),
    rl["floats"] * 4 >> 20))
print("roofline: sgemm %.1f GFLOP/s at the step's largest matmul (%s), best of: %s GFLOP/s (%s via torch.mm)" % (
    mm, rl["sgemm_step_source"], ", ".join("%dx%dx%d %d thr %.1f" % (g["m"], g["k"], g["n"], g["threads"], g["gflops"])
                                            for g in rl["sgemm"]), rl["blas"].split(" (")[0]))
ocl = rl.get("opencl")
if ocl and ocl.get("small"):
    print("roofline: OpenCL device %s: %s of a cache-resident [768,512] f32 (context only)" % (
        ocl.get("device"), ", ".join("%s %.1f GB/s in %.1f us" % (k, v["gbps"], v["us"])
                                      for k, v in sorted(ocl["small"].items()))))
elif rl.get("opencl_note"):
    print("roofline: no OpenCL bandwidth: %s" % rl["opencl_note"])
if rl.get("blas_reference"):
    print("WARNING: the sgemm figures above come from the reference BLAS, not OpenBLAS")


def flops_per_call(k):
    return k["gflops"] * k["ms"] * 1e6 / max(1, k["calls"])


steps = f["steps"]
N, NMEM = 10, 6
shown = f["kernels"][:N]
more = [k for k in f["kernels"][N:] if "matmul" not in k["name"]][:max(0, NMEM - sum(
    "matmul" not in k["name"] for k in shown))]
print()
print("  %-24s %9s %6s %9s %7s %9s %7s  %s" % ("kernel (fused)", "ms/step", "share", "GB/s", "%mem", "GFLOP/s",
                                              "%sgemm", "bound"))
for i, k in enumerate(shown + more):
    if i == N:
        print("  ... the slowest memory-bound kernels:")
    compute = "matmul" in k["name"]
    print("  %-24s %9.3f %5.1f%% %9.2f %6.1f%% %9.2f %6.1f%%  %s" % (
        k["name"], k["ms"] / steps, 100 * k["ms"] / steps / f["step_ms"], k["gbps"], 100 * k["gbps"] / bw,
        k["gflops"], 100 * k["gflops"] / mm, "compute (matmul)" if compute else "memory"))
mms = [k for k in f["kernels"] if "matmul" in k["name"] and k["ms"] > 0]
if mms:
    big = max(flops_per_call(k) for k in mms)
    top = [k for k in mms if flops_per_call(k) >= 0.99 * big]
    pct = sorted(100 * k["gflops"] / mm for k in top)
    print("largest matmul (%.1f MFLOP a call, %d kernels): median %.1f%%, worst %.1f%% of sgemm %.1f GFLOP/s"
          " (goal >= 50%%)" % (big / 1e6, len(top), statistics.median(pct), pct[0], mm))
ew = [k for k in f["kernels"] if "matmul" not in k["name"] and k["ms"] > 0]
if ew:
    tot_ms = sum(k["ms"] for k in ew)
    agg = sum(k["gbps"] * k["ms"] for k in ew) / tot_ms
    ok = sum(1 for k in ew if k["gbps"] >= 0.7 * bw)
    print("memory-bound kernels (%d, %.1f ms/step): %.2f GB/s time-weighted = %.1f%% of %.1f GB/s;"
          " %d of %d at >= 70%% (goal >= 70%%)" % (len(ew), tot_ms / steps, agg, 100 * agg / bw, bw, ok, len(ew)))
PYEOF
