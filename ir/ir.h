/* ir.h — the tensor IR: a flat SSA graph of tensor values. Operands are 32-bit
 * indices into the graph's node array; shapes may hold symbolic dims (B, T).
 * One graph per entry (forward, loss, or a training step). */
#ifndef LLMC_IR_H
#define LLMC_IR_H

#include "dim.h"
#include "support.h"

#define IR_MAX_RANK 8

typedef enum DType { DT_F32, DT_F16, DT_BF16, DT_I32, DT_F64 } DType;
const char *dtype_name(DType t);
int dtype_size(DType t);
bool dtype_is_float(DType t);

typedef enum OpKind {
#define OP(e, n, a, c, w, f) OP_##e,
#include "ops.def"
#undef OP
  OP__COUNT
} OpKind;

typedef enum OpClass { OC_LEAF, OC_UNARY, OC_BINARY, OC_TERNARY, OC_REDUCE, OC_CONTRACT, OC_MOVE, OC_GATHER } OpClass;
/* How constant folding treats an op (the fold column of ops.def). */
typedef enum OpFold { OF_NONE, OF_EVAL, OF_SHAPE, OF_PICK } OpFold;

const char *op_name(OpKind op);
int op_arity(OpKind op);     /* -1: variadic */
OpClass op_class(OpKind op);
int op_cost(OpKind op);      /* relative cost of one element: 4 transcendental or pow, 1 otherwise */
OpFold op_fold(OpKind op);
int op_lookup(const char *name); /* -1 if unknown */

typedef struct IrSlice {
  Dim start[IR_MAX_RANK];
  int64_t step[IR_MAX_RANK];
} IrSlice;

typedef struct IrNode {
  OpKind op;
  DType dtype;
  int rank;
  Dim shape[IR_MAX_RANK];
  int nin;
  int32_t *in;          /* nin operand indices (arena) */
  double f;             /* CONST */
  int axis;             /* IOTA, CONCAT, TAKE, PUT_ADD axis; RAND stream */
  uint32_t axes;        /* reductions: bit i set = axis i reduced */
  int8_t perm[IR_MAX_RANK]; /* PERMUTE */
  IrSlice *slice;       /* SLICE, PAD */
  Dim dimval;           /* SYMDIM */
  const char *name;     /* PARAM, INPUT */
  bool nograd;          /* stop_gradient: autodiff treats the value as a constant
                         * (no gradient flows to the operands); the value is
                         * computed as usual and everything but autodiff ignores it */
  Span span;            /* the .llm source it came from */
} IrNode;

typedef struct IrOutput {
  const char *name;
  int32_t node;
} IrOutput;

typedef struct Graph {
  Arena arena;
  VEC(IrNode) nodes;
  VEC(IrOutput) outputs;
  VEC(const char *) syms; /* names of the shape variables, by id */
  const char *entry;      /* "forward", "loss", ... */
} Graph;

/* graph.c */
Graph *ir_graph_new(void);
void ir_graph_free(Graph *g); /* accepts NULL */
const IrNode *ir_node(const Graph *g, int32_t id);
int ir_sym(Graph *g, const char *name); /* id of a shape variable, added if new */
/* Builders: each checks its operands' shapes (internal errors on misuse, since
 * the front end has already checked the program) and infers the result. */
int32_t ir_leaf(Graph *g, OpKind op, DType dt, int rank, const Dim *shape, Span sp);
int32_t ir_param(Graph *g, const char *name, DType dt, int rank, const Dim *shape, Span sp);
int32_t ir_input(Graph *g, const char *name, DType dt, int rank, const Dim *shape, Span sp);
int32_t ir_const(Graph *g, double v, DType dt, int rank, const Dim *shape, Span sp);
int32_t ir_iota(Graph *g, DType dt, int rank, const Dim *shape, int axis, Span sp);
int32_t ir_symdim(Graph *g, Dim v, DType dt, Span sp);
int32_t ir_rand(Graph *g, int rank, const Dim *shape, int stream, Span sp);
int32_t ir_unary(Graph *g, OpKind op, int32_t a, Span sp);
int32_t ir_cast(Graph *g, int32_t a, DType to, Span sp);
int32_t ir_binary(Graph *g, OpKind op, int32_t a, int32_t b, Span sp);
int32_t ir_where(Graph *g, int32_t c, int32_t a, int32_t b, Span sp);
int32_t ir_reduce(Graph *g, OpKind op, int32_t a, uint32_t axes, Span sp);
int32_t ir_matmul(Graph *g, int32_t a, int32_t b, Span sp);
int32_t ir_reshape(Graph *g, int32_t a, int rank, const Dim *shape, Span sp);
int32_t ir_permute(Graph *g, int32_t a, const int *perm, Span sp);
int32_t ir_expand(Graph *g, int32_t a, int rank, const Dim *shape, Span sp);
int32_t ir_slice(Graph *g, int32_t a, const Dim *start, const int64_t *step, const Dim *len, Span sp);
int32_t ir_pad(Graph *g, int32_t a, const Dim *start, const int64_t *step, const Dim *full, Span sp);
int32_t ir_concat(Graph *g, const int32_t *xs, int n, int axis, Span sp);
int32_t ir_gather(Graph *g, int32_t table, int32_t idx, Span sp);
int32_t ir_scatter_add(Graph *g, int32_t src, int32_t idx, Dim rows, Span sp);
int32_t ir_take(Graph *g, int32_t x, int32_t idx, int axis, Span sp);
int32_t ir_put_add(Graph *g, int32_t gsrc, int32_t idx, int axis, Dim axis_len, Span sp);
/* Conveniences built from the above. */
int32_t ir_broadcast_to(Graph *g, int32_t a, int rank, const Dim *shape, Span sp); /* NumPy rules */
int32_t ir_squeeze_axes(Graph *g, int32_t a, uint32_t axes, Span sp); /* drop size-1 axes */
/* A node with a's value that autodiff does not differentiate through (the
 * language's stop_gradient). Never changes a: a float node with a gradient is
 * copied with `nograd` set (a PARAM gets a flagged same-shape reshape); values
 * that have no gradient anyway (integers, constants, inputs) are returned as is. */
int32_t ir_stop_gradient(Graph *g, int32_t a, Span sp);
void ir_add_output(Graph *g, const char *name, int32_t node);
bool ir_same_shape(const IrNode *a, const IrNode *b);
/* The same shape once the axes of length 1 are dropped ([B, T, 1] and [B, T]):
 * the same row-major flat order. */
bool ir_same_squeezed(const IrNode *a, const IrNode *b);
int64_t ir_numel_const(const IrNode *n); /* -1 when symbolic */

/* autodiff.c — appends the gradient of the scalar node `loss` with respect
 * to each PARAM named in `wrt` (that the loss depends on) to g, as outputs
 * "grad.NAME" in the order of `wrt`. Parameters the loss does not reach get
 * no output (their gradient is zero). */
bool ir_autodiff(Graph *g, int32_t loss, const char *const *wrt, int nwrt, Diag *d);

/* simplify.c — constant folding, CSE, DCE and algebraic identities. Returns
 * a new graph computing the same outputs; the caller frees both. */
Graph *ir_simplify(const Graph *g);

/* scalar.c — the arithmetic of the elementwise ops on one element, shared by
 * the reference interpreter and constant folding. Values are doubles; an i32
 * is an exact integer in a double. Float results are not rounded to the
 * node's precision (the caller does that). */
/* The value of unary op `op` (class OC_UNARY) of x, an element of dtype
 * `from`, in a node of dtype `to`. */
double ir_scalar_unary(OpKind op, double x, DType from, DType to);
/* The value of binary op `op` (class OC_BINARY) into *r. `from` is DT_I32 when
 * both operands are i32 (wrapping integer arithmetic), any float otherwise.
 * False when there is none: i32 division by zero, i32 0 to a negative power. */
bool ir_scalar_binary(OpKind op, double a, double b, DType from, DType to, double *r);
/* x as an element of dtype dt: an i32 truncates toward zero and saturates, NaN
 * gives 0; floats pass unchanged. How a CONST's value is read. */
double ir_scalar_as(DType dt, double x);
double ir_scalar_sat_i32(double x);   /* float to i32: truncate, saturate, NaN -> 0 */
double ir_scalar_wrap_i32(int64_t v); /* two's-complement wrap of an int64 to int32 */

/* verify.c — structural checks of a graph: operand indices in range and
 * before their user (SSA order), arities, dtypes and shapes consistent with
 * each op's rule, attributes in range, outputs valid. Reports each problem
 * with the node id (diag_plain) and returns false if any. Run after every
 * pass in debug builds and in tests. */
bool ir_verify(const Graph *g, Diag *d);
/* Checks one node; problems are reported at `sp` when it has a file. */
bool ir_verify_node(const Graph *g, int32_t id, Diag *d, Span sp);

/* parse.c — reads the text form written by ir_print back into a graph.
 * Errors name the line and column in `name`. NULL on error. */
Graph *ir_parse(const char *text, size_t len, const char *name, Diag *d);

/* dot.c — Graphviz of a graph: one box per node (op, type), edges from
 * operands, outputs marked. */
void ir_print_dot(StrBuf *b, const Graph *g);

/* print.c */
void ir_print(StrBuf *b, const Graph *g);
void ir_print_node(StrBuf *b, const Graph *g, int32_t id);
void ir_print_type(StrBuf *b, const Graph *g, const IrNode *n);


/* decode.c — incremental decoding (ir/decode.h, docs/decode.md): from a
 * forward graph (input idx: i32[B, T]), the prefill graph (the forward plus
 * the "cache.I" outputs) and the decode graph (one token at input pos, reading
 * the "cache.I" inputs of ctx rows, writing rows "new.I"). False with a
 * one-line reason in info->why when the graph has a sequence mixing the pass
 * cannot rewrite (the caller recomputes instead); d gets internal errors only. */
struct DecodeInfo;
bool ir_decode_derive(const Graph *g, int64_t ctx, Graph **prefill, Graph **decode, struct DecodeInfo *info,
                      Diag *d);
void ir_decode_info_free(struct DecodeInfo *info);

#endif
