/* indexing.c — x[i], x[a:b:c], x[..., None], list[i], blocks[i] and the
 * gather table[idx] (LANGUAGE.md section 5). */
#include <string.h>

#include "sema.h"

/* ---- indexing ---------------------------------------------------------------- */

static bool index_int(Sema *s, const Value *v, Dim size, Dim *out, Span sp, bool clamp, bool is_stop) {
  int64_t x, n;
  if (v->k != V_INT && v->k != V_BOOL) {
    fe_error(s, sp, "index must be an integer, found %s", fe_v_str(s, v));
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
        fe_error(s, sp, "index %lld is out of range for a dimension of size %lld", (long long)orig, (long long)n);
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

/* Evaluates the subscripts of n into subs: slices become V_SLICE values of
 * (start, stop, step), each V_ABSENT when left out. */
static bool eval_subscripts(Sema *s, const Node *n, Scope *sc, Value *subs) {
  for (int i = 0; i < n->list.n; i++) {
    const Node *it = n->list.v[i];
    if (it->kind != N_SLICE) {
      subs[i] = fe_eval_expr(s, sc, it);
      if (subs[i].k == V_ERR) return false;
      continue;
    }
    Value sl = v_kind(V_SLICE);
    sl.items = arena_alloc(s->a, sizeof(Value) * 3);
    sl.n = 3;
    const Node *parts[3] = {it->a, it->b, it->c};
    for (int k = 0; k < 3; k++) {
      sl.items[k] = parts[k] ? fe_eval_expr(s, sc, parts[k]) : v_kind(V_ABSENT);
      if (sl.items[k].k == V_ERR) return false;
      if (parts[k] && sl.items[k].k != V_INT && sl.items[k].k != V_BOOL && sl.items[k].k != V_NONE) {
        fe_error(s, parts[k]->span, "slice bounds must be integers, found %s", fe_v_str(s, &sl.items[k]));
        return false;
      }
    }
    subs[i] = sl;
  }
  return true;
}

/* Lists, tuples and repeated instances take one constant index. */
static Value index_sequence(Sema *s, Value base, const Value *subs, const Node *n) {
  int64_t x;
  if (n->list.n != 1 || !v_const_int(&subs[0], &x)) {
    fe_error(s, n->span, "a %s takes one constant integer index", fe_v_kind_name(&base));
    return v_err();
  }
  if (x < 0) x += base.n;
  if (x < 0 || x >= base.n) {
    fe_error(s, n->list.v[0]->span, "index out of range: the %s has %d items", fe_v_kind_name(&base), base.n);
    return v_err();
  }
  if (base.k == V_REPEAT) {
    Value r = v_kind(V_INST);
    r.inst = base.insts[x];
    return r;
  }
  return base.items[x];
}

/* table[idx]: an integer tensor gathers rows along axis 0. `i` is the
 * subscript that is a tensor. */
static Value index_gather(Sema *s, Value base, const Value *subs, int i, const Node *n) {
  if (n->list.n != 1) {
    fe_error(s, n->list.v[i]->span,
             "a tensor index is only allowed alone (table[idx] gathers along axis 0); use take(x, idx, axis=) for other axes");
    return v_err();
  }
  if (subs[i].dt != DT_I32) {
    fe_error(s, n->list.v[i]->span, "a tensor used as an index must be i32, found %s", fe_v_str(s, &subs[i]));
    return v_err();
  }
  if (base.rank < 1) {
    fe_error(s, n->span, "cannot gather from a 0-d tensor");
    return v_err();
  }
  int r = subs[i].rank + base.rank - 1;
  if (r > FE_MAX_RANK) {
    fe_error(s, n->span, "result has rank %d; the limit is %d", r, FE_MAX_RANK);
    return v_err();
  }
  Dim out[FE_MAX_RANK];
  for (int k = 0; k < subs[i].rank; k++) out[k] = subs[i].dims[k];
  for (int k = 1; k < base.rank; k++) out[subs[i].rank + k - 1] = base.dims[k];
  return fe_v_tensor_ir(s, base.dt, r, out, s->g ? ir_gather(s->g, base.ir, subs[i].ir, n->span) : -1);
}

/* One slice a:b:c of an axis of `size`: its start, step and length. */
static bool slice_axis(Sema *s, const Value *sv, Dim size, Span isp, Dim *start, int64_t *stepp, Dim *lenp) {
  const Value *lo = &sv->items[0], *hi = &sv->items[1], *st = &sv->items[2];
  int64_t step = 1;
  if (st->k != V_ABSENT && st->k != V_NONE && (!v_const_int(st, &step) || step <= 0)) {
    fe_error(s, isp, "slice step must be a positive constant integer");
    return false;
  }
  Dim a = dim_const(0), b = size;
  if (lo->k != V_ABSENT && lo->k != V_NONE && !index_int(s, lo, size, &a, isp, true, false)) return false;
  if (hi->k != V_ABSENT && hi->k != V_NONE && !index_int(s, hi, size, &b, isp, true, true)) return false;
  Dim len = dim_sub(b, a);
  int64_t cl;
  if (dim_is_const(len, &cl)) {
    if (cl < 0) cl = 0;
    cl = cl / step + (cl % step != 0);
    len = dim_const(cl);
  } else if (step != 1) {
    Dim q;
    if (!dim_div(len, dim_const(step), &q)) {
      fe_error(s, isp, "a slice of symbolic length %s with step %lld must divide evenly", fe_dim_str(s, len),
               (long long)step);
      return false;
    }
    len = q;
  }
  if (len.bad) {
    fe_error(s, isp, "slice bounds are too complex to track");
    return false;
  }
  *start = a;
  *stepp = step;
  *lenp = len;
  return true;
}

/* Integers, slices, '...' and None on a tensor: a strided slice of the
 * base, reshaped to drop indexed axes and add None axes. */
static Value index_tensor(Sema *s, Value base, Value *subs, const Node *n) {
  int ns = n->list.n;
  int consumed = 0, nell = 0;
  for (int i = 0; i < ns; i++) {
    if (subs[i].k == V_ELLIPSIS) nell++;
    else if (subs[i].k != V_NONE) consumed++;
  }
  if (nell > 1) {
    fe_error(s, n->span, "an index can contain '...' only once");
    return v_err();
  }
  if (consumed > base.rank) {
    fe_error(s, n->span, "too many indices: %d for %s", consumed, fe_v_str(s, &base));
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
      if (!slice_axis(s, sv, base.dims[ax], isp, &sl_start[ax], &sl_step[ax], &sl_len[ax])) return v_err();
      out[r++] = sl_len[ax++];
    } else if (sv->k == V_INT || sv->k == V_BOOL) {
      Dim at;
      if (!index_int(s, sv, base.dims[ax], &at, isp, false, false)) return v_err();
      sl_start[ax] = at;
      sl_len[ax] = dim_const(1);
      ax++;
    } else {
      fe_error(s, isp, "cannot index with a %s", fe_v_str(s, sv));
      return v_err();
    }
  }
  while (ax < base.rank) out[r++] = base.dims[ax++];
  if (r > FE_MAX_RANK) {
    fe_error(s, n->span, "result has rank %d; the limit is %d", r, FE_MAX_RANK);
    return v_err();
  }
  Value res = fe_v_tensor(s, base.dt, r, out);
  res.ir = fe_emit_slice(s, base.ir, sl_start, sl_step, sl_len, r, out, n->span);
  return res;
}

Value fe_index_value(Sema *s, Value base, const Node *n, Scope *sc) {
  int ns = n->list.n;
  Value subs[FE_MAX_RANK * 2 + 2];
  if (ns > FE_MAX_RANK * 2) {
    fe_error(s, n->span, "too many subscripts (%d)", ns);
    return v_err();
  }
  if (!eval_subscripts(s, n, sc, subs)) return v_err();
  if (base.k == V_ERR) return base;
  if (base.k == V_LIST || base.k == V_TUPLE || base.k == V_REPEAT) return index_sequence(s, base, subs, n);
  if (base.k != V_TENSOR) {
    fe_error(s, n->a->span, "cannot index a %s", fe_v_str(s, &base));
    return v_err();
  }
  for (int i = 0; i < ns; i++)
    if (subs[i].k == V_TENSOR) return index_gather(s, base, subs, i, n);
  return index_tensor(s, base, subs, n);
}
