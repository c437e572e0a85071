/* train_cli.h — what `llmc train`, `eval` and `generate` share (cmd_train.c):
 * their own options, the device, the model's train settings, parameters and
 * the checkpoint's tokenizer. */
#ifndef LLMC_TRAIN_CLI_H
#define LLMC_TRAIN_CLI_H

#include "cli.h"
#include "data.h"
#include "device.h"
#include "safetensors.h"
#include "tokenizer.h"
#include "trainer.h"

/* Options these commands take beyond cli_parse's (removed from argv first). */
typedef struct TOpts {
  const char *out, *resume, *ckpt, *prompt, *temperature, *top_k, *top_p, *n, *keep, *stop_after, *adapter;
} TOpts;
/* Moves the options of `names` (space-separated, each taking a value) from
 * argv into *t; *argc shrinks. 2 on a usage error (reported), else 0. */
int tcli_take(int *argc, char **argv, const char *names, TOpts *t);
/* The train block's settings (defaults where absent). */
TrainConfig tcli_config(const Model *m, bool fuse);
/* The data source of the train block. false (reported) without one. */
bool tcli_data_spec(const Model *m, DataSpec *s, Diag *d);
void tcli_data_spec_free(DataSpec *s);
/* The token vocabulary the model takes: the last dim of forward's output for a
 * language model, else the rows of its first 2-d parameter (the embeddings). */
int tcli_vocab(Program *p, const Model *m, bool cls);
/* Every parameter from its init clause, seeded. */
void tcli_init_params(const Model *m, uint64_t seed, TensorList *params);
/* The metadata that identifies a run: llmc.model, llmc.config (the train
 * block as JSON), llmc.train.KEY per setting, llmc.config.sets (the --set
 * overrides of config values, which a resumed run must repeat),
 * llmc.tokenizer*. */
void tcli_run_meta(const Model *m, const Opts *o, const Tokenizer *tok, StMeta *meta);
/* The tokenizer a checkpoint's metadata describes; NULL after reporting. */
Tokenizer *tcli_ckpt_tokenizer(const char *path, const StMeta *meta, int vocab, Diag *d);
double tcli_now(void);
/* With prompt tuning, the prompt and a sequence of `seq` tokens must fit in
 * the model's ctx (config), when it has one; false after reporting. */
bool tcli_check_seq(const Model *m, int64_t seq, Diag *d);

/* ---- params.c: where the parameters come from ---------------------------------------- */
/* The finetune block's `from`: its (resolved) path and whether it is a
 * llama2.c model file; false when there is none. */
bool tcli_base_of(const Model *m, const char **path, bool *llama2c);
/* Reads base weights: a llama2.c model file, or safetensors. */
bool tcli_read_base(const char *path, bool llama2c, TensorList *out, Diag *d);
/* Copies the tensors of `file` named like parameters into them; a shape or
 * dtype that differs is an error naming both. The count copied, or -1. */
int tcli_copy_by_name(const char *path, const TensorList *file, TensorList *params, Diag *d);
/* The SHA-256 of a file's bytes as 64 hex digits. */
bool tcli_file_sha256(const char *path, char hex[65], Diag *d);
/* The metadata of an adapter checkpoint (llmc train on a model with a
 * finetune block): llmc.checkpoint = adapter; llmc.base = the from file's
 * name, llmc.base.format (llama2c | safetensors), llmc.base.path,
 * llmc.base.sha256; or llmc.base = init and llmc.base.seed without from. */
bool tcli_base_meta(const Model *m, uint64_t seed, StMeta *meta, Diag *d);
/* Whether `base` is the file the adapter's metadata names by hash (or llmc
 * import's copy of it); false after an error naming both files and hashes. */
bool tcli_check_base(const char *adapter, const StMeta *meta, const char *base, Diag *d);
/* The parameters eval, generate and merge run: a full checkpoint (`ckpt`
 * alone: PEFT parameters it lacks start from their init, with a notice), or
 * the base weights and an adapter over them (`adapter`, or a `ckpt` whose
 * metadata says it is an adapter): the base is `ckpt` if given, else the
 * finetune block's from, else the file the adapter records (its path, or its
 * name beside the adapter and in the data directory), checked by hash;
 * parameters neither holds are the init of train.seed, as in training. With
 * peft_fresh, a full checkpoint's missing PEFT parameters are counted there
 * (0 when it holds them all) instead of reported with a notice. *meta
 * gets the metadata of the file that describes the run (tokenizer), whose
 * path is *meta_path. */
bool tcli_load_params(const Model *m, const TrainConfig *c, const char *ckpt, const char *adapter, TensorList *params,
                      StMeta *meta, const char **meta_path, int *peft_fresh, Diag *d);

int cmd_train(int argc, char **argv);
int cmd_eval(int argc, char **argv);
int cmd_generate(int argc, char **argv);
int cmd_import(int argc, char **argv); /* cmd_import.c */

#endif
