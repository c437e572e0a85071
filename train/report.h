/* report.h — a run's outputs besides checkpoints: metrics.jsonl (one JSON
 * object per line: per step {"step", "loss", "lr", "grad_norm",
 * "tokens_per_s"}, per evaluation {"step", "val_loss"}) and loss.svg, the
 * train and validation curves drawn by hand (no plotting library). */
#ifndef LLMC_REPORT_H
#define LLMC_REPORT_H

#include <stdbool.h>
#include <stdint.h>

#include "support.h"

typedef struct Curve {
  int n, cap;
  double *x, *y;
} Curve;
void report_curve_add(Curve *c, double x, double y);
void report_curve_free(Curve *c);

/* Reads an earlier run's metrics.jsonl (a missing file is empty), keeping the
 * lines of steps <= max_step (the steps a resumed run does not repeat): they
 * go to *kept (the text to write back) and their losses to the curves.
 * Lines that are not metrics (or cut short by a kill) are dropped. */
void report_read_metrics(const char *path, int64_t max_step, StrBuf *kept, Curve *train, Curve *val);
/* Writes text to path atomically (temporary file, fsync, rename). */
bool report_write_file(const char *path, const char *text, size_t n, Diag *d);
/* The SVG of the curves: x the step, y the loss, a title. */
void report_svg(StrBuf *b, const char *title, const Curve *train, const Curve *val);

#endif
