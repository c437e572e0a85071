/* ast.h — the syntax tree of a .llm program. Every node carries its source span.
 * Nodes live in the arena of the Program that owns them. */
#ifndef LLMC_AST_H
#define LLMC_AST_H

#include "support.h"

typedef enum NodeKind {
  /* expressions */
  N_NUM,      /* num (double), is_int, ival */
  N_STR,      /* str, slen */
  N_BOOL,     /* ival 0/1 */
  N_IDENT,    /* name */
  N_ELLIPSIS, /* `...` */
  N_LIST,     /* [ list ] */
  N_TUPLE,    /* ( a, b, ... ) or the right side of `return a, b` */
  N_UNARY,    /* op a */
  N_BINARY,   /* a op b */
  N_CALL,     /* a(list); list items may be N_KWARG */
  N_KWARG,    /* name = a (inside a call) */
  N_INDEX,    /* a[list]; list items are expressions or N_SLICE */
  N_SLICE,    /* a:b:c inside an index; each part may be NULL */
  N_MEMBER,   /* a.name */
  N_PARAM,    /* param a(type expr) init b [frozen=flag] */
  N_REPEAT,   /* repeat(a) b */
  /* statements */
  N_ASSIGN,   /* list (targets: N_IDENT) = a */
  N_RETURN,   /* a (N_TUPLE for several values) */
  N_IF,       /* if a { list } else { list2 }; an `else if` is one N_IF in list2 */
  N_FN,       /* fn name(params) -> a { list } ; params in list2 (N_FNPARAM) */
  N_FNPARAM,  /* name [: a] [= b] */
  /* items */
  N_IMPORT,   /* str */
  N_CONFIG,   /* list of N_ASSIGN */
  N_MODULE,   /* module name(params) { list }; params in list2 */
  N_MODEL,    /* model name { list } */
  N_TRAIN,    /* train { list of N_ASSIGN } */
  N_FINETUNE, /* finetune { list of N_ASSIGN } */
  N__COUNT
} NodeKind;

/* Operators of N_UNARY / N_BINARY. */
typedef enum AstOp {
  AOP_ADD, AOP_SUB, AOP_MUL, AOP_DIV, AOP_MATMUL, AOP_POW,
  AOP_EQ, AOP_NE, AOP_LT, AOP_LE, AOP_GT, AOP_GE,
  AOP_NEG,
} AstOp;

typedef struct Node Node;
typedef VEC(Node *) NodeList;

struct Node {
  NodeKind kind;
  AstOp op;
  Span span;     /* the whole construct */
  Span name_span;/* for nodes with a name: where the name is */
  const char *name;
  double num;
  int64_t ival;
  bool is_int;
  bool flag;     /* N_PARAM: frozen */
  char *str;     /* N_STR, N_IMPORT: decoded bytes */
  size_t slen;
  Node *a, *b, *c;
  NodeList list, list2;
};

/* One parsed file. */
typedef struct AstFile {
  uint32_t file;   /* id in the Diag source table */
  char *path;      /* resolved path */
  NodeList items;
} AstFile;

const char *ast_kind_name(NodeKind k);
const char *ast_op_str(AstOp op);
/* Writes a readable S-expression form of a node (for tests and debugging). */
void ast_dump(StrBuf *b, const Node *n);
/* Passes each sub-expression of expression n to f (the callee and arguments
 * of a call, items, operands, the subscripts and slice parts of an index, a
 * keyword argument's value, a member's object; NULL parts skipped). Leaves
 * have none, nor have N_PARAM and N_REPEAT here (their parts are not
 * ordinary expressions). */
void ast_each_subexpr(const Node *n, void (*f)(const Node *sub, void *ctx), void *ctx);

#endif
