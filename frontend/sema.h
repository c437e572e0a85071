/* sema.h — internal to the front end: the Program, values, dims, scopes. */
#ifndef LLMC_SEMA_H
#define LLMC_SEMA_H

#include "frontend.h"
#include "model.h"

struct Program {
  Diag *diag;
  FeOptions opts;
  Arena arena;
  NodeList all_nodes;          /* for freeing node lists */
  VEC(AstFile *) files;        /* files.v[0] is the main file */
  NodeList items;              /* all items, imports first */
  char *stdlib_dir;
  Model *model;                /* after fe_check */
};

#endif
