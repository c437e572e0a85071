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

/* k355_add: 45 IR nodes, one work item per row of the reduction's domain
 *   %3 = gather %2, %0 : f32[B, T, 128]   (examples/gpt_char.llm:28)
 *   %5 = slice %4 start=[0, 0] step=[1, 1] : f32[T, 128]   (examples/gpt_char.llm:28)
 *   %6 = reshape %5 : f32[1, T, 128]   (examples/gpt_char.llm:28)
 *   %7 = expand %6 : f32[B, T, 128]   (examples/gpt_char.llm:28)
 *   %8 = add %3, %7 : f32[B, T, 128]   (examples/gpt_char.llm:28)
 *   %10 = const 128.0 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:85)
 *   %11 = div %9, %10 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:85)
 *   %12 = expand %11 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:86)
 *   %13 = sub %8, %12 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:86)
 *   %14 = const 2.0 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:86)
 *   %17 = div %16, %10 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:86)
 *   %18 = const 1.0000000000000001e-05 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:87)
 *   %19 = add %17, %18 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:87)
 *   %20 = rsqrt %19 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:87)
 *   %21 = expand %20 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:87)
 *   %24 = reshape %23 : f32[1, 1, 128]   ($SRC/stdlib/nn.llm:87)
 *   %25 = expand %24 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:87)
 *   %194 = const -0.5 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:87)
 *   %307 = reshape %306 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:65)
 *   %317 = reshape %316 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:65)
 *   %318 = add %307, %317 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:65)
 *   %326 = reshape %325 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:65)
 *   %327 = add %318, %326 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:65)
 *   %331 = mul %327, %25 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:65)
 *   %335 = mul %331, %21 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:65)
 *   %336 = mul %331, %13 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:65)
 *   %337 = sum %336 axes=[2] : f32[B, T, 1]   ($SRC/stdlib/nn.llm:87)
 *   %338 = mul %20, %20 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:87)
 *   %339 = mul %20, %338 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:87)
 *   %340 = mul %194, %339 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:87)
 *   %341 = mul %337, %340 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:87)
 *   %342 = add %271, %335 : f32[B, T, 128]   (examples/gpt_char.llm:30)
 *   %343 = neg %335 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:65)
 *   %344 = sum %343 axes=[2] : f32[B, T, 1]   ($SRC/stdlib/nn.llm:87)
 *   %345 = div %341, %10 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:87)
 *   %346 = expand %345 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:86)
 *   %347 = mul %14, %13 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:86)
 *   %348 = mul %346, %347 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:86)
 *   %349 = add %342, %348 : f32[B, T, 128]   (examples/gpt_char.llm:30)
 *   %350 = neg %348 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:86)
 *   %351 = sum %350 axes=[2] : f32[B, T, 1]   ($SRC/stdlib/nn.llm:86)
 *   %352 = add %344, %351 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:87)
 *   %353 = div %352, %10 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:87)
 *   %354 = expand %353 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:85)
 *   %355 = add %349, %354 : f32[B, T, 128]   (examples/gpt_char.llm:30)
 * arguments: x0 = %0; x2 = %2; x4 = %4; x9 = %9; x16 = %16; x23 = %23; x271 = %271; x306 = %306; x316 = %316; x325 = %325; y327 = %327; y355 = %355; d_B = B; d_T = T
 */
extern "C" __global__ void k355_add(const int *__restrict__ x0, const float *__restrict__ x2, const float *__restrict__ x4,
    const float *__restrict__ x9, const float *__restrict__ x16, const float *__restrict__ x23,
    const float *__restrict__ x271, const float *__restrict__ x306, const float *__restrict__ x316,
    const float *__restrict__ x325, float *__restrict__ y327, float *__restrict__ y355, int d_B,
    int d_T) {
  __shared__ float red[64];
  __shared__ float red_2[64];
  __shared__ float red_3[64];
  const int lid = (int)threadIdx.x;
  const long long rows = (long long)d_B * d_T;
  const long long groups = (long long)d_B;
  for (long long blk = (long long)blockIdx.x; blk < rows; blk += groups) {
    const int o1 = (int)(blk % d_T);
    const int o0 = (int)(blk / d_T);
    float acc = 0.0f;
    for (long long e = (long long)lid; e < 128LL; e += 64LL) {
      const int r0 = (int)e;
      const float v331 = (x306[((long long)o0 * d_T + o1) * 128 + r0] + x316[((long long)o0 * d_T + o1) * 128 + r0] + x325[((long long)o0 * d_T + o1) * 128 + r0]) * x23[(long long)r0];
      const int row = x0[(long long)o0 * d_T + o1];
      float v = 0.0f;
      if (row >= 0 && row < 65) {
        v = x2[(long long)row * 128 + r0];
      }
      const long long t12_q = (long long)o1 * 128 + r0;
      const int t12_1 = (int)(t12_q % 128);
      const int t12_0 = (int)(t12_q / 128);
      const float v13 = v + x4[(long long)t12_0 * 128 + t12_1] - x9[(long long)o0 * d_T + o1] / 128.0f;
      acc += v331 * v13;
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
    const float r337 = red[0];
    const float v20 = rsqrtf(x16[blk] / 128.0f + 1e-05f);
    const float r341 = r337 * (-0.5f * (v20 * (v20 * v20)));
    float acc_2 = 0.0f;
    for (long long e_2 = (long long)lid; e_2 < 128LL; e_2 += 64LL) {
      const int r0_2 = (int)e_2;
      const float v331_2 = (x306[((long long)o0 * d_T + o1) * 128 + r0_2] + x316[((long long)o0 * d_T + o1) * 128 + r0_2] + x325[((long long)o0 * d_T + o1) * 128 + r0_2]) * x23[(long long)r0_2];
      const float v20_2 = rsqrtf(x16[(long long)o0 * d_T + o1] / 128.0f + 1e-05f);
      const float v335 = v331_2 * v20_2;
      acc_2 += -v335;
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
    const float r344 = red_2[0];
    const float r345 = r341 / 128.0f;
    float acc_3 = 0.0f;
    for (long long e_3 = (long long)lid; e_3 < 128LL; e_3 += 64LL) {
      const int r0_3 = (int)e_3;
      const int row_2 = x0[(long long)o0 * d_T + o1];
      float v_2 = 0.0f;
      if (row_2 >= 0 && row_2 < 65) {
        v_2 = x2[(long long)row_2 * 128 + r0_3];
      }
      const long long t31_q = (long long)o1 * 128 + r0_3;
      const int t31_1 = (int)(t31_q % 128);
      const int t31_0 = (int)(t31_q / 128);
      const float v13_2 = v_2 + x4[(long long)t31_0 * 128 + t31_1] - x9[(long long)o0 * d_T + o1] / 128.0f;
      const float v348 = r345 * (2.0f * v13_2);
      acc_3 += -v348;
    }
    red_3[lid] = acc_3;
    __syncthreads();
    if (lid < 32) {
      red_3[lid] = red_3[lid] + red_3[lid + 32];
    }
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
    const float r351 = red_3[0];
    const float r352 = r344 + r351;
    const float r353 = r352 / 128.0f;
    for (long long e_4 = (long long)lid; e_4 < 128LL; e_4 += 64LL) {
      const int a0 = (int)e_4;
      const long long at = ((long long)o0 * d_T + o1) * 128 + a0;
      const float v327 = x306[((long long)o0 * d_T + o1) * 128 + a0] + x316[((long long)o0 * d_T + o1) * 128 + a0] + x325[((long long)o0 * d_T + o1) * 128 + a0];
      y327[at] = v327;
      const float v331_3 = (x306[((long long)o0 * d_T + o1) * 128 + a0] + x316[((long long)o0 * d_T + o1) * 128 + a0] + x325[((long long)o0 * d_T + o1) * 128 + a0]) * x23[(long long)a0];
      const float v20_3 = rsqrtf(x16[(long long)o0 * d_T + o1] / 128.0f + 1e-05f);
      const float v335_2 = v331_3 * v20_3;
      const int row_3 = x0[(long long)o0 * d_T + o1];
      float v_3 = 0.0f;
      if (row_3 >= 0 && row_3 < 65) {
        v_3 = x2[(long long)row_3 * 128 + a0];
      }
      const long long t51_q = (long long)o1 * 128 + a0;
      const int t51_1 = (int)(t51_q % 128);
      const int t51_0 = (int)(t51_q / 128);
      const float v13_3 = v_3 + x4[(long long)t51_0 * 128 + t51_1] - x9[(long long)o0 * d_T + o1] / 128.0f;
      const float v348_2 = r345 * (2.0f * v13_3);
      const float v355 = x271[((long long)o0 * d_T + o1) * 128 + a0] + v335_2 + v348_2 + r353;
      y355[at] = v355;
    }
    __syncthreads();
  }
}
