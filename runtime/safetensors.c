/* safetensors.c — the safetensors checkpoint format: a strict, hostile-input
 * reader (the JSON header is parsed by cJSON) and an atomic writer. */
#define _POSIX_C_SOURCE 200809L

#include "safetensors.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cJSON.h>

/* The dtypes llmc supports, by their safetensors names. */
static const struct {
  const char *name;
  DType dt;
} st_dtypes[] = {{"F32", DT_F32}, {"F16", DT_F16}, {"BF16", DT_BF16}, {"I32", DT_I32}, {"F64", DT_F64}};
#define ST_SUPPORTED "F32, F16, BF16, I32, F64"

static const char *st_dtype_name(DType dt) {
  for (size_t i = 0; i < sizeof st_dtypes / sizeof st_dtypes[0]; i++)
    if (st_dtypes[i].dt == dt) return st_dtypes[i].name;
  return NULL;
}

/* ---- byte order ------------------------------------------------------------- */

static bool host_is_le(void) {
  const uint16_t one = 1;
  uint8_t b;
  memcpy(&b, &one, 1);
  return b == 1;
}

static void swap_elems(uint8_t *p, size_t nbytes, int elem) {
  for (size_t i = 0; i + (size_t)elem <= nbytes; i += (size_t)elem)
    for (int a = 0, z = elem - 1; a < z; a++, z--) {
      uint8_t t = p[i + a];
      p[i + a] = p[i + z];
      p[i + z] = t;
    }
}

/* ---- UTF-8 -------------------------------------------------------------------- */

/* The length of the valid UTF-8 sequence at s[0..n), or 0 when it is invalid
 * (bad lead byte, truncated, bad continuation, overlong, surrogate, > U+10FFFF). */
static size_t utf8_seq(const uint8_t *s, size_t n) {
  uint8_t c = s[0];
  size_t len;
  uint32_t cp, min;
  if (c < 0x80) return 1;
  if ((c & 0xE0) == 0xC0) len = 2, cp = c & 0x1Fu, min = 0x80;
  else if ((c & 0xF0) == 0xE0) len = 3, cp = c & 0x0Fu, min = 0x800;
  else if ((c & 0xF8) == 0xF0) len = 4, cp = c & 0x07u, min = 0x10000;
  else return 0;
  if (len > n) return 0;
  for (size_t k = 1; k < len; k++) {
    if ((s[k] & 0xC0) != 0x80) return 0;
    cp = cp << 6 | (s[k] & 0x3Fu);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

/* The index of the first byte of s[0..n) that is not valid UTF-8, or n. */
static size_t utf8_bad(const uint8_t *s, size_t n) {
  for (size_t i = 0; i < n;) {
    size_t k = utf8_seq(s + i, n - i);
    if (!k) return i;
    i += k;
  }
  return n;
}

/* ---- the reader --------------------------------------------------------------- */

typedef struct Reader {
  const char *label;
  Diag *d;
  Arena a;           /* message pieces */
  size_t data_start; /* file offset of the data section: 8 + N */
  size_t data_len;
  StMeta *meta;      /* where the metadata goes (NULL: checked only) */
} Reader;

static bool fail(Reader *r, const char *fmt, ...) LLMC_PRINTF(2, 3);
static bool fail(Reader *r, const char *fmt, ...) {
  StrBuf b = {0};
  va_list ap;
  va_start(ap, fmt);
  sb_vprintf(&b, fmt, ap);
  va_end(ap);
  diag_plain(r->d, "%s: %s", r->label, sb_cstr(&b));
  sb_free(&b);
  return false;
}

/* Bytes shown readably: printable ASCII as is, the rest as \xNN, at most `max`
 * bytes, then "...". */
static void put_excerpt(StrBuf *b, const uint8_t *s, size_t n, size_t max) {
  for (size_t i = 0; i < n && i < max; i++) {
    if (s[i] >= 0x20 && s[i] < 0x7F) sb_putc(b, (char)s[i]);
    else if (s[i] >= 0x80 && utf8_seq(s + i, n - i) > 1) { /* keep UTF-8 whole */
      size_t k = utf8_seq(s + i, n - i);
      sb_putn(b, (const char *)s + i, k);
      i += k - 1;
    } else sb_printf(b, "\\x%02x", s[i]);
  }
  if (n > max) sb_puts(b, "...");
}

/* A tensor name quoted for a message: bytes that are not printable shown as
 * \xNN, cut after DIAG_SHOWN bytes with "…(N bytes)" as diag_cut does. */
static const char *qname(Reader *r, const char *s) {
  StrBuf b = {0};
  size_t n = strlen(s);
  sb_putc(&b, '\'');
  size_t i = 0; /* one character at a time, until DIAG_SHOWN bytes are shown */
  while (i < n && b.len <= DIAG_SHOWN) {
    size_t k = utf8_seq((const uint8_t *)s + i, n - i);
    k = k ? k : 1;
    if (b.len - 1 + (k > 1 || (s[i] >= 0x20 && s[i] < 0x7F) ? k : 4) > DIAG_SHOWN) break;
    put_excerpt(&b, (const uint8_t *)s + i, k, k);
    i += k;
  }
  if (i < n) sb_printf(&b, "\xe2\x80\xa6(%zu bytes)", n);
  sb_putc(&b, '\'');
  char *q = arena_strdup(&r->a, sb_cstr(&b));
  sb_free(&b);
  return q;
}

/* A JSON value as it would be written, cut short, for a message. */
static const char *describe(Reader *r, const cJSON *j) {
  char *s = cJSON_PrintUnformatted(j);
  if (!s) return "a value";
  StrBuf b = {0};
  put_excerpt(&b, (const uint8_t *)s, strlen(s), 60);
  cJSON_free(s);
  char *q = arena_strdup(&r->a, sb_cstr(&b));
  sb_free(&b);
  return q;
}

static const char *shape_str(Reader *r, int rank, const int64_t *shape) {
  StrBuf b = {0};
  sb_putc(&b, '[');
  for (int i = 0; i < rank; i++) sb_printf(&b, "%s%" PRId64, i ? ", " : "", shape[i]);
  sb_putc(&b, ']');
  char *q = arena_strdup(&r->a, sb_cstr(&b));
  sb_free(&b);
  return q;
}

/* A JSON number that is a non-negative integer held exactly by a double. */
static bool json_uint(const cJSON *j, uint64_t *v) {
  if (!cJSON_IsNumber(j)) return false;
  double x = j->valuedouble;
  if (!(x >= 0 && x <= 9007199254740992.0)) return false; /* also rejects NaN */
  uint64_t u = (uint64_t)x;
  if ((double)u != x) return false;
  *v = u;
  return true;
}

/* Checks the raw header before cJSON sees it: valid UTF-8, no control bytes
 * (JSON allows none inside strings, only whitespace outside them) and no
 * \u0000 escape, which cJSON would turn into a silently shortened name. */
static bool check_header_bytes(Reader *r, const uint8_t *h, size_t n) {
  bool in_str = false;
  for (size_t i = 0; i < n;) {
    uint8_t c = h[i];
    if (c >= 0x80) {
      size_t k = utf8_seq(h + i, n - i);
      if (!k)
        return fail(r, "header is not valid UTF-8: byte 0x%02x at file offset %zu", c, 8 + i);
      i += k;
      continue;
    }
    if (c < 0x20 && (in_str || (c != ' ' && c != '\t' && c != '\n' && c != '\r')))
      return fail(r, "header contains the control byte 0x%02x at file offset %zu; JSON allows "
                     "only escaped control characters in strings", c, 8 + i);
    if (in_str && c == '\\' && i + 1 < n) {
      if (i + 5 < n && !memcmp(h + i + 1, "u0000", 5))
        return fail(r, "header contains the escape \\u0000 at file offset %zu; names and metadata "
                       "may not contain NUL characters", 8 + i);
      i += h[i + 1] < 0x80 ? 2 : 1; /* an escaped '"' does not end the string */
      continue;
    }
    if (c == '"') in_str = !in_str;
    i++;
  }
  return true;
}

static const char *json_kind(const cJSON *j) {
  if (cJSON_IsObject(j)) return "an object";
  if (cJSON_IsArray(j)) return "an array";
  if (cJSON_IsString(j)) return "a string";
  if (cJSON_IsNumber(j)) return "a number";
  if (cJSON_IsBool(j)) return "a boolean";
  if (cJSON_IsNull(j)) return "null";
  return "an invalid value";
}

typedef struct Entry {
  const char *name; /* points into the cJSON tree */
  int index;        /* position in the header */
  DType dt;
  int rank;
  int64_t shape[IR_MAX_RANK];
  uint64_t begin, end;
} Entry;

/* "name": {"dtype": "F32", "shape": [2, 3], "data_offsets": [begin, end]} */
static bool parse_entry(Reader *r, const cJSON *item, Entry *e) {
  const char *nm = qname(r, item->string);
  if (!cJSON_IsObject(item))
    return fail(r, "tensor %s: expected an object {\"dtype\", \"shape\", \"data_offsets\"}, found %s",
                nm, describe(r, item));
  const cJSON *dtype = NULL, *shape = NULL, *offs = NULL, *f;
  cJSON_ArrayForEach(f, item) {
    const cJSON **slot = !strcmp(f->string, "dtype")          ? &dtype
                         : !strcmp(f->string, "shape")        ? &shape
                         : !strcmp(f->string, "data_offsets") ? &offs
                                                              : NULL;
    if (!slot) continue; /* unknown keys are ignored, as the reference does */
    if (*slot) return fail(r, "tensor %s: \"%s\" appears twice in its entry", nm, f->string);
    *slot = f;
  }

  if (!dtype) return fail(r, "tensor %s: missing \"dtype\" (one of " ST_SUPPORTED ")", nm);
  if (!cJSON_IsString(dtype))
    return fail(r, "tensor %s: \"dtype\" must be a string such as \"F32\", found %s", nm,
                describe(r, dtype));
  size_t di = 0, ndt = sizeof st_dtypes / sizeof st_dtypes[0];
  while (di < ndt && strcmp(st_dtypes[di].name, dtype->valuestring)) di++;
  if (di == ndt)
    return fail(r, "tensor %s: dtype %s is not supported (supported: " ST_SUPPORTED ")", nm,
                describe(r, dtype));
  e->dt = st_dtypes[di].dt;

  if (!shape) return fail(r, "tensor %s: missing \"shape\" (an array of non-negative integers)", nm);
  if (!cJSON_IsArray(shape))
    return fail(r, "tensor %s: \"shape\" must be an array of non-negative integers, found %s", nm,
                describe(r, shape));
  int rank = 0;
  int64_t numel = 1;
  cJSON_ArrayForEach(f, shape) {
    if (rank == IR_MAX_RANK)
      return fail(r, "tensor %s: shape %s has rank %d; the maximum is %d", nm, describe(r, shape),
                  cJSON_GetArraySize(shape), IR_MAX_RANK);
    uint64_t v;
    if (!json_uint(f, &v))
      return fail(r, "tensor %s: shape[%d] is %s; expected a non-negative integer", nm, rank,
                  describe(r, f));
    /* Checked left to right, as tensor_numel multiplies. */
    if (v && (uint64_t)numel > (uint64_t)INT64_MAX / v)
      return fail(r, "tensor %s: shape %s overflows a 64-bit element count", nm,
                  describe(r, shape));
    numel *= (int64_t)v;
    e->shape[rank++] = (int64_t)v;
  }
  e->rank = rank;
  int esize = dtype_size(e->dt);
  if (numel > INT64_MAX / esize)
    return fail(r, "tensor %s: %s shape %s needs more than 2^63 bytes", nm, st_dtypes[di].name,
                shape_str(r, rank, e->shape));
  uint64_t nbytes = (uint64_t)numel * (uint64_t)esize;

  if (!offs) return fail(r, "tensor %s: missing \"data_offsets\" ([begin, end] in the data section)", nm);
  if (!cJSON_IsArray(offs) || cJSON_GetArraySize(offs) != 2 || !json_uint(offs->child, &e->begin) ||
      !json_uint(offs->child->next, &e->end))
    return fail(r, "tensor %s: \"data_offsets\" must be [begin, end], two non-negative integers; "
                   "found %s", nm, describe(r, offs));
  if (e->begin > e->end)
    return fail(r, "tensor %s: data_offsets [%" PRIu64 ", %" PRIu64 "] has begin > end", nm,
                e->begin, e->end);
  if (e->end > r->data_len)
    return fail(r, "tensor %s: data_offsets [%" PRIu64 ", %" PRIu64 "] ends beyond the data section, "
                   "which is %zu bytes (file offsets %zu to %zu); is the file truncated?", nm,
                e->begin, e->end, r->data_len, r->data_start, r->data_start + r->data_len);
  if (e->end - e->begin != nbytes)
    return fail(r, "tensor %s: data_offsets [%" PRIu64 ", %" PRIu64 "] hold %" PRIu64 " bytes, but "
                   "%s shape %s needs %" PRIu64 " (%" PRId64 " elements of %d bytes)", nm, e->begin,
                e->end, e->end - e->begin, st_dtypes[di].name, shape_str(r, rank, e->shape), nbytes,
                numel, esize);
  return true;
}

/* "__metadata__": {"key": "value", ...}, or null (the reference's Option). */
static bool check_metadata(Reader *r, const cJSON *m) {
  if (cJSON_IsNull(m)) return true;
  if (!cJSON_IsObject(m))
    return fail(r, "\"__metadata__\" must be an object mapping strings to strings (or null), found %s",
                describe(r, m));
  const cJSON *f;
  cJSON_ArrayForEach(f, m) {
    if (!cJSON_IsString(f))
      return fail(r, "\"__metadata__\" key %s must map to a string, found %s", qname(r, f->string),
                  describe(r, f));
  }
  cJSON_ArrayForEach(f, m) if (r->meta) st_meta_set(r->meta, f->string, f->valuestring);
  return true;
}

static int by_name(const void *a, const void *b) {
  const Entry *x = *(const Entry *const *)a, *y = *(const Entry *const *)b;
  int c = strcmp(x->name, y->name);
  return c ? c : (x->index > y->index) - (x->index < y->index);
}

static int by_offset(const void *a, const void *b) {
  const Entry *x = *(const Entry *const *)a, *y = *(const Entry *const *)b;
  if (x->begin != y->begin) return x->begin < y->begin ? -1 : 1;
  if (x->end != y->end) return x->end < y->end ? -1 : 1;
  return (x->index > y->index) - (x->index < y->index);
}

/* Names unique; tensors cover the data section exactly, with no overlap and no gap. */
static bool check_layout(Reader *r, Entry *ents, int n) {
  Entry **p = xmalloc(sizeof *p * (size_t)(n ? n : 1));
  for (int i = 0; i < n; i++) p[i] = &ents[i];
  bool ok = true;
  qsort(p, (size_t)n, sizeof *p, by_name);
  for (int i = 1; i < n && ok; i++)
    if (!strcmp(p[i - 1]->name, p[i]->name))
      ok = fail(r, "tensor %s appears twice in the header (entries %d and %d); names must be unique",
                qname(r, p[i]->name), p[i - 1]->index + 1, p[i]->index + 1);

  qsort(p, (size_t)n, sizeof *p, by_offset);
  uint64_t at = 0;
  const Entry *prev = NULL;
  for (int i = 0; i < n && ok; i++) {
    const Entry *e = p[i];
    if (e->begin < at)
      ok = fail(r, "tensors %s (data bytes [%" PRIu64 ", %" PRIu64 ")) and %s ([%" PRIu64 ", %" PRIu64
                   ")) overlap, at file offset %" PRIu64, qname(r, prev->name), prev->begin,
                prev->end, qname(r, e->name), e->begin, e->end, (uint64_t)r->data_start + e->begin);
    else if (e->begin > at)
      ok = fail(r, "data bytes [%" PRIu64 ", %" PRIu64 ") (file offsets %" PRIu64 " to %" PRIu64
                   ") %s%s belong to no tensor; tensors must cover the data section without gaps",
                at, e->begin, (uint64_t)r->data_start + at, (uint64_t)r->data_start + e->begin,
                prev ? "after tensor " : "before the first tensor ", qname(r, prev ? prev->name : e->name));
    else {
      at = e->end;
      prev = e;
    }
  }
  if (ok && at < r->data_len) {
    if (prev)
      ok = fail(r, "%zu bytes after the last tensor %s (file offsets %" PRIu64 " to %zu) belong to "
                   "no tensor; tensors must cover the data section exactly",
                r->data_len - (size_t)at, qname(r, prev->name), (uint64_t)r->data_start + at,
                r->data_start + r->data_len);
    else
      ok = fail(r, "the data section has %zu bytes (from file offset %zu) but the header lists no "
                   "tensors", r->data_len, r->data_start);
  }
  free(p);
  return ok;
}

static bool read_file_mem(Reader *r, const uint8_t *buf, size_t len, TensorList *out) {
  if (len < 8)
    return fail(r, "file is %zu bytes, too short for a safetensors file (it starts with an 8-byte "
                   "header length)", len);
  uint64_t n = 0;
  for (int i = 7; i >= 0; i--) n = n << 8 | buf[i];
  if (n > ST_MAX_HEADER)
    return fail(r, "header length %" PRIu64 " (bytes 0 to 7) exceeds the %" PRIu64 "-byte limit; "
                   "this is not a safetensors file or it is corrupt", n, ST_MAX_HEADER);
  if (n > len - 8)
    return fail(r, "header length %" PRIu64 " (bytes 0 to 7) runs past the end of the file: only "
                   "%zu bytes follow the length", n, len - 8);
  if (n == 0) return fail(r, "header length is 0 (bytes 0 to 7); expected a JSON object after it");
  const uint8_t *h = buf + 8;
  r->data_start = 8 + (size_t)n;
  r->data_len = len - r->data_start;
  if (!check_header_bytes(r, h, (size_t)n)) return false;

  /* cJSON gets a NUL-terminated copy, so no bug of its can read past the header. */
  char *text = xmalloc((size_t)n + 1);
  memcpy(text, h, (size_t)n);
  text[n] = 0;
  const char *end = NULL;
  cJSON *root = cJSON_ParseWithLengthOpts(text, (size_t)n, &end, 0);
  bool ok = true;
  VEC(Entry) ents = {0};
  if (!root) {
    size_t at = end && end >= text && end <= text + n ? (size_t)(end - text) : 0;
    StrBuf b = {0};
    put_excerpt(&b, h + at, (size_t)n - at, 24);
    ok = fail(r, "header is not valid JSON: syntax error at file offset %zu, near '%s'", 8 + at,
              sb_cstr(&b));
    sb_free(&b);
    goto done;
  }
  for (const char *p = end; p < text + n; p++)
    if (*p != ' ' && *p != '\t' && *p != '\n' && *p != '\r') {
      ok = fail(r, "header has bytes after its JSON value, at file offset %zu", 8 + (size_t)(p - text));
      goto done;
    }
  if (!cJSON_IsObject(root)) {
    ok = fail(r, "header must be a JSON object mapping tensor names to {\"dtype\", \"shape\", "
                 "\"data_offsets\"}; found %s", json_kind(root));
    goto done;
  }

  int nmeta = 0;
  const cJSON *item;
  cJSON_ArrayForEach(item, root) {
    if (!strcmp(item->string, "__metadata__")) {
      if (nmeta++) {
        ok = fail(r, "\"__metadata__\" appears twice in the header");
        goto done;
      }
      if (!(ok = check_metadata(r, item))) goto done;
      continue;
    }
    Entry e = {.name = item->string, .index = ents.n};
    if (!(ok = parse_entry(r, item, &e))) goto done;
    vec_push(&ents, e);
  }
  if (!(ok = check_layout(r, ents.v, ents.n))) goto done;

  /* Valid: copy the tensors out, in header order. */
  const uint8_t *data = buf + r->data_start;
  for (int i = 0; i < ents.n; i++) {
    const Entry *e = &ents.v[i];
    Tensor *t = tensor_new(e->name, e->dt, e->rank, e->shape);
    size_t nb = (size_t)(e->end - e->begin);
    if (nb) memcpy(t->data, data + e->begin, nb);
    if (!host_is_le()) swap_elems(t->data, nb, dtype_size(e->dt));
    tl_add(out, t);
  }
done:
  vec_free(&ents);
  cJSON_Delete(root);
  free(text);
  return ok;
}

bool st_read_mem_meta(const uint8_t *buf, size_t len, const char *label, TensorList *out, StMeta *meta, Diag *d) {
  StMeta got = {0};
  Reader r = {.label = label ? label : "<memory>", .d = d, .meta = meta ? &got : NULL};
  arena_init(&r.a);
  bool ok = read_file_mem(&r, buf, len, out);
  arena_free(&r.a);
  if (ok && label && !out->origin) out->origin = xstrdup(label); /* messages about these tensors name the file */
  for (int i = 0; ok && meta && i < got.n; i++) st_meta_set(meta, got.keys[i], got.values[i]);
  st_meta_free(&got);
  return ok;
}

bool st_read_mem(const uint8_t *buf, size_t len, const char *label, TensorList *out, Diag *d) {
  return st_read_mem_meta(buf, len, label, out, NULL, d);
}

bool st_read(const char *path, TensorList *out, Diag *d) { return st_read_meta(path, out, NULL, d); }

bool st_read_meta(const char *path, TensorList *out, StMeta *meta, Diag *d) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    diag_plain(d, "%s: cannot open: %s", path, strerror(errno));
    return false;
  }
  struct stat st;
  if (fstat(fd, &st) != 0) {
    diag_plain(d, "%s: cannot stat: %s", path, strerror(errno));
    close(fd);
    return false;
  }
  if (!S_ISREG(st.st_mode)) {
    diag_plain(d, "%s: not a regular file", path);
    close(fd);
    return false;
  }
  if ((uint64_t)st.st_size > SIZE_MAX) {
    diag_plain(d, "%s: file is too large to map (%lld bytes)", path, (long long)st.st_size);
    close(fd);
    return false;
  }
  size_t len = (size_t)st.st_size;
  bool ok;
  void *map = len ? mmap(NULL, len, PROT_READ, MAP_PRIVATE, fd, 0) : MAP_FAILED;
  if (map != MAP_FAILED) {
    close(fd);
    ok = st_read_mem_meta(map, len, path, out, meta, d);
    munmap(map, len);
    return ok;
  }
  close(fd);
  /* Empty, or a file system that cannot map: read it instead. */
  size_t rlen = 0;
  char *buf = sup_read_file(path, &rlen);
  if (!buf) {
    diag_plain(d, "%s: cannot read: %s", path, strerror(errno));
    return false;
  }
  ok = st_read_mem_meta((const uint8_t *)buf, rlen, path, out, meta, d);
  free(buf);
  return ok;
}

/* ---- the writer --------------------------------------------------------------- */

static void json_string(StrBuf *b, const char *s) {
  sb_putc(b, '"');
  for (; *s; s++) {
    unsigned char c = (unsigned char)*s;
    if (c == '"' || c == '\\') {
      sb_putc(b, '\\');
      sb_putc(b, (char)c);
    } else if (c < 0x20) sb_printf(b, "\\u%04x", c);
    else sb_putc(b, (char)c);
  }
  sb_putc(b, '"');
}

static int by_tensor_name(const void *a, const void *b) {
  const Tensor *x = *(const Tensor *const *)a, *y = *(const Tensor *const *)b;
  return strcmp(x->name, y->name);
}

/* Checks the list and builds the padded header; false after reporting. */
static bool build_header(const char *path, const TensorList *l, const StMeta *meta, StrBuf *h, Diag *d) {
  for (int i = 0; meta && i < meta->n; i++)
    for (int k = 0; k < 2; k++) {
      const char *s = k ? meta->values[i] : meta->keys[i];
      size_t sl = s ? strlen(s) : 0;
      if (!s || utf8_bad((const uint8_t *)s, sl) < sl) {
        diag_plain(d, "%s: the metadata %s of key %d is %s", path, k ? "value" : "key", i + 1,
                    s ? "not valid UTF-8" : "NULL");
        return false;
      }
    }
  for (int i = 0; i < l->v.n; i++) {
    const Tensor *t = l->v.v[i];
    if (!t) {
      diag_plain(d, "%s: tensor %d of %d is NULL", path, i + 1, l->v.n);
      return false;
    }
    if (!t->name || !*t->name) {
      diag_plain(d, "%s: tensor %d of %d has no name; a safetensors file needs a unique, non-empty "
                    "name for each tensor", path, i + 1, l->v.n);
      return false;
    }
    size_t nl = strlen(t->name), bad = utf8_bad((const uint8_t *)t->name, nl);
    if (bad < nl) {
      diag_plain(d, "%s: the name of tensor %d is not valid UTF-8 (byte 0x%02x at position %zu)",
                  path, i + 1, (unsigned char)t->name[bad], bad);
      return false;
    }
    if (!strcmp(t->name, "__metadata__")) {
      diag_plain(d, "%s: tensor %d is named \"__metadata__\", which is reserved for the file's "
                    "metadata", path, i + 1);
      return false;
    }
    if (!st_dtype_name(t->dtype)) {
      diag_plain(d, "%s: tensor '%s' has an unknown dtype (%d)", path, t->name, (int)t->dtype);
      return false;
    }
    if (t->rank < 0 || t->rank > IR_MAX_RANK) {
      diag_plain(d, "%s: tensor '%s' has rank %d; it must be 0 to %d", path, t->name, t->rank,
                  IR_MAX_RANK);
      return false;
    }
    int64_t numel = 1;
    for (int k = 0; k < t->rank; k++) {
      int64_t v = t->shape[k];
      if (v < 0) {
        diag_plain(d, "%s: tensor '%s' has the negative dimension %" PRId64 " at axis %d", path,
                    t->name, v, k);
        return false;
      }
      if (v && numel > INT64_MAX / v / dtype_size(t->dtype)) {
        diag_plain(d, "%s: tensor '%s' is too large to describe", path, t->name);
        return false;
      }
      numel *= v;
    }
    if (numel && !t->data) {
      diag_plain(d, "%s: tensor '%s' has no data", path, t->name);
      return false;
    }
  }
  if (l->v.n > 1) {
    const Tensor **s = xmalloc(sizeof *s * (size_t)l->v.n);
    for (int i = 0; i < l->v.n; i++) s[i] = l->v.v[i];
    qsort(s, (size_t)l->v.n, sizeof *s, by_tensor_name);
    const char *dup = NULL;
    for (int i = 1; i < l->v.n && !dup; i++)
      if (!strcmp(s[i - 1]->name, s[i]->name)) dup = s[i]->name;
    free(s);
    if (dup) {
      diag_plain(d, "%s: two tensors are named '%s'; names in a safetensors file must be unique",
                  path, dup);
      return false;
    }
  }

  sb_puts(h, "{\"__metadata__\":{");
  bool has_format = meta && st_meta_get(meta, "format");
  if (!has_format) sb_puts(h, "\"format\":\"pt\"");
  for (int i = 0; meta && i < meta->n; i++) {
    if (i || !has_format) sb_putc(h, ',');
    json_string(h, meta->keys[i]);
    sb_putc(h, ':');
    json_string(h, meta->values[i]);
  }
  sb_putc(h, '}');
  uint64_t at = 0;
  for (int i = 0; i < l->v.n; i++) {
    const Tensor *t = l->v.v[i];
    sb_putc(h, ',');
    json_string(h, t->name);
    sb_printf(h, ":{\"dtype\":\"%s\",\"shape\":[", st_dtype_name(t->dtype));
    for (int k = 0; k < t->rank; k++) sb_printf(h, "%s%" PRId64, k ? "," : "", t->shape[k]);
    uint64_t nb = (uint64_t)tensor_nbytes(t);
    sb_printf(h, "],\"data_offsets\":[%" PRIu64 ",%" PRIu64 "]}", at, at + nb);
    at += nb;
  }
  sb_putc(h, '}');
  while (h->len % 8) sb_putc(h, ' '); /* 8 + len is then a multiple of 8 */
  if (h->len > ST_MAX_HEADER) {
    diag_plain(d, "%s: the header would be %zu bytes, over the %" PRIu64 "-byte limit of readers",
                path, h->len, ST_MAX_HEADER);
    return false;
  }
  return true;
}

static bool write_le(FILE *f, const void *data, size_t nbytes, int elem) {
  if (!nbytes) return true;
  if (host_is_le()) return fwrite(data, 1, nbytes, f) == nbytes;
  uint8_t chunk[4096];
  for (size_t off = 0; off < nbytes; off += sizeof chunk) {
    size_t k = nbytes - off < sizeof chunk ? nbytes - off : sizeof chunk;
    memcpy(chunk, (const uint8_t *)data + off, k);
    swap_elems(chunk, k, elem);
    if (fwrite(chunk, 1, k, f) != k) return false;
  }
  return true;
}

bool st_write(const char *path, const TensorList *l, Diag *d) { return st_write_meta(path, l, NULL, d); }

void st_meta_set(StMeta *m, const char *key, const char *value) {
  for (int i = 0; i < m->n; i++)
    if (!strcmp(m->keys[i], key)) {
      free(m->values[i]);
      m->values[i] = xstrdup(value);
      return;
    }
  m->keys = xrealloc(m->keys, sizeof *m->keys * (size_t)(m->n + 1));
  m->values = xrealloc(m->values, sizeof *m->values * (size_t)(m->n + 1));
  m->keys[m->n] = xstrdup(key);
  m->values[m->n++] = xstrdup(value);
}

const char *st_meta_get(const StMeta *m, const char *key) {
  for (int i = 0; m && i < m->n; i++)
    if (!strcmp(m->keys[i], key)) return m->values[i];
  return NULL;
}

void st_meta_free(StMeta *m) {
  for (int i = 0; i < m->n; i++) {
    free(m->keys[i]);
    free(m->values[i]);
  }
  free(m->keys);
  free(m->values);
  memset(m, 0, sizeof *m);
}

/* The whole file to stdout (`-o -`): no temporary file, no rename. */
static bool write_stdout(const TensorList *l, const StrBuf *h, Diag *d) {
  uint8_t len8[8];
  for (int i = 0; i < 8; i++) len8[i] = (uint8_t)((uint64_t)h->len >> (8 * i));
  bool ok = fwrite(len8, 1, 8, stdout) == 8 && fwrite(h->s, 1, h->len, stdout) == h->len;
  for (int i = 0; ok && i < l->v.n; i++)
    ok = write_le(stdout, l->v.v[i]->data, tensor_nbytes(l->v.v[i]), dtype_size(l->v.v[i]->dtype));
  if (ok && fflush(stdout) == 0) return true;
  diag_plain(d, "-: cannot write to standard output: %s", strerror(errno));
  return false;
}

/* Refuses to replace what is not a regular file (a symlink, a pipe, a device,
 * a folder): the rename would replace the link or the device itself. */
static bool check_replaceable(const char *path, Diag *d) {
  const char *why;
  if (sup_output_replaceable(path, &why)) return true;
  diag_plain(d, "%s: refusing to replace it: it is %s, not a regular file (remove it or give another path)", path, why);
  return false;
}

bool st_write_meta(const char *path, const TensorList *l, const StMeta *meta, Diag *d) {
  StrBuf h = {0}, tmp = {0};
  if (!build_header(path, l, meta, &h, d)) {
    sb_free(&h);
    return false;
  }
  if (!strcmp(path, "-")) {
    bool ok = write_stdout(l, &h, d);
    sb_free(&h);
    return ok;
  }
  if (!check_replaceable(path, d)) {
    sb_free(&h);
    return false;
  }
  sb_printf(&tmp, "%s.tmp.%ld", path, (long)getpid());
  const char *what = "create";
  int err = 0;
  FILE *f = fopen(sb_cstr(&tmp), "wbx");
  if (!f) {
    err = errno;
    diag_plain(d, "%s: cannot create the temporary file %s: %s", path, sb_cstr(&tmp), strerror(err));
    sb_free(&h);
    sb_free(&tmp);
    return false;
  }
  uint8_t len8[8];
  for (int i = 0; i < 8; i++) len8[i] = (uint8_t)((uint64_t)h.len >> (8 * i));
  what = "write";
  if (fwrite(len8, 1, 8, f) != 8 || fwrite(h.s, 1, h.len, f) != h.len) goto io_error;
  for (int i = 0; i < l->v.n; i++) {
    const Tensor *t = l->v.v[i];
    if (!write_le(f, t->data, tensor_nbytes(t), dtype_size(t->dtype))) goto io_error;
  }
  if (fflush(f) != 0) goto io_error;
  what = "sync";
  if (fsync(fileno(f)) != 0) goto io_error;
  what = "close";
  if (fclose(f) != 0) {
    f = NULL;
    goto io_error;
  }
  f = NULL;
  if (!check_replaceable(path, d)) { /* again: it may have appeared while writing */
    remove(sb_cstr(&tmp));
    sb_free(&h);
    sb_free(&tmp);
    return false;
  }
  what = "rename";
  if (rename(sb_cstr(&tmp), path) != 0) goto io_error;
  sb_free(&h);
  sb_free(&tmp);

  /* Make the rename itself durable. */
  char *dir = sup_dirname(path);
  bool ok = true;
  int dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd < 0 || (fsync(dfd) != 0 && errno != EINVAL)) {
    diag_plain(d, "%s: written, but syncing its folder %s failed: %s", path, dir, strerror(errno));
    ok = false;
  }
  if (dfd >= 0) close(dfd);
  free(dir);
  return ok;

io_error:
  err = errno;
  if (f) fclose(f);
  remove(sb_cstr(&tmp));
  diag_plain(d, "%s: cannot %s %s: %s", path, what, sb_cstr(&tmp), strerror(err));
  sb_free(&h);
  sb_free(&tmp);
  return false;
}
