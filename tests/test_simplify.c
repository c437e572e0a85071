/* test_simplify.c — the simplify pass: each rewrite, and that whole programs
 * compute the same values before and after it (checked on the interpreter). */
#include <criterion/criterion.h>
#include <math.h>
#include <string.h>

#include "frontend.h"
#include "interp.h"
#include "ir.h"
#include "model.h"
#include "tensor.h"

static const Span NOSPAN = {0, 0, 0};

static int count_op(const Graph *g, OpKind op) {
  int n = 0;
  for (int i = 0; i < g->nodes.n; i++) n += g->nodes.v[i].op == op;
  return n;
}

static bool verifies(const Graph *g) {
  Diag d;
  diag_init(&d, stderr);
  bool ok = ir_verify(g, &d);
  diag_free(&d);
  return ok;
}

Test(simplify, identities_fold_and_cse) {
  Graph *g = ir_graph_new();
  Dim s[2] = {dim_const(3), dim_const(4)};
  int32_t x = ir_param(g, "x", DT_F32, 2, s, NOSPAN);
  int32_t one = ir_const(g, 1.0, DT_F32, 2, s, NOSPAN), zero = ir_const(g, 0.0, DT_F32, 2, s, NOSPAN);
  int32_t a = ir_binary(g, OP_MUL, x, one, NOSPAN);                    /* x * 1 -> x */
  int32_t b = ir_binary(g, OP_ADD, a, zero, NOSPAN);                   /* + 0 -> x */
  int32_t c = ir_unary(g, OP_NEG, ir_unary(g, OP_NEG, b, NOSPAN), NOSPAN); /* --x -> x */
  int32_t e1 = ir_unary(g, OP_EXP, c, NOSPAN), e2 = ir_unary(g, OP_EXP, x, NOSPAN); /* CSE: one exp */
  int32_t two = ir_binary(g, OP_ADD, one, one, NOSPAN);                /* folds to const 2 */
  int32_t out = ir_binary(g, OP_MUL, ir_binary(g, OP_ADD, e1, e2, NOSPAN), two, NOSPAN);
  ir_unary(g, OP_SIN, x, NOSPAN);                                      /* dead */
  ir_add_output(g, "out", out);
  Graph *h = ir_simplify(g);
  cr_assert(verifies(h));
  cr_expect_eq(count_op(h, OP_EXP), 1, "exp of the same value must be shared");
  cr_expect_eq(count_op(h, OP_NEG), 0);
  cr_expect_eq(count_op(h, OP_SIN), 0, "dead code must go");
  cr_expect_eq(count_op(h, OP_ADD), 1);
  cr_expect_eq(count_op(h, OP_MUL), 1);
  /* the constant factor is a folded 2 */
  bool saw2 = false;
  for (int i = 0; i < h->nodes.n; i++) saw2 |= h->nodes.v[i].op == OP_CONST && h->nodes.v[i].f == 2.0;
  cr_expect(saw2);
  cr_expect_eq(h->nodes.n, 5, "param, exp, add, const 2, mul; got %d nodes", h->nodes.n);
  ir_graph_free(g);
  ir_graph_free(h);
}

Test(simplify, movement_chains) {
  Graph *g = ir_graph_new();
  Dim s[3] = {dim_const(2), dim_const(3), dim_const(4)};
  int32_t x = ir_param(g, "x", DT_F32, 3, s, NOSPAN);
  int p1[3] = {1, 2, 0}, p2[3] = {2, 0, 1};                            /* p2 after p1 is the identity */
  int32_t a = ir_permute(g, ir_permute(g, x, p1, NOSPAN), p2, NOSPAN);
  Dim r1[2] = {dim_const(6), dim_const(4)}, r2[1] = {dim_const(24)};
  int32_t b = ir_reshape(g, ir_reshape(g, a, 2, r1, NOSPAN), 1, r2, NOSPAN);
  ir_add_output(g, "out", b);
  Graph *h = ir_simplify(g);
  cr_assert(verifies(h));
  cr_expect_eq(count_op(h, OP_PERMUTE), 0, "a permutation and its inverse cancel");
  cr_expect_eq(count_op(h, OP_RESHAPE), 1, "reshape of reshape is one reshape");
  ir_graph_free(g);
  ir_graph_free(h);
}

/* Runs g and h (the same inputs) in `dt` and expects every output of g in h
 * within rtol (relative, at least 1 in magnitude); NaN matches NaN and an
 * infinity the same infinity. */
static void expect_same(const Graph *g, const Graph *h, const TensorList *inputs, const TensorList *params, DType dt,
                        double rtol, const char *what) {
  Diag d;
  diag_init(&d, stderr);
  TensorList o1 = {0}, o2 = {0};
  InterpOptions io = {dt, 0};
  cr_assert(ir_interp(g, inputs, params, &io, &o1, &d), "%s: run before failed", what);
  cr_assert(ir_interp(h, inputs, params, &io, &o2, &d), "%s: run after failed", what);
  for (int i = 0; i < o1.v.n; i++) {
    Tensor *a = o1.v.v[i], *b = tl_find(&o2, a->name);
    cr_assert(b, "%s: output %s lost", what, a->name);
    for (int64_t k = 0; k < tensor_numel(a); k++) {
      double x = tensor_get(a, k), y = tensor_get(b, k);
      bool ok = (isnan(x) && isnan(y)) || x == y || fabs(x - y) <= rtol * fmax(1, fabs(x));
      cr_expect(ok, "%s (%s): %s[%lld] %.17g before, %.17g after", what, dtype_name(dt), a->name, (long long)k, x, y);
      if (!ok) break;
    }
  }
  tl_free(&o1);
  tl_free(&o2);
  diag_free(&d);
}

static Tensor *filled(const char *name, int rank, const int64_t *dims, uint64_t seed) {
  Tensor *t = tensor_new(name, DT_F32, rank, dims);
  for (int64_t k = 0; k < tensor_numel(t); k++) {
    seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
    tensor_set(t, k, (double)(seed >> 11) / 9007199254740992.0 * 4 - 2);
  }
  return t;
}

static int count_rank(const Graph *g, OpKind op, int rank) {
  int n = 0;
  for (int i = 0; i < g->nodes.n; i++) n += g->nodes.v[i].op == op && g->nodes.v[i].rank == rank;
  return n;
}

/* pow with a constant exponent: 1 -> x, 0 -> 1, 2 -> x*x, -1 -> 1/x, 0.5 -> sqrt.
 * On every input, special values included, the results are those of pow:
 * exactly in f32 (each is one correctly rounded operation on an exact double
 * result), within an ulp in f64 (libm's pow is within 0.52 ulp), except that
 * sqrt(-inf) is NaN where pow(-inf, 0.5) is +inf (documented). */
Test(simplify, pow_constant_exponents) {
  static const double exps[] = {1, 0, 2, -1, 0.5};
  static const double specials[] = {0.0, -0.0, 1.0, -1.0, 3.0, -2.5, 1e-30, 1e30, INFINITY, NAN};
  for (size_t e = 0; e < sizeof exps / sizeof exps[0]; e++) {
    Graph *g = ir_graph_new();
    Dim s[1] = {dim_const(16)};
    int32_t x = ir_input(g, "x", DT_F32, 1, s, NOSPAN);
    ir_add_output(g, "out", ir_binary(g, OP_POW, x, ir_const(g, exps[e], DT_F32, 1, s, NOSPAN), NOSPAN));
    ir_add_output(g, "x", x); /* keeps the input when pow(x, 0) folds to 1 */
    Graph *h = ir_simplify(g);
    cr_assert(verifies(h));
    cr_expect_eq(count_op(h, OP_POW), 0, "pow(x, %g) stays a pow", exps[e]);
    TensorList in = {0};
    int64_t n = 16;
    Tensor *t = filled("x", 1, &n, 3 + e);
    for (size_t k = 0; k < sizeof specials / sizeof specials[0]; k++) tensor_set(t, (int64_t)k, specials[k]);
    tl_add(&in, t);
    char what[32];
    snprintf(what, sizeof what, "pow(x, %g)", exps[e]);
    expect_same(g, h, &in, NULL, DT_F32, 0, what);
    expect_same(g, h, &in, NULL, DT_F64, 2.3e-16, what);
    tl_free(&in);
    ir_graph_free(g);
    ir_graph_free(h);
  }
}

/* Every output of g, run by the interpreter in `dt`, is NaN. */
static void expect_all_nan(const Graph *g, DType dt, const char *what) {
  Diag d;
  diag_init(&d, stderr);
  TensorList o = {0};
  InterpOptions io = {dt, 0};
  cr_assert(ir_interp(g, NULL, NULL, &io, &o, &d), "%s: run failed", what);
  for (int i = 0; i < o.v.n; i++)
    for (int64_t k = 0; k < tensor_numel(o.v.v[i]); k++)
      cr_expect(isnan(tensor_get(o.v.v[i], k)), "%s (%s): %s[%lld] is %g, not NaN", what, dtype_name(dt),
                o.v.v[i]->name, (long long)k, tensor_get(o.v.v[i], k));
  tl_free(&o);
  diag_free(&d);
}

/* relu, max and min (the language's relu, maximum and minimum) of a NaN
 * constant fold to NaN, as the interpreter computes them on the unfolded
 * graph and as the kernels do; so does a NaN made by folding (0/0). Before
 * scalar.c, relu(NaN) folded to 0 and max(NaN, 1) to 1. */
Test(simplify, nan_through_relu_max_min_folds_like_the_interpreter) {
  for (int t = 0; t < 2; t++) {
    DType dt = t ? DT_F64 : DT_F32;
    Graph *g = ir_graph_new();
    Dim s[1] = {dim_const(3)};
    int32_t nan = ir_const(g, NAN, dt, 1, s, NOSPAN), one = ir_const(g, 1, dt, 1, s, NOSPAN);
    int32_t zero = ir_const(g, 0, dt, 1, s, NOSPAN);
    int32_t nan2 = ir_binary(g, OP_DIV, zero, zero, NOSPAN); /* folds to NaN first */
    ir_add_output(g, "relu", ir_unary(g, OP_RELU, nan, NOSPAN));
    ir_add_output(g, "relu_0_0", ir_unary(g, OP_RELU, nan2, NOSPAN));
    ir_add_output(g, "max_nan_1", ir_binary(g, OP_MAX, nan, one, NOSPAN));
    ir_add_output(g, "max_1_nan", ir_binary(g, OP_MAX, one, nan, NOSPAN));
    ir_add_output(g, "min_nan_1", ir_binary(g, OP_MIN, nan, one, NOSPAN));
    ir_add_output(g, "min_1_nan", ir_binary(g, OP_MIN, one, nan2, NOSPAN));
    Graph *h = ir_simplify(g);
    cr_assert(verifies(h));
    for (int i = 0; i < h->outputs.n; i++) {
      const IrNode *o = ir_node(h, h->outputs.v[i].node);
      cr_expect(o->op == OP_CONST && isnan(o->f), "%s (%s) folds to %s %g, not const NaN", h->outputs.v[i].name,
                dtype_name(dt), op_name(o->op), o->f);
    }
    for (int m = 0; m < 2; m++) {
      DType mode = m ? DT_F64 : DT_F32;
      expect_all_nan(g, mode, "unfolded");
      expect_all_nan(h, mode, "folded");
      expect_same(g, h, NULL, NULL, mode, 0, "relu/max/min of NaN");
    }
    ir_graph_free(g);
    ir_graph_free(h);
  }
}

/* An i32 constant is read the interpreter's way when folding: a NaN
 * condition of where is 0 (picks the second branch) and a cast of NaN to
 * i32 is 0. */
Test(simplify, nan_i32_constants_fold_like_the_interpreter) {
  Graph *g = ir_graph_new();
  Dim s[1] = {dim_const(2)};
  int32_t c = ir_const(g, NAN, DT_I32, 1, s, NOSPAN);
  int32_t a = ir_const(g, 5, DT_F32, 1, s, NOSPAN), b = ir_const(g, 7, DT_F32, 1, s, NOSPAN);
  ir_add_output(g, "where", ir_where(g, c, a, b, NOSPAN));
  ir_add_output(g, "cast", ir_cast(g, ir_const(g, NAN, DT_F32, 1, s, NOSPAN), DT_I32, NOSPAN));
  Graph *h = ir_simplify(g);
  cr_assert(verifies(h));
  const IrNode *w = ir_node(h, h->outputs.v[0].node), *k = ir_node(h, h->outputs.v[1].node);
  cr_expect(w->op == OP_CONST && w->f == 7, "where(NaN as i32, 5, 7) folds to %s %g, not 7", op_name(w->op), w->f);
  cr_expect(k->op == OP_CONST && k->f == 0, "cast(NaN) to i32 folds to %s %g, not 0", op_name(k->op), k->f);
  expect_same(g, h, NULL, NULL, DT_F32, 0, "i32 NaN");
  ir_graph_free(g);
  ir_graph_free(h);
}

/* Every op that folds by value (ops.def's EVAL), on constants including NaN,
 * infinities, signed zeros and i32 extremes: the folded graph gives exactly
 * what the interpreter gives on the unfolded one, in f32 and in f64. */
Test(simplify, folding_matches_the_interpreter) {
  static const double fv[] = {NAN, -INFINITY, -2.5, -1, -0.0, 0.0, 0.5, 1, 3, INFINITY};
  static const double iv[] = {-2147483648.0, -7, -1, 0, 1, 2, 31, 2147483647.0};
  enum { NF = sizeof fv / sizeof fv[0], NI = sizeof iv / sizeof iv[0] };
  Dim s[1] = {dim_const(1)};
  for (int op = 0; op < OP__COUNT; op++) {
    if (op_fold((OpKind)op) != OF_EVAL) continue;
    bool unary = op_class((OpKind)op) == OC_UNARY;
    for (int ints = 0; ints < 2; ints++) {
      if (ints && unary && op != OP_NEG && op != OP_ABS && op != OP_RELU && op != OP_CAST) continue;
      DType dt = ints ? DT_I32 : DT_F32;
      const double *v = ints ? iv : fv;
      int nv = ints ? NI : NF;
      Graph *g = ir_graph_new();
      char name[32];
      for (int i = 0; i < nv; i++)
        for (int j = 0; j < (unary ? 1 : nv); j++) {
          int32_t a = ir_const(g, v[i], dt, 1, s, NOSPAN), r;
          if (unary) r = op == OP_CAST ? ir_cast(g, a, ints ? DT_F32 : DT_I32, NOSPAN) : ir_unary(g, (OpKind)op, a, NOSPAN);
          else {
            /* i32 division by zero and 0 to a negative power are run-time errors */
            if (ints && ((op == OP_DIV && v[j] == 0) || (op == OP_POW && v[i] == 0 && v[j] < 0))) continue;
            r = ir_binary(g, (OpKind)op, a, ir_const(g, v[j], dt, 1, s, NOSPAN), NOSPAN);
          }
          snprintf(name, sizeof name, "o%d_%d", i, j);
          ir_add_output(g, name, r);
        }
      Graph *h = ir_simplify(g);
      cr_assert(verifies(h));
      char what[48];
      snprintf(what, sizeof what, "%s on %s", op_name((OpKind)op), dtype_name(dt));
      expect_same(g, h, NULL, NULL, DT_F32, 0, what);
      expect_same(g, h, NULL, NULL, DT_F64, 0, what);
      ir_graph_free(g);
      ir_graph_free(h);
    }
  }
}

/* x [B, T, K] @ broadcast W: one 2-D matmul over B*T rows, identical values. */
Test(simplify, matmul_against_broadcast_weight) {
  Graph *g = ir_graph_new();
  Dim B = dim_var(ir_sym(g, "B")), T = dim_var(ir_sym(g, "T"));
  Dim xs[3] = {B, T, dim_const(4)}, ws[2] = {dim_const(4), dim_const(5)}, w1[3] = {dim_const(1), dim_const(4), dim_const(5)};
  Dim wb[3] = {B, dim_const(4), dim_const(5)};
  int32_t x = ir_input(g, "x", DT_F32, 3, xs, NOSPAN);
  int32_t w = ir_param(g, "w", DT_F32, 2, ws, NOSPAN);
  int32_t wexp = ir_expand(g, ir_reshape(g, w, 3, w1, NOSPAN), 3, wb, NOSPAN);
  int32_t y = ir_matmul(g, x, wexp, NOSPAN); /* [B, T, 5] */
  /* the left operand broadcast: W^T [5, 4] @ x^T [B, 4, T] -> [B, 5, T] */
  int p021[3] = {0, 2, 1};
  int32_t yl = ir_matmul(g, ir_permute(g, wexp, p021, NOSPAN), ir_permute(g, x, p021, NOSPAN), NOSPAN);
  ir_add_output(g, "right", y);
  ir_add_output(g, "left", yl);
  Graph *h = ir_simplify(g);
  cr_assert(verifies(h));
  cr_expect_eq(count_op(h, OP_MATMUL), 2);
  cr_expect_eq(count_rank(h, OP_MATMUL, 2), 2, "both matmuls are 2-D");
  cr_expect_eq(count_op(h, OP_EXPAND), 0, "the broadcast weight is read once");
  for (int i = 0; i < h->nodes.n; i++) {
    const IrNode *n = &h->nodes.v[i];
    if (n->op == OP_MATMUL && ir_node(h, n->in[1])->op == OP_PARAM) /* the right case: [B*T, 4] @ W */
      cr_expect(dim_eq(n->shape[0], dim_mul(B, T)));
  }
  TensorList in = {0}, par = {0};
  int64_t xd[3] = {2, 3, 4}, wd[2] = {4, 5};
  tl_add(&in, filled("x", 3, xd, 1));
  tl_add(&par, filled("w", 2, wd, 2));
  expect_same(g, h, &in, &par, DT_F64, 0, "matmul");
  expect_same(g, h, &in, &par, DT_F32, 0, "matmul");
  tl_free(&in);
  tl_free(&par);
  ir_graph_free(g);
  ir_graph_free(h);
}

/* sum over the batch of permute(x) @ dy (a weight gradient) -> one matmul
 * with contraction B*T whose left operand is a plain transpose of x's rows. */
Test(simplify, batch_sum_of_matmul) {
  Graph *g = ir_graph_new();
  Dim B = dim_var(ir_sym(g, "B")), T = dim_var(ir_sym(g, "T"));
  Dim xs[3] = {B, T, dim_const(4)}, ys[3] = {B, T, dim_const(5)};
  int32_t x = ir_input(g, "x", DT_F32, 3, xs, NOSPAN);
  int32_t dy = ir_input(g, "dy", DT_F32, 3, ys, NOSPAN);
  int p021[3] = {0, 2, 1};
  int32_t m = ir_matmul(g, ir_permute(g, x, p021, NOSPAN), dy, NOSPAN); /* [B, 4, 5] */
  int32_t sm = ir_reduce(g, OP_RSUM, m, 1u, NOSPAN);                    /* [1, 4, 5] */
  ir_add_output(g, "dw", sm);
  Graph *h = ir_simplify(g);
  cr_assert(verifies(h));
  cr_expect_eq(count_op(h, OP_MATMUL), 1);
  cr_expect_eq(count_rank(h, OP_MATMUL, 2), 1);
  cr_expect_eq(count_op(h, OP_RSUM), 0, "the batch sum is the contraction now");
  cr_expect_eq(count_op(h, OP_PERMUTE), 1);
  cr_expect_eq(count_rank(h, OP_PERMUTE, 2), 1, "x^T is a 2-D transpose of reshape(x, [B*T, 4])");
  for (int i = 0; i < h->nodes.n; i++)
    if (h->nodes.v[i].op == OP_MATMUL) cr_expect(dim_eq(ir_node(h, h->nodes.v[i].in[0])->shape[1], dim_mul(B, T)));
  TensorList in = {0};
  int64_t xd[3] = {3, 7, 4}, yd[3] = {3, 7, 5};
  tl_add(&in, filled("x", 3, xd, 4));
  tl_add(&in, filled("dy", 3, yd, 5));
  expect_same(g, h, &in, NULL, DT_F64, 1e-14, "batch sum"); /* the sum's order changes */
  expect_same(g, h, &in, NULL, DT_F32, 1e-6, "batch sum");
  tl_free(&in);
  ir_graph_free(g);
  ir_graph_free(h);
}

/* reshape(permute(x)) that merges axes adjacent and in order in x ->
 * permute(reshape(x)); one that does not stays. */
Test(simplify, reshape_of_permute) {
  Graph *g = ir_graph_new();
  Dim s[4] = {dim_const(2), dim_const(3), dim_const(4), dim_const(5)};
  int32_t x = ir_input(g, "x", DT_F32, 4, s, NOSPAN);
  int p2301[4] = {2, 3, 0, 1}, p0213[4] = {0, 2, 1, 3};
  Dim r1[2] = {dim_const(20), dim_const(6)}, r2[3] = {dim_const(2), dim_const(12), dim_const(5)};
  ir_add_output(g, "a", ir_reshape(g, ir_permute(g, x, p2301, NOSPAN), 2, r1, NOSPAN)); /* -> transpose of [6, 20] */
  ir_add_output(g, "b", ir_reshape(g, ir_permute(g, x, p0213, NOSPAN), 3, r2, NOSPAN)); /* merges x axes 2, 1: stays */
  Graph *h = ir_simplify(g);
  cr_assert(verifies(h));
  const IrNode *a = ir_node(h, h->outputs.v[0].node), *b = ir_node(h, h->outputs.v[1].node);
  cr_expect(a->op == OP_PERMUTE && a->rank == 2 && a->perm[0] == 1, "a is a 2-D transpose");
  cr_expect(ir_node(h, a->in[0])->op == OP_RESHAPE && ir_node(h, a->in[0])->in[0] == 0);
  cr_expect(b->op == OP_RESHAPE && ir_node(h, b->in[0])->op == OP_PERMUTE);
  TensorList in = {0};
  int64_t xd[4] = {2, 3, 4, 5};
  tl_add(&in, filled("x", 4, xd, 6));
  expect_same(g, h, &in, NULL, DT_F64, 0, "reshape/permute");
  expect_same(g, h, &in, NULL, DT_F32, 0, "reshape/permute");
  tl_free(&in);
  ir_graph_free(g);
  ir_graph_free(h);
}

/* Every example's loss and gradients are the same before and after simplify. */
static void same_values(const char *file) {
  Diag d;
  diag_init(&d, stderr);
  FeOptions o = {0};
  o.stdlib_dir = LLMC_SOURCE_DIR "/stdlib";
  const char *sets[] = {"n_layers=1"};
  o.sets = sets;
  o.nsets = 1;
  Program *p = fe_program_new(&d, &o);
  cr_assert(fe_load(p, file) && fe_check(p));
  const Model *m = fe_model(p);
  Graph *g = fe_lower(p, "loss", false);
  cr_assert(g);
  VEC(const char *) wrt = {0};
  TensorList params = {0}, inputs = {0};
  uint64_t st = 5;
  for (int i = 0; i < m->params.n; i++) {
    vec_push(&wrt, m->params.v[i].name);
    Tensor *t = tensor_new(m->params.v[i].name, DT_F32, m->params.v[i].rank, m->params.v[i].dims);
    for (int64_t k = 0; k < tensor_numel(t); k++) {
      st = st * 6364136223846793005ULL + 1442695040888963407ULL;
      tensor_set(t, k, ((double)(st >> 11) / 9007199254740992.0 - 0.5) * 0.2);
    }
    tl_add(&params, t);
  }
  cr_assert(ir_autodiff(g, g->outputs.v[0].node, wrt.v, wrt.n, &d));
  for (int i = 0; i < g->nodes.n; i++) {
    const IrNode *n = ir_node(g, i);
    if (n->op != OP_INPUT) continue;
    int64_t dims[IR_MAX_RANK];
    for (int k = 0; k < n->rank; k++) {
      int64_t c;
      dims[k] = dim_is_const(n->shape[k], &c) ? c : (k == 0 ? 2 : 6);
    }
    Tensor *t = tensor_new(n->name, n->dtype, n->rank, dims);
    for (int64_t k = 0; k < tensor_numel(t); k++) tensor_set(t, k, n->dtype == DT_I32 ? (double)((k * 7) % 2) : 1.0);
    tl_add(&inputs, t);
  }
  Graph *h = ir_simplify(g);
  cr_assert(verifies(h));
  cr_expect_lt(h->nodes.n, g->nodes.n, "simplify should shrink %s (%d -> %d nodes)", file, g->nodes.n, h->nodes.n);
  TensorList o1 = {0}, o2 = {0};
  InterpOptions io = {DT_F64, 0};
  cr_assert(ir_interp(g, &inputs, &params, &io, &o1, &d));
  cr_assert(ir_interp(h, &inputs, &params, &io, &o2, &d));
  cr_assert_eq(o1.v.n, o2.v.n);
  for (int i = 0; i < o1.v.n; i++) {
    Tensor *a = o1.v.v[i], *b = tl_find(&o2, a->name);
    cr_assert(b, "output %s lost", a->name);
    for (int64_t k = 0; k < tensor_numel(a); k++)
      cr_assert(fabs(tensor_get(a, k) - tensor_get(b, k)) <= 1e-12 * fmax(1, fabs(tensor_get(a, k))),
                "%s: %s[%lld] %g vs %g", file, a->name, (long long)k, tensor_get(a, k), tensor_get(b, k));
  }
  tl_free(&o1);
  tl_free(&o2);
  /* f32: the matmul rewrites change the order of the weight gradients' sums,
   * so compare against each tensor's scale */
  io.compute = DT_F32;
  cr_assert(ir_interp(g, &inputs, &params, &io, &o1, &d));
  cr_assert(ir_interp(h, &inputs, &params, &io, &o2, &d));
  for (int i = 0; i < o1.v.n; i++) {
    Tensor *a = o1.v.v[i], *b = tl_find(&o2, a->name);
    cr_assert(b, "output %s lost", a->name);
    double scale = 0, err = 0;
    for (int64_t k = 0; k < tensor_numel(a); k++) {
      scale = fmax(scale, fabs(tensor_get(a, k)));
      err = fmax(err, fabs(tensor_get(a, k) - tensor_get(b, k)));
    }
    cr_expect(err <= 1e-5 * scale + 1e-30, "%s (f32): %s differs by %g (scale %g)", file, a->name, err, scale);
  }
  tl_free(&o1);
  tl_free(&o2);
  /* the shape of the training graph: Linear layers are 2-D matmuls over B*T
   * rows (weight gradients too: contraction B*T), only attention stays batched
   * (rank 4); softmax's max has no gradient subgraph; x^2 is x*x */
  for (int i = 0; i < h->nodes.n; i++) {
    const IrNode *n = &h->nodes.v[i];
    if (n->op == OP_MATMUL) cr_expect(n->rank == 2 || n->rank == 4, "%s: a rank-%d matmul %%%d", file, n->rank, i);
    if (n->op == OP_RSUM) cr_expect(ir_node(h, n->in[0])->op != OP_MATMUL, "%s: a sum of a matmul %%%d", file, i);
    if (n->op == OP_POW) cr_expect(ir_node(h, n->in[1])->op != OP_CONST, "%s: pow %%%d has a constant exponent", file, i);
  }
  cr_expect_eq(count_op(h, OP_EQ), 0, "%s: no gradient through the max of softmax", file);
  tl_free(&params);
  tl_free(&inputs);
  vec_free(&wrt);
  ir_graph_free(g);
  ir_graph_free(h);
  fe_program_free(p);
  diag_free(&d);
}

Test(simplify, gpt_char_same_values) { same_values(LLMC_SOURCE_DIR "/examples/gpt_char.llm"); }
Test(simplify, llama_same_values) { same_values(LLMC_SOURCE_DIR "/examples/llama_stories.llm"); }
