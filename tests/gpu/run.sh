#!/usr/bin/env bash
# tests/gpu/run.sh — the GPU checks, for a machine with an NVIDIA GPU, its
# driver and the CUDA toolkit. From the repository root:
#
#     bash tests/gpu/run.sh
#
# It installs missing build dependencies with scripts/install-deps.sh when it
# can (offline, that fails with a warning and the run goes on with what is
# there), configures and builds llmc in a fresh build-gpu/ (Release), lists the
# devices with `llmc devices`, runs the CUDA-related tests (device, kernel
# cache, codegen, backends: the examples' fused plans on the GPU against the
# interpreter), then `llmc bench` of gpt_char's training step on CUDA, fused
# and --no-fuse. Everything runs under one 8-minute limit.
# Exit status: 0 when every step passed, 124 when the limit was reached,
# otherwise the status of the first step that failed.
set -euo pipefail

LIMIT_S=${LLMC_GPU_LIMIT_S:-480}

# The outer run re-runs this script under `timeout`, so the limit covers all of it.
if [[ -z "${LLMC_GPU_RUN_INNER:-}" ]]; then
  export LLMC_GPU_RUN_INNER=1
  rc=0
  timeout -k 15 "$LIMIT_S" bash "$0" "$@" || rc=$?
  if [[ $rc -eq 124 || $rc -eq 137 ]]; then
    echo
    echo "==== FAILED: the GPU checks ran past their limit of ${LIMIT_S} s ===="
  elif [[ $rc -ne 0 ]]; then
    echo
    echo "==== FAILED (exit status $rc) ===="
  else
    echo
    echo "==== all GPU checks passed ===="
  fi
  exit "$rc"
fi

cd "$(dirname "$0")/../.."
START=$SECONDS
section() { printf '\n==== %s (at %d s) ====\n' "$1" $((SECONDS - START)); }

section "machine"
uname -srm
echo "cpus: $(nproc)"
if command -v nvidia-smi >/dev/null 2>&1; then
  nvidia-smi --query-gpu=name,driver_version,memory.total,compute_cap --format=csv ||
    echo "warning: nvidia-smi failed"
else
  echo "warning: nvidia-smi not found; is the NVIDIA driver installed?"
fi
# The toolkit's usual home, so CMake's find_package(CUDAToolkit) sees nvcc and
# NVRTC is found beside it (llmc itself loads NVRTC and libcuda with dlopen).
if [[ -d /usr/local/cuda/bin ]]; then export PATH="/usr/local/cuda/bin:$PATH"; fi
if command -v nvcc >/dev/null 2>&1; then nvcc --version | tail -n 2; else echo "warning: nvcc not found"; fi

section "dependencies"
if [[ -x scripts/install-deps.sh || -f scripts/install-deps.sh ]]; then
  if ! bash scripts/install-deps.sh; then
    echo "warning: scripts/install-deps.sh failed (offline?); going on with the packages already installed"
  fi
else
  echo "no scripts/install-deps.sh; using the packages already installed"
fi
for tool in cmake make cc flex bison pkg-config; do
  command -v "$tool" >/dev/null 2>&1 || echo "warning: $tool not found"
done

section "configure (build-gpu, Release)"
rm -rf build-gpu
cmake -S . -B build-gpu -DCMAKE_BUILD_TYPE=Release

section "build"
make -C build-gpu -j"$(nproc)"

section "llmc devices"
./build-gpu/llmc devices

section "tests: device, kcache, codegen, backend"
# A private kernel cache, so the tests start cold and leave nothing behind.
LLMC_CACHE_DIR=$(mktemp -d /tmp/llmc-gpu-cache.XXXXXX)
export LLMC_CACHE_DIR
trap 'rm -rf "$LLMC_CACHE_DIR"' EXIT
ctest --test-dir build-gpu --output-on-failure -R 'device|kcache|codegen|backend'

section "the CUDA tests ran rather than skipped"
# ctest counts a skipped Criterion test as passed; on a GPU machine the CUDA
# and NVRTC tests must really run.
skips=$(./build-gpu/tests/test_device --verbose 2>&1 | grep -E '^\[SKIP\]' || true)
if [[ -n $skips ]]; then echo "$skips"; else echo "no test of test_device skipped"; fi
if command -v nvidia-smi >/dev/null 2>&1 && grep -qE 'device::(cuda|nvrtc)' <<<"$skips"; then
  echo "error: an NVIDIA GPU is present but CUDA/NVRTC tests were skipped"
  exit 1
fi
bskips=$(./build-gpu/tests/test_backend --verbose --filter 'backend/cuda*' 2>&1 | grep -E '^\[SKIP\]' || true)
if [[ -n $bskips ]]; then echo "$bskips"; else echo "no CUDA case of test_backend skipped"; fi
if command -v nvidia-smi >/dev/null 2>&1 && [[ -n $bskips ]]; then
  echo "error: an NVIDIA GPU is present but the fused programs did not run on it"
  exit 1
fi

section "benchmark: gpt_char training step on CUDA, fused and --no-fuse"
# bench reads the model's train block, which names its data file (a copy of the
# shared data inside the checkout, as on lent machines, serves as well)
if [[ -d shared/data && -z "${LLMC_SHARED_DATA:-}" ]]; then export LLMC_SHARED_DATA=$PWD/shared/data; fi
if scripts/fetch-data.sh data && [[ -e data/tinyshakespeare.txt ]]; then
  ./build-gpu/llmc bench examples/gpt_char.llm --backend cuda --steps 20
  ./build-gpu/llmc bench examples/gpt_char.llm --backend cuda --steps 20 --no-fuse | sed -n '1,12p'
else
  echo "warning: no data/tinyshakespeare.txt (scripts/fetch-data.sh failed, offline?): benchmark skipped"
fi

section "done"
echo "GPU checks finished in $((SECONDS - START)) s"
