/* column.c — column kernels (CPU): KFORM_COLUMN and KFORM_COLUMN_VEC. */
#include "cg_internal.h"

#define VCOL_FUSE 8 /* reductions per walk over the rows in a vector column kernel */

/* A row kernel whose rows are not contiguous (sums over the leading axes, such
 * as bias gradients over B*T rows) that stores only reduced-shape values: on
 * a CPU, one work item per row would walk memory with a stride. Instead each
 * work item takes COL_LANES neighbouring rows (neighbouring columns in memory)
 * and walks the reduced axes once, updating one accumulator per lane: the
 * lanes' loads are adjacent, which the compiler turns into vector loads, and
 * each accumulator still adds in the interpreter's order. (The schedule
 * chose the form, sched/shape.c.) */

static bool vcol_body(Cg *c, const IdVec *outs, KExpr *base);

/* The lanes' rows base + l (clamped to the last row unless shifted), their
 * indices over the reduced shape. */
static void column_lanes(Cg *c, KExpr *base, KExpr *count, bool shifted, KExpr **row) {
  const IrNode *r = N(c, c->row);
  Arena *A = &c->A;
  KType t = c->idx;
  Index *rix = arena_alloc(A, sizeof(Index) * COL_LANES);
  for (int l = 0; l < COL_LANES; l++) {
    row[l] = cg_bind(c, arena_printf(A, "q%d", l), bin(c, KO_ADD, base, ke_int(A, t, l)));
    KExpr *clamped = shifted ? row[l]
                             : cg_bind(c, arena_printf(A, "w%d", l), cond(c, bin(c, KO_LT, row[l], count), row[l],
                                                                        bin(c, KO_SUB, count, ke_int(A, t, 1))));
    rix[l] = cg_ix_of_flat(c, r->rank, r->shape, clamped, arena_printf(A, "o%d_", l));
    for (int k = 0; k < r->rank; k++) cg_ix_coord(c, &rix[l], k);
    c->rixl[l] = &rix[l];
  }
  c->rix = &rix[0];
  c->lanes = COL_LANES;
}

/* Reduction x of the group for every lane, one walk over the reduced axes. */
static void column_reduce(Cg *c, const IrNode *x, KExpr **val) {
  const IrNode *dom = N(c, N(c, c->row)->in[0]);
  Arena *A = &c->A;
  bool ints = N(c, x->in[0])->dtype == DT_I32;
  KExpr *acc[COL_LANES];
  for (int l = 0; l < COL_LANES; l++) acc[l] = cg_red_init(c, x->op, ints, arena_printf(A, "acc%d", l));
  KExpr *co[IR_MAX_RANK], *none[IR_MAX_RANK] = {0};
  int opened = cg_open_axis_loops(c, dom, x->axes, none, "r", co);
  int saved = c->ncache;
  for (int l = 0; l < COL_LANES; l++) {
    c->lane = l;
    KExpr *lco[IR_MAX_RANK];
    for (int k = 0; k < dom->rank; k++) lco[k] = co[k] ? co[k] : c->rixl[l]->co[k];
    Index xi = cg_ix_of_coords(c, dom->rank, dom->shape, lco);
    cg_red_step(c, x->op, ints, acc[l], cg_value_at(c, x->in[0], &xi));
  }
  c->ncache = saved;
  while (opened--) cg_pop_block(c);
  for (int l = 0; l < COL_LANES; l++) val[l] = ints && x->op == OP_RSUM ? cg_bind(c, "s", cast(c, KT_INT, acc[l])) : acc[l];
}

/* The lanes' reduced-shape values that depend on a reduction, kept per lane. */
static void column_values(Cg *c) {
  const IrNode *r = N(c, c->row);
  Arena *A = &c->A;
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
      column_reduce(c, x, val);
    } else {
      for (int l = 0; l < COL_LANES; l++) {
        c->lane = l;
        Index mi = cg_ix_of_flat(c, x->rank, x->shape, c->rixl[l]->flat, NULL);
        KExpr *v = cg_value_at(c, id, ir_same_shape(x, r) ? c->rixl[l] : &mi);
        val[l] = ke_is_simple(v) && v->kind == KE_VAR ? v : cg_bind(c, arena_printf(A, "r%d_", id), v);
      }
    }
    for (int l = 0; l < COL_LANES; l++) cg_row_keep(c, id, l, val[l]);
  }
}

/* The vector form's body into the current block; false (nothing kept) when a
 * node cannot be computed in vectors: then the scalar lanes are rendered. */
static bool column_try_vectors(Cg *c, const IdVec *outs, KExpr *base) {
  KBlock scratch = {0};
  int ncache = c->ncache, nrowval = c->nrowval;
  cg_push_block(c, &scratch);
  bool ok = vcol_body(c, outs, base);
  c->vcol = NULL;
  cg_pop_block(c);
  if (ok && !c->vfail && !c->failed) {
    cg_splice(c, &scratch);
    return true;
  }
  c->vfail = false;
  c->ncache = ncache;
  c->nrowval = nrowval;
  return false;
}

void cg_column_kernel(Cg *c, const IdVec *outs) {
  const IrNode *r = N(c, c->row);
  Arena *A = &c->A;
  KType t = c->idx;
  KExpr *count = cg_dim_expr(c, dim_const(1), t);
  for (int k = 0; k < r->rank; k++) count = bin(c, KO_MUL, count, cg_dim_factor(c, r->shape[k]));
  count = cg_bind(c, "rows", count);
  KExpr *nb = cg_bind(c, "blocks", bin(c, KO_DIV, bin(c, KO_ADD, count, ke_int(A, t, COL_LANES - 1)), ke_int(A, t, COL_LANES)));
  KExpr *step = cg_bind(c, "items", cg_dim_expr(c, c->item->items, t));
  const char *bv = cg_fresh(c, "blk");
  KStmt *loop = ks_for(A, cur(c), t, bv, ke_builtin(A, t, KB_GLOBAL_ID), nb, step);
  cg_push_block(c, &loop->body);
  KExpr *blk = ke_var(A, t, bv);
  /* With at least COL_LANES rows known, the last block is moved back to end
   * at the last row (recomputing, bit for bit, a few rows of its neighbour),
   * so the lanes are base + l, provably adjacent; otherwise the lanes past
   * the end repeat the last row and are not stored. */
  int64_t known = -1;
  Dim cd = cg_numel_dim(r);
  if (!dim_is_const(cd, &known) && c->sym_val) known = ir_dim_eval(cd, c->sym_val);
  bool shifted = known >= COL_LANES;
  KExpr *base = bin(c, KO_MUL, blk, ke_int(A, t, COL_LANES));
  if (shifted) {
    KExpr *last = ke_int(A, t, known - COL_LANES);
    base = cg_bind(c, "base", cond(c, bin(c, KO_GT, base, last), last, base));
  } else {
    base = cg_bind(c, "base", base);
  }
  /* KFORM_COLUMN_VEC implies shifted (sched/shape.c) */
  if (c->form == KFORM_COLUMN_VEC && column_try_vectors(c, outs, base)) {
    cg_pop_block(c);
    return;
  }
  c->form = KFORM_COLUMN;
  KExpr *row[COL_LANES];
  column_lanes(c, base, count, shifted, row);
  column_values(c);
  for (int j = 0; j < outs->n; j++) {
    int32_t id = outs->v[j];
    for (int l = 0; l < COL_LANES; l++) {
      c->lane = l;
      Index mi = cg_ix_of_flat(c, N(c, id)->rank, N(c, id)->shape, c->rixl[l]->flat, NULL);
      KExpr *v = cg_value_at(c, id, ir_same_shape(N(c, id), r) ? c->rixl[l] : &mi);
      KBlock *at = cur(c);
      if (!shifted) at = &ks_if(A, cur(c), bin(c, KO_LT, row[l], count))->body;
      ks_store(A, at, cg_buffer_of(c, id, KP_BUFFER_OUT), row[l], cg_to_storage(c, N(c, id)->dtype, v));
    }
  }
  c->lane = 0;
  c->lanes = 0;
  cg_pop_block(c);
}

/* A column kernel's body in vectors: the work item's KV_WIDTH neighbouring
 * columns are the lanes of float16 accumulators (each lane adds its column in
 * the interpreter's order), stored with vstore16. Only for kernels that store
 * reductions of floats and nothing else of the reduced shape. */
static bool vcol_body(Cg *c, const IdVec *outs, KExpr *base) {
  const IrNode *r = N(c, c->row), *dom = N(c, r->in[0]);
  Arena *A = &c->A;
  int ax = -1; /* the innermost axis, kept (sched/shape.c checked the form's conditions) */
  for (int k = 0; k < dom->rank; k++)
    if (!dim_is(dom->shape[k], 1)) ax = k;
  Index *rix = arena_alloc(A, sizeof *rix);
  *rix = cg_ix_of_flat(c, r->rank, r->shape, base, "o");
  for (int k = 0; k < r->rank; k++) cg_ix_coord(c, rix, k);
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
      vacc[q] = cg_declare(c, "vacc", KT_VEC16, cast(c, KT_VEC16, F(c, init)));
    }
    KExpr *co[IR_MAX_RANK];
    int opened = cg_open_axis_loops(c, dom, r->axes, rix->co, "r", co);
    int saved = c->ncache;
    Index vix = cg_ix_of_coords(c, dom->rank, dom->shape, co);
    for (int q = 0; q < np; q++) {
      const IrNode *x = N(c, c->group[pick[q]]);
      KExpr *v = cg_vec_of(c, cg_vval(c, x->in[0], &vix, ax));
      cg_vred_step(c, x->op, vacc[q], v);
    }
    c->ncache = saved;
    while (opened--) cg_pop_block(c);
    for (int q = 0; q < np; q++) {
      cg_row_keep(c, c->group[pick[q]], -1, vacc[q]);
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
      Index mi = cg_ix_of_flat(c, x->rank, x->shape, base, NULL);
      KExpr *v = cg_vec_of(c, cg_vval(c, id, ir_same_shape(x, r) ? rix : &mi, last));
      v = cg_bind(c, arena_printf(A, "r%d", id), v);
      cg_row_keep(c, id, -1, v);
      continue;
    }
    float init = x->op == OP_RSUM ? 0.0f : x->op == OP_RMAX ? -__builtin_inff() : __builtin_inff();
    KExpr *vacc = cg_declare(c, "vacc", KT_VEC16, cast(c, KT_VEC16, F(c, init)));
    KExpr *co[IR_MAX_RANK];
    int opened = cg_open_axis_loops(c, dom, x->axes, rix->co, "r", co);
    int saved = c->ncache;
    Index vix = cg_ix_of_coords(c, dom->rank, dom->shape, co);
    KExpr *v = cg_vec_of(c, cg_vval(c, x->in[0], &vix, ax));
    cg_vred_step(c, x->op, vacc, v);
    c->ncache = saved;
    while (opened--) cg_pop_block(c);
    cg_row_keep(c, id, -1, vacc); /* a vector: not for the scalar lookups */
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
      Index mi = cg_ix_of_flat(c, o->rank, o->shape, base, NULL);
      v = cg_vec_of(c, cg_vval(c, outs->v[j], ir_same_shape(o, r) ? rix : &mi, last));
      if (c->vfail) return false;
    }
    ks_store(A, cur(c), cg_buffer_of(c, outs->v[j], KP_BUFFER_OUT), base, v);
  }
  return true;
}
