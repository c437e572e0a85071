/* plan.c — building a compiled graph's kernels on a device, memory planning
 * and the plan executor. */
#include "plan_internal.h"

#include <stdlib.h>
#include <string.h>

#include "interp.h"

/* A cooperative kernel cannot run in smaller work groups than it was written for. */
static bool check_local_sizes(const Plan *p, Diag *d) {
  for (int q = 0; q < p->nkernels; q++) {
    const Kernel *kk = p->kern[q];
    int max = rt_kernel_max_local(p->dev, p->dk[p->uniq[q]]);
    if (kk->exact_local && max > 0 && max < kk->local) {
      diag_plain(d, "kernel %s needs work groups of %d work items, but the device allows %d for it", kk->label,
                 kk->local, max);
      return false;
    }
  }
  return true;
}

/* The source without its leading comment: what makes two kernels the same. */
static const char *body_of(const char *src) {
  const char *c = strstr(src, "\n/* ");
  const char *e = c ? strstr(c, "*/") : NULL;
  return e ? e + 2 : src;
}

/* Maps each launch to a unique kernel: launches whose kernels have the same
 * entry name (a hash of the canonical body) share one, after checking that
 * the bodies really are equal. Returns the number of unique kernels; first[u]
 * is the first launch of unique kernel u. */
static int unique_kernels(Kernel **kern, int nk, int *uniq, int *first) {
  int nu = 0;
  for (int q = 0; q < nk; q++) {
    int u = 0;
    while (u < nu && !(strcmp(kern[first[u]]->name, kern[q]->name) == 0 &&
                       strcmp(body_of(kern[first[u]]->source), body_of(kern[q]->source)) == 0))
      u++;
    if (u == nu) first[nu++] = q;
    uniq[q] = u;
  }
  return nu;
}

/* How to run kernel k once at build time (RtWarmup): the shapes the plan is
 * specialised for, else zeros for every shape variable (no work item then
 * passes the kernel's range check). Arrays from one allocation in *mem. */
static RtWarmup warmup_of(const Graph *g, const Schedule *s, const Kernel *k, void **mem) {
  int na = k->nargs;
  size_t sz = (size_t)(na ? na : 1);
  char *m = xcalloc(1, sz * (sizeof(bool) + sizeof(size_t) + sizeof(DevArg)));
  DevArg *args = (DevArg *)m;
  size_t *bytes = (size_t *)(m + sz * sizeof(DevArg));
  bool *is_buf = (bool *)(m + sz * (sizeof(DevArg) + sizeof(size_t)));
  *mem = m;
  int64_t vals[LLMC_MAX_SYMS] = {0};
  if (s->sym_val && g->syms.n <= LLMC_MAX_SYMS) memcpy(vals, s->sym_val, sizeof(int64_t) * (size_t)g->syms.n);
  for (int a = 0; a < na; a++) {
    const KArg *ka = &k->args[a];
    if (ka->kind == KARG_SYM) args[a].i = (int32_t)vals[ka->sym];
    else if (ka->kind == KARG_SEED) args[a].is_u64 = true;
    else {
      const IrNode *x = ir_node(g, ka->node);
      int64_t numel = 1;
      for (int r = 0; r < x->rank; r++) numel *= ir_dim_eval(x->shape[r], vals);
      is_buf[a] = true;
      bytes[a] = (size_t)(numel > 0 ? numel : 0) * (size_t)dtype_size(x->dtype);
    }
  }
  return (RtWarmup){k->local, na, is_buf, bytes, args};
}

Plan *rt_plan_new(Device *dev, const Graph *g, Schedule *s, Kernel **kern, Diag *d) {
  Plan *p = xcalloc(1, sizeof *p);
  p->dev = dev;
  p->g = g;
  p->fp = s;
  p->kern = kern;
  int nk = s->nk;
  p->nkernels = nk;
  p->uniq = xcalloc((size_t)(nk ? nk : 1), sizeof(int));
  int *first = xcalloc((size_t)(nk ? nk : 1), sizeof(int));
  p->nunique = unique_kernels(kern, nk, p->uniq, first);
  int nu = p->nunique;
  p->dk = xcalloc((size_t)(nu ? nu : 1), sizeof(DevKernel *));
  const DeviceInfo *info = rt_device_info(dev);
  p->align = (size_t)info->align > 256 ? (size_t)info->align : 256;
  /* the arena's buffers: as large as the device allows one allocation to be */
  p->chunk = SIZE_MAX;
  if (info->max_alloc && (!info->memory || info->max_alloc < info->memory))
    rt_plan_set_max_buffer(p, (size_t)info->max_alloc);
  /* Each unique kernel is built once, as a program of its own (cached under
   * its canonical source), on all cores, and run once so that it is ready. */
  const char **srcs = xmalloc(sizeof(char *) * (size_t)(nu ? nu : 1));
  const char **names = xmalloc(sizeof(char *) * (size_t)(nu ? nu : 1));
  RtWarmup *warm = xcalloc((size_t)(nu ? nu : 1), sizeof *warm);
  void **mem = xcalloc((size_t)(nu ? nu : 1), sizeof *mem);
  for (int u = 0; u < nu; u++) {
    srcs[u] = kern[first[u]]->source;
    names[u] = kern[first[u]]->name;
    warm[u] = warmup_of(g, s, kern[first[u]], &mem[u]);
  }
  bool ok = rt_build_parallel(dev, srcs, names, warm, nu, p->dk, &p->built, &p->loaded, d) && check_local_sizes(p, d);
  for (int u = 0; u < nu; u++) free(mem[u]);
  free(mem);
  free(warm);
  free(srcs);
  free(names);
  free(first);
  if (ok) return p;
  rt_plan_free(p);
  return NULL;
}

void rt_plan_free(Plan *p) {
  if (!p) return;
  for (int q = 0; q < p->nkernels; q++) cg_kernel_free(p->kern[q]);
  for (int u = 0; u < p->nunique; u++) rt_kernel_free(p->dev, p->dk[u]);
  plan_seq_free(p);
  ir_shape_memo_free(p->shapes);
  free(p->uniq);
  free(p->inv);
  for (int i = 0; i < p->narenas; i++) rt_free(p->dev, p->arenas[i]);
  free(p->arenas);
  free(p->bound);
  free(p->held);
  free(p->bound_off);
  free(p->bound_bytes);
  free(p->lay_off);
  free(p->lay_size);
  free(p->kern);
  free(p->dk);
  sched_free(p->fp);
  free(p);
}

int rt_plan_kernels(const Plan *p) { return p->nkernels; }
int rt_plan_unique_kernels(const Plan *p) { return p->nunique; }
size_t rt_plan_source_bytes(const Plan *p) {
  size_t n = 0;
  for (int q = 0; q < p->nkernels; q++) {
    bool first = true;
    for (int r = 0; r < q && first; r++) first = p->uniq[r] != p->uniq[q];
    if (first) n += strlen(p->kern[q]->source);
  }
  return n;
}
void rt_plan_cache_counts(const Plan *p, int *built, int *loaded) {
  *built = p->built;
  *loaded = p->loaded;
}
const Kernel *rt_plan_kernel(const Plan *p, int i) { return i >= 0 && i < p->nkernels ? p->kern[i] : NULL; }
uint64_t rt_plan_peak_bytes(const Plan *p) { return p->peak; }
int rt_plan_arena_buffers(const Plan *p) { return p->narenas; }

/* ---- memory plan ---------------------------------------------------------------- */

typedef struct Interval {
  size_t off, size;
} Interval;

/* The lowest offset where `size` bytes fit between the live intervals;
 * SIZE_MAX when no offset fits in the address space (a size that overflows,
 * say), so the caller refuses the run instead of looping. */
static size_t first_fit(const Interval *live, int n, size_t size, size_t align, size_t chunk) {
  size_t at = 0;
  bool moved = true;
  if (size > chunk) return SIZE_MAX;
  while (moved) {
    moved = false;
    if (size > SIZE_MAX - at) return SIZE_MAX;
    if (at / chunk != (at + size - 1) / chunk) { /* not across a buffer's end */
      at = (at / chunk + 1) * chunk;
      moved = true;
      continue;
    }
    for (int i = 0; i < n; i++)
      if (live[i].size && at < live[i].off + live[i].size && live[i].off < at + size) {
        size_t end = live[i].off + live[i].size;
        if (end > SIZE_MAX - align) return SIZE_MAX;
        at = (end + align - 1) / align * align;
        moved = true;
        if (size > SIZE_MAX - at) return SIZE_MAX;
      }
  }
  return at;
}

/* Bytes of node x under the binding; false when the size does not fit. */
static bool node_bytes(const IrNode *x, const int64_t *vals, size_t *bytes) {
  uint64_t b = (uint64_t)dtype_size(x->dtype);
  for (int k = 0; k < x->rank; k++) {
    int64_t v = ir_dim_eval(x->shape[k], vals);
    if (v < 0 || __builtin_mul_overflow(b, (uint64_t)v, &b)) return false;
  }
  if (b > SIZE_MAX / 2) return false;
  *bytes = (size_t)b;
  return true;
}

/* Assigns each stored value an offset for this binding; returns the peak,
 * SIZE_MAX when a size or an offset does not fit (every size is checked).
 * Time is the kernel index: a kernel's outputs are placed when it runs, and a
 * value's space is free again after the last kernel that reads it. */
static size_t layout(Plan *p, const int64_t *vals, size_t *off, size_t *size) {
  const Graph *g = p->g;
  p->lay_big = -1;
  const Schedule *fp = p->fp;
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
  for (int i = 0; i < p->nrows; i++) last[fp->alias[p->rows[i].index]] = nk; /* the row stores read it last */
  for (int q = 0; p->inv && q < nk; q++) /* values computed once stay */
    for (int j = 0; p->inv[q] && j < fp->k[q].nouts; j++) last[fp->alias[fp->k[q].outs[j]]] = nk;
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
    if (!node_bytes(&g->nodes.v[i], vals, &size[i])) {                             \
      peak = SIZE_MAX;                                                             \
      goto done;                                                                   \
    }                                                                              \
    if (p->bound && p->bound[i]) break; /* in the caller's buffer */             \
    size_t sz = (size[i] ? size[i] : 4) + 2 * p->guard; /* guard bands around it */ \
    off[i] = first_fit(iv, n, sz, p->align, p->chunk);                             \
    if (off[i] == SIZE_MAX) {                                                      \
      if (sz > p->chunk) p->lay_big = i;                                           \
      peak = SIZE_MAX;                                                             \
      goto done;                                                                   \
    }                                                                              \
    iv[i] = (Interval){off[i], sz};                                                \
    if (off[i] + sz > peak) peak = off[i] + sz;                                    \
    off[i] += p->guard;                                                            \
  } while (0)
  /* leaves first: they are uploaded before any kernel runs */
  for (int i = 0; i < n; i++) {
    const IrNode *x = &g->nodes.v[i];
    if (fp->live[i] && (x->op == OP_PARAM || x->op == OP_INPUT)) PLACE(i);
  }
  /* the values of fixed parameters (rt_plan_fixed_params) too: they live in
   * every run, as long as the leaves */
  for (int q = 0; p->inv && q < nk; q++)
    for (int j = 0; p->inv[q] && j < fp->k[q].nouts; j++) PLACE(fp->k[q].outs[j]);
  for (int q = 0; q < nk; q++) {
    const SchedKernel *K = &fp->k[q];
    if (p->inv && p->inv[q]) continue;
    for (int j = 0; j < K->nouts; j++) PLACE(K->outs[j]);
    for (int j = dies[q]; j >= 0; j = next[j]) iv[j].size = 0;
  }
done:
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

void rt_plan_set_max_buffer(Plan *p, size_t bytes) {
  size_t c = bytes / p->align * p->align;
  p->chunk = c ? c : p->align;
  plan_relayout(p); /* lay out again */
}

/* Refuses, with the number of bytes, a run that needs more than the device's
 * memory, or a value larger than its largest allocation (the arena spans
 * several buffers, a value does not). */
static bool check_memory(const Plan *p, size_t peak, Diag *d) {
  const DeviceInfo *info = rt_device_info(p->dev);
  if (peak == SIZE_MAX && p->lay_big >= 0) {
    const IrNode *x = ir_node(p->g, p->lay_big);
    diag_plain(d, "the value of %%%d (%s%s%s) needs %zu bytes, more than one buffer of %s can hold (%zu bytes)",
               (int)p->lay_big, op_name(x->op), x->name ? " " : "", x->name ? x->name : "", p->lay_size[p->lay_big],
               info->name, p->chunk);
    return false;
  }
  if (peak == SIZE_MAX) {
    diag_plain(d, "these inputs need more device memory than can be addressed");
    return false;
  }
  if (!info->memory || peak <= info->memory) return true;
  diag_plain(d, "these inputs need %zu bytes (%.2f GB) of device memory, but %s has %llu (%.2f GB)", peak,
             (double)peak / 1e9, info->name, (unsigned long long)info->memory, (double)info->memory / 1e9);
  return false;
}

/* Buffers for an arena of `peak` bytes, in chunks. */
static bool alloc_arenas(Plan *p, size_t peak, Diag *d) {
  for (int i = 0; i < p->narenas; i++) rt_free(p->dev, p->arenas[i]);
  size_t n = peak ? (peak - 1) / p->chunk + 1 : 1;
  p->arenas = xrealloc(p->arenas, sizeof *p->arenas * n);
  p->narenas = 0;
  p->arena_size = 0;
  for (size_t i = 0; i < n; i++) {
    size_t sz = peak > i * p->chunk ? peak - i * p->chunk : p->align;
    if (sz > p->chunk) sz = p->chunk;
    if (!(p->arenas[i] = rt_alloc(p->dev, sz, d))) return false;
    p->narenas++;
  }
  p->arena_size = peak;
  return true;
}

/* Binds the shape variables from the inputs (vals), checks them against a
 * specialised plan, and lays out memory for them (reused while they stay the
 * same) in an arena large enough. */
static bool bind_and_lay_out(Plan *p, const TensorList *inputs, const TensorList *params, int64_t *vals,
                             Diag *d) {
  const Graph *g = p->g;
  int n = g->nodes.n;
  if (g->syms.n > LLMC_MAX_SYMS) {
    diag_plain(d, "the graph has more than %d shape variables", LLMC_MAX_SYMS);
    return false;
  }
  /* the input contract the reference interpreter checks too (ir/inputs.c) */
  if (!p->shapes) p->shapes = ir_shape_memo_new();
  IrContract con = {.live = p->fp->live, .held = p->held, .sym_val = p->fp->sym_val, .memo = p->shapes};
  if (!ir_check_inputs(g, inputs, params, &con, vals, d)) return false;
  if (p->fp->sym_val)
    for (int v = 0; v < g->syms.n; v++)
      if (vals[v] != p->fp->sym_val[v]) {
        diag_plain(d, "the plan was compiled for %s = %lld, but the inputs give %s = %lld; build a plan for these shapes",
                   g->syms.v[v], (long long)p->fp->sym_val[v], g->syms.v[v], (long long)vals[v]);
        return false;
      }
  if (!p->lay_off || memcmp(p->lay_vals, vals, sizeof(int64_t) * (size_t)g->syms.n)) {
    if (!p->lay_off) {
      p->lay_off = xcalloc((size_t)(n ? n : 1), sizeof(size_t));
      p->lay_size = xcalloc((size_t)(n ? n : 1), sizeof(size_t));
    }
    p->lay_peak = layout(p, vals, p->lay_off, p->lay_size);
    p->lay_gen++;
    memcpy(p->lay_vals, vals, sizeof(int64_t) * (size_t)g->syms.n);
  }
  size_t peak = p->lay_peak;
  if (!check_memory(p, peak, d)) {
    plan_relayout(p); /* lay out again next time */
    return false;
  }
  p->peak = peak;
  if (peak > p->arena_size || !p->narenas) {
    p->lay_gen++; /* a sequence kernel holds the arena */
    if (!alloc_arenas(p, peak, d)) return false;
  }
  return true;
}

/* ---- guard bands (rt_plan_set_guard) --------------------------------------------- */

#define GUARD_BYTE 0xFF /* an f32 NaN, an i32 -1: a kernel that reads one shows in its results */

void rt_plan_set_guard(Plan *p, bool on) {
  p->guard = on ? p->align : 0;
  plan_relayout(p); /* lay out again */
}

/* Fills (check false) or checks the two bands around stored value r; false
 * when checking finds a changed byte (reported, naming the kernel). */
static bool guard_bands(Plan *p, int32_t r, bool check, const char *kernel, Diag *d) {
  if (!p->guard || (p->bound && p->bound[r])) return true;
  uint8_t band[2][4096];
  size_t g = p->guard > sizeof band[0] ? sizeof band[0] : p->guard, at[2];
  DevBuf *b[2] = {plan_arena_at(p, p->lay_off[r] - g, &at[0]), NULL};
  b[1] = plan_arena_at(p, p->lay_off[r] + (p->lay_size[r] ? p->lay_size[r] : 4), &at[1]);
  for (int k = 0; k < 2; k++) {
    if (!check) {
      memset(band[k], GUARD_BYTE, g);
      if (!rt_write(p->dev, b[k], at[k], band[k], g, d)) return false;
      continue;
    }
    if (!rt_read(p->dev, b[k], at[k], band[k], g, d)) return false;
    for (size_t j = 0; j < g; j++)
      if (band[k][j] != GUARD_BYTE) {
        /* the value's name: its own (an input, a parameter), else the graph output it is */
        const char *name = ir_node(p->g, r)->name;
        for (int o = 0; !name && o < p->g->outputs.n; o++)
          if (p->fp->alias[p->g->outputs.v[o].node] == r) name = p->g->outputs.v[o].name;
        diag_plain(d, "guard-band check: kernel %s wrote %s %%%d%s%s%s (%zu bytes): byte %zu of the band %s it changed",
                   kernel, k ? "past the end of" : "before", (int)r, name ? " '" : "", name ? name : "",
                   name ? "'" : "", p->lay_size[r], j, k ? "after" : "before");
        return false;
      }
  }
  return true;
}

/* Uploads the parameters and inputs, converted to their nodes' dtypes. */
static bool upload_leaves(Plan *p, const TensorList *inputs, const TensorList *params, Diag *d) {
  const Graph *g = p->g;
  const size_t *off = p->lay_off, *size = p->lay_size;
  for (int i = 0; i < g->nodes.n; i++) {
    const IrNode *x = &g->nodes.v[i];
    if (!p->fp->live[i] || (x->op != OP_PARAM && x->op != OP_INPUT)) continue;
    if (p->bound && p->bound[i]) {
      if (size[i] > p->bound_bytes[i]) {
        diag_plain(d, "%s '%s' needs %zu bytes, but its bound buffer region holds %zu",
                   x->op == OP_PARAM ? "parameter" : "input", x->name, size[i], p->bound_bytes[i]);
        return false;
      }
      continue;
    }
    const Tensor *t = find_tensor(x->op == OP_PARAM ? params : inputs, x->name);
    if (!t || (int64_t)size[i] != tensor_numel(t) * dtype_size(x->dtype)) { /* ir_check_inputs said so */
      diag_plain(d, "internal error: %s '%s' passed the input contract but does not fit its buffer",
                 x->op == OP_PARAM ? "param" : "input", x->name);
      return false;
    }
    Tensor *c = t->dtype == x->dtype ? NULL : tensor_convert(t, x->dtype);
    size_t at;
    DevBuf *buf = plan_arena_at(p, off[i], &at);
    bool w = rt_write(p->dev, buf, at, c ? c->data : t->data, size[i], d);
    tensor_free(c);
    if (!w || !guard_bands(p, i, false, NULL, d)) return false;
  }
  return true;
}

/* Launches kernel ki; with stats or a log, waits for it and records its time. */
static bool launch(Plan *p, int ki, const int64_t *vals, FILE *log, RtKernelStat *stats, Diag *d) {
  Kernel *k = p->kern[ki];
  DevArg args[LLMC_MAX_KERNEL_ARGS];
  if (k->nargs > LLMC_MAX_KERNEL_ARGS) {
    diag_plain(d, "kernel %s has too many arguments", k->label);
    return false;
  }
  for (int a = 0; a < k->nargs; a++) {
    const KArg *ka = &k->args[a];
    args[a] = (DevArg){0};
    if (ka->kind == KARG_SYM) args[a].i = (int32_t)vals[ka->sym];
    else if (ka->kind == KARG_SEED) {
      args[a].u64 = p->seed;
      args[a].is_u64 = true;
    } else {
      int32_t r = p->fp->alias[ka->node];
      bool b = p->bound && p->bound[r];
      if (b) {
        args[a].buf = p->bound[r];
        args[a].offset = p->bound_off[r];
      } else {
        args[a].buf = plan_arena_at(p, p->lay_off[r], &args[a].offset);
      }
    }
  }
  int64_t items = ir_dim_eval(k->items, vals);
  for (int a = 0; p->guard && a < k->nargs; a++) /* fresh bands around what it stores */
    if (k->args[a].kind == KARG_OUT && !guard_bands(p, p->fp->alias[k->args[a].node], false, NULL, d)) return false;
  if (items > 0 && !rt_launch(p->dev, p->dk[p->uniq[ki]], args, k->nargs, (size_t)items, k->local, d)) return false;
  for (int a = 0; p->guard && a < k->nargs; a++) /* then every band around what it touched */
    if ((k->args[a].kind == KARG_OUT || k->args[a].kind == KARG_IN) &&
        !guard_bands(p, p->fp->alias[k->args[a].node], true, k->label, d))
      return false;
  if (stats) {
    RtKernelStat *st = &stats[ki];
    *st = (RtKernelStat){0};
    st->items = items;
    st->bytes = (double)ir_dim_eval(k->bytes, vals);
    st->flops = (double)ir_dim_eval(k->flops, vals);
    if (items > 0) {
      if (!rt_sync(p->dev, d)) return false;
      st->seconds = rt_last_launch_seconds(p->dev);
    }
  }
  if (log && items > 0) {
    if (!rt_sync(p->dev, d)) return false;
    double s = stats ? stats[ki].seconds : rt_last_launch_seconds(p->dev);
    double bytes = (double)ir_dim_eval(k->bytes, vals), flops = (double)ir_dim_eval(k->flops, vals);
    fprintf(log, "  %-28s %9.3f ms %8.2f GB/s %8.2f GFLOP/s\n", k->label, s * 1e3, s > 0 ? bytes / s / 1e9 : 0,
            s > 0 ? flops / s / 1e9 : 0);
  }
  return true;
}

/* Reads the graph's outputs back into out. */
static bool read_outputs(Plan *p, const int64_t *vals, TensorList *out, Diag *d) {
  const Graph *g = p->g;
  for (int i = 0; i < g->outputs.n; i++) {
    int32_t node = g->outputs.v[i].node;
    const IrNode *x = ir_node(g, node);
    int32_t r = p->fp->alias[node];
    if (plan_row_stored(p, i)) continue; /* copied to the caller's buffer */
    if (p->bound && p->bound[r]) { /* stays in the caller's buffer */
      if (p->lay_size[r] > p->bound_bytes[r]) {
        diag_plain(d, "output '%s' needs %zu bytes, but its bound buffer region holds %zu", g->outputs.v[i].name,
                   p->lay_size[r], p->bound_bytes[r]);
        return false;
      }
      continue;
    }
    int64_t dims[IR_MAX_RANK];
    for (int k = 0; k < x->rank; k++) dims[k] = ir_dim_eval(x->shape[k], vals);
    Tensor *t = tensor_new(g->outputs.v[i].name, x->dtype, x->rank, dims);
    size_t at;
    DevBuf *buf = plan_arena_at(p, p->lay_off[p->fp->alias[node]], &at);
    if (!rt_read(p->dev, buf, at, t->data, tensor_nbytes(t), d)) {
      tensor_free(t);
      return false;
    }
    tl_add(out, t);
  }
  return true;
}

/* ---- device-resident values ------------------------------------------------------ */

/* The node a name binds: a PARAM or INPUT leaf of that name, else a graph
 * output of that name (its alias root); -1 when neither. */
static int32_t bind_target(const Plan *p, const char *name, bool *is_output) {
  const Graph *g = p->g;
  for (int32_t i = 0; i < g->nodes.n; i++) {
    const IrNode *x = &g->nodes.v[i];
    if ((x->op == OP_PARAM || x->op == OP_INPUT) && x->name && !strcmp(x->name, name)) {
      *is_output = false;
      return i;
    }
  }
  for (int i = 0; i < g->outputs.n; i++)
    if (!strcmp(g->outputs.v[i].name, name)) {
      *is_output = true;
      return p->fp->alias[g->outputs.v[i].node];
    }
  return -1;
}

/* An output stored over a bound leaf's bytes (an update in place) is safe when
 * no kernel reads the leaf after the one that stores the output, and that
 * kernel, if it reads the leaf, is an element kernel over the same shape (each
 * work item reads its elements before it writes them). */
static bool in_place_ok(const Plan *p, int32_t leaf, int32_t out, Diag *d) {
  int kq = p->fp->kernel_of[out];
  if (kq < 0) {
    diag_plain(d, "cannot update '%s' in place: the output is not computed by a kernel", ir_node(p->g, leaf)->name);
    return false;
  }
  for (int q = 0; q < p->nkernels; q++) {
    const Kernel *k = p->kern[q];
    for (int a = 0; a < k->nargs; a++) {
      if (k->args[a].kind != KARG_IN || p->fp->alias[k->args[a].node] != leaf) continue;
      const SchedKernel *K = &p->fp->k[q];
      bool elem = (K->form == KFORM_ELEMENT || K->form == KFORM_ELEMENT_VEC) &&
                  ir_same_shape(ir_node(p->g, leaf), ir_node(p->g, out));
      if (q > kq || (q == kq && !elem)) {
        diag_plain(d, "cannot update '%s' in place: kernel %s reads it %s", ir_node(p->g, leaf)->name, k->label,
                   q > kq ? "after the output is stored" : "in the kernel that stores the output, not element by element");
        return false;
      }
    }
  }
  return true;
}

bool rt_plan_bind(Plan *p, const char *name, DevBuf *buf, size_t off, size_t bytes, Diag *d) {
  bool is_output = false;
  int32_t r = bind_target(p, name, &is_output);
  if (r < 0) {
    diag_plain(d, "cannot bind '%s': the graph has no parameter, input or output of that name", name);
    return false;
  }
  int n = p->g->nodes.n;
  if (!p->bound) {
    p->bound = xcalloc((size_t)(n ? n : 1), sizeof(DevBuf *));
    p->bound_off = xcalloc((size_t)(n ? n : 1), sizeof(size_t));
    p->bound_bytes = xcalloc((size_t)(n ? n : 1), sizeof(size_t));
    p->held = xcalloc((size_t)(n ? n : 1), sizeof(bool));
  }
  if (is_output)
    for (int32_t i = 0; i < n; i++) {
      const IrNode *x = &p->g->nodes.v[i];
      bool leaf = x->op == OP_PARAM || x->op == OP_INPUT;
      if (leaf && p->bound[i] == buf && off < p->bound_off[i] + p->bound_bytes[i] && p->bound_off[i] < off + bytes &&
          !in_place_ok(p, i, r, d))
        return false;
    }
  p->bound[r] = buf;
  p->held[r] = true;
  p->bound_off[r] = off;
  p->bound_bytes[r] = bytes;
  plan_relayout(p); /* the arena's layout changes */
  return true;
}

static bool plan_run(Plan *p, const TensorList *inputs, const TensorList *params, TensorList *out, FILE *log,
                     RtKernelStat *stats, Diag *d) {
  int64_t vals[LLMC_MAX_SYMS] = {0};
  if (!bind_and_lay_out(p, inputs, params, vals, d) || !plan_rows_check(p, inputs, vals, d) ||
      !upload_leaves(p, inputs, params, d))
    return false;
  if (p->inv && p->inv_gen != p->lay_gen) { /* the kernels of the fixed parameters, once per layout */
    for (int ki = 0; ki < p->nkernels; ki++)
      if (p->inv[ki] && !launch(p, ki, vals, log, stats, d)) return false;
    p->inv_gen = p->lay_gen;
  }
  if (p->seq_on && !log && !stats && !p->guard) { /* one kernel; per-kernel times and guard checks need the launches */
    if (!plan_seq_run(p, vals, d)) return false;
  } else {
    for (int ki = 0; ki < p->nkernels; ki++) /* launch step after step */
      if (!plan_skip(p, ki) && !launch(p, ki, vals, log, stats, d)) return false;
    if (!plan_rows_copy(p, inputs, vals, d)) return false;
  }
  if (!read_outputs(p, vals, out, d)) return false;
  bool has_read = false; /* a blocking read waited for the queue already */
  for (int i = 0; i < p->g->outputs.n && !has_read; i++)
    has_read = !plan_row_stored(p, i) && !(p->bound && p->bound[p->fp->alias[p->g->outputs.v[i].node]]);
  if (!has_read && !rt_sync(p->dev, d)) return false;
  if (log) fprintf(log, "  peak device memory: %.3f MB (%d kernels)\n", (double)p->peak / 1e6, p->nkernels);
  return true;
}

bool rt_plan_run(Plan *p, const TensorList *inputs, const TensorList *params, TensorList *out, FILE *log, Diag *d) {
  return plan_run(p, inputs, params, out, log, NULL, d);
}

bool rt_plan_run_stats(Plan *p, const TensorList *inputs, const TensorList *params, TensorList *out,
                       RtKernelStat *stats, Diag *d) {
  return plan_run(p, inputs, params, out, NULL, stats, d);
}
