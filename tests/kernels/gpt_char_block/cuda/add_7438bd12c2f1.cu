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

/* k109_add (add_7438bd12c2f1): 29 IR nodes, one work item per row of the reduction's domain
 *   %3 = gather %2, %0 : f32[B, T, 128]   (examples/gpt_char.llm:28)
 *   %5 = slice %4 start=[0, 0] step=[1, 1] : f32[T, 128]   (examples/gpt_char.llm:28)
 *   %6 = reshape %5 : f32[1, T, 128]   (examples/gpt_char.llm:28)
 *   %7 = expand %6 : f32[B, T, 128]   (examples/gpt_char.llm:28)
 *   %8 = add %3, %7 : f32[B, T, 128]   (examples/gpt_char.llm:28)
 *   %10 = const 128.0 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:85)
 *   %18 = const 1.0000000000000001e-05 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:87)
 *   %85 = reshape %84 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:65)
 *   %87 = reshape %86 : f32[1, 1, 128]   ($SRC/stdlib/nn.llm:66)
 *   %88 = expand %87 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:66)
 *   %89 = add %85, %88 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:66)
 *   %90 = add %8, %89 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:169)
 *   %91 = sum %90 axes=[2] : f32[B, T, 1]   ($SRC/stdlib/nn.llm:85)
 *   %92 = div %91, %10 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:85)
 *   %93 = expand %92 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:86)
 *   %94 = sub %90, %93 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:86)
 *   %95 = mul %94, %94 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:86)
 *   %96 = sum %95 axes=[2] : f32[B, T, 1]   ($SRC/stdlib/nn.llm:86)
 *   %97 = div %96, %10 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:86)
 *   %98 = add %97, %18 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:87)
 *   %99 = rsqrt %98 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:87)
 *   %100 = expand %99 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:87)
 *   %101 = mul %94, %100 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:87)
 *   %103 = reshape %102 : f32[1, 1, 128]   ($SRC/stdlib/nn.llm:87)
 *   %104 = expand %103 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:87)
 *   %105 = mul %101, %104 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:87)
 *   %107 = reshape %106 : f32[1, 1, 128]   ($SRC/stdlib/nn.llm:87)
 *   %108 = expand %107 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:87)
 *   %109 = add %105, %108 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:87)
 * arguments: x0 = %0; x1 = %2; x2 = %4; x3 = %84; x4 = %86; x5 = %102; x6 = %106; y0 = %91; y1 = %96; y2 = %109; d_B = B; d_T = T
 */
extern "C" __global__ void add_7438bd12c2f1(const int *__restrict__ x0, const float *__restrict__ x1, const float *__restrict__ x2,
    const float *__restrict__ x3, const float *__restrict__ x4, const float *__restrict__ x5,
    const float *__restrict__ x6, float *__restrict__ y0, float *__restrict__ y1,
    float *__restrict__ y2, int d_B, int d_T) {
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
      const long long t1_q = ((long long)o0 * (long long)d_T + (long long)o1) * 128LL + (long long)r0;
      const int t1_1 = (int)(t1_q % 128LL);
      const long long t1_0 = t1_q / 128LL;
      const float v0 = v + x2[(long long)t0_0 * 128 + t0_1] + (x3[t1_0 * 128 + t1_1] + x4[(long long)r0]);
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
      const long long t2_q = (long long)o1 * 128LL + (long long)r0_2;
      const int t2_1 = (int)(t2_q % 128LL);
      const int t2_0 = (int)(t2_q / 128LL);
      const long long t3_q = ((long long)o0 * (long long)d_T + (long long)o1) * 128LL + (long long)r0_2;
      const int t3_1 = (int)(t3_q % 128LL);
      const long long t3_0 = t3_q / 128LL;
      const float v0_2 = v_2 + x2[(long long)t2_0 * 128 + t2_1] + (x3[t3_0 * 128 + t3_1] + x4[(long long)r0_2]);
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
      const long long t4_q = (long long)o1 * 128LL + (long long)a0;
      const int t4_1 = (int)(t4_q % 128LL);
      const int t4_0 = (int)(t4_q / 128LL);
      const long long t5_q = ((long long)o0 * (long long)d_T + (long long)o1) * 128LL + (long long)a0;
      const int t5_1 = (int)(t5_q % 128LL);
      const long long t5_0 = t5_q / 128LL;
      const float v0_3 = v_3 + x2[(long long)t4_0 * 128 + t4_1] + (x3[t5_0 * 128 + t5_1] + x4[(long long)a0]);
      const float v1_2 = v0_3 - r2;
      y2[at] = v1_2 * r6 * x5[(long long)a0] + x6[(long long)a0];
    }
    __syncthreads();
  }
}
