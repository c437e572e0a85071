/* print.c — the IR text form. One line per node:
 *     %4 = sum %2 axes=[2] : f32[B, T, 1]
 * Leaves name what they are (`input "idx"`, `param "wte"`, `const 0.5`);
 * attributes are `key=value`; the type follows the colon. The form is parsed
 * back by parse.c, and print -> parse -> print gives the same text. */
#include <math.h>
#include <string.h>

#include "ir.h"

static void print_dim(StrBuf *b, const Graph *g, Dim d) { dim_print(b, d, g->syms.v); }

void ir_print_type(StrBuf *b, const Graph *g, const IrNode *n) {
  sb_printf(b, "%s[", dtype_name(n->dtype));
  for (int i = 0; i < n->rank; i++) {
    if (i) sb_puts(b, ", ");
    print_dim(b, g, n->shape[i]);
  }
  sb_putc(b, ']');
}

static void print_num(StrBuf *b, double v) {
  if (isinf(v)) sb_puts(b, v < 0 ? "-inf" : "inf");
  else if (isnan(v)) sb_puts(b, "nan");
  else if (v == floor(v) && fabs(v) < 1e15) sb_printf(b, "%.1f", v);
  else sb_printf(b, "%.17g", v);
}

static void print_string(StrBuf *b, const char *s) {
  sb_putc(b, '"');
  for (; *s; s++) {
    if (*s == '"' || *s == '\\') sb_putc(b, '\\');
    sb_putc(b, *s);
  }
  sb_putc(b, '"');
}

void ir_print_node(StrBuf *b, const Graph *g, int32_t id) {
  const IrNode *n = ir_node(g, id);
  sb_printf(b, "%%%d = %s", id, op_name(n->op));
  switch (n->op) {
  case OP_PARAM:
  case OP_INPUT:
    sb_putc(b, ' ');
    print_string(b, n->name);
    break;
  case OP_CONST:
    sb_putc(b, ' ');
    print_num(b, n->f);
    break;
  case OP_SYMDIM:
    sb_puts(b, " ");
    print_dim(b, g, n->dimval);
    break;
  default: break;
  }
  for (int i = 0; i < n->nin; i++) sb_printf(b, "%s%%%d", i ? ", " : " ", n->in[i]);
  switch (op_class(n->op)) {
  case OC_REDUCE: {
    sb_puts(b, " axes=[");
    bool first = true;
    for (int i = 0; i < IR_MAX_RANK; i++)
      if (n->axes & (1u << i)) {
        sb_printf(b, "%s%d", first ? "" : ", ", i);
        first = false;
      }
    sb_putc(b, ']');
    break;
  }
  default: break;
  }
  if (n->op == OP_PERMUTE) {
    sb_puts(b, " perm=[");
    for (int i = 0; i < n->rank; i++) sb_printf(b, "%s%d", i ? ", " : "", n->perm[i]);
    sb_putc(b, ']');
  }
  if (n->op == OP_IOTA || n->op == OP_CONCAT || n->op == OP_TAKE || n->op == OP_PUT_ADD || n->op == OP_RAND)
    sb_printf(b, " %s=%d", n->op == OP_RAND ? "stream" : "axis", n->axis);
  if (n->op == OP_SLICE || n->op == OP_PAD) {
    int r = n->op == OP_SLICE ? ir_node(g, n->in[0])->rank : n->rank;
    sb_puts(b, " start=[");
    for (int i = 0; i < r; i++) {
      if (i) sb_puts(b, ", ");
      print_dim(b, g, n->slice->start[i]);
    }
    sb_puts(b, "] step=[");
    for (int i = 0; i < r; i++) sb_printf(b, "%s%lld", i ? ", " : "", (long long)n->slice->step[i]);
    sb_putc(b, ']');
  }
  if (n->nograd) sb_puts(b, " nograd=1");
  sb_puts(b, " : ");
  ir_print_type(b, g, n);
}

void ir_print(StrBuf *b, const Graph *g) {
  sb_printf(b, "graph %s(", g->entry ? g->entry : "main");
  for (int i = 0; i < g->syms.n; i++) sb_printf(b, "%s%s", i ? ", " : "", g->syms.v[i]);
  sb_puts(b, ") {\n");
  for (int i = 0; i < g->nodes.n; i++) {
    sb_puts(b, "  ");
    ir_print_node(b, g, i);
    sb_putc(b, '\n');
  }
  for (int i = 0; i < g->outputs.n; i++) sb_printf(b, "  output %s = %%%d\n", g->outputs.v[i].name, g->outputs.v[i].node);
  sb_puts(b, "}\n");
}
