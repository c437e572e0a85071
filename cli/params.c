/* params.c — where a model's parameters come from, for `llmc train`, `eval`,
 * `generate` and `merge` (train_cli.h): the finetune block's base weights
 * (`from`), their hash in an adapter checkpoint, and a full or adapter
 * checkpoint loaded over them. docs/peft.md, "Adapter checkpoints". */
#define _POSIX_C_SOURCE 200809L
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "datapath.h"
#include "llama2c.h"
#include "train_cli.h"

static const char *base_name(const char *path) {
  const char *slash = strrchr(path, '/');
  return slash ? slash + 1 : path;
}

bool tcli_base_of(const Model *m, const char **path, bool *llama2c) {
  const Spec *from = spec_get(&m->finetune, "from");
  const Spec *p = from && from->kind == SPEC_RECORD ? spec_field(from, "path") : NULL;
  if (!p || !p->s) return false;
  *path = p->s;
  *llama2c = !strcmp(from->s, "llama2c");
  return true;
}

bool tcli_file_sha256(const char *path, char hex[65], Diag *d) {
  size_t n = 0;
  char *buf = sup_read_file(path, &n);
  if (!buf) {
    diag_plain(d, "%s: cannot read the file", path);
    return false;
  }
  tok_sha256_hex(buf, n, hex);
  free(buf);
  return true;
}

bool tcli_read_base(const char *path, bool llama2c, TensorList *out, Diag *d) {
  L2cConfig cfg;
  return llama2c ? l2c_read(path, &cfg, out, d) : st_read(path, out, d);
}

static void shape_str(char *buf, size_t n, int rank, const int64_t *dims) {
  size_t k = (size_t)snprintf(buf, n, "[");
  for (int i = 0; i < rank && k < n; i++) k += (size_t)snprintf(buf + k, n - k, "%s%lld", i ? ", " : "", (long long)dims[i]);
  if (k < n) snprintf(buf + k, n - k, "]");
}

int tcli_copy_by_name(const char *path, const TensorList *file, TensorList *params, Diag *d) {
  int loaded = 0;
  for (int i = 0; i < params->v.n; i++) {
    Tensor *p = params->v.v[i];
    const Tensor *f = tl_find(file, p->name);
    if (!f) continue;
    bool ok = f->rank == p->rank && f->dtype != DT_I32;
    for (int k = 0; ok && k < p->rank; k++) ok = f->shape[k] == p->shape[k];
    if (!ok) {
      char a[128], b[128];
      shape_str(a, sizeof a, f->rank, f->shape);
      shape_str(b, sizeof b, p->rank, p->shape);
      diag_plain(d, "%s: tensor '%s' is %s %s but the model's parameter is %s %s", path, p->name, dtype_name(f->dtype),
                 a, dtype_name(p->dtype), b);
      return -1;
    }
    for (int64_t k = 0, n = tensor_numel(p); k < n; k++) tensor_set(p, k, tensor_get(f, k));
    loaded++;
  }
  return loaded;
}

bool tcli_base_meta(const Model *m, uint64_t seed, StMeta *meta, Diag *d) {
  const char *path;
  bool l2c;
  st_meta_set(meta, "llmc.checkpoint", "adapter");
  if (!tcli_base_of(m, &path, &l2c)) { /* the frozen weights are the init of the run's seed */
    char buf[32];
    snprintf(buf, sizeof buf, "%" PRIu64, seed);
    st_meta_set(meta, "llmc.base", "init");
    st_meta_set(meta, "llmc.base.format", "init");
    st_meta_set(meta, "llmc.base.seed", buf);
    return true;
  }
  char hex[65];
  if (!tcli_file_sha256(path, hex, d)) return false;
  st_meta_set(meta, "llmc.base", base_name(path));
  st_meta_set(meta, "llmc.base.format", l2c ? "llama2c" : "safetensors");
  st_meta_set(meta, "llmc.base.path", path);
  st_meta_set(meta, "llmc.base.sha256", hex);
  return true;
}

bool tcli_check_base(const char *adapter, const StMeta *meta, const char *base, Diag *d) {
  const char *want = st_meta_get(meta, "llmc.base.sha256");
  if (!want) return true;
  char hex[65];
  if (!tcli_file_sha256(base, hex, d)) return false;
  if (!strcmp(hex, want)) return true;
  /* llmc import's copy of the very file (it records the source's hash) */
  TensorList t = {0};
  StMeta bm = {0};
  Diag quiet;
  diag_init(&quiet, NULL);
  quiet.suppressed = true;
  const char *src = st_read_meta(base, &t, &bm, &quiet) ? st_meta_get(&bm, "llmc.source.sha256") : NULL;
  bool same = src && !strcmp(src, want);
  diag_free(&quiet);
  tl_free(&t);
  st_meta_free(&bm);
  if (same) return true;
  const char *name = st_meta_get(meta, "llmc.base");
  diag_plain(d, "the adapter %s was trained on the base %s (SHA-256 %s), but the base weights given are %s (SHA-256 %s)",
             adapter, name ? name : "?", want, base, hex);
  return false;
}

/* The model's parameters from a full checkpoint. PEFT parameters the
 * checkpoint lacks (a base checkpoint for a LoRA, adapter or prompt model)
 * keep their init, in which LoRA's B and the adapters' up-projections are
 * zero (the base model's function; a prompt's embeddings are not), with a
 * notice. */
static bool load_full(const char *path, const Model *m, TensorList *params, StMeta *meta, int *peft_fresh, Diag *d) {
  TensorList file = {0}, want = {0};
  tcli_init_params(m, 1, params);
  Diag quiet;
  diag_init(&quiet, NULL);
  quiet.suppressed = true; /* counted, not printed */
  bool listed = st_read(path, &file, &quiet); /* the names it holds (errors: ckpt_read reports them) */
  diag_free(&quiet);
  int fresh = 0;
  for (int i = 0; i < params->v.n; i++) {
    Tensor *t = params->v.v[i];
    if (listed && m->params.v[i].peft && !tl_find(&file, t->name)) fresh++;
    else vec_push(&want.v, t);
  }
  tl_free(&file);
  bool ok = ckpt_read(path, &want, "opt.", NULL, meta, d);
  vec_free(&want.v); /* borrowed from params */
  if (!ok) return false;
  if (peft_fresh) *peft_fresh = fresh;
  else if (fresh)
    fprintf(stderr, "llmc: %s has none of the model's %d PEFT parameters: they start from their init (the base model)\n",
            path, fresh);
  const char *name = st_meta_get(meta, "llmc.model");
  if (name && strcmp(name, m->name)) {
    diag_plain(d, "%s: a checkpoint of model %s, not %s", path, name, m->name);
    return false;
  }
  return true;
}

/* The base of an adapter: --ckpt, else the finetune block's from, else the
 * file recorded in the adapter (its path, else its name looked up beside the
 * adapter and in the data directory); NULL with *init when the adapter's base
 * is the init of a seed (a finetune block without from). */
static char *find_base(const Model *m, const char *ckpt, const char *adapter, const StMeta *meta, bool *l2c,
                       bool *init, Diag *d) {
  const char *path, *fmt = st_meta_get(meta, "llmc.base.format");
  *init = false;
  if (ckpt) {
    size_t n = strlen(ckpt);
    *l2c = n > 4 && !strcmp(ckpt + n - 4, ".bin");
    return xstrdup(ckpt);
  }
  if (tcli_base_of(m, &path, l2c)) return xstrdup(path);
  if (fmt && !strcmp(fmt, "init")) {
    *init = true;
    return NULL;
  }
  const char *rec = st_meta_get(meta, "llmc.base.path"), *name = st_meta_get(meta, "llmc.base");
  *l2c = fmt && !strcmp(fmt, "llama2c");
  if (rec && sup_file_exists(rec)) return xstrdup(rec);
  if (name) {
    char *dir = sup_dirname(adapter), *tried = NULL;
    char *found = sup_find_data_file(name, dir, NULL, &tried);
    free(dir);
    free(tried);
    if (found) return found;
  }
  if (!name && !fmt) { /* not an adapter of llmc train (a bare tensor file): the init */
    *init = true;
    return NULL;
  }
  diag_plain(d, "%s: cannot find its base weights %s; give them with --ckpt BASE", adapter, name ? name : "(unnamed)");
  return NULL;
}

/* Base weights, then the adapter's tensors over them. */
static bool load_adapter(const Model *m, const TrainConfig *c, const char *ckpt, const char *adapter,
                         TensorList *params, StMeta *meta, Diag *d) {
  TensorList ad = {0}, base = {0};
  StMeta am = {0};
  if (!st_read_meta(adapter, &ad, &am, d)) return false;
  bool ok = true, l2c = false, init = false;
  const char *sum = st_meta_get(&am, "llmc.checksum"), *name = st_meta_get(&am, "llmc.model");
  char have[17];
  ckpt_checksum(&ad, have);
  if (sum && strcmp(sum, have)) {
    diag_plain(d, "%s: the tensor data does not match the checksum in its metadata (llmc.checksum %s, computed %s): the "
                  "file is corrupt", adapter, sum, have);
    ok = false;
  }
  if (ok && name && strcmp(name, m->name)) {
    diag_plain(d, "%s: an adapter of model %s, not %s", adapter, name, m->name);
    ok = false;
  }
  /* the frozen parameters nothing loads are the init of the run's seed, as in training */
  tcli_init_params(m, c->seed, params);
  char *bpath = ok ? find_base(m, ckpt, adapter, &am, &l2c, &init, d) : NULL;
  ok = ok && (bpath || init);
  if (ok && bpath) {
    ok = tcli_check_base(adapter, &am, bpath, d) && tcli_read_base(bpath, l2c, &base, d);
    int n = ok ? tcli_copy_by_name(bpath, &base, params, d) : -1;
    ok = n >= 0;
    if (ok) fprintf(stderr, "llmc: %d of %d parameters from the base %s\n", n, params->v.n, bpath);
  }
  for (int i = 0; ok && i < ad.v.n; i++) {
    const char *tn = ad.v.v[i]->name;
    if (!strncmp(tn, "opt.", 4)) continue; /* the optimiser state */
    if (!tl_find(params, tn)) {
      diag_plain(d, "%s: tensor '%s' is not a parameter of model %s", adapter, tn, m->name);
      ok = false;
    }
  }
  int n = ok ? tcli_copy_by_name(adapter, &ad, params, d) : -1;
  ok = ok && n >= 0;
  if (ok) {
    fprintf(stderr, "llmc: %d parameters from the adapter %s\n", n, adapter);
    for (int i = 0; i < am.n; i++) st_meta_set(meta, am.keys[i], am.values[i]);
  }
  free(bpath);
  tl_free(&ad);
  tl_free(&base);
  st_meta_free(&am);
  return ok;
}

/* Whether path is an adapter checkpoint of llmc train (its metadata says so). */
static bool is_adapter(const char *path) {
  TensorList t = {0};
  StMeta meta = {0};
  Diag quiet;
  diag_init(&quiet, NULL);
  quiet.suppressed = true;
  bool r = st_read_meta(path, &t, &meta, &quiet) && st_meta_get(&meta, "llmc.checkpoint") &&
           !strcmp(st_meta_get(&meta, "llmc.checkpoint"), "adapter");
  diag_free(&quiet);
  tl_free(&t);
  st_meta_free(&meta);
  return r;
}

bool tcli_load_params(const Model *m, const TrainConfig *c, const char *ckpt, const char *adapter, TensorList *params,
                      StMeta *meta, const char **meta_path, int *peft_fresh, Diag *d) {
  if (peft_fresh) *peft_fresh = 0;
  if (!adapter && ckpt && is_adapter(ckpt)) { /* an adapter checkpoint given as --ckpt */
    adapter = ckpt;
    ckpt = NULL;
  }
  *meta_path = adapter ? adapter : ckpt;
  if (!adapter) return load_full(ckpt, m, params, meta, peft_fresh, d);
  return load_adapter(m, c, ckpt, adapter, params, meta, d);
}
