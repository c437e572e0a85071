/* test_tokenizer.c — train/tokenizer.c and sha256.c: SHA-256 against FIPS
 * vectors; "char" on tinyshakespeare (vocabulary 65, round trip, saved and
 * restored vocabulary); "byte"; llama2c with tok512.bin against ids that
 * llama2.c's run.c encode() printed (see the comment at llama2c_ids), a 30,000
 * byte stretch of tinyshakespeare checked by count and checksum against run.c,
 * decoding; hostile tokenizer files (every truncation, negative and huge
 * lengths, NaN scores) that must fail with the path and byte offset. Data
 * files come from LLMC_SOURCE_DIR/../shared/data; tests that need them skip
 * when it is missing. */
#define _POSIX_C_SOURCE 200809L
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tokenizer.h"

#define DATA_DIR LLMC_SOURCE_DIR "/../shared/data"
#define TOK512 DATA_DIR "/tok512.bin"
#define SHAKESPEARE DATA_DIR "/tinyshakespeare.txt"

static void need_data(void) {
  if (!sup_is_dir(DATA_DIR)) cr_skip_test("no shared data folder at %s", DATA_DIR);
}

/* A diagnostic sink writing to memory. */
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

static Tokenizer *load512(Cap *c) {
  Tokenizer *t = tok_load_llama2c(TOK512, 512, &c->d);
  cr_assert(t, "loading %s failed:\n%s", TOK512, cap_text(c));
  return t;
}

static size_t encode(const Tokenizer *t, const char *s, size_t n, bool bos, int32_t **ids, Diag *d) {
  size_t nout = 0, cap = 0;
  *ids = NULL;
  cr_assert(tok_encode(t, s, n, bos, ids, &nout, &cap, d), "encoding \"%.40s\" failed", s);
  return nout;
}

static char *decode_all(const Tokenizer *t, const int32_t *ids, size_t n, size_t *len) {
  StrBuf b = {0};
  for (size_t i = 0; i < n; i++) cr_assert(tok_decode(t, i ? ids[i - 1] : -1, ids[i], &b));
  sb_cstr(&b);
  *len = b.len;
  return b.s;
}

/* ---- SHA-256 ----------------------------------------------------------------- */

Test(sha256, fips_vectors) {
  char hex[65];
  tok_sha256_hex("", 0, hex);
  cr_expect_str_eq(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  tok_sha256_hex("abc", 3, hex);
  cr_expect_str_eq(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  const char *m = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"; /* 56 bytes: two padding blocks */
  tok_sha256_hex(m, strlen(m), hex);
  cr_expect_str_eq(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  char *a = malloc(1000000);
  memset(a, 'a', 1000000);
  tok_sha256_hex(a, 1000000, hex);
  cr_expect_str_eq(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  free(a);
}

Test(sha256, tok512_file_hash) {
  need_data();
  Cap c;
  cap_begin(&c);
  Tokenizer *t = load512(&c);
  /* The hash shared/data/SOURCES.md records for tok512.bin. */
  cr_expect_str_eq(tok_file_hash(t), "037cb335abb25d1fa9e8ecae30ed2a3a8ace9302862ebcdc05d51a6bbb10c312");
  cr_expect_str_eq(tok_file(t), TOK512);
  tok_free(t);
  cap_end(&c);
}

/* ---- char -------------------------------------------------------------------- */

Test(char_tok, tinyshakespeare_vocab_and_round_trip) {
  need_data();
  size_t n;
  char *text = sup_read_file(SHAKESPEARE, &n);
  cr_assert(text);
  Cap c;
  cap_begin(&c);
  Tokenizer *t = tok_new_char(text, n, SHAKESPEARE, &c.d);
  cr_assert(t, "%s", cap_text(&c));
  cr_expect_eq(tok_kind(t), TOK_CHAR);
  cr_expect_eq(tok_vocab(t), 65, "vocab %d, nanoGPT's shakespeare_char has 65", tok_vocab(t));
  /* sorted(set(text)): newline, space, '!', ... 'z' last */
  const char *v = tok_char_vocab(t);
  cr_expect(!strncmp(v, "\n !$&',-.3:;?AB", 15), "vocab starts \"%.15s\"", v);
  cr_expect_eq(v[64], 'z');
  cr_expect_eq(tok_bos(t), -1);
  int32_t *ids;
  size_t nid = encode(t, text, n, true, &ids, &c.d);
  cr_expect_eq(nid, n, "one id per character (no BOS): %zu ids for %zu bytes", nid, n);
  cr_expect_eq(ids[0], strchr(v, 'F') - v, "\"First Citizen\" starts with F");
  size_t len;
  char *back = decode_all(t, ids, nid, &len);
  cr_expect(len == n && !memcmp(back, text, n), "the round trip changed the text");
  /* A vocabulary saved in a checkpoint gives the same ids. */
  Tokenizer *t2 = tok_new_char_vocab(v, &c.d);
  cr_assert(t2, "%s", cap_text(&c));
  int32_t *ids2;
  size_t nid2 = encode(t2, text, 5000, false, &ids2, &c.d);
  cr_expect(nid2 == 5000 && !memcmp(ids, ids2, 5000 * sizeof *ids), "restored vocabulary differs");
  free(ids), free(ids2), free(back), free(text);
  tok_free(t), tok_free(t2);
  cap_end(&c);
}

Test(char_tok, unicode_round_trip_and_order) {
  const char *s = "h\xc3\xa9llo \xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x99\x82!"; /* "héllo 日本 🙂!" */
  Cap c;
  cap_begin(&c);
  Tokenizer *t = tok_new_char(s, strlen(s), "s", &c.d);
  cr_assert(t);
  cr_expect_eq(tok_vocab(t), 9); /* space ! h l o é 日 本 🙂 */
  cr_expect_str_eq(tok_char_vocab(t), " !hlo\xc3\xa9\xe6\x97\xa5\xe6\x9c\xac\xf0\x9f\x99\x82");
  int32_t *ids;
  size_t n = encode(t, s, strlen(s), false, &ids, &c.d);
  cr_expect_eq(n, 11);
  size_t len;
  char *back = decode_all(t, ids, n, &len);
  cr_expect_str_eq(back, s);
  StrBuf b = {0};
  cr_expect(!tok_decode(t, -1, 9, &b), "id 9 is out of range");
  cr_expect(!tok_decode(t, -1, -1, &b));
  cr_expect_eq(b.len, 0);
  free(ids), free(back);
  tok_free(t);
  cap_end(&c);
}

Test(char_tok, errors_name_offset) {
  Cap c;
  cap_begin(&c);
  cr_expect_null(tok_new_char("ab\xff", 3, "bad.txt", &c.d));
  cr_expect(strstr(cap_text(&c), "bad.txt: byte offset 2: invalid UTF-8"), "%s", cap_text(&c));
  cr_expect_null(tok_new_char("ab\0c", 4, "nul.txt", &c.d));
  cr_expect(strstr(cap_text(&c), "nul.txt: byte offset 2: a NUL byte"), "%s", cap_text(&c));
  cr_expect_null(tok_new_char("\xe6\x97", 2, "cut.txt", &c.d)); /* a truncated sequence */
  cr_expect(strstr(cap_text(&c), "cut.txt: byte offset 0"), "%s", cap_text(&c));
  cr_expect_null(tok_new_char("\xc0\x80", 2, "overlong.txt", &c.d));
  cr_expect(strstr(cap_text(&c), "overlong.txt: byte offset 0"), "%s", cap_text(&c));
  cr_expect_null(tok_new_char("", 0, "empty.txt", &c.d));
  cr_expect_null(tok_new_char_vocab("abca", &c.d), "a duplicate code point");
  cr_expect(strstr(cap_text(&c), "U+0061 appears twice"), "%s", cap_text(&c));
  cr_expect_null(tok_new_char_vocab("", &c.d));
  Tokenizer *t = tok_new_char("abc", 3, "abc", &c.d);
  int32_t *ids = NULL;
  size_t n = 0, cap = 0;
  cr_expect(!tok_encode_named(t, "abxc", 4, false, "data.txt", &ids, &n, &cap, &c.d));
  cr_expect(strstr(cap_text(&c), "data.txt: byte offset 2: character U+0078 is not in the char vocabulary"),
            "%s", cap_text(&c));
  cr_expect_eq(c.d.nerrors, 8);
  free(ids);
  tok_free(t);
  cap_end(&c);
}

/* ---- byte -------------------------------------------------------------------- */

Test(byte_tok, all_bytes_round_trip) {
  Tokenizer *t = tok_new_byte();
  cr_expect_eq(tok_vocab(t), 256);
  cr_expect_eq(tok_bos(t), -1);
  cr_expect_eq(tok_eos(t), -1);
  cr_expect_null(tok_char_vocab(t));
  cr_expect_null(tok_file_hash(t));
  char all[256];
  for (int i = 0; i < 256; i++) all[i] = (char)(255 - i);
  int32_t *ids;
  size_t n = encode(t, all, 256, true, &ids, NULL);
  cr_assert_eq(n, 256, "byte has no BOS: 256 ids, got %zu", n);
  for (int i = 0; i < 256; i++) cr_expect_eq(ids[i], 255 - i);
  size_t len;
  char *back = decode_all(t, ids, n, &len);
  cr_expect(len == 256 && !memcmp(back, all, 256));
  free(ids), free(back);
  tok_free(t);
}

/* ---- llama2c ----------------------------------------------------------------- */

/* Ids printed by llama2.c's run.c encode(tokenizer, text, bos, 0, ...) with
 * tok512.bin (vocab 512), through a small driver that includes run.c with
 * TESTING defined and prints the ids. run.c itself
 * (`run stories260K.bin -z tok512.bin -t 0 -n 20 -i "Once upon a time"`)
 * continues the first prompt with ", there was a little girl named Lily." */
typedef struct L2cCase {
  const char *text;
  bool bos;
  int n;
  int ids[32];
} L2cCase;

static const L2cCase llama2c_ids[] = {
    {"Once upon a time", true, 5, {1, 403, 407, 261, 378}},
    {"Once upon a time", false, 4, {403, 407, 261, 378}},
    {"Hello, world!", true, 9, {1, 346, 306, 414, 432, 263, 304, 341, 443}},
    /* é and 日本 are not pieces: byte fallback (byte + 3) */
    {"h\xc3\xa9llo \xe6\x97\xa5\xe6\x9c\xac", true, 12, {1, 270, 485, 306, 414, 410, 233, 154, 168, 233, 159, 175}},
    {"Lily said, \"Hi!\"\nThe end.", true, 15, {1, 317, 336, 432, 313, 440, 417, 443, 436, 13, 434, 260, 344, 264, 426}},
    {"a", true, 2, {1, 261}},
    {"x", true, 3, {1, 410, 444}},
    {"", true, 1, {1}},
    {"", false, 0, {0}},
    {"   ", false, 4, {410, 410, 410, 410}},
};

Test(llama2c, encode_matches_run_c) {
  need_data();
  Cap c;
  cap_begin(&c);
  Tokenizer *t = load512(&c);
  cr_expect_eq(tok_vocab(t), 512);
  cr_expect_eq(tok_bos(t), 1);
  cr_expect_eq(tok_eos(t), 2);
  cr_expect_str_eq(tok_piece(t, 3), "<0x00>");
  for (size_t k = 0; k < sizeof llama2c_ids / sizeof *llama2c_ids; k++) {
    const L2cCase *e = &llama2c_ids[k];
    int32_t *ids;
    size_t n = encode(t, e->text, strlen(e->text), e->bos, &ids, &c.d);
    cr_expect_eq(n, (size_t)e->n, "\"%s\": %zu ids, run.c gives %d", e->text, n, e->n);
    for (size_t i = 0; i < n && i < (size_t)e->n; i++)
      cr_expect_eq(ids[i], e->ids[i], "\"%s\" id %zu: %d, run.c gives %d", e->text, i, ids[i], e->ids[i]);
    free(ids);
  }
  tok_free(t);
  cap_end(&c);
}

/* The first 30,000 bytes of tinyshakespeare as one text (bos): run.c's
 * encode gives 18,597 ids whose checksum sum((i + 1) * id) mod 2^61 - 1 is
 * 60336413819 (computed from run.c's printed ids). */
Test(llama2c, long_text_matches_run_c) {
  need_data();
  size_t n;
  char *text = sup_read_file(SHAKESPEARE, &n);
  cr_assert(text && n > 30000);
  Cap c;
  cap_begin(&c);
  Tokenizer *t = load512(&c);
  int32_t *ids;
  size_t nid = encode(t, text, 30000, true, &ids, &c.d);
  cr_expect_eq(nid, 18597);
  unsigned __int128 sum = 0;
  for (size_t i = 0; i < nid; i++) sum += (unsigned __int128)(i + 1) * (uint64_t)ids[i];
  cr_expect_eq((uint64_t)(sum % ((1ull << 61) - 1)), 60336413819ull);
  /* Decoding gives the text back: the BOS piece is skipped and the dummy
   * space is stripped after it. */
  StrBuf b = {0};
  for (size_t i = 1; i < nid; i++) tok_decode(t, ids[i - 1], ids[i], &b);
  cr_expect(b.len == 30000 && !memcmp(b.s, text, 30000), "decode(encode(text)) differs");
  sb_free(&b);
  free(ids), free(text);
  tok_free(t);
  cap_end(&c);
}

Test(llama2c, decode_rules) {
  need_data();
  Cap c;
  cap_begin(&c);
  Tokenizer *t = load512(&c);
  StrBuf b = {0};
  /* 403 is " Once": its space goes after BOS, stays elsewhere. */
  cr_expect(tok_decode(t, 1, 403, &b));
  cr_expect_str_eq(sb_cstr(&b), "Once");
  b.len = 0;
  tok_decode(t, 261, 403, &b);
  cr_expect_str_eq(sb_cstr(&b), " Once");
  b.len = 0;
  /* <0xE6> is id 0xE6 + 3 and decodes to the raw byte. */
  tok_decode(t, 410, 0xE6 + 3, &b);
  cr_expect(b.len == 1 && (uint8_t)b.s[0] == 0xE6);
  b.len = 0;
  cr_expect(!tok_decode(t, -1, 512, &b));
  cr_expect(!tok_decode(t, -1, -3, &b));
  cr_expect_eq(b.len, 0);
  /* Byte-fallback text round trips. */
  const char *s = "caf\xc3\xa9 \xe6\x97\xa5\xe6\x9c\xac \x01";
  int32_t *ids;
  size_t n = encode(t, s, strlen(s), true, &ids, &c.d);
  for (size_t i = 1; i < n; i++) tok_decode(t, ids[i - 1], ids[i], &b);
  cr_expect_str_eq(sb_cstr(&b), s);
  sb_free(&b);
  free(ids);
  tok_free(t);
  cap_end(&c);
}

/* ---- hostile tokenizer files ------------------------------------------------- */

static char *write_tmp(const void *p, size_t n) {
  char *path = strdup("/tmp/llmc_tok_XXXXXX");
  int fd = mkstemp(path);
  cr_assert(fd >= 0);
  cr_assert(n == 0 || write(fd, p, n) == (ssize_t)n);
  close(fd);
  return path;
}

/* Loading must fail with one error naming the path and containing frag. */
static void expect_load_error(const void *p, size_t n, int vocab, const char *frag) {
  char *path = write_tmp(p, n);
  Cap c;
  cap_begin(&c);
  Tokenizer *t = tok_load_llama2c(path, vocab, &c.d);
  cr_expect_null(t, "%zu-byte file loaded; expected \"%s\"", n, frag);
  tok_free(t);
  const char *out = cap_text(&c);
  cr_expect_eq(c.d.nerrors, 1, "%d errors:\n%s", c.d.nerrors, out);
  cr_expect(strstr(out, path), "message lacks the path:\n%s", out);
  if (frag) cr_expect(strstr(out, frag), "message lacks \"%s\":\n%s", frag, out);
  cap_end(&c);
  unlink(path);
  free(path);
}

static uint8_t *read512(size_t *n) {
  uint8_t *b = (uint8_t *)sup_read_file(TOK512, n);
  cr_assert(b);
  return b;
}

Test(llama2c_hostile, every_truncation) {
  need_data();
  size_t n;
  uint8_t *b = read512(&n);
  /* Every prefix fails with vocab 512; a sample of them keeps the test short
   * (each is a file write) while still covering every field boundary. */
  for (size_t len = 0; len < n; len += (len < 64 ? 1 : 37))
    expect_load_error(b, len, 512, len < 4 ? "byte offset 0: truncated" : NULL);
  expect_load_error(b, n - 1, 512, "runs past the end of the file");
  free(b);
}

Test(llama2c_hostile, bad_fields) {
  need_data();
  size_t n;
  uint8_t *b = read512(&n);
  uint8_t *m = malloc(n);
  int32_t v;
  float f;
  /* token 0's length (offset 8) negative */
  memcpy(m, b, n);
  v = -5;
  memcpy(m + 8, &v, 4);
  expect_load_error(m, n, 512, "byte offset 8: token 0's length -5 is negative");
  /* token 0's length huge */
  memcpy(m, b, n);
  v = 0x7fffffff;
  memcpy(m + 8, &v, 4);
  expect_load_error(m, n, 512, "byte offset 8: token 0's length 2147483647 runs past the end");
  /* token 0's score NaN */
  memcpy(m, b, n);
  f = NAN;
  memcpy(m + 4, &f, 4);
  expect_load_error(m, n, 512, "byte offset 4: token 0's score is NaN");
  /* max_token_length negative */
  memcpy(m, b, n);
  v = -1;
  memcpy(m, &v, 4);
  expect_load_error(m, n, 512, "byte offset 0: max_token_length is -1");
  /* fewer than 259 tokens (read to the end of a short file) */
  size_t cut = 4;
  for (int i = 0; i < 100; i++) cut += 8 + (size_t)(m[cut + 4] | m[cut + 5] << 8);
  memcpy(m, b, n);
  expect_load_error(m, cut, 0, "100 tokens; a llama2c tokenizer needs at least 259");
  expect_load_error(m, n, -1, "negative");
  free(m), free(b);
}

Test(llama2c_hostile, missing_file_and_whole_file_vocab) {
  Cap c;
  cap_begin(&c);
  cr_expect_null(tok_load_llama2c("/nonexistent/tok.bin", 0, &c.d));
  cr_expect(strstr(cap_text(&c), "/nonexistent/tok.bin: cannot read"), "%s", cap_text(&c));
  cap_end(&c);
  need_data();
  cap_begin(&c);
  Tokenizer *t = tok_load_llama2c(TOK512, 0, &c.d);
  cr_assert(t, "%s", cap_text(&c));
  cr_expect_eq(tok_vocab(t), 512, "vocab 0 reads every record: 512");
  tok_free(t);
  cap_end(&c);
}

/* Random byte flips in the file: loading and encoding never crash (run under
 * the ASan build); a load either fails with the path or gives a tokenizer
 * that encodes and decodes. */
Test(llama2c_hostile, random_mutations) {
  need_data();
  size_t n;
  uint8_t *b = read512(&n);
  uint8_t *m = malloc(n);
  uint64_t s = 88172645463325252ull;
  for (int round = 0; round < 40; round++) {
    memcpy(m, b, n);
    for (int k = 0; k < 4; k++) {
      s ^= s << 13, s ^= s >> 7, s ^= s << 17;
      m[s % n] = (uint8_t)(s >> 32);
    }
    char *path = write_tmp(m, n);
    Cap c;
    cap_begin(&c);
    Tokenizer *t = tok_load_llama2c(path, 0, &c.d);
    if (!t) {
      cr_expect(strstr(cap_text(&c), path), "%s", cap_text(&c));
    } else {
      int32_t *ids = NULL;
      size_t nid = 0, cap = 0;
      const char *txt = "Once upon a time, \xe6\x97\xa5 \xff.";
      cr_expect(tok_encode(t, txt, strlen(txt), true, &ids, &nid, &cap, &c.d));
      StrBuf sb = {0};
      for (size_t i = 0; i < nid; i++) cr_expect(tok_decode(t, i ? ids[i - 1] : -1, ids[i], &sb));
      sb_free(&sb);
      free(ids);
    }
    tok_free(t);
    cap_end(&c);
    unlink(path);
    free(path);
  }
  free(m), free(b);
}
