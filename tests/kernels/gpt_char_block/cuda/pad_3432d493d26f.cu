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

/* k358_pad (pad_3432d493d26f): 2 IR nodes, one work item per output element
 *   %357 = reshape %356 : f32[T, 128]   (examples/gpt_char.llm:28)
 *   %358 = pad %357 start=[0, 0] step=[1, 1] : f32[64, 128]   (examples/gpt_char.llm:28)
 * arguments: x0 = %356; y0 = %358; d_B = B; d_T = T
 */
extern "C" __global__ void pad_3432d493d26f(const float *__restrict__ x0, float *__restrict__ y0, int d_B, int d_T) {
  const long long i = ((long long)blockIdx.x * blockDim.x + threadIdx.x);
  if (i >= 8192LL) {
    return;
  }
  const int o1 = (int)(i % 128);
  const int o0 = (int)(i / 128);
  float v = 0.0f;
  if (o0 >= 0 && o0 < d_T) {
    const long long t0_q = (long long)o0 * 128LL + (long long)o1;
    const int t0_2 = (int)(t0_q % 128LL);
    const int t0_1 = (int)(t0_q / 128LL);
    v += x0[(long long)t0_1 * 128 + t0_2];
  }
  y0[i] = v;
}
