/* index.c — the kernel under construction: blocks and fresh names, dims as
 * expressions, indices over shapes (flat and coordinates), parameters. */
#include "cg_internal.h"

/* ---- small helpers ----------------------------------------------------------------- */

bool cg_fail(Cg *c, const char *fmt, ...) {
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


bool cg_in_group(const Cg *c, int32_t id) {
  for (int i = 0; i < c->ngroup; i++)
    if (c->group[i] == id) return true;
  return false;
}


void cg_push_block(Cg *c, KBlock *b) {
  ASSERT(c->depth < CG_MAX_DEPTH);
  c->blk[c->depth] = b;
  c->blk_serial[c->depth] = ++c->serial;
  c->depth++;
}

void cg_pop_block(Cg *c) {
  ASSERT(c->depth > 1);
  c->depth--;
}

bool cg_scope_open(const Cg *c, int scope) {
  for (int i = 0; i < c->depth; i++)
    if (c->blk_serial[i] == scope) return true;
  return false;
}

/* A variable name not used before in this kernel: base, else base_2, ... */
const char *cg_fresh(Cg *c, const char *base) {
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
KExpr *cg_bind(Cg *c, const char *base, KExpr *e) {
  if (ke_is_simple(e)) return e;
  const char *name = cg_fresh(c, base);
  ks_decl(&c->A, cur(c), e->type, name, e, true);
  return ke_var(&c->A, e->type, name);
}

/* A mutable variable initialised to e. */
KExpr *cg_declare(Cg *c, const char *base, KType t, KExpr *e) {
  const char *name = cg_fresh(c, base);
  ks_decl(&c->A, cur(c), t, name, e, false);
  return ke_var(&c->A, t, name);
}




/* ---- shapes as expressions ------------------------------------------------------------ */

/* A bound on |value| of a dim given the shape variables' bounds; INT64_MAX
 * when unknown or too large. */
static int64_t cg_dim_bound(const Cg *c, Dim d) {
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

int64_t cg_numel_bound(const Cg *c, const IrNode *n) {
  int64_t t = 1;
  for (int i = 0; i < n->rank; i++) {
    int64_t b = cg_dim_bound(c, n->shape[i]);
    if (b == INT64_MAX || __builtin_mul_overflow(t, b, &t)) return INT64_MAX;
  }
  return t;
}

/* The type of a coordinate along an axis of length d. */
KType cg_coord_type(const Cg *c, Dim d) {
  int64_t v;
  if (dim_is_const(d, &v)) return v <= INT32_MAX ? KT_INT : c->idx;
  if (d.n == 1 && d.m[0].coef == 1 && d.m[0].nv == 1) return KT_INT; /* one `int` argument */
  return cg_dim_bound(c, d) <= INT32_MAX ? KT_INT : c->idx;
}



/* A dim as an expression of type t, spelled as the IR prints it: terms with
 * variables first (the first factor widened to t), the constant last:
 * (long)d_T * 2 + 1. */
KExpr *cg_dim_expr(Cg *c, Dim d, KType t) {
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
      KExpr *v = ke_var(&c->A, KT_INT, cg_sym_param(c, d.m[i].v[k]));
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
KExpr *cg_dim_factor(Cg *c, Dim d) { return cg_dim_expr(c, d, cg_coord_type(c, d) == KT_INT ? KT_INT : c->idx); }


/* ---- indices --------------------------------------------------------------------------- */

Index cg_ix_new(Cg *c, int rank, const Dim *shape, const char *prefix) {
  Index ix = {0};
  ix.id = ++c->nindex;
  ix.rank = rank;
  if (rank) memcpy(ix.shape, shape, sizeof(Dim) * (size_t)rank);
  ix.prefix = prefix ? prefix : arena_printf(&c->A, "t%d_", ix.id);
  return ix;
}

Index cg_ix_of_flat(Cg *c, int rank, const Dim *shape, KExpr *flat, const char *prefix) {
  Index ix = cg_ix_new(c, rank, shape, prefix);
  ix.flat = flat;
  return ix;
}

/* Coordinates known up front (which may be any expressions). */
Index cg_ix_of_coords(Cg *c, int rank, const Dim *shape, KExpr *const *co) {
  Index ix = cg_ix_new(c, rank, shape, NULL);
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
    KType ct = cg_coord_type(c, ix->shape[k]);
    const char *name = arena_printf(&c->A, "%s%d", ix->prefix, k);
    if (k == first) { /* q < shape[k] already */
      ix->co[k] = cg_bind(c, name, cast(c, ct, q));
      break;
    }
    if (!ke_is_simple(q)) q = cg_bind(c, arena_printf(&c->A, "%sq", ix->prefix), q);
    KExpr *len = cg_dim_factor(c, ix->shape[k]);
    ix->co[k] = cg_bind(c, name, cast(c, ct, bin(c, KO_MOD, q, len)));
    q = bin(c, KO_DIV, q, len);
  }
  for (int k = 0; k < first; k++) ix->co[k] = I(c, 0);
  ix->have_co = true;
  ix->co_scope = cur_scope(c);
}

/* A dim's value where it is known: a constant, or any dim of a specialised
 * kernel; false for a symbolic dim. */
bool cg_dim_known(const Cg *c, Dim d, int64_t *v) {
  if (dim_is_const(d, v)) return true;
  if (!c->sym_val || d.bad) return false;
  *v = ir_dim_eval(d, c->sym_val);
  return true;
}

/* Splits a reshape's axes into groups that cover the same elements, in order:
 * out axes [ob[k], ob[k+1]) hold exactly the elements of in axes [ib[k],
 * ib[k+1]). Axes of length 1 join a neighbouring group. Returns the number of
 * groups; 1 when nothing finer is provable (symbolic dims that differ). */
static int reshape_groups(const Cg *c, int rn, const Dim *os, int xn, const Dim *xs, int *ob, int *ib) {
  int i = 0, j = 0, ng = 0;
  while (i < rn || j < xn) {
    ob[ng] = i;
    ib[ng] = j;
    Dim po = dim_const(1), pi = dim_const(1);
    if (i < rn) po = os[i++];
    if (j < xn) pi = xs[j++];
    for (;;) {
      int64_t a, b;
      if (dim_eq(po, pi)) {
        /* trailing axes of length 1 belong to this group */
        while (i < rn && dim_is(os[i], 1) && !(j < xn && dim_is(xs[j], 1))) i++;
        while (j < xn && dim_is(xs[j], 1) && !(i < rn && dim_is(os[i], 1))) j++;
        break;
      }
      bool ka = cg_dim_known(c, po, &a), kb = cg_dim_known(c, pi, &b);
      if (ka && kb && a < b && i < rn) po = dim_mul(po, os[i++]);
      else if (ka && kb && b < a && j < xn) pi = dim_mul(pi, xs[j++]);
      else { /* not provable: one group for all */
        ob[0] = ib[0] = 0;
        ob[1] = rn;
        ib[1] = xn;
        return 1;
      }
    }
    ng++;
  }
  ob[ng] = rn;
  ib[ng] = xn;
  return ng;
}

/* The index into a reshape's input x (rank xn, shape xs) that reads the
 * element at ix of its output. With only a flat index, the same flat index;
 * with coordinates, group by group (reshape_groups): an axis kept as it is
 * keeps its coordinate, and only a group that splits or merges axes is
 * flattened and unravelled, within the group. Permutes and reshapes of
 * attention heads then cost a shift and a mask instead of unravelling the
 * whole tensor. */
Index cg_ix_reshape(Cg *c, Index *ix, int xn, const Dim *xs) {
  bool co_ok = ix->have_co && (!ix->co_scope || cg_scope_open(c, ix->co_scope));
  if (ix->flat || !co_ok || ix->rank > IR_MAX_RANK || xn > IR_MAX_RANK)
    return cg_ix_of_flat(c, xn, xs, cg_ix_flat(c, ix), NULL);
  int ob[IR_MAX_RANK + 2], ib[IR_MAX_RANK + 2];
  int ng = reshape_groups(c, ix->rank, ix->shape, xn, xs, ob, ib);
  Index xi = cg_ix_new(c, xn, xs, NULL);
  for (int g = 0; g < ng; g++) {
    int o0 = ob[g], o1 = ob[g + 1], i0 = ib[g], i1 = ib[g + 1];
    int live_o = 0, live_i = 0, lo = -1, li = -1;
    for (int k = o0; k < o1; k++)
      if (!dim_is(ix->shape[k], 1)) live_o++, lo = k;
    for (int k = i0; k < i1; k++)
      if (!dim_is(xs[k], 1)) live_i++, li = k;
    for (int k = i0; k < i1; k++) xi.co[k] = I(c, 0);
    if (live_i == 0) continue;
    if (live_o == 1 && live_i == 1) { /* the same axis */
      xi.co[li] = ix->co[lo];
      continue;
    }
    Dim prod = dim_const(1);
    for (int k = i0; k < i1; k++) prod = dim_mul(prod, xs[k]);
    KType t = cg_coord_type(c, prod);
    KExpr *f = NULL; /* the group's flat index: Horner over its output axes */
    for (int k = o0; k < o1; k++) {
      if (dim_is(ix->shape[k], 1)) continue;
      KExpr *co = cast(c, t, ix->co[k]);
      f = f ? bin(c, KO_ADD, bin(c, KO_MUL, f, cg_dim_expr(c, ix->shape[k], t)), co) : co;
    }
    if (!f) f = ke_int(&c->A, t, 0);
    for (int k = i1 - 1; k >= i0; k--) {
      if (dim_is(xs[k], 1)) continue;
      KType ct = cg_coord_type(c, xs[k]);
      const char *name = arena_printf(&c->A, "%s%d", xi.prefix, k);
      bool first = true;
      for (int m = i0; m < k; m++) first = first && dim_is(xs[m], 1);
      if (first) { /* f < xs[k] already */
        xi.co[k] = cg_bind(c, name, cast(c, ct, f));
        break;
      }
      if (!ke_is_simple(f)) f = cg_bind(c, arena_printf(&c->A, "%sq", xi.prefix), f);
      KExpr *len = cg_dim_expr(c, xs[k], t);
      xi.co[k] = cg_bind(c, name, cast(c, ct, bin(c, KO_MOD, f, len)));
      f = bin(c, KO_DIV, f, len);
    }
  }
  xi.have_co = true;
  xi.co_scope = cur_scope(c);
  return xi;
}

KExpr *cg_ix_coord(Cg *c, Index *ix, int k) {
  if (!ix->have_co || (ix->co_scope && !cg_scope_open(c, ix->co_scope))) unravel(c, ix);
  return ix->co[k];
}

/* The row-major flat index, in the kernel's index type. */
KExpr *cg_ix_flat(Cg *c, Index *ix) {
  if (ix->flat) return ix->flat;
  /* Horner: ((c0 * S1 + c1) * S2 + c2)...; widening the first term widens the rest */
  KExpr *f = ke_int(&c->A, c->idx, 0);
  for (int k = 0; k < ix->rank; k++) {
    if (k) f = bin(c, KO_MUL, f, cg_dim_factor(c, ix->shape[k]));
    KExpr *co = cg_ix_coord(c, ix, k);
    f = bin(c, KO_ADD, f, f->kind == KE_INT ? cast(c, c->idx, co) : co);
  }
  return cast(c, c->idx, f);
}

/* ---- the kernel's parameters -------------------------------------------------------- */

int cg_add_param(Cg *c, KParamKind kind, KType elem, const char *name, int32_t node) {
  KParam p = {kind, elem, name};
  vec_push(&c->params, p);
  vec_push(&c->param_node, node);
  nt_add(&c->names, name);
  return c->params.n - 1;
}

int cg_buffer_of(const Cg *c, int32_t node, KParamKind kind) {
  for (int i = 0; i < c->params.n; i++)
    if (c->param_node.v[i] == node && c->params.v[i].kind == kind) return i;
  return -1;
}

/* The parameter name of shape variable v: d_NAME when NAME is a plain
 * identifier of reasonable length, else d<v>; never raw user text. */
const char *cg_sym_param(Cg *c, int v) {
  const char *s = v < c->g->syms.n ? c->g->syms.v[v] : NULL;
  bool plain = s && *s && strlen(s) <= 40;
  for (const char *p = s; plain && *p; p++)
    plain = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == '_';
  return plain ? arena_printf(&c->A, "d_%s", s) : arena_printf(&c->A, "d%d", v);
}


/* Appends the statements of a block built aside to the current block. */
void cg_splice(Cg *c, KBlock *scratch) {
  KBlock *to = cur(c);
  if (!scratch->head) return;
  if (to->tail) to->tail->next = scratch->head;
  else to->head = scratch->head;
  to->tail = scratch->tail;
}

Dim cg_numel_dim(const IrNode *n) {
  Dim p = dim_const(1);
  for (int i = 0; i < n->rank; i++) p = dim_mul(p, n->shape[i]);
  return p;
}

/* Opens a loop over each axis of `axes` of shape dom (outermost first, the
 * interpreter's order); co[k] is the loop variable there (0 on axes of
 * length 1), base[k] elsewhere. Returns how many loops to pop. */
int cg_open_axis_loops(Cg *c, const IrNode *dom, unsigned axes, KExpr *const *base, const char *prefix,
                           KExpr **co) {
  int opened = 0;
  for (int k = 0; k < dom->rank; k++) {
    co[k] = base[k];
    if (!(axes & (1u << k))) continue;
    if (dim_is(dom->shape[k], 1)) {
      co[k] = I(c, 0);
      continue;
    }
    KType t = cg_coord_type(c, dom->shape[k]);
    const char *v = cg_fresh(c, arena_printf(&c->A, "%s%d", prefix, k));
    KStmt *loop = ks_for(&c->A, cur(c), t, v, ke_int(&c->A, t, 0), cg_dim_expr(c, dom->shape[k], t), NULL);
    cg_push_block(c, &loop->body);
    opened++;
    co[k] = ke_var(&c->A, t, v);
  }
  return opened;
}
