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

/* k49_sum (sum_80be2f2bb1c5): 32 IR nodes, one work item per row of the reduction's domain, in float16 vectors
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
__kernel void sum_80be2f2bb1c5(__global const float *restrict x0, __global const float *restrict x1,
    __global const float *restrict x2, __global float *restrict y0, __global float *restrict y1,
    __global float *restrict y2, __global float *restrict y3, __global float *restrict y4) {
  const int i = (int)get_global_id(0);
  if (i >= 6) {
    return;
  }
  float16 vacc = (float16)0.0f;
  for (int a = 0; a < 16; a += 16) {
    vacc += vload16(0, x1 + (i * 24 + a));
  }
  float acc = 0.0f;
  acc += vacc.s0;
  acc += vacc.s1;
  acc += vacc.s2;
  acc += vacc.s3;
  acc += vacc.s4;
  acc += vacc.s5;
  acc += vacc.s6;
  acc += vacc.s7;
  acc += vacc.s8;
  acc += vacc.s9;
  acc += vacc.sa;
  acc += vacc.sb;
  acc += vacc.sc;
  acc += vacc.sd;
  acc += vacc.se;
  acc += vacc.sf;
  for (int a_2 = 16; a_2 < 24; a_2++) {
    acc += x1[i * 24 + a_2];
  }
  const float r0 = acc / 24.0f;
  float16 vacc_2 = (float16)0.0f;
  for (int a_3 = 0; a_3 < 16; a_3 += 16) {
    const float16 w0 = vload16(0, x1 + (i * 24 + a_3)) - r0;
    vacc_2 += w0 * w0;
  }
  float acc_2 = 0.0f;
  acc_2 += vacc_2.s0;
  acc_2 += vacc_2.s1;
  acc_2 += vacc_2.s2;
  acc_2 += vacc_2.s3;
  acc_2 += vacc_2.s4;
  acc_2 += vacc_2.s5;
  acc_2 += vacc_2.s6;
  acc_2 += vacc_2.s7;
  acc_2 += vacc_2.s8;
  acc_2 += vacc_2.s9;
  acc_2 += vacc_2.sa;
  acc_2 += vacc_2.sb;
  acc_2 += vacc_2.sc;
  acc_2 += vacc_2.sd;
  acc_2 += vacc_2.se;
  acc_2 += vacc_2.sf;
  for (int a_4 = 16; a_4 < 24; a_4++) {
    const float v0 = x1[i * 24 + a_4] - r0;
    acc_2 += v0 * v0;
  }
  const float r1 = acc_2 / 24.0f;
  const float r2 = r1 + 1e-05f;
  const float v1 = rsqrt(r2);
  float16 vacc_3 = (float16)0.0f;
  for (int a_5 = 0; a_5 < 16; a_5 += 16) {
    const float16 w1 = vload16(0, x0 + (i * 24 + a_5)) * vload16(0, x2 + a_5);
    const float16 w0_2 = vload16(0, x1 + (i * 24 + a_5)) - r0;
    vacc_3 += w1 * w0_2;
  }
  float acc_3 = 0.0f;
  acc_3 += vacc_3.s0;
  acc_3 += vacc_3.s1;
  acc_3 += vacc_3.s2;
  acc_3 += vacc_3.s3;
  acc_3 += vacc_3.s4;
  acc_3 += vacc_3.s5;
  acc_3 += vacc_3.s6;
  acc_3 += vacc_3.s7;
  acc_3 += vacc_3.s8;
  acc_3 += vacc_3.s9;
  acc_3 += vacc_3.sa;
  acc_3 += vacc_3.sb;
  acc_3 += vacc_3.sc;
  acc_3 += vacc_3.sd;
  acc_3 += vacc_3.se;
  acc_3 += vacc_3.sf;
  for (int a_6 = 16; a_6 < 24; a_6++) {
    const float v2 = x0[i * 24 + a_6] * x2[a_6];
    const float v0_2 = x1[i * 24 + a_6] - r0;
    acc_3 += v2 * v0_2;
  }
  const float r3 = v1 * v1;
  const float r4 = v1 * r3;
  const float r5 = -0.5f * r4;
  const float r6 = acc_3 * r5;
  float16 vacc_4 = (float16)0.0f;
  for (int a_7 = 0; a_7 < 16; a_7 += 16) {
    const float16 w1_2 = vload16(0, x0 + (i * 24 + a_7)) * vload16(0, x2 + a_7);
    vacc_4 += -(w1_2 * v1);
  }
  float acc_4 = 0.0f;
  acc_4 += vacc_4.s0;
  acc_4 += vacc_4.s1;
  acc_4 += vacc_4.s2;
  acc_4 += vacc_4.s3;
  acc_4 += vacc_4.s4;
  acc_4 += vacc_4.s5;
  acc_4 += vacc_4.s6;
  acc_4 += vacc_4.s7;
  acc_4 += vacc_4.s8;
  acc_4 += vacc_4.s9;
  acc_4 += vacc_4.sa;
  acc_4 += vacc_4.sb;
  acc_4 += vacc_4.sc;
  acc_4 += vacc_4.sd;
  acc_4 += vacc_4.se;
  acc_4 += vacc_4.sf;
  for (int a_8 = 16; a_8 < 24; a_8++) {
    const float v2_2 = x0[i * 24 + a_8] * x2[a_8];
    acc_4 += -(v2_2 * v1);
  }
  const float r7 = r6 / 24.0f;
  float16 vacc_5 = (float16)0.0f;
  for (int a_9 = 0; a_9 < 16; a_9 += 16) {
    const float16 w0_3 = vload16(0, x1 + (i * 24 + a_9)) - r0;
    vacc_5 += -(r7 * (2.0f * w0_3));
  }
  float acc_5 = 0.0f;
  acc_5 += vacc_5.s0;
  acc_5 += vacc_5.s1;
  acc_5 += vacc_5.s2;
  acc_5 += vacc_5.s3;
  acc_5 += vacc_5.s4;
  acc_5 += vacc_5.s5;
  acc_5 += vacc_5.s6;
  acc_5 += vacc_5.s7;
  acc_5 += vacc_5.s8;
  acc_5 += vacc_5.s9;
  acc_5 += vacc_5.sa;
  acc_5 += vacc_5.sb;
  acc_5 += vacc_5.sc;
  acc_5 += vacc_5.sd;
  acc_5 += vacc_5.se;
  acc_5 += vacc_5.sf;
  for (int a_10 = 16; a_10 < 24; a_10++) {
    const float v0_3 = x1[i * 24 + a_10] - r0;
    acc_5 += -(r7 * (2.0f * v0_3));
  }
  y0[i] = acc;
  y1[i] = acc_2;
  y2[i] = acc_4;
  y3[i] = r7;
  y4[i] = acc_5;
}
