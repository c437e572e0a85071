/* device.h — one interface over the compute devices llmc runs on: CUDA GPUs
 * (driver API loaded with dlopen, kernels compiled by NVRTC), OpenCL devices
 * (through the ICD loader: PoCL on CPUs, AMD, Intel and NVIDIA drivers), and
 * the reference interpreter (which runs graphs, not kernels; see plan.h). */
#ifndef LLMC_DEVICE_H
#define LLMC_DEVICE_H

#include "support.h"

typedef enum DevKind { DEV_CUDA, DEV_OPENCL, DEV_REF } DevKind;

typedef struct DeviceInfo {
  DevKind kind;
  int index;             /* --device N within its backend */
  char name[256];        /* "NVIDIA H200", "pthread-skylake-avx512-AMD EPYC" */
  char vendor[128];
  char driver[128];      /* driver or platform version */
  uint64_t memory;       /* bytes of global memory */
  int compute_units;
  bool is_gpu;
  bool fp16;             /* cl_khr_fp16, or any CUDA device */
  int max_local;         /* largest work-group size the device accepts */
  char arch[32];         /* CUDA: "sm_90"; OpenCL: the device version string */
  /* Added with the backends: */
  uint64_t max_alloc;    /* bytes of the largest single allocation */
  uint64_t local_mem;    /* bytes of local (shared) memory per work-group */
  int align;             /* byte offsets given to rt_launch must be multiples
                            of this (OpenCL sub-buffer alignment; 1 on CUDA) */
} DeviceInfo;

/* Lists every device of every backend that can be reached, CUDA first, then
 * OpenCL GPUs, then other OpenCL devices. Never fails: missing drivers just
 * mean no entries. Returns the count (at most max). */
int rt_list_devices(DeviceInfo *out, int max);
/* "cuda", "opencl", "ref". */
const char *rt_kind_name(DevKind kind);
/* NULL when backend `kind` can reach at least one device; otherwise why not,
 * as a phrase ("libcuda.so.1 could not be loaded (no NVIDIA driver)",
 * "the driver reports 0 devices", "no OpenCL platform is installed"). The
 * string is static. DEV_REF always answers "it runs graphs, not kernels". */
const char *rt_backend_status(DevKind kind);
/* What `llmc devices` prints: every device with its properties, the backends
 * that are missing and why, NVRTC's version and the default device. Returns
 * the number of devices. */
int rt_print_devices(FILE *out);

typedef struct Device Device;
typedef struct DevBuf DevBuf;
typedef struct DevKernel DevKernel;

/* Opens device `index` of backend `kind`. NULL after reporting why (no driver,
 * no such device: "no CUDA device was found: libcuda.so.1 could not be loaded
 * (no NVIDIA driver)"). A Device is used by one thread at a time. */
Device *rt_device_open(DevKind kind, int index, Diag *d);
/* The default device: a CUDA GPU, else an OpenCL GPU, else OpenCL on the CPU;
 * NULL (without an error) when none exists: then use the reference backend. */
Device *rt_device_open_default(Diag *d);
void rt_device_close(Device *dev); /* accepts NULL */
const DeviceInfo *rt_device_info(const Device *dev);

DevBuf *rt_alloc(Device *dev, size_t bytes, Diag *d);      /* NULL on failure */
void rt_free(Device *dev, DevBuf *b);                      /* accepts NULL */
/* The most bytes dev's buffers (rt_alloc) held at once since it was opened:
 * parameters, optimiser state, every plan's arena. 0 for NULL. */
uint64_t rt_device_peak_bytes(const Device *dev);
bool rt_write(Device *dev, DevBuf *b, size_t off, const void *src, size_t n, Diag *d);
bool rt_read(Device *dev, DevBuf *b, size_t off, void *dst, size_t n, Diag *d);
/* Copies n bytes from src at soff to dst at doff on the device, after the
 * work enqueued before it (the regions must not overlap). Small writes
 * (rt_write) may return before the data reaches the device: the source is
 * copied first, so the caller may reuse it at once. */
bool rt_copy(Device *dev, DevBuf *src, size_t soff, DevBuf *dst, size_t doff, size_t n, Diag *d);

/* Builds `source` (OpenCL C or CUDA C, as the device takes) and returns the
 * kernel `entry`, through the on-disk kernel cache: $LLMC_CACHE_DIR, else
 * $XDG_CACHE_HOME/llmc, else ~/.cache/llmc, keyed by a hash of the source,
 * options, device and driver version. A failed build reports the compiler log
 * with the kernel's name. `*from_cache` tells whether it was loaded. */
DevKernel *rt_build(Device *dev, const char *source, const char *entry, bool *from_cache, Diag *d);
void rt_kernel_free(Device *dev, DevKernel *k); /* accepts NULL */
/* Builds n kernels at once: sources[i] defines entries[i], and the n sources
 * (of one dialect, with distinct entry names; codegen's are) are concatenated
 * into ONE program, built with one compiler run and cached as one kernel-cache
 * entry keyed by the whole concatenation (plus options, device and driver, as
 * rt_build). out[i] gets kernel i; each stays valid until it is itself freed
 * with rt_kernel_free, whatever happens to the others. When the batch does not
 * build, each kernel is built alone with rt_build, so an error names the
 * failing kernel and shows its log. *nbuilt / *nloaded (either may be NULL)
 * get how many kernels were compiled / loaded from the cache, and the same
 * counts go to rt_cache_stats. False after reporting; then out[] holds NULLs. */
bool rt_build_many(Device *dev, const char *const *sources, const char *const *entries, int n, DevKernel **out,
                   int *nbuilt, int *nloaded, Diag *d);

/* How to run a kernel once at build time, so that a driver that generates
 * code per launch configuration (PoCL: per work-group size) does it then and
 * "built" means ready: the work-group size of the real launches, and per
 * argument either a scratch buffer of bytes[a] bytes (is_buf[a]) or the
 * scalar args[a]. The scalars must make every access fall inside the scratch
 * buffers (the real shape values, or zeros for symbolic dims: the kernel then
 * has no work items in range). A kernel whose buffers add up to more than
 * 256 MB is not run (it is compiled at its first launch, as before). */
typedef struct DevArg DevArg;
typedef struct RtWarmup {
  int local;
  int nargs;
  const bool *is_buf;
  const size_t *bytes;
  const DevArg *args;
} RtWarmup;

/* Building in helper processes. PoCL generates machine code for one kernel
 * at a time in a process (a process-wide lock around its code generator), so
 * on PoCL rt_build_parallel hands all packs but one to helper processes, one
 * per core: `exe` is run as `exe __build-pack DEVICE SOURCE BINARY` (the
 * device's index in its backend, the pack's source file, where to write the
 * program binary) and must call rt_build_pack_main with those three arguments
 * (llmc's driver does; its own path, /proc/self/exe, is the helper). The files
 * live in the kernel cache folder; without one, or without a helper (NULL, the
 * default), packs are built in threads only. A helper that fails leaves its
 * kernels to be built here, one by one. */
void rt_set_build_helper(Device *dev, const char *exe);
/* Asks PoCL (before its first use in the process) for its `basic` CPU driver,
 * which runs every command in the thread that waits for it, instead of its
 * `pthread` driver, which hands each command to a worker thread and wakes the
 * caller when it is done. For a program of one-work-item launches (a decode
 * step as one sequence kernel) that hand-off was 0.09 ms of a 0.39 ms step;
 * for anything parallel `pthread` is the faster one. No effect when the user
 * set POCL_DEVICES, or once OpenCL has been opened. docs/inference.md. */
void rt_opencl_calling_thread(void);
/* The helper's side of __build-pack: argv[0..2] are DEVICE SOURCE BINARY.
 * Returns the process's exit status (0: the binary was written). */
int rt_build_pack_main(int argc, char **argv);

/* Builds n kernels (sources[i] defines entries[i]), each found in the cache
 * under the key of its own source, so that a kernel shared with another graph
 * is found again. The ones missing from the cache are compiled in packs, one
 * program per core (rt_set_build_helper: on PoCL, in helper processes), and
 * cached as the pack's binary plus a reference to it per kernel; a warm start
 * loads each pack once. OpenCL runs each kernel once with warm[i] (warm may
 * be NULL) where the driver generates code per launch shape (PoCL with
 * work-group specialisation on). A pack that does not build is built kernel
 * by kernel with rt_build, which reports the failing one. Counts and failure
 * as rt_build_many. */
bool rt_build_parallel(Device *dev, const char *const *sources, const char *const *entries, const RtWarmup *warm,
                       int n, DevKernel **out, int *nbuilt, int *nloaded, Diag *d);

/* A kernel argument: a buffer (at a byte offset into it) or a 32-bit int.
 * Added: with buf NULL and is_float set, the 32-bit float f. On OpenCL a
 * nonzero offset becomes a sub-buffer, so it must be a multiple of
 * DeviceInfo.align; the sub-buffer is kept with the buffer for later launches
 * at the same offset, and released by rt_free. */
struct DevArg {
  DevBuf *buf;
  size_t offset;
  int32_t i;
  float f;
  bool is_float;
  uint64_t u64;      /* a 64-bit unsigned argument (the random seed) when is_u64 */
  bool is_u64;
};

/* Launches `items` work items in groups of `local` (rounded to what the device
 * accepts). Returns false after reporting. */
bool rt_launch(Device *dev, DevKernel *k, const DevArg *args, int nargs, size_t items, int local, Diag *d);
bool rt_sync(Device *dev, Diag *d);
/* Seconds the last launch took on the device (event timing), or a host
 * measurement around it when the device has no timer. Waits for that launch
 * to finish; 0 when there was none or it had no work items. */
double rt_last_launch_seconds(Device *dev);

/* ---- added with the backends ------------------------------------------------ */
/* The largest work-group size kernel `k` can be launched with on `dev`. */
int rt_kernel_max_local(Device *dev, DevKernel *k);
/* Kernels built from source and loaded from the on-disk cache since the device
 * was opened (what `-v` reports). Either pointer may be NULL. */
void rt_cache_stats(const Device *dev, int *built, int *loaded);
/* Cache entries found corrupt (or rejected by the driver), deleted and rebuilt. */
int rt_cache_rejected(const Device *dev);
/* With verbose on, rt_build adds notes to its Diag about cache entries that
 * were corrupt and rebuilt, or that could not be written. Off by default. */
void rt_set_verbose(Device *dev, bool verbose);
/* The last failed OpenCL/CUDA/NVRTC call on `dev`, as
 * "call(args) failed at file:line: VENDOR_ERROR: text"; "" when none. */
const char *rt_device_last_error(const Device *dev);

/* NVRTC, loaded with dlopen (libnvrtc.so.13, .12, libnvrtc.so; also under
 * /usr/local/cuda/lib64, $CUDA_HOME/lib64, or the file named by $LLMC_NVRTC).
 * Works without a GPU or driver. True when it can be loaded; *major and
 * *minor (either may be NULL) get its version. */
bool rt_nvrtc_version(int *major, int *minor);
/* Compiles CUDA C `source` to PTX for `arch` ("compute_90", "sm_90" or "90").
 * `name` names the program in the log ("add1.cu"). Kernels must be declared
 * extern "C" so their entry names are not mangled. On success *ptx gets the
 * PTX text; *log (may be NULL) always gets the compiler log (possibly empty)
 * or why NVRTC could not run. Caller frees both. */
bool rt_nvrtc_compile(const char *source, const char *name, const char *arch, char **ptx, char **log);
/* The newest architecture NVRTC compiles for (90 for compute_90), 0 when
 * NVRTC cannot be loaded. */
int rt_nvrtc_newest_arch(void);
/* Compiles n CUDA C kernels (sources[i] defines entries[i]) to PTX for
 * `arch`, with no device: in packs on all cores, as rt_build_parallel builds
 * for a CUDA device (one NVRTC program per pack, one thread per pack). For
 * `llmc compile --target cuda --build`. *programs (may be NULL) gets the number
 * of NVRTC programs, *ptx_bytes (may be NULL) the PTX's size. On failure
 * reports the compiler log, naming the kernel (the failed pack's kernels are
 * compiled alone to find it), and returns false. */
bool rt_nvrtc_compile_all(const char *const *sources, const char *const *entries, int n, const char *arch,
                          int *programs, size_t *ptx_bytes, Diag *d);

#endif
