/* test_llama2c.c — llama2.c model files (train/llama2c.h), `llmc import` and
 * generation parity with llama2.c's run.c.
 *
 * The model files come from LLMC_SOURCE_DIR/../shared/data (stories260K.bin,
 * tok512.bin); tests that need them skip, saying so, when the folder is
 * missing. Parity: `llmc generate --backend ref` is compared with texts stored
 * in tests/data/llama2c_*.txt, which were printed by run.c built from
 * ../shared/peers/llama2c/run.c (`cc -O3 run.c -lm`), e.g.
 *   run stories260K.bin -z tok512.bin -t 0 -n 80 -i "Lily and Tom"
 * and, when that file and cc are present, the stored texts are checked
 * against run.c built at test time (so they cannot go stale unnoticed). */
#define _POSIX_C_SOURCE 200809L
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "device.h"
#include "llama2c.h"
#include "safetensors.h"
#include "support.h"
#include "tokenizer.h"

#define DATA_DIR LLMC_SOURCE_DIR "/../shared/data"
#define MODEL DATA_DIR "/stories260K.bin"
#define TOK512 DATA_DIR "/tok512.bin"
#define RUN_C LLMC_SOURCE_DIR "/../shared/peers/llama2c/run.c"
#define LLMC LLMC_BINARY_DIR "/llmc"
#define EXPECTED LLMC_SOURCE_DIR "/tests/data/"

static void need_data(void) {
  if (access(MODEL, R_OK) || access(TOK512, R_OK)) cr_skip_test("no %s or %s", MODEL, TOK512);
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

static float raw_f32(const uint8_t *file, size_t float_index) {
  float f;
  memcpy(&f, file + 28 + 4 * float_index, 4);
  return f;
}

/* ---- reading ------------------------------------------------------------------ */

Test(llama2c, stories260k_names_shapes_values) {
  need_data();
  Cap c;
  cap_begin(&c);
  L2cConfig cfg;
  TensorList l = {0};
  cr_assert(l2c_read(MODEL, &cfg, &l, &c.d), "%s", cap_text(&c));
  cr_expect(cfg.version == 0 && cfg.dim == 64 && cfg.hidden_dim == 172 && cfg.n_layers == 5 && cfg.n_heads == 8 &&
            cfg.n_kv_heads == 4 && cfg.vocab == 512 && cfg.seq_len == 512 && cfg.shared);
  cr_expect_eq(l.v.n, 47); /* embeddings, 9 per layer, norm: the model's 47 parameters */
  struct {
    const char *name;
    int64_t r, k;
  } want[] = {{"tok_embeddings", 512, 64},          {"layers.0.attention_norm.w", 64, 0},
              {"layers.0.attention.wq.w", 64, 64},  {"layers.2.attention.wk.w", 64, 32},
              {"layers.4.attention.wv.w", 64, 32},  {"layers.1.attention.wo.w", 64, 64},
              {"layers.3.ffn_norm.w", 64, 0},       {"layers.0.feed_forward.w1.w", 64, 172},
              {"layers.0.feed_forward.w2.w", 172, 64}, {"layers.4.feed_forward.w3.w", 64, 172},
              {"norm.w", 64, 0}};
  for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
    const Tensor *t = tl_find(&l, want[i].name);
    cr_assert(t, "no tensor %s", want[i].name);
    cr_expect_eq(t->rank, want[i].k ? 2 : 1, "%s", want[i].name);
    cr_expect_eq(t->shape[0], want[i].r, "%s", want[i].name);
    if (want[i].k) cr_expect_eq(t->shape[1], want[i].k, "%s", want[i].name);
  }
  cr_expect_null(tl_find(&l, "output.w"), "a shared classifier has no output.w");
  /* Values against the raw file: wq of layer 0 is stored [out, in] after the
   * embeddings (512 x 64) and rms_att (5 x 64); w[in 3][out 5] = W[5][3]. */
  size_t len;
  uint8_t *raw = (uint8_t *)sup_read_file(MODEL, &len);
  cr_assert(raw);
  const Tensor *wq = tl_find(&l, "layers.0.attention.wq.w");
  size_t wq0 = 512 * 64 + 5 * 64;
  cr_expect_eq(((float *)wq->data)[3 * 64 + 5], raw_f32(raw, wq0 + 5 * 64 + 3));
  cr_expect_eq(((float *)wq->data)[5 * 64 + 3], raw_f32(raw, wq0 + 3 * 64 + 5));
  const Tensor *emb = tl_find(&l, "tok_embeddings");
  cr_expect_eq(((float *)emb->data)[100 * 64 + 7], raw_f32(raw, 100 * 64 + 7));
  /* w2 of layer 1: after wq, wk, wv, wo, rms_ffn and w1 of all layers, and w2 of layer 0 */
  size_t w2 = wq0 + 5 * (64 * 64 + 2 * 32 * 64 + 64 * 64 + 64 + 172 * 64) + 64 * 172;
  const Tensor *t2 = tl_find(&l, "layers.1.feed_forward.w2.w"); /* [172, 64] from W [64, 172] */
  cr_expect_eq(((float *)t2->data)[170 * 64 + 9], raw_f32(raw, w2 + 9 * 172 + 170));
  free(raw);
  tl_free(&l);
  cap_end(&c);
}

/* A version-1 file with an unshared classifier: dim 4, hidden 6, 1 layer, 2
 * heads, 1 kv head, vocab 5, seq_len 3; float k of the data is k / 8. */
static uint8_t *make_v1(size_t *len) {
  size_t nf = 2 * 4 + 4 + 5 * 4 + (16 + 2 * 8 + 16) + 3 * 24 + 5 * 4;
  *len = 256 + 4 * nf;
  uint8_t *b = xcalloc(1, *len);
  int32_t h[9] = {0x616b3432, 1, 4, 6, 1, 2, 1, 5, 3};
  memcpy(b, h, sizeof h);
  b[36] = 0; /* not shared */
  for (size_t k = 0; k < nf; k++) {
    float f = (float)k / 8;
    memcpy(b + 256 + 4 * k, &f, 4);
  }
  return b;
}

Test(llama2c, version1_order_and_unshared_classifier) {
  size_t len;
  uint8_t *b = make_v1(&len);
  Cap c;
  cap_begin(&c);
  L2cConfig cfg;
  TensorList l = {0};
  cr_assert(l2c_read_mem(b, len, "v1.bin", &cfg, &l, &c.d), "%s", cap_text(&c));
  cr_expect(cfg.version == 1 && !cfg.shared && cfg.vocab == 5);
  cr_expect_eq(l.v.n, 1 + 9 + 1 + 1);
  /* order: rms_att (4), rms_ffn (4), rms_final (4), embeddings (20), wq (16), wk (8) ... */
  cr_expect_eq(((float *)tl_find(&l, "layers.0.ffn_norm.w")->data)[1], 5.0f / 8);
  cr_expect_eq(((float *)tl_find(&l, "norm.w")->data)[0], 8.0f / 8);
  cr_expect_eq(((float *)tl_find(&l, "tok_embeddings")->data)[0], 12.0f / 8);
  const Tensor *wk = tl_find(&l, "layers.0.attention.wk.w"); /* [4, 2] from W [2, 4] at float 48 */
  cr_expect(wk->shape[0] == 4 && wk->shape[1] == 2);
  cr_expect_eq(((float *)wk->data)[3 * 2 + 1], (48.0f + 1 * 4 + 3) / 8);
  const Tensor *out = tl_find(&l, "output.w"); /* [4, 5] from the last 20 floats */
  cr_assert(out);
  cr_expect(out->shape[0] == 4 && out->shape[1] == 5);
  size_t last = (len - 256) / 4 - 20;
  cr_expect_eq(((float *)out->data)[2 * 5 + 4], (float)(last + 4 * 4 + 2) / 8);
  tl_free(&l);
  cap_end(&c);
  free(b);
}

/* The same model as version 2 (Q8_0, group size 2): the norms in fp32 (float k
 * = k / 8), then each matrix as int8 q[e] = e % 7 - 3 and fp32 scales
 * s[g] = (g + 1) / 4. */
static const int64_t v2_sizes[] = {20, 16, 8, 8, 16, 24, 24, 24, 20}; /* emb, wq, wk, wv, wo, w1, w2, w3, wcls */

static uint8_t *make_v2(size_t *len, int32_t group) {
  *len = 256 + 4 * 12;
  for (int m = 0; m < 9; m++) *len += (size_t)(v2_sizes[m] + 4 * (v2_sizes[m] / 2));
  uint8_t *b = xcalloc(1, *len);
  int32_t h[9] = {0x616b3432, 2, 4, 6, 1, 2, 1, 5, 3};
  memcpy(b, h, sizeof h);
  memcpy(b + 37, &group, 4);
  size_t at = 256;
  for (int k = 0; k < 12; k++, at += 4) {
    float f = (float)k / 8;
    memcpy(b + at, &f, 4);
  }
  for (int m = 0; m < 9; m++) {
    for (int64_t e = 0; e < v2_sizes[m]; e++) b[at++] = (uint8_t)(int8_t)(e % 7 - 3);
    for (int64_t g = 0; g < v2_sizes[m] / 2; g++, at += 4) {
      float f = (float)(g + 1) / 4;
      memcpy(b + at, &f, 4);
    }
  }
  return b;
}

Test(llama2c, version2_q8_0_dequantised) {
  size_t len;
  uint8_t *b = make_v2(&len, 2);
  Cap c;
  cap_begin(&c);
  L2cConfig cfg;
  TensorList l = {0};
  cr_assert(l2c_read_mem(b, len, "v2.bin", &cfg, &l, &c.d), "%s", cap_text(&c));
  cr_expect(cfg.version == 2 && cfg.group_size == 2 && !cfg.shared);
  cr_expect_eq(l.v.n, 12);
  cr_expect_eq(((float *)tl_find(&l, "norm.w")->data)[3], 11.0f / 8);
  /* wk.w [4, 2] from W [2, 4]: w[in 3][out 1] = W[1][3], element e = 7 */
  const Tensor *wk = tl_find(&l, "layers.0.attention.wk.w");
  cr_expect(wk->shape[0] == 4 && wk->shape[1] == 2);
  cr_expect_eq(((float *)wk->data)[3 * 2 + 1], (float)(7 % 7 - 3) * (float)(7 / 2 + 1) / 4);
  const Tensor *emb = tl_find(&l, "tok_embeddings"); /* not transposed: element 13 */
  cr_expect_eq(((float *)emb->data)[13], (float)(13 % 7 - 3) * (float)(13 / 2 + 1) / 4);
  const Tensor *out = tl_find(&l, "output.w"); /* [4, 5] from W [5, 4]: w[2][4] = W[4][2], e = 18 */
  cr_assert(out);
  cr_expect_eq(((float *)out->data)[2 * 5 + 4], (float)(18 % 7 - 3) * (float)(18 / 2 + 1) / 4);
  tl_free(&l);
  cap_end(&c);
  free(b);
}

/* Reads buf and expects a refusal whose message contains every one of want. */
static void expect_refused(const uint8_t *buf, size_t len, const char *const *want, int nwant) {
  Cap c;
  cap_begin(&c);
  L2cConfig cfg;
  TensorList l = {0};
  cr_expect_not(l2c_read_mem(buf, len, "bad.bin", &cfg, &l, &c.d), "accepted a bad file");
  cr_expect_eq(l.v.n, 0);
  cr_expect_eq(c.d.nerrors, 1);
  for (int i = 0; i < nwant; i++)
    cr_expect(strstr(cap_text(&c), want[i]), "message lacks '%s':\n%s", want[i], cap_text(&c));
  tl_free(&l);
  cap_end(&c);
}

Test(llama2c, hostile_files_refused) {
  need_data();
  size_t len;
  uint8_t *raw = (uint8_t *)sup_read_file(MODEL, &len);
  cr_assert(raw && len == 1056540);
  expect_refused(raw, 1000, (const char *const[]){"truncated", "1056540 bytes", "the file has 1000"}, 3);
  expect_refused(raw, 20, (const char *const[]){"truncated", "28 bytes", "has 20"}, 3);
  uint8_t *big = xcalloc(1, len + 4);
  memcpy(big, raw, len);
  expect_refused(big, len + 4, (const char *const[]){"contradicts", "1056540 bytes", "the file has 1056544"}, 3);
  /* an unshared header on a shared file: the classifier's bytes are missing */
  int32_t neg = -512;
  memcpy(big + 20, &neg, 4);
  expect_refused(big, len, (const char *const[]){"truncated", "unshared", "1187612 bytes", "has 1056540"}, 4);
  free(big);
  /* not a llama2.c file: GGUF's magic read as dim */
  uint8_t gguf[64] = "GGUF";
  expect_refused(gguf, sizeof gguf, (const char *const[]){"dim", "not a llama2.c model file"}, 2);
  int32_t zero_heads[7] = {64, 172, 5, 0, 4, 512, 512};
  expect_refused((uint8_t *)zero_heads, sizeof zero_heads, (const char *const[]){"n_heads is 0"}, 1);
  int32_t odd_heads[7] = {64, 172, 5, 7, 7, 512, 512};
  expect_refused((uint8_t *)odd_heads, sizeof odd_heads, (const char *const[]){"multiple of n_heads"}, 1);
  free(raw);
  size_t vlen;
  uint8_t *v = make_v1(&vlen);
  int32_t two = 2, seven = 7;
  size_t qlen;
  uint8_t *q = make_v2(&qlen, 3);
  expect_refused(q, qlen, (const char *const[]){"group size 3 does not divide"}, 1);
  free(q);
  q = make_v2(&qlen, 2);
  expect_refused(q, qlen - 1, (const char *const[]){"truncated", "implies"}, 2);
  free(q);
  memcpy(v + 4, &two, 4); /* a version-1 body under a version-2 header (group size 0) */
  expect_refused(v, vlen, (const char *const[]){"Q8_0 group size 0"}, 1);
  memcpy(v + 4, &seven, 4);
  expect_refused(v, vlen, (const char *const[]){"version 7", "unknown"}, 2);
  expect_refused(v, 100, (const char *const[]){"truncated", "256 bytes"}, 2);
  free(v);
}

Test(llama2c, base64_round_trip_and_rejects) {
  const char *cases[] = {"", "f", "fo", "foo", "foob", "fooba", "foobar"};
  const char *enc[] = {"", "Zg==", "Zm8=", "Zm9v", "Zm9vYg==", "Zm9vYmE=", "Zm9vYmFy"}; /* RFC 4648 section 10 */
  for (int i = 0; i < 7; i++) {
    char *e = l2c_base64_encode((const uint8_t *)cases[i], strlen(cases[i]));
    cr_expect_str_eq(e, enc[i]);
    size_t n;
    uint8_t *back = l2c_base64_decode(e, &n);
    cr_assert(back);
    cr_expect(n == strlen(cases[i]) && !memcmp(back, cases[i], n));
    free(back), free(e);
  }
  size_t n;
  cr_expect_null(l2c_base64_decode("Zm9", &n));
  cr_expect_null(l2c_base64_decode("Zm9*", &n));
  cr_expect_null(l2c_base64_decode("Z===", &n));
  cr_expect_null(l2c_base64_decode("Zg==Zm9v", &n));
}

/* ---- llmc import and generate ------------------------------------------------------ */

static char *run_capture(const char *cmd) {
  FILE *f = popen(cmd, "r");
  cr_assert(f, "popen failed: %s", cmd);
  StrBuf b = {0};
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, f)) > 0) sb_putn(&b, buf, n);
  int rc = pclose(f);
  cr_expect_eq(rc, 0, "'%s' exited with %d", cmd, rc);
  sb_cstr(&b); /* NUL-terminates */
  return b.s ? b.s : xstrdup("");
}

/* The imported checkpoint, written once per test into a temporary folder. */
static char *import_once(char *dir) {
  cr_assert(mkdtemp(dir), "mkdtemp failed");
  char *out = xasprintf("%s/s260.safetensors", dir);
  char *cmd = xasprintf("'%s' import llama2c '%s' --tokenizer '%s' -o '%s' 2>&1", LLMC, MODEL, TOK512, out);
  free(run_capture(cmd));
  free(cmd);
  return out;
}

static void remove_dir(const char *dir, const char *ckpt) {
  unlink(ckpt);
  rmdir(dir);
}

Test(import, embeds_the_tokenizer) {
  need_data();
  char dir[] = "/tmp/llmc_l2c_XXXXXX";
  char *ckpt = import_once(dir);
  Cap c;
  cap_begin(&c);
  TensorList l = {0};
  StMeta meta = {0};
  cr_assert(st_read_meta(ckpt, &l, &meta, &c.d), "%s", cap_text(&c));
  cr_expect_eq(l.v.n, 47);
  cr_expect_str_eq(st_meta_get(&meta, "llmc.tokenizer"), "llama2c");
  cr_expect_str_eq(st_meta_get(&meta, "llmc.tokenizer.file"), "tok512.bin");
  size_t n, rawn;
  bool bad;
  uint8_t *tok = l2c_meta_tokenizer_bytes(&meta, ckpt, &n, &bad, &c.d);
  char *raw = sup_read_file(TOK512, &rawn);
  cr_assert(tok && raw && !bad, "%s", cap_text(&c));
  cr_expect(n == rawn && !memcmp(tok, raw, n), "the embedded tokenizer differs from %s", TOK512);
  /* a tampered copy is refused by its digest */
  st_meta_set(&meta, "llmc.tokenizer.sha256", "00");
  cr_expect_null(l2c_meta_tokenizer_bytes(&meta, ckpt, &n, &bad, &c.d));
  cr_expect(bad && strstr(cap_text(&c), "SHA-256"));
  free(tok), free(raw);
  st_meta_free(&meta);
  tl_free(&l);
  cap_end(&c);
  remove_dir(dir, ckpt);
  free(ckpt);
}

/* generate's stdout for args, on a backend (ref: the reference interpreter). */
static char *generate_on(const char *backend, const char *ckpt, const char *args) {
  char *cmd = xasprintf("'%s' generate '%s/examples/llama_stories.llm' --ckpt '%s' --backend %s %s 2>/dev/null", LLMC,
                        LLMC_SOURCE_DIR, ckpt, backend, args);
  char *out = run_capture(cmd);
  free(cmd);
  return out;
}

static char *generate(const char *ckpt, const char *args) { return generate_on("ref", ckpt, args); }

typedef struct ParityCase {
  const char *expected, *llmc_args, *run_args;
} ParityCase;

/* Greedy, 80 positions each (about 75 new tokens), and one sampled case. */
static const ParityCase parity[] = {
    {"llama2c_greedy_empty.txt", "--temperature 0 -n 80", "-t 0 -n 80"},
    {"llama2c_greedy_200.txt", "--temperature 0 -n 200", "-t 0 -n 200"}, /* the reference text of SOURCES.md */
    {"llama2c_greedy_once.txt", "--temperature 0 -n 80 --prompt 'Once upon a time'", "-t 0 -n 80 -i 'Once upon a time'"},
    {"llama2c_greedy_lily.txt", "--temperature 0 -n 80 --prompt 'Lily and Tom'", "-t 0 -n 80 -i 'Lily and Tom'"},
    {"llama2c_greedy_dog.txt", "--temperature 0 -n 80 --prompt 'The little dog'", "-t 0 -n 80 -i 'The little dog'"},
    {"llama2c_t08_p09_s42.txt", "--temperature 0.8 --top-p 0.9 --seed 42 -n 80 --prompt 'Once upon a time'",
     "-t 0.8 -p 0.9 -s 42 -n 80 -i 'Once upon a time'"},
};

Test(generate, matches_run_c_texts, .timeout = 600) {
  need_data();
  char dir[] = "/tmp/llmc_l2c_XXXXXX";
  char *ckpt = import_once(dir);
  for (size_t i = 0; i < sizeof parity / sizeof *parity; i++) {
    char *path = xasprintf("%s%s", EXPECTED, parity[i].expected);
    char *want = sup_read_file(path, NULL);
    cr_assert(want, "cannot read %s", path);
    char *got = generate(ckpt, parity[i].llmc_args);
    cr_expect_str_eq(got, want, "llmc generate %s differs from run.c %s (%s)", parity[i].llmc_args,
                     parity[i].run_args, path);
    free(got), free(want), free(path);
  }
  remove_dir(dir, ckpt);
  free(ckpt);
}

/* The default path on a CPU: OpenCL, incremental decoding as one sequence
 * kernel per token, the caches on the device. */
Test(generate, matches_run_c_texts_opencl, .timeout = 600) {
  need_data();
  const char *why = rt_backend_status(DEV_OPENCL);
  if (why) cr_skip_test("no OpenCL device: %s", why);
  char dir[] = "/tmp/llmc_l2cocl_XXXXXX";
  char *ckpt = import_once(dir);
  for (size_t i = 0; i < sizeof parity / sizeof *parity; i++) {
    char *path = xasprintf("%s%s", EXPECTED, parity[i].expected);
    char *want = sup_read_file(path, NULL);
    cr_assert(want, "cannot read %s", path);
    char *got = generate_on("opencl", ckpt, parity[i].llmc_args);
    cr_expect_str_eq(got, want, "llmc generate --backend opencl %s differs from run.c %s (%s)", parity[i].llmc_args,
                     parity[i].run_args, path);
    free(got), free(want), free(path);
  }
  remove_dir(dir, ckpt);
  free(ckpt);
}

/* An imported base holds none of the example's LoRA weights: generate runs the
 * base model without the LoRA terms, and says so. */
Test(generate, base_checkpoint_runs_the_base_model, .timeout = 600) {
  need_data();
  char dir[] = "/tmp/llmc_l2cbase_XXXXXX";
  char *ckpt = import_once(dir);
  char *cmd = xasprintf("'%s' generate '%s/examples/llama_stories.llm' --ckpt '%s' --backend ref --temperature 0 -n 8 2>&1 >/dev/null",
                        LLMC, LLMC_SOURCE_DIR, ckpt);
  char *err = run_capture(cmd);
  cr_expect(strstr(err, "holds no PEFT weights: generating with the base model"), "stderr: %s", err);
  cr_expect_null(strstr(err, "start from their init"), "stderr: %s", err);
  free(err), free(cmd);
  remove_dir(dir, ckpt);
  free(ckpt);
}

/* The stored texts are what run.c prints today (built from the peer's source). */
Test(generate, stored_texts_are_run_c_output, .timeout = 600) {
  need_data();
  if (access(RUN_C, R_OK)) cr_skip_test("no %s: the stored texts are not rechecked", RUN_C);
  char dir[] = "/tmp/llmc_runc_XXXXXX";
  cr_assert(mkdtemp(dir));
  char *bin = xasprintf("%s/run", dir);
  char *cc = xasprintf("cc -O3 -o '%s' '%s' -lm 2>/dev/null", bin, RUN_C);
  if (system(cc) != 0) {
    free(cc), free(bin);
    rmdir(dir);
    cr_skip_test("cc could not build %s", RUN_C);
  }
  for (size_t i = 0; i < sizeof parity / sizeof *parity; i++) {
    char *cmd = xasprintf("'%s' '%s' -z '%s' %s 2>/dev/null", bin, MODEL, TOK512, parity[i].run_args);
    char *got = run_capture(cmd);
    char *path = xasprintf("%s%s", EXPECTED, parity[i].expected);
    char *want = sup_read_file(path, NULL);
    cr_assert(want);
    cr_expect_str_eq(got, want, "run %s no longer prints %s", parity[i].run_args, path);
    free(got), free(want), free(path), free(cmd);
  }
  unlink(bin);
  rmdir(dir);
  free(cc), free(bin);
}
