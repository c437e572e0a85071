/* cmd_generate.c — `llmc generate FILE --ckpt C [--prompt S] [-n N]
 * [--temperature T] [--top-k K] [--top-p P] [--seed S]`: samples text from a
 * checkpoint. One forward plan, compiled once for a fixed window (B = 1,
 * T = train.seq), serves every length: the context is cropped to its last T
 * tokens or right-padded with id 0, and the logits are read at the last real
 * position (the model is causal, so the padding after it changes nothing).
 * No kernel is compiled per token; decoding is not incremental (no KV cache). */
#define _POSIX_C_SOURCE 200809L
#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "sample.h"
#include "train_cli.h"

typedef struct GenOpts {
  int64_t n;
  double temperature, top_p;
  int top_k;
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

/* Generates g->n tokens after the prompt's ids; 0 or 1. */
static int generate(Runner *run, const TensorList *params, const Tokenizer *tok, int32_t *ids, size_t nids,
                    size_t cap, int64_t T, const GenOpts *g, uint64_t seed, Diag *d) {
  int64_t bt[2] = {1, T};
  TensorList in = {0};
  Tensor *idx = tensor_new("idx", DT_I32, 2, bt);
  tl_add(&in, idx);
  Sampler s = {0};
  bool inited = false;
  StrBuf piece = {0};
  double t0 = tcli_now();
  int64_t made = 0;
  for (; made < g->n; made++) {
    size_t start = nids > (size_t)T ? nids - (size_t)T : 0, len = nids - start;
    memset(idx->data, 0, tensor_nbytes(idx));
    memcpy(idx->data, ids + start, len * sizeof *ids);
    TensorList out = {0};
    if (!runner_run(run, &in, params, 0, &out, d)) {
      tl_free(&out);
      break;
    }
    const Tensor *lg = out.v.v[0]; /* [1, T, V] */
    int V = (int)lg->shape[lg->rank - 1];
    if (!inited) sample_init(&s, V, (float)g->temperature, g->top_k, (float)g->top_p, seed), inited = true;
    float *row = xmalloc(sizeof *row * (size_t)V);
    for (int v = 0; v < V; v++) row[v] = (float)tensor_get(lg, (int64_t)(len - 1) * V + v);
    int next = sample_next(&s, row);
    free(row);
    tl_free(&out);
    if (nids == cap) break; /* cap was sized for n */
    piece.len = 0;
    tok_decode(tok, ids[nids - 1], next, &piece);
    ids[nids++] = next;
    fwrite(piece.s ? piece.s : "", 1, piece.len, stdout);
    fflush(stdout);
    if (next == tok_eos(tok)) break;
  }
  double dt = tcli_now() - t0;
  printf("\n");
  fprintf(stderr, "llmc generate: %" PRId64 " tokens in %.2f s (%.1f tokens/s), window T=%" PRId64 "\n", made, dt,
          dt > 0 ? (double)made / dt : 0, T);
  sb_free(&piece);
  sample_free(&s);
  tl_free(&in);
  return d->nerrors ? 1 : 0;
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
  Runner run = {0};
  int32_t *ids = NULL;
  size_t nids = 0, cap = 0;
  if (!tcli_load_ckpt(to->ckpt, m, &params, &meta, d) || !(tok = tcli_ckpt_tokenizer(to->ckpt, &meta, vocab, d)))
    goto done;
  const char *prompt = to->prompt ? to->prompt : "";
  if (!tok_encode(tok, prompt, strlen(prompt), true, &ids, &nids, &cap, d)) goto done;
  if (nids == 0) { /* no prompt and no BOS: start from id 0 (char: the first character of the vocabulary) */
    ids = xrealloc(ids, sizeof *ids);
    ids[nids++] = 0;
  } else {
    fputs(prompt, stdout);
  }
  cap = nids + (size_t)g->n;
  ids = xrealloc(ids, sizeof *ids * (cap ? cap : 1));
  gr = pl_build_graph(p, "forward", false, false, d);
  double t0 = tcli_now();
  if (!gr || !cli_open_device(o, &dev, d) || !runner_init(&run, dev, gr, &c.target, 1, c.seq, d) ||
      !runner_keep_params(&run, &params, d))
    goto done;
  fprintf(stderr, "llmc generate: forward plan ready in %.1f s on %s\n", tcli_now() - t0,
          dev ? rt_device_info(dev)->name : "the reference interpreter");
  status = generate(&run, &params, tok, ids, nids, cap, c.seq, g, o->have_seed ? o->seed : 42, d);
done:
  free(ids);
  runner_free(&run);
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
  int rc = tcli_take(&argc, argv, "--ckpt --prompt --temperature --top-k --top-p -n", &to);
  if (!rc) rc = cli_parse(argc, argv, &o, "--seed --set -I --data-dir --stdlib --backend --device --no-fuse");
  if (rc || o.files.n != 1 || !to.ckpt || !cli_check_backend(&o) || !parse_gen(&to, &g)) {
    if (!rc && (o.files.n != 1 || !to.ckpt)) cli_error("usage: llmc generate FILE --ckpt C [--prompt S] [-n N] ...");
    cli_opts_free(&o);
    return rc == 1 ? 0 : 2;
  }
  Diag d;
  cli_diag_init(&d, &o);
  Program *p = cli_load(&o, o.files.v[0], &d);
  int status = p ? gen_main(p, &o, &to, &g, &d) : 1;
  fe_program_free(p);
  diag_free(&d);
  cli_opts_free(&o);
  return status;
}
