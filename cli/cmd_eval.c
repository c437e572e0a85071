/* cmd_eval.c — `llmc eval FILE --ckpt C | --adapter A [--ckpt BASE] [--json]`
 * (cli/params.c loads them): the loss and perplexity of
 * a checkpoint over the whole validation split (language models), or the
 * accuracy, precision, recall, F1 and confusion matrix (classifiers, tsv).
 * Deterministic: the split is read in order (data_lm_window_batch,
 * data_cls_batch with no generator). */
#define _POSIX_C_SOURCE 200809L
#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "classify.h"
#include "train_cli.h"

typedef struct Eval {
  Runner run;
  TensorList in, *params;
  int64_t batch, seq;
  double loss_sum; /* summed over tokens (lm) */
  int64_t count;
} Eval;

static double run_loss(Eval *e, Diag *d, bool *ok) {
  TensorList out = {0};
  *ok = runner_run(&e->run, &e->in, e->params, 0, &out, d);
  const Tensor *l = *ok ? tl_find(&out, "loss") : NULL;
  double v = l ? tensor_get(l, 0) : NAN;
  tl_free(&out);
  return v;
}

/* Copies row 0 of the [B, T] tensor into rows from..B-1. */
static void fill_rows(Tensor *t, int64_t from) {
  size_t row = tensor_nbytes(t) / (size_t)t->shape[0];
  for (int64_t r = from; r < t->shape[0]; r++) memcpy((char *)t->data + (size_t)r * row, t->data, row);
}

/* The loss graph's mean over B*T tokens, batch after batch. A last, partial
 * batch is padded with copies of its row 0; a second run with every row a copy
 * of row 0 gives that row's loss, which is taken out again. */
static bool eval_lm(Eval *e, const Dataset *ds, Diag *d) {
  Tensor *idx = tl_find(&e->in, "idx"), *tg = tl_find(&e->in, "targets");
  for (int64_t k = 0;; k++) {
    int rows = data_lm_window_batch(ds, true, k, idx, tg);
    if (rows <= 0) break;
    bool ok;
    double mean = 0;
    if (rows < e->batch) {
      fill_rows(idx, rows);
      fill_rows(tg, rows);
    }
    mean = run_loss(e, d, &ok);
    if (!ok) return false;
    double row_sum = mean * (double)e->batch;
    if (rows < e->batch) {
      fill_rows(idx, 1);
      fill_rows(tg, 1);
      double row0 = run_loss(e, d, &ok);
      if (!ok) return false;
      row_sum -= (double)(e->batch - rows) * row0;
    }
    e->loss_sum += row_sum * (double)e->seq;
    e->count += rows * e->seq;
  }
  return true;
}

static int eval_main(Program *p, const Opts *o, const TOpts *to, Diag *d) {
  const Model *m = fe_model(p);
  DataSpec spec;
  TrainConfig c = tcli_config(m, !o->no_fuse);
  if (!tcli_check_seq(m, c.seq, d) || !tcli_data_spec(m, &spec, d)) return 1;
  bool cls = spec.kind == DATA_TSV;
  int vocab = tcli_vocab(p, m, cls), status = 1;
  TensorList params = {0};
  StMeta meta = {0};
  Tokenizer *tok = NULL;
  Dataset *ds = NULL;
  Graph *g = NULL;
  Device *dev = NULL;
  Eval e = {.params = &params, .batch = c.batch, .seq = c.seq};
  ClsMetrics cm = {0};
  const char *mpath;
  if (!tcli_load_params(m, &c, to->ckpt, to->adapter, &params, &meta, &mpath, NULL, d) ||
      !(tok = tcli_ckpt_tokenizer(mpath, &meta, vocab, d)))
    goto done;
  if (!(ds = data_open(&spec, tok, vocab, (int)c.seq, c.seed, d))) goto done;
  g = pl_build_graph(p, cls ? "forward" : "loss", false, false, d);
  if (!g || !cli_open_device(o, &dev, d) || !runner_init(&e.run, dev, g, &c.target, c.batch, c.seq, d) ||
      !runner_keep_params(&e.run, &params, d))
    goto done;
  int64_t bt[2] = {c.batch, c.seq};
  tl_add(&e.in, tensor_new("idx", DT_I32, 2, bt));
  if (!cls) tl_add(&e.in, tensor_new("targets", DT_I32, 2, bt));
  double t0 = tcli_now();
  if (cls ? !cls_evaluate(&e.run, e.params, ds, c.batch, c.seq, rt_graph_has_input(g, "mask"),
                          spec.nlabels > 0 ? spec.nlabels : 2, &cm, d)
          : !eval_lm(&e, ds, d))
    goto done;
  fprintf(stderr, "llmc eval: %s over the validation split of %s in %.1f s\n", mpath, spec.path, tcli_now() - t0);
  if (cls && o->json) {
    StrBuf b = {0};
    cls_json_members(&b, &cm);
    printf("{\"loss\": %.6f, %s}\n", cm.loss, sb_cstr(&b));
    sb_free(&b);
  } else if (cls) {
    cls_print(stdout, &cm, "");
  } else {
    double loss = e.count ? e.loss_sum / (double)e.count : NAN;
    if (o->json) printf("{\"loss\": %.6f, \"perplexity\": %.6f, \"tokens\": %" PRId64 "}\n", loss, exp(loss), e.count);
    else printf("tokens:      %" PRId64 "\nloss:        %.4f\nperplexity:  %.4f\n", e.count, loss, exp(loss));
  }
  status = 0;
done:
  cls_free(&cm);
  tl_free(&e.in);
  runner_free(&e.run);
  rt_device_close(dev);
  ir_graph_free(g);
  data_free(ds);
  tok_free(tok);
  st_meta_free(&meta);
  tl_free(&params);
  tcli_data_spec_free(&spec);
  return status;
}

int cmd_eval(int argc, char **argv) {
  Opts o = {0};
  TOpts to = {0};
  int rc = tcli_take(&argc, argv, "--ckpt --adapter", &to);
  if (!rc) rc = cli_parse(argc, argv, &o, "--json --set -I --data-dir --stdlib --backend --device --no-fuse");
  if (rc || o.files.n != 1 || (!to.ckpt && !to.adapter) || !cli_check_backend(&o)) {
    if (!rc && (o.files.n != 1 || (!to.ckpt && !to.adapter)))
      cli_error("usage: llmc eval FILE --ckpt C [--json], or llmc eval FILE --adapter A [--ckpt BASE] [--json]");
    cli_opts_free(&o);
    return rc == 1 ? 0 : 2;
  }
  Diag d;
  cli_diag_init(&d, &o);
  Program *p = cli_load(&o, o.files.v[0], &d);
  int status = p ? eval_main(p, &o, &to, &d) : 1;
  fe_program_free(p);
  diag_free(&d);
  cli_opts_free(&o);
  return status;
}
