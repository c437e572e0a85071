#ifndef LLMC_PRELUDE
#define LLMC_PRELUDE
typedef unsigned long long llmc_u64;
typedef unsigned int llmc_u32;
typedef unsigned short llmc_u16;
#define LLMC_FN static __device__ __forceinline__
#define LLMC_U64(c) c##ULL
#define LLMC_AS_FLOAT(u) __uint_as_float(u)
#define LLMC_AS_UINT(f) __float_as_uint(f)
#endif

/* k239_permute (permute_edf1b9c78848): 1 IR node, one work item per output element
 *   %239 = permute %110 perm=[1, 0] : f32[512, 128]   ($SRC/stdlib/nn.llm:65)
 * arguments: x0 = %110; y0 = %239; d_B = B; d_T = T
 */
extern "C" __global__ void permute_edf1b9c78848(const float *__restrict__ x0, float *__restrict__ y0, int d_B, int d_T) {
  const int i = (int)(blockIdx.x * blockDim.x + threadIdx.x);
  if (i >= 65536) {
    return;
  }
  const int o1 = i % 128;
  const int o0 = i / 128;
  y0[i] = x0[o1 * 512 + o0];
}
