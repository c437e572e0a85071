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
 * shapes), a symbolic dim bound two ways, or an index out of range. */
bool ir_interp(const Graph *g, const TensorList *inputs, const TensorList *params, const InterpOptions *o,
               TensorList *out, Diag *d);

/* Binds the graph's symbolic dims from the INPUT shapes: vals[i] for sym i.
 * Returns false after reporting a conflict or a mis-ranked input. */
bool ir_bind_dims(const Graph *g, const TensorList *inputs, int64_t *vals, Diag *d);

#endif
