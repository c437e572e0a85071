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

/* k31_sum (sum_bf2336910090): 13 IR nodes, one work item per row of the reduction's domain
 *   %3 = const 24.0 : f32[6, 1]   ($SRC/stdlib/nn.llm:85)
 *   %4 = div %2, %3 : f32[6, 1]   ($SRC/stdlib/nn.llm:85)
 *   %5 = expand %4 : f32[6, 24]   ($SRC/stdlib/nn.llm:86)
 *   %6 = sub %1, %5 : f32[6, 24]   ($SRC/stdlib/nn.llm:86)
 *   %10 = div %9, %3 : f32[6, 1]   ($SRC/stdlib/nn.llm:86)
 *   %11 = const 1.0000000000000001e-05 : f32[6, 1]   ($SRC/stdlib/nn.llm:87)
 *   %12 = add %10, %11 : f32[6, 1]   ($SRC/stdlib/nn.llm:87)
 *   %13 = rsqrt %12 : f32[6, 1]   ($SRC/stdlib/nn.llm:87)
 *   %14 = expand %13 : f32[6, 24]   ($SRC/stdlib/nn.llm:87)
 *   %15 = mul %6, %14 : f32[6, 24]   ($SRC/stdlib/nn.llm:87)
 *   %27 = sum %0 axes=[0] : f32[1, 24]   ($SRC/stdlib/nn.llm:87)
 *   %30 = mul %0, %15 : f32[6, 24]   (tests/fusion/layernorm.llm:14)
 *   %31 = sum %30 axes=[0] : f32[1, 24]   ($SRC/stdlib/nn.llm:87)
 * arguments: x0 = %0; x1 = %1; x2 = %2; x3 = %9; y0 = %27; y1 = %31
 */
extern "C" __global__ void sum_bf2336910090(const float *__restrict__ x0, const float *__restrict__ x1, const float *__restrict__ x2,
    const float *__restrict__ x3, float *__restrict__ y0, float *__restrict__ y1) {
  __shared__ float red[256];
  __shared__ float red_2[256];
  const int lid = (int)threadIdx.x;
  const int lc = lid % 32;
  const int ls = lid / 32;
  for (int blk = (int)blockIdx.x; blk < 1; blk++) {
    const int row = blk * 32 + lc;
    const int ok = row < 24;
    const int i_2 = ok ? row : 23;
    float acc = 0.0f;
    for (int e = ls; e < 6; e += 8) {
      acc += x0[e * 24 + i_2];
    }
    red[lid] = acc;
    __syncthreads();
    if (ls < 4) {
      red[lid] = red[lid] + red[lid + 128];
    }
    __syncthreads();
    if (ls < 2) {
      red[lid] = red[lid] + red[lid + 64];
    }
    __syncthreads();
    if (ls < 1) {
      red[lid] = red[lid] + red[lid + 32];
    }
    __syncthreads();
    const float r0 = red[lc];
    float acc_2 = 0.0f;
    for (int e_2 = ls; e_2 < 6; e_2 += 8) {
      acc_2 += x0[e_2 * 24 + i_2] * ((x1[e_2 * 24 + i_2] - x2[e_2] / 24.0f) * rsqrtf(x3[e_2] / 24.0f + 1e-05f));
    }
    red_2[lid] = acc_2;
    __syncthreads();
    if (ls < 4) {
      red_2[lid] = red_2[lid] + red_2[lid + 128];
    }
    __syncthreads();
    if (ls < 2) {
      red_2[lid] = red_2[lid] + red_2[lid + 64];
    }
    __syncthreads();
    if (ls < 1) {
      red_2[lid] = red_2[lid] + red_2[lid + 32];
    }
    __syncthreads();
    const float r1 = red_2[lc];
    if (ok) {
      if (ls == 0) {
        y0[i_2] = r0;
        y1[i_2] = r1;
      }
    }
    __syncthreads();
  }
}
