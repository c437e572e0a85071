/* test_adapter.c — adapter checkpoints end to end (docs/peft.md): `llmc
 * train` on a model with a finetune block saves only the trainable tensors
 * and their optimiser state, with its base named by SHA-256; resuming from
 * one is bit-exact; eval, generate and merge load the base and the adapter
 * over it; a base with another hash is refused naming both; the merged
 * model's logits equal the unmerged one's; prompt tuning's ctx bound. The
 * base is a tiny GPT trained for a few steps (train_test.h). */
#include "train_test.h"

#include <math.h>

#include "fe_peft.h"
#include "interp.h"
#include "pipeline.h"
#include "tokenizer.h"
#include "trainer.h"

#define FT_BLOCK                                                                                  \
  "finetune {\n  from = safetensors(\"base/ckpt-4.safetensors\")\n  freeze = [\"*\"]\n"           \
  "  lora = lora(rank = 2, alpha = 4, targets = [\"*.attn.wq\", \"*.attn.wv\"])\n}\n"

/* DIR with Tiny.llm, its 4-step checkpoint DIR/base/ckpt-4.safetensors and
 * FT.llm: Tiny with a finetune block (LoRA over that base, everything else
 * frozen) and `steps` steps. */
static char *ft_setup(int steps) {
  char *dir = tt_setup("Tiny", 4, "adamw(lr = 1e-2, betas = [0.9, 0.99], weight_decay = 0.1)", 0, 0);
  char *out = NULL;
  int rc = tt_llmc(&out, "train %s/Tiny.llm --out %s/base --backend ref", dir, dir);
  cr_assert_eq(rc, 0, "training the base failed:\n%s", out);
  free(out);
  char *p = xasprintf("%s/Tiny.llm", dir);
  size_t n = 0;
  char *src = sup_read_file(p, &n);
  cr_assert(src);
  free(p);
  char *steps_line = strstr(src, "steps = 4");
  cr_assert(steps_line);
  *steps_line = 0;
  p = xasprintf("%s/FT.llm", dir);
  FILE *f = fopen(p, "w");
  cr_assert(f);
  fprintf(f, "%ssteps = %d%s%s", src, steps, steps_line + strlen("steps = 4"), FT_BLOCK);
  fclose(f);
  free(p);
  free(src);
  return dir;
}

static void read_ckpt(const char *path, TensorList *t, StMeta *meta) {
  Diag d;
  diag_init(&d, stderr);
  cr_assert(st_read_meta(path, t, meta, &d), "cannot read %s", path);
  diag_free(&d);
}

Test(adapter, checkpoint_holds_the_trainable_tensors_and_resumes_bit_exact, .timeout = 300) {
  char *dir = ft_setup(6), *out = NULL;
  int rc = tt_llmc(&out, "train %s/FT.llm --out %s/a --set train.eval_every=3", dir, dir);
  cr_assert_eq(rc, 0, "llmc train FT.llm failed:\n%s", out);
  free(out);
  rc = tt_llmc(&out, "train %s/FT.llm --out %s/b --set train.eval_every=3 --stop-after 3", dir, dir);
  cr_assert_eq(rc, 0, "llmc train --stop-after 3 failed:\n%s", out);
  free(out);
  rc = tt_llmc(&out, "train %s/FT.llm --resume %s/b --set train.eval_every=3", dir, dir);
  cr_assert_eq(rc, 0, "llmc train --resume failed:\n%s", out);
  free(out);
  char *a = xasprintf("%s/a", dir), *b = xasprintf("%s/b", dir);
  char *la = tt_losses(a), *lb = tt_losses(b);
  cr_assert_str_eq(la, lb, "resumed losses differ:\nuninterrupted:\n%s\nresumed:\n%s", la, lb);
  /* the tensors: LoRA's and their AdamW moments only; the base named by its hash */
  TensorList t = {0};
  StMeta meta = {0};
  char *ck = xasprintf("%s/ckpt-6.safetensors", a), *base = xasprintf("%s/base/ckpt-4.safetensors", dir);
  read_ckpt(ck, &t, &meta);
  cr_assert_eq(t.v.n, 4 * 3, "lora_A and lora_B of wq and wv, and opt.m and opt.v of each; got %d tensors", t.v.n);
  for (int i = 0; i < t.v.n; i++) cr_assert(strstr(t.v.v[i]->name, ".lora_"), "%s in the adapter", t.v.v[i]->name);
  cr_assert(tl_find(&t, "blocks.0.attn.wq.lora_B") && tl_find(&t, "opt.v.blocks.0.attn.wv.lora_A"));
  size_t n = 0;
  char *bytes = sup_read_file(base, &n), hex[65];
  tok_sha256_hex(bytes, n, hex);
  free(bytes);
  cr_assert_str_eq(st_meta_get(&meta, "llmc.checkpoint"), "adapter");
  cr_assert_str_eq(st_meta_get(&meta, "llmc.base"), "ckpt-4.safetensors");
  cr_assert_str_eq(st_meta_get(&meta, "llmc.base.sha256"), hex);
  tl_free(&t);
  st_meta_free(&meta);
  free(ck);
  free(base);
  free(la);
  free(lb);
  free(a);
  free(b);
  free(dir);
}

/* eval reads an adapter given as --ckpt or --adapter alike; another base is
 * refused naming both files and both hashes */
Test(adapter, eval_generate_and_a_base_of_another_hash, .timeout = 300) {
  char *dir = ft_setup(4), *out = NULL, *o1 = NULL, *o2 = NULL;
  int rc = tt_llmc(&out, "train %s/FT.llm --out %s/a --backend ref", dir, dir);
  cr_assert_eq(rc, 0, "llmc train FT.llm failed:\n%s", out);
  free(out);
  rc = tt_llmc(&o1, "eval %s/FT.llm --ckpt %s/a/ckpt-4.safetensors --backend ref --json", dir, dir);
  cr_assert_eq(rc, 0, "eval --ckpt ADAPTER failed:\n%s", o1);
  rc = tt_llmc(&o2, "eval %s/FT.llm --adapter %s/a/ckpt-4.safetensors --backend ref --json", dir, dir);
  cr_assert_eq(rc, 0, "eval --adapter failed:\n%s", o2);
  cr_assert(strstr(o1, "\"perplexity\"") && strstr(o1, "parameters from the adapter"), "%s", o1);
  cr_assert_str_eq(strstr(o1, "{\"loss\""), strstr(o2, "{\"loss\""));
  free(o1);
  free(o2);
  rc = tt_llmc(&out, "generate %s/FT.llm --adapter %s/a/ckpt-4.safetensors --backend ref -n 12 --temperature 0 "
                     "--prompt the",
               dir, dir);
  cr_assert_eq(rc, 0, "generate --adapter failed:\n%s", out);
  free(out);
  /* a base of another hash: the adapter itself will do */
  rc = tt_llmc(&out, "eval %s/FT.llm --adapter %s/a/ckpt-4.safetensors --ckpt %s/a/ckpt-4.safetensors --backend ref",
               dir, dir, dir);
  cr_assert_neq(rc, 0, "a base of another hash was accepted:\n%s", out);
  cr_assert(strstr(out, "was trained on the base ckpt-4.safetensors (SHA-256 ") &&
                strstr(out, "but the base weights given are"),
            "the mismatch names both files and hashes:\n%s", out);
  free(out);
  free(dir);
}

/* llmc merge on an adapter of llmc train: the model without its finetune
 * block on the merged weights gives the LoRA model's logits (base + adapter)
 * to 1e-5 */
Test(adapter, merged_logits_equal_unmerged, .timeout = 300) {
  char *dir = ft_setup(6), *out = NULL;
  int rc = tt_llmc(&out, "train %s/FT.llm --out %s/a --backend ref", dir, dir);
  cr_assert_eq(rc, 0, "llmc train FT.llm failed:\n%s", out);
  free(out);
  rc = tt_llmc(&out, "merge %s/FT.llm --adapter %s/a/ckpt-6.safetensors -o %s/merged.safetensors", dir, dir, dir);
  cr_assert_eq(rc, 0, "llmc merge failed:\n%s", out);
  free(out);
  Diag d;
  diag_init(&d, stderr);
  FeOptions fo = {0};
  fo.stdlib_dir = LLMC_SOURCE_DIR "/stdlib";
  TensorList logits[2], in = {0};
  memset(logits, 0, sizeof logits);
  int64_t bt[2] = {2, 16};
  Tensor *idx = tensor_new("idx", DT_I32, 2, bt);
  for (int64_t k = 0; k < 32; k++) tensor_set(idx, k, (double)((7 * k + 3) % 16));
  tl_add(&in, idx);
  for (int merged = 0; merged < 2; merged++) {
    char *path = xasprintf("%s/%s.llm", dir, merged ? "Tiny" : "FT");
    Program *p = fe_program_new(&d, &fo);
    cr_assert(fe_load(p, path) && fe_check(p));
    const Model *m = fe_model(p);
    TensorList params = {0}, file = {0}, ad = {0};
    for (int i = 0; i < m->params.n; i++) {
      const ParamInfo *pi = &m->params.v[i];
      tl_add(&params, tensor_new(pi->name, pi->dtype, pi->rank, pi->dims));
    }
    char *src = merged ? xasprintf("%s/merged.safetensors", dir) : xasprintf("%s/base/ckpt-4.safetensors", dir);
    cr_assert(st_read(src, &file, &d));
    if (!merged) {
      char *a = xasprintf("%s/a/ckpt-6.safetensors", dir);
      cr_assert(st_read(a, &ad, &d));
      free(a);
    }
    for (int i = 0; i < params.v.n; i++) {
      Tensor *t = params.v.v[i];
      const Tensor *f = tl_find(&ad, t->name) ? tl_find(&ad, t->name) : tl_find(&file, t->name);
      cr_assert(f && tensor_numel(f) == tensor_numel(t), "%s: no tensor %s", src, t->name);
      memcpy(t->data, f->data, tensor_nbytes(t));
    }
    if (!merged) {
      const Tensor *b = tl_find(&params, "blocks.0.attn.wq.lora_B");
      double s = 0;
      for (int64_t k = 0; k < tensor_numel(b); k++) s += fabs(tensor_get(b, k));
      cr_assert(s > 0, "lora_B trained away from 0");
    }
    Graph *g = pl_build_graph(p, "forward", false, false, &d);
    cr_assert(g);
    InterpOptions io = {DT_F32, 0};
    cr_assert(ir_interp(g, &in, &params, &io, &logits[merged], &d));
    ir_graph_free(g);
    tl_free(&params);
    tl_free(&file);
    tl_free(&ad);
    free(src);
    free(path);
    fe_program_free(p);
  }
  const Tensor *u = logits[0].v.v[0], *v = logits[1].v.v[0];
  cr_assert_eq(tensor_numel(u), tensor_numel(v));
  double worst = 0;
  for (int64_t k = 0; k < tensor_numel(u); k++) worst = fmax(worst, fabs(tensor_get(u, k) - tensor_get(v, k)));
  cr_log_info("merged vs unmerged logits: max |diff| %.3g over %lld values", worst, (long long)tensor_numel(u));
  cr_assert(worst <= 1e-5, "merged logits differ from the unmerged by %g", worst);
  tl_free(&logits[0]);
  tl_free(&logits[1]);
  tl_free(&in);
  diag_free(&d);
  free(dir);
}

/* prompt tuning: the prompt and the sequence must fit the model's ctx (16
 * here), with an error that says so; then train, eval and generate run the
 * prompt-tuned model (generate by recomputing its window) */
Test(adapter, prompt_tuning_end_to_end, .timeout = 300) {
  char *dir = tt_setup("Tiny", 3, "adamw(lr = 1e-2)", 0, 0), *out = NULL;
  const char *pt = "--set 'finetune.prompt=prompt(tokens = 4)' --set 'finetune.freeze=[\"*\"]' --backend ref";
  int rc = tt_llmc(&out, "train %s/Tiny.llm --out %s/p %s", dir, dir, pt);
  cr_assert_neq(rc, 0, "seq 16 + 4 prompt tokens in ctx 16 was accepted:\n%s", out);
  cr_assert(strstr(out, "4 prompt tokens before a sequence of 16 make 20 positions, more than the model's ctx = 16"),
            "%s", out);
  free(out);
  rc = tt_llmc(&out, "train %s/Tiny.llm --out %s/p %s --set train.seq=12", dir, dir, pt);
  cr_assert_eq(rc, 0, "training the prompt failed:\n%s", out);
  free(out);
  TensorList t = {0};
  StMeta meta = {0};
  char *ck = xasprintf("%s/p/ckpt-3.safetensors", dir);
  read_ckpt(ck, &t, &meta);
  cr_assert(tl_find(&t, FE_PROMPT_PARAM) && t.v.n == 3, "the prompt and its moments only; %d tensors", t.v.n);
  cr_assert_str_eq(st_meta_get(&meta, "llmc.base"), "init");
  tl_free(&t);
  st_meta_free(&meta);
  rc = tt_llmc(&out, "eval %s/Tiny.llm --ckpt %s %s --set train.seq=12", dir, ck, pt);
  cr_assert_eq(rc, 0, "eval of the prompt-tuned model failed:\n%s", out);
  free(out);
  rc = tt_llmc(&out, "generate %s/Tiny.llm --adapter %s %s --set train.seq=12 -n 10 --temperature 0", dir, ck, pt);
  cr_assert_eq(rc, 0, "generate with the prompt-tuned model failed:\n%s", out);
  cr_assert(strstr(out, "prompt tuning"), "generate says why it recomputes the window:\n%s", out);
  free(out);
  free(ck);
  free(dir);
}
