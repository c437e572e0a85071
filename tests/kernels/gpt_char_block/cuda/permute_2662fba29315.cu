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

/* k323_permute (permute_2662fba29315): 4 IR nodes, one work item per output element
 *   %274 = permute %82 perm=[1, 0] : f32[128, 128]   ($SRC/stdlib/nn.llm:65)
 *   %304 = permute %48 perm=[1, 0] : f32[128, 128]   ($SRC/stdlib/nn.llm:65)
 *   %314 = permute %40 perm=[1, 0] : f32[128, 128]   ($SRC/stdlib/nn.llm:65)
 *   %323 = permute %31 perm=[1, 0] : f32[128, 128]   ($SRC/stdlib/nn.llm:65)
 * arguments: x0 = %31; x1 = %40; x2 = %48; x3 = %82; y0 = %274; y1 = %304; y2 = %314; y3 = %323; d_B = B; d_T = T
 */
extern "C" __global__ void permute_2662fba29315(const float *__restrict__ x0, const float *__restrict__ x1, const float *__restrict__ x2,
    const float *__restrict__ x3, float *__restrict__ y0, float *__restrict__ y1,
    float *__restrict__ y2, float *__restrict__ y3, int d_B, int d_T) {
  const int i = (int)(blockIdx.x * blockDim.x + threadIdx.x);
  if (i >= 16384) {
    return;
  }
  const int o1 = i % 128;
  const int o0 = i / 128;
  const float v0 = x3[o1 * 128 + o0];
  y0[i] = v0;
  const float v1 = x2[o1 * 128 + o0];
  y1[i] = v1;
  const float v2 = x1[o1 * 128 + o0];
  y2[i] = v2;
  const float v3 = x0[o1 * 128 + o0];
  y3[i] = v3;
}
