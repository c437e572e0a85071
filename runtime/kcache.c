/* kcache.c — the on-disk kernel cache (see kcache.h for the file format). */
#define _POSIX_C_SOURCE 200809L
#include "kcache.h"

#include <errno.h>
#include <fcntl.h>
#include <stdatomic.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- SHA-256 --------------------------------------------------------------------- */

static const uint32_t K256[64] = {
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static uint32_t ror32(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

static void sha256_block(Sha256 *s, const uint8_t *p) {
  uint32_t w[64];
  for (int i = 0; i < 16; i++)
    w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 | (uint32_t)p[4 * i + 2] << 8 | p[4 * i + 3];
  for (int i = 16; i < 64; i++) {
    uint32_t s0 = ror32(w[i - 15], 7) ^ ror32(w[i - 15], 18) ^ (w[i - 15] >> 3);
    uint32_t s1 = ror32(w[i - 2], 17) ^ ror32(w[i - 2], 19) ^ (w[i - 2] >> 10);
    w[i] = w[i - 16] + s0 + w[i - 7] + s1;
  }
  uint32_t a = s->h[0], b = s->h[1], c = s->h[2], d = s->h[3], e = s->h[4], f = s->h[5], g = s->h[6], h = s->h[7];
  for (int i = 0; i < 64; i++) {
    uint32_t t1 = h + (ror32(e, 6) ^ ror32(e, 11) ^ ror32(e, 25)) + ((e & f) ^ (~e & g)) + K256[i] + w[i];
    uint32_t t2 = (ror32(a, 2) ^ ror32(a, 13) ^ ror32(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
    h = g, g = f, f = e, e = d + t1, d = c, c = b, b = a, a = t1 + t2;
  }
  s->h[0] += a, s->h[1] += b, s->h[2] += c, s->h[3] += d;
  s->h[4] += e, s->h[5] += f, s->h[6] += g, s->h[7] += h;
}

void sha256_init(Sha256 *s) {
  static const uint32_t h0[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  memcpy(s->h, h0, sizeof h0);
  s->len = 0;
  s->nbuf = 0;
}

void sha256_update(Sha256 *s, const void *data, size_t n) {
  const uint8_t *p = data;
  s->len += n;
  if (s->nbuf) {
    size_t take = 64 - s->nbuf < n ? 64 - s->nbuf : n;
    memcpy(s->buf + s->nbuf, p, take);
    s->nbuf += take, p += take, n -= take;
    if (s->nbuf < 64) return;
    sha256_block(s, s->buf);
    s->nbuf = 0;
  }
  for (; n >= 64; p += 64, n -= 64) sha256_block(s, p);
  memcpy(s->buf, p, n);
  s->nbuf = n;
}

void sha256_final(Sha256 *s, uint8_t out[32]) {
  uint64_t bits = s->len * 8;
  uint8_t pad[72] = {0x80};
  size_t npad = (s->nbuf < 56 ? 56 : 120) - s->nbuf;
  for (int i = 0; i < 8; i++) pad[npad + i] = (uint8_t)(bits >> (56 - 8 * i));
  sha256_update(s, pad, npad + 8);
  for (int i = 0; i < 8; i++)
    for (int j = 0; j < 4; j++) out[4 * i + j] = (uint8_t)(s->h[i] >> (24 - 8 * j));
}

void sha256(const void *p, size_t n, uint8_t out[32]) {
  Sha256 s;
  sha256_init(&s);
  sha256_update(&s, p, n);
  sha256_final(&s, out);
}

/* ---- keys ------------------------------------------------------------------------- */

static void hash_field(Sha256 *s, const char *field) {
  if (!field) field = "";
  uint64_t n = strlen(field);
  uint8_t len[8];
  for (int i = 0; i < 8; i++) len[i] = (uint8_t)(n >> (8 * i));
  sha256_update(s, len, sizeof len);
  sha256_update(s, field, (size_t)n);
}

/* The source without its comments (outside string and character literals),
 * each replaced by one space: what the compiler sees. Caller frees. */
static char *strip_comments(const char *src) {
  size_t n = strlen(src), o = 0;
  char *out = xmalloc(n + 1);
  char quote = 0;
  for (size_t i = 0; i < n; i++) {
    char c = src[i];
    if (quote) {
      out[o++] = c;
      if (c == '\\' && i + 1 < n) out[o++] = src[++i];
      else if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
      out[o++] = c;
    } else if (c == '/' && src[i + 1] == '*') {
      const char *end = strstr(src + i + 2, "*/");
      i = end ? (size_t)(end - src) + 1 : n;
      out[o++] = ' ';
    } else if (c == '/' && src[i + 1] == '/') {
      while (i + 1 < n && src[i + 1] != '\n') i++;
      out[o++] = ' ';
    } else {
      out[o++] = c;
    }
  }
  out[o] = '\0';
  return out;
}

void kc_key(KcKey *k, const char *backend, const char *device, const char *driver, const char *options,
            const char *source) {
  /* Comments do not change the binary: kernels that differ only in theirs
   * (codegen names the IR nodes there) share an entry, across graphs. */
  char *bare = source ? strip_comments(source) : NULL;
  source = bare;
  Sha256 s;
  sha256_init(&s);
  hash_field(&s, "llmc-kcache-" LLMC_VERSION);
  hash_field(&s, backend);
  hash_field(&s, device);
  hash_field(&s, driver);
  hash_field(&s, options);
  hash_field(&s, source);
  sha256_final(&s, k->b);
  sha256_init(&s);
  hash_field(&s, options);
  hash_field(&s, source);
  sha256_final(&s, k->build);
  free(bare);
  static const char digits[] = "0123456789abcdef";
  for (int i = 0; i < 32; i++) {
    k->hex[2 * i] = digits[k->b[i] >> 4];
    k->hex[2 * i + 1] = digits[k->b[i] & 15];
  }
  k->hex[64] = '\0';
}

/* ---- folders ------------------------------------------------------------------------ */

bool kc_mkdirs(const char *path) {
  if (!path || !*path) return false;
  if (sup_is_dir(path)) return true;
  char *p = xstrdup(path);
  for (char *c = p + 1; *c; c++) {
    if (*c != '/') continue;
    *c = '\0';
    if (mkdir(p, 0700) != 0 && errno != EEXIST) {
      free(p);
      return false;
    }
    *c = '/';
  }
  bool ok = (mkdir(p, 0700) == 0 || errno == EEXIST) && sup_is_dir(p);
  free(p);
  return ok;
}


char *kc_dir(char **why) {
  const char *env = getenv("LLMC_CACHE_DIR");
  char *dir = NULL;
  if (env && *env) dir = xstrdup(env);
  else if ((env = getenv("XDG_CACHE_HOME")) && *env) dir = sup_path_join(env, "llmc");
  else if ((env = getenv("HOME")) && *env) dir = xasprintf("%s/.cache/llmc", env);
  if (!dir) {
    if (why) *why = xstrdup("none of LLMC_CACHE_DIR, XDG_CACHE_HOME and HOME is set");
    return NULL;
  }
  if (!kc_mkdirs(dir)) {
    if (why) *why = xasprintf("cannot create the folder %s: %s", dir, strerror(errno));
    free(dir);
    return NULL;
  }
  struct stat st;
  const char *unsafe = stat(dir, &st) != 0                ? "cannot be examined"
                       : st.st_uid != geteuid()           ? "is not owned by you"
                       : st.st_mode & (S_IWGRP | S_IWOTH) ? "is writable by its group or others"
                                                          : NULL;
  if (unsafe) {
    if (why) *why = xasprintf("the folder %s %s; not using it (kernels are loaded from it)", dir, unsafe);
    free(dir);
    return NULL;
  }
  return dir;
}

char *kc_entry_path(const char *dir, const KcKey *k) { return xasprintf("%s/%s.bin", dir, k->hex); }

/* ---- entries ------------------------------------------------------------------------ */

static const uint8_t MAGIC[8] = {'L', 'L', 'M', 'C', 'K', 'C', '\r', '\n'};

static void put_u32(uint8_t *p, uint32_t v) {
  for (int i = 0; i < 4; i++) p[i] = (uint8_t)(v >> (8 * i));
}
static void put_u64(uint8_t *p, uint64_t v) {
  for (int i = 0; i < 8; i++) p[i] = (uint8_t)(v >> (8 * i));
}
static uint32_t get_u32(const uint8_t *p) {
  uint32_t v = 0;
  for (int i = 3; i >= 0; i--) v = v << 8 | p[i];
  return v;
}
static uint64_t get_u64(const uint8_t *p) {
  uint64_t v = 0;
  for (int i = 7; i >= 0; i--) v = v << 8 | p[i];
  return v;
}

/* Deletes `path` if it is still the file open as `fd`: a writer may have
 * renamed a good entry over the corrupt one since it was opened. */
static void remove_if_same(const char *path, int fd) {
  struct stat a, b;
  if (fstat(fd, &a) == 0 && stat(path, &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino) unlink(path);
}

static bool read_all(int fd, uint8_t *p, size_t n, size_t *got) {
  *got = 0;
  while (*got < n) {
    ssize_t r = read(fd, p + *got, n - *got);
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) return false;
    if (r == 0) break;
    *got += (size_t)r;
  }
  return true;
}

KcStatus kc_load(const char *dir, const KcKey *k, uint8_t **data, size_t *n, char **why) {
  *data = NULL;
  *n = 0;
  if (why) *why = NULL;
  if (!dir) return KC_MISS;
  char *path = kc_entry_path(dir, k);
  int fd = open(path, O_RDONLY);
  if (fd < 0) {
    free(path);
    return KC_MISS;
  }
  char *bad = NULL;
  uint8_t *payload = NULL;
  uint8_t h[KC_HEADER_SIZE];
  size_t got = 0;
  struct stat st;
  if (fstat(fd, &st) != 0 || !read_all(fd, h, sizeof h, &got)) {
    bad = xasprintf("cannot be read: %s", strerror(errno));
    goto done;
  }
  if (got < sizeof h) {
    bad = xasprintf("truncated: %zu of the %u header bytes", got, KC_HEADER_SIZE);
    goto done;
  }
  if (memcmp(h, MAGIC, sizeof MAGIC) != 0) {
    bad = xstrdup("not a kernel cache entry (bad magic)");
    goto done;
  }
  uint32_t version = get_u32(h + 8);
  if (version != KC_FORMAT_VERSION) {
    bad = xasprintf("format version %u (this llmc writes %u)", version, KC_FORMAT_VERSION);
    goto done;
  }
  uint64_t len = get_u64(h + 16);
  uint64_t have = (uint64_t)st.st_size - KC_HEADER_SIZE;
  if ((uint64_t)st.st_size < KC_HEADER_SIZE || len != have) {
    bad = xasprintf("%s: the header says %llu payload bytes, the file has %llu", len > have ? "truncated" : "trailing bytes",
              (unsigned long long)len, (unsigned long long)have);
    goto done;
  }
  if (memcmp(h + 24, k->b, 32) != 0) {
    bad = xstrdup("the entry's key does not match its file name");
    goto done;
  }
  payload = xmalloc(len ? (size_t)len : 1);
  if (!read_all(fd, payload, (size_t)len, &got) || got != len) {
    bad = xasprintf("truncated: %zu of %llu payload bytes", got, (unsigned long long)len);
    goto done;
  }
  if (memcmp(h + 88, k->build, 32) != 0) {
    bad = xstrdup("the entry was built from another source or other options");
    goto done;
  }
  uint8_t sum[32];
  sha256(payload, (size_t)len, sum);
  if (memcmp(sum, h + 56, 32) != 0) {
    bad = xstrdup("checksum mismatch");
    goto done;
  }
  *data = payload;
  *n = (size_t)len;
  payload = NULL;
done:
  free(payload);
  if (bad) remove_if_same(path, fd);
  close(fd);
  free(path);
  if (!bad) return KC_HIT;
  if (why) *why = bad;
  else free(bad);
  return KC_CORRUPT;
}

static bool write_all(int fd, const uint8_t *p, size_t n) {
  while (n) {
    ssize_t w = write(fd, p, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return false;
    p += w, n -= (size_t)w;
  }
  return true;
}

bool kc_store(const char *dir, const KcKey *k, const void *data, size_t n, char **why) {
  if (why) *why = NULL;
  if (!dir) {
    if (why) *why = xstrdup("no cache folder");
    return false;
  }
  uint8_t h[KC_HEADER_SIZE] = {0};
  memcpy(h, MAGIC, sizeof MAGIC);
  put_u32(h + 8, KC_FORMAT_VERSION);
  put_u64(h + 16, n);
  memcpy(h + 24, k->b, 32);
  sha256(data, n, h + 56);
  memcpy(h + 88, k->build, 32);

  /* Unique per process (pid), thread (the address of a thread-local) and call
   * (an atomic counter); O_EXCL guards against a stale file of a dead process. */
  static atomic_uint counter;
  static _Thread_local char thread_tag;
  char *path = kc_entry_path(dir, k), *tmp = NULL;
  int fd = -1;
  for (int attempt = 0; attempt < 8 && fd < 0; attempt++) {
    free(tmp);
    tmp = xasprintf("%s/%s.tmp.%ld.%lx.%u", dir, k->hex, (long)getpid(), (unsigned long)(uintptr_t)&thread_tag,
              atomic_fetch_add(&counter, 1u));
    fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL, 0644);
    if (fd < 0 && errno != EEXIST) break;
  }
  bool ok = false, created = fd >= 0;
  if (fd < 0) {
    if (why) *why = xasprintf("cannot create %s: %s", tmp, strerror(errno));
  } else if (!write_all(fd, h, sizeof h) || !write_all(fd, data, n) || fsync(fd) != 0) {
    if (why) *why = xasprintf("cannot write %s: %s", tmp, strerror(errno));
  } else if (close(fd) != 0) {
    fd = -1;
    if (why) *why = xasprintf("cannot write %s: %s", tmp, strerror(errno));
  } else if (fd = -1, rename(tmp, path) != 0) {
    if (why) *why = xasprintf("cannot rename %s to %s: %s", tmp, path, strerror(errno));
  } else {
    ok = true;
  }
  if (fd >= 0) close(fd);
  if (!ok && created) unlink(tmp);
  free(tmp);
  free(path);
  return ok;
}

void kc_remove(const char *dir, const KcKey *k) {
  if (!dir) return;
  char *path = kc_entry_path(dir, k);
  unlink(path);
  free(path);
}
