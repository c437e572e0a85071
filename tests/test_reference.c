/* test_reference.c — the stdlib layers and small whole models checked against
 * an independent framework (PyTorch).
 *
 * For every case NAME, tests/ref/NAME.llm is the program and
 * tests/ref/NAME.safetensors its fixture, written by tests/ref/make_reference.py
 * with PyTorch in float64: param.<dotted name>, input.<argument>, expect.out
 * (forward), expect.loss and expect.grad.<dotted name> (torch.autograd). Here:
 *   (a) `forward` is lowered and run on the reference interpreter in f64, and
 *       `out` compared with expect.out;
 *   (b) `loss` is lowered, differentiated over every parameter (ir_autodiff),
 *       simplified and verified, run in f64, and the loss and every gradient
 *       compared (the graph straight after autodiff is run too, so that a
 *       mismatch points at autodiff or at simplify);
 *   (c) the simplified loss graph is run again in f32 at a coarser tolerance.
 * f64 tolerance: |got - want| <= 1e-4 |want| + 1e-6 scale; f32: 1e-3 |want| +
 * 1e-5 scale, where scale = max(1, max |want| over the tensor) (elements that
 * come out of cancellations are judged against the tensor's size). The
 * relative errors printed are err / max(|want|, 1e-6 scale), so that values
 * that are zero in exact arithmetic (the gradient of a key bias, which softmax
 * cancels) do not dominate them. */
#define _GNU_SOURCE
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "fe_test.h"
#include "frontend.h"
#include "interp.h"
#include "ir.h"
#include "model.h"
#include "safetensors.h"
#include "tensor.h"

/* tests/ref/NAME.llm and tests/ref/NAME.safetensors; make_reference.py has the PyTorch side. */
static const char *const cases[] = {
  "linear", "layernorm", "rmsnorm", "softmax", "cross_entropy", "mlp", "swiglu", "attention", "attention_rope",
  "attention_gqa_rope", "gpt_block", "llama_block", "tiny_gpt", "tiny_llama", "elementwise", "ops",
};

#define REF_DIR LLMC_SOURCE_DIR "/tests/ref/"

typedef struct Tol {
  double rtol, atol; /* atol is scaled by max(1, max |want|) */
} Tol;

static const Tol TOL_F64 = {1e-4, 1e-6};
static const Tol TOL_F32 = {1e-3, 1e-5};

/* Row-major index i of a tensor as "[i0, i1, ...]". */
static void fmt_index(char *buf, size_t n, const Tensor *t, int64_t i) {
  int64_t idx[IR_MAX_RANK];
  for (int a = t->rank - 1; a >= 0; a--) {
    idx[a] = t->shape[a] ? i % t->shape[a] : 0;
    i = t->shape[a] ? i / t->shape[a] : 0;
  }
  size_t k = (size_t)snprintf(buf, n, "[");
  for (int a = 0; a < t->rank && k < n; a++) k += (size_t)snprintf(buf + k, n - k, "%s%lld", a ? ", " : "", (long long)idx[a]);
  if (k < n) snprintf(buf + k, n - k, "]");
}

/* Error statistics of one stage (a graph run against the fixture). */
typedef struct Stats {
  int ntensors, bad;
  double max_abs, max_rel;
  char max_abs_at[64], max_rel_at[64];
} Stats;

/* Compares `got` with `want` element by element, into `st`; prints the first
 * mismatches with their indices, and a line per mismatching tensor. */
static void compare(const char *ctx, const char *what, const Tensor *got, const Tensor *want, Tol tol, Stats *st) {
  st->ntensors++;
  if (!got || !want) {
    fprintf(stderr, "%s: %s: %s\n", ctx, what, got ? "not in the fixture" : "no such output");
    st->bad++;
    return;
  }
  bool same = got->rank == want->rank;
  for (int a = 0; same && a < got->rank; a++) same = got->shape[a] == want->shape[a];
  if (!same) {
    fprintf(stderr, "%s: %s: shape mismatch (rank %d vs rank %d)\n", ctx, what, got->rank, want->rank);
    st->bad++;
    return;
  }
  int64_t n = tensor_numel(want);
  double scale = 1.0;
  for (int64_t i = 0; i < n; i++) scale = fmax(scale, fabs(tensor_get(want, i)));
  double max_abs = 0, max_rel = 0;
  int bad = 0;
  for (int64_t i = 0; i < n; i++) {
    double g = tensor_get(got, i), w = tensor_get(want, i);
    double err = fabs(g - w);
    if (isnan(g) || isnan(w)) err = INFINITY;
    max_abs = fmax(max_abs, err);
    max_rel = fmax(max_rel, err / fmax(fabs(w), 1e-6 * scale));
    if (!(err <= tol.rtol * fabs(w) + tol.atol * scale)) {
      if (bad < 5) {
        char ix[96];
        fmt_index(ix, sizeof ix, want, i);
        fprintf(stderr, "%s: %s%s: got %.10g, PyTorch %.10g (abs err %.3g, rel %.3g)\n", ctx, what, ix, g, w, err,
                err / fmax(fabs(w), 1e-6 * scale));
      }
      bad++;
    }
  }
  if (bad)
    fprintf(stderr, "%s: %s: %d of %lld elements differ; max abs err %.3g, max rel err %.3g\n", ctx, what, bad,
            (long long)n, max_abs, max_rel);
  st->bad += bad;
  if (max_abs >= st->max_abs) {
    st->max_abs = max_abs;
    snprintf(st->max_abs_at, sizeof st->max_abs_at, "%s", what);
  }
  if (max_rel >= st->max_rel) {
    st->max_rel = max_rel;
    snprintf(st->max_rel_at, sizeof st->max_rel_at, "%s", what);
  }
}

static int report(const char *ctx, const Stats *st) {
  fprintf(stderr, "%-34s %2d tensors: max abs err %.2g (%s), max rel err %.2g (%s)%s\n", ctx, st->ntensors,
          st->max_abs, st->max_abs_at, st->max_rel, st->max_rel_at, st->bad ? "  MISMATCH" : "");
  return st->bad;
}

/* Tensors of `all` whose names start with `prefix`, renamed without it;
 * with `g`, only the inputs g has an INPUT node for. */
static void strip_prefix(const TensorList *all, const char *prefix, const Graph *g, TensorList *out) {
  size_t pl = strlen(prefix);
  for (int i = 0; i < all->v.n; i++) {
    const Tensor *t = all->v.v[i];
    if (strncmp(t->name, prefix, pl)) continue;
    const char *name = t->name + pl;
    bool used = !g;
    for (int k = 0; g && !used && k < g->nodes.n; k++) {
      const IrNode *n = ir_node(g, k);
      used = n->op == OP_INPUT && !strcmp(n->name, name);
    }
    if (used) tl_add(out, tensor_clone(t, name));
  }
}

static bool run_graph(const Graph *g, const TensorList *params, const TensorList *all, DType mode, TensorList *out) {
  TensorList inputs = {0};
  strip_prefix(all, "input.", g, &inputs);
  Diag d;
  diag_init(&d, stderr);
  InterpOptions o = {mode, 1};
  bool ok = ir_interp(g, &inputs, params, &o, out, &d);
  diag_free(&d);
  tl_free(&inputs);
  return ok;
}

/* Compares the loss and every expect.grad.* of the fixture with a run's outputs. */
static int compare_loss_grads(const char *ctx, const TensorList *out, const TensorList *all, Tol tol) {
  Stats st = {0};
  compare(ctx, "loss", tl_find(out, "loss"), tl_find(all, "expect.loss"), tol, &st);
  for (int i = 0; i < all->v.n; i++) {
    const Tensor *w = all->v.v[i];
    if (strncmp(w->name, "expect.grad.", 12)) continue;
    compare(ctx, w->name + 7, tl_find(out, w->name + 7), w, tol, &st);
  }
  for (int i = 0; i < out->v.n; i++) /* a gradient PyTorch has none of */
    if (!strncmp(out->v.v[i]->name, "grad.", 5)) {
      char key[300];
      snprintf(key, sizeof key, "expect.%s", out->v.v[i]->name);
      if (!tl_find(all, key)) compare(ctx, out->v.v[i]->name, out->v.v[i], NULL, tol, &st);
    }
  return report(ctx, &st);
}

ParameterizedTestParameters(reference, pytorch) { TABLE_PARAMS(cases); }

ParameterizedTest(size_t *ix, reference, pytorch, .timeout = 300) {
  const char *name = cases[*ix];
  char llm[512], fixture[512];
  snprintf(llm, sizeof llm, REF_DIR "%s.llm", name);
  snprintf(fixture, sizeof fixture, REF_DIR "%s.safetensors", name);

  Diag d;
  diag_init(&d, stderr);
  TensorList all = {0};
  cr_assert(st_read(fixture, &all, &d), "%s: cannot read the fixture %s", name, fixture);
  FeOptions fo = {0};
  fo.stdlib_dir = LLMC_SOURCE_DIR "/stdlib";
  fo.check_files = false;
  Program *p = fe_program_new(&d, &fo);
  cr_assert(fe_load(p, llm) && fe_check(p), "%s does not check", llm);
  const Model *m = fe_model(p);
  cr_assert(m && m->has_forward && m->has_loss, "%s: no model with forward and loss", name);

  /* the model's parameters are exactly the fixture's */
  TensorList params = {0};
  strip_prefix(&all, "param.", NULL, &params);
  VEC(const char *) wrt = {0};
  for (int i = 0; i < m->params.n; i++) {
    const ParamInfo *pi = &m->params.v[i];
    Tensor *t = tl_find(&params, pi->name);
    cr_assert(t, "%s: the fixture has no param.%s", name, pi->name);
    cr_assert(t->rank == pi->rank && !memcmp(t->shape, pi->dims, sizeof(int64_t) * (size_t)pi->rank),
              "%s: param.%s has another shape in the fixture", name, pi->name);
    vec_push(&wrt, pi->name);
  }
  cr_assert_eq(params.v.n, m->params.n, "%s: the fixture has %d params, the model %d", name, params.v.n, m->params.n);

  char ctx[128];
  int bad = 0;

  /* (a) forward, f64 */
  Graph *fg = fe_lower(p, "forward", false);
  cr_assert(fg, "%s: cannot lower forward", name);
  cr_assert(ir_verify(fg, &d), "%s: forward does not verify", name);
  TensorList fout = {0};
  cr_assert(run_graph(fg, &params, &all, DT_F64, &fout), "%s: forward does not run", name);
  snprintf(ctx, sizeof ctx, "%s forward f64", name);
  Stats st = {0};
  compare(ctx, "out", tl_find(&fout, "out"), tl_find(&all, "expect.out"), TOL_F64, &st);
  bad += report(ctx, &st);
  tl_free(&fout);
  ir_graph_free(fg);

  /* (b) loss and gradients, f64: straight after autodiff, then simplified */
  Graph *lg = fe_lower(p, "loss", false);
  cr_assert(lg, "%s: cannot lower loss", name);
  int32_t loss = -1;
  for (int i = 0; i < lg->outputs.n; i++)
    if (!strcmp(lg->outputs.v[i].name, "loss")) loss = lg->outputs.v[i].node;
  cr_assert(loss >= 0, "%s: the loss graph has no output 'loss'", name);
  cr_assert(ir_autodiff(lg, loss, wrt.v, wrt.n, &d), "%s: autodiff failed", name);
  cr_assert(ir_verify(lg, &d), "%s: the graph does not verify after autodiff", name);
  TensorList lout = {0};
  cr_assert(run_graph(lg, &params, &all, DT_F64, &lout), "%s: the differentiated loss does not run", name);
  snprintf(ctx, sizeof ctx, "%s autodiff f64", name);
  bad += compare_loss_grads(ctx, &lout, &all, TOL_F64);
  tl_free(&lout);

  Graph *sg = ir_simplify(lg);
  cr_assert(sg, "%s: simplify failed", name);
  cr_assert(ir_verify(sg, &d), "%s: the graph does not verify after simplify", name);
  cr_assert(run_graph(sg, &params, &all, DT_F64, &lout), "%s: the simplified loss does not run", name);
  snprintf(ctx, sizeof ctx, "%s simplified f64", name);
  bad += compare_loss_grads(ctx, &lout, &all, TOL_F64);
  tl_free(&lout);

  /* (c) the same in f32 */
  cr_assert(run_graph(sg, &params, &all, DT_F32, &lout), "%s: the simplified loss does not run in f32", name);
  snprintf(ctx, sizeof ctx, "%s simplified f32", name);
  bad += compare_loss_grads(ctx, &lout, &all, TOL_F32);
  tl_free(&lout);

  ir_graph_free(sg);
  ir_graph_free(lg);
  vec_free(&wrt);
  tl_free(&params);
  tl_free(&all);
  fe_program_free(p);
  diag_free(&d);
  cr_expect_eq(bad, 0, "%s: %d values differ from PyTorch (see above)", name, bad);
}
