/* llama2c.c — llama2.c model files as LlamaBlock parameters (llama2c.h). */
#include "llama2c.h"

#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "tokenizer.h"

#define L2C_MAGIC 0x616b3432u
#define L2C_V_HEADER 256
/* Bounds on the header's numbers: far above any llama2.c model, low enough that
 * every byte count below fits in 64 bits. */
#define L2C_MAX_DIM (1 << 20)
#define L2C_MAX_LAYERS 4096

static int32_t rd_i32(const uint8_t *p) {
  uint32_t v = (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
  int32_t r;
  memcpy(&r, &v, sizeof r);
  return r;
}

static float rd_f32(const uint8_t *p) {
  uint32_t v = (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
  float f;
  memcpy(&f, &v, sizeof f);
  return f;
}

/* Checks the header's numbers; false after reporting the first bad one. */
static bool check_config(const L2cConfig *c, const char *label, Diag *d) {
  struct {
    const char *name;
    int v, max;
  } f[] = {{"dim", c->dim, L2C_MAX_DIM},         {"hidden_dim", c->hidden_dim, L2C_MAX_DIM},
           {"n_layers", c->n_layers, L2C_MAX_LAYERS}, {"n_heads", c->n_heads, L2C_MAX_DIM},
           {"n_kv_heads", c->n_kv_heads, L2C_MAX_DIM}, {"vocab_size", c->vocab, L2C_MAX_DIM},
           {"seq_len", c->seq_len, L2C_MAX_DIM}};
  for (size_t i = 0; i < sizeof f / sizeof *f; i++)
    if (f[i].v < 1 || f[i].v > f[i].max) {
      diag_plain(d, "%s: header field %s is %d; expected 1 to %d (not a llama2.c model file?)", label, f[i].name,
                 f[i].v, f[i].max);
      return false;
    }
  if (c->dim % c->n_heads || c->n_heads % c->n_kv_heads) {
    diag_plain(d, "%s: header: dim %d, n_heads %d, n_kv_heads %d: dim must be a multiple of n_heads and n_heads of "
                  "n_kv_heads", label, c->dim, c->n_heads, c->n_kv_heads);
    return false;
  }
  return true;
}

/* The fp32 tensors of a file, in file order: name (%d: the layer), llama2.c
 * shape [rows, cols] per layer (rows 0: a vector of cols), whether it is one
 * per layer, whether it is a matrix to transpose. */
typedef enum Part { P_EMB, P_ATT_NORM, P_WQ, P_WK, P_WV, P_WO, P_FFN_NORM, P_W1, P_W2, P_W3, P_NORM, P_ROPE, P_CLS } Part;

typedef struct PartInfo {
  const char *name;
  bool per_layer, transpose;
} PartInfo;

static const PartInfo parts[] = {
    [P_EMB] = {"tok_embeddings", false, false},
    [P_ATT_NORM] = {"layers.%d.attention_norm.w", true, false},
    [P_WQ] = {"layers.%d.attention.wq.w", true, true},
    [P_WK] = {"layers.%d.attention.wk.w", true, true},
    [P_WV] = {"layers.%d.attention.wv.w", true, true},
    [P_WO] = {"layers.%d.attention.wo.w", true, true},
    [P_FFN_NORM] = {"layers.%d.ffn_norm.w", true, false},
    [P_W1] = {"layers.%d.feed_forward.w1.w", true, true},
    [P_W2] = {"layers.%d.feed_forward.w2.w", true, true},
    [P_W3] = {"layers.%d.feed_forward.w3.w", true, true},
    [P_NORM] = {"norm.w", false, false},
    [P_ROPE] = {NULL, false, false},
    [P_CLS] = {"output.w", false, true},
};

/* llama2.c's [rows, cols] of one layer's part (rows 0 for a vector). */
static void part_shape(const L2cConfig *c, Part p, int64_t *rows, int64_t *cols) {
  int64_t d = c->dim, h = c->hidden_dim, kvd = (int64_t)c->dim / c->n_heads * c->n_kv_heads, hd = c->dim / c->n_heads;
  int64_t r = 0, k = d;
  switch (p) {
  case P_EMB: case P_CLS: r = c->vocab; break;
  case P_ATT_NORM: case P_FFN_NORM: case P_NORM: break;
  case P_WQ: case P_WO: r = d; break;
  case P_WK: case P_WV: r = kvd; break;
  case P_W1: case P_W3: r = h; break;
  case P_W2: r = d, k = h; break;
  case P_ROPE: k = 2 * ((int64_t)c->seq_len * hd / 2); break; /* freq_cis_real, freq_cis_imag */
  }
  *rows = r, *cols = k;
}

/* One layer's bytes of a part: fp32, or Q8_0 for the matrices of a version-2
 * file (int8 values, then one fp32 scale per group). */
static int64_t layer_bytes(const L2cConfig *c, Part p) {
  int64_t r, k;
  part_shape(c, p, &r, &k);
  int64_t n = (r ? r : 1) * k;
  return c->group_size && r ? n + 4 * (n / c->group_size) : 4 * n;
}

static int64_t part_bytes(const L2cConfig *c, Part p) {
  return layer_bytes(c, p) * (parts[p].per_layer ? c->n_layers : 1);
}

/* The order of the parts in the file; *n of them. */
static const Part *file_order(const L2cConfig *c, int *n) {
  static const Part legacy[] = {P_EMB, P_ATT_NORM, P_WQ, P_WK, P_WV, P_WO, P_FFN_NORM, P_W1, P_W2, P_W3, P_NORM, P_ROPE, P_CLS};
  static const Part v1[] = {P_ATT_NORM, P_FFN_NORM, P_NORM, P_EMB, P_WQ, P_WK, P_WV, P_WO, P_W1, P_W2, P_W3, P_CLS};
  const Part *o = c->version ? v1 : legacy;
  *n = (int)(c->version ? sizeof v1 / sizeof *v1 : sizeof legacy / sizeof *legacy) - (c->shared ? 1 : 0);
  return o;
}

/* Converts the part at buf (llama2.c layout, fp32 or Q8_0) into tensors on out. */
static void take_part(const L2cConfig *c, Part p, const uint8_t *buf, TensorList *out) {
  int64_t r, k;
  part_shape(c, p, &r, &k);
  int64_t rows = r ? r : 1, n = rows * k;
  bool q8 = c->group_size && r;
  for (int l = 0; l < (parts[p].per_layer ? c->n_layers : 1); l++) {
    char name[96];
    snprintf(name, sizeof name, parts[p].name, l);
    int64_t shape[2] = {r, k};
    if (parts[p].transpose) shape[0] = k, shape[1] = r;
    Tensor *t = tensor_new(name, DT_F32, r ? 2 : 1, r ? shape : &k);
    float *dst = t->data;
    const uint8_t *src = buf + (size_t)(l * layer_bytes(c, p));
    for (int64_t i = 0; i < rows; i++)
      for (int64_t j = 0; j < k; j++) {
        int64_t e = i * k + j;
        float v = q8 ? (float)(int8_t)src[e] * rd_f32(src + n + 4 * (e / c->group_size)) : rd_f32(src + 4 * e);
        if (parts[p].transpose) dst[j * r + i] = v; /* [out, in] -> [in, out] */
        else dst[e] = v;
      }
    tl_add(out, t);
  }
}

/* Version 2's Q8_0 group size: positive and dividing every matrix's size
 * per layer (each matrix is quantised on its own). */
static bool check_group(L2cConfig *c, int32_t gs, const char *label, Diag *d) {
  if (gs < 1 || gs > L2C_MAX_DIM) {
    diag_plain(d, "%s: header: Q8_0 group size %d; expected 1 to %d", label, gs, L2C_MAX_DIM);
    return false;
  }
  if (!check_config(c, label, d)) return false;
  for (Part p = P_EMB; p <= P_CLS; p++) {
    int64_t r, k;
    part_shape(c, p, &r, &k);
    if (r && p != P_ROPE && (r * k) % gs) {
      diag_plain(d, "%s: header: Q8_0 group size %d does not divide a matrix of %" PRId64 " x %" PRId64, label, gs, r,
                 k);
      return false;
    }
  }
  c->group_size = gs;
  return true;
}

/* The header at buf; the number of header bytes, or 0 after reporting. */
static size_t read_header(const uint8_t *buf, size_t len, const char *label, L2cConfig *c, Diag *d) {
  memset(c, 0, sizeof *c);
  size_t at = 0;
  if (len >= 4 && (uint32_t)rd_i32(buf) == L2C_MAGIC) {
    if (len < L2C_V_HEADER) {
      diag_plain(d, "%s: truncated: a version header is %d bytes, the file has %zu", label, L2C_V_HEADER, len);
      return 0;
    }
    c->version = rd_i32(buf + 4);
    if (c->version != 1 && c->version != 2) {
      diag_plain(d, "%s: llama2.c file version %d is unknown; expected 1 (fp32) or 2 (Q8_0)", label, c->version);
      return 0;
    }
    at = 8;
  } else if (len < 28) {
    diag_plain(d, "%s: truncated: the llama2.c header is 28 bytes, the file has %zu", label, len);
    return 0;
  }
  int *f[] = {&c->dim, &c->hidden_dim, &c->n_layers, &c->n_heads, &c->n_kv_heads, &c->vocab, &c->seq_len};
  for (int i = 0; i < 7; i++) *f[i] = rd_i32(buf + at + 4 * (size_t)i);
  if (c->version) {
    c->shared = buf[at + 28] != 0;
    if (c->version == 2 && !check_group(c, rd_i32(buf + at + 29), label, d)) return 0;
  } else {
    c->shared = c->vocab > 0;
    if (c->vocab < 0 && c->vocab != INT32_MIN) c->vocab = -c->vocab;
  }
  return check_config(c, label, d) ? (c->version ? L2C_V_HEADER : 28) : 0;
}

bool l2c_read_mem(const uint8_t *buf, size_t len, const char *label, L2cConfig *cfg, TensorList *out, Diag *d) {
  L2cConfig c;
  size_t at = read_header(buf, len, label, &c, d);
  if (!at) return false;
  int n;
  const Part *order = file_order(&c, &n);
  uint64_t want = at;
  for (int i = 0; i < n; i++) want += (uint64_t)part_bytes(&c, order[i]);
  if (want != len) {
    diag_plain(d, "%s: %s: the header (dim %d, hidden_dim %d, n_layers %d, n_heads %d, n_kv_heads %d, vocab %d%s, "
                  "seq_len %d) implies %" PRIu64 " bytes, the file has %zu", label,
               want > len ? "truncated" : "size contradicts the header", c.dim, c.hidden_dim, c.n_layers, c.n_heads,
               c.n_kv_heads, c.vocab, c.shared ? " shared" : " unshared", c.seq_len, want, len);
    return false;
  }
  for (int i = 0; i < n; i++) {
    if (order[i] != P_ROPE) take_part(&c, order[i], buf + at, out);
    at += (size_t)part_bytes(&c, order[i]);
  }
  *cfg = c;
  return true;
}

bool l2c_read(const char *path, L2cConfig *cfg, TensorList *out, Diag *d) {
  size_t len;
  uint8_t *buf = (uint8_t *)sup_read_file(path, &len);
  if (!buf) {
    diag_plain(d, "%s: cannot read the llama2.c model: %s", path, strerror(errno));
    return false;
  }
  bool ok = l2c_read_mem(buf, len, path, cfg, out, d);
  free(buf);
  return ok;
}

/* ---- the embedded tokenizer ------------------------------------------------------ */

static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

char *l2c_base64_encode(const uint8_t *buf, size_t len) {
  char *s = xmalloc((len + 2) / 3 * 4 + 1), *o = s;
  for (size_t i = 0; i < len; i += 3) {
    uint32_t v = (uint32_t)buf[i] << 16 | (i + 1 < len ? (uint32_t)buf[i + 1] << 8 : 0) | (i + 2 < len ? buf[i + 2] : 0);
    *o++ = b64[v >> 18 & 63];
    *o++ = b64[v >> 12 & 63];
    *o++ = i + 1 < len ? b64[v >> 6 & 63] : '=';
    *o++ = i + 2 < len ? b64[v & 63] : '=';
  }
  *o = 0;
  return s;
}

static int b64_val(char ch) {
  const char *p = ch ? strchr(b64, ch) : NULL;
  return p ? (int)(p - b64) : -1;
}

uint8_t *l2c_base64_decode(const char *s, size_t *len) {
  size_t n = strlen(s);
  if (n % 4) return NULL;
  uint8_t *out = xmalloc(n / 4 * 3 + 1);
  size_t k = 0;
  for (size_t i = 0; i < n; i += 4) {
    bool last = i + 4 == n;
    int pad = last ? (s[i + 3] == '=') + (s[i + 2] == '=' && s[i + 3] == '=') : 0;
    uint32_t v = 0;
    for (int j = 0; j < 4; j++) {
      int x = j >= 4 - pad ? 0 : b64_val(s[i + (size_t)j]);
      if (x < 0) {
        free(out);
        return NULL;
      }
      v = v << 6 | (uint32_t)x;
    }
    out[k++] = (uint8_t)(v >> 16);
    if (pad < 2) out[k++] = (uint8_t)(v >> 8);
    if (pad < 1) out[k++] = (uint8_t)v;
  }
  out[k] = 0;
  *len = k;
  return out;
}

void l2c_meta_embed_tokenizer(StMeta *meta, const char *file, const uint8_t *buf, size_t len) {
  char hex[65];
  tok_sha256_hex(buf, len, hex);
  const char *slash = strrchr(file, '/');
  char *data = l2c_base64_encode(buf, len);
  st_meta_set(meta, "llmc.tokenizer", "llama2c");
  st_meta_set(meta, "llmc.tokenizer.file", slash ? slash + 1 : file);
  st_meta_set(meta, "llmc.tokenizer.sha256", hex);
  st_meta_set(meta, "llmc.tokenizer.data", data);
  free(data);
}

uint8_t *l2c_meta_tokenizer_bytes(const StMeta *meta, const char *label, size_t *len, bool *bad, Diag *d) {
  const char *data = st_meta_get(meta, "llmc.tokenizer.data"), *hash = st_meta_get(meta, "llmc.tokenizer.sha256");
  *bad = false;
  if (!data) return NULL;
  *bad = true;
  uint8_t *buf = l2c_base64_decode(data, len);
  if (!buf) {
    diag_plain(d, "%s: metadata key 'llmc.tokenizer.data' is not valid base64", label);
    return NULL;
  }
  char hex[65];
  tok_sha256_hex(buf, *len, hex);
  if (!hash || strcmp(hex, hash)) {
    diag_plain(d, "%s: the embedded tokenizer has SHA-256 %s but 'llmc.tokenizer.sha256' says %s", label, hex,
               hash ? hash : "nothing");
    free(buf);
    return NULL;
  }
  *bad = false;
  return buf;
}
