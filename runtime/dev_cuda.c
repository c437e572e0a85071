/* dev_cuda.c — the CUDA backend: the driver API and NVRTC, both loaded with
 * dlopen at run time, so llmc builds and runs where there is no GPU, driver or
 * toolkit (the CUDA headers are not used: the few types and functions needed
 * are declared below, from cuda.h and nvrtc.h). Kernels are CUDA C compiled by
 * NVRTC to PTX for the device's compute capability (compute_XY, or the newest
 * NVRTC supports below it); the PTX is what the kernel cache keeps, and the
 * driver JIT-compiles it on load. One primary context per device; launches go
 * to the legacy default stream between two events, so rt_last_launch_seconds
 * is the event time. Every driver and NVRTC call goes through CU_CHECK or
 * NVRTC_CHECK.
 *
 * The loaded libraries are process-wide state (a dlopen handle and function
 * pointers, set once under pthread_once): the one exception to "no mutable
 * globals", since the dynamic loader's state is process-wide anyway. */
#define _POSIX_C_SOURCE 200809L
#include <dlfcn.h>
#include <pthread.h>
#include <string.h>

#include "dev_internal.h"

/* ---- the driver API, as declared in cuda.h ------------------------------------------ */

typedef int CUresult;
typedef int CUdevice;
typedef struct CUctx_st *CUcontext;
typedef struct CUmod_st *CUmodule;
typedef struct CUfunc_st *CUfunction;
typedef struct CUevent_st *CUevent;
typedef struct CUstream_st *CUstream;
typedef unsigned long long CUdeviceptr;

enum {
  CUDA_SUCCESS = 0,
  CUDA_ERROR_NO_DEVICE = 100,
  CUDA_ERROR_UNSUPPORTED_PTX_VERSION = 222,
  CU_DEVICE_ATTRIBUTE_MAX_THREADS_PER_BLOCK = 1,
  CU_DEVICE_ATTRIBUTE_MAX_SHARED_MEMORY_PER_BLOCK = 8,
  CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT = 16,
  CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR = 75,
  CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR = 76,
  CU_FUNC_ATTRIBUTE_MAX_THREADS_PER_BLOCK = 0,
  CU_JIT_ERROR_LOG_BUFFER = 5,
  CU_JIT_ERROR_LOG_BUFFER_SIZE_BYTES = 6,
  CU_EVENT_DEFAULT = 0,
};

typedef struct CuApi {
  CUresult (*cuInit)(unsigned flags);
  CUresult (*cuDriverGetVersion)(int *version);
  CUresult (*cuDeviceGetCount)(int *count);
  CUresult (*cuDeviceGet)(CUdevice *dev, int ordinal);
  CUresult (*cuDeviceGetName)(char *name, int len, CUdevice dev);
  CUresult (*cuDeviceTotalMem)(size_t *bytes, CUdevice dev);
  CUresult (*cuDeviceGetAttribute)(int *value, int attr, CUdevice dev);
  CUresult (*cuDevicePrimaryCtxRetain)(CUcontext *ctx, CUdevice dev);
  CUresult (*cuDevicePrimaryCtxRelease)(CUdevice dev);
  CUresult (*cuCtxSetCurrent)(CUcontext ctx);
  CUresult (*cuCtxSynchronize)(void);
  CUresult (*cuMemAlloc)(CUdeviceptr *ptr, size_t bytes);
  CUresult (*cuMemFree)(CUdeviceptr ptr);
  CUresult (*cuMemcpyHtoD)(CUdeviceptr dst, const void *src, size_t bytes);
  CUresult (*cuMemcpyDtoH)(void *dst, CUdeviceptr src, size_t bytes);
  CUresult (*cuMemcpyDtoD)(CUdeviceptr dst, CUdeviceptr src, size_t bytes);
  CUresult (*cuModuleLoadData)(CUmodule *mod, const void *image);
  CUresult (*cuModuleLoadDataEx)(CUmodule *mod, const void *image, unsigned n, int *options, void **values);
  CUresult (*cuModuleUnload)(CUmodule mod);
  CUresult (*cuModuleGetFunction)(CUfunction *fn, CUmodule mod, const char *name);
  CUresult (*cuFuncGetAttribute)(int *value, int attr, CUfunction fn);
  CUresult (*cuLaunchKernel)(CUfunction fn, unsigned gx, unsigned gy, unsigned gz, unsigned bx, unsigned by,
                             unsigned bz, unsigned shared, CUstream stream, void **params, void **extra);
  CUresult (*cuEventCreate)(CUevent *ev, unsigned flags);
  CUresult (*cuEventRecord)(CUevent ev, CUstream stream);
  CUresult (*cuEventSynchronize)(CUevent ev);
  CUresult (*cuEventElapsedTime)(float *ms, CUevent start, CUevent end);
  CUresult (*cuEventDestroy)(CUevent ev);
  CUresult (*cuGetErrorName)(CUresult err, const char **name);
  CUresult (*cuGetErrorString)(CUresult err, const char **text);
} CuApi;

/* Each function with the exported names to try, newest ABI first (cuda.h maps
 * cuMemAlloc to cuMemAlloc_v2 and so on). */
static const struct {
  size_t offset;
  const char *names[2];
} CU_SYMBOLS[] = {
#define SYM(f, ...) {offsetof(CuApi, f), {__VA_ARGS__}}
  SYM(cuInit, "cuInit"),
  SYM(cuDriverGetVersion, "cuDriverGetVersion"),
  SYM(cuDeviceGetCount, "cuDeviceGetCount"),
  SYM(cuDeviceGet, "cuDeviceGet"),
  SYM(cuDeviceGetName, "cuDeviceGetName"),
  SYM(cuDeviceTotalMem, "cuDeviceTotalMem_v2"),
  SYM(cuDeviceGetAttribute, "cuDeviceGetAttribute"),
  SYM(cuDevicePrimaryCtxRetain, "cuDevicePrimaryCtxRetain"),
  SYM(cuDevicePrimaryCtxRelease, "cuDevicePrimaryCtxRelease_v2", "cuDevicePrimaryCtxRelease"),
  SYM(cuCtxSetCurrent, "cuCtxSetCurrent"),
  SYM(cuCtxSynchronize, "cuCtxSynchronize"),
  SYM(cuMemAlloc, "cuMemAlloc_v2"),
  SYM(cuMemFree, "cuMemFree_v2"),
  SYM(cuMemcpyHtoD, "cuMemcpyHtoD_v2"),
  SYM(cuMemcpyDtoH, "cuMemcpyDtoH_v2"),
  SYM(cuMemcpyDtoD, "cuMemcpyDtoD_v2"),
  SYM(cuModuleLoadData, "cuModuleLoadData"),
  SYM(cuModuleLoadDataEx, "cuModuleLoadDataEx"),
  SYM(cuModuleUnload, "cuModuleUnload"),
  SYM(cuModuleGetFunction, "cuModuleGetFunction"),
  SYM(cuFuncGetAttribute, "cuFuncGetAttribute"),
  SYM(cuLaunchKernel, "cuLaunchKernel"),
  SYM(cuEventCreate, "cuEventCreate"),
  SYM(cuEventRecord, "cuEventRecord"),
  SYM(cuEventSynchronize, "cuEventSynchronize"),
  SYM(cuEventElapsedTime, "cuEventElapsedTime_v2", "cuEventElapsedTime"),
  SYM(cuEventDestroy, "cuEventDestroy_v2", "cuEventDestroy"),
  SYM(cuGetErrorName, "cuGetErrorName"),
  SYM(cuGetErrorString, "cuGetErrorString"),
#undef SYM
};

/* ---- NVRTC, as declared in nvrtc.h -------------------------------------------------- */

typedef int nvrtcResult;
typedef struct _nvrtcProgram *nvrtcProgram;
enum { NVRTC_SUCCESS = 0, NVRTC_ERROR_COMPILATION = 6 };

typedef struct NvrtcApi {
  const char *(*nvrtcGetErrorString)(nvrtcResult r);
  nvrtcResult (*nvrtcVersion)(int *major, int *minor);
  nvrtcResult (*nvrtcCreateProgram)(nvrtcProgram *p, const char *src, const char *name, int nheaders,
                                    const char *const *headers, const char *const *include_names);
  nvrtcResult (*nvrtcDestroyProgram)(nvrtcProgram *p);
  nvrtcResult (*nvrtcCompileProgram)(nvrtcProgram p, int nopts, const char *const *opts);
  nvrtcResult (*nvrtcGetPTXSize)(nvrtcProgram p, size_t *size);
  nvrtcResult (*nvrtcGetPTX)(nvrtcProgram p, char *ptx);
  nvrtcResult (*nvrtcGetProgramLogSize)(nvrtcProgram p, size_t *size);
  nvrtcResult (*nvrtcGetProgramLog)(nvrtcProgram p, char *log);
  nvrtcResult (*nvrtcGetNumSupportedArchs)(int *n); /* optional (CUDA >= 11.2) */
  nvrtcResult (*nvrtcGetSupportedArchs)(int *archs); /* optional */
} NvrtcApi;

static const struct {
  size_t offset;
  const char *name;
  bool optional;
} NVRTC_SYMBOLS[] = {
#define SYM(f, opt) {offsetof(NvrtcApi, f), #f, opt}
  SYM(nvrtcGetErrorString, false),   SYM(nvrtcVersion, false),
  SYM(nvrtcCreateProgram, false),    SYM(nvrtcDestroyProgram, false),
  SYM(nvrtcCompileProgram, false),   SYM(nvrtcGetPTXSize, false),
  SYM(nvrtcGetPTX, false),           SYM(nvrtcGetProgramLogSize, false),
  SYM(nvrtcGetProgramLog, false),    SYM(nvrtcGetNumSupportedArchs, true),
  SYM(nvrtcGetSupportedArchs, true),
#undef SYM
};

/* ---- loading ---------------------------------------------------------------------- */

static struct {
  pthread_once_t once;
  bool ok;          /* the driver loaded, initialised and has devices */
  int count;        /* devices */
  int version;      /* cuDriverGetVersion: 12080 */
  char why[768];    /* why not ok */
  CuApi api;
} cu_lib = {PTHREAD_ONCE_INIT};

static struct {
  pthread_once_t once;
  bool ok;
  int major, minor;
  char loaded[512]; /* the path or soname that loaded */
  char why[2048];   /* why not ok: the names tried */
  NvrtcApi api;
} nv_lib = {PTHREAD_ONCE_INIT};

/* Names for when the driver cannot give them (cuGetErrorName fails for a stub
 * library or an error it predates). */
static const char *cu_error_fallback(CUresult r) {
  switch (r) {
  case 1: return "CUDA_ERROR_INVALID_VALUE";
  case 2: return "CUDA_ERROR_OUT_OF_MEMORY";
  case 3: return "CUDA_ERROR_NOT_INITIALIZED";
  case 34: return "CUDA_ERROR_STUB_LIBRARY: libcuda.so.1 is the toolkit's stub, not an NVIDIA driver";
  case 35: return "CUDA_ERROR_INSUFFICIENT_DRIVER";
  case 46: return "CUDA_ERROR_DEVICES_UNAVAILABLE";
  case 100: return "CUDA_ERROR_NO_DEVICE";
  case 218: return "CUDA_ERROR_INVALID_PTX";
  case 222: return "CUDA_ERROR_UNSUPPORTED_PTX_VERSION";
  case 304: return "CUDA_ERROR_OPERATING_SYSTEM";
  case 700: return "CUDA_ERROR_ILLEGAL_ADDRESS";
  case 701: return "CUDA_ERROR_LAUNCH_OUT_OF_RESOURCES";
  case 999: return "CUDA_ERROR_UNKNOWN";
  }
  return "CUDA error";
}

static const char *cu_error_text(CUresult r, char *buf, size_t cap) {
  const char *name = NULL, *text = NULL;
  if (cu_lib.api.cuGetErrorName && cu_lib.api.cuGetErrorName(r, &name) != CUDA_SUCCESS) name = NULL;
  if (cu_lib.api.cuGetErrorString && cu_lib.api.cuGetErrorString(r, &text) != CUDA_SUCCESS) text = NULL;
  if (text) snprintf(buf, cap, "%s (%d): %s", name ? name : cu_error_fallback(r), (int)r, text);
  else snprintf(buf, cap, "%s (%d)", name ? name : cu_error_fallback(r), (int)r);
  return buf;
}

static bool cu_ok(DevCall *rec, Diag *d, CUresult r, const char *call, const char *file, int line) {
  if (r == CUDA_SUCCESS) return true;
  char buf[256];
  return dev_call_failed(rec, d, call, file, line, r, cu_error_text(r, buf, sizeof buf));
}

static bool nv_ok(DevCall *rec, Diag *d, nvrtcResult r, const char *call, const char *file, int line) {
  if (r == NVRTC_SUCCESS) return true;
  const char *s = nv_lib.api.nvrtcGetErrorString ? nv_lib.api.nvrtcGetErrorString(r) : NULL;
  char buf[160];
  snprintf(buf, sizeof buf, "%s (%d)", s ? s : "NVRTC error", (int)r);
  return dev_call_failed(rec, d, call, file, line, r, buf);
}

/* CU_CHECK(rec, d, cuMemAlloc(&p, n)) calls cu_lib.api.cuMemAlloc and records
 * the call as written; rec (a DevCall *) and d may be NULL. */
#define CU_CHECK(rec, d, call) cu_ok((rec), (d), cu_lib.api.call, #call, __FILE__, __LINE__)
#define NVRTC_CHECK(rec, d, call) nv_ok((rec), (d), nv_lib.api.call, #call, __FILE__, __LINE__)

static void cu_load(void) {
  void *h = dlopen("libcuda.so.1", RTLD_NOW | RTLD_LOCAL);
  if (!h) {
    snprintf(cu_lib.why, sizeof cu_lib.why, "libcuda.so.1 could not be loaded (no NVIDIA driver)");
    return;
  }
  for (size_t i = 0; i < sizeof CU_SYMBOLS / sizeof *CU_SYMBOLS; i++) {
    void *f = NULL;
    for (int j = 0; j < 2 && !f && CU_SYMBOLS[i].names[j]; j++) f = dlsym(h, CU_SYMBOLS[i].names[j]);
    if (!f) {
      snprintf(cu_lib.why, sizeof cu_lib.why, "libcuda.so.1 lacks %s (the NVIDIA driver is too old)",
               CU_SYMBOLS[i].names[0]);
      return;
    }
    memcpy((char *)&cu_lib.api + CU_SYMBOLS[i].offset, &f, sizeof f);
  }
  DevCall rec;
  CUresult r = cu_lib.api.cuInit(0);
  if (r == CUDA_ERROR_NO_DEVICE) {
    snprintf(cu_lib.why, sizeof cu_lib.why, "the driver reports 0 devices");
    return;
  }
  if (!cu_ok(&rec, NULL, r, "cuInit(0)", __FILE__, __LINE__) ||
      !CU_CHECK(&rec, NULL, cuDriverGetVersion(&cu_lib.version)) ||
      !CU_CHECK(&rec, NULL, cuDeviceGetCount(&cu_lib.count))) {
    snprintf(cu_lib.why, sizeof cu_lib.why, "the NVIDIA driver failed: %s", rec.text);
    return;
  }
  if (cu_lib.count <= 0) {
    snprintf(cu_lib.why, sizeof cu_lib.why, "the driver reports 0 devices");
    return;
  }
  cu_lib.ok = true;
}

static bool cu_ready(void) {
  pthread_once(&cu_lib.once, cu_load);
  return cu_lib.ok;
}

static void *nv_try(const char *name, StrBuf *tried) {
  void *h = dlopen(name, RTLD_NOW | RTLD_LOCAL);
  if (!h) {
    if (tried->len) sb_puts(tried, ", ");
    sb_puts(tried, name);
  }
  return h;
}

static void nv_load(void) {
  /* An NVRTC newer than the driver makes PTX the driver cannot load, so the
   * one matching the driver's major version comes first when there is a
   * driver. */
  char matching[32] = "libnvrtc.so.13";
  if (cu_ready() && cu_lib.version >= 1000)
    snprintf(matching, sizeof matching, "libnvrtc.so.%d", cu_lib.version / 1000);
  const char *const SONAMES[] = {matching, "libnvrtc.so.13", "libnvrtc.so.12", "libnvrtc.so"};
  StrBuf tried = {0};
  void *h = NULL;
  const char *env = getenv("LLMC_NVRTC");
  if (env && *env) {
    h = nv_try(env, &tried);
    if (h) snprintf(nv_lib.loaded, sizeof nv_lib.loaded, "%s", env);
  }
  const char *dirs[4];
  int nd = 0;
  const char *home = getenv("CUDA_HOME"), *path = getenv("CUDA_PATH");
  const char *cands[] = {home, path, "/usr/local/cuda"};
  for (int c = 0; c < 3; c++) {
    bool dup = !cands[c] || !*cands[c];
    for (int j = 0; j < nd && !dup; j++) dup = !strcmp(dirs[j], cands[c]);
    if (!dup) dirs[nd++] = cands[c];
  }
  for (int pass = 0; !h && pass <= nd; pass++)
    for (size_t i = 0; !h && i < sizeof SONAMES / sizeof *SONAMES; i++) {
      if (i > 0 && !strcmp(SONAMES[i], matching)) continue;
      char name[512];
      if (pass == 0) snprintf(name, sizeof name, "%s", SONAMES[i]);
      else snprintf(name, sizeof name, "%s/lib64/%s", dirs[pass - 1], SONAMES[i]);
      h = nv_try(name, &tried);
      if (h) snprintf(nv_lib.loaded, sizeof nv_lib.loaded, "%s", name);
    }
  if (!h) {
    snprintf(nv_lib.why, sizeof nv_lib.why,
             "NVRTC could not be loaded (tried %s); install the CUDA toolkit or set LLMC_NVRTC", sb_cstr(&tried));
    sb_free(&tried);
    return;
  }
  sb_free(&tried);
  for (size_t i = 0; i < sizeof NVRTC_SYMBOLS / sizeof *NVRTC_SYMBOLS; i++) {
    void *f = dlsym(h, NVRTC_SYMBOLS[i].name);
    if (!f && !NVRTC_SYMBOLS[i].optional) {
      snprintf(nv_lib.why, sizeof nv_lib.why, "%s lacks %s", nv_lib.loaded, NVRTC_SYMBOLS[i].name);
      return;
    }
    memcpy((char *)&nv_lib.api + NVRTC_SYMBOLS[i].offset, &f, sizeof f);
  }
  DevCall rec;
  if (!NVRTC_CHECK(&rec, NULL, nvrtcVersion(&nv_lib.major, &nv_lib.minor))) {
    snprintf(nv_lib.why, sizeof nv_lib.why, "%s: %s", nv_lib.loaded, rec.text);
    return;
  }
  nv_lib.ok = true;
}

static bool nv_ready(void) {
  pthread_once(&nv_lib.once, nv_load);
  return nv_lib.ok;
}

const char *rt_nvrtc_status(bool *ok) {
  *ok = nv_ready();
  return nv_lib.ok ? nv_lib.loaded : nv_lib.why;
}

bool rt_nvrtc_version(int *major, int *minor) {
  bool ok = nv_ready();
  if (major) *major = ok ? nv_lib.major : 0;
  if (minor) *minor = ok ? nv_lib.minor : 0;
  return ok;
}

const char *rt_cuda_status(void) { return cu_ready() ? NULL : cu_lib.why; }

/* ---- NVRTC compilation ---------------------------------------------------------------- */

/* The newest architecture NVRTC supports up to compute capability `cc`
 * (major*10+minor): PTX for it runs on the device through the driver's JIT. */
static int nvrtc_arch_for(int cc) {
  if (!nv_ready() || !nv_lib.api.nvrtcGetNumSupportedArchs || !nv_lib.api.nvrtcGetSupportedArchs) return cc;
  int n = 0;
  if (!NVRTC_CHECK(NULL, NULL, nvrtcGetNumSupportedArchs(&n)) || n <= 0 || n > 256) return cc;
  int archs[256];
  if (!NVRTC_CHECK(NULL, NULL, nvrtcGetSupportedArchs(archs))) return cc;
  int best = 0;
  for (int i = 0; i < n; i++)
    if (archs[i] <= cc && archs[i] > best) best = archs[i];
  return best ? best : cc;
}

int rt_nvrtc_newest_arch(void) {
  if (!nv_ready()) return 0;
  int a = nvrtc_arch_for(1 << 20);
  return a == 1 << 20 ? 0 : a;
}

/* Compiles with the given options. On failure *log holds the compiler log or
 * the failed call; *compile_error tells which. */
static bool nvrtc_compile(DevCall *rec, const char *source, const char *name, const char *const *opts, int nopts,
                          char **ptx, char **log, bool *compile_error) {
  *ptx = NULL;
  *log = NULL;
  *compile_error = false;
  if (!nv_ready()) {
    *log = xstrdup(nv_lib.why);
    return false;
  }
  DevCall local;
  if (!rec) rec = &local;
  nvrtcProgram prog = NULL;
  if (!NVRTC_CHECK(rec, NULL, nvrtcCreateProgram(&prog, source, name, 0, NULL, NULL))) {
    *log = xstrdup(rec->text);
    return false;
  }
  nvrtcResult r = nv_lib.api.nvrtcCompileProgram(prog, nopts, opts);
  bool ok = nv_ok(rec, NULL, r, "nvrtcCompileProgram(prog, nopts, opts)", __FILE__, __LINE__);
  *compile_error = r == NVRTC_ERROR_COMPILATION;
  size_t n = 0;
  if (NVRTC_CHECK(rec, NULL, nvrtcGetProgramLogSize(prog, &n)) && n > 0) {
    char *l = xcalloc(1, n + 1);
    if (NVRTC_CHECK(rec, NULL, nvrtcGetProgramLog(prog, l))) *log = l;
    else free(l);
  }
  if (!ok && !*compile_error) {
    char *l = xasprintf("%s%s%s", rec->text, *log && **log ? "\n" : "", *log ? *log : "");
    free(*log);
    *log = l;
  }
  if (ok) {
    size_t size = 0;
    if (NVRTC_CHECK(rec, NULL, nvrtcGetPTXSize(prog, &size)) && size) {
      char *p = xcalloc(1, size + 1);
      if (NVRTC_CHECK(rec, NULL, nvrtcGetPTX(prog, p))) *ptx = p;
      else free(p);
    }
    if (!*ptx) {
      ok = false;
      free(*log);
      *log = xstrdup(rec->text);
    }
  }
  if (!*log) *log = xstrdup("");
  NVRTC_CHECK(NULL, NULL, nvrtcDestroyProgram(&prog));
  return ok;
}

bool rt_nvrtc_compile(const char *source, const char *name, const char *arch, char **ptx, char **log) {
  *ptx = NULL;
  const char *digits = arch ? arch : "";
  if (!strncmp(digits, "compute_", 8)) digits += 8;
  else if (!strncmp(digits, "sm_", 3)) digits += 3;
  char opt[64];
  snprintf(opt, sizeof opt, "--gpu-architecture=compute_%s", digits);
  const char *opts[] = {opt};
  char *l = NULL;
  bool compile_error;
  bool ok = nvrtc_compile(NULL, source ? source : "", name ? name : "kernel.cu", opts, 1, ptx, &l, &compile_error);
  if (log) *log = l;
  else free(l);
  return ok;
}

/* ---- the device ----------------------------------------------------------------------- */

typedef struct CuDevice {
  Device base;
  CUdevice dev;
  CUcontext ctx;
  CUevent start, stop; /* around the last launch */
  bool timed;          /* the events hold a launch */
  int max_threads;
} CuDevice;

#define REC(cd) (&(cd)->base.last_call)

/* The primary context, current on this thread (cheap; a Device may move
 * between threads as long as one uses it at a time). */
static bool enter(CuDevice *cd, Diag *d) { return CU_CHECK(REC(cd), d, cuCtxSetCurrent(cd->ctx)); }

static bool fill_info(int index, DeviceInfo *di, DevCall *rec) {
  memset(di, 0, sizeof *di);
  di->kind = DEV_CUDA;
  di->index = index;
  CUdevice dev;
  size_t mem = 0;
  int cc_major = 0, cc_minor = 0, sms = 0, threads = 0, shared = 0;
  if (!CU_CHECK(rec, NULL, cuDeviceGet(&dev, index)) ||
      !CU_CHECK(rec, NULL, cuDeviceGetName(di->name, (int)sizeof di->name, dev)) ||
      !CU_CHECK(rec, NULL, cuDeviceTotalMem(&mem, dev)) ||
      !CU_CHECK(rec, NULL, cuDeviceGetAttribute(&cc_major, CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR, dev)) ||
      !CU_CHECK(rec, NULL, cuDeviceGetAttribute(&cc_minor, CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR, dev)) ||
      !CU_CHECK(rec, NULL, cuDeviceGetAttribute(&sms, CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT, dev)) ||
      !CU_CHECK(rec, NULL, cuDeviceGetAttribute(&threads, CU_DEVICE_ATTRIBUTE_MAX_THREADS_PER_BLOCK, dev)) ||
      !CU_CHECK(rec, NULL, cuDeviceGetAttribute(&shared, CU_DEVICE_ATTRIBUTE_MAX_SHARED_MEMORY_PER_BLOCK, dev)))
    return false;
  di->name[sizeof di->name - 1] = '\0';
  snprintf(di->vendor, sizeof di->vendor, "NVIDIA");
  snprintf(di->driver, sizeof di->driver, "CUDA %d.%d", cu_lib.version / 1000, cu_lib.version % 1000 / 10);
  di->memory = mem;
  di->max_alloc = mem;
  di->local_mem = (uint64_t)shared;
  di->compute_units = sms;
  di->is_gpu = true;
  di->fp16 = true;
  di->max_local = threads;
  di->align = 1;
  snprintf(di->arch, sizeof di->arch, "sm_%d%d", cc_major, cc_minor);
  return true;
}

int rt_cuda_list(DeviceInfo *out, int max) {
  if (!cu_ready()) return 0;
  int k = 0;
  for (int i = 0; i < cu_lib.count && k < max; i++)
    if (fill_info(i, &out[k], NULL)) k++;
  return k;
}

/* ---- memory --------------------------------------------------------------------------- */

static DevBuf *cu_alloc(Device *dev, DevBuf *b, Diag *d) {
  CuDevice *cd = (CuDevice *)dev;
  CUdeviceptr p = 0;
  if (!enter(cd, d) || !CU_CHECK(REC(cd), d, cuMemAlloc(&p, b->size ? b->size : 1))) return NULL;
  b->ptr = p;
  return b;
}

static void cu_free(Device *dev, DevBuf *b) {
  CuDevice *cd = (CuDevice *)dev;
  if (b->ptr && enter(cd, NULL)) CU_CHECK(REC(cd), NULL, cuMemFree(b->ptr));
}

static bool cu_write(Device *dev, DevBuf *b, size_t off, const void *src, size_t n, Diag *d) {
  CuDevice *cd = (CuDevice *)dev;
  return enter(cd, d) && CU_CHECK(REC(cd), d, cuMemcpyHtoD(b->ptr + off, src, n));
}

static bool cu_read(Device *dev, DevBuf *b, size_t off, void *dst, size_t n, Diag *d) {
  CuDevice *cd = (CuDevice *)dev;
  return enter(cd, d) && CU_CHECK(REC(cd), d, cuMemcpyDtoH(dst, b->ptr + off, n));
}

static bool cu_copy(Device *dev, DevBuf *src, size_t soff, DevBuf *dst, size_t doff, size_t n, Diag *d) {
  CuDevice *cd = (CuDevice *)dev;
  return enter(cd, d) && CU_CHECK(REC(cd), d, cuMemcpyDtoD(dst->ptr + doff, src->ptr + soff, n));
}

/* ---- kernels -------------------------------------------------------------------------- */

static void cu_kernel_free(Device *dev, DevKernel *k) {
  CuDevice *cd = (CuDevice *)dev;
  if (dev_kernel_drop_module(k) && enter(cd, NULL)) CU_CHECK(REC(cd), NULL, cuModuleUnload((CUmodule)k->module));
}

/* The kernel `entry` of a loaded module, with its limits; reports failures.
 * Does not unload `mod`. */
static DevKernel *make_kernel(CuDevice *cd, CUmodule mod, const char *entry, Diag *d) {
  CUfunction fn = NULL;
  int threads = 0;
  if (!CU_CHECK(REC(cd), NULL, cuModuleGetFunction(&fn, mod, entry))) {
    if (d)
      diag_plain(d, "kernel '%s' is not defined in its source (declare it extern \"C\" __global__): %s", entry,
                 cd->base.last_call.text);
    return NULL;
  }
  if (!CU_CHECK(REC(cd), d, cuFuncGetAttribute(&threads, CU_FUNC_ATTRIBUTE_MAX_THREADS_PER_BLOCK, fn))) return NULL;
  DevKernel *k = dev_kernel_new(entry);
  k->module = mod;
  k->fn = fn;
  k->max_local = threads > 0 ? threads : 1;
  k->pref_multiple = 32;
  return k;
}

/* Loads PTX and finds entries[0..n) in out[0..n): one kernel owns the module
 * alone; several share it through a DevModule. *jit_rejected: the driver
 * refused the PTX itself (reported only when report_jit). On failure nothing
 * is left loaded and out holds NULLs. */
static bool load_ptx(CuDevice *cd, const char *ptx, const char *const *entries, int n, DevKernel **out,
                     bool *jit_rejected, bool report_jit, Diag *d) {
  *jit_rejected = false;
  if (!enter(cd, d)) return false;
  char jit_log[4096] = "";
  int opts[] = {CU_JIT_ERROR_LOG_BUFFER, CU_JIT_ERROR_LOG_BUFFER_SIZE_BYTES};
  void *vals[] = {jit_log, (void *)(uintptr_t)sizeof jit_log};
  CUmodule mod = NULL;
  if (!CU_CHECK(REC(cd), NULL, cuModuleLoadDataEx(&mod, ptx, 2, opts, vals))) {
    *jit_rejected = true;
    if (report_jit && d) {
      const char *hint = "";
      if (cd->base.last_call.code == CUDA_ERROR_UNSUPPORTED_PTX_VERSION)
        hint = "\n  NVRTC is newer than the driver: update the NVIDIA driver, or point LLMC_NVRTC at the "
               "libnvrtc of a CUDA toolkit no newer than the driver";
      diag_plain(d, "kernel '%s': the driver (%s) rejected the PTX from NVRTC %d.%d: %s%s%s%s", entries[0],
                 cd->base.info.driver, nv_lib.major, nv_lib.minor, cd->base.last_call.text, *jit_log ? "\n" : "",
                 jit_log, hint);
    }
    return false;
  }
  DevModule *m = n > 1 ? xcalloc(1, sizeof *m) : NULL;
  if (m) m->handle = mod;
  for (int i = 0; i < n; i++) {
    out[i] = make_kernel(cd, mod, entries[i], d);
    if (!out[i]) {
      for (int j = 0; j < i; j++) { /* the last of them unloads mod and frees m */
        cu_kernel_free(&cd->base, out[j]);
        dev_kernel_delete(out[j]);
        out[j] = NULL;
      }
      if (i == 0) {
        CU_CHECK(REC(cd), NULL, cuModuleUnload(mod));
        free(m);
      }
      return false;
    }
    if (m) dev_kernel_share(out[i], m);
  }
  return true;
}

static bool cu_compile(Device *dev, const char *source, const char *const *entries, int n, DevKernel **out,
                       uint8_t **bin, size_t *nbin, Diag *d) {
  CuDevice *cd = (CuDevice *)dev;
  const char *opts[] = {dev->options};
  char *ptx = NULL, *log = NULL, name[80];
  snprintf(name, sizeof name, "%.64s.cu", n == 1 ? entries[0] : "llmc_batch");
  bool compile_error = false;
  if (!nvrtc_compile(REC(cd), source, name, opts, 1, &ptx, &log, &compile_error)) {
    if (d) {
      size_t len = strlen(log);
      while (len && (log[len - 1] == '\n' || log[len - 1] == ' ')) log[--len] = '\0';
      if (compile_error) {
        char *saved = dev_save_failed_source(source, entries[0], "cu");
        diag_plain(d, "kernel '%s' failed to build for %s (NVRTC %d.%d, %s): %s\n  source: %s\n  compiler log:\n%s",
                   entries[0], dev->info.name, nv_lib.major, nv_lib.minor, dev->options, cd->base.last_call.text,
                   saved ? saved : "(not saved)", *log ? log : "(empty)");
        free(saved);
      } else {
        diag_plain(d, "kernel '%s' cannot be built for %s: %s", entries[0], dev->info.name, log);
      }
    }
    free(log);
    return false;
  }
  free(log);
  bool rejected;
  if (!load_ptx(cd, ptx, entries, n, out, &rejected, true, d)) {
    free(ptx);
    return false;
  }
  *bin = (uint8_t *)ptx;
  *nbin = strlen(ptx) + 1; /* with the NUL: cuModuleLoadData takes a C string */
  return true;
}

/* DevOps.prebuild: NVRTC is thread-safe, and the device opened it already
 * (nvrtc_arch_for), so several threads compile PTX at once; the module is
 * loaded (and JIT-compiled by the driver) later, on the device's thread. The
 * warm-up run is not needed: CUDA generates no code per launch shape. */
static bool cu_prebuild(Device *dev, void **worker, const char *source, const char *const *entries,
                        const RtWarmup *const *warm, int n, uint8_t **bin, size_t *nbin) {
  (void)worker;
  (void)warm;
  const char *opts[] = {dev->options};
  char *ptx = NULL, *log = NULL, name[80];
  snprintf(name, sizeof name, "%.64s%s.cu", entries[0], n > 1 ? "-pack" : "");
  bool compile_error = false;
  bool ok = nvrtc_compile(NULL, source, name, opts, 1, &ptx, &log, &compile_error);
  free(log);
  if (!ok) return false;
  *bin = (uint8_t *)ptx;
  *nbin = strlen(ptx) + 1;
  return true;
}

static bool cu_load_cached(Device *dev, const uint8_t *bin, size_t nbin, const char *const *entries, int n,
                           DevKernel **out, bool *bad, Diag *d) {
  CuDevice *cd = (CuDevice *)dev;
  if (nbin == 0 || bin[nbin - 1] != '\0') {
    *bad = true;
    return false;
  }
  return load_ptx(cd, (const char *)bin, entries, n, out, bad, false, d);
}

static bool cu_launch(Device *dev, DevKernel *k, const DevArg *args, int nargs, size_t items, int local, Diag *d) {
  CuDevice *cd = (CuDevice *)dev;
  if (!enter(cd, d)) return false;
  cd->timed = false;
  if (items == 0) return true;
  size_t l = dev_pick_local(local, (size_t)k->max_local);
  size_t grid = (items + l - 1) / l;
  if (grid > 0x7fffffff) {
    if (d) diag_plain(d, "kernel '%s': %zu items need %zu blocks, more than CUDA allows", k->entry, items, grid);
    return false;
  }
  typedef union {
    CUdeviceptr p;
    int32_t i;
    float f;
    unsigned long long u;
  } Val;
  Val *vals = nargs > 0 ? xcalloc((size_t)nargs, sizeof *vals) : NULL;
  void **params = nargs > 0 ? xcalloc((size_t)nargs, sizeof *params) : NULL;
  for (int i = 0; i < nargs; i++) {
    if (args[i].buf) vals[i].p = args[i].buf->ptr + args[i].offset;
    else if (args[i].is_float) vals[i].f = args[i].f;
    else if (args[i].is_u64) vals[i].u = args[i].u64;
    else vals[i].i = args[i].i;
    params[i] = &vals[i];
  }
  bool ok = CU_CHECK(REC(cd), d, cuEventRecord(cd->start, NULL));
  CUfunction fn = (CUfunction)k->fn;
  unsigned gx = (unsigned)grid, bx = (unsigned)l;
  if (ok && !CU_CHECK(REC(cd), NULL, cuLaunchKernel(fn, gx, 1, 1, bx, 1, 1, 0, NULL, params, NULL))) {
    ok = false;
    if (d)
      diag_plain(d, "launching kernel '%s' (%zu items in blocks of %zu): %s", k->entry, items, l,
                 cd->base.last_call.text);
  }
  ok = ok && CU_CHECK(REC(cd), d, cuEventRecord(cd->stop, NULL));
  cd->timed = ok;
  free(params);
  free(vals);
  return ok;
}

static bool cu_sync(Device *dev, Diag *d) {
  CuDevice *cd = (CuDevice *)dev;
  return enter(cd, d) && CU_CHECK(REC(cd), d, cuCtxSynchronize());
}

static double cu_last_seconds(Device *dev) {
  CuDevice *cd = (CuDevice *)dev;
  float ms = 0;
  if (!cd->timed || !enter(cd, NULL) || !CU_CHECK(REC(cd), NULL, cuEventSynchronize(cd->stop)) ||
      !CU_CHECK(REC(cd), NULL, cuEventElapsedTime(&ms, cd->start, cd->stop)))
    return 0.0;
  return ms * 1e-3;
}

static void cu_close(Device *dev) {
  CuDevice *cd = (CuDevice *)dev;
  if (cd->ctx && enter(cd, NULL)) {
    CU_CHECK(REC(cd), NULL, cuCtxSynchronize());
    if (cd->start) CU_CHECK(REC(cd), NULL, cuEventDestroy(cd->start));
    if (cd->stop) CU_CHECK(REC(cd), NULL, cuEventDestroy(cd->stop));
    CU_CHECK(REC(cd), NULL, cuDevicePrimaryCtxRelease(cd->dev));
  }
  free(cd);
}

static const DevOps CU_OPS = {
  .name = "cuda",
  .close = cu_close,
  .alloc = cu_alloc,
  .free = cu_free,
  .write = cu_write,
  .read = cu_read,
  .copy = cu_copy,
  .compile = cu_compile,
  .load = cu_load_cached,
  .prebuild = cu_prebuild,
  .kernel_free = cu_kernel_free,
  .launch = cu_launch,
  .sync = cu_sync,
  .last_seconds = cu_last_seconds,
};

Device *rt_cuda_open(int index, Diag *d) {
  if (!cu_ready()) {
    if (d) diag_plain(d, "no CUDA device was found: %s", cu_lib.why);
    return NULL;
  }
  if (index < 0 || index >= cu_lib.count) {
    if (d)
      diag_plain(d, "CUDA device %d does not exist: the driver reports %d device%s (see 'llmc devices')", index,
                 cu_lib.count, cu_lib.count == 1 ? "" : "s");
    return NULL;
  }
  CuDevice *cd = xcalloc(1, sizeof *cd);
  cd->base.ops = &CU_OPS;
  if (!fill_info(index, &cd->base.info, REC(cd)) || !CU_CHECK(REC(cd), NULL, cuDeviceGet(&cd->dev, index)) ||
      !CU_CHECK(REC(cd), NULL, cuDevicePrimaryCtxRetain(&cd->ctx, cd->dev))) {
    if (d) diag_plain(d, "cannot open CUDA device %d: %s", index, cd->base.last_call.text);
    free(cd);
    return NULL;
  }
  if (!enter(cd, NULL) || !CU_CHECK(REC(cd), NULL, cuEventCreate(&cd->start, CU_EVENT_DEFAULT)) ||
      !CU_CHECK(REC(cd), NULL, cuEventCreate(&cd->stop, CU_EVENT_DEFAULT))) {
    if (d) diag_plain(d, "cannot open CUDA device %d (%s): %s", index, cd->base.info.name, cd->base.last_call.text);
    cu_close(&cd->base);
    return NULL;
  }
  cd->max_threads = cd->base.info.max_local;
  int cc = 0;
  sscanf(cd->base.info.arch, "sm_%d", &cc);
  int arch = nvrtc_arch_for(cc);
  snprintf(cd->base.options, sizeof cd->base.options, "--gpu-architecture=compute_%d", arch);
  snprintf(cd->base.key_driver, sizeof cd->base.key_driver, "cuda-driver %d|nvrtc %d.%d|%s", cu_lib.version,
           nv_lib.major, nv_lib.minor, cd->base.info.arch);
  return &cd->base;
}
