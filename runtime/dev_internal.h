/* dev_internal.h — what device.c shares with the backends (dev_opencl.c,
 * dev_cuda.c): the Device every backend's device starts with, the buffer and
 * kernel records, the backend vtable, and the record of failed vendor calls
 * behind the CL_CHECK / CU_CHECK / NVRTC_CHECK macros. */
#ifndef LLMC_DEV_INTERNAL_H
#define LLMC_DEV_INTERNAL_H

#include "device.h"

/* The last failed vendor call: "call(args) failed at file:line: error". */
typedef struct DevCall {
  int code;
  char text[640];
} DevCall;

/* One vtable per backend. Diag pointers may be NULL: then failures are only
 * recorded in dev->last_call, never printed. */
typedef struct DevOps {
  const char *name; /* "opencl", "cuda": part of the cache key */
  void (*close)(Device *dev);
  DevBuf *(*alloc)(Device *dev, DevBuf *b, Diag *d); /* fills b->h / b->ptr for b->size bytes */
  void (*free)(Device *dev, DevBuf *b);
  bool (*write)(Device *dev, DevBuf *b, size_t off, const void *src, size_t n, Diag *d);
  bool (*read)(Device *dev, DevBuf *b, size_t off, void *dst, size_t n, Diag *d);
  /* n bytes from src at soff to dst at doff, on the device, in queue order */
  bool (*copy)(Device *dev, DevBuf *src, size_t soff, DevBuf *dst, size_t doff, size_t n, Diag *d);
  /* Builds one program from source and makes its kernels entries[0..n) in
   * out[0..n) (with n > 1 they share the program through a DevModule). On
   * success also returns, when the backend can export one, a malloc'd binary
   * for the cache (*bin may stay NULL). A failed build is reported with the
   * kernel's name (entries[0]) and the compiler log; on failure nothing is
   * left in out. */
  bool (*compile)(Device *dev, const char *source, const char *const *entries, int n, DevKernel **out, uint8_t **bin,
                  size_t *nbin, Diag *d);
  /* Builds from a cached binary, as compile does. When the driver rejects the
   * binary itself, sets *bad and reports nothing (the caller deletes the
   * entry and rebuilds); other failures (no such entry) are reported. */
  bool (*load)(Device *dev, const uint8_t *bin, size_t nbin, const char *const *entries, int n, DevKernel **out,
               bool *bad, Diag *d);
  /* Optional, and safe to call from several threads at once (it touches
   * nothing of dev but its read-only settings): compiles `source`, which
   * defines entries[0..n), away from the device's queue, runs each kernel once
   * as warm[i] says (warm or warm[i] may be NULL) where the driver needs that,
   * and returns the program's binary to load with `load`. *worker is the
   * calling thread's own state, NULL at its first call, kept for its next
   * builds (OpenCL: a context, whose compiler state is reused) and handed to
   * prebuild_end when the thread is done. False when it did not build (the
   * caller builds each kernel again with `compile`, which reports why). */
  bool (*prebuild)(Device *dev, void **worker, const char *source, const char *const *entries,
                   const RtWarmup *const *warm, int n, uint8_t **bin, size_t *nbin);
  void (*prebuild_end)(Device *dev, void *worker); /* optional; worker may be NULL */
  void (*kernel_free)(Device *dev, DevKernel *k);
  bool (*launch)(Device *dev, DevKernel *k, const DevArg *args, int nargs, size_t items, int local, Diag *d);
  bool (*sync)(Device *dev, Diag *d);
  double (*last_seconds)(Device *dev);
} DevOps;

/* The common head of every backend's device (the backend's struct embeds it
 * first and allocates it). */
struct Device {
  const DevOps *ops;
  DeviceInfo info;
  char key_driver[512]; /* everything about the compiler that goes into cache keys */
  char options[256];    /* the build options (also in the key) */
  bool verbose;
  int built, loaded, rejected;
  /* The driver generates code for one kernel at a time per process (PoCL: a
   * process-wide lock), so packs are better built in helper processes. */
  bool serial_codegen;
  char *helper;         /* rt_set_build_helper's program, or NULL */
  DevCall last_call;
  uint64_t mem_now, mem_peak; /* bytes held in buffers (rt_alloc, rt_free) now and at most */
};

/* One type for both backends, so `struct DevBuf` means the same everywhere. */
struct DevBuf {
  size_t size;  /* bytes asked for */
  void *h;      /* OpenCL: cl_mem */
  uint64_t ptr; /* CUDA: CUdeviceptr */
  void *subs;   /* OpenCL: the sub-buffers made for launches at offsets, kept for the next launch */
};

/* The program (module) of a batch built by rt_build_many, shared by its
 * kernels: each holds one reference, and the last one freed releases it. */
typedef struct DevModule {
  int refs;
  void *handle; /* cl_program | CUmodule */
} DevModule;

struct DevKernel {
  char *entry;
  int nargs;         /* -1 when the backend cannot tell */
  int max_local;     /* largest work-group for this kernel */
  int pref_multiple; /* preferred work-group multiple (warp size) */
  void *module;      /* cl_program | CUmodule */
  void *fn;          /* cl_kernel | CUfunction */
  DevModule *shared; /* NULL: the kernel owns `module` alone */
};

/* ---- device.c ----------------------------------------------------------------- */
/* Records a failed vendor call in *rec (may be NULL), reports it to d (may be
 * NULL) as an error, and returns false. `file` is shortened to its last two
 * components. */
bool dev_call_failed(DevCall *rec, Diag *d, const char *call, const char *file, int line, int code,
                     const char *error);
/* Saves a source that failed to build beside the cache, as
 * <cache>/failed/<entry>-<hash>.<ext>, so the compiler's line numbers can be
 * looked up; returns the path (caller frees) or NULL. */
char *dev_save_failed_source(const char *source, const char *entry, const char *ext);
DevKernel *dev_kernel_new(const char *entry);
void dev_kernel_delete(DevKernel *k);
/* Makes k one more user of the batch module m (m->handle == k->module). */
void dev_kernel_share(DevKernel *k, DevModule *m);
/* Drops k's hold on its module. True when the caller must release k->module
 * now: k owned it alone, or was the last kernel of its batch (the DevModule
 * is then freed). False when there is no module or other kernels still use it. */
bool dev_kernel_drop_module(DevKernel *k);
/* Work-group size for a launch: `local` (or 256 when <= 0) clamped to
 * [1, limit]. */
size_t dev_pick_local(int local, size_t limit);
/* printf into a malloc'd string. */
char *xasprintf(const char *fmt, ...) LLMC_PRINTF(1, 2);

/* ---- dev_opencl.c --------------------------------------------------------------- */
/* Devices in backend order: GPUs first, then the rest, each in platform order. */
int rt_opencl_list(DeviceInfo *out, int max);
Device *rt_opencl_open(int index, Diag *d);
const char *rt_opencl_status(void); /* NULL when a device exists */

/* ---- dev_cuda.c ----------------------------------------------------------------- */
int rt_cuda_list(DeviceInfo *out, int max);
Device *rt_cuda_open(int index, Diag *d);
const char *rt_cuda_status(void); /* NULL when a device exists */
/* "libnvrtc.so.13" (what was loaded) or why nothing could be. */
const char *rt_nvrtc_status(bool *ok);

#endif
