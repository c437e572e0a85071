/* classify.h — a classifier's figures over a whole split: accuracy,
 * precision, recall, F1 and the confusion matrix (LANGUAGE.md section 7:
 * those of class 1 with two classes, macro-averaged otherwise), shared by
 * `llmc eval` and the end of `llmc train` (docs/training.md). */
#ifndef LLMC_CLASSIFY_H
#define LLMC_CLASSIFY_H

#include "data.h"
#include "trainer.h"

typedef struct ClsMetrics {
  int nclasses;
  int64_t *confusion; /* [true][predicted], nclasses^2 */
  int64_t rows;       /* rows counted */
  double loss_sum;    /* cross-entropy summed over the rows */
  /* cls_finish: */
  double loss, accuracy, precision, recall, f1;
} ClsMetrics;

/* Runs forward (a plan or the interpreter with logits [B, C] as its first
 * output, `run`) over every row of the validation split of ds in order,
 * `batch` rows at a time (the last batch partly filled; its extra rows are
 * not counted), and counts the argmax against the labels; then cls_finish.
 * params may be NULL when the runner keeps them (runner_keep_params). *m is
 * initialised here; free it with cls_free. False after reporting. */
bool cls_evaluate(Runner *run, const TensorList *params, const Dataset *ds, int64_t batch, int64_t seq, bool mask,
                  int nclasses, ClsMetrics *m, Diag *d);
/* The figures from the confusion matrix. */
void cls_finish(ClsMetrics *m);
/* The figures as text, as llmc eval prints them, lines prefixed by `indent`. */
void cls_print(FILE *f, const ClsMetrics *m, const char *indent);
/* "accuracy": ..., "precision": ..., "recall": ..., "f1": ..., "confusion": [[...]], "rows": N
 * (the members, without braces). */
void cls_json_members(StrBuf *b, const ClsMetrics *m);
void cls_free(ClsMetrics *m);

#endif
