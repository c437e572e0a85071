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

Test(peft, adapter_and_prompt_refused) {
  const char *sets[] = {"finetune.prompt=prompt(tokens = 2)"};
  Loaded l;
  load(&l, LORA_SRC, sets, 1);
  FILE *mem;
  char *buf = NULL;
  size_t len = 0;
  mem = open_memstream(&buf, &len);
  Diag d;
  diag_init(&d, mem);
  Graph *g = pl_build_graph(l.p, "loss", false, true, &d);
  fflush(mem);
  cr_assert(!g && strstr(buf, "finetune.prompt (prompt tuning) is not supported yet"), "%s", buf ? buf : "");
  diag_free(&d);
  fclose(mem);
  free(buf);
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
