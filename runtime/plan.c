/* plan.c — scheduling, memory planning and the plan executor. */
#define _POSIX_C_SOURCE 200809L
#include "plan.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fuse.h"
#include "interp.h"


struct Plan {
  Device *dev;
  const Graph *g;
  FusePlan *fp;     /* which nodes are stored, and the kernels in launch order */
  Kernel **kern;    /* per kernel of fp */
  DevKernel **dk;
  int nkernels, built, loaded;
  DevBuf *arena;
  size_t arena_size;
  uint64_t peak;
  size_t align;     /* offsets in the arena are multiples of this */
  uint64_t seed;
  bool fuse;
  bool specialised;   /* kernels written for the shape-variable values spec */
  int64_t spec[64];
  /* the memory plan of the last run, reused while the shapes stay the same
   * (a trainer runs one shape step after step) */
  size_t *lay_off, *lay_size, lay_peak;
  int64_t lay_vals[64];
};

/* The kernel for fused kernel q of fp. */
static Kernel *plan_kernel(const Graph *g, const FusePlan *fp, int q, Dialect dl, bool cpu, const int64_t *spec,
                           Diag *d) {
  const FuseKernel *K = &fp->k[q];
  CgOptions o = {0};
  o.cpu = cpu;
  o.outs = K->outs;
  o.nouts = K->nouts;
  o.row = K->kind == FK_ROW ? K->seed : -1;
  o.sym_val = spec;
  return cg_kernel_opts(g, K->members, K->nmembers, dl, &o, d);
}

Plan *rt_plan_new(Device *dev, const Graph *g, Diag *d) { return rt_plan_new_opts(dev, g, true, d); }

Plan *rt_plan_new_opts(Device *dev, const Graph *g, bool fuse, Diag *d) { return rt_plan_new_spec(dev, g, fuse, NULL, d); }

Plan *rt_plan_new_spec(Device *dev, const Graph *g, bool fuse, const int64_t *vals, Diag *d) {
  if (vals && g->syms.n > 64) {
    diag_plain(d, "the graph has more than 64 shape variables");
    return NULL;
  }
  Plan *p = xcalloc(1, sizeof *p);
  if (vals) {
    p->specialised = true;
    memcpy(p->spec, vals, sizeof(int64_t) * (size_t)g->syms.n);
  }
  p->dev = dev;
  p->g = g;
  p->fuse = fuse;
  const DeviceInfo *info = rt_device_info(dev);
  p->align = (size_t)info->align > 256 ? (size_t)info->align : 256;
  p->fp = fuse_plan(g, fuse);
  int nk = p->fp->nk;
  p->kern = xcalloc((size_t)(nk ? nk : 1), sizeof(Kernel *));
  p->dk = xcalloc((size_t)(nk ? nk : 1), sizeof(DevKernel *));
  Dialect dl = info->kind == DEV_CUDA ? DIALECT_CUDA : DIALECT_OPENCL;
  /* LLMC_KERNEL_FORM=gpu: the GPU form of every kernel even on a CPU device
   * (how the tests run the GPU kernels on PoCL) */
  const char *form = getenv("LLMC_KERNEL_FORM");
  bool cpu = info->kind == DEV_OPENCL && !info->is_gpu && !(form && !strcmp(form, "gpu"));
  /* Generate every kernel, then build them all as one program (one compiler
   * run and one kernel-cache entry; rt_build_many falls back to building each
   * alone when they do not build together). */
  const char **srcs = xmalloc(sizeof(char *) * (size_t)(nk ? nk : 1));
  const char **names = xmalloc(sizeof(char *) * (size_t)(nk ? nk : 1));
  bool ok = true;
  for (int q = 0; q < nk && ok; q++) {
    p->kern[q] = plan_kernel(g, p->fp, q, dl, cpu, p->specialised ? p->spec : NULL, d);
    if (!p->kern[q]) ok = false;
    else {
      srcs[q] = p->kern[q]->source;
      names[q] = p->kern[q]->name;
    }
  }
  if (ok) ok = rt_build_many(dev, srcs, names, nk, p->dk, &p->built, &p->loaded, d);
  if (ok) {
    p->nkernels = nk;
    /* a cooperative kernel cannot run in smaller work groups than it was written for */
    for (int q = 0; q < nk && ok; q++) {
      const Kernel *kk = p->kern[q];
      int max = rt_kernel_max_local(dev, p->dk[q]);
      if (kk->exact_local && max > 0 && max < kk->local) {
        diag_plain(d, "kernel %s needs work groups of %d work items, but the device allows %d for it", kk->name,
                   kk->local, max);
        ok = false;
      }
    }
  }
  p->nkernels = nk;
  free(srcs);
  free(names);
  /* LLMC_PLAN_DUMP=DIR: the kernels as built (specialised, for this device) and plan.txt */
  const char *dump_dir = getenv("LLMC_PLAN_DUMP");
  if (ok && dump_dir && *dump_dir) ok = rt_plan_dump(p, dump_dir, d);
  if (ok) return p;
  rt_plan_free(p);
  return NULL;
}

void rt_plan_free(Plan *p) {
  if (!p) return;
  for (int q = 0; p->fp && q < p->fp->nk; q++) {
    cg_kernel_free(p->kern[q]);
    rt_kernel_free(p->dev, p->dk[q]);
  }
  rt_free(p->dev, p->arena);
  free(p->lay_off);
  free(p->lay_size);
  free(p->kern);
  free(p->dk);
  fuse_plan_free(p->fp);
  free(p);
}

int rt_plan_kernels(const Plan *p) { return p->nkernels; }
const FusePlan *rt_plan_fusion(const Plan *p) { return p->fp; }
void rt_plan_cache_counts(const Plan *p, int *built, int *loaded) {
  *built = p->built;
  *loaded = p->loaded;
}
const Kernel *rt_plan_kernel(const Plan *p, int i) { return i >= 0 && i < p->nkernels ? p->kern[i] : NULL; }
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

/* Assigns each stored value an offset for this binding; returns the peak.
 * Time is the kernel index: a kernel's outputs are placed when it runs, and a
 * value's space is free again after the last kernel that reads it. */
static size_t layout(Plan *p, const int64_t *vals, size_t *off, size_t *size) {
  const Graph *g = p->g;
  const FusePlan *fp = p->fp;
  int n = g->nodes.n, nk = p->nkernels;
  int *last = xmalloc(sizeof(int) * (size_t)(n ? n : 1));
  for (int i = 0; i < n; i++) last[i] = -1;
  for (int q = 0; q < nk; q++) {
    const Kernel *k = p->kern[q];
    for (int a = 0; a < k->nargs; a++)
      if (k->args[a].kind == KARG_IN || k->args[a].kind == KARG_OUT) {
        int r = fp->alias[k->args[a].node];
        if (q > last[r]) last[r] = q;
      }
  }
  for (int i = 0; i < g->outputs.n; i++) last[fp->alias[g->outputs.v[i].node]] = nk; /* kept to the end */
  Interval *iv = xcalloc((size_t)(n ? n : 1), sizeof(Interval));
  int *dies = xmalloc(sizeof(int) * (size_t)(nk + 1)), *next = xmalloc(sizeof(int) * (size_t)(n ? n : 1));
  for (int q = 0; q <= nk; q++) dies[q] = -1;
  for (int j = 0; j < n; j++)
    if (last[j] >= 0 && last[j] < nk) {
      next[j] = dies[last[j]];
      dies[last[j]] = j;
    }
  size_t peak = 0;
#define PLACE(i)                                                                   \
  do {                                                                             \
    const IrNode *x_ = &g->nodes.v[i];                                             \
    int64_t numel = 1;                                                             \
    for (int k_ = 0; k_ < x_->rank; k_++) numel *= ir_dim_eval(x_->shape[k_], vals); \
    size[i] = (size_t)numel * (size_t)dtype_size(x_->dtype);                       \
    size_t sz = size[i] ? size[i] : 4;                                             \
    off[i] = first_fit(iv, n, sz, p->align);                                       \
    iv[i] = (Interval){off[i], sz};                                                \
    if (off[i] + sz > peak) peak = off[i] + sz;                                    \
  } while (0)
  /* leaves first: they are uploaded before any kernel runs */
  for (int i = 0; i < n; i++) {
    const IrNode *x = &g->nodes.v[i];
    if (fp->live[i] && (x->op == OP_PARAM || x->op == OP_INPUT)) PLACE(i);
  }
  for (int q = 0; q < nk; q++) {
    const FuseKernel *K = &fp->k[q];
    for (int j = 0; j < K->nouts; j++) PLACE(K->outs[j]);
    for (int j = dies[q]; j >= 0; j = next[j]) iv[j].size = 0;
  }
#undef PLACE
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
  if (p->specialised)
    for (int v = 0; v < g->syms.n; v++)
      if (vals[v] != p->spec[v]) {
        diag_plain(d, "the plan was compiled for %s = %lld, but the inputs give %s = %lld; build a plan for these shapes",
                   g->syms.v[v], (long long)p->spec[v], g->syms.v[v], (long long)vals[v]);
        return false;
      }
  if (!p->lay_off || memcmp(p->lay_vals, vals, sizeof(int64_t) * (size_t)g->syms.n)) {
    if (!p->lay_off) {
      p->lay_off = xcalloc((size_t)(n ? n : 1), sizeof(size_t));
      p->lay_size = xcalloc((size_t)(n ? n : 1), sizeof(size_t));
    }
    p->lay_peak = layout(p, vals, p->lay_off, p->lay_size);
    memcpy(p->lay_vals, vals, sizeof(int64_t) * (size_t)g->syms.n);
  }
  const size_t *off = p->lay_off, *size = p->lay_size;
  bool ok = false;
  size_t peak = p->lay_peak;
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
    if (!p->fp->live[i] || (x->op != OP_PARAM && x->op != OP_INPUT)) continue;
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
  for (int ki = 0; ki < p->nkernels; ki++) {
    Kernel *k = p->kern[ki];
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
        args[a].offset = off[p->fp->alias[ka->node]];
      }
    }
    int64_t items = ir_dim_eval(k->items, vals);
    if (items > 0 && !rt_launch(p->dev, p->dk[ki], args, k->nargs, (size_t)items, k->local, d)) goto done;
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
    if (!rt_read(p->dev, p->arena, off[p->fp->alias[node]], t->data, tensor_nbytes(t), d)) {
      tensor_free(t);
      goto done;
    }
    tl_add(out, t);
  }
  if (log) fprintf(log, "  peak device memory: %.3f MB (%d kernels)\n", (double)peak / 1e6, p->nkernels);
  ok = true;
done:
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

static bool dump(const Graph *g, const FusePlan *fp, Kernel **kern, const char *dir, Diag *d) {
  if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
    diag_plain(d, "cannot create '%s': %s", dir, strerror(errno));
    return false;
  }
  StrBuf plan = {0};
  sb_printf(&plan, "# llmc plan for graph %s: kernels in launch order\n", g->entry ? g->entry : "main");
  sb_puts(&plan, "# shape variables:");
  for (int i = 0; i < g->syms.n; i++) sb_printf(&plan, " %s", g->syms.v[i]);
  sb_puts(&plan, "\n\n");
  for (int i = 0; i < g->nodes.n; i++) {
    const IrNode *x = &g->nodes.v[i];
    if (!fp->live[i] || (x->op != OP_PARAM && x->op != OP_INPUT)) continue;
    sb_printf(&plan, "load    %%%d %s \"%s\" : ", i, op_name(x->op), x->name);
    ir_print_type(&plan, g, x);
    sb_putc(&plan, '\n');
  }
  bool ok = true;
  for (int q = 0; q < fp->nk && ok; q++) {
    const FuseKernel *K = &fp->k[q];
    Kernel *k = kern[q];
    char path[4096];
    snprintf(path, sizeof path, "%s/%s.%s", dir, k->name, k->dialect == DIALECT_CUDA ? "cu" : "cl");
    ok = write_text(path, k->source, d);
    sb_printf(&plan, "launch  %-24s %-7s items=", k->name, fuse_kind_name(K->kind));
    dim_print(&plan, k->items, g->syms.v);
    sb_printf(&plan, " local=%d args=(", k->local);
    for (int a = 0; a < k->nargs; a++) {
      const KArg *ka = &k->args[a];
      if (a) sb_puts(&plan, ", ");
      if (ka->kind == KARG_SYM) sb_puts(&plan, g->syms.v[ka->sym]);
      else if (ka->kind == KARG_SEED) sb_puts(&plan, "seed");
      else sb_printf(&plan, "%s%%%d", ka->kind == KARG_OUT ? "out " : "", ka->node);
    }
    sb_printf(&plan, ")   # step %d\n", q);
    sb_puts(&plan, "        computes");
    for (int j = 0; j < K->nmembers; j++) {
      int32_t m = K->members[j];
      bool out = false;
      for (int o = 0; o < K->nouts; o++) out |= K->outs[o] == m;
      sb_printf(&plan, " %s%%%d %s", out ? "*" : "", m, op_name(g->nodes.v[m].op));
    }
    sb_puts(&plan, "\n");
  }
  for (int i = 0; i < g->nodes.n; i++)
    if (fp->live[i] && fp->alias[i] != i) {
      sb_printf(&plan, "alias   %%%d = view of %%%d : ", i, fp->alias[i]);
      ir_print_type(&plan, g, &g->nodes.v[i]);
      sb_putc(&plan, '\n');
    }
  for (int i = 0; i < g->outputs.n; i++) sb_printf(&plan, "output  %s = %%%d\n", g->outputs.v[i].name, g->outputs.v[i].node);
  sb_puts(&plan, "# * marks the values a kernel stores; the others it computes inline\n");
  if (ok) {
    char path[4096];
    snprintf(path, sizeof path, "%s/plan.txt", dir);
    ok = write_text(path, sb_cstr(&plan), d);
  }
  sb_free(&plan);
  return ok;
}

bool rt_plan_dump(const Plan *p, const char *dir, Diag *d) { return dump(p->g, p->fp, p->kern, dir, d); }

bool rt_compile_to_dir(const Graph *g, Dialect dialect, bool fuse, bool cpu, const char *dir, Diag *d) {
  FusePlan *fp = fuse_plan(g, fuse);
  Kernel **kern = xcalloc((size_t)(fp->nk ? fp->nk : 1), sizeof(Kernel *));
  bool ok = true;
  for (int q = 0; q < fp->nk && ok; q++) {
    kern[q] = plan_kernel(g, fp, q, dialect, cpu && dialect == DIALECT_OPENCL, NULL, d);
    ok = kern[q] != NULL;
  }
  if (ok) ok = dump(g, fp, kern, dir, d);
  for (int q = 0; q < fp->nk; q++) cg_kernel_free(kern[q]);
  free(kern);
  fuse_plan_free(fp);
  return ok;
}
