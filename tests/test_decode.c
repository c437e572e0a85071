/* test_decode.c — incremental decoding (ir/decode.c): prefill on the first P
 * tokens and decode of the others one at a time give the logits of the full
 * recomputation at every position, on the reference interpreter; models whose
 * sequence mixing cannot be rewritten are refused with a reason. */
#define _POSIX_C_SOURCE 200809L
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decode.h"
#include "dev_test.h"
#include "interp.h"
#include "pipeline.h"

enum { NB = 2 };

typedef struct Model_ {
  Diag d;
  Program *prog;
  Graph *fwd;
  TensorList params;
} Mdl;

static uint64_t rng_next(uint64_t *s) {
  *s ^= *s << 13, *s ^= *s >> 7, *s ^= *s << 17;
  return *s;
}
static double rng_unit(uint64_t *s) { return (double)(rng_next(s) >> 11) / 9007199254740992.0; }

static void load(Mdl *m, const char *file, const char *const *sets, int nsets) {
  memset(m, 0, sizeof *m);
  diag_init(&m->d, stderr);
  FeOptions o = {0};
  o.stdlib_dir = LLMC_SOURCE_DIR "/stdlib";
  o.sets = sets, o.nsets = nsets;
  m->prog = fe_program_new(&m->d, &o);
  cr_assert(fe_load(m->prog, file) && fe_check(m->prog), "%s does not check", file);
  m->fwd = pl_build_graph(m->prog, "forward", false, false, &m->d);
  cr_assert(m->fwd);
  /* random parameters, large enough that attention is far from uniform */
  uint64_t s = 0x9e3779b97f4a7c15ull;
  for (int i = 0; i < m->fwd->nodes.n; i++) {
    const IrNode *x = ir_node(m->fwd, i);
    if (x->op != OP_PARAM || tl_find(&m->params, x->name)) continue;
    int64_t sh[IR_MAX_RANK];
    for (int k = 0; k < x->rank; k++) sh[k] = ir_dim_eval(x->shape[k], NULL);
    Tensor *t = tensor_new(x->name, DT_F32, x->rank, sh);
    bool gain = x->rank == 1; /* norm weights near 1, matrices around 0 */
    for (int64_t e = 0; e < tensor_numel(t); e++) tensor_set(t, e, (rng_unit(&s) - 0.5) * (gain ? 0.5 : 0.8) + gain);
    tl_add(&m->params, t);
  }
}

static void unload(Mdl *m) {
  tl_free(&m->params);
  ir_graph_free(m->fwd);
  fe_program_free(m->prog);
  diag_free(&m->d);
}

/* Where the graphs run: the interpreter, or plans on a device. */
typedef struct Runner {
  Mdl *m;
  Device *dev;             /* NULL: ir_interp */
  const Graph *g[3];       /* full, prefill, decode */
  Plan *plan[3];
} Runner;

static TensorList run(Runner *r, int which, TensorList *in) {
  TensorList out = {0};
  const Graph *g = r->g[which];
  if (r->dev && which) { /* the full recomputation stays the interpreter's: the reference */
    if (!r->plan[which]) r->plan[which] = pl_plan_graph(r->dev, g, NULL, &r->m->d);
    cr_assert(r->plan[which], "no plan for %s", g->entry ? g->entry : "?");
    cr_assert(rt_plan_run(r->plan[which], in, &r->m->params, &out, NULL, &r->m->d), "run failed");
    return out;
  }
  InterpOptions io = {DT_F32, 1};
  cr_assert(ir_interp(g, in, &r->m->params, &io, &out, &r->m->d), "interp failed on %s", g->entry ? g->entry : "?");
  return out;
}

static Tensor *tokens(int64_t n, int64_t vocab, int64_t off, const int32_t *all, int64_t N) {
  int64_t sh[2] = {NB, n};
  Tensor *t = tensor_new("idx", DT_I32, 2, sh);
  for (int b = 0; b < NB; b++)
    for (int64_t i = 0; i < n; i++) ((int32_t *)t->data)[b * n + i] = all[b * N + off + i] % (int32_t)vocab;
  return t;
}

/* dst[.., r0 + i, ..] = src[.., i, ..] along axis a (rows of src). */
static void put_rows(Tensor *dst, const Tensor *src, int a, int64_t r0) {
  int64_t outer = 1, inner = 1;
  for (int i = 0; i < a; i++) outer *= src->shape[i];
  for (int i = a + 1; i < src->rank; i++) inner *= src->shape[i];
  int64_t ns = src->shape[a], nd = dst->shape[a];
  for (int64_t o = 0; o < outer; o++)
    for (int64_t r = 0; r < ns; r++)
      memcpy((float *)dst->data + (o * nd + r0 + r) * inner, (float *)src->data + (o * ns + r) * inner,
             sizeof(float) * (size_t)inner);
}

/* Full recomputation on N tokens vs prefill on P and decode of the rest:
 * the largest difference of the logits over every position. */
static double compare(Mdl *m, Device *dev, int64_t ctx, int64_t N, int64_t P) {
  Graph *pre, *dec;
  DecodeInfo info = {.ctx = ctx};
  cr_assert(pl_decode_graphs(m->prog, "forward", &pre, &dec, &info, &m->d), "refused: %s", info.why);
  cr_assert(info.ncache > 0);
  if (getenv("DBG_DECODE")) { StrBuf b = {0}; ir_print(&b, dec); fputs(sb_cstr(&b), stderr); sb_free(&b); }
  Runner rn = {m, dev, {m->fwd, pre, dec}, {NULL, NULL, NULL}};
  const IrNode *o = ir_node(m->fwd, m->fwd->outputs.v[0].node);
  int64_t V = ir_dim_eval(o->shape[2], NULL);
  int32_t all[NB * 64];
  uint64_t s = 7;
  for (int i = 0; i < NB * N; i++) all[i] = (int32_t)(rng_next(&s) % 1000);
  TensorList in = {0};
  tl_add(&in, tokens(N, V, 0, all, N));
  TensorList full = run(&rn, 0, &in);
  tl_free(&in);
  const float *ref = tl_find(&full, "out")->data;
  double worst = 0;
  /* prefill */
  tl_add(&in, tokens(P, V, 0, all, N));
  TensorList po = run(&rn, 1, &in);
  tl_free(&in);
  const float *lp = tl_find(&po, "out")->data;
  for (int b = 0; b < NB; b++)
    for (int64_t i = 0; i < P * V; i++) worst = fmax(worst, fabs(lp[b * P * V + i] - ref[b * N * V + i]));
  TensorList caches = {0};
  for (int k = 0; k < info.ncache; k++) {
    const Tensor *c = tl_find(&po, info.cache[k].name);
    cr_assert(c, "prefill has no %s", info.cache[k].name);
    int64_t sh[IR_MAX_RANK];
    memcpy(sh, c->shape, sizeof sh);
    sh[info.cache[k].axis] = ctx;
    Tensor *t = tensor_new(info.cache[k].name, DT_F32, c->rank, sh);
    /* stale rows past pos (finite) must not reach the result */
    for (int64_t e = 0; e < tensor_numel(t); e++) tensor_set(t, e, 100.0 * (rng_unit(&s) - 0.5));
    put_rows(t, c, info.cache[k].axis, 0);
    tl_add(&caches, t);
  }
  tl_free(&po);
  /* decode, one position at a time */
  for (int64_t p = P; p < N; p++) {
    TensorList di = {0};
    tl_add(&di, tokens(1, V, p, all, N));
    int64_t one = 1;
    Tensor *pt = tensor_new("pos", DT_I32, 1, &one);
    ((int32_t *)pt->data)[0] = (int32_t)p;
    tl_add(&di, pt);
    for (int k = 0; k < caches.v.n; k++) tl_add(&di, tensor_clone(caches.v.v[k], caches.v.v[k]->name));
    TensorList dout = run(&rn, 2, &di);
    tl_free(&di);
    const float *ld = tl_find(&dout, "out")->data;
    for (int b = 0; b < NB; b++)
      for (int64_t i = 0; i < V; i++) worst = fmax(worst, fabs(ld[b * V + i] - ref[(b * N + p) * V + i]));
    for (int k = 0; k < info.ncache; k++) put_rows(caches.v.v[k], tl_find(&dout, info.cache[k].row), info.cache[k].axis, p);
    tl_free(&dout);
  }
  tl_free(&caches);
  tl_free(&full);
  for (int i = 0; i < 3; i++) rt_plan_free(rn.plan[i]);
  ir_graph_free(pre);
  ir_graph_free(dec);
  ir_decode_info_free(&info);
  return worst;
}

Test(decode, gpt_char_matches_recompute) {
  static const char *const sets[] = {"n_layers=2", "d=32", "heads=4", "ctx=16"};
  Mdl m;
  load(&m, LLMC_SOURCE_DIR "/examples/gpt_char.llm", sets, 4);
  double w = compare(&m, NULL, 16, 12, 5);
  fprintf(stderr, "gpt_char: max |decode - recompute| = %.3g\n", w);
  cr_expect(w < 1e-5, "max abs diff %g", w);
  cr_expect(compare(&m, NULL, 16, 16, 1) < 1e-5, "prefill of one token, decode to ctx");
  unload(&m);
}

Test(decode, llama_gqa_rope_matches_recompute) {
  Mdl m;
  load(&m, LLMC_SOURCE_DIR "/tests/decode/tiny_llama.llm", NULL, 0);
  double w = compare(&m, NULL, 16, 13, 4);
  fprintf(stderr, "tiny_llama: max |decode - recompute| = %.3g\n", w);
  cr_expect(w < 1e-5, "max abs diff %g", w);
  unload(&m);
}

Test(decode, refuses_attention_without_causal_mask) {
  Mdl m;
  load(&m, LLMC_SOURCE_DIR "/tests/decode/no_mask.llm", NULL, 0);
  Graph *pre, *dec;
  DecodeInfo info = {.ctx = 8};
  cr_assert_not(pl_decode_graphs(m.prog, "forward", &pre, &dec, &info, &m.d));
  cr_assert_null(pre);
  cr_assert_null(dec);
  cr_expect(strstr(info.why, "causal") != NULL, "reason: %s", info.why);
  unload(&m);
}

/* The same on OpenCL (PoCL in CI): the three graphs compiled once each, the
 * decode plan run at every position. */
Test(decode, opencl_matches_recompute, .timeout = 600) {
  const char *why = rt_backend_status(DEV_OPENCL);
  if (why) cr_skip_test("no OpenCL device: %s", why);
  char dir[64] = "/tmp/llmc-test-decode-XXXXXX";
  cr_assert_not_null(mkdtemp(dir));
  setenv("LLMC_CACHE_DIR", dir, 1);
  static const char *const gpt[] = {"n_layers=1", "d=32", "heads=4", "ctx=16"};
  static const char *const llama[] = {"n_layers=1"};
  const char *files[2] = {LLMC_SOURCE_DIR "/examples/gpt_char.llm", LLMC_SOURCE_DIR "/tests/decode/tiny_llama.llm"};
  for (int k = 0; k < 2; k++) {
    Mdl m;
    load(&m, files[k], k ? llama : gpt, k ? 1 : 4);
    Cap c;
    cap_init(&c);
    Device *dev = rt_device_open(DEV_OPENCL, 0, &c.d);
    cr_assert_not_null(dev, "opening OpenCL device 0 failed: %s", cap_text(&c));
    cap_free(&c);
    double w = compare(&m, dev, 16, 10, 3);
    fprintf(stderr, "%s on OpenCL: max |decode - recompute| = %.3g\n", k ? "tiny_llama" : "gpt_char", w);
    cr_expect(w < 1e-5, "max abs diff %g", w);
    rt_device_close(dev);
    unload(&m);
  }
  char cmd[128];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  cr_expect(system(cmd) == 0);
}

/* Sequence mixing the pass cannot rewrite: refused with a reason (the
 * caller then recomputes the window for every token). */
static const struct {
  const char *body; /* nodes after %0 = idx and %2 = the embedded tokens [B, T, 4] */
  const char *why;  /* in the reason */
} refusals[] = {
    {"  %3 = sum %2 axes=[1] : f32[B, 1, 4]\n  %4 = expand %3 : f32[B, T, 4]\n  %5 = add %2, %4 : f32[B, T, 4]\n",
     "sum over the keys"},
    {"  %3 = slice %2 start=[0, 1, 0] step=[1, 1, 1] : f32[B, T - 1, 4]\n  %4 = exp %3 : f32[B, T - 1, 4]\n"
     "  %5 = exp %4 : f32[B, T - 1, 4]\n",
     "slice along the time axis"},
    {"  %3 = rand stream=0 : f32[B, T, 4]\n  %4 = mul %2, %3 : f32[B, T, 4]\n  %5 = exp %4 : f32[B, T, 4]\n",
     "random numbers"},
    {"  %3 = rmax %2 axes=[1] : f32[B, 1, 4]\n  %4 = expand %3 : f32[B, T, 4]\n  %5 = sub %2, %4 : f32[B, T, 4]\n",
     "rmax over the keys"},
    {"  %3 = sin %2 : f32[B, T, 4]\n  %4 = exp %3 : f32[B, T, 4]\n  %5 = exp %4 : f32[B, T, 4]\n", "no attention"},
};

Test(decode, refusals) {
  for (size_t i = 0; i < sizeof refusals / sizeof refusals[0]; i++) {
    char text[1024];
    snprintf(text, sizeof text,
             "graph forward(B, T) {\n  %%0 = input \"idx\" : i32[B, T]\n  %%1 = param \"w\" : f32[5, 4]\n"
             "  %%2 = gather %%1, %%0 : f32[B, T, 4]\n%s  output out = %%5\n}\n",
             refusals[i].body);
    Diag d;
    diag_init(&d, stderr);
    Graph *g = ir_parse(text, strlen(text), "t.ir", &d);
    cr_assert(g, "row %zu does not parse", i);
    Graph *pre, *dec;
    DecodeInfo info = {0};
    cr_expect_not(ir_decode_derive(g, 8, &pre, &dec, &info, &d), "row %zu derived", i);
    cr_expect(strstr(info.why, refusals[i].why), "row %zu: reason '%s', expected '%s'", i, info.why, refusals[i].why);
    cr_expect_eq(d.nerrors, 0);
    ir_graph_free(g);
    diag_free(&d);
  }
}

/* The examples at full size: two caches (K after RoPE, V) per layer, the
 * decode graph free of T, its token input [B, 1]. */
Test(decode, examples_full_size) {
  const char *files[2] = {LLMC_SOURCE_DIR "/examples/gpt_char.llm", LLMC_SOURCE_DIR "/examples/llama_stories.llm"};
  const int layers[2] = {4, 5};
  const int64_t ctx[2] = {64, 512};
  for (int k = 0; k < 2; k++) {
    Diag d;
    diag_init(&d, stderr);
    FeOptions o = {0};
    o.stdlib_dir = LLMC_SOURCE_DIR "/stdlib";
    Program *p = fe_program_new(&d, &o);
    cr_assert(fe_load(p, files[k]) && fe_check(p));
    Graph *pre, *dec;
    DecodeInfo info = {.ctx = ctx[k]};
    cr_assert(pl_decode_graphs(p, "forward", &pre, &dec, &info, &d), "%s refused: %s", files[k], info.why);
    cr_expect_eq(info.ncache, 2 * layers[k]);
    cr_expect_eq(dec->syms.n, 1, "decode depends on B only");
    for (int i = 0; i < dec->nodes.n; i++) {
      const IrNode *x = ir_node(dec, i);
      if (x->op == OP_INPUT && !strcmp(x->name, "idx")) cr_expect(dim_eq(x->shape[1], dim_const(1)));
      if (x->op == OP_INPUT && !strncmp(x->name, "cache.", 6)) cr_expect(ir_dim_eval(x->shape[1], (int64_t[]){1}) == ctx[k]);
    }
    fprintf(stderr, "%s: %d caches, prefill %d nodes, decode %d nodes\n", files[k], info.ncache, pre->nodes.n,
            dec->nodes.n);
    ir_decode_info_free(&info);
    ir_graph_free(pre);
    ir_graph_free(dec);
    fe_program_free(p);
    diag_free(&d);
  }
}

/* The flow a generator uses on a device, batch 1: each cache is one device
 * buffer of ctx rows, bound to the prefill plan's cache.I output (rows
 * 0..P-1) and to the decode plan's cache.I input; each step only the token
 * and pos go up, and the logits and the small new.I rows come back, the rows
 * written at row pos with rt_write. */
enum { ROWS_BY_HOST, ROWS_STORED, ROWS_SEQUENCE };

static bool graph_has_param(const Graph *g, const char *name) {
  for (int i = 0; i < g->nodes.n; i++)
    if (g->nodes.v[i].op == OP_PARAM && !strcmp(g->nodes.v[i].name, name)) return true;
  return false;
}
static void device_resident(int mode, const char *file, const char *const *sets, int nsets, int64_t CTX) {
  enum { N = 9, P = 4 };
  Mdl m;
  load(&m, file, sets, nsets);
  Cap cp;
  cap_init(&cp);
  Device *dev = rt_device_open(DEV_OPENCL, 0, &cp.d);
  cr_assert_not_null(dev, "opening OpenCL device 0 failed: %s", cap_text(&cp));
  cap_free(&cp);
  Graph *pre, *dec;
  DecodeInfo info = {.ctx = CTX};
  cr_assert(pl_decode_graphs(m.prog, "forward", &pre, &dec, &info, &m.d), "refused: %s", info.why);
  Plan *pp = pl_plan_graph(dev, pre, NULL, &m.d), *dp = pl_plan_graph(dev, dec, NULL, &m.d);
  cr_assert(pp && dp);
  int32_t toks[N];
  for (int i = 0; i < N; i++) toks[i] = (i * 7 + 3) % 23; /* below every vocabulary tested */
  DevBuf *buf[16];
  size_t row[16];
  cr_assert(info.ncache <= 16);
  for (int k = 0; k < info.ncache; k++) {
    const IrNode *x = ir_node(m.fwd, info.cache[k].node);
    cr_assert_eq(info.cache[k].axis, 1, "[B, T, ...] caches");
    row[k] = 4;
    for (int i = 2; i < x->rank; i++) row[k] *= (size_t)ir_dim_eval(x->shape[i], NULL);
    buf[k] = rt_alloc(dev, row[k] * CTX, &m.d);
    cr_assert(buf[k]);
    cr_assert(rt_plan_bind(pp, info.cache[k].name, buf[k], 0, row[k] * P, &m.d));
    cr_assert(rt_plan_bind(dp, info.cache[k].name, buf[k], 0, row[k] * CTX, &m.d));
    if (mode != ROWS_BY_HOST && !getenv("DBG_SEQ_HOST"))
      cr_assert(rt_plan_store_row(dp, info.cache[k].row, 1, buf[k], 0, row[k] * CTX, CTX, "pos", &m.d));
  }
  DevBuf *pbuf[64] = {0};
  int np = 0;
  if (mode == ROWS_SEQUENCE) { /* the weights on the device, fixed: their own kernels run once */
    for (int i = 0; i < m.params.v.n && np < 64; i++) {
      const Tensor *w = m.params.v.v[i];
      if (!graph_has_param(dec, w->name)) continue;
      cr_assert((pbuf[np] = rt_alloc(dev, tensor_nbytes(w), &m.d)));
      cr_assert(rt_write(dev, pbuf[np], 0, w->data, tensor_nbytes(w), &m.d));
      cr_assert(rt_plan_bind(dp, w->name, pbuf[np], 0, tensor_nbytes(w), &m.d));
      np++;
    }
    int fixed = rt_plan_fixed_params(dp);
    fprintf(stderr, "%s: %d of the decode step's %d kernels compute from the weights alone\n", file, fixed,
            rt_plan_kernels(dp));
  }
  const char *why = NULL;
  if (mode == ROWS_SEQUENCE) cr_assert(rt_plan_sequence(dp, &why), "no sequence kernel: %s", why);
  TensorList in = {0}, out = {0}, full = {0};
  InterpOptions io = {DT_F32, 1};
  int64_t sh[2] = {1, N};
  Tensor *t = tensor_new("idx", DT_I32, 2, sh);
  memcpy(t->data, toks, sizeof toks);
  tl_add(&in, t);
  cr_assert(ir_interp(m.fwd, &in, &m.params, &io, &full, &m.d));
  const float *ref = tl_find(&full, "out")->data;
  int64_t V = tl_find(&full, "out")->shape[2];
  tl_free(&in);
  sh[1] = P;
  t = tensor_new("idx", DT_I32, 2, sh);
  memcpy(t->data, toks, sizeof(int32_t) * P);
  tl_add(&in, t);
  cr_assert(rt_plan_run(pp, &in, &m.params, &out, NULL, &m.d));
  cr_assert_null(tl_find(&out, info.cache[0].name), "a bound output is not read back");
  tl_free(&in);
  tl_free(&out);
  double worst = 0, big = 0; /* the largest logit, for a relative bound */
  for (int p = P; p < N; p++) {
    sh[1] = 1;
    t = tensor_new("idx", DT_I32, 2, sh);
    ((int32_t *)t->data)[0] = toks[p];
    tl_add(&in, t);
    t = tensor_new("pos", DT_I32, 1, (int64_t[]){1});
    ((int32_t *)t->data)[0] = p;
    tl_add(&in, t);
    cr_assert(rt_plan_run(dp, &in, &m.params, &out, NULL, &m.d));
    const float *l = tl_find(&out, "out")->data;
    for (int64_t v = 0; v < V; v++) worst = fmax(worst, fabs(l[v] - ref[p * V + v]));
    for (int64_t v = 0; v < V; v++) big = fmax(big, fabs(ref[p * V + v]));
    for (int k = 0; k < info.ncache; k++)
      if (mode == ROWS_BY_HOST || getenv("DBG_SEQ_HOST"))
        cr_assert(rt_write(dev, buf[k], row[k] * (size_t)p, tl_find(&out, info.cache[k].row)->data, row[k], &m.d));
      else
        cr_assert_null(tl_find(&out, info.cache[k].row), "a row-stored output is not read back");
    tl_free(&in);
    tl_free(&out);
  }
  if (mode == ROWS_SEQUENCE) { /* one launch per step */
    cr_assert_not_null(rt_plan_sequence_source(dp));
    if (getenv("DBG_SEQ_SRC")) { FILE *f = fopen(getenv("DBG_SEQ_SRC"), "w"); fputs(rt_plan_sequence_source(dp), f); fclose(f); }
    if (!getenv("DBG_SEQ_HOST")) cr_assert_not_null(strstr(rt_plan_sequence_source(dp), "row store"));
    /* the attention's one-row matmuls read the caches in float8 runs
     * (codegen/matmul.c): q . k as dot products, p @ v by rows */
    cr_assert_not_null(strstr(rt_plan_sequence_source(dp), "one row: dot products of float8 runs"));
    cr_assert_not_null(strstr(rt_plan_sequence_source(dp), "one row: B's rows read as float8 runs"));
  }
  fprintf(stderr, "%s, caches on the device (%s): max |decode - recompute| = %.3g (largest logit %.3g)\n", file,
          mode == ROWS_BY_HOST ? "rows by the host" : mode == ROWS_STORED ? "rows stored by the plan" : "one sequence kernel",
          worst, big);
  /* f32: 1e-5 relative to the logits' size (sums over 512 keys in another order) */
  cr_expect(worst < 1e-5 * fmax(1.0, big), "max abs diff %g (largest logit %g)", worst, big);
  tl_free(&full);
  for (int k = 0; k < info.ncache; k++) rt_free(dev, buf[k]);
  rt_plan_free(pp);
  rt_plan_free(dp);
  for (int i = 0; i < np; i++) rt_free(dev, pbuf[i]);
  ir_graph_free(pre);
  ir_graph_free(dec);
  ir_decode_info_free(&info);
  rt_device_close(dev);
  unload(&m);
}

Test(decode, opencl_device_resident_caches, .timeout = 600) {
  const char *why = rt_backend_status(DEV_OPENCL);
  if (why) cr_skip_test("no OpenCL device: %s", why);
  static const char *const sets[] = {"n_layers=1"};
  device_resident(ROWS_BY_HOST, LLMC_SOURCE_DIR "/tests/decode/tiny_llama.llm", sets, 1, 16);
}

/* rt_plan_store_row: the plan copies each new row into its cache on the device. */
Test(decode, opencl_rows_stored_by_the_plan, .timeout = 600) {
  const char *why = rt_backend_status(DEV_OPENCL);
  if (why) cr_skip_test("no OpenCL device: %s", why);
  static const char *const sets[] = {"n_layers=1"};
  device_resident(ROWS_STORED, LLMC_SOURCE_DIR "/tests/decode/tiny_llama.llm", sets, 1, 16);
}

/* rt_plan_sequence: the whole step, row stores included, as one kernel. */
Test(decode, opencl_one_sequence_kernel_per_step, .timeout = 600) {
  const char *why = rt_backend_status(DEV_OPENCL);
  if (why) cr_skip_test("no OpenCL device: %s", why);
  static const char *const sets[] = {"n_layers=1"};
  device_resident(ROWS_SEQUENCE, LLMC_SOURCE_DIR "/tests/decode/tiny_llama.llm", sets, 1, 16);
}

/* Heads of 32 (gpt_char as written, one layer): dot products over 4 runs of
 * 8, rows of 2 runs per 16 outputs. */
Test(decode, opencl_sequence_kernel_gpt_char, .timeout = 600) {
  const char *why = rt_backend_status(DEV_OPENCL);
  if (why) cr_skip_test("no OpenCL device: %s", why);
  static const char *const sets[] = {"n_layers=1"};
  device_resident(ROWS_SEQUENCE, LLMC_SOURCE_DIR "/examples/gpt_char.llm", sets, 1, 64);
}

/* The example at full size (ctx 512, 5 layers): the largest sequence kernel. */
Test(decode, opencl_sequence_kernel_llama_stories, .timeout = 900) {
  const char *why = rt_backend_status(DEV_OPENCL);
  if (why) cr_skip_test("no OpenCL device: %s", why);
  device_resident(ROWS_SEQUENCE, LLMC_SOURCE_DIR "/examples/llama_stories.llm", NULL, 0, 512);
}

/* IrContract.memo (a plan keeps its nodes' shapes from run to run): a memo
 * answers as a fresh check does, through bad token ids (checked at every
 * run), new shapes and back. */
Test(decode, input_contract_memo_answers_as_a_fresh_check) {
  Mdl m;
  load(&m, LLMC_SOURCE_DIR "/tests/decode/tiny_llama.llm", NULL, 0);
  struct IrShapeMemo *memo = ir_shape_memo_new();
  static const struct {
    int64_t b, t;
    int32_t bad; /* a token id put at the last position; -1: none */
    bool ok;
  } runs[] = {{1, 4, -1, true}, {1, 4, 99, false}, {1, 4, -1, true}, {2, 3, -1, true},
              {2, 17, -1, true}, {2, 3, 23, false}, {1, 4, -1, true}};
  for (size_t r = 0; r < sizeof runs / sizeof runs[0]; r++) {
    int64_t sh[2] = {runs[r].b, runs[r].t};
    Tensor *t = tensor_new("idx", DT_I32, 2, sh);
    for (int64_t e = 0; e < tensor_numel(t); e++) ((int32_t *)t->data)[e] = (int32_t)(e % 23);
    if (runs[r].bad >= 0) ((int32_t *)t->data)[tensor_numel(t) - 1] = runs[r].bad;
    TensorList in = {0};
    tl_add(&in, t);
    bool ok[2];
    for (int k = 0; k < 2; k++) {
      char *buf = NULL;
      size_t len = 0;
      FILE *f = open_memstream(&buf, &len);
      Diag d;
      diag_init(&d, f);
      IrContract con = {.memo = k ? memo : NULL};
      int64_t vals[LLMC_MAX_SYMS];
      ok[k] = ir_check_inputs(m.fwd, &in, &m.params, &con, vals, &d);
      diag_free(&d);
      fclose(f);
      free(buf);
    }
    cr_assert_eq(ok[0], runs[r].ok, "run %zu: the fresh check says %d", r, ok[0]);
    cr_assert_eq(ok[1], ok[0], "run %zu: the memo's check says %d, a fresh one %d", r, ok[1], ok[0]);
    tl_free(&in);
  }
  ir_shape_memo_free(memo);
  unload(&m);
}
