/* pipeline.h — the compiler's pass list, in one place (docs/architecture.md).
 *
 *   lower -> verify -> autodiff -> verify -> simplify -> verify
 *         -> fuse -> verify the schedule -> kernels (lower and render each item) -> emit
 *
 * Every caller runs the same list: `llmc ir` stops after a graph pass,
 * `llmc compile` runs it to the end and emits files, `llmc run`, `grad` and
 * `bench` stop after the kernels and hand them to the runtime (pl_plan_new),
 * which only builds them on the device, plans memory and launches. Graphs
 * that do not come from a .llm program (the AdamW update, train/optim.h)
 * enter the list at simplify or fuse.
 *
 * The library reads no environment: the driver turns LLMC_KERNEL_FORM and
 * LLMC_PLAN_DUMP into PlOptions.gpu_form and PlOptions.emit_dir. */
#ifndef LLMC_PIPELINE_H
#define LLMC_PIPELINE_H

#include "codegen.h"
#include "frontend.h"
#include "fuse.h"
#include "plan.h"

/* The stop points of the list, in order. 0 in PlOptions.start means lower,
 * 0 in PlOptions.stop means emit (run everything). */
typedef enum PlPass {
  PL_LOWER = 1, /* the entry function to IR (fe_lower), the finetune block's LoRA rewrite (docs/peft.md), ir_verify */
  PL_AUTODIFF,  /* the gradients of `loss` w.r.t. the trainable parameters (when grad), then ir_verify */
  PL_SIMPLIFY,  /* ir_simplify, then ir_verify */
  PL_FUSE,      /* sched_plan, then sched_verify */
  PL_KERNELS,   /* cg_render of every schedule item: kernel AST, then source */
  PL_EMIT,      /* the kernel files and plan.txt into emit_dir (nothing when it is NULL) */
} PlPass;

/* The pass called `name` ("lower", ..., "emit"), or 0 when there is none. */
PlPass pl_pass_by_name(const char *name);
const char *pl_pass_name(PlPass p);

typedef struct PlOptions {
  PlPass start, stop;       /* the first and the last pass to run (0: lower, emit) */
  /* lower and autodiff (start == lower only) */
  const char *entry;        /* the model function (forward, loss, ...) */
  bool training;            /* lower with training = true (dropout active) */
  bool grad;                /* append the gradients of the `loss` output */
  /* fuse and kernels: the target */
  bool no_fuse;             /* one kernel per IR node */
  Dialect dialect;
  bool cpu;                 /* the kernel forms for an OpenCL CPU device (PoCL) */
  bool gpu_form;            /* pl_plan_*: the GPU forms even on a CPU device (LLMC_KERNEL_FORM=gpu) */
  const int64_t *sym_val;   /* specialise every kernel to these shape-variable values, or NULL */
  bool guard;               /* pl_plan_*: guard bands around every value, checked after each launch (LLMC_GUARD=1) */
  /* emit */
  const char *emit_dir;     /* write NAME.cl / NAME.cu and plan.txt here (LLMC_PLAN_DUMP, llmc compile -o) */
} PlOptions;

/* What the list produced, up to where it stopped. */
typedef struct PlOutput {
  Graph *g;         /* the graph after the last graph pass */
  Schedule *sched;  /* after fuse: the kernels in launch order */
  Kernel **kern;    /* after kernels: kern[q] renders sched->k[q], q < sched->nk */
} PlOutput;

/* Runs the pass list from o->start to o->stop. From lower, prog gives the
 * program (g is NULL); from simplify or fuse, g is the graph to start from,
 * which *out takes over. Returns false after reporting through d. Either
 * way *out holds what the passes made, for pl_output_free. */
bool pl_run(Program *prog, Graph *g, const PlOptions *o, PlOutput *out, Diag *d);
void pl_output_free(PlOutput *out); /* frees what it holds; accepts an empty one */
/* The graph passes only (lower -> autodiff when grad -> simplify, each
 * verified) for an entry of prog: the graph a device plan or the interpreter
 * then runs. NULL after reporting. */
Graph *pl_build_graph(Program *prog, const char *entry, bool training, bool grad, Diag *d);

/* Writes every kernel as NAME.cl or NAME.cu and the plan in a readable form
 * (plan.txt) into dir, which is created if missing: the emit pass. */
bool pl_emit(const Graph *g, const Schedule *s, Kernel *const *kern, const char *dir, Diag *d);

/* Sets o's dialect and kernel forms for dev: CUDA C on CUDA, OpenCL C
 * elsewhere; the CPU forms on an OpenCL CPU device unless o->gpu_form. */
void pl_target(PlOptions *o, const Device *dev);
/* Builds the kernels of out on dev: the plan takes over out's schedule and
 * kernels; out keeps the graph, which must outlive the plan. NULL after
 * reporting. */
Plan *pl_plan_new(Device *dev, PlOutput *out, Diag *d);
/* fuse -> verify -> kernels -> emit for a graph made elsewhere (borrowed: it
 * must outlive the plan), for dev, then pl_plan_new. o may be NULL (fused,
 * not specialised); its start, stop, dialect and cpu are ignored. With
 * o->emit_dir, the kernels and plan.txt go to emit_dir/ENTRY (the graph's
 * entry: loss, forward, adamw, ...), or ENTRY-2, ENTRY-3 when taken, so that
 * the several plans of one command do not overwrite each other. */
Plan *pl_plan_graph(Device *dev, const Graph *g, const PlOptions *o, Diag *d);


/* Incremental decoding for an entry of prog (ir/decode.h): builds its graph
 * (pl_build_graph, not training, no gradients) and derives the prefill and
 * decode graphs with caches of info->ctx rows (set it before the call: the
 * longest sequence, the config's ctx). False with *prefill and *decode NULL: after
 * reporting when the graph could not be built, or with info->why (a one-line
 * reason, nothing reported) when the model's attention cannot be rewritten,
 * and the caller then recomputes the whole window for each token. */
struct DecodeInfo;
bool pl_decode_graphs(Program *prog, const char *entry, Graph **prefill, Graph **decode, struct DecodeInfo *info,
                      Diag *d);

#endif
