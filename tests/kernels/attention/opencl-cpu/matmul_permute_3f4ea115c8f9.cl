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

/* k89_matmul_permute (matmul_permute_3f4ea115c8f9): 25 IR nodes, one work item per output element
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
__kernel void matmul_permute_3f4ea115c8f9(__global const float *restrict x0, __global const float *restrict x1,
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
      if (m0 < M) {
        if (1) {
          const long o = m0 * 16;
          const int t16_3 = (int)(o % 8);
          const long t16_q = o / 8;
          const int t16_2 = (int)(t16_q % 2);
          const long t16_q_2 = t16_q / 2;
          const int t16_1 = (int)(t16_q_2 % d_T);
          const int t16_0 = (int)(t16_q_2 / d_T);
          const int t17_2 = (int)(o % 16);
          const float v1 = acc0.s0 + x2[(long)t17_2];
          y0[(((long)t16_0 * 2 + t16_2) * d_T + t16_1) * 8 + t16_3] = v1;
          const int t18_3 = (int)(o % 8);
          const long t18_q = o / 8;
          const int t18_2 = (int)(t18_q % 2);
          const long t18_q_2 = t18_q / 2;
          const int t18_1 = (int)(t18_q_2 % d_T);
          const int t18_0 = (int)(t18_q_2 / d_T);
          const int t19_2 = (int)(o % 16);
          const float v1_2 = acc0.s0 + x2[(long)t19_2];
          y5[(((long)t18_0 * 2 + t18_2) * 8 + t18_3) * d_T + t18_1] = v1_2;
        }
        if (1) {
          const long o_2 = m0 * 16 + 1L;
          const int t20_3 = (int)(o_2 % 8);
          const long t20_q = o_2 / 8;
          const int t20_2 = (int)(t20_q % 2);
          const long t20_q_2 = t20_q / 2;
          const int t20_1 = (int)(t20_q_2 % d_T);
          const int t20_0 = (int)(t20_q_2 / d_T);
          const int t21_2 = (int)(o_2 % 16);
          const float v1_3 = acc0.s1 + x2[(long)t21_2];
          y0[(((long)t20_0 * 2 + t20_2) * d_T + t20_1) * 8 + t20_3] = v1_3;
          const int t22_3 = (int)(o_2 % 8);
          const long t22_q = o_2 / 8;
          const int t22_2 = (int)(t22_q % 2);
          const long t22_q_2 = t22_q / 2;
          const int t22_1 = (int)(t22_q_2 % d_T);
          const int t22_0 = (int)(t22_q_2 / d_T);
          const int t23_2 = (int)(o_2 % 16);
          const float v1_4 = acc0.s1 + x2[(long)t23_2];
          y5[(((long)t22_0 * 2 + t22_2) * 8 + t22_3) * d_T + t22_1] = v1_4;
        }
        if (1) {
          const long o_3 = m0 * 16 + 2L;
          const int t24_3 = (int)(o_3 % 8);
          const long t24_q = o_3 / 8;
          const int t24_2 = (int)(t24_q % 2);
          const long t24_q_2 = t24_q / 2;
          const int t24_1 = (int)(t24_q_2 % d_T);
          const int t24_0 = (int)(t24_q_2 / d_T);
          const int t25_2 = (int)(o_3 % 16);
          const float v1_5 = acc0.s2 + x2[(long)t25_2];
          y0[(((long)t24_0 * 2 + t24_2) * d_T + t24_1) * 8 + t24_3] = v1_5;
          const int t26_3 = (int)(o_3 % 8);
          const long t26_q = o_3 / 8;
          const int t26_2 = (int)(t26_q % 2);
          const long t26_q_2 = t26_q / 2;
          const int t26_1 = (int)(t26_q_2 % d_T);
          const int t26_0 = (int)(t26_q_2 / d_T);
          const int t27_2 = (int)(o_3 % 16);
          const float v1_6 = acc0.s2 + x2[(long)t27_2];
          y5[(((long)t26_0 * 2 + t26_2) * 8 + t26_3) * d_T + t26_1] = v1_6;
        }
        if (1) {
          const long o_4 = m0 * 16 + 3L;
          const int t28_3 = (int)(o_4 % 8);
          const long t28_q = o_4 / 8;
          const int t28_2 = (int)(t28_q % 2);
          const long t28_q_2 = t28_q / 2;
          const int t28_1 = (int)(t28_q_2 % d_T);
          const int t28_0 = (int)(t28_q_2 / d_T);
          const int t29_2 = (int)(o_4 % 16);
          const float v1_7 = acc0.s3 + x2[(long)t29_2];
          y0[(((long)t28_0 * 2 + t28_2) * d_T + t28_1) * 8 + t28_3] = v1_7;
          const int t30_3 = (int)(o_4 % 8);
          const long t30_q = o_4 / 8;
          const int t30_2 = (int)(t30_q % 2);
          const long t30_q_2 = t30_q / 2;
          const int t30_1 = (int)(t30_q_2 % d_T);
          const int t30_0 = (int)(t30_q_2 / d_T);
          const int t31_2 = (int)(o_4 % 16);
          const float v1_8 = acc0.s3 + x2[(long)t31_2];
          y5[(((long)t30_0 * 2 + t30_2) * 8 + t30_3) * d_T + t30_1] = v1_8;
        }
        if (1) {
          const long o_5 = m0 * 16 + 4L;
          const int t32_3 = (int)(o_5 % 8);
          const long t32_q = o_5 / 8;
          const int t32_2 = (int)(t32_q % 2);
          const long t32_q_2 = t32_q / 2;
          const int t32_1 = (int)(t32_q_2 % d_T);
          const int t32_0 = (int)(t32_q_2 / d_T);
          const int t33_2 = (int)(o_5 % 16);
          const float v1_9 = acc0.s4 + x2[(long)t33_2];
          y0[(((long)t32_0 * 2 + t32_2) * d_T + t32_1) * 8 + t32_3] = v1_9;
          const int t34_3 = (int)(o_5 % 8);
          const long t34_q = o_5 / 8;
          const int t34_2 = (int)(t34_q % 2);
          const long t34_q_2 = t34_q / 2;
          const int t34_1 = (int)(t34_q_2 % d_T);
          const int t34_0 = (int)(t34_q_2 / d_T);
          const int t35_2 = (int)(o_5 % 16);
          const float v1_10 = acc0.s4 + x2[(long)t35_2];
          y5[(((long)t34_0 * 2 + t34_2) * 8 + t34_3) * d_T + t34_1] = v1_10;
        }
        if (1) {
          const long o_6 = m0 * 16 + 5L;
          const int t36_3 = (int)(o_6 % 8);
          const long t36_q = o_6 / 8;
          const int t36_2 = (int)(t36_q % 2);
          const long t36_q_2 = t36_q / 2;
          const int t36_1 = (int)(t36_q_2 % d_T);
          const int t36_0 = (int)(t36_q_2 / d_T);
          const int t37_2 = (int)(o_6 % 16);
          const float v1_11 = acc0.s5 + x2[(long)t37_2];
          y0[(((long)t36_0 * 2 + t36_2) * d_T + t36_1) * 8 + t36_3] = v1_11;
          const int t38_3 = (int)(o_6 % 8);
          const long t38_q = o_6 / 8;
          const int t38_2 = (int)(t38_q % 2);
          const long t38_q_2 = t38_q / 2;
          const int t38_1 = (int)(t38_q_2 % d_T);
          const int t38_0 = (int)(t38_q_2 / d_T);
          const int t39_2 = (int)(o_6 % 16);
          const float v1_12 = acc0.s5 + x2[(long)t39_2];
          y5[(((long)t38_0 * 2 + t38_2) * 8 + t38_3) * d_T + t38_1] = v1_12;
        }
        if (1) {
          const long o_7 = m0 * 16 + 6L;
          const int t40_3 = (int)(o_7 % 8);
          const long t40_q = o_7 / 8;
          const int t40_2 = (int)(t40_q % 2);
          const long t40_q_2 = t40_q / 2;
          const int t40_1 = (int)(t40_q_2 % d_T);
          const int t40_0 = (int)(t40_q_2 / d_T);
          const int t41_2 = (int)(o_7 % 16);
          const float v1_13 = acc0.s6 + x2[(long)t41_2];
          y0[(((long)t40_0 * 2 + t40_2) * d_T + t40_1) * 8 + t40_3] = v1_13;
          const int t42_3 = (int)(o_7 % 8);
          const long t42_q = o_7 / 8;
          const int t42_2 = (int)(t42_q % 2);
          const long t42_q_2 = t42_q / 2;
          const int t42_1 = (int)(t42_q_2 % d_T);
          const int t42_0 = (int)(t42_q_2 / d_T);
          const int t43_2 = (int)(o_7 % 16);
          const float v1_14 = acc0.s6 + x2[(long)t43_2];
          y5[(((long)t42_0 * 2 + t42_2) * 8 + t42_3) * d_T + t42_1] = v1_14;
        }
        if (1) {
          const long o_8 = m0 * 16 + 7L;
          const int t44_3 = (int)(o_8 % 8);
          const long t44_q = o_8 / 8;
          const int t44_2 = (int)(t44_q % 2);
          const long t44_q_2 = t44_q / 2;
          const int t44_1 = (int)(t44_q_2 % d_T);
          const int t44_0 = (int)(t44_q_2 / d_T);
          const int t45_2 = (int)(o_8 % 16);
          const float v1_15 = acc0.s7 + x2[(long)t45_2];
          y0[(((long)t44_0 * 2 + t44_2) * d_T + t44_1) * 8 + t44_3] = v1_15;
          const int t46_3 = (int)(o_8 % 8);
          const long t46_q = o_8 / 8;
          const int t46_2 = (int)(t46_q % 2);
          const long t46_q_2 = t46_q / 2;
          const int t46_1 = (int)(t46_q_2 % d_T);
          const int t46_0 = (int)(t46_q_2 / d_T);
          const int t47_2 = (int)(o_8 % 16);
          const float v1_16 = acc0.s7 + x2[(long)t47_2];
          y5[(((long)t46_0 * 2 + t46_2) * 8 + t46_3) * d_T + t46_1] = v1_16;
        }
        if (1) {
          const long o_9 = m0 * 16 + 8L;
          const int t48_3 = (int)(o_9 % 8);
          const long t48_q = o_9 / 8;
          const int t48_2 = (int)(t48_q % 2);
          const long t48_q_2 = t48_q / 2;
          const int t48_1 = (int)(t48_q_2 % d_T);
          const int t48_0 = (int)(t48_q_2 / d_T);
          const int t49_2 = (int)(o_9 % 16);
          const float v1_17 = acc0.s8 + x2[(long)t49_2];
          y0[(((long)t48_0 * 2 + t48_2) * d_T + t48_1) * 8 + t48_3] = v1_17;
          const int t50_3 = (int)(o_9 % 8);
          const long t50_q = o_9 / 8;
          const int t50_2 = (int)(t50_q % 2);
          const long t50_q_2 = t50_q / 2;
          const int t50_1 = (int)(t50_q_2 % d_T);
          const int t50_0 = (int)(t50_q_2 / d_T);
          const int t51_2 = (int)(o_9 % 16);
          const float v1_18 = acc0.s8 + x2[(long)t51_2];
          y5[(((long)t50_0 * 2 + t50_2) * 8 + t50_3) * d_T + t50_1] = v1_18;
        }
        if (1) {
          const long o_10 = m0 * 16 + 9L;
          const int t52_3 = (int)(o_10 % 8);
          const long t52_q = o_10 / 8;
          const int t52_2 = (int)(t52_q % 2);
          const long t52_q_2 = t52_q / 2;
          const int t52_1 = (int)(t52_q_2 % d_T);
          const int t52_0 = (int)(t52_q_2 / d_T);
          const int t53_2 = (int)(o_10 % 16);
          const float v1_19 = acc0.s9 + x2[(long)t53_2];
          y0[(((long)t52_0 * 2 + t52_2) * d_T + t52_1) * 8 + t52_3] = v1_19;
          const int t54_3 = (int)(o_10 % 8);
          const long t54_q = o_10 / 8;
          const int t54_2 = (int)(t54_q % 2);
          const long t54_q_2 = t54_q / 2;
          const int t54_1 = (int)(t54_q_2 % d_T);
          const int t54_0 = (int)(t54_q_2 / d_T);
          const int t55_2 = (int)(o_10 % 16);
          const float v1_20 = acc0.s9 + x2[(long)t55_2];
          y5[(((long)t54_0 * 2 + t54_2) * 8 + t54_3) * d_T + t54_1] = v1_20;
        }
        if (1) {
          const long o_11 = m0 * 16 + 10L;
          const int t56_3 = (int)(o_11 % 8);
          const long t56_q = o_11 / 8;
          const int t56_2 = (int)(t56_q % 2);
          const long t56_q_2 = t56_q / 2;
          const int t56_1 = (int)(t56_q_2 % d_T);
          const int t56_0 = (int)(t56_q_2 / d_T);
          const int t57_2 = (int)(o_11 % 16);
          const float v1_21 = acc0.sa + x2[(long)t57_2];
          y0[(((long)t56_0 * 2 + t56_2) * d_T + t56_1) * 8 + t56_3] = v1_21;
          const int t58_3 = (int)(o_11 % 8);
          const long t58_q = o_11 / 8;
          const int t58_2 = (int)(t58_q % 2);
          const long t58_q_2 = t58_q / 2;
          const int t58_1 = (int)(t58_q_2 % d_T);
          const int t58_0 = (int)(t58_q_2 / d_T);
          const int t59_2 = (int)(o_11 % 16);
          const float v1_22 = acc0.sa + x2[(long)t59_2];
          y5[(((long)t58_0 * 2 + t58_2) * 8 + t58_3) * d_T + t58_1] = v1_22;
        }
        if (1) {
          const long o_12 = m0 * 16 + 11L;
          const int t60_3 = (int)(o_12 % 8);
          const long t60_q = o_12 / 8;
          const int t60_2 = (int)(t60_q % 2);
          const long t60_q_2 = t60_q / 2;
          const int t60_1 = (int)(t60_q_2 % d_T);
          const int t60_0 = (int)(t60_q_2 / d_T);
          const int t61_2 = (int)(o_12 % 16);
          const float v1_23 = acc0.sb + x2[(long)t61_2];
          y0[(((long)t60_0 * 2 + t60_2) * d_T + t60_1) * 8 + t60_3] = v1_23;
          const int t62_3 = (int)(o_12 % 8);
          const long t62_q = o_12 / 8;
          const int t62_2 = (int)(t62_q % 2);
          const long t62_q_2 = t62_q / 2;
          const int t62_1 = (int)(t62_q_2 % d_T);
          const int t62_0 = (int)(t62_q_2 / d_T);
          const int t63_2 = (int)(o_12 % 16);
          const float v1_24 = acc0.sb + x2[(long)t63_2];
          y5[(((long)t62_0 * 2 + t62_2) * 8 + t62_3) * d_T + t62_1] = v1_24;
        }
        if (1) {
          const long o_13 = m0 * 16 + 12L;
          const int t64_3 = (int)(o_13 % 8);
          const long t64_q = o_13 / 8;
          const int t64_2 = (int)(t64_q % 2);
          const long t64_q_2 = t64_q / 2;
          const int t64_1 = (int)(t64_q_2 % d_T);
          const int t64_0 = (int)(t64_q_2 / d_T);
          const int t65_2 = (int)(o_13 % 16);
          const float v1_25 = acc0.sc + x2[(long)t65_2];
          y0[(((long)t64_0 * 2 + t64_2) * d_T + t64_1) * 8 + t64_3] = v1_25;
          const int t66_3 = (int)(o_13 % 8);
          const long t66_q = o_13 / 8;
          const int t66_2 = (int)(t66_q % 2);
          const long t66_q_2 = t66_q / 2;
          const int t66_1 = (int)(t66_q_2 % d_T);
          const int t66_0 = (int)(t66_q_2 / d_T);
          const int t67_2 = (int)(o_13 % 16);
          const float v1_26 = acc0.sc + x2[(long)t67_2];
          y5[(((long)t66_0 * 2 + t66_2) * 8 + t66_3) * d_T + t66_1] = v1_26;
        }
        if (1) {
          const long o_14 = m0 * 16 + 13L;
          const int t68_3 = (int)(o_14 % 8);
          const long t68_q = o_14 / 8;
          const int t68_2 = (int)(t68_q % 2);
          const long t68_q_2 = t68_q / 2;
          const int t68_1 = (int)(t68_q_2 % d_T);
          const int t68_0 = (int)(t68_q_2 / d_T);
          const int t69_2 = (int)(o_14 % 16);
          const float v1_27 = acc0.sd + x2[(long)t69_2];
          y0[(((long)t68_0 * 2 + t68_2) * d_T + t68_1) * 8 + t68_3] = v1_27;
          const int t70_3 = (int)(o_14 % 8);
          const long t70_q = o_14 / 8;
          const int t70_2 = (int)(t70_q % 2);
          const long t70_q_2 = t70_q / 2;
          const int t70_1 = (int)(t70_q_2 % d_T);
          const int t70_0 = (int)(t70_q_2 / d_T);
          const int t71_2 = (int)(o_14 % 16);
          const float v1_28 = acc0.sd + x2[(long)t71_2];
          y5[(((long)t70_0 * 2 + t70_2) * 8 + t70_3) * d_T + t70_1] = v1_28;
        }
        if (1) {
          const long o_15 = m0 * 16 + 14L;
          const int t72_3 = (int)(o_15 % 8);
          const long t72_q = o_15 / 8;
          const int t72_2 = (int)(t72_q % 2);
          const long t72_q_2 = t72_q / 2;
          const int t72_1 = (int)(t72_q_2 % d_T);
          const int t72_0 = (int)(t72_q_2 / d_T);
          const int t73_2 = (int)(o_15 % 16);
          const float v1_29 = acc0.se + x2[(long)t73_2];
          y0[(((long)t72_0 * 2 + t72_2) * d_T + t72_1) * 8 + t72_3] = v1_29;
          const int t74_3 = (int)(o_15 % 8);
          const long t74_q = o_15 / 8;
          const int t74_2 = (int)(t74_q % 2);
          const long t74_q_2 = t74_q / 2;
          const int t74_1 = (int)(t74_q_2 % d_T);
          const int t74_0 = (int)(t74_q_2 / d_T);
          const int t75_2 = (int)(o_15 % 16);
          const float v1_30 = acc0.se + x2[(long)t75_2];
          y5[(((long)t74_0 * 2 + t74_2) * 8 + t74_3) * d_T + t74_1] = v1_30;
        }
        if (1) {
          const long o_16 = m0 * 16 + 15L;
          const int t76_3 = (int)(o_16 % 8);
          const long t76_q = o_16 / 8;
          const int t76_2 = (int)(t76_q % 2);
          const long t76_q_2 = t76_q / 2;
          const int t76_1 = (int)(t76_q_2 % d_T);
          const int t76_0 = (int)(t76_q_2 / d_T);
          const int t77_2 = (int)(o_16 % 16);
          const float v1_31 = acc0.sf + x2[(long)t77_2];
          y0[(((long)t76_0 * 2 + t76_2) * d_T + t76_1) * 8 + t76_3] = v1_31;
          const int t78_3 = (int)(o_16 % 8);
          const long t78_q = o_16 / 8;
          const int t78_2 = (int)(t78_q % 2);
          const long t78_q_2 = t78_q / 2;
          const int t78_1 = (int)(t78_q_2 % d_T);
          const int t78_0 = (int)(t78_q_2 / d_T);
          const int t79_2 = (int)(o_16 % 16);
          const float v1_32 = acc0.sf + x2[(long)t79_2];
          y5[(((long)t78_0 * 2 + t78_2) * 8 + t78_3) * d_T + t78_1] = v1_32;
        }
      }
      const long om = m0 + 1;
      if (om < M) {
        if (1) {
          const long o_17 = om * 16;
          const int t80_3 = (int)(o_17 % 8);
          const long t80_q = o_17 / 8;
          const int t80_2 = (int)(t80_q % 2);
          const long t80_q_2 = t80_q / 2;
          const int t80_1 = (int)(t80_q_2 % d_T);
          const int t80_0 = (int)(t80_q_2 / d_T);
          const int t81_2 = (int)(o_17 % 16);
          const float v1_33 = acc1.s0 + x2[(long)t81_2];
          y0[(((long)t80_0 * 2 + t80_2) * d_T + t80_1) * 8 + t80_3] = v1_33;
          const int t82_3 = (int)(o_17 % 8);
          const long t82_q = o_17 / 8;
          const int t82_2 = (int)(t82_q % 2);
          const long t82_q_2 = t82_q / 2;
          const int t82_1 = (int)(t82_q_2 % d_T);
          const int t82_0 = (int)(t82_q_2 / d_T);
          const int t83_2 = (int)(o_17 % 16);
          const float v1_34 = acc1.s0 + x2[(long)t83_2];
          y5[(((long)t82_0 * 2 + t82_2) * 8 + t82_3) * d_T + t82_1] = v1_34;
        }
        if (1) {
          const long o_18 = om * 16 + 1L;
          const int t84_3 = (int)(o_18 % 8);
          const long t84_q = o_18 / 8;
          const int t84_2 = (int)(t84_q % 2);
          const long t84_q_2 = t84_q / 2;
          const int t84_1 = (int)(t84_q_2 % d_T);
          const int t84_0 = (int)(t84_q_2 / d_T);
          const int t85_2 = (int)(o_18 % 16);
          const float v1_35 = acc1.s1 + x2[(long)t85_2];
          y0[(((long)t84_0 * 2 + t84_2) * d_T + t84_1) * 8 + t84_3] = v1_35;
          const int t86_3 = (int)(o_18 % 8);
          const long t86_q = o_18 / 8;
          const int t86_2 = (int)(t86_q % 2);
          const long t86_q_2 = t86_q / 2;
          const int t86_1 = (int)(t86_q_2 % d_T);
          const int t86_0 = (int)(t86_q_2 / d_T);
          const int t87_2 = (int)(o_18 % 16);
          const float v1_36 = acc1.s1 + x2[(long)t87_2];
          y5[(((long)t86_0 * 2 + t86_2) * 8 + t86_3) * d_T + t86_1] = v1_36;
        }
        if (1) {
          const long o_19 = om * 16 + 2L;
          const int t88_3 = (int)(o_19 % 8);
          const long t88_q = o_19 / 8;
          const int t88_2 = (int)(t88_q % 2);
          const long t88_q_2 = t88_q / 2;
          const int t88_1 = (int)(t88_q_2 % d_T);
          const int t88_0 = (int)(t88_q_2 / d_T);
          const int t89_2 = (int)(o_19 % 16);
          const float v1_37 = acc1.s2 + x2[(long)t89_2];
          y0[(((long)t88_0 * 2 + t88_2) * d_T + t88_1) * 8 + t88_3] = v1_37;
          const int t90_3 = (int)(o_19 % 8);
          const long t90_q = o_19 / 8;
          const int t90_2 = (int)(t90_q % 2);
          const long t90_q_2 = t90_q / 2;
          const int t90_1 = (int)(t90_q_2 % d_T);
          const int t90_0 = (int)(t90_q_2 / d_T);
          const int t91_2 = (int)(o_19 % 16);
          const float v1_38 = acc1.s2 + x2[(long)t91_2];
          y5[(((long)t90_0 * 2 + t90_2) * 8 + t90_3) * d_T + t90_1] = v1_38;
        }
        if (1) {
          const long o_20 = om * 16 + 3L;
          const int t92_3 = (int)(o_20 % 8);
          const long t92_q = o_20 / 8;
          const int t92_2 = (int)(t92_q % 2);
          const long t92_q_2 = t92_q / 2;
          const int t92_1 = (int)(t92_q_2 % d_T);
          const int t92_0 = (int)(t92_q_2 / d_T);
          const int t93_2 = (int)(o_20 % 16);
          const float v1_39 = acc1.s3 + x2[(long)t93_2];
          y0[(((long)t92_0 * 2 + t92_2) * d_T + t92_1) * 8 + t92_3] = v1_39;
          const int t94_3 = (int)(o_20 % 8);
          const long t94_q = o_20 / 8;
          const int t94_2 = (int)(t94_q % 2);
          const long t94_q_2 = t94_q / 2;
          const int t94_1 = (int)(t94_q_2 % d_T);
          const int t94_0 = (int)(t94_q_2 / d_T);
          const int t95_2 = (int)(o_20 % 16);
          const float v1_40 = acc1.s3 + x2[(long)t95_2];
          y5[(((long)t94_0 * 2 + t94_2) * 8 + t94_3) * d_T + t94_1] = v1_40;
        }
        if (1) {
          const long o_21 = om * 16 + 4L;
          const int t96_3 = (int)(o_21 % 8);
          const long t96_q = o_21 / 8;
          const int t96_2 = (int)(t96_q % 2);
          const long t96_q_2 = t96_q / 2;
          const int t96_1 = (int)(t96_q_2 % d_T);
          const int t96_0 = (int)(t96_q_2 / d_T);
          const int t97_2 = (int)(o_21 % 16);
          const float v1_41 = acc1.s4 + x2[(long)t97_2];
          y0[(((long)t96_0 * 2 + t96_2) * d_T + t96_1) * 8 + t96_3] = v1_41;
          const int t98_3 = (int)(o_21 % 8);
          const long t98_q = o_21 / 8;
          const int t98_2 = (int)(t98_q % 2);
          const long t98_q_2 = t98_q / 2;
          const int t98_1 = (int)(t98_q_2 % d_T);
          const int t98_0 = (int)(t98_q_2 / d_T);
          const int t99_2 = (int)(o_21 % 16);
          const float v1_42 = acc1.s4 + x2[(long)t99_2];
          y5[(((long)t98_0 * 2 + t98_2) * 8 + t98_3) * d_T + t98_1] = v1_42;
        }
        if (1) {
          const long o_22 = om * 16 + 5L;
          const int t100_3 = (int)(o_22 % 8);
          const long t100_q = o_22 / 8;
          const int t100_2 = (int)(t100_q % 2);
          const long t100_q_2 = t100_q / 2;
          const int t100_1 = (int)(t100_q_2 % d_T);
          const int t100_0 = (int)(t100_q_2 / d_T);
          const int t101_2 = (int)(o_22 % 16);
          const float v1_43 = acc1.s5 + x2[(long)t101_2];
          y0[(((long)t100_0 * 2 + t100_2) * d_T + t100_1) * 8 + t100_3] = v1_43;
          const int t102_3 = (int)(o_22 % 8);
          const long t102_q = o_22 / 8;
          const int t102_2 = (int)(t102_q % 2);
          const long t102_q_2 = t102_q / 2;
          const int t102_1 = (int)(t102_q_2 % d_T);
          const int t102_0 = (int)(t102_q_2 / d_T);
          const int t103_2 = (int)(o_22 % 16);
          const float v1_44 = acc1.s5 + x2[(long)t103_2];
          y5[(((long)t102_0 * 2 + t102_2) * 8 + t102_3) * d_T + t102_1] = v1_44;
        }
        if (1) {
          const long o_23 = om * 16 + 6L;
          const int t104_3 = (int)(o_23 % 8);
          const long t104_q = o_23 / 8;
          const int t104_2 = (int)(t104_q % 2);
          const long t104_q_2 = t104_q / 2;
          const int t104_1 = (int)(t104_q_2 % d_T);
          const int t104_0 = (int)(t104_q_2 / d_T);
          const int t105_2 = (int)(o_23 % 16);
          const float v1_45 = acc1.s6 + x2[(long)t105_2];
          y0[(((long)t104_0 * 2 + t104_2) * d_T + t104_1) * 8 + t104_3] = v1_45;
          const int t106_3 = (int)(o_23 % 8);
          const long t106_q = o_23 / 8;
          const int t106_2 = (int)(t106_q % 2);
          const long t106_q_2 = t106_q / 2;
          const int t106_1 = (int)(t106_q_2 % d_T);
          const int t106_0 = (int)(t106_q_2 / d_T);
          const int t107_2 = (int)(o_23 % 16);
          const float v1_46 = acc1.s6 + x2[(long)t107_2];
          y5[(((long)t106_0 * 2 + t106_2) * 8 + t106_3) * d_T + t106_1] = v1_46;
        }
        if (1) {
          const long o_24 = om * 16 + 7L;
          const int t108_3 = (int)(o_24 % 8);
          const long t108_q = o_24 / 8;
          const int t108_2 = (int)(t108_q % 2);
          const long t108_q_2 = t108_q / 2;
          const int t108_1 = (int)(t108_q_2 % d_T);
          const int t108_0 = (int)(t108_q_2 / d_T);
          const int t109_2 = (int)(o_24 % 16);
          const float v1_47 = acc1.s7 + x2[(long)t109_2];
          y0[(((long)t108_0 * 2 + t108_2) * d_T + t108_1) * 8 + t108_3] = v1_47;
          const int t110_3 = (int)(o_24 % 8);
          const long t110_q = o_24 / 8;
          const int t110_2 = (int)(t110_q % 2);
          const long t110_q_2 = t110_q / 2;
          const int t110_1 = (int)(t110_q_2 % d_T);
          const int t110_0 = (int)(t110_q_2 / d_T);
          const int t111_2 = (int)(o_24 % 16);
          const float v1_48 = acc1.s7 + x2[(long)t111_2];
          y5[(((long)t110_0 * 2 + t110_2) * 8 + t110_3) * d_T + t110_1] = v1_48;
        }
        if (1) {
          const long o_25 = om * 16 + 8L;
          const int t112_3 = (int)(o_25 % 8);
          const long t112_q = o_25 / 8;
          const int t112_2 = (int)(t112_q % 2);
          const long t112_q_2 = t112_q / 2;
          const int t112_1 = (int)(t112_q_2 % d_T);
          const int t112_0 = (int)(t112_q_2 / d_T);
          const int t113_2 = (int)(o_25 % 16);
          const float v1_49 = acc1.s8 + x2[(long)t113_2];
          y0[(((long)t112_0 * 2 + t112_2) * d_T + t112_1) * 8 + t112_3] = v1_49;
          const int t114_3 = (int)(o_25 % 8);
          const long t114_q = o_25 / 8;
          const int t114_2 = (int)(t114_q % 2);
          const long t114_q_2 = t114_q / 2;
          const int t114_1 = (int)(t114_q_2 % d_T);
          const int t114_0 = (int)(t114_q_2 / d_T);
          const int t115_2 = (int)(o_25 % 16);
          const float v1_50 = acc1.s8 + x2[(long)t115_2];
          y5[(((long)t114_0 * 2 + t114_2) * 8 + t114_3) * d_T + t114_1] = v1_50;
        }
        if (1) {
          const long o_26 = om * 16 + 9L;
          const int t116_3 = (int)(o_26 % 8);
          const long t116_q = o_26 / 8;
          const int t116_2 = (int)(t116_q % 2);
          const long t116_q_2 = t116_q / 2;
          const int t116_1 = (int)(t116_q_2 % d_T);
          const int t116_0 = (int)(t116_q_2 / d_T);
          const int t117_2 = (int)(o_26 % 16);
          const float v1_51 = acc1.s9 + x2[(long)t117_2];
          y0[(((long)t116_0 * 2 + t116_2) * d_T + t116_1) * 8 + t116_3] = v1_51;
          const int t118_3 = (int)(o_26 % 8);
          const long t118_q = o_26 / 8;
          const int t118_2 = (int)(t118_q % 2);
          const long t118_q_2 = t118_q / 2;
          const int t118_1 = (int)(t118_q_2 % d_T);
          const int t118_0 = (int)(t118_q_2 / d_T);
          const int t119_2 = (int)(o_26 % 16);
          const float v1_52 = acc1.s9 + x2[(long)t119_2];
          y5[(((long)t118_0 * 2 + t118_2) * 8 + t118_3) * d_T + t118_1] = v1_52;
        }
        if (1) {
          const long o_27 = om * 16 + 10L;
          const int t120_3 = (int)(o_27 % 8);
          const long t120_q = o_27 / 8;
          const int t120_2 = (int)(t120_q % 2);
          const long t120_q_2 = t120_q / 2;
          const int t120_1 = (int)(t120_q_2 % d_T);
          const int t120_0 = (int)(t120_q_2 / d_T);
          const int t121_2 = (int)(o_27 % 16);
          const float v1_53 = acc1.sa + x2[(long)t121_2];
          y0[(((long)t120_0 * 2 + t120_2) * d_T + t120_1) * 8 + t120_3] = v1_53;
          const int t122_3 = (int)(o_27 % 8);
          const long t122_q = o_27 / 8;
          const int t122_2 = (int)(t122_q % 2);
          const long t122_q_2 = t122_q / 2;
          const int t122_1 = (int)(t122_q_2 % d_T);
          const int t122_0 = (int)(t122_q_2 / d_T);
          const int t123_2 = (int)(o_27 % 16);
          const float v1_54 = acc1.sa + x2[(long)t123_2];
          y5[(((long)t122_0 * 2 + t122_2) * 8 + t122_3) * d_T + t122_1] = v1_54;
        }
        if (1) {
          const long o_28 = om * 16 + 11L;
          const int t124_3 = (int)(o_28 % 8);
          const long t124_q = o_28 / 8;
          const int t124_2 = (int)(t124_q % 2);
          const long t124_q_2 = t124_q / 2;
          const int t124_1 = (int)(t124_q_2 % d_T);
          const int t124_0 = (int)(t124_q_2 / d_T);
          const int t125_2 = (int)(o_28 % 16);
          const float v1_55 = acc1.sb + x2[(long)t125_2];
          y0[(((long)t124_0 * 2 + t124_2) * d_T + t124_1) * 8 + t124_3] = v1_55;
          const int t126_3 = (int)(o_28 % 8);
          const long t126_q = o_28 / 8;
          const int t126_2 = (int)(t126_q % 2);
          const long t126_q_2 = t126_q / 2;
          const int t126_1 = (int)(t126_q_2 % d_T);
          const int t126_0 = (int)(t126_q_2 / d_T);
          const int t127_2 = (int)(o_28 % 16);
          const float v1_56 = acc1.sb + x2[(long)t127_2];
          y5[(((long)t126_0 * 2 + t126_2) * 8 + t126_3) * d_T + t126_1] = v1_56;
        }
        if (1) {
          const long o_29 = om * 16 + 12L;
          const int t128_3 = (int)(o_29 % 8);
          const long t128_q = o_29 / 8;
          const int t128_2 = (int)(t128_q % 2);
          const long t128_q_2 = t128_q / 2;
          const int t128_1 = (int)(t128_q_2 % d_T);
          const int t128_0 = (int)(t128_q_2 / d_T);
          const int t129_2 = (int)(o_29 % 16);
          const float v1_57 = acc1.sc + x2[(long)t129_2];
          y0[(((long)t128_0 * 2 + t128_2) * d_T + t128_1) * 8 + t128_3] = v1_57;
          const int t130_3 = (int)(o_29 % 8);
          const long t130_q = o_29 / 8;
          const int t130_2 = (int)(t130_q % 2);
          const long t130_q_2 = t130_q / 2;
          const int t130_1 = (int)(t130_q_2 % d_T);
          const int t130_0 = (int)(t130_q_2 / d_T);
          const int t131_2 = (int)(o_29 % 16);
          const float v1_58 = acc1.sc + x2[(long)t131_2];
          y5[(((long)t130_0 * 2 + t130_2) * 8 + t130_3) * d_T + t130_1] = v1_58;
        }
        if (1) {
          const long o_30 = om * 16 + 13L;
          const int t132_3 = (int)(o_30 % 8);
          const long t132_q = o_30 / 8;
          const int t132_2 = (int)(t132_q % 2);
          const long t132_q_2 = t132_q / 2;
          const int t132_1 = (int)(t132_q_2 % d_T);
          const int t132_0 = (int)(t132_q_2 / d_T);
          const int t133_2 = (int)(o_30 % 16);
          const float v1_59 = acc1.sd + x2[(long)t133_2];
          y0[(((long)t132_0 * 2 + t132_2) * d_T + t132_1) * 8 + t132_3] = v1_59;
          const int t134_3 = (int)(o_30 % 8);
          const long t134_q = o_30 / 8;
          const int t134_2 = (int)(t134_q % 2);
          const long t134_q_2 = t134_q / 2;
          const int t134_1 = (int)(t134_q_2 % d_T);
          const int t134_0 = (int)(t134_q_2 / d_T);
          const int t135_2 = (int)(o_30 % 16);
          const float v1_60 = acc1.sd + x2[(long)t135_2];
          y5[(((long)t134_0 * 2 + t134_2) * 8 + t134_3) * d_T + t134_1] = v1_60;
        }
        if (1) {
          const long o_31 = om * 16 + 14L;
          const int t136_3 = (int)(o_31 % 8);
          const long t136_q = o_31 / 8;
          const int t136_2 = (int)(t136_q % 2);
          const long t136_q_2 = t136_q / 2;
          const int t136_1 = (int)(t136_q_2 % d_T);
          const int t136_0 = (int)(t136_q_2 / d_T);
          const int t137_2 = (int)(o_31 % 16);
          const float v1_61 = acc1.se + x2[(long)t137_2];
          y0[(((long)t136_0 * 2 + t136_2) * d_T + t136_1) * 8 + t136_3] = v1_61;
          const int t138_3 = (int)(o_31 % 8);
          const long t138_q = o_31 / 8;
          const int t138_2 = (int)(t138_q % 2);
          const long t138_q_2 = t138_q / 2;
          const int t138_1 = (int)(t138_q_2 % d_T);
          const int t138_0 = (int)(t138_q_2 / d_T);
          const int t139_2 = (int)(o_31 % 16);
          const float v1_62 = acc1.se + x2[(long)t139_2];
          y5[(((long)t138_0 * 2 + t138_2) * 8 + t138_3) * d_T + t138_1] = v1_62;
        }
        if (1) {
          const long o_32 = om * 16 + 15L;
          const int t140_3 = (int)(o_32 % 8);
          const long t140_q = o_32 / 8;
          const int t140_2 = (int)(t140_q % 2);
          const long t140_q_2 = t140_q / 2;
          const int t140_1 = (int)(t140_q_2 % d_T);
          const int t140_0 = (int)(t140_q_2 / d_T);
          const int t141_2 = (int)(o_32 % 16);
          const float v1_63 = acc1.sf + x2[(long)t141_2];
          y0[(((long)t140_0 * 2 + t140_2) * d_T + t140_1) * 8 + t140_3] = v1_63;
          const int t142_3 = (int)(o_32 % 8);
          const long t142_q = o_32 / 8;
          const int t142_2 = (int)(t142_q % 2);
          const long t142_q_2 = t142_q / 2;
          const int t142_1 = (int)(t142_q_2 % d_T);
          const int t142_0 = (int)(t142_q_2 / d_T);
          const int t143_2 = (int)(o_32 % 16);
          const float v1_64 = acc1.sf + x2[(long)t143_2];
          y5[(((long)t142_0 * 2 + t142_2) * 8 + t142_3) * d_T + t142_1] = v1_64;
        }
      }
      const long om_2 = m0 + 2;
      if (om_2 < M) {
        if (1) {
          const long o_33 = om_2 * 16;
          const int t144_3 = (int)(o_33 % 8);
          const long t144_q = o_33 / 8;
          const int t144_2 = (int)(t144_q % 2);
          const long t144_q_2 = t144_q / 2;
          const int t144_1 = (int)(t144_q_2 % d_T);
          const int t144_0 = (int)(t144_q_2 / d_T);
          const int t145_2 = (int)(o_33 % 16);
          const float v1_65 = acc2.s0 + x2[(long)t145_2];
          y0[(((long)t144_0 * 2 + t144_2) * d_T + t144_1) * 8 + t144_3] = v1_65;
          const int t146_3 = (int)(o_33 % 8);
          const long t146_q = o_33 / 8;
          const int t146_2 = (int)(t146_q % 2);
          const long t146_q_2 = t146_q / 2;
          const int t146_1 = (int)(t146_q_2 % d_T);
          const int t146_0 = (int)(t146_q_2 / d_T);
          const int t147_2 = (int)(o_33 % 16);
          const float v1_66 = acc2.s0 + x2[(long)t147_2];
          y5[(((long)t146_0 * 2 + t146_2) * 8 + t146_3) * d_T + t146_1] = v1_66;
        }
        if (1) {
          const long o_34 = om_2 * 16 + 1L;
          const int t148_3 = (int)(o_34 % 8);
          const long t148_q = o_34 / 8;
          const int t148_2 = (int)(t148_q % 2);
          const long t148_q_2 = t148_q / 2;
          const int t148_1 = (int)(t148_q_2 % d_T);
          const int t148_0 = (int)(t148_q_2 / d_T);
          const int t149_2 = (int)(o_34 % 16);
          const float v1_67 = acc2.s1 + x2[(long)t149_2];
          y0[(((long)t148_0 * 2 + t148_2) * d_T + t148_1) * 8 + t148_3] = v1_67;
          const int t150_3 = (int)(o_34 % 8);
          const long t150_q = o_34 / 8;
          const int t150_2 = (int)(t150_q % 2);
          const long t150_q_2 = t150_q / 2;
          const int t150_1 = (int)(t150_q_2 % d_T);
          const int t150_0 = (int)(t150_q_2 / d_T);
          const int t151_2 = (int)(o_34 % 16);
          const float v1_68 = acc2.s1 + x2[(long)t151_2];
          y5[(((long)t150_0 * 2 + t150_2) * 8 + t150_3) * d_T + t150_1] = v1_68;
        }
        if (1) {
          const long o_35 = om_2 * 16 + 2L;
          const int t152_3 = (int)(o_35 % 8);
          const long t152_q = o_35 / 8;
          const int t152_2 = (int)(t152_q % 2);
          const long t152_q_2 = t152_q / 2;
          const int t152_1 = (int)(t152_q_2 % d_T);
          const int t152_0 = (int)(t152_q_2 / d_T);
          const int t153_2 = (int)(o_35 % 16);
          const float v1_69 = acc2.s2 + x2[(long)t153_2];
          y0[(((long)t152_0 * 2 + t152_2) * d_T + t152_1) * 8 + t152_3] = v1_69;
          const int t154_3 = (int)(o_35 % 8);
          const long t154_q = o_35 / 8;
          const int t154_2 = (int)(t154_q % 2);
          const long t154_q_2 = t154_q / 2;
          const int t154_1 = (int)(t154_q_2 % d_T);
          const int t154_0 = (int)(t154_q_2 / d_T);
          const int t155_2 = (int)(o_35 % 16);
          const float v1_70 = acc2.s2 + x2[(long)t155_2];
          y5[(((long)t154_0 * 2 + t154_2) * 8 + t154_3) * d_T + t154_1] = v1_70;
        }
        if (1) {
          const long o_36 = om_2 * 16 + 3L;
          const int t156_3 = (int)(o_36 % 8);
          const long t156_q = o_36 / 8;
          const int t156_2 = (int)(t156_q % 2);
          const long t156_q_2 = t156_q / 2;
          const int t156_1 = (int)(t156_q_2 % d_T);
          const int t156_0 = (int)(t156_q_2 / d_T);
          const int t157_2 = (int)(o_36 % 16);
          const float v1_71 = acc2.s3 + x2[(long)t157_2];
          y0[(((long)t156_0 * 2 + t156_2) * d_T + t156_1) * 8 + t156_3] = v1_71;
          const int t158_3 = (int)(o_36 % 8);
          const long t158_q = o_36 / 8;
          const int t158_2 = (int)(t158_q % 2);
          const long t158_q_2 = t158_q / 2;
          const int t158_1 = (int)(t158_q_2 % d_T);
          const int t158_0 = (int)(t158_q_2 / d_T);
          const int t159_2 = (int)(o_36 % 16);
          const float v1_72 = acc2.s3 + x2[(long)t159_2];
          y5[(((long)t158_0 * 2 + t158_2) * 8 + t158_3) * d_T + t158_1] = v1_72;
        }
        if (1) {
          const long o_37 = om_2 * 16 + 4L;
          const int t160_3 = (int)(o_37 % 8);
          const long t160_q = o_37 / 8;
          const int t160_2 = (int)(t160_q % 2);
          const long t160_q_2 = t160_q / 2;
          const int t160_1 = (int)(t160_q_2 % d_T);
          const int t160_0 = (int)(t160_q_2 / d_T);
          const int t161_2 = (int)(o_37 % 16);
          const float v1_73 = acc2.s4 + x2[(long)t161_2];
          y0[(((long)t160_0 * 2 + t160_2) * d_T + t160_1) * 8 + t160_3] = v1_73;
          const int t162_3 = (int)(o_37 % 8);
          const long t162_q = o_37 / 8;
          const int t162_2 = (int)(t162_q % 2);
          const long t162_q_2 = t162_q / 2;
          const int t162_1 = (int)(t162_q_2 % d_T);
          const int t162_0 = (int)(t162_q_2 / d_T);
          const int t163_2 = (int)(o_37 % 16);
          const float v1_74 = acc2.s4 + x2[(long)t163_2];
          y5[(((long)t162_0 * 2 + t162_2) * 8 + t162_3) * d_T + t162_1] = v1_74;
        }
        if (1) {
          const long o_38 = om_2 * 16 + 5L;
          const int t164_3 = (int)(o_38 % 8);
          const long t164_q = o_38 / 8;
          const int t164_2 = (int)(t164_q % 2);
          const long t164_q_2 = t164_q / 2;
          const int t164_1 = (int)(t164_q_2 % d_T);
          const int t164_0 = (int)(t164_q_2 / d_T);
          const int t165_2 = (int)(o_38 % 16);
          const float v1_75 = acc2.s5 + x2[(long)t165_2];
          y0[(((long)t164_0 * 2 + t164_2) * d_T + t164_1) * 8 + t164_3] = v1_75;
          const int t166_3 = (int)(o_38 % 8);
          const long t166_q = o_38 / 8;
          const int t166_2 = (int)(t166_q % 2);
          const long t166_q_2 = t166_q / 2;
          const int t166_1 = (int)(t166_q_2 % d_T);
          const int t166_0 = (int)(t166_q_2 / d_T);
          const int t167_2 = (int)(o_38 % 16);
          const float v1_76 = acc2.s5 + x2[(long)t167_2];
          y5[(((long)t166_0 * 2 + t166_2) * 8 + t166_3) * d_T + t166_1] = v1_76;
        }
        if (1) {
          const long o_39 = om_2 * 16 + 6L;
          const int t168_3 = (int)(o_39 % 8);
          const long t168_q = o_39 / 8;
          const int t168_2 = (int)(t168_q % 2);
          const long t168_q_2 = t168_q / 2;
          const int t168_1 = (int)(t168_q_2 % d_T);
          const int t168_0 = (int)(t168_q_2 / d_T);
          const int t169_2 = (int)(o_39 % 16);
          const float v1_77 = acc2.s6 + x2[(long)t169_2];
          y0[(((long)t168_0 * 2 + t168_2) * d_T + t168_1) * 8 + t168_3] = v1_77;
          const int t170_3 = (int)(o_39 % 8);
          const long t170_q = o_39 / 8;
          const int t170_2 = (int)(t170_q % 2);
          const long t170_q_2 = t170_q / 2;
          const int t170_1 = (int)(t170_q_2 % d_T);
          const int t170_0 = (int)(t170_q_2 / d_T);
          const int t171_2 = (int)(o_39 % 16);
          const float v1_78 = acc2.s6 + x2[(long)t171_2];
          y5[(((long)t170_0 * 2 + t170_2) * 8 + t170_3) * d_T + t170_1] = v1_78;
        }
        if (1) {
          const long o_40 = om_2 * 16 + 7L;
          const int t172_3 = (int)(o_40 % 8);
          const long t172_q = o_40 / 8;
          const int t172_2 = (int)(t172_q % 2);
          const long t172_q_2 = t172_q / 2;
          const int t172_1 = (int)(t172_q_2 % d_T);
          const int t172_0 = (int)(t172_q_2 / d_T);
          const int t173_2 = (int)(o_40 % 16);
          const float v1_79 = acc2.s7 + x2[(long)t173_2];
          y0[(((long)t172_0 * 2 + t172_2) * d_T + t172_1) * 8 + t172_3] = v1_79;
          const int t174_3 = (int)(o_40 % 8);
          const long t174_q = o_40 / 8;
          const int t174_2 = (int)(t174_q % 2);
          const long t174_q_2 = t174_q / 2;
          const int t174_1 = (int)(t174_q_2 % d_T);
          const int t174_0 = (int)(t174_q_2 / d_T);
          const int t175_2 = (int)(o_40 % 16);
          const float v1_80 = acc2.s7 + x2[(long)t175_2];
          y5[(((long)t174_0 * 2 + t174_2) * 8 + t174_3) * d_T + t174_1] = v1_80;
        }
        if (1) {
          const long o_41 = om_2 * 16 + 8L;
          const int t176_3 = (int)(o_41 % 8);
          const long t176_q = o_41 / 8;
          const int t176_2 = (int)(t176_q % 2);
          const long t176_q_2 = t176_q / 2;
          const int t176_1 = (int)(t176_q_2 % d_T);
          const int t176_0 = (int)(t176_q_2 / d_T);
          const int t177_2 = (int)(o_41 % 16);
          const float v1_81 = acc2.s8 + x2[(long)t177_2];
          y0[(((long)t176_0 * 2 + t176_2) * d_T + t176_1) * 8 + t176_3] = v1_81;
          const int t178_3 = (int)(o_41 % 8);
          const long t178_q = o_41 / 8;
          const int t178_2 = (int)(t178_q % 2);
          const long t178_q_2 = t178_q / 2;
          const int t178_1 = (int)(t178_q_2 % d_T);
          const int t178_0 = (int)(t178_q_2 / d_T);
          const int t179_2 = (int)(o_41 % 16);
          const float v1_82 = acc2.s8 + x2[(long)t179_2];
          y5[(((long)t178_0 * 2 + t178_2) * 8 + t178_3) * d_T + t178_1] = v1_82;
        }
        if (1) {
          const long o_42 = om_2 * 16 + 9L;
          const int t180_3 = (int)(o_42 % 8);
          const long t180_q = o_42 / 8;
          const int t180_2 = (int)(t180_q % 2);
          const long t180_q_2 = t180_q / 2;
          const int t180_1 = (int)(t180_q_2 % d_T);
          const int t180_0 = (int)(t180_q_2 / d_T);
          const int t181_2 = (int)(o_42 % 16);
          const float v1_83 = acc2.s9 + x2[(long)t181_2];
          y0[(((long)t180_0 * 2 + t180_2) * d_T + t180_1) * 8 + t180_3] = v1_83;
          const int t182_3 = (int)(o_42 % 8);
          const long t182_q = o_42 / 8;
          const int t182_2 = (int)(t182_q % 2);
          const long t182_q_2 = t182_q / 2;
          const int t182_1 = (int)(t182_q_2 % d_T);
          const int t182_0 = (int)(t182_q_2 / d_T);
          const int t183_2 = (int)(o_42 % 16);
          const float v1_84 = acc2.s9 + x2[(long)t183_2];
          y5[(((long)t182_0 * 2 + t182_2) * 8 + t182_3) * d_T + t182_1] = v1_84;
        }
        if (1) {
          const long o_43 = om_2 * 16 + 10L;
          const int t184_3 = (int)(o_43 % 8);
          const long t184_q = o_43 / 8;
          const int t184_2 = (int)(t184_q % 2);
          const long t184_q_2 = t184_q / 2;
          const int t184_1 = (int)(t184_q_2 % d_T);
          const int t184_0 = (int)(t184_q_2 / d_T);
          const int t185_2 = (int)(o_43 % 16);
          const float v1_85 = acc2.sa + x2[(long)t185_2];
          y0[(((long)t184_0 * 2 + t184_2) * d_T + t184_1) * 8 + t184_3] = v1_85;
          const int t186_3 = (int)(o_43 % 8);
          const long t186_q = o_43 / 8;
          const int t186_2 = (int)(t186_q % 2);
          const long t186_q_2 = t186_q / 2;
          const int t186_1 = (int)(t186_q_2 % d_T);
          const int t186_0 = (int)(t186_q_2 / d_T);
          const int t187_2 = (int)(o_43 % 16);
          const float v1_86 = acc2.sa + x2[(long)t187_2];
          y5[(((long)t186_0 * 2 + t186_2) * 8 + t186_3) * d_T + t186_1] = v1_86;
        }
        if (1) {
          const long o_44 = om_2 * 16 + 11L;
          const int t188_3 = (int)(o_44 % 8);
          const long t188_q = o_44 / 8;
          const int t188_2 = (int)(t188_q % 2);
          const long t188_q_2 = t188_q / 2;
          const int t188_1 = (int)(t188_q_2 % d_T);
          const int t188_0 = (int)(t188_q_2 / d_T);
          const int t189_2 = (int)(o_44 % 16);
          const float v1_87 = acc2.sb + x2[(long)t189_2];
          y0[(((long)t188_0 * 2 + t188_2) * d_T + t188_1) * 8 + t188_3] = v1_87;
          const int t190_3 = (int)(o_44 % 8);
          const long t190_q = o_44 / 8;
          const int t190_2 = (int)(t190_q % 2);
          const long t190_q_2 = t190_q / 2;
          const int t190_1 = (int)(t190_q_2 % d_T);
          const int t190_0 = (int)(t190_q_2 / d_T);
          const int t191_2 = (int)(o_44 % 16);
          const float v1_88 = acc2.sb + x2[(long)t191_2];
          y5[(((long)t190_0 * 2 + t190_2) * 8 + t190_3) * d_T + t190_1] = v1_88;
        }
        if (1) {
          const long o_45 = om_2 * 16 + 12L;
          const int t192_3 = (int)(o_45 % 8);
          const long t192_q = o_45 / 8;
          const int t192_2 = (int)(t192_q % 2);
          const long t192_q_2 = t192_q / 2;
          const int t192_1 = (int)(t192_q_2 % d_T);
          const int t192_0 = (int)(t192_q_2 / d_T);
          const int t193_2 = (int)(o_45 % 16);
          const float v1_89 = acc2.sc + x2[(long)t193_2];
          y0[(((long)t192_0 * 2 + t192_2) * d_T + t192_1) * 8 + t192_3] = v1_89;
          const int t194_3 = (int)(o_45 % 8);
          const long t194_q = o_45 / 8;
          const int t194_2 = (int)(t194_q % 2);
          const long t194_q_2 = t194_q / 2;
          const int t194_1 = (int)(t194_q_2 % d_T);
          const int t194_0 = (int)(t194_q_2 / d_T);
          const int t195_2 = (int)(o_45 % 16);
          const float v1_90 = acc2.sc + x2[(long)t195_2];
          y5[(((long)t194_0 * 2 + t194_2) * 8 + t194_3) * d_T + t194_1] = v1_90;
        }
        if (1) {
          const long o_46 = om_2 * 16 + 13L;
          const int t196_3 = (int)(o_46 % 8);
          const long t196_q = o_46 / 8;
          const int t196_2 = (int)(t196_q % 2);
          const long t196_q_2 = t196_q / 2;
          const int t196_1 = (int)(t196_q_2 % d_T);
          const int t196_0 = (int)(t196_q_2 / d_T);
          const int t197_2 = (int)(o_46 % 16);
          const float v1_91 = acc2.sd + x2[(long)t197_2];
          y0[(((long)t196_0 * 2 + t196_2) * d_T + t196_1) * 8 + t196_3] = v1_91;
          const int t198_3 = (int)(o_46 % 8);
          const long t198_q = o_46 / 8;
          const int t198_2 = (int)(t198_q % 2);
          const long t198_q_2 = t198_q / 2;
          const int t198_1 = (int)(t198_q_2 % d_T);
          const int t198_0 = (int)(t198_q_2 / d_T);
          const int t199_2 = (int)(o_46 % 16);
          const float v1_92 = acc2.sd + x2[(long)t199_2];
          y5[(((long)t198_0 * 2 + t198_2) * 8 + t198_3) * d_T + t198_1] = v1_92;
        }
        if (1) {
          const long o_47 = om_2 * 16 + 14L;
          const int t200_3 = (int)(o_47 % 8);
          const long t200_q = o_47 / 8;
          const int t200_2 = (int)(t200_q % 2);
          const long t200_q_2 = t200_q / 2;
          const int t200_1 = (int)(t200_q_2 % d_T);
          const int t200_0 = (int)(t200_q_2 / d_T);
          const int t201_2 = (int)(o_47 % 16);
          const float v1_93 = acc2.se + x2[(long)t201_2];
          y0[(((long)t200_0 * 2 + t200_2) * d_T + t200_1) * 8 + t200_3] = v1_93;
          const int t202_3 = (int)(o_47 % 8);
          const long t202_q = o_47 / 8;
          const int t202_2 = (int)(t202_q % 2);
          const long t202_q_2 = t202_q / 2;
          const int t202_1 = (int)(t202_q_2 % d_T);
          const int t202_0 = (int)(t202_q_2 / d_T);
          const int t203_2 = (int)(o_47 % 16);
          const float v1_94 = acc2.se + x2[(long)t203_2];
          y5[(((long)t202_0 * 2 + t202_2) * 8 + t202_3) * d_T + t202_1] = v1_94;
        }
        if (1) {
          const long o_48 = om_2 * 16 + 15L;
          const int t204_3 = (int)(o_48 % 8);
          const long t204_q = o_48 / 8;
          const int t204_2 = (int)(t204_q % 2);
          const long t204_q_2 = t204_q / 2;
          const int t204_1 = (int)(t204_q_2 % d_T);
          const int t204_0 = (int)(t204_q_2 / d_T);
          const int t205_2 = (int)(o_48 % 16);
          const float v1_95 = acc2.sf + x2[(long)t205_2];
          y0[(((long)t204_0 * 2 + t204_2) * d_T + t204_1) * 8 + t204_3] = v1_95;
          const int t206_3 = (int)(o_48 % 8);
          const long t206_q = o_48 / 8;
          const int t206_2 = (int)(t206_q % 2);
          const long t206_q_2 = t206_q / 2;
          const int t206_1 = (int)(t206_q_2 % d_T);
          const int t206_0 = (int)(t206_q_2 / d_T);
          const int t207_2 = (int)(o_48 % 16);
          const float v1_96 = acc2.sf + x2[(long)t207_2];
          y5[(((long)t206_0 * 2 + t206_2) * 8 + t206_3) * d_T + t206_1] = v1_96;
        }
      }
      const long om_3 = m0 + 3;
      if (om_3 < M) {
        if (1) {
          const long o_49 = om_3 * 16;
          const int t208_3 = (int)(o_49 % 8);
          const long t208_q = o_49 / 8;
          const int t208_2 = (int)(t208_q % 2);
          const long t208_q_2 = t208_q / 2;
          const int t208_1 = (int)(t208_q_2 % d_T);
          const int t208_0 = (int)(t208_q_2 / d_T);
          const int t209_2 = (int)(o_49 % 16);
          const float v1_97 = acc3.s0 + x2[(long)t209_2];
          y0[(((long)t208_0 * 2 + t208_2) * d_T + t208_1) * 8 + t208_3] = v1_97;
          const int t210_3 = (int)(o_49 % 8);
          const long t210_q = o_49 / 8;
          const int t210_2 = (int)(t210_q % 2);
          const long t210_q_2 = t210_q / 2;
          const int t210_1 = (int)(t210_q_2 % d_T);
          const int t210_0 = (int)(t210_q_2 / d_T);
          const int t211_2 = (int)(o_49 % 16);
          const float v1_98 = acc3.s0 + x2[(long)t211_2];
          y5[(((long)t210_0 * 2 + t210_2) * 8 + t210_3) * d_T + t210_1] = v1_98;
        }
        if (1) {
          const long o_50 = om_3 * 16 + 1L;
          const int t212_3 = (int)(o_50 % 8);
          const long t212_q = o_50 / 8;
          const int t212_2 = (int)(t212_q % 2);
          const long t212_q_2 = t212_q / 2;
          const int t212_1 = (int)(t212_q_2 % d_T);
          const int t212_0 = (int)(t212_q_2 / d_T);
          const int t213_2 = (int)(o_50 % 16);
          const float v1_99 = acc3.s1 + x2[(long)t213_2];
          y0[(((long)t212_0 * 2 + t212_2) * d_T + t212_1) * 8 + t212_3] = v1_99;
          const int t214_3 = (int)(o_50 % 8);
          const long t214_q = o_50 / 8;
          const int t214_2 = (int)(t214_q % 2);
          const long t214_q_2 = t214_q / 2;
          const int t214_1 = (int)(t214_q_2 % d_T);
          const int t214_0 = (int)(t214_q_2 / d_T);
          const int t215_2 = (int)(o_50 % 16);
          const float v1_100 = acc3.s1 + x2[(long)t215_2];
          y5[(((long)t214_0 * 2 + t214_2) * 8 + t214_3) * d_T + t214_1] = v1_100;
        }
        if (1) {
          const long o_51 = om_3 * 16 + 2L;
          const int t216_3 = (int)(o_51 % 8);
          const long t216_q = o_51 / 8;
          const int t216_2 = (int)(t216_q % 2);
          const long t216_q_2 = t216_q / 2;
          const int t216_1 = (int)(t216_q_2 % d_T);
          const int t216_0 = (int)(t216_q_2 / d_T);
          const int t217_2 = (int)(o_51 % 16);
          const float v1_101 = acc3.s2 + x2[(long)t217_2];
          y0[(((long)t216_0 * 2 + t216_2) * d_T + t216_1) * 8 + t216_3] = v1_101;
          const int t218_3 = (int)(o_51 % 8);
          const long t218_q = o_51 / 8;
          const int t218_2 = (int)(t218_q % 2);
          const long t218_q_2 = t218_q / 2;
          const int t218_1 = (int)(t218_q_2 % d_T);
          const int t218_0 = (int)(t218_q_2 / d_T);
          const int t219_2 = (int)(o_51 % 16);
          const float v1_102 = acc3.s2 + x2[(long)t219_2];
          y5[(((long)t218_0 * 2 + t218_2) * 8 + t218_3) * d_T + t218_1] = v1_102;
        }
        if (1) {
          const long o_52 = om_3 * 16 + 3L;
          const int t220_3 = (int)(o_52 % 8);
          const long t220_q = o_52 / 8;
          const int t220_2 = (int)(t220_q % 2);
          const long t220_q_2 = t220_q / 2;
          const int t220_1 = (int)(t220_q_2 % d_T);
          const int t220_0 = (int)(t220_q_2 / d_T);
          const int t221_2 = (int)(o_52 % 16);
          const float v1_103 = acc3.s3 + x2[(long)t221_2];
          y0[(((long)t220_0 * 2 + t220_2) * d_T + t220_1) * 8 + t220_3] = v1_103;
          const int t222_3 = (int)(o_52 % 8);
          const long t222_q = o_52 / 8;
          const int t222_2 = (int)(t222_q % 2);
          const long t222_q_2 = t222_q / 2;
          const int t222_1 = (int)(t222_q_2 % d_T);
          const int t222_0 = (int)(t222_q_2 / d_T);
          const int t223_2 = (int)(o_52 % 16);
          const float v1_104 = acc3.s3 + x2[(long)t223_2];
          y5[(((long)t222_0 * 2 + t222_2) * 8 + t222_3) * d_T + t222_1] = v1_104;
        }
        if (1) {
          const long o_53 = om_3 * 16 + 4L;
          const int t224_3 = (int)(o_53 % 8);
          const long t224_q = o_53 / 8;
          const int t224_2 = (int)(t224_q % 2);
          const long t224_q_2 = t224_q / 2;
          const int t224_1 = (int)(t224_q_2 % d_T);
          const int t224_0 = (int)(t224_q_2 / d_T);
          const int t225_2 = (int)(o_53 % 16);
          const float v1_105 = acc3.s4 + x2[(long)t225_2];
          y0[(((long)t224_0 * 2 + t224_2) * d_T + t224_1) * 8 + t224_3] = v1_105;
          const int t226_3 = (int)(o_53 % 8);
          const long t226_q = o_53 / 8;
          const int t226_2 = (int)(t226_q % 2);
          const long t226_q_2 = t226_q / 2;
          const int t226_1 = (int)(t226_q_2 % d_T);
          const int t226_0 = (int)(t226_q_2 / d_T);
          const int t227_2 = (int)(o_53 % 16);
          const float v1_106 = acc3.s4 + x2[(long)t227_2];
          y5[(((long)t226_0 * 2 + t226_2) * 8 + t226_3) * d_T + t226_1] = v1_106;
        }
        if (1) {
          const long o_54 = om_3 * 16 + 5L;
          const int t228_3 = (int)(o_54 % 8);
          const long t228_q = o_54 / 8;
          const int t228_2 = (int)(t228_q % 2);
          const long t228_q_2 = t228_q / 2;
          const int t228_1 = (int)(t228_q_2 % d_T);
          const int t228_0 = (int)(t228_q_2 / d_T);
          const int t229_2 = (int)(o_54 % 16);
          const float v1_107 = acc3.s5 + x2[(long)t229_2];
          y0[(((long)t228_0 * 2 + t228_2) * d_T + t228_1) * 8 + t228_3] = v1_107;
          const int t230_3 = (int)(o_54 % 8);
          const long t230_q = o_54 / 8;
          const int t230_2 = (int)(t230_q % 2);
          const long t230_q_2 = t230_q / 2;
          const int t230_1 = (int)(t230_q_2 % d_T);
          const int t230_0 = (int)(t230_q_2 / d_T);
          const int t231_2 = (int)(o_54 % 16);
          const float v1_108 = acc3.s5 + x2[(long)t231_2];
          y5[(((long)t230_0 * 2 + t230_2) * 8 + t230_3) * d_T + t230_1] = v1_108;
        }
        if (1) {
          const long o_55 = om_3 * 16 + 6L;
          const int t232_3 = (int)(o_55 % 8);
          const long t232_q = o_55 / 8;
          const int t232_2 = (int)(t232_q % 2);
          const long t232_q_2 = t232_q / 2;
          const int t232_1 = (int)(t232_q_2 % d_T);
          const int t232_0 = (int)(t232_q_2 / d_T);
          const int t233_2 = (int)(o_55 % 16);
          const float v1_109 = acc3.s6 + x2[(long)t233_2];
          y0[(((long)t232_0 * 2 + t232_2) * d_T + t232_1) * 8 + t232_3] = v1_109;
          const int t234_3 = (int)(o_55 % 8);
          const long t234_q = o_55 / 8;
          const int t234_2 = (int)(t234_q % 2);
          const long t234_q_2 = t234_q / 2;
          const int t234_1 = (int)(t234_q_2 % d_T);
          const int t234_0 = (int)(t234_q_2 / d_T);
          const int t235_2 = (int)(o_55 % 16);
          const float v1_110 = acc3.s6 + x2[(long)t235_2];
          y5[(((long)t234_0 * 2 + t234_2) * 8 + t234_3) * d_T + t234_1] = v1_110;
        }
        if (1) {
          const long o_56 = om_3 * 16 + 7L;
          const int t236_3 = (int)(o_56 % 8);
          const long t236_q = o_56 / 8;
          const int t236_2 = (int)(t236_q % 2);
          const long t236_q_2 = t236_q / 2;
          const int t236_1 = (int)(t236_q_2 % d_T);
          const int t236_0 = (int)(t236_q_2 / d_T);
          const int t237_2 = (int)(o_56 % 16);
          const float v1_111 = acc3.s7 + x2[(long)t237_2];
          y0[(((long)t236_0 * 2 + t236_2) * d_T + t236_1) * 8 + t236_3] = v1_111;
          const int t238_3 = (int)(o_56 % 8);
          const long t238_q = o_56 / 8;
          const int t238_2 = (int)(t238_q % 2);
          const long t238_q_2 = t238_q / 2;
          const int t238_1 = (int)(t238_q_2 % d_T);
          const int t238_0 = (int)(t238_q_2 / d_T);
          const int t239_2 = (int)(o_56 % 16);
          const float v1_112 = acc3.s7 + x2[(long)t239_2];
          y5[(((long)t238_0 * 2 + t238_2) * 8 + t238_3) * d_T + t238_1] = v1_112;
        }
        if (1) {
          const long o_57 = om_3 * 16 + 8L;
          const int t240_3 = (int)(o_57 % 8);
          const long t240_q = o_57 / 8;
          const int t240_2 = (int)(t240_q % 2);
          const long t240_q_2 = t240_q / 2;
          const int t240_1 = (int)(t240_q_2 % d_T);
          const int t240_0 = (int)(t240_q_2 / d_T);
          const int t241_2 = (int)(o_57 % 16);
          const float v1_113 = acc3.s8 + x2[(long)t241_2];
          y0[(((long)t240_0 * 2 + t240_2) * d_T + t240_1) * 8 + t240_3] = v1_113;
          const int t242_3 = (int)(o_57 % 8);
          const long t242_q = o_57 / 8;
          const int t242_2 = (int)(t242_q % 2);
          const long t242_q_2 = t242_q / 2;
          const int t242_1 = (int)(t242_q_2 % d_T);
          const int t242_0 = (int)(t242_q_2 / d_T);
          const int t243_2 = (int)(o_57 % 16);
          const float v1_114 = acc3.s8 + x2[(long)t243_2];
          y5[(((long)t242_0 * 2 + t242_2) * 8 + t242_3) * d_T + t242_1] = v1_114;
        }
        if (1) {
          const long o_58 = om_3 * 16 + 9L;
          const int t244_3 = (int)(o_58 % 8);
          const long t244_q = o_58 / 8;
          const int t244_2 = (int)(t244_q % 2);
          const long t244_q_2 = t244_q / 2;
          const int t244_1 = (int)(t244_q_2 % d_T);
          const int t244_0 = (int)(t244_q_2 / d_T);
          const int t245_2 = (int)(o_58 % 16);
          const float v1_115 = acc3.s9 + x2[(long)t245_2];
          y0[(((long)t244_0 * 2 + t244_2) * d_T + t244_1) * 8 + t244_3] = v1_115;
          const int t246_3 = (int)(o_58 % 8);
          const long t246_q = o_58 / 8;
          const int t246_2 = (int)(t246_q % 2);
          const long t246_q_2 = t246_q / 2;
          const int t246_1 = (int)(t246_q_2 % d_T);
          const int t246_0 = (int)(t246_q_2 / d_T);
          const int t247_2 = (int)(o_58 % 16);
          const float v1_116 = acc3.s9 + x2[(long)t247_2];
          y5[(((long)t246_0 * 2 + t246_2) * 8 + t246_3) * d_T + t246_1] = v1_116;
        }
        if (1) {
          const long o_59 = om_3 * 16 + 10L;
          const int t248_3 = (int)(o_59 % 8);
          const long t248_q = o_59 / 8;
          const int t248_2 = (int)(t248_q % 2);
          const long t248_q_2 = t248_q / 2;
          const int t248_1 = (int)(t248_q_2 % d_T);
          const int t248_0 = (int)(t248_q_2 / d_T);
          const int t249_2 = (int)(o_59 % 16);
          const float v1_117 = acc3.sa + x2[(long)t249_2];
          y0[(((long)t248_0 * 2 + t248_2) * d_T + t248_1) * 8 + t248_3] = v1_117;
          const int t250_3 = (int)(o_59 % 8);
          const long t250_q = o_59 / 8;
          const int t250_2 = (int)(t250_q % 2);
          const long t250_q_2 = t250_q / 2;
          const int t250_1 = (int)(t250_q_2 % d_T);
          const int t250_0 = (int)(t250_q_2 / d_T);
          const int t251_2 = (int)(o_59 % 16);
          const float v1_118 = acc3.sa + x2[(long)t251_2];
          y5[(((long)t250_0 * 2 + t250_2) * 8 + t250_3) * d_T + t250_1] = v1_118;
        }
        if (1) {
          const long o_60 = om_3 * 16 + 11L;
          const int t252_3 = (int)(o_60 % 8);
          const long t252_q = o_60 / 8;
          const int t252_2 = (int)(t252_q % 2);
          const long t252_q_2 = t252_q / 2;
          const int t252_1 = (int)(t252_q_2 % d_T);
          const int t252_0 = (int)(t252_q_2 / d_T);
          const int t253_2 = (int)(o_60 % 16);
          const float v1_119 = acc3.sb + x2[(long)t253_2];
          y0[(((long)t252_0 * 2 + t252_2) * d_T + t252_1) * 8 + t252_3] = v1_119;
          const int t254_3 = (int)(o_60 % 8);
          const long t254_q = o_60 / 8;
          const int t254_2 = (int)(t254_q % 2);
          const long t254_q_2 = t254_q / 2;
          const int t254_1 = (int)(t254_q_2 % d_T);
          const int t254_0 = (int)(t254_q_2 / d_T);
          const int t255_2 = (int)(o_60 % 16);
          const float v1_120 = acc3.sb + x2[(long)t255_2];
          y5[(((long)t254_0 * 2 + t254_2) * 8 + t254_3) * d_T + t254_1] = v1_120;
        }
        if (1) {
          const long o_61 = om_3 * 16 + 12L;
          const int t256_3 = (int)(o_61 % 8);
          const long t256_q = o_61 / 8;
          const int t256_2 = (int)(t256_q % 2);
          const long t256_q_2 = t256_q / 2;
          const int t256_1 = (int)(t256_q_2 % d_T);
          const int t256_0 = (int)(t256_q_2 / d_T);
          const int t257_2 = (int)(o_61 % 16);
          const float v1_121 = acc3.sc + x2[(long)t257_2];
          y0[(((long)t256_0 * 2 + t256_2) * d_T + t256_1) * 8 + t256_3] = v1_121;
          const int t258_3 = (int)(o_61 % 8);
          const long t258_q = o_61 / 8;
          const int t258_2 = (int)(t258_q % 2);
          const long t258_q_2 = t258_q / 2;
          const int t258_1 = (int)(t258_q_2 % d_T);
          const int t258_0 = (int)(t258_q_2 / d_T);
          const int t259_2 = (int)(o_61 % 16);
          const float v1_122 = acc3.sc + x2[(long)t259_2];
          y5[(((long)t258_0 * 2 + t258_2) * 8 + t258_3) * d_T + t258_1] = v1_122;
        }
        if (1) {
          const long o_62 = om_3 * 16 + 13L;
          const int t260_3 = (int)(o_62 % 8);
          const long t260_q = o_62 / 8;
          const int t260_2 = (int)(t260_q % 2);
          const long t260_q_2 = t260_q / 2;
          const int t260_1 = (int)(t260_q_2 % d_T);
          const int t260_0 = (int)(t260_q_2 / d_T);
          const int t261_2 = (int)(o_62 % 16);
          const float v1_123 = acc3.sd + x2[(long)t261_2];
          y0[(((long)t260_0 * 2 + t260_2) * d_T + t260_1) * 8 + t260_3] = v1_123;
          const int t262_3 = (int)(o_62 % 8);
          const long t262_q = o_62 / 8;
          const int t262_2 = (int)(t262_q % 2);
          const long t262_q_2 = t262_q / 2;
          const int t262_1 = (int)(t262_q_2 % d_T);
          const int t262_0 = (int)(t262_q_2 / d_T);
          const int t263_2 = (int)(o_62 % 16);
          const float v1_124 = acc3.sd + x2[(long)t263_2];
          y5[(((long)t262_0 * 2 + t262_2) * 8 + t262_3) * d_T + t262_1] = v1_124;
        }
        if (1) {
          const long o_63 = om_3 * 16 + 14L;
          const int t264_3 = (int)(o_63 % 8);
          const long t264_q = o_63 / 8;
          const int t264_2 = (int)(t264_q % 2);
          const long t264_q_2 = t264_q / 2;
          const int t264_1 = (int)(t264_q_2 % d_T);
          const int t264_0 = (int)(t264_q_2 / d_T);
          const int t265_2 = (int)(o_63 % 16);
          const float v1_125 = acc3.se + x2[(long)t265_2];
          y0[(((long)t264_0 * 2 + t264_2) * d_T + t264_1) * 8 + t264_3] = v1_125;
          const int t266_3 = (int)(o_63 % 8);
          const long t266_q = o_63 / 8;
          const int t266_2 = (int)(t266_q % 2);
          const long t266_q_2 = t266_q / 2;
          const int t266_1 = (int)(t266_q_2 % d_T);
          const int t266_0 = (int)(t266_q_2 / d_T);
          const int t267_2 = (int)(o_63 % 16);
          const float v1_126 = acc3.se + x2[(long)t267_2];
          y5[(((long)t266_0 * 2 + t266_2) * 8 + t266_3) * d_T + t266_1] = v1_126;
        }
        if (1) {
          const long o_64 = om_3 * 16 + 15L;
          const int t268_3 = (int)(o_64 % 8);
          const long t268_q = o_64 / 8;
          const int t268_2 = (int)(t268_q % 2);
          const long t268_q_2 = t268_q / 2;
          const int t268_1 = (int)(t268_q_2 % d_T);
          const int t268_0 = (int)(t268_q_2 / d_T);
          const int t269_2 = (int)(o_64 % 16);
          const float v1_127 = acc3.sf + x2[(long)t269_2];
          y0[(((long)t268_0 * 2 + t268_2) * d_T + t268_1) * 8 + t268_3] = v1_127;
          const int t270_3 = (int)(o_64 % 8);
          const long t270_q = o_64 / 8;
          const int t270_2 = (int)(t270_q % 2);
          const long t270_q_2 = t270_q / 2;
          const int t270_1 = (int)(t270_q_2 % d_T);
          const int t270_0 = (int)(t270_q_2 / d_T);
          const int t271_2 = (int)(o_64 % 16);
          const float v1_128 = acc3.sf + x2[(long)t271_2];
          y5[(((long)t270_0 * 2 + t270_2) * 8 + t270_3) * d_T + t270_1] = v1_128;
        }
      }
      const long om_4 = m0 + 4;
      if (om_4 < M) {
        if (1) {
          const long o_65 = om_4 * 16;
          const int t272_3 = (int)(o_65 % 8);
          const long t272_q = o_65 / 8;
          const int t272_2 = (int)(t272_q % 2);
          const long t272_q_2 = t272_q / 2;
          const int t272_1 = (int)(t272_q_2 % d_T);
          const int t272_0 = (int)(t272_q_2 / d_T);
          const int t273_2 = (int)(o_65 % 16);
          const float v1_129 = acc4.s0 + x2[(long)t273_2];
          y0[(((long)t272_0 * 2 + t272_2) * d_T + t272_1) * 8 + t272_3] = v1_129;
          const int t274_3 = (int)(o_65 % 8);
          const long t274_q = o_65 / 8;
          const int t274_2 = (int)(t274_q % 2);
          const long t274_q_2 = t274_q / 2;
          const int t274_1 = (int)(t274_q_2 % d_T);
          const int t274_0 = (int)(t274_q_2 / d_T);
          const int t275_2 = (int)(o_65 % 16);
          const float v1_130 = acc4.s0 + x2[(long)t275_2];
          y5[(((long)t274_0 * 2 + t274_2) * 8 + t274_3) * d_T + t274_1] = v1_130;
        }
        if (1) {
          const long o_66 = om_4 * 16 + 1L;
          const int t276_3 = (int)(o_66 % 8);
          const long t276_q = o_66 / 8;
          const int t276_2 = (int)(t276_q % 2);
          const long t276_q_2 = t276_q / 2;
          const int t276_1 = (int)(t276_q_2 % d_T);
          const int t276_0 = (int)(t276_q_2 / d_T);
          const int t277_2 = (int)(o_66 % 16);
          const float v1_131 = acc4.s1 + x2[(long)t277_2];
          y0[(((long)t276_0 * 2 + t276_2) * d_T + t276_1) * 8 + t276_3] = v1_131;
          const int t278_3 = (int)(o_66 % 8);
          const long t278_q = o_66 / 8;
          const int t278_2 = (int)(t278_q % 2);
          const long t278_q_2 = t278_q / 2;
          const int t278_1 = (int)(t278_q_2 % d_T);
          const int t278_0 = (int)(t278_q_2 / d_T);
          const int t279_2 = (int)(o_66 % 16);
          const float v1_132 = acc4.s1 + x2[(long)t279_2];
          y5[(((long)t278_0 * 2 + t278_2) * 8 + t278_3) * d_T + t278_1] = v1_132;
        }
        if (1) {
          const long o_67 = om_4 * 16 + 2L;
          const int t280_3 = (int)(o_67 % 8);
          const long t280_q = o_67 / 8;
          const int t280_2 = (int)(t280_q % 2);
          const long t280_q_2 = t280_q / 2;
          const int t280_1 = (int)(t280_q_2 % d_T);
          const int t280_0 = (int)(t280_q_2 / d_T);
          const int t281_2 = (int)(o_67 % 16);
          const float v1_133 = acc4.s2 + x2[(long)t281_2];
          y0[(((long)t280_0 * 2 + t280_2) * d_T + t280_1) * 8 + t280_3] = v1_133;
          const int t282_3 = (int)(o_67 % 8);
          const long t282_q = o_67 / 8;
          const int t282_2 = (int)(t282_q % 2);
          const long t282_q_2 = t282_q / 2;
          const int t282_1 = (int)(t282_q_2 % d_T);
          const int t282_0 = (int)(t282_q_2 / d_T);
          const int t283_2 = (int)(o_67 % 16);
          const float v1_134 = acc4.s2 + x2[(long)t283_2];
          y5[(((long)t282_0 * 2 + t282_2) * 8 + t282_3) * d_T + t282_1] = v1_134;
        }
        if (1) {
          const long o_68 = om_4 * 16 + 3L;
          const int t284_3 = (int)(o_68 % 8);
          const long t284_q = o_68 / 8;
          const int t284_2 = (int)(t284_q % 2);
          const long t284_q_2 = t284_q / 2;
          const int t284_1 = (int)(t284_q_2 % d_T);
          const int t284_0 = (int)(t284_q_2 / d_T);
          const int t285_2 = (int)(o_68 % 16);
          const float v1_135 = acc4.s3 + x2[(long)t285_2];
          y0[(((long)t284_0 * 2 + t284_2) * d_T + t284_1) * 8 + t284_3] = v1_135;
          const int t286_3 = (int)(o_68 % 8);
          const long t286_q = o_68 / 8;
          const int t286_2 = (int)(t286_q % 2);
          const long t286_q_2 = t286_q / 2;
          const int t286_1 = (int)(t286_q_2 % d_T);
          const int t286_0 = (int)(t286_q_2 / d_T);
          const int t287_2 = (int)(o_68 % 16);
          const float v1_136 = acc4.s3 + x2[(long)t287_2];
          y5[(((long)t286_0 * 2 + t286_2) * 8 + t286_3) * d_T + t286_1] = v1_136;
        }
        if (1) {
          const long o_69 = om_4 * 16 + 4L;
          const int t288_3 = (int)(o_69 % 8);
          const long t288_q = o_69 / 8;
          const int t288_2 = (int)(t288_q % 2);
          const long t288_q_2 = t288_q / 2;
          const int t288_1 = (int)(t288_q_2 % d_T);
          const int t288_0 = (int)(t288_q_2 / d_T);
          const int t289_2 = (int)(o_69 % 16);
          const float v1_137 = acc4.s4 + x2[(long)t289_2];
          y0[(((long)t288_0 * 2 + t288_2) * d_T + t288_1) * 8 + t288_3] = v1_137;
          const int t290_3 = (int)(o_69 % 8);
          const long t290_q = o_69 / 8;
          const int t290_2 = (int)(t290_q % 2);
          const long t290_q_2 = t290_q / 2;
          const int t290_1 = (int)(t290_q_2 % d_T);
          const int t290_0 = (int)(t290_q_2 / d_T);
          const int t291_2 = (int)(o_69 % 16);
          const float v1_138 = acc4.s4 + x2[(long)t291_2];
          y5[(((long)t290_0 * 2 + t290_2) * 8 + t290_3) * d_T + t290_1] = v1_138;
        }
        if (1) {
          const long o_70 = om_4 * 16 + 5L;
          const int t292_3 = (int)(o_70 % 8);
          const long t292_q = o_70 / 8;
          const int t292_2 = (int)(t292_q % 2);
          const long t292_q_2 = t292_q / 2;
          const int t292_1 = (int)(t292_q_2 % d_T);
          const int t292_0 = (int)(t292_q_2 / d_T);
          const int t293_2 = (int)(o_70 % 16);
          const float v1_139 = acc4.s5 + x2[(long)t293_2];
          y0[(((long)t292_0 * 2 + t292_2) * d_T + t292_1) * 8 + t292_3] = v1_139;
          const int t294_3 = (int)(o_70 % 8);
          const long t294_q = o_70 / 8;
          const int t294_2 = (int)(t294_q % 2);
          const long t294_q_2 = t294_q / 2;
          const int t294_1 = (int)(t294_q_2 % d_T);
          const int t294_0 = (int)(t294_q_2 / d_T);
          const int t295_2 = (int)(o_70 % 16);
          const float v1_140 = acc4.s5 + x2[(long)t295_2];
          y5[(((long)t294_0 * 2 + t294_2) * 8 + t294_3) * d_T + t294_1] = v1_140;
        }
        if (1) {
          const long o_71 = om_4 * 16 + 6L;
          const int t296_3 = (int)(o_71 % 8);
          const long t296_q = o_71 / 8;
          const int t296_2 = (int)(t296_q % 2);
          const long t296_q_2 = t296_q / 2;
          const int t296_1 = (int)(t296_q_2 % d_T);
          const int t296_0 = (int)(t296_q_2 / d_T);
          const int t297_2 = (int)(o_71 % 16);
          const float v1_141 = acc4.s6 + x2[(long)t297_2];
          y0[(((long)t296_0 * 2 + t296_2) * d_T + t296_1) * 8 + t296_3] = v1_141;
          const int t298_3 = (int)(o_71 % 8);
          const long t298_q = o_71 / 8;
          const int t298_2 = (int)(t298_q % 2);
          const long t298_q_2 = t298_q / 2;
          const int t298_1 = (int)(t298_q_2 % d_T);
          const int t298_0 = (int)(t298_q_2 / d_T);
          const int t299_2 = (int)(o_71 % 16);
          const float v1_142 = acc4.s6 + x2[(long)t299_2];
          y5[(((long)t298_0 * 2 + t298_2) * 8 + t298_3) * d_T + t298_1] = v1_142;
        }
        if (1) {
          const long o_72 = om_4 * 16 + 7L;
          const int t300_3 = (int)(o_72 % 8);
          const long t300_q = o_72 / 8;
          const int t300_2 = (int)(t300_q % 2);
          const long t300_q_2 = t300_q / 2;
          const int t300_1 = (int)(t300_q_2 % d_T);
          const int t300_0 = (int)(t300_q_2 / d_T);
          const int t301_2 = (int)(o_72 % 16);
          const float v1_143 = acc4.s7 + x2[(long)t301_2];
          y0[(((long)t300_0 * 2 + t300_2) * d_T + t300_1) * 8 + t300_3] = v1_143;
          const int t302_3 = (int)(o_72 % 8);
          const long t302_q = o_72 / 8;
          const int t302_2 = (int)(t302_q % 2);
          const long t302_q_2 = t302_q / 2;
          const int t302_1 = (int)(t302_q_2 % d_T);
          const int t302_0 = (int)(t302_q_2 / d_T);
          const int t303_2 = (int)(o_72 % 16);
          const float v1_144 = acc4.s7 + x2[(long)t303_2];
          y5[(((long)t302_0 * 2 + t302_2) * 8 + t302_3) * d_T + t302_1] = v1_144;
        }
        if (1) {
          const long o_73 = om_4 * 16 + 8L;
          const int t304_3 = (int)(o_73 % 8);
          const long t304_q = o_73 / 8;
          const int t304_2 = (int)(t304_q % 2);
          const long t304_q_2 = t304_q / 2;
          const int t304_1 = (int)(t304_q_2 % d_T);
          const int t304_0 = (int)(t304_q_2 / d_T);
          const int t305_2 = (int)(o_73 % 16);
          const float v1_145 = acc4.s8 + x2[(long)t305_2];
          y0[(((long)t304_0 * 2 + t304_2) * d_T + t304_1) * 8 + t304_3] = v1_145;
          const int t306_3 = (int)(o_73 % 8);
          const long t306_q = o_73 / 8;
          const int t306_2 = (int)(t306_q % 2);
          const long t306_q_2 = t306_q / 2;
          const int t306_1 = (int)(t306_q_2 % d_T);
          const int t306_0 = (int)(t306_q_2 / d_T);
          const int t307_2 = (int)(o_73 % 16);
          const float v1_146 = acc4.s8 + x2[(long)t307_2];
          y5[(((long)t306_0 * 2 + t306_2) * 8 + t306_3) * d_T + t306_1] = v1_146;
        }
        if (1) {
          const long o_74 = om_4 * 16 + 9L;
          const int t308_3 = (int)(o_74 % 8);
          const long t308_q = o_74 / 8;
          const int t308_2 = (int)(t308_q % 2);
          const long t308_q_2 = t308_q / 2;
          const int t308_1 = (int)(t308_q_2 % d_T);
          const int t308_0 = (int)(t308_q_2 / d_T);
          const int t309_2 = (int)(o_74 % 16);
          const float v1_147 = acc4.s9 + x2[(long)t309_2];
          y0[(((long)t308_0 * 2 + t308_2) * d_T + t308_1) * 8 + t308_3] = v1_147;
          const int t310_3 = (int)(o_74 % 8);
          const long t310_q = o_74 / 8;
          const int t310_2 = (int)(t310_q % 2);
          const long t310_q_2 = t310_q / 2;
          const int t310_1 = (int)(t310_q_2 % d_T);
          const int t310_0 = (int)(t310_q_2 / d_T);
          const int t311_2 = (int)(o_74 % 16);
          const float v1_148 = acc4.s9 + x2[(long)t311_2];
          y5[(((long)t310_0 * 2 + t310_2) * 8 + t310_3) * d_T + t310_1] = v1_148;
        }
        if (1) {
          const long o_75 = om_4 * 16 + 10L;
          const int t312_3 = (int)(o_75 % 8);
          const long t312_q = o_75 / 8;
          const int t312_2 = (int)(t312_q % 2);
          const long t312_q_2 = t312_q / 2;
          const int t312_1 = (int)(t312_q_2 % d_T);
          const int t312_0 = (int)(t312_q_2 / d_T);
          const int t313_2 = (int)(o_75 % 16);
          const float v1_149 = acc4.sa + x2[(long)t313_2];
          y0[(((long)t312_0 * 2 + t312_2) * d_T + t312_1) * 8 + t312_3] = v1_149;
          const int t314_3 = (int)(o_75 % 8);
          const long t314_q = o_75 / 8;
          const int t314_2 = (int)(t314_q % 2);
          const long t314_q_2 = t314_q / 2;
          const int t314_1 = (int)(t314_q_2 % d_T);
          const int t314_0 = (int)(t314_q_2 / d_T);
          const int t315_2 = (int)(o_75 % 16);
          const float v1_150 = acc4.sa + x2[(long)t315_2];
          y5[(((long)t314_0 * 2 + t314_2) * 8 + t314_3) * d_T + t314_1] = v1_150;
        }
        if (1) {
          const long o_76 = om_4 * 16 + 11L;
          const int t316_3 = (int)(o_76 % 8);
          const long t316_q = o_76 / 8;
          const int t316_2 = (int)(t316_q % 2);
          const long t316_q_2 = t316_q / 2;
          const int t316_1 = (int)(t316_q_2 % d_T);
          const int t316_0 = (int)(t316_q_2 / d_T);
          const int t317_2 = (int)(o_76 % 16);
          const float v1_151 = acc4.sb + x2[(long)t317_2];
          y0[(((long)t316_0 * 2 + t316_2) * d_T + t316_1) * 8 + t316_3] = v1_151;
          const int t318_3 = (int)(o_76 % 8);
          const long t318_q = o_76 / 8;
          const int t318_2 = (int)(t318_q % 2);
          const long t318_q_2 = t318_q / 2;
          const int t318_1 = (int)(t318_q_2 % d_T);
          const int t318_0 = (int)(t318_q_2 / d_T);
          const int t319_2 = (int)(o_76 % 16);
          const float v1_152 = acc4.sb + x2[(long)t319_2];
          y5[(((long)t318_0 * 2 + t318_2) * 8 + t318_3) * d_T + t318_1] = v1_152;
        }
        if (1) {
          const long o_77 = om_4 * 16 + 12L;
          const int t320_3 = (int)(o_77 % 8);
          const long t320_q = o_77 / 8;
          const int t320_2 = (int)(t320_q % 2);
          const long t320_q_2 = t320_q / 2;
          const int t320_1 = (int)(t320_q_2 % d_T);
          const int t320_0 = (int)(t320_q_2 / d_T);
          const int t321_2 = (int)(o_77 % 16);
          const float v1_153 = acc4.sc + x2[(long)t321_2];
          y0[(((long)t320_0 * 2 + t320_2) * d_T + t320_1) * 8 + t320_3] = v1_153;
          const int t322_3 = (int)(o_77 % 8);
          const long t322_q = o_77 / 8;
          const int t322_2 = (int)(t322_q % 2);
          const long t322_q_2 = t322_q / 2;
          const int t322_1 = (int)(t322_q_2 % d_T);
          const int t322_0 = (int)(t322_q_2 / d_T);
          const int t323_2 = (int)(o_77 % 16);
          const float v1_154 = acc4.sc + x2[(long)t323_2];
          y5[(((long)t322_0 * 2 + t322_2) * 8 + t322_3) * d_T + t322_1] = v1_154;
        }
        if (1) {
          const long o_78 = om_4 * 16 + 13L;
          const int t324_3 = (int)(o_78 % 8);
          const long t324_q = o_78 / 8;
          const int t324_2 = (int)(t324_q % 2);
          const long t324_q_2 = t324_q / 2;
          const int t324_1 = (int)(t324_q_2 % d_T);
          const int t324_0 = (int)(t324_q_2 / d_T);
          const int t325_2 = (int)(o_78 % 16);
          const float v1_155 = acc4.sd + x2[(long)t325_2];
          y0[(((long)t324_0 * 2 + t324_2) * d_T + t324_1) * 8 + t324_3] = v1_155;
          const int t326_3 = (int)(o_78 % 8);
          const long t326_q = o_78 / 8;
          const int t326_2 = (int)(t326_q % 2);
          const long t326_q_2 = t326_q / 2;
          const int t326_1 = (int)(t326_q_2 % d_T);
          const int t326_0 = (int)(t326_q_2 / d_T);
          const int t327_2 = (int)(o_78 % 16);
          const float v1_156 = acc4.sd + x2[(long)t327_2];
          y5[(((long)t326_0 * 2 + t326_2) * 8 + t326_3) * d_T + t326_1] = v1_156;
        }
        if (1) {
          const long o_79 = om_4 * 16 + 14L;
          const int t328_3 = (int)(o_79 % 8);
          const long t328_q = o_79 / 8;
          const int t328_2 = (int)(t328_q % 2);
          const long t328_q_2 = t328_q / 2;
          const int t328_1 = (int)(t328_q_2 % d_T);
          const int t328_0 = (int)(t328_q_2 / d_T);
          const int t329_2 = (int)(o_79 % 16);
          const float v1_157 = acc4.se + x2[(long)t329_2];
          y0[(((long)t328_0 * 2 + t328_2) * d_T + t328_1) * 8 + t328_3] = v1_157;
          const int t330_3 = (int)(o_79 % 8);
          const long t330_q = o_79 / 8;
          const int t330_2 = (int)(t330_q % 2);
          const long t330_q_2 = t330_q / 2;
          const int t330_1 = (int)(t330_q_2 % d_T);
          const int t330_0 = (int)(t330_q_2 / d_T);
          const int t331_2 = (int)(o_79 % 16);
          const float v1_158 = acc4.se + x2[(long)t331_2];
          y5[(((long)t330_0 * 2 + t330_2) * 8 + t330_3) * d_T + t330_1] = v1_158;
        }
        if (1) {
          const long o_80 = om_4 * 16 + 15L;
          const int t332_3 = (int)(o_80 % 8);
          const long t332_q = o_80 / 8;
          const int t332_2 = (int)(t332_q % 2);
          const long t332_q_2 = t332_q / 2;
          const int t332_1 = (int)(t332_q_2 % d_T);
          const int t332_0 = (int)(t332_q_2 / d_T);
          const int t333_2 = (int)(o_80 % 16);
          const float v1_159 = acc4.sf + x2[(long)t333_2];
          y0[(((long)t332_0 * 2 + t332_2) * d_T + t332_1) * 8 + t332_3] = v1_159;
          const int t334_3 = (int)(o_80 % 8);
          const long t334_q = o_80 / 8;
          const int t334_2 = (int)(t334_q % 2);
          const long t334_q_2 = t334_q / 2;
          const int t334_1 = (int)(t334_q_2 % d_T);
          const int t334_0 = (int)(t334_q_2 / d_T);
          const int t335_2 = (int)(o_80 % 16);
          const float v1_160 = acc4.sf + x2[(long)t335_2];
          y5[(((long)t334_0 * 2 + t334_2) * 8 + t334_3) * d_T + t334_1] = v1_160;
        }
      }
      const long om_5 = m0 + 5;
      if (om_5 < M) {
        if (1) {
          const long o_81 = om_5 * 16;
          const int t336_3 = (int)(o_81 % 8);
          const long t336_q = o_81 / 8;
          const int t336_2 = (int)(t336_q % 2);
          const long t336_q_2 = t336_q / 2;
          const int t336_1 = (int)(t336_q_2 % d_T);
          const int t336_0 = (int)(t336_q_2 / d_T);
          const int t337_2 = (int)(o_81 % 16);
          const float v1_161 = acc5.s0 + x2[(long)t337_2];
          y0[(((long)t336_0 * 2 + t336_2) * d_T + t336_1) * 8 + t336_3] = v1_161;
          const int t338_3 = (int)(o_81 % 8);
          const long t338_q = o_81 / 8;
          const int t338_2 = (int)(t338_q % 2);
          const long t338_q_2 = t338_q / 2;
          const int t338_1 = (int)(t338_q_2 % d_T);
          const int t338_0 = (int)(t338_q_2 / d_T);
          const int t339_2 = (int)(o_81 % 16);
          const float v1_162 = acc5.s0 + x2[(long)t339_2];
          y5[(((long)t338_0 * 2 + t338_2) * 8 + t338_3) * d_T + t338_1] = v1_162;
        }
        if (1) {
          const long o_82 = om_5 * 16 + 1L;
          const int t340_3 = (int)(o_82 % 8);
          const long t340_q = o_82 / 8;
          const int t340_2 = (int)(t340_q % 2);
          const long t340_q_2 = t340_q / 2;
          const int t340_1 = (int)(t340_q_2 % d_T);
          const int t340_0 = (int)(t340_q_2 / d_T);
          const int t341_2 = (int)(o_82 % 16);
          const float v1_163 = acc5.s1 + x2[(long)t341_2];
          y0[(((long)t340_0 * 2 + t340_2) * d_T + t340_1) * 8 + t340_3] = v1_163;
          const int t342_3 = (int)(o_82 % 8);
          const long t342_q = o_82 / 8;
          const int t342_2 = (int)(t342_q % 2);
          const long t342_q_2 = t342_q / 2;
          const int t342_1 = (int)(t342_q_2 % d_T);
          const int t342_0 = (int)(t342_q_2 / d_T);
          const int t343_2 = (int)(o_82 % 16);
          const float v1_164 = acc5.s1 + x2[(long)t343_2];
          y5[(((long)t342_0 * 2 + t342_2) * 8 + t342_3) * d_T + t342_1] = v1_164;
        }
        if (1) {
          const long o_83 = om_5 * 16 + 2L;
          const int t344_3 = (int)(o_83 % 8);
          const long t344_q = o_83 / 8;
          const int t344_2 = (int)(t344_q % 2);
          const long t344_q_2 = t344_q / 2;
          const int t344_1 = (int)(t344_q_2 % d_T);
          const int t344_0 = (int)(t344_q_2 / d_T);
          const int t345_2 = (int)(o_83 % 16);
          const float v1_165 = acc5.s2 + x2[(long)t345_2];
          y0[(((long)t344_0 * 2 + t344_2) * d_T + t344_1) * 8 + t344_3] = v1_165;
          const int t346_3 = (int)(o_83 % 8);
          const long t346_q = o_83 / 8;
          const int t346_2 = (int)(t346_q % 2);
          const long t346_q_2 = t346_q / 2;
          const int t346_1 = (int)(t346_q_2 % d_T);
          const int t346_0 = (int)(t346_q_2 / d_T);
          const int t347_2 = (int)(o_83 % 16);
          const float v1_166 = acc5.s2 + x2[(long)t347_2];
          y5[(((long)t346_0 * 2 + t346_2) * 8 + t346_3) * d_T + t346_1] = v1_166;
        }
        if (1) {
          const long o_84 = om_5 * 16 + 3L;
          const int t348_3 = (int)(o_84 % 8);
          const long t348_q = o_84 / 8;
          const int t348_2 = (int)(t348_q % 2);
          const long t348_q_2 = t348_q / 2;
          const int t348_1 = (int)(t348_q_2 % d_T);
          const int t348_0 = (int)(t348_q_2 / d_T);
          const int t349_2 = (int)(o_84 % 16);
          const float v1_167 = acc5.s3 + x2[(long)t349_2];
          y0[(((long)t348_0 * 2 + t348_2) * d_T + t348_1) * 8 + t348_3] = v1_167;
          const int t350_3 = (int)(o_84 % 8);
          const long t350_q = o_84 / 8;
          const int t350_2 = (int)(t350_q % 2);
          const long t350_q_2 = t350_q / 2;
          const int t350_1 = (int)(t350_q_2 % d_T);
          const int t350_0 = (int)(t350_q_2 / d_T);
          const int t351_2 = (int)(o_84 % 16);
          const float v1_168 = acc5.s3 + x2[(long)t351_2];
          y5[(((long)t350_0 * 2 + t350_2) * 8 + t350_3) * d_T + t350_1] = v1_168;
        }
        if (1) {
          const long o_85 = om_5 * 16 + 4L;
          const int t352_3 = (int)(o_85 % 8);
          const long t352_q = o_85 / 8;
          const int t352_2 = (int)(t352_q % 2);
          const long t352_q_2 = t352_q / 2;
          const int t352_1 = (int)(t352_q_2 % d_T);
          const int t352_0 = (int)(t352_q_2 / d_T);
          const int t353_2 = (int)(o_85 % 16);
          const float v1_169 = acc5.s4 + x2[(long)t353_2];
          y0[(((long)t352_0 * 2 + t352_2) * d_T + t352_1) * 8 + t352_3] = v1_169;
          const int t354_3 = (int)(o_85 % 8);
          const long t354_q = o_85 / 8;
          const int t354_2 = (int)(t354_q % 2);
          const long t354_q_2 = t354_q / 2;
          const int t354_1 = (int)(t354_q_2 % d_T);
          const int t354_0 = (int)(t354_q_2 / d_T);
          const int t355_2 = (int)(o_85 % 16);
          const float v1_170 = acc5.s4 + x2[(long)t355_2];
          y5[(((long)t354_0 * 2 + t354_2) * 8 + t354_3) * d_T + t354_1] = v1_170;
        }
        if (1) {
          const long o_86 = om_5 * 16 + 5L;
          const int t356_3 = (int)(o_86 % 8);
          const long t356_q = o_86 / 8;
          const int t356_2 = (int)(t356_q % 2);
          const long t356_q_2 = t356_q / 2;
          const int t356_1 = (int)(t356_q_2 % d_T);
          const int t356_0 = (int)(t356_q_2 / d_T);
          const int t357_2 = (int)(o_86 % 16);
          const float v1_171 = acc5.s5 + x2[(long)t357_2];
          y0[(((long)t356_0 * 2 + t356_2) * d_T + t356_1) * 8 + t356_3] = v1_171;
          const int t358_3 = (int)(o_86 % 8);
          const long t358_q = o_86 / 8;
          const int t358_2 = (int)(t358_q % 2);
          const long t358_q_2 = t358_q / 2;
          const int t358_1 = (int)(t358_q_2 % d_T);
          const int t358_0 = (int)(t358_q_2 / d_T);
          const int t359_2 = (int)(o_86 % 16);
          const float v1_172 = acc5.s5 + x2[(long)t359_2];
          y5[(((long)t358_0 * 2 + t358_2) * 8 + t358_3) * d_T + t358_1] = v1_172;
        }
        if (1) {
          const long o_87 = om_5 * 16 + 6L;
          const int t360_3 = (int)(o_87 % 8);
          const long t360_q = o_87 / 8;
          const int t360_2 = (int)(t360_q % 2);
          const long t360_q_2 = t360_q / 2;
          const int t360_1 = (int)(t360_q_2 % d_T);
          const int t360_0 = (int)(t360_q_2 / d_T);
          const int t361_2 = (int)(o_87 % 16);
          const float v1_173 = acc5.s6 + x2[(long)t361_2];
          y0[(((long)t360_0 * 2 + t360_2) * d_T + t360_1) * 8 + t360_3] = v1_173;
          const int t362_3 = (int)(o_87 % 8);
          const long t362_q = o_87 / 8;
          const int t362_2 = (int)(t362_q % 2);
          const long t362_q_2 = t362_q / 2;
          const int t362_1 = (int)(t362_q_2 % d_T);
          const int t362_0 = (int)(t362_q_2 / d_T);
          const int t363_2 = (int)(o_87 % 16);
          const float v1_174 = acc5.s6 + x2[(long)t363_2];
          y5[(((long)t362_0 * 2 + t362_2) * 8 + t362_3) * d_T + t362_1] = v1_174;
        }
        if (1) {
          const long o_88 = om_5 * 16 + 7L;
          const int t364_3 = (int)(o_88 % 8);
          const long t364_q = o_88 / 8;
          const int t364_2 = (int)(t364_q % 2);
          const long t364_q_2 = t364_q / 2;
          const int t364_1 = (int)(t364_q_2 % d_T);
          const int t364_0 = (int)(t364_q_2 / d_T);
          const int t365_2 = (int)(o_88 % 16);
          const float v1_175 = acc5.s7 + x2[(long)t365_2];
          y0[(((long)t364_0 * 2 + t364_2) * d_T + t364_1) * 8 + t364_3] = v1_175;
          const int t366_3 = (int)(o_88 % 8);
          const long t366_q = o_88 / 8;
          const int t366_2 = (int)(t366_q % 2);
          const long t366_q_2 = t366_q / 2;
          const int t366_1 = (int)(t366_q_2 % d_T);
          const int t366_0 = (int)(t366_q_2 / d_T);
          const int t367_2 = (int)(o_88 % 16);
          const float v1_176 = acc5.s7 + x2[(long)t367_2];
          y5[(((long)t366_0 * 2 + t366_2) * 8 + t366_3) * d_T + t366_1] = v1_176;
        }
        if (1) {
          const long o_89 = om_5 * 16 + 8L;
          const int t368_3 = (int)(o_89 % 8);
          const long t368_q = o_89 / 8;
          const int t368_2 = (int)(t368_q % 2);
          const long t368_q_2 = t368_q / 2;
          const int t368_1 = (int)(t368_q_2 % d_T);
          const int t368_0 = (int)(t368_q_2 / d_T);
          const int t369_2 = (int)(o_89 % 16);
          const float v1_177 = acc5.s8 + x2[(long)t369_2];
          y0[(((long)t368_0 * 2 + t368_2) * d_T + t368_1) * 8 + t368_3] = v1_177;
          const int t370_3 = (int)(o_89 % 8);
          const long t370_q = o_89 / 8;
          const int t370_2 = (int)(t370_q % 2);
          const long t370_q_2 = t370_q / 2;
          const int t370_1 = (int)(t370_q_2 % d_T);
          const int t370_0 = (int)(t370_q_2 / d_T);
          const int t371_2 = (int)(o_89 % 16);
          const float v1_178 = acc5.s8 + x2[(long)t371_2];
          y5[(((long)t370_0 * 2 + t370_2) * 8 + t370_3) * d_T + t370_1] = v1_178;
        }
        if (1) {
          const long o_90 = om_5 * 16 + 9L;
          const int t372_3 = (int)(o_90 % 8);
          const long t372_q = o_90 / 8;
          const int t372_2 = (int)(t372_q % 2);
          const long t372_q_2 = t372_q / 2;
          const int t372_1 = (int)(t372_q_2 % d_T);
          const int t372_0 = (int)(t372_q_2 / d_T);
          const int t373_2 = (int)(o_90 % 16);
          const float v1_179 = acc5.s9 + x2[(long)t373_2];
          y0[(((long)t372_0 * 2 + t372_2) * d_T + t372_1) * 8 + t372_3] = v1_179;
          const int t374_3 = (int)(o_90 % 8);
          const long t374_q = o_90 / 8;
          const int t374_2 = (int)(t374_q % 2);
          const long t374_q_2 = t374_q / 2;
          const int t374_1 = (int)(t374_q_2 % d_T);
          const int t374_0 = (int)(t374_q_2 / d_T);
          const int t375_2 = (int)(o_90 % 16);
          const float v1_180 = acc5.s9 + x2[(long)t375_2];
          y5[(((long)t374_0 * 2 + t374_2) * 8 + t374_3) * d_T + t374_1] = v1_180;
        }
        if (1) {
          const long o_91 = om_5 * 16 + 10L;
          const int t376_3 = (int)(o_91 % 8);
          const long t376_q = o_91 / 8;
          const int t376_2 = (int)(t376_q % 2);
          const long t376_q_2 = t376_q / 2;
          const int t376_1 = (int)(t376_q_2 % d_T);
          const int t376_0 = (int)(t376_q_2 / d_T);
          const int t377_2 = (int)(o_91 % 16);
          const float v1_181 = acc5.sa + x2[(long)t377_2];
          y0[(((long)t376_0 * 2 + t376_2) * d_T + t376_1) * 8 + t376_3] = v1_181;
          const int t378_3 = (int)(o_91 % 8);
          const long t378_q = o_91 / 8;
          const int t378_2 = (int)(t378_q % 2);
          const long t378_q_2 = t378_q / 2;
          const int t378_1 = (int)(t378_q_2 % d_T);
          const int t378_0 = (int)(t378_q_2 / d_T);
          const int t379_2 = (int)(o_91 % 16);
          const float v1_182 = acc5.sa + x2[(long)t379_2];
          y5[(((long)t378_0 * 2 + t378_2) * 8 + t378_3) * d_T + t378_1] = v1_182;
        }
        if (1) {
          const long o_92 = om_5 * 16 + 11L;
          const int t380_3 = (int)(o_92 % 8);
          const long t380_q = o_92 / 8;
          const int t380_2 = (int)(t380_q % 2);
          const long t380_q_2 = t380_q / 2;
          const int t380_1 = (int)(t380_q_2 % d_T);
          const int t380_0 = (int)(t380_q_2 / d_T);
          const int t381_2 = (int)(o_92 % 16);
          const float v1_183 = acc5.sb + x2[(long)t381_2];
          y0[(((long)t380_0 * 2 + t380_2) * d_T + t380_1) * 8 + t380_3] = v1_183;
          const int t382_3 = (int)(o_92 % 8);
          const long t382_q = o_92 / 8;
          const int t382_2 = (int)(t382_q % 2);
          const long t382_q_2 = t382_q / 2;
          const int t382_1 = (int)(t382_q_2 % d_T);
          const int t382_0 = (int)(t382_q_2 / d_T);
          const int t383_2 = (int)(o_92 % 16);
          const float v1_184 = acc5.sb + x2[(long)t383_2];
          y5[(((long)t382_0 * 2 + t382_2) * 8 + t382_3) * d_T + t382_1] = v1_184;
        }
        if (1) {
          const long o_93 = om_5 * 16 + 12L;
          const int t384_3 = (int)(o_93 % 8);
          const long t384_q = o_93 / 8;
          const int t384_2 = (int)(t384_q % 2);
          const long t384_q_2 = t384_q / 2;
          const int t384_1 = (int)(t384_q_2 % d_T);
          const int t384_0 = (int)(t384_q_2 / d_T);
          const int t385_2 = (int)(o_93 % 16);
          const float v1_185 = acc5.sc + x2[(long)t385_2];
          y0[(((long)t384_0 * 2 + t384_2) * d_T + t384_1) * 8 + t384_3] = v1_185;
          const int t386_3 = (int)(o_93 % 8);
          const long t386_q = o_93 / 8;
          const int t386_2 = (int)(t386_q % 2);
          const long t386_q_2 = t386_q / 2;
          const int t386_1 = (int)(t386_q_2 % d_T);
          const int t386_0 = (int)(t386_q_2 / d_T);
          const int t387_2 = (int)(o_93 % 16);
          const float v1_186 = acc5.sc + x2[(long)t387_2];
          y5[(((long)t386_0 * 2 + t386_2) * 8 + t386_3) * d_T + t386_1] = v1_186;
        }
        if (1) {
          const long o_94 = om_5 * 16 + 13L;
          const int t388_3 = (int)(o_94 % 8);
          const long t388_q = o_94 / 8;
          const int t388_2 = (int)(t388_q % 2);
          const long t388_q_2 = t388_q / 2;
          const int t388_1 = (int)(t388_q_2 % d_T);
          const int t388_0 = (int)(t388_q_2 / d_T);
          const int t389_2 = (int)(o_94 % 16);
          const float v1_187 = acc5.sd + x2[(long)t389_2];
          y0[(((long)t388_0 * 2 + t388_2) * d_T + t388_1) * 8 + t388_3] = v1_187;
          const int t390_3 = (int)(o_94 % 8);
          const long t390_q = o_94 / 8;
          const int t390_2 = (int)(t390_q % 2);
          const long t390_q_2 = t390_q / 2;
          const int t390_1 = (int)(t390_q_2 % d_T);
          const int t390_0 = (int)(t390_q_2 / d_T);
          const int t391_2 = (int)(o_94 % 16);
          const float v1_188 = acc5.sd + x2[(long)t391_2];
          y5[(((long)t390_0 * 2 + t390_2) * 8 + t390_3) * d_T + t390_1] = v1_188;
        }
        if (1) {
          const long o_95 = om_5 * 16 + 14L;
          const int t392_3 = (int)(o_95 % 8);
          const long t392_q = o_95 / 8;
          const int t392_2 = (int)(t392_q % 2);
          const long t392_q_2 = t392_q / 2;
          const int t392_1 = (int)(t392_q_2 % d_T);
          const int t392_0 = (int)(t392_q_2 / d_T);
          const int t393_2 = (int)(o_95 % 16);
          const float v1_189 = acc5.se + x2[(long)t393_2];
          y0[(((long)t392_0 * 2 + t392_2) * d_T + t392_1) * 8 + t392_3] = v1_189;
          const int t394_3 = (int)(o_95 % 8);
          const long t394_q = o_95 / 8;
          const int t394_2 = (int)(t394_q % 2);
          const long t394_q_2 = t394_q / 2;
          const int t394_1 = (int)(t394_q_2 % d_T);
          const int t394_0 = (int)(t394_q_2 / d_T);
          const int t395_2 = (int)(o_95 % 16);
          const float v1_190 = acc5.se + x2[(long)t395_2];
          y5[(((long)t394_0 * 2 + t394_2) * 8 + t394_3) * d_T + t394_1] = v1_190;
        }
        if (1) {
          const long o_96 = om_5 * 16 + 15L;
          const int t396_3 = (int)(o_96 % 8);
          const long t396_q = o_96 / 8;
          const int t396_2 = (int)(t396_q % 2);
          const long t396_q_2 = t396_q / 2;
          const int t396_1 = (int)(t396_q_2 % d_T);
          const int t396_0 = (int)(t396_q_2 / d_T);
          const int t397_2 = (int)(o_96 % 16);
          const float v1_191 = acc5.sf + x2[(long)t397_2];
          y0[(((long)t396_0 * 2 + t396_2) * d_T + t396_1) * 8 + t396_3] = v1_191;
          const int t398_3 = (int)(o_96 % 8);
          const long t398_q = o_96 / 8;
          const int t398_2 = (int)(t398_q % 2);
          const long t398_q_2 = t398_q / 2;
          const int t398_1 = (int)(t398_q_2 % d_T);
          const int t398_0 = (int)(t398_q_2 / d_T);
          const int t399_2 = (int)(o_96 % 16);
          const float v1_192 = acc5.sf + x2[(long)t399_2];
          y5[(((long)t398_0 * 2 + t398_2) * 8 + t398_3) * d_T + t398_1] = v1_192;
        }
      }
      const long om_6 = m0 + 6;
      if (om_6 < M) {
        if (1) {
          const long o_97 = om_6 * 16;
          const int t400_3 = (int)(o_97 % 8);
          const long t400_q = o_97 / 8;
          const int t400_2 = (int)(t400_q % 2);
          const long t400_q_2 = t400_q / 2;
          const int t400_1 = (int)(t400_q_2 % d_T);
          const int t400_0 = (int)(t400_q_2 / d_T);
          const int t401_2 = (int)(o_97 % 16);
          const float v1_193 = acc6.s0 + x2[(long)t401_2];
          y0[(((long)t400_0 * 2 + t400_2) * d_T + t400_1) * 8 + t400_3] = v1_193;
          const int t402_3 = (int)(o_97 % 8);
          const long t402_q = o_97 / 8;
          const int t402_2 = (int)(t402_q % 2);
          const long t402_q_2 = t402_q / 2;
          const int t402_1 = (int)(t402_q_2 % d_T);
          const int t402_0 = (int)(t402_q_2 / d_T);
          const int t403_2 = (int)(o_97 % 16);
          const float v1_194 = acc6.s0 + x2[(long)t403_2];
          y5[(((long)t402_0 * 2 + t402_2) * 8 + t402_3) * d_T + t402_1] = v1_194;
        }
        if (1) {
          const long o_98 = om_6 * 16 + 1L;
          const int t404_3 = (int)(o_98 % 8);
          const long t404_q = o_98 / 8;
          const int t404_2 = (int)(t404_q % 2);
          const long t404_q_2 = t404_q / 2;
          const int t404_1 = (int)(t404_q_2 % d_T);
          const int t404_0 = (int)(t404_q_2 / d_T);
          const int t405_2 = (int)(o_98 % 16);
          const float v1_195 = acc6.s1 + x2[(long)t405_2];
          y0[(((long)t404_0 * 2 + t404_2) * d_T + t404_1) * 8 + t404_3] = v1_195;
          const int t406_3 = (int)(o_98 % 8);
          const long t406_q = o_98 / 8;
          const int t406_2 = (int)(t406_q % 2);
          const long t406_q_2 = t406_q / 2;
          const int t406_1 = (int)(t406_q_2 % d_T);
          const int t406_0 = (int)(t406_q_2 / d_T);
          const int t407_2 = (int)(o_98 % 16);
          const float v1_196 = acc6.s1 + x2[(long)t407_2];
          y5[(((long)t406_0 * 2 + t406_2) * 8 + t406_3) * d_T + t406_1] = v1_196;
        }
        if (1) {
          const long o_99 = om_6 * 16 + 2L;
          const int t408_3 = (int)(o_99 % 8);
          const long t408_q = o_99 / 8;
          const int t408_2 = (int)(t408_q % 2);
          const long t408_q_2 = t408_q / 2;
          const int t408_1 = (int)(t408_q_2 % d_T);
          const int t408_0 = (int)(t408_q_2 / d_T);
          const int t409_2 = (int)(o_99 % 16);
          const float v1_197 = acc6.s2 + x2[(long)t409_2];
          y0[(((long)t408_0 * 2 + t408_2) * d_T + t408_1) * 8 + t408_3] = v1_197;
          const int t410_3 = (int)(o_99 % 8);
          const long t410_q = o_99 / 8;
          const int t410_2 = (int)(t410_q % 2);
          const long t410_q_2 = t410_q / 2;
          const int t410_1 = (int)(t410_q_2 % d_T);
          const int t410_0 = (int)(t410_q_2 / d_T);
          const int t411_2 = (int)(o_99 % 16);
          const float v1_198 = acc6.s2 + x2[(long)t411_2];
          y5[(((long)t410_0 * 2 + t410_2) * 8 + t410_3) * d_T + t410_1] = v1_198;
        }
        if (1) {
          const long o_100 = om_6 * 16 + 3L;
          const int t412_3 = (int)(o_100 % 8);
          const long t412_q = o_100 / 8;
          const int t412_2 = (int)(t412_q % 2);
          const long t412_q_2 = t412_q / 2;
          const int t412_1 = (int)(t412_q_2 % d_T);
          const int t412_0 = (int)(t412_q_2 / d_T);
          const int t413_2 = (int)(o_100 % 16);
          const float v1_199 = acc6.s3 + x2[(long)t413_2];
          y0[(((long)t412_0 * 2 + t412_2) * d_T + t412_1) * 8 + t412_3] = v1_199;
          const int t414_3 = (int)(o_100 % 8);
          const long t414_q = o_100 / 8;
          const int t414_2 = (int)(t414_q % 2);
          const long t414_q_2 = t414_q / 2;
          const int t414_1 = (int)(t414_q_2 % d_T);
          const int t414_0 = (int)(t414_q_2 / d_T);
          const int t415_2 = (int)(o_100 % 16);
          const float v1_200 = acc6.s3 + x2[(long)t415_2];
          y5[(((long)t414_0 * 2 + t414_2) * 8 + t414_3) * d_T + t414_1] = v1_200;
        }
        if (1) {
          const long o_101 = om_6 * 16 + 4L;
          const int t416_3 = (int)(o_101 % 8);
          const long t416_q = o_101 / 8;
          const int t416_2 = (int)(t416_q % 2);
          const long t416_q_2 = t416_q / 2;
          const int t416_1 = (int)(t416_q_2 % d_T);
          const int t416_0 = (int)(t416_q_2 / d_T);
          const int t417_2 = (int)(o_101 % 16);
          const float v1_201 = acc6.s4 + x2[(long)t417_2];
          y0[(((long)t416_0 * 2 + t416_2) * d_T + t416_1) * 8 + t416_3] = v1_201;
          const int t418_3 = (int)(o_101 % 8);
          const long t418_q = o_101 / 8;
          const int t418_2 = (int)(t418_q % 2);
          const long t418_q_2 = t418_q / 2;
          const int t418_1 = (int)(t418_q_2 % d_T);
          const int t418_0 = (int)(t418_q_2 / d_T);
          const int t419_2 = (int)(o_101 % 16);
          const float v1_202 = acc6.s4 + x2[(long)t419_2];
          y5[(((long)t418_0 * 2 + t418_2) * 8 + t418_3) * d_T + t418_1] = v1_202;
        }
        if (1) {
          const long o_102 = om_6 * 16 + 5L;
          const int t420_3 = (int)(o_102 % 8);
          const long t420_q = o_102 / 8;
          const int t420_2 = (int)(t420_q % 2);
          const long t420_q_2 = t420_q / 2;
          const int t420_1 = (int)(t420_q_2 % d_T);
          const int t420_0 = (int)(t420_q_2 / d_T);
          const int t421_2 = (int)(o_102 % 16);
          const float v1_203 = acc6.s5 + x2[(long)t421_2];
          y0[(((long)t420_0 * 2 + t420_2) * d_T + t420_1) * 8 + t420_3] = v1_203;
          const int t422_3 = (int)(o_102 % 8);
          const long t422_q = o_102 / 8;
          const int t422_2 = (int)(t422_q % 2);
          const long t422_q_2 = t422_q / 2;
          const int t422_1 = (int)(t422_q_2 % d_T);
          const int t422_0 = (int)(t422_q_2 / d_T);
          const int t423_2 = (int)(o_102 % 16);
          const float v1_204 = acc6.s5 + x2[(long)t423_2];
          y5[(((long)t422_0 * 2 + t422_2) * 8 + t422_3) * d_T + t422_1] = v1_204;
        }
        if (1) {
          const long o_103 = om_6 * 16 + 6L;
          const int t424_3 = (int)(o_103 % 8);
          const long t424_q = o_103 / 8;
          const int t424_2 = (int)(t424_q % 2);
          const long t424_q_2 = t424_q / 2;
          const int t424_1 = (int)(t424_q_2 % d_T);
          const int t424_0 = (int)(t424_q_2 / d_T);
          const int t425_2 = (int)(o_103 % 16);
          const float v1_205 = acc6.s6 + x2[(long)t425_2];
          y0[(((long)t424_0 * 2 + t424_2) * d_T + t424_1) * 8 + t424_3] = v1_205;
          const int t426_3 = (int)(o_103 % 8);
          const long t426_q = o_103 / 8;
          const int t426_2 = (int)(t426_q % 2);
          const long t426_q_2 = t426_q / 2;
          const int t426_1 = (int)(t426_q_2 % d_T);
          const int t426_0 = (int)(t426_q_2 / d_T);
          const int t427_2 = (int)(o_103 % 16);
          const float v1_206 = acc6.s6 + x2[(long)t427_2];
          y5[(((long)t426_0 * 2 + t426_2) * 8 + t426_3) * d_T + t426_1] = v1_206;
        }
        if (1) {
          const long o_104 = om_6 * 16 + 7L;
          const int t428_3 = (int)(o_104 % 8);
          const long t428_q = o_104 / 8;
          const int t428_2 = (int)(t428_q % 2);
          const long t428_q_2 = t428_q / 2;
          const int t428_1 = (int)(t428_q_2 % d_T);
          const int t428_0 = (int)(t428_q_2 / d_T);
          const int t429_2 = (int)(o_104 % 16);
          const float v1_207 = acc6.s7 + x2[(long)t429_2];
          y0[(((long)t428_0 * 2 + t428_2) * d_T + t428_1) * 8 + t428_3] = v1_207;
          const int t430_3 = (int)(o_104 % 8);
          const long t430_q = o_104 / 8;
          const int t430_2 = (int)(t430_q % 2);
          const long t430_q_2 = t430_q / 2;
          const int t430_1 = (int)(t430_q_2 % d_T);
          const int t430_0 = (int)(t430_q_2 / d_T);
          const int t431_2 = (int)(o_104 % 16);
          const float v1_208 = acc6.s7 + x2[(long)t431_2];
          y5[(((long)t430_0 * 2 + t430_2) * 8 + t430_3) * d_T + t430_1] = v1_208;
        }
        if (1) {
          const long o_105 = om_6 * 16 + 8L;
          const int t432_3 = (int)(o_105 % 8);
          const long t432_q = o_105 / 8;
          const int t432_2 = (int)(t432_q % 2);
          const long t432_q_2 = t432_q / 2;
          const int t432_1 = (int)(t432_q_2 % d_T);
          const int t432_0 = (int)(t432_q_2 / d_T);
          const int t433_2 = (int)(o_105 % 16);
          const float v1_209 = acc6.s8 + x2[(long)t433_2];
          y0[(((long)t432_0 * 2 + t432_2) * d_T + t432_1) * 8 + t432_3] = v1_209;
          const int t434_3 = (int)(o_105 % 8);
          const long t434_q = o_105 / 8;
          const int t434_2 = (int)(t434_q % 2);
          const long t434_q_2 = t434_q / 2;
          const int t434_1 = (int)(t434_q_2 % d_T);
          const int t434_0 = (int)(t434_q_2 / d_T);
          const int t435_2 = (int)(o_105 % 16);
          const float v1_210 = acc6.s8 + x2[(long)t435_2];
          y5[(((long)t434_0 * 2 + t434_2) * 8 + t434_3) * d_T + t434_1] = v1_210;
        }
        if (1) {
          const long o_106 = om_6 * 16 + 9L;
          const int t436_3 = (int)(o_106 % 8);
          const long t436_q = o_106 / 8;
          const int t436_2 = (int)(t436_q % 2);
          const long t436_q_2 = t436_q / 2;
          const int t436_1 = (int)(t436_q_2 % d_T);
          const int t436_0 = (int)(t436_q_2 / d_T);
          const int t437_2 = (int)(o_106 % 16);
          const float v1_211 = acc6.s9 + x2[(long)t437_2];
          y0[(((long)t436_0 * 2 + t436_2) * d_T + t436_1) * 8 + t436_3] = v1_211;
          const int t438_3 = (int)(o_106 % 8);
          const long t438_q = o_106 / 8;
          const int t438_2 = (int)(t438_q % 2);
          const long t438_q_2 = t438_q / 2;
          const int t438_1 = (int)(t438_q_2 % d_T);
          const int t438_0 = (int)(t438_q_2 / d_T);
          const int t439_2 = (int)(o_106 % 16);
          const float v1_212 = acc6.s9 + x2[(long)t439_2];
          y5[(((long)t438_0 * 2 + t438_2) * 8 + t438_3) * d_T + t438_1] = v1_212;
        }
        if (1) {
          const long o_107 = om_6 * 16 + 10L;
          const int t440_3 = (int)(o_107 % 8);
          const long t440_q = o_107 / 8;
          const int t440_2 = (int)(t440_q % 2);
          const long t440_q_2 = t440_q / 2;
          const int t440_1 = (int)(t440_q_2 % d_T);
          const int t440_0 = (int)(t440_q_2 / d_T);
          const int t441_2 = (int)(o_107 % 16);
          const float v1_213 = acc6.sa + x2[(long)t441_2];
          y0[(((long)t440_0 * 2 + t440_2) * d_T + t440_1) * 8 + t440_3] = v1_213;
          const int t442_3 = (int)(o_107 % 8);
          const long t442_q = o_107 / 8;
          const int t442_2 = (int)(t442_q % 2);
          const long t442_q_2 = t442_q / 2;
          const int t442_1 = (int)(t442_q_2 % d_T);
          const int t442_0 = (int)(t442_q_2 / d_T);
          const int t443_2 = (int)(o_107 % 16);
          const float v1_214 = acc6.sa + x2[(long)t443_2];
          y5[(((long)t442_0 * 2 + t442_2) * 8 + t442_3) * d_T + t442_1] = v1_214;
        }
        if (1) {
          const long o_108 = om_6 * 16 + 11L;
          const int t444_3 = (int)(o_108 % 8);
          const long t444_q = o_108 / 8;
          const int t444_2 = (int)(t444_q % 2);
          const long t444_q_2 = t444_q / 2;
          const int t444_1 = (int)(t444_q_2 % d_T);
          const int t444_0 = (int)(t444_q_2 / d_T);
          const int t445_2 = (int)(o_108 % 16);
          const float v1_215 = acc6.sb + x2[(long)t445_2];
          y0[(((long)t444_0 * 2 + t444_2) * d_T + t444_1) * 8 + t444_3] = v1_215;
          const int t446_3 = (int)(o_108 % 8);
          const long t446_q = o_108 / 8;
          const int t446_2 = (int)(t446_q % 2);
          const long t446_q_2 = t446_q / 2;
          const int t446_1 = (int)(t446_q_2 % d_T);
          const int t446_0 = (int)(t446_q_2 / d_T);
          const int t447_2 = (int)(o_108 % 16);
          const float v1_216 = acc6.sb + x2[(long)t447_2];
          y5[(((long)t446_0 * 2 + t446_2) * 8 + t446_3) * d_T + t446_1] = v1_216;
        }
        if (1) {
          const long o_109 = om_6 * 16 + 12L;
          const int t448_3 = (int)(o_109 % 8);
          const long t448_q = o_109 / 8;
          const int t448_2 = (int)(t448_q % 2);
          const long t448_q_2 = t448_q / 2;
          const int t448_1 = (int)(t448_q_2 % d_T);
          const int t448_0 = (int)(t448_q_2 / d_T);
          const int t449_2 = (int)(o_109 % 16);
          const float v1_217 = acc6.sc + x2[(long)t449_2];
          y0[(((long)t448_0 * 2 + t448_2) * d_T + t448_1) * 8 + t448_3] = v1_217;
          const int t450_3 = (int)(o_109 % 8);
          const long t450_q = o_109 / 8;
          const int t450_2 = (int)(t450_q % 2);
          const long t450_q_2 = t450_q / 2;
          const int t450_1 = (int)(t450_q_2 % d_T);
          const int t450_0 = (int)(t450_q_2 / d_T);
          const int t451_2 = (int)(o_109 % 16);
          const float v1_218 = acc6.sc + x2[(long)t451_2];
          y5[(((long)t450_0 * 2 + t450_2) * 8 + t450_3) * d_T + t450_1] = v1_218;
        }
        if (1) {
          const long o_110 = om_6 * 16 + 13L;
          const int t452_3 = (int)(o_110 % 8);
          const long t452_q = o_110 / 8;
          const int t452_2 = (int)(t452_q % 2);
          const long t452_q_2 = t452_q / 2;
          const int t452_1 = (int)(t452_q_2 % d_T);
          const int t452_0 = (int)(t452_q_2 / d_T);
          const int t453_2 = (int)(o_110 % 16);
          const float v1_219 = acc6.sd + x2[(long)t453_2];
          y0[(((long)t452_0 * 2 + t452_2) * d_T + t452_1) * 8 + t452_3] = v1_219;
          const int t454_3 = (int)(o_110 % 8);
          const long t454_q = o_110 / 8;
          const int t454_2 = (int)(t454_q % 2);
          const long t454_q_2 = t454_q / 2;
          const int t454_1 = (int)(t454_q_2 % d_T);
          const int t454_0 = (int)(t454_q_2 / d_T);
          const int t455_2 = (int)(o_110 % 16);
          const float v1_220 = acc6.sd + x2[(long)t455_2];
          y5[(((long)t454_0 * 2 + t454_2) * 8 + t454_3) * d_T + t454_1] = v1_220;
        }
        if (1) {
          const long o_111 = om_6 * 16 + 14L;
          const int t456_3 = (int)(o_111 % 8);
          const long t456_q = o_111 / 8;
          const int t456_2 = (int)(t456_q % 2);
          const long t456_q_2 = t456_q / 2;
          const int t456_1 = (int)(t456_q_2 % d_T);
          const int t456_0 = (int)(t456_q_2 / d_T);
          const int t457_2 = (int)(o_111 % 16);
          const float v1_221 = acc6.se + x2[(long)t457_2];
          y0[(((long)t456_0 * 2 + t456_2) * d_T + t456_1) * 8 + t456_3] = v1_221;
          const int t458_3 = (int)(o_111 % 8);
          const long t458_q = o_111 / 8;
          const int t458_2 = (int)(t458_q % 2);
          const long t458_q_2 = t458_q / 2;
          const int t458_1 = (int)(t458_q_2 % d_T);
          const int t458_0 = (int)(t458_q_2 / d_T);
          const int t459_2 = (int)(o_111 % 16);
          const float v1_222 = acc6.se + x2[(long)t459_2];
          y5[(((long)t458_0 * 2 + t458_2) * 8 + t458_3) * d_T + t458_1] = v1_222;
        }
        if (1) {
          const long o_112 = om_6 * 16 + 15L;
          const int t460_3 = (int)(o_112 % 8);
          const long t460_q = o_112 / 8;
          const int t460_2 = (int)(t460_q % 2);
          const long t460_q_2 = t460_q / 2;
          const int t460_1 = (int)(t460_q_2 % d_T);
          const int t460_0 = (int)(t460_q_2 / d_T);
          const int t461_2 = (int)(o_112 % 16);
          const float v1_223 = acc6.sf + x2[(long)t461_2];
          y0[(((long)t460_0 * 2 + t460_2) * d_T + t460_1) * 8 + t460_3] = v1_223;
          const int t462_3 = (int)(o_112 % 8);
          const long t462_q = o_112 / 8;
          const int t462_2 = (int)(t462_q % 2);
          const long t462_q_2 = t462_q / 2;
          const int t462_1 = (int)(t462_q_2 % d_T);
          const int t462_0 = (int)(t462_q_2 / d_T);
          const int t463_2 = (int)(o_112 % 16);
          const float v1_224 = acc6.sf + x2[(long)t463_2];
          y5[(((long)t462_0 * 2 + t462_2) * 8 + t462_3) * d_T + t462_1] = v1_224;
        }
      }
      const long om_7 = m0 + 7;
      if (om_7 < M) {
        if (1) {
          const long o_113 = om_7 * 16;
          const int t464_3 = (int)(o_113 % 8);
          const long t464_q = o_113 / 8;
          const int t464_2 = (int)(t464_q % 2);
          const long t464_q_2 = t464_q / 2;
          const int t464_1 = (int)(t464_q_2 % d_T);
          const int t464_0 = (int)(t464_q_2 / d_T);
          const int t465_2 = (int)(o_113 % 16);
          const float v1_225 = acc7.s0 + x2[(long)t465_2];
          y0[(((long)t464_0 * 2 + t464_2) * d_T + t464_1) * 8 + t464_3] = v1_225;
          const int t466_3 = (int)(o_113 % 8);
          const long t466_q = o_113 / 8;
          const int t466_2 = (int)(t466_q % 2);
          const long t466_q_2 = t466_q / 2;
          const int t466_1 = (int)(t466_q_2 % d_T);
          const int t466_0 = (int)(t466_q_2 / d_T);
          const int t467_2 = (int)(o_113 % 16);
          const float v1_226 = acc7.s0 + x2[(long)t467_2];
          y5[(((long)t466_0 * 2 + t466_2) * 8 + t466_3) * d_T + t466_1] = v1_226;
        }
        if (1) {
          const long o_114 = om_7 * 16 + 1L;
          const int t468_3 = (int)(o_114 % 8);
          const long t468_q = o_114 / 8;
          const int t468_2 = (int)(t468_q % 2);
          const long t468_q_2 = t468_q / 2;
          const int t468_1 = (int)(t468_q_2 % d_T);
          const int t468_0 = (int)(t468_q_2 / d_T);
          const int t469_2 = (int)(o_114 % 16);
          const float v1_227 = acc7.s1 + x2[(long)t469_2];
          y0[(((long)t468_0 * 2 + t468_2) * d_T + t468_1) * 8 + t468_3] = v1_227;
          const int t470_3 = (int)(o_114 % 8);
          const long t470_q = o_114 / 8;
          const int t470_2 = (int)(t470_q % 2);
          const long t470_q_2 = t470_q / 2;
          const int t470_1 = (int)(t470_q_2 % d_T);
          const int t470_0 = (int)(t470_q_2 / d_T);
          const int t471_2 = (int)(o_114 % 16);
          const float v1_228 = acc7.s1 + x2[(long)t471_2];
          y5[(((long)t470_0 * 2 + t470_2) * 8 + t470_3) * d_T + t470_1] = v1_228;
        }
        if (1) {
          const long o_115 = om_7 * 16 + 2L;
          const int t472_3 = (int)(o_115 % 8);
          const long t472_q = o_115 / 8;
          const int t472_2 = (int)(t472_q % 2);
          const long t472_q_2 = t472_q / 2;
          const int t472_1 = (int)(t472_q_2 % d_T);
          const int t472_0 = (int)(t472_q_2 / d_T);
          const int t473_2 = (int)(o_115 % 16);
          const float v1_229 = acc7.s2 + x2[(long)t473_2];
          y0[(((long)t472_0 * 2 + t472_2) * d_T + t472_1) * 8 + t472_3] = v1_229;
          const int t474_3 = (int)(o_115 % 8);
          const long t474_q = o_115 / 8;
          const int t474_2 = (int)(t474_q % 2);
          const long t474_q_2 = t474_q / 2;
          const int t474_1 = (int)(t474_q_2 % d_T);
          const int t474_0 = (int)(t474_q_2 / d_T);
          const int t475_2 = (int)(o_115 % 16);
          const float v1_230 = acc7.s2 + x2[(long)t475_2];
          y5[(((long)t474_0 * 2 + t474_2) * 8 + t474_3) * d_T + t474_1] = v1_230;
        }
        if (1) {
          const long o_116 = om_7 * 16 + 3L;
          const int t476_3 = (int)(o_116 % 8);
          const long t476_q = o_116 / 8;
          const int t476_2 = (int)(t476_q % 2);
          const long t476_q_2 = t476_q / 2;
          const int t476_1 = (int)(t476_q_2 % d_T);
          const int t476_0 = (int)(t476_q_2 / d_T);
          const int t477_2 = (int)(o_116 % 16);
          const float v1_231 = acc7.s3 + x2[(long)t477_2];
          y0[(((long)t476_0 * 2 + t476_2) * d_T + t476_1) * 8 + t476_3] = v1_231;
          const int t478_3 = (int)(o_116 % 8);
          const long t478_q = o_116 / 8;
          const int t478_2 = (int)(t478_q % 2);
          const long t478_q_2 = t478_q / 2;
          const int t478_1 = (int)(t478_q_2 % d_T);
          const int t478_0 = (int)(t478_q_2 / d_T);
          const int t479_2 = (int)(o_116 % 16);
          const float v1_232 = acc7.s3 + x2[(long)t479_2];
          y5[(((long)t478_0 * 2 + t478_2) * 8 + t478_3) * d_T + t478_1] = v1_232;
        }
        if (1) {
          const long o_117 = om_7 * 16 + 4L;
          const int t480_3 = (int)(o_117 % 8);
          const long t480_q = o_117 / 8;
          const int t480_2 = (int)(t480_q % 2);
          const long t480_q_2 = t480_q / 2;
          const int t480_1 = (int)(t480_q_2 % d_T);
          const int t480_0 = (int)(t480_q_2 / d_T);
          const int t481_2 = (int)(o_117 % 16);
          const float v1_233 = acc7.s4 + x2[(long)t481_2];
          y0[(((long)t480_0 * 2 + t480_2) * d_T + t480_1) * 8 + t480_3] = v1_233;
          const int t482_3 = (int)(o_117 % 8);
          const long t482_q = o_117 / 8;
          const int t482_2 = (int)(t482_q % 2);
          const long t482_q_2 = t482_q / 2;
          const int t482_1 = (int)(t482_q_2 % d_T);
          const int t482_0 = (int)(t482_q_2 / d_T);
          const int t483_2 = (int)(o_117 % 16);
          const float v1_234 = acc7.s4 + x2[(long)t483_2];
          y5[(((long)t482_0 * 2 + t482_2) * 8 + t482_3) * d_T + t482_1] = v1_234;
        }
        if (1) {
          const long o_118 = om_7 * 16 + 5L;
          const int t484_3 = (int)(o_118 % 8);
          const long t484_q = o_118 / 8;
          const int t484_2 = (int)(t484_q % 2);
          const long t484_q_2 = t484_q / 2;
          const int t484_1 = (int)(t484_q_2 % d_T);
          const int t484_0 = (int)(t484_q_2 / d_T);
          const int t485_2 = (int)(o_118 % 16);
          const float v1_235 = acc7.s5 + x2[(long)t485_2];
          y0[(((long)t484_0 * 2 + t484_2) * d_T + t484_1) * 8 + t484_3] = v1_235;
          const int t486_3 = (int)(o_118 % 8);
          const long t486_q = o_118 / 8;
          const int t486_2 = (int)(t486_q % 2);
          const long t486_q_2 = t486_q / 2;
          const int t486_1 = (int)(t486_q_2 % d_T);
          const int t486_0 = (int)(t486_q_2 / d_T);
          const int t487_2 = (int)(o_118 % 16);
          const float v1_236 = acc7.s5 + x2[(long)t487_2];
          y5[(((long)t486_0 * 2 + t486_2) * 8 + t486_3) * d_T + t486_1] = v1_236;
        }
        if (1) {
          const long o_119 = om_7 * 16 + 6L;
          const int t488_3 = (int)(o_119 % 8);
          const long t488_q = o_119 / 8;
          const int t488_2 = (int)(t488_q % 2);
          const long t488_q_2 = t488_q / 2;
          const int t488_1 = (int)(t488_q_2 % d_T);
          const int t488_0 = (int)(t488_q_2 / d_T);
          const int t489_2 = (int)(o_119 % 16);
          const float v1_237 = acc7.s6 + x2[(long)t489_2];
          y0[(((long)t488_0 * 2 + t488_2) * d_T + t488_1) * 8 + t488_3] = v1_237;
          const int t490_3 = (int)(o_119 % 8);
          const long t490_q = o_119 / 8;
          const int t490_2 = (int)(t490_q % 2);
          const long t490_q_2 = t490_q / 2;
          const int t490_1 = (int)(t490_q_2 % d_T);
          const int t490_0 = (int)(t490_q_2 / d_T);
          const int t491_2 = (int)(o_119 % 16);
          const float v1_238 = acc7.s6 + x2[(long)t491_2];
          y5[(((long)t490_0 * 2 + t490_2) * 8 + t490_3) * d_T + t490_1] = v1_238;
        }
        if (1) {
          const long o_120 = om_7 * 16 + 7L;
          const int t492_3 = (int)(o_120 % 8);
          const long t492_q = o_120 / 8;
          const int t492_2 = (int)(t492_q % 2);
          const long t492_q_2 = t492_q / 2;
          const int t492_1 = (int)(t492_q_2 % d_T);
          const int t492_0 = (int)(t492_q_2 / d_T);
          const int t493_2 = (int)(o_120 % 16);
          const float v1_239 = acc7.s7 + x2[(long)t493_2];
          y0[(((long)t492_0 * 2 + t492_2) * d_T + t492_1) * 8 + t492_3] = v1_239;
          const int t494_3 = (int)(o_120 % 8);
          const long t494_q = o_120 / 8;
          const int t494_2 = (int)(t494_q % 2);
          const long t494_q_2 = t494_q / 2;
          const int t494_1 = (int)(t494_q_2 % d_T);
          const int t494_0 = (int)(t494_q_2 / d_T);
          const int t495_2 = (int)(o_120 % 16);
          const float v1_240 = acc7.s7 + x2[(long)t495_2];
          y5[(((long)t494_0 * 2 + t494_2) * 8 + t494_3) * d_T + t494_1] = v1_240;
        }
        if (1) {
          const long o_121 = om_7 * 16 + 8L;
          const int t496_3 = (int)(o_121 % 8);
          const long t496_q = o_121 / 8;
          const int t496_2 = (int)(t496_q % 2);
          const long t496_q_2 = t496_q / 2;
          const int t496_1 = (int)(t496_q_2 % d_T);
          const int t496_0 = (int)(t496_q_2 / d_T);
          const int t497_2 = (int)(o_121 % 16);
          const float v1_241 = acc7.s8 + x2[(long)t497_2];
          y0[(((long)t496_0 * 2 + t496_2) * d_T + t496_1) * 8 + t496_3] = v1_241;
          const int t498_3 = (int)(o_121 % 8);
          const long t498_q = o_121 / 8;
          const int t498_2 = (int)(t498_q % 2);
          const long t498_q_2 = t498_q / 2;
          const int t498_1 = (int)(t498_q_2 % d_T);
          const int t498_0 = (int)(t498_q_2 / d_T);
          const int t499_2 = (int)(o_121 % 16);
          const float v1_242 = acc7.s8 + x2[(long)t499_2];
          y5[(((long)t498_0 * 2 + t498_2) * 8 + t498_3) * d_T + t498_1] = v1_242;
        }
        if (1) {
          const long o_122 = om_7 * 16 + 9L;
          const int t500_3 = (int)(o_122 % 8);
          const long t500_q = o_122 / 8;
          const int t500_2 = (int)(t500_q % 2);
          const long t500_q_2 = t500_q / 2;
          const int t500_1 = (int)(t500_q_2 % d_T);
          const int t500_0 = (int)(t500_q_2 / d_T);
          const int t501_2 = (int)(o_122 % 16);
          const float v1_243 = acc7.s9 + x2[(long)t501_2];
          y0[(((long)t500_0 * 2 + t500_2) * d_T + t500_1) * 8 + t500_3] = v1_243;
          const int t502_3 = (int)(o_122 % 8);
          const long t502_q = o_122 / 8;
          const int t502_2 = (int)(t502_q % 2);
          const long t502_q_2 = t502_q / 2;
          const int t502_1 = (int)(t502_q_2 % d_T);
          const int t502_0 = (int)(t502_q_2 / d_T);
          const int t503_2 = (int)(o_122 % 16);
          const float v1_244 = acc7.s9 + x2[(long)t503_2];
          y5[(((long)t502_0 * 2 + t502_2) * 8 + t502_3) * d_T + t502_1] = v1_244;
        }
        if (1) {
          const long o_123 = om_7 * 16 + 10L;
          const int t504_3 = (int)(o_123 % 8);
          const long t504_q = o_123 / 8;
          const int t504_2 = (int)(t504_q % 2);
          const long t504_q_2 = t504_q / 2;
          const int t504_1 = (int)(t504_q_2 % d_T);
          const int t504_0 = (int)(t504_q_2 / d_T);
          const int t505_2 = (int)(o_123 % 16);
          const float v1_245 = acc7.sa + x2[(long)t505_2];
          y0[(((long)t504_0 * 2 + t504_2) * d_T + t504_1) * 8 + t504_3] = v1_245;
          const int t506_3 = (int)(o_123 % 8);
          const long t506_q = o_123 / 8;
          const int t506_2 = (int)(t506_q % 2);
          const long t506_q_2 = t506_q / 2;
          const int t506_1 = (int)(t506_q_2 % d_T);
          const int t506_0 = (int)(t506_q_2 / d_T);
          const int t507_2 = (int)(o_123 % 16);
          const float v1_246 = acc7.sa + x2[(long)t507_2];
          y5[(((long)t506_0 * 2 + t506_2) * 8 + t506_3) * d_T + t506_1] = v1_246;
        }
        if (1) {
          const long o_124 = om_7 * 16 + 11L;
          const int t508_3 = (int)(o_124 % 8);
          const long t508_q = o_124 / 8;
          const int t508_2 = (int)(t508_q % 2);
          const long t508_q_2 = t508_q / 2;
          const int t508_1 = (int)(t508_q_2 % d_T);
          const int t508_0 = (int)(t508_q_2 / d_T);
          const int t509_2 = (int)(o_124 % 16);
          const float v1_247 = acc7.sb + x2[(long)t509_2];
          y0[(((long)t508_0 * 2 + t508_2) * d_T + t508_1) * 8 + t508_3] = v1_247;
          const int t510_3 = (int)(o_124 % 8);
          const long t510_q = o_124 / 8;
          const int t510_2 = (int)(t510_q % 2);
          const long t510_q_2 = t510_q / 2;
          const int t510_1 = (int)(t510_q_2 % d_T);
          const int t510_0 = (int)(t510_q_2 / d_T);
          const int t511_2 = (int)(o_124 % 16);
          const float v1_248 = acc7.sb + x2[(long)t511_2];
          y5[(((long)t510_0 * 2 + t510_2) * 8 + t510_3) * d_T + t510_1] = v1_248;
        }
        if (1) {
          const long o_125 = om_7 * 16 + 12L;
          const int t512_3 = (int)(o_125 % 8);
          const long t512_q = o_125 / 8;
          const int t512_2 = (int)(t512_q % 2);
          const long t512_q_2 = t512_q / 2;
          const int t512_1 = (int)(t512_q_2 % d_T);
          const int t512_0 = (int)(t512_q_2 / d_T);
          const int t513_2 = (int)(o_125 % 16);
          const float v1_249 = acc7.sc + x2[(long)t513_2];
          y0[(((long)t512_0 * 2 + t512_2) * d_T + t512_1) * 8 + t512_3] = v1_249;
          const int t514_3 = (int)(o_125 % 8);
          const long t514_q = o_125 / 8;
          const int t514_2 = (int)(t514_q % 2);
          const long t514_q_2 = t514_q / 2;
          const int t514_1 = (int)(t514_q_2 % d_T);
          const int t514_0 = (int)(t514_q_2 / d_T);
          const int t515_2 = (int)(o_125 % 16);
          const float v1_250 = acc7.sc + x2[(long)t515_2];
          y5[(((long)t514_0 * 2 + t514_2) * 8 + t514_3) * d_T + t514_1] = v1_250;
        }
        if (1) {
          const long o_126 = om_7 * 16 + 13L;
          const int t516_3 = (int)(o_126 % 8);
          const long t516_q = o_126 / 8;
          const int t516_2 = (int)(t516_q % 2);
          const long t516_q_2 = t516_q / 2;
          const int t516_1 = (int)(t516_q_2 % d_T);
          const int t516_0 = (int)(t516_q_2 / d_T);
          const int t517_2 = (int)(o_126 % 16);
          const float v1_251 = acc7.sd + x2[(long)t517_2];
          y0[(((long)t516_0 * 2 + t516_2) * d_T + t516_1) * 8 + t516_3] = v1_251;
          const int t518_3 = (int)(o_126 % 8);
          const long t518_q = o_126 / 8;
          const int t518_2 = (int)(t518_q % 2);
          const long t518_q_2 = t518_q / 2;
          const int t518_1 = (int)(t518_q_2 % d_T);
          const int t518_0 = (int)(t518_q_2 / d_T);
          const int t519_2 = (int)(o_126 % 16);
          const float v1_252 = acc7.sd + x2[(long)t519_2];
          y5[(((long)t518_0 * 2 + t518_2) * 8 + t518_3) * d_T + t518_1] = v1_252;
        }
        if (1) {
          const long o_127 = om_7 * 16 + 14L;
          const int t520_3 = (int)(o_127 % 8);
          const long t520_q = o_127 / 8;
          const int t520_2 = (int)(t520_q % 2);
          const long t520_q_2 = t520_q / 2;
          const int t520_1 = (int)(t520_q_2 % d_T);
          const int t520_0 = (int)(t520_q_2 / d_T);
          const int t521_2 = (int)(o_127 % 16);
          const float v1_253 = acc7.se + x2[(long)t521_2];
          y0[(((long)t520_0 * 2 + t520_2) * d_T + t520_1) * 8 + t520_3] = v1_253;
          const int t522_3 = (int)(o_127 % 8);
          const long t522_q = o_127 / 8;
          const int t522_2 = (int)(t522_q % 2);
          const long t522_q_2 = t522_q / 2;
          const int t522_1 = (int)(t522_q_2 % d_T);
          const int t522_0 = (int)(t522_q_2 / d_T);
          const int t523_2 = (int)(o_127 % 16);
          const float v1_254 = acc7.se + x2[(long)t523_2];
          y5[(((long)t522_0 * 2 + t522_2) * 8 + t522_3) * d_T + t522_1] = v1_254;
        }
        if (1) {
          const long o_128 = om_7 * 16 + 15L;
          const int t524_3 = (int)(o_128 % 8);
          const long t524_q = o_128 / 8;
          const int t524_2 = (int)(t524_q % 2);
          const long t524_q_2 = t524_q / 2;
          const int t524_1 = (int)(t524_q_2 % d_T);
          const int t524_0 = (int)(t524_q_2 / d_T);
          const int t525_2 = (int)(o_128 % 16);
          const float v1_255 = acc7.sf + x2[(long)t525_2];
          y0[(((long)t524_0 * 2 + t524_2) * d_T + t524_1) * 8 + t524_3] = v1_255;
          const int t526_3 = (int)(o_128 % 8);
          const long t526_q = o_128 / 8;
          const int t526_2 = (int)(t526_q % 2);
          const long t526_q_2 = t526_q / 2;
          const int t526_1 = (int)(t526_q_2 % d_T);
          const int t526_0 = (int)(t526_q_2 / d_T);
          const int t527_2 = (int)(o_128 % 16);
          const float v1_256 = acc7.sf + x2[(long)t527_2];
          y5[(((long)t526_0 * 2 + t526_2) * 8 + t526_3) * d_T + t526_1] = v1_256;
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
            const long t528_q = m0_2 * 16L + k_3;
            const int t528_2 = (int)(t528_q % 16L);
            const long t528_q_2 = t528_q / 16L;
            const int t528_1 = (int)(t528_q_2 % (long)d_T);
            const int t528_0 = (int)(t528_q_2 / (long)d_T);
            const float v0_17 = x0[((long)t528_0 * d_T + t528_1) * 16 + t528_2];
            acc0_2 = fma((float16)v0_17, bv_3, acc0_2);
            const long t529_q = (m0_2 + 1) * 16L + k_3;
            const int t529_2 = (int)(t529_q % 16L);
            const long t529_q_2 = t529_q / 16L;
            const int t529_1 = (int)(t529_q_2 % (long)d_T);
            const int t529_0 = (int)(t529_q_2 / (long)d_T);
            const float v0_18 = x0[((long)t529_0 * d_T + t529_1) * 16 + t529_2];
            acc1_2 = fma((float16)v0_18, bv_3, acc1_2);
            const long t530_q = (m0_2 + 2) * 16L + k_3;
            const int t530_2 = (int)(t530_q % 16L);
            const long t530_q_2 = t530_q / 16L;
            const int t530_1 = (int)(t530_q_2 % (long)d_T);
            const int t530_0 = (int)(t530_q_2 / (long)d_T);
            const float v0_19 = x0[((long)t530_0 * d_T + t530_1) * 16 + t530_2];
            acc2_2 = fma((float16)v0_19, bv_3, acc2_2);
            const long t531_q = (m0_2 + 3) * 16L + k_3;
            const int t531_2 = (int)(t531_q % 16L);
            const long t531_q_2 = t531_q / 16L;
            const int t531_1 = (int)(t531_q_2 % (long)d_T);
            const int t531_0 = (int)(t531_q_2 / (long)d_T);
            const float v0_20 = x0[((long)t531_0 * d_T + t531_1) * 16 + t531_2];
            acc3_2 = fma((float16)v0_20, bv_3, acc3_2);
            const long t532_q = (m0_2 + 4) * 16L + k_3;
            const int t532_2 = (int)(t532_q % 16L);
            const long t532_q_2 = t532_q / 16L;
            const int t532_1 = (int)(t532_q_2 % (long)d_T);
            const int t532_0 = (int)(t532_q_2 / (long)d_T);
            const float v0_21 = x0[((long)t532_0 * d_T + t532_1) * 16 + t532_2];
            acc4_2 = fma((float16)v0_21, bv_3, acc4_2);
            const long t533_q = (m0_2 + 5) * 16L + k_3;
            const int t533_2 = (int)(t533_q % 16L);
            const long t533_q_2 = t533_q / 16L;
            const int t533_1 = (int)(t533_q_2 % (long)d_T);
            const int t533_0 = (int)(t533_q_2 / (long)d_T);
            const float v0_22 = x0[((long)t533_0 * d_T + t533_1) * 16 + t533_2];
            acc5_2 = fma((float16)v0_22, bv_3, acc5_2);
            const long t534_q = (m0_2 + 6) * 16L + k_3;
            const int t534_2 = (int)(t534_q % 16L);
            const long t534_q_2 = t534_q / 16L;
            const int t534_1 = (int)(t534_q_2 % (long)d_T);
            const int t534_0 = (int)(t534_q_2 / (long)d_T);
            const float v0_23 = x0[((long)t534_0 * d_T + t534_1) * 16 + t534_2];
            acc6_2 = fma((float16)v0_23, bv_3, acc6_2);
            const long t535_q = (m0_2 + 7) * 16L + k_3;
            const int t535_2 = (int)(t535_q % 16L);
            const long t535_q_2 = t535_q / 16L;
            const int t535_1 = (int)(t535_q_2 % (long)d_T);
            const int t535_0 = (int)(t535_q_2 / (long)d_T);
            const float v0_24 = x0[((long)t535_0 * d_T + t535_1) * 16 + t535_2];
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
            const long t536_q = m0_2 * 16L + k_4;
            const int t536_2 = (int)(t536_q % 16L);
            const long t536_q_2 = t536_q / 16L;
            const int t536_1 = (int)(t536_q_2 % (long)d_T);
            const int t536_0 = (int)(t536_q_2 / (long)d_T);
            const float v0_25 = x0[((long)t536_0 * d_T + t536_1) * 16 + t536_2];
            acc0_2 = fma((float16)v0_25, bv_4, acc0_2);
            const long t537_q = ar1_2 * 16L + k_4;
            const int t537_2 = (int)(t537_q % 16L);
            const long t537_q_2 = t537_q / 16L;
            const int t537_1 = (int)(t537_q_2 % (long)d_T);
            const int t537_0 = (int)(t537_q_2 / (long)d_T);
            const float v0_26 = x0[((long)t537_0 * d_T + t537_1) * 16 + t537_2];
            acc1_2 = fma((float16)v0_26, bv_4, acc1_2);
            const long t538_q = ar2_2 * 16L + k_4;
            const int t538_2 = (int)(t538_q % 16L);
            const long t538_q_2 = t538_q / 16L;
            const int t538_1 = (int)(t538_q_2 % (long)d_T);
            const int t538_0 = (int)(t538_q_2 / (long)d_T);
            const float v0_27 = x0[((long)t538_0 * d_T + t538_1) * 16 + t538_2];
            acc2_2 = fma((float16)v0_27, bv_4, acc2_2);
            const long t539_q = ar3_2 * 16L + k_4;
            const int t539_2 = (int)(t539_q % 16L);
            const long t539_q_2 = t539_q / 16L;
            const int t539_1 = (int)(t539_q_2 % (long)d_T);
            const int t539_0 = (int)(t539_q_2 / (long)d_T);
            const float v0_28 = x0[((long)t539_0 * d_T + t539_1) * 16 + t539_2];
            acc3_2 = fma((float16)v0_28, bv_4, acc3_2);
            const long t540_q = ar4_2 * 16L + k_4;
            const int t540_2 = (int)(t540_q % 16L);
            const long t540_q_2 = t540_q / 16L;
            const int t540_1 = (int)(t540_q_2 % (long)d_T);
            const int t540_0 = (int)(t540_q_2 / (long)d_T);
            const float v0_29 = x0[((long)t540_0 * d_T + t540_1) * 16 + t540_2];
            acc4_2 = fma((float16)v0_29, bv_4, acc4_2);
            const long t541_q = ar5_2 * 16L + k_4;
            const int t541_2 = (int)(t541_q % 16L);
            const long t541_q_2 = t541_q / 16L;
            const int t541_1 = (int)(t541_q_2 % (long)d_T);
            const int t541_0 = (int)(t541_q_2 / (long)d_T);
            const float v0_30 = x0[((long)t541_0 * d_T + t541_1) * 16 + t541_2];
            acc5_2 = fma((float16)v0_30, bv_4, acc5_2);
            const long t542_q = ar6_2 * 16L + k_4;
            const int t542_2 = (int)(t542_q % 16L);
            const long t542_q_2 = t542_q / 16L;
            const int t542_1 = (int)(t542_q_2 % (long)d_T);
            const int t542_0 = (int)(t542_q_2 / (long)d_T);
            const float v0_31 = x0[((long)t542_0 * d_T + t542_1) * 16 + t542_2];
            acc6_2 = fma((float16)v0_31, bv_4, acc6_2);
            const long t543_q = ar7_2 * 16L + k_4;
            const int t543_2 = (int)(t543_q % 16L);
            const long t543_q_2 = t543_q / 16L;
            const int t543_1 = (int)(t543_q_2 % (long)d_T);
            const int t543_0 = (int)(t543_q_2 / (long)d_T);
            const float v0_32 = x0[((long)t543_0 * d_T + t543_1) * 16 + t543_2];
            acc7_2 = fma((float16)v0_32, bv_4, acc7_2);
          }
        }
        if (m0_2 < M_2) {
          if (1) {
            const long o_129 = m0_2 * 16;
            const int t544_3 = (int)(o_129 % 8);
            const long t544_q = o_129 / 8;
            const int t544_2 = (int)(t544_q % 2);
            const long t544_q_2 = t544_q / 2;
            const int t544_1 = (int)(t544_q_2 % d_T);
            const int t544_0 = (int)(t544_q_2 / d_T);
            const int t545_2 = (int)(o_129 % 16);
            const float v2 = acc0_2.s0 + x4[(long)t545_2];
            y1[(((long)t544_0 * 2 + t544_2) * d_T + t544_1) * 8 + t544_3] = v2;
            const int t546_3 = (int)(o_129 % 8);
            const long t546_q = o_129 / 8;
            const int t546_2 = (int)(t546_q % 2);
            const long t546_q_2 = t546_q / 2;
            const int t546_1 = (int)(t546_q_2 % d_T);
            const int t546_0 = (int)(t546_q_2 / d_T);
            const int t547_2 = (int)(o_129 % 16);
            const float v2_2 = acc0_2.s0 + x4[(long)t547_2];
            y3[(((long)t546_0 * 2 + t546_2) * 8 + t546_3) * d_T + t546_1] = v2_2;
          }
          if (1) {
            const long o_130 = m0_2 * 16 + 1L;
            const int t548_3 = (int)(o_130 % 8);
            const long t548_q = o_130 / 8;
            const int t548_2 = (int)(t548_q % 2);
            const long t548_q_2 = t548_q / 2;
            const int t548_1 = (int)(t548_q_2 % d_T);
            const int t548_0 = (int)(t548_q_2 / d_T);
            const int t549_2 = (int)(o_130 % 16);
            const float v2_3 = acc0_2.s1 + x4[(long)t549_2];
            y1[(((long)t548_0 * 2 + t548_2) * d_T + t548_1) * 8 + t548_3] = v2_3;
            const int t550_3 = (int)(o_130 % 8);
            const long t550_q = o_130 / 8;
            const int t550_2 = (int)(t550_q % 2);
            const long t550_q_2 = t550_q / 2;
            const int t550_1 = (int)(t550_q_2 % d_T);
            const int t550_0 = (int)(t550_q_2 / d_T);
            const int t551_2 = (int)(o_130 % 16);
            const float v2_4 = acc0_2.s1 + x4[(long)t551_2];
            y3[(((long)t550_0 * 2 + t550_2) * 8 + t550_3) * d_T + t550_1] = v2_4;
          }
          if (1) {
            const long o_131 = m0_2 * 16 + 2L;
            const int t552_3 = (int)(o_131 % 8);
            const long t552_q = o_131 / 8;
            const int t552_2 = (int)(t552_q % 2);
            const long t552_q_2 = t552_q / 2;
            const int t552_1 = (int)(t552_q_2 % d_T);
            const int t552_0 = (int)(t552_q_2 / d_T);
            const int t553_2 = (int)(o_131 % 16);
            const float v2_5 = acc0_2.s2 + x4[(long)t553_2];
            y1[(((long)t552_0 * 2 + t552_2) * d_T + t552_1) * 8 + t552_3] = v2_5;
            const int t554_3 = (int)(o_131 % 8);
            const long t554_q = o_131 / 8;
            const int t554_2 = (int)(t554_q % 2);
            const long t554_q_2 = t554_q / 2;
            const int t554_1 = (int)(t554_q_2 % d_T);
            const int t554_0 = (int)(t554_q_2 / d_T);
            const int t555_2 = (int)(o_131 % 16);
            const float v2_6 = acc0_2.s2 + x4[(long)t555_2];
            y3[(((long)t554_0 * 2 + t554_2) * 8 + t554_3) * d_T + t554_1] = v2_6;
          }
          if (1) {
            const long o_132 = m0_2 * 16 + 3L;
            const int t556_3 = (int)(o_132 % 8);
            const long t556_q = o_132 / 8;
            const int t556_2 = (int)(t556_q % 2);
            const long t556_q_2 = t556_q / 2;
            const int t556_1 = (int)(t556_q_2 % d_T);
            const int t556_0 = (int)(t556_q_2 / d_T);
            const int t557_2 = (int)(o_132 % 16);
            const float v2_7 = acc0_2.s3 + x4[(long)t557_2];
            y1[(((long)t556_0 * 2 + t556_2) * d_T + t556_1) * 8 + t556_3] = v2_7;
            const int t558_3 = (int)(o_132 % 8);
            const long t558_q = o_132 / 8;
            const int t558_2 = (int)(t558_q % 2);
            const long t558_q_2 = t558_q / 2;
            const int t558_1 = (int)(t558_q_2 % d_T);
            const int t558_0 = (int)(t558_q_2 / d_T);
            const int t559_2 = (int)(o_132 % 16);
            const float v2_8 = acc0_2.s3 + x4[(long)t559_2];
            y3[(((long)t558_0 * 2 + t558_2) * 8 + t558_3) * d_T + t558_1] = v2_8;
          }
          if (1) {
            const long o_133 = m0_2 * 16 + 4L;
            const int t560_3 = (int)(o_133 % 8);
            const long t560_q = o_133 / 8;
            const int t560_2 = (int)(t560_q % 2);
            const long t560_q_2 = t560_q / 2;
            const int t560_1 = (int)(t560_q_2 % d_T);
            const int t560_0 = (int)(t560_q_2 / d_T);
            const int t561_2 = (int)(o_133 % 16);
            const float v2_9 = acc0_2.s4 + x4[(long)t561_2];
            y1[(((long)t560_0 * 2 + t560_2) * d_T + t560_1) * 8 + t560_3] = v2_9;
            const int t562_3 = (int)(o_133 % 8);
            const long t562_q = o_133 / 8;
            const int t562_2 = (int)(t562_q % 2);
            const long t562_q_2 = t562_q / 2;
            const int t562_1 = (int)(t562_q_2 % d_T);
            const int t562_0 = (int)(t562_q_2 / d_T);
            const int t563_2 = (int)(o_133 % 16);
            const float v2_10 = acc0_2.s4 + x4[(long)t563_2];
            y3[(((long)t562_0 * 2 + t562_2) * 8 + t562_3) * d_T + t562_1] = v2_10;
          }
          if (1) {
            const long o_134 = m0_2 * 16 + 5L;
            const int t564_3 = (int)(o_134 % 8);
            const long t564_q = o_134 / 8;
            const int t564_2 = (int)(t564_q % 2);
            const long t564_q_2 = t564_q / 2;
            const int t564_1 = (int)(t564_q_2 % d_T);
            const int t564_0 = (int)(t564_q_2 / d_T);
            const int t565_2 = (int)(o_134 % 16);
            const float v2_11 = acc0_2.s5 + x4[(long)t565_2];
            y1[(((long)t564_0 * 2 + t564_2) * d_T + t564_1) * 8 + t564_3] = v2_11;
            const int t566_3 = (int)(o_134 % 8);
            const long t566_q = o_134 / 8;
            const int t566_2 = (int)(t566_q % 2);
            const long t566_q_2 = t566_q / 2;
            const int t566_1 = (int)(t566_q_2 % d_T);
            const int t566_0 = (int)(t566_q_2 / d_T);
            const int t567_2 = (int)(o_134 % 16);
            const float v2_12 = acc0_2.s5 + x4[(long)t567_2];
            y3[(((long)t566_0 * 2 + t566_2) * 8 + t566_3) * d_T + t566_1] = v2_12;
          }
          if (1) {
            const long o_135 = m0_2 * 16 + 6L;
            const int t568_3 = (int)(o_135 % 8);
            const long t568_q = o_135 / 8;
            const int t568_2 = (int)(t568_q % 2);
            const long t568_q_2 = t568_q / 2;
            const int t568_1 = (int)(t568_q_2 % d_T);
            const int t568_0 = (int)(t568_q_2 / d_T);
            const int t569_2 = (int)(o_135 % 16);
            const float v2_13 = acc0_2.s6 + x4[(long)t569_2];
            y1[(((long)t568_0 * 2 + t568_2) * d_T + t568_1) * 8 + t568_3] = v2_13;
            const int t570_3 = (int)(o_135 % 8);
            const long t570_q = o_135 / 8;
            const int t570_2 = (int)(t570_q % 2);
            const long t570_q_2 = t570_q / 2;
            const int t570_1 = (int)(t570_q_2 % d_T);
            const int t570_0 = (int)(t570_q_2 / d_T);
            const int t571_2 = (int)(o_135 % 16);
            const float v2_14 = acc0_2.s6 + x4[(long)t571_2];
            y3[(((long)t570_0 * 2 + t570_2) * 8 + t570_3) * d_T + t570_1] = v2_14;
          }
          if (1) {
            const long o_136 = m0_2 * 16 + 7L;
            const int t572_3 = (int)(o_136 % 8);
            const long t572_q = o_136 / 8;
            const int t572_2 = (int)(t572_q % 2);
            const long t572_q_2 = t572_q / 2;
            const int t572_1 = (int)(t572_q_2 % d_T);
            const int t572_0 = (int)(t572_q_2 / d_T);
            const int t573_2 = (int)(o_136 % 16);
            const float v2_15 = acc0_2.s7 + x4[(long)t573_2];
            y1[(((long)t572_0 * 2 + t572_2) * d_T + t572_1) * 8 + t572_3] = v2_15;
            const int t574_3 = (int)(o_136 % 8);
            const long t574_q = o_136 / 8;
            const int t574_2 = (int)(t574_q % 2);
            const long t574_q_2 = t574_q / 2;
            const int t574_1 = (int)(t574_q_2 % d_T);
            const int t574_0 = (int)(t574_q_2 / d_T);
            const int t575_2 = (int)(o_136 % 16);
            const float v2_16 = acc0_2.s7 + x4[(long)t575_2];
            y3[(((long)t574_0 * 2 + t574_2) * 8 + t574_3) * d_T + t574_1] = v2_16;
          }
          if (1) {
            const long o_137 = m0_2 * 16 + 8L;
            const int t576_3 = (int)(o_137 % 8);
            const long t576_q = o_137 / 8;
            const int t576_2 = (int)(t576_q % 2);
            const long t576_q_2 = t576_q / 2;
            const int t576_1 = (int)(t576_q_2 % d_T);
            const int t576_0 = (int)(t576_q_2 / d_T);
            const int t577_2 = (int)(o_137 % 16);
            const float v2_17 = acc0_2.s8 + x4[(long)t577_2];
            y1[(((long)t576_0 * 2 + t576_2) * d_T + t576_1) * 8 + t576_3] = v2_17;
            const int t578_3 = (int)(o_137 % 8);
            const long t578_q = o_137 / 8;
            const int t578_2 = (int)(t578_q % 2);
            const long t578_q_2 = t578_q / 2;
            const int t578_1 = (int)(t578_q_2 % d_T);
            const int t578_0 = (int)(t578_q_2 / d_T);
            const int t579_2 = (int)(o_137 % 16);
            const float v2_18 = acc0_2.s8 + x4[(long)t579_2];
            y3[(((long)t578_0 * 2 + t578_2) * 8 + t578_3) * d_T + t578_1] = v2_18;
          }
          if (1) {
            const long o_138 = m0_2 * 16 + 9L;
            const int t580_3 = (int)(o_138 % 8);
            const long t580_q = o_138 / 8;
            const int t580_2 = (int)(t580_q % 2);
            const long t580_q_2 = t580_q / 2;
            const int t580_1 = (int)(t580_q_2 % d_T);
            const int t580_0 = (int)(t580_q_2 / d_T);
            const int t581_2 = (int)(o_138 % 16);
            const float v2_19 = acc0_2.s9 + x4[(long)t581_2];
            y1[(((long)t580_0 * 2 + t580_2) * d_T + t580_1) * 8 + t580_3] = v2_19;
            const int t582_3 = (int)(o_138 % 8);
            const long t582_q = o_138 / 8;
            const int t582_2 = (int)(t582_q % 2);
            const long t582_q_2 = t582_q / 2;
            const int t582_1 = (int)(t582_q_2 % d_T);
            const int t582_0 = (int)(t582_q_2 / d_T);
            const int t583_2 = (int)(o_138 % 16);
            const float v2_20 = acc0_2.s9 + x4[(long)t583_2];
            y3[(((long)t582_0 * 2 + t582_2) * 8 + t582_3) * d_T + t582_1] = v2_20;
          }
          if (1) {
            const long o_139 = m0_2 * 16 + 10L;
            const int t584_3 = (int)(o_139 % 8);
            const long t584_q = o_139 / 8;
            const int t584_2 = (int)(t584_q % 2);
            const long t584_q_2 = t584_q / 2;
            const int t584_1 = (int)(t584_q_2 % d_T);
            const int t584_0 = (int)(t584_q_2 / d_T);
            const int t585_2 = (int)(o_139 % 16);
            const float v2_21 = acc0_2.sa + x4[(long)t585_2];
            y1[(((long)t584_0 * 2 + t584_2) * d_T + t584_1) * 8 + t584_3] = v2_21;
            const int t586_3 = (int)(o_139 % 8);
            const long t586_q = o_139 / 8;
            const int t586_2 = (int)(t586_q % 2);
            const long t586_q_2 = t586_q / 2;
            const int t586_1 = (int)(t586_q_2 % d_T);
            const int t586_0 = (int)(t586_q_2 / d_T);
            const int t587_2 = (int)(o_139 % 16);
            const float v2_22 = acc0_2.sa + x4[(long)t587_2];
            y3[(((long)t586_0 * 2 + t586_2) * 8 + t586_3) * d_T + t586_1] = v2_22;
          }
          if (1) {
            const long o_140 = m0_2 * 16 + 11L;
            const int t588_3 = (int)(o_140 % 8);
            const long t588_q = o_140 / 8;
            const int t588_2 = (int)(t588_q % 2);
            const long t588_q_2 = t588_q / 2;
            const int t588_1 = (int)(t588_q_2 % d_T);
            const int t588_0 = (int)(t588_q_2 / d_T);
            const int t589_2 = (int)(o_140 % 16);
            const float v2_23 = acc0_2.sb + x4[(long)t589_2];
            y1[(((long)t588_0 * 2 + t588_2) * d_T + t588_1) * 8 + t588_3] = v2_23;
            const int t590_3 = (int)(o_140 % 8);
            const long t590_q = o_140 / 8;
            const int t590_2 = (int)(t590_q % 2);
            const long t590_q_2 = t590_q / 2;
            const int t590_1 = (int)(t590_q_2 % d_T);
            const int t590_0 = (int)(t590_q_2 / d_T);
            const int t591_2 = (int)(o_140 % 16);
            const float v2_24 = acc0_2.sb + x4[(long)t591_2];
            y3[(((long)t590_0 * 2 + t590_2) * 8 + t590_3) * d_T + t590_1] = v2_24;
          }
          if (1) {
            const long o_141 = m0_2 * 16 + 12L;
            const int t592_3 = (int)(o_141 % 8);
            const long t592_q = o_141 / 8;
            const int t592_2 = (int)(t592_q % 2);
            const long t592_q_2 = t592_q / 2;
            const int t592_1 = (int)(t592_q_2 % d_T);
            const int t592_0 = (int)(t592_q_2 / d_T);
            const int t593_2 = (int)(o_141 % 16);
            const float v2_25 = acc0_2.sc + x4[(long)t593_2];
            y1[(((long)t592_0 * 2 + t592_2) * d_T + t592_1) * 8 + t592_3] = v2_25;
            const int t594_3 = (int)(o_141 % 8);
            const long t594_q = o_141 / 8;
            const int t594_2 = (int)(t594_q % 2);
            const long t594_q_2 = t594_q / 2;
            const int t594_1 = (int)(t594_q_2 % d_T);
            const int t594_0 = (int)(t594_q_2 / d_T);
            const int t595_2 = (int)(o_141 % 16);
            const float v2_26 = acc0_2.sc + x4[(long)t595_2];
            y3[(((long)t594_0 * 2 + t594_2) * 8 + t594_3) * d_T + t594_1] = v2_26;
          }
          if (1) {
            const long o_142 = m0_2 * 16 + 13L;
            const int t596_3 = (int)(o_142 % 8);
            const long t596_q = o_142 / 8;
            const int t596_2 = (int)(t596_q % 2);
            const long t596_q_2 = t596_q / 2;
            const int t596_1 = (int)(t596_q_2 % d_T);
            const int t596_0 = (int)(t596_q_2 / d_T);
            const int t597_2 = (int)(o_142 % 16);
            const float v2_27 = acc0_2.sd + x4[(long)t597_2];
            y1[(((long)t596_0 * 2 + t596_2) * d_T + t596_1) * 8 + t596_3] = v2_27;
            const int t598_3 = (int)(o_142 % 8);
            const long t598_q = o_142 / 8;
            const int t598_2 = (int)(t598_q % 2);
            const long t598_q_2 = t598_q / 2;
            const int t598_1 = (int)(t598_q_2 % d_T);
            const int t598_0 = (int)(t598_q_2 / d_T);
            const int t599_2 = (int)(o_142 % 16);
            const float v2_28 = acc0_2.sd + x4[(long)t599_2];
            y3[(((long)t598_0 * 2 + t598_2) * 8 + t598_3) * d_T + t598_1] = v2_28;
          }
          if (1) {
            const long o_143 = m0_2 * 16 + 14L;
            const int t600_3 = (int)(o_143 % 8);
            const long t600_q = o_143 / 8;
            const int t600_2 = (int)(t600_q % 2);
            const long t600_q_2 = t600_q / 2;
            const int t600_1 = (int)(t600_q_2 % d_T);
            const int t600_0 = (int)(t600_q_2 / d_T);
            const int t601_2 = (int)(o_143 % 16);
            const float v2_29 = acc0_2.se + x4[(long)t601_2];
            y1[(((long)t600_0 * 2 + t600_2) * d_T + t600_1) * 8 + t600_3] = v2_29;
            const int t602_3 = (int)(o_143 % 8);
            const long t602_q = o_143 / 8;
            const int t602_2 = (int)(t602_q % 2);
            const long t602_q_2 = t602_q / 2;
            const int t602_1 = (int)(t602_q_2 % d_T);
            const int t602_0 = (int)(t602_q_2 / d_T);
            const int t603_2 = (int)(o_143 % 16);
            const float v2_30 = acc0_2.se + x4[(long)t603_2];
            y3[(((long)t602_0 * 2 + t602_2) * 8 + t602_3) * d_T + t602_1] = v2_30;
          }
          if (1) {
            const long o_144 = m0_2 * 16 + 15L;
            const int t604_3 = (int)(o_144 % 8);
            const long t604_q = o_144 / 8;
            const int t604_2 = (int)(t604_q % 2);
            const long t604_q_2 = t604_q / 2;
            const int t604_1 = (int)(t604_q_2 % d_T);
            const int t604_0 = (int)(t604_q_2 / d_T);
            const int t605_2 = (int)(o_144 % 16);
            const float v2_31 = acc0_2.sf + x4[(long)t605_2];
            y1[(((long)t604_0 * 2 + t604_2) * d_T + t604_1) * 8 + t604_3] = v2_31;
            const int t606_3 = (int)(o_144 % 8);
            const long t606_q = o_144 / 8;
            const int t606_2 = (int)(t606_q % 2);
            const long t606_q_2 = t606_q / 2;
            const int t606_1 = (int)(t606_q_2 % d_T);
            const int t606_0 = (int)(t606_q_2 / d_T);
            const int t607_2 = (int)(o_144 % 16);
            const float v2_32 = acc0_2.sf + x4[(long)t607_2];
            y3[(((long)t606_0 * 2 + t606_2) * 8 + t606_3) * d_T + t606_1] = v2_32;
          }
        }
        const long om_8 = m0_2 + 1;
        if (om_8 < M_2) {
          if (1) {
            const long o_145 = om_8 * 16;
            const int t608_3 = (int)(o_145 % 8);
            const long t608_q = o_145 / 8;
            const int t608_2 = (int)(t608_q % 2);
            const long t608_q_2 = t608_q / 2;
            const int t608_1 = (int)(t608_q_2 % d_T);
            const int t608_0 = (int)(t608_q_2 / d_T);
            const int t609_2 = (int)(o_145 % 16);
            const float v2_33 = acc1_2.s0 + x4[(long)t609_2];
            y1[(((long)t608_0 * 2 + t608_2) * d_T + t608_1) * 8 + t608_3] = v2_33;
            const int t610_3 = (int)(o_145 % 8);
            const long t610_q = o_145 / 8;
            const int t610_2 = (int)(t610_q % 2);
            const long t610_q_2 = t610_q / 2;
            const int t610_1 = (int)(t610_q_2 % d_T);
            const int t610_0 = (int)(t610_q_2 / d_T);
            const int t611_2 = (int)(o_145 % 16);
            const float v2_34 = acc1_2.s0 + x4[(long)t611_2];
            y3[(((long)t610_0 * 2 + t610_2) * 8 + t610_3) * d_T + t610_1] = v2_34;
          }
          if (1) {
            const long o_146 = om_8 * 16 + 1L;
            const int t612_3 = (int)(o_146 % 8);
            const long t612_q = o_146 / 8;
            const int t612_2 = (int)(t612_q % 2);
            const long t612_q_2 = t612_q / 2;
            const int t612_1 = (int)(t612_q_2 % d_T);
            const int t612_0 = (int)(t612_q_2 / d_T);
            const int t613_2 = (int)(o_146 % 16);
            const float v2_35 = acc1_2.s1 + x4[(long)t613_2];
            y1[(((long)t612_0 * 2 + t612_2) * d_T + t612_1) * 8 + t612_3] = v2_35;
            const int t614_3 = (int)(o_146 % 8);
            const long t614_q = o_146 / 8;
            const int t614_2 = (int)(t614_q % 2);
            const long t614_q_2 = t614_q / 2;
            const int t614_1 = (int)(t614_q_2 % d_T);
            const int t614_0 = (int)(t614_q_2 / d_T);
            const int t615_2 = (int)(o_146 % 16);
            const float v2_36 = acc1_2.s1 + x4[(long)t615_2];
            y3[(((long)t614_0 * 2 + t614_2) * 8 + t614_3) * d_T + t614_1] = v2_36;
          }
          if (1) {
            const long o_147 = om_8 * 16 + 2L;
            const int t616_3 = (int)(o_147 % 8);
            const long t616_q = o_147 / 8;
            const int t616_2 = (int)(t616_q % 2);
            const long t616_q_2 = t616_q / 2;
            const int t616_1 = (int)(t616_q_2 % d_T);
            const int t616_0 = (int)(t616_q_2 / d_T);
            const int t617_2 = (int)(o_147 % 16);
            const float v2_37 = acc1_2.s2 + x4[(long)t617_2];
            y1[(((long)t616_0 * 2 + t616_2) * d_T + t616_1) * 8 + t616_3] = v2_37;
            const int t618_3 = (int)(o_147 % 8);
            const long t618_q = o_147 / 8;
            const int t618_2 = (int)(t618_q % 2);
            const long t618_q_2 = t618_q / 2;
            const int t618_1 = (int)(t618_q_2 % d_T);
            const int t618_0 = (int)(t618_q_2 / d_T);
            const int t619_2 = (int)(o_147 % 16);
            const float v2_38 = acc1_2.s2 + x4[(long)t619_2];
            y3[(((long)t618_0 * 2 + t618_2) * 8 + t618_3) * d_T + t618_1] = v2_38;
          }
          if (1) {
            const long o_148 = om_8 * 16 + 3L;
            const int t620_3 = (int)(o_148 % 8);
            const long t620_q = o_148 / 8;
            const int t620_2 = (int)(t620_q % 2);
            const long t620_q_2 = t620_q / 2;
            const int t620_1 = (int)(t620_q_2 % d_T);
            const int t620_0 = (int)(t620_q_2 / d_T);
            const int t621_2 = (int)(o_148 % 16);
            const float v2_39 = acc1_2.s3 + x4[(long)t621_2];
            y1[(((long)t620_0 * 2 + t620_2) * d_T + t620_1) * 8 + t620_3] = v2_39;
            const int t622_3 = (int)(o_148 % 8);
            const long t622_q = o_148 / 8;
            const int t622_2 = (int)(t622_q % 2);
            const long t622_q_2 = t622_q / 2;
            const int t622_1 = (int)(t622_q_2 % d_T);
            const int t622_0 = (int)(t622_q_2 / d_T);
            const int t623_2 = (int)(o_148 % 16);
            const float v2_40 = acc1_2.s3 + x4[(long)t623_2];
            y3[(((long)t622_0 * 2 + t622_2) * 8 + t622_3) * d_T + t622_1] = v2_40;
          }
          if (1) {
            const long o_149 = om_8 * 16 + 4L;
            const int t624_3 = (int)(o_149 % 8);
            const long t624_q = o_149 / 8;
            const int t624_2 = (int)(t624_q % 2);
            const long t624_q_2 = t624_q / 2;
            const int t624_1 = (int)(t624_q_2 % d_T);
            const int t624_0 = (int)(t624_q_2 / d_T);
            const int t625_2 = (int)(o_149 % 16);
            const float v2_41 = acc1_2.s4 + x4[(long)t625_2];
            y1[(((long)t624_0 * 2 + t624_2) * d_T + t624_1) * 8 + t624_3] = v2_41;
            const int t626_3 = (int)(o_149 % 8);
            const long t626_q = o_149 / 8;
            const int t626_2 = (int)(t626_q % 2);
            const long t626_q_2 = t626_q / 2;
            const int t626_1 = (int)(t626_q_2 % d_T);
            const int t626_0 = (int)(t626_q_2 / d_T);
            const int t627_2 = (int)(o_149 % 16);
            const float v2_42 = acc1_2.s4 + x4[(long)t627_2];
            y3[(((long)t626_0 * 2 + t626_2) * 8 + t626_3) * d_T + t626_1] = v2_42;
          }
          if (1) {
            const long o_150 = om_8 * 16 + 5L;
            const int t628_3 = (int)(o_150 % 8);
            const long t628_q = o_150 / 8;
            const int t628_2 = (int)(t628_q % 2);
            const long t628_q_2 = t628_q / 2;
            const int t628_1 = (int)(t628_q_2 % d_T);
            const int t628_0 = (int)(t628_q_2 / d_T);
            const int t629_2 = (int)(o_150 % 16);
            const float v2_43 = acc1_2.s5 + x4[(long)t629_2];
            y1[(((long)t628_0 * 2 + t628_2) * d_T + t628_1) * 8 + t628_3] = v2_43;
            const int t630_3 = (int)(o_150 % 8);
            const long t630_q = o_150 / 8;
            const int t630_2 = (int)(t630_q % 2);
            const long t630_q_2 = t630_q / 2;
            const int t630_1 = (int)(t630_q_2 % d_T);
            const int t630_0 = (int)(t630_q_2 / d_T);
            const int t631_2 = (int)(o_150 % 16);
            const float v2_44 = acc1_2.s5 + x4[(long)t631_2];
            y3[(((long)t630_0 * 2 + t630_2) * 8 + t630_3) * d_T + t630_1] = v2_44;
          }
          if (1) {
            const long o_151 = om_8 * 16 + 6L;
            const int t632_3 = (int)(o_151 % 8);
            const long t632_q = o_151 / 8;
            const int t632_2 = (int)(t632_q % 2);
            const long t632_q_2 = t632_q / 2;
            const int t632_1 = (int)(t632_q_2 % d_T);
            const int t632_0 = (int)(t632_q_2 / d_T);
            const int t633_2 = (int)(o_151 % 16);
            const float v2_45 = acc1_2.s6 + x4[(long)t633_2];
            y1[(((long)t632_0 * 2 + t632_2) * d_T + t632_1) * 8 + t632_3] = v2_45;
            const int t634_3 = (int)(o_151 % 8);
            const long t634_q = o_151 / 8;
            const int t634_2 = (int)(t634_q % 2);
            const long t634_q_2 = t634_q / 2;
            const int t634_1 = (int)(t634_q_2 % d_T);
            const int t634_0 = (int)(t634_q_2 / d_T);
            const int t635_2 = (int)(o_151 % 16);
            const float v2_46 = acc1_2.s6 + x4[(long)t635_2];
            y3[(((long)t634_0 * 2 + t634_2) * 8 + t634_3) * d_T + t634_1] = v2_46;
          }
          if (1) {
            const long o_152 = om_8 * 16 + 7L;
            const int t636_3 = (int)(o_152 % 8);
            const long t636_q = o_152 / 8;
            const int t636_2 = (int)(t636_q % 2);
            const long t636_q_2 = t636_q / 2;
            const int t636_1 = (int)(t636_q_2 % d_T);
            const int t636_0 = (int)(t636_q_2 / d_T);
            const int t637_2 = (int)(o_152 % 16);
            const float v2_47 = acc1_2.s7 + x4[(long)t637_2];
            y1[(((long)t636_0 * 2 + t636_2) * d_T + t636_1) * 8 + t636_3] = v2_47;
            const int t638_3 = (int)(o_152 % 8);
            const long t638_q = o_152 / 8;
            const int t638_2 = (int)(t638_q % 2);
            const long t638_q_2 = t638_q / 2;
            const int t638_1 = (int)(t638_q_2 % d_T);
            const int t638_0 = (int)(t638_q_2 / d_T);
            const int t639_2 = (int)(o_152 % 16);
            const float v2_48 = acc1_2.s7 + x4[(long)t639_2];
            y3[(((long)t638_0 * 2 + t638_2) * 8 + t638_3) * d_T + t638_1] = v2_48;
          }
          if (1) {
            const long o_153 = om_8 * 16 + 8L;
            const int t640_3 = (int)(o_153 % 8);
            const long t640_q = o_153 / 8;
            const int t640_2 = (int)(t640_q % 2);
            const long t640_q_2 = t640_q / 2;
            const int t640_1 = (int)(t640_q_2 % d_T);
            const int t640_0 = (int)(t640_q_2 / d_T);
            const int t641_2 = (int)(o_153 % 16);
            const float v2_49 = acc1_2.s8 + x4[(long)t641_2];
            y1[(((long)t640_0 * 2 + t640_2) * d_T + t640_1) * 8 + t640_3] = v2_49;
            const int t642_3 = (int)(o_153 % 8);
            const long t642_q = o_153 / 8;
            const int t642_2 = (int)(t642_q % 2);
            const long t642_q_2 = t642_q / 2;
            const int t642_1 = (int)(t642_q_2 % d_T);
            const int t642_0 = (int)(t642_q_2 / d_T);
            const int t643_2 = (int)(o_153 % 16);
            const float v2_50 = acc1_2.s8 + x4[(long)t643_2];
            y3[(((long)t642_0 * 2 + t642_2) * 8 + t642_3) * d_T + t642_1] = v2_50;
          }
          if (1) {
            const long o_154 = om_8 * 16 + 9L;
            const int t644_3 = (int)(o_154 % 8);
            const long t644_q = o_154 / 8;
            const int t644_2 = (int)(t644_q % 2);
            const long t644_q_2 = t644_q / 2;
            const int t644_1 = (int)(t644_q_2 % d_T);
            const int t644_0 = (int)(t644_q_2 / d_T);
            const int t645_2 = (int)(o_154 % 16);
            const float v2_51 = acc1_2.s9 + x4[(long)t645_2];
            y1[(((long)t644_0 * 2 + t644_2) * d_T + t644_1) * 8 + t644_3] = v2_51;
            const int t646_3 = (int)(o_154 % 8);
            const long t646_q = o_154 / 8;
            const int t646_2 = (int)(t646_q % 2);
            const long t646_q_2 = t646_q / 2;
            const int t646_1 = (int)(t646_q_2 % d_T);
            const int t646_0 = (int)(t646_q_2 / d_T);
            const int t647_2 = (int)(o_154 % 16);
            const float v2_52 = acc1_2.s9 + x4[(long)t647_2];
            y3[(((long)t646_0 * 2 + t646_2) * 8 + t646_3) * d_T + t646_1] = v2_52;
          }
          if (1) {
            const long o_155 = om_8 * 16 + 10L;
            const int t648_3 = (int)(o_155 % 8);
            const long t648_q = o_155 / 8;
            const int t648_2 = (int)(t648_q % 2);
            const long t648_q_2 = t648_q / 2;
            const int t648_1 = (int)(t648_q_2 % d_T);
            const int t648_0 = (int)(t648_q_2 / d_T);
            const int t649_2 = (int)(o_155 % 16);
            const float v2_53 = acc1_2.sa + x4[(long)t649_2];
            y1[(((long)t648_0 * 2 + t648_2) * d_T + t648_1) * 8 + t648_3] = v2_53;
            const int t650_3 = (int)(o_155 % 8);
            const long t650_q = o_155 / 8;
            const int t650_2 = (int)(t650_q % 2);
            const long t650_q_2 = t650_q / 2;
            const int t650_1 = (int)(t650_q_2 % d_T);
            const int t650_0 = (int)(t650_q_2 / d_T);
            const int t651_2 = (int)(o_155 % 16);
            const float v2_54 = acc1_2.sa + x4[(long)t651_2];
            y3[(((long)t650_0 * 2 + t650_2) * 8 + t650_3) * d_T + t650_1] = v2_54;
          }
          if (1) {
            const long o_156 = om_8 * 16 + 11L;
            const int t652_3 = (int)(o_156 % 8);
            const long t652_q = o_156 / 8;
            const int t652_2 = (int)(t652_q % 2);
            const long t652_q_2 = t652_q / 2;
            const int t652_1 = (int)(t652_q_2 % d_T);
            const int t652_0 = (int)(t652_q_2 / d_T);
            const int t653_2 = (int)(o_156 % 16);
            const float v2_55 = acc1_2.sb + x4[(long)t653_2];
            y1[(((long)t652_0 * 2 + t652_2) * d_T + t652_1) * 8 + t652_3] = v2_55;
            const int t654_3 = (int)(o_156 % 8);
            const long t654_q = o_156 / 8;
            const int t654_2 = (int)(t654_q % 2);
            const long t654_q_2 = t654_q / 2;
            const int t654_1 = (int)(t654_q_2 % d_T);
            const int t654_0 = (int)(t654_q_2 / d_T);
            const int t655_2 = (int)(o_156 % 16);
            const float v2_56 = acc1_2.sb + x4[(long)t655_2];
            y3[(((long)t654_0 * 2 + t654_2) * 8 + t654_3) * d_T + t654_1] = v2_56;
          }
          if (1) {
            const long o_157 = om_8 * 16 + 12L;
            const int t656_3 = (int)(o_157 % 8);
            const long t656_q = o_157 / 8;
            const int t656_2 = (int)(t656_q % 2);
            const long t656_q_2 = t656_q / 2;
            const int t656_1 = (int)(t656_q_2 % d_T);
            const int t656_0 = (int)(t656_q_2 / d_T);
            const int t657_2 = (int)(o_157 % 16);
            const float v2_57 = acc1_2.sc + x4[(long)t657_2];
            y1[(((long)t656_0 * 2 + t656_2) * d_T + t656_1) * 8 + t656_3] = v2_57;
            const int t658_3 = (int)(o_157 % 8);
            const long t658_q = o_157 / 8;
            const int t658_2 = (int)(t658_q % 2);
            const long t658_q_2 = t658_q / 2;
            const int t658_1 = (int)(t658_q_2 % d_T);
            const int t658_0 = (int)(t658_q_2 / d_T);
            const int t659_2 = (int)(o_157 % 16);
            const float v2_58 = acc1_2.sc + x4[(long)t659_2];
            y3[(((long)t658_0 * 2 + t658_2) * 8 + t658_3) * d_T + t658_1] = v2_58;
          }
          if (1) {
            const long o_158 = om_8 * 16 + 13L;
            const int t660_3 = (int)(o_158 % 8);
            const long t660_q = o_158 / 8;
            const int t660_2 = (int)(t660_q % 2);
            const long t660_q_2 = t660_q / 2;
            const int t660_1 = (int)(t660_q_2 % d_T);
            const int t660_0 = (int)(t660_q_2 / d_T);
            const int t661_2 = (int)(o_158 % 16);
            const float v2_59 = acc1_2.sd + x4[(long)t661_2];
            y1[(((long)t660_0 * 2 + t660_2) * d_T + t660_1) * 8 + t660_3] = v2_59;
            const int t662_3 = (int)(o_158 % 8);
            const long t662_q = o_158 / 8;
            const int t662_2 = (int)(t662_q % 2);
            const long t662_q_2 = t662_q / 2;
            const int t662_1 = (int)(t662_q_2 % d_T);
            const int t662_0 = (int)(t662_q_2 / d_T);
            const int t663_2 = (int)(o_158 % 16);
            const float v2_60 = acc1_2.sd + x4[(long)t663_2];
            y3[(((long)t662_0 * 2 + t662_2) * 8 + t662_3) * d_T + t662_1] = v2_60;
          }
          if (1) {
            const long o_159 = om_8 * 16 + 14L;
            const int t664_3 = (int)(o_159 % 8);
            const long t664_q = o_159 / 8;
            const int t664_2 = (int)(t664_q % 2);
            const long t664_q_2 = t664_q / 2;
            const int t664_1 = (int)(t664_q_2 % d_T);
            const int t664_0 = (int)(t664_q_2 / d_T);
            const int t665_2 = (int)(o_159 % 16);
            const float v2_61 = acc1_2.se + x4[(long)t665_2];
            y1[(((long)t664_0 * 2 + t664_2) * d_T + t664_1) * 8 + t664_3] = v2_61;
            const int t666_3 = (int)(o_159 % 8);
            const long t666_q = o_159 / 8;
            const int t666_2 = (int)(t666_q % 2);
            const long t666_q_2 = t666_q / 2;
            const int t666_1 = (int)(t666_q_2 % d_T);
            const int t666_0 = (int)(t666_q_2 / d_T);
            const int t667_2 = (int)(o_159 % 16);
            const float v2_62 = acc1_2.se + x4[(long)t667_2];
            y3[(((long)t666_0 * 2 + t666_2) * 8 + t666_3) * d_T + t666_1] = v2_62;
          }
          if (1) {
            const long o_160 = om_8 * 16 + 15L;
            const int t668_3 = (int)(o_160 % 8);
            const long t668_q = o_160 / 8;
            const int t668_2 = (int)(t668_q % 2);
            const long t668_q_2 = t668_q / 2;
            const int t668_1 = (int)(t668_q_2 % d_T);
            const int t668_0 = (int)(t668_q_2 / d_T);
            const int t669_2 = (int)(o_160 % 16);
            const float v2_63 = acc1_2.sf + x4[(long)t669_2];
            y1[(((long)t668_0 * 2 + t668_2) * d_T + t668_1) * 8 + t668_3] = v2_63;
            const int t670_3 = (int)(o_160 % 8);
            const long t670_q = o_160 / 8;
            const int t670_2 = (int)(t670_q % 2);
            const long t670_q_2 = t670_q / 2;
            const int t670_1 = (int)(t670_q_2 % d_T);
            const int t670_0 = (int)(t670_q_2 / d_T);
            const int t671_2 = (int)(o_160 % 16);
            const float v2_64 = acc1_2.sf + x4[(long)t671_2];
            y3[(((long)t670_0 * 2 + t670_2) * 8 + t670_3) * d_T + t670_1] = v2_64;
          }
        }
        const long om_9 = m0_2 + 2;
        if (om_9 < M_2) {
          if (1) {
            const long o_161 = om_9 * 16;
            const int t672_3 = (int)(o_161 % 8);
            const long t672_q = o_161 / 8;
            const int t672_2 = (int)(t672_q % 2);
            const long t672_q_2 = t672_q / 2;
            const int t672_1 = (int)(t672_q_2 % d_T);
            const int t672_0 = (int)(t672_q_2 / d_T);
            const int t673_2 = (int)(o_161 % 16);
            const float v2_65 = acc2_2.s0 + x4[(long)t673_2];
            y1[(((long)t672_0 * 2 + t672_2) * d_T + t672_1) * 8 + t672_3] = v2_65;
            const int t674_3 = (int)(o_161 % 8);
            const long t674_q = o_161 / 8;
            const int t674_2 = (int)(t674_q % 2);
            const long t674_q_2 = t674_q / 2;
            const int t674_1 = (int)(t674_q_2 % d_T);
            const int t674_0 = (int)(t674_q_2 / d_T);
            const int t675_2 = (int)(o_161 % 16);
            const float v2_66 = acc2_2.s0 + x4[(long)t675_2];
            y3[(((long)t674_0 * 2 + t674_2) * 8 + t674_3) * d_T + t674_1] = v2_66;
          }
          if (1) {
            const long o_162 = om_9 * 16 + 1L;
            const int t676_3 = (int)(o_162 % 8);
            const long t676_q = o_162 / 8;
            const int t676_2 = (int)(t676_q % 2);
            const long t676_q_2 = t676_q / 2;
            const int t676_1 = (int)(t676_q_2 % d_T);
            const int t676_0 = (int)(t676_q_2 / d_T);
            const int t677_2 = (int)(o_162 % 16);
            const float v2_67 = acc2_2.s1 + x4[(long)t677_2];
            y1[(((long)t676_0 * 2 + t676_2) * d_T + t676_1) * 8 + t676_3] = v2_67;
            const int t678_3 = (int)(o_162 % 8);
            const long t678_q = o_162 / 8;
            const int t678_2 = (int)(t678_q % 2);
            const long t678_q_2 = t678_q / 2;
            const int t678_1 = (int)(t678_q_2 % d_T);
            const int t678_0 = (int)(t678_q_2 / d_T);
            const int t679_2 = (int)(o_162 % 16);
            const float v2_68 = acc2_2.s1 + x4[(long)t679_2];
            y3[(((long)t678_0 * 2 + t678_2) * 8 + t678_3) * d_T + t678_1] = v2_68;
          }
          if (1) {
            const long o_163 = om_9 * 16 + 2L;
            const int t680_3 = (int)(o_163 % 8);
            const long t680_q = o_163 / 8;
            const int t680_2 = (int)(t680_q % 2);
            const long t680_q_2 = t680_q / 2;
            const int t680_1 = (int)(t680_q_2 % d_T);
            const int t680_0 = (int)(t680_q_2 / d_T);
            const int t681_2 = (int)(o_163 % 16);
            const float v2_69 = acc2_2.s2 + x4[(long)t681_2];
            y1[(((long)t680_0 * 2 + t680_2) * d_T + t680_1) * 8 + t680_3] = v2_69;
            const int t682_3 = (int)(o_163 % 8);
            const long t682_q = o_163 / 8;
            const int t682_2 = (int)(t682_q % 2);
            const long t682_q_2 = t682_q / 2;
            const int t682_1 = (int)(t682_q_2 % d_T);
            const int t682_0 = (int)(t682_q_2 / d_T);
            const int t683_2 = (int)(o_163 % 16);
            const float v2_70 = acc2_2.s2 + x4[(long)t683_2];
            y3[(((long)t682_0 * 2 + t682_2) * 8 + t682_3) * d_T + t682_1] = v2_70;
          }
          if (1) {
            const long o_164 = om_9 * 16 + 3L;
            const int t684_3 = (int)(o_164 % 8);
            const long t684_q = o_164 / 8;
            const int t684_2 = (int)(t684_q % 2);
            const long t684_q_2 = t684_q / 2;
            const int t684_1 = (int)(t684_q_2 % d_T);
            const int t684_0 = (int)(t684_q_2 / d_T);
            const int t685_2 = (int)(o_164 % 16);
            const float v2_71 = acc2_2.s3 + x4[(long)t685_2];
            y1[(((long)t684_0 * 2 + t684_2) * d_T + t684_1) * 8 + t684_3] = v2_71;
            const int t686_3 = (int)(o_164 % 8);
            const long t686_q = o_164 / 8;
            const int t686_2 = (int)(t686_q % 2);
            const long t686_q_2 = t686_q / 2;
            const int t686_1 = (int)(t686_q_2 % d_T);
            const int t686_0 = (int)(t686_q_2 / d_T);
            const int t687_2 = (int)(o_164 % 16);
            const float v2_72 = acc2_2.s3 + x4[(long)t687_2];
            y3[(((long)t686_0 * 2 + t686_2) * 8 + t686_3) * d_T + t686_1] = v2_72;
          }
          if (1) {
            const long o_165 = om_9 * 16 + 4L;
            const int t688_3 = (int)(o_165 % 8);
            const long t688_q = o_165 / 8;
            const int t688_2 = (int)(t688_q % 2);
            const long t688_q_2 = t688_q / 2;
            const int t688_1 = (int)(t688_q_2 % d_T);
            const int t688_0 = (int)(t688_q_2 / d_T);
            const int t689_2 = (int)(o_165 % 16);
            const float v2_73 = acc2_2.s4 + x4[(long)t689_2];
            y1[(((long)t688_0 * 2 + t688_2) * d_T + t688_1) * 8 + t688_3] = v2_73;
            const int t690_3 = (int)(o_165 % 8);
            const long t690_q = o_165 / 8;
            const int t690_2 = (int)(t690_q % 2);
            const long t690_q_2 = t690_q / 2;
            const int t690_1 = (int)(t690_q_2 % d_T);
            const int t690_0 = (int)(t690_q_2 / d_T);
            const int t691_2 = (int)(o_165 % 16);
            const float v2_74 = acc2_2.s4 + x4[(long)t691_2];
            y3[(((long)t690_0 * 2 + t690_2) * 8 + t690_3) * d_T + t690_1] = v2_74;
          }
          if (1) {
            const long o_166 = om_9 * 16 + 5L;
            const int t692_3 = (int)(o_166 % 8);
            const long t692_q = o_166 / 8;
            const int t692_2 = (int)(t692_q % 2);
            const long t692_q_2 = t692_q / 2;
            const int t692_1 = (int)(t692_q_2 % d_T);
            const int t692_0 = (int)(t692_q_2 / d_T);
            const int t693_2 = (int)(o_166 % 16);
            const float v2_75 = acc2_2.s5 + x4[(long)t693_2];
            y1[(((long)t692_0 * 2 + t692_2) * d_T + t692_1) * 8 + t692_3] = v2_75;
            const int t694_3 = (int)(o_166 % 8);
            const long t694_q = o_166 / 8;
            const int t694_2 = (int)(t694_q % 2);
            const long t694_q_2 = t694_q / 2;
            const int t694_1 = (int)(t694_q_2 % d_T);
            const int t694_0 = (int)(t694_q_2 / d_T);
            const int t695_2 = (int)(o_166 % 16);
            const float v2_76 = acc2_2.s5 + x4[(long)t695_2];
            y3[(((long)t694_0 * 2 + t694_2) * 8 + t694_3) * d_T + t694_1] = v2_76;
          }
          if (1) {
            const long o_167 = om_9 * 16 + 6L;
            const int t696_3 = (int)(o_167 % 8);
            const long t696_q = o_167 / 8;
            const int t696_2 = (int)(t696_q % 2);
            const long t696_q_2 = t696_q / 2;
            const int t696_1 = (int)(t696_q_2 % d_T);
            const int t696_0 = (int)(t696_q_2 / d_T);
            const int t697_2 = (int)(o_167 % 16);
            const float v2_77 = acc2_2.s6 + x4[(long)t697_2];
            y1[(((long)t696_0 * 2 + t696_2) * d_T + t696_1) * 8 + t696_3] = v2_77;
            const int t698_3 = (int)(o_167 % 8);
            const long t698_q = o_167 / 8;
            const int t698_2 = (int)(t698_q % 2);
            const long t698_q_2 = t698_q / 2;
            const int t698_1 = (int)(t698_q_2 % d_T);
            const int t698_0 = (int)(t698_q_2 / d_T);
            const int t699_2 = (int)(o_167 % 16);
            const float v2_78 = acc2_2.s6 + x4[(long)t699_2];
            y3[(((long)t698_0 * 2 + t698_2) * 8 + t698_3) * d_T + t698_1] = v2_78;
          }
          if (1) {
            const long o_168 = om_9 * 16 + 7L;
            const int t700_3 = (int)(o_168 % 8);
            const long t700_q = o_168 / 8;
            const int t700_2 = (int)(t700_q % 2);
            const long t700_q_2 = t700_q / 2;
            const int t700_1 = (int)(t700_q_2 % d_T);
            const int t700_0 = (int)(t700_q_2 / d_T);
            const int t701_2 = (int)(o_168 % 16);
            const float v2_79 = acc2_2.s7 + x4[(long)t701_2];
            y1[(((long)t700_0 * 2 + t700_2) * d_T + t700_1) * 8 + t700_3] = v2_79;
            const int t702_3 = (int)(o_168 % 8);
            const long t702_q = o_168 / 8;
            const int t702_2 = (int)(t702_q % 2);
            const long t702_q_2 = t702_q / 2;
            const int t702_1 = (int)(t702_q_2 % d_T);
            const int t702_0 = (int)(t702_q_2 / d_T);
            const int t703_2 = (int)(o_168 % 16);
            const float v2_80 = acc2_2.s7 + x4[(long)t703_2];
            y3[(((long)t702_0 * 2 + t702_2) * 8 + t702_3) * d_T + t702_1] = v2_80;
          }
          if (1) {
            const long o_169 = om_9 * 16 + 8L;
            const int t704_3 = (int)(o_169 % 8);
            const long t704_q = o_169 / 8;
            const int t704_2 = (int)(t704_q % 2);
            const long t704_q_2 = t704_q / 2;
            const int t704_1 = (int)(t704_q_2 % d_T);
            const int t704_0 = (int)(t704_q_2 / d_T);
            const int t705_2 = (int)(o_169 % 16);
            const float v2_81 = acc2_2.s8 + x4[(long)t705_2];
            y1[(((long)t704_0 * 2 + t704_2) * d_T + t704_1) * 8 + t704_3] = v2_81;
            const int t706_3 = (int)(o_169 % 8);
            const long t706_q = o_169 / 8;
            const int t706_2 = (int)(t706_q % 2);
            const long t706_q_2 = t706_q / 2;
            const int t706_1 = (int)(t706_q_2 % d_T);
            const int t706_0 = (int)(t706_q_2 / d_T);
            const int t707_2 = (int)(o_169 % 16);
            const float v2_82 = acc2_2.s8 + x4[(long)t707_2];
            y3[(((long)t706_0 * 2 + t706_2) * 8 + t706_3) * d_T + t706_1] = v2_82;
          }
          if (1) {
            const long o_170 = om_9 * 16 + 9L;
            const int t708_3 = (int)(o_170 % 8);
            const long t708_q = o_170 / 8;
            const int t708_2 = (int)(t708_q % 2);
            const long t708_q_2 = t708_q / 2;
            const int t708_1 = (int)(t708_q_2 % d_T);
            const int t708_0 = (int)(t708_q_2 / d_T);
            const int t709_2 = (int)(o_170 % 16);
            const float v2_83 = acc2_2.s9 + x4[(long)t709_2];
            y1[(((long)t708_0 * 2 + t708_2) * d_T + t708_1) * 8 + t708_3] = v2_83;
            const int t710_3 = (int)(o_170 % 8);
            const long t710_q = o_170 / 8;
            const int t710_2 = (int)(t710_q % 2);
            const long t710_q_2 = t710_q / 2;
            const int t710_1 = (int)(t710_q_2 % d_T);
            const int t710_0 = (int)(t710_q_2 / d_T);
            const int t711_2 = (int)(o_170 % 16);
            const float v2_84 = acc2_2.s9 + x4[(long)t711_2];
            y3[(((long)t710_0 * 2 + t710_2) * 8 + t710_3) * d_T + t710_1] = v2_84;
          }
          if (1) {
            const long o_171 = om_9 * 16 + 10L;
            const int t712_3 = (int)(o_171 % 8);
            const long t712_q = o_171 / 8;
            const int t712_2 = (int)(t712_q % 2);
            const long t712_q_2 = t712_q / 2;
            const int t712_1 = (int)(t712_q_2 % d_T);
            const int t712_0 = (int)(t712_q_2 / d_T);
            const int t713_2 = (int)(o_171 % 16);
            const float v2_85 = acc2_2.sa + x4[(long)t713_2];
            y1[(((long)t712_0 * 2 + t712_2) * d_T + t712_1) * 8 + t712_3] = v2_85;
            const int t714_3 = (int)(o_171 % 8);
            const long t714_q = o_171 / 8;
            const int t714_2 = (int)(t714_q % 2);
            const long t714_q_2 = t714_q / 2;
            const int t714_1 = (int)(t714_q_2 % d_T);
            const int t714_0 = (int)(t714_q_2 / d_T);
            const int t715_2 = (int)(o_171 % 16);
            const float v2_86 = acc2_2.sa + x4[(long)t715_2];
            y3[(((long)t714_0 * 2 + t714_2) * 8 + t714_3) * d_T + t714_1] = v2_86;
          }
          if (1) {
            const long o_172 = om_9 * 16 + 11L;
            const int t716_3 = (int)(o_172 % 8);
            const long t716_q = o_172 / 8;
            const int t716_2 = (int)(t716_q % 2);
            const long t716_q_2 = t716_q / 2;
            const int t716_1 = (int)(t716_q_2 % d_T);
            const int t716_0 = (int)(t716_q_2 / d_T);
            const int t717_2 = (int)(o_172 % 16);
            const float v2_87 = acc2_2.sb + x4[(long)t717_2];
            y1[(((long)t716_0 * 2 + t716_2) * d_T + t716_1) * 8 + t716_3] = v2_87;
            const int t718_3 = (int)(o_172 % 8);
            const long t718_q = o_172 / 8;
            const int t718_2 = (int)(t718_q % 2);
            const long t718_q_2 = t718_q / 2;
            const int t718_1 = (int)(t718_q_2 % d_T);
            const int t718_0 = (int)(t718_q_2 / d_T);
            const int t719_2 = (int)(o_172 % 16);
            const float v2_88 = acc2_2.sb + x4[(long)t719_2];
            y3[(((long)t718_0 * 2 + t718_2) * 8 + t718_3) * d_T + t718_1] = v2_88;
          }
          if (1) {
            const long o_173 = om_9 * 16 + 12L;
            const int t720_3 = (int)(o_173 % 8);
            const long t720_q = o_173 / 8;
            const int t720_2 = (int)(t720_q % 2);
            const long t720_q_2 = t720_q / 2;
            const int t720_1 = (int)(t720_q_2 % d_T);
            const int t720_0 = (int)(t720_q_2 / d_T);
            const int t721_2 = (int)(o_173 % 16);
            const float v2_89 = acc2_2.sc + x4[(long)t721_2];
            y1[(((long)t720_0 * 2 + t720_2) * d_T + t720_1) * 8 + t720_3] = v2_89;
            const int t722_3 = (int)(o_173 % 8);
            const long t722_q = o_173 / 8;
            const int t722_2 = (int)(t722_q % 2);
            const long t722_q_2 = t722_q / 2;
            const int t722_1 = (int)(t722_q_2 % d_T);
            const int t722_0 = (int)(t722_q_2 / d_T);
            const int t723_2 = (int)(o_173 % 16);
            const float v2_90 = acc2_2.sc + x4[(long)t723_2];
            y3[(((long)t722_0 * 2 + t722_2) * 8 + t722_3) * d_T + t722_1] = v2_90;
          }
          if (1) {
            const long o_174 = om_9 * 16 + 13L;
            const int t724_3 = (int)(o_174 % 8);
            const long t724_q = o_174 / 8;
            const int t724_2 = (int)(t724_q % 2);
            const long t724_q_2 = t724_q / 2;
            const int t724_1 = (int)(t724_q_2 % d_T);
            const int t724_0 = (int)(t724_q_2 / d_T);
            const int t725_2 = (int)(o_174 % 16);
            const float v2_91 = acc2_2.sd + x4[(long)t725_2];
            y1[(((long)t724_0 * 2 + t724_2) * d_T + t724_1) * 8 + t724_3] = v2_91;
            const int t726_3 = (int)(o_174 % 8);
            const long t726_q = o_174 / 8;
            const int t726_2 = (int)(t726_q % 2);
            const long t726_q_2 = t726_q / 2;
            const int t726_1 = (int)(t726_q_2 % d_T);
            const int t726_0 = (int)(t726_q_2 / d_T);
            const int t727_2 = (int)(o_174 % 16);
            const float v2_92 = acc2_2.sd + x4[(long)t727_2];
            y3[(((long)t726_0 * 2 + t726_2) * 8 + t726_3) * d_T + t726_1] = v2_92;
          }
          if (1) {
            const long o_175 = om_9 * 16 + 14L;
            const int t728_3 = (int)(o_175 % 8);
            const long t728_q = o_175 / 8;
            const int t728_2 = (int)(t728_q % 2);
            const long t728_q_2 = t728_q / 2;
            const int t728_1 = (int)(t728_q_2 % d_T);
            const int t728_0 = (int)(t728_q_2 / d_T);
            const int t729_2 = (int)(o_175 % 16);
            const float v2_93 = acc2_2.se + x4[(long)t729_2];
            y1[(((long)t728_0 * 2 + t728_2) * d_T + t728_1) * 8 + t728_3] = v2_93;
            const int t730_3 = (int)(o_175 % 8);
            const long t730_q = o_175 / 8;
            const int t730_2 = (int)(t730_q % 2);
            const long t730_q_2 = t730_q / 2;
            const int t730_1 = (int)(t730_q_2 % d_T);
            const int t730_0 = (int)(t730_q_2 / d_T);
            const int t731_2 = (int)(o_175 % 16);
            const float v2_94 = acc2_2.se + x4[(long)t731_2];
            y3[(((long)t730_0 * 2 + t730_2) * 8 + t730_3) * d_T + t730_1] = v2_94;
          }
          if (1) {
            const long o_176 = om_9 * 16 + 15L;
            const int t732_3 = (int)(o_176 % 8);
            const long t732_q = o_176 / 8;
            const int t732_2 = (int)(t732_q % 2);
            const long t732_q_2 = t732_q / 2;
            const int t732_1 = (int)(t732_q_2 % d_T);
            const int t732_0 = (int)(t732_q_2 / d_T);
            const int t733_2 = (int)(o_176 % 16);
            const float v2_95 = acc2_2.sf + x4[(long)t733_2];
            y1[(((long)t732_0 * 2 + t732_2) * d_T + t732_1) * 8 + t732_3] = v2_95;
            const int t734_3 = (int)(o_176 % 8);
            const long t734_q = o_176 / 8;
            const int t734_2 = (int)(t734_q % 2);
            const long t734_q_2 = t734_q / 2;
            const int t734_1 = (int)(t734_q_2 % d_T);
            const int t734_0 = (int)(t734_q_2 / d_T);
            const int t735_2 = (int)(o_176 % 16);
            const float v2_96 = acc2_2.sf + x4[(long)t735_2];
            y3[(((long)t734_0 * 2 + t734_2) * 8 + t734_3) * d_T + t734_1] = v2_96;
          }
        }
        const long om_10 = m0_2 + 3;
        if (om_10 < M_2) {
          if (1) {
            const long o_177 = om_10 * 16;
            const int t736_3 = (int)(o_177 % 8);
            const long t736_q = o_177 / 8;
            const int t736_2 = (int)(t736_q % 2);
            const long t736_q_2 = t736_q / 2;
            const int t736_1 = (int)(t736_q_2 % d_T);
            const int t736_0 = (int)(t736_q_2 / d_T);
            const int t737_2 = (int)(o_177 % 16);
            const float v2_97 = acc3_2.s0 + x4[(long)t737_2];
            y1[(((long)t736_0 * 2 + t736_2) * d_T + t736_1) * 8 + t736_3] = v2_97;
            const int t738_3 = (int)(o_177 % 8);
            const long t738_q = o_177 / 8;
            const int t738_2 = (int)(t738_q % 2);
            const long t738_q_2 = t738_q / 2;
            const int t738_1 = (int)(t738_q_2 % d_T);
            const int t738_0 = (int)(t738_q_2 / d_T);
            const int t739_2 = (int)(o_177 % 16);
            const float v2_98 = acc3_2.s0 + x4[(long)t739_2];
            y3[(((long)t738_0 * 2 + t738_2) * 8 + t738_3) * d_T + t738_1] = v2_98;
          }
          if (1) {
            const long o_178 = om_10 * 16 + 1L;
            const int t740_3 = (int)(o_178 % 8);
            const long t740_q = o_178 / 8;
            const int t740_2 = (int)(t740_q % 2);
            const long t740_q_2 = t740_q / 2;
            const int t740_1 = (int)(t740_q_2 % d_T);
            const int t740_0 = (int)(t740_q_2 / d_T);
            const int t741_2 = (int)(o_178 % 16);
            const float v2_99 = acc3_2.s1 + x4[(long)t741_2];
            y1[(((long)t740_0 * 2 + t740_2) * d_T + t740_1) * 8 + t740_3] = v2_99;
            const int t742_3 = (int)(o_178 % 8);
            const long t742_q = o_178 / 8;
            const int t742_2 = (int)(t742_q % 2);
            const long t742_q_2 = t742_q / 2;
            const int t742_1 = (int)(t742_q_2 % d_T);
            const int t742_0 = (int)(t742_q_2 / d_T);
            const int t743_2 = (int)(o_178 % 16);
            const float v2_100 = acc3_2.s1 + x4[(long)t743_2];
            y3[(((long)t742_0 * 2 + t742_2) * 8 + t742_3) * d_T + t742_1] = v2_100;
          }
          if (1) {
            const long o_179 = om_10 * 16 + 2L;
            const int t744_3 = (int)(o_179 % 8);
            const long t744_q = o_179 / 8;
            const int t744_2 = (int)(t744_q % 2);
            const long t744_q_2 = t744_q / 2;
            const int t744_1 = (int)(t744_q_2 % d_T);
            const int t744_0 = (int)(t744_q_2 / d_T);
            const int t745_2 = (int)(o_179 % 16);
            const float v2_101 = acc3_2.s2 + x4[(long)t745_2];
            y1[(((long)t744_0 * 2 + t744_2) * d_T + t744_1) * 8 + t744_3] = v2_101;
            const int t746_3 = (int)(o_179 % 8);
            const long t746_q = o_179 / 8;
            const int t746_2 = (int)(t746_q % 2);
            const long t746_q_2 = t746_q / 2;
            const int t746_1 = (int)(t746_q_2 % d_T);
            const int t746_0 = (int)(t746_q_2 / d_T);
            const int t747_2 = (int)(o_179 % 16);
            const float v2_102 = acc3_2.s2 + x4[(long)t747_2];
            y3[(((long)t746_0 * 2 + t746_2) * 8 + t746_3) * d_T + t746_1] = v2_102;
          }
          if (1) {
            const long o_180 = om_10 * 16 + 3L;
            const int t748_3 = (int)(o_180 % 8);
            const long t748_q = o_180 / 8;
            const int t748_2 = (int)(t748_q % 2);
            const long t748_q_2 = t748_q / 2;
            const int t748_1 = (int)(t748_q_2 % d_T);
            const int t748_0 = (int)(t748_q_2 / d_T);
            const int t749_2 = (int)(o_180 % 16);
            const float v2_103 = acc3_2.s3 + x4[(long)t749_2];
            y1[(((long)t748_0 * 2 + t748_2) * d_T + t748_1) * 8 + t748_3] = v2_103;
            const int t750_3 = (int)(o_180 % 8);
            const long t750_q = o_180 / 8;
            const int t750_2 = (int)(t750_q % 2);
            const long t750_q_2 = t750_q / 2;
            const int t750_1 = (int)(t750_q_2 % d_T);
            const int t750_0 = (int)(t750_q_2 / d_T);
            const int t751_2 = (int)(o_180 % 16);
            const float v2_104 = acc3_2.s3 + x4[(long)t751_2];
            y3[(((long)t750_0 * 2 + t750_2) * 8 + t750_3) * d_T + t750_1] = v2_104;
          }
          if (1) {
            const long o_181 = om_10 * 16 + 4L;
            const int t752_3 = (int)(o_181 % 8);
            const long t752_q = o_181 / 8;
            const int t752_2 = (int)(t752_q % 2);
            const long t752_q_2 = t752_q / 2;
            const int t752_1 = (int)(t752_q_2 % d_T);
            const int t752_0 = (int)(t752_q_2 / d_T);
            const int t753_2 = (int)(o_181 % 16);
            const float v2_105 = acc3_2.s4 + x4[(long)t753_2];
            y1[(((long)t752_0 * 2 + t752_2) * d_T + t752_1) * 8 + t752_3] = v2_105;
            const int t754_3 = (int)(o_181 % 8);
            const long t754_q = o_181 / 8;
            const int t754_2 = (int)(t754_q % 2);
            const long t754_q_2 = t754_q / 2;
            const int t754_1 = (int)(t754_q_2 % d_T);
            const int t754_0 = (int)(t754_q_2 / d_T);
            const int t755_2 = (int)(o_181 % 16);
            const float v2_106 = acc3_2.s4 + x4[(long)t755_2];
            y3[(((long)t754_0 * 2 + t754_2) * 8 + t754_3) * d_T + t754_1] = v2_106;
          }
          if (1) {
            const long o_182 = om_10 * 16 + 5L;
            const int t756_3 = (int)(o_182 % 8);
            const long t756_q = o_182 / 8;
            const int t756_2 = (int)(t756_q % 2);
            const long t756_q_2 = t756_q / 2;
            const int t756_1 = (int)(t756_q_2 % d_T);
            const int t756_0 = (int)(t756_q_2 / d_T);
            const int t757_2 = (int)(o_182 % 16);
            const float v2_107 = acc3_2.s5 + x4[(long)t757_2];
            y1[(((long)t756_0 * 2 + t756_2) * d_T + t756_1) * 8 + t756_3] = v2_107;
            const int t758_3 = (int)(o_182 % 8);
            const long t758_q = o_182 / 8;
            const int t758_2 = (int)(t758_q % 2);
            const long t758_q_2 = t758_q / 2;
            const int t758_1 = (int)(t758_q_2 % d_T);
            const int t758_0 = (int)(t758_q_2 / d_T);
            const int t759_2 = (int)(o_182 % 16);
            const float v2_108 = acc3_2.s5 + x4[(long)t759_2];
            y3[(((long)t758_0 * 2 + t758_2) * 8 + t758_3) * d_T + t758_1] = v2_108;
          }
          if (1) {
            const long o_183 = om_10 * 16 + 6L;
            const int t760_3 = (int)(o_183 % 8);
            const long t760_q = o_183 / 8;
            const int t760_2 = (int)(t760_q % 2);
            const long t760_q_2 = t760_q / 2;
            const int t760_1 = (int)(t760_q_2 % d_T);
            const int t760_0 = (int)(t760_q_2 / d_T);
            const int t761_2 = (int)(o_183 % 16);
            const float v2_109 = acc3_2.s6 + x4[(long)t761_2];
            y1[(((long)t760_0 * 2 + t760_2) * d_T + t760_1) * 8 + t760_3] = v2_109;
            const int t762_3 = (int)(o_183 % 8);
            const long t762_q = o_183 / 8;
            const int t762_2 = (int)(t762_q % 2);
            const long t762_q_2 = t762_q / 2;
            const int t762_1 = (int)(t762_q_2 % d_T);
            const int t762_0 = (int)(t762_q_2 / d_T);
            const int t763_2 = (int)(o_183 % 16);
            const float v2_110 = acc3_2.s6 + x4[(long)t763_2];
            y3[(((long)t762_0 * 2 + t762_2) * 8 + t762_3) * d_T + t762_1] = v2_110;
          }
          if (1) {
            const long o_184 = om_10 * 16 + 7L;
            const int t764_3 = (int)(o_184 % 8);
            const long t764_q = o_184 / 8;
            const int t764_2 = (int)(t764_q % 2);
            const long t764_q_2 = t764_q / 2;
            const int t764_1 = (int)(t764_q_2 % d_T);
            const int t764_0 = (int)(t764_q_2 / d_T);
            const int t765_2 = (int)(o_184 % 16);
            const float v2_111 = acc3_2.s7 + x4[(long)t765_2];
            y1[(((long)t764_0 * 2 + t764_2) * d_T + t764_1) * 8 + t764_3] = v2_111;
            const int t766_3 = (int)(o_184 % 8);
            const long t766_q = o_184 / 8;
            const int t766_2 = (int)(t766_q % 2);
            const long t766_q_2 = t766_q / 2;
            const int t766_1 = (int)(t766_q_2 % d_T);
            const int t766_0 = (int)(t766_q_2 / d_T);
            const int t767_2 = (int)(o_184 % 16);
            const float v2_112 = acc3_2.s7 + x4[(long)t767_2];
            y3[(((long)t766_0 * 2 + t766_2) * 8 + t766_3) * d_T + t766_1] = v2_112;
          }
          if (1) {
            const long o_185 = om_10 * 16 + 8L;
            const int t768_3 = (int)(o_185 % 8);
            const long t768_q = o_185 / 8;
            const int t768_2 = (int)(t768_q % 2);
            const long t768_q_2 = t768_q / 2;
            const int t768_1 = (int)(t768_q_2 % d_T);
            const int t768_0 = (int)(t768_q_2 / d_T);
            const int t769_2 = (int)(o_185 % 16);
            const float v2_113 = acc3_2.s8 + x4[(long)t769_2];
            y1[(((long)t768_0 * 2 + t768_2) * d_T + t768_1) * 8 + t768_3] = v2_113;
            const int t770_3 = (int)(o_185 % 8);
            const long t770_q = o_185 / 8;
            const int t770_2 = (int)(t770_q % 2);
            const long t770_q_2 = t770_q / 2;
            const int t770_1 = (int)(t770_q_2 % d_T);
            const int t770_0 = (int)(t770_q_2 / d_T);
            const int t771_2 = (int)(o_185 % 16);
            const float v2_114 = acc3_2.s8 + x4[(long)t771_2];
            y3[(((long)t770_0 * 2 + t770_2) * 8 + t770_3) * d_T + t770_1] = v2_114;
          }
          if (1) {
            const long o_186 = om_10 * 16 + 9L;
            const int t772_3 = (int)(o_186 % 8);
            const long t772_q = o_186 / 8;
            const int t772_2 = (int)(t772_q % 2);
            const long t772_q_2 = t772_q / 2;
            const int t772_1 = (int)(t772_q_2 % d_T);
            const int t772_0 = (int)(t772_q_2 / d_T);
            const int t773_2 = (int)(o_186 % 16);
            const float v2_115 = acc3_2.s9 + x4[(long)t773_2];
            y1[(((long)t772_0 * 2 + t772_2) * d_T + t772_1) * 8 + t772_3] = v2_115;
            const int t774_3 = (int)(o_186 % 8);
            const long t774_q = o_186 / 8;
            const int t774_2 = (int)(t774_q % 2);
            const long t774_q_2 = t774_q / 2;
            const int t774_1 = (int)(t774_q_2 % d_T);
            const int t774_0 = (int)(t774_q_2 / d_T);
            const int t775_2 = (int)(o_186 % 16);
            const float v2_116 = acc3_2.s9 + x4[(long)t775_2];
            y3[(((long)t774_0 * 2 + t774_2) * 8 + t774_3) * d_T + t774_1] = v2_116;
          }
          if (1) {
            const long o_187 = om_10 * 16 + 10L;
            const int t776_3 = (int)(o_187 % 8);
            const long t776_q = o_187 / 8;
            const int t776_2 = (int)(t776_q % 2);
            const long t776_q_2 = t776_q / 2;
            const int t776_1 = (int)(t776_q_2 % d_T);
            const int t776_0 = (int)(t776_q_2 / d_T);
            const int t777_2 = (int)(o_187 % 16);
            const float v2_117 = acc3_2.sa + x4[(long)t777_2];
            y1[(((long)t776_0 * 2 + t776_2) * d_T + t776_1) * 8 + t776_3] = v2_117;
            const int t778_3 = (int)(o_187 % 8);
            const long t778_q = o_187 / 8;
            const int t778_2 = (int)(t778_q % 2);
            const long t778_q_2 = t778_q / 2;
            const int t778_1 = (int)(t778_q_2 % d_T);
            const int t778_0 = (int)(t778_q_2 / d_T);
            const int t779_2 = (int)(o_187 % 16);
            const float v2_118 = acc3_2.sa + x4[(long)t779_2];
            y3[(((long)t778_0 * 2 + t778_2) * 8 + t778_3) * d_T + t778_1] = v2_118;
          }
          if (1) {
            const long o_188 = om_10 * 16 + 11L;
            const int t780_3 = (int)(o_188 % 8);
            const long t780_q = o_188 / 8;
            const int t780_2 = (int)(t780_q % 2);
            const long t780_q_2 = t780_q / 2;
            const int t780_1 = (int)(t780_q_2 % d_T);
            const int t780_0 = (int)(t780_q_2 / d_T);
            const int t781_2 = (int)(o_188 % 16);
            const float v2_119 = acc3_2.sb + x4[(long)t781_2];
            y1[(((long)t780_0 * 2 + t780_2) * d_T + t780_1) * 8 + t780_3] = v2_119;
            const int t782_3 = (int)(o_188 % 8);
            const long t782_q = o_188 / 8;
            const int t782_2 = (int)(t782_q % 2);
            const long t782_q_2 = t782_q / 2;
            const int t782_1 = (int)(t782_q_2 % d_T);
            const int t782_0 = (int)(t782_q_2 / d_T);
            const int t783_2 = (int)(o_188 % 16);
            const float v2_120 = acc3_2.sb + x4[(long)t783_2];
            y3[(((long)t782_0 * 2 + t782_2) * 8 + t782_3) * d_T + t782_1] = v2_120;
          }
          if (1) {
            const long o_189 = om_10 * 16 + 12L;
            const int t784_3 = (int)(o_189 % 8);
            const long t784_q = o_189 / 8;
            const int t784_2 = (int)(t784_q % 2);
            const long t784_q_2 = t784_q / 2;
            const int t784_1 = (int)(t784_q_2 % d_T);
            const int t784_0 = (int)(t784_q_2 / d_T);
            const int t785_2 = (int)(o_189 % 16);
            const float v2_121 = acc3_2.sc + x4[(long)t785_2];
            y1[(((long)t784_0 * 2 + t784_2) * d_T + t784_1) * 8 + t784_3] = v2_121;
            const int t786_3 = (int)(o_189 % 8);
            const long t786_q = o_189 / 8;
            const int t786_2 = (int)(t786_q % 2);
            const long t786_q_2 = t786_q / 2;
            const int t786_1 = (int)(t786_q_2 % d_T);
            const int t786_0 = (int)(t786_q_2 / d_T);
            const int t787_2 = (int)(o_189 % 16);
            const float v2_122 = acc3_2.sc + x4[(long)t787_2];
            y3[(((long)t786_0 * 2 + t786_2) * 8 + t786_3) * d_T + t786_1] = v2_122;
          }
          if (1) {
            const long o_190 = om_10 * 16 + 13L;
            const int t788_3 = (int)(o_190 % 8);
            const long t788_q = o_190 / 8;
            const int t788_2 = (int)(t788_q % 2);
            const long t788_q_2 = t788_q / 2;
            const int t788_1 = (int)(t788_q_2 % d_T);
            const int t788_0 = (int)(t788_q_2 / d_T);
            const int t789_2 = (int)(o_190 % 16);
            const float v2_123 = acc3_2.sd + x4[(long)t789_2];
            y1[(((long)t788_0 * 2 + t788_2) * d_T + t788_1) * 8 + t788_3] = v2_123;
            const int t790_3 = (int)(o_190 % 8);
            const long t790_q = o_190 / 8;
            const int t790_2 = (int)(t790_q % 2);
            const long t790_q_2 = t790_q / 2;
            const int t790_1 = (int)(t790_q_2 % d_T);
            const int t790_0 = (int)(t790_q_2 / d_T);
            const int t791_2 = (int)(o_190 % 16);
            const float v2_124 = acc3_2.sd + x4[(long)t791_2];
            y3[(((long)t790_0 * 2 + t790_2) * 8 + t790_3) * d_T + t790_1] = v2_124;
          }
          if (1) {
            const long o_191 = om_10 * 16 + 14L;
            const int t792_3 = (int)(o_191 % 8);
            const long t792_q = o_191 / 8;
            const int t792_2 = (int)(t792_q % 2);
            const long t792_q_2 = t792_q / 2;
            const int t792_1 = (int)(t792_q_2 % d_T);
            const int t792_0 = (int)(t792_q_2 / d_T);
            const int t793_2 = (int)(o_191 % 16);
            const float v2_125 = acc3_2.se + x4[(long)t793_2];
            y1[(((long)t792_0 * 2 + t792_2) * d_T + t792_1) * 8 + t792_3] = v2_125;
            const int t794_3 = (int)(o_191 % 8);
            const long t794_q = o_191 / 8;
            const int t794_2 = (int)(t794_q % 2);
            const long t794_q_2 = t794_q / 2;
            const int t794_1 = (int)(t794_q_2 % d_T);
            const int t794_0 = (int)(t794_q_2 / d_T);
            const int t795_2 = (int)(o_191 % 16);
            const float v2_126 = acc3_2.se + x4[(long)t795_2];
            y3[(((long)t794_0 * 2 + t794_2) * 8 + t794_3) * d_T + t794_1] = v2_126;
          }
          if (1) {
            const long o_192 = om_10 * 16 + 15L;
            const int t796_3 = (int)(o_192 % 8);
            const long t796_q = o_192 / 8;
            const int t796_2 = (int)(t796_q % 2);
            const long t796_q_2 = t796_q / 2;
            const int t796_1 = (int)(t796_q_2 % d_T);
            const int t796_0 = (int)(t796_q_2 / d_T);
            const int t797_2 = (int)(o_192 % 16);
            const float v2_127 = acc3_2.sf + x4[(long)t797_2];
            y1[(((long)t796_0 * 2 + t796_2) * d_T + t796_1) * 8 + t796_3] = v2_127;
            const int t798_3 = (int)(o_192 % 8);
            const long t798_q = o_192 / 8;
            const int t798_2 = (int)(t798_q % 2);
            const long t798_q_2 = t798_q / 2;
            const int t798_1 = (int)(t798_q_2 % d_T);
            const int t798_0 = (int)(t798_q_2 / d_T);
            const int t799_2 = (int)(o_192 % 16);
            const float v2_128 = acc3_2.sf + x4[(long)t799_2];
            y3[(((long)t798_0 * 2 + t798_2) * 8 + t798_3) * d_T + t798_1] = v2_128;
          }
        }
        const long om_11 = m0_2 + 4;
        if (om_11 < M_2) {
          if (1) {
            const long o_193 = om_11 * 16;
            const int t800_3 = (int)(o_193 % 8);
            const long t800_q = o_193 / 8;
            const int t800_2 = (int)(t800_q % 2);
            const long t800_q_2 = t800_q / 2;
            const int t800_1 = (int)(t800_q_2 % d_T);
            const int t800_0 = (int)(t800_q_2 / d_T);
            const int t801_2 = (int)(o_193 % 16);
            const float v2_129 = acc4_2.s0 + x4[(long)t801_2];
            y1[(((long)t800_0 * 2 + t800_2) * d_T + t800_1) * 8 + t800_3] = v2_129;
            const int t802_3 = (int)(o_193 % 8);
            const long t802_q = o_193 / 8;
            const int t802_2 = (int)(t802_q % 2);
            const long t802_q_2 = t802_q / 2;
            const int t802_1 = (int)(t802_q_2 % d_T);
            const int t802_0 = (int)(t802_q_2 / d_T);
            const int t803_2 = (int)(o_193 % 16);
            const float v2_130 = acc4_2.s0 + x4[(long)t803_2];
            y3[(((long)t802_0 * 2 + t802_2) * 8 + t802_3) * d_T + t802_1] = v2_130;
          }
          if (1) {
            const long o_194 = om_11 * 16 + 1L;
            const int t804_3 = (int)(o_194 % 8);
            const long t804_q = o_194 / 8;
            const int t804_2 = (int)(t804_q % 2);
            const long t804_q_2 = t804_q / 2;
            const int t804_1 = (int)(t804_q_2 % d_T);
            const int t804_0 = (int)(t804_q_2 / d_T);
            const int t805_2 = (int)(o_194 % 16);
            const float v2_131 = acc4_2.s1 + x4[(long)t805_2];
            y1[(((long)t804_0 * 2 + t804_2) * d_T + t804_1) * 8 + t804_3] = v2_131;
            const int t806_3 = (int)(o_194 % 8);
            const long t806_q = o_194 / 8;
            const int t806_2 = (int)(t806_q % 2);
            const long t806_q_2 = t806_q / 2;
            const int t806_1 = (int)(t806_q_2 % d_T);
            const int t806_0 = (int)(t806_q_2 / d_T);
            const int t807_2 = (int)(o_194 % 16);
            const float v2_132 = acc4_2.s1 + x4[(long)t807_2];
            y3[(((long)t806_0 * 2 + t806_2) * 8 + t806_3) * d_T + t806_1] = v2_132;
          }
          if (1) {
            const long o_195 = om_11 * 16 + 2L;
            const int t808_3 = (int)(o_195 % 8);
            const long t808_q = o_195 / 8;
            const int t808_2 = (int)(t808_q % 2);
            const long t808_q_2 = t808_q / 2;
            const int t808_1 = (int)(t808_q_2 % d_T);
            const int t808_0 = (int)(t808_q_2 / d_T);
            const int t809_2 = (int)(o_195 % 16);
            const float v2_133 = acc4_2.s2 + x4[(long)t809_2];
            y1[(((long)t808_0 * 2 + t808_2) * d_T + t808_1) * 8 + t808_3] = v2_133;
            const int t810_3 = (int)(o_195 % 8);
            const long t810_q = o_195 / 8;
            const int t810_2 = (int)(t810_q % 2);
            const long t810_q_2 = t810_q / 2;
            const int t810_1 = (int)(t810_q_2 % d_T);
            const int t810_0 = (int)(t810_q_2 / d_T);
            const int t811_2 = (int)(o_195 % 16);
            const float v2_134 = acc4_2.s2 + x4[(long)t811_2];
            y3[(((long)t810_0 * 2 + t810_2) * 8 + t810_3) * d_T + t810_1] = v2_134;
          }
          if (1) {
            const long o_196 = om_11 * 16 + 3L;
            const int t812_3 = (int)(o_196 % 8);
            const long t812_q = o_196 / 8;
            const int t812_2 = (int)(t812_q % 2);
            const long t812_q_2 = t812_q / 2;
            const int t812_1 = (int)(t812_q_2 % d_T);
            const int t812_0 = (int)(t812_q_2 / d_T);
            const int t813_2 = (int)(o_196 % 16);
            const float v2_135 = acc4_2.s3 + x4[(long)t813_2];
            y1[(((long)t812_0 * 2 + t812_2) * d_T + t812_1) * 8 + t812_3] = v2_135;
            const int t814_3 = (int)(o_196 % 8);
            const long t814_q = o_196 / 8;
            const int t814_2 = (int)(t814_q % 2);
            const long t814_q_2 = t814_q / 2;
            const int t814_1 = (int)(t814_q_2 % d_T);
            const int t814_0 = (int)(t814_q_2 / d_T);
            const int t815_2 = (int)(o_196 % 16);
            const float v2_136 = acc4_2.s3 + x4[(long)t815_2];
            y3[(((long)t814_0 * 2 + t814_2) * 8 + t814_3) * d_T + t814_1] = v2_136;
          }
          if (1) {
            const long o_197 = om_11 * 16 + 4L;
            const int t816_3 = (int)(o_197 % 8);
            const long t816_q = o_197 / 8;
            const int t816_2 = (int)(t816_q % 2);
            const long t816_q_2 = t816_q / 2;
            const int t816_1 = (int)(t816_q_2 % d_T);
            const int t816_0 = (int)(t816_q_2 / d_T);
            const int t817_2 = (int)(o_197 % 16);
            const float v2_137 = acc4_2.s4 + x4[(long)t817_2];
            y1[(((long)t816_0 * 2 + t816_2) * d_T + t816_1) * 8 + t816_3] = v2_137;
            const int t818_3 = (int)(o_197 % 8);
            const long t818_q = o_197 / 8;
            const int t818_2 = (int)(t818_q % 2);
            const long t818_q_2 = t818_q / 2;
            const int t818_1 = (int)(t818_q_2 % d_T);
            const int t818_0 = (int)(t818_q_2 / d_T);
            const int t819_2 = (int)(o_197 % 16);
            const float v2_138 = acc4_2.s4 + x4[(long)t819_2];
            y3[(((long)t818_0 * 2 + t818_2) * 8 + t818_3) * d_T + t818_1] = v2_138;
          }
          if (1) {
            const long o_198 = om_11 * 16 + 5L;
            const int t820_3 = (int)(o_198 % 8);
            const long t820_q = o_198 / 8;
            const int t820_2 = (int)(t820_q % 2);
            const long t820_q_2 = t820_q / 2;
            const int t820_1 = (int)(t820_q_2 % d_T);
            const int t820_0 = (int)(t820_q_2 / d_T);
            const int t821_2 = (int)(o_198 % 16);
            const float v2_139 = acc4_2.s5 + x4[(long)t821_2];
            y1[(((long)t820_0 * 2 + t820_2) * d_T + t820_1) * 8 + t820_3] = v2_139;
            const int t822_3 = (int)(o_198 % 8);
            const long t822_q = o_198 / 8;
            const int t822_2 = (int)(t822_q % 2);
            const long t822_q_2 = t822_q / 2;
            const int t822_1 = (int)(t822_q_2 % d_T);
            const int t822_0 = (int)(t822_q_2 / d_T);
            const int t823_2 = (int)(o_198 % 16);
            const float v2_140 = acc4_2.s5 + x4[(long)t823_2];
            y3[(((long)t822_0 * 2 + t822_2) * 8 + t822_3) * d_T + t822_1] = v2_140;
          }
          if (1) {
            const long o_199 = om_11 * 16 + 6L;
            const int t824_3 = (int)(o_199 % 8);
            const long t824_q = o_199 / 8;
            const int t824_2 = (int)(t824_q % 2);
            const long t824_q_2 = t824_q / 2;
            const int t824_1 = (int)(t824_q_2 % d_T);
            const int t824_0 = (int)(t824_q_2 / d_T);
            const int t825_2 = (int)(o_199 % 16);
            const float v2_141 = acc4_2.s6 + x4[(long)t825_2];
            y1[(((long)t824_0 * 2 + t824_2) * d_T + t824_1) * 8 + t824_3] = v2_141;
            const int t826_3 = (int)(o_199 % 8);
            const long t826_q = o_199 / 8;
            const int t826_2 = (int)(t826_q % 2);
            const long t826_q_2 = t826_q / 2;
            const int t826_1 = (int)(t826_q_2 % d_T);
            const int t826_0 = (int)(t826_q_2 / d_T);
            const int t827_2 = (int)(o_199 % 16);
            const float v2_142 = acc4_2.s6 + x4[(long)t827_2];
            y3[(((long)t826_0 * 2 + t826_2) * 8 + t826_3) * d_T + t826_1] = v2_142;
          }
          if (1) {
            const long o_200 = om_11 * 16 + 7L;
            const int t828_3 = (int)(o_200 % 8);
            const long t828_q = o_200 / 8;
            const int t828_2 = (int)(t828_q % 2);
            const long t828_q_2 = t828_q / 2;
            const int t828_1 = (int)(t828_q_2 % d_T);
            const int t828_0 = (int)(t828_q_2 / d_T);
            const int t829_2 = (int)(o_200 % 16);
            const float v2_143 = acc4_2.s7 + x4[(long)t829_2];
            y1[(((long)t828_0 * 2 + t828_2) * d_T + t828_1) * 8 + t828_3] = v2_143;
            const int t830_3 = (int)(o_200 % 8);
            const long t830_q = o_200 / 8;
            const int t830_2 = (int)(t830_q % 2);
            const long t830_q_2 = t830_q / 2;
            const int t830_1 = (int)(t830_q_2 % d_T);
            const int t830_0 = (int)(t830_q_2 / d_T);
            const int t831_2 = (int)(o_200 % 16);
            const float v2_144 = acc4_2.s7 + x4[(long)t831_2];
            y3[(((long)t830_0 * 2 + t830_2) * 8 + t830_3) * d_T + t830_1] = v2_144;
          }
          if (1) {
            const long o_201 = om_11 * 16 + 8L;
            const int t832_3 = (int)(o_201 % 8);
            const long t832_q = o_201 / 8;
            const int t832_2 = (int)(t832_q % 2);
            const long t832_q_2 = t832_q / 2;
            const int t832_1 = (int)(t832_q_2 % d_T);
            const int t832_0 = (int)(t832_q_2 / d_T);
            const int t833_2 = (int)(o_201 % 16);
            const float v2_145 = acc4_2.s8 + x4[(long)t833_2];
            y1[(((long)t832_0 * 2 + t832_2) * d_T + t832_1) * 8 + t832_3] = v2_145;
            const int t834_3 = (int)(o_201 % 8);
            const long t834_q = o_201 / 8;
            const int t834_2 = (int)(t834_q % 2);
            const long t834_q_2 = t834_q / 2;
            const int t834_1 = (int)(t834_q_2 % d_T);
            const int t834_0 = (int)(t834_q_2 / d_T);
            const int t835_2 = (int)(o_201 % 16);
            const float v2_146 = acc4_2.s8 + x4[(long)t835_2];
            y3[(((long)t834_0 * 2 + t834_2) * 8 + t834_3) * d_T + t834_1] = v2_146;
          }
          if (1) {
            const long o_202 = om_11 * 16 + 9L;
            const int t836_3 = (int)(o_202 % 8);
            const long t836_q = o_202 / 8;
            const int t836_2 = (int)(t836_q % 2);
            const long t836_q_2 = t836_q / 2;
            const int t836_1 = (int)(t836_q_2 % d_T);
            const int t836_0 = (int)(t836_q_2 / d_T);
            const int t837_2 = (int)(o_202 % 16);
            const float v2_147 = acc4_2.s9 + x4[(long)t837_2];
            y1[(((long)t836_0 * 2 + t836_2) * d_T + t836_1) * 8 + t836_3] = v2_147;
            const int t838_3 = (int)(o_202 % 8);
            const long t838_q = o_202 / 8;
            const int t838_2 = (int)(t838_q % 2);
            const long t838_q_2 = t838_q / 2;
            const int t838_1 = (int)(t838_q_2 % d_T);
            const int t838_0 = (int)(t838_q_2 / d_T);
            const int t839_2 = (int)(o_202 % 16);
            const float v2_148 = acc4_2.s9 + x4[(long)t839_2];
            y3[(((long)t838_0 * 2 + t838_2) * 8 + t838_3) * d_T + t838_1] = v2_148;
          }
          if (1) {
            const long o_203 = om_11 * 16 + 10L;
            const int t840_3 = (int)(o_203 % 8);
            const long t840_q = o_203 / 8;
            const int t840_2 = (int)(t840_q % 2);
            const long t840_q_2 = t840_q / 2;
            const int t840_1 = (int)(t840_q_2 % d_T);
            const int t840_0 = (int)(t840_q_2 / d_T);
            const int t841_2 = (int)(o_203 % 16);
            const float v2_149 = acc4_2.sa + x4[(long)t841_2];
            y1[(((long)t840_0 * 2 + t840_2) * d_T + t840_1) * 8 + t840_3] = v2_149;
            const int t842_3 = (int)(o_203 % 8);
            const long t842_q = o_203 / 8;
            const int t842_2 = (int)(t842_q % 2);
            const long t842_q_2 = t842_q / 2;
            const int t842_1 = (int)(t842_q_2 % d_T);
            const int t842_0 = (int)(t842_q_2 / d_T);
            const int t843_2 = (int)(o_203 % 16);
            const float v2_150 = acc4_2.sa + x4[(long)t843_2];
            y3[(((long)t842_0 * 2 + t842_2) * 8 + t842_3) * d_T + t842_1] = v2_150;
          }
          if (1) {
            const long o_204 = om_11 * 16 + 11L;
            const int t844_3 = (int)(o_204 % 8);
            const long t844_q = o_204 / 8;
            const int t844_2 = (int)(t844_q % 2);
            const long t844_q_2 = t844_q / 2;
            const int t844_1 = (int)(t844_q_2 % d_T);
            const int t844_0 = (int)(t844_q_2 / d_T);
            const int t845_2 = (int)(o_204 % 16);
            const float v2_151 = acc4_2.sb + x4[(long)t845_2];
            y1[(((long)t844_0 * 2 + t844_2) * d_T + t844_1) * 8 + t844_3] = v2_151;
            const int t846_3 = (int)(o_204 % 8);
            const long t846_q = o_204 / 8;
            const int t846_2 = (int)(t846_q % 2);
            const long t846_q_2 = t846_q / 2;
            const int t846_1 = (int)(t846_q_2 % d_T);
            const int t846_0 = (int)(t846_q_2 / d_T);
            const int t847_2 = (int)(o_204 % 16);
            const float v2_152 = acc4_2.sb + x4[(long)t847_2];
            y3[(((long)t846_0 * 2 + t846_2) * 8 + t846_3) * d_T + t846_1] = v2_152;
          }
          if (1) {
            const long o_205 = om_11 * 16 + 12L;
            const int t848_3 = (int)(o_205 % 8);
            const long t848_q = o_205 / 8;
            const int t848_2 = (int)(t848_q % 2);
            const long t848_q_2 = t848_q / 2;
            const int t848_1 = (int)(t848_q_2 % d_T);
            const int t848_0 = (int)(t848_q_2 / d_T);
            const int t849_2 = (int)(o_205 % 16);
            const float v2_153 = acc4_2.sc + x4[(long)t849_2];
            y1[(((long)t848_0 * 2 + t848_2) * d_T + t848_1) * 8 + t848_3] = v2_153;
            const int t850_3 = (int)(o_205 % 8);
            const long t850_q = o_205 / 8;
            const int t850_2 = (int)(t850_q % 2);
            const long t850_q_2 = t850_q / 2;
            const int t850_1 = (int)(t850_q_2 % d_T);
            const int t850_0 = (int)(t850_q_2 / d_T);
            const int t851_2 = (int)(o_205 % 16);
            const float v2_154 = acc4_2.sc + x4[(long)t851_2];
            y3[(((long)t850_0 * 2 + t850_2) * 8 + t850_3) * d_T + t850_1] = v2_154;
          }
          if (1) {
            const long o_206 = om_11 * 16 + 13L;
            const int t852_3 = (int)(o_206 % 8);
            const long t852_q = o_206 / 8;
            const int t852_2 = (int)(t852_q % 2);
            const long t852_q_2 = t852_q / 2;
            const int t852_1 = (int)(t852_q_2 % d_T);
            const int t852_0 = (int)(t852_q_2 / d_T);
            const int t853_2 = (int)(o_206 % 16);
            const float v2_155 = acc4_2.sd + x4[(long)t853_2];
            y1[(((long)t852_0 * 2 + t852_2) * d_T + t852_1) * 8 + t852_3] = v2_155;
            const int t854_3 = (int)(o_206 % 8);
            const long t854_q = o_206 / 8;
            const int t854_2 = (int)(t854_q % 2);
            const long t854_q_2 = t854_q / 2;
            const int t854_1 = (int)(t854_q_2 % d_T);
            const int t854_0 = (int)(t854_q_2 / d_T);
            const int t855_2 = (int)(o_206 % 16);
            const float v2_156 = acc4_2.sd + x4[(long)t855_2];
            y3[(((long)t854_0 * 2 + t854_2) * 8 + t854_3) * d_T + t854_1] = v2_156;
          }
          if (1) {
            const long o_207 = om_11 * 16 + 14L;
            const int t856_3 = (int)(o_207 % 8);
            const long t856_q = o_207 / 8;
            const int t856_2 = (int)(t856_q % 2);
            const long t856_q_2 = t856_q / 2;
            const int t856_1 = (int)(t856_q_2 % d_T);
            const int t856_0 = (int)(t856_q_2 / d_T);
            const int t857_2 = (int)(o_207 % 16);
            const float v2_157 = acc4_2.se + x4[(long)t857_2];
            y1[(((long)t856_0 * 2 + t856_2) * d_T + t856_1) * 8 + t856_3] = v2_157;
            const int t858_3 = (int)(o_207 % 8);
            const long t858_q = o_207 / 8;
            const int t858_2 = (int)(t858_q % 2);
            const long t858_q_2 = t858_q / 2;
            const int t858_1 = (int)(t858_q_2 % d_T);
            const int t858_0 = (int)(t858_q_2 / d_T);
            const int t859_2 = (int)(o_207 % 16);
            const float v2_158 = acc4_2.se + x4[(long)t859_2];
            y3[(((long)t858_0 * 2 + t858_2) * 8 + t858_3) * d_T + t858_1] = v2_158;
          }
          if (1) {
            const long o_208 = om_11 * 16 + 15L;
            const int t860_3 = (int)(o_208 % 8);
            const long t860_q = o_208 / 8;
            const int t860_2 = (int)(t860_q % 2);
            const long t860_q_2 = t860_q / 2;
            const int t860_1 = (int)(t860_q_2 % d_T);
            const int t860_0 = (int)(t860_q_2 / d_T);
            const int t861_2 = (int)(o_208 % 16);
            const float v2_159 = acc4_2.sf + x4[(long)t861_2];
            y1[(((long)t860_0 * 2 + t860_2) * d_T + t860_1) * 8 + t860_3] = v2_159;
            const int t862_3 = (int)(o_208 % 8);
            const long t862_q = o_208 / 8;
            const int t862_2 = (int)(t862_q % 2);
            const long t862_q_2 = t862_q / 2;
            const int t862_1 = (int)(t862_q_2 % d_T);
            const int t862_0 = (int)(t862_q_2 / d_T);
            const int t863_2 = (int)(o_208 % 16);
            const float v2_160 = acc4_2.sf + x4[(long)t863_2];
            y3[(((long)t862_0 * 2 + t862_2) * 8 + t862_3) * d_T + t862_1] = v2_160;
          }
        }
        const long om_12 = m0_2 + 5;
        if (om_12 < M_2) {
          if (1) {
            const long o_209 = om_12 * 16;
            const int t864_3 = (int)(o_209 % 8);
            const long t864_q = o_209 / 8;
            const int t864_2 = (int)(t864_q % 2);
            const long t864_q_2 = t864_q / 2;
            const int t864_1 = (int)(t864_q_2 % d_T);
            const int t864_0 = (int)(t864_q_2 / d_T);
            const int t865_2 = (int)(o_209 % 16);
            const float v2_161 = acc5_2.s0 + x4[(long)t865_2];
            y1[(((long)t864_0 * 2 + t864_2) * d_T + t864_1) * 8 + t864_3] = v2_161;
            const int t866_3 = (int)(o_209 % 8);
            const long t866_q = o_209 / 8;
            const int t866_2 = (int)(t866_q % 2);
            const long t866_q_2 = t866_q / 2;
            const int t866_1 = (int)(t866_q_2 % d_T);
            const int t866_0 = (int)(t866_q_2 / d_T);
            const int t867_2 = (int)(o_209 % 16);
            const float v2_162 = acc5_2.s0 + x4[(long)t867_2];
            y3[(((long)t866_0 * 2 + t866_2) * 8 + t866_3) * d_T + t866_1] = v2_162;
          }
          if (1) {
            const long o_210 = om_12 * 16 + 1L;
            const int t868_3 = (int)(o_210 % 8);
            const long t868_q = o_210 / 8;
            const int t868_2 = (int)(t868_q % 2);
            const long t868_q_2 = t868_q / 2;
            const int t868_1 = (int)(t868_q_2 % d_T);
            const int t868_0 = (int)(t868_q_2 / d_T);
            const int t869_2 = (int)(o_210 % 16);
            const float v2_163 = acc5_2.s1 + x4[(long)t869_2];
            y1[(((long)t868_0 * 2 + t868_2) * d_T + t868_1) * 8 + t868_3] = v2_163;
            const int t870_3 = (int)(o_210 % 8);
            const long t870_q = o_210 / 8;
            const int t870_2 = (int)(t870_q % 2);
            const long t870_q_2 = t870_q / 2;
            const int t870_1 = (int)(t870_q_2 % d_T);
            const int t870_0 = (int)(t870_q_2 / d_T);
            const int t871_2 = (int)(o_210 % 16);
            const float v2_164 = acc5_2.s1 + x4[(long)t871_2];
            y3[(((long)t870_0 * 2 + t870_2) * 8 + t870_3) * d_T + t870_1] = v2_164;
          }
          if (1) {
            const long o_211 = om_12 * 16 + 2L;
            const int t872_3 = (int)(o_211 % 8);
            const long t872_q = o_211 / 8;
            const int t872_2 = (int)(t872_q % 2);
            const long t872_q_2 = t872_q / 2;
            const int t872_1 = (int)(t872_q_2 % d_T);
            const int t872_0 = (int)(t872_q_2 / d_T);
            const int t873_2 = (int)(o_211 % 16);
            const float v2_165 = acc5_2.s2 + x4[(long)t873_2];
            y1[(((long)t872_0 * 2 + t872_2) * d_T + t872_1) * 8 + t872_3] = v2_165;
            const int t874_3 = (int)(o_211 % 8);
            const long t874_q = o_211 / 8;
            const int t874_2 = (int)(t874_q % 2);
            const long t874_q_2 = t874_q / 2;
            const int t874_1 = (int)(t874_q_2 % d_T);
            const int t874_0 = (int)(t874_q_2 / d_T);
            const int t875_2 = (int)(o_211 % 16);
            const float v2_166 = acc5_2.s2 + x4[(long)t875_2];
            y3[(((long)t874_0 * 2 + t874_2) * 8 + t874_3) * d_T + t874_1] = v2_166;
          }
          if (1) {
            const long o_212 = om_12 * 16 + 3L;
            const int t876_3 = (int)(o_212 % 8);
            const long t876_q = o_212 / 8;
            const int t876_2 = (int)(t876_q % 2);
            const long t876_q_2 = t876_q / 2;
            const int t876_1 = (int)(t876_q_2 % d_T);
            const int t876_0 = (int)(t876_q_2 / d_T);
            const int t877_2 = (int)(o_212 % 16);
            const float v2_167 = acc5_2.s3 + x4[(long)t877_2];
            y1[(((long)t876_0 * 2 + t876_2) * d_T + t876_1) * 8 + t876_3] = v2_167;
            const int t878_3 = (int)(o_212 % 8);
            const long t878_q = o_212 / 8;
            const int t878_2 = (int)(t878_q % 2);
            const long t878_q_2 = t878_q / 2;
            const int t878_1 = (int)(t878_q_2 % d_T);
            const int t878_0 = (int)(t878_q_2 / d_T);
            const int t879_2 = (int)(o_212 % 16);
            const float v2_168 = acc5_2.s3 + x4[(long)t879_2];
            y3[(((long)t878_0 * 2 + t878_2) * 8 + t878_3) * d_T + t878_1] = v2_168;
          }
          if (1) {
            const long o_213 = om_12 * 16 + 4L;
            const int t880_3 = (int)(o_213 % 8);
            const long t880_q = o_213 / 8;
            const int t880_2 = (int)(t880_q % 2);
            const long t880_q_2 = t880_q / 2;
            const int t880_1 = (int)(t880_q_2 % d_T);
            const int t880_0 = (int)(t880_q_2 / d_T);
            const int t881_2 = (int)(o_213 % 16);
            const float v2_169 = acc5_2.s4 + x4[(long)t881_2];
            y1[(((long)t880_0 * 2 + t880_2) * d_T + t880_1) * 8 + t880_3] = v2_169;
            const int t882_3 = (int)(o_213 % 8);
            const long t882_q = o_213 / 8;
            const int t882_2 = (int)(t882_q % 2);
            const long t882_q_2 = t882_q / 2;
            const int t882_1 = (int)(t882_q_2 % d_T);
            const int t882_0 = (int)(t882_q_2 / d_T);
            const int t883_2 = (int)(o_213 % 16);
            const float v2_170 = acc5_2.s4 + x4[(long)t883_2];
            y3[(((long)t882_0 * 2 + t882_2) * 8 + t882_3) * d_T + t882_1] = v2_170;
          }
          if (1) {
            const long o_214 = om_12 * 16 + 5L;
            const int t884_3 = (int)(o_214 % 8);
            const long t884_q = o_214 / 8;
            const int t884_2 = (int)(t884_q % 2);
            const long t884_q_2 = t884_q / 2;
            const int t884_1 = (int)(t884_q_2 % d_T);
            const int t884_0 = (int)(t884_q_2 / d_T);
            const int t885_2 = (int)(o_214 % 16);
            const float v2_171 = acc5_2.s5 + x4[(long)t885_2];
            y1[(((long)t884_0 * 2 + t884_2) * d_T + t884_1) * 8 + t884_3] = v2_171;
            const int t886_3 = (int)(o_214 % 8);
            const long t886_q = o_214 / 8;
            const int t886_2 = (int)(t886_q % 2);
            const long t886_q_2 = t886_q / 2;
            const int t886_1 = (int)(t886_q_2 % d_T);
            const int t886_0 = (int)(t886_q_2 / d_T);
            const int t887_2 = (int)(o_214 % 16);
            const float v2_172 = acc5_2.s5 + x4[(long)t887_2];
            y3[(((long)t886_0 * 2 + t886_2) * 8 + t886_3) * d_T + t886_1] = v2_172;
          }
          if (1) {
            const long o_215 = om_12 * 16 + 6L;
            const int t888_3 = (int)(o_215 % 8);
            const long t888_q = o_215 / 8;
            const int t888_2 = (int)(t888_q % 2);
            const long t888_q_2 = t888_q / 2;
            const int t888_1 = (int)(t888_q_2 % d_T);
            const int t888_0 = (int)(t888_q_2 / d_T);
            const int t889_2 = (int)(o_215 % 16);
            const float v2_173 = acc5_2.s6 + x4[(long)t889_2];
            y1[(((long)t888_0 * 2 + t888_2) * d_T + t888_1) * 8 + t888_3] = v2_173;
            const int t890_3 = (int)(o_215 % 8);
            const long t890_q = o_215 / 8;
            const int t890_2 = (int)(t890_q % 2);
            const long t890_q_2 = t890_q / 2;
            const int t890_1 = (int)(t890_q_2 % d_T);
            const int t890_0 = (int)(t890_q_2 / d_T);
            const int t891_2 = (int)(o_215 % 16);
            const float v2_174 = acc5_2.s6 + x4[(long)t891_2];
            y3[(((long)t890_0 * 2 + t890_2) * 8 + t890_3) * d_T + t890_1] = v2_174;
          }
          if (1) {
            const long o_216 = om_12 * 16 + 7L;
            const int t892_3 = (int)(o_216 % 8);
            const long t892_q = o_216 / 8;
            const int t892_2 = (int)(t892_q % 2);
            const long t892_q_2 = t892_q / 2;
            const int t892_1 = (int)(t892_q_2 % d_T);
            const int t892_0 = (int)(t892_q_2 / d_T);
            const int t893_2 = (int)(o_216 % 16);
            const float v2_175 = acc5_2.s7 + x4[(long)t893_2];
            y1[(((long)t892_0 * 2 + t892_2) * d_T + t892_1) * 8 + t892_3] = v2_175;
            const int t894_3 = (int)(o_216 % 8);
            const long t894_q = o_216 / 8;
            const int t894_2 = (int)(t894_q % 2);
            const long t894_q_2 = t894_q / 2;
            const int t894_1 = (int)(t894_q_2 % d_T);
            const int t894_0 = (int)(t894_q_2 / d_T);
            const int t895_2 = (int)(o_216 % 16);
            const float v2_176 = acc5_2.s7 + x4[(long)t895_2];
            y3[(((long)t894_0 * 2 + t894_2) * 8 + t894_3) * d_T + t894_1] = v2_176;
          }
          if (1) {
            const long o_217 = om_12 * 16 + 8L;
            const int t896_3 = (int)(o_217 % 8);
            const long t896_q = o_217 / 8;
            const int t896_2 = (int)(t896_q % 2);
            const long t896_q_2 = t896_q / 2;
            const int t896_1 = (int)(t896_q_2 % d_T);
            const int t896_0 = (int)(t896_q_2 / d_T);
            const int t897_2 = (int)(o_217 % 16);
            const float v2_177 = acc5_2.s8 + x4[(long)t897_2];
            y1[(((long)t896_0 * 2 + t896_2) * d_T + t896_1) * 8 + t896_3] = v2_177;
            const int t898_3 = (int)(o_217 % 8);
            const long t898_q = o_217 / 8;
            const int t898_2 = (int)(t898_q % 2);
            const long t898_q_2 = t898_q / 2;
            const int t898_1 = (int)(t898_q_2 % d_T);
            const int t898_0 = (int)(t898_q_2 / d_T);
            const int t899_2 = (int)(o_217 % 16);
            const float v2_178 = acc5_2.s8 + x4[(long)t899_2];
            y3[(((long)t898_0 * 2 + t898_2) * 8 + t898_3) * d_T + t898_1] = v2_178;
          }
          if (1) {
            const long o_218 = om_12 * 16 + 9L;
            const int t900_3 = (int)(o_218 % 8);
            const long t900_q = o_218 / 8;
            const int t900_2 = (int)(t900_q % 2);
            const long t900_q_2 = t900_q / 2;
            const int t900_1 = (int)(t900_q_2 % d_T);
            const int t900_0 = (int)(t900_q_2 / d_T);
            const int t901_2 = (int)(o_218 % 16);
            const float v2_179 = acc5_2.s9 + x4[(long)t901_2];
            y1[(((long)t900_0 * 2 + t900_2) * d_T + t900_1) * 8 + t900_3] = v2_179;
            const int t902_3 = (int)(o_218 % 8);
            const long t902_q = o_218 / 8;
            const int t902_2 = (int)(t902_q % 2);
            const long t902_q_2 = t902_q / 2;
            const int t902_1 = (int)(t902_q_2 % d_T);
            const int t902_0 = (int)(t902_q_2 / d_T);
            const int t903_2 = (int)(o_218 % 16);
            const float v2_180 = acc5_2.s9 + x4[(long)t903_2];
            y3[(((long)t902_0 * 2 + t902_2) * 8 + t902_3) * d_T + t902_1] = v2_180;
          }
          if (1) {
            const long o_219 = om_12 * 16 + 10L;
            const int t904_3 = (int)(o_219 % 8);
            const long t904_q = o_219 / 8;
            const int t904_2 = (int)(t904_q % 2);
            const long t904_q_2 = t904_q / 2;
            const int t904_1 = (int)(t904_q_2 % d_T);
            const int t904_0 = (int)(t904_q_2 / d_T);
            const int t905_2 = (int)(o_219 % 16);
            const float v2_181 = acc5_2.sa + x4[(long)t905_2];
            y1[(((long)t904_0 * 2 + t904_2) * d_T + t904_1) * 8 + t904_3] = v2_181;
            const int t906_3 = (int)(o_219 % 8);
            const long t906_q = o_219 / 8;
            const int t906_2 = (int)(t906_q % 2);
            const long t906_q_2 = t906_q / 2;
            const int t906_1 = (int)(t906_q_2 % d_T);
            const int t906_0 = (int)(t906_q_2 / d_T);
            const int t907_2 = (int)(o_219 % 16);
            const float v2_182 = acc5_2.sa + x4[(long)t907_2];
            y3[(((long)t906_0 * 2 + t906_2) * 8 + t906_3) * d_T + t906_1] = v2_182;
          }
          if (1) {
            const long o_220 = om_12 * 16 + 11L;
            const int t908_3 = (int)(o_220 % 8);
            const long t908_q = o_220 / 8;
            const int t908_2 = (int)(t908_q % 2);
            const long t908_q_2 = t908_q / 2;
            const int t908_1 = (int)(t908_q_2 % d_T);
            const int t908_0 = (int)(t908_q_2 / d_T);
            const int t909_2 = (int)(o_220 % 16);
            const float v2_183 = acc5_2.sb + x4[(long)t909_2];
            y1[(((long)t908_0 * 2 + t908_2) * d_T + t908_1) * 8 + t908_3] = v2_183;
            const int t910_3 = (int)(o_220 % 8);
            const long t910_q = o_220 / 8;
            const int t910_2 = (int)(t910_q % 2);
            const long t910_q_2 = t910_q / 2;
            const int t910_1 = (int)(t910_q_2 % d_T);
            const int t910_0 = (int)(t910_q_2 / d_T);
            const int t911_2 = (int)(o_220 % 16);
            const float v2_184 = acc5_2.sb + x4[(long)t911_2];
            y3[(((long)t910_0 * 2 + t910_2) * 8 + t910_3) * d_T + t910_1] = v2_184;
          }
          if (1) {
            const long o_221 = om_12 * 16 + 12L;
            const int t912_3 = (int)(o_221 % 8);
            const long t912_q = o_221 / 8;
            const int t912_2 = (int)(t912_q % 2);
            const long t912_q_2 = t912_q / 2;
            const int t912_1 = (int)(t912_q_2 % d_T);
            const int t912_0 = (int)(t912_q_2 / d_T);
            const int t913_2 = (int)(o_221 % 16);
            const float v2_185 = acc5_2.sc + x4[(long)t913_2];
            y1[(((long)t912_0 * 2 + t912_2) * d_T + t912_1) * 8 + t912_3] = v2_185;
            const int t914_3 = (int)(o_221 % 8);
            const long t914_q = o_221 / 8;
            const int t914_2 = (int)(t914_q % 2);
            const long t914_q_2 = t914_q / 2;
            const int t914_1 = (int)(t914_q_2 % d_T);
            const int t914_0 = (int)(t914_q_2 / d_T);
            const int t915_2 = (int)(o_221 % 16);
            const float v2_186 = acc5_2.sc + x4[(long)t915_2];
            y3[(((long)t914_0 * 2 + t914_2) * 8 + t914_3) * d_T + t914_1] = v2_186;
          }
          if (1) {
            const long o_222 = om_12 * 16 + 13L;
            const int t916_3 = (int)(o_222 % 8);
            const long t916_q = o_222 / 8;
            const int t916_2 = (int)(t916_q % 2);
            const long t916_q_2 = t916_q / 2;
            const int t916_1 = (int)(t916_q_2 % d_T);
            const int t916_0 = (int)(t916_q_2 / d_T);
            const int t917_2 = (int)(o_222 % 16);
            const float v2_187 = acc5_2.sd + x4[(long)t917_2];
            y1[(((long)t916_0 * 2 + t916_2) * d_T + t916_1) * 8 + t916_3] = v2_187;
            const int t918_3 = (int)(o_222 % 8);
            const long t918_q = o_222 / 8;
            const int t918_2 = (int)(t918_q % 2);
            const long t918_q_2 = t918_q / 2;
            const int t918_1 = (int)(t918_q_2 % d_T);
            const int t918_0 = (int)(t918_q_2 / d_T);
            const int t919_2 = (int)(o_222 % 16);
            const float v2_188 = acc5_2.sd + x4[(long)t919_2];
            y3[(((long)t918_0 * 2 + t918_2) * 8 + t918_3) * d_T + t918_1] = v2_188;
          }
          if (1) {
            const long o_223 = om_12 * 16 + 14L;
            const int t920_3 = (int)(o_223 % 8);
            const long t920_q = o_223 / 8;
            const int t920_2 = (int)(t920_q % 2);
            const long t920_q_2 = t920_q / 2;
            const int t920_1 = (int)(t920_q_2 % d_T);
            const int t920_0 = (int)(t920_q_2 / d_T);
            const int t921_2 = (int)(o_223 % 16);
            const float v2_189 = acc5_2.se + x4[(long)t921_2];
            y1[(((long)t920_0 * 2 + t920_2) * d_T + t920_1) * 8 + t920_3] = v2_189;
            const int t922_3 = (int)(o_223 % 8);
            const long t922_q = o_223 / 8;
            const int t922_2 = (int)(t922_q % 2);
            const long t922_q_2 = t922_q / 2;
            const int t922_1 = (int)(t922_q_2 % d_T);
            const int t922_0 = (int)(t922_q_2 / d_T);
            const int t923_2 = (int)(o_223 % 16);
            const float v2_190 = acc5_2.se + x4[(long)t923_2];
            y3[(((long)t922_0 * 2 + t922_2) * 8 + t922_3) * d_T + t922_1] = v2_190;
          }
          if (1) {
            const long o_224 = om_12 * 16 + 15L;
            const int t924_3 = (int)(o_224 % 8);
            const long t924_q = o_224 / 8;
            const int t924_2 = (int)(t924_q % 2);
            const long t924_q_2 = t924_q / 2;
            const int t924_1 = (int)(t924_q_2 % d_T);
            const int t924_0 = (int)(t924_q_2 / d_T);
            const int t925_2 = (int)(o_224 % 16);
            const float v2_191 = acc5_2.sf + x4[(long)t925_2];
            y1[(((long)t924_0 * 2 + t924_2) * d_T + t924_1) * 8 + t924_3] = v2_191;
            const int t926_3 = (int)(o_224 % 8);
            const long t926_q = o_224 / 8;
            const int t926_2 = (int)(t926_q % 2);
            const long t926_q_2 = t926_q / 2;
            const int t926_1 = (int)(t926_q_2 % d_T);
            const int t926_0 = (int)(t926_q_2 / d_T);
            const int t927_2 = (int)(o_224 % 16);
            const float v2_192 = acc5_2.sf + x4[(long)t927_2];
            y3[(((long)t926_0 * 2 + t926_2) * 8 + t926_3) * d_T + t926_1] = v2_192;
          }
        }
        const long om_13 = m0_2 + 6;
        if (om_13 < M_2) {
          if (1) {
            const long o_225 = om_13 * 16;
            const int t928_3 = (int)(o_225 % 8);
            const long t928_q = o_225 / 8;
            const int t928_2 = (int)(t928_q % 2);
            const long t928_q_2 = t928_q / 2;
            const int t928_1 = (int)(t928_q_2 % d_T);
            const int t928_0 = (int)(t928_q_2 / d_T);
            const int t929_2 = (int)(o_225 % 16);
            const float v2_193 = acc6_2.s0 + x4[(long)t929_2];
            y1[(((long)t928_0 * 2 + t928_2) * d_T + t928_1) * 8 + t928_3] = v2_193;
            const int t930_3 = (int)(o_225 % 8);
            const long t930_q = o_225 / 8;
            const int t930_2 = (int)(t930_q % 2);
            const long t930_q_2 = t930_q / 2;
            const int t930_1 = (int)(t930_q_2 % d_T);
            const int t930_0 = (int)(t930_q_2 / d_T);
            const int t931_2 = (int)(o_225 % 16);
            const float v2_194 = acc6_2.s0 + x4[(long)t931_2];
            y3[(((long)t930_0 * 2 + t930_2) * 8 + t930_3) * d_T + t930_1] = v2_194;
          }
          if (1) {
            const long o_226 = om_13 * 16 + 1L;
            const int t932_3 = (int)(o_226 % 8);
            const long t932_q = o_226 / 8;
            const int t932_2 = (int)(t932_q % 2);
            const long t932_q_2 = t932_q / 2;
            const int t932_1 = (int)(t932_q_2 % d_T);
            const int t932_0 = (int)(t932_q_2 / d_T);
            const int t933_2 = (int)(o_226 % 16);
            const float v2_195 = acc6_2.s1 + x4[(long)t933_2];
            y1[(((long)t932_0 * 2 + t932_2) * d_T + t932_1) * 8 + t932_3] = v2_195;
            const int t934_3 = (int)(o_226 % 8);
            const long t934_q = o_226 / 8;
            const int t934_2 = (int)(t934_q % 2);
            const long t934_q_2 = t934_q / 2;
            const int t934_1 = (int)(t934_q_2 % d_T);
            const int t934_0 = (int)(t934_q_2 / d_T);
            const int t935_2 = (int)(o_226 % 16);
            const float v2_196 = acc6_2.s1 + x4[(long)t935_2];
            y3[(((long)t934_0 * 2 + t934_2) * 8 + t934_3) * d_T + t934_1] = v2_196;
          }
          if (1) {
            const long o_227 = om_13 * 16 + 2L;
            const int t936_3 = (int)(o_227 % 8);
            const long t936_q = o_227 / 8;
            const int t936_2 = (int)(t936_q % 2);
            const long t936_q_2 = t936_q / 2;
            const int t936_1 = (int)(t936_q_2 % d_T);
            const int t936_0 = (int)(t936_q_2 / d_T);
            const int t937_2 = (int)(o_227 % 16);
            const float v2_197 = acc6_2.s2 + x4[(long)t937_2];
            y1[(((long)t936_0 * 2 + t936_2) * d_T + t936_1) * 8 + t936_3] = v2_197;
            const int t938_3 = (int)(o_227 % 8);
            const long t938_q = o_227 / 8;
            const int t938_2 = (int)(t938_q % 2);
            const long t938_q_2 = t938_q / 2;
            const int t938_1 = (int)(t938_q_2 % d_T);
            const int t938_0 = (int)(t938_q_2 / d_T);
            const int t939_2 = (int)(o_227 % 16);
            const float v2_198 = acc6_2.s2 + x4[(long)t939_2];
            y3[(((long)t938_0 * 2 + t938_2) * 8 + t938_3) * d_T + t938_1] = v2_198;
          }
          if (1) {
            const long o_228 = om_13 * 16 + 3L;
            const int t940_3 = (int)(o_228 % 8);
            const long t940_q = o_228 / 8;
            const int t940_2 = (int)(t940_q % 2);
            const long t940_q_2 = t940_q / 2;
            const int t940_1 = (int)(t940_q_2 % d_T);
            const int t940_0 = (int)(t940_q_2 / d_T);
            const int t941_2 = (int)(o_228 % 16);
            const float v2_199 = acc6_2.s3 + x4[(long)t941_2];
            y1[(((long)t940_0 * 2 + t940_2) * d_T + t940_1) * 8 + t940_3] = v2_199;
            const int t942_3 = (int)(o_228 % 8);
            const long t942_q = o_228 / 8;
            const int t942_2 = (int)(t942_q % 2);
            const long t942_q_2 = t942_q / 2;
            const int t942_1 = (int)(t942_q_2 % d_T);
            const int t942_0 = (int)(t942_q_2 / d_T);
            const int t943_2 = (int)(o_228 % 16);
            const float v2_200 = acc6_2.s3 + x4[(long)t943_2];
            y3[(((long)t942_0 * 2 + t942_2) * 8 + t942_3) * d_T + t942_1] = v2_200;
          }
          if (1) {
            const long o_229 = om_13 * 16 + 4L;
            const int t944_3 = (int)(o_229 % 8);
            const long t944_q = o_229 / 8;
            const int t944_2 = (int)(t944_q % 2);
            const long t944_q_2 = t944_q / 2;
            const int t944_1 = (int)(t944_q_2 % d_T);
            const int t944_0 = (int)(t944_q_2 / d_T);
            const int t945_2 = (int)(o_229 % 16);
            const float v2_201 = acc6_2.s4 + x4[(long)t945_2];
            y1[(((long)t944_0 * 2 + t944_2) * d_T + t944_1) * 8 + t944_3] = v2_201;
            const int t946_3 = (int)(o_229 % 8);
            const long t946_q = o_229 / 8;
            const int t946_2 = (int)(t946_q % 2);
            const long t946_q_2 = t946_q / 2;
            const int t946_1 = (int)(t946_q_2 % d_T);
            const int t946_0 = (int)(t946_q_2 / d_T);
            const int t947_2 = (int)(o_229 % 16);
            const float v2_202 = acc6_2.s4 + x4[(long)t947_2];
            y3[(((long)t946_0 * 2 + t946_2) * 8 + t946_3) * d_T + t946_1] = v2_202;
          }
          if (1) {
            const long o_230 = om_13 * 16 + 5L;
            const int t948_3 = (int)(o_230 % 8);
            const long t948_q = o_230 / 8;
            const int t948_2 = (int)(t948_q % 2);
            const long t948_q_2 = t948_q / 2;
            const int t948_1 = (int)(t948_q_2 % d_T);
            const int t948_0 = (int)(t948_q_2 / d_T);
            const int t949_2 = (int)(o_230 % 16);
            const float v2_203 = acc6_2.s5 + x4[(long)t949_2];
            y1[(((long)t948_0 * 2 + t948_2) * d_T + t948_1) * 8 + t948_3] = v2_203;
            const int t950_3 = (int)(o_230 % 8);
            const long t950_q = o_230 / 8;
            const int t950_2 = (int)(t950_q % 2);
            const long t950_q_2 = t950_q / 2;
            const int t950_1 = (int)(t950_q_2 % d_T);
            const int t950_0 = (int)(t950_q_2 / d_T);
            const int t951_2 = (int)(o_230 % 16);
            const float v2_204 = acc6_2.s5 + x4[(long)t951_2];
            y3[(((long)t950_0 * 2 + t950_2) * 8 + t950_3) * d_T + t950_1] = v2_204;
          }
          if (1) {
            const long o_231 = om_13 * 16 + 6L;
            const int t952_3 = (int)(o_231 % 8);
            const long t952_q = o_231 / 8;
            const int t952_2 = (int)(t952_q % 2);
            const long t952_q_2 = t952_q / 2;
            const int t952_1 = (int)(t952_q_2 % d_T);
            const int t952_0 = (int)(t952_q_2 / d_T);
            const int t953_2 = (int)(o_231 % 16);
            const float v2_205 = acc6_2.s6 + x4[(long)t953_2];
            y1[(((long)t952_0 * 2 + t952_2) * d_T + t952_1) * 8 + t952_3] = v2_205;
            const int t954_3 = (int)(o_231 % 8);
            const long t954_q = o_231 / 8;
            const int t954_2 = (int)(t954_q % 2);
            const long t954_q_2 = t954_q / 2;
            const int t954_1 = (int)(t954_q_2 % d_T);
            const int t954_0 = (int)(t954_q_2 / d_T);
            const int t955_2 = (int)(o_231 % 16);
            const float v2_206 = acc6_2.s6 + x4[(long)t955_2];
            y3[(((long)t954_0 * 2 + t954_2) * 8 + t954_3) * d_T + t954_1] = v2_206;
          }
          if (1) {
            const long o_232 = om_13 * 16 + 7L;
            const int t956_3 = (int)(o_232 % 8);
            const long t956_q = o_232 / 8;
            const int t956_2 = (int)(t956_q % 2);
            const long t956_q_2 = t956_q / 2;
            const int t956_1 = (int)(t956_q_2 % d_T);
            const int t956_0 = (int)(t956_q_2 / d_T);
            const int t957_2 = (int)(o_232 % 16);
            const float v2_207 = acc6_2.s7 + x4[(long)t957_2];
            y1[(((long)t956_0 * 2 + t956_2) * d_T + t956_1) * 8 + t956_3] = v2_207;
            const int t958_3 = (int)(o_232 % 8);
            const long t958_q = o_232 / 8;
            const int t958_2 = (int)(t958_q % 2);
            const long t958_q_2 = t958_q / 2;
            const int t958_1 = (int)(t958_q_2 % d_T);
            const int t958_0 = (int)(t958_q_2 / d_T);
            const int t959_2 = (int)(o_232 % 16);
            const float v2_208 = acc6_2.s7 + x4[(long)t959_2];
            y3[(((long)t958_0 * 2 + t958_2) * 8 + t958_3) * d_T + t958_1] = v2_208;
          }
          if (1) {
            const long o_233 = om_13 * 16 + 8L;
            const int t960_3 = (int)(o_233 % 8);
            const long t960_q = o_233 / 8;
            const int t960_2 = (int)(t960_q % 2);
            const long t960_q_2 = t960_q / 2;
            const int t960_1 = (int)(t960_q_2 % d_T);
            const int t960_0 = (int)(t960_q_2 / d_T);
            const int t961_2 = (int)(o_233 % 16);
            const float v2_209 = acc6_2.s8 + x4[(long)t961_2];
            y1[(((long)t960_0 * 2 + t960_2) * d_T + t960_1) * 8 + t960_3] = v2_209;
            const int t962_3 = (int)(o_233 % 8);
            const long t962_q = o_233 / 8;
            const int t962_2 = (int)(t962_q % 2);
            const long t962_q_2 = t962_q / 2;
            const int t962_1 = (int)(t962_q_2 % d_T);
            const int t962_0 = (int)(t962_q_2 / d_T);
            const int t963_2 = (int)(o_233 % 16);
            const float v2_210 = acc6_2.s8 + x4[(long)t963_2];
            y3[(((long)t962_0 * 2 + t962_2) * 8 + t962_3) * d_T + t962_1] = v2_210;
          }
          if (1) {
            const long o_234 = om_13 * 16 + 9L;
            const int t964_3 = (int)(o_234 % 8);
            const long t964_q = o_234 / 8;
            const int t964_2 = (int)(t964_q % 2);
            const long t964_q_2 = t964_q / 2;
            const int t964_1 = (int)(t964_q_2 % d_T);
            const int t964_0 = (int)(t964_q_2 / d_T);
            const int t965_2 = (int)(o_234 % 16);
            const float v2_211 = acc6_2.s9 + x4[(long)t965_2];
            y1[(((long)t964_0 * 2 + t964_2) * d_T + t964_1) * 8 + t964_3] = v2_211;
            const int t966_3 = (int)(o_234 % 8);
            const long t966_q = o_234 / 8;
            const int t966_2 = (int)(t966_q % 2);
            const long t966_q_2 = t966_q / 2;
            const int t966_1 = (int)(t966_q_2 % d_T);
            const int t966_0 = (int)(t966_q_2 / d_T);
            const int t967_2 = (int)(o_234 % 16);
            const float v2_212 = acc6_2.s9 + x4[(long)t967_2];
            y3[(((long)t966_0 * 2 + t966_2) * 8 + t966_3) * d_T + t966_1] = v2_212;
          }
          if (1) {
            const long o_235 = om_13 * 16 + 10L;
            const int t968_3 = (int)(o_235 % 8);
            const long t968_q = o_235 / 8;
            const int t968_2 = (int)(t968_q % 2);
            const long t968_q_2 = t968_q / 2;
            const int t968_1 = (int)(t968_q_2 % d_T);
            const int t968_0 = (int)(t968_q_2 / d_T);
            const int t969_2 = (int)(o_235 % 16);
            const float v2_213 = acc6_2.sa + x4[(long)t969_2];
            y1[(((long)t968_0 * 2 + t968_2) * d_T + t968_1) * 8 + t968_3] = v2_213;
            const int t970_3 = (int)(o_235 % 8);
            const long t970_q = o_235 / 8;
            const int t970_2 = (int)(t970_q % 2);
            const long t970_q_2 = t970_q / 2;
            const int t970_1 = (int)(t970_q_2 % d_T);
            const int t970_0 = (int)(t970_q_2 / d_T);
            const int t971_2 = (int)(o_235 % 16);
            const float v2_214 = acc6_2.sa + x4[(long)t971_2];
            y3[(((long)t970_0 * 2 + t970_2) * 8 + t970_3) * d_T + t970_1] = v2_214;
          }
          if (1) {
            const long o_236 = om_13 * 16 + 11L;
            const int t972_3 = (int)(o_236 % 8);
            const long t972_q = o_236 / 8;
            const int t972_2 = (int)(t972_q % 2);
            const long t972_q_2 = t972_q / 2;
            const int t972_1 = (int)(t972_q_2 % d_T);
            const int t972_0 = (int)(t972_q_2 / d_T);
            const int t973_2 = (int)(o_236 % 16);
            const float v2_215 = acc6_2.sb + x4[(long)t973_2];
            y1[(((long)t972_0 * 2 + t972_2) * d_T + t972_1) * 8 + t972_3] = v2_215;
            const int t974_3 = (int)(o_236 % 8);
            const long t974_q = o_236 / 8;
            const int t974_2 = (int)(t974_q % 2);
            const long t974_q_2 = t974_q / 2;
            const int t974_1 = (int)(t974_q_2 % d_T);
            const int t974_0 = (int)(t974_q_2 / d_T);
            const int t975_2 = (int)(o_236 % 16);
            const float v2_216 = acc6_2.sb + x4[(long)t975_2];
            y3[(((long)t974_0 * 2 + t974_2) * 8 + t974_3) * d_T + t974_1] = v2_216;
          }
          if (1) {
            const long o_237 = om_13 * 16 + 12L;
            const int t976_3 = (int)(o_237 % 8);
            const long t976_q = o_237 / 8;
            const int t976_2 = (int)(t976_q % 2);
            const long t976_q_2 = t976_q / 2;
            const int t976_1 = (int)(t976_q_2 % d_T);
            const int t976_0 = (int)(t976_q_2 / d_T);
            const int t977_2 = (int)(o_237 % 16);
            const float v2_217 = acc6_2.sc + x4[(long)t977_2];
            y1[(((long)t976_0 * 2 + t976_2) * d_T + t976_1) * 8 + t976_3] = v2_217;
            const int t978_3 = (int)(o_237 % 8);
            const long t978_q = o_237 / 8;
            const int t978_2 = (int)(t978_q % 2);
            const long t978_q_2 = t978_q / 2;
            const int t978_1 = (int)(t978_q_2 % d_T);
            const int t978_0 = (int)(t978_q_2 / d_T);
            const int t979_2 = (int)(o_237 % 16);
            const float v2_218 = acc6_2.sc + x4[(long)t979_2];
            y3[(((long)t978_0 * 2 + t978_2) * 8 + t978_3) * d_T + t978_1] = v2_218;
          }
          if (1) {
            const long o_238 = om_13 * 16 + 13L;
            const int t980_3 = (int)(o_238 % 8);
            const long t980_q = o_238 / 8;
            const int t980_2 = (int)(t980_q % 2);
            const long t980_q_2 = t980_q / 2;
            const int t980_1 = (int)(t980_q_2 % d_T);
            const int t980_0 = (int)(t980_q_2 / d_T);
            const int t981_2 = (int)(o_238 % 16);
            const float v2_219 = acc6_2.sd + x4[(long)t981_2];
            y1[(((long)t980_0 * 2 + t980_2) * d_T + t980_1) * 8 + t980_3] = v2_219;
            const int t982_3 = (int)(o_238 % 8);
            const long t982_q = o_238 / 8;
            const int t982_2 = (int)(t982_q % 2);
            const long t982_q_2 = t982_q / 2;
            const int t982_1 = (int)(t982_q_2 % d_T);
            const int t982_0 = (int)(t982_q_2 / d_T);
            const int t983_2 = (int)(o_238 % 16);
            const float v2_220 = acc6_2.sd + x4[(long)t983_2];
            y3[(((long)t982_0 * 2 + t982_2) * 8 + t982_3) * d_T + t982_1] = v2_220;
          }
          if (1) {
            const long o_239 = om_13 * 16 + 14L;
            const int t984_3 = (int)(o_239 % 8);
            const long t984_q = o_239 / 8;
            const int t984_2 = (int)(t984_q % 2);
            const long t984_q_2 = t984_q / 2;
            const int t984_1 = (int)(t984_q_2 % d_T);
            const int t984_0 = (int)(t984_q_2 / d_T);
            const int t985_2 = (int)(o_239 % 16);
            const float v2_221 = acc6_2.se + x4[(long)t985_2];
            y1[(((long)t984_0 * 2 + t984_2) * d_T + t984_1) * 8 + t984_3] = v2_221;
            const int t986_3 = (int)(o_239 % 8);
            const long t986_q = o_239 / 8;
            const int t986_2 = (int)(t986_q % 2);
            const long t986_q_2 = t986_q / 2;
            const int t986_1 = (int)(t986_q_2 % d_T);
            const int t986_0 = (int)(t986_q_2 / d_T);
            const int t987_2 = (int)(o_239 % 16);
            const float v2_222 = acc6_2.se + x4[(long)t987_2];
            y3[(((long)t986_0 * 2 + t986_2) * 8 + t986_3) * d_T + t986_1] = v2_222;
          }
          if (1) {
            const long o_240 = om_13 * 16 + 15L;
            const int t988_3 = (int)(o_240 % 8);
            const long t988_q = o_240 / 8;
            const int t988_2 = (int)(t988_q % 2);
            const long t988_q_2 = t988_q / 2;
            const int t988_1 = (int)(t988_q_2 % d_T);
            const int t988_0 = (int)(t988_q_2 / d_T);
            const int t989_2 = (int)(o_240 % 16);
            const float v2_223 = acc6_2.sf + x4[(long)t989_2];
            y1[(((long)t988_0 * 2 + t988_2) * d_T + t988_1) * 8 + t988_3] = v2_223;
            const int t990_3 = (int)(o_240 % 8);
            const long t990_q = o_240 / 8;
            const int t990_2 = (int)(t990_q % 2);
            const long t990_q_2 = t990_q / 2;
            const int t990_1 = (int)(t990_q_2 % d_T);
            const int t990_0 = (int)(t990_q_2 / d_T);
            const int t991_2 = (int)(o_240 % 16);
            const float v2_224 = acc6_2.sf + x4[(long)t991_2];
            y3[(((long)t990_0 * 2 + t990_2) * 8 + t990_3) * d_T + t990_1] = v2_224;
          }
        }
        const long om_14 = m0_2 + 7;
        if (om_14 < M_2) {
          if (1) {
            const long o_241 = om_14 * 16;
            const int t992_3 = (int)(o_241 % 8);
            const long t992_q = o_241 / 8;
            const int t992_2 = (int)(t992_q % 2);
            const long t992_q_2 = t992_q / 2;
            const int t992_1 = (int)(t992_q_2 % d_T);
            const int t992_0 = (int)(t992_q_2 / d_T);
            const int t993_2 = (int)(o_241 % 16);
            const float v2_225 = acc7_2.s0 + x4[(long)t993_2];
            y1[(((long)t992_0 * 2 + t992_2) * d_T + t992_1) * 8 + t992_3] = v2_225;
            const int t994_3 = (int)(o_241 % 8);
            const long t994_q = o_241 / 8;
            const int t994_2 = (int)(t994_q % 2);
            const long t994_q_2 = t994_q / 2;
            const int t994_1 = (int)(t994_q_2 % d_T);
            const int t994_0 = (int)(t994_q_2 / d_T);
            const int t995_2 = (int)(o_241 % 16);
            const float v2_226 = acc7_2.s0 + x4[(long)t995_2];
            y3[(((long)t994_0 * 2 + t994_2) * 8 + t994_3) * d_T + t994_1] = v2_226;
          }
          if (1) {
            const long o_242 = om_14 * 16 + 1L;
            const int t996_3 = (int)(o_242 % 8);
            const long t996_q = o_242 / 8;
            const int t996_2 = (int)(t996_q % 2);
            const long t996_q_2 = t996_q / 2;
            const int t996_1 = (int)(t996_q_2 % d_T);
            const int t996_0 = (int)(t996_q_2 / d_T);
            const int t997_2 = (int)(o_242 % 16);
            const float v2_227 = acc7_2.s1 + x4[(long)t997_2];
            y1[(((long)t996_0 * 2 + t996_2) * d_T + t996_1) * 8 + t996_3] = v2_227;
            const int t998_3 = (int)(o_242 % 8);
            const long t998_q = o_242 / 8;
            const int t998_2 = (int)(t998_q % 2);
            const long t998_q_2 = t998_q / 2;
            const int t998_1 = (int)(t998_q_2 % d_T);
            const int t998_0 = (int)(t998_q_2 / d_T);
            const int t999_2 = (int)(o_242 % 16);
            const float v2_228 = acc7_2.s1 + x4[(long)t999_2];
            y3[(((long)t998_0 * 2 + t998_2) * 8 + t998_3) * d_T + t998_1] = v2_228;
          }
          if (1) {
            const long o_243 = om_14 * 16 + 2L;
            const int t1000_3 = (int)(o_243 % 8);
            const long t1000_q = o_243 / 8;
            const int t1000_2 = (int)(t1000_q % 2);
            const long t1000_q_2 = t1000_q / 2;
            const int t1000_1 = (int)(t1000_q_2 % d_T);
            const int t1000_0 = (int)(t1000_q_2 / d_T);
            const int t1001_2 = (int)(o_243 % 16);
            const float v2_229 = acc7_2.s2 + x4[(long)t1001_2];
            y1[(((long)t1000_0 * 2 + t1000_2) * d_T + t1000_1) * 8 + t1000_3] = v2_229;
            const int t1002_3 = (int)(o_243 % 8);
            const long t1002_q = o_243 / 8;
            const int t1002_2 = (int)(t1002_q % 2);
            const long t1002_q_2 = t1002_q / 2;
            const int t1002_1 = (int)(t1002_q_2 % d_T);
            const int t1002_0 = (int)(t1002_q_2 / d_T);
            const int t1003_2 = (int)(o_243 % 16);
            const float v2_230 = acc7_2.s2 + x4[(long)t1003_2];
            y3[(((long)t1002_0 * 2 + t1002_2) * 8 + t1002_3) * d_T + t1002_1] = v2_230;
          }
          if (1) {
            const long o_244 = om_14 * 16 + 3L;
            const int t1004_3 = (int)(o_244 % 8);
            const long t1004_q = o_244 / 8;
            const int t1004_2 = (int)(t1004_q % 2);
            const long t1004_q_2 = t1004_q / 2;
            const int t1004_1 = (int)(t1004_q_2 % d_T);
            const int t1004_0 = (int)(t1004_q_2 / d_T);
            const int t1005_2 = (int)(o_244 % 16);
            const float v2_231 = acc7_2.s3 + x4[(long)t1005_2];
            y1[(((long)t1004_0 * 2 + t1004_2) * d_T + t1004_1) * 8 + t1004_3] = v2_231;
            const int t1006_3 = (int)(o_244 % 8);
            const long t1006_q = o_244 / 8;
            const int t1006_2 = (int)(t1006_q % 2);
            const long t1006_q_2 = t1006_q / 2;
            const int t1006_1 = (int)(t1006_q_2 % d_T);
            const int t1006_0 = (int)(t1006_q_2 / d_T);
            const int t1007_2 = (int)(o_244 % 16);
            const float v2_232 = acc7_2.s3 + x4[(long)t1007_2];
            y3[(((long)t1006_0 * 2 + t1006_2) * 8 + t1006_3) * d_T + t1006_1] = v2_232;
          }
          if (1) {
            const long o_245 = om_14 * 16 + 4L;
            const int t1008_3 = (int)(o_245 % 8);
            const long t1008_q = o_245 / 8;
            const int t1008_2 = (int)(t1008_q % 2);
            const long t1008_q_2 = t1008_q / 2;
            const int t1008_1 = (int)(t1008_q_2 % d_T);
            const int t1008_0 = (int)(t1008_q_2 / d_T);
            const int t1009_2 = (int)(o_245 % 16);
            const float v2_233 = acc7_2.s4 + x4[(long)t1009_2];
            y1[(((long)t1008_0 * 2 + t1008_2) * d_T + t1008_1) * 8 + t1008_3] = v2_233;
            const int t1010_3 = (int)(o_245 % 8);
            const long t1010_q = o_245 / 8;
            const int t1010_2 = (int)(t1010_q % 2);
            const long t1010_q_2 = t1010_q / 2;
            const int t1010_1 = (int)(t1010_q_2 % d_T);
            const int t1010_0 = (int)(t1010_q_2 / d_T);
            const int t1011_2 = (int)(o_245 % 16);
            const float v2_234 = acc7_2.s4 + x4[(long)t1011_2];
            y3[(((long)t1010_0 * 2 + t1010_2) * 8 + t1010_3) * d_T + t1010_1] = v2_234;
          }
          if (1) {
            const long o_246 = om_14 * 16 + 5L;
            const int t1012_3 = (int)(o_246 % 8);
            const long t1012_q = o_246 / 8;
            const int t1012_2 = (int)(t1012_q % 2);
            const long t1012_q_2 = t1012_q / 2;
            const int t1012_1 = (int)(t1012_q_2 % d_T);
            const int t1012_0 = (int)(t1012_q_2 / d_T);
            const int t1013_2 = (int)(o_246 % 16);
            const float v2_235 = acc7_2.s5 + x4[(long)t1013_2];
            y1[(((long)t1012_0 * 2 + t1012_2) * d_T + t1012_1) * 8 + t1012_3] = v2_235;
            const int t1014_3 = (int)(o_246 % 8);
            const long t1014_q = o_246 / 8;
            const int t1014_2 = (int)(t1014_q % 2);
            const long t1014_q_2 = t1014_q / 2;
            const int t1014_1 = (int)(t1014_q_2 % d_T);
            const int t1014_0 = (int)(t1014_q_2 / d_T);
            const int t1015_2 = (int)(o_246 % 16);
            const float v2_236 = acc7_2.s5 + x4[(long)t1015_2];
            y3[(((long)t1014_0 * 2 + t1014_2) * 8 + t1014_3) * d_T + t1014_1] = v2_236;
          }
          if (1) {
            const long o_247 = om_14 * 16 + 6L;
            const int t1016_3 = (int)(o_247 % 8);
            const long t1016_q = o_247 / 8;
            const int t1016_2 = (int)(t1016_q % 2);
            const long t1016_q_2 = t1016_q / 2;
            const int t1016_1 = (int)(t1016_q_2 % d_T);
            const int t1016_0 = (int)(t1016_q_2 / d_T);
            const int t1017_2 = (int)(o_247 % 16);
            const float v2_237 = acc7_2.s6 + x4[(long)t1017_2];
            y1[(((long)t1016_0 * 2 + t1016_2) * d_T + t1016_1) * 8 + t1016_3] = v2_237;
            const int t1018_3 = (int)(o_247 % 8);
            const long t1018_q = o_247 / 8;
            const int t1018_2 = (int)(t1018_q % 2);
            const long t1018_q_2 = t1018_q / 2;
            const int t1018_1 = (int)(t1018_q_2 % d_T);
            const int t1018_0 = (int)(t1018_q_2 / d_T);
            const int t1019_2 = (int)(o_247 % 16);
            const float v2_238 = acc7_2.s6 + x4[(long)t1019_2];
            y3[(((long)t1018_0 * 2 + t1018_2) * 8 + t1018_3) * d_T + t1018_1] = v2_238;
          }
          if (1) {
            const long o_248 = om_14 * 16 + 7L;
            const int t1020_3 = (int)(o_248 % 8);
            const long t1020_q = o_248 / 8;
            const int t1020_2 = (int)(t1020_q % 2);
            const long t1020_q_2 = t1020_q / 2;
            const int t1020_1 = (int)(t1020_q_2 % d_T);
            const int t1020_0 = (int)(t1020_q_2 / d_T);
            const int t1021_2 = (int)(o_248 % 16);
            const float v2_239 = acc7_2.s7 + x4[(long)t1021_2];
            y1[(((long)t1020_0 * 2 + t1020_2) * d_T + t1020_1) * 8 + t1020_3] = v2_239;
            const int t1022_3 = (int)(o_248 % 8);
            const long t1022_q = o_248 / 8;
            const int t1022_2 = (int)(t1022_q % 2);
            const long t1022_q_2 = t1022_q / 2;
            const int t1022_1 = (int)(t1022_q_2 % d_T);
            const int t1022_0 = (int)(t1022_q_2 / d_T);
            const int t1023_2 = (int)(o_248 % 16);
            const float v2_240 = acc7_2.s7 + x4[(long)t1023_2];
            y3[(((long)t1022_0 * 2 + t1022_2) * 8 + t1022_3) * d_T + t1022_1] = v2_240;
          }
          if (1) {
            const long o_249 = om_14 * 16 + 8L;
            const int t1024_3 = (int)(o_249 % 8);
            const long t1024_q = o_249 / 8;
            const int t1024_2 = (int)(t1024_q % 2);
            const long t1024_q_2 = t1024_q / 2;
            const int t1024_1 = (int)(t1024_q_2 % d_T);
            const int t1024_0 = (int)(t1024_q_2 / d_T);
            const int t1025_2 = (int)(o_249 % 16);
            const float v2_241 = acc7_2.s8 + x4[(long)t1025_2];
            y1[(((long)t1024_0 * 2 + t1024_2) * d_T + t1024_1) * 8 + t1024_3] = v2_241;
            const int t1026_3 = (int)(o_249 % 8);
            const long t1026_q = o_249 / 8;
            const int t1026_2 = (int)(t1026_q % 2);
            const long t1026_q_2 = t1026_q / 2;
            const int t1026_1 = (int)(t1026_q_2 % d_T);
            const int t1026_0 = (int)(t1026_q_2 / d_T);
            const int t1027_2 = (int)(o_249 % 16);
            const float v2_242 = acc7_2.s8 + x4[(long)t1027_2];
            y3[(((long)t1026_0 * 2 + t1026_2) * 8 + t1026_3) * d_T + t1026_1] = v2_242;
          }
          if (1) {
            const long o_250 = om_14 * 16 + 9L;
            const int t1028_3 = (int)(o_250 % 8);
            const long t1028_q = o_250 / 8;
            const int t1028_2 = (int)(t1028_q % 2);
            const long t1028_q_2 = t1028_q / 2;
            const int t1028_1 = (int)(t1028_q_2 % d_T);
            const int t1028_0 = (int)(t1028_q_2 / d_T);
            const int t1029_2 = (int)(o_250 % 16);
            const float v2_243 = acc7_2.s9 + x4[(long)t1029_2];
            y1[(((long)t1028_0 * 2 + t1028_2) * d_T + t1028_1) * 8 + t1028_3] = v2_243;
            const int t1030_3 = (int)(o_250 % 8);
            const long t1030_q = o_250 / 8;
            const int t1030_2 = (int)(t1030_q % 2);
            const long t1030_q_2 = t1030_q / 2;
            const int t1030_1 = (int)(t1030_q_2 % d_T);
            const int t1030_0 = (int)(t1030_q_2 / d_T);
            const int t1031_2 = (int)(o_250 % 16);
            const float v2_244 = acc7_2.s9 + x4[(long)t1031_2];
            y3[(((long)t1030_0 * 2 + t1030_2) * 8 + t1030_3) * d_T + t1030_1] = v2_244;
          }
          if (1) {
            const long o_251 = om_14 * 16 + 10L;
            const int t1032_3 = (int)(o_251 % 8);
            const long t1032_q = o_251 / 8;
            const int t1032_2 = (int)(t1032_q % 2);
            const long t1032_q_2 = t1032_q / 2;
            const int t1032_1 = (int)(t1032_q_2 % d_T);
            const int t1032_0 = (int)(t1032_q_2 / d_T);
            const int t1033_2 = (int)(o_251 % 16);
            const float v2_245 = acc7_2.sa + x4[(long)t1033_2];
            y1[(((long)t1032_0 * 2 + t1032_2) * d_T + t1032_1) * 8 + t1032_3] = v2_245;
            const int t1034_3 = (int)(o_251 % 8);
            const long t1034_q = o_251 / 8;
            const int t1034_2 = (int)(t1034_q % 2);
            const long t1034_q_2 = t1034_q / 2;
            const int t1034_1 = (int)(t1034_q_2 % d_T);
            const int t1034_0 = (int)(t1034_q_2 / d_T);
            const int t1035_2 = (int)(o_251 % 16);
            const float v2_246 = acc7_2.sa + x4[(long)t1035_2];
            y3[(((long)t1034_0 * 2 + t1034_2) * 8 + t1034_3) * d_T + t1034_1] = v2_246;
          }
          if (1) {
            const long o_252 = om_14 * 16 + 11L;
            const int t1036_3 = (int)(o_252 % 8);
            const long t1036_q = o_252 / 8;
            const int t1036_2 = (int)(t1036_q % 2);
            const long t1036_q_2 = t1036_q / 2;
            const int t1036_1 = (int)(t1036_q_2 % d_T);
            const int t1036_0 = (int)(t1036_q_2 / d_T);
            const int t1037_2 = (int)(o_252 % 16);
            const float v2_247 = acc7_2.sb + x4[(long)t1037_2];
            y1[(((long)t1036_0 * 2 + t1036_2) * d_T + t1036_1) * 8 + t1036_3] = v2_247;
            const int t1038_3 = (int)(o_252 % 8);
            const long t1038_q = o_252 / 8;
            const int t1038_2 = (int)(t1038_q % 2);
            const long t1038_q_2 = t1038_q / 2;
            const int t1038_1 = (int)(t1038_q_2 % d_T);
            const int t1038_0 = (int)(t1038_q_2 / d_T);
            const int t1039_2 = (int)(o_252 % 16);
            const float v2_248 = acc7_2.sb + x4[(long)t1039_2];
            y3[(((long)t1038_0 * 2 + t1038_2) * 8 + t1038_3) * d_T + t1038_1] = v2_248;
          }
          if (1) {
            const long o_253 = om_14 * 16 + 12L;
            const int t1040_3 = (int)(o_253 % 8);
            const long t1040_q = o_253 / 8;
            const int t1040_2 = (int)(t1040_q % 2);
            const long t1040_q_2 = t1040_q / 2;
            const int t1040_1 = (int)(t1040_q_2 % d_T);
            const int t1040_0 = (int)(t1040_q_2 / d_T);
            const int t1041_2 = (int)(o_253 % 16);
            const float v2_249 = acc7_2.sc + x4[(long)t1041_2];
            y1[(((long)t1040_0 * 2 + t1040_2) * d_T + t1040_1) * 8 + t1040_3] = v2_249;
            const int t1042_3 = (int)(o_253 % 8);
            const long t1042_q = o_253 / 8;
            const int t1042_2 = (int)(t1042_q % 2);
            const long t1042_q_2 = t1042_q / 2;
            const int t1042_1 = (int)(t1042_q_2 % d_T);
            const int t1042_0 = (int)(t1042_q_2 / d_T);
            const int t1043_2 = (int)(o_253 % 16);
            const float v2_250 = acc7_2.sc + x4[(long)t1043_2];
            y3[(((long)t1042_0 * 2 + t1042_2) * 8 + t1042_3) * d_T + t1042_1] = v2_250;
          }
          if (1) {
            const long o_254 = om_14 * 16 + 13L;
            const int t1044_3 = (int)(o_254 % 8);
            const long t1044_q = o_254 / 8;
            const int t1044_2 = (int)(t1044_q % 2);
            const long t1044_q_2 = t1044_q / 2;
            const int t1044_1 = (int)(t1044_q_2 % d_T);
            const int t1044_0 = (int)(t1044_q_2 / d_T);
            const int t1045_2 = (int)(o_254 % 16);
            const float v2_251 = acc7_2.sd + x4[(long)t1045_2];
            y1[(((long)t1044_0 * 2 + t1044_2) * d_T + t1044_1) * 8 + t1044_3] = v2_251;
            const int t1046_3 = (int)(o_254 % 8);
            const long t1046_q = o_254 / 8;
            const int t1046_2 = (int)(t1046_q % 2);
            const long t1046_q_2 = t1046_q / 2;
            const int t1046_1 = (int)(t1046_q_2 % d_T);
            const int t1046_0 = (int)(t1046_q_2 / d_T);
            const int t1047_2 = (int)(o_254 % 16);
            const float v2_252 = acc7_2.sd + x4[(long)t1047_2];
            y3[(((long)t1046_0 * 2 + t1046_2) * 8 + t1046_3) * d_T + t1046_1] = v2_252;
          }
          if (1) {
            const long o_255 = om_14 * 16 + 14L;
            const int t1048_3 = (int)(o_255 % 8);
            const long t1048_q = o_255 / 8;
            const int t1048_2 = (int)(t1048_q % 2);
            const long t1048_q_2 = t1048_q / 2;
            const int t1048_1 = (int)(t1048_q_2 % d_T);
            const int t1048_0 = (int)(t1048_q_2 / d_T);
            const int t1049_2 = (int)(o_255 % 16);
            const float v2_253 = acc7_2.se + x4[(long)t1049_2];
            y1[(((long)t1048_0 * 2 + t1048_2) * d_T + t1048_1) * 8 + t1048_3] = v2_253;
            const int t1050_3 = (int)(o_255 % 8);
            const long t1050_q = o_255 / 8;
            const int t1050_2 = (int)(t1050_q % 2);
            const long t1050_q_2 = t1050_q / 2;
            const int t1050_1 = (int)(t1050_q_2 % d_T);
            const int t1050_0 = (int)(t1050_q_2 / d_T);
            const int t1051_2 = (int)(o_255 % 16);
            const float v2_254 = acc7_2.se + x4[(long)t1051_2];
            y3[(((long)t1050_0 * 2 + t1050_2) * 8 + t1050_3) * d_T + t1050_1] = v2_254;
          }
          if (1) {
            const long o_256 = om_14 * 16 + 15L;
            const int t1052_3 = (int)(o_256 % 8);
            const long t1052_q = o_256 / 8;
            const int t1052_2 = (int)(t1052_q % 2);
            const long t1052_q_2 = t1052_q / 2;
            const int t1052_1 = (int)(t1052_q_2 % d_T);
            const int t1052_0 = (int)(t1052_q_2 / d_T);
            const int t1053_2 = (int)(o_256 % 16);
            const float v2_255 = acc7_2.sf + x4[(long)t1053_2];
            y1[(((long)t1052_0 * 2 + t1052_2) * d_T + t1052_1) * 8 + t1052_3] = v2_255;
            const int t1054_3 = (int)(o_256 % 8);
            const long t1054_q = o_256 / 8;
            const int t1054_2 = (int)(t1054_q % 2);
            const long t1054_q_2 = t1054_q / 2;
            const int t1054_1 = (int)(t1054_q_2 % d_T);
            const int t1054_0 = (int)(t1054_q_2 / d_T);
            const int t1055_2 = (int)(o_256 % 16);
            const float v2_256 = acc7_2.sf + x4[(long)t1055_2];
            y3[(((long)t1054_0 * 2 + t1054_2) * 8 + t1054_3) * d_T + t1054_1] = v2_256;
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
            const long t1056_q = m0_3 * 16L + k_5;
            const int t1056_2 = (int)(t1056_q % 16L);
            const long t1056_q_2 = t1056_q / 16L;
            const int t1056_1 = (int)(t1056_q_2 % (long)d_T);
            const int t1056_0 = (int)(t1056_q_2 / (long)d_T);
            const float v0_33 = x0[((long)t1056_0 * d_T + t1056_1) * 16 + t1056_2];
            acc0_3 = fma((float16)v0_33, bv_5, acc0_3);
            const long t1057_q = (m0_3 + 1) * 16L + k_5;
            const int t1057_2 = (int)(t1057_q % 16L);
            const long t1057_q_2 = t1057_q / 16L;
            const int t1057_1 = (int)(t1057_q_2 % (long)d_T);
            const int t1057_0 = (int)(t1057_q_2 / (long)d_T);
            const float v0_34 = x0[((long)t1057_0 * d_T + t1057_1) * 16 + t1057_2];
            acc1_3 = fma((float16)v0_34, bv_5, acc1_3);
            const long t1058_q = (m0_3 + 2) * 16L + k_5;
            const int t1058_2 = (int)(t1058_q % 16L);
            const long t1058_q_2 = t1058_q / 16L;
            const int t1058_1 = (int)(t1058_q_2 % (long)d_T);
            const int t1058_0 = (int)(t1058_q_2 / (long)d_T);
            const float v0_35 = x0[((long)t1058_0 * d_T + t1058_1) * 16 + t1058_2];
            acc2_3 = fma((float16)v0_35, bv_5, acc2_3);
            const long t1059_q = (m0_3 + 3) * 16L + k_5;
            const int t1059_2 = (int)(t1059_q % 16L);
            const long t1059_q_2 = t1059_q / 16L;
            const int t1059_1 = (int)(t1059_q_2 % (long)d_T);
            const int t1059_0 = (int)(t1059_q_2 / (long)d_T);
            const float v0_36 = x0[((long)t1059_0 * d_T + t1059_1) * 16 + t1059_2];
            acc3_3 = fma((float16)v0_36, bv_5, acc3_3);
            const long t1060_q = (m0_3 + 4) * 16L + k_5;
            const int t1060_2 = (int)(t1060_q % 16L);
            const long t1060_q_2 = t1060_q / 16L;
            const int t1060_1 = (int)(t1060_q_2 % (long)d_T);
            const int t1060_0 = (int)(t1060_q_2 / (long)d_T);
            const float v0_37 = x0[((long)t1060_0 * d_T + t1060_1) * 16 + t1060_2];
            acc4_3 = fma((float16)v0_37, bv_5, acc4_3);
            const long t1061_q = (m0_3 + 5) * 16L + k_5;
            const int t1061_2 = (int)(t1061_q % 16L);
            const long t1061_q_2 = t1061_q / 16L;
            const int t1061_1 = (int)(t1061_q_2 % (long)d_T);
            const int t1061_0 = (int)(t1061_q_2 / (long)d_T);
            const float v0_38 = x0[((long)t1061_0 * d_T + t1061_1) * 16 + t1061_2];
            acc5_3 = fma((float16)v0_38, bv_5, acc5_3);
            const long t1062_q = (m0_3 + 6) * 16L + k_5;
            const int t1062_2 = (int)(t1062_q % 16L);
            const long t1062_q_2 = t1062_q / 16L;
            const int t1062_1 = (int)(t1062_q_2 % (long)d_T);
            const int t1062_0 = (int)(t1062_q_2 / (long)d_T);
            const float v0_39 = x0[((long)t1062_0 * d_T + t1062_1) * 16 + t1062_2];
            acc6_3 = fma((float16)v0_39, bv_5, acc6_3);
            const long t1063_q = (m0_3 + 7) * 16L + k_5;
            const int t1063_2 = (int)(t1063_q % 16L);
            const long t1063_q_2 = t1063_q / 16L;
            const int t1063_1 = (int)(t1063_q_2 % (long)d_T);
            const int t1063_0 = (int)(t1063_q_2 / (long)d_T);
            const float v0_40 = x0[((long)t1063_0 * d_T + t1063_1) * 16 + t1063_2];
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
            const long t1064_q = m0_3 * 16L + k_6;
            const int t1064_2 = (int)(t1064_q % 16L);
            const long t1064_q_2 = t1064_q / 16L;
            const int t1064_1 = (int)(t1064_q_2 % (long)d_T);
            const int t1064_0 = (int)(t1064_q_2 / (long)d_T);
            const float v0_41 = x0[((long)t1064_0 * d_T + t1064_1) * 16 + t1064_2];
            acc0_3 = fma((float16)v0_41, bv_6, acc0_3);
            const long t1065_q = ar1_3 * 16L + k_6;
            const int t1065_2 = (int)(t1065_q % 16L);
            const long t1065_q_2 = t1065_q / 16L;
            const int t1065_1 = (int)(t1065_q_2 % (long)d_T);
            const int t1065_0 = (int)(t1065_q_2 / (long)d_T);
            const float v0_42 = x0[((long)t1065_0 * d_T + t1065_1) * 16 + t1065_2];
            acc1_3 = fma((float16)v0_42, bv_6, acc1_3);
            const long t1066_q = ar2_3 * 16L + k_6;
            const int t1066_2 = (int)(t1066_q % 16L);
            const long t1066_q_2 = t1066_q / 16L;
            const int t1066_1 = (int)(t1066_q_2 % (long)d_T);
            const int t1066_0 = (int)(t1066_q_2 / (long)d_T);
            const float v0_43 = x0[((long)t1066_0 * d_T + t1066_1) * 16 + t1066_2];
            acc2_3 = fma((float16)v0_43, bv_6, acc2_3);
            const long t1067_q = ar3_3 * 16L + k_6;
            const int t1067_2 = (int)(t1067_q % 16L);
            const long t1067_q_2 = t1067_q / 16L;
            const int t1067_1 = (int)(t1067_q_2 % (long)d_T);
            const int t1067_0 = (int)(t1067_q_2 / (long)d_T);
            const float v0_44 = x0[((long)t1067_0 * d_T + t1067_1) * 16 + t1067_2];
            acc3_3 = fma((float16)v0_44, bv_6, acc3_3);
            const long t1068_q = ar4_3 * 16L + k_6;
            const int t1068_2 = (int)(t1068_q % 16L);
            const long t1068_q_2 = t1068_q / 16L;
            const int t1068_1 = (int)(t1068_q_2 % (long)d_T);
            const int t1068_0 = (int)(t1068_q_2 / (long)d_T);
            const float v0_45 = x0[((long)t1068_0 * d_T + t1068_1) * 16 + t1068_2];
            acc4_3 = fma((float16)v0_45, bv_6, acc4_3);
            const long t1069_q = ar5_3 * 16L + k_6;
            const int t1069_2 = (int)(t1069_q % 16L);
            const long t1069_q_2 = t1069_q / 16L;
            const int t1069_1 = (int)(t1069_q_2 % (long)d_T);
            const int t1069_0 = (int)(t1069_q_2 / (long)d_T);
            const float v0_46 = x0[((long)t1069_0 * d_T + t1069_1) * 16 + t1069_2];
            acc5_3 = fma((float16)v0_46, bv_6, acc5_3);
            const long t1070_q = ar6_3 * 16L + k_6;
            const int t1070_2 = (int)(t1070_q % 16L);
            const long t1070_q_2 = t1070_q / 16L;
            const int t1070_1 = (int)(t1070_q_2 % (long)d_T);
            const int t1070_0 = (int)(t1070_q_2 / (long)d_T);
            const float v0_47 = x0[((long)t1070_0 * d_T + t1070_1) * 16 + t1070_2];
            acc6_3 = fma((float16)v0_47, bv_6, acc6_3);
            const long t1071_q = ar7_3 * 16L + k_6;
            const int t1071_2 = (int)(t1071_q % 16L);
            const long t1071_q_2 = t1071_q / 16L;
            const int t1071_1 = (int)(t1071_q_2 % (long)d_T);
            const int t1071_0 = (int)(t1071_q_2 / (long)d_T);
            const float v0_48 = x0[((long)t1071_0 * d_T + t1071_1) * 16 + t1071_2];
            acc7_3 = fma((float16)v0_48, bv_6, acc7_3);
          }
        }
        if (m0_3 < M_3) {
          if (1) {
            const long o_257 = m0_3 * 16;
            const int t1072_3 = (int)(o_257 % 8);
            const long t1072_q = o_257 / 8;
            const int t1072_2 = (int)(t1072_q % 2);
            const long t1072_q_2 = t1072_q / 2;
            const int t1072_1 = (int)(t1072_q_2 % d_T);
            const int t1072_0 = (int)(t1072_q_2 / d_T);
            const int t1073_2 = (int)(o_257 % 16);
            const float v3 = acc0_3.s0 + x6[(long)t1073_2];
            y2[(((long)t1072_0 * 2 + t1072_2) * d_T + t1072_1) * 8 + t1072_3] = v3;
            const int t1074_3 = (int)(o_257 % 8);
            const long t1074_q = o_257 / 8;
            const int t1074_2 = (int)(t1074_q % 2);
            const long t1074_q_2 = t1074_q / 2;
            const int t1074_1 = (int)(t1074_q_2 % d_T);
            const int t1074_0 = (int)(t1074_q_2 / d_T);
            const int t1075_2 = (int)(o_257 % 16);
            const float v3_2 = acc0_3.s0 + x6[(long)t1075_2];
            y4[(((long)t1074_0 * 2 + t1074_2) * 8 + t1074_3) * d_T + t1074_1] = v3_2;
          }
          if (1) {
            const long o_258 = m0_3 * 16 + 1L;
            const int t1076_3 = (int)(o_258 % 8);
            const long t1076_q = o_258 / 8;
            const int t1076_2 = (int)(t1076_q % 2);
            const long t1076_q_2 = t1076_q / 2;
            const int t1076_1 = (int)(t1076_q_2 % d_T);
            const int t1076_0 = (int)(t1076_q_2 / d_T);
            const int t1077_2 = (int)(o_258 % 16);
            const float v3_3 = acc0_3.s1 + x6[(long)t1077_2];
            y2[(((long)t1076_0 * 2 + t1076_2) * d_T + t1076_1) * 8 + t1076_3] = v3_3;
            const int t1078_3 = (int)(o_258 % 8);
            const long t1078_q = o_258 / 8;
            const int t1078_2 = (int)(t1078_q % 2);
            const long t1078_q_2 = t1078_q / 2;
            const int t1078_1 = (int)(t1078_q_2 % d_T);
            const int t1078_0 = (int)(t1078_q_2 / d_T);
            const int t1079_2 = (int)(o_258 % 16);
            const float v3_4 = acc0_3.s1 + x6[(long)t1079_2];
            y4[(((long)t1078_0 * 2 + t1078_2) * 8 + t1078_3) * d_T + t1078_1] = v3_4;
          }
          if (1) {
            const long o_259 = m0_3 * 16 + 2L;
            const int t1080_3 = (int)(o_259 % 8);
            const long t1080_q = o_259 / 8;
            const int t1080_2 = (int)(t1080_q % 2);
            const long t1080_q_2 = t1080_q / 2;
            const int t1080_1 = (int)(t1080_q_2 % d_T);
            const int t1080_0 = (int)(t1080_q_2 / d_T);
            const int t1081_2 = (int)(o_259 % 16);
            const float v3_5 = acc0_3.s2 + x6[(long)t1081_2];
            y2[(((long)t1080_0 * 2 + t1080_2) * d_T + t1080_1) * 8 + t1080_3] = v3_5;
            const int t1082_3 = (int)(o_259 % 8);
            const long t1082_q = o_259 / 8;
            const int t1082_2 = (int)(t1082_q % 2);
            const long t1082_q_2 = t1082_q / 2;
            const int t1082_1 = (int)(t1082_q_2 % d_T);
            const int t1082_0 = (int)(t1082_q_2 / d_T);
            const int t1083_2 = (int)(o_259 % 16);
            const float v3_6 = acc0_3.s2 + x6[(long)t1083_2];
            y4[(((long)t1082_0 * 2 + t1082_2) * 8 + t1082_3) * d_T + t1082_1] = v3_6;
          }
          if (1) {
            const long o_260 = m0_3 * 16 + 3L;
            const int t1084_3 = (int)(o_260 % 8);
            const long t1084_q = o_260 / 8;
            const int t1084_2 = (int)(t1084_q % 2);
            const long t1084_q_2 = t1084_q / 2;
            const int t1084_1 = (int)(t1084_q_2 % d_T);
            const int t1084_0 = (int)(t1084_q_2 / d_T);
            const int t1085_2 = (int)(o_260 % 16);
            const float v3_7 = acc0_3.s3 + x6[(long)t1085_2];
            y2[(((long)t1084_0 * 2 + t1084_2) * d_T + t1084_1) * 8 + t1084_3] = v3_7;
            const int t1086_3 = (int)(o_260 % 8);
            const long t1086_q = o_260 / 8;
            const int t1086_2 = (int)(t1086_q % 2);
            const long t1086_q_2 = t1086_q / 2;
            const int t1086_1 = (int)(t1086_q_2 % d_T);
            const int t1086_0 = (int)(t1086_q_2 / d_T);
            const int t1087_2 = (int)(o_260 % 16);
            const float v3_8 = acc0_3.s3 + x6[(long)t1087_2];
            y4[(((long)t1086_0 * 2 + t1086_2) * 8 + t1086_3) * d_T + t1086_1] = v3_8;
          }
          if (1) {
            const long o_261 = m0_3 * 16 + 4L;
            const int t1088_3 = (int)(o_261 % 8);
            const long t1088_q = o_261 / 8;
            const int t1088_2 = (int)(t1088_q % 2);
            const long t1088_q_2 = t1088_q / 2;
            const int t1088_1 = (int)(t1088_q_2 % d_T);
            const int t1088_0 = (int)(t1088_q_2 / d_T);
            const int t1089_2 = (int)(o_261 % 16);
            const float v3_9 = acc0_3.s4 + x6[(long)t1089_2];
            y2[(((long)t1088_0 * 2 + t1088_2) * d_T + t1088_1) * 8 + t1088_3] = v3_9;
            const int t1090_3 = (int)(o_261 % 8);
            const long t1090_q = o_261 / 8;
            const int t1090_2 = (int)(t1090_q % 2);
            const long t1090_q_2 = t1090_q / 2;
            const int t1090_1 = (int)(t1090_q_2 % d_T);
            const int t1090_0 = (int)(t1090_q_2 / d_T);
            const int t1091_2 = (int)(o_261 % 16);
            const float v3_10 = acc0_3.s4 + x6[(long)t1091_2];
            y4[(((long)t1090_0 * 2 + t1090_2) * 8 + t1090_3) * d_T + t1090_1] = v3_10;
          }
          if (1) {
            const long o_262 = m0_3 * 16 + 5L;
            const int t1092_3 = (int)(o_262 % 8);
            const long t1092_q = o_262 / 8;
            const int t1092_2 = (int)(t1092_q % 2);
            const long t1092_q_2 = t1092_q / 2;
            const int t1092_1 = (int)(t1092_q_2 % d_T);
            const int t1092_0 = (int)(t1092_q_2 / d_T);
            const int t1093_2 = (int)(o_262 % 16);
            const float v3_11 = acc0_3.s5 + x6[(long)t1093_2];
            y2[(((long)t1092_0 * 2 + t1092_2) * d_T + t1092_1) * 8 + t1092_3] = v3_11;
            const int t1094_3 = (int)(o_262 % 8);
            const long t1094_q = o_262 / 8;
            const int t1094_2 = (int)(t1094_q % 2);
            const long t1094_q_2 = t1094_q / 2;
            const int t1094_1 = (int)(t1094_q_2 % d_T);
            const int t1094_0 = (int)(t1094_q_2 / d_T);
            const int t1095_2 = (int)(o_262 % 16);
            const float v3_12 = acc0_3.s5 + x6[(long)t1095_2];
            y4[(((long)t1094_0 * 2 + t1094_2) * 8 + t1094_3) * d_T + t1094_1] = v3_12;
          }
          if (1) {
            const long o_263 = m0_3 * 16 + 6L;
            const int t1096_3 = (int)(o_263 % 8);
            const long t1096_q = o_263 / 8;
            const int t1096_2 = (int)(t1096_q % 2);
            const long t1096_q_2 = t1096_q / 2;
            const int t1096_1 = (int)(t1096_q_2 % d_T);
            const int t1096_0 = (int)(t1096_q_2 / d_T);
            const int t1097_2 = (int)(o_263 % 16);
            const float v3_13 = acc0_3.s6 + x6[(long)t1097_2];
            y2[(((long)t1096_0 * 2 + t1096_2) * d_T + t1096_1) * 8 + t1096_3] = v3_13;
            const int t1098_3 = (int)(o_263 % 8);
            const long t1098_q = o_263 / 8;
            const int t1098_2 = (int)(t1098_q % 2);
            const long t1098_q_2 = t1098_q / 2;
            const int t1098_1 = (int)(t1098_q_2 % d_T);
            const int t1098_0 = (int)(t1098_q_2 / d_T);
            const int t1099_2 = (int)(o_263 % 16);
            const float v3_14 = acc0_3.s6 + x6[(long)t1099_2];
            y4[(((long)t1098_0 * 2 + t1098_2) * 8 + t1098_3) * d_T + t1098_1] = v3_14;
          }
          if (1) {
            const long o_264 = m0_3 * 16 + 7L;
            const int t1100_3 = (int)(o_264 % 8);
            const long t1100_q = o_264 / 8;
            const int t1100_2 = (int)(t1100_q % 2);
            const long t1100_q_2 = t1100_q / 2;
            const int t1100_1 = (int)(t1100_q_2 % d_T);
            const int t1100_0 = (int)(t1100_q_2 / d_T);
            const int t1101_2 = (int)(o_264 % 16);
            const float v3_15 = acc0_3.s7 + x6[(long)t1101_2];
            y2[(((long)t1100_0 * 2 + t1100_2) * d_T + t1100_1) * 8 + t1100_3] = v3_15;
            const int t1102_3 = (int)(o_264 % 8);
            const long t1102_q = o_264 / 8;
            const int t1102_2 = (int)(t1102_q % 2);
            const long t1102_q_2 = t1102_q / 2;
            const int t1102_1 = (int)(t1102_q_2 % d_T);
            const int t1102_0 = (int)(t1102_q_2 / d_T);
            const int t1103_2 = (int)(o_264 % 16);
            const float v3_16 = acc0_3.s7 + x6[(long)t1103_2];
            y4[(((long)t1102_0 * 2 + t1102_2) * 8 + t1102_3) * d_T + t1102_1] = v3_16;
          }
          if (1) {
            const long o_265 = m0_3 * 16 + 8L;
            const int t1104_3 = (int)(o_265 % 8);
            const long t1104_q = o_265 / 8;
            const int t1104_2 = (int)(t1104_q % 2);
            const long t1104_q_2 = t1104_q / 2;
            const int t1104_1 = (int)(t1104_q_2 % d_T);
            const int t1104_0 = (int)(t1104_q_2 / d_T);
            const int t1105_2 = (int)(o_265 % 16);
            const float v3_17 = acc0_3.s8 + x6[(long)t1105_2];
            y2[(((long)t1104_0 * 2 + t1104_2) * d_T + t1104_1) * 8 + t1104_3] = v3_17;
            const int t1106_3 = (int)(o_265 % 8);
            const long t1106_q = o_265 / 8;
            const int t1106_2 = (int)(t1106_q % 2);
            const long t1106_q_2 = t1106_q / 2;
            const int t1106_1 = (int)(t1106_q_2 % d_T);
            const int t1106_0 = (int)(t1106_q_2 / d_T);
            const int t1107_2 = (int)(o_265 % 16);
            const float v3_18 = acc0_3.s8 + x6[(long)t1107_2];
            y4[(((long)t1106_0 * 2 + t1106_2) * 8 + t1106_3) * d_T + t1106_1] = v3_18;
          }
          if (1) {
            const long o_266 = m0_3 * 16 + 9L;
            const int t1108_3 = (int)(o_266 % 8);
            const long t1108_q = o_266 / 8;
            const int t1108_2 = (int)(t1108_q % 2);
            const long t1108_q_2 = t1108_q / 2;
            const int t1108_1 = (int)(t1108_q_2 % d_T);
            const int t1108_0 = (int)(t1108_q_2 / d_T);
            const int t1109_2 = (int)(o_266 % 16);
            const float v3_19 = acc0_3.s9 + x6[(long)t1109_2];
            y2[(((long)t1108_0 * 2 + t1108_2) * d_T + t1108_1) * 8 + t1108_3] = v3_19;
            const int t1110_3 = (int)(o_266 % 8);
            const long t1110_q = o_266 / 8;
            const int t1110_2 = (int)(t1110_q % 2);
            const long t1110_q_2 = t1110_q / 2;
            const int t1110_1 = (int)(t1110_q_2 % d_T);
            const int t1110_0 = (int)(t1110_q_2 / d_T);
            const int t1111_2 = (int)(o_266 % 16);
            const float v3_20 = acc0_3.s9 + x6[(long)t1111_2];
            y4[(((long)t1110_0 * 2 + t1110_2) * 8 + t1110_3) * d_T + t1110_1] = v3_20;
          }
          if (1) {
            const long o_267 = m0_3 * 16 + 10L;
            const int t1112_3 = (int)(o_267 % 8);
            const long t1112_q = o_267 / 8;
            const int t1112_2 = (int)(t1112_q % 2);
            const long t1112_q_2 = t1112_q / 2;
            const int t1112_1 = (int)(t1112_q_2 % d_T);
            const int t1112_0 = (int)(t1112_q_2 / d_T);
            const int t1113_2 = (int)(o_267 % 16);
            const float v3_21 = acc0_3.sa + x6[(long)t1113_2];
            y2[(((long)t1112_0 * 2 + t1112_2) * d_T + t1112_1) * 8 + t1112_3] = v3_21;
            const int t1114_3 = (int)(o_267 % 8);
            const long t1114_q = o_267 / 8;
            const int t1114_2 = (int)(t1114_q % 2);
            const long t1114_q_2 = t1114_q / 2;
            const int t1114_1 = (int)(t1114_q_2 % d_T);
            const int t1114_0 = (int)(t1114_q_2 / d_T);
            const int t1115_2 = (int)(o_267 % 16);
            const float v3_22 = acc0_3.sa + x6[(long)t1115_2];
            y4[(((long)t1114_0 * 2 + t1114_2) * 8 + t1114_3) * d_T + t1114_1] = v3_22;
          }
          if (1) {
            const long o_268 = m0_3 * 16 + 11L;
            const int t1116_3 = (int)(o_268 % 8);
            const long t1116_q = o_268 / 8;
            const int t1116_2 = (int)(t1116_q % 2);
            const long t1116_q_2 = t1116_q / 2;
            const int t1116_1 = (int)(t1116_q_2 % d_T);
            const int t1116_0 = (int)(t1116_q_2 / d_T);
            const int t1117_2 = (int)(o_268 % 16);
            const float v3_23 = acc0_3.sb + x6[(long)t1117_2];
            y2[(((long)t1116_0 * 2 + t1116_2) * d_T + t1116_1) * 8 + t1116_3] = v3_23;
            const int t1118_3 = (int)(o_268 % 8);
            const long t1118_q = o_268 / 8;
            const int t1118_2 = (int)(t1118_q % 2);
            const long t1118_q_2 = t1118_q / 2;
            const int t1118_1 = (int)(t1118_q_2 % d_T);
            const int t1118_0 = (int)(t1118_q_2 / d_T);
            const int t1119_2 = (int)(o_268 % 16);
            const float v3_24 = acc0_3.sb + x6[(long)t1119_2];
            y4[(((long)t1118_0 * 2 + t1118_2) * 8 + t1118_3) * d_T + t1118_1] = v3_24;
          }
          if (1) {
            const long o_269 = m0_3 * 16 + 12L;
            const int t1120_3 = (int)(o_269 % 8);
            const long t1120_q = o_269 / 8;
            const int t1120_2 = (int)(t1120_q % 2);
            const long t1120_q_2 = t1120_q / 2;
            const int t1120_1 = (int)(t1120_q_2 % d_T);
            const int t1120_0 = (int)(t1120_q_2 / d_T);
            const int t1121_2 = (int)(o_269 % 16);
            const float v3_25 = acc0_3.sc + x6[(long)t1121_2];
            y2[(((long)t1120_0 * 2 + t1120_2) * d_T + t1120_1) * 8 + t1120_3] = v3_25;
            const int t1122_3 = (int)(o_269 % 8);
            const long t1122_q = o_269 / 8;
            const int t1122_2 = (int)(t1122_q % 2);
            const long t1122_q_2 = t1122_q / 2;
            const int t1122_1 = (int)(t1122_q_2 % d_T);
            const int t1122_0 = (int)(t1122_q_2 / d_T);
            const int t1123_2 = (int)(o_269 % 16);
            const float v3_26 = acc0_3.sc + x6[(long)t1123_2];
            y4[(((long)t1122_0 * 2 + t1122_2) * 8 + t1122_3) * d_T + t1122_1] = v3_26;
          }
          if (1) {
            const long o_270 = m0_3 * 16 + 13L;
            const int t1124_3 = (int)(o_270 % 8);
            const long t1124_q = o_270 / 8;
            const int t1124_2 = (int)(t1124_q % 2);
            const long t1124_q_2 = t1124_q / 2;
            const int t1124_1 = (int)(t1124_q_2 % d_T);
            const int t1124_0 = (int)(t1124_q_2 / d_T);
            const int t1125_2 = (int)(o_270 % 16);
            const float v3_27 = acc0_3.sd + x6[(long)t1125_2];
            y2[(((long)t1124_0 * 2 + t1124_2) * d_T + t1124_1) * 8 + t1124_3] = v3_27;
            const int t1126_3 = (int)(o_270 % 8);
            const long t1126_q = o_270 / 8;
            const int t1126_2 = (int)(t1126_q % 2);
            const long t1126_q_2 = t1126_q / 2;
            const int t1126_1 = (int)(t1126_q_2 % d_T);
            const int t1126_0 = (int)(t1126_q_2 / d_T);
            const int t1127_2 = (int)(o_270 % 16);
            const float v3_28 = acc0_3.sd + x6[(long)t1127_2];
            y4[(((long)t1126_0 * 2 + t1126_2) * 8 + t1126_3) * d_T + t1126_1] = v3_28;
          }
          if (1) {
            const long o_271 = m0_3 * 16 + 14L;
            const int t1128_3 = (int)(o_271 % 8);
            const long t1128_q = o_271 / 8;
            const int t1128_2 = (int)(t1128_q % 2);
            const long t1128_q_2 = t1128_q / 2;
            const int t1128_1 = (int)(t1128_q_2 % d_T);
            const int t1128_0 = (int)(t1128_q_2 / d_T);
            const int t1129_2 = (int)(o_271 % 16);
            const float v3_29 = acc0_3.se + x6[(long)t1129_2];
            y2[(((long)t1128_0 * 2 + t1128_2) * d_T + t1128_1) * 8 + t1128_3] = v3_29;
            const int t1130_3 = (int)(o_271 % 8);
            const long t1130_q = o_271 / 8;
            const int t1130_2 = (int)(t1130_q % 2);
            const long t1130_q_2 = t1130_q / 2;
            const int t1130_1 = (int)(t1130_q_2 % d_T);
            const int t1130_0 = (int)(t1130_q_2 / d_T);
            const int t1131_2 = (int)(o_271 % 16);
            const float v3_30 = acc0_3.se + x6[(long)t1131_2];
            y4[(((long)t1130_0 * 2 + t1130_2) * 8 + t1130_3) * d_T + t1130_1] = v3_30;
          }
          if (1) {
            const long o_272 = m0_3 * 16 + 15L;
            const int t1132_3 = (int)(o_272 % 8);
            const long t1132_q = o_272 / 8;
            const int t1132_2 = (int)(t1132_q % 2);
            const long t1132_q_2 = t1132_q / 2;
            const int t1132_1 = (int)(t1132_q_2 % d_T);
            const int t1132_0 = (int)(t1132_q_2 / d_T);
            const int t1133_2 = (int)(o_272 % 16);
            const float v3_31 = acc0_3.sf + x6[(long)t1133_2];
            y2[(((long)t1132_0 * 2 + t1132_2) * d_T + t1132_1) * 8 + t1132_3] = v3_31;
            const int t1134_3 = (int)(o_272 % 8);
            const long t1134_q = o_272 / 8;
            const int t1134_2 = (int)(t1134_q % 2);
            const long t1134_q_2 = t1134_q / 2;
            const int t1134_1 = (int)(t1134_q_2 % d_T);
            const int t1134_0 = (int)(t1134_q_2 / d_T);
            const int t1135_2 = (int)(o_272 % 16);
            const float v3_32 = acc0_3.sf + x6[(long)t1135_2];
            y4[(((long)t1134_0 * 2 + t1134_2) * 8 + t1134_3) * d_T + t1134_1] = v3_32;
          }
        }
        const long om_15 = m0_3 + 1;
        if (om_15 < M_3) {
          if (1) {
            const long o_273 = om_15 * 16;
            const int t1136_3 = (int)(o_273 % 8);
            const long t1136_q = o_273 / 8;
            const int t1136_2 = (int)(t1136_q % 2);
            const long t1136_q_2 = t1136_q / 2;
            const int t1136_1 = (int)(t1136_q_2 % d_T);
            const int t1136_0 = (int)(t1136_q_2 / d_T);
            const int t1137_2 = (int)(o_273 % 16);
            const float v3_33 = acc1_3.s0 + x6[(long)t1137_2];
            y2[(((long)t1136_0 * 2 + t1136_2) * d_T + t1136_1) * 8 + t1136_3] = v3_33;
            const int t1138_3 = (int)(o_273 % 8);
            const long t1138_q = o_273 / 8;
            const int t1138_2 = (int)(t1138_q % 2);
            const long t1138_q_2 = t1138_q / 2;
            const int t1138_1 = (int)(t1138_q_2 % d_T);
            const int t1138_0 = (int)(t1138_q_2 / d_T);
            const int t1139_2 = (int)(o_273 % 16);
            const float v3_34 = acc1_3.s0 + x6[(long)t1139_2];
            y4[(((long)t1138_0 * 2 + t1138_2) * 8 + t1138_3) * d_T + t1138_1] = v3_34;
          }
          if (1) {
            const long o_274 = om_15 * 16 + 1L;
            const int t1140_3 = (int)(o_274 % 8);
            const long t1140_q = o_274 / 8;
            const int t1140_2 = (int)(t1140_q % 2);
            const long t1140_q_2 = t1140_q / 2;
            const int t1140_1 = (int)(t1140_q_2 % d_T);
            const int t1140_0 = (int)(t1140_q_2 / d_T);
            const int t1141_2 = (int)(o_274 % 16);
            const float v3_35 = acc1_3.s1 + x6[(long)t1141_2];
            y2[(((long)t1140_0 * 2 + t1140_2) * d_T + t1140_1) * 8 + t1140_3] = v3_35;
            const int t1142_3 = (int)(o_274 % 8);
            const long t1142_q = o_274 / 8;
            const int t1142_2 = (int)(t1142_q % 2);
            const long t1142_q_2 = t1142_q / 2;
            const int t1142_1 = (int)(t1142_q_2 % d_T);
            const int t1142_0 = (int)(t1142_q_2 / d_T);
            const int t1143_2 = (int)(o_274 % 16);
            const float v3_36 = acc1_3.s1 + x6[(long)t1143_2];
            y4[(((long)t1142_0 * 2 + t1142_2) * 8 + t1142_3) * d_T + t1142_1] = v3_36;
          }
          if (1) {
            const long o_275 = om_15 * 16 + 2L;
            const int t1144_3 = (int)(o_275 % 8);
            const long t1144_q = o_275 / 8;
            const int t1144_2 = (int)(t1144_q % 2);
            const long t1144_q_2 = t1144_q / 2;
            const int t1144_1 = (int)(t1144_q_2 % d_T);
            const int t1144_0 = (int)(t1144_q_2 / d_T);
            const int t1145_2 = (int)(o_275 % 16);
            const float v3_37 = acc1_3.s2 + x6[(long)t1145_2];
            y2[(((long)t1144_0 * 2 + t1144_2) * d_T + t1144_1) * 8 + t1144_3] = v3_37;
            const int t1146_3 = (int)(o_275 % 8);
            const long t1146_q = o_275 / 8;
            const int t1146_2 = (int)(t1146_q % 2);
            const long t1146_q_2 = t1146_q / 2;
            const int t1146_1 = (int)(t1146_q_2 % d_T);
            const int t1146_0 = (int)(t1146_q_2 / d_T);
            const int t1147_2 = (int)(o_275 % 16);
            const float v3_38 = acc1_3.s2 + x6[(long)t1147_2];
            y4[(((long)t1146_0 * 2 + t1146_2) * 8 + t1146_3) * d_T + t1146_1] = v3_38;
          }
          if (1) {
            const long o_276 = om_15 * 16 + 3L;
            const int t1148_3 = (int)(o_276 % 8);
            const long t1148_q = o_276 / 8;
            const int t1148_2 = (int)(t1148_q % 2);
            const long t1148_q_2 = t1148_q / 2;
            const int t1148_1 = (int)(t1148_q_2 % d_T);
            const int t1148_0 = (int)(t1148_q_2 / d_T);
            const int t1149_2 = (int)(o_276 % 16);
            const float v3_39 = acc1_3.s3 + x6[(long)t1149_2];
            y2[(((long)t1148_0 * 2 + t1148_2) * d_T + t1148_1) * 8 + t1148_3] = v3_39;
            const int t1150_3 = (int)(o_276 % 8);
            const long t1150_q = o_276 / 8;
            const int t1150_2 = (int)(t1150_q % 2);
            const long t1150_q_2 = t1150_q / 2;
            const int t1150_1 = (int)(t1150_q_2 % d_T);
            const int t1150_0 = (int)(t1150_q_2 / d_T);
            const int t1151_2 = (int)(o_276 % 16);
            const float v3_40 = acc1_3.s3 + x6[(long)t1151_2];
            y4[(((long)t1150_0 * 2 + t1150_2) * 8 + t1150_3) * d_T + t1150_1] = v3_40;
          }
          if (1) {
            const long o_277 = om_15 * 16 + 4L;
            const int t1152_3 = (int)(o_277 % 8);
            const long t1152_q = o_277 / 8;
            const int t1152_2 = (int)(t1152_q % 2);
            const long t1152_q_2 = t1152_q / 2;
            const int t1152_1 = (int)(t1152_q_2 % d_T);
            const int t1152_0 = (int)(t1152_q_2 / d_T);
            const int t1153_2 = (int)(o_277 % 16);
            const float v3_41 = acc1_3.s4 + x6[(long)t1153_2];
            y2[(((long)t1152_0 * 2 + t1152_2) * d_T + t1152_1) * 8 + t1152_3] = v3_41;
            const int t1154_3 = (int)(o_277 % 8);
            const long t1154_q = o_277 / 8;
            const int t1154_2 = (int)(t1154_q % 2);
            const long t1154_q_2 = t1154_q / 2;
            const int t1154_1 = (int)(t1154_q_2 % d_T);
            const int t1154_0 = (int)(t1154_q_2 / d_T);
            const int t1155_2 = (int)(o_277 % 16);
            const float v3_42 = acc1_3.s4 + x6[(long)t1155_2];
            y4[(((long)t1154_0 * 2 + t1154_2) * 8 + t1154_3) * d_T + t1154_1] = v3_42;
          }
          if (1) {
            const long o_278 = om_15 * 16 + 5L;
            const int t1156_3 = (int)(o_278 % 8);
            const long t1156_q = o_278 / 8;
            const int t1156_2 = (int)(t1156_q % 2);
            const long t1156_q_2 = t1156_q / 2;
            const int t1156_1 = (int)(t1156_q_2 % d_T);
            const int t1156_0 = (int)(t1156_q_2 / d_T);
            const int t1157_2 = (int)(o_278 % 16);
            const float v3_43 = acc1_3.s5 + x6[(long)t1157_2];
            y2[(((long)t1156_0 * 2 + t1156_2) * d_T + t1156_1) * 8 + t1156_3] = v3_43;
            const int t1158_3 = (int)(o_278 % 8);
            const long t1158_q = o_278 / 8;
            const int t1158_2 = (int)(t1158_q % 2);
            const long t1158_q_2 = t1158_q / 2;
            const int t1158_1 = (int)(t1158_q_2 % d_T);
            const int t1158_0 = (int)(t1158_q_2 / d_T);
            const int t1159_2 = (int)(o_278 % 16);
            const float v3_44 = acc1_3.s5 + x6[(long)t1159_2];
            y4[(((long)t1158_0 * 2 + t1158_2) * 8 + t1158_3) * d_T + t1158_1] = v3_44;
          }
          if (1) {
            const long o_279 = om_15 * 16 + 6L;
            const int t1160_3 = (int)(o_279 % 8);
            const long t1160_q = o_279 / 8;
            const int t1160_2 = (int)(t1160_q % 2);
            const long t1160_q_2 = t1160_q / 2;
            const int t1160_1 = (int)(t1160_q_2 % d_T);
            const int t1160_0 = (int)(t1160_q_2 / d_T);
            const int t1161_2 = (int)(o_279 % 16);
            const float v3_45 = acc1_3.s6 + x6[(long)t1161_2];
            y2[(((long)t1160_0 * 2 + t1160_2) * d_T + t1160_1) * 8 + t1160_3] = v3_45;
            const int t1162_3 = (int)(o_279 % 8);
            const long t1162_q = o_279 / 8;
            const int t1162_2 = (int)(t1162_q % 2);
            const long t1162_q_2 = t1162_q / 2;
            const int t1162_1 = (int)(t1162_q_2 % d_T);
            const int t1162_0 = (int)(t1162_q_2 / d_T);
            const int t1163_2 = (int)(o_279 % 16);
            const float v3_46 = acc1_3.s6 + x6[(long)t1163_2];
            y4[(((long)t1162_0 * 2 + t1162_2) * 8 + t1162_3) * d_T + t1162_1] = v3_46;
          }
          if (1) {
            const long o_280 = om_15 * 16 + 7L;
            const int t1164_3 = (int)(o_280 % 8);
            const long t1164_q = o_280 / 8;
            const int t1164_2 = (int)(t1164_q % 2);
            const long t1164_q_2 = t1164_q / 2;
            const int t1164_1 = (int)(t1164_q_2 % d_T);
            const int t1164_0 = (int)(t1164_q_2 / d_T);
            const int t1165_2 = (int)(o_280 % 16);
            const float v3_47 = acc1_3.s7 + x6[(long)t1165_2];
            y2[(((long)t1164_0 * 2 + t1164_2) * d_T + t1164_1) * 8 + t1164_3] = v3_47;
            const int t1166_3 = (int)(o_280 % 8);
            const long t1166_q = o_280 / 8;
            const int t1166_2 = (int)(t1166_q % 2);
            const long t1166_q_2 = t1166_q / 2;
            const int t1166_1 = (int)(t1166_q_2 % d_T);
            const int t1166_0 = (int)(t1166_q_2 / d_T);
            const int t1167_2 = (int)(o_280 % 16);
            const float v3_48 = acc1_3.s7 + x6[(long)t1167_2];
            y4[(((long)t1166_0 * 2 + t1166_2) * 8 + t1166_3) * d_T + t1166_1] = v3_48;
          }
          if (1) {
            const long o_281 = om_15 * 16 + 8L;
            const int t1168_3 = (int)(o_281 % 8);
            const long t1168_q = o_281 / 8;
            const int t1168_2 = (int)(t1168_q % 2);
            const long t1168_q_2 = t1168_q / 2;
            const int t1168_1 = (int)(t1168_q_2 % d_T);
            const int t1168_0 = (int)(t1168_q_2 / d_T);
            const int t1169_2 = (int)(o_281 % 16);
            const float v3_49 = acc1_3.s8 + x6[(long)t1169_2];
            y2[(((long)t1168_0 * 2 + t1168_2) * d_T + t1168_1) * 8 + t1168_3] = v3_49;
            const int t1170_3 = (int)(o_281 % 8);
            const long t1170_q = o_281 / 8;
            const int t1170_2 = (int)(t1170_q % 2);
            const long t1170_q_2 = t1170_q / 2;
            const int t1170_1 = (int)(t1170_q_2 % d_T);
            const int t1170_0 = (int)(t1170_q_2 / d_T);
            const int t1171_2 = (int)(o_281 % 16);
            const float v3_50 = acc1_3.s8 + x6[(long)t1171_2];
            y4[(((long)t1170_0 * 2 + t1170_2) * 8 + t1170_3) * d_T + t1170_1] = v3_50;
          }
          if (1) {
            const long o_282 = om_15 * 16 + 9L;
            const int t1172_3 = (int)(o_282 % 8);
            const long t1172_q = o_282 / 8;
            const int t1172_2 = (int)(t1172_q % 2);
            const long t1172_q_2 = t1172_q / 2;
            const int t1172_1 = (int)(t1172_q_2 % d_T);
            const int t1172_0 = (int)(t1172_q_2 / d_T);
            const int t1173_2 = (int)(o_282 % 16);
            const float v3_51 = acc1_3.s9 + x6[(long)t1173_2];
            y2[(((long)t1172_0 * 2 + t1172_2) * d_T + t1172_1) * 8 + t1172_3] = v3_51;
            const int t1174_3 = (int)(o_282 % 8);
            const long t1174_q = o_282 / 8;
            const int t1174_2 = (int)(t1174_q % 2);
            const long t1174_q_2 = t1174_q / 2;
            const int t1174_1 = (int)(t1174_q_2 % d_T);
            const int t1174_0 = (int)(t1174_q_2 / d_T);
            const int t1175_2 = (int)(o_282 % 16);
            const float v3_52 = acc1_3.s9 + x6[(long)t1175_2];
            y4[(((long)t1174_0 * 2 + t1174_2) * 8 + t1174_3) * d_T + t1174_1] = v3_52;
          }
          if (1) {
            const long o_283 = om_15 * 16 + 10L;
            const int t1176_3 = (int)(o_283 % 8);
            const long t1176_q = o_283 / 8;
            const int t1176_2 = (int)(t1176_q % 2);
            const long t1176_q_2 = t1176_q / 2;
            const int t1176_1 = (int)(t1176_q_2 % d_T);
            const int t1176_0 = (int)(t1176_q_2 / d_T);
            const int t1177_2 = (int)(o_283 % 16);
            const float v3_53 = acc1_3.sa + x6[(long)t1177_2];
            y2[(((long)t1176_0 * 2 + t1176_2) * d_T + t1176_1) * 8 + t1176_3] = v3_53;
            const int t1178_3 = (int)(o_283 % 8);
            const long t1178_q = o_283 / 8;
            const int t1178_2 = (int)(t1178_q % 2);
            const long t1178_q_2 = t1178_q / 2;
            const int t1178_1 = (int)(t1178_q_2 % d_T);
            const int t1178_0 = (int)(t1178_q_2 / d_T);
            const int t1179_2 = (int)(o_283 % 16);
            const float v3_54 = acc1_3.sa + x6[(long)t1179_2];
            y4[(((long)t1178_0 * 2 + t1178_2) * 8 + t1178_3) * d_T + t1178_1] = v3_54;
          }
          if (1) {
            const long o_284 = om_15 * 16 + 11L;
            const int t1180_3 = (int)(o_284 % 8);
            const long t1180_q = o_284 / 8;
            const int t1180_2 = (int)(t1180_q % 2);
            const long t1180_q_2 = t1180_q / 2;
            const int t1180_1 = (int)(t1180_q_2 % d_T);
            const int t1180_0 = (int)(t1180_q_2 / d_T);
            const int t1181_2 = (int)(o_284 % 16);
            const float v3_55 = acc1_3.sb + x6[(long)t1181_2];
            y2[(((long)t1180_0 * 2 + t1180_2) * d_T + t1180_1) * 8 + t1180_3] = v3_55;
            const int t1182_3 = (int)(o_284 % 8);
            const long t1182_q = o_284 / 8;
            const int t1182_2 = (int)(t1182_q % 2);
            const long t1182_q_2 = t1182_q / 2;
            const int t1182_1 = (int)(t1182_q_2 % d_T);
            const int t1182_0 = (int)(t1182_q_2 / d_T);
            const int t1183_2 = (int)(o_284 % 16);
            const float v3_56 = acc1_3.sb + x6[(long)t1183_2];
            y4[(((long)t1182_0 * 2 + t1182_2) * 8 + t1182_3) * d_T + t1182_1] = v3_56;
          }
          if (1) {
            const long o_285 = om_15 * 16 + 12L;
            const int t1184_3 = (int)(o_285 % 8);
            const long t1184_q = o_285 / 8;
            const int t1184_2 = (int)(t1184_q % 2);
            const long t1184_q_2 = t1184_q / 2;
            const int t1184_1 = (int)(t1184_q_2 % d_T);
            const int t1184_0 = (int)(t1184_q_2 / d_T);
            const int t1185_2 = (int)(o_285 % 16);
            const float v3_57 = acc1_3.sc + x6[(long)t1185_2];
            y2[(((long)t1184_0 * 2 + t1184_2) * d_T + t1184_1) * 8 + t1184_3] = v3_57;
            const int t1186_3 = (int)(o_285 % 8);
            const long t1186_q = o_285 / 8;
            const int t1186_2 = (int)(t1186_q % 2);
            const long t1186_q_2 = t1186_q / 2;
            const int t1186_1 = (int)(t1186_q_2 % d_T);
            const int t1186_0 = (int)(t1186_q_2 / d_T);
            const int t1187_2 = (int)(o_285 % 16);
            const float v3_58 = acc1_3.sc + x6[(long)t1187_2];
            y4[(((long)t1186_0 * 2 + t1186_2) * 8 + t1186_3) * d_T + t1186_1] = v3_58;
          }
          if (1) {
            const long o_286 = om_15 * 16 + 13L;
            const int t1188_3 = (int)(o_286 % 8);
            const long t1188_q = o_286 / 8;
            const int t1188_2 = (int)(t1188_q % 2);
            const long t1188_q_2 = t1188_q / 2;
            const int t1188_1 = (int)(t1188_q_2 % d_T);
            const int t1188_0 = (int)(t1188_q_2 / d_T);
            const int t1189_2 = (int)(o_286 % 16);
            const float v3_59 = acc1_3.sd + x6[(long)t1189_2];
            y2[(((long)t1188_0 * 2 + t1188_2) * d_T + t1188_1) * 8 + t1188_3] = v3_59;
            const int t1190_3 = (int)(o_286 % 8);
            const long t1190_q = o_286 / 8;
            const int t1190_2 = (int)(t1190_q % 2);
            const long t1190_q_2 = t1190_q / 2;
            const int t1190_1 = (int)(t1190_q_2 % d_T);
            const int t1190_0 = (int)(t1190_q_2 / d_T);
            const int t1191_2 = (int)(o_286 % 16);
            const float v3_60 = acc1_3.sd + x6[(long)t1191_2];
            y4[(((long)t1190_0 * 2 + t1190_2) * 8 + t1190_3) * d_T + t1190_1] = v3_60;
          }
          if (1) {
            const long o_287 = om_15 * 16 + 14L;
            const int t1192_3 = (int)(o_287 % 8);
            const long t1192_q = o_287 / 8;
            const int t1192_2 = (int)(t1192_q % 2);
            const long t1192_q_2 = t1192_q / 2;
            const int t1192_1 = (int)(t1192_q_2 % d_T);
            const int t1192_0 = (int)(t1192_q_2 / d_T);
            const int t1193_2 = (int)(o_287 % 16);
            const float v3_61 = acc1_3.se + x6[(long)t1193_2];
            y2[(((long)t1192_0 * 2 + t1192_2) * d_T + t1192_1) * 8 + t1192_3] = v3_61;
            const int t1194_3 = (int)(o_287 % 8);
            const long t1194_q = o_287 / 8;
            const int t1194_2 = (int)(t1194_q % 2);
            const long t1194_q_2 = t1194_q / 2;
            const int t1194_1 = (int)(t1194_q_2 % d_T);
            const int t1194_0 = (int)(t1194_q_2 / d_T);
            const int t1195_2 = (int)(o_287 % 16);
            const float v3_62 = acc1_3.se + x6[(long)t1195_2];
            y4[(((long)t1194_0 * 2 + t1194_2) * 8 + t1194_3) * d_T + t1194_1] = v3_62;
          }
          if (1) {
            const long o_288 = om_15 * 16 + 15L;
            const int t1196_3 = (int)(o_288 % 8);
            const long t1196_q = o_288 / 8;
            const int t1196_2 = (int)(t1196_q % 2);
            const long t1196_q_2 = t1196_q / 2;
            const int t1196_1 = (int)(t1196_q_2 % d_T);
            const int t1196_0 = (int)(t1196_q_2 / d_T);
            const int t1197_2 = (int)(o_288 % 16);
            const float v3_63 = acc1_3.sf + x6[(long)t1197_2];
            y2[(((long)t1196_0 * 2 + t1196_2) * d_T + t1196_1) * 8 + t1196_3] = v3_63;
            const int t1198_3 = (int)(o_288 % 8);
            const long t1198_q = o_288 / 8;
            const int t1198_2 = (int)(t1198_q % 2);
            const long t1198_q_2 = t1198_q / 2;
            const int t1198_1 = (int)(t1198_q_2 % d_T);
            const int t1198_0 = (int)(t1198_q_2 / d_T);
            const int t1199_2 = (int)(o_288 % 16);
            const float v3_64 = acc1_3.sf + x6[(long)t1199_2];
            y4[(((long)t1198_0 * 2 + t1198_2) * 8 + t1198_3) * d_T + t1198_1] = v3_64;
          }
        }
        const long om_16 = m0_3 + 2;
        if (om_16 < M_3) {
          if (1) {
            const long o_289 = om_16 * 16;
            const int t1200_3 = (int)(o_289 % 8);
            const long t1200_q = o_289 / 8;
            const int t1200_2 = (int)(t1200_q % 2);
            const long t1200_q_2 = t1200_q / 2;
            const int t1200_1 = (int)(t1200_q_2 % d_T);
            const int t1200_0 = (int)(t1200_q_2 / d_T);
            const int t1201_2 = (int)(o_289 % 16);
            const float v3_65 = acc2_3.s0 + x6[(long)t1201_2];
            y2[(((long)t1200_0 * 2 + t1200_2) * d_T + t1200_1) * 8 + t1200_3] = v3_65;
            const int t1202_3 = (int)(o_289 % 8);
            const long t1202_q = o_289 / 8;
            const int t1202_2 = (int)(t1202_q % 2);
            const long t1202_q_2 = t1202_q / 2;
            const int t1202_1 = (int)(t1202_q_2 % d_T);
            const int t1202_0 = (int)(t1202_q_2 / d_T);
            const int t1203_2 = (int)(o_289 % 16);
            const float v3_66 = acc2_3.s0 + x6[(long)t1203_2];
            y4[(((long)t1202_0 * 2 + t1202_2) * 8 + t1202_3) * d_T + t1202_1] = v3_66;
          }
          if (1) {
            const long o_290 = om_16 * 16 + 1L;
            const int t1204_3 = (int)(o_290 % 8);
            const long t1204_q = o_290 / 8;
            const int t1204_2 = (int)(t1204_q % 2);
            const long t1204_q_2 = t1204_q / 2;
            const int t1204_1 = (int)(t1204_q_2 % d_T);
            const int t1204_0 = (int)(t1204_q_2 / d_T);
            const int t1205_2 = (int)(o_290 % 16);
            const float v3_67 = acc2_3.s1 + x6[(long)t1205_2];
            y2[(((long)t1204_0 * 2 + t1204_2) * d_T + t1204_1) * 8 + t1204_3] = v3_67;
            const int t1206_3 = (int)(o_290 % 8);
            const long t1206_q = o_290 / 8;
            const int t1206_2 = (int)(t1206_q % 2);
            const long t1206_q_2 = t1206_q / 2;
            const int t1206_1 = (int)(t1206_q_2 % d_T);
            const int t1206_0 = (int)(t1206_q_2 / d_T);
            const int t1207_2 = (int)(o_290 % 16);
            const float v3_68 = acc2_3.s1 + x6[(long)t1207_2];
            y4[(((long)t1206_0 * 2 + t1206_2) * 8 + t1206_3) * d_T + t1206_1] = v3_68;
          }
          if (1) {
            const long o_291 = om_16 * 16 + 2L;
            const int t1208_3 = (int)(o_291 % 8);
            const long t1208_q = o_291 / 8;
            const int t1208_2 = (int)(t1208_q % 2);
            const long t1208_q_2 = t1208_q / 2;
            const int t1208_1 = (int)(t1208_q_2 % d_T);
            const int t1208_0 = (int)(t1208_q_2 / d_T);
            const int t1209_2 = (int)(o_291 % 16);
            const float v3_69 = acc2_3.s2 + x6[(long)t1209_2];
            y2[(((long)t1208_0 * 2 + t1208_2) * d_T + t1208_1) * 8 + t1208_3] = v3_69;
            const int t1210_3 = (int)(o_291 % 8);
            const long t1210_q = o_291 / 8;
            const int t1210_2 = (int)(t1210_q % 2);
            const long t1210_q_2 = t1210_q / 2;
            const int t1210_1 = (int)(t1210_q_2 % d_T);
            const int t1210_0 = (int)(t1210_q_2 / d_T);
            const int t1211_2 = (int)(o_291 % 16);
            const float v3_70 = acc2_3.s2 + x6[(long)t1211_2];
            y4[(((long)t1210_0 * 2 + t1210_2) * 8 + t1210_3) * d_T + t1210_1] = v3_70;
          }
          if (1) {
            const long o_292 = om_16 * 16 + 3L;
            const int t1212_3 = (int)(o_292 % 8);
            const long t1212_q = o_292 / 8;
            const int t1212_2 = (int)(t1212_q % 2);
            const long t1212_q_2 = t1212_q / 2;
            const int t1212_1 = (int)(t1212_q_2 % d_T);
            const int t1212_0 = (int)(t1212_q_2 / d_T);
            const int t1213_2 = (int)(o_292 % 16);
            const float v3_71 = acc2_3.s3 + x6[(long)t1213_2];
            y2[(((long)t1212_0 * 2 + t1212_2) * d_T + t1212_1) * 8 + t1212_3] = v3_71;
            const int t1214_3 = (int)(o_292 % 8);
            const long t1214_q = o_292 / 8;
            const int t1214_2 = (int)(t1214_q % 2);
            const long t1214_q_2 = t1214_q / 2;
            const int t1214_1 = (int)(t1214_q_2 % d_T);
            const int t1214_0 = (int)(t1214_q_2 / d_T);
            const int t1215_2 = (int)(o_292 % 16);
            const float v3_72 = acc2_3.s3 + x6[(long)t1215_2];
            y4[(((long)t1214_0 * 2 + t1214_2) * 8 + t1214_3) * d_T + t1214_1] = v3_72;
          }
          if (1) {
            const long o_293 = om_16 * 16 + 4L;
            const int t1216_3 = (int)(o_293 % 8);
            const long t1216_q = o_293 / 8;
            const int t1216_2 = (int)(t1216_q % 2);
            const long t1216_q_2 = t1216_q / 2;
            const int t1216_1 = (int)(t1216_q_2 % d_T);
            const int t1216_0 = (int)(t1216_q_2 / d_T);
            const int t1217_2 = (int)(o_293 % 16);
            const float v3_73 = acc2_3.s4 + x6[(long)t1217_2];
            y2[(((long)t1216_0 * 2 + t1216_2) * d_T + t1216_1) * 8 + t1216_3] = v3_73;
            const int t1218_3 = (int)(o_293 % 8);
            const long t1218_q = o_293 / 8;
            const int t1218_2 = (int)(t1218_q % 2);
            const long t1218_q_2 = t1218_q / 2;
            const int t1218_1 = (int)(t1218_q_2 % d_T);
            const int t1218_0 = (int)(t1218_q_2 / d_T);
            const int t1219_2 = (int)(o_293 % 16);
            const float v3_74 = acc2_3.s4 + x6[(long)t1219_2];
            y4[(((long)t1218_0 * 2 + t1218_2) * 8 + t1218_3) * d_T + t1218_1] = v3_74;
          }
          if (1) {
            const long o_294 = om_16 * 16 + 5L;
            const int t1220_3 = (int)(o_294 % 8);
            const long t1220_q = o_294 / 8;
            const int t1220_2 = (int)(t1220_q % 2);
            const long t1220_q_2 = t1220_q / 2;
            const int t1220_1 = (int)(t1220_q_2 % d_T);
            const int t1220_0 = (int)(t1220_q_2 / d_T);
            const int t1221_2 = (int)(o_294 % 16);
            const float v3_75 = acc2_3.s5 + x6[(long)t1221_2];
            y2[(((long)t1220_0 * 2 + t1220_2) * d_T + t1220_1) * 8 + t1220_3] = v3_75;
            const int t1222_3 = (int)(o_294 % 8);
            const long t1222_q = o_294 / 8;
            const int t1222_2 = (int)(t1222_q % 2);
            const long t1222_q_2 = t1222_q / 2;
            const int t1222_1 = (int)(t1222_q_2 % d_T);
            const int t1222_0 = (int)(t1222_q_2 / d_T);
            const int t1223_2 = (int)(o_294 % 16);
            const float v3_76 = acc2_3.s5 + x6[(long)t1223_2];
            y4[(((long)t1222_0 * 2 + t1222_2) * 8 + t1222_3) * d_T + t1222_1] = v3_76;
          }
          if (1) {
            const long o_295 = om_16 * 16 + 6L;
            const int t1224_3 = (int)(o_295 % 8);
            const long t1224_q = o_295 / 8;
            const int t1224_2 = (int)(t1224_q % 2);
            const long t1224_q_2 = t1224_q / 2;
            const int t1224_1 = (int)(t1224_q_2 % d_T);
            const int t1224_0 = (int)(t1224_q_2 / d_T);
            const int t1225_2 = (int)(o_295 % 16);
            const float v3_77 = acc2_3.s6 + x6[(long)t1225_2];
            y2[(((long)t1224_0 * 2 + t1224_2) * d_T + t1224_1) * 8 + t1224_3] = v3_77;
            const int t1226_3 = (int)(o_295 % 8);
            const long t1226_q = o_295 / 8;
            const int t1226_2 = (int)(t1226_q % 2);
            const long t1226_q_2 = t1226_q / 2;
            const int t1226_1 = (int)(t1226_q_2 % d_T);
            const int t1226_0 = (int)(t1226_q_2 / d_T);
            const int t1227_2 = (int)(o_295 % 16);
            const float v3_78 = acc2_3.s6 + x6[(long)t1227_2];
            y4[(((long)t1226_0 * 2 + t1226_2) * 8 + t1226_3) * d_T + t1226_1] = v3_78;
          }
          if (1) {
            const long o_296 = om_16 * 16 + 7L;
            const int t1228_3 = (int)(o_296 % 8);
            const long t1228_q = o_296 / 8;
            const int t1228_2 = (int)(t1228_q % 2);
            const long t1228_q_2 = t1228_q / 2;
            const int t1228_1 = (int)(t1228_q_2 % d_T);
            const int t1228_0 = (int)(t1228_q_2 / d_T);
            const int t1229_2 = (int)(o_296 % 16);
            const float v3_79 = acc2_3.s7 + x6[(long)t1229_2];
            y2[(((long)t1228_0 * 2 + t1228_2) * d_T + t1228_1) * 8 + t1228_3] = v3_79;
            const int t1230_3 = (int)(o_296 % 8);
            const long t1230_q = o_296 / 8;
            const int t1230_2 = (int)(t1230_q % 2);
            const long t1230_q_2 = t1230_q / 2;
            const int t1230_1 = (int)(t1230_q_2 % d_T);
            const int t1230_0 = (int)(t1230_q_2 / d_T);
            const int t1231_2 = (int)(o_296 % 16);
            const float v3_80 = acc2_3.s7 + x6[(long)t1231_2];
            y4[(((long)t1230_0 * 2 + t1230_2) * 8 + t1230_3) * d_T + t1230_1] = v3_80;
          }
          if (1) {
            const long o_297 = om_16 * 16 + 8L;
            const int t1232_3 = (int)(o_297 % 8);
            const long t1232_q = o_297 / 8;
            const int t1232_2 = (int)(t1232_q % 2);
            const long t1232_q_2 = t1232_q / 2;
            const int t1232_1 = (int)(t1232_q_2 % d_T);
            const int t1232_0 = (int)(t1232_q_2 / d_T);
            const int t1233_2 = (int)(o_297 % 16);
            const float v3_81 = acc2_3.s8 + x6[(long)t1233_2];
            y2[(((long)t1232_0 * 2 + t1232_2) * d_T + t1232_1) * 8 + t1232_3] = v3_81;
            const int t1234_3 = (int)(o_297 % 8);
            const long t1234_q = o_297 / 8;
            const int t1234_2 = (int)(t1234_q % 2);
            const long t1234_q_2 = t1234_q / 2;
            const int t1234_1 = (int)(t1234_q_2 % d_T);
            const int t1234_0 = (int)(t1234_q_2 / d_T);
            const int t1235_2 = (int)(o_297 % 16);
            const float v3_82 = acc2_3.s8 + x6[(long)t1235_2];
            y4[(((long)t1234_0 * 2 + t1234_2) * 8 + t1234_3) * d_T + t1234_1] = v3_82;
          }
          if (1) {
            const long o_298 = om_16 * 16 + 9L;
            const int t1236_3 = (int)(o_298 % 8);
            const long t1236_q = o_298 / 8;
            const int t1236_2 = (int)(t1236_q % 2);
            const long t1236_q_2 = t1236_q / 2;
            const int t1236_1 = (int)(t1236_q_2 % d_T);
            const int t1236_0 = (int)(t1236_q_2 / d_T);
            const int t1237_2 = (int)(o_298 % 16);
            const float v3_83 = acc2_3.s9 + x6[(long)t1237_2];
            y2[(((long)t1236_0 * 2 + t1236_2) * d_T + t1236_1) * 8 + t1236_3] = v3_83;
            const int t1238_3 = (int)(o_298 % 8);
            const long t1238_q = o_298 / 8;
            const int t1238_2 = (int)(t1238_q % 2);
            const long t1238_q_2 = t1238_q / 2;
            const int t1238_1 = (int)(t1238_q_2 % d_T);
            const int t1238_0 = (int)(t1238_q_2 / d_T);
            const int t1239_2 = (int)(o_298 % 16);
            const float v3_84 = acc2_3.s9 + x6[(long)t1239_2];
            y4[(((long)t1238_0 * 2 + t1238_2) * 8 + t1238_3) * d_T + t1238_1] = v3_84;
          }
          if (1) {
            const long o_299 = om_16 * 16 + 10L;
            const int t1240_3 = (int)(o_299 % 8);
            const long t1240_q = o_299 / 8;
            const int t1240_2 = (int)(t1240_q % 2);
            const long t1240_q_2 = t1240_q / 2;
            const int t1240_1 = (int)(t1240_q_2 % d_T);
            const int t1240_0 = (int)(t1240_q_2 / d_T);
            const int t1241_2 = (int)(o_299 % 16);
            const float v3_85 = acc2_3.sa + x6[(long)t1241_2];
            y2[(((long)t1240_0 * 2 + t1240_2) * d_T + t1240_1) * 8 + t1240_3] = v3_85;
            const int t1242_3 = (int)(o_299 % 8);
            const long t1242_q = o_299 / 8;
            const int t1242_2 = (int)(t1242_q % 2);
            const long t1242_q_2 = t1242_q / 2;
            const int t1242_1 = (int)(t1242_q_2 % d_T);
            const int t1242_0 = (int)(t1242_q_2 / d_T);
            const int t1243_2 = (int)(o_299 % 16);
            const float v3_86 = acc2_3.sa + x6[(long)t1243_2];
            y4[(((long)t1242_0 * 2 + t1242_2) * 8 + t1242_3) * d_T + t1242_1] = v3_86;
          }
          if (1) {
            const long o_300 = om_16 * 16 + 11L;
            const int t1244_3 = (int)(o_300 % 8);
            const long t1244_q = o_300 / 8;
            const int t1244_2 = (int)(t1244_q % 2);
            const long t1244_q_2 = t1244_q / 2;
            const int t1244_1 = (int)(t1244_q_2 % d_T);
            const int t1244_0 = (int)(t1244_q_2 / d_T);
            const int t1245_2 = (int)(o_300 % 16);
            const float v3_87 = acc2_3.sb + x6[(long)t1245_2];
            y2[(((long)t1244_0 * 2 + t1244_2) * d_T + t1244_1) * 8 + t1244_3] = v3_87;
            const int t1246_3 = (int)(o_300 % 8);
            const long t1246_q = o_300 / 8;
            const int t1246_2 = (int)(t1246_q % 2);
            const long t1246_q_2 = t1246_q / 2;
            const int t1246_1 = (int)(t1246_q_2 % d_T);
            const int t1246_0 = (int)(t1246_q_2 / d_T);
            const int t1247_2 = (int)(o_300 % 16);
            const float v3_88 = acc2_3.sb + x6[(long)t1247_2];
            y4[(((long)t1246_0 * 2 + t1246_2) * 8 + t1246_3) * d_T + t1246_1] = v3_88;
          }
          if (1) {
            const long o_301 = om_16 * 16 + 12L;
            const int t1248_3 = (int)(o_301 % 8);
            const long t1248_q = o_301 / 8;
            const int t1248_2 = (int)(t1248_q % 2);
            const long t1248_q_2 = t1248_q / 2;
            const int t1248_1 = (int)(t1248_q_2 % d_T);
            const int t1248_0 = (int)(t1248_q_2 / d_T);
            const int t1249_2 = (int)(o_301 % 16);
            const float v3_89 = acc2_3.sc + x6[(long)t1249_2];
            y2[(((long)t1248_0 * 2 + t1248_2) * d_T + t1248_1) * 8 + t1248_3] = v3_89;
            const int t1250_3 = (int)(o_301 % 8);
            const long t1250_q = o_301 / 8;
            const int t1250_2 = (int)(t1250_q % 2);
            const long t1250_q_2 = t1250_q / 2;
            const int t1250_1 = (int)(t1250_q_2 % d_T);
            const int t1250_0 = (int)(t1250_q_2 / d_T);
            const int t1251_2 = (int)(o_301 % 16);
            const float v3_90 = acc2_3.sc + x6[(long)t1251_2];
            y4[(((long)t1250_0 * 2 + t1250_2) * 8 + t1250_3) * d_T + t1250_1] = v3_90;
          }
          if (1) {
            const long o_302 = om_16 * 16 + 13L;
            const int t1252_3 = (int)(o_302 % 8);
            const long t1252_q = o_302 / 8;
            const int t1252_2 = (int)(t1252_q % 2);
            const long t1252_q_2 = t1252_q / 2;
            const int t1252_1 = (int)(t1252_q_2 % d_T);
            const int t1252_0 = (int)(t1252_q_2 / d_T);
            const int t1253_2 = (int)(o_302 % 16);
            const float v3_91 = acc2_3.sd + x6[(long)t1253_2];
            y2[(((long)t1252_0 * 2 + t1252_2) * d_T + t1252_1) * 8 + t1252_3] = v3_91;
            const int t1254_3 = (int)(o_302 % 8);
            const long t1254_q = o_302 / 8;
            const int t1254_2 = (int)(t1254_q % 2);
            const long t1254_q_2 = t1254_q / 2;
            const int t1254_1 = (int)(t1254_q_2 % d_T);
            const int t1254_0 = (int)(t1254_q_2 / d_T);
            const int t1255_2 = (int)(o_302 % 16);
            const float v3_92 = acc2_3.sd + x6[(long)t1255_2];
            y4[(((long)t1254_0 * 2 + t1254_2) * 8 + t1254_3) * d_T + t1254_1] = v3_92;
          }
          if (1) {
            const long o_303 = om_16 * 16 + 14L;
            const int t1256_3 = (int)(o_303 % 8);
            const long t1256_q = o_303 / 8;
            const int t1256_2 = (int)(t1256_q % 2);
            const long t1256_q_2 = t1256_q / 2;
            const int t1256_1 = (int)(t1256_q_2 % d_T);
            const int t1256_0 = (int)(t1256_q_2 / d_T);
            const int t1257_2 = (int)(o_303 % 16);
            const float v3_93 = acc2_3.se + x6[(long)t1257_2];
            y2[(((long)t1256_0 * 2 + t1256_2) * d_T + t1256_1) * 8 + t1256_3] = v3_93;
            const int t1258_3 = (int)(o_303 % 8);
            const long t1258_q = o_303 / 8;
            const int t1258_2 = (int)(t1258_q % 2);
            const long t1258_q_2 = t1258_q / 2;
            const int t1258_1 = (int)(t1258_q_2 % d_T);
            const int t1258_0 = (int)(t1258_q_2 / d_T);
            const int t1259_2 = (int)(o_303 % 16);
            const float v3_94 = acc2_3.se + x6[(long)t1259_2];
            y4[(((long)t1258_0 * 2 + t1258_2) * 8 + t1258_3) * d_T + t1258_1] = v3_94;
          }
          if (1) {
            const long o_304 = om_16 * 16 + 15L;
            const int t1260_3 = (int)(o_304 % 8);
            const long t1260_q = o_304 / 8;
            const int t1260_2 = (int)(t1260_q % 2);
            const long t1260_q_2 = t1260_q / 2;
            const int t1260_1 = (int)(t1260_q_2 % d_T);
            const int t1260_0 = (int)(t1260_q_2 / d_T);
            const int t1261_2 = (int)(o_304 % 16);
            const float v3_95 = acc2_3.sf + x6[(long)t1261_2];
            y2[(((long)t1260_0 * 2 + t1260_2) * d_T + t1260_1) * 8 + t1260_3] = v3_95;
            const int t1262_3 = (int)(o_304 % 8);
            const long t1262_q = o_304 / 8;
            const int t1262_2 = (int)(t1262_q % 2);
            const long t1262_q_2 = t1262_q / 2;
            const int t1262_1 = (int)(t1262_q_2 % d_T);
            const int t1262_0 = (int)(t1262_q_2 / d_T);
            const int t1263_2 = (int)(o_304 % 16);
            const float v3_96 = acc2_3.sf + x6[(long)t1263_2];
            y4[(((long)t1262_0 * 2 + t1262_2) * 8 + t1262_3) * d_T + t1262_1] = v3_96;
          }
        }
        const long om_17 = m0_3 + 3;
        if (om_17 < M_3) {
          if (1) {
            const long o_305 = om_17 * 16;
            const int t1264_3 = (int)(o_305 % 8);
            const long t1264_q = o_305 / 8;
            const int t1264_2 = (int)(t1264_q % 2);
            const long t1264_q_2 = t1264_q / 2;
            const int t1264_1 = (int)(t1264_q_2 % d_T);
            const int t1264_0 = (int)(t1264_q_2 / d_T);
            const int t1265_2 = (int)(o_305 % 16);
            const float v3_97 = acc3_3.s0 + x6[(long)t1265_2];
            y2[(((long)t1264_0 * 2 + t1264_2) * d_T + t1264_1) * 8 + t1264_3] = v3_97;
            const int t1266_3 = (int)(o_305 % 8);
            const long t1266_q = o_305 / 8;
            const int t1266_2 = (int)(t1266_q % 2);
            const long t1266_q_2 = t1266_q / 2;
            const int t1266_1 = (int)(t1266_q_2 % d_T);
            const int t1266_0 = (int)(t1266_q_2 / d_T);
            const int t1267_2 = (int)(o_305 % 16);
            const float v3_98 = acc3_3.s0 + x6[(long)t1267_2];
            y4[(((long)t1266_0 * 2 + t1266_2) * 8 + t1266_3) * d_T + t1266_1] = v3_98;
          }
          if (1) {
            const long o_306 = om_17 * 16 + 1L;
            const int t1268_3 = (int)(o_306 % 8);
            const long t1268_q = o_306 / 8;
            const int t1268_2 = (int)(t1268_q % 2);
            const long t1268_q_2 = t1268_q / 2;
            const int t1268_1 = (int)(t1268_q_2 % d_T);
            const int t1268_0 = (int)(t1268_q_2 / d_T);
            const int t1269_2 = (int)(o_306 % 16);
            const float v3_99 = acc3_3.s1 + x6[(long)t1269_2];
            y2[(((long)t1268_0 * 2 + t1268_2) * d_T + t1268_1) * 8 + t1268_3] = v3_99;
            const int t1270_3 = (int)(o_306 % 8);
            const long t1270_q = o_306 / 8;
            const int t1270_2 = (int)(t1270_q % 2);
            const long t1270_q_2 = t1270_q / 2;
            const int t1270_1 = (int)(t1270_q_2 % d_T);
            const int t1270_0 = (int)(t1270_q_2 / d_T);
            const int t1271_2 = (int)(o_306 % 16);
            const float v3_100 = acc3_3.s1 + x6[(long)t1271_2];
            y4[(((long)t1270_0 * 2 + t1270_2) * 8 + t1270_3) * d_T + t1270_1] = v3_100;
          }
          if (1) {
            const long o_307 = om_17 * 16 + 2L;
            const int t1272_3 = (int)(o_307 % 8);
            const long t1272_q = o_307 / 8;
            const int t1272_2 = (int)(t1272_q % 2);
            const long t1272_q_2 = t1272_q / 2;
            const int t1272_1 = (int)(t1272_q_2 % d_T);
            const int t1272_0 = (int)(t1272_q_2 / d_T);
            const int t1273_2 = (int)(o_307 % 16);
            const float v3_101 = acc3_3.s2 + x6[(long)t1273_2];
            y2[(((long)t1272_0 * 2 + t1272_2) * d_T + t1272_1) * 8 + t1272_3] = v3_101;
            const int t1274_3 = (int)(o_307 % 8);
            const long t1274_q = o_307 / 8;
            const int t1274_2 = (int)(t1274_q % 2);
            const long t1274_q_2 = t1274_q / 2;
            const int t1274_1 = (int)(t1274_q_2 % d_T);
            const int t1274_0 = (int)(t1274_q_2 / d_T);
            const int t1275_2 = (int)(o_307 % 16);
            const float v3_102 = acc3_3.s2 + x6[(long)t1275_2];
            y4[(((long)t1274_0 * 2 + t1274_2) * 8 + t1274_3) * d_T + t1274_1] = v3_102;
          }
          if (1) {
            const long o_308 = om_17 * 16 + 3L;
            const int t1276_3 = (int)(o_308 % 8);
            const long t1276_q = o_308 / 8;
            const int t1276_2 = (int)(t1276_q % 2);
            const long t1276_q_2 = t1276_q / 2;
            const int t1276_1 = (int)(t1276_q_2 % d_T);
            const int t1276_0 = (int)(t1276_q_2 / d_T);
            const int t1277_2 = (int)(o_308 % 16);
            const float v3_103 = acc3_3.s3 + x6[(long)t1277_2];
            y2[(((long)t1276_0 * 2 + t1276_2) * d_T + t1276_1) * 8 + t1276_3] = v3_103;
            const int t1278_3 = (int)(o_308 % 8);
            const long t1278_q = o_308 / 8;
            const int t1278_2 = (int)(t1278_q % 2);
            const long t1278_q_2 = t1278_q / 2;
            const int t1278_1 = (int)(t1278_q_2 % d_T);
            const int t1278_0 = (int)(t1278_q_2 / d_T);
            const int t1279_2 = (int)(o_308 % 16);
            const float v3_104 = acc3_3.s3 + x6[(long)t1279_2];
            y4[(((long)t1278_0 * 2 + t1278_2) * 8 + t1278_3) * d_T + t1278_1] = v3_104;
          }
          if (1) {
            const long o_309 = om_17 * 16 + 4L;
            const int t1280_3 = (int)(o_309 % 8);
            const long t1280_q = o_309 / 8;
            const int t1280_2 = (int)(t1280_q % 2);
            const long t1280_q_2 = t1280_q / 2;
            const int t1280_1 = (int)(t1280_q_2 % d_T);
            const int t1280_0 = (int)(t1280_q_2 / d_T);
            const int t1281_2 = (int)(o_309 % 16);
            const float v3_105 = acc3_3.s4 + x6[(long)t1281_2];
            y2[(((long)t1280_0 * 2 + t1280_2) * d_T + t1280_1) * 8 + t1280_3] = v3_105;
            const int t1282_3 = (int)(o_309 % 8);
            const long t1282_q = o_309 / 8;
            const int t1282_2 = (int)(t1282_q % 2);
            const long t1282_q_2 = t1282_q / 2;
            const int t1282_1 = (int)(t1282_q_2 % d_T);
            const int t1282_0 = (int)(t1282_q_2 / d_T);
            const int t1283_2 = (int)(o_309 % 16);
            const float v3_106 = acc3_3.s4 + x6[(long)t1283_2];
            y4[(((long)t1282_0 * 2 + t1282_2) * 8 + t1282_3) * d_T + t1282_1] = v3_106;
          }
          if (1) {
            const long o_310 = om_17 * 16 + 5L;
            const int t1284_3 = (int)(o_310 % 8);
            const long t1284_q = o_310 / 8;
            const int t1284_2 = (int)(t1284_q % 2);
            const long t1284_q_2 = t1284_q / 2;
            const int t1284_1 = (int)(t1284_q_2 % d_T);
            const int t1284_0 = (int)(t1284_q_2 / d_T);
            const int t1285_2 = (int)(o_310 % 16);
            const float v3_107 = acc3_3.s5 + x6[(long)t1285_2];
            y2[(((long)t1284_0 * 2 + t1284_2) * d_T + t1284_1) * 8 + t1284_3] = v3_107;
            const int t1286_3 = (int)(o_310 % 8);
            const long t1286_q = o_310 / 8;
            const int t1286_2 = (int)(t1286_q % 2);
            const long t1286_q_2 = t1286_q / 2;
            const int t1286_1 = (int)(t1286_q_2 % d_T);
            const int t1286_0 = (int)(t1286_q_2 / d_T);
            const int t1287_2 = (int)(o_310 % 16);
            const float v3_108 = acc3_3.s5 + x6[(long)t1287_2];
            y4[(((long)t1286_0 * 2 + t1286_2) * 8 + t1286_3) * d_T + t1286_1] = v3_108;
          }
          if (1) {
            const long o_311 = om_17 * 16 + 6L;
            const int t1288_3 = (int)(o_311 % 8);
            const long t1288_q = o_311 / 8;
            const int t1288_2 = (int)(t1288_q % 2);
            const long t1288_q_2 = t1288_q / 2;
            const int t1288_1 = (int)(t1288_q_2 % d_T);
            const int t1288_0 = (int)(t1288_q_2 / d_T);
            const int t1289_2 = (int)(o_311 % 16);
            const float v3_109 = acc3_3.s6 + x6[(long)t1289_2];
            y2[(((long)t1288_0 * 2 + t1288_2) * d_T + t1288_1) * 8 + t1288_3] = v3_109;
            const int t1290_3 = (int)(o_311 % 8);
            const long t1290_q = o_311 / 8;
            const int t1290_2 = (int)(t1290_q % 2);
            const long t1290_q_2 = t1290_q / 2;
            const int t1290_1 = (int)(t1290_q_2 % d_T);
            const int t1290_0 = (int)(t1290_q_2 / d_T);
            const int t1291_2 = (int)(o_311 % 16);
            const float v3_110 = acc3_3.s6 + x6[(long)t1291_2];
            y4[(((long)t1290_0 * 2 + t1290_2) * 8 + t1290_3) * d_T + t1290_1] = v3_110;
          }
          if (1) {
            const long o_312 = om_17 * 16 + 7L;
            const int t1292_3 = (int)(o_312 % 8);
            const long t1292_q = o_312 / 8;
            const int t1292_2 = (int)(t1292_q % 2);
            const long t1292_q_2 = t1292_q / 2;
            const int t1292_1 = (int)(t1292_q_2 % d_T);
            const int t1292_0 = (int)(t1292_q_2 / d_T);
            const int t1293_2 = (int)(o_312 % 16);
            const float v3_111 = acc3_3.s7 + x6[(long)t1293_2];
            y2[(((long)t1292_0 * 2 + t1292_2) * d_T + t1292_1) * 8 + t1292_3] = v3_111;
            const int t1294_3 = (int)(o_312 % 8);
            const long t1294_q = o_312 / 8;
            const int t1294_2 = (int)(t1294_q % 2);
            const long t1294_q_2 = t1294_q / 2;
            const int t1294_1 = (int)(t1294_q_2 % d_T);
            const int t1294_0 = (int)(t1294_q_2 / d_T);
            const int t1295_2 = (int)(o_312 % 16);
            const float v3_112 = acc3_3.s7 + x6[(long)t1295_2];
            y4[(((long)t1294_0 * 2 + t1294_2) * 8 + t1294_3) * d_T + t1294_1] = v3_112;
          }
          if (1) {
            const long o_313 = om_17 * 16 + 8L;
            const int t1296_3 = (int)(o_313 % 8);
            const long t1296_q = o_313 / 8;
            const int t1296_2 = (int)(t1296_q % 2);
            const long t1296_q_2 = t1296_q / 2;
            const int t1296_1 = (int)(t1296_q_2 % d_T);
            const int t1296_0 = (int)(t1296_q_2 / d_T);
            const int t1297_2 = (int)(o_313 % 16);
            const float v3_113 = acc3_3.s8 + x6[(long)t1297_2];
            y2[(((long)t1296_0 * 2 + t1296_2) * d_T + t1296_1) * 8 + t1296_3] = v3_113;
            const int t1298_3 = (int)(o_313 % 8);
            const long t1298_q = o_313 / 8;
            const int t1298_2 = (int)(t1298_q % 2);
            const long t1298_q_2 = t1298_q / 2;
            const int t1298_1 = (int)(t1298_q_2 % d_T);
            const int t1298_0 = (int)(t1298_q_2 / d_T);
            const int t1299_2 = (int)(o_313 % 16);
            const float v3_114 = acc3_3.s8 + x6[(long)t1299_2];
            y4[(((long)t1298_0 * 2 + t1298_2) * 8 + t1298_3) * d_T + t1298_1] = v3_114;
          }
          if (1) {
            const long o_314 = om_17 * 16 + 9L;
            const int t1300_3 = (int)(o_314 % 8);
            const long t1300_q = o_314 / 8;
            const int t1300_2 = (int)(t1300_q % 2);
            const long t1300_q_2 = t1300_q / 2;
            const int t1300_1 = (int)(t1300_q_2 % d_T);
            const int t1300_0 = (int)(t1300_q_2 / d_T);
            const int t1301_2 = (int)(o_314 % 16);
            const float v3_115 = acc3_3.s9 + x6[(long)t1301_2];
            y2[(((long)t1300_0 * 2 + t1300_2) * d_T + t1300_1) * 8 + t1300_3] = v3_115;
            const int t1302_3 = (int)(o_314 % 8);
            const long t1302_q = o_314 / 8;
            const int t1302_2 = (int)(t1302_q % 2);
            const long t1302_q_2 = t1302_q / 2;
            const int t1302_1 = (int)(t1302_q_2 % d_T);
            const int t1302_0 = (int)(t1302_q_2 / d_T);
            const int t1303_2 = (int)(o_314 % 16);
            const float v3_116 = acc3_3.s9 + x6[(long)t1303_2];
            y4[(((long)t1302_0 * 2 + t1302_2) * 8 + t1302_3) * d_T + t1302_1] = v3_116;
          }
          if (1) {
            const long o_315 = om_17 * 16 + 10L;
            const int t1304_3 = (int)(o_315 % 8);
            const long t1304_q = o_315 / 8;
            const int t1304_2 = (int)(t1304_q % 2);
            const long t1304_q_2 = t1304_q / 2;
            const int t1304_1 = (int)(t1304_q_2 % d_T);
            const int t1304_0 = (int)(t1304_q_2 / d_T);
            const int t1305_2 = (int)(o_315 % 16);
            const float v3_117 = acc3_3.sa + x6[(long)t1305_2];
            y2[(((long)t1304_0 * 2 + t1304_2) * d_T + t1304_1) * 8 + t1304_3] = v3_117;
            const int t1306_3 = (int)(o_315 % 8);
            const long t1306_q = o_315 / 8;
            const int t1306_2 = (int)(t1306_q % 2);
            const long t1306_q_2 = t1306_q / 2;
            const int t1306_1 = (int)(t1306_q_2 % d_T);
            const int t1306_0 = (int)(t1306_q_2 / d_T);
            const int t1307_2 = (int)(o_315 % 16);
            const float v3_118 = acc3_3.sa + x6[(long)t1307_2];
            y4[(((long)t1306_0 * 2 + t1306_2) * 8 + t1306_3) * d_T + t1306_1] = v3_118;
          }
          if (1) {
            const long o_316 = om_17 * 16 + 11L;
            const int t1308_3 = (int)(o_316 % 8);
            const long t1308_q = o_316 / 8;
            const int t1308_2 = (int)(t1308_q % 2);
            const long t1308_q_2 = t1308_q / 2;
            const int t1308_1 = (int)(t1308_q_2 % d_T);
            const int t1308_0 = (int)(t1308_q_2 / d_T);
            const int t1309_2 = (int)(o_316 % 16);
            const float v3_119 = acc3_3.sb + x6[(long)t1309_2];
            y2[(((long)t1308_0 * 2 + t1308_2) * d_T + t1308_1) * 8 + t1308_3] = v3_119;
            const int t1310_3 = (int)(o_316 % 8);
            const long t1310_q = o_316 / 8;
            const int t1310_2 = (int)(t1310_q % 2);
            const long t1310_q_2 = t1310_q / 2;
            const int t1310_1 = (int)(t1310_q_2 % d_T);
            const int t1310_0 = (int)(t1310_q_2 / d_T);
            const int t1311_2 = (int)(o_316 % 16);
            const float v3_120 = acc3_3.sb + x6[(long)t1311_2];
            y4[(((long)t1310_0 * 2 + t1310_2) * 8 + t1310_3) * d_T + t1310_1] = v3_120;
          }
          if (1) {
            const long o_317 = om_17 * 16 + 12L;
            const int t1312_3 = (int)(o_317 % 8);
            const long t1312_q = o_317 / 8;
            const int t1312_2 = (int)(t1312_q % 2);
            const long t1312_q_2 = t1312_q / 2;
            const int t1312_1 = (int)(t1312_q_2 % d_T);
            const int t1312_0 = (int)(t1312_q_2 / d_T);
            const int t1313_2 = (int)(o_317 % 16);
            const float v3_121 = acc3_3.sc + x6[(long)t1313_2];
            y2[(((long)t1312_0 * 2 + t1312_2) * d_T + t1312_1) * 8 + t1312_3] = v3_121;
            const int t1314_3 = (int)(o_317 % 8);
            const long t1314_q = o_317 / 8;
            const int t1314_2 = (int)(t1314_q % 2);
            const long t1314_q_2 = t1314_q / 2;
            const int t1314_1 = (int)(t1314_q_2 % d_T);
            const int t1314_0 = (int)(t1314_q_2 / d_T);
            const int t1315_2 = (int)(o_317 % 16);
            const float v3_122 = acc3_3.sc + x6[(long)t1315_2];
            y4[(((long)t1314_0 * 2 + t1314_2) * 8 + t1314_3) * d_T + t1314_1] = v3_122;
          }
          if (1) {
            const long o_318 = om_17 * 16 + 13L;
            const int t1316_3 = (int)(o_318 % 8);
            const long t1316_q = o_318 / 8;
            const int t1316_2 = (int)(t1316_q % 2);
            const long t1316_q_2 = t1316_q / 2;
            const int t1316_1 = (int)(t1316_q_2 % d_T);
            const int t1316_0 = (int)(t1316_q_2 / d_T);
            const int t1317_2 = (int)(o_318 % 16);
            const float v3_123 = acc3_3.sd + x6[(long)t1317_2];
            y2[(((long)t1316_0 * 2 + t1316_2) * d_T + t1316_1) * 8 + t1316_3] = v3_123;
            const int t1318_3 = (int)(o_318 % 8);
            const long t1318_q = o_318 / 8;
            const int t1318_2 = (int)(t1318_q % 2);
            const long t1318_q_2 = t1318_q / 2;
            const int t1318_1 = (int)(t1318_q_2 % d_T);
            const int t1318_0 = (int)(t1318_q_2 / d_T);
            const int t1319_2 = (int)(o_318 % 16);
            const float v3_124 = acc3_3.sd + x6[(long)t1319_2];
            y4[(((long)t1318_0 * 2 + t1318_2) * 8 + t1318_3) * d_T + t1318_1] = v3_124;
          }
          if (1) {
            const long o_319 = om_17 * 16 + 14L;
            const int t1320_3 = (int)(o_319 % 8);
            const long t1320_q = o_319 / 8;
            const int t1320_2 = (int)(t1320_q % 2);
            const long t1320_q_2 = t1320_q / 2;
            const int t1320_1 = (int)(t1320_q_2 % d_T);
            const int t1320_0 = (int)(t1320_q_2 / d_T);
            const int t1321_2 = (int)(o_319 % 16);
            const float v3_125 = acc3_3.se + x6[(long)t1321_2];
            y2[(((long)t1320_0 * 2 + t1320_2) * d_T + t1320_1) * 8 + t1320_3] = v3_125;
            const int t1322_3 = (int)(o_319 % 8);
            const long t1322_q = o_319 / 8;
            const int t1322_2 = (int)(t1322_q % 2);
            const long t1322_q_2 = t1322_q / 2;
            const int t1322_1 = (int)(t1322_q_2 % d_T);
            const int t1322_0 = (int)(t1322_q_2 / d_T);
            const int t1323_2 = (int)(o_319 % 16);
            const float v3_126 = acc3_3.se + x6[(long)t1323_2];
            y4[(((long)t1322_0 * 2 + t1322_2) * 8 + t1322_3) * d_T + t1322_1] = v3_126;
          }
          if (1) {
            const long o_320 = om_17 * 16 + 15L;
            const int t1324_3 = (int)(o_320 % 8);
            const long t1324_q = o_320 / 8;
            const int t1324_2 = (int)(t1324_q % 2);
            const long t1324_q_2 = t1324_q / 2;
            const int t1324_1 = (int)(t1324_q_2 % d_T);
            const int t1324_0 = (int)(t1324_q_2 / d_T);
            const int t1325_2 = (int)(o_320 % 16);
            const float v3_127 = acc3_3.sf + x6[(long)t1325_2];
            y2[(((long)t1324_0 * 2 + t1324_2) * d_T + t1324_1) * 8 + t1324_3] = v3_127;
            const int t1326_3 = (int)(o_320 % 8);
            const long t1326_q = o_320 / 8;
            const int t1326_2 = (int)(t1326_q % 2);
            const long t1326_q_2 = t1326_q / 2;
            const int t1326_1 = (int)(t1326_q_2 % d_T);
            const int t1326_0 = (int)(t1326_q_2 / d_T);
            const int t1327_2 = (int)(o_320 % 16);
            const float v3_128 = acc3_3.sf + x6[(long)t1327_2];
            y4[(((long)t1326_0 * 2 + t1326_2) * 8 + t1326_3) * d_T + t1326_1] = v3_128;
          }
        }
        const long om_18 = m0_3 + 4;
        if (om_18 < M_3) {
          if (1) {
            const long o_321 = om_18 * 16;
            const int t1328_3 = (int)(o_321 % 8);
            const long t1328_q = o_321 / 8;
            const int t1328_2 = (int)(t1328_q % 2);
            const long t1328_q_2 = t1328_q / 2;
            const int t1328_1 = (int)(t1328_q_2 % d_T);
            const int t1328_0 = (int)(t1328_q_2 / d_T);
            const int t1329_2 = (int)(o_321 % 16);
            const float v3_129 = acc4_3.s0 + x6[(long)t1329_2];
            y2[(((long)t1328_0 * 2 + t1328_2) * d_T + t1328_1) * 8 + t1328_3] = v3_129;
            const int t1330_3 = (int)(o_321 % 8);
            const long t1330_q = o_321 / 8;
            const int t1330_2 = (int)(t1330_q % 2);
            const long t1330_q_2 = t1330_q / 2;
            const int t1330_1 = (int)(t1330_q_2 % d_T);
            const int t1330_0 = (int)(t1330_q_2 / d_T);
            const int t1331_2 = (int)(o_321 % 16);
            const float v3_130 = acc4_3.s0 + x6[(long)t1331_2];
            y4[(((long)t1330_0 * 2 + t1330_2) * 8 + t1330_3) * d_T + t1330_1] = v3_130;
          }
          if (1) {
            const long o_322 = om_18 * 16 + 1L;
            const int t1332_3 = (int)(o_322 % 8);
            const long t1332_q = o_322 / 8;
            const int t1332_2 = (int)(t1332_q % 2);
            const long t1332_q_2 = t1332_q / 2;
            const int t1332_1 = (int)(t1332_q_2 % d_T);
            const int t1332_0 = (int)(t1332_q_2 / d_T);
            const int t1333_2 = (int)(o_322 % 16);
            const float v3_131 = acc4_3.s1 + x6[(long)t1333_2];
            y2[(((long)t1332_0 * 2 + t1332_2) * d_T + t1332_1) * 8 + t1332_3] = v3_131;
            const int t1334_3 = (int)(o_322 % 8);
            const long t1334_q = o_322 / 8;
            const int t1334_2 = (int)(t1334_q % 2);
            const long t1334_q_2 = t1334_q / 2;
            const int t1334_1 = (int)(t1334_q_2 % d_T);
            const int t1334_0 = (int)(t1334_q_2 / d_T);
            const int t1335_2 = (int)(o_322 % 16);
            const float v3_132 = acc4_3.s1 + x6[(long)t1335_2];
            y4[(((long)t1334_0 * 2 + t1334_2) * 8 + t1334_3) * d_T + t1334_1] = v3_132;
          }
          if (1) {
            const long o_323 = om_18 * 16 + 2L;
            const int t1336_3 = (int)(o_323 % 8);
            const long t1336_q = o_323 / 8;
            const int t1336_2 = (int)(t1336_q % 2);
            const long t1336_q_2 = t1336_q / 2;
            const int t1336_1 = (int)(t1336_q_2 % d_T);
            const int t1336_0 = (int)(t1336_q_2 / d_T);
            const int t1337_2 = (int)(o_323 % 16);
            const float v3_133 = acc4_3.s2 + x6[(long)t1337_2];
            y2[(((long)t1336_0 * 2 + t1336_2) * d_T + t1336_1) * 8 + t1336_3] = v3_133;
            const int t1338_3 = (int)(o_323 % 8);
            const long t1338_q = o_323 / 8;
            const int t1338_2 = (int)(t1338_q % 2);
            const long t1338_q_2 = t1338_q / 2;
            const int t1338_1 = (int)(t1338_q_2 % d_T);
            const int t1338_0 = (int)(t1338_q_2 / d_T);
            const int t1339_2 = (int)(o_323 % 16);
            const float v3_134 = acc4_3.s2 + x6[(long)t1339_2];
            y4[(((long)t1338_0 * 2 + t1338_2) * 8 + t1338_3) * d_T + t1338_1] = v3_134;
          }
          if (1) {
            const long o_324 = om_18 * 16 + 3L;
            const int t1340_3 = (int)(o_324 % 8);
            const long t1340_q = o_324 / 8;
            const int t1340_2 = (int)(t1340_q % 2);
            const long t1340_q_2 = t1340_q / 2;
            const int t1340_1 = (int)(t1340_q_2 % d_T);
            const int t1340_0 = (int)(t1340_q_2 / d_T);
            const int t1341_2 = (int)(o_324 % 16);
            const float v3_135 = acc4_3.s3 + x6[(long)t1341_2];
            y2[(((long)t1340_0 * 2 + t1340_2) * d_T + t1340_1) * 8 + t1340_3] = v3_135;
            const int t1342_3 = (int)(o_324 % 8);
            const long t1342_q = o_324 / 8;
            const int t1342_2 = (int)(t1342_q % 2);
            const long t1342_q_2 = t1342_q / 2;
            const int t1342_1 = (int)(t1342_q_2 % d_T);
            const int t1342_0 = (int)(t1342_q_2 / d_T);
            const int t1343_2 = (int)(o_324 % 16);
            const float v3_136 = acc4_3.s3 + x6[(long)t1343_2];
            y4[(((long)t1342_0 * 2 + t1342_2) * 8 + t1342_3) * d_T + t1342_1] = v3_136;
          }
          if (1) {
            const long o_325 = om_18 * 16 + 4L;
            const int t1344_3 = (int)(o_325 % 8);
            const long t1344_q = o_325 / 8;
            const int t1344_2 = (int)(t1344_q % 2);
            const long t1344_q_2 = t1344_q / 2;
            const int t1344_1 = (int)(t1344_q_2 % d_T);
            const int t1344_0 = (int)(t1344_q_2 / d_T);
            const int t1345_2 = (int)(o_325 % 16);
            const float v3_137 = acc4_3.s4 + x6[(long)t1345_2];
            y2[(((long)t1344_0 * 2 + t1344_2) * d_T + t1344_1) * 8 + t1344_3] = v3_137;
            const int t1346_3 = (int)(o_325 % 8);
            const long t1346_q = o_325 / 8;
            const int t1346_2 = (int)(t1346_q % 2);
            const long t1346_q_2 = t1346_q / 2;
            const int t1346_1 = (int)(t1346_q_2 % d_T);
            const int t1346_0 = (int)(t1346_q_2 / d_T);
            const int t1347_2 = (int)(o_325 % 16);
            const float v3_138 = acc4_3.s4 + x6[(long)t1347_2];
            y4[(((long)t1346_0 * 2 + t1346_2) * 8 + t1346_3) * d_T + t1346_1] = v3_138;
          }
          if (1) {
            const long o_326 = om_18 * 16 + 5L;
            const int t1348_3 = (int)(o_326 % 8);
            const long t1348_q = o_326 / 8;
            const int t1348_2 = (int)(t1348_q % 2);
            const long t1348_q_2 = t1348_q / 2;
            const int t1348_1 = (int)(t1348_q_2 % d_T);
            const int t1348_0 = (int)(t1348_q_2 / d_T);
            const int t1349_2 = (int)(o_326 % 16);
            const float v3_139 = acc4_3.s5 + x6[(long)t1349_2];
            y2[(((long)t1348_0 * 2 + t1348_2) * d_T + t1348_1) * 8 + t1348_3] = v3_139;
            const int t1350_3 = (int)(o_326 % 8);
            const long t1350_q = o_326 / 8;
            const int t1350_2 = (int)(t1350_q % 2);
            const long t1350_q_2 = t1350_q / 2;
            const int t1350_1 = (int)(t1350_q_2 % d_T);
            const int t1350_0 = (int)(t1350_q_2 / d_T);
            const int t1351_2 = (int)(o_326 % 16);
            const float v3_140 = acc4_3.s5 + x6[(long)t1351_2];
            y4[(((long)t1350_0 * 2 + t1350_2) * 8 + t1350_3) * d_T + t1350_1] = v3_140;
          }
          if (1) {
            const long o_327 = om_18 * 16 + 6L;
            const int t1352_3 = (int)(o_327 % 8);
            const long t1352_q = o_327 / 8;
            const int t1352_2 = (int)(t1352_q % 2);
            const long t1352_q_2 = t1352_q / 2;
            const int t1352_1 = (int)(t1352_q_2 % d_T);
            const int t1352_0 = (int)(t1352_q_2 / d_T);
            const int t1353_2 = (int)(o_327 % 16);
            const float v3_141 = acc4_3.s6 + x6[(long)t1353_2];
            y2[(((long)t1352_0 * 2 + t1352_2) * d_T + t1352_1) * 8 + t1352_3] = v3_141;
            const int t1354_3 = (int)(o_327 % 8);
            const long t1354_q = o_327 / 8;
            const int t1354_2 = (int)(t1354_q % 2);
            const long t1354_q_2 = t1354_q / 2;
            const int t1354_1 = (int)(t1354_q_2 % d_T);
            const int t1354_0 = (int)(t1354_q_2 / d_T);
            const int t1355_2 = (int)(o_327 % 16);
            const float v3_142 = acc4_3.s6 + x6[(long)t1355_2];
            y4[(((long)t1354_0 * 2 + t1354_2) * 8 + t1354_3) * d_T + t1354_1] = v3_142;
          }
          if (1) {
            const long o_328 = om_18 * 16 + 7L;
            const int t1356_3 = (int)(o_328 % 8);
            const long t1356_q = o_328 / 8;
            const int t1356_2 = (int)(t1356_q % 2);
            const long t1356_q_2 = t1356_q / 2;
            const int t1356_1 = (int)(t1356_q_2 % d_T);
            const int t1356_0 = (int)(t1356_q_2 / d_T);
            const int t1357_2 = (int)(o_328 % 16);
            const float v3_143 = acc4_3.s7 + x6[(long)t1357_2];
            y2[(((long)t1356_0 * 2 + t1356_2) * d_T + t1356_1) * 8 + t1356_3] = v3_143;
            const int t1358_3 = (int)(o_328 % 8);
            const long t1358_q = o_328 / 8;
            const int t1358_2 = (int)(t1358_q % 2);
            const long t1358_q_2 = t1358_q / 2;
            const int t1358_1 = (int)(t1358_q_2 % d_T);
            const int t1358_0 = (int)(t1358_q_2 / d_T);
            const int t1359_2 = (int)(o_328 % 16);
            const float v3_144 = acc4_3.s7 + x6[(long)t1359_2];
            y4[(((long)t1358_0 * 2 + t1358_2) * 8 + t1358_3) * d_T + t1358_1] = v3_144;
          }
          if (1) {
            const long o_329 = om_18 * 16 + 8L;
            const int t1360_3 = (int)(o_329 % 8);
            const long t1360_q = o_329 / 8;
            const int t1360_2 = (int)(t1360_q % 2);
            const long t1360_q_2 = t1360_q / 2;
            const int t1360_1 = (int)(t1360_q_2 % d_T);
            const int t1360_0 = (int)(t1360_q_2 / d_T);
            const int t1361_2 = (int)(o_329 % 16);
            const float v3_145 = acc4_3.s8 + x6[(long)t1361_2];
            y2[(((long)t1360_0 * 2 + t1360_2) * d_T + t1360_1) * 8 + t1360_3] = v3_145;
            const int t1362_3 = (int)(o_329 % 8);
            const long t1362_q = o_329 / 8;
            const int t1362_2 = (int)(t1362_q % 2);
            const long t1362_q_2 = t1362_q / 2;
            const int t1362_1 = (int)(t1362_q_2 % d_T);
            const int t1362_0 = (int)(t1362_q_2 / d_T);
            const int t1363_2 = (int)(o_329 % 16);
            const float v3_146 = acc4_3.s8 + x6[(long)t1363_2];
            y4[(((long)t1362_0 * 2 + t1362_2) * 8 + t1362_3) * d_T + t1362_1] = v3_146;
          }
          if (1) {
            const long o_330 = om_18 * 16 + 9L;
            const int t1364_3 = (int)(o_330 % 8);
            const long t1364_q = o_330 / 8;
            const int t1364_2 = (int)(t1364_q % 2);
            const long t1364_q_2 = t1364_q / 2;
            const int t1364_1 = (int)(t1364_q_2 % d_T);
            const int t1364_0 = (int)(t1364_q_2 / d_T);
            const int t1365_2 = (int)(o_330 % 16);
            const float v3_147 = acc4_3.s9 + x6[(long)t1365_2];
            y2[(((long)t1364_0 * 2 + t1364_2) * d_T + t1364_1) * 8 + t1364_3] = v3_147;
            const int t1366_3 = (int)(o_330 % 8);
            const long t1366_q = o_330 / 8;
            const int t1366_2 = (int)(t1366_q % 2);
            const long t1366_q_2 = t1366_q / 2;
            const int t1366_1 = (int)(t1366_q_2 % d_T);
            const int t1366_0 = (int)(t1366_q_2 / d_T);
            const int t1367_2 = (int)(o_330 % 16);
            const float v3_148 = acc4_3.s9 + x6[(long)t1367_2];
            y4[(((long)t1366_0 * 2 + t1366_2) * 8 + t1366_3) * d_T + t1366_1] = v3_148;
          }
          if (1) {
            const long o_331 = om_18 * 16 + 10L;
            const int t1368_3 = (int)(o_331 % 8);
            const long t1368_q = o_331 / 8;
            const int t1368_2 = (int)(t1368_q % 2);
            const long t1368_q_2 = t1368_q / 2;
            const int t1368_1 = (int)(t1368_q_2 % d_T);
            const int t1368_0 = (int)(t1368_q_2 / d_T);
            const int t1369_2 = (int)(o_331 % 16);
            const float v3_149 = acc4_3.sa + x6[(long)t1369_2];
            y2[(((long)t1368_0 * 2 + t1368_2) * d_T + t1368_1) * 8 + t1368_3] = v3_149;
            const int t1370_3 = (int)(o_331 % 8);
            const long t1370_q = o_331 / 8;
            const int t1370_2 = (int)(t1370_q % 2);
            const long t1370_q_2 = t1370_q / 2;
            const int t1370_1 = (int)(t1370_q_2 % d_T);
            const int t1370_0 = (int)(t1370_q_2 / d_T);
            const int t1371_2 = (int)(o_331 % 16);
            const float v3_150 = acc4_3.sa + x6[(long)t1371_2];
            y4[(((long)t1370_0 * 2 + t1370_2) * 8 + t1370_3) * d_T + t1370_1] = v3_150;
          }
          if (1) {
            const long o_332 = om_18 * 16 + 11L;
            const int t1372_3 = (int)(o_332 % 8);
            const long t1372_q = o_332 / 8;
            const int t1372_2 = (int)(t1372_q % 2);
            const long t1372_q_2 = t1372_q / 2;
            const int t1372_1 = (int)(t1372_q_2 % d_T);
            const int t1372_0 = (int)(t1372_q_2 / d_T);
            const int t1373_2 = (int)(o_332 % 16);
            const float v3_151 = acc4_3.sb + x6[(long)t1373_2];
            y2[(((long)t1372_0 * 2 + t1372_2) * d_T + t1372_1) * 8 + t1372_3] = v3_151;
            const int t1374_3 = (int)(o_332 % 8);
            const long t1374_q = o_332 / 8;
            const int t1374_2 = (int)(t1374_q % 2);
            const long t1374_q_2 = t1374_q / 2;
            const int t1374_1 = (int)(t1374_q_2 % d_T);
            const int t1374_0 = (int)(t1374_q_2 / d_T);
            const int t1375_2 = (int)(o_332 % 16);
            const float v3_152 = acc4_3.sb + x6[(long)t1375_2];
            y4[(((long)t1374_0 * 2 + t1374_2) * 8 + t1374_3) * d_T + t1374_1] = v3_152;
          }
          if (1) {
            const long o_333 = om_18 * 16 + 12L;
            const int t1376_3 = (int)(o_333 % 8);
            const long t1376_q = o_333 / 8;
            const int t1376_2 = (int)(t1376_q % 2);
            const long t1376_q_2 = t1376_q / 2;
            const int t1376_1 = (int)(t1376_q_2 % d_T);
            const int t1376_0 = (int)(t1376_q_2 / d_T);
            const int t1377_2 = (int)(o_333 % 16);
            const float v3_153 = acc4_3.sc + x6[(long)t1377_2];
            y2[(((long)t1376_0 * 2 + t1376_2) * d_T + t1376_1) * 8 + t1376_3] = v3_153;
            const int t1378_3 = (int)(o_333 % 8);
            const long t1378_q = o_333 / 8;
            const int t1378_2 = (int)(t1378_q % 2);
            const long t1378_q_2 = t1378_q / 2;
            const int t1378_1 = (int)(t1378_q_2 % d_T);
            const int t1378_0 = (int)(t1378_q_2 / d_T);
            const int t1379_2 = (int)(o_333 % 16);
            const float v3_154 = acc4_3.sc + x6[(long)t1379_2];
            y4[(((long)t1378_0 * 2 + t1378_2) * 8 + t1378_3) * d_T + t1378_1] = v3_154;
          }
          if (1) {
            const long o_334 = om_18 * 16 + 13L;
            const int t1380_3 = (int)(o_334 % 8);
            const long t1380_q = o_334 / 8;
            const int t1380_2 = (int)(t1380_q % 2);
            const long t1380_q_2 = t1380_q / 2;
            const int t1380_1 = (int)(t1380_q_2 % d_T);
            const int t1380_0 = (int)(t1380_q_2 / d_T);
            const int t1381_2 = (int)(o_334 % 16);
            const float v3_155 = acc4_3.sd + x6[(long)t1381_2];
            y2[(((long)t1380_0 * 2 + t1380_2) * d_T + t1380_1) * 8 + t1380_3] = v3_155;
            const int t1382_3 = (int)(o_334 % 8);
            const long t1382_q = o_334 / 8;
            const int t1382_2 = (int)(t1382_q % 2);
            const long t1382_q_2 = t1382_q / 2;
            const int t1382_1 = (int)(t1382_q_2 % d_T);
            const int t1382_0 = (int)(t1382_q_2 / d_T);
            const int t1383_2 = (int)(o_334 % 16);
            const float v3_156 = acc4_3.sd + x6[(long)t1383_2];
            y4[(((long)t1382_0 * 2 + t1382_2) * 8 + t1382_3) * d_T + t1382_1] = v3_156;
          }
          if (1) {
            const long o_335 = om_18 * 16 + 14L;
            const int t1384_3 = (int)(o_335 % 8);
            const long t1384_q = o_335 / 8;
            const int t1384_2 = (int)(t1384_q % 2);
            const long t1384_q_2 = t1384_q / 2;
            const int t1384_1 = (int)(t1384_q_2 % d_T);
            const int t1384_0 = (int)(t1384_q_2 / d_T);
            const int t1385_2 = (int)(o_335 % 16);
            const float v3_157 = acc4_3.se + x6[(long)t1385_2];
            y2[(((long)t1384_0 * 2 + t1384_2) * d_T + t1384_1) * 8 + t1384_3] = v3_157;
            const int t1386_3 = (int)(o_335 % 8);
            const long t1386_q = o_335 / 8;
            const int t1386_2 = (int)(t1386_q % 2);
            const long t1386_q_2 = t1386_q / 2;
            const int t1386_1 = (int)(t1386_q_2 % d_T);
            const int t1386_0 = (int)(t1386_q_2 / d_T);
            const int t1387_2 = (int)(o_335 % 16);
            const float v3_158 = acc4_3.se + x6[(long)t1387_2];
            y4[(((long)t1386_0 * 2 + t1386_2) * 8 + t1386_3) * d_T + t1386_1] = v3_158;
          }
          if (1) {
            const long o_336 = om_18 * 16 + 15L;
            const int t1388_3 = (int)(o_336 % 8);
            const long t1388_q = o_336 / 8;
            const int t1388_2 = (int)(t1388_q % 2);
            const long t1388_q_2 = t1388_q / 2;
            const int t1388_1 = (int)(t1388_q_2 % d_T);
            const int t1388_0 = (int)(t1388_q_2 / d_T);
            const int t1389_2 = (int)(o_336 % 16);
            const float v3_159 = acc4_3.sf + x6[(long)t1389_2];
            y2[(((long)t1388_0 * 2 + t1388_2) * d_T + t1388_1) * 8 + t1388_3] = v3_159;
            const int t1390_3 = (int)(o_336 % 8);
            const long t1390_q = o_336 / 8;
            const int t1390_2 = (int)(t1390_q % 2);
            const long t1390_q_2 = t1390_q / 2;
            const int t1390_1 = (int)(t1390_q_2 % d_T);
            const int t1390_0 = (int)(t1390_q_2 / d_T);
            const int t1391_2 = (int)(o_336 % 16);
            const float v3_160 = acc4_3.sf + x6[(long)t1391_2];
            y4[(((long)t1390_0 * 2 + t1390_2) * 8 + t1390_3) * d_T + t1390_1] = v3_160;
          }
        }
        const long om_19 = m0_3 + 5;
        if (om_19 < M_3) {
          if (1) {
            const long o_337 = om_19 * 16;
            const int t1392_3 = (int)(o_337 % 8);
            const long t1392_q = o_337 / 8;
            const int t1392_2 = (int)(t1392_q % 2);
            const long t1392_q_2 = t1392_q / 2;
            const int t1392_1 = (int)(t1392_q_2 % d_T);
            const int t1392_0 = (int)(t1392_q_2 / d_T);
            const int t1393_2 = (int)(o_337 % 16);
            const float v3_161 = acc5_3.s0 + x6[(long)t1393_2];
            y2[(((long)t1392_0 * 2 + t1392_2) * d_T + t1392_1) * 8 + t1392_3] = v3_161;
            const int t1394_3 = (int)(o_337 % 8);
            const long t1394_q = o_337 / 8;
            const int t1394_2 = (int)(t1394_q % 2);
            const long t1394_q_2 = t1394_q / 2;
            const int t1394_1 = (int)(t1394_q_2 % d_T);
            const int t1394_0 = (int)(t1394_q_2 / d_T);
            const int t1395_2 = (int)(o_337 % 16);
            const float v3_162 = acc5_3.s0 + x6[(long)t1395_2];
            y4[(((long)t1394_0 * 2 + t1394_2) * 8 + t1394_3) * d_T + t1394_1] = v3_162;
          }
          if (1) {
            const long o_338 = om_19 * 16 + 1L;
            const int t1396_3 = (int)(o_338 % 8);
            const long t1396_q = o_338 / 8;
            const int t1396_2 = (int)(t1396_q % 2);
            const long t1396_q_2 = t1396_q / 2;
            const int t1396_1 = (int)(t1396_q_2 % d_T);
            const int t1396_0 = (int)(t1396_q_2 / d_T);
            const int t1397_2 = (int)(o_338 % 16);
            const float v3_163 = acc5_3.s1 + x6[(long)t1397_2];
            y2[(((long)t1396_0 * 2 + t1396_2) * d_T + t1396_1) * 8 + t1396_3] = v3_163;
            const int t1398_3 = (int)(o_338 % 8);
            const long t1398_q = o_338 / 8;
            const int t1398_2 = (int)(t1398_q % 2);
            const long t1398_q_2 = t1398_q / 2;
            const int t1398_1 = (int)(t1398_q_2 % d_T);
            const int t1398_0 = (int)(t1398_q_2 / d_T);
            const int t1399_2 = (int)(o_338 % 16);
            const float v3_164 = acc5_3.s1 + x6[(long)t1399_2];
            y4[(((long)t1398_0 * 2 + t1398_2) * 8 + t1398_3) * d_T + t1398_1] = v3_164;
          }
          if (1) {
            const long o_339 = om_19 * 16 + 2L;
            const int t1400_3 = (int)(o_339 % 8);
            const long t1400_q = o_339 / 8;
            const int t1400_2 = (int)(t1400_q % 2);
            const long t1400_q_2 = t1400_q / 2;
            const int t1400_1 = (int)(t1400_q_2 % d_T);
            const int t1400_0 = (int)(t1400_q_2 / d_T);
            const int t1401_2 = (int)(o_339 % 16);
            const float v3_165 = acc5_3.s2 + x6[(long)t1401_2];
            y2[(((long)t1400_0 * 2 + t1400_2) * d_T + t1400_1) * 8 + t1400_3] = v3_165;
            const int t1402_3 = (int)(o_339 % 8);
            const long t1402_q = o_339 / 8;
            const int t1402_2 = (int)(t1402_q % 2);
            const long t1402_q_2 = t1402_q / 2;
            const int t1402_1 = (int)(t1402_q_2 % d_T);
            const int t1402_0 = (int)(t1402_q_2 / d_T);
            const int t1403_2 = (int)(o_339 % 16);
            const float v3_166 = acc5_3.s2 + x6[(long)t1403_2];
            y4[(((long)t1402_0 * 2 + t1402_2) * 8 + t1402_3) * d_T + t1402_1] = v3_166;
          }
          if (1) {
            const long o_340 = om_19 * 16 + 3L;
            const int t1404_3 = (int)(o_340 % 8);
            const long t1404_q = o_340 / 8;
            const int t1404_2 = (int)(t1404_q % 2);
            const long t1404_q_2 = t1404_q / 2;
            const int t1404_1 = (int)(t1404_q_2 % d_T);
            const int t1404_0 = (int)(t1404_q_2 / d_T);
            const int t1405_2 = (int)(o_340 % 16);
            const float v3_167 = acc5_3.s3 + x6[(long)t1405_2];
            y2[(((long)t1404_0 * 2 + t1404_2) * d_T + t1404_1) * 8 + t1404_3] = v3_167;
            const int t1406_3 = (int)(o_340 % 8);
            const long t1406_q = o_340 / 8;
            const int t1406_2 = (int)(t1406_q % 2);
            const long t1406_q_2 = t1406_q / 2;
            const int t1406_1 = (int)(t1406_q_2 % d_T);
            const int t1406_0 = (int)(t1406_q_2 / d_T);
            const int t1407_2 = (int)(o_340 % 16);
            const float v3_168 = acc5_3.s3 + x6[(long)t1407_2];
            y4[(((long)t1406_0 * 2 + t1406_2) * 8 + t1406_3) * d_T + t1406_1] = v3_168;
          }
          if (1) {
            const long o_341 = om_19 * 16 + 4L;
            const int t1408_3 = (int)(o_341 % 8);
            const long t1408_q = o_341 / 8;
            const int t1408_2 = (int)(t1408_q % 2);
            const long t1408_q_2 = t1408_q / 2;
            const int t1408_1 = (int)(t1408_q_2 % d_T);
            const int t1408_0 = (int)(t1408_q_2 / d_T);
            const int t1409_2 = (int)(o_341 % 16);
            const float v3_169 = acc5_3.s4 + x6[(long)t1409_2];
            y2[(((long)t1408_0 * 2 + t1408_2) * d_T + t1408_1) * 8 + t1408_3] = v3_169;
            const int t1410_3 = (int)(o_341 % 8);
            const long t1410_q = o_341 / 8;
            const int t1410_2 = (int)(t1410_q % 2);
            const long t1410_q_2 = t1410_q / 2;
            const int t1410_1 = (int)(t1410_q_2 % d_T);
            const int t1410_0 = (int)(t1410_q_2 / d_T);
            const int t1411_2 = (int)(o_341 % 16);
            const float v3_170 = acc5_3.s4 + x6[(long)t1411_2];
            y4[(((long)t1410_0 * 2 + t1410_2) * 8 + t1410_3) * d_T + t1410_1] = v3_170;
          }
          if (1) {
            const long o_342 = om_19 * 16 + 5L;
            const int t1412_3 = (int)(o_342 % 8);
            const long t1412_q = o_342 / 8;
            const int t1412_2 = (int)(t1412_q % 2);
            const long t1412_q_2 = t1412_q / 2;
            const int t1412_1 = (int)(t1412_q_2 % d_T);
            const int t1412_0 = (int)(t1412_q_2 / d_T);
            const int t1413_2 = (int)(o_342 % 16);
            const float v3_171 = acc5_3.s5 + x6[(long)t1413_2];
            y2[(((long)t1412_0 * 2 + t1412_2) * d_T + t1412_1) * 8 + t1412_3] = v3_171;
            const int t1414_3 = (int)(o_342 % 8);
            const long t1414_q = o_342 / 8;
            const int t1414_2 = (int)(t1414_q % 2);
            const long t1414_q_2 = t1414_q / 2;
            const int t1414_1 = (int)(t1414_q_2 % d_T);
            const int t1414_0 = (int)(t1414_q_2 / d_T);
            const int t1415_2 = (int)(o_342 % 16);
            const float v3_172 = acc5_3.s5 + x6[(long)t1415_2];
            y4[(((long)t1414_0 * 2 + t1414_2) * 8 + t1414_3) * d_T + t1414_1] = v3_172;
          }
          if (1) {
            const long o_343 = om_19 * 16 + 6L;
            const int t1416_3 = (int)(o_343 % 8);
            const long t1416_q = o_343 / 8;
            const int t1416_2 = (int)(t1416_q % 2);
            const long t1416_q_2 = t1416_q / 2;
            const int t1416_1 = (int)(t1416_q_2 % d_T);
            const int t1416_0 = (int)(t1416_q_2 / d_T);
            const int t1417_2 = (int)(o_343 % 16);
            const float v3_173 = acc5_3.s6 + x6[(long)t1417_2];
            y2[(((long)t1416_0 * 2 + t1416_2) * d_T + t1416_1) * 8 + t1416_3] = v3_173;
            const int t1418_3 = (int)(o_343 % 8);
            const long t1418_q = o_343 / 8;
            const int t1418_2 = (int)(t1418_q % 2);
            const long t1418_q_2 = t1418_q / 2;
            const int t1418_1 = (int)(t1418_q_2 % d_T);
            const int t1418_0 = (int)(t1418_q_2 / d_T);
            const int t1419_2 = (int)(o_343 % 16);
            const float v3_174 = acc5_3.s6 + x6[(long)t1419_2];
            y4[(((long)t1418_0 * 2 + t1418_2) * 8 + t1418_3) * d_T + t1418_1] = v3_174;
          }
          if (1) {
            const long o_344 = om_19 * 16 + 7L;
            const int t1420_3 = (int)(o_344 % 8);
            const long t1420_q = o_344 / 8;
            const int t1420_2 = (int)(t1420_q % 2);
            const long t1420_q_2 = t1420_q / 2;
            const int t1420_1 = (int)(t1420_q_2 % d_T);
            const int t1420_0 = (int)(t1420_q_2 / d_T);
            const int t1421_2 = (int)(o_344 % 16);
            const float v3_175 = acc5_3.s7 + x6[(long)t1421_2];
            y2[(((long)t1420_0 * 2 + t1420_2) * d_T + t1420_1) * 8 + t1420_3] = v3_175;
            const int t1422_3 = (int)(o_344 % 8);
            const long t1422_q = o_344 / 8;
            const int t1422_2 = (int)(t1422_q % 2);
            const long t1422_q_2 = t1422_q / 2;
            const int t1422_1 = (int)(t1422_q_2 % d_T);
            const int t1422_0 = (int)(t1422_q_2 / d_T);
            const int t1423_2 = (int)(o_344 % 16);
            const float v3_176 = acc5_3.s7 + x6[(long)t1423_2];
            y4[(((long)t1422_0 * 2 + t1422_2) * 8 + t1422_3) * d_T + t1422_1] = v3_176;
          }
          if (1) {
            const long o_345 = om_19 * 16 + 8L;
            const int t1424_3 = (int)(o_345 % 8);
            const long t1424_q = o_345 / 8;
            const int t1424_2 = (int)(t1424_q % 2);
            const long t1424_q_2 = t1424_q / 2;
            const int t1424_1 = (int)(t1424_q_2 % d_T);
            const int t1424_0 = (int)(t1424_q_2 / d_T);
            const int t1425_2 = (int)(o_345 % 16);
            const float v3_177 = acc5_3.s8 + x6[(long)t1425_2];
            y2[(((long)t1424_0 * 2 + t1424_2) * d_T + t1424_1) * 8 + t1424_3] = v3_177;
            const int t1426_3 = (int)(o_345 % 8);
            const long t1426_q = o_345 / 8;
            const int t1426_2 = (int)(t1426_q % 2);
            const long t1426_q_2 = t1426_q / 2;
            const int t1426_1 = (int)(t1426_q_2 % d_T);
            const int t1426_0 = (int)(t1426_q_2 / d_T);
            const int t1427_2 = (int)(o_345 % 16);
            const float v3_178 = acc5_3.s8 + x6[(long)t1427_2];
            y4[(((long)t1426_0 * 2 + t1426_2) * 8 + t1426_3) * d_T + t1426_1] = v3_178;
          }
          if (1) {
            const long o_346 = om_19 * 16 + 9L;
            const int t1428_3 = (int)(o_346 % 8);
            const long t1428_q = o_346 / 8;
            const int t1428_2 = (int)(t1428_q % 2);
            const long t1428_q_2 = t1428_q / 2;
            const int t1428_1 = (int)(t1428_q_2 % d_T);
            const int t1428_0 = (int)(t1428_q_2 / d_T);
            const int t1429_2 = (int)(o_346 % 16);
            const float v3_179 = acc5_3.s9 + x6[(long)t1429_2];
            y2[(((long)t1428_0 * 2 + t1428_2) * d_T + t1428_1) * 8 + t1428_3] = v3_179;
            const int t1430_3 = (int)(o_346 % 8);
            const long t1430_q = o_346 / 8;
            const int t1430_2 = (int)(t1430_q % 2);
            const long t1430_q_2 = t1430_q / 2;
            const int t1430_1 = (int)(t1430_q_2 % d_T);
            const int t1430_0 = (int)(t1430_q_2 / d_T);
            const int t1431_2 = (int)(o_346 % 16);
            const float v3_180 = acc5_3.s9 + x6[(long)t1431_2];
            y4[(((long)t1430_0 * 2 + t1430_2) * 8 + t1430_3) * d_T + t1430_1] = v3_180;
          }
          if (1) {
            const long o_347 = om_19 * 16 + 10L;
            const int t1432_3 = (int)(o_347 % 8);
            const long t1432_q = o_347 / 8;
            const int t1432_2 = (int)(t1432_q % 2);
            const long t1432_q_2 = t1432_q / 2;
            const int t1432_1 = (int)(t1432_q_2 % d_T);
            const int t1432_0 = (int)(t1432_q_2 / d_T);
            const int t1433_2 = (int)(o_347 % 16);
            const float v3_181 = acc5_3.sa + x6[(long)t1433_2];
            y2[(((long)t1432_0 * 2 + t1432_2) * d_T + t1432_1) * 8 + t1432_3] = v3_181;
            const int t1434_3 = (int)(o_347 % 8);
            const long t1434_q = o_347 / 8;
            const int t1434_2 = (int)(t1434_q % 2);
            const long t1434_q_2 = t1434_q / 2;
            const int t1434_1 = (int)(t1434_q_2 % d_T);
            const int t1434_0 = (int)(t1434_q_2 / d_T);
            const int t1435_2 = (int)(o_347 % 16);
            const float v3_182 = acc5_3.sa + x6[(long)t1435_2];
            y4[(((long)t1434_0 * 2 + t1434_2) * 8 + t1434_3) * d_T + t1434_1] = v3_182;
          }
          if (1) {
            const long o_348 = om_19 * 16 + 11L;
            const int t1436_3 = (int)(o_348 % 8);
            const long t1436_q = o_348 / 8;
            const int t1436_2 = (int)(t1436_q % 2);
            const long t1436_q_2 = t1436_q / 2;
            const int t1436_1 = (int)(t1436_q_2 % d_T);
            const int t1436_0 = (int)(t1436_q_2 / d_T);
            const int t1437_2 = (int)(o_348 % 16);
            const float v3_183 = acc5_3.sb + x6[(long)t1437_2];
            y2[(((long)t1436_0 * 2 + t1436_2) * d_T + t1436_1) * 8 + t1436_3] = v3_183;
            const int t1438_3 = (int)(o_348 % 8);
            const long t1438_q = o_348 / 8;
            const int t1438_2 = (int)(t1438_q % 2);
            const long t1438_q_2 = t1438_q / 2;
            const int t1438_1 = (int)(t1438_q_2 % d_T);
            const int t1438_0 = (int)(t1438_q_2 / d_T);
            const int t1439_2 = (int)(o_348 % 16);
            const float v3_184 = acc5_3.sb + x6[(long)t1439_2];
            y4[(((long)t1438_0 * 2 + t1438_2) * 8 + t1438_3) * d_T + t1438_1] = v3_184;
          }
          if (1) {
            const long o_349 = om_19 * 16 + 12L;
            const int t1440_3 = (int)(o_349 % 8);
            const long t1440_q = o_349 / 8;
            const int t1440_2 = (int)(t1440_q % 2);
            const long t1440_q_2 = t1440_q / 2;
            const int t1440_1 = (int)(t1440_q_2 % d_T);
            const int t1440_0 = (int)(t1440_q_2 / d_T);
            const int t1441_2 = (int)(o_349 % 16);
            const float v3_185 = acc5_3.sc + x6[(long)t1441_2];
            y2[(((long)t1440_0 * 2 + t1440_2) * d_T + t1440_1) * 8 + t1440_3] = v3_185;
            const int t1442_3 = (int)(o_349 % 8);
            const long t1442_q = o_349 / 8;
            const int t1442_2 = (int)(t1442_q % 2);
            const long t1442_q_2 = t1442_q / 2;
            const int t1442_1 = (int)(t1442_q_2 % d_T);
            const int t1442_0 = (int)(t1442_q_2 / d_T);
            const int t1443_2 = (int)(o_349 % 16);
            const float v3_186 = acc5_3.sc + x6[(long)t1443_2];
            y4[(((long)t1442_0 * 2 + t1442_2) * 8 + t1442_3) * d_T + t1442_1] = v3_186;
          }
          if (1) {
            const long o_350 = om_19 * 16 + 13L;
            const int t1444_3 = (int)(o_350 % 8);
            const long t1444_q = o_350 / 8;
            const int t1444_2 = (int)(t1444_q % 2);
            const long t1444_q_2 = t1444_q / 2;
            const int t1444_1 = (int)(t1444_q_2 % d_T);
            const int t1444_0 = (int)(t1444_q_2 / d_T);
            const int t1445_2 = (int)(o_350 % 16);
            const float v3_187 = acc5_3.sd + x6[(long)t1445_2];
            y2[(((long)t1444_0 * 2 + t1444_2) * d_T + t1444_1) * 8 + t1444_3] = v3_187;
            const int t1446_3 = (int)(o_350 % 8);
            const long t1446_q = o_350 / 8;
            const int t1446_2 = (int)(t1446_q % 2);
            const long t1446_q_2 = t1446_q / 2;
            const int t1446_1 = (int)(t1446_q_2 % d_T);
            const int t1446_0 = (int)(t1446_q_2 / d_T);
            const int t1447_2 = (int)(o_350 % 16);
            const float v3_188 = acc5_3.sd + x6[(long)t1447_2];
            y4[(((long)t1446_0 * 2 + t1446_2) * 8 + t1446_3) * d_T + t1446_1] = v3_188;
          }
          if (1) {
            const long o_351 = om_19 * 16 + 14L;
            const int t1448_3 = (int)(o_351 % 8);
            const long t1448_q = o_351 / 8;
            const int t1448_2 = (int)(t1448_q % 2);
            const long t1448_q_2 = t1448_q / 2;
            const int t1448_1 = (int)(t1448_q_2 % d_T);
            const int t1448_0 = (int)(t1448_q_2 / d_T);
            const int t1449_2 = (int)(o_351 % 16);
            const float v3_189 = acc5_3.se + x6[(long)t1449_2];
            y2[(((long)t1448_0 * 2 + t1448_2) * d_T + t1448_1) * 8 + t1448_3] = v3_189;
            const int t1450_3 = (int)(o_351 % 8);
            const long t1450_q = o_351 / 8;
            const int t1450_2 = (int)(t1450_q % 2);
            const long t1450_q_2 = t1450_q / 2;
            const int t1450_1 = (int)(t1450_q_2 % d_T);
            const int t1450_0 = (int)(t1450_q_2 / d_T);
            const int t1451_2 = (int)(o_351 % 16);
            const float v3_190 = acc5_3.se + x6[(long)t1451_2];
            y4[(((long)t1450_0 * 2 + t1450_2) * 8 + t1450_3) * d_T + t1450_1] = v3_190;
          }
          if (1) {
            const long o_352 = om_19 * 16 + 15L;
            const int t1452_3 = (int)(o_352 % 8);
            const long t1452_q = o_352 / 8;
            const int t1452_2 = (int)(t1452_q % 2);
            const long t1452_q_2 = t1452_q / 2;
            const int t1452_1 = (int)(t1452_q_2 % d_T);
            const int t1452_0 = (int)(t1452_q_2 / d_T);
            const int t1453_2 = (int)(o_352 % 16);
            const float v3_191 = acc5_3.sf + x6[(long)t1453_2];
            y2[(((long)t1452_0 * 2 + t1452_2) * d_T + t1452_1) * 8 + t1452_3] = v3_191;
            const int t1454_3 = (int)(o_352 % 8);
            const long t1454_q = o_352 / 8;
            const int t1454_2 = (int)(t1454_q % 2);
            const long t1454_q_2 = t1454_q / 2;
            const int t1454_1 = (int)(t1454_q_2 % d_T);
            const int t1454_0 = (int)(t1454_q_2 / d_T);
            const int t1455_2 = (int)(o_352 % 16);
            const float v3_192 = acc5_3.sf + x6[(long)t1455_2];
            y4[(((long)t1454_0 * 2 + t1454_2) * 8 + t1454_3) * d_T + t1454_1] = v3_192;
          }
        }
        const long om_20 = m0_3 + 6;
        if (om_20 < M_3) {
          if (1) {
            const long o_353 = om_20 * 16;
            const int t1456_3 = (int)(o_353 % 8);
            const long t1456_q = o_353 / 8;
            const int t1456_2 = (int)(t1456_q % 2);
            const long t1456_q_2 = t1456_q / 2;
            const int t1456_1 = (int)(t1456_q_2 % d_T);
            const int t1456_0 = (int)(t1456_q_2 / d_T);
            const int t1457_2 = (int)(o_353 % 16);
            const float v3_193 = acc6_3.s0 + x6[(long)t1457_2];
            y2[(((long)t1456_0 * 2 + t1456_2) * d_T + t1456_1) * 8 + t1456_3] = v3_193;
            const int t1458_3 = (int)(o_353 % 8);
            const long t1458_q = o_353 / 8;
            const int t1458_2 = (int)(t1458_q % 2);
            const long t1458_q_2 = t1458_q / 2;
            const int t1458_1 = (int)(t1458_q_2 % d_T);
            const int t1458_0 = (int)(t1458_q_2 / d_T);
            const int t1459_2 = (int)(o_353 % 16);
            const float v3_194 = acc6_3.s0 + x6[(long)t1459_2];
            y4[(((long)t1458_0 * 2 + t1458_2) * 8 + t1458_3) * d_T + t1458_1] = v3_194;
          }
          if (1) {
            const long o_354 = om_20 * 16 + 1L;
            const int t1460_3 = (int)(o_354 % 8);
            const long t1460_q = o_354 / 8;
            const int t1460_2 = (int)(t1460_q % 2);
            const long t1460_q_2 = t1460_q / 2;
            const int t1460_1 = (int)(t1460_q_2 % d_T);
            const int t1460_0 = (int)(t1460_q_2 / d_T);
            const int t1461_2 = (int)(o_354 % 16);
            const float v3_195 = acc6_3.s1 + x6[(long)t1461_2];
            y2[(((long)t1460_0 * 2 + t1460_2) * d_T + t1460_1) * 8 + t1460_3] = v3_195;
            const int t1462_3 = (int)(o_354 % 8);
            const long t1462_q = o_354 / 8;
            const int t1462_2 = (int)(t1462_q % 2);
            const long t1462_q_2 = t1462_q / 2;
            const int t1462_1 = (int)(t1462_q_2 % d_T);
            const int t1462_0 = (int)(t1462_q_2 / d_T);
            const int t1463_2 = (int)(o_354 % 16);
            const float v3_196 = acc6_3.s1 + x6[(long)t1463_2];
            y4[(((long)t1462_0 * 2 + t1462_2) * 8 + t1462_3) * d_T + t1462_1] = v3_196;
          }
          if (1) {
            const long o_355 = om_20 * 16 + 2L;
            const int t1464_3 = (int)(o_355 % 8);
            const long t1464_q = o_355 / 8;
            const int t1464_2 = (int)(t1464_q % 2);
            const long t1464_q_2 = t1464_q / 2;
            const int t1464_1 = (int)(t1464_q_2 % d_T);
            const int t1464_0 = (int)(t1464_q_2 / d_T);
            const int t1465_2 = (int)(o_355 % 16);
            const float v3_197 = acc6_3.s2 + x6[(long)t1465_2];
            y2[(((long)t1464_0 * 2 + t1464_2) * d_T + t1464_1) * 8 + t1464_3] = v3_197;
            const int t1466_3 = (int)(o_355 % 8);
            const long t1466_q = o_355 / 8;
            const int t1466_2 = (int)(t1466_q % 2);
            const long t1466_q_2 = t1466_q / 2;
            const int t1466_1 = (int)(t1466_q_2 % d_T);
            const int t1466_0 = (int)(t1466_q_2 / d_T);
            const int t1467_2 = (int)(o_355 % 16);
            const float v3_198 = acc6_3.s2 + x6[(long)t1467_2];
            y4[(((long)t1466_0 * 2 + t1466_2) * 8 + t1466_3) * d_T + t1466_1] = v3_198;
          }
          if (1) {
            const long o_356 = om_20 * 16 + 3L;
            const int t1468_3 = (int)(o_356 % 8);
            const long t1468_q = o_356 / 8;
            const int t1468_2 = (int)(t1468_q % 2);
            const long t1468_q_2 = t1468_q / 2;
            const int t1468_1 = (int)(t1468_q_2 % d_T);
            const int t1468_0 = (int)(t1468_q_2 / d_T);
            const int t1469_2 = (int)(o_356 % 16);
            const float v3_199 = acc6_3.s3 + x6[(long)t1469_2];
            y2[(((long)t1468_0 * 2 + t1468_2) * d_T + t1468_1) * 8 + t1468_3] = v3_199;
            const int t1470_3 = (int)(o_356 % 8);
            const long t1470_q = o_356 / 8;
            const int t1470_2 = (int)(t1470_q % 2);
            const long t1470_q_2 = t1470_q / 2;
            const int t1470_1 = (int)(t1470_q_2 % d_T);
            const int t1470_0 = (int)(t1470_q_2 / d_T);
            const int t1471_2 = (int)(o_356 % 16);
            const float v3_200 = acc6_3.s3 + x6[(long)t1471_2];
            y4[(((long)t1470_0 * 2 + t1470_2) * 8 + t1470_3) * d_T + t1470_1] = v3_200;
          }
          if (1) {
            const long o_357 = om_20 * 16 + 4L;
            const int t1472_3 = (int)(o_357 % 8);
            const long t1472_q = o_357 / 8;
            const int t1472_2 = (int)(t1472_q % 2);
            const long t1472_q_2 = t1472_q / 2;
            const int t1472_1 = (int)(t1472_q_2 % d_T);
            const int t1472_0 = (int)(t1472_q_2 / d_T);
            const int t1473_2 = (int)(o_357 % 16);
            const float v3_201 = acc6_3.s4 + x6[(long)t1473_2];
            y2[(((long)t1472_0 * 2 + t1472_2) * d_T + t1472_1) * 8 + t1472_3] = v3_201;
            const int t1474_3 = (int)(o_357 % 8);
            const long t1474_q = o_357 / 8;
            const int t1474_2 = (int)(t1474_q % 2);
            const long t1474_q_2 = t1474_q / 2;
            const int t1474_1 = (int)(t1474_q_2 % d_T);
            const int t1474_0 = (int)(t1474_q_2 / d_T);
            const int t1475_2 = (int)(o_357 % 16);
            const float v3_202 = acc6_3.s4 + x6[(long)t1475_2];
            y4[(((long)t1474_0 * 2 + t1474_2) * 8 + t1474_3) * d_T + t1474_1] = v3_202;
          }
          if (1) {
            const long o_358 = om_20 * 16 + 5L;
            const int t1476_3 = (int)(o_358 % 8);
            const long t1476_q = o_358 / 8;
            const int t1476_2 = (int)(t1476_q % 2);
            const long t1476_q_2 = t1476_q / 2;
            const int t1476_1 = (int)(t1476_q_2 % d_T);
            const int t1476_0 = (int)(t1476_q_2 / d_T);
            const int t1477_2 = (int)(o_358 % 16);
            const float v3_203 = acc6_3.s5 + x6[(long)t1477_2];
            y2[(((long)t1476_0 * 2 + t1476_2) * d_T + t1476_1) * 8 + t1476_3] = v3_203;
            const int t1478_3 = (int)(o_358 % 8);
            const long t1478_q = o_358 / 8;
            const int t1478_2 = (int)(t1478_q % 2);
            const long t1478_q_2 = t1478_q / 2;
            const int t1478_1 = (int)(t1478_q_2 % d_T);
            const int t1478_0 = (int)(t1478_q_2 / d_T);
            const int t1479_2 = (int)(o_358 % 16);
            const float v3_204 = acc6_3.s5 + x6[(long)t1479_2];
            y4[(((long)t1478_0 * 2 + t1478_2) * 8 + t1478_3) * d_T + t1478_1] = v3_204;
          }
          if (1) {
            const long o_359 = om_20 * 16 + 6L;
            const int t1480_3 = (int)(o_359 % 8);
            const long t1480_q = o_359 / 8;
            const int t1480_2 = (int)(t1480_q % 2);
            const long t1480_q_2 = t1480_q / 2;
            const int t1480_1 = (int)(t1480_q_2 % d_T);
            const int t1480_0 = (int)(t1480_q_2 / d_T);
            const int t1481_2 = (int)(o_359 % 16);
            const float v3_205 = acc6_3.s6 + x6[(long)t1481_2];
            y2[(((long)t1480_0 * 2 + t1480_2) * d_T + t1480_1) * 8 + t1480_3] = v3_205;
            const int t1482_3 = (int)(o_359 % 8);
            const long t1482_q = o_359 / 8;
            const int t1482_2 = (int)(t1482_q % 2);
            const long t1482_q_2 = t1482_q / 2;
            const int t1482_1 = (int)(t1482_q_2 % d_T);
            const int t1482_0 = (int)(t1482_q_2 / d_T);
            const int t1483_2 = (int)(o_359 % 16);
            const float v3_206 = acc6_3.s6 + x6[(long)t1483_2];
            y4[(((long)t1482_0 * 2 + t1482_2) * 8 + t1482_3) * d_T + t1482_1] = v3_206;
          }
          if (1) {
            const long o_360 = om_20 * 16 + 7L;
            const int t1484_3 = (int)(o_360 % 8);
            const long t1484_q = o_360 / 8;
            const int t1484_2 = (int)(t1484_q % 2);
            const long t1484_q_2 = t1484_q / 2;
            const int t1484_1 = (int)(t1484_q_2 % d_T);
            const int t1484_0 = (int)(t1484_q_2 / d_T);
            const int t1485_2 = (int)(o_360 % 16);
            const float v3_207 = acc6_3.s7 + x6[(long)t1485_2];
            y2[(((long)t1484_0 * 2 + t1484_2) * d_T + t1484_1) * 8 + t1484_3] = v3_207;
            const int t1486_3 = (int)(o_360 % 8);
            const long t1486_q = o_360 / 8;
            const int t1486_2 = (int)(t1486_q % 2);
            const long t1486_q_2 = t1486_q / 2;
            const int t1486_1 = (int)(t1486_q_2 % d_T);
            const int t1486_0 = (int)(t1486_q_2 / d_T);
            const int t1487_2 = (int)(o_360 % 16);
            const float v3_208 = acc6_3.s7 + x6[(long)t1487_2];
            y4[(((long)t1486_0 * 2 + t1486_2) * 8 + t1486_3) * d_T + t1486_1] = v3_208;
          }
          if (1) {
            const long o_361 = om_20 * 16 + 8L;
            const int t1488_3 = (int)(o_361 % 8);
            const long t1488_q = o_361 / 8;
            const int t1488_2 = (int)(t1488_q % 2);
            const long t1488_q_2 = t1488_q / 2;
            const int t1488_1 = (int)(t1488_q_2 % d_T);
            const int t1488_0 = (int)(t1488_q_2 / d_T);
            const int t1489_2 = (int)(o_361 % 16);
            const float v3_209 = acc6_3.s8 + x6[(long)t1489_2];
            y2[(((long)t1488_0 * 2 + t1488_2) * d_T + t1488_1) * 8 + t1488_3] = v3_209;
            const int t1490_3 = (int)(o_361 % 8);
            const long t1490_q = o_361 / 8;
            const int t1490_2 = (int)(t1490_q % 2);
            const long t1490_q_2 = t1490_q / 2;
            const int t1490_1 = (int)(t1490_q_2 % d_T);
            const int t1490_0 = (int)(t1490_q_2 / d_T);
            const int t1491_2 = (int)(o_361 % 16);
            const float v3_210 = acc6_3.s8 + x6[(long)t1491_2];
            y4[(((long)t1490_0 * 2 + t1490_2) * 8 + t1490_3) * d_T + t1490_1] = v3_210;
          }
          if (1) {
            const long o_362 = om_20 * 16 + 9L;
            const int t1492_3 = (int)(o_362 % 8);
            const long t1492_q = o_362 / 8;
            const int t1492_2 = (int)(t1492_q % 2);
            const long t1492_q_2 = t1492_q / 2;
            const int t1492_1 = (int)(t1492_q_2 % d_T);
            const int t1492_0 = (int)(t1492_q_2 / d_T);
            const int t1493_2 = (int)(o_362 % 16);
            const float v3_211 = acc6_3.s9 + x6[(long)t1493_2];
            y2[(((long)t1492_0 * 2 + t1492_2) * d_T + t1492_1) * 8 + t1492_3] = v3_211;
            const int t1494_3 = (int)(o_362 % 8);
            const long t1494_q = o_362 / 8;
            const int t1494_2 = (int)(t1494_q % 2);
            const long t1494_q_2 = t1494_q / 2;
            const int t1494_1 = (int)(t1494_q_2 % d_T);
            const int t1494_0 = (int)(t1494_q_2 / d_T);
            const int t1495_2 = (int)(o_362 % 16);
            const float v3_212 = acc6_3.s9 + x6[(long)t1495_2];
            y4[(((long)t1494_0 * 2 + t1494_2) * 8 + t1494_3) * d_T + t1494_1] = v3_212;
          }
          if (1) {
            const long o_363 = om_20 * 16 + 10L;
            const int t1496_3 = (int)(o_363 % 8);
            const long t1496_q = o_363 / 8;
            const int t1496_2 = (int)(t1496_q % 2);
            const long t1496_q_2 = t1496_q / 2;
            const int t1496_1 = (int)(t1496_q_2 % d_T);
            const int t1496_0 = (int)(t1496_q_2 / d_T);
            const int t1497_2 = (int)(o_363 % 16);
            const float v3_213 = acc6_3.sa + x6[(long)t1497_2];
            y2[(((long)t1496_0 * 2 + t1496_2) * d_T + t1496_1) * 8 + t1496_3] = v3_213;
            const int t1498_3 = (int)(o_363 % 8);
            const long t1498_q = o_363 / 8;
            const int t1498_2 = (int)(t1498_q % 2);
            const long t1498_q_2 = t1498_q / 2;
            const int t1498_1 = (int)(t1498_q_2 % d_T);
            const int t1498_0 = (int)(t1498_q_2 / d_T);
            const int t1499_2 = (int)(o_363 % 16);
            const float v3_214 = acc6_3.sa + x6[(long)t1499_2];
            y4[(((long)t1498_0 * 2 + t1498_2) * 8 + t1498_3) * d_T + t1498_1] = v3_214;
          }
          if (1) {
            const long o_364 = om_20 * 16 + 11L;
            const int t1500_3 = (int)(o_364 % 8);
            const long t1500_q = o_364 / 8;
            const int t1500_2 = (int)(t1500_q % 2);
            const long t1500_q_2 = t1500_q / 2;
            const int t1500_1 = (int)(t1500_q_2 % d_T);
            const int t1500_0 = (int)(t1500_q_2 / d_T);
            const int t1501_2 = (int)(o_364 % 16);
            const float v3_215 = acc6_3.sb + x6[(long)t1501_2];
            y2[(((long)t1500_0 * 2 + t1500_2) * d_T + t1500_1) * 8 + t1500_3] = v3_215;
            const int t1502_3 = (int)(o_364 % 8);
            const long t1502_q = o_364 / 8;
            const int t1502_2 = (int)(t1502_q % 2);
            const long t1502_q_2 = t1502_q / 2;
            const int t1502_1 = (int)(t1502_q_2 % d_T);
            const int t1502_0 = (int)(t1502_q_2 / d_T);
            const int t1503_2 = (int)(o_364 % 16);
            const float v3_216 = acc6_3.sb + x6[(long)t1503_2];
            y4[(((long)t1502_0 * 2 + t1502_2) * 8 + t1502_3) * d_T + t1502_1] = v3_216;
          }
          if (1) {
            const long o_365 = om_20 * 16 + 12L;
            const int t1504_3 = (int)(o_365 % 8);
            const long t1504_q = o_365 / 8;
            const int t1504_2 = (int)(t1504_q % 2);
            const long t1504_q_2 = t1504_q / 2;
            const int t1504_1 = (int)(t1504_q_2 % d_T);
            const int t1504_0 = (int)(t1504_q_2 / d_T);
            const int t1505_2 = (int)(o_365 % 16);
            const float v3_217 = acc6_3.sc + x6[(long)t1505_2];
            y2[(((long)t1504_0 * 2 + t1504_2) * d_T + t1504_1) * 8 + t1504_3] = v3_217;
            const int t1506_3 = (int)(o_365 % 8);
            const long t1506_q = o_365 / 8;
            const int t1506_2 = (int)(t1506_q % 2);
            const long t1506_q_2 = t1506_q / 2;
            const int t1506_1 = (int)(t1506_q_2 % d_T);
            const int t1506_0 = (int)(t1506_q_2 / d_T);
            const int t1507_2 = (int)(o_365 % 16);
            const float v3_218 = acc6_3.sc + x6[(long)t1507_2];
            y4[(((long)t1506_0 * 2 + t1506_2) * 8 + t1506_3) * d_T + t1506_1] = v3_218;
          }
          if (1) {
            const long o_366 = om_20 * 16 + 13L;
            const int t1508_3 = (int)(o_366 % 8);
            const long t1508_q = o_366 / 8;
            const int t1508_2 = (int)(t1508_q % 2);
            const long t1508_q_2 = t1508_q / 2;
            const int t1508_1 = (int)(t1508_q_2 % d_T);
            const int t1508_0 = (int)(t1508_q_2 / d_T);
            const int t1509_2 = (int)(o_366 % 16);
            const float v3_219 = acc6_3.sd + x6[(long)t1509_2];
            y2[(((long)t1508_0 * 2 + t1508_2) * d_T + t1508_1) * 8 + t1508_3] = v3_219;
            const int t1510_3 = (int)(o_366 % 8);
            const long t1510_q = o_366 / 8;
            const int t1510_2 = (int)(t1510_q % 2);
            const long t1510_q_2 = t1510_q / 2;
            const int t1510_1 = (int)(t1510_q_2 % d_T);
            const int t1510_0 = (int)(t1510_q_2 / d_T);
            const int t1511_2 = (int)(o_366 % 16);
            const float v3_220 = acc6_3.sd + x6[(long)t1511_2];
            y4[(((long)t1510_0 * 2 + t1510_2) * 8 + t1510_3) * d_T + t1510_1] = v3_220;
          }
          if (1) {
            const long o_367 = om_20 * 16 + 14L;
            const int t1512_3 = (int)(o_367 % 8);
            const long t1512_q = o_367 / 8;
            const int t1512_2 = (int)(t1512_q % 2);
            const long t1512_q_2 = t1512_q / 2;
            const int t1512_1 = (int)(t1512_q_2 % d_T);
            const int t1512_0 = (int)(t1512_q_2 / d_T);
            const int t1513_2 = (int)(o_367 % 16);
            const float v3_221 = acc6_3.se + x6[(long)t1513_2];
            y2[(((long)t1512_0 * 2 + t1512_2) * d_T + t1512_1) * 8 + t1512_3] = v3_221;
            const int t1514_3 = (int)(o_367 % 8);
            const long t1514_q = o_367 / 8;
            const int t1514_2 = (int)(t1514_q % 2);
            const long t1514_q_2 = t1514_q / 2;
            const int t1514_1 = (int)(t1514_q_2 % d_T);
            const int t1514_0 = (int)(t1514_q_2 / d_T);
            const int t1515_2 = (int)(o_367 % 16);
            const float v3_222 = acc6_3.se + x6[(long)t1515_2];
            y4[(((long)t1514_0 * 2 + t1514_2) * 8 + t1514_3) * d_T + t1514_1] = v3_222;
          }
          if (1) {
            const long o_368 = om_20 * 16 + 15L;
            const int t1516_3 = (int)(o_368 % 8);
            const long t1516_q = o_368 / 8;
            const int t1516_2 = (int)(t1516_q % 2);
            const long t1516_q_2 = t1516_q / 2;
            const int t1516_1 = (int)(t1516_q_2 % d_T);
            const int t1516_0 = (int)(t1516_q_2 / d_T);
            const int t1517_2 = (int)(o_368 % 16);
            const float v3_223 = acc6_3.sf + x6[(long)t1517_2];
            y2[(((long)t1516_0 * 2 + t1516_2) * d_T + t1516_1) * 8 + t1516_3] = v3_223;
            const int t1518_3 = (int)(o_368 % 8);
            const long t1518_q = o_368 / 8;
            const int t1518_2 = (int)(t1518_q % 2);
            const long t1518_q_2 = t1518_q / 2;
            const int t1518_1 = (int)(t1518_q_2 % d_T);
            const int t1518_0 = (int)(t1518_q_2 / d_T);
            const int t1519_2 = (int)(o_368 % 16);
            const float v3_224 = acc6_3.sf + x6[(long)t1519_2];
            y4[(((long)t1518_0 * 2 + t1518_2) * 8 + t1518_3) * d_T + t1518_1] = v3_224;
          }
        }
        const long om_21 = m0_3 + 7;
        if (om_21 < M_3) {
          if (1) {
            const long o_369 = om_21 * 16;
            const int t1520_3 = (int)(o_369 % 8);
            const long t1520_q = o_369 / 8;
            const int t1520_2 = (int)(t1520_q % 2);
            const long t1520_q_2 = t1520_q / 2;
            const int t1520_1 = (int)(t1520_q_2 % d_T);
            const int t1520_0 = (int)(t1520_q_2 / d_T);
            const int t1521_2 = (int)(o_369 % 16);
            const float v3_225 = acc7_3.s0 + x6[(long)t1521_2];
            y2[(((long)t1520_0 * 2 + t1520_2) * d_T + t1520_1) * 8 + t1520_3] = v3_225;
            const int t1522_3 = (int)(o_369 % 8);
            const long t1522_q = o_369 / 8;
            const int t1522_2 = (int)(t1522_q % 2);
            const long t1522_q_2 = t1522_q / 2;
            const int t1522_1 = (int)(t1522_q_2 % d_T);
            const int t1522_0 = (int)(t1522_q_2 / d_T);
            const int t1523_2 = (int)(o_369 % 16);
            const float v3_226 = acc7_3.s0 + x6[(long)t1523_2];
            y4[(((long)t1522_0 * 2 + t1522_2) * 8 + t1522_3) * d_T + t1522_1] = v3_226;
          }
          if (1) {
            const long o_370 = om_21 * 16 + 1L;
            const int t1524_3 = (int)(o_370 % 8);
            const long t1524_q = o_370 / 8;
            const int t1524_2 = (int)(t1524_q % 2);
            const long t1524_q_2 = t1524_q / 2;
            const int t1524_1 = (int)(t1524_q_2 % d_T);
            const int t1524_0 = (int)(t1524_q_2 / d_T);
            const int t1525_2 = (int)(o_370 % 16);
            const float v3_227 = acc7_3.s1 + x6[(long)t1525_2];
            y2[(((long)t1524_0 * 2 + t1524_2) * d_T + t1524_1) * 8 + t1524_3] = v3_227;
            const int t1526_3 = (int)(o_370 % 8);
            const long t1526_q = o_370 / 8;
            const int t1526_2 = (int)(t1526_q % 2);
            const long t1526_q_2 = t1526_q / 2;
            const int t1526_1 = (int)(t1526_q_2 % d_T);
            const int t1526_0 = (int)(t1526_q_2 / d_T);
            const int t1527_2 = (int)(o_370 % 16);
            const float v3_228 = acc7_3.s1 + x6[(long)t1527_2];
            y4[(((long)t1526_0 * 2 + t1526_2) * 8 + t1526_3) * d_T + t1526_1] = v3_228;
          }
          if (1) {
            const long o_371 = om_21 * 16 + 2L;
            const int t1528_3 = (int)(o_371 % 8);
            const long t1528_q = o_371 / 8;
            const int t1528_2 = (int)(t1528_q % 2);
            const long t1528_q_2 = t1528_q / 2;
            const int t1528_1 = (int)(t1528_q_2 % d_T);
            const int t1528_0 = (int)(t1528_q_2 / d_T);
            const int t1529_2 = (int)(o_371 % 16);
            const float v3_229 = acc7_3.s2 + x6[(long)t1529_2];
            y2[(((long)t1528_0 * 2 + t1528_2) * d_T + t1528_1) * 8 + t1528_3] = v3_229;
            const int t1530_3 = (int)(o_371 % 8);
            const long t1530_q = o_371 / 8;
            const int t1530_2 = (int)(t1530_q % 2);
            const long t1530_q_2 = t1530_q / 2;
            const int t1530_1 = (int)(t1530_q_2 % d_T);
            const int t1530_0 = (int)(t1530_q_2 / d_T);
            const int t1531_2 = (int)(o_371 % 16);
            const float v3_230 = acc7_3.s2 + x6[(long)t1531_2];
            y4[(((long)t1530_0 * 2 + t1530_2) * 8 + t1530_3) * d_T + t1530_1] = v3_230;
          }
          if (1) {
            const long o_372 = om_21 * 16 + 3L;
            const int t1532_3 = (int)(o_372 % 8);
            const long t1532_q = o_372 / 8;
            const int t1532_2 = (int)(t1532_q % 2);
            const long t1532_q_2 = t1532_q / 2;
            const int t1532_1 = (int)(t1532_q_2 % d_T);
            const int t1532_0 = (int)(t1532_q_2 / d_T);
            const int t1533_2 = (int)(o_372 % 16);
            const float v3_231 = acc7_3.s3 + x6[(long)t1533_2];
            y2[(((long)t1532_0 * 2 + t1532_2) * d_T + t1532_1) * 8 + t1532_3] = v3_231;
            const int t1534_3 = (int)(o_372 % 8);
            const long t1534_q = o_372 / 8;
            const int t1534_2 = (int)(t1534_q % 2);
            const long t1534_q_2 = t1534_q / 2;
            const int t1534_1 = (int)(t1534_q_2 % d_T);
            const int t1534_0 = (int)(t1534_q_2 / d_T);
            const int t1535_2 = (int)(o_372 % 16);
            const float v3_232 = acc7_3.s3 + x6[(long)t1535_2];
            y4[(((long)t1534_0 * 2 + t1534_2) * 8 + t1534_3) * d_T + t1534_1] = v3_232;
          }
          if (1) {
            const long o_373 = om_21 * 16 + 4L;
            const int t1536_3 = (int)(o_373 % 8);
            const long t1536_q = o_373 / 8;
            const int t1536_2 = (int)(t1536_q % 2);
            const long t1536_q_2 = t1536_q / 2;
            const int t1536_1 = (int)(t1536_q_2 % d_T);
            const int t1536_0 = (int)(t1536_q_2 / d_T);
            const int t1537_2 = (int)(o_373 % 16);
            const float v3_233 = acc7_3.s4 + x6[(long)t1537_2];
            y2[(((long)t1536_0 * 2 + t1536_2) * d_T + t1536_1) * 8 + t1536_3] = v3_233;
            const int t1538_3 = (int)(o_373 % 8);
            const long t1538_q = o_373 / 8;
            const int t1538_2 = (int)(t1538_q % 2);
            const long t1538_q_2 = t1538_q / 2;
            const int t1538_1 = (int)(t1538_q_2 % d_T);
            const int t1538_0 = (int)(t1538_q_2 / d_T);
            const int t1539_2 = (int)(o_373 % 16);
            const float v3_234 = acc7_3.s4 + x6[(long)t1539_2];
            y4[(((long)t1538_0 * 2 + t1538_2) * 8 + t1538_3) * d_T + t1538_1] = v3_234;
          }
          if (1) {
            const long o_374 = om_21 * 16 + 5L;
            const int t1540_3 = (int)(o_374 % 8);
            const long t1540_q = o_374 / 8;
            const int t1540_2 = (int)(t1540_q % 2);
            const long t1540_q_2 = t1540_q / 2;
            const int t1540_1 = (int)(t1540_q_2 % d_T);
            const int t1540_0 = (int)(t1540_q_2 / d_T);
            const int t1541_2 = (int)(o_374 % 16);
            const float v3_235 = acc7_3.s5 + x6[(long)t1541_2];
            y2[(((long)t1540_0 * 2 + t1540_2) * d_T + t1540_1) * 8 + t1540_3] = v3_235;
            const int t1542_3 = (int)(o_374 % 8);
            const long t1542_q = o_374 / 8;
            const int t1542_2 = (int)(t1542_q % 2);
            const long t1542_q_2 = t1542_q / 2;
            const int t1542_1 = (int)(t1542_q_2 % d_T);
            const int t1542_0 = (int)(t1542_q_2 / d_T);
            const int t1543_2 = (int)(o_374 % 16);
            const float v3_236 = acc7_3.s5 + x6[(long)t1543_2];
            y4[(((long)t1542_0 * 2 + t1542_2) * 8 + t1542_3) * d_T + t1542_1] = v3_236;
          }
          if (1) {
            const long o_375 = om_21 * 16 + 6L;
            const int t1544_3 = (int)(o_375 % 8);
            const long t1544_q = o_375 / 8;
            const int t1544_2 = (int)(t1544_q % 2);
            const long t1544_q_2 = t1544_q / 2;
            const int t1544_1 = (int)(t1544_q_2 % d_T);
            const int t1544_0 = (int)(t1544_q_2 / d_T);
            const int t1545_2 = (int)(o_375 % 16);
            const float v3_237 = acc7_3.s6 + x6[(long)t1545_2];
            y2[(((long)t1544_0 * 2 + t1544_2) * d_T + t1544_1) * 8 + t1544_3] = v3_237;
            const int t1546_3 = (int)(o_375 % 8);
            const long t1546_q = o_375 / 8;
            const int t1546_2 = (int)(t1546_q % 2);
            const long t1546_q_2 = t1546_q / 2;
            const int t1546_1 = (int)(t1546_q_2 % d_T);
            const int t1546_0 = (int)(t1546_q_2 / d_T);
            const int t1547_2 = (int)(o_375 % 16);
            const float v3_238 = acc7_3.s6 + x6[(long)t1547_2];
            y4[(((long)t1546_0 * 2 + t1546_2) * 8 + t1546_3) * d_T + t1546_1] = v3_238;
          }
          if (1) {
            const long o_376 = om_21 * 16 + 7L;
            const int t1548_3 = (int)(o_376 % 8);
            const long t1548_q = o_376 / 8;
            const int t1548_2 = (int)(t1548_q % 2);
            const long t1548_q_2 = t1548_q / 2;
            const int t1548_1 = (int)(t1548_q_2 % d_T);
            const int t1548_0 = (int)(t1548_q_2 / d_T);
            const int t1549_2 = (int)(o_376 % 16);
            const float v3_239 = acc7_3.s7 + x6[(long)t1549_2];
            y2[(((long)t1548_0 * 2 + t1548_2) * d_T + t1548_1) * 8 + t1548_3] = v3_239;
            const int t1550_3 = (int)(o_376 % 8);
            const long t1550_q = o_376 / 8;
            const int t1550_2 = (int)(t1550_q % 2);
            const long t1550_q_2 = t1550_q / 2;
            const int t1550_1 = (int)(t1550_q_2 % d_T);
            const int t1550_0 = (int)(t1550_q_2 / d_T);
            const int t1551_2 = (int)(o_376 % 16);
            const float v3_240 = acc7_3.s7 + x6[(long)t1551_2];
            y4[(((long)t1550_0 * 2 + t1550_2) * 8 + t1550_3) * d_T + t1550_1] = v3_240;
          }
          if (1) {
            const long o_377 = om_21 * 16 + 8L;
            const int t1552_3 = (int)(o_377 % 8);
            const long t1552_q = o_377 / 8;
            const int t1552_2 = (int)(t1552_q % 2);
            const long t1552_q_2 = t1552_q / 2;
            const int t1552_1 = (int)(t1552_q_2 % d_T);
            const int t1552_0 = (int)(t1552_q_2 / d_T);
            const int t1553_2 = (int)(o_377 % 16);
            const float v3_241 = acc7_3.s8 + x6[(long)t1553_2];
            y2[(((long)t1552_0 * 2 + t1552_2) * d_T + t1552_1) * 8 + t1552_3] = v3_241;
            const int t1554_3 = (int)(o_377 % 8);
            const long t1554_q = o_377 / 8;
            const int t1554_2 = (int)(t1554_q % 2);
            const long t1554_q_2 = t1554_q / 2;
            const int t1554_1 = (int)(t1554_q_2 % d_T);
            const int t1554_0 = (int)(t1554_q_2 / d_T);
            const int t1555_2 = (int)(o_377 % 16);
            const float v3_242 = acc7_3.s8 + x6[(long)t1555_2];
            y4[(((long)t1554_0 * 2 + t1554_2) * 8 + t1554_3) * d_T + t1554_1] = v3_242;
          }
          if (1) {
            const long o_378 = om_21 * 16 + 9L;
            const int t1556_3 = (int)(o_378 % 8);
            const long t1556_q = o_378 / 8;
            const int t1556_2 = (int)(t1556_q % 2);
            const long t1556_q_2 = t1556_q / 2;
            const int t1556_1 = (int)(t1556_q_2 % d_T);
            const int t1556_0 = (int)(t1556_q_2 / d_T);
            const int t1557_2 = (int)(o_378 % 16);
            const float v3_243 = acc7_3.s9 + x6[(long)t1557_2];
            y2[(((long)t1556_0 * 2 + t1556_2) * d_T + t1556_1) * 8 + t1556_3] = v3_243;
            const int t1558_3 = (int)(o_378 % 8);
            const long t1558_q = o_378 / 8;
            const int t1558_2 = (int)(t1558_q % 2);
            const long t1558_q_2 = t1558_q / 2;
            const int t1558_1 = (int)(t1558_q_2 % d_T);
            const int t1558_0 = (int)(t1558_q_2 / d_T);
            const int t1559_2 = (int)(o_378 % 16);
            const float v3_244 = acc7_3.s9 + x6[(long)t1559_2];
            y4[(((long)t1558_0 * 2 + t1558_2) * 8 + t1558_3) * d_T + t1558_1] = v3_244;
          }
          if (1) {
            const long o_379 = om_21 * 16 + 10L;
            const int t1560_3 = (int)(o_379 % 8);
            const long t1560_q = o_379 / 8;
            const int t1560_2 = (int)(t1560_q % 2);
            const long t1560_q_2 = t1560_q / 2;
            const int t1560_1 = (int)(t1560_q_2 % d_T);
            const int t1560_0 = (int)(t1560_q_2 / d_T);
            const int t1561_2 = (int)(o_379 % 16);
            const float v3_245 = acc7_3.sa + x6[(long)t1561_2];
            y2[(((long)t1560_0 * 2 + t1560_2) * d_T + t1560_1) * 8 + t1560_3] = v3_245;
            const int t1562_3 = (int)(o_379 % 8);
            const long t1562_q = o_379 / 8;
            const int t1562_2 = (int)(t1562_q % 2);
            const long t1562_q_2 = t1562_q / 2;
            const int t1562_1 = (int)(t1562_q_2 % d_T);
            const int t1562_0 = (int)(t1562_q_2 / d_T);
            const int t1563_2 = (int)(o_379 % 16);
            const float v3_246 = acc7_3.sa + x6[(long)t1563_2];
            y4[(((long)t1562_0 * 2 + t1562_2) * 8 + t1562_3) * d_T + t1562_1] = v3_246;
          }
          if (1) {
            const long o_380 = om_21 * 16 + 11L;
            const int t1564_3 = (int)(o_380 % 8);
            const long t1564_q = o_380 / 8;
            const int t1564_2 = (int)(t1564_q % 2);
            const long t1564_q_2 = t1564_q / 2;
            const int t1564_1 = (int)(t1564_q_2 % d_T);
            const int t1564_0 = (int)(t1564_q_2 / d_T);
            const int t1565_2 = (int)(o_380 % 16);
            const float v3_247 = acc7_3.sb + x6[(long)t1565_2];
            y2[(((long)t1564_0 * 2 + t1564_2) * d_T + t1564_1) * 8 + t1564_3] = v3_247;
            const int t1566_3 = (int)(o_380 % 8);
            const long t1566_q = o_380 / 8;
            const int t1566_2 = (int)(t1566_q % 2);
            const long t1566_q_2 = t1566_q / 2;
            const int t1566_1 = (int)(t1566_q_2 % d_T);
            const int t1566_0 = (int)(t1566_q_2 / d_T);
            const int t1567_2 = (int)(o_380 % 16);
            const float v3_248 = acc7_3.sb + x6[(long)t1567_2];
            y4[(((long)t1566_0 * 2 + t1566_2) * 8 + t1566_3) * d_T + t1566_1] = v3_248;
          }
          if (1) {
            const long o_381 = om_21 * 16 + 12L;
            const int t1568_3 = (int)(o_381 % 8);
            const long t1568_q = o_381 / 8;
            const int t1568_2 = (int)(t1568_q % 2);
            const long t1568_q_2 = t1568_q / 2;
            const int t1568_1 = (int)(t1568_q_2 % d_T);
            const int t1568_0 = (int)(t1568_q_2 / d_T);
            const int t1569_2 = (int)(o_381 % 16);
            const float v3_249 = acc7_3.sc + x6[(long)t1569_2];
            y2[(((long)t1568_0 * 2 + t1568_2) * d_T + t1568_1) * 8 + t1568_3] = v3_249;
            const int t1570_3 = (int)(o_381 % 8);
            const long t1570_q = o_381 / 8;
            const int t1570_2 = (int)(t1570_q % 2);
            const long t1570_q_2 = t1570_q / 2;
            const int t1570_1 = (int)(t1570_q_2 % d_T);
            const int t1570_0 = (int)(t1570_q_2 / d_T);
            const int t1571_2 = (int)(o_381 % 16);
            const float v3_250 = acc7_3.sc + x6[(long)t1571_2];
            y4[(((long)t1570_0 * 2 + t1570_2) * 8 + t1570_3) * d_T + t1570_1] = v3_250;
          }
          if (1) {
            const long o_382 = om_21 * 16 + 13L;
            const int t1572_3 = (int)(o_382 % 8);
            const long t1572_q = o_382 / 8;
            const int t1572_2 = (int)(t1572_q % 2);
            const long t1572_q_2 = t1572_q / 2;
            const int t1572_1 = (int)(t1572_q_2 % d_T);
            const int t1572_0 = (int)(t1572_q_2 / d_T);
            const int t1573_2 = (int)(o_382 % 16);
            const float v3_251 = acc7_3.sd + x6[(long)t1573_2];
            y2[(((long)t1572_0 * 2 + t1572_2) * d_T + t1572_1) * 8 + t1572_3] = v3_251;
            const int t1574_3 = (int)(o_382 % 8);
            const long t1574_q = o_382 / 8;
            const int t1574_2 = (int)(t1574_q % 2);
            const long t1574_q_2 = t1574_q / 2;
            const int t1574_1 = (int)(t1574_q_2 % d_T);
            const int t1574_0 = (int)(t1574_q_2 / d_T);
            const int t1575_2 = (int)(o_382 % 16);
            const float v3_252 = acc7_3.sd + x6[(long)t1575_2];
            y4[(((long)t1574_0 * 2 + t1574_2) * 8 + t1574_3) * d_T + t1574_1] = v3_252;
          }
          if (1) {
            const long o_383 = om_21 * 16 + 14L;
            const int t1576_3 = (int)(o_383 % 8);
            const long t1576_q = o_383 / 8;
            const int t1576_2 = (int)(t1576_q % 2);
            const long t1576_q_2 = t1576_q / 2;
            const int t1576_1 = (int)(t1576_q_2 % d_T);
            const int t1576_0 = (int)(t1576_q_2 / d_T);
            const int t1577_2 = (int)(o_383 % 16);
            const float v3_253 = acc7_3.se + x6[(long)t1577_2];
            y2[(((long)t1576_0 * 2 + t1576_2) * d_T + t1576_1) * 8 + t1576_3] = v3_253;
            const int t1578_3 = (int)(o_383 % 8);
            const long t1578_q = o_383 / 8;
            const int t1578_2 = (int)(t1578_q % 2);
            const long t1578_q_2 = t1578_q / 2;
            const int t1578_1 = (int)(t1578_q_2 % d_T);
            const int t1578_0 = (int)(t1578_q_2 / d_T);
            const int t1579_2 = (int)(o_383 % 16);
            const float v3_254 = acc7_3.se + x6[(long)t1579_2];
            y4[(((long)t1578_0 * 2 + t1578_2) * 8 + t1578_3) * d_T + t1578_1] = v3_254;
          }
          if (1) {
            const long o_384 = om_21 * 16 + 15L;
            const int t1580_3 = (int)(o_384 % 8);
            const long t1580_q = o_384 / 8;
            const int t1580_2 = (int)(t1580_q % 2);
            const long t1580_q_2 = t1580_q / 2;
            const int t1580_1 = (int)(t1580_q_2 % d_T);
            const int t1580_0 = (int)(t1580_q_2 / d_T);
            const int t1581_2 = (int)(o_384 % 16);
            const float v3_255 = acc7_3.sf + x6[(long)t1581_2];
            y2[(((long)t1580_0 * 2 + t1580_2) * d_T + t1580_1) * 8 + t1580_3] = v3_255;
            const int t1582_3 = (int)(o_384 % 8);
            const long t1582_q = o_384 / 8;
            const int t1582_2 = (int)(t1582_q % 2);
            const long t1582_q_2 = t1582_q / 2;
            const int t1582_1 = (int)(t1582_q_2 % d_T);
            const int t1582_0 = (int)(t1582_q_2 / d_T);
            const int t1583_2 = (int)(o_384 % 16);
            const float v3_256 = acc7_3.sf + x6[(long)t1583_2];
            y4[(((long)t1582_0 * 2 + t1582_2) * 8 + t1582_3) * d_T + t1582_1] = v3_256;
          }
        }
      }
    }
  }
}
