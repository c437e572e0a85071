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

/* k109_matmul (matmul_b05952c60089): 5 IR nodes, one work item per output element
 *   %3 = reshape %0 : f32[B*T, 16]   ($SRC/stdlib/nn.llm:65)
 *   %96 = permute %3 perm=[1, 0] : f32[16, B*T]   ($SRC/stdlib/nn.llm:65)
 *   %98 = matmul %96, %97 : f32[16, 16]   ($SRC/stdlib/nn.llm:65)
 *   %104 = matmul %96, %103 : f32[16, 16]   ($SRC/stdlib/nn.llm:65)
 *   %109 = matmul %96, %108 : f32[16, 16]   ($SRC/stdlib/nn.llm:65)
 * arguments: x0 = %0; x1 = %97; x2 = %103; x3 = %108; y0 = %98; y1 = %104; y2 = %109; d_B = B; d_T = T
 */
__kernel void matmul_b05952c60089(__global const float *restrict x0, __global const float *restrict x1,
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
      for (int row = 0; row < 8; row++) {
        const float16 accr = row == 0 ? acc0 : row == 1 ? acc1 : row == 2 ? acc2 : row == 3 ? acc3 : row == 4 ? acc4 : row == 5 ? acc5 : row == 6 ? acc6 : acc7;
        const long om = m0 + row;
        const long o = om * 16;
        vstore16(accr, 0, y0 + o);
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
        /* full tile: B read as row segments */
        for (long k_2 = 0L; k_2 < K_2; k_2++) {
          const float16 bv_2 = vload16(0, x2 + k_2 * 16);
          const long t8_q = k_2 * 16L + m0_2;
          const int t8_2 = (int)(t8_q % 16L);
          const long t8_q_2 = t8_q / 16L;
          const int t8_1 = (int)(t8_q_2 % (long)d_T);
          const int t8_0 = (int)(t8_q_2 / (long)d_T);
          const float v0_9 = x0[((long)t8_0 * d_T + t8_1) * 16 + t8_2];
          acc0_2 = fma((float16)v0_9, bv_2, acc0_2);
          const long t9_q = k_2 * 16L + (m0_2 + 1);
          const int t9_2 = (int)(t9_q % 16L);
          const long t9_q_2 = t9_q / 16L;
          const int t9_1 = (int)(t9_q_2 % (long)d_T);
          const int t9_0 = (int)(t9_q_2 / (long)d_T);
          const float v0_10 = x0[((long)t9_0 * d_T + t9_1) * 16 + t9_2];
          acc1_2 = fma((float16)v0_10, bv_2, acc1_2);
          const long t10_q = k_2 * 16L + (m0_2 + 2);
          const int t10_2 = (int)(t10_q % 16L);
          const long t10_q_2 = t10_q / 16L;
          const int t10_1 = (int)(t10_q_2 % (long)d_T);
          const int t10_0 = (int)(t10_q_2 / (long)d_T);
          const float v0_11 = x0[((long)t10_0 * d_T + t10_1) * 16 + t10_2];
          acc2_2 = fma((float16)v0_11, bv_2, acc2_2);
          const long t11_q = k_2 * 16L + (m0_2 + 3);
          const int t11_2 = (int)(t11_q % 16L);
          const long t11_q_2 = t11_q / 16L;
          const int t11_1 = (int)(t11_q_2 % (long)d_T);
          const int t11_0 = (int)(t11_q_2 / (long)d_T);
          const float v0_12 = x0[((long)t11_0 * d_T + t11_1) * 16 + t11_2];
          acc3_2 = fma((float16)v0_12, bv_2, acc3_2);
          const long t12_q = k_2 * 16L + (m0_2 + 4);
          const int t12_2 = (int)(t12_q % 16L);
          const long t12_q_2 = t12_q / 16L;
          const int t12_1 = (int)(t12_q_2 % (long)d_T);
          const int t12_0 = (int)(t12_q_2 / (long)d_T);
          const float v0_13 = x0[((long)t12_0 * d_T + t12_1) * 16 + t12_2];
          acc4_2 = fma((float16)v0_13, bv_2, acc4_2);
          const long t13_q = k_2 * 16L + (m0_2 + 5);
          const int t13_2 = (int)(t13_q % 16L);
          const long t13_q_2 = t13_q / 16L;
          const int t13_1 = (int)(t13_q_2 % (long)d_T);
          const int t13_0 = (int)(t13_q_2 / (long)d_T);
          const float v0_14 = x0[((long)t13_0 * d_T + t13_1) * 16 + t13_2];
          acc5_2 = fma((float16)v0_14, bv_2, acc5_2);
          const long t14_q = k_2 * 16L + (m0_2 + 6);
          const int t14_2 = (int)(t14_q % 16L);
          const long t14_q_2 = t14_q / 16L;
          const int t14_1 = (int)(t14_q_2 % (long)d_T);
          const int t14_0 = (int)(t14_q_2 / (long)d_T);
          const float v0_15 = x0[((long)t14_0 * d_T + t14_1) * 16 + t14_2];
          acc6_2 = fma((float16)v0_15, bv_2, acc6_2);
          const long t15_q = k_2 * 16L + (m0_2 + 7);
          const int t15_2 = (int)(t15_q % 16L);
          const long t15_q_2 = t15_q / 16L;
          const int t15_1 = (int)(t15_q_2 % (long)d_T);
          const int t15_0 = (int)(t15_q_2 / (long)d_T);
          const float v0_16 = x0[((long)t15_0 * d_T + t15_1) * 16 + t15_2];
          acc7_2 = fma((float16)v0_16, bv_2, acc7_2);
        }
        for (int row_2 = 0; row_2 < 8; row_2++) {
          const float16 accr_2 = row_2 == 0 ? acc0_2 : row_2 == 1 ? acc1_2 : row_2 == 2 ? acc2_2 : row_2 == 3 ? acc3_2 : row_2 == 4 ? acc4_2 : row_2 == 5 ? acc5_2 : row_2 == 6 ? acc6_2 : acc7_2;
          const long om_2 = m0_2 + row_2;
          const long o_2 = om_2 * 16;
          vstore16(accr_2, 0, y1 + o_2);
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
        /* full tile: B read as row segments */
        for (long k_3 = 0L; k_3 < K_3; k_3++) {
          const float16 bv_3 = vload16(0, x3 + k_3 * 16);
          const long t16_q = k_3 * 16L + m0_3;
          const int t16_2 = (int)(t16_q % 16L);
          const long t16_q_2 = t16_q / 16L;
          const int t16_1 = (int)(t16_q_2 % (long)d_T);
          const int t16_0 = (int)(t16_q_2 / (long)d_T);
          const float v0_17 = x0[((long)t16_0 * d_T + t16_1) * 16 + t16_2];
          acc0_3 = fma((float16)v0_17, bv_3, acc0_3);
          const long t17_q = k_3 * 16L + (m0_3 + 1);
          const int t17_2 = (int)(t17_q % 16L);
          const long t17_q_2 = t17_q / 16L;
          const int t17_1 = (int)(t17_q_2 % (long)d_T);
          const int t17_0 = (int)(t17_q_2 / (long)d_T);
          const float v0_18 = x0[((long)t17_0 * d_T + t17_1) * 16 + t17_2];
          acc1_3 = fma((float16)v0_18, bv_3, acc1_3);
          const long t18_q = k_3 * 16L + (m0_3 + 2);
          const int t18_2 = (int)(t18_q % 16L);
          const long t18_q_2 = t18_q / 16L;
          const int t18_1 = (int)(t18_q_2 % (long)d_T);
          const int t18_0 = (int)(t18_q_2 / (long)d_T);
          const float v0_19 = x0[((long)t18_0 * d_T + t18_1) * 16 + t18_2];
          acc2_3 = fma((float16)v0_19, bv_3, acc2_3);
          const long t19_q = k_3 * 16L + (m0_3 + 3);
          const int t19_2 = (int)(t19_q % 16L);
          const long t19_q_2 = t19_q / 16L;
          const int t19_1 = (int)(t19_q_2 % (long)d_T);
          const int t19_0 = (int)(t19_q_2 / (long)d_T);
          const float v0_20 = x0[((long)t19_0 * d_T + t19_1) * 16 + t19_2];
          acc3_3 = fma((float16)v0_20, bv_3, acc3_3);
          const long t20_q = k_3 * 16L + (m0_3 + 4);
          const int t20_2 = (int)(t20_q % 16L);
          const long t20_q_2 = t20_q / 16L;
          const int t20_1 = (int)(t20_q_2 % (long)d_T);
          const int t20_0 = (int)(t20_q_2 / (long)d_T);
          const float v0_21 = x0[((long)t20_0 * d_T + t20_1) * 16 + t20_2];
          acc4_3 = fma((float16)v0_21, bv_3, acc4_3);
          const long t21_q = k_3 * 16L + (m0_3 + 5);
          const int t21_2 = (int)(t21_q % 16L);
          const long t21_q_2 = t21_q / 16L;
          const int t21_1 = (int)(t21_q_2 % (long)d_T);
          const int t21_0 = (int)(t21_q_2 / (long)d_T);
          const float v0_22 = x0[((long)t21_0 * d_T + t21_1) * 16 + t21_2];
          acc5_3 = fma((float16)v0_22, bv_3, acc5_3);
          const long t22_q = k_3 * 16L + (m0_3 + 6);
          const int t22_2 = (int)(t22_q % 16L);
          const long t22_q_2 = t22_q / 16L;
          const int t22_1 = (int)(t22_q_2 % (long)d_T);
          const int t22_0 = (int)(t22_q_2 / (long)d_T);
          const float v0_23 = x0[((long)t22_0 * d_T + t22_1) * 16 + t22_2];
          acc6_3 = fma((float16)v0_23, bv_3, acc6_3);
          const long t23_q = k_3 * 16L + (m0_3 + 7);
          const int t23_2 = (int)(t23_q % 16L);
          const long t23_q_2 = t23_q / 16L;
          const int t23_1 = (int)(t23_q_2 % (long)d_T);
          const int t23_0 = (int)(t23_q_2 / (long)d_T);
          const float v0_24 = x0[((long)t23_0 * d_T + t23_1) * 16 + t23_2];
          acc7_3 = fma((float16)v0_24, bv_3, acc7_3);
        }
        for (int row_3 = 0; row_3 < 8; row_3++) {
          const float16 accr_3 = row_3 == 0 ? acc0_3 : row_3 == 1 ? acc1_3 : row_3 == 2 ? acc2_3 : row_3 == 3 ? acc3_3 : row_3 == 4 ? acc4_3 : row_3 == 5 ? acc5_3 : row_3 == 6 ? acc6_3 : acc7_3;
          const long om_3 = m0_3 + row_3;
          const long o_3 = om_3 * 16;
          vstore16(accr_3, 0, y2 + o_3);
        }
      }
    }
  }
}
