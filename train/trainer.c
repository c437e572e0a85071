/* trainer.c — the training step, evaluation and checkpoint state (trainer.h). */
#define _POSIX_C_SOURCE 200809L
#include "trainer.h"

#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "init.h"
#include "interp.h"

static double now_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* ---- Runner ------------------------------------------------------------------------- */

/* Whether g has a PARAM leaf named `name` (simplify drops those nothing reads). */
static bool has_param(const Graph *g, const char *name) {
  for (int i = 0; i < g->nodes.n; i++)
    if (g->nodes.v[i].op == OP_PARAM && g->nodes.v[i].name && !strcmp(g->nodes.v[i].name, name)) return true;
  return false;
}

bool runner_init(Runner *r, Device *dev, const Graph *g, const PlOptions *target, int64_t batch, int64_t seq,
                 Diag *d) {
  *r = (Runner){.g = g, .dev = dev};
  if (!dev) return true;
  int64_t *spec = xcalloc((size_t)(g->syms.n ? g->syms.n : 1), sizeof *spec);
  for (int i = 0; i < g->syms.n; i++) spec[i] = !strcmp(g->syms.v[i], "B") ? batch : seq;
  PlOptions po = target ? *target : (PlOptions){0};
  po.sym_val = spec;
  r->plan = pl_plan_graph(dev, g, &po, d);
  free(spec);
  return r->plan != NULL;
}

/* The element offsets of the tensors of l laid end to end, each start rounded
 * up to a multiple of `align` elements; returns the total. */
static int64_t aligned_layout(const TensorList *l, int64_t align, int64_t *off) {
  int64_t n = 0;
  for (int i = 0; i < l->v.n; i++) {
    n = (n + align - 1) / align * align;
    off[i] = n;
    n += tensor_numel(l->v.v[i]);
  }
  return n;
}

/* Device offsets are multiples of the device's alignment (and of 64 floats,
 * so that CPU kernels' vector loads stay aligned). */
static int64_t align_elems(Device *dev) {
  int64_t a = rt_device_info(dev)->align / 4;
  return a > 64 ? a : 64;
}

bool runner_keep_params(Runner *r, const TensorList *params, Diag *d) {
  if (!r->plan) return true;
  for (int i = 0; i < params->v.n; i++)
    if (params->v.v[i]->dtype != DT_F32) return true; /* uploaded at each run instead */
  int64_t *off = xmalloc(sizeof *off * (size_t)(params->v.n + 1));
  int64_t n = aligned_layout(params, align_elems(r->dev), off);
  bool ok = (r->pbuf = rt_alloc(r->dev, (size_t)(n ? n : 1) * 4, d)) != NULL;
  for (int i = 0; ok && i < params->v.n; i++) {
    const Tensor *t = params->v.v[i];
    size_t bytes = tensor_nbytes(t), at = (size_t)off[i] * 4;
    ok = rt_write(r->dev, r->pbuf, at, t->data, bytes, d);
    /* a parameter the graph does not read (pruned by simplify) needs no binding */
    if (ok && has_param(r->g, t->name)) ok = rt_plan_bind(r->plan, t->name, r->pbuf, at, bytes, d);
  }
  free(off);
  return ok;
}

bool runner_run(Runner *r, const TensorList *in, const TensorList *params, uint64_t seed, TensorList *out, Diag *d) {
  if (r->plan) {
    rt_plan_set_seed(r->plan, seed);
    return rt_plan_run(r->plan, in, params, out, r->log, d);
  }
  InterpOptions io = {0};
  io.compute = DT_F32;
  io.seed = seed;
  return ir_interp(r->g, in, params, &io, out, d);
}

void runner_free(Runner *r) {
  rt_plan_free(r->plan);
  if (r->pbuf) rt_free(r->dev, r->pbuf);
  r->plan = NULL;
  r->pbuf = NULL;
}

/* ---- the trainer --------------------------------------------------------------------- */

struct Trainer {
  TrainConfig c;
  TensorList *params;   /* borrowed: every parameter */
  TensorList layout;    /* the trainable ones, in model order (borrowed tensors) */
  const Dataset *ds;
  bool cls, mask;       /* classification batches; the loss takes a mask */
  Runner grad, eval, upd;
  Graph *upd_g;
  TensorList batch;     /* idx, targets | label (, mask) */
  TensorList uin;       /* the update's inputs: params, grads, m, v, decay, lr, step */
  Tensor *acc;          /* accumulated gradients (accum > 1) */
  DataRng rng;
  int64_t t;            /* steps taken */
  struct Resident *res; /* NULL: the host path (the interpreter, or a parameter not in f32) */
};

/* The device-resident state: the trainable parameters, their gradients and
 * the optimiser state as flat f32 vectors in device buffers, each parameter
 * at an aligned offset (the padding between them stays 0 throughout: its
 * gradient is 0, so are its moments and its update), the frozen parameters
 * in one more buffer. The plans read and update them in place (rt_plan_bind):
 * per step only the batch goes to the device, and the loss and the gradient
 * norm come back. The host tensors (params, uin's m and v) are brought up to
 * date for checkpoints only. docs/training.md, "The step on the device". */
typedef struct Resident {
  Device *dev;
  int64_t P;          /* the padded length of the flat vectors */
  int64_t *off;       /* per layout tensor: its element offset */
  TensorList frozen;  /* the other parameters (borrowed) */
  int64_t *foff;
  DevBuf *p, *g, *tmp, *m, *v, *decay, *fbuf;
  Graph *acc_g;       /* accum > 1: grads.new = grads * keep + tmp */
  Runner acc;
  TensorList accin;   /* keep [1] */
} Resident;

static Tensor *scalar1(const char *name) {
  int64_t one = 1;
  return tensor_new(name, DT_F32, 1, &one);
}

static void make_batch(Trainer *t) {
  int64_t bt[2] = {t->c.batch, t->c.seq};
  tl_add(&t->batch, tensor_new("idx", DT_I32, 2, bt));
  if (t->cls) {
    tl_add(&t->batch, tensor_new("label", DT_I32, 1, bt));
    if (t->mask) tl_add(&t->batch, tensor_new("mask", DT_F32, 2, bt));
  } else {
    tl_add(&t->batch, tensor_new("targets", DT_I32, 2, bt));
  }
}

/* ---- the device-resident step -------------------------------------------------------- */

static uint64_t step_seed(const Trainer *t, int64_t step, int k);
static void draw_batch(Trainer *t, bool val, DataRng *rng, int64_t k);

static bool has_output(const Graph *g, const char *name) {
  for (int i = 0; i < g->outputs.n; i++)
    if (!strcmp(g->outputs.v[i].name, name)) return true;
  return false;
}

/* A zero-filled device vector of P floats (NULL after reporting). */
static DevBuf *zeros_buf(Device *dev, int64_t P, Diag *d) {
  DevBuf *b = rt_alloc(dev, (size_t)P * 4, d);
  float *z = xcalloc((size_t)P, sizeof(float));
  if (b && !rt_write(dev, b, 0, z, (size_t)P * 4, d)) {
    rt_free(dev, b);
    b = NULL;
  }
  free(z);
  return b;
}

/* Copies between the unpadded host vector `flat` (layout order) and the padded
 * device vector b. */
static bool flat_to_dev(const Trainer *t, DevBuf *b, const float *flat, Diag *d) {
  const Resident *r = t->res;
  for (int i = 0; i < t->layout.v.n; i++) {
    int64_t n = tensor_numel(t->layout.v.v[i]);
    if (!rt_write(r->dev, b, (size_t)r->off[i] * 4, flat, (size_t)n * 4, d)) return false;
    flat += n;
  }
  return true;
}
static bool flat_from_dev(const Trainer *t, DevBuf *b, float *flat, Diag *d) {
  const Resident *r = t->res;
  for (int i = 0; i < t->layout.v.n; i++) {
    int64_t n = tensor_numel(t->layout.v.v[i]);
    if (!rt_read(r->dev, b, (size_t)r->off[i] * 4, flat, (size_t)n * 4, d)) return false;
    flat += n;
  }
  return true;
}

/* Binds the parameters (trainable in r->p, frozen in r->fbuf) of a plan's graph. */
static bool bind_params(const Trainer *t, Runner *run, Diag *d) {
  const Resident *r = t->res;
  for (int i = 0; i < t->layout.v.n; i++) {
    const Tensor *x = t->layout.v.v[i];
    if (has_param(run->g, x->name) && !rt_plan_bind(run->plan, x->name, r->p, (size_t)r->off[i] * 4, tensor_nbytes(x), d))
      return false;
  }
  for (int i = 0; i < r->frozen.v.n; i++) {
    const Tensor *x = r->frozen.v.v[i];
    if (has_param(run->g, x->name) &&
        !rt_plan_bind(run->plan, x->name, r->fbuf, (size_t)r->foff[i] * 4, tensor_nbytes(x), d))
      return false;
  }
  return true;
}

/* The gradient outputs grad.NAME of the loss plan go straight into the flat
 * gradient vector (or, with accumulation, into tmp, added by the acc plan). */
static bool bind_grads(const Trainer *t, Diag *d) {
  const Resident *r = t->res;
  DevBuf *to = t->c.accum > 1 ? r->tmp : r->g;
  for (int i = 0; i < t->layout.v.n; i++) {
    const Tensor *x = t->layout.v.v[i];
    char *name = xasprintf("grad.%s", x->name);
    bool ok = !has_output(t->grad.g, name) ||
              rt_plan_bind(t->grad.plan, name, to, (size_t)r->off[i] * 4, tensor_nbytes(x), d);
    free(name);
    if (!ok) return false;
  }
  return true;
}

/* The update works on the device vectors in place. */
static bool bind_update(const Trainer *t, Diag *d) {
  const Resident *r = t->res;
  Plan *p = t->upd.plan;
  size_t bytes = (size_t)r->P * 4;
  const struct { const char *in, *out; DevBuf *b; } v[5] = {
      {"params", "params.new", r->p}, {"m", "m.new", r->m}, {"v", "v.new", r->v}, {"grads", NULL, r->g},
      {"decay", NULL, r->decay}};
  for (int i = 0; i < 5; i++) /* the leaves first, then the outputs over them */
    if (v[i].b && rt_graph_has_input(t->upd_g, v[i].in) && !rt_plan_bind(p, v[i].in, v[i].b, 0, bytes, d)) return false;
  for (int i = 0; i < 3; i++)
    if (v[i].b && has_output(t->upd_g, v[i].out) && !rt_plan_bind(p, v[i].out, v[i].b, 0, bytes, d)) return false;
  return true;
}

/* accum > 1: grads = grads * keep + tmp over the flat vector, in place. */
static bool acc_init(Trainer *t, Diag *d) {
  Resident *r = t->res;
  Dim P = dim_const(r->P), one = dim_const(1);
  Span sp = {0};
  Graph *g = r->acc_g = ir_graph_new();
  g->entry = "accumulate";
  int32_t gr = ir_input(g, "grads", DT_F32, 1, &P, sp), tmp = ir_input(g, "tmp", DT_F32, 1, &P, sp);
  int32_t keep = ir_expand(g, ir_input(g, "keep", DT_F32, 1, &one, sp), 1, &P, sp);
  ir_add_output(g, "grads.new", ir_binary(g, OP_ADD, ir_binary(g, OP_MUL, gr, keep, sp), tmp, sp));
  tl_add(&r->accin, scalar1("keep"));
  size_t bytes = (size_t)r->P * 4;
  return runner_init(&r->acc, r->dev, g, &t->c.target, 1, 1, d) && rt_plan_bind(r->acc.plan, "grads", r->g, 0, bytes, d) &&
         rt_plan_bind(r->acc.plan, "tmp", r->tmp, 0, bytes, d) &&
         rt_plan_bind(r->acc.plan, "grads.new", r->g, 0, bytes, d);
}

/* The device vectors, from the host tensors (initial values or a checkpoint). */
static bool resident_upload(Trainer *t, Diag *d) {
  Resident *r = t->res;
  for (int i = 0; i < t->layout.v.n; i++) {
    const Tensor *x = t->layout.v.v[i];
    if (!rt_write(r->dev, r->p, (size_t)r->off[i] * 4, x->data, tensor_nbytes(x), d)) return false;
  }
  for (int i = 0; i < r->frozen.v.n; i++) {
    const Tensor *x = r->frozen.v.v[i];
    if (!rt_write(r->dev, r->fbuf, (size_t)r->foff[i] * 4, x->data, tensor_nbytes(x), d)) return false;
  }
  const Tensor *m = tl_find(&t->uin, "m"), *v = tl_find(&t->uin, "v");
  return (!m || flat_to_dev(t, r->m, m->data, d)) && (!v || flat_to_dev(t, r->v, v->data, d));
}

/* The host tensors, from the device (for a checkpoint). */
static bool resident_download(Trainer *t, Diag *d) {
  Resident *r = t->res;
  for (int i = 0; i < t->layout.v.n; i++) {
    Tensor *x = t->layout.v.v[i];
    if (!rt_read(r->dev, r->p, (size_t)r->off[i] * 4, x->data, tensor_nbytes(x), d)) return false;
  }
  Tensor *m = tl_find(&t->uin, "m"), *v = tl_find(&t->uin, "v");
  bool ok = (!m || flat_from_dev(t, r->m, m->data, d)) && (!v || flat_from_dev(t, r->v, v->data, d));
  if (ok) rt_flat_pack(&t->layout, NULL, NULL, tl_find(&t->uin, "params"));
  return ok;
}

static void resident_free(Resident *r) {
  if (!r) return;
  DevBuf *b[7] = {r->p, r->g, r->tmp, r->m, r->v, r->decay, r->fbuf};
  for (int i = 0; i < 7; i++)
    if (b[i]) rt_free(r->dev, b[i]);
  runner_free(&r->acc);
  ir_graph_free(r->acc_g);
  tl_free(&r->accin);
  vec_free(&r->frozen.v);
  free(r->off);
  free(r->foff);
  free(r);
}

/* Lays out and fills the device vectors and builds the plans over them. */
static bool resident_init(Trainer *t, Device *dev, const Graph *grad_g, const Graph *eval_g, Diag *d) {
  Resident *r = t->res = xcalloc(1, sizeof *r);
  r->dev = dev;
  for (int i = 0; i < t->params->v.n; i++) {
    Tensor *x = t->params->v.v[i];
    bool trainable = false;
    for (int k = 0; k < t->layout.v.n && !trainable; k++) trainable = t->layout.v.v[k] == x;
    if (!trainable) vec_push(&r->frozen.v, x);
  }
  int64_t A = align_elems(dev);
  r->off = xmalloc(sizeof(int64_t) * (size_t)(t->layout.v.n + 1));
  r->foff = xmalloc(sizeof(int64_t) * (size_t)(r->frozen.v.n + 1));
  r->P = aligned_layout(&t->layout, A, r->off);
  int64_t F = aligned_layout(&r->frozen, A, r->foff);
  const TrainConfig *c = &t->c;
  AdamwOpts uo = c->adamw;
  uo.grad_scale = 1.0 / c->accum;
  uo.norm_out = true;
  t->upd_g = c->opt == OPT_SGD ? rt_sgd_graph(r->P, c->momentum, &uo) : rt_adamw_graph(r->P, &uo);
  bool ok = (r->p = zeros_buf(dev, r->P, d)) && (r->g = zeros_buf(dev, r->P, d)) &&
            (!rt_graph_has_input(t->upd_g, "m") || (r->m = zeros_buf(dev, r->P, d))) &&
            (!rt_graph_has_input(t->upd_g, "v") || (r->v = zeros_buf(dev, r->P, d))) &&
            (c->accum <= 1 || (r->tmp = zeros_buf(dev, r->P, d))) && (F == 0 || (r->fbuf = zeros_buf(dev, F, d)));
  if (ok && rt_graph_has_input(t->upd_g, "decay")) { /* 1 on matmul weights and embeddings, 0 elsewhere */
    float *mask = xcalloc((size_t)r->P, sizeof(float));
    for (int i = 0; i < t->layout.v.n; i++)
      if (t->layout.v.v[i]->rank >= 2)
        for (int64_t k = 0, n = tensor_numel(t->layout.v.v[i]); k < n; k++) mask[r->off[i] + k] = 1;
    ok = (r->decay = rt_alloc(dev, (size_t)r->P * 4, d)) && rt_write(dev, r->decay, 0, mask, (size_t)r->P * 4, d);
    free(mask);
  }
  return ok && runner_init(&t->grad, dev, grad_g, &c->target, c->batch, c->seq, d) && bind_params(t, &t->grad, d) &&
         bind_grads(t, d) && runner_init(&t->eval, dev, eval_g, &c->target, c->batch, c->seq, d) &&
         bind_params(t, &t->eval, d) && runner_init(&t->upd, dev, t->upd_g, &c->target, 1, 1, d) &&
         bind_update(t, d) && (c->accum <= 1 || acc_init(t, d)) && resident_upload(t, d);
}

/* One step on the device: accum micro-batches, then the update in place. */
static bool resident_step(Trainer *t, double *loss, double lr, int64_t step, double *grad_norm, Diag *d) {
  Resident *r = t->res;
  /* -v: the per-kernel log of the second step (the first warms the caches up) */
  FILE *log = t->c.verbose && step == 2 ? stderr : NULL;
  if (log) fprintf(log, "llmc train: the kernels of step %lld, one line per launch:\n", (long long)step);
  t->grad.log = t->upd.log = r->acc.log = log;
  for (int k = 0; k < t->c.accum; k++) {
    draw_batch(t, false, &t->rng, 0);
    TensorList out = {0};
    bool ok = runner_run(&t->grad, &t->batch, NULL, step_seed(t, step, k), &out, d);
    const Tensor *l = ok ? tl_find(&out, "loss") : NULL;
    *loss += l ? tensor_get(l, 0) : NAN;
    tl_free(&out);
    if (ok && t->c.accum > 1) { /* grads = grads * (k > 0) + tmp */
      tensor_set(tl_find(&r->accin, "keep"), 0, k > 0);
      ok = runner_run(&r->acc, &r->accin, NULL, 0, &out, d);
      tl_free(&out);
    }
    if (!ok) return false;
  }
  tensor_set(tl_find(&t->uin, "lr"), 0, lr);
  if (tl_find(&t->uin, "step")) tensor_set(tl_find(&t->uin, "step"), 0, (double)step);
  TensorList res = {0};
  bool ok = runner_run(&t->upd, &t->uin, NULL, 0, &res, d);
  t->grad.log = t->upd.log = r->acc.log = NULL;
  const Tensor *gn = ok ? tl_find(&res, "grad_norm") : NULL;
  *grad_norm = gn ? tensor_get(gn, 0) : NAN;
  tl_free(&res);
  return ok;
}

/* The update's host inputs (the staging vectors of checkpoints, lr and step)
 * and, on the host path (host_plan), its graph and plan over the flat vector. */
static bool update_init(Trainer *t, Device *dev, bool host_plan, Diag *d) {
  int64_t n = rt_flat_numel(&t->layout);
  const TrainConfig *c = &t->c;
  Graph *ug = c->opt == OPT_SGD ? rt_sgd_graph(n, c->momentum, &c->adamw) : rt_adamw_graph(n, &c->adamw);
  tl_add(&t->uin, rt_flat_new(&t->layout, "params"));
  tl_add(&t->uin, tensor_new("grads", DT_F32, 1, &n));
  if (rt_graph_has_input(ug, "m")) tl_add(&t->uin, tensor_new("m", DT_F32, 1, &n));
  if (rt_graph_has_input(ug, "v")) tl_add(&t->uin, tensor_new("v", DT_F32, 1, &n));
  if (rt_graph_has_input(ug, "decay")) tl_add(&t->uin, rt_flat_decay_mask(&t->layout, "decay"));
  tl_add(&t->uin, scalar1("lr"));
  if (rt_graph_has_input(ug, "step")) tl_add(&t->uin, scalar1("step"));
  if (!host_plan) {
    ir_graph_free(ug);
    return true;
  }
  t->upd_g = ug;
  if (c->accum > 1) t->acc = tensor_new("grads.acc", DT_F32, 1, &n);
  return runner_init(&t->upd, dev, t->upd_g, &c->target, 1, 1, d);
}

Trainer *trainer_new(const TrainConfig *c, const Graph *grad_g, const Graph *eval_g, TensorList *params,
                     const bool *trainable, const Dataset *ds, Device *dev, Diag *d) {
  Trainer *t = xcalloc(1, sizeof *t);
  t->c = *c;
  if (t->c.accum < 1) t->c.accum = 1;
  t->params = params;
  t->ds = ds;
  t->cls = data_is_classification(ds);
  t->mask = t->cls && rt_graph_has_input(grad_g, "mask");
  t->rng = data_rng(c->seed);
  for (int i = 0; i < params->v.n; i++)
    if (trainable[i]) vec_push(&t->layout.v, params->v.v[i]);
  if (rt_flat_numel(&t->layout) == 0) {
    diag_plain(d, "nothing to train: the model has no trainable parameters");
    trainer_free(t);
    return NULL;
  }
  make_batch(t);
  /* on a device with every parameter in f32, the state lives on the device */
  bool resident = dev != NULL;
  for (int i = 0; i < params->v.n; i++) resident = resident && params->v.v[i]->dtype == DT_F32;
  bool ok = resident ? update_init(t, dev, false, d) && resident_init(t, dev, grad_g, eval_g, d)
                     : runner_init(&t->grad, dev, grad_g, &t->c.target, c->batch, c->seq, d) &&
                           runner_init(&t->eval, dev, eval_g, &t->c.target, c->batch, c->seq, d) &&
                           update_init(t, dev, true, d);
  if (!ok) {
    trainer_free(t);
    return NULL;
  }
  return t;
}

void trainer_free(Trainer *t) {
  if (!t) return;
  runner_free(&t->grad);
  runner_free(&t->eval);
  runner_free(&t->upd);
  ir_graph_free(t->upd_g);
  vec_free(&t->layout.v);
  tl_free(&t->batch);
  tl_free(&t->uin);
  tensor_free(t->acc);
  resident_free(t->res);
  free(t);
}

int64_t trainer_step_count(const Trainer *t) { return t->t; }
const TensorList *trainer_params(const Trainer *t) { return t->params; }

/* The dropout seed of micro-batch k of step `step`: a function of (seed, step, k) only. */
static uint64_t step_seed(const Trainer *t, int64_t step, int k) {
  uint64_t s = t->c.seed ^ ((uint64_t)step * 0x9E3779B97F4A7C15ULL) ^ ((uint64_t)k << 48);
  return rt_splitmix64(&s);
}

static void draw_batch(Trainer *t, bool val, DataRng *rng, int64_t k) {
  Tensor *idx = tl_find(&t->batch, "idx");
  if (t->cls)
    data_cls_batch(t->ds, val, rng, k, idx, tl_find(&t->batch, "label"), tl_find(&t->batch, "mask"));
  else
    data_lm_batch(t->ds, val, rng, idx, tl_find(&t->batch, "targets"));
}

/* Runs one micro-batch; its gradients go to `grads` (added when `add`). */
static bool micro_step(Trainer *t, int k, Tensor *grads, bool add, double *loss, Diag *d) {
  draw_batch(t, false, &t->rng, 0);
  TensorList out = {0};
  bool ok = runner_run(&t->grad, &t->batch, t->params, step_seed(t, t->t + 1, k), &out, d);
  if (ok) {
    const Tensor *l = tl_find(&out, "loss");
    *loss += l ? tensor_get(l, 0) : NAN;
    if (!add) {
      rt_flat_pack(&t->layout, &out, "grad.", grads);
    } else {
      rt_flat_pack(&t->layout, &out, "grad.", t->acc);
      float *g = grads->data;
      const float *a = t->acc->data;
      for (int64_t i = 0, n = tensor_numel(grads); i < n; i++) g[i] += a[i];
    }
  }
  tl_free(&out);
  return ok;
}

bool trainer_step(Trainer *t, StepInfo *info, Diag *d) {
  double t0 = now_s();
  if (t->res) {
    int64_t step = t->t + 1;
    double loss = 0, lr = rt_lr_at(&t->c.adamw, step), gn = NAN;
    if (!resident_step(t, &loss, lr, step, &gn, d)) return false;
    t->t = step;
    *info = (StepInfo){.step = step, .loss = loss / t->c.accum, .lr = lr, .grad_norm = gn, .seconds = now_s() - t0};
    return true;
  }
  Tensor *grads = tl_find(&t->uin, "grads");
  double loss = 0;
  for (int k = 0; k < t->c.accum; k++)
    if (!micro_step(t, k, grads, k > 0, &loss, d)) return false;
  float *g = grads->data;
  int64_t n = tensor_numel(grads);
  if (t->c.accum > 1) { /* the mean of the micro-batches' gradients, as their losses' mean */
    float inv = 1.0f / (float)t->c.accum;
    for (int64_t i = 0; i < n; i++) g[i] *= inv;
  }
  double ss = 0;
  for (int64_t i = 0; i < n; i++) ss += (double)g[i] * g[i];
  int64_t step = t->t + 1;
  double lr = rt_lr_at(&t->c.adamw, step);
  tensor_set(tl_find(&t->uin, "lr"), 0, lr);
  if (tl_find(&t->uin, "step")) tensor_set(tl_find(&t->uin, "step"), 0, (double)step);
  TensorList res = {0};
  if (!runner_run(&t->upd, &t->uin, NULL, 0, &res, d)) {
    tl_free(&res);
    return false;
  }
  static const char *const names[3][2] = {{"params.new", "params"}, {"m.new", "m"}, {"v.new", "v"}};
  for (int k = 0; k < 3; k++) { /* the new values take the old ones' place: buffers swapped, not copied */
    Tensor *src = tl_find(&res, names[k][0]), *dst = tl_find(&t->uin, names[k][1]);
    if (src && dst && src->dtype == dst->dtype && tensor_nbytes(src) == tensor_nbytes(dst)) {
      void *x = dst->data;
      dst->data = src->data;
      src->data = x;
    } else if (src && dst) {
      memcpy(dst->data, src->data, tensor_nbytes(dst));
    }
  }
  rt_flat_unpack(tl_find(&t->uin, "params"), &t->layout);
  tl_free(&res);
  t->t = step;
  info->step = step;
  info->loss = loss / t->c.accum;
  info->lr = lr;
  info->grad_norm = sqrt(ss);
  info->seconds = now_s() - t0;
  return true;
}

bool trainer_eval(Trainer *t, double *val_loss, Diag *d) {
  DataRng rng = data_rng(t->c.seed ^ 0x5EEDE7A1ULL);
  double sum = 0;
  int64_t n = 0;
  for (int64_t k = 0; k < t->c.eval_batches; k++) {
    if (t->cls && k * t->c.batch >= data_tokens(t->ds, true)) break;
    draw_batch(t, true, &rng, k);
    TensorList out = {0};
    bool ok = runner_run(&t->eval, &t->batch, t->params, 0, &out, d);
    const Tensor *l = ok ? tl_find(&out, "loss") : NULL;
    if (l) sum += tensor_get(l, 0);
    n++;
    tl_free(&out);
    if (!ok) return false;
  }
  *val_loss = n ? sum / (double)n : NAN;
  return true;
}

/* ---- checkpoints ------------------------------------------------------------------------ */

/* The optimiser state as per-parameter tensors named prefix + NAME (new tensors, appended to l). */
static void unflatten(const Trainer *t, const Tensor *flat, const char *prefix, TensorList *l) {
  const float *in = flat->data;
  for (int i = 0; i < t->layout.v.n; i++) {
    const Tensor *p = t->layout.v.v[i];
    char *name = xasprintf("%s%s", prefix, p->name);
    Tensor *x = tensor_new(name, DT_F32, p->rank, p->shape);
    free(name);
    memcpy(x->data, in, tensor_nbytes(x));
    in += tensor_numel(x);
    tl_add(l, x);
  }
}

bool trainer_save(Trainer *t, const char *path, const StMeta *meta, Diag *d) {
  if (t->res && !resident_download(t, d)) return false;
  TensorList l = {0}, opt = {0};
  const TensorList *saved = t->c.adapter_ckpt ? &t->layout : t->params;
  for (int i = 0; i < saved->v.n; i++) vec_push(&l.v, saved->v.v[i]);
  const Tensor *m = tl_find(&t->uin, "m"), *v = tl_find(&t->uin, "v");
  if (m) unflatten(t, m, "opt.m.", &opt);
  if (v) unflatten(t, v, "opt.v.", &opt);
  for (int i = 0; i < opt.v.n; i++) vec_push(&l.v, opt.v.v[i]);
  StMeta all = {0};
  for (int i = 0; meta && i < meta->n; i++) st_meta_set(&all, meta->keys[i], meta->values[i]);
  char buf[64];
  snprintf(buf, sizeof buf, "%" PRId64, t->t);
  st_meta_set(&all, "llmc.step", buf);
  snprintf(buf, sizeof buf, "%016" PRIx64, t->rng.s);
  st_meta_set(&all, "llmc.data_rng", buf);
  st_meta_set(&all, "llmc.optimizer", t->c.opt == OPT_SGD ? "sgd" : "adamw");
  char sum[17];
  ckpt_checksum(&l, sum);
  st_meta_set(&all, "llmc.checksum", sum);
  bool ok = st_write_meta(path, &l, &all, d);
  st_meta_free(&all);
  vec_free(&l.v); /* the parameters are borrowed */
  tl_free(&opt);
  return ok;
}

/* Packs the per-parameter tensors prefix + NAME of `from` into the flat f32 `dst`. */
static bool load_flat(Trainer *t, const char *path, TensorList *from, const char *prefix, Tensor *dst, Diag *d) {
  for (int i = 0; i < t->layout.v.n; i++) {
    char *name = xasprintf("%s%s", prefix, t->layout.v.v[i]->name);
    const Tensor *x = tl_find(from, name);
    bool ok = x && tensor_numel(x) == tensor_numel(t->layout.v.v[i]) && x->dtype == DT_F32;
    if (!ok)
      diag_plain(d, "%s: the optimiser state '%s' is %s", path, name,
                 !x ? "missing" : "not an f32 tensor of its parameter's shape");
    free(name);
    if (!ok) return false;
  }
  return rt_flat_pack(&t->layout, from, prefix, dst);
}

static bool parse_u64(const char *s, int base, uint64_t *v) {
  char *end;
  if (!s || !*s || *s == '-') return false;
  *v = strtoull(s, &end, base);
  return *end == 0;
}

bool trainer_load(Trainer *t, const char *path, StMeta *meta, Diag *d) {
  TensorList opt = {0};
  StMeta got = {0};
  bool ok = ckpt_read(path, t->c.adapter_ckpt ? &t->layout : t->params, "opt.", &opt, &got, d);
  const char *want_opt = t->c.opt == OPT_SGD ? "sgd" : "adamw", *opt_name = st_meta_get(&got, "llmc.optimizer");
  uint64_t step = 0, rng = 0;
  if (ok && (!opt_name || strcmp(opt_name, want_opt))) {
    diag_plain(d, "%s: metadata key 'llmc.optimizer' is '%s' but this run uses %s", path, opt_name ? opt_name : "(missing)",
               want_opt);
    ok = false;
  }
  if (ok && !parse_u64(st_meta_get(&got, "llmc.step"), 10, &step)) {
    diag_plain(d, "%s: metadata key 'llmc.step' is missing or not a number", path);
    ok = false;
  }
  if (ok && !parse_u64(st_meta_get(&got, "llmc.data_rng"), 16, &rng)) {
    diag_plain(d, "%s: metadata key 'llmc.data_rng' is missing or not a hex number", path);
    ok = false;
  }
  Tensor *m = tl_find(&t->uin, "m"), *v = tl_find(&t->uin, "v");
  ok = ok && (!m || load_flat(t, path, &opt, "opt.m.", m, d)) && (!v || load_flat(t, path, &opt, "opt.v.", v, d));
  if (ok) {
    rt_flat_pack(&t->layout, NULL, NULL, tl_find(&t->uin, "params"));
    t->t = (int64_t)step;
    t->rng.s = rng;
    if (t->res) ok = resident_upload(t, d);
    for (int i = 0; meta && i < got.n; i++) st_meta_set(meta, got.keys[i], got.values[i]);
  }
  st_meta_free(&got);
  tl_free(&opt);
  return ok;
}
