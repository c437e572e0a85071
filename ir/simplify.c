/* simplify.c — constant folding, common-subexpression elimination, dead-code
 * elimination and algebraic identities (x*1, x+0, x-0, x/1, --x, pow with a
 * constant exponent, permute of permute, reshape of reshape, reshape of a
 * permute, expand of expand), and two matmul rewrites: a batched matmul against
 * a broadcast matrix becomes one 2-D matmul, and a sum over the batch axes of
 * a batched matmul becomes one matmul with a longer contraction. A node marked
 * nograd (stop_gradient) keeps the mark. The pass copies the graph:
 * every node is remapped onto a fresh graph, rewritten on the way, and only
 * nodes that reach an output are kept. */
#include <math.h>
#include <string.h>

#include "ir.h"

typedef struct Simp {
  const Graph *src;
  Graph *dst;
  int32_t *map;     /* src id -> dst id */
  int32_t *table;   /* CSE hash table of dst ids, -1 empty */
  size_t tcap;
} Simp;

/* ---- CSE ------------------------------------------------------------------- */

/* Hashes a dim by its terms (never its raw bytes: padding and unused slots
 * may differ between equal dims). */
static uint64_t hash_dim(uint64_t h, Dim d) {
  h = sup_hash_bytes(&d.n, sizeof d.n, h);
  for (int i = 0; i < d.n; i++) {
    h = sup_hash_bytes(&d.m[i].coef, sizeof d.m[i].coef, h);
    h = sup_hash_bytes(d.m[i].v, sizeof(uint16_t) * d.m[i].nv, h ^ d.m[i].nv);
  }
  return h;
}

static bool same_slice(const IrSlice *a, const IrSlice *b, int rank) {
  for (int i = 0; i < rank; i++)
    if (!dim_eq(a->start[i], b->start[i]) || a->step[i] != b->step[i]) return false;
  return true;
}

static uint64_t node_hash(const IrNode *n) {
  uint64_t h = sup_hash_bytes(&n->op, sizeof n->op, n->dtype * 31u + (uint64_t)n->rank);
  for (int i = 0; i < n->rank; i++) h = hash_dim(h, n->shape[i]);
  h = sup_hash_bytes(n->in, sizeof(int32_t) * (size_t)n->nin, h);
  h = sup_hash_bytes(&n->f, sizeof n->f, h);
  h ^= (uint64_t)n->axis * 0x9e3779b97f4a7c15ULL ^ (uint64_t)n->axes * 0xc2b2ae3d27d4eb4fULL;
  h = sup_hash_bytes(n->perm, sizeof n->perm, h);
  if (n->name) h = sup_hash_bytes(n->name, strlen(n->name), h);
  if (n->slice)
    for (int i = 0; i < n->rank; i++) {
      h = hash_dim(h, n->slice->start[i]);
      h = sup_hash_bytes(&n->slice->step[i], sizeof n->slice->step[i], h);
    }
  if (n->op == OP_SYMDIM) h = hash_dim(h, n->dimval);
  if (n->nograd) h ^= 0x5bd1e995u;
  return h;
}

static bool node_same(const IrNode *a, const IrNode *b) {
  if (a->op != b->op || a->dtype != b->dtype || !ir_same_shape(a, b) || a->nin != b->nin) return false;
  if (a->nin && memcmp(a->in, b->in, sizeof(int32_t) * (size_t)a->nin)) return false;
  if (memcmp(&a->f, &b->f, sizeof a->f) || a->axis != b->axis || a->axes != b->axes) return false;
  if (memcmp(a->perm, b->perm, sizeof a->perm)) return false;
  if ((a->name == NULL) != (b->name == NULL) || (a->name && strcmp(a->name, b->name))) return false;
  if ((a->slice == NULL) != (b->slice == NULL) || (a->slice && !same_slice(a->slice, b->slice, a->rank))) return false;
  if (a->op == OP_SYMDIM && !dim_eq(a->dimval, b->dimval)) return false;
  if (a->nograd != b->nograd) return false; /* stop_gradient keeps its own copy */
  return true;
}

/* Returns an existing equal node for the newest node of dst, dropping the
 * newest; or records it. */
static int32_t cse(Simp *s, int32_t id) {
  if (id < s->dst->nodes.n - 1) return id; /* the builder reused an operand */
  const IrNode *n = ir_node(s->dst, id);
  if ((size_t)s->dst->nodes.n * 2 >= s->tcap) {
    size_t cap = s->tcap ? s->tcap * 2 : 1024;
    int32_t *t = xmalloc(sizeof(int32_t) * cap);
    for (size_t i = 0; i < cap; i++) t[i] = -1;
    for (size_t i = 0; i < s->tcap; i++)
      if (s->table[i] >= 0) {
        size_t k = node_hash(ir_node(s->dst, s->table[i])) & (cap - 1);
        while (t[k] >= 0) k = (k + 1) & (cap - 1);
        t[k] = s->table[i];
      }
    free(s->table);
    s->table = t;
    s->tcap = cap;
  }
  size_t k = node_hash(n) & (s->tcap - 1);
  while (s->table[k] >= 0) {
    if (s->table[k] != id && node_same(ir_node(s->dst, s->table[k]), n)) {
      s->dst->nodes.n--; /* drop the duplicate (its operands array stays in the arena) */
      return s->table[k];
    }
    k = (k + 1) & (s->tcap - 1);
  }
  s->table[k] = id;
  return id;
}

/* ---- folding ----------------------------------------------------------------
 * What folds is ops.def's fold column; the values are scalar.c's, the
 * interpreter's own arithmetic, so folding never changes a result. */

/* The value of a CONST node as the interpreter and the kernels read it (an
 * i32 constant truncates and saturates, NaN gives 0). */
static bool is_const(const Graph *g, int32_t id, double *v) {
  const IrNode *n = ir_node(g, id);
  if (n->op != OP_CONST) return false;
  if (v) *v = ir_scalar_as(n->dtype, n->f);
  return true;
}

/* An elementwise node whose operands are all constant, as a constant; -1 when
 * it stays: a finite operand whose unary result is not finite (exp(1000),
 * log(0)), i32 division (its semantics stay with the runtime), and the i32
 * cases that have no value (0 to a negative power). */
static int32_t fold_eval(Simp *s, const IrNode *n, const int32_t *in) {
  Graph *g = s->dst;
  double a, b, r;
  if (!is_const(g, in[0], &a)) return -1;
  if (op_class(n->op) == OC_UNARY) {
    r = ir_scalar_unary(n->op, a, ir_node(g, in[0])->dtype, n->dtype);
    if (!isfinite(r) && isfinite(a)) return -1;
  } else {
    if (!is_const(g, in[1], &b)) return -1;
    bool ints = ir_node(g, in[0])->dtype == DT_I32 && ir_node(g, in[1])->dtype == DT_I32;
    if (ints && n->op == OP_DIV) return -1;
    if (!ir_scalar_binary(n->op, a, b, ints ? DT_I32 : DT_F64, n->dtype, &r)) return -1;
  }
  return ir_const(g, r, n->dtype, n->rank, n->shape, n->span);
}

/* Constant folding of one node by its op's fold kind; -1 when it does not fold. */
static int32_t fold(Simp *s, const IrNode *n, const int32_t *in) {
  Graph *g = s->dst;
  switch (op_fold(n->op)) {
  case OF_EVAL: return fold_eval(s, n, in);
  case OF_SHAPE: { /* the same constant in the node's shape */
    const IrNode *x = ir_node(g, in[0]);
    return x->op == OP_CONST ? ir_const(g, x->f, n->dtype, n->rank, n->shape, n->span) : -1;
  }
  case OF_PICK: {
    double c;
    return is_const(g, in[0], &c) ? (c != 0 ? in[1] : in[2]) : -1;
  }
  case OF_NONE: return -1;
  }
  UNREACHABLE();
}

/* ---- movement chains ----------------------------------------------------------
 * The helpers below build a node on dst with the local rewrites applied and
 * pass it through CSE, so that rewrites that build several nodes share them. */

static bool dim_is_one(Dim d) {
  int64_t c;
  return dim_is_const(d, &c) && c == 1;
}

static int32_t mk_permute(Simp *s, int32_t a, const int *perm, Span sp);

/* reshape(x) to `shape`: reshape of a constant is a constant, reshape of a
 * reshape is one reshape, and a reshape that merges runs of a permute's axes
 * which stay adjacent and in order in its source is done before the permute:
 * reshape(permute(x, p)) -> permute(reshape(x), q). */
static int32_t mk_reshape(Simp *s, int32_t a, int rank, const Dim *shape_in, Span sp) {
  Graph *g = s->dst;
  Dim shape[IR_MAX_RANK];
  if (rank) memcpy(shape, shape_in, sizeof(Dim) * (size_t)rank); /* may point into the node array */
  const IrNode *x = ir_node(g, a);
  if (x->op == OP_CONST) return cse(s, ir_const(g, x->f, x->dtype, rank, shape, sp));
  if (x->op == OP_RESHAPE) {
    a = x->in[0];
    x = ir_node(g, a);
  }
  bool same = x->rank == rank;
  for (int i = 0; same && i < rank; i++) same = dim_eq(x->shape[i], shape[i]);
  if (same) return a;
  if (x->op == OP_PERMUTE && rank >= 1) {
    /* group the permuted axes into runs whose sizes multiply to each new dim */
    int yr = x->rank, lo[IR_MAX_RANK], hi[IR_MAX_RANK], j = 0;
    bool ok = true;
    for (int o = 0; ok && o < rank; o++) {
      if (j >= yr) { ok = false; break; }
      lo[o] = j;
      Dim p = x->shape[j++];
      while (ok && !dim_eq(p, shape[o])) {
        if (j >= yr) { ok = false; break; }
        p = dim_mul(p, x->shape[j++]);
        ok = !p.bad;
      }
      hi[o] = j;
      /* the run must be consecutive, increasing axes of the permute's source */
      for (int k = lo[o]; ok && k + 1 < hi[o]; k++) ok = x->perm[k + 1] == x->perm[k] + 1;
    }
    if (ok && j == yr) {
      /* the runs in source order: the merged source shape and the new perm */
      int order[IR_MAX_RANK], q[IR_MAX_RANK];
      for (int o = 0; o < rank; o++) order[o] = o;
      for (int o = 1; o < rank; o++) /* insertion sort by the run's first source axis */
        for (int k = o; k > 0 && x->perm[lo[order[k]]] < x->perm[lo[order[k - 1]]]; k--) {
          int t = order[k];
          order[k] = order[k - 1];
          order[k - 1] = t;
        }
      Dim merged[IR_MAX_RANK];
      for (int k = 0; k < rank; k++) {
        merged[k] = shape[order[k]];
        q[order[k]] = k;
      }
      int32_t src = x->in[0];
      int32_t r = mk_reshape(s, src, rank, merged, sp);
      return mk_permute(s, r, q, sp);
    }
  }
  return cse(s, ir_reshape(g, a, rank, shape, sp));
}

/* permute(x, perm): of a constant is a constant, of a permute is one permute,
 * the identity is x. */
static int32_t mk_permute(Simp *s, int32_t a, const int *perm_in, Span sp) {
  Graph *g = s->dst;
  const IrNode *x = ir_node(g, a);
  int perm[IR_MAX_RANK];
  for (int i = 0; i < x->rank; i++) perm[i] = perm_in[i];
  if (x->op == OP_PERMUTE) { /* out[i] = x[perm[i]] = src[xperm[perm[i]]] */
    for (int i = 0; i < x->rank; i++) perm[i] = x->perm[perm_in[i]];
    a = x->in[0];
    x = ir_node(g, a);
  }
  if (x->op == OP_CONST) {
    Dim shape[IR_MAX_RANK];
    for (int i = 0; i < x->rank; i++) shape[i] = x->shape[perm[i]];
    return cse(s, ir_const(g, x->f, x->dtype, x->rank, shape, sp));
  }
  return cse(s, ir_permute(g, a, perm, sp));
}

/* ---- matmul ---------------------------------------------------------------------- */

/* When node `id` ([b..., R, C]) holds the same matrix in every batch position
 * (a weight broadcast with expand, seen through permutes of its last two axes),
 * returns that matrix as a 2-D [R, C] node; else -1. */
static int32_t batch_free(Simp *s, int32_t id, Span sp) {
  Graph *g = s->dst;
  const IrNode *x = ir_node(g, id);
  int r = x->rank;
  if (r < 2) return -1;
  Dim rc[2] = {x->shape[r - 2], x->shape[r - 1]};
  bool ones = true;
  for (int i = 0; i < r - 2; i++) ones &= dim_is_one(x->shape[i]);
  if (ones) return mk_reshape(s, id, 2, rc, sp);
  switch (x->op) {
  case OP_CONST: return cse(s, ir_const(g, x->f, x->dtype, 2, rc, sp));
  case OP_EXPAND: {
    const IrNode *src = ir_node(g, x->in[0]);
    if (!dim_eq(src->shape[r - 2], rc[0]) || !dim_eq(src->shape[r - 1], rc[1])) return -1;
    return batch_free(s, x->in[0], sp);
  }
  case OP_PERMUTE: {
    for (int i = 0; i < r - 2; i++)
      if (x->perm[i] != i) return -1;
    bool swap = x->perm[r - 2] == r - 1;
    int32_t m = batch_free(s, x->in[0], sp);
    if (m < 0 || !swap) return m;
    int t[2] = {1, 0};
    return mk_permute(s, m, t, sp);
  }
  default: return -1;
  }
}

/* matmul(a [b..., M, K], w [b..., K, N]) where one operand is the same matrix
 * in every batch position becomes one 2-D matmul over all the batch rows:
 *   right: reshape(matmul(reshape(a, [P*M, K]), W), [b..., M, N])
 *   left:  permute(reshape(matmul(A, reshape(permute(w, [K, b..., N]), [K, P*N])), [M, b..., N]), [b..., M, N])
 * (P the product of the batch dims). Each output element is the same dot
 * product in the same order, so the values are identical. */
static int32_t simp_matmul(Simp *s, const IrNode *n, int32_t a, int32_t b, Span sp) {
  Graph *g = s->dst;
  int r = n->rank;
  if (r > 2) {
    Dim out[IR_MAX_RANK], P = dim_const(1);
    memcpy(out, n->shape, sizeof(Dim) * (size_t)r);
    for (int i = 0; i < r - 2; i++) P = dim_mul(P, out[i]);
    const IrNode *an = ir_node(g, a);
    Dim M = an->shape[r - 2], K = an->shape[r - 1], N = out[r - 1];
    int32_t w = P.bad ? -1 : batch_free(s, b, sp);
    if (w >= 0) {
      Dim pm = dim_mul(P, M);
      if (!pm.bad) {
        Dim s2[2] = {pm, K};
        int32_t x2 = mk_reshape(s, a, 2, s2, sp);
        int32_t mm = cse(s, ir_matmul(g, x2, w, sp));
        return mk_reshape(s, mm, r, out, sp);
      }
    }
    int32_t m = P.bad ? -1 : batch_free(s, a, sp);
    Dim pn = dim_mul(P, N);
    if (m >= 0 && !pn.bad) {
      int perm[IR_MAX_RANK];
      perm[0] = r - 2; /* [K, b..., N] */
      for (int i = 0; i < r - 2; i++) perm[i + 1] = i;
      perm[r - 1] = r - 1;
      int32_t wt = mk_permute(s, b, perm, sp);
      Dim s2[2] = {K, pn};
      int32_t w2 = mk_reshape(s, wt, 2, s2, sp);
      int32_t mm = cse(s, ir_matmul(g, m, w2, sp)); /* [M, P*N] */
      Dim mid[IR_MAX_RANK];
      mid[0] = M;
      for (int i = 0; i < r - 2; i++) mid[i + 1] = out[i];
      mid[r - 1] = N;
      int32_t y = mk_reshape(s, mm, r, mid, sp); /* [M, b..., N] */
      for (int i = 0; i < r - 2; i++) perm[i] = i + 1;
      perm[r - 2] = 0;
      perm[r - 1] = r - 1;
      return mk_permute(s, y, perm, sp);
    }
  }
  return ir_matmul(g, a, b, sp);
}

/* sum over all the batch axes of matmul(A [b..., M, K], B [b..., K, N]) is one
 * matmul with contraction length P*K:
 *   sum_b A_b @ B_b = [A_1 ... A_P] @ [B_1; ...; B_P]
 *   = matmul(reshape(permute(A, [M, b..., K]), [M, P*K]), reshape(B, [P*K, N]))
 * reshaped to the sum's [1..., M, N]. (The weight gradient of a batched
 * x @ W: A = permute(x) of a row-major x, whose reshape-permute chain becomes
 * a plain transpose of reshape(x, [P*K, M]).) Returns -1 when it does not apply. */
static int32_t sum_of_matmul(Simp *s, const IrNode *n, int32_t in0, Span sp) {
  Graph *g = s->dst;
  const IrNode *x = ir_node(g, in0);
  int r = x->rank;
  if (n->op != OP_RSUM || x->op != OP_MATMUL || r < 3 || n->axes != (1u << (r - 2)) - 1) return -1;
  int32_t A = x->in[0], Bm = x->in[1];
  Dim P = dim_const(1);
  for (int i = 0; i < r - 2; i++) P = dim_mul(P, x->shape[i]);
  const IrNode *an = ir_node(g, A), *bn = ir_node(g, Bm);
  Dim M = an->shape[r - 2], K = an->shape[r - 1], N = bn->shape[r - 1];
  Dim pk = dim_mul(P, K);
  if (P.bad || pk.bad) return -1;
  Dim out[IR_MAX_RANK];
  memcpy(out, n->shape, sizeof(Dim) * (size_t)r);
  int perm[IR_MAX_RANK];
  perm[0] = r - 2;
  for (int i = 0; i < r - 2; i++) perm[i + 1] = i;
  perm[r - 1] = r - 1;
  Dim sa[2] = {M, pk}, sb[2] = {pk, N};
  int32_t a2 = mk_reshape(s, mk_permute(s, A, perm, sp), 2, sa, sp);
  int32_t b2 = mk_reshape(s, Bm, 2, sb, sp);
  int32_t mm = cse(s, ir_matmul(g, a2, b2, sp));
  return mk_reshape(s, mm, r, out, sp);
}

/* Algebraic identities of an elementwise unary node. */
static int32_t rewrite_unary(Simp *s, const IrNode *n, const int32_t *in) {
  Graph *g = s->dst;
  if (n->op == OP_NEG && ir_node(g, in[0])->op == OP_NEG) return ir_node(g, in[0])->in[0];
  if (n->op == OP_CAST) return ir_cast(g, in[0], n->dtype, n->span);
  return ir_unary(g, n->op, in[0], n->span);
}

/* Algebraic identities of an elementwise binary node with one constant operand. */
static int32_t rewrite_binary(Simp *s, const IrNode *n, const int32_t *in) {
  Graph *g = s->dst;
  Span sp = n->span;
  double a = 0, b = 0;
  bool ca = is_const(g, in[0], &a), cb = is_const(g, in[1], &b);
  if (n->op == OP_MUL && cb && b == 1.0) return in[0];
  if (n->op == OP_MUL && ca && a == 1.0) return in[1];
  if (n->op == OP_ADD && cb && b == 0.0) return in[0];
  if (n->op == OP_ADD && ca && a == 0.0) return in[1];
  if (n->op == OP_SUB && cb && b == 0.0) return in[0];
  if (n->op == OP_DIV && cb && b == 1.0) return in[0];
  if (n->op == OP_POW && cb) {
    /* constant exponents (see docs/ir.md for how exact each one is) */
    const IrNode *x = ir_node(g, in[0]);
    bool fl = dtype_is_float(x->dtype);
    if (b == 1.0) return in[0];                                                /* pow(x, 1) = x, NaN too */
    if (b == 0.0) return ir_const(g, 1.0, n->dtype, n->rank, n->shape, sp);   /* pow(x, 0) = 1, NaN too */
    if (b == 2.0) return ir_binary(g, OP_MUL, in[0], in[0], sp);              /* one rounding of x*x */
    if (fl && b == -1.0)                                                       /* 1/x, within 1 ulp */
      return ir_binary(g, OP_DIV, cse(s, ir_const(g, 1.0, n->dtype, n->rank, n->shape, sp)), in[0], sp);
    if (fl && b == 0.5) return ir_unary(g, OP_SQRT, in[0], sp);               /* differs at -inf only */
  }
  return ir_binary(g, n->op, in[0], in[1], sp);
}

/* Rewrites one node (already remapped operands in `in`) onto dst: folded,
 * rewritten by an identity, or copied. */
static int32_t rewrite(Simp *s, const IrNode *n, const int32_t *in) {
  Graph *g = s->dst;
  Span sp = n->span;
  int32_t folded = fold(s, n, in);
  if (folded >= 0) return folded;
  switch (op_class(n->op)) {
  case OC_UNARY: return rewrite_unary(s, n, in);
  case OC_BINARY: return rewrite_binary(s, n, in);
  default: break;
  }
  switch (n->op) {
  case OP_PARAM: return ir_param(g, n->name, n->dtype, n->rank, n->shape, sp);
  case OP_INPUT: return ir_input(g, n->name, n->dtype, n->rank, n->shape, sp);
  case OP_CONST: return ir_const(g, n->f, n->dtype, n->rank, n->shape, sp);
  case OP_IOTA: return ir_iota(g, n->dtype, n->rank, n->shape, n->axis, sp);
  case OP_SYMDIM: return ir_symdim(g, n->dimval, n->dtype, sp);
  case OP_RAND: return ir_rand(g, n->rank, n->shape, n->axis, sp);
  case OP_WHERE: return in[1] == in[2] ? in[1] : ir_where(g, in[0], in[1], in[2], sp);
  case OP_RSUM: case OP_RMAX: case OP_RMIN: case OP_ARGMAX: {
    int32_t r = sum_of_matmul(s, n, in[0], sp);
    if (r >= 0) return r;
    return ir_reduce(g, n->op, in[0], n->axes, sp);
  }
  case OP_MATMUL: return simp_matmul(s, n, in[0], in[1], sp);
  case OP_RESHAPE: return mk_reshape(s, in[0], n->rank, n->shape, sp);
  case OP_PERMUTE: {
    int perm[IR_MAX_RANK];
    for (int i = 0; i < n->rank; i++) perm[i] = n->perm[i];
    return mk_permute(s, in[0], perm, sp);
  }
  case OP_EXPAND: {
    const IrNode *x = ir_node(g, in[0]);
    int32_t src = x->op == OP_EXPAND ? x->in[0] : in[0];
    return ir_expand(g, src, n->rank, n->shape, sp);
  }
  case OP_SLICE: return ir_slice(g, in[0], n->slice->start, n->slice->step, n->shape, sp);
  case OP_PAD: return ir_pad(g, in[0], n->slice->start, n->slice->step, n->shape, sp);
  case OP_CONCAT: return ir_concat(g, in, n->nin, n->axis, sp);
  case OP_GATHER: return ir_gather(g, in[0], in[1], sp);
  case OP_SCATTER_ADD: return ir_scatter_add(g, in[0], in[1], n->shape[0], sp);
  case OP_TAKE: return ir_take(g, in[0], in[1], n->axis, sp);
  case OP_PUT_ADD: return ir_put_add(g, in[0], in[1], n->axis, n->shape[n->axis], sp);
  default: UNREACHABLE();
  }
}

/* Copies the nodes that reach an output, in order. */
static Graph *copy_live(const Graph *g) {
  int n = g->nodes.n;
  bool *live = xcalloc((size_t)(n ? n : 1), sizeof(bool));
  for (int i = 0; i < g->outputs.n; i++) live[g->outputs.v[i].node] = true;
  for (int i = n - 1; i >= 0; i--)
    if (live[i])
      for (int k = 0; k < g->nodes.v[i].nin; k++) live[g->nodes.v[i].in[k]] = true;
  Simp s = {g, ir_graph_new(), xmalloc(sizeof(int32_t) * (size_t)(n ? n : 1)), NULL, 0};
  for (int i = 0; i < g->syms.n; i++) ir_sym(s.dst, g->syms.v[i]);
  if (g->entry) s.dst->entry = arena_strdup(&s.dst->arena, g->entry);
  int32_t in[64];
  for (int i = 0; i < n; i++) {
    s.map[i] = -1;
    if (!live[i]) continue;
    const IrNode *x = &g->nodes.v[i];
    int32_t *ins = x->nin <= 64 ? in : xmalloc(sizeof(int32_t) * (size_t)x->nin);
    for (int k = 0; k < x->nin; k++) ins[k] = s.map[x->in[k]];
    int32_t before = s.dst->nodes.n;
    int32_t r = rewrite(&s, x, ins);
    if (ins != in) free(ins);
    if (x->nograd) { /* keep the stop_gradient on a node no one else uses */
      IrNode *rn = &s.dst->nodes.v[r];
      if (r < before) r = ir_stop_gradient(s.dst, r, x->span);
      else if (dtype_is_float(rn->dtype) && (op_class(rn->op) != OC_LEAF || rn->op == OP_PARAM)) rn->nograd = true;
    }
    s.map[i] = cse(&s, r);
  }
  for (int i = 0; i < g->outputs.n; i++) ir_add_output(s.dst, g->outputs.v[i].name, s.map[g->outputs.v[i].node]);
  free(live);
  free(s.map);
  free(s.table);
  return s.dst;
}

Graph *ir_simplify(const Graph *g) {
  /* rewriting can strand nodes (a folded operand) and expose new rewrites (a
   * rewritten operand), so copy again until the graph stops shrinking */
  Graph *a = copy_live(g);
  for (int pass = 0; pass < 4; pass++) {
    Graph *b = copy_live(a);
    bool done = b->nodes.n >= a->nodes.n;
    ir_graph_free(a);
    a = b;
    if (done) break;
  }
  return a;
}
