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

/* k146_add: 34 IR nodes, one work item per row of the reduction's domain
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
 *   %122 = reshape %121 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:65)
 *   %124 = reshape %123 : f32[1, 1, 128]   ($SRC/stdlib/nn.llm:66)
 *   %125 = expand %124 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:66)
 *   %126 = add %122, %125 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:66)
 *   %127 = add %90, %126 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:170)
 *   %128 = sum %127 axes=[2] : f32[B, T, 1]   ($SRC/stdlib/nn.llm:85)
 *   %129 = div %128, %10 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:85)
 *   %130 = expand %129 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:86)
 *   %131 = sub %127, %130 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:86)
 *   %132 = mul %131, %131 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:86)
 *   %133 = sum %132 axes=[2] : f32[B, T, 1]   ($SRC/stdlib/nn.llm:86)
 *   %134 = div %133, %10 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:86)
 *   %135 = add %134, %18 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:87)
 *   %136 = rsqrt %135 : f32[B, T, 1]   ($SRC/stdlib/nn.llm:87)
 *   %137 = expand %136 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:87)
 *   %138 = mul %131, %137 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:87)
 *   %140 = reshape %139 : f32[1, 1, 128]   ($SRC/stdlib/nn.llm:87)
 *   %141 = expand %140 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:87)
 *   %142 = mul %138, %141 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:87)
 *   %144 = reshape %143 : f32[1, 1, 128]   ($SRC/stdlib/nn.llm:87)
 *   %145 = expand %144 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:87)
 *   %146 = add %142, %145 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:87)
 * arguments: x0 = %0; x2 = %2; x4 = %4; x84 = %84; x86 = %86; x121 = %121; x123 = %123; x139 = %139; x143 = %143; y131 = %131; y133 = %133; y138 = %138; y146 = %146; d_B = B; d_T = T
 */
__kernel void k146_add(__global const int *restrict x0, __global const float *restrict x2,
    __global const float *restrict x4, __global const float *restrict x84,
    __global const float *restrict x86, __global const float *restrict x121,
    __global const float *restrict x123, __global const float *restrict x139,
    __global const float *restrict x143, __global float *restrict y131, __global float *restrict y133,
    __global float *restrict y138, __global float *restrict y146, int d_B, int d_T) {
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
      const float v127 = v + x4[(long)t7_0 * 128 + t7_1] + (x84[((long)o0 * d_T + o1) * 128 + r0] + x86[(long)r0]) + (x121[((long)o0 * d_T + o1) * 128 + r0] + x123[(long)r0]);
      acc += v127;
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
    const float r128 = red[0];
    const float r129 = r128 / 128.0f;
    float acc_2 = 0.0f;
    for (long e_2 = (long)lid; e_2 < 128L; e_2 += 64L) {
      const int r0_2 = (int)e_2;
      const int row_2 = x0[(long)o0 * d_T + o1];
      float v_2 = 0.0f;
      if (row_2 >= 0 && row_2 < 65) {
        v_2 = x2[(long)row_2 * 128 + r0_2];
      }
      const long t21_q = (long)o1 * 128 + r0_2;
      const int t21_1 = (int)(t21_q % 128);
      const int t21_0 = (int)(t21_q / 128);
      const float v127_2 = v_2 + x4[(long)t21_0 * 128 + t21_1] + (x84[((long)o0 * d_T + o1) * 128 + r0_2] + x86[(long)r0_2]) + (x121[((long)o0 * d_T + o1) * 128 + r0_2] + x123[(long)r0_2]);
      const float v131 = v127_2 - r129;
      acc_2 += v131 * v131;
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
    const float r133 = red_2[0];
    const float r134 = r133 / 128.0f;
    const float r135 = r134 + 1e-05f;
    const float r136 = rsqrt(r135);
    if (lid == 0) {
      y133[blk] = r133;
    }
    for (long e_3 = (long)lid; e_3 < 128L; e_3 += 64L) {
      const int a0 = (int)e_3;
      const long at = ((long)o0 * d_T + o1) * 128 + a0;
      const int row_3 = x0[(long)o0 * d_T + o1];
      float v_3 = 0.0f;
      if (row_3 >= 0 && row_3 < 65) {
        v_3 = x2[(long)row_3 * 128 + a0];
      }
      const long t39_q = (long)o1 * 128 + a0;
      const int t39_1 = (int)(t39_q % 128);
      const int t39_0 = (int)(t39_q / 128);
      const float v127_3 = v_3 + x4[(long)t39_0 * 128 + t39_1] + (x84[((long)o0 * d_T + o1) * 128 + a0] + x86[(long)a0]) + (x121[((long)o0 * d_T + o1) * 128 + a0] + x123[(long)a0]);
      const float v131_2 = v127_3 - r129;
      y131[at] = v131_2;
      const float v138 = v131_2 * r136;
      y138[at] = v138;
      const float v146 = v131_2 * r136 * x139[(long)a0] + x143[(long)a0];
      y146[at] = v146;
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
}
