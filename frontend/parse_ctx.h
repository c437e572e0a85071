/* parse_ctx.h — state shared by the flex scanner and the bison parser of one file. */
#ifndef LLMC_PARSE_CTX_H
#define LLMC_PARSE_CTX_H

#include "ast.h"

#define FE_MAX_NESTING 200   /* brackets open at once */
#define FE_MAX_DEPTH 2000    /* expression tree depth */

typedef struct Parser {
  Arena *arena;
  Diag *diag;
  uint32_t file;
  const char *text;
  size_t len;
  uint32_t off;            /* byte offset of the scanner */
  char brackets[FE_MAX_NESTING + 1]; /* open ( [ { */
  int nbrackets;
  bool too_deep_reported;
  /* token filter state (see parser.y) */
  int last_tok;
  bool has_peek;
  int peek_tok;
  Node *peek_node;
  Span peek_span;
  NodeList *items;         /* where parsed items go */
  NodeList *all_nodes;     /* every node made, so their lists can be freed */
  int nerrors;
} Parser;

/* The flex scanner's "raw" entry point; parser.y filters its separators. */
Node *fe_new_node(Parser *p, NodeKind k, Span sp);

#endif
