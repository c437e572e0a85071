/* fuzz_irtext.c — libFuzzer target for the IR text parser (ir/parse.c): every
 * input is one IR text. A graph that parses is verified, printed, and the
 * printed text parsed again: ir_print's output must always be readable back
 * (a failure there aborts, so the fuzzer keeps it). */
#include <stdbool.h>
#include <string.h>

#include "fuzz_common.h"
#include "ir.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  Diag d;
  diag_init(&d, fuzz_diag_out());
  Graph *g = ir_parse((const char *)data, size, "fuzz.ir", &d);
  if (g && ir_verify(g, &d)) {
    StrBuf b = {0};
    ir_print(&b, g);
    Diag d2;
    diag_init(&d2, fuzz_diag_out());
    Graph *g2 = ir_parse(sb_cstr(&b), b.len, "printed.ir", &d2);
    if (!g2) {
      fprintf(stderr, "fuzz_irtext: ir_print wrote text ir_parse refuses:\n%s\n", sb_cstr(&b));
      abort();
    }
    ir_graph_free(g2);
    diag_free(&d2);
    sb_free(&b);
  }
  ir_graph_free(g);
  diag_free(&d);
  return 0;
}
