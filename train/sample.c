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

/* run.c's softmax of logits / temperature into p, in float as it sums. */
static void softmax_t(const float *logits, float *p, int n, float temperature) {
  for (int i = 0; i < n; i++) p[i] = logits[i] / temperature;
  float mx = p[0], sum = 0.0f;
  for (int i = 1; i < n; i++)
    if (p[i] > mx) mx = p[i];
  for (int i = 0; i < n; i++) {
    p[i] = expf(p[i] - mx);
    sum += p[i];
  }
  for (int i = 0; i < n; i++) p[i] /= sum;
}

int sample_next(Sampler *s, const float *logits) {
  int n = s->vocab;
  if (s->temperature == 0) return argmax(logits, n);
  float *p = s->probs;
  softmax_t(logits, p, n, s->temperature);
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
  /* run.c's sample_topp. Its cutoff trick: a token below (1 - top_p) / (n - 1)
   * cannot be in the nucleus (were all the rest in it too, they would hold less
   * than 1 - top_p), so only the others are sorted; the cut set also decides the
   * total mass when no prefix exceeds top_p, so it is kept for parity. */
  float cutoff = cut_p && n > 1 ? (1.0f - s->top_p) / (float)(n - 1) : 0.0f;
  ByProb *bp = xmalloc(sizeof *bp * (size_t)n);
  int m = 0;
  for (int i = 0; i < n; i++)
    if (p[i] >= cutoff) bp[m++] = (ByProb){p, i};
  qsort(bp, (size_t)m, sizeof *bp, by_prob_desc);
  if (cut_k && s->top_k < m) m = s->top_k;
  /* the smallest prefix whose mass exceeds top_p (all m when none does) */
  float mass = 0;
  int last = m - 1;
  for (int i = 0; i < m; i++) {
    mass += p[bp[i].i];
    if (cut_p && mass > s->top_p) {
      last = i;
      break;
    }
  }
  float r = coin * mass, cdf = 0;
  int pick = bp[last].i;
  for (int i = 0; i <= last; i++) {
    cdf += p[bp[i].i];
    if (r < cdf) {
      pick = bp[i].i;
      break;
    }
  }
  free(bp);
  return pick;
}
