/* dim.h — symbolic dimensions: small integer polynomials over shape variables
 * (B, T, ...), so that `B * T * d` reshapes back to `[B, T, heads, d / heads]`. */
#ifndef LLMC_DIM_H
#define LLMC_DIM_H

#include "support.h"

#define DIM_MAX_TERMS 4
#define DIM_MAX_DEG 4

typedef struct Mono {
  int64_t coef;
  uint8_t nv;                 /* number of variable factors (with repetition) */
  uint16_t v[DIM_MAX_DEG];    /* variable ids, sorted ascending */
} Mono;

/* n == 0 is the constant 0. `bad` marks a result too complex to represent or
 * one that overflowed; operations on a bad dim stay bad. */
typedef struct Dim {
  uint8_t n;
  bool bad;
  Mono m[DIM_MAX_TERMS];
} Dim;

Dim dim_const(int64_t c);
Dim dim_var(int id);
Dim dim_add(Dim a, Dim b);
Dim dim_sub(Dim a, Dim b);
Dim dim_mul(Dim a, Dim b);
/* Exact division: true and *q when a / b is a polynomial for every value of
 * the variables; false otherwise. */
bool dim_div(Dim a, Dim b, Dim *q);
bool dim_eq(Dim a, Dim b);
/* a with variable `var` replaced by the polynomial `by` (bad when the result
 * is too complex to represent). */
Dim dim_subst(Dim a, int var, Dim by);
/* True (and *v) when the dim does not depend on any variable. */
bool dim_is_const(Dim a, int64_t *v);
/* Prints like `B*T*64` or `T + 1`; names[id] spells variable id. */
void dim_print(StrBuf *b, Dim a, const char *const *names);

/* Evaluation under a binding (vals[id] for variable id): the sum of
 * coef * vars over the terms; false on overflow. */
bool dim_value(Dim dim, const int64_t *vals, int64_t *out);
/* -1 (an invalid size) for a dim too complex to represent or one that overflows. */
int64_t ir_dim_eval(Dim dim, const int64_t *vals);

#endif
