/* codegen.h — from IR to kernel source. A kernel computes a group of IR nodes:
 * one item of the schedule (sched/fuse.h), whose form and launch the schedule
 * decided, or a group given directly. It is first built as a small kernel AST (index arithmetic, loops, loads, stores,
 * reductions, local memory, barriers), then printed in one of two dialects,
 * OpenCL C 1.2 or CUDA C, which differ only in a table of spellings. */
#ifndef LLMC_CODEGEN_H
#define LLMC_CODEGEN_H

#include "ir.h"

typedef enum Dialect { DIALECT_OPENCL, DIALECT_CUDA } Dialect;

/* Kernel arguments, in order: the buffers (inputs then outputs), then one
 * `int` per shape variable of the graph (so symbolic dims are arguments).
 * Kernels that draw random numbers (RAND nodes) take one more, last: the
 * run's seed, a 64-bit unsigned integer (cl_ulong / unsigned long long), the
 * `seed` of InterpOptions, so that a kernel draws exactly what ir_interp does. */
typedef enum KArgKind { KARG_IN, KARG_OUT, KARG_SYM, KARG_SEED } KArgKind;
typedef struct KArg {
  KArgKind kind;
  int32_t node;      /* KARG_IN / KARG_OUT: the IR node whose value the buffer holds */
  int sym;           /* KARG_SYM: the shape-variable id */
  DType dtype;       /* element type of the buffer (i32 for KARG_SYM and KARG_SEED) */
} KArg;

typedef struct Kernel {
  char *name;        /* the entry point, e.g. "matmul_3f09a1c2b4d5": the operation and a
                        hash of the canonical body (buffers named by position, locals
                        by order, the comment left out), so that structurally equal
                        kernels, in this graph or another, have the same name and the
                        same source but for the comment; a valid C identifier */
  char *label;       /* for people: named after the IR node it ends with, e.g.
                        "k12_matmul"; unique within a graph */
  char *source;      /* a complete translation unit in the dialect, compilable on its own */
  Dialect dialect;
  KArg *args;
  int nargs;
  int32_t *nodes;    /* the IR nodes it computes, in order */
  int nnodes;
  /* Launch: a 1-d grid of `items` work items (a polynomial in the shape
   * variables), in work groups of `local` (the runtime may lower it to what
   * the device accepts; kernels check their index against `items`). */
  Dim items;
  int local;
  bool exact_local;  /* the kernel needs work groups of exactly `local` items */
  /* Cost estimates per launch, for -v (GB/s, GFLOP/s): polynomials too
   * (`bad` when too complex to represent). */
  Dim bytes, flops;
  /* Flat indices are 64-bit (`long` / `long long`); false when every tensor
   * the kernel touches provably has fewer than 2^31 elements. */
  bool wide_index;
} Kernel;

/* Buffers: f32 is float, i32 is int, f16 and bf16 are their 16-bit patterns
 * (ushort / unsigned short), converted to float with round-to-nearest-even
 * exactly as tensor.h does; arithmetic is in float (f32, f16, bf16) or int
 * with two's-complement wrap-around (i32), matching ir_interp in f32 mode.
 * f64 is not supported yet. Input and output buffers must not overlap.
 *
 * Kernel sources of one dialect may be concatenated into one program (their
 * shared helpers are guarded), as long as the kernel names differ: keep one
 * source per name (kernels with equal names are equal but for the comment).
 *
 * Where ir_interp reports an error, kernels stay memory-safe and give a
 * defined value instead: an out-of-range index (gather, take) reads 0 and is
 * skipped by scatter_add and put_add; an i32 division by zero gives 0; an i32
 * zero to a negative power gives 0; argmax over an empty axis gives 0. */

typedef struct CgOptions {
  /* Upper bounds of the shape variables (g->syms.n values), or NULL when
   * unknown. With them, kernels whose tensors all stay below 2^31 elements
   * index with `int` instead of 64-bit integers. */
  const int64_t *sym_max;
  /* The values of the shape variables (g->syms.n values), or NULL: with
   * them, every dim is a constant in the kernel source (index arithmetic by
   * constants, which compilers turn into multiplies and shifts and
   * vectorise); the kernel still takes the `int` arguments, and is only
   * correct for these values. */
  const int64_t *sym_val;
  /* The kernels will run on a CPU device (PoCL, other CPU OpenCL drivers):
   * the form is chosen as sched_shape chooses it for a CPU target (loop
   * shapes that vectorise there instead of GPU-style tiling; the vector
   * forms only in OpenCL). */
  bool cpu;
  /* The nodes to store (ascending, all in the group), as the fusion pass
   * decides; NULL: every group node used outside the group, every graph
   * output, and the last node. */
  const int32_t *outs;
  int nouts;
  /* > 0: a row kernel over the domain of this reduction node of the group
   * (its input's shape, its axes): one work item per row computes the row's
   * reductions in order, stores the group's values of the reduced shape, then
   * loops over the row to store those of the full shape. Every stored node
   * must have one of the two shapes, and every group reduction must share the
   * domain. (Node 0 is never a reduction, so 0 means none.) */
  int32_t row;
} CgOptions;

/* Lowers `n` nodes of g (ascending) into a kernel for `d`. Leaves that
 * need no code (PARAM, INPUT) are never given. NULL only on an internal
 * limitation, reported through diag_plain. The leading comment of the source
 * names each node and, when `diag` holds the node's source file, its
 * file:line. */
Kernel *cg_kernel(const Graph *g, const int32_t *nodes, int n, Dialect d, Diag *diag);
/* The same with options (NULL: defaults). Without o->outs the kernel stores
 * every node of the group used outside it (or a graph output) and the last
 * node. The group is checked, then shaped as a schedule item (sched_shape:
 * its form and launch for the target), then rendered as cg_render does. */
Kernel *cg_kernel_opts(const Graph *g, const int32_t *nodes, int n, Dialect d, const CgOptions *o, Diag *diag);
void cg_kernel_free(Kernel *k); /* accepts NULL */

/* Renders kernel q of a schedule (fuse.h) in a dialect: the schedule item
 * says what the kernel computes and stores, its form and its launch; the
 * rendering decides only the documented fallback of a vector form to its
 * scalar form (Kernel.items then is the scalar form's). A schedule made for
 * a CPU, rendered in CUDA, is shaped again without OpenCL vectors. */
struct FusePlan;
Kernel *cg_render(const Graph *g, const struct FusePlan *s, int q, Dialect dl, Diag *diag);

/* ---- sequence kernels ------------------------------------------------------------- */
/* A plan's launches as ONE kernel, run by one work item: each kernel becomes a
 * function of its work-item index, called for every index of its launch, in
 * launch order. For CPU devices, where a small graph (decoding one token)
 * costs more in launches and wake-ups than in work. Buffers are the sequence
 * kernel's `__global uchar *` parameters m0, m1, ... (then `ulong llmc_seed`),
 * each kernel argument one of them at a byte offset; shape variables and
 * launch sizes are constants, so the source is specific to one memory layout. */
typedef struct CgSeqArg {
  int buf;          /* buffers: the parameter m<buf> */
  uint64_t off;     /* at this byte offset */
  int64_t value;    /* KARG_SYM: the shape variable's value */
} CgSeqArg;
typedef struct CgSeqStep {
  const Kernel *k;
  int64_t items;           /* work items of the launch (none: skipped) */
  const CgSeqArg *args;    /* per k->args */
} CgSeqStep;
/* After the launches: `outer` segments of `bytes` bytes at src (contiguous)
 * are stored at row r of dst, laid out [outer, rows, bytes], where r is the
 * int at index (a row outside [0, rows) stores nothing). */
typedef struct CgSeqRow {
  CgSeqArg src, dst, index;
  int64_t outer, rows, bytes;
} CgSeqRow;
typedef struct CgSeq {
  const CgSeqStep *steps;
  int nsteps;
  const CgSeqRow *rows;
  int nrows;
  int nbufs;
} CgSeq;
/* Whether k can run inside a sequence kernel (OpenCL C that uses no work-group
 * feature); otherwise false and *why says why. */
bool cg_sequenceable(const Kernel *k, const char **why);
/* The sequence kernel's source (OpenCL C) and, in *name, its entry point
 * ("seq_" and a hash of the source); both malloc'd. Every step's kernel must
 * be cg_sequenceable. */
char *cg_sequence(const CgSeq *s, char **name);

#endif
