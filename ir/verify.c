/* verify.c — structural checks of an IR graph.
 *
 * Every node is checked against its op's rule, the same rules the builders in
 * graph.c apply (there as assertions): operand indices before the node (SSA
 * order), arity, dtypes, the result type inferred from the operands, and the
 * attributes (axes, perm, axis, start/step). A node whose own type is
 * malformed (a rank out of range, an unrepresentable dim, an unknown shape
 * variable) is reported once; its users are then not checked against it, so
 * one broken node does not cascade.
 *
 * ir_verify reports with diag_plain, `ir: node %N (op): ...`. The parser
 * checks each node as it is read with ir_verify_node, which reports at the
 * node's line instead. */
#include <math.h>
#include <string.h>

#include "ir.h"

/* Also used by parse.c (declared there; it belongs in ir.h beside ir_verify):
 * checks node `id` of `g`, whose operands are assumed valid. Reports at `sp`
 * when sp.file != 0, else as `ir: node %N (op): ...`. */
bool ir_verify_node(const Graph *g, int32_t id, Diag *d, Span sp);

typedef struct V {
  const Graph *g;
  Diag *d;
  Span sp;          /* file 0: report with diag_plain and the node id; else the
                     * first problem only, at sp (the parser's node line) */
  int32_t id;       /* the node being checked; -1 for graph-level problems */
  bool ok;
  int nfail;        /* problems reported so far */
  StrBuf tmp[4];    /* scratch strings for types and dims in messages */
  int ti;
} V;

static LLMC_PRINTF(2, 3) void fail(V *v, const char *fmt, ...) {
  if (v->sp.file && v->nfail) return; /* the parser reports one problem per line */
  StrBuf m = {0};
  va_list ap;
  va_start(ap, fmt);
  sb_vprintf(&m, fmt, ap);
  va_end(ap);
  if (v->id < 0) {
    diag_plain(v->d, "ir: %s", sb_cstr(&m));
  } else {
    const IrNode *n = &v->g->nodes.v[v->id];
    if (v->sp.file) diag_error(v->d, v->sp, "%s", sb_cstr(&m));
    else diag_plain(v->d, "ir: node %%%d (%s): %s", v->id, op_name(n->op), sb_cstr(&m));
  }
  sb_free(&m);
  v->ok = false;
  v->nfail++;
}

static StrBuf *scratch(V *v) {
  StrBuf *b = &v->tmp[v->ti++ % 4];
  b->len = 0;
  if (b->s) b->s[0] = 0;
  return b;
}

/* Only for nodes whose type is well formed (checked first). */
static const char *tstr(V *v, const IrNode *n) {
  StrBuf *b = scratch(v);
  ir_print_type(b, v->g, n);
  return sb_cstr(b);
}

static const char *dstr(V *v, Dim x) {
  StrBuf *b = scratch(v);
  dim_print(b, x, v->g->syms.v);
  return sb_cstr(b);
}

static bool dim_vars_ok(const Graph *g, Dim x) {
  if (x.bad || x.n > DIM_MAX_TERMS) return false;
  for (int i = 0; i < x.n; i++) {
    if (x.m[i].nv > DIM_MAX_DEG) return false;
    for (int k = 0; k < x.m[i].nv; k++)
      if (x.m[i].v[k] >= g->syms.n) return false;
  }
  return true;
}

static Dim numel(const IrNode *x) {
  Dim p = dim_const(1);
  for (int i = 0; i < x->rank; i++) p = dim_mul(p, x->shape[i]);
  return p;
}

static bool is_const(Dim x, int64_t want) {
  int64_t c;
  return dim_is_const(x, &c) && c == want;
}

/* Compares the node's type with the one its rule gives. */
static void expect_type(V *v, const IrNode *n, DType dt, int rank, const Dim *shape) {
  bool same = n->dtype == dt && n->rank == rank;
  for (int i = 0; same && i < rank; i++) same = dim_eq(n->shape[i], shape[i]);
  if (same) return;
  IrNode want = {0};
  want.dtype = dt;
  want.rank = rank;
  memcpy(want.shape, shape, sizeof(Dim) * (size_t)rank);
  fail(v, "result type is %s, but the rule gives %s", tstr(v, n), tstr(v, &want));
}

static void same_shape(V *v, const IrNode *n, int k1, int k2) {
  const IrNode *a = ir_node(v->g, n->in[k1]), *b = ir_node(v->g, n->in[k2]);
  if (!ir_same_shape(a, b))
    fail(v, "operand shapes differ: %%%d is %s, %%%d is %s", n->in[k1], tstr(v, a), n->in[k2], tstr(v, b));
}

static void same_dtype(V *v, const IrNode *n, int k1, int k2) {
  const IrNode *a = ir_node(v->g, n->in[k1]), *b = ir_node(v->g, n->in[k2]);
  if (a->dtype != b->dtype)
    fail(v, "operand dtypes differ: %%%d is %s, %%%d is %s", n->in[k1], dtype_name(a->dtype), n->in[k2],
         dtype_name(b->dtype));
}

static void want_i32(V *v, const IrNode *n, int k, const char *what) {
  const IrNode *x = ir_node(v->g, n->in[k]);
  if (x->dtype != DT_I32) fail(v, "%s %%%d must be i32, is %s", what, n->in[k], dtype_name(x->dtype));
}

static void want_dtype(V *v, const IrNode *n, DType dt) {
  if (n->dtype != dt) fail(v, "result dtype is %s, but the rule gives %s", dtype_name(n->dtype), dtype_name(dt));
}

static void want_rank(V *v, const IrNode *n, int k, int rank) {
  const IrNode *x = ir_node(v->g, n->in[k]);
  if (x->rank != rank) fail(v, "operand %%%d has rank %d, the result rank %d", n->in[k], x->rank, rank);
}

/* Slice and pad: the small side (len elements at start, start + step, ...)
 * must lie inside the big side. Checked where the difference is a constant. */
static void check_window(V *v, const IrNode *n, const IrNode *small, const IrNode *big) {
  const IrSlice *s = n->slice;
  for (int i = 0; i < n->rank; i++) {
    if (s->step[i] < 1) {
      fail(v, "step[%d] is %lld; steps must be >= 1", i, (long long)s->step[i]);
      continue;
    }
    if (!dim_vars_ok(v->g, s->start[i])) {
      fail(v, "start[%d] is not a valid dim", i);
      continue;
    }
    Dim len = small->shape[i];
    int64_t c;
    if (dim_is_const(s->start[i], &c) && c < 0) {
      fail(v, "start[%d] is %lld; starts must be >= 0", i, (long long)c);
      continue;
    }
    if (is_const(len, 0)) continue;
    /* last = start + (len - 1) * step must be < the big side */
    Dim last = dim_add(s->start[i], dim_mul(dim_sub(len, dim_const(1)), dim_const(s->step[i])));
    Dim room = dim_sub(big->shape[i], last);
    if (dim_is_const(room, &c) && c < 1)
      fail(v, "axis %d: %s elements from %s by step %lld do not fit in %s", i, dstr(v, len),
           dstr(v, s->start[i]), (long long)s->step[i], dstr(v, big->shape[i]));
  }
}

static void check_leaf(V *v, const IrNode *n) {
  switch (n->op) {
  case OP_PARAM:
  case OP_INPUT:
    if (!n->name || !n->name[0]) fail(v, "%s has no name", op_name(n->op));
    break;
  case OP_CONST:
    if (n->dtype == DT_I32 && (!isfinite(n->f) || n->f != trunc(n->f)))
      fail(v, "i32 constant %g is not an integer", n->f);
    break;
  case OP_IOTA:
    if (n->axis < 0 || n->axis >= n->rank) fail(v, "axis=%d is out of range for rank %d", n->axis, n->rank);
    break;
  case OP_SYMDIM:
    if (n->rank != 0) fail(v, "symdim must be a scalar, is rank %d", n->rank);
    if (!dim_vars_ok(v->g, n->dimval)) fail(v, "its value is not a valid dim");
    break;
  case OP_RAND:
    if (n->axis < 0) fail(v, "stream=%d is negative", n->axis);
    if (!dtype_is_float(n->dtype)) fail(v, "rand gives floats, not %s", dtype_name(n->dtype));
    break;
  default: UNREACHABLE();
  }
}

static void check_reduce(V *v, const IrNode *n, const IrNode *x) {
  if (x->rank < 32 && (n->axes >> x->rank) != 0) {
    for (int i = x->rank; i < 32; i++)
      if (n->axes & (1u << i)) {
        fail(v, "axes: axis %d is out of range for rank %d", i, x->rank);
        return;
      }
  }
  if (n->op == OP_ARGMAX && __builtin_popcount(n->axes) != 1)
    fail(v, "argmax reduces exactly one axis, not %d", __builtin_popcount(n->axes));
  Dim s[IR_MAX_RANK];
  for (int i = 0; i < x->rank; i++) s[i] = n->axes & (1u << i) ? dim_const(1) : x->shape[i];
  expect_type(v, n, n->op == OP_ARGMAX ? DT_I32 : x->dtype, x->rank, s);
}

static void check_matmul(V *v, const IrNode *n, const IrNode *x, const IrNode *y) {
  if (x->rank < 2 || x->rank != y->rank) {
    fail(v, "operands must have equal ranks >= 2: %s @ %s", tstr(v, x), tstr(v, y));
    return;
  }
  same_dtype(v, n, 0, 1);
  int r = x->rank;
  for (int i = 0; i < r - 2; i++)
    if (!dim_eq(x->shape[i], y->shape[i])) {
      fail(v, "batch dims differ: %s @ %s", tstr(v, x), tstr(v, y));
      return;
    }
  if (!dim_eq(x->shape[r - 1], y->shape[r - 2])) {
    fail(v, "inner dims differ: %s @ %s", tstr(v, x), tstr(v, y));
    return;
  }
  Dim s[IR_MAX_RANK];
  memcpy(s, x->shape, sizeof(Dim) * (size_t)r);
  s[r - 1] = y->shape[r - 1];
  expect_type(v, n, x->dtype, r, s);
}

static void check_move(V *v, const IrNode *n) {
  const IrNode *x = ir_node(v->g, n->in[0]);
  switch (n->op) {
  case OP_RESHAPE:
    want_dtype(v, n, x->dtype);
    if (!dim_eq(numel(x), numel(n)))
      fail(v, "reshape changes the element count: %s to %s", tstr(v, x), tstr(v, n));
    break;
  case OP_PERMUTE: {
    if (n->rank != x->rank) {
      want_rank(v, n, 0, n->rank);
      return;
    }
    unsigned seen = 0;
    for (int i = 0; i < n->rank; i++) {
      int p = n->perm[i];
      if (p < 0 || p >= n->rank || (seen & (1u << p))) {
        StrBuf *b = scratch(v);
        for (int k = 0; k < n->rank; k++) sb_printf(b, "%s%d", k ? ", " : "", n->perm[k]);
        fail(v, "perm=[%s] is not a permutation of %d axes", sb_cstr(b), n->rank);
        return;
      }
      seen |= 1u << p;
    }
    Dim s[IR_MAX_RANK];
    for (int i = 0; i < n->rank; i++) s[i] = x->shape[n->perm[i]];
    expect_type(v, n, x->dtype, n->rank, s);
    break;
  }
  case OP_EXPAND:
    if (n->rank != x->rank) {
      want_rank(v, n, 0, n->rank);
      return;
    }
    want_dtype(v, n, x->dtype);
    for (int i = 0; i < n->rank; i++)
      if (!dim_eq(x->shape[i], n->shape[i]) && !is_const(x->shape[i], 1)) {
        fail(v, "cannot expand axis %d from %s to %s (only size-1 axes broadcast)", i, dstr(v, x->shape[i]),
             dstr(v, n->shape[i]));
        return;
      }
    break;
  case OP_SLICE:
  case OP_PAD:
    if (!n->slice) {
      fail(v, "%s has no start/step", op_name(n->op));
      return;
    }
    if (n->rank != x->rank) {
      want_rank(v, n, 0, n->rank);
      return;
    }
    want_dtype(v, n, x->dtype);
    if (n->op == OP_SLICE) check_window(v, n, n, x);
    else check_window(v, n, x, n);
    break;
  case OP_CONCAT: {
    if (n->axis < 0 || n->axis >= x->rank) {
      fail(v, "axis=%d is out of range for rank %d", n->axis, x->rank);
      return;
    }
    Dim s[IR_MAX_RANK];
    memcpy(s, x->shape, sizeof(Dim) * (size_t)x->rank);
    Dim along = dim_const(0);
    for (int k = 0; k < n->nin; k++) {
      const IrNode *y = ir_node(v->g, n->in[k]);
      if (y->dtype != x->dtype) {
        same_dtype(v, n, 0, k);
        return;
      }
      bool ok = y->rank == x->rank;
      for (int i = 0; ok && i < x->rank; i++) ok = i == n->axis || dim_eq(x->shape[i], y->shape[i]);
      if (!ok) {
        fail(v, "operand %%%d is %s, which does not match %%%d (%s) outside axis %d", n->in[k], tstr(v, y),
             n->in[0], tstr(v, x), n->axis);
        return;
      }
      along = dim_add(along, y->shape[n->axis]);
    }
    s[n->axis] = along;
    expect_type(v, n, x->dtype, x->rank, s);
    break;
  }
  default: UNREACHABLE();
  }
}

static void check_gather(V *v, const IrNode *n) {
  const IrNode *x = ir_node(v->g, n->in[0]), *ix = ir_node(v->g, n->in[1]);
  Dim s[IR_MAX_RANK];
  want_i32(v, n, 1, "index");
  switch (n->op) {
  case OP_GATHER: {
    int r = ix->rank + x->rank - 1;
    if (x->rank < 1 || r > IR_MAX_RANK) {
      fail(v, "cannot gather rows of %s by %s", tstr(v, x), tstr(v, ix));
      return;
    }
    for (int i = 0; i < ix->rank; i++) s[i] = ix->shape[i];
    for (int i = 1; i < x->rank; i++) s[ix->rank + i - 1] = x->shape[i];
    expect_type(v, n, x->dtype, r, s);
    break;
  }
  case OP_SCATTER_ADD: {
    bool ok = x->rank >= ix->rank;
    for (int i = 0; ok && i < ix->rank; i++) ok = dim_eq(x->shape[i], ix->shape[i]);
    if (!ok) {
      fail(v, "source %s does not start with the index shape %s", tstr(v, x), tstr(v, ix));
      return;
    }
    int r = x->rank - ix->rank + 1;
    if (n->rank != r) {
      fail(v, "result rank is %d, but the rule gives %d", n->rank, r);
      return;
    }
    s[0] = n->shape[0]; /* the table's row count is the node's own */
    for (int i = ix->rank; i < x->rank; i++) s[i - ix->rank + 1] = x->shape[i];
    expect_type(v, n, x->dtype, r, s);
    break;
  }
  case OP_TAKE: {
    if (n->axis < 0 || n->axis >= x->rank) {
      fail(v, "axis=%d is out of range for rank %d", n->axis, x->rank);
      return;
    }
    bool ok = ix->rank == x->rank - 1;
    for (int i = 0, j = 0; ok && i < x->rank; i++)
      if (i != n->axis) ok = dim_eq(x->shape[i], ix->shape[j++]);
    if (!ok) {
      fail(v, "index %s must be %s without axis %d", tstr(v, ix), tstr(v, x), n->axis);
      return;
    }
    expect_type(v, n, x->dtype, ix->rank, ix->shape);
    break;
  }
  case OP_PUT_ADD: {
    same_shape(v, n, 0, 1);
    int r = x->rank + 1;
    if (r > IR_MAX_RANK || n->axis < 0 || n->axis >= r) {
      fail(v, "axis=%d is out of range for rank %d", n->axis, r);
      return;
    }
    if (n->rank != r) {
      fail(v, "result rank is %d, but the rule gives %d", n->rank, r);
      return;
    }
    for (int i = 0, j = 0; i < r; i++) s[i] = i == n->axis ? n->shape[i] : x->shape[j++];
    expect_type(v, n, x->dtype, r, s);
    break;
  }
  default: UNREACHABLE();
  }
}

/* Checks one node. `bad` (may be NULL) marks earlier nodes whose type is
 * malformed; returns false when this node's own type is malformed. */
static bool check_node(V *v, int32_t id, const uint8_t *bad) {
  const Graph *g = v->g;
  const IrNode *n = &g->nodes.v[id];
  v->id = id;
  if ((unsigned)n->op >= OP__COUNT) {
    fail(v, "unknown op %d", (int)n->op);
    return false;
  }
  bool typed = true;
  if ((unsigned)n->dtype > DT_F64) {
    fail(v, "unknown dtype %d", (int)n->dtype);
    typed = false;
  }
  if (n->rank < 0 || n->rank > IR_MAX_RANK) {
    fail(v, "rank %d is out of range", n->rank);
    return false;
  }
  for (int i = 0; i < n->rank; i++) {
    int64_t c;
    if (!dim_vars_ok(g, n->shape[i])) {
      fail(v, "dim %d is not representable or names an undeclared shape variable", i);
      typed = false;
    } else if (dim_is_const(n->shape[i], &c) && c < 0) {
      fail(v, "dim %d is negative (%lld)", i, (long long)c);
    }
  }
  int ar = op_arity(n->op);
  if ((ar >= 0 && n->nin != ar) || (ar < 0 && n->nin < 1)) {
    if (ar >= 0) fail(v, "%s takes %d operand%s, has %d", op_name(n->op), ar, ar == 1 ? "" : "s", n->nin);
    else fail(v, "%s takes at least one operand, has %d", op_name(n->op), n->nin);
    return typed;
  }
  if (n->nin > 0 && !n->in) {
    fail(v, "has %d operands but no operand array", n->nin);
    return typed;
  }
  bool ops_ok = true;
  for (int k = 0; k < n->nin; k++) {
    int32_t a = n->in[k];
    if (a < 0 || a >= id) {
      fail(v, "operand %d is %%%d, which is not defined before this node", k, a);
      ops_ok = false;
    } else if (bad && bad[a]) {
      ops_ok = false; /* reported at that node */
    }
  }
  if (!typed || !ops_ok) return typed;

  switch (op_class(n->op)) {
  case OC_LEAF: check_leaf(v, n); break;
  case OC_UNARY: {
    const IrNode *x = ir_node(g, n->in[0]);
    expect_type(v, n, n->op == OP_CAST ? n->dtype : x->dtype, x->rank, x->shape);
    break;
  }
  case OC_BINARY: {
    const IrNode *x = ir_node(g, n->in[0]);
    int before = v->nfail;
    same_shape(v, n, 0, 1);
    same_dtype(v, n, 0, 1);
    if (v->nfail != before) break;
    expect_type(v, n, n->op >= OP_EQ && n->op <= OP_GE ? DT_I32 : x->dtype, x->rank, x->shape);
    break;
  }
  case OC_TERNARY: {
    const IrNode *x = ir_node(g, n->in[1]);
    int before = v->nfail;
    want_i32(v, n, 0, "mask");
    same_shape(v, n, 0, 1);
    same_shape(v, n, 1, 2);
    same_dtype(v, n, 1, 2);
    if (v->nfail != before) break;
    expect_type(v, n, x->dtype, x->rank, x->shape);
    break;
  }
  case OC_REDUCE: check_reduce(v, n, ir_node(g, n->in[0])); break;
  case OC_CONTRACT: check_matmul(v, n, ir_node(g, n->in[0]), ir_node(g, n->in[1])); break;
  case OC_MOVE: check_move(v, n); break;
  case OC_GATHER: check_gather(v, n); break;
  }
  /* stop_gradient: only where a gradient could flow (float values that are
   * not gradient-free leaves) */
  if (n->nograd && (!dtype_is_float(n->dtype) || (op_class(n->op) == OC_LEAF && n->op != OP_PARAM)))
    fail(v, "nograd=1 on a %s %s, which has no gradient to stop", dtype_name(n->dtype), op_name(n->op));
  return typed;
}

static void v_free(V *v) {
  for (int i = 0; i < 4; i++) sb_free(&v->tmp[i]);
}

bool ir_verify_node(const Graph *g, int32_t id, Diag *d, Span sp) {
  V v = {.g = g, .d = d, .sp = sp, .id = id, .ok = true};
  check_node(&v, id, NULL);
  v_free(&v);
  return v.ok;
}

bool ir_verify(const Graph *g, Diag *d) {
  V v = {.g = g, .d = d, .id = -1, .ok = true};
  for (int i = 0; i < g->syms.n; i++) {
    if (!g->syms.v[i] || !g->syms.v[i][0]) {
      fail(&v, "shape variable #%d has no name", i);
      continue;
    }
    for (int j = 0; j < i; j++)
      if (g->syms.v[j] && !strcmp(g->syms.v[i], g->syms.v[j])) fail(&v, "shape variable '%s' is declared twice", g->syms.v[i]);
  }
  uint8_t *bad = xcalloc((size_t)g->nodes.n + 1, 1);
  for (int32_t i = 0; i < g->nodes.n; i++) bad[i] = !check_node(&v, i, bad);
  v.id = -1;
  for (int i = 0; i < g->outputs.n; i++) {
    const IrOutput *o = &g->outputs.v[i];
    if (!o->name || !o->name[0]) fail(&v, "output #%d has no name", i);
    else
      for (int j = 0; j < i; j++)
        if (g->outputs.v[j].name && !strcmp(o->name, g->outputs.v[j].name)) {
          fail(&v, "output '%s' is defined twice", o->name);
          break;
        }
    if (o->node < 0 || o->node >= g->nodes.n)
      fail(&v, "output '%s' refers to %%%d, but the graph has %d nodes", o->name ? o->name : "?", o->node, g->nodes.n);
  }
  free(bad);
  v_free(&v);
  return v.ok;
}
