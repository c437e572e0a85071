/* datapath.c — data-file lookup. */
#include "datapath.h"

#include <stdlib.h>

#include "support.h"

#ifndef LLMC_SOURCE_DATA_DIR
#define LLMC_SOURCE_DATA_DIR "data"
#endif

char *sup_find_data_file(const char *name, const char *model_dir, const char *data_dir, char **tried) {
  StrBuf t = {0};
  if (name[0] == '/') {
    if (tried) *tried = xstrdup(name);
    return sup_file_exists(name) ? xstrdup(name) : NULL;
  }
  const char *env = getenv("LLMC_DATA");
  const char *dirs[5];
  int nd = 0;
  if (model_dir) dirs[nd++] = model_dir;
  if (data_dir && *data_dir) dirs[nd++] = data_dir;
  else if (env && *env) dirs[nd++] = env;
  else dirs[nd++] = "data";
  dirs[nd++] = LLMC_SOURCE_DATA_DIR;
#ifdef LLMC_SHARED_DATA_DIR
  if (sup_is_dir(LLMC_SHARED_DATA_DIR)) dirs[nd++] = LLMC_SHARED_DATA_DIR;
#endif
  char *found = NULL;
  for (int i = 0; i < nd && !found; i++) {
    char *c = sup_path_join(dirs[i], name);
    if (t.len) sb_puts(&t, ", ");
    sb_puts(&t, c);
    if (sup_file_exists(c)) found = c;
    else free(c);
  }
  if (tried) *tried = t.s ? t.s : xstrdup("");
  else sb_free(&t);
  return found;
}
