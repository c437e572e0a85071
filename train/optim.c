/* optim.c — the AdamW update as an IR graph over the flat parameter vector,
 * the learning-rate schedules, and packing parameters into that vector. */
#include "optim.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

AdamwOpts rt_adamw_defaults(void) {
  AdamwOpts o = {0};
  o.lr = 1e-3;
  o.beta1 = 0.9;
  o.beta2 = 0.999;
  o.eps = 1e-8;
  o.weight_decay = 0.01;
  o.clip = 1.0;
  o.schedule = LR_CONSTANT;
  o.steps = 1000;
  o.grad_scale = 1;
  return o;
}

typedef struct B {
  Graph *g;
  Dim p, one;
  Span sp;
} B;

static int32_t K(B *b, double v) { return ir_const(b->g, v, DT_F32, 1, &b->one, b->sp); }   /* a [1] constant */
static int32_t KP(B *b, double v) { return ir_const(b->g, v, DT_F32, 1, &b->p, b->sp); }    /* a [P] constant */
static int32_t E(B *b, int32_t s) { return ir_expand(b->g, s, 1, &b->p, b->sp); }           /* [1] -> [P] */
static int32_t add(B *b, int32_t x, int32_t y) { return ir_binary(b->g, OP_ADD, x, y, b->sp); }
static int32_t sub(B *b, int32_t x, int32_t y) { return ir_binary(b->g, OP_SUB, x, y, b->sp); }
static int32_t mul(B *b, int32_t x, int32_t y) { return ir_binary(b->g, OP_MUL, x, y, b->sp); }
static int32_t dvd(B *b, int32_t x, int32_t y) { return ir_binary(b->g, OP_DIV, x, y, b->sp); }
static int32_t un(B *b, OpKind op, int32_t x) { return ir_unary(b->g, op, x, b->sp); }

/* 1 - beta^t for the [1] tensor t, without the cancellation of 1 - exp(y)
 * for small |y| = t |ln beta| (step 1 with beta2 = 0.999 would lose 4 digits
 * in f32): with h = t ln(beta) / 2, 1 - e^(2h) = -tanh(h) (1 + e^(2h)). */
static int32_t bias_correction(B *b, int32_t t, double beta) {
  if (beta == 0) return K(b, 1); /* 1 - 0^t, t >= 1 */
  int32_t h = mul(b, t, K(b, 0.5 * log(beta)));
  return mul(b, un(b, OP_NEG, un(b, OP_TANH, h)), add(b, K(b, 1), un(b, OP_EXP, add(b, h, h))));
}

/* The gradients as the update uses them: scaled by grad_scale, then
 * clip_grad_norm_ (g *= min(clip / (||g|| + 1e-6), 1); clip 0: unchanged).
 * With norm_out, the norm before clipping is the output "grad_norm". */
static int32_t prepare_grads(B *b, int32_t gr, const AdamwOpts *o) {
  Graph *g = b->g;
  if (o->grad_scale != 0 && o->grad_scale != 1) gr = mul(b, gr, KP(b, o->grad_scale));
  if (o->clip <= 0 && !o->norm_out) return gr;
  /* summed over a [1, P] view: the [P] update then has neither the row
   * domain's shape nor the reduced one, so it stays out of the (one work
   * item) row kernel and runs as its own element kernel, one item per element */
  Dim row[2] = {b->one, b->p};
  int32_t g2 = ir_reshape(g, gr, 2, row, b->sp);
  int32_t ss = ir_reshape(g, ir_reduce(g, OP_RSUM, mul(b, g2, g2), 2u, b->sp), 1, &b->one, b->sp);
  int32_t norm = un(b, OP_SQRT, ss);
  if (o->norm_out) ir_add_output(g, "grad_norm", norm);
  if (o->clip <= 0) return gr;
  int32_t coef = ir_binary(g, OP_MIN, dvd(b, K(b, o->clip), add(b, norm, K(b, 1e-6))), K(b, 1), b->sp);
  return mul(b, gr, E(b, coef));
}

Graph *rt_sgd_graph(int64_t nparams_total, double momentum, const AdamwOpts *o) {
  B bb = {ir_graph_new(), dim_const(nparams_total), dim_const(1), {0}}, *b = &bb;
  Graph *g = b->g;
  g->entry = "sgd";
  int32_t p = ir_input(g, "params", DT_F32, 1, &b->p, b->sp);
  int32_t gr = ir_input(g, "grads", DT_F32, 1, &b->p, b->sp);
  int32_t m = momentum != 0 ? ir_input(g, "m", DT_F32, 1, &b->p, b->sp) : -1;
  int32_t lr = ir_input(g, "lr", DT_F32, 1, &b->one, b->sp);
  gr = prepare_grads(b, gr, o);
  /* torch: buf = momentum * buf + g (buf = g at the first step: buf starts at 0); p -= lr * buf */
  int32_t step = m >= 0 ? add(b, mul(b, KP(b, momentum), m), gr) : gr;
  ir_add_output(g, "params.new", sub(b, p, mul(b, E(b, lr), step)));
  if (m >= 0) ir_add_output(g, "m.new", step);
  return g;
}

Graph *rt_adamw_graph(int64_t nparams_total, const AdamwOpts *o) {
  B bb = {ir_graph_new(), dim_const(nparams_total), dim_const(1), {0}}, *b = &bb;
  Graph *g = b->g;
  g->entry = "adamw";
  int32_t p = ir_input(g, "params", DT_F32, 1, &b->p, b->sp);
  int32_t gr = ir_input(g, "grads", DT_F32, 1, &b->p, b->sp);
  int32_t m = ir_input(g, "m", DT_F32, 1, &b->p, b->sp);
  int32_t v = ir_input(g, "v", DT_F32, 1, &b->p, b->sp);
  int32_t decay = o->weight_decay > 0 ? ir_input(g, "decay", DT_F32, 1, &b->p, b->sp) : -1;
  int32_t lr = ir_input(g, "lr", DT_F32, 1, &b->one, b->sp);
  int32_t t = ir_input(g, "step", DT_F32, 1, &b->one, b->sp);

  gr = prepare_grads(b, gr, o);
  /* the moments */
  int32_t m1 = add(b, mul(b, KP(b, o->beta1), m), mul(b, KP(b, 1 - o->beta1), gr));
  int32_t v1 = add(b, mul(b, KP(b, o->beta2), v), mul(b, KP(b, 1 - o->beta2), mul(b, gr, gr)));
  /* torch: step_size = lr / bc1; denom = sqrt(v) / sqrt(bc2) + eps */
  int32_t step_size = dvd(b, lr, bias_correction(b, t, o->beta1));
  int32_t bc2_sqrt = un(b, OP_SQRT, bias_correction(b, t, o->beta2));
  int32_t denom = add(b, dvd(b, un(b, OP_SQRT, v1), E(b, bc2_sqrt)), KP(b, o->eps));
  /* decoupled weight decay: p *= 1 - lr * wd (where decay = 1), then the Adam step */
  int32_t p0 = p;
  if (decay >= 0) p0 = mul(b, p, sub(b, KP(b, 1), mul(b, E(b, mul(b, lr, K(b, o->weight_decay))), decay)));
  int32_t p1 = sub(b, p0, mul(b, E(b, step_size), dvd(b, m1, denom)));
  ir_add_output(g, "params.new", p1);
  ir_add_output(g, "m.new", m1);
  ir_add_output(g, "v.new", v1);
  return g;
}

double rt_lr_at(const AdamwOpts *o, int64_t t) {
  if (t <= o->warmup && o->warmup > 0) return o->lr * (double)t / (double)o->warmup;
  if (o->schedule == LR_CONSTANT) return o->lr;
  double span = (double)(o->steps - o->warmup);
  double q = span > 0 ? (double)(t - o->warmup) / span : 1;
  q = q < 0 ? 0 : q > 1 ? 1 : q;
  if (o->schedule == LR_COSINE) return o->min_lr + (o->lr - o->min_lr) * 0.5 * (1 + cos(3.14159265358979323846 * q));
  return o->lr * (1 - q);
}

bool rt_graph_has_input(const Graph *g, const char *name) {
  for (int i = 0; i < g->nodes.n; i++)
    if (g->nodes.v[i].op == OP_INPUT && !strcmp(g->nodes.v[i].name, name)) return true;
  return false;
}

int64_t rt_flat_numel(const TensorList *layout) {
  int64_t n = 0;
  for (int i = 0; i < layout->v.n; i++) n += tensor_numel(layout->v.v[i]);
  return n;
}

bool rt_flat_pack(const TensorList *layout, const TensorList *src, const char *prefix, Tensor *dst) {
  if (dst->dtype != DT_F32 || tensor_numel(dst) != rt_flat_numel(layout)) return false;
  float *out = dst->data;
  char name[512];
  for (int i = 0; i < layout->v.n; i++) {
    const Tensor *l = layout->v.v[i], *s = l;
    int64_t n = tensor_numel(l);
    if (src) {
      snprintf(name, sizeof name, "%s%s", prefix ? prefix : "", l->name ? l->name : "");
      s = tl_find(src, name);
    }
    if (!s) memset(out, 0, (size_t)n * sizeof(float));
    else if (tensor_numel(s) != n) return false;
    else if (s->dtype == DT_F32) memcpy(out, s->data, (size_t)n * sizeof(float));
    else
      for (int64_t k = 0; k < n; k++) out[k] = (float)tensor_get(s, k);
    out += n;
  }
  return true;
}

Tensor *rt_flat_new(const TensorList *layout, const char *name) {
  int64_t n = rt_flat_numel(layout);
  Tensor *t = tensor_new(name, DT_F32, 1, &n);
  rt_flat_pack(layout, NULL, NULL, t);
  return t;
}

bool rt_flat_unpack(const Tensor *flat, TensorList *layout) {
  if (flat->dtype != DT_F32 || tensor_numel(flat) != rt_flat_numel(layout)) return false;
  const float *in = flat->data;
  for (int i = 0; i < layout->v.n; i++) {
    Tensor *l = layout->v.v[i];
    int64_t n = tensor_numel(l);
    if (l->dtype == DT_F32) memcpy(l->data, in, (size_t)n * sizeof(float));
    else
      for (int64_t k = 0; k < n; k++) tensor_set(l, k, in[k]);
    in += n;
  }
  return true;
}

Tensor *rt_flat_decay_mask(const TensorList *layout, const char *name) {
  int64_t n = rt_flat_numel(layout);
  Tensor *t = tensor_new(name, DT_F32, 1, &n);
  float *out = t->data;
  for (int i = 0; i < layout->v.n; i++) {
    const Tensor *l = layout->v.v[i];
    int64_t c = tensor_numel(l);
    for (int64_t k = 0; k < c; k++) out[k] = l->rank >= 2 ? 1.0f : 0.0f;
    out += c;
  }
  return t;
}
