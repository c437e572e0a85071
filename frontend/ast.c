/* ast.c — names and a dumper for syntax trees. */
#include "ast.h"

static const char *const kind_names[N__COUNT] = {
  "num", "str", "bool", "ident", "ellipsis", "list", "tuple", "unary", "binary", "call",
  "kwarg", "index", "slice", "member", "param", "repeat", "assign", "return", "if", "fn",
  "fnparam", "import", "config", "module", "model", "train", "finetune",
};

const char *ast_kind_name(NodeKind k) { return k < N__COUNT ? kind_names[k] : "?"; }

const char *ast_op_str(AstOp op) {
  switch (op) {
  case AOP_ADD: return "+";
  case AOP_SUB: return "-";
  case AOP_MUL: return "*";
  case AOP_DIV: return "/";
  case AOP_MATMUL: return "@";
  case AOP_POW: return "^";
  case AOP_EQ: return "==";
  case AOP_NE: return "!=";
  case AOP_LT: return "<";
  case AOP_LE: return "<=";
  case AOP_GT: return ">";
  case AOP_GE: return ">=";
  case AOP_NEG: return "-";
  }
  return "?";
}

static void dump_list(StrBuf *b, const NodeList *l) {
  sb_putc(b, '[');
  for (int i = 0; i < l->n; i++) {
    if (i) sb_putc(b, ' ');
    ast_dump(b, l->v[i]);
  }
  sb_putc(b, ']');
}

void ast_dump(StrBuf *b, const Node *n) {
  if (!n) {
    sb_puts(b, "_");
    return;
  }
  switch (n->kind) {
  case N_NUM:
    if (n->is_int) sb_printf(b, "%lld", (long long)n->ival);
    else sb_printf(b, "%g", n->num);
    return;
  case N_STR: sb_printf(b, "\"%s\"", n->str); return;
  case N_BOOL: sb_puts(b, n->ival ? "true" : "false"); return;
  case N_IDENT: sb_puts(b, n->name); return;
  case N_ELLIPSIS: sb_puts(b, "..."); return;
  default: break;
  }
  sb_printf(b, "(%s", ast_kind_name(n->kind));
  if (n->kind == N_UNARY || n->kind == N_BINARY) sb_printf(b, " %s", ast_op_str(n->op));
  if (n->name) sb_printf(b, " %s", n->name);
  if (n->kind == N_IMPORT) sb_printf(b, " \"%s\"", n->str);
  if (n->kind == N_PARAM && n->flag) sb_puts(b, " frozen");
  if (n->a) { sb_putc(b, ' '); ast_dump(b, n->a); }
  if (n->b) { sb_putc(b, ' '); ast_dump(b, n->b); }
  if (n->c) { sb_putc(b, ' '); ast_dump(b, n->c); }
  if (n->list.n || n->kind == N_CALL || n->kind == N_LIST || n->kind == N_FN) {
    sb_putc(b, ' ');
    dump_list(b, &n->list);
  }
  if (n->list2.n) {
    sb_putc(b, ' ');
    dump_list(b, &n->list2);
  }
  sb_putc(b, ')');
}

void ast_each_subexpr(const Node *n, void (*f)(const Node *sub, void *ctx), void *ctx) {
  const Node *parts[3] = {NULL, NULL, NULL};
  switch (n->kind) {
  case N_LIST:
  case N_TUPLE:
  case N_CALL:
  case N_INDEX:
    if (n->a) f(n->a, ctx);
    for (int i = 0; i < n->list.n; i++)
      if (n->list.v[i]) f(n->list.v[i], ctx);
    return;
  case N_UNARY:
  case N_KWARG:
  case N_MEMBER: parts[0] = n->a; break;
  case N_BINARY:
  case N_SLICE:
    parts[0] = n->a, parts[1] = n->b, parts[2] = n->c;
    break;
  default: return;
  }
  for (int i = 0; i < 3; i++)
    if (parts[i]) f(parts[i], ctx);
}
