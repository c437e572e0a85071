/* test_interp.c — the reference interpreter against hand-computed values.
 *
 * Graphs are built directly with the ir_* builders (no front end), run in f64
 * and in f32 mode, and each output compared with values worked out by hand
 * (or from the op's definition written out again here). Odd sizes (1, 3, 17),
 * broadcasting, strided and symbolic slices, symbolic dims bound two ways,
 * RAND's determinism and every error path are covered; the last test runs
 * examples/gpt_char.llm's loss end to end. */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

#include "frontend.h"
#include "interp.h"

static const Span SP = {0, 0, 0};

/* Shapes as compound literals: DIMS(C(2), V(g, "B")) */
#define DIMS(...) ((Dim[]){__VA_ARGS__})
#define SHAPE(...) ((int64_t[]){__VA_ARGS__})
#define VALS(...) ((double[]){__VA_ARGS__})
#define NVALS(...) (sizeof((double[]){__VA_ARGS__}) / sizeof(double))
static Dim C(int64_t v) { return dim_const(v); }
static Dim V(Graph *g, const char *name) { return dim_var(ir_sym(g, name)); }

/* A tensor filled from `v` (NULL: zeros). */
static Tensor *tens(const char *name, DType dt, int rank, const int64_t *shape, const double *v) {
  Tensor *t = tensor_new(name, dt, rank, shape);
  for (int64_t i = 0; v && i < tensor_numel(t); i++) tensor_set(t, i, v[i]);
  return t;
}

/* One interpreter run with its diagnostics captured. */
typedef struct Run {
  TensorList out;
  bool ok;
  int nerrors;
  char *msg;
  size_t len;
} Run;

static Run run(const Graph *g, const TensorList *inputs, const TensorList *params, DType mode, uint64_t seed) {
  Run r = {0};
  FILE *mem = open_memstream(&r.msg, &r.len);
  Diag d;
  diag_init(&d, mem);
  InterpOptions o = {mode, seed};
  r.ok = ir_interp(g, inputs, params, &o, &r.out, &d);
  r.nerrors = d.nerrors;
  diag_free(&d);
  fclose(mem);
  return r;
}

static void run_free(Run *r) {
  tl_free(&r->out);
  free(r->msg);
}

static const Tensor *output(const Run *r, const char *name) {
  cr_assert(r->ok, "interpreter failed:\n%s", r->msg);
  const Tensor *t = tl_find(&r->out, name);
  cr_assert(t, "no output '%s'", name);
  return t;
}

/* Compares t with `want` (|got - want| <= tol * max(1, |want|)); prints the
 * first mismatches with their indices. NaN matches NaN. */
static void expect_values(const Tensor *t, int rank, const int64_t *shape, const double *want, double tol,
                          const char *what) {
  cr_assert_eq(t->rank, rank, "%s: rank %d, expected %d", what, t->rank, rank);
  for (int i = 0; i < rank; i++)
    cr_assert_eq(t->shape[i], shape[i], "%s: axis %d has %lld, expected %lld", what, i, (long long)t->shape[i],
                 (long long)shape[i]);
  int64_t n = tensor_numel(t);
  int bad = 0;
  char first[512] = "";
  size_t k = 0;
  for (int64_t i = 0; i < n; i++) {
    double got = tensor_get(t, i), w = want[i];
    bool same = (isnan(got) && isnan(w)) || got == w || fabs(got - w) <= tol * fmax(1.0, fabs(w));
    if (!same && bad++ < 5 && k < sizeof first - 80)
      k += (size_t)snprintf(first + k, sizeof first - k, "  [%lld] got %.17g, want %.17g\n", (long long)i, got, w);
  }
  cr_assert_eq(bad, 0, "%s: %d of %lld elements differ, first:\n%s", what, bad, (long long)n, first);
}

/* Runs g in f64 mode (expects `want` to 1e-12) and in f32 mode (to tol32) and
 * checks output "out"; f32 outputs keep the node's dtype, f64 ones are f64. */
static void check_out(const Graph *g, const TensorList *inputs, const TensorList *params, int rank,
                      const int64_t *shape, const double *want, double tol32) {
  for (int m = 0; m < 2; m++) {
    DType mode = m ? DT_F32 : DT_F64;
    Run r = run(g, inputs, params, mode, 1);
    const Tensor *t = output(&r, "out");
    DType node_dt = ir_node(g, g->outputs.v[0].node)->dtype;
    DType want_dt = node_dt == DT_I32 ? DT_I32 : mode == DT_F64 ? DT_F64 : node_dt;
    cr_assert_eq(t->dtype, want_dt, "output dtype %s, expected %s", dtype_name(t->dtype), dtype_name(want_dt));
    expect_values(t, rank, shape, want, m ? tol32 : 1e-12, m ? "f32 mode" : "f64 mode");
    run_free(&r);
  }
}

/* The error run of g: it must fail, and its message must contain each of
 * the NULL-terminated `needles`. */
static void expect_error(const Graph *g, const TensorList *inputs, const TensorList *params, const char *const *needles) {
  Run r = run(g, inputs, params, DT_F32, 1);
  cr_assert(!r.ok, "expected an error, but the run succeeded");
  cr_assert_gt(r.nerrors, 0, "failed without reporting");
  cr_assert_eq(r.out.v.n, 0, "a failed run produced outputs");
  for (int i = 0; needles[i]; i++)
    cr_assert(strstr(r.msg, needles[i]), "message lacks \"%s\":\n%s", needles[i], r.msg);
  run_free(&r);
}
#define EXPECT_ERROR(g, in, par, ...) expect_error((g), (in), (par), (const char *const[]){__VA_ARGS__, NULL})

/* ---- leaves --------------------------------------------------------------------------- */

Test(interp, const_broadcasts_value) {
  Graph *g = ir_graph_new();
  ir_add_output(g, "out", ir_const(g, 2.5, DT_F32, 2, DIMS(C(2), C(3)), SP));
  check_out(g, NULL, NULL, 2, SHAPE(2, 3), VALS(2.5, 2.5, 2.5, 2.5, 2.5, 2.5), 0);
  ir_graph_free(g);

  g = ir_graph_new();
  ir_add_output(g, "out", ir_const(g, -7, DT_I32, 0, NULL, SP));
  check_out(g, NULL, NULL, 0, NULL, VALS(-7), 0);
  ir_graph_free(g);
}

Test(interp, iota_counts_along_its_axis) {
  Graph *g = ir_graph_new();
  ir_add_output(g, "out", ir_iota(g, DT_F32, 2, DIMS(C(2), C(3)), 1, SP));
  check_out(g, NULL, NULL, 2, SHAPE(2, 3), VALS(0, 1, 2, 0, 1, 2), 0);
  ir_graph_free(g);

  g = ir_graph_new();
  ir_add_output(g, "out", ir_iota(g, DT_I32, 3, DIMS(C(3), C(1), C(2)), 0, SP));
  check_out(g, NULL, NULL, 3, SHAPE(3, 1, 2), VALS(0, 0, 1, 1, 2, 2), 0);
  ir_graph_free(g);
}

Test(interp, symdim_evaluates_the_binding) {
  Graph *g = ir_graph_new();
  Dim B = V(g, "B"), T = V(g, "T");
  ir_input(g, "x", DT_F32, 2, DIMS(B, T), SP);
  Dim bt1 = dim_add(dim_mul(B, T), C(1));
  ir_add_output(g, "out", ir_cast(g, ir_symdim(g, bt1, DT_I32, SP), DT_F32, SP));
  TensorList in = {0};
  tl_add(&in, tens("x", DT_F32, 2, SHAPE(3, 4), NULL));
  check_out(g, &in, NULL, 0, NULL, VALS(13), 0);
  tl_free(&in);
  ir_graph_free(g);
}

Test(interp, params_and_inputs_read_by_name) {
  Graph *g = ir_graph_new();
  int32_t x = ir_input(g, "x", DT_F32, 1, DIMS(C(3)), SP);
  int32_t w = ir_param(g, "layer.w", DT_F32, 1, DIMS(C(3)), SP);
  ir_add_output(g, "out", ir_binary(g, OP_SUB, x, w, SP));
  ir_add_output(g, "w_again", w);
  TensorList in = {0}, par = {0};
  tl_add(&in, tens("x", DT_F32, 1, SHAPE(3), VALS(10, 20, 30)));
  tl_add(&par, tens("layer.w", DT_F32, 1, SHAPE(3), VALS(1, 2, 3)));
  check_out(g, &in, &par, 1, SHAPE(3), VALS(9, 18, 27), 0);
  Run r = run(g, &in, &par, DT_F64, 0);
  cr_assert_eq(r.out.v.n, 2);
  cr_assert_str_eq(r.out.v.v[0]->name, "out");
  expect_values(output(&r, "w_again"), 1, SHAPE(3), VALS(1, 2, 3), 0, "w_again");
  run_free(&r);
  tl_free(&in);
  tl_free(&par);
  ir_graph_free(g);
}

Test(interp, f32_tensors_convert_to_half_nodes) {
  Graph *g = ir_graph_new();
  ir_add_output(g, "out", ir_input(g, "h", DT_F16, 1, DIMS(C(3)), SP));
  TensorList in = {0};
  tl_add(&in, tens("h", DT_F32, 1, SHAPE(3), VALS(0.1, 1.0, 1e6)));
  Run r = run(g, &in, NULL, DT_F32, 0);
  const Tensor *t = output(&r, "out");
  cr_assert_eq(t->dtype, DT_F16);
  /* f16(0.1) = 0x2e66 = 0.0999755859375; 1e6 overflows to inf */
  expect_values(t, 1, SHAPE(3), VALS(0.0999755859375, 1.0, INFINITY), 0, "f16 input");
  run_free(&r);
  r = run(g, &in, NULL, DT_F64, 0);
  expect_values(output(&r, "out"), 1, SHAPE(3), VALS((double)0.1f, 1.0, 1e6), 0, "f16 input in f64 mode");
  run_free(&r);
  tl_free(&in);
  ir_graph_free(g);

  g = ir_graph_new();
  ir_add_output(g, "out", ir_input(g, "b", DT_BF16, 1, DIMS(C(2)), SP));
  tl_add(&in, tens("b", DT_F32, 1, SHAPE(2), VALS(1.00390625, 1.01171875)));
  r = run(g, &in, NULL, DT_F32, 0);
  /* bf16 keeps 7 mantissa bits: 1 + 2^-8 ties to even (1.0), 1 + 3*2^-8 to 1 + 2^-6 */
  expect_values(output(&r, "out"), 1, SHAPE(2), VALS(1.0, 1.015625), 0, "bf16 input");
  run_free(&r);
  tl_free(&in);
  ir_graph_free(g);
}

Test(interp, half_nodes_round_their_results_in_f32_mode) {
  Graph *g = ir_graph_new();
  int32_t one = ir_const(g, 1.0, DT_F16, 1, DIMS(C(2)), SP);
  int32_t eps = ir_iota(g, DT_F16, 1, DIMS(C(2)), 0, SP); /* [0, 1] */
  int32_t tiny = ir_binary(g, OP_MUL, eps, ir_const(g, 0.00048828125, DT_F16, 1, DIMS(C(2)), SP), SP);
  ir_add_output(g, "out", ir_binary(g, OP_ADD, one, tiny, SP)); /* 1 + 2^-11: a tie, to even = 1 */
  Run r = run(g, NULL, NULL, DT_F32, 0);
  expect_values(output(&r, "out"), 1, SHAPE(2), VALS(1.0, 1.0), 0, "f16 add");
  run_free(&r);
  r = run(g, NULL, NULL, DT_F64, 0);
  expect_values(output(&r, "out"), 1, SHAPE(2), VALS(1.0, 1.00048828125), 0, "f16 add in f64 mode");
  run_free(&r);
  ir_graph_free(g);
}

/* ---- elementwise -------------------------------------------------------------------------- */

typedef double (*RefFn)(double);
static double ref_neg(double x) { return -x; }
static double ref_rsqrt(double x) { return 1 / sqrt(x); }
static double ref_sigmoid(double x) { return 1 / (1 + exp(-x)); }
static double ref_relu(double x) { return x > 0 ? x : 0; }
static double ref_gelu(double x) { return 0.5 * x * (1 + tanh(0.7978845608028654 * (x + 0.044715 * x * x * x))); }
static double ref_gelu_erf(double x) { return 0.5 * x * (1 + erf(x / sqrt(2.0))); }
static double ref_silu(double x) { return x * ref_sigmoid(x); }

Test(interp, unary_ops_match_their_definitions) {
  static const struct {
    OpKind op;
    RefFn f;
    bool positive; /* domain: x > 0 only */
  } rows[] = {
      {OP_NEG, ref_neg, false},     {OP_EXP, exp, false},       {OP_LOG, log, true},
      {OP_SQRT, sqrt, true},        {OP_RSQRT, ref_rsqrt, true}, {OP_ABS, fabs, false},
      {OP_SIN, sin, false},         {OP_COS, cos, false},       {OP_TANH, tanh, false},
      {OP_SIGMOID, ref_sigmoid, false}, {OP_RELU, ref_relu, false}, {OP_GELU, ref_gelu, false},
      {OP_GELU_ERF, ref_gelu_erf, false}, {OP_SILU, ref_silu, false}, {OP_ERF, erf, false},
  };
  const double xs[7] = {-2.5, -1, -0.3, 0, 0.3, 1, 2.5};
  for (size_t k = 0; k < sizeof rows / sizeof rows[0]; k++) {
    double in_v[7], want[7];
    for (int i = 0; i < 7; i++) {
      in_v[i] = (float)(rows[k].positive ? fabs(xs[i]) + 0.5 : xs[i]); /* what an f32 tensor holds */
      want[i] = rows[k].f(in_v[i]);
    }
    Graph *g = ir_graph_new();
    ir_add_output(g, "out", ir_unary(g, rows[k].op, ir_input(g, "x", DT_F32, 1, DIMS(C(7)), SP), SP));
    TensorList in = {0};
    tl_add(&in, tens("x", DT_F32, 1, SHAPE(7), in_v));
    cr_log_info("op %s", op_name(rows[k].op));
    check_out(g, &in, NULL, 1, SHAPE(7), want, 2e-7);
    tl_free(&in);
    ir_graph_free(g);
  }
}

Test(interp, unary_known_values) {
  Graph *g = ir_graph_new();
  int32_t x = ir_input(g, "x", DT_F64, 1, DIMS(C(4)), SP);
  ir_add_output(g, "gelu", ir_unary(g, OP_GELU, x, SP));
  ir_add_output(g, "gelu_erf", ir_unary(g, OP_GELU_ERF, x, SP));
  ir_add_output(g, "silu", ir_unary(g, OP_SILU, x, SP));
  TensorList in = {0};
  tl_add(&in, tens("x", DT_F64, 1, SHAPE(4), VALS(1, -1, 2.5, -0.3)));
  Run r = run(g, &in, NULL, DT_F64, 0);
  expect_values(output(&r, "gelu"), 1, SHAPE(4),
                VALS(0.8411919906082768, -0.15880800939172324, 2.484915733910001, -0.11462907645724074), 1e-15,
                "gelu");
  expect_values(output(&r, "gelu_erf"), 1, SHAPE(4),
                VALS(0.8413447460685429, -0.15865525393145707, 2.4844758366855597, -0.1146265733433142), 1e-15,
                "gelu_erf");
  expect_values(output(&r, "silu"), 1, SHAPE(4),
                VALS(0.7310585786300049, -0.2689414213699951, 2.3103545499468914, -0.1276672449565023), 1e-15,
                "silu");
  run_free(&r);
  tl_free(&in);
  ir_graph_free(g);
}

Test(interp, cast_truncates_toward_zero_and_saturates) {
  Graph *g = ir_graph_new();
  int32_t x = ir_input(g, "x", DT_F32, 1, DIMS(C(7)), SP);
  ir_add_output(g, "out", ir_cast(g, x, DT_I32, SP));
  TensorList in = {0};
  tl_add(&in, tens("x", DT_F32, 1, SHAPE(7), VALS(-2.7, -0.5, 0.5, 2.9, 3e10, -3e10, NAN)));
  check_out(g, &in, NULL, 1, SHAPE(7), VALS(-2, 0, 0, 2, INT32_MAX, INT32_MIN, 0), 0);
  tl_free(&in);
  ir_graph_free(g);

  g = ir_graph_new();
  x = ir_input(g, "i", DT_I32, 1, DIMS(C(3)), SP);
  ir_add_output(g, "out", ir_cast(g, x, DT_F32, SP));
  tl_add(&in, tens("i", DT_I32, 1, SHAPE(3), VALS(-5, 7, 16777217)));
  Run r = run(g, &in, NULL, DT_F32, 0);
  expect_values(output(&r, "out"), 1, SHAPE(3), VALS(-5, 7, 16777216), 0, "i32 -> f32 rounds to float");
  run_free(&r);
  tl_free(&in);
  ir_graph_free(g);
}

Test(interp, i32_negation_wraps) {
  Graph *g = ir_graph_new();
  int32_t x = ir_input(g, "i", DT_I32, 1, DIMS(C(3)), SP);
  ir_add_output(g, "out", ir_unary(g, OP_NEG, x, SP));
  ir_add_output(g, "abs", ir_unary(g, OP_ABS, x, SP));
  TensorList in = {0};
  tl_add(&in, tens("i", DT_I32, 1, SHAPE(3), VALS(INT32_MIN, -3, 4)));
  check_out(g, &in, NULL, 1, SHAPE(3), VALS(INT32_MIN, 3, -4), 0);
  Run r = run(g, &in, NULL, DT_F32, 0);
  expect_values(output(&r, "abs"), 1, SHAPE(3), VALS(INT32_MIN, 3, 4), 0, "abs");
  run_free(&r);
  tl_free(&in);
  ir_graph_free(g);
}

/* One binary op over two rank-1 inputs. */
static void check_binary(OpKind op, DType dt, int n, const double *a, const double *b, const double *want) {
  Graph *g = ir_graph_new();
  int32_t x = ir_input(g, "a", dt, 1, DIMS(C(n)), SP), y = ir_input(g, "b", dt, 1, DIMS(C(n)), SP);
  ir_add_output(g, "out", ir_binary(g, op, x, y, SP));
  TensorList in = {0};
  tl_add(&in, tens("a", dt, 1, SHAPE(n), a));
  tl_add(&in, tens("b", dt, 1, SHAPE(n), b));
  cr_log_info("op %s on %s", op_name(op), dtype_name(dt));
  check_out(g, &in, NULL, 1, SHAPE(n), want, 1e-7);
  tl_free(&in);
  ir_graph_free(g);
}

Test(interp, float_binary_ops) {
  const double *a = VALS(1.5, -2, 3, 0.5), *b = VALS(2, 4, -1, 0.5);
  check_binary(OP_ADD, DT_F32, 4, a, b, VALS(3.5, 2, 2, 1));
  check_binary(OP_SUB, DT_F32, 4, a, b, VALS(-0.5, -6, 4, 0));
  check_binary(OP_MUL, DT_F32, 4, a, b, VALS(3, -8, -3, 0.25));
  check_binary(OP_DIV, DT_F32, 4, a, b, VALS(0.75, -0.5, -3, 1));
  check_binary(OP_POW, DT_F32, 4, a, b, VALS(2.25, 16, 1.0 / 3, 0.7071067811865476));
  check_binary(OP_MAX, DT_F32, 4, a, b, VALS(2, 4, 3, 0.5));
  check_binary(OP_MIN, DT_F32, 4, a, b, VALS(1.5, -2, -1, 0.5));
  check_binary(OP_EQ, DT_F32, 4, a, b, VALS(0, 0, 0, 1));
  check_binary(OP_NE, DT_F32, 4, a, b, VALS(1, 1, 1, 0));
  check_binary(OP_LT, DT_F32, 4, a, b, VALS(1, 1, 0, 0));
  check_binary(OP_LE, DT_F32, 4, a, b, VALS(1, 1, 0, 1));
  check_binary(OP_GT, DT_F32, 4, a, b, VALS(0, 0, 1, 0));
  check_binary(OP_GE, DT_F32, 4, a, b, VALS(0, 0, 1, 1));
  /* NaN propagates through max and min */
  check_binary(OP_MAX, DT_F32, 2, VALS(NAN, 1), VALS(1, NAN), VALS(NAN, NAN));
  check_binary(OP_MIN, DT_F32, 2, VALS(NAN, 1), VALS(1, NAN), VALS(NAN, NAN));
}

/* NaN goes through relu, max and min (the language's relu, maximum and
 * minimum) and through rmax / rmin, in f64 and in f32 mode, from an input
 * and from a NaN constant; the generated kernels do the same (relu is
 * `a <= 0 ? 0 : a`, max and min are llmc_fmax / llmc_fmin). */
Test(interp, nan_propagates_through_relu_max_min) {
  Graph *g = ir_graph_new();
  int32_t x = ir_input(g, "x", DT_F32, 1, DIMS(C(4)), SP);
  int32_t one = ir_const(g, 1, DT_F32, 1, DIMS(C(4)), SP);
  int32_t nan = ir_const(g, NAN, DT_F32, 1, DIMS(C(4)), SP);
  ir_add_output(g, "relu", ir_unary(g, OP_RELU, x, SP));
  ir_add_output(g, "max_xl", ir_binary(g, OP_MAX, x, one, SP));
  ir_add_output(g, "max_xr", ir_binary(g, OP_MAX, one, x, SP));
  ir_add_output(g, "min_xl", ir_binary(g, OP_MIN, x, one, SP));
  ir_add_output(g, "min_xr", ir_binary(g, OP_MIN, one, x, SP));
  ir_add_output(g, "relu_c", ir_unary(g, OP_RELU, nan, SP));
  ir_add_output(g, "max_c", ir_binary(g, OP_MAX, nan, one, SP));
  ir_add_output(g, "min_c", ir_binary(g, OP_MIN, one, nan, SP));
  ir_add_output(g, "rmax", ir_reduce(g, OP_RMAX, x, 1, SP));
  ir_add_output(g, "rmin", ir_reduce(g, OP_RMIN, x, 1, SP));
  TensorList in = {0};
  tl_add(&in, tens("x", DT_F32, 1, SHAPE(4), VALS(NAN, -2, 0.5, 3)));
  for (int m = 0; m < 2; m++) {
    Run r = run(g, &in, NULL, m ? DT_F32 : DT_F64, 0);
    expect_values(output(&r, "relu"), 1, SHAPE(4), VALS(NAN, 0, 0.5, 3), 0, "relu");
    expect_values(output(&r, "max_xl"), 1, SHAPE(4), VALS(NAN, 1, 1, 3), 0, "max(x, 1)");
    expect_values(output(&r, "max_xr"), 1, SHAPE(4), VALS(NAN, 1, 1, 3), 0, "max(1, x)");
    expect_values(output(&r, "min_xl"), 1, SHAPE(4), VALS(NAN, -2, 0.5, 1), 0, "min(x, 1)");
    expect_values(output(&r, "min_xr"), 1, SHAPE(4), VALS(NAN, -2, 0.5, 1), 0, "min(1, x)");
    const char *consts[] = {"relu_c", "max_c", "min_c", "rmax", "rmin"};
    for (int k = 0; k < 5; k++) {
      const Tensor *t = output(&r, consts[k]);
      for (int64_t i = 0; i < tensor_numel(t); i++)
        cr_expect(isnan(tensor_get(t, i)), "%s[%lld] is %g, not NaN (%s mode)", consts[k], (long long)i,
                  tensor_get(t, i), m ? "f32" : "f64");
    }
    run_free(&r);
  }
  tl_free(&in);
  ir_graph_free(g);
}

/* An i32 constant is read as the kernels read it: truncated, saturated, NaN 0. */
Test(interp, i32_constants_saturate) {
  Graph *g = ir_graph_new();
  ir_add_output(g, "nan", ir_const(g, NAN, DT_I32, 1, DIMS(C(1)), SP));
  ir_add_output(g, "big", ir_const(g, 3e10, DT_I32, 1, DIMS(C(1)), SP));
  ir_add_output(g, "frac", ir_const(g, -2.7, DT_I32, 1, DIMS(C(1)), SP));
  Run r = run(g, NULL, NULL, DT_F32, 0);
  expect_values(output(&r, "nan"), 1, SHAPE(1), VALS(0), 0, "NaN");
  expect_values(output(&r, "big"), 1, SHAPE(1), VALS(INT32_MAX), 0, "3e10");
  expect_values(output(&r, "frac"), 1, SHAPE(1), VALS(-2), 0, "-2.7");
  run_free(&r);
  ir_graph_free(g);
}

Test(interp, i32_binary_ops_wrap_like_int32) {
  const double *a = VALS(INT32_MAX, -7, 7, INT32_MIN, 65536), *b = VALS(1, 2, -2, -1, 65536);
  check_binary(OP_ADD, DT_I32, 5, a, b, VALS(INT32_MIN, -5, 5, INT32_MAX, 131072));
  check_binary(OP_SUB, DT_I32, 5, a, b, VALS(INT32_MAX - 1, -9, 9, INT32_MIN + 1, 0));
  check_binary(OP_MUL, DT_I32, 5, a, b, VALS(INT32_MAX, -14, -14, INT32_MIN, 0));
  check_binary(OP_DIV, DT_I32, 5, a, b, VALS(INT32_MAX, -3, -3, INT32_MIN, 1));
  check_binary(OP_MAX, DT_I32, 5, a, b, VALS(INT32_MAX, 2, 7, -1, 65536));
  check_binary(OP_MIN, DT_I32, 5, a, b, VALS(1, -7, -2, INT32_MIN, 65536));
  check_binary(OP_LT, DT_I32, 5, a, b, VALS(0, 1, 0, 1, 0));
  check_binary(OP_POW, DT_I32, 7, VALS(2, 3, -2, 1, -1, 5, 2), VALS(10, 0, 3, -4, -3, -1, 31),
               VALS(1024, 1, -8, 1, -1, 0, INT32_MIN));
}

Test(interp, i32_division_by_zero_is_an_error) {
  Graph *g = ir_graph_new();
  int32_t x = ir_input(g, "a", DT_I32, 1, DIMS(C(2)), SP), y = ir_input(g, "b", DT_I32, 1, DIMS(C(2)), SP);
  ir_add_output(g, "out", ir_binary(g, OP_DIV, x, y, SP));
  TensorList in = {0};
  tl_add(&in, tens("a", DT_I32, 1, SHAPE(2), VALS(1, 2)));
  tl_add(&in, tens("b", DT_I32, 1, SHAPE(2), VALS(1, 0)));
  EXPECT_ERROR(g, &in, NULL, "node %2 (div)", "division by zero", "element 1");
  tl_free(&in);
  ir_graph_free(g);
}

Test(interp, where_selects) {
  Graph *g = ir_graph_new();
  int32_t c = ir_input(g, "c", DT_I32, 1, DIMS(C(4)), SP);
  int32_t a = ir_input(g, "a", DT_F32, 1, DIMS(C(4)), SP), b = ir_input(g, "b", DT_F32, 1, DIMS(C(4)), SP);
  ir_add_output(g, "out", ir_where(g, c, a, b, SP));
  TensorList in = {0};
  tl_add(&in, tens("c", DT_I32, 1, SHAPE(4), VALS(1, 0, 0, -5)));
  tl_add(&in, tens("a", DT_F32, 1, SHAPE(4), VALS(1, 2, 3, 4)));
  tl_add(&in, tens("b", DT_F32, 1, SHAPE(4), VALS(10, 20, 30, 40)));
  check_out(g, &in, NULL, 1, SHAPE(4), VALS(1, 20, 30, 4), 0);
  tl_free(&in);
  ir_graph_free(g);
}

/* ---- reductions --------------------------------------------------------------------------- */

/* x: f32[2, 3, 4] = 0..23 (x[b][j][k] = 12b + 4j + k), then op over axes. */
static void check_reduce(OpKind op, uint32_t axes, const int64_t *oshape, const double *want) {
  Graph *g = ir_graph_new();
  int32_t x = ir_iota(g, DT_F32, 1, DIMS(C(24)), 0, SP);
  x = ir_reshape(g, x, 3, DIMS(C(2), C(3), C(4)), SP);
  ir_add_output(g, "out", ir_reduce(g, op, x, axes, SP));
  cr_log_info("op %s axes %#x", op_name(op), axes);
  check_out(g, NULL, NULL, 3, oshape, want, 0);
  ir_graph_free(g);
}

Test(interp, reductions_keep_dims) {
  check_reduce(OP_RSUM, 1u << 1, SHAPE(2, 1, 4), VALS(12, 15, 18, 21, 48, 51, 54, 57));
  check_reduce(OP_RSUM, 1u << 0 | 1u << 2, SHAPE(1, 3, 1), VALS(60, 92, 124));
  check_reduce(OP_RSUM, 7, SHAPE(1, 1, 1), VALS(276));
  check_reduce(OP_RMAX, 1u << 2, SHAPE(2, 3, 1), VALS(3, 7, 11, 15, 19, 23));
  check_reduce(OP_RMIN, 1u << 0, SHAPE(1, 3, 4), VALS(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11));
  check_reduce(OP_ARGMAX, 1u << 1, SHAPE(2, 1, 4), VALS(2, 2, 2, 2, 2, 2, 2, 2));
}

Test(interp, argmax_takes_the_first_maximum) {
  Graph *g = ir_graph_new();
  int32_t x = ir_input(g, "x", DT_F32, 2, DIMS(C(3), C(4)), SP);
  ir_add_output(g, "out", ir_reduce(g, OP_ARGMAX, x, 1u << 1, SP));
  ir_add_output(g, "cols", ir_reduce(g, OP_ARGMAX, x, 1u << 0, SP));
  TensorList in = {0};
  tl_add(&in, tens("x", DT_F32, 2, SHAPE(3, 4), VALS(1, 5, 5, 2, 7, 7, 0, 7, -1, -3, -2, -1)));
  check_out(g, &in, NULL, 2, SHAPE(3, 1), VALS(1, 0, 0), 0);
  Run r = run(g, &in, NULL, DT_F32, 0);
  const Tensor *t = output(&r, "cols");
  cr_assert_eq(t->dtype, DT_I32);
  expect_values(t, 2, SHAPE(1, 4), VALS(1, 1, 0, 1), 0, "argmax over rows");
  run_free(&r);
  tl_free(&in);
  ir_graph_free(g);
}

Test(interp, reductions_of_odd_sizes) {
  Graph *g = ir_graph_new();
  int32_t x = ir_iota(g, DT_F32, 1, DIMS(C(17)), 0, SP); /* 0..16 */
  x = ir_binary(g, OP_ADD, x, ir_const(g, 1, DT_F32, 1, DIMS(C(17)), SP), SP);
  ir_add_output(g, "out", ir_reduce(g, OP_RSUM, x, 1, SP));
  ir_add_output(g, "max", ir_reduce(g, OP_RMAX, x, 1, SP));
  int32_t one = ir_const(g, 4.5, DT_F32, 1, DIMS(C(1)), SP);
  ir_add_output(g, "one", ir_reduce(g, OP_RSUM, one, 1, SP));
  int32_t three = ir_input(g, "v", DT_F32, 1, DIMS(C(3)), SP);
  ir_add_output(g, "nan", ir_reduce(g, OP_RMAX, three, 1, SP));
  ir_add_output(g, "nanarg", ir_reduce(g, OP_ARGMAX, three, 1, SP));
  TensorList in = {0};
  tl_add(&in, tens("v", DT_F32, 1, SHAPE(3), VALS(1, NAN, 3)));
  check_out(g, &in, NULL, 1, SHAPE(1), VALS(153), 0);
  Run r = run(g, &in, NULL, DT_F64, 0);
  expect_values(output(&r, "max"), 1, SHAPE(1), VALS(17), 0, "max");
  expect_values(output(&r, "one"), 1, SHAPE(1), VALS(4.5), 0, "sum of one");
  expect_values(output(&r, "nan"), 1, SHAPE(1), VALS(NAN), 0, "rmax propagates NaN");
  expect_values(output(&r, "nanarg"), 1, SHAPE(1), VALS(1), 0, "argmax finds NaN");
  run_free(&r);
  tl_free(&in);
  ir_graph_free(g);
}

Test(interp, f32_mode_accumulates_in_float) {
  /* 1 + 2^-24 rounds back to 1 in float at every step; in double the four
   * small terms survive. */
  Graph *g = ir_graph_new();
  int32_t x = ir_input(g, "x", DT_F32, 1, DIMS(C(5)), SP);
  ir_add_output(g, "out", ir_reduce(g, OP_RSUM, x, 1, SP));
  TensorList in = {0};
  double e = ldexp(1, -24);
  tl_add(&in, tens("x", DT_F32, 1, SHAPE(5), VALS(1, e, e, e, e)));
  Run r = run(g, &in, NULL, DT_F32, 0);
  expect_values(output(&r, "out"), 1, SHAPE(1), VALS(1), 0, "f32 sum");
  run_free(&r);
  r = run(g, &in, NULL, DT_F64, 0);
  expect_values(output(&r, "out"), 1, SHAPE(1), VALS(1 + 4 * e), 0, "f64 sum");
  run_free(&r);
  tl_free(&in);
  ir_graph_free(g);
}

/* ---- matmul ---------------------------------------------------------------------------------- */

Test(interp, matmul_small) {
  Graph *g = ir_graph_new();
  int32_t a = ir_input(g, "a", DT_F32, 2, DIMS(C(2), C(3)), SP), b = ir_input(g, "b", DT_F32, 2, DIMS(C(3), C(2)), SP);
  ir_add_output(g, "out", ir_matmul(g, a, b, SP));
  TensorList in = {0};
  tl_add(&in, tens("a", DT_F32, 2, SHAPE(2, 3), VALS(1, 2, 3, 4, 5, 6)));
  tl_add(&in, tens("b", DT_F32, 2, SHAPE(3, 2), VALS(7, 8, 9, 10, 11, 12)));
  check_out(g, &in, NULL, 2, SHAPE(2, 2), VALS(58, 64, 139, 154), 0);
  tl_free(&in);
  ir_graph_free(g);
}

Test(interp, matmul_batched) {
  Graph *g = ir_graph_new();
  int32_t a = ir_input(g, "a", DT_F32, 3, DIMS(C(2), C(1), C(3)), SP);
  int32_t b = ir_input(g, "b", DT_F32, 3, DIMS(C(2), C(3), C(1)), SP);
  ir_add_output(g, "out", ir_matmul(g, a, b, SP));
  TensorList in = {0};
  tl_add(&in, tens("a", DT_F32, 3, SHAPE(2, 1, 3), VALS(1, 2, 3, 4, 5, 6)));
  tl_add(&in, tens("b", DT_F32, 3, SHAPE(2, 3, 1), VALS(1, 0, -1, 2, 2, 2)));
  check_out(g, &in, NULL, 3, SHAPE(2, 1, 1), VALS(-2, 30), 0);
  tl_free(&in);
  ir_graph_free(g);
}

Test(interp, matmul_with_an_identity_of_17) {
  /* I = cast(iota0 == iota1): x @ I == x for x: [3, 17] */
  Graph *g = ir_graph_new();
  Dim sq[2] = {C(17), C(17)};
  int32_t eye = ir_binary(g, OP_EQ, ir_iota(g, DT_I32, 2, sq, 0, SP), ir_iota(g, DT_I32, 2, sq, 1, SP), SP);
  eye = ir_cast(g, eye, DT_F32, SP);
  int32_t x = ir_input(g, "x", DT_F32, 2, DIMS(C(3), C(17)), SP);
  ir_add_output(g, "out", ir_matmul(g, x, eye, SP));
  double xv[51];
  for (int i = 0; i < 51; i++) xv[i] = sin(i * 0.7) * 3;
  TensorList in = {0};
  tl_add(&in, tens("x", DT_F32, 2, SHAPE(3, 17), xv));
  for (int i = 0; i < 51; i++) xv[i] = (float)xv[i];
  check_out(g, &in, NULL, 2, SHAPE(3, 17), xv, 0);
  tl_free(&in);
  ir_graph_free(g);

  /* ones[1, 17] @ B[17, 3] with B[k][j] = k + j: column sums 136 + 17j */
  g = ir_graph_new();
  int32_t ones = ir_const(g, 1, DT_F32, 2, DIMS(C(1), C(17)), SP);
  int32_t bm = ir_binary(g, OP_ADD, ir_iota(g, DT_F32, 2, DIMS(C(17), C(3)), 0, SP),
                         ir_iota(g, DT_F32, 2, DIMS(C(17), C(3)), 1, SP), SP);
  ir_add_output(g, "out", ir_matmul(g, ones, bm, SP));
  check_out(g, NULL, NULL, 2, SHAPE(1, 3), VALS(136, 153, 170), 0);
  ir_graph_free(g);
}

/* ---- movement ---------------------------------------------------------------------------------- */

Test(interp, reshape_is_row_major) {
  Graph *g = ir_graph_new();
  int32_t x = ir_iota(g, DT_F32, 1, DIMS(C(6)), 0, SP);
  ir_add_output(g, "out", ir_reshape(g, ir_reshape(g, x, 2, DIMS(C(3), C(2)), SP), 3, DIMS(C(1), C(2), C(3)), SP));
  check_out(g, NULL, NULL, 3, SHAPE(1, 2, 3), VALS(0, 1, 2, 3, 4, 5), 0);
  ir_graph_free(g);
}

Test(interp, permute_moves_axes) {
  /* x[a][b][k] = 12a + 4b + k, perm [2, 0, 1]: out[p][q][r] = x[q][r][p] */
  Graph *g = ir_graph_new();
  int32_t x = ir_reshape(g, ir_iota(g, DT_F32, 1, DIMS(C(24)), 0, SP), 3, DIMS(C(2), C(3), C(4)), SP);
  ir_add_output(g, "out", ir_permute(g, x, (int[]){2, 0, 1}, SP));
  double want[24];
  for (int p = 0; p < 4; p++)
    for (int q = 0; q < 2; q++)
      for (int r = 0; r < 3; r++) want[p * 6 + q * 3 + r] = 12 * q + 4 * r + p;
  check_out(g, NULL, NULL, 3, SHAPE(4, 2, 3), want, 0);
  ir_graph_free(g);

  g = ir_graph_new();
  x = ir_input(g, "m", DT_F32, 2, DIMS(C(2), C(3)), SP);
  ir_add_output(g, "out", ir_permute(g, x, (int[]){1, 0}, SP));
  TensorList in = {0};
  tl_add(&in, tens("m", DT_F32, 2, SHAPE(2, 3), VALS(1, 2, 3, 4, 5, 6)));
  check_out(g, &in, NULL, 2, SHAPE(3, 2), VALS(1, 4, 2, 5, 3, 6), 0);
  tl_free(&in);
  ir_graph_free(g);
}

Test(interp, expand_broadcasts_size_one_axes) {
  Graph *g = ir_graph_new();
  int32_t row = ir_input(g, "row", DT_F32, 2, DIMS(C(1), C(3)), SP);
  int32_t col = ir_input(g, "col", DT_F32, 2, DIMS(C(2), C(1)), SP);
  int32_t sum = ir_binary(g, OP_ADD, ir_expand(g, row, 2, DIMS(C(2), C(3)), SP),
                          ir_expand(g, col, 2, DIMS(C(2), C(3)), SP), SP);
  ir_add_output(g, "out", sum);
  int32_t vec = ir_input(g, "vec", DT_F32, 1, DIMS(C(3)), SP); /* NumPy rules: [3] -> [2, 3] */
  ir_add_output(g, "bias", ir_broadcast_to(g, vec, 3, DIMS(C(2), C(1), C(3)), SP));
  TensorList in = {0};
  tl_add(&in, tens("row", DT_F32, 2, SHAPE(1, 3), VALS(1, 2, 3)));
  tl_add(&in, tens("col", DT_F32, 2, SHAPE(2, 1), VALS(10, 20)));
  tl_add(&in, tens("vec", DT_F32, 1, SHAPE(3), VALS(7, 8, 9)));
  check_out(g, &in, NULL, 2, SHAPE(2, 3), VALS(11, 12, 13, 21, 22, 23), 0);
  Run r = run(g, &in, NULL, DT_F32, 0);
  expect_values(output(&r, "bias"), 3, SHAPE(2, 1, 3), VALS(7, 8, 9, 7, 8, 9), 0, "broadcast_to");
  run_free(&r);
  tl_free(&in);
  ir_graph_free(g);
}

Test(interp, slice_start_and_step) {
  /* x: [4, 5] = 0..19; rows 1, 3 (start 1 step 2), the last two columns (start 3) */
  Graph *g = ir_graph_new();
  int32_t x = ir_reshape(g, ir_iota(g, DT_F32, 1, DIMS(C(20)), 0, SP), 2, DIMS(C(4), C(5)), SP);
  ir_add_output(g, "out", ir_slice(g, x, DIMS(C(1), C(3)), (int64_t[]){2, 1}, DIMS(C(2), C(2)), SP));
  check_out(g, NULL, NULL, 2, SHAPE(2, 2), VALS(8, 9, 18, 19), 0);
  ir_graph_free(g);

  /* every third element of 17 from 2: 2, 5, 8, 11, 14 */
  g = ir_graph_new();
  x = ir_iota(g, DT_I32, 1, DIMS(C(17)), 0, SP);
  ir_add_output(g, "out", ir_slice(g, x, DIMS(C(2)), (int64_t[]){3}, DIMS(C(5)), SP));
  check_out(g, NULL, NULL, 1, SHAPE(5), VALS(2, 5, 8, 11, 14), 0);
  ir_graph_free(g);
}

Test(interp, slice_with_a_negative_step) {
  /* ir_slice only builds steps >= 1, but the IR (and a parsed graph) may
   * hold any step; reverse [0..4] with start 4 step -1. */
  Graph *g = ir_graph_new();
  int32_t x = ir_iota(g, DT_F32, 1, DIMS(C(5)), 0, SP);
  int32_t s = ir_slice(g, x, DIMS(C(0)), (int64_t[]){1}, DIMS(C(5 - 1)), SP);
  g->nodes.v[s].slice->start[0] = C(4);
  g->nodes.v[s].slice->step[0] = -1;
  g->nodes.v[s].shape[0] = C(5);
  ir_add_output(g, "out", s);
  check_out(g, NULL, NULL, 1, SHAPE(5), VALS(4, 3, 2, 1, 0), 0);
  ir_graph_free(g);
}

Test(interp, slice_with_a_symbolic_start) {
  /* x[T - 3:] — the last three elements, whatever T is */
  Graph *g = ir_graph_new();
  Dim T = V(g, "T");
  int32_t x = ir_input(g, "x", DT_F32, 1, DIMS(T), SP);
  ir_add_output(g, "out", ir_slice(g, x, DIMS(dim_sub(T, C(3))), (int64_t[]){1}, DIMS(C(3)), SP));
  for (int T_ = 3; T_ <= 8; T_ += 5) {
    double v[8];
    for (int i = 0; i < T_; i++) v[i] = 100 + i;
    TensorList in = {0};
    tl_add(&in, tens("x", DT_F32, 1, SHAPE(T_), v));
    check_out(g, &in, NULL, 1, SHAPE(3), VALS(100 + T_ - 3, 100 + T_ - 2, 100 + T_ - 1), 0);
    tl_free(&in);
  }
  ir_graph_free(g);
}

Test(interp, negative_shapes_are_errors) {
  /* x[0:T - 5] with T = 3 */
  Graph *g = ir_graph_new();
  Dim T = V(g, "T");
  int32_t x = ir_input(g, "x", DT_F32, 1, DIMS(T), SP);
  ir_add_output(g, "out", ir_slice(g, x, DIMS(C(0)), (int64_t[]){1}, DIMS(dim_sub(T, C(5))), SP));
  TensorList in = {0};
  tl_add(&in, tens("x", DT_F32, 1, SHAPE(3), NULL));
  EXPECT_ERROR(g, &in, NULL, "node %1 (slice)", "T - 5", "negative (-2)");
  tl_free(&in);
  tl_add(&in, tens("x", DT_F32, 1, SHAPE(7), VALS(1, 2, 3, 4, 5, 6, 7)));
  check_out(g, &in, NULL, 1, SHAPE(2), VALS(1, 2), 0);
  tl_free(&in);
  ir_graph_free(g);
}

Test(interp, pad_is_the_adjoint_of_slice) {
  Graph *g = ir_graph_new();
  int32_t x = ir_input(g, "x", DT_F32, 1, DIMS(C(2)), SP);
  ir_add_output(g, "out", ir_pad(g, x, DIMS(C(1)), (int64_t[]){2}, DIMS(C(5)), SP));
  TensorList in = {0};
  tl_add(&in, tens("x", DT_F32, 1, SHAPE(2), VALS(1, 2)));
  check_out(g, &in, NULL, 1, SHAPE(5), VALS(0, 1, 0, 2, 0), 0);
  tl_free(&in);
  ir_graph_free(g);

  /* [2, 2] into [3, 4] at rows 1.., columns 1 and 3 */
  g = ir_graph_new();
  x = ir_input(g, "x", DT_F32, 2, DIMS(C(2), C(2)), SP);
  ir_add_output(g, "out", ir_pad(g, x, DIMS(C(1), C(1)), (int64_t[]){1, 2}, DIMS(C(3), C(4)), SP));
  tl_add(&in, tens("x", DT_F32, 2, SHAPE(2, 2), VALS(1, 2, 3, 4)));
  check_out(g, &in, NULL, 2, SHAPE(3, 4), VALS(0, 0, 0, 0, 0, 1, 0, 2, 0, 3, 0, 4), 0);
  tl_free(&in);
  ir_graph_free(g);
}

Test(interp, concat_along_an_axis) {
  Graph *g = ir_graph_new();
  int32_t xs[3] = {ir_input(g, "a", DT_F32, 2, DIMS(C(2), C(1)), SP), ir_input(g, "b", DT_F32, 2, DIMS(C(2), C(3)), SP),
                   ir_input(g, "c", DT_F32, 2, DIMS(C(2), C(2)), SP)};
  ir_add_output(g, "out", ir_concat(g, xs, 3, 1, SP));
  ir_add_output(g, "rows", ir_concat(g, (int32_t[]){xs[1], xs[2]}, 2, 1, SP));
  TensorList in = {0};
  tl_add(&in, tens("a", DT_F32, 2, SHAPE(2, 1), VALS(1, 2)));
  tl_add(&in, tens("b", DT_F32, 2, SHAPE(2, 3), VALS(10, 11, 12, 20, 21, 22)));
  tl_add(&in, tens("c", DT_F32, 2, SHAPE(2, 2), VALS(-1, -2, -3, -4)));
  check_out(g, &in, NULL, 2, SHAPE(2, 6), VALS(1, 10, 11, 12, -1, -2, 2, 20, 21, 22, -3, -4), 0);
  tl_free(&in);
  ir_graph_free(g);

  g = ir_graph_new();
  int32_t ys[2] = {ir_input(g, "a", DT_I32, 2, DIMS(C(1), C(2)), SP), ir_input(g, "b", DT_I32, 2, DIMS(C(3), C(2)), SP)};
  ir_add_output(g, "out", ir_concat(g, ys, 2, 0, SP));
  tl_add(&in, tens("a", DT_I32, 2, SHAPE(1, 2), VALS(1, 2)));
  tl_add(&in, tens("b", DT_I32, 2, SHAPE(3, 2), VALS(3, 4, 5, 6, 7, 8)));
  check_out(g, &in, NULL, 2, SHAPE(4, 2), VALS(1, 2, 3, 4, 5, 6, 7, 8), 0);
  tl_free(&in);
  ir_graph_free(g);
}

/* ---- indexing ---------------------------------------------------------------------------------- */

Test(interp, gather_rows) {
  Graph *g = ir_graph_new();
  int32_t t = ir_param(g, "table", DT_F32, 2, DIMS(C(4), C(2)), SP);
  int32_t idx = ir_input(g, "idx", DT_I32, 2, DIMS(C(2), C(3)), SP);
  ir_add_output(g, "out", ir_gather(g, t, idx, SP));
  TensorList in = {0}, par = {0};
  tl_add(&par, tens("table", DT_F32, 2, SHAPE(4, 2), VALS(0, 1, 10, 11, 20, 21, 30, 31)));
  tl_add(&in, tens("idx", DT_I32, 2, SHAPE(2, 3), VALS(3, 0, 1, 1, 1, 2)));
  check_out(g, &in, &par, 3, SHAPE(2, 3, 2), VALS(30, 31, 0, 1, 10, 11, 10, 11, 10, 11, 20, 21), 0);
  tl_free(&in);
  tl_free(&par);
  ir_graph_free(g);

  /* a rank-1 table gives scalars per index */
  g = ir_graph_new();
  t = ir_input(g, "v", DT_F32, 1, DIMS(C(5)), SP);
  idx = ir_input(g, "idx", DT_I32, 1, DIMS(C(3)), SP);
  ir_add_output(g, "out", ir_gather(g, t, idx, SP));
  tl_add(&in, tens("v", DT_F32, 1, SHAPE(5), VALS(5, 6, 7, 8, 9)));
  tl_add(&in, tens("idx", DT_I32, 1, SHAPE(3), VALS(4, 4, 0)));
  check_out(g, &in, NULL, 1, SHAPE(3), VALS(9, 9, 5), 0);
  tl_free(&in);
  ir_graph_free(g);
}

Test(interp, scatter_add_accumulates_repeated_rows) {
  Graph *g = ir_graph_new();
  int32_t src = ir_input(g, "src", DT_F32, 3, DIMS(C(2), C(3), C(2)), SP);
  int32_t idx = ir_input(g, "idx", DT_I32, 2, DIMS(C(2), C(3)), SP);
  ir_add_output(g, "out", ir_scatter_add(g, src, idx, C(4), SP));
  TensorList in = {0};
  tl_add(&in, tens("src", DT_F32, 3, SHAPE(2, 3, 2), VALS(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)));
  tl_add(&in, tens("idx", DT_I32, 2, SHAPE(2, 3), VALS(3, 0, 1, 1, 1, 2)));
  /* row 0: (3,4); row 1: (5,6)+(7,8)+(9,10); row 2: (11,12); row 3: (1,2) */
  check_out(g, &in, NULL, 2, SHAPE(4, 2), VALS(3, 4, 21, 24, 11, 12, 1, 2), 0);
  tl_free(&in);
  ir_graph_free(g);
}

Test(interp, take_along_an_axis) {
  Graph *g = ir_graph_new();
  int32_t x = ir_input(g, "x", DT_F32, 2, DIMS(C(2), C(3)), SP);
  int32_t i1 = ir_input(g, "i1", DT_I32, 1, DIMS(C(2)), SP), i0 = ir_input(g, "i0", DT_I32, 1, DIMS(C(3)), SP);
  ir_add_output(g, "out", ir_take(g, x, i1, 1, SP));
  ir_add_output(g, "axis0", ir_take(g, x, i0, 0, SP));
  TensorList in = {0};
  tl_add(&in, tens("x", DT_F32, 2, SHAPE(2, 3), VALS(1, 2, 3, 4, 5, 6)));
  tl_add(&in, tens("i1", DT_I32, 1, SHAPE(2), VALS(2, 0)));
  tl_add(&in, tens("i0", DT_I32, 1, SHAPE(3), VALS(1, 0, 1)));
  check_out(g, &in, NULL, 1, SHAPE(2), VALS(3, 4), 0);
  Run r = run(g, &in, NULL, DT_F32, 0);
  expect_values(output(&r, "axis0"), 1, SHAPE(3), VALS(4, 2, 6), 0, "take along axis 0");
  run_free(&r);
  tl_free(&in);
  ir_graph_free(g);
}

Test(interp, put_add_is_the_adjoint_of_take) {
  Graph *g = ir_graph_new();
  int32_t gs = ir_input(g, "g", DT_F32, 1, DIMS(C(2)), SP), i1 = ir_input(g, "i1", DT_I32, 1, DIMS(C(2)), SP);
  int32_t g0 = ir_input(g, "g0", DT_F32, 1, DIMS(C(3)), SP), i0 = ir_input(g, "i0", DT_I32, 1, DIMS(C(3)), SP);
  ir_add_output(g, "out", ir_put_add(g, gs, i1, 1, C(3), SP));
  ir_add_output(g, "axis0", ir_put_add(g, g0, i0, 0, C(2), SP));
  TensorList in = {0};
  tl_add(&in, tens("g", DT_F32, 1, SHAPE(2), VALS(10, 20)));
  tl_add(&in, tens("i1", DT_I32, 1, SHAPE(2), VALS(2, 0)));
  tl_add(&in, tens("g0", DT_F32, 1, SHAPE(3), VALS(1, 2, 3)));
  tl_add(&in, tens("i0", DT_I32, 1, SHAPE(3), VALS(1, 1, 0)));
  check_out(g, &in, NULL, 2, SHAPE(2, 3), VALS(0, 0, 10, 20, 0, 0), 0);
  Run r = run(g, &in, NULL, DT_F32, 0);
  expect_values(output(&r, "axis0"), 2, SHAPE(2, 3), VALS(0, 0, 3, 1, 2, 0), 0, "put_add along axis 0");
  run_free(&r);
  tl_free(&in);
  ir_graph_free(g);
}

Test(interp, out_of_range_indices_are_errors) {
  /* gather: index 4 of a 4-row table, reached through a reshape of input 'idx' */
  Graph *g = ir_graph_new();
  int32_t t = ir_param(g, "wte", DT_F32, 2, DIMS(C(4), C(2)), SP);
  int32_t idx = ir_input(g, "idx", DT_I32, 2, DIMS(C(2), C(2)), SP);
  ir_add_output(g, "out", ir_gather(g, t, ir_reshape(g, idx, 1, DIMS(C(4)), SP), SP));
  TensorList in = {0}, par = {0};
  tl_add(&par, tens("wte", DT_F32, 2, SHAPE(4, 2), NULL));
  tl_add(&in, tens("idx", DT_I32, 2, SHAPE(2, 2), VALS(0, 1, 4, 2)));
  EXPECT_ERROR(g, &in, &par, "node %3 (gather)", "index 4", "input 'idx'", "size 4");
  tl_free(&in);
  tl_add(&in, tens("idx", DT_I32, 2, SHAPE(2, 2), VALS(0, -1, 3, 2)));
  EXPECT_ERROR(g, &in, &par, "index -1", "input 'idx'");
  tl_free(&in);
  tl_free(&par);
  ir_graph_free(g);

  /* take and put_add, scatter_add */
  g = ir_graph_new();
  int32_t x = ir_input(g, "x", DT_F32, 2, DIMS(C(2), C(3)), SP);
  int32_t tg = ir_input(g, "targets", DT_I32, 1, DIMS(C(2)), SP);
  ir_add_output(g, "out", ir_take(g, x, tg, 1, SP));
  tl_add(&in, tens("x", DT_F32, 2, SHAPE(2, 3), NULL));
  tl_add(&in, tens("targets", DT_I32, 1, SHAPE(2), VALS(0, 3)));
  EXPECT_ERROR(g, &in, NULL, "(take)", "index 3 at [1]", "input 'targets'");
  tl_free(&in);
  ir_graph_free(g);

  g = ir_graph_new();
  int32_t src = ir_input(g, "src", DT_F32, 2, DIMS(C(2), C(3)), SP);
  int32_t rows = ir_input(g, "rows", DT_I32, 1, DIMS(C(2)), SP);
  ir_add_output(g, "out", ir_scatter_add(g, src, rows, C(5), SP));
  ir_add_output(g, "put", ir_put_add(g, rows, rows, 0, C(5), SP));
  tl_add(&in, tens("src", DT_F32, 2, SHAPE(2, 3), NULL));
  tl_add(&in, tens("rows", DT_I32, 1, SHAPE(2), VALS(5, 0)));
  EXPECT_ERROR(g, &in, NULL, "(scatter_add)", "index 5", "input 'rows'");
  tl_free(&in);
  ir_graph_free(g);
}

/* ---- symbolic dims ---------------------------------------------------------------------------- */

Test(interp, symbolic_dims_bind_per_run) {
  /* x: f32[B, T] -> mean over T: [B, 1] */
  Graph *g = ir_graph_new();
  Dim B = V(g, "B"), T = V(g, "T");
  int32_t x = ir_input(g, "x", DT_F32, 2, DIMS(B, T), SP);
  int32_t s = ir_reduce(g, OP_RSUM, x, 1u << 1, SP);
  int32_t n = ir_cast(g, ir_symdim(g, T, DT_I32, SP), DT_F32, SP);
  n = ir_expand(g, ir_reshape(g, n, 2, DIMS(C(1), C(1)), SP), 2, DIMS(B, C(1)), SP);
  ir_add_output(g, "out", ir_binary(g, OP_DIV, s, n, SP));
  const int64_t sizes[2][2] = {{2, 3}, {4, 5}};
  for (int k = 0; k < 2; k++) {
    int64_t b = sizes[k][0], t = sizes[k][1];
    double xv[20], want[4];
    for (int i = 0; i < b; i++) {
      want[i] = 0;
      for (int j = 0; j < t; j++) {
        xv[i * t + j] = i * 10 + j;
        want[i] += (double)(i * 10 + j) / (double)t;
      }
    }
    TensorList in = {0};
    tl_add(&in, tens("x", DT_F32, 2, SHAPE(b, t), xv));
    int64_t vals[2];
    Diag d;
    diag_init(&d, stderr);
    cr_assert(ir_bind_dims(g, &in, vals, &d));
    cr_assert(vals[0] == b && vals[1] == t, "bound B=%lld T=%lld", (long long)vals[0], (long long)vals[1]);
    diag_free(&d);
    check_out(g, &in, NULL, 2, SHAPE(b, 1), want, 1e-6);
    tl_free(&in);
  }
  ir_graph_free(g);
}

Test(interp, dim_eval_of_polynomials) {
  Graph *g = ir_graph_new();
  Dim B = V(g, "B"), T = V(g, "T");
  int64_t vals[2] = {3, 5};
  cr_assert_eq(ir_dim_eval(C(7), vals), 7);
  cr_assert_eq(ir_dim_eval(B, vals), 3);
  cr_assert_eq(ir_dim_eval(dim_add(dim_mul(B, T), C(1)), vals), 16);
  cr_assert_eq(ir_dim_eval(dim_sub(T, dim_mul(C(2), B)), vals), -1);
  cr_assert_eq(ir_dim_eval(dim_mul(dim_mul(B, B), T), vals), 45);
  ir_graph_free(g);
}

Test(interp, derived_dims_are_checked_after_binding) {
  /* x: [B, T] binds B and T; y: [B*T, 2] must then have B*T rows */
  Graph *g = ir_graph_new();
  Dim B = V(g, "B"), T = V(g, "T");
  int32_t x = ir_input(g, "x", DT_F32, 2, DIMS(B, T), SP);
  int32_t y = ir_input(g, "y", DT_F32, 2, DIMS(dim_mul(B, T), C(2)), SP);
  ir_add_output(g, "out", ir_reduce(g, OP_RSUM, y, 3, SP));
  ir_add_output(g, "x", x);
  TensorList in = {0};
  tl_add(&in, tens("x", DT_F32, 2, SHAPE(2, 3), NULL));
  tl_add(&in, tens("y", DT_F32, 2, SHAPE(6, 2), VALS(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1)));
  check_out(g, &in, NULL, 2, SHAPE(1, 1), VALS(12), 0);
  tl_free(&in);
  tl_add(&in, tens("x", DT_F32, 2, SHAPE(2, 3), NULL));
  tl_add(&in, tens("y", DT_F32, 2, SHAPE(5, 2), NULL));
  EXPECT_ERROR(g, &in, NULL, "input 'y': expected f32[B*T, 2] = [6, 2], got f32[5, 2]");
  tl_free(&in);
  ir_graph_free(g);
}

/* ---- errors naming the tensor -------------------------------------------------------------------- */

/* idx: i32[B, T], x: f32[B, 3], param w: f32[3] */
static Graph *error_graph(void) {
  Graph *g = ir_graph_new();
  Dim B = V(g, "B"), T = V(g, "T");
  int32_t idx = ir_input(g, "idx", DT_I32, 2, DIMS(B, T), SP);
  int32_t x = ir_input(g, "x", DT_F32, 2, DIMS(B, C(3)), SP);
  int32_t w = ir_param(g, "w", DT_F32, 1, DIMS(C(3)), SP);
  ir_add_output(g, "out", ir_binary(g, OP_MUL, x, ir_broadcast_to(g, w, 2, DIMS(B, C(3)), SP), SP));
  ir_add_output(g, "idx", idx);
  return g;
}

static void error_tensors(TensorList *in, TensorList *par) {
  tl_add(in, tens("idx", DT_I32, 2, SHAPE(4, 8), NULL));
  tl_add(in, tens("x", DT_F32, 2, SHAPE(4, 3), NULL));
  tl_add(par, tens("w", DT_F32, 1, SHAPE(3), NULL));
}

Test(interp, error_graph_runs_when_all_is_well) {
  Graph *g = error_graph();
  TensorList in = {0}, par = {0};
  error_tensors(&in, &par);
  Run r = run(g, &in, &par, DT_F32, 0);
  cr_assert(r.ok, "%s", r.msg);
  run_free(&r);
  tl_free(&in);
  tl_free(&par);
  ir_graph_free(g);
}

Test(interp, missing_input) {
  Graph *g = error_graph();
  TensorList in = {0}, par = {0};
  error_tensors(&in, &par);
  tensor_free(in.v.v[1]);
  in.v.n = 1; /* drop x */
  EXPECT_ERROR(g, &in, &par, "missing input 'x'", "f32[B, 3]");
  tl_free(&in);
  tl_free(&par);
  ir_graph_free(g);
}

Test(interp, missing_param) {
  Graph *g = error_graph();
  TensorList in = {0}, par = {0};
  error_tensors(&in, &par);
  EXPECT_ERROR(g, &in, NULL, "missing param 'w'", "f32[3]");
  tl_free(&in);
  tl_free(&par);
  ir_graph_free(g);
}

Test(interp, extra_input) {
  Graph *g = error_graph();
  TensorList in = {0}, par = {0};
  error_tensors(&in, &par);
  tl_add(&in, tens("targets", DT_I32, 2, SHAPE(4, 8), NULL));
  EXPECT_ERROR(g, &in, &par, "unexpected input 'targets'", "'idx', 'x'");
  tl_free(&in);
  tl_free(&par);
  ir_graph_free(g);
}

Test(interp, wrong_shape) {
  Graph *g = error_graph();
  TensorList in = {0}, par = {0};
  error_tensors(&in, &par);
  tensor_free(in.v.v[1]);
  in.v.v[1] = tens("x", DT_F32, 2, SHAPE(4, 9), NULL);
  EXPECT_ERROR(g, &in, &par, "input 'x': expected f32[B, 3] = [4, 3], got f32[4, 9]");
  tensor_free(par.v.v[0]);
  par.v.v[0] = tens("w", DT_F32, 1, SHAPE(4), NULL);
  EXPECT_ERROR(g, &in, &par, "param 'w': expected f32[3], got f32[4]");
  tl_free(&in);
  tl_free(&par);
  ir_graph_free(g);
}

Test(interp, wrong_dtype) {
  Graph *g = error_graph();
  TensorList in = {0}, par = {0};
  error_tensors(&in, &par);
  tensor_free(in.v.v[0]);
  in.v.v[0] = tens("idx", DT_F32, 2, SHAPE(4, 8), NULL);
  EXPECT_ERROR(g, &in, &par, "input 'idx': expected i32[B, T] = [4, 8], got f32[4, 8]");
  tl_free(&in);
  tl_free(&par);
  ir_graph_free(g);
}

Test(interp, wrong_rank) {
  Graph *g = error_graph();
  TensorList in = {0}, par = {0};
  error_tensors(&in, &par);
  tensor_free(in.v.v[0]);
  in.v.v[0] = tens("idx", DT_I32, 1, SHAPE(32), NULL);
  EXPECT_ERROR(g, &in, &par, "input 'idx'", "i32[B, T]", "i32[32]");
  tl_free(&in);
  tl_free(&par);
  ir_graph_free(g);
}

Test(interp, conflicting_dims) {
  Graph *g = error_graph();
  TensorList in = {0}, par = {0};
  error_tensors(&in, &par);
  tensor_free(in.v.v[1]);
  in.v.v[1] = tens("x", DT_F32, 2, SHAPE(5, 3), NULL);
  EXPECT_ERROR(g, &in, &par, "input 'x': B = 5", "input 'idx' gave B = 4");
  int64_t vals[2];
  Diag d;
  diag_init(&d, fopen("/dev/null", "w"));
  cr_assert(!ir_bind_dims(g, &in, vals, &d));
  cr_assert_eq(d.nerrors, 1);
  fclose(d.out);
  diag_free(&d);
  tl_free(&in);
  tl_free(&par);
  ir_graph_free(g);
}

/* ---- RAND ---------------------------------------------------------------------------------------- */

static const Tensor *rand_out(const Run *r, const char *name) {
  const Tensor *t = output(r, name);
  cr_assert_eq(tensor_numel(t), 10000);
  return t;
}

Test(interp, rand_is_deterministic_and_uniform) {
  Graph *g = ir_graph_new();
  ir_add_output(g, "s0", ir_rand(g, 1, DIMS(C(10000)), 0, SP));
  ir_add_output(g, "s1", ir_rand(g, 1, DIMS(C(10000)), 1, SP));
  ir_add_output(g, "s0_2d", ir_reshape(g, ir_rand(g, 2, DIMS(C(100), C(100)), 0, SP), 1, DIMS(C(10000)), SP));
  Run a = run(g, NULL, NULL, DT_F32, 7), b = run(g, NULL, NULL, DT_F32, 7), c = run(g, NULL, NULL, DT_F32, 8);
  Run d = run(g, NULL, NULL, DT_F64, 7);
  const Tensor *a0 = rand_out(&a, "s0"), *a1 = rand_out(&a, "s1"), *b0 = rand_out(&b, "s0"), *c0 = rand_out(&c, "s0");
  const Tensor *a2 = rand_out(&a, "s0_2d"), *d0 = rand_out(&d, "s0");
  int same_stream = 0, same_seed = 0;
  double sum = 0, lo = 1, hi = 0;
  for (int64_t i = 0; i < 10000; i++) {
    double v = tensor_get(a0, i);
    cr_assert_eq(v, tensor_get(b0, i), "same seed, element %lld differs", (long long)i);
    cr_assert_eq(v, tensor_get(a2, i), "the value depends on the shape, element %lld", (long long)i);
    cr_assert_eq(v, tensor_get(d0, i), "f32 and f64 modes differ, element %lld", (long long)i);
    same_stream += v == tensor_get(a1, i);
    same_seed += v == tensor_get(c0, i);
    sum += v;
    lo = fmin(lo, v);
    hi = fmax(hi, v);
  }
  cr_assert_lt(same_stream, 10, "streams 0 and 1 agree in %d places", same_stream);
  cr_assert_lt(same_seed, 10, "seeds 7 and 8 agree in %d places", same_seed);
  cr_assert(lo >= 0 && hi < 1, "values outside [0, 1): %g..%g", lo, hi);
  cr_assert(fabs(sum / 10000 - 0.5) < 0.01, "mean %g", sum / 10000);
  run_free(&a);
  run_free(&b);
  run_free(&c);
  run_free(&d);
  ir_graph_free(g);
}

/* ---- precision ---------------------------------------------------------------------------------- */

Test(interp, f32_and_f64_modes_agree) {
  /* a small MLP with a softmax: softmax(gelu(x @ w + b)) over the last axis */
  Graph *g = ir_graph_new();
  int32_t x = ir_input(g, "x", DT_F32, 2, DIMS(C(3), C(17)), SP);
  int32_t w = ir_param(g, "w", DT_F32, 2, DIMS(C(17), C(5)), SP);
  int32_t b = ir_param(g, "b", DT_F32, 1, DIMS(C(5)), SP);
  int32_t h = ir_binary(g, OP_ADD, ir_matmul(g, x, w, SP), ir_broadcast_to(g, b, 2, DIMS(C(3), C(5)), SP), SP);
  h = ir_unary(g, OP_GELU, h, SP);
  int32_t m = ir_expand(g, ir_reduce(g, OP_RMAX, h, 2, SP), 2, DIMS(C(3), C(5)), SP);
  int32_t e = ir_unary(g, OP_EXP, ir_binary(g, OP_SUB, h, m, SP), SP);
  int32_t s = ir_expand(g, ir_reduce(g, OP_RSUM, e, 2, SP), 2, DIMS(C(3), C(5)), SP);
  ir_add_output(g, "out", ir_binary(g, OP_DIV, e, s, SP));
  TensorList in = {0}, par = {0};
  double xv[51], wv[85], bv[5];
  for (int i = 0; i < 51; i++) xv[i] = cos(i * 1.3);
  for (int i = 0; i < 85; i++) wv[i] = 0.3 * sin(i * 0.37);
  for (int i = 0; i < 5; i++) bv[i] = 0.1 * i;
  tl_add(&in, tens("x", DT_F32, 2, SHAPE(3, 17), xv));
  tl_add(&par, tens("w", DT_F32, 2, SHAPE(17, 5), wv));
  tl_add(&par, tens("b", DT_F32, 1, SHAPE(5), bv));
  Run r64 = run(g, &in, &par, DT_F64, 0), r32 = run(g, &in, &par, DT_F32, 0);
  const Tensor *a = output(&r64, "out"), *c = output(&r32, "out");
  cr_assert_eq(a->dtype, DT_F64);
  cr_assert_eq(c->dtype, DT_F32);
  double want[15];
  for (int i = 0; i < 15; i++) want[i] = tensor_get(a, i);
  expect_values(c, 2, SHAPE(3, 5), want, 1e-6, "f32 against f64");
  for (int row = 0; row < 3; row++) {
    double t = 0;
    for (int j = 0; j < 5; j++) t += want[row * 5 + j];
    cr_assert(fabs(t - 1) < 1e-12, "softmax row %d sums to %.17g", row, t);
  }
  run_free(&r64);
  run_free(&r32);
  tl_free(&in);
  tl_free(&par);
  ir_graph_free(g);
}

Test(interp, dead_nodes_are_not_evaluated) {
  /* A gather no output depends on never runs, so its bad index is harmless. */
  Graph *g = ir_graph_new();
  int32_t idx = ir_input(g, "idx", DT_I32, 1, DIMS(C(2)), SP);
  ir_gather(g, ir_const(g, 1, DT_F32, 1, DIMS(C(2)), SP), idx, SP);
  ir_add_output(g, "out", ir_cast(g, idx, DT_F32, SP));
  TensorList in = {0};
  tl_add(&in, tens("idx", DT_I32, 1, SHAPE(2), VALS(9, 1)));
  check_out(g, &in, NULL, 1, SHAPE(2), VALS(9, 1), 0);
  tl_free(&in);
  ir_graph_free(g);
}

/* ---- end to end: examples/gpt_char.llm ------------------------------------------------------------------ */

/* Lowers gpt_char.llm's loss (training = false). */
static Graph *lower_gpt_char(void) {
  Diag d;
  diag_init(&d, stderr);
  FeOptions o = {0};
  o.stdlib_dir = LLMC_SOURCE_DIR "/stdlib";
  o.check_files = false;
  Program *p = fe_program_new(&d, &o);
  cr_assert(fe_load(p, LLMC_SOURCE_DIR "/examples/gpt_char.llm") && fe_check(p), "gpt_char.llm does not check");
  Graph *g = fe_lower(p, "loss", false);
  cr_assert(g, "gpt_char.llm's loss does not lower");
  fe_program_free(p);
  diag_free(&d);
  return g;
}

/* Small deterministic parameters: every PARAM node gets 0.02 * sin(...). */
static void gpt_params(const Graph *g, TensorList *par) {
  for (int32_t id = 0; id < g->nodes.n; id++) {
    const IrNode *n = ir_node(g, id);
    if (n->op != OP_PARAM) continue;
    int64_t shape[IR_MAX_RANK];
    for (int i = 0; i < n->rank; i++) cr_assert(dim_is_const(n->shape[i], &shape[i]), "param %s has a symbolic shape", n->name);
    Tensor *t = tensor_new(n->name, DT_F32, n->rank, shape);
    for (int64_t i = 0; i < tensor_numel(t); i++) tensor_set(t, i, 0.02 * sin(0.37 * (double)i + 1.3 * id));
    tl_add(par, t);
  }
}

Test(interp, gpt_char_loss_end_to_end, .timeout = 120) {
  Graph *g = lower_gpt_char();
  TensorList par = {0};
  gpt_params(g, &par);
  const int64_t sizes[2][2] = {{2, 8}, {1, 5}};
  for (int k = 0; k < 2; k++) {
    int64_t B = sizes[k][0], T = sizes[k][1];
    TensorList in = {0};
    Tensor *idx = tensor_new("idx", DT_I32, 2, SHAPE(B, T)), *tg = tensor_new("targets", DT_I32, 2, SHAPE(B, T));
    for (int64_t i = 0; i < B * T; i++) {
      tensor_set(idx, i, (double)((i * 7 + 3) % 65));
      tensor_set(tg, i, (double)((i * 11 + 5) % 65));
    }
    tl_add(&in, idx);
    tl_add(&in, tg);
    Run r32 = run(g, &in, &par, DT_F32, 0), r64 = run(g, &in, &par, DT_F64, 0);
    const Tensor *l32 = output(&r32, "loss"), *l64 = output(&r64, "loss");
    cr_assert_eq(l32->rank, 0);
    cr_assert_eq(l32->dtype, DT_F32);
    cr_assert_eq(l64->dtype, DT_F64);
    double a = tensor_get(l32, 0), b = tensor_get(l64, 0);
    cr_log_info("B=%lld T=%lld: loss f32 %.9g, f64 %.17g, ln 65 = %.9g", (long long)B, (long long)T, a, b, log(65.0));
    cr_assert(isfinite(a) && isfinite(b), "loss is not finite: %g %g", a, b);
    cr_assert(fabs(b - log(65.0)) < 0.05, "loss %.9g is not near ln 65 = %.9g", b, log(65.0));
    cr_assert(fabs(a - b) <= 1e-4 * fabs(b), "f32 loss %.9g and f64 loss %.17g differ", a, b);
    run_free(&r32);
    run_free(&r64);
    tl_free(&in);
  }
  tl_free(&par);
  ir_graph_free(g);
}

Test(interp, empty_axes) {
  /* T = 0: sums are 0, maxima -inf, and a matmul over K = 0 gives zeros */
  Graph *g = ir_graph_new();
  Dim B = V(g, "B"), T = V(g, "T");
  int32_t x = ir_input(g, "x", DT_F32, 2, DIMS(B, T), SP);
  ir_add_output(g, "out", ir_reduce(g, OP_RSUM, x, 1u << 1, SP));
  ir_add_output(g, "max", ir_reduce(g, OP_RMAX, x, 1u << 1, SP));
  ir_add_output(g, "mm", ir_matmul(g, x, ir_permute(g, x, (int[]){1, 0}, SP), SP));
  TensorList in = {0};
  tl_add(&in, tens("x", DT_F32, 2, SHAPE(2, 0), NULL));
  check_out(g, &in, NULL, 2, SHAPE(2, 1), VALS(0, 0), 0);
  Run r = run(g, &in, NULL, DT_F32, 0);
  expect_values(output(&r, "max"), 2, SHAPE(2, 1), VALS(-INFINITY, -INFINITY), 0, "rmax of nothing");
  expect_values(output(&r, "mm"), 2, SHAPE(2, 2), VALS(0, 0, 0, 0), 0, "matmul over K = 0");
  run_free(&r);
  tl_free(&in);
  ir_graph_free(g);
}
