/* cmd_generate.c — `llmc generate FILE --ckpt C [--prompt S] [-n N]
 * [--temperature T] [--top-k K] [--top-p P] [--seed S]`: samples text from a
 * checkpoint, step for step as llama2.c's run.c generates (docs/inference.md):
 * the prompt is encoded with BOS, -n counts positions (prompt included, 0:
 * the model's seq_len), the prompt's tokens are forced, the rest sampled,
 * BOS ends the text, and every token after the first is printed as decoded
 * after its predecessor (unprintable single bytes skipped, as safe_printf).
 * Decoding is incremental where the compiler derives it (pl_decode_graphs,
 * docs/decode.md): one decode plan per model (caches of the checkpoint's
 * seq_len, else train.seq, rows), one token per step, every position
 * including the prompt's, as run.c does. Past the caches' length, or where
 * the pass refuses the model (a one-line notice says why), one forward plan
 * compiled once for a fixed window (B = 1, T = the steps, at most seq_len)
 * serves every position: the context right-padded with id 0 or cropped to its
 * last T tokens, the logits read at the last real position (the model is
 * causal, so the padding after it changes nothing). No kernel is compiled per
 * token. */
#define _POSIX_C_SOURCE 200809L
#include <ctype.h>
#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "decode.h"
#include "report.h"
#include "sample.h"
#include "train_cli.h"

typedef struct GenOpts {
  int64_t n;
  double temperature, top_p;
  int top_k;
  bool slide;   /* past the context length: a sliding window instead of stopping */
  bool verbose; /* -v: the decode step's kernels and times */
} GenOpts;

static bool parse_gen(const TOpts *t, GenOpts *g) {
  char *end;
  g->n = 256, g->temperature = 1.0, g->top_p = 0, g->top_k = 0;
  if (t->n && ((g->n = strtoll(t->n, &end, 10)) < 0 || *end)) return cli_error("-n expects a count"), false;
  if (t->temperature && (!((g->temperature = strtod(t->temperature, &end)) >= 0) || *end))
    return cli_error("--temperature expects a number >= 0"), false;
  if (t->top_p && (!((g->top_p = strtod(t->top_p, &end)) >= 0 && g->top_p <= 1) || *end))
    return cli_error("--top-p expects a number in [0, 1]"), false;
  if (t->top_k && ((g->top_k = (int)strtol(t->top_k, &end, 10)) < 0 || *end))
    return cli_error("--top-k expects a count"), false;
  return true;
}

/* What one generation needs besides the plan. */
typedef struct GenRun {
  Runner *run;
  const TensorList *params;
  const Tokenizer *tok;
  int32_t *ids; /* the prompt's tokens, then the generated ones */
  size_t nprompt;
  int64_t steps, T;
  bool printed_first; /* ids[0] is the prompt's (not the id 0 an empty prompt starts from) */
  /* incremental decoding (pl_decode_graphs): the decode plan and its caches,
   * used for positions below T; NULL dec: the window is recomputed per token */
  Runner *dec;
  const DecodeInfo *info;
  Device *dev;
  DevBuf **cbuf;      /* per cache, on the device; or */
  TensorList *chost;  /* the caches as host tensors (the interpreter) */
  int64_t ctx;        /* the caches' rows: the model's longest sequence, whatever -n is */
  int64_t *couter, *cinner; /* per cache: elements before and after its time axis */
  Tensor *dpos;       /* "pos" [1] */
  bool seq;           /* the decode step runs as one sequence kernel */
  double *step_s;     /* per position: the decode step's wall time (for -v) */
  double dev_s;       /* the sequence kernel's device time, summed over the steps timed */
  int64_t ndev;
} GenRun;

/* run.c's safe_printf: a piece of one byte that is neither printable nor
 * white space (a raw control byte) is not printed. */
static void put_piece(const StrBuf *piece) {
  if (!piece->len) return;
  unsigned char c = (unsigned char)piece->s[0];
  if (piece->len == 1 && !(isprint(c) || isspace(c))) return;
  fwrite(piece->s, 1, piece->len, stdout);
}

/* The logits after ids[0..len) into row[V]; V from the output. */
static bool forward_last(GenRun *gr, Tensor *idx, size_t len, float **row, int *V, Diag *d) {
  size_t start = len > (size_t)gr->T ? len - (size_t)gr->T : 0;
  len -= start;
  memset(idx->data, 0, tensor_nbytes(idx));
  memcpy(idx->data, gr->ids + start, len * sizeof *gr->ids);
  TensorList in = {0}, out = {0};
  tl_add(&in, idx);
  bool ok = runner_run(gr->run, &in, gr->params, 0, &out, d);
  in.v.n = 0; /* idx stays the caller's */
  tl_free(&in);
  if (ok) {
    const Tensor *lg = out.v.v[0]; /* [1, T, V] */
    *V = (int)lg->shape[lg->rank - 1];
    if (!*row) *row = xmalloc(sizeof **row * (size_t)*V);
    for (int v = 0; v < *V; v++) (*row)[v] = (float)tensor_get(lg, (int64_t)(len - 1) * *V + v);
  }
  tl_free(&out);
  return ok;
}

/* Writes row `pos` of cache k from the decode output `row` (time axis of
 * length 1) into the cache (time axis of length T). */
static bool cache_put(GenRun *gr, int k, const Tensor *row, int64_t pos, Diag *d) {
  int64_t outer = gr->couter[k], inner = gr->cinner[k];
  for (int64_t o = 0; o < outer; o++) {
    size_t dst = (size_t)((o * gr->ctx + pos) * inner) * 4, src = (size_t)(o * inner) * 4, n = (size_t)inner * 4;
    if (gr->cbuf) {
      if (!rt_write(gr->dev, gr->cbuf[k], dst, (const char *)row->data + src, n, d)) return false;
    } else {
      memcpy((char *)tl_find(gr->chost, gr->info->cache[k].name)->data + dst, (const char *)row->data + src, n);
    }
  }
  return true;
}

/* With --dump-kernels DIR, the sequence kernel goes beside the decode plan's
 * kernels, as DIR/decode/sequence.cl. */
static void dump_sequence(GenRun *gr, Diag *d) {
  const char *dir = getenv("LLMC_PLAN_DUMP"), *src = rt_plan_sequence_source(gr->dec->plan);
  if (!dir || !*dir || !src) return;
  char *sub = sup_path_join(dir, "decode"), *path = sup_path_join(sub, "sequence.cl");
  report_write_file(path, src, strlen(src), d);
  free(path);
  free(sub);
}

/* The logits at position pos (ids[pos], pos < T) by one decode step, which
 * also appends the position's keys and values to the caches. */
static bool decode_at(GenRun *gr, int64_t pos, float **row, int *V, Diag *d) {
  int64_t one[2] = {1, 1};
  Tensor *idx = tensor_new("idx", DT_I32, 2, one);
  ((int32_t *)idx->data)[0] = gr->ids[pos];
  ((int32_t *)gr->dpos->data)[0] = (int32_t)pos;
  TensorList in = {0}, out = {0};
  tl_add(&in, idx);
  tl_add(&in, gr->dpos);
  for (int k = 0; gr->chost && k < gr->chost->v.n; k++) tl_add(&in, gr->chost->v.v[k]);
  double t0 = tcli_now();
  bool ok = runner_run(gr->dec, &in, gr->params, 0, &out, d);
  if (ok && gr->step_s) {
    gr->step_s[pos] = tcli_now() - t0;
    if (gr->seq && gr->dev) { /* the step's one launch, timed by the device (the read waited for it) */
      gr->dev_s += rt_last_launch_seconds(gr->dev);
      gr->ndev++;
    }
  }
  if (ok && gr->seq && pos == 0) dump_sequence(gr, d);
  in.v.n = 1; /* pos and the caches stay */
  tl_free(&in);
  for (int k = 0; ok && !gr->cbuf && k < gr->info->ncache; k++) { /* on a device the plan stores the rows */
    const Tensor *r = tl_find(&out, gr->info->cache[k].row);
    ok = r && cache_put(gr, k, r, pos, d);
  }
  const Tensor *lg = NULL;
  for (int i = 0; ok && i < out.v.n && !lg; i++)
    if (strncmp(out.v.v[i]->name, "new.", 4)) lg = out.v.v[i]; /* [1, 1, V] */
  if (ok && lg) {
    *V = (int)lg->shape[lg->rank - 1];
    if (!*row) *row = xmalloc(sizeof **row * (size_t)*V);
    for (int v = 0; v < *V; v++) (*row)[v] = (float)tensor_get(lg, v);
  }
  tl_free(&out);
  return ok && lg;
}

/* The mean decode-step time over positions [a, b), in ms; 0 when none ran. */
static double mean_step_ms(const GenRun *gr, int64_t a, int64_t b) {
  double t = 0;
  int64_t n = 0;
  for (int64_t p = a; p < b && p < gr->ctx; p++)
    if (gr->step_s[p] > 0) t += gr->step_s[p], n++;
  return n ? 1e3 * t / (double)n : 0;
}

/* -v: the decode step kernel by kernel (one more step at the last position,
 * launched kernel by kernel and timed, which rewrites the same cache rows),
 * then the step's time per token and how flat it is in position. */
static void report_steps(GenRun *gr, int64_t npos, Diag *d) {
  if (npos < 1) return;
  if (gr->dev) {
    fprintf(stderr, "decode step (batch 1, caches of %" PRId64 " rows), kernel by kernel:\n", gr->ctx);
    gr->dec->log = stderr;
    float *row = NULL;
    int V = 0;
    double keep = gr->step_s[npos - 1];
    decode_at(gr, npos - 1, &row, &V, d);
    gr->step_s[npos - 1] = keep;
    gr->dec->log = NULL;
    free(row);
  }
  int64_t n = npos < gr->ctx ? npos : gr->ctx;
  fprintf(stderr, "decode: %d launches per token%s; %.3f ms per token over %" PRId64 " positions", gr->seq ? 1 : rt_plan_kernels(gr->dec->plan),
          gr->seq ? " (one sequence kernel)" : "", mean_step_ms(gr, 1, n), n - 1);
  if (gr->ndev) fprintf(stderr, " (%.3f ms of it in the kernel, on the device)", 1e3 * gr->dev_s / (double)gr->ndev);
  fprintf(stderr, "\n");
  if (n > 255)
    fprintf(stderr, "decode: per token %.3f ms at positions 8-12, %.3f ms at 248-252 (ratio %.2f)\n", mean_step_ms(gr, 8, 13),
            mean_step_ms(gr, 248, 253), mean_step_ms(gr, 248, 253) / fmax(1e-9, mean_step_ms(gr, 8, 13)));
}

/* run.c's generate loop; 0 or 1. */
static int generate(GenRun *gr, const GenOpts *g, uint64_t seed, Diag *d) {
  int64_t bt[2] = {1, gr->T};
  Tensor *idx = tensor_new("idx", DT_I32, 2, bt);
  Sampler s = {0};
  float *row = NULL;
  int V = 0, bos = tok_bos(gr->tok);
  StrBuf piece = {0};
  if (bos < 0 && gr->printed_first) { /* no BOS: the prompt's first token is text too */
    tok_decode(gr->tok, -1, gr->ids[0], &piece);
    put_piece(&piece);
  }
  double t0 = tcli_now();
  int64_t made = 0, pos = 0;
  int32_t token = gr->ids[0];
  while (pos < gr->steps) {
    int32_t next;
    bool inc = gr->dec && pos < gr->ctx; /* past the caches' length, the window slides */
    if (gr->dec && pos == gr->ctx && !g->slide) {
      fprintf(stderr, "\nllmc generate: stopped at the context length (%" PRId64 " positions); --slide continues with a "
              "sliding window of the last %" PRId64 " tokens\n", gr->ctx, gr->T);
      break;
    }
    if (inc && !decode_at(gr, pos, &row, &V, d)) break; /* every position fills the caches */
    if ((size_t)pos + 1 < gr->nprompt) {
      next = gr->ids[pos + 1]; /* the prompt's tokens are forced */
    } else {
      if (!inc && !forward_last(gr, idx, (size_t)pos + 1, &row, &V, d)) break;
      if (!made++) sample_init(&s, V, (float)g->temperature, g->top_k, (float)g->top_p, seed);
      next = sample_next(&s, row);
      gr->ids[pos + 1] = next;
    }
    pos++;
    if (next == bos) break; /* BOS delimits sequences */
    piece.len = 0;
    tok_decode(gr->tok, token, next, &piece);
    put_piece(&piece);
    fflush(stdout);
    token = next;
  }
  double dt = tcli_now() - t0;
  printf("\n");
  if (g->verbose && gr->step_s) report_steps(gr, pos, d);
  fprintf(stderr, "llmc generate: %" PRId64 " tokens in %.2f s (%.1f tokens/s), %s T=%" PRId64 "\n", made, dt,
          dt > 0 ? (double)made / dt : 0, gr->dec ? "incremental decoding, caches of" : "window",
          gr->dec ? gr->ctx : gr->T);
  free(row);
  sb_free(&piece);
  sample_free(&s);
  tensor_free(idx);
  return d->nerrors ? 1 : 0;
}

/* The decode plan (batch 1) with the parameters on the device, and zeroed
 * caches of T rows: device buffers bound to it, or host tensors. */
static bool decode_setup(GenRun *gr, Runner *drun, const Graph *dec, const DecodeInfo *info, Device *dev,
                         const TensorList *params, const TrainConfig *c, Diag *d) {
  if (!runner_init(drun, dev, dec, &c->target, 1, 1, d) || !runner_keep_params(drun, params, d)) return false;
  int n = info->ncache;
  gr->info = info;
  gr->dev = dev;
  gr->couter = xcalloc((size_t)n + 1, sizeof(int64_t));
  gr->cinner = xcalloc((size_t)n + 1, sizeof(int64_t));
  if (dev) gr->cbuf = xcalloc((size_t)n + 1, sizeof(DevBuf *));
  int64_t one = 1;
  gr->dpos = tensor_new("pos", DT_I32, 1, &one);
  for (int k = 0; k < n; k++) {
    const IrNode *x = NULL; /* the decode graph's input cache.k: [..., T, ...] at the time axis */
    for (int i = 0; i < dec->nodes.n && !x; i++)
      if (dec->nodes.v[i].op == OP_INPUT && !strcmp(dec->nodes.v[i].name, info->cache[k].name)) x = &dec->nodes.v[i];
    if (!x || x->dtype != DT_F32) {
      diag_plain(d, "decode graph: no f32 input '%s'", info->cache[k].name);
      return false;
    }
    int64_t dims[IR_MAX_RANK], outer = 1, inner = 1;
    for (int a = 0; a < x->rank; a++) {
      dims[a] = ir_dim_eval(x->shape[a], (int64_t[]){1}); /* B = 1, the graph's one shape variable */
      if (a < info->cache[k].axis) outer *= dims[a];
      else if (a > info->cache[k].axis) inner *= dims[a];
    }
    gr->couter[k] = outer;
    gr->cinner[k] = inner;
    Tensor *z = tensor_new(info->cache[k].name, DT_F32, x->rank, dims);
    if (!dev) {
      tl_add(gr->chost, z);
      continue;
    }
    size_t bytes = tensor_nbytes(z);
    /* the step reads the cache and stores its new row at pos, on the device */
    bool ok = (gr->cbuf[k] = rt_alloc(dev, bytes ? bytes : 4, d)) && rt_write(dev, gr->cbuf[k], 0, z->data, bytes, d) &&
              rt_plan_bind(drun->plan, info->cache[k].name, gr->cbuf[k], 0, bytes, d) &&
              rt_plan_store_row(drun->plan, info->cache[k].row, info->cache[k].axis, gr->cbuf[k], 0, bytes, dims[info->cache[k].axis],
                                "pos", d);
    tensor_free(z);
    if (!ok) return false;
  }
  if (dev) rt_plan_fixed_params(drun->plan); /* the checkpoint's weights do not change while generating */
  /* On a CPU the step's launches cost more than its work: one kernel runs them all. */
  const char *why = NULL;
  gr->seq = dev && !rt_device_info(dev)->is_gpu && !getenv("LLMC_DECODE_LAUNCHES") && rt_plan_sequence(drun->plan, &why);
  gr->dec = drun;
  return true;
}

/* The checkpoint's seq_len when it was imported from llama2.c, else 0. */
static int64_t ckpt_seq_len(const StMeta *meta) {
  const char *cfg = st_meta_get(meta, "llmc.llama2c.config"), *at = cfg ? strstr(cfg, "\"seq_len\":") : NULL;
  return at ? strtoll(at + strlen("\"seq_len\":"), NULL, 10) : 0;
}

static int gen_main(Program *p, const Opts *o, const TOpts *to, const GenOpts *g, Diag *d) {
  const Model *m = fe_model(p);
  TrainConfig c = tcli_config(m, !o->no_fuse);
  int vocab = tcli_vocab(p, m, false), status = 1;
  TensorList params = {0};
  StMeta meta = {0};
  Tokenizer *tok = NULL;
  Graph *gr = NULL;
  Device *dev = NULL;
  Runner run = {0}, drun = {0};
  Graph *pre = NULL, *dec = NULL;
  DecodeInfo dinfo = {0};
  TensorList chost = {0};
  int32_t *ids = NULL;
  size_t nids = 0, cap = 0;
  GenRun gen = {0};
  const char *mpath; /* the base and the adapter (cli/params.c), checked against the model's ctx */
  int fresh = 0;
  if (!tcli_check_seq(m, c.seq, d) || !tcli_load_params(m, &c, to->ckpt, to->adapter, &params, &meta, &mpath, &fresh, d) ||
      !(tok = tcli_ckpt_tokenizer(mpath, &meta, vocab, d)))
    goto done;
  if (fresh) { /* a base checkpoint of a finetune model: the base model, without the PEFT terms (docs/peft.md) */
    int npeft = 0;
    for (int i = 0; i < m->params.n; i++) npeft += m->params.v[i].peft;
    if (fresh == npeft) {
      fe_set_base_only(p, true);
      fprintf(stderr, "llmc generate: %s holds no PEFT weights: generating with the base model (no LoRA, adapter or prompt terms)\n", mpath);
    } else {
      fprintf(stderr, "llmc: %s has none of %d of the model's PEFT parameters: they start from their init\n", mpath, fresh);
    }
  }
  const char *prompt = to->prompt ? to->prompt : "";
  if (!tok_encode(tok, prompt, strlen(prompt), true, &ids, &nids, &cap, d)) goto done;
  bool from_prompt = nids > 0;
  if (nids == 0) { /* no prompt and no BOS: start from id 0 (char: the first character of the vocabulary) */
    ids = xrealloc(ids, sizeof *ids);
    ids[nids++] = 0;
  }
  /* run.c: steps 0 or past seq_len mean seq_len; without one (not imported), the window slides */
  int64_t seq_len = ckpt_seq_len(&meta), steps = g->n;
  if (steps == 0) steps = seq_len > 0 ? seq_len : c.seq;
  if (seq_len > 0 && steps > seq_len) {
    fprintf(stderr, "llmc generate: -n %" PRId64 " is past the model's seq_len; %" PRId64 " positions\n", steps, seq_len);
    steps = seq_len;
  }
  gen = (GenRun){.run = &run, .params = &params, .tok = tok, .nprompt = nids, .steps = steps,
                 .printed_first = from_prompt, .chost = dev ? NULL : &chost};
  gen.T = steps < (seq_len > 0 ? seq_len : c.seq) ? steps : (seq_len > 0 ? seq_len : c.seq);
  if (gen.T < 1) gen.T = 1;
  ids = xrealloc(ids, sizeof *ids * (nids > (size_t)steps + 1 ? nids : (size_t)steps + 1));
  gen.ids = ids;
  double t0 = tcli_now();
  /* incremental decoding where the compiler can derive it; the full window
   * past the caches' length (T) and where it cannot */
  /* one decode plan per model, whatever -n is: caches of the longest sequence */
  /* the caches hold the model's context (its config's ctx), else the checkpoint's seq_len, else train.seq */
  gen.ctx = dinfo.ctx = m->ctx > 0 ? m->ctx : seq_len > 0 ? seq_len : c.seq;
  bool derived = pl_decode_graphs(p, "forward", &pre, &dec, &dinfo, d);
  /* a decode step is one launch on a CPU: PoCL runs it in this thread */
  if (derived && (!o->backend || !strcmp(o->backend, "opencl")) && !getenv("LLMC_DECODE_LAUNCHES"))
    rt_opencl_calling_thread();
  if (!cli_open_device(o, &dev, d)) goto done;
  if (derived) {
    float *row = NULL;
    int V = 0;
    /* one step at position 0 builds the step's kernels (the sequence kernel is
     * built for its memory layout at its first run); generation rewrites row 0 */
    bool ok = decode_setup(&gen, &drun, dec, &dinfo, dev, &params, &c, d) && decode_at(&gen, 0, &row, &V, d);
    free(row);
    if (!ok) goto done;
    gen.step_s = xcalloc((size_t)gen.ctx + 1, sizeof *gen.step_s);
  } else {
    fprintf(stderr, "llmc generate: incremental decoding not derived (%s); the window is recomputed per token\n",
            dinfo.why);
  }
  if (!gen.dec || steps > gen.ctx) {
    gr = pl_build_graph(p, "forward", false, false, d);
    if (!gr || !runner_init(&run, dev, gr, &c.target, 1, gen.T, d) || !runner_keep_params(&run, &params, d)) goto done;
  }
  fprintf(stderr, "llmc generate: plans ready in %.1f s on %s\n", tcli_now() - t0,
          dev ? rt_device_info(dev)->name : "the reference interpreter");
  status = generate(&gen, g, o->have_seed ? o->seed : 42, d);
done:
  free(ids);
  runner_free(&run);
  runner_free(&drun);
  for (int k = 0; gen.cbuf && k < dinfo.ncache; k++) rt_free(dev, gen.cbuf[k]);
  free(gen.cbuf);
  tl_free(&chost);
  free(gen.couter);
  free(gen.step_s);
  free(gen.cinner);
  tensor_free(gen.dpos);
  ir_graph_free(pre);
  ir_graph_free(dec);
  ir_decode_info_free(&dinfo);
  rt_device_close(dev);
  ir_graph_free(gr);
  tok_free(tok);
  st_meta_free(&meta);
  tl_free(&params);
  return status;
}

int cmd_generate(int argc, char **argv) {
  Opts o = {0};
  TOpts to = {0};
  GenOpts g;
  bool slide = false;
  for (int i = 1; i < argc; i++)
    if (!strcmp(argv[i], "--slide")) { /* a flag of generate's own */
      slide = true;
      memmove(argv + i, argv + i + 1, sizeof *argv * (size_t)(argc - i));
      argc--, i--;
    }
  int rc = tcli_take(&argc, argv, "--ckpt --adapter --prompt --temperature --top-k --top-p -n", &to);
  if (!rc) rc = cli_parse(argc, argv, &o, "--seed --set -I --data-dir --stdlib --backend --device --no-fuse");
  if (rc || o.files.n != 1 || (!to.ckpt && !to.adapter) || !cli_check_backend(&o) || !parse_gen(&to, &g)) {
    if (!rc && (o.files.n != 1 || (!to.ckpt && !to.adapter)))
      cli_error("usage: llmc generate FILE --ckpt C | --adapter A [--ckpt BASE] [--prompt S] [-n N] ...");
    cli_opts_free(&o);
    return rc == 1 ? 0 : 2;
  }
  g.slide = slide;
  g.verbose = o.verbose;
  Diag d;
  cli_diag_init(&d, &o);
  Program *p = cli_load(&o, o.files.v[0], &d);
  int status = p ? gen_main(p, &o, &to, &g, &d) : 1;
  fe_program_free(p);
  diag_free(&d);
  cli_opts_free(&o);
  return status;
}
