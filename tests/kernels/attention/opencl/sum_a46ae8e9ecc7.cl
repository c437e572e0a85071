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

/* k62_sum (sum_a46ae8e9ecc7): 6 IR nodes, one work item per row of the reduction's domain
 *   %56 = reshape %55 : f32[B, T, 16]   ($SRC/stdlib/nn.llm:65)
 *   %58 = reshape %57 : f32[1, 1, 16]   ($SRC/stdlib/nn.llm:66)
 *   %59 = expand %58 : f32[B, T, 16]   ($SRC/stdlib/nn.llm:66)
 *   %60 = add %56, %59 : f32[B, T, 16]   ($SRC/stdlib/nn.llm:66)
 *   %61 = mul %60, %1 : f32[B, T, 16]   (tests/fusion/attention.llm:12)
 *   %62 = sum %61 axes=[0, 1, 2] : f32[1, 1, 1]   (tests/fusion/attention.llm:12)
 * arguments: x0 = %1; x1 = %55; x2 = %57; y0 = %62; d_B = B; d_T = T
 */
__kernel void sum_a46ae8e9ecc7(__global const float *restrict x0, __global const float *restrict x1,
    __global const float *restrict x2, __global float *restrict y0, int d_B, int d_T) {
  __local float red[128];
  const int lid = (int)get_local_id(0);
  const long len = (long)d_B * d_T * 16;
  for (long blk = (long)get_group_id(0); blk < 1L; blk++) {
    float acc = 0.0f;
    for (long e = (long)lid; e < len; e += 128L) {
      const int r0 = (int)(e % 16);
      const long rq = e / 16;
      const int r1 = (int)(rq % d_T);
      const int r2 = (int)(rq / d_T);
      const long t0_q = ((long)r2 * (long)d_T + (long)r1) * 16L + (long)r0;
      const int t0_1 = (int)(t0_q % 16L);
      const long t0_0 = t0_q / 16L;
      acc += (x1[t0_0 * 16 + t0_1] + x2[(long)r0]) * x0[((long)r2 * d_T + r1) * 16 + r0];
    }
    red[lid] = acc;
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid < 64) {
      red[lid] = red[lid] + red[lid + 64];
    }
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
    const float r3 = red[0];
    if (lid == 0) {
      y0[blk] = r3;
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
}
