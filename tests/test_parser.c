/* test_parser.c — the bison grammar (frontend/parser.y): precedence and
 * associativity, every statement and item form of LANGUAGE.md sections 1-5, 7
 * and 8, source spans, and error recovery (one run reports every independent
 * syntax error, each at the right place). */
#define _POSIX_C_SOURCE 200809L
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <regex.h>

#include "fe_test.h"

typedef struct DumpCase {
  const char *src;
  const char *want;
} DumpCase;

/* ---- expressions: precedence and associativity --------------------------------- */

static const DumpCase expressions_cases[] = {
  /* unary minus binds looser than ^, tighter than * */
  {"-x^2", "(unary - (binary ^ x 2))"},
  {"-2^2", "(unary - (binary ^ 2 2))"},
  {"-a * b", "(binary * (unary - a) b)"},
  {"a * -b", "(binary * a (unary - b))"},
  {"--a", "(unary - (unary - a))"},
  {"2 ^ -1", "(binary ^ 2 (unary - 1))"},
  /* ^ is right-associative */
  {"a ^ b ^ c", "(binary ^ a (binary ^ b c))"},
  {"a ^ b * c", "(binary * (binary ^ a b) c)"},
  /* * / @ share one level, left-associative */
  {"a + b * c", "(binary + a (binary * b c))"},
  {"a * b + c", "(binary + (binary * a b) c)"},
  {"a @ b * c", "(binary * (binary @ a b) c)"},
  {"a * b @ c", "(binary @ (binary * a b) c)"},
  {"a / b / c", "(binary / (binary / a b) c)"},
  {"a @ b @ c", "(binary @ (binary @ a b) c)"},
  {"a + b @ c", "(binary + a (binary @ b c))"},
  /* + - left-associative */
  {"a - b - c", "(binary - (binary - a b) c)"},
  {"a - b + c", "(binary + (binary - a b) c)"},
  /* comparisons are the loosest */
  {"a + 1 < b * 2", "(binary < (binary + a 1) (binary * b 2))"},
  {"a == b + 1", "(binary == a (binary + b 1))"},
  {"(a < b) * (b < c)", "(binary * (binary < a b) (binary < b c))"},
  /* parentheses, tuples, lists */
  {"(a + b) * c", "(binary * (binary + a b) c)"},
  {"((a))", "a"},
  {"(1, 2)", "(tuple [1 2])"},
  {"(1,)", "(tuple [1])"},
  {"[1, 2, 3]", "(list [1 2 3])"},
  {"[1, 2,]", "(list [1 2])"},
  {"[]", "(list [])"},
  {"[[1], []]", "(list [(list [1]) (list [])])"},
  /* postfix: call, index, member bind tightest and chain left to right */
  {"f(x)^2", "(binary ^ (call f [x]) 2)"},
  {"-f(x)", "(unary - (call f [x]))"},
  {"f()", "(call f [])"},
  {"f(x,)", "(call f [x])"},
  {"a.b.c(d)", "(call (member c (member b a)) [d])"},
  {"x[i][j]", "(index (index x [i]) [j])"},
  {"f(x)[0].y", "(member y (index (call f [x]) [0]))"},
  {"arange(T)[:, None] >= arange(T)[None, :]",
   "(binary >= (index (call arange [T]) [(slice) None]) (index (call arange [T]) [None (slice)]))"},
  /* keyword arguments */
  {"sum(x, axis=-1, keepdim=true)", "(call sum [x (kwarg axis (unary - 1)) (kwarg keepdim true)])"},
  {"adamw(lr = 1e-3, betas = [0.9, 0.99])", "(call adamw [(kwarg lr 0.001) (kwarg betas (list [0.9 0.99]))])"},
  {"f(a == b)", "(call f [(binary == a b)])"},
  /* indexing and slices */
  {"x[a:b]", "(index x [(slice a b)])"},
  {"x[0:T]", "(index x [(slice 0 T)])"},
  {"x[:, -1]", "(index x [(slice) (unary - 1)])"},
  {"x[..., 0]", "(index x [... 0])"},
  {"x[:, None]", "(index x [(slice) None])"},
  {"x[:, :, None]", "(index x [(slice) (slice) None])"},
  {"x[idx]", "(index x [idx])"},
  {"x[1:2:3]", "(index x [(slice 1 2 3)])"},
  {"x[a + 1 : b * 2]", "(index x [(slice (binary + a 1) (binary * b 2))])"},
  /* types are expressions */
  {"f32[B, T, vocab]", "(index f32 [B T vocab])"},
  {"f32[..., n_in]", "(index f32 [... n_in])"},
  {"f32[]", "(index f32)"},
  {"i32[d / heads]", "(index i32 [(binary / d heads)])"},
};
ParameterizedTestParameters(parser, expressions) { TABLE_PARAMS(expressions_cases); }
ParameterizedTest(size_t *ix, parser, expressions) {
  const DumpCase *c = &expressions_cases[*ix];
  char *got = dump_expr(c->src);
  cr_expect_str_eq(got, c->want, "expression `%s`: got %s, want %s", c->src, got, c->want);
  free(got);
}

/* The dump cannot tell x[a:] from x[:a]; the node can. */
Test(parser, slice_parts_keep_their_positions) {
  Parsed ps;
  parsed_init(&ps, "config { a = x[a:]; b = x[:b]; c = x[::c]; d = x[:] }");
  cr_assert(ps.ok, "%s", ps.out);
  NodeList *st = &ps.f->items.v[0]->list;
  cr_assert_eq(st->n, 4);
  Node *s[4];
  for (int i = 0; i < 4; i++) {
    Node *ix = st->v[i]->a;
    cr_assert_eq(ix->kind, N_INDEX);
    cr_assert_eq(ix->list.n, 1);
    s[i] = ix->list.v[0];
    cr_assert_eq(s[i]->kind, N_SLICE, "item %d", i);
  }
  cr_expect(s[0]->a && !s[0]->b && !s[0]->c, "x[a:]");
  cr_expect(!s[1]->a && s[1]->b && !s[1]->c, "x[:b]");
  cr_expect(!s[2]->a && !s[2]->b && s[2]->c, "x[::c]");
  cr_expect(!s[3]->a && !s[3]->b && !s[3]->c, "x[:]");
  parsed_free(&ps);
}

/* ---- statements and items ------------------------------------------------------------- */

static const DumpCase programs_cases[] = {
  {"import \"nn\"", "(import \"nn\")"},
  {"import \"./layers.llm\"", "(import \"./layers.llm\")"},
  {"config { d = 384; heads = 6 }", "(config [(assign 384 [d]) (assign 6 [heads])])"},
  {"config { }", "(config)"},
  {"config { name = \"x\"; on = true; lr = 1e-3 }",
   "(config [(assign \"x\" [name]) (assign true [on]) (assign 0.001 [lr])])"},
  /* tuple assignment and tuple return */
  {"fn f(x) { a, b = split(x, 2); return a, b }",
   "(fn f [(assign (call split [x 2]) [a b]) (return (tuple [a b]))] [(fnparam x)])"},
  {"fn f(x) { a, b, c = g(x)\n return a }",
   "(fn f [(assign (call g [x]) [a b c]) (return a)] [(fnparam x)])"},
  {"fn f() { return (1, 2) }", "(fn f [(return (tuple [1 2]))])"},
  /* functions: typed parameters, defaults, return types */
  {"fn softmax(x, axis = -1) { return x }",
   "(fn softmax [(return x)] [(fnparam x) (fnparam axis (unary - 1))])"},
  {"fn forward(idx: i32[B, T]) -> f32[B, T, vocab] { return idx }",
   "(fn forward (index f32 [B T vocab]) [(return idx)] [(fnparam idx (index i32 [B T]))])"},
  {"fn loss(a: f32[B], b: i32[B] = 0,) -> f32[] { return a }",
   "(fn loss (index f32) [(return a)] [(fnparam a (index f32 [B])) (fnparam b (index i32 [B]) 0)])"},
  {"fn nothing() { }", "(fn nothing [])"},
  /* modules with and without a parameter list */
  {"module Linear(n_in, n_out, bias = true) { w = param f32[n_in, n_out] init normal(0, 0.02) }",
   "(module Linear [(assign (param (index f32 [n_in n_out]) (call normal [0 0.02])) [w])] "
   "[(fnparam n_in) (fnparam n_out) (fnparam bias true)])"},
  {"module Empty { }", "(module Empty)"},
  {"module Empty() { }", "(module Empty)"},
  {"module Block(d) {\n  ln = LayerNorm(d)\n  fn forward(x) {\n    return x + ln(x)\n  }\n}",
   "(module Block [(assign (call LayerNorm [d]) [ln]) "
   "(fn forward [(return (binary + x (call ln [x])))] [(fnparam x)])] [(fnparam d)])"},
  /* params: init, frozen */
  {"model M { w = param f32[3] init zeros frozen }",
   "(model M [(assign (param frozen (index f32 [3]) zeros) [w])])"},
  {"model M { w = param f32[3] }", "(model M [(assign (param (index f32 [3])) [w])])"},
  {"model M { w = param f32[3] frozen }", "(model M [(assign (param frozen (index f32 [3])) [w])])"},
  {"model M { w = param bf16[2, 2] init uniform(-1, 1) }",
   "(model M [(assign (param (index bf16 [2 2]) (call uniform [(unary - 1) 1])) [w])])"},
  /* repeat */
  {"model M { blocks = repeat(4) Block(d) }",
   "(model M [(assign (repeat 4 (call Block [d])) [blocks])])"},
  {"model M { layers = repeat(n_layers) LlamaBlock(d, heads = 8) }",
   "(model M [(assign (repeat n_layers (call LlamaBlock [d (kwarg heads 8)])) [layers])])"},
  /* if / else / else if */
  {"model M { if bias { b = 1 } }", "(model M [(if bias [(assign 1 [b])])])"},
  {"model M { if a { x = 1 } else { x = 2 } }", "(model M [(if a [(assign 1 [x])] [(assign 2 [x])])])"},
  {"model M { if a { x = 1 } else if b { x = 2 } else { x = 3 } }",
   "(model M [(if a [(assign 1 [x])] [(if b [(assign 2 [x])] [(assign 3 [x])])])])"},
  {"model M { if kv_heads != heads { rep = heads / kv_heads } }",
   "(model M [(if (binary != kv_heads heads) [(assign (binary / heads kv_heads) [rep])])])"},
  /* train and finetune blocks */
  {"train {\n  data = text(\"t.txt\", tokenizer = \"char\", split = 0.9)\n  steps = 10\n"
   "  schedule = constant\n}",
   "(train [(assign (call text [\"t.txt\" (kwarg tokenizer \"char\") (kwarg split 0.9)]) [data]) "
   "(assign 10 [steps]) (assign constant [schedule])])"},
  {"finetune {\n  from = llama2c(\"stories260K.bin\")\n  freeze = [\"*\"]\n"
   "  lora = lora(rank = 8, alpha = 16, targets = [\"*.wq\", \"*.wv\"])\n}",
   "(finetune [(assign (call llama2c [\"stories260K.bin\"]) [from]) (assign (list [\"*\"]) [freeze]) "
   "(assign (call lora [(kwarg rank 8) (kwarg alpha 16) (kwarg targets (list [\"*.wq\" \"*.wv\"]))]) [lora])])"},
  {"train { }", "(train)"},
  /* several items */
  {"import \"nn\"\nconfig { d = 1 }\nmodel M { }\ntrain { steps = 1 }",
   "(import \"nn\")\n(config [(assign 1 [d])])\n(model M)\n(train [(assign 1 [steps])])"},
};
ParameterizedTestParameters(parser, programs) { TABLE_PARAMS(programs_cases); }
ParameterizedTest(size_t *ix, parser, programs) {
  const DumpCase *c = &programs_cases[*ix];
  char *got = dump_program(c->src);
  cr_expect_str_eq(got, c->want, "program:\n%s\ngot:\n%s\nwant:\n%s", c->src, got, c->want);
  free(got);
}

Test(parser, else_if_is_one_if_in_the_else_list) {
  Parsed ps;
  parsed_init(&ps, "model M { if a { } else if b { y = 1 } }");
  cr_assert(ps.ok, "%s", ps.out);
  Node *ifn = ps.f->items.v[0]->list.v[0];
  cr_assert_eq(ifn->kind, N_IF);
  cr_expect_eq(ifn->list.n, 0, "the then-branch is empty");
  cr_assert_eq(ifn->list2.n, 1);
  cr_expect_eq(ifn->list2.v[0]->kind, N_IF);
  cr_expect_str_eq(ifn->list2.v[0]->a->name, "b");
  parsed_free(&ps);
}

Test(parser, examples_and_stdlib_parse) {
  static const char *const files[] = {
    "stdlib/nn.llm", "examples/gpt_char.llm", "examples/llama_stories.llm",
    "examples/spam_classifier.llm",
  };
  for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
    char *path = sup_path_join(LLMC_SOURCE_DIR, files[i]);
    size_t len;
    char *text = sup_read_file(path, &len);
    cr_assert(text, "cannot read %s", path);
    Parsed ps;
    memset(&ps, 0, sizeof ps);
    ps.mem = open_memstream(&ps.out, &ps.outlen);
    diag_init(&ps.d, ps.mem);
    ps.p = fe_program_new(&ps.d, NULL);
    ps.ok = fe_parse_text(ps.p, path, text, len, &ps.f);
    fflush(ps.mem);
    cr_expect(ps.ok, "%s:\n%s", path, ps.out);
    cr_expect_gt(ps.f->items.n, 0, "%s has items", path);
    parsed_free(&ps);
    free(text);
    free(path);
  }
}

Test(parser, language_md_example_parses) {
  /* LANGUAGE.md section 9, verbatim. */
  char *got = dump_program(
      "import \"nn\"\n"
      "config { vocab = 512; d = 64; hidden = 172; n_layers = 5; heads = 8; kv_heads = 4; ctx = 512 }\n"
      "\n"
      "model Llama {\n"
      "  tok_embeddings = param f32[vocab, d] init normal(0, 0.02)\n"
      "  layers = repeat(n_layers) LlamaBlock(d, hidden, heads, kv_heads, ctx)\n"
      "  norm = RMSNorm(d, eps = 1e-5)\n"
      "\n"
      "  fn forward(idx: i32[B, T]) -> f32[B, T, vocab] {\n"
      "    x = layers(tok_embeddings[idx])\n"
      "    return norm(x) @ transpose(tok_embeddings)\n"
      "  }\n"
      "  fn loss(idx: i32[B, T], targets: i32[B, T]) -> f32[] {\n"
      "    return cross_entropy(forward(idx), targets)\n"
      "  }\n"
      "}\n");
  cr_expect(strncmp(got, "PARSE ERROR", 11) != 0, "%s", got);
  cr_expect(strstr(got, "(model Llama [(assign (param (index f32 [vocab d])"), "%s", got);
  cr_expect(strstr(got, "(fn loss (index f32) [(return (call cross_entropy"), "%s", got);
  free(got);
}

/* ---- spans ---------------------------------------------------------------------------- */

static void expect_span(const char *src, const Node *n, const char *text) {
  cr_assert(n);
  size_t len = strlen(text);
  const char *at = strstr(src, text);
  cr_assert(at, "bad test: '%s' not in source", text);
  cr_expect_eq(n->span.start, (uint32_t)(at - src), "%s: start %u, want %zu", text, n->span.start,
               (size_t)(at - src));
  cr_expect_eq(n->span.end, (uint32_t)(at - src + len), "%s: end %u, want %zu", text, n->span.end,
               (size_t)(at - src + len));
}

Test(parser, spans_cover_their_construct) {
  const char *src = "model M {\n  fn forward(x: f32[B, T]) -> f32[B] {\n    return a + b * c(d, k = 1)\n  }\n}";
  Parsed ps;
  parsed_init(&ps, src);
  cr_assert(ps.ok, "%s", ps.out);
  Node *model = ps.f->items.v[0];
  expect_span(src, model, src);
  Node *fn = model->list.v[0];
  cr_assert_eq(fn->kind, N_FN);
  expect_span(src, fn, "fn forward(x: f32[B, T]) -> f32[B] {\n    return a + b * c(d, k = 1)\n  }");
  cr_expect_eq(fn->name_span.start, (uint32_t)(strstr(src, "forward") - src));
  Node *param = fn->list2.v[0];
  expect_span(src, param, "x: f32[B, T]");
  expect_span(src, param->a, "f32[B, T]");
  expect_span(src, fn->a, "f32[B]");
  Node *ret = fn->list.v[0];
  expect_span(src, ret, "return a + b * c(d, k = 1)");
  Node *sum = ret->a;
  expect_span(src, sum, "a + b * c(d, k = 1)");
  expect_span(src, sum->b, "b * c(d, k = 1)");
  expect_span(src, sum->b->b, "c(d, k = 1)");
  expect_span(src, sum->b->b->list.v[1], "k = 1");
  parsed_free(&ps);
}

Test(parser, span_of_module_name) {
  const char *src = "module  Linear(n) { }";
  Parsed ps;
  parsed_init(&ps, src);
  cr_assert(ps.ok, "%s", ps.out);
  Node *m = ps.f->items.v[0];
  cr_expect_str_eq(m->name, "Linear");
  cr_expect_eq(m->name_span.start, 8);
  cr_expect_eq(m->name_span.end, 14);
  parsed_free(&ps);
}

/* ---- syntax errors -------------------------------------------------------------------- */

typedef struct ErrCountCase {
  const char *src;
  int nerrors;
} ErrCountCase;

/* Snippets with N independent syntax errors must report exactly N. */
static const ErrCountCase independent_errors_cases[] = {
  {"model M {\n  x = 1 +\n}\n", 1},
  {"config { a = = 1 }\nconfig { b = 2 }\nmodel M { x = 1 }\n", 1},
  {"config { a = 1 }\n"
   "model M {\n"
   "  x = 1 + * 2\n"
   "  y = 2\n"
   "  z = f(,)\n"
   "  w = 4\n"
   "  v = ]\n"
   "}\n",
   3},
  {"model M {\n"
   "  x = 1 y = 2\n"
   "  ok = 1\n"
   "  z = 3 )\n"
   "  ok2 = 2\n"
   "  fn f( { }\n"
   "}\n",
   3},
  {"config { a = 1 < 2 < 3 }\nconfig { b = 1 }\nconfig { c = param }\nconfig { d = 4 }\n"
   "config { e = repeat }\n",
   3},
  {"import nn\nconfig { a = 1 }\nmodule { }\nconfig { b = 2 }\nmodel { }\n", 3},
  {"model M {\n  fn f(x) -> { return x }\n  y = 1\n  fn g(x, , y) { return x }\n}\n", 2},
  {"train {\n  steps = \n  batch = 4\n  lr = 1e-3 1e-4\n  seed = 1\n}\nfinetune { from = }\n", 3},
  /* an unclosed bracket does not hide the errors after it */
  {"fn f( { }\nmodel M { x = 1 }\nmodule 3 { }\n", 2},
  {"model M {\n  x = f(a[1)\n  y = 2\n  z = * 3\n}\n", 2},
  {"model M {\n  x = (1 + 2\n}\nconfig { a = = 1 }\n", 2},
  {"model M {\n  x = 1 + 2)\n  y = 2\n  z = * 3\n}\nconfig { a = = 1 }\n", 3},
};
ParameterizedTestParameters(parser, independent_errors) { TABLE_PARAMS(independent_errors_cases); }
ParameterizedTest(size_t *ix, parser, independent_errors) {
  const ErrCountCase *c = &independent_errors_cases[*ix];
  Parsed ps;
  parsed_init(&ps, c->src);
  cr_expect(!ps.ok);
  cr_expect_eq(parsed_count_errors(&ps), c->nerrors, "want %d errors for:\n%s\ngot:\n%s", c->nerrors,
               c->src, ps.out);
  cr_expect_eq(ps.d.nerrors, c->nerrors, "the sink counts every error");
  parsed_free(&ps);
}

Test(parser, recovery_keeps_the_good_items) {
  Parsed ps;
  parsed_init(&ps, "config { a = = 1 }\nmodel M { x = 1 }\ntrain { steps = 2 }\n");
  cr_expect(!ps.ok);
  cr_expect_eq(parsed_count_errors(&ps), 1, "%s", ps.out);
  cr_expect(strstr(ps.dump, "(model M [(assign 1 [x])])"), "dump:\n%s", ps.dump);
  cr_expect(strstr(ps.dump, "(train [(assign 2 [steps])])"), "dump:\n%s", ps.dump);
  parsed_free(&ps);
}

Test(parser, recovery_keeps_the_items_before_an_error) {
  Parsed ps;
  parsed_init(&ps, "config { a = 1 }\nconfig { b = 2 } 3\nmodel M { }\n");
  cr_expect(!ps.ok);
  cr_expect_eq(parsed_count_errors(&ps), 1, "%s", ps.out);
  cr_expect_str_eq(ps.dump, "(config [(assign 1 [a])])\n(config [(assign 2 [b])])\n(model M)");
  parsed_free(&ps);
}

Test(parser, recovery_keeps_the_good_statements) {
  Parsed ps;
  parsed_init(&ps, "model M {\n  a = 1\n  b = * 2\n  c = 3\n  d = 4\n}\n");
  cr_expect(!ps.ok);
  cr_expect_eq(parsed_count_errors(&ps), 1, "%s", ps.out);
  cr_expect(strstr(ps.dump, "(assign 1 [a])"), "dump:\n%s", ps.dump);
  cr_expect(strstr(ps.dump, "(assign 4 [d])"), "dump:\n%s", ps.dump);
  parsed_free(&ps);
}

typedef struct ErrAtCase {
  const char *src;
  const char *where;   /* "t.llm:LINE:COL: error: " */
  const char *message; /* a part of the message */
} ErrAtCase;

static const ErrAtCase error_locations_cases[] = {
  {"model M {\n  x = 1 +\n  y = 2\n}", "t.llm:2:10: error: ", "expected an expression, found end of line"},
  {"model M {\n  x = 1 +\n}", "t.llm:3:1: error: ", "expected an expression, found '}'"},
  {"model M {\n  x = 1 + * 2\n}", "t.llm:2:11: error: ", "found '*'"},
  {"model M {\n  x = 1 y = 2\n}", "t.llm:2:9: error: ", "expected end of line or ';'"},
  {"model M {\n  x = 1 < 2 < 3\n}", "t.llm:2:13: error: ", "comparisons do not chain"},
  {"config { a = = 1 }", "t.llm:1:14: error: ", "found '='"},
  {"fn f( { }", "t.llm:1:7: error: ", "found '{'"},
  {"model M {\n\n     return\n  x = 1\n}", "t.llm:3:12: error: ", "found end of line"},
  {"model M { x = 1", "t.llm:1:16: error: ", "end of file"},
  {"model 3 { }", "t.llm:1:7: error: ", "found number '3'"},
  {"model M { x = f(a b) }", "t.llm:1:19: error: ", "unexpected name 'b'"},
  {"model M {\n  x = (1 +\n\n", "t.llm:4:1: error: ", "found end of file"},
  {"}", "t.llm:1:1: error: ", "'}'"},
  {"x = 1", "t.llm:1:1: error: ", "name 'x'"},
};
ParameterizedTestParameters(parser, error_locations) { TABLE_PARAMS(error_locations_cases); }
ParameterizedTest(size_t *ix, parser, error_locations) {
  const ErrAtCase *c = &error_locations_cases[*ix];
  Parsed ps;
  parsed_init(&ps, c->src);
  cr_expect(!ps.ok, "`%s` must fail", c->src);
  const char *hit = ps.out ? strstr(ps.out, c->where) : NULL;
  cr_expect(hit != NULL, "want an error at %s for:\n%s\ngot:\n%s", c->where, c->src, ps.out);
  if (hit) {
    const char *eol = strchr(hit, '\n');
    char *line = xstrndup(hit, eol ? (size_t)(eol - hit) : strlen(hit));
    cr_expect(strstr(line, c->message), "message '%s' lacks '%s'", line, c->message);
    free(line);
  }
  parsed_free(&ps);
}

Test(parser, every_error_line_has_the_standard_form) {
  Parsed ps;
  parsed_init(&ps,
              "config { a = = 1 }\n"
              "model M {\n"
              "  x = 1 + * 2\n"
              "  y = 2\n"
              "  z = f(,)\n"
              "  w = 4\n"
              "  v = ]\n"
              "}\n"
              "module { }\n");
  int n = parsed_count_errors(&ps);
  cr_assert_eq(n, 5, "%s", ps.out);
  regex_t re;
  cr_assert_eq(regcomp(&re, "^t\\.llm:[1-9][0-9]*:[1-9][0-9]*: error: .+$", REG_EXTENDED | REG_NOSUB), 0);
  char *save = NULL, *copy = xstrdup(ps.out);
  int checked = 0, excerpts = 0;
  for (char *line = strtok_r(copy, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
    if (line[0] == ' ') { excerpts++; continue; } /* source line or underline */
    cr_expect_eq(regexec(&re, line, 0, NULL, 0), 0, "malformed error line: %s", line);
    checked++;
  }
  cr_expect_eq(checked, n);
  cr_expect_eq(excerpts, 2 * n, "every error shows its line and an underline");
  regfree(&re);
  free(copy);
  parsed_free(&ps);
}

Test(parser, underline_points_at_the_column) {
  Parsed ps;
  parsed_init(&ps, "model M {\n  y = foo(a b)\n}\n");
  const char *l1 = strstr(ps.out, "t.llm:2:13: error:");
  cr_assert(l1, "%s", ps.out);
  const char *l2 = strchr(l1, '\n') + 1;
  const char *l3 = strchr(l2, '\n') + 1;
  cr_expect(strncmp(l2, "    y = foo(a b)\n", 17) == 0, "source line: %.20s", l2);
  /* two spaces of indent, then 12 columns before the 'b' */
  cr_expect(strncmp(l3, "              ^\n", 16) == 0, "underline: %.20s", l3);
  parsed_free(&ps);
}

Test(parser, deep_nesting_is_an_error_not_a_crash) {
  StrBuf b = {0};
  sb_puts(&b, "config { a = ");
  for (int i = 0; i < 20000; i++) sb_putc(&b, '-');
  sb_puts(&b, "x }");
  Parsed ps;
  parsed_init(&ps, sb_cstr(&b));
  cr_expect(!ps.ok);
  cr_expect_geq(parsed_count_errors(&ps), 1, "%.300s", ps.out);
  parsed_free(&ps);
  sb_free(&b);
}

Test(parser, long_flat_expression_parses) {
  /* Left-associative chains do not grow the parser stack. */
  StrBuf b = {0};
  sb_puts(&b, "config { a = x");
  for (int i = 0; i < 5000; i++) sb_puts(&b, " + x");
  sb_puts(&b, " }");
  Parsed ps;
  parsed_init(&ps, sb_cstr(&b));
  cr_expect(ps.ok, "%.300s", ps.out);
  parsed_free(&ps);
  sb_free(&b);
}
