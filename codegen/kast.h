/* kast.h — the kernel AST: what one kernel does, independent of the dialect
 * it is printed in. Expressions are typed C expressions (literals, variables,
 * operators, calls, loads); statements are declarations, assignments, stores,
 * loops, conditionals, barriers, local-memory arrays and returns. Every node
 * lives in an arena owned by whoever builds the kernel.
 *
 * The builders (kast.c) fold integer constants and drop identities (x*1,
 * x+0), so index arithmetic built mechanically from shapes still prints as
 * what a person would write. The printer (emit.c) maps qualifiers, thread ids,
 * barriers, types and math functions through a per-dialect table. */
#ifndef LLMC_KAST_H
#define LLMC_KAST_H

#include "codegen.h"

/* Value types. KT_U16 holds the bits of an f16 or bf16 element. KT_VEC16 is a
 * vector of KV_WIDTH floats (OpenCL C's float16; no CUDA spelling: only
 * kernels for OpenCL use it): a load of that type is a vload16 of KV_WIDTH
 * consecutive floats, a store of a vector value a vstore16, a cast of a float
 * to it a broadcast; fma accepts vectors. */
typedef enum KType { KT_VOID, KT_INT, KT_UINT, KT_LONG, KT_ULONG, KT_FLOAT, KT_U16, KT_VEC16, KT_VEC8, KT__COUNT } KType;
#define KV_WIDTH 16
/* KT_VEC8: OpenCL C's float8, the same rules with vload8 / vstore8 (matmul.c's
 * one-row kernels read runs of 8 with it: an attention head of 8). */
#define KV_NARROW 8

typedef enum KOp {
  KO_NEG, KO_NOT,                                      /* unary */
  KO_ADD, KO_SUB, KO_MUL, KO_DIV, KO_MOD,               /* arithmetic */
  KO_LT, KO_LE, KO_GT, KO_GE, KO_EQ, KO_NE,             /* comparisons (int 0/1) */
  KO_AND, KO_OR,                                        /* logical */
  KO_BAND, KO_BOR, KO_BXOR, KO_SHL, KO_SHR,             /* bits */
} KOp;

/* Functions: math built-ins (spelled per dialect) and the helpers of the
 * kernel prelude (emit.c), which are printed only when used. */
typedef enum KFn {
  KF_EXP, KF_LOG, KF_SQRT, KF_RSQRT, KF_FABS, KF_SIN, KF_COS, KF_TANH, KF_ERF, KF_ERFC, KF_POW, KF_FMA,
  KF_ISNAN,
  /* prelude helpers */
  KF_H2F, KF_F2H,       /* f16 bits <-> float (round to nearest even, as tensor.c) */
  KF_BF2F, KF_F2BF,     /* bf16 bits <-> float */
  KF_F2I,               /* float -> int: truncate, saturate, NaN -> 0 (interp's sat_i32) */
  KF_IDIV,              /* int division: wraps INT_MIN / -1, x / 0 = 0 */
  KF_IPOW,              /* int power, wrapping */
  KF_FMAX, KF_FMIN,     /* float max/min propagating NaN (interp's fmax_nan) */
  KF_RAND,              /* interp's RAND generator: (seed, stream, index) -> [0, 1) */
  KF__COUNT
} KFn;

/* Built-in values. */
typedef enum KBuiltin { KB_GLOBAL_ID, KB_LOCAL_ID, KB_GROUP_ID, KB_LOCAL_SIZE, KB_INF, KB_NAN } KBuiltin;

typedef enum KExprKind { KE_INT, KE_FLOAT, KE_VAR, KE_UNARY, KE_BINARY, KE_COND, KE_CALL, KE_LOAD, KE_CAST, KE_BUILTIN,
                         KE_LANE,   /* lane i of vector a (a.s<i>) */
                         KE_VEC     /* a vector of the KV_WIDTH float expressions elems[] */
} KExprKind;

typedef struct KExpr KExpr;
struct KExpr {
  KExprKind kind;
  KType type;
  int64_t i;          /* KE_INT */
  float f;            /* KE_FLOAT */
  const char *name;   /* KE_VAR */
  KOp op;             /* KE_UNARY, KE_BINARY */
  KFn fn;             /* KE_CALL */
  KBuiltin builtin;   /* KE_BUILTIN */
  int param;          /* KE_LOAD: the buffer's parameter index, or -1 for the local array `name` */
  KExpr *a, *b, *c;   /* operands, call arguments (up to 3), load index (a) */
  KExpr **elems;      /* KE_VEC: KV_WIDTH elements */
};

typedef enum KStmtKind { KS_DECL, KS_ASSIGN, KS_STORE, KS_FOR, KS_IF, KS_BARRIER, KS_LOCAL, KS_RETURN, KS_COMMENT } KStmtKind;

typedef struct KStmt KStmt;
typedef struct KBlock {
  KStmt *head, *tail;
} KBlock;

struct KStmt {
  KStmtKind kind;
  KStmt *next;
  KType type;         /* KS_DECL, KS_FOR (loop variable), KS_LOCAL (element) */
  const char *name;   /* KS_DECL, KS_ASSIGN (target), KS_FOR (variable), KS_LOCAL, KS_STORE (local array) */
  bool is_const;      /* KS_DECL */
  KOp aop;            /* KS_ASSIGN: KO_ADD for `+=`, anything else for `=` */
  int param;          /* KS_STORE: the buffer's parameter index, or -1 for the local array `name` */
  int64_t count;      /* KS_LOCAL: elements */
  KExpr *e;           /* value; KS_FOR: first value; KS_IF: condition */
  KExpr *idx;         /* KS_STORE: index; KS_FOR: limit (v < limit) */
  KExpr *step;        /* KS_FOR: increment (NULL: 1) */
  KBlock body, els;   /* KS_FOR body; KS_IF then / else */
  const char *text;   /* KS_COMMENT (sanitised when printed) */
};

typedef enum KParamKind { KP_BUFFER_IN, KP_BUFFER_OUT, KP_INT, KP_U64 } KParamKind;
typedef struct KParam {
  KParamKind kind;
  KType elem;         /* buffers: element type; scalars: their type */
  const char *name;
} KParam;

typedef struct KFunc {
  const char *name;
  const char *comment; /* leading comment, lines separated by '\n' (sanitised when printed) */
  KParam *params;
  int nparams;
  KBlock body;
} KFunc;

/* kast.c — expression builders. `A` is the arena nodes come from. */
KExpr *ke_int(Arena *A, KType t, int64_t v);
KExpr *ke_float(Arena *A, float v);
KExpr *ke_var(Arena *A, KType t, const char *name);
KExpr *ke_builtin(Arena *A, KType t, KBuiltin b);
KExpr *ke_unary(Arena *A, KOp op, KExpr *a);
KExpr *ke_binary(Arena *A, KOp op, KExpr *a, KExpr *b); /* folds integer constants */
KExpr *ke_cond(Arena *A, KExpr *c, KExpr *a, KExpr *b);
KExpr *ke_call(Arena *A, KFn fn, KExpr *a, KExpr *b, KExpr *c); /* unused arguments NULL */
KExpr *ke_load(Arena *A, KType elem, int param, KExpr *idx);
KExpr *ke_load_local(Arena *A, KType elem, const char *array, KExpr *idx);
KExpr *ke_cast(Arena *A, KType t, KExpr *a); /* no-op when a already has type t */
KExpr *ke_lane(Arena *A, KExpr *v, int lane);   /* v.s<lane>, a float */
KExpr *ke_vec(Arena *A, KExpr *const *elems);   /* (float16)(e0, ..., e15): KV_WIDTH floats */
KExpr *ke_vec8(Arena *A, KExpr *const *elems);  /* (float8)(e0, ..., e7): KV_NARROW floats */
static inline int ke_lanes(const KExpr *v) { return v->type == KT_VEC8 ? KV_NARROW : KV_WIDTH; }
KType kfn_type(KFn fn, KType arg);           /* result type of a call */
bool ke_is_int(const KExpr *e, int64_t v);   /* an integer literal equal to v */
bool ke_is_simple(const KExpr *e);           /* literal or variable: cheap to repeat */
bool kt_is_int(KType t);

/* kast.c — statement builders; each returns the statement, appended to `blk`. */
KStmt *ks_decl(Arena *A, KBlock *blk, KType t, const char *name, KExpr *init, bool is_const);
KStmt *ks_assign(Arena *A, KBlock *blk, const char *name, KOp aop, KExpr *e);
KStmt *ks_store(Arena *A, KBlock *blk, int param, KExpr *idx, KExpr *e);
KStmt *ks_store_local(Arena *A, KBlock *blk, const char *array, KExpr *idx, KExpr *e);
KStmt *ks_for(Arena *A, KBlock *blk, KType t, const char *var, KExpr *from, KExpr *limit, KExpr *step);
KStmt *ks_if(Arena *A, KBlock *blk, KExpr *cond);
KStmt *ks_simple(Arena *A, KBlock *blk, KStmtKind kind); /* KS_BARRIER, KS_RETURN */
KStmt *ks_local(Arena *A, KBlock *blk, KType t, const char *name, int64_t count);
KStmt *ks_comment(Arena *A, KBlock *blk, const char *text);
/* A hash set of names (not owned), each entry also holding the next suffix
 * to try for names made from it (lower.c's fresh() makes base, base_2, ...). */
typedef struct NameTab {
  size_t cap, n;
  const char **key;
  int *next;
} NameTab;
size_t nt_slot(const NameTab *t, const char *s); /* s's entry, or the empty slot for it; needs cap > 0 */
bool nt_has(const NameTab *t, const char *s);
void nt_add(NameTab *t, const char *s);
void nt_free(NameTab *t);

/* Removes the constant declarations nothing reads (expressions have no side
 * effects), so that the printed kernel has no unused variables. */
void kf_prune(KFunc *f);
/* Renames the locals whose names carry IR ids (v615, r52, w40, t7_q) by their
 * order of declaration (v0, r0, w0, t0_q), so that kernels computing the same
 * thing for different nodes print the same body. Names come from A. */
void kf_canonical_names(Arena *A, KFunc *f);

/* emit.c — prints f as a complete translation unit of dialect d (prelude
 * helpers included as far as the body calls them). */
void cg_emit(StrBuf *b, const KFunc *f, Dialect d);
/* Appends s to b so that it can sit inside a C block comment: no comment
 * terminator, no line breaks (when !multiline), nothing but printable ASCII. */
void cg_comment_escape(StrBuf *b, const char *s, bool multiline);

#endif
