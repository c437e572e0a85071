/* values.c — what the checker computes with: diagnostics, values and their
 * printed types, scopes, and type annotations (`f32[B, T, d]`) matched against
 * values (LANGUAGE.md sections 3-4). */
#include <string.h>

#include "sema.h"

/* ---- diagnostics ------------------------------------------------------------ */

void fe_error(Sema *s, Span sp, const char *fmt, ...) {
  StrBuf b = {0};
  va_list ap;
  va_start(ap, fmt);
  sb_vprintf(&b, fmt, ap);
  va_end(ap);
  /* The same error at the same place (a repeated block, a function called
   * twice) is reported once. */
  uint64_t h = sup_hash_bytes(sb_cstr(&b), b.len, ((uint64_t)sp.file << 40) ^ ((uint64_t)sp.start << 16) ^ sp.end);
  for (int i = 0; i < s->seen.n; i++)
    if (s->seen.v[i] == h) {
      sb_free(&b);
      return;
    }
  vec_push(&s->seen, h);
  diag_error(s->d, sp, "%s", sb_cstr(&b));
  sb_free(&b);
  /* Where the failing function was called from, innermost first. */
  int shown = 0;
  Span last = sp;
  for (int i = s->nframes - 1; i >= 0 && shown < 3; i--) {
    Span c = s->frames[i].call;
    if (!c.file || (c.file == last.file && c.start == last.start && c.end == last.end)) continue;
    last = c;
    diag_note(s->d, s->frames[i].call, "in %s", s->frames[i].name);
    shown++;
  }
}

/* ---- values ----------------------------------------------------------------- */

Value fe_v_tensor(Sema *s, DType dt, int rank, const Dim *dims) {
  Value v = v_kind(V_TENSOR);
  v.dt = dt;
  v.rank = rank;
  v.dims = arena_alloc(s->a, sizeof(Dim) * (size_t)(rank ? rank : 1));
  if (rank) memcpy(v.dims, dims, sizeof(Dim) * (size_t)rank);
  return v;
}

const char *fe_v_kind_name(const Value *v) {
  switch (v->k) {
  case V_ERR: return "error";
  case V_ABSENT: return "nothing";
  case V_NONE: return "None";
  case V_BOOL: return "bool";
  case V_INT: return "int";
  case V_FLOAT: return "float";
  case V_STR: return "string";
  case V_LIST: return "list";
  case V_TUPLE: return "tuple";
  case V_ELLIPSIS: return "'...'";
  case V_SLICE: return "slice";
  case V_TENSOR: return "tensor";
  case V_INST: return "module instance";
  case V_REPEAT: return "repeated module";
  case V_FN: return "function";
  case V_BUILTIN: return "built-in function";
  case V_MODDEF: return "module";
  }
  return "?";
}

char *fe_dim_str(Sema *s, Dim d) {
  StrBuf b = {0};
  dim_print(&b, d, s->symnames.v);
  char *r = arena_strdup(s->a, sb_cstr(&b));
  sb_free(&b);
  return r;
}

static void shape_print(Sema *s, StrBuf *b, DType dt, int rank, const Dim *dims) {
  sb_printf(b, "%s[", dtype_name(dt));
  for (int i = 0; i < rank; i++) {
    if (i) sb_puts(b, ", ");
    dim_print(b, dims[i], s->symnames.v);
  }
  sb_putc(b, ']');
}

char *fe_shape_str(Sema *s, DType dt, int rank, const Dim *dims) {
  StrBuf b = {0};
  shape_print(s, &b, dt, rank, dims);
  char *r = arena_strdup(s->a, sb_cstr(&b));
  sb_free(&b);
  return r;
}

void fe_v_describe(Sema *s, StrBuf *b, const Value *v) {
  switch (v->k) {
  case V_TENSOR: shape_print(s, b, v->dt, v->rank, v->dims); return;
  case V_INT:
    sb_puts(b, "int ");
    dim_print(b, v->i, s->symnames.v);
    return;
  case V_BOOL: {
    int64_t x = 0;
    dim_is_const(v->i, &x);
    sb_puts(b, x ? "bool true" : "bool false");
    return;
  }
  case V_FLOAT: sb_printf(b, "float %g", v->f); return;
  case V_STR: sb_printf(b, "string \"%s\"", v->s); return;
  case V_LIST:
  case V_TUPLE:
    sb_puts(b, v->k == V_LIST ? "list [" : "tuple (");
    for (int i = 0; i < v->n && i < 6; i++) {
      if (i) sb_puts(b, ", ");
      fe_v_describe(s, b, &v->items[i]);
    }
    if (v->n > 6) sb_puts(b, ", ...");
    sb_puts(b, v->k == V_LIST ? "]" : ")");
    return;
  case V_INST: sb_printf(b, "instance of module %s", v->inst->type); return;
  case V_REPEAT: sb_printf(b, "%d repeated instances of module %s", v->n, v->n ? v->insts[0]->type : "?"); return;
  case V_FN: sb_printf(b, "function %s", v->node->name); return;
  case V_BUILTIN: sb_printf(b, "built-in %s", fe_builtin_name(v->builtin)); return;
  case V_MODDEF: sb_printf(b, "module %s", v->node->name); return;
  default: sb_puts(b, fe_v_kind_name(v)); return;
  }
}

char *fe_v_str(Sema *s, const Value *v) {
  StrBuf b = {0};
  fe_v_describe(s, &b, v);
  char *r = arena_strdup(s->a, sb_cstr(&b));
  sb_free(&b);
  return r;
}

/* ---- scopes ----------------------------------------------------------------- */

/* Scopes with at most this many bindings are searched by their list. */
#define SCOPE_LINEAR_MAX 8

static uint32_t name_hash(const char *name) { return (uint32_t)sup_hash_bytes(name, strlen(name), 0x5c09e); }

Binding *fe_scope_find_local(Scope *sc, const char *name) {
  if (!sc->tab) {
    for (Binding *b = sc->head; b; b = b->next)
      if (!strcmp(b->name, name)) return b;
    return NULL;
  }
  for (uint32_t i = name_hash(name) & (sc->cap - 1);; i = (i + 1) & (sc->cap - 1)) {
    Binding *b = sc->tab[i];
    if (!b || !strcmp(b->name, name)) return b;
  }
}

static void scope_index_put(Scope *sc, Binding *b) {
  uint32_t i = name_hash(b->name) & (sc->cap - 1);
  while (sc->tab[i]) i = (i + 1) & (sc->cap - 1);
  sc->tab[i] = b;
}

/* Indexes a new binding; the table (from the arena) doubles at half full. */
static void scope_index(Sema *s, Scope *sc, Binding *b) {
  sc->n++;
  if (sc->n <= SCOPE_LINEAR_MAX) return;
  if (sc->tab && 2 * sc->n <= sc->cap) {
    scope_index_put(sc, b);
    return;
  }
  uint32_t cap = sc->cap ? sc->cap * 2 : 64;
  while (2 * sc->n > cap) cap *= 2;
  sc->tab = arena_alloc(s->a, sizeof(Binding *) * cap);
  sc->cap = cap;
  for (Binding *x = sc->head; x; x = x->next) scope_index_put(sc, x);
}

Binding *fe_scope_find(Scope *sc, const char *name) {
  for (; sc; sc = sc->parent) {
    Binding *b = fe_scope_find_local(sc, name);
    if (b) return b;
  }
  return NULL;
}

/* Binds or rebinds a name in this scope. */
Binding *fe_scope_set(Sema *s, Scope *sc, const char *name, Value v, Span sp) {
  Binding *b = fe_scope_find_local(sc, name);
  if (!b) {
    b = arena_alloc(s->a, sizeof *b);
    b->name = name;
    b->next = sc->head;
    sc->head = b;
    scope_index(s, sc, b);
  }
  b->v = v;
  b->span = sp;
  return b;
}

/* Every name visible from a scope, plus the built-ins, for "did you mean". */
static const char *suggest_name(Sema *s, Scope *sc, const char *name) {
  VEC(const char *) c = {0};
  for (Scope *x = sc; x; x = x->parent)
    for (Binding *b = x->head; b; b = b->next) vec_push(&c, b->name);
  int nb;
  const char *const *bn = fe_builtin_names(&nb);
  for (int i = 0; i < nb; i++) vec_push(&c, bn[i]);
  vec_push(&c, "training");
  vec_push(&c, "None");
  const char *r = diag_closest(name, c.v, c.n);
  vec_free(&c);
  return r;
}

/* A long name is cut by the diagnostic sink (diag_cut_message); no name that
 * long is close to another, so none is suggested. Nor is one looked for once
 * the sink prints no more (past max_errors): the search compares the name
 * with every visible one. */
void fe_error_unknown(Sema *s, Scope *sc, Span sp, const char *what, const char *name) {
  const char *sug = strlen(name) > DIAG_SHOWN || s->d->suppressed ? NULL : suggest_name(s, sc, name);
  if (sug) fe_error(s, sp, "unknown %s '%s'; did you mean '%s'?", what, name, sug);
  else fe_error(s, sp, "unknown %s '%s'", what, name);
}
/* ---- annotations -------------------------------------------------------------- */

static bool dtype_from_name(const char *n, DType *dt) {
  if (!strcmp(n, "f32")) *dt = DT_F32;
  else if (!strcmp(n, "f16")) *dt = DT_F16;
  else if (!strcmp(n, "bf16")) *dt = DT_BF16;
  else if (!strcmp(n, "i32")) *dt = DT_I32;
  else return false;
  return true;
}

/* Splits `f32[a, b]` into its dtype and dim expressions. */
bool fe_parse_type(Sema *s, const Node *ann, DType *dt, const NodeList **dims) {
  if (ann->kind == N_INDEX && ann->a->kind == N_IDENT && dtype_from_name(ann->a->name, dt)) {
    *dims = &ann->list;
    return true;
  }
  if (ann->kind == N_IDENT && dtype_from_name(ann->name, dt)) {
    fe_error(s, ann->span, "a type needs its shape: write %s[] for a scalar or %s[d0, d1, ...]", ann->name, ann->name);
    return false;
  }
  fe_error(s, ann->span, "expected a type such as f32[B, T, d] (dtypes: f32, f16, bf16, i32)");
  return false;
}

/* Matches one annotated dim against an actual dim: a bare unbound name binds
 * a shape variable; anything else must evaluate to an equal integer. */
static bool match_dim(Sema *s, Scope *sc, const Node *e, Dim actual, bool *fail, const Value *v, Span vsp,
                      const char *what, const char *ann_text) {
  if (e->kind == N_IDENT && !fe_scope_find(sc, e->name) && fe_builtin_lookup(e->name) < 0 && strcmp(e->name, "training") &&
      strcmp(e->name, "None")) {
    fe_scope_set(s, sc, e->name, v_dim(actual), e->span);
    return true;
  }
  Value want = fe_eval_expr(s, sc, e);
  if (want.k == V_ERR) {
    *fail = true;
    return false;
  }
  if (want.k != V_INT) {
    fe_error(s, e->span, "a dimension must be an integer, found %s", fe_v_str(s, &want));
    *fail = true;
    return false;
  }
  if (!dim_eq(want.i, actual)) {
    fe_error(s, vsp, "%s should be %s but is %s (dimension %s vs %s)", what, ann_text, fe_v_str(s, v),
             fe_dim_str(s, want.i), fe_dim_str(s, actual));
    *fail = true;
    return false;
  }
  return true;
}

char *fe_node_text(Sema *s, const Node *n) {
  const SourceFile *f = diag_file(s->d, n->span.file);
  if (!f || n->span.end > f->len || n->span.end < n->span.start) return arena_strdup(s->a, "?");
  return arena_strndup(s->a, f->text + n->span.start, n->span.end - n->span.start);
}

bool fe_check_annotation(Sema *s, Scope *sc, const Node *ann, const Value *v, Span vsp, const char *what) {
  if (strncmp(what, "the ", 4) && what[0] != '\'') what = arena_printf(s->a, "'%s'", what);
  if (ann->kind == N_TUPLE) {
    if (v->k != V_TUPLE || v->n != ann->list.n) {
      fe_error(s, vsp, "%s should be a tuple of %d values, found %s", what, ann->list.n, fe_v_str(s, v));
      return false;
    }
    for (int i = 0; i < v->n; i++)
      if (!fe_check_annotation(s, sc, ann->list.v[i], &v->items[i], vsp, what)) return false;
    return true;
  }
  DType dt;
  const NodeList *dims;
  if (!fe_parse_type(s, ann, &dt, &dims)) return false;
  char *text = fe_node_text(s, ann);
  if (v->k != V_TENSOR) {
    if (v_is_number(v) && dims->n == 0) return true; /* a number passes for a scalar */
    fe_error(s, vsp, "%s should be a tensor %s, found %s", what, text, fe_v_str(s, v));
    return false;
  }
  if (v->dt != dt) {
    fe_error(s, vsp, "%s should be %s but is %s (dtype %s vs %s)%s", what, text, fe_v_str(s, v), dtype_name(dt),
             dtype_name(v->dt), dt != DT_I32 && v->dt != DT_I32 ? "" : "; cast with f32(x) or i32(x)");
    return false;
  }
  int nell = 0, ell_at = -1;
  for (int i = 0; i < dims->n; i++)
    if (dims->v[i]->kind == N_ELLIPSIS) {
      nell++;
      ell_at = i;
    }
  if (nell > 1) {
    fe_error(s, ann->span, "a type can contain '...' only once");
    return false;
  }
  int fixed = dims->n - nell;
  if (nell ? v->rank < fixed : v->rank != fixed) {
    fe_error(s, vsp, "%s should be %s but is %s (rank %d vs %s%d)", what, text, fe_v_str(s, v), v->rank,
             nell ? "at least " : "", fixed);
    return false;
  }
  bool fail = false;
  int ax = 0;
  for (int i = 0; i < dims->n && !fail; i++) {
    if (i == ell_at) {
      ax += v->rank - fixed;
      continue;
    }
    match_dim(s, sc, dims->v[i], v->dims[ax], &fail, v, vsp, what, text);
    ax++;
  }
  return !fail;
}
