/* fuzz_safetensors.c — libFuzzer target for the safetensors reader
 * (runtime/safetensors.c): every input is one file's bytes, read from memory
 * with its metadata (st_read_mem_meta, the path st_read and checkpoints take
 * after mapping the file). */
#include "fuzz_common.h"
#include "safetensors.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  Diag d;
  diag_init(&d, fuzz_diag_out());
  TensorList l = {0};
  StMeta m = {0};
  if (st_read_mem_meta(data, size, "fuzz.safetensors", &l, &m, &d)) {
    /* Touch every byte the reader says it copied, so a short copy shows. */
    volatile uint8_t sink = 0;
    for (int i = 0; i < l.v.n; i++) {
      const uint8_t *p = l.v.v[i]->data;
      size_t n = tensor_nbytes(l.v.v[i]);
      for (size_t k = 0; k < n; k++) sink ^= p[k];
    }
    (void)sink;
    (void)st_meta_get(&m, "format");
  }
  tl_free(&l);
  st_meta_free(&m);
  diag_free(&d);
  return 0;
}
