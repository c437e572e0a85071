/* test_sema.c — the shape and dtype rule of every built-in (LANGUAGE.md
 * section 6), as tables: each row is a one-line function body, an input
 * signature and the expected result type, turned into
 *
 *   config { d = 8; heads = 2 }
 *   model M { fn forward(SIGNATURE) -> RESULT { BODY } }
 *
 * which must check cleanly (the result annotation is what asserts the shape),
 * or, for the negative rows, must fail with a message containing a given
 * substring. Also unit tests of the symbolic dim arithmetic of dim.h. */
#define _XOPEN_SOURCE 700
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>
#include <criterion/parameterized.h>

#include "dim.h"
#include "fe_test.h"
#include "frontend.h"

typedef struct Row {
  const char *body;  /* statements separated by ';', ending with a return */
  const char *sig;   /* the arguments of forward */
  const char *ret;   /* the declared result type */
} Row;

typedef struct BadRow {
  const char *body;
  const char *sig;
  const char *ret;
  const char *msg;   /* a substring of the expected error */
} BadRow;

typedef struct Run {
  char *src;
  char *out;
  int nerrors;
  bool ok;
} Run;

static Run run_program(const char *body, const char *sig, const char *ret) {
  StrBuf b = {0};
  sb_printf(&b, "config { d = 8; heads = 2 }\nmodel M {\n  fn forward(%s) -> %s {\n    %s\n  }\n}\n", sig, ret, body);
  Run r = {0};
  r.src = xstrdup(sb_cstr(&b));
  sb_free(&b);
  char *buf = NULL;
  size_t len = 0;
  FILE *mem = open_memstream(&buf, &len);
  Diag d;
  diag_init(&d, mem);
  d.max_errors = 0;
  Program *p = fe_program_new(&d, NULL);
  bool parsed = fe_parse_text(p, "t.llm", r.src, strlen(r.src), NULL);
  bool checked = fe_check(p);
  r.ok = parsed && checked;
  r.nerrors = d.nerrors;
  fe_program_free(p);
  diag_free(&d);
  fclose(mem);
  r.out = buf ? buf : xstrdup("");
  return r;
}

static void run_free(Run *r) {
  free(r->src);
  free(r->out);
}

static void expect_ok(const Row *row) {
  Run r = run_program(row->body, row->sig, row->ret);
  cr_expect(r.ok && r.nerrors == 0, "`%s` with (%s) should give %s, but:\n%s\nprogram:\n%s", row->body, row->sig,
            row->ret, r.out, r.src);
  run_free(&r);
}

static void expect_error(const BadRow *row) {
  Run r = run_program(row->body, row->sig, row->ret);
  cr_expect(!r.ok && r.nerrors > 0, "`%s` with (%s) should be an error mentioning \"%s\", but it checked cleanly\nprogram:\n%s",
            row->body, row->sig, row->msg, r.src);
  cr_expect(strstr(r.out, row->msg) != NULL, "`%s` with (%s): the error should mention \"%s\", but it says:\n%s", row->body,
            row->sig, row->msg, r.out);
  run_free(&r);
}

/* ---- broadcasting and elementwise arithmetic -------------------------------------- */

static const Row broadcast_rows[] = {
  {"return x + y", "x: f32[B, 3, 4], y: f32[4]", "f32[B, 3, 4]"},
  {"return x + y", "x: f32[4], y: f32[B, 3, 4]", "f32[B, 3, 4]"},
  {"return x + y", "x: f32[B, 1, 4], y: f32[5, 1]", "f32[B, 5, 4]"},
  {"return x * y", "x: f32[B, T, 1], y: f32[1, T, d]", "f32[B, T, d]"},
  {"return x - y", "x: f32[1], y: f32[B, T]", "f32[B, T]"},
  {"return x + y", "x: f32[T, 1], y: f32[1, T]", "f32[T, T]"},
  {"return x + y", "x: f32[B, T], y: f32[]", "f32[B, T]"},
  {"return x + y", "x: f32[B, T], y: f32[B, T]", "f32[B, T]"},
  {"return x / y", "x: f32[B, 1, 1], y: f32[3, 4]", "f32[B, 3, 4]"},
  {"return x / 2", "x: f32[B, 3]", "f32[B, 3]"},
  {"return 1 - x", "x: f32[B, 3]", "f32[B, 3]"},
  {"return x ^ 2", "x: f32[B, 3]", "f32[B, 3]"},
  {"return 2.0 ^ x", "x: f32[B, 3]", "f32[B, 3]"},
  {"return -x", "x: f32[B, 3]", "f32[B, 3]"},
  {"return -x ^ 2 + x * x", "x: f32[B, 3]", "f32[B, 3]"},
  {"return i + 1", "i: i32[B]", "i32[B]"},
  {"return i * j - j", "i: i32[B, 1], j: i32[4]", "i32[B, 4]"},
  {"return i / j", "i: i32[B], j: i32[B]", "f32[B]"},  /* true division, as in PyTorch */
  {"return x * sqrt(d / heads)", "x: f32[B, 3]", "f32[B, 3]"},
  {"return x * f32(T)", "x: f32[B, T]", "f32[B, T]"},
  {"return x + T", "x: f32[B, T]", "f32[B, T]"},
};
ParameterizedTestParameters(sema, broadcast) { TABLE_PARAMS(broadcast_rows); }
ParameterizedTest(size_t *ix, sema, broadcast) { expect_ok(&broadcast_rows[*ix]); }

/* ---- dtypes: promotion, literals, comparisons, casts -------------------------------- */

static const Row dtype_rows[] = {
  {"return a + b", "a: f16[B, 4], b: f32[B, 4]", "f32[B, 4]"},
  {"return a * b", "a: bf16[4], b: f16[4]", "f32[4]"},
  {"return a - b", "a: bf16[4], b: f32[1]", "f32[4]"},
  {"return a + b", "a: f16[4], b: f16[4]", "f16[4]"},
  {"return a + 1.5", "a: f16[4]", "f16[4]"},              /* literals take the tensor's dtype */
  {"return 2 * a", "a: bf16[4]", "bf16[4]"},
  {"return a @ b", "a: f16[2, 3], b: f32[3, 4]", "f32[2, 4]"},
  {"return x > y", "x: f32[B, 4], y: f32[4]", "i32[B, 4]"},
  {"return x == 0", "x: f32[B, 4]", "i32[B, 4]"},
  {"return x <= 0.5", "x: f32[B, 4]", "i32[B, 4]"},
  {"return i != j", "i: i32[B], j: i32[B]", "i32[B]"},
  {"return x >= h", "x: f32[4], h: f16[4]", "i32[4]"},
  {"return (x > 0) * (x < 1)", "x: f32[B, 4]", "i32[B, 4]"},
  {"return f32(i)", "i: i32[B]", "f32[B]"},
  {"return i32(x)", "x: f32[B]", "i32[B]"},
  {"return f16(x)", "x: f32[B]", "f16[B]"},
  {"return bf16(x)", "x: f32[B]", "bf16[B]"},
  {"return f32(i) / 2", "i: i32[B]", "f32[B]"},
  {"return f32(x > 0) * x", "x: f32[B]", "f32[B]"},
  {"return gelu(h)", "h: f16[4]", "f16[4]"},
  {"return abs(i)", "i: i32[4]", "i32[4]"},
  {"return relu(i)", "i: i32[4]", "i32[4]"},
  {"return argmax(h, axis=0)", "h: bf16[4, 3]", "i32[3]"},
  {"return sum(i, axis=-1)", "i: i32[B, 4]", "i32[B]"},
  {"return arange(T) + i", "i: i32[T]", "i32[T]"},
};
ParameterizedTestParameters(sema, dtypes) { TABLE_PARAMS(dtype_rows); }
ParameterizedTest(size_t *ix, sema, dtypes) { expect_ok(&dtype_rows[*ix]); }

/* ---- elementwise built-ins ---------------------------------------------------------- */

static const Row unary_rows[] = {
  {"return exp(x)", "x: f32[B, 3]", "f32[B, 3]"},
  {"return log(x)", "x: f32[B, 3]", "f32[B, 3]"},
  {"return sqrt(x)", "x: f32[B, 3]", "f32[B, 3]"},
  {"return rsqrt(x)", "x: f32[B, 3]", "f32[B, 3]"},
  {"return abs(x)", "x: f32[B, 3]", "f32[B, 3]"},
  {"return sin(x)", "x: f32[B, 3]", "f32[B, 3]"},
  {"return cos(x)", "x: f32[B, 3]", "f32[B, 3]"},
  {"return tanh(x)", "x: f32[B, 3]", "f32[B, 3]"},
  {"return sigmoid(x)", "x: f32[B, 3]", "f32[B, 3]"},
  {"return relu(x)", "x: f32[B, 3]", "f32[B, 3]"},
  {"return gelu(x)", "x: f32[B, 3]", "f32[B, 3]"},
  {"return gelu_erf(x)", "x: f32[B, 3]", "f32[B, 3]"},
  {"return silu(x)", "x: f32[B, 3]", "f32[B, 3]"},
  {"return exp(s)", "s: f32[]", "f32[]"},
  {"return maximum(x, y)", "x: f32[B, 1], y: f32[4]", "f32[B, 4]"},
  {"return minimum(x, 0.0)", "x: f32[B, 3]", "f32[B, 3]"},
  {"return maximum(1.0, x)", "x: f32[B, 3]", "f32[B, 3]"},
  {"return dropout(x, 0.1)", "x: f32[B, T, 3]", "f32[B, T, 3]"},
  {"return dropout(x, p=0)", "x: f32[B, 3]", "f32[B, 3]"},
  {"return where(x > 0, x, 0.0)", "x: f32[B, 4]", "f32[B, 4]"},
  {"return where(m, x, y)", "m: i32[T, T], x: f32[B, T, T], y: f32[]", "f32[B, T, T]"},
  {"return where(m, x, -1e9)", "m: i32[T, 1], x: f32[1, T]", "f32[T, T]"},
  {"return where(m, i, j)", "m: i32[4], i: i32[4], j: i32[4]", "i32[4]"},
  {"return where(c=m, a=x, b=y)", "m: i32[B, 1], x: f32[4], y: f32[B, 4]", "f32[B, 4]"},
  {"return x * exp(2.0) + sqrt(4)", "x: f32[3]", "f32[3]"},        /* folded constants */
  {"return stop_gradient(x)", "x: f32[B, T, 3]", "f32[B, T, 3]"},  /* same shape and dtype */
  {"return stop_gradient(x=h)", "h: f16[B, 3]", "f16[B, 3]"},
  {"return stop_gradient(i)", "i: i32[B]", "i32[B]"},
  {"return x * stop_gradient(2.0)", "x: f32[3]", "f32[3]"},        /* a number stays a number */
  {"return x - stop_gradient(max(x, axis=-1, keepdim=true))", "x: f32[B, 4]", "f32[B, 4]"},
};
ParameterizedTestParameters(sema, elementwise) { TABLE_PARAMS(unary_rows); }
ParameterizedTest(size_t *ix, sema, elementwise) { expect_ok(&unary_rows[*ix]); }

/* ---- matmul -------------------------------------------------------------------------- */

static const Row matmul_rows[] = {
  {"return a @ b", "a: f32[3], b: f32[3]", "f32[]"},
  {"return a @ b", "a: f32[3], b: f32[3, 4]", "f32[4]"},
  {"return a @ b", "a: f32[2, 3], b: f32[3]", "f32[2]"},
  {"return a @ b", "a: f32[2, 3], b: f32[3, 4]", "f32[2, 4]"},
  {"return a @ b", "a: f32[B, T, 3], b: f32[3, 4]", "f32[B, T, 4]"},
  {"return a @ b", "a: f32[B, 2, 3], b: f32[B, 3, 4]", "f32[B, 2, 4]"},
  {"return a @ b", "a: f32[B, 1, 2, 3], b: f32[5, 3, 4]", "f32[B, 5, 2, 4]"},
  {"return a @ b", "a: f32[3], b: f32[B, 3, 4]", "f32[B, 4]"},
  {"return a @ b", "a: f32[B, 2, 3], b: f32[3]", "f32[B, 2]"},
  {"return a @ b", "a: f32[B, T, d], b: f32[d, d / heads]", "f32[B, T, d / heads]"},
  {"return a @ transpose(a)", "a: f32[B, T, d]", "f32[B, T, T]"},
  {"return a @ b @ c", "a: f32[2, 3], b: f32[3, 4], c: f32[4, 5]", "f32[2, 5]"},
  {"return a @ b * 2.0", "a: f32[2, 3], b: f32[3, 4]", "f32[2, 4]"},
};
ParameterizedTestParameters(sema, matmul) { TABLE_PARAMS(matmul_rows); }
ParameterizedTest(size_t *ix, sema, matmul) { expect_ok(&matmul_rows[*ix]); }

/* ---- reductions ---------------------------------------------------------------------- */

static const Row reduce_rows[] = {
  {"return sum(x)", "x: f32[B, 3, 4]", "f32[]"},
  {"return sum(x, axis=0)", "x: f32[B, 3, 4]", "f32[3, 4]"},
  {"return sum(x, 1)", "x: f32[B, 3, 4]", "f32[B, 4]"},
  {"return mean(x, axis=-1)", "x: f32[B, 3, 4]", "f32[B, 3]"},
  {"return max(x, axis=[0, 2])", "x: f32[B, 3, 4]", "f32[3]"},
  {"return min(x, axis=[-1, -2], keepdim=true)", "x: f32[B, 3, 4]", "f32[B, 1, 1]"},
  {"return sum(x, axis=1, keepdim=true)", "x: f32[B, 3, 4]", "f32[B, 1, 4]"},
  {"return mean(x, keepdim=true)", "x: f32[B, 3, 4]", "f32[1, 1, 1]"},
  {"return max(x, keepdim=false, axis=-2)", "x: f32[B, 3, 4]", "f32[B, 4]"},
  {"return min(x)", "x: f32[B, T]", "f32[]"},
  {"return argmax(x, axis=-1)", "x: f32[B, 3, 4]", "i32[B, 3]"},
  {"return argmax(x, axis=1, keepdim=true)", "x: f32[B, 3, 4]", "i32[B, 1, 4]"},
  {"return sum(x, axis=[])", "x: f32[B, 3]", "f32[B, 3]"},
  {"return mean(x, axis=[0, 1, 2])", "x: f32[B, T, d]", "f32[]"},
  {"return sum(s)", "s: f32[]", "f32[]"},
};
ParameterizedTestParameters(sema, reductions) { TABLE_PARAMS(reduce_rows); }
ParameterizedTest(size_t *ix, sema, reductions) { expect_ok(&reduce_rows[*ix]); }

/* ---- shape operations ------------------------------------------------------------------ */

static const Row shape_rows[] = {
  /* reshape */
  {"return reshape(x, [B, 12])", "x: f32[B, 3, 4]", "f32[B, 12]"},
  {"return reshape(x, [B, -1])", "x: f32[B, 3, 4]", "f32[B, 12]"},
  {"return reshape(x, [-1, 4])", "x: f32[B, 3, 4]", "f32[B * 3, 4]"},
  {"return reshape(x, [-1])", "x: f32[B, T, 4]", "f32[B * T * 4]"},
  {"return reshape(x, [B, T, heads, d / heads])", "x: f32[B, T, d]", "f32[B, T, heads, d / heads]"},
  {"return reshape(x, [B, T, heads, -1])", "x: f32[B, T, d]", "f32[B, T, 2, 4]"},
  {"return reshape(x, [B * T, d])", "x: f32[B, T, d]", "f32[B * T, d]"},
  {"return reshape(x, [B, T, -1])", "x: f32[B, T, 2, 4]", "f32[B, T, 8]"},
  {"return reshape(x, [T, B, -1])", "x: f32[B, T, 4]", "f32[T, B, 4]"},
  {"return reshape(x, [-1, T])", "x: f32[B, T]", "f32[B, T]"},
  {"return reshape(x, [])", "x: f32[1, 1]", "f32[]"},
  {"return reshape(s, [1, 1])", "s: f32[]", "f32[1, 1]"},
  {"return reshape(i, [2, 2])", "i: i32[4]", "i32[2, 2]"},
  /* permute and transpose */
  {"return permute(x, [2, 0, 1])", "x: f32[B, 3, 4]", "f32[4, B, 3]"},
  {"return permute(x, [0, -1, 1])", "x: f32[B, 3, 4]", "f32[B, 4, 3]"},
  {"return permute(x, [0, 1, 2])", "x: f32[B, 3, 4]", "f32[B, 3, 4]"},
  {"return transpose(x)", "x: f32[B, 3, 4]", "f32[B, 4, 3]"},
  {"return transpose(x)", "x: f32[3, 4]", "f32[4, 3]"},
  {"return transpose(x, 0, 2)", "x: f32[B, 3, 4]", "f32[4, 3, B]"},
  {"return transpose(x, -1, 0)", "x: f32[B, 3, 4]", "f32[4, 3, B]"},
  {"return transpose(x, 1, 1)", "x: f32[B, 3, 4]", "f32[B, 3, 4]"},
  /* expand */
  {"return expand(x, [B, 5, 4])", "x: f32[B, 1, 4]", "f32[B, 5, 4]"},
  {"return expand(x, [2, B, 3])", "x: f32[B, 3]", "f32[2, B, 3]"},
  {"return expand(x, [-1, 6])", "x: f32[B, 1]", "f32[B, 6]"},
  {"return expand(x, [T, T])", "x: f32[T, 1]", "f32[T, T]"},
  {"return expand(s, [2, 3])", "s: f32[]", "f32[2, 3]"},
  /* concat and stack */
  {"return concat([x, y], axis=1)", "x: f32[B, 3, 4], y: f32[B, 5, 4]", "f32[B, 8, 4]"},
  {"return concat([x, x, x], axis=-1)", "x: f32[B, 3, 4]", "f32[B, 3, 12]"},
  {"return concat([x, y], axis=0)", "x: f32[T, 4], y: f32[1, 4]", "f32[T + 1, 4]"},
  {"return concat([x, y])", "x: f32[2, 4], y: f32[3, 4]", "f32[5, 4]"},
  {"return concat([x])", "x: f32[2, 4]", "f32[2, 4]"},
  {"return concat([x, y], axis=-1)", "x: f32[B, T], y: f32[B, T]", "f32[B, 2 * T]"},
  {"return stack([x, y])", "x: f32[B, 4], y: f32[B, 4]", "f32[2, B, 4]"},
  {"return stack([x, y], axis=-1)", "x: f32[B, 4], y: f32[B, 4]", "f32[B, 4, 2]"},
  {"return stack([x, y, x], axis=1)", "x: f32[B, 4], y: f32[B, 4]", "f32[B, 3, 4]"},
  {"return stack([s, s])", "s: f32[]", "f32[2]"},
  /* split */
  {"a, b = split(x, 2, axis=-1); return a", "x: f32[B, 8]", "f32[B, 4]"},
  {"a, b, c = split(x, 3, axis=0); return c", "x: f32[6, T]", "f32[2, T]"},
  {"a, b = split(x, 2); return b", "x: f32[4, 3]", "f32[2, 3]"},
  {"t = split(x, 2, axis=1); return t[1]", "x: f32[B, 8]", "f32[B, 4]"},
  {"t = split(x, 4, axis=1); return t[-1] + t[0]", "x: f32[B, 8]", "f32[B, 2]"},
  {"a, b = split(x, 2, axis=1); return a", "x: f32[B, d]", "f32[B, d / 2]"},
  {"a = split(x, 1, axis=1); return a[0]", "x: f32[B, 3]", "f32[B, 3]"},
};
ParameterizedTestParameters(sema, shape_ops) { TABLE_PARAMS(shape_rows); }
ParameterizedTest(size_t *ix, sema, shape_ops) { expect_ok(&shape_rows[*ix]); }

/* ---- indexing, gather and take ---------------------------------------------------------- */

static const Row index_rows[] = {
  {"return x[0]", "x: f32[B, 3, 4]", "f32[3, 4]"},
  {"return x[:, 1]", "x: f32[B, 3, 4]", "f32[B, 4]"},
  {"return x[:, -1]", "x: f32[B, 3, 4]", "f32[B, 4]"},
  {"return x[:, -3]", "x: f32[B, 3, 4]", "f32[B, 4]"},
  {"return x[..., 0]", "x: f32[B, 3, 4]", "f32[B, 3]"},
  {"return x[..., -1, :]", "x: f32[B, 3, 4]", "f32[B, 4]"},
  {"return x[0, ...]", "x: f32[B, 3, 4]", "f32[3, 4]"},
  {"return x[...]", "x: f32[B, 3, 4]", "f32[B, 3, 4]"},
  {"return x[:, None]", "x: f32[B, 3, 4]", "f32[B, 1, 3, 4]"},
  {"return x[None]", "x: f32[B, 3, 4]", "f32[1, B, 3, 4]"},
  {"return x[..., None]", "x: f32[B, 3, 4]", "f32[B, 3, 4, 1]"},
  {"return x[None, :, None, 0]", "x: f32[B, 3, 4]", "f32[1, B, 1, 4]"},
  {"return x[:, 1:3]", "x: f32[B, 3, 4]", "f32[B, 2, 4]"},
  {"return x[:, -2:]", "x: f32[B, 3, 4]", "f32[B, 2, 4]"},
  {"return x[:, :-1]", "x: f32[B, 3, 4]", "f32[B, 2, 4]"},
  {"return x[:, -3:-1]", "x: f32[B, 3, 4]", "f32[B, 2, 4]"},
  {"return x[:, 0:10]", "x: f32[B, 3, 4]", "f32[B, 3, 4]"},   /* bounds clamp, as in NumPy */
  {"return x[:, 2:1]", "x: f32[B, 3, 4]", "f32[B, 0, 4]"},    /* empty slice */
  {"return x[:, ::2]", "x: f32[B, 3, 4]", "f32[B, 2, 4]"},
  {"return x[:, 1:, 1:3]", "x: f32[B, 3, 4]", "f32[B, 2, 2]"},
  {"return x[:, :]", "x: f32[B, 3, 4]", "f32[B, 3, 4]"},
  {"return x[0, 1, 2]", "x: f32[B, 3, 4]", "f32[]"},
  {"return x[:, 0:T]", "x: f32[B, 16, 4], t: f32[T]", "f32[B, T, 4]"},
  {"return x[:, 1:T]", "x: f32[B, T, 4]", "f32[B, T - 1, 4]"},
  {"return x[:, 1:]", "x: f32[B, T, 4]", "f32[B, T - 1, 4]"},
  {"return x[:, :T - 1]", "x: f32[B, T, 4]", "f32[B, T - 1, 4]"},
  {"return x[:, -1:]", "x: f32[B, T, 4]", "f32[B, 1, 4]"},
  {"return x[:, -1]", "x: f32[B, T, 4]", "f32[B, 4]"},
  {"return x[:, T - 1]", "x: f32[B, T, 4]", "f32[B, 4]"},
  {"return x[:, d / heads]", "x: f32[B, 8]", "f32[B]"},
  /* gather: table[idx] along axis 0 */
  {"return t[i]", "t: f32[10, 4], i: i32[B, T]", "f32[B, T, 4]"},
  {"return t[i]", "t: f32[10], i: i32[B]", "f32[B]"},
  {"return t[i]", "t: f32[10, 3, 4], i: i32[5]", "f32[5, 3, 4]"},
  {"return t[i]", "t: f32[10, 4], i: i32[]", "f32[4]"},
  {"return t[argmax(x, axis=-1)]", "t: f32[10, 4], x: f32[B, 10]", "f32[B, 4]"},
  /* take: one element per position along `axis` */
  {"return take(x, i, axis=-1)", "x: f32[B, T, 5], i: i32[B, T]", "f32[B, T]"},
  {"return take(x, i, axis=0)", "x: f32[5, B], i: i32[B]", "f32[B]"},
  {"return take(x, i, axis=1)", "x: f32[B, 5, T], i: i32[B, T]", "f32[B, T]"},
  {"return take(x, i)", "x: f32[B, 5], i: i32[B]", "f32[B]"},
  {"return take(x, i, axis=0)", "x: f32[5], i: i32[]", "f32[]"},
};
ParameterizedTestParameters(sema, indexing) { TABLE_PARAMS(index_rows); }
ParameterizedTest(size_t *ix, sema, indexing) { expect_ok(&index_rows[*ix]); }

/* ---- creation -------------------------------------------------------------------------- */

static const Row create_rows[] = {
  {"return arange(5)", "x: f32[B]", "i32[5]"},
  {"return arange(2, 7)", "x: f32[B]", "i32[5]"},
  {"return arange(T)", "x: f32[T]", "i32[T]"},
  {"return arange(1, T)", "x: f32[T]", "i32[T - 1]"},
  {"return arange(d / heads)", "x: f32[B]", "i32[4]"},
  {"return arange(0)", "x: f32[B]", "i32[0]"},
  {"return zeros([2, 3])", "x: f32[B]", "f32[2, 3]"},
  {"return ones([B, d])", "x: f32[B]", "f32[B, d]"},
  {"return full([T], 0.5)", "x: f32[T]", "f32[T]"},
  {"return full([2], 3)", "x: f32[B]", "f32[2]"},
  {"return zeros([])", "x: f32[B]", "f32[]"},
  {"return zeros([B, T + 1])", "x: f32[B, T]", "f32[B, T + 1]"},
  {"return x + zeros([B * T])", "y: f32[B, T], x: f32[B * T]", "f32[B * T]"},
  {"return f32(arange(T))[None, :] * x", "x: f32[B, T]", "f32[B, T]"},
};
ParameterizedTestParameters(sema, creation) { TABLE_PARAMS(create_rows); }
ParameterizedTest(size_t *ix, sema, creation) { expect_ok(&create_rows[*ix]); }

/* ---- negative rows ------------------------------------------------------------------------ */

static const BadRow bad_rows[] = {
  /* broadcasting and dtypes */
  {"return x + y", "x: f32[B, 3], y: f32[4]", "f32[B, 3]", "shapes do not broadcast: f32[B, 3] + f32[4]"},
  {"return x * y", "x: f32[B, T], y: f32[T, B]", "f32[B, T]", "do not broadcast"},
  {"return x - y", "x: f32[2, 3], y: f32[3, 2]", "f32[2, 3]", "do not broadcast"},
  {"return i + x", "x: f32[B], i: i32[B]", "f32[B]", "cannot mix i32[B] and f32[B]"},
  {"return i * 0.5", "i: i32[B]", "f32[B]", "float constant 0.5 meets an i32 tensor"},
  {"return h + i", "h: f16[B], i: i32[B]", "f16[B]", "f32(x)"},
  {"return x * (1 / 0)", "x: f32[B]", "f32[B]", "division by zero"},
  {"return exp(i)", "i: i32[B]", "f32[B]", "exp needs a floating-point tensor"},
  {"return sigmoid(i)", "i: i32[B]", "f32[B]", "floating-point"},
  {"return x + \"a\"", "x: f32[B]", "f32[B]", "needs tensors or numbers"},
  {"return stop_gradient(x) + 0 * stop_gradient(\"a\")", "x: f32[B]", "f32[B]", "stop_gradient: 'x' must be a tensor"},
  {"return stop_gradient(x, x)", "x: f32[B]", "f32[B]", "too many arguments to stop_gradient"},
  {"return stop_gradient(x)", "x: f32[B]", "f32[B, 1]", "f32[B]"},
  /* matmul */
  {"return a @ b", "a: f32[2, 3], b: f32[4, 5]", "f32[2, 5]", "matmul inner dimensions differ"},
  {"return a @ b", "a: f32[3], b: f32[4]", "f32[]", "inner dimensions differ"},
  {"return a @ b", "a: f32[B, T, d], b: f32[T, d]", "f32[B, T, d]", "inner dimensions differ"},
  {"return a @ b", "a: f32[2, 3, 4], b: f32[5, 4, 6]", "f32[2, 3, 6]", "batch dimensions do not broadcast"},
  {"return a @ 2.0", "a: f32[2, 3]", "f32[2, 3]", "'@' needs tensors"},
  {"return a @ s", "a: f32[2, 3], s: f32[]", "f32[2, 3]", "rank 1 or more"},
  {"return i @ i", "i: i32[3, 3]", "i32[3, 3]", "'@' needs floating-point tensors"},
  /* reductions */
  {"return sum(x, axis=3)", "x: f32[B, 3, 4]", "f32[B]", "axis 3 is out of range for a tensor of rank 3"},
  {"return sum(x, axis=-4)", "x: f32[B, 3, 4]", "f32[B]", "axis -4 is out of range"},
  {"return sum(x, axis=[1, -2])", "x: f32[B, 3, 4]", "f32[B, 4]", "listed twice"},
  {"return sum(x, axis=1, keepdim=1)", "x: f32[B, 3, 4]", "f32[B, 1, 4]", "keepdim must be true or false"},
  {"return max(x, y)", "x: f32[B, 3], y: f32[B, 3]", "f32[B, 3]", "maximum(a, b)"},
  {"return mean(i)", "i: i32[B]", "f32[]", "mean needs a floating-point tensor"},
  {"return argmax(x, axis=[0, 1])", "x: f32[B, 3]", "i32[]", "single axis"},
  {"return sum(x, axis=0.5)", "x: f32[B, 3]", "f32[3]", "axis must be a constant integer"},
  {"return sum(x, dim=1)", "x: f32[B, 3]", "f32[B]", "sum has no parameter 'dim'"},
  {"return sum(x, axs=1)", "x: f32[B, 3]", "f32[B]", "did you mean 'axis'"},
  {"return sum(x, axis=1, axis=0)", "x: f32[B, 3]", "f32[B]", "given twice"},
  /* reshape, permute, transpose, expand */
  {"return reshape(x, [B, 5])", "x: f32[B, 3, 4]", "f32[B, 5]", "cannot reshape f32[B, 3, 4]"},
  {"return reshape(x, [5, -1])", "x: f32[B, 3, 4]", "f32[5, B]", "cannot infer the -1 dimension"},
  {"return reshape(x, [-1, -1])", "x: f32[B, 3, 4]", "f32[B, 12]", "only one dimension may be -1"},
  {"return reshape(x, [B, -2])", "x: f32[B, 3, 4]", "f32[B, 12]", "none may be negative"},
  {"return reshape(x, [B, 12 / 5])", "x: f32[B, 3, 4]", "f32[B, 12]", "must be an integer"},
  {"return reshape(x, [T, 3, 4])", "x: f32[B, 3, 4], t: f32[T]", "f32[T, 3, 4]", "cannot reshape"},
  {"return reshape(x)", "x: f32[B, 3, 4]", "f32[B]", "missing argument 'shape' in call to reshape"},
  {"return reshape(x, 12)", "x: f32[3, 4]", "f32[12]", "must be a list of integers"},
  {"return permute(x, [0, 0, 1])", "x: f32[B, 3, 4]", "f32[B, 3, 4]", "axis 0 appears twice"},
  {"return permute(x, [1, 0])", "x: f32[B, 3, 4]", "f32[3, B]", "has rank 3 but 2 axes are given"},
  {"return permute(x, [0, 1, 3])", "x: f32[B, 3, 4]", "f32[B, 3, 4]", "out of range"},
  {"return transpose(v)", "v: f32[4]", "f32[4]", "rank 2 or more"},
  {"return transpose(x, 0)", "x: f32[B, 3, 4]", "f32[B, 3, 4]", "either no axes"},
  {"return transpose(x, 0, 3)", "x: f32[B, 3, 4]", "f32[B, 3, 4]", "out of range"},
  {"return expand(x, [B, 5])", "x: f32[B, 3]", "f32[B, 5]", "only size-1 dimensions expand"},
  {"return expand(x, [3])", "x: f32[B, 3]", "f32[3]", "fewer than"},
  {"return expand(x, [-1, B, 3])", "x: f32[B, 3]", "f32[B, B, 3]", "-1 cannot be used for a new leading dimension"},
  /* concat, stack, split */
  {"return concat([x, y], axis=1)", "x: f32[B, 3, 4], y: f32[B, 5, 6]", "f32[B, 8, 4]", "shapes must agree except along the axis"},
  {"return concat([x, i], axis=0)", "x: f32[3], i: i32[3]", "f32[6]", "need the same dtype"},
  {"return concat([x, x], axis=3)", "x: f32[B, 3, 4]", "f32[B, 3, 8]", "out of range"},
  {"return concat(x, axis=0)", "x: f32[B, 3]", "f32[B, 3]", "concat takes a list of tensors"},
  {"return concat([x, y])", "x: f32[2, 3], y: f32[3]", "f32[5, 3]", "shapes must agree"},
  {"return stack([x, y])", "x: f32[B, 4], y: f32[B, 5]", "f32[2, B, 4]", "stacked tensors need equal shapes"},
  {"return stack([x, 1.0])", "x: f32[B, 4]", "f32[2, B, 4]", "not a tensor"},
  {"return stack([], axis=0)", "x: f32[B, 4]", "f32[B, 4]", "at least one tensor"},
  {"a, b, c = split(x, 3, axis=-1); return a", "x: f32[B, 8]", "f32[B, 2]", "does not divide into 3 equal parts"},
  {"a, b = split(x, 2, axis=1); return a", "x: f32[B, T]", "f32[B, T]", "does not divide"},
  {"a, b = split(x, 4, axis=-1); return a", "x: f32[B, 8]", "f32[B, 2]", "cannot unpack"},
  {"a, b = split(x, 0); return a", "x: f32[B, 8]", "f32[B, 8]", "n must be a constant integer between 1 and 1024"},
  {"t = split(x, 2, axis=1); return t[2]", "x: f32[B, 8]", "f32[B, 4]", "index out of range: the tuple has 2 items"},
  /* indexing */
  {"return x[:, 3]", "x: f32[B, 3, 4]", "f32[B, 4]", "index 3 is out of range for a dimension of size 3"},
  {"return x[0, 0, 0, 0]", "x: f32[B, 3, 4]", "f32[]", "too many indices: 4 for f32[B, 3, 4]"},
  {"return x[..., 0, ...]", "x: f32[B, 3, 4]", "f32[B, 4]", "'...' only once"},
  {"return x[0.5]", "x: f32[B, 3, 4]", "f32[3, 4]", "cannot index with a float 0.5"},
  {"return x[:, 0.5:]", "x: f32[B, 3, 4]", "f32[B, 3, 4]", "slice bounds must be integers"},
  {"return x[:, ::-1]", "x: f32[B, 3, 4]", "f32[B, 3, 4]", "slice step must be a positive constant integer"},
  {"return x[:, ::0]", "x: f32[B, 3, 4]", "f32[B, 3, 4]", "positive"},
  {"return s[0]", "s: f32[]", "f32[]", "too many indices"},
  {"return t[x]", "t: f32[10, 4], x: f32[B]", "f32[B, 4]", "a tensor used as an index must be i32, found f32[B]"},
  {"return t[i, 0]", "t: f32[10, 4], i: i32[B]", "f32[B]", "a tensor index is only allowed alone"},
  {"return s[i]", "s: f32[], i: i32[B]", "f32[B]", "cannot gather from a 0-d tensor"},
  {"return take(x, i, axis=-1)", "x: f32[B, T, 5], i: i32[B]", "f32[B]", "take: idx must have the shape of x without axis 2, i.e. i32[B, T]"},
  {"return take(x, i, axis=0)", "x: f32[5, B], i: i32[5]", "f32[5]", "i.e. i32[B]"},
  {"return take(x, y, axis=-1)", "x: f32[B, 5], y: f32[B]", "f32[B]", "take: idx must be an i32 tensor"},
  {"return take(x, i, axis=2)", "x: f32[B, 5], i: i32[B]", "f32[B]", "out of range"},
  {"return x.shape", "x: f32[B, 5]", "f32[B]", "has no members"},
  {"return x(1)", "x: f32[B, 5]", "f32[B]", "cannot call"},
  /* creation */
  {"return arange(2.5)", "x: f32[B]", "i32[2]", "arange takes integers"},
  {"return arange(5, 2)", "x: f32[B]", "i32[3]", "stop is before start"},
  {"return zeros([-1, 2])", "x: f32[B]", "f32[1, 2]", "zeros: dimensions must not be negative"},
  {"return zeros(3)", "x: f32[B]", "f32[3]", "list of integers"},
  {"return ones([d / 3])", "x: f32[B]", "f32[3]", "must be an integer"},
  {"return full([2], x)", "x: f32[B]", "f32[2]", "full: the fill value must be a number"},
  {"return zeros([2], 1)", "x: f32[B]", "f32[2]", "too many arguments to zeros"},
  /* where, dropout */
  {"return where(x, x, 0.0)", "x: f32[B, 4]", "f32[B, 4]", "where: the condition must be an integer mask"},
  {"return where(m, x, 0.0)", "m: i32[3], x: f32[4]", "f32[4]", "where: the mask i32[3] does not broadcast with the values f32[4]"},
  {"return where(m, x, y)", "m: i32[4], x: f32[3], y: f32[4]", "f32[4]", "do not broadcast"},
  {"return where(m, i, x)", "m: i32[4], i: i32[4], x: f32[4]", "f32[4]", "cannot mix"},
  {"return dropout(x, 1.5)", "x: f32[B]", "f32[B]", "dropout: p must be a constant in [0, 1)"},
  {"return dropout(x, x)", "x: f32[B]", "f32[B]", "dropout: p must be a constant"},
  {"return dropout(i, 0.1)", "i: i32[B]", "i32[B]", "dropout needs a floating-point tensor"},
  {"return exp(x, x)", "x: f32[B]", "f32[B]", "too many arguments to exp"},
  {"return f32(\"x\")", "x: f32[B]", "f32[B]", "must be a tensor"},
  /* result annotations */
  {"return x", "x: f32[B, 3]", "i32[B, 3]", "(dtype i32 vs f32)"},
  {"return x", "x: f32[B, 3]", "f32[B]", "(rank 2 vs 1)"},
  {"return x", "x: f32[B, 3]", "f32[B, 4]", "the result should be f32[B, 4] but is f32[B, 3] (dimension 4 vs 3)"},
  {"return x", "x: f32[B, 3], y: f32[T]", "f32[T, 3]", "(dimension T vs B)"},
  {"return x", "x: f32[B, 3]", "f32", "a type needs its shape"},
  {"return x", "x: f64[B, 3]", "f32[B, 3]", "expected a type such as f32[B, T, d]"},
  /* statements */
  {"if sum(x) > 0.0 { return x }; return -x", "x: f32[B]", "f32[B]", "must be a compile-time constant"},
  {"y = x * 2.0", "x: f32[B]", "f32[B]", "ends without 'return'"},
  {"a, b = x; return a", "x: f32[B]", "f32[B]", "cannot unpack f32[B] into 2 names"},
  {"return y", "x: f32[B]", "f32[B]", "unknown name 'y'"},
  {"w = param f32[3] init zeros; return x", "x: f32[B]", "f32[B]", "not allowed inside a function"},
};
ParameterizedTestParameters(sema, errors) { TABLE_PARAMS(bad_rows); }
ParameterizedTest(size_t *ix, sema, errors) { expect_error(&bad_rows[*ix]); }

/* ---- regressions: checker bugs found by these tables and fixed ------------------------------- */

static const Row bug_ok_rows[] = {
  /* a symbolic negative slice bound counts from the end: -T on a dim of size T is 0,
   * so x[:, -T:] has T rows; the checker computes T - (-T) = 2*T */
  {"return x[:, -T:]", "x: f32[B, T, 4]", "f32[B, T, 4]"},
  /* compile-time strings compare with == and != (config values may be strings) */
  {"if \"a\" == \"a\" { return x }; return -x", "x: f32[B]", "f32[B]"},
  /* a huge step leaves one element: (4 + step - 1) / step overflows today and gives 0 */
  {"return x[:, ::9223372036854775807]", "x: f32[B, 4]", "f32[B, 1]"},
  /* the result annotation is evaluated after the body, in the body's scope, so a
   * local named like a dim (d = 2.0) changes what `-> f32[B, d]` means */
  {"d = 2.0; return x", "x: f32[B, d]", "f32[B, d]"},
};
ParameterizedTestParameters(sema_fixed, accepts) { TABLE_PARAMS(bug_ok_rows); }
ParameterizedTest(size_t *ix, sema_fixed, accepts) { expect_ok(&bug_ok_rows[*ix]); }

static const BadRow bug_bad_rows[] = {
  /* the message shows the normalised index (-1), not the one written (-5) */
  {"return x[:, -5]", "x: f32[B, 4]", "f32[B]", "index -5 is out of range"},
  /* INT64_MIN / -1 in dim arithmetic: today the checker dies with SIGFPE (mono_div in dim.c) */
  {"return x * ((-9223372036854775807 - 1) / -1)", "x: f32[B]", "f32[B]", "overflow"},
  /* concat of 0-d tensors: the axis check runs first and says "(valid: 0 to -1)";
   * the intended message ("cannot concatenate 0-d tensors; use stack") is unreachable */
  {"return concat([s, s])", "s: f32[]", "f32[2]", "use stack"},
};
ParameterizedTestParameters(sema_fixed, rejects) { TABLE_PARAMS(bug_bad_rows); }
ParameterizedTest(size_t *ix, sema_fixed, rejects) { expect_error(&bug_bad_rows[*ix]); }

/* ---- dim arithmetic (dim.h) -------------------------------------------------------- */

static const char *const NAMES[] = {"B", "T", "C"};

static char *dstr(Dim d) {
  StrBuf b = {0};
  dim_print(&b, d, NAMES);
  char *r = xstrdup(sb_cstr(&b));
  sb_free(&b);
  return r;
}

#define EXPECT_DIM(d, text)                                                        \
  do {                                                                             \
    char *s_ = dstr(d);                                                            \
    cr_expect_str_eq(s_, text, "%s prints as '%s', expected '%s'", #d, s_, text); \
    free(s_);                                                                      \
  } while (0)

Test(dim, constants) {
  int64_t v = -1;
  cr_expect(dim_is_const(dim_const(0), &v) && v == 0);
  cr_expect(dim_is_const(dim_const(42), &v) && v == 42);
  cr_expect(dim_is_const(dim_const(-7), &v) && v == -7);
  cr_expect(!dim_is_const(dim_var(0), &v));
  EXPECT_DIM(dim_const(0), "0");
  EXPECT_DIM(dim_const(64), "64");
  EXPECT_DIM(dim_const(-3), "-3");
  EXPECT_DIM(dim_add(dim_const(2), dim_const(3)), "5");
  EXPECT_DIM(dim_mul(dim_const(6), dim_const(7)), "42");
  EXPECT_DIM(dim_sub(dim_const(2), dim_const(5)), "-3");
  cr_expect(dim_eq(dim_const(4), dim_add(dim_const(1), dim_const(3))));
  cr_expect(!dim_eq(dim_const(4), dim_const(5)));
}

Test(dim, variables) {
  Dim B = dim_var(0), T = dim_var(1), C = dim_var(2);
  EXPECT_DIM(B, "B");
  EXPECT_DIM(dim_mul(B, T), "B*T");
  EXPECT_DIM(dim_mul(T, B), "B*T");                       /* sorted: commutative */
  EXPECT_DIM(dim_mul(dim_mul(B, T), dim_const(64)), "64*B*T");
  EXPECT_DIM(dim_add(T, dim_const(1)), "T + 1");
  EXPECT_DIM(dim_sub(T, dim_const(1)), "T - 1");
  EXPECT_DIM(dim_sub(dim_const(0), T), "-T");
  EXPECT_DIM(dim_add(dim_mul(B, T), dim_const(1)), "B*T + 1");
  EXPECT_DIM(dim_add(B, B), "2*B");
  EXPECT_DIM(dim_mul(T, T), "T*T");
  EXPECT_DIM(dim_sub(B, B), "0");
  EXPECT_DIM(dim_mul(dim_add(B, dim_const(1)), C), "B*C + C");
  cr_expect(dim_eq(dim_mul(B, T), dim_mul(T, B)));
  cr_expect(dim_eq(dim_add(B, T), dim_add(T, B)));
  cr_expect(!dim_eq(B, T));
  cr_expect(!dim_eq(dim_mul(B, dim_const(2)), B));
  cr_expect(dim_eq(dim_sub(dim_add(B, T), T), B));
  /* (B + 1)(B - 1) = B*B - 1 */
  cr_expect(dim_eq(dim_mul(dim_add(B, dim_const(1)), dim_sub(B, dim_const(1))),
                   dim_sub(dim_mul(B, B), dim_const(1))));
}

Test(dim, exact_division) {
  Dim B = dim_var(0), T = dim_var(1), q;
  cr_assert(dim_div(dim_const(12), dim_const(4), &q));
  cr_expect(dim_eq(q, dim_const(3)));
  cr_expect(!dim_div(dim_const(12), dim_const(5), &q), "12 / 5 is not whole");
  cr_expect(!dim_div(dim_const(12), dim_const(0), &q), "division by zero");
  cr_assert(dim_div(dim_mul(B, T), T, &q));
  cr_expect(dim_eq(q, B));
  cr_assert(dim_div(dim_mul(dim_mul(B, T), dim_const(64)), dim_mul(B, dim_const(8)), &q));
  EXPECT_DIM(q, "8*T");
  cr_assert(dim_div(dim_add(dim_mul(B, dim_const(2)), dim_const(4)), dim_const(2), &q));
  EXPECT_DIM(q, "B + 2");
  cr_assert(dim_div(B, B, &q));
  cr_expect(dim_eq(q, dim_const(1)));
  Dim bt = dim_add(B, T);
  cr_assert(dim_div(dim_mul(bt, dim_const(3)), bt, &q), "(3B + 3T) / (B + T) = 3");
  cr_expect(dim_eq(q, dim_const(3)));
  cr_expect(!dim_div(B, T, &q), "B / T is not a polynomial");
  cr_expect(!dim_div(B, dim_const(2), &q), "B / 2 is not whole for every B");
  cr_expect(!dim_div(dim_add(B, dim_const(1)), dim_const(2), &q));
  cr_expect(!dim_div(T, dim_mul(B, T), &q));
}

Test(dim, overflow_marks_bad) {
  Dim big = dim_const(INT64_MAX);
  Dim r = dim_add(big, dim_const(1));
  cr_expect(r.bad, "INT64_MAX + 1 overflows");
  cr_expect(dim_mul(big, dim_const(2)).bad);
  cr_expect(!dim_eq(r, r), "a bad dim equals nothing, not even itself");
  cr_expect(!dim_is_const(r, NULL));
  cr_expect(dim_add(r, dim_const(1)).bad, "bad stays bad");
  Dim q;
  cr_expect(!dim_div(r, dim_const(1), &q));
  EXPECT_DIM(r, "?");
  /* more variable factors than DIM_MAX_DEG */
  Dim B = dim_var(0), p = B;
  for (int i = 1; i <= DIM_MAX_DEG; i++) p = dim_mul(p, B);
  cr_expect(p.bad, "B^%d exceeds DIM_MAX_DEG", DIM_MAX_DEG + 1);
  /* more terms than DIM_MAX_TERMS */
  Dim s = dim_const(1);
  Dim t = B;
  for (int i = 0; i < DIM_MAX_TERMS; i++) {
    s = dim_add(s, t);
    t = dim_mul(t, B);
  }
  cr_expect(s.bad, "%d terms exceed DIM_MAX_TERMS", DIM_MAX_TERMS + 1);
}

/* ---- the --set limit ------------------------------------------------------------ */

/* Checks a small program with `nsets` copies of "--set d=8"; returns the
 * diagnostics (caller frees) and whether it checked cleanly. */
static char *check_with_sets(int nsets, bool *ok) {
  static const char src[] = "config { d = 8 }\nmodel M {\n  fn forward(x: f32[B, d]) -> f32[B, d] { return x }\n}\n";
  const char **sets = xcalloc((size_t)nsets, sizeof *sets);
  for (int i = 0; i < nsets; i++) sets[i] = "d=8";
  FeOptions o = {0};
  o.sets = sets;
  o.nsets = nsets;
  char *buf = NULL;
  size_t len = 0;
  FILE *mem = open_memstream(&buf, &len);
  Diag d;
  diag_init(&d, mem);
  d.max_errors = 0;
  Program *p = fe_program_new(&d, &o);
  bool parsed = fe_parse_text(p, "t.llm", src, strlen(src), NULL);
  *ok = parsed && fe_check(p) && d.nerrors == 0;
  fe_program_free(p);
  diag_free(&d);
  fclose(mem);
  free(sets);
  return buf ? buf : xstrdup("");
}

Test(sema, set_limit_reported_not_dropped) {
  bool ok;
  char *out = check_with_sets(LLMC_MAX_SETS, &ok);
  cr_expect(ok, "%d --set options are within the limit, but:\n%s", LLMC_MAX_SETS, out);
  free(out);
  out = check_with_sets(LLMC_MAX_SETS + 1, &ok);
  cr_expect(!ok, "the %dth --set must not be dropped silently", LLMC_MAX_SETS + 1);
  char want[128];
  snprintf(want, sizeof want, "too many --set options (%d); the limit is %d", LLMC_MAX_SETS + 1, LLMC_MAX_SETS);
  cr_expect(strstr(out, want) != NULL, "expected '%s' in:\n%s", want, out);
  free(out);
}
