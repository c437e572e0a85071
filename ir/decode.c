/* decode.c — prefill and decode graphs derived from a forward graph by a
 * time-axis analysis (docs/decode.md).
 *
 * T is the shape variable of idx's second axis. Every axis whose dim contains
 * T is a time axis. The decode graph is built on demand from the outputs: each
 * forward node is instantiated with a role for each of its time axes, Q (the
 * new position only: T becomes 1, positions are `pos`) or K (the whole
 * history: T becomes ctx, positions 0..ctx-1). An output needs Q everywhere; a
 * reduction or a contraction over a time axis needs K on that axis of its
 * operand. A K request that reaches a value computed from the tokens (past
 * the reshapes, permutes and expands that only move it) is a cache: the cache
 * input with the new row (the same node with role Q) written at pos. Position
 * leaves follow their roles: iota along a Q axis is pos, a slice [0:T] of a
 * table along a Q axis is a gather at pos.
 *
 * Keys past pos hold stale values, so the rewrite is only exact when they do
 * not reach the result: an interval analysis of the values at those keys
 * (with the affine value of every position index, to decide the causal mask)
 * checks that every reduction over a K axis sees there a neutral value
 * (a sum 0, a max very negative, a product with 0). */
#include "decode.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define ROLES 256        /* role masks: one bit per axis, set = K */
#define BIG 1e6          /* finite data values are assumed within +-BIG */

/* What is known of a decode-graph node at the keys past pos (only for nodes
 * with a K axis): its values lie in [lo, hi]; a position index (i32, built
 * from iota, pos and constants) is exactly aq * pos + ak * key + c. */
typedef struct Inv {
  double lo, hi;
  bool aff;
  int64_t aq, ak, c;
} Inv;

typedef struct Dc {
  const Graph *g;   /* forward */
  Graph *o;         /* decode, being built */
  int tsym;         /* T in g */
  int32_t idx;      /* g's token input */
  int *symmap;      /* g's shape variables in o (-1 for T) */
  int64_t ctx;
  bool *dep;        /* g's nodes that depend on the tokens */
  int32_t *memo;    /* g node * ROLES + role mask -> o node */
  int *cache_of;    /* g node -> cache index, -1 */
  VEC(int32_t) caches; /* g nodes */
  int32_t pos;      /* o's pos input, -1 until used */
  VEC(uint8_t) kax; /* o node -> its K axes */
  VEC(Inv) inv;     /* o node -> values at the keys past pos */
  bool failed;
  char *why;
} Dc;

static void refuse(Dc *c, int32_t n, const char *fmt, ...) LLMC_PRINTF(3, 4);
static void refuse(Dc *c, int32_t n, const char *fmt, ...) {
  if (c->failed) return;
  c->failed = true;
  char msg[200];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  snprintf(c->why, 256, "%%%d (%s): %s", (int)n, op_name(ir_node(c->g, n)->op), msg);
}

static bool has_t(const Dc *c, Dim d) {
  for (int i = 0; i < d.n; i++)
    for (int j = 0; j < d.m[i].nv; j++)
      if (d.m[i].v[j] == c->tsym) return true;
  return false;
}

static unsigned taxes(const Dc *c, const IrNode *x) {
  unsigned m = 0;
  for (int i = 0; i < x->rank; i++)
    if (has_t(c, x->shape[i])) m |= 1u << i;
  return m;
}

/* d with T = t and the other variables renamed into o. */
static Dim subst(const Dc *c, Dim d, int64_t t) {
  Dim r = dim_const(0);
  for (int i = 0; i < d.n; i++) {
    Dim term = dim_const(d.m[i].coef);
    for (int j = 0; j < d.m[i].nv; j++) {
      int v = d.m[i].v[j];
      term = dim_mul(term, v == c->tsym ? dim_const(t) : dim_var(c->symmap[v]));
    }
    r = dim_add(r, term);
  }
  return r;
}

static void inst_shape(const Dc *c, const IrNode *x, unsigned km, Dim *out) {
  for (int i = 0; i < x->rank; i++) out[i] = subst(c, x->shape[i], (km >> i & 1) ? c->ctx : 1);
}

static Inv inv_any(void) { return (Inv){-BIG, BIG, false, 0, 0, 0}; }
static Inv inv_point(double v) { return (Inv){v, v, false, 0, 0, 0}; }

/* Records the analysis facts of o's newest node. */
static int32_t note(Dc *c, int32_t id, unsigned kax, Inv iv) {
  while (c->kax.n <= id) {
    vec_push(&c->kax, 0);
    vec_push(&c->inv, inv_any());
  }
  c->kax.v[id] = (uint8_t)kax;
  c->inv.v[id] = iv;
  return id;
}

static unsigned kax_of(const Dc *c, int32_t id) { return id < c->kax.n ? c->kax.v[id] : 0; }
static Inv inv_of(const Dc *c, int32_t id) { return id < c->inv.n ? c->inv.v[id] : inv_any(); }

static int32_t pos_input(Dc *c) {
  if (c->pos < 0) {
    Dim one = dim_const(1);
    c->pos = ir_input(c->o, "pos", DT_I32, 1, &one, (Span){0});
    note(c, c->pos, 0, inv_any());
  }
  return c->pos;
}

/* pos broadcast to shape (a Q position index), cast to dt. */
static int32_t pos_as(Dc *c, int rank, const Dim *shape, DType dt, unsigned kax) {
  Dim ones[IR_MAX_RANK];
  for (int i = 0; i < rank; i++) ones[i] = dim_const(1);
  int32_t p = ir_reshape(c->o, pos_input(c), rank, ones, (Span){0});
  p = ir_expand(c->o, p, rank, shape, (Span){0});
  Inv iv = {0, 0, true, 1, 0, 0};
  iv.lo = 0, iv.hi = (double)c->ctx;
  note(c, p, kax, iv);
  if (dt != DT_I32) p = note(c, ir_cast(c->o, p, dt, (Span){0}), kax, iv);
  return p;
}

static int32_t inst(Dc *c, int32_t n, unsigned km);
static Inv infer(const Dc *c, const IrNode *x, const int32_t *in, unsigned kax);
static bool check_kreduce(Dc *c, int32_t n, const IrNode *x, const int32_t *in);

/* A copy of g's node n with role mask km and operands in, into o. */
static int32_t emit(Dc *c, int32_t n, unsigned km, const int32_t *in) {
  const IrNode *x = ir_node(c->g, n);
  IrNode nn = *x;
  inst_shape(c, x, km, nn.shape);
  if (x->slice) {
    nn.slice = arena_alloc(&c->o->arena, sizeof *nn.slice);
    *nn.slice = *x->slice;
    for (int i = 0; i < x->rank; i++) nn.slice->start[i] = subst(c, x->slice->start[i], 1);
  }
  if (x->op == OP_SYMDIM) nn.dimval = subst(c, x->dimval, 1);
  if (x->name) nn.name = arena_strdup(&c->o->arena, x->name);
  nn.in = NULL;
  if (x->nin) {
    nn.in = arena_alloc(&c->o->arena, sizeof(int32_t) * (size_t)x->nin);
    memcpy(nn.in, in, sizeof(int32_t) * (size_t)x->nin);
  }
  vec_push(&c->o->nodes, nn);
  int32_t id = c->o->nodes.n - 1;
  unsigned kax = km & taxes(c, x);
  if (!check_kreduce(c, n, &c->o->nodes.v[id], in)) return -1;
  return note(c, id, kax, infer(c, &c->o->nodes.v[id], in, kax));
}

/* The history of g's node n (one time axis, exactly T, role K): the cache
 * input with the new row written at pos. */
static int32_t cache_read(Dc *c, int32_t n, unsigned km) {
  const IrNode *x = ir_node(c->g, n);
  unsigned ta = taxes(c, x);
  if (ta != km || (ta & (ta - 1))) {
    refuse(c, n, "the history of a value with several time axes");
    return -1;
  }
  int a = __builtin_ctz(ta);
  if (!dim_eq(x->shape[a], dim_var(c->tsym))) {
    refuse(c, n, "the history of a value whose time axis is merged with another");
    return -1;
  }
  if (c->cache_of[n] < 0) {
    c->cache_of[n] = c->caches.n;
    vec_push(&c->caches, n);
  }
  int32_t row = inst(c, n, 0);
  if (row < 0) return -1;
  Dim ks[IR_MAX_RANK];
  inst_shape(c, x, km, ks);
  char name[32];
  snprintf(name, sizeof name, "cache.%d", c->cache_of[n]);
  Graph *o = c->o;
  int32_t buf = note(c, ir_input(o, name, x->dtype, x->rank, ks, x->span), km, inv_any());
  int32_t rowx = note(c, ir_expand(o, row, x->rank, ks, x->span), km, inv_any());
  int32_t key = note(c, ir_iota(o, DT_I32, x->rank, ks, a, x->span), km, (Inv){0, (double)c->ctx, true, 0, 1, 0});
  int32_t at = ir_binary(o, OP_EQ, key, pos_as(c, x->rank, ks, DT_I32, km), x->span);
  note(c, at, km, inv_point(0));
  return note(c, ir_where(o, at, rowx, buf, x->span), km, inv_any());
}

/* slice [s:s+T] of a table along axis a with role Q: the table's row pos + s. */
static int32_t table_row(Dc *c, int32_t n, int a) {
  const IrNode *x = ir_node(c->g, n);
  const IrNode *t = ir_node(c->g, x->in[0]);
  int64_t s;
  if (x->slice->step[a] != 1 || !dim_is_const(x->slice->start[a], &s)) {
    refuse(c, n, "a position table read with a step or a symbolic start");
    return -1;
  }
  int32_t tab = inst(c, x->in[0], 0);
  if (tab < 0) return -1;
  Graph *o = c->o;
  Dim st[IR_MAX_RANK], len[IR_MAX_RANK];
  int64_t step[IR_MAX_RANK];
  inst_shape(c, x, 0, len);
  for (int i = 0; i < x->rank; i++) st[i] = x->slice->start[i], step[i] = x->slice->step[i];
  st[a] = dim_const(0), len[a] = t->shape[a];
  tab = note(c, ir_slice(o, tab, st, step, len, x->span), 0, inv_any());
  int32_t ix = pos_input(c);
  if (s) {
    Dim one = dim_const(1);
    ix = ir_binary(o, OP_ADD, ix, ir_const(o, (double)s, DT_I32, 1, &one, x->span), x->span);
  }
  int perm[IR_MAX_RANK], back[IR_MAX_RANK];
  for (int i = 0, k = 1; i < x->rank; i++) perm[i == a ? 0 : k++] = i;
  for (int i = 0; i < x->rank; i++) back[perm[i]] = i;
  if (a) tab = ir_permute(o, tab, perm, x->span);
  int32_t r = ir_gather(o, tab, ix, x->span);
  if (a) r = ir_permute(o, r, back, x->span);
  return note(c, r, 0, inv_any());
}

/* The role masks of n's operands for role mask km; false after refusing. */
static bool operand_roles(Dc *c, int32_t n, unsigned km, unsigned *ok) {
  const IrNode *x = ir_node(c->g, n);
  const IrNode *a = x->nin > 0 ? ir_node(c->g, x->in[0]) : NULL;
  switch (op_class(x->op)) {
  case OC_LEAF: return true;
  case OC_UNARY: case OC_BINARY: case OC_TERNARY:
    for (int i = 0; i < x->nin; i++) ok[i] = km;
    return true;
  case OC_REDUCE:
    ok[0] = km | (x->axes & taxes(c, a));
    return true;
  case OC_CONTRACT: {
    const IrNode *b = ir_node(c->g, x->in[1]);
    int r = x->rank;
    unsigned batch = km & ((1u << (r - 2)) - 1);
    ok[0] = batch | (km & (1u << (r - 2))) | (taxes(c, a) & (1u << (r - 1)));
    ok[1] = batch | (km & (1u << (r - 1))) | (taxes(c, b) & (1u << (r - 2)));
    return true;
  }
  default: break;
  }
  unsigned ta = a ? taxes(c, a) : 0, tx = taxes(c, x);
  switch (x->op) {
  case OP_PERMUTE:
    ok[0] = 0;
    for (int i = 0; i < x->rank; i++)
      if (km >> i & 1) ok[0] |= 1u << x->perm[i];
    return true;
  case OP_EXPAND: ok[0] = km & ta; return true;
  case OP_RESHAPE: {
    /* the k-th time axis of the operand is the k-th of the result */
    if (__builtin_popcount(ta) != __builtin_popcount(tx)) {
      refuse(c, n, "a reshape that mixes the time axis with another");
      return false;
    }
    ok[0] = 0;
    for (unsigned ra = ta, rx = tx; ra; ra &= ra - 1, rx &= rx - 1)
      if (km >> __builtin_ctz(rx) & 1) ok[0] |= 1u << __builtin_ctz(ra);
    return true;
  }
  case OP_SLICE: case OP_PAD:
    for (int i = 0; i < x->rank; i++) {
      int64_t s0;
      bool same = dim_eq(a->shape[i], x->shape[i]) && dim_is_const(x->slice->start[i], &s0) && s0 == 0 &&
                  x->slice->step[i] == 1;
      if ((ta >> i & 1) && !same) {
        refuse(c, n, "a %s along the time axis", op_name(x->op));
        return false;
      }
      if ((tx >> i & 1) && !(ta >> i & 1) && (x->op == OP_PAD || (km >> i & 1) == 0)) {
        refuse(c, n, "a %s that makes a time axis", op_name(x->op));
        return false;
      }
    }
    ok[0] = km & ta;
    return true;
  case OP_CONCAT:
    if (tx >> x->axis & 1) {
      refuse(c, n, "a concat along the time axis");
      return false;
    }
    for (int i = 0; i < x->nin; i++) ok[i] = km;
    return true;
  case OP_GATHER: {
    const IrNode *ix = ir_node(c->g, x->in[1]);
    if (ta) {
      refuse(c, n, "a gather from a table with a time axis");
      return false;
    }
    ok[0] = 0;
    ok[1] = km & ((1u << ix->rank) - 1);
    return true;
  }
  default:
    for (int i = 0; i < x->nin; i++) {
      if (taxes(c, ir_node(c->g, x->in[i]))) {
        refuse(c, n, "an op the time-axis analysis does not know");
        return false;
      }
      ok[i] = 0;
    }
    return true;
  }
}

/* g's node n with role mask km, built in o. */
static int32_t rebuild(Dc *c, int32_t n, unsigned km) {
  const IrNode *x = ir_node(c->g, n);
  unsigned tx = taxes(c, x);
  if (x->op == OP_RAND || (x->op == OP_SYMDIM && has_t(c, x->dimval))) {
    refuse(c, n, "%s", x->op == OP_RAND ? "random numbers (dropout)" : "the sequence length as a value");
    return -1;
  }
  if (x->op == OP_INPUT && tx && n != c->idx) {
    refuse(c, n, "an input other than the tokens with a time axis");
    return -1;
  }
  if (x->op == OP_IOTA && (tx >> x->axis & 1) && !(km >> x->axis & 1)) {
    Dim s[IR_MAX_RANK];
    inst_shape(c, x, km, s);
    return pos_as(c, x->rank, s, x->dtype, km & tx);
  }
  if (x->op == OP_SLICE) {
    const IrNode *t = ir_node(c->g, x->in[0]);
    for (int i = 0; i < x->rank; i++)
      if ((tx >> i & 1) && !has_t(c, t->shape[i]) && !(km >> i & 1)) return table_row(c, n, i);
  }
  /* the recursion is as deep as the graph: keep the frame small */
  unsigned ok_s[4], *ok = x->nin > 4 ? xcalloc((size_t)x->nin, sizeof *ok) : ok_s;
  int32_t in_s[4], *in = x->nin > 4 ? xcalloc((size_t)x->nin, sizeof *in) : in_s;
  int32_t r = operand_roles(c, n, km, ok) ? 0 : -1;
  for (int i = 0; i < x->nin && r == 0; i++)
    if ((in[i] = inst(c, x->in[i], ok[i])) < 0) r = -1;
  if (r == 0) r = emit(c, n, km, in);
  if (ok != ok_s) free(ok);
  if (in != in_s) free(in);
  return r;
}

static bool passable(const Dc *c, const IrNode *x) {
  if (x->op == OP_PERMUTE || x->op == OP_EXPAND) return true;
  if (x->op != OP_RESHAPE) return false;
  const IrNode *a = ir_node(c->g, x->in[0]);
  for (int i = 0; i < a->rank; i++)
    if (has_t(c, a->shape[i]) && !dim_eq(a->shape[i], dim_var(c->tsym))) return false;
  return true;
}

static int32_t inst(Dc *c, int32_t n, unsigned km) {
  int32_t *m = &c->memo[(size_t)n * ROLES + km];
  if (*m >= 0 || c->failed) return c->failed ? -1 : *m;
  const IrNode *x = ir_node(c->g, n);
  /* a value with a Q axis is computed for the new position, even when it
   * also spans the keys (the attention scores) */
  bool history = km && km == taxes(c, x) && c->dep[n] && !passable(c, x);
  int32_t r = history ? cache_read(c, n, km) : rebuild(c, n, km);
  if (r >= 0) c->memo[(size_t)n * ROLES + km] = r;
  return r;
}

/* ---- the values at the keys past pos ---------------------------------- */

static Inv hull(Inv a, Inv b) { return (Inv){fmin(a.lo, b.lo), fmax(a.hi, b.hi), false, 0, 0, 0}; }
static bool is_zero(Inv a) { return a.lo == 0 && a.hi == 0; }
static bool bounded(Inv a) { return isfinite(a.lo) && isfinite(a.hi); }

static Inv infer_unary(const IrNode *x, Inv a, DType from) {
  if (x->op == OP_CAST) return dtype_is_float(x->dtype) ? a : (a.aff ? a : inv_any());
  if (x->op == OP_NEG) return (Inv){-a.hi, -a.lo, a.aff, -a.aq, -a.ak, -a.c};
  double lo = ir_scalar_unary(x->op, a.lo, from, x->dtype), hi = ir_scalar_unary(x->op, a.hi, from, x->dtype);
  if (a.lo == a.hi) return inv_point(lo);
  switch (x->op) { /* increasing on the whole line */
  case OP_EXP: case OP_TANH: case OP_SIGMOID: case OP_ERF: case OP_RELU: return (Inv){lo, hi, false, 0, 0, 0};
  default: return inv_any();
  }
}

/* The sign of a - b (affine position indices) at every key past pos: key =
 * pos + e, e >= 1, pos >= 0. 0 when it is not one sign. */
static int aff_sign(Inv a, Inv b) {
  int64_t q = a.aq - b.aq, k = a.ak - b.ak, c0 = a.c - b.c;
  if (q + k != 0) return 0; /* depends on pos */
  if (k == 0) return c0 > 0 ? 1 : c0 < 0 ? -1 : 2; /* 2: always equal */
  if (k > 0) return k + c0 > 0 ? 1 : 0;
  return k + c0 < 0 ? -1 : 0;
}

static Inv infer_compare(OpKind op, Inv a, Inv b) {
  int s = a.aff && b.aff ? aff_sign(a, b) : 0;
  if (!s && a.hi < b.lo) s = -1;
  if (!s && a.lo > b.hi) s = 1;
  if (!s) return (Inv){0, 1, false, 0, 0, 0};
  bool lt = s == -1, eq = s == 2, gt = s == 1, r;
  switch (op) {
  case OP_EQ: r = eq; break;
  case OP_NE: r = !eq; break;
  case OP_LT: r = lt; break;
  case OP_LE: r = lt || eq; break;
  case OP_GT: r = gt; break;
  default: r = gt || eq; break;
  }
  return inv_point(r ? 1 : 0);
}

static Inv infer_binary(OpKind op, Inv a, Inv b) {
  Inv r = inv_any();
  switch (op) {
  case OP_ADD: r = (Inv){a.lo + b.lo, a.hi + b.hi, a.aff && b.aff, a.aq + b.aq, a.ak + b.ak, a.c + b.c}; break;
  case OP_SUB: r = (Inv){a.lo - b.hi, a.hi - b.lo, a.aff && b.aff, a.aq - b.aq, a.ak - b.ak, a.c - b.c}; break;
  case OP_MUL: {
    if (is_zero(a) || is_zero(b)) return inv_point(0);
    double p[4] = {a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi};
    r = (Inv){fmin(fmin(p[0], p[1]), fmin(p[2], p[3])), fmax(fmax(p[0], p[1]), fmax(p[2], p[3])), false, 0, 0, 0};
    break;
  }
  /* 0 / x: x is nonzero there, as in the masked keys of the full computation */
  case OP_DIV: return is_zero(a) ? inv_point(0) : inv_any();
  case OP_MAX: return (Inv){fmax(a.lo, b.lo), fmax(a.hi, b.hi), false, 0, 0, 0};
  case OP_MIN: return (Inv){fmin(a.lo, b.lo), fmin(a.hi, b.hi), false, 0, 0, 0};
  case OP_EQ: case OP_NE: case OP_LT: case OP_LE: case OP_GT: case OP_GE: return infer_compare(op, a, b);
  default: return inv_any();
  }
  if (isnan(r.lo) || isnan(r.hi)) return inv_any();
  return r;
}

/* A reduction or a contraction over a K axis is exact only when the keys
 * past pos add nothing: checks that, refusing otherwise. */
static bool check_kreduce(Dc *c, int32_t n, const IrNode *x, const int32_t *in) {
  if (op_class(x->op) == OC_REDUCE && (x->axes & kax_of(c, in[0]))) {
    Inv a = inv_of(c, in[0]);
    bool ok = x->op == OP_RSUM ? is_zero(a) : x->op == OP_RMAX ? a.hi <= -10 * BIG : x->op == OP_RMIN && a.lo >= 10 * BIG;
    if (!ok) refuse(c, n, "a %s over the keys that would see the keys past pos (no causal mask)", op_name(x->op));
    return ok;
  }
  if (x->op == OP_MATMUL && (kax_of(c, in[0]) >> (x->rank - 1) & 1)) {
    Inv a = inv_of(c, in[0]), b = inv_of(c, in[1]);
    bool ok = (is_zero(a) && bounded(b)) || (is_zero(b) && bounded(a));
    if (!ok) refuse(c, n, "a contraction over the keys that would see the keys past pos (no causal mask)");
    return ok;
  }
  return true;
}

static Inv infer(const Dc *c, const IrNode *x, const int32_t *in, unsigned kax) {
  switch (op_class(x->op)) {
  case OC_LEAF:
    if (x->op == OP_CONST) return inv_point(ir_scalar_as(x->dtype, x->f));
    if (x->op == OP_IOTA && (kax >> x->axis & 1)) return (Inv){0, (double)c->ctx, true, 0, 1, 0};
    if (x->op == OP_IOTA) return (Inv){0, BIG, false, 0, 0, 0};
    return inv_any();
  case OC_UNARY: return infer_unary(x, inv_of(c, in[0]), ir_node(c->o, in[0])->dtype);
  case OC_BINARY: return infer_binary(x->op, inv_of(c, in[0]), inv_of(c, in[1]));
  case OC_TERNARY: {
    Inv k = inv_of(c, in[0]);
    if (k.lo == k.hi) return k.lo != 0 ? inv_of(c, in[1]) : inv_of(c, in[2]);
    return hull(inv_of(c, in[1]), inv_of(c, in[2]));
  }
  case OC_REDUCE: {
    Inv a = inv_of(c, in[0]);
    if (x->axes & kax_of(c, in[0])) return inv_any(); /* over the keys: the data of the valid ones */
    if (x->op == OP_RMAX || x->op == OP_RMIN || is_zero(a)) return (Inv){a.lo, a.hi, false, 0, 0, 0};
    return inv_any();
  }
  case OC_CONTRACT:
    return is_zero(inv_of(c, in[0])) || is_zero(inv_of(c, in[1])) ? inv_point(0) : inv_any();
  case OC_MOVE: {
    Inv r = inv_of(c, in[0]);
    for (int i = 1; i < x->nin; i++) r = hull(r, inv_of(c, in[i]));
    return x->op == OP_PAD ? hull(r, inv_point(0)) : r;
  }
  default: return inv_any();
  }
}

/* ---- the driver ---------------------------------------------------------- */

static Graph *copy_graph(const Graph *g, Diag *d) {
  StrBuf b = {0};
  ir_print(&b, g);
  Graph *p = ir_parse(sb_cstr(&b), b.len, "forward", d);
  sb_free(&b);
  return p;
}

static int32_t find_tokens(const Graph *g, int *tsym) {
  for (int32_t i = 0; i < g->nodes.n; i++) {
    const IrNode *x = ir_node(g, i);
    if (x->op != OP_INPUT || strcmp(x->name, "idx") || x->rank != 2 || x->dtype != DT_I32) continue;
    const Dim t = x->shape[1];
    if (t.n == 1 && t.m[0].coef == 1 && t.m[0].nv == 1) {
      *tsym = t.m[0].v[0];
      return i;
    }
  }
  return -1;
}

static bool build_decode(Dc *c) {
  const Graph *g = c->g;
  for (int i = 0; i < g->outputs.n && !c->failed; i++) {
    int32_t r = inst(c, g->outputs.v[i].node, 0);
    if (r >= 0) ir_add_output(c->o, g->outputs.v[i].name, r);
  }
  for (int i = 0; i < c->caches.n && !c->failed; i++) {
    char name[32];
    snprintf(name, sizeof name, "new.%d", i);
    int32_t r = inst(c, c->caches.v[i], 0);
    if (r >= 0) ir_add_output(c->o, arena_strdup(&c->o->arena, name), r);
  }
  if (!c->failed && !c->caches.n) snprintf(c->why, 256, "no attention over the sequence was found");
  return !c->failed && c->caches.n;
}

bool ir_decode_derive(const Graph *g, int64_t ctx, Graph **prefill, Graph **decode, DecodeInfo *info, Diag *d) {
  *prefill = *decode = NULL;
  info->ctx = ctx, info->ncache = 0, info->cache = NULL, info->why[0] = 0;
  Dc c = {.g = g, .ctx = ctx, .pos = -1, .why = info->why};
  int32_t idx = c.idx = find_tokens(g, &c.tsym);
  if (idx < 0 || ctx <= 0) {
    snprintf(info->why, sizeof info->why, "%s", idx < 0 ? "no input idx: i32[B, T]" : "no context length");
    return false;
  }
  int32_t n = g->nodes.n;
  c.o = ir_graph_new();
  c.symmap = xcalloc((size_t)g->syms.n, sizeof *c.symmap);
  for (int i = 0; i < g->syms.n; i++) c.symmap[i] = i == c.tsym ? -1 : ir_sym(c.o, g->syms.v[i]);
  c.dep = xcalloc((size_t)n, sizeof *c.dep);
  c.cache_of = xcalloc((size_t)n, sizeof *c.cache_of);
  c.memo = xcalloc((size_t)n * ROLES, sizeof *c.memo);
  memset(c.memo, 0xff, (size_t)n * ROLES * sizeof *c.memo);
  for (int32_t i = 0; i < n; i++) {
    const IrNode *x = ir_node(g, i);
    c.dep[i] = i == idx;
    c.cache_of[i] = -1;
    for (int k = 0; k < x->nin; k++) c.dep[i] |= c.dep[x->in[k]];
  }
  bool ok = build_decode(&c);
  if (ok && !ir_verify(c.o, d)) {
    snprintf(info->why, sizeof info->why, "internal: the decode graph does not verify");
    ok = false;
  }
  if (ok) {
    *decode = ir_simplify(c.o);
    *prefill = copy_graph(g, d);
    if (*decode) (*decode)->entry = "decode";
    if (*prefill) (*prefill)->entry = "prefill";
    info->ncache = c.caches.n;
    info->cache = xcalloc((size_t)c.caches.n, sizeof *info->cache);
    for (int i = 0; i < c.caches.n; i++) {
      DecodeCache *k = &info->cache[i];
      snprintf(k->name, sizeof k->name, "cache.%d", i);
      snprintf(k->row, sizeof k->row, "new.%d", i);
      k->node = c.caches.v[i];
      k->axis = __builtin_ctz(taxes(&c, ir_node(g, k->node)));
      if (*prefill) ir_add_output(*prefill, arena_strdup(&(*prefill)->arena, k->name), k->node);
    }
    ok = *decode && *prefill && ir_verify(*prefill, d);
  }
  ir_graph_free(c.o);
  free(c.symmap), free(c.dep), free(c.cache_of), free(c.memo);
  vec_free(&c.caches), vec_free(&c.kax), vec_free(&c.inv);
  if (!ok) {
    ir_graph_free(*prefill), ir_graph_free(*decode);
    *prefill = *decode = NULL;
    ir_decode_info_free(info);
  }
  return ok;
}

void ir_decode_info_free(DecodeInfo *info) {
  free(info->cache);
  info->cache = NULL;
  info->ncache = 0;
}
