/* fuse.c — the fusion pass (see fuse.h and docs/fusion.md).
 *
 * 1. Store or recompute. Leaves (constants, iota) and index maps are always
 *    recomputed where they are read; reductions, matmuls and scatter_add are
 *    always computed once. An elementwise node (or index map, or gather-like
 *    read) is recomputed inline by its users unless the cost model in bytes
 *    says storing it is cheaper: with U users, recomputing reads the bytes of
 *    its stored inputs U times; storing writes it once and reads it U times.
 *    Expressions are also stored when they grow too large to repeat, and the
 *    operands of matmuls and scatter_add are stored (those kernels read each
 *    operand element many times).
 * 2. Kernels. Each reduction seeds a row kernel over its domain (its input's
 *    shape, its axes); stored elementwise nodes of the domain's shape or of the
 *    reduced shape that are connected to it, and other reductions over the same
 *    domain, join it. Each matmul seeds a matmul kernel that takes its
 *    elementwise users of the same shape as an epilogue. The remaining stored
 *    nodes join element kernels of their shape. Kernels over the same domain
 *    merge. A join is refused when it would make the kernels depend on each
 *    other in a cycle, or give a kernel too many arguments.
 * 3. Launch order: a topological order of the kernels, earliest first. */
#include "fuse.h"

#include <string.h>

#include "dim.h"

#define NOMINAL_DIM 64   /* each shape variable's value for the cost model */
#define MAX_WEIGHT 40    /* the largest expression recomputed inline */
/* buffers + shape variables per fused kernel: group_args counts an upper
 * bound, kept below the launch limit with room for the seed argument */
#define MAX_ARGS (LLMC_MAX_KERNEL_ARGS - 8)
#define SINKS 4          /* consumers tracked per node */

typedef enum { C_LEAF, C_CHEAP, C_VIEW, C_EW, C_ANCHOR } NClass;

typedef VEC(int32_t) I32s;

typedef struct Group {
  FuseKind kind;
  int32_t seed;   /* the reduction (row), matmul, or first node (element) */
  bool dead;
} Group;

typedef struct F {
  const Graph *g;
  int n;
  bool *live, *is_out, *inl;
  NClass *cls;
  double *size;
  int *weight;
  int *uoff, *ulist;           /* users (distinct, live) */
  int *foff;                   /* frontier: the stored nodes a stored node reads (through inline nodes) */
  I32s flist;
  int32_t *alias;
  int *grp;                    /* per stored node: its group; -1 */
  VEC(Group) groups;
  int *stamp, cur;             /* visit marks */
  int *edst, edcap;            /* acyclic()'s edge buffer */
  int *tmp;
} F;

const char *fuse_kind_name(FuseKind k) {
  switch (k) {
  case FK_ELEMENT: return "element";
  case FK_ROW: return "row";
  case FK_MATMUL: return "matmul";
  default: return "other";
  }
}

static const IrNode *NN(const F *f, int32_t i) { return &f->g->nodes.v[i]; }

static bool dim_is_one(Dim d) {
  int64_t v;
  return dim_is_const(d, &v) && v == 1;
}

static NClass classify(const IrNode *x) {
  switch (x->op) {
  case OP_PARAM: case OP_INPUT: return C_LEAF;
  case OP_CONST: case OP_IOTA: case OP_SYMDIM: case OP_RAND: return C_CHEAP;
  case OP_EXPAND: case OP_PERMUTE: case OP_RESHAPE: case OP_SLICE: case OP_PAD: case OP_CONCAT: return C_VIEW;
  case OP_GATHER: case OP_TAKE: case OP_PUT_ADD: return C_EW;
  default: break;
  }
  switch (op_class(x->op)) {
  case OC_UNARY: case OC_BINARY: case OC_TERNARY: return C_EW;
  default: return C_ANCHOR;
  }
}

/* The per-element cost of a node, from ops.def. */
static int op_weight(const IrNode *x) { return op_cost(x->op); }

static bool is_stored(const F *f, int32_t i) { return f->live[i] && !f->inl[i]; }

/* ---- the kernel graph ------------------------------------------------------------------ */

/* Kernel g depends on kernel h when a stored node of g reads one of h; a
 * stored node not in a kernel yet counts as a kernel of its own. True when
 * those dependencies have no cycle. */
static int vertex(const F *f, int32_t x) { return f->grp[x] >= 0 ? f->grp[x] : f->groups.n + x; }

static bool acyclic(F *f) {
  int V = f->groups.n + f->n;
  int *indeg = xcalloc((size_t)V + 1, sizeof(int));
  int *eoff = xcalloc((size_t)V + 2, sizeof(int));
  for (int pass = 0; pass < 2; pass++) {
    int *fill = pass ? xmalloc(sizeof(int) * (size_t)(V + 1)) : NULL;
    if (pass) memcpy(fill, eoff, sizeof(int) * (size_t)(V + 1));
    for (int x = 0; x < f->n; x++) {
      if (!is_stored(f, x) || f->cls[x] == C_LEAF) continue;
      int to = vertex(f, f->alias[x]);
      for (int j = f->foff[x]; j < f->foff[x + 1]; j++) {
        int e = f->alias[f->flist.v[j]];
        if (f->cls[e] == C_LEAF) continue;
        int from = vertex(f, e);
        if (from == to) continue;
        if (!pass) eoff[from + 1]++;
        else {
          f->edst[fill[from]++] = to;
          indeg[to]++;
        }
      }
    }
    if (!pass) {
      for (int h = 0; h < V; h++) eoff[h + 1] += eoff[h];
      if (eoff[V] + 1 > f->edcap) {
        f->edcap = eoff[V] + 1;
        f->edst = xrealloc(f->edst, sizeof(int) * (size_t)f->edcap);
      }
    }
    free(fill);
  }
  int *queue = xmalloc(sizeof(int) * (size_t)(V + 1));
  int qh = 0, qt = 0;
  for (int h = 0; h < V; h++)
    if (!indeg[h]) queue[qt++] = h;
  while (qh < qt) {
    int h = queue[qh++];
    for (int j = eoff[h]; j < eoff[h + 1]; j++)
      if (--indeg[f->edst[j]] == 0) queue[qt++] = f->edst[j];
  }
  free(indeg);
  free(eoff);
  free(queue);
  return qt == V;
}

/* Whether a stored node of group a reads one of group b. */
static bool reads_group(const F *f, int a, int b) {
  for (int x = 0; x < f->n; x++) {
    if (f->grp[x] != a) continue;
    for (int j = f->foff[x]; j < f->foff[x + 1]; j++)
      if (f->grp[f->alias[f->flist.v[j]]] == b) return true;
  }
  return false;
}

static int new_group(F *f, FuseKind kind, int32_t seed) {
  Group gr = {kind, seed, false};
  vec_push(&f->groups, gr);
  return f->groups.n - 1;
}

/* Buffers and shape variables a group's kernel would take (an upper bound). */
static int group_args(F *f, int h) {
  f->cur++;
  int count = f->g->syms.n;
  for (int x = 0; x < f->n; x++) {
    if (f->grp[x] != h) continue;
    count++; /* an output, at most */
    for (int j = f->foff[x]; j < f->foff[x + 1]; j++) {
      int e = f->alias[f->flist.v[j]];
      if (f->grp[e] == h || f->stamp[e] == f->cur) continue;
      f->stamp[e] = f->cur;
      count++;
    }
  }
  return count;
}

/* Puts x in group h if that keeps the kernels acyclic and small. */
static bool try_join(F *f, int32_t x, int h) {
  int old = f->grp[x];
  f->grp[x] = h;
  if (group_args(f, h) <= MAX_ARGS && acyclic(f)) return true;
  f->grp[x] = old;
  return false;
}

/* Moves group b's nodes into group a if the kernels stay acyclic and small;
 * else leaves both as they were. */
static bool try_merge(F *f, int a, int b) {
  I32s moved = {0};
  for (int x = 0; x < f->n; x++)
    if (f->grp[x] == b) {
      f->grp[x] = a;
      vec_push(&moved, x);
    }
  f->groups.v[b].dead = true;
  bool ok = group_args(f, a) <= MAX_ARGS && acyclic(f);
  if (!ok) {
    for (int q = 0; q < moved.n; q++) f->grp[moved.v[q]] = b;
    f->groups.v[b].dead = false;
  }
  vec_free(&moved);
  return ok;
}

/* ---- row kernels ------------------------------------------------------------------------- */

static bool same_shape(const IrNode *a, const IrNode *b) { return ir_same_shape(a, b); }

/* x has the row domain's full shape (D) or its reduced shape (DA). */
static bool row_shape(const F *f, const IrNode *x, int32_t seed) {
  const IrNode *r = NN(f, seed), *in = NN(f, r->in[0]);
  return same_shape(x, in) || ir_same_squeezed(x, r);
}

/* An inline node a row kernel may compute at the row's own coordinates. */
static bool row_inline_ok(const F *f, int32_t u, int32_t seed) {
  const IrNode *x = NN(f, u), *r = NN(f, seed);
  if (f->cls[u] == C_CHEAP) return true;
  if (x->op == OP_EXPAND) return same_shape(NN(f, x->in[0]), r) && same_shape(x, NN(f, r->in[0]));
  if (x->op == OP_RESHAPE) return ir_same_squeezed(x, r) && ir_same_squeezed(NN(f, x->in[0]), r);
  return f->cls[u] == C_EW && x->op != OP_TAKE && x->op != OP_PUT_ADD && x->op != OP_GATHER && row_shape(f, x, seed);
}

static bool same_numel(const IrNode *a, const IrNode *b) {
  Dim x = dim_const(1), y = dim_const(1);
  for (int k = 0; k < a->rank; k++) x = dim_mul(x, a->shape[k]);
  for (int k = 0; k < b->rank; k++) y = dim_mul(y, b->shape[k]);
  return !x.bad && !y.bad && dim_eq(x, y);
}

/* An inline node a matmul epilogue may compute at the matmul's flat index:
 * elementwise of its size, or a reshape of it (the flat index is kept). */
static bool mm_inline_ok(const F *f, int32_t u, int32_t m) {
  const IrNode *x = NN(f, u);
  if (!same_numel(x, NN(f, m))) return false;
  if (x->op == OP_RESHAPE) return true;
  return f->cls[u] == C_EW && x->op != OP_TAKE && x->op != OP_PUT_ADD && x->op != OP_GATHER;
}

enum { M_ELEMENT, M_ROW, M_MATMUL };

/* Whether the inline node u (computed in group h's kernel) reads a member of h,
 * and whether every such path is one the kernel (mode) can compute (ok). */
static bool touches(F *f, int32_t u, int h, int mode, int32_t seed, bool *ok) {
  if (f->stamp[u] == f->cur) return f->tmp[u] != 0;
  f->stamp[u] = f->cur;
  f->tmp[u] = 0;
  const IrNode *x = NN(f, u);
  bool t = false;
  for (int k = 0; k < x->nin; k++) {
    int32_t in = x->in[k];
    if (is_stored(f, in)) t |= f->grp[f->alias[in]] == h;
    else t |= touches(f, in, h, mode, seed, ok);
  }
  if (t && mode == M_ROW && !row_inline_ok(f, u, seed)) *ok = false;
  if (t && mode == M_MATMUL && !mm_inline_ok(f, u, seed)) *ok = false;
  f->tmp[u] = t;
  return t;
}

/* The inline inputs of stored node x read members of group h only in ways
 * the kernel can compute. */
static bool inputs_ok(F *f, int32_t x, int h, int mode, int32_t seed) {
  f->cur++;
  bool ok = true;
  const IrNode *n = NN(f, x);
  for (int k = 0; k < n->nin; k++)
    if (!is_stored(f, n->in[k])) touches(f, n->in[k], h, mode, seed, &ok);
  return ok;
}

/* The reduced axes are the last ones (ignoring axes of length 1): rows are
 * contiguous. Otherwise (column sums) a work item walks memory with a stride,
 * and elementwise work is better left to element kernels, which vectorise. */
static bool rows_contiguous(const F *f, int32_t seed) {
  const IrNode *r = NN(f, seed), *in = NN(f, r->in[0]);
  bool reduced_seen = false;
  for (int k = 0; k < in->rank; k++) {
    int64_t v;
    if (dim_is_const(in->shape[k], &v) && v == 1) continue;
    if (r->axes & (1u << k)) reduced_seen = true;
    else if (reduced_seen) return false;
  }
  return true;
}

static bool row_member_ok(const F *f, int32_t z, int32_t seed) {
  const IrNode *x = NN(f, z), *r = NN(f, seed);
  if (f->cls[z] == C_ANCHOR)
    return op_class(x->op) == OC_REDUCE && x->axes == r->axes && same_shape(NN(f, x->in[0]), NN(f, r->in[0])) &&
           same_shape(x, r);
  if (f->cls[z] != C_EW || x->op == OP_TAKE || x->op == OP_GATHER || x->op == OP_PUT_ADD) return false;
  if (!rows_contiguous(f, seed) && !ir_same_squeezed(x, r)) return false;
  return row_shape(f, x, seed);
}

static void grow_row(F *f, int h, int32_t seed) {
  I32s queue = {0};
  bool *seen = xcalloc((size_t)f->n, sizeof(bool));
  vec_push(&queue, seed);
  seen[seed] = true;
  for (int qi = 0; qi < queue.n; qi++) {
    int32_t y = queue.v[qi];
    const IrNode *yn = NN(f, y);
    /* neighbours: users, then inputs */
    int nb = 0;
    int32_t cand[IR_MAX_RANK + 64];
    for (int j = f->uoff[y]; j < f->uoff[y + 1] && nb < 48; j++) cand[nb++] = f->ulist[j];
    for (int k = 0; k < yn->nin && nb < (int)(sizeof cand / sizeof *cand); k++) cand[nb++] = yn->in[k];
    for (int c = 0; c < nb; c++) {
      int32_t z = cand[c];
      if (seen[z] || !f->live[z]) continue;
      if (!is_stored(f, z)) { /* walk through inline nodes the row kernel could compute */
        if (row_inline_ok(f, z, seed)) {
          seen[z] = true;
          vec_push(&queue, z);
        }
        continue;
      }
      if (f->grp[z] >= 0 || f->alias[z] != z || !row_member_ok(f, z, seed)) continue;
      if (!inputs_ok(f, z, h, M_ROW, seed)) continue;
      if (try_join(f, z, h)) {
        seen[z] = true;
        vec_push(&queue, z);
      }
    }
  }
  vec_free(&queue);
  free(seen);
}

/* ---- matmul epilogues ------------------------------------------------------------------- */


/* The matmul's elementwise users of its own size (directly, or through
 * reshapes, which keep the flat index) join its kernel as an epilogue,
 * walking through the ones recomputed inline. */
static void grow_matmul(F *f, int h, int32_t m) {
  I32s queue = {0};
  vec_push(&queue, m);
  for (int qi = 0; qi < queue.n; qi++) {
    int32_t y = queue.v[qi];
    for (int j = f->uoff[y]; j < f->uoff[y + 1]; j++) {
      int32_t z = f->ulist[j];
      const IrNode *x = NN(f, z);
      if (!f->live[z] || !same_numel(x, NN(f, m))) continue;
      if (!is_stored(f, z)) {
        if (mm_inline_ok(f, z, m)) vec_push(&queue, z); /* walk through what the epilogue recomputes */
        continue;
      }
      /* a permute of an epilogue value (the heads' layout of q, k and v) is
       * stored from the epilogue at its permuted position */
      bool perm = x->op == OP_PERMUTE;
      if (f->grp[z] >= 0 || f->alias[z] != z || (f->cls[z] != C_EW && !perm) || x->op == OP_TAKE ||
          x->op == OP_GATHER || x->op == OP_PUT_ADD)
        continue;
      if (!inputs_ok(f, z, h, M_MATMUL, m)) continue;
      if (try_join(f, z, h) && !perm) vec_push(&queue, z);
    }
  }
  vec_free(&queue);
}

/* ---- the pass ----------------------------------------------------------------------------- */

static double nominal_bytes(const IrNode *x, const int64_t *vals) {
  double e = dtype_size(x->dtype);
  for (int k = 0; k < x->rank; k++) {
    int64_t v = x->shape[k].bad ? NOMINAL_DIM : ir_dim_eval(x->shape[k], vals);
    e *= (double)(v > 0 ? v : 1);
  }
  return e;
}

/* The stored nodes that node x reads, through inline nodes. */
static void frontier(F *f, int32_t x, I32s *out) {
  const IrNode *n = NN(f, x);
  for (int k = 0; k < n->nin; k++) {
    int32_t in = n->in[k];
    if (f->stamp[in] == f->cur) continue;
    f->stamp[in] = f->cur;
    if (is_stored(f, in)) vec_push(out, in);
    else frontier(f, in, out);
  }
}

/* Inline nodes reachable from x's inputs, added to members. */
static void closure(F *f, int32_t x, I32s *members) {
  const IrNode *n = NN(f, x);
  for (int k = 0; k < n->nin; k++) {
    int32_t in = n->in[k];
    if (is_stored(f, in) || f->stamp[in] == f->cur) continue;
    f->stamp[in] = f->cur;
    vec_push(members, in);
    closure(f, in, members);
  }
}

/* Bytes a node reads when recomputed inline with everything inline below it
 * that can be: its distinct stored ancestors (leaves, reductions, matmuls,
 * outputs). A large expression counts as expensive. */
static double recompute_bytes(F *f, int32_t x) {
  f->cur++;
  int32_t stack[512];
  int sp = 0, visited = 0;
  double bytes = 0;
  stack[sp++] = x;
  f->stamp[x] = f->cur;
  while (sp) {
    int32_t y = stack[--sp];
    const IrNode *n = NN(f, y);
    for (int k = 0; k < n->nin; k++) {
      int32_t in = n->in[k];
      if (f->stamp[in] == f->cur) continue;
      f->stamp[in] = f->cur;
      if (++visited > 256 || sp >= 500) return 1e30;
      bool stops = f->is_out[in] || f->cls[in] == C_LEAF || f->cls[in] == C_ANCHOR;
      if (f->cls[in] == C_CHEAP) continue;
      if (stops) bytes += f->size[in];
      else stack[sp++] = in;
    }
  }
  return bytes;
}

/* Input k of x is not an earlier input again (users are counted once). */
static bool first_use(const IrNode *x, int k) {
  for (int q = 0; q < k; q++)
    if (x->in[q] == x->in[k]) return false;
  return true;
}

static int cmp_i32(const void *a, const void *b) {
  int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
  return (x > y) - (x < y);
}

/* ---- the pass, phase by phase -------------------------------------------------------------- */

/* Liveness (needed for an output) and the per-node arrays. */
static void f_init(F *f, const Graph *g) {
  int n = g->nodes.n, N1 = n ? n : 1;
  f->g = g;
  f->n = n;
  f->live = xcalloc((size_t)N1, sizeof(bool));
  f->is_out = xcalloc((size_t)N1, sizeof(bool));
  f->inl = xcalloc((size_t)N1, sizeof(bool));
  f->cls = xcalloc((size_t)N1, sizeof(NClass));
  f->size = xcalloc((size_t)N1, sizeof(double));
  f->weight = xcalloc((size_t)N1, sizeof(int));
  f->uoff = xcalloc((size_t)N1 + 1, sizeof(int));
  f->foff = xcalloc((size_t)N1 + 1, sizeof(int));
  f->alias = xmalloc(sizeof(int32_t) * (size_t)N1);
  f->grp = xmalloc(sizeof(int) * (size_t)N1);
  f->stamp = xcalloc((size_t)N1, sizeof(int));
  f->tmp = xcalloc((size_t)N1, sizeof(int));
  for (int i = 0; i < g->outputs.n; i++) f->live[g->outputs.v[i].node] = f->is_out[g->outputs.v[i].node] = true;
  for (int i = n - 1; i >= 0; i--)
    if (f->live[i])
      for (int k = 0; k < g->nodes.v[i].nin; k++) f->live[g->nodes.v[i].in[k]] = true;
}

/* The distinct live users of each node (uoff/ulist, compressed rows). */
static void f_users(F *f) {
  int n = f->n;
  int *cnt = xcalloc((size_t)(n ? n : 1), sizeof(int));
  for (int pass = 0; pass < 2; pass++) {
    for (int i = 0; i < n; i++) {
      if (!f->live[i]) continue;
      const IrNode *x = NN(f, i);
      for (int k = 0; k < x->nin; k++)
        if (first_use(x, k)) {
          if (pass) f->ulist[f->uoff[x->in[k]] + cnt[x->in[k]]++] = i;
          else cnt[x->in[k]]++;
        }
    }
    if (pass) break;
    for (int i = 0; i < n; i++) f->uoff[i + 1] = f->uoff[i] + cnt[i];
    f->ulist = xmalloc(sizeof(int) * (size_t)(f->uoff[n] + 1));
    memset(cnt, 0, sizeof(int) * (size_t)(n ? n : 1));
  }
  free(cnt);
}

/* The consumers of node i: the stored nodes it would be recomputed for,
 * through its inline users (SINKS + 1 in *ns: too many to list). */
static void f_sinks(F *f, int i, int *sinks, int *nsinks) {
  int *S = &sinks[(size_t)i * SINKS], ns = 0;
  for (int j = f->uoff[i]; j < f->uoff[i + 1] && ns <= SINKS; j++) {
    int u = f->ulist[j];
    int *us = f->inl[u] ? &sinks[(size_t)u * SINKS] : &u;
    int nu = f->inl[u] ? nsinks[u] : 1;
    for (int q = 0; q < nu && q < SINKS && ns <= SINKS; q++) {
      if (us[q] < 0) continue;
      bool have = false;
      for (int r = 0; r < ns; r++) have |= S[r] == us[q];
      if (!have) {
        if (ns == SINKS) ns = SINKS + 1;
        else S[ns++] = us[q];
      }
    }
    if (nu > SINKS) ns = SINKS + 1;
  }
  nsinks[i] = ns;
}

/* 1a. Store or recompute, by the cost model. Decided from the last node back:
 * a node's consumers are the stored nodes it would be recomputed for
 * (through its inline users); one consumer means no duplication at all. */
static void f_decide_inline(F *f, bool fuse) {
  int n = f->n, N1 = n ? n : 1;
  int64_t vals[LLMC_MAX_SYMS];
  for (int v = 0; v < LLMC_MAX_SYMS; v++) vals[v] = NOMINAL_DIM;
  for (int i = 0; i < n; i++) {
    f->cls[i] = classify(NN(f, i));
    f->size[i] = nominal_bytes(NN(f, i), vals);
  }
  /* per node, up to SINKS of its consumers (-1: none); nsinks > SINKS: more */
  int *sinks = xmalloc(sizeof(int) * (size_t)N1 * SINKS);
  for (size_t j = 0; j < (size_t)N1 * SINKS; j++) sinks[j] = -1;
  int *nsinks = xcalloc((size_t)N1, sizeof(int));
  for (int i = n - 1; i >= 0; i--) {
    const IrNode *x = NN(f, i);
    f->inl[i] = false;
    if (!f->live[i] || !fuse || f->is_out[i] || f->cls[i] == C_LEAF || f->cls[i] == C_ANCHOR) continue;
    f_sinks(f, i, sinks, nsinks);
    int ns = nsinks[i], *S = &sinks[(size_t)i * SINKS];
    bool inl = true;
    if (f->cls[i] == C_EW || x->op == OP_PAD || x->op == OP_CONCAT) {
      double rb = recompute_bytes(f, i);
      if (ns > 1 && (double)ns * rb > (double)(ns + 1) * f->size[i]) inl = false;
      /* a transcendental of a small value broadcast into a large consumer
       * would be recomputed for every element of it: computed once (with
       * more than SINKS consumers, the ones tracked tell; the RoPE angles of
       * every layer, forward and backward, are one value after CSE) */
      if (op_weight(x) > 1)
        for (int q = 0; q < (ns < SINKS ? ns : SINKS) && inl; q++)
          if (S[q] >= 0 && f->size[S[q]] >= 64 * f->size[i]) inl = false;
    }
    f->inl[i] = inl;
  }
  free(sinks);
  free(nsinks);
}

/* 1b. Expressions too large to repeat are stored. */
static void f_store_large(F *f) {
  for (int i = 0; i < f->n; i++) {
    const IrNode *x = NN(f, i);
    if (!f->inl[i] || f->cls[i] == C_CHEAP) continue;
    int w = op_weight(x);
    for (int k = 0; k < x->nin; k++)
      if (f->inl[x->in[k]]) w += f->weight[x->in[k]];
    f->weight[i] = w;
    if (w > MAX_WEIGHT && f->cls[i] == C_EW) {
      f->inl[i] = false;
      f->weight[i] = 0;
    }
  }
}

/* 1c. Operands read many times. A matmul reads A one element at a time
 * (broadcast over a row block) and B as rows: each must be a stored value or
 * a reshape of one, A may also be the transpose of either. Another index map
 * below an operand (a head permute, B's transpose) is materialised by
 * storing the operand itself: a copy costs far less than index arithmetic,
 * or reads across rows, for every multiply-add. scatter_add reads its source
 * once per table row, through any index map. An elementwise value below an
 * operand is stored as it is. */
static void f_store_operands(F *f) {
  for (int i = 0; i < f->n; i++) {
    const IrNode *x = NN(f, i);
    if (!f->live[i] || (x->op != OP_MATMUL && x->op != OP_SCATTER_ADD)) continue;
    /* one row of A (a query attending to a cache when decoding): each element
     * of B is read once, so reading it through its index maps and elementwise
     * producers costs no more than storing it first, and saves the copy; A
     * (K elements, the softmax's exp) is still stored, computed once, in vectors */
    bool one_row = x->op == OP_MATMUL && dim_is_one(NN(f, x->in[0])->shape[NN(f, x->in[0])->rank - 2]);
    for (int k = 0; k < (x->op == OP_MATMUL ? 2 - one_row : 1); k++) {
      int32_t top = x->in[k], y = top;
      if (!f->inl[top]) continue;
      const IrNode *yn = NN(f, y);
      if (x->op == OP_MATMUL && k == 0 && yn->op == OP_PERMUTE) {
        bool swap = yn->perm[yn->rank - 1] == yn->rank - 2 && yn->perm[yn->rank - 2] == yn->rank - 1;
        for (int q = 0; q < yn->rank - 2; q++) swap &= yn->perm[q] == q;
        if (swap) y = yn->in[0];
      }
      while (f->inl[y] && f->cls[y] == C_VIEW && NN(f, y)->nin == 1 &&
             (x->op == OP_SCATTER_ADD || NN(f, y)->op == OP_RESHAPE))
        y = NN(f, y)->in[0];
      if (f->inl[y] && f->cls[y] == C_VIEW) f->inl[top] = false;
      else if (f->inl[y] && f->cls[y] != C_CHEAP) f->inl[y] = false;
    }
  }
}

/* Aliases (a stored reshape of a stored value is a view of its buffer) and
 * frontiers (the stored nodes each stored node reads). */
static void f_alias_frontiers(F *f) {
  int n = f->n;
  for (int i = 0; i < n; i++) {
    f->alias[i] = i;
    const IrNode *x = NN(f, i);
    if (is_stored(f, i) && x->op == OP_RESHAPE && is_stored(f, x->in[0])) f->alias[i] = f->alias[x->in[0]];
  }
  for (int i = 0; i < n; i++) {
    f->foff[i] = f->flist.n;
    if (!is_stored(f, i)) continue;
    f->cur++;
    frontier(f, i, &f->flist);
  }
  f->foff[n] = f->flist.n;
}

/* 2a. A remaining stored node x: into a row kernel of its reduced shape, or an
 * element kernel of its shape, when allowed; else a kernel of its own. */
static void f_join_element(F *f, int32_t i) {
  const IrNode *x = NN(f, i);
  if (f->cls[i] == C_ANCHOR) {
    f->grp[i] = new_group(f, FK_OTHER, i);
    return;
  }
  bool joined = false;
  /* a value of a row kernel's reduced shape: computed by that kernel (once per row) */
  for (int h = f->groups.n - 1; h >= 0 && !joined; h--) {
    Group *gr = &f->groups.v[h];
    if (gr->dead || gr->kind != FK_ROW || !ir_same_squeezed(x, NN(f, gr->seed)) || f->cls[i] != C_EW) continue;
    if (inputs_ok(f, i, h, M_ROW, gr->seed)) joined = try_join(f, i, h);
  }
  for (int h = f->groups.n - 1, tries = 0; h >= 0 && tries < 12 && !joined; h--) {
    Group *gr = &f->groups.v[h];
    if (gr->dead || gr->kind != FK_ELEMENT || !same_shape(NN(f, gr->seed), x)) continue;
    tries++;
    if (inputs_ok(f, i, h, M_ELEMENT, -1)) joined = try_join(f, i, h);
  }
  if (!joined) f->grp[i] = new_group(f, FK_ELEMENT, i);
}

/* 2b. Row kernels over the same domain: merged. */
static void f_merge_rows(F *f) {
  for (int a = 0; a < f->groups.n; a++) {
    Group *ga = &f->groups.v[a];
    if (ga->dead || ga->kind != FK_ROW) continue;
    for (int b = a + 1; b < f->groups.n; b++) {
      Group *gb = &f->groups.v[b];
      if (gb->dead || gb->kind != FK_ROW) continue;
      const IrNode *ra = NN(f, ga->seed), *rb = NN(f, gb->seed);
      if (ra->axes != rb->axes || !same_shape(ra, rb) || !same_shape(NN(f, ra->in[0]), NN(f, rb->in[0]))) continue;
      try_merge(f, a, b);
    }
  }
}

/* 2c. Sibling matmuls that read the same stored operand and not each other:
 * one launch (horizontal fusion; the q, k and v projections, and their
 * weight gradients), at most SCHED_MAX_SIBLINGS per kernel. */
static void f_merge_siblings(F *f) {
  for (int a = 0; a < f->groups.n; a++) {
    Group *ga = &f->groups.v[a];
    if (ga->dead || ga->kind != FK_MATMUL) continue;
    int count = 1;
    for (int b = a + 1; b < f->groups.n && count < SCHED_MAX_SIBLINGS; b++) {
      Group *gb = &f->groups.v[b];
      if (gb->dead || gb->kind != FK_MATMUL) continue;
      const IrNode *ma = NN(f, ga->seed), *mb = NN(f, gb->seed);
      bool share = false;
      for (int i = 0; i < 2; i++)
        for (int j = 0; j < 2; j++) share |= f->alias[ma->in[i]] == f->alias[mb->in[j]];
      if (!share || reads_group(f, a, b) || reads_group(f, b, a)) continue;
      if (try_merge(f, a, b)) count++;
    }
  }
}

/* 2. Kernels: without fusion every stored computed node alone; with it, row
 * kernels grown from reductions, matmul kernels from matmuls, then the rest. */
static void f_group(F *f, bool fuse) {
  int n = f->n;
  for (int i = 0; i < n; i++) f->grp[i] = -1;
  if (!fuse) {
    for (int i = 0; i < n; i++)
      if (is_stored(f, i) && f->cls[i] != C_LEAF && f->alias[i] == i) f->grp[i] = new_group(f, FK_ELEMENT, i);
    return;
  }
  for (int i = 0; i < n; i++) {
    if (!is_stored(f, i) || f->grp[i] >= 0 || op_class(NN(f, i)->op) != OC_REDUCE) continue;
    int h = new_group(f, FK_ROW, i);
    f->grp[i] = h;
    grow_row(f, h, i);
  }
  for (int i = 0; i < n; i++) {
    if (!is_stored(f, i) || f->grp[i] >= 0 || NN(f, i)->op != OP_MATMUL) continue;
    int h = new_group(f, FK_MATMUL, i);
    f->grp[i] = h;
    grow_matmul(f, h, i);
  }
  for (int i = 0; i < n; i++)
    if (is_stored(f, i) && f->grp[i] < 0 && f->cls[i] != C_LEAF && f->alias[i] == i) f_join_element(f, i);
  f_merge_rows(f);
  f_merge_siblings(f);
}

/* 3. Launch order: ready kernels, the one with the smallest first node
 * first. Fills order (groups by launch) and returns how many. */
static int f_launch_order(F *f, int *order) {
  int n = f->n, G = f->groups.n;
  int *first = xmalloc(sizeof(int) * (size_t)(G + 1));
  for (int h = 0; h < G; h++) first[h] = n;
  for (int x = n - 1; x >= 0; x--)
    if (f->grp[x] >= 0) first[f->grp[x]] = x;
  int *indeg = xcalloc((size_t)G + 1, sizeof(int));
  bool *dep = xcalloc((size_t)G * (size_t)G + 1, sizeof(bool));
  for (int x = 0; x < n; x++) {
    if (f->grp[x] < 0) continue;
    for (int j = f->foff[x]; j < f->foff[x + 1]; j++) {
      int h = f->grp[f->alias[f->flist.v[j]]];
      if (h >= 0 && h != f->grp[x] && !dep[(size_t)h * (size_t)G + (size_t)f->grp[x]]) {
        dep[(size_t)h * (size_t)G + (size_t)f->grp[x]] = true;
        indeg[f->grp[x]]++;
      }
    }
  }
  bool *done = xcalloc((size_t)G + 1, sizeof(bool));
  int no = 0;
  for (;;) {
    int best = -1;
    for (int h = 0; h < G; h++)
      if (!f->groups.v[h].dead && !done[h] && !indeg[h] && (best < 0 || first[h] < first[best])) best = h;
    if (best < 0) break;
    done[best] = true;
    order[no++] = best;
    for (int h = 0; h < G; h++)
      if (dep[(size_t)best * (size_t)G + (size_t)h]) indeg[h]--;
  }
  free(first);
  free(indeg);
  free(dep);
  free(done);
  return no;
}

/* 4a. Kernel q's members (its group's stored nodes and the inline nodes they
 * need, ascending); what it reads from elsewhere is marked needed. */
static void f_members(F *f, int h, FuseKernel *K, bool *needed) {
  I32s mem = {0};
  f->cur++;
  for (int x = 0; x < f->n; x++)
    if (f->grp[x] == h) {
      f->stamp[x] = f->cur;
      vec_push(&mem, x);
    }
  int nstored = mem.n;
  for (int j = 0; j < nstored; j++) closure(f, mem.v[j], &mem);
  qsort(mem.v, (size_t)mem.n, sizeof(int32_t), cmp_i32);
  /* what this kernel reads from elsewhere must be stored there */
  for (int j = 0; j < mem.n; j++) {
    const IrNode *u = NN(f, mem.v[j]);
    for (int k = 0; k < u->nin; k++)
      if (f->grp[u->in[k]] != h) needed[u->in[k]] = true;
  }
  K->kind = f->groups.v[h].kind;
  K->members = mem.v;
  K->nmembers = mem.n;
}

/* 4. The plan: members and outputs (the group's nodes that are needed:
 * graph outputs, or read by another kernel), and which nodes are stored. */
static FusePlan *f_build(F *f, const int *order, int no) {
  const Graph *g = f->g;
  int n = f->n, N1 = n ? n : 1;
  FusePlan *p = xcalloc(1, sizeof *p);
  p->live = f->live;
  p->stored = xcalloc((size_t)N1, sizeof(bool));
  p->alias = f->alias;
  p->kernel_of = xmalloc(sizeof(int) * (size_t)N1);
  for (int i = 0; i < n; i++) p->kernel_of[i] = -1;
  p->nk = no;
  p->k = xcalloc((size_t)(no ? no : 1), sizeof(FuseKernel));
  bool *needed = xcalloc((size_t)N1, sizeof(bool));
  for (int i = 0; i < g->outputs.n; i++) needed[g->outputs.v[i].node] = true;
  for (int q = 0; q < no; q++) f_members(f, order[q], &p->k[q], needed);
  for (int i = 0; i < n; i++)
    if (needed[i] && f->alias[i] != i) needed[f->alias[i]] = true;
  for (int q = 0; q < no; q++) {
    int h = order[q];
    FuseKernel *K = &p->k[q];
    K->seed = f->groups.v[h].seed;
    K->row = K->kind == FK_ROW ? K->seed : -1;
    K->items = dim_const(0);
    K->groups = dim_const(0);
    K->outs = xmalloc(sizeof(int32_t) * (size_t)(K->nmembers + 1));
    for (int j = 0; j < K->nmembers; j++) {
      int32_t x = K->members[j];
      if (f->grp[x] == h && needed[x]) {
        K->outs[K->nouts++] = x;
        p->kernel_of[x] = q;
      }
    }
  }
  /* stored: leaves, kernel outputs, and views of them */
  for (int i = 0; i < n; i++)
    if (f->live[i] && (f->cls[i] == C_LEAF || p->kernel_of[i] >= 0)) p->stored[i] = true;
  for (int i = 0; i < n; i++)
    if (f->live[i] && f->alias[i] != i) p->stored[i] = p->stored[f->alias[i]];
  free(needed);
  return p;
}

/* The pass's working arrays (live and alias now belong to the plan). */
static void f_free(F *f) {
  free(f->is_out);
  free(f->inl);
  free(f->cls);
  free(f->size);
  free(f->weight);
  free(f->uoff);
  free(f->ulist);
  free(f->foff);
  vec_free(&f->flist);
  free(f->grp);
  vec_free(&f->groups);
  free(f->stamp);
  free(f->edst);
  free(f->tmp);
}

FusePlan *fuse_plan(const Graph *g, bool fuse) {
  F f = {0};
  f_init(&f, g);
  f_users(&f);
  f_decide_inline(&f, fuse); /* 1. store or recompute */
  f_store_large(&f);
  if (fuse) f_store_operands(&f);
  f_alias_frontiers(&f);
  f_group(&f, fuse); /* 2. kernels */
  int *order = xmalloc(sizeof(int) * (size_t)(f.groups.n + 1));
  int no = f_launch_order(&f, order); /* 3. launch order */
  FusePlan *p = f_build(&f, order, no); /* 4. members and outputs */
  free(order);
  f_free(&f);
  return p;
}

void fuse_plan_free(FusePlan *p) {
  if (!p) return;
  for (int q = 0; q < p->nk; q++) {
    free(p->k[q].members);
    free(p->k[q].outs);
  }
  free(p->k);
  free(p->live);
  free(p->stored);
  free(p->alias);
  free(p->kernel_of);
  free(p);
}

/* ---- the schedule interface ---------------------------------------------------------- */

Schedule *sched_plan(const Graph *g, const SchedOptions *o) {
  Schedule *s = fuse_plan(g, o->fuse);
  s->cpu = o->cpu;
  int n = g->syms.n;
  if (n > 0 && (o->sym_val || o->sym_max)) {
    s->opt_vals = xcalloc((size_t)(2 * n), sizeof(int64_t));
    if (o->sym_val) {
      memcpy(s->opt_vals, o->sym_val, sizeof(int64_t) * (size_t)n);
      s->sym_val = s->opt_vals;
    }
    if (o->sym_max) {
      memcpy(s->opt_vals + n, o->sym_max, sizeof(int64_t) * (size_t)n);
      s->sym_max = s->opt_vals + n;
    }
  }
  /* a CPU target is an OpenCL device: its forms may use float16 vectors */
  SchedTarget t = {o->cpu, o->cpu, s->sym_val, s->sym_max};
  for (int q = 0; q < s->nk; q++) sched_shape(g, &s->k[q], &t);
  return s;
}

/* ---- verification ------------------------------------------------------------------------ */

static bool ascending_in_range(const int32_t *v, int nv, int n) {
  for (int i = 0; i < nv; i++)
    if (v[i] < 0 || v[i] >= n || (i && v[i] <= v[i - 1])) return false;
  return true;
}

static bool has(const int32_t *v, int nv, int32_t x) {
  for (int i = 0; i < nv; i++)
    if (v[i] == x) return true;
  return false;
}

/* Kernel q's lists: members and outs ascending node ids, every out a member
 * stored by q, no leaf computed. */
static bool verify_lists(const Graph *g, const Schedule *s, int q, Diag *d) {
  const SchedKernel *K = &s->k[q];
  int n = g->nodes.n;
  if (K->nmembers < 1 || K->nouts < 1 || !ascending_in_range(K->members, K->nmembers, n) ||
      !ascending_in_range(K->outs, K->nouts, n)) {
    diag_plain(d, "schedule: kernel %d: its members and stored nodes must be non-empty ascending node ids", q);
    return false;
  }
  for (int i = 0; i < K->nmembers; i++) {
    OpKind op = g->nodes.v[K->members[i]].op;
    if (op == OP_PARAM || op == OP_INPUT) {
      diag_plain(d, "schedule: kernel %d computes leaf %%%d", q, K->members[i]);
      return false;
    }
  }
  for (int i = 0; i < K->nouts; i++) {
    int32_t v = K->outs[i];
    if (!has(K->members, K->nmembers, v) || s->kernel_of[v] != q || !s->stored[v]) {
      diag_plain(d, "schedule: kernel %d stores node %%%d, which the plan gives to kernel %d", q, v, s->kernel_of[v]);
      return false;
    }
  }
  return true;
}

/* Kernel q's form fits its members: row forms walk a member reduction's
 * domain, matmul forms list member matmuls, element forms have neither. */
static bool verify_form(const Graph *g, const Schedule *s, int q, Diag *d) {
  const SchedKernel *K = &s->k[q];
  bool row = K->form == KFORM_ROW || K->form == KFORM_ROW_VEC || K->form == KFORM_ROW_COOP || K->form == KFORM_COLUMN ||
             K->form == KFORM_COLUMN_VEC;
  bool mm = K->form == KFORM_MATMUL_TILE || K->form == KFORM_MATMUL_CPU;
  bool ok = row == (K->row >= 0) && (!row || (K->kind == FK_ROW && has(K->members, K->nmembers, K->row) &&
                                              op_class(g->nodes.v[K->row].op) == OC_REDUCE));
  ok &= mm == (K->nmm > 0);
  for (int i = 0; i < K->nmm && ok; i++) ok = has(K->members, K->nmembers, K->mms[i]) && g->nodes.v[K->mms[i]].op == OP_MATMUL;
  ok &= !K->items.bad && K->local >= 0 && (!K->exact_local || K->local > 0);
  ok &= !s->cpu || (K->form != KFORM_MATMUL_TILE && K->form != KFORM_ROW_COOP);
  ok &= s->cpu || (K->form == KFORM_ELEMENT || K->form == KFORM_ROW || K->form == KFORM_ROW_COOP || K->form == KFORM_MATMUL_TILE);
  if (!ok) diag_plain(d, "schedule: kernel %d: its form does not fit its members or target", q);
  return ok;
}

/* Every stored node a member reads is computed by a kernel launched before
 * (a leaf, or a view of a stored node, needs none). */
static bool verify_order(const Graph *g, const Schedule *s, int q, const bool *done, Diag *d) {
  const SchedKernel *K = &s->k[q];
  for (int i = 0; i < K->nmembers; i++) {
    const IrNode *n = &g->nodes.v[K->members[i]];
    for (int j = 0; j < n->nin; j++) {
      int32_t in = n->in[j], a = s->alias[in];
      if (has(K->members, K->nmembers, in)) continue;
      if (!s->stored[in]) {
        diag_plain(d, "schedule: kernel %d reads node %%%d, neither a member nor stored", q, in);
        return false;
      }
      int kq = s->kernel_of[a];
      OpKind op = g->nodes.v[a].op;
      if (kq < 0 && op != OP_PARAM && op != OP_INPUT) {
        diag_plain(d, "schedule: kernel %d reads node %%%d, which no kernel computes", q, a);
        return false;
      }
      if (kq >= 0 && !done[a]) {
        diag_plain(d, "schedule: kernel %d reads node %%%d before kernel %d stores it", q, a, kq);
        return false;
      }
    }
  }
  return true;
}

bool sched_verify(const Graph *g, const Schedule *s, Diag *d) {
  int n = g->nodes.n;
  bool *done = xcalloc((size_t)(n ? n : 1), sizeof(bool));
  bool ok = true;
  for (int v = 0; v < n && ok; v++) /* kernel_of names kernels that exist */
    if (s->kernel_of[v] < -1 || s->kernel_of[v] >= s->nk) {
      diag_plain(d, "schedule: node %%%d is given to kernel %d, which does not exist", v, s->kernel_of[v]);
      ok = false;
    }
  for (int q = 0; q < s->nk && ok; q++) {
    ok = verify_lists(g, s, q, d) && verify_form(g, s, q, d) && verify_order(g, s, q, done, d);
    for (int i = 0; i < s->k[q].nouts && ok; i++) done[s->k[q].outs[i]] = true;
  }
  for (int i = 0; i < g->outputs.n && ok; i++) { /* every output is stored */
    int32_t v = g->outputs.v[i].node;
    if (!s->stored[v]) {
      diag_plain(d, "schedule: output %%%d is not stored", v);
      ok = false;
    }
  }
  free(done);
  return ok;
}

void sched_free(Schedule *s) {
  if (!s) return;
  free(s->opt_vals);
  fuse_plan_free(s);
}
