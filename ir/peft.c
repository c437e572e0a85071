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

/* ---- prompt tuning (ir_prompt) ------------------------------------------------------ */

/* What a node of g depends on: nothing the caller passes (NEUTRAL: made in
 * both lengths, as needed), the prompt-extended sequence (EXT: made in the
 * length T + n only), or inputs alone (ORIG: made as it is). */
enum { PK_NEUTRAL, PK_ORIG, PK_EXT };

typedef struct PromptCtx {
  const Graph *g;
  Graph *dst;
  int sym;        /* T */
  Dim by;         /* T + n */
  int8_t *cls;
  int32_t *mo;    /* per node of g: its copy in dst (NEUTRAL, ORIG) */
  int32_t *me;    /* per node of g: its T + n version in dst (NEUTRAL, EXT) */
  int32_t *cut;   /* per EXT node: its version cut to the real positions, -1 until made */
  Diag *d;
  bool ok;
} PromptCtx;

/* x copied onto dst with operands `in` and, when `ext`, T replaced by T + n
 * in its shape, slice starts and symbolic value; false when a dim becomes
 * too complex (reported). */
static int32_t prompt_copy(PromptCtx *c, const IrNode *x, const int32_t *in, bool ext) {
  Graph *dst = c->dst;
  IrNode n = *x;
  if (x->nin) {
    int32_t *ops = arena_alloc(&dst->arena, sizeof(int32_t) * (size_t)x->nin);
    memcpy(ops, in, sizeof(int32_t) * (size_t)x->nin);
    n.in = ops;
  }
  if (x->name) n.name = arena_strdup(&dst->arena, x->name);
  if (x->slice) {
    IrSlice *s = arena_alloc(&dst->arena, sizeof *s);
    *s = *x->slice;
    n.slice = s;
  }
  if (ext) {
    bool bad = false;
    for (int k = 0; k < n.rank; k++) {
      n.shape[k] = dim_subst(x->shape[k], c->sym, c->by);
      bad |= n.shape[k].bad;
      if (n.slice) {
        ((IrSlice *)n.slice)->start[k] = dim_subst(x->slice->start[k], c->sym, c->by);
        bad |= n.slice->start[k].bad;
      }
    }
    if (n.op == OP_SYMDIM) {
      n.dimval = dim_subst(x->dimval, c->sym, c->by);
      bad |= n.dimval.bad;
    }
    if (bad && c->ok) {
      diag_plain(c->d, "finetune.prompt: a shape of node %%%d is too complex once the prompt lengthens the sequence",
                 (int)(x - c->g->nodes.v));
      c->ok = false;
    }
  }
  vec_push(&dst->nodes, n);
  return dst->nodes.n - 1;
}

/* Whether x's T + n version differs from x (a dim or a start involves T). */
static bool prompt_changes(const PromptCtx *c, const IrNode *x) {
  for (int k = 0; k < x->rank; k++) {
    if (!dim_eq(dim_subst(x->shape[k], c->sym, c->by), x->shape[k])) return true;
    if (x->slice && !dim_eq(dim_subst(x->slice->start[k], c->sym, c->by), x->slice->start[k])) return true;
  }
  return x->op == OP_SYMDIM && !dim_eq(dim_subst(x->dimval, c->sym, c->by), x->dimval);
}

/* The EXT node i of g cut to its real positions: on every axis that the
 * prompt lengthened, the last (original length) elements. */
static int32_t prompt_cut(PromptCtx *c, int32_t i) {
  if (c->cut[i] >= 0) return c->cut[i];
  const IrNode *o = ir_node(c->g, i);
  const IrNode *e = ir_node(c->dst, c->me[i]);
  Dim start[IR_MAX_RANK], len[IR_MAX_RANK];
  int64_t step[IR_MAX_RANK];
  bool any = false;
  for (int a = 0; a < o->rank; a++) {
    int64_t k = 0;
    if (!dim_is_const(dim_sub(e->shape[a], o->shape[a]), &k) || k < 0) {
      if (c->ok) {
        StrBuf b = {0};
        ir_print_type(&b, c->g, o);
        diag_plain(c->d, "finetune.prompt: node %%%d (%s) mixes the prompt positions with others along axis %d, so "
                         "they cannot be cut out before it meets the inputs (docs/peft.md)", i, sb_cstr(&b), a);
        sb_free(&b);
      }
      c->ok = false;
      return c->me[i];
    }
    start[a] = dim_const(k);
    len[a] = o->shape[a];
    step[a] = 1;
    any |= k > 0;
  }
  c->cut[i] = any ? ir_slice(c->dst, c->me[i], start, step, len, o->span) : c->me[i];
  return c->cut[i];
}

/* The token lookup: a GATHER of a 2-d PARAM by an i32 INPUT whose last axis
 * is one shape variable; *sym gets it. */
static bool is_token_lookup(const Graph *g, const IrNode *x, int *sym) {
  if (x->op != OP_GATHER) return false;
  const IrNode *t = ir_node(g, x->in[0]), *idx = ir_node(g, x->in[1]);
  if (t->op != OP_PARAM || t->rank != 2 || idx->op != OP_INPUT || idx->dtype != DT_I32 || idx->rank < 1) return false;
  Dim last = idx->shape[idx->rank - 1];
  if (last.bad || last.n != 1 || last.m[0].coef != 1 || last.m[0].nv != 1) return false;
  *sym = last.m[0].v[0];
  return true;
}

Graph *ir_prompt(const Graph *g, const IrPrompt *p, Diag *d) {
  int nn = g->nodes.n, sym = -1;
  const IrNode *table = NULL;
  for (int i = 0; i < nn && sym < 0; i++)
    if (is_token_lookup(g, &g->nodes.v[i], &sym)) table = ir_node(g, g->nodes.v[i].in[0]);
  if (sym < 0) {
    diag_plain(d, "finetune.prompt: '%s' has no token embedding lookup (a 2-d parameter indexed by an i32 input "
                  "[..., T]) to prepend the prompt to", g->entry ? g->entry : "the graph");
    return NULL;
  }
  PromptCtx c = {g, ir_graph_new(), sym, dim_add(dim_var(sym), dim_const(p->n)), NULL, NULL, NULL, NULL, d, true};
  Graph *dst = c.dst;
  for (int i = 0; i < g->syms.n; i++) ir_sym(dst, g->syms.v[i]);
  if (g->entry) dst->entry = arena_strdup(&dst->arena, g->entry);
  size_t cnt = (size_t)(nn ? nn : 1);
  c.cls = xcalloc(cnt, sizeof *c.cls);
  c.mo = xmalloc(cnt * sizeof *c.mo);
  c.me = xmalloc(cnt * sizeof *c.me);
  c.cut = xmalloc(cnt * sizeof *c.cut);
  int32_t prompt = -1;
  int32_t ops[64], *in = ops;
  for (int i = 0; i < nn && c.ok; i++) {
    const IrNode *x = &g->nodes.v[i];
    c.mo[i] = c.me[i] = c.cut[i] = -1;
    if (x->nin > 64) in = xrealloc(in == ops ? NULL : in, sizeof(int32_t) * (size_t)x->nin);
    int s;
    if (is_token_lookup(g, x, &s) && s == sym) {
      const IrNode *t = ir_node(g, x->in[0]);
      if (!dim_eq(t->shape[1], table->shape[1])) {
        diag_plain(d, "finetune.prompt: two token tables of different widths are indexed by the sequence");
        c.ok = false;
        break;
      }
      Dim pd[2] = {dim_const(p->n), t->shape[1]};
      if (prompt < 0) prompt = ir_param(dst, p->param, t->dtype, 2, pd, x->span);
      for (int k = 0; k < 2; k++) in[k] = c.mo[x->in[k]];
      int32_t look = prompt_copy(&c, x, in, false);
      IrNode ln = *ir_node(dst, look); /* a copy: the node array grows below */
      int ax = ln.rank - 2; /* the sequence axis: the index's last */
      Dim shape[IR_MAX_RANK];
      memcpy(shape, ln.shape, sizeof(Dim) * (size_t)ln.rank);
      shape[ax] = dim_const(p->n);
      int32_t pre[2] = {ir_broadcast_to(dst, prompt, ln.rank, shape, x->span), look};
      c.me[i] = ir_concat(dst, pre, 2, ax, x->span);
      c.cls[i] = PK_EXT;
      continue;
    }
    if (x->nin == 0) {
      c.cls[i] = x->op == OP_INPUT ? PK_ORIG : PK_NEUTRAL;
      c.mo[i] = prompt_copy(&c, x, NULL, false);
      if (x->op != OP_INPUT) c.me[i] = prompt_changes(&c, x) ? prompt_copy(&c, x, NULL, true) : c.mo[i];
      continue;
    }
    bool ext = false, orig = false;
    for (int k = 0; k < x->nin; k++) {
      ext |= c.cls[x->in[k]] == PK_EXT;
      orig |= c.cls[x->in[k]] == PK_ORIG;
    }
    if (ext && orig) { /* the longer sequence meets the inputs: cut to the real positions */
      for (int k = 0; k < x->nin; k++) in[k] = c.cls[x->in[k]] == PK_EXT ? prompt_cut(&c, x->in[k]) : c.mo[x->in[k]];
      c.cls[i] = PK_ORIG;
      c.mo[i] = prompt_copy(&c, x, in, false);
    } else if (ext) {
      for (int k = 0; k < x->nin; k++) in[k] = c.me[x->in[k]];
      c.cls[i] = PK_EXT;
      c.me[i] = prompt_copy(&c, x, in, true);
    } else {
      for (int k = 0; k < x->nin; k++) in[k] = c.mo[x->in[k]];
      c.cls[i] = orig ? PK_ORIG : PK_NEUTRAL;
      c.mo[i] = prompt_copy(&c, x, in, false);
      if (!orig) {
        bool same = !prompt_changes(&c, x);
        for (int k = 0; k < x->nin; k++) {
          in[k] = c.me[x->in[k]];
          same &= in[k] == c.mo[x->in[k]];
        }
        c.me[i] = same ? c.mo[i] : prompt_copy(&c, x, in, true);
      }
    }
  }
  for (int i = 0; c.ok && i < g->outputs.n; i++) {
    int32_t o = g->outputs.v[i].node;
    ir_add_output(dst, g->outputs.v[i].name, c.cls[o] == PK_EXT ? prompt_cut(&c, o) : c.mo[o]);
  }
  if (in != ops) free(in);
  free(c.cls);
  free(c.mo);
  free(c.me);
  free(c.cut);
  if (!c.ok) {
    ir_graph_free(dst);
    return NULL;
  }
  return dst;
}
