/* pipeline.c — the pass list (pl_run) and the passes that are more than one
 * call: autodiff's choice of what to differentiate, the kernels of a
 * schedule, and handing them to the runtime. */
#include "pipeline.h"

#include <string.h>
#include <sys/stat.h>

#include "decode.h"
#include "model.h"
#include "fe_peft.h"

static const char *const PASS_NAMES[] = {NULL, "lower", "autodiff", "simplify", "fuse", "kernels", "emit"};

PlPass pl_pass_by_name(const char *name) {
  for (int p = PL_LOWER; p <= PL_EMIT; p++)
    if (name && !strcmp(name, PASS_NAMES[p])) return (PlPass)p;
  return 0;
}

const char *pl_pass_name(PlPass p) { return p >= PL_LOWER && p <= PL_EMIT ? PASS_NAMES[p] : "?"; }

/* peft: the finetune block's LoRA terms and adapters added to the lowered
 * graph, then its prompt prepended (the graph is replaced), before autodiff
 * differentiates them. */
static bool pass_peft(Program *prog, Graph **g, bool training, Diag *d) {
  const Model *m = fe_model(prog);
  if (fe_base_only(prog)) return true; /* the base model (fe_set_base_only) */
  char *todo = fe_peft_unsupported(m);
  if (todo) {
    diag_plain(d, "%s (docs/peft.md)", todo);
    free(todo);
    return false;
  }
  IrPeft p = {.training = training};
  IrLora *l;
  IrAdapter *a;
  p.nlora = fe_peft_loras(m, &l);
  p.nadapter = fe_peft_adapters(m, &a);
  p.lora = l;
  p.adapter = a;
  int hits = 0;
  Graph *r = p.nlora || p.nadapter ? ir_peft(*g, &p, &hits) : NULL;
  fe_peft_loras_free(l, p.nlora);
  fe_peft_adapters_free(a, p.nadapter);
  if (r) {
    ir_graph_free(*g);
    *g = r;
  }
  IrPrompt pr;
  if (!fe_peft_prompt(m, &pr)) return true;
  if (!(r = ir_prompt(*g, &pr, d))) return false;
  ir_graph_free(*g);
  *g = r;
  return true;
}

/* autodiff: the gradients of the `loss` output with respect to every
 * trainable (not frozen) parameter of the model. */
static bool pass_autodiff(Program *prog, Graph *g, const char *entry, Diag *d) {
  const Model *m = fe_model(prog);
  int32_t loss = -1;
  for (int i = 0; i < g->outputs.n; i++)
    if (!strcmp(g->outputs.v[i].name, "loss")) loss = g->outputs.v[i].node;
  if (loss < 0) {
    diag_plain(d, "--grad needs the loss entry; '%s' has no scalar 'loss' output", entry);
    return false;
  }
  VEC(const char *) wrt = {0};
  for (int i = 0; i < m->params.n; i++)
    if (!m->params.v[i].frozen) vec_push(&wrt, m->params.v[i].name);
  bool ok = ir_autodiff(g, loss, wrt.v, wrt.n, d);
  vec_free(&wrt);
  return ok;
}

/* simplify: builds a new graph; the old one is freed. */
static bool pass_simplify(Graph **g) {
  Graph *s = ir_simplify(*g);
  ir_graph_free(*g);
  *g = s;
  return s != NULL;
}

/* fuse: the schedule for the target. sym_max stays NULL (no bounds on the
 * shape variables are known here). */
static bool pass_fuse(PlOutput *out, const PlOptions *o, Diag *d) {
  if (o->sym_val && out->g->syms.n > LLMC_MAX_SYMS) {
    diag_plain(d, "the graph has more than %d shape variables", LLMC_MAX_SYMS);
    return false;
  }
  SchedOptions so = {!o->no_fuse, o->cpu && o->dialect == DIALECT_OPENCL, o->sym_val, NULL};
  out->sched = sched_plan(out->g, &so);
  return true;
}

/* kernels: every item of the schedule lowered to a kernel AST and rendered
 * as source in the target's dialect. */
static bool pass_kernels(PlOutput *out, Dialect dialect, Diag *d) {
  int nk = out->sched->nk;
  out->kern = xcalloc((size_t)(nk ? nk : 1), sizeof(Kernel *));
  for (int q = 0; q < nk; q++)
    if (!(out->kern[q] = cg_render(out->g, out->sched, q, dialect, d))) return false;
  return true;
}

/* The pass list. Each pass runs when the list has reached it (start) and the
 * list ends after `stop`; a verifier follows every pass that changes the IR
 * or makes the schedule. */
bool pl_run(Program *prog, Graph *g, const PlOptions *o, PlOutput *out, Diag *d) {
  PlPass start = o->start ? o->start : PL_LOWER, stop = o->stop ? o->stop : PL_EMIT;
  *out = (PlOutput){.g = g};
  if (start <= PL_LOWER) {
    if (!(out->g = fe_lower(prog, o->entry, o->training))) return false;
    if (!ir_verify(out->g, d)) return false;
    if (!pass_peft(prog, &out->g, o->training, d) || !ir_verify(out->g, d)) return false;
  }
  if (stop == PL_LOWER) return true;
  if (start <= PL_AUTODIFF && o->grad) {
    if (!pass_autodiff(prog, out->g, o->entry, d)) return false;
    if (!ir_verify(out->g, d)) return false;
  }
  if (stop == PL_AUTODIFF) return true;
  if (start <= PL_SIMPLIFY) {
    if (!pass_simplify(&out->g)) return false;
    if (!ir_verify(out->g, d)) return false;
  }
  if (stop == PL_SIMPLIFY) return true;
  if (!pass_fuse(out, o, d)) return false;
  if (!sched_verify(out->g, out->sched, d)) return false;
  if (stop == PL_FUSE) return true;
  if (!pass_kernels(out, o->dialect, d)) return false;
  if (stop == PL_KERNELS) return true;
  if (o->emit_dir && !pl_emit(out->g, out->sched, out->kern, o->emit_dir, d)) return false;
  return true;
}

void pl_output_free(PlOutput *out) {
  for (int q = 0; out->kern && q < out->sched->nk; q++) cg_kernel_free(out->kern[q]);
  free(out->kern);
  sched_free(out->sched);
  ir_graph_free(out->g);
  *out = (PlOutput){0};
}

/* ---- handing the kernels to the runtime ------------------------------------------ */

void pl_target(PlOptions *o, const Device *dev) {
  const DeviceInfo *info = rt_device_info(dev);
  o->dialect = info->kind == DEV_CUDA ? DIALECT_CUDA : DIALECT_OPENCL;
  o->cpu = info->kind == DEV_OPENCL && !info->is_gpu && !o->gpu_form;
}

Plan *pl_plan_new(Device *dev, PlOutput *out, Diag *d) {
  Plan *p = rt_plan_new(dev, out->g, out->sched, out->kern, d);
  out->sched = NULL;
  out->kern = NULL;
  return p;
}

Graph *pl_build_graph(Program *prog, const char *entry, bool training, bool grad, Diag *d) {
  PlOutput out;
  PlOptions po = {.entry = entry, .training = training, .grad = grad, .stop = PL_SIMPLIFY};
  if (!pl_run(prog, NULL, &po, &out, d)) {
    pl_output_free(&out);
    return NULL;
  }
  Graph *g = out.g;
  out.g = NULL;
  pl_output_free(&out);
  return g;
}

Plan *pl_plan_graph(Device *dev, const Graph *g, const PlOptions *o, Diag *d) {
  PlOptions po = o ? *o : (PlOptions){0};
  po.start = PL_FUSE;
  po.stop = PL_EMIT;
  pl_target(&po, dev);
  /* every plan of a command dumps into its own folder: DIR/<entry>, DIR/<entry>-2, ... */
  char *sub = NULL;
  if (po.emit_dir) {
    const char *entry = g->entry && *g->entry ? g->entry : "plan";
    (void)mkdir(po.emit_dir, 0777); /* pl_emit reports what fails */
    sub = xasprintf("%s/%s", po.emit_dir, entry);
    for (int k = 2; sup_is_dir(sub) && k < 1000; k++) {
      free(sub);
      sub = xasprintf("%s/%s-%d", po.emit_dir, entry, k);
    }
    po.emit_dir = sub;
  }
  PlOutput out;
  /* from fuse on, the list reads the graph and never replaces it, so it can
   * be lent: it is taken back before the output is freed */
  bool ok = pl_run(NULL, (Graph *)g, &po, &out, d);
  Plan *p = ok ? pl_plan_new(dev, &out, d) : NULL;
  if (p && po.guard) rt_plan_set_guard(p, true);
  out.g = NULL;
  pl_output_free(&out);
  free(sub);
  return p;
}

bool pl_decode_graphs(Program *prog, const char *entry, Graph **prefill, Graph **decode, struct DecodeInfo *info,
                      Diag *d) {
  *prefill = *decode = NULL;
  IrPrompt pr;
  if (!fe_base_only(prog) && fe_peft_prompt(fe_model(prog), &pr)) { /* the caches would need the prompt's keys and values first */
    snprintf(info->why, sizeof info->why, "prompt tuning: the %lld prompt embeddings are not in the caches",
             (long long)pr.n);
    return false;
  }
  Graph *g = pl_build_graph(prog, entry, false, false, d);
  if (!g) {
    snprintf(info->why, sizeof info->why, "the graph of '%s' could not be built", entry);
    return false;
  }
  bool ok = ir_decode_derive(g, info->ctx, prefill, decode, info, d);
  ir_graph_free(g);
  return ok;
}
