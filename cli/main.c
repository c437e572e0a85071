/* main.c — the llmc driver: parses the command line and runs one command. */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "frontend.h"
#include "model.h"

typedef struct Cmd {
  const char *name;
  const char *args;
  const char *summary;
  int (*run)(int argc, char **argv);
  const char *help;
} Cmd;

static int cmd_check(int argc, char **argv);
static int cmd_planned(int argc, char **argv);

static const char *const COMMON_FLAGS =
    "Common flags:\n"
    "  -I DIR             also look for imports in DIR (after the importing file's folder)\n"
    "  --set KEY=VALUE    override a config value, or train.KEY / finetune.KEY (the value is an expression)\n"
    "  --data-dir DIR     where data files and checkpoints are looked up (default: $LLMC_DATA, else data/)\n"
    "  --stdlib DIR       use the stdlib in DIR (default: $LLMC_STDLIB, else the one llmc was built with)\n"
    "  --no-color         plain diagnostics\n"
    "  -h, --help         this help\n";

static const Cmd cmds[] = {
  {"check", "FILE... [--summary]", "parse and check programs; print diagnostics", cmd_check,
   "Parses and checks each FILE: syntax, names, modules, shapes and dtypes of every\n"
   "function reachable from the model's forward and loss, and the train and finetune\n"
   "blocks (known keys, value types, data files that exist). Prints every error with\n"
   "its file:line:col and the source line. Exit status: 0 when all files are clean,\n"
   "1 when any has errors, 2 on a usage error.\n\n"
   "  --summary          also print a table of every parameter (dotted name, shape,\n"
   "                     dtype, count, trainable or frozen) and the totals\n"},
  {"ir", "FILE [--entry E] [--grad] [--after PASS] [--dot]", "print the tensor IR", cmd_planned, NULL},
  {"run", "FILE --entry E --params P --inputs I -o OUT", "run an entry function", cmd_planned, NULL},
  {"grad", "FILE --params P --inputs I -o G", "compute the loss and its gradients", cmd_planned, NULL},
  {"compile", "FILE --target opencl|cuda -o DIR", "write the generated kernels and plan", cmd_planned, NULL},
  {"bench", "FILE [--no-fuse] [--json]", "time the training step per kernel", cmd_planned, NULL},
  {"train", "FILE [--set k=v]... [--out DIR] [--resume DIR]", "train or fine-tune a model", cmd_planned, NULL},
  {"eval", "FILE --ckpt C", "evaluate a checkpoint", cmd_planned, NULL},
  {"generate", "FILE --ckpt C [--prompt S] [-n N] ...", "sample text from a model", cmd_planned, NULL},
  {"import", "llama2c MODEL.bin [--tokenizer TOK.bin] -o OUT", "convert foreign checkpoints", cmd_planned, NULL},
  {"devices", "", "list the compute devices", cmd_planned, NULL},
};
#define NCMDS ((int)(sizeof cmds / sizeof cmds[0]))

static const Cmd *current;

static void usage(FILE *f) {
  fprintf(f, "llmc %s — a compiler for language models\n\n"
             "Usage: llmc COMMAND [ARGS]\n\n"
             "Commands:\n",
          LLMC_VERSION);
  for (int i = 0; i < NCMDS; i++)
    fprintf(f, "  %-9s %-50s %s%s\n", cmds[i].name, cmds[i].args, cmds[i].summary,
            cmds[i].run == cmd_planned ? " (not in this release)" : "");
  fprintf(f, "\nRun 'llmc COMMAND --help' for a command's options; 'llmc --version' prints the version.\n");
}

static void cmd_usage(const Cmd *c, FILE *f) {
  fprintf(f, "Usage: llmc %s %s\n\n%s\n", c->name, c->args, c->summary);
  if (c->help) fprintf(f, "\n%s", c->help);
  if (c->run == cmd_planned)
    fprintf(f, "\nThis command is not part of this release of llmc (%s); today llmc checks programs.\n", LLMC_VERSION);
  fprintf(f, "\n%s", COMMON_FLAGS);
}

static int cmd_planned(int argc, char **argv) {
  (void)argc;
  (void)argv;
  fprintf(stderr,
          "llmc: '%s' is not supported in this release (%s): this release has the front end only "
          "(llmc check). See 'llmc --help'.\n",
          current->name, LLMC_VERSION);
  return 2;
}

/* ---- options shared by commands ---- */
typedef struct Opts {
  VEC(const char *) files;
  VEC(const char *) includes;
  VEC(const char *) sets;
  const char *data_dir, *stdlib_dir;
  bool summary, no_color;
} Opts;

static int parse_opts(int argc, char **argv, Opts *o) {
  for (int i = 0; i < argc; i++) {
    const char *a = argv[i];
#define NEED_ARG()                                                                    \
  if (i + 1 >= argc) {                                                                \
    fprintf(stderr, "llmc %s: option '%s' needs a value\n", current->name, a);       \
    return 2;                                                                         \
  }
    if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
      cmd_usage(current, stdout);
      return 1;
    } else if (!strcmp(a, "--summary")) {
      o->summary = true;
    } else if (!strcmp(a, "--no-color")) {
      o->no_color = true;
    } else if (!strcmp(a, "-I")) {
      NEED_ARG();
      vec_push(&o->includes, argv[++i]);
    } else if (!strncmp(a, "-I", 2)) {
      vec_push(&o->includes, a + 2);
    } else if (!strcmp(a, "--set")) {
      NEED_ARG();
      vec_push(&o->sets, argv[++i]);
    } else if (!strncmp(a, "--set=", 6)) {
      vec_push(&o->sets, a + 6);
    } else if (!strcmp(a, "--data-dir")) {
      NEED_ARG();
      o->data_dir = argv[++i];
    } else if (!strcmp(a, "--stdlib")) {
      NEED_ARG();
      o->stdlib_dir = argv[++i];
    } else if (a[0] == '-' && a[1]) {
      fprintf(stderr, "llmc %s: unknown option '%s'; see 'llmc %s --help'\n", current->name, a, current->name);
      return 2;
    } else {
      vec_push(&o->files, a);
    }
#undef NEED_ARG
  }
  return 0;
}

static void opts_free(Opts *o) {
  vec_free(&o->files);
  vec_free(&o->includes);
  vec_free(&o->sets);
}

static void put_count(FILE *f, int64_t n, int width) {
  char buf[64], out[64];
  snprintf(buf, sizeof buf, "%lld", (long long)n);
  int len = (int)strlen(buf), k = 0;
  for (int i = 0; i < len; i++) {
    out[k++] = buf[i];
    if ((len - i - 1) % 3 == 0 && i != len - 1 && buf[i] != '-') out[k++] = ',';
  }
  out[k] = 0;
  fprintf(f, "%*s", width, out);
}

static void print_summary(const Model *m, const char *path) {
  int wname = 4;
  for (int i = 0; i < m->params.n; i++) {
    int l = (int)strlen(m->params.v[i].name);
    if (l > wname) wname = l;
  }
  printf("model %s (%s)\n", m->name, path);
  printf("  %-*s  %-16s %-5s %12s  %s\n", wname, "name", "shape", "dtype", "count", "");
  int64_t trainable = 0;
  for (int i = 0; i < m->params.n; i++) {
    const ParamInfo *p = &m->params.v[i];
    char shape[128];
    int k = snprintf(shape, sizeof shape, "[");
    for (int j = 0; j < p->rank && k < 100; j++) k += snprintf(shape + k, sizeof shape - (size_t)k, "%s%lld", j ? ", " : "", (long long)p->dims[j]);
    snprintf(shape + k, sizeof shape - (size_t)k, "]");
    printf("  %-*s  %-16s %-5s ", wname, p->name, shape, dtype_name(p->dtype));
    put_count(stdout, p->count, 12);
    printf("  %s\n", p->frozen ? "frozen" : "");
    if (!p->frozen) trainable += p->count;
  }
  printf("  %-*s  %-16s %-5s ", wname, "total", "", "");
  put_count(stdout, m->total_params, 12);
  printf("\n  %d tensors, ", m->params.n);
  put_count(stdout, m->total_params, 0);
  printf(" parameters (");
  put_count(stdout, trainable, 0);
  printf(" trainable)\n");
  const char *methods[] = {"lora", "adapter", "prompt"};
  for (int k = 0; k < 3; k++) {
    int nt;
    int64_t extra = fe_peft_params(m, methods[k], &nt);
    if (!nt) continue;
    printf("  finetune %s: ", methods[k]);
    put_count(stdout, extra, 0);
    if (k == 2) printf(" trainable parameters (prompt embeddings)\n");
    else printf(" trainable parameters on %d %s%s\n", nt, k == 0 ? "linear layer" : "module", nt == 1 ? "" : "s");
  }
}

static int cmd_check(int argc, char **argv) {
  Opts o = {0};
  int rc = parse_opts(argc, argv, &o);
  if (rc) {
    opts_free(&o);
    return rc == 1 ? 0 : rc;
  }
  if (o.files.n == 0) {
    fprintf(stderr, "llmc check: no input files; usage: llmc check FILE... [--summary]\n");
    opts_free(&o);
    return 2;
  }
  int status = 0;
  for (int i = 0; i < o.files.n; i++) {
    Diag d;
    diag_init(&d, stderr);
    d.color = !o.no_color && isatty(2) && !getenv("NO_COLOR");
    FeOptions fo = {0};
    fo.include_dirs = o.includes.v;
    fo.ninclude_dirs = o.includes.n;
    fo.sets = o.sets.v;
    fo.nsets = o.sets.n;
    fo.data_dir = o.data_dir;
    fo.stdlib_dir = o.stdlib_dir;
    fo.check_files = true;
    Program *p = fe_program_new(&d, &fo);
    bool ok = fe_load(p, o.files.v[i]);
    if (ok || d.nerrors == 0 || true) ok = fe_check(p) && ok;
    if (d.nerrors) {
      fprintf(stderr, "%s: %d error%s\n", o.files.v[i], d.nerrors, d.nerrors == 1 ? "" : "s");
      status = 1;
    } else if (o.summary && fe_model(p)) {
      print_summary(fe_model(p), o.files.v[i]);
    }
    fe_program_free(p);
    diag_free(&d);
  }
  opts_free(&o);
  return status;
}

int main(int argc, char **argv) {
  setlocale(LC_ALL, "C");
  if (argc < 2) {
    usage(stderr);
    return 2;
  }
  const char *c = argv[1];
  if (!strcmp(c, "-h") || !strcmp(c, "--help") || !strcmp(c, "help")) {
    if (!strcmp(c, "help") && argc > 2) {
      for (int i = 0; i < NCMDS; i++)
        if (!strcmp(cmds[i].name, argv[2])) {
          cmd_usage(&cmds[i], stdout);
          return 0;
        }
    }
    usage(stdout);
    return 0;
  }
  if (!strcmp(c, "--version") || !strcmp(c, "-V")) {
    printf("llmc %s\n", LLMC_VERSION);
    return 0;
  }
  for (int i = 0; i < NCMDS; i++)
    if (!strcmp(cmds[i].name, c)) {
      current = &cmds[i];
      if (cmds[i].run == cmd_planned)
        for (int j = 2; j < argc; j++)
          if (!strcmp(argv[j], "--help") || !strcmp(argv[j], "-h")) {
            cmd_usage(current, stdout);
            return 0;
          }
      return cmds[i].run(argc - 2, argv + 2);
    }
  const char *names[NCMDS];
  for (int i = 0; i < NCMDS; i++) names[i] = cmds[i].name;
  const char *sug = diag_closest(c, names, NCMDS);
  if (sug) fprintf(stderr, "llmc: unknown command '%s'; did you mean '%s'?\n", c, sug);
  else fprintf(stderr, "llmc: unknown command '%s'; see 'llmc --help'\n", c);
  return 2;
}
