#!/usr/bin/env python3
"""roofline.py — this machine's measured memory bandwidth and sgemm throughput.

The two ceilings bench/run.sh compares llmc's kernels against:

* memory bandwidth, GB/s counting bytes read plus bytes written, best of
  several runs, on arrays far larger than the caches (--floats, default 2^25
  floats = 128 MiB per array): a numpy copy (one thread), torch copy_ and a
  triad c = a + s*b (torch.add(a, b, alpha=s, out=c)) with 1 and os.cpu_count()
  threads, and, when a C compiler and OpenCL are at hand, a float4 copy and
  triad kernel on the OpenCL device itself (bench/clbw.c, timed with the
  device's event timers, as `llmc bench` times its kernels). The reference is
  the best of them. The OpenCL kernels are also run on the size of the step's
  largest activation ([768, 512] f32), which fits in cache: that figure is
  printed for context, not used as the reference.
* matmul throughput: OpenBLAS sgemm through torch.mm (Debian's torch calls
  libblas.so.3) at the sizes of the step's largest matmuls, [768,512]x[512,128]
  and [768,128]x[128,512], and at 1024^3, each with 1 and os.cpu_count()
  threads (OpenBLAS's own thread count set to match); best of several. The
  reference is the best figure at the step's sizes.

Prints one JSON object. Run as bench/run.sh does:
  env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE /usr/bin/python3 bench/roofline.py [--opencl-device N]
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

import numpy as np
import torch

sys.dont_write_bytecode = True  # no bench/__pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from blas_info import torch_blas  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
STEP_MATMULS = [(768, 512, 128), (768, 128, 512)]
LARGE_MATMUL = (1024, 1024, 1024)


def best_time(fn, min_reps=5, min_secs=0.3):
    fn()  # warm up (page faults, thread pools)
    best, reps, start = float("inf"), 0, time.perf_counter()
    while reps < min_reps or time.perf_counter() - start < min_secs:
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
        reps += 1
        if reps >= 200:
            break
    return best


def opencl_bandwidth(device, floats, small):
    """The OpenCL copy/triad figures from bench/clbw.c, or (None, why)."""
    cc = shutil.which(os.environ.get("CC", "cc")) or shutil.which("gcc") or shutil.which("clang")
    if not cc:
        return None, "no C compiler"
    tmp = tempfile.mkdtemp(prefix="llmc-clbw-")
    exe = os.path.join(tmp, "clbw")
    try:
        r = subprocess.run([cc, "-O2", "-std=c11", "-o", exe, os.path.join(HERE, "clbw.c"), "-lOpenCL"],
                           capture_output=True, text=True)
        if r.returncode:
            return None, "cannot build bench/clbw.c: " + (r.stderr.strip().splitlines() or ["?"])[-1]
        r = subprocess.run([exe, str(device), str(floats), str(small)], capture_output=True, text=True, timeout=120)
        if r.returncode:
            return None, "bench/clbw.c failed: " + (r.stderr.strip().splitlines() or ["?"])[-1]
        res = {"device": None, "large": {}, "small": {}}
        for line in r.stdout.splitlines():
            w = line.split()
            if w[0] == "device":
                res["device"] = line[len("device "):]
            elif w[0] in ("copy", "triad"):
                key = "large" if int(w[1]) >= floats else "small"
                res[key][w[0]] = {"floats": int(w[1]), "bytes": int(w[2]), "us": round(float(w[3]) * 1e6, 2),
                                  "gbps": float(w[4])}
        return res, None
    except (OSError, subprocess.TimeoutExpired) as e:
        return None, str(e)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--floats", type=int, default=1 << 25, help="floats per array for the bandwidth runs")
    ap.add_argument("--opencl-device", type=int, default=0, help="OpenCL device index for bench/clbw.c")
    ap.add_argument("--no-opencl", action="store_true")
    a = ap.parse_args()

    ncpu = os.cpu_count() or 1
    counts = sorted({1, ncpu})
    blas = torch_blas()
    n = a.floats
    bw = []  # (name, GB/s)

    x = np.ones(n, dtype=np.float32)
    y = np.empty_like(x)
    bw.append(("numpy copy 1 thr", 2 * x.nbytes / best_time(lambda: np.copyto(y, x)) / 1e9))
    del x, y
    ta, tb, tc = torch.ones(n), torch.ones(n), torch.empty(n)
    for t in counts:
        torch.set_num_threads(t)
        bw.append(("torch copy %d thr" % t,
                   2 * ta.numel() * 4 / best_time(lambda: tc.copy_(ta)) / 1e9))
        bw.append(("torch triad %d thr" % t,
                   3 * ta.numel() * 4 / best_time(lambda: torch.add(ta, tb, alpha=0.5, out=tc)) / 1e9))
    del ta, tb, tc

    ocl, ocl_why = (None, "skipped (--no-opencl)") if a.no_opencl else \
        opencl_bandwidth(a.opencl_device, n, STEP_MATMULS[0][0] * STEP_MATMULS[0][1])
    if ocl:
        for k in ("copy", "triad"):
            if k in ocl["large"]:
                bw.append(("OpenCL %s" % k, ocl["large"][k]["gbps"]))

    gemm = []
    for t in counts:
        torch.set_num_threads(t)
        blas.set_threads(t)
        for (m, k, nn) in STEP_MATMULS + [LARGE_MATMUL]:
            A, B, C = torch.randn(m, k), torch.randn(k, nn), torch.empty(m, nn)
            s = best_time(lambda: torch.mm(A, B, out=C), min_reps=5, min_secs=0.25)
            gemm.append({"m": m, "k": k, "n": nn, "threads": t, "ms": round(s * 1e3, 4),
                         "gflops": round(2.0 * m * k * nn / s / 1e9, 2)})
    torch.set_num_threads(ncpu)
    blas.set_threads(ncpu)

    best_bw = max(bw, key=lambda r: r[1])
    step_gemm = max((g for g in gemm if (g["m"], g["k"], g["n"]) in STEP_MATMULS), key=lambda g: g["gflops"])
    large_gemm = max((g for g in gemm if (g["m"], g["k"], g["n"]) == LARGE_MATMUL), key=lambda g: g["gflops"])
    print(json.dumps({
        "cpus": ncpu,
        "blas": blas.name,
        "blas_reference": blas.reference,
        "floats": n,
        "bandwidth": [{"what": w, "gbps": round(g, 2)} for w, g in bw],
        "bandwidth_gbps": round(best_bw[1], 2),
        "bandwidth_source": best_bw[0],
        "opencl": ocl,
        "opencl_note": ocl_why,
        "sgemm": gemm,
        "sgemm_step_gflops": step_gemm["gflops"],
        "sgemm_step_source": "%dx%dx%d %d thr" % (step_gemm["m"], step_gemm["k"], step_gemm["n"], step_gemm["threads"]),
        "sgemm_large_gflops": large_gemm["gflops"],
    }))


if __name__ == "__main__":
    main()
