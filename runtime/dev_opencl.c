/* dev_opencl.c — the OpenCL backend, through the ICD loader: PoCL on CPUs and
 * the AMD, Intel and NVIDIA drivers. OpenCL 1.2 host API and OpenCL C 1.2
 * kernels ("-cl-std=CL1.2"); one context and one in-order queue with
 * profiling per device, so rt_last_launch_seconds is the kernel's event time.
 * Work-group sizes are clamped to what the kernel and device accept and the
 * global size is rounded up to a multiple of it (kernels guard their index).
 * Cached binaries are the program binaries (CL_PROGRAM_BINARIES), rebuilt with
 * clCreateProgramWithBinary. Every OpenCL call goes through CL_CHECK. */
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dev_internal.h"

void rt_opencl_calling_thread(void) { setenv("POCL_DEVICES", "basic", 0); }

#ifndef LLMC_HAVE_OPENCL

int rt_opencl_list(DeviceInfo *out, int max) { return 0; }
const char *rt_opencl_status(void) {
  return "llmc was built without OpenCL (no OpenCL headers or ICD loader were found at build time)";
}
Device *rt_opencl_open(int index, Diag *d) {
  if (d) diag_plain(d, "no OpenCL device was found: %s", rt_opencl_status());
  return NULL;
}

#else

#define CL_TARGET_OPENCL_VERSION 120
#ifdef __APPLE__
#include <OpenCL/opencl.h>
#else
#include <CL/cl.h>
#endif

/* ---- errors ------------------------------------------------------------------------ */

static const char *cl_error_name(cl_int e) {
  switch (e) {
  case 0: return "CL_SUCCESS";
  case -1: return "CL_DEVICE_NOT_FOUND";
  case -2: return "CL_DEVICE_NOT_AVAILABLE";
  case -3: return "CL_COMPILER_NOT_AVAILABLE";
  case -4: return "CL_MEM_OBJECT_ALLOCATION_FAILURE";
  case -5: return "CL_OUT_OF_RESOURCES";
  case -6: return "CL_OUT_OF_HOST_MEMORY";
  case -7: return "CL_PROFILING_INFO_NOT_AVAILABLE";
  case -8: return "CL_MEM_COPY_OVERLAP";
  case -9: return "CL_IMAGE_FORMAT_MISMATCH";
  case -10: return "CL_IMAGE_FORMAT_NOT_SUPPORTED";
  case -11: return "CL_BUILD_PROGRAM_FAILURE";
  case -12: return "CL_MAP_FAILURE";
  case -13: return "CL_MISALIGNED_SUB_BUFFER_OFFSET";
  case -14: return "CL_EXEC_STATUS_ERROR_FOR_EVENTS_IN_WAIT_LIST";
  case -15: return "CL_COMPILE_PROGRAM_FAILURE";
  case -16: return "CL_LINKER_NOT_AVAILABLE";
  case -17: return "CL_LINK_PROGRAM_FAILURE";
  case -18: return "CL_DEVICE_PARTITION_FAILED";
  case -19: return "CL_KERNEL_ARG_INFO_NOT_AVAILABLE";
  case -30: return "CL_INVALID_VALUE";
  case -31: return "CL_INVALID_DEVICE_TYPE";
  case -32: return "CL_INVALID_PLATFORM";
  case -33: return "CL_INVALID_DEVICE";
  case -34: return "CL_INVALID_CONTEXT";
  case -35: return "CL_INVALID_QUEUE_PROPERTIES";
  case -36: return "CL_INVALID_COMMAND_QUEUE";
  case -37: return "CL_INVALID_HOST_PTR";
  case -38: return "CL_INVALID_MEM_OBJECT";
  case -39: return "CL_INVALID_IMAGE_FORMAT_DESCRIPTOR";
  case -40: return "CL_INVALID_IMAGE_SIZE";
  case -41: return "CL_INVALID_SAMPLER";
  case -42: return "CL_INVALID_BINARY";
  case -43: return "CL_INVALID_BUILD_OPTIONS";
  case -44: return "CL_INVALID_PROGRAM";
  case -45: return "CL_INVALID_PROGRAM_EXECUTABLE";
  case -46: return "CL_INVALID_KERNEL_NAME";
  case -47: return "CL_INVALID_KERNEL_DEFINITION";
  case -48: return "CL_INVALID_KERNEL";
  case -49: return "CL_INVALID_ARG_INDEX";
  case -50: return "CL_INVALID_ARG_VALUE";
  case -51: return "CL_INVALID_ARG_SIZE";
  case -52: return "CL_INVALID_KERNEL_ARGS";
  case -53: return "CL_INVALID_WORK_DIMENSION";
  case -54: return "CL_INVALID_WORK_GROUP_SIZE";
  case -55: return "CL_INVALID_WORK_ITEM_SIZE";
  case -56: return "CL_INVALID_GLOBAL_OFFSET";
  case -57: return "CL_INVALID_EVENT_WAIT_LIST";
  case -58: return "CL_INVALID_EVENT";
  case -59: return "CL_INVALID_OPERATION";
  case -60: return "CL_INVALID_GL_OBJECT";
  case -61: return "CL_INVALID_BUFFER_SIZE";
  case -62: return "CL_INVALID_MIP_LEVEL";
  case -63: return "CL_INVALID_GLOBAL_WORK_SIZE";
  case -64: return "CL_INVALID_PROPERTY";
  case -65: return "CL_INVALID_IMAGE_DESCRIPTOR";
  case -66: return "CL_INVALID_COMPILER_OPTIONS";
  case -67: return "CL_INVALID_LINKER_OPTIONS";
  case -68: return "CL_INVALID_DEVICE_PARTITION_COUNT";
  case -69: return "CL_INVALID_PIPE_SIZE";
  case -70: return "CL_INVALID_DEVICE_QUEUE";
  case -71: return "CL_INVALID_SPEC_ID";
  case -72: return "CL_MAX_SIZE_RESTRICTION_EXCEEDED";
  case -1000: return "CL_INVALID_GL_SHAREGROUP_REFERENCE_KHR";
  case -1001: return "CL_PLATFORM_NOT_FOUND_KHR";
  case -9999: return "CL_NV_ILLEGAL_BUFFER_ACTION (NVIDIA: a kernel accessed memory out of bounds)";
  }
  return "unknown OpenCL error";
}

static bool cl_ok(DevCall *rec, Diag *d, cl_int code, const char *call, const char *file, int line) {
  if (code == CL_SUCCESS) return true;
  char err[128];
  snprintf(err, sizeof err, "%s (%d)", cl_error_name(code), (int)code);
  return dev_call_failed(rec, d, call, file, line, (int)code, err);
}

/* CL_CHECK(rec, d, call): `call` returns a cl_int. CL_CHECK_ERR(rec, d, err,
 * call): `call` stores its status in `err` (clCreateBuffer(..., &err)). rec
 * (a DevCall *) and d may be NULL. */
#define CL_CHECK(rec, d, call) cl_ok((rec), (d), (call), #call, __FILE__, __LINE__)
#define CL_CHECK_ERR(rec, d, err, call) ((void)(call), cl_ok((rec), (d), (err), #call, __FILE__, __LINE__))

/* ---- the device ------------------------------------------------------------------- */

typedef struct ClDevice {
  Device base;
  cl_platform_id platform;
  cl_device_id id;
  cl_context ctx;
  cl_command_queue queue;
  cl_event last;    /* the last launch, retained until the next one */
  size_t max_item0; /* CL_DEVICE_MAX_WORK_ITEM_SIZES[0] */
  bool pocl_generic; /* PoCL runs generic work-group functions only (see generic_work_groups) */
  double enqueued;  /* host clock at the last launch, for a device without a timer */
  /* small writes are enqueued without waiting, from copies kept here until
   * the queue has been drained (a blocking read, a sync, closing) */
  void **staged;
  int nstaged, capstaged;
} ClDevice;

static double host_seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

#define REC(cd) (&(cd)->base.last_call)

/* ---- enumeration ------------------------------------------------------------------ */

typedef struct ClEntry {
  cl_platform_id platform;
  cl_device_id id;
  bool gpu;
} ClEntry;

enum { MAX_PLATFORMS = 16, MAX_CL_DEVICES = 64 };

/* Every device of every platform, GPUs first. *why gets a reason when there
 * are none. */
static int cl_enumerate(ClEntry *out, int max, const char **why) {
  cl_platform_id plats[MAX_PLATFORMS];
  cl_uint np = 0;
  *why = NULL;
  cl_int e = clGetPlatformIDs(MAX_PLATFORMS, plats, &np);
  if (e == -1001 /* CL_PLATFORM_NOT_FOUND_KHR */ || (e == CL_SUCCESS && np == 0)) {
    *why = "no OpenCL platform is installed (the ICD loader found no driver)";
    return 0;
  }
  if (!CL_CHECK(NULL, NULL, e)) {
    *why = "the OpenCL ICD loader could not list its platforms";
    return 0;
  }
  if (np > MAX_PLATFORMS) np = MAX_PLATFORMS;
  ClEntry all[MAX_CL_DEVICES];
  int n = 0;
  for (cl_uint p = 0; p < np && n < MAX_CL_DEVICES; p++) {
    cl_device_id ids[MAX_CL_DEVICES];
    cl_uint nd = 0;
    cl_int de = clGetDeviceIDs(plats[p], CL_DEVICE_TYPE_ALL, MAX_CL_DEVICES, ids, &nd);
    if (de == CL_DEVICE_NOT_FOUND || !CL_CHECK(NULL, NULL, de)) continue;
    if (nd > MAX_CL_DEVICES) nd = MAX_CL_DEVICES;
    for (cl_uint i = 0; i < nd && n < MAX_CL_DEVICES; i++) {
      cl_device_type t = 0;
      CL_CHECK(NULL, NULL, clGetDeviceInfo(ids[i], CL_DEVICE_TYPE, sizeof t, &t, NULL));
      all[n++] = (ClEntry){plats[p], ids[i], (t & CL_DEVICE_TYPE_GPU) != 0};
    }
  }
  if (n == 0) *why = "the OpenCL platforms report no devices";
  int k = 0;
  for (int pass = 0; pass < 2; pass++)
    for (int i = 0; i < n && k < max; i++)
      if (all[i].gpu == (pass == 0)) out[k++] = all[i];
  return k;
}

/* A string property, truncated to fit `cap` (clGetDeviceInfo itself fails when
 * the buffer is too small). */
static void dev_str(cl_device_id id, cl_device_info what, char *buf, size_t cap) {
  size_t need = 0;
  buf[0] = '\0';
  if (!CL_CHECK(NULL, NULL, clGetDeviceInfo(id, what, 0, NULL, &need)) || need == 0) return;
  char *tmp = xmalloc(need + 1);
  if (CL_CHECK(NULL, NULL, clGetDeviceInfo(id, what, need, tmp, NULL))) {
    tmp[need] = '\0';
    snprintf(buf, cap, "%s", tmp);
  }
  free(tmp);
}

static char *dev_str_alloc(cl_device_id id, cl_device_info what) {
  size_t need = 0;
  if (!CL_CHECK(NULL, NULL, clGetDeviceInfo(id, what, 0, NULL, &need))) return xstrdup("");
  char *s = xcalloc(1, need + 1);
  if (!CL_CHECK(NULL, NULL, clGetDeviceInfo(id, what, need, s, NULL))) s[0] = '\0';
  return s;
}

static bool has_extension(const char *exts, const char *name) {
  size_t n = strlen(name);
  for (const char *p = exts; (p = strstr(p, name)); p += n)
    if ((p == exts || p[-1] == ' ') && (p[n] == '\0' || p[n] == ' ')) return true;
  return false;
}

static void fill_info(const ClEntry *e, int index, DeviceInfo *di) {
  memset(di, 0, sizeof *di);
  di->kind = DEV_OPENCL;
  di->index = index;
  dev_str(e->id, CL_DEVICE_NAME, di->name, sizeof di->name);
  dev_str(e->id, CL_DEVICE_VENDOR, di->vendor, sizeof di->vendor);
  dev_str(e->id, CL_DRIVER_VERSION, di->driver, sizeof di->driver);
  /* "OpenCL 3.0 PoCL HSTR: ..." is long: keep its first words that fit. */
  char ver[256];
  dev_str(e->id, CL_DEVICE_VERSION, ver, sizeof ver);
  size_t keep = 0;
  for (size_t i = 0, words = 0; ver[i] && i < sizeof di->arch - 1; i++)
    if ((ver[i + 1] == ' ' || ver[i + 1] == '\0') && ver[i] != ' ' && ++words <= 3) keep = i + 1;
  snprintf(di->arch, sizeof di->arch, "%.*s", (int)keep, ver);
  cl_ulong mem = 0, alloc = 0, local = 0;
  cl_uint cus = 0, align_bits = 0;
  size_t wg = 0;
  CL_CHECK(NULL, NULL, clGetDeviceInfo(e->id, CL_DEVICE_GLOBAL_MEM_SIZE, sizeof mem, &mem, NULL));
  CL_CHECK(NULL, NULL, clGetDeviceInfo(e->id, CL_DEVICE_MAX_MEM_ALLOC_SIZE, sizeof alloc, &alloc, NULL));
  CL_CHECK(NULL, NULL, clGetDeviceInfo(e->id, CL_DEVICE_LOCAL_MEM_SIZE, sizeof local, &local, NULL));
  CL_CHECK(NULL, NULL, clGetDeviceInfo(e->id, CL_DEVICE_MAX_COMPUTE_UNITS, sizeof cus, &cus, NULL));
  CL_CHECK(NULL, NULL, clGetDeviceInfo(e->id, CL_DEVICE_MEM_BASE_ADDR_ALIGN, sizeof align_bits, &align_bits, NULL));
  CL_CHECK(NULL, NULL, clGetDeviceInfo(e->id, CL_DEVICE_MAX_WORK_GROUP_SIZE, sizeof wg, &wg, NULL));
  di->memory = mem;
  di->max_alloc = alloc;
  di->local_mem = local;
  di->compute_units = (int)cus;
  di->align = align_bits >= 8 ? (int)(align_bits / 8) : 1;
  di->max_local = wg > (size_t)1 << 30 ? 1 << 30 : (int)wg;
  di->is_gpu = e->gpu;
  char *exts = dev_str_alloc(e->id, CL_DEVICE_EXTENSIONS);
  di->fp16 = has_extension(exts, "cl_khr_fp16");
  free(exts);
}

int rt_opencl_list(DeviceInfo *out, int max) {
  ClEntry e[MAX_CL_DEVICES];
  const char *why;
  int n = cl_enumerate(e, MAX_CL_DEVICES, &why);
  int k = 0;
  for (int i = 0; i < n && k < max; i++) fill_info(&e[i], i, &out[k++]);
  return k;
}

const char *rt_opencl_status(void) {
  ClEntry e[MAX_CL_DEVICES];
  const char *why;
  return cl_enumerate(e, MAX_CL_DEVICES, &why) > 0 ? NULL : why;
}

/* ---- memory ----------------------------------------------------------------------- */

static DevBuf *cl_alloc(Device *dev, DevBuf *b, Diag *d) {
  ClDevice *cd = (ClDevice *)dev;
  cl_int err = CL_SUCCESS;
  cl_mem m = NULL;
  if (!CL_CHECK_ERR(REC(cd), d, err, m = clCreateBuffer(cd->ctx, CL_MEM_READ_WRITE, b->size ? b->size : 1, NULL, &err)))
    return NULL;
  b->h = m;
  return b;
}

/* Sub-buffers at offsets of a buffer, made once and reused: a plan launches
 * its kernels at the same offsets step after step, and making and releasing
 * a sub-buffer per argument per launch cost PoCL microseconds each. An open
 * addressing table keyed by offset (offset 0 is the buffer itself). */
typedef struct ClSubs {
  size_t cap, n;
  size_t *off;
  cl_mem *mem;
} ClSubs;

static void subs_release(ClDevice *cd, DevBuf *b) {
  ClSubs *t = b->subs;
  if (!t) return;
  for (size_t i = 0; i < t->cap; i++)
    if (t->off[i]) CL_CHECK(REC(cd), NULL, clReleaseMemObject(t->mem[i]));
  free(t->off);
  free(t->mem);
  free(t);
  b->subs = NULL;
}

static void subs_put(ClSubs *t, size_t off, cl_mem m) {
  size_t i = (off / 64 * 0x9E3779B97F4A7C15ull) & (t->cap - 1);
  while (t->off[i]) i = (i + 1) & (t->cap - 1);
  t->off[i] = off;
  t->mem[i] = m;
  t->n++;
}

/* The sub-buffer of b from byte `off` to its end; NULL (reported) on failure. */
static cl_mem sub_buffer(ClDevice *cd, DevBuf *b, size_t off) {
  ClSubs *t = b->subs;
  if (!t) t = b->subs = xcalloc(1, sizeof *t);
  if (t->cap) {
    for (size_t i = (off / 64 * 0x9E3779B97F4A7C15ull) & (t->cap - 1); t->off[i]; i = (i + 1) & (t->cap - 1))
      if (t->off[i] == off) return t->mem[i];
  }
  cl_int err = CL_SUCCESS;
  cl_buffer_region r = {off, b->size - off};
  cl_mem m = NULL;
  if (!CL_CHECK_ERR(REC(cd), NULL, err, m = clCreateSubBuffer((cl_mem)b->h, CL_MEM_READ_WRITE, CL_BUFFER_CREATE_TYPE_REGION, &r, &err)))
    return NULL;
  if (2 * (t->n + 1) > t->cap) {
    ClSubs old = *t;
    t->cap = old.cap ? 2 * old.cap : 64;
    t->n = 0;
    t->off = xcalloc(t->cap, sizeof *t->off);
    t->mem = xcalloc(t->cap, sizeof *t->mem);
    for (size_t i = 0; i < old.cap; i++)
      if (old.off[i]) subs_put(t, old.off[i], old.mem[i]);
    free(old.off);
    free(old.mem);
  }
  subs_put(t, off, m);
  return m;
}

static void cl_free(Device *dev, DevBuf *b) {
  ClDevice *cd = (ClDevice *)dev;
  subs_release(cd, b);
  if (b->h) CL_CHECK(REC(cd), NULL, clReleaseMemObject((cl_mem)b->h));
}

/* The queue is drained: the staged copies can go. */
static void unstage(ClDevice *cd) {
  for (int i = 0; i < cd->nstaged; i++) free(cd->staged[i]);
  cd->nstaged = 0;
}

/* Writes up to this size return at once (a token id, a position: a blocking
 * write would cost a round trip through the driver's threads per step). */
#define CL_STAGED_WRITE_MAX 65536

static bool cl_write(Device *dev, DevBuf *b, size_t off, const void *src, size_t n, Diag *d) {
  ClDevice *cd = (ClDevice *)dev;
  if (n > CL_STAGED_WRITE_MAX || cd->nstaged >= 4096)
    return CL_CHECK(REC(cd), d, clEnqueueWriteBuffer(cd->queue, (cl_mem)b->h, CL_TRUE, off, n, src, 0, NULL, NULL)) &&
           (unstage(cd), true);
  void *copy = xmalloc(n);
  memcpy(copy, src, n);
  if (!CL_CHECK(REC(cd), d, clEnqueueWriteBuffer(cd->queue, (cl_mem)b->h, CL_FALSE, off, n, copy, 0, NULL, NULL))) {
    free(copy); /* not enqueued */
    return false;
  }
  if (cd->nstaged == cd->capstaged) {
    cd->capstaged = cd->capstaged ? 2 * cd->capstaged : 16;
    cd->staged = xrealloc(cd->staged, sizeof *cd->staged * (size_t)cd->capstaged);
  }
  cd->staged[cd->nstaged++] = copy;
  return true;
}

static bool cl_read(Device *dev, DevBuf *b, size_t off, void *dst, size_t n, Diag *d) {
  ClDevice *cd = (ClDevice *)dev;
  bool ok = CL_CHECK(REC(cd), d, clEnqueueReadBuffer(cd->queue, (cl_mem)b->h, CL_TRUE, off, n, dst, 0, NULL, NULL));
  if (ok) unstage(cd); /* the queue is in order: everything before has run */
  return ok;
}

static bool cl_copy(Device *dev, DevBuf *src, size_t soff, DevBuf *dst, size_t doff, size_t n, Diag *d) {
  ClDevice *cd = (ClDevice *)dev;
  return CL_CHECK(REC(cd), d,
                  clEnqueueCopyBuffer(cd->queue, (cl_mem)src->h, (cl_mem)dst->h, soff, doff, n, 0, NULL, NULL));
}

/* ---- kernels ---------------------------------------------------------------------- */

static char *build_log(ClDevice *cd, cl_program p) {
  size_t n = 0;
  if (!CL_CHECK(REC(cd), NULL, clGetProgramBuildInfo(p, cd->id, CL_PROGRAM_BUILD_LOG, 0, NULL, &n)) || n == 0)
    return xstrdup("");
  char *log = xcalloc(1, n + 1);
  if (!CL_CHECK(REC(cd), NULL, clGetProgramBuildInfo(p, cd->id, CL_PROGRAM_BUILD_LOG, n, log, NULL))) log[0] = '\0';
  return log;
}

/* The kernel `entry` of a built program, with its limits; reports failures.
 * Does not release `p`. */
static DevKernel *make_kernel(ClDevice *cd, cl_program p, const char *entry, Diag *d) {
  cl_int err = CL_SUCCESS;
  cl_kernel kern = NULL;
  if (!CL_CHECK_ERR(REC(cd), NULL, err, kern = clCreateKernel(p, entry, &err))) {
    if (!d) return NULL;
    if (err == CL_INVALID_KERNEL_NAME) {
      char names[512] = "";
      size_t n = 0;
      if (CL_CHECK(NULL, NULL, clGetProgramInfo(p, CL_PROGRAM_KERNEL_NAMES, 0, NULL, &n)) && n) {
        char *all = xcalloc(1, n + 1);
        if (CL_CHECK(NULL, NULL, clGetProgramInfo(p, CL_PROGRAM_KERNEL_NAMES, n, all, NULL)))
          snprintf(names, sizeof names, "%s", all);
        free(all);
      }
      for (char *c = names; *c; c++)
        if (*c == ';') *c = ',';
      diag_plain(d, "kernel '%s' is not defined in its source (it defines: %s)", entry, *names ? names : "nothing");
    } else {
      diag_plain(d, "kernel '%s': %s", entry, cd->base.last_call.text);
    }
    return NULL;
  }
  cl_uint nargs = 0;
  size_t wg = 0, mult = 1;
  if (!CL_CHECK(REC(cd), d, clGetKernelInfo(kern, CL_KERNEL_NUM_ARGS, sizeof nargs, &nargs, NULL)) ||
      !CL_CHECK(REC(cd), d, clGetKernelWorkGroupInfo(kern, cd->id, CL_KERNEL_WORK_GROUP_SIZE, sizeof wg, &wg, NULL)) ||
      !CL_CHECK(REC(cd), d,
                clGetKernelWorkGroupInfo(kern, cd->id, CL_KERNEL_PREFERRED_WORK_GROUP_SIZE_MULTIPLE, sizeof mult,
                                         &mult, NULL))) {
    CL_CHECK(REC(cd), NULL, clReleaseKernel(kern));
    return NULL;
  }
  if (cd->max_item0 && wg > cd->max_item0) wg = cd->max_item0;
  if (wg == 0) wg = 1;
  DevKernel *k = dev_kernel_new(entry);
  k->nargs = (int)nargs;
  k->max_local = wg > (size_t)1 << 30 ? 1 << 30 : (int)wg;
  k->pref_multiple = mult ? (int)mult : 1;
  k->module = p;
  k->fn = kern;
  return k;
}

static void cl_kernel_free(Device *dev, DevKernel *k) {
  ClDevice *cd = (ClDevice *)dev;
  if (k->fn) CL_CHECK(REC(cd), NULL, clReleaseKernel((cl_kernel)k->fn));
  if (dev_kernel_drop_module(k)) CL_CHECK(REC(cd), NULL, clReleaseProgram((cl_program)k->module));
}

/* The kernels entries[0..n) of the built program p, in out[0..n): one kernel
 * owns p alone; several share it through a DevModule. On failure releases p
 * and whatever was made, leaving NULLs in out. */
static bool make_kernels(ClDevice *cd, cl_program p, const char *const *entries, int n, DevKernel **out, Diag *d) {
  DevModule *m = n > 1 ? xcalloc(1, sizeof *m) : NULL;
  if (m) m->handle = p;
  for (int i = 0; i < n; i++) {
    out[i] = make_kernel(cd, p, entries[i], d);
    if (!out[i]) {
      for (int j = 0; j < i; j++) { /* the last of them releases p and m */
        cl_kernel_free(&cd->base, out[j]);
        dev_kernel_delete(out[j]);
        out[j] = NULL;
      }
      if (i == 0) {
        CL_CHECK(REC(cd), NULL, clReleaseProgram(p));
        free(m);
      }
      return false;
    }
    if (m) dev_kernel_share(out[i], m);
  }
  return true;
}

static void report_build_failure(ClDevice *cd, const char *source, const char *entry, cl_program p, Diag *d) {
  if (!d) return;
  char *log = build_log(cd, p);
  size_t len = strlen(log);
  while (len && (log[len - 1] == '\n' || log[len - 1] == ' ')) log[--len] = '\0';
  const size_t MAX_LOG = 16000;
  char *saved = dev_save_failed_source(source, entry, "cl");
  diag_plain(d, "kernel '%s' failed to build for %s (OpenCL C, %s): %s\n  source: %s\n  compiler log:\n%.*s%s", entry,
             cd->base.info.name, *cd->base.options ? cd->base.options : "no options", cd->base.last_call.text,
             saved ? saved : "(not saved)", (int)(len > MAX_LOG ? MAX_LOG : len), *log ? log : "(empty)",
             len > MAX_LOG ? "\n  ... (log truncated)" : "");
  free(saved);
  free(log);
}

static bool cl_compile(Device *dev, const char *source, const char *const *entries, int n, DevKernel **out,
                       uint8_t **bin, size_t *nbin, Diag *d) {
  ClDevice *cd = (ClDevice *)dev;
  cl_int err = CL_SUCCESS;
  size_t len = strlen(source);
  cl_program p = NULL;
  if (!CL_CHECK_ERR(REC(cd), d, err, p = clCreateProgramWithSource(cd->ctx, 1, &source, &len, &err))) return false;
  if (!CL_CHECK(REC(cd), NULL, clBuildProgram(p, 1, &cd->id, dev->options, NULL, NULL))) {
    report_build_failure(cd, source, entries[0], p, d);
    CL_CHECK(REC(cd), NULL, clReleaseProgram(p));
    return false;
  }
  /* The binary for the cache (taken before the kernels hold p); without one
   * the kernels still work. */
  size_t size = 0;
  if (CL_CHECK(REC(cd), NULL, clGetProgramInfo(p, CL_PROGRAM_BINARY_SIZES, sizeof size, &size, NULL)) && size) {
    unsigned char *b = xmalloc(size);
    unsigned char *ptrs[1] = {b};
    if (CL_CHECK(REC(cd), NULL, clGetProgramInfo(p, CL_PROGRAM_BINARIES, sizeof ptrs, ptrs, NULL))) {
      *bin = b;
      *nbin = size;
    } else {
      free(b);
    }
  }
  if (!make_kernels(cd, p, entries, n, out, d)) {
    free(*bin);
    *bin = NULL;
    *nbin = 0;
    return false;
  }
  return true;
}

/* Runs `entry` of the built program p once, in one work group of the size the
 * real launches get, on scratch buffers: PoCL generates the work-group
 * function for a local size at the first launch with it, into its cache
 * (POCL_CACHE_DIR) and into the program binary taken afterwards, so the real
 * launches find it. */
static void warm_up(ClDevice *cd, cl_context ctx, cl_program p, const char *entry, const RtWarmup *w) {
  size_t total = 0;
  for (int a = 0; a < w->nargs; a++) total += w->is_buf[a] ? w->bytes[a] : 0;
  if (total > (size_t)1 << 28) return; /* too much scratch (a big model): the first launch compiles it */
  cl_int err = CL_SUCCESS;
  cl_kernel k = clCreateKernel(p, entry, &err);
  if (err != CL_SUCCESS) return;
  cl_command_queue q = clCreateCommandQueue(ctx, cd->id, 0, &err);
  cl_mem *bufs = xcalloc((size_t)(w->nargs ? w->nargs : 1), sizeof(cl_mem));
  bool ok = err == CL_SUCCESS;
  for (int a = 0; a < w->nargs && ok; a++) {
    const DevArg *v = &w->args[a];
    if (w->is_buf[a]) {
      size_t bytes = w->bytes[a] > 64 ? w->bytes[a] : 64;
      bufs[a] = clCreateBuffer(ctx, CL_MEM_READ_WRITE, bytes, NULL, &err);
      ok = err == CL_SUCCESS && clSetKernelArg(k, (cl_uint)a, sizeof(cl_mem), &bufs[a]) == CL_SUCCESS;
      /* zeros: indices read from the scratch stay in range */
      cl_uchar zero = 0;
      ok = ok && clEnqueueFillBuffer(q, bufs[a], &zero, 1, 0, bytes, 0, NULL, NULL) == CL_SUCCESS;
    } else if (v->is_u64) {
      cl_ulong u = v->u64;
      ok = clSetKernelArg(k, (cl_uint)a, sizeof u, &u) == CL_SUCCESS;
    } else if (v->is_float) {
      cl_float f = v->f;
      ok = clSetKernelArg(k, (cl_uint)a, sizeof f, &f) == CL_SUCCESS;
    } else {
      cl_int i = v->i;
      ok = clSetKernelArg(k, (cl_uint)a, sizeof i, &i) == CL_SUCCESS;
    }
  }
  size_t wg = 0;
  if (ok && clGetKernelWorkGroupInfo(k, cd->id, CL_KERNEL_WORK_GROUP_SIZE, sizeof wg, &wg, NULL) == CL_SUCCESS) {
    if (cd->max_item0 && wg > cd->max_item0) wg = cd->max_item0; /* as make_kernel and cl_launch choose */
    size_t l = dev_pick_local(w->local, wg ? wg : 1);
    if (clEnqueueNDRangeKernel(q, k, 1, NULL, &l, &l, 0, NULL, NULL) == CL_SUCCESS) clFinish(q);
  }
  for (int a = 0; a < w->nargs; a++)
    if (bufs[a]) clReleaseMemObject(bufs[a]);
  free(bufs);
  if (q) clReleaseCommandQueue(q);
  clReleaseKernel(k);
}

/* The program's binary (for the cache), or false. */
static bool program_binary(DevCall *rec, cl_program p, uint8_t **bin, size_t *nbin) {
  size_t size = 0;
  if (!CL_CHECK(rec, NULL, clGetProgramInfo(p, CL_PROGRAM_BINARY_SIZES, sizeof size, &size, NULL)) || !size)
    return false;
  unsigned char *b = xmalloc(size);
  unsigned char *ptrs[1] = {b};
  if (!CL_CHECK(rec, NULL, clGetProgramInfo(p, CL_PROGRAM_BINARIES, sizeof ptrs, ptrs, NULL))) {
    free(b);
    return false;
  }
  *bin = b;
  *nbin = size;
  return true;
}

/* DevOps.prebuild: each building thread has a context of its own (PoCL
 * serialises the builds of one context), made at its first build and kept for
 * the others: PoCL reads its kernel library (several MB of LLVM bitcode) once
 * per context, which cost 0.5 s of CPU per kernel when every build had a
 * fresh context. Reports nothing and records nothing in the device. */
static bool cl_prebuild(Device *dev, void **worker, const char *source, const char *const *entries,
                        const RtWarmup *const *warm, int n, uint8_t **bin, size_t *nbin) {
  ClDevice *cd = (ClDevice *)dev;
  cl_int err = CL_SUCCESS;
  cl_context ctx = *worker;
  if (!ctx) {
    cl_context_properties props[] = {CL_CONTEXT_PLATFORM, (cl_context_properties)cd->platform, 0};
    ctx = clCreateContext(props, 1, &cd->id, NULL, NULL, &err);
    if (err != CL_SUCCESS) return false;
    *worker = ctx;
  }
  size_t len = strlen(source);
  cl_program p = clCreateProgramWithSource(ctx, 1, &source, &len, &err);
  bool ok = err == CL_SUCCESS && clBuildProgram(p, 1, &cd->id, dev->options, NULL, NULL) == CL_SUCCESS;
  /* PoCL with generic work-group functions compiles them for the binary
   * below; only specialised ones are made at the first launch */
  for (int i = 0; ok && warm && !cd->pocl_generic && i < n; i++)
    if (warm[i]) warm_up(cd, ctx, p, entries[i], warm[i]);
  ok = ok && program_binary(NULL, p, bin, nbin);
  if (p) clReleaseProgram(p);
  return ok;
}

static void cl_prebuild_end(Device *dev, void *worker) {
  (void)dev;
  if (worker) clReleaseContext((cl_context)worker);
}

static bool cl_load(Device *dev, const uint8_t *bin, size_t nbin, const char *const *entries, int n, DevKernel **out,
                    bool *bad, Diag *d) {
  ClDevice *cd = (ClDevice *)dev;
  cl_int err = CL_SUCCESS, status = CL_SUCCESS;
  cl_program p = NULL;
  const unsigned char *b = bin;
  if (!CL_CHECK_ERR(REC(cd), NULL, err,
                    p = clCreateProgramWithBinary(cd->ctx, 1, &cd->id, &nbin, &b, &status, &err)) ||
      !CL_CHECK(REC(cd), NULL, status) ||
      !CL_CHECK(REC(cd), NULL, clBuildProgram(p, 1, &cd->id, dev->options, NULL, NULL))) {
    if (p) CL_CHECK(REC(cd), NULL, clReleaseProgram(p));
    *bad = true;
    return false;
  }
  return make_kernels(cd, p, entries, n, out, d);
}

static bool cl_launch(Device *dev, DevKernel *k, const DevArg *args, int nargs, size_t items, int local, Diag *d) {
  ClDevice *cd = (ClDevice *)dev;
  cl_kernel kern = (cl_kernel)k->fn;
  bool ok = true;
  for (int i = 0; i < nargs && ok; i++) {
    const DevArg *a = &args[i];
    if (a->buf) {
      cl_mem m = (cl_mem)a->buf->h;
      if (a->offset && a->offset < a->buf->size) ok = (m = sub_buffer(cd, a->buf, a->offset)) != NULL;
      ok = ok && CL_CHECK(REC(cd), NULL, clSetKernelArg(kern, (cl_uint)i, sizeof m, &m));
    } else if (a->is_float) {
      cl_float f = a->f;
      ok = CL_CHECK(REC(cd), NULL, clSetKernelArg(kern, (cl_uint)i, sizeof f, &f));
    } else if (a->is_u64) {
      cl_ulong u = a->u64;
      ok = CL_CHECK(REC(cd), NULL, clSetKernelArg(kern, (cl_uint)i, sizeof u, &u));
    } else {
      cl_int v = a->i;
      ok = CL_CHECK(REC(cd), NULL, clSetKernelArg(kern, (cl_uint)i, sizeof v, &v));
    }
    if (!ok && d) diag_plain(d, "kernel '%s', argument %d: %s", k->entry, i, cd->base.last_call.text);
  }
  if (cd->last) {
    CL_CHECK(REC(cd), NULL, clReleaseEvent(cd->last));
    cd->last = NULL;
  }
  if (ok && items > 0) {
    size_t l = dev_pick_local(local, (size_t)k->max_local);
    size_t global = (items + l - 1) / l * l;
    cd->enqueued = host_seconds();
    ok = CL_CHECK(REC(cd), NULL, clEnqueueNDRangeKernel(cd->queue, kern, 1, NULL, &global, &l, 0, NULL, &cd->last));
    if (!ok && d)
      diag_plain(d, "launching kernel '%s' (%zu items in work-groups of %zu): %s", k->entry, items, l,
                 cd->base.last_call.text);
  }
  return ok;
}

static bool cl_sync(Device *dev, Diag *d) {
  ClDevice *cd = (ClDevice *)dev;
  bool ok = CL_CHECK(REC(cd), d, clFinish(cd->queue));
  if (ok) unstage(cd);
  return ok;
}

static double cl_last_seconds(Device *dev) {
  ClDevice *cd = (ClDevice *)dev;
  cl_ulong t0 = 0, t1 = 0;
  if (!cd->last || !CL_CHECK(REC(cd), NULL, clWaitForEvents(1, &cd->last))) return 0.0;
  if (CL_CHECK(REC(cd), NULL, clGetEventProfilingInfo(cd->last, CL_PROFILING_COMMAND_START, sizeof t0, &t0, NULL)) &&
      CL_CHECK(REC(cd), NULL, clGetEventProfilingInfo(cd->last, CL_PROFILING_COMMAND_END, sizeof t1, &t1, NULL)) &&
      t1 > t0)
    return (double)(t1 - t0) * 1e-9;
  /* No profiling information: the host's view, from enqueue to now. */
  return host_seconds() - cd->enqueued;
}

static void cl_close(Device *dev) {
  ClDevice *cd = (ClDevice *)dev;
  if (cd->last) CL_CHECK(REC(cd), NULL, clReleaseEvent(cd->last));
  if (cd->queue) {
    CL_CHECK(REC(cd), NULL, clFinish(cd->queue));
    CL_CHECK(REC(cd), NULL, clReleaseCommandQueue(cd->queue));
  }
  if (cd->ctx) CL_CHECK(REC(cd), NULL, clReleaseContext(cd->ctx));
  unstage(cd); /* after clFinish, or with no queue never enqueued */
  free(cd->staged);
  free(cd);
}

static const DevOps CL_OPS = {
  .name = "opencl",
  .close = cl_close,
  .alloc = cl_alloc,
  .free = cl_free,
  .write = cl_write,
  .read = cl_read,
  .copy = cl_copy,
  .compile = cl_compile,
  .load = cl_load,
  .prebuild = cl_prebuild,
  .prebuild_end = cl_prebuild_end,
  .kernel_free = cl_kernel_free,
  .launch = cl_launch,
  .sync = cl_sync,
  .last_seconds = cl_last_seconds,
};

/* ---- opening ---------------------------------------------------------------------- */

/* PoCL compiles a kernel's work-group function (the kernel looped over the
 * items of a work group, vectorised across them) once per local size and grid
 * class at the first launch of each, and again, for any local size, when the
 * program binary is asked for (CL_PROGRAM_BINARIES, which the kernel cache
 * stores). Both cost about the same, under one process-wide lock: two
 * compilations of every kernel, in series. With POCL_WORK_GROUP_SPECIALIZATION=0
 * every launch runs the generic function, so each kernel is compiled once, at
 * build time, and no launch compiles anything. llmc's CPU kernels carry their
 * own vectors (float16) and mostly run in work groups of one item, so the
 * generic functions are as fast: gpt_char's step measured the same side by
 * side (docs/runtime.md). A value the user set is kept. True when PoCL will
 * run generic functions only. */
static bool generic_work_groups(cl_platform_id platform) {
  char name[256] = "";
  if (!CL_CHECK(NULL, NULL, clGetPlatformInfo(platform, CL_PLATFORM_NAME, sizeof name - 1, name, NULL)) ||
      !strstr(name, "Portable Computing Language"))
    return false;
  setenv("POCL_WORK_GROUP_SPECIALIZATION", "0", 0);
  const char *v = getenv("POCL_WORK_GROUP_SPECIALIZATION");
  return v && v[0] != '1'; /* PoCL reads "1..." as on, anything else as off */
}

Device *rt_opencl_open(int index, Diag *d) {
  ClEntry e[MAX_CL_DEVICES];
  const char *why;
  int n = cl_enumerate(e, MAX_CL_DEVICES, &why);
  if (n == 0) {
    if (d) diag_plain(d, "no OpenCL device was found: %s", why);
    return NULL;
  }
  if (index < 0 || index >= n) {
    if (d)
      diag_plain(d, "OpenCL device %d does not exist: %d OpenCL device%s found (see 'llmc devices')", index, n,
                 n == 1 ? " was" : "s were");
    return NULL;
  }
  ClDevice *cd = xcalloc(1, sizeof *cd);
  cd->base.ops = &CL_OPS;
  cd->platform = e[index].platform;
  cd->id = e[index].id;
  fill_info(&e[index], index, &cd->base.info);
  cd->pocl_generic = generic_work_groups(cd->platform);
  cd->base.serial_codegen = cd->pocl_generic; /* and with no warm-up runs, a helper process can build a pack */

  /* The compiler's identity for cache keys: platform, driver, device and
   * OpenCL C versions. */
  char plat[128] = "", dver[128] = "", cver[64] = "";
  size_t need = 0;
  if (CL_CHECK(NULL, NULL, clGetPlatformInfo(cd->platform, CL_PLATFORM_VERSION, 0, NULL, &need)) && need) {
    char *s = xcalloc(1, need + 1);
    if (CL_CHECK(NULL, NULL, clGetPlatformInfo(cd->platform, CL_PLATFORM_VERSION, need, s, NULL)))
      snprintf(plat, sizeof plat, "%s", s);
    free(s);
  }
  dev_str(cd->id, CL_DEVICE_VERSION, dver, sizeof dver);
  dev_str(cd->id, CL_DEVICE_OPENCL_C_VERSION, cver, sizeof cver);
  snprintf(cd->base.key_driver, sizeof cd->base.key_driver, "%s|%s|%s|%s", plat, cd->base.info.driver, dver, cver);
  /* "OpenCL C 1.2 ...": ask for 1.2 unless the device only has 1.0/1.1. */
  int cmaj = 0, cmin = 0;
  if (sscanf(cver, "OpenCL C %d.%d", &cmaj, &cmin) != 2 || cmaj > 1 || (cmaj == 1 && cmin >= 2))
    snprintf(cd->base.options, sizeof cd->base.options, "-cl-std=CL1.2");

  size_t dims_size = 0;
  if (CL_CHECK(NULL, NULL, clGetDeviceInfo(cd->id, CL_DEVICE_MAX_WORK_ITEM_SIZES, 0, NULL, &dims_size)) && dims_size) {
    size_t *dims = xcalloc(1, dims_size);
    if (CL_CHECK(NULL, NULL, clGetDeviceInfo(cd->id, CL_DEVICE_MAX_WORK_ITEM_SIZES, dims_size, dims, NULL)))
      cd->max_item0 = dims[0];
    free(dims);
  }

  cl_int err = CL_SUCCESS;
  cl_context_properties props[] = {CL_CONTEXT_PLATFORM, (cl_context_properties)cd->platform, 0};
  if (!CL_CHECK_ERR(REC(cd), NULL, err, cd->ctx = clCreateContext(props, 1, &cd->id, NULL, NULL, &err)) ||
      !CL_CHECK_ERR(REC(cd), NULL, err,
                    cd->queue = clCreateCommandQueue(cd->ctx, cd->id, CL_QUEUE_PROFILING_ENABLE, &err))) {
    if (d) diag_plain(d, "cannot open OpenCL device %d (%s): %s", index, cd->base.info.name, cd->base.last_call.text);
    cd->queue = NULL;
    cl_close(&cd->base);
    return NULL;
  }
  return &cd->base;
}

#endif /* LLMC_HAVE_OPENCL */
