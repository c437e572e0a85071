/* fuzz_common.h — what every libFuzzer target here shares: the diagnostics
 * sink (/dev/null, or stderr with LLMC_FUZZ_DIAG=1 to see what an input
 * reports) and, for readers that take a path, the input written to a file
 * that belongs to this process.
 *
 * Each target defines LLVMFuzzerTestOneInput. It is linked either with
 * -fsanitize=fuzzer (fuzz/CMakeLists.txt) or with replay.c's main() (the
 * CTest fuzz_replay_* tests), so it must not depend on libFuzzer. */
#ifndef LLMC_FUZZ_COMMON_H
#define LLMC_FUZZ_COMMON_H

#define _POSIX_C_SOURCE 200809L
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Opened once for the life of the process: every run still formats its
 * messages (that code is fuzzed too) but nothing is printed. */
static inline FILE *fuzz_diag_out(void) {
  static FILE *f;
  if (!f) f = getenv("LLMC_FUZZ_DIAG") ? stderr : fopen("/dev/null", "w");
  return f;
}

/* The readers under test take a path, so each input is written to one file
 * per process ($TMPDIR, else /dev/shm, else /tmp; named after the pid: parallel jobs and
 * -fork workers do not share it), rewritten on every run. The file is
 * removed at exit. Aborts if it cannot be written: a fuzzer that silently
 * reads nothing would report clean runs. */
static inline void fuzz_tmp_remove(void);
static inline const char *fuzz_tmp_path(void) {
  static char path[512];
  if (!path[0]) {
    /* /dev/shm when TMPDIR is not set: rewriting a file of /tmp (ext4) on
     * every run flushed it on close, 28% of the tokenizer target's time */
    const char *dir = getenv("TMPDIR");
    if (!dir || !dir[0]) dir = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
    snprintf(path, sizeof path, "%s/llmc_fuzz_%ld.bin", dir, (long)getpid());
    atexit(fuzz_tmp_remove);
  }
  return path;
}
static inline void fuzz_tmp_remove(void) { remove(fuzz_tmp_path()); }

static inline const char *fuzz_write_tmp(const uint8_t *data, size_t size) {
  const char *path = fuzz_tmp_path();
  FILE *f = fopen(path, "wb");
  if (!f || (size && fwrite(data, 1, size, f) != size) || fclose(f) != 0) {
    fprintf(stderr, "fuzz: cannot write %s\n", path);
    abort();
  }
  return path;
}

#endif
