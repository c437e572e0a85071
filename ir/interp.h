/* interp.h — the reference interpreter: executes any graph on the CPU with
 * plain loops, in f32 or f64. It is the oracle every backend and pass is
 * tested against, so it favours obvious correctness over speed. */
#ifndef LLMC_INTERP_H
#define LLMC_INTERP_H

#include "ir.h"
#include "tensor.h"

typedef struct InterpOptions {
  DType compute;     /* DT_F32 (default when zeroed is taken as f32) or DT_F64 */
  uint64_t seed;     /* for RAND nodes: stream s of a run draws from (seed, s) */
} InterpOptions;

/* Runs g. INPUT nodes read `inputs` by name, PARAM nodes read `params` by name.
 * Symbolic dims are bound from the input shapes (and must agree everywhere).
 * On success `out` receives one tensor per graph output, named after it:
 * in f64 mode float outputs are DT_F64; in f32 mode each float node is
 * computed in f32 (f16/bf16 nodes rounded to their precision) and outputs keep
 * the node's dtype; i32 stays i32. Returns false after reporting (through
 * diag_plain) a missing, extra or mis-shaped tensor (naming it and both
 * shapes), a symbolic dim bound two ways, or an index out of range, and
 * (before allocating) a run that needs more memory than the machine has
 * (LLMC_REF_MAX_BYTES, in bytes, lowers the limit). */
bool ir_interp(const Graph *g, const TensorList *inputs, const TensorList *params, const InterpOptions *o,
               TensorList *out, Diag *d);

/* inputs.c — the input contract every backend checks before allocating */

/* Binds the graph's symbolic dims from the INPUT shapes: vals[i] for sym i
 * (-1 where no input binds it). Returns false after reporting a conflict or a
 * mis-ranked input. */
bool ir_bind_dims(const Graph *g, const TensorList *inputs, int64_t *vals, Diag *d);

/* What a backend tells the contract about its run; zeroed (or a NULL pointer)
 * means: every node runs, every leaf comes from the lists, every shape
 * variable must be bound by an input. */
typedef struct IrContract {
  const bool *live;       /* per node: it runs (NULL: all do) */
  const bool *held;       /* per node: a leaf the caller keeps elsewhere (a
                             device-bound buffer), not in the lists */
  const int64_t *sym_val; /* values for shape variables no input binds */
  struct IrShapeMemo *memo; /* the nodes' shapes from the last check, reused
                               while the shape variables keep their values (a
                               plan run step after step); NULL: none */
} IrContract;

/* A memo for IrContract.memo, for one graph; free with ir_shape_memo_free. */
struct IrShapeMemo *ir_shape_memo_new(void);
void ir_shape_memo_free(struct IrShapeMemo *m);

/* Checks inputs and params against g before anything is allocated, and binds
 * vals (g->syms.n entries): every leaf present, of a compatible dtype (float
 * leaves take any float tensor, i32 leaves only i32) and exactly its shape;
 * no unexpected or duplicated input; every node's shape evaluable; slices and
 * pads inside their operands (a sequence longer than a position table); and
 * index inputs (feeding gather, take, scatter_add or put_add) inside the axis
 * they index. Messages name the file (TensorList.origin) and the tensor; a
 * bad index names its position and the valid range. False after reporting. */
bool ir_check_inputs(const Graph *g, const TensorList *inputs, const TensorList *params, const IrContract *c,
                     int64_t *vals, Diag *d);

#endif
