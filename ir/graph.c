/* graph.c — building IR graphs: node creation and shape inference. */
#include <math.h>
#include <string.h>

#include "ir.h"

typedef struct OpInfo {
  const char *name;
  int arity;
  OpClass cls;
  int cost;
  OpFold fold;
} OpInfo;

static const OpInfo op_info[OP__COUNT] = {
#define OP(e, n, a, c, w, f) {n, a, OC_##c, w, OF_##f},
#include "ops.def"
#undef OP
};

const char *op_name(OpKind op) { return op < OP__COUNT ? op_info[op].name : "?"; }
int op_arity(OpKind op) { return op < OP__COUNT ? op_info[op].arity : 0; }
OpClass op_class(OpKind op) { return op < OP__COUNT ? op_info[op].cls : OC_LEAF; }
int op_cost(OpKind op) { return op < OP__COUNT ? op_info[op].cost : 1; }
OpFold op_fold(OpKind op) { return op < OP__COUNT ? op_info[op].fold : OF_NONE; }
int op_lookup(const char *name) {
  for (int i = 0; i < OP__COUNT; i++)
    if (!strcmp(op_info[i].name, name)) return i;
  return -1;
}

const char *dtype_name(DType t) {
  switch (t) {
  case DT_F32: return "f32";
  case DT_F16: return "f16";
  case DT_BF16: return "bf16";
  case DT_I32: return "i32";
  case DT_F64: return "f64";
  }
  return "?";
}
int dtype_size(DType t) { return t == DT_F16 || t == DT_BF16 ? 2 : t == DT_F64 ? 8 : 4; }
bool dtype_is_float(DType t) { return t != DT_I32; }

Graph *ir_graph_new(void) {
  Graph *g = xcalloc(1, sizeof *g);
  arena_init(&g->arena);
  return g;
}

void ir_graph_free(Graph *g) {
  if (!g) return;
  vec_free(&g->nodes);
  vec_free(&g->outputs);
  vec_free(&g->syms);
  arena_free(&g->arena);
  free(g);
}

const IrNode *ir_node(const Graph *g, int32_t id) {
  ASSERT(id >= 0 && id < g->nodes.n);
  return &g->nodes.v[id];
}

int ir_sym(Graph *g, const char *name) {
  for (int i = 0; i < g->syms.n; i++)
    if (!strcmp(g->syms.v[i], name)) return i;
  vec_push(&g->syms, arena_strdup(&g->arena, name));
  return g->syms.n - 1;
}

static bool dim_is_one(Dim d) {
  int64_t v;
  return dim_is_const(d, &v) && v == 1;
}

bool ir_same_shape(const IrNode *a, const IrNode *b) {
  if (a->rank != b->rank) return false;
  for (int i = 0; i < a->rank; i++)
    if (!dim_eq(a->shape[i], b->shape[i])) return false;
  return true;
}

bool ir_same_squeezed(const IrNode *a, const IrNode *b) {
  int i = 0, j = 0;
  for (;;) {
    while (i < a->rank && dim_is_one(a->shape[i])) i++;
    while (j < b->rank && dim_is_one(b->shape[j])) j++;
    if (i == a->rank || j == b->rank) return i == a->rank && j == b->rank;
    if (!dim_eq(a->shape[i++], b->shape[j++])) return false;
  }
}

int64_t ir_numel_const(const IrNode *n) {
  int64_t t = 1;
  for (int i = 0; i < n->rank; i++) {
    int64_t v;
    if (!dim_is_const(n->shape[i], &v)) return -1;
    t *= v;
  }
  return t;
}

static int32_t push(Graph *g, IrNode *n, const int32_t *in, int nin) {
  ASSERT(n->rank >= 0 && n->rank <= IR_MAX_RANK);
  n->nin = nin;
  if (nin) {
    n->in = arena_alloc(&g->arena, sizeof(int32_t) * (size_t)nin);
    for (int i = 0; i < nin; i++) {
      ASSERT(in[i] >= 0 && in[i] < g->nodes.n);
      n->in[i] = in[i];
    }
  }
  vec_push(&g->nodes, *n);
  return g->nodes.n - 1;
}

static IrNode like(const Graph *g, int32_t a) {
  IrNode n = {0};
  const IrNode *x = ir_node(g, a);
  n.dtype = x->dtype;
  n.rank = x->rank;
  memcpy(n.shape, x->shape, sizeof(Dim) * (size_t)x->rank);
  return n;
}

int32_t ir_leaf(Graph *g, OpKind op, DType dt, int rank, const Dim *shape, Span sp) {
  IrNode n = {0};
  n.op = op;
  n.dtype = dt;
  n.rank = rank;
  if (rank) memcpy(n.shape, shape, sizeof(Dim) * (size_t)rank);
  n.span = sp;
  return push(g, &n, NULL, 0);
}

int32_t ir_param(Graph *g, const char *name, DType dt, int rank, const Dim *shape, Span sp) {
  int32_t id = ir_leaf(g, OP_PARAM, dt, rank, shape, sp);
  g->nodes.v[id].name = arena_strdup(&g->arena, name);
  return id;
}

int32_t ir_input(Graph *g, const char *name, DType dt, int rank, const Dim *shape, Span sp) {
  int32_t id = ir_leaf(g, OP_INPUT, dt, rank, shape, sp);
  g->nodes.v[id].name = arena_strdup(&g->arena, name);
  return id;
}

int32_t ir_const(Graph *g, double v, DType dt, int rank, const Dim *shape, Span sp) {
  int32_t id = ir_leaf(g, OP_CONST, dt, rank, shape, sp);
  if (dt == DT_I32) v = isnan(v) ? 0 : v > 2147483647.0 ? 2147483647.0 : v < -2147483648.0 ? -2147483648.0 : trunc(v);
  g->nodes.v[id].f = v;
  return id;
}

int32_t ir_iota(Graph *g, DType dt, int rank, const Dim *shape, int axis, Span sp) {
  ASSERT(axis >= 0 && axis < rank);
  int32_t id = ir_leaf(g, OP_IOTA, dt, rank, shape, sp);
  g->nodes.v[id].axis = axis;
  return id;
}

int32_t ir_symdim(Graph *g, Dim v, DType dt, Span sp) {
  int32_t id = ir_leaf(g, OP_SYMDIM, dt, 0, NULL, sp);
  g->nodes.v[id].dimval = v;
  return id;
}

int32_t ir_rand(Graph *g, int rank, const Dim *shape, int stream, Span sp) {
  int32_t id = ir_leaf(g, OP_RAND, DT_F32, rank, shape, sp);
  g->nodes.v[id].axis = stream;
  return id;
}

int32_t ir_unary(Graph *g, OpKind op, int32_t a, Span sp) {
  ASSERT(op_class(op) == OC_UNARY && op != OP_CAST);
  ASSERT(dtype_is_float(ir_node(g, a)->dtype) || op == OP_NEG || op == OP_ABS || op == OP_RELU);
  IrNode n = like(g, a);
  n.op = op;
  n.span = sp;
  return push(g, &n, &a, 1);
}

int32_t ir_cast(Graph *g, int32_t a, DType to, Span sp) {
  if (ir_node(g, a)->dtype == to) return a;
  IrNode n = like(g, a);
  n.op = OP_CAST;
  n.dtype = to;
  n.span = sp;
  return push(g, &n, &a, 1);
}

int32_t ir_binary(Graph *g, OpKind op, int32_t a, int32_t b, Span sp) {
  ASSERT(op_class(op) == OC_BINARY);
  const IrNode *x = ir_node(g, a), *y = ir_node(g, b);
  ASSERT(ir_same_shape(x, y));
  ASSERT(x->dtype == y->dtype);
  IrNode n = like(g, a);
  n.op = op;
  if (op >= OP_EQ && op <= OP_GE) n.dtype = DT_I32;
  n.span = sp;
  int32_t in[2] = {a, b};
  return push(g, &n, in, 2);
}

int32_t ir_where(Graph *g, int32_t c, int32_t a, int32_t b, Span sp) {
  const IrNode *x = ir_node(g, a), *y = ir_node(g, b), *m = ir_node(g, c);
  ASSERT(ir_same_shape(x, y) && ir_same_shape(x, m) && x->dtype == y->dtype && m->dtype == DT_I32);
  IrNode n = like(g, a);
  n.op = OP_WHERE;
  n.span = sp;
  int32_t in[3] = {c, a, b};
  return push(g, &n, in, 3);
}

int32_t ir_reduce(Graph *g, OpKind op, int32_t a, uint32_t axes, Span sp) {
  ASSERT(op_class(op) == OC_REDUCE);
  ASSERT(axes < (1u << ir_node(g, a)->rank) || ir_node(g, a)->rank >= 32);
  ASSERT(op != OP_ARGMAX || (axes && !(axes & (axes - 1))));
  IrNode n = like(g, a);
  n.op = op;
  n.axes = axes;
  for (int i = 0; i < n.rank; i++)
    if (axes & (1u << i)) n.shape[i] = dim_const(1);
  if (op == OP_ARGMAX) n.dtype = DT_I32;
  n.span = sp;
  return push(g, &n, &a, 1);
}

int32_t ir_matmul(Graph *g, int32_t a, int32_t b, Span sp) {
  const IrNode *x = ir_node(g, a), *y = ir_node(g, b);
  ASSERT(x->rank >= 2 && x->rank == y->rank && x->dtype == y->dtype);
  for (int i = 0; i < x->rank - 2; i++) ASSERT(dim_eq(x->shape[i], y->shape[i]));
  ASSERT(dim_eq(x->shape[x->rank - 1], y->shape[y->rank - 2]));
  IrNode n = like(g, a);
  n.op = OP_MATMUL;
  n.shape[n.rank - 1] = y->shape[y->rank - 1];
  n.span = sp;
  int32_t in[2] = {a, b};
  return push(g, &n, in, 2);
}

static Dim numel(const IrNode *x) {
  Dim p = dim_const(1);
  for (int i = 0; i < x->rank; i++) p = dim_mul(p, x->shape[i]);
  return p;
}

int32_t ir_reshape(Graph *g, int32_t a, int rank, const Dim *shape, Span sp) {
  const IrNode *x = ir_node(g, a);
  if (x->rank == rank) {
    bool same = true;
    for (int i = 0; i < rank; i++) same &= dim_eq(x->shape[i], shape[i]);
    if (same) return a;
  }
  IrNode n = like(g, a);
  n.op = OP_RESHAPE;
  n.rank = rank;
  if (rank) memcpy(n.shape, shape, sizeof(Dim) * (size_t)rank);
  ASSERT(dim_eq(numel(x), numel(&n)));
  n.span = sp;
  return push(g, &n, &a, 1);
}

int32_t ir_permute(Graph *g, int32_t a, const int *perm, Span sp) {
  const IrNode *x = ir_node(g, a);
  bool ident = true;
  for (int i = 0; i < x->rank; i++) ident &= perm[i] == i;
  if (ident) return a;
  IrNode n = like(g, a);
  n.op = OP_PERMUTE;
  unsigned seen = 0;
  for (int i = 0; i < x->rank; i++) {
    ASSERT(perm[i] >= 0 && perm[i] < x->rank && !(seen & (1u << perm[i])));
    seen |= 1u << perm[i];
    n.perm[i] = (int8_t)perm[i];
    n.shape[i] = x->shape[perm[i]];
  }
  n.span = sp;
  return push(g, &n, &a, 1);
}

int32_t ir_expand(Graph *g, int32_t a, int rank, const Dim *shape, Span sp) {
  const IrNode *x = ir_node(g, a);
  ASSERT(x->rank == rank);
  bool same = true;
  for (int i = 0; i < rank; i++) {
    int64_t one;
    bool eq = dim_eq(x->shape[i], shape[i]);
    ASSERT(eq || (dim_is_const(x->shape[i], &one) && one == 1));
    same &= eq;
  }
  if (same) return a;
  IrNode n = like(g, a);
  n.op = OP_EXPAND;
  memcpy(n.shape, shape, sizeof(Dim) * (size_t)rank);
  n.span = sp;
  return push(g, &n, &a, 1);
}

int32_t ir_slice(Graph *g, int32_t a, const Dim *start, const int64_t *step, const Dim *len, Span sp) {
  const IrNode *x = ir_node(g, a);
  bool ident = true;
  for (int i = 0; i < x->rank; i++) {
    int64_t s0;
    ident &= dim_is_const(start[i], &s0) && s0 == 0 && step[i] == 1 && dim_eq(len[i], x->shape[i]);
  }
  if (ident) return a;
  IrNode n = like(g, a);
  n.op = OP_SLICE;
  n.slice = arena_alloc(&g->arena, sizeof(IrSlice));
  for (int i = 0; i < x->rank; i++) {
    ASSERT(step[i] >= 1);
    n.slice->start[i] = start[i];
    n.slice->step[i] = step[i];
    n.shape[i] = len[i];
  }
  n.span = sp;
  return push(g, &n, &a, 1);
}

int32_t ir_pad(Graph *g, int32_t a, const Dim *start, const int64_t *step, const Dim *full, Span sp) {
  const IrNode *x = ir_node(g, a);
  for (int i = 0; i < x->rank; i++) ASSERT(step[i] >= 1);
  IrNode n = like(g, a);
  n.op = OP_PAD;
  n.slice = arena_alloc(&g->arena, sizeof(IrSlice));
  for (int i = 0; i < x->rank; i++) {
    n.slice->start[i] = start[i];
    n.slice->step[i] = step[i];
    n.shape[i] = full[i];
  }
  n.span = sp;
  return push(g, &n, &a, 1);
}

int32_t ir_concat(Graph *g, const int32_t *xs, int k, int axis, Span sp) {
  ASSERT(k >= 1);
  if (k == 1) return xs[0];
  IrNode n = like(g, xs[0]);
  ASSERT(axis >= 0 && axis < n.rank);
  n.op = OP_CONCAT;
  n.axis = axis;
  Dim along = dim_const(0);
  for (int i = 0; i < k; i++) {
    const IrNode *x = ir_node(g, xs[i]);
    ASSERT(x->rank == n.rank && x->dtype == n.dtype);
    for (int j = 0; j < n.rank; j++) ASSERT(j == axis || dim_eq(x->shape[j], n.shape[j]));
    along = dim_add(along, x->shape[axis]);
  }
  n.shape[axis] = along;
  n.span = sp;
  return push(g, &n, xs, k);
}

int32_t ir_gather(Graph *g, int32_t table, int32_t idx, Span sp) {
  const IrNode *t = ir_node(g, table), *ix = ir_node(g, idx);
  ASSERT(ix->dtype == DT_I32 && t->rank >= 1 && ix->rank + t->rank - 1 <= IR_MAX_RANK);
  IrNode n = {0};
  n.op = OP_GATHER;
  n.dtype = t->dtype;
  n.rank = ix->rank + t->rank - 1;
  for (int i = 0; i < ix->rank; i++) n.shape[i] = ix->shape[i];
  for (int i = 1; i < t->rank; i++) n.shape[ix->rank + i - 1] = t->shape[i];
  n.span = sp;
  int32_t in[2] = {table, idx};
  return push(g, &n, in, 2);
}

int32_t ir_scatter_add(Graph *g, int32_t src, int32_t idx, Dim rows, Span sp) {
  const IrNode *s = ir_node(g, src), *ix = ir_node(g, idx);
  ASSERT(ix->dtype == DT_I32 && s->rank >= ix->rank);
  for (int i = 0; i < ix->rank; i++) ASSERT(dim_eq(ix->shape[i], s->shape[i]));
  IrNode n = {0};
  n.op = OP_SCATTER_ADD;
  n.dtype = s->dtype;
  n.rank = s->rank - ix->rank + 1;
  n.shape[0] = rows;
  for (int i = ix->rank; i < s->rank; i++) n.shape[i - ix->rank + 1] = s->shape[i];
  n.span = sp;
  int32_t in[2] = {src, idx};
  return push(g, &n, in, 2);
}

int32_t ir_take(Graph *g, int32_t x, int32_t idx, int axis, Span sp) {
  const IrNode *t = ir_node(g, x), *ix = ir_node(g, idx);
  ASSERT(ix->dtype == DT_I32 && ix->rank == t->rank - 1 && axis >= 0 && axis < t->rank);
  for (int i = 0, j = 0; i < t->rank; i++)
    if (i != axis) ASSERT(dim_eq(t->shape[i], ix->shape[j++]));
  IrNode n = like(g, idx);
  n.op = OP_TAKE;
  n.dtype = t->dtype;
  n.axis = axis;
  n.span = sp;
  int32_t in[2] = {x, idx};
  return push(g, &n, in, 2);
}

int32_t ir_put_add(Graph *g, int32_t gsrc, int32_t idx, int axis, Dim axis_len, Span sp) {
  const IrNode *s = ir_node(g, gsrc), *ix = ir_node(g, idx);
  ASSERT(ir_same_shape(s, ix) && ix->dtype == DT_I32 && s->rank + 1 <= IR_MAX_RANK);
  ASSERT(axis >= 0 && axis <= s->rank);
  IrNode n = {0};
  n.op = OP_PUT_ADD;
  n.dtype = s->dtype;
  n.rank = s->rank + 1;
  n.axis = axis;
  for (int i = 0, j = 0; i < n.rank; i++) n.shape[i] = i == axis ? axis_len : s->shape[j++];
  n.span = sp;
  int32_t in[2] = {gsrc, idx};
  return push(g, &n, in, 2);
}

int32_t ir_stop_gradient(Graph *g, int32_t a, Span sp) {
  const IrNode *x = ir_node(g, a);
  if (!dtype_is_float(x->dtype) || x->nograd) return a;
  IrNode n;
  if (x->op == OP_PARAM) { /* a second param node of the same name would be a second parameter */
    n = like(g, a);
    n.op = OP_RESHAPE;
    n.nograd = true;
    n.span = sp;
    return push(g, &n, &a, 1);
  }
  if (op_class(x->op) == OC_LEAF) return a; /* const, input, iota, symdim, rand: no gradient */
  n = *x; /* the same computation, flagged; its users are the caller's */
  n.nograd = true;
  n.span = sp;
  return push(g, &n, x->in, x->nin); /* x->in lives in the arena: still valid while pushing */
}

int32_t ir_broadcast_to(Graph *g, int32_t a, int rank, const Dim *shape_in, Span sp) {
  /* shape_in may point into the node array, which the reshape below can move */
  Dim shape[IR_MAX_RANK];
  ASSERT(rank >= 0 && rank <= IR_MAX_RANK);
  if (rank) memcpy(shape, shape_in, sizeof(Dim) * (size_t)rank);
  const IrNode *x = ir_node(g, a);
  ASSERT(x->rank <= rank);
  if (x->rank < rank) {
    Dim s[IR_MAX_RANK];
    int pad = rank - x->rank;
    for (int i = 0; i < pad; i++) s[i] = dim_const(1);
    for (int i = 0; i < x->rank; i++) s[pad + i] = x->shape[i];
    a = ir_reshape(g, a, rank, s, sp);
  }
  return ir_expand(g, a, rank, shape, sp);
}

int32_t ir_squeeze_axes(Graph *g, int32_t a, uint32_t axes, Span sp) {
  const IrNode *x = ir_node(g, a);
  Dim s[IR_MAX_RANK];
  int r = 0;
  for (int i = 0; i < x->rank; i++)
    if (!(axes & (1u << i))) s[r++] = x->shape[i];
  return ir_reshape(g, a, r, s, sp);
}

void ir_add_output(Graph *g, const char *name, int32_t node) {
  IrOutput o = {arena_strdup(&g->arena, name), node};
  vec_push(&g->outputs, o);
}
