/* fe_test.h — helpers for front-end tests: parse a snippet with the real
 * scanner and parser, capture its diagnostics, dump its syntax tree.
 * Header-only (static functions), included by tests/test_*.c. */
#ifndef LLMC_FE_TEST_H
#define LLMC_FE_TEST_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>
#include <criterion/parameterized.h>

#include "frontend.h"

/* Parameterized tests over a static table: the parameter is the row index.
 * (Criterion runs each test in a fresh process of the same program, where
 * pointers into the table, such as string literals, need not be valid, so
 * rows are looked up again on the other side.)
 *   static const Row rows[] = {...};
 *   ParameterizedTestParameters(suite, name) { TABLE_PARAMS(rows); }
 *   ParameterizedTest(size_t *ix, suite, name) { const Row *r = &rows[*ix]; ... } */
static inline void fe_test_free_params(struct criterion_test_params *cp) { cr_free(cp->params); }
#define TABLE_PARAMS(table)                                                    \
  do {                                                                         \
    size_t n_ = sizeof(table) / sizeof((table)[0]);                           \
    size_t *ix_ = cr_malloc(n_ * sizeof *ix_);                                 \
    for (size_t i_ = 0; i_ < n_; i_++) ix_[i_] = i_;                           \
    return cr_make_param_array(size_t, ix_, n_, fe_test_free_params);          \
  } while (0)

typedef struct Parsed {
  Diag d;
  Program *p;
  AstFile *f;
  bool ok;        /* fe_parse_text's result */
  FILE *mem;      /* the diagnostics, captured */
  char *out;
  size_t outlen;
  char *dump;     /* ast_dump of every item, one per line */
} Parsed;

/* Parses `src` as the file "t.llm". Call parsed_free afterwards. */
static inline void parsed_init(Parsed *ps, const char *src) {
  memset(ps, 0, sizeof *ps);
  ps->mem = open_memstream(&ps->out, &ps->outlen);
  diag_init(&ps->d, ps->mem);
  ps->d.max_errors = 0; /* count every error */
  ps->p = fe_program_new(&ps->d, NULL);
  ps->ok = fe_parse_text(ps->p, "t.llm", src, strlen(src), &ps->f);
  fflush(ps->mem);
  StrBuf b = {0};
  for (int i = 0; ps->f && i < ps->f->items.n; i++) {
    if (i) sb_putc(&b, '\n');
    ast_dump(&b, ps->f->items.v[i]);
  }
  ps->dump = xstrdup(sb_cstr(&b));
  sb_free(&b);
}

static inline void parsed_free(Parsed *ps) {
  fe_program_free(ps->p);
  diag_free(&ps->d);
  fclose(ps->mem);
  free(ps->out);
  free(ps->dump);
  memset(ps, 0, sizeof *ps);
}

/* Number of lines of the diagnostics that contain ": error: ". */
static inline int parsed_count_errors(const Parsed *ps) {
  int n = 0;
  for (const char *s = ps->out; s && (s = strstr(s, ": error: ")); s++) n++;
  return n;
}

/* Parses "config { _ = EXPR }" and returns the dump of EXPR alone (caller
 * frees), or a string starting with "PARSE ERROR" and the diagnostics. */
static inline char *dump_expr(const char *expr) {
  StrBuf src = {0};
  sb_printf(&src, "config { _ = %s }", expr);
  Parsed ps;
  parsed_init(&ps, sb_cstr(&src));
  sb_free(&src);
  StrBuf b = {0};
  if (!ps.ok || ps.f->items.n != 1 || ps.f->items.v[0]->kind != N_CONFIG ||
      ps.f->items.v[0]->list.n != 1) {
    sb_printf(&b, "PARSE ERROR: %s\n%s", ps.dump, ps.out ? ps.out : "");
  } else {
    ast_dump(&b, ps.f->items.v[0]->list.v[0]->a);
  }
  char *r = xstrdup(sb_cstr(&b));
  sb_free(&b);
  parsed_free(&ps);
  return r;
}

/* Parses a whole program and returns the dump of its items, one per line (or
 * "PARSE ERROR" and the diagnostics). Caller frees. */
static inline char *dump_program(const char *src) {
  Parsed ps;
  parsed_init(&ps, src);
  StrBuf b = {0};
  if (!ps.ok) sb_printf(&b, "PARSE ERROR: %s\n%s", ps.dump, ps.out ? ps.out : "");
  else sb_puts(&b, ps.dump);
  char *r = xstrdup(sb_cstr(&b));
  sb_free(&b);
  parsed_free(&ps);
  return r;
}

#endif
