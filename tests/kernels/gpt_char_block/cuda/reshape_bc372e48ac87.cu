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

/* k83_reshape (reshape_bc372e48ac87): 2 IR nodes, one work item per output element
 *   %81 = permute %80 perm=[0, 2, 1, 3] : f32[B, T, 4, 32]   ($SRC/stdlib/nn.llm:157)
 *   %83 = reshape %81 : f32[B*T, 128]   ($SRC/stdlib/nn.llm:65)
 * arguments: x0 = %80; y0 = %83; d_B = B; d_T = T
 */
extern "C" __global__ void reshape_bc372e48ac87(const float *__restrict__ x0, float *__restrict__ y0, int d_B, int d_T) {
  const long long i = ((long long)blockIdx.x * blockDim.x + threadIdx.x);
  if (i >= (long long)d_B * d_T * 128) {
    return;
  }
  const int t0_3 = (int)(i % 32);
  const long long t0_q = i / 32;
  const int t0_2 = (int)(t0_q % 4);
  const long long t0_q_2 = t0_q / 4;
  const int t0_1 = (int)(t0_q_2 % d_T);
  const int t0_0 = (int)(t0_q_2 / d_T);
  y0[i] = x0[(((long long)t0_0 * 4 + t0_2) * d_T + t0_1) * 32 + t0_3];
}
