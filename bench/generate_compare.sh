#!/bin/sh
# bench/generate_compare.sh — generation speed side by side: `llmc generate`
# (stories260K imported from llama2.c, incremental decoding, the default
# device) against llama2.c's run.c built twice, with -O3 and with
# -Ofast -march=native; greedy, N positions from an empty prompt. The three
# run in turn, REPS times each, so that a busy machine slows all of them
# alike; the table gives each one's median and best tokens/s and the ratios of
# the medians. run.c is a peer: it is compiled here from its own source and
# none of its code is in llmc. See bench/README.md.
#
#   bench/generate_compare.sh [N] [REPS]        (default 256 positions, 5 runs)
#
# Environment: LLMC (default build/llmc), RUN_C (run.c's source; default
# ../shared/peers/llama2c/run.c), LLMC_DATA (where stories260K.bin and
# tok512.bin are; default data/), LLMC_GEN_ARGS (extra `llmc generate`
# arguments, e.g. "--backend cuda"), BENCH_OUT (default build/bench).
set -eu
cd "$(dirname "$0")/.."
N=${1:-256}
REPS=${2:-5}
LLMC=${LLMC:-build/llmc}
RUN_C=${RUN_C:-../shared/peers/llama2c/run.c}
DATA=${LLMC_DATA:-data}
OUT=${BENCH_OUT:-build/bench}
MODEL_BIN="$DATA/stories260K.bin"
TOK="$DATA/tok512.bin"
mkdir -p "$OUT"
for f in "$MODEL_BIN" "$TOK"; do
  [ -r "$f" ] || { echo "bench/generate_compare.sh: no $f (run scripts/setup-data.sh, or set LLMC_DATA)" >&2; exit 2; }
done
[ -r "$RUN_C" ] || { echo "bench/generate_compare.sh: no run.c at $RUN_C (set RUN_C to llama2.c's run.c)" >&2; exit 2; }
[ -x "$LLMC" ] || { cmake -S . -B build >/dev/null && make -C build -j"$(nproc)" llmc >/dev/null; }

echo "== building run.c ($RUN_C) with -O3 and with -Ofast -march=native"
cc -O3 -o "$OUT/run-O3" "$RUN_C" -lm
cc -Ofast -march=native -o "$OUT/run-Ofast" "$RUN_C" -lm
CKPT="$OUT/stories260K.safetensors"
"$LLMC" import llama2c "$MODEL_BIN" --tokenizer "$TOK" -o "$CKPT" >/dev/null 2>&1

# One more llmc run with -v: the decode step kernel by kernel, and per-token
# times at positions 10 and 250 (flat in position?).
# shellcheck disable=SC2086
"$LLMC" generate examples/llama_stories.llm --ckpt "$CKPT" --temperature 0 -n "$N" -v ${LLMC_GEN_ARGS:-} \
  >"$OUT/gen-llmc.txt" 2>"$OUT/gen-llmc-v.txt"
"$OUT/run-O3" "$MODEL_BIN" -z "$TOK" -t 0 -n "$N" >"$OUT/gen-run.txt" 2>/dev/null
if cmp -s "$OUT/gen-llmc.txt" "$OUT/gen-run.txt"; then same="identical"; else same="DIFFERENT"; fi

rm -f "$OUT"/gen-*.tps
i=0
while [ "$i" -lt "$REPS" ]; do
  # shellcheck disable=SC2086
  "$LLMC" generate examples/llama_stories.llm --ckpt "$CKPT" --temperature 0 -n "$N" ${LLMC_GEN_ARGS:-} 2>&1 >/dev/null |
    sed -n 's/.*(\([0-9.]*\) tokens\/s).*/\1/p' >>"$OUT/gen-llmc.tps"
  for v in O3 Ofast; do
    "$OUT/run-$v" "$MODEL_BIN" -z "$TOK" -t 0 -n "$N" 2>&1 >/dev/null | sed -n 's/achieved tok\/s: //p' >>"$OUT/gen-$v.tps"
  done
  i=$((i + 1))
done

stat() { sort -n "$1" | awk '{v[NR] = $1} END {printf "%.0f %.0f", v[int((NR + 1) / 2)], v[NR]}'; }
set -- $(stat "$OUT/gen-llmc.tps"); lm=$1; lb=$2
set -- $(stat "$OUT/gen-O3.tps"); om=$1; ob=$2
set -- $(stat "$OUT/gen-Ofast.tps"); fm=$1; fb=$2
echo
echo "stories260K, greedy, $N positions, $REPS runs each in turn (tokens/s; run.c counts from its second token)"
echo
echo "| program | median tok/s | best tok/s | llmc / it (medians) |"
echo "|---|---|---|---|"
echo "| llmc generate (${LLMC_GEN_ARGS:-default device}) | $lm | $lb | 1.00 |"
awk -v l="$lm" -v m="$om" -v b="$ob" 'BEGIN {printf "| run.c -O3 | %s | %s | %.2f |\n", m, b, l / m}'
awk -v l="$lm" -v m="$fm" -v b="$fb" 'BEGIN {printf "| run.c -Ofast -march=native | %s | %s | %.2f |\n", m, b, l / m}'
echo
echo "text: llmc and run.c -O3 print $same output"
grep '^decode:' "$OUT/gen-llmc-v.txt" || true
