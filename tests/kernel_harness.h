/* kernel_harness.h — the test harness shared by test_codegen.c and
 * test_matmul.c: an OpenCL context that builds and runs single kernels on
 * interpreter values, and NVRTC compilation of CUDA kernels to PTX. Included
 * once per test program (its functions are static). */
#ifndef LLMC_TEST_KERNEL_HARNESS_H
#define LLMC_TEST_KERNEL_HARNESS_H
#define _POSIX_C_SOURCE 200809L
#define CL_TARGET_OPENCL_VERSION 120
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <criterion/criterion.h>
#include <criterion/parameterized.h>

#include "codegen.h"
#include "frontend.h"
#include "kast.h"
#include "interp.h"
#include "model.h"
#include "fuse.h"

#ifdef LLMC_TEST_HAVE_OPENCL
#include <CL/cl.h>
#endif
#ifdef LLMC_TEST_HAVE_NVRTC
#include <nvrtc.h>
#endif

static const Span SP = {0, 0, 0};
#define DIMS(...) ((Dim[]){__VA_ARGS__})
static Dim C(int64_t v) { return dim_const(v); }
static Dim V(Graph *g, const char *name) { return dim_var(ir_sym(g, name)); }

static double now_s(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

/* ---- OpenCL: a context and a host harness ------------------------------------------ */

typedef struct Cl {
  bool ok;
  char why[256];
#ifdef LLMC_TEST_HAVE_OPENCL
  cl_context ctx;
  cl_device_id dev;
  cl_command_queue q;
#endif
  double build_s; /* time spent in clBuildProgram */
  int builds;
} Cl;

static void cl_open(Cl *cl) {
  memset(cl, 0, sizeof *cl);
#ifdef LLMC_TEST_HAVE_OPENCL
  cl_platform_id plat;
  cl_uint np = 0;
  if (clGetPlatformIDs(1, &plat, &np) != CL_SUCCESS || np == 0) {
    snprintf(cl->why, sizeof cl->why, "no OpenCL platform");
    return;
  }
  if (clGetDeviceIDs(plat, CL_DEVICE_TYPE_ALL, 1, &cl->dev, NULL) != CL_SUCCESS) {
    snprintf(cl->why, sizeof cl->why, "no OpenCL device");
    return;
  }
  cl_int e;
  cl->ctx = clCreateContext(NULL, 1, &cl->dev, NULL, NULL, &e);
  if (e != CL_SUCCESS) {
    snprintf(cl->why, sizeof cl->why, "clCreateContext failed (%d)", e);
    return;
  }
  cl->q = clCreateCommandQueue(cl->ctx, cl->dev, 0, &e);
  cr_assert_eq(e, CL_SUCCESS, "clCreateCommandQueue: %d", e);
  cl->ok = true;
#else
  snprintf(cl->why, sizeof cl->why, "built without OpenCL");
#endif
}

static void cl_close(Cl *cl) {
#ifdef LLMC_TEST_HAVE_OPENCL
  if (!cl->ok) return;
  clReleaseCommandQueue(cl->q);
  clReleaseContext(cl->ctx);
#endif
  cl->ok = false;
}

#ifdef LLMC_TEST_HAVE_OPENCL
/* Builds src; fails the test with the build log and the source otherwise. */
static cl_program cl_build(Cl *cl, const char *src, const char *what) {
  cl_int e;
  cl_program p = clCreateProgramWithSource(cl->ctx, 1, &src, NULL, &e);
  cr_assert_eq(e, CL_SUCCESS, "%s: clCreateProgramWithSource: %d", what, e);
  double t0 = now_s();
  e = clBuildProgram(p, 1, &cl->dev, "-cl-std=CL1.2", NULL, NULL);
  cl->build_s += now_s() - t0;
  cl->builds++;
  if (e != CL_SUCCESS) {
    size_t n = 0;
    clGetProgramBuildInfo(p, cl->dev, CL_PROGRAM_BUILD_LOG, 0, NULL, &n);
    char *log = calloc(n + 1, 1);
    clGetProgramBuildInfo(p, cl->dev, CL_PROGRAM_BUILD_LOG, n, log, NULL);
    cr_assert_fail("%s: OpenCL build failed (%d):\n%s\n--- source ---\n%.6000s", what, e, log, src);
  }
  return p;
}
#endif

/* ---- NVRTC ------------------------------------------------------------------------------- */

typedef struct Nv {
  double compile_s;
  int compiles;
} Nv;

static bool nvrtc_available(void) {
#ifdef LLMC_TEST_HAVE_NVRTC
  return true;
#else
  return false;
#endif
}

/* Compiles a CUDA source to PTX for compute_80 and compute_90. */
static void nv_compile(Nv *nv, const char *src, const char *what) {
#ifdef LLMC_TEST_HAVE_NVRTC
  static const char *const arch[] = {"--gpu-architecture=compute_80", "--gpu-architecture=compute_90"};
  for (int a = 0; a < 2; a++) {
    nvrtcProgram p;
    cr_assert_eq(nvrtcCreateProgram(&p, src, "kernel.cu", 0, NULL, NULL), NVRTC_SUCCESS);
    const char *opts[] = {arch[a]};
    double t0 = now_s();
    nvrtcResult r = nvrtcCompileProgram(p, 1, opts);
    nv->compile_s += now_s() - t0;
    nv->compiles++;
    if (r != NVRTC_SUCCESS) {
      size_t n = 0;
      nvrtcGetProgramLogSize(p, &n);
      char *log = calloc(n + 1, 1);
      nvrtcGetProgramLog(p, log);
      cr_assert_fail("%s: NVRTC (%s) failed: %s\n%s\n--- source ---\n%.6000s", what, arch[a], nvrtcGetErrorString(r), log, src);
    }
    size_t ptx = 0;
    nvrtcGetPTXSize(p, &ptx);
    cr_assert_gt(ptx, 1, "%s: empty PTX", what);
    nvrtcDestroyProgram(&p);
  }
#else
  (void)nv;
  (void)src;
  (void)what;
#endif
}

/* ---- reference values ------------------------------------------------------------------ */

/* How to fill the leaves of a graph. */
typedef struct Fill {
  double lo, hi;       /* floats uniform in [lo, hi) */
  int64_t ilo, ihi;    /* i32 uniform in [ilo, ihi) */
} Fill;

static const Fill FILL_DEFAULT = {-2, 2, 0, 4};

static uint64_t rng_next(uint64_t *s) {
  *s = *s * 6364136223846793005ULL + 1442695040888963407ULL;
  return *s >> 11;
}

/* Inputs and params for every leaf of g: shapes from `symv` (binding of the
 * shape variables), values from fill. */
static void make_leaves(const Graph *g, const int64_t *symv, const Fill *fill, uint64_t seed, TensorList *inputs,
                        TensorList *params) {
  uint64_t st = seed * 7919 + 1;
  for (int32_t id = 0; id < g->nodes.n; id++) {
    const IrNode *n = ir_node(g, id);
    if (n->op != OP_INPUT && n->op != OP_PARAM) continue;
    int64_t shape[IR_MAX_RANK];
    for (int k = 0; k < n->rank; k++) shape[k] = ir_dim_eval(n->shape[k], symv);
    Tensor *t = tensor_new(n->name, n->dtype, n->rank, shape);
    for (int64_t i = 0; i < tensor_numel(t); i++) {
      double u = (double)rng_next(&st) / 9007199254740992.0;
      if (n->dtype == DT_I32) tensor_set(t, i, (double)(fill->ilo + (int64_t)(u * (double)(fill->ihi - fill->ilo))));
      else tensor_set(t, i, fill->lo + u * (fill->hi - fill->lo));
    }
    tl_add(n->op == OP_INPUT ? inputs : params, t);
  }
}

/* The interpreter's value of every node, as outputs "n<id>" (f32 mode). */
static TensorList reference(Graph *g, const TensorList *inputs, const TensorList *params, uint64_t seed) {
  for (int32_t id = 0; id < g->nodes.n; id++) {
    char name[32];
    snprintf(name, sizeof name, "n%d", id);
    ir_add_output(g, name, id);
  }
  TensorList out = {0};
  Diag d;
  char *msg = NULL;
  size_t len = 0;
  FILE *mem = open_memstream(&msg, &len);
  diag_init(&d, mem);
  InterpOptions o = {DT_F32, seed};
  bool ok = ir_interp(g, inputs, params, &o, &out, &d);
  diag_free(&d);
  fclose(mem);
  cr_assert(ok, "interpreter failed:\n%s", msg);
  free(msg);
  g->outputs.n -= g->nodes.n; /* drop the outputs added here */
  return out;
}

static const Tensor *value_of(const TensorList *vals, int32_t id) {
  char name[32];
  snprintf(name, sizeof name, "n%d", id);
  const Tensor *t = tl_find(vals, name);
  cr_assert(t, "no reference value for %%%d", id);
  return t;
}

/* Compares got with want (bit for bit when `exact`); prints the first
 * mismatches with their indices. */
static void expect_close(const Tensor *got, const Tensor *want, bool exact, const char *what) {
  int64_t n = tensor_numel(want);
  double rtol = want->dtype == DT_F16 ? 2e-3 : want->dtype == DT_BF16 ? 1.6e-2 : want->dtype == DT_I32 ? 0 : 1e-5;
  double atol = want->dtype == DT_I32 ? 0 : 1e-6;
  if (exact) rtol = atol = 0;
  int bad = 0;
  char first[600] = "";
  size_t k = 0;
  for (int64_t i = 0; i < n; i++) {
    double g = tensor_get(got, i), w = tensor_get(want, i);
    bool same = (isnan(g) && isnan(w)) || g == w || fabs(g - w) <= rtol * fabs(w) + atol;
    if (!same && bad++ < 5 && k < sizeof first - 100)
      k += (size_t)snprintf(first + k, sizeof first - k, "  [%lld] got %.9g, want %.9g\n", (long long)i, g, w);
  }
  cr_assert_eq(bad, 0, "%s: %d of %lld elements differ, first:\n%s", what, bad, (long long)n, first);
}

#ifdef LLMC_TEST_HAVE_OPENCL
/* Runs kernel k from program p on the reference values of its inputs and
 * compares each output with the reference. */
static void cl_run_compare(Cl *cl, cl_program p, const Graph *g, const Kernel *k, const TensorList *vals,
                           const int64_t *symv, uint64_t seed, bool exact, const char *what) {
  cl_int e;
  cl_kernel kr = clCreateKernel(p, k->name, &e);
  cr_assert_eq(e, CL_SUCCESS, "%s: clCreateKernel(%s): %d", what, k->name, e);
  cl_mem mem[64] = {0};
  cr_assert_lt(k->nargs, 64);
  for (int a = 0; a < k->nargs; a++) {
    const KArg *ka = &k->args[a];
    switch (ka->kind) {
    case KARG_IN: {
      const Tensor *t = value_of(vals, ka->node);
      cr_assert_eq(t->dtype, ka->dtype, "%s: argument %d: reference %s, kernel %s", what, a, dtype_name(t->dtype),
                   dtype_name(ka->dtype));
      size_t nb = tensor_nbytes(t);
      mem[a] = clCreateBuffer(cl->ctx, CL_MEM_READ_ONLY | (nb ? CL_MEM_COPY_HOST_PTR : 0), nb ? nb : 4,
                              nb ? t->data : NULL, &e);
      cr_assert_eq(e, CL_SUCCESS);
      e = clSetKernelArg(kr, (cl_uint)a, sizeof(cl_mem), &mem[a]);
      break;
    }
    case KARG_OUT: {
      const Tensor *t = value_of(vals, ka->node);
      size_t nb = tensor_nbytes(t);
      mem[a] = clCreateBuffer(cl->ctx, CL_MEM_READ_WRITE, nb ? nb : 4, NULL, &e);
      cr_assert_eq(e, CL_SUCCESS);
      e = clSetKernelArg(kr, (cl_uint)a, sizeof(cl_mem), &mem[a]);
      break;
    }
    case KARG_SYM: {
      cl_int v = (cl_int)symv[ka->sym];
      e = clSetKernelArg(kr, (cl_uint)a, sizeof v, &v);
      break;
    }
    case KARG_SEED: {
      cl_ulong v = seed;
      e = clSetKernelArg(kr, (cl_uint)a, sizeof v, &v);
      break;
    }
    }
    cr_assert_eq(e, CL_SUCCESS, "%s: clSetKernelArg %d: %d", what, a, e);
  }
  int64_t items = ir_dim_eval(k->items, symv);
  cr_assert_geq(items, 0);
  if (items > 0) {
    size_t local = (size_t)k->local, global = ((size_t)items + local - 1) / local * local;
    e = clEnqueueNDRangeKernel(cl->q, kr, 1, NULL, &global, &local, 0, NULL, NULL);
    cr_assert_eq(e, CL_SUCCESS, "%s: clEnqueueNDRangeKernel: %d", what, e);
  }
  cr_assert_eq(clFinish(cl->q), CL_SUCCESS);
  for (int a = 0; a < k->nargs; a++) {
    const KArg *ka = &k->args[a];
    if (ka->kind != KARG_OUT) continue;
    const Tensor *want = value_of(vals, ka->node);
    Tensor *got = tensor_new("got", want->dtype, want->rank, want->shape);
    if (tensor_nbytes(got))
      cr_assert_eq(clEnqueueReadBuffer(cl->q, mem[a], CL_TRUE, 0, tensor_nbytes(got), got->data, 0, NULL, NULL),
                   CL_SUCCESS);
    char w[700];
    snprintf(w, sizeof w, "%s: %s (output %%%d)", what, k->name, ka->node);
    expect_close(got, want, exact, w);
    tensor_free(got);
  }
  for (int a = 0; a < k->nargs; a++)
    if (mem[a]) clReleaseMemObject(mem[a]);
  clReleaseKernel(kr);
}
#endif

#endif
