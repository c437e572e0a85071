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

/* k72_matmul_permute (matmul_permute_aac9cb7b54b8): 4 IR nodes, one work item per output element
 *   %67 = reshape %1 : f32[B*T, 16]   ($SRC/stdlib/nn.llm:65)
 *   %68 = matmul %67, %66 : f32[B*T, 16]   ($SRC/stdlib/nn.llm:65)
 *   %71 = reshape %68 : f32[B, T, 2, 8]   ($SRC/stdlib/nn.llm:157)
 *   %72 = permute %71 perm=[0, 2, 1, 3] : f32[B, 2, T, 8]   ($SRC/stdlib/nn.llm:157)
 * arguments: x0 = %1; x1 = %66; y0 = %72; d_B = B; d_T = T
 */
__kernel void matmul_permute_aac9cb7b54b8(__global const float *restrict x0, __global const float *restrict x1, __global float *restrict y0,
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
    for (int row = 0; row < 8; row++) {
      const float16 accr = row == 0 ? acc0 : row == 1 ? acc1 : row == 2 ? acc2 : row == 3 ? acc3 : row == 4 ? acc4 : row == 5 ? acc5 : row == 6 ? acc6 : acc7;
      const long om = m0 + row;
      if (om < M) {
        if (1) {
          const long o = om * 16;
          const int t16_3 = (int)(o % 8);
          const long t16_q = o / 8;
          const int t16_2 = (int)(t16_q % 2);
          const long t16_q_2 = t16_q / 2;
          const int t16_1 = (int)(t16_q_2 % d_T);
          const int t16_0 = (int)(t16_q_2 / d_T);
          y0[(((long)t16_0 * 2 + t16_2) * d_T + t16_1) * 8 + t16_3] = accr.s0;
        }
        if (1) {
          const long o_2 = om * 16 + 1L;
          const int t17_3 = (int)(o_2 % 8);
          const long t17_q = o_2 / 8;
          const int t17_2 = (int)(t17_q % 2);
          const long t17_q_2 = t17_q / 2;
          const int t17_1 = (int)(t17_q_2 % d_T);
          const int t17_0 = (int)(t17_q_2 / d_T);
          y0[(((long)t17_0 * 2 + t17_2) * d_T + t17_1) * 8 + t17_3] = accr.s1;
        }
        if (1) {
          const long o_3 = om * 16 + 2L;
          const int t18_3 = (int)(o_3 % 8);
          const long t18_q = o_3 / 8;
          const int t18_2 = (int)(t18_q % 2);
          const long t18_q_2 = t18_q / 2;
          const int t18_1 = (int)(t18_q_2 % d_T);
          const int t18_0 = (int)(t18_q_2 / d_T);
          y0[(((long)t18_0 * 2 + t18_2) * d_T + t18_1) * 8 + t18_3] = accr.s2;
        }
        if (1) {
          const long o_4 = om * 16 + 3L;
          const int t19_3 = (int)(o_4 % 8);
          const long t19_q = o_4 / 8;
          const int t19_2 = (int)(t19_q % 2);
          const long t19_q_2 = t19_q / 2;
          const int t19_1 = (int)(t19_q_2 % d_T);
          const int t19_0 = (int)(t19_q_2 / d_T);
          y0[(((long)t19_0 * 2 + t19_2) * d_T + t19_1) * 8 + t19_3] = accr.s3;
        }
        if (1) {
          const long o_5 = om * 16 + 4L;
          const int t20_3 = (int)(o_5 % 8);
          const long t20_q = o_5 / 8;
          const int t20_2 = (int)(t20_q % 2);
          const long t20_q_2 = t20_q / 2;
          const int t20_1 = (int)(t20_q_2 % d_T);
          const int t20_0 = (int)(t20_q_2 / d_T);
          y0[(((long)t20_0 * 2 + t20_2) * d_T + t20_1) * 8 + t20_3] = accr.s4;
        }
        if (1) {
          const long o_6 = om * 16 + 5L;
          const int t21_3 = (int)(o_6 % 8);
          const long t21_q = o_6 / 8;
          const int t21_2 = (int)(t21_q % 2);
          const long t21_q_2 = t21_q / 2;
          const int t21_1 = (int)(t21_q_2 % d_T);
          const int t21_0 = (int)(t21_q_2 / d_T);
          y0[(((long)t21_0 * 2 + t21_2) * d_T + t21_1) * 8 + t21_3] = accr.s5;
        }
        if (1) {
          const long o_7 = om * 16 + 6L;
          const int t22_3 = (int)(o_7 % 8);
          const long t22_q = o_7 / 8;
          const int t22_2 = (int)(t22_q % 2);
          const long t22_q_2 = t22_q / 2;
          const int t22_1 = (int)(t22_q_2 % d_T);
          const int t22_0 = (int)(t22_q_2 / d_T);
          y0[(((long)t22_0 * 2 + t22_2) * d_T + t22_1) * 8 + t22_3] = accr.s6;
        }
        if (1) {
          const long o_8 = om * 16 + 7L;
          const int t23_3 = (int)(o_8 % 8);
          const long t23_q = o_8 / 8;
          const int t23_2 = (int)(t23_q % 2);
          const long t23_q_2 = t23_q / 2;
          const int t23_1 = (int)(t23_q_2 % d_T);
          const int t23_0 = (int)(t23_q_2 / d_T);
          y0[(((long)t23_0 * 2 + t23_2) * d_T + t23_1) * 8 + t23_3] = accr.s7;
        }
        if (1) {
          const long o_9 = om * 16 + 8L;
          const int t24_3 = (int)(o_9 % 8);
          const long t24_q = o_9 / 8;
          const int t24_2 = (int)(t24_q % 2);
          const long t24_q_2 = t24_q / 2;
          const int t24_1 = (int)(t24_q_2 % d_T);
          const int t24_0 = (int)(t24_q_2 / d_T);
          y0[(((long)t24_0 * 2 + t24_2) * d_T + t24_1) * 8 + t24_3] = accr.s8;
        }
        if (1) {
          const long o_10 = om * 16 + 9L;
          const int t25_3 = (int)(o_10 % 8);
          const long t25_q = o_10 / 8;
          const int t25_2 = (int)(t25_q % 2);
          const long t25_q_2 = t25_q / 2;
          const int t25_1 = (int)(t25_q_2 % d_T);
          const int t25_0 = (int)(t25_q_2 / d_T);
          y0[(((long)t25_0 * 2 + t25_2) * d_T + t25_1) * 8 + t25_3] = accr.s9;
        }
        if (1) {
          const long o_11 = om * 16 + 10L;
          const int t26_3 = (int)(o_11 % 8);
          const long t26_q = o_11 / 8;
          const int t26_2 = (int)(t26_q % 2);
          const long t26_q_2 = t26_q / 2;
          const int t26_1 = (int)(t26_q_2 % d_T);
          const int t26_0 = (int)(t26_q_2 / d_T);
          y0[(((long)t26_0 * 2 + t26_2) * d_T + t26_1) * 8 + t26_3] = accr.sa;
        }
        if (1) {
          const long o_12 = om * 16 + 11L;
          const int t27_3 = (int)(o_12 % 8);
          const long t27_q = o_12 / 8;
          const int t27_2 = (int)(t27_q % 2);
          const long t27_q_2 = t27_q / 2;
          const int t27_1 = (int)(t27_q_2 % d_T);
          const int t27_0 = (int)(t27_q_2 / d_T);
          y0[(((long)t27_0 * 2 + t27_2) * d_T + t27_1) * 8 + t27_3] = accr.sb;
        }
        if (1) {
          const long o_13 = om * 16 + 12L;
          const int t28_3 = (int)(o_13 % 8);
          const long t28_q = o_13 / 8;
          const int t28_2 = (int)(t28_q % 2);
          const long t28_q_2 = t28_q / 2;
          const int t28_1 = (int)(t28_q_2 % d_T);
          const int t28_0 = (int)(t28_q_2 / d_T);
          y0[(((long)t28_0 * 2 + t28_2) * d_T + t28_1) * 8 + t28_3] = accr.sc;
        }
        if (1) {
          const long o_14 = om * 16 + 13L;
          const int t29_3 = (int)(o_14 % 8);
          const long t29_q = o_14 / 8;
          const int t29_2 = (int)(t29_q % 2);
          const long t29_q_2 = t29_q / 2;
          const int t29_1 = (int)(t29_q_2 % d_T);
          const int t29_0 = (int)(t29_q_2 / d_T);
          y0[(((long)t29_0 * 2 + t29_2) * d_T + t29_1) * 8 + t29_3] = accr.sd;
        }
        if (1) {
          const long o_15 = om * 16 + 14L;
          const int t30_3 = (int)(o_15 % 8);
          const long t30_q = o_15 / 8;
          const int t30_2 = (int)(t30_q % 2);
          const long t30_q_2 = t30_q / 2;
          const int t30_1 = (int)(t30_q_2 % d_T);
          const int t30_0 = (int)(t30_q_2 / d_T);
          y0[(((long)t30_0 * 2 + t30_2) * d_T + t30_1) * 8 + t30_3] = accr.se;
        }
        if (1) {
          const long o_16 = om * 16 + 15L;
          const int t31_3 = (int)(o_16 % 8);
          const long t31_q = o_16 / 8;
          const int t31_2 = (int)(t31_q % 2);
          const long t31_q_2 = t31_q / 2;
          const int t31_1 = (int)(t31_q_2 % d_T);
          const int t31_0 = (int)(t31_q_2 / d_T);
          y0[(((long)t31_0 * 2 + t31_2) * d_T + t31_1) * 8 + t31_3] = accr.sf;
        }
      }
    }
  }
}
