/* typing.c — the dtype and shape rules of the operators: constant folding of
 * numbers, dtype promotion, broadcasting, '@' (LANGUAGE.md section 5). Each
 * rule that makes a tensor also emits its IR while lowering. */
#include <math.h>
#include <string.h>

#include "sema.h"

bool fe_scope_find_name(Sema *s, const char *name) { return fe_scope_find(&s->globals, name) != NULL; }

/* ---- numbers ---------------------------------------------------------------- */

static bool is_float_dt(DType t) { return t != DT_I32; }

bool fe_promote_dtypes(Sema *s, DType a, DType b, DType *out, Span sp, const Value *va, const Value *vb) {
  if (a == b) {
    *out = a;
    return true;
  }
  if (is_float_dt(a) && is_float_dt(b)) {
    *out = DT_F32; /* f16 or bf16 meeting f32 (or each other) computes in f32, as PyTorch does */
    return true;
  }
  fe_error(s, sp, "cannot mix %s and %s in arithmetic; cast one side, e.g. f32(x)", fe_v_str(s, va), fe_v_str(s, vb));
  return false;
}

Value fe_to_tensor(Sema *s, Value v, DType like, Span sp) {
  if (v.k == V_TENSOR || v.k == V_ERR) return v;
  if (v.k == V_FLOAT && like == DT_I32) {
    fe_error(s, sp, "float constant %g meets an i32 tensor; cast the tensor with f32(x) first", v.f);
    return v_err();
  }
  if (v_is_number(&v)) return fe_v_tensor_ir(s, like, 0, NULL, fe_emit_number(s, &v, like, sp));
  fe_error(s, sp, "expected a tensor or a number, found %s", fe_v_str(s, &v));
  return v_err();
}

bool fe_broadcast_shapes(Sema *s, const Value *a, const Value *b, int *rank, Dim *out) {
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
        fe_error(s, sp, "integer arithmetic overflows or is too complex to track (%s %s %s)", fe_dim_str(s, a.i),
                 ast_op_str(op), fe_dim_str(s, b.i));
        return v_err();
      }
      return v_dim(r);
    }
    break;
  case AOP_DIV:
    if (ints) {
      Dim q;
      if (cb && ib == 0) {
        fe_error(s, sp, "division by zero");
        return v_err();
      }
      if (ca && cb && ia == INT64_MIN && ib == -1) {
        fe_error(s, sp, "integer arithmetic overflows (%lld / -1)", (long long)ia);
        return v_err();
      }
      if (dim_div(a.i, b.i, &q)) return v_dim(q);
      if (ca && cb) return v_float((double)ia / (double)ib);
      break; /* symbolic and not exact: computed at run time below */
    }
    if (nb && fb == 0.0) {
      fe_error(s, sp, "division by zero");
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
        fe_error(s, sp, "%g ^ %g is not a real number", fa, fb);
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
      fe_error(s, sp, "'@' needs tensors, found two numbers");
      return v_err();
    default: break;
    }
    if (!isfinite(r)) {
      fe_error(s, sp, "constant arithmetic overflows (%g %s %g)", fa, ast_op_str(op), fb);
      return v_err();
    }
    return v_float(r);
  }
  /* A symbolic integer in a float or comparison context: the value is only
   * known at run time, so it becomes a 0-d tensor. */
  if (op == AOP_MATMUL) {
    fe_error(s, sp, "'@' needs tensors, found two numbers");
    return v_err();
  }
  DType dt = (a.k == V_FLOAT || b.k == V_FLOAT || op == AOP_DIV || op == AOP_POW) ? DT_F32 : DT_I32;
  return fe_binary_op(s, op, fe_to_tensor(s, a, dt, sp), fe_to_tensor(s, b, dt, sp), sp);
}

static Value matmul_op(Sema *s, Value a, Value b, Span sp) {
  if (a.rank == 0 || b.rank == 0) {
    fe_error(s, sp, "'@' needs tensors of rank 1 or more, found %s @ %s; use '*' to scale", fe_v_str(s, &a), fe_v_str(s, &b));
    return v_err();
  }
  if (a.dt == DT_I32 || b.dt == DT_I32) {
    fe_error(s, sp, "'@' needs floating-point tensors, found %s @ %s; cast with f32(x)", fe_v_str(s, &a), fe_v_str(s, &b));
    return v_err();
  }
  DType dt;
  if (!fe_promote_dtypes(s, a.dt, b.dt, &dt, sp, &a, &b)) return v_err();
  /* NumPy: a 1-d left operand gains a leading 1, a 1-d right operand a trailing 1;
   * both are dropped from the result. */
  Dim ka = a.dims[a.rank - 1];
  Dim kb = b.rank == 1 ? b.dims[0] : b.dims[b.rank - 2];
  if (!dim_eq(ka, kb)) {
    fe_error(s, sp, "matmul inner dimensions differ: %s @ %s (%s vs %s)", fe_v_str(s, &a), fe_v_str(s, &b), fe_dim_str(s, ka),
             fe_dim_str(s, kb));
    return v_err();
  }
  Value ba = a, bb = b;
  ba.rank = a.rank >= 2 ? a.rank - 2 : 0;
  bb.rank = b.rank >= 2 ? b.rank - 2 : 0;
  Dim out[FE_MAX_RANK + 2];
  int r;
  if (!fe_broadcast_shapes(s, &ba, &bb, &r, out)) {
    fe_error(s, sp, "matmul batch dimensions do not broadcast: %s @ %s", fe_v_str(s, &a), fe_v_str(s, &b));
    return v_err();
  }
  if (a.rank >= 2) out[r++] = a.dims[a.rank - 2];
  if (b.rank >= 2) out[r++] = b.dims[b.rank - 1];
  if (r > FE_MAX_RANK) {
    fe_error(s, sp, "result has rank %d; the limit is %d", r, FE_MAX_RANK);
    return v_err();
  }
  Value res = fe_v_tensor(s, dt, r, out);
  res.ir = fe_emit_matmul(s, &a, &b, dt, r, out, ka, kb, sp);
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

Value fe_binary_op(Sema *s, AstOp op, Value a, Value b, Span sp) { return fe_binary_op_ex(s, op, ir_op_of(op), a, b, sp); }

Value fe_binary_op_ex(Sema *s, AstOp op, int irop, Value a, Value b, Span sp) {
  if (a.k == V_ERR || b.k == V_ERR) return v_err();
  bool na = v_is_number(&a), nb = v_is_number(&b);
  if (na && nb) return fold_numbers(s, op, a, b, sp);
  if (a.k == V_STR && b.k == V_STR && (op == AOP_EQ || op == AOP_NE))
    return v_bool((strcmp(a.s, b.s) == 0) == (op == AOP_EQ));
  /* string concatenation and list repetition are not part of the language */
  if ((a.k != V_TENSOR && !na) || (b.k != V_TENSOR && !nb)) {
    const Value *bad = (a.k != V_TENSOR && !na) ? &a : &b;
    fe_error(s, sp, "operator '%s' needs tensors or numbers, found %s", ast_op_str(op), fe_v_str(s, bad));
    return v_err();
  }
  if (op == AOP_MATMUL) {
    if (a.k != V_TENSOR || b.k != V_TENSOR) {
      fe_error(s, sp, "'@' needs tensors on both sides, found %s @ %s; use '*' to scale", fe_v_str(s, &a), fe_v_str(s, &b));
      return v_err();
    }
    return matmul_op(s, a, b, sp);
  }
  if (a.k != V_TENSOR) a = fe_to_tensor(s, a, b.dt, sp);
  if (b.k != V_TENSOR) b = fe_to_tensor(s, b, a.dt, sp);
  if (a.k == V_ERR || b.k == V_ERR) return v_err();
  DType dt;
  if (!fe_promote_dtypes(s, a.dt, b.dt, &dt, sp, &a, &b)) return v_err();
  Dim out[FE_MAX_RANK];
  int r;
  if (!fe_broadcast_shapes(s, &a, &b, &r, out)) {
    if (irop == OP_MAX || irop == OP_MIN)
      fe_error(s, sp, "%s: shapes do not broadcast: %s and %s", irop == OP_MAX ? "maximum" : "minimum", fe_v_str(s, &a),
               fe_v_str(s, &b));
    else
      fe_error(s, sp, "shapes do not broadcast: %s %s %s", fe_v_str(s, &a), ast_op_str(op), fe_v_str(s, &b));
    return v_err();
  }
  bool cmp = op >= AOP_EQ && op <= AOP_GE;
  DType opdt = dt; /* the dtype the operands are computed in */
  if (cmp) dt = DT_I32;
  else if (op == AOP_DIV && dt == DT_I32) dt = opdt = DT_F32; /* true division, as in PyTorch */
  Value res = fe_v_tensor(s, dt, r, out);
  if (s->g)
    res.ir = ir_binary(s->g, (OpKind)irop, fe_emit_prep(s, &a, opdt, r, out, sp), fe_emit_prep(s, &b, opdt, r, out, sp), sp);
  return res;
}

Value fe_unary_neg(Sema *s, Value a, Span sp) {
  switch (a.k) {
  case V_ERR: return a;
  case V_INT:
  case V_BOOL: {
    Dim r = dim_sub(dim_const(0), a.i);
    if (r.bad) {
      fe_error(s, sp, "integer negation overflows");
      return v_err();
    }
    return v_dim(r);
  }
  case V_FLOAT: return v_float(-a.f);
  case V_TENSOR: return fe_v_tensor_ir(s, a.dt, a.rank, a.dims, s->g ? ir_unary(s->g, OP_NEG, a.ir, sp) : -1);
  default: fe_error(s, sp, "unary '-' needs a tensor or a number, found %s", fe_v_str(s, &a)); return v_err();
  }
}
