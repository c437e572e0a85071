/* cmd_ir.c — `llmc ir`, `llmc run`, `llmc grad` and `llmc compile`: the pass
 * list (pipeline/pipeline.h) stopped at the point each command needs, and
 * running graphs on the reference interpreter or a device. */
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "init.h"
#include "interp.h"
#include "safetensors.h"

/* --after: the graph passes of the pass list (pipeline/pipeline.h). */
static bool known_pass(const char *p) {
  PlPass pass = pl_pass_by_name(p);
  return pass >= PL_LOWER && pass <= PL_SIMPLIFY;
}

static const char *default_entry(const Model *m) { return m->has_loss ? "loss" : "forward"; }

int cmd_ir(int argc, char **argv) {
  Opts o = {0};
  int rc = cli_parse(argc, argv, &o, "--entry --grad --after --dot --set -I --data-dir --stdlib");
  if (rc || o.files.n != 1) {
    if (!rc) cli_error("llmc ir: expects one FILE; see 'llmc ir --help'");
    cli_opts_free(&o);
    return rc == 1 ? 0 : 2;
  }
  if (o.after && !known_pass(o.after)) {
    cli_error("llmc ir: unknown pass '%s' for --after; the passes are lower, autodiff and simplify", o.after);
    cli_opts_free(&o);
    return 2;
  }
  Diag d;
  cli_diag_init(&d, &o);
  Program *p = cli_load(&o, o.files.v[0], &d);
  int status = 1;
  if (p) {
    const char *entry = o.entry ? o.entry : default_entry(fe_model(p));
    PlOptions po = {.entry = entry, .training = o.grad, .grad = o.grad};
    po.stop = o.after ? pl_pass_by_name(o.after) : PL_SIMPLIFY;
    PlOutput out;
    bool ok = pl_run(p, NULL, &po, &out, &d);
    Graph *g = out.g;
    if (ok) {
      StrBuf b = {0};
      if (o.dot) ir_print_dot(&b, g);
      else ir_print(&b, g);
      fputs(sb_cstr(&b), stdout);
      sb_free(&b);
      status = 0;
    }
    pl_output_free(&out);
  }
  fe_program_free(p);
  diag_free(&d);
  cli_opts_free(&o);
  return status;
}

/* ---- running on the reference backend ---------------------------------------- */

static void shape_text(char *buf, size_t n, int rank, const int64_t *dims) {
  size_t k = (size_t)snprintf(buf, n, "[");
  for (int i = 0; i < rank && k < n; i++) k += (size_t)snprintf(buf + k, n - k, "%s%lld", i ? ", " : "", (long long)dims[i]);
  if (k < n) snprintf(buf + k, n - k, "]");
}

/* Parameters from --params (checked against the model) or --init. */
static bool load_params(const Opts *o, const Model *m, TensorList *params, Diag *d) {
  if (o->have_init == (o->params != NULL)) {
    cli_error("give exactly one of --params P.safetensors and --init SEED");
    return false;
  }
  if (o->have_init) {
    for (int i = 0; i < m->params.n; i++) {
      const ParamInfo *pi = &m->params.v[i];
      tl_add(params, rt_init_tensor(pi->name, pi->dtype, pi->rank, pi->dims, (RtInit)pi->init, pi->init_a, pi->init_b,
                                    o->init_seed));
    }
    return true;
  }
  if (!st_read(o->params, params, d)) return false;
  bool ok = true;
  int unknown = 0;
  for (int i = 0; i < params->v.n; i++) {
    const Tensor *t = params->v.v[i];
    const ParamInfo *pi = NULL;
    for (int k = 0; k < m->params.n && !pi; k++)
      if (!strcmp(m->params.v[k].name, t->name)) pi = &m->params.v[k];
    if (!pi && ++unknown > 5) {
      ok = false;
      continue;
    }
    if (!pi) {
      const char *cands[4096];
      int nc = 0;
      for (int k = 0; k < m->params.n && nc < 4096; k++) cands[nc++] = m->params.v[k].name;
      const char *sug = diag_closest(t->name, cands, nc);
      cli_error("%s: tensor '%s' is not a parameter of model %s%s%s%s", o->params, t->name, m->name,
                sug ? "; did you mean '" : "", sug ? sug : "", sug ? "'?" : "");
      ok = false;
      continue;
    }
    bool same = t->rank == pi->rank;
    for (int k = 0; same && k < t->rank; k++) same = t->shape[k] == pi->dims[k];
    if (!same) {
      char a[128], b[128];
      shape_text(a, sizeof a, pi->rank, pi->dims);
      shape_text(b, sizeof b, t->rank, t->shape);
      cli_error("%s: parameter '%s' should have shape %s but has %s", o->params, t->name, a, b);
      ok = false;
    }
    if (t->dtype == DT_I32) {
      cli_error("%s: parameter '%s' is i32; parameters are floating point", o->params, t->name);
      ok = false;
    }
  }
  if (unknown > 5) cli_error("%s: ... and %d more tensors that are not parameters of model %s", o->params, unknown - 5, m->name);
  return ok;
}

static bool run_graph(const Opts *o, Device *dev, const Graph *g, const TensorList *params, TensorList *out, Diag *d) {
  TensorList inputs = {0};
  bool ok = false;
  if (!o->inputs) {
    bool needs = false;
    for (int i = 0; i < g->nodes.n; i++) needs |= g->nodes.v[i].op == OP_INPUT;
    if (needs) {
      cli_error("--inputs I.safetensors is required: the entry '%s' takes arguments", g->entry);
      return false;
    }
  } else if (!st_read(o->inputs, &inputs, d)) {
    return false;
  }
  InterpOptions io = {0};
  io.compute = DT_F32;
  io.seed = o->seed;
  if (o->precision && !strcmp(o->precision, "f64")) io.compute = DT_F64;
  else if (o->precision && strcmp(o->precision, "f32")) {
    cli_error("--precision must be f32 or f64, found '%s'", o->precision);
    goto done;
  }
  if (!dev) {
    ok = ir_interp(g, &inputs, params, &io, out, d);
    if (o->verbose) fprintf(stderr, "llmc: ran %d IR nodes on the reference interpreter\n", g->nodes.n);
    goto done;
  }
  if (io.compute == DT_F64) {
    cli_error("--precision f64 is only supported by --backend ref");
    goto done;
  }
  if (o->verbose) rt_set_verbose(dev, true);
  /* the rest of the pass list (fuse ... kernels) for this device */
  PlOptions po = {0};
  cli_env_options(&po);
  Plan *plan = pl_plan_graph(dev, g, &po, d);
  if (!plan) goto done;
  rt_plan_set_seed(plan, o->seed);
  if (o->verbose) {
    int built, loaded;
    rt_plan_cache_counts(plan, &built, &loaded);
    fprintf(stderr, "llmc: %s: %d kernels (%d built, %d loaded from the kernel cache)\n", rt_device_info(dev)->name,
            rt_plan_kernels(plan), built, loaded);
  }
  ok = rt_plan_run(plan, &inputs, params, out, o->verbose ? stderr : NULL, d);
  rt_plan_free(plan);
done:
  tl_free(&inputs);
  return ok;
}

static int run_or_grad(int argc, char **argv, bool grad) {
  Opts o = {0};
  int rc = cli_parse(argc, argv, &o,
                     grad ? "--params --init --inputs -o --backend --device --precision --seed --set -I --data-dir --stdlib"
                          : "--entry --params --init --inputs -o --backend --device --precision --seed --train --set -I "
                            "--data-dir --stdlib");
  if (rc || o.files.n != 1) {
    if (!rc) cli_error("llmc %s: expects one FILE; see 'llmc %s --help'", cli_current->name, cli_current->name);
    cli_opts_free(&o);
    return rc == 1 ? 0 : 2;
  }
  if (!o.out) {
    cli_error("llmc %s: -o OUT.safetensors is required", cli_current->name);
    cli_opts_free(&o);
    return 2;
  }
  const char *why = NULL;
  if (!cli_check_backend(&o) || (strcmp(o.out, "-") && !sup_output_replaceable(o.out, &why))) {
    if (why) cli_error("%s: refusing to replace it: it is %s, not a regular file (remove it or give another path)", o.out, why);
    cli_opts_free(&o);
    return 2;
  }
  Diag d;
  cli_diag_init(&d, &o);
  int status = 1;
  TensorList params = {0}, out = {0};
  Graph *g = NULL;
  Device *dev = NULL;
  Program *p = cli_load(&o, o.files.v[0], &d);
  if (!p) goto done;
  const Model *m = fe_model(p);
  const char *entry = grad ? "loss" : o.entry ? o.entry : "forward";
  if (grad && !m->has_loss) {
    cli_error("llmc grad: model %s has no 'loss' function", m->name);
    goto done;
  }
  if (!load_params(&o, m, &params, &d)) goto done;
  PlOutput built;
  bool ok = pl_run(p, NULL, &(PlOptions){.entry = entry, .training = grad || o.train, .grad = grad, .stop = PL_SIMPLIFY},
                   &built, &d);
  g = built.g;
  if (!ok || !cli_open_device(&o, &dev, &d) || !run_graph(&o, dev, g, &params, &out, &d)) goto done;
  if (grad) {
    /* every trainable parameter gets a gradient; those the loss does not reach are zero */
    for (int i = 0; i < m->params.n; i++) {
      const ParamInfo *pi = &m->params.v[i];
      if (pi->frozen) continue;
      char name[1024];
      snprintf(name, sizeof name, "grad.%s", pi->name);
      if (!tl_find(&out, name))
        tl_add(&out, tensor_new(name, o.precision && !strcmp(o.precision, "f64") ? DT_F64 : pi->dtype, pi->rank, pi->dims));
    }
  }
  if (!st_write(o.out, &out, &d)) goto done;
  if (o.verbose)
    for (int i = 0; i < out.v.n; i++) {
      char s[128];
      shape_text(s, sizeof s, out.v.v[i]->rank, out.v.v[i]->shape);
      fprintf(stderr, "llmc: wrote %s %s %s\n", out.v.v[i]->name, dtype_name(out.v.v[i]->dtype), s);
    }
  status = 0;
done:
  ir_graph_free(g);
  rt_device_close(dev);
  tl_free(&params);
  tl_free(&out);
  fe_program_free(p);
  diag_free(&d);
  cli_opts_free(&o);
  return status;
}

int cmd_run(int argc, char **argv) { return run_or_grad(argc, argv, false); }
int cmd_grad(int argc, char **argv) { return run_or_grad(argc, argv, true); }

static double seconds_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* --build: the unique kernels of `out` compiled by the target's compiler, and
 * how long that took. CUDA: NVRTC to PTX, no GPU needed (for the GPU's
 * architecture when one is present, else the newest NVRTC knows). OpenCL: the
 * default OpenCL device builds them through the kernel cache, as a plan
 * would (`bench` then reports the same under compile_s). */
static bool build_kernels(const PlOutput *out, const char *target, Diag *d) {
  int nk = out->sched->nk, nu = 0;
  const char **srcs = xmalloc(sizeof(char *) * (size_t)(nk ? nk : 1));
  const char **names = xmalloc(sizeof(char *) * (size_t)(nk ? nk : 1));
  size_t bytes = 0;
  for (int q = 0; q < nk; q++) {
    int u = 0;
    while (u < nu && strcmp(names[u], out->kern[q]->name)) u++;
    if (u < nu) continue;
    srcs[nu] = out->kern[q]->source;
    names[nu++] = out->kern[q]->name;
    bytes += strlen(out->kern[q]->source);
  }
  bool ok = false;
  double t0 = seconds_now();
  if (!strcmp(target, "cuda")) {
    int major = 0, minor = 0, arch = 0;
    Device *gpu = rt_backend_status(DEV_CUDA) ? NULL : rt_device_open(DEV_CUDA, 0, NULL);
    if (gpu) {
      const char *a = rt_device_info(gpu)->arch; /* "sm_90" */
      arch = (int)strtol(a + (strncmp(a, "sm_", 3) ? 0 : 3), NULL, 10);
      rt_device_close(gpu);
    }
    if (!rt_nvrtc_version(&major, &minor)) {
      diag_plain(d, "--build: NVRTC cannot be loaded ('llmc devices' says why)");
    } else {
      if (!arch) arch = rt_nvrtc_newest_arch();
      char archs[32];
      snprintf(archs, sizeof archs, "compute_%d", arch);
      int programs = 0;
      size_t ptx = 0;
      t0 = seconds_now();
      ok = rt_nvrtc_compile_all(srcs, names, nu, archs, &programs, &ptx, d);
      if (ok)
        fprintf(stderr,
                "llmc: NVRTC %d.%d compiled the %d unique kernels (%d launches, %.0f KB of CUDA C) to PTX for %s in "
                "%.2f s (%d programs on %d threads, %.0f KB of PTX)\n",
                major, minor, nu, nk, (double)bytes / 1e3, archs, seconds_now() - t0, programs, programs,
                (double)ptx / 1e3);
    }
  } else {
    Device *dev = rt_device_open(DEV_OPENCL, 0, d);
    cli_device_setup(dev);
    if (dev) {
      DevKernel **ks = xcalloc((size_t)(nu ? nu : 1), sizeof *ks);
      int built = 0, loaded = 0;
      t0 = seconds_now();
      ok = rt_build_parallel(dev, srcs, names, NULL, nu, ks, &built, &loaded, d);
      if (ok)
        fprintf(stderr,
                "llmc: %s built the %d unique kernels (%d launches, %.0f KB of OpenCL C) in %.2f s (%d compiled, %d "
                "loaded from the kernel cache)\n",
                rt_device_info(dev)->name, nu, nk, (double)bytes / 1e3, seconds_now() - t0, built, loaded);
      for (int u = 0; u < nu; u++) rt_kernel_free(dev, ks[u]);
      free(ks);
      rt_device_close(dev);
    }
  }
  free(srcs);
  free(names);
  return ok;
}

/* llmc compile FILE --target opencl|opencl-cpu|cuda -o DIR [--entry E] [--no-fuse] [--build] */
int cmd_compile(int argc, char **argv) {
  Opts o = {0};
  const char *target = NULL;
  int rc = cli_parse(argc, argv, &o, "--target --entry -o --set -I --data-dir --stdlib --no-fuse --build");
  if (!rc) target = o.backend;
  if (rc || o.files.n != 1 || !o.out || !target ||
      (strcmp(target, "opencl") && strcmp(target, "opencl-cpu") && strcmp(target, "cuda"))) {
    if (!rc)
      cli_error("usage: llmc compile FILE --target opencl|opencl-cpu|cuda -o DIR [--entry E] [--no-fuse] [--build]");
    cli_opts_free(&o);
    return rc == 1 ? 0 : 2;
  }
  Diag d;
  cli_diag_init(&d, &o);
  int status = 1;
  Program *p = cli_load(&o, o.files.v[0], &d);
  if (p) {
    const Model *m = fe_model(p);
    /* the default is the training step: loss and its gradients; else forward */
    const char *entry = o.entry ? o.entry : default_entry(m);
    bool grad = !strcmp(entry, "loss");
    PlOptions po = {.entry = entry, .training = grad, .grad = grad, .no_fuse = o.no_fuse, .emit_dir = o.out};
    po.dialect = !strcmp(target, "cuda") ? DIALECT_CUDA : DIALECT_OPENCL;
    po.cpu = !strcmp(target, "opencl-cpu");
    PlOutput out; /* the whole pass list, to emit */
    if (pl_run(p, NULL, &po, &out, &d)) {
      fprintf(stderr, "llmc: wrote the kernels of '%s'%s and plan.txt to %s\n", entry, grad ? " (with gradients)" : "",
              o.out);
      status = o.build && !build_kernels(&out, target, &d) ? 1 : 0;
    }
    pl_output_free(&out);
  }
  fe_program_free(p);
  diag_free(&d);
  cli_opts_free(&o);
  return status;
}
