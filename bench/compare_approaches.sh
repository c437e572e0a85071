#!/usr/bin/env bash
# compare_approaches.sh — the SMS spam classifier (examples/spam_classifier.llm:
# the stories260K Llama with a mean-pooled linear head) trained five ways, from
# the same file through --set overrides, and compared on the held-out split:
#
#   scratch  the same architecture from its random init, everything trained
#            (finetune.from, lora and freeze removed)
#   full     full fine-tuning: stories260K's weights, nothing frozen, no LoRA
#   lora     the example as written: frozen backbone, LoRA on every linear layer
#   adapter  frozen backbone, a bottleneck adapter after attention.wo and
#            feed_forward.w2 of every layer, no LoRA
#   prompt   frozen backbone, prompt tuning (16 embeddings), no LoRA
#
# (the norm before the head and the head itself are trained in all five, as
# PEFT's modules_to_save does for a classifier head). Every run has the
# example's train block (batch, seq, steps, schedule, seed, hence the same
# split and the same batches); the learning rate is chosen per method (below).
# Prints one markdown table:
#
#   | method | trainable params (% of total) | wall time | peak device memory | test accuracy | precision | recall | F1 |
#
# and a second one (unless NO_KERNELS=1): the kernels of one training step of
# full fine-tuning, of the frozen backbone alone and of LoRA (llmc train -v)
# and the CPU and wall time of a step. "wall time" is the training
# loop (llmc train's "done after X s": the steps and the periodic evaluation;
# not reading the data, building the plans, nor the final figures), "test" the
# validation split that training never reads (20% of each class, fixed by
# train.seed), the figures those of llmc eval (spam is class 1).
#
#   bench/compare_approaches.sh            (or: make compare)
#
# Environment: LLMC (build/llmc), DATA_DIR (data/, else ../shared/data),
# OUT (runs/compare), BACKEND (opencl: PoCL on a CPU), STEPS (the example's),
# METHODS (all five, space-separated), NO_KERNELS (skip the second table). Every run's folder keeps its log,
# metrics.jsonl and adapter checkpoint; the table is also OUT/table.md.
set -euo pipefail
cd "$(dirname "$0")/.."

LLMC=${LLMC:-build/llmc}
MODEL=examples/spam_classifier.llm
OUT=${OUT:-runs/compare}
BACKEND=${BACKEND:-opencl}
METHODS=${METHODS:-scratch full lora adapter prompt}
if [ -z "${DATA_DIR:-}" ]; then
  if [ -f data/SMSSpamCollection.tsv ]; then DATA_DIR=data; else DATA_DIR=../shared/data; fi
fi
[ -x "$LLMC" ] || { echo "compare_approaches: $LLMC is missing; run 'make build' first" >&2; exit 1; }
for f in SMSSpamCollection.tsv stories260K.bin tok512.bin; do
  [ -f "$DATA_DIR/$f" ] || { echo "compare_approaches: $DATA_DIR/$f is missing (make data, or DATA_DIR=...)" >&2; exit 1; }
done
mkdir -p "$OUT"

adamw() { echo "train.optimizer=adamw(lr = $1, betas = [0.9, 0.99], eps = 1e-8, weight_decay = 0.0)"; }

# The --set overrides of each method, into the array A; its label into L.
method_args() {
  case $1 in
  scratch)
    L="from scratch (random init)"
    A=(--set finetune.from=None --set finetune.lora=None --set finetune.freeze=None --set "$(adamw 1e-3)") ;;
  full)
    L="full fine-tuning"
    A=(--set finetune.lora=None --set finetune.freeze=None --set "$(adamw 1e-3)") ;;
  lora)
    L="LoRA (rank 4, every linear layer)"
    A=() ;;
  adapter)
    L="adapters (size 16, after wo and w2)"
    A=(--set finetune.lora=None
       --set 'finetune.adapter=adapter(size = 16, targets = ["*.attention.wo", "*.feed_forward.w2"])'
       --set "$(adamw 3e-3)") ;;
  prompt)
    L="prompt tuning (16 tokens)"
    A=(--set finetune.lora=None --set 'finetune.prompt=prompt(tokens = 16, vocab_init = true)'
       --set "$(adamw 1e-2)") ;;
  *) echo "compare_approaches: unknown method '$1'" >&2; exit 2 ;;
  esac
  if [ -n "${STEPS:-}" ]; then A+=(--set "train.steps=$STEPS"); fi
}

common=(--data-dir "$DATA_DIR" --backend "$BACKEND")
rows=()
t_all=$(date +%s)
for m in $METHODS; do
  method_args "$m"
  dir="$OUT/$m"
  rm -rf "$dir"
  # trainable and total parameters, as llmc check --summary counts them
  summary=$("$LLMC" check --summary "$MODEL" --data-dir "$DATA_DIR" "${A[@]+"${A[@]}"}" | grep ' tensors, ')
  total=$(echo "$summary" | sed -E 's/.* tensors, ([0-9,]+) parameters.*/\1/')
  trainable=$(echo "$summary" | sed -E 's/.*parameters: ([0-9,]+) trainable \(([0-9.]+%)\).*/\1 (\2)/')
  echo "== $m: $L; $trainable of $total parameters trainable" >&2
  t0=$(date +%s)
  if ! "$LLMC" train "$MODEL" "${common[@]}" --out "$dir" "${A[@]+"${A[@]}"}" >"$OUT/$m.log" 2>&1; then
    tail -n 20 "$OUT/$m.log" >&2
    echo "compare_approaches: training '$m' failed (log: $OUT/$m.log)" >&2
    exit 1
  fi
  cp "$OUT/$m.log" "$dir/train.log"
  t1=$(date +%s)
  loop=$(sed -nE 's/.*done at step [0-9]+ after ([0-9.]+) s.*/\1/p' "$OUT/$m.log")
  peak=$(sed -nE 's/.*peak device memory ([0-9.]+) MB.*/\1/p' "$OUT/$m.log")
  figures=$(grep '"split": "validation"' "$dir/metrics.jsonl" | tail -n 1)
  get() { echo "$figures" | sed -nE "s/.*\"$1\": ([0-9.]+).*/\1/p"; }
  acc=$(get accuracy) prec=$(get precision) rec=$(get recall) f1=$(get f1)
  echo "   $((t1 - t0)) s in all, the loop ${loop} s; accuracy $acc, precision $prec, recall $rec, F1 $f1" >&2
  rows+=("| $L | $trainable | ${loop} s | ${peak:-n/a} MB | $(printf %.4f "$acc") | $(printf %.4f "$prec") | $(printf %.4f "$rec") | $(printf %.4f "$f1") |")
done

# The kernels of one training step (llmc train -v logs step 2: one line per
# launch, then each plan's "(N kernels)") for full fine-tuning, the frozen
# backbone alone (autodiff prunes the frozen weights' gradients) and LoRA, and
# the cost of a step: the CPU time (user + system) of a 60-step run less that
# of a 10-step one, over 50 (on a CPU device the kernels run on the host, and
# CPU time, unlike wall time, does not grow when other jobs share the cores),
# and the median wall time of steps 11-60.
cpu_of() { # CPU seconds of a command
  local TIMEFORMAT='%U %S' t
  t=$({ time "$@" >/dev/null 2>&1; } 2>&1) || return 1
  echo "$t" | awk '{print $1 + $2}'
}
kernels() {
  local m=$1 k grad c10 c60 step dir="$OUT/kernels-$1"
  if [ "$m" = frozen ]; then
    L="frozen backbone, no LoRA (norm and head trained)"
    A=(--set finetune.lora=None)
  else
    method_args "$m"
  fi
  local run=("$LLMC" train "$MODEL" "${common[@]}" "${A[@]+"${A[@]}"}" --set train.eval_every=0 --set train.eval_steps=1)
  rm -rf "$dir" "$dir-10"
  c10=$(cpu_of "${run[@]}" --out "$dir-10" --set train.steps=10) || { echo "compare_approaches: $m failed" >&2; exit 1; }
  c60=$(TIMEFORMAT='%U %S'; { time "${run[@]}" --out "$dir" --set train.steps=60 -v >"$dir.log" 2>&1; } 2>&1 |
        awk '{print $1 + $2}')
  grep -q 'done at step 60' "$dir.log" || { tail -n 20 "$dir.log" >&2; exit 1; }
  k=$(sed -nE 's/^  peak device memory: .* \(([0-9]+) kernels\)/\1/p' "$dir.log" | awk '{s += $1} END {print s}')
  grad=$(sed -nE 's/^  peak device memory: .* \(([0-9]+) kernels\)/\1/p' "$dir.log" | head -n 1)
  step=$(python3 -c 'import json, statistics, sys
tps = [json.loads(l)["tokens_per_s"] for l in open(sys.argv[1]) if "tokens_per_s" in l][10:]
print("%.1f" % (1e3 * 16 * 64 / statistics.median(tps)))' "$dir/metrics.jsonl")
  echo "| $L | $k ($grad loss and gradients, $((k - grad)) update) | $(awk -v a="$c10" -v b="$c60" 'BEGIN {printf "%.1f", (b - a) / 50 * 1e3}') ms | $step ms |"
}

{
  echo "| method | trainable params (% of total) | wall time | peak device memory | test accuracy | precision | recall | F1 |"
  echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
  printf '%s\n' "${rows[@]}"
} | tee "$OUT/table.md"
if [ -z "${NO_KERNELS:-}" ]; then
  {
    echo
    echo "| training step | kernels | CPU time per step | wall time per step (median) |"
    echo "| --- | --- | --- | --- |"
    kernels full
    kernels frozen
    kernels lora
  } | tee -a "$OUT/table.md"
fi
echo "compare_approaches: $(( $(date +%s) - t_all )) s; runs and logs in $OUT" >&2
