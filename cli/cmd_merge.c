/* cmd_merge.c — `llmc merge FILE --adapter A [--ckpt BASE] -o OUT`: LoRA
 * folded into the base weights (docs/peft.md): W += A @ B * alpha / rank for
 * every weight the finetune block's lora adapts; OUT holds the model's other
 * parameters as they are and no lora_A / lora_B, so the model without its
 * finetune block reads it. */
#include <string.h>

#include "cli.h"
#include "fe_peft.h"
#include "safetensors.h"

/* W [in, out] += A [in, r] @ B [r, out] * scale, in double. */
static void fold(Tensor *w, const Tensor *a, const Tensor *b, double scale) {
  int64_t in = w->shape[0], out = w->shape[1], r = a->shape[1];
  for (int64_t i = 0; i < in; i++)
    for (int64_t j = 0; j < out; j++) {
      double s = 0;
      for (int64_t k = 0; k < r; k++) s += tensor_get(a, i * r + k) * tensor_get(b, k * out + j);
      tensor_set(w, i * out + j, tensor_get(w, i * out + j) + s * scale);
    }
}

static bool shape_is(const Tensor *t, int64_t d0, int64_t d1) {
  return t && t->rank == 2 && t->shape[0] == d0 && t->shape[1] == d1;
}

/* Builds the merged list: every model parameter but LoRA's, from base. */
static bool merge(const Model *m, const TensorList *adapter, const TensorList *base, TensorList *out, Diag *d) {
  IrLora *l;
  int n = fe_peft_loras(m, &l);
  bool ok = n > 0;
  if (!n) diag_plain(d, "model %s: the finetune block has no lora, so there is nothing to merge", m->name);
  for (int i = 0; ok && i < m->params.n; i++) {
    const char *name = m->params.v[i].name;
    size_t ln = strlen(name);
    if (ln > 7 && (!strcmp(name + ln - 7, ".lora_A") || !strcmp(name + ln - 7, ".lora_B"))) continue;
    const Tensor *t = tl_find(base, name);
    if (!t) {
      diag_plain(d, "the base weights have no tensor '%s' (give the base checkpoint with --ckpt)", name);
      ok = false;
    } else {
      tl_add(out, tensor_convert(t, DT_F32));
    }
  }
  for (int k = 0; ok && k < n; k++) {
    Tensor *w = tl_find(out, l[k].weight);
    const Tensor *a = tl_find(adapter, l[k].a), *b = tl_find(adapter, l[k].b);
    if (!w || !shape_is(a, w->shape[0], l[k].rank) || !shape_is(b, l[k].rank, w->shape[1])) {
      diag_plain(d, "the adapter has no %s [%lld, %lld] and %s [%lld, %lld] for %s", l[k].a,
                 (long long)(w ? w->shape[0] : 0), (long long)l[k].rank, l[k].b, (long long)l[k].rank,
                 (long long)(w ? w->shape[1] : 0), l[k].weight);
      ok = false;
      break;
    }
    fold(w, a, b, l[k].scale);
  }
  fe_peft_loras_free(l, n);
  return ok;
}

/* Takes --adapter A and --ckpt BASE out of argv (the common parser does not
 * know them). */
static int take_flags(int argc, char **argv, const char **adapter, const char **base) {
  int k = 0;
  for (int i = 0; i < argc; i++) {
    if (i + 1 < argc && !strcmp(argv[i], "--adapter")) *adapter = argv[++i];
    else if (i + 1 < argc && !strcmp(argv[i], "--ckpt")) *base = argv[++i];
    else argv[k++] = argv[i];
  }
  return k;
}

int cmd_merge(int argc, char **argv) {
  const char *adapter = NULL, *base = NULL;
  argc = take_flags(argc, argv, &adapter, &base);
  Opts o = {0};
  int rc = cli_parse(argc, argv, &o, "-o --set -I --data-dir --stdlib --no-color");
  if (rc) {
    cli_opts_free(&o);
    return rc == 1 ? 0 : rc;
  }
  if (o.files.n != 1 || !adapter || !o.out) {
    fprintf(stderr, "llmc merge: usage: llmc merge FILE --adapter A [--ckpt BASE] -o OUT.safetensors\n");
    cli_opts_free(&o);
    return 2;
  }
  Diag d;
  cli_diag_init(&d, &o);
  TensorList ad = {0}, bt = {0}, out = {0};
  Program *p = cli_load(&o, o.files.v[0], &d);
  bool ok = p && fe_model(p) && st_read(adapter, &ad, &d) && (!base || st_read(base, &bt, &d)) &&
            merge(fe_model(p), &ad, base ? &bt : &ad, &out, &d) && st_write(o.out, &out, &d);
  if (ok) fprintf(stderr, "llmc merge: wrote %s (%d tensors)\n", o.out, out.v.n);
  tl_free(&ad);
  tl_free(&bt);
  tl_free(&out);
  fe_program_free(p);
  diag_free(&d);
  cli_opts_free(&o);
  return ok ? 0 : 1;
}
