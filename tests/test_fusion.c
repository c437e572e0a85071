/* test_fusion.c — the fusion pass: kernel budgets and results.
 *
 * Each case is a small program in tests/fusion/ (or an example) whose forward
 * graph or loss + gradients graph must plan into at most a given number of
 * kernels (the budgets of docs/fusion.md: LayerNorm forward 1 and backward at
 * most 2, softmax forward 1, cross-entropy forward and backward at most 2
 * together, elementwise chains never split). Every case also runs, fused and
 * unfused, on the OpenCL device (PoCL in CI) against the reference
 * interpreter. */
#define _POSIX_C_SOURCE 200809L
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "codegen.h"
#include "device.h"
#include "dim.h"
#include "frontend.h"
#include "fuse.h"
#include "interp.h"
#include "model.h"
#include "pipeline.h"
#include "tensor.h"

static double rnd(uint64_t *s) {
  *s = *s * 6364136223846793005ULL + 1442695040888963407ULL;
  return (double)(*s >> 11) / 9007199254740992.0;
}

typedef struct FCase {
  char file[64];
  char entry[16];
  int budget;        /* at most this many kernels, fused */
  char why[96];
} FCase;

static FCase cases[] = {
  {"tests/fusion/layernorm.llm", "forward", 1, "LayerNorm forward: 1 kernel"},
  {"tests/fusion/layernorm.llm", "loss", 3, "LayerNorm forward 1 + backward 2, the loss's sum included"},
  {"tests/fusion/softmax.llm", "forward", 1, "softmax forward: 1 kernel"},
  {"tests/fusion/softmax.llm", "loss", 2, "softmax forward + backward + the loss's sum"},
  {"tests/fusion/cross_entropy.llm", "loss", 2, "cross-entropy forward and backward: 2 kernels"},
  {"tests/fusion/chain.llm", "forward", 1, "an elementwise chain: 1 kernel"},
  /* 5 matmuls with the GELU and its gradient in their epilogues, 2
   * bias-gradient sums, the loss's sum, and the transposed weight the CPU
   * matmul reads as rows */
  {"tests/fusion/chain.llm", "loss", 9, "MLP with residual: its matmuls and what lies between"},
  /* the q/k/v projections as one kernel (sibling matmuls), 2 batched matmuls,
   * softmax, the output projection, plus the bias adds of the 2-D projections
   * (epilogues do not store through the permute to heads) and the stored
   * transposed k and v the CPU matmul reads as rows */
  {"tests/fusion/attention.llm", "forward", 6, "attention: q/k/v, scores, softmax, values, projection"},
  {"tests/fusion/attention.llm", "loss", 16, "attention forward and backward"},
  /* heads 16 wide: the permuted q, k and v are stored as vectors */
  {"tests/fusion/attention_wide.llm", "forward", 6, "attention with 16-wide heads"},
  {"tests/fusion/attention_wide.llm", "loss", 16, "attention with 16-wide heads, forward and backward"},
};

ParameterizedTestParameters(fusion, budget) { return cr_make_param_array(FCase, cases, sizeof cases / sizeof cases[0]); }

typedef struct Built {
  Program *p;
  Graph *g;
  TensorList params;
} Built;

static Built build(const char *file, const char *entry, Diag *d) {
  Built b = {0};
  FeOptions o = {0};
  o.stdlib_dir = LLMC_SOURCE_DIR "/stdlib";
  char path[512];
  snprintf(path, sizeof path, "%s/%s", LLMC_SOURCE_DIR, file);
  b.p = fe_program_new(d, &o);
  cr_assert(fe_load(b.p, path) && fe_check(b.p), "%s does not check", file);
  const Model *m = fe_model(b.p);
  uint64_t s = 5;
  VEC(const char *) wrt = {0};
  for (int i = 0; i < m->params.n; i++) {
    const ParamInfo *pi = &m->params.v[i];
    Tensor *t = tensor_new(pi->name, DT_F32, pi->rank, pi->dims);
    for (int64_t k = 0; k < tensor_numel(t); k++)
      tensor_set(t, k, (pi->init == INIT_ONES ? 1.0 : 0.0) + (rnd(&s) - 0.5) * 1.5);
    tl_add(&b.params, t);
    vec_push(&wrt, pi->name);
  }
  Graph *g0 = fe_lower(b.p, entry, false);
  cr_assert(g0, "%s: cannot lower %s", file, entry);
  if (!strcmp(entry, "loss")) cr_assert(ir_autodiff(g0, g0->outputs.v[0].node, wrt.v, wrt.n, d));
  b.g = ir_simplify(g0);
  ir_graph_free(g0);
  vec_free(&wrt);
  return b;
}

static void built_free(Built *b) {
  ir_graph_free(b->g);
  tl_free(&b->params);
  fe_program_free(b->p);
}

/* Inputs for every INPUT of g: B = 2, T = 5; class ids below 7. */
static void make_inputs(const Graph *g, TensorList *in) {
  uint64_t s = 77;
  for (int i = 0; i < g->nodes.n; i++) {
    const IrNode *n = ir_node(g, i);
    if (n->op != OP_INPUT || tl_find(in, n->name)) continue;
    int64_t dims[IR_MAX_RANK];
    for (int k = 0; k < n->rank; k++) {
      int64_t c;
      if (dim_is_const(n->shape[k], &c)) dims[k] = c;
      else dims[k] = n->shape[k].m[0].v[0] == 0 ? 2 : 5;
    }
    Tensor *x = tensor_new(n->name, n->dtype, n->rank, dims);
    for (int64_t k = 0; k < tensor_numel(x); k++)
      tensor_set(x, k, n->dtype == DT_I32 ? (double)((int64_t)(rnd(&s) * 7) % 7) : rnd(&s) * 2 - 1);
    tl_add(in, x);
  }
}

static void print_plan(const FusePlan *fp, const Graph *g, StrBuf *b) {
  for (int q = 0; q < fp->nk; q++) {
    sb_printf(b, "  kernel %d (%s):", q, fuse_kind_name(fp->k[q].kind));
    for (int j = 0; j < fp->k[q].nmembers; j++) sb_printf(b, " %%%d %s", fp->k[q].members[j], op_name(g->nodes.v[fp->k[q].members[j]].op));
    sb_putc(b, '\n');
  }
}

ParameterizedTest(FCase *c, fusion, budget, .timeout = 300) {
  Diag d;
  diag_init(&d, stderr);
  Built b = build(c->file, c->entry, &d);
  FusePlan *fused = fuse_plan(b.g, true), *plain = fuse_plan(b.g, false);
  StrBuf s = {0};
  print_plan(fused, b.g, &s);
  fprintf(stderr, "fusion %s %s: %d kernels (budget %d), %d unfused\n", c->file, c->entry, fused->nk, c->budget, plain->nk);
  cr_expect(fused->nk <= c->budget, "%s %s: %d kernels, budget %d (%s)\n%s", c->file, c->entry, fused->nk, c->budget,
            c->why, sb_cstr(&s));
  cr_expect(fused->nk < plain->nk || plain->nk <= 1, "%s %s: fusion saved nothing (%d kernels)", c->file, c->entry,
            fused->nk);
  sb_free(&s);
  /* every stored value is stored by exactly one kernel, before any kernel reads it */
  int *when = calloc((size_t)b.g->nodes.n, sizeof(int));
  for (int i = 0; i < b.g->nodes.n; i++) when[i] = -1;
  for (int q = 0; q < fused->nk; q++)
    for (int j = 0; j < fused->k[q].nouts; j++) {
      int32_t x = fused->k[q].outs[j];
      cr_assert_eq(when[x], -1, "%%%d stored twice", x);
      when[x] = q;
    }
  for (int q = 0; q < fused->nk; q++)
    for (int j = 0; j < fused->k[q].nmembers; j++) {
      const IrNode *u = ir_node(b.g, fused->k[q].members[j]);
      for (int k = 0; k < u->nin; k++) {
        int32_t in = u->in[k];
        bool member = false;
        for (int m = 0; m < fused->k[q].nmembers; m++) member |= fused->k[q].members[m] == in;
        if (member) continue;
        const IrNode *x = ir_node(b.g, fused->alias[in]);
        cr_assert(fused->stored[in], "kernel %d reads %%%d, which nothing stores", q, in);
        if (x->op != OP_PARAM && x->op != OP_INPUT)
          cr_assert(when[fused->alias[in]] >= 0 && when[fused->alias[in]] < q, "kernel %d reads %%%d before it is stored", q, in);
      }
    }
  free(when);
  int rowk = 0;
  for (int q = 0; q < fused->nk; q++) rowk += fused->k[q].kind == FK_ROW;
  fuse_plan_free(fused);
  fuse_plan_free(plain);

  /* fused and unfused on the device agree with the interpreter */
  Device *dev = rt_device_open(DEV_OPENCL, 0, &d);
  if (dev) {
    TensorList in = {0}, want = {0};
    make_inputs(b.g, &in);
    InterpOptions io = {DT_F32, 0};
    cr_assert(ir_interp(b.g, &in, &b.params, &io, &want, &d), "reference run failed");
    /* unfused, fused, and fused in the GPU form (cooperative row kernels) */
    for (int form = 0; form < 3; form++) {
      int fuse = form > 0;
      Plan *plan = pl_plan_graph(dev, b.g, &(PlOptions){.no_fuse = !fuse, .gpu_form = form == 2}, &d);
      cr_assert(plan, "%s %s: cannot build the plan (fuse %d)", c->file, c->entry, fuse);
      if (form == 2 && rowk > 0) {
        int coop = 0;
        for (int k = 0; k < rt_plan_kernels(plan); k++) coop += strstr(rt_plan_kernel(plan, k)->source, "__local float red") != NULL;
        cr_expect(coop > 0, "%s %s: no cooperative row kernel in the GPU form (%d row kernels)", c->file, c->entry, rowk);
      }
      TensorList got = {0};
      cr_assert(rt_plan_run(plan, &in, &b.params, &got, NULL, &d), "%s: run failed", c->file);
      double scale = 1e-30;
      for (int i = 0; i < want.v.n; i++)
        for (int64_t k = 0; k < tensor_numel(want.v.v[i]); k++) scale = fmax(scale, fabs(tensor_get(want.v.v[i], k)));
      for (int i = 0; i < want.v.n; i++) {
        const Tensor *w = want.v.v[i], *g = tl_find(&got, w->name);
        cr_assert(g && tensor_numel(g) == tensor_numel(w), "output %s", w->name);
        for (int64_t k = 0; k < tensor_numel(w); k++) {
          double x = tensor_get(w, k), y = tensor_get(g, k);
          cr_assert(fabs(x - y) <= 1e-4 * fabs(x) + 1e-5 * scale, "%s %s (form %d): %s[%lld]: reference %.8g, device %.8g",
                    c->file, c->entry, form, w->name, (long long)k, x, y);
        }
      }
      tl_free(&got);
      rt_plan_free(plan);
    }
    tl_free(&in);
    tl_free(&want);
    rt_device_close(dev);
  } else {
    cr_log_warn("no OpenCL device: kernel budgets checked, results not run");
  }
  built_free(&b);
  diag_free(&d);
}

/* The training step of examples/gpt_char.llm: at least 4x fewer kernels than
 * one per node (the goal; the benchmark reports the exact ratio). */
Test(fusion, gpt_char_training_step) {
  Diag d;
  diag_init(&d, stderr);
  Built b = build("examples/gpt_char.llm", "loss", &d);
  FusePlan *fused = fuse_plan(b.g, true), *plain = fuse_plan(b.g, false);
  cr_expect(fused->nk * 4 <= plain->nk, "gpt_char step: %d kernels fused, %d unfused", fused->nk, plain->nk);
  int rows = 0, mm = 0;
  for (int q = 0; q < fused->nk; q++) {
    rows += fused->k[q].kind == FK_ROW;
    mm += fused->k[q].kind == FK_MATMUL;
  }
  cr_expect(rows > 0 && mm > 0, "row kernels %d, matmul kernels %d", rows, mm);
  fuse_plan_free(fused);
  fuse_plan_free(plain);
  built_free(&b);
  diag_free(&d);
}

/* A plan specialised to its shapes computes the same values and refuses
 * inputs of other shapes with a message. */
Test(fusion, specialised_plan) {
  Diag d;
  diag_init(&d, stderr);
  Built b = build("tests/fusion/chain.llm", "loss", &d);
  Device *dev = rt_device_open(DEV_OPENCL, 0, &d);
  if (!dev) {
    built_free(&b);
    diag_free(&d);
    cr_skip_test("no OpenCL device");
  }
  int64_t vals[2];
  for (int v = 0; v < b.g->syms.n && v < 2; v++) vals[v] = !strcmp(b.g->syms.v[v], "B") ? 2 : 5;
  cr_assert_eq(b.g->syms.n, 2);
  Plan *plan = pl_plan_graph(dev, b.g, &(PlOptions){.sym_val = vals}, &d);
  cr_assert(plan);
  for (int k = 0; k < rt_plan_kernels(plan); k++)
    cr_expect(!strstr(rt_plan_kernel(plan, k)->source, "* d_T") && !strstr(rt_plan_kernel(plan, k)->source, "% d_T"),
              "specialised kernels index with constants:\n%s", rt_plan_kernel(plan, k)->source);
  TensorList in = {0}, want = {0}, got = {0};
  make_inputs(b.g, &in);
  InterpOptions io = {DT_F32, 0};
  cr_assert(ir_interp(b.g, &in, &b.params, &io, &want, &d));
  cr_assert(rt_plan_run(plan, &in, &b.params, &got, NULL, &d));
  for (int i = 0; i < want.v.n; i++) {
    const Tensor *w = want.v.v[i], *g = tl_find(&got, w->name);
    cr_assert(g);
    for (int64_t k = 0; k < tensor_numel(w); k++)
      cr_assert(fabs(tensor_get(w, k) - tensor_get(g, k)) <= 1e-4 * fabs(tensor_get(w, k)) + 1e-5, "%s[%lld]", w->name,
                (long long)k);
  }
  /* other shapes: refused */
  TensorList other = {0};
  for (int i = 0; i < in.v.n; i++) {
    const Tensor *t = in.v.v[i];
    int64_t dims[IR_MAX_RANK];
    for (int k = 0; k < t->rank; k++) dims[k] = t->shape[k] == 5 ? 3 : t->shape[k];
    tl_add(&other, tensor_new(t->name, t->dtype, t->rank, dims));
  }
  char *msg = NULL;
  size_t len = 0;
  FILE *mem = open_memstream(&msg, &len);
  Diag d2;
  diag_init(&d2, mem);
  TensorList got2 = {0};
  cr_expect(!rt_plan_run(plan, &other, &b.params, &got2, NULL, &d2), "a specialised plan ran other shapes");
  fclose(mem);
  cr_expect(msg && strstr(msg, "compiled for") && strstr(msg, "= 5"), "message: %s", msg ? msg : "");
  free(msg);
  diag_free(&d2);
  tl_free(&got2);
  tl_free(&other);
  tl_free(&in);
  tl_free(&want);
  tl_free(&got);
  rt_plan_free(plan);
  rt_device_close(dev);
  built_free(&b);
  diag_free(&d);
}

/* The schedule of gpt_char's training step, for a GPU and a CPU, fused and
 * not: it verifies, its forms are the target's, and rendering an item gives
 * the kernel cg_kernel_opts gives for the same group (the runtime's path). A
 * schedule with two dependent kernels swapped fails verification. */
Test(fusion, schedule_forms_and_verify) {
  Diag d;
  diag_init(&d, stderr);
  Built b = build("examples/gpt_char.llm", "loss", &d);
  for (int v = 0; v < 4; v++) {
    SchedOptions o = {.fuse = v < 2, .cpu = v % 2 == 1};
    Schedule *s = sched_plan(b.g, &o);
    cr_assert(sched_verify(b.g, s, &d), "variant %d: the schedule does not verify", v);
    int forms[KFORM_MATMUL_CPU + 1] = {0};
    for (int q = 0; q < s->nk; q++) forms[s->k[q].form]++;
    if (o.fuse && !o.cpu) cr_expect(forms[KFORM_ROW_COOP] > 0 && forms[KFORM_MATMUL_TILE] > 0, "GPU forms");
    if (o.fuse && o.cpu) cr_expect(forms[KFORM_MATMUL_CPU] > 0 && forms[KFORM_ELEMENT_VEC] + forms[KFORM_ROW_VEC] > 0, "CPU forms");
    cr_expect(o.cpu || forms[KFORM_MATMUL_CPU] + forms[KFORM_ELEMENT_VEC] + forms[KFORM_COLUMN] == 0, "no CPU form on a GPU");
    for (int q = 0; q < s->nk; q += 7) {
      const SchedKernel *K = &s->k[q];
      CgOptions co = {.cpu = o.cpu, .outs = K->outs, .nouts = K->nouts, .row = K->kind == FK_ROW ? K->seed : -1};
      Kernel *a = cg_render(b.g, s, q, DIALECT_OPENCL, &d), *c2 = cg_kernel_opts(b.g, K->members, K->nmembers, DIALECT_OPENCL, &co, &d);
      cr_assert(a && c2, "kernel %d does not render", q);
      cr_expect_str_eq(a->source, c2->source, "kernel %d: cg_render and cg_kernel_opts differ", q);
      cr_expect(a->local == c2->local && a->exact_local == c2->exact_local && dim_eq(a->items, c2->items), "kernel %d: launch", q);
      cg_kernel_free(a);
      cg_kernel_free(c2);
    }
    if (o.fuse) { /* the first kernel that reads another's output, moved before it */
      bool swapped = false;
      for (int q = 1; q < s->nk && !swapped; q++)
        for (int j = 0; j < s->k[q].nmembers && !swapped; j++) {
          const IrNode *u = ir_node(b.g, s->k[q].members[j]);
          for (int k = 0; k < u->nin && !swapped; k++) {
            int p = s->kernel_of[s->alias[u->in[k]]];
            if (p < 0 || p == q) continue;
            SchedKernel t = s->k[p];
            s->k[p] = s->k[q];
            s->k[q] = t;
            for (int i = 0; i < s->k[p].nouts; i++) s->kernel_of[s->k[p].outs[i]] = p;
            for (int i = 0; i < s->k[q].nouts; i++) s->kernel_of[s->k[q].outs[i]] = q;
            swapped = true;
          }
        }
      cr_assert(swapped);
      Diag quiet;
      diag_init(&quiet, NULL);
      cr_expect(!sched_verify(b.g, s, &quiet), "a schedule with a reader before its writer verifies");
      diag_free(&quiet);
    }
    sched_free(s);
  }
  built_free(&b);
  diag_free(&d);
}
