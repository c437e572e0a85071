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
  const char *out, *resume, *ckpt, *prompt, *temperature, *top_k, *top_p, *n, *keep, *stop_after;
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
/* A checkpoint's parameters (checked against the model's shapes; optimiser
 * state ignored) and metadata (cmd_eval.c). */
bool tcli_load_ckpt(const char *path, const Model *m, TensorList *params, StMeta *meta, Diag *d);

int cmd_train(int argc, char **argv);
int cmd_eval(int argc, char **argv);
int cmd_generate(int argc, char **argv);
int cmd_import(int argc, char **argv); /* cmd_import.c */

#endif
