/* scalar.c — the arithmetic of the elementwise ops on one element. The
 * reference interpreter computes every unary and binary node with these, and
 * constant folding (simplify.c) folds with them, so whether simplify ran never
 * changes a value.
 *
 * Values are doubles, as in the interpreter: an i32 is an exact integer held
 * in a double, and i32 arithmetic goes through int64 and wraps to 32 bits like
 * two's-complement int32. Float ops are evaluated in double; rounding to the
 * node's precision is the caller's (the interpreter rounds when it stores).
 *
 * NaN: relu, max and min propagate it (as the generated kernels do: relu is
 * `a <= 0 ? 0 : a`, max and min are llmc_fmax / llmc_fmin, never C's fmax,
 * which would return the other operand). A float becomes an i32 by truncating
 * toward zero and saturating; NaN becomes 0. */
#include <math.h>

#include "ir.h"

double ir_scalar_wrap_i32(int64_t v) {
  uint64_t u = (uint64_t)v & 0xffffffffu;
  return u >= 0x80000000u ? (double)((int64_t)u - ((int64_t)1 << 32)) : (double)u;
}

double ir_scalar_sat_i32(double x) {
  if (isnan(x)) return 0;
  if (x >= 2147483647.0) return 2147483647.0;
  if (x <= -2147483648.0) return -2147483648.0;
  return trunc(x);
}

double ir_scalar_as(DType dt, double x) { return dt == DT_I32 ? ir_scalar_sat_i32(x) : x; }

static double gelu_tanh(double x) {
  return 0.5 * x * (1.0 + tanh(0.7978845608028654 * (x + 0.044715 * x * x * x)));
}

double ir_scalar_unary(OpKind op, double a, DType from, DType to) {
  bool int_in = from == DT_I32;
  double r;
  switch (op) {
  case OP_NEG: r = int_in ? ir_scalar_wrap_i32(-(int64_t)a) : -a; break;
  case OP_ABS: r = int_in ? ir_scalar_wrap_i32(a < 0 ? -(int64_t)a : (int64_t)a) : fabs(a); break;
  case OP_RELU: r = isnan(a) || a > 0 ? a : 0; break;
  case OP_EXP: r = exp(a); break;
  case OP_LOG: r = log(a); break;
  case OP_SQRT: r = sqrt(a); break;
  case OP_RSQRT: r = 1.0 / sqrt(a); break;
  case OP_SIN: r = sin(a); break;
  case OP_COS: r = cos(a); break;
  case OP_TANH: r = tanh(a); break;
  case OP_SIGMOID: r = 1.0 / (1.0 + exp(-a)); break;
  case OP_GELU: r = gelu_tanh(a); break;
  case OP_GELU_ERF: r = 0.5 * a * (1.0 + erf(a / sqrt(2.0))); break;
  case OP_SILU: r = a / (1.0 + exp(-a)); break;
  case OP_ERF: r = erf(a); break;
  case OP_CAST: r = a; break;
  default: UNREACHABLE();
  }
  /* an i32 result truncates (cast, exp of an i32); integers pass unchanged */
  return ir_scalar_as(to, r);
}

/* a ** e for i32 (wrapping); false for 0 to a negative power. */
static bool ipow(int64_t a, int64_t e, double *r) {
  if (e < 0) {
    if (a == 0) return false;
    *r = a == 1 ? 1 : a == -1 ? ((e & 1) ? -1 : 1) : 0;
    return true;
  }
  int64_t acc = 1, b = (int64_t)ir_scalar_wrap_i32(a);
  while (e) {
    if (e & 1) acc = (int64_t)ir_scalar_wrap_i32(acc * b);
    b = (int64_t)ir_scalar_wrap_i32(b * b);
    e >>= 1;
  }
  *r = (double)acc;
  return true;
}

static double max_nan(double a, double b) { return isnan(a) || isnan(b) ? NAN : a > b ? a : b; }
static double min_nan(double a, double b) { return isnan(a) || isnan(b) ? NAN : a < b ? a : b; }

/* i32 operands: wrapping arithmetic; false for division by zero and 0 to a
 * negative power. */
static bool int_binary(OpKind op, int64_t p, int64_t q, double *r) {
  switch (op) {
  case OP_ADD: *r = ir_scalar_wrap_i32(p + q); return true;
  case OP_SUB: *r = ir_scalar_wrap_i32(p - q); return true;
  case OP_MUL: *r = ir_scalar_wrap_i32(p * q); return true;
  case OP_DIV:
    if (q == 0) return false;
    *r = ir_scalar_wrap_i32(p / q);
    return true;
  case OP_POW: return ipow(p, q, r);
  case OP_MAX: *r = (double)(p > q ? p : q); return true;
  case OP_MIN: *r = (double)(p < q ? p : q); return true;
  default: UNREACHABLE();
  }
}

bool ir_scalar_binary(OpKind op, double a, double b, DType from, DType to, double *r) {
  switch (op) {
  case OP_EQ: *r = a == b; return true;
  case OP_NE: *r = a != b; return true;
  case OP_LT: *r = a < b; return true;
  case OP_LE: *r = a <= b; return true;
  case OP_GT: *r = a > b; return true;
  case OP_GE: *r = a >= b; return true;
  default: break;
  }
  if (from == DT_I32) return int_binary(op, (int64_t)a, (int64_t)b, r); /* exact for i32 */
  switch (op) {
  case OP_ADD: *r = a + b; break;
  case OP_SUB: *r = a - b; break;
  case OP_MUL: *r = a * b; break;
  case OP_DIV: *r = a / b; break;
  case OP_POW: *r = pow(a, b); break;
  case OP_MAX: *r = max_nan(a, b); break;
  case OP_MIN: *r = min_nan(a, b); break;
  default: UNREACHABLE();
  }
  *r = ir_scalar_as(to, *r);
  return true;
}
