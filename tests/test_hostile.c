/* test_hostile.c — hostile input through `llmc run`, on the reference
 * interpreter and on OpenCL (issue 15): each case is refused with one message
 * naming the file and the tensor, on both backends alike, instead of a hang
 * or a silent wrong answer; and `-o` never replaces a symlink, a pipe or a
 * folder. Each test writes its model and safetensors files into a fresh
 * temporary folder (the kernel cache goes there too). OpenCL cases skip
 * themselves, saying why, when no OpenCL device is present. */
#define _POSIX_C_SOURCE 200809L
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "device.h"
#include "safetensors.h"

#include "dev_test.h"

static char dir[256];

static void fresh_dir(void) {
  snprintf(dir, sizeof dir, "/tmp/llmc-test-hostile-XXXXXX");
  cr_assert_not_null(mkdtemp(dir));
  char p[512];
  snprintf(p, sizeof p, "%s/cache", dir);
  setenv("LLMC_CACHE_DIR", p, 1);
}

static void remove_dir(void) {
  char cmd[512];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", dir);
}

TestSuite(hostile, .init = fresh_dir, .fini = remove_dir);

/* T indexes wpe[0:T] of a ctx = 8 table; idx indexes wte's 16 rows;
 * targets index the logits' last axis (take, as cross_entropy does). */
static const char *model_src =
    "config { vocab = 16; d = 4; ctx = 8 }\n"
    "model Tiny {\n"
    "  wte = param f32[vocab, d] init normal(0, 0.02)\n"
    "  wpe = param f32[ctx, d] init normal(0, 0.02)\n"
    "  fn scale(x: f32[2, 4]) -> f32[2, 4] { return x * 2.0 }\n"
    "  fn forward(idx: i32[B, T]) -> f32[B, T, d] { return wte[idx] + wpe[0:T] }\n"
    "  fn pick(x: f32[B, 4], targets: i32[B]) -> f32[B] { return take(x, targets, axis=-1) }\n"
    "}\n";

static void write_text(const char *name, const char *text) {
  char p[512];
  snprintf(p, sizeof p, "%s/%s", dir, name);
  FILE *f = fopen(p, "w");
  cr_assert_not_null(f);
  fputs(text, f);
  fclose(f);
}

/* Writes DIR/name.safetensors holding one tensor per (name, dtype, shape, values) */
typedef struct Spec {
  const char *name;
  DType dt;
  int rank;
  int64_t shape[4];
  double v[16];
} Spec;

static void write_st(const char *file, const Spec *s, int n) {
  TensorList l = {0};
  for (int i = 0; i < n; i++) {
    Tensor *t = tensor_new(s[i].name, s[i].dt, s[i].rank, s[i].shape);
    for (int64_t k = 0; k < tensor_numel(t) && k < 16; k++) tensor_set(t, k, s[i].v[k]);
    tl_add(&l, t);
  }
  char p[512];
  snprintf(p, sizeof p, "%s/%s", dir, file);
  Cap c;
  cap_init(&c);
  cr_assert(st_write(p, &l, &c.d), "%s", cap_text(&c));
  cap_free(&c);
  tl_free(&l);
}

typedef struct Res {
  int rc;
  char err[4096];
} Res;

/* Runs `llmc run DIR/m.llm ARGS` in DIR under a 60 s timeout; stderr captured. */
static Res llmc(const char *args) {
  Res r = {0};
  char cmd[2048];
  snprintf(cmd, sizeof cmd, "cd '%s' && timeout 60 '%s/llmc' run m.llm --init 1 %s 2>err.txt", dir, LLMC_BINARY_DIR,
           args);
  int st = system(cmd);
  r.rc = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  char p[512];
  snprintf(p, sizeof p, "%s/err.txt", dir);
  FILE *f = fopen(p, "r");
  if (f) {
    size_t n = fread(r.err, 1, sizeof r.err - 1, f);
    r.err[n] = 0;
    fclose(f);
  }
  return r;
}

static void need_backend(const char *backend) {
  if (!strcmp(backend, "opencl") && rt_backend_status(DEV_OPENCL))
    cr_skip_test("no OpenCL device: %s", rt_backend_status(DEV_OPENCL));
}

/* `llmc run` with ARGS on BACKEND fails with exit 1 (not a timeout, not 0) and
 * a message holding each of the strings. */
static void expect_refused(const char *backend, const char *args, const char *const *want) {
  need_backend(backend);
  char a[1024];
  snprintf(a, sizeof a, "--backend %s %s", backend, args);
  Res r = llmc(a);
  cr_assert_eq(r.rc, 1, "llmc run %s: exit %d (124 is a hang), stderr:\n%s", a, r.rc, r.err);
  for (int i = 0; want[i]; i++) cr_assert(strstr(r.err, want[i]), "llmc run %s: message lacks \"%s\":\n%s", a, want[i], r.err);
}

#define REFUSED(backend, args, ...) expect_refused(backend, args, (const char *const[]){__VA_ARGS__, NULL})

/* ---- the hang: an empty inputs file leaves B and T unbound ------------------------ */

static void empty_inputs(const char *backend) {
  write_text("m.llm", model_src);
  write_st("empty.safetensors", NULL, 0); /* {"__metadata__": ...} and no tensor */
  REFUSED(backend, "--inputs empty.safetensors -o out.safetensors", "empty.safetensors: missing input 'idx' (i32[B, T])");
}
Test(hostile, empty_inputs_ref) { empty_inputs("ref"); }
Test(hostile, empty_inputs_opencl) { empty_inputs("opencl"); }

/* ---- silent wrong answers ---------------------------------------------------------- */

static void transposed_shape(const char *backend) {
  write_text("m.llm", model_src);
  write_st("x.safetensors", &(Spec){"x", DT_F32, 2, {4, 2}, {0}}, 1);
  REFUSED(backend, "--entry scale --inputs x.safetensors -o out.safetensors",
          "x.safetensors: input 'x': expected f32[2, 4], got f32[4, 2]");
}
Test(hostile, transposed_shape_ref) { transposed_shape("ref"); }
Test(hostile, transposed_shape_opencl) { transposed_shape("opencl"); }

static void i32_for_f32(const char *backend) {
  write_text("m.llm", model_src);
  write_st("x.safetensors", &(Spec){"x", DT_I32, 2, {2, 4}, {0}}, 1);
  REFUSED(backend, "--entry scale --inputs x.safetensors -o out.safetensors",
          "x.safetensors: input 'x': expected f32[2, 4], got i32[2, 4]");
}
Test(hostile, i32_for_f32_ref) { i32_for_f32("ref"); }
Test(hostile, i32_for_f32_opencl) { i32_for_f32("opencl"); }

static void extra_tensor(const char *backend) {
  write_text("m.llm", model_src);
  write_st("x.safetensors", (Spec[]){{"x", DT_F32, 2, {2, 4}, {0}}, {"y", DT_F32, 1, {1}, {0}}}, 2);
  REFUSED(backend, "--entry scale --inputs x.safetensors -o out.safetensors",
          "x.safetensors: unexpected input 'y': graph scale takes 'x'");
}
Test(hostile, extra_tensor_ref) { extra_tensor("ref"); }
Test(hostile, extra_tensor_opencl) { extra_tensor("opencl"); }

/* token ids of 10^6, -5 and 2^31-1: each refused with its position and the range */
static void bad_token_ids(const char *backend) {
  write_text("m.llm", model_src);
  static const double bad[] = {1e6, -5, 2147483647.0};
  static const char *const msg[] = {"index 1000000 at [0, 1] of input 'idx'", "index -5 at [0, 1] of input 'idx'",
                                    "index 2147483647 at [0, 1] of input 'idx'"};
  for (int i = 0; i < 3; i++) {
    write_st("ids.safetensors", &(Spec){"idx", DT_I32, 2, {1, 3}, {1, bad[i], 2}}, 1);
    REFUSED(backend, "--inputs ids.safetensors -o out.safetensors", "ids.safetensors: node %2 (gather)", msg[i],
            "axis 0 of 'wte' of size 16: valid indices are [0, 16)");
  }
}
Test(hostile, bad_token_ids_ref) { bad_token_ids("ref"); }
Test(hostile, bad_token_ids_opencl) { bad_token_ids("opencl"); }

/* labels of take (cross_entropy's form) past the class axis */
static void bad_labels(const char *backend) {
  write_text("m.llm", model_src);
  write_st("l.safetensors", (Spec[]){{"x", DT_F32, 2, {2, 4}, {0}}, {"targets", DT_I32, 1, {2}, {3, 4}}}, 2);
  REFUSED(backend, "--entry pick --inputs l.safetensors -o out.safetensors", "(take): index 4 at [1] of input 'targets'",
          "valid indices are [0, 4)");
}
Test(hostile, bad_labels_ref) { bad_labels("ref"); }
Test(hostile, bad_labels_opencl) { bad_labels("opencl"); }

/* T = 9 > ctx = 8: wpe[0:T] would read past the table */
static void longer_than_ctx(const char *backend) {
  write_text("m.llm", model_src);
  write_st("ids.safetensors", &(Spec){"idx", DT_I32, 2, {1, 9}, {0}}, 1);
  REFUSED(backend, "--inputs ids.safetensors -o out.safetensors", "ids.safetensors: node %4 (slice)",
          "9 elements from 0 step 1 fall outside [0, 8) of 'wpe'", "(B = 1, T = 9)");
}
Test(hostile, longer_than_ctx_ref) { longer_than_ctx("ref"); }
Test(hostile, longer_than_ctx_opencl) { longer_than_ctx("opencl"); }

/* the same file within bounds runs on both */
static void good_run(const char *backend) {
  need_backend(backend);
  write_text("m.llm", model_src);
  write_st("ids.safetensors", &(Spec){"idx", DT_I32, 2, {1, 8}, {0, 1, 2, 3, 15, 14, 13, 12}}, 1);
  char a[256];
  snprintf(a, sizeof a, "--backend %s --inputs ids.safetensors -o out.safetensors", backend);
  Res r = llmc(a);
  cr_assert_eq(r.rc, 0, "%s", r.err);
}
Test(hostile, good_run_ref) { good_run("ref"); }
Test(hostile, good_run_opencl) { good_run("opencl"); }

/* ---- memory needs checked before a run ------------------------------------------------ */

Test(hostile, ref_memory_refused_up_front) {
  write_text("m.llm", model_src);
  write_st("ids.safetensors", &(Spec){"idx", DT_I32, 2, {1, 8}, {0}}, 1);
  setenv("LLMC_REF_MAX_BYTES", "100", 1);
  Res r = llmc("--backend ref --inputs ids.safetensors -o out.safetensors");
  unsetenv("LLMC_REF_MAX_BYTES");
  cr_assert_eq(r.rc, 1, "exit %d: %s", r.rc, r.err);
  cr_assert(strstr(r.err, "the reference interpreter needs") && strstr(r.err, "more than the 100 bytes"), "%s", r.err);
}

/* ---- output files ---------------------------------------------------------------------- */

static void refuses_output(const char *what, const char *make, const char *want) {
  write_text("m.llm", model_src);
  write_st("ids.safetensors", &(Spec){"idx", DT_I32, 2, {1, 3}, {1, 2, 3}}, 1);
  write_text("target.txt", "keep\n");
  char cmd[1024];
  snprintf(cmd, sizeof cmd, "cd '%s' && %s", dir, make);
  cr_assert_eq(system(cmd), 0);
  Res r = llmc("--inputs ids.safetensors -o out.safetensors");
  cr_assert_eq(r.rc, 2, "%s: exit %d: %s", what, r.rc, r.err);
  cr_assert(strstr(r.err, want), "%s: message lacks \"%s\": %s", what, want, r.err);
  struct stat st;
  char p[512];
  snprintf(p, sizeof p, "%s/out.safetensors", dir);
  cr_assert_eq(lstat(p, &st), 0);
  cr_assert(!S_ISREG(st.st_mode), "%s was replaced by a regular file", what);
  snprintf(p, sizeof p, "%s/target.txt", dir);
  FILE *f = fopen(p, "r");
  char buf[16] = {0};
  cr_assert(f && fgets(buf, sizeof buf, f));
  fclose(f);
  cr_assert_str_eq(buf, "keep\n", "the symlink's target was written through");
}

Test(hostile, output_symlink_refused) {
  refuses_output("a symlink", "ln -s target.txt out.safetensors",
                 "out.safetensors: refusing to replace it: it is a symbolic link, not a regular file");
}
Test(hostile, output_fifo_refused) {
  refuses_output("a fifo", "mkfifo out.safetensors", "out.safetensors: refusing to replace it: it is a named pipe");
}
Test(hostile, output_folder_refused) {
  refuses_output("a folder", "mkdir out.safetensors", "out.safetensors: refusing to replace it: it is a folder");
}

Test(hostile, output_regular_file_replaced_and_stdout) {
  write_text("m.llm", model_src);
  write_st("ids.safetensors", &(Spec){"idx", DT_I32, 2, {1, 3}, {1, 2, 3}}, 1);
  write_text("out.safetensors", "old\n");
  Res r = llmc("--inputs ids.safetensors -o out.safetensors");
  cr_assert_eq(r.rc, 0, "%s", r.err);
  r = llmc("--inputs ids.safetensors -o - > stdout.safetensors");
  cr_assert_eq(r.rc, 0, "%s", r.err);
  /* the two files are the same bytes and read back */
  char a[512], b[512], cmd[1100];
  snprintf(a, sizeof a, "%s/out.safetensors", dir);
  snprintf(b, sizeof b, "%s/stdout.safetensors", dir);
  snprintf(cmd, sizeof cmd, "cmp -s '%s' '%s'", a, b);
  cr_assert_eq(system(cmd), 0, "-o - and -o FILE differ");
  TensorList l = {0};
  Cap c;
  cap_init(&c);
  cr_assert(st_read(b, &l, &c.d), "%s", cap_text(&c));
  cr_assert_eq(l.v.n, 1);
  cr_assert_str_eq(l.origin, b);
  tl_free(&l);
  cap_free(&c);
}
