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

/* k66_permute: 1 IR node, one work item per output element
 *   %66 = permute %53 perm=[1, 0] : f32[16, 16]   ($SRC/stdlib/nn.llm:65)
 * arguments: x53 = %53; y66 = %66; d_B = B; d_T = T
 */
extern "C" __global__ void k66_permute(const float *__restrict__ x53, float *__restrict__ y66, int d_B, int d_T) {
  const int i = (int)(blockIdx.x * blockDim.x + threadIdx.x);
  if (i >= 256) {
    return;
  }
  const int o1 = i % 16;
  const int o0 = i / 16;
  y66[i] = x53[o1 * 16 + o0];
}
