/* report.c — metrics.jsonl and loss.svg (report.h). */
#define _POSIX_C_SOURCE 200809L
#include "report.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void report_curve_add(Curve *c, double x, double y) {
  if (c->n == c->cap) {
    c->cap = c->cap ? 2 * c->cap : 64;
    c->x = xrealloc(c->x, sizeof *c->x * (size_t)c->cap);
    c->y = xrealloc(c->y, sizeof *c->y * (size_t)c->cap);
  }
  c->x[c->n] = x;
  c->y[c->n++] = y;
}

void report_curve_free(Curve *c) {
  free(c->x);
  free(c->y);
  memset(c, 0, sizeof *c);
}

/* The number after "key": in line, or false. */
static bool json_num(const char *line, const char *key, double *v) {
  char pat[64];
  snprintf(pat, sizeof pat, "\"%s\":", key);
  const char *p = strstr(line, pat);
  if (!p) return false;
  char *end;
  *v = strtod(p + strlen(pat), &end);
  return end != p + strlen(pat);
}

void report_read_metrics(const char *path, int64_t max_step, StrBuf *kept, Curve *train, Curve *val) {
  size_t n = 0;
  char *text = sup_read_file(path, &n);
  if (!text) return;
  for (char *line = text; line < text + n;) {
    char *nl = memchr(line, '\n', (size_t)(text + n - line));
    if (!nl) break; /* a last line without its newline was cut short */
    *nl = 0;
    double step, v;
    if (line[0] == '{' && nl[-1] == '}' && json_num(line, "step", &step) && step <= (double)max_step) {
      if (json_num(line, "val_loss", &v)) report_curve_add(val, step, v);
      else if (json_num(line, "loss", &v)) report_curve_add(train, step, v);
      sb_puts(kept, line);
      sb_putc(kept, '\n');
    }
    line = nl + 1;
  }
  free(text);
}

bool report_write_file(const char *path, const char *text, size_t n, Diag *d) {
  char *tmp = xasprintf("%s.tmp.%ld", path, (long)getpid());
  FILE *f = fopen(tmp, "wb");
  bool ok = f && fwrite(text, 1, n, f) == n && fflush(f) == 0 && fsync(fileno(f)) == 0;
  if (f && fclose(f) != 0) ok = false;
  ok = ok && rename(tmp, path) == 0;
  if (!ok) {
    diag_plain(d, "%s: cannot write: %s", path, strerror(errno));
    remove(tmp);
  }
  free(tmp);
  return ok;
}

static void xml_text(StrBuf *b, const char *s) {
  for (; *s; s++) {
    if (*s == '<') sb_puts(b, "&lt;");
    else if (*s == '>') sb_puts(b, "&gt;");
    else if (*s == '&') sb_puts(b, "&amp;");
    else sb_putc(b, *s);
  }
}

/* A "nice" tick step (1, 2 or 5 times a power of ten) for about `want` ticks over span. */
static double tick_step(double span, int want) {
  double raw = span / want, p = pow(10, floor(log10(raw))), f = raw / p;
  return (f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10) * p;
}

typedef struct Frame {
  double x0, x1, y0, y1;   /* data ranges */
  double L, T, W, H;       /* plot area in pixels */
} Frame;

static double px(const Frame *f, double x) { return f->L + (x - f->x0) / (f->x1 - f->x0) * f->W; }
static double py(const Frame *f, double y) { return f->T + f->H - (y - f->y0) / (f->y1 - f->y0) * f->H; }

static void polyline(StrBuf *b, const Frame *f, const Curve *c, const char *color) {
  if (!c->n) return;
  sb_printf(b, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\" points=\"", color);
  for (int i = 0; i < c->n; i++)
    if (isfinite(c->y[i])) sb_printf(b, "%.1f,%.1f ", px(f, c->x[i]), py(f, c->y[i]));
  sb_puts(b, "\"/>\n");
  if (c->n < 50)
    for (int i = 0; i < c->n; i++)
      if (isfinite(c->y[i]))
        sb_printf(b, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"%s\"/>\n", px(f, c->x[i]), py(f, c->y[i]), color);
}

static void ranges(Frame *f, const Curve *a, const Curve *b) {
  f->x0 = INFINITY, f->x1 = -INFINITY, f->y0 = INFINITY, f->y1 = -INFINITY;
  for (int k = 0; k < 2; k++) {
    const Curve *c = k ? b : a;
    for (int i = 0; i < c->n; i++) {
      if (!isfinite(c->y[i])) continue;
      f->x0 = fmin(f->x0, c->x[i]), f->x1 = fmax(f->x1, c->x[i]);
      f->y0 = fmin(f->y0, c->y[i]), f->y1 = fmax(f->y1, c->y[i]);
    }
  }
  if (!(f->x0 <= f->x1)) f->x0 = 0, f->x1 = 1, f->y0 = 0, f->y1 = 1;
  f->x0 = fmin(f->x0, 0);
  if (f->x1 <= f->x0) f->x1 = f->x0 + 1;
  double pad = (f->y1 - f->y0) * 0.05;
  if (pad <= 0) pad = fabs(f->y0) * 0.05 + 0.05;
  f->y0 -= pad, f->y1 += pad;
}

void report_svg(StrBuf *b, const char *title, const Curve *train, const Curve *val) {
  Frame f = {.L = 70, .T = 40, .W = 640, .H = 360};
  ranges(&f, train, val);
  sb_puts(b, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"760\" height=\"460\" font-family=\"sans-serif\" "
             "font-size=\"12\">\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
  sb_printf(b, "<text x=\"%.0f\" y=\"24\" text-anchor=\"middle\" font-size=\"15\">", f.L + f.W / 2);
  xml_text(b, title);
  sb_puts(b, "</text>\n");
  double xs = tick_step(f.x1 - f.x0, 8), ys = tick_step(f.y1 - f.y0, 6);
  for (double x = ceil(f.x0 / xs) * xs; x <= f.x1 + 1e-9; x += xs)
    sb_printf(b, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                 "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%g</text>\n",
              px(&f, x), f.T, px(&f, x), f.T + f.H, px(&f, x), f.T + f.H + 16, x);
  for (double y = ceil(f.y0 / ys) * ys; y <= f.y1 + 1e-12; y += ys)
    sb_printf(b, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                 "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">%g</text>\n",
              f.L, py(&f, y), f.L + f.W, py(&f, y), f.L - 6, py(&f, y) + 4, y);
  sb_printf(b, "<rect x=\"%.0f\" y=\"%.0f\" width=\"%.0f\" height=\"%.0f\" fill=\"none\" stroke=\"black\"/>\n", f.L, f.T,
            f.W, f.H);
  sb_printf(b, "<text x=\"%.0f\" y=\"%.0f\" text-anchor=\"middle\">step</text>\n", f.L + f.W / 2, f.T + f.H + 36);
  sb_printf(b, "<text x=\"18\" y=\"%.0f\" text-anchor=\"middle\" transform=\"rotate(-90 18 %.0f)\">loss "
               "(cross-entropy, nats)</text>\n", f.T + f.H / 2, f.T + f.H / 2);
  polyline(b, &f, train, "#1f77b4");
  polyline(b, &f, val, "#d62728");
  double lx = f.L + f.W - 150, ly = f.T + 14;
  sb_printf(b, "<line x1=\"%.0f\" y1=\"%.0f\" x2=\"%.0f\" y2=\"%.0f\" stroke=\"#1f77b4\" stroke-width=\"2\"/>"
               "<text x=\"%.0f\" y=\"%.0f\">train loss</text>\n", lx, ly, lx + 24, ly, lx + 30, ly + 4);
  sb_printf(b, "<line x1=\"%.0f\" y1=\"%.0f\" x2=\"%.0f\" y2=\"%.0f\" stroke=\"#d62728\" stroke-width=\"2\"/>"
               "<text x=\"%.0f\" y=\"%.0f\">val loss</text>\n", lx, ly + 18, lx + 24, ly + 18, lx + 30, ly + 22);
  sb_puts(b, "</svg>\n");
}
