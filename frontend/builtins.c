/* builtins.c — the built-in operations of LANGUAGE.md section 6: argument
 * binding, shape and dtype rules, and folding of compile-time numbers. */
#include <math.h>
#include <string.h>

#include "sema.h"

typedef Value (*BuiltinFn)(Sema *s, int id, Value *a, Span *sp, Span call);

typedef struct Builtin {
  const char *name;
  const char *params; /* "x,axis?,keepdim?": '?' marks optional ones */
  BuiltinFn fn;
} Builtin;

static Value bi_unary(Sema *s, int id, Value *a, Span *sp, Span call);
static Value bi_minmax2(Sema *s, int id, Value *a, Span *sp, Span call);
static Value bi_where(Sema *s, int id, Value *a, Span *sp, Span call);
static Value bi_cast(Sema *s, int id, Value *a, Span *sp, Span call);
static Value bi_reduce(Sema *s, int id, Value *a, Span *sp, Span call);
static Value bi_reshape(Sema *s, int id, Value *a, Span *sp, Span call);
static Value bi_permute(Sema *s, int id, Value *a, Span *sp, Span call);
static Value bi_transpose(Sema *s, int id, Value *a, Span *sp, Span call);
static Value bi_expand(Sema *s, int id, Value *a, Span *sp, Span call);
static Value bi_concat(Sema *s, int id, Value *a, Span *sp, Span call);
static Value bi_split(Sema *s, int id, Value *a, Span *sp, Span call);
static Value bi_take(Sema *s, int id, Value *a, Span *sp, Span call);
static Value bi_arange(Sema *s, int id, Value *a, Span *sp, Span call);
static Value bi_fill(Sema *s, int id, Value *a, Span *sp, Span call);
static Value bi_dropout(Sema *s, int id, Value *a, Span *sp, Span call);
static Value bi_stop_gradient(Sema *s, int id, Value *a, Span *sp, Span call);

static const Builtin builtins[] = {
  {"exp", "x", bi_unary},       {"log", "x", bi_unary},        {"sqrt", "x", bi_unary},
  {"rsqrt", "x", bi_unary},     {"abs", "x", bi_unary},        {"sin", "x", bi_unary},
  {"cos", "x", bi_unary},       {"tanh", "x", bi_unary},       {"sigmoid", "x", bi_unary},
  {"relu", "x", bi_unary},      {"gelu", "x", bi_unary},       {"gelu_erf", "x", bi_unary},
  {"silu", "x", bi_unary},      {"maximum", "a,b", bi_minmax2}, {"minimum", "a,b", bi_minmax2},
  {"where", "c,a,b", bi_where}, {"f32", "x", bi_cast},         {"f16", "x", bi_cast},
  {"bf16", "x", bi_cast},       {"i32", "x", bi_cast},
  {"sum", "x,axis?,keepdim?", bi_reduce},   {"mean", "x,axis?,keepdim?", bi_reduce},
  {"max", "x,axis?,keepdim?", bi_reduce},   {"min", "x,axis?,keepdim?", bi_reduce},
  {"argmax", "x,axis?,keepdim?", bi_reduce},
  {"reshape", "x,shape", bi_reshape},       {"permute", "x,axes", bi_permute},
  {"transpose", "x,a?,b?", bi_transpose},   {"expand", "x,shape", bi_expand},
  {"concat", "xs,axis?", bi_concat},        {"stack", "xs,axis?", bi_concat},
  {"split", "x,n,axis?", bi_split},         {"take", "x,idx,axis?", bi_take},
  {"arange", "start,stop?", bi_arange},     {"zeros", "shape", bi_fill},
  {"ones", "shape", bi_fill},               {"full", "shape,v", bi_fill},
  {"dropout", "x,p", bi_dropout},           {"stop_gradient", "x", bi_stop_gradient},
};
#define NBUILTINS ((int)(sizeof builtins / sizeof builtins[0]))

/* Every identifier the checker evaluates that no scope binds comes here (each
 * call of relu, each of the 50,000 calls a program may make), so the first byte is
 * compared before the whole name. */
int fe_builtin_lookup(const char *name) {
  for (int i = 0; i < NBUILTINS; i++)
    if (builtins[i].name[0] == name[0] && !strcmp(builtins[i].name, name)) return i;
  return -1;
}

const char *fe_builtin_name(int id) { return builtins[id].name; }

const char *const *fe_builtin_names(int *n) {
  static const char *names[NBUILTINS];
  for (int i = 0; i < NBUILTINS; i++) names[i] = builtins[i].name;
  *n = NBUILTINS;
  return names;
}

static bool is_name(const char *id, const char *n) { return !strcmp(id, n); }

/* ---- helpers ---------------------------------------------------------------- */

int fe_norm_axis(Sema *s, int64_t axis, int rank, Span sp) {
  int64_t a = axis < 0 ? axis + rank : axis;
  if (a < 0 || a >= rank) {
    fe_error(s, sp, "axis %lld is out of range for a tensor of rank %d (valid: %d to %d)", (long long)axis, rank,
             -rank, rank - 1);
    return -1;
  }
  return (int)a;
}

static bool need_tensor(Sema *s, const Value *v, Span sp, const char *fname, const char *arg) {
  if (v->k == V_TENSOR) return true;
  fe_error(s, sp, "%s: '%s' must be a tensor, found %s", fname, arg, fe_v_str(s, v));
  return false;
}

static bool need_float(Sema *s, const Value *v, Span sp, const char *fname) {
  if (v->dt != DT_I32) return true;
  fe_error(s, sp, "%s needs a floating-point tensor, found %s; cast with f32(x)", fname, fe_v_str(s, v));
  return false;
}

/* A list of integers (dims), e.g. [B, T, -1]. */
static bool int_list(Sema *s, const Value *v, Span sp, const char *fname, const char *arg, Dim *out, int *n, int max) {
  if (v->k != V_LIST && v->k != V_TUPLE) {
    fe_error(s, sp, "%s: '%s' must be a list of integers like [2, 3], found %s", fname, arg, fe_v_str(s, v));
    return false;
  }
  if (v->n > max) {
    fe_error(s, sp, "%s: at most %d dimensions, found %d", fname, max, v->n);
    return false;
  }
  for (int i = 0; i < v->n; i++) {
    const Value *x = &v->items[i];
    if (x->k != V_INT) {
      if (x->k == V_FLOAT)
        fe_error(s, sp, "%s: '%s' item %d must be an integer, found float %g (a division that does not come out whole?)",
                 fname, arg, i, x->f);
      else
        fe_error(s, sp, "%s: '%s' item %d must be an integer, found %s", fname, arg, i, fe_v_str(s, x));
      return false;
    }
    out[i] = x->i;
  }
  *n = v->n;
  return true;
}

static Value fold_unary(Sema *s, const char *n, double x, Span sp) {
  double r;
  if (is_name(n, "exp")) r = exp(x);
  else if (is_name(n, "log")) r = log(x);
  else if (is_name(n, "sqrt")) r = sqrt(x);
  else if (is_name(n, "rsqrt")) r = 1.0 / sqrt(x);
  else if (is_name(n, "abs")) r = fabs(x);
  else if (is_name(n, "sin")) r = sin(x);
  else if (is_name(n, "cos")) r = cos(x);
  else if (is_name(n, "tanh")) r = tanh(x);
  else if (is_name(n, "sigmoid")) r = 1.0 / (1.0 + exp(-x));
  else if (is_name(n, "relu")) r = x > 0 ? x : 0;
  else if (is_name(n, "gelu")) r = 0.5 * x * (1.0 + tanh(0.7978845608028654 * (x + 0.044715 * x * x * x)));
  else if (is_name(n, "gelu_erf")) r = 0.5 * x * (1.0 + erf(x / sqrt(2.0)));
  else r = x / (1.0 + exp(-x)); /* silu */
  if (!isfinite(r)) {
    fe_error(s, sp, "%s(%g) is not a finite number", n, x);
    return v_err();
  }
  return v_float(r);
}

/* ---- elementwise ---------------------------------------------------------------- */

static Value bi_unary(Sema *s, int id, Value *a, Span *sp, Span call) {
  const char *n = builtins[id].name;
  double x;
  if (v_const_num(&a[0], &x)) {
    int64_t i;
    if ((is_name(n, "abs") || is_name(n, "relu")) && v_const_int(&a[0], &i)) return v_int(i < 0 ? (is_name(n, "abs") ? -i : 0) : i);
    return fold_unary(s, n, x, call);
  }
  if (v_is_number(&a[0])) a[0] = fe_to_tensor(s, a[0], DT_F32, call); /* symbolic: run time */
  if (!need_tensor(s, &a[0], sp[0], n, "x")) return v_err();
  if (a[0].dt == DT_I32 && !is_name(n, "abs") && !is_name(n, "relu")) {
    fe_error(s, sp[0], "%s needs a floating-point tensor, found %s; cast with f32(x)", n, fe_v_str(s, &a[0]));
    return v_err();
  }
  static const struct { const char *n; OpKind op; } ops[] = {
    {"exp", OP_EXP}, {"log", OP_LOG}, {"sqrt", OP_SQRT}, {"rsqrt", OP_RSQRT}, {"abs", OP_ABS}, {"sin", OP_SIN},
    {"cos", OP_COS}, {"tanh", OP_TANH}, {"sigmoid", OP_SIGMOID}, {"relu", OP_RELU}, {"gelu", OP_GELU},
    {"gelu_erf", OP_GELU_ERF}, {"silu", OP_SILU}};
  int32_t ir = -1;
  for (size_t k = 0; s->g && k < sizeof ops / sizeof ops[0]; k++)
    if (is_name(n, ops[k].n)) ir = ir_unary(s->g, ops[k].op, a[0].ir, call);
  return fe_v_tensor_ir(s, a[0].dt, a[0].rank, a[0].dims, ir);
}

static Value bi_minmax2(Sema *s, int id, Value *a, Span *sp, Span call) {
  double x, y;
  if (v_const_num(&a[0], &x) && v_const_num(&a[1], &y)) {
    bool mx = is_name(builtins[id].name, "maximum");
    if (a[0].k != V_FLOAT && a[1].k != V_FLOAT) return (mx ? x >= y : x <= y) ? a[0] : a[1];
    return v_float(mx ? fmax(x, y) : fmin(x, y));
  }
  return fe_binary_op_ex(s, AOP_ADD, is_name(builtins[id].name, "maximum") ? OP_MAX : OP_MIN, a[0], a[1], call);
}

static Value bi_where(Sema *s, int id, Value *a, Span *sp, Span call) {
  Value c = a[0];
  if (c.k == V_TENSOR && c.dt != DT_I32) {
    fe_error(s, sp[0], "where: the condition must be an integer mask (i32, e.g. from a comparison), found %s",
             fe_v_str(s, &c));
    return v_err();
  }
  if (c.k != V_TENSOR && !v_is_number(&c)) {
    fe_error(s, sp[0], "where: the condition must be a mask tensor, found %s", fe_v_str(s, &c));
    return v_err();
  }
  Value x = a[1], y = a[2];
  if (x.k != V_TENSOR && y.k != V_TENSOR) {
    DType dt = x.k == V_FLOAT || y.k == V_FLOAT ? DT_F32 : DT_I32;
    x = fe_to_tensor(s, x, dt, sp[1]);
    y = fe_to_tensor(s, y, dt, sp[2]);
  } else if (x.k != V_TENSOR) {
    x = fe_to_tensor(s, x, y.dt, sp[1]);
  } else if (y.k != V_TENSOR) {
    y = fe_to_tensor(s, y, x.dt, sp[2]);
  }
  if (x.k == V_ERR || y.k == V_ERR) return v_err();
  DType dt;
  if (!fe_promote_dtypes(s, x.dt, y.dt, &dt, call, &x, &y)) return v_err();
  Dim xy[FE_MAX_RANK], out[FE_MAX_RANK];
  int rxy, r;
  if (!fe_broadcast_shapes(s, &x, &y, &rxy, xy)) {
    fe_error(s, call, "where: the values do not broadcast: %s and %s", fe_v_str(s, &x), fe_v_str(s, &y));
    return v_err();
  }
  if (c.k != V_TENSOR) c = fe_to_tensor(s, c, DT_I32, sp[0]);
  Value vxy = fe_v_tensor(s, dt, rxy, xy);
  if (!fe_broadcast_shapes(s, &c, &vxy, &r, out)) {
    fe_error(s, call, "where: the mask %s does not broadcast with the values %s", fe_v_str(s, &c), fe_v_str(s, &vxy));
    return v_err();
  }
  int32_t ir = -1;
  if (s->g)
    ir = ir_where(s->g, fe_emit_prep(s, &c, DT_I32, r, out, call), fe_emit_prep(s, &x, dt, r, out, call),
                  fe_emit_prep(s, &y, dt, r, out, call), call);
  return fe_v_tensor_ir(s, dt, r, out, ir);
}

static Value bi_cast(Sema *s, int id, Value *a, Span *sp, Span call) {
  const char *n = builtins[id].name;
  DType dt = is_name(n, "f32") ? DT_F32 : is_name(n, "f16") ? DT_F16 : is_name(n, "bf16") ? DT_BF16 : DT_I32;
  double x;
  if (v_const_num(&a[0], &x)) {
    if (dt == DT_I32) {
      if (!(fabs(x) < 9.2e18)) {
        fe_error(s, sp[0], "i32(%g) is out of range", x);
        return v_err();
      }
      return v_int((int64_t)x); /* truncates toward zero */
    }
    return v_float(x);
  }
  if (v_is_number(&a[0])) return fe_to_tensor(s, a[0], dt, call); /* a symbolic dim read at run time */
  if (!need_tensor(s, &a[0], sp[0], n, "x")) return v_err();
  return fe_v_tensor_ir(s, dt, a[0].rank, a[0].dims, s->g ? ir_cast(s->g, a[0].ir, dt, call) : -1);
}

/* ---- reductions ------------------------------------------------------------------- */

static Value bi_reduce(Sema *s, int id, Value *a, Span *sp, Span call) {
  const char *n = builtins[id].name;
  Value x = a[0];
  if (v_is_number(&x)) x = fe_to_tensor(s, x, x.k == V_FLOAT ? DT_F32 : DT_I32, call);
  if (!need_tensor(s, &x, sp[0], n, "x")) return v_err();
  bool keep = false;
  if (a[2].k != V_ABSENT) {
    int64_t k;
    if (a[2].k != V_BOOL || !v_const_int(&a[2], &k)) {
      fe_error(s, sp[2], "%s: keepdim must be true or false, found %s", n, fe_v_str(s, &a[2]));
      return v_err();
    }
    keep = k != 0;
  }
  bool red[FE_MAX_RANK] = {0};
  if (a[1].k == V_ABSENT || a[1].k == V_NONE) {
    for (int i = 0; i < x.rank; i++) red[i] = true;
  } else {
    const Value *axes = &a[1];
    int na = 1;
    if (a[1].k == V_LIST || a[1].k == V_TUPLE) {
      axes = a[1].items;
      na = a[1].n;
    }
    for (int i = 0; i < na; i++) {
      int64_t ax;
      if (!v_const_int(&axes[i], &ax) || axes[i].k == V_BOOL) {
        if (axes[i].k == V_TENSOR && (is_name(n, "max") || is_name(n, "min")))
          fe_error(s, sp[1], "%s(x, axis) reduces over an axis; for the elementwise %s of two tensors use %s(a, b)", n,
                   is_name(n, "max") ? "maximum" : "minimum", is_name(n, "max") ? "maximum" : "minimum");
        else
          fe_error(s, sp[1], "%s: axis must be a constant integer or a list of them, found %s", n, fe_v_str(s, &axes[i]));
        return v_err();
      }
      int k = fe_norm_axis(s, ax, x.rank, sp[1]);
      if (k < 0) return v_err();
      if (red[k]) {
        fe_error(s, sp[1], "%s: axis %d is listed twice", n, k);
        return v_err();
      }
      red[k] = true;
    }
  }
  if (is_name(n, "argmax") && a[1].k == V_LIST) {
    fe_error(s, sp[1], "argmax takes a single axis");
    return v_err();
  }
  if (is_name(n, "mean") && !need_float(s, &x, sp[0], "mean")) return v_err();
  Dim out[FE_MAX_RANK];
  int r = 0;
  uint32_t mask = 0;
  Dim count = dim_const(1);
  for (int i = 0; i < x.rank; i++) {
    if (!red[i]) out[r++] = x.dims[i];
    else {
      if (keep) out[r++] = dim_const(1);
      mask |= 1u << i;
      count = dim_mul(count, x.dims[i]);
    }
  }
  int32_t ir = -1;
  if (s->g) {
    int32_t src = x.ir;
    uint32_t m = mask;
    if (is_name(n, "argmax") && (a[1].k == V_ABSENT || a[1].k == V_NONE) && x.rank > 1) {
      /* over all axes: the flat index, as NumPy */
      Dim flat = count;
      src = ir_reshape(s->g, src, 1, &flat, call);
      m = 1;
    }
    OpKind op = is_name(n, "max") ? OP_RMAX : is_name(n, "min") ? OP_RMIN : is_name(n, "argmax") ? OP_ARGMAX : OP_RSUM;
    ir = m ? ir_reduce(s->g, op, src, m, call) : src;
    if (is_name(n, "mean") && m) {
      Value cnt = v_dim(count);
      IrNode rn = *ir_node(s->g, ir); /* a copy: adding nodes may move the array */
      int32_t num = fe_emit_number(s, &cnt, x.dt, call);
      ir = ir_binary(s->g, OP_DIV, ir, ir_broadcast_to(s->g, num, rn.rank, rn.shape, call), call);
    }
    ir = ir_reshape(s->g, ir, r, out, call);
  }
  return fe_v_tensor_ir(s, is_name(n, "argmax") ? DT_I32 : x.dt, r, out, ir);
}

/* ---- shape ----------------------------------------------------------------------- */

static Dim numel(const Value *x) {
  Dim p = dim_const(1);
  for (int i = 0; i < x->rank; i++) p = dim_mul(p, x->dims[i]);
  return p;
}

static Value bi_reshape(Sema *s, int id, Value *a, Span *sp, Span call) {
  if (!need_tensor(s, &a[0], sp[0], "reshape", "x")) return v_err();
  Dim d[FE_MAX_RANK];
  int n;
  if (!int_list(s, &a[1], sp[1], "reshape", "shape", d, &n, FE_MAX_RANK)) return v_err();
  int infer = -1;
  Dim known = dim_const(1);
  for (int i = 0; i < n; i++) {
    int64_t c;
    if (dim_is_const(d[i], &c) && c < 0) {
      if (c != -1 || infer >= 0) {
        fe_error(s, sp[1], "reshape: only one dimension may be -1 and none may be negative");
        return v_err();
      }
      infer = i;
      continue;
    }
    known = dim_mul(known, d[i]);
  }
  Dim total = numel(&a[0]);
  if (known.bad || total.bad) {
    fe_error(s, call, "reshape: the sizes are too complex to track");
    return v_err();
  }
  if (infer >= 0) {
    Dim q;
    if (!dim_div(total, known, &q)) {
      fe_error(s, call, "reshape: cannot infer the -1 dimension: %s elements of %s do not divide by %s",
               fe_dim_str(s, total), fe_v_str(s, &a[0]), fe_dim_str(s, known));
      return v_err();
    }
    d[infer] = q;
  } else if (!dim_eq(known, total)) {
    StrBuf t = {0};
    sb_putc(&t, '[');
    for (int i = 0; i < n; i++) {
      if (i) sb_puts(&t, ", ");
      dim_print(&t, d[i], s->symnames.v);
    }
    sb_putc(&t, ']');
    fe_error(s, call, "reshape: cannot reshape %s (%s elements) to %s (%s elements)", fe_v_str(s, &a[0]),
             fe_dim_str(s, total), sb_cstr(&t), fe_dim_str(s, known));
    sb_free(&t);
    return v_err();
  }
  return fe_v_tensor_ir(s, a[0].dt, n, d, s->g ? ir_reshape(s->g, a[0].ir, n, d, call) : -1);
}

static Value bi_permute(Sema *s, int id, Value *a, Span *sp, Span call) {
  if (!need_tensor(s, &a[0], sp[0], "permute", "x")) return v_err();
  Dim d[FE_MAX_RANK];
  int n;
  if (!int_list(s, &a[1], sp[1], "permute", "axes", d, &n, FE_MAX_RANK)) return v_err();
  if (n != a[0].rank) {
    fe_error(s, sp[1], "permute: %s has rank %d but %d axes are given", fe_v_str(s, &a[0]), a[0].rank, n);
    return v_err();
  }
  bool used[FE_MAX_RANK] = {0};
  Dim out[FE_MAX_RANK];
  int perm[FE_MAX_RANK];
  for (int i = 0; i < n; i++) {
    int64_t ax;
    if (!dim_is_const(d[i], &ax)) {
      fe_error(s, sp[1], "permute: axes must be constant integers");
      return v_err();
    }
    int k = fe_norm_axis(s, ax, n, sp[1]);
    if (k < 0) return v_err();
    if (used[k]) {
      fe_error(s, sp[1], "permute: axis %d appears twice; axes must be a permutation of 0..%d", k, n - 1);
      return v_err();
    }
    used[k] = true;
    perm[i] = k;
    out[i] = a[0].dims[k];
  }
  return fe_v_tensor_ir(s, a[0].dt, n, out, s->g ? ir_permute(s->g, a[0].ir, perm, call) : -1);
}

static Value bi_transpose(Sema *s, int id, Value *a, Span *sp, Span call) {
  if (!need_tensor(s, &a[0], sp[0], "transpose", "x")) return v_err();
  Value x = a[0];
  int64_t ia = -2, ib = -1;
  if ((a[1].k == V_ABSENT) != (a[2].k == V_ABSENT)) {
    fe_error(s, call, "transpose takes either no axes (the last two) or two axes: transpose(x, a, b)");
    return v_err();
  }
  if (a[1].k != V_ABSENT && (!v_const_int(&a[1], &ia) || !v_const_int(&a[2], &ib))) {
    fe_error(s, call, "transpose: axes must be constant integers");
    return v_err();
  }
  if (x.rank < 2) {
    fe_error(s, sp[0], "transpose needs a tensor of rank 2 or more, found %s", fe_v_str(s, &x));
    return v_err();
  }
  int ka = fe_norm_axis(s, ia, x.rank, a[1].k == V_ABSENT ? call : sp[1]);
  int kb = fe_norm_axis(s, ib, x.rank, a[2].k == V_ABSENT ? call : sp[2]);
  if (ka < 0 || kb < 0) return v_err();
  Value r = fe_v_tensor(s, x.dt, x.rank, x.dims);
  r.dims[ka] = x.dims[kb];
  r.dims[kb] = x.dims[ka];
  if (s->g) {
    int perm[FE_MAX_RANK];
    for (int i = 0; i < x.rank; i++) perm[i] = i;
    perm[ka] = kb;
    perm[kb] = ka;
    r.ir = ir_permute(s->g, x.ir, perm, call);
  }
  return r;
}

static Value bi_expand(Sema *s, int id, Value *a, Span *sp, Span call) {
  if (!need_tensor(s, &a[0], sp[0], "expand", "x")) return v_err();
  Dim d[FE_MAX_RANK];
  int n;
  if (!int_list(s, &a[1], sp[1], "expand", "shape", d, &n, FE_MAX_RANK)) return v_err();
  Value x = a[0];
  if (n < x.rank) {
    fe_error(s, sp[1], "expand: the new shape has %d dimensions, fewer than %s", n, fe_v_str(s, &x));
    return v_err();
  }
  for (int i = 0; i < n; i++) {
    int xi = i - (n - x.rank);
    int64_t c;
    bool neg = dim_is_const(d[i], &c) && c < 0;
    if (xi < 0) {
      if (neg) {
        fe_error(s, sp[1], "expand: -1 cannot be used for a new leading dimension");
        return v_err();
      }
      continue;
    }
    if (neg) {
      if (c != -1) {
        fe_error(s, sp[1], "expand: dimensions must be positive (or -1 to keep one)");
        return v_err();
      }
      d[i] = x.dims[xi];
      continue;
    }
    int64_t one;
    if (dim_eq(d[i], x.dims[xi]) || (dim_is_const(x.dims[xi], &one) && one == 1)) continue;
    fe_error(s, call, "expand: cannot expand dimension %d of %s from %s to %s (only size-1 dimensions expand)", xi,
             fe_v_str(s, &x), fe_dim_str(s, x.dims[xi]), fe_dim_str(s, d[i]));
    return v_err();
  }
  return fe_v_tensor_ir(s, x.dt, n, d, s->g ? ir_broadcast_to(s->g, x.ir, n, d, call) : -1);
}

static Value bi_concat(Sema *s, int id, Value *a, Span *sp, Span call) {
  const char *n = builtins[id].name;
  bool stack = is_name(n, "stack");
  if (a[0].k != V_LIST && a[0].k != V_TUPLE) {
    fe_error(s, sp[0], "%s takes a list of tensors: %s([a, b], axis=0)", n, n);
    return v_err();
  }
  if (a[0].n == 0) {
    fe_error(s, sp[0], "%s needs at least one tensor", n);
    return v_err();
  }
  int64_t ax = 0;
  if (a[1].k != V_ABSENT && (!v_const_int(&a[1], &ax) || a[1].k == V_BOOL)) {
    fe_error(s, sp[1], "%s: axis must be a constant integer", n);
    return v_err();
  }
  const Value *first = &a[0].items[0];
  for (int i = 0; i < a[0].n; i++)
    if (a[0].items[i].k != V_TENSOR) {
      fe_error(s, sp[0], "%s: item %d is %s, not a tensor", n, i, fe_v_str(s, &a[0].items[i]));
      return v_err();
    }
  int rank = first->rank;
  if (!stack && rank == 0) {
    fe_error(s, sp[0], "concat: cannot concatenate 0-d tensors; use stack");
    return v_err();
  }
  int k = fe_norm_axis(s, ax, stack ? rank + 1 : rank, a[1].k == V_ABSENT ? call : sp[1]);
  if (k < 0) return v_err();
  if (stack && rank + 1 > FE_MAX_RANK) {
    fe_error(s, call, "stack: result rank exceeds %d", FE_MAX_RANK);
    return v_err();
  }
  DType dt = first->dt;
  Dim along = first->rank ? first->dims[k < rank ? k : 0] : dim_const(0);
  for (int i = 1; i < a[0].n; i++) {
    const Value *x = &a[0].items[i];
    if (x->dt != dt) {
      fe_error(s, sp[0], "%s: all tensors need the same dtype, but item 0 is %s and item %d is %s", n, fe_v_str(s, first),
               i, fe_v_str(s, x));
      return v_err();
    }
    bool ok = x->rank == rank;
    for (int j = 0; ok && j < rank; j++)
      if (!(stack ? true : j == k) && !dim_eq(x->dims[j], first->dims[j])) ok = false;
    if (stack)
      for (int j = 0; ok && j < rank; j++)
        if (!dim_eq(x->dims[j], first->dims[j])) ok = false;
    if (!ok) {
      fe_error(s, sp[0], "%s: item 0 is %s but item %d is %s; %s", n, fe_v_str(s, first), i, fe_v_str(s, x),
               stack ? "stacked tensors need equal shapes" : "shapes must agree except along the axis");
      return v_err();
    }
    if (!stack) along = dim_add(along, x->dims[k]);
  }
  if (!stack && rank == 0) {
    fe_error(s, sp[0], "concat: cannot concatenate 0-d tensors; use stack");
    return v_err();
  }
  Dim out[FE_MAX_RANK];
  int32_t *ins = s->g ? arena_alloc(s->a, sizeof(int32_t) * (size_t)a[0].n) : NULL;
  if (stack) {
    int r = 0;
    for (int j = 0; j <= rank; j++) out[j] = j == k ? dim_const(a[0].n) : first->dims[r++];
    if (!s->g) return fe_v_tensor(s, dt, rank + 1, out);
    Dim one[FE_MAX_RANK];
    memcpy(one, out, sizeof one);
    one[k] = dim_const(1);
    for (int i = 0; i < a[0].n; i++) ins[i] = ir_reshape(s->g, a[0].items[i].ir, rank + 1, one, call);
    return fe_v_tensor_ir(s, dt, rank + 1, out, ir_concat(s->g, ins, a[0].n, k, call));
  }
  if (along.bad) {
    fe_error(s, call, "concat: the size along the axis is too complex to track");
    return v_err();
  }
  for (int j = 0; j < rank; j++) out[j] = j == k ? along : first->dims[j];
  if (!s->g) return fe_v_tensor(s, dt, rank, out);
  for (int i = 0; i < a[0].n; i++) ins[i] = a[0].items[i].ir;
  return fe_v_tensor_ir(s, dt, rank, out, ir_concat(s->g, ins, a[0].n, k, call));
}

static Value bi_split(Sema *s, int id, Value *a, Span *sp, Span call) {
  if (!need_tensor(s, &a[0], sp[0], "split", "x")) return v_err();
  int64_t parts, ax = 0;
  if (!v_const_int(&a[1], &parts) || a[1].k == V_BOOL || parts < 1 || parts > 1024) {
    fe_error(s, sp[1], "split: n must be a constant integer between 1 and 1024, found %s", fe_v_str(s, &a[1]));
    return v_err();
  }
  if (a[2].k != V_ABSENT && (!v_const_int(&a[2], &ax) || a[2].k == V_BOOL)) {
    fe_error(s, sp[2], "split: axis must be a constant integer");
    return v_err();
  }
  int k = fe_norm_axis(s, ax, a[0].rank, a[2].k == V_ABSENT ? call : sp[2]);
  if (k < 0) return v_err();
  Dim q;
  if (!dim_div(a[0].dims[k], dim_const(parts), &q)) {
    fe_error(s, call, "split: dimension %d of %s (%s) does not divide into %lld equal parts", k, fe_v_str(s, &a[0]),
             fe_dim_str(s, a[0].dims[k]), (long long)parts);
    return v_err();
  }
  Value t = fe_v_tensor(s, a[0].dt, a[0].rank, a[0].dims);
  t.dims[k] = q;
  Value r = {.k = V_TUPLE, .param = -1, .ir = -1};
  r.n = (int)parts;
  r.items = arena_alloc(s->a, sizeof(Value) * (size_t)parts);
  for (int i = 0; i < parts; i++) {
    r.items[i] = t;
    if (s->g) {
      Dim st[FE_MAX_RANK], ln[FE_MAX_RANK];
      int64_t step[FE_MAX_RANK];
      for (int j = 0; j < t.rank; j++) {
        st[j] = j == k ? dim_mul(q, dim_const(i)) : dim_const(0);
        ln[j] = t.dims[j];
        step[j] = 1;
      }
      r.items[i].ir = ir_slice(s->g, a[0].ir, st, step, ln, call);
    }
  }
  return r;
}

static Value bi_take(Sema *s, int id, Value *a, Span *sp, Span call) {
  if (!need_tensor(s, &a[0], sp[0], "take", "x") || !need_tensor(s, &a[1], sp[1], "take", "idx")) return v_err();
  const Value *x = &a[0], *idx = &a[1];
  if (idx->dt != DT_I32) {
    fe_error(s, sp[1], "take: idx must be an i32 tensor, found %s", fe_v_str(s, idx));
    return v_err();
  }
  int64_t ax = -1;
  if (a[2].k != V_ABSENT && (!v_const_int(&a[2], &ax) || a[2].k == V_BOOL)) {
    fe_error(s, sp[2], "take: axis must be a constant integer");
    return v_err();
  }
  if (x->rank < 1) {
    fe_error(s, sp[0], "take needs a tensor of rank 1 or more");
    return v_err();
  }
  int k = fe_norm_axis(s, ax, x->rank, a[2].k == V_ABSENT ? call : sp[2]);
  if (k < 0) return v_err();
  bool ok = idx->rank == x->rank - 1;
  for (int i = 0, j = 0; ok && i < x->rank; i++) {
    if (i == k) continue;
    if (!dim_eq(x->dims[i], idx->dims[j++])) ok = false;
  }
  if (!ok) {
    Dim want[FE_MAX_RANK];
    int r = 0;
    for (int i = 0; i < x->rank; i++)
      if (i != k) want[r++] = x->dims[i];
    fe_error(s, sp[1], "take: idx must have the shape of x without axis %d, i.e. %s, but it is %s", k,
             fe_shape_str(s, DT_I32, r, want), fe_v_str(s, idx));
    return v_err();
  }
  return fe_v_tensor_ir(s, x->dt, idx->rank, idx->dims, s->g ? ir_take(s->g, x->ir, idx->ir, k, call) : -1);
}

/* ---- creation ------------------------------------------------------------------- */

static Value bi_arange(Sema *s, int id, Value *a, Span *sp, Span call) {
  Value lo = a[0], hi = a[1];
  if (hi.k == V_ABSENT) {
    hi = lo;
    lo = v_int(0);
  }
  if (lo.k != V_INT || hi.k != V_INT) {
    fe_error(s, call, "arange takes integers: arange(n) or arange(start, stop), found %s", fe_v_str(s, lo.k != V_INT ? &lo : &hi));
    return v_err();
  }
  Dim n = dim_sub(hi.i, lo.i);
  int64_t c;
  if (n.bad) {
    fe_error(s, call, "arange: the length is too complex to track");
    return v_err();
  }
  if (dim_is_const(n, &c) && c < 0) {
    fe_error(s, call, "arange: stop is before start (length %lld)", (long long)c);
    return v_err();
  }
  int32_t ir = -1;
  if (s->g) {
    ir = ir_iota(s->g, DT_I32, 1, &n, 0, call);
    int64_t l0;
    if (!dim_is_const(lo.i, &l0) || l0 != 0)
      ir = ir_binary(s->g, OP_ADD, ir, ir_broadcast_to(s->g, fe_emit_number(s, &lo, DT_I32, call), 1, &n, call), call);
  }
  return fe_v_tensor_ir(s, DT_I32, 1, &n, ir);
}

static Value bi_fill(Sema *s, int id, Value *a, Span *sp, Span call) {
  const char *n = builtins[id].name;
  Dim d[FE_MAX_RANK];
  int r;
  if (!int_list(s, &a[0], sp[0], n, "shape", d, &r, FE_MAX_RANK)) return v_err();
  for (int i = 0; i < r; i++) {
    int64_t c;
    if (dim_is_const(d[i], &c) && c < 0) {
      fe_error(s, sp[0], "%s: dimensions must not be negative", n);
      return v_err();
    }
  }
  if (is_name(n, "full") && !v_is_number(&a[1])) {
    fe_error(s, sp[1], "full: the fill value must be a number, found %s", fe_v_str(s, &a[1]));
    return v_err();
  }
  double val = is_name(n, "ones") ? 1.0 : 0.0;
  if (is_name(n, "full") && !v_const_num(&a[1], &val)) {
    Value t = fe_to_tensor(s, a[1], DT_F32, sp[1]);
    return fe_v_tensor_ir(s, DT_F32, r, d, s->g ? ir_broadcast_to(s->g, t.ir, r, d, call) : -1);
  }
  return fe_v_tensor_ir(s, DT_F32, r, d, s->g ? ir_const(s->g, val, DT_F32, r, d, call) : -1);
}

static Value bi_dropout(Sema *s, int id, Value *a, Span *sp, Span call) {
  if (!need_tensor(s, &a[0], sp[0], "dropout", "x") || !need_float(s, &a[0], sp[0], "dropout")) return v_err();
  double p;
  if (!v_const_num(&a[1], &p) || p < 0 || p >= 1) {
    fe_error(s, sp[1], "dropout: p must be a constant in [0, 1), found %s", fe_v_str(s, &a[1]));
    return v_err();
  }
  Value x = a[0];
  if (!s->g || !s->training || p == 0) return x;
  /* inverted dropout: keep with probability 1 - p, scale by 1 / (1 - p) */
  int32_t u = ir_rand(s->g, x.rank, x.dims, s->rand_streams++, call);
  int32_t keep = ir_binary(s->g, OP_GE, u, ir_const(s->g, p, DT_F32, x.rank, x.dims, call), call);
  int32_t scaled = ir_binary(s->g, OP_MUL, x.ir, ir_const(s->g, 1.0 / (1.0 - p), x.dt, x.rank, x.dims, call), call);
  x.ir = ir_where(s->g, keep, scaled, ir_const(s->g, 0.0, x.dt, x.rank, x.dims, call), call);
  return x;
}

/* stop_gradient(x): x's value (same shape and dtype); gradients do not flow
 * through it (as PyTorch's x.detach()). Numbers pass unchanged. */
static Value bi_stop_gradient(Sema *s, int id, Value *a, Span *sp, Span call) {
  (void)id;
  if (v_is_number(&a[0])) return a[0];
  if (!need_tensor(s, &a[0], sp[0], "stop_gradient", "x")) return v_err();
  Value x = a[0];
  x.param = -1; /* no longer the parameter itself */
  if (s->g) {
    /* A node the argument itself made (other than a parameter, whose node is
     * shared by every use) has no other user: mark it in place. Otherwise use
     * a marked copy, so the value's other uses keep their gradient. */
    IrNode *xn = &s->g->nodes.v[x.ir];
    int32_t mark = s->arg_mark - 1;
    s->arg_mark = 0;
    if (mark >= 0 && x.ir >= mark && dtype_is_float(xn->dtype) && op_class(xn->op) != OC_LEAF) xn->nograd = true;
    else x.ir = ir_stop_gradient(s->g, x.ir, call);
  }
  return x;
}

/* ---- calls -------------------------------------------------------------------------- */

Value fe_builtin_call(Sema *s, int id, CallArg *args, int nargs, Span call, Span callee) {
  const Builtin *b = &builtins[id];
  char names[8][16];
  bool opt[8];
  int np = 0;
  for (const char *p = b->params; *p && np < 8;) {
    int k = 0;
    while (*p && *p != ',' && *p != '?' && k < 15) names[np][k++] = *p++;
    names[np][k] = 0;
    opt[np] = *p == '?';
    if (*p == '?') p++;
    if (*p == ',') p++;
    np++;
  }
  Value v[8];
  Span sp[8];
  for (int i = 0; i < np; i++) {
    v[i] = (Value){.k = V_ABSENT, .param = -1, .ir = -1};
    sp[i] = call;
  }
  int pos = 0;
  for (int i = 0; i < nargs; i++) {
    int j = -1;
    if (!args[i].kw) {
      if (pos >= np) {
        fe_error(s, args[i].span, "too many arguments to %s(%s)", b->name, b->params);
        return v_err();
      }
      j = pos++;
    } else {
      for (int k = 0; k < np; k++)
        if (!strcmp(names[k], args[i].kw)) j = k;
      if (j < 0) {
        const char *c[8];
        for (int k = 0; k < np; k++) c[k] = names[k];
        const char *sug = diag_closest(args[i].kw, c, np);
        fe_error(s, args[i].span, "%s has no parameter '%s'%s%s%s", b->name, args[i].kw, sug ? "; did you mean '" : "",
                 sug ? sug : "", sug ? "'?" : "");
        return v_err();
      }
      if (v[j].k != V_ABSENT) {
        fe_error(s, args[i].span, "parameter '%s' of %s is given twice", args[i].kw, b->name);
        return v_err();
      }
    }
    v[j] = args[i].v;
    sp[j] = args[i].span;
  }
  for (int i = 0; i < np; i++)
    if (v[i].k == V_ABSENT && !opt[i]) {
      fe_error(s, call, "missing argument '%s' in call to %s", names[i], b->name);
      return v_err();
    }
  (void)callee;
  return b->fn(s, id, v, sp, call);
}
