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

/* k49_sum: 32 IR nodes, one work item per row of the reduction's domain
 *   %2 = sum %1 axes=[1] : f32[6, 1]   ($SRC/stdlib/nn.llm:85)
 *   %3 = const 24.0 : f32[6, 1]   ($SRC/stdlib/nn.llm:85)
 *   %4 = div %2, %3 : f32[6, 1]   ($SRC/stdlib/nn.llm:85)
 *   %5 = expand %4 : f32[6, 24]   ($SRC/stdlib/nn.llm:86)
 *   %6 = sub %1, %5 : f32[6, 24]   ($SRC/stdlib/nn.llm:86)
 *   %7 = const 2.0 : f32[6, 24]   ($SRC/stdlib/nn.llm:86)
 *   %8 = mul %6, %6 : f32[6, 24]   ($SRC/stdlib/nn.llm:86)
 *   %9 = sum %8 axes=[1] : f32[6, 1]   ($SRC/stdlib/nn.llm:86)
 *   %10 = div %9, %3 : f32[6, 1]   ($SRC/stdlib/nn.llm:86)
 *   %11 = const 1.0000000000000001e-05 : f32[6, 1]   ($SRC/stdlib/nn.llm:87)
 *   %12 = add %10, %11 : f32[6, 1]   ($SRC/stdlib/nn.llm:87)
 *   %13 = rsqrt %12 : f32[6, 1]   ($SRC/stdlib/nn.llm:87)
 *   %14 = expand %13 : f32[6, 24]   ($SRC/stdlib/nn.llm:87)
 *   %17 = reshape %16 : f32[1, 24]   ($SRC/stdlib/nn.llm:87)
 *   %18 = expand %17 : f32[6, 24]   ($SRC/stdlib/nn.llm:87)
 *   %29 = mul %0, %18 : f32[6, 24]   (tests/fusion/layernorm.llm:14)
 *   %33 = mul %29, %14 : f32[6, 24]   (tests/fusion/layernorm.llm:14)
 *   %34 = mul %29, %6 : f32[6, 24]   (tests/fusion/layernorm.llm:14)
 *   %35 = sum %34 axes=[1] : f32[6, 1]   ($SRC/stdlib/nn.llm:87)
 *   %36 = mul %13, %13 : f32[6, 1]   ($SRC/stdlib/nn.llm:87)
 *   %37 = mul %13, %36 : f32[6, 1]   ($SRC/stdlib/nn.llm:87)
 *   %38 = const -0.5 : f32[6, 1]   ($SRC/stdlib/nn.llm:87)
 *   %39 = mul %38, %37 : f32[6, 1]   ($SRC/stdlib/nn.llm:87)
 *   %40 = mul %35, %39 : f32[6, 1]   ($SRC/stdlib/nn.llm:87)
 *   %41 = neg %33 : f32[6, 24]   (tests/fusion/layernorm.llm:14)
 *   %42 = sum %41 axes=[1] : f32[6, 1]   ($SRC/stdlib/nn.llm:87)
 *   %43 = div %40, %3 : f32[6, 1]   ($SRC/stdlib/nn.llm:87)
 *   %44 = expand %43 : f32[6, 24]   ($SRC/stdlib/nn.llm:86)
 *   %45 = mul %7, %6 : f32[6, 24]   ($SRC/stdlib/nn.llm:86)
 *   %46 = mul %44, %45 : f32[6, 24]   ($SRC/stdlib/nn.llm:86)
 *   %48 = neg %46 : f32[6, 24]   ($SRC/stdlib/nn.llm:86)
 *   %49 = sum %48 axes=[1] : f32[6, 1]   ($SRC/stdlib/nn.llm:86)
 * arguments: x0 = %0; x1 = %1; x16 = %16; y2 = %2; y9 = %9; y42 = %42; y43 = %43; y49 = %49
 */
extern "C" __global__ void k49_sum(const float *__restrict__ x0, const float *__restrict__ x1, const float *__restrict__ x16,
    float *__restrict__ y2, float *__restrict__ y9, float *__restrict__ y42, float *__restrict__ y43,
    float *__restrict__ y49) {
  __shared__ float red[32];
  __shared__ float red_2[32];
  __shared__ float red_3[32];
  __shared__ float red_4[32];
  __shared__ float red_5[32];
  const int lid = (int)threadIdx.x;
  for (int blk = (int)blockIdx.x; blk < 6; blk += 6) {
    float acc = 0.0f;
    for (int e = lid; e < 24; e += 32) {
      acc += x1[blk * 24 + e];
    }
    red[lid] = acc;
    __syncthreads();
    if (lid < 16) {
      red[lid] = red[lid] + red[lid + 16];
    }
    __syncthreads();
    if (lid < 8) {
      red[lid] = red[lid] + red[lid + 8];
    }
    __syncthreads();
    if (lid < 4) {
      red[lid] = red[lid] + red[lid + 4];
    }
    __syncthreads();
    if (lid < 2) {
      red[lid] = red[lid] + red[lid + 2];
    }
    __syncthreads();
    if (lid < 1) {
      red[lid] = red[lid] + red[lid + 1];
    }
    __syncthreads();
    const float r2 = red[0];
    const float r4 = r2 / 24.0f;
    float acc_2 = 0.0f;
    for (int e_2 = lid; e_2 < 24; e_2 += 32) {
      const float v6 = x1[blk * 24 + e_2] - r4;
      acc_2 += v6 * v6;
    }
    red_2[lid] = acc_2;
    __syncthreads();
    if (lid < 16) {
      red_2[lid] = red_2[lid] + red_2[lid + 16];
    }
    __syncthreads();
    if (lid < 8) {
      red_2[lid] = red_2[lid] + red_2[lid + 8];
    }
    __syncthreads();
    if (lid < 4) {
      red_2[lid] = red_2[lid] + red_2[lid + 4];
    }
    __syncthreads();
    if (lid < 2) {
      red_2[lid] = red_2[lid] + red_2[lid + 2];
    }
    __syncthreads();
    if (lid < 1) {
      red_2[lid] = red_2[lid] + red_2[lid + 1];
    }
    __syncthreads();
    const float r9 = red_2[0];
    const float r10 = r9 / 24.0f;
    const float r12 = r10 + 1e-05f;
    const float v13 = rsqrtf(r12);
    float acc_3 = 0.0f;
    for (int e_3 = lid; e_3 < 24; e_3 += 32) {
      const float v29 = x0[blk * 24 + e_3] * x16[e_3];
      const float v6_2 = x1[blk * 24 + e_3] - r4;
      acc_3 += v29 * v6_2;
    }
    red_3[lid] = acc_3;
    __syncthreads();
    if (lid < 16) {
      red_3[lid] = red_3[lid] + red_3[lid + 16];
    }
    __syncthreads();
    if (lid < 8) {
      red_3[lid] = red_3[lid] + red_3[lid + 8];
    }
    __syncthreads();
    if (lid < 4) {
      red_3[lid] = red_3[lid] + red_3[lid + 4];
    }
    __syncthreads();
    if (lid < 2) {
      red_3[lid] = red_3[lid] + red_3[lid + 2];
    }
    __syncthreads();
    if (lid < 1) {
      red_3[lid] = red_3[lid] + red_3[lid + 1];
    }
    __syncthreads();
    const float r35 = red_3[0];
    const float r36 = v13 * v13;
    const float r37 = v13 * r36;
    const float r39 = -0.5f * r37;
    const float r40 = r35 * r39;
    float acc_4 = 0.0f;
    for (int e_4 = lid; e_4 < 24; e_4 += 32) {
      const float v29_2 = x0[blk * 24 + e_4] * x16[e_4];
      acc_4 += -(v29_2 * v13);
    }
    red_4[lid] = acc_4;
    __syncthreads();
    if (lid < 16) {
      red_4[lid] = red_4[lid] + red_4[lid + 16];
    }
    __syncthreads();
    if (lid < 8) {
      red_4[lid] = red_4[lid] + red_4[lid + 8];
    }
    __syncthreads();
    if (lid < 4) {
      red_4[lid] = red_4[lid] + red_4[lid + 4];
    }
    __syncthreads();
    if (lid < 2) {
      red_4[lid] = red_4[lid] + red_4[lid + 2];
    }
    __syncthreads();
    if (lid < 1) {
      red_4[lid] = red_4[lid] + red_4[lid + 1];
    }
    __syncthreads();
    const float r42 = red_4[0];
    const float r43 = r40 / 24.0f;
    float acc_5 = 0.0f;
    for (int e_5 = lid; e_5 < 24; e_5 += 32) {
      const float v6_3 = x1[blk * 24 + e_5] - r4;
      acc_5 += -(r43 * (2.0f * v6_3));
    }
    red_5[lid] = acc_5;
    __syncthreads();
    if (lid < 16) {
      red_5[lid] = red_5[lid] + red_5[lid + 16];
    }
    __syncthreads();
    if (lid < 8) {
      red_5[lid] = red_5[lid] + red_5[lid + 8];
    }
    __syncthreads();
    if (lid < 4) {
      red_5[lid] = red_5[lid] + red_5[lid + 4];
    }
    __syncthreads();
    if (lid < 2) {
      red_5[lid] = red_5[lid] + red_5[lid + 2];
    }
    __syncthreads();
    if (lid < 1) {
      red_5[lid] = red_5[lid] + red_5[lid + 1];
    }
    __syncthreads();
    const float r49 = red_5[0];
    if (lid == 0) {
      y2[blk] = r2;
      y9[blk] = r9;
      y42[blk] = r42;
      y43[blk] = r43;
      y49[blk] = r49;
    }
    __syncthreads();
  }
}
