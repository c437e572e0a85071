/* fuzz_data.c — libFuzzer target for the training-data readers (train/data.c):
 * llm.c .bin token shards, tsv and text. Input: one selector byte, then the
 * file. Selector % 3: 0 tokens(path), 1 tsv(path) with labels ham/spam and
 * the byte tokenizer, 2 text(path) with the byte tokenizer, or with bit 5
 * set the char tokenizer (built from the file; it scans all 0x110000 code
 * points, ~3 ms a run under the fuzzer's instrumentation, so only half the text
 * runs pay it). Bit 2 picks the split (0.9 or 0.5), bits 3-4 the window
 * length (1..4). A dataset that opens is sampled: one random batch and every
 * consecutive window / row of both splits. */
#include <stdbool.h>

#include "data.h"
#include "fuzz_common.h"

enum { FUZZ_B = 2 };

static void sample_lm(const Dataset *ds, int seq) {
  int64_t shape[2] = {FUZZ_B, seq};
  Tensor *idx = tensor_new("idx", DT_I32, 2, shape), *tgt = tensor_new("targets", DT_I32, 2, shape);
  DataRng r = data_rng(7);
  for (int v = 0; v < 2; v++) {
    if (data_lm_windows(ds, v, seq) > 0) data_lm_batch(ds, v, &r, idx, tgt);
    for (int64_t k = 0; k < 64 && data_lm_window_batch(ds, v, k, idx, tgt) > 0; k++) {}
  }
  tensor_free(idx);
  tensor_free(tgt);
}

static void sample_cls(const Dataset *ds, int seq) {
  int64_t shape[2] = {FUZZ_B, seq};
  Tensor *idx = tensor_new("idx", DT_I32, 2, shape), *mask = tensor_new("mask", DT_F32, 2, shape);
  Tensor *lab = tensor_new("label", DT_I32, 1, shape);
  DataRng r = data_rng(7);
  if (data_tokens(ds, false) > 0) data_cls_batch(ds, false, &r, 0, idx, lab, mask);
  for (int v = 0; v < 2; v++)
    for (int64_t k = 0; k < 64 && data_cls_batch(ds, v, NULL, k, idx, lab, v ? NULL : mask) > 0; k++) {}
  tensor_free(idx);
  tensor_free(mask);
  tensor_free(lab);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1) return 0;
  uint8_t sel = data[0];
  const char *path = fuzz_write_tmp(data + 1, size - 1);
  static char *labels[] = {"ham", "spam"};
  DataSpec s = {.path = (char *)path, .split = (sel & 4) ? 0.5 : 0.9};
  int seq = 1 + ((sel >> 3) & 3), vocab = 256;
  switch (sel % 3) {
  case 0: s.kind = DATA_TOKENS; vocab = 1024; break;
  case 1:
    s.kind = DATA_TSV; s.tokenizer = TOK_BYTE; s.text_col = 2; s.label_col = 1;
    s.labels = labels; s.nlabels = 2;
    break;
  default: s.kind = DATA_TEXT; s.tokenizer = (sel & 32) ? TOK_CHAR : TOK_BYTE; break;
  }
  Diag d;
  diag_init(&d, fuzz_diag_out());
  Dataset *ds = data_open(&s, NULL, vocab, seq, 1, &d);
  if (ds) {
    if (data_is_classification(ds)) sample_cls(ds, seq);
    else sample_lm(ds, seq);
  }
  data_free(ds);
  diag_free(&d);
  return 0;
}
