/* sema.c — semantic analysis: global names, config and --set, module
 * instantiation, parameters, and shape/dtype checking of function bodies by
 * abstract interpretation (LANGUAGE.md sections 2-6). */
#include "sema.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define MAX_CALL_DEPTH 64

/* ---- diagnostics ------------------------------------------------------------ */

void sema_error(Sema *s, Span sp, const char *fmt, ...) {
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

Value v_err(void) { return (Value){.k = V_ERR, .param = -1, .ir = -1}; }
Value v_dim(Dim d) { return (Value){.k = V_INT, .i = d, .param = -1, .ir = -1}; }
Value v_int(int64_t x) { return v_dim(dim_const(x)); }
Value v_float(double f) { return (Value){.k = V_FLOAT, .f = f, .param = -1, .ir = -1}; }
Value v_bool(bool b) { return (Value){.k = V_BOOL, .i = dim_const(b ? 1 : 0), .param = -1, .ir = -1}; }
static Value v_kind(ValKind k) { return (Value){.k = k, .param = -1, .ir = -1}; }

Value v_tensor(Sema *s, DType dt, int rank, const Dim *dims) {
  Value v = v_kind(V_TENSOR);
  v.dt = dt;
  v.rank = rank;
  v.dims = arena_alloc(s->a, sizeof(Dim) * (size_t)(rank ? rank : 1));
  if (rank) memcpy(v.dims, dims, sizeof(Dim) * (size_t)rank);
  return v;
}

bool v_is_number(const Value *v) { return v->k == V_INT || v->k == V_FLOAT || v->k == V_BOOL; }

bool v_const_int(const Value *v, int64_t *x) {
  if (v->k != V_INT && v->k != V_BOOL) return false;
  return dim_is_const(v->i, x);
}

bool v_const_num(const Value *v, double *x) {
  int64_t i;
  if (v->k == V_FLOAT) {
    *x = v->f;
    return true;
  }
  if (v_const_int(v, &i)) {
    *x = (double)i;
    return true;
  }
  return false;
}

const char *v_kind_name(const Value *v) {
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

char *dim_str(Sema *s, Dim d) {
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

char *shape_str(Sema *s, DType dt, int rank, const Dim *dims) {
  StrBuf b = {0};
  shape_print(s, &b, dt, rank, dims);
  char *r = arena_strdup(s->a, sb_cstr(&b));
  sb_free(&b);
  return r;
}

void v_describe(Sema *s, StrBuf *b, const Value *v) {
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
      v_describe(s, b, &v->items[i]);
    }
    if (v->n > 6) sb_puts(b, ", ...");
    sb_puts(b, v->k == V_LIST ? "]" : ")");
    return;
  case V_INST: sb_printf(b, "instance of module %s", v->inst->type); return;
  case V_REPEAT: sb_printf(b, "%d repeated instances of module %s", v->n, v->n ? v->insts[0]->type : "?"); return;
  case V_FN: sb_printf(b, "function %s", v->node->name); return;
  case V_BUILTIN: sb_printf(b, "built-in %s", builtin_name(v->builtin)); return;
  case V_MODDEF: sb_printf(b, "module %s", v->node->name); return;
  default: sb_puts(b, v_kind_name(v)); return;
  }
}

char *v_str(Sema *s, const Value *v) {
  StrBuf b = {0};
  v_describe(s, &b, v);
  char *r = arena_strdup(s->a, sb_cstr(&b));
  sb_free(&b);
  return r;
}

/* ---- scopes ----------------------------------------------------------------- */

static Binding *scope_find_local(Scope *sc, const char *name) {
  for (Binding *b = sc->head; b; b = b->next)
    if (!strcmp(b->name, name)) return b;
  return NULL;
}

static Binding *scope_find(Scope *sc, const char *name) {
  for (; sc; sc = sc->parent) {
    Binding *b = scope_find_local(sc, name);
    if (b) return b;
  }
  return NULL;
}

/* Binds or rebinds a name in this scope. */
static Binding *scope_set(Sema *s, Scope *sc, const char *name, Value v, Span sp) {
  Binding *b = scope_find_local(sc, name);
  if (!b) {
    b = arena_alloc(s->a, sizeof *b);
    b->name = name;
    b->next = sc->head;
    sc->head = b;
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
  const char *const *bn = builtin_names(&nb);
  for (int i = 0; i < nb; i++) vec_push(&c, bn[i]);
  vec_push(&c, "training");
  vec_push(&c, "None");
  const char *r = diag_closest(name, c.v, c.n);
  vec_free(&c);
  return r;
}

static void error_unknown(Sema *s, Scope *sc, Span sp, const char *what, const char *name) {
  const char *sug = suggest_name(s, sc, name);
  if (sug) sema_error(s, sp, "unknown %s '%s'; did you mean '%s'?", what, name, sug);
  else sema_error(s, sp, "unknown %s '%s'", what, name);
}

bool scope_find_name(Sema *s, const char *name) { return scope_find(&s->globals, name) != NULL; }

/* ---- numbers ---------------------------------------------------------------- */

static bool is_float_dt(DType t) { return t != DT_I32; }

bool promote_dtypes(Sema *s, DType a, DType b, DType *out, Span sp, const Value *va, const Value *vb) {
  if (a == b) {
    *out = a;
    return true;
  }
  if (is_float_dt(a) && is_float_dt(b)) {
    *out = DT_F32; /* f16 or bf16 meeting f32 (or each other) computes in f32, as PyTorch does */
    return true;
  }
  sema_error(s, sp, "cannot mix %s and %s in arithmetic; cast one side, e.g. f32(x)", v_str(s, va), v_str(s, vb));
  return false;
}

Value to_tensor(Sema *s, Value v, DType like, Span sp) {
  if (v.k == V_TENSOR || v.k == V_ERR) return v;
  if (v.k == V_FLOAT && like == DT_I32) {
    sema_error(s, sp, "float constant %g meets an i32 tensor; cast the tensor with f32(x) first", v.f);
    return v_err();
  }
  if (v_is_number(&v)) return v_tensor_ir(s, like, 0, NULL, lw_number(s, &v, like, sp));
  sema_error(s, sp, "expected a tensor or a number, found %s", v_str(s, &v));
  return v_err();
}

bool broadcast_shapes(Sema *s, const Value *a, const Value *b, int *rank, Dim *out) {
  int r = a->rank > b->rank ? a->rank : b->rank;
  for (int i = 0; i < r; i++) {
    int ia = a->rank - r + i, ib = b->rank - r + i;
    Dim da = ia >= 0 ? a->dims[ia] : dim_const(1);
    Dim db = ib >= 0 ? b->dims[ib] : dim_const(1);
    int64_t ca, cb;
    bool a1 = dim_is_const(da, &ca) && ca == 1, b1 = dim_is_const(db, &cb) && cb == 1;
    if (dim_eq(da, db) || b1) out[i] = da;
    else if (a1) out[i] = db;
    else return false;
  }
  *rank = r;
  return true;
}

static Value fold_numbers(Sema *s, AstOp op, Value a, Value b, Span sp) {
  bool ints = (a.k == V_INT || a.k == V_BOOL) && (b.k == V_INT || b.k == V_BOOL);
  int64_t ia = 0, ib = 0;
  bool ca = v_const_int(&a, &ia), cb = v_const_int(&b, &ib);
  double fa = 0, fb = 0;
  bool na = v_const_num(&a, &fa), nb = v_const_num(&b, &fb);
  switch (op) {
  case AOP_ADD:
  case AOP_SUB:
  case AOP_MUL:
    if (ints) {
      Dim r = op == AOP_ADD ? dim_add(a.i, b.i) : op == AOP_SUB ? dim_sub(a.i, b.i) : dim_mul(a.i, b.i);
      if (r.bad) {
        sema_error(s, sp, "integer arithmetic overflows or is too complex to track (%s %s %s)", dim_str(s, a.i),
                   ast_op_str(op), dim_str(s, b.i));
        return v_err();
      }
      return v_dim(r);
    }
    break;
  case AOP_DIV:
    if (ints) {
      Dim q;
      if (cb && ib == 0) {
        sema_error(s, sp, "division by zero");
        return v_err();
      }
      if (ca && cb && ia == INT64_MIN && ib == -1) {
        sema_error(s, sp, "integer arithmetic overflows (%lld / -1)", (long long)ia);
        return v_err();
      }
      if (dim_div(a.i, b.i, &q)) return v_dim(q);
      if (ca && cb) return v_float((double)ia / (double)ib);
      break; /* symbolic and not exact: computed at run time below */
    }
    if (nb && fb == 0.0) {
      sema_error(s, sp, "division by zero");
      return v_err();
    }
    break;
  case AOP_POW:
    if (ints && cb && ib >= 0 && ib <= 62) {
      Dim r = dim_const(1);
      for (int64_t k = 0; k < ib && !r.bad; k++) r = dim_mul(r, a.i);
      if (!r.bad) return v_dim(r);
    }
    break;
  case AOP_EQ:
  case AOP_NE:
    if (ints) {
      bool eq = dim_eq(a.i, b.i);
      if (eq || (ca && cb)) return v_bool(op == AOP_EQ ? eq : !eq);
    }
    break;
  default: break;
  }
  if (na && nb) {
    double r = 0;
    switch (op) {
    case AOP_ADD: r = fa + fb; break;
    case AOP_SUB: r = fa - fb; break;
    case AOP_MUL: r = fa * fb; break;
    case AOP_DIV: r = fa / fb; break;
    case AOP_POW:
      r = pow(fa, fb);
      if (isnan(r)) {
        sema_error(s, sp, "%g ^ %g is not a real number", fa, fb);
        return v_err();
      }
      break;
    case AOP_EQ: return v_bool(fa == fb);
    case AOP_NE: return v_bool(fa != fb);
    case AOP_LT: return v_bool(fa < fb);
    case AOP_LE: return v_bool(fa <= fb);
    case AOP_GT: return v_bool(fa > fb);
    case AOP_GE: return v_bool(fa >= fb);
    case AOP_MATMUL:
      sema_error(s, sp, "'@' needs tensors, found two numbers");
      return v_err();
    default: break;
    }
    if (!isfinite(r)) {
      sema_error(s, sp, "constant arithmetic overflows (%g %s %g)", fa, ast_op_str(op), fb);
      return v_err();
    }
    return v_float(r);
  }
  /* A symbolic integer in a float or comparison context: the value is only
   * known at run time, so it becomes a 0-d tensor. */
  if (op == AOP_MATMUL) {
    sema_error(s, sp, "'@' needs tensors, found two numbers");
    return v_err();
  }
  DType dt = (a.k == V_FLOAT || b.k == V_FLOAT || op == AOP_DIV || op == AOP_POW) ? DT_F32 : DT_I32;
  return binary_op(s, op, to_tensor(s, a, dt, sp), to_tensor(s, b, dt, sp), sp);
}

static Value matmul_op(Sema *s, Value a, Value b, Span sp) {
  if (a.rank == 0 || b.rank == 0) {
    sema_error(s, sp, "'@' needs tensors of rank 1 or more, found %s @ %s; use '*' to scale", v_str(s, &a), v_str(s, &b));
    return v_err();
  }
  if (a.dt == DT_I32 || b.dt == DT_I32) {
    sema_error(s, sp, "'@' needs floating-point tensors, found %s @ %s; cast with f32(x)", v_str(s, &a), v_str(s, &b));
    return v_err();
  }
  DType dt;
  if (!promote_dtypes(s, a.dt, b.dt, &dt, sp, &a, &b)) return v_err();
  /* NumPy: a 1-d left operand gains a leading 1, a 1-d right operand a trailing 1;
   * both are dropped from the result. */
  Dim ka = a.dims[a.rank - 1];
  Dim kb = b.rank == 1 ? b.dims[0] : b.dims[b.rank - 2];
  if (!dim_eq(ka, kb)) {
    sema_error(s, sp, "matmul inner dimensions differ: %s @ %s (%s vs %s)", v_str(s, &a), v_str(s, &b), dim_str(s, ka),
               dim_str(s, kb));
    return v_err();
  }
  Value ba = a, bb = b;
  ba.rank = a.rank >= 2 ? a.rank - 2 : 0;
  bb.rank = b.rank >= 2 ? b.rank - 2 : 0;
  Dim out[FE_MAX_RANK + 2];
  int r;
  if (!broadcast_shapes(s, &ba, &bb, &r, out)) {
    sema_error(s, sp, "matmul batch dimensions do not broadcast: %s @ %s", v_str(s, &a), v_str(s, &b));
    return v_err();
  }
  if (a.rank >= 2) out[r++] = a.dims[a.rank - 2];
  if (b.rank >= 2) out[r++] = b.dims[b.rank - 1];
  if (r > FE_MAX_RANK) {
    sema_error(s, sp, "result has rank %d; the limit is %d", r, FE_MAX_RANK);
    return v_err();
  }
  Value res = v_tensor(s, dt, r, out);
  if (s->g) {
    /* NumPy matmul: 1-d operands gain an axis; batch dims broadcast. */
    int nb = r - (a.rank >= 2) - (b.rank >= 2);
    Dim sa[IR_MAX_RANK + 2], sb[IR_MAX_RANK + 2];
    for (int i = 0; i < nb; i++) sa[i] = sb[i] = out[i];
    sa[nb] = a.rank >= 2 ? a.dims[a.rank - 2] : dim_const(1);
    sa[nb + 1] = ka;
    sb[nb] = kb;
    sb[nb + 1] = b.rank >= 2 ? b.dims[b.rank - 1] : dim_const(1);
    int32_t xa = ir_cast(s->g, a.ir, dt, sp), xb = ir_cast(s->g, b.ir, dt, sp);
    if (a.rank == 1) xa = ir_reshape(s->g, xa, 2, sa + nb, sp);
    if (b.rank == 1) xb = ir_reshape(s->g, xb, 2, sb + nb, sp);
    xa = ir_broadcast_to(s->g, xa, nb + 2, sa, sp);
    xb = ir_broadcast_to(s->g, xb, nb + 2, sb, sp);
    res.ir = ir_reshape(s->g, ir_matmul(s->g, xa, xb, sp), r, out, sp);
  }
  return res;
}

static int ir_op_of(AstOp op) {
  switch (op) {
  case AOP_ADD: return OP_ADD;
  case AOP_SUB: return OP_SUB;
  case AOP_MUL: return OP_MUL;
  case AOP_DIV: return OP_DIV;
  case AOP_POW: return OP_POW;
  case AOP_EQ: return OP_EQ;
  case AOP_NE: return OP_NE;
  case AOP_LT: return OP_LT;
  case AOP_LE: return OP_LE;
  case AOP_GT: return OP_GT;
  case AOP_GE: return OP_GE;
  default: return -1;
  }
}

Value binary_op(Sema *s, AstOp op, Value a, Value b, Span sp) { return binary_op_ex(s, op, ir_op_of(op), a, b, sp); }

Value binary_op_ex(Sema *s, AstOp op, int irop, Value a, Value b, Span sp) {
  if (a.k == V_ERR || b.k == V_ERR) return v_err();
  bool na = v_is_number(&a), nb = v_is_number(&b);
  if (na && nb) return fold_numbers(s, op, a, b, sp);
  if (a.k == V_STR && b.k == V_STR && (op == AOP_EQ || op == AOP_NE))
    return v_bool((strcmp(a.s, b.s) == 0) == (op == AOP_EQ));
  /* string concatenation and list repetition are not part of the language */
  if ((a.k != V_TENSOR && !na) || (b.k != V_TENSOR && !nb)) {
    const Value *bad = (a.k != V_TENSOR && !na) ? &a : &b;
    sema_error(s, sp, "operator '%s' needs tensors or numbers, found %s", ast_op_str(op), v_str(s, bad));
    return v_err();
  }
  if (op == AOP_MATMUL) {
    if (a.k != V_TENSOR || b.k != V_TENSOR) {
      sema_error(s, sp, "'@' needs tensors on both sides, found %s @ %s; use '*' to scale", v_str(s, &a), v_str(s, &b));
      return v_err();
    }
    return matmul_op(s, a, b, sp);
  }
  if (a.k != V_TENSOR) a = to_tensor(s, a, b.dt, sp);
  if (b.k != V_TENSOR) b = to_tensor(s, b, a.dt, sp);
  if (a.k == V_ERR || b.k == V_ERR) return v_err();
  DType dt;
  if (!promote_dtypes(s, a.dt, b.dt, &dt, sp, &a, &b)) return v_err();
  Dim out[FE_MAX_RANK];
  int r;
  if (!broadcast_shapes(s, &a, &b, &r, out)) {
    if (irop == OP_MAX || irop == OP_MIN)
      sema_error(s, sp, "%s: shapes do not broadcast: %s and %s", irop == OP_MAX ? "maximum" : "minimum", v_str(s, &a),
                 v_str(s, &b));
    else
      sema_error(s, sp, "shapes do not broadcast: %s %s %s", v_str(s, &a), ast_op_str(op), v_str(s, &b));
    return v_err();
  }
  bool cmp = op >= AOP_EQ && op <= AOP_GE;
  DType opdt = dt; /* the dtype the operands are computed in */
  if (cmp) dt = DT_I32;
  else if (op == AOP_DIV && dt == DT_I32) dt = opdt = DT_F32; /* true division, as in PyTorch */
  Value res = v_tensor(s, dt, r, out);
  if (s->g)
    res.ir = ir_binary(s->g, (OpKind)irop, lw_prep(s, &a, opdt, r, out, sp), lw_prep(s, &b, opdt, r, out, sp), sp);
  return res;
}

Value unary_neg(Sema *s, Value a, Span sp) {
  switch (a.k) {
  case V_ERR: return a;
  case V_INT:
  case V_BOOL: {
    Dim r = dim_sub(dim_const(0), a.i);
    if (r.bad) {
      sema_error(s, sp, "integer negation overflows");
      return v_err();
    }
    return v_dim(r);
  }
  case V_FLOAT: return v_float(-a.f);
  case V_TENSOR: return v_tensor_ir(s, a.dt, a.rank, a.dims, s->g ? ir_unary(s->g, OP_NEG, a.ir, sp) : -1);
  default: sema_error(s, sp, "unary '-' needs a tensor or a number, found %s", v_str(s, &a)); return v_err();
  }
}

/* ---- indexing ---------------------------------------------------------------- */

static bool index_int(Sema *s, const Value *v, Dim size, Dim *out, Span sp, bool clamp, bool is_stop) {
  int64_t x, n;
  if (v->k != V_INT && v->k != V_BOOL) {
    sema_error(s, sp, "index must be an integer, found %s", v_str(s, v));
    return false;
  }
  bool cn = dim_is_const(size, &n);
  if (dim_is_const(v->i, &x)) {
    int64_t orig = x;
    if (x < 0) {
      if (cn) x += n;
      else {
        *out = dim_add(size, dim_const(x));
        return !out->bad;
      }
    }
    if (cn) {
      if (clamp) {
        if (x < 0) x = 0;
        if (x > n) x = n;
      } else if (x < 0 || x >= n) {
        sema_error(s, sp, "index %lld is out of range for a dimension of size %lld", (long long)orig, (long long)n);
        return false;
      }
    }
    *out = dim_const(x);
    return true;
  }
  (void)is_stop;
  /* A symbolic index whose terms are all negative (-T, -2*T) counts from the end. */
  bool neg = v->i.n > 0;
  for (int k = 0; k < v->i.n; k++) neg &= v->i.m[k].coef < 0;
  *out = neg ? dim_add(size, v->i) : v->i;
  return !out->bad;
}

static Value index_value(Sema *s, Value base, const Node *n, Scope *sc) {
  int ns = n->list.n;
  Value subs[FE_MAX_RANK * 2 + 2];
  if (ns > FE_MAX_RANK * 2) {
    sema_error(s, n->span, "too many subscripts (%d)", ns);
    return v_err();
  }
  for (int i = 0; i < ns; i++) {
    const Node *it = n->list.v[i];
    if (it->kind == N_SLICE) {
      Value sl = v_kind(V_SLICE);
      sl.items = arena_alloc(s->a, sizeof(Value) * 3);
      sl.n = 3;
      const Node *parts[3] = {it->a, it->b, it->c};
      for (int k = 0; k < 3; k++) {
        sl.items[k] = parts[k] ? eval_expr(s, sc, parts[k]) : v_kind(V_ABSENT);
        if (sl.items[k].k == V_ERR) return v_err();
        if (parts[k] && sl.items[k].k != V_INT && sl.items[k].k != V_BOOL && sl.items[k].k != V_NONE) {
          sema_error(s, parts[k]->span, "slice bounds must be integers, found %s", v_str(s, &sl.items[k]));
          return v_err();
        }
      }
      subs[i] = sl;
    } else {
      subs[i] = eval_expr(s, sc, it);
      if (subs[i].k == V_ERR) return v_err();
    }
  }
  if (base.k == V_ERR) return base;
  /* lists, tuples and repeated instances take one constant index */
  if (base.k == V_LIST || base.k == V_TUPLE || base.k == V_REPEAT) {
    int64_t x;
    if (ns != 1 || !v_const_int(&subs[0], &x)) {
      sema_error(s, n->span, "a %s takes one constant integer index", v_kind_name(&base));
      return v_err();
    }
    if (x < 0) x += base.n;
    if (x < 0 || x >= base.n) {
      sema_error(s, n->list.v[0]->span, "index out of range: the %s has %d items", v_kind_name(&base), base.n);
      return v_err();
    }
    if (base.k == V_REPEAT) {
      Value r = v_kind(V_INST);
      r.inst = base.insts[x];
      return r;
    }
    return base.items[x];
  }
  if (base.k != V_TENSOR) {
    sema_error(s, n->a->span, "cannot index a %s", v_str(s, &base));
    return v_err();
  }
  /* table[idx]: an integer tensor gathers rows along axis 0 */
  for (int i = 0; i < ns; i++) {
    if (subs[i].k != V_TENSOR) continue;
    if (ns != 1) {
      sema_error(s, n->list.v[i]->span,
                 "a tensor index is only allowed alone (table[idx] gathers along axis 0); use take(x, idx, axis=) for other axes");
      return v_err();
    }
    if (subs[i].dt != DT_I32) {
      sema_error(s, n->list.v[i]->span, "a tensor used as an index must be i32, found %s", v_str(s, &subs[i]));
      return v_err();
    }
    if (base.rank < 1) {
      sema_error(s, n->span, "cannot gather from a 0-d tensor");
      return v_err();
    }
    int r = subs[i].rank + base.rank - 1;
    if (r > FE_MAX_RANK) {
      sema_error(s, n->span, "result has rank %d; the limit is %d", r, FE_MAX_RANK);
      return v_err();
    }
    Dim out[FE_MAX_RANK];
    for (int k = 0; k < subs[i].rank; k++) out[k] = subs[i].dims[k];
    for (int k = 1; k < base.rank; k++) out[subs[i].rank + k - 1] = base.dims[k];
    return v_tensor_ir(s, base.dt, r, out, s->g ? ir_gather(s->g, base.ir, subs[i].ir, n->span) : -1);
  }
  int consumed = 0, nell = 0;
  for (int i = 0; i < ns; i++) {
    if (subs[i].k == V_ELLIPSIS) nell++;
    else if (subs[i].k != V_NONE) consumed++;
  }
  if (nell > 1) {
    sema_error(s, n->span, "an index can contain '...' only once");
    return v_err();
  }
  if (consumed > base.rank) {
    sema_error(s, n->span, "too many indices: %d for %s", consumed, v_str(s, &base));
    return v_err();
  }
  Dim out[FE_MAX_RANK * 2];
  Dim sl_start[FE_MAX_RANK], sl_len[FE_MAX_RANK];
  int64_t sl_step[FE_MAX_RANK];
  for (int k = 0; k < base.rank; k++) {
    sl_start[k] = dim_const(0);
    sl_len[k] = base.dims[k];
    sl_step[k] = 1;
  }
  int r = 0, ax = 0;
  for (int i = 0; i < ns; i++) {
    Value *sv = &subs[i];
    Span isp = n->list.v[i]->span;
    if (sv->k == V_ELLIPSIS) {
      int skip = base.rank - consumed;
      for (int k = 0; k < skip; k++) out[r++] = base.dims[ax++];
    } else if (sv->k == V_NONE) {
      out[r++] = dim_const(1);
    } else if (sv->k == V_SLICE) {
      Dim size = base.dims[ax++];
      Value *lo = &sv->items[0], *hi = &sv->items[1], *st = &sv->items[2];
      int64_t step = 1;
      if (st->k != V_ABSENT && st->k != V_NONE && (!v_const_int(st, &step) || step <= 0)) {
        sema_error(s, isp, "slice step must be a positive constant integer");
        return v_err();
      }
      Dim a = dim_const(0), b = size;
      if (lo->k != V_ABSENT && lo->k != V_NONE && !index_int(s, lo, size, &a, isp, true, false)) return v_err();
      if (hi->k != V_ABSENT && hi->k != V_NONE && !index_int(s, hi, size, &b, isp, true, true)) return v_err();
      Dim len = dim_sub(b, a);
      int64_t cl;
      if (dim_is_const(len, &cl)) {
        if (cl < 0) cl = 0;
        cl = cl / step + (cl % step != 0);
        len = dim_const(cl);
      } else if (step != 1) {
        Dim q;
        if (!dim_div(len, dim_const(step), &q)) {
          sema_error(s, isp, "a slice of symbolic length %s with step %lld must divide evenly", dim_str(s, len),
                     (long long)step);
          return v_err();
        }
        len = q;
      }
      if (len.bad) {
        sema_error(s, isp, "slice bounds are too complex to track");
        return v_err();
      }
      sl_start[ax - 1] = a;
      sl_step[ax - 1] = step;
      sl_len[ax - 1] = len;
      out[r++] = len;
    } else if (sv->k == V_INT || sv->k == V_BOOL) {
      Dim at;
      if (!index_int(s, sv, base.dims[ax], &at, isp, false, false)) return v_err();
      sl_start[ax] = at;
      sl_len[ax] = dim_const(1);
      ax++;
    } else {
      sema_error(s, isp, "cannot index with a %s", v_str(s, sv));
      return v_err();
    }
  }
  while (ax < base.rank) out[r++] = base.dims[ax++];
  if (r > FE_MAX_RANK) {
    sema_error(s, n->span, "result has rank %d; the limit is %d", r, FE_MAX_RANK);
    return v_err();
  }
  Value res = v_tensor(s, base.dt, r, out);
  if (s->g) {
    int32_t x = ir_slice(s->g, base.ir, sl_start, sl_step, sl_len, n->span);
    res.ir = ir_reshape(s->g, x, r, out, n->span); /* drops indexed axes, adds None axes */
  }
  return res;
}

/* ---- calls ------------------------------------------------------------------ */

static Value call_value(Sema *s, Scope *sc, Value callee, CallArg *args, int nargs, Span call, Span callee_sp);
static Instance *instantiate(Sema *s, const Node *def, CallArg *args, int nargs, const char *path, Span call);
static bool check_annotation(Sema *s, Scope *sc, const Node *ann, const Value *v, Span vsp, const char *what);

static int eval_args(Sema *s, Scope *sc, const NodeList *l, CallArg *out) {
  int bad = 0;
  for (int i = 0; i < l->n; i++) {
    const Node *a = l->v[i];
    if (a->kind == N_KWARG) {
      out[i].kw = a->name;
      out[i].v = eval_expr(s, sc, a->a);
      out[i].span = a->span;
      for (int j = 0; j < i; j++)
        if (out[j].kw && !strcmp(out[j].kw, a->name)) {
          sema_error(s, a->name_span, "argument '%s' given twice", a->name);
          bad = 1;
        }
    } else {
      out[i].kw = NULL;
      out[i].v = eval_expr(s, sc, a);
      out[i].span = a->span;
      if (i > 0 && out[i - 1].kw) {
        sema_error(s, a->span, "positional argument after a keyword argument");
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
static bool bind_params(Sema *s, Scope *sc, const NodeList *params, CallArg *args, int nargs, Span call,
                        const char *fname, bool check_types) {
  int np = params->n;
  int *given = arena_alloc(s->a, sizeof(int) * (size_t)(np + 1));
  for (int i = 0; i < np; i++) given[i] = -1;
  bool ok = true;
  int pos = 0;
  for (int i = 0; i < nargs; i++) {
    if (!args[i].kw) {
      if (pos >= np) {
        sema_error(s, args[i].span, "too many arguments to %s: it takes %d", fname, np);
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
      if (sug) sema_error(s, args[i].span, "%s has no parameter '%s'; did you mean '%s'?", fname, args[i].kw, sug);
      else sema_error(s, args[i].span, "%s has no parameter '%s'", fname, args[i].kw);
      ok = false;
      continue;
    }
    if (given[j] >= 0) {
      sema_error(s, args[i].span, "parameter '%s' of %s is given twice", args[i].kw, fname);
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
      v = eval_expr(s, sc, p->b);
      vsp = p->b->span;
    } else {
      sema_error(s, call, "missing argument '%s' in call to %s", p->name, fname);
      ok = false;
      continue;
    }
    if (v.k == V_ERR) {
      ok = false;
      continue;
    }
    if (check_types && p->a && !check_annotation(s, sc, p->a, &v, vsp, p->name)) ok = false;
    scope_set(s, sc, p->name, v, p->name_span);
  }
  return ok;
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
static bool parse_type(Sema *s, const Node *ann, DType *dt, const NodeList **dims) {
  if (ann->kind == N_INDEX && ann->a->kind == N_IDENT && dtype_from_name(ann->a->name, dt)) {
    *dims = &ann->list;
    return true;
  }
  if (ann->kind == N_IDENT && dtype_from_name(ann->name, dt)) {
    sema_error(s, ann->span, "a type needs its shape: write %s[] for a scalar or %s[d0, d1, ...]", ann->name, ann->name);
    return false;
  }
  sema_error(s, ann->span, "expected a type such as f32[B, T, d] (dtypes: f32, f16, bf16, i32)");
  return false;
}

/* Matches one annotated dim against an actual dim: a bare unbound name binds
 * a shape variable; anything else must evaluate to an equal integer. */
static bool match_dim(Sema *s, Scope *sc, const Node *e, Dim actual, bool *fail, const Value *v, Span vsp,
                      const char *what, const char *ann_text) {
  if (e->kind == N_IDENT && !scope_find(sc, e->name) && builtin_lookup(e->name) < 0 && strcmp(e->name, "training") &&
      strcmp(e->name, "None")) {
    scope_set(s, sc, e->name, v_dim(actual), e->span);
    return true;
  }
  Value want = eval_expr(s, sc, e);
  if (want.k == V_ERR) {
    *fail = true;
    return false;
  }
  if (want.k != V_INT) {
    sema_error(s, e->span, "a dimension must be an integer, found %s", v_str(s, &want));
    *fail = true;
    return false;
  }
  if (!dim_eq(want.i, actual)) {
    sema_error(s, vsp, "%s should be %s but is %s (dimension %s vs %s)", what, ann_text, v_str(s, v),
               dim_str(s, want.i), dim_str(s, actual));
    *fail = true;
    return false;
  }
  return true;
}

static char *node_text(Sema *s, const Node *n) {
  const SourceFile *f = diag_file(s->d, n->span.file);
  if (!f || n->span.end > f->len || n->span.end < n->span.start) return arena_strdup(s->a, "?");
  return arena_strndup(s->a, f->text + n->span.start, n->span.end - n->span.start);
}

static bool check_annotation(Sema *s, Scope *sc, const Node *ann, const Value *v, Span vsp, const char *what) {
  if (strncmp(what, "the ", 4) && what[0] != '\'') what = arena_printf(s->a, "'%s'", what);
  if (ann->kind == N_TUPLE) {
    if (v->k != V_TUPLE || v->n != ann->list.n) {
      sema_error(s, vsp, "%s should be a tuple of %d values, found %s", what, ann->list.n, v_str(s, v));
      return false;
    }
    for (int i = 0; i < v->n; i++)
      if (!check_annotation(s, sc, ann->list.v[i], &v->items[i], vsp, what)) return false;
    return true;
  }
  DType dt;
  const NodeList *dims;
  if (!parse_type(s, ann, &dt, &dims)) return false;
  char *text = node_text(s, ann);
  if (v->k != V_TENSOR) {
    if (v_is_number(v) && dims->n == 0) return true; /* a number passes for a scalar */
    sema_error(s, vsp, "%s should be a tensor %s, found %s", what, text, v_str(s, v));
    return false;
  }
  if (v->dt != dt) {
    sema_error(s, vsp, "%s should be %s but is %s (dtype %s vs %s)%s", what, text, v_str(s, v), dtype_name(dt),
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
    sema_error(s, ann->span, "a type can contain '...' only once");
    return false;
  }
  int fixed = dims->n - nell;
  if (nell ? v->rank < fixed : v->rank != fixed) {
    sema_error(s, vsp, "%s should be %s but is %s (rank %d vs %s%d)", what, text, v_str(s, v), v->rank,
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
        if (!scope_find_local(sc, n->list.v[k]->name)) scope_set(s, sc, n->list.v[k]->name, v_err(), n->list.v[k]->span);
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
      for (int i = 0; i < n->list.n; i++) scope_set(s, sc, n->list.v[i]->name, v_err(), n->list.v[i]->span);
      return;
    }
    if (n->a->kind == N_PARAM) {
      sema_error(s, n->a->span, "'param' declares a module member; it is not allowed inside a function");
      return;
    }
    if (n->a->kind == N_REPEAT) {
      sema_error(s, n->a->span, "'repeat' declares module members; it is not allowed inside a function");
      return;
    }
    Value v = eval_expr(s, sc, n->a);
    if (v.k == V_INST || v.k == V_REPEAT) {
      /* aliasing an existing instance is fine */
    }
    if (n->list.n == 1) {
      scope_set(s, sc, n->list.v[0]->name, v, n->list.v[0]->span);
      return;
    }
    if (v.k == V_ERR) {
      for (int i = 0; i < n->list.n; i++) scope_set(s, sc, n->list.v[i]->name, v_err(), n->list.v[i]->span);
      return;
    }
    if ((v.k != V_TUPLE && v.k != V_LIST) || v.n != n->list.n) {
      sema_error(s, n->a->span, "cannot unpack %s into %d names", v_str(s, &v), n->list.n);
      for (int i = 0; i < n->list.n; i++) scope_set(s, sc, n->list.v[i]->name, v_err(), n->list.v[i]->span);
      return;
    }
    for (int i = 0; i < n->list.n; i++) scope_set(s, sc, n->list.v[i]->name, v.items[i], n->list.v[i]->span);
    return;
  }
  case N_RETURN:
    st->ret = n->a ? eval_expr(s, sc, n->a) : v_err();
    st->ret_span = n->a ? n->a->span : n->span; /* no expression: a syntax error was reported */
    st->returned = true;
    return;
  case N_IF: {
    Value c = eval_expr(s, sc, n->a);
    int64_t x;
    if (c.k == V_ERR || !v_const_int(&c, &x)) {
      if (c.k == V_TENSOR)
        sema_error(s, n->a->span, "the condition of 'if' must be a compile-time constant, found %s; use where(c, a, b) "
                                  "to choose between tensors", v_str(s, &c));
      else if (c.k != V_ERR)
        sema_error(s, n->a->span, "the condition of 'if' must be a compile-time bool or integer, found %s", v_str(s, &c));
      poison_targets(s, sc, &n->list);
      poison_targets(s, sc, &n->list2);
      return;
    }
    exec_stmts(s, sc, x ? &n->list : &n->list2, st);
    return;
  }
  case N_FN:
    sema_error(s, n->name_span, "functions cannot be nested; define '%s' at the top level or in a module", n->name);
    return;
  default: UNREACHABLE();
  }
}

static void exec_stmts(Sema *s, Scope *sc, const NodeList *l, FnState *st) {
  for (int i = 0; i < l->n && !st->returned; i++)
    if (l->v[i]) exec_stmt(s, sc, l->v[i], st);
}

/* Recursion that branches (a module holding two of itself) would take
 * exponential time within the depth limit, so the total number of calls and
 * instantiations is bounded too. */
#define MAX_WORK 50000
static bool within_budget(Sema *s, Span call, const char *what) {
  if (++s->work <= MAX_WORK) return true;
  if (s->work == MAX_WORK + 1)
    sema_error(s, call, "the program makes more than %d calls and module instantiations (at %s); is it recursive?",
               MAX_WORK, what);
  return false;
}

static Value call_user_fn(Sema *s, const Node *fn, Instance *self, CallArg *args, int nargs, Span call) {
  const char *fname = self ? arena_printf(s->a, "%s.%s", self->type, fn->name) : fn->name;
  if (!within_budget(s, call, fname)) return v_err();
  if (s->nframes >= MAX_CALL_DEPTH) {
    sema_error(s, call, "calls nested more than %d deep (is %s recursive?)", MAX_CALL_DEPTH, fname);
    return v_err();
  }
  Scope *sc = arena_alloc(s->a, sizeof *sc);
  sc->parent = self ? &self->scope : &s->globals;
  sc->what = fname;
  s->frames[s->nframes++] = (CallFrame){arena_printf(s->a, "this call to %s", fname), call};
  Value r = v_err();
  if (bind_params(s, sc, &fn->list2, args, nargs, call, fname, true)) {
    /* The body's locals live in a child scope, so the result type is read
     * in the signature's scope only. */
    Scope *body = arena_alloc(s->a, sizeof *body);
    body->parent = sc;
    body->what = fname;
    FnState st = {0};
    exec_stmts(s, body, &fn->list, &st);
    if (!st.returned) {
      sema_error(s, fn->name_span, "function '%s' ends without 'return'", fn->name);
    } else {
      r = st.ret;
      if (r.k != V_ERR && fn->a) {
        int before = s->d->nerrors;
        if (!check_annotation(s, sc, fn->a, &r, st.ret_span, "the result")) {
          if (s->d->nerrors > before) diag_note(s->d, fn->a->span, "the result type is declared here");
          r = v_err();
        }
      }
    }
  }
  s->nframes--;
  return r;
}

static Value call_value(Sema *s, Scope *sc, Value callee, CallArg *args, int nargs, Span call, Span callee_sp) {
  switch (callee.k) {
  case V_ERR: return callee;
  case V_BUILTIN: return builtin_call(s, callee.builtin, args, nargs, call, callee_sp);
  case V_FN: return call_user_fn(s, callee.node, callee.inst, args, nargs, call);
  case V_INST: {
    Binding *b = scope_find_local(&callee.inst->scope, "forward");
    if (!b || b->v.k != V_FN) {
      sema_error(s, callee_sp, "module %s has no 'forward' function, so its instances cannot be called",
                 callee.inst->type);
      return v_err();
    }
    return call_user_fn(s, b->v.node, callee.inst, args, nargs, call);
  }
  case V_REPEAT: {
    if (nargs != 1 || args[0].kw) {
      sema_error(s, call, "a repeated module is applied to exactly one argument: x = blocks(x)");
      return v_err();
    }
    Value x = args[0].v;
    for (int i = 0; i < callee.n && x.k != V_ERR; i++) {
      Value inst = v_kind(V_INST);
      inst.inst = callee.insts[i];
      CallArg a = {NULL, x, args[0].span};
      x = call_value(s, sc, inst, &a, 1, call, callee_sp);
    }
    return x;
  }
  case V_MODDEF:
    sema_error(s, callee_sp, "module %s can only be instantiated as a member of a module (name = %s(...))",
               callee.node->name, callee.node->name);
    return v_err();
  default:
    sema_error(s, callee_sp, "cannot call a %s", v_str(s, &callee));
    return v_err();
  }
}

/* ---- expressions ------------------------------------------------------------------ */

static Value eval_expr1(Sema *s, Scope *sc, const Node *n);

/* Expression nesting is bounded so hostile input cannot exhaust the stack. */
Value eval_expr(Sema *s, Scope *sc, const Node *n) {
  if (s->depth >= 256) {
    if (!s->depth_reported) sema_error(s, n->span, "expression nested too deeply (more than 256 levels)");
    s->depth_reported = true;
    return v_err();
  }
  s->depth++;
  Value v = eval_expr1(s, sc, n);
  s->depth--;
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
    Binding *b = scope_find(sc, n->name);
    if (b) {
      Value v = b->v;
      if (s->g && v.k == V_TENSOR && v.param >= 0) v.ir = lw_param(s, v.param);
      return v;
    }
    int bi = builtin_lookup(n->name);
    if (bi >= 0) {
      Value v = v_kind(V_BUILTIN);
      v.builtin = bi;
      return v;
    }
    if (!strcmp(n->name, "training")) return v_bool(s->training);
    if (!strcmp(n->name, "None")) return v_kind(V_NONE);
    error_unknown(s, sc, n->span, "name", n->name);
    return v_err();
  }
  case N_LIST:
  case N_TUPLE: {
    Value v = v_kind(n->kind == N_LIST ? V_LIST : V_TUPLE);
    v.n = n->list.n;
    v.items = arena_alloc(s->a, sizeof(Value) * (size_t)(v.n ? v.n : 1));
    for (int i = 0; i < v.n; i++) {
      v.items[i] = eval_expr(s, sc, n->list.v[i]);
      if (v.items[i].k == V_ERR) return v_err();
    }
    return v;
  }
  case N_UNARY: return unary_neg(s, eval_expr(s, sc, n->a), n->span);
  case N_BINARY: {
    Value a = eval_expr(s, sc, n->a);
    Value b = eval_expr(s, sc, n->b);
    return binary_op(s, n->op, a, b, n->span);
  }
  case N_INDEX: return index_value(s, eval_expr(s, sc, n->a), n, sc);
  case N_MEMBER: {
    Value base = eval_expr(s, sc, n->a);
    if (base.k == V_ERR) return base;
    if (base.k != V_INST) {
      sema_error(s, n->name_span, "a %s has no members", v_str(s, &base));
      return v_err();
    }
    Binding *b = scope_find_local(&base.inst->scope, n->name);
    if (!b) {
      const char *c[256];
      int nc = 0;
      for (Binding *x = base.inst->scope.head; x && nc < 256; x = x->next) c[nc++] = x->name;
      const char *sug = diag_closest(n->name, c, nc);
      if (sug)
        sema_error(s, n->name_span, "module %s has no member '%s'; did you mean '%s'?", base.inst->type, n->name, sug);
      else
        sema_error(s, n->name_span, "module %s has no member '%s'", base.inst->type, n->name);
      return v_err();
    }
    Value v = b->v;
    if (s->g && v.k == V_TENSOR && v.param >= 0) v.ir = lw_param(s, v.param);
    return v;
  }
  case N_CALL: {
    Value callee = eval_expr(s, sc, n->a);
    CallArg *args = arena_alloc(s->a, sizeof(CallArg) * (size_t)(n->list.n + 1));
    int32_t mark = s->g ? s->g->nodes.n : 0;
    int na = eval_args(s, sc, &n->list, args);
    if (callee.k == V_ERR || na < 0) return v_err();
    s->arg_mark = mark + 1; /* read by builtins before any nested call can change it */
    return call_value(s, sc, callee, args, na, n->span, n->a->span);
  }
  case N_KWARG:
    sema_error(s, n->span, "keyword arguments are only allowed in calls");
    return v_err();
  case N_SLICE:
    sema_error(s, n->span, "a slice 'a:b' is only allowed inside an index");
    return v_err();
  case N_PARAM:
    sema_error(s, n->span, "'param' can only be assigned to a module member: name = param f32[...] init ...");
    return v_err();
  case N_REPEAT:
    sema_error(s, n->span, "'repeat' can only be assigned to a module member: name = repeat(n) Module(...)");
    return v_err();
  default:
    sema_error(s, n->span, "expected an expression");
    return v_err();
  }
}

/* ---- modules ---------------------------------------------------------------------- */

static bool glob_match(const char *pat, const char *str) {
  /* '*' matches any run of characters, dots included */
  const char *star = NULL, *mark = NULL;
  while (*str) {
    if (*pat == '*') {
      star = pat++;
      mark = str;
    } else if (*pat == *str) {
      pat++;
      str++;
    } else if (star) {
      pat = star + 1;
      str = ++mark;
    } else {
      return false;
    }
  }
  while (*pat == '*') pat++;
  return *pat == 0;
}

bool fe_glob_match(const char *pat, const char *str) { return glob_match(pat, str); }

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
    sema_error(s, e->span, "unknown initialiser%s%s%s; expected zeros, ones, normal(mean, std), uniform(lo, hi) or "
                           "constant(v)%s%s%s",
               name ? " '" : "", name ? name : "", name ? "'" : "", sug ? "; did you mean '" : "", sug ? sug : "",
               sug ? "'?" : "");
    return false;
  }
  pi->init = (InitKind)k;
  double vals[2] = {0, 0};
  int nargs = args ? args->n : 0;
  if (nargs != nreq[k]) {
    sema_error(s, e->span, "initialiser %s takes %d argument%s, found %d", inits[k], nreq[k], nreq[k] == 1 ? "" : "s",
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
        sema_error(s, a->span, "initialiser %s has no parameter '%s'", inits[k], a->name);
        return false;
      }
    }
    Value v = eval_expr(s, sc, ve);
    if (v.k == V_ERR) return false;
    if (!v_const_num(&v, &vals[slot])) {
      sema_error(s, ve->span, "initialiser arguments must be constant numbers, found %s", v_str(s, &v));
      return false;
    }
  }
  if (k == INIT_NORMAL && vals[1] < 0) {
    sema_error(s, e->span, "normal(mean, std) needs std >= 0, found %g", vals[1]);
    return false;
  }
  if (k == INIT_UNIFORM && vals[1] < vals[0]) {
    sema_error(s, e->span, "uniform(lo, hi) needs lo <= hi, found %g > %g", vals[0], vals[1]);
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
  if (!parse_type(s, pn->a, &dt, &dims)) return v_err();
  if (dt == DT_I32) {
    sema_error(s, pn->a->span, "parameters must be floating point (f32, f16 or bf16), found i32");
    return v_err();
  }
  if (dims->n > FE_MAX_RANK) {
    sema_error(s, pn->a->span, "parameters have at most %d dimensions", FE_MAX_RANK);
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
      sema_error(s, e->span, "a parameter's shape must be fixed; '...' is only for function arguments");
      return v_err();
    }
    Value v = eval_expr(s, &inst->scope, e);
    if (v.k == V_ERR) {
      ok = false;
      continue;
    }
    int64_t x;
    if (v.k == V_FLOAT && v.f == floor(v.f) && fabs(v.f) < 9e15) {
      sema_error(s, e->span, "a dimension must be an integer, found the float %g; use integer arithmetic (a division "
                             "that does not come out whole gives a float, e.g. d / heads)", v.f);
      ok = false;
      continue;
    }
    if (!v_const_int(&v, &x) || v.k == V_BOOL) {
      if (v.k == V_FLOAT)
        sema_error(s, e->span, "a dimension must be a whole number, but '%s' = %g", node_text(s, e), v.f);
      else
        sema_error(s, e->span, "a parameter's dimension must be a constant integer, found %s", v_str(s, &v));
      ok = false;
      continue;
    }
    if (x <= 0) {
      sema_error(s, e->span, "a parameter's dimension must be positive, found %lld", (long long)x);
      ok = false;
      continue;
    }
    pi.dims[i] = x;
    dd[i] = dim_const(x);
    if (__builtin_mul_overflow(pi.count, x, &pi.count) || pi.count > ((int64_t)1 << 40)) {
      sema_error(s, pn->a->span, "parameter is too large (more than 2^40 elements)");
      return v_err();
    }
  }
  if (!ok || !read_init(s, &inst->scope, pn->b, &pi)) return v_err();
  pi.frozen = pn->flag;
  pi.span = target->span;
  pi.name = xstrdup(join_path(s, inst->path, target->name));
  vec_push(&s->model->params, pi);
  Value v = v_tensor(s, dt, pi.rank, dd);
  v.param = s->model->params.n - 1;
  return v;
}

static void inst_stmts(Sema *s, Instance *inst, const NodeList *l, int depth);

static bool member_unique(Sema *s, Instance *inst, const Node *target) {
  Binding *prev = scope_find_local(&inst->scope, target->name);
  if (!prev) return true;
  sema_error(s, target->span, "'%s' is declared twice in %s %s (parameter names must be unique)", target->name,
             inst->def->kind == N_MODEL ? "model" : "module", inst->type);
  diag_note(s->d, prev->span, "'%s' was first declared here", target->name);
  return false;
}

static Value eval_module_call(Sema *s, Instance *inst, const Node *call, const char *path, bool *is_module) {
  *is_module = false;
  if (call->kind != N_CALL) return v_err();
  Value callee = eval_expr(s, &inst->scope, call->a);
  if (callee.k != V_MODDEF) {
    if (callee.k == V_ERR) *is_module = true; /* already reported */
    return callee;
  }
  *is_module = true;
  CallArg *args = arena_alloc(s->a, sizeof(CallArg) * (size_t)(call->list.n + 1));
  int na = eval_args(s, &inst->scope, &call->list, args);
  if (na < 0) return v_err();
  Instance *sub = instantiate(s, callee.node, args, na, path, call->span);
  if (!sub) return v_err();
  Value v = v_kind(V_INST);
  v.inst = sub;
  return v;
}

static void inst_stmt(Sema *s, Instance *inst, const Node *n, int depth) {
  switch (n->kind) {
  case N_ASSIGN: {
    const Node *rhs = n->a;
    if (!rhs) { /* a syntax error on the right: bind quietly */
      for (int i = 0; i < n->list.n; i++)
        if (!scope_find_local(&inst->scope, n->list.v[i]->name))
          scope_set(s, &inst->scope, n->list.v[i]->name, v_err(), n->list.v[i]->span);
      return;
    }
    if (n->list.n != 1) {
      if (rhs->kind == N_PARAM || rhs->kind == N_REPEAT) {
        sema_error(s, n->span, "declare one member per statement");
        return;
      }
      Value v = eval_expr(s, &inst->scope, rhs);
      if (v.k == V_ERR) return;
      if ((v.k != V_TUPLE && v.k != V_LIST) || v.n != n->list.n) {
        sema_error(s, rhs->span, "cannot unpack %s into %d names", v_str(s, &v), n->list.n);
        return;
      }
      for (int i = 0; i < n->list.n; i++)
        if (member_unique(s, inst, n->list.v[i])) scope_set(s, &inst->scope, n->list.v[i]->name, v.items[i], n->list.v[i]->span);
      return;
    }
    const Node *target = n->list.v[0];
    if (!member_unique(s, inst, target)) return;
    const char *path = join_path(s, inst->path, target->name);
    Value v;
    if (rhs->kind == N_PARAM) {
      v = declare_param(s, inst, target, rhs);
    } else if (rhs->kind == N_REPEAT) {
      Value cnt = eval_expr(s, &inst->scope, rhs->a);
      int64_t k;
      v = v_err();
      if (cnt.k == V_ERR) {
      } else if (!v_const_int(&cnt, &k) || cnt.k == V_BOOL) {
        sema_error(s, rhs->a->span, "repeat count must be a constant integer, found %s", v_str(s, &cnt));
      } else if (k < 1 || k > 4096) {
        sema_error(s, rhs->a->span, "repeat count must be between 1 and 4096, found %lld", (long long)k);
      } else if (rhs->b->kind != N_CALL) {
        sema_error(s, rhs->b->span, "expected a module instantiation after repeat(n), like repeat(4) Block(d)");
      } else {
        Value rep = v_kind(V_REPEAT);
        rep.n = (int)k;
        rep.insts = arena_alloc(s->a, sizeof(Instance *) * (size_t)k);
        for (int64_t i = 0; i < k; i++) {
          bool is_mod;
          Value one = eval_module_call(s, inst, rhs->b, arena_printf(s->a, "%s.%lld", path, (long long)i), &is_mod);
          if (!is_mod) {
            sema_error(s, rhs->b->a->span, "repeat(n) needs a module, found %s", v_str(s, &one));
            rep = v_err();
            break;
          }
          if (one.k == V_ERR) {
            rep = v_err();
            break;
          }
          rep.insts[i] = one.inst;
        }
        v = rep;
      }
    } else {
      bool is_mod = false;
      v = rhs->kind == N_CALL ? eval_module_call(s, inst, rhs, path, &is_mod) : v_err();
      if (!is_mod) {
        if (rhs->kind != N_CALL) v = eval_expr(s, &inst->scope, rhs);
        else if (v.k != V_ERR) {
          /* a call that is not a module: a compile-time helper, e.g. sqrt(d) */
          CallArg *args = arena_alloc(s->a, sizeof(CallArg) * (size_t)(rhs->list.n + 1));
          int na = eval_args(s, &inst->scope, &rhs->list, args);
          s->arg_mark = 0; /* unknown: no node counts as made by the arguments */
          v = na < 0 ? v_err() : call_value(s, &inst->scope, v, args, na, rhs->span, rhs->a->span);
        }
        if (v.k == V_TENSOR) {
          sema_error(s, rhs->span, "module-level values must be compile-time constants (numbers, strings, lists); "
                                   "compute tensors inside a function");
          v = v_err();
        }
      }
    }
    scope_set(s, &inst->scope, target->name, v, target->span);
    return;
  }
  case N_IF: {
    Value c = eval_expr(s, &inst->scope, n->a);
    if (c.k == V_ERR) return;
    int64_t x;
    if (!v_const_int(&c, &x)) {
      sema_error(s, n->a->span, "the condition of 'if' must be a compile-time bool or integer, found %s", v_str(s, &c));
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
    scope_set(s, &inst->scope, n->name, f, n->name_span);
    return;
  }
  case N_RETURN:
    sema_error(s, n->span, "'return' is only allowed inside a function");
    return;
  default: UNREACHABLE();
  }
}

static void inst_stmts(Sema *s, Instance *inst, const NodeList *l, int depth) {
  for (int i = 0; i < l->n; i++)
    if (l->v[i]) inst_stmt(s, inst, l->v[i], depth);
}

static Instance *instantiate(Sema *s, const Node *def, CallArg *args, int nargs, const char *path, Span call) {
  if (!within_budget(s, call, def->name)) return NULL;
  if (s->nframes >= MAX_CALL_DEPTH) {
    sema_error(s, call, "modules nested more than %d deep (does %s contain itself?)", MAX_CALL_DEPTH, def->name);
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
  s->frames[s->nframes++] = (CallFrame){arena_printf(s->a, "this instantiation of %s", what), call};
  for (int i = 0; i < def->list2.n; i++)
    if (def->list2.v[i]->a)
      sema_error(s, def->list2.v[i]->a->span, "module arguments are compile-time values and take no type");
  bool ok = bind_params(s, &inst->scope, &def->list2, args, nargs, call, what, false);
  if (ok) {
    for (Binding *b = inst->scope.head; b; b = b->next)
      if (b->v.k == V_TENSOR) {
        sema_error(s, call, "module arguments must be compile-time values, but '%s' is %s", b->name, v_str(s, &b->v));
        ok = false;
      }
  }
  if (ok) inst_stmts(s, inst, &def->list, 0);
  s->nframes--;
  return ok ? inst : NULL;
}

/* ---- the program -------------------------------------------------------------------- */

static bool is_const_value(const Value *v) {
  if (v_is_number(v) || v->k == V_STR || v->k == V_NONE) return true;
  if (v->k == V_LIST || v->k == V_TUPLE) {
    for (int i = 0; i < v->n; i++)
      if (!is_const_value(&v->items[i])) return false;
    return true;
  }
  return false;
}

/* Parses "KEY=VALUE" from --set into a synthetic source. Returns the N_ASSIGN
 * node, or NULL after reporting. `block` receives "config", "train" or "finetune". */
static const Node *parse_set(Sema *s, const char *arg, const char **block) {
  const char *eq = strchr(arg, '=');
  if (!eq || eq == arg) {
    diag_plain(s->d, "--set expects KEY=VALUE (e.g. --set d=256 or --set train.steps=500), found '%s'", arg);
    return NULL;
  }
  char *key = xstrndup(arg, (size_t)(eq - arg));
  const char *blk = "config";
  char *k = key;
  char *dot = strchr(key, '.');
  if (dot) {
    *dot = 0;
    blk = !strcmp(key, "train") ? "train" : !strcmp(key, "finetune") ? "finetune" : NULL;
    k = dot + 1;
    if (!blk) {
      diag_plain(s->d, "--set %s: only config names, train.KEY and finetune.KEY can be set", arg);
      free(key);
      return NULL;
    }
  }
  bool ident = k[0] && !(k[0] >= '0' && k[0] <= '9');
  for (char *c = k; *c; c++)
    if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9') || *c == '_')) ident = false;
  if (!ident) {
    diag_plain(s->d, "--set %s: '%s' is not a name", arg, k);
    free(key);
    return NULL;
  }
  StrBuf src = {0};
  sb_printf(&src, "%s { %s = %s\n}", blk, k, eq + 1);
  free(key);
  AstFile *f;
  char *label = arena_printf(s->a, "--set %s", arg);
  int before = s->d->nerrors;
  fe_parse_text(s->prog, label, sb_cstr(&src), src.len, &f);
  sb_free(&src);
  if (s->d->nerrors > before || f->items.n != 1 || !f->items.v[0] || f->items.v[0]->list.n != 1) {
    if (s->d->nerrors == before) diag_plain(s->d, "--set %s: the value must be one expression", arg);
    return NULL;
  }
  *block = blk;
  return f->items.v[0]->list.v[0];
}

/* Binds a top-level name; a definition in a file that imports another
 * overrides the imported one, while two in the same file are an error. */
static void define_global(Sema *s, const char *name, Value v, Span sp, const Node *def) {
  Binding *prev = scope_find_local(&s->globals, name);
  if (prev && prev->span.file == sp.file) {
    sema_error(s, sp, "'%s' is already defined as a %s", name,
               prev->v.k == V_FN ? "function" : prev->v.k == V_MODDEF ? "module" : "config value");
    diag_note(s->d, prev->span, "first defined here");
    return;
  }
  (void)def;
  scope_set(s, &s->globals, name, v, sp);
}

static Value check_entry(Sema *s, Instance *model, const char *fname, bool training) {
  Binding *b = scope_find_local(&model->scope, fname);
  if (!b) return v_err();
  if (b->v.k != V_FN) {
    sema_error(s, b->span, "'%s' of a model must be a function", fname);
    return v_err();
  }
  const Node *fn = b->v.node;
  /* Entry arguments come from outside: each needs a type, whose unbound dim
   * names become symbolic shape variables. */
  Scope *sc = arena_alloc(s->a, sizeof *sc);
  sc->parent = &model->scope;
  CallArg *args = arena_alloc(s->a, sizeof(CallArg) * (size_t)(fn->list2.n + 1));
  bool ok = true;
  for (int i = 0; i < fn->list2.n; i++) {
    const Node *p = fn->list2.v[i];
    if (!p->a) {
      sema_error(s, p->span, "argument '%s' of the entry function '%s' needs a type, e.g. %s: i32[B, T]", p->name, fname,
                 p->name);
      ok = false;
      continue;
    }
    DType dt;
    const NodeList *dims;
    if (!parse_type(s, p->a, &dt, &dims)) {
      ok = false;
      continue;
    }
    Dim dd[FE_MAX_RANK];
    if (dims->n > FE_MAX_RANK) {
      sema_error(s, p->a->span, "at most %d dimensions", FE_MAX_RANK);
      ok = false;
      continue;
    }
    for (int k = 0; k < dims->n; k++) {
      const Node *e = dims->v[k];
      if (e->kind == N_ELLIPSIS) {
        sema_error(s, e->span, "the entry function '%s' needs a fixed rank: name each dimension (B, T, ...) instead "
                               "of '...'", fname);
        ok = false;
        break;
      }
      if (e->kind == N_IDENT && !scope_find(sc, e->name) && builtin_lookup(e->name) < 0) {
        int id = s->symnames.n;
        vec_push(&s->symnames, e->name);
        dd[k] = dim_var(id);
        scope_set(s, sc, e->name, v_dim(dd[k]), e->span);
        continue;
      }
      Value v = eval_expr(s, sc, e);
      int64_t x;
      if (v.k == V_ERR) {
        ok = false;
      } else if (v.k != V_INT) {
        sema_error(s, e->span, "a dimension must be an integer, found %s", v_str(s, &v));
        ok = false;
      } else if (dim_is_const(v.i, &x) && x < 0) {
        sema_error(s, e->span, "a dimension must not be negative, found %lld", (long long)x);
        ok = false;
      } else {
        dd[k] = v.i;
      }
    }
    if (ok) {
      args[i] = (CallArg){NULL, v_tensor(s, dt, dims->n, dd), p->span};
      if (s->g) args[i].v.ir = ir_input(s->g, p->name, dt, dims->n, dd, p->span);
    }
  }
  if (!ok) return v_err();
  s->training = training;
  Value r = call_user_fn(s, fn, model, args, fn->list2.n, (Span){0, 0, 0});
  if (!strcmp(fname, "loss") && r.k != V_ERR && !(r.k == V_TENSOR && r.rank == 0 && r.dt != DT_I32)) {
    sema_error(s, fn->a ? fn->a->span : fn->name_span, "'loss' must return a floating-point scalar f32[], found %s",
               v_str(s, &r));
    return v_err();
  }
  return r;
}

/* Checks the program, or (with g) lowers one entry function into g. */
static bool sema_run(Program *p, Model *model, Graph *g, const char *entry, bool training) {
  Diag *d = p->diag;
  int errors_before = d->nerrors;
  if (p->items.n == 0 && p->files.n) {
    for (int i = 1; i < p->files.n; i++)
      for (int j = 0; j < p->files.v[i]->items.n; j++) vec_push(&p->items, p->files.v[i]->items.v[j]);
    for (int j = 0; j < p->files.v[0]->items.n; j++) vec_push(&p->items, p->files.v[0]->items.v[j]);
  }
  Sema S = {0}, *s = &S;
  s->prog = p;
  s->d = d;
  s->a = &p->arena;
  s->globals.what = "the program";
  s->model = model;
  s->g = g;
  if (p->files.n) s->model->dir = sup_dirname(p->files.v[0]->path);

  /* --set overrides */
  const Node *cfg_sets[64], *train_sets[64], *ft_sets[64];
  bool cfg_used[64] = {0};
  int ncfg = 0, ntr = 0, nft = 0;
  for (int i = 0; i < p->opts.nsets && i < 64; i++) {
    const char *blk;
    const Node *a = parse_set(s, p->opts.sets[i], &blk);
    if (!a) continue;
    if (!strcmp(blk, "config")) cfg_sets[ncfg++] = a;
    else if (!strcmp(blk, "train")) train_sets[ntr++] = a;
    else ft_sets[nft++] = a;
  }

  /* definitions and config, in order */
  const Node *train = NULL, *finetune = NULL;
  VEC(const char *) cfg_names = {0};
  for (int i = 0; i < p->items.n; i++) {
    const Node *it = p->items.v[i];
    if (!it) continue;
    switch (it->kind) {
    case N_IMPORT: break;
    case N_FN: {
      Value v = v_kind(V_FN);
      v.node = it;
      define_global(s, it->name, v, it->name_span, it);
      break;
    }
    case N_MODULE: {
      Value v = v_kind(V_MODDEF);
      v.node = it;
      define_global(s, it->name, v, it->name_span, it);
      break;
    }
    case N_MODEL:
      if (s->model_node) {
        sema_error(s, it->name_span, "a program has exactly one model, but '%s' is a second one", it->name);
        diag_note(d, s->model_node->name_span, "the first model is here");
        break;
      }
      s->model_node = it;
      break;
    case N_CONFIG:
      for (int j = 0; j < it->list.n; j++) {
        const Node *st = it->list.v[j];
        if (!st) continue;
        if (st->kind == N_ASSIGN && !st->a) {
          for (int k = 0; k < st->list.n; k++) scope_set(s, &s->globals, st->list.v[k]->name, v_err(), st->list.v[k]->span);
          continue;
        }
        if (st->kind != N_ASSIGN || st->list.n != 1 || st->a->kind == N_PARAM || st->a->kind == N_REPEAT) {
          sema_error(s, st->span, "a config block holds only 'name = value' lines");
          continue;
        }
        const Node *target = st->list.v[0];
        const Node *e = st->a;
        for (int k = 0; k < ncfg; k++)
          if (!strcmp(cfg_sets[k]->list.v[0]->name, target->name)) {
            e = cfg_sets[k]->a;
            cfg_used[k] = true;
          }
        Value v = eval_expr(s, &s->globals, e);
        if (v.k != V_ERR && !is_const_value(&v)) {
          sema_error(s, e->span, "config values must be numbers, bools, strings or lists of them, found %s",
                     v_str(s, &v));
          v = v_err();
        }
        Binding *prev = scope_find_local(&s->globals, target->name);
        if (prev && prev->span.file == target->span.file) {
          sema_error(s, target->span, "config value '%s' is defined twice", target->name);
          diag_note(d, prev->span, "first defined here");
          continue;
        }
        scope_set(s, &s->globals, target->name, v, target->span);
        vec_push(&cfg_names, target->name);
      }
      break;
    case N_TRAIN:
    case N_FINETUNE: {
      const Node **slot = it->kind == N_TRAIN ? &train : &finetune;
      if (*slot) {
        sema_error(s, it->span, "a program has at most one %s block", it->kind == N_TRAIN ? "train" : "finetune");
        diag_note(d, (*slot)->span, "the first one is here");
        break;
      }
      *slot = it;
      break;
    }
    default: UNREACHABLE();
    }
  }
  for (int k = 0; k < ncfg; k++) {
    if (cfg_used[k]) continue;
    const char *name = cfg_sets[k]->list.v[0]->name;
    const char *sug = diag_closest(name, cfg_names.v, cfg_names.n);
    if (sug) diag_plain(d, "--set %s: no config value named '%s'; did you mean '%s'?", name, name, sug);
    else diag_plain(d, "--set %s: no config value named '%s' (set train.KEY or finetune.KEY for those blocks)", name, name);
  }
  vec_free(&cfg_names);

  /* the model */
  if (!s->model_node) {
    if (p->files.n && d->nerrors == 0) diag_error(d, ((Span){p->files.v[0]->file, 0, 0}), "the program has no model; declare one with 'model Name { ... }'");
  } else {
    const Node *m = s->model_node;
    s->model->name = xstrdup(m->name);
    s->model->span = m->name_span;
    Instance *inst = instantiate(s, m, NULL, 0, "", (Span){0, 0, 0});
    s->model_inst = inst;
    if (inst) {
      s->model->has_forward = scope_find_local(&inst->scope, "forward") != NULL;
      s->model->has_loss = scope_find_local(&inst->scope, "loss") != NULL;
      if (g) {
        Value r = check_entry(s, inst, entry, training);
        for (int i = 0; i < s->symnames.n; i++) ir_sym(g, s->symnames.v[i]);
        g->entry = arena_strdup(&g->arena, entry);
        if (r.k == V_TENSOR) {
          ir_add_output(g, strcmp(entry, "loss") ? "out" : "loss", r.ir);
        } else if (r.k == V_TUPLE) {
          for (int i = 0; i < r.n; i++)
            if (r.items[i].k == V_TENSOR) ir_add_output(g, arena_printf(&g->arena, "out%d", i), r.items[i].ir);
        } else if (r.k != V_ERR) {
          sema_error(s, m->name_span, "'%s' returns %s, not tensors", entry, v_str(s, &r));
        }
        if (!scope_find_local(&inst->scope, entry)) diag_plain(d, "model %s has no function '%s'", m->name, entry);
        goto done;
      }
      if (!s->model->has_forward)
        sema_error(s, m->name_span, "model %s has no 'forward' function (fn forward(idx: i32[B, T]) -> ...)", m->name);
      check_entry(s, inst, "forward", false);
      check_entry(s, inst, "loss", true);
      /* other annotated functions of the model are checked as entries too */
      for (Binding *b = inst->scope.head; b; b = b->next) {
        if (b->v.k != V_FN || !strcmp(b->name, "forward") || !strcmp(b->name, "loss")) continue;
        bool typed = true;
        for (int i = 0; i < b->v.node->list2.n; i++) typed &= b->v.node->list2.v[i]->a != NULL;
        if (typed) check_entry(s, inst, b->name, false);
      }
    }
    for (int i = 0; i < s->model->params.n; i++) s->model->total_params += s->model->params.v[i].count;
  }
  check_spec_blocks(s, train, finetune, train_sets, ntr, ft_sets, nft);
done:
  vec_free(&s->symnames);
  vec_free(&s->seen);
  free(s->param_nodes);
  return d->nerrors == errors_before;
}

bool fe_check(Program *p) {
  fe_model_free(p->model);
  p->model = xcalloc(1, sizeof(Model));
  return sema_run(p, p->model, NULL, NULL, false);
}

Graph *fe_lower(Program *p, const char *entry, bool training) {
  Model *m = xcalloc(1, sizeof(Model));
  Graph *g = ir_graph_new();
  bool ok = sema_run(p, m, g, entry, training);
  /* the checked model's frozen flags come from the finetune block */
  fe_model_free(m);
  if (!ok || g->outputs.n == 0) {
    ir_graph_free(g);
    return NULL;
  }
  return g;
}

const Model *fe_model(const Program *p) { return p->model; }
