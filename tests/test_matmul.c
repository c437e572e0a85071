/* test_matmul.c — the matmul kernels: the CPU kernel (CgOptions.cpu: float16
 * register blocks, B read as row segments, B^T transposed in registers,
 * anything else through value_at) and the GPU tiled kernel, for every operand
 * layout, odd and symbolic sizes, batches, half-precision operands and
 * elementwise epilogues (bias + gelu, scale, residual) fused into the kernel.
 *
 * Each group is generated with cpu = false and cpu = true in both dialects;
 * the CUDA sources are compiled by NVRTC (PTX, no GPU needed), the OpenCL
 * ones built and run on the first OpenCL platform (PoCL on a CPU here) at
 * several bindings of the shape variables and compared with ir_interp
 * (f32: |got - want| <= 1e-5 |want| + 1e-6). Either toolchain missing: those
 * checks skip themselves with a message. The harness is test_codegen.c's. */
#define _POSIX_C_SOURCE 200809L
#define CL_TARGET_OPENCL_VERSION 120
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <criterion/criterion.h>

#include "codegen.h"
#include "interp.h"

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

/* ---- checking one group ------------------------------------------------------------------ */

static int32_t in_f(Graph *g, const char *name, DType dt, int rank, const Dim *s) { return ir_input(g, name, dt, rank, s, SP); }

typedef struct Expect {
  const char *cpu_has;    /* the CPU kernel's source contains this (NULL: no check) */
  const char *cpu_lacks;  /* ... and not this */
} Expect;

/* The group `nodes` of g (every node that is not a leaf when n == 0) as one
 * kernel, with cpu = false and true, in both dialects: NVRTC compiles the CUDA
 * sources, OpenCL runs its kernels at each of the nb bindings of the shape
 * variables (NULL: none) against the interpreter. */
static void check_group(Graph *g, const int32_t *nodes, int n, const int64_t *bindings, int nb, Expect ex,
                        const char *what) {
  int32_t all[64];
  if (n == 0) {
    for (int32_t id = 0; id < g->nodes.n; id++) {
      OpKind op = ir_node(g, id)->op;
      if (op != OP_INPUT && op != OP_PARAM) all[n++] = id;
    }
    nodes = all;
  }
  Cl cl;
  cl_open(&cl);
  Nv nv = {0};
  int runs = 0;
  Kernel *ks[2];
  for (int cpu = 0; cpu < 2; cpu++) {
    CgOptions o = {.cpu = cpu};
    Diag d;
    diag_init(&d, stderr);
    Kernel *ko = cg_kernel_opts(g, nodes, n, DIALECT_OPENCL, &o, &d);
    Kernel *kc = cg_kernel_opts(g, nodes, n, DIALECT_CUDA, &o, &d);
    diag_free(&d);
    cr_assert(ko && kc, "%s: no kernel (cpu=%d)", what, cpu);
    /* the matmul kernels: work groups of one item on a CPU, 256 cooperating ones on a GPU */
    cr_expect_eq(ko->local, cpu ? 1 : 256, "%s (cpu=%d): local %d", what, cpu, ko->local);
    cr_expect_eq(ko->exact_local, !cpu, "%s (cpu=%d)", what, cpu);
    cr_expect_eq(kc->local, 256, "%s: CUDA always gets the tiled kernel", what);
    if (cpu && ex.cpu_has) cr_expect(strstr(ko->source, ex.cpu_has), "%s: no '%s' in\n%s", what, ex.cpu_has, ko->source);
    if (cpu && ex.cpu_lacks) cr_expect(!strstr(ko->source, ex.cpu_lacks), "%s: '%s' in\n%s", what, ex.cpu_lacks, ko->source);
    if (getenv("LLMC_MM_DUMP")) fprintf(stderr, "---- %s (cpu=%d)\n%s\n", what, cpu, ko->source);
    char w[300];
    snprintf(w, sizeof w, "%s (cpu=%d, CUDA)", what, cpu);
    nv_compile(&nv, kc->source, w);
    cg_kernel_free(kc);
    ks[cpu] = ko;
  }
#ifdef LLMC_TEST_HAVE_OPENCL
  if (cl.ok) {
    cl_program p[2];
    for (int cpu = 0; cpu < 2; cpu++) {
      char w[300];
      snprintf(w, sizeof w, "%s (cpu=%d)", what, cpu);
      p[cpu] = cl_build(&cl, ks[cpu]->source, w);
    }
    int nsym = g->syms.n;
    for (int b = 0; b < (bindings ? nb : 1); b++) {
      const int64_t *symv = bindings ? bindings + (size_t)b * (size_t)nsym : NULL;
      TensorList inputs = {0}, params = {0};
      Fill fill = FILL_DEFAULT;
      make_leaves(g, symv, &fill, 11 + (uint64_t)b, &inputs, &params);
      TensorList vals = reference(g, &inputs, &params, 7);
      for (int cpu = 0; cpu < 2; cpu++) {
        char w[300];
        int k = snprintf(w, sizeof w, "%s (cpu=%d) [", what, cpu);
        for (int s = 0; s < nsym; s++)
          k += snprintf(w + k, sizeof w - (size_t)k, "%s%s=%lld", s ? " " : "", g->syms.v[s], (long long)symv[s]);
        snprintf(w + k, sizeof w - (size_t)k, "]");
        cl_run_compare(&cl, p[cpu], g, ks[cpu], &vals, symv, 7, false, w);
        runs++;
      }
      tl_free(&vals);
      tl_free(&inputs);
      tl_free(&params);
    }
    clReleaseProgram(p[0]);
    clReleaseProgram(p[1]);
  }
#endif
  fprintf(stderr, "matmul %s: OpenCL %s%d builds in %.2f s, %d runs; NVRTC %s%d compiles in %.2f s\n", what,
          cl.ok ? "" : "SKIPPED, ", cl.builds, cl.build_s, runs, nvrtc_available() ? "" : "SKIPPED, ", nv.compiles,
          nv.compile_s);
  cl_close(&cl);
  cg_kernel_free(ks[0]);
  cg_kernel_free(ks[1]);
}

/* Bindings of (M, K, N): sizes 1, 3, 17, 257 and N not a multiple of 16. */
static const int64_t MKN[] = {1, 1, 1, /**/ 3, 17, 5, /**/ 17, 3, 257, /**/ 257, 33, 65, /**/ 20, 40, 32, /**/ 9, 16, 48};
#define NMKN ((int)(sizeof MKN / sizeof MKN[0] / 3))

/* ---- layouts --------------------------------------------------------------------------- */

/* A [M, K] @ B [K, N], both row-major buffers. */
Test(matmul, rows) {
  Graph *g = ir_graph_new();
  Dim M = V(g, "M"), K = V(g, "K"), N = V(g, "N");
  int32_t a = in_f(g, "a", DT_F32, 2, DIMS(M, K)), b = in_f(g, "b", DT_F32, 2, DIMS(K, N));
  ir_add_output(g, "c", ir_matmul(g, a, b, SP));
  check_group(g, NULL, 0, MKN, NMKN, (Expect){"vload16(0, x", NULL}, "A @ B");
  ir_graph_free(g);
}

/* A^T @ B: A stored [K, M] (the weight gradient's layout). */
Test(matmul, a_transposed) {
  Graph *g = ir_graph_new();
  Dim M = V(g, "M"), K = V(g, "K"), N = V(g, "N");
  int32_t x = in_f(g, "x", DT_F32, 2, DIMS(K, M)), b = in_f(g, "b", DT_F32, 2, DIMS(K, N));
  int32_t a = ir_permute(g, x, (int[]){1, 0}, SP);
  ir_add_output(g, "c", ir_matmul(g, a, b, SP));
  check_group(g, NULL, 0, MKN, NMKN, (Expect){"vload16(0, x", NULL}, "A^T @ B");
  ir_graph_free(g);
}

/* A @ B^T: B stored [N, K] (the input gradient's layout). */
Test(matmul, b_transposed) {
  Graph *g = ir_graph_new();
  Dim M = V(g, "M"), K = V(g, "K"), N = V(g, "N");
  int32_t a = in_f(g, "a", DT_F32, 2, DIMS(M, K)), y = in_f(g, "y", DT_F32, 2, DIMS(N, K));
  int32_t b = ir_permute(g, y, (int[]){1, 0}, SP);
  ir_add_output(g, "c", ir_matmul(g, a, b, SP));
  check_group(g, NULL, 0, MKN, NMKN, (Expect){"transposed in registers", NULL}, "A @ B^T");
  ir_graph_free(g);
}

/* Both transposed, constant sizes (two full tiles of 16 k each and a rest). */
Test(matmul, both_transposed_constant) {
  Graph *g = ir_graph_new();
  int32_t x = in_f(g, "x", DT_F32, 2, DIMS(C(37), C(24))), y = in_f(g, "y", DT_F32, 2, DIMS(C(40), C(37)));
  int32_t a = ir_permute(g, x, (int[]){1, 0}, SP), b = ir_permute(g, y, (int[]){1, 0}, SP);
  ir_add_output(g, "c", ir_matmul(g, a, b, SP));
  check_group(g, NULL, 0, NULL, 0, (Expect){"transposed in registers", NULL}, "A^T @ B^T");
  ir_graph_free(g);
}

/* Batched, rank 3 and rank 4 (attention: q @ k^T, then p @ v). */
Test(matmul, batched) {
  Graph *g = ir_graph_new();
  Dim Bt = V(g, "B"), T = V(g, "T");
  int32_t a = in_f(g, "a", DT_F32, 3, DIMS(Bt, T, C(20))), b = in_f(g, "b", DT_F32, 3, DIMS(Bt, C(20), C(17)));
  ir_add_output(g, "c", ir_matmul(g, a, b, SP));
  int64_t bind[] = {1, 1, /**/ 3, 17, /**/ 2, 33};
  check_group(g, NULL, 0, bind, 3, (Expect){"vload16", NULL}, "batched A @ B");
  ir_graph_free(g);

  g = ir_graph_new();
  Bt = V(g, "B");
  T = V(g, "T");
  int32_t q = in_f(g, "q", DT_F32, 4, DIMS(Bt, C(3), T, C(18)));
  int32_t k = in_f(g, "k", DT_F32, 4, DIMS(Bt, C(3), T, C(18)));
  ir_add_output(g, "s", ir_matmul(g, q, ir_permute(g, k, (int[]){0, 1, 3, 2}, SP), SP));
  check_group(g, NULL, 0, bind, 3, (Expect){"transposed in registers", NULL}, "batched q @ k^T");
  ir_graph_free(g);
}

/* Operands through other views and in-group ops: the value_at path. */
Test(matmul, views) {
  Graph *g = ir_graph_new();
  Dim M = V(g, "M"), K = V(g, "K"), N = V(g, "N");
  in_f(g, "dims", DT_F32, 3, DIMS(M, K, N)); /* binds the shape variables */
  /* A: a slice (every other row) of a bigger input; B: a broadcast row times 2 */
  int32_t x = in_f(g, "x", DT_F32, 2, DIMS(dim_mul(M, C(2)), K));
  int32_t a = ir_slice(g, x, DIMS(C(1), C(0)), (int64_t[]){2, 1}, DIMS(M, K), SP);
  int32_t r = in_f(g, "r", DT_F32, 3, DIMS(C(2), K, N));
  int32_t rb = ir_reshape(g, r, 3, DIMS(C(2), K, N), SP);
  int32_t bw = in_f(g, "w", DT_F32, 2, DIMS(K, N));
  int32_t b3 = ir_expand(g, ir_reshape(g, ir_binary(g, OP_MUL, bw, ir_const(g, 2.0, DT_F32, 2, DIMS(K, N), SP), SP), 3,
                                       DIMS(C(1), K, N), SP),
                         3, DIMS(C(2), K, N), SP);
  int32_t a3 = ir_expand(g, ir_reshape(g, a, 3, DIMS(C(1), M, K), SP), 3, DIMS(C(2), M, K), SP);
  ir_add_output(g, "c", ir_matmul(g, a3, ir_binary(g, OP_ADD, b3, rb, SP), SP));
  check_group(g, NULL, 0, MKN, NMKN, (Expect){NULL, "vload16"}, "views");
  ir_graph_free(g);
}

/* f16 and bf16 operands and results (read and rounded through value_at). */
Test(matmul, half) {
  Graph *g = ir_graph_new();
  Dim M = V(g, "M"), K = V(g, "K"), N = V(g, "N");
  int32_t a = in_f(g, "a", DT_F16, 2, DIMS(M, K)), b = in_f(g, "b", DT_F16, 2, DIMS(K, N));
  ir_add_output(g, "c", ir_matmul(g, a, b, SP));
  check_group(g, NULL, 0, MKN, 4, (Expect){"llmc_f2h", "vload16"}, "f16");
  ir_graph_free(g);
  g = ir_graph_new();
  int32_t c = in_f(g, "c", DT_BF16, 2, DIMS(C(19), C(21))), d = in_f(g, "d", DT_BF16, 2, DIMS(C(21), C(35)));
  ir_add_output(g, "e", ir_matmul(g, c, d, SP));
  check_group(g, NULL, 0, NULL, 0, (Expect){"llmc_f2bf", NULL}, "bf16");
  ir_graph_free(g);
}

/* Moderate constant sizes like the model's (full tiles, several k chunks). */
Test(matmul, model_like) {
  Graph *g = ir_graph_new();
  int32_t a = in_f(g, "a", DT_F32, 2, DIMS(C(96), C(128))), b = in_f(g, "b", DT_F32, 2, DIMS(C(128), C(65)));
  ir_add_output(g, "c", ir_matmul(g, a, b, SP));
  check_group(g, NULL, 0, NULL, 0, (Expect){"vload16", NULL}, "[96,128] @ [128,65]");
  ir_graph_free(g);
  g = ir_graph_new();
  int32_t x = in_f(g, "x", DT_F32, 2, DIMS(C(96), C(64))), y = in_f(g, "y", DT_F32, 2, DIMS(C(96), C(80)));
  ir_add_output(g, "c", ir_matmul(g, ir_permute(g, x, (int[]){1, 0}, SP), y, SP));
  check_group(g, NULL, 0, NULL, 0, (Expect){"vload16", NULL}, "[96,64]^T @ [96,80]");
  ir_graph_free(g);
}

/* ---- epilogues ---------------------------------------------------------------------------- */

/* [matmul, expand(bias), add, gelu]: one kernel storing gelu (and, when asked,
 * the pre-activation too). */
Test(matmul, bias_gelu) {
  Graph *g = ir_graph_new();
  Dim M = V(g, "M"), K = V(g, "K"), N = V(g, "N");
  int32_t a = in_f(g, "a", DT_F32, 2, DIMS(M, K)), w = in_f(g, "w", DT_F32, 2, DIMS(K, N));
  int32_t bias = in_f(g, "bias", DT_F32, 2, DIMS(C(1), N));
  int32_t mm = ir_matmul(g, a, w, SP);
  int32_t be = ir_expand(g, bias, 2, DIMS(M, N), SP);
  int32_t h = ir_binary(g, OP_ADD, mm, be, SP);
  int32_t y = ir_unary(g, OP_GELU, h, SP);
  ir_add_output(g, "y", y);
  int32_t group[] = {mm, be, h, y};
  check_group(g, group, 4, MKN, NMKN, (Expect){"vstore16", NULL}, "bias + gelu");
  ir_add_output(g, "h", h); /* two outputs: h and y */
  check_group(g, group, 4, MKN, 3, (Expect){"vstore16", NULL}, "bias + gelu, two outputs");
  ir_graph_free(g);
}

/* [matmul, mul(scale)] of a batched q @ k^T, and [matmul, add(residual)]. */
Test(matmul, scale_and_residual) {
  Graph *g = ir_graph_new();
  Dim Bt = V(g, "B"), T = V(g, "T");
  int32_t q = in_f(g, "q", DT_F32, 3, DIMS(Bt, T, C(24))), k = in_f(g, "k", DT_F32, 3, DIMS(Bt, T, C(24)));
  int32_t kt = ir_permute(g, k, (int[]){0, 2, 1}, SP);
  int32_t s = ir_matmul(g, q, kt, SP);
  int32_t sc = ir_const(g, 0.125, DT_F32, 3, DIMS(Bt, T, T), SP);
  int32_t y = ir_binary(g, OP_MUL, s, sc, SP);
  ir_add_output(g, "y", y);
  int32_t group[] = {kt, s, sc, y};
  int64_t bind[] = {1, 1, /**/ 2, 17, /**/ 3, 40};
  check_group(g, group, 4, bind, 3, (Expect){"transposed in registers", NULL}, "scale");
  ir_graph_free(g);

  g = ir_graph_new();
  Dim M = V(g, "M"), K = V(g, "K"), N = V(g, "N");
  int32_t a = in_f(g, "a", DT_F32, 2, DIMS(M, K)), w = in_f(g, "w", DT_F32, 2, DIMS(K, N));
  int32_t res = in_f(g, "res", DT_F32, 2, DIMS(M, N));
  int32_t mm = ir_matmul(g, a, w, SP);
  int32_t out = ir_binary(g, OP_ADD, res, mm, SP);
  ir_add_output(g, "out", out);
  int32_t group2[] = {mm, out};
  check_group(g, group2, 2, MKN, NMKN, (Expect){"vstore16", NULL}, "residual");
  ir_graph_free(g);
}

/* Groups that are not matmul kernels still lower (one work item per element). */
Test(matmul, not_a_matmul_kernel) {
  Graph *g = ir_graph_new();
  int32_t a = in_f(g, "a", DT_F32, 2, DIMS(C(5), C(7))), b = in_f(g, "b", DT_F32, 2, DIMS(C(7), C(6)));
  int32_t mm = ir_matmul(g, a, b, SP);
  int32_t t = ir_permute(g, mm, (int[]){1, 0}, SP); /* not elementwise in the matmul */
  ir_add_output(g, "t", t);
  int32_t group[] = {mm, t};
  CgOptions o = {.cpu = true};
  Kernel *k = cg_kernel_opts(g, group, 2, DIALECT_OPENCL, &o, NULL);
  cr_assert(k);
  cr_expect_eq(k->local, 64);
  cr_expect(!strstr(k->source, "vload16"));
  cg_kernel_free(k);
  ir_graph_free(g);
}
