/* device.c — the device interface: dispatch to the backend of each device,
 * the default-device choice, the device list, and rt_build's use of the
 * on-disk kernel cache (kcache.c), which is the same for every backend. */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <string.h>
#include <unistd.h>

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
  if (dev) dev->ops->close(dev);
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
  return b;
}

void rt_free(Device *dev, DevBuf *b) {
  if (!b) return;
  if (dev) dev->ops->free(dev, b);
  free(b);
}

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

/* ---- building in parallel ---------------------------------------------------------- */

typedef struct Prebuild {
  Device *dev;
  const char *const *sources, *const *entries;
  const RtWarmup *warm;
  const int *todo; /* kernel indices to compile */
  int ntodo, next;
  pthread_mutex_t lock;
  uint8_t **bin;   /* per kernel: the binary compiled, or NULL */
  size_t *nbin;
} Prebuild;

static void *prebuild_worker(void *arg) {
  Prebuild *pb = arg;
  void *worker = NULL; /* this thread's backend state (OpenCL: its context), reused for all its builds */
  for (;;) {
    pthread_mutex_lock(&pb->lock);
    int t = pb->next < pb->ntodo ? pb->todo[pb->next++] : -1;
    pthread_mutex_unlock(&pb->lock);
    if (t < 0) break;
    if (!pb->dev->ops->prebuild(pb->dev, &worker, pb->sources[t], pb->entries[t], pb->warm ? &pb->warm[t] : NULL,
                                &pb->bin[t], &pb->nbin[t])) {
      free(pb->bin[t]);
      pb->bin[t] = NULL;
    }
  }
  if (pb->dev->ops->prebuild_end) pb->dev->ops->prebuild_end(pb->dev, worker);
  return NULL;
}

/* Compiles the kernels in todo on one thread per core; their binaries go to
 * bin[] / nbin[]. */
static void prebuild_all(Prebuild *pb) {
  long cores = sysconf(_SC_NPROCESSORS_ONLN);
  int nt = cores < 1 ? 1 : cores > 64 ? 64 : (int)cores;
  if (nt > pb->ntodo) nt = pb->ntodo;
  pthread_t th[64];
  int started = 0;
  pthread_mutex_init(&pb->lock, NULL);
  for (int i = 0; i < nt; i++)
    if (pthread_create(&th[i], NULL, prebuild_worker, pb) == 0) started++;
  if (started == 0) prebuild_worker(pb); /* no threads: this one does it all */
  for (int i = 0; i < started; i++) pthread_join(th[i], NULL);
  pthread_mutex_destroy(&pb->lock);
}

/* Kernel i from the binary compiled for it, cached for next time; NULL when
 * the driver does not take it back (the caller builds it from source). */
static DevKernel *load_prebuilt(Device *dev, const char *dir, const char *source, const char *entry,
                                const uint8_t *bin, size_t nbin, Diag *d) {
  DevKernel *k = NULL;
  bool bad = false;
  if (!dev->ops->load(dev, bin, nbin, &entry, 1, &k, &bad, NULL)) return NULL;
  KcKey key;
  kc_key(&key, dev->ops->name, dev->info.name, dev->key_driver, dev->options, source);
  char *why = NULL;
  if (dir && !kc_store(dir, &key, bin, nbin, &why))
    verbose_note(dev, d, "kernel cache: kernel '%s' was not saved: %s", entry, why);
  free(why);
  return k;
}

bool rt_build_parallel(Device *dev, const char *const *sources, const char *const *entries, const RtWarmup *warm,
                       int n, DevKernel **out, int *nbuilt, int *nloaded, Diag *d) {
  int ignored_built, ignored_loaded;
  if (!nbuilt) nbuilt = &ignored_built;
  if (!nloaded) nloaded = &ignored_loaded;
  *nbuilt = *nloaded = 0;
  if (n <= 0) return true;
  for (int i = 0; i < n; i++) out[i] = NULL;
  char *why = NULL;
  char *dir = kc_dir(&why);
  if (!dir) verbose_note(dev, d, "kernel cache disabled: %s", why);
  free(why);
  Prebuild pb = {.dev = dev, .sources = sources, .entries = entries, .warm = warm};
  int *todo = xcalloc((size_t)n, sizeof(int));
  pb.bin = xcalloc((size_t)n, sizeof(uint8_t *));
  pb.nbin = xcalloc((size_t)n, sizeof(size_t));
  for (int i = 0; i < n && dev->ops->prebuild; i++) {
    if (!sources[i] || !entries[i]) continue;
    KcKey key;
    kc_key(&key, dev->ops->name, dev->info.name, dev->key_driver, dev->options, sources[i]);
    char *path = dir ? kc_entry_path(dir, &key) : NULL;
    if (!path || access(path, R_OK) != 0) todo[pb.ntodo++] = i; /* not cached: compile it now */
    free(path);
  }
  /* the longest sources first, so that no long build is left alone at the end */
  for (int i = 1; i < pb.ntodo; i++)
    for (int j = i; j > 0 && strlen(sources[todo[j]]) > strlen(sources[todo[j - 1]]); j--) {
      int t = todo[j];
      todo[j] = todo[j - 1];
      todo[j - 1] = t;
    }
  pb.todo = todo;
  if (pb.ntodo > 0) prebuild_all(&pb);
  bool ok = true;
  for (int i = 0; i < n && ok; i++) {
    bool cached = false;
    if (pb.bin[i]) out[i] = load_prebuilt(dev, dir, sources[i], entries[i], pb.bin[i], pb.nbin[i], d);
    if (out[i]) {
      dev->built++;
      (*nbuilt)++;
      continue;
    }
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
  for (int i = 0; i < n; i++) free(pb.bin[i]);
  free(pb.bin);
  free(pb.nbin);
  free(todo);
  free(dir);
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
