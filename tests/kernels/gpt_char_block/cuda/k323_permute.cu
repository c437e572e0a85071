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

/* k323_permute: 4 IR nodes, one work item per output element
 *   %274 = permute %82 perm=[1, 0] : f32[128, 128]   ($SRC/stdlib/nn.llm:65)
 *   %304 = permute %48 perm=[1, 0] : f32[128, 128]   ($SRC/stdlib/nn.llm:65)
 *   %314 = permute %40 perm=[1, 0] : f32[128, 128]   ($SRC/stdlib/nn.llm:65)
 *   %323 = permute %31 perm=[1, 0] : f32[128, 128]   ($SRC/stdlib/nn.llm:65)
 * arguments: x31 = %31; x40 = %40; x48 = %48; x82 = %82; y274 = %274; y304 = %304; y314 = %314; y323 = %323; d_B = B; d_T = T
 */
extern "C" __global__ void k323_permute(const float *__restrict__ x31, const float *__restrict__ x40, const float *__restrict__ x48,
    const float *__restrict__ x82, float *__restrict__ y274, float *__restrict__ y304,
    float *__restrict__ y314, float *__restrict__ y323, int d_B, int d_T) {
  const int i = (int)(blockIdx.x * blockDim.x + threadIdx.x);
  if (i >= 16384) {
    return;
  }
  const int o1 = i % 128;
  const int o0 = i / 128;
  const float v274 = x82[o1 * 128 + o0];
  y274[i] = v274;
  const float v304 = x48[o1 * 128 + o0];
  y304[i] = v304;
  const float v314 = x40[o1 * 128 + o0];
  y314[i] = v314;
  const float v323 = x31[o1 * 128 + o0];
  y323[i] = v323;
}
