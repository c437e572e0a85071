/* test_longtext.c — long user text in messages (issue 15): a 1 MB identifier,
 * string, path or tensor name is echoed as its first 64 bytes and "…(N bytes)"
 * by every diagnostic, not only by "unknown name". The cutting itself
 * (diag_cut_message, diag_cut) is tested on crafted messages; then a few
 * representative messages of each kind of user text: an identifier (quoted and
 * not), a string with spaces, a --set value (the "file name" of its
 * location), a tensor name read from a checkpoint, and one the driver reports
 * (cli_error) for a --params file. */
#define _POSIX_C_SOURCE 200809L
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "frontend.h"
#include "safetensors.h"
#include "trainer.h"

#define MB (1 << 20)
#define ELL "\xe2\x80\xa6" /* … */

/* n copies of the pattern, NUL-terminated (owned) */
static char *repeat(const char *pat, size_t n) {
  size_t k = strlen(pat);
  char *s = malloc(n * k + 1);
  for (size_t i = 0; i < n; i++) memcpy(s + i * k, pat, k);
  s[n * k] = 0;
  return s;
}

static char *cut(const char *msg) {
  StrBuf b = {0};
  diag_cut_message(&b, msg, strlen(msg));
  char *r = xstrdup(sb_cstr(&b));
  sb_free(&b);
  return r;
}

/* The longest line of a text. */
static size_t longest_line(const char *s) {
  size_t best = 0;
  while (*s) {
    size_t n = strcspn(s, "\n");
    if (n > best) best = n;
    s += n + (s[n] == '\n');
  }
  return best;
}

/* ---- the cutting ------------------------------------------------------------------ */

Test(longtext, cut_message_rules) {
  char *x100 = repeat("x", 100), *sp = repeat("a ", 100), *e100 = repeat("\xc3\xa9", 100);
  char *path = repeat("/abc", 75), *words = repeat("word ", 2000);
  char m[16384], *r;

  r = cut("unknown name 'hidden'; did you mean 'hiden'?");
  cr_expect_str_eq(r, "unknown name 'hidden'; did you mean 'hiden'?");
  free(r);

  snprintf(m, sizeof m, "unknown name '%s'; did you mean 'x'?", x100);
  r = cut(m);
  cr_expect_str_eq(r, "unknown name 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" ELL "(100 bytes)'; "
                      "did you mean 'x'?");
  free(r);

  /* a quoted piece with spaces (a string, a tensor name) */
  snprintf(m, sizeof m, "found string \"%s\" here", sp);
  r = cut(m);
  cr_expect(strstr(r, "found string \"a a a") && strstr(r, ELL "(200 bytes)\" here"), "%s", r);
  cr_expect_lt(strlen(r), 100);
  free(r);

  /* a piece already cut is left alone */
  r = cut("tensor 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" ELL "(1048576 bytes)' is unused");
  cr_expect_str_eq(r, "tensor 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" ELL "(1048576 bytes)' is unused");
  free(r);

  /* a run without spaces (a path): cut, its trailing ':' kept */
  snprintf(m, sizeof m, "%s: cannot open", path);
  r = cut(m);
  cr_expect(strstr(r, ELL "(300 bytes): cannot open"), "%s", r);
  cr_expect_eq(strncmp(r, path, 64), 0);
  free(r);
  /* a path of 128 bytes is shown whole */
  path[128] = 0;
  snprintf(m, sizeof m, "%s: cannot open", path);
  r = cut(m);
  cr_expect_str_eq(r, m);
  free(r);

  /* UTF-8 is cut between characters */
  snprintf(m, sizeof m, "name '%s'", e100);
  r = cut(m);
  cr_expect(strstr(r, ELL "(200 bytes)'"), "%s", r);
  cr_expect_eq(strncmp(r + 6, e100, 64), 0);
  free(r);

  /* a whole message of short words is capped */
  r = cut(words);
  cr_expect_lt(strlen(r), 4200);
  cr_expect(strstr(r, ELL "(a message of 10000 bytes)"), "%s", r + 4000);
  free(r);

  /* diag_cut: the text itself when short */
  const char *shortname = "w";
  cr_expect_eq(DIAG_CUT(shortname), shortname);
  cr_expect_str_eq(DIAG_CUT(x100), "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" ELL "(100 bytes)");
  free(x100), free(sp), free(e100), free(path), free(words);
}

/* ---- the front end ------------------------------------------------------------------ */

typedef struct Out {
  char *text;
  int nerrors;
} Out;

/* Checks src (file "t.llm") with the given --set values; the diagnostics. */
static Out check(const char *src, const char **sets, int nsets) {
  char *buf = NULL;
  size_t len = 0;
  FILE *mem = open_memstream(&buf, &len);
  Diag d;
  diag_init(&d, mem);
  d.max_errors = 0;
  FeOptions o = {.sets = sets, .nsets = nsets};
  Program *p = fe_program_new(&d, &o);
  fe_parse_text(p, "t.llm", src, strlen(src), NULL);
  fe_check(p);
  Out r = {.nerrors = d.nerrors};
  fe_program_free(p);
  diag_free(&d);
  fclose(mem);
  r.text = buf;
  return r;
}

/* A 1 MB identifier in a message that is not "unknown name": config value '%s'
 * is defined twice (quoted). Before: the whole megabyte, twice. */
Test(longtext, identifier_defined_twice) {
  char *x = repeat("x", MB);
  StrBuf src = {0};
  sb_printf(&src, "config {\n  %s = 1\n  %s = 2\n}\n", x, x);
  Out r = check(sb_cstr(&src), NULL, 0);
  cr_expect(strstr(r.text, "t.llm:3:3: error: config value 'xxxxxxxxxx"), "%.300s", r.text);
  cr_expect(strstr(r.text, "xxxxxx" ELL "(1048576 bytes)' is defined twice"), "%.300s", r.text);
  cr_expect_lt(strlen(r.text), 2000, "the diagnostics are %zu bytes", strlen(r.text));
  free(r.text);
  sb_free(&src);
  free(x);
}

/* A 1 MB module name, unquoted: "too many arguments to module NAME". */
Test(longtext, module_name_unquoted) {
  char *x = repeat("M", MB);
  StrBuf src = {0};
  sb_printf(&src, "module %s(a) { }\nmodel Top {\n  m = %s(1, 2)\n  fn forward(x: f32[2]) -> f32[2] { return x }\n}\n",
            x, x);
  Out r = check(sb_cstr(&src), NULL, 0);
  cr_expect(strstr(r.text, "too many arguments to module MMMMMMMM"), "%.300s", r.text);
  cr_expect(strstr(r.text, ELL "(1048576 bytes): it takes 1"), "%.300s", r.text);
  cr_expect_lt(longest_line(r.text), 300, "a line of %zu bytes:\n%.300s", longest_line(r.text), r.text);
  free(r.text);
  sb_free(&src);
  free(x);
}

/* A 1 MB string with spaces, echoed as a value's description. */
Test(longtext, string_with_spaces) {
  char *s = repeat("ab ", MB / 2);
  StrBuf src = {0};
  sb_printf(&src, "config { s = \"%s\" }\nmodel M {\n  w = param f32[s] init zeros\n"
                  "  fn forward(x: f32[2]) -> f32[2] { return x }\n}\n", s);
  Out r = check(sb_cstr(&src), NULL, 0);
  cr_expect(strstr(r.text, "a parameter's dimension must be a constant integer, found string \"ab ab"), "%.300s", r.text);
  cr_expect(strstr(r.text, ELL "(1572864 bytes)\""), "%.300s", r.text);
  cr_expect_lt(strlen(r.text), 1000, "the diagnostics are %zu bytes", strlen(r.text));
  free(r.text);
  sb_free(&src);
  free(s);
}

/* A 1 MB --set value: its location's file name is "--set d=VALUE". */
Test(longtext, set_value_location) {
  char *x = repeat("y", MB);
  char *set = malloc(MB + 3);
  snprintf(set, MB + 3, "d=%s", x);
  const char *sets[] = {set};
  Out r = check("config { d = 1 }\nmodel M { fn forward(x: f32[2]) -> f32[2] { return x } }\n", sets, 1);
  cr_expect_eq(r.nerrors, 1, "%.300s", r.text);
  cr_expect(strstr(r.text, "--set d=yyyy"), "%.300s", r.text);
  cr_expect(strstr(r.text, ELL "(1048584 bytes):1:"), "%.300s", r.text);
  cr_expect(strstr(r.text, "unknown name 'yyyy"), "%.300s", r.text);
  cr_expect_lt(strlen(r.text), 1000, "the diagnostics are %zu bytes", strlen(r.text));
  free(r.text);
  free(set);
  free(x);
}

/* ---- tensor names read from files ------------------------------------------------------ */

static char tmpdir[256];

static void write_ckpt(const char *path, const char *extra_name) {
  TensorList l = {0};
  int64_t ws[2] = {2, 3}, bs[1] = {3}, one[1] = {1};
  tl_add(&l, tensor_new("w", DT_F32, 2, ws));
  tl_add(&l, tensor_new("b", DT_F32, 1, bs));
  tl_add(&l, tensor_new(extra_name, DT_F32, 1, one));
  Diag d;
  diag_init(&d, stderr);
  cr_assert(st_write(path, &l, &d));
  diag_free(&d);
  tl_free(&l);
}

/* A checkpoint holding a tensor with a 1 MB name the model lacks. Before: the
 * message held the whole name. */
Test(longtext, checkpoint_tensor_name) {
  snprintf(tmpdir, sizeof tmpdir, "/tmp/llmc-test-longtext-XXXXXX");
  cr_assert_not_null(mkdtemp(tmpdir));
  char path[512];
  snprintf(path, sizeof path, "%s/c.safetensors", tmpdir);
  char *x = repeat("z", MB);
  write_ckpt(path, x);
  char *buf = NULL;
  size_t len = 0;
  FILE *mem = open_memstream(&buf, &len);
  Diag d;
  diag_init(&d, mem);
  TensorList want = {0};
  int64_t ws[2] = {2, 3}, bs[1] = {3};
  tl_add(&want, tensor_new("w", DT_F32, 2, ws));
  tl_add(&want, tensor_new("b", DT_F32, 1, bs));
  cr_expect_not(ckpt_read(path, &want, NULL, NULL, NULL, &d));
  fclose(mem);
  cr_expect(strstr(buf, "tensor 'zzzz"), "%.300s", buf);
  cr_expect(strstr(buf, ELL "(1048576 bytes)' is not a parameter of this model"), "%.300s", buf);
  cr_expect_lt(strlen(buf), 1000, "the message is %zu bytes", strlen(buf));
  free(buf);
  diag_free(&d);
  tl_free(&want);
  remove(path);
  rmdir(tmpdir);
  free(x);
}

/* The driver's own messages (cli_error): `llmc run --params` with a tensor of
 * a 1 MB name that is not a parameter. */
Test(longtext, cli_params_tensor_name) {
  snprintf(tmpdir, sizeof tmpdir, "/tmp/llmc-test-longtext-XXXXXX");
  cr_assert_not_null(mkdtemp(tmpdir));
  char p[512], cmd[2048];
  snprintf(p, sizeof p, "%s/m.llm", tmpdir);
  FILE *f = fopen(p, "w");
  cr_assert_not_null(f);
  fputs("model M {\n  w = param f32[2, 3] init zeros\n  b = param f32[3] init zeros\n"
        "  fn forward(x: f32[2]) -> f32[2] { return x }\n}\n", f);
  fclose(f);
  char *x = repeat("q", MB);
  snprintf(p, sizeof p, "%s/p.safetensors", tmpdir);
  write_ckpt(p, x);
  snprintf(cmd, sizeof cmd, "cd '%s' && '%s/llmc' run m.llm --backend ref --params p.safetensors -o o.safetensors "
                            "2>err.txt", tmpdir, LLMC_BINARY_DIR);
  int st = system(cmd);
  cr_expect(WIFEXITED(st) && WEXITSTATUS(st) == 1, "exit status %d", st);
  snprintf(p, sizeof p, "%s/err.txt", tmpdir);
  size_t n;
  char *err = sup_read_file(p, &n);
  cr_assert_not_null(err);
  cr_expect(strstr(err, "p.safetensors: tensor 'qqqq"), "%.300s", err);
  cr_expect(strstr(err, ELL "(1048576 bytes)' is not a parameter of model M"), "%.300s", err);
  cr_expect_lt(n, 1000, "stderr is %zu bytes", n);
  free(err);
  free(x);
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
  cr_expect_eq(system(cmd), 0);
}
