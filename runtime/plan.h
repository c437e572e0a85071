/* plan.h — the plan executor: the kernels the pipeline made for a graph
 * (pipeline/pipeline.h: its schedule, the fused kernels in launch order, and
 * their sources), built on one device, and a memory plan that reuses buffers
 * by liveness. The executor binds the symbolic dims of each call, lays out
 * memory for them, and launches step after step with no recompilation. The
 * runtime decides nothing about fusion or kernel forms. */
#ifndef LLMC_PLAN_H
#define LLMC_PLAN_H

#include "codegen.h"
#include "device.h"
#include "fuse.h"
#include "tensor.h"

typedef struct Plan Plan;

/* Builds the kernels kern[0 .. s->nk) (kern[q] renders s->k[q]) on dev as one
 * program, through the kernel cache. The plan takes over s and kern (kern,
 * the array, is a heap array of s->nk pointers), also on failure. g must
 * outlive the plan. When s was made for shape-variable values (s->sym_val),
 * the plan runs inputs of those shapes only. NULL after reporting. */
Plan *rt_plan_new(Device *dev, const Graph *g, Schedule *s, Kernel **kern, Diag *d);
void rt_plan_free(Plan *p); /* accepts NULL */
int rt_plan_kernels(const Plan *p); /* launches per run */
/* Kernels built: launches of structurally equal kernels (equal Kernel.name)
 * share one. */
int rt_plan_unique_kernels(const Plan *p);
/* Bytes of kernel source built: one source per unique kernel. */
size_t rt_plan_source_bytes(const Plan *p);
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
/* Device-resident values: puts a PARAM or INPUT leaf (by name) or a graph
 * output (by output name) at byte `off` of the caller's buffer `buf` (a region
 * of `bytes` bytes) instead of the plan's arena. A bound leaf is not uploaded:
 * the caller keeps it current, and rt_plan_run's lists need not hold it. A
 * bound output is stored there and not read back: rt_plan_run's `out` lacks
 * it. An output bound over a bound leaf's bytes updates it in place; that is
 * refused unless every kernel reading the leaf runs no later than the one
 * storing the output, and that one reads it element by element (bind the
 * leaves first). A training loop keeps parameters, gradients and optimiser
 * state on the device this way, step after step. Sizes are checked at each
 * run; the caller must keep `buf` alive while the plan runs. */
bool rt_plan_bind(Plan *p, const char *name, DevBuf *buf, size_t off, size_t bytes, Diag *d);

/* Row stores, for caches that grow by one row per run (decoding): graph
 * output `out`, whose axis `axis` has length 1, is stored at row r of the
 * caller's region (`bytes` bytes at byte `off` of `buf`) that holds the same
 * shape with `rows` rows at that axis, where r is the value of the graph's
 * one-element i32 input `index` in each run. The output is not read back. A
 * row outside [0, rows), or a region too small for the shapes, is refused
 * before anything runs. */
bool rt_plan_store_row(Plan *p, const char *out, int axis, DevBuf *buf, size_t off, size_t bytes, int64_t rows,
                       const char *index, Diag *d);
/* Runs every launch of a run (and the row stores) as ONE kernel in one work
 * item (codegen.h: cg_sequence), built at the first run of each memory layout,
 * through the kernel cache. For CPU devices and small graphs, where launches
 * cost more than the work (one decoding step of a small model). Runs with a
 * log or stats still launch kernel by kernel, to time each. False, with *why,
 * when the device is not an OpenCL device or a kernel uses work groups. */
bool rt_plan_sequence(Plan *p, const char **why);
/* A promise that the bound parameters will not change between runs (a
 * generator, an evaluation): kernels that compute only from them and from
 * constants (a transposed embedding table, say) run at the first run of each
 * memory layout, and their values stay in the arena. Returns how many
 * kernels that is. Call after binding the parameters. */
int rt_plan_fixed_params(Plan *p);
/* The sequence kernel's source for the last run (NULL when none). */
const char *rt_plan_sequence_source(const Plan *p);

/* The arena (every value the plan stores) spans as many device buffers as it
 * needs, each at most the device's largest allocation (CL_DEVICE_MAX_MEM_ALLOC_SIZE),
 * and no value crosses a buffer's end; a value larger than that is refused with
 * its size. This sets a smaller buffer size (tests, or to leave room). */
void rt_plan_set_max_buffer(Plan *p, size_t bytes);
/* Debug mode (LLMC_GUARD=1): every value in the arena gets a guard band on
 * each side, filled with 0xFF bytes (an f32 NaN) before the kernel that stores
 * it runs; after each launch (no sequence kernel then) the bands around every
 * buffer the kernel read or wrote are read back, and a changed byte stops the
 * run naming the kernel, the value and the byte. A kernel that reads past a
 * buffer reads NaN, which shows in its results. Slow: a sync and reads per
 * launch. */
void rt_plan_set_guard(Plan *p, bool on);
/* How many device buffers the arena of the last run took. */
int rt_plan_arena_buffers(const Plan *p);

/* The peak device memory of the last run, in bytes. */
uint64_t rt_plan_peak_bytes(const Plan *p);

#endif
