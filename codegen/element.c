/* element.c — element kernels: KFORM_ELEMENT (one work item per element of
 * the outputs' shape) and KFORM_ELEMENT_VEC (CPU: KV_WIDTH neighbouring
 * elements of one row per work item, in float16 vectors). */
#include "cg_internal.h"

/* The vector form: the same operations per element, so the same values.
 * False, with nothing kept, when some node does not allow it (the schedule
 * checked the shapes and dtypes; only the values' walk can tell). */
static bool vector_elements(Cg *c, const IdVec *outs, const IrNode *root) {
  Dim n = c->item->items;
  Arena *A = &c->A;
  KBlock scratch = {0};
  int ncache = c->ncache;
  cg_push_block(c, &scratch);
  KExpr *count = cg_dim_expr(c, n, c->idx);
  ks_decl(A, cur(c), c->idx, "i", ke_builtin(A, c->idx, KB_GLOBAL_ID), true);
  KExpr *i = ke_var(A, c->idx, "i");
  ks_simple(A, &ks_if(A, cur(c), bin(c, KO_GE, i, count))->body, KS_RETURN);
  KExpr *base = cg_bind(c, "base", bin(c, KO_MUL, i, ke_int(A, c->idx, KV_WIDTH)));
  Index vix = cg_ix_of_flat(c, root->rank, root->shape, base, "o");
  for (int j = 0; j < outs->n && !c->vfail; j++) {
    int32_t id = outs->v[j];
    KExpr *v = cg_vec_of(c, cg_vval(c, id, &vix, root->rank - 1));
    if (outs->n > 1) v = cg_bind(c, arena_printf(A, "v%d", id), v);
    ks_store(A, cur(c), cg_buffer_of(c, id, KP_BUFFER_OUT), base, v);
  }
  cg_pop_block(c);
  if (c->vfail || c->failed) {
    c->vfail = false;
    c->ncache = ncache;
    return false;
  }
  cg_splice(c, &scratch);
  return true;
}

void cg_element_kernel(Cg *c, const IdVec *outs, const IrNode *root) {
  if (c->form == KFORM_ELEMENT_VEC) {
    if (vector_elements(c, outs, root)) return;
    c->form = KFORM_ELEMENT; /* the fallback */
  }
  KExpr *count = cg_dim_expr(c, dim_const(1), c->idx);
  for (int i = 0; i < root->rank; i++) count = bin(c, KO_MUL, count, cg_dim_factor(c, root->shape[i]));
  ks_decl(&c->A, cur(c), c->idx, "i", ke_builtin(&c->A, c->idx, KB_GLOBAL_ID), true);
  KExpr *i = ke_var(&c->A, c->idx, "i");
  ks_simple(&c->A, &ks_if(&c->A, cur(c), bin(c, KO_GE, i, count))->body, KS_RETURN);
  Index main = cg_ix_of_flat(c, root->rank, root->shape, i, "o");
  for (int j = 0; j < outs->n; j++) {
    int32_t id = outs->v[j];
    KExpr *v = cg_value_at(c, id, &main);
    if (outs->n > 1) v = cg_bind(c, arena_printf(&c->A, "v%d", id), v);
    ks_store(&c->A, cur(c), cg_buffer_of(c, id, KP_BUFFER_OUT), i, cg_to_storage(c, N(c, id)->dtype, v));
  }
}
