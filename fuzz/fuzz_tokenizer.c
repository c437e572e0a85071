/* fuzz_tokenizer.c — libFuzzer target for llama2.c tokenizer files
 * (train/tokenizer.c, tok_load_llama2c). Input: one byte that picks the
 * vocabulary size asked for (0: read to the end of the file; b: 255 + b,
 * around the 259 a llama2c vocabulary needs at least), then the file. A
 * tokenizer that loads is used: a fixed text and the input's own bytes are
 * encoded (merges over hostile pieces and scores) and every id decoded. */
#include <stdbool.h>

#include "fuzz_common.h"
#include "tokenizer.h"

static void exercise(const Tokenizer *t, const char *text, size_t n, Diag *d) {
  int32_t *ids = NULL;
  size_t nids = 0, cap = 0;
  if (tok_encode(t, text, n, true, &ids, &nids, &cap, d)) {
    StrBuf b = {0};
    int prev = -1;
    for (size_t i = 0; i < nids; i++) {
      tok_decode(t, prev, ids[i], &b);
      prev = ids[i];
    }
    sb_free(&b);
  }
  free(ids);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1) return 0;
  int vocab = data[0] ? 255 + data[0] : 0;
  const char *path = fuzz_write_tmp(data + 1, size - 1);
  Diag d;
  diag_init(&d, fuzz_diag_out());
  Tokenizer *t = tok_load_llama2c(path, vocab, &d);
  if (t) {
    static const char text[] = "Once upon a time, <0x0A> \xc3\xa9t\xc3\xa9 \xf0\x9f\x98\x80 ab\n";
    exercise(t, text, sizeof text - 1, &d);
    exercise(t, (const char *)data + 1, size - 1 < 256 ? size - 1 : 256, &d);
    StrBuf b = {0};
    for (int id = -1; id <= tok_vocab(t); id++) tok_decode(t, tok_bos(t), id, &b);
    sb_free(&b);
  }
  tok_free(t);
  diag_free(&d);
  return 0;
}
