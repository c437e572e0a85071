/* lower.c — emitting IR while the checker walks the program. The checker is
 * run once more with a Graph attached (fe_lower); every operation that makes
 * a tensor value also adds the primitive nodes that compute it. With no
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
