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

/* k53_add (add_874212ac3f9f): 29 IR nodes, one work item per row of the reduction's domain
 *   %3 = const 24.0 : f32[6, 1]   ($SRC/stdlib/nn.llm:85)
 *   %4 = div %2, %3 : f32[6, 1]   ($SRC/stdlib/nn.llm:85)
 *   %5 = expand %4 : f32[6, 24]   ($SRC/stdlib/nn.llm:86)
 *   %6 = sub %1, %5 : f32[6, 24]   ($SRC/stdlib/nn.llm:86)
 *   %7 = const 2.0 : f32[6, 24]   ($SRC/stdlib/nn.llm:86)
 *   %10 = div %9, %3 : f32[6, 1]   ($SRC/stdlib/nn.llm:86)
 *   %11 = const 1.0000000000000001e-05 : f32[6, 1]   ($SRC/stdlib/nn.llm:87)
 *   %12 = add %10, %11 : f32[6, 1]   ($SRC/stdlib/nn.llm:87)
 *   %13 = rsqrt %12 : f32[6, 1]   ($SRC/stdlib/nn.llm:87)
 *   %14 = expand %13 : f32[6, 24]   ($SRC/stdlib/nn.llm:87)
 *   %15 = mul %6, %14 : f32[6, 24]   ($SRC/stdlib/nn.llm:87)
 *   %17 = reshape %16 : f32[1, 24]   ($SRC/stdlib/nn.llm:87)
 *   %18 = expand %17 : f32[6, 24]   ($SRC/stdlib/nn.llm:87)
 *   %19 = mul %15, %18 : f32[6, 24]   ($SRC/stdlib/nn.llm:87)
 *   %21 = reshape %20 : f32[1, 24]   ($SRC/stdlib/nn.llm:87)
 *   %22 = expand %21 : f32[6, 24]   ($SRC/stdlib/nn.llm:87)
 *   %23 = add %19, %22 : f32[6, 24]   ($SRC/stdlib/nn.llm:87)
 *   %24 = mul %23, %0 : f32[6, 24]   (tests/fusion/layernorm.llm:14)
 *   %25 = sum %24 axes=[0, 1] : f32[1, 1]   (tests/fusion/layernorm.llm:14)
 *   %29 = mul %0, %18 : f32[6, 24]   (tests/fusion/layernorm.llm:14)
 *   %33 = mul %29, %14 : f32[6, 24]   (tests/fusion/layernorm.llm:14)
 *   %44 = expand %43 : f32[6, 24]   ($SRC/stdlib/nn.llm:86)
 *   %45 = mul %7, %6 : f32[6, 24]   ($SRC/stdlib/nn.llm:86)
 *   %46 = mul %44, %45 : f32[6, 24]   ($SRC/stdlib/nn.llm:86)
 *   %47 = add %33, %46 : f32[6, 24]   (tests/fusion/layernorm.llm:14)
 *   %50 = add %42, %49 : f32[6, 1]   ($SRC/stdlib/nn.llm:87)
 *   %51 = div %50, %3 : f32[6, 1]   ($SRC/stdlib/nn.llm:87)
 *   %52 = expand %51 : f32[6, 24]   ($SRC/stdlib/nn.llm:85)
 *   %53 = add %47, %52 : f32[6, 24]   (tests/fusion/layernorm.llm:14)
 * arguments: x0 = %0; x1 = %1; x2 = %2; x3 = %9; x4 = %16; x5 = %20; x6 = %42; x7 = %43; x8 = %49; y0 = %25; y1 = %53
 */
__kernel void add_874212ac3f9f(__global const float *restrict x0, __global const float *restrict x1,
    __global const float *restrict x2, __global const float *restrict x3,
    __global const float *restrict x4, __global const float *restrict x5,
    __global const float *restrict x6, __global const float *restrict x7,
    __global const float *restrict x8, __global float *restrict y0, __global float *restrict y1) {
  const int i = (int)get_global_id(0);
  if (i >= 1) {
    return;
  }
  float acc = 0.0f;
  /* sum over axes 0 1 */
  for (int r0 = 0; r0 < 6; r0++) {
    for (int r1 = 0; r1 < 24; r1++) {
      const float v0 = x1[r0 * 24 + r1] - x2[r0] / 24.0f;
      const float v1 = rsqrt(x3[r0] / 24.0f + 1e-05f);
      const float v2 = x4[r1];
      acc += (v0 * v1 * v2 + x5[r1]) * x0[r0 * 24 + r1];
    }
  }
  y0[i] = acc;
  for (int a0 = 0; a0 < 6; a0++) {
    for (int a1 = 0; a1 < 24; a1++) {
      const int at = a0 * 24 + a1;
      const float v2_2 = x4[a1];
      const float v1_2 = rsqrt(x3[a0] / 24.0f + 1e-05f);
      const float v0_2 = x1[a0 * 24 + a1] - x2[a0] / 24.0f;
      y1[at] = x0[a0 * 24 + a1] * v2_2 * v1_2 + x7[a0] * (2.0f * v0_2) + (x6[a0] + x8[a0]) / 24.0f;
    }
  }
}
