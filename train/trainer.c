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

bool runner_init(Runner *r, Device *dev, const Graph *g, bool fuse, int64_t batch, int64_t seq, Diag *d) {
  r->g = g;
  r->plan = NULL;
  if (!dev) return true;
  int64_t *spec = xcalloc((size_t)(g->syms.n ? g->syms.n : 1), sizeof *spec);
  for (int i = 0; i < g->syms.n; i++) spec[i] = !strcmp(g->syms.v[i], "B") ? batch : seq;
  r->plan = rt_plan_new_spec(dev, g, fuse, spec, d);
  free(spec);
  return r->plan != NULL;
}

bool runner_run(Runner *r, const TensorList *in, const TensorList *params, uint64_t seed, TensorList *out, Diag *d) {
  if (r->plan) {
    rt_plan_set_seed(r->plan, seed);
    return rt_plan_run(r->plan, in, params, out, NULL, d);
  }
  InterpOptions io = {0};
  io.compute = DT_F32;
  io.seed = seed;
  return ir_interp(r->g, in, params, &io, out, d);
}

void runner_free(Runner *r) {
  rt_plan_free(r->plan);
  r->plan = NULL;
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
};

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

static bool update_init(Trainer *t, Device *dev, Diag *d) {
  int64_t n = rt_flat_numel(&t->layout);
  const TrainConfig *c = &t->c;
  t->upd_g = c->opt == OPT_SGD ? rt_sgd_graph(n, c->momentum, c->adamw.clip) : rt_adamw_graph(n, &c->adamw);
  tl_add(&t->uin, rt_flat_new(&t->layout, "params"));
  tl_add(&t->uin, tensor_new("grads", DT_F32, 1, &n));
  if (rt_graph_has_input(t->upd_g, "m")) tl_add(&t->uin, tensor_new("m", DT_F32, 1, &n));
  if (rt_graph_has_input(t->upd_g, "v")) tl_add(&t->uin, tensor_new("v", DT_F32, 1, &n));
  if (rt_graph_has_input(t->upd_g, "decay")) tl_add(&t->uin, rt_flat_decay_mask(&t->layout, "decay"));
  tl_add(&t->uin, scalar1("lr"));
  if (rt_graph_has_input(t->upd_g, "step")) tl_add(&t->uin, scalar1("step"));
  if (c->accum > 1) t->acc = tensor_new("grads.acc", DT_F32, 1, &n);
  return runner_init(&t->upd, dev, t->upd_g, c->fuse, 1, 1, d);
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
  if (!runner_init(&t->grad, dev, grad_g, c->fuse, c->batch, c->seq, d) ||
      !runner_init(&t->eval, dev, eval_g, c->fuse, c->batch, c->seq, d) || !update_init(t, dev, d)) {
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
  TensorList l = {0}, opt = {0};
  for (int i = 0; i < t->params->v.n; i++) vec_push(&l.v, t->params->v.v[i]);
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
  bool ok = ckpt_read(path, t->params, "opt.", &opt, &got, d);
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
    for (int i = 0; meta && i < got.n; i++) st_meta_set(meta, got.keys[i], got.values[i]);
  }
  st_meta_free(&got);
  tl_free(&opt);
  return ok;
}
