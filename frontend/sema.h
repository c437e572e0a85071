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
  bool base_only;              /* fe_set_base_only: the finetune block's PEFT is not applied */
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
  /* an open-addressing index over the bindings, made once a scope holds more
   * than a few, so that a program's checking time is linear in its size */
  Binding **tab;
  uint32_t cap, n;
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
  const Node *def;      /* the N_FN, N_MODULE or N_MODEL being run */
} CallFrame;

/* A function, method, module or model body with the static scope resolve.c
 * made for it (module: the N_MODULE of a method, else NULL). */
typedef struct StaticDef {
  const Node *def;
  const Node *module;
  Scope *sc;
} StaticDef;

/* A name the static pass (resolve.c) found bound nowhere, with the scope it
 * was looked up in; visited once the checker has evaluated it, reported once
 * the checker has reported it (a function called 50,000 times reports it, and
 * looks for a "did you mean", once). */
typedef struct Unresolved {
  const Node *n;
  Scope *sc;
  bool visited, reported;
} Unresolved;

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
  VEC(Unresolved) unres; /* resolve.c: sorted by node address */
  VEC(StaticDef) statics; /* resolve.c: every body it resolved, in item order */
  VEC(const Node *) recursive; /* recursion.c: definitions on a reported cycle, sorted */
  long rec_work;        /* calls and instantiations of a definition already running */
  long steps;           /* expressions evaluated while checking (eval.c) */
} Sema;

/* Calls and instantiations nest at most this deep (frames[] has room). */
#define FE_MAX_CALL_DEPTH 64

/* The small value constructors, inline so they stay out of the library's
 * exported symbols. */
static inline Value v_kind(ValKind k) { return (Value){.k = k, .param = -1, .ir = -1}; }
static inline Value v_err(void) { return v_kind(V_ERR); }
static inline Value v_dim(Dim d) { return (Value){.k = V_INT, .i = d, .param = -1, .ir = -1}; }
static inline Value v_int(int64_t x) { return v_dim(dim_const(x)); }
static inline Value v_float(double f) { return (Value){.k = V_FLOAT, .f = f, .param = -1, .ir = -1}; }
static inline Value v_bool(bool b) { return (Value){.k = V_BOOL, .i = dim_const(b ? 1 : 0), .param = -1, .ir = -1}; }
/* bool, int or float constant */
static inline bool v_is_number(const Value *v) { return v->k == V_INT || v->k == V_FLOAT || v->k == V_BOOL; }
/* a non-symbolic integer */
static inline bool v_const_int(const Value *v, int64_t *x) {
  if (v->k != V_INT && v->k != V_BOOL) return false;
  return dim_is_const(v->i, x);
}
/* a non-symbolic number */
static inline bool v_const_num(const Value *v, double *x) {
  int64_t i;
  if (v->k == V_FLOAT) {
    *x = v->f;
    return true;
  }
  if (v_const_int(v, &i)) {
    *x = (double)i;
    return true;
  }
  return false;
}

/* values.c — diagnostics, values, scopes and type annotations */
void fe_error(Sema *s, Span sp, const char *fmt, ...) LLMC_PRINTF(3, 4);
Value fe_v_tensor(Sema *s, DType dt, int rank, const Dim *dims);
const char *fe_v_kind_name(const Value *v);
/* Writes a value's type: `f32[B, T, 64]`, `int 3`, `module Linear`. */
void fe_v_describe(Sema *s, StrBuf *b, const Value *v);
char *fe_v_str(Sema *s, const Value *v);      /* fe_v_describe into the arena */
char *fe_shape_str(Sema *s, DType dt, int rank, const Dim *dims);
char *fe_dim_str(Sema *s, Dim d);
Binding *fe_scope_find_local(Scope *sc, const char *name);
Binding *fe_scope_find(Scope *sc, const char *name); /* this scope or a parent */
Binding *fe_scope_set(Sema *s, Scope *sc, const char *name, Value v, Span sp); /* binds or rebinds */
bool fe_scope_find_name(Sema *s, const char *name); /* bound in globals? */
/* "unknown name 'x'; did you mean 'y'?" over every name visible from sc */
void fe_error_unknown(Sema *s, Scope *sc, Span sp, const char *what, const char *name);
char *fe_node_text(Sema *s, const Node *n); /* a node's source text */
/* Splits `f32[a, b]` into its dtype and dim expressions. */
bool fe_parse_type(Sema *s, const Node *ann, DType *dt, const NodeList **dims);
/* Checks a value against a type annotation, binding unbound dim names in sc. */
bool fe_check_annotation(Sema *s, Scope *sc, const Node *ann, const Value *v, Span vsp, const char *what);

/* typing.c — the dtype and shape rules of the operators */
Value fe_binary_op(Sema *s, AstOp op, Value a, Value b, Span sp);
Value fe_unary_neg(Sema *s, Value a, Span sp);
bool fe_broadcast_shapes(Sema *s, const Value *a, const Value *b, int *rank, Dim *out);
Value fe_to_tensor(Sema *s, Value v, DType like, Span sp); /* numbers become 0-d tensors */
bool fe_promote_dtypes(Sema *s, DType a, DType b, DType *out, Span sp, const Value *va, const Value *vb);
/* fe_binary_op with the IR op given (maximum and minimum share '+''s rules) */
Value fe_binary_op_ex(Sema *s, AstOp op, int irop, Value a, Value b, Span sp);

/* indexing.c */
/* base[subscripts] for the N_INDEX node n; evaluates the subscripts in sc. */
Value fe_index_value(Sema *s, Value base, const Node *n, Scope *sc);

/* eval.c — expressions, calls and function bodies */
typedef struct CallArg {
  const char *kw;       /* NULL for positional */
  Value v;
  Span span;
} CallArg;
Value fe_eval_expr(Sema *s, Scope *sc, const Node *n);
/* Evaluates call arguments into out (l->n entries); -1 after an error. */
int fe_eval_args(Sema *s, Scope *sc, const NodeList *l, CallArg *out);
bool fe_bind_params(Sema *s, Scope *sc, const NodeList *params, CallArg *args, int nargs, Span call,
                    const char *fname, bool check_types);
Value fe_call_user_fn(Sema *s, const Node *fn, Instance *self, CallArg *args, int nargs, Span call);
Value fe_call_value(Sema *s, Scope *sc, Value callee, CallArg *args, int nargs, Span call, Span callee_sp);
/* Counts one call or instantiation of def; false (once reported) past the limits. */
bool fe_within_budget(Sema *s, Span call, const char *what, const Node *def);

/* instance.c — module instantiation and parameters */
Instance *fe_instantiate(Sema *s, const Node *def, CallArg *args, int nargs, const char *path, Span call);

/* emit.c — the IR nodes of values, while lowering (no-ops without a graph) */
int32_t fe_emit_number(Sema *s, const Value *num, DType dt, Span sp);
int32_t fe_emit_param(Sema *s, int pidx);
int32_t fe_emit_prep(Sema *s, const Value *t, DType dt, int rank, const Dim *shape, Span sp);
Value fe_v_tensor_ir(Sema *s, DType dt, int rank, const Dim *dims, int32_t ir);
int32_t fe_emit_input(Sema *s, const char *name, DType dt, int rank, const Dim *dims, Span sp);
void fe_emit_outputs(Sema *s, const char *entry, const Value *r, Span model_span);
int32_t fe_emit_matmul(Sema *s, const Value *a, const Value *b, DType dt, int r, const Dim *out, Dim ka, Dim kb,
                       Span sp);
int32_t fe_emit_slice(Sema *s, int32_t base, const Dim *start, const int64_t *step, const Dim *len, int rank,
                      const Dim *shape, Span sp);

/* builtins.c */
int fe_builtin_lookup(const char *name);
const char *fe_builtin_name(int id);
const char *const *fe_builtin_names(int *n);
Value fe_builtin_call(Sema *s, int id, CallArg *args, int nargs, Span call, Span callee);
int fe_norm_axis(Sema *s, int64_t axis, int rank, Span sp); /* -1 on error */

/* resolve.c — names in module and function bodies, resolved before any
 * instantiation: fe_resolve_names records the names bound nowhere, the
 * checker marks those it evaluates (fe_resolve_visit, and reports them
 * itself), fe_resolve_report reports the rest. */
void fe_resolve_names(Sema *s);
Unresolved *fe_resolve_visit(Sema *s, const Node *n); /* NULL: not recorded */
void fe_resolve_report(Sema *s);

/* recursion.c — calls and instantiations that always recur, found before any
 * instantiation from the static scopes of resolve.c: each cycle is reported
 * once ("recursive call: f -> g -> f"), and its definitions are then never run
 * (fe_is_recursive). */
void fe_check_recursion(Sema *s);
bool fe_is_recursive(const Sema *s, const Node *def);

/* blocks.c */
void fe_check_spec_blocks(Sema *s, const Node *train, const Node *finetune, const Node *const *train_sets,
                          int ntrain_sets, const Node *const *ft_sets, int nft_sets);

/* blocks.c: a glob over dotted names, '*' matching any run of characters,
 * dots included (freeze and PEFT targets). */
bool fe_glob_match(const char *pat, const char *str);

#endif
