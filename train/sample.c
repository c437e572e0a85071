/* sample.c — the sampler (sample.h). */
#include "sample.h"

#include <math.h>
#include <stdlib.h>

#include "support.h"

void sample_init(Sampler *s, int vocab, float temperature, int top_k, float top_p, uint64_t seed) {
  s->vocab = vocab;
  s->temperature = temperature < 0 ? 0 : temperature;
  s->top_k = top_k < 0 ? 0 : top_k;
  s->top_p = top_p;
  s->rng = seed ? seed : 1;
  s->probs = xmalloc(sizeof *s->probs * (size_t)(vocab > 0 ? vocab : 1));
  s->order = xmalloc(sizeof *s->order * (size_t)(vocab > 0 ? vocab : 1));
}

void sample_free(Sampler *s) {
  free(s->probs);
  free(s->order);
  s->probs = NULL;
  s->order = NULL;
}

/* xorshift*: https://en.wikipedia.org/wiki/Xorshift#xorshift* */
static uint32_t random_u32(uint64_t *state) {
  *state ^= *state >> 12;
  *state ^= *state << 25;
  *state ^= *state >> 27;
  return (uint32_t)((*state * 0x2545F4914F6CDD1DULL) >> 32);
}

float sample_random_f32(uint64_t *state) { return (float)(random_u32(state) >> 8) / 16777216.0f; }

static int argmax(const float *x, int n) {
  int best = 0;
  for (int i = 1; i < n; i++)
    if (x[i] > x[best]) best = i;
  return best;
}

/* Sorting token ids by descending probability; ties by id, so the order
 * (and the sample) does not depend on qsort's algorithm. */
typedef struct ByProb {
  const float *p;
  int i;
} ByProb;
static int by_prob_desc(const void *a, const void *b) {
  const ByProb *x = a, *y = b;
  if (x->p[x->i] != y->p[y->i]) return x->p[x->i] < y->p[y->i] ? 1 : -1;
  return (x->i > y->i) - (x->i < y->i);
}

int sample_next(Sampler *s, const float *logits) {
  int n = s->vocab;
  if (s->temperature == 0) return argmax(logits, n);
  float *p = s->probs;
  float mx = -INFINITY;
  for (int i = 0; i < n; i++) {
    p[i] = logits[i] / s->temperature;
    if (p[i] > mx) mx = p[i];
  }
  double sum = 0;
  for (int i = 0; i < n; i++) sum += p[i] = expf(p[i] - mx);
  for (int i = 0; i < n; i++) p[i] = (float)(p[i] / sum);
  float coin = sample_random_f32(&s->rng);
  bool cut_k = s->top_k > 0 && s->top_k < n, cut_p = s->top_p > 0 && s->top_p < 1;
  if (!cut_k && !cut_p) { /* run.c's sample_mult */
    float cdf = 0;
    for (int i = 0; i < n; i++) {
      cdf += p[i];
      if (coin < cdf) return i;
    }
    return n - 1; /* rounding */
  }
  ByProb *bp = xmalloc(sizeof *bp * (size_t)n);
  for (int i = 0; i < n; i++) bp[i] = (ByProb){p, i};
  qsort(bp, (size_t)n, sizeof *bp, by_prob_desc);
  int m = cut_k ? s->top_k : n;
  /* run.c's sample_topp: the smallest prefix whose mass exceeds top_p */
  float mass = 0;
  for (int i = 0; i < m; i++) {
    mass += p[bp[i].i];
    if (cut_p && mass > s->top_p) {
      m = i + 1;
      break;
    }
  }
  if (!cut_p) {
    mass = 0;
    for (int i = 0; i < m; i++) mass += p[bp[i].i];
  }
  float r = coin * mass, cdf = 0;
  int pick = bp[m - 1].i;
  for (int i = 0; i < m; i++) {
    cdf += p[bp[i].i];
    if (r < cdf) {
      pick = bp[i].i;
      break;
    }
  }
  free(bp);
  return pick;
}
