/* cg_internal.h — what the files of codegen share: the kernel under
 * construction (Cg), indices over shapes, and each file's functions.
 *
 *   index.c    blocks, names, dims as expressions, indices, parameters
 *   value.c    the scalar value of a node at an index (value_at)
 *   vector.c   the float16 value of KV_WIDTH neighbouring elements (vval)
 *   row.c      row kernels: scalar, vector and cooperative rows
 *   column.c   column kernels: scalar and vector columns
 *   element.c  element kernels: scalar and vector elements
 *   matmul.c   tiled (GPU) and CPU matmul kernels with their epilogues
 *   kernel.c   the entry points: a schedule item or a group to a Kernel
 *
 * The schedule (sched/fuse.h) decides a kernel's form and launch; rendering
 * decides only what it must: a vector form falls back to its scalar form
 * when a node cannot be computed in vectors (Cg.vfail). */
#ifndef LLMC_CG_INTERNAL_H
#define LLMC_CG_INTERNAL_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dim.h"
#include "fuse.h"
#include "kast.h"

_Static_assert(KV_WIDTH == SCHED_VEC_WIDTH, "codegen's vectors are the schedule's");

#define CG_MAX_CACHE 256
#define CG_MAX_DEPTH 64
#define CG_MAX_ROWVAL 2048
#define COL_LANES SCHED_COL_LANES

/* A multi-index over a node's shape: a flat row-major index, coordinates, or
 * both (coordinates are unravelled from the flat index when first needed). */
typedef struct Index {
  int id;                     /* identity, for the value cache */
  int rank;
  Dim shape[IR_MAX_RANK];
  KExpr *flat;                /* NULL: not computed yet */
  KExpr *co[IR_MAX_RANK];
  bool have_co;
  int co_scope;               /* the block the coordinates' variables live in */
  const char *prefix;         /* names the coordinate variables */
} Index;

typedef VEC(int32_t) IdVec;

typedef struct CacheEntry {
  int32_t node;
  int ix;
  KExpr *val;
  int scope;
} CacheEntry;

typedef struct Cg {
  const Graph *g;
  Dialect dialect;
  Diag *diag;
  Arena A;
  KFunc fn;
  const SchedKernel *item;    /* what to render: form, matmuls, launch */
  KernelForm form;            /* the form rendered (a vector form may fall back) */
  const int32_t *group;       /* item->members */
  int ngroup;
  VEC(KParam) params;
  VEC(int32_t) param_node;    /* buffers: the node each parameter holds (-1 for scalars) */
  int seed_param;             /* -1: no RAND */
  KType idx;                  /* KT_INT or KT_LONG: flat indices */
  const int64_t *sym_max;
  const int64_t *sym_val;     /* specialised to these values, or NULL */
  /* open blocks, innermost last; each has a serial number for scope checks */
  KBlock *blk[CG_MAX_DEPTH];
  int blk_serial[CG_MAX_DEPTH];
  int depth, serial;
  int nindex;
  NameTab names;              /* every variable name declared */
  CacheEntry cache[CG_MAX_CACHE];
  int ncache;
  /* row and column kernels: the seed reduction (-1: none), the row's index
   * over the reduced shape, and the group's reduced-shape values of the row */
  int32_t row;
  Index *rix;
  struct { int32_t node; int lane; KExpr *val; } rowval[CG_MAX_ROWVAL];
  int nrowval;
  /* column kernels: COL_LANES rows per work item, one index each */
  int lanes, lane;
  Index *rixl[COL_LANES];
  bool vfail;                 /* the vector path met a node it does not handle */
  Index *vcol;                /* a vector column kernel: lane 0's index over the reduced shape */
  /* matmul epilogues: the matmul's value at the flat index pin_flat (an
   * epilogue reached through a reshape reads it at that flat index) */
  int32_t pin_node;
  KExpr *pin_flat, *pin_val, *pin_vec; /* pin_vec: KV_WIDTH columns from pin_flat on, for vval */
  bool failed;
} Cg;

/* ---- tiny builders ---- */
static inline const IrNode *N(const Cg *c, int32_t id) { return ir_node(c->g, id); }
static inline KBlock *cur(Cg *c) { return c->blk[c->depth - 1]; }
static inline int cur_scope(Cg *c) { return c->blk_serial[c->depth - 1]; }
static inline KExpr *I(Cg *c, int64_t v) { return ke_int(&c->A, KT_INT, v); }
static inline KExpr *F(Cg *c, float v) { return ke_float(&c->A, v); }
static inline KExpr *bin(Cg *c, KOp op, KExpr *a, KExpr *b) { return ke_binary(&c->A, op, a, b); }
static inline KExpr *call1(Cg *c, KFn fn, KExpr *a) { return ke_call(&c->A, fn, a, NULL, NULL); }
static inline KExpr *call2(Cg *c, KFn fn, KExpr *a, KExpr *b) { return ke_call(&c->A, fn, a, b, NULL); }
static inline KExpr *cast(Cg *c, KType t, KExpr *a) { return ke_cast(&c->A, t, a); }
static inline KExpr *cond(Cg *c, KExpr *k, KExpr *a, KExpr *b) { return ke_cond(&c->A, k, a, b); }
/* The computing type of a dtype: float for the float types, int for i32. */
static inline KType ctype(DType t) { return t == DT_I32 ? KT_INT : KT_FLOAT; }
/* The buffer element type of a dtype. */
static inline KType stype(DType t) { return t == DT_I32 ? KT_INT : t == DT_F32 ? KT_FLOAT : KT_U16; }
static inline KExpr *zero_of(Cg *c, DType t) { return t == DT_I32 ? I(c, 0) : F(c, 0.0f); }
/* An integer literal: `int` when it fits (C widens it next to a wider operand). */
static inline KExpr *lit(Cg *c, int64_t v) { return ke_int(&c->A, v >= INT32_MIN && v <= INT32_MAX ? KT_INT : KT_LONG, v); }
static inline bool dim_is(Dim d, int64_t v) {
  int64_t x;
  return dim_is_const(d, &x) && x == v;
}

/* index.c */
bool cg_fail(Cg *c, const char *fmt, ...) LLMC_PRINTF(2, 3);
bool cg_in_group(const Cg *c, int32_t id);
void cg_push_block(Cg *c, KBlock *b);
void cg_pop_block(Cg *c);
bool cg_scope_open(const Cg *c, int scope);
const char *cg_fresh(Cg *c, const char *base);
KExpr *cg_bind(Cg *c, const char *base, KExpr *e);
KExpr *cg_declare(Cg *c, const char *base, KType t, KExpr *e);
void cg_splice(Cg *c, KBlock *scratch);
int64_t cg_numel_bound(const Cg *c, const IrNode *n);
KType cg_coord_type(const Cg *c, Dim d);
KExpr *cg_dim_expr(Cg *c, Dim d, KType t);
KExpr *cg_dim_factor(Cg *c, Dim d);
Dim cg_numel_dim(const IrNode *n);
Index cg_ix_new(Cg *c, int rank, const Dim *shape, const char *prefix);
Index cg_ix_of_flat(Cg *c, int rank, const Dim *shape, KExpr *flat, const char *prefix);
Index cg_ix_reshape(Cg *c, Index *ix, int xn, const Dim *xs);
/* A dim's value where it is known: a constant, or any dim of a kernel
 * specialised to the shape variables' values (CgOptions.sym_val). */
bool cg_dim_known(const Cg *c, Dim d, int64_t *v);
Index cg_ix_of_coords(Cg *c, int rank, const Dim *shape, KExpr *const *co);
KExpr *cg_ix_coord(Cg *c, Index *ix, int k);
KExpr *cg_ix_flat(Cg *c, Index *ix);
int cg_add_param(Cg *c, KParamKind kind, KType elem, const char *name, int32_t node);
int cg_buffer_of(const Cg *c, int32_t node, KParamKind kind);
const char *cg_sym_param(Cg *c, int v);
int cg_open_axis_loops(Cg *c, const IrNode *dom, unsigned axes, KExpr *const *base, const char *prefix, KExpr **co);

/* value.c */
KExpr *cg_value_at(Cg *c, int32_t id, Index *ix);
KExpr *cg_value_leaf(Cg *c, int32_t id, Index *ix);
KExpr *cg_round_to(Cg *c, DType dt, KExpr *v);
KExpr *cg_to_storage(Cg *c, DType dt, KExpr *v);
KExpr *cg_float_unary(Cg *c, OpKind op, KExpr *a);
bool cg_compare_op(OpKind op, KOp *k);
KExpr *cg_red_init(Cg *c, OpKind op, bool ints, const char *name);
void cg_red_step(Cg *c, OpKind op, bool ints, KExpr *acc, KExpr *v);
KExpr *cg_in_range(Cg *c, KExpr *k, Dim len);
int cg_group_uses(const Cg *c, int32_t id);
bool cg_row_keep(Cg *c, int32_t id, int lane, KExpr *val);

/* vector.c */
KExpr *cg_vval(Cg *c, int32_t id, Index *ix, int lane);
KExpr *cg_vec_of(Cg *c, KExpr *e);
KExpr *cg_vrun8(Cg *c, int32_t id, Index *ix); /* KV_NARROW flat neighbours: float8, or a scalar when uniform */
KExpr *cg_vec8_of(Cg *c, KExpr *e);            /* a float8 as it is, a scalar broadcast */
KExpr *cg_vec_cond(Cg *c, KExpr *k, KExpr *a, KExpr *b);
void cg_vred_step(Cg *c, OpKind op, KExpr *vacc, KExpr *v);

/* row.c */
void cg_row_kernel(Cg *c, const IdVec *outs);
void cg_coop_row_kernel(Cg *c, const IdVec *outs);

/* column.c */
void cg_column_kernel(Cg *c, const IdVec *outs);

/* element.c */
void cg_element_kernel(Cg *c, const IdVec *outs, const IrNode *root);

/* matmul.c */
void cg_matmul_kernel(Cg *c, const IdVec *outs);

#endif
