/* codegen.h — from IR to kernel source. A kernel computes a group of IR nodes
 * (today one node per kernel; the fusion pass will hand larger groups). It is
 * first built as a small kernel AST (index arithmetic, loops, loads, stores,
 * reductions, local memory, barriers), then printed in one of two dialects,
 * OpenCL C 1.2 or CUDA C, which differ only in a table of spellings. */
#ifndef LLMC_CODEGEN_H
#define LLMC_CODEGEN_H

#include "ir.h"

typedef enum Dialect { DIALECT_OPENCL, DIALECT_CUDA } Dialect;

/* Kernel arguments, in order: the buffers (inputs then outputs), then one
 * `int` per shape variable of the graph (so symbolic dims are arguments). */
typedef enum KArgKind { KARG_IN, KARG_OUT, KARG_SYM } KArgKind;
typedef struct KArg {
  KArgKind kind;
  int32_t node;      /* KARG_IN / KARG_OUT: the IR node whose value the buffer holds */
  int sym;           /* KARG_SYM: the shape-variable id */
  DType dtype;       /* element type of the buffer (i32 for KARG_SYM) */
} KArg;

typedef struct Kernel {
  char *name;        /* the entry point, e.g. "k12_matmul"; a valid C identifier */
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
  /* Cost estimates per launch, for -v (GB/s, GFLOP/s): polynomials too. */
  Dim bytes, flops;
} Kernel;

/* Lowers `n` nodes of g (today n == 1) into a kernel for `d`. Leaves that
 * need no code (PARAM, INPUT) are never given. NULL only on an internal
 * limitation, reported through diag_plain. */
Kernel *cg_kernel(const Graph *g, const int32_t *nodes, int n, Dialect d, Diag *diag);
void cg_kernel_free(Kernel *k); /* accepts NULL */

#endif
