/* test_kcache.c — runtime/kcache.c and rt_build's use of it: SHA-256 against
 * the FIPS 180-2 vectors, keys that change with every input, the folder
 * chosen from the environment, entries that round-trip, every kind of
 * corruption detected and the entry deleted, concurrent writers (processes
 * and threads) that never leave a reader a broken entry; then through an
 * OpenCL device (PoCL in CI; skipped without one): a cold build then a warm
 * load, a corrupted entry rebuilt, four processes building the same kernel
 * into one cache at once, and different sources under different keys.
 *
 * LeakSanitizer: the vendor libraries' allocations that live until exit are
 * suppressed as in test_device.c; llmc's own leaks are still reported. */
#define _POSIX_C_SOURCE 200809L
#include <criterion/criterion.h>
#include <dirent.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "device.h"
#include "kcache.h"

#include "dev_test.h"

static char cache_dir[256];

static void fresh_cache(void) {
  snprintf(cache_dir, sizeof cache_dir, "/tmp/llmc-test-kcache-XXXXXX");
  cr_assert_not_null(mkdtemp(cache_dir));
  setenv("LLMC_CACHE_DIR", cache_dir, 1);
}

static void remove_cache(void) {
  char cmd[512];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", cache_dir);
  if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", cache_dir);
}

TestSuite(kcache, .init = fresh_cache, .fini = remove_cache);

static void hex(const uint8_t *b, int n, char *out) {
  for (int i = 0; i < n; i++) sprintf(out + 2 * i, "%02x", b[i]);
}

/* Files in `dir` whose names end with `suffix` (or contain it, for ".tmp."). */
static int count_files(const char *dir, const char *part, char *first, size_t cap) {
  DIR *d = opendir(dir);
  cr_assert_not_null(d, "%s", dir);
  int n = 0;
  struct dirent *e;
  while ((e = readdir(d)))
    if (strstr(e->d_name, part)) {
      if (n++ == 0 && first) snprintf(first, cap, "%s/%s", dir, e->d_name);
    }
  closedir(d);
  return n;
}

static long file_size(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 ? (long)st.st_size : -1;
}

static void flip_byte(const char *path, long at) {
  FILE *f = fopen(path, "r+b");
  cr_assert_not_null(f, "%s", path);
  cr_assert_eq(fseek(f, at, SEEK_SET), 0);
  int c = fgetc(f);
  cr_assert_neq(c, EOF);
  cr_assert_eq(fseek(f, at, SEEK_SET), 0);
  fputc(c ^ 0x5a, f);
  fclose(f);
}

/* Waits for the children, killing them all if they take more than `limit`
 * seconds (a hang must fail the test, not stall CI). Returns their statuses. */
static void wait_all(pid_t *kids, int n, int *status, int limit) {
  int left = n;
  for (int i = 0; i < n; i++) status[i] = -1;
  for (int tick = 0; left > 0 && tick < limit * 10; tick++) {
    for (int i = 0; i < n; i++)
      if (status[i] == -1 && waitpid(kids[i], &status[i], WNOHANG) == kids[i]) left--;
    if (left > 0) nanosleep(&(struct timespec){0, 100 * 1000 * 1000}, NULL);
  }
  for (int i = 0; i < n; i++)
    if (status[i] == -1) {
      kill(kids[i], SIGKILL);
      waitpid(kids[i], NULL, 0);
    }
}

/* ---- SHA-256 and keys ------------------------------------------------------------- */

Test(kcache, sha256_matches_the_fips_vectors) {
  struct {
    const char *msg, *digest;
  } v[] = {
    {"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
    {"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
    {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
     "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
    {"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
     "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"},
  };
  for (size_t i = 0; i < sizeof v / sizeof *v; i++) {
    uint8_t d[32];
    char h[65];
    sha256(v[i].msg, strlen(v[i].msg), d);
    hex(d, 32, h);
    cr_assert_str_eq(h, v[i].digest, "sha256(\"%s\")", v[i].msg);
  }
  /* A million 'a's, fed in uneven pieces. */
  static char a[1000000];
  memset(a, 'a', sizeof a);
  Sha256 s;
  sha256_init(&s);
  for (size_t off = 0, step = 1; off < sizeof a; off += step, step = step * 3 % 997 + 1)
    sha256_update(&s, a + off, off + step > sizeof a ? sizeof a - off : step);
  uint8_t d[32];
  char h[65];
  sha256_final(&s, d);
  hex(d, 32, h);
  cr_assert_str_eq(h, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

Test(kcache, every_field_changes_the_key) {
  KcKey base, k;
  kc_key(&base, "opencl", "dev", "drv", "-cl-std=CL1.2", "src");
  cr_assert_eq(strlen(base.hex), 64);
  kc_key(&k, "opencl", "dev", "drv", "-cl-std=CL1.2", "src");
  cr_assert_str_eq(k.hex, base.hex, "keys are deterministic");
  const char *f[][5] = {
    {"cuda", "dev", "drv", "-cl-std=CL1.2", "src"},  {"opencl", "dev2", "drv", "-cl-std=CL1.2", "src"},
    {"opencl", "dev", "drv2", "-cl-std=CL1.2", "src"}, {"opencl", "dev", "drv", "", "src"},
    {"opencl", "dev", "drv", "-cl-std=CL1.2", "src "}, {"opencl", "dev", "drv", "-cl-std=CL1.2", NULL},
    /* The same bytes split differently between fields. */
    {"opencl", "de", "vdrv", "-cl-std=CL1.2", "src"},
  };
  for (size_t i = 0; i < sizeof f / sizeof *f; i++) {
    kc_key(&k, f[i][0], f[i][1], f[i][2], f[i][3], f[i][4]);
    cr_assert_str_neq(k.hex, base.hex, "variant %zu has the same key", i);
  }
}

/* ---- the folder ------------------------------------------------------------------- */

Test(kcache, folder_from_the_environment) {
  char sub[512];
  snprintf(sub, sizeof sub, "%s/a/b/c", cache_dir);
  setenv("LLMC_CACHE_DIR", sub, 1);
  char *dir = kc_dir(NULL);
  cr_assert_str_eq(dir, sub);
  cr_assert(sup_is_dir(sub), "the folder is created");
  free(dir);

  unsetenv("LLMC_CACHE_DIR");
  char xdg[400];
  snprintf(xdg, sizeof xdg, "%s/xdg", cache_dir);
  setenv("XDG_CACHE_HOME", xdg, 1);
  dir = kc_dir(NULL);
  snprintf(sub, sizeof sub, "%s/llmc", xdg);
  cr_assert_str_eq(dir, sub);
  cr_assert(sup_is_dir(sub));
  free(dir);

  unsetenv("XDG_CACHE_HOME");
  setenv("HOME", cache_dir, 1);
  dir = kc_dir(NULL);
  snprintf(sub, sizeof sub, "%s/.cache/llmc", cache_dir);
  cr_assert_str_eq(dir, sub);
  cr_assert(sup_is_dir(sub));
  free(dir);

  /* A folder that cannot be made: no cache, and a reason. */
  setenv("LLMC_CACHE_DIR", "/proc/llmc-cannot-exist/x", 1);
  char *why = NULL;
  cr_assert_null(kc_dir(&why));
  cr_assert(why && strstr(why, "cannot create"), "%s", why ? why : "(null)");
  free(why);
}

/* ---- entries ---------------------------------------------------------------------- */

static void store(const KcKey *k, const char *payload) {
  char *why = NULL;
  cr_assert(kc_store(cache_dir, k, payload, strlen(payload) + 1, &why), "%s", why);
}

Test(kcache, store_then_load) {
  KcKey k;
  kc_key(&k, "t", "d", "v", "o", "s");
  uint8_t *data = (uint8_t *)"x";
  size_t n = 99;
  cr_assert_eq(kc_load(cache_dir, &k, &data, &n, NULL), KC_MISS);
  cr_assert_null(data);
  store(&k, "payload one");
  cr_assert_eq(kc_load(cache_dir, &k, &data, &n, NULL), KC_HIT);
  cr_assert_eq(n, strlen("payload one") + 1);
  cr_assert_str_eq((char *)data, "payload one");
  free(data);
  /* Replaced atomically by a second store; no temporary file is left. */
  store(&k, "payload two, longer");
  cr_assert_eq(kc_load(cache_dir, &k, &data, &n, NULL), KC_HIT);
  cr_assert_str_eq((char *)data, "payload two, longer");
  free(data);
  cr_assert_eq(count_files(cache_dir, ".tmp.", NULL, 0), 0);
  cr_assert_eq(count_files(cache_dir, ".bin", NULL, 0), 1);
  /* An empty payload is an entry too. */
  KcKey e;
  kc_key(&e, "t", "d", "v", "o", "empty");
  cr_assert(kc_store(cache_dir, &e, "", 0, NULL));
  cr_assert_eq(kc_load(cache_dir, &e, &data, &n, NULL), KC_HIT);
  cr_assert_eq(n, 0);
  free(data);
  kc_remove(cache_dir, &e);
  cr_assert_eq(kc_load(cache_dir, &e, &data, &n, NULL), KC_MISS);
  /* No folder: nothing is stored, nothing found. */
  cr_assert(!kc_store(NULL, &k, "x", 1, NULL));
  cr_assert_eq(kc_load(NULL, &k, &data, &n, NULL), KC_MISS);
}

/* Damages a stored entry in one way and expects kc_load to notice, name the
 * problem, delete the file, and then report a miss. */
typedef enum {
  TRUNC_HEADER, TRUNC_PAYLOAD, FLIP_PAYLOAD, FLIP_MAGIC, FLIP_LENGTH, FLIP_CHECKSUM, APPEND, WRONG_KEY, VERSION
} Damage;

static void damage_and_check(Damage how, const char *expect) {
  KcKey k;
  kc_key(&k, "t", "d", "v", "o", expect);
  const char *payload = "a payload long enough to be cut in the middle of it";
  store(&k, payload);
  char *path = kc_entry_path(cache_dir, &k);
  long size = file_size(path);
  cr_assert_eq(size, (long)(KC_HEADER_SIZE + strlen(payload) + 1));
  switch (how) {
  case TRUNC_HEADER: cr_assert_eq(truncate(path, 50), 0); break;
  case TRUNC_PAYLOAD: cr_assert_eq(truncate(path, size - 7), 0); break;
  case FLIP_PAYLOAD: flip_byte(path, KC_HEADER_SIZE + 10); break;
  case FLIP_MAGIC: flip_byte(path, 2); break;
  case FLIP_LENGTH: flip_byte(path, 16); break;
  case FLIP_CHECKSUM: flip_byte(path, 60); break;
  case VERSION: flip_byte(path, 8); break;
  case APPEND: {
    FILE *f = fopen(path, "ab");
    fputs("junk", f);
    fclose(f);
    break;
  }
  case WRONG_KEY: {
    /* A whole, valid entry of another key under this key's name. */
    KcKey other;
    kc_key(&other, "t", "d", "v", "o", "other");
    store(&other, payload);
    char *opath = kc_entry_path(cache_dir, &other);
    cr_assert_eq(rename(opath, path), 0);
    free(opath);
    break;
  }
  }
  uint8_t *data = NULL;
  size_t n = 0;
  char *why = NULL;
  cr_assert_eq(kc_load(cache_dir, &k, &data, &n, &why), KC_CORRUPT, "damage %d not detected", (int)how);
  cr_assert_null(data);
  cr_assert(why && strstr(why, expect), "damage %d: reason '%s', expected '%s'", (int)how, why, expect);
  free(why);
  cr_assert_eq(file_size(path), -1, "the corrupt entry is deleted");
  cr_assert_eq(kc_load(cache_dir, &k, &data, &n, NULL), KC_MISS);
  free(path);
}

Test(kcache, corruption_is_detected_and_deleted) {
  damage_and_check(TRUNC_HEADER, "truncated");
  damage_and_check(TRUNC_PAYLOAD, "truncated");
  damage_and_check(FLIP_PAYLOAD, "checksum mismatch");
  damage_and_check(FLIP_CHECKSUM, "checksum mismatch");
  damage_and_check(FLIP_MAGIC, "bad magic");
  damage_and_check(FLIP_LENGTH, "payload bytes");
  damage_and_check(VERSION, "format version");
  damage_and_check(APPEND, "trailing bytes");
  damage_and_check(WRONG_KEY, "does not match");
}

/* Every truncation of an entry is caught (the ASan build checks the reads). */
Test(kcache, every_truncation_is_caught) {
  KcKey k;
  kc_key(&k, "t", "d", "v", "o", "every");
  const char *payload = "0123456789abcdef";
  long whole = KC_HEADER_SIZE + (long)strlen(payload) + 1;
  for (long len = 0; len < whole; len++) {
    store(&k, payload);
    char *path = kc_entry_path(cache_dir, &k);
    cr_assert_eq(truncate(path, len), 0);
    uint8_t *data = NULL;
    size_t n;
    cr_assert_eq(kc_load(cache_dir, &k, &data, &n, NULL), KC_CORRUPT, "length %ld", len);
    free(path);
  }
}

/* Processes and threads storing the same key while others read it: a reader
 * sees a miss or a whole entry, never a corrupt one, and no temporary file
 * survives. Payloads differ in length so a torn write would show. */
typedef struct Hammer {
  const KcKey *k;
  int id, rounds;
  bool failed;
} Hammer;

static const char *payload_of(int id) {
  static const char *p[] = {"short", "a somewhat longer payload", "x", "the longest payload of them all, by a margin"};
  return p[id % 4];
}

static void *hammer(void *arg) {
  Hammer *h = arg;
  for (int r = 0; r < h->rounds; r++) {
    const char *p = payload_of(h->id + r);
    if (!kc_store(cache_dir, h->k, p, strlen(p) + 1, NULL)) h->failed = true;
    uint8_t *data = NULL;
    size_t n = 0;
    KcStatus st = kc_load(cache_dir, h->k, &data, &n, NULL);
    if (st == KC_CORRUPT) h->failed = true;
    if (st == KC_HIT) {
      bool known = false;
      for (int i = 0; i < 4; i++) known |= n == strlen(payload_of(i)) + 1 && !memcmp(data, payload_of(i), n);
      if (!known) h->failed = true;
    }
    free(data);
  }
  return NULL;
}

Test(kcache, concurrent_writers_never_tear_an_entry) {
  KcKey k;
  kc_key(&k, "t", "d", "v", "o", "contended");
  pid_t kids[4];
  for (int p = 0; p < 4; p++) {
    kids[p] = fork();
    cr_assert_neq(kids[p], -1);
    if (kids[p] == 0) {
      /* Two threads per process. */
      Hammer h[2] = {{&k, 2 * p, 200, false}, {&k, 2 * p + 1, 200, false}};
      pthread_t t;
      if (pthread_create(&t, NULL, hammer, &h[1]) != 0) _exit(3);
      hammer(&h[0]);
      pthread_join(t, NULL);
      _exit(h[0].failed || h[1].failed ? 1 : 0);
    }
  }
  int status[4];
  wait_all(kids, 4, status, 120);
  for (int p = 0; p < 4; p++)
    cr_assert(status[p] != -1 && WIFEXITED(status[p]) && WEXITSTATUS(status[p]) == 0,
              "writer %d saw a broken entry or hung (status %d)", p, status[p]);
  uint8_t *data = NULL;
  size_t n;
  cr_assert_eq(kc_load(cache_dir, &k, &data, &n, NULL), KC_HIT);
  free(data);
  cr_assert_eq(count_files(cache_dir, ".tmp.", NULL, 0), 0, "temporary files left behind");
}

/* ---- through a device ------------------------------------------------------------- */

static const char *ADD1_CL = "__kernel void add1(__global float *x, int n) {\n"
                             "  int i = get_global_id(0);\n"
                             "  if (i < n) x[i] += 1.0f;\n"
                             "}\n";

static void need_opencl(void) {
  const char *why = rt_backend_status(DEV_OPENCL);
  if (why) cr_skip_test("no OpenCL device: %s", why);
}

static Device *open_cl(Cap *c) {
  Device *dev = rt_device_open(DEV_OPENCL, 0, &c->d);
  cr_assert_not_null(dev, "%s", cap_text(c));
  return dev;
}

/* Runs add1 on 100 floats and checks the result: a kernel loaded from the
 * cache must work, not just load. Returns false (in a child) or asserts. */
static bool add1_works(Device *dev, DevKernel *k, Diag *d) {
  enum { N = 100 };
  float x[N];
  for (int i = 0; i < N; i++) x[i] = (float)i;
  DevBuf *b = rt_alloc(dev, sizeof x, d);
  bool ok = b && rt_write(dev, b, 0, x, sizeof x, d);
  DevArg args[2] = {{.buf = b}, {.i = N}};
  ok = ok && rt_launch(dev, k, args, 2, N, 32, d) && rt_read(dev, b, 0, x, sizeof x, d);
  for (int i = 0; ok && i < N; i++) ok = x[i] == (float)i + 1.0f;
  rt_free(dev, b);
  return ok;
}

Test(kcache, cold_build_then_warm_load) {
  need_opencl();
  Cap c;
  cap_init(&c);
  Device *dev = open_cl(&c);
  bool cached = true;
  DevKernel *k = rt_build(dev, ADD1_CL, "add1", &cached, &c.d);
  cr_assert_not_null(k, "%s", cap_text(&c));
  cr_assert(!cached, "a cold cache cannot hit");
  cr_assert(add1_works(dev, k, &c.d), "%s", cap_text(&c));
  rt_kernel_free(dev, k);
  char entry[512];
  cr_assert_eq(count_files(cache_dir, ".bin", entry, sizeof entry), 1);
  cr_assert_gt(file_size(entry), KC_HEADER_SIZE);

  k = rt_build(dev, ADD1_CL, "add1", &cached, &c.d);
  cr_assert_not_null(k, "%s", cap_text(&c));
  cr_assert(cached, "the second build is loaded from the cache");
  cr_assert(add1_works(dev, k, &c.d), "%s", cap_text(&c));
  rt_kernel_free(dev, k);
  int built = -1, loaded = -1;
  rt_cache_stats(dev, &built, &loaded);
  cr_assert_eq(built, 1);
  cr_assert_eq(loaded, 1);
  cr_assert_eq(rt_cache_rejected(dev), 0);
  rt_device_close(dev);

  /* A new device (a new run) compiles nothing. */
  dev = open_cl(&c);
  k = rt_build(dev, ADD1_CL, "add1", &cached, &c.d);
  cr_assert(k && cached, "%s", cap_text(&c));
  rt_cache_stats(dev, &built, &loaded);
  cr_assert_eq(built, 0);
  cr_assert_eq(loaded, 1);
  rt_kernel_free(dev, k);
  rt_device_close(dev);
  cr_assert_eq(c.d.nerrors, 0, "%s", cap_text(&c));
  cap_free(&c);
}

static const char *BATCH_SRC[3] = {
  "__kernel void kb_one(__global float *x, int n) {\n  int i = get_global_id(0);\n  if (i < n) x[i] += 1.0f;\n}\n",
  "__kernel void kb_two(__global float *x, int n) {\n  int i = get_global_id(0);\n  if (i < n) x[i] *= 2.0f;\n}\n",
  "__kernel void kb_three(__global float *x, int n) {\n  int i = get_global_id(0);\n  if (i < n) x[i] -= 3.0f;\n}\n",
};
static const char *BATCH_ENTRY[3] = {"kb_one", "kb_two", "kb_three"};

/* Runs kb_one, kb_two, kb_three over x[i] = i and checks (i + 1) * 2 - 3. */
static bool batch_works(Device *dev, DevKernel **ks, Diag *d) {
  enum { N = 100 };
  float x[N];
  for (int i = 0; i < N; i++) x[i] = (float)i;
  DevBuf *b = rt_alloc(dev, sizeof x, d);
  bool ok = b && rt_write(dev, b, 0, x, sizeof x, d);
  DevArg args[2] = {{.buf = b}, {.i = N}};
  for (int k = 0; k < 3; k++) ok = ok && rt_launch(dev, ks[k], args, 2, N, 32, d);
  ok = ok && rt_read(dev, b, 0, x, sizeof x, d);
  for (int i = 0; ok && i < N; i++) ok = x[i] == ((float)i + 1.0f) * 2.0f - 3.0f;
  rt_free(dev, b);
  return ok;
}

Test(kcache, batch_cold_then_warm) {
  need_opencl();
  Cap c;
  cap_init(&c);
  Device *dev = open_cl(&c);
  DevKernel *ks[3];
  int built = -1, loaded = -1;
  cr_assert(rt_build_many(dev, BATCH_SRC, BATCH_ENTRY, 3, ks, &built, &loaded, &c.d), "%s", cap_text(&c));
  cr_assert_eq(built, 3, "a cold cache cannot hit");
  cr_assert_eq(loaded, 0);
  cr_assert(batch_works(dev, ks, &c.d), "%s", cap_text(&c));
  for (int k = 0; k < 3; k++) rt_kernel_free(dev, ks[k]);
  char entry[512];
  cr_assert_eq(count_files(cache_dir, ".bin", entry, sizeof entry), 1, "the batch is one cache entry");
  cr_assert_gt(file_size(entry), KC_HEADER_SIZE);

  cr_assert(rt_build_many(dev, BATCH_SRC, BATCH_ENTRY, 3, ks, &built, &loaded, &c.d), "%s", cap_text(&c));
  cr_assert_eq(built, 0);
  cr_assert_eq(loaded, 3, "the second build of the batch is loaded from the cache");
  cr_assert(batch_works(dev, ks, &c.d), "%s", cap_text(&c));
  for (int k = 0; k < 3; k++) rt_kernel_free(dev, ks[k]);
  int sb = -1, sl = -1;
  rt_cache_stats(dev, &sb, &sl);
  cr_assert_eq(sb, 3);
  cr_assert_eq(sl, 3);
  rt_device_close(dev);

  /* A new device (a new run) compiles nothing. */
  dev = open_cl(&c);
  cr_assert(rt_build_many(dev, BATCH_SRC, BATCH_ENTRY, 3, ks, &built, &loaded, &c.d), "%s", cap_text(&c));
  cr_assert(built == 0 && loaded == 3);
  cr_assert(batch_works(dev, ks, &c.d), "%s", cap_text(&c));
  /* Freed in another order than built. */
  rt_kernel_free(dev, ks[1]);
  rt_kernel_free(dev, ks[0]);
  rt_kernel_free(dev, ks[2]);
  cr_assert_eq(count_files(cache_dir, ".bin", NULL, 0), 1);
  cr_assert_eq(rt_cache_rejected(dev), 0);
  rt_device_close(dev);
  cr_assert_eq(c.d.nerrors, 0, "%s", cap_text(&c));
  cap_free(&c);
}

Test(kcache, corrupt_batch_entry_is_rebuilt) {
  need_opencl();
  Cap c;
  cap_init(&c);
  Device *dev = open_cl(&c);
  DevKernel *ks[3];
  int built = -1, loaded = -1;
  cr_assert(rt_build_many(dev, BATCH_SRC, BATCH_ENTRY, 3, ks, &built, &loaded, &c.d), "%s", cap_text(&c));
  for (int k = 0; k < 3; k++) rt_kernel_free(dev, ks[k]);
  char entry[512];
  cr_assert_eq(count_files(cache_dir, ".bin", entry, sizeof entry), 1);
  flip_byte(entry, file_size(entry) / 2);
  cr_assert(rt_build_many(dev, BATCH_SRC, BATCH_ENTRY, 3, ks, &built, &loaded, &c.d), "%s", cap_text(&c));
  cr_assert(built == 3 && loaded == 0, "built %d, loaded %d", built, loaded);
  cr_assert_eq(rt_cache_rejected(dev), 1);
  cr_assert(batch_works(dev, ks, &c.d), "%s", cap_text(&c));
  for (int k = 0; k < 3; k++) rt_kernel_free(dev, ks[k]);
  rt_device_close(dev);
  cr_assert_eq(c.d.nerrors, 0, "%s", cap_text(&c));
  cap_free(&c);
}

/* ---- packs (rt_build_parallel) ------------------------------------------------------- */

/* The kernels missing from the cache are built as packs, one program per core
 * (at most one per kernel): the cache holds each pack's binary and, per
 * kernel, a small entry referring to its pack. */
static int expected_packs(int n) {
  long c = sysconf(_SC_NPROCESSORS_ONLN);
  return c < 1 ? 1 : c < n ? (int)c : n;
}

/* Entries that hold a binary, not a reference (larger than a reference). */
static int count_binaries(const char *dir, char *first, size_t cap) {
  DIR *d = opendir(dir);
  cr_assert_not_null(d, "%s", dir);
  int n = 0;
  struct dirent *e;
  while ((e = readdir(d))) {
    if (!strstr(e->d_name, ".bin")) continue;
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    if (file_size(path) > KC_HEADER_SIZE + 200) {
      if (n++ == 0 && first) snprintf(first, cap, "%s", path);
    }
  }
  closedir(d);
  return n;
}

Test(kcache, packs_cold_then_warm) {
  need_opencl();
  Cap c;
  cap_init(&c);
  Device *dev = open_cl(&c);
  DevKernel *ks[3];
  int built = -1, loaded = -1;
  cr_assert(rt_build_parallel(dev, BATCH_SRC, BATCH_ENTRY, NULL, 3, ks, &built, &loaded, &c.d), "%s", cap_text(&c));
  cr_assert(built == 3 && loaded == 0, "built %d, loaded %d", built, loaded);
  cr_assert(batch_works(dev, ks, &c.d), "%s", cap_text(&c));
  for (int k = 0; k < 3; k++) rt_kernel_free(dev, ks[k]);
  int packs = expected_packs(3);
  cr_assert_eq(count_files(cache_dir, ".bin", NULL, 0), 3 + packs, "a reference per kernel and %d packs", packs);
  cr_assert_eq(count_binaries(cache_dir, NULL, 0), packs);
  rt_device_close(dev);

  /* A new device (a new run) compiles nothing, and a kernel of a pack is
   * found on its own too. */
  dev = open_cl(&c);
  cr_assert(rt_build_parallel(dev, BATCH_SRC, BATCH_ENTRY, NULL, 3, ks, &built, &loaded, &c.d), "%s", cap_text(&c));
  cr_assert(built == 0 && loaded == 3, "built %d, loaded %d", built, loaded);
  cr_assert(batch_works(dev, ks, &c.d), "%s", cap_text(&c));
  rt_kernel_free(dev, ks[2]);
  rt_kernel_free(dev, ks[0]);
  rt_kernel_free(dev, ks[1]);
  bool cached = false;
  DevKernel *k = rt_build(dev, BATCH_SRC[1], "kb_two", &cached, &c.d);
  cr_assert(k && cached, "rt_build follows the reference to the pack: %s", cap_text(&c));
  rt_kernel_free(dev, k);
  cr_assert_eq(rt_cache_rejected(dev), 0);
  rt_device_close(dev);
  cr_assert_eq(c.d.nerrors, 0, "%s", cap_text(&c));
  cap_free(&c);
}

/* A second set of kernels that shares one with the first loads that one and
 * builds the rest. */
Test(kcache, packs_share_kernels_across_sets) {
  need_opencl();
  Cap c;
  cap_init(&c);
  Device *dev = open_cl(&c);
  DevKernel *ks[3];
  int built = -1, loaded = -1;
  const char *src_a[2] = {BATCH_SRC[0], BATCH_SRC[1]}, *ent_a[2] = {BATCH_ENTRY[0], BATCH_ENTRY[1]};
  cr_assert(rt_build_parallel(dev, src_a, ent_a, NULL, 2, ks, &built, &loaded, &c.d), "%s", cap_text(&c));
  cr_assert(built == 2 && loaded == 0);
  rt_kernel_free(dev, ks[0]);
  rt_kernel_free(dev, ks[1]);
  cr_assert(rt_build_parallel(dev, BATCH_SRC, BATCH_ENTRY, NULL, 3, ks, &built, &loaded, &c.d), "%s", cap_text(&c));
  cr_assert(built == 1 && loaded == 2, "built %d, loaded %d", built, loaded);
  cr_assert(batch_works(dev, ks, &c.d), "%s", cap_text(&c));
  for (int k = 0; k < 3; k++) rt_kernel_free(dev, ks[k]);
  rt_device_close(dev);
  cr_assert_eq(c.d.nerrors, 0, "%s", cap_text(&c));
  cap_free(&c);
}

/* A pack deleted or damaged under its references: the kernels are rebuilt
 * (quietly, -v says so) and work. */
static void pack_lost(bool truncate_it) {
  need_opencl();
  Cap c;
  cap_init(&c);
  Device *dev = open_cl(&c);
  rt_set_verbose(dev, true);
  DevKernel *ks[3];
  int built = -1, loaded = -1;
  cr_assert(rt_build_parallel(dev, BATCH_SRC, BATCH_ENTRY, NULL, 3, ks, &built, &loaded, &c.d), "%s", cap_text(&c));
  for (int k = 0; k < 3; k++) rt_kernel_free(dev, ks[k]);
  char pack[1024];
  int packs = count_binaries(cache_dir, pack, sizeof pack);
  cr_assert_geq(packs, 1);
  if (truncate_it) cr_assert_eq(truncate(pack, file_size(pack) / 2), 0);
  else cr_assert_eq(unlink(pack), 0);
  cr_assert(rt_build_parallel(dev, BATCH_SRC, BATCH_ENTRY, NULL, 3, ks, &built, &loaded, &c.d), "%s", cap_text(&c));
  cr_assert_eq(built + loaded, 3);
  cr_assert_geq(built, 1, "the kernels of the lost pack are rebuilt");
  cr_assert_eq(rt_cache_rejected(dev), built);
  cr_assert(batch_works(dev, ks, &c.d), "%s", cap_text(&c));
  for (int k = 0; k < 3; k++) rt_kernel_free(dev, ks[k]);
  cr_assert(strstr(cap_text(&c), "is missing or was rejected"), "%s", cap_text(&c));
  cr_assert_eq(c.d.nerrors, 0, "%s", cap_text(&c));
  /* stored again: the next run loads all */
  rt_device_close(dev);
  dev = open_cl(&c);
  cr_assert(rt_build_parallel(dev, BATCH_SRC, BATCH_ENTRY, NULL, 3, ks, &built, &loaded, &c.d), "%s", cap_text(&c));
  cr_assert(built == 0 && loaded == 3, "built %d, loaded %d", built, loaded);
  for (int k = 0; k < 3; k++) rt_kernel_free(dev, ks[k]);
  rt_device_close(dev);
  cap_free(&c);
}

Test(kcache, deleted_pack_is_rebuilt) { pack_lost(false); }
Test(kcache, truncated_pack_is_rebuilt) { pack_lost(true); }

/* Packs in helper processes (PoCL generates code for one kernel at a time
 * per process): llmc's `__build-pack` builds all packs but the first; a
 * helper that fails (here /bin/false) leaves its kernels to be built here. No
 * helper files are left in the cache folder. */
static void packs_with_helper(const char *helper) {
  need_opencl();
  Cap c;
  cap_init(&c);
  Device *dev = open_cl(&c);
  rt_set_build_helper(dev, helper);
  DevKernel *ks[3];
  int built = -1, loaded = -1;
  cr_assert(rt_build_parallel(dev, BATCH_SRC, BATCH_ENTRY, NULL, 3, ks, &built, &loaded, &c.d), "%s", cap_text(&c));
  cr_assert(built == 3 && loaded == 0, "built %d, loaded %d", built, loaded);
  cr_assert(batch_works(dev, ks, &c.d), "%s", cap_text(&c));
  for (int k = 0; k < 3; k++) rt_kernel_free(dev, ks[k]);
  cr_assert_eq(count_files(cache_dir, "pack.", NULL, 0), 0, "helper files left behind");
  rt_device_close(dev);
  dev = open_cl(&c);
  cr_assert(rt_build_parallel(dev, BATCH_SRC, BATCH_ENTRY, NULL, 3, ks, &built, &loaded, &c.d), "%s", cap_text(&c));
  cr_assert(built == 0 && loaded == 3, "built %d, loaded %d", built, loaded);
  cr_assert(batch_works(dev, ks, &c.d), "%s", cap_text(&c));
  for (int k = 0; k < 3; k++) rt_kernel_free(dev, ks[k]);
  rt_device_close(dev);
  cr_assert_eq(c.d.nerrors, 0, "%s", cap_text(&c));
  cap_free(&c);
}

Test(kcache, packs_in_helper_processes) { packs_with_helper(LLMC_BINARY_DIR "/llmc"); }
Test(kcache, failed_helper_falls_back) { packs_with_helper("/bin/false"); }

/* A kernel that does not compile fails its pack; the kernels are then built
 * one by one, so that the error names it and shows the compiler's log. */
Test(kcache, pack_with_a_broken_kernel_names_it) {
  need_opencl();
  Cap c;
  cap_init(&c);
  Device *dev = open_cl(&c);
  const char *src[3] = {BATCH_SRC[0], "__kernel void broken_kernel(__global float *x) { x[0] = undefined_name; }\n",
                        BATCH_SRC[2]};
  const char *ent[3] = {BATCH_ENTRY[0], "broken_kernel", BATCH_ENTRY[2]};
  DevKernel *ks[3];
  cr_assert(!rt_build_parallel(dev, src, ent, NULL, 3, ks, NULL, NULL, &c.d));
  for (int k = 0; k < 3; k++) cr_assert_null(ks[k]);
  cr_assert(strstr(cap_text(&c), "broken_kernel") && strstr(cap_text(&c), "undefined_name"), "%s", cap_text(&c));
  rt_device_close(dev);
  cap_free(&c);
}

static void corrupt_then_rebuild(bool truncate_it) {
  need_opencl();
  Cap c;
  cap_init(&c);
  Device *dev = open_cl(&c);
  rt_set_verbose(dev, true);
  bool cached;
  DevKernel *k = rt_build(dev, ADD1_CL, "add1", &cached, &c.d);
  cr_assert_not_null(k, "%s", cap_text(&c));
  rt_kernel_free(dev, k);
  char entry[512];
  cr_assert_eq(count_files(cache_dir, ".bin", entry, sizeof entry), 1);
  long size = file_size(entry);
  if (truncate_it) cr_assert_eq(truncate(entry, size / 2), 0);
  else flip_byte(entry, KC_HEADER_SIZE + (size - KC_HEADER_SIZE) / 2);

  k = rt_build(dev, ADD1_CL, "add1", &cached, &c.d);
  cr_assert_not_null(k, "%s", cap_text(&c));
  cr_assert(!cached, "a corrupt entry is not used");
  cr_assert(add1_works(dev, k, &c.d), "%s", cap_text(&c));
  rt_kernel_free(dev, k);
  int built, loaded;
  rt_cache_stats(dev, &built, &loaded);
  cr_assert_eq(built, 2);
  cr_assert_eq(loaded, 0);
  cr_assert_eq(rt_cache_rejected(dev), 1);
  cr_assert_eq(c.d.nerrors, 0, "a corrupt entry is not an error: %s", cap_text(&c));
  cr_assert(strstr(cap_text(&c), "note: kernel cache:"), "verbose mode says so: %s", cap_text(&c));
  cr_assert(strstr(cap_text(&c), truncate_it ? "truncated" : "checksum mismatch"), "%s", cap_text(&c));
  cr_assert(strstr(cap_text(&c), "'add1'"), "%s", cap_text(&c));

  /* Rebuilt and stored again: the next build loads it. */
  cr_assert_eq(file_size(entry), size);
  k = rt_build(dev, ADD1_CL, "add1", &cached, &c.d);
  cr_assert(k && cached, "%s", cap_text(&c));
  rt_kernel_free(dev, k);
  rt_device_close(dev);
  cap_free(&c);
}

Test(kcache, flipped_entry_is_rebuilt) { corrupt_then_rebuild(false); }
Test(kcache, truncated_entry_is_rebuilt) { corrupt_then_rebuild(true); }

Test(kcache, corrupt_entry_is_quiet_without_verbose) {
  need_opencl();
  Cap c;
  cap_init(&c);
  Device *dev = open_cl(&c);
  DevKernel *k = rt_build(dev, ADD1_CL, "add1", NULL, &c.d);
  rt_kernel_free(dev, k);
  char entry[512];
  cr_assert_eq(count_files(cache_dir, ".bin", entry, sizeof entry), 1);
  flip_byte(entry, KC_HEADER_SIZE + 3);
  k = rt_build(dev, ADD1_CL, "add1", NULL, &c.d);
  cr_assert_not_null(k);
  cr_assert_str_eq(cap_text(&c), "", "nothing is printed without -v");
  rt_kernel_free(dev, k);
  rt_device_close(dev);
  cap_free(&c);
}

Test(kcache, concurrent_builds_of_one_kernel) {
  /* No OpenCL in this process before fork(): an ICD driver initialised in
   * the parent (PoCL starts worker threads) does not survive into a child.
   * So each child checks for a device itself (exit 77: none), and the
   * children wait on a pipe so that all four build at the same moment. */
  int go[2];
  cr_assert_eq(pipe(go), 0);
  pid_t kids[4];
  for (int p = 0; p < 4; p++) {
    kids[p] = fork();
    cr_assert_neq(kids[p], -1);
    if (kids[p] == 0) {
      close(go[1]);
      char byte;
      if (read(go[0], &byte, 1) < 0) _exit(4);
      if (rt_backend_status(DEV_OPENCL)) _exit(77);
      Diag d;
      diag_init(&d, stderr);
      Device *dev = rt_device_open(DEV_OPENCL, 0, &d);
      if (!dev) _exit(2);
      DevKernel *k = rt_build(dev, ADD1_CL, "add1", NULL, &d);
      int rc = !k ? 3 : add1_works(dev, k, &d) ? 0 : 1;
      rt_kernel_free(dev, k);
      rt_device_close(dev);
      diag_free(&d);
      _exit(rc);
    }
  }
  close(go[0]);
  close(go[1]); /* release them all */
  int status[4];
  wait_all(kids, 4, status, 240);
  for (int p = 0; p < 4; p++) {
    cr_assert_neq(status[p], -1, "builder %d hung and was killed", p);
    cr_assert(WIFEXITED(status[p]), "builder %d crashed (status %d)", p, status[p]);
    if (WEXITSTATUS(status[p]) == 77) cr_skip_test("no OpenCL device: %s", rt_backend_status(DEV_OPENCL));
    cr_assert_eq(WEXITSTATUS(status[p]), 0, "builder %d failed (exit %d)", p, WEXITSTATUS(status[p]));
  }
  /* One valid entry and no temporary files. */
  char entry[512];
  cr_assert_eq(count_files(cache_dir, ".bin", entry, sizeof entry), 1);
  cr_assert_eq(count_files(cache_dir, ".tmp.", NULL, 0), 0);
  KcKey k;
  const char *name = strrchr(entry, '/') + 1;
  memcpy(k.hex, name, 64);
  k.hex[64] = '\0';
  for (int i = 0; i < 32; i++) {
    unsigned v;
    cr_assert_eq(sscanf(name + 2 * i, "%2x", &v), 1);
    k.b[i] = (uint8_t)v;
  }
  KcKey built; /* the entry also records what it was built from: PoCL's options and the source */
  kc_key(&built, "", "", "", "-cl-std=CL1.2", ADD1_CL);
  memcpy(k.build, built.build, sizeof k.build);
  uint8_t *data = NULL;
  size_t n;
  char *why = NULL;
  cr_assert_eq(kc_load(cache_dir, &k, &data, &n, &why), KC_HIT, "%s", why);
  free(data);
  /* And a fresh device loads it. */
  Cap c;
  cap_init(&c);
  Device *dev = open_cl(&c);
  bool cached = false;
  DevKernel *kern = rt_build(dev, ADD1_CL, "add1", &cached, &c.d);
  cr_assert(kern && cached, "%s", cap_text(&c));
  rt_kernel_free(dev, kern);
  rt_device_close(dev);
  cap_free(&c);
}

Test(kcache, different_sources_get_different_entries) {
  need_opencl();
  Cap c;
  cap_init(&c);
  Device *dev = open_cl(&c);
  const char *add2 = "__kernel void add1(__global float *x, int n) {\n"
                     "  int i = get_global_id(0);\n"
                     "  if (i < n) x[i] += 2.0f;\n"
                     "}\n";
  bool cached = true;
  DevKernel *k1 = rt_build(dev, ADD1_CL, "add1", &cached, &c.d);
  cr_assert(k1 && !cached, "%s", cap_text(&c));
  DevKernel *k2 = rt_build(dev, add2, "add1", &cached, &c.d);
  cr_assert(k2 && !cached, "a different source must not hit: %s", cap_text(&c));
  cr_assert_eq(count_files(cache_dir, ".bin", NULL, 0), 2);
  /* And each runs its own code. */
  cr_assert(add1_works(dev, k1, &c.d));
  cr_assert(!add1_works(dev, k2, &c.d), "the +2 kernel must not pass the +1 check");
  rt_kernel_free(dev, k1);
  rt_kernel_free(dev, k2);
  int built, loaded;
  rt_cache_stats(dev, &built, &loaded);
  cr_assert_eq(built, 2);
  cr_assert_eq(loaded, 0);
  rt_device_close(dev);
  cap_free(&c);
}

Test(kcache, unwritable_cache_still_builds) {
  need_opencl();
  setenv("LLMC_CACHE_DIR", "/proc/llmc-cannot-exist", 1);
  Cap c;
  cap_init(&c);
  Device *dev = open_cl(&c);
  rt_set_verbose(dev, true);
  bool cached = true;
  DevKernel *k = rt_build(dev, ADD1_CL, "add1", &cached, &c.d);
  cr_assert(k && !cached, "%s", cap_text(&c));
  cr_assert_eq(c.d.nerrors, 0, "%s", cap_text(&c));
  cr_assert(strstr(cap_text(&c), "kernel cache disabled"), "%s", cap_text(&c));
  rt_kernel_free(dev, k);
  rt_device_close(dev);
  cap_free(&c);
}

/* ---- hardening -------------------------------------------------------------------- */

/* An entry written under the right key with a consistent header, but built
 * from another source (a forged or misplaced binary), is refused and deleted. */
Test(kcache, entry_from_another_source_is_refused) {
  KcKey a, b, forged;
  kc_key(&a, "t", "d", "v", "o", "kernel A");
  kc_key(&b, "t", "d", "v", "o", "kernel B");
  forged = a;
  memcpy(forged.build, b.build, sizeof forged.build);
  store(&forged, "the binary of kernel B");
  uint8_t *data = NULL;
  size_t n = 0;
  char *why = NULL;
  cr_assert_eq(kc_load(cache_dir, &a, &data, &n, &why), KC_CORRUPT);
  cr_assert_null(data);
  cr_assert(why && strstr(why, "another source"), "%s", why ? why : "(null)");
  free(why);
  cr_assert_eq(count_files(cache_dir, ".bin", NULL, 0), 0, "the entry is deleted");
}

/* The same with a real binary on the device: another program that defines
 * the same entry (adding 2, not 1) is put under add1's key, header and all;
 * rt_build rebuilds add1 instead of running the other program. */
static const char *ADD2_AS_ADD1_CL = "__kernel void add1(__global float *x, int n) {\n"
                                     "  int i = get_global_id(0);\n"
                                     "  if (i < n) x[i] += 2.0f;\n"
                                     "}\n";

Test(kcache, forged_entry_is_rebuilt_not_loaded) {
  need_opencl();
  Cap c;
  cap_init(&c);
  Device *dev = open_cl(&c);
  bool cached = true;
  DevKernel *k = rt_build(dev, ADD1_CL, "add1", &cached, &c.d);
  cr_assert_not_null(k, "%s", cap_text(&c));
  rt_kernel_free(dev, k);
  char good[512], other[512] = "";
  cr_assert_eq(count_files(cache_dir, ".bin", good, sizeof good), 1);
  k = rt_build(dev, ADD2_AS_ADD1_CL, "add1", &cached, &c.d);
  cr_assert_not_null(k, "%s", cap_text(&c));
  rt_kernel_free(dev, k);
  DIR *dir = opendir(cache_dir);
  cr_assert_not_null(dir);
  for (struct dirent *e; (e = readdir(dir));)
    if (strstr(e->d_name, ".bin") && !strstr(good, e->d_name)) snprintf(other, sizeof other, "%s/%s", cache_dir, e->d_name);
  closedir(dir);
  cr_assert(*other, "the second program has an entry of its own");
  /* the other program's entry, with add1's key in its header, at add1's path */
  long gsize = file_size(good), osize = file_size(other);
  uint8_t *g = malloc((size_t)gsize), *o = malloc((size_t)osize);
  FILE *f = fopen(good, "rb");
  cr_assert(f && fread(g, 1, (size_t)gsize, f) == (size_t)gsize);
  fclose(f);
  f = fopen(other, "rb");
  cr_assert(f && fread(o, 1, (size_t)osize, f) == (size_t)osize);
  fclose(f);
  memcpy(o + 24, g + 24, 32);
  f = fopen(good, "wb");
  cr_assert(f && fwrite(o, 1, (size_t)osize, f) == (size_t)osize);
  fclose(f);
  free(g);
  free(o);
  k = rt_build(dev, ADD1_CL, "add1", &cached, &c.d);
  cr_assert_not_null(k, "%s", cap_text(&c));
  cr_assert(!cached, "the forged entry is not loaded");
  cr_assert(add1_works(dev, k, &c.d), "add1 adds 1: %s", cap_text(&c));
  cr_assert_eq(rt_cache_rejected(dev), 1);
  rt_kernel_free(dev, k);
  rt_device_close(dev);
}

/* A cache folder others can write is not used; a new one is private. */
Test(kcache, unsafe_folder_is_refused) {
  char sub[512];
  snprintf(sub, sizeof sub, "%s/private", cache_dir);
  setenv("LLMC_CACHE_DIR", sub, 1);
  char *dir = kc_dir(NULL);
  cr_assert_not_null(dir);
  struct stat st;
  cr_assert(stat(sub, &st) == 0 && (st.st_mode & 0777) == 0700, "created 0700, not %o", st.st_mode & 0777);
  free(dir);
  chmod(sub, 0777);
  char *why = NULL;
  cr_assert_null(kc_dir(&why));
  cr_assert(why && strstr(why, "writable by its group or others"), "%s", why ? why : "(null)");
  free(why);
  chmod(sub, 0700);
  unsetenv("LLMC_CACHE_DIR");
}

/* Comments do not change the key (codegen names IR nodes in them), code does;
 * a comment marker inside a string literal is code. */
Test(kcache, comments_do_not_change_the_key) {
  KcKey a, b, c, s1, s2;
  kc_key(&a, "opencl", "dev", "drv", "o", "/* k615_matmul: %615 */ __kernel void f() { x = 1; } // tail");
  kc_key(&b, "opencl", "dev", "drv", "o", "/* k756_matmul: %756, longer */ __kernel void f() { x = 1; } // other");
  kc_key(&c, "opencl", "dev", "drv", "o", "/* k615_matmul: %615 */ __kernel void f() { x = 2; } // tail");
  cr_assert(!memcmp(a.b, b.b, 32) && !memcmp(a.build, b.build, 32), "only the comments differ");
  cr_assert(memcmp(a.b, c.b, 32) != 0 && memcmp(a.build, c.build, 32) != 0, "the code differs");
  kc_key(&s1, "opencl", "dev", "drv", "o", "char *s = \"/* not a comment */\";");
  kc_key(&s2, "opencl", "dev", "drv", "o", "char *s = \"/* not a comment either */\";");
  cr_assert(memcmp(s1.b, s2.b, 32) != 0, "string literals are kept");
}
