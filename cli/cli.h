/* cli.h — shared by the llmc driver's commands. */
#ifndef LLMC_CLI_H
#define LLMC_CLI_H

#include "frontend.h"
#include "model.h"
#include "pipeline.h"
#include "tensor.h"

typedef struct Cmd {
  const char *name;
  const char *args;
  const char *summary;
  int (*run)(int argc, char **argv);
  const char *help;
} Cmd;

/* Options any command may take; each command rejects the ones it does not use. */
typedef struct Opts {
  VEC(const char *) files;
  VEC(const char *) includes;
  VEC(const char *) sets;
  const char *data_dir, *stdlib_dir;
  const char *entry, *after, *params, *inputs, *out, *backend, *precision;
  bool summary, no_color, grad, dot, verbose, train, have_init, have_seed;
  uint64_t init_seed, seed;
  int device;
  bool no_fuse, json, no_update; /* bench: --no-fuse, --json, --no-update */
  bool build;         /* compile: --build */
  int steps;          /* bench: --steps N (0: the command's default) */
} Opts;

extern const Cmd *cli_current;

/* Parses argv into o. Returns 0 to go on, 1 when --help was printed (exit 0),
 * 2 on a usage error (already reported). `allowed` lists the long options
 * this command takes, space-separated (e.g. "--summary --set"). */
int cli_parse(int argc, char **argv, Opts *o, const char *allowed);
void cli_opts_free(Opts *o);
void cli_usage(const Cmd *c, FILE *f);
/* Loads and checks one program; NULL after printing its diagnostics. */
Program *cli_load(const Opts *o, const char *file, Diag *d);
void cli_diag_init(Diag *d, const Opts *o);
/* Writes "llmc: error: ..." to stderr. */
void cli_error(const char *fmt, ...) LLMC_PRINTF(1, 2);

/* The pipeline switches of the environment, for the commands that build
 * plans on a device: LLMC_KERNEL_FORM=gpu sets o->gpu_form (the GPU form of
 * every kernel even on a CPU device, how the tests run the GPU kernels on
 * PoCL), LLMC_PLAN_DUMP=DIR sets o->emit_dir (every plan's kernels, as built,
 * and its plan.txt). The library itself reads no environment. */
void cli_env_options(PlOptions *o);
/* --backend is ref, opencl or cuda (or absent); else an error. */
bool cli_check_backend(const Opts *o);
/* The device for --backend (NULL for the reference interpreter). Without
 * --backend: a CUDA GPU, else an OpenCL GPU, else OpenCL on the CPU, else ref. */
bool cli_open_device(const Opts *o, Device **dev, Diag *d);
/* What the driver sets on every device it opens: llmc itself as the helper
 * that builds packs of kernels in other processes (rt_set_build_helper; the
 * hidden command `llmc __build-pack`) while the machine has spare cores.
 * Accepts NULL. */
void cli_device_setup(Device *dev);

int cmd_check(int argc, char **argv);
int cmd_ir(int argc, char **argv);
int cmd_run(int argc, char **argv);
int cmd_grad(int argc, char **argv);
int cmd_compile(int argc, char **argv);
int cmd_devices(int argc, char **argv);
int cmd_bench(int argc, char **argv);

#endif
