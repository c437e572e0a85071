/* fuzz_frontend.c — the libFuzzer target for the front end: every input is one
 * .llm source text, parsed and then checked (name resolution, instantiation,
 * shapes). Diagnostics are expected and go to /dev/null; what the fuzzer looks
 * for is a crash, a sanitizer report, a leak or a hang. An input that mentions
 * `import` is checked together with stdlib/nn.llm.
 *
 * Built two ways: with -fsanitize=fuzzer (fuzz/CMakeLists.txt, clang only) and
 * with fuzz/replay.c's main(), which runs saved inputs through the same
 * function in the normal and sanitizer test builds (CTest: fuzz_corpus_replay). */
#define _POSIX_C_SOURCE 200809L
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frontend.h"

#ifndef LLMC_FUZZ_STDLIB_DIR
#define LLMC_FUZZ_STDLIB_DIR "stdlib"
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Where diagnostics go: /dev/null, opened once and kept for the life of the
 * process (every run still formats its messages, which is exercised too); or
 * stderr when LLMC_FUZZ_DIAG is set, to see what an input reports. */
static FILE *devnull(void) {
  static FILE *f;
  if (!f) f = getenv("LLMC_FUZZ_DIAG") ? stderr : fopen("/dev/null", "w");
  return f;
}

/* stdlib/nn.llm, read once (NULL if it cannot be read). */
static const char *stdlib_text(size_t *len) {
  static char *text;
  static size_t n;
  static bool tried;
  if (!tried) {
    tried = true;
    char *path = sup_path_join(LLMC_FUZZ_STDLIB_DIR, "nn.llm");
    text = sup_read_file(path, &n);
    free(path);
  }
  *len = n;
  return text;
}

static bool mentions(const uint8_t *data, size_t size, const char *word) {
  size_t n = strlen(word);
  for (size_t i = 0; i + n <= size; i++)
    if (!memcmp(data + i, word, n)) return true;
  return false;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  Diag d;
  diag_init(&d, devnull());
  FeOptions opts = {0};
  opts.stdlib_dir = LLMC_FUZZ_STDLIB_DIR;
  Program *p = fe_program_new(&d, &opts);
  fe_parse_text(p, "fuzz.llm", (const char *)data, size, NULL);
  /* fe_parse_text does not follow imports (fe_load does, from disk). An input
   * that says `import` gets the stdlib parsed beside it, as fe_load would do
   * for `import "nn"`, so the checker sees real modules (GPTBlock, ...). */
  size_t nstd;
  const char *std = stdlib_text(&nstd);
  if (std && mentions(data, size, "import")) fe_parse_text(p, "nn.llm", std, nstd, NULL);
  fe_check(p);
  fe_program_free(p);
  diag_free(&d);
  return 0;
}
