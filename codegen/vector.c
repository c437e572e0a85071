/* vector.c — vectorised values (CPU): a node's value at KV_WIDTH neighbouring
 * coordinates in one float16 (cg_vval). */
#include "cg_internal.h"

/* An i32 node of the group that is a small exact integer: coordinates,
 * constants, 0/1 comparison results, moved around. */
static bool small_int(const Cg *c, int32_t id) {
  const IrNode *n = N(c, id);
  if (!cg_in_group(c, id)) return false;
  switch (n->op) {
  case OP_IOTA: case OP_SYMDIM: return true;
  case OP_CONST: return n->f > -16777216.0 && n->f < 16777216.0;
  case OP_EQ: case OP_NE: case OP_LT: case OP_LE: case OP_GT: case OP_GE: return true;
  case OP_EXPAND: case OP_RESHAPE: case OP_PERMUTE: case OP_SLICE: return small_int(c, n->in[0]);
  default: return false;
  }
}

KExpr *cg_vec_of(Cg *c, KExpr *e) { return e->type == KT_VEC16 ? e : cast(c, KT_VEC16, e); }

KExpr *cg_vec_cond(Cg *c, KExpr *k, KExpr *a, KExpr *b) {
  KExpr *e = ke_cond(&c->A, k, cg_vec_of(c, a), cg_vec_of(c, b));
  e->type = KT_VEC16;
  return e;
}

/* How a node's vector value came out: a value (cached when a vector), a
 * value to return as it is, the scalar value_at's, the lanes one by one
 * through the scalar path (which fails for what it cannot pack). */
typedef enum VRes { VR_VALUE, VR_RETURN, VR_SCALAR, VR_GATHER } VRes;

/* A node outside the group: a vload16 along the last axis, else its lanes'
 * loads packed. */
static KExpr *vval_load(Cg *c, int32_t id, Index *ix, int lane) {
  const IrNode *n = N(c, id);
  Arena *A = &c->A;
  int p = cg_buffer_of(c, id, KP_BUFFER_IN);
  if (lane == n->rank - 1) return ke_load(A, KT_VEC16, p, cg_ix_flat(c, ix));
  KExpr *el[KV_WIDTH];
  for (int l = 0; l < KV_WIDTH; l++) {
    KExpr *co[IR_MAX_RANK];
    for (int k = 0; k < n->rank; k++) co[k] = cg_ix_coord(c, ix, k);
    co[lane] = bin(c, KO_ADD, co[lane], I(c, l));
    Index li = cg_ix_of_coords(c, n->rank, n->shape, co);
    el[l] = ke_load(A, KT_FLOAT, p, cg_ix_flat(c, &li));
  }
  return cg_bind(c, "g", ke_vec(A, el));
}

/* A value already computed: cached at ix, or a vector column kernel's own
 * vector of columns (*fail: at another row, which it cannot give). */
static KExpr *vval_known(Cg *c, int32_t id, Index *ix, bool *fail) {
  const IrNode *n = N(c, id);
  for (int i = c->ncache - 1; i >= 0; i--) {
    CacheEntry *e = &c->cache[i];
    if (e->node == id && e->ix == ix->id && cg_scope_open(c, e->scope)) return e->val;
  }
  if (!c->vcol || !ir_same_squeezed(n, N(c, c->row))) return NULL;
  for (int q = 0; q < c->nrowval; q++)
    if (c->rowval[q].node == id && c->rowval[q].lane == -1) {
      if (ix->flat && ix->flat == c->vcol->flat) return c->rowval[q].val;
      bool same = ir_same_shape(n, N(c, c->row));
      for (int k = 0; k < ix->rank && same; k++) {
        if (dim_is(ix->shape[k], 1)) continue;
        KExpr *a = cg_ix_coord(c, ix, k), *b = c->vcol->co[k];
        same = a == b || (a->kind == KE_VAR && b->kind == KE_VAR && !strcmp(a->name, b->name));
      }
      if (!same) *fail = true;
      return same ? c->rowval[q].val : NULL;
    }
  return NULL;
}

static VRes vval_leaf(Cg *c, int32_t id, Index *ix, int lane, KExpr **v) {
  const IrNode *n = N(c, id);
  if (n->op == OP_CONST) {
    *v = cg_value_leaf(c, id, ix);
    return VR_RETURN;
  }
  if (n->op != OP_IOTA) return VR_GATHER;
  KExpr *base = cast(c, KT_FLOAT, cg_ix_coord(c, ix, n->axis));
  if (n->axis != lane) {
    *v = base;
    return VR_RETURN;
  }
  KExpr *el[KV_WIDTH];
  for (int l = 0; l < KV_WIDTH; l++) el[l] = F(c, (float)l);
  *v = bin(c, KO_ADD, cast(c, KT_VEC16, base), ke_vec(&c->A, el));
  return VR_VALUE;
}

static VRes vval_unary(Cg *c, int32_t id, Index *ix, int lane, KExpr **v) {
  const IrNode *n = N(c, id);
  DType from = N(c, n->in[0])->dtype;
  if (from == DT_F16 || from == DT_BF16 || n->dtype == DT_F16 || n->dtype == DT_BF16) return VR_GATHER;
  KExpr *a = cg_vval(c, n->in[0], ix, lane);
  if (a->type != KT_VEC16) return VR_SCALAR;
  if (n->op == OP_CAST) {
    if (n->dtype == DT_I32) return VR_GATHER; /* to i32: not in vectors */
    *v = a;                                   /* f32 from f32, or from an i32 kept as exact small floats */
    return VR_VALUE;
  }
  if (n->dtype == DT_I32 || !(*v = cg_float_unary(c, n->op, a))) return VR_GATHER;
  return VR_VALUE;
}

/* An int the same for every lane, clamped to [-2^24, 2^24], where floats are
 * exact. */
static KExpr *clamp_exact(Cg *c, KExpr *x) {
  x = cg_bind(c, "u", cast(c, KT_INT, x));
  KExpr *hi = I(c, 16777216), *lo = I(c, -16777216);
  return cg_bind(c, "uc", cond(c, bin(c, KO_GT, x, hi), hi, cond(c, bin(c, KO_LT, x, lo), lo, x)));
}

static VRes vval_binary(Cg *c, int32_t id, Index *ix, int lane, KExpr **v) {
  const IrNode *n = N(c, id);
  KExpr *a = cg_vval(c, n->in[0], ix, lane), *b = cg_vval(c, n->in[1], ix, lane);
  if (a->type != KT_VEC16 && b->type != KT_VEC16) return VR_SCALAR;
  KOp cmp = KO_EQ;
  if (cg_compare_op(n->op, &cmp)) {
    /* i32 operands here are small exact integers (coordinates, iota, 0/1
     * masks) kept as floats; a loaded i32 (which could exceed 2^24) is not,
     * unless it is the same for every lane (a position against the key
     * iota): clamped to +-2^24 first, beyond every small integer, so every
     * comparison with one comes out the same */
    if (N(c, n->in[0])->dtype == DT_I32) {
      bool sa = small_int(c, n->in[0]), sb = small_int(c, n->in[1]);
      if (!sa && !sb) return VR_GATHER;
      if (!sa && a->type == KT_VEC16) return VR_GATHER;
      if (!sb && b->type == KT_VEC16) return VR_GATHER;
      if (!sa) a = clamp_exact(c, a);
      if (!sb) b = clamp_exact(c, b);
    }
    *v = cg_vec_cond(c, bin(c, cmp, cg_vec_of(c, a), cg_vec_of(c, b)), F(c, 1.0f), F(c, 0.0f));
    return VR_VALUE;
  }
  if (n->dtype == DT_I32) return VR_GATHER;
  switch (n->op) {
  case OP_ADD: *v = bin(c, KO_ADD, a, b); break;
  case OP_SUB: *v = bin(c, KO_SUB, a, b); break;
  case OP_MUL: *v = bin(c, KO_MUL, a, b); break;
  case OP_DIV: *v = bin(c, KO_DIV, a, b); break;
  case OP_POW: *v = ke_call(&c->A, KF_POW, cg_vec_of(c, a), cg_vec_of(c, b), NULL); break;
  default: return VR_GATHER;
  }
  return VR_VALUE;
}

static VRes vval_ternary(Cg *c, int32_t id, Index *ix, int lane, KExpr **v) {
  const IrNode *n = N(c, id);
  KExpr *k = cg_vval(c, n->in[0], ix, lane), *a = cg_vval(c, n->in[1], ix, lane), *b = cg_vval(c, n->in[2], ix, lane);
  if (n->dtype == DT_I32) return VR_GATHER;
  if (k->type != KT_VEC16 && a->type != KT_VEC16 && b->type != KT_VEC16) return VR_SCALAR;
  *v = cg_vec_cond(c, bin(c, KO_NE, cg_vec_of(c, k), cast(c, KT_VEC16, F(c, 0.0f))), a, b);
  return VR_VALUE;
}

/* scatter_add whose lanes are neighbours within one table row: each index
 * adds a vector of src. */
static VRes vval_scatter_add(Cg *c, int32_t id, Index *ix, KExpr **v) {
  const IrNode *n = N(c, id), *x = N(c, n->in[0]), *idx = N(c, n->in[1]);
  Arena *A = &c->A;
  int r = n->rank, ri = idx->rank;
  Dim nidx = dim_const(1), R = dim_const(1);
  for (int i = 0; i < ri; i++) nidx = dim_mul(nidx, idx->shape[i]);
  for (int i = 1; i < r; i++) R = dim_mul(R, n->shape[i]);
  if (nidx.bad || R.bad) return VR_GATHER;
  KExpr *row = cg_ix_coord(c, ix, 0);
  Index rows = cg_ix_new(c, r - 1, n->shape + 1, NULL);
  for (int i = 1; i < r; i++) rows.co[i - 1] = cg_ix_coord(c, ix, i);
  rows.have_co = true;
  KExpr *within = cg_bind(c, "col", cg_ix_flat(c, &rows));
  KExpr *acc = cg_declare(c, "sacc", KT_VEC16, cast(c, KT_VEC16, F(c, 0.0f)));
  const char *jv = cg_fresh(c, "j");
  KStmt *loop = ks_for(A, cur(c), c->idx, jv, ke_int(A, c->idx, 0), cg_dim_expr(c, nidx, c->idx), NULL);
  cg_push_block(c, &loop->body);
  KExpr *j = ke_var(A, c->idx, jv);
  Index ii = cg_ix_of_flat(c, ri, idx->shape, j, NULL);
  KStmt *st = ks_if(A, cur(c), bin(c, KO_EQ, cg_value_at(c, n->in[1], &ii), cast(c, KT_INT, row)));
  cg_push_block(c, &st->body);
  Index si = cg_ix_of_flat(c, x->rank, x->shape, bin(c, KO_ADD, bin(c, KO_MUL, j, cg_dim_expr(c, R, c->idx)), within), NULL);
  ks_assign(A, cur(c), acc->name, KO_ADD, cg_vec_of(c, cg_vval(c, n->in[0], &si, x->rank - 1)));
  cg_pop_block(c);
  cg_pop_block(c);
  *v = acc;
  return VR_VALUE;
}

/* gather whose lanes read one table row (the lanes along the row's axes). */
static VRes vval_gather(Cg *c, int32_t id, Index *ix, int lane, KExpr **v) {
  const IrNode *n = N(c, id);
  if (n->op == OP_SCATTER_ADD && n->dtype == DT_F32 && lane == n->rank - 1 && lane >= 1) return vval_scatter_add(c, id, ix, v);
  if (n->op != OP_GATHER || n->dtype != DT_F32) return VR_GATHER;
  const IrNode *x = N(c, n->in[0]), *idx = N(c, n->in[1]);
  Arena *A = &c->A;
  int ri = idx->rank;
  if (lane < ri) return VR_GATHER; /* the lanes pick different rows */
  KExpr *ico[IR_MAX_RANK], *co[IR_MAX_RANK];
  for (int i = 0; i < ri; i++) ico[i] = cg_ix_coord(c, ix, i);
  Index ii = cg_ix_of_coords(c, ri, idx->shape, ico);
  KExpr *row = cg_bind(c, "row", cg_value_at(c, n->in[1], &ii));
  co[0] = row;
  for (int i = 1; i < x->rank; i++) co[i] = cg_ix_coord(c, ix, ri + i - 1);
  KExpr *gv = cg_declare(c, "gv", KT_VEC16, cast(c, KT_VEC16, F(c, 0.0f)));
  KStmt *st = ks_if(A, cur(c), cg_in_range(c, row, x->shape[0]));
  cg_push_block(c, &st->body);
  Index xi = cg_ix_of_coords(c, x->rank, x->shape, co);
  ks_assign(A, cur(c), gv->name, KO_EQ, cg_vec_of(c, cg_vval(c, n->in[0], &xi, lane - ri + 1)));
  cg_pop_block(c);
  *v = gv;
  return VR_VALUE;
}

/* A reshape keeps the lanes within one row of its input when both last axes
 * are multiples of KV_WIDTH (lane 0 is then aligned to KV_WIDTH), or equal. */
static VRes vval_reshape(Cg *c, int32_t id, Index *ix, int lane, KExpr **v) {
  const IrNode *n = N(c, id), *x = N(c, n->in[0]);
  int64_t lo, li;
  bool lo_k = dim_is_const(n->shape[n->rank - 1], &lo) || (c->sym_val && (lo = ir_dim_eval(n->shape[n->rank - 1], c->sym_val), true));
  bool li_k = x->rank > 0 && (dim_is_const(x->shape[x->rank - 1], &li) || (c->sym_val && (li = ir_dim_eval(x->shape[x->rank - 1], c->sym_val), true)));
  bool same_last = x->rank > 0 && dim_eq(n->shape[n->rank - 1], x->shape[x->rank - 1]); /* leading axes only */
  if (lane != n->rank - 1 || (!same_last && (!lo_k || !li_k || lo % KV_WIDTH || li % KV_WIDTH))) return VR_GATHER;
  Index xi = cg_ix_reshape(c, ix, x->rank, x->shape);
  *v = cg_vval(c, n->in[0], &xi, x->rank - 1);
  return VR_VALUE;
}

/* Movement ops map the index and the lane axis (-1: the lanes broadcast). */
static VRes vval_move(Cg *c, int32_t id, Index *ix, int lane, KExpr **v) {
  const IrNode *n = N(c, id), *x = N(c, n->in[0]);
  KExpr *co[IR_MAX_RANK];
  int xl = -1;
  switch (n->op) {
  case OP_EXPAND:
    for (int i = 0; i < n->rank; i++) co[i] = dim_is(x->shape[i], 1) ? I(c, 0) : cg_ix_coord(c, ix, i);
    xl = dim_is(x->shape[lane], 1) ? -1 : lane;
    break;
  case OP_PERMUTE:
    for (int i = 0; i < n->rank; i++) co[n->perm[i]] = cg_ix_coord(c, ix, i);
    xl = n->perm[lane];
    break;
  case OP_SLICE:
    if (n->slice->step[lane] != 1) return VR_GATHER;
    for (int i = 0; i < n->rank; i++) {
      KExpr *o = cg_ix_coord(c, ix, i);
      KType t = cg_coord_type(c, x->shape[i]);
      co[i] = bin(c, KO_ADD, bin(c, KO_MUL, cast(c, t, o), lit(c, n->slice->step[i])), cg_dim_expr(c, n->slice->start[i], t));
    }
    xl = lane;
    break;
  case OP_RESHAPE: return vval_reshape(c, id, ix, lane, v);
  default: return VR_GATHER;
  }
  Index xi = cg_ix_of_coords(c, x->rank, x->shape, co);
  *v = cg_vval(c, n->in[0], &xi, xl);
  return VR_VALUE;
}

/* The lanes one by one through the scalar path, packed into a vector. */
static KExpr *vval_lanes(Cg *c, int32_t id, Index *ix, int lane) {
  const IrNode *n = N(c, id);
  if ((n->dtype == DT_I32 && !small_int(c, id)) || n->dtype == DT_F16 || n->dtype == DT_BF16) {
    c->vfail = true;
    return F(c, 0.0f);
  }
  KExpr *el[KV_WIDTH];
  for (int l = 0; l < KV_WIDTH; l++) {
    KExpr *co[IR_MAX_RANK];
    for (int k = 0; k < n->rank; k++) co[k] = cg_ix_coord(c, ix, k);
    co[lane] = bin(c, KO_ADD, co[lane], I(c, l));
    Index li = cg_ix_of_coords(c, n->rank, n->shape, co);
    KExpr *e = cg_value_at(c, id, &li);
    el[l] = e->type == KT_FLOAT ? e : cast(c, KT_FLOAT, e);
  }
  return cg_bind(c, "g", ke_vec(&c->A, el));
}

/* The value of node id at ix, whose axis `lane` (-1: none) holds lane 0 of
 * KV_WIDTH consecutive coordinates: a float16 when it varies with the lane,
 * else the scalar value_at gives. Sets c->vfail on what it cannot do. */
KExpr *cg_vval(Cg *c, int32_t id, Index *ix, int lane) {
  if (c->vfail || c->failed) return F(c, 0.0f);
  if (c->pin_vec && id == c->pin_node && lane >= 0 && ix->flat && ix->flat == c->pin_flat) return c->pin_vec;
  if (lane < 0) return cg_value_at(c, id, ix);
  const IrNode *n = N(c, id);
  if (!cg_in_group(c, id)) return n->dtype != DT_F32 ? vval_lanes(c, id, ix, lane) : vval_load(c, id, ix, lane);
  bool fail = false;
  KExpr *known = vval_known(c, id, ix, &fail);
  if (known) return known;
  if (fail) {
    c->vfail = true;
    return F(c, 0.0f);
  }
  KExpr *v = NULL;
  VRes res;
  switch (op_class(n->op)) {
  case OC_LEAF: res = vval_leaf(c, id, ix, lane, &v); break;
  case OC_UNARY: res = vval_unary(c, id, ix, lane, &v); break;
  case OC_BINARY: res = vval_binary(c, id, ix, lane, &v); break;
  case OC_TERNARY: res = vval_ternary(c, id, ix, lane, &v); break;
  case OC_GATHER: res = vval_gather(c, id, ix, lane, &v); break;
  case OC_MOVE: res = vval_move(c, id, ix, lane, &v); break;
  default: res = VR_GATHER; break;
  }
  switch (res) {
  case VR_RETURN: return v;
  case VR_SCALAR: return cg_value_at(c, id, ix);
  case VR_GATHER: return vval_lanes(c, id, ix, lane);
  case VR_VALUE: break;
  }
  if (c->vfail) return F(c, 0.0f);
  if (v->type == KT_VEC16 && cg_group_uses(c, id) > 1 && c->ncache < CG_MAX_CACHE) {
    v = cg_bind(c, arena_printf(&c->A, "w%d", id), v);
    c->cache[c->ncache++] = (CacheEntry){id, ix->id, v, cur_scope(c)};
  }
  return v;
}


/* vacc = vacc op v for float16 lanes (a max or min takes a NaN and keeps it). */
void cg_vred_step(Cg *c, OpKind op, KExpr *vacc, KExpr *v) {
  if (op == OP_RSUM) {
    ks_assign(&c->A, cur(c), vacc->name, KO_ADD, v);
    return;
  }
  v = cg_bind(c, "v", v);
  KExpr *better = bin(c, KO_OR, bin(c, op == OP_RMAX ? KO_GT : KO_LT, v, vacc), bin(c, KO_NE, v, v));
  ks_assign(&c->A, cur(c), vacc->name, KO_EQ, cg_vec_cond(c, better, v, vacc));
}

/* ---- runs of KV_NARROW ------------------------------------------------------------ */

/* The trailing axes of n, from *t on, that hold every run of KV_NARROW flat
 * neighbours starting at a multiple of KV_NARROW: their sizes are known and
 * multiply to a multiple of KV_NARROW (the first product to reach it). */
static bool run_axes(const Cg *c, const IrNode *n, int *t) {
  int64_t s = 1;
  for (int k = n->rank - 1; k >= 0; k--) {
    int64_t v;
    if (!cg_dim_known(c, n->shape[k], &v) || v < 1) return false;
    s *= v;
    if (s >= KV_NARROW) {
      *t = k;
      return s % KV_NARROW == 0;
    }
  }
  return false;
}

static KExpr *run_fail(Cg *c) {
  c->vfail = true;
  return F(c, 0.0f);
}

KExpr *cg_vec8_of(Cg *c, KExpr *e) { return e->type == KT_VEC8 ? e : cast(c, KT_VEC8, cast(c, KT_FLOAT, e)); }

/* An elementwise node whose operands' runs came out in a: the same in vectors
 * (a scalar operand is the same for every lane). */
static KExpr *run_elementwise(Cg *c, const IrNode *n, KExpr *const *a) {
  switch (n->op) {
  case OP_NEG: return ke_unary(&c->A, KO_NEG, a[0]);
  case OP_ADD: return bin(c, KO_ADD, cg_vec8_of(c, a[0]), cg_vec8_of(c, a[1]));
  case OP_SUB: return bin(c, KO_SUB, cg_vec8_of(c, a[0]), cg_vec8_of(c, a[1]));
  case OP_MUL: return bin(c, KO_MUL, cg_vec8_of(c, a[0]), cg_vec8_of(c, a[1]));
  case OP_DIV: return bin(c, KO_DIV, cg_vec8_of(c, a[0]), cg_vec8_of(c, a[1]));
  case OP_WHERE: /* a condition the same for the whole run picks a vector */
    if (a[0]->type == KT_VEC8) return run_fail(c);
    return cond(c, bin(c, KO_NE, a[0], zero_of(c, DT_I32)), cg_vec8_of(c, a[1]), cg_vec8_of(c, a[2]));
  default: return run_fail(c);
  }
}

/* The value of node id at the KV_NARROW flat neighbours from ix on (ix's flat
 * index a multiple of KV_NARROW): a float8, or a scalar where the value is
 * the same for the whole run (it does not vary along the run's axes). What
 * it cannot follow sets c->vfail: an op other than these, a broadcast or a
 * permute that breaks the run, an i32 value that varies along it. */
KExpr *cg_vrun8(Cg *c, int32_t id, Index *ix) {
  if (c->vfail || c->failed) return F(c, 0.0f);
  const IrNode *n = N(c, id);
  int t = 0;
  if (!run_axes(c, n, &t)) return run_fail(c);
  if (!cg_in_group(c, id)) {
    if (n->dtype != DT_F32) return run_fail(c);
    return cg_bind(c, "r8", ke_load(&c->A, KT_VEC8, cg_buffer_of(c, id, KP_BUFFER_IN), cg_ix_flat(c, ix)));
  }
  switch (op_class(n->op)) {
  case OC_LEAF:
    if (n->op == OP_CONST || (n->op == OP_IOTA && n->axis < t)) return cg_value_at(c, id, ix);
    return run_fail(c);
  case OC_UNARY:
  case OC_BINARY:
  case OC_TERNARY: {
    KExpr *a[3];
    bool varies = false;
    for (int k = 0; k < n->nin; k++) {
      a[k] = cg_vrun8(c, n->in[k], ix);
      varies |= a[k]->type == KT_VEC8;
    }
    if (c->vfail) return F(c, 0.0f);
    if (!varies) return cg_value_at(c, id, ix); /* uniform: the scalar path */
    if (n->dtype != DT_F32) return run_fail(c);
    return cg_bind(c, "v8", run_elementwise(c, n, a));
  }
  case OC_MOVE: {
    const IrNode *x = N(c, n->in[0]);
    KExpr *co[IR_MAX_RANK];
    switch (n->op) {
    case OP_RESHAPE: { /* the same flat neighbours */
      Index xi = cg_ix_reshape(c, ix, x->rank, x->shape);
      return cg_vrun8(c, n->in[0], &xi);
    }
    case OP_PERMUTE:
      for (int k = t; k < n->rank; k++)
        if (n->perm[k] != k) return run_fail(c);
      for (int k = 0; k < n->rank; k++) co[n->perm[k]] = cg_ix_coord(c, ix, k);
      break;
    case OP_EXPAND: {
      int bcast = 0, wide = 0;
      for (int k = t; k < n->rank; k++) {
        wide += !dim_is(n->shape[k], 1);
        bcast += dim_is(x->shape[k], 1) && !dim_is(n->shape[k], 1);
      }
      if (bcast == wide) return cg_value_at(c, id, ix); /* the run is one value broadcast */
      if (bcast) return run_fail(c);
      for (int k = 0; k < n->rank; k++) co[k] = dim_is(x->shape[k], 1) ? I(c, 0) : cg_ix_coord(c, ix, k);
      break;
    }
    default: return run_fail(c);
    }
    Index xi = cg_ix_of_coords(c, x->rank, x->shape, co);
    return cg_vrun8(c, n->in[0], &xi);
  }
  default: return run_fail(c);
  }
}
