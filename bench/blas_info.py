"""blas_info.py — which BLAS a running PyTorch (or numpy) process really uses.

Debian's python3-torch calls sgemm through libblas.so.3, which the alternatives
system points at OpenBLAS (libopenblas0-pthread) when that is installed and at
the reference BLAS (libblas3, unoptimised Fortran, ~15x slower) otherwise. So
after one matmul we look at which BLAS libraries this process has mapped
(/proc/self/maps) and, for OpenBLAS, ask the library itself for its
configuration and core, and let callers set its thread count (torch built with
BLAS_INFO=generic does not forward torch.set_num_threads to OpenBLAS).
"""
import ctypes
import os


def _mapped(words):
    libs = []
    try:
        with open("/proc/self/maps") as f:
            for line in f:
                parts = line.split()
                if len(parts) >= 6 and parts[-1].startswith("/"):
                    p = parts[-1]
                    if any(w in os.path.basename(p) for w in words) and p not in libs:
                        libs.append(p)
    except OSError:
        pass
    return libs


class Blas:
    """name: one line for humans; reference: True for the reference BLAS (or
    when no BLAS is found mapped); libs: mapped BLAS/LAPACK paths."""

    def __init__(self):
        self.libs = _mapped(("blas", "lapack", "mkl", "blis"))
        self._ob = None
        self.reference = False
        ob = [p for p in self.libs if "libopenblas" in os.path.basename(p)]
        if ob:
            try:
                lib = ctypes.CDLL(ob[0])
                lib.openblas_get_config.restype = ctypes.c_char_p
                lib.openblas_get_corename.restype = ctypes.c_char_p
                self._ob = lib
                cfg = lib.openblas_get_config().decode()
                parts = cfg.split()
                ver = " ".join(parts[:2]) if len(parts) >= 2 else cfg
                variant = "pthread" if "pthread" in ob[0] else "openmp" if "openmp" in ob[0] else "serial"
                self.name = "%s (%s, core %s, %s)" % (ver, variant, lib.openblas_get_corename().decode(), ob[0])
            except (OSError, AttributeError):
                self.name = "OpenBLAS (%s)" % ob[0]
        elif any("mkl" in os.path.basename(p) for p in self.libs):
            self.name = "MKL (%s)" % ", ".join(self.libs)
        elif any("blis" in os.path.basename(p) for p in self.libs):
            self.name = "BLIS (%s)" % ", ".join(self.libs)
        else:
            blas = [p for p in self.libs if "libblas" in os.path.basename(p)]
            self.reference = True
            if blas:
                self.name = "reference BLAS (%s)" % blas[0]
            else:
                self.name = "no BLAS library mapped (torch's own fallback gemm)"

    def set_threads(self, n):
        if self._ob is not None:
            self._ob.openblas_set_num_threads(int(n))

    def threads(self):
        return self._ob.openblas_get_num_threads() if self._ob is not None else None


def torch_blas():
    """A Blas for this process after torch has run one matmul."""
    import torch

    a = torch.ones(64, 64)
    torch.mm(a, a)
    return Blas()
