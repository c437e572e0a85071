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
