#!/bin/sh
# fuzz/run_all.sh — runs every libFuzzer target for FUZZ_SECONDS each, one after
# the other, and prints one row per target: execs, execs/s, edges (libFuzzer's
# cov), crashes (crash, leak, timeout or OOM artifacts written this run), and
# the load average when the run started (the machine may be shared).
#
#   fuzz/run_all.sh BUILD_DIR [TARGET...]     (make fuzz-all calls it)
#
# New inputs go to fuzz/out/NAME (ignored by git), findings to
# fuzz/crashes/NAME/, logs to fuzz/out/NAME.log. FUZZ_FLAGS is passed on.
# Exit status 1 when any target found something.
set -u
build=${1:?usage: fuzz/run_all.sh BUILD_DIR [TARGET...]}
shift
targets=${*:-"frontend irtext safetensors tokenizer data ckpt llama2c"}
secs=${FUZZ_SECONDS:-60}
found=0
rows=""
# Per-target flags. The front end turns off libFuzzer's entropic schedule: with
# its ~40k features, InputCorpus::UpdateFeatureFrequency took 69% of the time
# (perf), 40 execs/s against 270 without it on the same corpus. Its inputs are
# capped at 2 KiB (the examples, up to 8 KiB, are cut when loaded): the lexer's
# cost grows with the corpus' mean size, and 120 s at 8 KiB ended at 204
# execs/s against 637 at 2 KiB (load 2.0 and 0.4).
opts_for() {
  case $1 in
  frontend) echo "-entropic=0 -max_len=2048" ;;
  esac
}
for t in $targets; do
  mkdir -p "fuzz/out/$t" "fuzz/crashes/$t"
  before=$(ls "fuzz/crashes/$t" | wc -l)
  load=$(cut -d' ' -f1 /proc/loadavg)
  # shellcheck disable=SC2086
  "$build/fuzz/fuzz_$t" -max_total_time="$secs" -dict="fuzz/dict/$t.dict" -timeout=10 \
    -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="fuzz/crashes/$t/" \
    $(opts_for "$t") ${FUZZ_FLAGS:-} "fuzz/out/$t" "fuzz/corpus/$t" >"fuzz/out/$t.log" 2>&1
  rc=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "fuzz/out/$t.log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "fuzz/out/$t.log" | tail -1)
  cov=$(sed -n 's/.* cov: \([0-9]*\) .*/\1/p' "fuzz/out/$t.log" | tail -1)
  crashes=$(( $(ls "fuzz/crashes/$t" | wc -l) - before ))
  if [ "$rc" -ne 0 ] || [ "$crashes" -ne 0 ]; then
    found=1
    [ "$crashes" -eq 0 ] && crashes="rc=$rc"
  fi
  rows="$rows$(printf '%-12s %12s %9s %7s %8s %6s' "$t" "${execs:-?}" "${rate:-?}" "${cov:-?}" "$crashes" "$load")
"
done
printf '%-12s %12s %9s %7s %8s %6s\n' target execs execs/s edges crashes load
printf '%s' "$rows"
[ "$found" -eq 0 ] || echo "findings: see fuzz/crashes/ and fuzz/out/*.log"
exit "$found"
