/* cmd_bench.c — `llmc bench`: times the training step (or forward) of a model
 * on a device, whole steps and kernel by kernel. */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "init.h"
#include "interp.h"
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

int cmd_bench(int argc, char **argv) {
  Opts o = {0};
  int rc = cli_parse(argc, argv, &o, "--entry --no-fuse --steps --json --backend --device --set -I --data-dir --stdlib");
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
      double t1 = now_s();
      tl_free(&out);
      if (!ok) goto done;
      if (s >= 0) times[s] = t1 - t0;
    }
  } else {
    const DeviceInfo *di = rt_device_info(dev);
    snprintf(devname, sizeof devname, "%s:%d %s", rt_kind_name(di->kind), di->index, di->name);
    if (o.verbose) rt_set_verbose(dev, true);
    double t0 = now_s();
    plan = rt_plan_new_opts(dev, g, fused, &d);
    if (!plan) goto done;
    nk = rt_plan_kernels(plan);
    if (!o.json || o.verbose) {
      int built, loaded;
      rt_plan_cache_counts(plan, &built, &loaded);
      fprintf(stderr, "llmc bench: %d kernels ready in %.1f s (%d built, %d loaded from the kernel cache)\n", nk,
              now_s() - t0, built, loaded);
    }
    stats = xcalloc((size_t)(nk ? nk : 1), sizeof *stats);
    rows = xcalloc((size_t)(nk ? nk : 1), sizeof *rows);
    for (int i = 0; i < nk; i++) rows[i].name = rt_plan_kernel(plan, i)->name;
    /* warm-up, then whole steps, then steps kernel by kernel */
    for (int s = -WARMUP_STEPS; s < steps; s++) {
      TensorList out = {0};
      double a = now_s();
      bool ok = rt_plan_run(plan, &inputs, &params, &out, NULL, &d);
      double b = now_s();
      tl_free(&out);
      if (!ok) goto done;
      if (s >= 0) times[s] = b - a;
    }
    for (int s = 0; s < steps; s++) {
      TensorList out = {0};
      bool ok = rt_plan_run_stats(plan, &inputs, &params, &out, stats, &d);
      tl_free(&out);
      if (!ok) goto done;
      for (int i = 0; i < nk; i++) {
        if (stats[i].items <= 0) continue;
        rows[i].calls++;
        rows[i].secs += stats[i].seconds;
        rows[i].bytes += stats[i].bytes;
        rows[i].flops += stats[i].flops;
      }
    }
    peak = rt_plan_peak_bytes(plan);
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
           "\"step_ms\": %.4f, \"step_min_ms\": %.4f, \"kernel_ms_per_step\": %.4f, \"tokens_per_s\": %.1f, "
           "\"peak_bytes\": %llu, \"kernels\": [",
           entry, fused ? "true" : "false", (long long)batch, (long long)seq, steps, nk, step * 1e3, tmin * 1e3,
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
      printf("kernels per step:  0 (no kernels: timing ir_interp, %d IR nodes)\n", g->nodes.n);
    } else {
      printf("fused:             %s\n", fused ? "yes" : "no (--no-fuse)");
      printf("kernels per step:  %d\n", nk);
    }
    printf("step time:         %.3f ms median of %d (min %.3f, max %.3f; after %d warm-up steps)\n", step * 1e3, steps,
           tmin * 1e3, tmax * 1e3, WARMUP_STEPS);
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
