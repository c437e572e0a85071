/* datapath.h — where data files and checkpoints are found (LANGUAGE.md section 7). */
#ifndef LLMC_DATAPATH_H
#define LLMC_DATAPATH_H

#include <stdbool.h>

/* Looks a relative data path up: beside the .llm file (`model_dir`), then in the
 * data directory (`data_dir` if not NULL, else $LLMC_DATA, else data/ in the
 * working directory), then in the data/ folder of the llmc source tree.
 * Absolute paths are used as they are. Returns a malloc'd path, or NULL when
 * the file is in none of them; `tried` (if not NULL) gets a malloc'd, readable
 * list of the places looked in. */
char *sup_find_data_file(const char *name, const char *model_dir, const char *data_dir, char **tried);

#endif
