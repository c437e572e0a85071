/* fuse.h — the fusion pass: which values are stored in buffers, and which
 * kernel computes each of them.
 *
 * Every node of the graph is either stored (it has a buffer: parameters and
 * inputs, graph outputs, values worth materialising) or recomputed inline by
 * each kernel that needs it (constants, index maps, cheap elementwise chains).
 * A kernel computes a set of stored nodes (its outputs) plus the inline nodes
 * they need (its members), in one of three shapes:
 *   - element: one work item per element of its outputs, which share a shape;
 *   - row: one work item per row of a reduction domain, which computes the
 *     row's reductions one after another and then writes the row's elementwise
 *     results (softmax, LayerNorm, cross-entropy, their backward passes);
 *   - matmul: a tiled matmul with its elementwise epilogue.
 * docs/fusion.md explains the rules and the cost model. */
#ifndef LLMC_FUSE_H
#define LLMC_FUSE_H

#include "ir.h"

typedef enum FuseKind { FK_ELEMENT, FK_ROW, FK_MATMUL, FK_OTHER } FuseKind;

typedef struct FuseKernel {
  FuseKind kind;
  int32_t seed;     /* row: the reduction whose domain it walks; matmul: the matmul */
  int32_t *members; /* ascending: every node computed in the kernel */
  int nmembers;
  int32_t *outs;    /* ascending: the members it stores */
  int nouts;
} FuseKernel;

typedef struct FusePlan {
  /* the target it was made for (sched_plan); sym_val / sym_max point into opt_vals */
  bool cpu;
  const int64_t *sym_val, *sym_max;
  int64_t *opt_vals;
  int nk;
  FuseKernel *k;    /* in launch order */
  bool *live;       /* per node: needed for an output */
  bool *stored;     /* per node: has a buffer (a leaf, a kernel output, or a view of one) */
  int32_t *alias;   /* per node: whose buffer holds its value (itself, or a stored reshape's source) */
  int *kernel_of;   /* per node: the kernel that stores it, -1 for leaves and aliases */
} FusePlan;

/* fuse false: one kernel per node (reshapes of stored values are views). */
FusePlan *fuse_plan(const Graph *g, bool fuse);
void fuse_plan_free(FusePlan *f); /* accepts NULL */
const char *fuse_kind_name(FuseKind k);

/* ---- the schedule: the interface the pipeline, codegen and the runtime use ----
 * A Schedule is the fusion plan made for one target: which kernels, in what
 * launch order, each with what it computes and stores and (as the work moves
 * out of codegen) its form and launch shape. Codegen renders one item of it. */
typedef FusePlan Schedule;
typedef FuseKernel SchedKernel;

typedef struct SchedOptions {
  bool fuse;               /* false: one kernel per IR node */
  bool cpu;                /* kernel forms for CPU devices (vector loops), not GPU ones */
  const int64_t *sym_val;  /* the shape-variable values kernels are specialised to, or NULL */
  const int64_t *sym_max;  /* upper bounds of the shape variables, or NULL */
} SchedOptions;

/* The schedule of g for a target. g must outlive it. */
Schedule *sched_plan(const Graph *g, const SchedOptions *o);
/* Checks a schedule's invariants (every stored node computed by exactly one
 * kernel before its readers, members and outputs consistent); reports the
 * first violation and returns false. */
bool sched_verify(const Graph *g, const Schedule *s, Diag *d);
void sched_free(Schedule *s); /* accepts NULL */

#endif
