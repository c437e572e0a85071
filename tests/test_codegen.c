/* test_codegen.c — kernel generation: every op in both dialects, compiled
 * with the real toolchains and run against the reference interpreter.
 *
 * For each graph below (built with the ir_* builders), every node that is not
 * a leaf gets a kernel in OpenCL C and in CUDA C. Each CUDA kernel is compiled
 * on its own by NVRTC for compute_80 and compute_90 (PTX; no GPU needed); each
 * OpenCL kernel is built on its own on the first OpenCL platform (PoCL on a
 * CPU here) and run by a small host harness on the interpreter's values of its
 * operands, and its result is compared with the interpreter's value of the
 * node (f32: |got - want| <= 1e-5 |want| + 1e-6; i32 exactly; f16 and bf16 to
 * their precision). Sizes 1, 3, 17 and 257 cover the edge cases of the index
 * arithmetic; symbolic graphs run one build at two bindings of their dims.
 * The last tests do the same for every node of examples/gpt_char.llm's loss
 * graph after autodiff and simplify, with all kernels in one program (which
 * also checks that kernel sources concatenate).
 *
 * Without an OpenCL platform or NVRTC the corresponding checks are skipped
 * with a message; generation itself is always tested. LLMC_CG_DUMP=FILE
 * appends the whole-model OpenCL programs to FILE, for reading. */
#include "kernel_harness.h"

/* ---- checking every node of a graph --------------------------------------------------- */

typedef struct Check {
  Cl cl;
  Nv nv;
  int kernels;      /* generated (both dialects count once) */
  int runs;         /* OpenCL kernels executed and compared */
  bool batch;       /* one program per dialect for the whole graph */
  bool exact;       /* results must equal the interpreter's bit for bit */
  Diag *sources;    /* the front end's Diag, for file:line in comments (or NULL) */
  int with_lines;   /* kernels whose comment cites a .llm line */
  const CgOptions *opts;
} Check;

static void check_open(Check *ck) {
  memset(ck, 0, sizeof *ck);
  cl_open(&ck->cl);
}

static void check_report(Check *ck, const char *what) {
  fprintf(stderr, "codegen %s: %d kernels; OpenCL: %s%d builds in %.2f s, %d runs; NVRTC: %s%d compiles in %.2f s\n",
          what, ck->kernels, ck->cl.ok ? "" : "SKIPPED (", ck->cl.builds, ck->cl.build_s, ck->runs,
          nvrtc_available() ? "" : "SKIPPED (", ck->nv.compiles, ck->nv.compile_s);
  if (!ck->cl.ok) fprintf(stderr, "  OpenCL skipped: %s\n", ck->cl.why);
  if (!nvrtc_available()) fprintf(stderr, "  NVRTC skipped: built without the CUDA toolkit\n");
  cl_close(&ck->cl);
}

/* Generates, compiles and (OpenCL) runs a kernel for every non-leaf node of
 * g at each of `nb` bindings of its shape variables (the sources are built
 * once, from the first binding's point of view they are all the same). */
/* Equal kernels have equal names: a program holds one source per name. */
static bool first_of_name(Kernel *const *k, int i) {
  for (int j = 0; j < i; j++)
    if (!strcmp(k[j]->name, k[i]->name)) return false;
  return true;
}

static void check_graph(Check *ck, Graph *g, const int64_t *bindings, int nb, const Fill *fill, const char *what) {
  int nsym = g->syms.n;
  Diag own;
  diag_init(&own, stderr);
  Diag *d = ck->sources ? ck->sources : &own;
  VEC(Kernel *) ocl = {0};
  VEC(Kernel *) cu = {0};
  for (int32_t id = 0; id < g->nodes.n; id++) {
    OpKind op = ir_node(g, id)->op;
    if (op == OP_INPUT || op == OP_PARAM) continue;
    Kernel *a = cg_kernel_opts(g, &id, 1, DIALECT_OPENCL, ck->opts, d);
    Kernel *b = cg_kernel_opts(g, &id, 1, DIALECT_CUDA, ck->opts, d);
    cr_assert(a && b, "%s: no kernel for %%%d (%s)", what, id, op_name(op));
    cr_assert_str_eq(a->label, b->label);
    cr_assert_eq(a->nargs, b->nargs);
    ck->with_lines += strstr(a->source, ".llm:") != NULL;
    vec_push(&ocl, a);
    vec_push(&cu, b);
    ck->kernels++;
  }
  diag_free(&own);
  /* CUDA: compile */
  if (nvrtc_available()) {
    if (ck->batch) {
      StrBuf all = {0};
      for (int i = 0; i < cu.n; i++)
        if (first_of_name(cu.v, i)) sb_puts(&all, cu.v[i]->source);
      nv_compile(&ck->nv, sb_cstr(&all), what);
      sb_free(&all);
    } else {
      for (int i = 0; i < cu.n; i++) {
        char w[300];
        snprintf(w, sizeof w, "%s: %s", what, cu.v[i]->name);
        nv_compile(&ck->nv, cu.v[i]->source, w);
      }
    }
  }
#ifdef LLMC_TEST_HAVE_OPENCL
  if (ck->cl.ok) {
    cl_program batch = NULL;
    cl_program *progs = calloc((size_t)ocl.n + 1, sizeof *progs);
    if (ck->batch) {
      StrBuf all = {0};
      for (int i = 0; i < ocl.n; i++)
        if (first_of_name(ocl.v, i)) sb_puts(&all, ocl.v[i]->source);
      const char *dump = getenv("LLMC_CG_DUMP"); /* LLMC_CG_DUMP=FILE: keep the program for reading */
      FILE *df = dump ? fopen(dump, "a") : NULL;
      if (df) {
        fputs(sb_cstr(&all), df);
        fclose(df);
      }
      batch = cl_build(&ck->cl, sb_cstr(&all), what);
      sb_free(&all);
    } else {
      for (int i = 0; i < ocl.n; i++) {
        char w[300];
        snprintf(w, sizeof w, "%s: %s", what, ocl.v[i]->name);
        progs[i] = cl_build(&ck->cl, ocl.v[i]->source, w);
      }
    }
    for (int b = 0; b < nb; b++) {
      const int64_t *symv = bindings ? bindings + (size_t)b * (size_t)nsym : NULL;
      TensorList inputs = {0}, params = {0};
      make_leaves(g, symv, fill, 11 + (uint64_t)b, &inputs, &params);
      uint64_t seed = 1234 + (uint64_t)b;
      TensorList vals = reference(g, &inputs, &params, seed);
      for (int i = 0; i < ocl.n; i++) {
        char w[300];
        int k = snprintf(w, sizeof w, "%s [", what);
        for (int s = 0; s < nsym; s++)
          k += snprintf(w + k, sizeof w - (size_t)k, "%s%s=%lld", s ? " " : "", g->syms.v[s], (long long)symv[s]);
        snprintf(w + k, sizeof w - (size_t)k, "]");
        cl_run_compare(&ck->cl, batch ? batch : progs[i], g, ocl.v[i], &vals, symv, seed, ck->exact, w);
        ck->runs++;
      }
      tl_free(&vals);
      tl_free(&inputs);
      tl_free(&params);
    }
    for (int i = 0; i < ocl.n; i++)
      if (progs[i]) clReleaseProgram(progs[i]);
    if (batch) clReleaseProgram(batch);
    free(progs);
  }
#else
  (void)bindings;
  (void)nb;
  (void)fill;
#endif
  for (int i = 0; i < ocl.n; i++) {
    cg_kernel_free(ocl.v[i]);
    cg_kernel_free(cu.v[i]);
  }
  vec_free(&ocl);
  vec_free(&cu);
}

/* ---- one small graph per op ------------------------------------------------------------------ */

/* Builds a graph for size n (1, 3, 17, 257); fill describes its inputs. */
typedef void (*Builder)(Graph *g, int64_t n, Fill *fill);

static int32_t in_f(Graph *g, const char *name, DType dt, int rank, const Dim *s) { return ir_input(g, name, dt, rank, s, SP); }

static void b_unary(Graph *g, int64_t n, OpKind op, DType dt) {
  int32_t x = in_f(g, "x", dt, 2, DIMS(C(n), C(3)));
  ir_add_output(g, "out", ir_unary(g, op, x, SP));
}
static void b_binary(Graph *g, int64_t n, OpKind op, DType dt) {
  int32_t x = in_f(g, "x", dt, 2, DIMS(C(3), C(n))), y = in_f(g, "y", dt, 2, DIMS(C(3), C(n)));
  ir_add_output(g, "out", ir_binary(g, op, x, y, SP));
}

#define UNARY(nm, op, dt, LO, HI)                                                                   \
  static void b_##nm(Graph *g, int64_t n, Fill *f) {                                                \
    f->lo = LO;                                                                                     \
    f->hi = HI;                                                                                     \
    f->ilo = -5;                                                                                    \
    f->ihi = 5;                                                                                     \
    b_unary(g, n, op, dt);                                                                          \
  }
UNARY(neg, OP_NEG, DT_F32, -2, 2)
UNARY(exp, OP_EXP, DT_F32, -5, 5)
UNARY(log, OP_LOG, DT_F32, 0.01, 5)
UNARY(sqrt, OP_SQRT, DT_F32, 0, 5)
UNARY(rsqrt, OP_RSQRT, DT_F32, 0.01, 5)
UNARY(abs, OP_ABS, DT_F32, -2, 2)
UNARY(sin, OP_SIN, DT_F32, -4, 4)
UNARY(cos, OP_COS, DT_F32, -4, 4)
UNARY(tanh, OP_TANH, DT_F32, -4, 4)
UNARY(sigmoid, OP_SIGMOID, DT_F32, -8, 8)
UNARY(relu, OP_RELU, DT_F32, -2, 2)
UNARY(gelu, OP_GELU, DT_F32, -6, 4)
UNARY(gelu_erf, OP_GELU_ERF, DT_F32, -6, 4)
UNARY(silu, OP_SILU, DT_F32, -8, 8)
UNARY(erf, OP_ERF, DT_F32, -3, 3)
UNARY(ineg, OP_NEG, DT_I32, 0, 0)
UNARY(iabs, OP_ABS, DT_I32, 0, 0)
UNARY(irelu, OP_RELU, DT_I32, 0, 0)
UNARY(exp_f16, OP_EXP, DT_F16, -3, 3)
UNARY(tanh_bf16, OP_TANH, DT_BF16, -3, 3)

#define BINARY(nm, op, dt, LO, HI, ILO, IHI)                                                        \
  static void b_##nm(Graph *g, int64_t n, Fill *f) {                                                \
    f->lo = LO;                                                                                     \
    f->hi = HI;                                                                                     \
    f->ilo = ILO;                                                                                   \
    f->ihi = IHI;                                                                                   \
    b_binary(g, n, op, dt);                                                                         \
  }
BINARY(add, OP_ADD, DT_F32, -2, 2, 0, 0)
BINARY(sub, OP_SUB, DT_F32, -2, 2, 0, 0)
BINARY(mul, OP_MUL, DT_F32, -2, 2, 0, 0)
BINARY(div, OP_DIV, DT_F32, 0.5, 2, 0, 0)
BINARY(pow, OP_POW, DT_F32, 0.1, 3, 0, 0)
BINARY(max, OP_MAX, DT_F32, -2, 2, 0, 0)
BINARY(min, OP_MIN, DT_F32, -2, 2, 0, 0)
BINARY(eq, OP_EQ, DT_I32, 0, 0, 0, 3)
BINARY(ne, OP_NE, DT_I32, 0, 0, 0, 3)
BINARY(lt, OP_LT, DT_F32, -1, 1, 0, 0)
BINARY(le, OP_LE, DT_I32, 0, 0, 0, 3)
BINARY(gt, OP_GT, DT_F32, -1, 1, 0, 0)
BINARY(ge, OP_GE, DT_I32, 0, 0, 0, 3)
BINARY(iadd, OP_ADD, DT_I32, 0, 0, -2000000000, 2000000000)
BINARY(isub, OP_SUB, DT_I32, 0, 0, -2000000000, 2000000000)
BINARY(imul, OP_MUL, DT_I32, 0, 0, -100000, 100000)
BINARY(imax, OP_MAX, DT_I32, 0, 0, -9, 9)
BINARY(imin, OP_MIN, DT_I32, 0, 0, -9, 9)
BINARY(add_f16, OP_ADD, DT_F16, -2, 2, 0, 0)
BINARY(mul_bf16, OP_MUL, DT_BF16, -2, 2, 0, 0)

/* i32 division and power: operands kept where the interpreter defines them */
static void b_idiv(Graph *g, int64_t n, Fill *f) {
  f->ilo = -50;
  f->ihi = 50;
  Dim *s = DIMS(C(n), C(4));
  int32_t x = in_f(g, "x", DT_I32, 2, s), y = in_f(g, "y", DT_I32, 2, s);
  int32_t one = ir_const(g, 1, DT_I32, 2, s, SP);
  int32_t den = ir_binary(g, OP_ADD, ir_unary(g, OP_ABS, y, SP), one, SP); /* >= 1 */
  int32_t sgn = ir_binary(g, OP_SUB, den, ir_const(g, 26, DT_I32, 2, s, SP), SP); /* nonzero? maybe 0 */
  int32_t safe = ir_where(g, sgn, sgn, one, SP);                               /* 0 -> 1 */
  ir_add_output(g, "out", ir_binary(g, OP_DIV, x, safe, SP));
}
static void b_ipow(Graph *g, int64_t n, Fill *f) {
  f->ilo = -3;
  f->ihi = 6;
  Dim *s = DIMS(C(n), C(2));
  int32_t x = in_f(g, "x", DT_I32, 2, s), e = in_f(g, "e", DT_I32, 2, s);
  int32_t one = ir_const(g, 1, DT_I32, 2, s, SP);
  int32_t base = ir_where(g, x, x, one, SP); /* never 0, so negative powers are defined */
  ir_add_output(g, "out", ir_binary(g, OP_POW, base, ir_binary(g, OP_SUB, e, one, SP), SP));
}
/* i32 wrap-around at the edges: INT_MIN / -1, -INT_MIN, big products */
static void b_iwrap(Graph *g, int64_t n, Fill *f) {
  Dim *s = DIMS(C(n));
  int32_t x = in_f(g, "x", DT_I32, 1, s);
  int32_t mn = ir_const(g, -2147483648.0, DT_I32, 1, s, SP), m1 = ir_const(g, -1, DT_I32, 1, s, SP);
  int32_t big = ir_binary(g, OP_ADD, mn, x, SP);
  int32_t q = ir_binary(g, OP_DIV, mn, m1, SP);
  int32_t ng = ir_unary(g, OP_NEG, big, SP), ab = ir_unary(g, OP_ABS, mn, SP);
  int32_t pw = ir_binary(g, OP_POW, ir_const(g, 7, DT_I32, 1, s, SP), ir_const(g, 40, DT_I32, 1, s, SP), SP);
  int32_t sum = ir_binary(g, OP_ADD, ir_binary(g, OP_ADD, ir_binary(g, OP_MUL, big, big, SP), q, SP),
                          ir_binary(g, OP_SUB, ng, ab, SP), SP);
  ir_add_output(g, "out", ir_binary(g, OP_ADD, sum, pw, SP));
}

static void b_where(Graph *g, int64_t n, Fill *f) {
  f->ilo = 0;
  f->ihi = 2;
  Dim *s = DIMS(C(n), C(5));
  int32_t c = in_f(g, "c", DT_I32, 2, s), a = in_f(g, "a", DT_F32, 2, s), b = in_f(g, "b", DT_F32, 2, s);
  ir_add_output(g, "out", ir_where(g, c, a, b, SP));
}

/* leaves */
static void b_leaves(Graph *g, int64_t n, Fill *f) {
  Dim *s = DIMS(C(2), C(n), C(3));
  ir_add_output(g, "c", ir_const(g, 0.1, DT_F32, 3, s, SP));
  ir_add_output(g, "ci", ir_const(g, -7, DT_I32, 3, s, SP));
  ir_add_output(g, "ch", ir_const(g, 0.1, DT_F16, 3, s, SP));
  ir_add_output(g, "cinf", ir_const(g, -INFINITY, DT_F32, 3, s, SP));
  ir_add_output(g, "io", ir_iota(g, DT_F32, 3, s, 1, SP));
  ir_add_output(g, "ii", ir_iota(g, DT_I32, 3, s, 2, SP));
  ir_add_output(g, "r", ir_rand(g, 3, s, 3, SP));
  ir_add_output(g, "r2", ir_rand(g, 1, DIMS(C(n)), 0, SP));
}

static void b_casts(Graph *g, int64_t n, Fill *f) {
  f->lo = -3e9;
  f->hi = 3e9;
  f->ilo = -100000;
  f->ihi = 100000;
  Dim *s = DIMS(C(n), C(4));
  int32_t x = in_f(g, "x", DT_F32, 2, s), y = in_f(g, "y", DT_I32, 2, s);
  ir_add_output(g, "a", ir_cast(g, x, DT_I32, SP));
  ir_add_output(g, "b", ir_cast(g, y, DT_F32, SP));
  int32_t h = ir_cast(g, ir_binary(g, OP_MUL, x, ir_const(g, 1e-5, DT_F32, 2, s, SP), SP), DT_F16, SP);
  ir_add_output(g, "c", ir_cast(g, h, DT_F32, SP));
  ir_add_output(g, "d", ir_cast(g, h, DT_I32, SP));
  int32_t bf = ir_cast(g, x, DT_BF16, SP);
  ir_add_output(g, "e", ir_cast(g, bf, DT_F32, SP));
  ir_add_output(g, "f", ir_cast(g, y, DT_F16, SP));
  ir_add_output(g, "g", ir_cast(g, ir_unary(g, OP_LOG, x, SP), DT_I32, SP)); /* NaN -> 0 */
}

/* reductions */
static void b_reduce(Graph *g, int64_t n, Fill *f) {
  Dim *s = DIMS(C(3), C(n), C(5));
  int32_t x = in_f(g, "x", DT_F32, 3, s);
  ir_add_output(g, "a", ir_reduce(g, OP_RSUM, x, 2, SP));
  ir_add_output(g, "b", ir_reduce(g, OP_RSUM, x, 5, SP));
  ir_add_output(g, "c", ir_reduce(g, OP_RSUM, x, 7, SP));
  ir_add_output(g, "d", ir_reduce(g, OP_RMAX, x, 2, SP));
  ir_add_output(g, "e", ir_reduce(g, OP_RMIN, x, 3, SP));
  ir_add_output(g, "f", ir_reduce(g, OP_ARGMAX, x, 2, SP));
  ir_add_output(g, "h", ir_reduce(g, OP_ARGMAX, x, 4, SP));
}
static void b_reduce_nan(Graph *g, int64_t n, Fill *f) {
  f->lo = -0.2; /* log of a negative: NaN in a few places */
  f->hi = 3;
  Dim *s = DIMS(C(n), C(9));
  int32_t x = ir_unary(g, OP_LOG, in_f(g, "x", DT_F32, 2, s), SP);
  ir_add_output(g, "a", ir_reduce(g, OP_RMAX, x, 2, SP));
  ir_add_output(g, "b", ir_reduce(g, OP_RMIN, x, 1, SP));
  ir_add_output(g, "c", ir_reduce(g, OP_ARGMAX, x, 2, SP));
  ir_add_output(g, "d", ir_binary(g, OP_MAX, x, ir_unary(g, OP_NEG, x, SP), SP));
}
static void b_reduce_int(Graph *g, int64_t n, Fill *f) {
  f->ilo = -2000000000;
  f->ihi = 2000000000;
  Dim *s = DIMS(C(n), C(6));
  int32_t x = in_f(g, "x", DT_I32, 2, s);
  ir_add_output(g, "a", ir_reduce(g, OP_RSUM, x, 3, SP));
  ir_add_output(g, "b", ir_reduce(g, OP_RMAX, x, 2, SP));
  ir_add_output(g, "c", ir_reduce(g, OP_RMIN, x, 1, SP));
  ir_add_output(g, "d", ir_reduce(g, OP_ARGMAX, x, 2, SP));
}
static void b_reduce_f16(Graph *g, int64_t n, Fill *f) {
  Dim *s = DIMS(C(n), C(7));
  ir_add_output(g, "a", ir_reduce(g, OP_RSUM, in_f(g, "x", DT_F16, 2, s), 2, SP));
  ir_add_output(g, "b", ir_reduce(g, OP_RMAX, in_f(g, "y", DT_BF16, 2, s), 1, SP));
}

/* contraction */
static void b_matmul(Graph *g, int64_t n, Fill *f) {
  int32_t a = in_f(g, "a", DT_F32, 2, DIMS(C(n), C(5))), b = in_f(g, "b", DT_F32, 2, DIMS(C(5), C(3)));
  ir_add_output(g, "out", ir_matmul(g, a, b, SP));
  int32_t c = in_f(g, "c", DT_F32, 3, DIMS(C(2), C(3), C(n))), d = in_f(g, "d", DT_F32, 3, DIMS(C(2), C(n), C(4)));
  ir_add_output(g, "bmm", ir_matmul(g, c, d, SP));
}
static void b_matmul_int(Graph *g, int64_t n, Fill *f) {
  f->ilo = -70000;
  f->ihi = 70000;
  int32_t a = in_f(g, "a", DT_I32, 2, DIMS(C(3), C(n))), b = in_f(g, "b", DT_I32, 2, DIMS(C(n), C(2)));
  ir_add_output(g, "out", ir_matmul(g, a, b, SP));
}
static void b_matmul_half(Graph *g, int64_t n, Fill *f) {
  int32_t a = in_f(g, "a", DT_F16, 2, DIMS(C(2), C(n))), b = in_f(g, "b", DT_F16, 2, DIMS(C(n), C(3)));
  ir_add_output(g, "out", ir_matmul(g, a, b, SP));
  int32_t c = in_f(g, "c", DT_BF16, 2, DIMS(C(2), C(n))), d = in_f(g, "d", DT_BF16, 2, DIMS(C(n), C(3)));
  ir_add_output(g, "bf", ir_matmul(g, c, d, SP));
}

/* movement */
static void b_move(Graph *g, int64_t n, Fill *f) {
  int32_t x = in_f(g, "x", DT_F32, 3, DIMS(C(2), C(n), C(3)));
  ir_add_output(g, "r", ir_reshape(g, x, 2, DIMS(C(2 * n), C(3)), SP));
  ir_add_output(g, "p", ir_permute(g, x, (int[]){2, 0, 1}, SP));
  int32_t one = in_f(g, "o", DT_F32, 3, DIMS(C(2), C(1), C(3)));
  ir_add_output(g, "e", ir_expand(g, one, 3, DIMS(C(2), C(n), C(3)), SP));
  int32_t row = in_f(g, "w", DT_F32, 2, DIMS(C(1), C(1)));
  ir_add_output(g, "e2", ir_expand(g, row, 2, DIMS(C(n), C(4)), SP));
  ir_add_output(g, "s", ir_slice(g, x, DIMS(C(1), C(0), C(1)), (int64_t[]){1, 2, 1},
                                 DIMS(C(1), C((n + 1) / 2), C(2)), SP));
  ir_add_output(g, "pad", ir_pad(g, x, DIMS(C(1), C(2), C(0)), (int64_t[]){1, 3, 2},
                                 DIMS(C(4), C(3 * n + 2), C(5)), SP));
  int32_t y = in_f(g, "y", DT_F32, 3, DIMS(C(2), C(1), C(3))), z = in_f(g, "z", DT_F32, 3, DIMS(C(2), C(4), C(3)));
  ir_add_output(g, "cat", ir_concat(g, (int32_t[]){x, y, z}, 3, 1, SP));
  ir_add_output(g, "cat0", ir_concat(g, (int32_t[]){x, x}, 2, 0, SP));
  int32_t ix = in_f(g, "ix", DT_I32, 2, DIMS(C(n), C(2)));
  ir_add_output(g, "ip", ir_permute(g, ix, (int[]){1, 0}, SP));
}

/* indexing */
static void b_index(Graph *g, int64_t n, Fill *f) {
  f->ilo = 0;
  f->ihi = 5;
  int32_t table = in_f(g, "t", DT_F32, 2, DIMS(C(7), C(4)));
  int32_t idx = in_f(g, "i", DT_I32, 2, DIMS(C(n), C(2)));
  ir_add_output(g, "g", ir_gather(g, table, idx, SP));
  int32_t src = in_f(g, "s", DT_F32, 3, DIMS(C(n), C(2), C(4)));
  ir_add_output(g, "sa", ir_scatter_add(g, src, idx, C(7), SP));
  int32_t x = in_f(g, "x", DT_F32, 3, DIMS(C(n), C(5), C(2)));
  ir_add_output(g, "tk", ir_take(g, x, idx, 1, SP));
  int32_t gs = in_f(g, "gs", DT_F32, 2, DIMS(C(n), C(2)));
  ir_add_output(g, "pa", ir_put_add(g, gs, idx, 1, C(5), SP));
  ir_add_output(g, "pa0", ir_put_add(g, gs, idx, 0, C(6), SP));
  int32_t v1 = in_f(g, "v1", DT_F32, 1, DIMS(C(6)));
  int32_t i1 = in_f(g, "i1", DT_I32, 1, DIMS(C(n)));
  ir_add_output(g, "g1", ir_gather(g, v1, i1, SP)); /* rank-1 table */
  int32_t si = in_f(g, "si", DT_I32, 1, DIMS(C(n)));
  ir_add_output(g, "sai", ir_scatter_add(g, si, i1, C(6), SP)); /* i32 */
}

/* argmax and rmax/rmin among ties: the first maximum wins */
static void b_ties(Graph *g, int64_t n, Fill *f) {
  f->ilo = 0;
  f->ihi = 3;
  Dim *s = DIMS(C(n), C(7));
  int32_t x = in_f(g, "x", DT_I32, 2, s);
  int32_t xf = ir_cast(g, x, DT_F32, SP);
  ir_add_output(g, "a", ir_reduce(g, OP_ARGMAX, x, 2, SP));
  ir_add_output(g, "b", ir_reduce(g, OP_ARGMAX, xf, 2, SP));
  ir_add_output(g, "c", ir_reduce(g, OP_ARGMAX, xf, 1, SP));
  ir_add_output(g, "d", ir_reduce(g, OP_RMAX, xf, 2, SP));
  ir_add_output(g, "e", ir_reduce(g, OP_RMIN, xf, 1, SP));
}

typedef struct Case {
  const char *name;
  Builder build;
  bool exact; /* bit for bit: IEEE-exact ops, sums in the interpreter's order, data movement */
} Case;

static const Case cases[] = {
    {"neg", b_neg, true},
    {"exp", b_exp, false},
    {"log", b_log, false},
    {"sqrt", b_sqrt, false},
    {"rsqrt", b_rsqrt, false},
    {"abs", b_abs, true},
    {"sin", b_sin, false},
    {"cos", b_cos, false},
    {"tanh", b_tanh, false},
    {"sigmoid", b_sigmoid, false},
    {"relu", b_relu, true},
    {"gelu", b_gelu, false},
    {"gelu_erf", b_gelu_erf, false},
    {"silu", b_silu, false},
    {"erf", b_erf, false},
    {"i32 neg", b_ineg, true},
    {"i32 abs", b_iabs, true},
    {"i32 relu", b_irelu, true},
    {"f16 exp", b_exp_f16, false},
    {"bf16 tanh", b_tanh_bf16, false},
    {"add", b_add, true},
    {"sub", b_sub, true},
    {"mul", b_mul, true},
    {"div", b_div, false},
    {"pow", b_pow, false},
    {"max", b_max, true},
    {"min", b_min, true},
    {"eq", b_eq, true},
    {"ne", b_ne, true},
    {"lt", b_lt, true},
    {"le", b_le, true},
    {"gt", b_gt, true},
    {"ge", b_ge, true},
    {"i32 add", b_iadd, true},
    {"i32 sub", b_isub, true},
    {"i32 mul", b_imul, true},
    {"i32 max", b_imax, true},
    {"i32 min", b_imin, true},
    {"f16 add", b_add_f16, true},
    {"bf16 mul", b_mul_bf16, true},
    {"i32 div", b_idiv, true},
    {"i32 pow", b_ipow, true},
    {"i32 wrap", b_iwrap, true},
    {"where", b_where, true},
    {"leaves", b_leaves, true},
    {"casts", b_casts, false},
    {"reduce", b_reduce, true},
    {"reduce NaN", b_reduce_nan, false},
    {"reduce i32", b_reduce_int, true},
    {"reduce f16/bf16", b_reduce_f16, true},
    {"matmul", b_matmul, false},
    {"matmul i32", b_matmul_int, true},
    {"matmul f16/bf16", b_matmul_half, false},
    {"movement", b_move, true},
    {"indexing", b_index, true},
    {"ties", b_ties, true},
};

static void free_index_params(struct criterion_test_params *cp) { cr_free(cp->params); }

ParameterizedTestParameters(codegen, op) {
  size_t n = sizeof cases / sizeof cases[0];
  size_t *ix = cr_malloc(n * sizeof *ix);
  for (size_t i = 0; i < n; i++) ix[i] = i;
  return cr_make_param_array(size_t, ix, n, free_index_params);
}

/* Every op: both dialects compile, OpenCL runs match the interpreter at
 * sizes 1, 3, 17 and 257. */
ParameterizedTest(size_t *ix, codegen, op) {
  const Case *cs = &cases[*ix];
  static const int64_t sizes[] = {1, 3, 17, 257};
  Check ck;
  check_open(&ck);
  ck.exact = cs->exact;
  for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
    Graph *g = ir_graph_new();
    Fill fill = FILL_DEFAULT;
    cs->build(g, sizes[s], &fill);
    Diag d;
    diag_init(&d, stderr);
    cr_assert(ir_verify(g, &d), "%s: the test graph does not verify", cs->name);
    diag_free(&d);
    char what[64];
    snprintf(what, sizeof what, "%s (n=%lld)", cs->name, (long long)sizes[s]);
    check_graph(&ck, g, NULL, 1, &fill, what);
    ir_graph_free(g);
  }
  check_report(&ck, cs->name);
}

/* ---- symbolic dims: one build, two bindings ---------------------------------------------- */

/* softmax over T of x[B, T, 8] written out, a slice at a symbolic start, a
 * concat and a pad along T, iota and symdim, a gather of B*T indices, a
 * reshape merging B and T, rand over a symbolic shape, and argmax */
static Graph *symbolic_graph(void) {
  Graph *g = ir_graph_new();
  Dim B = V(g, "B"), T = V(g, "T");
  Dim *s = DIMS(B, T, C(8));
  int32_t x = in_f(g, "x", DT_F32, 3, s);
  int32_t m = ir_reduce(g, OP_RMAX, x, 2, SP);
  int32_t e = ir_unary(g, OP_EXP, ir_binary(g, OP_SUB, x, ir_expand(g, m, 3, s, SP), SP), SP);
  int32_t z = ir_reduce(g, OP_RSUM, e, 2, SP);
  ir_add_output(g, "softmax", ir_binary(g, OP_DIV, e, ir_expand(g, z, 3, s, SP), SP));
  Dim Tm1 = dim_sub(T, C(1));
  ir_add_output(g, "last", ir_slice(g, x, DIMS(C(0), Tm1, C(0)), (int64_t[]){1, 1, 1}, DIMS(B, C(1), C(8)), SP));
  ir_add_output(g, "cat", ir_concat(g, (int32_t[]){x, x}, 2, 1, SP));
  ir_add_output(g, "pad", ir_pad(g, x, DIMS(C(0), C(1), C(0)), (int64_t[]){1, 1, 1}, DIMS(B, dim_add(T, C(2)), C(8)), SP));
  ir_add_output(g, "iota", ir_iota(g, DT_I32, 3, s, 1, SP));
  ir_add_output(g, "T", ir_symdim(g, dim_add(dim_mul(B, T), C(3)), DT_F32, SP));
  ir_add_output(g, "Ti", ir_symdim(g, T, DT_I32, SP));
  int32_t idx = in_f(g, "idx", DT_I32, 2, DIMS(B, T));
  int32_t table = ir_input(g, "table", DT_F32, 2, DIMS(C(4), C(8)), SP);
  int32_t gat = ir_gather(g, table, idx, SP);
  ir_add_output(g, "flat", ir_reshape(g, gat, 2, DIMS(dim_mul(B, T), C(8)), SP));
  ir_add_output(g, "grad", ir_scatter_add(g, gat, idx, C(4), SP));
  ir_add_output(g, "rand", ir_rand(g, 3, s, 1, SP));
  ir_add_output(g, "am", ir_reduce(g, OP_ARGMAX, x, 2, SP));
  ir_add_output(g, "mm", ir_matmul(g, x, ir_permute(g, x, (int[]){0, 2, 1}, SP), SP));
  return g;
}

Test(codegen, symbolic_dims_two_bindings) {
  Graph *g = symbolic_graph();
  Check ck;
  check_open(&ck);
  int64_t bindings[] = {2, 3, /* B, T */ 3, 17};
  Fill fill = FILL_DEFAULT;
  check_graph(&ck, g, bindings, 2, &fill, "symbolic");
  /* with bounds on B and T the same kernels index with int */
  int64_t bounds[] = {64, 1024};
  CgOptions o = {.sym_max = bounds};
  ck.opts = &o;
  check_graph(&ck, g, bindings, 2, &fill, "symbolic, bounded");
  check_report(&ck, "symbolic");
  ir_graph_free(g);
}

Test(codegen, index_width) {
  Graph *g = symbolic_graph();
  int32_t id = g->outputs.v[0].node;
  Kernel *wide = cg_kernel(g, &id, 1, DIALECT_OPENCL, NULL);
  int64_t bounds[] = {64, 1024};
  CgOptions o = {.sym_max = bounds};
  Kernel *narrow = cg_kernel_opts(g, &id, 1, DIALECT_CUDA, &o, NULL);
  cr_assert(wide && narrow);
  cr_expect(wide->wide_index, "unbounded symbolic dims need 64-bit indices");
  cr_expect(strstr(wide->source, "const long i = (long)get_global_id(0);"), "%s", wide->source);
  cr_expect(!narrow->wide_index, "B <= 64, T <= 1024: int indices suffice");
  cr_expect(strstr(narrow->source, "const int i = (int)(blockIdx.x * blockDim.x + threadIdx.x);"), "%s", narrow->source);
  cg_kernel_free(wide);
  cg_kernel_free(narrow);
  ir_graph_free(g);
}

/* ---- the kernel's interface ------------------------------------------------------------- */

Test(codegen, arguments_items_and_names) {
  Graph *g = ir_graph_new();
  Dim B = V(g, "B"), T = V(g, "T");
  int32_t w = ir_param(g, "w", DT_F32, 2, DIMS(C(16), C(4)), SP);
  int32_t x = ir_input(g, "x", DT_F32, 3, DIMS(B, T, C(16)), SP);
  int32_t mm = ir_matmul(g, ir_reshape(g, x, 2, DIMS(dim_mul(B, T), C(16)), SP), w, SP);
  int32_t r = ir_rand(g, 2, DIMS(T, C(3)), 5, SP);
  for (int dl = 0; dl < 2; dl++) {
    Dialect dia = dl ? DIALECT_CUDA : DIALECT_OPENCL;
    Kernel *k = cg_kernel(g, &mm, 1, dia, NULL);
    cr_assert(k);
    cr_expect_str_eq(k->label, "k3_matmul");
    cr_expect(!strncmp(k->name, "matmul_", 7), "%s", k->name);
    cr_assert_eq(k->nargs, 5);
    /* inputs by node id, then the output, then every shape variable */
    cr_expect(k->args[0].kind == KARG_IN && k->args[0].node == w && k->args[0].dtype == DT_F32);
    cr_expect(k->args[1].kind == KARG_IN && k->args[1].node == mm - 1);
    cr_expect(k->args[2].kind == KARG_OUT && k->args[2].node == mm);
    cr_expect(k->args[3].kind == KARG_SYM && k->args[3].sym == 0 && k->args[3].dtype == DT_I32);
    cr_expect(k->args[4].kind == KARG_SYM && k->args[4].sym == 1);
    /* tiled: work groups of 256 walk the 64x64 output tiles; B*T rows give about B groups */
    cr_expect(dim_eq(k->items, dim_mul(B, C(256))), "items = B*256");
    cr_expect(dim_eq(k->flops, dim_mul(dim_mul(B, T), C(2 * 4 * 16))), "flops = 2*B*T*4*16");
    cr_expect(dim_eq(k->bytes, dim_add(C(16 * 4 * 4), dim_mul(dim_mul(B, T), C(16 * 4 + 4 * 4)))));
    cr_expect_eq(k->local, 256);
    cr_expect_eq(k->nnodes, 1);
    cr_expect_eq(k->nodes[0], mm);
    cr_expect(strstr(k->source, "int d_B,") && strstr(k->source, "int d_T)"), "%s", k->source);
    cr_expect(strstr(k->source, "%3 = matmul %2, %0 : f32[B*T, 4]"), "the comment names the node:\n%s", k->source);
    if (dl) {
      {
        char want[200];
        snprintf(want, sizeof want, "extern \"C\" __global__ void %s(const float *__restrict__ x0", k->name);
        cr_expect(strstr(k->source, want), "%s", k->source);
      }
      cr_expect(strstr(k->source, "fmaf("));
      cr_expect(strstr(k->source, "__shared__ float As[1024];") && strstr(k->source, "__syncthreads();"), "%s", k->source);
      cr_expect(!strstr(k->source, "__kernel"));
    } else {
      {
        char want[200];
        snprintf(want, sizeof want, "__kernel void %s(__global const float *restrict x0", k->name);
        cr_expect(strstr(k->source, want), "%s", k->source);
      }
      cr_expect(strstr(k->source, "get_group_id(0)") && strstr(k->source, "get_local_id(0)"), "%s", k->source);
      cr_expect(strstr(k->source, "__local float As[1024];") && strstr(k->source, "barrier(CLK_LOCAL_MEM_FENCE);"), "%s", k->source);
      cr_expect(strstr(k->source, "fma("));
    }
    cg_kernel_free(k);
    Kernel *kr = cg_kernel(g, &r, 1, dia, NULL);
    cr_assert(kr);
    cr_assert_eq(kr->nargs, 4, "output, B, T, seed");
    cr_expect(kr->args[3].kind == KARG_SEED);
    cr_expect(strstr(kr->source, dl ? "unsigned long long seed" : "ulong seed"), "%s", kr->source);
    cg_kernel_free(kr);
  }
  ir_graph_free(g);
}

/* User text reaches kernels only inside comments, where it cannot end them;
 * identifiers never come from it. */
Test(codegen, user_text_is_escaped) {
  Graph *g = ir_graph_new();
  Dim odd = V(g, "n */ int evil; /*"), ok = V(g, "seq_len");
  int32_t p = ir_param(g, "w */ }\n#error oops /*", DT_F32, 2, DIMS(odd, ok), SP);
  int32_t y = ir_unary(g, OP_EXP, p, SP);
  Kernel *k = cg_kernel(g, &y, 1, DIALECT_OPENCL, NULL);
  cr_assert(k);
  const char *src = k->source;
  /* outside comments, no user text */
  StrBuf code = {0};
  for (const char *s = src; *s;) {
    if (s[0] == '/' && s[1] == '*') {
      const char *e = strstr(s + 2, "*/");
      cr_assert(e, "unterminated comment");
      s = e + 2;
    } else {
      sb_putc(&code, *s++);
    }
  }
  cr_expect(!strstr(sb_cstr(&code), "evil"), "user text outside a comment:\n%s", src);
  cr_expect(!strstr(sb_cstr(&code), "oops"), "user text outside a comment:\n%s", src);
  cr_expect(strstr(sb_cstr(&code), "int d0, int d_seq_len"), "%s", src);
  sb_free(&code);
  /* and it still compiles */
  Check ck;
  check_open(&ck);
  Fill fill = FILL_DEFAULT;
  int64_t bind[] = {3, 2};
  (void)bind;
  if (ck.cl.ok) {
#ifdef LLMC_TEST_HAVE_OPENCL
    clReleaseProgram(cl_build(&ck.cl, src, "escaped"));
#endif
  }
  Kernel *kc = cg_kernel(g, &y, 1, DIALECT_CUDA, NULL);
  nv_compile(&ck.nv, kc->source, "escaped (CUDA)");
  (void)fill;
  check_report(&ck, "escaping");
  cg_kernel_free(kc);
  cg_kernel_free(k);
  ir_graph_free(g);
}

/* The comment gives each node's file:line when the Diag holds its source. */
Test(codegen, source_lines_in_comment) {
  Diag d;
  diag_init(&d, stderr);
  const char *text = "line one\nline two\n  y = exp(x)\n";
  uint32_t f = diag_add_source(&d, "model.llm", text, strlen(text));
  Graph *g = ir_graph_new();
  int32_t x = ir_input(g, "x", DT_F32, 1, DIMS(C(4)), SP);
  Span sp = {f, (uint32_t)(strstr(text, "exp") - text), (uint32_t)(strstr(text, "exp") - text + 6)};
  int32_t y = ir_unary(g, OP_EXP, x, sp);
  Kernel *k = cg_kernel(g, &y, 1, DIALECT_CUDA, &d);
  cr_assert(k);
  cr_expect(strstr(k->source, "%1 = exp %0 : f32[4]   (model.llm:3)"), "%s", k->source);
  cg_kernel_free(k);
  ir_graph_free(g);
  diag_free(&d);
}

Test(codegen, f64_is_reported) {
  Graph *g = ir_graph_new();
  int32_t x = ir_input(g, "x", DT_F64, 1, DIMS(C(4)), SP);
  int32_t y = ir_unary(g, OP_EXP, x, SP);
  char *msg = NULL;
  size_t len = 0;
  FILE *mem = open_memstream(&msg, &len);
  Diag d;
  diag_init(&d, mem);
  Kernel *k = cg_kernel(g, &y, 1, DIALECT_OPENCL, &d);
  fflush(mem);
  cr_expect_null(k);
  cr_expect_eq(d.nerrors, 1);
  cr_expect(strstr(msg, "dtype f64 is not supported by the kernel generator yet"), "%s", msg);
  cr_expect(strstr(msg, "%1 (exp)"), "%s", msg);
  diag_free(&d);
  fclose(mem);
  free(msg);
  ir_graph_free(g);
}

/* A group of elementwise nodes (with a movement op) lowers to one loop
 * body; nodes used outside the group are stored too. */
Test(codegen, elementwise_group) {
  Graph *g = ir_graph_new();
  Dim *s = DIMS(C(5), C(33));
  int32_t x = in_f(g, "x", DT_F32, 2, s), b = in_f(g, "b", DT_F32, 2, DIMS(C(1), C(33)));
  int32_t e = ir_unary(g, OP_EXP, x, SP);                               /* used twice in the group */
  int32_t bb = ir_expand(g, b, 2, s, SP);
  int32_t a = ir_binary(g, OP_ADD, e, bb, SP);
  int32_t m = ir_binary(g, OP_MUL, a, e, SP);
  int32_t h = ir_cast(g, m, DT_F16, SP);                                /* rounded inside the group */
  int32_t out = ir_binary(g, OP_ADD, ir_cast(g, h, DT_F32, SP), a, SP); /* a leaves the group too */
  ir_add_output(g, "out", out);
  ir_add_output(g, "a", a);
  int32_t group[] = {e, bb, a, m, h, h + 1, out};
  Kernel *ko = cg_kernel(g, group, 7, DIALECT_OPENCL, NULL);
  Kernel *kc = cg_kernel(g, group, 7, DIALECT_CUDA, NULL);
  cr_assert(ko && kc);
  cr_expect_eq(ko->nargs, 4, "x, b -> a, out");
  cr_expect(ko->args[2].kind == KARG_OUT && ko->args[2].node == a);
  cr_expect(ko->args[3].kind == KARG_OUT && ko->args[3].node == out);
  cr_expect(strstr(ko->source, "const float v0 = exp(x0[i]);"), "exp computed once:\n%s", ko->source);
  Check ck;
  check_open(&ck);
  nv_compile(&ck.nv, kc->source, "group (CUDA)");
#ifdef LLMC_TEST_HAVE_OPENCL
  if (ck.cl.ok) {
    TensorList inputs = {0}, params = {0};
    Fill fill = FILL_DEFAULT;
    make_leaves(g, NULL, &fill, 3, &inputs, &params);
    TensorList vals = reference(g, &inputs, &params, 0);
    cl_program p = cl_build(&ck.cl, ko->source, "group");
    cl_run_compare(&ck.cl, p, g, ko, &vals, NULL, 0, false, "group");
    clReleaseProgram(p);
    tl_free(&vals);
    tl_free(&inputs);
    tl_free(&params);
  }
#endif
  check_report(&ck, "group");
  cg_kernel_free(ko);
  cg_kernel_free(kc);
  ir_graph_free(g);
}

/* ---- the kernel AST directly: local memory, barriers, thread ids ---------------------------- */

/* A work-group tree sum written as a kernel AST (what cooperative reductions
 * will lower to): local memory, barriers, local and group ids, a loop with a
 * computed step, stores to local memory. Both dialects compile; OpenCL runs. */
Test(codegen, kernel_ast_local_memory) {
  Arena A;
  arena_init(&A);
  KParam ps[] = {{KP_BUFFER_IN, KT_FLOAT, "x"}, {KP_BUFFER_OUT, KT_FLOAT, "y"}, {KP_INT, KT_INT, "n"}};
  KFunc f = {.name = "wg_sum", .comment = "work-group sums of x */ in groups of 64", .params = ps, .nparams = 3};
  KBlock *b = &f.body;
  ks_local(&A, b, KT_FLOAT, "part", 64);
  ks_decl(&A, b, KT_INT, "t", ke_builtin(&A, KT_INT, KB_LOCAL_ID), true);
  ks_decl(&A, b, KT_INT, "grp", ke_builtin(&A, KT_INT, KB_GROUP_ID), true);
  KExpr *t = ke_var(&A, KT_INT, "t"), *grp = ke_var(&A, KT_INT, "grp"), *n = ke_var(&A, KT_INT, "n");
  ks_decl(&A, b, KT_INT, "i", ke_binary(&A, KO_ADD, ke_binary(&A, KO_MUL, grp, ke_builtin(&A, KT_INT, KB_LOCAL_SIZE)), t), true);
  KExpr *i = ke_var(&A, KT_INT, "i");
  ks_store_local(&A, b, "part", t,
                 ke_cond(&A, ke_binary(&A, KO_LT, i, n), ke_load(&A, KT_FLOAT, 0, i), ke_float(&A, 0.0f)));
  ks_simple(&A, b, KS_BARRIER);
  KExpr *sv = ke_var(&A, KT_INT, "s");
  KStmt *loop = ks_for(&A, b, KT_INT, "s", ke_int(&A, KT_INT, 1), ke_int(&A, KT_INT, 64), sv);
  KExpr *lead = ke_binary(&A, KO_EQ, ke_binary(&A, KO_MOD, t, ke_binary(&A, KO_MUL, ke_int(&A, KT_INT, 2), sv)),
                          ke_int(&A, KT_INT, 0));
  KStmt *add = ks_if(&A, &loop->body, lead);
  ks_store_local(&A, &add->body, "part", t,
                 ke_binary(&A, KO_ADD, ke_load_local(&A, KT_FLOAT, "part", t),
                           ke_load_local(&A, KT_FLOAT, "part", ke_binary(&A, KO_ADD, t, sv))));
  ks_simple(&A, &loop->body, KS_BARRIER);
  KStmt *last = ks_if(&A, b, ke_binary(&A, KO_EQ, t, ke_int(&A, KT_INT, 0)));
  ks_store(&A, &last->body, 1, grp, ke_load_local(&A, KT_FLOAT, "part", ke_int(&A, KT_INT, 0)));
  StrBuf ocl = {0}, cu = {0};
  cg_emit(&ocl, &f, DIALECT_OPENCL);
  cg_emit(&cu, &f, DIALECT_CUDA);
  cr_expect(strstr(sb_cstr(&ocl), "__local float part[64];"), "%s", sb_cstr(&ocl));
  cr_expect(strstr(sb_cstr(&ocl), "barrier(CLK_LOCAL_MEM_FENCE);"));
  cr_expect(strstr(sb_cstr(&ocl), "for (int s = 1; s < 64; s += s) {"), "%s", sb_cstr(&ocl));
  cr_expect(strstr(sb_cstr(&cu), "__shared__ float part[64];"), "%s", sb_cstr(&cu));
  cr_expect(strstr(sb_cstr(&cu), "__syncthreads();"));
  cr_expect(strstr(sb_cstr(&cu), "(int)threadIdx.x"));
  cr_expect(strstr(sb_cstr(&ocl), "x * / in groups"), "comment terminator escaped:\n%s", sb_cstr(&ocl));
  Check ck;
  check_open(&ck);
  nv_compile(&ck.nv, sb_cstr(&cu), "wg_sum (CUDA)");
#ifdef LLMC_TEST_HAVE_OPENCL
  if (ck.cl.ok) {
    enum { NX = 200, GROUPS = 4 };
    float x[NX], y[GROUPS];
    for (int k = 0; k < NX; k++) x[k] = (float)(k % 13) - 6.0f;
    cl_program p = cl_build(&ck.cl, sb_cstr(&ocl), "wg_sum");
    cl_int e;
    cl_kernel kr = clCreateKernel(p, "wg_sum", &e);
    cr_assert_eq(e, CL_SUCCESS);
    cl_mem bx = clCreateBuffer(ck.cl.ctx, CL_MEM_READ_ONLY | CL_MEM_COPY_HOST_PTR, sizeof x, x, &e);
    cl_mem by = clCreateBuffer(ck.cl.ctx, CL_MEM_WRITE_ONLY, sizeof y, NULL, &e);
    cl_int nx = NX;
    clSetKernelArg(kr, 0, sizeof bx, &bx);
    clSetKernelArg(kr, 1, sizeof by, &by);
    clSetKernelArg(kr, 2, sizeof nx, &nx);
    size_t global = 64 * GROUPS, local = 64;
    cr_assert_eq(clEnqueueNDRangeKernel(ck.cl.q, kr, 1, NULL, &global, &local, 0, NULL, NULL), CL_SUCCESS);
    cr_assert_eq(clEnqueueReadBuffer(ck.cl.q, by, CL_TRUE, 0, sizeof y, y, 0, NULL, NULL), CL_SUCCESS);
    for (int gi = 0; gi < GROUPS; gi++) {
      float want = 0;
      for (int k = gi * 64; k < (gi + 1) * 64 && k < NX; k++) want += x[k];
      cr_expect_eq(y[gi], want, "group %d: %g, want %g", gi, (double)y[gi], (double)want);
    }
    clReleaseMemObject(bx);
    clReleaseMemObject(by);
    clReleaseKernel(kr);
    clReleaseProgram(p);
    ck.runs++;
  }
#endif
  check_report(&ck, "kernel AST");
  sb_free(&ocl);
  sb_free(&cu);
  arena_free(&A);
}

/* ---- whole models: every node of the loss and its gradients -------------------------------- */

/* The loss and gradients of every parameter of an example with one layer,
 * simplified; *p is the program (its diagnostics name the sources). */
static Graph *model_step(const char *file, Diag *d, Program **p) {
  FeOptions o = {0};
  o.stdlib_dir = LLMC_SOURCE_DIR "/stdlib";
  const char *sets[] = {"n_layers=1"};
  o.sets = sets;
  o.nsets = 1;
  *p = fe_program_new(d, &o);
  cr_assert(fe_load(*p, file) && fe_check(*p));
  const Model *m = fe_model(*p);
  Graph *g = fe_lower(*p, "loss", false);
  cr_assert(g);
  VEC(const char *) wrt = {0};
  for (int i = 0; i < m->params.n; i++) vec_push(&wrt, m->params.v[i].name);
  cr_assert(ir_autodiff(g, g->outputs.v[0].node, wrt.v, wrt.n, d));
  Graph *h = ir_simplify(g);
  vec_free(&wrt);
  ir_graph_free(g);
  return h;
}

static void check_model(const char *file, const char *what) {
  Diag d;
  diag_init(&d, stderr);
  Program *p;
  Graph *h = model_step(file, &d, &p);
  cr_assert(ir_verify(h, &d));
  /* B = 2, T = 5 (first input axis B, second T, as the examples declare) */
  int64_t bind[IR_MAX_RANK] = {0};
  for (int s = 0; s < h->syms.n; s++) bind[s] = !strcmp(h->syms.v[s], "B") ? 2 : 5;
  Check ck;
  check_open(&ck);
  ck.batch = true;
  ck.sources = &d;
  Fill fill = {-0.1, 0.1, 0, 5}; /* token ids below every vocabulary size */
  double t0 = now_s();
  check_graph(&ck, h, bind, 1, &fill, what);
  fprintf(stderr, "codegen %s: %d nodes, %.2f s in all\n", what, h->nodes.n, now_s() - t0);
  cr_expect_gt(ck.kernels, 100, "%s: only %d kernels", what, ck.kernels);
  /* nearly every node comes from a source expression (a few, such as the
   * seed of the gradient, come from none) */
  cr_expect_gt(ck.with_lines, ck.kernels * 9 / 10, "%s: %d of %d kernels cite a .llm line", what, ck.with_lines,
               ck.kernels);
  check_report(&ck, what);
  ir_graph_free(h);
  fe_program_free(p);
  diag_free(&d);
}

Test(codegen, gpt_char_loss_and_gradients) {
  check_model(LLMC_SOURCE_DIR "/examples/gpt_char.llm", "gpt_char");
}

Test(codegen, llama_loss_and_gradients) {
  check_model(LLMC_SOURCE_DIR "/examples/llama_stories.llm", "llama_stories");
}

/* ---- fused kernels: every kernel of the fused plans builds in every form ------------------- */

/* The kernels the fusion pass makes for a whole model (row kernels, matmuls
 * with epilogues, element kernels): OpenCL C as GPUs get them and as CPU
 * devices get them (vector paths), built on the OpenCL platform, and CUDA C
 * compiled by NVRTC. (test_backend and test_fusion run the CPU forms.) */
static void compile_fused(const char *file, const char *what) {
  Diag d;
  diag_init(&d, stderr);
  Program *p;
  Graph *h = model_step(file, &d, &p);
  FusePlan *fp = fuse_plan(h, true);
  cr_assert_gt(fp->nk, 10);
  int64_t spec[8];
  for (int s = 0; s < h->syms.n && s < 8; s++) spec[s] = !strcmp(h->syms.v[s], "B") ? 2 : 32;
  Check ck;
  check_open(&ck);
  for (int form = 0; form < 4; form++) { /* OpenCL GPU, OpenCL CPU, OpenCL CPU specialised, CUDA */
    StrBuf all = {0};
    VEC(char *) names = {0};
    for (int q = 0; q < fp->nk; q++) {
      CgOptions co = {0};
      co.outs = fp->k[q].outs;
      co.nouts = fp->k[q].nouts;
      co.row = fp->k[q].kind == FK_ROW ? fp->k[q].seed : -1;
      co.cpu = form == 1 || form == 2;
      co.sym_val = form == 2 ? spec : NULL;
      Kernel *k = cg_kernel_opts(h, fp->k[q].members, fp->k[q].nmembers, form == 3 ? DIALECT_CUDA : DIALECT_OPENCL, &co, &d);
      if (!k) {
        StrBuf b = {0};
        for (int j = 0; j < fp->k[q].nmembers; j++) {
          bool out = false;
          for (int t = 0; t < fp->k[q].nouts; t++) out |= fp->k[q].outs[t] == fp->k[q].members[j];
          sb_printf(&b, " %s", out ? "*" : "");
          ir_print_node(&b, h, fp->k[q].members[j]);
          sb_putc(&b, '\n');
        }
        cr_assert_fail("%s: fused kernel %d (%s, form %d) not generated:\n%s", what, q, fuse_kind_name(fp->k[q].kind), form,
                       sb_cstr(&b));
      }
      /* one source per name: equal kernels (the same layer in every block) are equal */
      bool seen = false;
      for (int j = 0; j < names.n && !seen; j++) seen = !strcmp(names.v[j], k->name);
      if (!seen) {
        vec_push(&names, xstrdup(k->name));
        sb_puts(&all, k->source);
        sb_putc(&all, '\n');
      }
      cg_kernel_free(k);
    }
    for (int j = 0; j < names.n; j++) free(names.v[j]);
    vec_free(&names);
    char w[128];
    snprintf(w, sizeof w, "%s fused, form %d", what, form);
    if (form == 3) {
      if (nvrtc_available()) nv_compile(&ck.nv, sb_cstr(&all), w);
    } else {
#ifdef LLMC_TEST_HAVE_OPENCL
      if (ck.cl.ok) clReleaseProgram(cl_build(&ck.cl, sb_cstr(&all), w));
#endif
    }
    sb_free(&all);
  }
  fprintf(stderr, "codegen %s: %d fused kernels built as OpenCL (GPU, CPU, CPU specialised) and CUDA\n", what, fp->nk);
  check_report(&ck, what);
  fuse_plan_free(fp);
  ir_graph_free(h);
  fe_program_free(p);
  diag_free(&d);
}

Test(codegen, fused_kernels_build_gpt_char, .timeout = 600) {
  compile_fused(LLMC_SOURCE_DIR "/examples/gpt_char.llm", "gpt_char");
}

Test(codegen, fused_kernels_build_llama, .timeout = 600) {
  compile_fused(LLMC_SOURCE_DIR "/examples/llama_stories.llm", "llama_stories");
}
