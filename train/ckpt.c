/* ckpt.c — checkpoint files: reading one into a model's tensors with every
 * difference named, comparing metadata, finding the newest in a run folder
 * and pruning old ones (trainer.h). */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "trainer.h"

static void shape_text(char *buf, size_t n, int rank, const int64_t *dims) {
  size_t k = (size_t)snprintf(buf, n, "[");
  for (int i = 0; i < rank && k < n; i++) k += (size_t)snprintf(buf + k, n - k, "%s%lld", i ? ", " : "", (long long)dims[i]);
  if (k < n) snprintf(buf + k, n - k, "]");
}

static bool same_shape(const Tensor *a, const Tensor *b) {
  if (a->rank != b->rank) return false;
  for (int k = 0; k < a->rank; k++)
    if (a->shape[k] != b->shape[k]) return false;
  return true;
}

/* Checks file tensors against `want`; false after reporting the first difference. */
static bool check_tensors(const char *path, const TensorList *file, const TensorList *want, const char *extra_prefix,
                          Diag *d) {
  for (int i = 0; i < want->v.n; i++) {
    const Tensor *w = want->v.v[i], *f = tl_find(file, w->name);
    char a[128], b[128];
    if (!f) {
      diag_plain(d, "%s: tensor '%s' is missing (is the checkpoint from another model?)", path, w->name);
      return false;
    }
    if (!same_shape(f, w)) {
      shape_text(a, sizeof a, w->rank, w->shape);
      shape_text(b, sizeof b, f->rank, f->shape);
      diag_plain(d, "%s: tensor '%s' has shape %s but the model's is %s", path, w->name, b, a);
      return false;
    }
    if (f->dtype == DT_I32) {
      diag_plain(d, "%s: tensor '%s' is i32; parameters are floating point", path, w->name);
      return false;
    }
  }
  for (int i = 0; i < file->v.n; i++) {
    const char *n = file->v.v[i]->name;
    if (tl_find(want, n) || (extra_prefix && !strncmp(n, extra_prefix, strlen(extra_prefix)))) continue;
    diag_plain(d, "%s: tensor '%s' is not a parameter of this model (is the checkpoint from another model?)", path, n);
    return false;
  }
  return true;
}

void ckpt_checksum(const TensorList *l, char out[17]) {
  uint64_t h = 0x6c6c6d63ULL; /* "llmc" */
  for (int i = 0; i < l->v.n; i++) {
    const Tensor *t = l->v.v[i];
    h = sup_hash_bytes(t->name, strlen(t->name), h);
    h = sup_hash_bytes(t->data, tensor_nbytes(t), h);
  }
  snprintf(out, 17, "%016" PRIx64, h);
}

bool ckpt_read(const char *path, TensorList *want, const char *extra_prefix, TensorList *extra, StMeta *meta,
               Diag *d) {
  TensorList file = {0};
  StMeta got = {0};
  if (!st_read_meta(path, &file, &got, d)) return false;
  bool ok = check_tensors(path, &file, want, extra_prefix, d);
  const char *sum = st_meta_get(&got, "llmc.checksum");
  char have[17];
  if (ok && sum) {
    ckpt_checksum(&file, have);
    if (strcmp(have, sum)) {
      diag_plain(d, "%s: the tensor data does not match the checksum in its metadata (llmc.checksum %s, computed "
                    "%s): the file is corrupt", path, sum, have);
      ok = false;
    }
  }
  for (int i = 0; ok && i < want->v.n; i++) {
    Tensor *w = want->v.v[i];
    const Tensor *f = tl_find(&file, w->name);
    if (f->dtype == w->dtype) memcpy(w->data, f->data, tensor_nbytes(w));
    else
      for (int64_t k = 0, n = tensor_numel(w); k < n; k++) tensor_set(w, k, tensor_get(f, k));
  }
  if (ok) {
    for (int i = 0; i < file.v.n; i++) {
      Tensor *x = file.v.v[i];
      if (extra && !tl_find(want, x->name)) {
        tl_add(extra, x);
        file.v.v[i] = NULL; /* moved */
      }
    }
    for (int i = 0; meta && i < got.n; i++) st_meta_set(meta, got.keys[i], got.values[i]);
  }
  tl_free(&file);
  st_meta_free(&got);
  return ok;
}

bool ckpt_check_meta(const char *path, const StMeta *have, const StMeta *want, const char *prefix, Diag *d) {
  size_t pl = strlen(prefix);
  for (int i = 0; i < want->n; i++) {
    if (strncmp(want->keys[i], prefix, pl)) continue;
    const char *h = st_meta_get(have, want->keys[i]);
    if (!h) {
      diag_plain(d, "%s: metadata key '%s' is missing (this run has '%s')", path, want->keys[i], want->values[i]);
      return false;
    }
    if (strcmp(h, want->values[i])) {
      diag_plain(d, "%s: metadata key '%s' differs: the checkpoint has '%.200s', this run has '%.200s'", path,
                 want->keys[i], h, want->values[i]);
      return false;
    }
  }
  for (int i = 0; i < have->n; i++)
    if (!strncmp(have->keys[i], prefix, pl) && !st_meta_get(want, have->keys[i])) {
      diag_plain(d, "%s: metadata key '%s' ('%.200s') is not set in this run", path, have->keys[i], have->values[i]);
      return false;
    }
  return true;
}

/* STEP when name is exactly ckpt-STEP.safetensors, else -1. */
static int64_t ckpt_step_of(const char *name) {
  if (strncmp(name, "ckpt-", 5)) return -1;
  char *end;
  const char *s = name + 5;
  if (*s < '0' || *s > '9') return -1;
  long long v = strtoll(s, &end, 10);
  return strcmp(end, ".safetensors") ? -1 : (int64_t)v;
}

/* The checkpoints of dir sorted by step, newest first; *n of them. */
static int64_t *ckpt_list(const char *dir, int *n) {
  *n = 0;
  DIR *dp = opendir(dir);
  if (!dp) return NULL;
  int64_t *v = NULL;
  int cap = 0;
  for (struct dirent *e; (e = readdir(dp));) {
    int64_t s = ckpt_step_of(e->d_name);
    if (s < 0) continue;
    if (*n == cap) v = xrealloc(v, sizeof *v * (size_t)(cap = cap ? 2 * cap : 8));
    v[(*n)++] = s;
  }
  closedir(dp);
  for (int i = 1; i < *n; i++) /* insertion sort, descending: a few files */
    for (int k = i; k > 0 && v[k] > v[k - 1]; k--) {
      int64_t x = v[k];
      v[k] = v[k - 1];
      v[k - 1] = x;
    }
  return v;
}

char *ckpt_newest(const char *dir, int64_t *step) {
  int n;
  int64_t *v = ckpt_list(dir, &n);
  char *path = n ? xasprintf("%s/ckpt-%" PRId64 ".safetensors", dir, v[0]) : NULL;
  if (n) *step = v[0];
  free(v);
  return path;
}

void ckpt_prune(const char *dir, int keep) {
  int n;
  int64_t *v = ckpt_list(dir, &n);
  for (int i = keep < 0 ? 0 : keep; i < n; i++) {
    char *p = xasprintf("%s/ckpt-%" PRId64 ".safetensors", dir, v[i]);
    remove(p);
    free(p);
  }
  free(v);
  /* temporary files of a writer that was killed (st_write's path.tmp.PID) */
  DIR *dp = opendir(dir);
  if (!dp) return;
  for (struct dirent *e; (e = readdir(dp));) {
    const char *t = strstr(e->d_name, ".safetensors.tmp.");
    if (!t || strncmp(e->d_name, "ckpt-", 5)) continue;
    long pid = strtol(t + 17, NULL, 10);
    if (pid == (long)getpid()) continue;
    char *p = xasprintf("%s/%s", dir, e->d_name);
    remove(p);
    free(p);
  }
  closedir(dp);
}
