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

/* k70_matmul (matmul_e89b9327e8bd): 3 IR nodes, one work item per output element
 *   %67 = reshape %1 : f32[B*T, 16]   ($SRC/stdlib/nn.llm:65)
 *   %69 = permute %54 perm=[1, 0] : f32[16, B*T]   ($SRC/stdlib/nn.llm:65)
 *   %70 = matmul %69, %67 : f32[16, 16]   ($SRC/stdlib/nn.llm:65)
 * arguments: x0 = %1; x1 = %54; y0 = %70; d_B = B; d_T = T
 */
__kernel void matmul_e89b9327e8bd(__global const float *restrict x0, __global const float *restrict x1, __global float *restrict y0,
    int d_B, int d_T) {
  /* CPU matmul: 8x16 outputs per work item in float16 accumulators, k ascending */
  for (long tile = (long)get_global_id(0); tile < 2L; tile += 2L) {
    const long K = (long)d_B * d_T;
    const long rest = tile % 2L;
    const long mt = rest * 8;
    const long m0 = mt > 8L ? 8L : mt;
    float16 acc0 = (float16)0.0f;
    float16 acc1 = (float16)0.0f;
    float16 acc2 = (float16)0.0f;
    float16 acc3 = (float16)0.0f;
    float16 acc4 = (float16)0.0f;
    float16 acc5 = (float16)0.0f;
    float16 acc6 = (float16)0.0f;
    float16 acc7 = (float16)0.0f;
    const int full = m0 + 8 <= 16L;
    if (full) {
      /* full tile: B read as row segments */
      for (long k = 0L; k < K; k++) {
        const float16 bv = vload16(0, x0 + k * 16);
        acc0 = fma((float16)x1[k * 16 + m0], bv, acc0);
        acc1 = fma((float16)x1[k * 16 + (m0 + 1)], bv, acc1);
        acc2 = fma((float16)x1[k * 16 + (m0 + 2)], bv, acc2);
        acc3 = fma((float16)x1[k * 16 + (m0 + 3)], bv, acc3);
        acc4 = fma((float16)x1[k * 16 + (m0 + 4)], bv, acc4);
        acc5 = fma((float16)x1[k * 16 + (m0 + 5)], bv, acc5);
        acc6 = fma((float16)x1[k * 16 + (m0 + 6)], bv, acc6);
        acc7 = fma((float16)x1[k * 16 + (m0 + 7)], bv, acc7);
      }
    } else {
      const long ar1 = m0 + 1 < 16L ? m0 + 1 : 15L;
      const long ar2 = m0 + 2 < 16L ? m0 + 2 : 15L;
      const long ar3 = m0 + 3 < 16L ? m0 + 3 : 15L;
      const long ar4 = m0 + 4 < 16L ? m0 + 4 : 15L;
      const long ar5 = m0 + 5 < 16L ? m0 + 5 : 15L;
      const long ar6 = m0 + 6 < 16L ? m0 + 6 : 15L;
      const long ar7 = m0 + 7 < 16L ? m0 + 7 : 15L;
      for (long k_2 = 0L; k_2 < K; k_2++) {
        const long t0_q = k_2 * 16L;
        const int t0_2 = (int)(t0_q % 16L);
        const long t0_q_2 = t0_q / 16L;
        const int t0_1 = (int)(t0_q_2 % (long)d_T);
        const int t0_0 = (int)(t0_q_2 / (long)d_T);
        const long t1_q = k_2 * 16L + 1L;
        const int t1_2 = (int)(t1_q % 16L);
        const long t1_q_2 = t1_q / 16L;
        const int t1_1 = (int)(t1_q_2 % (long)d_T);
        const int t1_0 = (int)(t1_q_2 / (long)d_T);
        const long t2_q = k_2 * 16L + 2L;
        const int t2_2 = (int)(t2_q % 16L);
        const long t2_q_2 = t2_q / 16L;
        const int t2_1 = (int)(t2_q_2 % (long)d_T);
        const int t2_0 = (int)(t2_q_2 / (long)d_T);
        const long t3_q = k_2 * 16L + 3L;
        const int t3_2 = (int)(t3_q % 16L);
        const long t3_q_2 = t3_q / 16L;
        const int t3_1 = (int)(t3_q_2 % (long)d_T);
        const int t3_0 = (int)(t3_q_2 / (long)d_T);
        const long t4_q = k_2 * 16L + 4L;
        const int t4_2 = (int)(t4_q % 16L);
        const long t4_q_2 = t4_q / 16L;
        const int t4_1 = (int)(t4_q_2 % (long)d_T);
        const int t4_0 = (int)(t4_q_2 / (long)d_T);
        const long t5_q = k_2 * 16L + 5L;
        const int t5_2 = (int)(t5_q % 16L);
        const long t5_q_2 = t5_q / 16L;
        const int t5_1 = (int)(t5_q_2 % (long)d_T);
        const int t5_0 = (int)(t5_q_2 / (long)d_T);
        const long t6_q = k_2 * 16L + 6L;
        const int t6_2 = (int)(t6_q % 16L);
        const long t6_q_2 = t6_q / 16L;
        const int t6_1 = (int)(t6_q_2 % (long)d_T);
        const int t6_0 = (int)(t6_q_2 / (long)d_T);
        const long t7_q = k_2 * 16L + 7L;
        const int t7_2 = (int)(t7_q % 16L);
        const long t7_q_2 = t7_q / 16L;
        const int t7_1 = (int)(t7_q_2 % (long)d_T);
        const int t7_0 = (int)(t7_q_2 / (long)d_T);
        const long t8_q = k_2 * 16L + 8L;
        const int t8_2 = (int)(t8_q % 16L);
        const long t8_q_2 = t8_q / 16L;
        const int t8_1 = (int)(t8_q_2 % (long)d_T);
        const int t8_0 = (int)(t8_q_2 / (long)d_T);
        const long t9_q = k_2 * 16L + 9L;
        const int t9_2 = (int)(t9_q % 16L);
        const long t9_q_2 = t9_q / 16L;
        const int t9_1 = (int)(t9_q_2 % (long)d_T);
        const int t9_0 = (int)(t9_q_2 / (long)d_T);
        const long t10_q = k_2 * 16L + 10L;
        const int t10_2 = (int)(t10_q % 16L);
        const long t10_q_2 = t10_q / 16L;
        const int t10_1 = (int)(t10_q_2 % (long)d_T);
        const int t10_0 = (int)(t10_q_2 / (long)d_T);
        const long t11_q = k_2 * 16L + 11L;
        const int t11_2 = (int)(t11_q % 16L);
        const long t11_q_2 = t11_q / 16L;
        const int t11_1 = (int)(t11_q_2 % (long)d_T);
        const int t11_0 = (int)(t11_q_2 / (long)d_T);
        const long t12_q = k_2 * 16L + 12L;
        const int t12_2 = (int)(t12_q % 16L);
        const long t12_q_2 = t12_q / 16L;
        const int t12_1 = (int)(t12_q_2 % (long)d_T);
        const int t12_0 = (int)(t12_q_2 / (long)d_T);
        const long t13_q = k_2 * 16L + 13L;
        const int t13_2 = (int)(t13_q % 16L);
        const long t13_q_2 = t13_q / 16L;
        const int t13_1 = (int)(t13_q_2 % (long)d_T);
        const int t13_0 = (int)(t13_q_2 / (long)d_T);
        const long t14_q = k_2 * 16L + 14L;
        const int t14_2 = (int)(t14_q % 16L);
        const long t14_q_2 = t14_q / 16L;
        const int t14_1 = (int)(t14_q_2 % (long)d_T);
        const int t14_0 = (int)(t14_q_2 / (long)d_T);
        const long t15_q = k_2 * 16L + 15L;
        const int t15_2 = (int)(t15_q % 16L);
        const long t15_q_2 = t15_q / 16L;
        const int t15_1 = (int)(t15_q_2 % (long)d_T);
        const int t15_0 = (int)(t15_q_2 / (long)d_T);
        const float16 bv_2 = (float16)(x0[((long)t0_0 * d_T + t0_1) * 16 + t0_2], x0[((long)t1_0 * d_T + t1_1) * 16 + t1_2], x0[((long)t2_0 * d_T + t2_1) * 16 + t2_2], x0[((long)t3_0 * d_T + t3_1) * 16 + t3_2], x0[((long)t4_0 * d_T + t4_1) * 16 + t4_2], x0[((long)t5_0 * d_T + t5_1) * 16 + t5_2], x0[((long)t6_0 * d_T + t6_1) * 16 + t6_2], x0[((long)t7_0 * d_T + t7_1) * 16 + t7_2], x0[((long)t8_0 * d_T + t8_1) * 16 + t8_2], x0[((long)t9_0 * d_T + t9_1) * 16 + t9_2], x0[((long)t10_0 * d_T + t10_1) * 16 + t10_2], x0[((long)t11_0 * d_T + t11_1) * 16 + t11_2], x0[((long)t12_0 * d_T + t12_1) * 16 + t12_2], x0[((long)t13_0 * d_T + t13_1) * 16 + t13_2], x0[((long)t14_0 * d_T + t14_1) * 16 + t14_2], x0[((long)t15_0 * d_T + t15_1) * 16 + t15_2]);
        acc0 = fma((float16)x1[k_2 * 16 + m0], bv_2, acc0);
        acc1 = fma((float16)x1[k_2 * 16 + ar1], bv_2, acc1);
        acc2 = fma((float16)x1[k_2 * 16 + ar2], bv_2, acc2);
        acc3 = fma((float16)x1[k_2 * 16 + ar3], bv_2, acc3);
        acc4 = fma((float16)x1[k_2 * 16 + ar4], bv_2, acc4);
        acc5 = fma((float16)x1[k_2 * 16 + ar5], bv_2, acc5);
        acc6 = fma((float16)x1[k_2 * 16 + ar6], bv_2, acc6);
        acc7 = fma((float16)x1[k_2 * 16 + ar7], bv_2, acc7);
      }
    }
    if (m0 < 16L) {
      const long o = m0 * 16;
      vstore16(acc0, 0, y0 + o);
    }
    const long om = m0 + 1;
    if (om < 16L) {
      const long o_2 = om * 16;
      vstore16(acc1, 0, y0 + o_2);
    }
    const long om_2 = m0 + 2;
    if (om_2 < 16L) {
      const long o_3 = om_2 * 16;
      vstore16(acc2, 0, y0 + o_3);
    }
    const long om_3 = m0 + 3;
    if (om_3 < 16L) {
      const long o_4 = om_3 * 16;
      vstore16(acc3, 0, y0 + o_4);
    }
    const long om_4 = m0 + 4;
    if (om_4 < 16L) {
      const long o_5 = om_4 * 16;
      vstore16(acc4, 0, y0 + o_5);
    }
    const long om_5 = m0 + 5;
    if (om_5 < 16L) {
      const long o_6 = om_5 * 16;
      vstore16(acc5, 0, y0 + o_6);
    }
    const long om_6 = m0 + 6;
    if (om_6 < 16L) {
      const long o_7 = om_6 * 16;
      vstore16(acc6, 0, y0 + o_7);
    }
    const long om_7 = m0 + 7;
    if (om_7 < 16L) {
      const long o_8 = om_7 * 16;
      vstore16(acc7, 0, y0 + o_8);
    }
  }
}
