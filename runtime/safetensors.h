/* safetensors.h — reading and writing .safetensors checkpoint files.
 *
 * The format (https://github.com/huggingface/safetensors):
 *   bytes 0..7   N, the header length, a little-endian u64
 *   bytes 8..    N bytes of UTF-8 JSON, an object:
 *                  {"name": {"dtype": "F32", "shape": [2, 3], "data_offsets": [begin, end]},
 *                   ..., "__metadata__": {"key": "string value", ...}}
 *   then         the data section: raw little-endian tensor bytes; data_offsets
 *                are relative to its start, end exclusive.
 *
 * Every file is treated as hostile. The checks follow the reference
 * implementation (Hugging Face's Rust crate): N at most 100 MB and within the
 * file; the header valid UTF-8 JSON whose top level is an object; each tensor
 * entry an object with a dtype, a shape of non-negative integers whose element
 * count (multiplied left to right) fits in 64 bits, and data_offsets two
 * integers with begin <= end <= the data section's length and end - begin equal
 * to the tensor's byte size; the tensors together cover the data section
 * exactly, with no overlap, no gap and no trailing bytes; __metadata__, if
 * present, maps strings to strings or is null; unknown keys inside a tensor
 * entry are ignored. Beyond the reference: the dtype must be one llmc supports
 * (F32, F16, BF16, I32, F64), the rank at most IR_MAX_RANK, names unique (the
 * reference keeps the last of duplicates) and free of NUL (raw or \u0000).
 * One leniency: a shape entry or offset written as an integral float ("2.0") is
 * accepted, since cJSON keeps only the number's value.
 *
 * Errors go to the diagnostic sink as one `diag_plain` message that starts with
 * the file's path (or label) and names the tensor and/or byte offset concerned
 * and what was expected; the first problem found stops the read.
 */
#ifndef LLMC_SAFETENSORS_H
#define LLMC_SAFETENSORS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "support.h"
#include "tensor.h"

/* The largest header st_read accepts (the reference implementation's limit). */
#define ST_MAX_HEADER ((uint64_t)100000000)

/* Reads the safetensors file at `path` and appends its tensors to `out` in the
 * order the header lists them, names copied into Tensor.name, data copied into
 * owned buffers (the file is mapped, not kept). __metadata__ is checked and
 * skipped. Returns true on success; on failure reports one error through `d`,
 * leaves `out` as it was and returns false. */
bool st_read(const char *path, TensorList *out, Diag *d);

/* The same for a file already in memory: `buf` holds `len` bytes (may be NULL
 * when len is 0); `label` names it in messages. `buf` is only read, never kept. */
bool st_read_mem(const uint8_t *buf, size_t len, const char *label, TensorList *out, Diag *d);

/* Writes the tensors of `l` to `path` in list order, data little-endian, the
 * JSON header padded with spaces so the data section starts at a multiple of 8
 * bytes, with __metadata__ {"format": "pt"} (what Hugging Face loaders expect).
 * Names must be non-NULL, non-empty, valid UTF-8, unique and not
 * "__metadata__". The write is atomic: the bytes go to `path.tmp.<pid>` in the
 * same folder, are flushed and fsync'ed, renamed over `path`, and the folder is
 * fsync'ed. On any error the temporary file is removed, one error is reported
 * through `d`, `path` is untouched and false is returned. A `path` that is
 * there but is not a regular file (a symbolic link, a named pipe, a device, a
 * folder) is refused, not replaced. The path "-" writes the file to stdout. */
bool st_write(const char *path, const TensorList *l, Diag *d);

/* ---- metadata ------------------------------------------------------------------
 * The "__metadata__" string pairs, in file order (checkpoints keep the step,
 * the RNG state, the tokenizer and the config there). Keys and values are
 * owned copies; keys are unique. */
typedef struct StMeta {
  int n;
  char **keys, **values;
} StMeta;
/* Sets key to value (replacing an earlier value of the same key). */
void st_meta_set(StMeta *m, const char *key, const char *value);
/* The value of key, or NULL. */
const char *st_meta_get(const StMeta *m, const char *key);
void st_meta_free(StMeta *m); /* accepts a zeroed StMeta */

/* st_read that also appends the file's metadata to *meta (NULL: skipped, as
 * st_read). On failure neither out nor meta changes. */
bool st_read_meta(const char *path, TensorList *out, StMeta *meta, Diag *d);
bool st_read_mem_meta(const uint8_t *buf, size_t len, const char *label, TensorList *out, StMeta *meta, Diag *d);

/* st_write with the metadata pairs of meta (NULL or empty: {"format": "pt"},
 * as st_write; "format": "pt" is added when meta has no "format"). Keys and
 * values must be valid UTF-8 without NUL; same atomic write. */
bool st_write_meta(const char *path, const TensorList *l, const StMeta *meta, Diag *d);

#endif
