/* test_lexer.c — the flex scanner (frontend/lexer.l), driven through
 * fe_parse_text on small snippets: what each token becomes in the syntax tree,
 * where newlines separate statements and where they do not, and the lexical
 * errors with their exact locations. */
#define _POSIX_C_SOURCE 200809L
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <regex.h>

#include "fe_test.h"

/* One snippet and the ast_dump it must give. */
typedef struct DumpCase {
  const char *src;
  const char *want;
} DumpCase;

static void check_expr(const DumpCase *c) {
  char *got = dump_expr(c->src);
  cr_expect_str_eq(got, c->want, "expression `%s`: got %s, want %s", c->src, got, c->want);
  free(got);
}

static void check_program(const DumpCase *c) {
  char *got = dump_program(c->src);
  cr_expect_str_eq(got, c->want, "program:\n%s\ngot:\n%s\nwant:\n%s", c->src, got, c->want);
  free(got);
}

/* ---- numbers ---------------------------------------------------------------- */

static const DumpCase numbers_cases[] = {
  {"42", "42"},
  {"0", "0"},
  {"007", "7"},
  {"3.5", "3.5"},
  {"0.02", "0.02"},
  {"1e-5", "1e-05"},
  {"1E+3", "1000"},
  {"2e3", "2000"},
  {".5", "0.5"},
  {".5e1", "5"},
  {"2.", "2"},
  {"9223372036854775807", "9223372036854775807"},
  {"-1", "(unary - 1)"},
  {"1-2", "(binary - 1 2)"},
  {"1e-5-2", "(binary - 1e-05 2)"},
};
ParameterizedTestParameters(lexer, numbers) { TABLE_PARAMS(numbers_cases); }
ParameterizedTest(size_t *ix, lexer, numbers) { check_expr(&numbers_cases[*ix]); }

Test(lexer, integer_and_float_literals_are_told_apart) {
  Parsed ps;
  parsed_init(&ps, "config { a = 42; b = 42.0; c = 4e1 }");
  cr_assert(ps.ok, "%s", ps.out);
  Node *cfg = ps.f->items.v[0];
  cr_assert_eq(cfg->list.n, 3);
  Node *a = cfg->list.v[0]->a, *b = cfg->list.v[1]->a, *c = cfg->list.v[2]->a;
  cr_expect_eq(a->kind, N_NUM);
  cr_expect(a->is_int, "42 is an integer literal");
  cr_expect_eq(a->ival, 42);
  cr_expect_eq(a->num, 42.0);
  cr_expect(!b->is_int, "42.0 is a float literal");
  cr_expect_eq(b->num, 42.0);
  cr_expect(!c->is_int, "4e1 is a float literal");
  cr_expect_eq(c->num, 40.0);
  parsed_free(&ps);
}

Test(lexer, number_then_dot_name_is_not_a_member) {
  /* `.5` is a number, so `x.5` is not a member access: one syntax error. */
  Parsed ps;
  parsed_init(&ps, "config { a = x.5 }");
  cr_expect(!ps.ok);
  cr_expect_eq(parsed_count_errors(&ps), 1, "%s", ps.out);
  parsed_free(&ps);
}

/* ---- identifiers and keywords ------------------------------------------------ */

static const DumpCase names_cases[] = {
  {"x", "x"},
  {"_x1", "_x1"},
  {"None", "None"},
  {"training", "training"},
  {"models", "models"},     /* a keyword is only a whole word */
  {"iffy", "iffy"},
  {"returned", "returned"},
  {"initial", "initial"},
  {"f32", "f32"},
  {"true", "true"},
  {"false", "false"},
  {"a.b", "(member b a)"},
  {"a . b", "(member b a)"},
  {"...", "..."},
};
ParameterizedTestParameters(lexer, names) { TABLE_PARAMS(names_cases); }
ParameterizedTest(size_t *ix, lexer, names) { check_expr(&names_cases[*ix]); }

Test(lexer, keyword_cannot_be_a_name) {
  Parsed ps;
  parsed_init(&ps, "config { model = 1 }");
  cr_expect(!ps.ok, "`model` is a keyword");
  cr_expect_eq(parsed_count_errors(&ps), 1, "%s", ps.out);
  parsed_free(&ps);
}

/* ---- operators ----------------------------------------------------------------- */

static const DumpCase operators_cases[] = {
  {"a==b", "(binary == a b)"},
  {"a!=b", "(binary != a b)"},
  {"a<=b", "(binary <= a b)"},
  {"a>=b", "(binary >= a b)"},
  {"a<b", "(binary < a b)"},
  {"a>b", "(binary > a b)"},
  {"a@b", "(binary @ a b)"},
  {"a^b", "(binary ^ a b)"},
  {"a/b", "(binary / a b)"},
  {"a*b", "(binary * a b)"},
  {"a+b", "(binary + a b)"},
  {"a--b", "(binary - a (unary - b))"},
};
ParameterizedTestParameters(lexer, operators) { TABLE_PARAMS(operators_cases); }
ParameterizedTest(size_t *ix, lexer, operators) { check_expr(&operators_cases[*ix]); }

/* ---- strings --------------------------------------------------------------------- */

static const DumpCase strings_cases[] = {
  {"\"abc\"", "\"abc\""},
  {"\"\"", "\"\""},
  {"\"a\\\"b\"", "\"a\"b\""},
  {"\"a\\\\b\"", "\"a\\b\""},
  {"\"a\\nb\"", "\"a\nb\""},
  {"\"a\\tb\"", "\"a\tb\""},
  {"\"# not a comment\"", "\"# not a comment\""},
  {"\"a;b\"", "\"a;b\""},
  {"\"\xc3\xa9t\xc3\xa9\"", "\"\xc3\xa9t\xc3\xa9\""}, /* UTF-8 is fine inside strings */
};
ParameterizedTestParameters(lexer, strings) { TABLE_PARAMS(strings_cases); }
ParameterizedTest(size_t *ix, lexer, strings) { check_expr(&strings_cases[*ix]); }

Test(lexer, string_escapes_are_decoded) {
  Parsed ps;
  parsed_init(&ps, "import \"a\\\"b\\\\c\\nd\"");
  cr_assert(ps.ok, "%s", ps.out);
  Node *imp = ps.f->items.v[0];
  cr_assert_eq(imp->kind, N_IMPORT);
  cr_expect_eq(imp->slen, 7);
  cr_expect(memcmp(imp->str, "a\"b\\c\nd", 7) == 0, "decoded to '%s'", imp->str);
  parsed_free(&ps);
}

Test(lexer, string_span_covers_the_quotes) {
  Parsed ps;
  parsed_init(&ps, "config { s = \"hi\" }");
  cr_assert(ps.ok, "%s", ps.out);
  Node *s = ps.f->items.v[0]->list.v[0]->a;
  cr_expect_eq(s->span.start, 13);
  cr_expect_eq(s->span.end, 17);
  parsed_free(&ps);
}

/* ---- comments, separators, newlines ----------------------------------------------- */

static const DumpCase layout_cases[] = {
  /* comments */
  {"", ""},
  {"# only a comment", ""},
  {"# one\n# two\n\n", ""},
  {"config { a = 1 # trailing\n b = 2 }", "(config [(assign 1 [a]) (assign 2 [b])])"},
  {"config { a = 1 } # after", "(config [(assign 1 [a])])"},
  {"config { a = 1 }\n# last line without newline", "(config [(assign 1 [a])])"},
  /* ';' separators, repeated and leading ones */
  {";;;;", ""},
  {"config { a = 1; b = 2 }", "(config [(assign 1 [a]) (assign 2 [b])])"},
  {"config { ;; a = 1;;; b = 2;; }", "(config [(assign 1 [a]) (assign 2 [b])])"},
  {"import \"nn\";;; config { a = 1 };", "(import \"nn\")\n(config [(assign 1 [a])])"},
  /* newlines separate statements inside { } ... */
  {"config {\n\n  a = 1\n\n  b = 2\n\n}\n", "(config [(assign 1 [a]) (assign 2 [b])])"},
  /* ... and are ignored inside ( ) and [ ] */
  {"config { a = f(\n  x,\n  y\n) }", "(config [(assign (call f [x y]) [a])])"},
  {"config { a = [\n  1,\n  2,\n] }", "(config [(assign (list [1 2]) [a])])"},
  {"config { a = x[\n  :,\n  0\n] }", "(config [(assign (index x [(slice) 0]) [a])])"},
  {"config { a = (1 +\n 2) * 3 }", "(config [(assign (binary * (binary + 1 2) 3) [a])])"},
  {"config { a = f(g(\n[\n1]\n)) }", "(config [(assign (call f [(call g [(list [1])])]) [a])])"},
  /* a backslash before a newline continues the line */
  {"config { a = 1 + \\\n 2 }", "(config [(assign (binary + 1 2) [a])])"},
  /* CRLF line endings, tabs, form feeds */
  {"config {\r\n\ta = 1\r\n\tb = 2\r\n}\r\n", "(config [(assign 1 [a]) (assign 2 [b])])"},
  {"config {\f a = 1\v }", "(config [(assign 1 [a])])"},
  /* `else` on the line after the `}` */
  {"model M {\n  if c {\n    x = 1\n  }\n  else {\n    x = 2\n  }\n}",
   "(model M [(if c [(assign 1 [x])] [(assign 2 [x])])])"},
  {"model M {\n  if c { x = 1 }\n\n  else { x = 2 }\n}",
   "(model M [(if c [(assign 1 [x])] [(assign 2 [x])])])"},
};
ParameterizedTestParameters(lexer, layout) { TABLE_PARAMS(layout_cases); }
ParameterizedTest(size_t *ix, lexer, layout) { check_program(&layout_cases[*ix]); }

Test(lexer, newline_inside_braces_within_brackets_separates) {
  /* Two statements on separate lines need a separator; on one line they are
   * an error, which proves the newline is what separates them. */
  Parsed ps;
  parsed_init(&ps, "config { a = 1 b = 2 }");
  cr_expect(!ps.ok);
  cr_expect_eq(parsed_count_errors(&ps), 1, "%s", ps.out);
  cr_expect(strstr(ps.out, "expected end of line or ';'"), "%s", ps.out);
  parsed_free(&ps);
}

/* ---- lexical errors and their locations ---------------------------------------- */

typedef struct ErrCase {
  const char *src;
  const char *where;   /* "t.llm:LINE:COL: error: " prefix expected */
  const char *message; /* a part of the message */
} ErrCase;

static const ErrCase errors_cases[] = {
  {"config {\n  a = \"abc\n}", "t.llm:2:7: error: ", "unterminated string"},
  {"config { a = \"abc\\", "t.llm:1:14: error: ", "unterminated string"},
  {"config { a = \"x\\qy\" }", "t.llm:1:16: error: ", "unknown escape sequence"},
  {"config {\n  c = 99999999999999999999\n}", "t.llm:2:7: error: ", "integer literal is too large"},
  {"config { c = 9223372036854775808 }", "t.llm:1:14: error: ", "integer literal is too large"},
  {"config {\n\n  d = 1e999 }", "t.llm:3:7: error: ", "out of range"},
  {"config { e = 12ab }", "t.llm:1:14: error: ", "a name cannot start with a digit"},
  {"config { f = $ }", "t.llm:1:14: error: ", "unexpected character '$'"},
  {"config { f = a ` b }", "t.llm:1:16: error: ", "unexpected character '`'"},
  {"config { a = 1 }\xff", "t.llm:1:17: error: ", "unexpected byte 0xff"},
  {"config { a = \x01 }", "t.llm:1:14: error: ", "unexpected byte 0x01"},
  {"#ok\n\tconfig { a = ? }", "t.llm:2:15: error: ", "unexpected character '?'"},
};
ParameterizedTestParameters(lexer, errors) { TABLE_PARAMS(errors_cases); }
ParameterizedTest(size_t *ix, lexer, errors) {
  const ErrCase *c = &errors_cases[*ix];
  Parsed ps;
  parsed_init(&ps, c->src);
  cr_expect(!ps.ok, "`%s` must fail", c->src);
  cr_expect_geq(ps.d.nerrors, 1);
  const char *hit = ps.out ? strstr(ps.out, c->where) : NULL;
  cr_expect(hit != NULL, "want an error at %s for:\n%s\ngot:\n%s", c->where, c->src, ps.out);
  if (hit) {
    const char *eol = strchr(hit, '\n');
    size_t n = eol ? (size_t)(eol - hit) : strlen(hit);
    char *line = xstrndup(hit, n);
    cr_expect(strstr(line, c->message), "message '%s' lacks '%s'", line, c->message);
    free(line);
  }
  parsed_free(&ps);
}

Test(lexer, column_counts_a_tab_as_one_byte) {
  Parsed ps;
  parsed_init(&ps, "#ok\n\tconfig { a = ? }");
  cr_expect(!ps.ok);
  const char *l1 = strstr(ps.out, "t.llm:2:15: error: unexpected character '?'\n");
  cr_assert(l1, "%s", ps.out);
  /* the underline keeps the tab, so the caret lines up under the '?' */
  const char *l3 = strchr(strchr(l1, '\n') + 1, '\n') + 1;
  cr_expect(strncmp(l3, "  \t             ^\n", 18) == 0, "underline: %s", l3);
  parsed_free(&ps);
}

Test(lexer, caret_is_under_the_offending_token) {
  Parsed ps;
  parsed_init(&ps, "config {\n  name = 12ab\n}");
  cr_assert(!ps.ok);
  /* message line, then "  <source line>", then "  <spaces>^~~~" */
  const char *l1 = strstr(ps.out, "t.llm:2:10: error:");
  cr_assert(l1, "%s", ps.out);
  const char *l2 = strchr(l1, '\n') + 1;
  const char *l3 = strchr(l2, '\n') + 1;
  cr_expect(strncmp(l2, "    name = 12ab\n", 16) == 0, "source line: %s", l2);
  cr_expect(strncmp(l3, "           ^~~~\n", 16) == 0, "underline: %s", l3);
  parsed_free(&ps);
}

Test(lexer, every_lexical_error_is_reported) {
  /* Five independent lexical errors on five lines, each reported once. */
  Parsed ps;
  parsed_init(&ps,
              "config {\n"
              "  a = \"abc\n"
              "  b = 99999999999999999999\n"
              "  c = 1e400\n"
              "  d = 3x\n"
              "  e = \"\\z\"\n"
              "}\n");
  cr_expect_eq(parsed_count_errors(&ps), 5, "%s", ps.out);
  cr_expect_eq(ps.d.nerrors, 5);
  for (int line = 2; line <= 6; line++) {
    char want[32];
    snprintf(want, sizeof want, "t.llm:%d:", line);
    cr_expect(strstr(ps.out, want), "no error on line %d:\n%s", line, ps.out);
  }
  parsed_free(&ps);
}

Test(lexer, error_lines_have_the_standard_form) {
  Parsed ps;
  parsed_init(&ps, "config { a = $ }\n\xfe\nmodel M { x = \"\n}\n");
  cr_assert_geq(parsed_count_errors(&ps), 3, "%s", ps.out);
  regex_t re;
  cr_assert_eq(regcomp(&re, "^t\\.llm:[0-9]+:[0-9]+: error: .+$", REG_EXTENDED | REG_NOSUB), 0);
  char *save = NULL, *copy = xstrdup(ps.out);
  int checked = 0;
  for (char *line = strtok_r(copy, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
    if (!strstr(line, "error:") || line[0] == ' ') continue; /* excerpts start with spaces */
    cr_expect_eq(regexec(&re, line, 0, NULL, 0), 0, "malformed error line: %s", line);
    checked++;
  }
  cr_expect_eq(checked, parsed_count_errors(&ps));
  regfree(&re);
  free(copy);
  parsed_free(&ps);
}

Test(lexer, nul_byte_is_an_error_not_the_end) {
  /* An embedded NUL must not end the text early: the error after it counts. */
  static const char src[] = "config { a = 1 }\0config { b = $ }";
  Parsed ps;
  memset(&ps, 0, sizeof ps);
  ps.mem = open_memstream(&ps.out, &ps.outlen);
  diag_init(&ps.d, ps.mem);
  ps.p = fe_program_new(&ps.d, NULL);
  ps.ok = fe_parse_text(ps.p, "t.llm", src, sizeof src - 1, &ps.f);
  fflush(ps.mem);
  cr_expect(!ps.ok);
  cr_expect(strstr(ps.out, "unexpected byte 0x00"), "%s", ps.out);
  cr_expect(strstr(ps.out, "unexpected character '$'"), "%s", ps.out);
  parsed_free(&ps);
}

Test(lexer, bracket_nesting_limit_is_one_error) {
  StrBuf b = {0};
  sb_puts(&b, "config { a = ");
  for (int i = 0; i < 300; i++) sb_putc(&b, '(');
  sb_putc(&b, 'x');
  for (int i = 0; i < 300; i++) sb_putc(&b, ')');
  sb_puts(&b, " }");
  Parsed ps;
  parsed_init(&ps, sb_cstr(&b));
  cr_expect(!ps.ok);
  cr_expect_eq(parsed_count_errors(&ps), 1, "%s", ps.out);
  cr_expect(strstr(ps.out, "nested more than"), "%s", ps.out);
  parsed_free(&ps);
  sb_free(&b);
}
