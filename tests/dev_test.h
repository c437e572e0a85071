/* dev_test.h — shared by the device and kernel-cache tests: LeakSanitizer
 * suppressions for the vendor libraries (their allocations live until exit;
 * llmc's own leaks are still reported) and a Diag captured in memory. */
#ifndef LLMC_DEV_TEST_H
#define LLMC_DEV_TEST_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lsan_supp.h"
#include "support.h"

const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void) {
  return LLMC_LSAN_SUPPRESSIONS; /* support/lsan.supp */
}
const char *__lsan_default_options(void);
const char *__lsan_default_options(void) { return "print_suppressions=0"; }

/* ---- helpers -------------------------------------------------------------------- */

/* A Diag whose output is captured in memory. */
typedef struct Cap {
  Diag d;
  FILE *mem;
  char *out;
  size_t len;
} Cap;

static inline void cap_init(Cap *c) {
  memset(c, 0, sizeof *c);
  c->mem = open_memstream(&c->out, &c->len);
  diag_init(&c->d, c->mem);
}

static inline const char *cap_text(Cap *c) {
  fflush(c->mem);
  return c->out ? c->out : "";
}

static inline void cap_free(Cap *c) {
  diag_free(&c->d);
  fclose(c->mem);
  free(c->out);
}

#endif
