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

/* k89_matmul_permute (matmul_permute_611a2c3696c4): 25 IR nodes, one work item per output element
 *   %3 = reshape %0 : f32[B*T, 16]   ($SRC/stdlib/nn.llm:65)
 *   %4 = matmul %3, %2 : f32[B*T, 16]   ($SRC/stdlib/nn.llm:65)
 *   %5 = reshape %4 : f32[B, T, 16]   ($SRC/stdlib/nn.llm:65)
 *   %7 = reshape %6 : f32[1, 1, 16]   ($SRC/stdlib/nn.llm:66)
 *   %8 = expand %7 : f32[B, T, 16]   ($SRC/stdlib/nn.llm:66)
 *   %9 = add %5, %8 : f32[B, T, 16]   ($SRC/stdlib/nn.llm:66)
 *   %10 = reshape %9 : f32[B, T, 2, 8]   ($SRC/stdlib/nn.llm:135)
 *   %12 = matmul %3, %11 : f32[B*T, 16]   ($SRC/stdlib/nn.llm:65)
 *   %13 = reshape %12 : f32[B, T, 16]   ($SRC/stdlib/nn.llm:65)
 *   %15 = reshape %14 : f32[1, 1, 16]   ($SRC/stdlib/nn.llm:66)
 *   %16 = expand %15 : f32[B, T, 16]   ($SRC/stdlib/nn.llm:66)
 *   %17 = add %13, %16 : f32[B, T, 16]   ($SRC/stdlib/nn.llm:66)
 *   %18 = reshape %17 : f32[B, T, 2, 8]   ($SRC/stdlib/nn.llm:136)
 *   %20 = matmul %3, %19 : f32[B*T, 16]   ($SRC/stdlib/nn.llm:65)
 *   %21 = reshape %20 : f32[B, T, 16]   ($SRC/stdlib/nn.llm:65)
 *   %23 = reshape %22 : f32[1, 1, 16]   ($SRC/stdlib/nn.llm:66)
 *   %24 = expand %23 : f32[B, T, 16]   ($SRC/stdlib/nn.llm:66)
 *   %25 = add %21, %24 : f32[B, T, 16]   ($SRC/stdlib/nn.llm:66)
 *   %26 = reshape %25 : f32[B, T, 2, 8]   ($SRC/stdlib/nn.llm:137)
 *   %27 = permute %10 perm=[0, 2, 1, 3] : f32[B, 2, T, 8]   ($SRC/stdlib/nn.llm:149)
 *   %28 = permute %18 perm=[0, 2, 1, 3] : f32[B, 2, T, 8]   ($SRC/stdlib/nn.llm:150)
 *   %29 = permute %26 perm=[0, 2, 1, 3] : f32[B, 2, T, 8]   ($SRC/stdlib/nn.llm:151)
 *   %30 = permute %18 perm=[0, 2, 3, 1] : f32[B, 2, 8, T]   ($SRC/stdlib/nn.llm:152)
 *   %73 = permute %26 perm=[0, 2, 3, 1] : f32[B, 2, 8, T]   ($SRC/stdlib/nn.llm:151)
 *   %89 = permute %10 perm=[0, 2, 3, 1] : f32[B, 2, 8, T]   ($SRC/stdlib/nn.llm:149)
 * arguments: x0 = %0; x1 = %2; x2 = %6; x3 = %11; x4 = %14; x5 = %19; x6 = %22; y0 = %27; y1 = %28; y2 = %29; y3 = %30; y4 = %73; y5 = %89; d_B = B; d_T = T
 */
__kernel void matmul_permute_611a2c3696c4(__global const float *restrict x0, __global const float *restrict x1,
    __global const float *restrict x2, __global const float *restrict x3,
    __global const float *restrict x4, __global const float *restrict x5,
    __global const float *restrict x6, __global float *restrict y0, __global float *restrict y1,
    __global float *restrict y2, __global float *restrict y3, __global float *restrict y4,
    __global float *restrict y5, int d_B, int d_T) {
  /* CPU matmul: 8x16 outputs per work item in float16 accumulators, k ascending */
  const long tiles = ((long)d_B * d_T + 7) / 8;
  const long tiles_2 = ((long)d_B * d_T + 7) / 8;
  const long tiles_3 = ((long)d_B * d_T + 7) / 8;
  const long tiles_4 = tiles + tiles_2 + tiles_3;
  const long items = (long)d_B * 3;
  for (long tile = (long)get_global_id(0); tile < tiles_4; tile += items) {
    /* sibling 0 */
    if (tile < tiles) {
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
          const float v0 = x0[((long)t0_0 * d_T + t0_1) * 16 + t0_2];
          acc0 = fma((float16)v0, bv, acc0);
          const long t1_q = (m0 + 1) * 16L + k;
          const int t1_2 = (int)(t1_q % 16L);
          const long t1_q_2 = t1_q / 16L;
          const int t1_1 = (int)(t1_q_2 % (long)d_T);
          const int t1_0 = (int)(t1_q_2 / (long)d_T);
          const float v0_2 = x0[((long)t1_0 * d_T + t1_1) * 16 + t1_2];
          acc1 = fma((float16)v0_2, bv, acc1);
          const long t2_q = (m0 + 2) * 16L + k;
          const int t2_2 = (int)(t2_q % 16L);
          const long t2_q_2 = t2_q / 16L;
          const int t2_1 = (int)(t2_q_2 % (long)d_T);
          const int t2_0 = (int)(t2_q_2 / (long)d_T);
          const float v0_3 = x0[((long)t2_0 * d_T + t2_1) * 16 + t2_2];
          acc2 = fma((float16)v0_3, bv, acc2);
          const long t3_q = (m0 + 3) * 16L + k;
          const int t3_2 = (int)(t3_q % 16L);
          const long t3_q_2 = t3_q / 16L;
          const int t3_1 = (int)(t3_q_2 % (long)d_T);
          const int t3_0 = (int)(t3_q_2 / (long)d_T);
          const float v0_4 = x0[((long)t3_0 * d_T + t3_1) * 16 + t3_2];
          acc3 = fma((float16)v0_4, bv, acc3);
          const long t4_q = (m0 + 4) * 16L + k;
          const int t4_2 = (int)(t4_q % 16L);
          const long t4_q_2 = t4_q / 16L;
          const int t4_1 = (int)(t4_q_2 % (long)d_T);
          const int t4_0 = (int)(t4_q_2 / (long)d_T);
          const float v0_5 = x0[((long)t4_0 * d_T + t4_1) * 16 + t4_2];
          acc4 = fma((float16)v0_5, bv, acc4);
          const long t5_q = (m0 + 5) * 16L + k;
          const int t5_2 = (int)(t5_q % 16L);
          const long t5_q_2 = t5_q / 16L;
          const int t5_1 = (int)(t5_q_2 % (long)d_T);
          const int t5_0 = (int)(t5_q_2 / (long)d_T);
          const float v0_6 = x0[((long)t5_0 * d_T + t5_1) * 16 + t5_2];
          acc5 = fma((float16)v0_6, bv, acc5);
          const long t6_q = (m0 + 6) * 16L + k;
          const int t6_2 = (int)(t6_q % 16L);
          const long t6_q_2 = t6_q / 16L;
          const int t6_1 = (int)(t6_q_2 % (long)d_T);
          const int t6_0 = (int)(t6_q_2 / (long)d_T);
          const float v0_7 = x0[((long)t6_0 * d_T + t6_1) * 16 + t6_2];
          acc6 = fma((float16)v0_7, bv, acc6);
          const long t7_q = (m0 + 7) * 16L + k;
          const int t7_2 = (int)(t7_q % 16L);
          const long t7_q_2 = t7_q / 16L;
          const int t7_1 = (int)(t7_q_2 % (long)d_T);
          const int t7_0 = (int)(t7_q_2 / (long)d_T);
          const float v0_8 = x0[((long)t7_0 * d_T + t7_1) * 16 + t7_2];
          acc7 = fma((float16)v0_8, bv, acc7);
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
          const float v0_9 = x0[((long)t8_0 * d_T + t8_1) * 16 + t8_2];
          acc0 = fma((float16)v0_9, bv_2, acc0);
          const long t9_q = ar1 * 16L + k_2;
          const int t9_2 = (int)(t9_q % 16L);
          const long t9_q_2 = t9_q / 16L;
          const int t9_1 = (int)(t9_q_2 % (long)d_T);
          const int t9_0 = (int)(t9_q_2 / (long)d_T);
          const float v0_10 = x0[((long)t9_0 * d_T + t9_1) * 16 + t9_2];
          acc1 = fma((float16)v0_10, bv_2, acc1);
          const long t10_q = ar2 * 16L + k_2;
          const int t10_2 = (int)(t10_q % 16L);
          const long t10_q_2 = t10_q / 16L;
          const int t10_1 = (int)(t10_q_2 % (long)d_T);
          const int t10_0 = (int)(t10_q_2 / (long)d_T);
          const float v0_11 = x0[((long)t10_0 * d_T + t10_1) * 16 + t10_2];
          acc2 = fma((float16)v0_11, bv_2, acc2);
          const long t11_q = ar3 * 16L + k_2;
          const int t11_2 = (int)(t11_q % 16L);
          const long t11_q_2 = t11_q / 16L;
          const int t11_1 = (int)(t11_q_2 % (long)d_T);
          const int t11_0 = (int)(t11_q_2 / (long)d_T);
          const float v0_12 = x0[((long)t11_0 * d_T + t11_1) * 16 + t11_2];
          acc3 = fma((float16)v0_12, bv_2, acc3);
          const long t12_q = ar4 * 16L + k_2;
          const int t12_2 = (int)(t12_q % 16L);
          const long t12_q_2 = t12_q / 16L;
          const int t12_1 = (int)(t12_q_2 % (long)d_T);
          const int t12_0 = (int)(t12_q_2 / (long)d_T);
          const float v0_13 = x0[((long)t12_0 * d_T + t12_1) * 16 + t12_2];
          acc4 = fma((float16)v0_13, bv_2, acc4);
          const long t13_q = ar5 * 16L + k_2;
          const int t13_2 = (int)(t13_q % 16L);
          const long t13_q_2 = t13_q / 16L;
          const int t13_1 = (int)(t13_q_2 % (long)d_T);
          const int t13_0 = (int)(t13_q_2 / (long)d_T);
          const float v0_14 = x0[((long)t13_0 * d_T + t13_1) * 16 + t13_2];
          acc5 = fma((float16)v0_14, bv_2, acc5);
          const long t14_q = ar6 * 16L + k_2;
          const int t14_2 = (int)(t14_q % 16L);
          const long t14_q_2 = t14_q / 16L;
          const int t14_1 = (int)(t14_q_2 % (long)d_T);
          const int t14_0 = (int)(t14_q_2 / (long)d_T);
          const float v0_15 = x0[((long)t14_0 * d_T + t14_1) * 16 + t14_2];
          acc6 = fma((float16)v0_15, bv_2, acc6);
          const long t15_q = ar7 * 16L + k_2;
          const int t15_2 = (int)(t15_q % 16L);
          const long t15_q_2 = t15_q / 16L;
          const int t15_1 = (int)(t15_q_2 % (long)d_T);
          const int t15_0 = (int)(t15_q_2 / (long)d_T);
          const float v0_16 = x0[((long)t15_0 * d_T + t15_1) * 16 + t15_2];
          acc7 = fma((float16)v0_16, bv_2, acc7);
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
            const int t17_2 = (int)(o % 16);
            const float v1 = accr.s0 + x2[(long)t17_2];
            y0[(((long)t16_0 * 2 + t16_2) * d_T + t16_1) * 8 + t16_3] = v1;
            const int t18_3 = (int)(o % 8);
            const long t18_q = o / 8;
            const int t18_2 = (int)(t18_q % 2);
            const long t18_q_2 = t18_q / 2;
            const int t18_1 = (int)(t18_q_2 % d_T);
            const int t18_0 = (int)(t18_q_2 / d_T);
            const int t19_2 = (int)(o % 16);
            const float v1_2 = accr.s0 + x2[(long)t19_2];
            y5[(((long)t18_0 * 2 + t18_2) * 8 + t18_3) * d_T + t18_1] = v1_2;
          }
          if (1) {
            const long o_2 = om * 16 + 1L;
            const int t20_3 = (int)(o_2 % 8);
            const long t20_q = o_2 / 8;
            const int t20_2 = (int)(t20_q % 2);
            const long t20_q_2 = t20_q / 2;
            const int t20_1 = (int)(t20_q_2 % d_T);
            const int t20_0 = (int)(t20_q_2 / d_T);
            const int t21_2 = (int)(o_2 % 16);
            const float v1_3 = accr.s1 + x2[(long)t21_2];
            y0[(((long)t20_0 * 2 + t20_2) * d_T + t20_1) * 8 + t20_3] = v1_3;
            const int t22_3 = (int)(o_2 % 8);
            const long t22_q = o_2 / 8;
            const int t22_2 = (int)(t22_q % 2);
            const long t22_q_2 = t22_q / 2;
            const int t22_1 = (int)(t22_q_2 % d_T);
            const int t22_0 = (int)(t22_q_2 / d_T);
            const int t23_2 = (int)(o_2 % 16);
            const float v1_4 = accr.s1 + x2[(long)t23_2];
            y5[(((long)t22_0 * 2 + t22_2) * 8 + t22_3) * d_T + t22_1] = v1_4;
          }
          if (1) {
            const long o_3 = om * 16 + 2L;
            const int t24_3 = (int)(o_3 % 8);
            const long t24_q = o_3 / 8;
            const int t24_2 = (int)(t24_q % 2);
            const long t24_q_2 = t24_q / 2;
            const int t24_1 = (int)(t24_q_2 % d_T);
            const int t24_0 = (int)(t24_q_2 / d_T);
            const int t25_2 = (int)(o_3 % 16);
            const float v1_5 = accr.s2 + x2[(long)t25_2];
            y0[(((long)t24_0 * 2 + t24_2) * d_T + t24_1) * 8 + t24_3] = v1_5;
            const int t26_3 = (int)(o_3 % 8);
            const long t26_q = o_3 / 8;
            const int t26_2 = (int)(t26_q % 2);
            const long t26_q_2 = t26_q / 2;
            const int t26_1 = (int)(t26_q_2 % d_T);
            const int t26_0 = (int)(t26_q_2 / d_T);
            const int t27_2 = (int)(o_3 % 16);
            const float v1_6 = accr.s2 + x2[(long)t27_2];
            y5[(((long)t26_0 * 2 + t26_2) * 8 + t26_3) * d_T + t26_1] = v1_6;
          }
          if (1) {
            const long o_4 = om * 16 + 3L;
            const int t28_3 = (int)(o_4 % 8);
            const long t28_q = o_4 / 8;
            const int t28_2 = (int)(t28_q % 2);
            const long t28_q_2 = t28_q / 2;
            const int t28_1 = (int)(t28_q_2 % d_T);
            const int t28_0 = (int)(t28_q_2 / d_T);
            const int t29_2 = (int)(o_4 % 16);
            const float v1_7 = accr.s3 + x2[(long)t29_2];
            y0[(((long)t28_0 * 2 + t28_2) * d_T + t28_1) * 8 + t28_3] = v1_7;
            const int t30_3 = (int)(o_4 % 8);
            const long t30_q = o_4 / 8;
            const int t30_2 = (int)(t30_q % 2);
            const long t30_q_2 = t30_q / 2;
            const int t30_1 = (int)(t30_q_2 % d_T);
            const int t30_0 = (int)(t30_q_2 / d_T);
            const int t31_2 = (int)(o_4 % 16);
            const float v1_8 = accr.s3 + x2[(long)t31_2];
            y5[(((long)t30_0 * 2 + t30_2) * 8 + t30_3) * d_T + t30_1] = v1_8;
          }
          if (1) {
            const long o_5 = om * 16 + 4L;
            const int t32_3 = (int)(o_5 % 8);
            const long t32_q = o_5 / 8;
            const int t32_2 = (int)(t32_q % 2);
            const long t32_q_2 = t32_q / 2;
            const int t32_1 = (int)(t32_q_2 % d_T);
            const int t32_0 = (int)(t32_q_2 / d_T);
            const int t33_2 = (int)(o_5 % 16);
            const float v1_9 = accr.s4 + x2[(long)t33_2];
            y0[(((long)t32_0 * 2 + t32_2) * d_T + t32_1) * 8 + t32_3] = v1_9;
            const int t34_3 = (int)(o_5 % 8);
            const long t34_q = o_5 / 8;
            const int t34_2 = (int)(t34_q % 2);
            const long t34_q_2 = t34_q / 2;
            const int t34_1 = (int)(t34_q_2 % d_T);
            const int t34_0 = (int)(t34_q_2 / d_T);
            const int t35_2 = (int)(o_5 % 16);
            const float v1_10 = accr.s4 + x2[(long)t35_2];
            y5[(((long)t34_0 * 2 + t34_2) * 8 + t34_3) * d_T + t34_1] = v1_10;
          }
          if (1) {
            const long o_6 = om * 16 + 5L;
            const int t36_3 = (int)(o_6 % 8);
            const long t36_q = o_6 / 8;
            const int t36_2 = (int)(t36_q % 2);
            const long t36_q_2 = t36_q / 2;
            const int t36_1 = (int)(t36_q_2 % d_T);
            const int t36_0 = (int)(t36_q_2 / d_T);
            const int t37_2 = (int)(o_6 % 16);
            const float v1_11 = accr.s5 + x2[(long)t37_2];
            y0[(((long)t36_0 * 2 + t36_2) * d_T + t36_1) * 8 + t36_3] = v1_11;
            const int t38_3 = (int)(o_6 % 8);
            const long t38_q = o_6 / 8;
            const int t38_2 = (int)(t38_q % 2);
            const long t38_q_2 = t38_q / 2;
            const int t38_1 = (int)(t38_q_2 % d_T);
            const int t38_0 = (int)(t38_q_2 / d_T);
            const int t39_2 = (int)(o_6 % 16);
            const float v1_12 = accr.s5 + x2[(long)t39_2];
            y5[(((long)t38_0 * 2 + t38_2) * 8 + t38_3) * d_T + t38_1] = v1_12;
          }
          if (1) {
            const long o_7 = om * 16 + 6L;
            const int t40_3 = (int)(o_7 % 8);
            const long t40_q = o_7 / 8;
            const int t40_2 = (int)(t40_q % 2);
            const long t40_q_2 = t40_q / 2;
            const int t40_1 = (int)(t40_q_2 % d_T);
            const int t40_0 = (int)(t40_q_2 / d_T);
            const int t41_2 = (int)(o_7 % 16);
            const float v1_13 = accr.s6 + x2[(long)t41_2];
            y0[(((long)t40_0 * 2 + t40_2) * d_T + t40_1) * 8 + t40_3] = v1_13;
            const int t42_3 = (int)(o_7 % 8);
            const long t42_q = o_7 / 8;
            const int t42_2 = (int)(t42_q % 2);
            const long t42_q_2 = t42_q / 2;
            const int t42_1 = (int)(t42_q_2 % d_T);
            const int t42_0 = (int)(t42_q_2 / d_T);
            const int t43_2 = (int)(o_7 % 16);
            const float v1_14 = accr.s6 + x2[(long)t43_2];
            y5[(((long)t42_0 * 2 + t42_2) * 8 + t42_3) * d_T + t42_1] = v1_14;
          }
          if (1) {
            const long o_8 = om * 16 + 7L;
            const int t44_3 = (int)(o_8 % 8);
            const long t44_q = o_8 / 8;
            const int t44_2 = (int)(t44_q % 2);
            const long t44_q_2 = t44_q / 2;
            const int t44_1 = (int)(t44_q_2 % d_T);
            const int t44_0 = (int)(t44_q_2 / d_T);
            const int t45_2 = (int)(o_8 % 16);
            const float v1_15 = accr.s7 + x2[(long)t45_2];
            y0[(((long)t44_0 * 2 + t44_2) * d_T + t44_1) * 8 + t44_3] = v1_15;
            const int t46_3 = (int)(o_8 % 8);
            const long t46_q = o_8 / 8;
            const int t46_2 = (int)(t46_q % 2);
            const long t46_q_2 = t46_q / 2;
            const int t46_1 = (int)(t46_q_2 % d_T);
            const int t46_0 = (int)(t46_q_2 / d_T);
            const int t47_2 = (int)(o_8 % 16);
            const float v1_16 = accr.s7 + x2[(long)t47_2];
            y5[(((long)t46_0 * 2 + t46_2) * 8 + t46_3) * d_T + t46_1] = v1_16;
          }
          if (1) {
            const long o_9 = om * 16 + 8L;
            const int t48_3 = (int)(o_9 % 8);
            const long t48_q = o_9 / 8;
            const int t48_2 = (int)(t48_q % 2);
            const long t48_q_2 = t48_q / 2;
            const int t48_1 = (int)(t48_q_2 % d_T);
            const int t48_0 = (int)(t48_q_2 / d_T);
            const int t49_2 = (int)(o_9 % 16);
            const float v1_17 = accr.s8 + x2[(long)t49_2];
            y0[(((long)t48_0 * 2 + t48_2) * d_T + t48_1) * 8 + t48_3] = v1_17;
            const int t50_3 = (int)(o_9 % 8);
            const long t50_q = o_9 / 8;
            const int t50_2 = (int)(t50_q % 2);
            const long t50_q_2 = t50_q / 2;
            const int t50_1 = (int)(t50_q_2 % d_T);
            const int t50_0 = (int)(t50_q_2 / d_T);
            const int t51_2 = (int)(o_9 % 16);
            const float v1_18 = accr.s8 + x2[(long)t51_2];
            y5[(((long)t50_0 * 2 + t50_2) * 8 + t50_3) * d_T + t50_1] = v1_18;
          }
          if (1) {
            const long o_10 = om * 16 + 9L;
            const int t52_3 = (int)(o_10 % 8);
            const long t52_q = o_10 / 8;
            const int t52_2 = (int)(t52_q % 2);
            const long t52_q_2 = t52_q / 2;
            const int t52_1 = (int)(t52_q_2 % d_T);
            const int t52_0 = (int)(t52_q_2 / d_T);
            const int t53_2 = (int)(o_10 % 16);
            const float v1_19 = accr.s9 + x2[(long)t53_2];
            y0[(((long)t52_0 * 2 + t52_2) * d_T + t52_1) * 8 + t52_3] = v1_19;
            const int t54_3 = (int)(o_10 % 8);
            const long t54_q = o_10 / 8;
            const int t54_2 = (int)(t54_q % 2);
            const long t54_q_2 = t54_q / 2;
            const int t54_1 = (int)(t54_q_2 % d_T);
            const int t54_0 = (int)(t54_q_2 / d_T);
            const int t55_2 = (int)(o_10 % 16);
            const float v1_20 = accr.s9 + x2[(long)t55_2];
            y5[(((long)t54_0 * 2 + t54_2) * 8 + t54_3) * d_T + t54_1] = v1_20;
          }
          if (1) {
            const long o_11 = om * 16 + 10L;
            const int t56_3 = (int)(o_11 % 8);
            const long t56_q = o_11 / 8;
            const int t56_2 = (int)(t56_q % 2);
            const long t56_q_2 = t56_q / 2;
            const int t56_1 = (int)(t56_q_2 % d_T);
            const int t56_0 = (int)(t56_q_2 / d_T);
            const int t57_2 = (int)(o_11 % 16);
            const float v1_21 = accr.sa + x2[(long)t57_2];
            y0[(((long)t56_0 * 2 + t56_2) * d_T + t56_1) * 8 + t56_3] = v1_21;
            const int t58_3 = (int)(o_11 % 8);
            const long t58_q = o_11 / 8;
            const int t58_2 = (int)(t58_q % 2);
            const long t58_q_2 = t58_q / 2;
            const int t58_1 = (int)(t58_q_2 % d_T);
            const int t58_0 = (int)(t58_q_2 / d_T);
            const int t59_2 = (int)(o_11 % 16);
            const float v1_22 = accr.sa + x2[(long)t59_2];
            y5[(((long)t58_0 * 2 + t58_2) * 8 + t58_3) * d_T + t58_1] = v1_22;
          }
          if (1) {
            const long o_12 = om * 16 + 11L;
            const int t60_3 = (int)(o_12 % 8);
            const long t60_q = o_12 / 8;
            const int t60_2 = (int)(t60_q % 2);
            const long t60_q_2 = t60_q / 2;
            const int t60_1 = (int)(t60_q_2 % d_T);
            const int t60_0 = (int)(t60_q_2 / d_T);
            const int t61_2 = (int)(o_12 % 16);
            const float v1_23 = accr.sb + x2[(long)t61_2];
            y0[(((long)t60_0 * 2 + t60_2) * d_T + t60_1) * 8 + t60_3] = v1_23;
            const int t62_3 = (int)(o_12 % 8);
            const long t62_q = o_12 / 8;
            const int t62_2 = (int)(t62_q % 2);
            const long t62_q_2 = t62_q / 2;
            const int t62_1 = (int)(t62_q_2 % d_T);
            const int t62_0 = (int)(t62_q_2 / d_T);
            const int t63_2 = (int)(o_12 % 16);
            const float v1_24 = accr.sb + x2[(long)t63_2];
            y5[(((long)t62_0 * 2 + t62_2) * 8 + t62_3) * d_T + t62_1] = v1_24;
          }
          if (1) {
            const long o_13 = om * 16 + 12L;
            const int t64_3 = (int)(o_13 % 8);
            const long t64_q = o_13 / 8;
            const int t64_2 = (int)(t64_q % 2);
            const long t64_q_2 = t64_q / 2;
            const int t64_1 = (int)(t64_q_2 % d_T);
            const int t64_0 = (int)(t64_q_2 / d_T);
            const int t65_2 = (int)(o_13 % 16);
            const float v1_25 = accr.sc + x2[(long)t65_2];
            y0[(((long)t64_0 * 2 + t64_2) * d_T + t64_1) * 8 + t64_3] = v1_25;
            const int t66_3 = (int)(o_13 % 8);
            const long t66_q = o_13 / 8;
            const int t66_2 = (int)(t66_q % 2);
            const long t66_q_2 = t66_q / 2;
            const int t66_1 = (int)(t66_q_2 % d_T);
            const int t66_0 = (int)(t66_q_2 / d_T);
            const int t67_2 = (int)(o_13 % 16);
            const float v1_26 = accr.sc + x2[(long)t67_2];
            y5[(((long)t66_0 * 2 + t66_2) * 8 + t66_3) * d_T + t66_1] = v1_26;
          }
          if (1) {
            const long o_14 = om * 16 + 13L;
            const int t68_3 = (int)(o_14 % 8);
            const long t68_q = o_14 / 8;
            const int t68_2 = (int)(t68_q % 2);
            const long t68_q_2 = t68_q / 2;
            const int t68_1 = (int)(t68_q_2 % d_T);
            const int t68_0 = (int)(t68_q_2 / d_T);
            const int t69_2 = (int)(o_14 % 16);
            const float v1_27 = accr.sd + x2[(long)t69_2];
            y0[(((long)t68_0 * 2 + t68_2) * d_T + t68_1) * 8 + t68_3] = v1_27;
            const int t70_3 = (int)(o_14 % 8);
            const long t70_q = o_14 / 8;
            const int t70_2 = (int)(t70_q % 2);
            const long t70_q_2 = t70_q / 2;
            const int t70_1 = (int)(t70_q_2 % d_T);
            const int t70_0 = (int)(t70_q_2 / d_T);
            const int t71_2 = (int)(o_14 % 16);
            const float v1_28 = accr.sd + x2[(long)t71_2];
            y5[(((long)t70_0 * 2 + t70_2) * 8 + t70_3) * d_T + t70_1] = v1_28;
          }
          if (1) {
            const long o_15 = om * 16 + 14L;
            const int t72_3 = (int)(o_15 % 8);
            const long t72_q = o_15 / 8;
            const int t72_2 = (int)(t72_q % 2);
            const long t72_q_2 = t72_q / 2;
            const int t72_1 = (int)(t72_q_2 % d_T);
            const int t72_0 = (int)(t72_q_2 / d_T);
            const int t73_2 = (int)(o_15 % 16);
            const float v1_29 = accr.se + x2[(long)t73_2];
            y0[(((long)t72_0 * 2 + t72_2) * d_T + t72_1) * 8 + t72_3] = v1_29;
            const int t74_3 = (int)(o_15 % 8);
            const long t74_q = o_15 / 8;
            const int t74_2 = (int)(t74_q % 2);
            const long t74_q_2 = t74_q / 2;
            const int t74_1 = (int)(t74_q_2 % d_T);
            const int t74_0 = (int)(t74_q_2 / d_T);
            const int t75_2 = (int)(o_15 % 16);
            const float v1_30 = accr.se + x2[(long)t75_2];
            y5[(((long)t74_0 * 2 + t74_2) * 8 + t74_3) * d_T + t74_1] = v1_30;
          }
          if (1) {
            const long o_16 = om * 16 + 15L;
            const int t76_3 = (int)(o_16 % 8);
            const long t76_q = o_16 / 8;
            const int t76_2 = (int)(t76_q % 2);
            const long t76_q_2 = t76_q / 2;
            const int t76_1 = (int)(t76_q_2 % d_T);
            const int t76_0 = (int)(t76_q_2 / d_T);
            const int t77_2 = (int)(o_16 % 16);
            const float v1_31 = accr.sf + x2[(long)t77_2];
            y0[(((long)t76_0 * 2 + t76_2) * d_T + t76_1) * 8 + t76_3] = v1_31;
            const int t78_3 = (int)(o_16 % 8);
            const long t78_q = o_16 / 8;
            const int t78_2 = (int)(t78_q % 2);
            const long t78_q_2 = t78_q / 2;
            const int t78_1 = (int)(t78_q_2 % d_T);
            const int t78_0 = (int)(t78_q_2 / d_T);
            const int t79_2 = (int)(o_16 % 16);
            const float v1_32 = accr.sf + x2[(long)t79_2];
            y5[(((long)t78_0 * 2 + t78_2) * 8 + t78_3) * d_T + t78_1] = v1_32;
          }
        }
      }
    } else {
      /* sibling 1 */
      if (tile < tiles + tiles_2) {
        const long tl = tile - tiles;
        const long M_2 = (long)d_B * d_T;
        const long tiles_m_2 = (M_2 + 7) / 8;
        const long rest_2 = tl % tiles_m_2;
        const long mt_2 = rest_2 * 8;
        const long m0_2 = M_2 >= 8 && mt_2 > M_2 - 8 ? M_2 - 8 : mt_2;
        float16 acc0_2 = (float16)0.0f;
        float16 acc1_2 = (float16)0.0f;
        float16 acc2_2 = (float16)0.0f;
        float16 acc3_2 = (float16)0.0f;
        float16 acc4_2 = (float16)0.0f;
        float16 acc5_2 = (float16)0.0f;
        float16 acc6_2 = (float16)0.0f;
        float16 acc7_2 = (float16)0.0f;
        const int full_2 = m0_2 + 8 <= M_2;
        if (full_2) {
          /* full tile: B read as row segments */
          for (long k_3 = 0L; k_3 < 16L; k_3++) {
            const float16 bv_3 = vload16(0, x3 + k_3 * 16);
            const long t80_q = m0_2 * 16L + k_3;
            const int t80_2 = (int)(t80_q % 16L);
            const long t80_q_2 = t80_q / 16L;
            const int t80_1 = (int)(t80_q_2 % (long)d_T);
            const int t80_0 = (int)(t80_q_2 / (long)d_T);
            const float v0_17 = x0[((long)t80_0 * d_T + t80_1) * 16 + t80_2];
            acc0_2 = fma((float16)v0_17, bv_3, acc0_2);
            const long t81_q = (m0_2 + 1) * 16L + k_3;
            const int t81_2 = (int)(t81_q % 16L);
            const long t81_q_2 = t81_q / 16L;
            const int t81_1 = (int)(t81_q_2 % (long)d_T);
            const int t81_0 = (int)(t81_q_2 / (long)d_T);
            const float v0_18 = x0[((long)t81_0 * d_T + t81_1) * 16 + t81_2];
            acc1_2 = fma((float16)v0_18, bv_3, acc1_2);
            const long t82_q = (m0_2 + 2) * 16L + k_3;
            const int t82_2 = (int)(t82_q % 16L);
            const long t82_q_2 = t82_q / 16L;
            const int t82_1 = (int)(t82_q_2 % (long)d_T);
            const int t82_0 = (int)(t82_q_2 / (long)d_T);
            const float v0_19 = x0[((long)t82_0 * d_T + t82_1) * 16 + t82_2];
            acc2_2 = fma((float16)v0_19, bv_3, acc2_2);
            const long t83_q = (m0_2 + 3) * 16L + k_3;
            const int t83_2 = (int)(t83_q % 16L);
            const long t83_q_2 = t83_q / 16L;
            const int t83_1 = (int)(t83_q_2 % (long)d_T);
            const int t83_0 = (int)(t83_q_2 / (long)d_T);
            const float v0_20 = x0[((long)t83_0 * d_T + t83_1) * 16 + t83_2];
            acc3_2 = fma((float16)v0_20, bv_3, acc3_2);
            const long t84_q = (m0_2 + 4) * 16L + k_3;
            const int t84_2 = (int)(t84_q % 16L);
            const long t84_q_2 = t84_q / 16L;
            const int t84_1 = (int)(t84_q_2 % (long)d_T);
            const int t84_0 = (int)(t84_q_2 / (long)d_T);
            const float v0_21 = x0[((long)t84_0 * d_T + t84_1) * 16 + t84_2];
            acc4_2 = fma((float16)v0_21, bv_3, acc4_2);
            const long t85_q = (m0_2 + 5) * 16L + k_3;
            const int t85_2 = (int)(t85_q % 16L);
            const long t85_q_2 = t85_q / 16L;
            const int t85_1 = (int)(t85_q_2 % (long)d_T);
            const int t85_0 = (int)(t85_q_2 / (long)d_T);
            const float v0_22 = x0[((long)t85_0 * d_T + t85_1) * 16 + t85_2];
            acc5_2 = fma((float16)v0_22, bv_3, acc5_2);
            const long t86_q = (m0_2 + 6) * 16L + k_3;
            const int t86_2 = (int)(t86_q % 16L);
            const long t86_q_2 = t86_q / 16L;
            const int t86_1 = (int)(t86_q_2 % (long)d_T);
            const int t86_0 = (int)(t86_q_2 / (long)d_T);
            const float v0_23 = x0[((long)t86_0 * d_T + t86_1) * 16 + t86_2];
            acc6_2 = fma((float16)v0_23, bv_3, acc6_2);
            const long t87_q = (m0_2 + 7) * 16L + k_3;
            const int t87_2 = (int)(t87_q % 16L);
            const long t87_q_2 = t87_q / 16L;
            const int t87_1 = (int)(t87_q_2 % (long)d_T);
            const int t87_0 = (int)(t87_q_2 / (long)d_T);
            const float v0_24 = x0[((long)t87_0 * d_T + t87_1) * 16 + t87_2];
            acc7_2 = fma((float16)v0_24, bv_3, acc7_2);
          }
        } else {
          const long mlast_2 = M_2 - 1;
          const long ar1_2 = m0_2 + 1 < M_2 ? m0_2 + 1 : mlast_2;
          const long ar2_2 = m0_2 + 2 < M_2 ? m0_2 + 2 : mlast_2;
          const long ar3_2 = m0_2 + 3 < M_2 ? m0_2 + 3 : mlast_2;
          const long ar4_2 = m0_2 + 4 < M_2 ? m0_2 + 4 : mlast_2;
          const long ar5_2 = m0_2 + 5 < M_2 ? m0_2 + 5 : mlast_2;
          const long ar6_2 = m0_2 + 6 < M_2 ? m0_2 + 6 : mlast_2;
          const long ar7_2 = m0_2 + 7 < M_2 ? m0_2 + 7 : mlast_2;
          for (long k_4 = 0L; k_4 < 16L; k_4++) {
            const float16 bv_4 = (float16)(x3[k_4 * 16], x3[k_4 * 16 + 1L], x3[k_4 * 16 + 2L], x3[k_4 * 16 + 3L], x3[k_4 * 16 + 4L], x3[k_4 * 16 + 5L], x3[k_4 * 16 + 6L], x3[k_4 * 16 + 7L], x3[k_4 * 16 + 8L], x3[k_4 * 16 + 9L], x3[k_4 * 16 + 10L], x3[k_4 * 16 + 11L], x3[k_4 * 16 + 12L], x3[k_4 * 16 + 13L], x3[k_4 * 16 + 14L], x3[k_4 * 16 + 15L]);
            const long t88_q = m0_2 * 16L + k_4;
            const int t88_2 = (int)(t88_q % 16L);
            const long t88_q_2 = t88_q / 16L;
            const int t88_1 = (int)(t88_q_2 % (long)d_T);
            const int t88_0 = (int)(t88_q_2 / (long)d_T);
            const float v0_25 = x0[((long)t88_0 * d_T + t88_1) * 16 + t88_2];
            acc0_2 = fma((float16)v0_25, bv_4, acc0_2);
            const long t89_q = ar1_2 * 16L + k_4;
            const int t89_2 = (int)(t89_q % 16L);
            const long t89_q_2 = t89_q / 16L;
            const int t89_1 = (int)(t89_q_2 % (long)d_T);
            const int t89_0 = (int)(t89_q_2 / (long)d_T);
            const float v0_26 = x0[((long)t89_0 * d_T + t89_1) * 16 + t89_2];
            acc1_2 = fma((float16)v0_26, bv_4, acc1_2);
            const long t90_q = ar2_2 * 16L + k_4;
            const int t90_2 = (int)(t90_q % 16L);
            const long t90_q_2 = t90_q / 16L;
            const int t90_1 = (int)(t90_q_2 % (long)d_T);
            const int t90_0 = (int)(t90_q_2 / (long)d_T);
            const float v0_27 = x0[((long)t90_0 * d_T + t90_1) * 16 + t90_2];
            acc2_2 = fma((float16)v0_27, bv_4, acc2_2);
            const long t91_q = ar3_2 * 16L + k_4;
            const int t91_2 = (int)(t91_q % 16L);
            const long t91_q_2 = t91_q / 16L;
            const int t91_1 = (int)(t91_q_2 % (long)d_T);
            const int t91_0 = (int)(t91_q_2 / (long)d_T);
            const float v0_28 = x0[((long)t91_0 * d_T + t91_1) * 16 + t91_2];
            acc3_2 = fma((float16)v0_28, bv_4, acc3_2);
            const long t92_q = ar4_2 * 16L + k_4;
            const int t92_2 = (int)(t92_q % 16L);
            const long t92_q_2 = t92_q / 16L;
            const int t92_1 = (int)(t92_q_2 % (long)d_T);
            const int t92_0 = (int)(t92_q_2 / (long)d_T);
            const float v0_29 = x0[((long)t92_0 * d_T + t92_1) * 16 + t92_2];
            acc4_2 = fma((float16)v0_29, bv_4, acc4_2);
            const long t93_q = ar5_2 * 16L + k_4;
            const int t93_2 = (int)(t93_q % 16L);
            const long t93_q_2 = t93_q / 16L;
            const int t93_1 = (int)(t93_q_2 % (long)d_T);
            const int t93_0 = (int)(t93_q_2 / (long)d_T);
            const float v0_30 = x0[((long)t93_0 * d_T + t93_1) * 16 + t93_2];
            acc5_2 = fma((float16)v0_30, bv_4, acc5_2);
            const long t94_q = ar6_2 * 16L + k_4;
            const int t94_2 = (int)(t94_q % 16L);
            const long t94_q_2 = t94_q / 16L;
            const int t94_1 = (int)(t94_q_2 % (long)d_T);
            const int t94_0 = (int)(t94_q_2 / (long)d_T);
            const float v0_31 = x0[((long)t94_0 * d_T + t94_1) * 16 + t94_2];
            acc6_2 = fma((float16)v0_31, bv_4, acc6_2);
            const long t95_q = ar7_2 * 16L + k_4;
            const int t95_2 = (int)(t95_q % 16L);
            const long t95_q_2 = t95_q / 16L;
            const int t95_1 = (int)(t95_q_2 % (long)d_T);
            const int t95_0 = (int)(t95_q_2 / (long)d_T);
            const float v0_32 = x0[((long)t95_0 * d_T + t95_1) * 16 + t95_2];
            acc7_2 = fma((float16)v0_32, bv_4, acc7_2);
          }
        }
        for (int row_2 = 0; row_2 < 8; row_2++) {
          const float16 accr_2 = row_2 == 0 ? acc0_2 : row_2 == 1 ? acc1_2 : row_2 == 2 ? acc2_2 : row_2 == 3 ? acc3_2 : row_2 == 4 ? acc4_2 : row_2 == 5 ? acc5_2 : row_2 == 6 ? acc6_2 : acc7_2;
          const long om_2 = m0_2 + row_2;
          if (om_2 < M_2) {
            if (1) {
              const long o_17 = om_2 * 16;
              const int t96_3 = (int)(o_17 % 8);
              const long t96_q = o_17 / 8;
              const int t96_2 = (int)(t96_q % 2);
              const long t96_q_2 = t96_q / 2;
              const int t96_1 = (int)(t96_q_2 % d_T);
              const int t96_0 = (int)(t96_q_2 / d_T);
              const int t97_2 = (int)(o_17 % 16);
              const float v2 = accr_2.s0 + x4[(long)t97_2];
              y1[(((long)t96_0 * 2 + t96_2) * d_T + t96_1) * 8 + t96_3] = v2;
              const int t98_3 = (int)(o_17 % 8);
              const long t98_q = o_17 / 8;
              const int t98_2 = (int)(t98_q % 2);
              const long t98_q_2 = t98_q / 2;
              const int t98_1 = (int)(t98_q_2 % d_T);
              const int t98_0 = (int)(t98_q_2 / d_T);
              const int t99_2 = (int)(o_17 % 16);
              const float v2_2 = accr_2.s0 + x4[(long)t99_2];
              y3[(((long)t98_0 * 2 + t98_2) * 8 + t98_3) * d_T + t98_1] = v2_2;
            }
            if (1) {
              const long o_18 = om_2 * 16 + 1L;
              const int t100_3 = (int)(o_18 % 8);
              const long t100_q = o_18 / 8;
              const int t100_2 = (int)(t100_q % 2);
              const long t100_q_2 = t100_q / 2;
              const int t100_1 = (int)(t100_q_2 % d_T);
              const int t100_0 = (int)(t100_q_2 / d_T);
              const int t101_2 = (int)(o_18 % 16);
              const float v2_3 = accr_2.s1 + x4[(long)t101_2];
              y1[(((long)t100_0 * 2 + t100_2) * d_T + t100_1) * 8 + t100_3] = v2_3;
              const int t102_3 = (int)(o_18 % 8);
              const long t102_q = o_18 / 8;
              const int t102_2 = (int)(t102_q % 2);
              const long t102_q_2 = t102_q / 2;
              const int t102_1 = (int)(t102_q_2 % d_T);
              const int t102_0 = (int)(t102_q_2 / d_T);
              const int t103_2 = (int)(o_18 % 16);
              const float v2_4 = accr_2.s1 + x4[(long)t103_2];
              y3[(((long)t102_0 * 2 + t102_2) * 8 + t102_3) * d_T + t102_1] = v2_4;
            }
            if (1) {
              const long o_19 = om_2 * 16 + 2L;
              const int t104_3 = (int)(o_19 % 8);
              const long t104_q = o_19 / 8;
              const int t104_2 = (int)(t104_q % 2);
              const long t104_q_2 = t104_q / 2;
              const int t104_1 = (int)(t104_q_2 % d_T);
              const int t104_0 = (int)(t104_q_2 / d_T);
              const int t105_2 = (int)(o_19 % 16);
              const float v2_5 = accr_2.s2 + x4[(long)t105_2];
              y1[(((long)t104_0 * 2 + t104_2) * d_T + t104_1) * 8 + t104_3] = v2_5;
              const int t106_3 = (int)(o_19 % 8);
              const long t106_q = o_19 / 8;
              const int t106_2 = (int)(t106_q % 2);
              const long t106_q_2 = t106_q / 2;
              const int t106_1 = (int)(t106_q_2 % d_T);
              const int t106_0 = (int)(t106_q_2 / d_T);
              const int t107_2 = (int)(o_19 % 16);
              const float v2_6 = accr_2.s2 + x4[(long)t107_2];
              y3[(((long)t106_0 * 2 + t106_2) * 8 + t106_3) * d_T + t106_1] = v2_6;
            }
            if (1) {
              const long o_20 = om_2 * 16 + 3L;
              const int t108_3 = (int)(o_20 % 8);
              const long t108_q = o_20 / 8;
              const int t108_2 = (int)(t108_q % 2);
              const long t108_q_2 = t108_q / 2;
              const int t108_1 = (int)(t108_q_2 % d_T);
              const int t108_0 = (int)(t108_q_2 / d_T);
              const int t109_2 = (int)(o_20 % 16);
              const float v2_7 = accr_2.s3 + x4[(long)t109_2];
              y1[(((long)t108_0 * 2 + t108_2) * d_T + t108_1) * 8 + t108_3] = v2_7;
              const int t110_3 = (int)(o_20 % 8);
              const long t110_q = o_20 / 8;
              const int t110_2 = (int)(t110_q % 2);
              const long t110_q_2 = t110_q / 2;
              const int t110_1 = (int)(t110_q_2 % d_T);
              const int t110_0 = (int)(t110_q_2 / d_T);
              const int t111_2 = (int)(o_20 % 16);
              const float v2_8 = accr_2.s3 + x4[(long)t111_2];
              y3[(((long)t110_0 * 2 + t110_2) * 8 + t110_3) * d_T + t110_1] = v2_8;
            }
            if (1) {
              const long o_21 = om_2 * 16 + 4L;
              const int t112_3 = (int)(o_21 % 8);
              const long t112_q = o_21 / 8;
              const int t112_2 = (int)(t112_q % 2);
              const long t112_q_2 = t112_q / 2;
              const int t112_1 = (int)(t112_q_2 % d_T);
              const int t112_0 = (int)(t112_q_2 / d_T);
              const int t113_2 = (int)(o_21 % 16);
              const float v2_9 = accr_2.s4 + x4[(long)t113_2];
              y1[(((long)t112_0 * 2 + t112_2) * d_T + t112_1) * 8 + t112_3] = v2_9;
              const int t114_3 = (int)(o_21 % 8);
              const long t114_q = o_21 / 8;
              const int t114_2 = (int)(t114_q % 2);
              const long t114_q_2 = t114_q / 2;
              const int t114_1 = (int)(t114_q_2 % d_T);
              const int t114_0 = (int)(t114_q_2 / d_T);
              const int t115_2 = (int)(o_21 % 16);
              const float v2_10 = accr_2.s4 + x4[(long)t115_2];
              y3[(((long)t114_0 * 2 + t114_2) * 8 + t114_3) * d_T + t114_1] = v2_10;
            }
            if (1) {
              const long o_22 = om_2 * 16 + 5L;
              const int t116_3 = (int)(o_22 % 8);
              const long t116_q = o_22 / 8;
              const int t116_2 = (int)(t116_q % 2);
              const long t116_q_2 = t116_q / 2;
              const int t116_1 = (int)(t116_q_2 % d_T);
              const int t116_0 = (int)(t116_q_2 / d_T);
              const int t117_2 = (int)(o_22 % 16);
              const float v2_11 = accr_2.s5 + x4[(long)t117_2];
              y1[(((long)t116_0 * 2 + t116_2) * d_T + t116_1) * 8 + t116_3] = v2_11;
              const int t118_3 = (int)(o_22 % 8);
              const long t118_q = o_22 / 8;
              const int t118_2 = (int)(t118_q % 2);
              const long t118_q_2 = t118_q / 2;
              const int t118_1 = (int)(t118_q_2 % d_T);
              const int t118_0 = (int)(t118_q_2 / d_T);
              const int t119_2 = (int)(o_22 % 16);
              const float v2_12 = accr_2.s5 + x4[(long)t119_2];
              y3[(((long)t118_0 * 2 + t118_2) * 8 + t118_3) * d_T + t118_1] = v2_12;
            }
            if (1) {
              const long o_23 = om_2 * 16 + 6L;
              const int t120_3 = (int)(o_23 % 8);
              const long t120_q = o_23 / 8;
              const int t120_2 = (int)(t120_q % 2);
              const long t120_q_2 = t120_q / 2;
              const int t120_1 = (int)(t120_q_2 % d_T);
              const int t120_0 = (int)(t120_q_2 / d_T);
              const int t121_2 = (int)(o_23 % 16);
              const float v2_13 = accr_2.s6 + x4[(long)t121_2];
              y1[(((long)t120_0 * 2 + t120_2) * d_T + t120_1) * 8 + t120_3] = v2_13;
              const int t122_3 = (int)(o_23 % 8);
              const long t122_q = o_23 / 8;
              const int t122_2 = (int)(t122_q % 2);
              const long t122_q_2 = t122_q / 2;
              const int t122_1 = (int)(t122_q_2 % d_T);
              const int t122_0 = (int)(t122_q_2 / d_T);
              const int t123_2 = (int)(o_23 % 16);
              const float v2_14 = accr_2.s6 + x4[(long)t123_2];
              y3[(((long)t122_0 * 2 + t122_2) * 8 + t122_3) * d_T + t122_1] = v2_14;
            }
            if (1) {
              const long o_24 = om_2 * 16 + 7L;
              const int t124_3 = (int)(o_24 % 8);
              const long t124_q = o_24 / 8;
              const int t124_2 = (int)(t124_q % 2);
              const long t124_q_2 = t124_q / 2;
              const int t124_1 = (int)(t124_q_2 % d_T);
              const int t124_0 = (int)(t124_q_2 / d_T);
              const int t125_2 = (int)(o_24 % 16);
              const float v2_15 = accr_2.s7 + x4[(long)t125_2];
              y1[(((long)t124_0 * 2 + t124_2) * d_T + t124_1) * 8 + t124_3] = v2_15;
              const int t126_3 = (int)(o_24 % 8);
              const long t126_q = o_24 / 8;
              const int t126_2 = (int)(t126_q % 2);
              const long t126_q_2 = t126_q / 2;
              const int t126_1 = (int)(t126_q_2 % d_T);
              const int t126_0 = (int)(t126_q_2 / d_T);
              const int t127_2 = (int)(o_24 % 16);
              const float v2_16 = accr_2.s7 + x4[(long)t127_2];
              y3[(((long)t126_0 * 2 + t126_2) * 8 + t126_3) * d_T + t126_1] = v2_16;
            }
            if (1) {
              const long o_25 = om_2 * 16 + 8L;
              const int t128_3 = (int)(o_25 % 8);
              const long t128_q = o_25 / 8;
              const int t128_2 = (int)(t128_q % 2);
              const long t128_q_2 = t128_q / 2;
              const int t128_1 = (int)(t128_q_2 % d_T);
              const int t128_0 = (int)(t128_q_2 / d_T);
              const int t129_2 = (int)(o_25 % 16);
              const float v2_17 = accr_2.s8 + x4[(long)t129_2];
              y1[(((long)t128_0 * 2 + t128_2) * d_T + t128_1) * 8 + t128_3] = v2_17;
              const int t130_3 = (int)(o_25 % 8);
              const long t130_q = o_25 / 8;
              const int t130_2 = (int)(t130_q % 2);
              const long t130_q_2 = t130_q / 2;
              const int t130_1 = (int)(t130_q_2 % d_T);
              const int t130_0 = (int)(t130_q_2 / d_T);
              const int t131_2 = (int)(o_25 % 16);
              const float v2_18 = accr_2.s8 + x4[(long)t131_2];
              y3[(((long)t130_0 * 2 + t130_2) * 8 + t130_3) * d_T + t130_1] = v2_18;
            }
            if (1) {
              const long o_26 = om_2 * 16 + 9L;
              const int t132_3 = (int)(o_26 % 8);
              const long t132_q = o_26 / 8;
              const int t132_2 = (int)(t132_q % 2);
              const long t132_q_2 = t132_q / 2;
              const int t132_1 = (int)(t132_q_2 % d_T);
              const int t132_0 = (int)(t132_q_2 / d_T);
              const int t133_2 = (int)(o_26 % 16);
              const float v2_19 = accr_2.s9 + x4[(long)t133_2];
              y1[(((long)t132_0 * 2 + t132_2) * d_T + t132_1) * 8 + t132_3] = v2_19;
              const int t134_3 = (int)(o_26 % 8);
              const long t134_q = o_26 / 8;
              const int t134_2 = (int)(t134_q % 2);
              const long t134_q_2 = t134_q / 2;
              const int t134_1 = (int)(t134_q_2 % d_T);
              const int t134_0 = (int)(t134_q_2 / d_T);
              const int t135_2 = (int)(o_26 % 16);
              const float v2_20 = accr_2.s9 + x4[(long)t135_2];
              y3[(((long)t134_0 * 2 + t134_2) * 8 + t134_3) * d_T + t134_1] = v2_20;
            }
            if (1) {
              const long o_27 = om_2 * 16 + 10L;
              const int t136_3 = (int)(o_27 % 8);
              const long t136_q = o_27 / 8;
              const int t136_2 = (int)(t136_q % 2);
              const long t136_q_2 = t136_q / 2;
              const int t136_1 = (int)(t136_q_2 % d_T);
              const int t136_0 = (int)(t136_q_2 / d_T);
              const int t137_2 = (int)(o_27 % 16);
              const float v2_21 = accr_2.sa + x4[(long)t137_2];
              y1[(((long)t136_0 * 2 + t136_2) * d_T + t136_1) * 8 + t136_3] = v2_21;
              const int t138_3 = (int)(o_27 % 8);
              const long t138_q = o_27 / 8;
              const int t138_2 = (int)(t138_q % 2);
              const long t138_q_2 = t138_q / 2;
              const int t138_1 = (int)(t138_q_2 % d_T);
              const int t138_0 = (int)(t138_q_2 / d_T);
              const int t139_2 = (int)(o_27 % 16);
              const float v2_22 = accr_2.sa + x4[(long)t139_2];
              y3[(((long)t138_0 * 2 + t138_2) * 8 + t138_3) * d_T + t138_1] = v2_22;
            }
            if (1) {
              const long o_28 = om_2 * 16 + 11L;
              const int t140_3 = (int)(o_28 % 8);
              const long t140_q = o_28 / 8;
              const int t140_2 = (int)(t140_q % 2);
              const long t140_q_2 = t140_q / 2;
              const int t140_1 = (int)(t140_q_2 % d_T);
              const int t140_0 = (int)(t140_q_2 / d_T);
              const int t141_2 = (int)(o_28 % 16);
              const float v2_23 = accr_2.sb + x4[(long)t141_2];
              y1[(((long)t140_0 * 2 + t140_2) * d_T + t140_1) * 8 + t140_3] = v2_23;
              const int t142_3 = (int)(o_28 % 8);
              const long t142_q = o_28 / 8;
              const int t142_2 = (int)(t142_q % 2);
              const long t142_q_2 = t142_q / 2;
              const int t142_1 = (int)(t142_q_2 % d_T);
              const int t142_0 = (int)(t142_q_2 / d_T);
              const int t143_2 = (int)(o_28 % 16);
              const float v2_24 = accr_2.sb + x4[(long)t143_2];
              y3[(((long)t142_0 * 2 + t142_2) * 8 + t142_3) * d_T + t142_1] = v2_24;
            }
            if (1) {
              const long o_29 = om_2 * 16 + 12L;
              const int t144_3 = (int)(o_29 % 8);
              const long t144_q = o_29 / 8;
              const int t144_2 = (int)(t144_q % 2);
              const long t144_q_2 = t144_q / 2;
              const int t144_1 = (int)(t144_q_2 % d_T);
              const int t144_0 = (int)(t144_q_2 / d_T);
              const int t145_2 = (int)(o_29 % 16);
              const float v2_25 = accr_2.sc + x4[(long)t145_2];
              y1[(((long)t144_0 * 2 + t144_2) * d_T + t144_1) * 8 + t144_3] = v2_25;
              const int t146_3 = (int)(o_29 % 8);
              const long t146_q = o_29 / 8;
              const int t146_2 = (int)(t146_q % 2);
              const long t146_q_2 = t146_q / 2;
              const int t146_1 = (int)(t146_q_2 % d_T);
              const int t146_0 = (int)(t146_q_2 / d_T);
              const int t147_2 = (int)(o_29 % 16);
              const float v2_26 = accr_2.sc + x4[(long)t147_2];
              y3[(((long)t146_0 * 2 + t146_2) * 8 + t146_3) * d_T + t146_1] = v2_26;
            }
            if (1) {
              const long o_30 = om_2 * 16 + 13L;
              const int t148_3 = (int)(o_30 % 8);
              const long t148_q = o_30 / 8;
              const int t148_2 = (int)(t148_q % 2);
              const long t148_q_2 = t148_q / 2;
              const int t148_1 = (int)(t148_q_2 % d_T);
              const int t148_0 = (int)(t148_q_2 / d_T);
              const int t149_2 = (int)(o_30 % 16);
              const float v2_27 = accr_2.sd + x4[(long)t149_2];
              y1[(((long)t148_0 * 2 + t148_2) * d_T + t148_1) * 8 + t148_3] = v2_27;
              const int t150_3 = (int)(o_30 % 8);
              const long t150_q = o_30 / 8;
              const int t150_2 = (int)(t150_q % 2);
              const long t150_q_2 = t150_q / 2;
              const int t150_1 = (int)(t150_q_2 % d_T);
              const int t150_0 = (int)(t150_q_2 / d_T);
              const int t151_2 = (int)(o_30 % 16);
              const float v2_28 = accr_2.sd + x4[(long)t151_2];
              y3[(((long)t150_0 * 2 + t150_2) * 8 + t150_3) * d_T + t150_1] = v2_28;
            }
            if (1) {
              const long o_31 = om_2 * 16 + 14L;
              const int t152_3 = (int)(o_31 % 8);
              const long t152_q = o_31 / 8;
              const int t152_2 = (int)(t152_q % 2);
              const long t152_q_2 = t152_q / 2;
              const int t152_1 = (int)(t152_q_2 % d_T);
              const int t152_0 = (int)(t152_q_2 / d_T);
              const int t153_2 = (int)(o_31 % 16);
              const float v2_29 = accr_2.se + x4[(long)t153_2];
              y1[(((long)t152_0 * 2 + t152_2) * d_T + t152_1) * 8 + t152_3] = v2_29;
              const int t154_3 = (int)(o_31 % 8);
              const long t154_q = o_31 / 8;
              const int t154_2 = (int)(t154_q % 2);
              const long t154_q_2 = t154_q / 2;
              const int t154_1 = (int)(t154_q_2 % d_T);
              const int t154_0 = (int)(t154_q_2 / d_T);
              const int t155_2 = (int)(o_31 % 16);
              const float v2_30 = accr_2.se + x4[(long)t155_2];
              y3[(((long)t154_0 * 2 + t154_2) * 8 + t154_3) * d_T + t154_1] = v2_30;
            }
            if (1) {
              const long o_32 = om_2 * 16 + 15L;
              const int t156_3 = (int)(o_32 % 8);
              const long t156_q = o_32 / 8;
              const int t156_2 = (int)(t156_q % 2);
              const long t156_q_2 = t156_q / 2;
              const int t156_1 = (int)(t156_q_2 % d_T);
              const int t156_0 = (int)(t156_q_2 / d_T);
              const int t157_2 = (int)(o_32 % 16);
              const float v2_31 = accr_2.sf + x4[(long)t157_2];
              y1[(((long)t156_0 * 2 + t156_2) * d_T + t156_1) * 8 + t156_3] = v2_31;
              const int t158_3 = (int)(o_32 % 8);
              const long t158_q = o_32 / 8;
              const int t158_2 = (int)(t158_q % 2);
              const long t158_q_2 = t158_q / 2;
              const int t158_1 = (int)(t158_q_2 % d_T);
              const int t158_0 = (int)(t158_q_2 / d_T);
              const int t159_2 = (int)(o_32 % 16);
              const float v2_32 = accr_2.sf + x4[(long)t159_2];
              y3[(((long)t158_0 * 2 + t158_2) * 8 + t158_3) * d_T + t158_1] = v2_32;
            }
          }
        }
      } else {
        /* sibling 2 */
        const long tl_2 = tile - (tiles + tiles_2);
        const long M_3 = (long)d_B * d_T;
        const long tiles_m_3 = (M_3 + 7) / 8;
        const long rest_3 = tl_2 % tiles_m_3;
        const long mt_3 = rest_3 * 8;
        const long m0_3 = M_3 >= 8 && mt_3 > M_3 - 8 ? M_3 - 8 : mt_3;
        float16 acc0_3 = (float16)0.0f;
        float16 acc1_3 = (float16)0.0f;
        float16 acc2_3 = (float16)0.0f;
        float16 acc3_3 = (float16)0.0f;
        float16 acc4_3 = (float16)0.0f;
        float16 acc5_3 = (float16)0.0f;
        float16 acc6_3 = (float16)0.0f;
        float16 acc7_3 = (float16)0.0f;
        const int full_3 = m0_3 + 8 <= M_3;
        if (full_3) {
          /* full tile: B read as row segments */
          for (long k_5 = 0L; k_5 < 16L; k_5++) {
            const float16 bv_5 = vload16(0, x5 + k_5 * 16);
            const long t160_q = m0_3 * 16L + k_5;
            const int t160_2 = (int)(t160_q % 16L);
            const long t160_q_2 = t160_q / 16L;
            const int t160_1 = (int)(t160_q_2 % (long)d_T);
            const int t160_0 = (int)(t160_q_2 / (long)d_T);
            const float v0_33 = x0[((long)t160_0 * d_T + t160_1) * 16 + t160_2];
            acc0_3 = fma((float16)v0_33, bv_5, acc0_3);
            const long t161_q = (m0_3 + 1) * 16L + k_5;
            const int t161_2 = (int)(t161_q % 16L);
            const long t161_q_2 = t161_q / 16L;
            const int t161_1 = (int)(t161_q_2 % (long)d_T);
            const int t161_0 = (int)(t161_q_2 / (long)d_T);
            const float v0_34 = x0[((long)t161_0 * d_T + t161_1) * 16 + t161_2];
            acc1_3 = fma((float16)v0_34, bv_5, acc1_3);
            const long t162_q = (m0_3 + 2) * 16L + k_5;
            const int t162_2 = (int)(t162_q % 16L);
            const long t162_q_2 = t162_q / 16L;
            const int t162_1 = (int)(t162_q_2 % (long)d_T);
            const int t162_0 = (int)(t162_q_2 / (long)d_T);
            const float v0_35 = x0[((long)t162_0 * d_T + t162_1) * 16 + t162_2];
            acc2_3 = fma((float16)v0_35, bv_5, acc2_3);
            const long t163_q = (m0_3 + 3) * 16L + k_5;
            const int t163_2 = (int)(t163_q % 16L);
            const long t163_q_2 = t163_q / 16L;
            const int t163_1 = (int)(t163_q_2 % (long)d_T);
            const int t163_0 = (int)(t163_q_2 / (long)d_T);
            const float v0_36 = x0[((long)t163_0 * d_T + t163_1) * 16 + t163_2];
            acc3_3 = fma((float16)v0_36, bv_5, acc3_3);
            const long t164_q = (m0_3 + 4) * 16L + k_5;
            const int t164_2 = (int)(t164_q % 16L);
            const long t164_q_2 = t164_q / 16L;
            const int t164_1 = (int)(t164_q_2 % (long)d_T);
            const int t164_0 = (int)(t164_q_2 / (long)d_T);
            const float v0_37 = x0[((long)t164_0 * d_T + t164_1) * 16 + t164_2];
            acc4_3 = fma((float16)v0_37, bv_5, acc4_3);
            const long t165_q = (m0_3 + 5) * 16L + k_5;
            const int t165_2 = (int)(t165_q % 16L);
            const long t165_q_2 = t165_q / 16L;
            const int t165_1 = (int)(t165_q_2 % (long)d_T);
            const int t165_0 = (int)(t165_q_2 / (long)d_T);
            const float v0_38 = x0[((long)t165_0 * d_T + t165_1) * 16 + t165_2];
            acc5_3 = fma((float16)v0_38, bv_5, acc5_3);
            const long t166_q = (m0_3 + 6) * 16L + k_5;
            const int t166_2 = (int)(t166_q % 16L);
            const long t166_q_2 = t166_q / 16L;
            const int t166_1 = (int)(t166_q_2 % (long)d_T);
            const int t166_0 = (int)(t166_q_2 / (long)d_T);
            const float v0_39 = x0[((long)t166_0 * d_T + t166_1) * 16 + t166_2];
            acc6_3 = fma((float16)v0_39, bv_5, acc6_3);
            const long t167_q = (m0_3 + 7) * 16L + k_5;
            const int t167_2 = (int)(t167_q % 16L);
            const long t167_q_2 = t167_q / 16L;
            const int t167_1 = (int)(t167_q_2 % (long)d_T);
            const int t167_0 = (int)(t167_q_2 / (long)d_T);
            const float v0_40 = x0[((long)t167_0 * d_T + t167_1) * 16 + t167_2];
            acc7_3 = fma((float16)v0_40, bv_5, acc7_3);
          }
        } else {
          const long mlast_3 = M_3 - 1;
          const long ar1_3 = m0_3 + 1 < M_3 ? m0_3 + 1 : mlast_3;
          const long ar2_3 = m0_3 + 2 < M_3 ? m0_3 + 2 : mlast_3;
          const long ar3_3 = m0_3 + 3 < M_3 ? m0_3 + 3 : mlast_3;
          const long ar4_3 = m0_3 + 4 < M_3 ? m0_3 + 4 : mlast_3;
          const long ar5_3 = m0_3 + 5 < M_3 ? m0_3 + 5 : mlast_3;
          const long ar6_3 = m0_3 + 6 < M_3 ? m0_3 + 6 : mlast_3;
          const long ar7_3 = m0_3 + 7 < M_3 ? m0_3 + 7 : mlast_3;
          for (long k_6 = 0L; k_6 < 16L; k_6++) {
            const float16 bv_6 = (float16)(x5[k_6 * 16], x5[k_6 * 16 + 1L], x5[k_6 * 16 + 2L], x5[k_6 * 16 + 3L], x5[k_6 * 16 + 4L], x5[k_6 * 16 + 5L], x5[k_6 * 16 + 6L], x5[k_6 * 16 + 7L], x5[k_6 * 16 + 8L], x5[k_6 * 16 + 9L], x5[k_6 * 16 + 10L], x5[k_6 * 16 + 11L], x5[k_6 * 16 + 12L], x5[k_6 * 16 + 13L], x5[k_6 * 16 + 14L], x5[k_6 * 16 + 15L]);
            const long t168_q = m0_3 * 16L + k_6;
            const int t168_2 = (int)(t168_q % 16L);
            const long t168_q_2 = t168_q / 16L;
            const int t168_1 = (int)(t168_q_2 % (long)d_T);
            const int t168_0 = (int)(t168_q_2 / (long)d_T);
            const float v0_41 = x0[((long)t168_0 * d_T + t168_1) * 16 + t168_2];
            acc0_3 = fma((float16)v0_41, bv_6, acc0_3);
            const long t169_q = ar1_3 * 16L + k_6;
            const int t169_2 = (int)(t169_q % 16L);
            const long t169_q_2 = t169_q / 16L;
            const int t169_1 = (int)(t169_q_2 % (long)d_T);
            const int t169_0 = (int)(t169_q_2 / (long)d_T);
            const float v0_42 = x0[((long)t169_0 * d_T + t169_1) * 16 + t169_2];
            acc1_3 = fma((float16)v0_42, bv_6, acc1_3);
            const long t170_q = ar2_3 * 16L + k_6;
            const int t170_2 = (int)(t170_q % 16L);
            const long t170_q_2 = t170_q / 16L;
            const int t170_1 = (int)(t170_q_2 % (long)d_T);
            const int t170_0 = (int)(t170_q_2 / (long)d_T);
            const float v0_43 = x0[((long)t170_0 * d_T + t170_1) * 16 + t170_2];
            acc2_3 = fma((float16)v0_43, bv_6, acc2_3);
            const long t171_q = ar3_3 * 16L + k_6;
            const int t171_2 = (int)(t171_q % 16L);
            const long t171_q_2 = t171_q / 16L;
            const int t171_1 = (int)(t171_q_2 % (long)d_T);
            const int t171_0 = (int)(t171_q_2 / (long)d_T);
            const float v0_44 = x0[((long)t171_0 * d_T + t171_1) * 16 + t171_2];
            acc3_3 = fma((float16)v0_44, bv_6, acc3_3);
            const long t172_q = ar4_3 * 16L + k_6;
            const int t172_2 = (int)(t172_q % 16L);
            const long t172_q_2 = t172_q / 16L;
            const int t172_1 = (int)(t172_q_2 % (long)d_T);
            const int t172_0 = (int)(t172_q_2 / (long)d_T);
            const float v0_45 = x0[((long)t172_0 * d_T + t172_1) * 16 + t172_2];
            acc4_3 = fma((float16)v0_45, bv_6, acc4_3);
            const long t173_q = ar5_3 * 16L + k_6;
            const int t173_2 = (int)(t173_q % 16L);
            const long t173_q_2 = t173_q / 16L;
            const int t173_1 = (int)(t173_q_2 % (long)d_T);
            const int t173_0 = (int)(t173_q_2 / (long)d_T);
            const float v0_46 = x0[((long)t173_0 * d_T + t173_1) * 16 + t173_2];
            acc5_3 = fma((float16)v0_46, bv_6, acc5_3);
            const long t174_q = ar6_3 * 16L + k_6;
            const int t174_2 = (int)(t174_q % 16L);
            const long t174_q_2 = t174_q / 16L;
            const int t174_1 = (int)(t174_q_2 % (long)d_T);
            const int t174_0 = (int)(t174_q_2 / (long)d_T);
            const float v0_47 = x0[((long)t174_0 * d_T + t174_1) * 16 + t174_2];
            acc6_3 = fma((float16)v0_47, bv_6, acc6_3);
            const long t175_q = ar7_3 * 16L + k_6;
            const int t175_2 = (int)(t175_q % 16L);
            const long t175_q_2 = t175_q / 16L;
            const int t175_1 = (int)(t175_q_2 % (long)d_T);
            const int t175_0 = (int)(t175_q_2 / (long)d_T);
            const float v0_48 = x0[((long)t175_0 * d_T + t175_1) * 16 + t175_2];
            acc7_3 = fma((float16)v0_48, bv_6, acc7_3);
          }
        }
        for (int row_3 = 0; row_3 < 8; row_3++) {
          const float16 accr_3 = row_3 == 0 ? acc0_3 : row_3 == 1 ? acc1_3 : row_3 == 2 ? acc2_3 : row_3 == 3 ? acc3_3 : row_3 == 4 ? acc4_3 : row_3 == 5 ? acc5_3 : row_3 == 6 ? acc6_3 : acc7_3;
          const long om_3 = m0_3 + row_3;
          if (om_3 < M_3) {
            if (1) {
              const long o_33 = om_3 * 16;
              const int t176_3 = (int)(o_33 % 8);
              const long t176_q = o_33 / 8;
              const int t176_2 = (int)(t176_q % 2);
              const long t176_q_2 = t176_q / 2;
              const int t176_1 = (int)(t176_q_2 % d_T);
              const int t176_0 = (int)(t176_q_2 / d_T);
              const int t177_2 = (int)(o_33 % 16);
              const float v3 = accr_3.s0 + x6[(long)t177_2];
              y2[(((long)t176_0 * 2 + t176_2) * d_T + t176_1) * 8 + t176_3] = v3;
              const int t178_3 = (int)(o_33 % 8);
              const long t178_q = o_33 / 8;
              const int t178_2 = (int)(t178_q % 2);
              const long t178_q_2 = t178_q / 2;
              const int t178_1 = (int)(t178_q_2 % d_T);
              const int t178_0 = (int)(t178_q_2 / d_T);
              const int t179_2 = (int)(o_33 % 16);
              const float v3_2 = accr_3.s0 + x6[(long)t179_2];
              y4[(((long)t178_0 * 2 + t178_2) * 8 + t178_3) * d_T + t178_1] = v3_2;
            }
            if (1) {
              const long o_34 = om_3 * 16 + 1L;
              const int t180_3 = (int)(o_34 % 8);
              const long t180_q = o_34 / 8;
              const int t180_2 = (int)(t180_q % 2);
              const long t180_q_2 = t180_q / 2;
              const int t180_1 = (int)(t180_q_2 % d_T);
              const int t180_0 = (int)(t180_q_2 / d_T);
              const int t181_2 = (int)(o_34 % 16);
              const float v3_3 = accr_3.s1 + x6[(long)t181_2];
              y2[(((long)t180_0 * 2 + t180_2) * d_T + t180_1) * 8 + t180_3] = v3_3;
              const int t182_3 = (int)(o_34 % 8);
              const long t182_q = o_34 / 8;
              const int t182_2 = (int)(t182_q % 2);
              const long t182_q_2 = t182_q / 2;
              const int t182_1 = (int)(t182_q_2 % d_T);
              const int t182_0 = (int)(t182_q_2 / d_T);
              const int t183_2 = (int)(o_34 % 16);
              const float v3_4 = accr_3.s1 + x6[(long)t183_2];
              y4[(((long)t182_0 * 2 + t182_2) * 8 + t182_3) * d_T + t182_1] = v3_4;
            }
            if (1) {
              const long o_35 = om_3 * 16 + 2L;
              const int t184_3 = (int)(o_35 % 8);
              const long t184_q = o_35 / 8;
              const int t184_2 = (int)(t184_q % 2);
              const long t184_q_2 = t184_q / 2;
              const int t184_1 = (int)(t184_q_2 % d_T);
              const int t184_0 = (int)(t184_q_2 / d_T);
              const int t185_2 = (int)(o_35 % 16);
              const float v3_5 = accr_3.s2 + x6[(long)t185_2];
              y2[(((long)t184_0 * 2 + t184_2) * d_T + t184_1) * 8 + t184_3] = v3_5;
              const int t186_3 = (int)(o_35 % 8);
              const long t186_q = o_35 / 8;
              const int t186_2 = (int)(t186_q % 2);
              const long t186_q_2 = t186_q / 2;
              const int t186_1 = (int)(t186_q_2 % d_T);
              const int t186_0 = (int)(t186_q_2 / d_T);
              const int t187_2 = (int)(o_35 % 16);
              const float v3_6 = accr_3.s2 + x6[(long)t187_2];
              y4[(((long)t186_0 * 2 + t186_2) * 8 + t186_3) * d_T + t186_1] = v3_6;
            }
            if (1) {
              const long o_36 = om_3 * 16 + 3L;
              const int t188_3 = (int)(o_36 % 8);
              const long t188_q = o_36 / 8;
              const int t188_2 = (int)(t188_q % 2);
              const long t188_q_2 = t188_q / 2;
              const int t188_1 = (int)(t188_q_2 % d_T);
              const int t188_0 = (int)(t188_q_2 / d_T);
              const int t189_2 = (int)(o_36 % 16);
              const float v3_7 = accr_3.s3 + x6[(long)t189_2];
              y2[(((long)t188_0 * 2 + t188_2) * d_T + t188_1) * 8 + t188_3] = v3_7;
              const int t190_3 = (int)(o_36 % 8);
              const long t190_q = o_36 / 8;
              const int t190_2 = (int)(t190_q % 2);
              const long t190_q_2 = t190_q / 2;
              const int t190_1 = (int)(t190_q_2 % d_T);
              const int t190_0 = (int)(t190_q_2 / d_T);
              const int t191_2 = (int)(o_36 % 16);
              const float v3_8 = accr_3.s3 + x6[(long)t191_2];
              y4[(((long)t190_0 * 2 + t190_2) * 8 + t190_3) * d_T + t190_1] = v3_8;
            }
            if (1) {
              const long o_37 = om_3 * 16 + 4L;
              const int t192_3 = (int)(o_37 % 8);
              const long t192_q = o_37 / 8;
              const int t192_2 = (int)(t192_q % 2);
              const long t192_q_2 = t192_q / 2;
              const int t192_1 = (int)(t192_q_2 % d_T);
              const int t192_0 = (int)(t192_q_2 / d_T);
              const int t193_2 = (int)(o_37 % 16);
              const float v3_9 = accr_3.s4 + x6[(long)t193_2];
              y2[(((long)t192_0 * 2 + t192_2) * d_T + t192_1) * 8 + t192_3] = v3_9;
              const int t194_3 = (int)(o_37 % 8);
              const long t194_q = o_37 / 8;
              const int t194_2 = (int)(t194_q % 2);
              const long t194_q_2 = t194_q / 2;
              const int t194_1 = (int)(t194_q_2 % d_T);
              const int t194_0 = (int)(t194_q_2 / d_T);
              const int t195_2 = (int)(o_37 % 16);
              const float v3_10 = accr_3.s4 + x6[(long)t195_2];
              y4[(((long)t194_0 * 2 + t194_2) * 8 + t194_3) * d_T + t194_1] = v3_10;
            }
            if (1) {
              const long o_38 = om_3 * 16 + 5L;
              const int t196_3 = (int)(o_38 % 8);
              const long t196_q = o_38 / 8;
              const int t196_2 = (int)(t196_q % 2);
              const long t196_q_2 = t196_q / 2;
              const int t196_1 = (int)(t196_q_2 % d_T);
              const int t196_0 = (int)(t196_q_2 / d_T);
              const int t197_2 = (int)(o_38 % 16);
              const float v3_11 = accr_3.s5 + x6[(long)t197_2];
              y2[(((long)t196_0 * 2 + t196_2) * d_T + t196_1) * 8 + t196_3] = v3_11;
              const int t198_3 = (int)(o_38 % 8);
              const long t198_q = o_38 / 8;
              const int t198_2 = (int)(t198_q % 2);
              const long t198_q_2 = t198_q / 2;
              const int t198_1 = (int)(t198_q_2 % d_T);
              const int t198_0 = (int)(t198_q_2 / d_T);
              const int t199_2 = (int)(o_38 % 16);
              const float v3_12 = accr_3.s5 + x6[(long)t199_2];
              y4[(((long)t198_0 * 2 + t198_2) * 8 + t198_3) * d_T + t198_1] = v3_12;
            }
            if (1) {
              const long o_39 = om_3 * 16 + 6L;
              const int t200_3 = (int)(o_39 % 8);
              const long t200_q = o_39 / 8;
              const int t200_2 = (int)(t200_q % 2);
              const long t200_q_2 = t200_q / 2;
              const int t200_1 = (int)(t200_q_2 % d_T);
              const int t200_0 = (int)(t200_q_2 / d_T);
              const int t201_2 = (int)(o_39 % 16);
              const float v3_13 = accr_3.s6 + x6[(long)t201_2];
              y2[(((long)t200_0 * 2 + t200_2) * d_T + t200_1) * 8 + t200_3] = v3_13;
              const int t202_3 = (int)(o_39 % 8);
              const long t202_q = o_39 / 8;
              const int t202_2 = (int)(t202_q % 2);
              const long t202_q_2 = t202_q / 2;
              const int t202_1 = (int)(t202_q_2 % d_T);
              const int t202_0 = (int)(t202_q_2 / d_T);
              const int t203_2 = (int)(o_39 % 16);
              const float v3_14 = accr_3.s6 + x6[(long)t203_2];
              y4[(((long)t202_0 * 2 + t202_2) * 8 + t202_3) * d_T + t202_1] = v3_14;
            }
            if (1) {
              const long o_40 = om_3 * 16 + 7L;
              const int t204_3 = (int)(o_40 % 8);
              const long t204_q = o_40 / 8;
              const int t204_2 = (int)(t204_q % 2);
              const long t204_q_2 = t204_q / 2;
              const int t204_1 = (int)(t204_q_2 % d_T);
              const int t204_0 = (int)(t204_q_2 / d_T);
              const int t205_2 = (int)(o_40 % 16);
              const float v3_15 = accr_3.s7 + x6[(long)t205_2];
              y2[(((long)t204_0 * 2 + t204_2) * d_T + t204_1) * 8 + t204_3] = v3_15;
              const int t206_3 = (int)(o_40 % 8);
              const long t206_q = o_40 / 8;
              const int t206_2 = (int)(t206_q % 2);
              const long t206_q_2 = t206_q / 2;
              const int t206_1 = (int)(t206_q_2 % d_T);
              const int t206_0 = (int)(t206_q_2 / d_T);
              const int t207_2 = (int)(o_40 % 16);
              const float v3_16 = accr_3.s7 + x6[(long)t207_2];
              y4[(((long)t206_0 * 2 + t206_2) * 8 + t206_3) * d_T + t206_1] = v3_16;
            }
            if (1) {
              const long o_41 = om_3 * 16 + 8L;
              const int t208_3 = (int)(o_41 % 8);
              const long t208_q = o_41 / 8;
              const int t208_2 = (int)(t208_q % 2);
              const long t208_q_2 = t208_q / 2;
              const int t208_1 = (int)(t208_q_2 % d_T);
              const int t208_0 = (int)(t208_q_2 / d_T);
              const int t209_2 = (int)(o_41 % 16);
              const float v3_17 = accr_3.s8 + x6[(long)t209_2];
              y2[(((long)t208_0 * 2 + t208_2) * d_T + t208_1) * 8 + t208_3] = v3_17;
              const int t210_3 = (int)(o_41 % 8);
              const long t210_q = o_41 / 8;
              const int t210_2 = (int)(t210_q % 2);
              const long t210_q_2 = t210_q / 2;
              const int t210_1 = (int)(t210_q_2 % d_T);
              const int t210_0 = (int)(t210_q_2 / d_T);
              const int t211_2 = (int)(o_41 % 16);
              const float v3_18 = accr_3.s8 + x6[(long)t211_2];
              y4[(((long)t210_0 * 2 + t210_2) * 8 + t210_3) * d_T + t210_1] = v3_18;
            }
            if (1) {
              const long o_42 = om_3 * 16 + 9L;
              const int t212_3 = (int)(o_42 % 8);
              const long t212_q = o_42 / 8;
              const int t212_2 = (int)(t212_q % 2);
              const long t212_q_2 = t212_q / 2;
              const int t212_1 = (int)(t212_q_2 % d_T);
              const int t212_0 = (int)(t212_q_2 / d_T);
              const int t213_2 = (int)(o_42 % 16);
              const float v3_19 = accr_3.s9 + x6[(long)t213_2];
              y2[(((long)t212_0 * 2 + t212_2) * d_T + t212_1) * 8 + t212_3] = v3_19;
              const int t214_3 = (int)(o_42 % 8);
              const long t214_q = o_42 / 8;
              const int t214_2 = (int)(t214_q % 2);
              const long t214_q_2 = t214_q / 2;
              const int t214_1 = (int)(t214_q_2 % d_T);
              const int t214_0 = (int)(t214_q_2 / d_T);
              const int t215_2 = (int)(o_42 % 16);
              const float v3_20 = accr_3.s9 + x6[(long)t215_2];
              y4[(((long)t214_0 * 2 + t214_2) * 8 + t214_3) * d_T + t214_1] = v3_20;
            }
            if (1) {
              const long o_43 = om_3 * 16 + 10L;
              const int t216_3 = (int)(o_43 % 8);
              const long t216_q = o_43 / 8;
              const int t216_2 = (int)(t216_q % 2);
              const long t216_q_2 = t216_q / 2;
              const int t216_1 = (int)(t216_q_2 % d_T);
              const int t216_0 = (int)(t216_q_2 / d_T);
              const int t217_2 = (int)(o_43 % 16);
              const float v3_21 = accr_3.sa + x6[(long)t217_2];
              y2[(((long)t216_0 * 2 + t216_2) * d_T + t216_1) * 8 + t216_3] = v3_21;
              const int t218_3 = (int)(o_43 % 8);
              const long t218_q = o_43 / 8;
              const int t218_2 = (int)(t218_q % 2);
              const long t218_q_2 = t218_q / 2;
              const int t218_1 = (int)(t218_q_2 % d_T);
              const int t218_0 = (int)(t218_q_2 / d_T);
              const int t219_2 = (int)(o_43 % 16);
              const float v3_22 = accr_3.sa + x6[(long)t219_2];
              y4[(((long)t218_0 * 2 + t218_2) * 8 + t218_3) * d_T + t218_1] = v3_22;
            }
            if (1) {
              const long o_44 = om_3 * 16 + 11L;
              const int t220_3 = (int)(o_44 % 8);
              const long t220_q = o_44 / 8;
              const int t220_2 = (int)(t220_q % 2);
              const long t220_q_2 = t220_q / 2;
              const int t220_1 = (int)(t220_q_2 % d_T);
              const int t220_0 = (int)(t220_q_2 / d_T);
              const int t221_2 = (int)(o_44 % 16);
              const float v3_23 = accr_3.sb + x6[(long)t221_2];
              y2[(((long)t220_0 * 2 + t220_2) * d_T + t220_1) * 8 + t220_3] = v3_23;
              const int t222_3 = (int)(o_44 % 8);
              const long t222_q = o_44 / 8;
              const int t222_2 = (int)(t222_q % 2);
              const long t222_q_2 = t222_q / 2;
              const int t222_1 = (int)(t222_q_2 % d_T);
              const int t222_0 = (int)(t222_q_2 / d_T);
              const int t223_2 = (int)(o_44 % 16);
              const float v3_24 = accr_3.sb + x6[(long)t223_2];
              y4[(((long)t222_0 * 2 + t222_2) * 8 + t222_3) * d_T + t222_1] = v3_24;
            }
            if (1) {
              const long o_45 = om_3 * 16 + 12L;
              const int t224_3 = (int)(o_45 % 8);
              const long t224_q = o_45 / 8;
              const int t224_2 = (int)(t224_q % 2);
              const long t224_q_2 = t224_q / 2;
              const int t224_1 = (int)(t224_q_2 % d_T);
              const int t224_0 = (int)(t224_q_2 / d_T);
              const int t225_2 = (int)(o_45 % 16);
              const float v3_25 = accr_3.sc + x6[(long)t225_2];
              y2[(((long)t224_0 * 2 + t224_2) * d_T + t224_1) * 8 + t224_3] = v3_25;
              const int t226_3 = (int)(o_45 % 8);
              const long t226_q = o_45 / 8;
              const int t226_2 = (int)(t226_q % 2);
              const long t226_q_2 = t226_q / 2;
              const int t226_1 = (int)(t226_q_2 % d_T);
              const int t226_0 = (int)(t226_q_2 / d_T);
              const int t227_2 = (int)(o_45 % 16);
              const float v3_26 = accr_3.sc + x6[(long)t227_2];
              y4[(((long)t226_0 * 2 + t226_2) * 8 + t226_3) * d_T + t226_1] = v3_26;
            }
            if (1) {
              const long o_46 = om_3 * 16 + 13L;
              const int t228_3 = (int)(o_46 % 8);
              const long t228_q = o_46 / 8;
              const int t228_2 = (int)(t228_q % 2);
              const long t228_q_2 = t228_q / 2;
              const int t228_1 = (int)(t228_q_2 % d_T);
              const int t228_0 = (int)(t228_q_2 / d_T);
              const int t229_2 = (int)(o_46 % 16);
              const float v3_27 = accr_3.sd + x6[(long)t229_2];
              y2[(((long)t228_0 * 2 + t228_2) * d_T + t228_1) * 8 + t228_3] = v3_27;
              const int t230_3 = (int)(o_46 % 8);
              const long t230_q = o_46 / 8;
              const int t230_2 = (int)(t230_q % 2);
              const long t230_q_2 = t230_q / 2;
              const int t230_1 = (int)(t230_q_2 % d_T);
              const int t230_0 = (int)(t230_q_2 / d_T);
              const int t231_2 = (int)(o_46 % 16);
              const float v3_28 = accr_3.sd + x6[(long)t231_2];
              y4[(((long)t230_0 * 2 + t230_2) * 8 + t230_3) * d_T + t230_1] = v3_28;
            }
            if (1) {
              const long o_47 = om_3 * 16 + 14L;
              const int t232_3 = (int)(o_47 % 8);
              const long t232_q = o_47 / 8;
              const int t232_2 = (int)(t232_q % 2);
              const long t232_q_2 = t232_q / 2;
              const int t232_1 = (int)(t232_q_2 % d_T);
              const int t232_0 = (int)(t232_q_2 / d_T);
              const int t233_2 = (int)(o_47 % 16);
              const float v3_29 = accr_3.se + x6[(long)t233_2];
              y2[(((long)t232_0 * 2 + t232_2) * d_T + t232_1) * 8 + t232_3] = v3_29;
              const int t234_3 = (int)(o_47 % 8);
              const long t234_q = o_47 / 8;
              const int t234_2 = (int)(t234_q % 2);
              const long t234_q_2 = t234_q / 2;
              const int t234_1 = (int)(t234_q_2 % d_T);
              const int t234_0 = (int)(t234_q_2 / d_T);
              const int t235_2 = (int)(o_47 % 16);
              const float v3_30 = accr_3.se + x6[(long)t235_2];
              y4[(((long)t234_0 * 2 + t234_2) * 8 + t234_3) * d_T + t234_1] = v3_30;
            }
            if (1) {
              const long o_48 = om_3 * 16 + 15L;
              const int t236_3 = (int)(o_48 % 8);
              const long t236_q = o_48 / 8;
              const int t236_2 = (int)(t236_q % 2);
              const long t236_q_2 = t236_q / 2;
              const int t236_1 = (int)(t236_q_2 % d_T);
              const int t236_0 = (int)(t236_q_2 / d_T);
              const int t237_2 = (int)(o_48 % 16);
              const float v3_31 = accr_3.sf + x6[(long)t237_2];
              y2[(((long)t236_0 * 2 + t236_2) * d_T + t236_1) * 8 + t236_3] = v3_31;
              const int t238_3 = (int)(o_48 % 8);
              const long t238_q = o_48 / 8;
              const int t238_2 = (int)(t238_q % 2);
              const long t238_q_2 = t238_q / 2;
              const int t238_1 = (int)(t238_q_2 % d_T);
              const int t238_0 = (int)(t238_q_2 / d_T);
              const int t239_2 = (int)(o_48 % 16);
              const float v3_32 = accr_3.sf + x6[(long)t239_2];
              y4[(((long)t238_0 * 2 + t238_2) * 8 + t238_3) * d_T + t238_1] = v3_32;
            }
          }
        }
      }
    }
  }
}
