/* emit.c — IR emission. The checker is run once more with a Graph attached
 * (fe_lower); every operation that makes a tensor value also adds the
 * primitive nodes that compute it. The multi-node lowerings (numbers,
 * parameters, operand broadcasting, matmul, slicing, entry inputs and
 * outputs) live here; single-node ones stay beside their typing rule. With no
 * graph attached these helpers do nothing and return -1. */
#include <string.h>

#include "sema.h"

int32_t fe_emit_number(Sema *s, const Value *num, DType dt, Span sp) {
  if (!s->g) return -1;
  double x;
  if (v_const_num(num, &x)) return ir_const(s->g, x, dt, 0, NULL, sp);
  /* a symbolic integer, read when the dims are bound */
  int32_t d = ir_symdim(s->g, num->i, DT_I32, sp);
  return ir_cast(s->g, d, dt, sp);
}

int32_t fe_emit_param(Sema *s, int pidx) {
  if (!s->g) return -1;
  if (pidx >= s->nparam_nodes) {
    int n = pidx + 64;
    s->param_nodes = xrealloc(s->param_nodes, sizeof(int32_t) * (size_t)n);
    for (int i = s->nparam_nodes; i < n; i++) s->param_nodes[i] = -1;
    s->nparam_nodes = n;
  }
  if (s->param_nodes[pidx] < 0) {
    const ParamInfo *p = &s->model->params.v[pidx];
    Dim d[IR_MAX_RANK];
    for (int i = 0; i < p->rank; i++) d[i] = dim_const(p->dims[i]);
    s->param_nodes[pidx] = ir_param(s->g, p->name, p->dtype, p->rank, d, p->span);
  }
  return s->param_nodes[pidx];
}

/* A tensor operand cast to dt and broadcast to shape (NumPy rules). */
int32_t fe_emit_prep(Sema *s, const Value *t, DType dt, int rank, const Dim *shape, Span sp) {
  if (!s->g) return -1;
  ASSERT(t->k == V_TENSOR && t->ir >= 0);
  int32_t x = ir_cast(s->g, t->ir, dt, sp);
  return ir_broadcast_to(s->g, x, rank, shape, sp);
}

Value fe_v_tensor_ir(Sema *s, DType dt, int rank, const Dim *dims, int32_t ir) {
  Value v = fe_v_tensor(s, dt, rank, dims);
  v.ir = ir;
  return v;
}

/* An entry function's argument: an INPUT node named after it. */
int32_t fe_emit_input(Sema *s, const char *name, DType dt, int rank, const Dim *dims, Span sp) {
  if (!s->g) return -1;
  return ir_input(s->g, name, dt, rank, dims, sp);
}

/* The entry's result becomes the graph's outputs: "out" (or "loss") for one
 * tensor, "out0", "out1", ... for a tuple. Also names the graph's shape
 * variables and its entry. */
void fe_emit_outputs(Sema *s, const char *entry, const Value *r, Span model_span) {
  Graph *g = s->g;
  for (int i = 0; i < s->symnames.n; i++) ir_sym(g, s->symnames.v[i]);
  g->entry = arena_strdup(&g->arena, entry);
  if (r->k == V_TENSOR) {
    ir_add_output(g, strcmp(entry, "loss") ? "out" : "loss", r->ir);
  } else if (r->k == V_TUPLE) {
    for (int i = 0; i < r->n; i++)
      if (r->items[i].k == V_TENSOR) ir_add_output(g, arena_printf(&g->arena, "out%d", i), r->items[i].ir);
  } else if (r->k != V_ERR) {
    fe_error(s, model_span, "'%s' returns %s, not tensors", entry, fe_v_str(s, r));
  }
}

/* base[...] with integers and slices: a strided slice (per axis: start, step,
 * length), then a reshape that drops the indexed axes and adds None axes. */
int32_t fe_emit_slice(Sema *s, int32_t base, const Dim *start, const int64_t *step, const Dim *len, int rank,
                      const Dim *shape, Span sp) {
  if (!s->g) return -1;
  int32_t x = ir_slice(s->g, base, start, step, len, sp);
  return ir_reshape(s->g, x, rank, shape, sp);
}

/* a @ b with NumPy's rules, as a batched 2-d matmul: 1-d operands gain an
 * axis (a leading 1 on the left, a trailing 1 on the right), batch dims
 * broadcast, and the result is reshaped to `out` (rank r), which drops the
 * added axes. ka and kb are the inner dims (equal). */
int32_t fe_emit_matmul(Sema *s, const Value *a, const Value *b, DType dt, int r, const Dim *out, Dim ka, Dim kb,
                       Span sp) {
  if (!s->g) return -1;
  int nb = r - (a->rank >= 2) - (b->rank >= 2);
  Dim sa[IR_MAX_RANK + 2], sb[IR_MAX_RANK + 2];
  for (int i = 0; i < nb; i++) sa[i] = sb[i] = out[i];
  sa[nb] = a->rank >= 2 ? a->dims[a->rank - 2] : dim_const(1);
  sa[nb + 1] = ka;
  sb[nb] = kb;
  sb[nb + 1] = b->rank >= 2 ? b->dims[b->rank - 1] : dim_const(1);
  int32_t xa = ir_cast(s->g, a->ir, dt, sp), xb = ir_cast(s->g, b->ir, dt, sp);
  if (a->rank == 1) xa = ir_reshape(s->g, xa, 2, sa + nb, sp);
  if (b->rank == 1) xb = ir_reshape(s->g, xb, 2, sb + nb, sp);
  xa = ir_broadcast_to(s->g, xa, nb + 2, sa, sp);
  xb = ir_broadcast_to(s->g, xb, nb + 2, sb, sp);
  return ir_reshape(s->g, ir_matmul(s->g, xa, xb, sp), r, out, sp);
}
