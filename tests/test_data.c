/* test_data.c — train/data.c: text(), tokens() and tsv() sources on the real
 * files (tinyshakespeare, SMSSpamCollection; skipped when the shared data
 * folder is missing) and on small fixtures (tests/data and files written
 * here); every hostile case fails with one message naming the file and what
 * was expected; the xorshift64* generator and the batches it draws are
 * deterministic and resume exactly from a saved state. */
#define _POSIX_C_SOURCE 200809L
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "data.h"

#define DATA_DIR LLMC_SOURCE_DIR "/../shared/data"
#define FIXTURES LLMC_SOURCE_DIR "/tests/data"
#define SHAKESPEARE DATA_DIR "/tinyshakespeare.txt"
#define SMS DATA_DIR "/SMSSpamCollection.tsv"
#define TOK512 DATA_DIR "/tok512.bin"

static void need_data(void) {
  if (!sup_is_dir(DATA_DIR)) cr_skip_test("no shared data folder at %s", DATA_DIR);
}

typedef struct Cap {
  Diag d;
  FILE *mem;
  char *out;
  size_t len;
} Cap;

static void cap_begin(Cap *c) {
  memset(c, 0, sizeof *c);
  c->mem = open_memstream(&c->out, &c->len);
  diag_init(&c->d, c->mem);
}

static const char *cap_text(Cap *c) {
  fflush(c->mem);
  return c->out ? c->out : "";
}

static void cap_end(Cap *c) {
  diag_free(&c->d);
  fclose(c->mem);
  free(c->out);
}

static char *ham_spam[] = {"ham", "spam"};

static DataSpec text_spec(const char *path, TokKind k) {
  return (DataSpec){.kind = DATA_TEXT, .path = (char *)path, .tokenizer = k,
                    .tokenizer_path = (char *)TOK512, .split = 0.9};
}

static DataSpec tsv_spec(const char *path, TokKind k, double split) {
  return (DataSpec){.kind = DATA_TSV, .path = (char *)path, .tokenizer = k, .tokenizer_path = (char *)TOK512,
                    .split = split, .text_col = 2, .label_col = 1, .labels = ham_spam, .nlabels = 2};
}

static Dataset *open_ok(const DataSpec *s, int vocab, int seq, uint64_t seed) {
  Cap c;
  cap_begin(&c);
  Dataset *ds = data_open(s, NULL, vocab, seq, seed, &c.d);
  cr_assert(ds, "opening %s failed:\n%s", s->path, cap_text(&c));
  cr_expect_eq(c.d.nerrors, 0);
  cap_end(&c);
  return ds;
}

/* data_open fails with one error naming the file and containing frag. */
static void expect_open_error(const DataSpec *s, int vocab, int seq, const char *frag) {
  Cap c;
  cap_begin(&c);
  Dataset *ds = data_open(s, NULL, vocab, seq, 1, &c.d);
  const char *out = cap_text(&c);
  cr_expect_null(ds, "%s opened; expected an error \"%s\"", s->path, frag);
  data_free(ds);
  cr_expect_eq(c.d.nerrors, 1, "%d errors:\n%s", c.d.nerrors, out);
  cr_expect(strstr(out, s->path), "the message does not name %s:\n%s", s->path, out);
  if (frag) cr_expect(strstr(out, frag), "the message lacks \"%s\":\n%s", frag, out);
  cap_end(&c);
}

static Tensor *i32(const char *name, int64_t b, int64_t t) {
  int64_t shape[2] = {b, t};
  return tensor_new(name, DT_I32, t ? 2 : 1, shape);
}

/* ---- text -------------------------------------------------------------------- */

Test(text, tinyshakespeare_char_split) {
  need_data();
  DataSpec s = text_spec(SHAKESPEARE, TOK_CHAR);
  Dataset *ds = open_ok(&s, 65, 64, 1);
  cr_expect(!data_is_classification(ds));
  cr_expect_eq(tok_vocab(data_tokenizer(ds)), 65);
  /* nanoGPT: n = 1,115,394 characters, train = data[:int(n * 0.9)] */
  cr_expect_eq(data_tokens(ds, false), 1003854);
  cr_expect_eq(data_tokens(ds, true), 1115394 - 1003854);
  const int32_t *val = data_split_tokens(ds, true), *tr = data_split_tokens(ds, false);
  cr_expect_eq(val, tr + 1003854, "the validation split follows the train split");
  cr_expect_eq(data_lm_windows(ds, true, 64), (111540 - 1) / 64);
  data_free(ds);
}

Test(text, llama2c_and_byte) {
  need_data();
  /* A small text through the llama2c tokenizer: BOS, then run.c's ids. */
  char *path = strdup("/tmp/llmc_text_XXXXXX");
  int fd = mkstemp(path);
  const char *story = "Once upon a time";
  for (int i = 0; i < 40; i++) cr_assert(write(fd, story, strlen(story)) > 0);
  close(fd);
  DataSpec s = text_spec(path, TOK_LLAMA2C);
  s.split = 0.5;
  Dataset *ds = open_ok(&s, 512, 8, 1);
  const int32_t *t = data_split_tokens(ds, false);
  cr_expect(t[0] == 1 && t[1] == 403 && t[2] == 407 && t[3] == 261, "ids %d %d %d %d", t[0], t[1], t[2], t[3]);
  cr_expect_str_eq(tok_file(data_tokenizer(ds)), TOK512);
  data_free(ds);
  s = text_spec(path, TOK_BYTE);
  ds = open_ok(&s, 256, 8, 1);
  cr_expect_eq(data_tokens(ds, false) + data_tokens(ds, true), 40 * 16);
  cr_expect_eq(data_split_tokens(ds, false)[0], 'O');
  data_free(ds);
  /* byte ids need vocab 256: 'n' (110) is the first id past vocab 100 */
  expect_open_error(&s, 100, 8, "byte offset 1: the byte tokenizer gives id 110");
  unlink(path);
  free(path);
}

Test(text, hostile) {
  need_data();
  DataSpec s = text_spec(SHAKESPEARE, TOK_CHAR);
  /* 65 symbols do not fit a vocab of 64: named with the first offending
   * character's byte offset ('z' is id 64; tinyshakespeare's first z). */
  expect_open_error(&s, 64, 64, "byte offset");
  s = text_spec(FIXTURES "/text_short.txt", TOK_CHAR);
  expect_open_error(&s, 65, 8, "the train split has 2 tokens");
  s = text_spec(FIXTURES "/text_bad_utf8.txt", TOK_CHAR);
  expect_open_error(&s, 65, 2, "byte offset 3: invalid UTF-8");
  s = text_spec(FIXTURES "/no_such_file.txt", TOK_CHAR);
  expect_open_error(&s, 65, 2, "cannot read");
  s = text_spec(FIXTURES, TOK_BYTE);
  expect_open_error(&s, 256, 2, "is a directory");
  s = text_spec(FIXTURES "/text_short.txt", TOK_BYTE);
  s.split = 1.5;
  expect_open_error(&s, 256, 1, "expected split in (0, 1]");
  /* split 1: no validation split, allowed */
  s.split = 1.0;
  Dataset *ds = open_ok(&s, 256, 2, 1);
  cr_expect_eq(data_tokens(ds, true), 0);
  data_free(ds);
}

/* ---- tokens: llm.c .bin ------------------------------------------------------ */

/* A token file: header (magic, version, count) then ids[0..n). */
static char *write_shard(int32_t magic, int32_t version, int32_t count, const uint16_t *ids, size_t n,
                         size_t cut) {
  size_t len = 1024 + 2 * n;
  uint8_t *b = calloc(1, len);
  memcpy(b, &magic, 4), memcpy(b + 4, &version, 4), memcpy(b + 8, &count, 4);
  memcpy(b + 1024, ids, 2 * n);
  char *path = strdup("/tmp/llmc_shard_XXXXXX");
  int fd = mkstemp(path);
  size_t wl = cut ? cut : len;
  cr_assert(write(fd, b, wl) == (ssize_t)wl);
  close(fd);
  free(b);
  return path;
}

Test(tokens, valid_shard) {
  uint16_t ids[1000];
  for (int i = 0; i < 1000; i++) ids[i] = (uint16_t)(i * 7 % 500);
  char *path = write_shard(20240520, 1, 1000, ids, 1000, 0);
  DataSpec s = {.kind = DATA_TOKENS, .path = path, .split = 0.9};
  Dataset *ds = open_ok(&s, 500, 16, 1);
  cr_expect_eq(data_tokens(ds, false), 900);
  cr_expect_eq(data_tokens(ds, true), 100);
  const int32_t *t = data_split_tokens(ds, false);
  for (int i = 0; i < 1000; i++) cr_expect_eq(t[i], ids[i]);
  data_free(ds);
  unlink(path);
  free(path);
}

Test(tokens, hostile) {
  uint16_t ids[100];
  for (int i = 0; i < 100; i++) ids[i] = (uint16_t)i;
  struct {
    int32_t magic, version, count;
    size_t n, cut;
    int vocab, seq;
    const char *frag;
  } cases[] = {
      {20240521, 1, 100, 100, 0, 500, 8, "byte offset 0: magic number 20240521; expected 20240520"},
      {20240520, 2, 100, 100, 0, 500, 8, "byte offset 4: version 2; expected 1"},
      {20240520, 1, 200, 100, 0, 500, 8, "byte offset 8: the header says 200 tokens"},
      {20240520, 1, 50, 100, 0, 500, 8, "byte offset 8: the header says 50 tokens"},
      {20240520, 1, -1, 100, 0, 500, 8, "the header says -1 tokens"},
      {20240520, 1, 100, 100, 600, 500, 8, "byte offset 0: truncated"},
      {20240520, 1, 100, 100, 1124, 500, 8, "the file has 100 bytes after it"},
      {20240520, 1, 100, 100, 0, 50, 8, "byte offset 1124: token 50 has id 50, at or past the model's vocab 50"},
      {20240520, 1, 100, 100, 0, 500, 95, "the train split has 90 tokens"},
      {20240520, 1, 100, 100, 0, 500, 10, "the validation split has 10 tokens"},
      {20240520, 1, 0, 0, 0, 500, 1, "the train split has 0 tokens"},
  };
  for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
    char *path = write_shard(cases[k].magic, cases[k].version, cases[k].count, ids, cases[k].n, cases[k].cut);
    DataSpec s = {.kind = DATA_TOKENS, .path = path, .split = 0.9};
    expect_open_error(&s, cases[k].vocab, cases[k].seq, cases[k].frag);
    unlink(path);
    free(path);
  }
}

/* Every truncation of a valid shard fails cleanly (ASan build: no overread). */
Test(tokens, every_truncation) {
  uint16_t ids[40] = {0};
  for (size_t cut = 1; cut < 1024 + 80; cut += 13) {
    char *path = write_shard(20240520, 1, 40, ids, 40, cut);
    DataSpec s = {.kind = DATA_TOKENS, .path = path, .split = 0.9};
    expect_open_error(&s, 500, 2, NULL);
    unlink(path);
    free(path);
  }
}

/* ---- tsv --------------------------------------------------------------------- */

Test(tsv, sms_stratified_deterministic) {
  need_data();
  DataSpec s = tsv_spec(SMS, TOK_LLAMA2C, 0.8);
  Dataset *a = open_ok(&s, 512, 64, 1337), *b = open_ok(&s, 512, 64, 1337), *c = open_ok(&s, 512, 64, 7);
  cr_expect(data_is_classification(a));
  cr_expect_eq(data_nlabels(a), 2);
  /* 4,827 ham and 747 spam: int(4827 * 0.8) + int(747 * 0.8) train */
  cr_expect_eq(data_tokens(a, false), 3861 + 597);
  cr_expect_eq(data_tokens(a, true), 5574 - 3861 - 597);
  const int B = 16, T = 64;
  Tensor *x = i32("idx", B, T), *y = i32("label", B, 0), *x2 = i32("idx", B, T), *y2 = i32("label", B, 0);
  int64_t shape[2] = {B, T};
  Tensor *m = tensor_new("mask", DT_F32, 2, shape);
  int64_t counts[2][2] = {{0}};
  bool differs = false;
  for (int v = 0; v < 2; v++)
    for (int64_t k = 0;; k++) {
      int na = data_cls_batch(a, v, NULL, k, x, y, m);
      int nb = data_cls_batch(b, v, NULL, k, x2, y2, NULL);
      cr_assert_eq(na, nb);
      cr_expect(!memcmp(x->data, x2->data, tensor_nbytes(x)), "same seed, different rows");
      for (int r = 0; r < na; r++) counts[v][((int32_t *)y->data)[r]]++;
      if (na == 0) break;
      Tensor *x3 = i32("idx", B, T), *y3 = i32("label", B, 0);
      data_cls_batch(c, v, NULL, k, x3, y3, NULL);
      differs |= memcmp(x->data, x3->data, tensor_nbytes(x)) != 0;
      tensor_free(x3), tensor_free(y3);
      /* each row: BOS first (run.c encode(text, 1, 0)), mask 1 on real
       * tokens then 0, padding id 0 */
      for (int r = 0; r < na; r++) {
        const int32_t *row = (int32_t *)x->data + r * T;
        const float *mr = (float *)m->data + r * T;
        cr_expect_eq(row[0], 1);
        cr_expect_eq(mr[0], 1.0f);
        for (int t = 1; t < T; t++) {
          cr_expect(mr[t] <= mr[t - 1], "the mask is a prefix of ones");
          if (mr[t] == 0.0f) cr_expect_eq(row[t], 0, "padding is id 0");
        }
      }
    }
  cr_expect(counts[0][0] == 3861 && counts[0][1] == 597, "train %lld ham %lld spam", (long long)counts[0][0],
            (long long)counts[0][1]);
  cr_expect(counts[1][0] == 966 && counts[1][1] == 150, "val %lld ham %lld spam", (long long)counts[1][0],
            (long long)counts[1][1]);
  cr_expect(differs, "seed 7 gives the same order as seed 1337");
  tensor_free(x), tensor_free(y), tensor_free(x2), tensor_free(y2), tensor_free(m);
  data_free(a), data_free(b), data_free(c);
}

Test(tsv, small_char_fixture) {
  DataSpec s = tsv_spec(FIXTURES "/tsv_small.tsv", TOK_CHAR, 0.5);
  Dataset *ds = open_ok(&s, 100, 8, 3);
  /* 4 ham, 2 spam (the blank line 6 is skipped): 2 + 1 train */
  cr_expect_eq(data_tokens(ds, false), 3);
  cr_expect_eq(data_tokens(ds, true), 3);
  cr_expect_eq(tok_kind(data_tokenizer(ds)), TOK_CHAR);
  Tensor *x = i32("idx", 4, 8), *y = i32("label", 4, 0);
  cr_expect_eq(data_cls_batch(ds, true, NULL, 0, x, y, NULL), 3, "3 of 4 rows filled");
  cr_expect_eq(data_cls_batch(ds, true, NULL, 1, x, y, NULL), 0);
  DataRng r = data_rng(5);
  cr_expect_eq(data_cls_batch(ds, false, &r, 0, x, y, NULL), 4, "random batches are full");
  tensor_free(x), tensor_free(y);
  data_free(ds);
}

Test(tsv, hostile) {
  DataSpec s = tsv_spec(FIXTURES "/tsv_bad_label.tsv", TOK_BYTE, 0.5);
  expect_open_error(&s, 256, 8, "tsv_bad_label.tsv:3: the label in column 1 is \"eggs\"; expected one of");
  s = tsv_spec(FIXTURES "/tsv_columns.tsv", TOK_BYTE, 0.5);
  expect_open_error(&s, 256, 8, "tsv_columns.tsv:2: 1 tab-separated column; expected at least 2");
  s = tsv_spec(FIXTURES "/tsv_empty_text.tsv", TOK_BYTE, 0.5);
  expect_open_error(&s, 256, 8, "tsv_empty_text.tsv:2: the text in column 2 is empty");
  s = tsv_spec(FIXTURES "/tsv_bad_utf8.tsv", TOK_CHAR, 0.5);
  expect_open_error(&s, 256, 8, "invalid UTF-8");
  s = tsv_spec(FIXTURES "/tsv_small.tsv", TOK_BYTE, 0.5);
  expect_open_error(&s, 100, 8, "tsv_small.tsv:1: the text tokenizes to id 104"); /* 'h' */
  s = tsv_spec(FIXTURES "/text_short.txt", TOK_BYTE, 0.5);
  expect_open_error(&s, 256, 8, "text_short.txt:1: 1 tab-separated column");
  s = tsv_spec(FIXTURES "/tsv_small.tsv", TOK_BYTE, 0.1);
  expect_open_error(&s, 256, 8, "the train split has no rows");
}

/* ---- the generator and batches ----------------------------------------------- */

Test(rng, deterministic_and_restorable) {
  DataRng a = data_rng(1337), b = data_rng(1337), c = data_rng(1338);
  cr_expect_neq(data_rng_state(&a), 0);
  DataRng z = data_rng(0);
  cr_expect_neq(data_rng_state(&z), 0, "seed 0 gives a usable state");
  for (int i = 0; i < 100; i++) cr_expect_eq(data_rng_next(&a), data_rng_next(&b));
  cr_expect_neq(data_rng_next(&a), data_rng_next(&c));
  DataRng r = data_rng_restore(data_rng_state(&a));
  for (int i = 0; i < 100; i++) cr_expect_eq(data_rng_next(&a), data_rng_next(&r));
  /* below(n) covers [0, n) roughly evenly; uniform in [0, 1) */
  int hist[7] = {0};
  for (int i = 0; i < 70000; i++) hist[data_rng_below(&a, 7)]++;
  for (int k = 0; k < 7; k++) cr_expect(hist[k] > 9500 && hist[k] < 10500, "bucket %d: %d", k, hist[k]);
  for (int i = 0; i < 1000; i++) {
    double u = data_rng_uniform(&a);
    cr_expect(u >= 0.0 && u < 1.0);
  }
}

Test(batch, lm_windows_deterministic_and_resumable) {
  uint16_t ids[2000];
  for (int i = 0; i < 2000; i++) ids[i] = (uint16_t)(i % 997);
  char *path = write_shard(20240520, 1, 2000, ids, 2000, 0);
  DataSpec s = {.kind = DATA_TOKENS, .path = path, .split = 0.9};
  Dataset *ds = open_ok(&s, 1000, 16, 1);
  enum { B = 4, T = 16 };
  Tensor *x[6], *y[6];
  for (int i = 0; i < 6; i++) x[i] = i32("idx", B, T), y[i] = i32("targets", B, T);
  /* an uninterrupted run: 3 batches */
  DataRng r = data_rng(42);
  for (int i = 0; i < 3; i++) data_lm_batch(ds, false, &r, x[i], y[i]);
  /* a run saved after the first batch and resumed from the state */
  DataRng r2 = data_rng(42);
  data_lm_batch(ds, false, &r2, x[3], y[3]);
  DataRng resumed = data_rng_restore(data_rng_state(&r2));
  data_lm_batch(ds, false, &resumed, x[4], y[4]);
  data_lm_batch(ds, false, &resumed, x[5], y[5]);
  for (int i = 0; i < 3; i++) {
    cr_expect(!memcmp(x[i]->data, x[i + 3]->data, tensor_nbytes(x[i])), "batch %d differs after resume", i);
    cr_expect(!memcmp(y[i]->data, y[i + 3]->data, tensor_nbytes(y[i])));
  }
  cr_expect(memcmp(x[0]->data, x[1]->data, tensor_nbytes(x[0])), "two draws gave the same batch");
  /* each row is a window of the train split: targets are idx shifted by one */
  const int32_t *tr = data_split_tokens(ds, false);
  for (int i = 0; i < 3; i++)
    for (int b = 0; b < B; b++) {
      const int32_t *xi = (int32_t *)x[i]->data + b * T, *yi = (int32_t *)y[i]->data + b * T;
      int64_t start = xi[0]; /* ids[i] = i % 997 and 1800 < 2 * 997: the start is xi[0] or xi[0] + 997 */
      if (start + T + 1 > 1800 || tr[start + 1] != xi[1]) start += 997;
      cr_expect(start + T + 1 <= 1800, "window start %lld past the train split", (long long)start);
      for (int t = 0; t < T; t++) {
        cr_expect_eq(xi[t], tr[start + t]);
        cr_expect_eq(yi[t], tr[start + t + 1]);
      }
    }
  /* evaluation windows: consecutive, non-overlapping, in order */
  cr_expect_eq(data_lm_windows(ds, true, T), (200 - 1) / T);
  const int32_t *val = data_split_tokens(ds, true);
  int64_t seen = 0;
  for (int64_t k = 0;; k++) {
    int n = data_lm_window_batch(ds, true, k, x[0], y[0]);
    if (n == 0) break;
    for (int b = 0; b < n; b++, seen++)
      for (int t = 0; t < T; t++) {
        cr_expect_eq(((int32_t *)x[0]->data)[b * T + t], val[seen * T + t]);
        cr_expect_eq(((int32_t *)y[0]->data)[b * T + t], val[seen * T + t + 1]);
      }
    for (int b = n; b < B; b++) cr_expect_eq(((int32_t *)x[0]->data)[b * T], 0, "unfilled rows are zeros");
  }
  cr_expect_eq(seen, 12);
  for (int i = 0; i < 6; i++) tensor_free(x[i]), tensor_free(y[i]);
  data_free(ds);
  unlink(path);
  free(path);
}

/* Every window start in [0, n - seq - 1] is drawn, none past it. */
Test(batch, lm_starts_cover_range) {
  uint16_t ids[40];
  for (int i = 0; i < 40; i++) ids[i] = (uint16_t)i;
  char *path = write_shard(20240520, 1, 40, ids, 40, 0);
  DataSpec s = {.kind = DATA_TOKENS, .path = path, .split = 0.5}; /* train: ids 0..19 */
  Dataset *ds = open_ok(&s, 64, 4, 1);
  Tensor *x = i32("idx", 8, 4), *y = i32("targets", 8, 4);
  DataRng r = data_rng(9);
  int seen[20] = {0};
  for (int i = 0; i < 200; i++) {
    data_lm_batch(ds, false, &r, x, y);
    for (int b = 0; b < 8; b++) {
      int st = ((int32_t *)x->data)[b * 4];
      cr_assert(st >= 0 && st <= 20 - 4 - 1, "start %d", st);
      seen[st]++;
    }
  }
  for (int st = 0; st <= 15; st++) cr_expect(seen[st] > 0, "start %d never drawn", st);
  tensor_free(x), tensor_free(y);
  data_free(ds);
  unlink(path);
  free(path);
}
