/* cmd_bench.c — `llmc bench`: times the training step (or forward) of a model
 * on a device, whole steps and kernel by kernel. A training step is the loss
 * and gradients (one plan) followed by the AdamW update of every trainable
 * parameter (a second plan over the flat parameter vector, train/optim.h). */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "init.h"
#include "interp.h"
#include "optim.h"
#include "pipeline.h"

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
  int64_t vals[LLMC_MAX_SYMS];
  for (int i = 0; i < LLMC_MAX_SYMS; i++) vals[i] = seq;
  for (int i = 0; i < g->syms.n && i < LLMC_MAX_SYMS; i++)
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
static bool update_init(Update *u, const Model *m, TensorList *params, Device *dev, const PlOptions *po, Diag *d) {
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
    /* the update graph enters the pass list at fuse */
    u->plan = pl_plan_graph(dev, u->g, po, d);
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

/* ---- the benchmark, phase by phase ------------------------------------------------------- */

typedef struct Bench {
  Opts o;
  PlOptions env;      /* the pipeline switches of the environment (cli_env_options) */
  Diag d;
  Program *p;
  const Model *m;
  const char *entry, *what;
  bool grad, fused;
  int steps;
  int64_t batch, seq, vocab;
  TensorList params, inputs;
  Graph *g;
  Device *dev;        /* NULL: the reference interpreter */
  char devname[300];
  Plan *plan;
  Update upd;
  int nk, unk;        /* the kernels of the whole step, of the update */
  int kunique;        /* kernels built: launches of equal kernels share one */
  size_t source_bytes; /* their source */
  double start;       /* when the command started */
  double compile_s;   /* from the start to the end of the first step */
  uint64_t peak;
  double *times;      /* per timed step, seconds */
  RtKernelStat *stats;
  KRow *rows;
  char **unames;      /* the update's row names ("adamw." + kernel) */
} Bench;

static void bench_free(Bench *b) {
  free(b->times);
  free(b->stats);
  free(b->rows);
  for (int i = 0; b->unames && i < b->unk; i++) free(b->unames[i]);
  free(b->unames);
  update_free(&b->upd);
  rt_plan_free(b->plan);
  ir_graph_free(b->g);
  rt_device_close(b->dev);
  tl_free(&b->params);
  tl_free(&b->inputs);
  fe_program_free(b->p);
  diag_free(&b->d);
  cli_opts_free(&b->o);
}

/* The command line: 0 to go on, else the exit status. */
static int bench_parse(Bench *b, int argc, char **argv) {
  int rc = cli_parse(argc, argv, &b->o, "--entry --no-fuse --no-update --steps --json --backend --device --set -I --data-dir --stdlib");
  if (rc || b->o.files.n != 1) {
    if (!rc) cli_error("llmc bench: expects one FILE; see 'llmc bench --help'");
    return rc == 1 ? 0 : 2;
  }
  if (b->o.backend && strcmp(b->o.backend, "ref") && strcmp(b->o.backend, "opencl") && strcmp(b->o.backend, "cuda")) {
    cli_error("unknown backend '%s'; the backends are ref, opencl and cuda", b->o.backend);
    return 2;
  }
  b->steps = b->o.steps ? b->o.steps : DEFAULT_STEPS;
  b->times = xcalloc((size_t)b->steps, sizeof(double));
  cli_env_options(&b->env);
  return -1;
}

/* The program, its entry, the shapes, random parameters and inputs, the
 * graph (the pass list up to simplify) and the device. */
static bool bench_setup(Bench *b) {
  Opts *o = &b->o;
  cli_diag_init(&b->d, o);
  if (!(b->p = cli_load(o, o->files.v[0], &b->d))) return false;
  const Model *m = b->m = fe_model(b->p);
  b->entry = o->entry ? o->entry : m->has_loss ? "loss" : "forward";
  b->grad = !strcmp(b->entry, "loss");
  if (b->grad && !m->has_loss) {
    cli_error("llmc bench: model %s has no 'loss' function", m->name);
    return false;
  }
  if (!b->grad && strcmp(b->entry, "forward")) {
    cli_error("llmc bench: --entry must be loss or forward, found '%s'", b->entry);
    return false;
  }
  b->batch = (int64_t)spec_num(spec_get(&m->train, "batch"), 8);
  b->seq = (int64_t)spec_num(spec_get(&m->train, "seq"), 64);
  for (int i = 0; i < m->params.n; i++)
    if (m->params.v[i].rank == 2 && (!b->vocab || m->params.v[i].dims[0] < b->vocab)) b->vocab = m->params.v[i].dims[0];
  if (b->vocab < 1) b->vocab = 2;
  for (int i = 0; i < m->params.n; i++) {
    const ParamInfo *pi = &m->params.v[i];
    tl_add(&b->params, rt_init_tensor(pi->name, pi->dtype, pi->rank, pi->dims, (RtInit)pi->init, pi->init_a, pi->init_b, 1));
  }
  PlOutput out;
  bool ok = pl_run(b->p, NULL, &(PlOptions){.entry = b->entry, .training = b->grad, .grad = b->grad, .stop = PL_SIMPLIFY},
                   &out, &b->d);
  b->g = out.g;
  if (!ok) return false;
  make_inputs(b->g, b->batch, b->seq, b->vocab, &b->inputs);
  if (!(o->backend && !strcmp(o->backend, "ref"))) {
    /* without --backend: a CUDA GPU, else OpenCL, else the reference interpreter (NULL) */
    b->dev = o->backend ? rt_device_open(!strcmp(o->backend, "cuda") ? DEV_CUDA : DEV_OPENCL, o->device, &b->d)
                        : rt_device_open_default(&b->d);
    cli_device_setup(b->dev);
    if (b->d.nerrors || (!b->dev && o->backend)) return false;
  }
  b->what = b->grad ? "loss + gradients" : "forward";
  b->fused = !o->no_fuse;
  /* the training step also updates the parameters, unless --no-update */
  PlOptions uo = b->env;
  uo.no_fuse = !b->fused;
  if (b->grad && !o->no_update && !update_init(&b->upd, m, &b->params, b->dev, &uo, &b->d)) return false;
  if (b->upd.g) b->what = "loss + gradients + AdamW update";
  b->unk = b->upd.nk;
  return true;
}

/* The steps on the reference interpreter. */
static bool bench_ref(Bench *b) {
  snprintf(b->devname, sizeof b->devname, "ref (reference interpreter)");
  b->fused = false;
  InterpOptions io = {0};
  io.compute = DT_F32;
  for (int s = -WARMUP_STEPS; s < b->steps; s++) {
    TensorList out = {0};
    double t0 = now_s();
    bool ok = ir_interp(b->g, &b->inputs, &b->params, &io, &out, &b->d);
    double t1 = now_s(), us = 0;
    ok = ok && update_run(&b->upd, &out, &us, &b->d);
    tl_free(&out);
    if (!ok) return false;
    if (s >= 0) b->times[s] = t1 - t0 + us;
  }
  return true;
}

/* The rest of the pass list for the device (kernels specialised to the
 * benchmark's shapes, as a trainer compiles them for its fixed batch and
 * sequence length), built into a plan; one table row per kernel. */
static bool bench_plan(Bench *b) {
  const Graph *g = b->g;
  const DeviceInfo *di = rt_device_info(b->dev);
  snprintf(b->devname, sizeof b->devname, "%s:%d %s", rt_kind_name(di->kind), di->index, di->name);
  if (b->o.verbose) rt_set_verbose(b->dev, true);
  double t0 = now_s();
  int64_t spec[LLMC_MAX_SYMS];
  for (int i = 0; i < g->syms.n && i < LLMC_MAX_SYMS; i++) spec[i] = !strcmp(g->syms.v[i], "B") ? b->batch : b->seq;
  PlOptions po = b->env;
  po.no_fuse = !b->fused;
  po.sym_val = g->syms.n <= LLMC_MAX_SYMS ? spec : NULL;
  if (!(b->plan = pl_plan_graph(b->dev, g, &po, &b->d))) return false;
  int nk = b->nk = rt_plan_kernels(b->plan), unk = b->unk;
  if (!b->o.json || b->o.verbose) {
    int built, loaded;
    rt_plan_cache_counts(b->plan, &built, &loaded);
    fprintf(stderr, "llmc bench: %d launches, %d unique kernels ready in %.1f s (%d built, %d loaded from the kernel cache)\n",
            nk, rt_plan_unique_kernels(b->plan), now_s() - t0, built, loaded);
  }
  b->kunique = rt_plan_unique_kernels(b->plan) + (b->upd.plan ? rt_plan_unique_kernels(b->upd.plan) : 0);
  b->source_bytes = rt_plan_source_bytes(b->plan) + (b->upd.plan ? rt_plan_source_bytes(b->upd.plan) : 0);
  b->stats = xcalloc((size_t)(nk ? nk : 1), sizeof *b->stats);
  b->rows = xcalloc((size_t)(nk + unk ? nk + unk : 1), sizeof *b->rows);
  for (int i = 0; i < nk; i++) b->rows[i].name = rt_plan_kernel(b->plan, i)->label;
  b->unames = xcalloc((size_t)(unk ? unk : 1), sizeof *b->unames);
  for (int i = 0; i < unk; i++) {
    const char *kn = rt_plan_kernel(b->upd.plan, i)->label;
    b->unames[i] = xmalloc(strlen(kn) + 7);
    sprintf(b->unames[i], "adamw.%s", kn);
    b->rows[nk + i].name = b->unames[i];
  }
  return true;
}

/* Warm-up, then whole steps, then steps kernel by kernel. */
static bool bench_device(Bench *b) {
  int nk = b->nk, unk = b->unk;
  for (int s = -WARMUP_STEPS; s < b->steps; s++) {
    TensorList out = {0};
    double t0 = now_s();
    bool ok = rt_plan_run(b->plan, &b->inputs, &b->params, &out, NULL, &b->d);
    double t1 = now_s(), us = 0;
    /* the update: its kernels' device time is added to the step */
    ok = ok && update_run(&b->upd, &out, &us, &b->d);
    tl_free(&out);
    if (!ok) return false;
    if (s == -WARMUP_STEPS) b->compile_s = now_s() - b->start;
    if (s >= 0) b->times[s] = t1 - t0 + us;
  }
  for (int s = 0; s < b->steps; s++) {
    TensorList out = {0};
    bool ok = rt_plan_run_stats(b->plan, &b->inputs, &b->params, &out, b->stats, &b->d);
    double us;
    ok = ok && update_run(&b->upd, &out, &us, &b->d);
    tl_free(&out);
    if (!ok) return false;
    for (int i = 0; i < nk + unk; i++) {
      const RtKernelStat *st = i < nk ? &b->stats[i] : &b->upd.stats[i - nk];
      if (st->items <= 0) continue;
      b->rows[i].calls++;
      b->rows[i].secs += st->seconds;
      b->rows[i].bytes += st->bytes;
      b->rows[i].flops += st->flops;
    }
  }
  b->peak = rt_plan_peak_bytes(b->plan);
  if (b->upd.plan && rt_plan_peak_bytes(b->upd.plan) > b->peak) b->peak = rt_plan_peak_bytes(b->upd.plan);
  b->nk += unk; /* from here on: the kernels of the whole step */
  qsort(b->rows, (size_t)b->nk, sizeof *b->rows, cmp_row);
  return true;
}

typedef struct Summary {
  double step, tmin, tmax, tps, ksum; /* seconds; tokens/s */
} Summary;

static Summary summarise(Bench *b) {
  Summary r = {0};
  r.tmin = r.tmax = b->times[0];
  for (int s = 1; s < b->steps; s++) {
    if (b->times[s] < r.tmin) r.tmin = b->times[s];
    if (b->times[s] > r.tmax) r.tmax = b->times[s];
  }
  r.step = median(b->times, b->steps);
  double tokens = (double)(b->batch * b->seq);
  r.tps = r.step > 0 ? tokens / r.step : 0;
  for (int i = 0; i < b->nk; i++) r.ksum += b->rows[i].secs;
  return r;
}

static void report_json(const Bench *b, const Summary *r) {
  const Update *u = &b->upd;
  printf("{\"device\": ");
  json_str(stdout, b->devname);
  printf(", \"entry\": \"%s\", \"fused\": %s, \"batch\": %lld, \"seq\": %lld, \"steps\": %d, \"kernels_per_step\": %d, "
         "\"update_kernels\": %d, \"update_params\": %lld, \"step_ms\": %.4f, \"step_min_ms\": %.4f, \"kernel_ms_per_step\": %.4f, \"tokens_per_s\": %.1f, "
         "\"peak_bytes\": %llu, \"compile_s\": %.4f, \"kernels_unique\": %d, \"source_bytes\": %zu, \"kernels\": [",
         b->entry, b->fused ? "true" : "false", (long long)b->batch, (long long)b->seq, b->steps, b->nk, b->unk,
         (long long)(u->g ? rt_flat_numel(&u->layout) : 0), r->step * 1e3, r->tmin * 1e3,
         r->ksum / b->steps * 1e3, r->tps, (unsigned long long)b->peak, b->compile_s, b->kunique, b->source_bytes);
  for (int i = 0; i < b->nk; i++) {
    const KRow *k = &b->rows[i];
    printf("%s{\"name\": ", i ? ", " : "");
    json_str(stdout, k->name);
    printf(", \"calls\": %d, \"ms\": %.4f, \"gbps\": %.3f, \"gflops\": %.3f}", k->calls, k->secs * 1e3,
           k->secs > 0 ? k->bytes / k->secs / 1e9 : 0, k->secs > 0 ? k->flops / k->secs / 1e9 : 0);
  }
  printf("]}\n");
}

/* The per-kernel table, the slowest first (all of them with -v). */
static void report_kernels(const Bench *b, const Summary *r) {
  int nk = b->nk, show = b->o.verbose || nk <= 25 ? nk : 25;
  printf("  %-32s %6s %10s %9s %9s %7s\n", "kernel", "calls", "total ms", "GB/s", "GFLOP/s", "share");
  for (int i = 0; i < show; i++) {
    const KRow *k = &b->rows[i];
    printf("  %-32s %6d %10.3f %9.2f %9.2f %6.1f%%\n", k->name, k->calls, k->secs * 1e3,
           k->secs > 0 ? k->bytes / k->secs / 1e9 : 0, k->secs > 0 ? k->flops / k->secs / 1e9 : 0,
           r->step > 0 ? 100.0 * k->secs / b->steps / r->step : 0);
  }
  if (show < nk) {
    double rest = 0;
    for (int i = show; i < nk; i++) rest += b->rows[i].secs;
    printf("  ... %d more kernels, %.3f ms in all (-v lists them)\n", nk - show, rest * 1e3);
  }
}

static void report_text(const Bench *b, const Summary *r) {
  const Update *u = &b->upd;
  int nk = b->nk, unk = b->unk;
  printf("llmc bench %s: %s of model %s, B=%lld T=%lld\n", b->o.files.v[0], b->what, b->m->name, (long long)b->batch,
         (long long)b->seq);
  printf("device:            %s\n", b->devname);
  if (!b->dev) {
    printf("fused:             no (the reference interpreter runs IR node by IR node)\n");
    printf("kernels per step:  0 (no kernels: timing ir_interp, %d IR nodes%s)\n", b->g->nodes.n,
           u->g ? ", then the update's graph" : "");
  } else {
    printf("fused:             %s\n", b->fused ? "yes" : "no (--no-fuse)");
    if (u->g)
      printf("kernels per step:  %d (%d loss + gradients, %d AdamW update)\n", nk, nk - unk, unk);
    else
      printf("kernels per step:  %d\n", nk);
  }
  if (u->g)
    printf("update:            AdamW over %lld parameters (flat), lr %g, betas %g/%g, eps %g, weight decay %g, "
           "clip %g%s\n",
           (long long)rt_flat_numel(&u->layout), u->opts.lr, u->opts.beta1, u->opts.beta2, u->opts.eps,
           u->opts.weight_decay, u->opts.clip, b->m->train.present ? "" : " (PyTorch defaults)");
  printf("step time:         %.3f ms median of %d (min %.3f, max %.3f; after %d warm-up steps)\n", r->step * 1e3,
         b->steps, r->tmin * 1e3, r->tmax * 1e3, WARMUP_STEPS);
  if (u->g)
    printf("                   (the update counts %s; packing the flat vectors on the host, %.3f ms per step, "
           "does not)\n",
           b->dev ? "its kernels' device time" : "the interpreter's time", u->host_s / u->t * 1e3);
  printf("tokens/s:          %.0f\n", r->tps);
  if (b->dev)
    printf("compile:           %.2f s from the start to the end of the first step; %d unique kernels, %.0f KB of source\n",
           b->compile_s, b->kunique, (double)b->source_bytes / 1e3);
  if (b->dev) {
    printf("peak memory:       %.3f MB\n", (double)b->peak / 1e6);
    printf("kernel time:       %.3f ms per step (sum of device timers, launches waited for one by one)\n\n",
           r->ksum / b->steps * 1e3);
    report_kernels(b, r);
  }
}

int cmd_bench(int argc, char **argv) {
  Bench b = {0};
  b.start = now_s();
  int status = bench_parse(&b, argc, argv);
  if (status < 0) {
    bool ok = bench_setup(&b) && (b.dev ? bench_plan(&b) && bench_device(&b) : bench_ref(&b));
    if (ok) {
      Summary r = summarise(&b);
      if (b.o.json) report_json(&b, &r);
      else report_text(&b, &r);
    }
    status = ok ? 0 : 1;
  }
  bench_free(&b);
  return status;
}
