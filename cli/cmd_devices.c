/* cmd_devices.c — `llmc devices`. */
#include "cli.h"
#include "device.h"

int cmd_devices(int argc, char **argv) {
  Opts o = {0};
  int rc = cli_parse(argc, argv, &o, "");
  if (rc || o.files.n) {
    if (!rc) cli_error("llmc devices takes no arguments");
    cli_opts_free(&o);
    return rc == 1 ? 0 : 2;
  }
  rt_print_devices(stdout);
  printf("ref      reference interpreter (plain C on the CPU; --backend ref)\n");
  cli_opts_free(&o);
  return 0;
}
