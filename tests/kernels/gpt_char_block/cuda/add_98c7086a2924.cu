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

/* k30_add (add_98c7086a2924): 24 IR nodes, one work item per row of the reduction's domain
 *   %3 = gather %2, %0 : f32[B, T, 128]   (examples/gpt_char.llm:28)
 *   %5 = slice %4 start=[0, 0] step=[1, 1] : f32[T, 128]   (examples/gpt_char.llm:28)
 *   %6 = reshape %5 : f32[1, T, 128]   (examples/gpt_char.llm:28)
 *   %7 = expand %6 : f32[B, T, 128]   (examples/gpt_char.llm:28)
 *   %8 = add %3, %7 : f32[B, T, 128]   (examples/gpt_char.llm:28)
 *   %9 = sum %8 axes=[2] : f32[B, T, 1]   ($SRC/stdlib/nn.llm:85)
 *   %10 = const 128.0 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:85)
 *   %11 = div %9, %10 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:85)
 *   %12 = expand %11 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:86)
 *   %13 = sub %8, %12 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:86)
 *   %15 = mul %13, %13 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:86)
 *   %16 = sum %15 axes=[2] : f32[B, T, 1]   ($SRC/stdlib/nn.llm:86)
 *   %17 = div %16, %10 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:86)
 *   %18 = const 1.0000000000000001e-05 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:87)
 *   %19 = add %17, %18 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:87)
 *   %20 = rsqrt %19 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:87)
 *   %21 = expand %20 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:87)
 *   %22 = mul %13, %21 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:87)
 *   %24 = reshape %23 : f32[1, 1, 128]   ($SRC/stdlib/nn.llm:87)
 *   %25 = expand %24 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:87)
 *   %26 = mul %22, %25 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:87)
 *   %28 = reshape %27 : f32[1, 1, 128]   ($SRC/stdlib/nn.llm:87)
 *   %29 = expand %28 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:87)
 *   %30 = add %26, %29 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:87)
 * arguments: x0 = %0; x1 = %2; x2 = %4; x3 = %23; x4 = %27; y0 = %9; y1 = %16; y2 = %30; d_B = B; d_T = T
 */
extern "C" __global__ void add_98c7086a2924(const int *__restrict__ x0, const float *__restrict__ x1, const float *__restrict__ x2,
    const float *__restrict__ x3, const float *__restrict__ x4, float *__restrict__ y0,
    float *__restrict__ y1, float *__restrict__ y2, int d_B, int d_T) {
  __shared__ float red[64];
  __shared__ float red_2[64];
  const int lid = (int)threadIdx.x;
  const long long rows = (long long)d_B * d_T;
  const long long groups = (long long)d_B;
  for (long long blk = (long long)blockIdx.x; blk < rows; blk += groups) {
    const int o1 = (int)(blk % d_T);
    const int o0 = (int)(blk / d_T);
    float acc = 0.0f;
    for (long long e = (long long)lid; e < 128LL; e += 64LL) {
      const int r0 = (int)e;
      const int row = x0[(long long)o0 * d_T + o1];
      float v = 0.0f;
      if (row >= 0 && row < 65) {
        v = x1[(long long)row * 128 + r0];
      }
      const long long t0_q = (long long)o1 * 128LL + (long long)r0;
      const int t0_1 = (int)(t0_q % 128LL);
      const int t0_0 = (int)(t0_q / 128LL);
      const float v0 = v + x2[(long long)t0_0 * 128 + t0_1];
      acc += v0;
    }
    red[lid] = acc;
    __syncthreads();
    if (lid < 32) {
      red[lid] = red[lid] + red[lid + 32];
    }
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
    const float r1 = red[0];
    const float r2 = r1 / 128.0f;
    float acc_2 = 0.0f;
    for (long long e_2 = (long long)lid; e_2 < 128LL; e_2 += 64LL) {
      const int r0_2 = (int)e_2;
      const int row_2 = x0[(long long)o0 * d_T + o1];
      float v_2 = 0.0f;
      if (row_2 >= 0 && row_2 < 65) {
        v_2 = x1[(long long)row_2 * 128 + r0_2];
      }
      const long long t1_q = (long long)o1 * 128LL + (long long)r0_2;
      const int t1_1 = (int)(t1_q % 128LL);
      const int t1_0 = (int)(t1_q / 128LL);
      const float v0_2 = v_2 + x2[(long long)t1_0 * 128 + t1_1];
      const float v1 = v0_2 - r2;
      acc_2 += v1 * v1;
    }
    red_2[lid] = acc_2;
    __syncthreads();
    if (lid < 32) {
      red_2[lid] = red_2[lid] + red_2[lid + 32];
    }
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
    const float r3 = red_2[0];
    const float r4 = r3 / 128.0f;
    const float r5 = r4 + 1e-05f;
    const float r6 = rsqrtf(r5);
    if (lid == 0) {
      y0[blk] = r1;
      y1[blk] = r3;
    }
    for (long long e_3 = (long long)lid; e_3 < 128LL; e_3 += 64LL) {
      const int a0 = (int)e_3;
      const long long at = ((long long)o0 * d_T + o1) * 128 + a0;
      const int row_3 = x0[(long long)o0 * d_T + o1];
      float v_3 = 0.0f;
      if (row_3 >= 0 && row_3 < 65) {
        v_3 = x1[(long long)row_3 * 128 + a0];
      }
      const long long t2_q = (long long)o1 * 128LL + (long long)a0;
      const int t2_1 = (int)(t2_q % 128LL);
      const int t2_0 = (int)(t2_q / 128LL);
      const float v0_3 = v_3 + x2[(long long)t2_0 * 128 + t2_1];
      const float v1_2 = v0_3 - r2;
      y2[at] = v1_2 * r6 * x3[(long long)a0] + x4[(long long)a0];
    }
    __syncthreads();
  }
}
