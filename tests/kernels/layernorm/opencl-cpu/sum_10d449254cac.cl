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

/* k31_sum (sum_10d449254cac): 13 IR nodes, 16 neighbouring rows of the reduction's domain per work item
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
__kernel void sum_10d449254cac(__global const float *restrict x0, __global const float *restrict x1,
    __global const float *restrict x2, __global const float *restrict x3, __global float *restrict y0,
    __global float *restrict y1) {
  for (int blk = (int)get_global_id(0); blk < 2; blk += 2) {
    const int base = blk * 16 > 8 ? 8 : blk * 16;
    float16 vacc = (float16)0.0f;
    float16 vacc_2 = (float16)0.0f;
    for (int r0 = 0; r0 < 6; r0++) {
      vacc += vload16(0, x0 + (r0 * 24 + base));
      vacc_2 += vload16(0, x0 + (r0 * 24 + base)) * ((vload16(0, x1 + (r0 * 24 + base)) - x2[r0] / 24.0f) * rsqrt(x3[r0] / 24.0f + 1e-05f));
    }
    vstore16(vacc, 0, y0 + base);
    vstore16(vacc_2, 0, y1 + base);
  }
}
