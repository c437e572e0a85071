/* plan.h — a compiled graph for one device: a kernel per IR node (one op per
 * kernel until the fusion pass groups them), a launch order, and a memory
 * plan that reuses buffers by liveness. The executor binds the symbolic dims
 * of each call, lays out memory for them, and launches step after step with
 * no recompilation. */
#ifndef LLMC_PLAN_H
#define LLMC_PLAN_H

#include "codegen.h"
#include "device.h"
#include "tensor.h"

typedef struct Plan Plan;

/* Generates and builds every kernel of g for dev (through the kernel cache).
 * g must stay alive while the plan is used. NULL after reporting. */
Plan *rt_plan_new(Device *dev, const Graph *g, Diag *d);
/* The same, with fusion on or off (off: one kernel per IR node). */
Plan *rt_plan_new_opts(Device *dev, const Graph *g, bool fuse, Diag *d);
/* The same, with every kernel specialised to the shape-variable values vals
 * (g->syms.n of them; NULL: not specialised): dims are constants in the
 * kernel sources, so index arithmetic is by constants. Running it with
 * inputs of other shapes is an error. A trainer (fixed batch and sequence
 * length) and `llmc bench` use it. */
Plan *rt_plan_new_spec(Device *dev, const Graph *g, bool fuse, const int64_t *vals, Diag *d);
void rt_plan_free(Plan *p); /* accepts NULL */
int rt_plan_kernels(const Plan *p);
void rt_plan_cache_counts(const Plan *p, int *built, int *loaded);
const Kernel *rt_plan_kernel(const Plan *p, int i);

/* The seed RAND kernels draw from (as InterpOptions.seed). */
void rt_plan_set_seed(Plan *p, uint64_t seed);
/* Runs the plan: inputs and params by name, as ir_interp takes them; outputs
 * named after the graph's outputs, in their dtypes. `log` (may be NULL) gets
 * one line per launch (name, time, GB/s, GFLOP/s) and the peak memory. */
bool rt_plan_run(Plan *p, const TensorList *inputs, const TensorList *params, TensorList *out, FILE *log, Diag *d);
/* One kernel's launch in a run, for `llmc bench`: its time on the device
 * (rt_last_launch_seconds), its work items and its cost estimates (Kernel.bytes
 * and Kernel.flops evaluated for the run's shapes; 0 when not representable). */
typedef struct RtKernelStat {
  double seconds, bytes, flops;
  int64_t items; /* 0: not launched (an empty tensor) */
} RtKernelStat;
/* rt_plan_run that waits for each launch and fills stats[i] for the kernel
 * rt_plan_kernel(p, i), i < rt_plan_kernels(p). Slower than rt_plan_run by the
 * synchronisation after every launch; the outputs are the same. */
bool rt_plan_run_stats(Plan *p, const TensorList *inputs, const TensorList *params, TensorList *out,
                       RtKernelStat *stats, Diag *d);
/* The peak device memory of the last run, in bytes. */
uint64_t rt_plan_peak_bytes(const Plan *p);

/* Writes every kernel as a source file (NAME.cl or NAME.cu) and the plan in a
 * readable form (plan.txt) into dir, which is created if missing. */
bool rt_plan_dump(const Plan *p, const char *dir, Diag *d);
/* The same without a device: generates the kernels for a dialect only; cpu:
 * the kernels an OpenCL CPU device (PoCL) gets, else those of a GPU. */
bool rt_compile_to_dir(const Graph *g, Dialect dialect, bool fuse, bool cpu, const char *dir, Diag *d);

#endif
