/* data.h — training data (LANGUAGE.md section 7): a data source read, checked
 * and tokenized once into a train and a validation split, and batches drawn
 * from it by a seeded generator whose state can be saved in a checkpoint and
 * restored, so that a resumed run draws exactly the batches an uninterrupted
 * one would.
 *
 * Sources:
 *   text(path, tokenizer, split)  the file tokenized whole; the first `split`
 *                                 fraction of tokens trains, the rest validates
 *                                 (nanoGPT's convention).
 *   tokens(path)                  llm.c .bin shards: a 256-int32 header (magic
 *                                 20240520, version 1, token count), then
 *                                 uint16 tokens. The last 10% validates.
 *   tsv(path, text, label, labels, tokenizer, split)
 *                                 rows shuffled by `seed`, stratified by label,
 *                                 `split` of each class trains.
 * Every file is hostile: a file too short for one window, a token id at or
 * past the vocabulary, a malformed header or row is reported through the Diag
 * sink naming the file and the byte offset (or line) and what was expected. */
#ifndef LLMC_DATA_H
#define LLMC_DATA_H

#include <stdbool.h>
#include <stdint.h>

#include "support.h"
#include "tensor.h"
#include "tokenizer.h"

typedef enum DataKind { DATA_TEXT, DATA_TOKENS, DATA_TSV } DataKind;

/* What a train block's `data = ...` says, after the front end checked it. */
typedef struct DataSpec {
  DataKind kind;
  char *path;            /* resolved path of the data file */
  TokKind tokenizer;     /* text, tsv */
  char *tokenizer_path;  /* llama2c: resolved path of tok.bin */
  double split;          /* fraction that trains, in (0, 1]; default 0.9 (tsv: 0.8) */
  int text_col, label_col; /* tsv: 1-based columns */
  char **labels;         /* tsv: class names in id order */
  int nlabels;
} DataSpec;

typedef struct Dataset Dataset;

/* Reads and tokenizes the source. vocab: the model's vocabulary size (ids at
 * or past it are errors naming the file and offset); seq: the window length
 * (a split with fewer than seq + 1 tokens is an error; tsv rows are truncated
 * or right-padded to seq with id 0); seed: tsv's shuffle. tok: the tokenizer
 * to use (NULL: built from the spec: "char" from the text, which the dataset
 * then owns; see data_tokenizer). NULL after reporting. */
Dataset *data_open(const DataSpec *s, const Tokenizer *tok, int vocab, int seq, uint64_t seed, Diag *d);
void data_free(Dataset *ds); /* accepts NULL */
const Tokenizer *data_tokenizer(const Dataset *ds);
bool data_is_classification(const Dataset *ds);
int64_t data_tokens(const Dataset *ds, bool val);  /* tokens (lm) or rows (tsv) in a split */
/* The split's tokens (lm; NULL for tsv), data_tokens(ds, val) of them. */
const int32_t *data_split_tokens(const Dataset *ds, bool val);
/* The seq given to data_open; tsv: the number of classes (0 for lm). */
int data_seq(const Dataset *ds);
int data_nlabels(const Dataset *ds);
/* lm: the number of evaluation windows of seq + 1 tokens that
 * data_lm_window_batch walks through ((tokens - 1) / seq); tsv: rows. */
int64_t data_lm_windows(const Dataset *ds, bool val, int seq);

/* The batch generator: xorshift64* seeded from `seed`; its whole state is one
 * uint64 (data_rng_state / data_rng_restore), kept in checkpoints. */
typedef struct DataRng { uint64_t s; } DataRng;
DataRng data_rng(uint64_t seed);
/* The state to save, and a generator continuing from a saved state (a state
 * is never 0; restoring 0 gives data_rng(0)). */
uint64_t data_rng_state(const DataRng *r);
DataRng data_rng_restore(uint64_t state);
/* The next 64 random bits; a uniform integer in [0, n) (n >= 1, unbiased:
 * rejection sampling); a uniform double in [0, 1) with 53 random bits. */
uint64_t data_rng_next(DataRng *r);
uint64_t data_rng_below(DataRng *r, uint64_t n);
double data_rng_uniform(DataRng *r);

/* A language-model batch: B random windows of seq + 1 tokens from the train
 * (val false) or validation split, drawn with rng. idx and targets are i32
 * [B, seq] tensors named "idx" and "targets" that the caller allocated. */
void data_lm_batch(const Dataset *ds, bool val, DataRng *rng, Tensor *idx, Tensor *targets);
/* The k-th batch of the consecutive, non-overlapping windows covering a split
 * in order (deterministic evaluation over the whole split): row r holds window
 * w = k*B + r, idx = tokens[w*seq, w*seq + seq), targets shifted by one; the
 * tokens after the last whole window are not covered. Returns the number of
 * batch rows filled (0 when k is past the end); unfilled rows are zeros. */
int data_lm_window_batch(const Dataset *ds, bool val, int64_t k, Tensor *idx, Tensor *targets);
/* A classification batch: B rows drawn with rng from the train split (val
 * false) or, for evaluation, rows k*B .. k*B+B-1 of a split in order (rng
 * NULL; returns the rows filled). idx i32 [B, seq], label i32 [B], mask f32
 * [B, seq] (NULL when the loss takes no mask). */
int data_cls_batch(const Dataset *ds, bool val, DataRng *rng, int64_t k, Tensor *idx, Tensor *label, Tensor *mask);

#endif
