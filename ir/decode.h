/* decode.h — incremental decoding derived from a forward graph (docs/decode.md).
 *
 * From `forward(idx: i32[B, T]) -> logits` (after lower + simplify), ir_decode_derive
 * makes two graphs:
 *   prefill(B, T): the forward graph itself plus one output per cache,
 *     "cache.I" with the cached value of every prompt position (its time axis,
 *     info->cache[I].axis, has length T); the caller writes it into rows 0..T-1
 *     of cache buffer I.
 *   decode(B): inputs "idx" i32[B, 1] (the token at position pos), "pos" i32[1]
 *     and "cache.I" (the cache buffers, time axis of length ctx, rows 0..pos-1
 *     filled, the rest any finite value: zero them once); outputs the forward's
 *     outputs for that one position (time axis of length 1) and "new.I", the
 *     row the caller writes at row `pos` of cache buffer I (time axis of length 1).
 * Decoding never changes a shape with the position: one compiled decode graph
 * serves every pos < ctx. */
#ifndef LLMC_DECODE_H
#define LLMC_DECODE_H

#include "ir.h"

typedef struct DecodeCache {
  char name[32];    /* "cache.I": decode input and prefill output */
  char row[32];     /* "new.I": decode output, the row at pos */
  int axis;         /* the time axis of the cache tensor */
  int32_t node;     /* the forward graph's node whose history it holds */
} DecodeCache;

typedef struct DecodeInfo {
  int64_t ctx;          /* in: the cache length (the longest sequence) */
  int ncache;
  DecodeCache *cache;   /* ncache entries, malloc'd: ir_decode_info_free */
  char why[256];        /* when derivation is refused: the one-line reason */
} DecodeInfo;

#endif
