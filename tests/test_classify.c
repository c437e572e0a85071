/* test_classify.c — a classifier's figures (train/classify.h): precision,
 * recall and F1 of class 1 with two classes, macro-averaged with more, from
 * the confusion matrix; `llmc eval` on a tiny SMS-like classifier prints
 * figures consistent with its confusion matrix, and `llmc train` ends with the
 * same figures, printed and in metrics.jsonl. */
#include "train_test.h"

#include <math.h>

#include "classify.h"

static ClsMetrics confusion(int c, const int64_t *cells) {
  ClsMetrics m = {.nclasses = c};
  m.confusion = xcalloc((size_t)(c * c), sizeof *m.confusion);
  for (int i = 0; i < c * c; i++) {
    m.confusion[i] = cells[i];
    m.rows += cells[i];
  }
  cls_finish(&m);
  return m;
}

Test(classify, binary_figures_are_those_of_class_1) {
  /* true ham: 50 right, 5 called spam; true spam: 10 missed, 35 caught */
  ClsMetrics m = confusion(2, (const int64_t[]){50, 5, 10, 35});
  cr_assert_float_eq(m.accuracy, 85.0 / 100, 1e-12);
  cr_assert_float_eq(m.precision, 35.0 / 40, 1e-12);
  cr_assert_float_eq(m.recall, 35.0 / 45, 1e-12);
  cr_assert_float_eq(m.f1, 2 * 35.0 / (2 * 35 + 5 + 10), 1e-12); /* 2TP / (2TP + FP + FN) */
  cls_free(&m);
  m = confusion(2, (const int64_t[]){9, 0, 3, 0}); /* nothing predicted spam: 0, not NaN */
  cr_assert(m.precision == 0 && m.recall == 0 && m.f1 == 0 && fabs(m.accuracy - 0.75) < 1e-12);
  cls_free(&m);
}

Test(classify, more_classes_are_macro_averaged) {
  ClsMetrics m = confusion(3, (const int64_t[]){4, 1, 0, 2, 6, 2, 0, 0, 5});
  double p[3] = {4.0 / 6, 6.0 / 7, 5.0 / 7}, r[3] = {4.0 / 5, 6.0 / 10, 5.0 / 5}, f = 0;
  for (int k = 0; k < 3; k++) f += 2 * p[k] * r[k] / (p[k] + r[k]) / 3;
  cr_assert_float_eq(m.precision, (p[0] + p[1] + p[2]) / 3, 1e-12);
  cr_assert_float_eq(m.recall, (r[0] + r[1] + r[2]) / 3, 1e-12);
  cr_assert_float_eq(m.f1, f, 1e-12);
  cr_assert_float_eq(m.accuracy, 15.0 / 20, 1e-12);
  cls_free(&m);
}

static const char CLS_MODEL[] =
    "import \"nn\"\n"
    "config { vocab = 256; d = 16 }\n"
    "model Sms {\n"
    "  emb = param f32[vocab, d] init normal(0, 0.1)\n"
    "  head = Linear(d, 2)\n"
    "  fn forward(idx: i32[B, T], mask: f32[B, T]) -> f32[B, 2] {\n"
    "    h = tanh(emb[idx])\n"
    "    return head(sum(h * mask[:, :, None], axis=1) / sum(mask, axis=1, keepdim=true))\n"
    "  }\n"
    "  fn loss(idx: i32[B, T], label: i32[B], mask: f32[B, T]) -> f32[] {\n"
    "    return cross_entropy(forward(idx, mask), label)\n"
    "  }\n"
    "}\n"
    "train {\n"
    "  data = tsv(\"sms.tsv\", text = 2, label = 1, labels = [\"ham\", \"spam\"], tokenizer = \"byte\", split = 0.7)\n"
    "  batch = 8\n  seq = 16\n  steps = 25\n  optimizer = adamw(lr = 3e-2)\n  eval_steps = 2\n  seed = 3\n"
    "}\n";

/* "key": number in a JSON line */
static double json_num(const char *s, const char *key) {
  char *k = xasprintf("\"%s\": ", key);
  const char *at = strstr(s, k);
  free(k);
  cr_assert(at, "no %s in %s", key, s);
  return strtod(strchr(at, ':') + 1, NULL);
}

/* the confusion matrix [[a, b], [c, e]] of a JSON line */
static void json_confusion(const char *s, int64_t cm[4]) {
  const char *at = strstr(s, "\"confusion\": [[");
  cr_assert(at, "no confusion in %s", s);
  cr_assert_eq(sscanf(at, "\"confusion\": [[%ld, %ld], [%ld, %ld]]", &cm[0], &cm[1], &cm[2], &cm[3]), 4, "%s", at);
}

Test(classify, eval_and_the_end_of_training_agree, .timeout = 300) {
  char tmpl[] = "/tmp/llmc_cls_XXXXXX";
  char *dir = mkdtemp(tmpl);
  cr_assert(dir);
  char *p = xasprintf("%s/Sms.llm", dir);
  FILE *f = fopen(p, "w");
  cr_assert(f);
  fputs(CLS_MODEL, f);
  fclose(f);
  free(p);
  p = xasprintf("%s/sms.tsv", dir);
  f = fopen(p, "w");
  cr_assert(f);
  static const char *const ham[] = {"see you at home", "ok thanks", "call me later", "on my way", "lunch today?"};
  static const char *const spam[] = {"WIN cash now!!", "FREE prize call", "claim your $$$ award", "txt WIN to 8888"};
  for (int i = 0; i < 80; i++)
    fprintf(f, "%s\t%s %d\n", i % 3 ? "ham" : "spam", i % 3 ? ham[i % 5] : spam[i % 4], i);
  fclose(f);
  free(p);
  char *out = NULL;
  int rc = tt_llmc(&out, "train %s/Sms.llm --out %s/run --backend ref", dir, dir);
  cr_assert_eq(rc, 0, "llmc train failed:\n%s", out);
  cr_assert(strstr(out, "on the whole validation split") && strstr(out, "f1:"), "no figures at the end:\n%s", out);
  free(out);
  p = xasprintf("%s/run/metrics.jsonl", dir);
  size_t n = 0;
  char *metrics = sup_read_file(p, &n);
  free(p);
  cr_assert(metrics);
  char *last = strstr(metrics, "\"split\": \"validation\"");
  cr_assert(last, "no figures in metrics.jsonl:\n%s", metrics);
  while (last > metrics && last[-1] != '\n') last--;
  rc = tt_llmc(&out, "eval %s/Sms.llm --ckpt %s/run/ckpt-25.safetensors --backend ref --json", dir, dir);
  cr_assert_eq(rc, 0, "llmc eval failed:\n%s", out);
  char *json = strstr(out, "{\"loss\"");
  cr_assert(json, "%s", out);
  int64_t a[4], b[4];
  json_confusion(json, a);
  json_confusion(last, b);
  for (int k = 0; k < 4; k++) cr_assert_eq(a[k], b[k], "eval and train's confusion differ:\n%s\n%s", json, last);
  /* the figures follow from the matrix (class 1, spam, is the positive one) */
  int64_t rows = a[0] + a[1] + a[2] + a[3], tp = a[3], fp = a[1], fn = a[2];
  cr_assert_eq((int64_t)json_num(json, "rows"), rows);
  cr_assert_eq(rows, 25, "validation: 27 - int(27 * 0.7) spam and 53 - int(53 * 0.7) ham rows, stratified");
  cr_assert_float_eq(json_num(json, "accuracy"), (double)(a[0] + tp) / (double)rows, 1e-6);
  double prec = tp + fp ? (double)tp / (double)(tp + fp) : 0, rec = tp + fn ? (double)tp / (double)(tp + fn) : 0;
  cr_assert_float_eq(json_num(json, "precision"), prec, 1e-6);
  cr_assert_float_eq(json_num(json, "recall"), rec, 1e-6);
  cr_assert_float_eq(json_num(json, "f1"), prec + rec > 0 ? 2 * prec * rec / (prec + rec) : 0, 1e-6);
  const char *keys[] = {"accuracy", "precision", "recall", "f1"};
  for (int k = 0; k < 4; k++) cr_assert_float_eq(json_num(json, keys[k]), json_num(last, keys[k]), 1e-9, "%s", keys[k]);
  cr_assert(json_num(json, "accuracy") > 0.9, "the classifier learnt the toy task:\n%s", json);
  free(out);
  free(metrics);
}
