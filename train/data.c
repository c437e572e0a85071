/* data.c — the data sources of LANGUAGE.md section 7 (data.h): read, checked
 * and tokenized once at open; batches drawn by a xorshift64* generator.
 *
 * Language-model sources keep one token array; the train split is its first
 * ntrain tokens and the validation split the rest (nanoGPT's convention).
 * tsv keeps every row tokenized to exactly seq ids, with its length (for the
 * mask) and label; the splits are lists of row numbers. */
#include "data.h"

#include <errno.h>
#include <math.h>
#include <string.h>

struct Dataset {
  DataKind kind;
  Tokenizer *owned; /* built here ("char" from the data), else NULL */
  const Tokenizer *tok;
  int seq;
  /* lm */
  int32_t *toks;
  int64_t ntoks, ntrain;
  /* tsv */
  int32_t *rows;   /* [nrows, seq] */
  int32_t *rowlen; /* real tokens per row (the rest is padding) */
  int32_t *label;
  int64_t nrows;
  int64_t *split_rows[2]; /* train, val: row numbers in shuffled order */
  int64_t nsplit[2];
  int nlabels;
};

/* ---- the generator: xorshift64* (Vigna 2016), one uint64 of state ------------ */

static uint64_t splitmix64(uint64_t x) {
  x += 0x9E3779B97F4A7C15ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

/* Seeds go through splitmix64 so that nearby seeds give unrelated streams,
 * and 0 (a fixed point of xorshift) never becomes the state. */
DataRng data_rng(uint64_t seed) {
  uint64_t s = splitmix64(seed);
  return (DataRng){s ? s : 0x9E3779B97F4A7C15ull};
}

uint64_t data_rng_state(const DataRng *r) { return r->s; }
DataRng data_rng_restore(uint64_t state) { return state ? (DataRng){state} : data_rng(0); }

uint64_t data_rng_next(DataRng *r) {
  uint64_t x = r->s;
  x ^= x >> 12;
  x ^= x << 25;
  x ^= x >> 27;
  r->s = x;
  return x * 0x2545F4914F6CDD1Dull;
}

uint64_t data_rng_below(DataRng *r, uint64_t n) {
  ASSERT(n >= 1);
  uint64_t lim = (0 - n) % n; /* 2^64 mod n: draws below it would bias small values */
  for (;;) {
    uint64_t x = data_rng_next(r);
    if (x >= lim) return x % n;
  }
}

double data_rng_uniform(DataRng *r) { return (double)(data_rng_next(r) >> 11) * 0x1.0p-53; }

/* ---- files ------------------------------------------------------------------- */

static char *read_data_file(const char *path, size_t *len, Diag *d) {
  if (sup_is_dir(path)) {
    diag_plain(d, "%s: is a directory; expected a data file", path);
    return NULL;
  }
  char *buf = sup_read_file(path, len);
  if (!buf) diag_plain(d, "%s: cannot read: %s", path, strerror(errno));
  return buf;
}

static const char *split_name(bool val) { return val ? "validation" : "train"; }

/* The lm splits: the first (int64)(n * split) tokens train (Python's int()
 * truncation, as nanoGPT); each split must hold one window of seq + 1 tokens,
 * except an empty validation split when split is 1. */
static bool lm_split(Dataset *ds, const char *path, double split, Diag *d) {
  ds->ntrain = (int64_t)((double)ds->ntoks * split);
  int64_t need = (int64_t)ds->seq + 1;
  for (int v = 0; v < 2; v++) {
    int64_t have = data_tokens(ds, v);
    if (have < need && !(v == 1 && have == 0 && split >= 1.0)) {
      diag_plain(d, "%s: the %s split has %lld tokens (split %g of %lld); expected at least seq + 1 = %lld",
                 path, split_name(v), (long long)have, split, (long long)ds->ntoks, (long long)need);
      return false;
    }
  }
  return true;
}

/* ---- text(path, tokenizer, split) -------------------------------------------- */

/* The byte offset of code point `index` in a text (char tokenizer: one token
 * per code point). */
static size_t char_offset(const char *text, size_t n, int64_t index) {
  size_t o = 0;
  for (int64_t i = 0; i < index && o < n; i++) {
    o++;
    while (o < n && ((uint8_t)text[o] & 0xC0) == 0x80) o++;
  }
  return o;
}

/* A token id at or past the model's vocabulary, reported with where it came
 * from. */
static bool text_check_ids(const Dataset *ds, const char *path, const char *text, size_t n, int vocab, Diag *d) {
  for (int64_t i = 0; i < ds->ntoks; i++) {
    if (ds->toks[i] < vocab) continue;
    TokKind k = tok_kind(ds->tok);
    if (k == TOK_LLAMA2C)
      diag_plain(d, "%s: token %lld (id %d) is at or past the model's vocab %d; expected ids below it", path,
                 (long long)i, ds->toks[i], vocab);
    else
      diag_plain(d, "%s: byte offset %zu: the %s tokenizer gives id %d, at or past the model's vocab %d "
                    "(the tokenizer has %d symbols)", path, k == TOK_CHAR ? char_offset(text, n, i) : (size_t)i,
                 k == TOK_CHAR ? "char" : "byte", ds->toks[i], vocab, tok_vocab(ds->tok));
    return false;
  }
  return true;
}

static bool open_text(Dataset *ds, const DataSpec *s, int vocab, Diag *d) {
  size_t n;
  char *text = read_data_file(s->path, &n, d);
  if (!text) return false;
  if (!ds->tok) {
    if (s->tokenizer == TOK_CHAR) ds->owned = tok_new_char(text, n, s->path, d);
    else if (s->tokenizer == TOK_BYTE) ds->owned = tok_new_byte();
    else ds->owned = tok_load_llama2c(s->tokenizer_path, 0, d);
    ds->tok = ds->owned;
  }
  size_t cap = 0, nt = 0;
  /* llama2c: one BOS at the start, as run.c encodes a prompt. */
  bool ok = ds->tok && tok_encode_named(ds->tok, text, n, true, s->path, &ds->toks, &nt, &cap, d);
  ds->ntoks = (int64_t)nt;
  ok = ok && text_check_ids(ds, s->path, text, n, vocab, d) && lm_split(ds, s->path, s->split, d);
  free(text);
  return ok;
}

/* ---- tokens(path): llm.c .bin shards ----------------------------------------- */

enum { SHARD_HEADER_INTS = 256, SHARD_MAGIC = 20240520, SHARD_VERSION = 1 };

static int32_t le_i32(const uint8_t *p) {
  return (int32_t)((uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24);
}

static bool open_tokens(Dataset *ds, const DataSpec *s, int vocab, Diag *d) {
  size_t n;
  uint8_t *buf = (uint8_t *)read_data_file(s->path, &n, d);
  if (!buf) return false;
  const size_t hdr = SHARD_HEADER_INTS * 4;
  bool ok = false;
  int32_t magic = n >= 4 ? le_i32(buf) : 0, version = n >= 8 ? le_i32(buf + 4) : 0;
  int32_t count = n >= 12 ? le_i32(buf + 8) : 0;
  if (n < hdr)
    diag_plain(d, "%s: byte offset 0: truncated: an llm.c token file starts with a %zu-byte header "
                  "(256 int32), the file has %zu bytes", s->path, hdr, n);
  else if (magic != SHARD_MAGIC)
    diag_plain(d, "%s: byte offset 0: magic number %d; expected %d (an llm.c .bin token file)", s->path, magic,
               SHARD_MAGIC);
  else if (version != SHARD_VERSION)
    diag_plain(d, "%s: byte offset 4: version %d; expected %d (uint16 tokens)", s->path, version,
               SHARD_VERSION);
  else if (count < 0 || (uint64_t)count * 2 != n - hdr)
    diag_plain(d, "%s: byte offset 8: the header says %d tokens (%lld bytes after the header), the file has "
                  "%zu bytes after it", s->path, count, (long long)count * 2, n - hdr);
  else
    ok = true;
  if (ok) {
    ds->ntoks = count;
    ds->toks = xmalloc((size_t)(count ? count : 1) * sizeof *ds->toks);
    for (int32_t i = 0; i < count && ok; i++) {
      const uint8_t *p = buf + hdr + 2 * (size_t)i;
      ds->toks[i] = p[0] | p[1] << 8;
      if (ds->toks[i] >= vocab) {
        diag_plain(d, "%s: byte offset %zu: token %d has id %d, at or past the model's vocab %d", s->path,
                   hdr + 2 * (size_t)i, i, ds->toks[i], vocab);
        ok = false;
      }
    }
  }
  free(buf);
  return ok && lm_split(ds, s->path, s->split, d);
}

/* ---- tsv(path, text, label, labels, tokenizer, split) ------------------------ */

/* One row as read: the text cell (a range of the file) and its line. */
typedef struct TsvRow {
  size_t text_off, text_len;
  int64_t line;
  int32_t label;
} TsvRow;

/* Splits one line into its cells; finds the text and label columns. */
static bool tsv_line(const DataSpec *s, const char *buf, size_t ls, size_t le, int64_t line, TsvRow *row,
                     Diag *d) {
  int col = 1, need = s->text_col > s->label_col ? s->text_col : s->label_col;
  size_t cs = ls;
  bool have_text = false, have_label = false;
  for (size_t i = ls; i <= le && col <= need; i++) {
    if (i < le && buf[i] != '\t') continue;
    if (col == s->text_col) row->text_off = cs, row->text_len = i - cs, have_text = true;
    if (col == s->label_col) {
      row->label = -1;
      for (int k = 0; k < s->nlabels; k++)
        if (strlen(s->labels[k]) == i - cs && !memcmp(s->labels[k], buf + cs, i - cs)) row->label = k;
      if (row->label < 0) {
        StrBuf b = {0};
        for (int k = 0; k < s->nlabels; k++) sb_printf(&b, "%s\"%s\"", k ? ", " : "", s->labels[k]);
        diag_plain(d, "%s:%lld: the label in column %d is \"%.*s\"; expected one of %s", s->path,
                   (long long)line, s->label_col, (int)(i - cs > 60 ? 60 : i - cs), buf + cs, sb_cstr(&b));
        sb_free(&b);
        return false;
      }
      have_label = true;
    }
    col++, cs = i + 1;
  }
  if (!have_text || !have_label) {
    diag_plain(d, "%s:%lld: %d tab-separated column%s; expected at least %d (text in column %d, label in %d)",
               s->path, (long long)line, col - 1, col == 2 ? "" : "s", need, s->text_col, s->label_col);
    return false;
  }
  if (row->text_len == 0) {
    diag_plain(d, "%s:%lld: the text in column %d is empty; expected at least one character", s->path,
               (long long)line, s->text_col);
    return false;
  }
  row->line = line;
  return true;
}

/* Every non-empty line (an LF, or CR LF, ends one). */
static bool tsv_read_rows(const DataSpec *s, const char *buf, size_t n, TsvRow **rows, int64_t *nrows, Diag *d) {
  VEC(TsvRow) v = {0};
  int64_t line = 0;
  for (size_t ls = 0; ls < n;) {
    const char *nl = memchr(buf + ls, '\n', n - ls);
    size_t next = nl ? (size_t)(nl - buf) + 1 : n, le = nl ? (size_t)(nl - buf) : n;
    line++;
    if (le > ls && buf[le - 1] == '\r') le--;
    if (le > ls) {
      TsvRow r = {0};
      if (!tsv_line(s, buf, ls, le, line, &r, d)) {
        vec_free(&v);
        return false;
      }
      vec_push(&v, r);
    }
    ls = next;
  }
  *rows = v.v;
  *nrows = v.n;
  return true;
}

/* Tokenizes each row to exactly seq ids (truncated, or padded with 0). */
static bool tsv_tokenize(Dataset *ds, const DataSpec *s, const char *buf, const TsvRow *rows, int vocab, Diag *d) {
  int seq = ds->seq;
  ds->rows = xcalloc((size_t)ds->nrows * (size_t)seq, sizeof *ds->rows);
  ds->rowlen = xmalloc((size_t)ds->nrows * sizeof *ds->rowlen);
  ds->label = xmalloc((size_t)ds->nrows * sizeof *ds->label);
  int32_t *ids = NULL;
  size_t cap = 0;
  bool ok = true;
  for (int64_t r = 0; r < ds->nrows && ok; r++) {
    size_t nid = 0;
    char *label = xasprintf("%s:%lld (column %d)", s->path, (long long)rows[r].line, s->text_col);
    ok = tok_encode_named(ds->tok, buf + rows[r].text_off, rows[r].text_len, true, label, &ids, &nid, &cap, d);
    free(label);
    for (size_t i = 0; ok && i < nid; i++)
      if (ids[i] >= vocab) {
        diag_plain(d, "%s:%lld: the text tokenizes to id %d, at or past the model's vocab %d", s->path,
                   (long long)rows[r].line, ids[i], vocab);
        ok = false;
      }
    size_t keep = nid < (size_t)seq ? nid : (size_t)seq;
    if (ok) memcpy(ds->rows + r * seq, ids, keep * sizeof *ids);
    ds->rowlen[r] = (int32_t)keep;
    ds->label[r] = rows[r].label;
  }
  free(ids);
  return ok;
}

/* Shuffles the rows with data_rng(seed) (Fisher-Yates), then gives the first
 * (int64)(n_c * split) rows of each class c, in shuffled order, to train. */
static bool tsv_split(Dataset *ds, const DataSpec *s, uint64_t seed, Diag *d) {
  int64_t n = ds->nrows;
  int64_t *perm = xmalloc((size_t)(n ? n : 1) * sizeof *perm);
  for (int64_t i = 0; i < n; i++) perm[i] = i;
  DataRng rng = data_rng(seed);
  for (int64_t i = n - 1; i > 0; i--) {
    int64_t j = (int64_t)data_rng_below(&rng, (uint64_t)i + 1), x = perm[i];
    perm[i] = perm[j], perm[j] = x;
  }
  int64_t *per_class = xcalloc((size_t)s->nlabels, sizeof *per_class);
  int64_t *taken = xcalloc((size_t)s->nlabels, sizeof *taken);
  for (int64_t i = 0; i < n; i++) per_class[ds->label[i]]++;
  for (int v = 0; v < 2; v++) ds->split_rows[v] = xmalloc((size_t)(n ? n : 1) * sizeof(int64_t));
  for (int64_t i = 0; i < n; i++) {
    int c = ds->label[perm[i]];
    int v = taken[c]++ < (int64_t)((double)per_class[c] * s->split) ? 0 : 1;
    ds->split_rows[v][ds->nsplit[v]++] = perm[i];
  }
  free(perm), free(per_class), free(taken);
  for (int v = 0; v < 2; v++)
    if (ds->nsplit[v] == 0 && !(v == 1 && s->split >= 1.0)) {
      diag_plain(d, "%s: the %s split has no rows (%lld rows, split %g); expected at least one", s->path,
                 split_name(v), (long long)n, s->split);
      return false;
    }
  return true;
}

static bool open_tsv(Dataset *ds, const DataSpec *s, int vocab, uint64_t seed, Diag *d) {
  if (s->text_col < 1 || s->label_col < 1 || s->text_col == s->label_col || s->nlabels < 1) {
    diag_plain(d, "%s: tsv needs distinct 1-based text and label columns (got %d and %d) and at least one "
                  "label", s->path, s->text_col, s->label_col);
    return false;
  }
  size_t n;
  char *buf = read_data_file(s->path, &n, d);
  if (!buf) return false;
  TsvRow *rows = NULL;
  bool ok = tsv_read_rows(s, buf, n, &rows, &ds->nrows, d);
  if (ok && !ds->tok) {
    if (s->tokenizer == TOK_CHAR) {
      /* The vocabulary of every text cell; a cell's own encoding below then
       * reports invalid UTF-8 with its line. */
      StrBuf all = {0};
      for (int64_t r = 0; r < ds->nrows; r++) sb_putn(&all, buf + rows[r].text_off, rows[r].text_len);
      ds->owned = all.len ? tok_new_char(all.s, all.len, s->path, d) : NULL;
      if (!all.len) diag_plain(d, "%s: no rows; expected tab-separated lines", s->path);
      sb_free(&all);
    } else if (s->tokenizer == TOK_BYTE) {
      ds->owned = tok_new_byte();
    } else {
      ds->owned = tok_load_llama2c(s->tokenizer_path, 0, d);
    }
    ds->tok = ds->owned;
  }
  ok = ok && ds->tok;
  if (ok && ds->nrows == 0) {
    diag_plain(d, "%s: no rows; expected tab-separated lines", s->path);
    ok = false;
  }
  ds->nlabels = s->nlabels;
  ok = ok && tsv_tokenize(ds, s, buf, rows, vocab, d) && tsv_split(ds, s, seed, d);
  free(rows);
  free(buf);
  return ok;
}

/* ---- the interface ----------------------------------------------------------- */

Dataset *data_open(const DataSpec *s, const Tokenizer *tok, int vocab, int seq, uint64_t seed, Diag *d) {
  if (!(s->split > 0.0 && s->split <= 1.0) || seq < 1 || vocab < 1) {
    diag_plain(d, "%s: split %g, seq %d, vocab %d; expected split in (0, 1], seq >= 1 and vocab >= 1", s->path,
               s->split, seq, vocab);
    return NULL;
  }
  Dataset *ds = xcalloc(1, sizeof *ds);
  ds->kind = s->kind;
  ds->tok = tok;
  ds->seq = seq;
  bool ok = false;
  switch (s->kind) {
  case DATA_TEXT: ok = open_text(ds, s, vocab, d); break;
  case DATA_TOKENS: ok = open_tokens(ds, s, vocab, d); break;
  case DATA_TSV: ok = open_tsv(ds, s, vocab, seed, d); break;
  }
  if (!ok) {
    data_free(ds);
    return NULL;
  }
  return ds;
}

void data_free(Dataset *ds) {
  if (!ds) return;
  tok_free(ds->owned);
  free(ds->toks);
  free(ds->rows);
  free(ds->rowlen);
  free(ds->label);
  free(ds->split_rows[0]);
  free(ds->split_rows[1]);
  free(ds);
}

const Tokenizer *data_tokenizer(const Dataset *ds) { return ds->tok; }
bool data_is_classification(const Dataset *ds) { return ds->kind == DATA_TSV; }
int data_seq(const Dataset *ds) { return ds->seq; }
int data_nlabels(const Dataset *ds) { return ds->kind == DATA_TSV ? ds->nlabels : 0; }

int64_t data_tokens(const Dataset *ds, bool val) {
  if (ds->kind == DATA_TSV) return ds->nsplit[val];
  return val ? ds->ntoks - ds->ntrain : ds->ntrain;
}

const int32_t *data_split_tokens(const Dataset *ds, bool val) {
  if (ds->kind == DATA_TSV) return NULL;
  return val ? ds->toks + ds->ntrain : ds->toks;
}

int64_t data_lm_windows(const Dataset *ds, bool val, int seq) {
  int64_t n = data_tokens(ds, val);
  if (ds->kind == DATA_TSV) return n;
  return n > 0 && seq > 0 ? (n - 1) / seq : 0;
}

/* ---- batches ----------------------------------------------------------------- */

static void check_i32(const Tensor *t, int rank, int64_t b, int64_t seq) {
  ASSERT(t && t->dtype == DT_I32 && t->rank == rank && t->shape[0] == b);
  ASSERT(rank == 1 || t->shape[1] == seq);
}

void data_lm_batch(const Dataset *ds, bool val, DataRng *rng, Tensor *idx, Tensor *targets) {
  ASSERT(ds->kind != DATA_TSV && idx->rank == 2);
  int64_t B = idx->shape[0], T = idx->shape[1];
  check_i32(idx, 2, B, T);
  check_i32(targets, 2, B, T);
  int64_t n = data_tokens(ds, val);
  ASSERT(n >= T + 1);
  const int32_t *src = data_split_tokens(ds, val);
  int32_t *x = idx->data, *y = targets->data;
  for (int64_t b = 0; b < B; b++) {
    int64_t start = (int64_t)data_rng_below(rng, (uint64_t)(n - T)); /* in [0, n - T - 1] */
    memcpy(x + b * T, src + start, (size_t)T * sizeof *x);
    memcpy(y + b * T, src + start + 1, (size_t)T * sizeof *y);
  }
}

int data_lm_window_batch(const Dataset *ds, bool val, int64_t k, Tensor *idx, Tensor *targets) {
  ASSERT(ds->kind != DATA_TSV && idx->rank == 2);
  int64_t B = idx->shape[0], T = idx->shape[1];
  check_i32(idx, 2, B, T);
  check_i32(targets, 2, B, T);
  int64_t nw = data_lm_windows(ds, val, (int)T);
  const int32_t *src = data_split_tokens(ds, val);
  int32_t *x = idx->data, *y = targets->data;
  memset(x, 0, (size_t)(B * T) * sizeof *x);
  memset(y, 0, (size_t)(B * T) * sizeof *y);
  int filled = 0;
  for (int64_t b = 0; b < B && k >= 0 && k * B + b < nw; b++, filled++) {
    int64_t start = (k * B + b) * T;
    memcpy(x + b * T, src + start, (size_t)T * sizeof *x);
    memcpy(y + b * T, src + start + 1, (size_t)T * sizeof *y);
  }
  return filled;
}

int data_cls_batch(const Dataset *ds, bool val, DataRng *rng, int64_t k, Tensor *idx, Tensor *label, Tensor *mask) {
  ASSERT(ds->kind == DATA_TSV && idx->rank == 2);
  int64_t B = idx->shape[0], T = ds->seq;
  check_i32(idx, 2, B, T);
  check_i32(label, 1, B, T);
  if (mask) ASSERT(mask->dtype == DT_F32 && mask->rank == 2 && mask->shape[0] == B && mask->shape[1] == T);
  int64_t n = ds->nsplit[val];
  const int64_t *order = ds->split_rows[val];
  int32_t *x = idx->data, *y = label->data;
  float *m = mask ? mask->data : NULL;
  memset(x, 0, (size_t)(B * T) * sizeof *x);
  memset(y, 0, (size_t)B * sizeof *y);
  if (m) memset(m, 0, (size_t)(B * T) * sizeof *m);
  int filled = 0;
  for (int64_t b = 0; b < B; b++, filled++) {
    int64_t r;
    if (rng) {
      ASSERT(n > 0);
      r = order[data_rng_below(rng, (uint64_t)n)];
    } else {
      if (k < 0 || k * B + b >= n) break;
      r = order[k * B + b];
    }
    memcpy(x + b * T, ds->rows + r * T, (size_t)T * sizeof *x);
    y[b] = ds->label[r];
    if (m)
      for (int32_t i = 0; i < ds->rowlen[r]; i++) m[b * T + i] = 1.0f;
  }
  return filled;
}
