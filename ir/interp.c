/* interp.c — the reference interpreter: plain loops over the graph, one node
 * at a time in node (SSA) order. It is the oracle for every backend and pass,
 * so each op is written the obvious way and every index is checked.
 *
 * Values. Each node's value is a row-major array of doubles. An i32 value is
 * an exact integer held in a double; i32 arithmetic goes through int64 and
 * wraps to 32 bits like two's-complement int32.
 *
 * Precision. In f64 mode every float node is computed and kept in double. In
 * f32 mode every float node is computed in float: each element is evaluated
 * exactly (in double) and rounded to float once, which is what a correctly
 * rounded float operation gives; accumulations (sum, matmul, scatter_add,
 * put_add, pad) round to float after every step, in a fixed order; and
 * f16/bf16 nodes are then rounded to their own precision with tensor.h's
 * helpers. (An f64 node in f32 mode is computed in float too, as interp.h
 * says, and output as f64.)
 *
 * Elementwise ops. Each element of a unary or binary node is scalar.c's
 * ir_scalar_unary / ir_scalar_binary, the arithmetic constant folding uses too.
 *
 * NaN. relu, max, min, rmax and rmin propagate NaN; argmax takes the first NaN
 * as the maximum. Casting a float to i32 truncates toward zero and saturates
 * (NaN becomes 0).
 *
 * RAND. Element i (row-major) of a RAND node with stream s, in a run with seed
 * `seed`, is
 *     key = mix(seed ^ mix(s))
 *     u   = mix(key + i * 0x9e3779b97f4a7c15)
 *     x   = (u >> 40) * 2^-24            (exactly representable in f32)
 * where mix(z) is splitmix64's finaliser applied to z + 0x9e3779b97f4a7c15.
 * So values depend only on (seed, stream, i), never on evaluation order, and a
 * GPU kernel can reproduce them bit for bit with 64-bit integer arithmetic.
 *
 * Memory. A value is freed right after its last live user ran; values of
 * nodes that no output depends on are never computed. */
#define _POSIX_C_SOURCE 200809L /* sysconf */
#include <math.h>
#include <stdlib.h>
#include <unistd.h>
#include <string.h>

#include "interp.h"

/* Largest tensor the interpreter agrees to allocate (elements). */
#define INTERP_MAX_NUMEL ((int64_t)1 << 32)

typedef struct Interp {
  const Graph *g;
  Diag *d;
  bool f64;                      /* compute mode */
  uint64_t seed;
  const TensorList *inputs, *params;
  int64_t *vals;                 /* value of each shape variable; -1 unbound */
  int64_t (*shape)[IR_MAX_RANK]; /* concrete shape of each evaluated node */
  int64_t *numel;
  bool *live;                    /* an output depends on the node */
  int32_t *last_use;             /* last live user (nodes.n for outputs) */
  double **val;                  /* value of each node while it is needed */
} Interp;

/* ---- small helpers -------------------------------------------------------------- */


static const char *const *sym_names(const Graph *g) { return (const char *const *)g->syms.v; }

/* Reports "node %id (op): MESSAGE" and returns false. */
static bool node_error(const Interp *in, int32_t id, const char *fmt, ...) LLMC_PRINTF(3, 4);
static bool node_error(const Interp *in, int32_t id, const char *fmt, ...) {
  StrBuf b = {0};
  sb_printf(&b, "node %%%d (%s): ", id, op_name(in->g->nodes.v[id].op));
  va_list ap;
  va_start(ap, fmt);
  sb_vprintf(&b, fmt, ap);
  va_end(ap);
  diag_plain(in->d, "%s", sb_cstr(&b));
  sb_free(&b);
  return false;
}

static void strides_of(int rank, const int64_t *shape, int64_t *st) {
  int64_t s = 1;
  for (int i = rank - 1; i >= 0; i--) {
    st[i] = s;
    s *= shape[i];
  }
}

/* Steps a row-major multi-index; false after the last one. */
static bool next_index(int rank, const int64_t *shape, int64_t *ix) {
  for (int i = rank - 1; i >= 0; i--) {
    if (++ix[i] < shape[i]) return true;
    ix[i] = 0;
  }
  return false;
}

/* Multi-index of linear element i of a shape. */
static void unravel(int rank, const int64_t *shape, int64_t i, int64_t *ix) {
  for (int k = rank - 1; k >= 0; k--) {
    ix[k] = shape[k] ? i % shape[k] : 0;
    i = shape[k] ? i / shape[k] : 0;
  }
}

static int64_t prod(int n, const int64_t *s) {
  int64_t p = 1;
  for (int i = 0; i < n; i++) p *= s[i];
  return p;
}

static bool same_shape(int ra, const int64_t *a, int rb, const int64_t *b) {
  if (ra != rb) return false;
  for (int i = 0; i < ra; i++)
    if (a[i] != b[i]) return false;
  return true;
}

/* One accumulation step's rounding for a node of type dt. */
static double acc_round(const Interp *in, DType dt, double x) {
  if (dt == DT_I32) return x; /* callers wrap integers themselves */
  return in->f64 ? x : (double)(float)x;
}

/* The rounding of a stored float value of type dt. */
static double store_round(const Interp *in, DType dt, double x) {
  if (in->f64 || dt == DT_I32) return x;
  switch (dt) {
  case DT_F16: return tensor_f16_to_f32(tensor_f32_to_f16((float)x));
  case DT_BF16: return tensor_bf16_to_f32(tensor_f32_to_bf16((float)x));
  default: return (double)(float)x;
  }
}

/* splitmix64's finaliser of z + gamma. */
static uint64_t mix64(uint64_t z) {
  z += 0x9e3779b97f4a7c15ull;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

static double rand_u01(uint64_t seed, uint64_t stream, uint64_t i) {
  uint64_t key = mix64(seed ^ mix64(stream));
  uint64_t u = mix64(key + i * 0x9e3779b97f4a7c15ull);
  return (double)(u >> 40) * 0x1p-24;
}

/* The named leaf an index operand comes from through movement ops and casts,
 * for error messages: "input 'idx'"; "" when there is none. */
static void index_origin(const Graph *g, int32_t id, char *buf, size_t cap) {
  buf[0] = 0;
  for (int hops = 0; hops < 64; hops++) {
    const IrNode *n = &g->nodes.v[id];
    if ((n->op == OP_INPUT || n->op == OP_PARAM) && n->name) {
      snprintf(buf, cap, " (from %s '%s')", n->op == OP_INPUT ? "input" : "param", n->name);
      return;
    }
    bool through = n->nin == 1 && (op_class(n->op) == OC_MOVE || n->op == OP_CAST);
    if (!through) return;
    id = n->in[0];
  }
}

/* ---- symbolic dims: evaluation is dim_value / ir_dim_eval in dim.c ------------ */

/* Evaluates dim `d` of node id (what: "dim 2", "start of axis 1") under the
 * binding; reports an unbound variable, a dim too complex to represent, an
 * overflow and (when `nonneg`) a negative value, naming the dim's expression. */
static bool eval_dim(const Interp *in, int32_t id, const char *what, Dim d, bool nonneg, int64_t *out) {
  const Graph *g = in->g;
  if (d.bad) return node_error(in, id, "%s is too complex to evaluate", what);
  for (int i = 0; i < d.n; i++)
    for (int k = 0; k < d.m[i].nv; k++) {
      int v = d.m[i].v[k];
      if (v >= g->syms.n) return node_error(in, id, "%s uses shape variable #%d, which the graph does not name", what, v);
      if (in->vals[v] < 0) return node_error(in, id, "%s uses %s, which no input's shape binds", what, g->syms.v[v]);
    }
  bool ok = dim_value(d, in->vals, out);
  if (ok && (!nonneg || *out >= 0)) return true;
  StrBuf b = {0};
  dim_print(&b, d, sym_names(g));
  if (!ok) node_error(in, id, "%s = %s overflows", what, sb_cstr(&b));
  else node_error(in, id, "%s = %s is negative (%lld)", what, sb_cstr(&b), (long long)*out);
  sb_free(&b);
  return false;
}

/* ---- checking the graph and the tensors ----------------------------------------------- */

/* Structural sanity of every node, so that a malformed graph (say, one parsed
 * from text without ir_verify) gives an error instead of a crash. */
static bool check_structure(const Interp *in) {
  const Graph *g = in->g;
  for (int32_t id = 0; id < g->nodes.n; id++) {
    const IrNode *n = &g->nodes.v[id];
    if ((unsigned)n->op >= OP__COUNT) {
      diag_plain(in->d, "node %%%d: unknown op %d", id, (int)n->op);
      return false;
    }
    if (n->rank < 0 || n->rank > IR_MAX_RANK) return node_error(in, id, "rank %d out of range", n->rank);
    int ar = op_arity(n->op);
    if ((ar >= 0 && n->nin != ar) || (ar < 0 && n->nin < 1))
      return node_error(in, id, "has %d operands", n->nin);
    for (int k = 0; k < n->nin; k++)
      if (n->in[k] < 0 || n->in[k] >= id) return node_error(in, id, "operand %%%d is not an earlier node", n->in[k]);
    if ((n->op == OP_INPUT || n->op == OP_PARAM) && !n->name) return node_error(in, id, "has no name");
    if ((n->op == OP_SLICE || n->op == OP_PAD) && !n->slice) return node_error(in, id, "has no start/step");
  }
  for (int i = 0; i < g->outputs.n; i++) {
    int32_t o = g->outputs.v[i].node;
    if (o < 0 || o >= g->nodes.n) {
      diag_plain(in->d, "output '%s' refers to node %%%d, which does not exist", g->outputs.v[i].name, o);
      return false;
    }
  }
  return true;
}

/* Concrete shape of node id into in->shape[id]. */
static bool eval_shape(Interp *in, int32_t id) {
  const IrNode *n = &in->g->nodes.v[id];
  int64_t total = 1;
  for (int i = 0; i < n->rank; i++) {
    char what[32];
    snprintf(what, sizeof what, "dim %d", i);
    int64_t v;
    if (!eval_dim(in, id, what, n->shape[i], true, &v)) return false;
    in->shape[id][i] = v;
    if (__builtin_mul_overflow(total, v, &total) || total > INTERP_MAX_NUMEL) {
      StrBuf b = {0};
      ir_print_type(&b, in->g, n);
      bool r = node_error(in, id, "%s is too large for the reference interpreter", sb_cstr(&b));
      sb_free(&b);
      return r;
    }
  }
  in->numel[id] = total;
  return true;
}

/* The concrete shapes of the leaves (ir_check_inputs checked their tensors). */
static bool shape_leaves(Interp *in) {
  for (int32_t id = 0; id < in->g->nodes.n; id++) {
    OpKind op = in->g->nodes.v[id].op;
    if ((op == OP_INPUT || op == OP_PARAM) && !eval_shape(in, id)) return false;
  }
  return true;
}

/* The memory a run may use: LLMC_REF_MAX_BYTES when set, else the machine's
 * physical memory (0 when unknown: no limit). */
static uint64_t memory_limit(void) {
  const char *e = getenv("LLMC_REF_MAX_BYTES");
  if (e && *e) return strtoull(e, NULL, 10);
  long pages = sysconf(_SC_PHYS_PAGES), size = sysconf(_SC_PAGE_SIZE);
  return pages > 0 && size > 0 ? (uint64_t)pages * (uint64_t)size : 0;
}

/* The run's peak memory, computed before anything is allocated: each live
 * value holds numel + 1 doubles from its node to its last use. Refused, with
 * the number of bytes, when it exceeds the limit, instead of aborting on a
 * failed allocation halfway through. */
static bool check_memory(Interp *in, uint64_t limit) {
  const Graph *g = in->g;
  uint64_t now = 0, peak = 0;
  uint64_t *frees = xcalloc((size_t)g->nodes.n + 1, sizeof *frees); /* bytes freed after node i */
  bool ok = true;
  for (int32_t id = 0; ok && id < g->nodes.n; id++) {
    if (!in->live[id]) continue;
    const IrNode *n = &g->nodes.v[id];
    if (n->op != OP_INPUT && n->op != OP_PARAM) ok = eval_shape(in, id);
    if (!ok) break;
    uint64_t bytes = ((uint64_t)in->numel[id] + 1) * sizeof(double);
    now += bytes;
    if (now > peak) peak = now;
    int32_t last = in->last_use[id] < g->nodes.n ? in->last_use[id] : g->nodes.n;
    if (last < g->nodes.n) frees[last] += bytes;
    now -= frees[id];
  }
  free(frees);
  if (ok && limit && peak > limit) {
    diag_plain(in->d, "the reference interpreter needs %llu bytes for this run (%.1f GB), more than the %llu bytes "
               "(%.1f GB) it may use; give smaller inputs",
               (unsigned long long)peak, (double)peak / 1e9, (unsigned long long)limit, (double)limit / 1e9);
    ok = false;
  }
  return ok;
}

/* Marks the nodes the outputs depend on and each one's last live user. */
static void find_live(Interp *in) {
  const Graph *g = in->g;
  for (int i = 0; i < g->outputs.n; i++) {
    in->live[g->outputs.v[i].node] = true;
    in->last_use[g->outputs.v[i].node] = g->nodes.n;
  }
  for (int32_t id = g->nodes.n - 1; id >= 0; id--) {
    const IrNode *n = &g->nodes.v[id];
    if (!in->live[id]) continue;
    for (int k = 0; k < n->nin; k++) {
      int32_t a = n->in[k];
      in->live[a] = true;
      if (in->last_use[a] < id) in->last_use[a] = id;
    }
  }
}

/* ---- the ops -------------------------------------------------------------------------- */

#define X(k) (in->val[n->in[k]])
#define XS(k) (in->shape[n->in[k]])
#define XR(k) (in->g->nodes.v[n->in[k]].rank)
#define XT(k) (in->g->nodes.v[n->in[k]].dtype)

static bool eval_leaf(Interp *in, int32_t id, double *y) {
  const IrNode *n = &in->g->nodes.v[id];
  int64_t ne = in->numel[id], ix[IR_MAX_RANK] = {0};
  switch (n->op) {
  case OP_PARAM:
  case OP_INPUT: {
    const Tensor *t = tl_find(n->op == OP_INPUT ? in->inputs : in->params, n->name);
    for (int64_t i = 0; i < ne; i++) y[i] = tensor_get(t, i);
    return true;
  }
  case OP_CONST: {
    double v = ir_scalar_as(n->dtype, n->f);
    for (int64_t i = 0; i < ne; i++) y[i] = v;
    return true;
  }
  case OP_IOTA:
    if (n->axis < 0 || n->axis >= n->rank) return node_error(in, id, "axis %d out of range", n->axis);
    for (int64_t i = 0; i < ne; i++, next_index(n->rank, in->shape[id], ix)) y[i] = (double)ix[n->axis];
    return true;
  case OP_SYMDIM: {
    int64_t v;
    if (!eval_dim(in, id, "the value", n->dimval, false, &v)) return false;
    for (int64_t i = 0; i < ne; i++) y[i] = n->dtype == DT_I32 ? ir_scalar_wrap_i32(v) : (double)v;
    return true;
  }
  case OP_RAND:
    for (int64_t i = 0; i < ne; i++) y[i] = rand_u01(in->seed, (uint64_t)(int64_t)n->axis, (uint64_t)i);
    return true;
  default: UNREACHABLE();
  }
}

static bool eval_unary(Interp *in, int32_t id, double *y) {
  const IrNode *n = &in->g->nodes.v[id];
  if (!same_shape(n->rank, in->shape[id], XR(0), XS(0)))
    return node_error(in, id, "operand shape %s differs from the result's %s", tensor_shape_str(XR(0), XS(0)).s,
                      tensor_shape_str(n->rank, in->shape[id]).s);
  const double *x = X(0);
  for (int64_t i = 0; i < in->numel[id]; i++) y[i] = ir_scalar_unary(n->op, x[i], XT(0), n->dtype);
  return true;
}

static bool eval_binary(Interp *in, int32_t id, double *y) {
  const IrNode *n = &in->g->nodes.v[id];
  for (int k = 0; k < 2; k++)
    if (!same_shape(n->rank, in->shape[id], XR(k), XS(k)))
      return node_error(in, id, "operand shapes %s and %s differ", tensor_shape_str(XR(0), XS(0)).s,
                        tensor_shape_str(XR(1), XS(1)).s);
  const double *a = X(0), *b = X(1);
  DType from = XT(0) == DT_I32 && XT(1) == DT_I32 ? DT_I32 : DT_F64;
  for (int64_t i = 0; i < in->numel[id]; i++)
    if (!ir_scalar_binary(n->op, a[i], b[i], from, n->dtype, &y[i])) {
      if (n->op == OP_DIV) return node_error(in, id, "i32 division by zero at element %lld", (long long)i);
      return node_error(in, id, "i32 0 to the negative power %lld at element %lld", (long long)b[i], (long long)i);
    }
  return true;
}

static bool eval_where(Interp *in, int32_t id, double *y) {
  const IrNode *n = &in->g->nodes.v[id];
  for (int k = 0; k < 3; k++)
    if (!same_shape(n->rank, in->shape[id], XR(k), XS(k)))
      return node_error(in, id, "operand %d has shape %s, the result %s", k, tensor_shape_str(XR(k), XS(k)).s,
                        tensor_shape_str(n->rank, in->shape[id]).s);
  const double *c = X(0), *a = X(1), *b = X(2);
  for (int64_t i = 0; i < in->numel[id]; i++) y[i] = c[i] != 0 ? a[i] : b[i];
  return true;
}

/* sum, rmax, rmin, argmax over the axes in n->axes, keeping them as size 1. */
static bool eval_reduce(Interp *in, int32_t id, double *y) {
  const IrNode *n = &in->g->nodes.v[id];
  int r = n->rank;
  const int64_t *xs = XS(0), *ys = in->shape[id];
  if (XR(0) != r) return node_error(in, id, "operand rank %d differs from the result's %d", XR(0), r);
  if (r < 32 && (n->axes >> r) != 0) return node_error(in, id, "axes 0x%x out of range for rank %d", n->axes, r);
  for (int i = 0; i < r; i++) {
    bool red = n->axes & (1u << i);
    if (red ? ys[i] != 1 : ys[i] != xs[i])
      return node_error(in, id, "result shape %s does not fit operand %s", tensor_shape_str(r, ys).s, tensor_shape_str(r, xs).s);
  }
  int axis = -1;
  if (n->op == OP_ARGMAX) {
    if (__builtin_popcount(n->axes) != 1) return node_error(in, id, "needs exactly one axis (axes 0x%x)", n->axes);
    axis = __builtin_ctz(n->axes);
    if (xs[axis] == 0 && in->numel[id] > 0) return node_error(in, id, "argmax over an empty axis %d", axis);
  }
  int64_t ost[IR_MAX_RANK];
  strides_of(r, ys, ost);
  for (int i = 0; i < r; i++)
    if (n->axes & (1u << i)) ost[i] = 0;
  double init = n->op == OP_RMAX ? -INFINITY : n->op == OP_RMIN ? INFINITY : 0;
  for (int64_t o = 0; o < in->numel[id]; o++) y[o] = init;
  double *best = n->op == OP_ARGMAX ? xcalloc((size_t)in->numel[id] + 1, sizeof *best) : NULL;
  bool ints = n->dtype == DT_I32;
  const double *x = X(0);
  int64_t ix[IR_MAX_RANK] = {0}, ne = in->numel[n->in[0]];
  for (int64_t i = 0; i < ne; i++, next_index(r, xs, ix)) {
    int64_t o = 0;
    for (int k = 0; k < r; k++) o += ix[k] * ost[k];
    double v = x[i];
    switch (n->op) {
    case OP_RSUM: y[o] = ints ? ir_scalar_wrap_i32((int64_t)y[o] + (int64_t)v) : acc_round(in, n->dtype, y[o] + v); break;
    case OP_RMAX:
      if (!isnan(y[o]) && (isnan(v) || v > y[o])) y[o] = v;
      break;
    case OP_RMIN:
      if (!isnan(y[o]) && (isnan(v) || v < y[o])) y[o] = v;
      break;
    case OP_ARGMAX:
      if (ix[axis] == 0 || (!isnan(best[o]) && (isnan(v) || v > best[o]))) {
        best[o] = v;
        y[o] = (double)ix[axis];
      }
      break;
    default: UNREACHABLE();
    }
  }
  free(best);
  return true;
}

/* [..., M, K] @ [..., K, N] -> [..., M, N]; accumulates over k in order. */
static bool eval_matmul(Interp *in, int32_t id, double *y) {
  const IrNode *n = &in->g->nodes.v[id];
  int r = n->rank;
  const int64_t *as = XS(0), *bs = XS(1), *ys = in->shape[id];
  bool fits = r >= 2 && XR(0) == r && XR(1) == r && as[r - 1] == bs[r - 2] && ys[r - 2] == as[r - 2] &&
              ys[r - 1] == bs[r - 1];
  for (int i = 0; fits && i < r - 2; i++) fits = as[i] == bs[i] && ys[i] == as[i];
  if (!fits)
    return node_error(in, id, "operands %s @ %s do not give %s", tensor_shape_str(XR(0), as).s, tensor_shape_str(XR(1), bs).s,
                      tensor_shape_str(r, ys).s);
  int64_t batch = prod(r - 2, ys), M = as[r - 2], K = as[r - 1], N = bs[r - 1];
  const double *a = X(0), *b = X(1);
  bool ints = n->dtype == DT_I32;
  for (int64_t bt = 0; bt < batch; bt++) {
    const double *A = a + bt * M * K, *Bm = b + bt * K * N;
    double *Y = y + bt * M * N;
    for (int64_t m = 0; m < M; m++) {
      double *row = Y + m * N; /* zeroed by the caller */
      for (int64_t k = 0; k < K; k++) {
        double av = A[m * K + k];
        const double *brow = Bm + k * N;
        for (int64_t j = 0; j < N; j++)
          row[j] = ints ? ir_scalar_wrap_i32((int64_t)row[j] + (int64_t)av * (int64_t)brow[j])
                        : acc_round(in, n->dtype, row[j] + av * brow[j]);
      }
    }
  }
  return true;
}

/* y[i] = x[base + sum_k ix[k] * st[k]] over the result's multi-indices. */
static void strided_copy(int rank, const int64_t *shape, int64_t ne, const double *x, int64_t base,
                         const int64_t *st, double *y) {
  int64_t ix[IR_MAX_RANK] = {0};
  for (int64_t i = 0; i < ne; i++, next_index(rank, shape, ix)) {
    int64_t off = base;
    for (int k = 0; k < rank; k++) off += ix[k] * st[k];
    y[i] = x[off];
  }
}

/* Start of each axis of a SLICE or PAD; checks that the strided positions
 * start + i*step (i < len) lie inside [0, size). */
static bool slice_starts(Interp *in, int32_t id, int rank, const int64_t *len, const int64_t *size, int64_t *start) {
  const IrNode *n = &in->g->nodes.v[id];
  for (int i = 0; i < rank; i++) {
    char what[40];
    snprintf(what, sizeof what, "start of axis %d", i);
    if (!eval_dim(in, id, what, n->slice->start[i], false, &start[i])) return false;
    if (len[i] == 0) continue;
    int64_t step = n->slice->step[i], last;
    if (__builtin_mul_overflow(len[i] - 1, step, &last) ||
        __builtin_add_overflow(last, start[i], &last) || start[i] < 0 || start[i] >= size[i] || last < 0 ||
        last >= size[i])
      return node_error(in, id, "axis %d: %lld elements from %lld step %lld fall outside [0, %lld)", i,
                        (long long)len[i], (long long)start[i], (long long)step, (long long)size[i]);
  }
  return true;
}

static bool eval_move(Interp *in, int32_t id, double *y) {
  const IrNode *n = &in->g->nodes.v[id];
  int r = n->rank;
  const int64_t *ys = in->shape[id];
  int64_t st[IR_MAX_RANK], xst[IR_MAX_RANK];
  if (n->op != OP_CONCAT) strides_of(XR(0), XS(0), xst);
  switch (n->op) {
  case OP_RESHAPE:
    if (in->numel[n->in[0]] != in->numel[id])
      return node_error(in, id, "cannot reshape %s to %s", tensor_shape_str(XR(0), XS(0)).s, tensor_shape_str(r, ys).s);
    memcpy(y, X(0), sizeof(double) * (size_t)in->numel[id]);
    return true;
  case OP_PERMUTE: {
    unsigned seen = 0;
    bool ok = XR(0) == r;
    for (int i = 0; ok && i < r; i++) {
      int p = n->perm[i];
      ok = p >= 0 && p < r && !(seen & (1u << p)) && ys[i] == XS(0)[p];
      if (ok) seen |= 1u << p;
      if (ok) st[i] = xst[p];
    }
    if (!ok) return node_error(in, id, "bad permutation of %s to %s", tensor_shape_str(XR(0), XS(0)).s, tensor_shape_str(r, ys).s);
    strided_copy(r, ys, in->numel[id], X(0), 0, st, y);
    return true;
  }
  case OP_EXPAND: {
    bool ok = XR(0) == r;
    for (int i = 0; ok && i < r; i++) {
      ok = XS(0)[i] == ys[i] || XS(0)[i] == 1;
      st[i] = XS(0)[i] == 1 ? 0 : xst[i];
    }
    if (!ok) return node_error(in, id, "cannot expand %s to %s", tensor_shape_str(XR(0), XS(0)).s, tensor_shape_str(r, ys).s);
    strided_copy(r, ys, in->numel[id], X(0), 0, st, y);
    return true;
  }
  case OP_SLICE: {
    int64_t start[IR_MAX_RANK], base = 0;
    if (XR(0) != r) return node_error(in, id, "operand rank %d differs from the result's %d", XR(0), r);
    if (!slice_starts(in, id, r, ys, XS(0), start)) return false;
    if (in->numel[id] == 0) return true;
    for (int i = 0; i < r; i++) {
      base += start[i] * xst[i];
      st[i] = n->slice->step[i] * xst[i];
    }
    strided_copy(r, ys, in->numel[id], X(0), base, st, y);
    return true;
  }
  case OP_PAD: { /* the adjoint of slice: zeros, then y[start + i*step] += x[i] */
    int64_t start[IR_MAX_RANK], yst[IR_MAX_RANK], ix[IR_MAX_RANK] = {0};
    if (XR(0) != r) return node_error(in, id, "operand rank %d differs from the result's %d", XR(0), r);
    if (!slice_starts(in, id, r, XS(0), ys, start)) return false;
    strides_of(r, ys, yst);
    const double *x = X(0);
    bool ints = n->dtype == DT_I32;
    for (int64_t i = 0; i < in->numel[n->in[0]]; i++, next_index(r, XS(0), ix)) {
      int64_t o = 0;
      for (int k = 0; k < r; k++) o += (start[k] + ix[k] * n->slice->step[k]) * yst[k];
      y[o] = ints ? ir_scalar_wrap_i32((int64_t)y[o] + (int64_t)x[i]) : acc_round(in, n->dtype, y[o] + x[i]);
    }
    return true;
  }
  case OP_CONCAT: {
    int a = n->axis;
    if (a < 0 || a >= r) return node_error(in, id, "axis %d out of range", a);
    int64_t along = 0;
    for (int k = 0; k < n->nin; k++) {
      bool ok = XR(k) == r;
      for (int i = 0; ok && i < r; i++) ok = i == a || XS(k)[i] == ys[i];
      if (!ok)
        return node_error(in, id, "operand %d's shape %s does not fit the result %s", k, tensor_shape_str(XR(k), XS(k)).s,
                          tensor_shape_str(r, ys).s);
      along += XS(k)[a];
    }
    if (along != ys[a]) return node_error(in, id, "operands give %lld along axis %d, the result %lld", (long long)along, a, (long long)ys[a]);
    int64_t outer = prod(a, ys), inner = prod(r - a - 1, ys + a + 1), off = 0;
    for (int k = 0; k < n->nin; k++) {
      int64_t len = XS(k)[a];
      for (int64_t o = 0; o < outer; o++)
        memcpy(y + (o * ys[a] + off) * inner, X(k) + o * len * inner, sizeof(double) * (size_t)(len * inner));
      off += len;
    }
    return true;
  }
  default: UNREACHABLE();
  }
}

/* An index value checked against [0, size); reports the node, the value, its
 * position in the index tensor and where the indices came from. */
static bool check_index(const Interp *in, int32_t id, int32_t idx_node, int64_t pos, double v, int64_t size,
                        const char *what) {
  if (v >= 0 && v < (double)size) return true;
  int64_t ix[IR_MAX_RANK];
  const IrNode *xn = &in->g->nodes.v[idx_node];
  unravel(xn->rank, in->shape[idx_node], pos, ix);
  char origin[160];
  index_origin(in->g, idx_node, origin, sizeof origin);
  return node_error(in, id, "index %lld at %s of %%%d%s is out of range for %s of size %lld", (long long)v,
                    tensor_shape_str(xn->rank, ix).s, idx_node, origin, what, (long long)size);
}

static bool eval_index(Interp *in, int32_t id, double *y) {
  const IrNode *n = &in->g->nodes.v[id];
  int r = n->rank, ri = XR(1);
  const int64_t *ys = in->shape[id], *is = XS(1);
  const double *x = X(0), *idx = X(1);
  int64_t nidx = in->numel[n->in[1]];
  bool ints = n->dtype == DT_I32;
  if (XT(1) != DT_I32) return node_error(in, id, "indices are %s, not i32", dtype_name(XT(1)));
  switch (n->op) {
  case OP_GATHER: { /* table[V, r...], idx[i...] -> [i..., r...] */
    const int64_t *ts = XS(0);
    int rt = XR(0);
    bool ok = rt >= 1 && r == ri + rt - 1;
    for (int i = 0; ok && i < r; i++) ok = ys[i] == (i < ri ? is[i] : ts[i - ri + 1]);
    if (!ok)
      return node_error(in, id, "table %s and indices %s do not give %s", tensor_shape_str(rt, ts).s, tensor_shape_str(ri, is).s,
                        tensor_shape_str(r, ys).s);
    int64_t R = prod(rt - 1, ts + 1);
    for (int64_t j = 0; j < nidx; j++) {
      if (!check_index(in, id, n->in[1], j, idx[j], ts[0], "the table's rows")) return false;
      memcpy(y + j * R, x + (int64_t)idx[j] * R, sizeof(double) * (size_t)R);
    }
    return true;
  }
  case OP_SCATTER_ADD: { /* src[i..., r...], idx[i...] -> zeros[V, r...] += rows */
    const int64_t *ss = XS(0);
    int rs = XR(0);
    bool ok = r >= 1 && rs == ri + r - 1;
    for (int i = 0; ok && i < rs; i++) ok = ss[i] == (i < ri ? is[i] : ys[i - ri + 1]);
    if (!ok)
      return node_error(in, id, "source %s and indices %s do not give %s", tensor_shape_str(rs, ss).s, tensor_shape_str(ri, is).s,
                        tensor_shape_str(r, ys).s);
    int64_t R = prod(r - 1, ys + 1);
    for (int64_t j = 0; j < nidx; j++) {
      if (!check_index(in, id, n->in[1], j, idx[j], ys[0], "the result's rows")) return false;
      double *row = y + (int64_t)idx[j] * R;
      for (int64_t k = 0; k < R; k++)
        row[k] = ints ? ir_scalar_wrap_i32((int64_t)row[k] + (int64_t)x[j * R + k]) : acc_round(in, n->dtype, row[k] + x[j * R + k]);
    }
    return true;
  }
  case OP_TAKE:    /* x, idx (x's shape without axis) -> idx's shape */
  case OP_PUT_ADD: /* g (idx's shape), idx -> zeros (idx's shape with axis) += */
  {
    bool take = n->op == OP_TAKE;
    int a = n->axis;
    /* big: the tensor with the axis; small: idx's shape */
    int rb = take ? XR(0) : r;
    const int64_t *bs = take ? XS(0) : ys, *ss = take ? ys : XS(0);
    int rss = take ? r : XR(0);
    bool ok = a >= 0 && a < rb && rb == ri + 1 && same_shape(rss, ss, ri, is);
    for (int i = 0, j = 0; ok && i < rb; i++)
      if (i != a) ok = bs[i] == is[j++];
    if (!ok)
      return node_error(in, id, "%s %s, indices %s and axis %d do not fit", take ? "operand" : "result",
                        tensor_shape_str(rb, bs).s, tensor_shape_str(ri, is).s, a);
    int64_t bst[IR_MAX_RANK], ix[IR_MAX_RANK] = {0};
    strides_of(rb, bs, bst);
    for (int64_t j = 0; j < nidx; j++, next_index(ri, is, ix)) {
      if (!check_index(in, id, n->in[1], j, idx[j], bs[a], take ? "the operand's axis" : "the result's axis"))
        return false;
      int64_t off = (int64_t)idx[j] * bst[a];
      for (int i = 0, k = 0; i < rb; i++)
        if (i != a) off += ix[k++] * bst[i];
      if (take) y[j] = x[off];
      else y[off] = ints ? ir_scalar_wrap_i32((int64_t)y[off] + (int64_t)x[j]) : acc_round(in, n->dtype, y[off] + x[j]);
    }
    return true;
  }
  default: UNREACHABLE();
  }
}

#undef X
#undef XS
#undef XR
#undef XT

/* Computes node id into a fresh zeroed array. */
static bool eval_node(Interp *in, int32_t id) {
  const IrNode *n = &in->g->nodes.v[id];
  if (n->op != OP_INPUT && n->op != OP_PARAM && !eval_shape(in, id)) return false; /* those were shaped when checked */
  double *y = xcalloc((size_t)in->numel[id] + 1, sizeof *y);
  in->val[id] = y;
  bool ok;
  switch (op_class(n->op)) {
  case OC_LEAF: ok = eval_leaf(in, id, y); break;
  case OC_UNARY: ok = eval_unary(in, id, y); break;
  case OC_BINARY: ok = eval_binary(in, id, y); break;
  case OC_TERNARY: ok = eval_where(in, id, y); break;
  case OC_REDUCE: ok = eval_reduce(in, id, y); break;
  case OC_CONTRACT: ok = eval_matmul(in, id, y); break;
  case OC_MOVE: ok = eval_move(in, id, y); break;
  case OC_GATHER: ok = eval_index(in, id, y); break;
  default: UNREACHABLE();
  }
  if (ok && dtype_is_float(n->dtype) && !in->f64)
    for (int64_t i = 0; i < in->numel[id]; i++) y[i] = store_round(in, n->dtype, y[i]);
  return ok;
}

/* The tensor of an output: f64 for floats in f64 mode, the node's dtype otherwise. */
static Tensor *output_tensor(const Interp *in, const IrOutput *o) {
  const IrNode *n = &in->g->nodes.v[o->node];
  DType dt = n->dtype != DT_I32 && in->f64 ? DT_F64 : n->dtype;
  Tensor *t = tensor_new(o->name, dt, n->rank, in->shape[o->node]);
  const double *v = in->val[o->node];
  for (int64_t i = 0; i < in->numel[o->node]; i++) tensor_set(t, i, v[i]);
  return t;
}

bool ir_interp(const Graph *g, const TensorList *inputs, const TensorList *params, const InterpOptions *o,
               TensorList *out, Diag *d) {
  static const TensorList none = {0};
  InterpOptions opt = o ? *o : (InterpOptions){0};
  if (opt.compute != DT_F32 && opt.compute != DT_F64) {
    diag_plain(d, "the reference interpreter computes in f32 or f64, not %s", dtype_name(opt.compute));
    return false;
  }
  size_t nn = (size_t)g->nodes.n + 1;
  Interp in = {
      .g = g,
      .d = d,
      .f64 = opt.compute == DT_F64,
      .seed = opt.seed,
      .inputs = inputs ? inputs : &none,
      .params = params ? params : &none,
      .vals = xcalloc((size_t)g->syms.n + 1, sizeof(int64_t)),
      .shape = xcalloc(nn, sizeof(int64_t[IR_MAX_RANK])),
      .numel = xcalloc(nn, sizeof(int64_t)),
      .live = xcalloc(nn, sizeof(bool)),
      .last_use = xcalloc(nn, sizeof(int32_t)),
      .val = xcalloc(nn, sizeof(double *)),
  };
  bool ok = check_structure(&in);
  if (ok) find_live(&in);
  IrContract con = {.live = in.live};
  ok = ok && ir_check_inputs(g, in.inputs, in.params, &con, in.vals, d) && shape_leaves(&in);
  ok = ok && check_memory(&in, memory_limit());
  for (int32_t id = 0; ok && id < g->nodes.n; id++) {
    if (!in.live[id]) continue;
    ok = eval_node(&in, id);
    const IrNode *n = &g->nodes.v[id];
    for (int k = 0; k < n->nin; k++)
      if (in.last_use[n->in[k]] == id) {
        free(in.val[n->in[k]]);
        in.val[n->in[k]] = NULL;
      }
  }
  if (ok)
    for (int i = 0; i < g->outputs.n; i++) tl_add(out, output_tensor(&in, &g->outputs.v[i]));
  for (int32_t id = 0; id < g->nodes.n; id++) free(in.val[id]);
  free(in.val);
  free(in.last_use);
  free(in.live);
  free(in.numel);
  free(in.shape);
  free(in.vals);
  return ok;
}
