/* test_optim.c — the AdamW update graph (runtime/optim.c): the reference
 * interpreter, in f64 and f32, against a plain C transcription of PyTorch's
 * clip_grad_norm_ + AdamW over several steps; the fusion pass's kernel budget
 * (at most 2 kernels for the whole update); the OpenCL device against the
 * interpreter; packing parameters into the flat vector. */
#define _POSIX_C_SOURCE 200809L
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "device.h"
#include "lsan_supp.h"
#include "fuse.h"
#include "interp.h"
#include "optim.h"
#include "pipeline.h"
#include "tensor.h"

/* The vendor libraries' allocations live until exit (as in dev_test.h). */
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void) {
  return LLMC_LSAN_SUPPRESSIONS; /* support/lsan.supp */
}

static double rnd(uint64_t *s) {
  *s = *s * 6364136223846793005ULL + 1442695040888963407ULL;
  return (double)(*s >> 11) / 9007199254740992.0;
}

/* Parameters of several shapes and ranks, in "model order". */
static void make_params(TensorList *l, uint64_t *s) {
  static const struct {
    const char *name;
    int rank;
    int64_t dims[3];
  } shapes[] = {
    {"wte", 2, {13, 6}}, {"ln.g", 1, {6}}, {"attn.w", 3, {3, 4, 5}}, {"attn.b", 1, {17}}, {"head.w", 2, {6, 9}},
  };
  for (size_t i = 0; i < sizeof shapes / sizeof shapes[0]; i++) {
    Tensor *t = tensor_new(shapes[i].name, DT_F32, shapes[i].rank, shapes[i].dims);
    for (int64_t k = 0; k < tensor_numel(t); k++) tensor_set(t, k, rnd(s) * 2 - 1);
    tl_add(l, t);
  }
}

/* PyTorch, transcribed: clip_grad_norm_(max_norm = clip), then AdamW's
 * single-tensor step with bias corrections in double, as torch computes them. */
static void ref_step(const AdamwOpts *o, double lr, int t, int64_t n, double *p, double *g, double *m, double *v,
                     const double *decay) {
  if (o->clip > 0) {
    double ss = 0;
    for (int64_t i = 0; i < n; i++) ss += g[i] * g[i];
    double coef = o->clip / (sqrt(ss) + 1e-6);
    if (coef > 1) coef = 1;
    for (int64_t i = 0; i < n; i++) g[i] *= coef;
  }
  double bc1 = 1 - pow(o->beta1, t), bc2 = 1 - pow(o->beta2, t);
  double step_size = lr / bc1, bc2_sqrt = sqrt(bc2);
  for (int64_t i = 0; i < n; i++) {
    if (decay[i] != 0) p[i] *= 1 - lr * o->weight_decay;
    m[i] = o->beta1 * m[i] + (1 - o->beta1) * g[i];
    v[i] = o->beta2 * v[i] + (1 - o->beta2) * g[i] * g[i];
    p[i] -= step_size * m[i] / (sqrt(v[i]) / bc2_sqrt + o->eps);
  }
}

static Tensor *scalar(const char *name, double x) {
  int64_t one = 1;
  Tensor *t = tensor_new(name, DT_F32, 1, &one);
  tensor_set(t, 0, x);
  return t;
}

static double max_abs(const Tensor *t) {
  double s = 0;
  for (int64_t k = 0; k < tensor_numel(t); k++) s = fmax(s, fabs(tensor_get(t, k)));
  return s;
}

static void print_plan(const FusePlan *fp, const Graph *g, StrBuf *b) {
  for (int q = 0; q < fp->nk; q++) {
    sb_printf(b, "  kernel %d (%s):", q, fuse_kind_name(fp->k[q].kind));
    for (int j = 0; j < fp->k[q].nmembers; j++)
      sb_printf(b, " %%%d %s", fp->k[q].members[j], op_name(g->nodes.v[fp->k[q].members[j]].op));
    sb_printf(b, "  stores");
    for (int j = 0; j < fp->k[q].nouts; j++) sb_printf(b, " %%%d", fp->k[q].outs[j]);
    sb_putc(b, '\n');
  }
}

typedef struct Case {
  const char *what;
  double clip, wd, gscale, beta1;
} Case;

/* clip active (the gradients' norm is far above clip), inactive (far below),
 * off; weight decay on and off; beta1 = 0 (no first-moment averaging). */
static const Case cases[] = {
  {"clip active, weight decay", 0.5, 0.1, 3.0, 0.9},
  {"clip inactive, weight decay", 1.0, 0.1, 0.01, 0.9},
  {"no clip, no weight decay", 0, 0, 1.0, 0.9},
  {"clip active, no weight decay, beta1 0", 0.25, 0, 1.0, 0},
};

/* Runs `steps` steps of the graph under ir_interp (in `compute`) and of the
 * C reference side by side, comparing params, m and v after each step. */
static void check_against_reference(const Case *c, DType compute, double tol) {
  uint64_t s = 11;
  TensorList params = {0};
  make_params(&params, &s);
  AdamwOpts o = rt_adamw_defaults();
  o.clip = c->clip;
  o.weight_decay = c->wd;
  o.beta1 = c->beta1;
  o.lr = 3e-2;
  o.schedule = LR_COSINE;
  o.warmup = 2;
  o.min_lr = 1e-3;
  o.steps = 6;
  int64_t n = rt_flat_numel(&params);
  Graph *g = rt_adamw_graph(n, &o);
  Diag d;
  diag_init(&d, stderr);
  cr_assert(ir_verify(g, &d), "%s: the graph does not verify", c->what);

  Tensor *flat = rt_flat_new(&params, "params"), *mask = rt_flat_decay_mask(&params, "decay");
  double *p = calloc((size_t)n, sizeof(double)), *gr = calloc((size_t)n, sizeof(double)),
         *m = calloc((size_t)n, sizeof(double)), *v = calloc((size_t)n, sizeof(double)),
         *dec = calloc((size_t)n, sizeof(double));
  for (int64_t i = 0; i < n; i++) {
    p[i] = tensor_get(flat, i);
    dec[i] = tensor_get(mask, i);
  }
  TensorList in = {0};
  tl_add(&in, flat);
  tl_add(&in, tensor_new("grads", DT_F32, 1, &n));
  tl_add(&in, tensor_new("m", DT_F32, 1, &n));
  tl_add(&in, tensor_new("v", DT_F32, 1, &n));
  if (rt_graph_has_input(g, "decay")) tl_add(&in, mask);
  else tensor_free(mask);
  cr_assert_eq(rt_graph_has_input(g, "decay"), c->wd > 0);
  InterpOptions io = {compute, 0};
  for (int t = 1; t <= o.steps; t++) {
    Tensor *gt = tl_find(&in, "grads");
    double ss = 0;
    for (int64_t i = 0; i < n; i++) {
      tensor_set(gt, i, (rnd(&s) * 2 - 1) * c->gscale);
      gr[i] = tensor_get(gt, i); /* the same f32 values */
      ss += gr[i] * gr[i];
    }
    if (c->clip > 0) {
      bool active = sqrt(ss) > c->clip;
      cr_assert_eq(active, c->gscale > 1e-1, "%s: the case does not exercise what it says (norm %g)", c->what, sqrt(ss));
    }
    double lr = rt_lr_at(&o, t);
    TensorList in2 = {0};
    for (int i = 0; i < in.v.n; i++) tl_add(&in2, tensor_clone(in.v.v[i], in.v.v[i]->name));
    tl_add(&in2, scalar("lr", lr));
    tl_add(&in2, scalar("step", t));
    TensorList out = {0};
    cr_assert(ir_interp(g, &in2, NULL, &io, &out, &d), "%s: interp failed", c->what);
    ref_step(&o, (float)lr, t, n, p, gr, m, v, dec);
    const char *names[3] = {"params.new", "m.new", "v.new"};
    const double *want[3] = {p, m, v};
    for (int k = 0; k < 3; k++) {
      const Tensor *got = tl_find(&out, names[k]);
      cr_assert(got && tensor_numel(got) == n, "%s: no output %s", c->what, names[k]);
      double scale = 0;
      for (int64_t i = 0; i < n; i++) scale = fmax(scale, fabs(want[k][i]));
      for (int64_t i = 0; i < n; i++)
        cr_assert(fabs(tensor_get(got, i) - want[k][i]) <= tol * (fabs(want[k][i]) + scale * 1e-2),
                  "%s (%s): step %d %s[%lld]: graph %.10g, PyTorch reference %.10g", c->what, dtype_name(compute), t,
                  names[k], (long long)i, tensor_get(got, i), want[k][i]);
    }
    /* the next step starts from this one's results (rounded to f32, as the
     * graph's inputs are f32: the reference takes the same values) */
    for (int k = 0; k < 3; k++) {
      Tensor *dst = tl_find(&in, k == 0 ? "params" : k == 1 ? "m" : "v");
      const Tensor *src = tl_find(&out, names[k]);
      double *w = (double *)want[k];
      for (int64_t i = 0; i < n; i++) {
        tensor_set(dst, i, tensor_get(src, i));
        w[i] = tensor_get(dst, i);
      }
    }
    tl_free(&out);
    tl_free(&in2);
  }
  free(p);
  free(gr);
  free(m);
  free(v);
  free(dec);
  tl_free(&in);
  tl_free(&params);
  ir_graph_free(g);
  diag_free(&d);
}

Test(optim, matches_pytorch_f64) {
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) check_against_reference(&cases[i], DT_F64, 1e-9);
}

Test(optim, matches_pytorch_f32) {
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) check_against_reference(&cases[i], DT_F32, 2e-5);
}

/* The budget: the whole update over all parameters in at most 2 kernels. */
Test(optim, at_most_two_kernels) {
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    AdamwOpts o = rt_adamw_defaults();
    o.clip = cases[i].clip;
    o.weight_decay = cases[i].wd;
    o.beta1 = cases[i].beta1;
    Graph *g = rt_adamw_graph(1000003, &o);
    FusePlan *fp = fuse_plan(g, true);
    StrBuf b = {0};
    print_plan(fp, g, &b);
    /* at most 2: with clipping, the norm's kernel also computes the step's scalars (bias corrections) once;
     * without, those scalars get a one-item kernel of their own rather than being recomputed per element */
    cr_expect(fp->nk <= 2, "%s: %d kernels\n%s", cases[i].what, fp->nk, sb_cstr(&b));
    sb_free(&b);
    fuse_plan_free(fp);
    ir_graph_free(g);
  }
}

Test(optim, schedule) {
  AdamwOpts o = rt_adamw_defaults();
  o.lr = 1;
  cr_assert_eq(rt_lr_at(&o, 1), 1);
  o.warmup = 4;
  cr_assert_float_eq(rt_lr_at(&o, 1), 0.25, 1e-15);
  cr_assert_float_eq(rt_lr_at(&o, 4), 1, 1e-15);
  o.schedule = LR_COSINE;
  o.min_lr = 0.1;
  o.steps = 14;
  cr_assert_float_eq(rt_lr_at(&o, 9), 0.55, 1e-12);
  cr_assert_float_eq(rt_lr_at(&o, 14), 0.1, 1e-12);
  cr_assert_float_eq(rt_lr_at(&o, 100), 0.1, 1e-12);
  o.schedule = LR_LINEAR;
  cr_assert_float_eq(rt_lr_at(&o, 9), 0.5, 1e-12);
  cr_assert_float_eq(rt_lr_at(&o, 14), 0, 1e-12);
}

Test(optim, pack_unpack) {
  uint64_t s = 3;
  TensorList params = {0}, grads = {0};
  make_params(&params, &s);
  int64_t n = rt_flat_numel(&params);
  cr_assert_eq(n, 13 * 6 + 6 + 60 + 17 + 54);
  Tensor *flat = rt_flat_new(&params, "params"), *mask = rt_flat_decay_mask(&params, "decay");
  int64_t off = 0;
  for (int i = 0; i < params.v.n; i++) {
    const Tensor *t = params.v.v[i];
    for (int64_t k = 0; k < tensor_numel(t); k++) {
      cr_assert_eq(tensor_get(flat, off + k), tensor_get(t, k));
      cr_assert_eq(tensor_get(mask, off + k), t->rank >= 2 ? 1.0 : 0.0, "%s", t->name);
    }
    off += tensor_numel(t);
  }
  /* gradients by name with a prefix; one missing (zeros), one in f64 */
  for (int i = 0; i < params.v.n; i++) {
    if (i == 1) continue;
    char name[64];
    snprintf(name, sizeof name, "grad.%s", params.v.v[i]->name);
    Tensor *gt = tensor_convert(params.v.v[i], i == 2 ? DT_F64 : DT_F32);
    free(gt->name);
    gt->name = xstrdup(name);
    for (int64_t k = 0; k < tensor_numel(gt); k++) tensor_set(gt, k, -tensor_get(gt, k));
    tl_add(&grads, gt);
  }
  Tensor *gf = tensor_new("grads", DT_F32, 1, &n);
  cr_assert(rt_flat_pack(&params, &grads, "grad.", gf));
  off = 0;
  for (int i = 0; i < params.v.n; i++) {
    const Tensor *t = params.v.v[i];
    for (int64_t k = 0; k < tensor_numel(t); k++)
      cr_assert_eq(tensor_get(gf, off + k), i == 1 ? 0.0 : -tensor_get(t, k));
    off += tensor_numel(t);
  }
  /* unpack writes the flat values back, tensor by tensor */
  cr_assert(rt_flat_unpack(gf, &params));
  cr_assert_eq(tensor_get(params.v.v[0], 3), tensor_get(gf, 3));
  cr_assert_eq(tensor_get(params.v.v[1], 0), 0.0);
  int64_t small = n - 1;
  Tensor *bad = tensor_new("x", DT_F32, 1, &small);
  cr_assert(!rt_flat_pack(&params, NULL, NULL, bad) && !rt_flat_unpack(bad, &params));
  tensor_free(bad);
  tensor_free(gf);
  tensor_free(flat);
  tensor_free(mask);
  tl_free(&params);
  tl_free(&grads);
}

/* On the OpenCL device (PoCL in CI), fused and not: the plan agrees with ir_interp. */
Test(optim, opencl_matches_interp, .timeout = 120) {
  Diag d;
  diag_init(&d, stderr);
  Device *dev = rt_device_open(DEV_OPENCL, 0, &d);
  if (!dev) {
    cr_log_warn("no OpenCL device: the update's kernels are not run");
    diag_free(&d);
    return;
  }
  for (size_t ci = 0; ci < sizeof cases / sizeof cases[0]; ci++) {
    const Case *c = &cases[ci];
    AdamwOpts o = rt_adamw_defaults();
    o.clip = c->clip;
    o.weight_decay = c->wd;
    o.beta1 = c->beta1;
    uint64_t s = 29;
    int64_t n = 20011;
    Graph *g = rt_adamw_graph(n, &o);
    TensorList in = {0};
    const char *names[5] = {"params", "grads", "m", "v", "decay"};
    for (int k = 0; k < 5; k++) {
      if (!rt_graph_has_input(g, names[k])) continue;
      Tensor *t = tensor_new(names[k], DT_F32, 1, &n);
      for (int64_t i = 0; i < n; i++) {
        double r = rnd(&s) * 2 - 1;
        tensor_set(t, i, k == 1 ? r * c->gscale * 0.03 : k == 3 ? r * r * 1e-3 : k == 4 ? (double)(r > 0) : r);
      }
      tl_add(&in, t);
    }
    tl_add(&in, scalar("lr", 2e-3));
    tl_add(&in, scalar("step", 7));
    TensorList want = {0};
    InterpOptions io = {DT_F32, 0};
    cr_assert(ir_interp(g, &in, NULL, &io, &want, &d), "reference run failed");
    for (int fuse = 0; fuse < 2; fuse++) {
      Plan *plan = pl_plan_graph(dev, g, &(PlOptions){.no_fuse = !fuse}, &d);
      cr_assert(plan, "%s: cannot build the plan (fuse %d)", c->what, fuse);
      if (fuse) cr_expect(rt_plan_kernels(plan) <= 2, "%s: %d kernels", c->what, rt_plan_kernels(plan));
      TensorList got = {0};
      cr_assert(rt_plan_run(plan, &in, NULL, &got, NULL, &d), "%s: run failed", c->what);
      for (int i = 0; i < want.v.n; i++) {
        const Tensor *w = want.v.v[i], *x = tl_find(&got, w->name);
        cr_assert(x && tensor_numel(x) == tensor_numel(w), "output %s", w->name);
        double scale = max_abs(w);
        for (int64_t k = 0; k < tensor_numel(w); k++) {
          double a = tensor_get(w, k), b = tensor_get(x, k);
          cr_assert(fabs(a - b) <= 1e-5 * fabs(a) + 1e-6 * scale, "%s (fuse %d): %s[%lld]: reference %.9g, device %.9g",
                    c->what, fuse, w->name, (long long)k, a, b);
        }
      }
      tl_free(&got);
      rt_plan_free(plan);
    }
    tl_free(&want);
    tl_free(&in);
    ir_graph_free(g);
  }
  rt_device_close(dev);
  diag_free(&d);
}

/* Parameters, gradients and moments kept in device buffers (rt_plan_bind),
 * the update written over them in place, two steps in a row: the same values
 * as the interpreter fed its own outputs. And an update in place that would
 * read overwritten values is refused. */
Test(optim, opencl_resident_in_place, .timeout = 120) {
  Diag d;
  diag_init(&d, stderr);
  Device *dev = rt_device_open(DEV_OPENCL, 0, &d);
  if (!dev) {
    cr_log_warn("no OpenCL device: the resident update is not run");
    diag_free(&d);
    return;
  }
  AdamwOpts o = rt_adamw_defaults();
  o.weight_decay = 0.1;
  int64_t n = 4099;
  Graph *g = rt_adamw_graph(n, &o);
  const char *names[5] = {"params", "grads", "m", "v", "decay"};
  TensorList in = {0};
  uint64_t s = 5;
  for (int k = 0; k < 5; k++) {
    Tensor *t = tensor_new(names[k], DT_F32, 1, &n);
    for (int64_t i = 0; i < n; i++) {
      double r = rnd(&s) * 2 - 1;
      tensor_set(t, i, k == 1 ? r * 0.05 : k == 3 ? r * r * 1e-3 : k == 4 ? (double)(r > 0) : r);
    }
    tl_add(&in, t);
  }
  size_t bytes = (size_t)n * 4;
  DevBuf *buf = rt_alloc(dev, 5 * 65536, &d); /* the five vectors in one buffer, 64 KiB apart */
  cr_assert(buf);
  for (int k = 0; k < 5; k++) cr_assert(rt_write(dev, buf, (size_t)k * 65536, tl_find(&in, names[k])->data, bytes, &d));
  Plan *plan = pl_plan_graph(dev, g, NULL, &d);
  cr_assert(plan);
  for (int k = 0; k < 5; k++) cr_assert(rt_plan_bind(plan, names[k], buf, (size_t)k * 65536, bytes, &d), "%s", names[k]);
  cr_assert(rt_plan_bind(plan, "params.new", buf, 0, bytes, &d));
  cr_assert(rt_plan_bind(plan, "m.new", buf, 2 * 65536, bytes, &d));
  cr_assert(rt_plan_bind(plan, "v.new", buf, 3 * 65536, bytes, &d));
  InterpOptions io = {DT_F32, 0};
  for (int step = 1; step <= 2; step++) {
    TensorList small = {0}, got = {0}, want = {0};
    tl_add(&small, scalar("lr", 1e-2));
    tl_add(&small, scalar("step", step));
    cr_assert(rt_plan_run(plan, &small, NULL, &got, NULL, &d), "step %d", step);
    cr_expect_eq(got.v.n, 0, "bound outputs are not read back (%d were)", got.v.n);
    tl_add(&in, scalar("lr", 1e-2));
    tl_add(&in, scalar("step", step));
    cr_assert(ir_interp(g, &in, NULL, &io, &want, &d));
    const char *outs[3] = {"params.new", "m.new", "v.new"};
    const int slot[3] = {0, 2, 3};
    for (int j = 0; j < 3; j++) {
      const Tensor *w = tl_find(&want, outs[j]);
      Tensor *x = tensor_new(outs[j], DT_F32, 1, &n);
      cr_assert(rt_read(dev, buf, (size_t)slot[j] * 65536, x->data, bytes, &d));
      for (int64_t i = 0; i < n; i++) {
        double a = tensor_get(w, i), b = tensor_get(x, i);
        cr_assert(fabs(a - b) <= 1e-5 * fabs(a) + 1e-7, "step %d %s[%lld]: reference %.9g, device %.9g", step,
                  outs[j], (long long)i, a, b);
      }
      /* the reference's next step reads its own outputs */
      memcpy(tl_find(&in, names[slot[j]])->data, w->data, bytes);
      tensor_free(x);
    }
    /* drop lr and step from `in` for the next round */
    for (int r = 0; r < 2; r++) tensor_free(in.v.v[--in.v.n]);
    tl_free(&small);
    tl_free(&got);
    tl_free(&want);
  }
  rt_plan_free(plan);
  /* One kernel per node: of m.new and v.new, one is stored before the kernel
   * that reads the other's old moment, so storing it over that moment is
   * refused (whichever the launch order puts first). */
  Plan *un = pl_plan_graph(dev, g, &(PlOptions){.no_fuse = true}, &d);
  cr_assert(un);
  Diag quiet;
  diag_init(&quiet, NULL);
  cr_assert(rt_plan_bind(un, "m", buf, 2 * 65536, bytes, &quiet));
  cr_assert(rt_plan_bind(un, "v", buf, 3 * 65536, bytes, &quiet));
  bool m_over_v = rt_plan_bind(un, "m.new", buf, 3 * 65536, bytes, &quiet);
  bool v_over_m = rt_plan_bind(un, "v.new", buf, 2 * 65536, bytes, &quiet);
  cr_expect(!(m_over_v && v_over_m), "an unsafe update in place was accepted");
  cr_expect(quiet.nerrors >= 1, "the refusal was not reported");
  cr_expect(!rt_plan_bind(un, "nonesuch", buf, 0, 4, &quiet), "an unknown name was accepted");
  diag_free(&quiet);
  rt_plan_free(un);
  rt_free(dev, buf);
  tl_free(&in);
  ir_graph_free(g);
  rt_device_close(dev);
  diag_free(&d);
}
