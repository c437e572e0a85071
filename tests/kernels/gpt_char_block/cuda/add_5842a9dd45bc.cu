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

/* k360_add (add_5842a9dd45bc): 2 IR nodes, one work item per output element
 *   %182 = permute %181 perm=[1, 0] : f32[65, 128]   (examples/gpt_char.llm:30)
 *   %360 = add %182, %359 : f32[65, 128]   (examples/gpt_char.llm:30)
 * arguments: x0 = %181; x1 = %359; y0 = %360; d_B = B; d_T = T
 */
extern "C" __global__ void add_5842a9dd45bc(const float *__restrict__ x0, const float *__restrict__ x1, float *__restrict__ y0, int d_B,
    int d_T) {
  const int i = (int)(blockIdx.x * blockDim.x + threadIdx.x);
  if (i >= 8320) {
    return;
  }
  const int o1 = i % 128;
  const int o0 = i / 128;
  y0[i] = x0[o1 * 65 + o0] + x1[i];
}
