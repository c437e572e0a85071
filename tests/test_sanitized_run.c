/* test_sanitized_run.c — the sanitizer build's own llmc binary, run on OpenCL
 * (issue 15): `build-asan/llmc run examples/gpt_char.llm ... --backend opencl`
 * must end with exit 0 and without a sanitizer report. PoCL, and the LLVM it
 * compiles kernels with, keep allocations until exit; the ASan llmc suppresses
 * them itself (cli/sanitize.c, support/lsan.supp) with leak detection on, so
 * neither the user nor this test sets LSAN_OPTIONS.
 *
 * Only meaningful in the sanitizer tree: in a plain build, or without an OpenCL
 * device, the test skips itself, saying why. The child runs with the
 * environment of `make test` (ASAN_OPTIONS=detect_leaks=1:...), leak detection
 * forced on, a kernel cache of its own and PoCL's cache off
 * (POCL_KERNEL_CACHE=0), so every kernel goes through PoCL's compiler: its 13
 * kernels take about a minute. */
#define _POSIX_C_SOURCE 200809L
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "device.h"
#include "safetensors.h"

#include "dev_test.h"

#if defined(__SANITIZE_ADDRESS__)
#define SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SANITIZED 1
#endif
#endif

Test(sanitized_run, asan_llmc_opencl_gpt_char_is_clean, .timeout = 900) {
#ifndef SANITIZED
  cr_skip_test("not a sanitizer build: this test checks build-asan/llmc");
#else
  if (rt_backend_status(DEV_OPENCL)) cr_skip_test("no OpenCL device: %s", rt_backend_status(DEV_OPENCL));
  char dir[] = "/tmp/llmc-test-sanitized-XXXXXX";
  cr_assert_not_null(mkdtemp(dir));
  /* idx: i32[1, 4], four token ids */
  char p[512];
  snprintf(p, sizeof p, "%s/idx.safetensors", dir);
  TensorList l = {0};
  int64_t shape[2] = {1, 4};
  Tensor *t = tensor_new("idx", DT_I32, 2, shape);
  for (int i = 0; i < 4; i++) ((int32_t *)t->data)[i] = 5 * i + 1;
  tl_add(&l, t);
  Cap c;
  cap_init(&c);
  cr_assert(st_write(p, &l, &c.d), "%s", cap_text(&c));
  cap_free(&c);
  tl_free(&l);

  const char *env = getenv("ASAN_OPTIONS");
  char cmd[4096];
  snprintf(cmd, sizeof cmd,
           "cd '%s' && POCL_KERNEL_CACHE=0 LLMC_CACHE_DIR='%s/cache' ASAN_OPTIONS='%s%sdetect_leaks=1' "
           "'%s/llmc' run '%s/examples/gpt_char.llm' --set n_layers=1 --init 1 --inputs idx.safetensors "
           "-o out.safetensors --backend opencl >out.txt 2>err.txt",
           dir, dir, env ? env : "", env && *env ? ":" : "", LLMC_BINARY_DIR, LLMC_SOURCE_DIR);
  int st = system(cmd);
  snprintf(p, sizeof p, "%s/err.txt", dir);
  size_t n = 0;
  char *err = sup_read_file(p, &n);
  cr_assert_not_null(err);
  cr_expect(WIFEXITED(st) && WEXITSTATUS(st) == 0, "exit status %d (a leak report makes it 1, or 23), stderr:\n%.4000s",
            WIFEXITED(st) ? WEXITSTATUS(st) : -1, err);
  static const char *const reports[] = {"LeakSanitizer", "AddressSanitizer", "runtime error:", "SUMMARY:"};
  for (size_t i = 0; i < sizeof reports / sizeof reports[0]; i++)
    cr_expect_null(strstr(err, reports[i]), "a sanitizer report (\"%s\") in stderr:\n%.4000s", reports[i], err);
  snprintf(p, sizeof p, "%s/out.safetensors", dir);
  cr_expect_eq(access(p, R_OK), 0, "no output written");
  free(err);
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  cr_expect_eq(system(cmd), 0);
#endif
}
