/* matmul.c — matmul kernels: KFORM_MATMUL_TILE (GPU) and KFORM_MATMUL_CPU. */
#include "cg_internal.h"

/* The GPU kernel (KFORM_MATMUL_TILE). A group ending in a float matmul is
 * computed tile by tile: each work group of MM_LOCAL work items computes MM_TM x MM_TN outputs (a 4x4 register block
 * per work item, rows ty + 16i, columns tx + 16j), staging MM_TK-deep slices
 * of both operands through local memory (zero past the edges). Operands are
 * read through value_at, so fused index maps (expand, permute, reshape) work
 * as elsewhere. The groups walk the tiles (batch, row tile, column tile) with
 * a stride of the number of groups launched, a polynomial in the shape
 * variables close to the tile count (one variable of each symbolic term
 * dropped), so any launch size is correct. Each output still accumulates
 * fma(a, b, acc) over k ascending, as the one-item-per-element kernel did. */
#define MM_TM SCHED_MM_TILE
#define MM_TN SCHED_MM_TILE
#define MM_TK 16
#define MM_LOCAL SCHED_MM_LOCAL

/* The CPU kernel (KFORM_MATMUL_CPU). Each work item computes MC_RM rows x
 * KV_WIDTH columns of the result in MC_RM float16 accumulators, with the whole k loop inside the work
 * item (scalar broadcasts of A times a float16 row segment of B, fma), in work
 * groups of one item: PoCL's work-group vectoriser then leaves the explicit
 * vectors alone. Measured on PoCL (AVX-512) this beats 4-row, 12/16-row and
 * two-vector-wide blocks and any larger work group. */
#define MC_RM SCHED_MC_ROWS

/* ---- the plan: the schedule item's matmuls and launch -------------------------------------- */

typedef struct MmPlan {
  int32_t mm;        /* the group's first OP_MATMUL node */
  /* horizontal fusion: sibling matmuls (independent of each other, usually
   * sharing an operand, as the q, k and v projections do) in one launch, the
   * tiles of each after those of the one before */
  int nmm;
  int32_t mms[SCHED_MAX_SIBLINGS];
  Dim groups;        /* GPU: work groups launched; CPU: work items launched */
  Dim items;         /* the launch */
} MmPlan;

/* Whether group node id's value depends on node m. */
static bool mm_depends(const Cg *c, int32_t id, int32_t m) {
  if (id == m) return true;
  if (!cg_in_group(c, id)) return false;
  const IrNode *n = N(c, id);
  for (int j = 0; j < n->nin; j++)
    if (mm_depends(c, n->in[j], m)) return true;
  return false;
}



/* An output stored through a permute: out = permute(y), y an epilogue value
 * (or the matmul itself) of the same size. Its element for the matmul's flat
 * index f is y's element f, stored at the permuted position. */
static bool mm_permuted(const Cg *c, int32_t out) {
  const IrNode *o = N(c, out);
  return o->op == OP_PERMUTE && cg_in_group(c, o->in[0]);
}

/* The flat index in permuted output o = permute(y) of y's element at yix. */
static KExpr *mm_permuted_at(Cg *c, int32_t out, Index *yix) {
  const IrNode *o = N(c, out);
  KExpr *co[IR_MAX_RANK];
  for (int k = 0; k < o->rank; k++) co[k] = cg_ix_coord(c, yix, o->perm[k]);
  Index oix = cg_ix_of_coords(c, o->rank, o->shape, co);
  return cg_ix_flat(c, &oix);
}

/* The store of a permuted output o = permute(y) of y's element at yix. */
static void mm_store_permuted(Cg *c, int32_t out, Index *yix) {
  const IrNode *o = N(c, out);
  KExpr *at = mm_permuted_at(c, out, yix);
  ks_store(&c->A, cur(c), cg_buffer_of(c, out, KP_BUFFER_OUT), at, cg_to_storage(c, o->dtype, cg_value_at(c, o->in[0], yix)));
}

/* Whether the runs of KV_WIDTH columns a CPU tile stores (from a column that
 * is a multiple of KV_WIDTH) stay runs in the permuted output `out`: its last
 * axis is its input's last axis, a known multiple of KV_WIDTH long, and the
 * matmul's rows are a known multiple of KV_WIDTH long (no shifted tiles). */
static bool mm_perm_runs(const Cg *c, int32_t out, int32_t m) {
  const IrNode *o = N(c, out), *y = N(c, o->in[0]), *n = N(c, m);
  if (o->dtype != DT_F32 || y->dtype != DT_F32 || o->rank == 0 || o->perm[o->rank - 1] != o->rank - 1) return false;
  int64_t d, cols;
  Dim dd = o->shape[o->rank - 1], nd = n->shape[n->rank - 1];
  if (!dim_is_const(dd, &d)) d = c->sym_val && !dd.bad ? ir_dim_eval(dd, c->sym_val) : -1;
  if (!dim_is_const(nd, &cols)) cols = c->sym_val && !nd.bad ? ir_dim_eval(nd, c->sym_val) : -1;
  return d > 0 && d % KV_WIDTH == 0 && cols > 0 && cols % KV_WIDTH == 0;
}

/* The stride, in permuted output `out` = permute(y), between neighbouring
 * elements of y's last axis, when the runs of KV_WIDTH columns a CPU tile
 * stores map to arithmetic progressions of that stride in `out`: as
 * mm_perm_runs, but y's last axis becomes another axis p of `out` (the q, k
 * and v projections stored transposed, [B, T, H, hd] -> [B, H, hd, T]). NULL
 * otherwise. */
static KExpr *mm_perm_stride(Cg *c, int32_t out, int32_t m) {
  const IrNode *o = N(c, out), *y = N(c, o->in[0]), *n = N(c, m);
  if (o->dtype != DT_F32 || y->dtype != DT_F32 || o->rank < 2 || o->perm[o->rank - 1] == o->rank - 1) return NULL;
  int p = 0;
  while (p < o->rank && o->perm[p] != o->rank - 1) p++;
  int64_t d, cols;
  Dim dd = y->shape[y->rank - 1], nd = n->shape[n->rank - 1];
  if (!dim_is_const(dd, &d)) d = c->sym_val && !dd.bad ? ir_dim_eval(dd, c->sym_val) : -1;
  if (!dim_is_const(nd, &cols)) cols = c->sym_val && !nd.bad ? ir_dim_eval(nd, c->sym_val) : -1;
  if (p >= o->rank || d <= 0 || d % KV_WIDTH || cols <= 0 || cols % KV_WIDTH) return NULL;
  Dim stride = dim_const(1);
  for (int k = p + 1; k < o->rank; k++) stride = dim_mul(stride, o->shape[k]);
  return cg_dim_expr(c, stride, c->idx);
}

/* The matmul of the group that output `out` is an epilogue of: the first
 * one it depends on (the schedule checked there is one at most). */
static int mm_owner(const Cg *c, const MmPlan *p, int32_t out) {
  for (int q = 0; q < p->nmm; q++)
    if (mm_depends(c, out, p->mms[q])) return q;
  return 0;
}

/* The outputs of sibling q. */
static void mm_sibling_outs(const Cg *c, const IdVec *outs, const MmPlan *p, int q, IdVec *so) {
  for (int i = 0; i < outs->n; i++)
    if (mm_owner(c, p, outs->v[i]) == q) vec_push(so, outs->v[i]);
}

/* Binds each sibling's tile count (rm x rn tiles) and returns their sum. */
static KExpr *mm_tile_counts(Cg *c, const MmPlan *p, int rm, int rn, KExpr **tiles) {
  KType t = c->idx;
  KExpr *total = NULL;
  for (int q = 0; q < p->nmm; q++) {
    const IrNode *n = N(c, p->mms[q]);
    int r = n->rank;
    Dim batch = dim_const(1);
    for (int k = 0; k < r - 2; k++) batch = dim_mul(batch, n->shape[k]);
    KExpr *Me = cg_dim_expr(c, n->shape[r - 2], t), *Ne = cg_dim_expr(c, n->shape[r - 1], t);
    KExpr *tm = bin(c, KO_DIV, bin(c, KO_ADD, Me, I(c, rm - 1)), I(c, rm));
    KExpr *tn = bin(c, KO_DIV, bin(c, KO_ADD, Ne, I(c, rn - 1)), I(c, rn));
    tiles[q] = cg_bind(c, "tiles", bin(c, KO_MUL, bin(c, KO_MUL, cg_dim_expr(c, batch, t), tm), tn));
    total = total ? bin(c, KO_ADD, total, tiles[q]) : tiles[q];
  }
  return p->nmm > 1 ? cg_bind(c, "tiles", total) : total;
}

/* Opens sibling q's branch of the tile loop (if tile < its end, else the
 * next sibling) and returns its own tile number there. */
static KExpr *mm_open_sibling(Cg *c, const MmPlan *p, int q, KExpr *tile, KExpr *const *tiles, int *opened) {
  KType t = c->idx;
  KExpr *off = ke_int(&c->A, t, 0);
  for (int j = 0; j < q; j++) off = bin(c, KO_ADD, off, tiles[j]);
  if (p->nmm > 1) ks_comment(&c->A, cur(c), arena_printf(&c->A, "sibling %d", q));
  if (q < p->nmm - 1) {
    KStmt *s = ks_if(&c->A, cur(c), bin(c, KO_LT, tile, bin(c, KO_ADD, off, tiles[q])));
    cg_push_block(c, &s->els);
    (*opened)++;
    cg_push_block(c, &s->body);
  }
  return q ? cg_bind(c, "tl", bin(c, KO_SUB, tile, off)) : tile;
}

static void mm_close_sibling(Cg *c, const MmPlan *p, int q) {
  if (q < p->nmm - 1) cg_pop_block(c);
}


/* Stores every output at coordinates co (batch..., row, column) of the matmul
 * m, whose value there is acc: the value cache is seeded with it, so the
 * outputs' elementwise epilogues read it instead of recomputing it. */
static void mm_store(Cg *c, const IdVec *outs, int32_t m, KExpr *const *co, KExpr *acc) {
  const IrNode *n = N(c, m);
  int saved = c->ncache;
  Index ix = cg_ix_of_coords(c, n->rank, n->shape, co);
  KExpr *v = acc;
  if (c->ngroup > 1 && (n->dtype == DT_F16 || n->dtype == DT_BF16) && cg_group_uses(c, m) > 0) v = cg_round_to(c, n->dtype, v);
  if (cg_group_uses(c, m) > 1) v = cg_bind(c, arena_printf(&c->A, "v%d", m), v);
  if (c->ncache < CG_MAX_CACHE) c->cache[c->ncache++] = (CacheEntry){m, ix.id, v, cur_scope(c)};
  KExpr *flat = cg_bind(c, "o", cg_ix_flat(c, &ix));
  c->pin_node = m;
  c->pin_flat = flat;
  c->pin_val = v;
  for (int j = 0; j < outs->n; j++) {
    int32_t id = outs->v[j];
    const IrNode *o = N(c, id);
    if (mm_permuted(c, id)) {
      const IrNode *y = N(c, o->in[0]);
      Index yix = cg_ix_of_flat(c, y->rank, y->shape, flat, NULL);
      mm_store_permuted(c, id, ir_same_shape(y, n) ? &ix : &yix);
      continue;
    }
    Index oix = cg_ix_of_flat(c, o->rank, o->shape, flat, NULL); /* outputs of another shape: the same flat index */
    KExpr *x = cg_value_at(c, id, ir_same_shape(o, n) ? &ix : &oix);
    ks_store(&c->A, cur(c), cg_buffer_of(c, id, KP_BUFFER_OUT), flat, cg_to_storage(c, o->dtype, x));
  }
  c->pin_flat = NULL;
  c->ncache = saved;
}

/* Loads one tile of a matmul operand into local memory: element e of the
 * tile (e = lid + MM_LOCAL * l) is row e / cols, column e % cols, read at
 * (row0 + row, col0 + col) of the operand (zero outside rowsE x colsE) and
 * stored at e, or transposed (column-major) when `transposed`. */
static void stage_tile(Cg *c, int32_t in, const Dim *shape, int r, KExpr *const *bco, KExpr *row0, KExpr *col0,
                       KExpr *rowsE, KExpr *colsE, int rows, int cols, KExpr *lid, const char *local, bool transposed,
                       const char *rname, const char *cname, const char *vname) {
  Arena *A = &c->A;
  for (int l = 0; l < (rows * cols) / MM_LOCAL; l++) {
    KExpr *e = cg_bind(c, "e", bin(c, KO_ADD, lid, I(c, MM_LOCAL * l)));
    KExpr *rr = cg_bind(c, rname, bin(c, KO_DIV, e, I(c, cols)));
    KExpr *cc = cg_bind(c, cname, bin(c, KO_MOD, e, I(c, cols)));
    KExpr *gr = cg_bind(c, transposed ? "gm" : "gk", bin(c, KO_ADD, row0, rr));
    KExpr *gc = cg_bind(c, transposed ? "gk" : "gn", bin(c, KO_ADD, col0, cc));
    KExpr *v = cg_declare(c, vname, KT_FLOAT, F(c, 0.0f));
    KStmt *s = ks_if(A, cur(c), bin(c, KO_AND, bin(c, KO_LT, gr, rowsE), bin(c, KO_LT, gc, colsE)));
    cg_push_block(c, &s->body);
    KExpr *co[IR_MAX_RANK];
    for (int k = 0; k < r - 2; k++) co[k] = bco[k];
    co[r - 2] = gr;
    co[r - 1] = gc;
    Index ix = cg_ix_of_coords(c, r, shape, co);
    ks_assign(A, cur(c), v->name, KO_EQ, cg_value_at(c, in, &ix));
    cg_pop_block(c);
    ks_store_local(A, cur(c), local, transposed ? bin(c, KO_ADD, bin(c, KO_MUL, cc, I(c, rows)), rr) : e, v);
  }
}

/* One MM_TM x MM_TN tile (number `tile` of matmul id) of a tiled kernel. */
static void tiled_tile(Cg *c, const IdVec *outs, int32_t id, KExpr *tile, KExpr *lid, KExpr *tx, KExpr *ty) {
  const IrNode *n = N(c, id), *a = N(c, n->in[0]), *b = N(c, n->in[1]);
  Arena *A = &c->A;
  int r = n->rank;
  KType t = c->idx;
  Dim M = n->shape[r - 2], Nn = n->shape[r - 1], K = a->shape[r - 1];
  KExpr *Me = cg_bind(c, "M", cg_dim_expr(c, M, t));
  KExpr *Ne = cg_bind(c, "N", cg_dim_expr(c, Nn, t));
  KExpr *Ke = cg_bind(c, "K", cg_dim_expr(c, K, t));
  KExpr *tm = cg_bind(c, "tiles_m", bin(c, KO_DIV, bin(c, KO_ADD, Me, I(c, MM_TM - 1)), I(c, MM_TM)));
  KExpr *tn = cg_bind(c, "tiles_n", bin(c, KO_DIV, bin(c, KO_ADD, Ne, I(c, MM_TN - 1)), I(c, MM_TN)));
  KExpr *bt = cg_bind(c, "bt", bin(c, KO_DIV, tile, bin(c, KO_MUL, tm, tn)));
  KExpr *rest = cg_bind(c, "rest", bin(c, KO_MOD, tile, bin(c, KO_MUL, tm, tn)));
  KExpr *m0 = cg_bind(c, "m0", bin(c, KO_MUL, bin(c, KO_DIV, rest, tn), I(c, MM_TM)));
  KExpr *n0 = cg_bind(c, "n0", bin(c, KO_MUL, bin(c, KO_MOD, rest, tn), I(c, MM_TN)));
  Index bix = cg_ix_of_flat(c, r - 2, n->shape, bt, "bat");
  KExpr *bco[IR_MAX_RANK];
  for (int k = 0; k < r - 2; k++) bco[k] = cg_ix_coord(c, &bix, k);
  KExpr *acc[4][4];
  for (int i = 0; i < 4; i++)
    for (int j = 0; j < 4; j++) acc[i][j] = cg_declare(c, arena_printf(A, "acc%d%d", i, j), KT_FLOAT, F(c, 0.0f));
  const char *kv = cg_fresh(c, "k0");
  KStmt *kl = ks_for(A, cur(c), t, kv, ke_int(A, t, 0), Ke, I(c, MM_TK));
  cg_push_block(c, &kl->body);
  KExpr *k0 = ke_var(A, t, kv);
  /* staging: each work item loads 4 elements of each tile (zero outside) */
  stage_tile(c, n->in[0], a->shape, r, bco, m0, k0, Me, Ke, MM_TM, MM_TK, lid, "As", true, "am", "ak", "va");
  stage_tile(c, n->in[1], b->shape, r, bco, k0, n0, Ke, Ne, MM_TK, MM_TN, lid, "Bs", false, "bk", "bn", "vb");
  ks_simple(A, cur(c), KS_BARRIER);
  const char *kk = cg_fresh(c, "kk");
  KStmt *il = ks_for(A, cur(c), KT_INT, kk, I(c, 0), I(c, MM_TK), NULL);
  cg_push_block(c, &il->body);
  KExpr *kkv = ke_var(A, KT_INT, kk);
  KExpr *av[4], *bv[4];
  for (int i = 0; i < 4; i++)
    av[i] = cg_bind(c, arena_printf(A, "a%d", i),
                 ke_load_local(A, KT_FLOAT, "As", bin(c, KO_ADD, bin(c, KO_ADD, bin(c, KO_MUL, kkv, I(c, MM_TM)), ty), I(c, 16 * i))));
  for (int j = 0; j < 4; j++)
    bv[j] = cg_bind(c, arena_printf(A, "b%d", j),
                 ke_load_local(A, KT_FLOAT, "Bs", bin(c, KO_ADD, bin(c, KO_ADD, bin(c, KO_MUL, kkv, I(c, MM_TN)), tx), I(c, 16 * j))));
  for (int i = 0; i < 4; i++)
    for (int j = 0; j < 4; j++) ks_assign(A, cur(c), acc[i][j]->name, KO_EQ, ke_call(A, KF_FMA, av[i], bv[j], acc[i][j]));
  cg_pop_block(c);
  ks_simple(A, cur(c), KS_BARRIER);
  cg_pop_block(c); /* k0 */
  for (int i = 0; i < 4; i++) {
    KExpr *om = cg_bind(c, "om", bin(c, KO_ADD, bin(c, KO_ADD, m0, ty), I(c, 16 * i)));
    for (int j = 0; j < 4; j++) {
      KExpr *on = cg_bind(c, "on", bin(c, KO_ADD, bin(c, KO_ADD, n0, tx), I(c, 16 * j)));
      KStmt *s = ks_if(A, cur(c), bin(c, KO_AND, bin(c, KO_LT, om, Me), bin(c, KO_LT, on, Ne)));
      cg_push_block(c, &s->body);
      KExpr *co[IR_MAX_RANK];
      for (int k = 0; k < r - 2; k++) co[k] = bco[k];
      co[r - 2] = om;
      co[r - 1] = on;
      mm_store(c, outs, id, co, acc[i][j]);
      cg_pop_block(c);
    }
  }
}

static void tiled_matmul(Cg *c, const IdVec *outs, const MmPlan *pl) {
  Arena *A = &c->A;
  KType t = c->idx;
  ks_local(A, cur(c), KT_FLOAT, "As", MM_TK * MM_TM);
  ks_local(A, cur(c), KT_FLOAT, "Bs", MM_TK * MM_TN);
  nt_add(&c->names, "As");
  nt_add(&c->names, "Bs");
  KExpr *lid = cg_bind(c, "lid", ke_builtin(A, KT_INT, KB_LOCAL_ID));
  KExpr *tx = cg_bind(c, "tx", bin(c, KO_MOD, lid, I(c, 16)));
  KExpr *ty = cg_bind(c, "ty", bin(c, KO_DIV, lid, I(c, 16)));
  KExpr *tiles[SCHED_MAX_SIBLINGS], *total = mm_tile_counts(c, pl, MM_TM, MM_TN, tiles);
  KExpr *ng = cg_bind(c, "groups", cg_dim_expr(c, pl->groups, t));
  const char *tv = cg_fresh(c, "tile");
  KStmt *loop = ks_for(A, cur(c), t, tv, ke_builtin(A, t, KB_GROUP_ID), total, ng);
  cg_push_block(c, &loop->body);
  int opened = 0;
  KExpr *tile = ke_var(A, t, tv);
  for (int q = 0; q < pl->nmm; q++) {
    IdVec so = {0};
    mm_sibling_outs(c, outs, pl, q, &so);
    KExpr *lt = mm_open_sibling(c, pl, q, tile, tiles, &opened);
    int saved = c->ncache;
    tiled_tile(c, &so, pl->mms[q], lt, lid, tx, ty);
    c->ncache = saved;
    mm_close_sibling(c, pl, q);
    vec_free(&so);
  }
  while (opened--) cg_pop_block(c);
  cg_pop_block(c); /* tile */
}


/* ---- the CPU kernel ------------------------------------------------------------------------ */

/* How the CPU kernel reads B in full tiles: as row segments of its buffer
 * (B outside the group, row-major), as rows of the buffer of X when B is X
 * with its last two axes swapped (X outside the group: the layout of A @ X^T),
 * or element by element through value_at. */
typedef enum McLayout { MC_GENERAL, MC_ROWS, MC_TRANSPOSED } McLayout;

/* A node of the group that only reshapes (in the group) a value outside it:
 * that value, whose buffer has the same row-major order; else -1. */
static int32_t mc_through_reshapes(const Cg *c, int32_t x) {
  while (cg_in_group(c, x) && N(c, x)->op == OP_RESHAPE) x = N(c, x)->in[0];
  return cg_in_group(c, x) || N(c, x)->dtype != DT_F32 ? -1 : x;
}

/* The layout of B; *buf: the buffer read, *shp: the node whose shape indexes
 * it (the same row-major order as the buffer). */
static McLayout mc_layout(const Cg *c, int32_t b, int32_t *buf, int32_t *shp) {
  const IrNode *n = N(c, b);
  int r = n->rank;
  *shp = b;
  if ((*buf = mc_through_reshapes(c, b)) >= 0) return MC_ROWS;
  if (n->op != OP_PERMUTE) return MC_GENERAL;
  for (int k = 0; k < r - 2; k++)
    if (n->perm[k] != k) return MC_GENERAL;
  if (n->perm[r - 2] != r - 1 || n->perm[r - 1] != r - 2) return MC_GENERAL;
  *shp = n->in[0];
  return (*buf = mc_through_reshapes(c, n->in[0])) >= 0 ? MC_TRANSPOSED : MC_GENERAL;
}

/* The coordinates (batch..., x, y) of a rank-r operand. */
static Index mc_index(Cg *c, const IrNode *n, KExpr *const *bco, KExpr *x, KExpr *y) {
  KExpr *co[IR_MAX_RANK];
  for (int k = 0; k < n->rank - 2; k++) co[k] = bco[k];
  co[n->rank - 2] = x;
  co[n->rank - 1] = y;
  return cg_ix_of_coords(c, n->rank, n->shape, co);
}

/* acc[i] = fma((float16)A[row i, k], bv, acc[i]) for the rm rows of a tile. */
static void mc_fma_rows(Cg *c, int rm, int32_t ain, KExpr *const *bco, KExpr *const *rows, KExpr *k, KExpr *bv,
                        KExpr *const *acc) {
  const IrNode *a = N(c, ain);
  for (int i = 0; i < rm; i++) {
    Index ai = mc_index(c, a, bco, rows[i], k);
    KExpr *av = cast(c, KT_VEC16, cg_value_at(c, ain, &ai));
    ks_assign(&c->A, cur(c), acc[i]->name, KO_EQ, ke_call(&c->A, KF_FMA, av, bv, acc[i]));
  }
}

/* One k step read through value_at: B's KV_WIDTH columns cols[] and A's rows
 * rows[] (clamped into range on edge tiles, so every read is in bounds). */
static void mc_step_general(Cg *c, int rm, int32_t ain, int32_t bin_, KExpr *const *bco, KExpr *const *rows,
                            KExpr *const *cols, KExpr *k, KExpr *const *acc) {
  const IrNode *b = N(c, bin_);
  KExpr *e[KV_WIDTH];
  for (int j = 0; j < KV_WIDTH; j++) {
    Index bi = mc_index(c, b, bco, k, cols[j]);
    e[j] = cg_value_at(c, bin_, &bi);
  }
  KExpr *bv = cg_bind(c, "bv", ke_vec(&c->A, e));
  mc_fma_rows(c, rm, ain, bco, rows, k, bv, acc);
}

/* for (k = from; k < K; k++) one general step. */
static void mc_loop_general(Cg *c, int rm, int32_t ain, int32_t bin_, KExpr *const *bco, KExpr *const *rows,
                            KExpr *const *cols, KExpr *from, KExpr *Ke, KExpr *const *acc) {
  const char *kv = cg_fresh(c, "k");
  KStmt *kl = ks_for(&c->A, cur(c), c->idx, kv, from, Ke, NULL);
  cg_push_block(c, &kl->body);
  int saved = c->ncache;
  mc_step_general(c, rm, ain, bin_, bco, rows, cols, ke_var(&c->A, c->idx, kv), acc);
  c->ncache = saved;
  cg_pop_block(c);
}

/* One MC_RM x KV_WIDTH tile of a CPU kernel, as it is built. */
typedef struct McTile {
  int32_t id, ain, bin_;      /* the matmul and its operands */
  const IrNode *n;
  int r;
  int rm;                     /* rows per tile: MC_RM, or M when it is a smaller constant (a
                                 matrix-vector product computes its one row once, not MC_RM times) */
  KExpr *Me, *Ne, *Ke;        /* M, N, K */
  KExpr *m0, *n0;             /* the tile's first row and column */
  KExpr *full;                /* the tile lies inside the result */
  bool always_full;           /* M >= rm and N >= KV_WIDTH are known: every tile lies inside the result */
  KExpr *bco[IR_MAX_RANK];    /* batch coordinates */
  KExpr *acc[MC_RM];          /* float16 accumulators, one per row */
} McTile;

/* The tile's position (the last tile of a row or column is moved back to
 * end at the edge when the matrix is at least a tile wide, so that every
 * tile is full: it then recomputes a few outputs of its neighbour, bit for
 * bit the same values, and stores them again) and its accumulators. */
static void mc_tile_setup(Cg *c, McTile *T, int32_t id, KExpr *tile) {
  const IrNode *n = N(c, id);
  Arena *A = &c->A;
  int r = n->rank;
  KType t = c->idx;
  T->id = id;
  T->n = n;
  T->r = r;
  T->ain = n->in[0];
  T->bin_ = n->in[1];
  Dim M = n->shape[r - 2], Nn = n->shape[r - 1], K = N(c, T->ain)->shape[r - 1];
  int64_t mv;
  T->rm = cg_dim_known(c, M, &mv) && mv >= 1 && mv < MC_RM ? (int)mv : MC_RM;
  T->Me = cg_bind(c, "M", cg_dim_expr(c, M, t));
  T->Ne = cg_bind(c, "N", cg_dim_expr(c, Nn, t));
  T->Ke = cg_bind(c, "K", cg_dim_expr(c, K, t));
  KExpr *tm = cg_bind(c, "tiles_m", bin(c, KO_DIV, bin(c, KO_ADD, T->Me, I(c, MC_RM - 1)), I(c, MC_RM)));
  KExpr *tn = cg_bind(c, "tiles_n", bin(c, KO_DIV, bin(c, KO_ADD, T->Ne, I(c, KV_WIDTH - 1)), I(c, KV_WIDTH)));
  KExpr *bt = cg_bind(c, "bt", bin(c, KO_DIV, tile, bin(c, KO_MUL, tm, tn)));
  KExpr *rest = cg_bind(c, "rest", bin(c, KO_MOD, tile, bin(c, KO_MUL, tm, tn)));
  KExpr *m0 = cg_bind(c, "mt", bin(c, KO_MUL, bin(c, KO_DIV, rest, tn), I(c, MC_RM)));
  KExpr *n0 = cg_bind(c, "nt", bin(c, KO_MUL, bin(c, KO_MOD, rest, tn), I(c, KV_WIDTH)));
  KExpr *mback = bin(c, KO_SUB, T->Me, I(c, MC_RM)), *nback = bin(c, KO_SUB, T->Ne, I(c, KV_WIDTH));
  T->m0 = cg_bind(c, "m0", cond(c, bin(c, KO_AND, bin(c, KO_GE, T->Me, I(c, MC_RM)), bin(c, KO_GT, m0, mback)), mback, m0));
  T->n0 = cg_bind(c, "n0", cond(c, bin(c, KO_AND, bin(c, KO_GE, T->Ne, I(c, KV_WIDTH)), bin(c, KO_GT, n0, nback)), nback, n0));
  Index bix = cg_ix_of_flat(c, r - 2, n->shape, bt, "bat");
  for (int k = 0; k < r - 2; k++) T->bco[k] = cg_ix_coord(c, &bix, k);
  for (int i = 0; i < T->rm; i++) T->acc[i] = cg_declare(c, arena_printf(A, "acc%d", i), KT_VEC16, cast(c, KT_VEC16, F(c, 0.0f)));
  T->always_full = T->Me->kind == KE_INT && T->Me->i >= T->rm && T->Ne->kind == KE_INT && T->Ne->i >= KV_WIDTH;
  T->full = T->always_full ? I(c, 1)
                           : cg_bind(c, "full", bin(c, KO_AND, bin(c, KO_LE, bin(c, KO_ADD, T->m0, I(c, T->rm)), T->Me),
                                                    bin(c, KO_LE, bin(c, KO_ADD, T->n0, I(c, KV_WIDTH)), T->Ne)));
}

/* Full tile, B read as row segments of its buffer p (shape xb). */
static void mc_full_rows(Cg *c, const McTile *T, const IrNode *xb, int p, KExpr *const *rows) {
  Arena *A = &c->A;
  KType t = c->idx;
  ks_comment(A, cur(c), "full tile: B read as row segments");
  const char *kv = cg_fresh(c, "k");
  KStmt *kl = ks_for(A, cur(c), t, kv, ke_int(A, t, 0), T->Ke, NULL);
  cg_push_block(c, &kl->body);
  int saved = c->ncache;
  KExpr *k = ke_var(A, t, kv);
  Index bi = mc_index(c, xb, T->bco, k, T->n0);
  KExpr *bv = cg_bind(c, "bv", ke_load(A, KT_VEC16, p, cg_ix_flat(c, &bi)));
  mc_fma_rows(c, T->rm, T->ain, T->bco, rows, k, bv, T->acc);
  c->ncache = saved;
  cg_pop_block(c);
}

/* Transposes KV_WIDTH rows in registers: log2(KV_WIDTH) rounds exchanging
 * off-diagonal blocks of rows r and r + h, each row a shuffle of two
 * vectors (vpermt2ps). */
static void mc_transpose(Cg *c, KExpr **brow) {
  Arena *A = &c->A;
  for (int h = KV_WIDTH / 2; h >= 1; h /= 2) {
    KExpr *next[KV_WIDTH];
    for (int r0 = 0; r0 < KV_WIDTH; r0++) {
      if (r0 & h) continue;
      KExpr *lo[KV_WIDTH], *hi[KV_WIDTH];
      for (int j = 0; j < KV_WIDTH; j++) {
        lo[j] = (j & h) ? ke_lane(A, brow[r0 + h], j - h) : ke_lane(A, brow[r0], j);
        hi[j] = (j & h) ? ke_lane(A, brow[r0 + h], j) : ke_lane(A, brow[r0], j + h);
      }
      next[r0] = cg_bind(c, arena_printf(A, "bt%d_%d", h, r0), ke_vec(A, lo));
      next[r0 + h] = cg_bind(c, arena_printf(A, "bt%d_%d", h, r0 + h), ke_vec(A, hi));
    }
    memcpy(brow, next, sizeof next);
  }
}

/* Full tile, B^T read as rows of buffer p (shape xb), KV_WIDTH k at a time,
 * then the rest of k element by element. */
static void mc_full_transposed(Cg *c, const McTile *T, const IrNode *xb, int p, KExpr *const *rows) {
  Arena *A = &c->A;
  KType t = c->idx;
  ks_comment(A, cur(c), "full tile: B^T read as rows, KV_WIDTH k at a time, transposed in registers");
  const char *kv = cg_fresh(c, "kc");
  KStmt *kl = ks_for(A, cur(c), t, kv, ke_int(A, t, 0), bin(c, KO_SUB, T->Ke, I(c, KV_WIDTH - 1)), I(c, KV_WIDTH));
  cg_push_block(c, &kl->body);
  int saved = c->ncache;
  KExpr *kc = ke_var(A, t, kv);
  KExpr *brow[KV_WIDTH];
  for (int j = 0; j < KV_WIDTH; j++) {
    Index bi = mc_index(c, xb, T->bco, bin(c, KO_ADD, T->n0, I(c, j)), kc);
    brow[j] = cg_bind(c, arena_printf(A, "br%d", j), ke_load(A, KT_VEC16, p, cg_ix_flat(c, &bi)));
  }
  mc_transpose(c, brow);
  for (int kk = 0; kk < KV_WIDTH; kk++)
    mc_fma_rows(c, T->rm, T->ain, T->bco, rows, bin(c, KO_ADD, kc, I(c, kk)), brow[kk], T->acc);
  c->ncache = saved;
  cg_pop_block(c);
  KExpr *cols[KV_WIDTH];
  for (int j = 0; j < KV_WIDTH; j++) cols[j] = bin(c, KO_ADD, T->n0, I(c, j));
  KExpr *from = cg_bind(c, "krest", bin(c, KO_MUL, bin(c, KO_DIV, T->Ke, I(c, KV_WIDTH)), I(c, KV_WIDTH)));
  mc_loop_general(c, T->rm, T->ain, T->bin_, T->bco, rows, cols, from, T->Ke, T->acc);
}

/* ---- one-row matmuls over runs of KV_NARROW (decode attention) ---------------- */

/* Dot form, for a query row against keys (A one row, K a multiple of
 * KV_NARROW, B = permute(X) with B's K axis X's last one, as the keys of an
 * attention read through the head permute): each output is a dot product of
 * two runs along K, A's row and a key, read as float8s (the key's run is
 * contiguous in X, where B's columns are KV_NARROW or more floats apart). */
static bool mc_dot_form(Cg *c, const McTile *T, int64_t K) {
  Arena *A = &c->A;
  const IrNode *b = N(c, T->bin_);
  int r = T->r;
  if (T->rm != 1 || K % KV_NARROW || !cg_in_group(c, T->bin_) || b->op != OP_PERMUTE || b->perm[r - 2] != r - 1)
    return false;
  const IrNode *x = N(c, b->in[0]), *a = N(c, T->ain);
  ks_comment(A, cur(c), "one row: dot products of float8 runs along k (B^T rows)");
  KExpr *cols[KV_WIDTH], *p[KV_WIDTH];
  KExpr *nlast = cg_bind(c, "nlast", bin(c, KO_SUB, T->Ne, I(c, 1)));
  for (int j = 0; j < KV_WIDTH; j++) {
    KExpr *m = bin(c, KO_ADD, T->n0, I(c, j));
    cols[j] = cg_bind(c, arena_printf(A, "bc%d", j), T->always_full || !j ? m : cond(c, bin(c, KO_LT, m, T->Ne), m, nlast));
    p[j] = cg_declare(c, arena_printf(A, "p%d", j), KT_VEC8, cast(c, KT_VEC8, F(c, 0.0f)));
  }
  const char *kv = cg_fresh(c, "kc");
  KStmt *kl = ks_for(A, cur(c), c->idx, kv, ke_int(A, c->idx, 0), T->Ke, ke_int(A, c->idx, KV_NARROW));
  cg_push_block(c, &kl->body);
  int saved = c->ncache;
  KExpr *kc = ke_var(A, c->idx, kv);
  Index ai = mc_index(c, a, T->bco, T->m0, kc);
  KExpr *av = cg_bind(c, "a8", cg_vec8_of(c, cg_vrun8(c, T->ain, &ai)));
  for (int j = 0; j < KV_WIDTH && !c->vfail; j++) {
    KExpr *co[IR_MAX_RANK], *bco[IR_MAX_RANK];
    for (int k = 0; k < r - 2; k++) bco[k] = T->bco[k];
    bco[r - 2] = kc;
    bco[r - 1] = cols[j];
    for (int k = 0; k < r; k++) co[b->perm[k]] = bco[k];
    Index xi = cg_ix_of_coords(c, x->rank, x->shape, co);
    KExpr *bv = cg_vec8_of(c, cg_vrun8(c, b->in[0], &xi));
    ks_assign(A, cur(c), p[j]->name, KO_EQ, ke_call(A, KF_FMA, av, bv, p[j]));
  }
  c->ncache = saved;
  cg_pop_block(c);
  /* the 16 sums: three rounds of adding vectors of half-sums, pairing
   * neighbours (lanes 0-3 + 4-7 of two columns, then 0-1 + 2-3 of each half,
   * then even + odd lanes), so that 8 columns end in one float8, in order */
  KExpr *cur8[KV_WIDTH];
  memcpy(cur8, p, sizeof cur8);
  static const int pick[3][2][KV_NARROW] = {
      {{0, 1, 2, 3, 8, 9, 10, 11}, {4, 5, 6, 7, 12, 13, 14, 15}},
      {{0, 1, 4, 5, 8, 9, 12, 13}, {2, 3, 6, 7, 10, 11, 14, 15}},
      {{0, 2, 4, 6, 8, 10, 12, 14}, {1, 3, 5, 7, 9, 11, 13, 15}}};
  int n = KV_WIDTH;
  for (int round = 0; round < 3; round++, n /= 2)
    for (int v = 0; v < n / 2; v++) {
      KExpr *half[2];
      for (int h = 0; h < 2; h++) {
        KExpr *l[KV_NARROW];
        for (int j = 0; j < KV_NARROW; j++) {
          int q = pick[round][h][j]; /* lane q of the pair: vector q / 8, its lane q % 8 */
          l[j] = ke_lane(A, cur8[2 * v + q / KV_NARROW], q % KV_NARROW);
        }
        half[h] = ke_vec8(A, l);
      }
      cur8[v] = cg_bind(c, arena_printf(A, "h%d_%d", round, v), bin(c, KO_ADD, half[0], half[1]));
    }
  KExpr *r16[KV_WIDTH];
  for (int j = 0; j < KV_WIDTH; j++) r16[j] = ke_lane(A, cur8[j / KV_NARROW], j % KV_NARROW);
  ks_assign(A, cur(c), T->acc[0]->name, KO_EQ, ke_vec(A, r16));
  return true;
}

/* Row form, for attention weights against values (N a multiple of
 * KV_NARROW: a head's width; M = 1, so the tile has one row): each k adds
 * A[0, k] times B's row k, read as float8 runs (one for N = 8, two for each
 * tile of KV_WIDTH columns). */
static bool mc_axpy_form(Cg *c, const McTile *T, int64_t Kv, int64_t Nv) {
  Arena *A = &c->A;
  KType t = c->idx;
  int runs = Nv == KV_NARROW ? 1 : 2;
  /* U interleaved accumulators: k, k + 1, ... add into different ones, so
   * that each fma waits for the one U steps back, not the one before (one
   * chain of 512 fmas is its latency, 4 cycles each, four times over) */
  int U = Kv % 4 == 0 ? 4 : Kv % 2 == 0 ? 2 : 1;
  ks_comment(A, cur(c), arena_printf(A, "one row: B's rows read as float8 runs, %d k at a time", U));
  KExpr *acc[2][4];
  for (int h = 0; h < runs; h++)
    for (int u = 0; u < U; u++) acc[h][u] = cg_declare(c, "q", KT_VEC8, cast(c, KT_VEC8, F(c, 0.0f)));
  const char *kv = cg_fresh(c, "k");
  KStmt *kl = ks_for(A, cur(c), t, kv, ke_int(A, t, 0), T->Ke, ke_int(A, t, U));
  cg_push_block(c, &kl->body);
  int saved = c->ncache;
  for (int u = 0; u < U && !c->vfail; u++) {
    KExpr *k = bin(c, KO_ADD, ke_var(A, t, kv), ke_int(A, t, u));
    Index ai = mc_index(c, N(c, T->ain), T->bco, T->m0, k);
    KExpr *av = cg_bind(c, "a", cast(c, KT_VEC8, cg_value_at(c, T->ain, &ai)));
    for (int h = 0; h < runs; h++) {
      Index bi = mc_index(c, N(c, T->bin_), T->bco, k, runs == 1 ? ke_int(A, t, 0) : bin(c, KO_ADD, T->n0, I(c, h * KV_NARROW)));
      KExpr *bv = cg_bind(c, "b8", cg_vec8_of(c, cg_vrun8(c, T->bin_, &bi)));
      ks_assign(A, cur(c), acc[h][u]->name, KO_EQ, ke_call(A, KF_FMA, av, bv, acc[h][u]));
    }
  }
  c->ncache = saved;
  cg_pop_block(c);
  KExpr *sum[2];
  for (int h = 0; h < runs; h++) {
    sum[h] = U == 4 ? bin(c, KO_ADD, bin(c, KO_ADD, acc[h][0], acc[h][1]), bin(c, KO_ADD, acc[h][2], acc[h][3]))
             : U == 2 ? bin(c, KO_ADD, acc[h][0], acc[h][1]) : acc[h][0];
    sum[h] = cg_bind(c, "qs", sum[h]);
  }
  KExpr *l[KV_WIDTH];
  for (int j = 0; j < KV_WIDTH; j++) l[j] = j / KV_NARROW < runs ? ke_lane(A, sum[j / KV_NARROW], j % KV_NARROW) : F(c, 0.0f);
  ks_assign(A, cur(c), T->acc[0]->name, KO_EQ, ke_vec(A, l));
  return true;
}

/* One form built aside, kept when every value on its way could be read in
 * runs (c->vfail not set). */
static bool mc_try(Cg *c, const McTile *T, int form, int64_t Kv, int64_t Nv) {
  KBlock scratch = {0};
  int saved = c->ncache;
  cg_push_block(c, &scratch);
  bool ok = form == 0 ? mc_dot_form(c, T, Kv) : mc_axpy_form(c, T, Kv, Nv);
  cg_pop_block(c);
  c->ncache = saved;
  ok = ok && !c->vfail && !c->failed;
  c->vfail = false;
  if (ok) cg_splice(c, &scratch);
  return ok;
}

/* The k loop of a one-row matmul (a decode step's attention) whose B is read
 * through index maps (the cache behind the head permute, the grouped-query
 * expand and the new row's where): the dot form (K a multiple of 8, B^T's
 * rows contiguous), else the row form (N a multiple of 8, B's rows). */
static bool mc_narrow(Cg *c, const McTile *T) {
  int64_t Mv, Nv, Kv;
  const IrNode *a = N(c, T->ain);
  int32_t bbuf, bshp;
  if (!cg_dim_known(c, T->n->shape[T->r - 2], &Mv) || !cg_dim_known(c, T->n->shape[T->r - 1], &Nv) ||
      !cg_dim_known(c, a->shape[T->r - 1], &Kv) || Mv != 1 || a->dtype != DT_F32 || N(c, T->bin_)->dtype != DT_F32)
    return false;
  bool general = mc_layout(c, T->bin_, &bbuf, &bshp) == MC_GENERAL;
  if (Kv % KV_NARROW == 0 && Kv <= 64 && Nv >= KV_WIDTH && (general || Kv < KV_WIDTH) && mc_try(c, T, 0, Kv, Nv))
    return true;
  bool axpy = Nv == KV_NARROW || (general && Nv >= KV_WIDTH && Nv % KV_NARROW == 0);
  return axpy && mc_try(c, T, 1, Kv, Nv);
}

/* The k loop: full tiles read B's buffer directly where its layout allows,
 * edge tiles (and every tile of other layouts) read at clamped coordinates. */
static void mc_tile_loop(Cg *c, const McTile *T) {
  Arena *A = &c->A;
  if (mc_narrow(c, T)) return;
  int32_t bbuf = -1, bshp = -1;
  McLayout lay = mc_layout(c, T->bin_, &bbuf, &bshp);
  KExpr *rows[MC_RM], *cols[KV_WIDTH];
  KBlock *general = cur(c);
  if (lay != MC_GENERAL) {
    /* with every tile inside the result (shapes known), no edge tiles */
    KStmt *s = T->always_full ? NULL : ks_if(A, cur(c), T->full);
    if (s) general = &s->els;
    cg_push_block(c, s ? &s->body : cur(c));
    for (int i = 0; i < T->rm; i++) rows[i] = bin(c, KO_ADD, T->m0, I(c, i));
    const IrNode *xb = N(c, bshp);
    int p = cg_buffer_of(c, bbuf, KP_BUFFER_IN);
    if (lay == MC_ROWS) mc_full_rows(c, T, xb, p, rows);
    else mc_full_transposed(c, T, xb, p, rows);
    cg_pop_block(c);
    if (!s) return;
  }
  cg_push_block(c, general);
  KExpr *mlast = cg_bind(c, "mlast", bin(c, KO_SUB, T->Me, I(c, 1)));
  KExpr *nlast = cg_bind(c, "nlast", bin(c, KO_SUB, T->Ne, I(c, 1)));
  for (int i = 0; i < T->rm; i++) {
    KExpr *m = bin(c, KO_ADD, T->m0, I(c, i));
    rows[i] = cg_bind(c, arena_printf(A, "ar%d", i), i ? cond(c, bin(c, KO_LT, m, T->Me), m, mlast) : m);
  }
  for (int j = 0; j < KV_WIDTH; j++) {
    KExpr *m = bin(c, KO_ADD, T->n0, I(c, j));
    cols[j] = cg_bind(c, arena_printf(A, "bc%d", j), j ? cond(c, bin(c, KO_LT, m, T->Ne), m, nlast) : m);
  }
  mc_loop_general(c, T->rm, T->ain, T->bin_, T->bco, rows, cols, ke_int(A, c->idx, 0), T->Ke, T->acc);
  cg_pop_block(c);
}

/* One row's stores, as they are built. */
typedef struct McRow {
  KExpr *acc;                 /* the row's accumulator (float16) */
  KExpr *om;                  /* its row in the result */
  const IdVec *plain, *perms; /* outputs stored directly, and through a permute */
  int32_t vp[8];              /* permuted outputs whose 16-column runs stay runs */
  int32_t vs[8];              /* permuted outputs where they become arithmetic progressions... */
  KExpr *vstride[8];          /* ... of these strides */
  int nvp, nvs, nvec;         /* ... and how many plain outputs are stored as vectors */
} McRow;

/* The epilogue in float16 vectors, the row segment's KV_WIDTH columns as
 * lanes; false (nothing kept) when some node cannot be (transcendentals then
 * vectorise). */
static bool mc_row_vectors(Cg *c, const McTile *T, const McRow *R) {
  Arena *A = &c->A;
  const IrNode *n = T->n;
  KBlock scratch = {0};
  int saved = c->ncache;
  cg_push_block(c, &scratch);
  Index rix = mc_index(c, n, T->bco, R->om, T->n0);
  KExpr *flat = cg_bind(c, "o", cg_ix_flat(c, &rix));
  rix.flat = flat;
  c->pin_node = T->id;
  c->pin_flat = flat;
  c->pin_vec = R->acc;
  c->pin_val = NULL;
  KExpr *vals[8];
  for (int o = 0; o < R->nvec && !c->vfail; o++) {
    const IrNode *on = N(c, R->plain->v[o]);
    Index oix = cg_ix_of_flat(c, on->rank, on->shape, flat, NULL);
    vals[o] = cg_bind(c, arena_printf(A, "yv%d", o), cg_vec_of(c, cg_vval(c, R->plain->v[o], ir_same_shape(on, n) ? &rix : &oix, on->rank - 1)));
  }
  for (int o = 0; o < R->nvec && !c->vfail; o++) ks_store(A, cur(c), cg_buffer_of(c, R->plain->v[o], KP_BUFFER_OUT), flat, vals[o]);
  for (int o = 0; o < R->nvp && !c->vfail; o++) {
    const IrNode *on = N(c, R->vp[o]), *y = N(c, on->in[0]);
    Index yix = cg_ix_of_flat(c, y->rank, y->shape, flat, NULL);
    Index *yi = ir_same_shape(y, n) ? &rix : &yix;
    KExpr *yv = cg_vec_of(c, cg_vval(c, on->in[0], yi, y->rank - 1));
    ks_store(A, cur(c), cg_buffer_of(c, R->vp[o], KP_BUFFER_OUT), mm_permuted_at(c, R->vp[o], yi), yv);
  }
  /* strided: the row segment's value as a vector, its lanes stored stride apart */
  for (int o = 0; o < R->nvs && !c->vfail; o++) {
    const IrNode *on = N(c, R->vs[o]), *y = N(c, on->in[0]);
    Index yix = cg_ix_of_flat(c, y->rank, y->shape, flat, NULL);
    Index *yi = ir_same_shape(y, n) ? &rix : &yix;
    KExpr *yv = cg_vec_of(c, cg_vval(c, on->in[0], yi, y->rank - 1));
    if (c->vfail) break;
    yv = cg_bind(c, "ys", yv);
    KExpr *at = cg_bind(c, "os", mm_permuted_at(c, R->vs[o], yi));
    int buf = cg_buffer_of(c, R->vs[o], KP_BUFFER_OUT);
    for (int j = 0; j < KV_WIDTH; j++)
      ks_store(A, cur(c), buf, j ? bin(c, KO_ADD, at, bin(c, KO_MUL, I(c, j), R->vstride[o])) : at, ke_lane(A, yv, j));
  }
  cg_pop_block(c);
  c->pin_flat = NULL;
  c->pin_vec = NULL;
  c->ncache = saved;
  bool ok = !c->vfail && !c->failed;
  if (ok) cg_splice(c, &scratch);
  c->vfail = false;
  return ok;
}

/* The plain outputs lane by lane (the matmul's lane seeds the value cache),
 * f32 ones gathered into one vector store per output. */
static void mc_row_lanes(Cg *c, const McTile *T, const McRow *R) {
  Arena *A = &c->A;
  const IrNode *n = T->n;
  int r = T->r;
  KExpr *v[KV_WIDTH][8];
  for (int j = 0; j < KV_WIDTH; j++) {
    KExpr *co[IR_MAX_RANK];
    for (int k = 0; k < r - 2; k++) co[k] = T->bco[k];
    co[r - 2] = R->om;
    co[r - 1] = bin(c, KO_ADD, T->n0, I(c, j));
    int saved = c->ncache;
    Index ix = cg_ix_of_coords(c, r, n->shape, co);
    KExpr *x = ke_lane(A, R->acc, j);
    if (c->ngroup > 1 && (n->dtype == DT_F16 || n->dtype == DT_BF16) && cg_group_uses(c, T->id) > 0) x = cg_round_to(c, n->dtype, x);
    if (cg_group_uses(c, T->id) > 1) x = cg_bind(c, arena_printf(A, "v%d", T->id), x);
    if (c->ncache < CG_MAX_CACHE) c->cache[c->ncache++] = (CacheEntry){T->id, ix.id, x, cur_scope(c)};
    bool reshaped = false;
    for (int o = 0; o < R->nvec; o++) reshaped |= !ir_same_shape(N(c, R->plain->v[o]), n);
    KExpr *lflat = reshaped ? cg_bind(c, "f", cg_ix_flat(c, &ix)) : NULL;
    c->pin_node = T->id;
    c->pin_flat = lflat;
    c->pin_val = x;
    for (int o = 0; o < R->nvec; o++) {
      int32_t oid = R->plain->v[o];
      const IrNode *on = N(c, oid);
      Index oix = lflat ? cg_ix_of_flat(c, on->rank, on->shape, lflat, NULL) : ix;
      KExpr *val = cg_value_at(c, oid, ir_same_shape(on, n) ? &ix : &oix);
      if (on->dtype == DT_F32) {
        v[j][o] = cg_bind(c, arena_printf(A, "y%d_%d", o, j), val);
      } else {
        v[j][o] = NULL;
        ks_store(A, cur(c), cg_buffer_of(c, oid, KP_BUFFER_OUT), cg_ix_flat(c, &ix), cg_to_storage(c, on->dtype, val));
      }
    }
    c->pin_flat = NULL;
    c->ncache = saved;
  }
  Index rix = mc_index(c, n, T->bco, R->om, T->n0);
  KExpr *flat = cg_bind(c, "o", cg_ix_flat(c, &rix));
  for (int o = 0; o < R->nvec; o++) {
    if (!v[0][o]) continue;
    KExpr *e[KV_WIDTH];
    for (int j = 0; j < KV_WIDTH; j++) e[j] = v[j][o];
    ks_store(A, cur(c), cg_buffer_of(c, R->plain->v[o], KP_BUFFER_OUT), flat, ke_vec(A, e));
  }
}

/* Stores at column j of the row (mm_store), for outputs outs. */
static void mc_store_at(Cg *c, const McTile *T, const McRow *R, const IdVec *outs, KExpr *col, int j) {
  KExpr *co[IR_MAX_RANK];
  for (int k = 0; k < T->r - 2; k++) co[k] = T->bco[k];
  co[T->r - 2] = R->om;
  co[T->r - 1] = col;
  mm_store(c, outs, T->id, co, ke_lane(&c->A, R->acc, j));
}

/* Row i (an expression) of the tile, whose accumulator is acc: a full row
 * segment as vectors where the outputs allow (outputs stored through a
 * permute: lane by lane, after the others), a partial one (or too many
 * outputs to hold) element by element. */
static void mc_store_row(Cg *c, const McTile *T, const IdVec *outs, const IdVec *plain, const IdVec *perms, KExpr *i,
                         KExpr *acc) {
  Arena *A = &c->A;
  const IrNode *n = T->n;
  McRow R = {.acc = acc, .plain = plain, .perms = perms};
  R.om = cg_bind(c, "om", bin(c, KO_ADD, T->m0, i));
  KStmt *s = T->always_full ? NULL : ks_if(A, cur(c), bin(c, KO_LT, R.om, T->Me));
  cg_push_block(c, s ? &s->body : cur(c));
  for (int o = 0; o < perms->n; o++) {
    KExpr *stride = NULL;
    if (mm_perm_runs(c, perms->v[o], T->id)) {
      if (R.nvp < 8) R.vp[R.nvp++] = perms->v[o];
    } else if ((stride = mm_perm_stride(c, perms->v[o], T->id)) && R.nvs < 8) {
      R.vstride[R.nvs] = stride;
      R.vs[R.nvs++] = perms->v[o];
    }
  }
  R.nvec = plain->n <= 8 ? plain->n : 0;
  bool lanes = R.nvec > 0 || R.nvp > 0 || R.nvs > 0; /* a full row segment is stored as one */
  /* N known and at least KV_WIDTH: tiles are shifted inside, every row
   * segment is full (no branch for partial ones) */
  bool always_full = T->Ne->kind == KE_INT && T->Ne->i >= KV_WIDTH;
  KStmt *f = lanes && !always_full ? ks_if(A, cur(c), bin(c, KO_LE, bin(c, KO_ADD, T->n0, I(c, KV_WIDTH)), T->Ne)) : NULL;
  cg_push_block(c, f ? &f->body : cur(c));
  bool vok = plain->n <= 8 && lanes && n->dtype == DT_F32;
  for (int o = 0; o < R.nvec && vok; o++) {
    const IrNode *on = N(c, plain->v[o]);
    vok = on->dtype == DT_F32 && on->rank > 0 && dim_eq(on->shape[on->rank - 1], n->shape[T->r - 1]);
  }
  bool vdone = vok && mc_row_vectors(c, T, &R);
  if (R.nvec && !vdone) mc_row_lanes(c, T, &R);
  /* the permuted outputs the vectors did not store: lane by lane */
  IdVec left = {0};
  for (int o = 0; o < perms->n && lanes; o++) {
    bool done = false;
    for (int q = 0; q < R.nvp && vdone; q++) done |= R.vp[q] == perms->v[o];
    for (int q = 0; q < R.nvs && vdone; q++) done |= R.vs[q] == perms->v[o];
    if (!done) vec_push(&left, perms->v[o]);
  }
  for (int j = 0; j < KV_WIDTH && left.n; j++) mc_store_at(c, T, &R, &left, bin(c, KO_ADD, T->n0, I(c, j)), j);
  vec_free(&left);
  cg_pop_block(c);
  cg_push_block(c, f ? &f->els : cur(c));
  for (int j = 0; j < KV_WIDTH && !(lanes && always_full); j++) {
    KExpr *on = cg_bind(c, "on", bin(c, KO_ADD, T->n0, I(c, j)));
    KStmt *g = ks_if(A, cur(c), bin(c, KO_LT, on, T->Ne));
    cg_push_block(c, &g->body);
    mc_store_at(c, T, &R, outs, on, j);
    cg_pop_block(c);
  }
  cg_pop_block(c);
  cg_pop_block(c);
}

/* One MC_RM x KV_WIDTH tile (number `tile` of matmul id) of a CPU kernel. */
static void cpu_tile(Cg *c, const IdVec *outs, int32_t id, KExpr *tile) {
  McTile T = {0};
  mc_tile_setup(c, &T, id, tile);
  mc_tile_loop(c, &T);
  IdVec plain = {0}, perms = {0};
  for (int o = 0; o < outs->n; o++) vec_push(mm_permuted(c, outs->v[o]) ? &perms : &plain, outs->v[o]);
  if (T.rm == 1) {
    mc_store_row(c, &T, outs, &plain, &perms, I(c, 0), T.acc[0]);
  } else {
    /* The rows' stores as a loop, not rm copies: they run once per tile row,
     * against the k loop's rm * K vector fmas, and as copies they were most
     * of the kernel's source and of PoCL's compile time (the q, k, v kernel
     * stores 6 outputs per row). The row's accumulator is selected. */
    Arena *A = &c->A;
    const char *rv = cg_fresh(c, "row");
    KStmt *l = ks_for(A, cur(c), KT_INT, rv, I(c, 0), I(c, T.rm), NULL);
    cg_push_block(c, &l->body);
    KExpr *i = ke_var(A, KT_INT, rv), *acc = T.acc[T.rm - 1];
    for (int k = T.rm - 2; k >= 0; k--) acc = cond(c, bin(c, KO_EQ, i, I(c, k)), T.acc[k], acc);
    int saved = c->ncache;
    mc_store_row(c, &T, outs, &plain, &perms, i, cg_bind(c, "accr", acc));
    c->ncache = saved;
    cg_pop_block(c);
  }
  vec_free(&plain);
  vec_free(&perms);
}

static void cpu_matmul(Cg *c, const IdVec *outs, const MmPlan *pl) {
  Arena *A = &c->A;
  KType t = c->idx;
  ks_comment(A, cur(c), arena_printf(A, "CPU matmul: %dx%d outputs per work item in float%d accumulators, k ascending",
                                     MC_RM, KV_WIDTH, KV_WIDTH));
  KExpr *tiles[SCHED_MAX_SIBLINGS], *total = mm_tile_counts(c, pl, MC_RM, KV_WIDTH, tiles);
  KExpr *nitems = cg_bind(c, "items", cg_dim_expr(c, pl->items, t));
  const char *tv = cg_fresh(c, "tile");
  KStmt *loop = ks_for(A, cur(c), t, tv, ke_builtin(A, t, KB_GLOBAL_ID), total, nitems);
  cg_push_block(c, &loop->body);
  int opened = 0;
  KExpr *tile = ke_var(A, t, tv);
  for (int q = 0; q < pl->nmm; q++) {
    IdVec so = {0};
    mm_sibling_outs(c, outs, pl, q, &so);
    KExpr *lt = mm_open_sibling(c, pl, q, tile, tiles, &opened);
    int saved = c->ncache;
    cpu_tile(c, &so, pl->mms[q], lt);
    c->ncache = saved;
    mm_close_sibling(c, pl, q);
    vec_free(&so);
  }
  while (opened--) cg_pop_block(c);
  cg_pop_block(c); /* tile */
}

/* The kernel body of the item's matmul form: the plan is the schedule's
 * (sched/shape.c chose the form, the siblings and the launch). */
void cg_matmul_kernel(Cg *c, const IdVec *outs) {
  const SchedKernel *K = c->item;
  MmPlan p = {0};
  p.nmm = K->nmm;
  memcpy(p.mms, K->mms, sizeof(int32_t) * (size_t)K->nmm);
  p.mm = p.mms[0];
  p.groups = K->groups;
  p.items = K->items;
  if (K->form == KFORM_MATMUL_CPU) cpu_matmul(c, outs, &p);
  else tiled_matmul(c, outs, &p);
}
