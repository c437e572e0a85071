/* resolve.c — names in module and function bodies, resolved once before any
 * module is instantiated (issue 15).
 *
 * The checker is an abstract interpreter: it sees a name only when it runs the
 * code that holds it. A module whose every instantiation fails (repeat(1.5)
 * Block(d)), a method nobody calls or a function nobody uses is never run, so
 * a misspelt name inside it went unreported. This pass walks every module,
 * model and function body once, with static scopes that bind what the body
 * could bind anywhere:
 *   - the program's globals (config, functions, modules) and the built-ins;
 *   - a module's arguments, every member its body assigns (in either branch of
 *     an `if`) and its functions;
 *   - a function's parameters, every identifier of its type annotations (shape
 *     variables: `B`, `T`) and every local its body assigns.
 * A name bound nowhere is recorded, not reported: the instantiation then runs
 * as before and reports it with the scope it really has (so its message, its
 * "did you mean" and its notes are unchanged). fe_resolve_report, after the
 * model has been checked, reports the recorded names the run never reached.
 *
 * Like the checker, the pass does not enter the branches of a compile-time
 * `if` (LANGUAGE.md 3: only the taken branch is checked), nor type
 * annotations (their unbound names are shape variables), nor the callee of an
 * `init` clause (an initialiser, not a name), nor the right of `a.b`. */
#include <stdlib.h>
#include <string.h>

#include "sema.h"

/* Nesting beyond this is left to the checker, which reports it. */
#define RES_MAX_DEPTH 256

static void bind(Sema *s, Scope *sc, const char *name, Span sp) {
  if (!name) return;
  Binding *b = fe_scope_find_local(sc, name);
  if (!b) fe_scope_set(s, sc, name, v_kind(V_ABSENT), sp);
  else b->v = v_kind(V_ABSENT); /* bound twice: not a method recursion.c can follow */
}

/* A method declared at the top of its module's body: bound to its node, so
 * that recursion.c can follow calls to it, unless the name is bound twice. */
static void bind_method(Sema *s, Scope *sc, const Node *fn) {
  if (fe_scope_find_local(sc, fn->name)) {
    bind(s, sc, fn->name, fn->name_span);
    return;
  }
  Value v = v_kind(V_FN);
  v.node = fn;
  fe_scope_set(s, sc, fn->name, v, fn->name_span);
}

static Scope *new_scope(Sema *s, Scope *parent, const char *what) {
  Scope *sc = arena_alloc(s->a, sizeof *sc);
  sc->parent = parent;
  sc->what = what;
  return sc;
}

static bool known(Scope *sc, const char *name) {
  return fe_scope_find(sc, name) || fe_builtin_lookup(name) >= 0 || !strcmp(name, "training") ||
         !strcmp(name, "None");
}

typedef struct ResWalk {
  Sema *s;
  Scope *sc;
  int depth;
} ResWalk;

static void res_expr(Sema *s, Scope *sc, const Node *n, int depth);
static void res_sub(const Node *n, void *ctx) {
  const ResWalk *w = ctx;
  res_expr(w->s, w->sc, n, w->depth + 1);
}

/* Names an expression uses (numbers, strings and `...` use none; param and
 * repeat out of place are the checker's). */
static void res_expr(Sema *s, Scope *sc, const Node *n, int depth) {
  if (!n || depth > RES_MAX_DEPTH) return;
  if (n->kind == N_IDENT) {
    if (!known(sc, n->name)) vec_push(&s->unres, ((Unresolved){n, sc, false, false}));
    return;
  }
  ast_each_subexpr(n, res_sub, &(ResWalk){s, sc, depth});
}

/* Every identifier of a type annotation, as shape variables. */
static void bind_annotation(Sema *s, Scope *sc, const Node *n, int depth) {
  if (!n || depth > RES_MAX_DEPTH) return;
  if (n->kind == N_IDENT) {
    bind(s, sc, n->name, n->span);
    return;
  }
  bind_annotation(s, sc, n->a, depth + 1);
  bind_annotation(s, sc, n->b, depth + 1);
  bind_annotation(s, sc, n->c, depth + 1);
  for (int i = 0; i < n->list.n; i++) bind_annotation(s, sc, n->list.v[i], depth + 1);
}

/* What a body binds anywhere: assignment targets in every branch, and (in a
 * module) its functions. */
static void bind_targets(Sema *s, Scope *sc, const NodeList *l, bool fns, int depth) {
  if (depth > RES_MAX_DEPTH) return;
  for (int i = 0; i < l->n; i++) {
    const Node *n = l->v[i];
    if (!n) continue;
    if (n->kind == N_ASSIGN)
      for (int k = 0; k < n->list.n; k++) bind(s, sc, n->list.v[k]->name, n->list.v[k]->span);
    else if (n->kind == N_IF) {
      bind_targets(s, sc, &n->list, fns, depth + 1);
      bind_targets(s, sc, &n->list2, fns, depth + 1);
    } else if (n->kind == N_FN && fns && n->name) {
      if (depth == 0) bind_method(s, sc, n);
      else bind(s, sc, n->name, n->name_span);
    }
  }
}

/* fn name(params) -> ann { body }, in a module's scope (of module m) or the globals. */
static void res_fn(Sema *s, Scope *parent, const Node *fn, const Node *m) {
  Scope *sc = new_scope(s, parent, fn->name);
  vec_push(&s->statics, ((StaticDef){fn, m, sc}));
  for (int i = 0; i < fn->list2.n; i++) {
    const Node *p = fn->list2.v[i];
    bind(s, sc, p->name, p->name_span);
    bind_annotation(s, sc, p->a, 0);
  }
  bind_annotation(s, sc, fn->a, 0);
  bind_targets(s, sc, &fn->list, false, 0);
  for (int i = 0; i < fn->list2.n; i++) res_expr(s, sc, fn->list2.v[i]->b, 0);
  for (int i = 0; i < fn->list.n; i++) {
    const Node *st = fn->list.v[i];
    if (!st) continue;
    if (st->kind == N_ASSIGN && st->a && st->a->kind != N_PARAM && st->a->kind != N_REPEAT) res_expr(s, sc, st->a, 0);
    else if (st->kind == N_RETURN) res_expr(s, sc, st->a, 0);
    else if (st->kind == N_IF) res_expr(s, sc, st->a, 0);
  }
}

/* The right side of a member declaration in a module body. */
static void res_member(Sema *s, Scope *sc, const Node *rhs) {
  if (!rhs) return;
  if (rhs->kind == N_PARAM) {
    const Node *ty = rhs->a;
    if (ty && ty->kind == N_INDEX)
      for (int i = 0; i < ty->list.n; i++) res_expr(s, sc, ty->list.v[i], 0);
    const Node *init = rhs->b;
    if (init && init->kind == N_CALL)
      for (int i = 0; i < init->list.n; i++) res_expr(s, sc, init->list.v[i], 0);
    return;
  }
  if (rhs->kind == N_REPEAT) {
    res_expr(s, sc, rhs->a, 0);
    res_expr(s, sc, rhs->b, 0);
    return;
  }
  res_expr(s, sc, rhs, 0);
}

/* module Name(args) { body } or model Name { body } */
static void res_module(Sema *s, const Node *m) {
  Scope *sc = new_scope(s, &s->globals, m->name);
  vec_push(&s->statics, ((StaticDef){m, NULL, sc}));
  for (int i = 0; i < m->list2.n; i++) bind(s, sc, m->list2.v[i]->name, m->list2.v[i]->name_span);
  bind_targets(s, sc, &m->list, true, 0);
  for (int i = 0; i < m->list2.n; i++) res_expr(s, sc, m->list2.v[i]->b, 0);
  for (int i = 0; i < m->list.n; i++) {
    const Node *st = m->list.v[i];
    if (!st) continue;
    if (st->kind == N_ASSIGN) res_member(s, sc, st->a);
    else if (st->kind == N_IF) res_expr(s, sc, st->a, 0);
    else if (st->kind == N_FN) res_fn(s, sc, st, m);
  }
}

static int cmp_node(const void *a, const void *b) {
  uintptr_t x = (uintptr_t)((const Unresolved *)a)->n, y = (uintptr_t)((const Unresolved *)b)->n;
  return x < y ? -1 : x > y;
}

void fe_resolve_names(Sema *s) {
  const Program *p = s->prog;
  for (int i = 0; i < p->items.n; i++) {
    const Node *it = p->items.v[i];
    if (!it) continue;
    if (it->kind == N_FN) res_fn(s, &s->globals, it, NULL);
    else if (it->kind == N_MODULE || it->kind == N_MODEL) res_module(s, it);
  }
  if (s->unres.n > 1) qsort(s->unres.v, (size_t)s->unres.n, sizeof *s->unres.v, cmp_node);
}

Unresolved *fe_resolve_visit(Sema *s, const Node *n) {
  Unresolved key = {n, NULL, false, false};
  Unresolved *u = bsearch(&key, s->unres.v, (size_t)s->unres.n, sizeof key, cmp_node);
  if (u) u->visited = true;
  return u;
}

static int cmp_span(const void *a, const void *b) {
  const Node *x = (*(const Unresolved *const *)a)->n, *y = (*(const Unresolved *const *)b)->n;
  if (x->span.file != y->span.file) return x->span.file < y->span.file ? -1 : 1;
  return x->span.start < y->span.start ? -1 : x->span.start > y->span.start;
}

void fe_resolve_report(Sema *s) {
  int n = 0;
  Unresolved **left = xmalloc(sizeof *left * (size_t)(s->unres.n + 1));
  for (int i = 0; i < s->unres.n; i++)
    if (!s->unres.v[i].visited) left[n++] = &s->unres.v[i];
  qsort(left, (size_t)n, sizeof *left, cmp_span);
  for (int i = 0; i < n; i++) fe_error_unknown(s, left[i]->sc, left[i]->n->span, "name", left[i]->n->name);
  free(left);
}
