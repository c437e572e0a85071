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

/* k147_permute (permute_a7a4dbedec9d): 1 IR node, one work item per output element
 *   %147 = permute %2 perm=[1, 0] : f32[128, 65]   (examples/gpt_char.llm:30)
 * arguments: x0 = %2; y0 = %147; d_B = B; d_T = T
 */
extern "C" __global__ void permute_a7a4dbedec9d(const float *__restrict__ x0, float *__restrict__ y0, int d_B, int d_T) {
  const int i = (int)(blockIdx.x * blockDim.x + threadIdx.x);
  if (i >= 8320) {
    return;
  }
  const int o1 = i % 65;
  const int o0 = i / 65;
  y0[i] = x0[o1 * 128 + o0];
}
