/* fuzz_frontend.c — the libFuzzer target for the front end: every input is one
 * .llm source text, parsed and then checked (name resolution, instantiation,
 * shapes); nothing is lowered and no device is touched. Diagnostics are
 * expected; what the fuzzer looks for is a crash, a sanitizer report, a leak
 * or a hang. An input that mentions `import` is checked together with
 * stdlib/nn.llm.
 *
 * Speed: the stdlib is parsed once per process and its nodes shared by every
 * run (fe_add_parsed_file); parsing it per run cost ~11 ms of a ~12 ms run
 * under the fuzzer's instrumentation (35 execs/s in the measurement).
 *
 * Built two ways: with -fsanitize=fuzzer (fuzz/CMakeLists.txt, clang only) and
 * with fuzz/replay.c's main() (CTest: fuzz_replay_frontend). */
#include <stdbool.h>
#include <string.h>

#include "frontend.h"
#include "fuzz_common.h"

#ifndef LLMC_FUZZ_STDLIB_DIR
#define LLMC_FUZZ_STDLIB_DIR "stdlib"
#endif

/* stdlib/nn.llm, parsed once by a Program of its own that lives as long as
 * the process (f NULL when the file cannot be read). */
typedef struct StdCache {
  Diag d;
  Program *p;
  AstFile *f;
  char *text;
  size_t len;
} StdCache;

static const StdCache *stdlib_cache(void) {
  static StdCache c;
  static bool tried;
  if (!tried) {
    tried = true;
    char *path = sup_path_join(LLMC_FUZZ_STDLIB_DIR, "nn.llm");
    c.text = sup_read_file(path, &c.len);
    free(path);
    if (c.text) {
      diag_init(&c.d, fuzz_diag_out());
      FeOptions opts = {.stdlib_dir = LLMC_FUZZ_STDLIB_DIR};
      c.p = fe_program_new(&c.d, &opts);
      fe_parse_text(c.p, "nn.llm", c.text, c.len, &c.f);
    }
  }
  return &c;
}

static bool mentions(const uint8_t *data, size_t size, const char *word) {
  size_t n = strlen(word);
  for (size_t i = 0; i + n <= size; i++)
    if (!memcmp(data + i, word, n)) return true;
  return false;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const StdCache *std = stdlib_cache();
  bool with_std = std->f && mentions(data, size, "import");
  Diag d;
  diag_init(&d, fuzz_diag_out());
  /* The shared nodes' spans name the stdlib's id in its own Diag; register
   * the same text first here so that id means the same file. */
  if (with_std && diag_add_source(&d, "nn.llm", std->text, std->len) != std->f->file) {
    fprintf(stderr, "fuzz_frontend: stdlib source id mismatch\n");
    abort();
  }
  FeOptions opts = {.stdlib_dir = LLMC_FUZZ_STDLIB_DIR};
  Program *p = fe_program_new(&d, &opts);
  fe_parse_text(p, "fuzz.llm", (const char *)data, size, NULL);
  /* fe_parse_text does not follow imports (fe_load does, from disk): an input
   * that says `import` gets the stdlib beside it, as fe_load would do for
   * `import "nn"`, so the checker sees real modules (GPTBlock, ...). */
  if (with_std) fe_add_parsed_file(p, std->f);
  fe_check(p);
  fe_program_free(p);
  diag_free(&d);
  return 0;
}
