/* peft.c — the LoRA and adapter rewrites (peft.h). The graph is copied node by node onto a
 * fresh one, because the LoRA term must be defined before the matmul's users
 * (the IR is in SSA order); a targeted matmul is replaced on the way by the
 * sum of its copy and the low-rank term, and an adapted layer's output by the
 * output plus the bottleneck's. */
#include "peft.h"

#include <string.h>

/* n copied onto dst with its operands remapped. */
static int32_t copy_node(Graph *dst, const IrNode *x, const int32_t *map) {
  IrNode n = *x;
  if (x->nin) {
    int32_t *in = arena_alloc(&dst->arena, sizeof(int32_t) * (size_t)x->nin);
    for (int k = 0; k < x->nin; k++) in[k] = map[x->in[k]];
    n.in = in;
  }
  if (x->name) n.name = arena_strdup(&dst->arena, x->name);
  if (x->slice) {
    IrSlice *s = arena_alloc(&dst->arena, sizeof *s);
    *s = *x->slice;
    n.slice = s;
  }
  vec_push(&dst->nodes, n);
  return dst->nodes.n - 1;
}

/* The PARAM (in g) a matmul `m` reads as its right operand, or NULL: the
 * PARAM itself or the PARAM through the reshape and expand that broadcast it
 * over the batch axes; the operand's last two axes are then the weight's own. */
static const IrNode *weight_read(const Graph *g, const IrNode *m) {
  if (m->op != OP_MATMUL) return NULL;
  const IrNode *r = ir_node(g, m->in[1]);
  const IrNode *p = r;
  while (p->op == OP_RESHAPE || p->op == OP_EXPAND) p = ir_node(g, p->in[0]);
  if (p->op != OP_PARAM || p->rank != 2 || r->rank < 2) return NULL;
  if (!dim_eq(r->shape[r->rank - 2], p->shape[0]) || !dim_eq(r->shape[r->rank - 1], p->shape[1])) return NULL;
  return p;
}

/* The LoRA entry whose weight the matmul `m` reads, or -1. */
static int lora_of(const Graph *g, const IrNode *m, const IrLora *l, int n) {
  const IrNode *p = weight_read(g, m);
  for (int k = 0; p && k < n; k++)
    if (!strcmp(p->name, l[k].weight)) return k;
  return -1;
}

/* Whether node `id` is the PARAM `name`, possibly reshaped and expanded. */
static bool is_param(const Graph *g, int32_t id, const char *name) {
  const IrNode *p = ir_node(g, id);
  while (p->op == OP_RESHAPE || p->op == OP_EXPAND) p = ir_node(g, p->in[0]);
  return p->op == OP_PARAM && !strcmp(p->name, name);
}

/* at[i] = the adapter whose layer's output node i is, else -1: the matmul
 * reading the weight, or the add of the bias to it. */
static void adapter_outputs(const Graph *g, const IrAdapter *ad, int n, int *at) {
  int nn = g->nodes.n;
  for (int i = 0; i < nn; i++) at[i] = -1;
  for (int i = 0; i < nn; i++) {
    const IrNode *w = weight_read(g, &g->nodes.v[i]);
    for (int k = 0; w && k < n; k++) {
      if (strcmp(w->name, ad[k].weight)) continue;
      int out = i;
      for (int j = i + 1; ad[k].bias && j < nn && out == i; j++) {
        const IrNode *x = &g->nodes.v[j];
        if (x->op == OP_ADD && ((x->in[0] == i && is_param(g, x->in[1], ad[k].bias)) ||
                                (x->in[1] == i && is_param(g, x->in[0], ad[k].bias))))
          out = j;
      }
      at[out] = k;
    }
  }
}

/* p [r0, r1] broadcast to like's batch axes: [batch..., r0, r1]. */
static int32_t batch_like(Graph *g, int32_t p, const IrNode *like, Span sp) {
  const IrNode *pn = ir_node(g, p);
  Dim shape[IR_MAX_RANK];
  memcpy(shape, like->shape, sizeof(Dim) * (size_t)like->rank);
  shape[like->rank - 2] = pn->shape[0];
  shape[like->rank - 1] = pn->shape[1];
  return like->rank == 2 ? p : ir_broadcast_to(g, p, like->rank, shape, sp);
}

/* Inverted dropout of x (as the language's dropout lowers). */
static int32_t drop(Graph *g, int32_t x, double p, int stream, Span sp) {
  const IrNode *xn = ir_node(g, x);
  int rank = xn->rank;
  Dim shape[IR_MAX_RANK];
  memcpy(shape, xn->shape, sizeof(Dim) * (size_t)rank);
  DType dt = xn->dtype;
  int32_t u = ir_rand(g, rank, shape, stream, sp);
  int32_t keep = ir_binary(g, OP_GE, u, ir_const(g, p, DT_F32, rank, shape, sp), sp);
  int32_t scaled = ir_binary(g, OP_MUL, x, ir_const(g, 1.0 / (1.0 - p), dt, rank, shape, sp), sp);
  return ir_where(g, keep, scaled, ir_const(g, 0.0, dt, rank, shape, sp), sp);
}

typedef struct LoraCtx {
  Graph *dst;
  const IrLora *l;
  int32_t *a, *b; /* the PARAM nodes of each entry in dst, -1 until used */
  int stream0;    /* the first free RAND stream */
  bool training;
} LoraCtx;

/* p [n] broadcast to like's shape (like's last axis has length n). */
static int32_t bias_like(Graph *g, int32_t p, int32_t like, Span sp) {
  const IrNode *l = ir_node(g, like);
  Dim shape[IR_MAX_RANK];
  int rank = l->rank;
  memcpy(shape, l->shape, sizeof(Dim) * (size_t)rank);
  return ir_broadcast_to(g, p, rank, shape, sp);
}

/* y + relu(y @ D + bd) @ U + bu; ids holds the adapter's PARAM nodes in g
 * (-1 until made). */
static int32_t adapter_term(Graph *g, const IrAdapter *ad, int32_t *ids, int32_t y, Span sp) {
  IrNode yn = *ir_node(g, y); /* a copy: the node array grows below */
  DType dt = yn.dtype;
  Dim w = yn.shape[yn.rank - 1], s = dim_const(ad->size);
  Dim dd[2] = {w, s}, du[2] = {s, w};
  if (ids[0] < 0) { /* a layer called twice shares its adapter */
    ids[0] = ir_param(g, ad->down, dt, 2, dd, sp);
    ids[1] = ir_param(g, ad->down_b, dt, 1, &s, sp);
    ids[2] = ir_param(g, ad->up, dt, 2, du, sp);
    ids[3] = ir_param(g, ad->up_b, dt, 1, &w, sp);
  }
  int32_t D = ids[0], bd = ids[1], U = ids[2], bu = ids[3];
  int32_t h = ir_matmul(g, y, batch_like(g, D, &yn, sp), sp);
  h = ir_unary(g, OP_RELU, ir_binary(g, OP_ADD, h, bias_like(g, bd, h, sp), sp), sp);
  int32_t z = ir_matmul(g, h, batch_like(g, U, &yn, sp), sp);
  z = ir_binary(g, OP_ADD, z, bias_like(g, bu, z, sp), sp);
  return ir_binary(g, OP_ADD, y, z, sp);
}

/* x @ W (already copied as `base`) + ((drop(x) @ A) @ B) * scale. */
static int32_t lora_term(LoraCtx *c, int k, const IrNode *m, int32_t x, int32_t base, int32_t w) {
  Graph *g = c->dst;
  const IrLora *l = &c->l[k];
  const IrNode *wn = ir_node(g, w);
  Span sp = m->span;
  DType dt = wn->dtype;
  if (c->a[k] < 0) {
    Dim da[2] = {wn->shape[0], dim_const(l->rank)}, db[2] = {dim_const(l->rank), wn->shape[1]};
    c->a[k] = ir_param(g, l->a, dt, 2, da, sp);
    c->b[k] = ir_param(g, l->b, dt, 2, db, sp);
  }
  IrNode rhs = *ir_node(g, ir_node(g, base)->in[1]); /* a copy: the node array grows below */
  if (c->training && l->dropout > 0) x = drop(g, x, l->dropout, c->stream0 + k, sp);
  int32_t xa = ir_matmul(g, x, batch_like(g, c->a[k], &rhs, sp), sp);
  int32_t xab = ir_matmul(g, xa, batch_like(g, c->b[k], &rhs, sp), sp);
  const IrNode *t = ir_node(g, xab);
  Dim shape[IR_MAX_RANK];
  int rank = t->rank;
  memcpy(shape, t->shape, sizeof(Dim) * (size_t)rank);
  int32_t scaled = ir_binary(g, OP_MUL, xab, ir_const(g, l->scale, t->dtype, rank, shape, sp), sp);
  return ir_binary(g, OP_ADD, base, scaled, sp);
}

/* The PARAM a targeted matmul's right operand comes from (in g). */
static int32_t weight_of(const Graph *g, int32_t rhs) {
  while (ir_node(g, rhs)->op != OP_PARAM) rhs = ir_node(g, rhs)->in[0];
  return rhs;
}

Graph *ir_peft(const Graph *g, const IrPeft *p, int *nhits) {
  Graph *dst = ir_graph_new();
  for (int i = 0; i < g->syms.n; i++) ir_sym(dst, g->syms.v[i]);
  if (g->entry) dst->entry = arena_strdup(&dst->arena, g->entry);
  int nn = g->nodes.n, n = p->nlora;
  int32_t *map = xmalloc(sizeof(int32_t) * (size_t)(nn ? nn : 1));
  int *at = xmalloc(sizeof(int) * (size_t)(nn ? nn : 1));
  adapter_outputs(g, p->adapter, p->nadapter, at);
  int32_t *ids = xmalloc(sizeof(int32_t) * 4 * (size_t)(p->nadapter + 1));
  for (int k = 0; k < 4 * p->nadapter; k++) ids[k] = -1;
  LoraCtx c = {dst, p->lora, xmalloc(sizeof(int32_t) * (size_t)(n ? n : 1)),
               xmalloc(sizeof(int32_t) * (size_t)(n ? n : 1)), 0, p->training};
  for (int k = 0; k < n; k++) c.a[k] = c.b[k] = -1;
  for (int i = 0; i < nn; i++)
    if (g->nodes.v[i].op == OP_RAND && g->nodes.v[i].axis >= c.stream0) c.stream0 = g->nodes.v[i].axis + 1;
  *nhits = 0;
  for (int i = 0; i < nn; i++) {
    const IrNode *x = &g->nodes.v[i];
    map[i] = copy_node(dst, x, map);
    int k = lora_of(g, x, p->lora, n);
    if (k >= 0) {
      map[i] = lora_term(&c, k, x, map[x->in[0]], map[i], map[weight_of(g, x->in[1])]);
      (*nhits)++;
    }
    if (at[i] >= 0) {
      map[i] = adapter_term(dst, &p->adapter[at[i]], ids + 4 * at[i], map[i], x->span);
      (*nhits)++;
    }
  }
  for (int i = 0; i < g->outputs.n; i++) ir_add_output(dst, g->outputs.v[i].name, map[g->outputs.v[i].node]);
  free(map);
  free(at);
  free(ids);
  free(c.a);
  free(c.b);
  return dst;
}
