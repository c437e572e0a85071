/* tensor.c — host tensors and half-precision conversions. */
#include "tensor.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

Tensor *tensor_new(const char *name, DType dt, int rank, const int64_t *shape) {
  Tensor *t = xcalloc(1, sizeof *t);
  t->name = name ? xstrdup(name) : NULL;
  t->dtype = dt;
  t->rank = rank;
  for (int i = 0; i < rank; i++) t->shape[i] = shape[i];
  t->data = xcalloc(1, tensor_nbytes(t) ? tensor_nbytes(t) : 1);
  return t;
}

void tensor_free(Tensor *t) {
  if (!t) return;
  free(t->name);
  free(t->data);
  free(t);
}

int64_t tensor_numel(const Tensor *t) {
  int64_t n = 1;
  for (int i = 0; i < t->rank; i++) n *= t->shape[i];
  return n;
}

size_t tensor_nbytes(const Tensor *t) { return (size_t)tensor_numel(t) * (size_t)dtype_size(t->dtype); }

Tensor *tensor_clone(const Tensor *t, const char *name) {
  Tensor *c = tensor_new(name ? name : t->name, t->dtype, t->rank, t->shape);
  memcpy(c->data, t->data, tensor_nbytes(t));
  return c;
}

float tensor_f16_to_f32(uint16_t h) {
  uint32_t sign = (uint32_t)(h >> 15) << 31, exp = (h >> 10) & 0x1f, man = h & 0x3ff;
  uint32_t bits;
  if (exp == 0) {
    if (man == 0) bits = sign;
    else { /* subnormal */
      float f = ldexpf((float)man, -24);
      return sign ? -f : f;
    }
  } else if (exp == 31) {
    bits = sign | 0x7f800000u | (man << 13);
  } else {
    bits = sign | ((exp + 112) << 23) | (man << 13);
  }
  float f;
  memcpy(&f, &bits, 4);
  return f;
}

uint16_t tensor_f32_to_f16(float f) {
  uint32_t x;
  memcpy(&x, &f, 4);
  uint32_t sign = (x >> 16) & 0x8000;
  int32_t exp = (int32_t)((x >> 23) & 0xff);
  uint32_t man = x & 0x7fffff;
  if (exp == 0xff) return (uint16_t)(sign | 0x7c00 | (man ? 0x200 : 0));
  int32_t e = exp - 127 + 15;
  if (e >= 31) return (uint16_t)(sign | 0x7c00);
  if (e <= 0) {
    if (e < -10) return (uint16_t)sign;
    man |= 0x800000;
    uint32_t shift = (uint32_t)(14 - e);
    uint32_t half = man >> shift;
    uint32_t rem = man & ((1u << shift) - 1), mid = 1u << (shift - 1);
    if (rem > mid || (rem == mid && (half & 1))) half++;
    return (uint16_t)(sign | half);
  }
  uint32_t h = sign | ((uint32_t)e << 10) | (man >> 13);
  uint32_t rem = man & 0x1fff;
  if (rem > 0x1000 || (rem == 0x1000 && (h & 1))) h++;
  return (uint16_t)h;
}

float tensor_bf16_to_f32(uint16_t h) {
  uint32_t bits = (uint32_t)h << 16;
  float f;
  memcpy(&f, &bits, 4);
  return f;
}

uint16_t tensor_f32_to_bf16(float f) {
  uint32_t x;
  memcpy(&x, &f, 4);
  if ((x & 0x7fffffff) > 0x7f800000) return (uint16_t)((x >> 16) | 0x40); /* quiet NaN */
  uint32_t r = x + 0x7fff + ((x >> 16) & 1);
  return (uint16_t)(r >> 16);
}

double tensor_get(const Tensor *t, int64_t i) {
  switch (t->dtype) {
  case DT_F32: return ((const float *)t->data)[i];
  case DT_F64: return ((const double *)t->data)[i];
  case DT_I32: return ((const int32_t *)t->data)[i];
  case DT_F16: return tensor_f16_to_f32(((const uint16_t *)t->data)[i]);
  case DT_BF16: return tensor_bf16_to_f32(((const uint16_t *)t->data)[i]);
  }
  return 0;
}

void tensor_set(Tensor *t, int64_t i, double v) {
  switch (t->dtype) {
  case DT_F32: ((float *)t->data)[i] = (float)v; break;
  case DT_F64: ((double *)t->data)[i] = v; break;
  case DT_I32: ((int32_t *)t->data)[i] = (int32_t)v; break;
  case DT_F16: ((uint16_t *)t->data)[i] = tensor_f32_to_f16((float)v); break;
  case DT_BF16: ((uint16_t *)t->data)[i] = tensor_f32_to_bf16((float)v); break;
  }
}

Tensor *tensor_convert(const Tensor *t, DType to) {
  Tensor *c = tensor_new(t->name, to, t->rank, t->shape);
  int64_t n = tensor_numel(t);
  for (int64_t i = 0; i < n; i++) tensor_set(c, i, tensor_get(t, i));
  return c;
}

void tl_free(TensorList *l) {
  if (!l) return;
  for (int i = 0; i < l->v.n; i++) tensor_free(l->v.v[i]);
  vec_free(&l->v);
  free(l->origin);
  l->origin = NULL;
}

void tl_add(TensorList *l, Tensor *t) { vec_push(&l->v, t); }

Tensor *tl_find(const TensorList *l, const char *name) {
  for (int i = 0; i < l->v.n; i++)
    if (l->v.v[i]->name && !strcmp(l->v.v[i]->name, name)) return l->v.v[i];
  return NULL;
}

ShapeStr tensor_shape_str(int rank, const int64_t *shape) {
  ShapeStr r;
  size_t k = 0;
  r.s[k++] = '[';
  for (int i = 0; i < rank; i++)
    k += (size_t)snprintf(r.s + k, sizeof r.s - k, "%s%lld", i ? ", " : "", (long long)shape[i]);
  snprintf(r.s + k, sizeof r.s - k, "]");
  return r;
}
