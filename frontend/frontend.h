/* frontend.h — the .llm front end: parsing, imports, semantic analysis.
 *
 * Use:  Program *prog = fe_program_new(&diag, &opts);
 *       fe_load(prog, "model.llm");       // parses the file and its imports
 *       fe_check(prog);                   // config, --set, instantiation, shapes
 *       ... prog->model, prog->params ...
 *       fe_program_free(prog);
 * Every phase reports into the Diag and returns false when it reported errors. */
#ifndef LLMC_FRONTEND_H
#define LLMC_FRONTEND_H

#include "ast.h"
#include "ir.h"

typedef struct FeOptions {
  const char *const *include_dirs; /* -I DIR, searched after the importing file's folder */
  int ninclude_dirs;
  const char *stdlib_dir;          /* NULL: the built-in default (see fe_default_stdlib_dir) */
  const char *const *sets;         /* --set KEY=VALUE strings, in order */
  int nsets;
  const char *data_dir;            /* --data-dir; NULL: $LLMC_DATA, else data/ */
  bool check_files;                /* check that data and checkpoint files exist */
} FeOptions;

typedef struct Program Program;

Program *fe_program_new(Diag *d, const FeOptions *opts);
void fe_program_free(Program *p); /* accepts NULL */

/* Parses one source text into items (no imports followed). Returns false on
 * syntax errors; the items parsed are still available. Used by tests and the fuzzer. */
bool fe_parse_text(Program *p, const char *path, const char *text, size_t len, AstFile **out);
/* Adds a file parsed by another Program (which must outlive `p`) as one more
 * file of `p`, sharing its nodes. Its spans name f->file in the other
 * Program's Diag: the caller registers the same source under the same id in
 * p's Diag first (diag_add_source on fresh Diags gives equal ids). For the fuzzer. */
void fe_add_parsed_file(Program *p, const AstFile *f);
/* Reads and parses `path` and, transitively, every file it imports. */
bool fe_load(Program *p, const char *path);
/* Semantic analysis of everything loaded or parsed so far (imported files'
 * items first, then the main file's): config and --set, module instantiation,
 * shape and dtype checking of the model's functions, train and finetune blocks.
 * Returns false when it reported errors. */
bool fe_check(Program *p);
/* The checked model, or NULL before fe_check or when the program has none. */
const struct Model *fe_model(const Program *p);
/* With on, graphs are lowered without the finetune block's PEFT (LoRA terms,
 * adapters, prompt): the base model, for `generate` with no PEFT weights. */
void fe_set_base_only(Program *p, bool on);
bool fe_base_only(const Program *p);
/* Trainable parameters a PEFT method of the finetune block adds ("lora",
 * "adapter", "prompt"), and how many layers it targets. */
int64_t fe_peft_params(const struct Model *m, const char *method, int *ntargets);
/* Lowers one entry function of the checked program ("forward", "loss", ...)
 * to an IR graph whose inputs are the entry's arguments (INPUT nodes named
 * after them) and the parameters it uses (PARAM nodes with dotted names), and
 * whose outputs are "out" (or "out0", "out1", ...) or "loss". `training` is the
 * value of the built-in `training`. Returns NULL after reporting errors. */
struct Graph *fe_lower(Program *p, const char *entry, bool training);
/* The folder the stdlib is looked up in when no option overrides it. */
const char *fe_default_stdlib_dir(void);

#endif
