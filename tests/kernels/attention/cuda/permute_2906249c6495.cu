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

/* k66_permute (permute_2906249c6495): 1 IR node, one work item per output element
 *   %66 = permute %53 perm=[1, 0] : f32[16, 16]   ($SRC/stdlib/nn.llm:65)
 * arguments: x0 = %53; y0 = %66; d_B = B; d_T = T
 */
extern "C" __global__ void permute_2906249c6495(const float *__restrict__ x0, float *__restrict__ y0, int d_B, int d_T) {
  const int i = (int)(blockIdx.x * blockDim.x + threadIdx.x);
  if (i >= 256) {
    return;
  }
  const int o1 = i % 16;
  const int o0 = i / 16;
  y0[i] = x0[o1 * 16 + o0];
}
