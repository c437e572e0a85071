/* tokenizer.c — the "char", "byte" and llama2c tokenizers (tokenizer.h).
 *
 * llama2c follows the algorithm of llama2.c's run.c (encode / decode) so that
 * ids match it exactly, with two differences that only show on input run.c
 * cannot handle: the text is a byte range (an embedded NUL is a byte, encoded
 * by byte fallback), and a vocabulary without a " " piece gets the dummy
 * prefix by byte fallback (run.c would emit id -1). The merge loop is run.c's
 * "merge the best-scoring adjacent pair, leftmost on ties, until none is in
 * the vocabulary", done with a heap of candidate pairs instead of a rescan per
 * merge, so that tokenizing a whole corpus is O(n log n) instead of O(n^2). */
#include "tokenizer.h"

#include <errno.h>
#include <math.h>
#include <string.h>

typedef struct CpId {
  uint32_t cp;
  int32_t id;
} CpId;

struct Tokenizer {
  TokKind kind;
  int vocab;
  /* char */
  uint32_t *cps;    /* id -> code point */
  CpId *cp_index;   /* sorted by code point, for encoding */
  char *vocab_utf8; /* the code points in id order */
  /* llama2c */
  char **piece;     /* id -> piece, NUL-terminated (truncated at a NUL, as run.c reads it) */
  int32_t *plen;
  float *score;
  int32_t *sorted;  /* ids sorted by piece bytes, then id */
  int32_t max_token_length;
  char *path;
  char hash[65];
};

/* ---- UTF-8 ------------------------------------------------------------------- */

/* The code point at s[i..n) (strict: no overlongs, surrogates or values past
 * U+10FFFF): its length in bytes, or 0 when the bytes there are not UTF-8. */
static int utf8_next(const uint8_t *s, size_t n, size_t i, uint32_t *cp) {
  uint8_t c = s[i];
  if (c < 0x80) return *cp = c, 1;
  int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
  if (len == 0 || c > 0xF4 || n - i < (size_t)len) return 0;
  uint32_t v = c & (0x7F >> len);
  for (int k = 1; k < len; k++) {
    if ((s[i + k] & 0xC0) != 0x80) return 0;
    v = v << 6 | (s[i + k] & 0x3F);
  }
  static const uint32_t min_cp[5] = {0, 0, 0x80, 0x800, 0x10000};
  if (v < min_cp[len] || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
  *cp = v;
  return len;
}

static void utf8_put(StrBuf *b, uint32_t cp) {
  if (cp < 0x80) {
    sb_putc(b, (char)cp);
  } else if (cp < 0x800) {
    sb_putc(b, (char)(0xC0 | cp >> 6));
    sb_putc(b, (char)(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    sb_putc(b, (char)(0xE0 | cp >> 12));
    sb_putc(b, (char)(0x80 | (cp >> 6 & 0x3F)));
    sb_putc(b, (char)(0x80 | (cp & 0x3F)));
  } else {
    sb_putc(b, (char)(0xF0 | cp >> 18));
    sb_putc(b, (char)(0x80 | (cp >> 12 & 0x3F)));
    sb_putc(b, (char)(0x80 | (cp >> 6 & 0x3F)));
    sb_putc(b, (char)(0x80 | (cp & 0x3F)));
  }
}

static void push_id(int32_t **out, size_t *nout, size_t *cap, int32_t id) {
  if (*nout == *cap) {
    *cap = *cap ? *cap * 2 : 64;
    *out = xrealloc(*out, *cap * sizeof **out);
  }
  (*out)[(*nout)++] = id;
}

/* ---- char -------------------------------------------------------------------- */

static int cmp_cpid(const void *a, const void *b) {
  uint32_t x = ((const CpId *)a)->cp, y = ((const CpId *)b)->cp;
  return x < y ? -1 : x > y;
}

/* Finishes a char tokenizer from its code points in id order (taken). */
static Tokenizer *char_finish(uint32_t *cps, int n) {
  Tokenizer *t = xcalloc(1, sizeof *t);
  t->kind = TOK_CHAR;
  t->vocab = n;
  t->cps = cps;
  t->cp_index = xmalloc((size_t)n * sizeof *t->cp_index);
  StrBuf b = {0};
  for (int i = 0; i < n; i++) {
    t->cp_index[i] = (CpId){cps[i], i};
    utf8_put(&b, cps[i]);
  }
  qsort(t->cp_index, (size_t)n, sizeof *t->cp_index, cmp_cpid);
  t->vocab_utf8 = xstrdup(sb_cstr(&b));
  sb_free(&b);
  return t;
}

Tokenizer *tok_new_char(const char *text, size_t n, const char *label, Diag *d) {
  const uint8_t *s = (const uint8_t *)text;
  uint8_t *seen = xcalloc(0x110000 / 8, 1);
  int count = 0;
  for (size_t i = 0; i < n;) {
    uint32_t cp;
    int len = utf8_next(s, n, i, &cp);
    if (len == 0 || cp == 0) {
      diag_plain(d, "%s: byte offset %zu: %s", label, i,
                 len ? "a NUL byte; the char tokenizer reads text (its vocabulary is saved as a string)"
                     : "invalid UTF-8; the char tokenizer expects UTF-8 text");
      free(seen);
      return NULL;
    }
    if (!(seen[cp >> 3] & (1u << (cp & 7)))) count++;
    seen[cp >> 3] |= (uint8_t)(1u << (cp & 7));
    i += (size_t)len;
  }
  if (count == 0) {
    diag_plain(d, "%s: empty text: the char tokenizer needs at least one character", label);
    free(seen);
    return NULL;
  }
  uint32_t *cps = xmalloc((size_t)count * sizeof *cps);
  int k = 0;
  for (uint32_t byte = 0; byte < 0x110000 / 8; byte++) /* empty bitmap bytes skipped: the walk costs ~0.1 ms */
    for (uint32_t bit = 0; seen[byte] && bit < 8; bit++)
      if (seen[byte] & (1u << bit)) cps[k++] = byte * 8 + bit;
  free(seen);
  return char_finish(cps, count);
}

Tokenizer *tok_new_char_vocab(const char *vocab_utf8, Diag *d) {
  const uint8_t *s = (const uint8_t *)vocab_utf8;
  size_t n = strlen(vocab_utf8);
  VEC(uint32_t) cps = {0};
  for (size_t i = 0; i < n;) {
    uint32_t cp;
    int len = utf8_next(s, n, i, &cp);
    if (len == 0) {
      diag_plain(d, "char vocabulary: byte offset %zu: invalid UTF-8", i);
      vec_free(&cps);
      return NULL;
    }
    vec_push(&cps, cp);
    i += (size_t)len;
  }
  if (cps.n == 0) {
    diag_plain(d, "char vocabulary: empty; expected the code points of the vocabulary in id order");
    return NULL;
  }
  Tokenizer *t = char_finish(cps.v, cps.n);
  for (int i = 1; i < t->vocab; i++)
    if (t->cp_index[i].cp == t->cp_index[i - 1].cp) {
      diag_plain(d, "char vocabulary: U+%04X appears twice (ids %d and %d); expected distinct code points",
                 t->cp_index[i].cp, t->cp_index[i - 1].id, t->cp_index[i].id);
      tok_free(t);
      return NULL;
    }
  return t;
}

static bool char_encode(const Tokenizer *t, const uint8_t *s, size_t n, const char *label, int32_t **out,
                        size_t *nout, size_t *cap, Diag *d) {
  for (size_t i = 0; i < n;) {
    uint32_t cp;
    int len = utf8_next(s, n, i, &cp);
    if (len == 0) {
      diag_plain(d, "%s: byte offset %zu: invalid UTF-8; the char tokenizer expects UTF-8 text", label, i);
      return false;
    }
    CpId key = {cp, 0};
    const CpId *hit = bsearch(&key, t->cp_index, (size_t)t->vocab, sizeof key, cmp_cpid);
    if (!hit) {
      diag_plain(d, "%s: byte offset %zu: character U+%04X is not in the char vocabulary (%d symbols)", label,
                 i, cp, t->vocab);
      return false;
    }
    push_id(out, nout, cap, hit->id);
    i += (size_t)len;
  }
  return true;
}

/* ---- byte -------------------------------------------------------------------- */

Tokenizer *tok_new_byte(void) {
  Tokenizer *t = xcalloc(1, sizeof *t);
  t->kind = TOK_BYTE;
  t->vocab = 256;
  return t;
}

/* ---- llama2c: loading -------------------------------------------------------- */

static int32_t rd_i32(const uint8_t *p) {
  return (int32_t)((uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24);
}

static float rd_f32(const uint8_t *p) {
  uint32_t u = (uint32_t)rd_i32(p);
  float f;
  memcpy(&f, &u, sizeof f);
  return f;
}

/* Byte-wise order of pieces (strcmp's order for NUL-free strings), then id. */
static int piece_cmp(const char *a, int32_t an, const char *b, int32_t bn) {
  int c = memcmp(a, b, (size_t)(an < bn ? an : bn));
  return c ? c : (an > bn) - (an < bn);
}

static int cmp_sorted(const void *pa, const void *pb, void *ctx) {
  const Tokenizer *t = ctx;
  int32_t a = *(const int32_t *)pa, b = *(const int32_t *)pb;
  int c = piece_cmp(t->piece[a], t->plen[a], t->piece[b], t->plen[b]);
  return c ? c : (a > b) - (a < b);
}

/* qsort has no context argument in C11: a small merge sort instead. */
static void sort_ids(int32_t *v, int32_t *tmp, size_t n, const Tokenizer *t) {
  if (n < 2) return;
  size_t h = n / 2;
  sort_ids(v, tmp, h, t);
  sort_ids(v + h, tmp, n - h, t);
  size_t i = 0, j = h, k = 0;
  while (i < h && j < n) tmp[k++] = cmp_sorted(&v[j], &v[i], (void *)t) < 0 ? v[j++] : v[i++];
  while (i < h) tmp[k++] = v[i++];
  while (j < n) tmp[k++] = v[j++];
  memcpy(v, tmp, n * sizeof *v);
}

/* The lowest id whose piece is s[0..n), or -1. */
static int32_t piece_lookup(const Tokenizer *t, const char *s, int32_t n) {
  size_t lo = 0, hi = (size_t)t->vocab;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int32_t id = t->sorted[mid];
    if (piece_cmp(t->piece[id], t->plen[id], s, n) < 0) lo = mid + 1;
    else hi = mid;
  }
  if (lo < (size_t)t->vocab) {
    int32_t id = t->sorted[lo];
    if (piece_cmp(t->piece[id], t->plen[id], s, n) == 0) return id;
  }
  return -1;
}

/* Parses the records after the header; false after reporting. */
static bool l2c_parse(Tokenizer *t, const uint8_t *buf, size_t len, int vocab, Diag *d) {
  VEC(char *) pieces = {0};
  VEC(int32_t) lens = {0};
  VEC(float) scores = {0};
  size_t o = 4;
  bool ok = true;
  for (int i = 0; vocab ? i < vocab : o < len; i++) {
    if (len - o < 8) {
      diag_plain(d, "%s: byte offset %zu: truncated: token %d of %s needs a float32 score and an int32 "
                    "length (8 bytes), %zu left", t->path, o, i, vocab ? "the vocabulary" : "the file",
                 len - o);
      ok = false;
      break;
    }
    float sc = rd_f32(buf + o);
    int32_t n = rd_i32(buf + o + 4);
    if (isnan(sc)) {
      diag_plain(d, "%s: byte offset %zu: token %d's score is NaN; expected a number", t->path, o, i);
      ok = false;
      break;
    }
    if (n < 0 || (size_t)n > len - o - 8) {
      diag_plain(d, "%s: byte offset %zu: token %d's length %d %s (%zu bytes left)", t->path, o + 4, i, n,
                 n < 0 ? "is negative" : "runs past the end of the file", len - o - 8);
      ok = false;
      break;
    }
    const char *p = (const char *)buf + o + 8;
    /* run.c reads pieces as C strings: a NUL ends one early. */
    const char *nul = memchr(p, 0, (size_t)n);
    size_t sn = nul ? (size_t)(nul - p) : (size_t)n;
    vec_push(&pieces, xstrndup(p, sn));
    vec_push(&lens, (int32_t)sn);
    vec_push(&scores, sc);
    o += 8 + (size_t)n;
  }
  t->piece = pieces.v;
  t->plen = lens.v;
  t->score = scores.v;
  t->vocab = pieces.n;
  if (ok && t->vocab < 259) {
    diag_plain(d, "%s: %d tokens; a llama2c tokenizer needs at least 259 (<unk>, <s>, </s>, then the 256 "
                  "byte pieces <0x00>..<0xFF>)", t->path, t->vocab);
    ok = false;
  }
  return ok;
}

Tokenizer *tok_load_llama2c(const char *path, int vocab, Diag *d) {
  size_t len;
  uint8_t *buf = (uint8_t *)sup_read_file(path, &len);
  if (!buf) {
    diag_plain(d, "%s: cannot read the llama2c tokenizer: %s", path, strerror(errno));
    return NULL;
  }
  Tokenizer *t = tok_load_llama2c_mem(buf, len, path, vocab, d);
  free(buf);
  return t;
}

Tokenizer *tok_load_llama2c_mem(const uint8_t *buf, size_t len, const char *path, int vocab, Diag *d) {
  if (vocab < 0) {
    diag_plain(d, "%s: the vocabulary size %d is negative", path, vocab);
    return NULL;
  }
  Tokenizer *t = xcalloc(1, sizeof *t);
  t->kind = TOK_LLAMA2C;
  t->path = xstrdup(path);
  tok_sha256_hex(buf, len, t->hash);
  bool ok = true;
  if (len < 4) {
    diag_plain(d, "%s: byte offset 0: truncated: expected an int32 max_token_length, the file has %zu bytes",
               path, len);
    ok = false;
  } else {
    t->max_token_length = rd_i32(buf);
    if (t->max_token_length < 1 || t->max_token_length > (1 << 20)) {
      diag_plain(d, "%s: byte offset 0: max_token_length is %d; expected 1 to 1048576", path,
                 t->max_token_length);
      ok = false;
    }
  }
  ok = ok && l2c_parse(t, buf, len, vocab, d);
  if (!ok) {
    tok_free(t);
    return NULL;
  }
  t->sorted = xmalloc((size_t)t->vocab * sizeof *t->sorted);
  int32_t *tmp = xmalloc((size_t)t->vocab * sizeof *tmp);
  for (int i = 0; i < t->vocab; i++) t->sorted[i] = i;
  sort_ids(t->sorted, tmp, (size_t)t->vocab, t);
  free(tmp);
  return t;
}

/* ---- llama2c: encoding ------------------------------------------------------- */

/* A candidate merge of the adjacent nodes left and right into id, valid while
 * both nodes still hold the versions they had when it was pushed. */
typedef struct Cand {
  float score;
  int32_t left, right, id;
  uint32_t vl, vr;
} Cand;

typedef struct Merger {
  const Tokenizer *t;
  int32_t *tok, *next, *prev;
  uint32_t *ver;
  VEC(Cand) heap;
  char *buf; /* the concatenation of two pieces */
  size_t bufcap;
} Merger;

/* run.c takes the best score, and the leftmost pair among equal scores. */
static bool cand_before(const Cand *a, const Cand *b) {
  return a->score > b->score || (a->score == b->score && a->left < b->left);
}

static void heap_push(Merger *m, Cand c) {
  vec_push(&m->heap, c);
  Cand *h = m->heap.v;
  for (int i = m->heap.n - 1; i > 0;) {
    int p = (i - 1) / 2;
    if (!cand_before(&h[i], &h[p])) break;
    Cand x = h[i];
    h[i] = h[p], h[p] = x, i = p;
  }
}

static Cand heap_pop(Merger *m) {
  Cand *h = m->heap.v, top = h[0];
  h[0] = h[--m->heap.n];
  for (int i = 0;;) {
    int l = 2 * i + 1, r = l + 1, best = i;
    if (l < m->heap.n && cand_before(&h[l], &h[best])) best = l;
    if (r < m->heap.n && cand_before(&h[r], &h[best])) best = r;
    if (best == i) break;
    Cand x = h[i];
    h[i] = h[best], h[best] = x, i = best;
  }
  return top;
}

/* Pushes the merge of nodes a and b when their concatenation is a piece that
 * run.c would take (score above its starting best of -1e10). */
static void try_pair(Merger *m, int32_t a, int32_t b) {
  if (a < 0 || b < 0) return;
  const Tokenizer *t = m->t;
  int32_t ia = m->tok[a], ib = m->tok[b];
  size_t n = (size_t)t->plen[ia] + (size_t)t->plen[ib];
  if (n > m->bufcap) {
    m->bufcap = n * 2;
    m->buf = xrealloc(m->buf, m->bufcap);
  }
  memcpy(m->buf, t->piece[ia], (size_t)t->plen[ia]);
  memcpy(m->buf + t->plen[ia], t->piece[ib], (size_t)t->plen[ib]);
  int32_t id = piece_lookup(t, m->buf, (int32_t)n);
  if (id >= 0 && t->score[id] > -1e10f)
    heap_push(m, (Cand){t->score[id], a, b, id, m->ver[a], m->ver[b]});
}

/* Merges ids[0..n) in place; returns the new count. */
static size_t l2c_merge(const Tokenizer *t, int32_t *ids, size_t n) {
  if (n < 2) return n;
  Merger m = {.t = t};
  m.tok = ids;
  m.next = xmalloc(n * sizeof *m.next);
  m.prev = xmalloc(n * sizeof *m.prev);
  m.ver = xcalloc(n, sizeof *m.ver);
  for (size_t i = 0; i < n; i++) {
    m.next[i] = i + 1 < n ? (int32_t)(i + 1) : -1;
    m.prev[i] = (int32_t)i - 1;
  }
  for (size_t i = 0; i + 1 < n; i++) try_pair(&m, (int32_t)i, (int32_t)(i + 1));
  while (m.heap.n) {
    Cand c = heap_pop(&m);
    if (m.next[c.left] != c.right || m.ver[c.left] != c.vl || m.ver[c.right] != c.vr) continue;
    ids[c.left] = c.id;
    m.ver[c.left]++;
    m.ver[c.right]++; /* removed: every candidate naming it is stale */
    int32_t after = m.next[c.right];
    m.next[c.left] = after;
    if (after >= 0) m.prev[after] = c.left;
    m.next[c.right] = -2;
    try_pair(&m, m.prev[c.left], c.left);
    try_pair(&m, c.left, after);
  }
  /* Node 0 is never removed (only right nodes are): compact from it. */
  size_t k = 0;
  for (int32_t i = 0; i >= 0; i = m.next[i]) ids[k++] = ids[i];
  free(m.next), free(m.prev), free(m.ver), free(m.buf);
  vec_free(&m.heap);
  return k;
}

static void l2c_encode(const Tokenizer *t, const uint8_t *s, size_t n, bool bos, int32_t **out, size_t *nout,
                       size_t *cap) {
  size_t start = *nout;
  if (bos) push_id(out, nout, cap, 1);
  if (n > 0) {
    int32_t sp = piece_lookup(t, " ", 1);
    push_id(out, nout, cap, sp >= 0 ? sp : ' ' + 3);
  }
  /* run.c's code-point split: a byte that is not a continuation byte starts a
   * group; up to 3 continuation bytes join it (stray ones group alone, up to
   * 4); a group that is not a piece falls back to one id per byte. */
  char grp[4];
  int32_t gn = 0;
  for (size_t i = 0; i < n; i++) {
    if ((s[i] & 0xC0) != 0x80) gn = 0;
    grp[gn++] = (char)s[i];
    if (i + 1 < n && (s[i + 1] & 0xC0) == 0x80 && gn < 4) continue;
    int32_t id = piece_lookup(t, grp, gn);
    if (id >= 0) {
      push_id(out, nout, cap, id);
    } else {
      for (int32_t k = 0; k < gn; k++) push_id(out, nout, cap, (int32_t)(uint8_t)grp[k] + 3);
    }
    gn = 0;
  }
  *nout = start + l2c_merge(t, *out + start, *nout - start);
}

/* ---- the interface ----------------------------------------------------------- */

void tok_free(Tokenizer *t) {
  if (!t) return;
  free(t->cps);
  free(t->cp_index);
  free(t->vocab_utf8);
  if (t->piece)
    for (int i = 0; i < t->vocab; i++) free(t->piece[i]);
  free(t->piece);
  free(t->plen);
  free(t->score);
  free(t->sorted);
  free(t->path);
  free(t);
}

TokKind tok_kind(const Tokenizer *t) { return t->kind; }
int tok_vocab(const Tokenizer *t) { return t->vocab; }
const char *tok_char_vocab(const Tokenizer *t) { return t->kind == TOK_CHAR ? t->vocab_utf8 : NULL; }
const char *tok_file(const Tokenizer *t) { return t->kind == TOK_LLAMA2C ? t->path : NULL; }
const char *tok_file_hash(const Tokenizer *t) { return t->kind == TOK_LLAMA2C ? t->hash : NULL; }
int tok_bos(const Tokenizer *t) { return t->kind == TOK_LLAMA2C ? 1 : -1; }
int tok_eos(const Tokenizer *t) { return t->kind == TOK_LLAMA2C ? 2 : -1; }

const char *tok_piece(const Tokenizer *t, int id) {
  return t->kind == TOK_LLAMA2C && id >= 0 && id < t->vocab ? t->piece[id] : NULL;
}

float tok_score(const Tokenizer *t, int id) {
  return t->kind == TOK_LLAMA2C && id >= 0 && id < t->vocab ? t->score[id] : 0.0f;
}

bool tok_encode_named(const Tokenizer *t, const char *text, size_t n, bool bos, const char *label,
                      int32_t **out, size_t *nout, size_t *cap, Diag *d) {
  const uint8_t *s = (const uint8_t *)text;
  switch (t->kind) {
  case TOK_CHAR: return char_encode(t, s, n, label, out, nout, cap, d);
  case TOK_BYTE:
    for (size_t i = 0; i < n; i++) push_id(out, nout, cap, s[i]);
    return true;
  case TOK_LLAMA2C: l2c_encode(t, s, n, bos, out, nout, cap); return true;
  }
  UNREACHABLE();
}

bool tok_encode(const Tokenizer *t, const char *text, size_t n, bool bos, int32_t **out, size_t *nout,
                size_t *cap, Diag *d) {
  return tok_encode_named(t, text, n, bos, "text", out, nout, cap, d);
}

static int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool tok_decode(const Tokenizer *t, int prev, int id, StrBuf *b) {
  if (id < 0 || id >= t->vocab) return false;
  switch (t->kind) {
  case TOK_CHAR: utf8_put(b, t->cps[id]); return true;
  case TOK_BYTE: sb_putc(b, (char)id); return true;
  case TOK_LLAMA2C: break;
  }
  const char *p = t->piece[id];
  int32_t n = t->plen[id];
  /* SentencePiece drops the dummy-prefix space of the first piece after BOS. */
  if (prev == 1 && n > 0 && p[0] == ' ') p++, n--;
  /* run.c's sscanf("<0x%02hhX>"): "<0x" and one or two hex digits. */
  if (n >= 4 && !memcmp(p, "<0x", 3) && hexval(p[3]) >= 0) {
    int v = hexval(p[3]);
    if (n >= 5 && hexval(p[4]) >= 0) v = v * 16 + hexval(p[4]);
    sb_putc(b, (char)v);
    return true;
  }
  sb_putn(b, p, (size_t)n);
  return true;
}
