/* train_test.h — helpers of test_train.c and test_ckpt.c: a tiny model and
 * text in a fresh temporary folder, and running build/llmc. */
#ifndef LLMC_TRAIN_TEST_H
#define LLMC_TRAIN_TEST_H

#define _POSIX_C_SOURCE 200809L
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "support.h"

/* A 1-layer GPT, d = 32, over a character text (vocab 16 covers the text). */
static const char TT_MODEL[] =
    "import \"nn\"\n"
    "config { vocab = 16; d = 32; heads = 2; n_layers = 1; ctx = 16 }\n"
    "model %s {\n"
    "  wte = param f32[vocab, d] init normal(0, 0.02)\n"
    "  wpe = param f32[ctx, d] init normal(0, 0.02)\n"
    "  blocks = repeat(n_layers) GPTBlock(d, heads)\n"
    "  lnf = LayerNorm(d)\n"
    "  fn forward(idx: i32[B, T]) -> f32[B, T, vocab] {\n"
    "    x = wte[idx] + wpe[0:T]\n"
    "    return lnf(blocks(x)) @ transpose(wte)\n"
    "  }\n"
    "  fn loss(idx: i32[B, T], targets: i32[B, T]) -> f32[] { return cross_entropy(forward(idx), targets) }\n"
    "}\n"
    "train {\n"
    "  data = text(\"tiny.txt\", tokenizer = \"char\", split = 0.9)\n"
    "  batch = 4\n  seq = 16\n  steps = %d\n"
    "  optimizer = %s\n"
    "  schedule = cosine(warmup = 2, min_lr = 1e-3)\n"
    "  clip = 1.0\n  eval_every = %d\n  eval_steps = 2\n  save_every = %d\n  seed = 7\n"
    "}\n";

/* Makes DIR (mkdtemp) holding NAME.llm (model NAME) and tiny.txt; returns DIR. */
static inline char *tt_setup(const char *name, int steps, const char *optimizer, int eval_every, int save_every) {
  char tmpl[] = "/tmp/llmc_train_XXXXXX";
  char *dir = mkdtemp(tmpl);
  cr_assert(dir, "mkdtemp failed");
  dir = xstrdup(dir);
  char *p = xasprintf("%s/%s.llm", dir, name);
  FILE *f = fopen(p, "w");
  cr_assert(f);
  fprintf(f, TT_MODEL, name, steps, optimizer, eval_every, save_every);
  fclose(f);
  free(p);
  p = xasprintf("%s/tiny.txt", dir);
  f = fopen(p, "w");
  cr_assert(f);
  static const char *const words[] = {"the ", "cat ", "sat ", "on ", "a ", "mat ", "and ", "ate ", "fish\n"};
  uint64_t s = 12345;
  for (int i = 0; i < 3000; i++) {
    s = s * 6364136223846793005ULL + 1442695040888963407ULL;
    fputs(words[(s >> 33) % 9], f);
  }
  fclose(f);
  free(p);
  return dir;
}

/* Runs `llmc ARGS` (a shell fragment) with stdout and stderr into *out
 * (may be NULL); returns the exit status. */
static inline int tt_llmc(char **out, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  StrBuf args = {0};
  sb_vprintf(&args, fmt, ap);
  va_end(ap);
  char *log = xasprintf("/tmp/llmc_train_log_%ld.txt", (long)getpid());
  char *cmd = xasprintf("%s/llmc %s >%s 2>&1", LLMC_BINARY_DIR, sb_cstr(&args), log);
  int rc = system(cmd);
  if (out) {
    size_t n;
    *out = sup_read_file(log, &n);
    if (!*out) *out = xstrdup("");
  }
  remove(log);
  free(cmd);
  free(log);
  sb_free(&args);
  return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

/* The "loss" values of metrics.jsonl, in order, as their exact text. */
static inline char *tt_losses(const char *dir) {
  char *p = xasprintf("%s/metrics.jsonl", dir);
  size_t n = 0;
  char *text = sup_read_file(p, &n);
  free(p);
  StrBuf b = {0};
  for (char *line = text ? strtok(text, "\n") : NULL; line; line = strtok(NULL, "\n")) {
    char *l = strstr(line, "\"loss\": "), *v = strstr(line, "\"val_loss\": ");
    char *at = l ? l : v;
    if (!at) continue;
    char *end = strchr(at, ',');
    if (!end) end = strchr(at, '}');
    sb_putn(&b, at, (size_t)(end - at));
    sb_putc(&b, '\n');
  }
  free(text);
  char *r = xstrdup(sb_cstr(&b));
  sb_free(&b);
  return r;
}

#endif
