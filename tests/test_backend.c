#define _GNU_SOURCE
/* test_backend.c — whole programs on the OpenCL backend (PoCL in CI) and on
 * a CUDA GPU (tests/gpu/run.sh) against the reference interpreter: forward
 * and loss+gradients of the examples and of every stdlib layer, at two
 * bindings of the symbolic dims. Skips, saying why, where no such device
 * exists. */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "device.h"
#include "frontend.h"
#include "interp.h"
#include "model.h"
#include "pipeline.h"
#include "safetensors.h"
#include "tensor.h"

static double rnd(uint64_t *s) {
  *s = *s * 6364136223846793005ULL + 1442695040888963407ULL;
  return (double)(*s >> 11) / 9007199254740992.0;
}

typedef struct Case {
  char file[128];
  char sets[4][32];
  int nsets;
} Case;

static Case cases[] = {
  {"examples/gpt_char.llm", {"n_layers=1", "d=32", "heads=2"}, 3},
  {"examples/llama_stories.llm", {"n_layers=1", "d=32", "hidden=48", "vocab=64"}, 4},
  {"examples/spam_classifier.llm", {"n_layers=1", "d=32", "hidden=48", "vocab=64"}, 4},
  /* the stdlib layers, on the inputs of their PyTorch fixtures */
  {"tests/ref/gpt_block.llm", {""}, 0},
  {"tests/ref/llama_block.llm", {""}, 0},
  {"tests/ref/cross_entropy.llm", {""}, 0},
  {"tests/ref/elementwise.llm", {""}, 0},
  {"tests/ref/ops.llm", {""}, 0},
};

/* The fixture's `input.NAME` tensors, renamed NAME (false when there is none). */
static bool fixture_inputs(const char *llm, TensorList *in) {
  char path[600];
  snprintf(path, sizeof path, "%s/%s", LLMC_SOURCE_DIR, llm);
  size_t n = strlen(path);
  if (n < 4 || strcmp(path + n - 4, ".llm")) return false;
  strcpy(path + n - 4, ".safetensors");
  TensorList all = {0};
  Diag d;
  diag_init(&d, stderr);
  bool ok = st_read(path, &all, &d);
  diag_free(&d);
  if (!ok) return false;
  for (int i = 0; i < all.v.n; i++)
    if (!strncmp(all.v.v[i]->name, "input.", 6)) tl_add(in, tensor_clone(all.v.v[i], all.v.v[i]->name + 6));
  tl_free(&all);
  return in->v.n > 0;
}

ParameterizedTestParameters(backend, opencl_matches_reference) {
  return cr_make_param_array(Case, cases, sizeof cases / sizeof cases[0]);
}

/* Random inputs for every INPUT of g at a binding (B, T). */
static void make_inputs(const Graph *g, const Model *m, int64_t b, int64_t t, TensorList *in, uint64_t seed) {
  int64_t vocab = 1 << 30;
  for (int i = 0; i < m->params.n; i++)
    if (m->params.v[i].rank == 2 && m->params.v[i].dims[0] < vocab) vocab = m->params.v[i].dims[0];
  int64_t vals[2] = {b, t};
  for (int i = 0; i < g->nodes.n; i++) {
    const IrNode *n = ir_node(g, i);
    if (n->op != OP_INPUT || tl_find(in, n->name)) continue;
    int64_t dims[IR_MAX_RANK];
    for (int k = 0; k < n->rank; k++) {
      int64_t c;
      if (dim_is_const(n->shape[k], &c)) dims[k] = c;
      else dims[k] = n->shape[k].m[0].nv == 1 && n->shape[k].m[0].v[0] < 2 ? vals[n->shape[k].m[0].v[0]] : 2;
    }
    Tensor *x = tensor_new(n->name, n->dtype, n->rank, dims);
    uint64_t s = seed + (uint64_t)i;
    /* class ids below the smallest table, labels below 2, other inputs in [0, 1) */
    bool label = !strcmp(n->name, "label") || !strcmp(n->name, "targets");
    int64_t hi = !strcmp(n->name, "label") ? 2 : label ? (vocab < 3 ? 2 : vocab) : vocab;
    for (int64_t k = 0; k < tensor_numel(x); k++)
      tensor_set(x, k, n->dtype == DT_I32 ? (double)((int64_t)(rnd(&s) * (double)hi) % hi) : rnd(&s));
    tl_add(in, x);
  }
}

static void compare(const TensorList *want, const TensorList *got, const char *what, const char *backend) {
  /* absolute slack relative to the largest value of any output: a gradient
   * that is zero in exact arithmetic (softmax cancels a key bias) is rounding noise */
  double scale = 1e-30;
  for (int i = 0; i < want->v.n; i++)
    for (int64_t k = 0; k < tensor_numel(want->v.v[i]); k++) scale = fmax(scale, fabs(tensor_get(want->v.v[i], k)));
  for (int i = 0; i < want->v.n; i++) {
    const Tensor *a = want->v.v[i], *b = tl_find(got, a->name);
    cr_assert(b, "%s: output %s missing on OpenCL", what, a->name);
    cr_assert_eq(tensor_numel(a), tensor_numel(b));
    for (int64_t k = 0; k < tensor_numel(a); k++) {
      double x = tensor_get(a, k), y = tensor_get(b, k);
      cr_assert(fabs(x - y) <= 1e-4 * fabs(x) + 1e-5 * scale, "%s: %s[%lld]: reference %.8g, %s %.8g", what, a->name,
                (long long)k, x, backend, y);
    }
  }
}

/* The case's entries on device `kind` (its fused plans) against the
 * interpreter; skipped, saying why, where no such device exists. With
 * `specialised`, one plan per binding with the shapes written into the kernels
 * (what llmc train and bench build: CPU matmuls without edge tiles, transposed
 * stores at constant strides). */
static void run_case(const Case *c, DevKind kind, bool specialised) {
  Diag d;
  diag_init(&d, stderr);
  const char *backend = rt_kind_name(kind);
  Device *dev = rt_device_open(kind, 0, &d);
  if (!dev) {
    diag_free(&d);
    cr_skip_test("no %s device: %s", backend, rt_backend_status(kind) ? rt_backend_status(kind) : "?");
  }
  FeOptions o = {0};
  o.stdlib_dir = LLMC_SOURCE_DIR "/stdlib";
  const char *sets[4];
  for (int i = 0; i < c->nsets; i++) sets[i] = c->sets[i];
  o.sets = sets;
  o.nsets = c->nsets;
  char path[512];
  snprintf(path, sizeof path, "%s/%s", LLMC_SOURCE_DIR, c->file);
  Program *p = fe_program_new(&d, &o);
  cr_assert(fe_load(p, path) && fe_check(p), "%s does not check", c->file);
  const Model *m = fe_model(p);
  TensorList params = {0};
  uint64_t s = 11;
  VEC(const char *) wrt = {0};
  for (int i = 0; i < m->params.n; i++) {
    const ParamInfo *pi = &m->params.v[i];
    Tensor *t = tensor_new(pi->name, DT_F32, pi->rank, pi->dims);
    for (int64_t k = 0; k < tensor_numel(t); k++)
      tensor_set(t, k, (pi->init == INIT_ONES ? 1.0 : 0.0) + (rnd(&s) - 0.5) * 0.4);
    tl_add(&params, t);
    vec_push(&wrt, pi->name);
  }
  const char *entries[2] = {"forward", "loss"};
  bool example = !strncmp(c->file, "examples/", 9);
  for (int e = example ? 1 : 0; e < 2; e++) { /* examples: the training step, whose graph holds forward too */
    if (e == 1 && !m->has_loss) continue;
    Graph *g0 = fe_lower(p, entries[e], false);
    cr_assert(g0, "%s: cannot lower %s", c->file, entries[e]);
    if (e == 1) cr_assert(ir_autodiff(g0, g0->outputs.v[0].node, wrt.v, wrt.n, &d));
    Graph *g = ir_simplify(g0);
    ir_graph_free(g0);
    Plan *plan = specialised ? NULL : pl_plan_graph(dev, g, NULL, &d);
    cr_assert(plan || specialised, "%s: cannot build the %s plan", c->file, entries[e]);
    int64_t bindings[2][2] = {{2, 5}, {3, 2}};
    if (specialised) memcpy(bindings, (int64_t[2][2]){{2, 16}, {3, 5}}, sizeof bindings);
    for (int b = 0; b < (example ? 2 : 1); b++) {
      if (specialised) {
        int64_t vals[LLMC_MAX_SYMS];
        for (int v = 0; v < g->syms.n && v < LLMC_MAX_SYMS; v++)
          vals[v] = bindings[b][strcmp(g->syms.v[v], "B") ? 1 : 0];
        rt_plan_free(plan);
        plan = pl_plan_graph(dev, g, &(PlOptions){.sym_val = vals}, &d);
        cr_assert(plan, "%s: cannot build the %s plan for B=%lld T=%lld", c->file, entries[e],
                  (long long)bindings[b][0], (long long)bindings[b][1]);
      }
      TensorList in = {0}, want = {0}, got = {0};
      if (example) make_inputs(g, m, bindings[b][0], bindings[b][1], &in, 100 + (uint64_t)b);
      else {
        TensorList all = {0};
        cr_assert(fixture_inputs(c->file, &all), "%s: no fixture inputs", c->file);
        for (int k = 0; k < all.v.n; k++) { /* only the ones this entry takes */
          bool used = false;
          for (int q = 0; q < g->nodes.n; q++)
            used |= g->nodes.v[q].op == OP_INPUT && !strcmp(g->nodes.v[q].name, all.v.v[k]->name);
          if (used) tl_add(&in, tensor_clone(all.v.v[k], NULL));
        }
        tl_free(&all);
      }
      InterpOptions io = {DT_F32, 0};
      cr_assert(ir_interp(g, &in, &params, &io, &want, &d), "%s: reference run failed", c->file);
      cr_assert(rt_plan_run(plan, &in, &params, &got, NULL, &d), "%s: %s run failed", c->file, backend);
      char what[256];
      snprintf(what, sizeof what, "%s %s at B=%lld T=%lld%s", c->file, entries[e], (long long)bindings[b][0],
               (long long)bindings[b][1], specialised ? " (specialised)" : "");
      compare(&want, &got, what, backend);
      tl_free(&in);
      tl_free(&want);
      tl_free(&got);
    }
    rt_plan_free(plan);
    ir_graph_free(g);
  }
  vec_free(&wrt);
  tl_free(&params);
  fe_program_free(p);
  rt_device_close(dev);
  diag_free(&d);
}

ParameterizedTest(Case *c, backend, opencl_matches_reference, .timeout = 1200) { run_case(c, DEV_OPENCL, false); }

/* gpt_char with its shapes known (B*T = 32 rows, heads of 16: the CPU
 * matmuls' q, k, v stores transposed 16 lanes T apart), and at B*T = 15 (edge
 * tiles shifted back, heads shorter than a vector). */
Test(backend, opencl_specialised_matches_reference, .timeout = 1200) { run_case(&cases[0], DEV_OPENCL, true); }

/* The same on a CUDA GPU (tests/gpu/run.sh): the GPU form of every fused
 * kernel, cooperative row kernels and tiled matmuls included. */
ParameterizedTestParameters(backend, cuda_matches_reference) {
  return cr_make_param_array(Case, cases, sizeof cases / sizeof cases[0]);
}
ParameterizedTest(Case *c, backend, cuda_matches_reference, .timeout = 1200) { run_case(c, DEV_CUDA, false); }

/* The arena in several device buffers (a device whose largest allocation is
 * smaller than the plan's memory): gpt_char's training step with buffers of
 * 64 KB gives bit for bit what it gives in one buffer; a value larger than a
 * buffer is refused with its size. */
Test(backend, arena_in_several_buffers, .timeout = 600) {
  const char *why = rt_backend_status(DEV_OPENCL);
  if (why) cr_skip_test("no OpenCL device: %s", why);
  Diag d;
  diag_init(&d, stderr);
  Device *dev = rt_device_open(DEV_OPENCL, 0, &d);
  cr_assert(dev);
  FeOptions o = {0};
  o.stdlib_dir = LLMC_SOURCE_DIR "/stdlib";
  const char *sets[] = {"n_layers=1", "d=32", "heads=2"};
  o.sets = sets;
  o.nsets = 3;
  Program *p = fe_program_new(&d, &o);
  cr_assert(fe_load(p, LLMC_SOURCE_DIR "/examples/gpt_char.llm") && fe_check(p));
  const Model *m = fe_model(p);
  TensorList params = {0};
  uint64_t s = 5;
  VEC(const char *) wrt = {0};
  for (int i = 0; i < m->params.n; i++) {
    const ParamInfo *pi = &m->params.v[i];
    Tensor *t = tensor_new(pi->name, DT_F32, pi->rank, pi->dims);
    for (int64_t k = 0; k < tensor_numel(t); k++) tensor_set(t, k, (rnd(&s) - 0.5) * 0.4);
    tl_add(&params, t);
    vec_push(&wrt, pi->name);
  }
  Graph *g0 = fe_lower(p, "loss", false);
  cr_assert(g0 && ir_autodiff(g0, g0->outputs.v[0].node, wrt.v, wrt.n, &d));
  Graph *g = ir_simplify(g0);
  ir_graph_free(g0);
  Plan *one = pl_plan_graph(dev, g, NULL, &d), *many = pl_plan_graph(dev, g, NULL, &d), *tiny = pl_plan_graph(dev, g, NULL, &d);
  cr_assert(one && many && tiny);
  rt_plan_set_max_buffer(many, 65536);
  rt_plan_set_max_buffer(tiny, 1024);
  TensorList in = {0}, a = {0}, b = {0}, c = {0};
  make_inputs(g, m, 4, 16, &in, 9);
  cr_assert(rt_plan_run(one, &in, &params, &a, NULL, &d));
  cr_assert(rt_plan_run(many, &in, &params, &b, NULL, &d));
  fprintf(stderr, "gpt_char loss+grad, B=4 T=16: %.0f KB of arena in %d buffer(s), or in %d of 64 KB\n",
          (double)rt_plan_peak_bytes(one) / 1024, rt_plan_arena_buffers(one), rt_plan_arena_buffers(many));
  cr_assert_eq(rt_plan_arena_buffers(one), 1);
  cr_assert_gt(rt_plan_arena_buffers(many), 2, "the arena should span several 64 KB buffers");
  for (int i = 0; i < a.v.n; i++) {
    const Tensor *x = a.v.v[i], *y = tl_find(&b, x->name);
    cr_assert(y && tensor_nbytes(x) == tensor_nbytes(y));
    cr_assert(!memcmp(x->data, y->data, tensor_nbytes(x)), "%s differs with the arena in several buffers", x->name);
  }
  /* guard bands (LLMC_GUARD): no kernel writes outside its buffers (the run would
   * stop) or reads outside them (it would read NaN): the same bits */
  Plan *guarded = pl_plan_graph(dev, g, &(PlOptions){.guard = true}, &d);
  TensorList e = {0};
  cr_assert(guarded && rt_plan_run(guarded, &in, &params, &e, NULL, &d), "a kernel touched a guard band");
  for (int i = 0; i < a.v.n; i++) {
    const Tensor *x = a.v.v[i], *y = tl_find(&e, x->name);
    cr_assert(y && !memcmp(x->data, y->data, tensor_nbytes(x)), "%s differs with guard bands", x->name);
  }
  tl_free(&e);
  rt_plan_free(guarded);
  char *msg = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&msg, &len);
  Diag dq;
  diag_init(&dq, f);
  cr_assert_not(rt_plan_run(tiny, &in, &params, &c, NULL, &dq), "a value larger than a buffer must be refused");
  diag_free(&dq);
  fclose(f);
  cr_assert(strstr(msg, "more than one buffer of") && strstr(msg, "(1024 bytes)"), "message: %s", msg);
  free(msg);
  tl_free(&in), tl_free(&a), tl_free(&b), tl_free(&c), tl_free(&params);
  vec_free(&wrt);
  rt_plan_free(one), rt_plan_free(many), rt_plan_free(tiny);
  ir_graph_free(g);
  fe_program_free(p);
  rt_device_close(dev);
  diag_free(&d);
}
