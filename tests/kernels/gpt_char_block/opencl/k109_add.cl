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

/* k109_add: 29 IR nodes, one work item per row of the reduction's domain
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
 * arguments: x0 = %0; x2 = %2; x4 = %4; x84 = %84; x86 = %86; x102 = %102; x106 = %106; y91 = %91; y96 = %96; y109 = %109; d_B = B; d_T = T
 */
__kernel void k109_add(__global const int *restrict x0, __global const float *restrict x2,
    __global const float *restrict x4, __global const float *restrict x84,
    __global const float *restrict x86, __global const float *restrict x102,
    __global const float *restrict x106, __global float *restrict y91, __global float *restrict y96,
    __global float *restrict y109, int d_B, int d_T) {
  __local float red[64];
  __local float red_2[64];
  const int lid = (int)get_local_id(0);
  const long rows = (long)d_B * d_T;
  const long groups = (long)d_B;
  for (long blk = (long)get_group_id(0); blk < rows; blk += groups) {
    const int o1 = (int)(blk % d_T);
    const int o0 = (int)(blk / d_T);
    float acc = 0.0f;
    for (long e = (long)lid; e < 128L; e += 64L) {
      const int r0 = (int)e;
      const int row = x0[(long)o0 * d_T + o1];
      float v = 0.0f;
      if (row >= 0 && row < 65) {
        v = x2[(long)row * 128 + r0];
      }
      const long t7_q = (long)o1 * 128 + r0;
      const int t7_1 = (int)(t7_q % 128);
      const int t7_0 = (int)(t7_q / 128);
      const float v90 = v + x4[(long)t7_0 * 128 + t7_1] + (x84[((long)o0 * d_T + o1) * 128 + r0] + x86[(long)r0]);
      acc += v90;
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
    const float r91 = red[0];
    const float r92 = r91 / 128.0f;
    float acc_2 = 0.0f;
    for (long e_2 = (long)lid; e_2 < 128L; e_2 += 64L) {
      const int r0_2 = (int)e_2;
      const int row_2 = x0[(long)o0 * d_T + o1];
      float v_2 = 0.0f;
      if (row_2 >= 0 && row_2 < 65) {
        v_2 = x2[(long)row_2 * 128 + r0_2];
      }
      const long t18_q = (long)o1 * 128 + r0_2;
      const int t18_1 = (int)(t18_q % 128);
      const int t18_0 = (int)(t18_q / 128);
      const float v90_2 = v_2 + x4[(long)t18_0 * 128 + t18_1] + (x84[((long)o0 * d_T + o1) * 128 + r0_2] + x86[(long)r0_2]);
      const float v94 = v90_2 - r92;
      acc_2 += v94 * v94;
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
    const float r96 = red_2[0];
    const float r97 = r96 / 128.0f;
    const float r98 = r97 + 1e-05f;
    const float r99 = rsqrt(r98);
    if (lid == 0) {
      y91[blk] = r91;
      y96[blk] = r96;
    }
    for (long e_3 = (long)lid; e_3 < 128L; e_3 += 64L) {
      const int a0 = (int)e_3;
      const long at = ((long)o0 * d_T + o1) * 128 + a0;
      const int row_3 = x0[(long)o0 * d_T + o1];
      float v_3 = 0.0f;
      if (row_3 >= 0 && row_3 < 65) {
        v_3 = x2[(long)row_3 * 128 + a0];
      }
      const long t34_q = (long)o1 * 128 + a0;
      const int t34_1 = (int)(t34_q % 128);
      const int t34_0 = (int)(t34_q / 128);
      const float v90_3 = v_3 + x4[(long)t34_0 * 128 + t34_1] + (x84[((long)o0 * d_T + o1) * 128 + a0] + x86[(long)a0]);
      const float v94_2 = v90_3 - r92;
      y109[at] = v94_2 * r99 * x102[(long)a0] + x106[(long)a0];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
}
