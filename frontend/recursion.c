/* recursion.c — calls and instantiations that always recur, found once before
 * any module is instantiated (issue 15).
 *
 * The checker is an abstract interpreter, so a function that calls itself (or
 * a module that contains itself), directly or through others, used to run
 * until a limit stopped it: 64 nested calls, or 50,000 calls in all when the
 * recursion branches (`f(x) + f(x)`), at a cost of 0.2 s and 230 MB for a
 * one-line program. The only conditional of the language is the compile-time
 * `if` (LANGUAGE.md 3), so a cycle of calls none of which sits under an `if`
 * can never end, whatever the arguments: it is reported here, with the chain
 * ("recursive call: f -> g -> f"), and the definitions on it are then never
 * run (fe_is_recursive). A recursion that an `if` may stop (`if n > 0 { sub =
 * Tower(n - 1) }`) is legal and left to the checker, whose limits remain.
 *
 * The graph: one vertex per body resolve.c resolved (functions, methods,
 * modules, the model). An edge is a call whose callee is a name that the
 * static scopes bind to a function (globals) or to a method declared once at
 * the top of the same module, or a member `name = M(...)` / `repeat(n) M(...)`
 * whose M the module's scope leaves to a global module. Only calls that run
 * whenever the body runs count: statements before the first `return`, outside
 * the branches of an `if` (but inside the branch of one whose condition is a
 * literal, `if true`), and not after an `if` whose branches may return.
 * Defaults of parameters (evaluated only when an argument is missing) and type
 * annotations are not followed. Cycles are the strongly connected components
 * (Tarjan's algorithm, iterative: the graph of a large program may be deep). */
#include <stdlib.h>
#include <string.h>

#include "sema.h"

#define REC_MAX_DEPTH 256

typedef struct REdge {
  int from, to;
  Span call;
} REdge;

typedef struct RGraph {
  Sema *s;
  const StaticDef *defs; /* s->statics */
  int n;
  const StaticDef **by_node; /* sorted by def pointer */
  VEC(REdge) edges;
} RGraph;

static int cmp_def_ptr(const void *a, const void *b) {
  uintptr_t x = (uintptr_t)(*(const StaticDef *const *)a)->def, y = (uintptr_t)(*(const StaticDef *const *)b)->def;
  return x < y ? -1 : x > y;
}

static int def_index(const RGraph *g, const Node *def) {
  StaticDef key = {def, NULL, NULL};
  const StaticDef *kp = &key;
  const StaticDef **f = bsearch(&kp, g->by_node, (size_t)g->n, sizeof *g->by_node, cmp_def_ptr);
  return f ? (int)(*f - g->defs) : -1;
}

static void add_edge(RGraph *g, int from, int to, Span call) {
  if (to >= 0) vec_push(&g->edges, ((REdge){from, to, call}));
}

/* The value of a condition made of literals only (`true`, `1 < 2`), else false. */
static bool fold(const Node *n, int64_t *out, int depth) {
  if (!n || depth > REC_MAX_DEPTH) return false;
  int64_t a, b;
  switch (n->kind) {
  case N_BOOL: *out = n->ival != 0; return true;
  case N_NUM:
    if (!n->is_int) return false;
    *out = n->ival;
    return true;
  case N_UNARY:
    if (!fold(n->a, &a, depth + 1) || a == INT64_MIN) return false;
    *out = -a;
    return true;
  case N_BINARY:
    if (!fold(n->a, &a, depth + 1) || !fold(n->b, &b, depth + 1)) return false;
    switch (n->op) {
    case AOP_ADD: return !__builtin_add_overflow(a, b, out);
    case AOP_SUB: return !__builtin_sub_overflow(a, b, out);
    case AOP_MUL: return !__builtin_mul_overflow(a, b, out);
    case AOP_EQ: *out = a == b; return true;
    case AOP_NE: *out = a != b; return true;
    case AOP_LT: *out = a < b; return true;
    case AOP_LE: *out = a <= b; return true;
    case AOP_GT: *out = a > b; return true;
    case AOP_GE: *out = a >= b; return true;
    default: return false;
    }
  default: return false;
  }
}

typedef struct RecWalk {
  RGraph *g;
  int from, depth;
} RecWalk;

static void walk_expr(RGraph *g, int from, const Node *n, int depth);
static void walk_sub(const Node *n, void *ctx) {
  const RecWalk *w = ctx;
  walk_expr(w->g, w->from, n, w->depth + 1);
}

/* Every call in an expression (all its parts are evaluated). */
static void walk_expr(RGraph *g, int from, const Node *n, int depth) {
  if (!n || depth > REC_MAX_DEPTH) return;
  if (n->kind == N_CALL && n->a && n->a->kind == N_IDENT) {
    Binding *b = fe_scope_find(g->defs[from].sc, n->a->name);
    if (b && b->v.k == V_FN && b->v.node) add_edge(g, from, def_index(g, b->v.node), n->span);
  }
  ast_each_subexpr(n, walk_sub, &(RecWalk){g, from, depth});
}

static bool has_return(const NodeList *l, int depth) {
  if (depth > REC_MAX_DEPTH) return true;
  for (int i = 0; i < l->n; i++) {
    const Node *st = l->v[i];
    if (!st) continue;
    if (st->kind == N_RETURN) return true;
    if (st->kind == N_IF && (has_return(&st->list, depth + 1) || has_return(&st->list2, depth + 1))) return true;
  }
  return false;
}

/* A function body: returns true where the walk stops (a `return`, or an `if`
 * that may return, after which nothing runs for sure). */
static bool walk_fn_stmts(RGraph *g, int from, const NodeList *l, int depth) {
  if (depth > REC_MAX_DEPTH) return true;
  for (int i = 0; i < l->n; i++) {
    const Node *st = l->v[i];
    if (!st) continue;
    switch (st->kind) {
    case N_ASSIGN:
      if (st->a && st->a->kind != N_PARAM && st->a->kind != N_REPEAT) walk_expr(g, from, st->a, 0);
      break;
    case N_RETURN: walk_expr(g, from, st->a, 0); return true;
    case N_IF: {
      walk_expr(g, from, st->a, 0);
      int64_t c;
      if (fold(st->a, &c, 0)) {
        if (walk_fn_stmts(g, from, c ? &st->list : &st->list2, depth + 1)) return true;
      } else if (has_return(&st->list, depth + 1) || has_return(&st->list2, depth + 1)) {
        return true;
      }
      break;
    }
    default: break;
    }
  }
  return false;
}

/* A module body: its members `name = M(...)` and `name = repeat(n) M(...)`. */
static void walk_module_stmts(RGraph *g, int from, const NodeList *l, int depth) {
  if (depth > REC_MAX_DEPTH) return;
  for (int i = 0; i < l->n; i++) {
    const Node *st = l->v[i];
    if (!st) continue;
    if (st->kind == N_IF) {
      int64_t c;
      if (fold(st->a, &c, 0)) walk_module_stmts(g, from, c ? &st->list : &st->list2, depth + 1);
      continue;
    }
    if (st->kind != N_ASSIGN || !st->a || st->list.n != 1) continue;
    const Node *call = st->a->kind == N_REPEAT ? st->a->b : st->a;
    if (!call || call->kind != N_CALL || !call->a || call->a->kind != N_IDENT) continue;
    Binding *b = fe_scope_find(g->defs[from].sc, call->a->name);
    if (b && b->v.k == V_MODDEF && b->v.node) add_edge(g, from, def_index(g, b->v.node), call->span);
  }
}

static int cmp_edge(const void *a, const void *b) {
  const REdge *x = a, *y = b;
  if (x->from != y->from) return x->from < y->from ? -1 : 1;
  return x->call.start < y->call.start ? -1 : x->call.start > y->call.start;
}

/* "f", "Block.forward" or "Block" */
static const char *label(const RGraph *g, int v) {
  const StaticDef *d = &g->defs[v];
  if (d->module) return arena_printf(g->s->a, "%s.%s", d->module->name, d->def->name);
  return d->def->name;
}

/* Reports the cycle of one component through its first vertex `start` (the
 * shortest one, by breadth-first search inside the component). */
static void report_cycle(RGraph *g, const int *off, const int *comp, int start) {
  int n = g->n, *prev_edge = xmalloc(sizeof(int) * (size_t)n), *queue = xmalloc(sizeof(int) * (size_t)n);
  for (int i = 0; i < n; i++) prev_edge[i] = -1;
  int head = 0, tail = 0, closing = -1;
  queue[tail++] = start;
  while (head < tail && closing < 0) {
    int u = queue[head++];
    for (int e = off[u]; e < off[u + 1]; e++) {
      int v = g->edges.v[e].to;
      if (v == start) {
        closing = e;
        break;
      }
      if (comp[v] != comp[start] || prev_edge[v] >= 0) continue;
      prev_edge[v] = e;
      queue[tail++] = v;
    }
  }
  if (closing >= 0) {
    /* the path start -> ... -> u, then u -> start */
    int len = 1;
    for (int v = g->edges.v[closing].from; v != start; v = g->edges.v[prev_edge[v]].from) len++;
    int *path = xmalloc(sizeof(int) * (size_t)len);
    path[len - 1] = closing;
    for (int v = g->edges.v[closing].from, k = len - 2; v != start; v = g->edges.v[prev_edge[v]].from)
      path[k--] = prev_edge[v];
    bool mod = g->defs[start].def->kind != N_FN;
    StrBuf b = {0};
    sb_puts(&b, label(g, start));
    for (int k = 0; k < len; k++) {
      sb_puts(&b, " -> ");
      sb_puts(&b, label(g, g->edges.v[path[k]].to));
    }
    const REdge *first = &g->edges.v[path[0]];
    if (mod)
      fe_error(g->s, first->call, "recursive instantiation: %s (a module cannot contain itself without a "
                                  "compile-time 'if' to stop it)", sb_cstr(&b));
    else
      fe_error(g->s, first->call, "recursive call: %s (without a compile-time 'if' to stop it, it never ends)",
               sb_cstr(&b));
    for (int k = 1; k < len && k <= 4; k++) {
      const REdge *e = &g->edges.v[path[k]];
      diag_note(g->s->d, e->call, "%s %s %s here", label(g, e->from), mod ? "instantiates" : "calls", label(g, e->to));
    }
    sb_free(&b);
    free(path);
  }
  free(prev_edge);
  free(queue);
}

static int cmp_ptr(const void *a, const void *b) {
  uintptr_t x = (uintptr_t) * (const Node *const *)a, y = (uintptr_t) * (const Node *const *)b;
  return x < y ? -1 : x > y;
}

void fe_check_recursion(Sema *s) {
  RGraph G = {.s = s, .defs = s->statics.v, .n = s->statics.n}, *g = &G;
  int n = g->n;
  if (!n) return;
  g->by_node = xmalloc(sizeof *g->by_node * (size_t)n);
  for (int i = 0; i < n; i++) g->by_node[i] = &g->defs[i];
  qsort(g->by_node, (size_t)n, sizeof *g->by_node, cmp_def_ptr);
  for (int i = 0; i < n; i++) {
    const Node *d = g->defs[i].def;
    if (d->kind == N_FN) walk_fn_stmts(g, i, &d->list, 0);
    else walk_module_stmts(g, i, &d->list, 0);
  }
  if (!g->edges.n) {
    free(g->by_node);
    return;
  }
  qsort(g->edges.v, (size_t)g->edges.n, sizeof *g->edges.v, cmp_edge);
  int *off = xcalloc((size_t)n + 1, sizeof(int));
  for (int e = 0; e < g->edges.n; e++) off[g->edges.v[e].from + 1]++;
  for (int i = 0; i < n; i++) off[i + 1] += off[i];

  /* Tarjan's strongly connected components, with an explicit stack. */
  int *index = xmalloc(sizeof(int) * (size_t)n), *low = xmalloc(sizeof(int) * (size_t)n);
  int *comp = xmalloc(sizeof(int) * (size_t)n), *stack = xmalloc(sizeof(int) * (size_t)n);
  int *call_v = xmalloc(sizeof(int) * (size_t)n), *call_e = xmalloc(sizeof(int) * (size_t)n);
  bool *on_stack = xcalloc((size_t)n, sizeof(bool));
  for (int i = 0; i < n; i++) index[i] = comp[i] = -1;
  int next_index = 0, sp = 0, ncomp = 0;
  for (int root = 0; root < n; root++) {
    if (index[root] >= 0) continue;
    int depth = 0;
    call_v[0] = root;
    call_e[0] = off[root];
    index[root] = low[root] = next_index++;
    stack[sp++] = root;
    on_stack[root] = true;
    while (depth >= 0) {
      int v = call_v[depth];
      if (call_e[depth] < off[v + 1]) {
        int w = g->edges.v[call_e[depth]++].to;
        if (index[w] < 0) {
          index[w] = low[w] = next_index++;
          stack[sp++] = w;
          on_stack[w] = true;
          depth++;
          call_v[depth] = w;
          call_e[depth] = off[w];
        } else if (on_stack[w] && index[w] < low[v]) {
          low[v] = index[w];
        }
        continue;
      }
      if (low[v] == index[v]) {
        int w;
        do {
          w = stack[--sp];
          on_stack[w] = false;
          comp[w] = ncomp;
        } while (w != v);
        ncomp++;
      }
      depth--;
      if (depth >= 0 && low[v] < low[call_v[depth]]) low[call_v[depth]] = low[v];
    }
  }

  /* A component is a cycle when it has two vertices or a vertex calls itself;
   * each is reported once, from its first vertex in the main file, else in
 * item order. */
  int *first = xmalloc(sizeof(int) * (size_t)ncomp), *size = xcalloc((size_t)ncomp, sizeof(int));
  for (int c = 0; c < ncomp; c++) first[c] = -1;
  uint32_t main_file = s->prog->files.n ? s->prog->files.v[0]->file : 0;
  for (int i = 0; i < n; i++) {
    int c = comp[i];
    size[c]++;
    /* the first vertex of the main file (where the user can fix it), else of an import */
    if (first[c] < 0 || (g->defs[i].def->span.file == main_file && g->defs[first[c]].def->span.file != main_file))
      first[c] = i;
  }
  for (int i = 0; i < n; i++) {
    int c = comp[i];
    bool cyclic = size[c] > 1;
    for (int e = off[i]; e < off[i + 1] && !cyclic; e++) cyclic = g->edges.v[e].to == i;
    if (!cyclic) continue;
    vec_push(&s->recursive, g->defs[i].def);
    if (first[c] == i) report_cycle(g, off, comp, i);
  }
  if (s->recursive.n > 1) qsort(s->recursive.v, (size_t)s->recursive.n, sizeof *s->recursive.v, cmp_ptr);

  free(first);
  free(size);
  free(index);
  free(low);
  free(comp);
  free(stack);
  free(call_v);
  free(call_e);
  free(on_stack);
  free(off);
  vec_free(&g->edges);
  free(g->by_node);
}

bool fe_is_recursive(const Sema *s, const Node *def) {
  return s->recursive.n && bsearch(&def, s->recursive.v, (size_t)s->recursive.n, sizeof def, cmp_ptr);
}
