/* test_golden.c — golden diagnostics: every tests/golden/NAME.llm is loaded and
 * checked in-process, and the diagnostics it produces must equal
 * tests/golden/NAME.err byte for byte.
 *
 * Each case is run from inside tests/golden (so paths print as `NAME.llm:3:5`),
 * with the stdlib of this source tree and tests/golden/data as the data folder.
 * Absolute paths in the output are made machine-independent: the source tree
 * prints as `$SRC`, and the shared data folder the runtime may also search
 * (../shared/data beside the checkout) is dropped from "looked in" lists.
 *
 * Files in tests/golden/lib/ are helpers imported by cases, not cases.
 *
 *   LLMC_UPDATE_GOLDEN=1 ./test_golden    rewrites every .err from the current
 *                                         checker (review the diff before keeping it)
 */
#define _XOPEN_SOURCE 700
#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <criterion/criterion.h>
#include <criterion/parameterized.h>

#include "frontend.h"

#define GOLDEN_DIR LLMC_SOURCE_DIR "/tests/golden"

typedef struct GoldenCase {
  char name[128]; /* "shape_broadcast" (without .llm) */
} GoldenCase;

static int cmp_case(const void *a, const void *b) {
  return strcmp(((const GoldenCase *)a)->name, ((const GoldenCase *)b)->name);
}

/* The cases: every *.llm directly in tests/golden, sorted by name. The array is
 * heap-allocated; *n receives its length. */
static GoldenCase *list_cases(size_t *n, bool shared_mem) {
  DIR *dir = opendir(GOLDEN_DIR);
  size_t cap = 128, k = 0;
  GoldenCase *v = shared_mem ? cr_malloc(cap * sizeof *v) : malloc(cap * sizeof *v);
  if (dir) {
    struct dirent *e;
    while ((e = readdir(dir))) {
      size_t ln = strlen(e->d_name);
      if (ln < 5 || strcmp(e->d_name + ln - 4, ".llm") != 0 || ln - 4 >= sizeof v[0].name) continue;
      if (k == cap) {
        cap *= 2;
        v = shared_mem ? cr_realloc(v, cap * sizeof *v) : realloc(v, cap * sizeof *v);
      }
      memset(&v[k], 0, sizeof v[k]);
      memcpy(v[k].name, e->d_name, ln - 4);
      k++;
    }
    closedir(dir);
  }
  qsort(v, k, sizeof *v, cmp_case);
  *n = k;
  return v;
}

static void free_cases(struct criterion_test_params *cp) { cr_free(cp->params); }

/* Replaces every occurrence of `from` in *s by `to` (heap string). */
static void replace_all(char **s, const char *from, const char *to) {
  size_t lf = strlen(from), lt = strlen(to);
  if (!lf) return;
  StrBuf b = {0};
  const char *p = *s, *q;
  while ((q = strstr(p, from))) {
    sb_putn(&b, p, (size_t)(q - p));
    sb_putn(&b, to, lt);
    p = q + lf;
  }
  sb_puts(&b, p);
  free(*s);
  *s = xstrdup(sb_cstr(&b));
  sb_free(&b);
}

/* Drops ", DIR/name" items (up to the next ',' or ')') from "looked in" lists. */
static void drop_dir_items(char **s, const char *dir) {
  StrBuf pat = {0};
  sb_printf(&pat, ", %s/", dir);
  StrBuf b = {0};
  const char *p = *s, *q;
  while ((q = strstr(p, sb_cstr(&pat)))) {
    sb_putn(&b, p, (size_t)(q - p));
    p = q + pat.len;
    while (*p && *p != ',' && *p != ')' && *p != '\n') p++;
  }
  sb_puts(&b, p);
  free(*s);
  *s = xstrdup(sb_cstr(&b));
  sb_free(&b);
  sb_free(&pat);
}

static char *normalize(const char *out) {
  char *s = xstrdup(out ? out : "");
  /* the runtime's LLMC_SHARED_DATA_DIR: <parent of the source tree>/shared/data,
   * spelled lexically (as CMake does) or with links resolved */
  char *parent = sup_dirname(LLMC_SOURCE_DIR);
  char *lexical = sup_path_join(parent, "shared/data");
  drop_dir_items(&s, lexical);
  char *resolved = realpath(lexical, NULL);
  if (resolved) drop_dir_items(&s, resolved);
  free(resolved);
  free(lexical);
  free(parent);
  replace_all(&s, LLMC_SOURCE_DIR, "$SRC");
  return s;
}

/* Runs the front end on `file` (relative to tests/golden, the working
 * directory) and returns its normalized diagnostics (caller frees). */
static char *run_case(const char *file) {
  char *buf = NULL;
  size_t len = 0;
  FILE *mem = open_memstream(&buf, &len);
  Diag d;
  diag_init(&d, mem);
  FeOptions opts = {0};
  opts.stdlib_dir = LLMC_SOURCE_DIR "/stdlib";
  opts.data_dir = LLMC_SOURCE_DIR "/tests/golden/data";
  opts.check_files = true;
  Program *p = fe_program_new(&d, &opts);
  /* as `llmc check` does: check even after syntax errors, so that one run
   * reports everything it can */
  fe_load(p, file);
  fe_check(p);
  fe_program_free(p);
  diag_free(&d);
  fclose(mem);
  char *r = normalize(buf);
  free(buf);
  return r;
}

static char *read_text(const char *path) {
  size_t n;
  return sup_read_file(path, &n);
}

/* Splits off line `i` (0-based) of s into out; false past the end. */
static bool nth_line(const char *s, int i, const char **start, int *len) {
  for (; i > 0; i--) {
    s = strchr(s, '\n');
    if (!s) return false;
    s++;
  }
  if (!*s && i == 0) {
    *start = s;
    *len = 0;
    return false;
  }
  const char *e = strchr(s, '\n');
  *start = s;
  *len = e ? (int)(e - s) : (int)strlen(s);
  return true;
}

/* A readable description of where `want` and `got` first differ: a few lines of
 * context, then the differing lines as `-expected` / `+actual`. */
static char *first_diff(const char *want, const char *got) {
  int line = 0;
  for (;; line++) {
    const char *a, *b;
    int la, lb;
    bool ha = nth_line(want, line, &a, &la), hb = nth_line(got, line, &b, &lb);
    if (!ha && !hb) break;
    if (ha != hb || la != lb || memcmp(a, b, (size_t)la) != 0) break;
  }
  StrBuf b = {0};
  sb_printf(&b, "first difference at line %d of the output:\n", line + 1);
  for (int i = line >= 2 ? line - 2 : 0; i < line; i++) {
    const char *s;
    int l;
    if (nth_line(want, i, &s, &l)) sb_printf(&b, "   %.*s\n", l, s);
  }
  for (int i = line; i < line + 6; i++) {
    const char *s;
    int l;
    if (nth_line(want, i, &s, &l)) sb_printf(&b, "  -%.*s\n", l, s);
  }
  for (int i = line; i < line + 6; i++) {
    const char *s;
    int l;
    if (nth_line(got, i, &s, &l)) sb_printf(&b, "  +%.*s\n", l, s);
  }
  char *r = xstrdup(sb_cstr(&b));
  sb_free(&b);
  return r;
}

ParameterizedTestParameters(golden, diagnostics) {
  size_t n;
  GoldenCase *v = list_cases(&n, true);
  return cr_make_param_array(GoldenCase, v, n, free_cases);
}

ParameterizedTest(GoldenCase *c, golden, diagnostics) {
  cr_assert(chdir(GOLDEN_DIR) == 0, "cannot enter %s", GOLDEN_DIR);
  char llm[160], err[160];
  snprintf(llm, sizeof llm, "%s.llm", c->name);
  snprintf(err, sizeof err, "%s.err", c->name);

  char *src = read_text(llm);
  cr_assert(src, "%s: cannot read", llm);
  cr_expect(src[0] == '#', "%s: a case starts with a comment line saying what it tests", llm);
  free(src);

  char *got = run_case(llm);
  cr_expect(strstr(got, "error: ") != NULL, "%s: an error case must report at least one error, got:\n%s", llm, got);

  const char *upd = getenv("LLMC_UPDATE_GOLDEN");
  if (upd && !strcmp(upd, "1")) {
    FILE *f = fopen(err, "w");
    cr_assert(f, "cannot write %s", err);
    fputs(got, f);
    fclose(f);
    cr_log_info("%s: wrote %s", c->name, err);
    free(got);
    return;
  }
  char *want = read_text(err);
  cr_assert(want, "%s: missing expected output %s (run with LLMC_UPDATE_GOLDEN=1 and review it); actual output:\n%s",
            llm, err, got);
  if (strcmp(want, got) != 0) {
    char *diff = first_diff(want, got);
    cr_expect(false, "%s: diagnostics differ from %s\n%s", llm, err, diff);
    free(diff);
  }
  free(want);
  free(got);
}

/* The suite is meant to cover every error family (LANGUAGE.md section 10). */
Test(golden, enough_cases) {
  size_t n;
  GoldenCase *v = list_cases(&n, false);
  free(v);
  cr_expect(n >= 40, "only %zu golden cases in %s", n, GOLDEN_DIR);
}

/* Every .err has its .llm (a renamed case leaves no stale expectation behind). */
Test(golden, no_orphan_expectations) {
  DIR *dir = opendir(GOLDEN_DIR);
  cr_assert(dir);
  struct dirent *e;
  while ((e = readdir(dir))) {
    size_t ln = strlen(e->d_name);
    if (ln < 5 || strcmp(e->d_name + ln - 4, ".err") != 0) continue;
    char path[PATH_MAX];
    snprintf(path, sizeof path, "%s/%.*s.llm", GOLDEN_DIR, (int)(ln - 4), e->d_name);
    cr_expect(sup_file_exists(path), "%s has no matching .llm case", e->d_name);
  }
  closedir(dir);
}
