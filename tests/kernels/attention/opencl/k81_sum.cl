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
#ifndef LLMC_FMAX
#define LLMC_FMAX
/* max and min propagating NaN */
LLMC_FN float llmc_fmax(float a, float b) { return isnan(a) || isnan(b) ? a + b : a > b ? a : b; }
#endif

/* k81_sum: 23 IR nodes, one work item per row of the reduction's domain
 *   %32 = const 0.35355339059327373 : f32[B, 2, T, T]   ($SRC/stdlib/nn.llm:152)
 *   %33 = mul %31, %32 : f32[B, 2, T, T]   ($SRC/stdlib/nn.llm:152)
 *   %34 = iota axis=0 : i32[T]   ($SRC/stdlib/nn.llm:153)
 *   %35 = reshape %34 : i32[T, 1]   ($SRC/stdlib/nn.llm:153)
 *   %36 = reshape %34 : i32[1, T]   ($SRC/stdlib/nn.llm:153)
 *   %37 = expand %36 : i32[T, T]   ($SRC/stdlib/nn.llm:153)
 *   %38 = expand %35 : i32[T, T]   ($SRC/stdlib/nn.llm:153)
 *   %39 = ge %38, %37 : i32[T, T]   ($SRC/stdlib/nn.llm:153)
 *   %40 = const -1000000000.0 : f32[B, 2, T, T]   ($SRC/stdlib/nn.llm:154)
 *   %41 = reshape %39 : i32[1, 1, T, T]   ($SRC/stdlib/nn.llm:154)
 *   %42 = expand %41 : i32[B, 2, T, T]   ($SRC/stdlib/nn.llm:154)
 *   %43 = where %42, %33, %40 : f32[B, 2, T, T]   ($SRC/stdlib/nn.llm:154)
 *   %44 = rmax %43 axes=[3] nograd=1 : f32[B, 2, T, 1]   ($SRC/stdlib/nn.llm:18)
 *   %45 = expand %44 : f32[B, 2, T, T]   ($SRC/stdlib/nn.llm:19)
 *   %46 = sub %43, %45 : f32[B, 2, T, T]   ($SRC/stdlib/nn.llm:19)
 *   %47 = exp %46 : f32[B, 2, T, T]   ($SRC/stdlib/nn.llm:19)
 *   %48 = sum %47 axes=[3] : f32[B, 2, T, 1]   ($SRC/stdlib/nn.llm:20)
 *   %49 = expand %48 : f32[B, 2, T, T]   ($SRC/stdlib/nn.llm:20)
 *   %50 = div %47, %49 : f32[B, 2, T, T]   ($SRC/stdlib/nn.llm:20)
 *   %78 = mul %74, %50 : f32[B, 2, T, T]   ($SRC/stdlib/nn.llm:156)
 *   %79 = div %78, %49 : f32[B, 2, T, T]   ($SRC/stdlib/nn.llm:156)
 *   %80 = neg %79 : f32[B, 2, T, T]   ($SRC/stdlib/nn.llm:156)
 *   %81 = sum %80 axes=[3] : f32[B, 2, T, 1]   ($SRC/stdlib/nn.llm:20)
 * arguments: x31 = %31; x74 = %74; y44 = %44; y48 = %48; y50 = %50; y81 = %81; d_B = B; d_T = T
 */
__kernel void k81_sum(__global const float *restrict x31, __global const float *restrict x74,
    __global float *restrict y44, __global float *restrict y48, __global float *restrict y50,
    __global float *restrict y81, int d_B, int d_T) {
  __local float red[128];
  __local float red_2[128];
  __local float red_3[128];
  const int lid = (int)get_local_id(0);
  const long rows = (long)d_B * 2 * d_T;
  const long groups = (long)d_B * 2;
  const long len = (long)d_T;
  for (long blk = (long)get_group_id(0); blk < rows; blk += groups) {
    const int o2 = (int)(blk % d_T);
    const long oq = blk / d_T;
    const int o1 = (int)(oq % 2);
    const int o0 = (int)(oq / 2);
    float acc = -INFINITY;
    for (long e = (long)lid; e < len; e += 128L) {
      const int r0 = (int)e;
      const long t5_q = (long)o2 * d_T + r0;
      const int t5_1 = (int)(t5_q % d_T);
      const int t5_0 = (int)(t5_q / d_T);
      const int t7_0 = (int)(long)t5_0;
      const int t9_0 = (int)(long)t5_1;
      const float v43 = t7_0 >= t9_0 != 0 ? x31[(((long)o0 * 2 + o1) * d_T + o2) * d_T + r0] * 0.35355338f : -1e+09f;
      if (!isnan(acc) && (isnan(v43) || v43 > acc)) {
        acc = v43;
      }
    }
    red[lid] = acc;
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 64) {
      red[lid] = llmc_fmax(red[lid], red[lid + 64]);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 32) {
      red[lid] = llmc_fmax(red[lid], red[lid + 32]);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 16) {
      red[lid] = llmc_fmax(red[lid], red[lid + 16]);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 8) {
      red[lid] = llmc_fmax(red[lid], red[lid + 8]);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 4) {
      red[lid] = llmc_fmax(red[lid], red[lid + 4]);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 2) {
      red[lid] = llmc_fmax(red[lid], red[lid + 2]);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 1) {
      red[lid] = llmc_fmax(red[lid], red[lid + 1]);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const float r44 = red[0];
    float acc_2 = 0.0f;
    for (long e_2 = (long)lid; e_2 < len; e_2 += 128L) {
      const int r0_2 = (int)e_2;
      const long t13_q = (long)o2 * d_T + r0_2;
      const int t13_1 = (int)(t13_q % d_T);
      const int t13_0 = (int)(t13_q / d_T);
      const int t15_0 = (int)(long)t13_0;
      const int t17_0 = (int)(long)t13_1;
      const float v43_2 = t15_0 >= t17_0 != 0 ? x31[(((long)o0 * 2 + o1) * d_T + o2) * d_T + r0_2] * 0.35355338f : -1e+09f;
      const float v47 = exp(v43_2 - r44);
      acc_2 += v47;
    }
    red_2[lid] = acc_2;
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 64) {
      red_2[lid] = red_2[lid] + red_2[lid + 64];
    }
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
    const float r48 = red_2[0];
    float acc_3 = 0.0f;
    for (long e_3 = (long)lid; e_3 < len; e_3 += 128L) {
      const int r0_3 = (int)e_3;
      const long t22_q = (long)o2 * d_T + r0_3;
      const int t22_1 = (int)(t22_q % d_T);
      const int t22_0 = (int)(t22_q / d_T);
      const int t24_0 = (int)(long)t22_0;
      const int t26_0 = (int)(long)t22_1;
      const float v43_3 = t24_0 >= t26_0 != 0 ? x31[(((long)o0 * 2 + o1) * d_T + o2) * d_T + r0_3] * 0.35355338f : -1e+09f;
      const float v47_2 = exp(v43_3 - r44);
      acc_3 += -(x74[(((long)o0 * 2 + o1) * d_T + o2) * d_T + r0_3] * (v47_2 / r48) / r48);
    }
    red_3[lid] = acc_3;
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 64) {
      red_3[lid] = red_3[lid] + red_3[lid + 64];
    }
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
    const float r81 = red_3[0];
    if (lid == 0) {
      y44[blk] = r44;
      y48[blk] = r48;
      y81[blk] = r81;
    }
    for (long e_4 = (long)lid; e_4 < len; e_4 += 128L) {
      const int a0 = (int)e_4;
      const long at = (((long)o0 * 2 + o1) * d_T + o2) * d_T + a0;
      const long t35_q = (long)o2 * d_T + a0;
      const int t35_1 = (int)(t35_q % d_T);
      const int t35_0 = (int)(t35_q / d_T);
      const int t37_0 = (int)(long)t35_0;
      const int t39_0 = (int)(long)t35_1;
      const float v43_4 = t37_0 >= t39_0 != 0 ? x31[(((long)o0 * 2 + o1) * d_T + o2) * d_T + a0] * 0.35355338f : -1e+09f;
      const float v47_3 = exp(v43_4 - r44);
      y50[at] = v47_3 / r48;
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
}
