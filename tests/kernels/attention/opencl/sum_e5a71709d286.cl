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

/* k106_sum (sum_e5a71709d286): 10 IR nodes, one work item per row of the reduction's domain
 *   %64 = sum %1 axes=[0, 1] : f32[1, 1, 16]   ($SRC/stdlib/nn.llm:66)
 *   %91 = permute %76 perm=[0, 2, 1, 3] : f32[B, T, 2, 8]   ($SRC/stdlib/nn.llm:151)
 *   %92 = permute %88 perm=[0, 2, 1, 3] : f32[B, T, 2, 8]   ($SRC/stdlib/nn.llm:149)
 *   %93 = reshape %91 : f32[B, T, 16]   ($SRC/stdlib/nn.llm:137)
 *   %94 = sum %93 axes=[0, 1] : f32[1, 1, 16]   ($SRC/stdlib/nn.llm:66)
 *   %99 = reshape %90 : f32[B, 16, T]   ($SRC/stdlib/nn.llm:136)
 *   %100 = permute %99 perm=[0, 2, 1] : f32[B, T, 16]   ($SRC/stdlib/nn.llm:136)
 *   %101 = sum %100 axes=[0, 1] : f32[1, 1, 16]   ($SRC/stdlib/nn.llm:66)
 *   %105 = reshape %92 : f32[B, T, 16]   ($SRC/stdlib/nn.llm:135)
 *   %106 = sum %105 axes=[0, 1] : f32[1, 1, 16]   ($SRC/stdlib/nn.llm:66)
 * arguments: x0 = %1; x1 = %76; x2 = %88; x3 = %90; y0 = %64; y1 = %94; y2 = %101; y3 = %106; d_B = B; d_T = T
 */
__kernel void sum_e5a71709d286(__global const float *restrict x0, __global const float *restrict x1,
    __global const float *restrict x2, __global const float *restrict x3, __global float *restrict y0,
    __global float *restrict y1, __global float *restrict y2, __global float *restrict y3, int d_B,
    int d_T) {
  __local float red[256];
  __local float red_2[256];
  __local float red_3[256];
  __local float red_4[256];
  const int lid = (int)get_local_id(0);
  const int lc = lid % 32;
  const int ls = lid / 32;
  const long len = (long)d_B * d_T;
  for (long blk = (long)get_group_id(0); blk < 1L; blk++) {
    const long row = blk * 32L + (long)lc;
    const int ok = row < 16L;
    const long i_2 = ok ? row : 15L;
    const int o2 = (int)i_2;
    float acc = 0.0f;
    for (long e = (long)ls; e < len; e += 8L) {
      const int r0 = (int)(e % d_T);
      const int r1 = (int)(e / d_T);
      acc += x0[((long)r1 * d_T + r0) * 16 + o2];
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
    const float r2 = red[lc];
    float acc_2 = 0.0f;
    for (long e_2 = (long)ls; e_2 < len; e_2 += 8L) {
      const int r0_2 = (int)(e_2 % d_T);
      const int r1_2 = (int)(e_2 / d_T);
      const int t0_3 = o2 % 8;
      const int t0_2 = o2 / 8;
      acc_2 += x1[(((long)r1_2 * 2 + t0_2) * d_T + r0_2) * 8 + t0_3];
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
    const float r3 = red_2[lc];
    float acc_3 = 0.0f;
    for (long e_3 = (long)ls; e_3 < len; e_3 += 8L) {
      const int r0_3 = (int)(e_3 % d_T);
      const int r1_3 = (int)(e_3 / d_T);
      const int t1_2 = o2 % 8;
      const int t1_1 = o2 / 8;
      acc_3 += x3[(((long)r1_3 * 2 + t1_1) * 8 + t1_2) * d_T + r0_3];
    }
    red_3[lid] = acc_3;
    barrier(CLK_LOCAL_MEM_FENCE);
    if (ls < 4) {
      red_3[lid] = red_3[lid] + red_3[lid + 128];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (ls < 2) {
      red_3[lid] = red_3[lid] + red_3[lid + 64];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (ls < 1) {
      red_3[lid] = red_3[lid] + red_3[lid + 32];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const float r4 = red_3[lc];
    float acc_4 = 0.0f;
    for (long e_4 = (long)ls; e_4 < len; e_4 += 8L) {
      const int r0_4 = (int)(e_4 % d_T);
      const int r1_4 = (int)(e_4 / d_T);
      const int t2_3 = o2 % 8;
      const int t2_2 = o2 / 8;
      acc_4 += x2[(((long)r1_4 * 2 + t2_2) * d_T + r0_4) * 8 + t2_3];
    }
    red_4[lid] = acc_4;
    barrier(CLK_LOCAL_MEM_FENCE);
    if (ls < 4) {
      red_4[lid] = red_4[lid] + red_4[lid + 128];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (ls < 2) {
      red_4[lid] = red_4[lid] + red_4[lid + 64];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (ls < 1) {
      red_4[lid] = red_4[lid] + red_4[lid + 32];
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const float r5 = red_4[lc];
    if (ok) {
      if (ls == 0) {
        y0[i_2] = r2;
        y1[i_2] = r3;
        y2[i_2] = r4;
        y3[i_2] = r5;
      }
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
}
