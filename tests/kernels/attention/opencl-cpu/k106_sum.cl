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

/* k106_sum: 10 IR nodes, 16 neighbouring rows of the reduction's domain per work item
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
 * arguments: x1 = %1; x76 = %76; x88 = %88; x90 = %90; y64 = %64; y94 = %94; y101 = %101; y106 = %106; d_B = B; d_T = T
 */
__kernel void k106_sum(__global const float *restrict x1, __global const float *restrict x76,
    __global const float *restrict x88, __global const float *restrict x90,
    __global float *restrict y64, __global float *restrict y94, __global float *restrict y101,
    __global float *restrict y106, int d_B, int d_T) {
  for (long blk = (long)get_global_id(0); blk < 1L; blk++) {
    const long base = blk * 16L > 0L ? 0L : blk * 16L;
    const int o2 = (int)base;
    float16 vacc = (float16)0.0f;
    float16 vacc_2 = (float16)0.0f;
    float16 vacc_3 = (float16)0.0f;
    float16 vacc_4 = (float16)0.0f;
    for (int r0 = 0; r0 < d_B; r0++) {
      for (int r1 = 0; r1 < d_T; r1++) {
        vacc += vload16(0, x1 + (((long)r0 * d_T + r1) * 16 + o2));
        const long t4_q = ((long)r0 * d_T + r1) * 16 + o2;
        const int t4_3 = (int)(t4_q % 8);
        const long t4_q_2 = t4_q / 8;
        const int t4_2 = (int)(t4_q_2 % 2);
        const long t4_q_3 = t4_q_2 / 2;
        const int t4_1 = (int)(t4_q_3 % d_T);
        const int t4_0 = (int)(t4_q_3 / d_T);
        const long t7_q = ((long)r0 * d_T + r1) * 16 + (o2 + 1);
        const int t7_3 = (int)(t7_q % 8);
        const long t7_q_2 = t7_q / 8;
        const int t7_2 = (int)(t7_q_2 % 2);
        const long t7_q_3 = t7_q_2 / 2;
        const int t7_1 = (int)(t7_q_3 % d_T);
        const int t7_0 = (int)(t7_q_3 / d_T);
        const long t10_q = ((long)r0 * d_T + r1) * 16 + (o2 + 2);
        const int t10_3 = (int)(t10_q % 8);
        const long t10_q_2 = t10_q / 8;
        const int t10_2 = (int)(t10_q_2 % 2);
        const long t10_q_3 = t10_q_2 / 2;
        const int t10_1 = (int)(t10_q_3 % d_T);
        const int t10_0 = (int)(t10_q_3 / d_T);
        const long t13_q = ((long)r0 * d_T + r1) * 16 + (o2 + 3);
        const int t13_3 = (int)(t13_q % 8);
        const long t13_q_2 = t13_q / 8;
        const int t13_2 = (int)(t13_q_2 % 2);
        const long t13_q_3 = t13_q_2 / 2;
        const int t13_1 = (int)(t13_q_3 % d_T);
        const int t13_0 = (int)(t13_q_3 / d_T);
        const long t16_q = ((long)r0 * d_T + r1) * 16 + (o2 + 4);
        const int t16_3 = (int)(t16_q % 8);
        const long t16_q_2 = t16_q / 8;
        const int t16_2 = (int)(t16_q_2 % 2);
        const long t16_q_3 = t16_q_2 / 2;
        const int t16_1 = (int)(t16_q_3 % d_T);
        const int t16_0 = (int)(t16_q_3 / d_T);
        const long t19_q = ((long)r0 * d_T + r1) * 16 + (o2 + 5);
        const int t19_3 = (int)(t19_q % 8);
        const long t19_q_2 = t19_q / 8;
        const int t19_2 = (int)(t19_q_2 % 2);
        const long t19_q_3 = t19_q_2 / 2;
        const int t19_1 = (int)(t19_q_3 % d_T);
        const int t19_0 = (int)(t19_q_3 / d_T);
        const long t22_q = ((long)r0 * d_T + r1) * 16 + (o2 + 6);
        const int t22_3 = (int)(t22_q % 8);
        const long t22_q_2 = t22_q / 8;
        const int t22_2 = (int)(t22_q_2 % 2);
        const long t22_q_3 = t22_q_2 / 2;
        const int t22_1 = (int)(t22_q_3 % d_T);
        const int t22_0 = (int)(t22_q_3 / d_T);
        const long t25_q = ((long)r0 * d_T + r1) * 16 + (o2 + 7);
        const int t25_3 = (int)(t25_q % 8);
        const long t25_q_2 = t25_q / 8;
        const int t25_2 = (int)(t25_q_2 % 2);
        const long t25_q_3 = t25_q_2 / 2;
        const int t25_1 = (int)(t25_q_3 % d_T);
        const int t25_0 = (int)(t25_q_3 / d_T);
        const long t28_q = ((long)r0 * d_T + r1) * 16 + (o2 + 8);
        const int t28_3 = (int)(t28_q % 8);
        const long t28_q_2 = t28_q / 8;
        const int t28_2 = (int)(t28_q_2 % 2);
        const long t28_q_3 = t28_q_2 / 2;
        const int t28_1 = (int)(t28_q_3 % d_T);
        const int t28_0 = (int)(t28_q_3 / d_T);
        const long t31_q = ((long)r0 * d_T + r1) * 16 + (o2 + 9);
        const int t31_3 = (int)(t31_q % 8);
        const long t31_q_2 = t31_q / 8;
        const int t31_2 = (int)(t31_q_2 % 2);
        const long t31_q_3 = t31_q_2 / 2;
        const int t31_1 = (int)(t31_q_3 % d_T);
        const int t31_0 = (int)(t31_q_3 / d_T);
        const long t34_q = ((long)r0 * d_T + r1) * 16 + (o2 + 10);
        const int t34_3 = (int)(t34_q % 8);
        const long t34_q_2 = t34_q / 8;
        const int t34_2 = (int)(t34_q_2 % 2);
        const long t34_q_3 = t34_q_2 / 2;
        const int t34_1 = (int)(t34_q_3 % d_T);
        const int t34_0 = (int)(t34_q_3 / d_T);
        const long t37_q = ((long)r0 * d_T + r1) * 16 + (o2 + 11);
        const int t37_3 = (int)(t37_q % 8);
        const long t37_q_2 = t37_q / 8;
        const int t37_2 = (int)(t37_q_2 % 2);
        const long t37_q_3 = t37_q_2 / 2;
        const int t37_1 = (int)(t37_q_3 % d_T);
        const int t37_0 = (int)(t37_q_3 / d_T);
        const long t40_q = ((long)r0 * d_T + r1) * 16 + (o2 + 12);
        const int t40_3 = (int)(t40_q % 8);
        const long t40_q_2 = t40_q / 8;
        const int t40_2 = (int)(t40_q_2 % 2);
        const long t40_q_3 = t40_q_2 / 2;
        const int t40_1 = (int)(t40_q_3 % d_T);
        const int t40_0 = (int)(t40_q_3 / d_T);
        const long t43_q = ((long)r0 * d_T + r1) * 16 + (o2 + 13);
        const int t43_3 = (int)(t43_q % 8);
        const long t43_q_2 = t43_q / 8;
        const int t43_2 = (int)(t43_q_2 % 2);
        const long t43_q_3 = t43_q_2 / 2;
        const int t43_1 = (int)(t43_q_3 % d_T);
        const int t43_0 = (int)(t43_q_3 / d_T);
        const long t46_q = ((long)r0 * d_T + r1) * 16 + (o2 + 14);
        const int t46_3 = (int)(t46_q % 8);
        const long t46_q_2 = t46_q / 8;
        const int t46_2 = (int)(t46_q_2 % 2);
        const long t46_q_3 = t46_q_2 / 2;
        const int t46_1 = (int)(t46_q_3 % d_T);
        const int t46_0 = (int)(t46_q_3 / d_T);
        const long t49_q = ((long)r0 * d_T + r1) * 16 + (o2 + 15);
        const int t49_3 = (int)(t49_q % 8);
        const long t49_q_2 = t49_q / 8;
        const int t49_2 = (int)(t49_q_2 % 2);
        const long t49_q_3 = t49_q_2 / 2;
        const int t49_1 = (int)(t49_q_3 % d_T);
        const int t49_0 = (int)(t49_q_3 / d_T);
        const float16 g = (float16)(x76[(((long)t4_0 * 2 + t4_2) * d_T + t4_1) * 8 + t4_3], x76[(((long)t7_0 * 2 + t7_2) * d_T + t7_1) * 8 + t7_3], x76[(((long)t10_0 * 2 + t10_2) * d_T + t10_1) * 8 + t10_3], x76[(((long)t13_0 * 2 + t13_2) * d_T + t13_1) * 8 + t13_3], x76[(((long)t16_0 * 2 + t16_2) * d_T + t16_1) * 8 + t16_3], x76[(((long)t19_0 * 2 + t19_2) * d_T + t19_1) * 8 + t19_3], x76[(((long)t22_0 * 2 + t22_2) * d_T + t22_1) * 8 + t22_3], x76[(((long)t25_0 * 2 + t25_2) * d_T + t25_1) * 8 + t25_3], x76[(((long)t28_0 * 2 + t28_2) * d_T + t28_1) * 8 + t28_3], x76[(((long)t31_0 * 2 + t31_2) * d_T + t31_1) * 8 + t31_3], x76[(((long)t34_0 * 2 + t34_2) * d_T + t34_1) * 8 + t34_3], x76[(((long)t37_0 * 2 + t37_2) * d_T + t37_1) * 8 + t37_3], x76[(((long)t40_0 * 2 + t40_2) * d_T + t40_1) * 8 + t40_3], x76[(((long)t43_0 * 2 + t43_2) * d_T + t43_1) * 8 + t43_3], x76[(((long)t46_0 * 2 + t46_2) * d_T + t46_1) * 8 + t46_3], x76[(((long)t49_0 * 2 + t49_2) * d_T + t49_1) * 8 + t49_3]);
        vacc_2 += g;
        const float16 g_2 = (float16)(x90[((long)r0 * 16 + o2) * d_T + r1], x90[((long)r0 * 16 + (o2 + 1)) * d_T + r1], x90[((long)r0 * 16 + (o2 + 2)) * d_T + r1], x90[((long)r0 * 16 + (o2 + 3)) * d_T + r1], x90[((long)r0 * 16 + (o2 + 4)) * d_T + r1], x90[((long)r0 * 16 + (o2 + 5)) * d_T + r1], x90[((long)r0 * 16 + (o2 + 6)) * d_T + r1], x90[((long)r0 * 16 + (o2 + 7)) * d_T + r1], x90[((long)r0 * 16 + (o2 + 8)) * d_T + r1], x90[((long)r0 * 16 + (o2 + 9)) * d_T + r1], x90[((long)r0 * 16 + (o2 + 10)) * d_T + r1], x90[((long)r0 * 16 + (o2 + 11)) * d_T + r1], x90[((long)r0 * 16 + (o2 + 12)) * d_T + r1], x90[((long)r0 * 16 + (o2 + 13)) * d_T + r1], x90[((long)r0 * 16 + (o2 + 14)) * d_T + r1], x90[((long)r0 * 16 + (o2 + 15)) * d_T + r1]);
        vacc_3 += g_2;
        const long t85_q = ((long)r0 * d_T + r1) * 16 + o2;
        const int t85_3 = (int)(t85_q % 8);
        const long t85_q_2 = t85_q / 8;
        const int t85_2 = (int)(t85_q_2 % 2);
        const long t85_q_3 = t85_q_2 / 2;
        const int t85_1 = (int)(t85_q_3 % d_T);
        const int t85_0 = (int)(t85_q_3 / d_T);
        const long t88_q = ((long)r0 * d_T + r1) * 16 + (o2 + 1);
        const int t88_3 = (int)(t88_q % 8);
        const long t88_q_2 = t88_q / 8;
        const int t88_2 = (int)(t88_q_2 % 2);
        const long t88_q_3 = t88_q_2 / 2;
        const int t88_1 = (int)(t88_q_3 % d_T);
        const int t88_0 = (int)(t88_q_3 / d_T);
        const long t91_q = ((long)r0 * d_T + r1) * 16 + (o2 + 2);
        const int t91_3 = (int)(t91_q % 8);
        const long t91_q_2 = t91_q / 8;
        const int t91_2 = (int)(t91_q_2 % 2);
        const long t91_q_3 = t91_q_2 / 2;
        const int t91_1 = (int)(t91_q_3 % d_T);
        const int t91_0 = (int)(t91_q_3 / d_T);
        const long t94_q = ((long)r0 * d_T + r1) * 16 + (o2 + 3);
        const int t94_3 = (int)(t94_q % 8);
        const long t94_q_2 = t94_q / 8;
        const int t94_2 = (int)(t94_q_2 % 2);
        const long t94_q_3 = t94_q_2 / 2;
        const int t94_1 = (int)(t94_q_3 % d_T);
        const int t94_0 = (int)(t94_q_3 / d_T);
        const long t97_q = ((long)r0 * d_T + r1) * 16 + (o2 + 4);
        const int t97_3 = (int)(t97_q % 8);
        const long t97_q_2 = t97_q / 8;
        const int t97_2 = (int)(t97_q_2 % 2);
        const long t97_q_3 = t97_q_2 / 2;
        const int t97_1 = (int)(t97_q_3 % d_T);
        const int t97_0 = (int)(t97_q_3 / d_T);
        const long t100_q = ((long)r0 * d_T + r1) * 16 + (o2 + 5);
        const int t100_3 = (int)(t100_q % 8);
        const long t100_q_2 = t100_q / 8;
        const int t100_2 = (int)(t100_q_2 % 2);
        const long t100_q_3 = t100_q_2 / 2;
        const int t100_1 = (int)(t100_q_3 % d_T);
        const int t100_0 = (int)(t100_q_3 / d_T);
        const long t103_q = ((long)r0 * d_T + r1) * 16 + (o2 + 6);
        const int t103_3 = (int)(t103_q % 8);
        const long t103_q_2 = t103_q / 8;
        const int t103_2 = (int)(t103_q_2 % 2);
        const long t103_q_3 = t103_q_2 / 2;
        const int t103_1 = (int)(t103_q_3 % d_T);
        const int t103_0 = (int)(t103_q_3 / d_T);
        const long t106_q = ((long)r0 * d_T + r1) * 16 + (o2 + 7);
        const int t106_3 = (int)(t106_q % 8);
        const long t106_q_2 = t106_q / 8;
        const int t106_2 = (int)(t106_q_2 % 2);
        const long t106_q_3 = t106_q_2 / 2;
        const int t106_1 = (int)(t106_q_3 % d_T);
        const int t106_0 = (int)(t106_q_3 / d_T);
        const long t109_q = ((long)r0 * d_T + r1) * 16 + (o2 + 8);
        const int t109_3 = (int)(t109_q % 8);
        const long t109_q_2 = t109_q / 8;
        const int t109_2 = (int)(t109_q_2 % 2);
        const long t109_q_3 = t109_q_2 / 2;
        const int t109_1 = (int)(t109_q_3 % d_T);
        const int t109_0 = (int)(t109_q_3 / d_T);
        const long t112_q = ((long)r0 * d_T + r1) * 16 + (o2 + 9);
        const int t112_3 = (int)(t112_q % 8);
        const long t112_q_2 = t112_q / 8;
        const int t112_2 = (int)(t112_q_2 % 2);
        const long t112_q_3 = t112_q_2 / 2;
        const int t112_1 = (int)(t112_q_3 % d_T);
        const int t112_0 = (int)(t112_q_3 / d_T);
        const long t115_q = ((long)r0 * d_T + r1) * 16 + (o2 + 10);
        const int t115_3 = (int)(t115_q % 8);
        const long t115_q_2 = t115_q / 8;
        const int t115_2 = (int)(t115_q_2 % 2);
        const long t115_q_3 = t115_q_2 / 2;
        const int t115_1 = (int)(t115_q_3 % d_T);
        const int t115_0 = (int)(t115_q_3 / d_T);
        const long t118_q = ((long)r0 * d_T + r1) * 16 + (o2 + 11);
        const int t118_3 = (int)(t118_q % 8);
        const long t118_q_2 = t118_q / 8;
        const int t118_2 = (int)(t118_q_2 % 2);
        const long t118_q_3 = t118_q_2 / 2;
        const int t118_1 = (int)(t118_q_3 % d_T);
        const int t118_0 = (int)(t118_q_3 / d_T);
        const long t121_q = ((long)r0 * d_T + r1) * 16 + (o2 + 12);
        const int t121_3 = (int)(t121_q % 8);
        const long t121_q_2 = t121_q / 8;
        const int t121_2 = (int)(t121_q_2 % 2);
        const long t121_q_3 = t121_q_2 / 2;
        const int t121_1 = (int)(t121_q_3 % d_T);
        const int t121_0 = (int)(t121_q_3 / d_T);
        const long t124_q = ((long)r0 * d_T + r1) * 16 + (o2 + 13);
        const int t124_3 = (int)(t124_q % 8);
        const long t124_q_2 = t124_q / 8;
        const int t124_2 = (int)(t124_q_2 % 2);
        const long t124_q_3 = t124_q_2 / 2;
        const int t124_1 = (int)(t124_q_3 % d_T);
        const int t124_0 = (int)(t124_q_3 / d_T);
        const long t127_q = ((long)r0 * d_T + r1) * 16 + (o2 + 14);
        const int t127_3 = (int)(t127_q % 8);
        const long t127_q_2 = t127_q / 8;
        const int t127_2 = (int)(t127_q_2 % 2);
        const long t127_q_3 = t127_q_2 / 2;
        const int t127_1 = (int)(t127_q_3 % d_T);
        const int t127_0 = (int)(t127_q_3 / d_T);
        const long t130_q = ((long)r0 * d_T + r1) * 16 + (o2 + 15);
        const int t130_3 = (int)(t130_q % 8);
        const long t130_q_2 = t130_q / 8;
        const int t130_2 = (int)(t130_q_2 % 2);
        const long t130_q_3 = t130_q_2 / 2;
        const int t130_1 = (int)(t130_q_3 % d_T);
        const int t130_0 = (int)(t130_q_3 / d_T);
        const float16 g_3 = (float16)(x88[(((long)t85_0 * 2 + t85_2) * d_T + t85_1) * 8 + t85_3], x88[(((long)t88_0 * 2 + t88_2) * d_T + t88_1) * 8 + t88_3], x88[(((long)t91_0 * 2 + t91_2) * d_T + t91_1) * 8 + t91_3], x88[(((long)t94_0 * 2 + t94_2) * d_T + t94_1) * 8 + t94_3], x88[(((long)t97_0 * 2 + t97_2) * d_T + t97_1) * 8 + t97_3], x88[(((long)t100_0 * 2 + t100_2) * d_T + t100_1) * 8 + t100_3], x88[(((long)t103_0 * 2 + t103_2) * d_T + t103_1) * 8 + t103_3], x88[(((long)t106_0 * 2 + t106_2) * d_T + t106_1) * 8 + t106_3], x88[(((long)t109_0 * 2 + t109_2) * d_T + t109_1) * 8 + t109_3], x88[(((long)t112_0 * 2 + t112_2) * d_T + t112_1) * 8 + t112_3], x88[(((long)t115_0 * 2 + t115_2) * d_T + t115_1) * 8 + t115_3], x88[(((long)t118_0 * 2 + t118_2) * d_T + t118_1) * 8 + t118_3], x88[(((long)t121_0 * 2 + t121_2) * d_T + t121_1) * 8 + t121_3], x88[(((long)t124_0 * 2 + t124_2) * d_T + t124_1) * 8 + t124_3], x88[(((long)t127_0 * 2 + t127_2) * d_T + t127_1) * 8 + t127_3], x88[(((long)t130_0 * 2 + t130_2) * d_T + t130_1) * 8 + t130_3]);
        vacc_4 += g_3;
      }
    }
    vstore16(vacc, 0, y64 + base);
    vstore16(vacc_2, 0, y94 + base);
    vstore16(vacc_3, 0, y101 + base);
    vstore16(vacc_4, 0, y106 + base);
  }
}
