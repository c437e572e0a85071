/* test_ckpt.c — hostile checkpoints: truncated, from another model, of
 * other shapes, with corrupt metadata, or resumed with a changed config, are
 * refused with a message naming the file and what differs; and the
 * safetensors metadata round trip. */
#include "train_test.h"

#include "safetensors.h"

/* A trained run (reference interpreter: fast) in DIR/run; returns DIR. */
static char *trained(void) {
  char *dir = tt_setup("Tiny", 4, "sgd(lr = 0.05, momentum = 0.9)", 2, 0);
  char *out = NULL;
  int rc = tt_llmc(&out, "train %s/Tiny.llm --out %s/run --backend ref", dir, dir);
  cr_assert_eq(rc, 0, "llmc train failed:\n%s", out);
  free(out);
  return dir;
}

static char *read_all(const char *path, size_t *n) {
  char *s = sup_read_file(path, n);
  cr_assert(s, "cannot read %s", path);
  return s;
}

static void write_all(const char *path, const char *s, size_t n) {
  FILE *f = fopen(path, "wb");
  cr_assert(f);
  cr_assert_eq(fwrite(s, 1, n, f), n);
  fclose(f);
}

/* Replaces the first `from` in the file by `to` (same length: the header keeps its size). */
static void patch(const char *src, const char *dst, const char *from, const char *to) {
  size_t n;
  char *s = read_all(src, &n);
  cr_assert_eq(strlen(from), strlen(to));
  char *at = NULL;
  for (size_t i = 0; i + strlen(from) <= n && !at; i++)
    if (!memcmp(s + i, from, strlen(from))) at = s + i;
  cr_assert(at, "%s: '%s' not found", src, from);
  memcpy(at, to, strlen(to));
  write_all(dst, s, n);
  free(s);
}

/* Runs llmc; asserts it fails and that its output holds every string of `want`. */
static void refused(const char *what, const char *const *want, int nwant, const char *fmt, const char *a,
                    const char *b) {
  char *out = NULL;
  int rc = tt_llmc(&out, fmt, a, b);
  cr_assert_neq(rc, 0, "%s: accepted:\n%s", what, out);
  for (int i = 0; i < nwant; i++)
    cr_assert(strstr(out, want[i]), "%s: the message does not name '%s':\n%s", what, want[i], out);
  free(out);
}

Test(ckpt, hostile_files_are_refused_by_name, .timeout = 120) {
  char *dir = trained();
  char *ck = xasprintf("%s/run/ckpt-4.safetensors", dir), *bad = xasprintf("%s/bad.safetensors", dir);
  char *model = xasprintf("%s/Tiny.llm", dir);
  size_t n;
  char *s = read_all(ck, &n);
  /* the good one loads */
  char *out = NULL;
  int rc = tt_llmc(&out, "eval %s --ckpt %s --backend ref --json", model, ck);
  cr_assert_eq(rc, 0, "the checkpoint does not load:\n%s", out);
  cr_assert(strstr(out, "\"perplexity\""), "%s", out);
  free(out);

  s[n - 3] ^= 0x40; /* a flipped bit in the last parameter's data */
  write_all(bad, s, n);
  refused("flipped bit", (const char *[]){bad, "checksum", "corrupt"}, 3, "eval %s --ckpt %s --backend ref", model, bad);
  s[n - 3] ^= 0x40;
  write_all(bad, s, n / 2); /* truncated */
  refused("truncated", (const char *[]){bad}, 1, "eval %s --ckpt %s --backend ref", model, bad);
  write_all(bad, s, 5); /* shorter than the header length */
  refused("5 bytes", (const char *[]){bad, "too short"}, 2, "eval %s --ckpt %s --backend ref", model, bad);
  free(s);

  /* other shapes: d = 48; another depth: a tensor missing */
  refused("wrong shape", (const char *[]){ck, "wte", "[16, 32]", "[16, 48]"}, 4,
          "eval %s --ckpt %s --backend ref --set d=48", model, ck);
  refused("missing tensor", (const char *[]){ck, "blocks.1", "missing"}, 3,
          "eval %s --ckpt %s --backend ref --set n_layers=2", model, ck);
  /* another model with the same parameters */
  char *dir2 = tt_setup("Other", 4, "sgd(lr = 0.05, momentum = 0.9)", 2, 0);
  char *other = xasprintf("%s/Other.llm", dir2);
  refused("wrong model", (const char *[]){ck, "Tiny", "Other"}, 3, "eval %s --ckpt %s --backend ref", other, ck);

  /* corrupt metadata: a value that is not a string; a step that is not a number */
  patch(ck, bad, "\"llmc.model\":\"Tiny\"", "\"llmc.model\":123456");
  refused("metadata not a string", (const char *[]){bad, "llmc.model", "string"}, 3,
          "eval %s --ckpt %s --backend ref", model, bad);
  char *rdir = xasprintf("%s/run", dir);
  patch(ck, ck, "\"llmc.step\":\"4\"", "\"llmc.step\":\"?\"");
  refused("step not a number", (const char *[]){ck, "llmc.step"}, 2, "train %s --resume %s --backend ref", model, rdir);
  patch(ck, ck, "\"llmc.step\":\"?\"", "\"llmc.step\":\"4\"");
  /* a changed config on resume */
  refused("changed config", (const char *[]){ck, "llmc.train.batch", "differs"}, 3,
          "train %s --resume %s --backend ref --set train.batch=8", model, rdir);
  refused("changed config value", (const char *[]){ck, "llmc.config.sets", "heads=4"}, 3,
          "train %s --resume %s --backend ref --set heads=4", model, rdir);
  /* the tokenizer's vocabulary changed */
  patch(ck, ck, "\"llmc.tokenizer.vocab\":\"\\u000a", "\"llmc.tokenizer.vocab\":\"\\u0051");
  refused("tokenizer", (const char *[]){ck, "llmc.tokenizer.vocab"}, 2, "train %s --resume %s --backend ref", model,
          rdir);
  free(rdir);
  free(other);
  free(dir2);
  free(model);
  free(bad);
  free(ck);
  free(dir);
}

Test(ckpt, metadata_round_trip) {
  char tmpl[] = "/tmp/llmc_ckpt_XXXXXX";
  char *dir = mkdtemp(tmpl);
  cr_assert(dir);
  char *path = xasprintf("%s/m.safetensors", dir);
  TensorList l = {0};
  int64_t two = 2;
  Tensor *t = tensor_new("w", DT_F32, 1, &two);
  tensor_set(t, 1, 3.5);
  tl_add(&l, t);
  StMeta m = {0};
  st_meta_set(&m, "llmc.step", "12");
  st_meta_set(&m, "quote\"and\\slash", "line\nbreak \xc3\xa9");
  st_meta_set(&m, "llmc.step", "13"); /* replaces */
  Diag d;
  diag_init(&d, stderr);
  cr_assert(st_write_meta(path, &l, &m, &d));
  TensorList back = {0};
  StMeta got = {0};
  cr_assert(st_read_meta(path, &back, &got, &d));
  cr_assert_str_eq(st_meta_get(&got, "llmc.step"), "13");
  cr_assert_str_eq(st_meta_get(&got, "quote\"and\\slash"), "line\nbreak \xc3\xa9");
  cr_assert_str_eq(st_meta_get(&got, "format"), "pt", "the Hugging Face loaders' format key is kept");
  cr_assert_eq(tensor_get(tl_find(&back, "w"), 1), 3.5);
  /* plain st_read still reads it */
  TensorList plain = {0};
  cr_assert(st_read(path, &plain, &d));
  cr_assert_eq(plain.v.n, 1);
  remove(path);
  rmdir(dir);
  tl_free(&l);
  tl_free(&back);
  tl_free(&plain);
  st_meta_free(&m);
  st_meta_free(&got);
  diag_free(&d);
  free(path);
}
