/* sample.h — choosing the next token from logits, as llama2.c's run.c does:
 * temperature 0 is greedy (argmax); otherwise the logits are divided by the
 * temperature and softmaxed, optionally cut to the k most likely tokens
 * (top-k) and to the smallest set whose probability reaches p (top-p,
 * "nucleus"), and one float coin from a xorshift* generator picks a token from
 * the cumulative distribution. The same seed gives the same tokens, and the
 * same tokens as run.c given equal logits: the softmax sums in float as run.c
 * does, and top-p keeps run.c's cutoff (docs/inference.md). */
#ifndef LLMC_SAMPLE_H
#define LLMC_SAMPLE_H

#include <stdint.h>

typedef struct Sampler {
  int vocab;
  float temperature; /* 0: greedy */
  int top_k;         /* 0: off */
  float top_p;       /* <= 0 or >= 1: off */
  uint64_t rng;      /* xorshift* state (run.c's random_u32) */
  float *probs;      /* [vocab] scratch */
  int *order;        /* [vocab] scratch */
} Sampler;

/* seed 0 is replaced by 1 (xorshift has no zero state). */
void sample_init(Sampler *s, int vocab, float temperature, int top_k, float top_p, uint64_t seed);
void sample_free(Sampler *s); /* accepts a zeroed Sampler */
/* The next token for logits[0..vocab) (read only). */
int sample_next(Sampler *s, const float *logits);
/* run.c's random_f32: a float in [0, 1) from 24 bits of random_u32. */
float sample_random_f32(uint64_t *state);

#endif
