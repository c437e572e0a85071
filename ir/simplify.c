/* simplify.c — constant folding, common-subexpression elimination, dead-code
 * elimination and algebraic identities (x*1, x+0, x-0, x/1, --x, permute of
 * permute, reshape of reshape, expand of expand). The pass copies the graph:
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

/* ---- folding ---------------------------------------------------------------- */

static bool is_const(const Graph *g, int32_t id, double *v) {
  const IrNode *n = ir_node(g, id);
  if (n->op != OP_CONST) return false;
  if (v) *v = n->f;
  return true;
}

static double fold1(OpKind op, double x, DType dt) {
  switch (op) {
  case OP_NEG: return -x;
  case OP_EXP: return exp(x);
  case OP_LOG: return log(x);
  case OP_SQRT: return sqrt(x);
  case OP_RSQRT: return 1.0 / sqrt(x);
  case OP_ABS: return fabs(x);
  case OP_SIN: return sin(x);
  case OP_COS: return cos(x);
  case OP_TANH: return tanh(x);
  case OP_SIGMOID: return 1.0 / (1.0 + exp(-x));
  case OP_RELU: return x > 0 ? x : 0;
  case OP_GELU: return 0.5 * x * (1.0 + tanh(0.7978845608028654 * (x + 0.044715 * x * x * x)));
  case OP_GELU_ERF: return 0.5 * x * (1.0 + erf(x / sqrt(2.0)));
  case OP_SILU: return x / (1.0 + exp(-x));
  case OP_ERF: return erf(x);
  case OP_CAST: return dt == DT_I32 ? trunc(x) : x;
  default: UNREACHABLE();
  }
}

static bool fold2(OpKind op, double a, double b, DType dt, double *r) {
  switch (op) {
  case OP_ADD: *r = a + b; break;
  case OP_SUB: *r = a - b; break;
  case OP_MUL: *r = a * b; break;
  case OP_DIV:
    if (dt == DT_I32) return false; /* integer division semantics stay with the runtime */
    *r = a / b;
    break;
  case OP_POW: *r = pow(a, b); break;
  case OP_MAX: *r = a > b ? a : b; break;
  case OP_MIN: *r = a < b ? a : b; break;
  case OP_EQ: *r = a == b; break;
  case OP_NE: *r = a != b; break;
  case OP_LT: *r = a < b; break;
  case OP_LE: *r = a <= b; break;
  case OP_GT: *r = a > b; break;
  case OP_GE: *r = a >= b; break;
  default: return false;
  }
  if (dt == DT_I32 && (*r > 2147483647.0 || *r < -2147483648.0)) return false;
  return true;
}

/* Rewrites one node (already remapped operands in `in`) onto dst. */
static int32_t rewrite(Simp *s, const IrNode *n, const int32_t *in) {
  Graph *g = s->dst;
  Span sp = n->span;
  double a = 0, b = 0;
  switch (op_class(n->op)) {
  case OC_UNARY:
    if (is_const(g, in[0], &a)) {
      double r = fold1(n->op, a, n->dtype);
      if (isfinite(r) || !isfinite(a)) return ir_const(g, r, n->dtype, n->rank, n->shape, sp);
    }
    if (n->op == OP_NEG && ir_node(g, in[0])->op == OP_NEG) return ir_node(g, in[0])->in[0];
    if (n->op == OP_CAST) return ir_cast(g, in[0], n->dtype, sp);
    return ir_unary(g, n->op, in[0], sp);
  case OC_BINARY: {
    bool ca = is_const(g, in[0], &a), cb = is_const(g, in[1], &b);
    double r;
    if (ca && cb && fold2(n->op, a, b, ir_node(g, in[0])->dtype, &r)) return ir_const(g, r, n->dtype, n->rank, n->shape, sp);
    if (n->op == OP_MUL && cb && b == 1.0) return in[0];
    if (n->op == OP_MUL && ca && a == 1.0) return in[1];
    if (n->op == OP_ADD && cb && b == 0.0) return in[0];
    if (n->op == OP_ADD && ca && a == 0.0) return in[1];
    if (n->op == OP_SUB && cb && b == 0.0) return in[0];
    if (n->op == OP_DIV && cb && b == 1.0) return in[0];
    if (n->op == OP_POW && cb && b == 1.0) return in[0];
    return ir_binary(g, n->op, in[0], in[1], sp);
  }
  default: break;
  }
  switch (n->op) {
  case OP_PARAM: return ir_param(g, n->name, n->dtype, n->rank, n->shape, sp);
  case OP_INPUT: return ir_input(g, n->name, n->dtype, n->rank, n->shape, sp);
  case OP_CONST: return ir_const(g, n->f, n->dtype, n->rank, n->shape, sp);
  case OP_IOTA: return ir_iota(g, n->dtype, n->rank, n->shape, n->axis, sp);
  case OP_SYMDIM: return ir_symdim(g, n->dimval, n->dtype, sp);
  case OP_RAND: return ir_rand(g, n->rank, n->shape, n->axis, sp);
  case OP_WHERE: {
    double c;
    if (is_const(g, in[0], &c)) return c != 0 ? in[1] : in[2];
    if (in[1] == in[2]) return in[1];
    return ir_where(g, in[0], in[1], in[2], sp);
  }
  case OP_RSUM: case OP_RMAX: case OP_RMIN: case OP_ARGMAX:
    return ir_reduce(g, n->op, in[0], n->axes, sp);
  case OP_MATMUL: return ir_matmul(g, in[0], in[1], sp);
  case OP_RESHAPE: {
    const IrNode *x = ir_node(g, in[0]);
    if (x->op == OP_CONST) return ir_const(g, x->f, n->dtype, n->rank, n->shape, sp);
    int32_t src = x->op == OP_RESHAPE ? x->in[0] : in[0];
    return ir_reshape(g, src, n->rank, n->shape, sp);
  }
  case OP_PERMUTE: {
    const IrNode *x = ir_node(g, in[0]);
    int perm[IR_MAX_RANK];
    if (x->op == OP_PERMUTE) { /* out[i] = x[perm[i]] = src[xperm[perm[i]]] */
      for (int i = 0; i < n->rank; i++) perm[i] = x->perm[n->perm[i]];
      return ir_permute(g, x->in[0], perm, sp);
    }
    for (int i = 0; i < n->rank; i++) perm[i] = n->perm[i];
    return ir_permute(g, in[0], perm, sp);
  }
  case OP_EXPAND: {
    const IrNode *x = ir_node(g, in[0]);
    if (x->op == OP_CONST) return ir_const(g, x->f, n->dtype, n->rank, n->shape, sp);
    int32_t src = x->op == OP_EXPAND ? x->in[0] : in[0];
    return ir_expand(g, src, n->rank, n->shape, sp);
  }
  case OP_SLICE: {
    const IrNode *x = ir_node(g, in[0]);
    if (x->op == OP_CONST) return ir_const(g, x->f, n->dtype, n->rank, n->shape, sp);
    return ir_slice(g, in[0], n->slice->start, n->slice->step, n->shape, sp);
  }
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
    int32_t r = rewrite(&s, x, ins);
    if (ins != in) free(ins);
    s.map[i] = cse(&s, r);
  }
  for (int i = 0; i < g->outputs.n; i++) ir_add_output(s.dst, g->outputs.v[i].name, s.map[g->outputs.v[i].node]);
  free(live);
  free(s.map);
  free(s.table);
  return s.dst;
}

Graph *ir_simplify(const Graph *g) {
  /* rewriting can strand nodes (a folded operand), so a second copy drops them */
  Graph *a = copy_live(g);
  Graph *b = copy_live(a);
  ir_graph_free(a);
  return b;
}
