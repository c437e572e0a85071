/* lower.c — a group of IR nodes to one kernel AST, then to source.
 *
 * Work items. Each work item computes one element of the group's result:
 * the flat index i < items is unravelled, on demand, into a multi-index over
 * the result's shape, whose dims are expressions over the `int` shape-variable
 * arguments.
 *
 * Values at an index. The heart is value_at(node, index): the expression for
 * one element of a node's value. For a node outside the group it is a load
 * from the node's buffer at the index's row-major offset; for a node inside it
 * follows the op: elementwise ops take their operands at the same index,
 * movement ops map the index (expand: 0 on broadcast axes; permute; slice:
 * start + i*step; pad: back onto the lattice, else 0; concat: the operand the
 * axis coordinate falls in; reshape: the flat index unchanged), reductions and
 * matmul loop over what they reduce, gather-like ops read their indices first.
 * So a group of elementwise and movement nodes lowers to one loop body with no
 * extra work, which is what the fusion pass will hand over; values used more
 * than once at the same index are bound to a variable once.
 *
 * Exactness. Sums and matmuls accumulate in the interpreter's order (row-major
 * over the reduced axes, k ascending), so f32 sums match ir_interp bit for bit
 * and matmuls up to the interpreter's double rounding of each fused
 * multiply-add. scatter_add is written as a gather: each output element loops
 * over every index and adds the matching source elements in order, which is
 * deterministic and race-free (O(rows * indices) work, fine for embedding
 * gradients of small vocabularies; a sort-based or atomic variant is future
 * work). put_add needs no loop: each output element has exactly one candidate
 * source element, the one at its coordinates without the axis.
 *
 * Indices are `long` (`long long`) unless every tensor the kernel touches is
 * known to have fewer than 2^31 elements; coordinates along an axis are `int`
 * when the axis length is a constant below 2^31 or a single shape variable
 * (whose argument is an `int`). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dim.h"
#include "kast.h"

#define CG_MAX_CACHE 256
#define CG_MAX_DEPTH 64
#define CG_MAX_ROWVAL 2048

/* A multi-index over a node's shape: a flat row-major index, coordinates, or
 * both (coordinates are unravelled from the flat index when first needed). */
typedef struct Index {
  int id;                     /* identity, for the value cache */
  int rank;
  Dim shape[IR_MAX_RANK];
  KExpr *flat;                /* NULL: not computed yet */
  KExpr *co[IR_MAX_RANK];
  bool have_co;
  int co_scope;               /* the block the coordinates' variables live in */
  const char *prefix;         /* names the coordinate variables */
} Index;

typedef VEC(int32_t) IdVec;


typedef struct CacheEntry {
  int32_t node;
  int ix;
  KExpr *val;
  int scope;
} CacheEntry;

typedef struct Cg {
  const Graph *g;
  Dialect dialect;
  Diag *diag;
  Arena A;
  KFunc fn;
  const int32_t *group;
  int ngroup;
  VEC(KParam) params;
  VEC(int32_t) param_node;    /* buffers: the node each parameter holds (-1 for scalars) */
  int seed_param;             /* -1: no RAND */
  KType idx;                  /* KT_INT or KT_LONG: flat indices */
  const int64_t *sym_max;
  const int64_t *sym_val;     /* CgOptions.sym_val */
  /* open blocks, innermost last; each has a serial number for scope checks */
  KBlock *blk[CG_MAX_DEPTH];
  int blk_serial[CG_MAX_DEPTH];
  int depth, serial;
  int nindex;
  NameTab names;              /* every variable name declared */
  CacheEntry cache[CG_MAX_CACHE];
  int ncache;
  bool tiled;                 /* a tiled matmul kernel */
  bool cpu;                   /* CgOptions.cpu */
  /* row kernels: the seed reduction (-1: not a row kernel), the row's index
   * over the reduced shape, and the group's reduced-shape values of the row */
  int32_t row;
  Index *rix;
  struct { int32_t node; int lane; KExpr *val; } rowval[CG_MAX_ROWVAL];
  int nrowval;
  /* column kernels: COL_LANES rows per work item, one index each */
  int lanes, lane;
  Index *rixl[16];
  bool column;
  Dim col_items;
  bool vfail;                 /* the vector path met a node it does not handle */
  Index *vcol;                /* a vector column kernel: lane 0's index over the reduced shape */
  /* matmul epilogues: the matmul's value at the flat index pin_flat (an
   * epilogue reached through a reshape reads it at that flat index) */
  int32_t pin_node;
  KExpr *pin_flat, *pin_val, *pin_vec; /* pin_vec: KV_WIDTH columns from pin_flat on, for vval */
  bool vector_rows;           /* the row kernel walks its rows in float16 vectors */
  bool coop;                  /* a cooperative row kernel: coop_local items per work group */
  int coop_local;
  Dim coop_items;
  bool failed;
} Cg;

/* ---- small helpers ----------------------------------------------------------------- */

static bool cg_fail(Cg *c, const char *fmt, ...) LLMC_PRINTF(2, 3);
static bool cg_fail(Cg *c, const char *fmt, ...) {
  if (!c->failed && c->diag) {
    StrBuf b = {0};
    va_list ap;
    va_start(ap, fmt);
    sb_vprintf(&b, fmt, ap);
    va_end(ap);
    diag_plain(c->diag, "%s", sb_cstr(&b));
    sb_free(&b);
  }
  c->failed = true;
  return false;
}

static const IrNode *N(const Cg *c, int32_t id) { return ir_node(c->g, id); }

static bool in_group(const Cg *c, int32_t id) {
  for (int i = 0; i < c->ngroup; i++)
    if (c->group[i] == id) return true;
  return false;
}

static KBlock *cur(Cg *c) { return c->blk[c->depth - 1]; }
static int cur_scope(Cg *c) { return c->blk_serial[c->depth - 1]; }

static void push_block(Cg *c, KBlock *b) {
  ASSERT(c->depth < CG_MAX_DEPTH);
  c->blk[c->depth] = b;
  c->blk_serial[c->depth] = ++c->serial;
  c->depth++;
}

static void pop_block(Cg *c) {
  ASSERT(c->depth > 1);
  c->depth--;
}

static bool scope_open(const Cg *c, int scope) {
  for (int i = 0; i < c->depth; i++)
    if (c->blk_serial[i] == scope) return true;
  return false;
}

/* A variable name not used before in this kernel: base, else base_2, ... */
static const char *fresh(Cg *c, const char *base) {
  const char *name = arena_strdup(&c->A, base);
  if (nt_has(&c->names, name)) {
    size_t b = nt_slot(&c->names, name);
    int k = c->names.next[b];
    do name = arena_printf(&c->A, "%s_%d", base, k++);
    while (nt_has(&c->names, name));
    c->names.next[b] = k; /* before nt_add, which may move the entries */
  }
  nt_add(&c->names, name);
  return name;
}

/* Declares `const t name = e;` and returns the variable; simple expressions
 * are returned as they are. */
static KExpr *bind(Cg *c, const char *base, KExpr *e) {
  if (ke_is_simple(e)) return e;
  const char *name = fresh(c, base);
  ks_decl(&c->A, cur(c), e->type, name, e, true);
  return ke_var(&c->A, e->type, name);
}

/* A mutable variable initialised to e. */
static KExpr *declare(Cg *c, const char *base, KType t, KExpr *e) {
  const char *name = fresh(c, base);
  ks_decl(&c->A, cur(c), t, name, e, false);
  return ke_var(&c->A, t, name);
}

static KExpr *I(Cg *c, int64_t v) { return ke_int(&c->A, KT_INT, v); }
static KExpr *F(Cg *c, float v) { return ke_float(&c->A, v); }
static KExpr *bin(Cg *c, KOp op, KExpr *a, KExpr *b) { return ke_binary(&c->A, op, a, b); }
static KExpr *call1(Cg *c, KFn fn, KExpr *a) { return ke_call(&c->A, fn, a, NULL, NULL); }
static KExpr *call2(Cg *c, KFn fn, KExpr *a, KExpr *b) { return ke_call(&c->A, fn, a, b, NULL); }
static KExpr *cast(Cg *c, KType t, KExpr *a) { return ke_cast(&c->A, t, a); }
static KExpr *cond(Cg *c, KExpr *k, KExpr *a, KExpr *b) { return ke_cond(&c->A, k, a, b); }

/* The computing type of a dtype: float for the float types, int for i32. */
static KType ctype(DType t) { return t == DT_I32 ? KT_INT : KT_FLOAT; }
/* The buffer element type of a dtype. */
static KType stype(DType t) { return t == DT_I32 ? KT_INT : t == DT_F32 ? KT_FLOAT : KT_U16; }

static KExpr *zero_of(Cg *c, DType t) { return t == DT_I32 ? I(c, 0) : F(c, 0.0f); }

/* ---- shapes as expressions ------------------------------------------------------------ */

/* A bound on |value| of a dim given the shape variables' bounds; INT64_MAX
 * when unknown or too large. */
static int64_t dim_bound(const Cg *c, Dim d) {
  if (d.bad) return INT64_MAX;
  int64_t total = 0;
  for (int i = 0; i < d.n; i++) {
    int64_t t = d.m[i].coef < 0 ? -d.m[i].coef : d.m[i].coef;
    for (int k = 0; k < d.m[i].nv; k++) {
      if (!c->sym_max) return INT64_MAX;
      int64_t v = c->sym_max[d.m[i].v[k]];
      if (v < 0 || __builtin_mul_overflow(t, v, &t)) return INT64_MAX;
    }
    if (__builtin_add_overflow(total, t, &total)) return INT64_MAX;
  }
  return total;
}

static int64_t numel_bound(const Cg *c, const IrNode *n) {
  int64_t t = 1;
  for (int i = 0; i < n->rank; i++) {
    int64_t b = dim_bound(c, n->shape[i]);
    if (b == INT64_MAX || __builtin_mul_overflow(t, b, &t)) return INT64_MAX;
  }
  return t;
}

/* The type of a coordinate along an axis of length d. */
static KType coord_type(const Cg *c, Dim d) {
  int64_t v;
  if (dim_is_const(d, &v)) return v <= INT32_MAX ? KT_INT : c->idx;
  if (d.n == 1 && d.m[0].coef == 1 && d.m[0].nv == 1) return KT_INT; /* one `int` argument */
  return dim_bound(c, d) <= INT32_MAX ? KT_INT : c->idx;
}

static const char *sym_param(Cg *c, int v);

/* An integer literal: `int` when it fits (C widens it next to a wider operand). */
static KExpr *lit(Cg *c, int64_t v) { return ke_int(&c->A, v >= INT32_MIN && v <= INT32_MAX ? KT_INT : KT_LONG, v); }

/* A dim as an expression of type t, spelled as the IR prints it: terms with
 * variables first (the first factor widened to t), the constant last:
 * (long)d_T * 2 + 1. */
static KExpr *dim_expr(Cg *c, Dim d, KType t) {
  ASSERT(!d.bad);
  if (c->sym_val) { /* specialised: the dim's value */
    int64_t v = ir_dim_eval(d, c->sym_val);
    return ke_int(&c->A, v >= INT32_MIN && v <= INT32_MAX && t == KT_INT ? KT_INT : t, v);
  }
  KExpr *sum = NULL;
  int64_t constant = 0;
  for (int i = 0; i < d.n; i++) {
    if (d.m[i].nv == 0) {
      constant += d.m[i].coef;
      continue;
    }
    KExpr *term = NULL;
    for (int k = 0; k < d.m[i].nv; k++) {
      KExpr *v = ke_var(&c->A, KT_INT, sym_param(c, d.m[i].v[k]));
      term = term ? bin(c, KO_MUL, term, v) : cast(c, t, v);
    }
    int64_t coef = d.m[i].coef;
    if (!sum) sum = bin(c, KO_MUL, term, lit(c, coef));
    else if (coef < 0) sum = bin(c, KO_SUB, sum, bin(c, KO_MUL, term, lit(c, -coef)));
    else sum = bin(c, KO_ADD, sum, bin(c, KO_MUL, term, lit(c, coef)));
  }
  if (!sum) return ke_int(&c->A, t, constant);
  return constant ? bin(c, KO_ADD, sum, lit(c, constant)) : sum;
}

/* A dim as a factor in index arithmetic: `int` when it fits by construction,
 * else the index type (C's conversions widen the rest of the product). */
static KExpr *dim_factor(Cg *c, Dim d) { return dim_expr(c, d, coord_type(c, d) == KT_INT ? KT_INT : c->idx); }

static bool dim_is(Dim d, int64_t v) {
  int64_t x;
  return dim_is_const(d, &x) && x == v;
}

/* ---- indices --------------------------------------------------------------------------- */

static Index ix_new(Cg *c, int rank, const Dim *shape, const char *prefix) {
  Index ix = {0};
  ix.id = ++c->nindex;
  ix.rank = rank;
  if (rank) memcpy(ix.shape, shape, sizeof(Dim) * (size_t)rank);
  ix.prefix = prefix ? prefix : arena_printf(&c->A, "t%d_", ix.id);
  return ix;
}

static Index ix_of_flat(Cg *c, int rank, const Dim *shape, KExpr *flat, const char *prefix) {
  Index ix = ix_new(c, rank, shape, prefix);
  ix.flat = flat;
  return ix;
}

/* Coordinates known up front (which may be any expressions). */
static Index ix_of_coords(Cg *c, int rank, const Dim *shape, KExpr *const *co) {
  Index ix = ix_new(c, rank, shape, NULL);
  for (int i = 0; i < rank; i++) ix.co[i] = dim_is(shape[i], 1) ? I(c, 0) : co[i];
  ix.have_co = true;
  ix.co_scope = 0; /* expressions, valid anywhere */
  return ix;
}

/* Unravels the flat index into coordinate variables in the current block. */
static void unravel(Cg *c, Index *ix) {
  ASSERT(ix->flat);
  int first = 0; /* the outermost axis that is not 1 */
  while (first < ix->rank && dim_is(ix->shape[first], 1)) first++;
  KExpr *q = ix->flat;
  for (int k = ix->rank - 1; k >= 0; k--) {
    if (dim_is(ix->shape[k], 1)) {
      ix->co[k] = I(c, 0);
      continue;
    }
    KType ct = coord_type(c, ix->shape[k]);
    const char *name = arena_printf(&c->A, "%s%d", ix->prefix, k);
    if (k == first) { /* q < shape[k] already */
      ix->co[k] = bind(c, name, cast(c, ct, q));
      break;
    }
    if (!ke_is_simple(q)) q = bind(c, arena_printf(&c->A, "%sq", ix->prefix), q);
    KExpr *len = dim_factor(c, ix->shape[k]);
    ix->co[k] = bind(c, name, cast(c, ct, bin(c, KO_MOD, q, len)));
    q = bin(c, KO_DIV, q, len);
  }
  for (int k = 0; k < first; k++) ix->co[k] = I(c, 0);
  ix->have_co = true;
  ix->co_scope = cur_scope(c);
}

static KExpr *ix_coord(Cg *c, Index *ix, int k) {
  if (!ix->have_co || (ix->co_scope && !scope_open(c, ix->co_scope))) unravel(c, ix);
  return ix->co[k];
}

/* The row-major flat index, in the kernel's index type. */
static KExpr *ix_flat(Cg *c, Index *ix) {
  if (ix->flat) return ix->flat;
  /* Horner: ((c0 * S1 + c1) * S2 + c2)...; widening the first term widens the rest */
  KExpr *f = ke_int(&c->A, c->idx, 0);
  for (int k = 0; k < ix->rank; k++) {
    if (k) f = bin(c, KO_MUL, f, dim_factor(c, ix->shape[k]));
    KExpr *co = ix_coord(c, ix, k);
    f = bin(c, KO_ADD, f, f->kind == KE_INT ? cast(c, c->idx, co) : co);
  }
  return cast(c, c->idx, f);
}

/* ---- the kernel's parameters -------------------------------------------------------- */

static int add_param(Cg *c, KParamKind kind, KType elem, const char *name, int32_t node) {
  KParam p = {kind, elem, name};
  vec_push(&c->params, p);
  vec_push(&c->param_node, node);
  nt_add(&c->names, name);
  return c->params.n - 1;
}

static int buffer_of(const Cg *c, int32_t node, KParamKind kind) {
  for (int i = 0; i < c->params.n; i++)
    if (c->param_node.v[i] == node && c->params.v[i].kind == kind) return i;
  return -1;
}

/* The parameter name of shape variable v: d_NAME when NAME is a plain
 * identifier of reasonable length, else d<v>; never raw user text. */
static const char *sym_param(Cg *c, int v) {
  const char *s = v < c->g->syms.n ? c->g->syms.v[v] : NULL;
  bool plain = s && *s && strlen(s) <= 40;
  for (const char *p = s; plain && *p; p++)
    plain = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == '_';
  return plain ? arena_printf(&c->A, "d_%s", s) : arena_printf(&c->A, "d%d", v);
}

/* ---- values ------------------------------------------------------------------------------ */

static KExpr *value_at(Cg *c, int32_t id, Index *ix);

/* A load of node `id`'s buffer at ix, converted to the computing type. */
static KExpr *load(Cg *c, int32_t id, Index *ix) {
  int p = buffer_of(c, id, KP_BUFFER_IN);
  ASSERT(p >= 0);
  const IrNode *n = N(c, id);
  KExpr *e = ke_load(&c->A, stype(n->dtype), p, ix_flat(c, ix));
  if (n->dtype == DT_F16) return call1(c, KF_H2F, e);
  if (n->dtype == DT_BF16) return call1(c, KF_BF2F, e);
  return e;
}

/* A float value rounded to the precision of dt (identity for f32, i32). */
static KExpr *round_to(Cg *c, DType dt, KExpr *v) {
  if (dt == DT_F16) return call1(c, KF_H2F, call1(c, KF_F2H, v));
  if (dt == DT_BF16) return call1(c, KF_BF2F, call1(c, KF_F2BF, v));
  return v;
}

/* The value converted for storage in a buffer of dtype dt. */
static KExpr *to_storage(Cg *c, DType dt, KExpr *v) {
  if (dt == DT_F16) return call1(c, KF_F2H, v);
  if (dt == DT_BF16) return call1(c, KF_F2BF, v);
  return v;
}

static KExpr *value_leaf(Cg *c, int32_t id, Index *ix) {
  const IrNode *n = N(c, id);
  switch (n->op) {
  case OP_CONST:
    if (n->dtype == DT_I32) {
      double v = n->f;
      v = v != v ? 0 : v >= 2147483647.0 ? 2147483647.0 : v <= -2147483648.0 ? -2147483648.0 : v;
      return I(c, (int64_t)v);
    }
    return F(c, (float)n->f);
  case OP_IOTA: return cast(c, ctype(n->dtype), ix_coord(c, ix, n->axis));
  case OP_SYMDIM: {
    KExpr *v = dim_expr(c, n->dimval, KT_LONG);
    return n->dtype == DT_I32 ? cast(c, KT_INT, v) : cast(c, KT_FLOAT, v);
  }
  case OP_RAND:
    if (c->seed_param < 0) c->seed_param = -2; /* asked for; added after the shape arguments */
    return ke_call(&c->A, KF_RAND, ke_var(&c->A, KT_ULONG, "seed"), ke_int(&c->A, KT_ULONG, n->axis),
                   cast(c, KT_ULONG, ix_flat(c, ix)));
  default: UNREACHABLE();
  }
}

/* An expression that is evaluated more than once: bound to a variable. */
static KExpr *once(Cg *c, const char *base, KExpr *e) { return bind(c, base, e); }

static KExpr *vec_cond(Cg *c, KExpr *k, KExpr *a, KExpr *b);

/* A float unary op of a (a float, or a float16 vector of KV_WIDTH lanes: the
 * same expression serves both). NULL for the ops that are not float maths. */
static KExpr *float_unary(Cg *c, OpKind op, KExpr *a) {
  Arena *A = &c->A;
  bool vec = a->type == KT_VEC16;
  switch (op) {
  case OP_NEG: return ke_unary(A, KO_NEG, a);
  case OP_EXP: return call1(c, KF_EXP, a);
  case OP_LOG: return call1(c, KF_LOG, a);
  case OP_SQRT: return call1(c, KF_SQRT, a);
  case OP_RSQRT: return call1(c, KF_RSQRT, a);
  case OP_ABS: return call1(c, KF_FABS, a);
  case OP_SIN: return call1(c, KF_SIN, a);
  case OP_COS: return call1(c, KF_COS, a);
  case OP_TANH: return call1(c, KF_TANH, a);
  case OP_ERF: return call1(c, KF_ERF, a);
  case OP_SIGMOID: return bin(c, KO_DIV, F(c, 1.0f), bin(c, KO_ADD, F(c, 1.0f), call1(c, KF_EXP, ke_unary(A, KO_NEG, a))));
  case OP_SILU:
    a = once(c, "a", a);
    return bin(c, KO_DIV, a, bin(c, KO_ADD, F(c, 1.0f), call1(c, KF_EXP, ke_unary(A, KO_NEG, a))));
  case OP_RELU: {
    a = once(c, "a", a);
    KExpr *le = bin(c, KO_LE, a, F(c, 0.0f));
    return vec ? vec_cond(c, le, F(c, 0.0f), a) : cond(c, le, F(c, 0.0f), a);
  }
  case OP_GELU: {
    /* 0.5 x (1 + tanh(u)) = x / (1 + exp(-2u)), u = sqrt(2/pi) (x + 0.044715 x^3):
     * the same function without the cancellation of 1 + tanh(u) for x < 0 */
    a = once(c, "a", a);
    KExpr *cube = bin(c, KO_MUL, bin(c, KO_MUL, bin(c, KO_MUL, F(c, 0.044715f), a), a), a);
    KExpr *u2 = bin(c, KO_MUL, F(c, -1.5957691216057308f), bin(c, KO_ADD, a, cube));
    return bin(c, KO_DIV, a, bin(c, KO_ADD, F(c, 1.0f), call1(c, KF_EXP, u2)));
  }
  case OP_GELU_ERF:
    /* 0.5 x (1 + erf(x / sqrt 2)) = 0.5 x erfc(-x / sqrt 2), without cancellation */
    a = once(c, "a", a);
    return bin(c, KO_MUL, bin(c, KO_MUL, F(c, 0.5f), a), call1(c, KF_ERFC, bin(c, KO_MUL, a, F(c, -0.70710678118654752f))));
  default: return NULL;
  }
}

static KExpr *value_unary(Cg *c, int32_t id, Index *ix) {
  const IrNode *n = N(c, id);
  DType from = N(c, n->in[0])->dtype;
  KExpr *a = value_at(c, n->in[0], ix);
  Arena *A = &c->A;
  if (from == DT_I32) {
    switch (n->op) { /* negation wraps: 0u - (uint)a */
    case OP_NEG: return cast(c, KT_INT, bin(c, KO_SUB, ke_int(A, KT_UINT, 0), cast(c, KT_UINT, a)));
    case OP_ABS:
      a = once(c, "a", a);
      return cond(c, bin(c, KO_LT, a, I(c, 0)), cast(c, KT_INT, bin(c, KO_SUB, ke_int(A, KT_UINT, 0), cast(c, KT_UINT, a))), a);
    case OP_RELU: a = once(c, "a", a); return cond(c, bin(c, KO_GT, a, I(c, 0)), a, I(c, 0));
    case OP_CAST: return n->dtype == DT_I32 ? a : cast(c, KT_FLOAT, a);
    default: break; /* float ops of an int operand: computed on its float value */
    }
    a = cast(c, KT_FLOAT, a);
  }
  if (n->op == OP_CAST) {
    if (n->dtype == DT_I32) return call1(c, KF_F2I, a);
    return a; /* float to float: rounded when stored (or by value_at inside a group) */
  }
  KExpr *r = float_unary(c, n->op, a);
  if (!r) UNREACHABLE();
  return n->dtype == DT_I32 ? call1(c, KF_F2I, r) : r;
}

/* The C operator of a comparison op; false for the other ops. */
static bool compare_op(OpKind op, KOp *k) {
  switch (op) {
  case OP_EQ: *k = KO_EQ; return true;
  case OP_NE: *k = KO_NE; return true;
  case OP_LT: *k = KO_LT; return true;
  case OP_LE: *k = KO_LE; return true;
  case OP_GT: *k = KO_GT; return true;
  case OP_GE: *k = KO_GE; return true;
  default: return false;
  }
}

static KExpr *value_binary(Cg *c, int32_t id, Index *ix) {
  const IrNode *n = N(c, id);
  bool ints = N(c, n->in[0])->dtype == DT_I32;
  KExpr *a = value_at(c, n->in[0], ix), *b = value_at(c, n->in[1], ix);
  KOp cmp = KO_EQ;
  if (compare_op(n->op, &cmp)) goto compare;
  if (ints) {
    KOp op = n->op == OP_ADD ? KO_ADD : n->op == OP_SUB ? KO_SUB : KO_MUL;
    switch (n->op) {
    case OP_ADD:
    case OP_SUB:
    case OP_MUL: return cast(c, KT_INT, bin(c, op, cast(c, KT_UINT, a), cast(c, KT_UINT, b)));
    case OP_DIV: return call2(c, KF_IDIV, a, b);
    case OP_POW: return call2(c, KF_IPOW, a, b);
    case OP_MAX:
    case OP_MIN:
      a = once(c, "a", a);
      b = once(c, "b", b);
      return cond(c, bin(c, n->op == OP_MAX ? KO_GT : KO_LT, a, b), a, b);
    default: UNREACHABLE();
    }
  }
  switch (n->op) {
  case OP_ADD: return bin(c, KO_ADD, a, b);
  case OP_SUB: return bin(c, KO_SUB, a, b);
  case OP_MUL: return bin(c, KO_MUL, a, b);
  case OP_DIV: return bin(c, KO_DIV, a, b);
  case OP_POW: return call2(c, KF_POW, a, b);
  case OP_MAX: return call2(c, KF_FMAX, a, b);
  case OP_MIN: return call2(c, KF_FMIN, a, b);
  default: UNREACHABLE();
  }
compare:
  return cast(c, KT_INT, bin(c, cmp, a, b));
}

/* The accumulator of a sum, max or min, declared in the current block. */
static KExpr *red_init(Cg *c, OpKind op, bool ints, const char *name) {
  switch (op) {
  case OP_RSUM: return ints ? declare(c, name, KT_UINT, ke_int(&c->A, KT_UINT, 0)) : declare(c, name, KT_FLOAT, F(c, 0.0f));
  case OP_RMAX: return ints ? declare(c, name, KT_INT, I(c, INT32_MIN)) : declare(c, name, KT_FLOAT, F(c, -__builtin_inff()));
  case OP_RMIN: return ints ? declare(c, name, KT_INT, I(c, INT32_MAX)) : declare(c, name, KT_FLOAT, F(c, __builtin_inff()));
  default: UNREACHABLE();
  }
}

/* acc = acc op v, as ir_interp does it (NaN wins a max or min and stays). */
static void red_step(Cg *c, OpKind op, bool ints, KExpr *acc, KExpr *v) {
  Arena *A = &c->A;
  if (op == OP_RSUM) {
    ks_assign(A, cur(c), acc->name, KO_ADD, ints ? cast(c, KT_UINT, v) : v);
    return;
  }
  v = once(c, "v", v);
  KExpr *better = bin(c, op == OP_RMAX ? KO_GT : KO_LT, v, acc);
  if (!ints) better = bin(c, KO_AND, ke_unary(A, KO_NOT, call1(c, KF_ISNAN, acc)), bin(c, KO_OR, call1(c, KF_ISNAN, v), better));
  KStmt *s = ks_if(A, cur(c), better);
  ks_assign(A, &s->body, acc->name, KO_EQ, v);
}

/* Input index of a reduction or matmul operand: coordinates `co` over shape. */
static KExpr *value_reduce(Cg *c, int32_t id, Index *ix) {
  const IrNode *n = N(c, id), *x = N(c, n->in[0]);
  bool ints = x->dtype == DT_I32;
  int r = n->rank;
  KExpr *co[IR_MAX_RANK];
  for (int k = 0; k < r; k++) co[k] = (n->axes & (1u << k)) ? NULL : ix_coord(c, ix, k);
  /* the accumulator(s), declared where the loops start */
  KExpr *acc, *arg = NULL;
  const char *what = n->op == OP_RSUM ? "sum" : n->op == OP_RMAX ? "max" : n->op == OP_RMIN ? "min" : "argmax";
  if (n->op == OP_ARGMAX) {
    acc = declare(c, "best", ctype(x->dtype), zero_of(c, x->dtype));
    arg = declare(c, "arg", KT_INT, I(c, 0));
  } else {
    acc = red_init(c, n->op, ints, "acc");
  }
  /* nested loops over the reduced axes, outermost first (the interpreter's order) */
  StrBuf note = {0};
  sb_printf(&note, "%s over axes", what);
  for (int k = 0; k < r; k++)
    if (n->axes & (1u << k)) sb_printf(&note, " %d", k);
  ks_comment(&c->A, cur(c), sb_cstr(&note));
  sb_free(&note);
  int opened = 0;
  KExpr *argvar = NULL;
  for (int k = 0; k < r; k++) {
    if (!(n->axes & (1u << k))) continue;
    if (dim_is(x->shape[k], 1)) {
      co[k] = I(c, 0);
      if (n->op == OP_ARGMAX) argvar = co[k];
      continue;
    }
    KType t = coord_type(c, x->shape[k]);
    const char *v = fresh(c, arena_printf(&c->A, "r%d", k));
    KStmt *loop = ks_for(&c->A, cur(c), t, v, ke_int(&c->A, t, 0), dim_expr(c, x->shape[k], t), NULL);
    push_block(c, &loop->body);
    opened++;
    co[k] = ke_var(&c->A, t, v);
    if (n->op == OP_ARGMAX) argvar = co[k];
  }
  Index xi = ix_of_coords(c, r, x->shape, co);
  KExpr *v = value_at(c, n->in[0], &xi);
  Arena *A = &c->A;
  switch (n->op) {
  case OP_RSUM:
  case OP_RMAX:
  case OP_RMIN: red_step(c, n->op, ints, acc, v); break;
  case OP_ARGMAX: {
    v = once(c, "v", v);
    KExpr *better = bin(c, KO_GT, v, acc);
    if (!ints) better = bin(c, KO_AND, ke_unary(A, KO_NOT, call1(c, KF_ISNAN, acc)), bin(c, KO_OR, call1(c, KF_ISNAN, v), better));
    better = bin(c, KO_OR, bin(c, KO_EQ, argvar, I(c, 0)), better);
    KStmt *s = ks_if(A, cur(c), better);
    ks_assign(A, &s->body, acc->name, KO_EQ, v);
    ks_assign(A, &s->body, arg->name, KO_EQ, cast(c, KT_INT, argvar));
    break;
  }
  default: UNREACHABLE();
  }
  while (opened--) pop_block(c);
  if (n->op == OP_ARGMAX) return arg;
  if (n->op == OP_RSUM && ints) return cast(c, KT_INT, acc);
  return acc;
}

/* [..., M, K] @ [..., K, N] -> [..., M, N]: a loop over k. */
static KExpr *value_matmul(Cg *c, int32_t id, Index *ix) {
  const IrNode *n = N(c, id), *a = N(c, n->in[0]), *b = N(c, n->in[1]);
  int r = n->rank;
  bool ints = n->dtype == DT_I32;
  KExpr *ca[IR_MAX_RANK], *cb[IR_MAX_RANK];
  for (int k = 0; k < r - 2; k++) ca[k] = cb[k] = ix_coord(c, ix, k);
  ca[r - 2] = ix_coord(c, ix, r - 2);
  cb[r - 1] = ix_coord(c, ix, r - 1);
  Dim K = a->shape[r - 1];
  KExpr *acc = ints ? declare(c, "acc", KT_UINT, ke_int(&c->A, KT_UINT, 0)) : declare(c, "acc", KT_FLOAT, F(c, 0.0f));
  KType t = coord_type(c, K);
  const char *kv = fresh(c, "k");
  KStmt *loop = ks_for(&c->A, cur(c), t, kv, ke_int(&c->A, t, 0), dim_expr(c, K, t), NULL);
  push_block(c, &loop->body);
  ca[r - 1] = cb[r - 2] = ke_var(&c->A, t, kv);
  Index ai = ix_of_coords(c, r, a->shape, ca), bi = ix_of_coords(c, r, b->shape, cb);
  KExpr *av = value_at(c, n->in[0], &ai), *bv = value_at(c, n->in[1], &bi);
  if (ints) ks_assign(&c->A, cur(c), acc->name, KO_ADD, bin(c, KO_MUL, cast(c, KT_UINT, av), cast(c, KT_UINT, bv)));
  else ks_assign(&c->A, cur(c), acc->name, KO_EQ, ke_call(&c->A, KF_FMA, av, bv, acc));
  pop_block(c);
  return ints ? cast(c, KT_INT, acc) : acc;
}

/* Pad: each output coordinate maps back onto the input's lattice
 * start + i*step, else the value is 0. */
static KExpr *value_pad(Cg *c, int32_t id, Index *ix) {
  const IrNode *n = N(c, id), *x = N(c, n->in[0]);
  int r = n->rank;
  KExpr *co[IR_MAX_RANK], *ok = I(c, 1);
  for (int k = 0; k < r; k++) {
    int64_t step = n->slice->step[k];
    bool whole = dim_is(n->slice->start[k], 0) && step == 1 && dim_eq(x->shape[k], n->shape[k]);
    KExpr *o = ix_coord(c, ix, k);
    if (whole) {
      co[k] = o;
      continue;
    }
    KType t = o->type;
    KExpr *d = bind(c, arena_printf(&c->A, "p%d", k), bin(c, KO_SUB, o, dim_expr(c, n->slice->start[k], t)));
    KExpr *in = bin(c, KO_GE, d, I(c, 0));
    if (step != 1) {
      in = bin(c, KO_AND, in, bin(c, KO_EQ, bin(c, KO_MOD, d, lit(c, step)), I(c, 0)));
      d = bin(c, KO_DIV, d, lit(c, step));
    }
    in = bin(c, KO_AND, in, bin(c, KO_LT, d, dim_expr(c, x->shape[k], t)));
    ok = ke_is_int(ok, 1) ? in : bin(c, KO_AND, ok, in);
    co[k] = d;
  }
  if (ke_is_int(ok, 1)) {
    Index xi = ix_of_coords(c, r, x->shape, co);
    return value_at(c, n->in[0], &xi);
  }
  KExpr *v = declare(c, "v", ctype(n->dtype), zero_of(c, n->dtype));
  KStmt *s = ks_if(&c->A, cur(c), ok);
  push_block(c, &s->body);
  Index xi = ix_of_coords(c, r, x->shape, co);
  ks_assign(&c->A, cur(c), v->name, KO_ADD, value_at(c, n->in[0], &xi));
  pop_block(c);
  return v;
}

/* Concat: the operand whose range along the axis holds the coordinate. */
static KExpr *value_concat(Cg *c, int32_t id, Index *ix) {
  const IrNode *n = N(c, id);
  int r = n->rank, a = n->axis;
  KExpr *o = ix_coord(c, ix, a);
  KExpr *v = declare(c, "v", ctype(n->dtype), zero_of(c, n->dtype));
  Dim off = dim_const(0);
  KBlock *blk = cur(c);
  for (int k = 0; k < n->nin; k++) {
    const IrNode *x = N(c, n->in[k]);
    Dim end = dim_add(off, x->shape[a]);
    KStmt *s = NULL;
    if (k < n->nin - 1) {
      s = ks_if(&c->A, blk, bin(c, KO_LT, o, dim_expr(c, end, o->type)));
      push_block(c, &s->body);
    } else {
      push_block(c, blk);
    }
    KExpr *co[IR_MAX_RANK];
    for (int i = 0; i < r; i++) co[i] = i == a ? bin(c, KO_SUB, o, dim_expr(c, off, o->type)) : ix_coord(c, ix, i);
    Index xi = ix_of_coords(c, r, x->shape, co);
    ks_assign(&c->A, cur(c), v->name, KO_EQ, value_at(c, n->in[k], &xi));
    pop_block(c);
    if (s) blk = &s->els;
    off = end;
  }
  return v;
}

static KExpr *value_move(Cg *c, int32_t id, Index *ix) {
  const IrNode *n = N(c, id), *x = N(c, n->in[0]);
  int r = n->rank;
  KExpr *co[IR_MAX_RANK];
  switch (n->op) {
  case OP_RESHAPE: {
    Index xi = ix_of_flat(c, x->rank, x->shape, ix_flat(c, ix), NULL);
    return value_at(c, n->in[0], &xi);
  }
  case OP_PERMUTE:
    for (int i = 0; i < r; i++) co[n->perm[i]] = ix_coord(c, ix, i);
    break;
  case OP_EXPAND:
    for (int i = 0; i < r; i++) co[i] = dim_is(x->shape[i], 1) ? I(c, 0) : ix_coord(c, ix, i);
    break;
  case OP_SLICE:
    for (int i = 0; i < r; i++) {
      KExpr *o = ix_coord(c, ix, i);
      KType t = coord_type(c, x->shape[i]);
      co[i] = bin(c, KO_ADD, bin(c, KO_MUL, cast(c, t, o), lit(c, n->slice->step[i])), dim_expr(c, n->slice->start[i], t));
    }
    break;
  case OP_PAD: return value_pad(c, id, ix);
  case OP_CONCAT: return value_concat(c, id, ix);
  default: UNREACHABLE();
  }
  Index xi = ix_of_coords(c, x->rank, x->shape, co);
  return value_at(c, n->in[0], &xi);
}

/* `0 <= k && k < len` for an index value k. */
static KExpr *in_range(Cg *c, KExpr *k, Dim len) {
  return bin(c, KO_AND, bin(c, KO_GE, k, I(c, 0)), bin(c, KO_LT, k, dim_factor(c, len)));
}

static KExpr *value_index(Cg *c, int32_t id, Index *ix) {
  const IrNode *n = N(c, id), *x = N(c, n->in[0]), *idx = N(c, n->in[1]);
  int r = n->rank, ri = idx->rank;
  KExpr *co[IR_MAX_RANK], *ico[IR_MAX_RANK];
  Arena *A = &c->A;
  switch (n->op) {
  case OP_GATHER: { /* table[V, r...], idx[i...] -> [i..., r...] */
    for (int i = 0; i < ri; i++) ico[i] = ix_coord(c, ix, i);
    Index ii = ix_of_coords(c, ri, idx->shape, ico);
    KExpr *row = bind(c, "row", value_at(c, n->in[1], &ii));
    co[0] = row;
    for (int i = 1; i < x->rank; i++) co[i] = ix_coord(c, ix, ri + i - 1);
    KExpr *v = declare(c, "v", ctype(n->dtype), zero_of(c, n->dtype));
    KStmt *s = ks_if(A, cur(c), in_range(c, row, x->shape[0]));
    push_block(c, &s->body);
    Index xi = ix_of_coords(c, x->rank, x->shape, co);
    ks_assign(A, cur(c), v->name, KO_EQ, value_at(c, n->in[0], &xi));
    pop_block(c);
    return v;
  }
  case OP_TAKE: { /* x, idx (x's shape without axis) -> idx's shape */
    KExpr *k = bind(c, "pick", value_at(c, n->in[1], ix));
    for (int i = 0, j = 0; i < x->rank; i++) co[i] = i == n->axis ? k : ix_coord(c, ix, j++);
    KExpr *v = declare(c, "v", ctype(n->dtype), zero_of(c, n->dtype));
    KStmt *s = ks_if(A, cur(c), in_range(c, k, x->shape[n->axis]));
    push_block(c, &s->body);
    Index xi = ix_of_coords(c, x->rank, x->shape, co);
    ks_assign(A, cur(c), v->name, KO_EQ, value_at(c, n->in[0], &xi));
    pop_block(c);
    return v;
  }
  case OP_PUT_ADD: { /* g (idx's shape), idx -> zeros(idx's shape with axis) += along axis */
    for (int i = 0, j = 0; i < r; i++)
      if (i != n->axis) ico[j++] = ix_coord(c, ix, i);
    Index ii = ix_of_coords(c, ri, idx->shape, ico);
    KExpr *k = value_at(c, n->in[1], &ii);
    KExpr *v = declare(c, "v", ctype(n->dtype), zero_of(c, n->dtype));
    KExpr *o = ix_coord(c, ix, n->axis);
    KStmt *s = ks_if(A, cur(c), bin(c, KO_EQ, k, cast(c, KT_INT, o)));
    push_block(c, &s->body);
    ii = ix_of_coords(c, ri, idx->shape, ico);
    KExpr *g = value_at(c, n->in[0], &ii);
    if (n->dtype == DT_I32) ks_assign(A, cur(c), v->name, KO_EQ, cast(c, KT_INT, bin(c, KO_ADD, ke_int(A, KT_UINT, 0), cast(c, KT_UINT, g))));
    else ks_assign(A, cur(c), v->name, KO_ADD, g);
    pop_block(c);
    return v;
  }
  case OP_SCATTER_ADD: { /* src[i..., r...], idx[i...] -> zeros[V, r...] += rows */
    bool ints = n->dtype == DT_I32;
    KExpr *acc = ints ? declare(c, "acc", KT_UINT, ke_int(A, KT_UINT, 0)) : declare(c, "acc", KT_FLOAT, F(c, 0.0f));
    KExpr *row = ix_coord(c, ix, 0);
    /* the position within a row, flat over r... */
    Index rows = ix_new(c, r - 1, n->shape + 1, NULL);
    for (int i = 1; i < r; i++) rows.co[i - 1] = ix_coord(c, ix, i);
    rows.have_co = true;
    KExpr *within = bind(c, "col", ix_flat(c, &rows));
    Dim nidx = dim_const(1), R = dim_const(1);
    for (int i = 0; i < ri; i++) nidx = dim_mul(nidx, idx->shape[i]);
    for (int i = 1; i < r; i++) R = dim_mul(R, n->shape[i]);
    if (nidx.bad || R.bad) {
      cg_fail(c, "node %%%d (scatter_add): shape too complex for the kernel generator", id);
      return acc;
    }
    ks_comment(A, cur(c), "gather-style scatter_add: every index in order, deterministic");
    const char *jv = fresh(c, "j");
    KStmt *loop = ks_for(A, cur(c), c->idx, jv, ke_int(A, c->idx, 0), dim_expr(c, nidx, c->idx), NULL);
    push_block(c, &loop->body);
    KExpr *j = ke_var(A, c->idx, jv);
    Index ii = ix_of_flat(c, ri, idx->shape, j, NULL);
    KStmt *s = ks_if(A, cur(c), bin(c, KO_EQ, value_at(c, n->in[1], &ii), cast(c, KT_INT, row)));
    push_block(c, &s->body);
    Index si = ix_of_flat(c, x->rank, x->shape, bin(c, KO_ADD, bin(c, KO_MUL, j, dim_expr(c, R, c->idx)), within), NULL);
    KExpr *v = value_at(c, n->in[0], &si);
    ks_assign(A, cur(c), acc->name, KO_ADD, ints ? cast(c, KT_UINT, v) : v);
    pop_block(c);
    pop_block(c);
    return ints ? cast(c, KT_INT, acc) : acc;
  }
  default: UNREACHABLE();
  }
}

/* Number of uses of node id by nodes of the group. */
static int group_uses(const Cg *c, int32_t id) {
  int k = 0;
  for (int i = 0; i < c->ngroup; i++) {
    const IrNode *u = N(c, c->group[i]);
    for (int j = 0; j < u->nin; j++) k += u->in[j] == id;
  }
  return k;
}

/* In a row kernel, a group value of the reduced shape read at the row's own
 * coordinates: computed once per row, before the loops over the row. */
static KExpr *row_value(Cg *c, int32_t id, Index *ix) {
  if (c->row < 0 || !c->rix || !ir_same_squeezed(N(c, id), N(c, c->row))) return NULL;
  const Index *rix = c->lanes ? c->rixl[c->lane] : c->rix;
  for (int i = 0; i < c->nrowval; i++)
    if (c->rowval[i].node == id && c->rowval[i].lane == c->lane) {
      if (ix->flat && ix->flat == rix->flat) return c->rowval[i].val; /* the row's own flat index */
      if (!ir_same_shape(N(c, id), N(c, c->row))) return NULL; /* not provably this row: recomputed */
      for (int k = 0; k < ix->rank; k++) {
        if (dim_is(ix->shape[k], 1)) continue;
        KExpr *a = ix_coord(c, ix, k), *b = rix->co[k];
        /* another (or not provably the same) row: computed there, correct if slower */
        if (a != b && !(a->kind == KE_VAR && b->kind == KE_VAR && !strcmp(a->name, b->name))) return NULL;
      }
      return c->rowval[i].val;
    }
  return NULL;
}

static KExpr *value_at(Cg *c, int32_t id, Index *ix) {
  if (c->failed) return I(c, 0);
  if (c->pin_flat && c->pin_val && id == c->pin_node && ix->flat == c->pin_flat) return c->pin_val;
  if (!in_group(c, id)) return load(c, id, ix);
  KExpr *rv = row_value(c, id, ix);
  if (rv) return rv;
  for (int i = c->ncache - 1; i >= 0; i--) {
    CacheEntry *e = &c->cache[i];
    if (e->node == id && e->ix == ix->id && scope_open(c, e->scope)) return e->val;
  }
  const IrNode *n = N(c, id);
  KExpr *v;
  switch (op_class(n->op)) {
  case OC_LEAF: v = value_leaf(c, id, ix); break;
  case OC_UNARY: v = value_unary(c, id, ix); break;
  case OC_BINARY: v = value_binary(c, id, ix); break;
  case OC_TERNARY: {
    KExpr *k = value_at(c, n->in[0], ix);
    KExpr *a = value_at(c, n->in[1], ix), *b = value_at(c, n->in[2], ix);
    v = cond(c, bin(c, KO_NE, k, I(c, 0)), a, b);
    break;
  }
  case OC_REDUCE: v = value_reduce(c, id, ix); break;
  case OC_CONTRACT: v = value_matmul(c, id, ix); break;
  case OC_MOVE: v = value_move(c, id, ix); break;
  case OC_GATHER: v = value_index(c, id, ix); break;
  default: UNREACHABLE();
  }
  /* inside a group, an f16/bf16 value is rounded to its precision (as stored) */
  if (c->ngroup > 1 && (n->dtype == DT_F16 || n->dtype == DT_BF16) && group_uses(c, id) > 0) v = round_to(c, n->dtype, v);
  if (group_uses(c, id) > 1 && c->ncache < CG_MAX_CACHE) {
    v = bind(c, arena_printf(&c->A, "v%d", id), v);
    c->cache[c->ncache++] = (CacheEntry){id, ix->id, v, cur_scope(c)};
  }
  return v;
}

/* Appends the statements of a block built aside to the current block. */
static void splice(Cg *c, KBlock *scratch) {
  KBlock *to = cur(c);
  if (!scratch->head) return;
  if (to->tail) to->tail->next = scratch->head;
  else to->head = scratch->head;
  to->tail = scratch->tail;
}

static KExpr *vval(Cg *c, int32_t id, Index *ix, int lane);
static KExpr *vec_of(Cg *c, KExpr *e);

#include "matmul.inc"

static Dim numel_dim(const IrNode *n) {
  Dim p = dim_const(1);
  for (int i = 0; i < n->rank; i++) p = dim_mul(p, n->shape[i]);
  return p;
}

/* ---- helpers of the row, column and vector kernels ---------------------------------------- */

/* Remembers a per-row value (lane: a column kernel's lane, 0 for a row
 * kernel, -1 for a vector of lanes). False when the table is full. */
static bool row_keep(Cg *c, int32_t id, int lane, KExpr *val) {
  if (c->nrowval >= CG_MAX_ROWVAL) return false;
  c->rowval[c->nrowval].node = id;
  c->rowval[c->nrowval].lane = lane;
  c->rowval[c->nrowval].val = val;
  c->nrowval++;
  return true;
}

/* Opens a loop over each axis of `axes` of shape dom (outermost first, the
 * interpreter's order); co[k] is the loop variable there (0 on axes of
 * length 1), base[k] elsewhere. Returns how many loops to pop. */
static int open_axis_loops(Cg *c, const IrNode *dom, unsigned axes, KExpr *const *base, const char *prefix,
                           KExpr **co) {
  int opened = 0;
  for (int k = 0; k < dom->rank; k++) {
    co[k] = base[k];
    if (!(axes & (1u << k))) continue;
    if (dim_is(dom->shape[k], 1)) {
      co[k] = I(c, 0);
      continue;
    }
    KType t = coord_type(c, dom->shape[k]);
    const char *v = fresh(c, arena_printf(&c->A, "%s%d", prefix, k));
    KStmt *loop = ks_for(&c->A, cur(c), t, v, ke_int(&c->A, t, 0), dim_expr(c, dom->shape[k], t), NULL);
    push_block(c, &loop->body);
    opened++;
    co[k] = ke_var(&c->A, t, v);
  }
  return opened;
}

static KExpr *vec_cond(Cg *c, KExpr *k, KExpr *a, KExpr *b);

/* vacc = vacc op v for float16 lanes (a max or min takes a NaN and keeps it). */
static void vred_step(Cg *c, OpKind op, KExpr *vacc, KExpr *v) {
  if (op == OP_RSUM) {
    ks_assign(&c->A, cur(c), vacc->name, KO_ADD, v);
    return;
  }
  v = bind(c, "v", v);
  KExpr *better = bin(c, KO_OR, bin(c, op == OP_RMAX ? KO_GT : KO_LT, v, vacc), bin(c, KO_NE, v, v));
  ks_assign(&c->A, cur(c), vacc->name, KO_EQ, vec_cond(c, better, v, vacc));
}

/* ---- column kernels (CPU) ---------------------------------------------------------------- */

#define COL_LANES 16
#define VCOL_FUSE 8 /* reductions per walk over the rows in a vector column kernel */

/* A row kernel whose rows are not contiguous (sums over the leading axes, such
 * as bias gradients over B*T rows) that stores only reduced-shape values: on
 * a CPU, one work item per row would walk memory with a stride. Instead each
 * work item takes COL_LANES neighbouring rows (neighbouring columns in memory)
 * and walks the reduced axes once, updating one accumulator per lane: the
 * lanes' loads are adjacent, which the compiler turns into vector loads, and
 * each accumulator still adds in the interpreter's order. */
static bool column_kernel_ok(const Cg *c, const IdVec *outs) {
  if (!c->cpu || c->dialect != DIALECT_OPENCL) return false;
  const IrNode *r = N(c, c->row), *dom = N(c, r->in[0]);
  bool reduced = false, column = false;
  for (int k = 0; k < dom->rank; k++) {
    if (dim_is(dom->shape[k], 1)) continue;
    if (r->axes & (1u << k)) reduced = true;
    else if (reduced) column = true;
  }
  if (!column) return false;
  for (int j = 0; j < outs->n; j++)
    if (!ir_same_squeezed(N(c, outs->v[j]), r)) return false;
  for (int j = 0; j < c->ngroup; j++)
    if (N(c, c->group[j])->op == OP_ARGMAX) return false;
  Dim blocks;
  return !numel_dim(r).bad && tile_count(c, numel_dim(r), COL_LANES, &blocks);
}

static bool vcol_body(Cg *c, const IdVec *outs, KExpr *base);

static void column_kernel(Cg *c, const IdVec *outs) {
  const IrNode *r = N(c, c->row), *dom = N(c, r->in[0]);
  Arena *A = &c->A;
  KType t = c->idx;
  tile_count(c, numel_dim(r), COL_LANES, &c->col_items);
  c->column = true;
  KExpr *count = dim_expr(c, dim_const(1), t);
  for (int k = 0; k < r->rank; k++) count = bin(c, KO_MUL, count, dim_factor(c, r->shape[k]));
  count = bind(c, "rows", count);
  KExpr *nb = bind(c, "blocks", bin(c, KO_DIV, bin(c, KO_ADD, count, ke_int(A, t, COL_LANES - 1)), ke_int(A, t, COL_LANES)));
  KExpr *step = bind(c, "items", dim_expr(c, c->col_items, t));
  const char *bv = fresh(c, "blk");
  KStmt *loop = ks_for(A, cur(c), t, bv, ke_builtin(A, t, KB_GLOBAL_ID), nb, step);
  push_block(c, &loop->body);
  KExpr *blk = ke_var(A, t, bv);
  KExpr *row[COL_LANES];
  Index *rix = arena_alloc(A, sizeof(Index) * COL_LANES);
  /* With at least COL_LANES rows known, the last block is moved back to end
   * at the last row (recomputing, bit for bit, a few rows of its neighbour),
   * so the lanes are base + l, provably adjacent; otherwise the lanes past
   * the end repeat the last row and are not stored. */
  int64_t known = -1;
  Dim cd = numel_dim(r);
  if (!dim_is_const(cd, &known) && c->sym_val) known = ir_dim_eval(cd, c->sym_val);
  bool shifted = known >= COL_LANES;
  KExpr *base = bin(c, KO_MUL, blk, ke_int(A, t, COL_LANES));
  if (shifted) {
    KExpr *last = ke_int(A, t, known - COL_LANES);
    base = bind(c, "base", cond(c, bin(c, KO_GT, base, last), last, base));
  } else {
    base = bind(c, "base", base);
  }
  if (shifted) { /* the lanes in one float16 vector, when every node allows it */
    KBlock scratch = {0};
    int ncache = c->ncache, nrowval = c->nrowval;
    push_block(c, &scratch);
    bool ok = vcol_body(c, outs, base);
    c->vcol = NULL;
    pop_block(c);
    if (ok && !c->vfail && !c->failed) {
      splice(c, &scratch);
      c->vector_rows = true;
      pop_block(c);
      return;
    }
    c->vfail = false;
    c->ncache = ncache;
    c->nrowval = nrowval;
  }
  for (int l = 0; l < COL_LANES; l++) {
    row[l] = bind(c, arena_printf(A, "q%d", l), bin(c, KO_ADD, base, ke_int(A, t, l)));
    KExpr *clamped = shifted ? row[l]
                             : bind(c, arena_printf(A, "w%d", l), cond(c, bin(c, KO_LT, row[l], count), row[l],
                                                                        bin(c, KO_SUB, count, ke_int(A, t, 1))));
    rix[l] = ix_of_flat(c, r->rank, r->shape, clamped, arena_printf(A, "o%d_", l));
    for (int k = 0; k < r->rank; k++) ix_coord(c, &rix[l], k);
    c->rixl[l] = &rix[l];
  }
  c->rix = &rix[0];
  c->lanes = COL_LANES;
  bool *dep = arena_alloc(A, sizeof(bool) * (size_t)c->ngroup);
  for (int j = 0; j < c->ngroup && !c->failed; j++) {
    int32_t id = c->group[j];
    const IrNode *x = N(c, id);
    dep[j] = op_class(x->op) == OC_REDUCE;
    for (int q = 0; q < j; q++)
      for (int k = 0; k < x->nin; k++) dep[j] |= dep[q] && x->in[k] == c->group[q];
    if (!dep[j] || !ir_same_squeezed(x, r)) continue;
    if (c->nrowval + COL_LANES > CG_MAX_ROWVAL) {
      cg_fail(c, "cg_kernel: too many per-row values in the column kernel of %%%d", c->row);
      break;
    }
    KExpr *val[COL_LANES];
    if (op_class(x->op) == OC_REDUCE) {
      bool ints = N(c, x->in[0])->dtype == DT_I32;
      KExpr *acc[COL_LANES];
      for (int l = 0; l < COL_LANES; l++) acc[l] = red_init(c, x->op, ints, arena_printf(A, "acc%d", l));
      KExpr *co[IR_MAX_RANK], *none[IR_MAX_RANK] = {0};
      int opened = open_axis_loops(c, dom, x->axes, none, "r", co);
      int saved = c->ncache;
      for (int l = 0; l < COL_LANES; l++) {
        c->lane = l;
        KExpr *lco[IR_MAX_RANK];
        for (int k = 0; k < dom->rank; k++) lco[k] = co[k] ? co[k] : rix[l].co[k];
        Index xi = ix_of_coords(c, dom->rank, dom->shape, lco);
        red_step(c, x->op, ints, acc[l], value_at(c, x->in[0], &xi));
      }
      c->ncache = saved;
      while (opened--) pop_block(c);
      for (int l = 0; l < COL_LANES; l++) val[l] = ints && x->op == OP_RSUM ? bind(c, "s", cast(c, KT_INT, acc[l])) : acc[l];
    } else {
      for (int l = 0; l < COL_LANES; l++) {
        c->lane = l;
        Index mi = ix_of_flat(c, x->rank, x->shape, rix[l].flat, NULL);
        KExpr *v = value_at(c, id, ir_same_shape(x, r) ? &rix[l] : &mi);
        val[l] = ke_is_simple(v) && v->kind == KE_VAR ? v : bind(c, arena_printf(A, "r%d_", id), v);
      }
    }
    for (int l = 0; l < COL_LANES; l++) {
      row_keep(c, id, l, val[l]);
    }
  }
  for (int j = 0; j < outs->n; j++) {
    int32_t id = outs->v[j];
    for (int l = 0; l < COL_LANES; l++) {
      c->lane = l;
      Index mi = ix_of_flat(c, N(c, id)->rank, N(c, id)->shape, rix[l].flat, NULL);
      KExpr *v = value_at(c, id, ir_same_shape(N(c, id), r) ? &rix[l] : &mi);
      KBlock *at = cur(c);
      if (!shifted) at = &ks_if(A, cur(c), bin(c, KO_LT, row[l], count))->body;
      ks_store(A, at, buffer_of(c, id, KP_BUFFER_OUT), row[l], to_storage(c, N(c, id)->dtype, v));
    }
  }
  c->lane = 0;
  c->lanes = 0;
  pop_block(c);
}

/* ---- vectorised rows (CPU) ------------------------------------------------------------- */

/* On a CPU, a row kernel whose row is one contiguous axis of known length
 * (at least KV_WIDTH) walks it KV_WIDTH elements at a time in float16
 * vectors: loads of the row are vload16, transcendentals take vectors (an
 * OpenCL CPU compiler vectorises those, not a scalar loop inside a work
 * item), each reduction keeps KV_WIDTH partial results that are combined at
 * the end (so sums are not added in the interpreter's order: they agree to
 * rounding), and the tail of the row runs the scalar code. Any node the
 * vector path does not handle makes the whole kernel use the scalar path. */

/* An i32 node of the group that is a small exact integer: coordinates,
 * constants, 0/1 comparison results, moved around. */
static bool small_int(const Cg *c, int32_t id) {
  const IrNode *n = N(c, id);
  if (!in_group(c, id)) return false;
  switch (n->op) {
  case OP_IOTA: case OP_SYMDIM: return true;
  case OP_CONST: return n->f > -16777216.0 && n->f < 16777216.0;
  case OP_EQ: case OP_NE: case OP_LT: case OP_LE: case OP_GT: case OP_GE: return true;
  case OP_EXPAND: case OP_RESHAPE: case OP_PERMUTE: case OP_SLICE: return small_int(c, n->in[0]);
  default: return false;
  }
}

static KExpr *vec_of(Cg *c, KExpr *e) { return e->type == KT_VEC16 ? e : cast(c, KT_VEC16, e); }

static KExpr *vec_cond(Cg *c, KExpr *k, KExpr *a, KExpr *b) {
  KExpr *e = ke_cond(&c->A, k, vec_of(c, a), vec_of(c, b));
  e->type = KT_VEC16;
  return e;
}

/* The value of node id at ix, whose axis `lane` (-1: none) holds lane 0 of
 * KV_WIDTH consecutive coordinates: a float16 when it varies with the lane,
 * else the scalar value_at gives. Sets c->vfail on what it cannot do. */
static KExpr *vval(Cg *c, int32_t id, Index *ix, int lane) {
  if (c->vfail || c->failed) return F(c, 0.0f);
  if (c->pin_vec && id == c->pin_node && lane >= 0 && ix->flat && ix->flat == c->pin_flat) return c->pin_vec;
  if (lane < 0) return value_at(c, id, ix);
  const IrNode *n = N(c, id);
  Arena *A = &c->A;
  if (!in_group(c, id)) {
    if (n->dtype != DT_F32) goto gather;
    int p = buffer_of(c, id, KP_BUFFER_IN);
    if (lane == n->rank - 1) return ke_load(A, KT_VEC16, p, ix_flat(c, ix));
    KExpr *el[KV_WIDTH];
    for (int l = 0; l < KV_WIDTH; l++) {
      KExpr *co[IR_MAX_RANK];
      for (int k = 0; k < n->rank; k++) co[k] = ix_coord(c, ix, k);
      co[lane] = bin(c, KO_ADD, co[lane], I(c, l));
      Index li = ix_of_coords(c, n->rank, n->shape, co);
      el[l] = ke_load(A, KT_FLOAT, p, ix_flat(c, &li));
    }
    return bind(c, "g", ke_vec(A, el));
  }
  for (int i = c->ncache - 1; i >= 0; i--) {
    CacheEntry *e = &c->cache[i];
    if (e->node == id && e->ix == ix->id && scope_open(c, e->scope)) return e->val;
  }
  if (c->vcol && ir_same_squeezed(n, N(c, c->row))) /* a column kernel's own vector of columns */
    for (int q = 0; q < c->nrowval; q++)
      if (c->rowval[q].node == id && c->rowval[q].lane == -1) {
        if (ix->flat && ix->flat == c->vcol->flat) return c->rowval[q].val;
        bool same = ir_same_shape(n, N(c, c->row));
        for (int k = 0; k < ix->rank && same; k++) {
          if (dim_is(ix->shape[k], 1)) continue;
          KExpr *a = ix_coord(c, ix, k), *b = c->vcol->co[k];
          same = a == b || (a->kind == KE_VAR && b->kind == KE_VAR && !strcmp(a->name, b->name));
        }
        if (!same) goto fail;
        return c->rowval[q].val;
      }
  KExpr *v = NULL;
  bool ints = n->dtype == DT_I32;
  switch (op_class(n->op)) {
  case OC_LEAF:
    if (n->op == OP_CONST) return value_leaf(c, id, ix);
    if (n->op == OP_IOTA) {
      KExpr *base = cast(c, KT_FLOAT, ix_coord(c, ix, n->axis));
      if (n->axis != lane) return base;
      KExpr *el[KV_WIDTH];
      for (int l = 0; l < KV_WIDTH; l++) el[l] = F(c, (float)l);
      v = bin(c, KO_ADD, cast(c, KT_VEC16, base), ke_vec(A, el));
      break;
    }
    goto gather;
  case OC_UNARY: {
    if (N(c, n->in[0])->dtype == DT_F16 || N(c, n->in[0])->dtype == DT_BF16 || n->dtype == DT_F16 || n->dtype == DT_BF16)
      goto gather;
    KExpr *a = vval(c, n->in[0], ix, lane);
    if (a->type != KT_VEC16) return value_at(c, id, ix);
    if (n->op == OP_CAST) {
      if (ints) goto gather; /* to i32: not in vectors */
      v = a;                 /* f32 from f32, or from an i32 kept as exact small floats */
      break;
    }
    if (ints || !(v = float_unary(c, n->op, a))) goto gather;
    break;
  }
  case OC_BINARY: {
    KExpr *a = vval(c, n->in[0], ix, lane), *b = vval(c, n->in[1], ix, lane);
    if (a->type != KT_VEC16 && b->type != KT_VEC16) return value_at(c, id, ix);
    KOp cmp = KO_EQ;
    if (compare_op(n->op, &cmp)) goto compare;
    if (ints) goto gather;
    switch (n->op) {
    case OP_ADD: v = bin(c, KO_ADD, a, b); break;
    case OP_SUB: v = bin(c, KO_SUB, a, b); break;
    case OP_MUL: v = bin(c, KO_MUL, a, b); break;
    case OP_DIV: v = bin(c, KO_DIV, a, b); break;
    case OP_POW: v = ke_call(A, KF_POW, vec_of(c, a), vec_of(c, b), NULL); break;
    default: goto gather;
    }
    break;
  compare:
    /* i32 operands here are small exact integers (coordinates, iota, 0/1
     * masks) kept as floats; a loaded i32 (which could exceed 2^24) is not */
    if (N(c, n->in[0])->dtype == DT_I32 && (!small_int(c, n->in[0]) || !small_int(c, n->in[1]))) goto gather;
    v = vec_cond(c, bin(c, cmp, vec_of(c, a), vec_of(c, b)), F(c, 1.0f), F(c, 0.0f));
    break;
  }
  case OC_TERNARY: {
    KExpr *k = vval(c, n->in[0], ix, lane), *a = vval(c, n->in[1], ix, lane), *b = vval(c, n->in[2], ix, lane);
    if (ints) goto gather;
    if (k->type != KT_VEC16 && a->type != KT_VEC16 && b->type != KT_VEC16) return value_at(c, id, ix);
    v = vec_cond(c, bin(c, KO_NE, vec_of(c, k), cast(c, KT_VEC16, F(c, 0.0f))), a, b);
    break;
  }
  case OC_GATHER: {
    if (n->op == OP_SCATTER_ADD && n->dtype == DT_F32 && lane == n->rank - 1 && lane >= 1) {
      /* the lanes are neighbours within one table row: each index adds a vector of src */
      const IrNode *x = N(c, n->in[0]), *idx = N(c, n->in[1]);
      int r = n->rank, ri = idx->rank;
      Dim nidx = dim_const(1), R = dim_const(1);
      for (int i = 0; i < ri; i++) nidx = dim_mul(nidx, idx->shape[i]);
      for (int i = 1; i < r; i++) R = dim_mul(R, n->shape[i]);
      if (nidx.bad || R.bad) goto gather;
      KExpr *row = ix_coord(c, ix, 0);
      Index rows = ix_new(c, r - 1, n->shape + 1, NULL);
      for (int i = 1; i < r; i++) rows.co[i - 1] = ix_coord(c, ix, i);
      rows.have_co = true;
      KExpr *within = bind(c, "col", ix_flat(c, &rows));
      KExpr *acc = declare(c, "sacc", KT_VEC16, cast(c, KT_VEC16, F(c, 0.0f)));
      const char *jv = fresh(c, "j");
      KStmt *loop = ks_for(A, cur(c), c->idx, jv, ke_int(A, c->idx, 0), dim_expr(c, nidx, c->idx), NULL);
      push_block(c, &loop->body);
      KExpr *j = ke_var(A, c->idx, jv);
      Index ii = ix_of_flat(c, ri, idx->shape, j, NULL);
      KStmt *st = ks_if(A, cur(c), bin(c, KO_EQ, value_at(c, n->in[1], &ii), cast(c, KT_INT, row)));
      push_block(c, &st->body);
      Index si = ix_of_flat(c, x->rank, x->shape, bin(c, KO_ADD, bin(c, KO_MUL, j, dim_expr(c, R, c->idx)), within), NULL);
      ks_assign(A, cur(c), acc->name, KO_ADD, vec_of(c, vval(c, n->in[0], &si, x->rank - 1)));
      pop_block(c);
      pop_block(c);
      v = acc;
      break;
    }
    if (n->op != OP_GATHER || n->dtype != DT_F32) goto gather;
    const IrNode *x = N(c, n->in[0]), *idx = N(c, n->in[1]);
    int ri = idx->rank;
    if (lane < ri) goto gather; /* the lanes pick different rows */
    KExpr *ico[IR_MAX_RANK], *co[IR_MAX_RANK];
    for (int i = 0; i < ri; i++) ico[i] = ix_coord(c, ix, i);
    Index ii = ix_of_coords(c, ri, idx->shape, ico);
    KExpr *row = bind(c, "row", value_at(c, n->in[1], &ii));
    co[0] = row;
    for (int i = 1; i < x->rank; i++) co[i] = ix_coord(c, ix, ri + i - 1);
    KExpr *gv = declare(c, "gv", KT_VEC16, cast(c, KT_VEC16, F(c, 0.0f)));
    KStmt *st = ks_if(A, cur(c), in_range(c, row, x->shape[0]));
    push_block(c, &st->body);
    Index xi = ix_of_coords(c, x->rank, x->shape, co);
    ks_assign(A, cur(c), gv->name, KO_EQ, vec_of(c, vval(c, n->in[0], &xi, lane - ri + 1)));
    pop_block(c);
    v = gv;
    break;
  }
  case OC_MOVE: {
    const IrNode *x = N(c, n->in[0]);
    KExpr *co[IR_MAX_RANK];
    int xl = -1;
    switch (n->op) {
    case OP_EXPAND:
      for (int i = 0; i < n->rank; i++) co[i] = dim_is(x->shape[i], 1) ? I(c, 0) : ix_coord(c, ix, i);
      xl = dim_is(x->shape[lane], 1) ? -1 : lane;
      break;
    case OP_PERMUTE:
      for (int i = 0; i < n->rank; i++) co[n->perm[i]] = ix_coord(c, ix, i);
      xl = n->perm[lane];
      break;
    case OP_SLICE:
      if (n->slice->step[lane] != 1) goto gather;
      for (int i = 0; i < n->rank; i++) {
        KExpr *o = ix_coord(c, ix, i);
        KType t = coord_type(c, x->shape[i]);
        co[i] = bin(c, KO_ADD, bin(c, KO_MUL, cast(c, t, o), lit(c, n->slice->step[i])), dim_expr(c, n->slice->start[i], t));
      }
      xl = lane;
      break;
    case OP_RESHAPE: {
      /* lanes stay within one row of the input when both last axes are
       * multiples of KV_WIDTH (lane 0 is then aligned to KV_WIDTH) */
      int64_t lo, li;
      bool lo_k = dim_is_const(n->shape[n->rank - 1], &lo) || (c->sym_val && (lo = ir_dim_eval(n->shape[n->rank - 1], c->sym_val), true));
      bool li_k = x->rank > 0 && (dim_is_const(x->shape[x->rank - 1], &li) || (c->sym_val && (li = ir_dim_eval(x->shape[x->rank - 1], c->sym_val), true)));
      bool same_last = x->rank > 0 && dim_eq(n->shape[n->rank - 1], x->shape[x->rank - 1]); /* leading axes only */
      if (lane != n->rank - 1 || (!same_last && (!lo_k || !li_k || lo % KV_WIDTH || li % KV_WIDTH))) goto gather;
      Index xi = ix_of_flat(c, x->rank, x->shape, ix_flat(c, ix), NULL);
      v = vval(c, n->in[0], &xi, x->rank - 1);
      goto done;
    }
    default: goto gather;
    }
    Index xi = ix_of_coords(c, x->rank, x->shape, co);
    v = vval(c, n->in[0], &xi, xl);
    goto done;
  }
  default: goto gather;
  }
done:
  if (c->vfail) return F(c, 0.0f);
  if (v->type == KT_VEC16 && group_uses(c, id) > 1 && c->ncache < CG_MAX_CACHE) {
    v = bind(c, arena_printf(A, "w%d", id), v);
    c->cache[c->ncache++] = (CacheEntry){id, ix->id, v, cur_scope(c)};
  }
  return v;
gather:
  /* the lanes one by one through the scalar path, packed into a vector */
  if (n->dtype == DT_I32 && !small_int(c, id)) goto fail;
  if (n->dtype == DT_F16 || n->dtype == DT_BF16) goto fail;
  {
    KExpr *el[KV_WIDTH];
    for (int l = 0; l < KV_WIDTH; l++) {
      KExpr *co[IR_MAX_RANK];
      for (int k = 0; k < n->rank; k++) co[k] = ix_coord(c, ix, k);
      co[lane] = bin(c, KO_ADD, co[lane], I(c, l));
      Index li = ix_of_coords(c, n->rank, n->shape, co);
      KExpr *e = value_at(c, id, &li);
      el[l] = e->type == KT_FLOAT ? e : cast(c, KT_FLOAT, e);
    }
    return bind(c, "g", ke_vec(A, el));
  }
fail:
  c->vfail = true;
  return F(c, 0.0f);
}

/* ---- shared by the row kernels ------------------------------------------------------------ */

/* c->rix: the index of row i over the seed reduction's (reduced) shape, its
 * coordinates declared. */
static Index *row_index(Cg *c, KExpr *i) {
  const IrNode *r = N(c, c->row);
  Index *rix = arena_alloc(&c->A, sizeof *rix);
  *rix = ix_of_flat(c, r->rank, r->shape, i, "o");
  for (int k = 0; k < r->rank; k++) ix_coord(c, rix, k);
  return c->rix = rix;
}

/* Which group values depend on a reduction of the row (the reductions too). */
static bool *row_deps(Cg *c) {
  bool *dep = arena_alloc(&c->A, sizeof(bool) * (size_t)c->ngroup);
  for (int j = 0; j < c->ngroup; j++) {
    const IrNode *x = N(c, c->group[j]);
    dep[j] = op_class(x->op) == OC_REDUCE;
    for (int q = 0; q < j; q++)
      for (int k = 0; k < x->nin; k++) dep[j] |= dep[q] && x->in[k] == c->group[q];
  }
  return dep;
}

/* The value of reduced-shape node id at row i. */
static KExpr *row_at(Cg *c, int32_t id, KExpr *i) {
  const IrNode *x = N(c, id);
  Index mi = ix_of_flat(c, x->rank, x->shape, i, NULL);
  return value_at(c, id, ir_same_shape(x, N(c, c->row)) ? c->rix : &mi);
}

/* Computes the non-reduction per-row value id once, as a variable, and keeps it. */
static void row_keep_value(Cg *c, int32_t id, KExpr *i) {
  KExpr *v = row_at(c, id, i);
  if (!ke_is_simple(v) || v->kind != KE_VAR) v = bind(c, arena_printf(&c->A, "r%d", id), v);
  row_keep(c, id, 0, v);
}

/* Stores the outputs of the reduced shape at row i. */
static void store_row_outs(Cg *c, const IdVec *outs, KExpr *i) {
  for (int j = 0; j < outs->n; j++) {
    int32_t id = outs->v[j];
    if (!ir_same_squeezed(N(c, id), N(c, c->row))) continue;
    ks_store(&c->A, cur(c), buffer_of(c, id, KP_BUFFER_OUT), i, to_storage(c, N(c, id)->dtype, row_at(c, id, i)));
  }
}

/* Whether some output has the full (domain) shape. */
static bool row_full_outs(const Cg *c, const IdVec *outs) {
  for (int j = 0; j < outs->n; j++)
    if (!ir_same_squeezed(N(c, outs->v[j]), N(c, c->row))) return true;
  return false;
}

/* Stores the outputs of the full shape at index fix of the domain. */
static void store_full_outs(Cg *c, const IdVec *outs, Index *fix) {
  const IrNode *r = N(c, c->row);
  KExpr *at = bind(c, "at", ix_flat(c, fix));
  int nfull = 0;
  for (int j = 0; j < outs->n; j++) nfull += !ir_same_squeezed(N(c, outs->v[j]), r);
  for (int j = 0; j < outs->n; j++) {
    int32_t id = outs->v[j];
    if (ir_same_squeezed(N(c, id), r)) continue;
    KExpr *v = value_at(c, id, fix);
    if (nfull > 1) v = bind(c, arena_printf(&c->A, "v%d", id), v);
    ks_store(&c->A, cur(c), buffer_of(c, id, KP_BUFFER_OUT), at, to_storage(c, N(c, id)->dtype, v));
  }
}

/* The row's length along its one contiguous reduced axis, when known. */
static bool vrow_axis(const Cg *c, int *axis, int64_t *len) {
  if (!c->cpu || c->dialect != DIALECT_OPENCL) return false;
  const IrNode *r = N(c, c->row), *dom = N(c, r->in[0]);
  int ax = -1, last = -1;
  for (int k = 0; k < dom->rank; k++) {
    if (dim_is(dom->shape[k], 1)) continue;
    last = k;
    if (r->axes & (1u << k)) {
      if (ax >= 0) return false;
      ax = k;
    }
  }
  if (ax < 0 || ax != last) return false;
  int64_t L;
  if (!dim_is_const(dom->shape[ax], &L)) {
    if (!c->sym_val) return false;
    L = ir_dim_eval(dom->shape[ax], c->sym_val);
  }
  if (L < KV_WIDTH) return false;
  *axis = ax;
  *len = L;
  return true;
}

/* The row kernel's body in vectors, into the current block; false (and
 * nothing kept) when some node cannot be vectorised. */
static bool vrow_body(Cg *c, const IdVec *outs, KExpr *i, const bool *dep) {
  const IrNode *r = N(c, c->row), *dom = N(c, r->in[0]);
  Arena *A = &c->A;
  int ax;
  int64_t L;
  if (!vrow_axis(c, &ax, &L)) return false;
  int64_t L16 = L / KV_WIDTH * KV_WIDTH;
  KType at = coord_type(c, dom->shape[ax]);
  Index *rix = c->rix;
  for (int j = 0; j < c->ngroup && !c->vfail && !c->failed; j++) {
    int32_t id = c->group[j];
    const IrNode *x = N(c, id);
    if (!dep[j] || !ir_same_squeezed(x, r)) continue;
    if (c->nrowval >= CG_MAX_ROWVAL) return false;
    KExpr *val;
    if (op_class(x->op) == OC_REDUCE) {
      bool ints = N(c, x->in[0])->dtype == DT_I32;
      if (ints || x->op == OP_ARGMAX || N(c, x->in[0])->dtype != DT_F32) return false;
      float init = x->op == OP_RSUM ? 0.0f : x->op == OP_RMAX ? -__builtin_inff() : __builtin_inff();
      KExpr *vacc = declare(c, "vacc", KT_VEC16, cast(c, KT_VEC16, F(c, init)));
      const char *av = fresh(c, "a");
      KStmt *loop = ks_for(A, cur(c), at, av, ke_int(A, at, 0), ke_int(A, at, L16), ke_int(A, at, KV_WIDTH));
      push_block(c, &loop->body);
      int saved = c->ncache;
      KExpr *co[IR_MAX_RANK];
      for (int k = 0; k < dom->rank; k++) co[k] = (x->axes & (1u << k)) ? (k == ax ? ke_var(A, at, av) : I(c, 0)) : rix->co[k];
      Index vix = ix_of_coords(c, dom->rank, dom->shape, co);
      KExpr *v = vec_of(c, vval(c, x->in[0], &vix, ax));
      vred_step(c, x->op, vacc, v);
      c->ncache = saved;
      pop_block(c);
      if (c->vfail) return false;
      /* the lanes in order, then the tail of the row */
      KExpr *acc = red_init(c, x->op, false, "acc");
      for (int l = 0; l < KV_WIDTH; l++) red_step(c, x->op, false, acc, ke_lane(A, vacc, l));
      if (L16 < L) {
        const char *tv = fresh(c, "a");
        KStmt *tl = ks_for(A, cur(c), at, tv, ke_int(A, at, L16), ke_int(A, at, L), NULL);
        push_block(c, &tl->body);
        saved = c->ncache;
        for (int k = 0; k < dom->rank; k++) co[k] = (x->axes & (1u << k)) ? (k == ax ? ke_var(A, at, tv) : I(c, 0)) : rix->co[k];
        Index tix = ix_of_coords(c, dom->rank, dom->shape, co);
        red_step(c, x->op, false, acc, value_at(c, x->in[0], &tix));
        c->ncache = saved;
        pop_block(c);
      }
      val = acc;
    } else {
      row_keep_value(c, id, i);
      continue;
    }
    row_keep(c, id, 0, val);
  }
  if (c->vfail || c->failed) return false;
  store_row_outs(c, outs, i);
  bool full = false;
  for (int j = 0; j < outs->n; j++) {
    const IrNode *o = N(c, outs->v[j]);
    if (ir_same_squeezed(o, r)) continue;
    full = true;
    if (o->dtype != DT_F32) return false;
  }
  if (!full) return true;
  for (int pass = 0; pass < 2; pass++) { /* vectors, then the tail */
    if (pass == 1 && L16 == L) break;
    const char *av = fresh(c, "a");
    KStmt *loop = ks_for(A, cur(c), at, av, ke_int(A, at, pass ? L16 : 0), ke_int(A, at, pass ? L : L16),
                         pass ? NULL : ke_int(A, at, KV_WIDTH));
    push_block(c, &loop->body);
    int saved = c->ncache;
    KExpr *co[IR_MAX_RANK];
    for (int k = 0; k < dom->rank; k++) co[k] = (r->axes & (1u << k)) ? (k == ax ? ke_var(A, at, av) : I(c, 0)) : rix->co[k];
    Index fix = ix_of_coords(c, dom->rank, dom->shape, co);
    KExpr *flat = bind(c, "at", ix_flat(c, &fix));
    for (int j = 0; j < outs->n; j++) {
      int32_t id = outs->v[j];
      if (ir_same_squeezed(N(c, id), r)) continue;
      KExpr *v = pass ? value_at(c, id, &fix) : vec_of(c, vval(c, id, &fix, ax));
      ks_store(A, cur(c), buffer_of(c, id, KP_BUFFER_OUT), flat, v);
    }
    c->ncache = saved;
    pop_block(c);
    if (c->vfail) return false;
  }
  return true;
}

/* A column kernel's body in vectors: the work item's KV_WIDTH neighbouring
 * columns are the lanes of float16 accumulators (each lane adds its column in
 * the interpreter's order), stored with vstore16. Only for kernels that store
 * reductions of floats and nothing else of the reduced shape. */
static bool vcol_body(Cg *c, const IdVec *outs, KExpr *base) {
  const IrNode *r = N(c, c->row), *dom = N(c, r->in[0]);
  Arena *A = &c->A;
  int ax = -1;
  for (int k = 0; k < dom->rank; k++)
    if (!dim_is(dom->shape[k], 1)) ax = k;
  if (ax < 0 || (r->axes & (1u << ax))) return false;
  for (int j = 0; j < outs->n; j++)
    if (N(c, outs->v[j])->dtype != DT_F32) return false;
  for (int j = 0; j < c->ngroup; j++) {
    const IrNode *x = N(c, c->group[j]);
    if (op_class(x->op) == OC_REDUCE && (x->op == OP_ARGMAX || N(c, x->in[0])->dtype != DT_F32)) return false;
  }
  Index *rix = arena_alloc(A, sizeof *rix);
  *rix = ix_of_flat(c, r->rank, r->shape, base, "o");
  for (int k = 0; k < r->rank; k++) ix_coord(c, rix, k);
  c->vcol = rix;
  /* Reductions that read no other reduction of the group share one walk
   * over the rows, VCOL_FUSE at a time (their accumulators stay in
   * registers); each accumulator still adds its column in order. */
  bool *done = arena_alloc(A, sizeof(bool) * (size_t)c->ngroup);
  bool *dep = arena_alloc(A, sizeof(bool) * (size_t)c->ngroup);
  for (int j = 0; j < c->ngroup; j++) {
    const IrNode *x = N(c, c->group[j]);
    done[j] = false;
    dep[j] = false;
    for (int q = 0; q < j; q++)
      for (int k = 0; k < x->nin; k++)
        dep[j] |= (dep[q] || op_class(N(c, c->group[q])->op) == OC_REDUCE) && x->in[k] == c->group[q];
  }
  for (int j0 = 0; j0 < c->ngroup && !c->vfail && !c->failed;) {
    int pick[VCOL_FUSE], np = 0, j = j0;
    for (; j < c->ngroup && np < VCOL_FUSE; j++) {
      const IrNode *x = N(c, c->group[j]);
      if (op_class(x->op) == OC_REDUCE && !dep[j]) pick[np++] = j;
    }
    j0 = j;
    if (np == 0) break;
    if (c->nrowval + np > CG_MAX_ROWVAL) return false;
    KExpr *vacc[VCOL_FUSE];
    for (int q = 0; q < np; q++) {
      const IrNode *x = N(c, c->group[pick[q]]);
      float init = x->op == OP_RSUM ? 0.0f : x->op == OP_RMAX ? -__builtin_inff() : __builtin_inff();
      vacc[q] = declare(c, "vacc", KT_VEC16, cast(c, KT_VEC16, F(c, init)));
    }
    KExpr *co[IR_MAX_RANK];
    int opened = open_axis_loops(c, dom, r->axes, rix->co, "r", co);
    int saved = c->ncache;
    Index vix = ix_of_coords(c, dom->rank, dom->shape, co);
    for (int q = 0; q < np; q++) {
      const IrNode *x = N(c, c->group[pick[q]]);
      KExpr *v = vec_of(c, vval(c, x->in[0], &vix, ax));
      vred_step(c, x->op, vacc[q], v);
    }
    c->ncache = saved;
    while (opened--) pop_block(c);
    for (int q = 0; q < np; q++) {
      row_keep(c, c->group[pick[q]], -1, vacc[q]);
      done[pick[q]] = true;
    }
  }
  for (int j = 0; j < c->ngroup && !c->vfail && !c->failed; j++) {
    int32_t id = c->group[j];
    const IrNode *x = N(c, id);
    if (done[j]) continue;
    if (c->nrowval >= CG_MAX_ROWVAL) return false;
    if (op_class(x->op) != OC_REDUCE) {
      /* a value of the reduced shape (from the columns' reductions): a vector too */
      if (op_class(x->op) == OC_LEAF || !ir_same_squeezed(x, r)) continue;
      int last = -1;
      for (int k = 0; k < x->rank; k++)
        if (!dim_is(x->shape[k], 1)) last = k;
      if (last < 0) return false;
      Index mi = ix_of_flat(c, x->rank, x->shape, base, NULL);
      KExpr *v = vec_of(c, vval(c, id, ir_same_shape(x, r) ? rix : &mi, last));
      v = bind(c, arena_printf(A, "r%d", id), v);
      row_keep(c, id, -1, v);
      continue;
    }
    float init = x->op == OP_RSUM ? 0.0f : x->op == OP_RMAX ? -__builtin_inff() : __builtin_inff();
    KExpr *vacc = declare(c, "vacc", KT_VEC16, cast(c, KT_VEC16, F(c, init)));
    KExpr *co[IR_MAX_RANK];
    int opened = open_axis_loops(c, dom, x->axes, rix->co, "r", co);
    int saved = c->ncache;
    Index vix = ix_of_coords(c, dom->rank, dom->shape, co);
    KExpr *v = vec_of(c, vval(c, x->in[0], &vix, ax));
    vred_step(c, x->op, vacc, v);
    c->ncache = saved;
    while (opened--) pop_block(c);
    row_keep(c, id, -1, vacc); /* a vector: not for the scalar lookups */
  }
  if (c->vfail || c->failed) return false;
  for (int j = 0; j < outs->n; j++) {
    KExpr *v = NULL;
    for (int q = 0; q < c->nrowval; q++)
      if (c->rowval[q].node == outs->v[j] && c->rowval[q].lane == -1) v = c->rowval[q].val;
    if (!v) {
      const IrNode *o = N(c, outs->v[j]);
      int last = -1;
      for (int k = 0; k < o->rank; k++)
        if (!dim_is(o->shape[k], 1)) last = k;
      if (last < 0) return false;
      Index mi = ix_of_flat(c, o->rank, o->shape, base, NULL);
      v = vec_of(c, vval(c, outs->v[j], ir_same_shape(o, r) ? rix : &mi, last));
      if (c->vfail) return false;
    }
    ks_store(A, cur(c), buffer_of(c, outs->v[j], KP_BUFFER_OUT), base, v);
  }
  return true;
}

/* ---- cooperative row kernels (GPUs) ---------------------------------------------------------- */

#define COOP_MAX_RED 16

/* On a GPU a row kernel gives each row (or, when the rows are columns in
 * memory, each 32 neighbouring rows) a work group: its work items split the
 * row, walk it with a stride of the group's width (adjacent items read
 * adjacent elements), fold their partials through local memory in a tree,
 * and then split the stores of the full-shape values the same way. The
 * reductions are sums, maxima and minima of floats (others keep one work item
 * per row); a sum adds in a different order from the interpreter's, so it
 * agrees to rounding, not bit for bit. */
static bool coop_row_kernel(Cg *c, const IdVec *outs) {
  if (c->cpu) return false;
  const IrNode *r = N(c, c->row), *dom = N(c, r->in[0]);
  Arena *A = &c->A;
  int nred = 0;
  for (int j = 0; j < c->ngroup; j++) {
    const IrNode *x = N(c, c->group[j]);
    if (op_class(x->op) != OC_REDUCE) continue;
    if (x->op == OP_ARGMAX || N(c, x->in[0])->dtype != DT_F32 || !ir_same_squeezed(x, r)) return false;
    nred++;
  }
  if (nred == 0 || nred > COOP_MAX_RED) return false;
  /* the shape of the work group: cw rows side by side, rs items per row */
  int inner = -1;
  for (int k = 0; k < dom->rank; k++)
    if (!dim_is(dom->shape[k], 1)) inner = k;
  bool column = inner >= 0 && !(r->axes & (1u << inner));
  Dim Ld = dim_const(1);
  int nr = 0;
  Dim rshape[IR_MAX_RANK];
  int rax[IR_MAX_RANK];
  for (int k = 0; k < dom->rank; k++)
    if (r->axes & (1u << k)) {
      Ld = dim_mul(Ld, dom->shape[k]);
      rax[nr] = k;
      rshape[nr++] = dom->shape[k];
    }
  if (Ld.bad || nr == 0) return false;
  int64_t L = -1;
  if (!dim_is_const(Ld, &L) && c->sym_val) L = ir_dim_eval(Ld, c->sym_val);
  int cw = 1, rs = 128;
  if (column) {
    cw = 32;
    rs = 8;
  } else if (L > 0) {
    rs = 32;
    while (rs < 256 && 2 * rs < L) rs *= 2;
  }
  int wg = cw * rs;
  Dim groups;
  if (!tile_count(c, numel_dim(r), cw, &groups)) return false;
  KType t = c->idx;
  /* local memory: declared at the kernel's outermost scope */
  const char *red[COOP_MAX_RED];
  for (int q = 0; q < nred; q++) {
    red[q] = fresh(c, "red");
    ks_local(A, cur(c), KT_FLOAT, red[q], wg);
  }
  KExpr *lid = bind(c, "lid", ke_builtin(A, KT_INT, KB_LOCAL_ID));
  KExpr *lc = cw == 1 ? I(c, 0) : bind(c, "lc", bin(c, KO_MOD, lid, I(c, cw)));
  KExpr *ls = cw == 1 ? lid : bind(c, "ls", bin(c, KO_DIV, lid, I(c, cw)));
  KExpr *count = dim_expr(c, dim_const(1), t);
  for (int k = 0; k < r->rank; k++) count = bin(c, KO_MUL, count, dim_factor(c, r->shape[k]));
  count = bind(c, "rows", count);
  KExpr *nb = cw == 1 ? count : bind(c, "blocks", bin(c, KO_DIV, bin(c, KO_ADD, count, ke_int(A, t, cw - 1)), ke_int(A, t, cw)));
  KExpr *ng = bind(c, "groups", dim_expr(c, groups, t));
  KExpr *Le = bind(c, "len", dim_expr(c, Ld, t));
  const char *bv = fresh(c, "blk");
  KStmt *loop = ks_for(A, cur(c), t, bv, ke_builtin(A, t, KB_GROUP_ID), nb, ng);
  push_block(c, &loop->body);
  int saved = c->ncache;
  KExpr *blk = ke_var(A, t, bv);
  KExpr *row = cw == 1 ? blk : bind(c, "row", bin(c, KO_ADD, bin(c, KO_MUL, blk, ke_int(A, t, cw)), cast(c, t, lc)));
  /* items past the last row compute the last row again (every item meets
   * every barrier) and store nothing */
  KExpr *okrow = cw == 1 ? NULL : bind(c, "ok", bin(c, KO_LT, row, count));
  KExpr *i = cw == 1 ? row : bind(c, "i", cond(c, okrow, row, bin(c, KO_SUB, count, ke_int(A, t, 1))));
  Index *rix = row_index(c, i);
  bool *dep = row_deps(c);
  int q = 0;
  for (int j = 0; j < c->ngroup && !c->failed; j++) {
    int32_t id = c->group[j];
    const IrNode *x = N(c, id);
    if (!dep[j] || !ir_same_squeezed(x, r)) continue;
    if (c->nrowval >= CG_MAX_ROWVAL) {
      cg_fail(c, "cg_kernel: too many per-row values in the row kernel of %%%d", c->row);
      return true;
    }
    KExpr *val;
    if (op_class(x->op) == OC_REDUCE) {
      /* this item's partial: elements ls, ls + rs, ... of the row */
      KExpr *acc = red_init(c, x->op, false, "acc");
      const char *tv = fresh(c, "e");
      KStmt *el = ks_for(A, cur(c), t, tv, cast(c, t, ls), Le, ke_int(A, t, rs));
      push_block(c, &el->body);
      int inner_saved = c->ncache;
      Index tix = ix_of_flat(c, nr, rshape, ke_var(A, t, tv), "r");
      KExpr *co[IR_MAX_RANK];
      for (int k = 0; k < dom->rank; k++) co[k] = rix->co[k];
      for (int m = 0; m < nr; m++) co[rax[m]] = ix_coord(c, &tix, m);
      Index xi = ix_of_coords(c, dom->rank, dom->shape, co);
      red_step(c, x->op, false, acc, value_at(c, x->in[0], &xi));
      c->ncache = inner_saved;
      pop_block(c);
      /* the tree over the row's items */
      ks_store_local(A, cur(c), red[q], lid, acc);
      ks_simple(A, cur(c), KS_BARRIER);
      for (int s = rs / 2; s > 0; s /= 2) {
        KStmt *st = ks_if(A, cur(c), bin(c, KO_LT, ls, I(c, s)));
        push_block(c, &st->body);
        KExpr *a = ke_load_local(A, KT_FLOAT, red[q], lid);
        KExpr *b = ke_load_local(A, KT_FLOAT, red[q], bin(c, KO_ADD, lid, I(c, s * cw)));
        KExpr *v = x->op == OP_RSUM ? bin(c, KO_ADD, a, b) : call2(c, x->op == OP_RMAX ? KF_FMAX : KF_FMIN, a, b);
        ks_store_local(A, cur(c), red[q], lid, v);
        pop_block(c);
        ks_simple(A, cur(c), KS_BARRIER);
      }
      val = bind(c, arena_printf(A, "r%d", id), ke_load_local(A, KT_FLOAT, red[q], lc));
      q++;
    } else {
      row_keep_value(c, id, i);
      continue;
    }
    row_keep(c, id, 0, val);
  }
  /* the stores: reduced-shape values by the row's first item, the full
   * shape split over the row's items */
  KBlock *body = cur(c);
  if (okrow) {
    KStmt *s = ks_if(A, cur(c), okrow);
    push_block(c, &s->body);
  }
  bool any = false;
  for (int j = 0; j < outs->n; j++) any |= ir_same_squeezed(N(c, outs->v[j]), r);
  if (any) {
    KStmt *s = ks_if(A, cur(c), bin(c, KO_EQ, ls, I(c, 0)));
    push_block(c, &s->body);
    store_row_outs(c, outs, i);
    pop_block(c);
  }
  if (row_full_outs(c, outs)) {
    const char *tv = fresh(c, "e");
    KStmt *el = ks_for(A, cur(c), t, tv, cast(c, t, ls), Le, ke_int(A, t, rs));
    push_block(c, &el->body);
    int inner_saved = c->ncache;
    Index tix = ix_of_flat(c, nr, rshape, ke_var(A, t, tv), "a");
    KExpr *co[IR_MAX_RANK];
    for (int k = 0; k < dom->rank; k++) co[k] = rix->co[k];
    for (int m = 0; m < nr; m++) co[rax[m]] = ix_coord(c, &tix, m);
    Index fix = ix_of_coords(c, dom->rank, dom->shape, co);
    store_full_outs(c, outs, &fix);
    c->ncache = inner_saved;
    pop_block(c);
  }
  while (cur(c) != body) pop_block(c);
  /* every item meets the next row's first barrier only after this row's last read */
  ks_simple(A, cur(c), KS_BARRIER);
  c->ncache = saved;
  pop_block(c); /* blk */
  c->coop_items = dim_mul(groups, dim_const(wg));
  c->coop_local = wg;
  c->coop = true;
  return true;
}

/* ---- row kernels ---------------------------------------------------------------------- */

/* One work item per row of the seed reduction's domain: the row's reduced-shape
 * values that depend on a reduction (the reductions themselves, in order, each
 * a loop over the row) are computed once and stored if asked for; then one
 * loop over the row stores the full-shape values, which read the row's
 * reductions as variables. */
static void row_kernel(Cg *c, const IdVec *outs) {
  const IrNode *r = N(c, c->row), *dom = N(c, r->in[0]);
  Arena *A = &c->A;
  KExpr *count = dim_expr(c, dim_const(1), c->idx);
  for (int k = 0; k < r->rank; k++) count = bin(c, KO_MUL, count, dim_factor(c, r->shape[k]));
  ks_decl(A, cur(c), c->idx, "i", ke_builtin(A, c->idx, KB_GLOBAL_ID), true);
  KExpr *i = ke_var(A, c->idx, "i");
  ks_simple(A, &ks_if(A, cur(c), bin(c, KO_GE, i, count))->body, KS_RETURN);
  Index *rix = row_index(c, i);
  bool *dep = row_deps(c);
  { /* vectors where the CPU can use them; else the scalar loops below */
    KBlock scratch = {0};
    int ncache = c->ncache, nrowval = c->nrowval;
    push_block(c, &scratch);
    bool ok = vrow_body(c, outs, i, dep);
    pop_block(c);
    if (ok && !c->vfail && !c->failed) {
      splice(c, &scratch);
      c->vector_rows = true;
      return;
    }
    c->vfail = false;
    c->ncache = ncache;
    c->nrowval = nrowval;
  }
  for (int j = 0; j < c->ngroup && !c->failed; j++) {
    int32_t id = c->group[j];
    if (!dep[j] || !ir_same_squeezed(N(c, id), r)) continue;
    if (c->nrowval >= CG_MAX_ROWVAL) {
      cg_fail(c, "cg_kernel: too many per-row values in the row kernel of %%%d", c->row);
      return;
    }
    row_keep_value(c, id, i);
  }
  /* reduced-shape outputs (also those that do not depend on a reduction) */
  store_row_outs(c, outs, i);
  if (!row_full_outs(c, outs)) return;
  KExpr *co[IR_MAX_RANK];
  int opened = open_axis_loops(c, dom, r->axes, rix->co, "a", co);
  Index fix = ix_of_coords(c, dom->rank, dom->shape, co);
  store_full_outs(c, outs, &fix);
  while (opened--) pop_block(c);
}

/* ---- vectorised element kernels (CPU) ------------------------------------------------------ */

/* On a CPU, an element kernel whose last axis is a known multiple of KV_WIDTH
 * gives each work item KV_WIDTH neighbouring elements of one row, computed
 * in float16 vectors (the same operations per element, so the same values).
 * False, with nothing generated, when some node or output does not allow it. */
static bool vector_elements(Cg *c, const IdVec *outs, const IrNode *root, Dim *items) {
  if (!c->cpu || c->dialect != DIALECT_OPENCL || root->rank == 0) return false;
  for (int j = 0; j < outs->n; j++)
    if (N(c, outs->v[j])->dtype != DT_F32) return false;
  int64_t L, total = 1;
  Dim last = root->shape[root->rank - 1];
  if (!dim_is_const(last, &L)) {
    if (!c->sym_val) return false;
    L = ir_dim_eval(last, c->sym_val);
  }
  if (L <= 0 || L % KV_WIDTH) return false;
  Dim n;
  if (!dim_div(numel_dim(root), dim_const(KV_WIDTH), &n) || n.bad) {
    if (!c->sym_val) return false;
    for (int k = 0; k < root->rank; k++) total *= ir_dim_eval(root->shape[k], c->sym_val);
    n = dim_const(total / KV_WIDTH);
  }
  Arena *A = &c->A;
  KBlock scratch = {0};
  int ncache = c->ncache;
  push_block(c, &scratch);
  KExpr *count = dim_expr(c, n, c->idx);
  ks_decl(A, cur(c), c->idx, "i", ke_builtin(A, c->idx, KB_GLOBAL_ID), true);
  KExpr *i = ke_var(A, c->idx, "i");
  ks_simple(A, &ks_if(A, cur(c), bin(c, KO_GE, i, count))->body, KS_RETURN);
  KExpr *base = bind(c, "base", bin(c, KO_MUL, i, ke_int(A, c->idx, KV_WIDTH)));
  Index vix = ix_of_flat(c, root->rank, root->shape, base, "o");
  for (int j = 0; j < outs->n && !c->vfail; j++) {
    int32_t id = outs->v[j];
    KExpr *v = vec_of(c, vval(c, id, &vix, root->rank - 1));
    if (outs->n > 1) v = bind(c, arena_printf(A, "v%d", id), v);
    ks_store(A, cur(c), buffer_of(c, id, KP_BUFFER_OUT), base, v);
  }
  pop_block(c);
  if (c->vfail || c->failed) {
    c->vfail = false;
    c->ncache = ncache;
    return false;
  }
  splice(c, &scratch);
  c->vector_rows = true;
  *items = n;
  return true;
}

/* ---- the kernel -------------------------------------------------------------------------- */

static bool is_output(const Graph *g, int32_t id) {
  for (int i = 0; i < g->outputs.n; i++)
    if (g->outputs.v[i].node == id) return true;
  return false;
}

/* The group nodes whose values leave the kernel: used outside the group, a
 * graph output, or the last node. */
static void find_outputs(const Cg *c, IdVec *outs) {
  for (int i = 0; i < c->ngroup; i++) {
    int32_t id = c->group[i];
    bool out = i == c->ngroup - 1 || is_output(c->g, id);
    for (int32_t u = id + 1; !out && u < c->g->nodes.n; u++) {
      const IrNode *un = N(c, u);
      if (in_group(c, u)) continue;
      for (int j = 0; j < un->nin && !out; j++) out = un->in[j] == id;
    }
    if (out) vec_push(outs, id);
  }
}

static bool check_dtype(Cg *c, int32_t id) {
  DType t = N(c, id)->dtype;
  if (t == DT_F64)
    return cg_fail(c, "node %%%d (%s): dtype %s is not supported by the kernel generator yet", id,
                   op_name(N(c, id)->op), dtype_name(t));
  return true;
}


/* The leading comment: the nodes with their source lines, and the arguments. */
static char *describe(Cg *c, Diag *diag) {
  StrBuf b = {0};
  sb_printf(&b, "%s: %d IR node%s, %s\n", c->fn.name, c->ngroup, c->ngroup == 1 ? "" : "s",
            c->tiled  ? "tiled: 64x64 outputs per work group of 256 work items"
            : c->column   ? "16 neighbouring rows of the reduction's domain per work item"
            : c->vector_rows ? "one work item per row of the reduction's domain, in float16 vectors"
            : c->row >= 0 ? "one work item per row of the reduction's domain"
                          : "one work item per output element");
  for (int i = 0; i < c->ngroup; i++) {
    int32_t id = c->group[i];
    sb_puts(&b, "  ");
    ir_print_node(&b, c->g, id);
    Span sp = N(c, id)->span;
    if (diag && sp.file && sp.file < (uint32_t)diag->files.n) {
      int line = 0, col = 0;
      diag_line_col(diag, sp.file, sp.start, &line, &col);
      sb_printf(&b, "   (%s:%d)", diag_file(diag, sp.file)->path, line);
    }
    sb_putc(&b, '\n');
  }
  sb_puts(&b, "arguments:");
  for (int i = 0; i < c->params.n; i++) {
    int32_t node = c->param_node.v[i];
    if (node >= 0) sb_printf(&b, " %s = %%%d;", c->params.v[i].name, node);
  }
  for (int v = 0; v < c->g->syms.n; v++) sb_printf(&b, " %s = %s;", sym_param(c, v), c->g->syms.v[v]);
  if (c->seed_param >= 0) sb_puts(&b, " seed = the run's seed;");
  b.len--; /* the last ';' */
  sb_putc(&b, '\n');
  char *s = arena_strdup(&c->A, sb_cstr(&b));
  sb_free(&b);
  return s;
}

/* Cost estimates: bytes read and written, and arithmetic per launch. */
static void estimate(const Cg *c, Kernel *k) {
  Dim bytes = dim_const(0), flops = dim_const(0);
  for (int i = 0; i < c->params.n; i++) {
    int32_t id = c->param_node.v[i];
    if (id < 0) continue;
    const IrNode *n = N(c, id);
    Dim size = numel_dim(n);
    /* a table read through gather/take: only what the result picks */
    for (int j = 0; j < c->ngroup; j++) {
      const IrNode *u = N(c, c->group[j]);
      if ((u->op == OP_GATHER || u->op == OP_TAKE) && u->in[0] == id) size = numel_dim(u);
    }
    bytes = dim_add(bytes, dim_mul(size, dim_const(dtype_size(n->dtype))));
  }
  for (int j = 0; j < c->ngroup; j++) {
    const IrNode *u = N(c, c->group[j]);
    Dim out = numel_dim(u);
    switch (op_class(u->op)) {
    case OC_UNARY:
    case OC_BINARY:
    case OC_TERNARY: flops = dim_add(flops, out); break;
    case OC_REDUCE: flops = dim_add(flops, numel_dim(N(c, u->in[0]))); break;
    case OC_CONTRACT: flops = dim_add(flops, dim_mul(dim_const(2), dim_mul(out, N(c, u->in[0])->shape[u->rank - 1]))); break;
    case OC_GATHER:
      if (u->op == OP_SCATTER_ADD) flops = dim_add(flops, numel_dim(N(c, u->in[0])));
      break;
    default: break;
    }
  }
  k->bytes = bytes;
  k->flops = flops;
}

Kernel *cg_kernel_opts(const Graph *g, const int32_t *nodes, int n, Dialect d, const CgOptions *o, Diag *diag) {
  Cg c = {0};
  c.g = g;
  c.dialect = d;
  c.diag = diag;
  c.group = nodes;
  c.ngroup = n;
  c.seed_param = -1;
  c.sym_max = o ? o->sym_max : NULL;
  c.sym_val = o ? o->sym_val : NULL;
  if (c.sym_val && !c.sym_max) c.sym_max = c.sym_val;
  c.cpu = o && o->cpu;
  arena_init(&c.A);
  Kernel *k = NULL;
  IdVec outs = {0}, ins = {0};
  if (n < 1) {
    cg_fail(&c, "cg_kernel: an empty group");
    goto done;
  }
  for (int i = 0; i < n; i++) {
    if (nodes[i] < 0 || nodes[i] >= g->nodes.n) {
      cg_fail(&c, "cg_kernel: node %%%d does not exist", nodes[i]);
      goto done;
    }
    const IrNode *x = N(&c, nodes[i]);
    if (x->op == OP_PARAM || x->op == OP_INPUT) {
      cg_fail(&c, "cg_kernel: node %%%d (%s) is a leaf that needs no kernel", nodes[i], op_name(x->op));
      goto done;
    }
    if (i && nodes[i] <= nodes[i - 1]) {
      cg_fail(&c, "cg_kernel: the group's nodes must be in increasing order");
      goto done;
    }
    if (!check_dtype(&c, nodes[i])) goto done;
    for (int j = 0; j < x->nin; j++) {
      int32_t a = x->in[j];
      if (in_group(&c, a)) continue;
      if (!check_dtype(&c, a)) goto done;
      bool seen = false;
      for (int m = 0; m < ins.n && !seen; m++) seen = ins.v[m] == a;
      if (!seen) vec_push(&ins, a);
    }
  }
  if (o && o->outs) {
    for (int i = 0; i < o->nouts; i++) {
      if (!in_group(&c, o->outs[i]) || (i && o->outs[i] <= o->outs[i - 1])) {
        cg_fail(&c, "cg_kernel: stored node %%%d is not in the group (or not in increasing order)", o->outs[i]);
        goto done;
      }
      vec_push(&outs, o->outs[i]);
    }
  } else {
    find_outputs(&c, &outs);
  }
  if (outs.n == 0) {
    cg_fail(&c, "cg_kernel: the group stores nothing");
    goto done;
  }
  c.row = -1;
  const IrNode *root = N(&c, nodes[n - 1]);
  if (o && o->row > 0) {
    const IrNode *r = in_group(&c, o->row) ? N(&c, o->row) : NULL;
    if (!r || op_class(r->op) != OC_REDUCE) {
      cg_fail(&c, "cg_kernel: row node %%%d is not a reduction of the group", o->row);
      goto done;
    }
    const IrNode *dom = N(&c, r->in[0]);
    for (int i = 0; i < outs.n; i++)
      if (!ir_same_shape(N(&c, outs.v[i]), dom) && !ir_same_squeezed(N(&c, outs.v[i]), r)) {
        cg_fail(&c, "cg_kernel: stored node %%%d has neither the row domain's shape nor the reduced shape", outs.v[i]);
        goto done;
      }
    for (int i = 0; i < n; i++) {
      const IrNode *x = N(&c, nodes[i]);
      if (op_class(x->op) == OC_REDUCE && (x->axes != r->axes || !ir_same_shape(N(&c, x->in[0]), dom))) {
        cg_fail(&c, "cg_kernel: reduction %%%d does not share the row domain of %%%d", nodes[i], o->row);
        goto done;
      }
    }
    c.row = o->row;
    root = dom;
  }
  bool has_matmul = false; /* a matmul's epilogue may store through reshapes: checked by matmul_plan */
  for (int i = 0; i < n; i++) has_matmul |= N(&c, nodes[i])->op == OP_MATMUL;
  for (int i = 0; i < outs.n && c.row < 0 && !has_matmul; i++)
    if (!ir_same_shape(N(&c, outs.v[i]), root)) {
      cg_fail(&c, "cg_kernel: group output %%%d has a different shape from the group's result %%%d (not supported yet)",
              outs.v[i], nodes[n - 1]);
      goto done;
    }
  for (int i = 0; i < root->rank; i++)
    if (root->shape[i].bad) {
      cg_fail(&c, "node %%%d: a dim too complex for the kernel generator", nodes[n - 1]);
      goto done;
    }

  /* index width: int when every tensor touched is known to be small */
  bool small = true;
  for (int i = 0; i < ins.n; i++) small &= numel_bound(&c, N(&c, ins.v[i])) <= INT32_MAX;
  for (int i = 0; i < n; i++) small &= numel_bound(&c, N(&c, nodes[i])) <= INT32_MAX;
  c.idx = small ? KT_INT : KT_LONG;

  /* parameters: inputs (by node id), outputs, shape variables */
  for (int i = 1; i < ins.n; i++) /* insertion sort: inputs by node id */
    for (int j = i; j > 0 && ins.v[j] < ins.v[j - 1]; j--) {
      int32_t t = ins.v[j];
      ins.v[j] = ins.v[j - 1];
      ins.v[j - 1] = t;
    }
  for (int i = 0; i < ins.n; i++)
    add_param(&c, KP_BUFFER_IN, stype(N(&c, ins.v[i])->dtype), arena_printf(&c.A, "x%d", ins.v[i]), ins.v[i]);
  for (int i = 0; i < outs.n; i++)
    add_param(&c, KP_BUFFER_OUT, stype(N(&c, outs.v[i])->dtype), arena_printf(&c.A, "y%d", outs.v[i]), outs.v[i]);
  for (int v = 0; v < g->syms.n; v++) add_param(&c, KP_INT, KT_INT, sym_param(&c, v), -1);
  nt_add(&c.names, "seed");
  nt_add(&c.names, "i");

  /* named after the last node; a matmul with an epilogue says so (k12_matmul_gelu) */
  const IrNode *last = N(&c, nodes[n - 1]);
  c.fn.name = has_matmul && last->op != OP_MATMUL ? arena_printf(&c.A, "k%d_matmul_%s", nodes[n - 1], op_name(last->op))
                                                   : arena_printf(&c.A, "k%d_%s", nodes[n - 1], op_name(last->op));
  push_block(&c, &c.fn.body);

  MmPlan mp;
  bool tiled = false;
  if (c.row >= 0) {
    if (column_kernel_ok(&c, &outs)) column_kernel(&c, &outs);
    else if (!coop_row_kernel(&c, &outs)) row_kernel(&c, &outs);
    goto body_done;
  }
  tiled = matmul_plan(&c, &outs, &mp);
  if (!tiled && has_matmul)
    for (int i = 0; i < outs.n; i++)
      if (!ir_same_shape(N(&c, outs.v[i]), root)) {
        cg_fail(&c, "cg_kernel: group output %%%d has a different shape from the group's result %%%d (not supported yet)",
                outs.v[i], nodes[n - 1]);
        goto done;
      }
  Dim items = tiled ? mp.items : numel_dim(root);
  if (tiled) {
    c.tiled = !mp.cpu;
    matmul_kernel(&c, &outs, &mp);
    goto body_done;
  }
  /* i < items */
  if (items.bad) {
    cg_fail(&c, "node %%%d: its element count is too complex for the kernel generator", nodes[n - 1]);
    goto done;
  }
  if (vector_elements(&c, &outs, root, &items)) goto body_done;
  KExpr *count = dim_expr(&c, dim_const(1), c.idx);
  for (int i = 0; i < root->rank; i++) count = bin(&c, KO_MUL, count, dim_factor(&c, root->shape[i]));
  ks_decl(&c.A, cur(&c), c.idx, "i", ke_builtin(&c.A, c.idx, KB_GLOBAL_ID), true);
  KExpr *i = ke_var(&c.A, c.idx, "i");
  ks_simple(&c.A, &ks_if(&c.A, cur(&c), bin(&c, KO_GE, i, count))->body, KS_RETURN);

  Index main = ix_of_flat(&c, root->rank, root->shape, i, "o");
  for (int j = 0; j < outs.n; j++) {
    int32_t id = outs.v[j];
    KExpr *v = value_at(&c, id, &main);
    if (outs.n > 1) v = bind(&c, arena_printf(&c.A, "v%d", id), v);
    ks_store(&c.A, cur(&c), buffer_of(&c, id, KP_BUFFER_OUT), i, to_storage(&c, N(&c, id)->dtype, v));
  }
body_done:
  if (c.failed) goto done;
  if (c.seed_param == -2) c.seed_param = add_param(&c, KP_U64, KT_ULONG, "seed", -1);

  c.fn.params = c.params.v;
  c.fn.nparams = c.params.n;
  c.fn.comment = describe(&c, diag);

  kf_prune(&c.fn);
  StrBuf src = {0};
  cg_emit(&src, &c.fn, d);

  k = xcalloc(1, sizeof *k);
  k->name = xstrdup(c.fn.name);
  k->source = xstrdup(sb_cstr(&src));
  sb_free(&src);
  k->dialect = d;
  k->nargs = c.params.n;
  k->args = xcalloc((size_t)k->nargs + 1, sizeof *k->args);
  int sym = 0;
  for (int j = 0; j < c.params.n; j++) {
    KArg *a = &k->args[j];
    int32_t node = c.param_node.v[j];
    switch (c.params.v[j].kind) {
    case KP_BUFFER_IN: *a = (KArg){KARG_IN, node, -1, N(&c, node)->dtype}; break;
    case KP_BUFFER_OUT: *a = (KArg){KARG_OUT, node, -1, N(&c, node)->dtype}; break;
    case KP_INT: *a = (KArg){KARG_SYM, -1, sym++, DT_I32}; break;
    case KP_U64: *a = (KArg){KARG_SEED, -1, -1, DT_I32}; break;
    }
  }
  k->nnodes = n;
  k->nodes = xcalloc((size_t)n, sizeof *k->nodes);
  memcpy(k->nodes, nodes, sizeof *nodes * (size_t)n);
  k->items = c.coop ? c.coop_items : c.column ? c.col_items : c.row >= 0 ? numel_dim(N(&c, c.row)) : items;
  k->local = c.coop ? c.coop_local : tiled ? mp.local : c.column ? 1 : d == DIALECT_CUDA ? 256 : 64;
  /* work groups that cooperate through local memory */
  k->exact_local = c.coop || (tiled && mp.exact_local);
  k->wide_index = c.idx == KT_LONG;
  estimate(&c, k);

done:
  vec_free(&outs);
  vec_free(&ins);
  vec_free(&c.params);
  vec_free(&c.param_node);
  nt_free(&c.names);
  arena_free(&c.A);
  return k;
}

Kernel *cg_kernel(const Graph *g, const int32_t *nodes, int n, Dialect d, Diag *diag) {
  return cg_kernel_opts(g, nodes, n, d, NULL, diag);
}

void cg_kernel_free(Kernel *k) {
  if (!k) return;
  free(k->name);
  free(k->source);
  free(k->args);
  free(k->nodes);
  free(k);
}

/* ---- rendering a schedule item ------------------------------------------------------- */
#include "fuse.h"

Kernel *cg_render(const Graph *g, const struct FusePlan *s, int q, Dialect dl, Diag *diag) {
  const SchedKernel *K = &s->k[q];
  CgOptions o = {0};
  o.cpu = s->cpu;
  o.outs = K->outs;
  o.nouts = K->nouts;
  o.row = K->kind == FK_ROW ? K->seed : -1;
  o.sym_val = s->sym_val;
  o.sym_max = s->sym_max;
  return cg_kernel_opts(g, K->members, K->nmembers, dl, &o, diag);
}
