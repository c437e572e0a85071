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
 * checks skip themselves with a message. The harness is tests/kernel_harness.h. */
#include "kernel_harness.h"

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

/* Epilogues stored through permutes: the heads' layout of a projection
 * (16-wide heads: stored as vectors by the CPU kernel) and its transpose
 * (element by element). */
Test(matmul, permuted_epilogue) {
  Graph *g = ir_graph_new();
  Dim M = V(g, "M");
  int32_t a = in_f(g, "a", DT_F32, 2, DIMS(M, C(8))), w = in_f(g, "w", DT_F32, 2, DIMS(C(8), C(32)));
  int32_t bias = in_f(g, "bias", DT_F32, 2, DIMS(C(1), C(32)));
  int32_t mm = ir_matmul(g, a, w, SP);
  int32_t be = ir_expand(g, bias, 2, DIMS(M, C(32)), SP);
  int32_t y = ir_binary(g, OP_ADD, mm, be, SP);
  int32_t r = ir_reshape(g, y, 3, DIMS(M, C(2), C(16)), SP);
  int32_t heads = ir_permute(g, r, (int[]){1, 0, 2}, SP);
  int32_t yt = ir_permute(g, y, (int[]){1, 0}, SP);
  ir_add_output(g, "heads", heads);
  ir_add_output(g, "yt", yt);
  int32_t group[] = {mm, be, y, r, heads, yt};
  int64_t bind[] = {1, 16, 17, 40};
  check_group(g, group, 6, bind, 4, (Expect){"vstore16", NULL}, "heads and transpose");
  ir_graph_free(g);

  /* only a transposed output, of a matmul narrower than a vector */
  g = ir_graph_new();
  M = V(g, "M");
  a = in_f(g, "a", DT_F32, 2, DIMS(M, C(8)));
  w = in_f(g, "w", DT_F32, 2, DIMS(C(8), C(5)));
  mm = ir_matmul(g, a, w, SP);
  yt = ir_permute(g, mm, (int[]){1, 0}, SP);
  ir_add_output(g, "yt", yt);
  int32_t group2[] = {mm, yt};
  check_group(g, group2, 2, bind, 4, (Expect){NULL, NULL}, "transpose, 5 columns");
  ir_graph_free(g);
}

/* Shapes known, as in a specialised plan: every tile is shifted inside the
 * result, so the CPU kernel has no edge-tile code (no clamped columns bc1...),
 * and a transposed store of the heads ([M, 2, 16] -> [2, 16, M], the layout
 * attention's k^T is read in) writes each 16-column run's lanes M apart. */
Test(matmul, known_shapes_strided_store) {
  Graph *g = ir_graph_new();
  int32_t a = in_f(g, "a", DT_F32, 2, DIMS(C(24), C(8))), w = in_f(g, "w", DT_F32, 2, DIMS(C(8), C(32)));
  int32_t bias = in_f(g, "bias", DT_F32, 2, DIMS(C(1), C(32)));
  int32_t mm = ir_matmul(g, a, w, SP);
  int32_t be = ir_expand(g, bias, 2, DIMS(C(24), C(32)), SP);
  int32_t y = ir_binary(g, OP_ADD, mm, be, SP);
  int32_t r = ir_reshape(g, y, 3, DIMS(C(24), C(2), C(16)), SP);
  int32_t heads = ir_permute(g, r, (int[]){1, 0, 2}, SP);
  int32_t kt = ir_permute(g, r, (int[]){1, 2, 0}, SP);
  ir_add_output(g, "heads", heads);
  ir_add_output(g, "kt", kt);
  int32_t group[] = {mm, be, y, r, heads, kt};
  check_group(g, group, 6, NULL, 0, (Expect){"+ 360] = ", "bc1"}, "known shapes, heads and their transpose");
  ir_graph_free(g);
}

/* Groups that are not matmul kernels still lower (one work item per element):
 * an integer matmul, whose permute is then computed element by element. */
Test(matmul, not_a_matmul_kernel) {
  Graph *g = ir_graph_new();
  int32_t a = in_f(g, "a", DT_I32, 2, DIMS(C(5), C(7))), b = in_f(g, "b", DT_I32, 2, DIMS(C(7), C(6)));
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
