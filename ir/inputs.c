/* inputs.c — the input contract: what every backend (the reference
 * interpreter and the device plans alike) checks about the tensors a graph is
 * run with, before it allocates anything.
 *
 *   - every INPUT and PARAM leaf has a tensor of its name, of a compatible
 *     dtype (a float leaf takes any float tensor, an i32 leaf only i32) and of
 *     exactly the leaf's shape, its shape variables bound by name from the
 *     inputs' axes, the same value everywhere;
 *   - no input is given that the graph does not take, none twice;
 *   - every node's shape evaluates (no overflow, no negative size), and every
 *     slice or pad stays inside its operand (T = 65 > ctx in wpe[0:T]);
 *   - index inputs (the index operand of gather, take, scatter_add, put_add,
 *     traced back through movement ops to an INPUT) hold values inside the
 *     axis they index: a device kernel would read past its table otherwise.
 *
 * Messages name the file the tensors came from (TensorList.origin) and the
 * tensor. Names are cut in messages, so a hostile 1 MB name prints as its
 * first 64 bytes and "…(1048576 bytes)" (diag_cut). */
#include <string.h>

#include "interp.h"

/* Longest path printed whole in a message (names: DIAG_SHOWN). */
#define NAME_MAX_SHOWN DIAG_WORD_MAX

struct IrShapeMemo {
  int64_t vals[LLMC_MAX_SYMS];
  int nsyms;
  size_t nn;                     /* nodes + 1 the arrays hold */
  int64_t (*shape)[IR_MAX_RANK];
  bool *shaped;                  /* valid: the shapes of the nodes checked for vals */
  bool valid;
};

struct IrShapeMemo *ir_shape_memo_new(void) { return xcalloc(1, sizeof(struct IrShapeMemo)); }

void ir_shape_memo_free(struct IrShapeMemo *m) {
  if (!m) return;
  free(m->shape);
  free(m->shaped);
  free(m);
}

typedef struct Check {
  const Graph *g;
  const TensorList *inputs, *params;
  const IrContract *c;
  int64_t *vals;
  int64_t (*shape)[IR_MAX_RANK]; /* concrete shape of each checked node */
  bool *shaped;
  Diag *d;
} Check;

typedef struct Text {
  char s[NAME_MAX_SHOWN + DIAG_CUT_SIZE];
} Text;

/* A tensor name as printed: whole up to DIAG_SHOWN bytes, else cut
 * (diag_cut: the first DIAG_SHOWN bytes and "…(N bytes)"). */
static Text shown(const char *name) {
  Text t;
  char buf[DIAG_CUT_SIZE];
  snprintf(t.s, sizeof t.s, "%s", diag_cut(buf, name ? name : ""));
  return t;
}

/* A path as printed: whole up to NAME_MAX_SHOWN bytes, else cut. */
static Text shown_path(const char *path) {
  Text t;
  char buf[DIAG_CUT_SIZE];
  snprintf(t.s, sizeof t.s, "%s", strlen(path) > NAME_MAX_SHOWN ? diag_cut(buf, path) : path);
  return t;
}

/* "FILE: " for a list read from a file, "" otherwise. */
static Text file_of(const TensorList *l) {
  Text t;
  t.s[0] = 0;
  if (l && l->origin) {
    Text p = shown_path(l->origin);
    size_t n = strlen(p.s);
    if (n + 3 > sizeof t.s) n = sizeof t.s - 3; /* cannot happen: shown_path cuts */
    memcpy(t.s, p.s, n);
    memcpy(t.s + n, ": ", 3);
  }
  return t;
}


static int single_var(Dim d) {
  if (d.bad || d.n != 1 || d.m[0].coef != 1 || d.m[0].nv != 1) return -1;
  return d.m[0].v[0];
}

static bool is_leaf(const IrNode *n) { return n->op == OP_INPUT || n->op == OP_PARAM; }
static bool held(const Check *k, int32_t id) { return k->c && k->c->held && k->c->held[id]; }
static bool live(const Check *k, int32_t id) { return !k->c || !k->c->live || k->c->live[id]; }
static const TensorList *list_of(const Check *k, const IrNode *n) { return n->op == OP_INPUT ? k->inputs : k->params; }

bool ir_bind_dims(const Graph *g, const TensorList *inputs, int64_t *vals, Diag *d) {
  int ns = g->syms.n;
  /* where sym i was bound: the input's node and tensor, and the axis */
  const IrNode **from = xcalloc((size_t)ns + 1, sizeof *from);
  const Tensor **from_t = xcalloc((size_t)ns + 1, sizeof *from_t);
  int *from_axis = xcalloc((size_t)ns + 1, sizeof *from_axis);
  for (int i = 0; i < ns; i++) vals[i] = -1;
  bool ok = true;
  const char *f = file_of(inputs).s[0] ? inputs->origin : NULL;
  for (int32_t id = 0; id < g->nodes.n; id++) {
    const IrNode *n = &g->nodes.v[id];
    if (n->op != OP_INPUT || !n->name) continue;
    const Tensor *t = inputs ? tl_find(inputs, n->name) : NULL;
    if (!t) continue; /* ir_check_inputs reports missing inputs */
    if (t->rank != n->rank) {
      StrBuf ty = {0};
      ir_print_type(&ty, g, n);
      diag_plain(d, "%s%sinput '%s': expected %s (rank %d), got %s%s (rank %d)", f ? shown_path(f).s : "", f ? ": " : "",
                 shown(n->name).s, sb_cstr(&ty), n->rank, dtype_name(t->dtype), tensor_shape_str(t->rank, t->shape).s, t->rank);
      sb_free(&ty);
      ok = false;
      continue;
    }
    for (int a = 0; a < n->rank; a++) {
      if (t->shape[a] < 0) {
        diag_plain(d, "%s%sinput '%s': axis %d has negative size %lld", f ? shown_path(f).s : "", f ? ": " : "",
                   shown(n->name).s, a, (long long)t->shape[a]);
        ok = false;
        continue;
      }
      int v = single_var(n->shape[a]);
      if (v < 0 || v >= ns) continue;
      if (vals[v] < 0) {
        vals[v] = t->shape[a];
        from[v] = n;
        from_t[v] = t;
        from_axis[v] = a;
      } else if (vals[v] != t->shape[a]) {
        diag_plain(d, "%s%sinput '%s': %s = %lld (axis %d of %s%s), but input '%s' gave %s = %lld (axis %d of %s%s)",
                   f ? shown_path(f).s : "", f ? ": " : "", shown(n->name).s, g->syms.v[v], (long long)t->shape[a], a,
                   dtype_name(t->dtype), tensor_shape_str(t->rank, t->shape).s, shown(from[v]->name).s, g->syms.v[v],
                   (long long)vals[v], from_axis[v], dtype_name(from_t[v]->dtype),
                   tensor_shape_str(from_t[v]->rank, from_t[v]->shape).s);
        ok = false;
      }
    }
  }
  free(from);
  free(from_t);
  free(from_axis);
  return ok;
}

/* Every leaf the run reads has a tensor. */
static bool check_present(const Check *k) {
  bool ok = true;
  for (int32_t id = 0; id < k->g->nodes.n; id++) {
    const IrNode *n = &k->g->nodes.v[id];
    if (!is_leaf(n) || held(k, id) || !n->name || tl_find(list_of(k, n), n->name)) continue;
    StrBuf ty = {0};
    ir_print_type(&ty, k->g, n);
    diag_plain(k->d, "%smissing %s '%s' (%s)", file_of(list_of(k, n)).s, n->op == OP_INPUT ? "input" : "param",
               shown(n->name).s, sb_cstr(&ty));
    sb_free(&ty);
    ok = false;
  }
  return ok;
}

/* Shape variables no input binds take the plan's values (when it was built
 * for fixed shapes); otherwise the run cannot be sized. */
static bool bind_rest(const Check *k) {
  bool ok = true;
  for (int v = 0; v < k->g->syms.n; v++) {
    if (k->vals[v] >= 0) continue;
    if (k->c && k->c->sym_val) {
      k->vals[v] = k->c->sym_val[v];
      continue;
    }
    diag_plain(k->d, "no input gives the size %s", k->g->syms.v[v]);
    ok = false;
  }
  return ok;
}

/* The concrete shape of node id; reports a negative or overflowing dim as
 * "node %3 (slice): dim 0 = T - 5 is negative (-2)". */
static bool shape_node(const Check *k, int32_t id) {
  if (k->shaped[id]) return true; /* a node's shape depends on vals alone */
  const IrNode *n = &k->g->nodes.v[id];
  uint64_t total = 1;
  for (int i = 0; i < n->rank; i++) {
    int64_t v = 0;
    bool ok = !n->shape[i].bad && dim_value(n->shape[i], k->vals, &v);
    if (ok && v >= 0 && (!v || total <= UINT64_MAX / (uint64_t)v / 8)) {
      total *= (uint64_t)v;
      k->shape[id][i] = v;
      continue;
    }
    StrBuf b = {0};
    dim_print(&b, n->shape[i], (const char *const *)k->g->syms.v);
    diag_plain(k->d, "node %%%d (%s)%s%s%s: dim %d = %s %s (%lld)", id, op_name(n->op), n->name ? " '" : "",
               n->name ? shown(n->name).s : "", n->name ? "'" : "", i, sb_cstr(&b),
               !ok ? "overflows" : v < 0 ? "is negative" : "makes the tensor too large", (long long)v);
    sb_free(&b);
    return false;
  }
  k->shaped[id] = true;
  return true;
}

/* Each leaf's tensor: a compatible dtype and exactly the leaf's shape. */
static bool check_leaves(const Check *k) {
  bool ok = true;
  for (int32_t id = 0; id < k->g->nodes.n; id++) {
    const IrNode *n = &k->g->nodes.v[id];
    if (!is_leaf(n)) continue;
    if (!shape_node(k, id)) {
      ok = false;
      continue;
    }
    const Tensor *t = held(k, id) ? NULL : tl_find(list_of(k, n), n->name);
    if (!t) continue;
    bool same = t->rank == n->rank;
    for (int i = 0; same && i < n->rank; i++) same = t->shape[i] == k->shape[id][i];
    if (same && (n->dtype == DT_I32) == (t->dtype == DT_I32)) continue;
    StrBuf ty = {0};
    ir_print_type(&ty, k->g, n);
    bool symbolic = false;
    for (int i = 0; i < n->rank; i++) symbolic |= !dim_is_const(n->shape[i], NULL);
    diag_plain(k->d, "%s%s '%s': expected %s%s%s, got %s%s", file_of(list_of(k, n)).s,
               n->op == OP_INPUT ? "input" : "param", shown(n->name).s, sb_cstr(&ty), symbolic ? " = " : "",
               symbolic ? tensor_shape_str(n->rank, k->shape[id]).s : "", dtype_name(t->dtype),
               tensor_shape_str(t->rank, t->shape).s);
    sb_free(&ty);
    ok = false;
  }
  return ok;
}

/* Every given input is one the graph takes, and given once. */
static bool check_extra(const Check *k) {
  const TensorList *l = k->inputs;
  const Graph *g = k->g;
  bool ok = true;
  for (int i = 0; l && i < l->v.n; i++) {
    const Tensor *t = l->v.v[i];
    if (!t->name) {
      diag_plain(k->d, "%sinput #%d has no name", file_of(l).s, i);
      ok = false;
      continue;
    }
    if (tl_find(l, t->name) != t) {
      diag_plain(k->d, "%sinput '%s' is given twice", file_of(l).s, shown(t->name).s);
      ok = false;
      continue;
    }
    bool used = false;
    for (int32_t id = 0; id < g->nodes.n && !used; id++)
      used = g->nodes.v[id].op == OP_INPUT && !strcmp(g->nodes.v[id].name, t->name);
    if (used) continue;
    StrBuf b = {0};
    for (int32_t id = 0; id < g->nodes.n; id++)
      if (g->nodes.v[id].op == OP_INPUT) sb_printf(&b, "%s'%s'", b.len ? ", " : "", shown(g->nodes.v[id].name).s);
    diag_plain(k->d, "%sunexpected input '%s': graph %s takes %s", file_of(l).s, shown(t->name).s,
               g->entry ? g->entry : "main", b.len ? sb_cstr(&b) : "no inputs");
    sb_free(&b);
    ok = false;
  }
  return ok;
}

/* The named leaf a value comes from through movement ops and casts, or -1. */
static int32_t leaf_of(const Graph *g, int32_t id) {
  for (int hops = 0; hops < 256; hops++) {
    const IrNode *n = &g->nodes.v[id];
    if (is_leaf(n)) return id;
    bool through = n->nin == 1 && (op_class(n->op) == OC_MOVE || n->op == OP_CAST) && n->op != OP_PAD;
    if (!through) return -1;
    id = n->in[0];
  }
  return -1;
}

/* A slice's (or pad's) positions start + i*step, i < len, inside [0, size). */
static bool check_slice(const Check *k, int32_t id) {
  const IrNode *n = &k->g->nodes.v[id];
  int32_t x = n->in[0];
  if (!n->slice || !k->shaped[x] || k->g->nodes.v[x].rank != n->rank) return true; /* the backends report it */
  const int64_t *len = n->op == OP_SLICE ? k->shape[id] : k->shape[x];
  const int64_t *size = n->op == OP_SLICE ? k->shape[x] : k->shape[id];
  for (int i = 0; i < n->rank; i++) {
    int64_t start, step = n->slice->step[i], last;
    if (len[i] == 0) continue;
    bool ok = dim_value(n->slice->start[i], k->vals, &start) && !__builtin_mul_overflow(len[i] - 1, step, &last) &&
              !__builtin_add_overflow(last, start, &last) && start >= 0 && start < size[i] && last >= 0 &&
              last < size[i];
    if (ok) continue;
    int32_t from = leaf_of(k->g, x);
    StrBuf b = {0};
    dim_print(&b, n->slice->start[i], (const char *const *)k->g->syms.v);
    StrBuf sizes = {0};
    for (int v = 0; v < k->g->syms.n; v++) sb_printf(&sizes, "%s%s = %lld", v ? ", " : "", k->g->syms.v[v], (long long)k->vals[v]);
    diag_plain(k->d,
               "%snode %%%d (%s): axis %d: %lld elements from %s step %lld fall outside [0, %lld) of %s%s%s: the "
               "inputs (%s) are larger than the model allows",
               file_of(k->inputs).s, id, op_name(n->op), i, (long long)len[i], sb_cstr(&b), (long long)step,
               (long long)size[i], from >= 0 ? "'" : "a value", from >= 0 ? shown(k->g->nodes.v[from].name).s : "",
               from >= 0 ? "'" : "", sb_cstr(&sizes));
    sb_free(&sizes);
    sb_free(&b);
    return false;
  }
  return true;
}

/* The axis an index op's indices select along, and its size. */
static int64_t index_bound(const Check *k, const IrNode *n, int32_t id, int *axis) {
  switch (n->op) {
  case OP_GATHER: *axis = 0; return k->shape[n->in[0]][0];
  case OP_SCATTER_ADD: *axis = 0; return k->shape[id][0];
  case OP_TAKE: *axis = n->axis; return k->shape[n->in[0]][n->axis];
  case OP_PUT_ADD: *axis = n->axis; return k->shape[id][n->axis];
  default: return -1;
  }
}

/* Index values that come from an input lie inside the axis they index. */
static bool check_index(const Check *k, int32_t id) {
  const IrNode *n = &k->g->nodes.v[id];
  int32_t src = leaf_of(k->g, n->in[1]);
  if (src < 0 || k->g->nodes.v[src].op != OP_INPUT || held(k, src)) return true;
  const IrNode *leaf = &k->g->nodes.v[src];
  const Tensor *t = tl_find(k->inputs, leaf->name);
  int axis = 0;
  int32_t big = n->op == OP_GATHER || n->op == OP_TAKE ? n->in[0] : id;
  if (!t || t->dtype != DT_I32 || !k->shaped[big] || (n->op != OP_GATHER && n->op != OP_SCATTER_ADD &&
                                                      (n->axis < 0 || n->axis >= k->g->nodes.v[big].rank)))
    return true;
  int64_t size = index_bound(k, n, id, &axis), ne = tensor_numel(t);
  const int32_t *v = t->data;
  for (int64_t i = 0; i < ne; i++) {
    if (v[i] >= 0 && v[i] < size) continue;
    int64_t ix[IR_MAX_RANK], r = i;
    for (int a = t->rank - 1; a >= 0; a--) {
      ix[a] = t->shape[a] ? r % t->shape[a] : 0;
      r = t->shape[a] ? r / t->shape[a] : 0;
    }
    int32_t table = leaf_of(k->g, big);
    diag_plain(k->d,
               "%snode %%%d (%s): index %d at %s of input '%s' is out of range for axis %d of %s%s%s of size %lld: "
               "valid indices are [0, %lld)",
               file_of(k->inputs).s, id, op_name(n->op), v[i], tensor_shape_str(t->rank, ix).s, shown(leaf->name).s, axis,
               table >= 0 ? "'" : "", table >= 0 ? shown(k->g->nodes.v[table].name).s : "a value",
               table >= 0 ? "'" : "", (long long)size, (long long)size);
    return false;
  }
  return true;
}

/* Shapes, slices and index inputs of the nodes that run. */
static bool check_nodes(const Check *k) {
  for (int32_t id = 0; id < k->g->nodes.n; id++) {
    const IrNode *n = &k->g->nodes.v[id];
    if (!live(k, id) || is_leaf(n)) continue;
    if (!shape_node(k, id)) return false;
    if ((n->op == OP_SLICE || n->op == OP_PAD) && !check_slice(k, id)) return false;
    if (op_class(n->op) == OC_GATHER && n->nin == 2 && !check_index(k, id)) return false;
  }
  return true;
}

bool ir_check_inputs(const Graph *g, const TensorList *inputs, const TensorList *params, const IrContract *c,
                     int64_t *vals, Diag *d) {
  static const TensorList none = {0};
  size_t nn = (size_t)g->nodes.n + 1;
  struct IrShapeMemo *m = c ? c->memo : NULL;
  Check k = {.g = g, .inputs = inputs ? inputs : &none, .params = params ? params : &none, .c = c, .vals = vals, .d = d};
  if (m && m->nn != nn) {
    free(m->shape);
    free(m->shaped);
    m->shape = xcalloc(nn, sizeof(int64_t[IR_MAX_RANK]));
    m->shaped = xcalloc(nn, sizeof(bool));
    m->nn = nn;
    m->valid = false;
  }
  k.shape = m ? m->shape : xcalloc(nn, sizeof(int64_t[IR_MAX_RANK]));
  k.shaped = m ? m->shaped : xcalloc(nn, sizeof(bool));
  /* each step needs the one before: report the first kind of fault found */
  bool ok = ir_bind_dims(g, k.inputs, vals, d);
  ok = ok && check_present(&k);
  ok = ok && bind_rest(&k);
  /* every shape variable bound: the memo's shapes hold for the same values only */
  if (m && ok && (!m->valid || m->nsyms != g->syms.n || memcmp(m->vals, vals, sizeof(int64_t) * (size_t)g->syms.n))) {
    memset(m->shaped, 0, nn * sizeof(bool));
    m->valid = false;
  }
  ok = ok && check_leaves(&k);
  ok = check_extra(&k) && ok;
  ok = ok && check_nodes(&k);
  if (m) { /* kept for the next check with the same values */
    m->valid = ok;
    m->nsyms = g->syms.n;
    memcpy(m->vals, vals, sizeof(int64_t) * (size_t)g->syms.n);
    if (!ok) memset(m->shaped, 0, nn * sizeof(bool));
  } else {
    free(k.shape);
    free(k.shaped);
  }
  return ok;
}
