/* test_valid.c — valid programs (tests/valid/NAME.llm, written from LANGUAGE.md)
 * must check with no diagnostics at all; a few of them also have their
 * parameter tables, --set overrides and train/finetune settings asserted.
 *
 * Files in tests/valid/lib/ are libraries imported by the programs, not programs.
 * Data files (text("tiny.txt"), tsv("tiny.tsv")) come from tests/golden/data. */
#define _XOPEN_SOURCE 700
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <criterion/criterion.h>
#include <criterion/parameterized.h>

#include "frontend.h"
#include "model.h"

#define VALID_DIR LLMC_SOURCE_DIR "/tests/valid"

/* One checked program, its diagnostics captured. */
typedef struct Checked {
  Diag d;
  Program *p;
  FILE *mem;
  char *out;
  size_t outlen;
  bool ok;
} Checked;

/* Loads and checks tests/valid/FILE with the given --set strings. */
static void check_file(Checked *c, const char *file, const char *const *sets, int nsets) {
  memset(c, 0, sizeof *c);
  cr_assert(chdir(VALID_DIR) == 0, "cannot enter %s", VALID_DIR);
  c->mem = open_memstream(&c->out, &c->outlen);
  diag_init(&c->d, c->mem);
  c->d.max_errors = 0;
  FeOptions o = {0};
  o.stdlib_dir = LLMC_SOURCE_DIR "/stdlib";
  o.data_dir = LLMC_SOURCE_DIR "/tests/golden/data";
  o.check_files = true;
  o.sets = sets;
  o.nsets = nsets;
  c->p = fe_program_new(&c->d, &o);
  bool loaded = fe_load(c->p, file);
  bool checked = fe_check(c->p);
  c->ok = loaded && checked;
  fflush(c->mem);
}

static void checked_free(Checked *c) {
  fe_program_free(c->p);
  diag_free(&c->d);
  fclose(c->mem);
  free(c->out);
}

static const ParamInfo *find_param(const Model *m, const char *name) {
  for (int i = 0; i < m->params.n; i++)
    if (!strcmp(m->params.v[i].name, name)) return &m->params.v[i];
  return NULL;
}

/* Asserts that a program checks cleanly and returns its model. */
static const Model *expect_clean(Checked *c, const char *file, const char *const *sets, int nsets) {
  check_file(c, file, sets, nsets);
  cr_assert(c->ok && c->d.nerrors == 0, "%s should check cleanly, but:\n%s", file, c->out ? c->out : "");
  const Model *m = fe_model(c->p);
  cr_assert(m, "%s: no model after checking", file);
  return m;
}

/* ---- every program checks cleanly ---------------------------------------------- */

typedef struct ValidCase {
  char name[128];
} ValidCase;

static int cmp_case(const void *a, const void *b) {
  return strcmp(((const ValidCase *)a)->name, ((const ValidCase *)b)->name);
}

static void free_cases(struct criterion_test_params *cp) { cr_free(cp->params); }

ParameterizedTestParameters(valid, checks_cleanly) {
  size_t cap = 64, n = 0;
  ValidCase *v = cr_malloc(cap * sizeof *v);
  DIR *dir = opendir(VALID_DIR);
  if (dir) {
    struct dirent *e;
    while ((e = readdir(dir))) {
      size_t ln = strlen(e->d_name);
      if (ln < 5 || strcmp(e->d_name + ln - 4, ".llm") != 0 || ln >= sizeof v[0].name) continue;
      if (n == cap) v = cr_realloc(v, (cap *= 2) * sizeof *v);
      memset(&v[n], 0, sizeof v[n]);
      memcpy(v[n].name, e->d_name, ln);
      n++;
    }
    closedir(dir);
  }
  qsort(v, n, sizeof *v, cmp_case);
  return cr_make_param_array(ValidCase, v, n, free_cases);
}

ParameterizedTest(ValidCase *vc, valid, checks_cleanly) {
  Checked c;
  check_file(&c, vc->name, NULL, 0);
  cr_expect(c.ok && c.d.nerrors == 0, "%s should check with no errors, but:\n%s", vc->name, c.out);
  cr_expect(c.outlen == 0, "%s should check with no diagnostics at all, but:\n%s", vc->name, c.out);
  const Model *m = fe_model(c.p);
  cr_expect(m && m->has_forward, "%s: the model should have a forward", vc->name);
  checked_free(&c);
}

Test(valid, enough_programs) {
  DIR *dir = opendir(VALID_DIR);
  cr_assert(dir);
  int n = 0;
  struct dirent *e;
  while ((e = readdir(dir))) {
    size_t ln = strlen(e->d_name);
    if (ln > 4 && !strcmp(e->d_name + ln - 4, ".llm")) n++;
  }
  closedir(dir);
  cr_expect(n >= 15, "only %d valid programs", n);
}

/* ---- parameter tables -------------------------------------------------------------- */

/* GPTBlock(d, heads) with kv_heads = heads: two LayerNorms (4d), four biased
 * d x d projections (4d^2 + 4d), MLP d -> 4d -> d (8d^2 + 5d). */
static int64_t gpt_block_params(int64_t d) { return 12 * d * d + 13 * d; }

/* gpt_tied.llm: vocab 32, ctx 16, 2 blocks, tied head, final LayerNorm. */
static int64_t gpt_tied_params(int64_t d) { return 32 * d + 16 * d + 2 * gpt_block_params(d) + 2 * d; }

Test(valid, gpt_tied_param_count) {
  Checked c;
  const Model *m = expect_clean(&c, "gpt_tied.llm", NULL, 0);
  cr_expect_eq(m->total_params, gpt_tied_params(48), "total %lld", (long long)m->total_params);
  cr_expect_eq(m->total_params, 58944);
  cr_expect_eq(m->params.n, 36);
  cr_expect(m->has_forward && m->has_loss);
  cr_expect_str_eq(m->name, "TinyGPT");
  /* declaration order and stdlib member names */
  cr_expect_str_eq(m->params.v[0].name, "tok");
  cr_expect_str_eq(m->params.v[1].name, "pos");
  cr_expect_str_eq(m->params.v[2].name, "blocks.0.ln1.w");
  const ParamInfo *wk = find_param(m, "blocks.1.attn.wk.w");
  cr_assert(wk);
  cr_expect(wk->rank == 2 && wk->dims[0] == 48 && wk->dims[1] == 48);
  const ParamInfo *fc = find_param(m, "blocks.1.mlp.fc.w");
  cr_assert(fc);
  cr_expect(fc->dims[0] == 48 && fc->dims[1] == 192 && fc->count == 48 * 192);
  cr_expect_eq(fc->init, INIT_NORMAL);
  cr_expect_float_eq(fc->init_b, 0.02, 1e-12);
  const ParamInfo *lnw = find_param(m, "ln_f.w");
  cr_assert(lnw);
  cr_expect_eq(lnw->init, INIT_ONES);
  checked_free(&c);
}

Test(valid, set_changes_param_count) {
  const char *sets[] = {"d=32"};
  Checked c;
  const Model *m = expect_clean(&c, "gpt_tied.llm", sets, 1);
  cr_expect_eq(m->total_params, gpt_tied_params(32), "total %lld", (long long)m->total_params);
  cr_expect_eq(m->total_params, 27008);
  const ParamInfo *tok = find_param(m, "tok");
  cr_assert(tok);
  cr_expect(tok->dims[0] == 32 && tok->dims[1] == 32);
  checked_free(&c);
}

Test(valid, set_several_and_train_key) {
  const char *sets[] = {"n_layers=3", "d=16", "train.steps=500", "train.optimizer=sgd(lr = 0.5)"};
  Checked c;
  const Model *m = expect_clean(&c, "gpt_tied.llm", sets, 4);
  cr_expect_eq(m->total_params, 32 * 16 + 16 * 16 + 3 * gpt_block_params(16) + 2 * 16);
  cr_expect(find_param(m, "blocks.2.ln2.b") != NULL);
  const Spec *steps = spec_get(&m->train, "steps");
  cr_assert(steps);
  cr_expect_eq(steps->kind, SPEC_INT);
  cr_expect_eq(steps->i, 500);
  const Spec *opt = spec_get(&m->train, "optimizer");
  cr_assert(opt && opt->kind == SPEC_RECORD);
  cr_expect_str_eq(opt->s, "sgd");
  cr_expect_float_eq(spec_num(spec_field(opt, "lr"), 0), 0.5, 1e-12);
  checked_free(&c);
}

Test(valid, set_unknown_name_is_error) {
  const char *sets[] = {"nosuch=1"};
  Checked c;
  check_file(&c, "gpt_tied.llm", sets, 1);
  cr_expect(!c.ok && c.d.nerrors > 0, "--set nosuch=1 should be an error");
  cr_expect(c.out && strstr(c.out, "nosuch"), "the error should name 'nosuch':\n%s", c.out);
  checked_free(&c);
}

Test(valid, set_misspelled_name_suggests) {
  const char *sets[] = {"n_layer=3"};
  Checked c;
  check_file(&c, "gpt_tied.llm", sets, 1);
  cr_expect(c.d.nerrors > 0);
  cr_expect(c.out && strstr(c.out, "n_layers"), "should suggest n_layers:\n%s", c.out);
  checked_free(&c);
}

Test(valid, set_non_whole_dim_is_error) {
  const char *sets[] = {"d=30"}; /* heads = 4 does not divide 30 */
  Checked c;
  check_file(&c, "gpt_tied.llm", sets, 1);
  cr_expect(c.d.nerrors > 0, "d=30 with 4 heads should not check");
  checked_free(&c);
}

Test(valid, handwritten_gpt_param_count) {
  Checked c;
  const Model *m = expect_clean(&c, "gpt_handwritten.llm", NULL, 0);
  /* wte 20x32, wpe 12x32; per block: 2 norms (2x32), qkv 32x96+96, out 32x32+32,
   * up 32x128+128, down 128x32+32; final norm 32; head 32x20+20 */
  int64_t block = 2 * 32 + (32 * 96 + 96) + (32 * 32 + 32) + (32 * 128 + 128) + (128 * 32 + 32);
  cr_expect_eq(m->total_params, 20 * 32 + 12 * 32 + 2 * block + 32 + (32 * 20 + 20));
  cr_expect_eq(m->total_params, 26996);
  checked_free(&c);
}

Test(valid, llama_gqa_param_count) {
  Checked c;
  const Model *m = expect_clean(&c, "llama_gqa.llm", NULL, 0);
  /* d 32, heads 8 (head size 4), kv_heads 2 -> wk, wv are 32 x 8; no biases */
  const ParamInfo *wk = find_param(m, "layers.2.attention.wk.w");
  cr_assert(wk, "layers.2.attention.wk.w missing");
  cr_expect(wk->dims[0] == 32 && wk->dims[1] == 8, "wk is [%lld, %lld]", (long long)wk->dims[0], (long long)wk->dims[1]);
  cr_expect(find_param(m, "layers.0.attention.wq.b") == NULL, "LlamaBlock attention has no biases");
  cr_expect(find_param(m, "layers.0.feed_forward.w3.w") != NULL);
  cr_expect(find_param(m, "layers.0.attention_norm.w") != NULL);
  int64_t block = 32 + (32 * 32 + 32 * 8 + 32 * 8 + 32 * 32) + 32 + 3 * 32 * 88;
  cr_expect_eq(m->total_params, 256 * 32 + 3 * block + 32 + 32 * 256);
  cr_expect_eq(m->total_params, 49632);
  const Spec *opt = spec_get(&m->train, "optimizer");
  cr_assert(opt && opt->kind == SPEC_RECORD);
  cr_expect_str_eq(opt->s, "sgd");
  cr_expect_float_eq(spec_num(spec_field(opt, "momentum"), -1), 0.9, 1e-12);
  checked_free(&c);
}

Test(valid, mlp_classifier_param_count) {
  Checked c;
  const Model *m = expect_clean(&c, "mlp_classifier.llm", NULL, 0);
  cr_expect_eq(m->total_params, 256 * 16 + (16 * 32 + 32) + (32 * 16 + 16) + (16 * 2 + 2));
  cr_expect_eq(m->total_params, 5202);
  const Spec *data = spec_get(&m->train, "data");
  cr_assert(data && data->kind == SPEC_RECORD);
  cr_expect_str_eq(data->s, "tsv");
  const Spec *labels = spec_field(data, "labels");
  cr_assert(labels && labels->kind == SPEC_LIST && labels->n == 2);
  cr_expect_str_eq(labels->items[1]->s, "spam");
  checked_free(&c);
}

Test(valid, rope_mqa_param_count) {
  Checked c;
  const Model *m = expect_clean(&c, "rope_mqa.llm", NULL, 0);
  /* kv_heads = 1: wk and wv are 32 x 8 */
  const ParamInfo *wv = find_param(m, "block.attn.wv.w");
  cr_assert(wv);
  cr_expect(wv->dims[1] == 8);
  cr_expect_eq(m->total_params, 48 * 32 + 32 + (2 * 32 * 32 + 2 * 32 * 8) + 32 + 3 * 32 * 64 + 32 * 48);
  checked_free(&c);
}

Test(valid, compile_time_if_takes_branches) {
  Checked c;
  const Model *m = expect_clean(&c, "compile_time_if.llm", NULL, 0);
  /* use_bias = false: first has `scale`, no `b`; second (bias = true) has `b` */
  cr_expect(find_param(m, "first.scale") != NULL);
  cr_expect(find_param(m, "first.b") == NULL);
  cr_expect(find_param(m, "second.b") != NULL);
  cr_expect(find_param(m, "second.scale") == NULL);
  cr_expect_eq(m->total_params, 256 + 1 + 256 + 16);
  checked_free(&c);

  const char *sets[] = {"depth=1", "use_bias=true"};
  m = expect_clean(&c, "compile_time_if.llm", sets, 2);
  cr_expect(find_param(m, "second.w") == NULL, "depth=1 drops the second layer");
  cr_expect(find_param(m, "first.b") != NULL);
  cr_expect_eq(m->total_params, 256 + 16);
  checked_free(&c);
}

Test(valid, repeat_makes_independent_copies) {
  Checked c;
  const Model *m = expect_clean(&c, "repeat_custom.llm", NULL, 0);
  cr_expect(find_param(m, "stack.0.w") && find_param(m, "stack.2.w") && find_param(m, "extra.0.w"));
  cr_expect(find_param(m, "stack.3.w") == NULL);
  cr_expect_eq(m->total_params, 4 * 64);
  checked_free(&c);
}

Test(valid, finetune_freeze_and_peft) {
  Checked c;
  const Model *m = expect_clean(&c, "finetune_peft.llm", NULL, 0);
  const ParamInfo *e = find_param(m, "embed.w"), *q = find_param(m, "blocks.1.attn.wq.w");
  const ParamInfo *h = find_param(m, "head.w"), *n = find_param(m, "norm.b");
  cr_assert(e && q && h && n);
  cr_expect(e->frozen && q->frozen, "embed.* and blocks.* are frozen");
  cr_expect(!h->frozen && !n->frozen, "head and norm stay trainable");
  int64_t trainable = 0;
  for (int i = 0; i < m->params.n; i++)
    if (!m->params.v[i].frozen) trainable += m->params.v[i].count;
  /* LoRA's matrices, the adapters and the prompt are parameters too
   * (docs/peft.md), trainable: A [16, 4] and B [4, 16] on wq and wv of both
   * blocks; down [16, 4] + [4] and up [4, 16] + [16] after mlp.proj of both;
   * prompt_embeddings [3, 16] */
  int64_t nlora = 2 * 2 * (16 * 4 + 4 * 16) + 2 * (16 * 4 + 4 + 4 * 16 + 16) + 3 * 16;
  const ParamInfo *pe = find_param(m, "prompt_embeddings");
  cr_expect(pe && pe->dims[0] == 3 && pe->dims[1] == 16 && !pe->frozen);
  cr_expect(find_param(m, "blocks.1.attn.wq.lora_A") && !find_param(m, "blocks.1.attn.wk.lora_A"));
  cr_expect_eq(trainable, 2 * 16 + 16 * 40 + 40 + nlora);
  cr_expect_eq(m->total_params, 40 * 16 + 2 * gpt_block_params(16) + 2 * 16 + 16 * 40 + 40 + nlora);
  cr_expect(m->finetune.present);
  const Spec *lora = spec_get(&m->finetune, "lora");
  cr_assert(lora && lora->kind == SPEC_RECORD);
  cr_expect_eq(spec_field(lora, "rank")->i, 4);
  cr_expect_float_eq(spec_num(spec_field(lora, "alpha"), 0), 8, 1e-12);
  const Spec *targets = spec_field(lora, "targets");
  cr_assert(targets && targets->kind == SPEC_LIST && targets->n == 2);
  cr_expect_str_eq(targets->items[0]->s, "*.attn.wq");
  const Spec *prompt = spec_get(&m->finetune, "prompt");
  cr_assert(prompt);
  cr_expect_eq(spec_field(prompt, "tokens")->i, 3);
  const Spec *ad = spec_get(&m->finetune, "adapter");
  cr_assert(ad);
  cr_expect_eq(spec_field(ad, "size")->i, 4);
  checked_free(&c);
}

Test(valid, frozen_keyword_and_inits) {
  Checked c;
  const Model *m = expect_clean(&c, "inits_frozen.llm", NULL, 0);
  const ParamInfo *t = find_param(m, "table"), *u = find_param(m, "u"), *k = find_param(m, "k");
  cr_assert(t && u && k);
  cr_expect(t->frozen);
  cr_expect(t->dims[0] == 8, "big = 2 ^ 3 folds to 8");
  cr_expect(!u->frozen);
  cr_expect_eq(u->init, INIT_UNIFORM);
  cr_expect(u->init_a == -1 && u->init_b == 1);
  cr_expect(u->rank == 3 && u->count == 24);
  cr_expect_eq(k->init, INIT_CONSTANT);
  cr_expect(k->rank == 0 && k->count == 1);
  cr_expect_float_eq(k->init_a, 0.25, 1e-12);
  cr_expect_eq(m->total_params, 12 + 4 + 16 + 24 + 1 + 32);
  checked_free(&c);
}

Test(valid, mixed_precision_dtypes) {
  Checked c;
  const Model *m = expect_clean(&c, "mixed_precision.llm", NULL, 0);
  cr_expect_eq(find_param(m, "w16")->dtype, DT_F16);
  cr_expect_eq(find_param(m, "wb")->dtype, DT_BF16);
  checked_free(&c);
}

Test(valid, train_defaults_filled) {
  Checked c;
  const Model *m = expect_clean(&c, "gpt_tied.llm", NULL, 0);
  cr_expect(m->train.present);
  cr_expect_eq(spec_get(&m->train, "batch")->i, 4);
  cr_expect_eq(spec_get(&m->train, "seed")->i, 7);
  const Spec *ga = spec_get(&m->train, "grad_accum");
  cr_assert(ga, "defaults are filled in");
  cr_expect_eq(ga->i, 1);
  const Spec *data = spec_get(&m->train, "data");
  cr_assert(data && data->kind == SPEC_RECORD);
  cr_expect_str_eq(data->s, "text");
  const Spec *path = spec_field(data, "path");
  cr_assert(path && path->kind == SPEC_STR);
  cr_expect(strstr(path->s, "tiny.txt") != NULL, "the resolved data path: %s", path->s);
  const Spec *sched = spec_get(&m->train, "schedule");
  cr_assert(sched && sched->kind == SPEC_RECORD);
  cr_expect_str_eq(sched->s, "cosine");
  cr_expect_eq(spec_field(sched, "warmup")->i, 2);
  checked_free(&c);
}

/* ---- regressions ------------------------------------------------------------------- */

/* adapter(size, targets) puts a bottleneck after the targeted *modules*
 * (LANGUAGE.md section 8), so targets like "*.mlp" or "block.attn" are valid; the
 * checker applies LoRA's rule (a module instance with a 2-d weight 'w') to them. */
Test(valid_fixed, adapter_targets_are_modules) {
  Checked c;
  expect_clean(&c, "adapter_module_target.llm", NULL, 0);
  checked_free(&c);
}
