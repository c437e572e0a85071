/* init.c — parameter initialisation. */
#include "init.h"

#include <math.h>
#include <string.h>

uint64_t rt_splitmix64(uint64_t *state) {
  uint64_t z = (*state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

/* uniform in (0, 1): 53 random bits, never exactly 0 */
static double uniform01(uint64_t *st) { return ((double)(rt_splitmix64(st) >> 11) + 0.5) / 9007199254740992.0; }

Tensor *rt_init_tensor(const char *name, DType dt, int rank, const int64_t *dims, RtInit kind, double a, double b,
                       uint64_t seed) {
  Tensor *t = tensor_new(name, dt, rank, dims);
  int64_t n = tensor_numel(t);
  uint64_t st = sup_hash_bytes(name ? name : "", name ? strlen(name) : 0, seed * 0x9e3779b97f4a7c15ULL + 1);
  for (int64_t i = 0; i < n; i++) {
    double v = 0;
    switch (kind) {
    case RT_INIT_ZEROS: v = 0; break;
    case RT_INIT_ONES: v = 1; break;
    case RT_INIT_CONSTANT: v = a; break;
    case RT_INIT_UNIFORM: v = a + (b - a) * uniform01(&st); break;
    case RT_INIT_NORMAL: { /* Box-Muller, one value per pair of draws */
      double u1 = uniform01(&st), u2 = uniform01(&st);
      v = a + b * sqrt(-2.0 * log(u1)) * cos(6.283185307179586 * u2);
      break;
    }
    }
    tensor_set(t, i, v);
  }
  return t;
}
