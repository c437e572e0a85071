/* instance.c — module instantiation: module bodies run with compile-time
 * arguments, declaring parameters (`param f32[...] init ...`), sub-modules
 * and `repeat(n)` blocks under dotted paths (LANGUAGE.md section 3). */
#include <math.h>
#include <string.h>

#include "sema.h"

/* ---- modules ---------------------------------------------------------------------- */

static const char *join_path(Sema *s, const char *prefix, const char *name) {
  return prefix[0] ? arena_printf(s->a, "%s.%s", prefix, name) : arena_strdup(s->a, name);
}

static bool read_init(Sema *s, Scope *sc, const Node *e, ParamInfo *pi) {
  if (!e) {
    pi->init = INIT_ZEROS;
    return true;
  }
  const char *name = NULL;
  const NodeList *args = NULL;
  if (e->kind == N_IDENT) name = e->name;
  else if (e->kind == N_CALL && e->a->kind == N_IDENT) {
    name = e->a->name;
    args = &e->list;
  }
  static const char *const inits[] = {"zeros", "ones", "normal", "uniform", "constant"};
  static const char *const pnames[][2] = {{NULL, NULL}, {NULL, NULL}, {"mean", "std"}, {"lo", "hi"}, {"v", NULL}};
  static const int nreq[] = {0, 0, 2, 2, 1};
  int k = -1;
  for (int i = 0; name && i < 5; i++)
    if (!strcmp(name, inits[i])) k = i;
  if (k < 0) {
    const char *sug = name ? diag_closest(name, inits, 5) : NULL;
    fe_error(s, e->span, "unknown initialiser%s%s%s; expected zeros, ones, normal(mean, std), uniform(lo, hi) or "
                         "constant(v)%s%s%s",
               name ? " '" : "", name ? name : "", name ? "'" : "", sug ? "; did you mean '" : "", sug ? sug : "",
               sug ? "'?" : "");
    return false;
  }
  pi->init = (InitKind)k;
  double vals[2] = {0, 0};
  int nargs = args ? args->n : 0;
  if (nargs != nreq[k]) {
    fe_error(s, e->span, "initialiser %s takes %d argument%s, found %d", inits[k], nreq[k], nreq[k] == 1 ? "" : "s",
             nargs);
    return false;
  }
  for (int i = 0; i < nargs; i++) {
    const Node *a = args->v[i];
    int slot = i;
    const Node *ve = a;
    if (a->kind == N_KWARG) {
      ve = a->a;
      slot = -1;
      for (int j = 0; j < nreq[k]; j++)
        if (pnames[k][j] && !strcmp(pnames[k][j], a->name)) slot = j;
      if (slot < 0) {
        fe_error(s, a->span, "initialiser %s has no parameter '%s'", inits[k], a->name);
        return false;
      }
    }
    Value v = fe_eval_expr(s, sc, ve);
    if (v.k == V_ERR) return false;
    if (!v_const_num(&v, &vals[slot])) {
      fe_error(s, ve->span, "initialiser arguments must be constant numbers, found %s", fe_v_str(s, &v));
      return false;
    }
  }
  if (k == INIT_NORMAL && vals[1] < 0) {
    fe_error(s, e->span, "normal(mean, std) needs std >= 0, found %g", vals[1]);
    return false;
  }
  if (k == INIT_UNIFORM && vals[1] < vals[0]) {
    fe_error(s, e->span, "uniform(lo, hi) needs lo <= hi, found %g > %g", vals[0], vals[1]);
    return false;
  }
  pi->init_a = vals[0];
  pi->init_b = vals[1];
  return true;
}

static Value declare_param(Sema *s, Instance *inst, const Node *target, const Node *pn) {
  ParamInfo pi = {0};
  DType dt;
  const NodeList *dims;
  if (!fe_parse_type(s, pn->a, &dt, &dims)) return v_err();
  if (dt == DT_I32) {
    fe_error(s, pn->a->span, "parameters must be floating point (f32, f16 or bf16), found i32");
    return v_err();
  }
  if (dims->n > FE_MAX_RANK) {
    fe_error(s, pn->a->span, "parameters have at most %d dimensions", FE_MAX_RANK);
    return v_err();
  }
  pi.dtype = dt;
  pi.rank = dims->n;
  pi.count = 1;
  Dim dd[FE_MAX_RANK];
  bool ok = true;
  for (int i = 0; i < dims->n; i++) {
    const Node *e = dims->v[i];
    if (e->kind == N_ELLIPSIS) {
      fe_error(s, e->span, "a parameter's shape must be fixed; '...' is only for function arguments");
      return v_err();
    }
    Value v = fe_eval_expr(s, &inst->scope, e);
    if (v.k == V_ERR) {
      ok = false;
      continue;
    }
    int64_t x;
    if (v.k == V_FLOAT && v.f == floor(v.f) && fabs(v.f) < 9e15) {
      fe_error(s, e->span, "a dimension must be an integer, found the float %g; use integer arithmetic (a division "
                           "that does not come out whole gives a float, e.g. d / heads)", v.f);
      ok = false;
      continue;
    }
    if (!v_const_int(&v, &x) || v.k == V_BOOL) {
      if (v.k == V_FLOAT)
        fe_error(s, e->span, "a dimension must be a whole number, but '%s' = %g", fe_node_text(s, e), v.f);
      else
        fe_error(s, e->span, "a parameter's dimension must be a constant integer, found %s", fe_v_str(s, &v));
      ok = false;
      continue;
    }
    if (x <= 0) {
      fe_error(s, e->span, "a parameter's dimension must be positive, found %lld", (long long)x);
      ok = false;
      continue;
    }
    pi.dims[i] = x;
    dd[i] = dim_const(x);
    if (__builtin_mul_overflow(pi.count, x, &pi.count) || pi.count > ((int64_t)1 << 40)) {
      fe_error(s, pn->a->span, "parameter is too large (more than 2^40 elements)");
      return v_err();
    }
  }
  if (!ok || !read_init(s, &inst->scope, pn->b, &pi)) return v_err();
  pi.frozen = pn->flag;
  pi.span = target->span;
  pi.name = xstrdup(join_path(s, inst->path, target->name));
  vec_push(&s->model->params, pi);
  Value v = fe_v_tensor(s, dt, pi.rank, dd);
  v.param = s->model->params.n - 1;
  return v;
}

static void inst_stmts(Sema *s, Instance *inst, const NodeList *l, int depth);

static bool member_unique(Sema *s, Instance *inst, const Node *target) {
  Binding *prev = fe_scope_find_local(&inst->scope, target->name);
  if (!prev) return true;
  fe_error(s, target->span, "'%s' is declared twice in %s %s (parameter names must be unique)", target->name,
           inst->def->kind == N_MODEL ? "model" : "module", inst->type);
  diag_note(s->d, prev->span, "'%s' was first declared here", target->name);
  return false;
}

static Value eval_module_call(Sema *s, Instance *inst, const Node *call, const char *path, bool *is_module) {
  *is_module = false;
  if (call->kind != N_CALL) return v_err();
  Value callee = fe_eval_expr(s, &inst->scope, call->a);
  if (callee.k != V_MODDEF) {
    if (callee.k == V_ERR) *is_module = true; /* already reported */
    return callee;
  }
  *is_module = true;
  CallArg *args = arena_alloc(s->a, sizeof(CallArg) * (size_t)(call->list.n + 1));
  int na = fe_eval_args(s, &inst->scope, &call->list, args);
  if (na < 0) return v_err();
  Instance *sub = fe_instantiate(s, callee.node, args, na, path, call->span);
  if (!sub) return v_err();
  Value v = v_kind(V_INST);
  v.inst = sub;
  return v;
}

/* name = repeat(n) Module(...): n instances under path.0, path.1, ... */
static Value inst_repeat(Sema *s, Instance *inst, const Node *rhs, const char *path) {
  Value cnt = fe_eval_expr(s, &inst->scope, rhs->a);
  int64_t k;
  if (cnt.k == V_ERR) return v_err();
  if (!v_const_int(&cnt, &k) || cnt.k == V_BOOL) {
    fe_error(s, rhs->a->span, "repeat count must be a constant integer, found %s", fe_v_str(s, &cnt));
    return v_err();
  }
  if (k < 1 || k > 4096) {
    fe_error(s, rhs->a->span, "repeat count must be between 1 and 4096, found %lld", (long long)k);
    return v_err();
  }
  if (rhs->b->kind != N_CALL) {
    fe_error(s, rhs->b->span, "expected a module instantiation after repeat(n), like repeat(4) Block(d)");
    return v_err();
  }
  Value rep = v_kind(V_REPEAT);
  rep.n = (int)k;
  rep.insts = arena_alloc(s->a, sizeof(Instance *) * (size_t)k);
  for (int64_t i = 0; i < k; i++) {
    bool is_mod;
    Value one = eval_module_call(s, inst, rhs->b, arena_printf(s->a, "%s.%lld", path, (long long)i), &is_mod);
    if (!is_mod) {
      fe_error(s, rhs->b->a->span, "repeat(n) needs a module, found %s", fe_v_str(s, &one));
      return v_err();
    }
    if (one.k == V_ERR) return v_err();
    rep.insts[i] = one.inst;
  }
  return rep;
}

/* name = expr: a sub-module (Module(...)), or a compile-time value. */
static Value inst_member_value(Sema *s, Instance *inst, const Node *rhs, const char *path) {
  bool is_mod = false;
  Value v = rhs->kind == N_CALL ? eval_module_call(s, inst, rhs, path, &is_mod) : v_err();
  if (is_mod) return v;
  if (rhs->kind != N_CALL) v = fe_eval_expr(s, &inst->scope, rhs);
  else if (v.k != V_ERR) {
    /* a call that is not a module: a compile-time helper, e.g. sqrt(d) */
    CallArg *args = arena_alloc(s->a, sizeof(CallArg) * (size_t)(rhs->list.n + 1));
    int na = fe_eval_args(s, &inst->scope, &rhs->list, args);
    s->arg_mark = 0; /* unknown: no node counts as made by the arguments */
    v = na < 0 ? v_err() : fe_call_value(s, &inst->scope, v, args, na, rhs->span, rhs->a->span);
  }
  if (v.k == V_TENSOR) {
    fe_error(s, rhs->span, "module-level values must be compile-time constants (numbers, strings, lists); "
                           "compute tensors inside a function");
    v = v_err();
  }
  return v;
}

/* a, b = expr in a module body: unpacks a constant tuple or list. */
static void inst_unpack(Sema *s, Instance *inst, const Node *n) {
  const Node *rhs = n->a;
  if (rhs->kind == N_PARAM || rhs->kind == N_REPEAT) {
    fe_error(s, n->span, "declare one member per statement");
    return;
  }
  Value v = fe_eval_expr(s, &inst->scope, rhs);
  if (v.k == V_ERR) return;
  if ((v.k != V_TUPLE && v.k != V_LIST) || v.n != n->list.n) {
    fe_error(s, rhs->span, "cannot unpack %s into %d names", fe_v_str(s, &v), n->list.n);
    return;
  }
  for (int i = 0; i < n->list.n; i++)
    if (member_unique(s, inst, n->list.v[i]))
      fe_scope_set(s, &inst->scope, n->list.v[i]->name, v.items[i], n->list.v[i]->span);
}

/* A member declaration: name = param ... | repeat(n) M(...) | M(...) | expr. */
static void inst_assign(Sema *s, Instance *inst, const Node *n) {
  const Node *rhs = n->a;
  if (!rhs) { /* a syntax error on the right: bind quietly */
    for (int i = 0; i < n->list.n; i++)
      if (!fe_scope_find_local(&inst->scope, n->list.v[i]->name))
        fe_scope_set(s, &inst->scope, n->list.v[i]->name, v_err(), n->list.v[i]->span);
    return;
  }
  if (n->list.n != 1) {
    inst_unpack(s, inst, n);
    return;
  }
  const Node *target = n->list.v[0];
  if (!member_unique(s, inst, target)) return;
  const char *path = join_path(s, inst->path, target->name);
  Value v;
  if (rhs->kind == N_PARAM) v = declare_param(s, inst, target, rhs);
  else if (rhs->kind == N_REPEAT) v = inst_repeat(s, inst, rhs, path);
  else v = inst_member_value(s, inst, rhs, path);
  fe_scope_set(s, &inst->scope, target->name, v, target->span);
}

static void inst_stmt(Sema *s, Instance *inst, const Node *n, int depth) {
  switch (n->kind) {
  case N_ASSIGN: inst_assign(s, inst, n); return;
  case N_IF: {
    Value c = fe_eval_expr(s, &inst->scope, n->a);
    if (c.k == V_ERR) return;
    int64_t x;
    if (!v_const_int(&c, &x)) {
      fe_error(s, n->a->span, "the condition of 'if' must be a compile-time bool or integer, found %s", fe_v_str(s, &c));
      return;
    }
    inst_stmts(s, inst, x ? &n->list : &n->list2, depth);
    return;
  }
  case N_FN: {
    if (!member_unique(s, inst, n)) return;
    Value f = v_kind(V_FN);
    f.node = n;
    f.inst = inst;
    fe_scope_set(s, &inst->scope, n->name, f, n->name_span);
    return;
  }
  case N_RETURN:
    fe_error(s, n->span, "'return' is only allowed inside a function");
    return;
  default: UNREACHABLE();
  }
}

static void inst_stmts(Sema *s, Instance *inst, const NodeList *l, int depth) {
  for (int i = 0; i < l->n; i++)
    if (l->v[i]) inst_stmt(s, inst, l->v[i], depth);
}

Instance *fe_instantiate(Sema *s, const Node *def, CallArg *args, int nargs, const char *path, Span call) {
  if (fe_is_recursive(s, def)) return NULL; /* reported by recursion.c */
  if (!fe_within_budget(s, call, def->name, def)) return NULL;
  if (s->nframes >= FE_MAX_CALL_DEPTH) {
    fe_error(s, call, "modules nested more than %d deep (does %s contain itself?)", FE_MAX_CALL_DEPTH, def->name);
    return NULL;
  }
  Instance *inst = arena_alloc(s->a, sizeof *inst);
  inst->def = def;
  inst->path = path;
  inst->type = def->name;
  inst->span = call;
  inst->scope.parent = &s->globals;
  inst->scope.what = def->name;
  const char *what = arena_printf(s->a, "module %s", def->name);
  s->frames[s->nframes++] = (CallFrame){arena_printf(s->a, "this instantiation of %s", what), call, def};
  for (int i = 0; i < def->list2.n; i++)
    if (def->list2.v[i]->a)
      fe_error(s, def->list2.v[i]->a->span, "module arguments are compile-time values and take no type");
  bool ok = fe_bind_params(s, &inst->scope, &def->list2, args, nargs, call, what, false);
  if (ok) {
    for (Binding *b = inst->scope.head; b; b = b->next)
      if (b->v.k == V_TENSOR) {
        fe_error(s, call, "module arguments must be compile-time values, but '%s' is %s", b->name, fe_v_str(s, &b->v));
        ok = false;
      }
  }
  if (ok) inst_stmts(s, inst, &def->list, 0);
  s->nframes--;
  return ok ? inst : NULL;
}
