/* eval.c — compile-time evaluation: expressions, calls (argument binding,
 * user functions, module instances, repeated modules) and function bodies.
 * The checker is an abstract interpreter; tensors carry only a dtype and a
 * symbolic shape (and their IR node while lowering). */
#include <string.h>

#include "sema.h"

/* ---- calls ------------------------------------------------------------------ */

int fe_eval_args(Sema *s, Scope *sc, const NodeList *l, CallArg *out) {
  int bad = 0;
  for (int i = 0; i < l->n; i++) {
    const Node *a = l->v[i];
    if (a->kind == N_KWARG) {
      out[i].kw = a->name;
      out[i].v = fe_eval_expr(s, sc, a->a);
      out[i].span = a->span;
      for (int j = 0; j < i; j++)
        if (out[j].kw && !strcmp(out[j].kw, a->name)) {
          fe_error(s, a->name_span, "argument '%s' given twice", a->name);
          bad = 1;
        }
    } else {
      out[i].kw = NULL;
      out[i].v = fe_eval_expr(s, sc, a);
      out[i].span = a->span;
      if (i > 0 && out[i - 1].kw) {
        fe_error(s, a->span, "positional argument after a keyword argument");
        bad = 1;
      }
    }
    if (out[i].v.k == V_ERR) bad = 1;
  }
  return bad ? -1 : l->n;
}

/* Binds call arguments to declared parameters (N_FNPARAM list) in `sc`,
 * evaluating defaults there so that a default may name an earlier parameter
 * (`kv_heads = heads`). Annotations are checked when `check_types`. */
bool fe_bind_params(Sema *s, Scope *sc, const NodeList *params, CallArg *args, int nargs, Span call,
                    const char *fname, bool check_types) {
  int np = params->n;
  int *given = arena_alloc(s->a, sizeof(int) * (size_t)(np + 1));
  for (int i = 0; i < np; i++) given[i] = -1;
  bool ok = true;
  int pos = 0;
  for (int i = 0; i < nargs; i++) {
    if (!args[i].kw) {
      if (pos >= np) {
        fe_error(s, args[i].span, "too many arguments to %s: it takes %d", fname, np);
        return false;
      }
      given[pos++] = i;
      continue;
    }
    int j;
    for (j = 0; j < np; j++)
      if (!strcmp(params->v[j]->name, args[i].kw)) break;
    if (j == np) {
      const char *c[64];
      int nc = 0;
      for (int k = 0; k < np && k < 64; k++) c[nc++] = params->v[k]->name;
      const char *sug = diag_closest(args[i].kw, c, nc);
      if (sug) fe_error(s, args[i].span, "%s has no parameter '%s'; did you mean '%s'?", fname, args[i].kw, sug);
      else fe_error(s, args[i].span, "%s has no parameter '%s'", fname, args[i].kw);
      ok = false;
      continue;
    }
    if (given[j] >= 0) {
      fe_error(s, args[i].span, "parameter '%s' of %s is given twice", args[i].kw, fname);
      ok = false;
      continue;
    }
    given[j] = i;
  }
  if (!ok) return false;
  for (int j = 0; j < np; j++) {
    const Node *p = params->v[j];
    Value v;
    Span vsp;
    if (given[j] >= 0) {
      v = args[given[j]].v;
      vsp = args[given[j]].span;
    } else if (p->b) {
      v = fe_eval_expr(s, sc, p->b);
      vsp = p->b->span;
    } else {
      fe_error(s, call, "missing argument '%s' in call to %s", p->name, fname);
      ok = false;
      continue;
    }
    if (v.k == V_ERR) {
      ok = false;
      continue;
    }
    if (check_types && p->a && !fe_check_annotation(s, sc, p->a, &v, vsp, p->name)) ok = false;
    fe_scope_set(s, sc, p->name, v, p->name_span);
  }
  return ok;
}
/* ---- function bodies ----------------------------------------------------------- */

typedef struct FnState {
  bool returned;
  Value ret;
  Span ret_span;
} FnState;

static void exec_stmts(Sema *s, Scope *sc, const NodeList *l, FnState *st);

/* After an error that hides which branch runs, every name either branch
 * would bind is bound to an error value, so later uses stay quiet. */
static void poison_targets(Sema *s, Scope *sc, const NodeList *l) {
  for (int i = 0; i < l->n; i++) {
    const Node *n = l->v[i];
    if (!n) continue;
    if (n->kind == N_ASSIGN)
      for (int k = 0; k < n->list.n; k++)
        if (!fe_scope_find_local(sc, n->list.v[k]->name)) fe_scope_set(s, sc, n->list.v[k]->name, v_err(), n->list.v[k]->span);
    if (n->kind == N_IF) {
      poison_targets(s, sc, &n->list);
      poison_targets(s, sc, &n->list2);
    }
  }
}

static void exec_stmt(Sema *s, Scope *sc, const Node *n, FnState *st) {
  switch (n->kind) {
  case N_ASSIGN: {
    if (!n->a) { /* a syntax error on the right: bind quietly */
      for (int i = 0; i < n->list.n; i++) fe_scope_set(s, sc, n->list.v[i]->name, v_err(), n->list.v[i]->span);
      return;
    }
    if (n->a->kind == N_PARAM) {
      fe_error(s, n->a->span, "'param' declares a module member; it is not allowed inside a function");
      return;
    }
    if (n->a->kind == N_REPEAT) {
      fe_error(s, n->a->span, "'repeat' declares module members; it is not allowed inside a function");
      return;
    }
    Value v = fe_eval_expr(s, sc, n->a);
    if (v.k == V_INST || v.k == V_REPEAT) {
      /* aliasing an existing instance is fine */
    }
    if (n->list.n == 1) {
      fe_scope_set(s, sc, n->list.v[0]->name, v, n->list.v[0]->span);
      return;
    }
    if (v.k == V_ERR) {
      for (int i = 0; i < n->list.n; i++) fe_scope_set(s, sc, n->list.v[i]->name, v_err(), n->list.v[i]->span);
      return;
    }
    if ((v.k != V_TUPLE && v.k != V_LIST) || v.n != n->list.n) {
      fe_error(s, n->a->span, "cannot unpack %s into %d names", fe_v_str(s, &v), n->list.n);
      for (int i = 0; i < n->list.n; i++) fe_scope_set(s, sc, n->list.v[i]->name, v_err(), n->list.v[i]->span);
      return;
    }
    for (int i = 0; i < n->list.n; i++) fe_scope_set(s, sc, n->list.v[i]->name, v.items[i], n->list.v[i]->span);
    return;
  }
  case N_RETURN:
    st->ret = n->a ? fe_eval_expr(s, sc, n->a) : v_err();
    st->ret_span = n->a ? n->a->span : n->span; /* no expression: a syntax error was reported */
    st->returned = true;
    return;
  case N_IF: {
    Value c = fe_eval_expr(s, sc, n->a);
    int64_t x;
    if (c.k == V_ERR || !v_const_int(&c, &x)) {
      if (c.k == V_TENSOR)
        fe_error(s, n->a->span, "the condition of 'if' must be a compile-time constant, found %s; use where(c, a, b) "
                                "to choose between tensors", fe_v_str(s, &c));
      else if (c.k != V_ERR)
        fe_error(s, n->a->span, "the condition of 'if' must be a compile-time bool or integer, found %s", fe_v_str(s, &c));
      poison_targets(s, sc, &n->list);
      poison_targets(s, sc, &n->list2);
      return;
    }
    exec_stmts(s, sc, x ? &n->list : &n->list2, st);
    return;
  }
  case N_FN:
    fe_error(s, n->name_span, "functions cannot be nested; define '%s' at the top level or in a module", n->name);
    return;
  default: UNREACHABLE();
  }
}

static void exec_stmts(Sema *s, Scope *sc, const NodeList *l, FnState *st) {
  for (int i = 0; i < l->n && !st->returned; i++)
    if (l->v[i]) exec_stmt(s, sc, l->v[i], st);
}

/* The checker's limits. A recursion that always recurs was reported before
 * checking (recursion.c) and is not run; one that a compile-time `if` may end
 * runs, and if it branches (a module holding two of itself) it could take
 * exponential time within the depth limit. So the calls and instantiations of
 * a definition already running are bounded (MAX_RECURSIVE_WORK), and so is
 * the total of all calls and instantiations (MAX_WORK: a GPT of 96 blocks
 * makes about 1,100, one of 4096 blocks, the most repeat(n) allows, 20,000),
 * besides the expressions evaluated (MAX_CHECK_STEPS below). */
#define MAX_WORK 50000
#define MAX_RECURSIVE_WORK 1000
bool fe_within_budget(Sema *s, Span call, const char *what, const Node *def) {
  if (++s->work > MAX_WORK) {
    if (s->work == MAX_WORK + 1)
      fe_error(s, call, "the program makes more than %d calls and module instantiations (at %s); is it recursive?",
               MAX_WORK, what);
    return false;
  }
  for (int i = s->nframes - 1; i >= 0; i--)
    if (s->frames[i].def == def) {
      if (++s->rec_work <= MAX_RECURSIVE_WORK) break;
      if (s->rec_work == MAX_RECURSIVE_WORK + 1)
        fe_error(s, call, "the recursion through %s makes more than %d recursive calls and instantiations; does "
                          "its 'if' stop it?", what, MAX_RECURSIVE_WORK);
      return false;
    }
  return true;
}

Value fe_call_user_fn(Sema *s, const Node *fn, Instance *self, CallArg *args, int nargs, Span call) {
  if (fe_is_recursive(s, fn)) return v_err(); /* reported by recursion.c */
  const char *fname = self ? arena_printf(s->a, "%s.%s", self->type, fn->name) : fn->name;
  if (!fe_within_budget(s, call, fname, fn)) return v_err();
  if (s->nframes >= FE_MAX_CALL_DEPTH) {
    fe_error(s, call, "calls nested more than %d deep (is %s recursive?)", FE_MAX_CALL_DEPTH, fname);
    return v_err();
  }
  Scope *sc = arena_alloc(s->a, sizeof *sc);
  sc->parent = self ? &self->scope : &s->globals;
  sc->what = fname;
  s->frames[s->nframes++] = (CallFrame){arena_printf(s->a, "this call to %s", fname), call, fn};
  Value r = v_err();
  if (fe_bind_params(s, sc, &fn->list2, args, nargs, call, fname, true)) {
    /* The body's locals live in a child scope, so the result type is read
     * in the signature's scope only. */
    Scope *body = arena_alloc(s->a, sizeof *body);
    body->parent = sc;
    body->what = fname;
    FnState st = {0};
    exec_stmts(s, body, &fn->list, &st);
    if (!st.returned) {
      fe_error(s, fn->name_span, "function '%s' ends without 'return'", fn->name);
    } else {
      r = st.ret;
      if (r.k != V_ERR && fn->a) {
        int before = s->d->nerrors;
        if (!fe_check_annotation(s, sc, fn->a, &r, st.ret_span, "the result")) {
          if (s->d->nerrors > before) diag_note(s->d, fn->a->span, "the result type is declared here");
          r = v_err();
        }
      }
    }
  }
  s->nframes--;
  return r;
}

static bool same_tensor_type(const Value *a, const Value *b) {
  if (a->k != V_TENSOR || b->k != V_TENSOR || a->dt != b->dt || a->rank != b->rank) return false;
  for (int i = 0; i < a->rank; i++)
    if (!dim_eq(a->dims[i], b->dims[i])) return false;
  return true;
}

Value fe_call_value(Sema *s, Scope *sc, Value callee, CallArg *args, int nargs, Span call, Span callee_sp) {
  switch (callee.k) {
  case V_ERR: return callee;
  case V_BUILTIN: return fe_builtin_call(s, callee.builtin, args, nargs, call, callee_sp);
  case V_FN: return fe_call_user_fn(s, callee.node, callee.inst, args, nargs, call);
  case V_INST: {
    Binding *b = fe_scope_find_local(&callee.inst->scope, "forward");
    if (!b || b->v.k != V_FN) {
      fe_error(s, callee_sp, "module %s has no 'forward' function, so its instances cannot be called",
               callee.inst->type);
      return v_err();
    }
    return fe_call_user_fn(s, b->v.node, callee.inst, args, nargs, call);
  }
  case V_REPEAT: {
    if (nargs != 1 || args[0].kw) {
      fe_error(s, call, "a repeated module is applied to exactly one argument: x = blocks(x)");
      return v_err();
    }
    Value x = args[0].v;
    for (int i = 0; i < callee.n && x.k != V_ERR; i++) {
      Value inst = v_kind(V_INST);
      inst.inst = callee.insts[i];
      CallArg a = {NULL, x, args[0].span};
      Value y = fe_call_value(s, sc, inst, &a, 1, call, callee_sp);
      /* Checking (no graph): the instances of one repeat are alike (one
       * module, the same arguments), so when one gives back the type it was
       * given, every later one would too, and reports nothing new. */
      bool same = !s->g && same_tensor_type(&x, &y);
      x = y;
      if (same) break;
    }
    return x;
  }
  case V_MODDEF:
    fe_error(s, callee_sp, "module %s can only be instantiated as a member of a module (name = %s(...))",
             callee.node->name, callee.node->name);
    return v_err();
  default:
    fe_error(s, callee_sp, "cannot call a %s", fe_v_str(s, &callee));
    return v_err();
  }
}

/* ---- expressions ------------------------------------------------------------------ */

static Value eval_expr1(Sema *s, Scope *sc, const Node *n);

/* Checking evaluates at most this many expressions (a GPT of 96 blocks:
 * about 9,700; of 4096 blocks: 169,000). Without it, a recursion that an
 * `if` ends or repeat(4096) of a module whose forward fills 2 KB could take
 * seconds: calls times body size. Lowering, which runs only after a clean
 * check, is not bounded: its work is the graph it builds. */
#define MAX_CHECK_STEPS 1000000

/* Expression nesting is bounded so hostile input cannot exhaust the stack. */
Value fe_eval_expr(Sema *s, Scope *sc, const Node *n) {
  if (!s->g && ++s->steps > MAX_CHECK_STEPS) {
    if (s->steps == MAX_CHECK_STEPS + 1)
      fe_error(s, n->span, "the program takes more than %d steps to check; the checker stops here",
               MAX_CHECK_STEPS);
    return v_err();
  }
  if (s->depth >= 256) {
    if (!s->depth_reported) fe_error(s, n->span, "expression nested too deeply (more than 256 levels)");
    s->depth_reported = true;
    return v_err();
  }
  s->depth++;
  Value v = eval_expr1(s, sc, n);
  s->depth--;
  return v;
}

/* base.name: a member of a module instance. */
static Value eval_member(Sema *s, Scope *sc, const Node *n) {
  Value base = fe_eval_expr(s, sc, n->a);
  if (base.k == V_ERR) return base;
  if (base.k != V_INST) {
    fe_error(s, n->name_span, "a %s has no members", fe_v_str(s, &base));
    return v_err();
  }
  Binding *b = fe_scope_find_local(&base.inst->scope, n->name);
  if (!b) {
    const char *c[256];
    int nc = 0;
    for (Binding *x = base.inst->scope.head; x && nc < 256; x = x->next) c[nc++] = x->name;
    const char *sug = diag_closest(n->name, c, nc);
    if (sug)
      fe_error(s, n->name_span, "module %s has no member '%s'; did you mean '%s'?", base.inst->type, n->name, sug);
    else
      fe_error(s, n->name_span, "module %s has no member '%s'", base.inst->type, n->name);
    return v_err();
  }
  Value v = b->v;
  if (s->g && v.k == V_TENSOR && v.param >= 0) v.ir = fe_emit_param(s, v.param);
  return v;
}

static Value eval_expr1(Sema *s, Scope *sc, const Node *n) {
  switch (n->kind) {
  case N_NUM: return n->is_int ? v_int(n->ival) : v_float(n->num);
  case N_STR: {
    Value v = v_kind(V_STR);
    v.s = n->str;
    return v;
  }
  case N_BOOL: return v_bool(n->ival != 0);
  case N_ELLIPSIS: return v_kind(V_ELLIPSIS);
  case N_IDENT: {
    Unresolved *u = s->unres.n ? fe_resolve_visit(s, n) : NULL;
    Binding *b = fe_scope_find(sc, n->name);
    if (b) {
      Value v = b->v;
      if (s->g && v.k == V_TENSOR && v.param >= 0) v.ir = fe_emit_param(s, v.param);
      return v;
    }
    int bi = fe_builtin_lookup(n->name);
    if (bi >= 0) {
      Value v = v_kind(V_BUILTIN);
      v.builtin = bi;
      return v;
    }
    if (!strcmp(n->name, "training")) return v_bool(s->training);
    if (!strcmp(n->name, "None")) return v_kind(V_NONE);
    if (u && u->reported) return v_err(); /* the same message again; fe_error would drop it */
    if (u) u->reported = true;
    fe_error_unknown(s, sc, n->span, "name", n->name);
    return v_err();
  }
  case N_LIST:
  case N_TUPLE: {
    Value v = v_kind(n->kind == N_LIST ? V_LIST : V_TUPLE);
    v.n = n->list.n;
    v.items = arena_alloc(s->a, sizeof(Value) * (size_t)(v.n ? v.n : 1));
    for (int i = 0; i < v.n; i++) {
      v.items[i] = fe_eval_expr(s, sc, n->list.v[i]);
      if (v.items[i].k == V_ERR) return v_err();
    }
    return v;
  }
  case N_UNARY: return fe_unary_neg(s, fe_eval_expr(s, sc, n->a), n->span);
  case N_BINARY: {
    Value a = fe_eval_expr(s, sc, n->a);
    Value b = fe_eval_expr(s, sc, n->b);
    return fe_binary_op(s, n->op, a, b, n->span);
  }
  case N_INDEX: return fe_index_value(s, fe_eval_expr(s, sc, n->a), n, sc);
  case N_MEMBER: return eval_member(s, sc, n);
  case N_CALL: {
    Value callee = fe_eval_expr(s, sc, n->a);
    CallArg *args = arena_alloc(s->a, sizeof(CallArg) * (size_t)(n->list.n + 1));
    int32_t mark = s->g ? s->g->nodes.n : 0;
    int na = fe_eval_args(s, sc, &n->list, args);
    if (callee.k == V_ERR || na < 0) return v_err();
    s->arg_mark = mark + 1; /* read by builtins before any nested call can change it */
    return fe_call_value(s, sc, callee, args, na, n->span, n->a->span);
  }
  case N_KWARG:
    fe_error(s, n->span, "keyword arguments are only allowed in calls");
    return v_err();
  case N_SLICE:
    fe_error(s, n->span, "a slice 'a:b' is only allowed inside an index");
    return v_err();
  case N_PARAM:
    fe_error(s, n->span, "'param' can only be assigned to a module member: name = param f32[...] init ...");
    return v_err();
  case N_REPEAT:
    fe_error(s, n->span, "'repeat' can only be assigned to a module member: name = repeat(n) Module(...)");
    return v_err();
  default:
    fe_error(s, n->span, "expected an expression");
    return v_err();
  }
}
