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

/* k72_matmul_permute (matmul_permute_48ea94bebeb6): 4 IR nodes, one work item per output element
 *   %67 = reshape %1 : f32[B*T, 16]   ($SRC/stdlib/nn.llm:65)
 *   %68 = matmul %67, %66 : f32[B*T, 16]   ($SRC/stdlib/nn.llm:65)
 *   %71 = reshape %68 : f32[B, T, 2, 8]   ($SRC/stdlib/nn.llm:157)
 *   %72 = permute %71 perm=[0, 2, 1, 3] : f32[B, 2, T, 8]   ($SRC/stdlib/nn.llm:157)
 * arguments: x0 = %1; x1 = %66; y0 = %72; d_B = B; d_T = T
 */
__kernel void matmul_permute_48ea94bebeb6(__global const float *restrict x0, __global const float *restrict x1, __global float *restrict y0,
    int d_B, int d_T) {
  /* CPU matmul: 8x16 outputs per work item in float16 accumulators, k ascending */
  const long tiles = ((long)d_B * d_T + 7) / 8;
  const long items = (long)d_B;
  for (long tile = (long)get_global_id(0); tile < tiles; tile += items) {
    const long M = (long)d_B * d_T;
    const long tiles_m = (M + 7) / 8;
    const long rest = tile % tiles_m;
    const long mt = rest * 8;
    const long m0 = M >= 8 && mt > M - 8 ? M - 8 : mt;
    float16 acc0 = (float16)0.0f;
    float16 acc1 = (float16)0.0f;
    float16 acc2 = (float16)0.0f;
    float16 acc3 = (float16)0.0f;
    float16 acc4 = (float16)0.0f;
    float16 acc5 = (float16)0.0f;
    float16 acc6 = (float16)0.0f;
    float16 acc7 = (float16)0.0f;
    const int full = m0 + 8 <= M;
    if (full) {
      /* full tile: B read as row segments */
      for (long k = 0L; k < 16L; k++) {
        const float16 bv = vload16(0, x1 + k * 16);
        const long t0_q = m0 * 16L + k;
        const int t0_2 = (int)(t0_q % 16L);
        const long t0_q_2 = t0_q / 16L;
        const int t0_1 = (int)(t0_q_2 % (long)d_T);
        const int t0_0 = (int)(t0_q_2 / (long)d_T);
        acc0 = fma((float16)x0[((long)t0_0 * d_T + t0_1) * 16 + t0_2], bv, acc0);
        const long t1_q = (m0 + 1) * 16L + k;
        const int t1_2 = (int)(t1_q % 16L);
        const long t1_q_2 = t1_q / 16L;
        const int t1_1 = (int)(t1_q_2 % (long)d_T);
        const int t1_0 = (int)(t1_q_2 / (long)d_T);
        acc1 = fma((float16)x0[((long)t1_0 * d_T + t1_1) * 16 + t1_2], bv, acc1);
        const long t2_q = (m0 + 2) * 16L + k;
        const int t2_2 = (int)(t2_q % 16L);
        const long t2_q_2 = t2_q / 16L;
        const int t2_1 = (int)(t2_q_2 % (long)d_T);
        const int t2_0 = (int)(t2_q_2 / (long)d_T);
        acc2 = fma((float16)x0[((long)t2_0 * d_T + t2_1) * 16 + t2_2], bv, acc2);
        const long t3_q = (m0 + 3) * 16L + k;
        const int t3_2 = (int)(t3_q % 16L);
        const long t3_q_2 = t3_q / 16L;
        const int t3_1 = (int)(t3_q_2 % (long)d_T);
        const int t3_0 = (int)(t3_q_2 / (long)d_T);
        acc3 = fma((float16)x0[((long)t3_0 * d_T + t3_1) * 16 + t3_2], bv, acc3);
        const long t4_q = (m0 + 4) * 16L + k;
        const int t4_2 = (int)(t4_q % 16L);
        const long t4_q_2 = t4_q / 16L;
        const int t4_1 = (int)(t4_q_2 % (long)d_T);
        const int t4_0 = (int)(t4_q_2 / (long)d_T);
        acc4 = fma((float16)x0[((long)t4_0 * d_T + t4_1) * 16 + t4_2], bv, acc4);
        const long t5_q = (m0 + 5) * 16L + k;
        const int t5_2 = (int)(t5_q % 16L);
        const long t5_q_2 = t5_q / 16L;
        const int t5_1 = (int)(t5_q_2 % (long)d_T);
        const int t5_0 = (int)(t5_q_2 / (long)d_T);
        acc5 = fma((float16)x0[((long)t5_0 * d_T + t5_1) * 16 + t5_2], bv, acc5);
        const long t6_q = (m0 + 6) * 16L + k;
        const int t6_2 = (int)(t6_q % 16L);
        const long t6_q_2 = t6_q / 16L;
        const int t6_1 = (int)(t6_q_2 % (long)d_T);
        const int t6_0 = (int)(t6_q_2 / (long)d_T);
        acc6 = fma((float16)x0[((long)t6_0 * d_T + t6_1) * 16 + t6_2], bv, acc6);
        const long t7_q = (m0 + 7) * 16L + k;
        const int t7_2 = (int)(t7_q % 16L);
        const long t7_q_2 = t7_q / 16L;
        const int t7_1 = (int)(t7_q_2 % (long)d_T);
        const int t7_0 = (int)(t7_q_2 / (long)d_T);
        acc7 = fma((float16)x0[((long)t7_0 * d_T + t7_1) * 16 + t7_2], bv, acc7);
      }
    } else {
      const long mlast = M - 1;
      const long ar1 = m0 + 1 < M ? m0 + 1 : mlast;
      const long ar2 = m0 + 2 < M ? m0 + 2 : mlast;
      const long ar3 = m0 + 3 < M ? m0 + 3 : mlast;
      const long ar4 = m0 + 4 < M ? m0 + 4 : mlast;
      const long ar5 = m0 + 5 < M ? m0 + 5 : mlast;
      const long ar6 = m0 + 6 < M ? m0 + 6 : mlast;
      const long ar7 = m0 + 7 < M ? m0 + 7 : mlast;
      for (long k_2 = 0L; k_2 < 16L; k_2++) {
        const float16 bv_2 = (float16)(x1[k_2 * 16], x1[k_2 * 16 + 1L], x1[k_2 * 16 + 2L], x1[k_2 * 16 + 3L], x1[k_2 * 16 + 4L], x1[k_2 * 16 + 5L], x1[k_2 * 16 + 6L], x1[k_2 * 16 + 7L], x1[k_2 * 16 + 8L], x1[k_2 * 16 + 9L], x1[k_2 * 16 + 10L], x1[k_2 * 16 + 11L], x1[k_2 * 16 + 12L], x1[k_2 * 16 + 13L], x1[k_2 * 16 + 14L], x1[k_2 * 16 + 15L]);
        const long t8_q = m0 * 16L + k_2;
        const int t8_2 = (int)(t8_q % 16L);
        const long t8_q_2 = t8_q / 16L;
        const int t8_1 = (int)(t8_q_2 % (long)d_T);
        const int t8_0 = (int)(t8_q_2 / (long)d_T);
        acc0 = fma((float16)x0[((long)t8_0 * d_T + t8_1) * 16 + t8_2], bv_2, acc0);
        const long t9_q = ar1 * 16L + k_2;
        const int t9_2 = (int)(t9_q % 16L);
        const long t9_q_2 = t9_q / 16L;
        const int t9_1 = (int)(t9_q_2 % (long)d_T);
        const int t9_0 = (int)(t9_q_2 / (long)d_T);
        acc1 = fma((float16)x0[((long)t9_0 * d_T + t9_1) * 16 + t9_2], bv_2, acc1);
        const long t10_q = ar2 * 16L + k_2;
        const int t10_2 = (int)(t10_q % 16L);
        const long t10_q_2 = t10_q / 16L;
        const int t10_1 = (int)(t10_q_2 % (long)d_T);
        const int t10_0 = (int)(t10_q_2 / (long)d_T);
        acc2 = fma((float16)x0[((long)t10_0 * d_T + t10_1) * 16 + t10_2], bv_2, acc2);
        const long t11_q = ar3 * 16L + k_2;
        const int t11_2 = (int)(t11_q % 16L);
        const long t11_q_2 = t11_q / 16L;
        const int t11_1 = (int)(t11_q_2 % (long)d_T);
        const int t11_0 = (int)(t11_q_2 / (long)d_T);
        acc3 = fma((float16)x0[((long)t11_0 * d_T + t11_1) * 16 + t11_2], bv_2, acc3);
        const long t12_q = ar4 * 16L + k_2;
        const int t12_2 = (int)(t12_q % 16L);
        const long t12_q_2 = t12_q / 16L;
        const int t12_1 = (int)(t12_q_2 % (long)d_T);
        const int t12_0 = (int)(t12_q_2 / (long)d_T);
        acc4 = fma((float16)x0[((long)t12_0 * d_T + t12_1) * 16 + t12_2], bv_2, acc4);
        const long t13_q = ar5 * 16L + k_2;
        const int t13_2 = (int)(t13_q % 16L);
        const long t13_q_2 = t13_q / 16L;
        const int t13_1 = (int)(t13_q_2 % (long)d_T);
        const int t13_0 = (int)(t13_q_2 / (long)d_T);
        acc5 = fma((float16)x0[((long)t13_0 * d_T + t13_1) * 16 + t13_2], bv_2, acc5);
        const long t14_q = ar6 * 16L + k_2;
        const int t14_2 = (int)(t14_q % 16L);
        const long t14_q_2 = t14_q / 16L;
        const int t14_1 = (int)(t14_q_2 % (long)d_T);
        const int t14_0 = (int)(t14_q_2 / (long)d_T);
        acc6 = fma((float16)x0[((long)t14_0 * d_T + t14_1) * 16 + t14_2], bv_2, acc6);
        const long t15_q = ar7 * 16L + k_2;
        const int t15_2 = (int)(t15_q % 16L);
        const long t15_q_2 = t15_q / 16L;
        const int t15_1 = (int)(t15_q_2 % (long)d_T);
        const int t15_0 = (int)(t15_q_2 / (long)d_T);
        acc7 = fma((float16)x0[((long)t15_0 * d_T + t15_1) * 16 + t15_2], bv_2, acc7);
      }
    }
    if (m0 < M) {
      if (1) {
        const long o = m0 * 16;
        const int t16_3 = (int)(o % 8);
        const long t16_q = o / 8;
        const int t16_2 = (int)(t16_q % 2);
        const long t16_q_2 = t16_q / 2;
        const int t16_1 = (int)(t16_q_2 % d_T);
        const int t16_0 = (int)(t16_q_2 / d_T);
        y0[(((long)t16_0 * 2 + t16_2) * d_T + t16_1) * 8 + t16_3] = acc0.s0;
      }
      if (1) {
        const long o_2 = m0 * 16 + 1L;
        const int t17_3 = (int)(o_2 % 8);
        const long t17_q = o_2 / 8;
        const int t17_2 = (int)(t17_q % 2);
        const long t17_q_2 = t17_q / 2;
        const int t17_1 = (int)(t17_q_2 % d_T);
        const int t17_0 = (int)(t17_q_2 / d_T);
        y0[(((long)t17_0 * 2 + t17_2) * d_T + t17_1) * 8 + t17_3] = acc0.s1;
      }
      if (1) {
        const long o_3 = m0 * 16 + 2L;
        const int t18_3 = (int)(o_3 % 8);
        const long t18_q = o_3 / 8;
        const int t18_2 = (int)(t18_q % 2);
        const long t18_q_2 = t18_q / 2;
        const int t18_1 = (int)(t18_q_2 % d_T);
        const int t18_0 = (int)(t18_q_2 / d_T);
        y0[(((long)t18_0 * 2 + t18_2) * d_T + t18_1) * 8 + t18_3] = acc0.s2;
      }
      if (1) {
        const long o_4 = m0 * 16 + 3L;
        const int t19_3 = (int)(o_4 % 8);
        const long t19_q = o_4 / 8;
        const int t19_2 = (int)(t19_q % 2);
        const long t19_q_2 = t19_q / 2;
        const int t19_1 = (int)(t19_q_2 % d_T);
        const int t19_0 = (int)(t19_q_2 / d_T);
        y0[(((long)t19_0 * 2 + t19_2) * d_T + t19_1) * 8 + t19_3] = acc0.s3;
      }
      if (1) {
        const long o_5 = m0 * 16 + 4L;
        const int t20_3 = (int)(o_5 % 8);
        const long t20_q = o_5 / 8;
        const int t20_2 = (int)(t20_q % 2);
        const long t20_q_2 = t20_q / 2;
        const int t20_1 = (int)(t20_q_2 % d_T);
        const int t20_0 = (int)(t20_q_2 / d_T);
        y0[(((long)t20_0 * 2 + t20_2) * d_T + t20_1) * 8 + t20_3] = acc0.s4;
      }
      if (1) {
        const long o_6 = m0 * 16 + 5L;
        const int t21_3 = (int)(o_6 % 8);
        const long t21_q = o_6 / 8;
        const int t21_2 = (int)(t21_q % 2);
        const long t21_q_2 = t21_q / 2;
        const int t21_1 = (int)(t21_q_2 % d_T);
        const int t21_0 = (int)(t21_q_2 / d_T);
        y0[(((long)t21_0 * 2 + t21_2) * d_T + t21_1) * 8 + t21_3] = acc0.s5;
      }
      if (1) {
        const long o_7 = m0 * 16 + 6L;
        const int t22_3 = (int)(o_7 % 8);
        const long t22_q = o_7 / 8;
        const int t22_2 = (int)(t22_q % 2);
        const long t22_q_2 = t22_q / 2;
        const int t22_1 = (int)(t22_q_2 % d_T);
        const int t22_0 = (int)(t22_q_2 / d_T);
        y0[(((long)t22_0 * 2 + t22_2) * d_T + t22_1) * 8 + t22_3] = acc0.s6;
      }
      if (1) {
        const long o_8 = m0 * 16 + 7L;
        const int t23_3 = (int)(o_8 % 8);
        const long t23_q = o_8 / 8;
        const int t23_2 = (int)(t23_q % 2);
        const long t23_q_2 = t23_q / 2;
        const int t23_1 = (int)(t23_q_2 % d_T);
        const int t23_0 = (int)(t23_q_2 / d_T);
        y0[(((long)t23_0 * 2 + t23_2) * d_T + t23_1) * 8 + t23_3] = acc0.s7;
      }
      if (1) {
        const long o_9 = m0 * 16 + 8L;
        const int t24_3 = (int)(o_9 % 8);
        const long t24_q = o_9 / 8;
        const int t24_2 = (int)(t24_q % 2);
        const long t24_q_2 = t24_q / 2;
        const int t24_1 = (int)(t24_q_2 % d_T);
        const int t24_0 = (int)(t24_q_2 / d_T);
        y0[(((long)t24_0 * 2 + t24_2) * d_T + t24_1) * 8 + t24_3] = acc0.s8;
      }
      if (1) {
        const long o_10 = m0 * 16 + 9L;
        const int t25_3 = (int)(o_10 % 8);
        const long t25_q = o_10 / 8;
        const int t25_2 = (int)(t25_q % 2);
        const long t25_q_2 = t25_q / 2;
        const int t25_1 = (int)(t25_q_2 % d_T);
        const int t25_0 = (int)(t25_q_2 / d_T);
        y0[(((long)t25_0 * 2 + t25_2) * d_T + t25_1) * 8 + t25_3] = acc0.s9;
      }
      if (1) {
        const long o_11 = m0 * 16 + 10L;
        const int t26_3 = (int)(o_11 % 8);
        const long t26_q = o_11 / 8;
        const int t26_2 = (int)(t26_q % 2);
        const long t26_q_2 = t26_q / 2;
        const int t26_1 = (int)(t26_q_2 % d_T);
        const int t26_0 = (int)(t26_q_2 / d_T);
        y0[(((long)t26_0 * 2 + t26_2) * d_T + t26_1) * 8 + t26_3] = acc0.sa;
      }
      if (1) {
        const long o_12 = m0 * 16 + 11L;
        const int t27_3 = (int)(o_12 % 8);
        const long t27_q = o_12 / 8;
        const int t27_2 = (int)(t27_q % 2);
        const long t27_q_2 = t27_q / 2;
        const int t27_1 = (int)(t27_q_2 % d_T);
        const int t27_0 = (int)(t27_q_2 / d_T);
        y0[(((long)t27_0 * 2 + t27_2) * d_T + t27_1) * 8 + t27_3] = acc0.sb;
      }
      if (1) {
        const long o_13 = m0 * 16 + 12L;
        const int t28_3 = (int)(o_13 % 8);
        const long t28_q = o_13 / 8;
        const int t28_2 = (int)(t28_q % 2);
        const long t28_q_2 = t28_q / 2;
        const int t28_1 = (int)(t28_q_2 % d_T);
        const int t28_0 = (int)(t28_q_2 / d_T);
        y0[(((long)t28_0 * 2 + t28_2) * d_T + t28_1) * 8 + t28_3] = acc0.sc;
      }
      if (1) {
        const long o_14 = m0 * 16 + 13L;
        const int t29_3 = (int)(o_14 % 8);
        const long t29_q = o_14 / 8;
        const int t29_2 = (int)(t29_q % 2);
        const long t29_q_2 = t29_q / 2;
        const int t29_1 = (int)(t29_q_2 % d_T);
        const int t29_0 = (int)(t29_q_2 / d_T);
        y0[(((long)t29_0 * 2 + t29_2) * d_T + t29_1) * 8 + t29_3] = acc0.sd;
      }
      if (1) {
        const long o_15 = m0 * 16 + 14L;
        const int t30_3 = (int)(o_15 % 8);
        const long t30_q = o_15 / 8;
        const int t30_2 = (int)(t30_q % 2);
        const long t30_q_2 = t30_q / 2;
        const int t30_1 = (int)(t30_q_2 % d_T);
        const int t30_0 = (int)(t30_q_2 / d_T);
        y0[(((long)t30_0 * 2 + t30_2) * d_T + t30_1) * 8 + t30_3] = acc0.se;
      }
      if (1) {
        const long o_16 = m0 * 16 + 15L;
        const int t31_3 = (int)(o_16 % 8);
        const long t31_q = o_16 / 8;
        const int t31_2 = (int)(t31_q % 2);
        const long t31_q_2 = t31_q / 2;
        const int t31_1 = (int)(t31_q_2 % d_T);
        const int t31_0 = (int)(t31_q_2 / d_T);
        y0[(((long)t31_0 * 2 + t31_2) * d_T + t31_1) * 8 + t31_3] = acc0.sf;
      }
    }
    const long om = m0 + 1;
    if (om < M) {
      if (1) {
        const long o_17 = om * 16;
        const int t32_3 = (int)(o_17 % 8);
        const long t32_q = o_17 / 8;
        const int t32_2 = (int)(t32_q % 2);
        const long t32_q_2 = t32_q / 2;
        const int t32_1 = (int)(t32_q_2 % d_T);
        const int t32_0 = (int)(t32_q_2 / d_T);
        y0[(((long)t32_0 * 2 + t32_2) * d_T + t32_1) * 8 + t32_3] = acc1.s0;
      }
      if (1) {
        const long o_18 = om * 16 + 1L;
        const int t33_3 = (int)(o_18 % 8);
        const long t33_q = o_18 / 8;
        const int t33_2 = (int)(t33_q % 2);
        const long t33_q_2 = t33_q / 2;
        const int t33_1 = (int)(t33_q_2 % d_T);
        const int t33_0 = (int)(t33_q_2 / d_T);
        y0[(((long)t33_0 * 2 + t33_2) * d_T + t33_1) * 8 + t33_3] = acc1.s1;
      }
      if (1) {
        const long o_19 = om * 16 + 2L;
        const int t34_3 = (int)(o_19 % 8);
        const long t34_q = o_19 / 8;
        const int t34_2 = (int)(t34_q % 2);
        const long t34_q_2 = t34_q / 2;
        const int t34_1 = (int)(t34_q_2 % d_T);
        const int t34_0 = (int)(t34_q_2 / d_T);
        y0[(((long)t34_0 * 2 + t34_2) * d_T + t34_1) * 8 + t34_3] = acc1.s2;
      }
      if (1) {
        const long o_20 = om * 16 + 3L;
        const int t35_3 = (int)(o_20 % 8);
        const long t35_q = o_20 / 8;
        const int t35_2 = (int)(t35_q % 2);
        const long t35_q_2 = t35_q / 2;
        const int t35_1 = (int)(t35_q_2 % d_T);
        const int t35_0 = (int)(t35_q_2 / d_T);
        y0[(((long)t35_0 * 2 + t35_2) * d_T + t35_1) * 8 + t35_3] = acc1.s3;
      }
      if (1) {
        const long o_21 = om * 16 + 4L;
        const int t36_3 = (int)(o_21 % 8);
        const long t36_q = o_21 / 8;
        const int t36_2 = (int)(t36_q % 2);
        const long t36_q_2 = t36_q / 2;
        const int t36_1 = (int)(t36_q_2 % d_T);
        const int t36_0 = (int)(t36_q_2 / d_T);
        y0[(((long)t36_0 * 2 + t36_2) * d_T + t36_1) * 8 + t36_3] = acc1.s4;
      }
      if (1) {
        const long o_22 = om * 16 + 5L;
        const int t37_3 = (int)(o_22 % 8);
        const long t37_q = o_22 / 8;
        const int t37_2 = (int)(t37_q % 2);
        const long t37_q_2 = t37_q / 2;
        const int t37_1 = (int)(t37_q_2 % d_T);
        const int t37_0 = (int)(t37_q_2 / d_T);
        y0[(((long)t37_0 * 2 + t37_2) * d_T + t37_1) * 8 + t37_3] = acc1.s5;
      }
      if (1) {
        const long o_23 = om * 16 + 6L;
        const int t38_3 = (int)(o_23 % 8);
        const long t38_q = o_23 / 8;
        const int t38_2 = (int)(t38_q % 2);
        const long t38_q_2 = t38_q / 2;
        const int t38_1 = (int)(t38_q_2 % d_T);
        const int t38_0 = (int)(t38_q_2 / d_T);
        y0[(((long)t38_0 * 2 + t38_2) * d_T + t38_1) * 8 + t38_3] = acc1.s6;
      }
      if (1) {
        const long o_24 = om * 16 + 7L;
        const int t39_3 = (int)(o_24 % 8);
        const long t39_q = o_24 / 8;
        const int t39_2 = (int)(t39_q % 2);
        const long t39_q_2 = t39_q / 2;
        const int t39_1 = (int)(t39_q_2 % d_T);
        const int t39_0 = (int)(t39_q_2 / d_T);
        y0[(((long)t39_0 * 2 + t39_2) * d_T + t39_1) * 8 + t39_3] = acc1.s7;
      }
      if (1) {
        const long o_25 = om * 16 + 8L;
        const int t40_3 = (int)(o_25 % 8);
        const long t40_q = o_25 / 8;
        const int t40_2 = (int)(t40_q % 2);
        const long t40_q_2 = t40_q / 2;
        const int t40_1 = (int)(t40_q_2 % d_T);
        const int t40_0 = (int)(t40_q_2 / d_T);
        y0[(((long)t40_0 * 2 + t40_2) * d_T + t40_1) * 8 + t40_3] = acc1.s8;
      }
      if (1) {
        const long o_26 = om * 16 + 9L;
        const int t41_3 = (int)(o_26 % 8);
        const long t41_q = o_26 / 8;
        const int t41_2 = (int)(t41_q % 2);
        const long t41_q_2 = t41_q / 2;
        const int t41_1 = (int)(t41_q_2 % d_T);
        const int t41_0 = (int)(t41_q_2 / d_T);
        y0[(((long)t41_0 * 2 + t41_2) * d_T + t41_1) * 8 + t41_3] = acc1.s9;
      }
      if (1) {
        const long o_27 = om * 16 + 10L;
        const int t42_3 = (int)(o_27 % 8);
        const long t42_q = o_27 / 8;
        const int t42_2 = (int)(t42_q % 2);
        const long t42_q_2 = t42_q / 2;
        const int t42_1 = (int)(t42_q_2 % d_T);
        const int t42_0 = (int)(t42_q_2 / d_T);
        y0[(((long)t42_0 * 2 + t42_2) * d_T + t42_1) * 8 + t42_3] = acc1.sa;
      }
      if (1) {
        const long o_28 = om * 16 + 11L;
        const int t43_3 = (int)(o_28 % 8);
        const long t43_q = o_28 / 8;
        const int t43_2 = (int)(t43_q % 2);
        const long t43_q_2 = t43_q / 2;
        const int t43_1 = (int)(t43_q_2 % d_T);
        const int t43_0 = (int)(t43_q_2 / d_T);
        y0[(((long)t43_0 * 2 + t43_2) * d_T + t43_1) * 8 + t43_3] = acc1.sb;
      }
      if (1) {
        const long o_29 = om * 16 + 12L;
        const int t44_3 = (int)(o_29 % 8);
        const long t44_q = o_29 / 8;
        const int t44_2 = (int)(t44_q % 2);
        const long t44_q_2 = t44_q / 2;
        const int t44_1 = (int)(t44_q_2 % d_T);
        const int t44_0 = (int)(t44_q_2 / d_T);
        y0[(((long)t44_0 * 2 + t44_2) * d_T + t44_1) * 8 + t44_3] = acc1.sc;
      }
      if (1) {
        const long o_30 = om * 16 + 13L;
        const int t45_3 = (int)(o_30 % 8);
        const long t45_q = o_30 / 8;
        const int t45_2 = (int)(t45_q % 2);
        const long t45_q_2 = t45_q / 2;
        const int t45_1 = (int)(t45_q_2 % d_T);
        const int t45_0 = (int)(t45_q_2 / d_T);
        y0[(((long)t45_0 * 2 + t45_2) * d_T + t45_1) * 8 + t45_3] = acc1.sd;
      }
      if (1) {
        const long o_31 = om * 16 + 14L;
        const int t46_3 = (int)(o_31 % 8);
        const long t46_q = o_31 / 8;
        const int t46_2 = (int)(t46_q % 2);
        const long t46_q_2 = t46_q / 2;
        const int t46_1 = (int)(t46_q_2 % d_T);
        const int t46_0 = (int)(t46_q_2 / d_T);
        y0[(((long)t46_0 * 2 + t46_2) * d_T + t46_1) * 8 + t46_3] = acc1.se;
      }
      if (1) {
        const long o_32 = om * 16 + 15L;
        const int t47_3 = (int)(o_32 % 8);
        const long t47_q = o_32 / 8;
        const int t47_2 = (int)(t47_q % 2);
        const long t47_q_2 = t47_q / 2;
        const int t47_1 = (int)(t47_q_2 % d_T);
        const int t47_0 = (int)(t47_q_2 / d_T);
        y0[(((long)t47_0 * 2 + t47_2) * d_T + t47_1) * 8 + t47_3] = acc1.sf;
      }
    }
    const long om_2 = m0 + 2;
    if (om_2 < M) {
      if (1) {
        const long o_33 = om_2 * 16;
        const int t48_3 = (int)(o_33 % 8);
        const long t48_q = o_33 / 8;
        const int t48_2 = (int)(t48_q % 2);
        const long t48_q_2 = t48_q / 2;
        const int t48_1 = (int)(t48_q_2 % d_T);
        const int t48_0 = (int)(t48_q_2 / d_T);
        y0[(((long)t48_0 * 2 + t48_2) * d_T + t48_1) * 8 + t48_3] = acc2.s0;
      }
      if (1) {
        const long o_34 = om_2 * 16 + 1L;
        const int t49_3 = (int)(o_34 % 8);
        const long t49_q = o_34 / 8;
        const int t49_2 = (int)(t49_q % 2);
        const long t49_q_2 = t49_q / 2;
        const int t49_1 = (int)(t49_q_2 % d_T);
        const int t49_0 = (int)(t49_q_2 / d_T);
        y0[(((long)t49_0 * 2 + t49_2) * d_T + t49_1) * 8 + t49_3] = acc2.s1;
      }
      if (1) {
        const long o_35 = om_2 * 16 + 2L;
        const int t50_3 = (int)(o_35 % 8);
        const long t50_q = o_35 / 8;
        const int t50_2 = (int)(t50_q % 2);
        const long t50_q_2 = t50_q / 2;
        const int t50_1 = (int)(t50_q_2 % d_T);
        const int t50_0 = (int)(t50_q_2 / d_T);
        y0[(((long)t50_0 * 2 + t50_2) * d_T + t50_1) * 8 + t50_3] = acc2.s2;
      }
      if (1) {
        const long o_36 = om_2 * 16 + 3L;
        const int t51_3 = (int)(o_36 % 8);
        const long t51_q = o_36 / 8;
        const int t51_2 = (int)(t51_q % 2);
        const long t51_q_2 = t51_q / 2;
        const int t51_1 = (int)(t51_q_2 % d_T);
        const int t51_0 = (int)(t51_q_2 / d_T);
        y0[(((long)t51_0 * 2 + t51_2) * d_T + t51_1) * 8 + t51_3] = acc2.s3;
      }
      if (1) {
        const long o_37 = om_2 * 16 + 4L;
        const int t52_3 = (int)(o_37 % 8);
        const long t52_q = o_37 / 8;
        const int t52_2 = (int)(t52_q % 2);
        const long t52_q_2 = t52_q / 2;
        const int t52_1 = (int)(t52_q_2 % d_T);
        const int t52_0 = (int)(t52_q_2 / d_T);
        y0[(((long)t52_0 * 2 + t52_2) * d_T + t52_1) * 8 + t52_3] = acc2.s4;
      }
      if (1) {
        const long o_38 = om_2 * 16 + 5L;
        const int t53_3 = (int)(o_38 % 8);
        const long t53_q = o_38 / 8;
        const int t53_2 = (int)(t53_q % 2);
        const long t53_q_2 = t53_q / 2;
        const int t53_1 = (int)(t53_q_2 % d_T);
        const int t53_0 = (int)(t53_q_2 / d_T);
        y0[(((long)t53_0 * 2 + t53_2) * d_T + t53_1) * 8 + t53_3] = acc2.s5;
      }
      if (1) {
        const long o_39 = om_2 * 16 + 6L;
        const int t54_3 = (int)(o_39 % 8);
        const long t54_q = o_39 / 8;
        const int t54_2 = (int)(t54_q % 2);
        const long t54_q_2 = t54_q / 2;
        const int t54_1 = (int)(t54_q_2 % d_T);
        const int t54_0 = (int)(t54_q_2 / d_T);
        y0[(((long)t54_0 * 2 + t54_2) * d_T + t54_1) * 8 + t54_3] = acc2.s6;
      }
      if (1) {
        const long o_40 = om_2 * 16 + 7L;
        const int t55_3 = (int)(o_40 % 8);
        const long t55_q = o_40 / 8;
        const int t55_2 = (int)(t55_q % 2);
        const long t55_q_2 = t55_q / 2;
        const int t55_1 = (int)(t55_q_2 % d_T);
        const int t55_0 = (int)(t55_q_2 / d_T);
        y0[(((long)t55_0 * 2 + t55_2) * d_T + t55_1) * 8 + t55_3] = acc2.s7;
      }
      if (1) {
        const long o_41 = om_2 * 16 + 8L;
        const int t56_3 = (int)(o_41 % 8);
        const long t56_q = o_41 / 8;
        const int t56_2 = (int)(t56_q % 2);
        const long t56_q_2 = t56_q / 2;
        const int t56_1 = (int)(t56_q_2 % d_T);
        const int t56_0 = (int)(t56_q_2 / d_T);
        y0[(((long)t56_0 * 2 + t56_2) * d_T + t56_1) * 8 + t56_3] = acc2.s8;
      }
      if (1) {
        const long o_42 = om_2 * 16 + 9L;
        const int t57_3 = (int)(o_42 % 8);
        const long t57_q = o_42 / 8;
        const int t57_2 = (int)(t57_q % 2);
        const long t57_q_2 = t57_q / 2;
        const int t57_1 = (int)(t57_q_2 % d_T);
        const int t57_0 = (int)(t57_q_2 / d_T);
        y0[(((long)t57_0 * 2 + t57_2) * d_T + t57_1) * 8 + t57_3] = acc2.s9;
      }
      if (1) {
        const long o_43 = om_2 * 16 + 10L;
        const int t58_3 = (int)(o_43 % 8);
        const long t58_q = o_43 / 8;
        const int t58_2 = (int)(t58_q % 2);
        const long t58_q_2 = t58_q / 2;
        const int t58_1 = (int)(t58_q_2 % d_T);
        const int t58_0 = (int)(t58_q_2 / d_T);
        y0[(((long)t58_0 * 2 + t58_2) * d_T + t58_1) * 8 + t58_3] = acc2.sa;
      }
      if (1) {
        const long o_44 = om_2 * 16 + 11L;
        const int t59_3 = (int)(o_44 % 8);
        const long t59_q = o_44 / 8;
        const int t59_2 = (int)(t59_q % 2);
        const long t59_q_2 = t59_q / 2;
        const int t59_1 = (int)(t59_q_2 % d_T);
        const int t59_0 = (int)(t59_q_2 / d_T);
        y0[(((long)t59_0 * 2 + t59_2) * d_T + t59_1) * 8 + t59_3] = acc2.sb;
      }
      if (1) {
        const long o_45 = om_2 * 16 + 12L;
        const int t60_3 = (int)(o_45 % 8);
        const long t60_q = o_45 / 8;
        const int t60_2 = (int)(t60_q % 2);
        const long t60_q_2 = t60_q / 2;
        const int t60_1 = (int)(t60_q_2 % d_T);
        const int t60_0 = (int)(t60_q_2 / d_T);
        y0[(((long)t60_0 * 2 + t60_2) * d_T + t60_1) * 8 + t60_3] = acc2.sc;
      }
      if (1) {
        const long o_46 = om_2 * 16 + 13L;
        const int t61_3 = (int)(o_46 % 8);
        const long t61_q = o_46 / 8;
        const int t61_2 = (int)(t61_q % 2);
        const long t61_q_2 = t61_q / 2;
        const int t61_1 = (int)(t61_q_2 % d_T);
        const int t61_0 = (int)(t61_q_2 / d_T);
        y0[(((long)t61_0 * 2 + t61_2) * d_T + t61_1) * 8 + t61_3] = acc2.sd;
      }
      if (1) {
        const long o_47 = om_2 * 16 + 14L;
        const int t62_3 = (int)(o_47 % 8);
        const long t62_q = o_47 / 8;
        const int t62_2 = (int)(t62_q % 2);
        const long t62_q_2 = t62_q / 2;
        const int t62_1 = (int)(t62_q_2 % d_T);
        const int t62_0 = (int)(t62_q_2 / d_T);
        y0[(((long)t62_0 * 2 + t62_2) * d_T + t62_1) * 8 + t62_3] = acc2.se;
      }
      if (1) {
        const long o_48 = om_2 * 16 + 15L;
        const int t63_3 = (int)(o_48 % 8);
        const long t63_q = o_48 / 8;
        const int t63_2 = (int)(t63_q % 2);
        const long t63_q_2 = t63_q / 2;
        const int t63_1 = (int)(t63_q_2 % d_T);
        const int t63_0 = (int)(t63_q_2 / d_T);
        y0[(((long)t63_0 * 2 + t63_2) * d_T + t63_1) * 8 + t63_3] = acc2.sf;
      }
    }
    const long om_3 = m0 + 3;
    if (om_3 < M) {
      if (1) {
        const long o_49 = om_3 * 16;
        const int t64_3 = (int)(o_49 % 8);
        const long t64_q = o_49 / 8;
        const int t64_2 = (int)(t64_q % 2);
        const long t64_q_2 = t64_q / 2;
        const int t64_1 = (int)(t64_q_2 % d_T);
        const int t64_0 = (int)(t64_q_2 / d_T);
        y0[(((long)t64_0 * 2 + t64_2) * d_T + t64_1) * 8 + t64_3] = acc3.s0;
      }
      if (1) {
        const long o_50 = om_3 * 16 + 1L;
        const int t65_3 = (int)(o_50 % 8);
        const long t65_q = o_50 / 8;
        const int t65_2 = (int)(t65_q % 2);
        const long t65_q_2 = t65_q / 2;
        const int t65_1 = (int)(t65_q_2 % d_T);
        const int t65_0 = (int)(t65_q_2 / d_T);
        y0[(((long)t65_0 * 2 + t65_2) * d_T + t65_1) * 8 + t65_3] = acc3.s1;
      }
      if (1) {
        const long o_51 = om_3 * 16 + 2L;
        const int t66_3 = (int)(o_51 % 8);
        const long t66_q = o_51 / 8;
        const int t66_2 = (int)(t66_q % 2);
        const long t66_q_2 = t66_q / 2;
        const int t66_1 = (int)(t66_q_2 % d_T);
        const int t66_0 = (int)(t66_q_2 / d_T);
        y0[(((long)t66_0 * 2 + t66_2) * d_T + t66_1) * 8 + t66_3] = acc3.s2;
      }
      if (1) {
        const long o_52 = om_3 * 16 + 3L;
        const int t67_3 = (int)(o_52 % 8);
        const long t67_q = o_52 / 8;
        const int t67_2 = (int)(t67_q % 2);
        const long t67_q_2 = t67_q / 2;
        const int t67_1 = (int)(t67_q_2 % d_T);
        const int t67_0 = (int)(t67_q_2 / d_T);
        y0[(((long)t67_0 * 2 + t67_2) * d_T + t67_1) * 8 + t67_3] = acc3.s3;
      }
      if (1) {
        const long o_53 = om_3 * 16 + 4L;
        const int t68_3 = (int)(o_53 % 8);
        const long t68_q = o_53 / 8;
        const int t68_2 = (int)(t68_q % 2);
        const long t68_q_2 = t68_q / 2;
        const int t68_1 = (int)(t68_q_2 % d_T);
        const int t68_0 = (int)(t68_q_2 / d_T);
        y0[(((long)t68_0 * 2 + t68_2) * d_T + t68_1) * 8 + t68_3] = acc3.s4;
      }
      if (1) {
        const long o_54 = om_3 * 16 + 5L;
        const int t69_3 = (int)(o_54 % 8);
        const long t69_q = o_54 / 8;
        const int t69_2 = (int)(t69_q % 2);
        const long t69_q_2 = t69_q / 2;
        const int t69_1 = (int)(t69_q_2 % d_T);
        const int t69_0 = (int)(t69_q_2 / d_T);
        y0[(((long)t69_0 * 2 + t69_2) * d_T + t69_1) * 8 + t69_3] = acc3.s5;
      }
      if (1) {
        const long o_55 = om_3 * 16 + 6L;
        const int t70_3 = (int)(o_55 % 8);
        const long t70_q = o_55 / 8;
        const int t70_2 = (int)(t70_q % 2);
        const long t70_q_2 = t70_q / 2;
        const int t70_1 = (int)(t70_q_2 % d_T);
        const int t70_0 = (int)(t70_q_2 / d_T);
        y0[(((long)t70_0 * 2 + t70_2) * d_T + t70_1) * 8 + t70_3] = acc3.s6;
      }
      if (1) {
        const long o_56 = om_3 * 16 + 7L;
        const int t71_3 = (int)(o_56 % 8);
        const long t71_q = o_56 / 8;
        const int t71_2 = (int)(t71_q % 2);
        const long t71_q_2 = t71_q / 2;
        const int t71_1 = (int)(t71_q_2 % d_T);
        const int t71_0 = (int)(t71_q_2 / d_T);
        y0[(((long)t71_0 * 2 + t71_2) * d_T + t71_1) * 8 + t71_3] = acc3.s7;
      }
      if (1) {
        const long o_57 = om_3 * 16 + 8L;
        const int t72_3 = (int)(o_57 % 8);
        const long t72_q = o_57 / 8;
        const int t72_2 = (int)(t72_q % 2);
        const long t72_q_2 = t72_q / 2;
        const int t72_1 = (int)(t72_q_2 % d_T);
        const int t72_0 = (int)(t72_q_2 / d_T);
        y0[(((long)t72_0 * 2 + t72_2) * d_T + t72_1) * 8 + t72_3] = acc3.s8;
      }
      if (1) {
        const long o_58 = om_3 * 16 + 9L;
        const int t73_3 = (int)(o_58 % 8);
        const long t73_q = o_58 / 8;
        const int t73_2 = (int)(t73_q % 2);
        const long t73_q_2 = t73_q / 2;
        const int t73_1 = (int)(t73_q_2 % d_T);
        const int t73_0 = (int)(t73_q_2 / d_T);
        y0[(((long)t73_0 * 2 + t73_2) * d_T + t73_1) * 8 + t73_3] = acc3.s9;
      }
      if (1) {
        const long o_59 = om_3 * 16 + 10L;
        const int t74_3 = (int)(o_59 % 8);
        const long t74_q = o_59 / 8;
        const int t74_2 = (int)(t74_q % 2);
        const long t74_q_2 = t74_q / 2;
        const int t74_1 = (int)(t74_q_2 % d_T);
        const int t74_0 = (int)(t74_q_2 / d_T);
        y0[(((long)t74_0 * 2 + t74_2) * d_T + t74_1) * 8 + t74_3] = acc3.sa;
      }
      if (1) {
        const long o_60 = om_3 * 16 + 11L;
        const int t75_3 = (int)(o_60 % 8);
        const long t75_q = o_60 / 8;
        const int t75_2 = (int)(t75_q % 2);
        const long t75_q_2 = t75_q / 2;
        const int t75_1 = (int)(t75_q_2 % d_T);
        const int t75_0 = (int)(t75_q_2 / d_T);
        y0[(((long)t75_0 * 2 + t75_2) * d_T + t75_1) * 8 + t75_3] = acc3.sb;
      }
      if (1) {
        const long o_61 = om_3 * 16 + 12L;
        const int t76_3 = (int)(o_61 % 8);
        const long t76_q = o_61 / 8;
        const int t76_2 = (int)(t76_q % 2);
        const long t76_q_2 = t76_q / 2;
        const int t76_1 = (int)(t76_q_2 % d_T);
        const int t76_0 = (int)(t76_q_2 / d_T);
        y0[(((long)t76_0 * 2 + t76_2) * d_T + t76_1) * 8 + t76_3] = acc3.sc;
      }
      if (1) {
        const long o_62 = om_3 * 16 + 13L;
        const int t77_3 = (int)(o_62 % 8);
        const long t77_q = o_62 / 8;
        const int t77_2 = (int)(t77_q % 2);
        const long t77_q_2 = t77_q / 2;
        const int t77_1 = (int)(t77_q_2 % d_T);
        const int t77_0 = (int)(t77_q_2 / d_T);
        y0[(((long)t77_0 * 2 + t77_2) * d_T + t77_1) * 8 + t77_3] = acc3.sd;
      }
      if (1) {
        const long o_63 = om_3 * 16 + 14L;
        const int t78_3 = (int)(o_63 % 8);
        const long t78_q = o_63 / 8;
        const int t78_2 = (int)(t78_q % 2);
        const long t78_q_2 = t78_q / 2;
        const int t78_1 = (int)(t78_q_2 % d_T);
        const int t78_0 = (int)(t78_q_2 / d_T);
        y0[(((long)t78_0 * 2 + t78_2) * d_T + t78_1) * 8 + t78_3] = acc3.se;
      }
      if (1) {
        const long o_64 = om_3 * 16 + 15L;
        const int t79_3 = (int)(o_64 % 8);
        const long t79_q = o_64 / 8;
        const int t79_2 = (int)(t79_q % 2);
        const long t79_q_2 = t79_q / 2;
        const int t79_1 = (int)(t79_q_2 % d_T);
        const int t79_0 = (int)(t79_q_2 / d_T);
        y0[(((long)t79_0 * 2 + t79_2) * d_T + t79_1) * 8 + t79_3] = acc3.sf;
      }
    }
    const long om_4 = m0 + 4;
    if (om_4 < M) {
      if (1) {
        const long o_65 = om_4 * 16;
        const int t80_3 = (int)(o_65 % 8);
        const long t80_q = o_65 / 8;
        const int t80_2 = (int)(t80_q % 2);
        const long t80_q_2 = t80_q / 2;
        const int t80_1 = (int)(t80_q_2 % d_T);
        const int t80_0 = (int)(t80_q_2 / d_T);
        y0[(((long)t80_0 * 2 + t80_2) * d_T + t80_1) * 8 + t80_3] = acc4.s0;
      }
      if (1) {
        const long o_66 = om_4 * 16 + 1L;
        const int t81_3 = (int)(o_66 % 8);
        const long t81_q = o_66 / 8;
        const int t81_2 = (int)(t81_q % 2);
        const long t81_q_2 = t81_q / 2;
        const int t81_1 = (int)(t81_q_2 % d_T);
        const int t81_0 = (int)(t81_q_2 / d_T);
        y0[(((long)t81_0 * 2 + t81_2) * d_T + t81_1) * 8 + t81_3] = acc4.s1;
      }
      if (1) {
        const long o_67 = om_4 * 16 + 2L;
        const int t82_3 = (int)(o_67 % 8);
        const long t82_q = o_67 / 8;
        const int t82_2 = (int)(t82_q % 2);
        const long t82_q_2 = t82_q / 2;
        const int t82_1 = (int)(t82_q_2 % d_T);
        const int t82_0 = (int)(t82_q_2 / d_T);
        y0[(((long)t82_0 * 2 + t82_2) * d_T + t82_1) * 8 + t82_3] = acc4.s2;
      }
      if (1) {
        const long o_68 = om_4 * 16 + 3L;
        const int t83_3 = (int)(o_68 % 8);
        const long t83_q = o_68 / 8;
        const int t83_2 = (int)(t83_q % 2);
        const long t83_q_2 = t83_q / 2;
        const int t83_1 = (int)(t83_q_2 % d_T);
        const int t83_0 = (int)(t83_q_2 / d_T);
        y0[(((long)t83_0 * 2 + t83_2) * d_T + t83_1) * 8 + t83_3] = acc4.s3;
      }
      if (1) {
        const long o_69 = om_4 * 16 + 4L;
        const int t84_3 = (int)(o_69 % 8);
        const long t84_q = o_69 / 8;
        const int t84_2 = (int)(t84_q % 2);
        const long t84_q_2 = t84_q / 2;
        const int t84_1 = (int)(t84_q_2 % d_T);
        const int t84_0 = (int)(t84_q_2 / d_T);
        y0[(((long)t84_0 * 2 + t84_2) * d_T + t84_1) * 8 + t84_3] = acc4.s4;
      }
      if (1) {
        const long o_70 = om_4 * 16 + 5L;
        const int t85_3 = (int)(o_70 % 8);
        const long t85_q = o_70 / 8;
        const int t85_2 = (int)(t85_q % 2);
        const long t85_q_2 = t85_q / 2;
        const int t85_1 = (int)(t85_q_2 % d_T);
        const int t85_0 = (int)(t85_q_2 / d_T);
        y0[(((long)t85_0 * 2 + t85_2) * d_T + t85_1) * 8 + t85_3] = acc4.s5;
      }
      if (1) {
        const long o_71 = om_4 * 16 + 6L;
        const int t86_3 = (int)(o_71 % 8);
        const long t86_q = o_71 / 8;
        const int t86_2 = (int)(t86_q % 2);
        const long t86_q_2 = t86_q / 2;
        const int t86_1 = (int)(t86_q_2 % d_T);
        const int t86_0 = (int)(t86_q_2 / d_T);
        y0[(((long)t86_0 * 2 + t86_2) * d_T + t86_1) * 8 + t86_3] = acc4.s6;
      }
      if (1) {
        const long o_72 = om_4 * 16 + 7L;
        const int t87_3 = (int)(o_72 % 8);
        const long t87_q = o_72 / 8;
        const int t87_2 = (int)(t87_q % 2);
        const long t87_q_2 = t87_q / 2;
        const int t87_1 = (int)(t87_q_2 % d_T);
        const int t87_0 = (int)(t87_q_2 / d_T);
        y0[(((long)t87_0 * 2 + t87_2) * d_T + t87_1) * 8 + t87_3] = acc4.s7;
      }
      if (1) {
        const long o_73 = om_4 * 16 + 8L;
        const int t88_3 = (int)(o_73 % 8);
        const long t88_q = o_73 / 8;
        const int t88_2 = (int)(t88_q % 2);
        const long t88_q_2 = t88_q / 2;
        const int t88_1 = (int)(t88_q_2 % d_T);
        const int t88_0 = (int)(t88_q_2 / d_T);
        y0[(((long)t88_0 * 2 + t88_2) * d_T + t88_1) * 8 + t88_3] = acc4.s8;
      }
      if (1) {
        const long o_74 = om_4 * 16 + 9L;
        const int t89_3 = (int)(o_74 % 8);
        const long t89_q = o_74 / 8;
        const int t89_2 = (int)(t89_q % 2);
        const long t89_q_2 = t89_q / 2;
        const int t89_1 = (int)(t89_q_2 % d_T);
        const int t89_0 = (int)(t89_q_2 / d_T);
        y0[(((long)t89_0 * 2 + t89_2) * d_T + t89_1) * 8 + t89_3] = acc4.s9;
      }
      if (1) {
        const long o_75 = om_4 * 16 + 10L;
        const int t90_3 = (int)(o_75 % 8);
        const long t90_q = o_75 / 8;
        const int t90_2 = (int)(t90_q % 2);
        const long t90_q_2 = t90_q / 2;
        const int t90_1 = (int)(t90_q_2 % d_T);
        const int t90_0 = (int)(t90_q_2 / d_T);
        y0[(((long)t90_0 * 2 + t90_2) * d_T + t90_1) * 8 + t90_3] = acc4.sa;
      }
      if (1) {
        const long o_76 = om_4 * 16 + 11L;
        const int t91_3 = (int)(o_76 % 8);
        const long t91_q = o_76 / 8;
        const int t91_2 = (int)(t91_q % 2);
        const long t91_q_2 = t91_q / 2;
        const int t91_1 = (int)(t91_q_2 % d_T);
        const int t91_0 = (int)(t91_q_2 / d_T);
        y0[(((long)t91_0 * 2 + t91_2) * d_T + t91_1) * 8 + t91_3] = acc4.sb;
      }
      if (1) {
        const long o_77 = om_4 * 16 + 12L;
        const int t92_3 = (int)(o_77 % 8);
        const long t92_q = o_77 / 8;
        const int t92_2 = (int)(t92_q % 2);
        const long t92_q_2 = t92_q / 2;
        const int t92_1 = (int)(t92_q_2 % d_T);
        const int t92_0 = (int)(t92_q_2 / d_T);
        y0[(((long)t92_0 * 2 + t92_2) * d_T + t92_1) * 8 + t92_3] = acc4.sc;
      }
      if (1) {
        const long o_78 = om_4 * 16 + 13L;
        const int t93_3 = (int)(o_78 % 8);
        const long t93_q = o_78 / 8;
        const int t93_2 = (int)(t93_q % 2);
        const long t93_q_2 = t93_q / 2;
        const int t93_1 = (int)(t93_q_2 % d_T);
        const int t93_0 = (int)(t93_q_2 / d_T);
        y0[(((long)t93_0 * 2 + t93_2) * d_T + t93_1) * 8 + t93_3] = acc4.sd;
      }
      if (1) {
        const long o_79 = om_4 * 16 + 14L;
        const int t94_3 = (int)(o_79 % 8);
        const long t94_q = o_79 / 8;
        const int t94_2 = (int)(t94_q % 2);
        const long t94_q_2 = t94_q / 2;
        const int t94_1 = (int)(t94_q_2 % d_T);
        const int t94_0 = (int)(t94_q_2 / d_T);
        y0[(((long)t94_0 * 2 + t94_2) * d_T + t94_1) * 8 + t94_3] = acc4.se;
      }
      if (1) {
        const long o_80 = om_4 * 16 + 15L;
        const int t95_3 = (int)(o_80 % 8);
        const long t95_q = o_80 / 8;
        const int t95_2 = (int)(t95_q % 2);
        const long t95_q_2 = t95_q / 2;
        const int t95_1 = (int)(t95_q_2 % d_T);
        const int t95_0 = (int)(t95_q_2 / d_T);
        y0[(((long)t95_0 * 2 + t95_2) * d_T + t95_1) * 8 + t95_3] = acc4.sf;
      }
    }
    const long om_5 = m0 + 5;
    if (om_5 < M) {
      if (1) {
        const long o_81 = om_5 * 16;
        const int t96_3 = (int)(o_81 % 8);
        const long t96_q = o_81 / 8;
        const int t96_2 = (int)(t96_q % 2);
        const long t96_q_2 = t96_q / 2;
        const int t96_1 = (int)(t96_q_2 % d_T);
        const int t96_0 = (int)(t96_q_2 / d_T);
        y0[(((long)t96_0 * 2 + t96_2) * d_T + t96_1) * 8 + t96_3] = acc5.s0;
      }
      if (1) {
        const long o_82 = om_5 * 16 + 1L;
        const int t97_3 = (int)(o_82 % 8);
        const long t97_q = o_82 / 8;
        const int t97_2 = (int)(t97_q % 2);
        const long t97_q_2 = t97_q / 2;
        const int t97_1 = (int)(t97_q_2 % d_T);
        const int t97_0 = (int)(t97_q_2 / d_T);
        y0[(((long)t97_0 * 2 + t97_2) * d_T + t97_1) * 8 + t97_3] = acc5.s1;
      }
      if (1) {
        const long o_83 = om_5 * 16 + 2L;
        const int t98_3 = (int)(o_83 % 8);
        const long t98_q = o_83 / 8;
        const int t98_2 = (int)(t98_q % 2);
        const long t98_q_2 = t98_q / 2;
        const int t98_1 = (int)(t98_q_2 % d_T);
        const int t98_0 = (int)(t98_q_2 / d_T);
        y0[(((long)t98_0 * 2 + t98_2) * d_T + t98_1) * 8 + t98_3] = acc5.s2;
      }
      if (1) {
        const long o_84 = om_5 * 16 + 3L;
        const int t99_3 = (int)(o_84 % 8);
        const long t99_q = o_84 / 8;
        const int t99_2 = (int)(t99_q % 2);
        const long t99_q_2 = t99_q / 2;
        const int t99_1 = (int)(t99_q_2 % d_T);
        const int t99_0 = (int)(t99_q_2 / d_T);
        y0[(((long)t99_0 * 2 + t99_2) * d_T + t99_1) * 8 + t99_3] = acc5.s3;
      }
      if (1) {
        const long o_85 = om_5 * 16 + 4L;
        const int t100_3 = (int)(o_85 % 8);
        const long t100_q = o_85 / 8;
        const int t100_2 = (int)(t100_q % 2);
        const long t100_q_2 = t100_q / 2;
        const int t100_1 = (int)(t100_q_2 % d_T);
        const int t100_0 = (int)(t100_q_2 / d_T);
        y0[(((long)t100_0 * 2 + t100_2) * d_T + t100_1) * 8 + t100_3] = acc5.s4;
      }
      if (1) {
        const long o_86 = om_5 * 16 + 5L;
        const int t101_3 = (int)(o_86 % 8);
        const long t101_q = o_86 / 8;
        const int t101_2 = (int)(t101_q % 2);
        const long t101_q_2 = t101_q / 2;
        const int t101_1 = (int)(t101_q_2 % d_T);
        const int t101_0 = (int)(t101_q_2 / d_T);
        y0[(((long)t101_0 * 2 + t101_2) * d_T + t101_1) * 8 + t101_3] = acc5.s5;
      }
      if (1) {
        const long o_87 = om_5 * 16 + 6L;
        const int t102_3 = (int)(o_87 % 8);
        const long t102_q = o_87 / 8;
        const int t102_2 = (int)(t102_q % 2);
        const long t102_q_2 = t102_q / 2;
        const int t102_1 = (int)(t102_q_2 % d_T);
        const int t102_0 = (int)(t102_q_2 / d_T);
        y0[(((long)t102_0 * 2 + t102_2) * d_T + t102_1) * 8 + t102_3] = acc5.s6;
      }
      if (1) {
        const long o_88 = om_5 * 16 + 7L;
        const int t103_3 = (int)(o_88 % 8);
        const long t103_q = o_88 / 8;
        const int t103_2 = (int)(t103_q % 2);
        const long t103_q_2 = t103_q / 2;
        const int t103_1 = (int)(t103_q_2 % d_T);
        const int t103_0 = (int)(t103_q_2 / d_T);
        y0[(((long)t103_0 * 2 + t103_2) * d_T + t103_1) * 8 + t103_3] = acc5.s7;
      }
      if (1) {
        const long o_89 = om_5 * 16 + 8L;
        const int t104_3 = (int)(o_89 % 8);
        const long t104_q = o_89 / 8;
        const int t104_2 = (int)(t104_q % 2);
        const long t104_q_2 = t104_q / 2;
        const int t104_1 = (int)(t104_q_2 % d_T);
        const int t104_0 = (int)(t104_q_2 / d_T);
        y0[(((long)t104_0 * 2 + t104_2) * d_T + t104_1) * 8 + t104_3] = acc5.s8;
      }
      if (1) {
        const long o_90 = om_5 * 16 + 9L;
        const int t105_3 = (int)(o_90 % 8);
        const long t105_q = o_90 / 8;
        const int t105_2 = (int)(t105_q % 2);
        const long t105_q_2 = t105_q / 2;
        const int t105_1 = (int)(t105_q_2 % d_T);
        const int t105_0 = (int)(t105_q_2 / d_T);
        y0[(((long)t105_0 * 2 + t105_2) * d_T + t105_1) * 8 + t105_3] = acc5.s9;
      }
      if (1) {
        const long o_91 = om_5 * 16 + 10L;
        const int t106_3 = (int)(o_91 % 8);
        const long t106_q = o_91 / 8;
        const int t106_2 = (int)(t106_q % 2);
        const long t106_q_2 = t106_q / 2;
        const int t106_1 = (int)(t106_q_2 % d_T);
        const int t106_0 = (int)(t106_q_2 / d_T);
        y0[(((long)t106_0 * 2 + t106_2) * d_T + t106_1) * 8 + t106_3] = acc5.sa;
      }
      if (1) {
        const long o_92 = om_5 * 16 + 11L;
        const int t107_3 = (int)(o_92 % 8);
        const long t107_q = o_92 / 8;
        const int t107_2 = (int)(t107_q % 2);
        const long t107_q_2 = t107_q / 2;
        const int t107_1 = (int)(t107_q_2 % d_T);
        const int t107_0 = (int)(t107_q_2 / d_T);
        y0[(((long)t107_0 * 2 + t107_2) * d_T + t107_1) * 8 + t107_3] = acc5.sb;
      }
      if (1) {
        const long o_93 = om_5 * 16 + 12L;
        const int t108_3 = (int)(o_93 % 8);
        const long t108_q = o_93 / 8;
        const int t108_2 = (int)(t108_q % 2);
        const long t108_q_2 = t108_q / 2;
        const int t108_1 = (int)(t108_q_2 % d_T);
        const int t108_0 = (int)(t108_q_2 / d_T);
        y0[(((long)t108_0 * 2 + t108_2) * d_T + t108_1) * 8 + t108_3] = acc5.sc;
      }
      if (1) {
        const long o_94 = om_5 * 16 + 13L;
        const int t109_3 = (int)(o_94 % 8);
        const long t109_q = o_94 / 8;
        const int t109_2 = (int)(t109_q % 2);
        const long t109_q_2 = t109_q / 2;
        const int t109_1 = (int)(t109_q_2 % d_T);
        const int t109_0 = (int)(t109_q_2 / d_T);
        y0[(((long)t109_0 * 2 + t109_2) * d_T + t109_1) * 8 + t109_3] = acc5.sd;
      }
      if (1) {
        const long o_95 = om_5 * 16 + 14L;
        const int t110_3 = (int)(o_95 % 8);
        const long t110_q = o_95 / 8;
        const int t110_2 = (int)(t110_q % 2);
        const long t110_q_2 = t110_q / 2;
        const int t110_1 = (int)(t110_q_2 % d_T);
        const int t110_0 = (int)(t110_q_2 / d_T);
        y0[(((long)t110_0 * 2 + t110_2) * d_T + t110_1) * 8 + t110_3] = acc5.se;
      }
      if (1) {
        const long o_96 = om_5 * 16 + 15L;
        const int t111_3 = (int)(o_96 % 8);
        const long t111_q = o_96 / 8;
        const int t111_2 = (int)(t111_q % 2);
        const long t111_q_2 = t111_q / 2;
        const int t111_1 = (int)(t111_q_2 % d_T);
        const int t111_0 = (int)(t111_q_2 / d_T);
        y0[(((long)t111_0 * 2 + t111_2) * d_T + t111_1) * 8 + t111_3] = acc5.sf;
      }
    }
    const long om_6 = m0 + 6;
    if (om_6 < M) {
      if (1) {
        const long o_97 = om_6 * 16;
        const int t112_3 = (int)(o_97 % 8);
        const long t112_q = o_97 / 8;
        const int t112_2 = (int)(t112_q % 2);
        const long t112_q_2 = t112_q / 2;
        const int t112_1 = (int)(t112_q_2 % d_T);
        const int t112_0 = (int)(t112_q_2 / d_T);
        y0[(((long)t112_0 * 2 + t112_2) * d_T + t112_1) * 8 + t112_3] = acc6.s0;
      }
      if (1) {
        const long o_98 = om_6 * 16 + 1L;
        const int t113_3 = (int)(o_98 % 8);
        const long t113_q = o_98 / 8;
        const int t113_2 = (int)(t113_q % 2);
        const long t113_q_2 = t113_q / 2;
        const int t113_1 = (int)(t113_q_2 % d_T);
        const int t113_0 = (int)(t113_q_2 / d_T);
        y0[(((long)t113_0 * 2 + t113_2) * d_T + t113_1) * 8 + t113_3] = acc6.s1;
      }
      if (1) {
        const long o_99 = om_6 * 16 + 2L;
        const int t114_3 = (int)(o_99 % 8);
        const long t114_q = o_99 / 8;
        const int t114_2 = (int)(t114_q % 2);
        const long t114_q_2 = t114_q / 2;
        const int t114_1 = (int)(t114_q_2 % d_T);
        const int t114_0 = (int)(t114_q_2 / d_T);
        y0[(((long)t114_0 * 2 + t114_2) * d_T + t114_1) * 8 + t114_3] = acc6.s2;
      }
      if (1) {
        const long o_100 = om_6 * 16 + 3L;
        const int t115_3 = (int)(o_100 % 8);
        const long t115_q = o_100 / 8;
        const int t115_2 = (int)(t115_q % 2);
        const long t115_q_2 = t115_q / 2;
        const int t115_1 = (int)(t115_q_2 % d_T);
        const int t115_0 = (int)(t115_q_2 / d_T);
        y0[(((long)t115_0 * 2 + t115_2) * d_T + t115_1) * 8 + t115_3] = acc6.s3;
      }
      if (1) {
        const long o_101 = om_6 * 16 + 4L;
        const int t116_3 = (int)(o_101 % 8);
        const long t116_q = o_101 / 8;
        const int t116_2 = (int)(t116_q % 2);
        const long t116_q_2 = t116_q / 2;
        const int t116_1 = (int)(t116_q_2 % d_T);
        const int t116_0 = (int)(t116_q_2 / d_T);
        y0[(((long)t116_0 * 2 + t116_2) * d_T + t116_1) * 8 + t116_3] = acc6.s4;
      }
      if (1) {
        const long o_102 = om_6 * 16 + 5L;
        const int t117_3 = (int)(o_102 % 8);
        const long t117_q = o_102 / 8;
        const int t117_2 = (int)(t117_q % 2);
        const long t117_q_2 = t117_q / 2;
        const int t117_1 = (int)(t117_q_2 % d_T);
        const int t117_0 = (int)(t117_q_2 / d_T);
        y0[(((long)t117_0 * 2 + t117_2) * d_T + t117_1) * 8 + t117_3] = acc6.s5;
      }
      if (1) {
        const long o_103 = om_6 * 16 + 6L;
        const int t118_3 = (int)(o_103 % 8);
        const long t118_q = o_103 / 8;
        const int t118_2 = (int)(t118_q % 2);
        const long t118_q_2 = t118_q / 2;
        const int t118_1 = (int)(t118_q_2 % d_T);
        const int t118_0 = (int)(t118_q_2 / d_T);
        y0[(((long)t118_0 * 2 + t118_2) * d_T + t118_1) * 8 + t118_3] = acc6.s6;
      }
      if (1) {
        const long o_104 = om_6 * 16 + 7L;
        const int t119_3 = (int)(o_104 % 8);
        const long t119_q = o_104 / 8;
        const int t119_2 = (int)(t119_q % 2);
        const long t119_q_2 = t119_q / 2;
        const int t119_1 = (int)(t119_q_2 % d_T);
        const int t119_0 = (int)(t119_q_2 / d_T);
        y0[(((long)t119_0 * 2 + t119_2) * d_T + t119_1) * 8 + t119_3] = acc6.s7;
      }
      if (1) {
        const long o_105 = om_6 * 16 + 8L;
        const int t120_3 = (int)(o_105 % 8);
        const long t120_q = o_105 / 8;
        const int t120_2 = (int)(t120_q % 2);
        const long t120_q_2 = t120_q / 2;
        const int t120_1 = (int)(t120_q_2 % d_T);
        const int t120_0 = (int)(t120_q_2 / d_T);
        y0[(((long)t120_0 * 2 + t120_2) * d_T + t120_1) * 8 + t120_3] = acc6.s8;
      }
      if (1) {
        const long o_106 = om_6 * 16 + 9L;
        const int t121_3 = (int)(o_106 % 8);
        const long t121_q = o_106 / 8;
        const int t121_2 = (int)(t121_q % 2);
        const long t121_q_2 = t121_q / 2;
        const int t121_1 = (int)(t121_q_2 % d_T);
        const int t121_0 = (int)(t121_q_2 / d_T);
        y0[(((long)t121_0 * 2 + t121_2) * d_T + t121_1) * 8 + t121_3] = acc6.s9;
      }
      if (1) {
        const long o_107 = om_6 * 16 + 10L;
        const int t122_3 = (int)(o_107 % 8);
        const long t122_q = o_107 / 8;
        const int t122_2 = (int)(t122_q % 2);
        const long t122_q_2 = t122_q / 2;
        const int t122_1 = (int)(t122_q_2 % d_T);
        const int t122_0 = (int)(t122_q_2 / d_T);
        y0[(((long)t122_0 * 2 + t122_2) * d_T + t122_1) * 8 + t122_3] = acc6.sa;
      }
      if (1) {
        const long o_108 = om_6 * 16 + 11L;
        const int t123_3 = (int)(o_108 % 8);
        const long t123_q = o_108 / 8;
        const int t123_2 = (int)(t123_q % 2);
        const long t123_q_2 = t123_q / 2;
        const int t123_1 = (int)(t123_q_2 % d_T);
        const int t123_0 = (int)(t123_q_2 / d_T);
        y0[(((long)t123_0 * 2 + t123_2) * d_T + t123_1) * 8 + t123_3] = acc6.sb;
      }
      if (1) {
        const long o_109 = om_6 * 16 + 12L;
        const int t124_3 = (int)(o_109 % 8);
        const long t124_q = o_109 / 8;
        const int t124_2 = (int)(t124_q % 2);
        const long t124_q_2 = t124_q / 2;
        const int t124_1 = (int)(t124_q_2 % d_T);
        const int t124_0 = (int)(t124_q_2 / d_T);
        y0[(((long)t124_0 * 2 + t124_2) * d_T + t124_1) * 8 + t124_3] = acc6.sc;
      }
      if (1) {
        const long o_110 = om_6 * 16 + 13L;
        const int t125_3 = (int)(o_110 % 8);
        const long t125_q = o_110 / 8;
        const int t125_2 = (int)(t125_q % 2);
        const long t125_q_2 = t125_q / 2;
        const int t125_1 = (int)(t125_q_2 % d_T);
        const int t125_0 = (int)(t125_q_2 / d_T);
        y0[(((long)t125_0 * 2 + t125_2) * d_T + t125_1) * 8 + t125_3] = acc6.sd;
      }
      if (1) {
        const long o_111 = om_6 * 16 + 14L;
        const int t126_3 = (int)(o_111 % 8);
        const long t126_q = o_111 / 8;
        const int t126_2 = (int)(t126_q % 2);
        const long t126_q_2 = t126_q / 2;
        const int t126_1 = (int)(t126_q_2 % d_T);
        const int t126_0 = (int)(t126_q_2 / d_T);
        y0[(((long)t126_0 * 2 + t126_2) * d_T + t126_1) * 8 + t126_3] = acc6.se;
      }
      if (1) {
        const long o_112 = om_6 * 16 + 15L;
        const int t127_3 = (int)(o_112 % 8);
        const long t127_q = o_112 / 8;
        const int t127_2 = (int)(t127_q % 2);
        const long t127_q_2 = t127_q / 2;
        const int t127_1 = (int)(t127_q_2 % d_T);
        const int t127_0 = (int)(t127_q_2 / d_T);
        y0[(((long)t127_0 * 2 + t127_2) * d_T + t127_1) * 8 + t127_3] = acc6.sf;
      }
    }
    const long om_7 = m0 + 7;
    if (om_7 < M) {
      if (1) {
        const long o_113 = om_7 * 16;
        const int t128_3 = (int)(o_113 % 8);
        const long t128_q = o_113 / 8;
        const int t128_2 = (int)(t128_q % 2);
        const long t128_q_2 = t128_q / 2;
        const int t128_1 = (int)(t128_q_2 % d_T);
        const int t128_0 = (int)(t128_q_2 / d_T);
        y0[(((long)t128_0 * 2 + t128_2) * d_T + t128_1) * 8 + t128_3] = acc7.s0;
      }
      if (1) {
        const long o_114 = om_7 * 16 + 1L;
        const int t129_3 = (int)(o_114 % 8);
        const long t129_q = o_114 / 8;
        const int t129_2 = (int)(t129_q % 2);
        const long t129_q_2 = t129_q / 2;
        const int t129_1 = (int)(t129_q_2 % d_T);
        const int t129_0 = (int)(t129_q_2 / d_T);
        y0[(((long)t129_0 * 2 + t129_2) * d_T + t129_1) * 8 + t129_3] = acc7.s1;
      }
      if (1) {
        const long o_115 = om_7 * 16 + 2L;
        const int t130_3 = (int)(o_115 % 8);
        const long t130_q = o_115 / 8;
        const int t130_2 = (int)(t130_q % 2);
        const long t130_q_2 = t130_q / 2;
        const int t130_1 = (int)(t130_q_2 % d_T);
        const int t130_0 = (int)(t130_q_2 / d_T);
        y0[(((long)t130_0 * 2 + t130_2) * d_T + t130_1) * 8 + t130_3] = acc7.s2;
      }
      if (1) {
        const long o_116 = om_7 * 16 + 3L;
        const int t131_3 = (int)(o_116 % 8);
        const long t131_q = o_116 / 8;
        const int t131_2 = (int)(t131_q % 2);
        const long t131_q_2 = t131_q / 2;
        const int t131_1 = (int)(t131_q_2 % d_T);
        const int t131_0 = (int)(t131_q_2 / d_T);
        y0[(((long)t131_0 * 2 + t131_2) * d_T + t131_1) * 8 + t131_3] = acc7.s3;
      }
      if (1) {
        const long o_117 = om_7 * 16 + 4L;
        const int t132_3 = (int)(o_117 % 8);
        const long t132_q = o_117 / 8;
        const int t132_2 = (int)(t132_q % 2);
        const long t132_q_2 = t132_q / 2;
        const int t132_1 = (int)(t132_q_2 % d_T);
        const int t132_0 = (int)(t132_q_2 / d_T);
        y0[(((long)t132_0 * 2 + t132_2) * d_T + t132_1) * 8 + t132_3] = acc7.s4;
      }
      if (1) {
        const long o_118 = om_7 * 16 + 5L;
        const int t133_3 = (int)(o_118 % 8);
        const long t133_q = o_118 / 8;
        const int t133_2 = (int)(t133_q % 2);
        const long t133_q_2 = t133_q / 2;
        const int t133_1 = (int)(t133_q_2 % d_T);
        const int t133_0 = (int)(t133_q_2 / d_T);
        y0[(((long)t133_0 * 2 + t133_2) * d_T + t133_1) * 8 + t133_3] = acc7.s5;
      }
      if (1) {
        const long o_119 = om_7 * 16 + 6L;
        const int t134_3 = (int)(o_119 % 8);
        const long t134_q = o_119 / 8;
        const int t134_2 = (int)(t134_q % 2);
        const long t134_q_2 = t134_q / 2;
        const int t134_1 = (int)(t134_q_2 % d_T);
        const int t134_0 = (int)(t134_q_2 / d_T);
        y0[(((long)t134_0 * 2 + t134_2) * d_T + t134_1) * 8 + t134_3] = acc7.s6;
      }
      if (1) {
        const long o_120 = om_7 * 16 + 7L;
        const int t135_3 = (int)(o_120 % 8);
        const long t135_q = o_120 / 8;
        const int t135_2 = (int)(t135_q % 2);
        const long t135_q_2 = t135_q / 2;
        const int t135_1 = (int)(t135_q_2 % d_T);
        const int t135_0 = (int)(t135_q_2 / d_T);
        y0[(((long)t135_0 * 2 + t135_2) * d_T + t135_1) * 8 + t135_3] = acc7.s7;
      }
      if (1) {
        const long o_121 = om_7 * 16 + 8L;
        const int t136_3 = (int)(o_121 % 8);
        const long t136_q = o_121 / 8;
        const int t136_2 = (int)(t136_q % 2);
        const long t136_q_2 = t136_q / 2;
        const int t136_1 = (int)(t136_q_2 % d_T);
        const int t136_0 = (int)(t136_q_2 / d_T);
        y0[(((long)t136_0 * 2 + t136_2) * d_T + t136_1) * 8 + t136_3] = acc7.s8;
      }
      if (1) {
        const long o_122 = om_7 * 16 + 9L;
        const int t137_3 = (int)(o_122 % 8);
        const long t137_q = o_122 / 8;
        const int t137_2 = (int)(t137_q % 2);
        const long t137_q_2 = t137_q / 2;
        const int t137_1 = (int)(t137_q_2 % d_T);
        const int t137_0 = (int)(t137_q_2 / d_T);
        y0[(((long)t137_0 * 2 + t137_2) * d_T + t137_1) * 8 + t137_3] = acc7.s9;
      }
      if (1) {
        const long o_123 = om_7 * 16 + 10L;
        const int t138_3 = (int)(o_123 % 8);
        const long t138_q = o_123 / 8;
        const int t138_2 = (int)(t138_q % 2);
        const long t138_q_2 = t138_q / 2;
        const int t138_1 = (int)(t138_q_2 % d_T);
        const int t138_0 = (int)(t138_q_2 / d_T);
        y0[(((long)t138_0 * 2 + t138_2) * d_T + t138_1) * 8 + t138_3] = acc7.sa;
      }
      if (1) {
        const long o_124 = om_7 * 16 + 11L;
        const int t139_3 = (int)(o_124 % 8);
        const long t139_q = o_124 / 8;
        const int t139_2 = (int)(t139_q % 2);
        const long t139_q_2 = t139_q / 2;
        const int t139_1 = (int)(t139_q_2 % d_T);
        const int t139_0 = (int)(t139_q_2 / d_T);
        y0[(((long)t139_0 * 2 + t139_2) * d_T + t139_1) * 8 + t139_3] = acc7.sb;
      }
      if (1) {
        const long o_125 = om_7 * 16 + 12L;
        const int t140_3 = (int)(o_125 % 8);
        const long t140_q = o_125 / 8;
        const int t140_2 = (int)(t140_q % 2);
        const long t140_q_2 = t140_q / 2;
        const int t140_1 = (int)(t140_q_2 % d_T);
        const int t140_0 = (int)(t140_q_2 / d_T);
        y0[(((long)t140_0 * 2 + t140_2) * d_T + t140_1) * 8 + t140_3] = acc7.sc;
      }
      if (1) {
        const long o_126 = om_7 * 16 + 13L;
        const int t141_3 = (int)(o_126 % 8);
        const long t141_q = o_126 / 8;
        const int t141_2 = (int)(t141_q % 2);
        const long t141_q_2 = t141_q / 2;
        const int t141_1 = (int)(t141_q_2 % d_T);
        const int t141_0 = (int)(t141_q_2 / d_T);
        y0[(((long)t141_0 * 2 + t141_2) * d_T + t141_1) * 8 + t141_3] = acc7.sd;
      }
      if (1) {
        const long o_127 = om_7 * 16 + 14L;
        const int t142_3 = (int)(o_127 % 8);
        const long t142_q = o_127 / 8;
        const int t142_2 = (int)(t142_q % 2);
        const long t142_q_2 = t142_q / 2;
        const int t142_1 = (int)(t142_q_2 % d_T);
        const int t142_0 = (int)(t142_q_2 / d_T);
        y0[(((long)t142_0 * 2 + t142_2) * d_T + t142_1) * 8 + t142_3] = acc7.se;
      }
      if (1) {
        const long o_128 = om_7 * 16 + 15L;
        const int t143_3 = (int)(o_128 % 8);
        const long t143_q = o_128 / 8;
        const int t143_2 = (int)(t143_q % 2);
        const long t143_q_2 = t143_q / 2;
        const int t143_1 = (int)(t143_q_2 % d_T);
        const int t143_0 = (int)(t143_q_2 / d_T);
        y0[(((long)t143_0 * 2 + t143_2) * d_T + t143_1) * 8 + t143_3] = acc7.sf;
      }
    }
  }
}
