/* test_irtext.c — the IR text form, the verifier and the Graphviz printer.
 *
 *  - round trip: print -> parse -> print is the identity, and the parsed graph
 *    equals the printed one field by field, on graphs made with the builders
 *    (every op and attribute) and on the lowered IR of every example and
 *    tests/valid program (entries forward and loss, training on and off);
 *  - parse errors: each names its line and column and shows the line;
 *  - the verifier: valid graphs pass, hand-corrupted ones are reported;
 *  - golden IR: tests/ir/NAME.llm lowers (entry forward) to exactly
 *    tests/ir/NAME.ir, which also parses back to the same text.
 *
 *   LLMC_UPDATE_GOLDEN=1 ./test_irtext    rewrites every tests/ir/NAME.ir from the
 *                                         current lowering (review the diff)
 */
#define _XOPEN_SOURCE 700
#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>
#include <criterion/parameterized.h>

#include "fe_test.h"
#include "frontend.h"
#include "ir.h"
#include "model.h"

#define IR_GOLDEN_DIR LLMC_SOURCE_DIR "/tests/ir"

/* ---- helpers ------------------------------------------------------------------------- */

/* A Diag whose output is captured in memory. */
typedef struct Captured {
  Diag d;
  FILE *mem;
  char *out;
  size_t len;
} Captured;

static void cap_init(Captured *c) {
  memset(c, 0, sizeof *c);
  c->mem = open_memstream(&c->out, &c->len);
  diag_init(&c->d, c->mem);
  c->d.max_errors = 0;
}

static const char *cap_text(Captured *c) {
  fflush(c->mem);
  return c->out ? c->out : "";
}

static void cap_free(Captured *c) {
  diag_free(&c->d);
  fclose(c->mem);
  free(c->out);
}

static char *print_graph(const Graph *g) {
  StrBuf b = {0};
  ir_print(&b, g);
  char *s = xstrdup(sb_cstr(&b));
  sb_free(&b);
  return s;
}

static bool same_double(double a, double b) {
  if (isnan(a) || isnan(b)) return isnan(a) && isnan(b);
  return memcmp(&a, &b, sizeof a) == 0;
}

static bool same_dims(const Dim *a, const Dim *b, int n) {
  for (int i = 0; i < n; i++)
    if (!dim_eq(a[i], b[i])) return false;
  return true;
}

/* Asserts that two graphs hold the same nodes, attributes and outputs (spans aside). */
static void assert_same_graph(const Graph *a, const Graph *b, const char *what) {
  cr_assert_eq(a->syms.n, b->syms.n, "%s: shape variable count", what);
  for (int i = 0; i < a->syms.n; i++) cr_assert_str_eq(a->syms.v[i], b->syms.v[i], "%s: shape variable %d", what, i);
  cr_assert_str_eq(a->entry ? a->entry : "main", b->entry, "%s: entry", what);
  cr_assert_eq(a->nodes.n, b->nodes.n, "%s: node count", what);
  for (int i = 0; i < a->nodes.n; i++) {
    const IrNode *x = &a->nodes.v[i], *y = &b->nodes.v[i];
    cr_assert_eq(x->op, y->op, "%s: %%%d op", what, i);
    cr_assert_eq(x->dtype, y->dtype, "%s: %%%d dtype", what, i);
    cr_assert_eq(x->rank, y->rank, "%s: %%%d rank", what, i);
    cr_assert(same_dims(x->shape, y->shape, x->rank), "%s: %%%d shape", what, i);
    cr_assert_eq(x->nin, y->nin, "%s: %%%d nin", what, i);
    for (int k = 0; k < x->nin; k++) cr_assert_eq(x->in[k], y->in[k], "%s: %%%d operand %d", what, i, k);
    cr_assert(same_double(x->f, y->f), "%s: %%%d value %.17g vs %.17g", what, i, x->f, y->f);
    cr_assert_eq(x->axis, y->axis, "%s: %%%d axis", what, i);
    cr_assert_eq(x->axes, y->axes, "%s: %%%d axes", what, i);
    cr_assert(memcmp(x->perm, y->perm, sizeof x->perm) == 0, "%s: %%%d perm", what, i);
    cr_assert_eq(!x->slice, !y->slice, "%s: %%%d slice presence", what, i);
    if (x->slice) {
      cr_assert(same_dims(x->slice->start, y->slice->start, x->rank), "%s: %%%d start", what, i);
      cr_assert(memcmp(x->slice->step, y->slice->step, sizeof(int64_t) * (size_t)x->rank) == 0, "%s: %%%d step", what, i);
    }
    cr_assert(dim_eq(x->dimval, y->dimval), "%s: %%%d dimval", what, i);
    cr_assert_eq(!x->name, !y->name, "%s: %%%d name presence", what, i);
    if (x->name) cr_assert_str_eq(x->name, y->name, "%s: %%%d name", what, i);
  }
  cr_assert_eq(a->outputs.n, b->outputs.n, "%s: output count", what);
  for (int i = 0; i < a->outputs.n; i++) {
    cr_assert_str_eq(a->outputs.v[i].name, b->outputs.v[i].name, "%s: output %d", what, i);
    cr_assert_eq(a->outputs.v[i].node, b->outputs.v[i].node, "%s: output %d", what, i);
  }
}

/* The graph verifies; its text parses back into an equal graph that prints the same. */
static void assert_round_trip(const Graph *g, const char *what) {
  Captured c;
  cap_init(&c);
  char *t1 = print_graph(g);
  cr_assert(ir_verify(g, &c.d), "%s: the graph does not verify:\n%s\n--- its text:\n%s", what, cap_text(&c), t1);
  Graph *h = ir_parse(t1, strlen(t1), "roundtrip.ir", &c.d);
  cr_assert(h, "%s: its text does not parse:\n%s\n--- the text:\n%s", what, cap_text(&c), t1);
  cr_assert(ir_verify(h, &c.d), "%s: the parsed graph does not verify:\n%s", what, cap_text(&c));
  char *t2 = print_graph(h);
  cr_assert_str_eq(t2, t1, "%s: print -> parse -> print differs", what);
  assert_same_graph(g, h, what);
  cr_assert_eq(c.d.nerrors, 0);
  free(t1);
  free(t2);
  ir_graph_free(h);
  cap_free(&c);
}

/* Parses text; returns the graph (or NULL) and the diagnostics (caller frees). */
static Graph *parse_text(const char *text, char **diags) {
  Captured c;
  cap_init(&c);
  Graph *g = ir_parse(text, strlen(text), "t.ir", &c.d);
  *diags = xstrdup(cap_text(&c));
  if (!g) cr_assert_gt(c.d.nerrors, 0, "a failed parse must report an error");
  cap_free(&c);
  return g;
}

static Dim D(int64_t c) { return dim_const(c); }

/* ---- graphs made with the builders ------------------------------------------------- */

/* Every op and attribute, with symbolic dims (B, T), several dtypes, slices
 * with symbolic starts and strides, a concat of three and unusual constants. */
static Graph *build_all_ops(void) {
  Graph *g = ir_graph_new();
  g->entry = arena_strdup(&g->arena, "everything");
  Dim b = dim_var(ir_sym(g, "B")), t = dim_var(ir_sym(g, "T"));
  Span sp = {0};
  int32_t x = ir_input(g, "x", DT_F32, 3, (Dim[]){b, t, D(8)}, sp);        // (B, T, 8)
  int32_t idx = ir_input(g, "idx", DT_I32, 2, (Dim[]){b, t}, sp);          // (B, T)
  int32_t w = ir_param(g, "blocks.0.mlp.w", DT_F32, 2, (Dim[]){D(8), D(16)}, sp);
  int32_t table = ir_param(g, "wte", DT_F32, 2, (Dim[]){D(10), D(8)}, sp);
  ir_param(g, "we\"ird\\name", DT_F16, 0, NULL, sp);
  int32_t c = ir_const(g, -2.5, DT_F32, 3, (Dim[]){b, t, D(8)}, sp);
  ir_const(g, -3, DT_I32, 0, NULL, sp);
  ir_iota(g, DT_I32, 2, (Dim[]){b, t}, 1, sp);
  ir_symdim(g, dim_sub(dim_mul(b, t), D(1)), DT_I32, sp);  // B*T - 1
  ir_symdim(g, dim_sub(D(0), t), DT_I32, sp);              // -T
  ir_rand(g, 3, (Dim[]){b, t, D(8)}, 3, sp);
  int32_t acc = x;
  for (int op = 0; op < OP__COUNT; op++)
    if (op_class((OpKind)op) == OC_UNARY && op != OP_CAST) acc = ir_unary(g, (OpKind)op, acc, sp);
  int32_t h = ir_cast(g, x, DT_F16, sp);
  ir_cast(g, ir_cast(g, h, DT_BF16, sp), DT_F64, sp);
  ir_cast(g, idx, DT_F32, sp);
  for (int op = 0; op < OP__COUNT; op++)
    if (op_class((OpKind)op) == OC_BINARY) ir_binary(g, (OpKind)op, x, c, sp);
  int32_t m = ir_binary(g, OP_LT, x, c, sp);
  ir_where(g, m, x, c, sp);
  int32_t s = ir_reduce(g, OP_RSUM, x, 0x6, sp);           // axes=[1, 2]
  ir_reduce(g, OP_RMAX, x, 0x1, sp);
  ir_reduce(g, OP_RMIN, x, 0x7, sp);
  ir_reduce(g, OP_ARGMAX, x, 0x4, sp);
  ir_reduce(g, OP_RSUM, x, 0, sp);                         // axes=[]
  int32_t wr = ir_reshape(g, w, 3, (Dim[]){D(1), D(8), D(16)}, sp);
  int32_t we = ir_expand(g, wr, 3, (Dim[]){b, D(8), D(16)}, sp);
  ir_matmul(g, x, we, sp);                                 // (B, T, 16)
  ir_reshape(g, x, 1, (Dim[]){dim_mul(D(8), dim_mul(b, t))}, sp);  // 8*B*T
  ir_permute(g, x, (int[]){2, 0, 1}, sp);
  ir_expand(g, s, 3, (Dim[]){b, t, D(8)}, sp);
  int32_t sl = ir_slice(g, x, (Dim[]){D(0), dim_sub(t, D(1)), D(0)}, (int64_t[]){1, 1, 1}, (Dim[]){b, D(1), D(8)}, sp);
  int32_t cat = ir_concat(g, (int32_t[]){x, sl, sl}, 3, 1, sp);   // (B, T + 2, 8)
  ir_slice(g, cat, (Dim[]){D(0), D(2), D(0)}, (int64_t[]){1, 1, 1}, (Dim[]){b, t, D(8)}, sp);
  ir_slice(g, cat, (Dim[]){D(0), D(0), D(1)}, (int64_t[]){1, 2, 2}, (Dim[]){b, D(1), D(4)}, sp);
  int32_t st = ir_slice(g, x, (Dim[]){D(0), dim_sub(t, D(1)), D(2)}, (int64_t[]){1, 1, 3}, (Dim[]){b, D(1), D(2)}, sp);
  ir_pad(g, st, (Dim[]){D(0), dim_sub(t, D(1)), D(2)}, (int64_t[]){1, 1, 3}, (Dim[]){b, t, D(8)}, sp);
  int32_t ga = ir_gather(g, table, idx, sp);                // (B, T, 8)
  ir_scatter_add(g, ga, idx, D(10), sp);                    // (10, 8)
  int32_t tk = ir_take(g, x, idx, 2, sp);                   // (B, T)
  int32_t pa = ir_put_add(g, tk, idx, 2, D(8), sp);         // (B, T, 8)
  static const double consts[] = {0.1, -0.0, 1e-30, 1e300, -1e15, 1e15, 123456789012345678.0, 0.5, -7.0,
                                  1.0 / 3.0, 2.2250738585072014e-308, 5e-324};
  for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++) ir_const(g, consts[i], DT_F64, 0, NULL, sp);
  ir_const(g, INFINITY, DT_F32, 0, NULL, sp);
  ir_const(g, -INFINITY, DT_F32, 1, (Dim[]){t}, sp);
  ir_const(g, NAN, DT_BF16, 0, NULL, sp);
  ir_add_output(g, "out", acc);
  ir_add_output(g, "grad.blocks.0.mlp.w", pa);
  ir_add_output(g, "loss", cat);
  return g;
}

/* Dims at the edges of what dim_print writes. */
static Graph *build_odd_dims(void) {
  Graph *g = ir_graph_new();
  g->entry = arena_strdup(&g->arena, "dims");
  int B = ir_sym(g, "B"), T = ir_sym(g, "T"), N = ir_sym(g, "n_ctx2");
  Dim b = dim_var(B), t = dim_var(T), n = dim_var(N);
  Span sp = {0};
  Dim btt = dim_mul(b, dim_mul(t, t));
  ir_input(g, "y", DT_F32, 4, (Dim[]){dim_add(t, D(1)), btt, dim_mul(D(64), dim_mul(b, t)), dim_sub(dim_mul(D(2), n), D(3))}, sp);
  ir_input(g, "z", DT_F32, 0, NULL, sp);
  ir_symdim(g, dim_mul(D(INT64_MIN), t), DT_I32, sp);
  ir_symdim(g, dim_const(INT64_MAX), DT_I32, sp);
  ir_symdim(g, dim_const(INT64_MIN), DT_I32, sp);
  ir_symdim(g, dim_const(0), DT_F32, sp);
  ir_symdim(g, dim_add(dim_mul(b, dim_mul(b, dim_mul(b, b))), dim_sub(dim_mul(D(-5), t), D(7))), DT_I32, sp);
  ir_symdim(g, dim_sub(dim_sub(D(0), b), n), DT_I32, sp); /* -B - n_ctx2 */
  return g;
}

Test(irtext, round_trip_every_op) {
  Graph *g = build_all_ops();
  bool seen[OP__COUNT] = {0};
  for (int i = 0; i < g->nodes.n; i++) seen[g->nodes.v[i].op] = true;
  for (int op = 0; op < OP__COUNT; op++) cr_expect(seen[op], "op %s is not covered", op_name((OpKind)op));
  assert_round_trip(g, "all ops");
  ir_graph_free(g);
}

Test(irtext, round_trip_odd_dims) {
  Graph *g = build_odd_dims();
  char *t = print_graph(g);
  cr_expect(strstr(t, "f32[T + 1, B*T*T, 64*B*T, 2*n_ctx2 - 3]"), "dims print as expected:\n%s", t);
  cr_expect(strstr(t, "symdim -9223372036854775808*T : i32[]"), "INT64_MIN coefficient:\n%s", t);
  cr_expect(strstr(t, "symdim -9223372036854775808 : i32[]"), "INT64_MIN constant:\n%s", t);
  free(t);
  assert_round_trip(g, "odd dims");
  ir_graph_free(g);
}

Test(irtext, round_trip_empty_and_unnamed) {
  Graph *g = ir_graph_new(); /* entry NULL prints as "main" */
  assert_round_trip(g, "empty");
  ir_input(g, "x", DT_I32, 0, NULL, (Span){0});
  ir_add_output(g, "x", 0);
  assert_round_trip(g, "one input");
  ir_graph_free(g);
}

Test(irtext, constants_print_exactly) {
  Graph *g = build_all_ops();
  char *t = print_graph(g);
  cr_expect(strstr(t, "= const inf : f32[]"), "%s", t);
  cr_expect(strstr(t, "= const -inf : f32[T]"), "%s", t);
  cr_expect(strstr(t, "= const nan : bf16[]"), "%s", t);
  cr_expect(strstr(t, "= const -0.0 : f64[]"), "%s", t);
  cr_expect(strstr(t, "= const -3.0 : i32[]"), "%s", t);
  cr_expect(strstr(t, "param \"we\\\"ird\\\\name\" : f16[]"), "%s", t);
  free(t);
  ir_graph_free(g);
}

/* ---- parsing: accepted forms --------------------------------------------------------- */

Test(irtext, comments_blank_lines_and_spacing) {
  const char *text = "# a hand-written graph\n"
                     "\n"
                     "graph  f ( B ,T )  {   # header\n"
                     "  %0 = input \"x\" : f32[B,T]\n"
                     "\n"
                     "  # the body\n"
                     "\t%1=neg %0:f32[ B , T ]   # negate\n"
                     "  %2 = const -1e3 : f32[]\n"
                     "  %3 = sum %1 axes=[ 1 ,0 ] : f32[1, 1]\n"
                     "  output   out=%3\n"
                     "}   # done\n"
                     "# trailing comment";
  char *diags;
  Graph *g = parse_text(text, &diags);
  cr_assert(g, "%s", diags);
  char *t = print_graph(g);
  cr_expect_str_eq(t, "graph f(B, T) {\n"
                      "  %0 = input \"x\" : f32[B, T]\n"
                      "  %1 = neg %0 : f32[B, T]\n"
                      "  %2 = const -1000.0 : f32[]\n"
                      "  %3 = sum %1 axes=[0, 1] : f32[1, 1]\n"
                      "  output out = %3\n"
                      "}\n");
  cr_expect_eq(g->nodes.v[1].span.start, (uint32_t)(strstr(text, "%1=") - text), "nodes carry their text span");
  free(t);
  free(diags);
  ir_graph_free(g);
}

Test(irtext, parses_without_final_newline_and_with_crlf) {
  char *diags;
  Graph *g = parse_text("graph f() {\r\n  %0 = const 2.0 : f32[]\r\n  output o = %0\r\n}", &diags);
  cr_assert(g, "%s", diags);
  cr_expect_eq(g->nodes.n, 1);
  cr_expect_eq(g->syms.n, 0);
  free(diags);
  ir_graph_free(g);
}

Test(irtext, dims_are_normalised) {
  char *diags;
  Graph *g = parse_text("graph f(B, T) {\n  %0 = input \"x\" : f32[1 + T*B*2 - 1, T*3 - 2*T + 4]\n}\n", &diags);
  cr_assert(g, "%s", diags);
  char *t = print_graph(g);
  cr_expect(strstr(t, "f32[2*B*T, T + 4]"), "%s", t);
  free(t);
  free(diags);
  ir_graph_free(g);
}

Test(irtext, concat_of_many_operands) {
  Graph *g = ir_graph_new();
  int32_t xs[100];
  for (int i = 0; i < 100; i++) xs[i] = ir_input(g, "x", DT_F32, 1, (Dim[]){D(i % 3 + 1)}, (Span){0});
  ir_add_output(g, "out", ir_concat(g, xs, 100, 0, (Span){0}));
  assert_round_trip(g, "concat of 100");
  ir_graph_free(g);
}

/* ---- parsing: errors ------------------------------------------------------------------- */

typedef struct ErrCase {
  const char *name;
  const char *text;
  const char *msg; /* the message after "error: " (a prefix of it) */
  int line, col;
} ErrCase;

#define H1 "graph f(B) {\n  %0 = input \"x\" : f32[B]\n"
#define H2 "graph f(B, T) {\n  %0 = input \"x\" : f32[B, T]\n"

static const ErrCase err_cases[] = {
    {"unknown_op", H1 "  %1 = addd %0, %0 : f32[B]\n}\n", "unknown op 'addd'; did you mean 'add'?", 3, 8},
    {"unknown_op_far", H1 "  %1 = frobnicate %0 : f32[B]\n}\n", "unknown op 'frobnicate'", 3, 8},
    {"operand_not_defined", H1 "  %1 = neg %2 : f32[B]\n}\n", "operand %2 is not defined yet", 3, 12},
    {"operand_self", H1 "  %1 = neg %1 : f32[B]\n}\n", "node %1 cannot use itself", 3, 12},
    {"arity_too_few", H1 "  %1 = add %0 : f32[B]\n}\n", "'add' takes 2 operands, got 1", 3, 8},
    {"arity_leaf", H1 "  %1 = iota %0 axis=0 : i32[B]\n}\n", "'iota' takes 0 operands, got 1", 3, 8},
    {"arity_concat", H1 "  %1 = concat axis=0 : f32[B]\n}\n", "'concat' takes at least one operand", 3, 8},
    {"bad_dtype", H1 "  %1 = neg %0 : f31[B]\n}\n", "unknown dtype 'f31'; did you mean 'f32'?", 3, 17},
    {"missing_type", H1 "  %1 = neg %0 : [B]\n}\n", "expected a type like f32[B, T], found '['", 3, 17},
    {"unknown_shape_var", H1 "  %1 = neg %0 : f32[C]\n}\n", "unknown shape variable 'C' (declare it", 3, 21},
    {"shape_var_suggest", H2 "  %1 = input \"y\" : f32[Tt]\n}\n", "unknown shape variable 'Tt'; did you mean 'T'?", 3, 24},
    {"node_numbering", H1 "  %2 = neg %0 : f32[B]\n}\n", "expected node %1 here", 3, 3},
    {"missing_colon", H1 "  %1 = neg %0 f32[B]\n}\n", "expected ':' and the result type, found 'f32'", 3, 15},
    {"missing_axes", H1 "  %1 = sum %0 : f32[1]\n}\n", "'sum' needs axes=[...]", 3, 8},
    {"missing_perm", H1 "  %1 = permute %0 : f32[B]\n}\n", "'permute' needs perm=[...]", 3, 8},
    {"attr_not_applicable", H1 "  %1 = neg %0 axis=0 : f32[B]\n}\n", "'neg' has no attribute 'axis'", 3, 15},
    {"attr_unknown", H1 "  %1 = sum %0 axs=[0] : f32[1]\n}\n", "unknown attribute 'axs'; did you mean 'axes'?", 3, 15},
    {"attr_twice", H1 "  %1 = sum %0 axes=[0] axes=[0] : f32[1]\n}\n", "attribute 'axes' given twice", 3, 24},
    {"axis_listed_twice", H2 "  %1 = sum %0 axes=[1, 1] : f32[B, 1]\n}\n", "axis 1 is listed twice", 3, 24},
    {"axis_out_of_range", H1 "  %1 = sum %0 axes=[8] : f32[1]\n}\n", "axis 8 is out of range [0, 8)", 3, 21},
    {"perm_length", H2 "  %1 = permute %0 perm=[1, 0, 2] : f32[T, B]\n}\n", "perm has 3 entries for a rank-2 result", 3, 19},
    {"step_length", H2 "  %1 = slice %0 start=[0, 0] step=[1] : f32[B, T]\n}\n", "step has 1 entries for a rank-2 result", 3, 30},
    {"unterminated_string", "graph f() {\n  %0 = input \"x : f32[]\n}\n", "unterminated string", 2, 14},
    {"bad_number", "graph f() {\n  %0 = const 1.5x : f32[]\n}\n", "expected the end of the number, found 'x'", 2, 17},
    {"missing_number", "graph f() {\n  %0 = const : f32[]\n}\n", "expected a number, found ':'", 2, 14},
    {"question_dim", "graph f() {\n  %0 = input \"x\" : f32[?]\n}\n", "'?' marks a dim the printer could not represent", 2, 24},
    {"dim_degree", H1 "  %1 = input \"y\" : f32[B*B*B*B*B]\n}\n", "dim term of too high a degree", 3, 32},
    {"dim_coefficient", H1 "  %1 = input \"y\" : f32[99999999999999999999*B]\n}\n", "dim coefficient out of range", 3, 24},
    {"trailing_junk", H1 "  %1 = neg %0 : f32[B] junk\n}\n", "expected the end of the line, found 'junk'", 3, 24},
    {"missing_brace", H1, "missing '}' at the end of the graph", 3, 1},
    {"after_brace", H1 "}\nextra\n", "expected nothing after the graph's '}', found 'extra'", 4, 1},
    {"not_graph", "grph f() {\n}\n", "expected 'graph', found 'grph'", 1, 1},
    {"empty_text", "", "expected 'graph', found the end of the text", 1, 1},
    {"shape_var_twice", "graph f(B, B) {\n}\n", "shape variable 'B' declared twice", 1, 12},
    {"bad_statement", H1 "  out = %0\n}\n", "expected a node (%N = op ...) or 'output', found 'out'", 3, 3},
    {"output_undefined", H1 "  output out = %5\n}\n", "output refers to %5, which is not defined", 3, 16},
    {"output_twice", H1 "  output out = %0\n  output out = %0\n}\n", "output 'out' defined twice", 4, 10},
    {"ref_without_number", H1 "  %1 = neg % : f32[B]\n}\n", "expected a node number after '%', found ' '", 3, 13},
    /* the node's rule, checked by the verifier as each node is read */
    {"rule_shapes", H2 "  %1 = param \"y\" : f32[T, B]\n  %2 = add %0, %1 : f32[B, T]\n}\n",
     "operand shapes differ: %0 is f32[B, T], %1 is f32[T, B]", 4, 3},
    {"rule_result", H2 "  %1 = exp %0 : f32[B, 1]\n}\n", "result type is f32[B, 1], but the rule gives f32[B, T]", 3, 3},
    {"rule_dtypes", H2 "  %1 = input \"i\" : i32[B, T]\n  %2 = mul %0, %1 : f32[B, T]\n}\n",
     "operand dtypes differ: %0 is f32, %1 is i32", 4, 3},
    {"rule_compare_i32", H2 "  %1 = lt %0, %0 : f32[B, T]\n}\n", "result type is f32[B, T], but the rule gives i32[B, T]", 3, 3},
    {"rule_where_mask", H2 "  %1 = where %0, %0, %0 : f32[B, T]\n}\n", "mask %0 must be i32, is f32", 3, 3},
    {"rule_perm", H2 "  %1 = permute %0 perm=[0, 0] : f32[B, B]\n}\n", "perm=[0, 0] is not a permutation of 2 axes", 3, 3},
    {"rule_axes_rank", H1 "  %1 = sum %0 axes=[3] : f32[B]\n}\n", "axes: axis 3 is out of range for rank 1", 3, 3},
    {"rule_expand", H2 "  %1 = expand %0 : f32[B, 4]\n}\n", "cannot expand axis 1 from T to 4", 3, 3},
    {"rule_reshape", H2 "  %1 = reshape %0 : f32[B, T, 2]\n}\n", "reshape changes the element count", 3, 3},
    {"rule_slice_range", H2 "  %1 = slice %0 start=[0, 1] step=[1, 1] : f32[B, T]\n}\n",
     "axis 1: T elements from 1 by step 1 do not fit in T", 3, 3},
    {"rule_slice_step", H2 "  %1 = slice %0 start=[0, 0] step=[1, 0] : f32[B, 1]\n}\n", "step[1] is 0; steps must be >= 1", 3, 3},
    {"rule_gather_index", H2 "  %1 = param \"t\" : f32[5, 3]\n  %2 = gather %1, %0 : f32[B, T, 3]\n}\n",
     "index %0 must be i32, is f32", 4, 3},
    {"rule_matmul", H2 "  %1 = matmul %0, %0 : f32[B, T]\n}\n", "inner dims differ: f32[B, T] @ f32[B, T]", 3, 3},
    {"rule_i32_const", "graph f() {\n  %0 = const 1.5 : i32[]\n}\n", "i32 constant 1.5 is not an integer", 2, 3},
    {"rule_negative_dim", "graph f() {\n  %0 = input \"x\" : f32[-2]\n}\n", "dim 0 is negative (-2)", 2, 3},
    {"rule_iota_axis", H1 "  %1 = iota axis=1 : i32[B]\n}\n", "axis=1 is out of range for rank 1", 3, 3},
};

ParameterizedTestParameters(irtext, parse_errors) { TABLE_PARAMS(err_cases); }

ParameterizedTest(size_t *ix, irtext, parse_errors) {
  const ErrCase *e = &err_cases[*ix];
  char *diags;
  Graph *g = parse_text(e->text, &diags);
  cr_expect_null(g, "%s: should not parse", e->name);
  ir_graph_free(g);
  char want[512];
  snprintf(want, sizeof want, "t.ir:%d:%d: error: %s", e->line, e->col, e->msg);
  cr_expect(strstr(diags, want) != NULL, "%s: expected\n  %s\nin:\n%s", e->name, want, diags);
  int n = 0;
  for (const char *s = diags; (s = strstr(s, ": error: ")); s++) n++;
  cr_expect_eq(n, 1, "%s: exactly one error, got:\n%s", e->name, diags);
  free(diags);
}

Test(irtext, parse_error_shows_line_and_caret) {
  char *diags;
  Graph *g = parse_text(H1 "  %1 = addd %0, %0 : f32[B]\n}\n", &diags);
  cr_assert_null(g);
  cr_expect_str_eq(diags, "t.ir:3:8: error: unknown op 'addd'; did you mean 'add'?\n"
                          "    %1 = addd %0, %0 : f32[B]\n"
                          "         ^~~~\n");
  free(diags);
}

Test(irtext, parse_error_nul_byte) {
  Captured c;
  cap_init(&c);
  const char text[] = "graph f() {\n\0}\n";
  Graph *g = ir_parse(text, sizeof text - 1, "t.ir", &c.d);
  cr_expect_null(g);
  cr_expect(strstr(cap_text(&c), "t.ir:2:1: error: the text contains a NUL byte"), "%s", cap_text(&c));
  cap_free(&c);
}

/* ---- the verifier ------------------------------------------------------------------------ */

/* A small valid graph touching the common rules; ids of interest in V_*. */
enum {
  V_X, V_Y, V_IDX, V_F, V_CAST, V_ADD, V_SUM, V_EXPAND, V_PERMUTE, V_TABLE, V_GATHER, V_RESHAPE, V_SLICE,
  V_LT, V_WHERE, V_W, V_WR, V_WE, V_MATMUL, V_CONCAT, V_TAKE, V_IOTA, V_EXPAND2, V_COUNT
};

static Graph *build_small(void) {
  Graph *g = ir_graph_new();
  g->entry = arena_strdup(&g->arena, "forward");
  Dim b = dim_var(ir_sym(g, "B")), t = dim_var(ir_sym(g, "T"));
  Span sp = {0};
  int32_t id[V_COUNT];
  id[V_X] = ir_input(g, "x", DT_F32, 3, (Dim[]){b, t, D(4)}, sp);
  id[V_Y] = ir_input(g, "y", DT_F32, 3, (Dim[]){b, t, D(4)}, sp);
  id[V_IDX] = ir_input(g, "idx", DT_I32, 2, (Dim[]){b, t}, sp);
  id[V_F] = ir_input(g, "fidx", DT_F32, 2, (Dim[]){b, t}, sp);
  id[V_CAST] = ir_cast(g, V_X, DT_I32, sp);
  id[V_ADD] = ir_binary(g, OP_ADD, V_X, V_Y, sp);
  id[V_SUM] = ir_reduce(g, OP_RSUM, V_ADD, 0x4, sp);
  id[V_EXPAND] = ir_expand(g, V_SUM, 3, (Dim[]){b, t, D(4)}, sp);
  id[V_PERMUTE] = ir_permute(g, V_EXPAND, (int[]){1, 0, 2}, sp);
  id[V_TABLE] = ir_param(g, "table", DT_F32, 2, (Dim[]){D(10), D(4)}, sp);
  id[V_GATHER] = ir_gather(g, V_TABLE, V_IDX, sp);
  id[V_RESHAPE] = ir_reshape(g, V_GATHER, 2, (Dim[]){dim_mul(b, t), D(4)}, sp);
  id[V_SLICE] = ir_slice(g, V_X, (Dim[]){D(0), D(1), D(0)}, (int64_t[]){1, 1, 2}, (Dim[]){b, dim_sub(t, D(1)), D(2)}, sp);
  id[V_LT] = ir_binary(g, OP_LT, V_X, V_Y, sp);
  id[V_WHERE] = ir_where(g, V_LT, V_X, V_Y, sp);
  id[V_W] = ir_param(g, "w", DT_F32, 2, (Dim[]){D(4), D(3)}, sp);
  id[V_WR] = ir_reshape(g, V_W, 3, (Dim[]){D(1), D(4), D(3)}, sp);
  id[V_WE] = ir_expand(g, V_WR, 3, (Dim[]){b, D(4), D(3)}, sp);
  id[V_MATMUL] = ir_matmul(g, V_X, V_WE, sp);
  id[V_CONCAT] = ir_concat(g, (int32_t[]){V_X, V_Y, V_X}, 3, 2, sp);
  id[V_TAKE] = ir_take(g, V_X, V_IDX, 2, sp);
  id[V_IOTA] = ir_iota(g, DT_I32, 2, (Dim[]){b, t}, 1, sp);
  id[V_EXPAND2] = ir_expand(g, V_SUM, 3, (Dim[]){b, t, D(4)}, sp); /* unused: corrupted alone */
  for (int i = 0; i < V_COUNT; i++) ASSERT(id[i] == i);
  ir_add_output(g, "out", V_MATMUL);
  return g;
}

static IrNode *N(Graph *g, int id) { return &g->nodes.v[id]; }

typedef struct VerifyCase {
  const char *name;
  const char *msg; /* expected in the output */
} VerifyCase;

/* Corrupts the small graph as case `name` says. */
static void corrupt(Graph *g, const char *name) {
  if (!strcmp(name, "operand_out_of_range")) N(g, V_ADD)->in[1] = 99;
  else if (!strcmp(name, "operand_negative")) N(g, V_ADD)->in[1] = -1;
  else if (!strcmp(name, "operand_after_node")) N(g, V_ADD)->in[0] = V_SUM;
  else if (!strcmp(name, "operand_self")) N(g, V_ADD)->in[0] = V_ADD;
  else if (!strcmp(name, "shapes_mismatch")) N(g, V_ADD)->in[1] = V_F;
  else if (!strcmp(name, "binary_dtype")) N(g, V_ADD)->in[1] = V_CAST;
  else if (!strcmp(name, "concat_dtype")) N(g, V_CONCAT)->in[1] = V_CAST;
  else if (!strcmp(name, "result_shape")) N(g, V_ADD)->shape[2] = D(5);
  else if (!strcmp(name, "compare_dtype")) N(g, V_ADD)->op = OP_LT;
  else if (!strcmp(name, "where_mask")) N(g, V_WHERE)->in[0] = V_X;
  else if (!strcmp(name, "gather_index")) N(g, V_GATHER)->in[1] = V_F;
  else if (!strcmp(name, "take_index")) N(g, V_TAKE)->in[1] = V_F;
  else if (!strcmp(name, "take_shape")) N(g, V_TAKE)->axis = 1;
  else if (!strcmp(name, "bad_perm")) N(g, V_PERMUTE)->perm[0] = 0;
  else if (!strcmp(name, "perm_out_of_range")) N(g, V_PERMUTE)->perm[2] = 7;
  else if (!strcmp(name, "bad_axes")) N(g, V_SUM)->axes = 1u << 5;
  else if (!strcmp(name, "reduce_shape")) N(g, V_SUM)->axes = 1u << 1;
  else if (!strcmp(name, "expand_non_one")) N(g, V_EXPAND2)->in[0] = V_SLICE;
  else if (!strcmp(name, "expand_rank")) N(g, V_EXPAND)->in[0] = V_F;
  else if (!strcmp(name, "arity")) N(g, V_ADD)->nin = 1;
  else if (!strcmp(name, "reshape_count")) N(g, V_RESHAPE)->shape[1] = D(5);
  else if (!strcmp(name, "slice_range")) N(g, V_SLICE)->slice->start[1] = D(2);
  else if (!strcmp(name, "slice_step")) N(g, V_SLICE)->slice->step[2] = 0;
  else if (!strcmp(name, "slice_negative_start")) N(g, V_SLICE)->slice->start[0] = D(-1);
  else if (!strcmp(name, "matmul_inner")) N(g, V_MATMUL)->in[1] = V_Y;
  else if (!strcmp(name, "concat_axis")) N(g, V_CONCAT)->axis = 5;
  else if (!strcmp(name, "concat_sum")) N(g, V_CONCAT)->shape[2] = D(8);
  else if (!strcmp(name, "param_no_name")) N(g, V_TABLE)->name = NULL;
  else if (!strcmp(name, "iota_axis")) N(g, V_IOTA)->axis = 2;
  else if (!strcmp(name, "unknown_var")) N(g, V_Y)->shape[0] = dim_var(7);
  else if (!strcmp(name, "bad_dim")) N(g, V_Y)->shape[0].bad = true;
  else if (!strcmp(name, "negative_dim")) N(g, V_TABLE)->shape[0] = D(-10);
  else if (!strcmp(name, "bad_rank")) N(g, V_Y)->rank = 9;
  else if (!strcmp(name, "unknown_op")) N(g, V_Y)->op = (OpKind)200;
  else if (!strcmp(name, "output_node")) g->outputs.v[0].node = 99;
  else if (!strcmp(name, "output_twice")) ir_add_output(g, "out", V_ADD);
  else if (!strcmp(name, "sym_twice")) g->syms.v[1] = g->syms.v[0];
  else cr_assert_fail("no corruption named %s", name);
}

static const VerifyCase verify_cases[] = {
    {"operand_out_of_range", "ir: node %5 (add): operand 1 is %99, which is not defined before this node"},
    {"operand_negative", "ir: node %5 (add): operand 1 is %-1, which is not defined before this node"},
    {"operand_after_node", "ir: node %5 (add): operand 0 is %6, which is not defined before this node"},
    {"operand_self", "ir: node %5 (add): operand 0 is %5, which is not defined before this node"},
    {"shapes_mismatch", "ir: node %5 (add): operand shapes differ: %0 is f32[B, T, 4], %3 is f32[B, T]"},
    {"binary_dtype", "ir: node %5 (add): operand dtypes differ: %0 is f32, %4 is i32"},
    {"concat_dtype", "ir: node %19 (concat): operand dtypes differ: %0 is f32, %4 is i32"},
    {"result_shape", "ir: node %5 (add): result type is f32[B, T, 5], but the rule gives f32[B, T, 4]"},
    {"compare_dtype", "ir: node %5 (lt): result type is f32[B, T, 4], but the rule gives i32[B, T, 4]"},
    {"where_mask", "ir: node %14 (where): mask %0 must be i32, is f32"},
    {"gather_index", "ir: node %10 (gather): index %3 must be i32, is f32"},
    {"take_index", "ir: node %20 (take): index %3 must be i32, is f32"},
    {"take_shape", "ir: node %20 (take): index i32[B, T] must be f32[B, T, 4] without axis 1"},
    {"bad_perm", "ir: node %8 (permute): perm=[0, 0, 2] is not a permutation of 3 axes"},
    {"perm_out_of_range", "ir: node %8 (permute): perm=[1, 0, 7] is not a permutation of 3 axes"},
    {"bad_axes", "ir: node %6 (sum): axes: axis 5 is out of range for rank 3"},
    {"reduce_shape", "ir: node %6 (sum): result type is f32[B, T, 1], but the rule gives f32[B, 1, 4]"},
    {"expand_non_one", "ir: node %22 (expand): cannot expand axis 1 from T - 1 to T (only size-1 axes broadcast)"},
    {"expand_rank", "ir: node %7 (expand): operand %3 has rank 2, the result rank 3"},
    {"arity", "ir: node %5 (add): add takes 2 operands, has 1"},
    {"reshape_count", "ir: node %11 (reshape): reshape changes the element count: f32[B, T, 4] to f32[B*T, 5]"},
    {"slice_range", "ir: node %12 (slice): axis 1: T - 1 elements from 2 by step 1 do not fit in T"},
    {"slice_step", "ir: node %12 (slice): step[2] is 0; steps must be >= 1"},
    {"slice_negative_start", "ir: node %12 (slice): start[0] is -1; starts must be >= 0"},
    {"matmul_inner", "ir: node %18 (matmul): inner dims differ: f32[B, T, 4] @ f32[B, T, 4]"},
    {"concat_axis", "ir: node %19 (concat): axis=5 is out of range for rank 3"},
    {"concat_sum", "ir: node %19 (concat): result type is f32[B, T, 8], but the rule gives f32[B, T, 12]"},
    {"param_no_name", "ir: node %9 (param): param has no name"},
    {"iota_axis", "ir: node %21 (iota): axis=2 is out of range for rank 2"},
    {"unknown_var", "ir: node %1 (input): dim 0 is not representable or names an undeclared shape variable"},
    {"bad_dim", "ir: node %1 (input): dim 0 is not representable or names an undeclared shape variable"},
    {"negative_dim", "ir: node %9 (param): dim 0 is negative (-10)"},
    {"bad_rank", "ir: node %1 (input): rank 9 is out of range"},
    {"unknown_op", "ir: node %1 (?): unknown op 200"},
    {"output_node", "ir: output 'out' refers to %99, but the graph has 23 nodes"},
    {"output_twice", "ir: output 'out' is defined twice"},
    {"sym_twice", "ir: shape variable 'B' is declared twice"},
};

Test(verify, valid_graphs_pass) {
  Captured c;
  cap_init(&c);
  Graph *g = build_small();
  cr_expect(ir_verify(g, &c.d), "%s", cap_text(&c));
  ir_graph_free(g);
  g = build_all_ops();
  cr_expect(ir_verify(g, &c.d), "%s", cap_text(&c));
  ir_graph_free(g);
  g = build_odd_dims();
  cr_expect(ir_verify(g, &c.d), "%s", cap_text(&c));
  ir_graph_free(g);
  cr_expect_eq(c.d.nerrors, 0);
  cap_free(&c);
}

ParameterizedTestParameters(verify, corrupted) { TABLE_PARAMS(verify_cases); }

ParameterizedTest(size_t *ix, verify, corrupted) {
  const VerifyCase *vc = &verify_cases[*ix];
  Captured c;
  cap_init(&c);
  Graph *g = build_small();
  corrupt(g, vc->name);
  cr_expect_not(ir_verify(g, &c.d), "%s: should not verify", vc->name);
  const char *out = cap_text(&c);
  cr_expect(strstr(out, vc->msg) != NULL, "%s: expected\n  %s\nin:\n%s", vc->name, vc->msg, out);
  cr_expect_eq(c.d.nerrors, 1, "%s: one problem, one report; got:\n%s", vc->name, out);
  ir_graph_free(g);
  cap_free(&c);
}

/* A node whose own type is broken is reported; its users are not checked
 * against it, so one problem makes one message. */
Test(verify, no_cascade_from_a_broken_node) {
  Captured c;
  cap_init(&c);
  Graph *g = build_small();
  N(g, V_X)->rank = 12; /* used by add, slice, lt, where, matmul, concat, take, cast */
  cr_expect_not(ir_verify(g, &c.d));
  cr_expect_eq(c.d.nerrors, 1, "%s", cap_text(&c));
  ir_graph_free(g);
  cap_free(&c);
}

Test(verify, reports_every_problem) {
  Captured c;
  cap_init(&c);
  Graph *g = build_small();
  corrupt(g, "bad_perm");
  corrupt(g, "bad_axes");
  corrupt(g, "output_node");
  cr_expect_not(ir_verify(g, &c.d));
  const char *out = cap_text(&c);
  cr_expect(strstr(out, "node %8 (permute)") && strstr(out, "node %6 (sum)") && strstr(out, "output 'out'"), "%s", out);
  ir_graph_free(g);
  cap_free(&c);
}

/* ---- lowered programs -------------------------------------------------------------------- */

typedef struct LlmCase {
  char path[256]; /* relative to the source tree */
} LlmCase;

static int cmp_llm(const void *a, const void *b) { return strcmp(((const LlmCase *)a)->path, ((const LlmCase *)b)->path); }

static void free_llm(struct criterion_test_params *cp) { cr_free(cp->params); }

/* Every *.llm directly in each folder (relative to the source tree), sorted. */
static LlmCase *list_llm(const char *const *dirs, int ndirs, size_t *count, bool shared) {
  size_t cap = 64, n = 0;
  LlmCase *v = shared ? cr_malloc(cap * sizeof *v) : malloc(cap * sizeof *v);
  for (int k = 0; k < ndirs; k++) {
    char full[512];
    snprintf(full, sizeof full, "%s/%s", LLMC_SOURCE_DIR, dirs[k]);
    DIR *dir = opendir(full);
    if (!dir) continue;
    struct dirent *e;
    while ((e = readdir(dir))) {
      size_t ln = strlen(e->d_name);
      if (ln < 5 || strcmp(e->d_name + ln - 4, ".llm") != 0 || strlen(dirs[k]) + ln + 2 > sizeof v[0].path) continue;
      if (n == cap) {
        cap *= 2;
        v = shared ? cr_realloc(v, cap * sizeof *v) : realloc(v, cap * sizeof *v);
      }
      memset(&v[n], 0, sizeof v[n]);
      strcpy(v[n].path, dirs[k]);
      strcat(v[n].path, "/");
      strcat(v[n].path, e->d_name);
      n++;
    }
    closedir(dir);
  }
  qsort(v, n, sizeof *v, cmp_llm);
  *count = n;
  return v;
}

/* Loads, checks and lowers one program; NULL (and *absent) when it has no such entry. */
static Graph *lower_file(const char *rel, const char *entry, bool training, bool *absent) {
  char path[512];
  snprintf(path, sizeof path, "%s/%s", LLMC_SOURCE_DIR, rel);
  Captured c;
  cap_init(&c);
  FeOptions o = {0};
  o.stdlib_dir = LLMC_SOURCE_DIR "/stdlib";
  o.data_dir = LLMC_SOURCE_DIR "/tests/golden/data";
  o.check_files = false;
  Program *p = fe_program_new(&c.d, &o);
  bool ok = fe_load(p, path);
  ok = fe_check(p) && ok;
  cr_assert(ok, "%s does not check:\n%s", rel, cap_text(&c));
  const Model *m = fe_model(p);
  cr_assert(m, "%s: no model", rel);
  *absent = !strcmp(entry, "loss") ? !m->has_loss : !m->has_forward;
  Graph *g = NULL;
  if (!*absent) {
    g = fe_lower(p, entry, training);
    cr_assert(g, "%s: lowering %s failed:\n%s", rel, entry, cap_text(&c));
  }
  fe_program_free(p);
  cap_free(&c);
  return g;
}

ParameterizedTestParameters(irtext, lowered_round_trip) {
  static const char *const dirs[] = {"examples", "tests/valid", "tests/ir"};
  size_t n;
  LlmCase *v = list_llm(dirs, 3, &n, true);
  return cr_make_param_array(LlmCase, v, n, free_llm);
}

ParameterizedTest(LlmCase *lc, irtext, lowered_round_trip) {
  static const char *const entries[] = {"forward", "loss"};
  int done = 0;
  for (int e = 0; e < 2; e++)
    for (int training = 0; training < 2; training++) {
      bool absent;
      Graph *g = lower_file(lc->path, entries[e], training, &absent);
      if (absent) continue;
      char what[400];
      snprintf(what, sizeof what, "%s (%s, training=%d)", lc->path, entries[e], training);
      assert_round_trip(g, what);
      ir_graph_free(g);
      done++;
    }
  cr_expect_gt(done, 0, "%s: nothing lowered", lc->path);
}

Test(irtext, enough_lowered_programs) {
  static const char *const dirs[] = {"examples", "tests/valid"};
  size_t n;
  LlmCase *v = list_llm(dirs, 2, &n, false);
  free(v);
  cr_expect_geq(n, 20, "only %zu programs found", n);
}

/* ---- golden IR --------------------------------------------------------------------------- */

static char *read_all(const char *path) {
  size_t len;
  return sup_read_file(path, &len);
}

ParameterizedTestParameters(irtext, golden) {
  static const char *const dirs[] = {"tests/ir"};
  size_t n;
  LlmCase *v = list_llm(dirs, 1, &n, true);
  return cr_make_param_array(LlmCase, v, n, free_llm);
}

ParameterizedTest(LlmCase *lc, irtext, golden) {
  bool absent;
  Graph *g = lower_file(lc->path, "forward", false, &absent);
  cr_assert(!absent && g, "%s: no forward", lc->path);
  char *got = print_graph(g);
  ir_graph_free(g);
  char irpath[1024];
  snprintf(irpath, sizeof irpath, "%s/%.*s.ir", LLMC_SOURCE_DIR, (int)(strlen(lc->path) - 4), lc->path);
  const char *upd = getenv("LLMC_UPDATE_GOLDEN");
  if (upd && *upd && strcmp(upd, "0") != 0) {
    FILE *f = fopen(irpath, "w");
    cr_assert(f, "cannot write %s", irpath);
    fputs(got, f);
    fclose(f);
  }
  char *want = read_all(irpath);
  cr_assert(want, "%s: missing %s (run with LLMC_UPDATE_GOLDEN=1 and review it); the IR:\n%s", lc->path, irpath, got);
  cr_expect_str_eq(got, want, "%s: the IR differs from %s", lc->path, irpath);
  /* the golden text itself reads back to the same text */
  char *diags;
  Graph *h = parse_text(want, &diags);
  cr_assert(h, "%s does not parse:\n%s", irpath, diags);
  char *again = print_graph(h);
  cr_expect_str_eq(again, want);
  free(again);
  free(diags);
  ir_graph_free(h);
  free(want);
  free(got);
}

Test(irtext, enough_golden_files) {
  static const char *const dirs[] = {"tests/ir"};
  size_t n;
  LlmCase *v = list_llm(dirs, 1, &n, false);
  free(v);
  cr_expect_geq(n, 5, "only %zu golden programs in tests/ir", n);
}

/* ---- Graphviz ------------------------------------------------------------------------------ */

Test(dot, nodes_edges_outputs_and_escapes) {
  Graph *g = build_all_ops();
  StrBuf b = {0};
  ir_print_dot(&b, g);
  const char *s = sb_cstr(&b);
  const char *head = "digraph \"everything\" {\n";
  cr_expect(!strncmp(s, head, strlen(head)), "%.60s", s);
  cr_expect(strstr(s, "  n0 [label=\"%0 input \\\"x\\\"\\nf32[B, T, 8]\", shape=ellipse"), "%s", s);
  cr_expect(strstr(s, "  n2 [label=\"%2 param \\\"blocks.0.mlp.w\\\"\\nf32[8, 16]\", shape=ellipse"), "%s", s);
  cr_expect(strstr(s, "param \\\"we\\\\\\\"ird\\\\\\\\name\\\"\\nf16[]"), "quotes and backslashes escaped:\n%s", s);
  cr_expect(strstr(s, "sum axes=[1, 2]\\nf32[B, 1, 1]"), "%s", s);
  cr_expect(strstr(s, "  n0 -> n"), "%s", s);
  cr_expect(strstr(s, "[label=\"output grad.blocks.0.mlp.w\", shape=doubleoctagon"), "%s", s);
  cr_expect(strstr(s, "  out0 [label=\"output out\""), "%s", s);
  cr_expect(s[b.len - 2] == '}' && s[b.len - 1] == '\n');
  int nodes = 0, edges = 0, ins = 0;
  for (const char *p = s; (p = strstr(p, "\n  n")); p++) {
    if (!strncmp(p, "\n  node ", 8)) continue;
    const char *eol = strchr(p + 1, '\n');
    const char *arrow = strstr(p, " -> ");
    if (arrow && arrow < eol) edges++;
    else nodes++;
  }
  for (int i = 0; i < g->nodes.n; i++) ins += g->nodes.v[i].nin;
  cr_expect_eq(nodes, g->nodes.n);
  cr_expect_eq(edges, ins + g->outputs.n);
  sb_free(&b);
  ir_graph_free(g);
}
