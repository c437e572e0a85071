/* llama2c.h — reading llama2.c model files (Karpathy's run.c / export.py) as
 * parameters of the stdlib LlamaBlock contract (examples/llama_stories.llm).
 *
 * Formats (all little-endian):
 *   legacy      7 int32: dim, hidden_dim, n_layers, n_heads, n_kv_heads,
 *               vocab_size (negative: the classifier is not shared with the
 *               embeddings), seq_len; then fp32 tensors in run.c's order:
 *               token_embedding_table [V, d], rms_att [L, d], wq [L, d, d],
 *               wk [L, kvd, d], wv [L, kvd, d], wo [L, d, d], rms_ffn [L, d],
 *               w1 [L, h, d], w2 [L, d, h], w3 [L, h, d], rms_final [d],
 *               freq_cis_real and _imag [seq_len * hd / 2] each (RoPE tables,
 *               skipped), wcls [V, d] when unshared.
 *   version 1   uint32 magic 0x616b3432 ("ak42"), int32 version = 1, the 7
 *               int32 above (vocab_size positive), uint8 shared_classifier,
 *               zeros to byte 256; then fp32: rms_att [L, d], rms_ffn [L, d],
 *               rms_final [d], token_embedding_table, wq, wk, wv, wo, w1, w2,
 *               w3 (as above, no RoPE tables), wcls when not shared.
 *   version 2   as version 1, then int32 group_size at byte 37; the data:
 *               rms_att, rms_ffn, rms_final in fp32, then every matrix on its
 *               own (each layer's separately) in Q8_0: its int8 values, then
 *               one fp32 scale per group_size values; w = q * scale. The
 *               matrices are dequantised to fp32 here.
 * Matrices are stored [out, in] (y = W x); the .llm Linear computes x @ w
 * with w [in, out], so they are transposed. Names:
 *   tok_embeddings [V, d], layers.N.attention_norm.w, layers.N.attention.{wq,
 *   wk,wv,wo}.w, layers.N.ffn_norm.w, layers.N.feed_forward.{w1,w2,w3}.w,
 *   norm.w, output.w [d, V] (unshared classifier only).
 *
 * Every file is hostile: the header's sizes are bounded, and a file whose
 * size differs from what the header implies is refused naming both. */
#ifndef LLMC_LLAMA2C_H
#define LLMC_LLAMA2C_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "safetensors.h"
#include "support.h"
#include "tensor.h"

typedef struct L2cConfig {
  int version;    /* 0: legacy header, 1 or 2: "ak42" versions */
  int group_size; /* version 2: the Q8_0 group size; else 0 */
  int dim, hidden_dim, n_layers, n_heads, n_kv_heads, vocab, seq_len;
  bool shared; /* the classifier is the embedding table */
} L2cConfig;

/* Reads the model file at path: appends its tensors (names above, owned) to
 * *out and fills *cfg. False after reporting one error (out unchanged). */
bool l2c_read(const char *path, L2cConfig *cfg, TensorList *out, Diag *d);
/* The same for bytes in memory; label names them in messages. */
bool l2c_read_mem(const uint8_t *buf, size_t len, const char *label, L2cConfig *cfg, TensorList *out, Diag *d);

/* The metadata keys of an embedded llama2c tokenizer file (bytes buf[0..len)):
 * llmc.tokenizer = "llama2c", llmc.tokenizer.file = the base name of `file`,
 * llmc.tokenizer.sha256 = hex digest, llmc.tokenizer.data = base64 (RFC 4648,
 * padded). */
void l2c_meta_embed_tokenizer(StMeta *meta, const char *file, const uint8_t *buf, size_t len);
/* The embedded tokenizer's bytes (owned by the caller, length *len), or NULL
 * when meta embeds none (nothing reported) or after reporting bad base64 or
 * a digest mismatch; *bad tells the two apart. */
uint8_t *l2c_meta_tokenizer_bytes(const StMeta *meta, const char *label, size_t *len, bool *bad, Diag *d);

/* Base64 (RFC 4648, with '=' padding). Decoding rejects other characters and
 * bad padding: NULL. Both results are NUL-terminated and owned. */
char *l2c_base64_encode(const uint8_t *buf, size_t len);
uint8_t *l2c_base64_decode(const char *s, size_t *len);

#endif
