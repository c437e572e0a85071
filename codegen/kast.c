/* kast.c — building the kernel AST. Integer constants fold and identities
 * drop here, so that index arithmetic generated axis by axis reads like what
 * a person would write: `(long)o0 * 128 + o1`, not `((o0 * 1) + 0) * 128 + o1`.
 * Float expressions are never rewritten (that would change their rounding). */
#include <ctype.h>
#include <string.h>

#include "kast.h"

bool kt_is_int(KType t) { return t == KT_INT || t == KT_UINT || t == KT_LONG || t == KT_ULONG || t == KT_U16; }

static int kt_rank(KType t) {
  switch (t) {
  case KT_U16:
  case KT_INT: return 1;
  case KT_UINT: return 2;
  case KT_LONG: return 3;
  case KT_ULONG: return 4;
  case KT_FLOAT: return 5;
  case KT_VEC16:
  case KT_VEC8: return 6;
  default: return 0;
  }
}

/* C's usual arithmetic conversions over the types used here (long is 64-bit). */
static KType kt_common(KType a, KType b) {
  KType t = kt_rank(a) >= kt_rank(b) ? a : b;
  return t == KT_U16 ? KT_INT : t;
}

/* v wrapped to the integer type t, as a C conversion would. */
static int64_t wrap_to(KType t, int64_t v) {
  uint64_t u = (uint64_t)v;
  switch (t) {
  case KT_INT: return (int64_t)(int32_t)(uint32_t)u;
  case KT_UINT: return (int64_t)(uint32_t)u;
  case KT_U16: return (int64_t)(uint16_t)u;
  default: return v; /* long, ulong: kept as the 64-bit pattern */
  }
}

static KExpr *node(Arena *A, KExprKind k, KType t) {
  KExpr *e = arena_alloc(A, sizeof *e);
  e->kind = k;
  e->type = t;
  return e;
}

KExpr *ke_int(Arena *A, KType t, int64_t v) {
  ASSERT(kt_is_int(t));
  KExpr *e = node(A, KE_INT, t == KT_U16 ? KT_INT : t);
  e->i = wrap_to(e->type, v);
  return e;
}

KExpr *ke_float(Arena *A, float v) {
  KExpr *e = node(A, KE_FLOAT, KT_FLOAT);
  e->f = v;
  return e;
}

KExpr *ke_var(Arena *A, KType t, const char *name) {
  KExpr *e = node(A, KE_VAR, t);
  e->name = name;
  return e;
}

KExpr *ke_builtin(Arena *A, KType t, KBuiltin b) {
  KExpr *e = node(A, KE_BUILTIN, t);
  e->builtin = b;
  return e;
}

bool ke_is_int(const KExpr *e, int64_t v) { return e->kind == KE_INT && e->i == v; }

bool ke_is_simple(const KExpr *e) {
  return e->kind == KE_INT || e->kind == KE_FLOAT || e->kind == KE_VAR ||
         (e->kind == KE_BUILTIN && (e->builtin == KB_INF || e->builtin == KB_NAN));
}

KExpr *ke_cast(Arena *A, KType t, KExpr *a) {
  if (a->type == t) return a;
  if (a->kind == KE_INT && kt_is_int(t)) return ke_int(A, t, a->i);
  if (a->kind == KE_INT && t == KT_FLOAT && a->type != KT_ULONG) return ke_float(A, (float)a->i);
  KExpr *e = node(A, KE_CAST, t);
  e->a = a;
  return e;
}

KExpr *ke_unary(Arena *A, KOp op, KExpr *a) {
  if (a->kind == KE_INT && op == KO_NEG) return ke_int(A, a->type, (int64_t)(0 - (uint64_t)a->i));
  if (a->kind == KE_INT && op == KO_NOT) return ke_int(A, KT_INT, !a->i);
  if (a->kind == KE_FLOAT && op == KO_NEG) return ke_float(A, -a->f);
  KExpr *e = node(A, KE_UNARY, op == KO_NOT ? KT_INT : kt_common(a->type, a->type));
  e->op = op;
  e->a = a;
  return e;
}

static bool is_cmp(KOp op) { return op >= KO_LT && op <= KO_OR; }

/* Folds a op b over integer literals of result type t; false when C leaves it
 * undefined (division by zero, overflowing shifts) or it is not worth it. */
static bool fold(KOp op, KType t, int64_t a, int64_t b, int64_t *r) {
  bool uns = t == KT_UINT || t == KT_ULONG;
  uint64_t ua = (uint64_t)a, ub = (uint64_t)b;
  switch (op) {
  case KO_ADD: *r = (int64_t)(ua + ub); break;
  case KO_SUB: *r = (int64_t)(ua - ub); break;
  case KO_MUL: *r = (int64_t)(ua * ub); break;
  case KO_DIV:
  case KO_MOD:
    if (b == 0 || (!uns && b == -1)) return false;
    if (uns) *r = (int64_t)(op == KO_DIV ? ua / ub : ua % ub);
    else *r = op == KO_DIV ? a / b : a % b;
    break;
  case KO_LT: *r = uns ? ua < ub : a < b; return true;
  case KO_LE: *r = uns ? ua <= ub : a <= b; return true;
  case KO_GT: *r = uns ? ua > ub : a > b; return true;
  case KO_GE: *r = uns ? ua >= ub : a >= b; return true;
  case KO_EQ: *r = a == b; return true;
  case KO_NE: *r = a != b; return true;
  case KO_AND: *r = a && b; return true;
  case KO_OR: *r = a || b; return true;
  default: return false;
  }
  *r = wrap_to(t, *r);
  return true;
}

KExpr *ke_binary(Arena *A, KOp op, KExpr *a, KExpr *b) {
  KType t = is_cmp(op) ? KT_INT : (op == KO_SHL || op == KO_SHR) ? kt_common(a->type, a->type) : kt_common(a->type, b->type);
  KType ct = kt_common(a->type, b->type); /* the type the operation happens in */
  if (kt_is_int(ct)) {
    int64_t r;
    if (a->kind == KE_INT && b->kind == KE_INT && fold(op, ct, wrap_to(ct, a->i), wrap_to(ct, b->i), &r))
      return ke_int(A, t, r);
    /* identities; the kept operand takes the result's type */
    if ((op == KO_ADD || op == KO_SUB || op == KO_BOR || op == KO_BXOR || op == KO_SHL || op == KO_SHR) &&
        ke_is_int(b, 0))
      return ke_cast(A, t, a);
    if ((op == KO_ADD || op == KO_BOR || op == KO_BXOR) && ke_is_int(a, 0)) return ke_cast(A, t, b);
    if ((op == KO_MUL || op == KO_DIV) && ke_is_int(b, 1)) return ke_cast(A, t, a);
    if (op == KO_MUL && ke_is_int(a, 1)) return ke_cast(A, t, b);
    if (op == KO_MUL && (ke_is_int(a, 0) || ke_is_int(b, 0))) return ke_int(A, t, 0);
    if (op == KO_MOD && ke_is_int(b, 1)) return ke_int(A, t, 0);
    /* logical identities with a literal operand (comparisons are 0 or 1) */
    if ((op == KO_AND || op == KO_OR) && (a->kind == KE_INT || b->kind == KE_INT)) {
      KExpr *lit = a->kind == KE_INT ? a : b, *other = a->kind == KE_INT ? b : a;
      bool truth = lit->i != 0;
      if (op == KO_AND && !truth) return ke_int(A, t, 0);
      if (op == KO_OR && truth) return ke_int(A, t, 1);
      if (other->kind == KE_BINARY && is_cmp(other->op)) return other;
    }
    /* x + -c -> x - c, x - -c -> x + c (signed types, c not the minimum) */
    if ((op == KO_ADD || op == KO_SUB) && b->kind == KE_INT && b->i < 0 && b->i > INT32_MIN &&
        (ct == KT_INT || ct == KT_LONG))
      return ke_binary(A, op == KO_ADD ? KO_SUB : KO_ADD, a, ke_int(A, b->type, -b->i));
    /* (x + c1) + c2 -> x + (c1 + c2), likewise with subtraction, over signed types */
    if ((op == KO_ADD || op == KO_SUB) && b->kind == KE_INT && a->kind == KE_BINARY &&
        (a->op == KO_ADD || a->op == KO_SUB) && a->b->kind == KE_INT && a->type == t && (t == KT_INT || t == KT_LONG)) {
      int64_t c1 = a->op == KO_ADD ? a->b->i : -a->b->i, c2 = op == KO_ADD ? b->i : -b->i;
      if (c1 > -((int64_t)1 << 40) && c1 < ((int64_t)1 << 40) && c2 > -((int64_t)1 << 40) && c2 < ((int64_t)1 << 40))
        return ke_binary(A, KO_ADD, a->a, ke_int(A, t, c1 + c2));
    }
  }
  KExpr *e = node(A, KE_BINARY, t);
  e->op = op;
  e->a = a;
  e->b = b;
  return e;
}

KExpr *ke_cond(Arena *A, KExpr *c, KExpr *a, KExpr *b) {
  if (c->kind == KE_INT) return c->i ? a : b;
  KExpr *e = node(A, KE_COND, kt_common(a->type, b->type));
  e->a = c;
  e->b = a;
  e->c = b;
  return e;
}

KType kfn_type(KFn fn, KType arg) {
  switch (fn) {
  case KF_ISNAN:
  case KF_F2I:
  case KF_IDIV:
  case KF_IPOW: return KT_INT;
  case KF_F2H:
  case KF_F2BF: return KT_U16;
  case KF_FMA: return arg == KT_VEC16 || arg == KT_VEC8 ? arg : KT_FLOAT;
  default: return arg == KT_VEC16 || arg == KT_VEC8 ? arg : KT_FLOAT; /* float16 math: the OpenCL overloads */
  }
}

KExpr *ke_call(Arena *A, KFn fn, KExpr *a, KExpr *b, KExpr *c) {
  KExpr *e = node(A, KE_CALL, kfn_type(fn, a ? a->type : KT_VOID));
  e->fn = fn;
  e->a = a;
  e->b = b;
  e->c = c;
  return e;
}

KExpr *ke_load(Arena *A, KType elem, int param, KExpr *idx) {
  KExpr *e = node(A, KE_LOAD, elem);
  e->param = param;
  e->a = idx;
  return e;
}

KExpr *ke_lane(Arena *A, KExpr *v, int lane) {
  ASSERT((v->type == KT_VEC16 || v->type == KT_VEC8) && lane >= 0 && lane < (v->type == KT_VEC8 ? KV_NARROW : KV_WIDTH));
  KExpr *e = node(A, KE_LANE, KT_FLOAT);
  e->a = v;
  e->i = lane;
  return e;
}

static KExpr *vec_of(Arena *A, KType t, KExpr *const *elems) {
  KExpr *e = node(A, KE_VEC, t);
  int n = ke_lanes(e);
  e->elems = arena_alloc(A, sizeof *e->elems * (size_t)n);
  for (int i = 0; i < n; i++) {
    ASSERT(elems[i]->type == KT_FLOAT);
    e->elems[i] = elems[i];
  }
  return e;
}

KExpr *ke_vec(Arena *A, KExpr *const *elems) { return vec_of(A, KT_VEC16, elems); }
KExpr *ke_vec8(Arena *A, KExpr *const *elems) { return vec_of(A, KT_VEC8, elems); }

KExpr *ke_load_local(Arena *A, KType elem, const char *array, KExpr *idx) {
  KExpr *e = ke_load(A, elem, -1, idx);
  e->name = array;
  return e;
}

/* ---- statements ------------------------------------------------------------------ */

static KStmt *stmt(Arena *A, KBlock *blk, KStmtKind k) {
  KStmt *s = arena_alloc(A, sizeof *s);
  s->kind = k;
  if (blk->tail) blk->tail->next = s;
  else blk->head = s;
  blk->tail = s;
  return s;
}

KStmt *ks_decl(Arena *A, KBlock *blk, KType t, const char *name, KExpr *init, bool is_const) {
  KStmt *s = stmt(A, blk, KS_DECL);
  s->type = t;
  s->name = name;
  s->e = init;
  s->is_const = is_const && init;
  return s;
}

KStmt *ks_assign(Arena *A, KBlock *blk, const char *name, KOp aop, KExpr *e) {
  KStmt *s = stmt(A, blk, KS_ASSIGN);
  s->name = name;
  s->aop = aop;
  s->e = e;
  return s;
}

KStmt *ks_store(Arena *A, KBlock *blk, int param, KExpr *idx, KExpr *e) {
  KStmt *s = stmt(A, blk, KS_STORE);
  s->param = param;
  s->idx = idx;
  s->e = e;
  return s;
}

KStmt *ks_store_local(Arena *A, KBlock *blk, const char *array, KExpr *idx, KExpr *e) {
  KStmt *s = ks_store(A, blk, -1, idx, e);
  s->name = array;
  return s;
}

KStmt *ks_for(Arena *A, KBlock *blk, KType t, const char *var, KExpr *from, KExpr *limit, KExpr *step) {
  KStmt *s = stmt(A, blk, KS_FOR);
  s->type = t;
  s->name = var;
  s->e = from;
  s->idx = limit;
  s->step = step && !ke_is_int(step, 1) ? step : NULL;
  return s;
}

KStmt *ks_if(Arena *A, KBlock *blk, KExpr *cond) {
  KStmt *s = stmt(A, blk, KS_IF);
  s->e = cond;
  return s;
}

KStmt *ks_simple(Arena *A, KBlock *blk, KStmtKind kind) {
  ASSERT(kind == KS_BARRIER || kind == KS_RETURN);
  return stmt(A, blk, kind);
}

KStmt *ks_local(Arena *A, KBlock *blk, KType t, const char *name, int64_t count) {
  KStmt *s = stmt(A, blk, KS_LOCAL);
  s->type = t;
  s->name = name;
  s->count = count;
  return s;
}

KStmt *ks_comment(Arena *A, KBlock *blk, const char *text) {
  KStmt *s = stmt(A, blk, KS_COMMENT);
  s->text = arena_strdup(A, text);
  return s;
}

/* ---- pruning ---------------------------------------------------------------------------- */

size_t nt_slot(const NameTab *t, const char *s) {
  uint64_t h = 1469598103934665603ull;
  for (const char *p = s; *p; p++) h = (h ^ (unsigned char)*p) * 1099511628211ull;
  size_t i = (size_t)h & (t->cap - 1);
  while (t->key[i] && strcmp(t->key[i], s)) i = (i + 1) & (t->cap - 1);
  return i;
}

bool nt_has(const NameTab *t, const char *s) { return t->cap && t->key[nt_slot(t, s)]; }

void nt_add(NameTab *t, const char *s) {
  if (nt_has(t, s)) return;
  if (2 * (t->n + 1) > t->cap) {
    NameTab g = {t->cap ? 2 * t->cap : 256, 0, NULL, NULL};
    g.key = xcalloc(g.cap, sizeof *g.key);
    g.next = xcalloc(g.cap, sizeof *g.next);
    for (size_t i = 0; i < t->cap; i++)
      if (t->key[i]) {
        size_t j = nt_slot(&g, t->key[i]);
        g.key[j] = t->key[i];
        g.next[j] = t->next[i];
        g.n++;
      }
    free(t->key);
    free(t->next);
    *t = g;
  }
  size_t i = nt_slot(t, s);
  t->key[i] = s;
  t->next[i] = 2;
  t->n++;
}

void nt_free(NameTab *t) {
  free(t->key);
  free(t->next);
  *t = (NameTab){0};
}

static void uses_expr(NameTab *s, const KExpr *e) {
  if (!e) return;
  if (e->kind == KE_VAR) nt_add(s, e->name);
  uses_expr(s, e->a);
  uses_expr(s, e->b);
  uses_expr(s, e->c);
  if (e->kind == KE_VEC)
    for (int i = 0; i < ke_lanes(e); i++) uses_expr(s, e->elems[i]);
}

static void uses_block(NameTab *s, const KBlock *b) {
  for (const KStmt *st = b->head; st; st = st->next) {
    uses_expr(s, st->e);
    uses_expr(s, st->idx);
    uses_expr(s, st->step);
    uses_block(s, &st->body);
    uses_block(s, &st->els);
  }
}

/* Drops the constant declarations in b whose names are not in s. */
static bool prune_block(const NameTab *s, KBlock *b) {
  bool changed = false;
  KStmt *prev = NULL;
  for (KStmt *st = b->head; st; st = st->next) {
    if (st->kind == KS_DECL && st->is_const && !nt_has(s, st->name)) {
      if (prev) prev->next = st->next;
      else b->head = st->next;
      if (b->tail == st) b->tail = prev;
      changed = true;
      continue;
    }
    changed |= prune_block(s, &st->body);
    changed |= prune_block(s, &st->els);
    prev = st;
  }
  return changed;
}

void kf_prune(KFunc *f) {
  for (;;) {
    NameTab s = {0};
    uses_block(&s, &f->body);
    bool changed = prune_block(&s, &f->body);
    nt_free(&s);
    if (!changed) break;
  }
}

/* ---- canonical names ---------------------------------------------------------------------- */

/* The names a kernel declares carry IR ids where they name a node's value
 * (v615, r52, w40, and the index temporaries t7_q, which count per kernel):
 * two kernels that compute the same thing for different nodes would print
 * differently. Renaming maps each declared name of the form <p><digits><rest>,
 * p one of v r w t, to <p><k><rest>, k the rank of <p><digits> among the
 * numbers of prefix p in order of declaration. The map is one to one and
 * lands in the same form, so it cannot collide with a name it leaves alone. */
typedef struct Canon {
  Arena *A;
  NameTab old;     /* declared names renamed; next[] indexes `fresh` */
  NameTab stem;    /* "<p><digits>" seen; next[] holds its rank */
  const char **fresh;
  int nfresh, cap;
  int rank[26];    /* per prefix letter: ranks handed out */
  /* expressions already renamed: they are shared (a DAG), and a renamed
   * name is itself of the renamed form */
  const KExpr **seen;
  size_t nseen, capseen;
} Canon;

/* True the first time e is seen (an open-addressing set of pointers). */
static bool canon_first_visit(Canon *c, const KExpr *e) {
  if (2 * (c->nseen + 1) > c->capseen) {
    size_t cap = c->capseen ? 2 * c->capseen : 256;
    const KExpr **t = xcalloc(cap, sizeof *t);
    for (size_t i = 0; i < c->capseen; i++)
      if (c->seen[i]) {
        size_t j = ((uintptr_t)c->seen[i] >> 4) & (cap - 1);
        while (t[j]) j = (j + 1) & (cap - 1);
        t[j] = c->seen[i];
      }
    free(c->seen);
    c->seen = t;
    c->capseen = cap;
  }
  size_t j = ((uintptr_t)e >> 4) & (c->capseen - 1);
  while (c->seen[j]) {
    if (c->seen[j] == e) return false;
    j = (j + 1) & (c->capseen - 1);
  }
  c->seen[j] = e;
  c->nseen++;
  return true;
}

static bool canon_form(const char *s, size_t *digits_end) {
  if (!s || !strchr("vrwt", s[0]) || !isdigit((unsigned char)s[1])) return false;
  size_t i = 1;
  while (isdigit((unsigned char)s[i])) i++;
  *digits_end = i;
  return true;
}

static void canon_declare(Canon *c, const char *name) {
  size_t end;
  if (!canon_form(name, &end) || nt_has(&c->old, name)) return;
  char *stem = arena_printf(c->A, "%.*s", (int)end, name);
  int k;
  if (nt_has(&c->stem, stem)) k = c->stem.next[nt_slot(&c->stem, stem)];
  else {
    k = c->rank[name[0] - 'a']++;
    nt_add(&c->stem, stem);
    c->stem.next[nt_slot(&c->stem, stem)] = k;
  }
  if (c->nfresh == c->cap) {
    c->cap = c->cap ? 2 * c->cap : 64;
    c->fresh = xrealloc(c->fresh, sizeof(char *) * (size_t)c->cap);
  }
  c->fresh[c->nfresh] = arena_printf(c->A, "%c%d%s", name[0], k, name + end);
  nt_add(&c->old, name);
  c->old.next[nt_slot(&c->old, name)] = c->nfresh++;
}

static void canon_collect(Canon *c, const KBlock *b) {
  for (const KStmt *st = b->head; st; st = st->next) {
    if (st->kind == KS_DECL || st->kind == KS_FOR || st->kind == KS_LOCAL) canon_declare(c, st->name);
    canon_collect(c, &st->body);
    canon_collect(c, &st->els);
  }
}

static const char *canon_name(const Canon *c, const char *s) {
  return s && c->old.cap && nt_has(&c->old, s) ? c->fresh[c->old.next[nt_slot(&c->old, s)]] : s;
}

static void canon_expr(Canon *c, KExpr *e) {
  if (!e || !canon_first_visit(c, e)) return;
  if (e->kind == KE_VAR || (e->kind == KE_LOAD && e->param < 0)) e->name = canon_name(c, e->name);
  canon_expr(c, e->a);
  canon_expr(c, e->b);
  canon_expr(c, e->c);
  if (e->kind == KE_VEC)
    for (int i = 0; i < ke_lanes(e); i++) canon_expr(c, e->elems[i]);
}

static void canon_block(Canon *c, KBlock *b) {
  for (KStmt *st = b->head; st; st = st->next) {
    if (st->kind != KS_COMMENT) st->name = canon_name(c, st->name);
    canon_expr(c, st->e);
    canon_expr(c, st->idx);
    canon_expr(c, st->step);
    canon_block(c, &st->body);
    canon_block(c, &st->els);
  }
}

void kf_canonical_names(Arena *A, KFunc *f) {
  Canon c = {0};
  c.A = A;
  canon_collect(&c, &f->body);
  canon_block(&c, &f->body);
  nt_free(&c.old);
  nt_free(&c.stem);
  free(c.fresh);
  free(c.seen);
}
