/* row.c — row kernels: KFORM_ROW, KFORM_ROW_VEC and KFORM_ROW_COOP. */
#include "cg_internal.h"

/* ---- shared by the row kernels ------------------------------------------------------------ */

/* c->rix: the index of row i over the seed reduction's (reduced) shape, its
 * coordinates declared. */
static Index *row_index(Cg *c, KExpr *i) {
  const IrNode *r = N(c, c->row);
  Index *rix = arena_alloc(&c->A, sizeof *rix);
  *rix = cg_ix_of_flat(c, r->rank, r->shape, i, "o");
  for (int k = 0; k < r->rank; k++) cg_ix_coord(c, rix, k);
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
  Index mi = cg_ix_of_flat(c, x->rank, x->shape, i, NULL);
  return cg_value_at(c, id, ir_same_shape(x, N(c, c->row)) ? c->rix : &mi);
}

/* Computes the non-reduction per-row value id once, as a variable, and keeps it. */
static void row_keep_value(Cg *c, int32_t id, KExpr *i) {
  KExpr *v = row_at(c, id, i);
  if (!ke_is_simple(v) || v->kind != KE_VAR) v = cg_bind(c, arena_printf(&c->A, "r%d", id), v);
  cg_row_keep(c, id, 0, v);
}

/* Stores the outputs of the reduced shape at row i. */
static void store_row_outs(Cg *c, const IdVec *outs, KExpr *i) {
  for (int j = 0; j < outs->n; j++) {
    int32_t id = outs->v[j];
    if (!ir_same_squeezed(N(c, id), N(c, c->row))) continue;
    ks_store(&c->A, cur(c), cg_buffer_of(c, id, KP_BUFFER_OUT), i, cg_to_storage(c, N(c, id)->dtype, row_at(c, id, i)));
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
  KExpr *at = cg_bind(c, "at", cg_ix_flat(c, fix));
  int nfull = 0;
  for (int j = 0; j < outs->n; j++) nfull += !ir_same_squeezed(N(c, outs->v[j]), r);
  for (int j = 0; j < outs->n; j++) {
    int32_t id = outs->v[j];
    if (ir_same_squeezed(N(c, id), r)) continue;
    KExpr *v = cg_value_at(c, id, fix);
    if (nfull > 1) v = cg_bind(c, arena_printf(&c->A, "v%d", id), v);
    ks_store(&c->A, cur(c), cg_buffer_of(c, id, KP_BUFFER_OUT), at, cg_to_storage(c, N(c, id)->dtype, v));
  }
}

/* ---- vector rows (CPU) ---------------------------------------------------------------------- */

/* On a CPU, a row kernel whose row is one contiguous axis of known length
 * (at least KV_WIDTH) walks it KV_WIDTH elements at a time in float16
 * vectors: loads of the row are vload16, transcendentals take vectors (an
 * OpenCL CPU compiler vectorises those, not a scalar loop inside a work
 * item), each reduction keeps KV_WIDTH partial results that are combined at
 * the end (so sums are not added in the interpreter's order: they agree to
 * rounding), and the tail of the row runs the scalar code. Any node the
 * vector path does not handle makes the whole kernel use the scalar path. */

/* The row's length along its one contiguous reduced axis, when known. */
static bool vrow_axis(const Cg *c, int *axis, int64_t *len) {
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
  KType at = cg_coord_type(c, dom->shape[ax]);
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
      KExpr *vacc = cg_declare(c, "vacc", KT_VEC16, cast(c, KT_VEC16, F(c, init)));
      const char *av = cg_fresh(c, "a");
      KStmt *loop = ks_for(A, cur(c), at, av, ke_int(A, at, 0), ke_int(A, at, L16), ke_int(A, at, KV_WIDTH));
      cg_push_block(c, &loop->body);
      int saved = c->ncache;
      KExpr *co[IR_MAX_RANK];
      for (int k = 0; k < dom->rank; k++) co[k] = (x->axes & (1u << k)) ? (k == ax ? ke_var(A, at, av) : I(c, 0)) : rix->co[k];
      Index vix = cg_ix_of_coords(c, dom->rank, dom->shape, co);
      KExpr *v = cg_vec_of(c, cg_vval(c, x->in[0], &vix, ax));
      cg_vred_step(c, x->op, vacc, v);
      c->ncache = saved;
      cg_pop_block(c);
      if (c->vfail) return false;
      /* the lanes in order, then the tail of the row */
      KExpr *acc = cg_red_init(c, x->op, false, "acc");
      for (int l = 0; l < KV_WIDTH; l++) cg_red_step(c, x->op, false, acc, ke_lane(A, vacc, l));
      if (L16 < L) {
        const char *tv = cg_fresh(c, "a");
        KStmt *tl = ks_for(A, cur(c), at, tv, ke_int(A, at, L16), ke_int(A, at, L), NULL);
        cg_push_block(c, &tl->body);
        saved = c->ncache;
        for (int k = 0; k < dom->rank; k++) co[k] = (x->axes & (1u << k)) ? (k == ax ? ke_var(A, at, tv) : I(c, 0)) : rix->co[k];
        Index tix = cg_ix_of_coords(c, dom->rank, dom->shape, co);
        cg_red_step(c, x->op, false, acc, cg_value_at(c, x->in[0], &tix));
        c->ncache = saved;
        cg_pop_block(c);
      }
      val = acc;
    } else {
      row_keep_value(c, id, i);
      continue;
    }
    cg_row_keep(c, id, 0, val);
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
    const char *av = cg_fresh(c, "a");
    KStmt *loop = ks_for(A, cur(c), at, av, ke_int(A, at, pass ? L16 : 0), ke_int(A, at, pass ? L : L16),
                         pass ? NULL : ke_int(A, at, KV_WIDTH));
    cg_push_block(c, &loop->body);
    int saved = c->ncache;
    KExpr *co[IR_MAX_RANK];
    for (int k = 0; k < dom->rank; k++) co[k] = (r->axes & (1u << k)) ? (k == ax ? ke_var(A, at, av) : I(c, 0)) : rix->co[k];
    Index fix = cg_ix_of_coords(c, dom->rank, dom->shape, co);
    KExpr *flat = cg_bind(c, "at", cg_ix_flat(c, &fix));
    for (int j = 0; j < outs->n; j++) {
      int32_t id = outs->v[j];
      if (ir_same_squeezed(N(c, id), r)) continue;
      KExpr *v = pass ? cg_value_at(c, id, &fix) : cg_vec_of(c, cg_vval(c, id, &fix, ax));
      ks_store(A, cur(c), cg_buffer_of(c, id, KP_BUFFER_OUT), flat, v);
    }
    c->ncache = saved;
    cg_pop_block(c);
    if (c->vfail) return false;
  }
  return true;
}


/* ---- cooperative row kernels (GPUs) ---------------------------------------------------------- */

/* On a GPU a row kernel gives each row (or, when the rows are columns in
 * memory, each 32 neighbouring rows) a work group: its work items split the
 * row, walk it with a stride of the group's width (adjacent items read
 * adjacent elements), fold their partials through local memory in a tree,
 * and then split the stores of the full-shape values the same way. The
 * reductions are sums, maxima and minima of floats (the schedule checked
 * that, and chose the group's shape: sched/shape.c); a sum adds in a
 * different order from the interpreter's, so it agrees to rounding, not bit
 * for bit. */

typedef struct Coop {
  int cw, rs;                 /* rows side by side per work group, items per row */
  int nr;                     /* reduced axes: their number, positions and lengths */
  int rax[IR_MAX_RANK];
  Dim rshape[IR_MAX_RANK];
  Dim Ld;                     /* the row's length */
  const char *red[SCHED_COOP_MAX_RED];
  KExpr *lid, *lc, *ls, *Le, *okrow, *i;
  Index *rix;
} Coop;

/* The reduced axes of the domain, and the local memory (at the outermost scope). */
static void coop_geometry(Cg *c, Coop *p) {
  const IrNode *r = N(c, c->row), *dom = N(c, r->in[0]);
  p->cw = c->item->coop_rows;
  p->rs = c->item->coop_split;
  p->Ld = dim_const(1);
  p->nr = 0;
  for (int k = 0; k < dom->rank; k++)
    if (r->axes & (1u << k)) {
      p->Ld = dim_mul(p->Ld, dom->shape[k]);
      p->rax[p->nr] = k;
      p->rshape[p->nr++] = dom->shape[k];
    }
  int nred = 0;
  for (int j = 0; j < c->ngroup; j++) nred += op_class(N(c, c->group[j])->op) == OC_REDUCE;
  for (int q = 0; q < nred; q++) {
    p->red[q] = cg_fresh(c, "red");
    ks_local(&c->A, cur(c), KT_FLOAT, p->red[q], p->cw * p->rs);
  }
}

/* The loop over the work group's blocks of rows; the item's row (clamped). */
static void coop_open(Cg *c, Coop *p) {
  const IrNode *r = N(c, c->row);
  Arena *A = &c->A;
  KType t = c->idx;
  int cw = p->cw;
  p->lid = cg_bind(c, "lid", ke_builtin(A, KT_INT, KB_LOCAL_ID));
  p->lc = cw == 1 ? I(c, 0) : cg_bind(c, "lc", bin(c, KO_MOD, p->lid, I(c, cw)));
  p->ls = cw == 1 ? p->lid : cg_bind(c, "ls", bin(c, KO_DIV, p->lid, I(c, cw)));
  KExpr *count = cg_dim_expr(c, dim_const(1), t);
  for (int k = 0; k < r->rank; k++) count = bin(c, KO_MUL, count, cg_dim_factor(c, r->shape[k]));
  count = cg_bind(c, "rows", count);
  KExpr *nb = cw == 1 ? count : cg_bind(c, "blocks", bin(c, KO_DIV, bin(c, KO_ADD, count, ke_int(A, t, cw - 1)), ke_int(A, t, cw)));
  KExpr *ng = cg_bind(c, "groups", cg_dim_expr(c, c->item->groups, t));
  p->Le = cg_bind(c, "len", cg_dim_expr(c, p->Ld, t));
  const char *bv = cg_fresh(c, "blk");
  KStmt *loop = ks_for(A, cur(c), t, bv, ke_builtin(A, t, KB_GROUP_ID), nb, ng);
  cg_push_block(c, &loop->body);
  KExpr *blk = ke_var(A, t, bv);
  KExpr *row = cw == 1 ? blk : cg_bind(c, "row", bin(c, KO_ADD, bin(c, KO_MUL, blk, ke_int(A, t, cw)), cast(c, t, p->lc)));
  /* items past the last row compute the last row again (every item meets
   * every barrier) and store nothing */
  p->okrow = cw == 1 ? NULL : cg_bind(c, "ok", bin(c, KO_LT, row, count));
  p->i = cw == 1 ? row : cg_bind(c, "i", cond(c, p->okrow, row, bin(c, KO_SUB, count, ke_int(A, t, 1))));
  p->rix = row_index(c, p->i);
}

/* Opens the loop over this item's elements ls, ls + rs, ... of the row and
 * returns their index over the domain. */
static Index coop_walk(Cg *c, const Coop *p, const char *prefix) {
  const IrNode *dom = N(c, N(c, c->row)->in[0]);
  Arena *A = &c->A;
  KType t = c->idx;
  const char *tv = cg_fresh(c, "e");
  KStmt *el = ks_for(A, cur(c), t, tv, cast(c, t, p->ls), p->Le, ke_int(A, t, p->rs));
  cg_push_block(c, &el->body);
  Index tix = cg_ix_of_flat(c, p->nr, p->rshape, ke_var(A, t, tv), prefix);
  KExpr *co[IR_MAX_RANK];
  for (int k = 0; k < dom->rank; k++) co[k] = p->rix->co[k];
  for (int m = 0; m < p->nr; m++) co[p->rax[m]] = cg_ix_coord(c, &tix, m);
  return cg_ix_of_coords(c, dom->rank, dom->shape, co);
}

/* Reduction x of the row: this item's partial, then the tree over the row's
 * items through local array red; the row's value. */
static KExpr *coop_reduce(Cg *c, const Coop *p, int32_t id, const char *red) {
  const IrNode *x = N(c, id);
  Arena *A = &c->A;
  KExpr *acc = cg_red_init(c, x->op, false, "acc");
  int inner_saved = c->ncache;
  Index xi = coop_walk(c, p, "r");
  cg_red_step(c, x->op, false, acc, cg_value_at(c, x->in[0], &xi));
  c->ncache = inner_saved;
  cg_pop_block(c);
  ks_store_local(A, cur(c), red, p->lid, acc);
  ks_simple(A, cur(c), KS_BARRIER);
  for (int s = p->rs / 2; s > 0; s /= 2) {
    KStmt *st = ks_if(A, cur(c), bin(c, KO_LT, p->ls, I(c, s)));
    cg_push_block(c, &st->body);
    KExpr *a = ke_load_local(A, KT_FLOAT, red, p->lid);
    KExpr *b = ke_load_local(A, KT_FLOAT, red, bin(c, KO_ADD, p->lid, I(c, s * p->cw)));
    KExpr *v = x->op == OP_RSUM ? bin(c, KO_ADD, a, b) : call2(c, x->op == OP_RMAX ? KF_FMAX : KF_FMIN, a, b);
    ks_store_local(A, cur(c), red, p->lid, v);
    cg_pop_block(c);
    ks_simple(A, cur(c), KS_BARRIER);
  }
  return cg_bind(c, arena_printf(A, "r%d", id), ke_load_local(A, KT_FLOAT, red, p->lc));
}

/* The stores: reduced-shape values by the row's first item, the full shape
 * split over the row's items. */
static void coop_stores(Cg *c, const Coop *p, const IdVec *outs) {
  const IrNode *r = N(c, c->row);
  Arena *A = &c->A;
  KBlock *body = cur(c);
  if (p->okrow) {
    KStmt *s = ks_if(A, cur(c), p->okrow);
    cg_push_block(c, &s->body);
  }
  bool any = false;
  for (int j = 0; j < outs->n; j++) any |= ir_same_squeezed(N(c, outs->v[j]), r);
  if (any) {
    KStmt *s = ks_if(A, cur(c), bin(c, KO_EQ, p->ls, I(c, 0)));
    cg_push_block(c, &s->body);
    store_row_outs(c, outs, p->i);
    cg_pop_block(c);
  }
  if (row_full_outs(c, outs)) {
    int inner_saved = c->ncache;
    Index fix = coop_walk(c, p, "a");
    store_full_outs(c, outs, &fix);
    c->ncache = inner_saved;
    cg_pop_block(c);
  }
  while (cur(c) != body) cg_pop_block(c);
}

void cg_coop_row_kernel(Cg *c, const IdVec *outs) {
  const IrNode *r = N(c, c->row);
  Coop p = {0};
  coop_geometry(c, &p);
  coop_open(c, &p);
  int saved = c->ncache;
  bool *dep = row_deps(c);
  int q = 0;
  for (int j = 0; j < c->ngroup && !c->failed; j++) {
    int32_t id = c->group[j];
    if (!dep[j] || !ir_same_squeezed(N(c, id), r)) continue;
    if (c->nrowval >= CG_MAX_ROWVAL) {
      cg_fail(c, "cg_kernel: too many per-row values in the row kernel of %%%d", c->row);
      return;
    }
    if (op_class(N(c, id)->op) == OC_REDUCE) cg_row_keep(c, id, 0, coop_reduce(c, &p, id, p.red[q++]));
    else row_keep_value(c, id, p.i);
  }
  coop_stores(c, &p, outs);
  /* every item meets the next row's first barrier only after this row's last read */
  ks_simple(&c->A, cur(c), KS_BARRIER);
  c->ncache = saved;
  cg_pop_block(c); /* blk */
}

/* ---- row kernels ---------------------------------------------------------------------- */

/* One work item per row of the seed reduction's domain: the row's reduced-shape
 * values that depend on a reduction (the reductions themselves, in order, each
 * a loop over the row) are computed once and stored if asked for; then one
 * loop over the row stores the full-shape values, which read the row's
 * reductions as variables. */
void cg_row_kernel(Cg *c, const IdVec *outs) {
  const IrNode *r = N(c, c->row), *dom = N(c, r->in[0]);
  Arena *A = &c->A;
  KExpr *count = cg_dim_expr(c, dim_const(1), c->idx);
  for (int k = 0; k < r->rank; k++) count = bin(c, KO_MUL, count, cg_dim_factor(c, r->shape[k]));
  ks_decl(A, cur(c), c->idx, "i", ke_builtin(A, c->idx, KB_GLOBAL_ID), true);
  KExpr *i = ke_var(A, c->idx, "i");
  ks_simple(A, &ks_if(A, cur(c), bin(c, KO_GE, i, count))->body, KS_RETURN);
  Index *rix = row_index(c, i);
  bool *dep = row_deps(c);
  if (c->form == KFORM_ROW_VEC) { /* vectors, unless some node cannot be: then the scalar loops below */
    KBlock scratch = {0};
    int ncache = c->ncache, nrowval = c->nrowval;
    cg_push_block(c, &scratch);
    bool ok = vrow_body(c, outs, i, dep);
    cg_pop_block(c);
    if (ok && !c->vfail && !c->failed) {
      cg_splice(c, &scratch);
      return;
    }
    c->form = KFORM_ROW;
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
  int opened = cg_open_axis_loops(c, dom, r->axes, rix->co, "a", co);
  Index fix = cg_ix_of_coords(c, dom->rank, dom->shape, co);
  store_full_outs(c, outs, &fix);
  while (opened--) cg_pop_block(c);
}

