/* plan.c — scheduling, memory planning and the plan executor. */
#define _POSIX_C_SOURCE 200809L
#include "plan.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>

#include "interp.h"


struct Plan {
  Device *dev;
  const Graph *g;
  int32_t *root;    /* the node whose buffer holds each node's value (reshape aliases its input) */
  bool *live;
  Kernel **kern;    /* per node: its kernel, or NULL (leaves, aliases) */
  DevKernel **dk;
  int nkernels, built, loaded;
  DevBuf *arena;
  size_t arena_size;
  uint64_t peak;
  size_t align;     /* offsets in the arena are multiples of this */
  uint64_t seed;
  bool fuse;
  int32_t *gid;     /* the group (kernel) each node is computed in: its last node */
};

static bool needs_kernel(const IrNode *n) { return n->op != OP_PARAM && n->op != OP_INPUT && n->op != OP_RESHAPE; }

/* Fusion (the first rules; the cost model comes with the fusion pass): a node
 * is computed inside the kernel of its only user, instead of being stored and
 * loaded back, when it is cheap to compute per element (elementwise, a
 * constant, an index map) and its user walks its elements once (elementwise,
 * reductions, index maps that are fused themselves), or when it is only an
 * index map (expand, permute, reshape) read by a matmul. Values with several
 * users and graph outputs are stored. */
static bool fusible_producer(const IrNode *x) {
  switch (op_class(x->op)) {
  case OC_UNARY: case OC_BINARY: case OC_TERNARY: return true;
  default: break;
  }
  return x->op == OP_CONST || x->op == OP_IOTA || x->op == OP_SYMDIM || x->op == OP_EXPAND || x->op == OP_PERMUTE ||
         x->op == OP_SLICE || x->op == OP_RESHAPE;
}

static void plan_groups(const Graph *g, const bool *live, bool fuse, int32_t *gid) {
  int n = g->nodes.n;
  int *users = xcalloc((size_t)(n ? n : 1), sizeof(int));
  int32_t *user = xmalloc(sizeof(int32_t) * (size_t)(n ? n : 1));
  bool *is_out = xcalloc((size_t)(n ? n : 1), sizeof(bool));
  for (int i = 0; i < g->outputs.n; i++) is_out[g->outputs.v[i].node] = true;
  for (int i = 0; i < n; i++) {
    if (!live[i]) continue;
    const IrNode *x = &g->nodes.v[i];
    for (int k = 0; k < x->nin; k++) {
      int32_t in = x->in[k];
      bool seen = false; /* count each user once, even if it reads the value twice */
      for (int q = 0; q < k; q++) seen |= x->in[q] == in;
      if (seen) continue;
      users[in]++;
      user[in] = i;
    }
  }
  for (int i = n - 1; i >= 0; i--) {
    gid[i] = i;
    const IrNode *x = &g->nodes.v[i];
    if (!fuse || !live[i] || is_out[i] || users[i] != 1 || !fusible_producer(x)) continue;
    int32_t u = user[i];
    const IrNode *c = &g->nodes.v[u];
    bool into_group = gid[u] != u; /* the user is itself computed inside another kernel */
    bool ok;
    switch (op_class(c->op)) {
    case OC_UNARY: case OC_BINARY: case OC_TERNARY: case OC_REDUCE: ok = true; break;
    case OC_CONTRACT: ok = x->op == OP_EXPAND || x->op == OP_PERMUTE || x->op == OP_RESHAPE; break;
    case OC_MOVE: ok = into_group && c->op != OP_CONCAT && c->op != OP_PAD; break;
    default: ok = false; break;
    }
    if (ok) gid[i] = gid[u];
  }
  free(users);
  free(user);
  free(is_out);
}

static void plan_roots(Plan *p) {
  const Graph *g = p->g;
  int n = g->nodes.n;
  p->root = xmalloc(sizeof(int32_t) * (size_t)(n ? n : 1));
  p->live = xcalloc((size_t)(n ? n : 1), sizeof(bool));
  for (int i = 0; i < g->outputs.n; i++) p->live[g->outputs.v[i].node] = true;
  for (int i = n - 1; i >= 0; i--)
    if (p->live[i])
      for (int k = 0; k < g->nodes.v[i].nin; k++) p->live[g->nodes.v[i].in[k]] = true;
  p->gid = xmalloc(sizeof(int32_t) * (size_t)(n ? n : 1));
  plan_groups(g, p->live, p->fuse, p->gid);
  for (int i = 0; i < n; i++) {
    const IrNode *x = &g->nodes.v[i];
    /* a reshape that is stored is a view of its input's buffer */
    p->root[i] = x->op == OP_RESHAPE && p->gid[i] == i ? p->root[x->in[0]] : i;
  }
}

/* The nodes of the group whose last node is `root`, in order. */
static int group_nodes(const Plan *p, int32_t root, int32_t *out) {
  int k = 0;
  for (int i = 0; i <= root; i++)
    if (p->live[i] && p->gid[i] == root) out[k++] = i;
  return k;
}

Plan *rt_plan_new(Device *dev, const Graph *g, Diag *d) { return rt_plan_new_opts(dev, g, true, d); }

Plan *rt_plan_new_opts(Device *dev, const Graph *g, bool fuse, Diag *d) {
  Plan *p = xcalloc(1, sizeof *p);
  p->dev = dev;
  p->g = g;
  p->fuse = fuse;
  p->align = (size_t)rt_device_info(dev)->align > 256 ? (size_t)rt_device_info(dev)->align : 256;
  plan_roots(p);
  int n = g->nodes.n;
  p->kern = xcalloc((size_t)(n ? n : 1), sizeof(Kernel *));
  p->dk = xcalloc((size_t)(n ? n : 1), sizeof(DevKernel *));
  Dialect dl = rt_device_info(dev)->kind == DEV_CUDA ? DIALECT_CUDA : DIALECT_OPENCL;
  /* Generate every kernel, then build them all as one program (one compiler
   * run and one kernel-cache entry; rt_build_many falls back to building each
   * alone when they do not build together). */
  int *idx = xmalloc(sizeof(int) * (size_t)(n ? n : 1));
  const char **srcs = xmalloc(sizeof(char *) * (size_t)(n ? n : 1));
  const char **names = xmalloc(sizeof(char *) * (size_t)(n ? n : 1));
  DevKernel **built = xcalloc((size_t)(n ? n : 1), sizeof(DevKernel *));
  int nk = 0;
  bool ok = true;
  int32_t *members = xmalloc(sizeof(int32_t) * (size_t)(n ? n : 1));
  for (int i = 0; i < n && ok; i++) {
    if (!p->live[i] || p->gid[i] != i || !needs_kernel(&g->nodes.v[i])) continue;
    int nm = group_nodes(p, i, members);
    p->kern[i] = cg_kernel(g, members, nm, dl, d);
    if (!p->kern[i]) ok = false;
    else {
      idx[nk] = i;
      srcs[nk] = p->kern[i]->source;
      names[nk] = p->kern[i]->name;
      nk++;
    }
  }
  if (ok) ok = rt_build_many(dev, srcs, names, nk, built, &p->built, &p->loaded, d);
  if (ok) {
    for (int k = 0; k < nk; k++) p->dk[idx[k]] = built[k];
    p->nkernels = nk;
    /* a cooperative kernel cannot run in smaller work groups than it was written for */
    for (int k = 0; k < nk && ok; k++) {
      const Kernel *kk = p->kern[idx[k]];
      int max = rt_kernel_max_local(dev, built[k]);
      if (kk->exact_local && max > 0 && max < kk->local) {
        diag_plain(d, "kernel %s needs work groups of %d work items, but the device allows %d for it", kk->name,
                   kk->local, max);
        ok = false;
      }
    }
  }
  free(idx);
  free(members);
  free(srcs);
  free(names);
  free(built);
  if (ok) return p;
  rt_plan_free(p);
  return NULL;
}

void rt_plan_free(Plan *p) {
  if (!p) return;
  for (int i = 0; i < p->g->nodes.n; i++) {
    cg_kernel_free(p->kern[i]);
    rt_kernel_free(p->dev, p->dk[i]);
  }
  rt_free(p->dev, p->arena);
  free(p->kern);
  free(p->dk);
  free(p->root);
  free(p->gid);
  free(p->live);
  free(p);
}

int rt_plan_kernels(const Plan *p) { return p->nkernels; }
void rt_plan_cache_counts(const Plan *p, int *built, int *loaded) {
  *built = p->built;
  *loaded = p->loaded;
}
const Kernel *rt_plan_kernel(const Plan *p, int i) {
  for (int k = 0; k < p->g->nodes.n; k++)
    if (p->kern[k] && i-- == 0) return p->kern[k];
  return NULL;
}
uint64_t rt_plan_peak_bytes(const Plan *p) { return p->peak; }

/* ---- memory plan ---------------------------------------------------------------- */

typedef struct Interval {
  size_t off, size;
} Interval;

/* The lowest offset where `size` bytes fit between the live intervals. */
static size_t first_fit(const Interval *live, int n, size_t size, size_t align) {
  size_t at = 0;
  bool moved = true;
  while (moved) {
    moved = false;
    for (int i = 0; i < n; i++)
      if (live[i].size && at < live[i].off + live[i].size && live[i].off < at + size) {
        at = (live[i].off + live[i].size + align - 1) / align * align;
        moved = true;
      }
  }
  return at;
}

/* Assigns each root an offset for this binding; returns the peak. */
static size_t layout(Plan *p, const int64_t *vals, size_t *off, size_t *size) {
  const Graph *g = p->g;
  int n = g->nodes.n;
  int *last = xmalloc(sizeof(int) * (size_t)(n ? n : 1));
  for (int i = 0; i < n; i++) last[i] = -1;
  for (int i = 0; i < n; i++) {
    if (!p->live[i]) continue;
    int t = p->gid[i]; /* values are read when the node's kernel runs */
    if (p->gid[i] == i && t > last[p->root[i]]) last[p->root[i]] = t;
    for (int k = 0; k < g->nodes.v[i].nin; k++) {
      int32_t in = g->nodes.v[i].in[k];
      if (p->gid[in] != in) continue; /* computed inside this kernel, not stored */
      int r = p->root[in];
      if (t > last[r]) last[r] = t;
    }
  }
  for (int i = 0; i < g->outputs.n; i++) last[p->root[g->outputs.v[i].node]] = n; /* kept to the end */
  Interval *iv = xcalloc((size_t)(n ? n : 1), sizeof(Interval));
  /* dies[i]: the roots whose last use is node i (a linked list through next) */
  int *dies = xmalloc(sizeof(int) * (size_t)(n ? n : 1)), *next = xmalloc(sizeof(int) * (size_t)(n ? n : 1));
  for (int i = 0; i < n; i++) dies[i] = -1;
  for (int j = 0; j < n; j++)
    if (last[j] >= 0 && last[j] < n) {
      next[j] = dies[last[j]];
      dies[last[j]] = j;
    }
  size_t peak = 0;
  /* leaves first: they are uploaded before any kernel runs */
  for (int pass = 0; pass < 2; pass++)
    for (int i = 0; i < n; i++) {
      const IrNode *x = &g->nodes.v[i];
      bool leaf = x->op == OP_PARAM || x->op == OP_INPUT;
      if (p->live[i] && p->root[i] == i && p->gid[i] == i && leaf == (pass == 0)) {
        int64_t numel = 1;
        for (int k = 0; k < x->rank; k++) numel *= ir_dim_eval(x->shape[k], vals);
        size[i] = (size_t)numel * (size_t)dtype_size(x->dtype);
        size_t sz = size[i] ? size[i] : 4;
        off[i] = first_fit(iv, n, sz, p->align);
        iv[i] = (Interval){off[i], sz};
        if (off[i] + sz > peak) peak = off[i] + sz;
      }
      if (pass == 1) /* after node i runs, the values it was the last user of are free */
        for (int j = dies[i]; j >= 0; j = next[j])
          if (j != i) iv[j].size = 0;
    }
  free(dies);
  free(next);
  free(iv);
  free(last);
  return peak;
}

/* ---- running ------------------------------------------------------------------- */

static const Tensor *find_tensor(const TensorList *l, const char *name) { return l ? tl_find(l, name) : NULL; }

void rt_plan_set_seed(Plan *p, uint64_t seed) { p->seed = seed; }

static bool plan_run(Plan *p, const TensorList *inputs, const TensorList *params, TensorList *out, FILE *log,
                     RtKernelStat *stats, Diag *d) {
  const Graph *g = p->g;
  int n = g->nodes.n;
  int64_t vals[64] = {0};
  if (g->syms.n > 64) {
    diag_plain(d, "the graph has more than 64 shape variables");
    return false;
  }
  if (!ir_bind_dims(g, inputs, vals, d)) return false;
  size_t *off = xcalloc((size_t)(n ? n : 1), sizeof(size_t)), *size = xcalloc((size_t)(n ? n : 1), sizeof(size_t));
  bool ok = false;
  size_t peak = layout(p, vals, off, size);
  p->peak = peak;
  if (peak > p->arena_size || !p->arena) {
    rt_free(p->dev, p->arena);
    p->arena = rt_alloc(p->dev, peak ? peak : p->align, d);
    p->arena_size = peak;
    if (!p->arena) goto done;
  }
  /* upload parameters and inputs, converted to the node dtype */
  for (int i = 0; i < n; i++) {
    const IrNode *x = &g->nodes.v[i];
    if (!p->live[i] || (x->op != OP_PARAM && x->op != OP_INPUT)) continue;
    const Tensor *t = find_tensor(x->op == OP_PARAM ? params : inputs, x->name);
    if (!t) {
      diag_plain(d, "missing %s '%s'", x->op == OP_PARAM ? "parameter" : "input", x->name);
      goto done;
    }
    if ((int64_t)size[i] != tensor_numel(t) * dtype_size(x->dtype) || t->rank != x->rank) {
      diag_plain(d, "%s '%s' has the wrong shape for the graph", x->op == OP_PARAM ? "parameter" : "input", x->name);
      goto done;
    }
    Tensor *c = t->dtype == x->dtype ? NULL : tensor_convert(t, x->dtype);
    bool w = rt_write(p->dev, p->arena, off[i], c ? c->data : t->data, size[i], d);
    tensor_free(c);
    if (!w) goto done;
  }
  /* launch step after step */
  int ki = -1; /* the kernel's index, as rt_plan_kernel counts */
  for (int i = 0; i < n; i++) {
    Kernel *k = p->kern[i];
    if (!k) continue;
    ki++;
    DevArg args[64];
    if (k->nargs > 64) {
      diag_plain(d, "kernel %s has too many arguments", k->name);
      goto done;
    }
    for (int a = 0; a < k->nargs; a++) {
      const KArg *ka = &k->args[a];
      args[a] = (DevArg){0};
      if (ka->kind == KARG_SYM) args[a].i = (int32_t)vals[ka->sym];
      else if (ka->kind == KARG_SEED) {
        args[a].u64 = p->seed;
        args[a].is_u64 = true;
      } else {
        args[a].buf = p->arena;
        args[a].offset = off[p->root[ka->node]];
      }
    }
    int64_t items = ir_dim_eval(k->items, vals);
    if (items > 0 && !rt_launch(p->dev, p->dk[i], args, k->nargs, (size_t)items, k->local, d)) goto done;
    if (stats) {
      RtKernelStat *st = &stats[ki];
      *st = (RtKernelStat){0};
      st->items = items;
      st->bytes = (double)ir_dim_eval(k->bytes, vals);
      st->flops = (double)ir_dim_eval(k->flops, vals);
      if (items > 0) {
        if (!rt_sync(p->dev, d)) goto done;
        st->seconds = rt_last_launch_seconds(p->dev);
      }
    }
    if (log && items > 0) {
      if (!rt_sync(p->dev, d)) goto done;
      double s = stats ? stats[ki].seconds : rt_last_launch_seconds(p->dev);
      double bytes = (double)ir_dim_eval(k->bytes, vals), flops = (double)ir_dim_eval(k->flops, vals);
      fprintf(log, "  %-28s %9.3f ms %8.2f GB/s %8.2f GFLOP/s\n", k->name, s * 1e3, s > 0 ? bytes / s / 1e9 : 0,
              s > 0 ? flops / s / 1e9 : 0);
    }
  }
  if (!rt_sync(p->dev, d)) goto done;
  for (int i = 0; i < g->outputs.n; i++) {
    int32_t node = g->outputs.v[i].node;
    const IrNode *x = ir_node(g, node);
    int64_t dims[IR_MAX_RANK];
    for (int k = 0; k < x->rank; k++) dims[k] = ir_dim_eval(x->shape[k], vals);
    Tensor *t = tensor_new(g->outputs.v[i].name, x->dtype, x->rank, dims);
    if (!rt_read(p->dev, p->arena, off[p->root[node]], t->data, tensor_nbytes(t), d)) {
      tensor_free(t);
      goto done;
    }
    tl_add(out, t);
  }
  if (log) fprintf(log, "  peak device memory: %.3f MB (%d kernels)\n", (double)peak / 1e6, p->nkernels);
  ok = true;
done:
  free(off);
  free(size);
  return ok;
}

bool rt_plan_run(Plan *p, const TensorList *inputs, const TensorList *params, TensorList *out, FILE *log, Diag *d) {
  return plan_run(p, inputs, params, out, log, NULL, d);
}

bool rt_plan_run_stats(Plan *p, const TensorList *inputs, const TensorList *params, TensorList *out,
                       RtKernelStat *stats, Diag *d) {
  return plan_run(p, inputs, params, out, NULL, stats, d);
}

/* ---- writing kernels out ---------------------------------------------------------- */

static bool write_text(const char *path, const char *text, Diag *d) {
  FILE *f = fopen(path, "w");
  if (!f) {
    diag_plain(d, "cannot write '%s': %s", path, strerror(errno));
    return false;
  }
  fputs(text, f);
  bool ok = fclose(f) == 0;
  if (!ok) diag_plain(d, "cannot write '%s': %s", path, strerror(errno));
  return ok;
}

static bool dump(const Graph *g, Kernel **kern, const int32_t *root, const int32_t *gid, const char *dir, Diag *d) {
  if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
    diag_plain(d, "cannot create '%s': %s", dir, strerror(errno));
    return false;
  }
  StrBuf plan = {0};
  sb_printf(&plan, "# llmc plan for graph %s: kernels in launch order\n", g->entry ? g->entry : "main");
  sb_puts(&plan, "# shape variables:");
  for (int i = 0; i < g->syms.n; i++) sb_printf(&plan, " %s", g->syms.v[i]);
  sb_puts(&plan, "\n\n");
  bool ok = true;
  int step = 0;
  for (int i = 0; i < g->nodes.n && ok; i++) {
    const IrNode *x = &g->nodes.v[i];
    if (x->op == OP_PARAM || x->op == OP_INPUT) {
      sb_printf(&plan, "load    %%%d %s \"%s\" : ", i, op_name(x->op), x->name);
      ir_print_type(&plan, g, x);
      sb_putc(&plan, '\n');
      continue;
    }
    if (gid[i] != i) {
      sb_printf(&plan, "fused   %%%d %s into the kernel of %%%d\n", i, op_name(x->op), gid[i]);
      continue;
    }
    if (x->op == OP_RESHAPE && root[i] != i) {
      sb_printf(&plan, "alias   %%%d = view of %%%d : ", i, root[i]);
      ir_print_type(&plan, g, x);
      sb_putc(&plan, '\n');
      continue;
    }
    Kernel *k = kern[i];
    if (!k) continue;
    char path[4096];
    snprintf(path, sizeof path, "%s/%s.%s", dir, k->name, k->dialect == DIALECT_CUDA ? "cu" : "cl");
    ok = write_text(path, k->source, d);
    sb_printf(&plan, "launch  %-24s items=", k->name);
    dim_print(&plan, k->items, g->syms.v);
    sb_printf(&plan, " local=%d args=(", k->local);
    for (int a = 0; a < k->nargs; a++) {
      const KArg *ka = &k->args[a];
      if (a) sb_puts(&plan, ", ");
      if (ka->kind == KARG_SYM) sb_puts(&plan, g->syms.v[ka->sym]);
      else sb_printf(&plan, "%s%%%d", ka->kind == KARG_OUT ? "out " : "", ka->node);
    }
    sb_printf(&plan, ")   # step %d\n", step++);
  }
  for (int i = 0; i < g->outputs.n; i++) sb_printf(&plan, "output  %s = %%%d\n", g->outputs.v[i].name, g->outputs.v[i].node);
  if (ok) {
    char path[4096];
    snprintf(path, sizeof path, "%s/plan.txt", dir);
    ok = write_text(path, sb_cstr(&plan), d);
  }
  sb_free(&plan);
  return ok;
}

bool rt_plan_dump(const Plan *p, const char *dir, Diag *d) { return dump(p->g, p->kern, p->root, p->gid, dir, d); }

bool rt_compile_to_dir(const Graph *g, Dialect dialect, bool fuse, const char *dir, Diag *d) {
  Plan tmp = {0};
  tmp.g = g;
  tmp.fuse = fuse;
  plan_roots(&tmp);
  int n = g->nodes.n;
  Kernel **kern = xcalloc((size_t)(n ? n : 1), sizeof(Kernel *));
  int32_t *members = xmalloc(sizeof(int32_t) * (size_t)(n ? n : 1));
  bool ok = true;
  for (int i = 0; i < n && ok; i++) {
    if (!tmp.live[i] || tmp.gid[i] != i || !needs_kernel(&g->nodes.v[i])) continue;
    int nm = group_nodes(&tmp, i, members);
    kern[i] = cg_kernel(g, members, nm, dialect, d);
    ok = kern[i] != NULL;
  }
  if (ok) ok = dump(g, kern, tmp.root, tmp.gid, dir, d);
  for (int i = 0; i < n; i++) cg_kernel_free(kern[i]);
  free(kern);
  free(members);
  free(tmp.root);
  free(tmp.live);
  free(tmp.gid);
  return ok;
}
