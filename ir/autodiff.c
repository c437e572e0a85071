/* autodiff.c — reverse-mode differentiation over IR, producing IR. The
 * backward nodes are appended to the same graph, so they can read forward
 * values; gradients reaching a value from several users are summed. Only
 * values that depend on a differentiated parameter get a gradient. */
#define _GNU_SOURCE
#include <math.h>
#include <string.h>

#include "ir.h"

typedef struct AD {
  Graph *g;
  int32_t *grad;  /* gradient node of each forward node, or -1 */
  bool *needs;    /* depends on a differentiated parameter */
} AD;

/* ---- small builders ---------------------------------------------------------- */

static int32_t cst(AD *a, double v, int32_t like) {
  const IrNode *n = ir_node(a->g, like);
  DType dt = n->dtype;
  int rank = n->rank;
  Dim shape[IR_MAX_RANK];
  memcpy(shape, n->shape, sizeof(Dim) * (size_t)rank);
  return ir_const(a->g, v, dt, rank, shape, n->span);
}
static Span spn(AD *a, int32_t id) { return ir_node(a->g, id)->span; }
static int32_t add(AD *a, int32_t x, int32_t y) { return ir_binary(a->g, OP_ADD, x, y, spn(a, x)); }
static int32_t sub(AD *a, int32_t x, int32_t y) { return ir_binary(a->g, OP_SUB, x, y, spn(a, x)); }
static int32_t mul(AD *a, int32_t x, int32_t y) { return ir_binary(a->g, OP_MUL, x, y, spn(a, x)); }
static int32_t dvd(AD *a, int32_t x, int32_t y) { return ir_binary(a->g, OP_DIV, x, y, spn(a, x)); }
static int32_t neg(AD *a, int32_t x) { return ir_unary(a->g, OP_NEG, x, spn(a, x)); }
static int32_t un(AD *a, OpKind op, int32_t x) { return ir_unary(a->g, op, x, spn(a, x)); }
static int32_t cmp(AD *a, OpKind op, int32_t x, int32_t y) { return ir_binary(a->g, op, x, y, spn(a, x)); }
static int32_t sel(AD *a, int32_t c, int32_t x, int32_t y) { return ir_where(a->g, c, x, y, spn(a, x)); }
static int32_t zeros_like(AD *a, int32_t x) { return cst(a, 0.0, x); }

static void accumulate(AD *a, int32_t node, int32_t gnode) {
  if (!a->needs[node]) return;
  const IrNode *n = ir_node(a->g, node);
  if (!dtype_is_float(n->dtype)) return;
  ASSERT(ir_same_shape(n, ir_node(a->g, gnode)));
  if (ir_node(a->g, gnode)->dtype != n->dtype) gnode = ir_cast(a->g, gnode, n->dtype, n->span);
  a->grad[node] = a->grad[node] < 0 ? gnode : add(a, a->grad[node], gnode);
}

static void inverse_perm(const int8_t *perm, int rank, int *inv) {
  for (int i = 0; i < rank; i++) inv[perm[i]] = i;
}

static int32_t swap_last2(AD *a, int32_t x) {
  const IrNode *n = ir_node(a->g, x);
  int perm[IR_MAX_RANK];
  for (int i = 0; i < n->rank; i++) perm[i] = i;
  perm[n->rank - 1] = n->rank - 2;
  perm[n->rank - 2] = n->rank - 1;
  return ir_permute(a->g, x, perm, n->span);
}

/* ---- the vector-Jacobian products ---------------------------------------------- */

/* Elementwise unary ops. */
static void vjp_unary(AD *a, int32_t id, const IrNode *n) {
  Graph *g = a->g;
  int32_t gy = a->grad[id], x = n->in[0];
  Span sp = n->span;
  switch (n->op) {
  case OP_NEG: accumulate(a, x, neg(a, gy)); return;
  case OP_EXP: accumulate(a, x, mul(a, gy, id)); return;
  case OP_LOG: accumulate(a, x, dvd(a, gy, x)); return;
  case OP_SQRT: accumulate(a, x, dvd(a, mul(a, gy, cst(a, 0.5, id)), id)); return;
  case OP_RSQRT: /* d x^-1/2 = -1/2 x^-3/2 = -1/2 y^3 */
    accumulate(a, x, mul(a, gy, mul(a, cst(a, -0.5, id), mul(a, id, mul(a, id, id)))));
    return;
  case OP_ABS: {
    int32_t z = zeros_like(a, x);
    accumulate(a, x, sel(a, cmp(a, OP_GT, x, z), gy, sel(a, cmp(a, OP_LT, x, z), neg(a, gy), zeros_like(a, gy))));
    return;
  }
  case OP_SIN: accumulate(a, x, mul(a, gy, un(a, OP_COS, x))); return;
  case OP_COS: accumulate(a, x, neg(a, mul(a, gy, un(a, OP_SIN, x)))); return;
  case OP_TANH: accumulate(a, x, mul(a, gy, sub(a, cst(a, 1.0, id), mul(a, id, id)))); return;
  case OP_SIGMOID: accumulate(a, x, mul(a, gy, mul(a, id, sub(a, cst(a, 1.0, id), id)))); return;
  case OP_RELU: accumulate(a, x, sel(a, cmp(a, OP_GT, x, zeros_like(a, x)), gy, zeros_like(a, gy))); return;
  case OP_GELU: {
    /* y = 0.5 x (1 + t), t = tanh(z), z = c (x + k x^3);
     * dy/dx = 0.5 (1 + t) + 0.5 x (1 - t^2) c (1 + 3 k x^2). With
     * s = sigmoid(2 z): 0.5 (1 + t) = s and 1 - t^2 = 4 s (1 - s), so
     * dy/dx = s + x s (1 - s) 2c (1 + 3 k x^2): one exp instead of a tanh
     * (which CPU vector math libraries make several times dearer). */
    const double c = 0.7978845608028654, k = 0.044715;
    int32_t x2 = mul(a, x, x);
    int32_t z2 = mul(a, cst(a, 2 * c, x), add(a, x, mul(a, cst(a, k, x), mul(a, x2, x))));
    int32_t s = un(a, OP_SIGMOID, z2);
    int32_t one = cst(a, 1.0, x);
    int32_t dz2 = mul(a, cst(a, 2 * c, x), add(a, one, mul(a, cst(a, 3 * k, x), x2)));
    int32_t right = mul(a, mul(a, x, mul(a, s, sub(a, one, s))), dz2);
    accumulate(a, x, mul(a, gy, add(a, s, right)));
    return;
  }
  case OP_GELU_ERF: {
    /* dy/dx = Phi(x) + x phi(x) = 0.5 (1 + erf(x / sqrt 2)) + x exp(-x^2 / 2) / sqrt(2 pi) */
    int32_t phi_big = mul(a, cst(a, 0.5, x), add(a, cst(a, 1.0, x), un(a, OP_ERF, mul(a, x, cst(a, M_SQRT1_2, x)))));
    int32_t pdf = mul(a, cst(a, 0.3989422804014327, x), un(a, OP_EXP, mul(a, cst(a, -0.5, x), mul(a, x, x))));
    accumulate(a, x, mul(a, gy, add(a, phi_big, mul(a, x, pdf))));
    return;
  }
  case OP_ERF: /* d erf = 2/sqrt(pi) exp(-x^2) */
    accumulate(a, x, mul(a, gy, mul(a, cst(a, 1.1283791670955126, x), un(a, OP_EXP, neg(a, mul(a, x, x))))));
    return;
  case OP_SILU: {
    /* y = x s, s = sigmoid(x): dy/dx = s (1 + x (1 - s)) */
    int32_t s = un(a, OP_SIGMOID, x), one = cst(a, 1.0, x);
    accumulate(a, x, mul(a, gy, mul(a, s, add(a, one, mul(a, x, sub(a, one, s))))));
    return;
  }
  case OP_CAST:
    if (dtype_is_float(ir_node(g, x)->dtype)) accumulate(a, x, ir_cast(g, gy, ir_node(g, x)->dtype, sp));
    return;
  default: UNREACHABLE();
  }
}

/* Elementwise binary ops and where. */
static void vjp_binary(AD *a, int32_t id, const IrNode *n) {
  Graph *g = a->g;
  int32_t gy = a->grad[id], x = n->in[0], y = n->nin > 1 ? n->in[1] : -1;
  Span sp = n->span;
  switch (n->op) {
  case OP_ADD: accumulate(a, x, gy); accumulate(a, y, gy); return;
  case OP_SUB: accumulate(a, x, gy); accumulate(a, y, neg(a, gy)); return;
  case OP_MUL:
    if (a->needs[x]) accumulate(a, x, mul(a, gy, y));
    if (a->needs[y]) accumulate(a, y, mul(a, gy, x));
    return;
  case OP_DIV:
    if (a->needs[x]) accumulate(a, x, dvd(a, gy, y));
    if (a->needs[y]) accumulate(a, y, neg(a, dvd(a, mul(a, gy, id), y)));
    return;
  case OP_POW: {
    /* d a^b / da = b a^(b-1); d a^b / db = a^b log a */
    if (a->needs[x]) {
      const IrNode *e = ir_node(g, y);
      bool k = e->op == OP_CONST;
      double c = e->f;
      if (k && c == 0.0) accumulate(a, x, zeros_like(a, x)); /* as torch: 0, even at x = 0 */
      else if (k && c == 1.0) accumulate(a, x, gy);
      else if (k && c == 2.0) accumulate(a, x, mul(a, gy, mul(a, cst(a, 2.0, x), x)));
      else if (k) /* c x^(c-1), the exponent folded (simplify turns x^1, x^2, x^-1, x^0.5 into plain ops) */
        accumulate(a, x, mul(a, gy, mul(a, cst(a, c, x), ir_binary(g, OP_POW, x, cst(a, c - 1.0, x), sp))));
      else accumulate(a, x, mul(a, gy, mul(a, y, ir_binary(g, OP_POW, x, sub(a, y, cst(a, 1.0, y)), sp))));
    }
    if (a->needs[y]) accumulate(a, y, mul(a, gy, mul(a, id, un(a, OP_LOG, x))));
    return;
  }
  case OP_MAX:
  case OP_MIN: {
    /* ties send the gradient to the left operand */
    int32_t pick = cmp(a, n->op == OP_MAX ? OP_GE : OP_LE, x, y);
    int32_t z = zeros_like(a, gy);
    if (a->needs[x]) accumulate(a, x, sel(a, pick, gy, z));
    if (a->needs[y]) accumulate(a, y, sel(a, pick, z, gy));
    return;
  }
  case OP_WHERE: {
    int32_t c = n->in[0], t = n->in[1], f = n->in[2];
    int32_t z = zeros_like(a, gy);
    if (a->needs[t]) accumulate(a, t, sel(a, c, gy, z));
    if (a->needs[f]) accumulate(a, f, sel(a, c, z, gy));
    return;
  }
  default: UNREACHABLE();
  }
}

/* Reductions and matmul. */
static void vjp_reduce(AD *a, int32_t id, const IrNode *n) {
  Graph *g = a->g;
  int32_t gy = a->grad[id], x = n->in[0], y = n->nin > 1 ? n->in[1] : -1;
  Span sp = n->span;
  switch (n->op) {
  case OP_RSUM: {
    const IrNode *xn = ir_node(g, x);
    int rank = xn->rank;
    Dim shape[IR_MAX_RANK];
    memcpy(shape, xn->shape, sizeof(Dim) * (size_t)rank);
    accumulate(a, x, ir_expand(g, gy, rank, shape, sp));
    return;
  }
  case OP_RMAX:
  case OP_RMIN: {
    /* the gradient is shared evenly between tied extrema, as torch.amax does */
    const IrNode *xn = ir_node(g, x);
    int rank = xn->rank;
    DType dt = xn->dtype;
    Dim shape[IR_MAX_RANK];
    memcpy(shape, xn->shape, sizeof(Dim) * (size_t)rank);
    int32_t hit = ir_cast(g, cmp(a, OP_EQ, x, ir_expand(g, id, rank, shape, sp)), dt, sp);
    int32_t cnt = ir_reduce(g, OP_RSUM, hit, n->axes, sp);
    accumulate(a, x, mul(a, hit, ir_expand(g, dvd(a, gy, cnt), rank, shape, sp)));
    return;
  }
  case OP_MATMUL:
    if (a->needs[x]) accumulate(a, x, ir_matmul(g, gy, swap_last2(a, y), sp));
    if (a->needs[y]) accumulate(a, y, ir_matmul(g, swap_last2(a, x), gy, sp));
    return;
  default: UNREACHABLE();
  }
}

/* Movement and indexing: each one's adjoint. */
static void vjp_move(AD *a, int32_t id, const IrNode *n) {
  Graph *g = a->g;
  int32_t gy = a->grad[id], x = n->in[0], y = n->nin > 1 ? n->in[1] : -1;
  Span sp = n->span;
  switch (n->op) {
  case OP_RESHAPE: {
    const IrNode *xn = ir_node(g, x);
    int rank = xn->rank;
    Dim shape[IR_MAX_RANK];
    memcpy(shape, xn->shape, sizeof(Dim) * (size_t)rank);
    accumulate(a, x, ir_reshape(g, gy, rank, shape, sp));
    return;
  }
  case OP_PERMUTE: {
    int inv[IR_MAX_RANK];
    inverse_perm(n->perm, n->rank, inv);
    accumulate(a, x, ir_permute(g, gy, inv, sp));
    return;
  }
  case OP_EXPAND: {
    const IrNode *xn = ir_node(g, x);
    uint32_t axes = 0;
    for (int i = 0; i < n->rank; i++)
      if (!dim_eq(xn->shape[i], n->shape[i])) axes |= 1u << i;
    accumulate(a, x, axes ? ir_reduce(g, OP_RSUM, gy, axes, sp) : gy);
    return;
  }
  case OP_SLICE: {
    const IrNode *xn = ir_node(g, x);
    Dim full[IR_MAX_RANK];
    memcpy(full, xn->shape, sizeof(Dim) * (size_t)xn->rank);
    accumulate(a, x, ir_pad(g, gy, n->slice->start, n->slice->step, full, sp));
    return;
  }
  case OP_PAD: {
    const IrNode *xn = ir_node(g, x);
    Dim len[IR_MAX_RANK];
    memcpy(len, xn->shape, sizeof(Dim) * (size_t)xn->rank);
    accumulate(a, x, ir_slice(g, gy, n->slice->start, n->slice->step, len, sp));
    return;
  }
  case OP_CONCAT: {
    Dim off = dim_const(0);
    for (int k = 0; k < n->nin; k++) {
      const IrNode *xn = ir_node(g, n->in[k]);
      Dim start[IR_MAX_RANK], len[IR_MAX_RANK];
      int64_t step[IR_MAX_RANK];
      for (int i = 0; i < n->rank; i++) {
        start[i] = i == n->axis ? off : dim_const(0);
        len[i] = xn->shape[i];
        step[i] = 1;
      }
      Dim part = xn->shape[n->axis];
      if (a->needs[n->in[k]]) accumulate(a, n->in[k], ir_slice(g, gy, start, step, len, sp));
      off = dim_add(off, part);
    }
    return;
  }
  case OP_GATHER:
    accumulate(a, x, ir_scatter_add(g, gy, y, ir_node(g, x)->shape[0], sp));
    return;
  case OP_SCATTER_ADD: accumulate(a, x, ir_gather(g, gy, y, sp)); return;
  case OP_TAKE: accumulate(a, x, ir_put_add(g, gy, y, n->axis, ir_node(g, x)->shape[n->axis], sp)); return;
  case OP_PUT_ADD: accumulate(a, x, ir_take(g, gy, y, n->axis, sp)); return;
  default: UNREACHABLE();
  }
}

/* Adds node id's contribution to the gradients of its operands. */
static void vjp(AD *a, int32_t id) {
  IrNode n = *ir_node(a->g, id); /* a copy: the node array grows below */
  switch (n.op) {
  case OP_EQ: case OP_NE: case OP_LT: case OP_LE: case OP_GT: case OP_GE: case OP_ARGMAX:
    return; /* integer results: no gradient */
  default: break;
  }
  switch (op_class(n.op)) {
  case OC_LEAF: return;
  case OC_UNARY: vjp_unary(a, id, &n); return;
  case OC_BINARY: case OC_TERNARY: vjp_binary(a, id, &n); return;
  case OC_REDUCE: case OC_CONTRACT: vjp_reduce(a, id, &n); return;
  case OC_MOVE: case OC_GATHER: vjp_move(a, id, &n); return;
  }
  UNREACHABLE();
}

bool ir_autodiff(Graph *g, int32_t loss, const char *const *wrt, int nwrt, Diag *d) {
  const IrNode *ln = ir_node(g, loss);
  if (ln->rank != 0 || !dtype_is_float(ln->dtype)) {
    diag_plain(d, "autodiff: the loss must be a floating-point scalar, found a rank-%d %s value", ln->rank,
               dtype_name(ln->dtype));
    return false;
  }
  int nfwd = g->nodes.n;
  AD a = {g, xmalloc(sizeof(int32_t) * (size_t)nfwd), xcalloc((size_t)nfwd, sizeof(bool))};
  for (int i = 0; i < nfwd; i++) a.grad[i] = -1;
  /* which values depend on a differentiated parameter */
  for (int i = 0; i < nfwd; i++) {
    const IrNode *n = ir_node(g, i);
    if (n->nograd) continue; /* stop_gradient: a constant as far as gradients go */
    if (n->op == OP_PARAM) {
      for (int k = 0; k < nwrt; k++)
        if (!strcmp(wrt[k], n->name)) a.needs[i] = dtype_is_float(n->dtype);
      continue;
    }
    for (int k = 0; k < n->nin && !a.needs[i]; k++) a.needs[i] = a.needs[n->in[k]];
    if (!dtype_is_float(n->dtype)) a.needs[i] = false;
  }
  if (a.needs[loss]) {
    a.grad[loss] = ir_const(g, 1.0, ln->dtype, 0, NULL, ln->span);
    for (int i = loss; i >= 0; i--)
      if (a.grad[i] >= 0 && a.needs[i]) vjp(&a, i);
  }
  /* one output per parameter asked for that the loss depends on, in the order asked */
  for (int k = 0; k < nwrt; k++)
    for (int i = 0; i < nfwd; i++) {
      const IrNode *n = ir_node(g, i);
      if (n->op != OP_PARAM || strcmp(n->name, wrt[k]) || a.grad[i] < 0) continue;
      char *name = arena_printf(&g->arena, "grad.%s", wrt[k]);
      ir_add_output(g, name, a.grad[i]);
    }
  free(a.grad);
  free(a.needs);
  return true;
}
