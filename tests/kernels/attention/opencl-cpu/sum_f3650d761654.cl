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

/* k106_sum (sum_f3650d761654): 10 IR nodes, 16 neighbouring rows of the reduction's domain per work item
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
__kernel void sum_f3650d761654(__global const float *restrict x0, __global const float *restrict x1,
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
        const int t0_3 = o2 % 8;
        const int t0_2 = o2 / 8;
        const int t1_q = o2 + 1;
        const int t1_3 = t1_q % 8;
        const int t1_2 = t1_q / 8;
        const int t2_q = o2 + 2;
        const int t2_3 = t2_q % 8;
        const int t2_2 = t2_q / 8;
        const int t3_q = o2 + 3;
        const int t3_3 = t3_q % 8;
        const int t3_2 = t3_q / 8;
        const int t4_q = o2 + 4;
        const int t4_3 = t4_q % 8;
        const int t4_2 = t4_q / 8;
        const int t5_q = o2 + 5;
        const int t5_3 = t5_q % 8;
        const int t5_2 = t5_q / 8;
        const int t6_q = o2 + 6;
        const int t6_3 = t6_q % 8;
        const int t6_2 = t6_q / 8;
        const int t7_q = o2 + 7;
        const int t7_3 = t7_q % 8;
        const int t7_2 = t7_q / 8;
        const int t8_q = o2 + 8;
        const int t8_3 = t8_q % 8;
        const int t8_2 = t8_q / 8;
        const int t9_q = o2 + 9;
        const int t9_3 = t9_q % 8;
        const int t9_2 = t9_q / 8;
        const int t10_q = o2 + 10;
        const int t10_3 = t10_q % 8;
        const int t10_2 = t10_q / 8;
        const int t11_q = o2 + 11;
        const int t11_3 = t11_q % 8;
        const int t11_2 = t11_q / 8;
        const int t12_q = o2 + 12;
        const int t12_3 = t12_q % 8;
        const int t12_2 = t12_q / 8;
        const int t13_q = o2 + 13;
        const int t13_3 = t13_q % 8;
        const int t13_2 = t13_q / 8;
        const int t14_q = o2 + 14;
        const int t14_3 = t14_q % 8;
        const int t14_2 = t14_q / 8;
        const int t15_q = o2 + 15;
        const int t15_3 = t15_q % 8;
        const int t15_2 = t15_q / 8;
        const float16 g = (float16)(x1[(((long)r0 * 2 + t0_2) * d_T + r1) * 8 + t0_3], x1[(((long)r0 * 2 + t1_2) * d_T + r1) * 8 + t1_3], x1[(((long)r0 * 2 + t2_2) * d_T + r1) * 8 + t2_3], x1[(((long)r0 * 2 + t3_2) * d_T + r1) * 8 + t3_3], x1[(((long)r0 * 2 + t4_2) * d_T + r1) * 8 + t4_3], x1[(((long)r0 * 2 + t5_2) * d_T + r1) * 8 + t5_3], x1[(((long)r0 * 2 + t6_2) * d_T + r1) * 8 + t6_3], x1[(((long)r0 * 2 + t7_2) * d_T + r1) * 8 + t7_3], x1[(((long)r0 * 2 + t8_2) * d_T + r1) * 8 + t8_3], x1[(((long)r0 * 2 + t9_2) * d_T + r1) * 8 + t9_3], x1[(((long)r0 * 2 + t10_2) * d_T + r1) * 8 + t10_3], x1[(((long)r0 * 2 + t11_2) * d_T + r1) * 8 + t11_3], x1[(((long)r0 * 2 + t12_2) * d_T + r1) * 8 + t12_3], x1[(((long)r0 * 2 + t13_2) * d_T + r1) * 8 + t13_3], x1[(((long)r0 * 2 + t14_2) * d_T + r1) * 8 + t14_3], x1[(((long)r0 * 2 + t15_2) * d_T + r1) * 8 + t15_3]);
        vacc_2 += g;
        const int t16_2 = o2 % 8;
        const int t16_1 = o2 / 8;
        const int t17_q = o2 + 1;
        const int t17_2 = t17_q % 8;
        const int t17_1 = t17_q / 8;
        const int t18_q = o2 + 2;
        const int t18_2 = t18_q % 8;
        const int t18_1 = t18_q / 8;
        const int t19_q = o2 + 3;
        const int t19_2 = t19_q % 8;
        const int t19_1 = t19_q / 8;
        const int t20_q = o2 + 4;
        const int t20_2 = t20_q % 8;
        const int t20_1 = t20_q / 8;
        const int t21_q = o2 + 5;
        const int t21_2 = t21_q % 8;
        const int t21_1 = t21_q / 8;
        const int t22_q = o2 + 6;
        const int t22_2 = t22_q % 8;
        const int t22_1 = t22_q / 8;
        const int t23_q = o2 + 7;
        const int t23_2 = t23_q % 8;
        const int t23_1 = t23_q / 8;
        const int t24_q = o2 + 8;
        const int t24_2 = t24_q % 8;
        const int t24_1 = t24_q / 8;
        const int t25_q = o2 + 9;
        const int t25_2 = t25_q % 8;
        const int t25_1 = t25_q / 8;
        const int t26_q = o2 + 10;
        const int t26_2 = t26_q % 8;
        const int t26_1 = t26_q / 8;
        const int t27_q = o2 + 11;
        const int t27_2 = t27_q % 8;
        const int t27_1 = t27_q / 8;
        const int t28_q = o2 + 12;
        const int t28_2 = t28_q % 8;
        const int t28_1 = t28_q / 8;
        const int t29_q = o2 + 13;
        const int t29_2 = t29_q % 8;
        const int t29_1 = t29_q / 8;
        const int t30_q = o2 + 14;
        const int t30_2 = t30_q % 8;
        const int t30_1 = t30_q / 8;
        const int t31_q = o2 + 15;
        const int t31_2 = t31_q % 8;
        const int t31_1 = t31_q / 8;
        const float16 g_2 = (float16)(x3[(((long)r0 * 2 + t16_1) * 8 + t16_2) * d_T + r1], x3[(((long)r0 * 2 + t17_1) * 8 + t17_2) * d_T + r1], x3[(((long)r0 * 2 + t18_1) * 8 + t18_2) * d_T + r1], x3[(((long)r0 * 2 + t19_1) * 8 + t19_2) * d_T + r1], x3[(((long)r0 * 2 + t20_1) * 8 + t20_2) * d_T + r1], x3[(((long)r0 * 2 + t21_1) * 8 + t21_2) * d_T + r1], x3[(((long)r0 * 2 + t22_1) * 8 + t22_2) * d_T + r1], x3[(((long)r0 * 2 + t23_1) * 8 + t23_2) * d_T + r1], x3[(((long)r0 * 2 + t24_1) * 8 + t24_2) * d_T + r1], x3[(((long)r0 * 2 + t25_1) * 8 + t25_2) * d_T + r1], x3[(((long)r0 * 2 + t26_1) * 8 + t26_2) * d_T + r1], x3[(((long)r0 * 2 + t27_1) * 8 + t27_2) * d_T + r1], x3[(((long)r0 * 2 + t28_1) * 8 + t28_2) * d_T + r1], x3[(((long)r0 * 2 + t29_1) * 8 + t29_2) * d_T + r1], x3[(((long)r0 * 2 + t30_1) * 8 + t30_2) * d_T + r1], x3[(((long)r0 * 2 + t31_1) * 8 + t31_2) * d_T + r1]);
        vacc_3 += g_2;
        const int t32_3 = o2 % 8;
        const int t32_2 = o2 / 8;
        const int t33_q = o2 + 1;
        const int t33_3 = t33_q % 8;
        const int t33_2 = t33_q / 8;
        const int t34_q = o2 + 2;
        const int t34_3 = t34_q % 8;
        const int t34_2 = t34_q / 8;
        const int t35_q = o2 + 3;
        const int t35_3 = t35_q % 8;
        const int t35_2 = t35_q / 8;
        const int t36_q = o2 + 4;
        const int t36_3 = t36_q % 8;
        const int t36_2 = t36_q / 8;
        const int t37_q = o2 + 5;
        const int t37_3 = t37_q % 8;
        const int t37_2 = t37_q / 8;
        const int t38_q = o2 + 6;
        const int t38_3 = t38_q % 8;
        const int t38_2 = t38_q / 8;
        const int t39_q = o2 + 7;
        const int t39_3 = t39_q % 8;
        const int t39_2 = t39_q / 8;
        const int t40_q = o2 + 8;
        const int t40_3 = t40_q % 8;
        const int t40_2 = t40_q / 8;
        const int t41_q = o2 + 9;
        const int t41_3 = t41_q % 8;
        const int t41_2 = t41_q / 8;
        const int t42_q = o2 + 10;
        const int t42_3 = t42_q % 8;
        const int t42_2 = t42_q / 8;
        const int t43_q = o2 + 11;
        const int t43_3 = t43_q % 8;
        const int t43_2 = t43_q / 8;
        const int t44_q = o2 + 12;
        const int t44_3 = t44_q % 8;
        const int t44_2 = t44_q / 8;
        const int t45_q = o2 + 13;
        const int t45_3 = t45_q % 8;
        const int t45_2 = t45_q / 8;
        const int t46_q = o2 + 14;
        const int t46_3 = t46_q % 8;
        const int t46_2 = t46_q / 8;
        const int t47_q = o2 + 15;
        const int t47_3 = t47_q % 8;
        const int t47_2 = t47_q / 8;
        const float16 g_3 = (float16)(x2[(((long)r0 * 2 + t32_2) * d_T + r1) * 8 + t32_3], x2[(((long)r0 * 2 + t33_2) * d_T + r1) * 8 + t33_3], x2[(((long)r0 * 2 + t34_2) * d_T + r1) * 8 + t34_3], x2[(((long)r0 * 2 + t35_2) * d_T + r1) * 8 + t35_3], x2[(((long)r0 * 2 + t36_2) * d_T + r1) * 8 + t36_3], x2[(((long)r0 * 2 + t37_2) * d_T + r1) * 8 + t37_3], x2[(((long)r0 * 2 + t38_2) * d_T + r1) * 8 + t38_3], x2[(((long)r0 * 2 + t39_2) * d_T + r1) * 8 + t39_3], x2[(((long)r0 * 2 + t40_2) * d_T + r1) * 8 + t40_3], x2[(((long)r0 * 2 + t41_2) * d_T + r1) * 8 + t41_3], x2[(((long)r0 * 2 + t42_2) * d_T + r1) * 8 + t42_3], x2[(((long)r0 * 2 + t43_2) * d_T + r1) * 8 + t43_3], x2[(((long)r0 * 2 + t44_2) * d_T + r1) * 8 + t44_3], x2[(((long)r0 * 2 + t45_2) * d_T + r1) * 8 + t45_3], x2[(((long)r0 * 2 + t46_2) * d_T + r1) * 8 + t46_3], x2[(((long)r0 * 2 + t47_2) * d_T + r1) * 8 + t47_3]);
        vacc_4 += g_3;
      }
    }
    vstore16(vacc, 0, y0 + base);
    vstore16(vacc_2, 0, y1 + base);
    vstore16(vacc_3, 0, y2 + base);
    vstore16(vacc_4, 0, y3 + base);
  }
}
