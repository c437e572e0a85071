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

/* k62_sum (sum_5a7a134d0662): 6 IR nodes, one work item per row of the reduction's domain
 *   %56 = reshape %55 : f32[B, T, 16]   ($SRC/stdlib/nn.llm:65)
 *   %58 = reshape %57 : f32[1, 1, 16]   ($SRC/stdlib/nn.llm:66)
 *   %59 = expand %58 : f32[B, T, 16]   ($SRC/stdlib/nn.llm:66)
 *   %60 = add %56, %59 : f32[B, T, 16]   ($SRC/stdlib/nn.llm:66)
 *   %61 = mul %60, %1 : f32[B, T, 16]   (tests/fusion/attention.llm:12)
 *   %62 = sum %61 axes=[0, 1, 2] : f32[1, 1, 1]   (tests/fusion/attention.llm:12)
 * arguments: x0 = %1; x1 = %55; x2 = %57; y0 = %62; d_B = B; d_T = T
 */
__kernel void sum_5a7a134d0662(__global const float *restrict x0, __global const float *restrict x1,
    __global const float *restrict x2, __global float *restrict y0, int d_B, int d_T) {
  const long i = (long)get_global_id(0);
  if (i >= 1L) {
    return;
  }
  float acc = 0.0f;
  /* sum over axes 0 1 2 */
  for (int r0 = 0; r0 < d_B; r0++) {
    for (int r1 = 0; r1 < d_T; r1++) {
      for (int r2 = 0; r2 < 16; r2++) {
        const long t0_q = ((long)r0 * (long)d_T + (long)r1) * 16L + (long)r2;
        const int t0_1 = (int)(t0_q % 16L);
        const long t0_0 = t0_q / 16L;
        acc += (x1[t0_0 * 16 + t0_1] + x2[(long)r2]) * x0[((long)r0 * d_T + r1) * 16 + r2];
      }
    }
  }
  y0[i] = acc;
}
