/* test_peft.c — the finetune block's LoRA rewrite and freeze (docs/peft.md):
 * a LoRA model's loss and gradients equal those of the same model written out
 * by hand in .llm, on the interpreter and on OpenCL where there is a device;
 * frozen parameters get no gradient; the LoRA parameters are in the model. */
#define _GNU_SOURCE
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <criterion/criterion.h>

#include "device.h"
#include "fe_peft.h"
#include "interp.h"
#include "model.h"
#include "pipeline.h"
#include "safetensors.h"

#define PRELUDE "import \"nn\"\nconfig { d = 6; h = 5; r = 2 }\n"
#define ENTRIES                                                                                 \
  "  fn forward(x: f32[B, T, d]) -> f32[B, T, d] { return proj(tanh(wq(x))) }\n"               \
  "  fn loss(x: f32[B, T, d]) -> f32[] { y = forward(x)\n return sum(y * y) }\n}\n"

/* wq adapted by the finetune block (alpha / rank = 4 / 2) */
static const char *LORA_SRC = PRELUDE
    "model M {\n  wq = Linear(d, h)\n  proj = Linear(h, d)\n" ENTRIES
    "finetune { lora = lora(rank = r, alpha = 4, targets = [\"wq\"]) }\n";

/* the same model with the LoRA matrices and their term written by hand */
static const char *HAND_SRC = PRELUDE
    "module LoraLinear(n_in, n_out, r, s) {\n"
    "  w = param f32[n_in, n_out] init normal(0, 0.02)\n"
    "  b = param f32[n_out] init zeros\n"
    "  lora_A = param f32[n_in, r] init zeros\n"
    "  lora_B = param f32[r, n_out] init zeros\n"
    "  fn forward(x: f32[..., n_in]) -> f32[..., n_out] {\n"
    "    return x @ w + ((x @ lora_A) @ lora_B) * s + b\n  }\n}\n"
    "model M {\n  wq = LoraLinear(d, h, r, 2.0)\n  proj = Linear(h, d)\n" ENTRIES;

typedef struct Loaded {
  Diag d;
  Program *p;
  char path[64];
} Loaded;

static void load(Loaded *l, const char *src, const char *const *sets, int nsets) {
  diag_init(&l->d, stderr);
  snprintf(l->path, sizeof l->path, "/tmp/llmc_test_peft_%d.llm", (int)getpid());
  FILE *f = fopen(l->path, "w");
  cr_assert(f);
  fputs(src, f);
  fclose(f);
  FeOptions o = {0};
  o.stdlib_dir = LLMC_SOURCE_DIR "/stdlib";
  o.sets = sets;
  o.nsets = nsets;
  l->p = fe_program_new(&l->d, &o);
  cr_assert(fe_load(l->p, l->path) && fe_check(l->p), "the test model does not check");
}

static void unload(Loaded *l) {
  fe_program_free(l->p);
  diag_free(&l->d);
  unlink(l->path);
}

/* A value per parameter that depends on its name only, so that both models
 * read the same numbers (lora_B is not zero: A's gradient would be). */
static void fill_params(const Graph *g, TensorList *params) {
  for (int i = 0; i < g->nodes.n; i++) {
    const IrNode *n = &g->nodes.v[i];
    if (n->op != OP_PARAM || tl_find(params, n->name)) continue;
    int64_t shape[IR_MAX_RANK];
    for (int k = 0; k < n->rank; k++) shape[k] = n->shape[k].m[0].coef;
    Tensor *t = tensor_new(n->name, DT_F32, n->rank, shape);
    uint64_t s = sup_hash_bytes(n->name, strlen(n->name), 7);
    for (int64_t k = 0; k < tensor_numel(t); k++) {
      s = s * 6364136223846793005ull + 1442695040888963407ull;
      tensor_set(t, k, ((double)(s >> 11) / 9007199254740992.0 - 0.5) * 0.8);
    }
    tl_add(params, t);
  }
}

static void make_input(TensorList *in) {
  int64_t shape[3] = {2, 3, 6};
  Tensor *x = tensor_new("x", DT_F32, 3, shape);
  for (int64_t k = 0; k < tensor_numel(x); k++) tensor_set(x, k, sin(0.7 * (double)k + 0.3));
  tl_add(in, x);
}

static void run_interp(const char *src, TensorList *params, TensorList *out) {
  Loaded l;
  load(&l, src, NULL, 0);
  Graph *g = pl_build_graph(l.p, "loss", false, true, &l.d);
  cr_assert(g);
  fill_params(g, params);
  TensorList in = {0};
  make_input(&in);
  InterpOptions io = {DT_F32, 0};
  cr_assert(ir_interp(g, &in, params, &io, out, &l.d));
  tl_free(&in);
  ir_graph_free(g);
  unload(&l);
}

static void expect_close(const TensorList *want, const TensorList *got, const char *what) {
  cr_assert_eq(want->v.n, got->v.n, "%s: %d outputs, expected %d", what, got->v.n, want->v.n);
  for (int i = 0; i < want->v.n; i++) {
    const Tensor *a = want->v.v[i], *b = tl_find(got, a->name);
    cr_assert(b, "%s: no output %s", what, a->name);
    cr_assert_eq(tensor_numel(a), tensor_numel(b), "%s: %s", what, a->name);
    for (int64_t k = 0; k < tensor_numel(a); k++) {
      double x = tensor_get(a, k), y = tensor_get(b, k);
      cr_assert(fabs(x - y) <= 1e-5 * (1 + fabs(x)), "%s: %s[%lld]: %.9g vs %.9g", what, a->name, (long long)k, x, y);
    }
  }
}

/* an adapter after proj (a Linear with a bias), size 3 */
static const char *ADAPTER_SRC = PRELUDE
    "model M {\n  wq = Linear(d, h)\n  proj = Linear(h, d)\n" ENTRIES
    "finetune { freeze = [\"*\"]\n adapter = adapter(size = 3, targets = [\"proj\"]) }\n";

static const char *ADAPTER_HAND = PRELUDE
    "module Adapted(n_in, n_out, size) {\n"
    "  w = param f32[n_in, n_out] init normal(0, 0.02) frozen\n"
    "  b = param f32[n_out] init zeros frozen\n"
    "  adapter_down = param f32[n_out, size] init zeros\n"
    "  adapter_down_b = param f32[size] init zeros\n"
    "  adapter_up = param f32[size, n_out] init zeros\n"
    "  adapter_up_b = param f32[n_out] init zeros\n"
    "  fn forward(x: f32[..., n_in]) -> f32[..., n_out] {\n"
    "    y = x @ w + b\n"
    "    return y + (relu(y @ adapter_down + adapter_down_b) @ adapter_up + adapter_up_b)\n  }\n}\n"
    "model M {\n  wq = Linear(d, h)\n  proj = Adapted(h, d, 3)\n" ENTRIES
    "finetune { freeze = [\"wq\"] }\n";

Test(peft, adapter_equals_hand_written) {
  TensorList pa = {0}, pb = {0}, a = {0}, b = {0};
  run_interp(ADAPTER_SRC, &pa, &a);
  run_interp(ADAPTER_HAND, &pb, &b);
  cr_assert_eq(a.v.n, 5, "loss and the gradients of the four adapter tensors; got %d outputs", a.v.n);
  cr_assert(tl_find(&a, "grad.proj.adapter_up") && tl_find(&a, "grad.proj.adapter_down_b"));
  expect_close(&b, &a, "adapter vs hand-written");
  tl_free(&pa);
  tl_free(&pb);
  tl_free(&a);
  tl_free(&b);
}

/* adapters after modules other than linear layers are refused by name */
Test(peft, adapter_on_a_module_refused) {
  Diag d;
  diag_init(&d, stderr);
  FeOptions o = {0};
  o.stdlib_dir = LLMC_SOURCE_DIR "/stdlib";
  Program *p = fe_program_new(&d, &o);
  cr_assert(fe_load(p, LLMC_SOURCE_DIR "/tests/valid/adapter_module_target.llm") && fe_check(p));
  char *why = fe_peft_unsupported(fe_model(p));
  cr_assert(why && strstr(why, "is not a linear layer") && strstr(why, "issue 13"), "%s", why ? why : "(null)");
  free(why);
  fe_program_free(p);
  diag_free(&d);
}

Test(peft, lora_params_in_the_model) {
  Loaded l;
  load(&l, LORA_SRC, NULL, 0);
  const Model *m = fe_model(l.p);
  const ParamInfo *a = NULL, *b = NULL;
  for (int i = 0; i < m->params.n; i++) {
    if (!strcmp(m->params.v[i].name, "wq.lora_A")) a = &m->params.v[i];
    if (!strcmp(m->params.v[i].name, "wq.lora_B")) b = &m->params.v[i];
  }
  cr_assert(a && b, "wq.lora_A and wq.lora_B are model parameters");
  cr_assert(a->dims[0] == 6 && a->dims[1] == 2 && b->dims[0] == 2 && b->dims[1] == 5);
  cr_assert(a->init == INIT_UNIFORM && fabs(a->init_b - 1 / sqrt(6.0)) < 1e-12 && a->init_a == -a->init_b);
  cr_assert(b->init == INIT_ZEROS && !a->frozen && !b->frozen);
  cr_assert_eq(m->total_params, 6 * 5 + 5 + 5 * 6 + 6 + 12 + 10);
  unload(&l);
}

/* a glob selects a weight by its own dotted name too */
Test(peft, targets_match_parameter_names) {
  const char *sets[] = {"finetune.lora.targets=[\"*.w\"]"};
  Loaded l;
  load(&l, LORA_SRC, sets, 1);
  IrLora *lr;
  int n = fe_peft_loras(fe_model(l.p), &lr);
  cr_assert_eq(n, 2, "wq.w and proj.w; got %d", n);
  cr_assert_str_eq(lr[1].weight, "proj.w");
  cr_assert_str_eq(lr[1].b, "proj.lora_B");
  cr_assert_float_eq(lr[1].scale, 2.0, 1e-12);
  fe_peft_loras_free(lr, n);
  unload(&l);
}

Test(peft, lora_equals_hand_written) {
  TensorList pa = {0}, pb = {0}, a = {0}, b = {0};
  run_interp(LORA_SRC, &pa, &a);
  run_interp(HAND_SRC, &pb, &b);
  cr_assert(tl_find(&a, "grad.wq.lora_A") && tl_find(&a, "grad.wq.lora_B"));
  cr_assert_eq(a.v.n, 7); /* loss and the gradients of all six parameters */
  expect_close(&b, &a, "lora vs hand-written");
  tl_free(&pa);
  tl_free(&pb);
  tl_free(&a);
  tl_free(&b);
}

/* The LoRA model's training step on an OpenCL device (fused kernels)
 * against the hand-written model on the interpreter. */
Test(peft, lora_on_opencl) {
  Diag dd;
  diag_init(&dd, stderr);
  Device *dev = rt_device_open(DEV_OPENCL, 0, &dd);
  if (!dev) {
    diag_free(&dd);
    cr_skip_test("no OpenCL device: %s", rt_backend_status(DEV_OPENCL) ? rt_backend_status(DEV_OPENCL) : "?");
  }
  TensorList pb = {0}, want = {0}, got = {0}, in = {0};
  run_interp(HAND_SRC, &pb, &want);
  Loaded l;
  load(&l, LORA_SRC, NULL, 0);
  Graph *g = pl_build_graph(l.p, "loss", false, true, &l.d);
  cr_assert(g);
  Plan *plan = pl_plan_graph(dev, g, NULL, &l.d);
  cr_assert(plan);
  make_input(&in);
  cr_assert(rt_plan_run(plan, &in, &pb, &got, NULL, &l.d));
  expect_close(&want, &got, "lora on OpenCL vs hand-written on the interpreter");
  rt_plan_free(plan);
  ir_graph_free(g);
  unload(&l);
  tl_free(&pb);
  tl_free(&want);
  tl_free(&got);
  tl_free(&in);
  rt_device_close(dev);
  diag_free(&dd);
}

Test(peft, freeze_prunes_gradients) {
  const char *sets[] = {"finetune.freeze=[\"*\"]", "finetune.lora.rank=3"};
  Loaded l;
  load(&l, LORA_SRC, sets, 2);
  Graph *g = pl_build_graph(l.p, "loss", false, true, &l.d);
  cr_assert(g);
  cr_assert_eq(g->outputs.n, 3, "loss, grad.wq.lora_A, grad.wq.lora_B; got %d outputs", g->outputs.n);
  for (int i = 0; i < g->outputs.n; i++)
    cr_assert(!strcmp(g->outputs.v[i].name, "loss") || strstr(g->outputs.v[i].name, ".lora_"), "%s",
              g->outputs.v[i].name);
  for (int i = 0; i < g->nodes.n; i++)
    if (g->nodes.v[i].op == OP_PARAM && !strcmp(g->nodes.v[i].name, "wq.lora_A"))
      cr_assert(dim_eq(g->nodes.v[i].shape[1], dim_const(3)), "--set finetune.lora.rank=3 reaches the rewrite");
  ir_graph_free(g);
  unload(&l);
}

Test(peft, dropout_only_when_training) {
  const char *sets[] = {"finetune.lora.dropout=0.25"};
  Loaded l;
  load(&l, LORA_SRC, sets, 1);
  int nrand[2] = {0, 0};
  for (int t = 0; t < 2; t++) {
    Graph *g = pl_build_graph(l.p, "loss", t == 1, true, &l.d);
    cr_assert(g);
    for (int i = 0; i < g->nodes.n; i++) nrand[t] += g->nodes.v[i].op == OP_RAND;
    ir_graph_free(g);
  }
  cr_assert(nrand[0] == 0 && nrand[1] == 1, "rand nodes: %d evaluating, %d training", nrand[0], nrand[1]);
  unload(&l);
}

/* llmc merge: the base model (no finetune block) on the merged weights gives
 * the LoRA model's logits on the unmerged ones, to 1e-5. */
Test(peft, merge_keeps_the_logits) {
  char base_src[2048];
  snprintf(base_src, sizeof base_src, "%s", LORA_SRC);
  *strstr(base_src, "finetune {") = 0;
  TensorList params = {0}, in = {0}, want = {0}, got = {0}, merged = {0};
  make_input(&in);
  Loaded l;
  load(&l, LORA_SRC, NULL, 0);
  Graph *g = pl_build_graph(l.p, "forward", false, false, &l.d);
  cr_assert(g);
  fill_params(g, &params);
  InterpOptions io = {DT_F32, 0};
  cr_assert(ir_interp(g, &in, &params, &io, &want, &l.d));
  char ad[64], out[64], cmd[512];
  snprintf(ad, sizeof ad, "/tmp/llmc_test_peft_%d_ad.safetensors", (int)getpid());
  snprintf(out, sizeof out, "/tmp/llmc_test_peft_%d_out.safetensors", (int)getpid());
  cr_assert(st_write(ad, &params, &l.d));
  snprintf(cmd, sizeof cmd, "%s/llmc merge %s --adapter %s -o %s --stdlib %s/stdlib", LLMC_BINARY_DIR, l.path, ad, out,
           LLMC_SOURCE_DIR);
  cr_assert_eq(system(cmd), 0, "%s", cmd);
  cr_assert(st_read(out, &merged, &l.d));
  cr_assert(!tl_find(&merged, "wq.lora_A") && tl_find(&merged, "wq.w") && merged.v.n == 4);
  ir_graph_free(g);
  unload(&l);
  load(&l, base_src, NULL, 0);
  g = pl_build_graph(l.p, "forward", false, false, &l.d);
  cr_assert(g);
  cr_assert(ir_interp(g, &in, &merged, &io, &got, &l.d));
  expect_close(&want, &got, "merged vs unmerged logits");
  ir_graph_free(g);
  unload(&l);
  unlink(ad);
  unlink(out);
  tl_free(&params);
  tl_free(&in);
  tl_free(&want);
  tl_free(&got);
  tl_free(&merged);
}

/* ---- prompt tuning ------------------------------------------------------------------ */

/* A small Llama-style LM with learned positions too (wpe[0:T] must grow with
 * the prompt, RoPE's angles and the causal mask as well). */
#define PROMPT_PRELUDE "import \"nn\"\nconfig { vocab = 7; d = 8; ctx = 8 }\n"
#define PROMPT_MEMBERS                                                                            \
  "  wte = param f32[vocab, d] init normal(0, 0.02)\n"                                            \
  "  wpe = param f32[ctx, d] init normal(0, 0.02)\n"                                              \
  "  block = LlamaBlock(d, 12, 2, 1, ctx)\n"                                                      \
  "  norm = RMSNorm(d)\n"
#define PROMPT_LOSS                                                                               \
  "  fn loss(idx: i32[B, T], targets: i32[B, T]) -> f32[] { return cross_entropy(forward(idx), targets) }\n}\n"

static const char *PROMPT_SRC = PROMPT_PRELUDE "model M {\n" PROMPT_MEMBERS
    "  fn forward(idx: i32[B, T]) -> f32[B, T, vocab] {\n"
    "    x = block(wte[idx] + wpe[0:T])\n"
    "    return norm(x) @ transpose(wte)\n  }\n" PROMPT_LOSS
    "finetune { prompt = prompt(tokens = 2) }\n";

/* the same, the prompt written by hand: prepended, positions 0..T+1, cut off the logits */
static const char *PROMPT_HAND = PROMPT_PRELUDE "model M {\n" PROMPT_MEMBERS
    "  prompt_embeddings = param f32[2, d] init zeros\n"
    "  fn forward(idx: i32[B, T]) -> f32[B, T, vocab] {\n"
    "    e = concat([expand(prompt_embeddings[None, :, :], [B, 2, d]), wte[idx]], axis=1)\n"
    "    x = block(e + wpe[0:T + 2])\n"
    "    return (norm(x) @ transpose(wte))[:, 2:, :]\n  }\n" PROMPT_LOSS;

/* a classifier pooling over a mask: the prompt positions are not pooled */
#define CLS_PRELUDE "import \"nn\"\nconfig { vocab = 7; d = 8; ctx = 8 }\n"
#define CLS_MEMBERS                                                                               \
  "  wte = param f32[vocab, d] init normal(0, 0.02)\n"                                            \
  "  block = LlamaBlock(d, 12, 2, 2, ctx)\n"                                                      \
  "  head = Linear(d, 2)\n"
#define CLS_LOSS                                                                                  \
  "  fn loss(idx: i32[B, T], label: i32[B], mask: f32[B, T]) -> f32[] {\n"                        \
  "    return cross_entropy(forward(idx, mask), label)\n  }\n}\n"
static const char *PROMPT_CLS = CLS_PRELUDE "model C {\n" CLS_MEMBERS
    "  fn forward(idx: i32[B, T], mask: f32[B, T]) -> f32[B, 2] {\n"
    "    h = block(wte[idx])\n"
    "    return head(sum(h * mask[:, :, None], axis=1) / sum(mask, axis=1, keepdim=true))\n  }\n" CLS_LOSS
    "finetune { freeze = [\"block.*\"]\n prompt = prompt(tokens = 3) }\n";
static const char *PROMPT_CLS_HAND = CLS_PRELUDE "model C {\n" CLS_MEMBERS
    "  prompt_embeddings = param f32[3, d] init zeros\n"
    "  fn forward(idx: i32[B, T], mask: f32[B, T]) -> f32[B, 2] {\n"
    "    h = block(concat([expand(prompt_embeddings[None, :, :], [B, 3, d]), wte[idx]], axis=1))[:, 3:, :]\n"
    "    return head(sum(h * mask[:, :, None], axis=1) / sum(mask, axis=1, keepdim=true))\n  }\n" CLS_LOSS
    "finetune { freeze = [\"block.*\"] }\n";

/* idx, targets (lm) or idx, label, mask (cls), B = 2, T = 4 */
static void make_tokens(TensorList *in, bool cls) {
  int64_t bt[2] = {2, 4};
  Tensor *idx = tensor_new("idx", DT_I32, 2, bt), *tg = tensor_new(cls ? "label" : "targets", DT_I32, cls ? 1 : 2, bt);
  for (int64_t k = 0; k < 8; k++) tensor_set(idx, k, (double)((3 * k + 1) % 7));
  for (int64_t k = 0; k < tensor_numel(tg); k++) tensor_set(tg, k, (double)((5 * k + 2) % (cls ? 2 : 7)));
  tl_add(in, idx);
  tl_add(in, tg);
  if (cls) {
    Tensor *m = tensor_new("mask", DT_F32, 2, bt);
    for (int64_t k = 0; k < 8; k++) tensor_set(m, k, k % 4 < (k < 4 ? 4 : 2)); /* row 1 padded after 2 tokens */
    tl_add(in, m);
  }
}

/* entry's outputs (with the gradients of loss when grad) on the interpreter */
static void run_tokens(const char *src, const char *entry, bool grad, bool cls, TensorList *params, TensorList *out,
                       DType compute) {
  Loaded l;
  load(&l, src, NULL, 0);
  Graph *g = pl_build_graph(l.p, entry, false, grad, &l.d);
  cr_assert(g, "%s does not build", entry);
  fill_params(g, params);
  TensorList in = {0};
  make_tokens(&in, cls);
  if (!strcmp(entry, "forward") && !cls) tensor_free(in.v.v[--in.v.n]); /* forward takes idx alone */
  InterpOptions io = {compute, 0};
  cr_assert(ir_interp(g, &in, params, &io, out, &l.d));
  tl_free(&in);
  ir_graph_free(g);
  unload(&l);
}

Test(peft, prompt_equals_hand_written) {
  const char *entries[2] = {"loss", "forward"};
  for (int e = 0; e < 2; e++) {
    TensorList pa = {0}, pb = {0}, a = {0}, b = {0};
    run_tokens(PROMPT_SRC, entries[e], e == 0, false, &pa, &a, DT_F32);
    run_tokens(PROMPT_HAND, entries[e], e == 0, false, &pb, &b, DT_F32);
    if (e == 0) cr_assert(tl_find(&a, "grad.prompt_embeddings"), "the prompt is trained");
    else cr_assert(a.v.n == 1 && a.v.v[0]->rank == 3 && a.v.v[0]->shape[1] == 4, "forward's logits are [B, T, vocab]");
    expect_close(&b, &a, entries[e]);
    tl_free(&pa), tl_free(&pb), tl_free(&a), tl_free(&b);
  }
}

Test(peft, prompt_classifier_equals_hand_written) {
  TensorList pa = {0}, pb = {0}, a = {0}, b = {0};
  run_tokens(PROMPT_CLS, "loss", true, true, &pa, &a, DT_F32);
  run_tokens(PROMPT_CLS_HAND, "loss", true, true, &pb, &b, DT_F32);
  cr_assert_eq(a.v.n, 5, "loss and the gradients of wte, head.w, head.b and the prompt; got %d", a.v.n);
  expect_close(&b, &a, "prompt classifier vs hand-written");
  tl_free(&pa), tl_free(&pb), tl_free(&a), tl_free(&b);
}

/* d loss / d prompt against central differences, in double precision */
Test(peft, prompt_gradient_finite_differences) {
  TensorList params = {0}, out = {0};
  run_tokens(PROMPT_SRC, "loss", true, false, &params, &out, DT_F64);
  const Tensor *g = tl_find(&out, "grad.prompt_embeddings");
  cr_assert(g && tensor_numel(g) == 16);
  Loaded l;
  load(&l, PROMPT_SRC, NULL, 0);
  Graph *lg = pl_build_graph(l.p, "loss", false, false, &l.d);
  cr_assert(lg);
  TensorList in = {0};
  make_tokens(&in, false);
  Tensor *p = tl_find(&params, "prompt_embeddings");
  InterpOptions io = {DT_F64, 0};
  double worst = 0;
  for (int64_t k = 0; k < tensor_numel(p); k++) {
    double x = tensor_get(p, k), h = 1e-3, f[2];
    for (int s = 0; s < 2; s++) {
      TensorList o = {0};
      tensor_set(p, k, x + (s ? -h : h));
      cr_assert(ir_interp(lg, &in, &params, &io, &o, &l.d));
      f[s] = tensor_get(tl_find(&o, "loss"), 0);
      tl_free(&o);
    }
    tensor_set(p, k, x);
    double fd = (f[0] - f[1]) / (2 * h), an = tensor_get(g, k), err = fabs(fd - an);
    if (err > worst) worst = err;
    cr_assert(err <= 1e-4 * (1 + fabs(an)), "d loss / d prompt[%lld]: autodiff %.9g, finite differences %.9g",
              (long long)k, an, fd);
  }
  cr_log_info("prompt gradient vs central differences: max |diff| %.3g", worst);
  tl_free(&in);
  ir_graph_free(lg);
  unload(&l);
  tl_free(&params);
  tl_free(&out);
}

/* the training step of the prompt-tuned classifier on OpenCL (fused kernels)
 * against the hand-written model on the interpreter */
Test(peft, prompt_on_opencl) {
  Diag dd;
  diag_init(&dd, stderr);
  Device *dev = rt_device_open(DEV_OPENCL, 0, &dd);
  if (!dev) {
    diag_free(&dd);
    cr_skip_test("no OpenCL device: %s", rt_backend_status(DEV_OPENCL) ? rt_backend_status(DEV_OPENCL) : "?");
  }
  const char *src[2] = {PROMPT_SRC, PROMPT_CLS}, *hand[2] = {PROMPT_HAND, PROMPT_CLS_HAND};
  for (int k = 0; k < 2; k++) {
    TensorList pb = {0}, want = {0}, got = {0}, in = {0};
    run_tokens(hand[k], "loss", true, k == 1, &pb, &want, DT_F32);
    Loaded l;
    load(&l, src[k], NULL, 0);
    Graph *g = pl_build_graph(l.p, "loss", false, true, &l.d);
    cr_assert(g);
    Plan *plan = pl_plan_graph(dev, g, NULL, &l.d);
    cr_assert(plan);
    make_tokens(&in, k == 1);
    cr_assert(rt_plan_run(plan, &in, &pb, &got, NULL, &l.d));
    expect_close(&want, &got, k ? "prompt classifier on OpenCL vs hand-written" : "prompt LM on OpenCL vs hand-written");
    rt_plan_free(plan);
    ir_graph_free(g);
    unload(&l);
    tl_free(&pb), tl_free(&want), tl_free(&got), tl_free(&in);
  }
  rt_device_close(dev);
  diag_free(&dd);
}

Test(peft, prompt_params_counted) {
  Loaded l;
  load(&l, PROMPT_SRC, NULL, 0);
  const Model *m = fe_model(l.p);
  const ParamInfo *p = &m->params.v[m->params.n - 1];
  cr_assert_str_eq(p->name, "prompt_embeddings");
  cr_assert(p->rank == 2 && p->dims[0] == 2 && p->dims[1] == 8 && p->peft && !p->frozen);
  cr_assert(p->init == INIT_NORMAL && p->init_a == 0 && p->init_b == 1, "PEFT's RANDOM init: normal(0, 1)");
  cr_assert_eq(m->ctx, 8);
  int nt;
  cr_assert_eq(fe_peft_params(m, "prompt", &nt), 16);
  unload(&l);
  const char *sets[] = {"finetune.prompt.tokens=5"};
  load(&l, PROMPT_SRC, sets, 1);
  m = fe_model(l.p);
  cr_assert_eq(m->params.v[m->params.n - 1].dims[0], 5, "--set finetune.prompt.tokens reaches the parameter");
  unload(&l);
}

/* --set finetune.KEY=None removes a setting (the comparison of methods turns
 * LoRA off this way, or every setting for training from scratch) */
Test(peft, set_none_removes_a_setting) {
  const char *sets[] = {"finetune.lora=None", "finetune.freeze=None"};
  Loaded l;
  load(&l, ADAPTER_SRC, sets + 1, 1);
  const Model *m = fe_model(l.p);
  cr_assert(!spec_get(&m->finetune, "freeze") && spec_get(&m->finetune, "adapter"));
  for (int i = 0; i < m->params.n; i++) cr_assert(!m->params.v[i].frozen, "%s is frozen", m->params.v[i].name);
  unload(&l);
  load(&l, LORA_SRC, sets, 1);
  m = fe_model(l.p);
  cr_assert(!spec_get(&m->finetune, "lora"));
  for (int i = 0; i < m->params.n; i++) cr_assert(!m->params.v[i].peft, "%s is still added", m->params.v[i].name);
  unload(&l);
}
