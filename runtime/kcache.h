/* kcache.h — the on-disk kernel cache: compiled kernels (OpenCL program
 * binaries, PTX) stored under $LLMC_CACHE_DIR, else $XDG_CACHE_HOME/llmc, else
 * ~/.cache/llmc, one file per key.
 *
 * The key is the SHA-256 of everything that decides the binary: the backend,
 * the device name, the driver version, the build options and the source with
 * its comments taken out (each length-prefixed, so no two different tuples
 * hash the same bytes): kernels that differ only in their comments share an
 * entry, in any graph.
 *
 * An entry is a fixed 128-byte header then the payload:
 *   magic "LLMCKC\r\n" | u32 format version | u32 0 | u64 payload length |
 *   32-byte key | 32-byte SHA-256 of the payload |
 *   32-byte SHA-256 of the build options and the exact source | 8 bytes 0
 * (integers little-endian). A file whose header, length, key, checksum or
 * build hash does not match is corrupt: kc_load deletes it and the caller
 * rebuilds (so an entry holding another program's binary under this key is
 * rebuilt, not loaded).
 *
 * The folder is created 0700; one not owned by the user, or writable by its
 * group or others, is not used (kc_dir says why): anyone who can write it
 * could put code in front of the device. Writers
 * write a temporary file with a name unique to the process, the thread and the
 * call, fsync it and rename it over the entry, so readers see either no entry
 * or a whole one, and any number of processes may write the same key at once.
 *
 * The cache is best effort: every failure to read or write an entry means
 * "build it", never an error. Devices use it through rt_build and
 * rt_build_parallel (device.c); the latter stores packs of kernels, one
 * program each, under the pack's key, and per kernel a small entry whose
 * payload refers to its pack (the pack's key and build hash; see device.c and
 * docs/runtime.md): the payload format is the device layer's business. */
#ifndef LLMC_KCACHE_H
#define LLMC_KCACHE_H

#include "support.h"

#define KC_FORMAT_VERSION 2u
#define KC_HEADER_SIZE 128u

/* ---- SHA-256 (FIPS 180-4), used for keys and payload checksums ------------- */
typedef struct Sha256 {
  uint32_t h[8];
  uint64_t len; /* bytes hashed so far */
  uint8_t buf[64];
  size_t nbuf;
} Sha256;
void sha256_init(Sha256 *s);
void sha256_update(Sha256 *s, const void *p, size_t n);
void sha256_final(Sha256 *s, uint8_t out[32]);
void sha256(const void *p, size_t n, uint8_t out[32]);

/* ---- keys ---------------------------------------------------------------------- */
typedef struct KcKey {
  uint8_t b[32];
  uint8_t build[32]; /* SHA-256 of the options and the source alone, recorded in the entry */
  char hex[65]; /* the file name: 64 lowercase hex digits */
} KcKey;

/* The key of one build. Any argument may be NULL (hashed as ""). */
void kc_key(KcKey *k, const char *backend, const char *device, const char *driver, const char *options,
            const char *source);

/* ---- the cache folder ---------------------------------------------------------- */
/* The cache folder, created (0700) if missing: $LLMC_CACHE_DIR, else
 * $XDG_CACHE_HOME/llmc, else $HOME/.cache/llmc. NULL when none can be made,
 * or when it is not owned by the user or is writable by group or others (then
 * nothing is cached); `why` (may be NULL) gets a malloc'd reason. Caller frees
 * the result. */
char *kc_dir(char **why);
/* mkdir -p (new folders 0700); true when `path` is a folder afterwards. */
bool kc_mkdirs(const char *path);
/* The path of the entry for `k` in `dir`; caller frees. */
char *kc_entry_path(const char *dir, const KcKey *k);

/* ---- entries ------------------------------------------------------------------- */
typedef enum KcStatus {
  KC_MISS,    /* no entry */
  KC_HIT,     /* *data (malloc'd, caller frees) and *n hold the payload */
  KC_CORRUPT, /* an entry was there but failed a check; it has been deleted */
} KcStatus;

/* Looks `k` up. On KC_CORRUPT, `why` (may be NULL) gets a malloc'd reason
 * ("truncated: 1200 of 4096 payload bytes", "checksum mismatch", ...). */
KcStatus kc_load(const char *dir, const KcKey *k, uint8_t **data, size_t *n, char **why);
/* Stores a payload atomically. False (with a malloc'd reason in `why`, may be
 * NULL) when it could not be written; the cache is left as it was. */
bool kc_store(const char *dir, const KcKey *k, const void *data, size_t n, char **why);
/* Deletes the entry for `k`, if any. */
void kc_remove(const char *dir, const KcKey *k);

#endif
