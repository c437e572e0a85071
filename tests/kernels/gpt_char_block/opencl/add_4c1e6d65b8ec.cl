#ifndef LLMC_PRELUDE
#define LLMC_PRELUDE
#pragma OPENCL FP_CONTRACT OFF
typedef ulong llmc_u64;
typedef uint llmc_u32;
typedef ushort llmc_u16;
#define LLMC_FN static inline
#define LLMC_U64(c) c##UL
#define LLMC_AS_FLOAT(u) as_float(u)
#define LLMC_AS_UINT(f) as_uint(f)
#endif

/* k355_add (add_4c1e6d65b8ec): 45 IR nodes, one work item per row of the reduction's domain
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
 * arguments: x0 = %0; x1 = %2; x2 = %4; x3 = %9; x4 = %16; x5 = %23; x6 = %271; x7 = %306; x8 = %316; x9 = %325; y0 = %327; y1 = %355; d_B = B; d_T = T
 */
__kernel void add_4c1e6d65b8ec(__global const int *restrict x0, __global const float *restrict x1,
    __global const float *restrict x2, __global const float *restrict x3,
    __global const float *restrict x4, __global const float *restrict x5,
    __global const float *restrict x6, __global const float *restrict x7,
    __global const float *restrict x8, __global const float *restrict x9, __global float *restrict y0,
    __global float *restrict y1, int d_B, int d_T) {
  __local float red[64];
  __local float red_2[64];
  __local float red_3[64];
  const int lid = (int)get_local_id(0);
  const long rows = (long)d_B * d_T;
  const long groups = (long)d_B;
  for (long blk = (long)get_group_id(0); blk < rows; blk += groups) {
    const int o1 = (int)(blk % d_T);
    const int o0 = (int)(blk / d_T);
    float acc = 0.0f;
    for (long e = (long)lid; e < 128L; e += 64L) {
      const int r0 = (int)e;
      const long t0_q = ((long)o0 * (long)d_T + (long)o1) * 128L + (long)r0;
      const int t0_1 = (int)(t0_q % 128L);
      const long t0_0 = t0_q / 128L;
      const long t1_q = ((long)o0 * (long)d_T + (long)o1) * 128L + (long)r0;
      const int t1_1 = (int)(t1_q % 128L);
      const long t1_0 = t1_q / 128L;
      const long t2_q = ((long)o0 * (long)d_T + (long)o1) * 128L + (long)r0;
      const int t2_1 = (int)(t2_q % 128L);
      const long t2_0 = t2_q / 128L;
      const float v0 = (x7[t0_0 * 128 + t0_1] + x8[t1_0 * 128 + t1_1] + x9[t2_0 * 128 + t2_1]) * x5[(long)r0];
      const int row = x0[(long)o0 * d_T + o1];
      float v = 0.0f;
      if (row >= 0 && row < 65) {
        v = x1[(long)row * 128 + r0];
      }
      const long t3_q = (long)o1 * 128L + (long)r0;
      const int t3_1 = (int)(t3_q % 128L);
      const int t3_0 = (int)(t3_q / 128L);
      const float v1 = v + x2[(long)t3_0 * 128 + t3_1] - x3[(long)o0 * d_T + o1] / 128.0f;
      acc += v0 * v1;
    }
    red[lid] = acc;
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 32) {
      red[lid] = red[lid] + red[lid + 32];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 16) {
      red[lid] = red[lid] + red[lid + 16];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 8) {
      red[lid] = red[lid] + red[lid + 8];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 4) {
      red[lid] = red[lid] + red[lid + 4];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 2) {
      red[lid] = red[lid] + red[lid + 2];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 1) {
      red[lid] = red[lid] + red[lid + 1];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const float r1 = red[0];
    const float v2 = rsqrt(x4[blk] / 128.0f + 1e-05f);
    const float r2 = r1 * (-0.5f * (v2 * (v2 * v2)));
    float acc_2 = 0.0f;
    for (long e_2 = (long)lid; e_2 < 128L; e_2 += 64L) {
      const int r0_2 = (int)e_2;
      const long t4_q = ((long)o0 * (long)d_T + (long)o1) * 128L + (long)r0_2;
      const int t4_1 = (int)(t4_q % 128L);
      const long t4_0 = t4_q / 128L;
      const long t5_q = ((long)o0 * (long)d_T + (long)o1) * 128L + (long)r0_2;
      const int t5_1 = (int)(t5_q % 128L);
      const long t5_0 = t5_q / 128L;
      const long t6_q = ((long)o0 * (long)d_T + (long)o1) * 128L + (long)r0_2;
      const int t6_1 = (int)(t6_q % 128L);
      const long t6_0 = t6_q / 128L;
      const float v0_2 = (x7[t4_0 * 128 + t4_1] + x8[t5_0 * 128 + t5_1] + x9[t6_0 * 128 + t6_1]) * x5[(long)r0_2];
      const float v2_2 = rsqrt(x4[(long)o0 * d_T + o1] / 128.0f + 1e-05f);
      const float v3 = v0_2 * v2_2;
      acc_2 += -v3;
    }
    red_2[lid] = acc_2;
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 32) {
      red_2[lid] = red_2[lid] + red_2[lid + 32];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 16) {
      red_2[lid] = red_2[lid] + red_2[lid + 16];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 8) {
      red_2[lid] = red_2[lid] + red_2[lid + 8];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 4) {
      red_2[lid] = red_2[lid] + red_2[lid + 4];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 2) {
      red_2[lid] = red_2[lid] + red_2[lid + 2];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 1) {
      red_2[lid] = red_2[lid] + red_2[lid + 1];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const float r3 = red_2[0];
    const float r4 = r2 / 128.0f;
    float acc_3 = 0.0f;
    for (long e_3 = (long)lid; e_3 < 128L; e_3 += 64L) {
      const int r0_3 = (int)e_3;
      const int row_2 = x0[(long)o0 * d_T + o1];
      float v_2 = 0.0f;
      if (row_2 >= 0 && row_2 < 65) {
        v_2 = x1[(long)row_2 * 128 + r0_3];
      }
      const long t7_q = (long)o1 * 128L + (long)r0_3;
      const int t7_1 = (int)(t7_q % 128L);
      const int t7_0 = (int)(t7_q / 128L);
      const float v1_2 = v_2 + x2[(long)t7_0 * 128 + t7_1] - x3[(long)o0 * d_T + o1] / 128.0f;
      const float v4 = r4 * (2.0f * v1_2);
      acc_3 += -v4;
    }
    red_3[lid] = acc_3;
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 32) {
      red_3[lid] = red_3[lid] + red_3[lid + 32];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 16) {
      red_3[lid] = red_3[lid] + red_3[lid + 16];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 8) {
      red_3[lid] = red_3[lid] + red_3[lid + 8];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 4) {
      red_3[lid] = red_3[lid] + red_3[lid + 4];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 2) {
      red_3[lid] = red_3[lid] + red_3[lid + 2];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 1) {
      red_3[lid] = red_3[lid] + red_3[lid + 1];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const float r5 = red_3[0];
    const float r6 = r3 + r5;
    const float r7 = r6 / 128.0f;
    for (long e_4 = (long)lid; e_4 < 128L; e_4 += 64L) {
      const int a0 = (int)e_4;
      const long at = ((long)o0 * d_T + o1) * 128 + a0;
      const long t8_q = ((long)o0 * (long)d_T + (long)o1) * 128L + (long)a0;
      const int t8_1 = (int)(t8_q % 128L);
      const long t8_0 = t8_q / 128L;
      const long t9_q = ((long)o0 * (long)d_T + (long)o1) * 128L + (long)a0;
      const int t9_1 = (int)(t9_q % 128L);
      const long t9_0 = t9_q / 128L;
      const long t10_q = ((long)o0 * (long)d_T + (long)o1) * 128L + (long)a0;
      const int t10_1 = (int)(t10_q % 128L);
      const long t10_0 = t10_q / 128L;
      const float v5 = x7[t8_0 * 128 + t8_1] + x8[t9_0 * 128 + t9_1] + x9[t10_0 * 128 + t10_1];
      y0[at] = v5;
      const long t11_q = ((long)o0 * (long)d_T + (long)o1) * 128L + (long)a0;
      const int t11_1 = (int)(t11_q % 128L);
      const long t11_0 = t11_q / 128L;
      const long t12_q = ((long)o0 * (long)d_T + (long)o1) * 128L + (long)a0;
      const int t12_1 = (int)(t12_q % 128L);
      const long t12_0 = t12_q / 128L;
      const long t13_q = ((long)o0 * (long)d_T + (long)o1) * 128L + (long)a0;
      const int t13_1 = (int)(t13_q % 128L);
      const long t13_0 = t13_q / 128L;
      const float v0_3 = (x7[t11_0 * 128 + t11_1] + x8[t12_0 * 128 + t12_1] + x9[t13_0 * 128 + t13_1]) * x5[(long)a0];
      const float v2_3 = rsqrt(x4[(long)o0 * d_T + o1] / 128.0f + 1e-05f);
      const float v3_2 = v0_3 * v2_3;
      const int row_3 = x0[(long)o0 * d_T + o1];
      float v_3 = 0.0f;
      if (row_3 >= 0 && row_3 < 65) {
        v_3 = x1[(long)row_3 * 128 + a0];
      }
      const long t14_q = (long)o1 * 128L + (long)a0;
      const int t14_1 = (int)(t14_q % 128L);
      const int t14_0 = (int)(t14_q / 128L);
      const float v1_3 = v_3 + x2[(long)t14_0 * 128 + t14_1] - x3[(long)o0 * d_T + o1] / 128.0f;
      const float v4_2 = r4 * (2.0f * v1_3);
      const float v6 = x6[((long)o0 * d_T + o1) * 128 + a0] + v3_2 + v4_2 + r7;
      y1[at] = v6;
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
}
