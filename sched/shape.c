/* shape.c — the form and launch shape of each scheduled kernel (fuse.h's
 * KernelForm): which layout of work items computes it on the target, and how
 * many items in groups of what size. Codegen renders the form it is given.
 *
 * Row kernels (a seed reduction): on a CPU (OpenCL vectors), rows that are
 * not contiguous in memory and store only reduced-shape values become column
 * kernels (vector columns when at least SCHED_COL_LANES rows are known); on a
 * GPU, rows whose reductions are float sums, maxima and minima become
 * cooperative rows (a work group per row); otherwise one item per row, walked
 * in vectors on a CPU when the row is one contiguous axis of known length.
 * Other kernels: float matmuls (with elementwise epilogues, up to
 * SCHED_MAX_SIBLINGS siblings) become tiled (GPU) or CPU matmuls; the rest
 * are element kernels, in vectors on a CPU when the last axis is a known
 * multiple of SCHED_VEC_WIDTH. */
#include <string.h>

#include "dim.h"
#include "fuse.h"

typedef struct Shaper {
  const Graph *g;
  const SchedKernel *K;
  const SchedTarget *t;
  const int64_t *sym_max; /* sym_max, else sym_val */
} Shaper;

static const IrNode *NN(const Shaper *s, int32_t id) { return &s->g->nodes.v[id]; }

static bool is_member(const Shaper *s, int32_t id) {
  int lo = 0, hi = s->K->nmembers - 1;
  while (lo <= hi) {
    int mid = (lo + hi) / 2;
    if (s->K->members[mid] == id) return true;
    if (s->K->members[mid] < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

static bool dim_is(Dim d, int64_t v) {
  int64_t x;
  return dim_is_const(d, &x) && x == v;
}

static Dim numel(const IrNode *n) {
  Dim p = dim_const(1);
  for (int i = 0; i < n->rank; i++) p = dim_mul(p, n->shape[i]);
  return p;
}

/* The value of d when it is a constant or the kernels are specialised; false otherwise. */
static bool known(const Shaper *s, Dim d, int64_t *v) {
  if (dim_is_const(d, v)) return true;
  if (!s->t->sym_val || d.bad) return false;
  *v = ir_dim_eval(d, s->t->sym_val);
  return true;
}

bool sched_tile_count(Dim d, int64_t t, const int64_t *sym_max, Dim *out) {
  if (d.bad) return false;
  Dim r = dim_const(0);
  int64_t cst = 0;
  for (int i = 0; i < d.n; i++) {
    if (d.m[i].coef < 0) return false;
    if (d.m[i].nv == 0) {
      cst += d.m[i].coef;
      continue;
    }
    int drop = d.m[i].nv - 1;
    if (sym_max)
      for (int k = 0; k < d.m[i].nv; k++)
        if (sym_max[d.m[i].v[k]] > sym_max[d.m[i].v[drop]]) drop = k;
    Dim term = dim_const(d.m[i].coef);
    for (int k = 0; k < d.m[i].nv; k++)
      if (k != drop) term = dim_mul(term, dim_var(d.m[i].v[k]));
    r = dim_add(r, term);
  }
  r = dim_add(r, dim_const((cst + t - 1) / t));
  if (dim_is(r, 0)) r = dim_const(1);
  *out = r;
  return !r.bad;
}

/* ---- row kernels ------------------------------------------------------------------------ */

/* Column kernel: rows not contiguous, only reduced-shape outputs, no argmax. */
static bool column_ok(const Shaper *s, SchedKernel *K) {
  if (!s->t->vectors) return false;
  const IrNode *r = NN(s, K->row), *dom = NN(s, r->in[0]);
  bool reduced = false, column = false;
  for (int k = 0; k < dom->rank; k++) {
    if (dim_is(dom->shape[k], 1)) continue;
    if (r->axes & (1u << k)) reduced = true;
    else if (reduced) column = true;
  }
  if (!column) return false;
  for (int j = 0; j < K->nouts; j++)
    if (!ir_same_squeezed(NN(s, K->outs[j]), r)) return false;
  for (int j = 0; j < K->nmembers; j++)
    if (NN(s, K->members[j])->op == OP_ARGMAX) return false;
  return sched_tile_count(numel(r), SCHED_COL_LANES, s->sym_max, &K->items);
}

/* Vector columns: at least SCHED_COL_LANES rows known (the last block is
 * shifted back, the lanes provably adjacent), the innermost axis kept, and
 * float reductions and outputs. */
static bool column_vec_ok(const Shaper *s, const SchedKernel *K) {
  const IrNode *r = NN(s, K->row), *dom = NN(s, r->in[0]);
  int64_t rows;
  if (!known(s, numel(r), &rows) || rows < SCHED_COL_LANES) return false;
  int ax = -1;
  for (int k = 0; k < dom->rank; k++)
    if (!dim_is(dom->shape[k], 1)) ax = k;
  if (ax < 0 || (r->axes & (1u << ax))) return false;
  for (int j = 0; j < K->nouts; j++)
    if (NN(s, K->outs[j])->dtype != DT_F32) return false;
  for (int j = 0; j < K->nmembers; j++) {
    const IrNode *x = NN(s, K->members[j]);
    if (op_class(x->op) == OC_REDUCE && (x->op == OP_ARGMAX || NN(s, x->in[0])->dtype != DT_F32)) return false;
  }
  return true;
}

/* Cooperative rows (GPU): 1..SCHED_COOP_MAX_RED float sums, maxima and
 * minima; the work group is coop_rows rows side by side, coop_split items per row. */
static bool coop_ok(const Shaper *s, SchedKernel *K) {
  if (s->t->cpu) return false;
  const IrNode *r = NN(s, K->row), *dom = NN(s, r->in[0]);
  int nred = 0;
  for (int j = 0; j < K->nmembers; j++) {
    const IrNode *x = NN(s, K->members[j]);
    if (op_class(x->op) != OC_REDUCE) continue;
    if (x->op == OP_ARGMAX || NN(s, x->in[0])->dtype != DT_F32 || !ir_same_squeezed(x, r)) return false;
    nred++;
  }
  if (nred == 0 || nred > SCHED_COOP_MAX_RED) return false;
  int inner = -1;
  for (int k = 0; k < dom->rank; k++)
    if (!dim_is(dom->shape[k], 1)) inner = k;
  bool column = inner >= 0 && !(r->axes & (1u << inner));
  Dim Ld = dim_const(1);
  int nr = 0;
  for (int k = 0; k < dom->rank; k++)
    if (r->axes & (1u << k)) {
      Ld = dim_mul(Ld, dom->shape[k]);
      nr++;
    }
  if (Ld.bad || nr == 0) return false;
  int64_t L = -1;
  if (!dim_is_const(Ld, &L) && s->t->sym_val) L = ir_dim_eval(Ld, s->t->sym_val);
  int cw = 1, rs = 128;
  if (column) {
    cw = 32;
    rs = 8;
  } else if (L > 0) {
    rs = 32;
    while (rs < 256 && 2 * rs < L) rs *= 2;
  }
  if (!sched_tile_count(numel(r), cw, s->sym_max, &K->groups)) return false;
  K->coop_rows = cw;
  K->coop_split = rs;
  K->local = cw * rs;
  K->items = dim_mul(K->groups, dim_const(K->local));
  K->exact_local = true;
  return true;
}

/* Vector rows (CPU): the row is one contiguous reduced axis, the last, of a
 * known length of at least SCHED_VEC_WIDTH. */
static bool row_vec_ok(const Shaper *s, const SchedKernel *K) {
  if (!s->t->vectors) return false;
  const IrNode *r = NN(s, K->row), *dom = NN(s, r->in[0]);
  int ax = -1, last = -1;
  for (int k = 0; k < dom->rank; k++) {
    if (dim_is(dom->shape[k], 1)) continue;
    last = k;
    if (r->axes & (1u << k)) {
      if (ax >= 0) return false;
      ax = k;
    }
  }
  int64_t L;
  return ax >= 0 && ax == last && known(s, dom->shape[ax], &L) && L >= SCHED_VEC_WIDTH;
}

static void shape_row(const Shaper *s, SchedKernel *K) {
  if (column_ok(s, K)) {
    K->form = column_vec_ok(s, K) ? KFORM_COLUMN_VEC : KFORM_COLUMN;
    K->local = 1;
    return;
  }
  if (coop_ok(s, K)) {
    K->form = KFORM_ROW_COOP;
    return;
  }
  K->form = row_vec_ok(s, K) ? KFORM_ROW_VEC : KFORM_ROW;
  K->items = numel(NN(s, K->row));
}

/* ---- matmul kernels --------------------------------------------------------------------- */

/* Whether member id's value depends on node m. */
static bool depends(const Shaper *s, int32_t id, int32_t m) {
  if (id == m) return true;
  if (!is_member(s, id)) return false;
  const IrNode *n = NN(s, id);
  for (int j = 0; j < n->nin; j++)
    if (depends(s, n->in[j], m)) return true;
  return false;
}

static bool same_numel(const IrNode *a, const IrNode *b) {
  Dim x = numel(a), y = numel(b);
  return !x.bad && !y.bad && dim_eq(x, y);
}

/* Whether id is an elementwise function of m at the same flat index (members
 * that do not depend on m are read as they are, any op), or through reshapes. */
static bool epilogue_ok(const Shaper *s, int32_t id, int32_t m) {
  if (id == m || !depends(s, id, m)) return true;
  const IrNode *n = NN(s, id);
  OpClass k = op_class(n->op);
  if (n->op == OP_RESHAPE) return same_numel(n, NN(s, m)) && epilogue_ok(s, n->in[0], m);
  if ((k != OC_UNARY && k != OC_BINARY && k != OC_TERNARY) || !same_numel(n, NN(s, m))) return false;
  for (int j = 0; j < n->nin; j++)
    if (!epilogue_ok(s, n->in[j], m)) return false;
  return true;
}

/* The matmuls: one, or up to SCHED_MAX_SIBLINGS independent siblings. */
static bool find_matmuls(const Shaper *s, SchedKernel *K) {
  K->nmm = 0;
  for (int i = 0; i < K->nmembers; i++)
    if (NN(s, K->members[i])->op == OP_MATMUL) {
      if (K->nmm == SCHED_MAX_SIBLINGS) return false;
      K->mms[K->nmm++] = K->members[i];
    }
  if (K->nmm == 0 || K->nouts < 1) return false;
  for (int q = 0; q < K->nmm; q++)
    for (int j = 0; j < K->nmm; j++)
      if (j != q && depends(s, K->mms[q], K->mms[j])) return false;
  return true;
}

/* Every stored value is an epilogue of one matmul, of its size (an output
 * stored through a permute of an epilogue value counts as that value). */
static bool epilogues_ok(const Shaper *s, const SchedKernel *K) {
  for (int i = 0; i < K->nouts; i++) {
    int own = -1;
    for (int q = 0; q < K->nmm; q++)
      if (depends(s, K->outs[i], K->mms[q])) {
        if (own >= 0) return false; /* an epilogue of two siblings */
        own = q;
      }
    int32_t mm = K->mms[own < 0 ? 0 : own];
    const IrNode *o = NN(s, K->outs[i]);
    int32_t top = o->op == OP_PERMUTE && is_member(s, o->in[0]) ? o->in[0] : K->outs[i];
    if (!same_numel(o, NN(s, mm)) || !epilogue_ok(s, top, mm)) return false;
  }
  return true;
}

/* A float matmul kernel: the tiles of each sibling after those of the one before. */
static bool shape_matmul(const Shaper *s, SchedKernel *K) {
  if (!find_matmuls(s, K)) return false;
  bool cpu = s->t->vectors;
  Dim total = dim_const(0);
  for (int q = 0; q < K->nmm; q++) {
    const IrNode *n = NN(s, K->mms[q]);
    if (n->dtype == DT_I32 || n->rank < 2) return false;
    int r = n->rank;
    Dim batch = dim_const(1);
    for (int k = 0; k < r - 2; k++) batch = dim_mul(batch, n->shape[k]);
    if (batch.bad || NN(s, n->in[0])->shape[r - 1].bad) return false;
    Dim gm, gn;
    if (!sched_tile_count(n->shape[r - 2], cpu ? SCHED_MC_ROWS : SCHED_MM_TILE, s->sym_max, &gm) ||
        !sched_tile_count(n->shape[r - 1], cpu ? SCHED_VEC_WIDTH : SCHED_MM_TILE, s->sym_max, &gn))
      return false;
    total = dim_add(total, dim_mul(dim_mul(batch, gm), gn));
  }
  if (!epilogues_ok(s, K) || total.bad) return false;
  K->groups = total;
  K->form = cpu ? KFORM_MATMUL_CPU : KFORM_MATMUL_TILE;
  K->local = cpu ? 1 : SCHED_MM_LOCAL;
  K->exact_local = !cpu; /* the GPU kernel's work groups cooperate through local memory */
  K->items = cpu ? total : dim_mul(total, dim_const(SCHED_MM_LOCAL));
  return !K->items.bad;
}

/* ---- element kernels -------------------------------------------------------------------- */

/* Vector elements (CPU): float outputs, the last axis a known multiple of
 * SCHED_VEC_WIDTH; each item takes SCHED_VEC_WIDTH neighbours of one row. */
static bool element_vec_ok(const Shaper *s, SchedKernel *K, const IrNode *root) {
  if (!s->t->vectors || root->rank == 0) return false;
  for (int j = 0; j < K->nouts; j++)
    if (NN(s, K->outs[j])->dtype != DT_F32) return false;
  int64_t L, total = 1;
  if (!known(s, root->shape[root->rank - 1], &L) || L <= 0 || L % SCHED_VEC_WIDTH) return false;
  Dim n;
  if (!dim_div(numel(root), dim_const(SCHED_VEC_WIDTH), &n) || n.bad) {
    if (!s->t->sym_val) return false;
    for (int k = 0; k < root->rank; k++) total *= ir_dim_eval(root->shape[k], s->t->sym_val);
    n = dim_const(total / SCHED_VEC_WIDTH);
  }
  K->items = n;
  return true;
}

void sched_shape(const Graph *g, SchedKernel *K, const SchedTarget *t) {
  Shaper s = {g, K, t, t->sym_max ? t->sym_max : t->sym_val};
  K->form = KFORM_ELEMENT;
  K->nmm = 0;
  K->coop_rows = K->coop_split = 0;
  K->local = 0;
  K->exact_local = false;
  K->groups = dim_const(0);
  if (K->nmembers < 1) return;
  if (K->row >= 0) {
    shape_row(&s, K);
    return;
  }
  if (shape_matmul(&s, K)) return;
  K->nmm = 0;
  K->local = 0;
  K->exact_local = false;
  const IrNode *root = NN(&s, K->members[K->nmembers - 1]);
  K->items = numel(root);
  if (!K->items.bad && element_vec_ok(&s, K, root)) K->form = KFORM_ELEMENT_VEC;
}
