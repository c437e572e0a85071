/* tokenizer.h — the tokenizers of LANGUAGE.md section 7: "char" (a vocabulary
 * built from the training text, saved with the checkpoint), "byte" (256 ids,
 * one per byte) and llama2c("tok.bin") (SentencePiece-style BPE as llama2.c's
 * run.c does it: merges by score, byte fallback <0xNN>, the leading-space rule
 * on decode).
 *
 * Every file is hostile: a malformed tokenizer file is reported through the
 * Diag sink with its path and the byte offset of the problem. */
#ifndef LLMC_TOKENIZER_H
#define LLMC_TOKENIZER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "support.h"

typedef enum TokKind { TOK_CHAR, TOK_BYTE, TOK_LLAMA2C } TokKind;

typedef struct Tokenizer Tokenizer;

/* "char": the sorted distinct Unicode code points of `text` (UTF-8; n bytes),
 * as nanoGPT's shakespeare_char builds it (sorted(set(text))). Invalid UTF-8
 * is reported with the byte offset; label names the text in messages. */
Tokenizer *tok_new_char(const char *text, size_t n, const char *label, Diag *d);
/* "char" from a saved vocabulary: the code points in id order, as
 * tok_char_vocab gives them (a checkpoint's metadata holds this string). */
Tokenizer *tok_new_char_vocab(const char *vocab_utf8, Diag *d);
/* "byte": id = byte value, vocabulary 256. */
Tokenizer *tok_new_byte(void);
/* llama2c("tok.bin"): llama2.c's tokenizer file (int32 max_token_length,
 * then per token: float32 score, int32 length, the bytes). vocab is the
 * number of tokens to read (llama2.c takes it from the model header; the
 * file does not store it); 0: read until the end of the file. */
Tokenizer *tok_load_llama2c(const char *path, int vocab, Diag *d);
/* The same for the file's bytes in memory (a checkpoint embeds them); path
 * names them in messages and is what tok_file returns. buf is not kept. */
Tokenizer *tok_load_llama2c_mem(const uint8_t *buf, size_t len, const char *path, int vocab, Diag *d);
void tok_free(Tokenizer *t); /* accepts NULL */

TokKind tok_kind(const Tokenizer *t);
int tok_vocab(const Tokenizer *t);
/* "char": the vocabulary as one UTF-8 string, code points in id order
 * (owned by t). NULL for other kinds. */
const char *tok_char_vocab(const Tokenizer *t);
/* llama2c: the file's path and the hex SHA-256 of its bytes (owned by t);
 * NULL for other kinds. */
const char *tok_file(const Tokenizer *t);
const char *tok_file_hash(const Tokenizer *t);
/* The BOS / EOS ids (llama2c: 1 and 2), or -1 when the tokenizer has none. */
int tok_bos(const Tokenizer *t);
int tok_eos(const Tokenizer *t);

/* Appends the ids of text[0..n) to *out (*nout ids, capacity *cap; grown with
 * xrealloc). llama2c: as run.c's encode(text, bos, eos): a leading dummy space
 * (" " prepended when the text is not empty), code points looked up, unknown
 * ones by byte fallback (id = byte + 3), then merges by best score. `bos`
 * prepends tok_bos when the tokenizer has one. "char": a code point not in the
 * vocabulary is an error naming it and its byte offset. False after
 * reporting. */
bool tok_encode(const Tokenizer *t, const char *text, size_t n, bool bos, int32_t **out, size_t *nout,
                size_t *cap, Diag *d);
/* The text of token `id` following token `prev` (-1 at the start), as run.c's
 * decode: llama2c strips the leading space of a piece that follows BOS and
 * turns <0xNN> pieces into their byte. Appended to b. An id out of range is
 * appended as nothing and returns false. */
bool tok_decode(const Tokenizer *t, int prev, int id, StrBuf *b);

/* tok_encode with `label` (a file name, "file:line") heading its messages, so
 * that an error in a data file names the file. */
bool tok_encode_named(const Tokenizer *t, const char *text, size_t n, bool bos, const char *label,
                      int32_t **out, size_t *nout, size_t *cap, Diag *d);
/* llama2c: token id's piece as stored in the file (NUL-free; owned by t) and
 * its score; NULL / 0 for other kinds or an id out of range. */
const char *tok_piece(const Tokenizer *t, int id);
float tok_score(const Tokenizer *t, int id);

/* SHA-256 (sha256.c): the digest, and as 64 lowercase hex digits + NUL. */
void tok_sha256(const void *data, size_t n, uint8_t out[32]);
void tok_sha256_hex(const void *data, size_t n, char hex[65]);

#endif
