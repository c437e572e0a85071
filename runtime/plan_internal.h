/* plan_internal.h — the plan executor's state, shared by plan.c (building,
 * memory, launches) and plan_seq.c (row stores and sequence kernels). */
#ifndef LLMC_PLAN_INTERNAL_H
#define LLMC_PLAN_INTERNAL_H

#include <stdlib.h>

#include "plan.h"

/* rt_plan_store_row: graph output `out` (its alias root `node`), whose axis
 * `axis` has length 1, goes to row index[0] of a caller's region laid out
 * with `rows` rows at that axis. */
typedef struct RowStore {
  int out;            /* the graph output */
  int32_t node;       /* its stored value (alias root) */
  int32_t index;      /* the i32 INPUT leaf holding the row */
  int axis;
  DevBuf *buf;
  size_t off, bytes;
  int64_t rows;
} RowStore;

struct Plan {
  Device *dev;
  const Graph *g;
  Schedule *fp;     /* which nodes are stored, and the kernels in launch order */
  Kernel **kern;    /* per kernel of fp (per launch) */
  DevKernel **dk;   /* per unique kernel (Kernel.name) */
  int *uniq;        /* per launch: its index in dk */
  int nkernels, nunique, built, loaded;
  /* The arena: values at offsets in [0, peak), held in buffers of `chunk`
   * bytes (the device's largest allocation; no value crosses a chunk's end),
   * arenas[i] holding [i * chunk, (i + 1) * chunk). */
  DevBuf **arenas;
  int narenas;
  size_t arena_size, chunk;
  int32_t lay_big;  /* a value larger than a chunk (the layout refused it), or -1 */
  size_t guard;     /* bytes of guard band on each side of every arena value (rt_plan_set_guard), or 0 */
  uint64_t peak;
  size_t align;     /* offsets in the arena are multiples of this */
  uint64_t seed;
  /* the memory plan of the last run, reused while the shapes stay the same
   * (a trainer runs one shape step after step) */
  size_t *lay_off, *lay_size, lay_peak;
  int64_t lay_vals[LLMC_MAX_SYMS];
  /* values the caller keeps in its own device buffers (rt_plan_bind), per
   * stored node (its alias root): NULL when the value lives in the arena */
  DevBuf **bound;
  size_t *bound_off, *bound_bytes;
  bool *held;         /* per node: bound (what the input contract lets the caller keep) */
  int lay_gen;        /* counts the memory layouts made: a sequence kernel is built for one */
  /* outputs stored at a row of a caller's buffer (rt_plan_store_row) */
  RowStore *rows;
  int nrows;
  /* one kernel for all launches (rt_plan_sequence) */
  bool seq_on;
  DevKernel *seq_k;
  int seq_gen;        /* the layout seq_k was built for (0: none) */
  char *seq_src;      /* its source */
  DevBuf **seq_bufs;  /* its buffer arguments */
  int seq_nbufs;
  /* fixed parameters (rt_plan_fixed_params): per kernel, whether it reads only
   * bound parameters, constants and other such kernels' values; they run once
   * per layout (inv_gen: the layout they ran for) */
  bool *inv;
  int inv_gen;
  struct IrShapeMemo *shapes; /* the input contract's shapes, kept from run to run */
};

/* Drops the memory layout: the next run lays out memory again (a binding, a
 * row store, a buffer size or guard bands changed what goes where). */
static inline void plan_relayout(Plan *p) {
  free(p->lay_off);
  free(p->lay_size);
  p->lay_off = p->lay_size = NULL;
}

/* Row stores: checks the rows against the inputs (0 <= row < rows, the region
 * large enough), then (rows_copy) copies them on the device. */
/* The arena buffer holding byte `off` of the arena, and the offset in it. */
static inline DevBuf *plan_arena_at(const Plan *p, size_t off, size_t *local) {
  size_t i = p->chunk ? off / p->chunk : 0;
  *local = off - i * p->chunk;
  return (int)i < p->narenas ? p->arenas[i] : NULL;
}

bool plan_rows_check(Plan *p, const TensorList *inputs, const int64_t *vals, Diag *d);
bool plan_rows_copy(Plan *p, const TensorList *inputs, const int64_t *vals, Diag *d);
/* Whether output i of the graph is row-stored (not read back). */
bool plan_row_stored(const Plan *p, int out);
/* Runs every launch and row store as the sequence kernel, built for this
 * layout when it is not yet. */
bool plan_seq_run(Plan *p, const int64_t *vals, Diag *d);
void plan_seq_free(Plan *p);
/* Whether kernel q is skipped in this run: it computes from fixed parameters
 * only, and ran for this layout already. */
static inline bool plan_skip(const Plan *p, int q) { return p->inv && p->inv[q] && p->inv_gen == p->lay_gen; }

#endif
