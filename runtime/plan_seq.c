/* plan_seq.c — row stores (rt_plan_store_row) and sequence kernels
 * (rt_plan_sequence): what a decoding step needs to run as one launch. */
#include <stdlib.h>
#include <string.h>

#include "plan_internal.h"

/* ---- row stores ----------------------------------------------------------------- */

bool rt_plan_store_row(Plan *p, const char *out, int axis, DevBuf *buf, size_t off, size_t bytes, int64_t rows,
                       const char *index, Diag *d) {
  const Graph *g = p->g;
  int o = -1;
  for (int i = 0; i < g->outputs.n && o < 0; i++)
    if (!strcmp(g->outputs.v[i].name, out)) o = i;
  int32_t ix = -1;
  for (int32_t i = 0; i < g->nodes.n && ix < 0; i++)
    if (g->nodes.v[i].op == OP_INPUT && !strcmp(g->nodes.v[i].name, index)) ix = i;
  if (o < 0) return diag_plain(d, "cannot store rows of '%s': the graph has no output of that name", out), false;
  const IrNode *x = ir_node(g, g->outputs.v[o].node);
  if (axis < 0 || axis >= x->rank || !dim_is_const(x->shape[axis], &(int64_t){0}) || x->shape[axis].m[0].coef != 1)
    return diag_plain(d, "cannot store rows of '%s': its axis %d is not of length 1", out, axis), false;
  if (ix < 0 || ir_node(g, ix)->dtype != DT_I32 || rows < 1)
    return diag_plain(d, "cannot store rows of '%s': no i32 input '%s' gives the row", out, index), false;
  p->rows = xrealloc(p->rows, sizeof *p->rows * (size_t)(p->nrows + 1));
  p->rows[p->nrows++] = (RowStore){o, p->fp->alias[g->outputs.v[o].node], ix, axis, buf, off, bytes, rows};
  p->seq_gen = 0; /* the sequence kernel changes */
  plan_relayout(p);  /* and the layout: the index stays to the end */
  return true;
}

bool plan_row_stored(const Plan *p, int out) {
  for (int i = 0; i < p->nrows; i++)
    if (p->rows[i].out == out) return true;
  return false;
}

/* Segments before the row axis, and bytes of one segment, for these shapes. */
static void row_shape(const Plan *p, const RowStore *rs, const int64_t *vals, int64_t *outer, int64_t *seg) {
  const IrNode *x = ir_node(p->g, p->g->outputs.v[rs->out].node); /* not the alias root: its shape may differ */
  *outer = 1;
  *seg = dtype_size(x->dtype);
  for (int k = 0; k < x->rank; k++) {
    int64_t v = ir_dim_eval(x->shape[k], vals);
    if (k < rs->axis) *outer *= v;
    else if (k > rs->axis) *seg *= v;
  }
}

static const Tensor *index_tensor(const Plan *p, const RowStore *rs, const TensorList *inputs) {
  return inputs ? tl_find(inputs, ir_node(p->g, rs->index)->name) : NULL;
}

bool plan_rows_check(Plan *p, const TensorList *inputs, const int64_t *vals, Diag *d) {
  for (int i = 0; i < p->nrows; i++) {
    const RowStore *rs = &p->rows[i];
    const char *name = p->g->outputs.v[rs->out].name, *iname = ir_node(p->g, rs->index)->name;
    const Tensor *t = index_tensor(p, rs, inputs);
    if (!t || tensor_numel(t) != 1 || t->dtype != DT_I32 || (p->bound && p->bound[rs->index]))
      return diag_plain(d, "input '%s' (the row of '%s') must be given as one i32 value in each run", iname, name), false;
    int32_t r = ((const int32_t *)t->data)[0];
    if (r < 0 || r >= rs->rows)
      return diag_plain(d, "input '%s' = %d is outside the %lld rows of the region '%s' is stored in", iname, (int)r,
                        (long long)rs->rows, name), false;
    int64_t outer, seg;
    row_shape(p, rs, vals, &outer, &seg);
    uint64_t need;
    if (__builtin_mul_overflow((uint64_t)outer, (uint64_t)rs->rows, &need) || __builtin_mul_overflow(need, (uint64_t)seg, &need) ||
        need > rs->bytes)
      return diag_plain(d, "'%s' needs %lld rows of %lld bytes in %lld segments, more than its region's %zu bytes", name,
                        (long long)rs->rows, (long long)seg, (long long)outer, rs->bytes), false;
  }
  return true;
}

bool plan_rows_copy(Plan *p, const TensorList *inputs, const int64_t *vals, Diag *d) {
  for (int i = 0; i < p->nrows; i++) {
    const RowStore *rs = &p->rows[i];
    int64_t r = ((const int32_t *)index_tensor(p, rs, inputs)->data)[0], outer, seg;
    row_shape(p, rs, vals, &outer, &seg);
    size_t at;
    DevBuf *src = plan_arena_at(p, p->lay_off[rs->node], &at);
    for (int64_t o = 0; o < outer; o++)
      if (!rt_copy(p->dev, src, at + (size_t)(o * seg), rs->buf,
                   rs->off + (size_t)((o * rs->rows + r) * seg), (size_t)seg, d))
        return false;
  }
  return true;
}

/* ---- fixed parameters --------------------------------------------------------- */

int rt_plan_fixed_params(Plan *p) {
  const Schedule *fp = p->fp;
  free(p->inv);
  p->inv = xcalloc((size_t)p->nkernels + 1, sizeof *p->inv);
  int n = 0;
  for (int q = 0; q < p->nkernels; q++) {
    const Kernel *k = p->kern[q];
    bool inv = true;
    for (int a = 0; a < k->nargs && inv; a++) {
      const KArg *ka = &k->args[a];
      if (ka->kind == KARG_SEED) inv = false;
      if (ka->kind != KARG_IN) continue;
      int32_t r = fp->alias[ka->node];
      const IrNode *x = ir_node(p->g, r);
      int kq = fp->kernel_of[r];
      inv = x->op == OP_PARAM ? p->bound && p->bound[r] : kq >= 0 && kq < q && p->inv[kq];
    }
    p->inv[q] = inv;
    n += inv;
  }
  plan_relayout(p); /* their values stay to the end of a run */
  p->seq_gen = 0;
  return n;
}

/* ---- sequence kernels ------------------------------------------------------------ */

bool rt_plan_sequence(Plan *p, const char **why) {
  if (rt_device_info(p->dev)->kind != DEV_OPENCL) return *why = "sequence kernels are OpenCL C", false;
  for (int q = 0; q < p->nkernels; q++)
    if (!cg_sequenceable(p->kern[q], why)) return false;
  p->seq_on = true;
  return true;
}

/* The sequence kernel's parameter for a buffer: its index in p->seq_bufs. */
static int seq_buf(Plan *p, DevBuf *b) {
  for (int i = 0; i < p->seq_nbufs; i++)
    if (p->seq_bufs[i] == b) return i;
  p->seq_bufs = xrealloc(p->seq_bufs, sizeof *p->seq_bufs * (size_t)(p->seq_nbufs + 1));
  p->seq_bufs[p->seq_nbufs] = b;
  return p->seq_nbufs++;
}

/* Where a stored value lives: the caller's buffer when bound, else the arena. */
static CgSeqArg seq_arg_of(Plan *p, int32_t node) {
  int32_t r = p->fp->alias[node];
  bool b = p->bound && p->bound[r];
  if (b) return (CgSeqArg){seq_buf(p, p->bound[r]), p->bound_off[r], 0};
  size_t at;
  DevBuf *buf = plan_arena_at(p, p->lay_off[r], &at);
  return (CgSeqArg){seq_buf(p, buf), at, 0};
}

static char *seq_source(Plan *p, const int64_t *vals, char **name) {
  p->seq_nbufs = 0;
  CgSeqStep *steps = xcalloc((size_t)p->nkernels + 1, sizeof *steps);
  CgSeqArg **args = xcalloc((size_t)p->nkernels + 1, sizeof *args);
  int ns = 0;
  for (int q = 0; q < p->nkernels; q++) {
    const Kernel *k = p->kern[q];
    if (p->inv && p->inv[q]) continue; /* ran once already (plan_run) */
    args[q] = xcalloc((size_t)k->nargs + 1, sizeof **args);
    for (int a = 0; a < k->nargs; a++) {
      const KArg *ka = &k->args[a];
      if (ka->kind == KARG_SYM) args[q][a].value = vals[ka->sym];
      else if (ka->kind != KARG_SEED) args[q][a] = seq_arg_of(p, ka->node);
    }
    steps[ns++] = (CgSeqStep){k, ir_dim_eval(k->items, vals), args[q]};
  }
  CgSeqRow *rows = xcalloc((size_t)p->nrows + 1, sizeof *rows);
  for (int i = 0; i < p->nrows; i++) {
    const RowStore *rs = &p->rows[i];
    int64_t outer, seg;
    row_shape(p, rs, vals, &outer, &seg);
    rows[i] = (CgSeqRow){seq_arg_of(p, rs->node), {seq_buf(p, rs->buf), rs->off, 0}, seq_arg_of(p, rs->index), outer,
                         rs->rows, seg};
  }
  CgSeq s = {steps, ns, rows, p->nrows, p->seq_nbufs};
  char *src = cg_sequence(&s, name);
  for (int q = 0; q < p->nkernels; q++) free(args[q]);
  free(args);
  free(steps);
  free(rows);
  return src;
}

bool plan_seq_run(Plan *p, const int64_t *vals, Diag *d) {
  if (p->seq_gen != p->lay_gen || !p->seq_k) {
    rt_kernel_free(p->dev, p->seq_k);
    p->seq_k = NULL;
    free(p->seq_src);
    char *name = NULL;
    p->seq_src = seq_source(p, vals, &name);
    bool cached = false;
    p->seq_k = rt_build(p->dev, p->seq_src, name, &cached, d);
    free(name);
    if (!p->seq_k) return false;
    p->seq_gen = p->lay_gen;
  }
  /* OpenCL devices take at least 1024 bytes of arguments: 127 pointers and the seed */
  enum { SEQ_MAX_BUFS = 127 };
  DevArg args[SEQ_MAX_BUFS + 1];
  if (p->seq_nbufs > SEQ_MAX_BUFS)
    return diag_plain(d, "the sequence kernel would take %d buffers, more than %d", p->seq_nbufs, SEQ_MAX_BUFS), false;
  for (int i = 0; i < p->seq_nbufs; i++) args[i] = (DevArg){.buf = p->seq_bufs[i]};
  args[p->seq_nbufs] = (DevArg){.u64 = p->seed, .is_u64 = true};
  return rt_launch(p->dev, p->seq_k, args, p->seq_nbufs + 1, 1, 1, d);
}

const char *rt_plan_sequence_source(const Plan *p) { return p->seq_src; }

void plan_seq_free(Plan *p) {
  rt_kernel_free(p->dev, p->seq_k);
  free(p->seq_src);
  free(p->seq_bufs);
  free(p->rows);
}
