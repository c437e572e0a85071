/* classify.c — a classifier's accuracy, precision, recall, F1 and confusion
 * matrix over a split (classify.h): forward's logits, argmax and
 * cross-entropy on the host. */
#include "classify.h"

#include <inttypes.h>
#include <math.h>

bool cls_evaluate(Runner *run, const TensorList *params, const Dataset *ds, int64_t batch, int64_t seq, bool mask,
                  int nclasses, ClsMetrics *m, Diag *d) {
  *m = (ClsMetrics){.nclasses = nclasses};
  m->confusion = xcalloc((size_t)(nclasses * nclasses), sizeof *m->confusion);
  int64_t bt[2] = {batch, seq};
  TensorList in = {0};
  Tensor *idx = tensor_new("idx", DT_I32, 2, bt), *label = tensor_new("label", DT_I32, 1, &batch);
  Tensor *mk = mask ? tensor_new("mask", DT_F32, 2, bt) : NULL;
  tl_add(&in, idx);
  if (mk) tl_add(&in, mk);
  bool ok = true;
  for (int64_t k = 0; ok; k++) {
    int rows = data_cls_batch(ds, true, NULL, k, idx, label, mk);
    if (rows <= 0) break;
    TensorList out = {0};
    ok = runner_run(run, &in, params, 0, &out, d);
    const Tensor *lg = ok && out.v.n ? out.v.v[0] : NULL;
    int c = lg && lg->rank == 2 ? (int)lg->shape[1] : 0;
    if (ok && (!c || c != nclasses)) {
      diag_plain(d, "forward returns %d logits per row but the data has %d classes", c, nclasses);
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
      m->loss_sum += log(z) + mx - tensor_get(lg, (int64_t)r * c + y);
      m->confusion[y * c + best]++;
      m->rows++;
    }
    tl_free(&out);
  }
  tl_free(&in);
  tensor_free(label);
  cls_finish(m);
  return ok;
}

void cls_finish(ClsMetrics *m) {
  int c = m->nclasses;
  int64_t correct = 0;
  for (int i = 0; i < c; i++) correct += m->confusion[i * c + i];
  double P = 0, R = 0, F = 0;
  int from = c == 2 ? 1 : 0, to = c == 2 ? 2 : c; /* class 1 of two, else the macro average */
  for (int k = from; k < to; k++) {
    int64_t tp = m->confusion[k * c + k], pp = 0, ap = 0;
    for (int i = 0; i < c; i++) pp += m->confusion[i * c + k], ap += m->confusion[k * c + i];
    double p = pp ? (double)tp / (double)pp : 0, r = ap ? (double)tp / (double)ap : 0;
    P += p, R += r, F += p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
  m->precision = P / (to - from);
  m->recall = R / (to - from);
  m->f1 = F / (to - from);
  m->loss = m->rows ? m->loss_sum / (double)m->rows : NAN;
  m->accuracy = m->rows ? (double)correct / (double)m->rows : 0;
}

void cls_print(FILE *f, const ClsMetrics *m, const char *indent) {
  int c = m->nclasses;
  fprintf(f, "%srows:       %" PRId64 "\n%sloss:       %.4f\n%saccuracy:   %.4f\n%sprecision:  %.4f\n%srecall:     %.4f\n"
             "%sf1:         %.4f\n",
          indent, m->rows, indent, m->loss, indent, m->accuracy, indent, m->precision, indent, m->recall, indent, m->f1);
  fprintf(f, "%sconfusion (rows: true class, columns: predicted):\n", indent);
  for (int i = 0; i < c; i++) {
    fputs(indent, f);
    for (int j = 0; j < c; j++) fprintf(f, " %8" PRId64, m->confusion[i * c + j]);
    fputc('\n', f);
  }
}

void cls_json_members(StrBuf *b, const ClsMetrics *m) {
  int c = m->nclasses;
  sb_printf(b, "\"accuracy\": %.6f, \"precision\": %.6f, \"recall\": %.6f, \"f1\": %.6f, \"confusion\": [", m->accuracy,
            m->precision, m->recall, m->f1);
  for (int i = 0; i < c; i++) {
    sb_printf(b, "%s[", i ? ", " : "");
    for (int j = 0; j < c; j++) sb_printf(b, "%s%" PRId64, j ? ", " : "", m->confusion[i * c + j]);
    sb_putc(b, ']');
  }
  sb_printf(b, "], \"rows\": %" PRId64, m->rows);
}

void cls_free(ClsMetrics *m) {
  free(m->confusion);
  m->confusion = NULL;
}
