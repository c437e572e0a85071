/* tensor.h — host tensors: concrete shapes and data, used by the reference
 * interpreter, safetensors files and the command line. */
#ifndef LLMC_TENSOR_H
#define LLMC_TENSOR_H

#include "ir.h"

typedef struct Tensor {
  char *name;                 /* may be NULL */
  DType dtype;
  int rank;
  int64_t shape[IR_MAX_RANK];
  void *data;                 /* numel * dtype_size bytes, owned */
} Tensor;

/* A named list of tensors (a safetensors file's contents, a set of inputs). */
typedef struct TensorList {
  VEC(Tensor *) v;
  char *origin; /* the file the tensors came from (st_read sets it), for
                   messages; owned, freed by tl_free; may be NULL */
} TensorList;

Tensor *tensor_new(const char *name, DType dt, int rank, const int64_t *shape); /* zero-filled */
void tensor_free(Tensor *t);                  /* accepts NULL */
int64_t tensor_numel(const Tensor *t);
size_t tensor_nbytes(const Tensor *t);
Tensor *tensor_clone(const Tensor *t, const char *name);
/* Element i as a double / set from a double, whatever the dtype. */
double tensor_get(const Tensor *t, int64_t i);
void tensor_set(Tensor *t, int64_t i, double v);
/* A copy converted to another dtype. */
Tensor *tensor_convert(const Tensor *t, DType to);

void tl_free(TensorList *l);                  /* frees the tensors too */
void tl_add(TensorList *l, Tensor *t);        /* takes ownership */
Tensor *tl_find(const TensorList *l, const char *name);

/* f16 / bf16 conversions (round to nearest even). */
float tensor_f16_to_f32(uint16_t h);
uint16_t tensor_f32_to_f16(float f);
float tensor_bf16_to_f32(uint16_t h);
uint16_t tensor_f32_to_bf16(float f);

/* "[4, 8]" of a concrete shape, as a value usable inside a printf argument
 * list (tensor_shape_str(r, d).s). */
typedef struct ShapeStr {
  char s[IR_MAX_RANK * 22 + 4];
} ShapeStr;
ShapeStr tensor_shape_str(int rank, const int64_t *shape);

#endif
