/* fuzz_llama2c.c — libFuzzer target for llama2.c model files (train/llama2c.c,
 * l2c_read_mem): every input is one model file, legacy (7-int header) or
 * "ak42" version 1 (fp32) or 2 (Q8_0). A file that loads is held to the
 * header's promise: one tensor per part and layer (9 per layer, the embedding
 * and the final norm, the classifier when unshared), each of the size the
 * header implies. The input's bytes also go through the base64 codec of the
 * embedded tokenizer (l2c_base64_*): decoding them must not crash, and
 * encoding then decoding must give them back. */
#include <stdbool.h>
#include <string.h>

#include "fuzz_common.h"
#include "llama2c.h"

static void check_loaded(const L2cConfig *c, const TensorList *l) {
  int want = 9 * c->n_layers + 2 + (c->shared ? 0 : 1);
  int64_t emb = (int64_t)c->vocab * c->dim;
  Tensor *t = tl_find(l, "tok_embeddings");
  if (l->v.n != want || !t || tensor_numel(t) != emb) {
    fprintf(stderr, "fuzz_llama2c: %d tensors (want %d), tok_embeddings %s\n", l->v.n, want, t ? "wrong" : "missing");
    abort();
  }
  volatile float sum = 0; /* touch every value: ASan checks what the reader wrote */
  for (int i = 0; i < l->v.n; i++) {
    const float *f = l->v.v[i]->data;
    for (int64_t k = 0; k < tensor_numel(l->v.v[i]); k++) sum += f[k];
  }
  (void)sum;
}

static void base64_roundtrip(const uint8_t *data, size_t size) {
  size_t n = size < 4096 ? size : 4096;
  char *text = malloc(n + 1);
  memcpy(text, data, n);
  text[n] = 0;
  size_t len;
  free(l2c_base64_decode(text, &len)); /* hostile text: NULL or bytes */
  free(text);
  char *enc = l2c_base64_encode(data, n);
  uint8_t *dec = l2c_base64_decode(enc, &len);
  if (!dec || len != n || (n && memcmp(dec, data, n))) {
    fprintf(stderr, "fuzz_llama2c: base64 does not round-trip %zu bytes\n", n);
    abort();
  }
  free(enc);
  free(dec);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  Diag d;
  diag_init(&d, fuzz_diag_out());
  L2cConfig c;
  TensorList l = {0};
  if (l2c_read_mem(data, size, "fuzz.bin", &c, &l, &d)) check_loaded(&c, &l);
  else if (l.v.n) {
    fprintf(stderr, "fuzz_llama2c: a refused file left %d tensors\n", l.v.n);
    abort();
  }
  tl_free(&l);
  diag_free(&d);
  base64_roundtrip(data, size);
  return 0;
}
