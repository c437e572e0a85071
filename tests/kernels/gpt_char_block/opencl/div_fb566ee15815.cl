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

/* k79_div (div_fb566ee15815): 19 IR nodes, one work item per row of the reduction's domain
 *   %61 = const 0.17677669529663687 : f32[B, 4, T, T]   ($SRC/stdlib/nn.llm:152)
 *   %62 = mul %60, %61 : f32[B, 4, T, T]   ($SRC/stdlib/nn.llm:152)
 *   %63 = iota axis=0 : i32[T]   ($SRC/stdlib/nn.llm:153)
 *   %64 = reshape %63 : i32[T, 1]   ($SRC/stdlib/nn.llm:153)
 *   %65 = reshape %63 : i32[1, T]   ($SRC/stdlib/nn.llm:153)
 *   %66 = expand %65 : i32[T, T]   ($SRC/stdlib/nn.llm:153)
 *   %67 = expand %64 : i32[T, T]   ($SRC/stdlib/nn.llm:153)
 *   %68 = ge %67, %66 : i32[T, T]   ($SRC/stdlib/nn.llm:153)
 *   %69 = const -1000000000.0 : f32[B, 4, T, T]   ($SRC/stdlib/nn.llm:154)
 *   %70 = reshape %68 : i32[1, 1, T, T]   ($SRC/stdlib/nn.llm:154)
 *   %71 = expand %70 : i32[B, 4, T, T]   ($SRC/stdlib/nn.llm:154)
 *   %72 = where %71, %62, %69 : f32[B, 4, T, T]   ($SRC/stdlib/nn.llm:154)
 *   %73 = rmax %72 axes=[3] nograd=1 : f32[B, 4, T, 1]   ($SRC/stdlib/nn.llm:18)
 *   %74 = expand %73 : f32[B, 4, T, T]   ($SRC/stdlib/nn.llm:19)
 *   %75 = sub %72, %74 : f32[B, 4, T, T]   ($SRC/stdlib/nn.llm:19)
 *   %76 = exp %75 : f32[B, 4, T, T]   ($SRC/stdlib/nn.llm:19)
 *   %77 = sum %76 axes=[3] : f32[B, 4, T, 1]   ($SRC/stdlib/nn.llm:20)
 *   %78 = expand %77 : f32[B, 4, T, T]   ($SRC/stdlib/nn.llm:20)
 *   %79 = div %76, %78 : f32[B, 4, T, T]   ($SRC/stdlib/nn.llm:20)
 * arguments: x0 = %60; y0 = %73; y1 = %77; y2 = %79; d_B = B; d_T = T
 */
__kernel void div_fb566ee15815(__global const float *restrict x0, __global float *restrict y0, __global float *restrict y1,
    __global float *restrict y2, int d_B, int d_T) {
  __local float red[128];
  __local float red_2[128];
  const int lid = (int)get_local_id(0);
  const long rows = (long)d_B * 4 * d_T;
  const long groups = (long)d_B * 4;
  const long len = (long)d_T;
  for (long blk = (long)get_group_id(0); blk < rows; blk += groups) {
    const int o2 = (int)(blk % d_T);
    const long oq = blk / d_T;
    const int o1 = (int)(oq % 4);
    const int o0 = (int)(oq / 4);
    float acc = -INFINITY;
    for (long e = (long)lid; e < len; e += 128L) {
      const int r0 = (int)e;
      const long t0_q = (long)o2 * (long)d_T + (long)r0;
      const int t0_1 = (int)(t0_q % (long)d_T);
      const int t0_0 = (int)(t0_q / (long)d_T);
      const float v0 = t0_0 >= t0_1 != 0 ? x0[(((long)o0 * 4 + o1) * d_T + o2) * d_T + r0] * 0.17677669f : -1e+09f;
      if (!isnan(acc) && (isnan(v0) || v0 > acc)) {
        acc = v0;
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
    const float r1 = red[0];
    float acc_2 = 0.0f;
    for (long e_2 = (long)lid; e_2 < len; e_2 += 128L) {
      const int r0_2 = (int)e_2;
      const long t1_q = (long)o2 * (long)d_T + (long)r0_2;
      const int t1_1 = (int)(t1_q % (long)d_T);
      const int t1_0 = (int)(t1_q / (long)d_T);
      const float v0_2 = t1_0 >= t1_1 != 0 ? x0[(((long)o0 * 4 + o1) * d_T + o2) * d_T + r0_2] * 0.17677669f : -1e+09f;
      const float v1 = exp(v0_2 - r1);
      acc_2 += v1;
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
    const float r2 = red_2[0];
    if (lid == 0) {
      y0[blk] = r1;
      y1[blk] = r2;
    }
    for (long e_3 = (long)lid; e_3 < len; e_3 += 128L) {
      const int a0 = (int)e_3;
      const long at = (((long)o0 * 4 + o1) * d_T + o2) * d_T + a0;
      const long t2_q = (long)o2 * (long)d_T + (long)a0;
      const int t2_1 = (int)(t2_q % (long)d_T);
      const int t2_0 = (int)(t2_q / (long)d_T);
      const float v0_3 = t2_0 >= t2_1 != 0 ? x0[(((long)o0 * 4 + o1) * d_T + o2) * d_T + a0] * 0.17677669f : -1e+09f;
      const float v1_2 = exp(v0_3 - r1);
      y2[at] = v1_2 / r2;
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
}
