/* dim.c — polynomial arithmetic on symbolic dimensions. */
#include "dim.h"

#include <string.h>

static int mono_cmp_vars(const Mono *a, const Mono *b) {
  if (a->nv != b->nv) return a->nv < b->nv ? -1 : 1;
  for (int i = 0; i < a->nv; i++)
    if (a->v[i] != b->v[i]) return a->v[i] < b->v[i] ? -1 : 1;
  return 0;
}

/* Sorts terms by their variables (constants first), merges equal ones, drops zeros. */
static Dim normalize(Dim d) {
  if (d.bad) return d;
  for (int i = 1; i < d.n; i++)
    for (int j = i; j > 0 && mono_cmp_vars(&d.m[j - 1], &d.m[j]) > 0; j--) {
      Mono t = d.m[j];
      d.m[j] = d.m[j - 1];
      d.m[j - 1] = t;
    }
  Dim r = {0};
  for (int i = 0; i < d.n; i++) {
    if (r.n && mono_cmp_vars(&r.m[r.n - 1], &d.m[i]) == 0) {
      if (__builtin_add_overflow(r.m[r.n - 1].coef, d.m[i].coef, &r.m[r.n - 1].coef)) r.bad = true;
    } else {
      r.m[r.n++] = d.m[i];
    }
  }
  Dim z = {0};
  z.bad = r.bad;
  for (int i = 0; i < r.n; i++)
    if (r.m[i].coef != 0) z.m[z.n++] = r.m[i];
  return z;
}

Dim dim_const(int64_t c) {
  Dim d = {0};
  if (c != 0) {
    d.n = 1;
    d.m[0].coef = c;
  }
  return d;
}

Dim dim_var(int id) {
  Dim d = {0};
  d.n = 1;
  d.m[0].coef = 1;
  d.m[0].nv = 1;
  d.m[0].v[0] = (uint16_t)id;
  return d;
}

/* Adds terms of b (times sign) to a, with room for up to 2*DIM_MAX_TERMS. */
static Dim add_signed(Dim a, Dim b, int sign) {
  if (a.bad || b.bad) return (Dim){.bad = true};
  Mono buf[2 * DIM_MAX_TERMS];
  int n = 0;
  for (int i = 0; i < a.n; i++) buf[n++] = a.m[i];
  for (int i = 0; i < b.n; i++) {
    buf[n] = b.m[i];
    if (sign < 0) {
      if (buf[n].coef == INT64_MIN) return (Dim){.bad = true};
      buf[n].coef = -buf[n].coef;
    }
    n++;
  }
  /* merge like terms */
  Mono out[2 * DIM_MAX_TERMS];
  int no = 0;
  bool bad = false;
  for (int i = 0; i < n; i++) {
    int j;
    for (j = 0; j < no; j++)
      if (mono_cmp_vars(&out[j], &buf[i]) == 0) break;
    if (j < no) {
      if (__builtin_add_overflow(out[j].coef, buf[i].coef, &out[j].coef)) bad = true;
    } else {
      out[no++] = buf[i];
    }
  }
  Dim r = {0};
  r.bad = bad;
  for (int i = 0; i < no; i++) {
    if (out[i].coef == 0) continue;
    if (r.n == DIM_MAX_TERMS) return (Dim){.bad = true};
    r.m[r.n++] = out[i];
  }
  return normalize(r);
}

Dim dim_add(Dim a, Dim b) { return add_signed(a, b, 1); }
Dim dim_sub(Dim a, Dim b) { return add_signed(a, b, -1); }

static bool mono_mul(const Mono *a, const Mono *b, Mono *r) {
  if (a->nv + b->nv > DIM_MAX_DEG) return false;
  if (__builtin_mul_overflow(a->coef, b->coef, &r->coef)) return false;
  int i = 0, j = 0, k = 0;
  while (i < a->nv || j < b->nv) {
    if (j >= b->nv || (i < a->nv && a->v[i] <= b->v[j])) r->v[k++] = a->v[i++];
    else r->v[k++] = b->v[j++];
  }
  r->nv = (uint8_t)k;
  return true;
}

Dim dim_mul(Dim a, Dim b) {
  if (a.bad || b.bad) return (Dim){.bad = true};
  Dim acc = {0};
  for (int i = 0; i < a.n; i++)
    for (int j = 0; j < b.n; j++) {
      Dim t = {0};
      t.n = 1;
      if (!mono_mul(&a.m[i], &b.m[j], &t.m[0])) return (Dim){.bad = true};
      acc = dim_add(acc, t);
      if (acc.bad) return acc;
    }
  return acc;
}

/* Divides monomial a by monomial b exactly. */
static bool mono_div(const Mono *a, const Mono *b, Mono *r) {
  if (b->coef == 0 || (b->coef == -1 && a->coef == INT64_MIN) || a->coef % b->coef != 0) return false;
  r->coef = a->coef / b->coef;
  int i = 0, j = 0, k = 0;
  while (i < a->nv) {
    if (j < b->nv && a->v[i] == b->v[j]) {
      i++;
      j++;
    } else if (j < b->nv && b->v[j] < a->v[i]) {
      return false;
    } else {
      r->v[k++] = a->v[i++];
    }
  }
  if (j < b->nv) return false;
  r->nv = (uint8_t)k;
  return true;
}

bool dim_div(Dim a, Dim b, Dim *q) {
  if (a.bad || b.bad || b.n == 0) return false;
  if (dim_eq(a, b)) {
    *q = dim_const(1);
    return true;
  }
  if (b.n == 1) {
    Dim r = {0};
    r.n = a.n;
    for (int i = 0; i < a.n; i++)
      if (!mono_div(&a.m[i], &b.m[0], &r.m[i])) return false;
    *q = normalize(r);
    return true;
  }
  /* a == b * c for a constant c */
  if (a.n == b.n && a.n > 0) {
    Mono t;
    if (mono_cmp_vars(&a.m[0], &b.m[0]) != 0 || !mono_div(&a.m[0], &b.m[0], &t) || t.nv) return false;
    Dim c = dim_const(t.coef);
    if (dim_eq(dim_mul(b, c), a)) {
      *q = c;
      return true;
    }
  }
  return false;
}

Dim dim_subst(Dim a, int var, Dim by) {
  if (a.bad || by.bad) return (Dim){.bad = true};
  Dim acc = {0};
  for (int i = 0; i < a.n; i++) {
    Dim t = dim_const(a.m[i].coef);
    for (int k = 0; k < a.m[i].nv; k++) t = dim_mul(t, a.m[i].v[k] == var ? by : dim_var(a.m[i].v[k]));
    acc = dim_add(acc, t);
    if (acc.bad) return acc;
  }
  return acc;
}

bool dim_eq(Dim a, Dim b) {
  if (a.bad || b.bad || a.n != b.n) return false;
  for (int i = 0; i < a.n; i++)
    if (a.m[i].coef != b.m[i].coef || mono_cmp_vars(&a.m[i], &b.m[i]) != 0) return false;
  return true;
}

bool dim_is_const(Dim a, int64_t *v) {
  if (a.bad) return false;
  if (a.n == 0) {
    if (v) *v = 0;
    return true;
  }
  if (a.n == 1 && a.m[0].nv == 0) {
    if (v) *v = a.m[0].coef;
    return true;
  }
  return false;
}

void dim_print(StrBuf *b, Dim a, const char *const *names) {
  if (a.bad) {
    sb_puts(b, "?");
    return;
  }
  if (a.n == 0) {
    sb_puts(b, "0");
    return;
  }
  /* highest degree first reads better: B*T + 1 */
  for (int ii = a.n - 1; ii >= 0; ii--) {
    const Mono *m = &a.m[ii];
    int64_t sc = m->coef;
    uint64_t c = sc < 0 ? (uint64_t)0 - (uint64_t)sc : (uint64_t)sc; /* no overflow at INT64_MIN */
    bool neg = sc < 0;
    if (ii != a.n - 1) {
      sb_puts(b, neg ? " - " : " + ");
    } else if (neg) {
      sb_putc(b, '-');
    }
    bool first = true;
    if (c != 1 || m->nv == 0) {
      sb_printf(b, "%llu", (unsigned long long)c);
      first = false;
    }
    for (int k = 0; k < m->nv; k++) {
      if (!first) sb_putc(b, '*');
      sb_puts(b, names ? names[m->v[k]] : "?");
      first = false;
    }
  }
}

/* ---- evaluation under a binding ------------------------------------------------ */

/* sum of coef * vars over the terms; false on overflow. */
bool dim_value(Dim dim, const int64_t *vals, int64_t *out) {
  int64_t s = 0;
  for (int i = 0; i < dim.n; i++) {
    int64_t t = dim.m[i].coef;
    for (int k = 0; k < dim.m[i].nv; k++)
      if (__builtin_mul_overflow(t, vals[dim.m[i].v[k]], &t)) return false;
    if (__builtin_add_overflow(s, t, &s)) return false;
  }
  *out = s;
  return true;
}

/* -1 (an invalid size) for a dim too complex to represent or one that overflows. */
int64_t ir_dim_eval(Dim dim, const int64_t *vals) {
  int64_t v;
  return !dim.bad && dim_value(dim, vals, &v) ? v : -1;
}
