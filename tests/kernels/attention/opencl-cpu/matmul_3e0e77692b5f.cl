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

/* k109_matmul (matmul_3e0e77692b5f): 5 IR nodes, one work item per output element
 *   %3 = reshape %0 : f32[B*T, 16]   ($SRC/stdlib/nn.llm:65)
 *   %96 = permute %3 perm=[1, 0] : f32[16, B*T]   ($SRC/stdlib/nn.llm:65)
 *   %98 = matmul %96, %97 : f32[16, 16]   ($SRC/stdlib/nn.llm:65)
 *   %104 = matmul %96, %103 : f32[16, 16]   ($SRC/stdlib/nn.llm:65)
 *   %109 = matmul %96, %108 : f32[16, 16]   ($SRC/stdlib/nn.llm:65)
 * arguments: x0 = %0; x1 = %97; x2 = %103; x3 = %108; y0 = %98; y1 = %104; y2 = %109; d_B = B; d_T = T
 */
__kernel void matmul_3e0e77692b5f(__global const float *restrict x0, __global const float *restrict x1,
    __global const float *restrict x2, __global const float *restrict x3, __global float *restrict y0,
    __global float *restrict y1, __global float *restrict y2, int d_B, int d_T) {
  /* CPU matmul: 8x16 outputs per work item in float16 accumulators, k ascending */
  for (long tile = (long)get_global_id(0); tile < 6L; tile += 6L) {
    /* sibling 0 */
    if (tile < 2L) {
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
          const float16 bv = vload16(0, x1 + k * 16);
          const long t0_q = k * 16L + m0;
          const int t0_2 = (int)(t0_q % 16L);
          const long t0_q_2 = t0_q / 16L;
          const int t0_1 = (int)(t0_q_2 % (long)d_T);
          const int t0_0 = (int)(t0_q_2 / (long)d_T);
          const float v0 = x0[((long)t0_0 * d_T + t0_1) * 16 + t0_2];
          acc0 = fma((float16)v0, bv, acc0);
          const long t1_q = k * 16L + (m0 + 1);
          const int t1_2 = (int)(t1_q % 16L);
          const long t1_q_2 = t1_q / 16L;
          const int t1_1 = (int)(t1_q_2 % (long)d_T);
          const int t1_0 = (int)(t1_q_2 / (long)d_T);
          const float v0_2 = x0[((long)t1_0 * d_T + t1_1) * 16 + t1_2];
          acc1 = fma((float16)v0_2, bv, acc1);
          const long t2_q = k * 16L + (m0 + 2);
          const int t2_2 = (int)(t2_q % 16L);
          const long t2_q_2 = t2_q / 16L;
          const int t2_1 = (int)(t2_q_2 % (long)d_T);
          const int t2_0 = (int)(t2_q_2 / (long)d_T);
          const float v0_3 = x0[((long)t2_0 * d_T + t2_1) * 16 + t2_2];
          acc2 = fma((float16)v0_3, bv, acc2);
          const long t3_q = k * 16L + (m0 + 3);
          const int t3_2 = (int)(t3_q % 16L);
          const long t3_q_2 = t3_q / 16L;
          const int t3_1 = (int)(t3_q_2 % (long)d_T);
          const int t3_0 = (int)(t3_q_2 / (long)d_T);
          const float v0_4 = x0[((long)t3_0 * d_T + t3_1) * 16 + t3_2];
          acc3 = fma((float16)v0_4, bv, acc3);
          const long t4_q = k * 16L + (m0 + 4);
          const int t4_2 = (int)(t4_q % 16L);
          const long t4_q_2 = t4_q / 16L;
          const int t4_1 = (int)(t4_q_2 % (long)d_T);
          const int t4_0 = (int)(t4_q_2 / (long)d_T);
          const float v0_5 = x0[((long)t4_0 * d_T + t4_1) * 16 + t4_2];
          acc4 = fma((float16)v0_5, bv, acc4);
          const long t5_q = k * 16L + (m0 + 5);
          const int t5_2 = (int)(t5_q % 16L);
          const long t5_q_2 = t5_q / 16L;
          const int t5_1 = (int)(t5_q_2 % (long)d_T);
          const int t5_0 = (int)(t5_q_2 / (long)d_T);
          const float v0_6 = x0[((long)t5_0 * d_T + t5_1) * 16 + t5_2];
          acc5 = fma((float16)v0_6, bv, acc5);
          const long t6_q = k * 16L + (m0 + 6);
          const int t6_2 = (int)(t6_q % 16L);
          const long t6_q_2 = t6_q / 16L;
          const int t6_1 = (int)(t6_q_2 % (long)d_T);
          const int t6_0 = (int)(t6_q_2 / (long)d_T);
          const float v0_7 = x0[((long)t6_0 * d_T + t6_1) * 16 + t6_2];
          acc6 = fma((float16)v0_7, bv, acc6);
          const long t7_q = k * 16L + (m0 + 7);
          const int t7_2 = (int)(t7_q % 16L);
          const long t7_q_2 = t7_q / 16L;
          const int t7_1 = (int)(t7_q_2 % (long)d_T);
          const int t7_0 = (int)(t7_q_2 / (long)d_T);
          const float v0_8 = x0[((long)t7_0 * d_T + t7_1) * 16 + t7_2];
          acc7 = fma((float16)v0_8, bv, acc7);
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
          const float16 bv_2 = (float16)(x1[k_2 * 16], x1[k_2 * 16 + 1L], x1[k_2 * 16 + 2L], x1[k_2 * 16 + 3L], x1[k_2 * 16 + 4L], x1[k_2 * 16 + 5L], x1[k_2 * 16 + 6L], x1[k_2 * 16 + 7L], x1[k_2 * 16 + 8L], x1[k_2 * 16 + 9L], x1[k_2 * 16 + 10L], x1[k_2 * 16 + 11L], x1[k_2 * 16 + 12L], x1[k_2 * 16 + 13L], x1[k_2 * 16 + 14L], x1[k_2 * 16 + 15L]);
          const long t8_q = k_2 * 16L + m0;
          const int t8_2 = (int)(t8_q % 16L);
          const long t8_q_2 = t8_q / 16L;
          const int t8_1 = (int)(t8_q_2 % (long)d_T);
          const int t8_0 = (int)(t8_q_2 / (long)d_T);
          const float v0_9 = x0[((long)t8_0 * d_T + t8_1) * 16 + t8_2];
          acc0 = fma((float16)v0_9, bv_2, acc0);
          const long t9_q = k_2 * 16L + ar1;
          const int t9_2 = (int)(t9_q % 16L);
          const long t9_q_2 = t9_q / 16L;
          const int t9_1 = (int)(t9_q_2 % (long)d_T);
          const int t9_0 = (int)(t9_q_2 / (long)d_T);
          const float v0_10 = x0[((long)t9_0 * d_T + t9_1) * 16 + t9_2];
          acc1 = fma((float16)v0_10, bv_2, acc1);
          const long t10_q = k_2 * 16L + ar2;
          const int t10_2 = (int)(t10_q % 16L);
          const long t10_q_2 = t10_q / 16L;
          const int t10_1 = (int)(t10_q_2 % (long)d_T);
          const int t10_0 = (int)(t10_q_2 / (long)d_T);
          const float v0_11 = x0[((long)t10_0 * d_T + t10_1) * 16 + t10_2];
          acc2 = fma((float16)v0_11, bv_2, acc2);
          const long t11_q = k_2 * 16L + ar3;
          const int t11_2 = (int)(t11_q % 16L);
          const long t11_q_2 = t11_q / 16L;
          const int t11_1 = (int)(t11_q_2 % (long)d_T);
          const int t11_0 = (int)(t11_q_2 / (long)d_T);
          const float v0_12 = x0[((long)t11_0 * d_T + t11_1) * 16 + t11_2];
          acc3 = fma((float16)v0_12, bv_2, acc3);
          const long t12_q = k_2 * 16L + ar4;
          const int t12_2 = (int)(t12_q % 16L);
          const long t12_q_2 = t12_q / 16L;
          const int t12_1 = (int)(t12_q_2 % (long)d_T);
          const int t12_0 = (int)(t12_q_2 / (long)d_T);
          const float v0_13 = x0[((long)t12_0 * d_T + t12_1) * 16 + t12_2];
          acc4 = fma((float16)v0_13, bv_2, acc4);
          const long t13_q = k_2 * 16L + ar5;
          const int t13_2 = (int)(t13_q % 16L);
          const long t13_q_2 = t13_q / 16L;
          const int t13_1 = (int)(t13_q_2 % (long)d_T);
          const int t13_0 = (int)(t13_q_2 / (long)d_T);
          const float v0_14 = x0[((long)t13_0 * d_T + t13_1) * 16 + t13_2];
          acc5 = fma((float16)v0_14, bv_2, acc5);
          const long t14_q = k_2 * 16L + ar6;
          const int t14_2 = (int)(t14_q % 16L);
          const long t14_q_2 = t14_q / 16L;
          const int t14_1 = (int)(t14_q_2 % (long)d_T);
          const int t14_0 = (int)(t14_q_2 / (long)d_T);
          const float v0_15 = x0[((long)t14_0 * d_T + t14_1) * 16 + t14_2];
          acc6 = fma((float16)v0_15, bv_2, acc6);
          const long t15_q = k_2 * 16L + ar7;
          const int t15_2 = (int)(t15_q % 16L);
          const long t15_q_2 = t15_q / 16L;
          const int t15_1 = (int)(t15_q_2 % (long)d_T);
          const int t15_0 = (int)(t15_q_2 / (long)d_T);
          const float v0_16 = x0[((long)t15_0 * d_T + t15_1) * 16 + t15_2];
          acc7 = fma((float16)v0_16, bv_2, acc7);
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
    } else {
      /* sibling 1 */
      if (tile < 4L) {
        const long tl = tile - 2L;
        const long K_2 = (long)d_B * d_T;
        const long rest_2 = tl % 2L;
        const long mt_2 = rest_2 * 8;
        const long m0_2 = mt_2 > 8L ? 8L : mt_2;
        float16 acc0_2 = (float16)0.0f;
        float16 acc1_2 = (float16)0.0f;
        float16 acc2_2 = (float16)0.0f;
        float16 acc3_2 = (float16)0.0f;
        float16 acc4_2 = (float16)0.0f;
        float16 acc5_2 = (float16)0.0f;
        float16 acc6_2 = (float16)0.0f;
        float16 acc7_2 = (float16)0.0f;
        const int full_2 = m0_2 + 8 <= 16L;
        if (full_2) {
          /* full tile: B read as row segments */
          for (long k_3 = 0L; k_3 < K_2; k_3++) {
            const float16 bv_3 = vload16(0, x2 + k_3 * 16);
            const long t16_q = k_3 * 16L + m0_2;
            const int t16_2 = (int)(t16_q % 16L);
            const long t16_q_2 = t16_q / 16L;
            const int t16_1 = (int)(t16_q_2 % (long)d_T);
            const int t16_0 = (int)(t16_q_2 / (long)d_T);
            const float v0_17 = x0[((long)t16_0 * d_T + t16_1) * 16 + t16_2];
            acc0_2 = fma((float16)v0_17, bv_3, acc0_2);
            const long t17_q = k_3 * 16L + (m0_2 + 1);
            const int t17_2 = (int)(t17_q % 16L);
            const long t17_q_2 = t17_q / 16L;
            const int t17_1 = (int)(t17_q_2 % (long)d_T);
            const int t17_0 = (int)(t17_q_2 / (long)d_T);
            const float v0_18 = x0[((long)t17_0 * d_T + t17_1) * 16 + t17_2];
            acc1_2 = fma((float16)v0_18, bv_3, acc1_2);
            const long t18_q = k_3 * 16L + (m0_2 + 2);
            const int t18_2 = (int)(t18_q % 16L);
            const long t18_q_2 = t18_q / 16L;
            const int t18_1 = (int)(t18_q_2 % (long)d_T);
            const int t18_0 = (int)(t18_q_2 / (long)d_T);
            const float v0_19 = x0[((long)t18_0 * d_T + t18_1) * 16 + t18_2];
            acc2_2 = fma((float16)v0_19, bv_3, acc2_2);
            const long t19_q = k_3 * 16L + (m0_2 + 3);
            const int t19_2 = (int)(t19_q % 16L);
            const long t19_q_2 = t19_q / 16L;
            const int t19_1 = (int)(t19_q_2 % (long)d_T);
            const int t19_0 = (int)(t19_q_2 / (long)d_T);
            const float v0_20 = x0[((long)t19_0 * d_T + t19_1) * 16 + t19_2];
            acc3_2 = fma((float16)v0_20, bv_3, acc3_2);
            const long t20_q = k_3 * 16L + (m0_2 + 4);
            const int t20_2 = (int)(t20_q % 16L);
            const long t20_q_2 = t20_q / 16L;
            const int t20_1 = (int)(t20_q_2 % (long)d_T);
            const int t20_0 = (int)(t20_q_2 / (long)d_T);
            const float v0_21 = x0[((long)t20_0 * d_T + t20_1) * 16 + t20_2];
            acc4_2 = fma((float16)v0_21, bv_3, acc4_2);
            const long t21_q = k_3 * 16L + (m0_2 + 5);
            const int t21_2 = (int)(t21_q % 16L);
            const long t21_q_2 = t21_q / 16L;
            const int t21_1 = (int)(t21_q_2 % (long)d_T);
            const int t21_0 = (int)(t21_q_2 / (long)d_T);
            const float v0_22 = x0[((long)t21_0 * d_T + t21_1) * 16 + t21_2];
            acc5_2 = fma((float16)v0_22, bv_3, acc5_2);
            const long t22_q = k_3 * 16L + (m0_2 + 6);
            const int t22_2 = (int)(t22_q % 16L);
            const long t22_q_2 = t22_q / 16L;
            const int t22_1 = (int)(t22_q_2 % (long)d_T);
            const int t22_0 = (int)(t22_q_2 / (long)d_T);
            const float v0_23 = x0[((long)t22_0 * d_T + t22_1) * 16 + t22_2];
            acc6_2 = fma((float16)v0_23, bv_3, acc6_2);
            const long t23_q = k_3 * 16L + (m0_2 + 7);
            const int t23_2 = (int)(t23_q % 16L);
            const long t23_q_2 = t23_q / 16L;
            const int t23_1 = (int)(t23_q_2 % (long)d_T);
            const int t23_0 = (int)(t23_q_2 / (long)d_T);
            const float v0_24 = x0[((long)t23_0 * d_T + t23_1) * 16 + t23_2];
            acc7_2 = fma((float16)v0_24, bv_3, acc7_2);
          }
        } else {
          const long ar1_2 = m0_2 + 1 < 16L ? m0_2 + 1 : 15L;
          const long ar2_2 = m0_2 + 2 < 16L ? m0_2 + 2 : 15L;
          const long ar3_2 = m0_2 + 3 < 16L ? m0_2 + 3 : 15L;
          const long ar4_2 = m0_2 + 4 < 16L ? m0_2 + 4 : 15L;
          const long ar5_2 = m0_2 + 5 < 16L ? m0_2 + 5 : 15L;
          const long ar6_2 = m0_2 + 6 < 16L ? m0_2 + 6 : 15L;
          const long ar7_2 = m0_2 + 7 < 16L ? m0_2 + 7 : 15L;
          for (long k_4 = 0L; k_4 < K_2; k_4++) {
            const float16 bv_4 = (float16)(x2[k_4 * 16], x2[k_4 * 16 + 1L], x2[k_4 * 16 + 2L], x2[k_4 * 16 + 3L], x2[k_4 * 16 + 4L], x2[k_4 * 16 + 5L], x2[k_4 * 16 + 6L], x2[k_4 * 16 + 7L], x2[k_4 * 16 + 8L], x2[k_4 * 16 + 9L], x2[k_4 * 16 + 10L], x2[k_4 * 16 + 11L], x2[k_4 * 16 + 12L], x2[k_4 * 16 + 13L], x2[k_4 * 16 + 14L], x2[k_4 * 16 + 15L]);
            const long t24_q = k_4 * 16L + m0_2;
            const int t24_2 = (int)(t24_q % 16L);
            const long t24_q_2 = t24_q / 16L;
            const int t24_1 = (int)(t24_q_2 % (long)d_T);
            const int t24_0 = (int)(t24_q_2 / (long)d_T);
            const float v0_25 = x0[((long)t24_0 * d_T + t24_1) * 16 + t24_2];
            acc0_2 = fma((float16)v0_25, bv_4, acc0_2);
            const long t25_q = k_4 * 16L + ar1_2;
            const int t25_2 = (int)(t25_q % 16L);
            const long t25_q_2 = t25_q / 16L;
            const int t25_1 = (int)(t25_q_2 % (long)d_T);
            const int t25_0 = (int)(t25_q_2 / (long)d_T);
            const float v0_26 = x0[((long)t25_0 * d_T + t25_1) * 16 + t25_2];
            acc1_2 = fma((float16)v0_26, bv_4, acc1_2);
            const long t26_q = k_4 * 16L + ar2_2;
            const int t26_2 = (int)(t26_q % 16L);
            const long t26_q_2 = t26_q / 16L;
            const int t26_1 = (int)(t26_q_2 % (long)d_T);
            const int t26_0 = (int)(t26_q_2 / (long)d_T);
            const float v0_27 = x0[((long)t26_0 * d_T + t26_1) * 16 + t26_2];
            acc2_2 = fma((float16)v0_27, bv_4, acc2_2);
            const long t27_q = k_4 * 16L + ar3_2;
            const int t27_2 = (int)(t27_q % 16L);
            const long t27_q_2 = t27_q / 16L;
            const int t27_1 = (int)(t27_q_2 % (long)d_T);
            const int t27_0 = (int)(t27_q_2 / (long)d_T);
            const float v0_28 = x0[((long)t27_0 * d_T + t27_1) * 16 + t27_2];
            acc3_2 = fma((float16)v0_28, bv_4, acc3_2);
            const long t28_q = k_4 * 16L + ar4_2;
            const int t28_2 = (int)(t28_q % 16L);
            const long t28_q_2 = t28_q / 16L;
            const int t28_1 = (int)(t28_q_2 % (long)d_T);
            const int t28_0 = (int)(t28_q_2 / (long)d_T);
            const float v0_29 = x0[((long)t28_0 * d_T + t28_1) * 16 + t28_2];
            acc4_2 = fma((float16)v0_29, bv_4, acc4_2);
            const long t29_q = k_4 * 16L + ar5_2;
            const int t29_2 = (int)(t29_q % 16L);
            const long t29_q_2 = t29_q / 16L;
            const int t29_1 = (int)(t29_q_2 % (long)d_T);
            const int t29_0 = (int)(t29_q_2 / (long)d_T);
            const float v0_30 = x0[((long)t29_0 * d_T + t29_1) * 16 + t29_2];
            acc5_2 = fma((float16)v0_30, bv_4, acc5_2);
            const long t30_q = k_4 * 16L + ar6_2;
            const int t30_2 = (int)(t30_q % 16L);
            const long t30_q_2 = t30_q / 16L;
            const int t30_1 = (int)(t30_q_2 % (long)d_T);
            const int t30_0 = (int)(t30_q_2 / (long)d_T);
            const float v0_31 = x0[((long)t30_0 * d_T + t30_1) * 16 + t30_2];
            acc6_2 = fma((float16)v0_31, bv_4, acc6_2);
            const long t31_q = k_4 * 16L + ar7_2;
            const int t31_2 = (int)(t31_q % 16L);
            const long t31_q_2 = t31_q / 16L;
            const int t31_1 = (int)(t31_q_2 % (long)d_T);
            const int t31_0 = (int)(t31_q_2 / (long)d_T);
            const float v0_32 = x0[((long)t31_0 * d_T + t31_1) * 16 + t31_2];
            acc7_2 = fma((float16)v0_32, bv_4, acc7_2);
          }
        }
        if (m0_2 < 16L) {
          const long o_9 = m0_2 * 16;
          vstore16(acc0_2, 0, y1 + o_9);
        }
        const long om_8 = m0_2 + 1;
        if (om_8 < 16L) {
          const long o_10 = om_8 * 16;
          vstore16(acc1_2, 0, y1 + o_10);
        }
        const long om_9 = m0_2 + 2;
        if (om_9 < 16L) {
          const long o_11 = om_9 * 16;
          vstore16(acc2_2, 0, y1 + o_11);
        }
        const long om_10 = m0_2 + 3;
        if (om_10 < 16L) {
          const long o_12 = om_10 * 16;
          vstore16(acc3_2, 0, y1 + o_12);
        }
        const long om_11 = m0_2 + 4;
        if (om_11 < 16L) {
          const long o_13 = om_11 * 16;
          vstore16(acc4_2, 0, y1 + o_13);
        }
        const long om_12 = m0_2 + 5;
        if (om_12 < 16L) {
          const long o_14 = om_12 * 16;
          vstore16(acc5_2, 0, y1 + o_14);
        }
        const long om_13 = m0_2 + 6;
        if (om_13 < 16L) {
          const long o_15 = om_13 * 16;
          vstore16(acc6_2, 0, y1 + o_15);
        }
        const long om_14 = m0_2 + 7;
        if (om_14 < 16L) {
          const long o_16 = om_14 * 16;
          vstore16(acc7_2, 0, y1 + o_16);
        }
      } else {
        /* sibling 2 */
        const long tl_2 = tile - 4L;
        const long K_3 = (long)d_B * d_T;
        const long rest_3 = tl_2 % 2L;
        const long mt_3 = rest_3 * 8;
        const long m0_3 = mt_3 > 8L ? 8L : mt_3;
        float16 acc0_3 = (float16)0.0f;
        float16 acc1_3 = (float16)0.0f;
        float16 acc2_3 = (float16)0.0f;
        float16 acc3_3 = (float16)0.0f;
        float16 acc4_3 = (float16)0.0f;
        float16 acc5_3 = (float16)0.0f;
        float16 acc6_3 = (float16)0.0f;
        float16 acc7_3 = (float16)0.0f;
        const int full_3 = m0_3 + 8 <= 16L;
        if (full_3) {
          /* full tile: B read as row segments */
          for (long k_5 = 0L; k_5 < K_3; k_5++) {
            const float16 bv_5 = vload16(0, x3 + k_5 * 16);
            const long t32_q = k_5 * 16L + m0_3;
            const int t32_2 = (int)(t32_q % 16L);
            const long t32_q_2 = t32_q / 16L;
            const int t32_1 = (int)(t32_q_2 % (long)d_T);
            const int t32_0 = (int)(t32_q_2 / (long)d_T);
            const float v0_33 = x0[((long)t32_0 * d_T + t32_1) * 16 + t32_2];
            acc0_3 = fma((float16)v0_33, bv_5, acc0_3);
            const long t33_q = k_5 * 16L + (m0_3 + 1);
            const int t33_2 = (int)(t33_q % 16L);
            const long t33_q_2 = t33_q / 16L;
            const int t33_1 = (int)(t33_q_2 % (long)d_T);
            const int t33_0 = (int)(t33_q_2 / (long)d_T);
            const float v0_34 = x0[((long)t33_0 * d_T + t33_1) * 16 + t33_2];
            acc1_3 = fma((float16)v0_34, bv_5, acc1_3);
            const long t34_q = k_5 * 16L + (m0_3 + 2);
            const int t34_2 = (int)(t34_q % 16L);
            const long t34_q_2 = t34_q / 16L;
            const int t34_1 = (int)(t34_q_2 % (long)d_T);
            const int t34_0 = (int)(t34_q_2 / (long)d_T);
            const float v0_35 = x0[((long)t34_0 * d_T + t34_1) * 16 + t34_2];
            acc2_3 = fma((float16)v0_35, bv_5, acc2_3);
            const long t35_q = k_5 * 16L + (m0_3 + 3);
            const int t35_2 = (int)(t35_q % 16L);
            const long t35_q_2 = t35_q / 16L;
            const int t35_1 = (int)(t35_q_2 % (long)d_T);
            const int t35_0 = (int)(t35_q_2 / (long)d_T);
            const float v0_36 = x0[((long)t35_0 * d_T + t35_1) * 16 + t35_2];
            acc3_3 = fma((float16)v0_36, bv_5, acc3_3);
            const long t36_q = k_5 * 16L + (m0_3 + 4);
            const int t36_2 = (int)(t36_q % 16L);
            const long t36_q_2 = t36_q / 16L;
            const int t36_1 = (int)(t36_q_2 % (long)d_T);
            const int t36_0 = (int)(t36_q_2 / (long)d_T);
            const float v0_37 = x0[((long)t36_0 * d_T + t36_1) * 16 + t36_2];
            acc4_3 = fma((float16)v0_37, bv_5, acc4_3);
            const long t37_q = k_5 * 16L + (m0_3 + 5);
            const int t37_2 = (int)(t37_q % 16L);
            const long t37_q_2 = t37_q / 16L;
            const int t37_1 = (int)(t37_q_2 % (long)d_T);
            const int t37_0 = (int)(t37_q_2 / (long)d_T);
            const float v0_38 = x0[((long)t37_0 * d_T + t37_1) * 16 + t37_2];
            acc5_3 = fma((float16)v0_38, bv_5, acc5_3);
            const long t38_q = k_5 * 16L + (m0_3 + 6);
            const int t38_2 = (int)(t38_q % 16L);
            const long t38_q_2 = t38_q / 16L;
            const int t38_1 = (int)(t38_q_2 % (long)d_T);
            const int t38_0 = (int)(t38_q_2 / (long)d_T);
            const float v0_39 = x0[((long)t38_0 * d_T + t38_1) * 16 + t38_2];
            acc6_3 = fma((float16)v0_39, bv_5, acc6_3);
            const long t39_q = k_5 * 16L + (m0_3 + 7);
            const int t39_2 = (int)(t39_q % 16L);
            const long t39_q_2 = t39_q / 16L;
            const int t39_1 = (int)(t39_q_2 % (long)d_T);
            const int t39_0 = (int)(t39_q_2 / (long)d_T);
            const float v0_40 = x0[((long)t39_0 * d_T + t39_1) * 16 + t39_2];
            acc7_3 = fma((float16)v0_40, bv_5, acc7_3);
          }
        } else {
          const long ar1_3 = m0_3 + 1 < 16L ? m0_3 + 1 : 15L;
          const long ar2_3 = m0_3 + 2 < 16L ? m0_3 + 2 : 15L;
          const long ar3_3 = m0_3 + 3 < 16L ? m0_3 + 3 : 15L;
          const long ar4_3 = m0_3 + 4 < 16L ? m0_3 + 4 : 15L;
          const long ar5_3 = m0_3 + 5 < 16L ? m0_3 + 5 : 15L;
          const long ar6_3 = m0_3 + 6 < 16L ? m0_3 + 6 : 15L;
          const long ar7_3 = m0_3 + 7 < 16L ? m0_3 + 7 : 15L;
          for (long k_6 = 0L; k_6 < K_3; k_6++) {
            const float16 bv_6 = (float16)(x3[k_6 * 16], x3[k_6 * 16 + 1L], x3[k_6 * 16 + 2L], x3[k_6 * 16 + 3L], x3[k_6 * 16 + 4L], x3[k_6 * 16 + 5L], x3[k_6 * 16 + 6L], x3[k_6 * 16 + 7L], x3[k_6 * 16 + 8L], x3[k_6 * 16 + 9L], x3[k_6 * 16 + 10L], x3[k_6 * 16 + 11L], x3[k_6 * 16 + 12L], x3[k_6 * 16 + 13L], x3[k_6 * 16 + 14L], x3[k_6 * 16 + 15L]);
            const long t40_q = k_6 * 16L + m0_3;
            const int t40_2 = (int)(t40_q % 16L);
            const long t40_q_2 = t40_q / 16L;
            const int t40_1 = (int)(t40_q_2 % (long)d_T);
            const int t40_0 = (int)(t40_q_2 / (long)d_T);
            const float v0_41 = x0[((long)t40_0 * d_T + t40_1) * 16 + t40_2];
            acc0_3 = fma((float16)v0_41, bv_6, acc0_3);
            const long t41_q = k_6 * 16L + ar1_3;
            const int t41_2 = (int)(t41_q % 16L);
            const long t41_q_2 = t41_q / 16L;
            const int t41_1 = (int)(t41_q_2 % (long)d_T);
            const int t41_0 = (int)(t41_q_2 / (long)d_T);
            const float v0_42 = x0[((long)t41_0 * d_T + t41_1) * 16 + t41_2];
            acc1_3 = fma((float16)v0_42, bv_6, acc1_3);
            const long t42_q = k_6 * 16L + ar2_3;
            const int t42_2 = (int)(t42_q % 16L);
            const long t42_q_2 = t42_q / 16L;
            const int t42_1 = (int)(t42_q_2 % (long)d_T);
            const int t42_0 = (int)(t42_q_2 / (long)d_T);
            const float v0_43 = x0[((long)t42_0 * d_T + t42_1) * 16 + t42_2];
            acc2_3 = fma((float16)v0_43, bv_6, acc2_3);
            const long t43_q = k_6 * 16L + ar3_3;
            const int t43_2 = (int)(t43_q % 16L);
            const long t43_q_2 = t43_q / 16L;
            const int t43_1 = (int)(t43_q_2 % (long)d_T);
            const int t43_0 = (int)(t43_q_2 / (long)d_T);
            const float v0_44 = x0[((long)t43_0 * d_T + t43_1) * 16 + t43_2];
            acc3_3 = fma((float16)v0_44, bv_6, acc3_3);
            const long t44_q = k_6 * 16L + ar4_3;
            const int t44_2 = (int)(t44_q % 16L);
            const long t44_q_2 = t44_q / 16L;
            const int t44_1 = (int)(t44_q_2 % (long)d_T);
            const int t44_0 = (int)(t44_q_2 / (long)d_T);
            const float v0_45 = x0[((long)t44_0 * d_T + t44_1) * 16 + t44_2];
            acc4_3 = fma((float16)v0_45, bv_6, acc4_3);
            const long t45_q = k_6 * 16L + ar5_3;
            const int t45_2 = (int)(t45_q % 16L);
            const long t45_q_2 = t45_q / 16L;
            const int t45_1 = (int)(t45_q_2 % (long)d_T);
            const int t45_0 = (int)(t45_q_2 / (long)d_T);
            const float v0_46 = x0[((long)t45_0 * d_T + t45_1) * 16 + t45_2];
            acc5_3 = fma((float16)v0_46, bv_6, acc5_3);
            const long t46_q = k_6 * 16L + ar6_3;
            const int t46_2 = (int)(t46_q % 16L);
            const long t46_q_2 = t46_q / 16L;
            const int t46_1 = (int)(t46_q_2 % (long)d_T);
            const int t46_0 = (int)(t46_q_2 / (long)d_T);
            const float v0_47 = x0[((long)t46_0 * d_T + t46_1) * 16 + t46_2];
            acc6_3 = fma((float16)v0_47, bv_6, acc6_3);
            const long t47_q = k_6 * 16L + ar7_3;
            const int t47_2 = (int)(t47_q % 16L);
            const long t47_q_2 = t47_q / 16L;
            const int t47_1 = (int)(t47_q_2 % (long)d_T);
            const int t47_0 = (int)(t47_q_2 / (long)d_T);
            const float v0_48 = x0[((long)t47_0 * d_T + t47_1) * 16 + t47_2];
            acc7_3 = fma((float16)v0_48, bv_6, acc7_3);
          }
        }
        if (m0_3 < 16L) {
          const long o_17 = m0_3 * 16;
          vstore16(acc0_3, 0, y2 + o_17);
        }
        const long om_15 = m0_3 + 1;
        if (om_15 < 16L) {
          const long o_18 = om_15 * 16;
          vstore16(acc1_3, 0, y2 + o_18);
        }
        const long om_16 = m0_3 + 2;
        if (om_16 < 16L) {
          const long o_19 = om_16 * 16;
          vstore16(acc2_3, 0, y2 + o_19);
        }
        const long om_17 = m0_3 + 3;
        if (om_17 < 16L) {
          const long o_20 = om_17 * 16;
          vstore16(acc3_3, 0, y2 + o_20);
        }
        const long om_18 = m0_3 + 4;
        if (om_18 < 16L) {
          const long o_21 = om_18 * 16;
          vstore16(acc4_3, 0, y2 + o_21);
        }
        const long om_19 = m0_3 + 5;
        if (om_19 < 16L) {
          const long o_22 = om_19 * 16;
          vstore16(acc5_3, 0, y2 + o_22);
        }
        const long om_20 = m0_3 + 6;
        if (om_20 < 16L) {
          const long o_23 = om_20 * 16;
          vstore16(acc6_3, 0, y2 + o_23);
        }
        const long om_21 = m0_3 + 7;
        if (om_21 < 16L) {
          const long o_24 = om_21 * 16;
          vstore16(acc7_3, 0, y2 + o_24);
        }
      }
    }
  }
}
