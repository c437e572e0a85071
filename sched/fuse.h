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
 * The schedule then gives each kernel its form for the target (KernelForm,
 * shape.c). docs/fusion.md explains the rules and the cost model. */
#ifndef LLMC_FUSE_H
#define LLMC_FUSE_H

#include "ir.h"

typedef enum FuseKind { FK_ELEMENT, FK_ROW, FK_MATMUL, FK_OTHER } FuseKind;

/* ---- tile sizes and limits the schedule and codegen share ---- */
#define SCHED_MAX_SIBLINGS 4  /* matmuls in one horizontally fused kernel */
#define SCHED_VEC_WIDTH 16    /* lanes of a CPU vector (codegen's KV_WIDTH, OpenCL float16) */
#define SCHED_MM_TILE 64      /* GPU tiled matmul: outputs per work group along M and along N */
#define SCHED_MM_LOCAL 256    /* GPU tiled matmul: work items per work group */
#define SCHED_MC_ROWS 8       /* CPU matmul: rows per work item (times SCHED_VEC_WIDTH columns) */
#define SCHED_COL_LANES 16    /* column kernel: neighbouring rows per work item */
#define SCHED_COOP_MAX_RED 16 /* cooperative row kernel: reductions per kernel */

/* The form of a kernel: how its work is laid out over work items. Decided by
 * the schedule (sched_plan, sched_shape) for a target; codegen renders it.
 * The vector forms (_VEC) are CPU (OpenCL) forms whose structural conditions
 * hold; codegen falls back to the scalar form of the same layout (ELEMENT,
 * ROW, COLUMN) when some node on the way cannot be computed in vectors, which
 * only rendering finds out (docs/fusion.md). */
typedef enum KernelForm {
  KFORM_ELEMENT,     /* one work item per element of the outputs' shape */
  KFORM_ELEMENT_VEC, /* CPU: SCHED_VEC_WIDTH neighbouring elements per item, in vectors */
  KFORM_ROW,         /* one work item per row of the seed reduction's domain */
  KFORM_ROW_VEC,     /* CPU: the same, the row walked in vectors */
  KFORM_ROW_COOP,    /* GPU: a work group per row (or per coop_rows neighbouring rows) */
  KFORM_COLUMN,      /* CPU: SCHED_COL_LANES neighbouring rows per item, rows not contiguous */
  KFORM_COLUMN_VEC,  /* CPU: the same, the lanes in one vector */
  KFORM_MATMUL_TILE, /* GPU: tiled matmul (plus epilogue), through local memory */
  KFORM_MATMUL_CPU,  /* CPU: SCHED_MC_ROWS x SCHED_VEC_WIDTH outputs per item in vectors */
} KernelForm;

typedef struct FuseKernel {
  FuseKind kind;
  int32_t seed;     /* row: the reduction whose domain it walks; matmul: the matmul */
  int32_t *members; /* ascending: every node computed in the kernel */
  int nmembers;
  int32_t *outs;    /* ascending: the members it stores */
  int nouts;
  /* the schedule item (sched_plan; fuse_plan leaves form KFORM_ELEMENT and no launch) */
  KernelForm form;
  int32_t row;      /* row and column forms: the seed reduction; -1 */
  int nmm;          /* matmul forms: the matmuls, whose tiles are walked in this order */
  int32_t mms[SCHED_MAX_SIBLINGS];
  int coop_rows, coop_split; /* KFORM_ROW_COOP: rows side by side per group, items per row */
  /* launch: a 1-d grid of `items` work items in groups of `local` (0: the
   * dialect's default size, which the runtime may lower); exact_local: the
   * kernel's work groups cooperate and need exactly `local` items */
  Dim items;
  int local;
  bool exact_local;
  Dim groups;       /* KFORM_ROW_COOP, KFORM_MATMUL_TILE: work groups launched; KFORM_MATMUL_CPU: items */
} FuseKernel;
typedef FuseKernel SchedKernel;

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
 * launch order, each with what it computes and stores, its form and its
 * launch shape (shape.c). Codegen renders one item of it (cg_render). */
typedef FusePlan Schedule;

typedef struct SchedOptions {
  bool fuse;               /* false: one kernel per IR node */
  bool cpu;                /* kernel forms for CPU OpenCL devices (vector loops), not GPU ones */
  const int64_t *sym_val;  /* the shape-variable values kernels are specialised to, or NULL */
  const int64_t *sym_max;  /* upper bounds of the shape variables, or NULL */
} SchedOptions;

/* What the form decision needs to know of the target. vectors: the CPU
 * forms that use OpenCL float16 vectors are allowed (cpu, in OpenCL). */
typedef struct SchedTarget {
  bool cpu, vectors;
  const int64_t *sym_val, *sym_max;
} SchedTarget;

/* Decides the form and launch shape of kernel K (its kind, seed, members and
 * outs set, K->row the row seed or -1), as sched_plan does for each of its
 * kernels. Codegen uses it for groups given outside a schedule (cg_kernel_opts). */
void sched_shape(const Graph *g, SchedKernel *K, const SchedTarget *t);

/* A polynomial near ceil(d / t) (constants divided exactly, symbolic terms
 * with their largest variable, by sym_max, dropped): a tile count that is
 * always a correct launch size. false when d has a negative term. */
bool sched_tile_count(Dim d, int64_t t, const int64_t *sym_max, Dim *out);

/* The schedule of g for a target. g must outlive it. */
Schedule *sched_plan(const Graph *g, const SchedOptions *o);
/* Checks a schedule's invariants (sched_plan's, not a bare fuse_plan's):
 * members and stored nodes ascending and computed (no leaves), every stored
 * node computed by exactly one kernel before its readers, every node a
 * member reads a member or stored, every output stored, each form valid for
 * its members (a row form's seed a member reduction, a matmul form's
 * matmuls members) and target (no GPU form on a CPU, no vector form on a
 * GPU). Reports the first violation and returns false. */
bool sched_verify(const Graph *g, const Schedule *s, Diag *d);
void sched_free(Schedule *s); /* accepts NULL */

#endif
