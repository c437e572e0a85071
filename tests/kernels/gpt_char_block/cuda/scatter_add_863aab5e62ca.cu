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

/* k359_scatter_add (scatter_add_863aab5e62ca): 1 IR node, one work item per output element
 *   %359 = scatter_add %355, %0 : f32[65, 128]   (examples/gpt_char.llm:28)
 * arguments: x0 = %0; x1 = %355; y0 = %359; d_B = B; d_T = T
 */
extern "C" __global__ void scatter_add_863aab5e62ca(const int *__restrict__ x0, const float *__restrict__ x1, float *__restrict__ y0, int d_B,
    int d_T) {
  const long long i = ((long long)blockIdx.x * blockDim.x + threadIdx.x);
  if (i >= 8320LL) {
    return;
  }
  float acc = 0.0f;
  const int o1 = (int)(i % 128);
  const int o0 = (int)(i / 128);
  const long long col = (long long)o1;
  /* gather-style scatter_add: every index in order, deterministic */
  for (long long j = 0LL; j < (long long)d_B * d_T; j++) {
    if (x0[j] == o0) {
      acc += x1[j * 128LL + col];
    }
  }
  y0[i] = acc;
}
