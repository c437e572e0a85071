/* test_kernels.c — golden kernels: the pass list (pipeline/pipeline.h) is run
 * in-process on a few models for each target, and every file it emits
 * (plan.txt and each kernel's .cl / .cu) must equal the one in
 * tests/kernels/CASE/TARGET/ byte for byte, so that any change to generated
 * code shows in review. A failure names the first differing file and line.
 *
 * Absolute paths in kernel comments (the .llm lines a kernel implements) are
 * made machine-independent: the source tree prints as `$SRC`.
 *
 *   LLMC_UPDATE_GOLDEN=1 ./test_kernels    regenerates tests/kernels from the
 *                                          current compiler (review the diff)
 */
#define _XOPEN_SOURCE 700
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <criterion/criterion.h>
#include <criterion/parameterized.h>

#include "model.h"
#include "optim.h"
#include "pipeline.h"

#define KERNELS_DIR LLMC_SOURCE_DIR "/tests/kernels"

/* Inline strings, not pointers: Criterion may run each test in a fresh
 * process, where the parent's addresses mean nothing. */
typedef struct KernelCase {
  char name[32];   /* the folder under tests/kernels */
  char file[64];   /* the program, relative to the source tree; "": the AdamW update graph */
  char set[32];    /* one --set KEY=VALUE, or "" */
  char target[16]; /* opencl, opencl-cpu or cuda, as `llmc compile --target` */
} KernelCase;

/* The models and targets: a LayerNorm, attention, one GPT block's training
 * step and the AdamW update; the CPU forms where they differ most. */
static KernelCase CASES[] = {
  {"layernorm", "tests/fusion/layernorm.llm", "", "opencl"},
  {"layernorm", "tests/fusion/layernorm.llm", "", "opencl-cpu"},
  {"layernorm", "tests/fusion/layernorm.llm", "", "cuda"},
  {"attention", "tests/fusion/attention.llm", "", "opencl"},
  {"attention", "tests/fusion/attention.llm", "", "opencl-cpu"},
  {"attention", "tests/fusion/attention.llm", "", "cuda"},
  {"gpt_char_block", "examples/gpt_char.llm", "n_layers=1", "opencl"},
  {"gpt_char_block", "examples/gpt_char.llm", "n_layers=1", "cuda"},
  {"adamw", "", "", "opencl"},
  {"adamw", "", "", "opencl-cpu"},
  {"adamw", "", "", "cuda"},
};

/* The AdamW update's size: parameters in the flat vector. */
#define ADAMW_PARAMS 4096

/* Runs the pass list for c into dir, as `llmc compile` does (the default
 * entry: the training step, loss with its gradients; the AdamW graph enters
 * at fuse, as `llmc bench` runs it). */
static bool emit_case(const KernelCase *c, const char *dir, Diag *d) {
  PlOptions po = {0};
  po.dialect = !strcmp(c->target, "cuda") ? DIALECT_CUDA : DIALECT_OPENCL;
  po.cpu = !strcmp(c->target, "opencl-cpu");
  po.emit_dir = dir;
  PlOutput out;
  bool ok;
  if (!c->file[0]) {
    AdamwOpts a = rt_adamw_defaults();
    po.start = PL_FUSE;
    ok = pl_run(NULL, rt_adamw_graph(ADAMW_PARAMS, &a), &po, &out, d);
    pl_output_free(&out);
    return ok;
  }
  FeOptions fo = {0};
  fo.stdlib_dir = LLMC_SOURCE_DIR "/stdlib";
  const char *sets[1] = {c->set};
  fo.sets = sets;
  fo.nsets = c->set[0] ? 1 : 0;
  Program *p = fe_program_new(d, &fo);
  /* from the source tree, so kernel comments name the program as
   * `llmc compile tests/fusion/layernorm.llm ...` run there does */
  cr_assert(chdir(LLMC_SOURCE_DIR) == 0, "cannot enter %s", LLMC_SOURCE_DIR);
  ok = fe_load(p, c->file) && fe_check(p);
  if (ok) {
    po.entry = fe_model(p)->has_loss ? "loss" : "forward";
    po.training = po.grad = fe_model(p)->has_loss;
    ok = pl_run(p, NULL, &po, &out, d);
    pl_output_free(&out);
  }
  fe_program_free(p);
  return ok;
}

/* ---- files ------------------------------------------------------------------------- */

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* The names of the plain files in dir, sorted; *n receives their count. */
static char **list_files(const char *dir, int *n) {
  char **v = NULL;
  int k = 0, cap = 0;
  DIR *dp = opendir(dir);
  struct dirent *e;
  while (dp && (e = readdir(dp))) {
    if (e->d_name[0] == '.') continue;
    if (k == cap) v = realloc(v, sizeof *v * (size_t)(cap = cap ? 2 * cap : 64));
    v[k++] = xstrdup(e->d_name);
  }
  if (dp) closedir(dp);
  qsort(v, (size_t)k, sizeof *v, cmp_str);
  *n = k;
  return v;
}

static void free_list(char **v, int n) {
  for (int i = 0; i < n; i++) free(v[i]);
  free(v);
}

/* The file's text with the source tree spelled `$SRC` (caller frees). */
static char *read_normalized(const char *dir, const char *name) {
  char *path = sup_path_join(dir, name);
  char *text = sup_read_file(path, NULL);
  free(path);
  if (!text) return NULL;
  StrBuf b = {0};
  const char *p = text, *q;
  while ((q = strstr(p, LLMC_SOURCE_DIR))) {
    sb_putn(&b, p, (size_t)(q - p));
    sb_puts(&b, "$SRC");
    p = q + strlen(LLMC_SOURCE_DIR);
  }
  sb_puts(&b, p);
  free(text);
  char *r = xstrdup(sb_cstr(&b));
  sb_free(&b);
  return r;
}

/* The line where a and b first differ (1-based), with both lines (caller frees). */
static int first_difference(const char *a, const char *b, char **la, char **lb) {
  int line = 1;
  const char *sa = a, *sb = b;
  while (*a && *a == *b) {
    if (*a == '\n') {
      line++;
      sa = a + 1;
      sb = b + 1;
    }
    a++;
    b++;
  }
  *la = strndup(sa, strcspn(sa, "\n"));
  *lb = strndup(sb, strcspn(sb, "\n"));
  return line;
}

static void remove_dir(const char *dir) {
  int n;
  char **files = list_files(dir, &n);
  for (int i = 0; i < n; i++) {
    char *path = sup_path_join(dir, files[i]);
    unlink(path);
    free(path);
  }
  free_list(files, n);
  rmdir(dir);
}

/* Replaces golden's files by got's, normalized. */
static void update_golden(const char *got, const char *golden) {
  char *parent = sup_dirname(golden);
  mkdir(KERNELS_DIR, 0777);
  mkdir(parent, 0777);
  free(parent);
  remove_dir(golden);
  cr_assert(mkdir(golden, 0777) == 0, "cannot create %s", golden);
  int n;
  char **files = list_files(got, &n);
  for (int i = 0; i < n; i++) {
    char *text = read_normalized(got, files[i]);
    char *path = sup_path_join(golden, files[i]);
    FILE *f = fopen(path, "w");
    cr_assert(f && text, "cannot write %s", path);
    fputs(text, f);
    fclose(f);
    free(path);
    free(text);
  }
  free_list(files, n);
}

/* Compares got (a fresh emit) with golden, file by file; fails at the first
 * missing, extra or differing file. */
static void compare_dirs(const char *got, const char *golden) {
  int ng, nw;
  char **g = list_files(got, &ng), **w = list_files(golden, &nw);
  cr_assert(nw > 0, "%s is missing; LLMC_UPDATE_GOLDEN=1 ./test_kernels creates it", golden);
  for (int i = 0, j = 0; i < ng || j < nw;) {
    int c = i == ng ? 1 : j == nw ? -1 : strcmp(g[i], w[j]);
    cr_assert(c >= 0, "%s/%s: generated but not in the golden folder (a new kernel?)", golden, g[i]);
    cr_assert(c <= 0, "%s/%s: in the golden folder but no longer generated", golden, w[j]);
    char *a = read_normalized(golden, w[j]), *b = read_normalized(got, g[i]);
    cr_assert(a && b, "cannot read %s/%s", golden, w[j]);
    if (strcmp(a, b)) {
      char *la, *lb;
      int line = first_difference(a, b, &la, &lb);
      cr_assert_fail("%s/%s:%d: the generated kernel differs from the golden one\n  golden:    %s\n  generated: %s\n"
              "(if the change is intended: LLMC_UPDATE_GOLDEN=1 ./test_kernels, then review the diff)",
              golden, w[j], line, la, lb);
    }
    free(a);
    free(b);
    i++;
    j++;
  }
  free_list(g, ng);
  free_list(w, nw);
}

ParameterizedTestParameters(kernels, golden) {
  return cr_make_param_array(KernelCase, CASES, sizeof CASES / sizeof CASES[0]);
}

ParameterizedTest(KernelCase *c, kernels, golden) {
  char tmp[] = "/tmp/llmc_kernels_XXXXXX";
  cr_assert(mkdtemp(tmp), "cannot create a temporary folder");
  Diag d;
  diag_init(&d, stderr);
  bool ok = emit_case(c, tmp, &d);
  diag_free(&d);
  cr_assert(ok, "%s %s: the pass list failed", c->name, c->target);
  char golden[1024];
  snprintf(golden, sizeof golden, "%s/%s/%s", KERNELS_DIR, c->name, c->target);
  const char *upd = getenv("LLMC_UPDATE_GOLDEN");
  if (upd && !strcmp(upd, "1")) update_golden(tmp, golden);
  else compare_dirs(tmp, golden);
  remove_dir(tmp);
}

/* The test itself can fail: a one-character change to a kernel is caught. */
Test(kernels, catches_a_changed_character) {
  const char *a = "__kernel void k1(int n) {\n  x = 1;\n}\n", *b = "__kernel void k1(int n) {\n  x = 2;\n}\n";
  char *la, *lb;
  cr_assert_eq(first_difference(a, b, &la, &lb), 2);
  cr_assert_str_eq(la, "  x = 1;");
  cr_assert_str_eq(lb, "  x = 2;");
  free(la);
  free(lb);
}

/* The stop points by name, and a list stopped at fuse: a schedule, no kernels. */
Test(kernels, stop_points) {
  for (int p = PL_LOWER; p <= PL_EMIT; p++) cr_assert_eq(pl_pass_by_name(pl_pass_name((PlPass)p)), p);
  cr_assert_eq(pl_pass_by_name("bogus"), 0);
  AdamwOpts a = rt_adamw_defaults();
  Diag d;
  diag_init(&d, stderr);
  PlOutput out;
  cr_assert(pl_run(NULL, rt_adamw_graph(64, &a), &(PlOptions){.start = PL_FUSE, .stop = PL_FUSE}, &out, &d));
  cr_assert(out.g && out.sched && !out.kern, "stopped at fuse: a graph and a schedule, no kernels");
  cr_assert_eq(out.sched->nk, 2, "the AdamW update is two kernels, found %d", out.sched->nk);
  pl_output_free(&out);
  cr_assert(!out.g && !out.sched);
  diag_free(&d);
}
