/* cmd_bench.c — `llmc bench`: times the training step (or forward) of a model
 * on a device, whole steps and kernel by kernel. A training step is the loss
 * and gradients (one plan) followed by the AdamW update of every trainable
 * parameter (a second plan over the flat parameter vector, runtime/optim.h). */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "init.h"
#include "interp.h"
#include "optim.h"
#include "plan.h"

#define WARMUP_STEPS 2
#define DEFAULT_STEPS 10

static double now_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

static double median(double *v, int n) {
  qsort(v, (size_t)n, sizeof *v, cmp_double);
  return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

static void json_str(FILE *f, const char *s) {
  fputc('"', f);
  for (; *s; s++) {
    unsigned char c = (unsigned char)*s;
    if (c == '"' || c == '\\') fprintf(f, "\\%c", c);
    else if (c < 0x20) fprintf(f, "\\u%04x", c);
    else fputc(c, f);
  }
  fputc('"', f);
}

typedef struct KRow {
  const char *name;
  int calls;
  double secs, bytes, flops; /* totals over the timed steps */
} KRow;

static int cmp_row(const void *a, const void *b) {
  const KRow *x = a, *y = b;
  if (x->secs != y->secs) return x->secs > y->secs ? -1 : 1;
  return strcmp(x->name, y->name);
}

/* Random inputs for every INPUT node of g: i32 ids below `vocab`, floats in
 * [-1, 1). The shape variables named B and T are batch and seq; others are seq. */
static void make_inputs(const Graph *g, int64_t batch, int64_t seq, int64_t vocab, TensorList *inputs) {
  int64_t vals[64];
  for (int i = 0; i < 64; i++) vals[i] = seq;
  for (int i = 0; i < g->syms.n && i < 64; i++)
    vals[i] = !strcmp(g->syms.v[i], "B") ? batch : seq;
  uint64_t state = 1;
  for (int i = 0; i < g->nodes.n; i++) {
    const IrNode *x = &g->nodes.v[i];
    if (x->op != OP_INPUT || tl_find(inputs, x->name)) continue;
    int64_t dims[IR_MAX_RANK];
    for (int k = 0; k < x->rank; k++) dims[k] = ir_dim_eval(x->shape[k], vals);
    Tensor *t = tensor_new(x->name, x->dtype == DT_I32 ? DT_I32 : DT_F32, x->rank, dims);
    int64_t n = tensor_numel(t);
    for (int64_t k = 0; k < n; k++) {
      uint64_t r = rt_splitmix64(&state);
      if (t->dtype == DT_I32) ((int32_t *)t->data)[k] = (int32_t)(r % (uint64_t)vocab);
      else ((float *)t->data)[k] = (float)((double)(r >> 11) / 9007199254740992.0 * 2 - 1);
    }
    Tensor *c = x->dtype == t->dtype ? NULL : tensor_convert(t, x->dtype);
    if (c) {
      tensor_free(t);
      t = c;
    }
    tl_add(inputs, t);
  }
}

/* ---- the optimiser update ------------------------------------------------------------------ */

/* The AdamW settings of the model's train block (adamw(...), clip, schedule,
 * steps); without a train block, or with another optimiser, PyTorch's AdamW
 * defaults and clip 1.0 (rt_adamw_defaults). */
static AdamwOpts model_adamw(const Model *m, bool *other_optimizer) {
  AdamwOpts a = rt_adamw_defaults();
  *other_optimizer = false;
  if (!m->train.present) return a;
  const Spec *opt = spec_get(&m->train, "optimizer");
  if (opt && opt->kind == SPEC_RECORD && opt->s && !strcmp(opt->s, "adamw")) {
    a.lr = spec_num(spec_field(opt, "lr"), a.lr);
    const Spec *betas = spec_field(opt, "betas");
    if (betas && betas->kind == SPEC_LIST && betas->n == 2) {
      a.beta1 = spec_num(betas->items[0], a.beta1);
      a.beta2 = spec_num(betas->items[1], a.beta2);
    }
    a.eps = spec_num(spec_field(opt, "eps"), a.eps);
    a.weight_decay = spec_num(spec_field(opt, "weight_decay"), a.weight_decay);
  } else if (opt) {
    *other_optimizer = true;
  }
  a.clip = spec_num(spec_get(&m->train, "clip"), 0); /* the language's default: no clipping */
  a.steps = (int64_t)spec_num(spec_get(&m->train, "steps"), 1000);
  const Spec *sch = spec_get(&m->train, "schedule");
  if (sch && sch->kind == SPEC_RECORD && sch->s) {
    a.warmup = (int64_t)spec_num(spec_field(sch, "warmup"), 0);
    if (!strcmp(sch->s, "cosine")) {
      a.schedule = LR_COSINE;
      a.min_lr = spec_num(spec_field(sch, "min_lr"), 0);
    } else if (!strcmp(sch->s, "linear")) {
      a.schedule = LR_LINEAR;
    }
  }
  return a;
}

typedef struct Update {
  AdamwOpts opts;
  TensorList layout;  /* the trainable parameters, in model order (borrowed from params) */
  Graph *g;
  Plan *plan;         /* NULL on the reference interpreter */
  int nk;
  TensorList in;      /* params, grads, m, v, decay, lr, step */
  RtKernelStat *stats;
  int64_t t;          /* steps taken */
  double host_s;      /* packing and unpacking on the host, all steps */
} Update;

static void update_free(Update *u) {
  vec_free(&u->layout.v); /* the tensors belong to params */
  rt_plan_free(u->plan);
  ir_graph_free(u->g);
  tl_free(&u->in);
  free(u->stats);
}

static Tensor *scalar1(const char *name) {
  int64_t one = 1;
  return tensor_new(name, DT_F32, 1, &one);
}

/* Sets up the update of every trainable parameter of m (u->g NULL when there
 * is none). */
static bool update_init(Update *u, const Model *m, TensorList *params, Device *dev, bool fuse, Diag *d) {
  bool other;
  u->opts = model_adamw(m, &other);
  if (other) fprintf(stderr, "llmc bench: only AdamW is compiled; timing it with PyTorch's defaults\n");
  for (int i = 0; i < m->params.n; i++)
    if (!m->params.v[i].frozen) vec_push(&u->layout.v, tl_find(params, m->params.v[i].name));
  int64_t n = rt_flat_numel(&u->layout);
  if (n == 0) return true;
  u->g = rt_adamw_graph(n, &u->opts);
  tl_add(&u->in, rt_flat_new(&u->layout, "params"));
  tl_add(&u->in, tensor_new("grads", DT_F32, 1, &n));
  tl_add(&u->in, tensor_new("m", DT_F32, 1, &n));
  tl_add(&u->in, tensor_new("v", DT_F32, 1, &n));
  if (rt_graph_has_input(u->g, "decay")) tl_add(&u->in, rt_flat_decay_mask(&u->layout, "decay"));
  tl_add(&u->in, scalar1("lr"));
  tl_add(&u->in, scalar1("step"));
  if (dev) {
    u->plan = rt_plan_new_opts(dev, u->g, fuse, d);
    if (!u->plan) return false;
    u->nk = rt_plan_kernels(u->plan);
    u->stats = xcalloc((size_t)(u->nk ? u->nk : 1), sizeof *u->stats);
  }
  return true;
}

/* One update from the step's gradients (`out`, grad.NAME); the new values
 * replace params, m and v. Returns the seconds to count: the sum of the
 * update's kernel timers on a device (its uploads, read-backs and the host's
 * packing are not counted), the interpreter's wall-clock time on ref. */
static bool update_run(Update *u, const TensorList *out, double *secs, Diag *d) {
  *secs = 0;
  if (!u->g) return true;
  double h0 = now_s();
  u->t++;
  rt_flat_pack(&u->layout, out, "grad.", tl_find(&u->in, "grads"));
  tensor_set(tl_find(&u->in, "lr"), 0, rt_lr_at(&u->opts, u->t));
  tensor_set(tl_find(&u->in, "step"), 0, (double)u->t);
  double h1 = now_s();
  TensorList res = {0};
  bool ok;
  if (u->plan) {
    ok = rt_plan_run_stats(u->plan, &u->in, NULL, &res, u->stats, d);
    for (int i = 0; ok && i < u->nk; i++) *secs += u->stats[i].seconds;
  } else {
    InterpOptions io = {0};
    io.compute = DT_F32;
    ok = ir_interp(u->g, &u->in, NULL, &io, &res, d);
    *secs = now_s() - h1;
  }
  double h2 = now_s();
  static const char *const names[3][2] = {{"params.new", "params"}, {"m.new", "m"}, {"v.new", "v"}};
  for (int k = 0; ok && k < 3; k++) {
    const Tensor *src = tl_find(&res, names[k][0]);
    Tensor *dst = tl_find(&u->in, names[k][1]);
    memcpy(dst->data, src->data, tensor_nbytes(dst));
  }
  if (ok) rt_flat_unpack(tl_find(&u->in, "params"), &u->layout);
  tl_free(&res);
  u->host_s += (h1 - h0) + (now_s() - h2);
  return ok;
}

int cmd_bench(int argc, char **argv) {
  Opts o = {0};
  int rc = cli_parse(argc, argv, &o, "--entry --no-fuse --no-update --steps --json --backend --device --set -I --data-dir --stdlib");
  if (rc || o.files.n != 1) {
    if (!rc) cli_error("llmc bench: expects one FILE; see 'llmc bench --help'");
    cli_opts_free(&o);
    return rc == 1 ? 0 : 2;
  }
  if (o.backend && strcmp(o.backend, "ref") && strcmp(o.backend, "opencl") && strcmp(o.backend, "cuda")) {
    cli_error("unknown backend '%s'; the backends are ref, opencl and cuda", o.backend);
    cli_opts_free(&o);
    return 2;
  }
  int steps = o.steps ? o.steps : DEFAULT_STEPS;
  Diag d;
  cli_diag_init(&d, &o);
  int status = 1;
  TensorList params = {0}, inputs = {0};
  Graph *g = NULL;
  Device *dev = NULL;
  Plan *plan = NULL;
  double *times = xcalloc((size_t)steps, sizeof(double));
  RtKernelStat *stats = NULL;
  KRow *rows = NULL;
  Update upd = {0};
  char **unames = NULL; /* the update's row names ("adamw." + kernel) */
  int unk = 0;          /* the update's kernels */
  Program *p = cli_load(&o, o.files.v[0], &d);
  if (!p) goto done;
  const Model *m = fe_model(p);
  const char *entry = o.entry ? o.entry : m->has_loss ? "loss" : "forward";
  bool grad = !strcmp(entry, "loss");
  if (grad && !m->has_loss) {
    cli_error("llmc bench: model %s has no 'loss' function", m->name);
    goto done;
  }
  if (!grad && strcmp(entry, "forward")) {
    cli_error("llmc bench: --entry must be loss or forward, found '%s'", entry);
    goto done;
  }
  int64_t batch = (int64_t)spec_num(spec_get(&m->train, "batch"), 8);
  int64_t seq = (int64_t)spec_num(spec_get(&m->train, "seq"), 64);
  int64_t vocab = 0;
  for (int i = 0; i < m->params.n; i++)
    if (m->params.v[i].rank == 2 && (!vocab || m->params.v[i].dims[0] < vocab)) vocab = m->params.v[i].dims[0];
  if (vocab < 1) vocab = 2;
  for (int i = 0; i < m->params.n; i++) {
    const ParamInfo *pi = &m->params.v[i];
    tl_add(&params, rt_init_tensor(pi->name, pi->dtype, pi->rank, pi->dims, (RtInit)pi->init, pi->init_a, pi->init_b, 1));
  }
  g = cli_build_graph(p, entry, grad, grad, NULL, &d);
  if (!g) goto done;
  make_inputs(g, batch, seq, vocab, &inputs);
  if (!(o.backend && !strcmp(o.backend, "ref"))) {
    /* without --backend: a CUDA GPU, else OpenCL, else the reference interpreter (NULL) */
    dev = o.backend ? rt_device_open(!strcmp(o.backend, "cuda") ? DEV_CUDA : DEV_OPENCL, o.device, &d)
                    : rt_device_open_default(&d);
    if (d.nerrors || (!dev && o.backend)) goto done;
  }
  const char *what = grad ? "loss + gradients" : "forward";
  char devname[300];
  bool fused = !o.no_fuse;
  /* the training step also updates the parameters, unless --no-update */
  if (grad && !o.no_update && !update_init(&upd, m, &params, dev, fused, &d)) goto done;
  if (upd.g) what = "loss + gradients + AdamW update";
  unk = upd.nk;
  int nk = 0;
  uint64_t peak = 0;
  if (!dev) {
    snprintf(devname, sizeof devname, "ref (reference interpreter)");
    fused = false;
    InterpOptions io = {0};
    io.compute = DT_F32;
    for (int s = -WARMUP_STEPS; s < steps; s++) {
      TensorList out = {0};
      double t0 = now_s();
      bool ok = ir_interp(g, &inputs, &params, &io, &out, &d);
      double t1 = now_s(), us = 0;
      ok = ok && update_run(&upd, &out, &us, &d);
      tl_free(&out);
      if (!ok) goto done;
      if (s >= 0) times[s] = t1 - t0 + us;
    }
  } else {
    const DeviceInfo *di = rt_device_info(dev);
    snprintf(devname, sizeof devname, "%s:%d %s", rt_kind_name(di->kind), di->index, di->name);
    if (o.verbose) rt_set_verbose(dev, true);
    double t0 = now_s();
    /* kernels specialised to the benchmark's shapes, as a trainer compiles
     * them for its fixed batch and sequence length */
    int64_t spec[64];
    for (int i = 0; i < g->syms.n && i < 64; i++) spec[i] = !strcmp(g->syms.v[i], "B") ? batch : seq;
    plan = rt_plan_new_spec(dev, g, fused, g->syms.n <= 64 ? spec : NULL, &d);
    if (!plan) goto done;
    nk = rt_plan_kernels(plan);
    if (!o.json || o.verbose) {
      int built, loaded;
      rt_plan_cache_counts(plan, &built, &loaded);
      fprintf(stderr, "llmc bench: %d kernels ready in %.1f s (%d built, %d loaded from the kernel cache)\n", nk,
              now_s() - t0, built, loaded);
    }
    stats = xcalloc((size_t)(nk ? nk : 1), sizeof *stats);
    rows = xcalloc((size_t)(nk + unk ? nk + unk : 1), sizeof *rows);
    for (int i = 0; i < nk; i++) rows[i].name = rt_plan_kernel(plan, i)->name;
    unames = xcalloc((size_t)(unk ? unk : 1), sizeof *unames);
    for (int i = 0; i < unk; i++) {
      const char *kn = rt_plan_kernel(upd.plan, i)->name;
      unames[i] = xmalloc(strlen(kn) + 7);
      sprintf(unames[i], "adamw.%s", kn);
      rows[nk + i].name = unames[i];
    }
    /* warm-up, then whole steps, then steps kernel by kernel */
    for (int s = -WARMUP_STEPS; s < steps; s++) {
      TensorList out = {0};
      double a = now_s();
      bool ok = rt_plan_run(plan, &inputs, &params, &out, NULL, &d);
      double b = now_s(), us = 0;
      /* the update: its kernels' device time is added to the step */
      ok = ok && update_run(&upd, &out, &us, &d);
      tl_free(&out);
      if (!ok) goto done;
      if (s >= 0) times[s] = b - a + us;
    }
    for (int s = 0; s < steps; s++) {
      TensorList out = {0};
      bool ok = rt_plan_run_stats(plan, &inputs, &params, &out, stats, &d);
      double us;
      ok = ok && update_run(&upd, &out, &us, &d);
      tl_free(&out);
      if (!ok) goto done;
      for (int i = 0; i < nk + unk; i++) {
        const RtKernelStat *st = i < nk ? &stats[i] : &upd.stats[i - nk];
        if (st->items <= 0) continue;
        rows[i].calls++;
        rows[i].secs += st->seconds;
        rows[i].bytes += st->bytes;
        rows[i].flops += st->flops;
      }
    }
    peak = rt_plan_peak_bytes(plan);
    if (upd.plan && rt_plan_peak_bytes(upd.plan) > peak) peak = rt_plan_peak_bytes(upd.plan);
    nk += unk; /* from here on: the kernels of the whole step */
    qsort(rows, (size_t)nk, sizeof *rows, cmp_row);
  }
  double tmin = times[0], tmax = times[0];
  for (int s = 1; s < steps; s++) {
    if (times[s] < tmin) tmin = times[s];
    if (times[s] > tmax) tmax = times[s];
  }
  double step = median(times, steps);
  double tokens = (double)(batch * seq), tps = step > 0 ? tokens / step : 0;
  double ksum = 0;
  for (int i = 0; i < nk; i++) ksum += rows[i].secs;
  if (o.json) {
    printf("{\"device\": ");
    json_str(stdout, devname);
    printf(", \"entry\": \"%s\", \"fused\": %s, \"batch\": %lld, \"seq\": %lld, \"steps\": %d, \"kernels_per_step\": %d, "
           "\"update_kernels\": %d, \"update_params\": %lld, \"step_ms\": %.4f, \"step_min_ms\": %.4f, \"kernel_ms_per_step\": %.4f, \"tokens_per_s\": %.1f, "
           "\"peak_bytes\": %llu, \"kernels\": [",
           entry, fused ? "true" : "false", (long long)batch, (long long)seq, steps, nk, unk,
           (long long)(upd.g ? rt_flat_numel(&upd.layout) : 0), step * 1e3, tmin * 1e3,
           ksum / steps * 1e3, tps, (unsigned long long)peak);
    for (int i = 0; i < nk; i++) {
      const KRow *r = &rows[i];
      printf("%s{\"name\": ", i ? ", " : "");
      json_str(stdout, r->name);
      printf(", \"calls\": %d, \"ms\": %.4f, \"gbps\": %.3f, \"gflops\": %.3f}", r->calls, r->secs * 1e3,
             r->secs > 0 ? r->bytes / r->secs / 1e9 : 0, r->secs > 0 ? r->flops / r->secs / 1e9 : 0);
    }
    printf("]}\n");
  } else {
    printf("llmc bench %s: %s of model %s, B=%lld T=%lld\n", o.files.v[0], what, m->name, (long long)batch,
           (long long)seq);
    printf("device:            %s\n", devname);
    if (!dev) {
      printf("fused:             no (the reference interpreter runs IR node by IR node)\n");
      printf("kernels per step:  0 (no kernels: timing ir_interp, %d IR nodes%s)\n", g->nodes.n,
             upd.g ? ", then the update's graph" : "");
    } else {
      printf("fused:             %s\n", fused ? "yes" : "no (--no-fuse)");
      if (upd.g)
        printf("kernels per step:  %d (%d loss + gradients, %d AdamW update)\n", nk, nk - unk, unk);
      else
        printf("kernels per step:  %d\n", nk);
    }
    if (upd.g)
      printf("update:            AdamW over %lld parameters (flat), lr %g, betas %g/%g, eps %g, weight decay %g, "
             "clip %g%s\n",
             (long long)rt_flat_numel(&upd.layout), upd.opts.lr, upd.opts.beta1, upd.opts.beta2, upd.opts.eps,
             upd.opts.weight_decay, upd.opts.clip, m->train.present ? "" : " (PyTorch defaults)");
    printf("step time:         %.3f ms median of %d (min %.3f, max %.3f; after %d warm-up steps)\n", step * 1e3, steps,
           tmin * 1e3, tmax * 1e3, WARMUP_STEPS);
    if (upd.g)
      printf("                   (the update counts %s; packing the flat vectors on the host, %.3f ms per step, "
             "does not)\n",
             dev ? "its kernels' device time" : "the interpreter's time", upd.host_s / upd.t * 1e3);
    printf("tokens/s:          %.0f\n", tps);
    if (dev) {
      printf("peak memory:       %.3f MB\n", (double)peak / 1e6);
      printf("kernel time:       %.3f ms per step (sum of device timers, launches waited for one by one)\n\n",
             ksum / steps * 1e3);
      int show = o.verbose || nk <= 25 ? nk : 25;
      printf("  %-32s %6s %10s %9s %9s %7s\n", "kernel", "calls", "total ms", "GB/s", "GFLOP/s", "share");
      for (int i = 0; i < show; i++) {
        const KRow *r = &rows[i];
        printf("  %-32s %6d %10.3f %9.2f %9.2f %6.1f%%\n", r->name, r->calls, r->secs * 1e3,
               r->secs > 0 ? r->bytes / r->secs / 1e9 : 0, r->secs > 0 ? r->flops / r->secs / 1e9 : 0,
               step > 0 ? 100.0 * r->secs / steps / step : 0);
      }
      if (show < nk) {
        double rest = 0;
        for (int i = show; i < nk; i++) rest += rows[i].secs;
        printf("  ... %d more kernels, %.3f ms in all (-v lists them)\n", nk - show, rest * 1e3);
      }
    }
  }
  status = 0;
done:
  free(times);
  free(stats);
  free(rows);
  for (int i = 0; unames && i < unk; i++) free(unames[i]);
  free(unames);
  update_free(&upd);
  rt_plan_free(plan);
  ir_graph_free(g);
  rt_device_close(dev);
  tl_free(&params);
  tl_free(&inputs);
  fe_program_free(p);
  diag_free(&d);
  cli_opts_free(&o);
  return status;
}
