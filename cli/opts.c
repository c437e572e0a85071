/* opts.c — command-line options and program loading shared by the commands. */
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE /* getloadavg */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

void cli_error(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  StrBuf raw = {0}, msg = {0};
  sb_vprintf(&raw, fmt, ap);
  va_end(ap);
  diag_cut_message(&msg, sb_cstr(&raw), raw.len); /* long user text cut, as in every diagnostic */
  fprintf(stderr, "llmc: error: %s\n", sb_cstr(&msg));
  sb_free(&raw);
  sb_free(&msg);
}

static bool allowed_opt(const char *allowed, const char *opt) {
  size_t n = strlen(opt);
  for (const char *p = allowed; (p = strstr(p, opt)); p += n)
    if ((p == allowed || p[-1] == ' ') && (p[n] == 0 || p[n] == ' ')) return true;
  return false;
}

static bool parse_u64(const char *s, uint64_t *v) {
  char *end;
  errno = 0;
  unsigned long long x = strtoull(s, &end, 10);
  if (errno || end == s || *end || s[0] == '-') return false;
  *v = x;
  return true;
}

/* The commands that build device plans take --dump-kernels DIR (the same as
 * LLMC_PLAN_DUMP=DIR): every plan's kernels as built and its plan.txt. */
static bool plan_command(const char *cmd) {
  static const char *const cmds[] = {"run", "grad", "bench", "train", "eval", "generate"};
  for (size_t k = 0; k < sizeof cmds / sizeof cmds[0]; k++)
    if (!strcmp(cmd, cmds[k])) return true;
  return false;
}

int cli_parse(int argc, char **argv, Opts *o, const char *allowed) {
  const char *cmd = cli_current->name;
  for (int i = 0; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
      cli_usage(cli_current, stdout);
      return 1;
    }
    if (a[0] != '-' || !a[1]) {
      vec_push(&o->files, a);
      continue;
    }
    /* --opt=value is the same as --opt value */
    char name[64];
    const char *val = NULL;
    const char *eq = !strncmp(a, "--", 2) ? strchr(a, '=') : NULL;
    if (eq && (size_t)(eq - a) < sizeof name) {
      memcpy(name, a, (size_t)(eq - a));
      name[eq - a] = 0;
      val = eq + 1;
    } else if (!strncmp(a, "-I", 2) && a[2]) {
      strcpy(name, "-I");
      val = a + 2;
    } else {
      snprintf(name, sizeof name, "%s", a);
    }
    static const char *const flags[] = {"--summary", "--no-color", "--grad", "--dot", "-v", "--train", "--no-fuse", "--json", "--no-update", "--build"};
    bool is_flag = false;
    for (size_t k = 0; k < sizeof flags / sizeof flags[0]; k++) is_flag |= !strcmp(name, flags[k]);
    if (!allowed_opt(allowed, name) && strcmp(name, "--no-color") && strcmp(name, "-v") &&
        !(strcmp(name, "--dump-kernels") == 0 && plan_command(cmd))) {
      cli_error("llmc %s: unknown option '%s'; see 'llmc %s --help'", cmd, name, cmd);
      return 2;
    }
    if (!is_flag && !val) {
      if (i + 1 >= argc) {
        cli_error("llmc %s: option '%s' needs a value", cmd, name);
        return 2;
      }
      val = argv[++i];
    }
    if (!strcmp(name, "--summary")) o->summary = true;
    else if (!strcmp(name, "--no-color")) o->no_color = true;
    else if (!strcmp(name, "--grad")) o->grad = true;
    else if (!strcmp(name, "--dot")) o->dot = true;
    else if (!strcmp(name, "-v")) o->verbose = true;
    else if (!strcmp(name, "--train")) o->train = true;
    else if (!strcmp(name, "--no-fuse")) o->no_fuse = true;
    else if (!strcmp(name, "--json")) o->json = true;
    else if (!strcmp(name, "--no-update")) o->no_update = true;
    else if (!strcmp(name, "--build")) o->build = true;
    else if (!strcmp(name, "-I")) vec_push(&o->includes, val);
    else if (!strcmp(name, "--set")) vec_push(&o->sets, val);
    else if (!strcmp(name, "--data-dir")) o->data_dir = val;
    else if (!strcmp(name, "--stdlib")) o->stdlib_dir = val;
    else if (!strcmp(name, "--entry")) o->entry = val;
    else if (!strcmp(name, "--after")) o->after = val;
    else if (!strcmp(name, "--params")) o->params = val;
    else if (!strcmp(name, "--inputs")) o->inputs = val;
    else if (!strcmp(name, "-o")) o->out = val;
    else if (!strcmp(name, "--backend") || !strcmp(name, "--target")) o->backend = val;
    else if (!strcmp(name, "--precision")) o->precision = val;
    else if (!strcmp(name, "--dump-kernels")) setenv("LLMC_PLAN_DUMP", val, 1); /* read by cli_env_options */
    else if (!strcmp(name, "--device")) {
      uint64_t dv;
      if (!parse_u64(val, &dv) || dv > 1024) {
        cli_error("llmc %s: --device expects a device number, found '%s'", cmd, val);
        return 2;
      }
      o->device = (int)dv;
    } else if (!strcmp(name, "--steps")) {
      uint64_t v;
      if (!parse_u64(val, &v) || v < 1 || v > 1000000) {
        cli_error("llmc %s: --steps expects a positive number of steps, found '%s'", cmd, val);
        return 2;
      }
      o->steps = (int)v;
    } else if (!strcmp(name, "--init") || !strcmp(name, "--seed")) {
      uint64_t v;
      if (!parse_u64(val, &v)) {
        cli_error("llmc %s: %s expects a non-negative integer, found '%s'", cmd, name, val);
        return 2;
      }
      if (!strcmp(name, "--init")) {
        o->init_seed = v;
        o->have_init = true;
      } else {
        o->seed = v;
        o->have_seed = true;
      }
    } else {
      cli_error("llmc %s: unknown option '%s'", cmd, name);
      return 2;
    }
  }
  return 0;
}

void cli_opts_free(Opts *o) {
  vec_free(&o->files);
  vec_free(&o->includes);
  vec_free(&o->sets);
}

void cli_diag_init(Diag *d, const Opts *o) {
  diag_init(d, stderr);
  d->color = !o->no_color && isatty(2) && !getenv("NO_COLOR");
}

Program *cli_load(const Opts *o, const char *file, Diag *d) {
  FeOptions fo = {0};
  fo.include_dirs = o->includes.v;
  fo.ninclude_dirs = o->includes.n;
  fo.sets = o->sets.v;
  fo.nsets = o->sets.n;
  fo.data_dir = o->data_dir;
  fo.stdlib_dir = o->stdlib_dir;
  fo.check_files = true;
  Program *p = fe_program_new(d, &fo);
  bool ok = fe_load(p, file);
  ok = fe_check(p) && ok;
  if (d->nerrors) {
    fprintf(stderr, "%s: %d error%s\n", strlen(file) > DIAG_WORD_MAX ? DIAG_CUT(file) : file, d->nerrors, d->nerrors == 1 ? "" : "s");
    fe_program_free(p);
    return NULL;
  }
  (void)ok;
  return p;
}

void cli_env_options(PlOptions *o) {
  const char *form = getenv("LLMC_KERNEL_FORM");
  o->gpu_form = form && !strcmp(form, "gpu");
  const char *dump = getenv("LLMC_PLAN_DUMP");
  o->emit_dir = dump && *dump ? dump : NULL;
  const char *guard = getenv("LLMC_GUARD");
  o->guard = guard && *guard && strcmp(guard, "0");
}

bool cli_check_backend(const Opts *o) {
  if (!o->backend || !strcmp(o->backend, "ref") || !strcmp(o->backend, "opencl") || !strcmp(o->backend, "cuda"))
    return true;
  cli_error("unknown backend '%s'; the backends are ref, opencl and cuda", o->backend);
  return false;
}

void cli_device_setup(Device *dev) {
  /* Only while the machine has spare cores (the 1-minute load average below
   * the number of cores): there gpt_char's cold build measured 5.5-6.6 s with
   * a helper against 8.1-9.5 s in threads (load 1.4 on 2 cores); on a busy
   * machine a helper competes with the other processes and repeats the
   * driver's start-up: 19-22 s against 15-18 s in threads at a load of 5. */
  double load[1];
  long cores = sysconf(_SC_NPROCESSORS_ONLN);
  if (!dev || getloadavg(load, 1) != 1 || load[0] >= (double)cores) return;
  char self[4096];
  ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
  if (n <= 0 || (size_t)n >= sizeof self - 1) return; /* no helper: packs are built in threads */
  self[n] = '\0';
  rt_set_build_helper(dev, self);
}

bool cli_open_device(const Opts *o, Device **dev, Diag *d) {
  *dev = NULL;
  if (o->backend && !strcmp(o->backend, "ref")) return true;
  if (!o->backend) {
    *dev = rt_device_open_default(d);
    cli_device_setup(*dev);
    return d->nerrors == 0;
  }
  *dev = rt_device_open(!strcmp(o->backend, "cuda") ? DEV_CUDA : DEV_OPENCL, o->device, d);
  cli_device_setup(*dev);
  return *dev != NULL;
}
