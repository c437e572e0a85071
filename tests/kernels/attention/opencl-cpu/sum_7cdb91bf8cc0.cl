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

/* k106_sum (sum_7cdb91bf8cc0): 10 IR nodes, 16 neighbouring rows of the reduction's domain per work item
 *   %64 = sum %1 axes=[0, 1] : f32[1, 1, 16]   ($SRC/stdlib/nn.llm:66)
 *   %91 = permute %76 perm=[0, 2, 1, 3] : f32[B, T, 2, 8]   ($SRC/stdlib/nn.llm:151)
 *   %92 = permute %88 perm=[0, 2, 1, 3] : f32[B, T, 2, 8]   ($SRC/stdlib/nn.llm:149)
 *   %93 = reshape %91 : f32[B, T, 16]   ($SRC/stdlib/nn.llm:137)
 *   %94 = sum %93 axes=[0, 1] : f32[1, 1, 16]   ($SRC/stdlib/nn.llm:66)
 *   %99 = reshape %90 : f32[B, 16, T]   ($SRC/stdlib/nn.llm:136)
 *   %100 = permute %99 perm=[0, 2, 1] : f32[B, T, 16]   ($SRC/stdlib/nn.llm:136)
 *   %101 = sum %100 axes=[0, 1] : f32[1, 1, 16]   ($SRC/stdlib/nn.llm:66)
 *   %105 = reshape %92 : f32[B, T, 16]   ($SRC/stdlib/nn.llm:135)
 *   %106 = sum %105 axes=[0, 1] : f32[1, 1, 16]   ($SRC/stdlib/nn.llm:66)
 * arguments: x0 = %1; x1 = %76; x2 = %88; x3 = %90; y0 = %64; y1 = %94; y2 = %101; y3 = %106; d_B = B; d_T = T
 */
__kernel void sum_7cdb91bf8cc0(__global const float *restrict x0, __global const float *restrict x1,
    __global const float *restrict x2, __global const float *restrict x3, __global float *restrict y0,
    __global float *restrict y1, __global float *restrict y2, __global float *restrict y3, int d_B,
    int d_T) {
  for (long blk = (long)get_global_id(0); blk < 1L; blk++) {
    const long base = blk * 16L > 0L ? 0L : blk * 16L;
    const int o2 = (int)base;
    float16 vacc = (float16)0.0f;
    float16 vacc_2 = (float16)0.0f;
    float16 vacc_3 = (float16)0.0f;
    float16 vacc_4 = (float16)0.0f;
    for (int r0 = 0; r0 < d_B; r0++) {
      for (int r1 = 0; r1 < d_T; r1++) {
        vacc += vload16(0, x0 + (((long)r0 * d_T + r1) * 16 + o2));
        const long t0_q = ((long)r0 * d_T + r1) * 16 + o2;
        const int t0_3 = (int)(t0_q % 8);
        const long t0_q_2 = t0_q / 8;
        const int t0_2 = (int)(t0_q_2 % 2);
        const long t0_q_3 = t0_q_2 / 2;
        const int t0_1 = (int)(t0_q_3 % d_T);
        const int t0_0 = (int)(t0_q_3 / d_T);
        const long t1_q = ((long)r0 * d_T + r1) * 16 + (o2 + 1);
        const int t1_3 = (int)(t1_q % 8);
        const long t1_q_2 = t1_q / 8;
        const int t1_2 = (int)(t1_q_2 % 2);
        const long t1_q_3 = t1_q_2 / 2;
        const int t1_1 = (int)(t1_q_3 % d_T);
        const int t1_0 = (int)(t1_q_3 / d_T);
        const long t2_q = ((long)r0 * d_T + r1) * 16 + (o2 + 2);
        const int t2_3 = (int)(t2_q % 8);
        const long t2_q_2 = t2_q / 8;
        const int t2_2 = (int)(t2_q_2 % 2);
        const long t2_q_3 = t2_q_2 / 2;
        const int t2_1 = (int)(t2_q_3 % d_T);
        const int t2_0 = (int)(t2_q_3 / d_T);
        const long t3_q = ((long)r0 * d_T + r1) * 16 + (o2 + 3);
        const int t3_3 = (int)(t3_q % 8);
        const long t3_q_2 = t3_q / 8;
        const int t3_2 = (int)(t3_q_2 % 2);
        const long t3_q_3 = t3_q_2 / 2;
        const int t3_1 = (int)(t3_q_3 % d_T);
        const int t3_0 = (int)(t3_q_3 / d_T);
        const long t4_q = ((long)r0 * d_T + r1) * 16 + (o2 + 4);
        const int t4_3 = (int)(t4_q % 8);
        const long t4_q_2 = t4_q / 8;
        const int t4_2 = (int)(t4_q_2 % 2);
        const long t4_q_3 = t4_q_2 / 2;
        const int t4_1 = (int)(t4_q_3 % d_T);
        const int t4_0 = (int)(t4_q_3 / d_T);
        const long t5_q = ((long)r0 * d_T + r1) * 16 + (o2 + 5);
        const int t5_3 = (int)(t5_q % 8);
        const long t5_q_2 = t5_q / 8;
        const int t5_2 = (int)(t5_q_2 % 2);
        const long t5_q_3 = t5_q_2 / 2;
        const int t5_1 = (int)(t5_q_3 % d_T);
        const int t5_0 = (int)(t5_q_3 / d_T);
        const long t6_q = ((long)r0 * d_T + r1) * 16 + (o2 + 6);
        const int t6_3 = (int)(t6_q % 8);
        const long t6_q_2 = t6_q / 8;
        const int t6_2 = (int)(t6_q_2 % 2);
        const long t6_q_3 = t6_q_2 / 2;
        const int t6_1 = (int)(t6_q_3 % d_T);
        const int t6_0 = (int)(t6_q_3 / d_T);
        const long t7_q = ((long)r0 * d_T + r1) * 16 + (o2 + 7);
        const int t7_3 = (int)(t7_q % 8);
        const long t7_q_2 = t7_q / 8;
        const int t7_2 = (int)(t7_q_2 % 2);
        const long t7_q_3 = t7_q_2 / 2;
        const int t7_1 = (int)(t7_q_3 % d_T);
        const int t7_0 = (int)(t7_q_3 / d_T);
        const long t8_q = ((long)r0 * d_T + r1) * 16 + (o2 + 8);
        const int t8_3 = (int)(t8_q % 8);
        const long t8_q_2 = t8_q / 8;
        const int t8_2 = (int)(t8_q_2 % 2);
        const long t8_q_3 = t8_q_2 / 2;
        const int t8_1 = (int)(t8_q_3 % d_T);
        const int t8_0 = (int)(t8_q_3 / d_T);
        const long t9_q = ((long)r0 * d_T + r1) * 16 + (o2 + 9);
        const int t9_3 = (int)(t9_q % 8);
        const long t9_q_2 = t9_q / 8;
        const int t9_2 = (int)(t9_q_2 % 2);
        const long t9_q_3 = t9_q_2 / 2;
        const int t9_1 = (int)(t9_q_3 % d_T);
        const int t9_0 = (int)(t9_q_3 / d_T);
        const long t10_q = ((long)r0 * d_T + r1) * 16 + (o2 + 10);
        const int t10_3 = (int)(t10_q % 8);
        const long t10_q_2 = t10_q / 8;
        const int t10_2 = (int)(t10_q_2 % 2);
        const long t10_q_3 = t10_q_2 / 2;
        const int t10_1 = (int)(t10_q_3 % d_T);
        const int t10_0 = (int)(t10_q_3 / d_T);
        const long t11_q = ((long)r0 * d_T + r1) * 16 + (o2 + 11);
        const int t11_3 = (int)(t11_q % 8);
        const long t11_q_2 = t11_q / 8;
        const int t11_2 = (int)(t11_q_2 % 2);
        const long t11_q_3 = t11_q_2 / 2;
        const int t11_1 = (int)(t11_q_3 % d_T);
        const int t11_0 = (int)(t11_q_3 / d_T);
        const long t12_q = ((long)r0 * d_T + r1) * 16 + (o2 + 12);
        const int t12_3 = (int)(t12_q % 8);
        const long t12_q_2 = t12_q / 8;
        const int t12_2 = (int)(t12_q_2 % 2);
        const long t12_q_3 = t12_q_2 / 2;
        const int t12_1 = (int)(t12_q_3 % d_T);
        const int t12_0 = (int)(t12_q_3 / d_T);
        const long t13_q = ((long)r0 * d_T + r1) * 16 + (o2 + 13);
        const int t13_3 = (int)(t13_q % 8);
        const long t13_q_2 = t13_q / 8;
        const int t13_2 = (int)(t13_q_2 % 2);
        const long t13_q_3 = t13_q_2 / 2;
        const int t13_1 = (int)(t13_q_3 % d_T);
        const int t13_0 = (int)(t13_q_3 / d_T);
        const long t14_q = ((long)r0 * d_T + r1) * 16 + (o2 + 14);
        const int t14_3 = (int)(t14_q % 8);
        const long t14_q_2 = t14_q / 8;
        const int t14_2 = (int)(t14_q_2 % 2);
        const long t14_q_3 = t14_q_2 / 2;
        const int t14_1 = (int)(t14_q_3 % d_T);
        const int t14_0 = (int)(t14_q_3 / d_T);
        const long t15_q = ((long)r0 * d_T + r1) * 16 + (o2 + 15);
        const int t15_3 = (int)(t15_q % 8);
        const long t15_q_2 = t15_q / 8;
        const int t15_2 = (int)(t15_q_2 % 2);
        const long t15_q_3 = t15_q_2 / 2;
        const int t15_1 = (int)(t15_q_3 % d_T);
        const int t15_0 = (int)(t15_q_3 / d_T);
        const float16 g = (float16)(x1[(((long)t0_0 * 2 + t0_2) * d_T + t0_1) * 8 + t0_3], x1[(((long)t1_0 * 2 + t1_2) * d_T + t1_1) * 8 + t1_3], x1[(((long)t2_0 * 2 + t2_2) * d_T + t2_1) * 8 + t2_3], x1[(((long)t3_0 * 2 + t3_2) * d_T + t3_1) * 8 + t3_3], x1[(((long)t4_0 * 2 + t4_2) * d_T + t4_1) * 8 + t4_3], x1[(((long)t5_0 * 2 + t5_2) * d_T + t5_1) * 8 + t5_3], x1[(((long)t6_0 * 2 + t6_2) * d_T + t6_1) * 8 + t6_3], x1[(((long)t7_0 * 2 + t7_2) * d_T + t7_1) * 8 + t7_3], x1[(((long)t8_0 * 2 + t8_2) * d_T + t8_1) * 8 + t8_3], x1[(((long)t9_0 * 2 + t9_2) * d_T + t9_1) * 8 + t9_3], x1[(((long)t10_0 * 2 + t10_2) * d_T + t10_1) * 8 + t10_3], x1[(((long)t11_0 * 2 + t11_2) * d_T + t11_1) * 8 + t11_3], x1[(((long)t12_0 * 2 + t12_2) * d_T + t12_1) * 8 + t12_3], x1[(((long)t13_0 * 2 + t13_2) * d_T + t13_1) * 8 + t13_3], x1[(((long)t14_0 * 2 + t14_2) * d_T + t14_1) * 8 + t14_3], x1[(((long)t15_0 * 2 + t15_2) * d_T + t15_1) * 8 + t15_3]);
        vacc_2 += g;
        const float16 g_2 = (float16)(x3[((long)r0 * 16 + o2) * d_T + r1], x3[((long)r0 * 16 + (o2 + 1)) * d_T + r1], x3[((long)r0 * 16 + (o2 + 2)) * d_T + r1], x3[((long)r0 * 16 + (o2 + 3)) * d_T + r1], x3[((long)r0 * 16 + (o2 + 4)) * d_T + r1], x3[((long)r0 * 16 + (o2 + 5)) * d_T + r1], x3[((long)r0 * 16 + (o2 + 6)) * d_T + r1], x3[((long)r0 * 16 + (o2 + 7)) * d_T + r1], x3[((long)r0 * 16 + (o2 + 8)) * d_T + r1], x3[((long)r0 * 16 + (o2 + 9)) * d_T + r1], x3[((long)r0 * 16 + (o2 + 10)) * d_T + r1], x3[((long)r0 * 16 + (o2 + 11)) * d_T + r1], x3[((long)r0 * 16 + (o2 + 12)) * d_T + r1], x3[((long)r0 * 16 + (o2 + 13)) * d_T + r1], x3[((long)r0 * 16 + (o2 + 14)) * d_T + r1], x3[((long)r0 * 16 + (o2 + 15)) * d_T + r1]);
        vacc_3 += g_2;
        const long t16_q = ((long)r0 * d_T + r1) * 16 + o2;
        const int t16_3 = (int)(t16_q % 8);
        const long t16_q_2 = t16_q / 8;
        const int t16_2 = (int)(t16_q_2 % 2);
        const long t16_q_3 = t16_q_2 / 2;
        const int t16_1 = (int)(t16_q_3 % d_T);
        const int t16_0 = (int)(t16_q_3 / d_T);
        const long t17_q = ((long)r0 * d_T + r1) * 16 + (o2 + 1);
        const int t17_3 = (int)(t17_q % 8);
        const long t17_q_2 = t17_q / 8;
        const int t17_2 = (int)(t17_q_2 % 2);
        const long t17_q_3 = t17_q_2 / 2;
        const int t17_1 = (int)(t17_q_3 % d_T);
        const int t17_0 = (int)(t17_q_3 / d_T);
        const long t18_q = ((long)r0 * d_T + r1) * 16 + (o2 + 2);
        const int t18_3 = (int)(t18_q % 8);
        const long t18_q_2 = t18_q / 8;
        const int t18_2 = (int)(t18_q_2 % 2);
        const long t18_q_3 = t18_q_2 / 2;
        const int t18_1 = (int)(t18_q_3 % d_T);
        const int t18_0 = (int)(t18_q_3 / d_T);
        const long t19_q = ((long)r0 * d_T + r1) * 16 + (o2 + 3);
        const int t19_3 = (int)(t19_q % 8);
        const long t19_q_2 = t19_q / 8;
        const int t19_2 = (int)(t19_q_2 % 2);
        const long t19_q_3 = t19_q_2 / 2;
        const int t19_1 = (int)(t19_q_3 % d_T);
        const int t19_0 = (int)(t19_q_3 / d_T);
        const long t20_q = ((long)r0 * d_T + r1) * 16 + (o2 + 4);
        const int t20_3 = (int)(t20_q % 8);
        const long t20_q_2 = t20_q / 8;
        const int t20_2 = (int)(t20_q_2 % 2);
        const long t20_q_3 = t20_q_2 / 2;
        const int t20_1 = (int)(t20_q_3 % d_T);
        const int t20_0 = (int)(t20_q_3 / d_T);
        const long t21_q = ((long)r0 * d_T + r1) * 16 + (o2 + 5);
        const int t21_3 = (int)(t21_q % 8);
        const long t21_q_2 = t21_q / 8;
        const int t21_2 = (int)(t21_q_2 % 2);
        const long t21_q_3 = t21_q_2 / 2;
        const int t21_1 = (int)(t21_q_3 % d_T);
        const int t21_0 = (int)(t21_q_3 / d_T);
        const long t22_q = ((long)r0 * d_T + r1) * 16 + (o2 + 6);
        const int t22_3 = (int)(t22_q % 8);
        const long t22_q_2 = t22_q / 8;
        const int t22_2 = (int)(t22_q_2 % 2);
        const long t22_q_3 = t22_q_2 / 2;
        const int t22_1 = (int)(t22_q_3 % d_T);
        const int t22_0 = (int)(t22_q_3 / d_T);
        const long t23_q = ((long)r0 * d_T + r1) * 16 + (o2 + 7);
        const int t23_3 = (int)(t23_q % 8);
        const long t23_q_2 = t23_q / 8;
        const int t23_2 = (int)(t23_q_2 % 2);
        const long t23_q_3 = t23_q_2 / 2;
        const int t23_1 = (int)(t23_q_3 % d_T);
        const int t23_0 = (int)(t23_q_3 / d_T);
        const long t24_q = ((long)r0 * d_T + r1) * 16 + (o2 + 8);
        const int t24_3 = (int)(t24_q % 8);
        const long t24_q_2 = t24_q / 8;
        const int t24_2 = (int)(t24_q_2 % 2);
        const long t24_q_3 = t24_q_2 / 2;
        const int t24_1 = (int)(t24_q_3 % d_T);
        const int t24_0 = (int)(t24_q_3 / d_T);
        const long t25_q = ((long)r0 * d_T + r1) * 16 + (o2 + 9);
        const int t25_3 = (int)(t25_q % 8);
        const long t25_q_2 = t25_q / 8;
        const int t25_2 = (int)(t25_q_2 % 2);
        const long t25_q_3 = t25_q_2 / 2;
        const int t25_1 = (int)(t25_q_3 % d_T);
        const int t25_0 = (int)(t25_q_3 / d_T);
        const long t26_q = ((long)r0 * d_T + r1) * 16 + (o2 + 10);
        const int t26_3 = (int)(t26_q % 8);
        const long t26_q_2 = t26_q / 8;
        const int t26_2 = (int)(t26_q_2 % 2);
        const long t26_q_3 = t26_q_2 / 2;
        const int t26_1 = (int)(t26_q_3 % d_T);
        const int t26_0 = (int)(t26_q_3 / d_T);
        const long t27_q = ((long)r0 * d_T + r1) * 16 + (o2 + 11);
        const int t27_3 = (int)(t27_q % 8);
        const long t27_q_2 = t27_q / 8;
        const int t27_2 = (int)(t27_q_2 % 2);
        const long t27_q_3 = t27_q_2 / 2;
        const int t27_1 = (int)(t27_q_3 % d_T);
        const int t27_0 = (int)(t27_q_3 / d_T);
        const long t28_q = ((long)r0 * d_T + r1) * 16 + (o2 + 12);
        const int t28_3 = (int)(t28_q % 8);
        const long t28_q_2 = t28_q / 8;
        const int t28_2 = (int)(t28_q_2 % 2);
        const long t28_q_3 = t28_q_2 / 2;
        const int t28_1 = (int)(t28_q_3 % d_T);
        const int t28_0 = (int)(t28_q_3 / d_T);
        const long t29_q = ((long)r0 * d_T + r1) * 16 + (o2 + 13);
        const int t29_3 = (int)(t29_q % 8);
        const long t29_q_2 = t29_q / 8;
        const int t29_2 = (int)(t29_q_2 % 2);
        const long t29_q_3 = t29_q_2 / 2;
        const int t29_1 = (int)(t29_q_3 % d_T);
        const int t29_0 = (int)(t29_q_3 / d_T);
        const long t30_q = ((long)r0 * d_T + r1) * 16 + (o2 + 14);
        const int t30_3 = (int)(t30_q % 8);
        const long t30_q_2 = t30_q / 8;
        const int t30_2 = (int)(t30_q_2 % 2);
        const long t30_q_3 = t30_q_2 / 2;
        const int t30_1 = (int)(t30_q_3 % d_T);
        const int t30_0 = (int)(t30_q_3 / d_T);
        const long t31_q = ((long)r0 * d_T + r1) * 16 + (o2 + 15);
        const int t31_3 = (int)(t31_q % 8);
        const long t31_q_2 = t31_q / 8;
        const int t31_2 = (int)(t31_q_2 % 2);
        const long t31_q_3 = t31_q_2 / 2;
        const int t31_1 = (int)(t31_q_3 % d_T);
        const int t31_0 = (int)(t31_q_3 / d_T);
        const float16 g_3 = (float16)(x2[(((long)t16_0 * 2 + t16_2) * d_T + t16_1) * 8 + t16_3], x2[(((long)t17_0 * 2 + t17_2) * d_T + t17_1) * 8 + t17_3], x2[(((long)t18_0 * 2 + t18_2) * d_T + t18_1) * 8 + t18_3], x2[(((long)t19_0 * 2 + t19_2) * d_T + t19_1) * 8 + t19_3], x2[(((long)t20_0 * 2 + t20_2) * d_T + t20_1) * 8 + t20_3], x2[(((long)t21_0 * 2 + t21_2) * d_T + t21_1) * 8 + t21_3], x2[(((long)t22_0 * 2 + t22_2) * d_T + t22_1) * 8 + t22_3], x2[(((long)t23_0 * 2 + t23_2) * d_T + t23_1) * 8 + t23_3], x2[(((long)t24_0 * 2 + t24_2) * d_T + t24_1) * 8 + t24_3], x2[(((long)t25_0 * 2 + t25_2) * d_T + t25_1) * 8 + t25_3], x2[(((long)t26_0 * 2 + t26_2) * d_T + t26_1) * 8 + t26_3], x2[(((long)t27_0 * 2 + t27_2) * d_T + t27_1) * 8 + t27_3], x2[(((long)t28_0 * 2 + t28_2) * d_T + t28_1) * 8 + t28_3], x2[(((long)t29_0 * 2 + t29_2) * d_T + t29_1) * 8 + t29_3], x2[(((long)t30_0 * 2 + t30_2) * d_T + t30_1) * 8 + t30_3], x2[(((long)t31_0 * 2 + t31_2) * d_T + t31_1) * 8 + t31_3]);
        vacc_4 += g_3;
      }
    }
    vstore16(vacc, 0, y0 + base);
    vstore16(vacc_2, 0, y1 + base);
    vstore16(vacc_3, 0, y2 + base);
    vstore16(vacc_4, 0, y3 + base);
  }
}
