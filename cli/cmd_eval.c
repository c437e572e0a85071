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

#include "train_cli.h"

typedef struct Eval {
  Runner run;
  TensorList in, *params;
  int64_t batch, seq;
  double loss_sum; /* summed over tokens (lm) or rows (classification) */
  int64_t count;
  int nclasses;
  int64_t *confusion; /* [true][predicted] */
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

/* Classifiers: forward's logits [B, C], cross-entropy and argmax on the host. */
static bool eval_cls(Eval *e, const Dataset *ds, Diag *d) {
  Tensor *idx = tl_find(&e->in, "idx"), *label = tensor_new("label", DT_I32, 1, &e->batch);
  Tensor *mask = tl_find(&e->in, "mask");
  bool ok = true;
  for (int64_t k = 0; ok; k++) {
    int rows = data_cls_batch(ds, true, NULL, k, idx, label, mask);
    if (rows <= 0) break;
    TensorList out = {0};
    ok = runner_run(&e->run, &e->in, e->params, 0, &out, d);
    const Tensor *lg = ok && out.v.n ? out.v.v[0] : NULL;
    int c = lg && lg->rank == 2 ? (int)lg->shape[1] : 0;
    if (ok && (!c || c != e->nclasses)) {
      diag_plain(d, "forward returns %d logits per row but the data has %d classes", c, e->nclasses);
      ok = false;
    }
    for (int r = 0; ok && r < rows; r++) {
      double mx = -INFINITY, z = 0;
      int best = 0;
      for (int j = 0; j < c; j++) {
        double v = tensor_get(lg, (int64_t)r * c + j);
        if (v > mx) mx = v, best = j;
      }
      for (int j = 0; j < c; j++) z += exp(tensor_get(lg, (int64_t)r * c + j) - mx);
      int y = (int)tensor_get(label, r);
      if (y < 0 || y >= c) continue;
      e->loss_sum += log(z) + mx - tensor_get(lg, (int64_t)r * c + y);
      e->confusion[y * c + best]++;
      e->count++;
    }
    tl_free(&out);
  }
  tensor_free(label);
  return ok;
}

static void print_cls(const Eval *e, bool json) {
  int c = e->nclasses;
  int64_t correct = 0;
  for (int i = 0; i < c; i++) correct += e->confusion[i * c + i];
  double P = 0, R = 0, F = 0;
  int from = c == 2 ? 1 : 0, to = c == 2 ? 2 : c; /* class 1 of two, else the macro average */
  for (int k = from; k < to; k++) {
    int64_t tp = e->confusion[k * c + k], pp = 0, ap = 0;
    for (int i = 0; i < c; i++) pp += e->confusion[i * c + k], ap += e->confusion[k * c + i];
    double p = pp ? (double)tp / (double)pp : 0, r = ap ? (double)tp / (double)ap : 0;
    P += p, R += r, F += p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
  P /= to - from, R /= to - from, F /= to - from;
  double loss = e->count ? e->loss_sum / (double)e->count : NAN, acc = e->count ? (double)correct / (double)e->count : 0;
  if (json) {
    printf("{\"loss\": %.6f, \"accuracy\": %.6f, \"precision\": %.6f, \"recall\": %.6f, \"f1\": %.6f, \"confusion\": [",
           loss, acc, P, R, F);
    for (int i = 0; i < c; i++) {
      printf("%s[", i ? ", " : "");
      for (int j = 0; j < c; j++) printf("%s%" PRId64, j ? ", " : "", e->confusion[i * c + j]);
      printf("]");
    }
    printf("], \"rows\": %" PRId64 "}\n", e->count);
    return;
  }
  printf("rows:       %" PRId64 "\nloss:       %.4f\naccuracy:   %.4f\nprecision:  %.4f\nrecall:     %.4f\nf1:         %.4f\n",
         e->count, loss, acc, P, R, F);
  printf("confusion (rows: true class, columns: predicted):\n");
  for (int i = 0; i < c; i++) {
    for (int j = 0; j < c; j++) printf(" %8" PRId64, e->confusion[i * c + j]);
    printf("\n");
  }
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
  const char *mpath;
  if (!tcli_load_params(m, &c, to->ckpt, to->adapter, &params, &meta, &mpath, d) ||
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
  if (cls && rt_graph_has_input(g, "mask")) tl_add(&e.in, tensor_new("mask", DT_F32, 2, bt));
  e.nclasses = spec.nlabels > 0 ? spec.nlabels : 2;
  e.confusion = xcalloc((size_t)(e.nclasses * e.nclasses), sizeof *e.confusion);
  double t0 = tcli_now();
  if (!(cls ? eval_cls(&e, ds, d) : eval_lm(&e, ds, d))) goto done;
  fprintf(stderr, "llmc eval: %s over the validation split of %s in %.1f s\n", mpath, spec.path, tcli_now() - t0);
  if (cls) {
    print_cls(&e, o->json);
  } else {
    double loss = e.count ? e.loss_sum / (double)e.count : NAN;
    if (o->json) printf("{\"loss\": %.6f, \"perplexity\": %.6f, \"tokens\": %" PRId64 "}\n", loss, exp(loss), e.count);
    else printf("tokens:      %" PRId64 "\nloss:        %.4f\nperplexity:  %.4f\n", e.count, loss, exp(loss));
  }
  status = 0;
done:
  free(e.confusion);
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
