/* replay.c — runs saved fuzz inputs through LLVMFuzzerTestOneInput without
 * libFuzzer, so every build (plain, ASan/UBSan, gcc or clang) can re-check the
 * corpus and the crashes found so far. Linked with one target's fuzz_NAME.c
 * (fuzz/targets.cmake); the test trees build llmc_fuzz_replay_NAME for each.
 *
 *   llmc_fuzz_replay_NAME [-v] PATH...    PATH: a file, or a folder (read recursively)
 *
 * Exit status 0 when every input ran; a crash or a sanitizer report ends the
 * process, and the input being run is named on stderr first. */
#define _XOPEN_SOURCE 700
#include <dirent.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Provided by the sanitizer runtimes; NULL in a plain build. */
void __sanitizer_set_death_callback(void (*callback)(void)) __attribute__((weak));

static char current[4096]; /* the input being run, for crash reports */
static int verbose, nrun, nfailed_read;

static void say_current(void) {
  if (!current[0]) return;
  static const char pre[] = "llmc_fuzz_replay: crashed on input: ";
  ssize_t r = write(2, pre, sizeof pre - 1);
  r = write(2, current, strlen(current));
  r = write(2, "\n", 1);
  (void)r;
}

static void on_signal(int sig) {
  say_current();
  signal(sig, SIG_DFL);
  raise(sig);
}

static unsigned char *read_all(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 4096, n = 0;
  unsigned char *buf = malloc(cap);
  size_t got;
  while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
    n += got;
    if (n == cap) {
      unsigned char *nb = realloc(buf, cap *= 2);
      if (!nb) { free(buf); buf = NULL; }
      else buf = nb;
    }
  }
  fclose(f);
  *len = n;
  return buf;
}

static void run_file(const char *path) {
  size_t len = 0;
  unsigned char *data = read_all(path, &len);
  if (!data) {
    fprintf(stderr, "llmc_fuzz_replay: cannot read %s\n", path);
    nfailed_read++;
    return;
  }
  snprintf(current, sizeof current, "%s", path);
  if (verbose) fprintf(stderr, "%s (%zu bytes)\n", path, len);
  /* Exactly the bytes of the file, in a buffer of exactly that size, as
   * libFuzzer passes them, so an overread is caught by ASan. */
  unsigned char *exact = malloc(len ? len : 1);
  if (len) memcpy(exact, data, len);
  LLVMFuzzerTestOneInput(exact, len);
  free(exact);
  free(data);
  current[0] = 0;
  nrun++;
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static void run_path(const char *path) {
  struct stat st;
  if (stat(path, &st) != 0) {
    fprintf(stderr, "llmc_fuzz_replay: cannot read %s\n", path);
    nfailed_read++;
    return;
  }
  if (!S_ISDIR(st.st_mode)) {
    run_file(path);
    return;
  }
  DIR *dir = opendir(path);
  if (!dir) {
    fprintf(stderr, "llmc_fuzz_replay: cannot open folder %s\n", path);
    nfailed_read++;
    return;
  }
  /* Sorted, so runs are reproducible. */
  char **names = NULL;
  size_t n = 0, cap = 0;
  struct dirent *e;
  while ((e = readdir(dir))) {
    if (e->d_name[0] == '.') continue; /* ., .., hidden files */
    if (n == cap) names = realloc(names, (cap = cap ? cap * 2 : 64) * sizeof *names);
    size_t l = strlen(path) + strlen(e->d_name) + 2;
    names[n] = malloc(l);
    snprintf(names[n], l, "%s/%s", path, e->d_name);
    n++;
  }
  closedir(dir);
  if (n) qsort(names, n, sizeof *names, cmp_str);
  for (size_t i = 0; i < n; i++) {
    run_path(names[i]);
    free(names[i]);
  }
  free(names);
}

int main(int argc, char **argv) {
  if (__sanitizer_set_death_callback) __sanitizer_set_death_callback(say_current);
  signal(SIGABRT, on_signal);
  signal(SIGSEGV, on_signal);
  signal(SIGBUS, on_signal);
  signal(SIGFPE, on_signal);
  signal(SIGILL, on_signal);
  int npaths = 0;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "-v")) { verbose = 1; continue; }
    if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
      printf("usage: %s [-v] FILE-OR-FOLDER...\n", argv[0]);
      return 0;
    }
    run_path(argv[i]);
    npaths++;
  }
  if (!npaths) {
    fprintf(stderr, "usage: %s [-v] FILE-OR-FOLDER...\n", argv[0]);
    return 2;
  }
  printf("llmc_fuzz_replay: %d inputs ran\n", nrun);
  if (nfailed_read) return 1;
  if (!nrun) {
    fprintf(stderr, "llmc_fuzz_replay: no inputs found\n");
    return 1;
  }
  return 0;
}
