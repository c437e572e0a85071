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

/* k31_sum (sum_df6c3938264a): 13 IR nodes, one work item per row of the reduction's domain
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
__kernel void sum_df6c3938264a(__global const float *restrict x0, __global const float *restrict x1,
    __global const float *restrict x2, __global const float *restrict x3, __global float *restrict y0,
    __global float *restrict y1) {
  __local float red[256];
  __local float red_2[256];
  const int lid = (int)get_local_id(0);
  const int lc = lid % 32;
  const int ls = lid / 32;
  for (int blk = (int)get_group_id(0); blk < 1; blk++) {
    const int row = blk * 32 + lc;
    const int ok = row < 24;
    const int i_2 = ok ? row : 23;
    float acc = 0.0f;
    for (int e = ls; e < 6; e += 8) {
      acc += x0[e * 24 + i_2];
    }
    red[lid] = acc;
    barrier(CLK_LOCAL_MEM_FENCE);
    if (ls < 4) {
      red[lid] = red[lid] + red[lid + 128];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (ls < 2) {
      red[lid] = red[lid] + red[lid + 64];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (ls < 1) {
      red[lid] = red[lid] + red[lid + 32];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const float r0 = red[lc];
    float acc_2 = 0.0f;
    for (int e_2 = ls; e_2 < 6; e_2 += 8) {
      acc_2 += x0[e_2 * 24 + i_2] * ((x1[e_2 * 24 + i_2] - x2[e_2] / 24.0f) * rsqrt(x3[e_2] / 24.0f + 1e-05f));
    }
    red_2[lid] = acc_2;
    barrier(CLK_LOCAL_MEM_FENCE);
    if (ls < 4) {
      red_2[lid] = red_2[lid] + red_2[lid + 128];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (ls < 2) {
      red_2[lid] = red_2[lid] + red_2[lid + 64];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (ls < 1) {
      red_2[lid] = red_2[lid] + red_2[lid + 32];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const float r1 = red_2[lc];
    if (ok) {
      if (ls == 0) {
        y0[i_2] = r0;
        y1[i_2] = r1;
      }
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
}
