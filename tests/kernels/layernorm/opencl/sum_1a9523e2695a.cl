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

/* k49_sum (sum_1a9523e2695a): 32 IR nodes, one work item per row of the reduction's domain
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
 * arguments: x0 = %0; x1 = %1; x2 = %16; y0 = %2; y1 = %9; y2 = %42; y3 = %43; y4 = %49
 */
__kernel void sum_1a9523e2695a(__global const float *restrict x0, __global const float *restrict x1,
    __global const float *restrict x2, __global float *restrict y0, __global float *restrict y1,
    __global float *restrict y2, __global float *restrict y3, __global float *restrict y4) {
  __local float red[32];
  __local float red_2[32];
  __local float red_3[32];
  __local float red_4[32];
  __local float red_5[32];
  const int lid = (int)get_local_id(0);
  for (int blk = (int)get_group_id(0); blk < 6; blk += 6) {
    float acc = 0.0f;
    for (int e = lid; e < 24; e += 32) {
      acc += x1[blk * 24 + e];
    }
    red[lid] = acc;
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
    const float r0 = red[0];
    const float r1 = r0 / 24.0f;
    float acc_2 = 0.0f;
    for (int e_2 = lid; e_2 < 24; e_2 += 32) {
      const float v0 = x1[blk * 24 + e_2] - r1;
      acc_2 += v0 * v0;
    }
    red_2[lid] = acc_2;
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
    const float r2 = red_2[0];
    const float r3 = r2 / 24.0f;
    const float r4 = r3 + 1e-05f;
    const float v1 = rsqrt(r4);
    float acc_3 = 0.0f;
    for (int e_3 = lid; e_3 < 24; e_3 += 32) {
      const float v2 = x0[blk * 24 + e_3] * x2[e_3];
      const float v0_2 = x1[blk * 24 + e_3] - r1;
      acc_3 += v2 * v0_2;
    }
    red_3[lid] = acc_3;
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
    const float r6 = v1 * v1;
    const float r7 = v1 * r6;
    const float r8 = -0.5f * r7;
    const float r9 = r5 * r8;
    float acc_4 = 0.0f;
    for (int e_4 = lid; e_4 < 24; e_4 += 32) {
      const float v2_2 = x0[blk * 24 + e_4] * x2[e_4];
      acc_4 += -(v2_2 * v1);
    }
    red_4[lid] = acc_4;
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 16) {
      red_4[lid] = red_4[lid] + red_4[lid + 16];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 8) {
      red_4[lid] = red_4[lid] + red_4[lid + 8];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 4) {
      red_4[lid] = red_4[lid] + red_4[lid + 4];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 2) {
      red_4[lid] = red_4[lid] + red_4[lid + 2];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 1) {
      red_4[lid] = red_4[lid] + red_4[lid + 1];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const float r10 = red_4[0];
    const float r11 = r9 / 24.0f;
    float acc_5 = 0.0f;
    for (int e_5 = lid; e_5 < 24; e_5 += 32) {
      const float v0_3 = x1[blk * 24 + e_5] - r1;
      acc_5 += -(r11 * (2.0f * v0_3));
    }
    red_5[lid] = acc_5;
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 16) {
      red_5[lid] = red_5[lid] + red_5[lid + 16];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 8) {
      red_5[lid] = red_5[lid] + red_5[lid + 8];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 4) {
      red_5[lid] = red_5[lid] + red_5[lid + 4];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 2) {
      red_5[lid] = red_5[lid] + red_5[lid + 2];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 1) {
      red_5[lid] = red_5[lid] + red_5[lid + 1];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const float r12 = red_5[0];
    if (lid == 0) {
      y0[blk] = r0;
      y1[blk] = r2;
      y2[blk] = r10;
      y3[blk] = r11;
      y4[blk] = r12;
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
}
