/* init.h — parameter initialisation from `init` clauses, deterministic in a seed. */
#ifndef LLMC_INIT_H
#define LLMC_INIT_H

#include "tensor.h"

typedef enum RtInit { RT_INIT_ZEROS, RT_INIT_ONES, RT_INIT_NORMAL, RT_INIT_UNIFORM, RT_INIT_CONSTANT } RtInit;

/* A new tensor filled by `kind` (a, b: mean and std for normal, lo and hi for
 * uniform, the value for constant). The random stream depends only on the seed
 * and the tensor's name, so adding a parameter does not change the others. */
Tensor *rt_init_tensor(const char *name, DType dt, int rank, const int64_t *dims, RtInit kind, double a, double b,
                       uint64_t seed);

/* splitmix64: the generator behind every random number llmc draws on the host. */
uint64_t rt_splitmix64(uint64_t *state);

#endif
