/* test_safetensors.c — runtime/safetensors.c: round trips of every dtype and
 * rank, a file written by the reference implementation's layout
 * (tests/safetensors/make_fixtures.py), the writer's exact bytes and atomic
 * replacement, and hostile input: a table of malformed headers and layouts,
 * every truncation of a valid file, and byte flips and random mutations (run
 * under the ASan build to catch reads out of bounds). */
#define _POSIX_C_SOURCE 200809L
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "safetensors.h"

#define REFERENCE_FILE LLMC_SOURCE_DIR "/tests/safetensors/reference.safetensors"

/* ---- helpers -------------------------------------------------------------------- */

/* One read, with its diagnostics captured. */
typedef struct Rd {
  Diag d;
  FILE *mem;
  char *out;
  size_t outlen;
  TensorList l;
  bool ok;
} Rd;

static void rd_begin(Rd *r) {
  memset(r, 0, sizeof *r);
  r->mem = open_memstream(&r->out, &r->outlen);
  diag_init(&r->d, r->mem);
}

static void rd_end_read(Rd *r) { fflush(r->mem); }

static void rd_mem(Rd *r, const uint8_t *buf, size_t len) {
  rd_begin(r);
  r->ok = st_read_mem(buf, len, "t.safetensors", &r->l, &r->d);
  rd_end_read(r);
}

static void rd_path(Rd *r, const char *path) {
  rd_begin(r);
  r->ok = st_read(path, &r->l, &r->d);
  rd_end_read(r);
}

static void rd_free(Rd *r) {
  tl_free(&r->l);
  diag_free(&r->d);
  fclose(r->mem);
  free(r->out);
}

/* A failed read reports exactly one error, adds nothing, and says `frag`. */
static void expect_failure(Rd *r, const char *frag, const char *what) {
  cr_expect(!r->ok, "%s: read succeeded; expected an error containing \"%s\"", what, frag);
  cr_expect_eq(r->d.nerrors, 1, "%s: %d errors reported, expected 1:\n%s", what, r->d.nerrors,
               r->out);
  cr_expect_eq(r->l.v.n, 0, "%s: %d tensors added by a failed read", what, r->l.v.n);
  if (frag)
    cr_expect(strstr(r->out, frag), "%s: message lacks \"%s\":\n%s", what, frag, r->out);
}

/* A file made of an 8-byte length, `json`, and `datalen` bytes of data. */
static uint8_t *mkfile(const char *json, size_t datalen, size_t *len) {
  size_t n = strlen(json);
  *len = 8 + n + datalen;
  uint8_t *b = malloc(*len ? *len : 1);
  for (int i = 0; i < 8; i++) b[i] = (uint8_t)((uint64_t)n >> (8 * i));
  memcpy(b + 8, json, n);
  for (size_t i = 0; i < datalen; i++) b[8 + n + i] = (uint8_t)(i * 7 + 1);
  return b;
}

static uint8_t *slurp(const char *path, size_t *len) {
  char *s = sup_read_file(path, len);
  cr_assert(s, "cannot read %s", path);
  return (uint8_t *)s;
}

static char *tmpdir_new(void) {
  char tmpl[] = "/tmp/llmc-st-XXXXXX";
  cr_assert(mkdtemp(tmpl), "mkdtemp failed");
  return xstrdup(tmpl);
}

/* Number of entries in `dir` (other than . and ..); removes them if `rm`. */
static int dir_entries(const char *dir, bool rm) {
  DIR *dp = opendir(dir);
  cr_assert(dp);
  int n = 0;
  struct dirent *e;
  while ((e = readdir(dp))) {
    if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
    n++;
    if (rm) {
      char *p = sup_path_join(dir, e->d_name);
      remove(p);
      free(p);
    }
  }
  closedir(dp);
  return n;
}

static void tmpdir_free(char *dir) {
  dir_entries(dir, true);
  rmdir(dir);
  free(dir);
}

static bool write_ok(const char *path, const TensorList *l, char **msg) {
  char *out = NULL;
  size_t outlen = 0;
  FILE *mem = open_memstream(&out, &outlen);
  Diag d;
  diag_init(&d, mem);
  bool ok = st_write(path, l, &d);
  cr_expect(ok == (d.nerrors == 0), "st_write returned %d with %d errors", ok, d.nerrors);
  diag_free(&d);
  fclose(mem);
  if (msg) *msg = out;
  else free(out);
  return ok;
}

static void fill_pattern(Tensor *t, unsigned seed) {
  uint8_t *p = t->data;
  size_t n = tensor_nbytes(t);
  uint32_t x = seed * 2654435761u + 1;
  for (size_t i = 0; i < n; i++) {
    x = x * 1103515245u + 12345u;
    p[i] = (uint8_t)(x >> 16);
  }
}

/* ---- round trips ------------------------------------------------------------------ */

Test(safetensors, round_trip_every_dtype_and_rank) {
  static const DType dts[] = {DT_F32, DT_F16, DT_BF16, DT_I32, DT_F64};
  static const struct {
    int rank;
    int64_t shape[4];
  } shapes[] = {{0, {0}},       {1, {5}},          {2, {2, 3}},    {3, {2, 1, 3}}, {4, {1, 2, 3, 2}},
                {1, {0}},       {2, {2, 0}},       {3, {0, 4, 2}}, {4, {3, 1, 0, 2}}};
  TensorList l = {0};
  int k = 0;
  for (size_t i = 0; i < sizeof dts / sizeof dts[0]; i++)
    for (size_t j = 0; j < sizeof shapes / sizeof shapes[0]; j++) {
      char name[64];
      snprintf(name, sizeof name, "t%d.%s.rank%d", k, dtype_name(dts[i]), shapes[j].rank);
      Tensor *t = tensor_new(name, dts[i], shapes[j].rank, shapes[j].shape);
      fill_pattern(t, (unsigned)k++);
      tl_add(&l, t);
    }
  char *dir = tmpdir_new();
  char *path = sup_path_join(dir, "rt.safetensors");
  cr_assert(write_ok(path, &l, NULL));
  cr_expect_eq(dir_entries(dir, false), 1, "temporary files left behind");

  size_t len;
  uint8_t *bytes = slurp(path, &len);
  uint64_t n = 0;
  for (int i = 7; i >= 0; i--) n = n << 8 | bytes[i];
  cr_expect_eq((8 + n) % 8, 0, "data section starts at %llu, not a multiple of 8",
               (unsigned long long)(8 + n));
  free(bytes);

  Rd r;
  rd_path(&r, path);
  cr_assert(r.ok, "%s", r.out);
  cr_assert_eq(r.l.v.n, l.v.n);
  for (int i = 0; i < l.v.n; i++) {
    const Tensor *a = l.v.v[i], *b = r.l.v.v[i];
    cr_expect_str_eq(b->name, a->name, "tensor %d out of order", i);
    cr_expect_eq(b->dtype, a->dtype, "%s: dtype", a->name);
    cr_expect_eq(b->rank, a->rank, "%s: rank", a->name);
    for (int j = 0; j < a->rank; j++) cr_expect_eq(b->shape[j], a->shape[j], "%s: shape[%d]", a->name, j);
    cr_expect_eq(tensor_nbytes(b), tensor_nbytes(a), "%s: size", a->name);
    cr_expect(!memcmp(a->data, b->data, tensor_nbytes(a)), "%s: data differs", a->name);
  }
  rd_free(&r);
  tl_free(&l);
  free(path);
  tmpdir_free(dir);
}

/* The writer's bytes, exactly: compact JSON, metadata first, padded with spaces. */
Test(safetensors, writer_exact_bytes) {
  TensorList l = {0};
  Tensor *x = tensor_new("x", DT_F32, 1, (int64_t[]){2});
  tensor_set(x, 0, 1.0);
  tensor_set(x, 1, -2.0);
  tl_add(&l, x);
  tl_add(&l, tensor_new("s", DT_I32, 0, NULL));
  char *dir = tmpdir_new();
  char *path = sup_path_join(dir, "x.safetensors");
  cr_assert(write_ok(path, &l, NULL));
  size_t len;
  uint8_t *b = slurp(path, &len);
  const char *want = "{\"__metadata__\":{\"format\":\"pt\"},"
                     "\"x\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},"
                     "\"s\":{\"dtype\":\"I32\",\"shape\":[],\"data_offsets\":[8,12]}}";
  size_t wl = strlen(want), padded = (wl + 7) / 8 * 8;
  cr_assert_eq(len, 8 + padded + 12, "file is %zu bytes", len);
  cr_expect_eq(b[0], padded);
  for (int i = 1; i < 8; i++) cr_expect_eq(b[i], 0);
  cr_expect(!memcmp(b + 8, want, wl), "header is %.*s", (int)padded, (const char *)b + 8);
  for (size_t i = wl; i < padded; i++) cr_expect_eq(b[8 + i], ' ', "padding byte %zu", i);
  static const uint8_t data[12] = {0, 0, 0x80, 0x3f, 0, 0, 0, 0xc0, 0, 0, 0, 0};
  cr_expect(!memcmp(b + 8 + padded, data, 12), "data bytes differ");
  free(b);
  tl_free(&l);
  free(path);
  tmpdir_free(dir);
}

Test(safetensors, names_with_escapes_round_trip) {
  static const char *names[] = {"a\"b\\c", "tab\there\nnewline", "\x01\x1f", "caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80",
                                "h.0.attn.c_attn.weight", " "};
  TensorList l = {0};
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    tl_add(&l, tensor_new(names[i], DT_F32, 1, (int64_t[]){1}));
  char *dir = tmpdir_new();
  char *path = sup_path_join(dir, "n.safetensors");
  cr_assert(write_ok(path, &l, NULL));
  Rd r;
  rd_path(&r, path);
  cr_assert(r.ok, "%s", r.out);
  cr_assert_eq(r.l.v.n, l.v.n);
  for (int i = 0; i < l.v.n; i++) cr_expect_str_eq(r.l.v.v[i]->name, names[i]);
  rd_free(&r);
  tl_free(&l);
  free(path);
  tmpdir_free(dir);
}

Test(safetensors, overwrite_is_atomic) {
  char *dir = tmpdir_new();
  char *path = sup_path_join(dir, "w.safetensors");
  TensorList a = {0}, bad = {0};
  tl_add(&a, tensor_new("a", DT_F32, 1, (int64_t[]){3}));
  cr_assert(write_ok(path, &a, NULL));
  tensor_set(a.v.v[0], 0, 7.0);
  cr_assert(write_ok(path, &a, NULL)); /* replaces the existing file */
  tl_add(&bad, tensor_new("x", DT_F32, 1, (int64_t[]){1}));
  tl_add(&bad, tensor_new("x", DT_F32, 1, (int64_t[]){1}));
  char *msg;
  cr_assert(!write_ok(path, &bad, &msg));
  cr_expect(strstr(msg, "two tensors are named 'x'"), "%s", msg);
  free(msg);
  cr_expect_eq(dir_entries(dir, false), 1, "temporary files left behind");
  Rd r;
  rd_path(&r, path);
  cr_assert(r.ok, "%s", r.out);
  cr_assert_eq(r.l.v.n, 1);
  cr_expect_eq(tensor_get(r.l.v.v[0], 0), 7.0, "the failed write touched the file");
  rd_free(&r);
  tl_free(&a);
  tl_free(&bad);
  free(path);
  tmpdir_free(dir);
}

Test(safetensors, writer_errors) {
  char *dir = tmpdir_new();
  char *path = sup_path_join(dir, "e.safetensors");
  static const struct {
    const char *name;
    int64_t dim;
    const char *frag;
  } cases[] = {
    {NULL, 1, "tensor 1 of 1 has no name"},
    {"", 1, "tensor 1 of 1 has no name"},
    {"__metadata__", 1, "reserved"},
    {"bad\xff", 1, "not valid UTF-8"},
    {"neg", -2, "negative dimension -2 at axis 0"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    TensorList l = {0};
    Tensor *t = tensor_new("tmp", DT_F32, 1, (int64_t[]){1});
    free(t->name);
    t->name = cases[i].name ? xstrdup(cases[i].name) : NULL;
    t->shape[0] = cases[i].dim;
    tl_add(&l, t);
    char *msg;
    cr_expect(!write_ok(path, &l, &msg), "case %zu written", i);
    cr_expect(strstr(msg, cases[i].frag), "case %zu: message lacks \"%s\":\n%s", i, cases[i].frag, msg);
    free(msg);
    tl_free(&l);
  }
  /* A folder that does not exist: reported, nothing created. */
  TensorList l = {0};
  tl_add(&l, tensor_new("a", DT_F32, 1, (int64_t[]){1}));
  char *missing = sup_path_join(dir, "no/such/dir/x.safetensors");
  char *msg;
  cr_expect(!write_ok(missing, &l, &msg));
  cr_expect(strstr(msg, "cannot create the temporary file"), "%s", msg);
  free(msg);
  cr_expect_eq(dir_entries(dir, false), 0, "files left behind");
  free(missing);
  tl_free(&l);
  free(path);
  tmpdir_free(dir);
}

Test(safetensors, empty_list_round_trips) {
  char *dir = tmpdir_new();
  char *path = sup_path_join(dir, "empty.safetensors");
  TensorList l = {0};
  cr_assert(write_ok(path, &l, NULL));
  Rd r;
  rd_path(&r, path);
  cr_expect(r.ok, "%s", r.out);
  cr_expect_eq(r.l.v.n, 0);
  rd_free(&r);
  free(path);
  tmpdir_free(dir);
}

/* ---- the reference layout --------------------------------------------------------- */

/* Written by make_fixtures.py, byte-identical to safetensors 0.8.0's serialize(). */
Test(safetensors, reference_file) {
  Rd r;
  rd_path(&r, REFERENCE_FILE);
  cr_assert(r.ok, "%s", r.out);
  static const char *names[] = {"s", "e", "w", "i", "b", "h"};
  static const DType dts[] = {DT_F64, DT_F32, DT_F32, DT_I32, DT_BF16, DT_F16};
  cr_assert_eq(r.l.v.n, 6);
  for (int i = 0; i < 6; i++) {
    cr_expect_str_eq(r.l.v.v[i]->name, names[i], "header order");
    cr_expect_eq(r.l.v.v[i]->dtype, dts[i], "%s: dtype", names[i]);
  }
  const Tensor *s = tl_find(&r.l, "s"), *e = tl_find(&r.l, "e"), *w = tl_find(&r.l, "w");
  const Tensor *it = tl_find(&r.l, "i"), *b = tl_find(&r.l, "b"), *h = tl_find(&r.l, "h");
  cr_expect_eq(s->rank, 0);
  cr_expect_eq(tensor_get(s, 0), 3.25);
  cr_expect_eq(e->rank, 2);
  cr_expect_eq(e->shape[0], 0);
  cr_expect_eq(e->shape[1], 3);
  cr_expect_eq(tensor_numel(e), 0);
  cr_expect_eq(w->rank, 2);
  cr_expect_eq(w->shape[0], 2);
  cr_expect_eq(w->shape[1], 3);
  static const double wv[] = {1, 2, 3, 4, 5, -6.5};
  for (int i = 0; i < 6; i++) cr_expect_eq(tensor_get(w, i), wv[i], "w[%d]", i);
  static const double iv[] = {1, -2, 3, 2147483647};
  for (int i = 0; i < 4; i++) cr_expect_eq(tensor_get(it, i), iv[i], "i[%d]", i);
  static const double bv[] = {1.0, -0.5, 3.0, INFINITY};
  cr_expect_eq(b->shape[0], 2);
  for (int i = 0; i < 4; i++) cr_expect_eq(tensor_get(b, i), bv[i], "b[%d]", i);
  static const double hv[] = {1.5, -2.0, 65504.0};
  for (int i = 0; i < 3; i++) cr_expect_eq(tensor_get(h, i), hv[i], "h[%d]", i);
  rd_free(&r);
}

/* Reading the reference file and writing it back keeps every tensor. */
Test(safetensors, reference_file_rewritten) {
  Rd r;
  rd_path(&r, REFERENCE_FILE);
  cr_assert(r.ok, "%s", r.out);
  char *dir = tmpdir_new();
  char *path = sup_path_join(dir, "again.safetensors");
  cr_assert(write_ok(path, &r.l, NULL));
  Rd r2;
  rd_path(&r2, path);
  cr_assert(r2.ok, "%s", r2.out);
  cr_assert_eq(r2.l.v.n, r.l.v.n);
  for (int i = 0; i < r.l.v.n; i++) {
    cr_expect_str_eq(r2.l.v.v[i]->name, r.l.v.v[i]->name);
    cr_expect(!memcmp(r2.l.v.v[i]->data, r.l.v.v[i]->data, tensor_nbytes(r.l.v.v[i])));
  }
  rd_free(&r2);
  rd_free(&r);
  free(path);
  tmpdir_free(dir);
}

/* ---- files the reader accepts ----------------------------------------------------- */

typedef struct Good {
  const char *json;
  int datalen;
  int ntensors;
  const char *first; /* name of the first tensor, or NULL */
} Good;

static const Good good_rows[] = {
  {"{}", 0, 0, NULL},
  {"  {}  \n\t\r", 0, 0, NULL},
  {"{\"__metadata__\":{}}", 0, 0, NULL},
  {"{\"__metadata__\":null}", 0, 0, NULL},
  {"{\"__metadata__\":{\"a\":\"b\",\"c\":\"\"}}", 0, 0, NULL},
  /* header order kept even when offsets run the other way */
  {"{\"b\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[4,8]},"
   "\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}}", 8, 2, "b"},
  /* unknown keys inside an entry are ignored, as the reference does */
  {"{\"a\":{\"dtype\":\"I32\",\"shape\":[],\"data_offsets\":[0,4],\"extra\":[1,{}]}}", 4, 1, "a"},
  /* zero-size tensors anywhere, including after the last byte */
  {"{\"z\":{\"dtype\":\"F16\",\"shape\":[0],\"data_offsets\":[0,0]},"
   "\"a\":{\"dtype\":\"F16\",\"shape\":[2],\"data_offsets\":[0,4]},"
   "\"y\":{\"dtype\":\"F64\",\"shape\":[3,0],\"data_offsets\":[4,4]}}", 4, 3, "z"},
  {"{\"e\":{\"dtype\":\"BF16\",\"shape\":[0,1000000000000],\"data_offsets\":[0,0]}}", 0, 1, "e"},
  /* escapes in names */
  {"{\"\\u00e9\\n\\\"\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}}", 4, 1, "\xc3\xa9\n\""},
  /* a shape entry written as an integral float: cJSON keeps only the value */
  {"{\"a\":{\"dtype\":\"F32\",\"shape\":[1.0],\"data_offsets\":[0,4]}}", 4, 1, "a"},
};

ParameterizedTestParameters(safetensors, accepts) {
  size_t n = sizeof good_rows / sizeof good_rows[0];
  size_t *ix = cr_malloc(n * sizeof *ix);
  for (size_t i = 0; i < n; i++) ix[i] = i;
  return cr_make_param_array(size_t, ix, n, NULL);
}

ParameterizedTest(size_t *ix, safetensors, accepts) {
  const Good *g = &good_rows[*ix];
  size_t len;
  uint8_t *b = mkfile(g->json, (size_t)g->datalen, &len);
  Rd r;
  rd_mem(&r, b, len);
  cr_expect(r.ok, "row %zu rejected: %s", *ix, r.out);
  cr_expect_eq(r.l.v.n, g->ntensors, "row %zu", *ix);
  if (g->first && r.l.v.n) cr_expect_str_eq(r.l.v.v[0]->name, g->first, "row %zu", *ix);
  rd_free(&r);
  free(b);
}

/* ---- hostile headers and layouts -------------------------------------------------- */

typedef struct Bad {
  const char *json;
  int datalen;
  const char *frag[2]; /* the message contains both (the second may be NULL) */
} Bad;

#define T1(name, dt, shape, b, e) "\"" name "\":{\"dtype\":\"" dt "\",\"shape\":" shape ",\"data_offsets\":[" #b "," #e "]}"

static const Bad bad_rows[] = {
  /* JSON */
  {"{\"a\":", 0, {"header is not valid JSON: syntax error at file offset"}},
  {"{\"a\":1,}", 0, {"not valid JSON"}},
  {"{'a':1}", 0, {"not valid JSON: syntax error at file offset 10, near 'a':1}'"}},
  {"{} x", 0, {"bytes after its JSON value, at file offset 11"}},
  {"{}{}", 0, {"bytes after its JSON value"}},
  {"        ", 0, {"not valid JSON"}},
  {"[1,2]", 0, {"must be a JSON object", "found an array"}},
  {"\"x\"", 0, {"found a string"}},
  {"3", 0, {"found a number"}},
  {"null", 0, {"found null"}},
  /* bytes JSON forbids, and NULs */
  {"{\"a\xff\":1}", 0, {"not valid UTF-8: byte 0xff at file offset 11"}},
  {"{\"\xc0\xaf\":1}", 0, {"not valid UTF-8: byte 0xc0"}},
  {"{\"\xed\xa0\x80\":1}", 0, {"not valid UTF-8"}},
  {"{\"\xf4\x90\x80\x80\":1}", 0, {"not valid UTF-8"}},
  {"{\"\xe2\x82\":1}", 0, {"not valid UTF-8"}},
  {"{\"a\x01\":1}", 0, {"control byte 0x01 at file offset 11"}},
  {"{\"a\nb\":1}", 0, {"control byte 0x0a"}},
  {"{\x0c}", 0, {"control byte 0x0c"}},
  {"{\"a\\u0000b\":{}}", 0, {"\\u0000 at file offset 11"}},
  {"{\"a\\ud800\":{}}", 0, {"not valid JSON"}},
  /* entries */
  {"{\"a\":3}", 0, {"tensor 'a': expected an object", "found 3"}},
  {"{\"a\":[]}", 0, {"tensor 'a': expected an object", "found []"}},
  {"{\"a\":{\"shape\":[1],\"data_offsets\":[0,4]}}", 4, {"tensor 'a': missing \"dtype\""}},
  {"{\"a\":{\"dtype\":32,\"shape\":[1],\"data_offsets\":[0,4]}}", 4, {"tensor 'a': \"dtype\" must be a string", "found 32"}},
  {"{" T1("a", "I64", "[1]", 0, 8) "}", 8, {"tensor 'a': dtype \"I64\" is not supported", "(supported: F32, F16, BF16, I32, F64)"}},
  {"{" T1("a", "U8", "[1]", 0, 1) "}", 1, {"dtype \"U8\" is not supported (supported: F32, F16, BF16, I32, F64)"}},
  {"{" T1("a", "BOOL", "[1]", 0, 1) "}", 1, {"dtype \"BOOL\" is not supported"}},
  {"{" T1("a", "f32", "[1]", 0, 4) "}", 4, {"dtype \"f32\" is not supported"}},
  {"{" T1("a", "", "[1]", 0, 4) "}", 4, {"dtype \"\" is not supported"}},
  {"{\"a\":{\"dtype\":\"F32\",\"data_offsets\":[0,4]}}", 4, {"tensor 'a': missing \"shape\""}},
  {"{\"a\":{\"dtype\":\"F32\",\"shape\":4,\"data_offsets\":[0,16]}}", 16, {"\"shape\" must be an array", "found 4"}},
  {"{" T1("a", "F32", "[2,-3]", 0, 24) "}", 24, {"tensor 'a': shape[1] is -3; expected a non-negative integer"}},
  {"{" T1("a", "F32", "[1.5]", 0, 4) "}", 4, {"shape[0] is 1.5"}},
  {"{" T1("a", "F32", "[\"2\"]", 0, 8) "}", 8, {"shape[0] is \"2\""}},
  {"{" T1("a", "F32", "[[2]]", 0, 8) "}", 8, {"shape[0] is [2]"}},
  {"{" T1("a", "F32", "[null]", 0, 8) "}", 8, {"shape[0] is null"}},
  {"{" T1("a", "F32", "[1e300]", 0, 8) "}", 8, {"shape[0] is 1e+300"}},
  {"{" T1("a", "F32", "[9007199254740994]", 0, 8) "}", 8, {"shape[0] is 9007199254740994"}},
  {"{" T1("a", "F32", "[1,1,1,1,1,1,1,1,1]", 0, 4) "}", 4, {"tensor 'a': shape [1,1,1,1,1,1,1,1,1] has rank 9; the maximum is 8"}},
  {"{" T1("a", "F32", "[4294967296,4294967296,4294967296]", 0, 4) "}", 4, {"overflows a 64-bit element count"}},
  {"{" T1("a", "F32", "[4294967296,4294967296,0]", 0, 0) "}", 0, {"overflows a 64-bit element count"}},
  {"{" T1("a", "F64", "[2147483648,2147483648]", 0, 4) "}", 4, {"tensor 'a': F64 shape [2147483648, 2147483648] needs more than 2^63 bytes"}},
  {"{\"a\":{\"dtype\":\"F32\",\"shape\":[1]}}", 4, {"tensor 'a': missing \"data_offsets\""}},
  {"{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":4}}", 4, {"\"data_offsets\" must be [begin, end], two non-negative integers; found 4"}},
  {"{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0]}}", 4, {"\"data_offsets\" must be [begin, end]", "found [0]"}},
  {"{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4,8]}}", 4, {"\"data_offsets\" must be [begin, end]"}},
  {"{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[-4,0]}}", 4, {"\"data_offsets\" must be [begin, end]", "found [-4,0]"}},
  {"{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0.5,4]}}", 4, {"\"data_offsets\" must be [begin, end]"}},
  {"{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[\"0\",\"4\"]}}", 4, {"\"data_offsets\" must be [begin, end]"}},
  {"{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":{\"0\":4}}}", 4, {"\"data_offsets\" must be [begin, end]"}},
  {"{\"a\":{\"dtype\":\"F32\",\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}}", 4, {"tensor 'a': \"dtype\" appears twice in its entry"}},
  /* offsets and layout */
  {"{" T1("a", "F32", "[1]", 8, 4) "}", 8, {"tensor 'a': data_offsets [8, 4] has begin > end"}},
  {"{" T1("a", "F32", "[2]", 0, 8) "}", 4, {"tensor 'a': data_offsets [0, 8] ends beyond the data section, which is 4 bytes (file offsets"}},
  {"{" T1("a", "F32", "[1]", 9007199254740988, 9007199254740992) "}", 4, {"ends beyond the data section"}},
  {"{" T1("a", "F32", "[2,3]", 0, 20) "}", 20, {"tensor 'a': data_offsets [0, 20] hold 20 bytes, but F32 shape [2, 3] needs 24 (6 elements of 4 bytes)"}},
  {"{" T1("a", "F16", "[2]", 0, 8) "}", 8, {"hold 8 bytes, but F16 shape [2] needs 4"}},
  {"{" T1("a", "F32", "[0]", 0, 4) "}", 4, {"hold 4 bytes, but F32 shape [0] needs 0"}},
  {"{" T1("a", "F32", "[2]", 0, 8) "," T1("b", "F32", "[2]", 4, 12) "}", 12,
   {"tensors 'a' (data bytes [0, 8)) and 'b' ([4, 12)) overlap, at file offset"}},
  {"{" T1("a", "F32", "[2]", 0, 8) "," T1("b", "F32", "[2]", 0, 8) "}", 8, {"tensors 'a' (data bytes [0, 8)) and 'b' ([0, 8)) overlap"}},
  {"{" T1("a", "F32", "[2]", 0, 8) "," T1("z", "F32", "[0]", 4, 4) "}", 8, {"overlap"}},
  {"{" T1("a", "F32", "[1]", 0, 4) "," T1("b", "F32", "[1]", 8, 12) "}", 12,
   {"data bytes [4, 8) (file offsets", "after tensor 'a' belong to no tensor"}},
  {"{" T1("a", "F32", "[1]", 4, 8) "}", 8, {"data bytes [0, 4)", "before the first tensor 'a' belong to no tensor"}},
  {"{" T1("a", "F32", "[1]", 0, 4) "}", 8, {"4 bytes after the last tensor 'a'", "belong to no tensor"}},
  {"{}", 4, {"the data section has 4 bytes", "lists no tensors"}},
  {"{" T1("a", "F32", "[1]", 0, 4) "," T1("a", "F32", "[1]", 4, 8) "}", 8,
   {"tensor 'a' appears twice in the header (entries 1 and 2)"}},
  /* metadata */
  {"{\"__metadata__\":[]}", 0, {"\"__metadata__\" must be an object mapping strings to strings (or null), found []"}},
  {"{\"__metadata__\":{\"k\":1}}", 0, {"\"__metadata__\" key 'k' must map to a string, found 1"}},
  {"{\"__metadata__\":{},\"__metadata__\":{}}", 0, {"\"__metadata__\" appears twice"}},
};

ParameterizedTestParameters(safetensors, rejects) {
  size_t n = sizeof bad_rows / sizeof bad_rows[0];
  size_t *ix = cr_malloc(n * sizeof *ix);
  for (size_t i = 0; i < n; i++) ix[i] = i;
  return cr_make_param_array(size_t, ix, n, NULL);
}

ParameterizedTest(size_t *ix, safetensors, rejects) {
  const Bad *row = &bad_rows[*ix];
  size_t len;
  uint8_t *b = mkfile(row->json, (size_t)row->datalen, &len);
  char what[64];
  snprintf(what, sizeof what, "bad row %zu", *ix);
  Rd r;
  rd_mem(&r, b, len);
  expect_failure(&r, row->frag[0], what);
  if (row->frag[1])
    cr_expect(strstr(r.out, row->frag[1]), "%s: message lacks \"%s\":\n%s", what, row->frag[1], r.out);
  cr_expect(strstr(r.out, "t.safetensors: "),
            "%s: message does not name the file:\n%s", what, r.out);
  rd_free(&r);
  free(b);
}

/* ---- lying header lengths and short files ---------------------------------------- */

static void put_len(uint8_t *b, uint64_t n) {
  for (int i = 0; i < 8; i++) b[i] = (uint8_t)(n >> (8 * i));
}

Test(safetensors, short_files) {
  uint8_t b[8] = {2, 0, 0, 0, 0, 0, 0, 0};
  for (size_t n = 0; n < 8; n++) {
    uint8_t *copy = malloc(n ? n : 1);
    memcpy(copy, b, n);
    Rd r;
    rd_mem(&r, n ? copy : NULL, n);
    char what[48];
    snprintf(what, sizeof what, "%zu-byte file", n);
    expect_failure(&r, "too short for a safetensors file", what);
    rd_free(&r);
    free(copy);
  }
}

Test(safetensors, lying_header_lengths) {
  static const struct {
    uint64_t n;
    const char *frag;
  } cases[] = {
    {0, "header length is 0"},
    {UINT64_MAX, "header length 18446744073709551615 (bytes 0 to 7) exceeds the 100000000-byte limit"},
    {ST_MAX_HEADER + 1, "exceeds the 100000000-byte limit"},
    {(uint64_t)1 << 63, "exceeds"},
    {100, "header length 100 (bytes 0 to 7) runs past the end of the file: only 10 bytes follow"},
    {11, "runs past the end of the file"},
    {1, "not valid JSON"}, /* cuts the JSON short */
    {9, "the data section has 1 bytes"}, /* "{}" and 7 spaces, then 1 stray byte */
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    uint8_t *b = malloc(18);
    memcpy(b + 8, "{}        ", 10);
    put_len(b, cases[i].n);
    Rd r;
    rd_mem(&r, b, 18);
    char what[48];
    snprintf(what, sizeof what, "header length %llu", (unsigned long long)cases[i].n);
    expect_failure(&r, cases[i].frag, what);
    rd_free(&r);
    free(b);
  }
}

Test(safetensors, nul_in_header) {
  static const char h[] = "{\"a\0\":1}";
  size_t n = sizeof h - 1;
  uint8_t *b = malloc(8 + n);
  put_len(b, n);
  memcpy(b + 8, h, n);
  Rd r;
  rd_mem(&r, b, 8 + n);
  expect_failure(&r, "control byte 0x00 at file offset 11", "NUL in a name");
  rd_free(&r);
  free(b);
}

Test(safetensors, deep_nesting) {
  size_t depth = 100000;
  char *json = malloc(depth * 2 + 16);
  size_t k = 0;
  k += (size_t)sprintf(json, "{\"a\":");
  for (size_t i = 0; i < depth; i++) json[k++] = '[';
  for (size_t i = 0; i < depth; i++) json[k++] = ']';
  json[k++] = '}';
  json[k] = 0;
  size_t len;
  uint8_t *b = mkfile(json, 0, &len);
  Rd r;
  rd_mem(&r, b, len);
  expect_failure(&r, "not valid JSON", "nested 100000 deep");
  rd_free(&r);
  free(b);
  free(json);
}

Test(safetensors, file_errors) {
  Rd r;
  rd_path(&r, "/nonexistent/llmc/x.safetensors");
  expect_failure(&r, "/nonexistent/llmc/x.safetensors: cannot open: No such file", "missing file");
  rd_free(&r);
  char *dir = tmpdir_new();
  rd_path(&r, dir);
  expect_failure(&r, "not a regular file", "a folder");
  rd_free(&r);
  char *p = sup_path_join(dir, "empty");
  FILE *f = fopen(p, "wb");
  cr_assert(f);
  fclose(f);
  rd_path(&r, p);
  expect_failure(&r, "empty: file is 0 bytes, too short", "an empty file");
  rd_free(&r);
  free(p);
  tmpdir_free(dir);
}

/* ---- truncation and mutation ------------------------------------------------------ */

/* Every proper prefix of a valid file fails cleanly with one message. */
Test(safetensors, every_prefix_fails) {
  size_t len;
  uint8_t *full = slurp(REFERENCE_FILE, &len);
  for (size_t k = 0; k < len; k++) {
    uint8_t *b = malloc(k ? k : 1); /* exactly k bytes, so ASan sees any overread */
    memcpy(b, full, k);
    Rd r;
    rd_mem(&r, k ? b : NULL, k);
    char what[48];
    snprintf(what, sizeof what, "prefix of %zu bytes", k);
    expect_failure(&r, "t.safetensors: ", what);
    rd_free(&r);
    free(b);
  }
  free(full);
}

/* A read either fails with one message or yields consistent tensors. */
static void read_mutant(const uint8_t *b, size_t len, const char *what) {
  Rd r;
  rd_mem(&r, b, len);
  if (r.ok) {
    cr_expect_eq(r.d.nerrors, 0, "%s", what);
    size_t total = 0;
    for (int i = 0; i < r.l.v.n; i++) {
      const Tensor *t = r.l.v.v[i];
      cr_expect(t->name && t->rank >= 0 && t->rank <= IR_MAX_RANK, "%s", what);
      total += tensor_nbytes(t);
    }
    cr_expect(total <= len, "%s: %zu data bytes from a %zu-byte file", what, total, len);
  } else {
    cr_expect_eq(r.d.nerrors, 1, "%s: %d errors", what, r.d.nerrors);
    cr_expect_eq(r.l.v.n, 0, "%s", what);
    cr_expect(r.outlen > 0, "%s: no message", what);
  }
  rd_free(&r);
}

Test(safetensors, byte_flips_do_not_crash) {
  size_t len;
  uint8_t *full = slurp(REFERENCE_FILE, &len);
  static const int xors[] = {0x01, 0x02, 0x10, 0x20, 0x80, 0xff};
  static const uint8_t sets[] = {0, ' ', '"', '\\', '[', ']', '{', '}', ',', ':', '-', '0', '9', 0xc3, 0xff};
  uint8_t *b = malloc(len);
  char what[64];
  for (size_t i = 0; i < len; i++) {
    for (size_t k = 0; k < sizeof xors / sizeof xors[0]; k++) {
      memcpy(b, full, len);
      b[i] ^= (uint8_t)xors[k];
      snprintf(what, sizeof what, "byte %zu ^ 0x%02x", i, xors[k]);
      read_mutant(b, len, what);
    }
    for (size_t k = 0; k < sizeof sets / sizeof sets[0]; k++) {
      memcpy(b, full, len);
      b[i] = sets[k];
      snprintf(what, sizeof what, "byte %zu = 0x%02x", i, sets[k]);
      read_mutant(b, len, what);
    }
  }
  free(b);
  free(full);
}

/* Random multi-byte mutations, insertions and deletions (fixed seed). */
Test(safetensors, random_mutations_do_not_crash) {
  size_t len;
  uint8_t *full = slurp(REFERENCE_FILE, &len);
  uint32_t x = 12345;
#define RND() (x = x * 1664525u + 1013904223u, x >> 8)
  static const char alphabet[] = "{}[]\",:-0123456789.eE \\u";
  char what[48];
  for (int it = 0; it < 20000; it++) {
    size_t n = len + 8;
    uint8_t *b = malloc(n);
    memcpy(b, full, len);
    n = len;
    int edits = 1 + (int)(RND() % 4);
    for (int e = 0; e < edits; e++) {
      size_t at = RND() % n;
      switch (RND() % 4) {
      case 0: b[at] = (uint8_t)RND(); break;
      case 1: b[at] = (uint8_t)alphabet[RND() % (sizeof alphabet - 1)]; break;
      case 2: /* delete a byte */
        memmove(b + at, b + at + 1, n - at - 1);
        n--;
        break;
      case 3: /* insert a byte */
        if (n < len + 8) {
          memmove(b + at + 1, b + at, n - at);
          b[at] = (uint8_t)alphabet[RND() % (sizeof alphabet - 1)];
          n++;
        }
        break;
      }
    }
    uint8_t *exact = malloc(n);
    memcpy(exact, b, n);
    free(b);
    snprintf(what, sizeof what, "mutation %d", it);
    read_mutant(exact, n, what);
    free(exact);
  }
#undef RND
  free(full);
}
