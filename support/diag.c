/* diag.c — source files and diagnostics: `file:line:col: error: msg`, the source
 * line, and a `^~~~` underline under the span. */
#include "support.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

void diag_init(Diag *d, FILE *out) {
  memset(d, 0, sizeof *d);
  d->out = out ? out : stderr;
  d->max_errors = 50;
  SourceFile *dummy = xcalloc(1, sizeof *dummy);
  dummy->path = xstrdup("<none>");
  dummy->text = xstrdup("");
  vec_push(&d->files, dummy);
}

void diag_free(Diag *d) {
  if (!d) return;
  for (int i = 0; i < d->files.n; i++) {
    SourceFile *f = d->files.v[i];
    free(f->path);
    free(f->text);
    free(f->line_starts);
    free(f);
  }
  vec_free(&d->files);
}

uint32_t diag_add_source(Diag *d, const char *path, const char *text, size_t len) {
  SourceFile *f = xcalloc(1, sizeof *f);
  f->path = xstrdup(path);
  f->text = xstrndup(text, len);
  f->len = len;
  int n = 1;
  for (size_t i = 0; i < len; i++)
    if (text[i] == '\n') n++;
  f->line_starts = xmalloc(sizeof(uint32_t) * (size_t)(n + 1));
  f->line_starts[0] = 0;
  int k = 1;
  for (size_t i = 0; i < len; i++)
    if (text[i] == '\n') f->line_starts[k++] = (uint32_t)(i + 1);
  f->nlines = n;
  vec_push(&d->files, f);
  return (uint32_t)(d->files.n - 1);
}

const SourceFile *diag_file(const Diag *d, uint32_t file) {
  if (file == 0 || file >= (uint32_t)d->files.n) return NULL;
  return d->files.v[file];
}

static int line_index(const SourceFile *f, uint32_t off) {
  int lo = 0, hi = f->nlines - 1;
  while (lo < hi) {
    int mid = (lo + hi + 1) / 2;
    if (f->line_starts[mid] <= off) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

void diag_line_col(const Diag *d, uint32_t file, uint32_t off, int *line, int *col) {
  const SourceFile *f = diag_file(d, file);
  if (!f) {
    *line = *col = 0;
    return;
  }
  if (off > f->len) off = (uint32_t)f->len;
  int li = line_index(f, off);
  *line = li + 1;
  *col = (int)(off - f->line_starts[li]) + 1;
}

static const char *level_name(DiagLevel lv) {
  switch (lv) {
  case DIAG_ERROR: return "error";
  case DIAG_WARNING: return "warning";
  case DIAG_NOTE: return "note";
  }
  return "error";
}

static const char *level_color(DiagLevel lv) {
  switch (lv) {
  case DIAG_ERROR: return "\033[1;31m";
  case DIAG_WARNING: return "\033[1;35m";
  case DIAG_NOTE: return "\033[1;36m";
  }
  return "";
}

/* ---- long user text ---------------------------------------------------------------- */

/* n bytes of text, cut to DIAG_SHOWN at a UTF-8 boundary, then "…(n bytes)". */
static void put_cut(StrBuf *b, const char *text, size_t n) {
  size_t k = DIAG_SHOWN;
  while (k > 0 && ((unsigned char)text[k] & 0xC0) == 0x80) k--;
  sb_putn(b, text, k);
  sb_printf(b, "\xe2\x80\xa6(%zu bytes)", n);
}

const char *diag_cut(char *buf, const char *text) {
  size_t n = strlen(text);
  if (n <= DIAG_SHOWN) return text;
  size_t k = DIAG_SHOWN;
  while (k > 0 && ((unsigned char)text[k] & 0xC0) == 0x80) k--;
  memcpy(buf, text, k);
  snprintf(buf + k, DIAG_CUT_SIZE - k, "\xe2\x80\xa6(%zu bytes)", n);
  return buf;
}

/* text[0..n) is already a cut piece: at most DIAG_SHOWN bytes, then "…(N bytes)" */
static bool already_cut(const char *text, size_t n) {
  static const char tail[] = " bytes)";
  size_t lt = sizeof tail - 1;
  if (n < lt + 5 || memcmp(text + n - lt, tail, lt)) return false;
  size_t k = n - lt;
  while (k > 0 && text[k - 1] >= '0' && text[k - 1] <= '9') k--;
  return k >= 4 && k - 4 <= DIAG_SHOWN && k < n - lt && !memcmp(text + k - 4, "\xe2\x80\xa6(", 4);
}

static bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }
/* what may stand before an opening quote and after a closing one */
static bool opens_quote(char c) { return is_space(c) || c == '(' || c == '[' || c == '=' || c == ','; }
static bool closes_quote(char c) { return is_space(c) || strchr(",.;:?!)]", c) != NULL; }

void diag_cut_message(StrBuf *out, const char *msg, size_t len) {
  size_t start = out->len, from = 0; /* msg[from, i) is still to be copied */
  for (size_t i = 0; i < len;) {
    char c = msg[i];
    if ((c == '\'' || c == '"') && (i == 0 || opens_quote(msg[i - 1]))) {
      size_t j = i + 1; /* the closing quote */
      for (const char *q; (q = memchr(msg + j, c, len - j)); j++) {
        j = (size_t)(q - msg);
        if (j + 1 == len || closes_quote(msg[j + 1])) break;
      }
      if (j < len && msg[j] == c && j > i) { /* a quoted piece msg[i+1 .. j) */
        size_t n = j - i - 1;
        if (n > DIAG_SHOWN && !already_cut(msg + i + 1, n)) {
          sb_putn(out, msg + from, i + 1 - from);
          put_cut(out, msg + i + 1, n);
          from = j;
        }
        i = j + 1;
        continue;
      }
    }
    if (is_space(c)) {
      i++;
      continue;
    }
    size_t j = i + strcspn(msg + i, " \n\t\r");
    if (j > len) j = len;
    if (j - i > DIAG_WORD_MAX) {
      size_t end = j; /* trailing punctuation is kept, not counted: "PATH:", "NAME'," */
      while (end > i && end + 3 > j && strchr(",.;:?!)]'\"", msg[end - 1])) end--;
      if (end - i > DIAG_WORD_MAX) {
        sb_putn(out, msg + from, i - from);
        put_cut(out, msg + i, end - i);
        from = end;
      }
    }
    i = j;
  }
  sb_putn(out, msg + from, len - from);
  size_t n = out->len - start;
  if (n > DIAG_MSG_MAX) {
    size_t k = DIAG_MSG_MAX;
    while (k > 0 && ((unsigned char)out->s[start + k] & 0xC0) == 0x80) k--;
    out->len = start + k;
    out->s[out->len] = 0;
    sb_printf(out, "\xe2\x80\xa6(a message of %zu bytes)", n);
  }
}

void diag_vreport(Diag *d, DiagLevel lv, Span sp, const char *fmt, va_list ap) {
  if (lv == DIAG_ERROR) d->nerrors++;
  if (lv == DIAG_WARNING) d->nwarnings++;
  if (d->suppressed) return;
  if (lv == DIAG_ERROR && d->max_errors > 0 && d->nerrors > d->max_errors) {
    d->suppressed = true;
    fprintf(d->out, "llmc: too many errors (%d); stopping here\n", d->max_errors);
    return;
  }
  const SourceFile *f = diag_file(d, sp.file);
  const char *bold = d->color ? "\033[1m" : "", *reset = d->color ? "\033[0m" : "";
  StrBuf raw = {0}, msg = {0};
  sb_vprintf(&raw, fmt, ap);
  diag_cut_message(&msg, sb_cstr(&raw), raw.len);
  sb_free(&raw);
  if (!f) {
    fprintf(d->out, "%sllmc:%s %s%s:%s %s\n", bold, reset, d->color ? level_color(lv) : "",
            level_name(lv), reset, sb_cstr(&msg));
    sb_free(&msg);
    return;
  }
  uint32_t start = sp.start > f->len ? (uint32_t)f->len : sp.start;
  uint32_t end = sp.end > f->len ? (uint32_t)f->len : sp.end;
  if (end < start) end = start;
  int li = line_index(f, start);
  uint32_t ls = f->line_starts[li];
  uint32_t le = ls;
  while (le < f->len && f->text[le] != '\n' && f->text[le] != '\r') le++;
  int col = (int)(start - ls) + 1;
  const char *path = strlen(f->path) > DIAG_WORD_MAX ? DIAG_CUT(f->path) : f->path;
  fprintf(d->out, "%s%s:%d:%d:%s %s%s:%s %s\n", bold, path, li + 1, col, reset,
          d->color ? level_color(lv) : "", level_name(lv), reset, sb_cstr(&msg));
  sb_free(&msg);
  /* The source line, tabs kept so the caret lines up; a long line is shown
   * as a window around the span. */
  uint32_t ws = ls, we = le;
  const uint32_t WINDOW = 120;
  if (le - ls > WINDOW) {
    ws = start > ls + 40 ? start - 40 : ls;
    we = ws + WINDOW < le ? ws + WINDOW : le;
  }
  const char *pre = ws > ls ? "..." : "", *post = we < le ? "..." : "";
  fprintf(d->out, "  %s%.*s%s\n  %s", pre, (int)(we - ws), f->text + ws, post, ws > ls ? "   " : "");
  for (uint32_t i = ws; i < start; i++) fputc(f->text[i] == '\t' ? '\t' : ' ', d->out);
  if (d->color) fputs(level_color(lv), d->out);
  fputc('^', d->out);
  uint32_t stop = end < we ? end : we;
  for (uint32_t i = start + 1; i < stop; i++) fputc('~', d->out);
  if (d->color) fputs(reset, d->out);
  fputc('\n', d->out);
}

void diag_report(Diag *d, DiagLevel lv, Span sp, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  diag_vreport(d, lv, sp, fmt, ap);
  va_end(ap);
}

void diag_plain(Diag *d, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  diag_vreport(d, DIAG_ERROR, (Span){0, 0, 0}, fmt, ap);
  va_end(ap);
}

const char *diag_closest(const char *name, const char *const *cands, int ncands) {
  size_t ln = strlen(name);
  /* at most this many edits; a candidate whose length differs by more is
   * never close (and is skipped without computing its distance) */
  int limit = ln <= 1 ? 0 : ln <= 2 ? 1 : ln <= 5 ? 2 : 3;
  const char *best = NULL;
  int bestd = limit + 1;
  for (int i = 0; i < ncands; i++) {
    if (!cands[i]) continue;
    size_t lc = strlen(cands[i]);
    if ((lc > ln ? lc - ln : ln - lc) > (size_t)limit || !strcmp(cands[i], name)) continue;
    /* Case-only differences are always close. */
    int dist = lc == ln && !strcasecmp(name, cands[i]) ? 0 : ln > 64 || lc > 64 ? 1000 : sup_edit_distance(name, cands[i]);
    if (dist < bestd) {
      bestd = dist;
      best = cands[i];
    }
  }
  return best;
}

Span span_join(Span a, Span b) {
  if (a.file == 0) return b;
  if (b.file == 0 || b.file != a.file) return a;
  Span r = a;
  if (b.start < r.start) r.start = b.start;
  if (b.end > r.end) r.end = b.end;
  return r;
}
