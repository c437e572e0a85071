/* kernel.c — the entry points: a schedule item (or a group of nodes) to a Kernel. */
#include "cg_internal.h"

/* ---- the kernel -------------------------------------------------------------------------- */

static bool is_output(const Graph *g, int32_t id) {
  for (int i = 0; i < g->outputs.n; i++)
    if (g->outputs.v[i].node == id) return true;
  return false;
}

/* The group nodes whose values leave the kernel: used outside the group, a
 * graph output, or the last node. */
static void find_outputs(const Cg *c, IdVec *outs) {
  for (int i = 0; i < c->ngroup; i++) {
    int32_t id = c->group[i];
    bool out = i == c->ngroup - 1 || is_output(c->g, id);
    for (int32_t u = id + 1; !out && u < c->g->nodes.n; u++) {
      const IrNode *un = N(c, u);
      if (cg_in_group(c, u)) continue;
      for (int j = 0; j < un->nin && !out; j++) out = un->in[j] == id;
    }
    if (out) vec_push(outs, id);
  }
}

static bool check_dtype(Cg *c, int32_t id) {
  DType t = N(c, id)->dtype;
  if (t == DT_F64)
    return cg_fail(c, "node %%%d (%s): dtype %s is not supported by the kernel generator yet", id,
                   op_name(N(c, id)->op), dtype_name(t));
  return true;
}


/* The leading comment: the nodes with their source lines, and the arguments. */
/* The line that says how the work is laid out (the vector element form
 * shares the vector rows' wording, which golden kernel sources hold). */
static const char *form_line(KernelForm f) {
  switch (f) {
  case KFORM_MATMUL_TILE: return "tiled: 64x64 outputs per work group of 256 work items";
  case KFORM_COLUMN:
  case KFORM_COLUMN_VEC: return "16 neighbouring rows of the reduction's domain per work item";
  case KFORM_ROW_VEC:
  case KFORM_ELEMENT_VEC: return "one work item per row of the reduction's domain, in float16 vectors";
  case KFORM_ROW:
  case KFORM_ROW_COOP: return "one work item per row of the reduction's domain";
  default: return "one work item per output element";
  }
}

static char *describe(Cg *c, const char *label, Diag *diag) {
  StrBuf b = {0};
  sb_printf(&b, "%s (%s): %d IR node%s, %s\n", label, c->fn.name, c->ngroup, c->ngroup == 1 ? "" : "s", form_line(c->form));
  for (int i = 0; i < c->ngroup; i++) {
    int32_t id = c->group[i];
    sb_puts(&b, "  ");
    ir_print_node(&b, c->g, id);
    Span sp = N(c, id)->span;
    if (diag && sp.file && sp.file < (uint32_t)diag->files.n) {
      int line = 0, col = 0;
      diag_line_col(diag, sp.file, sp.start, &line, &col);
      sb_printf(&b, "   (%s:%d)", diag_file(diag, sp.file)->path, line);
    }
    sb_putc(&b, '\n');
  }
  sb_puts(&b, "arguments:");
  for (int i = 0; i < c->params.n; i++) {
    int32_t node = c->param_node.v[i];
    if (node >= 0) sb_printf(&b, " %s = %%%d;", c->params.v[i].name, node);
  }
  for (int v = 0; v < c->g->syms.n; v++) sb_printf(&b, " %s = %s;", cg_sym_param(c, v), c->g->syms.v[v]);
  if (c->seed_param >= 0) sb_puts(&b, " seed = the run's seed;");
  b.len--; /* the last ';' */
  sb_putc(&b, '\n');
  char *s = arena_strdup(&c->A, sb_cstr(&b));
  sb_free(&b);
  return s;
}

/* Cost estimates: bytes read and written, and arithmetic per launch. */
static void estimate(const Cg *c, Kernel *k) {
  Dim bytes = dim_const(0), flops = dim_const(0);
  for (int i = 0; i < c->params.n; i++) {
    int32_t id = c->param_node.v[i];
    if (id < 0) continue;
    const IrNode *n = N(c, id);
    Dim size = cg_numel_dim(n);
    /* a table read through gather/take: only what the result picks */
    for (int j = 0; j < c->ngroup; j++) {
      const IrNode *u = N(c, c->group[j]);
      if ((u->op == OP_GATHER || u->op == OP_TAKE) && u->in[0] == id) size = cg_numel_dim(u);
    }
    bytes = dim_add(bytes, dim_mul(size, dim_const(dtype_size(n->dtype))));
  }
  for (int j = 0; j < c->ngroup; j++) {
    const IrNode *u = N(c, c->group[j]);
    Dim out = cg_numel_dim(u);
    switch (op_class(u->op)) {
    case OC_UNARY:
    case OC_BINARY:
    case OC_TERNARY: flops = dim_add(flops, out); break;
    case OC_REDUCE: flops = dim_add(flops, cg_numel_dim(N(c, u->in[0]))); break;
    case OC_CONTRACT: flops = dim_add(flops, dim_mul(dim_const(2), dim_mul(out, N(c, u->in[0])->shape[u->rank - 1]))); break;
    case OC_GATHER:
      if (u->op == OP_SCATTER_ADD) flops = dim_add(flops, cg_numel_dim(N(c, u->in[0])));
      break;
    default: break;
    }
  }
  k->bytes = bytes;
  k->flops = flops;
}

/* ---- checking the group ------------------------------------------------------------------ */

/* The members: existing, computed, ascending, of supported dtypes; their
 * inputs from outside the group collected in ins. */
static bool check_members(Cg *c, IdVec *ins) {
  const Graph *g = c->g;
  if (c->ngroup < 1) return cg_fail(c, "cg_kernel: an empty group");
  for (int i = 0; i < c->ngroup; i++) {
    int32_t id = c->group[i];
    if (id < 0 || id >= g->nodes.n) return cg_fail(c, "cg_kernel: node %%%d does not exist", id);
    const IrNode *x = N(c, id);
    if (x->op == OP_PARAM || x->op == OP_INPUT)
      return cg_fail(c, "cg_kernel: node %%%d (%s) is a leaf that needs no kernel", id, op_name(x->op));
    if (i && id <= c->group[i - 1]) return cg_fail(c, "cg_kernel: the group's nodes must be in increasing order");
    if (!check_dtype(c, id)) return false;
    for (int j = 0; j < x->nin; j++) {
      int32_t a = x->in[j];
      if (cg_in_group(c, a)) continue;
      if (!check_dtype(c, a)) return false;
      bool seen = false;
      for (int m = 0; m < ins->n && !seen; m++) seen = ins->v[m] == a;
      if (!seen) vec_push(ins, a);
    }
  }
  return true;
}

/* The stored nodes: given (in the group, ascending), else found. */
static bool check_outs(Cg *c, const int32_t *given, int ngiven, IdVec *outs) {
  if (given) {
    for (int i = 0; i < ngiven; i++) {
      if (!cg_in_group(c, given[i]) || (i && given[i] <= given[i - 1]))
        return cg_fail(c, "cg_kernel: stored node %%%d is not in the group (or not in increasing order)", given[i]);
      vec_push(outs, given[i]);
    }
  } else {
    find_outputs(c, outs);
  }
  if (outs->n == 0) return cg_fail(c, "cg_kernel: the group stores nothing");
  return true;
}

/* A row kernel's seed: a reduction of the group whose domain every
 * reduction shares, every output of the domain's or the reduced shape. */
static bool check_row(Cg *c, int32_t row, const IdVec *outs) {
  const IrNode *r = cg_in_group(c, row) ? N(c, row) : NULL;
  if (!r || op_class(r->op) != OC_REDUCE) return cg_fail(c, "cg_kernel: row node %%%d is not a reduction of the group", row);
  const IrNode *dom = N(c, r->in[0]);
  for (int i = 0; i < outs->n; i++)
    if (!ir_same_shape(N(c, outs->v[i]), dom) && !ir_same_squeezed(N(c, outs->v[i]), r))
      return cg_fail(c, "cg_kernel: stored node %%%d has neither the row domain's shape nor the reduced shape", outs->v[i]);
  for (int i = 0; i < c->ngroup; i++) {
    const IrNode *x = N(c, c->group[i]);
    if (op_class(x->op) == OC_REDUCE && (x->axes != r->axes || !ir_same_shape(N(c, x->in[0]), dom)))
      return cg_fail(c, "cg_kernel: reduction %%%d does not share the row domain of %%%d", c->group[i], row);
  }
  return true;
}

static bool has_matmul(const Cg *c) {
  for (int i = 0; i < c->ngroup; i++)
    if (N(c, c->group[i])->op == OP_MATMUL) return true;
  return false;
}

/* Outputs of an element kernel have the result's shape. */
static bool check_element_outs(Cg *c, const IdVec *outs, const IrNode *root) {
  for (int i = 0; i < outs->n; i++)
    if (!ir_same_shape(N(c, outs->v[i]), root))
      return cg_fail(c, "cg_kernel: group output %%%d has a different shape from the group's result %%%d (not supported yet)",
                     outs->v[i], c->group[c->ngroup - 1]);
  return true;
}

/* The shape the work items walk: the row domain, else the last node's. */
static const IrNode *kernel_root(const Cg *c) {
  return c->row >= 0 ? N(c, N(c, c->row)->in[0]) : N(c, c->group[c->ngroup - 1]);
}

/* Everything the rendering assumes of the group and its stored nodes. */
static bool check_group(Cg *c, const IdVec *outs) {
  const IrNode *root = kernel_root(c);
  if (c->row >= 0 && !check_row(c, c->row, outs)) return false;
  /* a matmul's epilogue may store through reshapes: checked by the schedule's form */
  if (c->row < 0 && !has_matmul(c) && !check_element_outs(c, outs, root)) return false;
  for (int i = 0; i < root->rank; i++)
    if (root->shape[i].bad) return cg_fail(c, "node %%%d: a dim too complex for the kernel generator", c->group[c->ngroup - 1]);
  return true;
}

/* ---- rendering ---------------------------------------------------------------------------- */

/* Index width, parameters (inputs by node id, outputs, shape variables) and the
 * label. Buffers are named by position (x0, x1, y0), not by node id, so that
 * kernels computing the same thing for different nodes print the same; the
 * leading comment maps them to nodes. */
static void declare_params(Cg *c, IdVec *ins, const IdVec *outs) {
  bool small = true; /* int indices when every tensor touched is known to be small */
  for (int i = 0; i < ins->n; i++) small &= cg_numel_bound(c, N(c, ins->v[i])) <= INT32_MAX;
  for (int i = 0; i < c->ngroup; i++) small &= cg_numel_bound(c, N(c, c->group[i])) <= INT32_MAX;
  c->idx = small ? KT_INT : KT_LONG;
  for (int i = 1; i < ins->n; i++) /* insertion sort: inputs by node id */
    for (int j = i; j > 0 && ins->v[j] < ins->v[j - 1]; j--) {
      int32_t t = ins->v[j];
      ins->v[j] = ins->v[j - 1];
      ins->v[j - 1] = t;
    }
  for (int i = 0; i < ins->n; i++)
    cg_add_param(c, KP_BUFFER_IN, stype(N(c, ins->v[i])->dtype), arena_printf(&c->A, "x%d", i), ins->v[i]);
  for (int i = 0; i < outs->n; i++)
    cg_add_param(c, KP_BUFFER_OUT, stype(N(c, outs->v[i])->dtype), arena_printf(&c->A, "y%d", i), outs->v[i]);
  for (int v = 0; v < c->g->syms.n; v++) cg_add_param(c, KP_INT, KT_INT, cg_sym_param(c, v), -1);
  nt_add(&c->names, "seed");
  nt_add(&c->names, "i");
  /* named after the last node; a matmul with an epilogue says so (k12_matmul_gelu) */
  int32_t lastid = c->group[c->ngroup - 1];
  const IrNode *last = N(c, lastid);
  c->fn.name = has_matmul(c) && last->op != OP_MATMUL ? arena_printf(&c->A, "k%d_matmul_%s", lastid, op_name(last->op))
                                                       : arena_printf(&c->A, "k%d_%s", lastid, op_name(last->op));
}

/* The body of the item's form. */
static void render_body(Cg *c, const IdVec *outs) {
  const SchedKernel *K = c->item;
  c->form = K->form;
  switch (K->form) {
  case KFORM_COLUMN:
  case KFORM_COLUMN_VEC: cg_column_kernel(c, outs); return;
  case KFORM_ROW_COOP: cg_coop_row_kernel(c, outs); return;
  case KFORM_ROW:
  case KFORM_ROW_VEC: cg_row_kernel(c, outs); return;
  case KFORM_MATMUL_TILE:
  case KFORM_MATMUL_CPU: cg_matmul_kernel(c, outs); return;
  case KFORM_ELEMENT:
  case KFORM_ELEMENT_VEC: break;
  }
  const IrNode *root = kernel_root(c);
  if (has_matmul(c) && !check_element_outs(c, outs, root)) return;
  if (K->items.bad) {
    cg_fail(c, "node %%%d: its element count is too complex for the kernel generator", c->group[c->ngroup - 1]);
    return;
  }
  cg_element_kernel(c, outs, root);
}

/* The entry point: the label's operation and a hash of the kernel printed
 * without its comment under a placeholder name, so that equal kernels get
 * equal names (in any graph) and different kernels different ones. */
static const char *entry_name(Cg *c, const char *label) {
  const char *op = strchr(label, '_');
  op = op ? op + 1 : label;
  const char *comment = c->fn.comment;
  c->fn.name = "llmc_entry";
  c->fn.comment = NULL;
  StrBuf b = {0};
  cg_emit(&b, &c->fn, c->dialect);
  uint64_t h = 1469598103934665603ull; /* FNV-1a */
  for (const char *s = sb_cstr(&b); *s; s++) h = (h ^ (uint8_t)*s) * 1099511628211ull;
  sb_free(&b);
  c->fn.comment = comment;
  return arena_printf(&c->A, "%s_%012llx", op, (unsigned long long)(h & 0xffffffffffffull));
}

/* The Kernel: source, arguments, launch (the item's, or the scalar form's
 * when a vector form fell back), estimates. */
static Kernel *finish(Cg *c, Diag *diag) {
  if (c->seed_param == -2) c->seed_param = cg_add_param(c, KP_U64, KT_ULONG, "seed", -1);
  c->fn.params = c->params.v;
  c->fn.nparams = c->params.n;
  kf_prune(&c->fn);
  kf_canonical_names(&c->A, &c->fn);
  const char *label = c->fn.name;
  c->fn.name = entry_name(c, label);
  c->fn.comment = describe(c, label, diag);
  StrBuf src = {0};
  cg_emit(&src, &c->fn, c->dialect);
  Kernel *k = xcalloc(1, sizeof *k);
  k->name = xstrdup(c->fn.name);
  k->label = xstrdup(label);
  k->source = xstrdup(sb_cstr(&src));
  sb_free(&src);
  k->dialect = c->dialect;
  k->nargs = c->params.n;
  k->args = xcalloc((size_t)k->nargs + 1, sizeof *k->args);
  int sym = 0;
  for (int j = 0; j < c->params.n; j++) {
    KArg *a = &k->args[j];
    int32_t node = c->param_node.v[j];
    switch (c->params.v[j].kind) {
    case KP_BUFFER_IN: *a = (KArg){KARG_IN, node, -1, N(c, node)->dtype}; break;
    case KP_BUFFER_OUT: *a = (KArg){KARG_OUT, node, -1, N(c, node)->dtype}; break;
    case KP_INT: *a = (KArg){KARG_SYM, -1, sym++, DT_I32}; break;
    case KP_U64: *a = (KArg){KARG_SEED, -1, -1, DT_I32}; break;
    }
  }
  k->nnodes = c->ngroup;
  k->nodes = xcalloc((size_t)c->ngroup, sizeof *k->nodes);
  memcpy(k->nodes, c->group, sizeof *c->group * (size_t)c->ngroup);
  const SchedKernel *K = c->item;
  bool fell_back = c->form == KFORM_ELEMENT && K->form == KFORM_ELEMENT_VEC;
  k->items = fell_back ? cg_numel_dim(kernel_root(c)) : K->items;
  k->local = K->local ? K->local : c->dialect == DIALECT_CUDA ? 256 : 64;
  k->exact_local = K->exact_local;
  k->wide_index = c->idx == KT_LONG;
  estimate(c, k);
  return k;
}

/* Renders item K (members, outs, row, form and launch set) after checking it. */
static Kernel *render_item(const Graph *g, const SchedKernel *K, Dialect d, const int64_t *sym_val,
                           const int64_t *sym_max, Diag *diag) {
  Cg c = {0};
  c.g = g;
  c.dialect = d;
  c.diag = diag;
  c.item = K;
  c.group = K->members;
  c.ngroup = K->nmembers;
  c.row = K->row;
  c.seed_param = -1;
  c.sym_val = sym_val;
  c.sym_max = sym_max ? sym_max : sym_val;
  arena_init(&c.A);
  Kernel *k = NULL;
  IdVec outs = {0}, ins = {0};
  if (check_members(&c, &ins) && check_outs(&c, K->outs, K->nouts, &outs) && check_group(&c, &outs)) {
    declare_params(&c, &ins, &outs);
    cg_push_block(&c, &c.fn.body);
    render_body(&c, &outs);
    if (!c.failed) k = finish(&c, diag);
  }
  vec_free(&outs);
  vec_free(&ins);
  vec_free(&c.params);
  vec_free(&c.param_node);
  nt_free(&c.names);
  arena_free(&c.A);
  return k;
}

Kernel *cg_kernel_opts(const Graph *g, const int32_t *nodes, int n, Dialect d, const CgOptions *o, Diag *diag) {
  SchedKernel K = {0};
  K.members = (int32_t *)nodes;
  K.nmembers = n;
  K.row = o && o->row > 0 ? o->row : -1;
  K.kind = K.row >= 0 ? FK_ROW : FK_ELEMENT;
  IdVec outs = {0};
  /* the stored nodes and the row, checked before the form is decided from them */
  Cg c = {0};
  c.g = g;
  c.diag = diag;
  c.group = nodes;
  c.ngroup = n;
  c.row = K.row;
  arena_init(&c.A);
  IdVec ins = {0};
  bool ok = check_members(&c, &ins) && check_outs(&c, o ? o->outs : NULL, o ? o->nouts : 0, &outs) && check_group(&c, &outs);
  vec_free(&ins);
  arena_free(&c.A);
  Kernel *k = NULL;
  if (ok) {
    K.outs = outs.v;
    K.nouts = outs.n;
    const int64_t *sym_val = o ? o->sym_val : NULL, *sym_max = o ? o->sym_max : NULL;
    SchedTarget t = {o && o->cpu, o && o->cpu && d == DIALECT_OPENCL, sym_val, sym_max};
    sched_shape(g, &K, &t);
    k = render_item(g, &K, d, sym_val, sym_max, diag);
  }
  vec_free(&outs);
  return k;
}

Kernel *cg_kernel(const Graph *g, const int32_t *nodes, int n, Dialect d, Diag *diag) {
  return cg_kernel_opts(g, nodes, n, d, NULL, diag);
}

void cg_kernel_free(Kernel *k) {
  if (!k) return;
  free(k->name);
  free(k->label);
  free(k->source);
  free(k->args);
  free(k->nodes);
  free(k);
}

/* A schedule made for a CPU holds CPU (OpenCL vector) forms; rendered in
 * CUDA, its items are shaped again without vectors, as cg_kernel_opts does. */
Kernel *cg_render(const Graph *g, const struct FusePlan *s, int q, Dialect dl, Diag *diag) {
  SchedKernel K = s->k[q];
  if (s->cpu && dl != DIALECT_OPENCL) {
    SchedTarget t = {true, false, s->sym_val, s->sym_max};
    sched_shape(g, &K, &t);
  }
  return render_item(g, &K, dl, s->sym_val, s->sym_max, diag);
}
