/* value.c — the values of a kernel's nodes (cg_value_at). A kernel (kernel.c)
 * computes a group of IR nodes as one kernel AST, then prints it as source.
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
 * extra work, which is what the fusion pass hands over; values used more
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
#include "cg_internal.h"

/* ---- values ------------------------------------------------------------------------------ */


/* A load of node `id`'s buffer at ix, converted to the computing type. */
static KExpr *load(Cg *c, int32_t id, Index *ix) {
  int p = cg_buffer_of(c, id, KP_BUFFER_IN);
  ASSERT(p >= 0);
  const IrNode *n = N(c, id);
  KExpr *e = ke_load(&c->A, stype(n->dtype), p, cg_ix_flat(c, ix));
  if (n->dtype == DT_F16) return call1(c, KF_H2F, e);
  if (n->dtype == DT_BF16) return call1(c, KF_BF2F, e);
  return e;
}

/* A float value rounded to the precision of dt (identity for f32, i32). */
KExpr *cg_round_to(Cg *c, DType dt, KExpr *v) {
  if (dt == DT_F16) return call1(c, KF_H2F, call1(c, KF_F2H, v));
  if (dt == DT_BF16) return call1(c, KF_BF2F, call1(c, KF_F2BF, v));
  return v;
}

/* The value converted for storage in a buffer of dtype dt. */
KExpr *cg_to_storage(Cg *c, DType dt, KExpr *v) {
  if (dt == DT_F16) return call1(c, KF_F2H, v);
  if (dt == DT_BF16) return call1(c, KF_F2BF, v);
  return v;
}

KExpr *cg_value_leaf(Cg *c, int32_t id, Index *ix) {
  const IrNode *n = N(c, id);
  switch (n->op) {
  case OP_CONST:
    if (n->dtype == DT_I32) {
      double v = n->f;
      v = v != v ? 0 : v >= 2147483647.0 ? 2147483647.0 : v <= -2147483648.0 ? -2147483648.0 : v;
      return I(c, (int64_t)v);
    }
    return F(c, (float)n->f);
  case OP_IOTA: return cast(c, ctype(n->dtype), cg_ix_coord(c, ix, n->axis));
  case OP_SYMDIM: {
    KExpr *v = cg_dim_expr(c, n->dimval, KT_LONG);
    return n->dtype == DT_I32 ? cast(c, KT_INT, v) : cast(c, KT_FLOAT, v);
  }
  case OP_RAND:
    if (c->seed_param < 0) c->seed_param = -2; /* asked for; added after the shape arguments */
    return ke_call(&c->A, KF_RAND, ke_var(&c->A, KT_ULONG, "seed"), ke_int(&c->A, KT_ULONG, n->axis),
                   cast(c, KT_ULONG, cg_ix_flat(c, ix)));
  default: UNREACHABLE();
  }
}

/* An expression that is evaluated more than once: bound to a variable. */
static KExpr *once(Cg *c, const char *base, KExpr *e) { return cg_bind(c, base, e); }


/* A float unary op of a (a float, or a float16 vector of KV_WIDTH lanes: the
 * same expression serves both). NULL for the ops that are not float maths. */
KExpr *cg_float_unary(Cg *c, OpKind op, KExpr *a) {
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
    return vec ? cg_vec_cond(c, le, F(c, 0.0f), a) : cond(c, le, F(c, 0.0f), a);
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
  KExpr *a = cg_value_at(c, n->in[0], ix);
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
  KExpr *r = cg_float_unary(c, n->op, a);
  if (!r) UNREACHABLE();
  return n->dtype == DT_I32 ? call1(c, KF_F2I, r) : r;
}

/* The C operator of a comparison op; false for the other ops. */
bool cg_compare_op(OpKind op, KOp *k) {
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
  KExpr *a = cg_value_at(c, n->in[0], ix), *b = cg_value_at(c, n->in[1], ix);
  KOp cmp = KO_EQ;
  if (cg_compare_op(n->op, &cmp)) goto compare;
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
KExpr *cg_red_init(Cg *c, OpKind op, bool ints, const char *name) {
  switch (op) {
  case OP_RSUM: return ints ? cg_declare(c, name, KT_UINT, ke_int(&c->A, KT_UINT, 0)) : cg_declare(c, name, KT_FLOAT, F(c, 0.0f));
  case OP_RMAX: return ints ? cg_declare(c, name, KT_INT, I(c, INT32_MIN)) : cg_declare(c, name, KT_FLOAT, F(c, -__builtin_inff()));
  case OP_RMIN: return ints ? cg_declare(c, name, KT_INT, I(c, INT32_MAX)) : cg_declare(c, name, KT_FLOAT, F(c, __builtin_inff()));
  default: UNREACHABLE();
  }
}

/* acc = acc op v, as ir_interp does it (NaN wins a max or min and stays). */
void cg_red_step(Cg *c, OpKind op, bool ints, KExpr *acc, KExpr *v) {
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
  for (int k = 0; k < r; k++) co[k] = (n->axes & (1u << k)) ? NULL : cg_ix_coord(c, ix, k);
  /* the accumulator(s), declared where the loops start */
  KExpr *acc, *arg = NULL;
  const char *what = n->op == OP_RSUM ? "sum" : n->op == OP_RMAX ? "max" : n->op == OP_RMIN ? "min" : "argmax";
  if (n->op == OP_ARGMAX) {
    acc = cg_declare(c, "best", ctype(x->dtype), zero_of(c, x->dtype));
    arg = cg_declare(c, "arg", KT_INT, I(c, 0));
  } else {
    acc = cg_red_init(c, n->op, ints, "acc");
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
    KType t = cg_coord_type(c, x->shape[k]);
    const char *v = cg_fresh(c, arena_printf(&c->A, "r%d", k));
    KStmt *loop = ks_for(&c->A, cur(c), t, v, ke_int(&c->A, t, 0), cg_dim_expr(c, x->shape[k], t), NULL);
    cg_push_block(c, &loop->body);
    opened++;
    co[k] = ke_var(&c->A, t, v);
    if (n->op == OP_ARGMAX) argvar = co[k];
  }
  Index xi = cg_ix_of_coords(c, r, x->shape, co);
  KExpr *v = cg_value_at(c, n->in[0], &xi);
  Arena *A = &c->A;
  switch (n->op) {
  case OP_RSUM:
  case OP_RMAX:
  case OP_RMIN: cg_red_step(c, n->op, ints, acc, v); break;
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
  while (opened--) cg_pop_block(c);
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
  for (int k = 0; k < r - 2; k++) ca[k] = cb[k] = cg_ix_coord(c, ix, k);
  ca[r - 2] = cg_ix_coord(c, ix, r - 2);
  cb[r - 1] = cg_ix_coord(c, ix, r - 1);
  Dim K = a->shape[r - 1];
  KExpr *acc = ints ? cg_declare(c, "acc", KT_UINT, ke_int(&c->A, KT_UINT, 0)) : cg_declare(c, "acc", KT_FLOAT, F(c, 0.0f));
  KType t = cg_coord_type(c, K);
  const char *kv = cg_fresh(c, "k");
  KStmt *loop = ks_for(&c->A, cur(c), t, kv, ke_int(&c->A, t, 0), cg_dim_expr(c, K, t), NULL);
  cg_push_block(c, &loop->body);
  ca[r - 1] = cb[r - 2] = ke_var(&c->A, t, kv);
  Index ai = cg_ix_of_coords(c, r, a->shape, ca), bi = cg_ix_of_coords(c, r, b->shape, cb);
  KExpr *av = cg_value_at(c, n->in[0], &ai), *bv = cg_value_at(c, n->in[1], &bi);
  if (ints) ks_assign(&c->A, cur(c), acc->name, KO_ADD, bin(c, KO_MUL, cast(c, KT_UINT, av), cast(c, KT_UINT, bv)));
  else ks_assign(&c->A, cur(c), acc->name, KO_EQ, ke_call(&c->A, KF_FMA, av, bv, acc));
  cg_pop_block(c);
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
    KExpr *o = cg_ix_coord(c, ix, k);
    if (whole) {
      co[k] = o;
      continue;
    }
    KType t = o->type;
    KExpr *d = cg_bind(c, arena_printf(&c->A, "p%d", k), bin(c, KO_SUB, o, cg_dim_expr(c, n->slice->start[k], t)));
    KExpr *in = bin(c, KO_GE, d, I(c, 0));
    if (step != 1) {
      in = bin(c, KO_AND, in, bin(c, KO_EQ, bin(c, KO_MOD, d, lit(c, step)), I(c, 0)));
      d = bin(c, KO_DIV, d, lit(c, step));
    }
    in = bin(c, KO_AND, in, bin(c, KO_LT, d, cg_dim_expr(c, x->shape[k], t)));
    ok = ke_is_int(ok, 1) ? in : bin(c, KO_AND, ok, in);
    co[k] = d;
  }
  if (ke_is_int(ok, 1)) {
    Index xi = cg_ix_of_coords(c, r, x->shape, co);
    return cg_value_at(c, n->in[0], &xi);
  }
  KExpr *v = cg_declare(c, "v", ctype(n->dtype), zero_of(c, n->dtype));
  KStmt *s = ks_if(&c->A, cur(c), ok);
  cg_push_block(c, &s->body);
  Index xi = cg_ix_of_coords(c, r, x->shape, co);
  ks_assign(&c->A, cur(c), v->name, KO_ADD, cg_value_at(c, n->in[0], &xi));
  cg_pop_block(c);
  return v;
}

/* Concat: the operand whose range along the axis holds the coordinate. */
static KExpr *value_concat(Cg *c, int32_t id, Index *ix) {
  const IrNode *n = N(c, id);
  int r = n->rank, a = n->axis;
  KExpr *o = cg_ix_coord(c, ix, a);
  KExpr *v = cg_declare(c, "v", ctype(n->dtype), zero_of(c, n->dtype));
  Dim off = dim_const(0);
  KBlock *blk = cur(c);
  for (int k = 0; k < n->nin; k++) {
    const IrNode *x = N(c, n->in[k]);
    Dim end = dim_add(off, x->shape[a]);
    KStmt *s = NULL;
    if (k < n->nin - 1) {
      s = ks_if(&c->A, blk, bin(c, KO_LT, o, cg_dim_expr(c, end, o->type)));
      cg_push_block(c, &s->body);
    } else {
      cg_push_block(c, blk);
    }
    KExpr *co[IR_MAX_RANK];
    for (int i = 0; i < r; i++) co[i] = i == a ? bin(c, KO_SUB, o, cg_dim_expr(c, off, o->type)) : cg_ix_coord(c, ix, i);
    Index xi = cg_ix_of_coords(c, r, x->shape, co);
    ks_assign(&c->A, cur(c), v->name, KO_EQ, cg_value_at(c, n->in[k], &xi));
    cg_pop_block(c);
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
    Index xi = cg_ix_reshape(c, ix, x->rank, x->shape);
    return cg_value_at(c, n->in[0], &xi);
  }
  case OP_PERMUTE:
    for (int i = 0; i < r; i++) co[n->perm[i]] = cg_ix_coord(c, ix, i);
    break;
  case OP_EXPAND:
    for (int i = 0; i < r; i++) co[i] = dim_is(x->shape[i], 1) ? I(c, 0) : cg_ix_coord(c, ix, i);
    break;
  case OP_SLICE:
    for (int i = 0; i < r; i++) {
      KExpr *o = cg_ix_coord(c, ix, i);
      KType t = cg_coord_type(c, x->shape[i]);
      co[i] = bin(c, KO_ADD, bin(c, KO_MUL, cast(c, t, o), lit(c, n->slice->step[i])), cg_dim_expr(c, n->slice->start[i], t));
    }
    break;
  case OP_PAD: return value_pad(c, id, ix);
  case OP_CONCAT: return value_concat(c, id, ix);
  default: UNREACHABLE();
  }
  Index xi = cg_ix_of_coords(c, x->rank, x->shape, co);
  return cg_value_at(c, n->in[0], &xi);
}

/* `0 <= k && k < len` for an index value k. */
KExpr *cg_in_range(Cg *c, KExpr *k, Dim len) {
  return bin(c, KO_AND, bin(c, KO_GE, k, I(c, 0)), bin(c, KO_LT, k, cg_dim_factor(c, len)));
}

static KExpr *value_index(Cg *c, int32_t id, Index *ix) {
  const IrNode *n = N(c, id), *x = N(c, n->in[0]), *idx = N(c, n->in[1]);
  int r = n->rank, ri = idx->rank;
  KExpr *co[IR_MAX_RANK], *ico[IR_MAX_RANK];
  Arena *A = &c->A;
  switch (n->op) {
  case OP_GATHER: { /* table[V, r...], idx[i...] -> [i..., r...] */
    for (int i = 0; i < ri; i++) ico[i] = cg_ix_coord(c, ix, i);
    Index ii = cg_ix_of_coords(c, ri, idx->shape, ico);
    KExpr *row = cg_bind(c, "row", cg_value_at(c, n->in[1], &ii));
    co[0] = row;
    for (int i = 1; i < x->rank; i++) co[i] = cg_ix_coord(c, ix, ri + i - 1);
    KExpr *v = cg_declare(c, "v", ctype(n->dtype), zero_of(c, n->dtype));
    KStmt *s = ks_if(A, cur(c), cg_in_range(c, row, x->shape[0]));
    cg_push_block(c, &s->body);
    Index xi = cg_ix_of_coords(c, x->rank, x->shape, co);
    ks_assign(A, cur(c), v->name, KO_EQ, cg_value_at(c, n->in[0], &xi));
    cg_pop_block(c);
    return v;
  }
  case OP_TAKE: { /* x, idx (x's shape without axis) -> idx's shape */
    KExpr *k = cg_bind(c, "pick", cg_value_at(c, n->in[1], ix));
    for (int i = 0, j = 0; i < x->rank; i++) co[i] = i == n->axis ? k : cg_ix_coord(c, ix, j++);
    KExpr *v = cg_declare(c, "v", ctype(n->dtype), zero_of(c, n->dtype));
    KStmt *s = ks_if(A, cur(c), cg_in_range(c, k, x->shape[n->axis]));
    cg_push_block(c, &s->body);
    Index xi = cg_ix_of_coords(c, x->rank, x->shape, co);
    ks_assign(A, cur(c), v->name, KO_EQ, cg_value_at(c, n->in[0], &xi));
    cg_pop_block(c);
    return v;
  }
  case OP_PUT_ADD: { /* g (idx's shape), idx -> zeros(idx's shape with axis) += along axis */
    for (int i = 0, j = 0; i < r; i++)
      if (i != n->axis) ico[j++] = cg_ix_coord(c, ix, i);
    Index ii = cg_ix_of_coords(c, ri, idx->shape, ico);
    KExpr *k = cg_value_at(c, n->in[1], &ii);
    KExpr *v = cg_declare(c, "v", ctype(n->dtype), zero_of(c, n->dtype));
    KExpr *o = cg_ix_coord(c, ix, n->axis);
    KStmt *s = ks_if(A, cur(c), bin(c, KO_EQ, k, cast(c, KT_INT, o)));
    cg_push_block(c, &s->body);
    ii = cg_ix_of_coords(c, ri, idx->shape, ico);
    KExpr *g = cg_value_at(c, n->in[0], &ii);
    if (n->dtype == DT_I32) ks_assign(A, cur(c), v->name, KO_EQ, cast(c, KT_INT, bin(c, KO_ADD, ke_int(A, KT_UINT, 0), cast(c, KT_UINT, g))));
    else ks_assign(A, cur(c), v->name, KO_ADD, g);
    cg_pop_block(c);
    return v;
  }
  case OP_SCATTER_ADD: { /* src[i..., r...], idx[i...] -> zeros[V, r...] += rows */
    bool ints = n->dtype == DT_I32;
    KExpr *acc = ints ? cg_declare(c, "acc", KT_UINT, ke_int(A, KT_UINT, 0)) : cg_declare(c, "acc", KT_FLOAT, F(c, 0.0f));
    KExpr *row = cg_ix_coord(c, ix, 0);
    /* the position within a row, flat over r... */
    Index rows = cg_ix_new(c, r - 1, n->shape + 1, NULL);
    for (int i = 1; i < r; i++) rows.co[i - 1] = cg_ix_coord(c, ix, i);
    rows.have_co = true;
    KExpr *within = cg_bind(c, "col", cg_ix_flat(c, &rows));
    Dim nidx = dim_const(1), R = dim_const(1);
    for (int i = 0; i < ri; i++) nidx = dim_mul(nidx, idx->shape[i]);
    for (int i = 1; i < r; i++) R = dim_mul(R, n->shape[i]);
    if (nidx.bad || R.bad) {
      cg_fail(c, "node %%%d (scatter_add): shape too complex for the kernel generator", id);
      return acc;
    }
    ks_comment(A, cur(c), "gather-style scatter_add: every index in order, deterministic");
    const char *jv = cg_fresh(c, "j");
    KStmt *loop = ks_for(A, cur(c), c->idx, jv, ke_int(A, c->idx, 0), cg_dim_expr(c, nidx, c->idx), NULL);
    cg_push_block(c, &loop->body);
    KExpr *j = ke_var(A, c->idx, jv);
    Index ii = cg_ix_of_flat(c, ri, idx->shape, j, NULL);
    KStmt *s = ks_if(A, cur(c), bin(c, KO_EQ, cg_value_at(c, n->in[1], &ii), cast(c, KT_INT, row)));
    cg_push_block(c, &s->body);
    Index si = cg_ix_of_flat(c, x->rank, x->shape, bin(c, KO_ADD, bin(c, KO_MUL, j, cg_dim_expr(c, R, c->idx)), within), NULL);
    KExpr *v = cg_value_at(c, n->in[0], &si);
    ks_assign(A, cur(c), acc->name, KO_ADD, ints ? cast(c, KT_UINT, v) : v);
    cg_pop_block(c);
    cg_pop_block(c);
    return ints ? cast(c, KT_INT, acc) : acc;
  }
  default: UNREACHABLE();
  }
}

/* Number of uses of node id by nodes of the group. */
int cg_group_uses(const Cg *c, int32_t id) {
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
        KExpr *a = cg_ix_coord(c, ix, k), *b = rix->co[k];
        /* another (or not provably the same) row: computed there, correct if slower */
        if (a != b && !(a->kind == KE_VAR && b->kind == KE_VAR && !strcmp(a->name, b->name))) return NULL;
      }
      return c->rowval[i].val;
    }
  return NULL;
}

KExpr *cg_value_at(Cg *c, int32_t id, Index *ix) {
  if (c->failed) return I(c, 0);
  if (c->pin_flat && c->pin_val && id == c->pin_node && ix->flat == c->pin_flat) return c->pin_val;
  if (!cg_in_group(c, id)) return load(c, id, ix);
  KExpr *rv = row_value(c, id, ix);
  if (rv) return rv;
  for (int i = c->ncache - 1; i >= 0; i--) {
    CacheEntry *e = &c->cache[i];
    if (e->node == id && e->ix == ix->id && cg_scope_open(c, e->scope)) return e->val;
  }
  const IrNode *n = N(c, id);
  KExpr *v;
  switch (op_class(n->op)) {
  case OC_LEAF: v = cg_value_leaf(c, id, ix); break;
  case OC_UNARY: v = value_unary(c, id, ix); break;
  case OC_BINARY: v = value_binary(c, id, ix); break;
  case OC_TERNARY: {
    KExpr *k = cg_value_at(c, n->in[0], ix);
    KExpr *a = cg_value_at(c, n->in[1], ix), *b = cg_value_at(c, n->in[2], ix);
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
  if (c->ngroup > 1 && (n->dtype == DT_F16 || n->dtype == DT_BF16) && cg_group_uses(c, id) > 0) v = cg_round_to(c, n->dtype, v);
  if (cg_group_uses(c, id) > 1 && c->ncache < CG_MAX_CACHE) {
    v = cg_bind(c, arena_printf(&c->A, "v%d", id), v);
    c->cache[c->ncache++] = (CacheEntry){id, ix->id, v, cur_scope(c)};
  }
  return v;
}


/* Remembers a per-row value (lane: a column kernel's lane, 0 for a row
 * kernel, -1 for a vector of lanes). False when the table is full. */
bool cg_row_keep(Cg *c, int32_t id, int lane, KExpr *val) {
  if (c->nrowval >= CG_MAX_ROWVAL) return false;
  c->rowval[c->nrowval].node = id;
  c->rowval[c->nrowval].lane = lane;
  c->rowval[c->nrowval].val = val;
  c->nrowval++;
  return true;
}
