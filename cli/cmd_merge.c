/* cmd_merge.c — `llmc merge FILE --adapter A [--ckpt BASE] -o OUT`: LoRA
 * folded into the base weights (docs/peft.md): the parameters are loaded as
 * eval loads them (cli/params.c: the base, then the adapter over it), then
 * W += A @ B * alpha / rank for every weight the finetune block's lora
 * adapts; OUT holds the model's other parameters (the trained head and norms
 * included) and no lora_A / lora_B, so the model without its finetune block
 * reads it. */
#include <string.h>

#include "fe_peft.h"
#include "train_cli.h"

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

/* Builds the merged list from the loaded parameters: every model parameter
 * but LoRA's, each adapted weight with A @ B * scale folded in. */
static bool merge(const Model *m, const TensorList *params, TensorList *out, Diag *d) {
  IrLora *l;
  int n = fe_peft_loras(m, &l);
  bool ok = n > 0;
  if (!n) diag_plain(d, "model %s: the finetune block has no lora, so there is nothing to merge", m->name);
  const char *other = spec_get(&m->finetune, "adapter") ? "adapter" : spec_get(&m->finetune, "prompt") ? "prompt" : NULL;
  if (ok && other) { /* a bottleneck or a prompt is not a change of the base weights */
    diag_plain(d, "model %s: finetune.%s cannot be folded into the base weights; only lora can (remove it with --set "
                  "finetune.%s=None to merge the LoRA part alone)", m->name, other, other);
    ok = false;
  }
  for (int i = 0; ok && i < m->params.n; i++) {
    const char *name = m->params.v[i].name;
    size_t ln = strlen(name);
    if (ln > 7 && (!strcmp(name + ln - 7, ".lora_A") || !strcmp(name + ln - 7, ".lora_B"))) continue;
    tl_add(out, tensor_convert(tl_find(params, name), DT_F32));
  }
  for (int k = 0; ok && k < n; k++) {
    Tensor *w = tl_find(out, l[k].weight);
    const Tensor *a = tl_find(params, l[k].a), *b = tl_find(params, l[k].b);
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
  TensorList params = {0}, out = {0};
  StMeta meta = {0};
  const char *mpath;
  Program *p = cli_load(&o, o.files.v[0], &d);
  const Model *m = p ? fe_model(p) : NULL;
  TrainConfig c = m ? tcli_config(m, true) : (TrainConfig){0};
  bool ok = m && tcli_load_params(m, &c, base, adapter, &params, &meta, &mpath, NULL, &d) && merge(m, &params, &out, &d);
  StMeta om = {0}; /* what the merged file came from; and the tokenizer, so that eval and generate read it */
  for (int i = 0; ok && i < meta.n; i++)
    if (!strncmp(meta.keys[i], "llmc.tokenizer", 14) || !strncmp(meta.keys[i], "llmc.base", 9) ||
        !strcmp(meta.keys[i], "llmc.llama2c.config"))
      st_meta_set(&om, meta.keys[i], meta.values[i]);
  if (ok) {
    const char *slash = strrchr(adapter, '/');
    st_meta_set(&om, "llmc.merged.adapter", slash ? slash + 1 : adapter);
    ok = st_write_meta(o.out, &out, &om, &d);
  }
  if (ok) fprintf(stderr, "llmc merge: wrote %s (%d tensors)\n", o.out, out.v.n);
  st_meta_free(&om);
  st_meta_free(&meta);
  tl_free(&params);
  tl_free(&out);
  fe_program_free(p);
  diag_free(&d);
  cli_opts_free(&o);
  return ok ? 0 : 1;
}
