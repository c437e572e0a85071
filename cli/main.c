#include <stdio.h>
#include <string.h>
#include "frontend.h"
int main(int argc, char **argv) {
  Diag d; diag_init(&d, stderr);
  Program *p = fe_program_new(&d, NULL);
  bool ok = fe_load(p, argv[1]);
  (void)argc; (void)ok;
  fe_program_free(p);
  int e = d.nerrors; diag_free(&d);
  return e ? 1 : 0;
}
