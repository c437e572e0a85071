/* sema.h — internal to the front end: the Program, values, scopes and the
 * checker's context. The checker is an abstract interpreter: it runs module
 * bodies with concrete compile-time values (instantiating modules and
 * declaring parameters) and function bodies with tensor values that carry a
 * dtype and a symbolic shape. Lowering to IR runs the same walk. */
#ifndef LLMC_SEMA_H
#define LLMC_SEMA_H

#include "dim.h"
#include "frontend.h"
#include "model.h"

struct Program {
  Diag *diag;
  FeOptions opts;
  Arena arena;
  NodeList all_nodes;          /* for freeing node lists */
  VEC(AstFile *) files;        /* files.v[0] is the main file */
  NodeList items;              /* all items, imports first */
  char *stdlib_dir;
  Model *model;                /* after fe_check */
};

typedef enum ValKind {
  V_ERR,      /* an error was already reported; propagates silently */
  V_ABSENT,   /* an argument that was not given */
  V_NONE,     /* `None` */
  V_BOOL,
  V_INT,      /* a compile-time integer, possibly symbolic (a Dim) */
  V_FLOAT,
  V_STR,
  V_LIST,
  V_TUPLE,
  V_ELLIPSIS,
  V_SLICE,    /* only inside an index */
  V_TENSOR,
  V_INST,     /* a module instance */
  V_REPEAT,   /* repeat(n) Module(...) */
  V_FN,       /* a user function, bound to an instance for methods */
  V_BUILTIN,
  V_MODDEF,   /* a module definition (callable only to instantiate) */
} ValKind;

typedef struct Instance Instance;
typedef struct Value Value;

struct Value {
  ValKind k;
  DType dt;             /* tensor */
  int rank;             /* tensor */
  Dim *dims;            /* tensor: rank dims (arena) */
  int param;            /* tensor: index of the parameter it is, or -1 */
  int32_t ir;           /* tensor: its IR node while lowering, else -1 */
  Dim i;                /* V_INT; V_BOOL uses i too (0/1) */
  double f;             /* V_FLOAT */
  const char *s;        /* V_STR */
  Value *items;         /* V_LIST, V_TUPLE, V_SLICE (3: start, stop, step) */
  int n;
  Instance *inst;       /* V_INST; V_FN: the bound instance (NULL for free fns) */
  Instance **insts;     /* V_REPEAT: n instances */
  const Node *node;     /* V_FN: the N_FN; V_MODDEF: the N_MODULE */
  int builtin;          /* V_BUILTIN: index into the builtin table */
};

typedef struct Binding Binding;
struct Binding {
  const char *name;
  Value v;
  Span span;
  Binding *next;
};

typedef struct Scope Scope;
struct Scope {
  Binding *head;
  Scope *parent;
  const char *what;     /* "module Linear", "function forward", ... for messages */
};

struct Instance {
  const Node *def;      /* N_MODULE or N_MODEL */
  const char *path;     /* dotted prefix: "" for the model, "blocks.3.attn" */
  const char *type;     /* module name */
  Scope scope;          /* arguments, constants, members, methods; parent: globals */
  Span span;            /* where it was instantiated */
};

typedef struct CallFrame {
  const char *name;
  Span call;
} CallFrame;

typedef struct Sema {
  Program *prog;
  Diag *d;
  Arena *a;
  Scope globals;        /* config, functions, modules */
  const Node *model_node;
  Model *model;
  VEC(const char *) symnames; /* shape-variable symbols */
  bool training;        /* value of the built-in `training` */
  CallFrame frames[80];
  int nframes;
  VEC(uint64_t) seen;   /* hashes of reported diagnostics, to drop repeats */
  Instance *model_inst;
  int depth;            /* expression nesting */
  long work;            /* calls and instantiations so far */
  Graph *g;             /* lowering: the graph being built, else NULL */
  int32_t *param_nodes; /* lowering: PARAM node of each parameter (lazily) */
  int nparam_nodes;
  int rand_streams;     /* lowering: dropout streams made so far */
  int32_t arg_mark;     /* lowering: 1 + the graph's node count before the arguments
                         * of the call being made were evaluated, 0 if unknown
                         * (read by stop_gradient) */
  bool depth_reported;
} Sema;

/* sema.c */
void sema_error(Sema *s, Span sp, const char *fmt, ...) LLMC_PRINTF(3, 4);
Value v_err(void);
Value v_int(int64_t x);
Value v_dim(Dim d);
Value v_float(double f);
Value v_bool(bool b);
Value v_tensor(Sema *s, DType dt, int rank, const Dim *dims);
bool v_is_number(const Value *v);          /* bool, int or float constant */
bool v_const_int(const Value *v, int64_t *x); /* a non-symbolic integer */
bool v_const_num(const Value *v, double *x);  /* a non-symbolic number */
const char *v_kind_name(const Value *v);
/* Writes a value's type: `f32[B, T, 64]`, `int 3`, `module Linear`. */
void v_describe(Sema *s, StrBuf *b, const Value *v);
char *v_str(Sema *s, const Value *v);      /* v_describe into the arena */
char *shape_str(Sema *s, DType dt, int rank, const Dim *dims);
char *dim_str(Sema *s, Dim d);
Value eval_expr(Sema *s, Scope *sc, const Node *n);
Value binary_op(Sema *s, AstOp op, Value a, Value b, Span sp);
Value unary_neg(Sema *s, Value a, Span sp);
bool broadcast_shapes(Sema *s, const Value *a, const Value *b, int *rank, Dim *out);
Value to_tensor(Sema *s, Value v, DType like, Span sp); /* numbers become 0-d tensors */
bool promote_dtypes(Sema *s, DType a, DType b, DType *out, Span sp, const Value *va, const Value *vb);

bool scope_find_name(Sema *s, const char *name); /* bound in globals? */
bool fe_glob_match(const char *pat, const char *str);

/* lower.c */
int32_t lw_number(Sema *s, const Value *num, DType dt, Span sp);
int32_t lw_param(Sema *s, int pidx);
int32_t lw_prep(Sema *s, const Value *t, DType dt, int rank, const Dim *shape, Span sp);
Value v_tensor_ir(Sema *s, DType dt, int rank, const Dim *dims, int32_t ir);
Value binary_op_ex(Sema *s, AstOp op, int irop, Value a, Value b, Span sp);

/* builtins.c */
typedef struct CallArg {
  const char *kw;       /* NULL for positional */
  Value v;
  Span span;
} CallArg;
int builtin_lookup(const char *name);
const char *builtin_name(int id);
const char *const *builtin_names(int *n);
Value builtin_call(Sema *s, int id, CallArg *args, int nargs, Span call, Span callee);
int norm_axis(Sema *s, int64_t axis, int rank, Span sp); /* -1 on error */

/* blocks.c */
void check_spec_blocks(Sema *s, const Node *train, const Node *finetune, const Node *const *train_sets,
                       int ntrain_sets, const Node *const *ft_sets, int nft_sets);

#endif
