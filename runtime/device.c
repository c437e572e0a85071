/* device.c — the device interface: dispatch to the backend of each device,
 * the default-device choice, the device list, and rt_build's use of the
 * on-disk kernel cache (kcache.c), which is the same for every backend. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

#include "dev_internal.h"
#include "kcache.h"

/* ---- helpers shared with the backends ---------------------------------------------- */


bool dev_call_failed(DevCall *rec, Diag *d, const char *call, const char *file, int line, int code,
                     const char *error) {
  /* __FILE__ is absolute under CMake; keep "runtime/dev_opencl.c". */
  const char *short_file = file, *last = NULL;
  for (const char *p = file; *p; p++)
    if (*p == '/') {
      if (last) short_file = last + 1;
      last = p;
    }
  DevCall tmp;
  if (!rec) rec = &tmp;
  rec->code = code;
  int ncall = (int)strlen(call);
  if (ncall > 240) ncall = 240;
  snprintf(rec->text, sizeof rec->text, "%.*s%s failed at %s:%d: %s", ncall, call,
           (int)strlen(call) > ncall ? "..." : "", short_file, line, error ? error : "unknown error");
  if (d) diag_plain(d, "%s", rec->text);
  return false;
}

char *dev_save_failed_source(const char *source, const char *entry, const char *ext) {
  char *dir = kc_dir(NULL);
  if (!dir) return NULL;
  char *fdir = xasprintf("%s/failed", dir);
  free(dir);
  if (!kc_mkdirs(fdir)) {
    free(fdir);
    return NULL;
  }
  /* The entry name is the caller's; keep only what is safe in a file name. */
  char name[64];
  size_t n = 0;
  for (const char *p = entry ? entry : "kernel"; *p && n < sizeof name - 1; p++)
    name[n++] = (char)((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ? *p : '_');
  name[n] = '\0';
  uint8_t h[32];
  sha256(source, strlen(source), h);
  char *path = xasprintf("%s/%s-%02x%02x%02x%02x.%s", fdir, name, h[0], h[1], h[2], h[3], ext);
  free(fdir);
  FILE *f = fopen(path, "w");
  bool ok = f && fputs(source, f) >= 0;
  if (f && fclose(f) != 0) ok = false;
  if (!ok) {
    free(path);
    return NULL;
  }
  return path;
}

DevKernel *dev_kernel_new(const char *entry) {
  DevKernel *k = xcalloc(1, sizeof *k);
  k->entry = xstrdup(entry);
  k->nargs = -1;
  k->max_local = 1;
  k->pref_multiple = 1;
  return k;
}

void dev_kernel_delete(DevKernel *k) {
  if (!k) return;
  free(k->entry);
  free(k);
}

void dev_kernel_share(DevKernel *k, DevModule *m) {
  k->shared = m;
  m->refs++;
}

bool dev_kernel_drop_module(DevKernel *k) {
  if (!k->module) return false;
  DevModule *m = k->shared;
  k->shared = NULL;
  if (!m) return true;
  if (--m->refs > 0) return false;
  free(m);
  return true;
}

size_t dev_pick_local(int local, size_t limit) {
  size_t l = local > 0 ? (size_t)local : 256;
  if (limit && l > limit) l = limit;
  return l ? l : 1;
}

/* ---- listing ---------------------------------------------------------------------- */

const char *rt_kind_name(DevKind kind) {
  switch (kind) {
  case DEV_CUDA: return "cuda";
  case DEV_OPENCL: return "opencl";
  case DEV_REF: return "ref";
  }
  return "?";
}

const char *rt_backend_status(DevKind kind) {
  switch (kind) {
  case DEV_CUDA: return rt_cuda_status();
  case DEV_OPENCL: return rt_opencl_status();
  case DEV_REF: return "it runs graphs, not kernels";
  }
  return "unknown backend";
}

int rt_list_devices(DeviceInfo *out, int max) {
  if (!out || max <= 0) return 0;
  int n = rt_cuda_list(out, max);
  /* OpenCL lists its GPUs first already. */
  n += rt_opencl_list(out + n, max - n);
  return n;
}

static void print_bytes(FILE *out, uint64_t b) {
  if (b >= (1ull << 30)) fprintf(out, "%.1f GiB", (double)b / (double)(1ull << 30));
  else fprintf(out, "%.0f MiB", (double)b / (double)(1ull << 20));
}

int rt_print_devices(FILE *out) {
  DeviceInfo devs[64];
  int n = rt_list_devices(devs, 64);
  for (int i = 0; i < n; i++) {
    const DeviceInfo *di = &devs[i];
    fprintf(out, "%s:%d  %s (%s)\n", rt_kind_name(di->kind), di->index, di->name, di->vendor);
    fprintf(out, "    %s, %s, %d %s, ", di->is_gpu ? "GPU" : "CPU", di->arch, di->compute_units,
            di->kind == DEV_CUDA ? "SMs" : "compute units");
    print_bytes(out, di->memory);
    fprintf(out, ", max work-group %d, fp16 %s\n", di->max_local, di->fp16 ? "yes" : "no");
    fprintf(out, "    driver %s\n", di->driver);
  }
  for (DevKind k = DEV_CUDA; k <= DEV_OPENCL; k++) {
    const char *why = rt_backend_status(k);
    if (why) fprintf(out, "%s: no device: %s\n", rt_kind_name(k), why);
  }
  bool nv_ok;
  const char *nv = rt_nvrtc_status(&nv_ok);
  int major = 0, minor = 0;
  if (nv_ok && rt_nvrtc_version(&major, &minor)) fprintf(out, "nvrtc: %d.%d (%s)\n", major, minor, nv);
  else fprintf(out, "nvrtc: not available: %s\n", nv);
  const DeviceInfo *def = NULL;
  for (int i = 0; i < n && !def; i++)
    if (devs[i].kind == DEV_CUDA) def = &devs[i];
  for (int i = 0; i < n && !def; i++)
    if (devs[i].kind == DEV_OPENCL) def = &devs[i]; /* GPUs come first */
  if (def) fprintf(out, "default: %s:%d (%s)\n", rt_kind_name(def->kind), def->index, def->name);
  else fprintf(out, "default: the reference interpreter (no kernel device found)\n");
  return n;
}

/* ---- opening ---------------------------------------------------------------------- */

Device *rt_device_open(DevKind kind, int index, Diag *d) {
  switch (kind) {
  case DEV_CUDA: return rt_cuda_open(index, d);
  case DEV_OPENCL: return rt_opencl_open(index, d);
  case DEV_REF:
    if (d) diag_plain(d, "the reference backend runs graphs, not kernels: it has no kernel device to open");
    return NULL;
  }
  if (d) diag_plain(d, "unknown device kind %d", (int)kind);
  return NULL;
}

/* Opens a device that is known to exist; a failure becomes a warning and the
 * caller moves on to the next choice. */
static Device *open_or_warn(DevKind kind, int index, Diag *d) {
  char *msg = NULL;
  size_t len = 0;
  FILE *mem = open_memstream(&msg, &len);
  Device *dev = NULL;
  if (mem) {
    Diag quiet;
    diag_init(&quiet, mem);
    dev = rt_device_open(kind, index, &quiet);
    diag_free(&quiet);
    fclose(mem);
  } else {
    dev = rt_device_open(kind, index, NULL);
  }
  if (!dev && d) {
    /* Drop the "llmc: error: " prefix and the final newline of the capture. */
    const char *m = msg ? msg : "";
    const char *p = strstr(m, "error: ");
    if (p) m = p + 7;
    size_t ml = strlen(m);
    while (ml && m[ml - 1] == '\n') ml--;
    diag_warning(d, (Span){0, 0, 0}, "%s device %d was found but could not be opened: %.*s", rt_kind_name(kind),
                 index, (int)ml, m);
  }
  free(msg);
  return dev;
}

Device *rt_device_open_default(Diag *d) {
  DeviceInfo devs[64];
  int n = rt_list_devices(devs, 64);
  for (int i = 0; i < n; i++) {
    if (devs[i].kind != DEV_CUDA) continue;
    Device *dev = open_or_warn(DEV_CUDA, devs[i].index, d);
    if (dev) return dev;
  }
  /* OpenCL GPUs come first in the list, then CPUs and the rest. */
  for (int pass = 0; pass < 2; pass++)
    for (int i = 0; i < n; i++) {
      if (devs[i].kind != DEV_OPENCL || devs[i].is_gpu != (pass == 0)) continue;
      Device *dev = open_or_warn(DEV_OPENCL, devs[i].index, d);
      if (dev) return dev;
    }
  return NULL;
}

void rt_device_close(Device *dev) {
  if (!dev) return;
  free(dev->helper);
  dev->ops->close(dev);
}

void rt_set_build_helper(Device *dev, const char *exe) {
  if (!dev) return;
  free(dev->helper);
  dev->helper = exe && *exe ? xstrdup(exe) : NULL;
}

const DeviceInfo *rt_device_info(const Device *dev) { return dev ? &dev->info : NULL; }

void rt_set_verbose(Device *dev, bool verbose) {
  if (dev) dev->verbose = verbose;
}

void rt_cache_stats(const Device *dev, int *built, int *loaded) {
  if (built) *built = dev ? dev->built : 0;
  if (loaded) *loaded = dev ? dev->loaded : 0;
}

int rt_cache_rejected(const Device *dev) { return dev ? dev->rejected : 0; }

const char *rt_device_last_error(const Device *dev) { return dev ? dev->last_call.text : ""; }

/* ---- memory ----------------------------------------------------------------------- */

DevBuf *rt_alloc(Device *dev, size_t bytes, Diag *d) {
  if (dev->info.max_alloc && bytes > dev->info.max_alloc) {
    if (d)
      diag_plain(d, "cannot allocate %zu bytes on %s: its largest allocation is %llu bytes", bytes, dev->info.name,
                 (unsigned long long)dev->info.max_alloc);
    return NULL;
  }
  DevBuf *b = xcalloc(1, sizeof *b);
  b->size = bytes;
  if (!dev->ops->alloc(dev, b, d)) {
    free(b);
    return NULL;
  }
  dev->mem_now += bytes;
  if (dev->mem_now > dev->mem_peak) dev->mem_peak = dev->mem_now;
  return b;
}

void rt_free(Device *dev, DevBuf *b) {
  if (!b) return;
  if (dev) {
    dev->ops->free(dev, b);
    dev->mem_now -= b->size <= dev->mem_now ? b->size : dev->mem_now;
  }
  free(b);
}

uint64_t rt_device_peak_bytes(const Device *dev) { return dev ? dev->mem_peak : 0; }

static bool in_bounds(Device *dev, DevBuf *b, size_t off, size_t n, const char *what, Diag *d) {
  if (b && off <= b->size && n <= b->size - off) return true;
  if (d) {
    if (!b) diag_plain(d, "%s on %s: no buffer", what, dev->info.name);
    else
      diag_plain(d, "%s of %zu bytes at offset %zu is outside the buffer of %zu bytes", what, n, off, b->size);
  }
  return false;
}

bool rt_write(Device *dev, DevBuf *b, size_t off, const void *src, size_t n, Diag *d) {
  if (!in_bounds(dev, b, off, n, "write", d)) return false;
  return n == 0 || dev->ops->write(dev, b, off, src, n, d);
}

bool rt_read(Device *dev, DevBuf *b, size_t off, void *dst, size_t n, Diag *d) {
  if (!in_bounds(dev, b, off, n, "read", d)) return false;
  return n == 0 || dev->ops->read(dev, b, off, dst, n, d);
}

bool rt_copy(Device *dev, DevBuf *src, size_t soff, DevBuf *dst, size_t doff, size_t n, Diag *d) {
  if (!in_bounds(dev, src, soff, n, "copy", d) || !in_bounds(dev, dst, doff, n, "copy", d)) return false;
  return n == 0 || dev->ops->copy(dev, src, soff, dst, doff, n, d);
}

/* ---- kernels ---------------------------------------------------------------------- */

static void verbose_note(Device *dev, Diag *d, const char *fmt, ...) LLMC_PRINTF(3, 4);
static void verbose_note(Device *dev, Diag *d, const char *fmt, ...) {
  if (!dev->verbose || !d) return;
  va_list ap;
  va_start(ap, fmt);
  diag_vreport(d, DIAG_NOTE, (Span){0, 0, 0}, fmt, ap);
  va_end(ap);
}

/* A kernel's cache entry may hold, instead of a binary, a reference to the
 * pack of kernels that was built with it (rt_build_parallel): the pack's key
 * and its build hash, so that loading the pack checks it as fully as any
 * entry (kc_load). */
static const char PACK_REF[] = "LLMC-PACK-REF 1\n"; /* then the key and the build hash (64 hex digits each), "\n" */
enum { PACK_REF_HEAD = sizeof PACK_REF - 1, PACK_REF_LEN = PACK_REF_HEAD + 128 + 1 };

static void pack_ref_make(const KcKey *pack, uint8_t out[PACK_REF_LEN]) {
  static const char digits[] = "0123456789abcdef";
  memcpy(out, PACK_REF, PACK_REF_HEAD);
  for (int i = 0; i < 32; i++) {
    out[PACK_REF_HEAD + 2 * i] = (uint8_t)digits[pack->b[i] >> 4];
    out[PACK_REF_HEAD + 2 * i + 1] = (uint8_t)digits[pack->b[i] & 15];
    out[PACK_REF_HEAD + 64 + 2 * i] = (uint8_t)digits[pack->build[i] >> 4];
    out[PACK_REF_HEAD + 64 + 2 * i + 1] = (uint8_t)digits[pack->build[i] & 15];
  }
  out[PACK_REF_LEN - 1] = '\n';
}

static int hexval(uint8_t c) { return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1; }

/* The pack a kernel entry's payload refers to; false when it is a binary. */
static bool pack_ref_parse(const uint8_t *p, size_t n, KcKey *pack) {
  if (n != PACK_REF_LEN || memcmp(p, PACK_REF, PACK_REF_HEAD) != 0 || p[n - 1] != '\n') return false;
  for (int i = 0; i < 64; i++) {
    int hi = hexval(p[PACK_REF_HEAD + 2 * i]), lo = hexval(p[PACK_REF_HEAD + 2 * i + 1]);
    if (hi < 0 || lo < 0) return false;
    if (i < 32) pack->b[i] = (uint8_t)(hi << 4 | lo);
    else pack->build[i - 32] = (uint8_t)(hi << 4 | lo);
  }
  memcpy(pack->hex, p + PACK_REF_HEAD, 64);
  pack->hex[64] = '\0';
  return true;
}

/* When *bin is a reference to a pack, replaces it by the pack's binary.
 * False when the pack is gone or damaged (the reference is stale). */
static bool resolve_pack(const char *dir, uint8_t **bin, size_t *n) {
  KcKey pk;
  if (!pack_ref_parse(*bin, *n, &pk)) return true;
  free(*bin);
  *bin = NULL;
  *n = 0;
  return kc_load(dir, &pk, bin, n, NULL) == KC_HIT;
}

DevKernel *rt_build(Device *dev, const char *source, const char *entry, bool *from_cache, Diag *d) {
  bool ignored;
  if (!from_cache) from_cache = &ignored;
  *from_cache = false;
  if (!source || !entry || !*entry) {
    if (d) diag_plain(d, "rt_build: %s", !source ? "no kernel source" : "no kernel entry name");
    return NULL;
  }
  KcKey key;
  kc_key(&key, dev->ops->name, dev->info.name, dev->key_driver, dev->options, source);
  char *why = NULL;
  char *dir = kc_dir(&why);
  if (!dir) verbose_note(dev, d, "kernel cache disabled: %s", why);
  free(why);
  why = NULL;
  if (dir) {
    uint8_t *bin = NULL;
    size_t n = 0;
    KcStatus st = kc_load(dir, &key, &bin, &n, &why);
    if (st == KC_HIT && !resolve_pack(dir, &bin, &n)) {
      kc_remove(dir, &key);
      st = KC_CORRUPT;
      why = xstrdup("it refers to a pack of kernels that is missing or damaged");
    }
    if (st == KC_HIT) {
      bool bad = false;
      DevKernel *k = NULL;
      dev->ops->load(dev, bin, n, &entry, 1, &k, &bad, d);
      free(bin);
      if (k || !bad) {
        if (k) {
          dev->loaded++;
          *from_cache = true;
        }
        free(dir);
        return k;
      }
      kc_remove(dir, &key);
      st = KC_CORRUPT;
      why = xasprintf("the driver rejected the cached binary (%s)", dev->last_call.text);
    }
    if (st == KC_CORRUPT) {
      dev->rejected++;
      verbose_note(dev, d, "kernel cache: the entry %s/%s.bin for kernel '%s' is corrupt (%s); deleted and rebuilt",
                   dir, key.hex, entry, why);
    }
    free(why);
    why = NULL;
  }
  uint8_t *bin = NULL;
  size_t n = 0;
  DevKernel *k = NULL;
  dev->ops->compile(dev, source, &entry, 1, &k, &bin, &n, d);
  if (k) {
    dev->built++;
    if (dir && bin && !kc_store(dir, &key, bin, n, &why))
      verbose_note(dev, d, "kernel cache: kernel '%s' was not saved: %s", entry, why);
  }
  free(why);
  free(bin);
  free(dir);
  return k;
}

/* Builds the kernels of a batch one by one (when they did not build together),
 * so that a failure names its kernel. */
static bool build_each(Device *dev, const char *const *sources, const char *const *entries, int n, DevKernel **out,
                       int *nbuilt, int *nloaded, Diag *d) {
  for (int i = 0; i < n; i++) {
    bool cached = false;
    out[i] = rt_build(dev, sources[i], entries[i], &cached, d);
    if (!out[i]) {
      for (int j = 0; j < i; j++) {
        rt_kernel_free(dev, out[j]);
        out[j] = NULL;
      }
      *nbuilt = *nloaded = 0;
      return false;
    }
    if (cached) (*nloaded)++;
    else (*nbuilt)++;
  }
  return true;
}

bool rt_build_many(Device *dev, const char *const *sources, const char *const *entries, int n, DevKernel **out,
                   int *nbuilt, int *nloaded, Diag *d) {
  int ignored_built, ignored_loaded;
  if (!nbuilt) nbuilt = &ignored_built;
  if (!nloaded) nloaded = &ignored_loaded;
  *nbuilt = *nloaded = 0;
  if (n <= 0) return true;
  for (int i = 0; i < n; i++) out[i] = NULL;
  for (int i = 0; i < n; i++)
    if (!sources[i] || !entries[i] || !*entries[i]) {
      if (d) diag_plain(d, "rt_build_many: kernel %d has %s", i, !sources[i] ? "no source" : "no entry name");
      return false;
    }
  if (n == 1) return build_each(dev, sources, entries, 1, out, nbuilt, nloaded, d);

  StrBuf all = {0};
  for (int i = 0; i < n; i++) {
    sb_puts(&all, sources[i]);
    sb_puts(&all, "\n");
  }
  const char *source = sb_cstr(&all);
  KcKey key;
  kc_key(&key, dev->ops->name, dev->info.name, dev->key_driver, dev->options, source);
  char *why = NULL;
  char *dir = kc_dir(&why);
  if (!dir) verbose_note(dev, d, "kernel cache disabled: %s", why);
  free(why);
  why = NULL;
  bool ok = false;
  if (dir) {
    uint8_t *bin = NULL;
    size_t nbin = 0;
    KcStatus st = kc_load(dir, &key, &bin, &nbin, &why);
    if (st == KC_HIT) {
      bool bad = false;
      /* Any failure here means "build it": the entry holds exactly this source. */
      ok = dev->ops->load(dev, bin, nbin, entries, n, out, &bad, NULL);
      free(bin);
      if (ok) {
        dev->loaded += n;
        *nloaded = n;
      } else {
        kc_remove(dir, &key);
        st = KC_CORRUPT;
        why = xasprintf("the driver rejected the cached binary (%s)", dev->last_call.text);
      }
    }
    if (st == KC_CORRUPT) {
      dev->rejected++;
      verbose_note(dev, d,
                   "kernel cache: the entry %s/%s.bin for a batch of %d kernels ('%s', ...) is corrupt (%s); deleted "
                   "and rebuilt",
                   dir, key.hex, n, entries[0], why);
    }
    free(why);
    why = NULL;
  }
  if (!ok) {
    uint8_t *bin = NULL;
    size_t nbin = 0;
    /* Quietly: a failure is reported by building each kernel alone. */
    ok = dev->ops->compile(dev, source, entries, n, out, &bin, &nbin, NULL);
    if (ok) {
      dev->built += n;
      *nbuilt = n;
      if (dir && bin && !kc_store(dir, &key, bin, nbin, &why))
        verbose_note(dev, d, "kernel cache: a batch of %d kernels ('%s', ...) was not saved: %s", n, entries[0], why);
    } else {
      verbose_note(dev, d, "the %d kernels did not build as one program (%s); building them one by one", n,
                   *dev->last_call.text ? dev->last_call.text : "no reason given");
      ok = build_each(dev, sources, entries, n, out, nbuilt, nloaded, d);
    }
    free(bin);
  }
  free(why);
  free(dir);
  sb_free(&all);
  return ok;
}

/* ---- building in parallel, in packs ------------------------------------------------ */

/* A pack is one program holding several unique kernels, built with one
 * compiler run: PoCL parses its OpenCL C headers (tens of thousands of builtin
 * declarations) once per program, which cost about 0.1 s of CPU per kernel when
 * each kernel was a program of its own. The pack's binary is cached under the
 * key of its whole source; each kernel's own entry (keyed by its canonical
 * source, as before) then holds a reference to the pack, so a later graph that
 * shares a kernel finds it, and a warm start loads a few packs instead of one
 * program per kernel. */

/* The source of a pack: its kernels' sources one after the other (each
 * carries the guarded prelude, so they concatenate). */
static char *pack_source(const char *const *sources, const int *members, int n) {
  StrBuf b = {0};
  for (int i = 0; i < n; i++) {
    sb_puts(&b, sources[members[i]]);
    sb_puts(&b, "\n");
  }
  char *s = xstrdup(sb_cstr(&b));
  sb_free(&b);
  return s;
}

typedef struct Pack {
  int *members; /* kernel indices */
  int n;
  size_t bytes; /* source bytes, to balance the packs */
  char *source;
  uint8_t *bin; /* built: the program binary, or NULL */
  size_t nbin;
} Pack;

typedef struct Prebuild {
  Device *dev;
  const char *const *entries;
  const RtWarmup *warm;
  Pack *packs;
  int npacks, next;
  pthread_mutex_t lock;
} Prebuild;

static void *prebuild_worker(void *arg) {
  Prebuild *pb = arg;
  void *worker = NULL; /* this thread's backend state (OpenCL: its context), reused for all its builds */
  for (;;) {
    pthread_mutex_lock(&pb->lock);
    int t = pb->next < pb->npacks ? pb->next++ : -1;
    pthread_mutex_unlock(&pb->lock);
    if (t < 0) break;
    Pack *k = &pb->packs[t];
    const char **names = xmalloc(sizeof(char *) * (size_t)k->n);
    const RtWarmup **warm = xcalloc((size_t)k->n, sizeof *warm);
    for (int i = 0; i < k->n; i++) {
      names[i] = pb->entries[k->members[i]];
      if (pb->warm) warm[i] = &pb->warm[k->members[i]];
    }
    if (!pb->dev->ops->prebuild(pb->dev, &worker, k->source, names, warm, k->n, &k->bin, &k->nbin)) {
      free(k->bin);
      k->bin = NULL;
    }
    free(names);
    free(warm);
  }
  if (pb->dev->ops->prebuild_end) pb->dev->ops->prebuild_end(pb->dev, worker);
  return NULL;
}

static int cores(void) {
  long c = sysconf(_SC_NPROCESSORS_ONLN);
  return c < 1 ? 1 : c > 64 ? 64 : (int)c;
}

/* Builds the packs on one thread per core (at most one per pack). */
static void prebuild_all(Prebuild *pb) {
  int nt = cores() < pb->npacks ? cores() : pb->npacks;
  pthread_t th[64];
  int started = 0;
  pthread_mutex_init(&pb->lock, NULL);
  for (int i = 0; i < nt; i++)
    if (pthread_create(&th[i], NULL, prebuild_worker, pb) == 0) started++;
  if (started == 0) prebuild_worker(pb); /* no threads: this one does it all */
  for (int i = 0; i < started; i++) pthread_join(th[i], NULL);
  pthread_mutex_destroy(&pb->lock);
}

/* Splits the kernels todo[0..ntodo) into packs, one per core, of about equal
 * source size (the longest first, each into the smallest pack so far). */
static int make_packs(const char *const *sources, const int *todo, int ntodo, Pack **out) {
  int np = cores() < ntodo ? cores() : ntodo;
  Pack *packs = xcalloc((size_t)(np ? np : 1), sizeof *packs);
  int *order = xmalloc(sizeof(int) * (size_t)(ntodo ? ntodo : 1));
  size_t *len = xmalloc(sizeof(size_t) * (size_t)(ntodo ? ntodo : 1));
  for (int i = 0; i < ntodo; i++) {
    order[i] = todo[i];
    len[i] = strlen(sources[todo[i]]);
  }
  for (int i = 1; i < ntodo; i++) /* insertion sort, longest first */
    for (int j = i; j > 0 && len[j] > len[j - 1]; j--) {
      int t = order[j];
      order[j] = order[j - 1];
      order[j - 1] = t;
      size_t l = len[j];
      len[j] = len[j - 1];
      len[j - 1] = l;
    }
  for (int i = 0; i < np; i++) packs[i].members = xmalloc(sizeof(int) * (size_t)ntodo);
  for (int i = 0; i < ntodo; i++) {
    Pack *least = &packs[0];
    for (int q = 1; q < np; q++)
      if (packs[q].bytes < least->bytes) least = &packs[q];
    least->members[least->n++] = order[i];
    least->bytes += len[i];
  }
  /* members in kernel order, so that a pack's source (and key) does not
   * depend on the ties above */
  for (int q = 0; q < np; q++)
    for (int i = 1; i < packs[q].n; i++)
      for (int j = i; j > 0 && packs[q].members[j] < packs[q].members[j - 1]; j--) {
        int t = packs[q].members[j];
        packs[q].members[j] = packs[q].members[j - 1];
        packs[q].members[j - 1] = t;
      }
  for (int q = 0; q < np; q++) packs[q].source = pack_source(sources, packs[q].members, packs[q].n);
  free(order);
  free(len);
  *out = packs;
  return np;
}

/* ---- helper processes ---- */

typedef struct Helper {
  pid_t pid;
  char *src, *bin; /* the pack's source file, the binary the helper writes */
} Helper;

static bool write_file(const char *path, const void *p, size_t n) {
  int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  if (fd < 0) return false;
  const uint8_t *b = p;
  while (n) {
    ssize_t w = write(fd, b, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) break;
    b += w, n -= (size_t)w;
  }
  return close(fd) == 0 && n == 0;
}

static uint8_t *read_file(const char *path, size_t *n) {
  *n = 0;
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 1 << 16, len = 0, r;
  uint8_t *b = xmalloc(cap);
  while ((r = fread(b + len, 1, cap - len, f)) > 0)
    if ((len += r) == cap) b = xrealloc(b, cap *= 2);
  bool err = ferror(f) != 0;
  fclose(f);
  if (err || len == 0) {
    free(b);
    return NULL;
  }
  *n = len;
  return b;
}

/* Starts a helper process on pack k (files in the cache folder `dir`). */
static bool helper_start(Device *dev, const char *dir, const Pack *k, int q, Helper *h) {
  h->src = xasprintf("%s/pack.%ld.%d.cl", dir, (long)getpid(), q);
  h->bin = xasprintf("%s/pack.%ld.%d.out", dir, (long)getpid(), q);
  char index[16];
  snprintf(index, sizeof index, "%d", dev->info.index);
  char *argv[] = {dev->helper, "__build-pack", index, h->src, h->bin, NULL};
  unlink(h->bin);
  if (!write_file(h->src, k->source, strlen(k->source)) ||
      posix_spawn(&h->pid, dev->helper, NULL, NULL, argv, environ) != 0) {
    unlink(h->src);
    free(h->src);
    free(h->bin);
    *h = (Helper){0};
    return false;
  }
  return true;
}

/* Waits for helper h and takes the binary it wrote for pack k (none when it
 * failed: its kernels are then built one by one). */
static void helper_finish(Helper *h, Pack *k) {
  int st = 0;
  while (waitpid(h->pid, &st, 0) < 0 && errno == EINTR) {
  }
  if (WIFEXITED(st) && WEXITSTATUS(st) == 0) k->bin = read_file(h->bin, &k->nbin);
  unlink(h->src);
  unlink(h->bin);
  free(h->src);
  free(h->bin);
}

int rt_build_pack_main(int argc, char **argv) {
  if (argc != 3) {
    fprintf(stderr, "llmc __build-pack: expects DEVICE SOURCE BINARY (an internal command of rt_build_parallel)\n");
    return 2;
  }
  size_t n = 0;
  uint8_t *src = read_file(argv[1], &n);
  if (!src) return 1;
  char *source = xmalloc(n + 1);
  memcpy(source, src, n);
  source[n] = '\0';
  free(src);
  Device *dev = rt_device_open(DEV_OPENCL, atoi(argv[0]), NULL);
  uint8_t *bin = NULL;
  size_t nbin = 0;
  void *worker = NULL;
  bool ok = dev && dev->ops->prebuild && dev->ops->prebuild(dev, &worker, source, NULL, NULL, 0, &bin, &nbin);
  if (dev && dev->ops->prebuild_end) dev->ops->prebuild_end(dev, worker);
  ok = ok && write_file(argv[2], bin, nbin);
  free(bin);
  free(source);
  rt_device_close(dev);
  return ok ? 0 : 1;
}

/* Loads the kernels members[0..n) from one program binary; out[] gets them
 * (NULLs on failure, reported to nobody: the caller builds them again). */
static bool load_members(Device *dev, const uint8_t *bin, size_t nbin, const char *const *entries,
                         const int *members, int n, DevKernel **out) {
  const char **names = xmalloc(sizeof(char *) * (size_t)n);
  DevKernel **ks = xcalloc((size_t)n, sizeof *ks);
  for (int i = 0; i < n; i++) names[i] = entries[members[i]];
  bool bad = false;
  bool ok = dev->ops->load(dev, bin, nbin, names, n, ks, &bad, NULL);
  for (int i = 0; i < n; i++) out[members[i]] = ok ? ks[i] : NULL;
  free(names);
  free(ks);
  return ok;
}

bool rt_build_parallel(Device *dev, const char *const *sources, const char *const *entries, const RtWarmup *warm,
                       int n, DevKernel **out, int *nbuilt, int *nloaded, Diag *d) {
  int ignored_built, ignored_loaded;
  if (!nbuilt) nbuilt = &ignored_built;
  if (!nloaded) nloaded = &ignored_loaded;
  *nbuilt = *nloaded = 0;
  if (n <= 0) return true;
  for (int i = 0; i < n; i++) out[i] = NULL;
  for (int i = 0; i < n; i++)
    if (!sources[i] || !entries[i] || !*entries[i]) {
      if (d) diag_plain(d, "rt_build_parallel: kernel %d has %s", i, !sources[i] ? "no source" : "no entry name");
      return false;
    }
  char *why = NULL;
  char *dir = kc_dir(&why);
  if (!dir) verbose_note(dev, d, "kernel cache disabled: %s", why);
  free(why);
  KcKey *keys = xmalloc(sizeof(KcKey) * (size_t)n);
  for (int i = 0; i < n; i++)
    kc_key(&keys[i], dev->ops->name, dev->info.name, dev->key_driver, dev->options, sources[i]);

  /* 1. the cache: kernels that refer to a pack, grouped by pack */
  int *todo = xcalloc((size_t)n, sizeof(int)), ntodo = 0;
  KcKey *ref = xcalloc((size_t)n, sizeof *ref); /* per kernel: its pack (hex "" when none) */
  for (int i = 0; i < n; i++) {
    uint8_t *p = NULL;
    size_t np = 0;
    KcStatus st = dir ? kc_load(dir, &keys[i], &p, &np, NULL) : KC_MISS;
    /* a single-kernel entry (rt_build's) is left to rt_build, below */
    if (st == KC_HIT) pack_ref_parse(p, np, &ref[i]);
    else todo[ntodo++] = i;
    free(p);
  }
  bool ok = true;
  for (int i = 0; i < n; i++) {
    if (!ref[i].hex[0] || out[i]) continue;
    int *members = xmalloc(sizeof(int) * (size_t)n), nm = 0;
    for (int j = i; j < n; j++)
      if (!strcmp(ref[j].hex, ref[i].hex)) members[nm++] = j;
    uint8_t *bin = NULL;
    size_t nbin = 0;
    KcKey pk = ref[i];
    bool loaded = kc_load(dir, &pk, &bin, &nbin, NULL) == KC_HIT &&
                  load_members(dev, bin, nbin, entries, members, nm, out);
    free(bin);
    for (int m = 0; m < nm; m++) {
      int j = members[m];
      ref[j].hex[0] = '\0';
      if (loaded) {
        dev->loaded++;
        (*nloaded)++;
      } else { /* a stale reference: build it again */
        dev->rejected++;
        kc_remove(dir, &keys[j]);
        todo[ntodo++] = j;
      }
    }
    if (!loaded) {
      kc_remove(dir, &pk);
      verbose_note(dev, d, "kernel cache: the pack %s of %d kernels ('%s', ...) is missing or was rejected; rebuilt",
                   pk.hex, nm, entries[members[0]]);
    }
    free(members);
  }

  /* 2. the missing kernels, in packs built on all cores */
  Pack *packs = NULL;
  int npacks = 0;
  if (ntodo > 0 && dev->ops->prebuild) {
    npacks = make_packs(sources, todo, ntodo, &packs);
    /* packs 1.. in helper processes where code generation is serial per
     * process; pack 0 (and any a helper could not take) here */
    Helper *hs = xcalloc((size_t)npacks, sizeof *hs);
    int local = npacks;
    if (npacks > 1 && dev->serial_codegen && dev->helper && dir) {
      local = 1;
      for (int q = 1; q < npacks; q++)
        if (!helper_start(dev, dir, &packs[q], q, &hs[q])) {
          Pack t = packs[local]; /* build it here: move it among the local packs */
          packs[local] = packs[q];
          packs[q] = t;
          Helper th = hs[local];
          hs[local] = hs[q];
          hs[q] = th;
          local++;
        }
    }
    Prebuild pb = {.dev = dev, .entries = entries, .warm = warm, .packs = packs, .npacks = local};
    prebuild_all(&pb);
    for (int q = local; q < npacks; q++) helper_finish(&hs[q], &packs[q]);
    free(hs);
    for (int q = 0; q < npacks; q++) {
      Pack *k = &packs[q];
      if (!k->bin || !load_members(dev, k->bin, k->nbin, entries, k->members, k->n, out)) continue;
      dev->built += k->n;
      *nbuilt += k->n;
      if (!dir) continue;
      KcKey pk;
      kc_key(&pk, dev->ops->name, dev->info.name, dev->key_driver, dev->options, k->source);
      uint8_t refp[PACK_REF_LEN];
      pack_ref_make(&pk, refp);
      bool saved = kc_store(dir, &pk, k->bin, k->nbin, &why);
      for (int m = 0; m < k->n && saved; m++) {
        free(why);
        why = NULL;
        saved = kc_store(dir, &keys[k->members[m]], refp, sizeof refp, &why);
      }
      if (!saved) verbose_note(dev, d, "kernel cache: a pack of %d kernels was not saved: %s", k->n, why);
      free(why);
      why = NULL;
    }
  }

  /* 3. the rest one by one: single-kernel entries, a pack that did not build
   * (a failure then names its kernel), a backend that builds in series */
  for (int i = 0; i < n && ok; i++) {
    if (out[i]) continue;
    bool cached = false;
    out[i] = rt_build(dev, sources[i], entries[i], &cached, d);
    ok = out[i] != NULL;
    if (ok && cached) (*nloaded)++;
    else if (ok) (*nbuilt)++;
  }
  if (!ok)
    for (int i = 0; i < n; i++) {
      rt_kernel_free(dev, out[i]);
      out[i] = NULL;
    }
  for (int q = 0; q < npacks; q++) {
    free(packs[q].members);
    free(packs[q].source);
    free(packs[q].bin);
  }
  free(packs);
  free(ref);
  free(todo);
  free(keys);
  free(dir);
  return ok;
}

/* ---- NVRTC without a device ------------------------------------------------------- */

typedef struct NvJob {
  const char *const *entries;
  const char *arch;
  Pack *packs;
  int npacks, next;
  pthread_mutex_t lock;
  bool *ok;
  char **log;
} NvJob;

static void *nvrtc_worker(void *arg) {
  NvJob *j = arg;
  for (;;) {
    pthread_mutex_lock(&j->lock);
    int t = j->next < j->npacks ? j->next++ : -1;
    pthread_mutex_unlock(&j->lock);
    if (t < 0) return NULL;
    Pack *k = &j->packs[t];
    char name[96], *ptx = NULL;
    snprintf(name, sizeof name, "%.64s%s.cu", j->entries[k->members[0]], k->n > 1 ? "-pack" : "");
    j->ok[t] = rt_nvrtc_compile(k->source, name, j->arch, &ptx, &j->log[t]);
    k->nbin = ptx ? strlen(ptx) : 0;
    free(ptx);
  }
}

bool rt_nvrtc_compile_all(const char *const *sources, const char *const *entries, int n, const char *arch,
                          int *programs, size_t *ptx_bytes, Diag *d) {
  if (programs) *programs = 0;
  if (ptx_bytes) *ptx_bytes = 0;
  if (n <= 0) return true;
  int *all = xmalloc(sizeof(int) * (size_t)n);
  for (int i = 0; i < n; i++) all[i] = i;
  Pack *packs = NULL;
  int np = make_packs(sources, all, n, &packs);
  NvJob j = {.entries = entries, .arch = arch, .packs = packs, .npacks = np};
  j.ok = xcalloc((size_t)np, sizeof(bool));
  j.log = xcalloc((size_t)np, sizeof(char *));
  pthread_mutex_init(&j.lock, NULL);
  pthread_t th[64];
  int started = 0;
  for (int i = 0; i < np; i++)
    if (pthread_create(&th[i], NULL, nvrtc_worker, &j) == 0) started++;
  if (started == 0) nvrtc_worker(&j);
  for (int i = 0; i < started; i++) pthread_join(th[i], NULL);
  pthread_mutex_destroy(&j.lock);
  bool ok = true;
  for (int q = 0; q < np; q++) {
    if (ptx_bytes) *ptx_bytes += packs[q].nbin;
    if (j.ok[q]) continue;
    /* find the kernel that does not compile, and show its log */
    for (int m = 0; m < packs[q].n && ok; m++) {
      int i = packs[q].members[m];
      char *ptx = NULL, *log = NULL, name[80];
      snprintf(name, sizeof name, "%.64s.cu", entries[i]);
      if (!rt_nvrtc_compile(sources[i], name, arch, &ptx, &log)) {
        ok = false;
        if (d) diag_plain(d, "kernel '%s' failed to compile with NVRTC (%s):\n%s", entries[i], arch, log ? log : "");
      }
      free(ptx);
      free(log);
    }
    if (ok) { /* no kernel fails alone: the pack's own log */
      ok = false;
      if (d) diag_plain(d, "a pack of %d kernels failed to compile with NVRTC (%s):\n%s", packs[q].n, arch, j.log[q] ? j.log[q] : "");
    }
  }
  if (programs) *programs = np;
  for (int q = 0; q < np; q++) {
    free(packs[q].members);
    free(packs[q].source);
    free(j.log[q]);
  }
  free(packs);
  free(j.ok);
  free(j.log);
  free(all);
  return ok;
}

void rt_kernel_free(Device *dev, DevKernel *k) {
  if (!k) return;
  if (dev) dev->ops->kernel_free(dev, k);
  dev_kernel_delete(k);
}

int rt_kernel_max_local(Device *dev, DevKernel *k) { return k ? k->max_local : 0; }

bool rt_launch(Device *dev, DevKernel *k, const DevArg *args, int nargs, size_t items, int local, Diag *d) {
  if (!k) {
    if (d) diag_plain(d, "launch on %s: no kernel", dev->info.name);
    return false;
  }
  if (k->nargs >= 0 && nargs != k->nargs) {
    if (d) diag_plain(d, "kernel '%s' takes %d arguments; the launch gives %d", k->entry, k->nargs, nargs);
    return false;
  }
  for (int i = 0; i < nargs; i++) {
    const DevArg *a = &args[i];
    if (!a->buf) continue;
    if (a->offset > a->buf->size) {
      if (d)
        diag_plain(d, "kernel '%s', argument %d: offset %zu is past the end of its buffer of %zu bytes", k->entry, i,
                   a->offset, a->buf->size);
      return false;
    }
    if (a->offset && dev->info.align > 1 && a->offset % (size_t)dev->info.align) {
      if (d)
        diag_plain(d, "kernel '%s', argument %d: offset %zu is not a multiple of %s's buffer alignment (%d bytes)",
                   k->entry, i, a->offset, dev->info.name, dev->info.align);
      return false;
    }
  }
  return dev->ops->launch(dev, k, args, nargs, items, local, d);
}

bool rt_sync(Device *dev, Diag *d) { return dev->ops->sync(dev, d); }

double rt_last_launch_seconds(Device *dev) { return dev ? dev->ops->last_seconds(dev) : 0.0; }
