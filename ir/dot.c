/* dot.c — a graph as Graphviz: one box per node labelled `%N op` and its type,
 * edges from operands to users (numbered when an op has several operands),
 * parameters and inputs as coloured ellipses, outputs as extra nodes.
 *   llmc ir model.llm --dot | dot -Tsvg > model.svg */
#include "ir.h"

/* Appends s to a double-quoted DOT string; `\n` in s becomes a line break. */
static void put_escaped(StrBuf *b, const char *s) {
  for (; *s; s++) {
    if (*s == '"' || *s == '\\') {
      sb_putc(b, '\\');
      sb_putc(b, *s);
    } else if (*s == '\n') {
      sb_puts(b, "\\n");
    } else {
      sb_putc(b, *s);
    }
  }
}

/* The label: the node's text line without operands, then its type. */
static void label(StrBuf *b, const Graph *g, int32_t id) {
  const IrNode *n = ir_node(g, id);
  sb_printf(b, "%%%d %s", id, op_name(n->op));
  switch (n->op) {
  case OP_PARAM:
  case OP_INPUT:
    /* as the text form spells it: quoted, with \" and \\ */
    sb_puts(b, " \"");
    for (const char *s = n->name ? n->name : "?"; *s; s++) {
      if (*s == '"' || *s == '\\') sb_putc(b, '\\');
      sb_putc(b, *s);
    }
    sb_putc(b, '"');
    break;
  case OP_CONST: sb_printf(b, " %g", n->f); break;
  case OP_SYMDIM:
    sb_putc(b, ' ');
    dim_print(b, n->dimval, g->syms.v);
    break;
  default: break;
  }
  if (op_class(n->op) == OC_REDUCE) {
    sb_puts(b, " axes=[");
    for (int i = 0, k = 0; i < IR_MAX_RANK; i++)
      if (n->axes & (1u << i)) sb_printf(b, "%s%d", k++ ? ", " : "", i);
    sb_putc(b, ']');
  }
  if (n->op == OP_PERMUTE) {
    sb_puts(b, " perm=[");
    for (int i = 0; i < n->rank; i++) sb_printf(b, "%s%d", i ? ", " : "", n->perm[i]);
    sb_putc(b, ']');
  }
  if (n->op == OP_IOTA || n->op == OP_CONCAT || n->op == OP_TAKE || n->op == OP_PUT_ADD)
    sb_printf(b, " axis=%d", n->axis);
  if (n->nograd) sb_puts(b, " nograd=1");
  sb_putc(b, '\n');
  ir_print_type(b, g, n);
}

void ir_print_dot(StrBuf *b, const Graph *g) {
  StrBuf t = {0};
  sb_puts(b, "digraph \"");
  put_escaped(b, g->entry ? g->entry : "main");
  sb_puts(b, "\" {\n  node [shape=box, fontname=\"monospace\", fontsize=10];\n");
  for (int32_t i = 0; i < g->nodes.n; i++) {
    const IrNode *n = ir_node(g, i);
    t.len = 0;
    label(&t, g, i);
    sb_printf(b, "  n%d [label=\"", i);
    put_escaped(b, sb_cstr(&t));
    sb_putc(b, '"');
    if (n->op == OP_PARAM) sb_puts(b, ", shape=ellipse, style=filled, fillcolor=\"#ffe4b5\"");
    else if (n->op == OP_INPUT) sb_puts(b, ", shape=ellipse, style=filled, fillcolor=\"#cfe8ff\"");
    else if (op_class(n->op) == OC_LEAF) sb_puts(b, ", style=rounded");
    sb_puts(b, "];\n");
    for (int k = 0; k < n->nin; k++) {
      sb_printf(b, "  n%d -> n%d", n->in[k], i);
      if (n->nin > 1) sb_printf(b, " [label=\"%d\"]", k);
      sb_puts(b, ";\n");
    }
  }
  for (int i = 0; i < g->outputs.n; i++) {
    const IrOutput *o = &g->outputs.v[i];
    sb_printf(b, "  out%d [label=\"output ", i);
    put_escaped(b, o->name ? o->name : "?");
    sb_printf(b, "\", shape=doubleoctagon, style=filled, fillcolor=\"#d4f4d4\"];\n  n%d -> out%d;\n", o->node, i);
  }
  sb_puts(b, "}\n");
  sb_free(&t);
}
