/* test_autodiff.c — every vector-Jacobian rule checked against central finite
 * differences in f64 on the reference interpreter, for each primitive op (with
 * broadcasting and reduction variants), for stdlib layers and for the examples. */
#define _GNU_SOURCE
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "frontend.h"
#include "interp.h"
#include "ir.h"
#include "model.h"
#include "tensor.h"

static const Span NOSPAN = {0, 0, 0};

/* deterministic pseudo-random values in [lo, hi) */
static double rnd(uint64_t *s, double lo, double hi) {
  *s = *s * 6364136223846793005ULL + 1442695040888963407ULL;
  return lo + (hi - lo) * (double)(*s >> 11) / 9007199254740992.0;
}

/* Float tensors are held in f64, so that finite-difference steps are not lost
 * to f32 rounding; the interpreter's f64 mode takes them for f32 nodes. */
static Tensor *rand_tensor(const char *name, DType dt, int rank, const int64_t *shape, double lo, double hi, uint64_t seed) {
  Tensor *t = tensor_new(name, dt == DT_I32 ? DT_I32 : DT_F64, rank, shape);
  uint64_t s = seed;
  for (int64_t i = 0; i < tensor_numel(t); i++) tensor_set(t, i, dt == DT_I32 ? floor(rnd(&s, lo, hi)) : rnd(&s, lo, hi));
  return t;
}

/* Runs g in f64 and returns the named output's element i (or the loss). */
static bool run(const Graph *g, const TensorList *params, const TensorList *inputs, TensorList *out) {
  Diag d;
  diag_init(&d, stderr);
  InterpOptions o = {DT_F64, 1};
  bool ok = ir_interp(g, inputs, params, &o, out, &d);
  diag_free(&d);
  return ok;
}

static double out_scalar(const TensorList *out, const char *name) {
  Tensor *t = tl_find(out, name);
  cr_assert(t, "no output %s", name);
  return tensor_get(t, 0);
}

/* Finite-difference check of every element of every differentiated parameter
 * (up to max_elems each, spread evenly). The graph must have an output "loss". */
static void check_grads(Graph *g, TensorList *params, const TensorList *inputs, const char *const *wrt, int nwrt,
                        int max_elems, double rtol, const char *what) {
  int32_t loss = -1;
  for (int i = 0; i < g->outputs.n; i++)
    if (!strcmp(g->outputs.v[i].name, "loss")) loss = g->outputs.v[i].node;
  cr_assert(loss >= 0);
  Diag d;
  diag_init(&d, stderr);
  cr_assert(ir_autodiff(g, loss, wrt, nwrt, &d), "%s: autodiff failed", what);
  cr_assert(ir_verify(g, &d), "%s: graph does not verify after autodiff", what);
  diag_free(&d);
  TensorList out = {0};
  cr_assert(run(g, params, inputs, &out), "%s: run failed", what);
  for (int k = 0; k < nwrt; k++) {
    Tensor *p = tl_find(params, wrt[k]);
    char gname[256];
    snprintf(gname, sizeof gname, "grad.%s", wrt[k]);
    Tensor *gt = tl_find(&out, gname);
    int64_t n = tensor_numel(p);
    int64_t stride = n > max_elems ? n / max_elems : 1;
    for (int64_t i = 0; i < n; i += stride) {
      double x0 = tensor_get(p, i);
      double h = 1e-6 * fmax(1.0, fabs(x0));
      TensorList o1 = {0}, o2 = {0};
      tensor_set(p, i, x0 + h);
      cr_assert(run(g, params, inputs, &o1));
      tensor_set(p, i, x0 - h);
      cr_assert(run(g, params, inputs, &o2));
      tensor_set(p, i, x0);
      double fd = (out_scalar(&o1, "loss") - out_scalar(&o2, "loss")) / (2 * h);
      double an = gt ? tensor_get(gt, i) : 0.0;
      tl_free(&o1);
      tl_free(&o2);
      double tol = rtol * fmax(1.0, fabs(fd)) + 1e-7;
      cr_expect(fabs(fd - an) <= tol, "%s: d loss / d %s[%lld]: autodiff %.10g, finite difference %.10g", what, wrt[k],
                (long long)i, an, fd);
      if (fabs(fd - an) > tol) break;
    }
  }
  tl_free(&out);
}

/* loss = sum(y * w) for a fixed random w, so every element of y matters. */
static void add_weighted_loss(Graph *g, int32_t y, TensorList *params) {
  const IrNode *n = ir_node(g, y);
  int rank = n->rank;
  Dim shape[IR_MAX_RANK];
  int64_t dims[IR_MAX_RANK];
  memcpy(shape, n->shape, sizeof(Dim) * (size_t)rank);
  for (int i = 0; i < rank; i++) dim_is_const(shape[i], &dims[i]);
  int32_t w = ir_param(g, "w_loss", DT_F32, rank, shape, NOSPAN);
  tl_add(params, rand_tensor("w_loss", DT_F32, rank, dims, -1, 1, 99));
  int32_t prod = ir_binary(g, OP_MUL, y, w, NOSPAN);
  uint32_t axes = rank ? (1u << rank) - 1 : 0;
  int32_t s = axes ? ir_reduce(g, OP_RSUM, prod, axes, NOSPAN) : prod;
  ir_add_output(g, "loss", ir_reshape(g, s, 0, NULL, NOSPAN));
}

static int32_t param(Graph *g, TensorList *params, const char *name, int rank, const int64_t *dims, double lo, double hi,
                     uint64_t seed) {
  Dim shape[IR_MAX_RANK];
  for (int i = 0; i < rank; i++) shape[i] = dim_const(dims[i]);
  tl_add(params, rand_tensor(name, DT_F32, rank, dims, lo, hi, seed));
  return ir_param(g, name, DT_F32, rank, shape, NOSPAN);
}

/* ---- unary ops ----------------------------------------------------------------- */

typedef struct UnaryCase {
  OpKind op;
  double lo, hi;
} UnaryCase;

static UnaryCase unary_cases[] = {
  {OP_NEG, -2, 2},   {OP_EXP, -2, 2},  {OP_LOG, 0.5, 3},   {OP_SQRT, 0.5, 3},  {OP_RSQRT, 0.5, 3},
  {OP_ABS, 0.2, 2},  {OP_SIN, -3, 3},  {OP_COS, -3, 3},    {OP_TANH, -2, 2},   {OP_SIGMOID, -3, 3},
  {OP_RELU, 0.1, 2}, {OP_GELU, -3, 3}, {OP_GELU_ERF, -3, 3}, {OP_SILU, -3, 3}, {OP_ERF, -2, 2},
};

ParameterizedTestParameters(autodiff, unary) {
  return cr_make_param_array(UnaryCase, unary_cases, sizeof unary_cases / sizeof unary_cases[0]);
}

ParameterizedTest(UnaryCase *c, autodiff, unary) {
  Graph *g = ir_graph_new();
  TensorList params = {0};
  int64_t dims[2] = {3, 5};
  int32_t x = param(g, &params, "x", 2, dims, c->lo, c->hi, 7);
  if (c->op == OP_ABS) { /* both signs, away from 0 */
    Tensor *t = tl_find(&params, "x");
    for (int64_t i = 0; i < tensor_numel(t); i += 2) tensor_set(t, i, -tensor_get(t, i));
  }
  add_weighted_loss(g, ir_unary(g, c->op, x, NOSPAN), &params);
  const char *wrt[] = {"x"};
  check_grads(g, &params, NULL, wrt, 1, 100, 1e-5, op_name(c->op));
  tl_free(&params);
  ir_graph_free(g);
}

/* ---- binary ops, with broadcasting -------------------------------------------------- */

typedef struct BinaryCase {
  OpKind op;
  int64_t adims[3], bdims[3]; /* b is broadcast to a's shape when smaller */
  double lo, hi;
} BinaryCase;

static BinaryCase binary_cases[] = {
  {OP_ADD, {2, 3, 4}, {2, 3, 4}, -2, 2}, {OP_ADD, {2, 3, 4}, {1, 1, 4}, -2, 2}, {OP_SUB, {2, 3, 4}, {2, 1, 4}, -2, 2},
  {OP_MUL, {2, 3, 4}, {2, 3, 4}, -2, 2}, {OP_MUL, {2, 3, 4}, {1, 3, 1}, -2, 2}, {OP_DIV, {2, 3, 4}, {2, 3, 4}, 0.5, 2},
  {OP_DIV, {2, 3, 4}, {1, 1, 1}, 0.5, 2}, {OP_POW, {2, 3, 4}, {2, 3, 4}, 0.5, 2}, {OP_MAX, {2, 3, 4}, {2, 3, 4}, -2, 2},
  {OP_MIN, {2, 3, 4}, {2, 3, 1}, -2, 2},
};

ParameterizedTestParameters(autodiff, binary) {
  return cr_make_param_array(BinaryCase, binary_cases, sizeof binary_cases / sizeof binary_cases[0]);
}

ParameterizedTest(BinaryCase *c, autodiff, binary) {
  Graph *g = ir_graph_new();
  TensorList params = {0};
  int32_t a = param(g, &params, "a", 3, c->adims, c->lo, c->hi, 11);
  int32_t b = param(g, &params, "b", 3, c->bdims, c->lo, c->hi, 12);
  Dim shape[3];
  for (int i = 0; i < 3; i++) shape[i] = dim_const(c->adims[i]);
  int32_t bb = ir_expand(g, b, 3, shape, NOSPAN);
  add_weighted_loss(g, ir_binary(g, c->op, a, bb, NOSPAN), &params);
  const char *wrt[] = {"a", "b"};
  check_grads(g, &params, NULL, wrt, 2, 100, 1e-5, op_name(c->op));
  tl_free(&params);
  ir_graph_free(g);
}

Test(autodiff, where_and_const_exponent) {
  Graph *g = ir_graph_new();
  TensorList params = {0};
  int64_t dims[2] = {4, 3};
  int32_t a = param(g, &params, "a", 2, dims, -2, 2, 3);
  int32_t b = param(g, &params, "b", 2, dims, -2, 2, 4);
  Dim shape[2] = {dim_const(4), dim_const(3)};
  int32_t mask = ir_binary(g, OP_GT, a, b, NOSPAN);
  int32_t w = ir_where(g, mask, a, b, NOSPAN);
  int32_t sq = ir_binary(g, OP_POW, w, ir_const(g, 2.0, DT_F32, 2, shape, NOSPAN), NOSPAN);
  add_weighted_loss(g, sq, &params);
  const char *wrt[] = {"a", "b"};
  check_grads(g, &params, NULL, wrt, 2, 100, 1e-5, "where");
  tl_free(&params);
  ir_graph_free(g);
}

/* ---- reductions ------------------------------------------------------------------- */

typedef struct ReduceCase {
  OpKind op;
  uint32_t axes;
} ReduceCase;

static ReduceCase reduce_cases[] = {
  {OP_RSUM, 1}, {OP_RSUM, 2}, {OP_RSUM, 4}, {OP_RSUM, 5}, {OP_RSUM, 7},
  {OP_RMAX, 4}, {OP_RMAX, 3}, {OP_RMIN, 2}, {OP_RMIN, 7},
};

ParameterizedTestParameters(autodiff, reduce) {
  return cr_make_param_array(ReduceCase, reduce_cases, sizeof reduce_cases / sizeof reduce_cases[0]);
}

ParameterizedTest(ReduceCase *c, autodiff, reduce) {
  Graph *g = ir_graph_new();
  TensorList params = {0};
  int64_t dims[3] = {2, 3, 5};
  int32_t x = param(g, &params, "x", 3, dims, -2, 2, 5);
  add_weighted_loss(g, ir_reduce(g, c->op, x, c->axes, NOSPAN), &params);
  const char *wrt[] = {"x"};
  check_grads(g, &params, NULL, wrt, 1, 100, 1e-5, op_name(c->op));
  tl_free(&params);
  ir_graph_free(g);
}

/* ---- contraction and movement ------------------------------------------------------ */

Test(autodiff, matmul_batched) {
  Graph *g = ir_graph_new();
  TensorList params = {0};
  int64_t ad[3] = {2, 3, 4}, bd[3] = {2, 4, 5};
  int32_t a = param(g, &params, "a", 3, ad, -1, 1, 21);
  int32_t b = param(g, &params, "b", 3, bd, -1, 1, 22);
  add_weighted_loss(g, ir_matmul(g, a, b, NOSPAN), &params);
  const char *wrt[] = {"a", "b"};
  check_grads(g, &params, NULL, wrt, 2, 100, 1e-5, "matmul");
  tl_free(&params);
  ir_graph_free(g);
}

Test(autodiff, movement) {
  Graph *g = ir_graph_new();
  TensorList params = {0};
  int64_t xd[3] = {2, 3, 4}, yd[2] = {6, 4};
  int32_t x = param(g, &params, "x", 3, xd, -1, 1, 31);
  int32_t y = param(g, &params, "y", 2, yd, -1, 1, 32);
  Dim s64[2] = {dim_const(6), dim_const(4)};
  int32_t xr = ir_reshape(g, x, 2, s64, NOSPAN);                     /* [6, 4] */
  int perm[2] = {1, 0};
  int32_t xp = ir_permute(g, ir_binary(g, OP_MUL, xr, y, NOSPAN), perm, NOSPAN); /* [4, 6] */
  Dim st[2] = {dim_const(1), dim_const(0)}, ln[2] = {dim_const(2), dim_const(3)};
  int64_t step[2] = {2, 2};
  int32_t sl = ir_slice(g, xp, st, step, ln, NOSPAN);               /* rows 1,3; cols 0,2,4: [2, 3] */
  Dim full[2] = {dim_const(5), dim_const(7)}, pst[2] = {dim_const(1), dim_const(2)};
  int64_t pstep[2] = {1, 2};
  int32_t pd = ir_pad(g, sl, pst, pstep, full, NOSPAN);              /* [5, 7] */
  Dim e3[3] = {dim_const(3), dim_const(5), dim_const(7)}, one[3] = {dim_const(1), dim_const(5), dim_const(7)};
  int32_t ex = ir_expand(g, ir_reshape(g, pd, 3, one, NOSPAN), 3, e3, NOSPAN); /* [3, 5, 7] */
  int32_t parts[2] = {ex, ex};
  int32_t cc = ir_concat(g, parts, 2, 1, NOSPAN);                     /* [3, 10, 7] */
  add_weighted_loss(g, cc, &params);
  const char *wrt[] = {"x", "y"};
  check_grads(g, &params, NULL, wrt, 2, 100, 1e-5, "movement");
  tl_free(&params);
  ir_graph_free(g);
}

Test(autodiff, gather_take_scatter) {
  Graph *g = ir_graph_new();
  TensorList params = {0};
  int64_t td[2] = {7, 4}, sd[3] = {2, 3, 4};
  int32_t table = param(g, &params, "table", 2, td, -1, 1, 41);
  int32_t src = param(g, &params, "src", 3, sd, -1, 1, 42);
  Dim idims[2] = {dim_const(2), dim_const(3)};
  int32_t idx = ir_input(g, "idx", DT_I32, 2, idims, NOSPAN);
  int32_t gath = ir_gather(g, table, idx, NOSPAN);                  /* [2, 3, 4] */
  int32_t sc = ir_scatter_add(g, ir_binary(g, OP_MUL, gath, src, NOSPAN), idx, dim_const(7), NOSPAN); /* [7, 4] */
  Dim tdims[1] = {dim_const(7)};
  int32_t tidx = ir_input(g, "tidx", DT_I32, 1, tdims, NOSPAN);
  int32_t tk = ir_take(g, sc, tidx, 1, NOSPAN);                     /* [7] */
  int32_t pa = ir_put_add(g, tk, tidx, 1, dim_const(4), NOSPAN);      /* [7, 4] */
  int32_t both = ir_binary(g, OP_ADD, pa, ir_binary(g, OP_MUL, sc, sc, NOSPAN), NOSPAN);
  add_weighted_loss(g, both, &params);
  TensorList inputs = {0};
  int64_t i2[2] = {2, 3}, i1[1] = {7};
  Tensor *it = tensor_new("idx", DT_I32, 2, i2);
  int32_t rows[6] = {0, 3, 3, 6, 1, 0}; /* repeated rows accumulate */
  memcpy(it->data, rows, sizeof rows);
  tl_add(&inputs, it);
  Tensor *tt = tensor_new("tidx", DT_I32, 1, i1);
  int32_t cols[7] = {0, 1, 2, 3, 3, 2, 1};
  memcpy(tt->data, cols, sizeof cols);
  tl_add(&inputs, tt);
  const char *wrt[] = {"table", "src"};
  check_grads(g, &params, &inputs, wrt, 2, 100, 1e-5, "gather/take");
  tl_free(&inputs);
  tl_free(&params);
  ir_graph_free(g);
}

/* ---- whole programs ------------------------------------------------------------------- */

/* Lowers FILE's loss, differentiates it and checks up to `per_param` elements
 * of every parameter by finite differences, with B=2, T=tlen integer inputs. */
static void check_program(const char *file, int tlen, int per_param, const char *const *sets, int nsets) {
  Diag d;
  diag_init(&d, stderr);
  FeOptions o = {0};
  o.stdlib_dir = LLMC_SOURCE_DIR "/stdlib";
  o.sets = sets;
  o.nsets = nsets;
  Program *p = fe_program_new(&d, &o);
  cr_assert(fe_load(p, file) && fe_check(p), "%s does not check", file);
  Graph *g = fe_lower(p, "loss", false);
  cr_assert(g, "%s: cannot lower loss", file);
  const Model *m = fe_model(p);
  TensorList params = {0}, inputs = {0};
  VEC(const char *) wrt = {0};
  for (int i = 0; i < m->params.n; i++) {
    const ParamInfo *pi = &m->params.v[i];
    Tensor *t = rand_tensor(pi->name, DT_F32, pi->rank, pi->dims, -0.3, 0.3, 1000 + (uint64_t)i);
    if (pi->init == INIT_ONES) /* norms near 1, as trained ones are */
      for (int64_t k = 0; k < tensor_numel(t); k++) tensor_set(t, k, 1.0 + tensor_get(t, k));
    tl_add(&params, t);
    vec_push(&wrt, pi->name);
  }
  /* integer inputs: ids below the smallest first dim of a 2-d parameter (the vocab) */
  int64_t vocab = 1 << 30;
  for (int i = 0; i < m->params.n; i++)
    if (m->params.v[i].rank == 2 && m->params.v[i].dims[0] < vocab) vocab = m->params.v[i].dims[0];
  for (int i = 0; i < g->nodes.n; i++) {
    const IrNode *n = ir_node(g, i);
    if (n->op != OP_INPUT) continue;
    int64_t dims[IR_MAX_RANK];
    for (int k = 0; k < n->rank; k++) {
      int64_t c;
      dims[k] = dim_is_const(n->shape[k], &c) ? c : (k == 0 ? 2 : tlen);
    }
    double hi = n->dtype == DT_I32 ? (strcmp(n->name, "label") ? (double)vocab : 2.0) : 1.0;
    Tensor *t = rand_tensor(n->name, n->dtype, n->rank, dims, n->dtype == DT_I32 ? 0 : 1, hi, 77);
    tl_add(&inputs, t);
  }
  check_grads(g, &params, &inputs, wrt.v, wrt.n, per_param, 1e-4, file);
  vec_free(&wrt);
  tl_free(&params);
  tl_free(&inputs);
  ir_graph_free(g);
  fe_program_free(p);
  diag_free(&d);
}

Test(autodiff, example_gpt_char, .timeout = 600) {
  const char *sets[] = {"n_layers=1", "d=16", "heads=2"};
  check_program(LLMC_SOURCE_DIR "/examples/gpt_char.llm", 5, 3, sets, 3);
}

Test(autodiff, example_llama_stories, .timeout = 600) {
  const char *sets[] = {"n_layers=1", "d=16", "hidden=24", "heads=4", "kv_heads=2", "vocab=32"};
  check_program(LLMC_SOURCE_DIR "/examples/llama_stories.llm", 5, 3, sets, 6);
}

Test(autodiff, example_spam_classifier, .timeout = 600) {
  const char *sets[] = {"n_layers=1", "d=16", "hidden=24", "heads=4", "kv_heads=2", "vocab=32"};
  check_program(LLMC_SOURCE_DIR "/examples/spam_classifier.llm", 5, 3, sets, 6);
}

Test(autodiff, cast_and_iota) {
  Graph *g = ir_graph_new();
  TensorList params = {0};
  int64_t dims[2] = {3, 4};
  int32_t x = param(g, &params, "x", 2, dims, -1, 1, 51);
  Dim s[2] = {dim_const(3), dim_const(4)};
  int32_t h = ir_cast(g, x, DT_F16, NOSPAN);                           /* f32 -> f16 -> f32 */
  int32_t pos = ir_cast(g, ir_iota(g, DT_I32, 2, s, 1, NOSPAN), DT_F16, NOSPAN); /* 0 1 2 3 per row */
  int32_t y = ir_cast(g, ir_binary(g, OP_MUL, h, pos, NOSPAN), DT_F32, NOSPAN);
  add_weighted_loss(g, y, &params);
  const char *wrt[] = {"x"};
  check_grads(g, &params, NULL, wrt, 1, 100, 1e-5, "cast");
  tl_free(&params);
  ir_graph_free(g);
}

/* ---- constant exponents and stop_gradient ------------------------------------------------ */

static int count_op(const Graph *g, OpKind op) {
  int n = 0;
  for (int i = 0; i < g->nodes.n; i++) n += g->nodes.v[i].op == op;
  return n;
}

/* pow(x, c) for a constant c: the gradient is c x^(c-1) with the exponent
 * folded, never the log term, and simplify leaves plain ops where it can. */
Test(autodiff, const_exponents) {
  static const struct {
    double c;
    int pows; /* pow nodes left after autodiff + simplify */
  } cases[] = {{0, 0}, {1, 0}, {2, 0}, {3, 1}, {0.5, 1}, {-1, 1}, {-2.5, 2}};
  for (size_t ci = 0; ci < sizeof cases / sizeof cases[0]; ci++) {
    double c = cases[ci].c;
    Graph *g = ir_graph_new();
    TensorList params = {0};
    int64_t dims[2] = {3, 4};
    Dim shape[2] = {dim_const(3), dim_const(4)};
    int32_t x = param(g, &params, "x", 2, dims, 0.5, 2, 21);
    if (c == 0) tensor_set(tl_find(&params, "x"), 0, 0.0); /* 0^0: the gradient is 0, not NaN */
    add_weighted_loss(g, ir_binary(g, OP_POW, x, ir_const(g, c, DT_F32, 2, shape, NOSPAN), NOSPAN), &params);
    const char *wrt[] = {"x"};
    char what[64];
    snprintf(what, sizeof what, "pow(x, %g)", c);
    check_grads(g, &params, NULL, wrt, 1, 100, 1e-5, what);
    Graph *h = ir_simplify(g);
    cr_expect_eq(count_op(h, OP_LOG), 0, "%s: a constant exponent needs no log", what);
    cr_expect_eq(count_op(h, OP_POW), cases[ci].pows, "%s: %d pow nodes, expected %d", what, count_op(h, OP_POW),
                 cases[ci].pows);
    TensorList o1 = {0}, o2 = {0};
    cr_assert(run(g, &params, NULL, &o1) && run(h, &params, NULL, &o2));
    Tensor *g1 = tl_find(&o1, "grad.x"), *g2 = tl_find(&o2, "grad.x");
    cr_assert(g1 && g2);
    for (int64_t i = 0; i < tensor_numel(g1); i++) {
      double a = tensor_get(g1, i), b = tensor_get(g2, i);
      cr_expect(isfinite(a) && fabs(a - b) <= 1e-14 * fmax(1, fabs(a)), "%s: grad[%lld] %.17g vs simplified %.17g", what,
                (long long)i, a, b);
      if (c == 0) cr_expect_eq(a, 0.0);
    }
    tl_free(&o1);
    tl_free(&o2);
    ir_graph_free(h);
    tl_free(&params);
    ir_graph_free(g);
  }
}

/* stop_gradient: the value passes, the gradient does not. With e = exp(x),
 * loss = sum(w * (e * sg(e) + x * sg(x))) has d loss / dx = w * (e*e + x). */
static Graph *sg_graph(TensorList *params) {
  Graph *g = ir_graph_new();
  int64_t dims[2] = {3, 4};
  int32_t x = param(g, params, "x", 2, dims, -1, 1, 31);
  int32_t e = ir_unary(g, OP_EXP, x, NOSPAN);
  int32_t a = ir_binary(g, OP_MUL, e, ir_stop_gradient(g, e, NOSPAN), NOSPAN); /* a flagged copy of exp */
  int32_t b = ir_binary(g, OP_MUL, x, ir_stop_gradient(g, x, NOSPAN), NOSPAN); /* a flagged reshape of the param */
  add_weighted_loss(g, ir_binary(g, OP_ADD, a, b, NOSPAN), params);
  return g;
}

static void expect_sg_grads(const Graph *g, TensorList *params, const char *what) {
  TensorList out = {0};
  cr_assert(run(g, params, NULL, &out), "%s: run failed", what);
  Tensor *gx = tl_find(&out, "grad.x"), *x = tl_find(params, "x"), *w = tl_find(params, "w_loss");
  cr_assert(gx, "%s: no gradient", what);
  for (int64_t i = 0; i < tensor_numel(x); i++) {
    double e = exp(tensor_get(x, i)), want = tensor_get(w, i) * (e * e + tensor_get(x, i));
    cr_expect(fabs(tensor_get(gx, i) - want) <= 1e-12, "%s: grad.x[%lld] = %.17g, expected %.17g", what, (long long)i,
              tensor_get(gx, i), want);
  }
  tl_free(&out);
}

Test(autodiff, stop_gradient) {
  TensorList params = {0};
  Graph *g = sg_graph(&params);
  int flagged = 0;
  for (int i = 0; i < g->nodes.n; i++) flagged += g->nodes.v[i].nograd;
  cr_expect_eq(flagged, 2);
  Diag d;
  diag_init(&d, stderr);
  cr_assert(ir_verify(g, &d));
  /* the text form keeps the flag: print -> parse -> print */
  StrBuf t1 = {0}, t2 = {0};
  ir_print(&t1, g);
  cr_expect(strstr(sb_cstr(&t1), "nograd=1") != NULL);
  Graph *p = ir_parse(sb_cstr(&t1), t1.len, "sg.ir", &d);
  cr_assert(p, "the text form does not parse:\n%s", sb_cstr(&t1));
  ir_print(&t2, p);
  cr_expect_str_eq(sb_cstr(&t2), sb_cstr(&t1));
  /* simplify keeps the flags: differentiating the simplified forward graph gives the same */
  Graph *h = ir_simplify(g);
  cr_assert(ir_verify(h, &d));
  int hf = 0;
  for (int i = 0; i < h->nodes.n; i++) hf += h->nodes.v[i].nograd;
  cr_expect_eq(hf, 2, "simplify must keep both stop_gradients apart from the values they copy");
  const char *wrt[] = {"x"};
  cr_assert(ir_autodiff(g, g->outputs.v[0].node, wrt, 1, &d));
  cr_assert(ir_autodiff(h, h->outputs.v[0].node, wrt, 1, &d));
  cr_assert(ir_autodiff(p, p->outputs.v[0].node, wrt, 1, &d));
  expect_sg_grads(g, &params, "autodiff");
  expect_sg_grads(h, &params, "simplify, then autodiff");
  expect_sg_grads(p, &params, "parsed text");
  Graph *hs = ir_simplify(g);
  expect_sg_grads(hs, &params, "autodiff, then simplify");
  ir_graph_free(hs);
  ir_graph_free(h);
  ir_graph_free(p);
  sb_free(&t1);
  sb_free(&t2);
  diag_free(&d);
  tl_free(&params);
  ir_graph_free(g);
}

Test(autodiff, nograd_only_where_a_gradient_flows) {
  Graph *g = ir_graph_new();
  Dim s[1] = {dim_const(3)};
  int32_t c = ir_const(g, 1.0, DT_F32, 1, s, NOSPAN);
  cr_expect_eq(ir_stop_gradient(g, c, NOSPAN), c, "a constant has no gradient to stop");
  int32_t i = ir_iota(g, DT_I32, 1, s, 0, NOSPAN);
  cr_expect_eq(ir_stop_gradient(g, i, NOSPAN), i);
  g->nodes.v[c].nograd = true; /* by hand: the verifier refuses it */
  Diag d;
  char *buf = NULL;
  size_t len = 0;
  FILE *mem = open_memstream(&buf, &len);
  diag_init(&d, mem);
  cr_expect(!ir_verify(g, &d));
  diag_free(&d);
  fclose(mem);
  cr_expect(strstr(buf, "nograd") != NULL, "%s", buf);
  free(buf);
  ir_graph_free(g);
}

/* The stdlib's softmax and log_softmax take the max with stop_gradient: the
 * backward graph has no "which element was the max" subgraph (eq/cast), and the
 * gradients still match finite differences. */
Test(autodiff, softmax_max_has_no_gradient) {
  const char *src = "import \"nn\"\n"
                    "model M {\n"
                    "  w = param f32[4, 5] init normal(0, 0.02)\n"
                    "  fn forward(x: f32[B, 4]) -> f32[B, 5] { return softmax(x @ w) }\n"
                    "  fn loss(x: f32[B, 4], targets: i32[B]) -> f32[] {\n"
                    "    return cross_entropy(forward(x) * 3.0, targets)\n"
                    "  }\n"
                    "}\n";
  Diag d;
  diag_init(&d, stderr);
  FeOptions o = {0};
  o.stdlib_dir = LLMC_SOURCE_DIR "/stdlib";
  Program *p = fe_program_new(&d, &o);
  char path[] = "/tmp/llmc_softmax_XXXXXX.llm"; /* fe_load resolves the import */
  int fd = mkstemps(path, 4);
  cr_assert(fd >= 0);
  FILE *f = fdopen(fd, "w");
  fputs(src, f);
  fclose(f);
  bool ok = fe_load(p, path) && fe_check(p);
  remove(path);
  cr_assert(ok);
  Graph *g = fe_lower(p, "loss", false);
  cr_assert(g);
  int rmax = 0;
  for (int i = 0; i < g->nodes.n; i++)
    if (g->nodes.v[i].op == OP_RMAX) {
      rmax++;
      cr_expect(g->nodes.v[i].nograd, "rmax %%%d should be marked nograd", i);
    }
  cr_expect_eq(rmax, 2, "one max in softmax, one in log_softmax; found %d", rmax);
  TensorList params = {0}, inputs = {0};
  int64_t wd[2] = {4, 5}, xd[2] = {3, 4}, td[1] = {3};
  tl_add(&params, rand_tensor("w", DT_F32, 2, wd, -1, 1, 5));
  tl_add(&inputs, rand_tensor("x", DT_F32, 2, xd, -1, 1, 6));
  tl_add(&inputs, rand_tensor("targets", DT_I32, 1, td, 0, 5, 7));
  const char *wrt[] = {"w"};
  check_grads(g, &params, &inputs, wrt, 1, 100, 1e-5, "softmax");
  Graph *h = ir_simplify(g);
  cr_expect_eq(count_op(h, OP_EQ), 0, "the max's gradient subgraph is gone");
  cr_expect_eq(count_op(h, OP_RMAX), 2);
  ir_graph_free(h);
  tl_free(&params);
  tl_free(&inputs);
  ir_graph_free(g);
  fe_program_free(p);
  diag_free(&d);
}
