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

/* k89_matmul_permute: 25 IR nodes, one work item per output element
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
 * arguments: x0 = %0; x2 = %2; x6 = %6; x11 = %11; x14 = %14; x19 = %19; x22 = %22; y27 = %27; y28 = %28; y29 = %29; y30 = %30; y73 = %73; y89 = %89; d_B = B; d_T = T
 */
__kernel void k89_matmul_permute(__global const float *restrict x0, __global const float *restrict x2,
    __global const float *restrict x6, __global const float *restrict x11,
    __global const float *restrict x14, __global const float *restrict x19,
    __global const float *restrict x22, __global float *restrict y27, __global float *restrict y28,
    __global float *restrict y29, __global float *restrict y30, __global float *restrict y73,
    __global float *restrict y89, int d_B, int d_T) {
  /* CPU matmul: 8x16 outputs per work item in float16 accumulators, k ascending */
  const long tiles = ((long)d_B * d_T + 7) / 8;
  const long tiles_2 = ((long)d_B * d_T + 7) / 8;
  const long tiles_3 = ((long)d_B * d_T + 7) / 8;
  const long tiles_4 = tiles + tiles_2 + tiles_3;
  const long items = (long)d_B * 3;
  for (long tile = (long)get_global_id(0); tile < tiles_4; tile += items) {
    /* sibling 0: %4 */
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
          const float16 bv = vload16(0, x2 + k * 16);
          const float v3 = x0[m0 * 16 + k];
          acc0 = fma((float16)v3, bv, acc0);
          const float v3_2 = x0[(m0 + 1) * 16 + k];
          acc1 = fma((float16)v3_2, bv, acc1);
          const float v3_3 = x0[(m0 + 2) * 16 + k];
          acc2 = fma((float16)v3_3, bv, acc2);
          const float v3_4 = x0[(m0 + 3) * 16 + k];
          acc3 = fma((float16)v3_4, bv, acc3);
          const float v3_5 = x0[(m0 + 4) * 16 + k];
          acc4 = fma((float16)v3_5, bv, acc4);
          const float v3_6 = x0[(m0 + 5) * 16 + k];
          acc5 = fma((float16)v3_6, bv, acc5);
          const float v3_7 = x0[(m0 + 6) * 16 + k];
          acc6 = fma((float16)v3_7, bv, acc6);
          const float v3_8 = x0[(m0 + 7) * 16 + k];
          acc7 = fma((float16)v3_8, bv, acc7);
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
          const float16 bv_2 = (float16)(x2[k_2 * 16], x2[k_2 * 16 + 1L], x2[k_2 * 16 + 2L], x2[k_2 * 16 + 3L], x2[k_2 * 16 + 4L], x2[k_2 * 16 + 5L], x2[k_2 * 16 + 6L], x2[k_2 * 16 + 7L], x2[k_2 * 16 + 8L], x2[k_2 * 16 + 9L], x2[k_2 * 16 + 10L], x2[k_2 * 16 + 11L], x2[k_2 * 16 + 12L], x2[k_2 * 16 + 13L], x2[k_2 * 16 + 14L], x2[k_2 * 16 + 15L]);
          const float v3_9 = x0[m0 * 16 + k_2];
          acc0 = fma((float16)v3_9, bv_2, acc0);
          const float v3_10 = x0[ar1 * 16 + k_2];
          acc1 = fma((float16)v3_10, bv_2, acc1);
          const float v3_11 = x0[ar2 * 16 + k_2];
          acc2 = fma((float16)v3_11, bv_2, acc2);
          const float v3_12 = x0[ar3 * 16 + k_2];
          acc3 = fma((float16)v3_12, bv_2, acc3);
          const float v3_13 = x0[ar4 * 16 + k_2];
          acc4 = fma((float16)v3_13, bv_2, acc4);
          const float v3_14 = x0[ar5 * 16 + k_2];
          acc5 = fma((float16)v3_14, bv_2, acc5);
          const float v3_15 = x0[ar6 * 16 + k_2];
          acc6 = fma((float16)v3_15, bv_2, acc6);
          const float v3_16 = x0[ar7 * 16 + k_2];
          acc7 = fma((float16)v3_16, bv_2, acc7);
        }
      }
      if (m0 < M) {
        if (1) {
          const long o = m0 * 16;
          const int t52_3 = (int)(o % 8);
          const long t52_q = o / 8;
          const int t52_2 = (int)(t52_q % 2);
          const long t52_q_2 = t52_q / 2;
          const int t52_1 = (int)(t52_q_2 % d_T);
          const int t52_0 = (int)(t52_q_2 / d_T);
          const int t54_2 = (int)(o % 16);
          const float v10 = acc0.s0 + x6[(long)t54_2];
          y27[(((long)t52_0 * 2 + t52_2) * d_T + t52_1) * 8 + t52_3] = v10;
          const int t58_3 = (int)(o % 8);
          const long t58_q = o / 8;
          const int t58_2 = (int)(t58_q % 2);
          const long t58_q_2 = t58_q / 2;
          const int t58_1 = (int)(t58_q_2 % d_T);
          const int t58_0 = (int)(t58_q_2 / d_T);
          const int t60_2 = (int)(o % 16);
          const float v10_2 = acc0.s0 + x6[(long)t60_2];
          y89[(((long)t58_0 * 2 + t58_2) * 8 + t58_3) * d_T + t58_1] = v10_2;
        }
        if (1) {
          const long o_2 = m0 * 16 + 1L;
          const int t65_3 = (int)(o_2 % 8);
          const long t65_q = o_2 / 8;
          const int t65_2 = (int)(t65_q % 2);
          const long t65_q_2 = t65_q / 2;
          const int t65_1 = (int)(t65_q_2 % d_T);
          const int t65_0 = (int)(t65_q_2 / d_T);
          const int t67_2 = (int)(o_2 % 16);
          const float v10_3 = acc0.s1 + x6[(long)t67_2];
          y27[(((long)t65_0 * 2 + t65_2) * d_T + t65_1) * 8 + t65_3] = v10_3;
          const int t71_3 = (int)(o_2 % 8);
          const long t71_q = o_2 / 8;
          const int t71_2 = (int)(t71_q % 2);
          const long t71_q_2 = t71_q / 2;
          const int t71_1 = (int)(t71_q_2 % d_T);
          const int t71_0 = (int)(t71_q_2 / d_T);
          const int t73_2 = (int)(o_2 % 16);
          const float v10_4 = acc0.s1 + x6[(long)t73_2];
          y89[(((long)t71_0 * 2 + t71_2) * 8 + t71_3) * d_T + t71_1] = v10_4;
        }
        if (1) {
          const long o_3 = m0 * 16 + 2L;
          const int t78_3 = (int)(o_3 % 8);
          const long t78_q = o_3 / 8;
          const int t78_2 = (int)(t78_q % 2);
          const long t78_q_2 = t78_q / 2;
          const int t78_1 = (int)(t78_q_2 % d_T);
          const int t78_0 = (int)(t78_q_2 / d_T);
          const int t80_2 = (int)(o_3 % 16);
          const float v10_5 = acc0.s2 + x6[(long)t80_2];
          y27[(((long)t78_0 * 2 + t78_2) * d_T + t78_1) * 8 + t78_3] = v10_5;
          const int t84_3 = (int)(o_3 % 8);
          const long t84_q = o_3 / 8;
          const int t84_2 = (int)(t84_q % 2);
          const long t84_q_2 = t84_q / 2;
          const int t84_1 = (int)(t84_q_2 % d_T);
          const int t84_0 = (int)(t84_q_2 / d_T);
          const int t86_2 = (int)(o_3 % 16);
          const float v10_6 = acc0.s2 + x6[(long)t86_2];
          y89[(((long)t84_0 * 2 + t84_2) * 8 + t84_3) * d_T + t84_1] = v10_6;
        }
        if (1) {
          const long o_4 = m0 * 16 + 3L;
          const int t91_3 = (int)(o_4 % 8);
          const long t91_q = o_4 / 8;
          const int t91_2 = (int)(t91_q % 2);
          const long t91_q_2 = t91_q / 2;
          const int t91_1 = (int)(t91_q_2 % d_T);
          const int t91_0 = (int)(t91_q_2 / d_T);
          const int t93_2 = (int)(o_4 % 16);
          const float v10_7 = acc0.s3 + x6[(long)t93_2];
          y27[(((long)t91_0 * 2 + t91_2) * d_T + t91_1) * 8 + t91_3] = v10_7;
          const int t97_3 = (int)(o_4 % 8);
          const long t97_q = o_4 / 8;
          const int t97_2 = (int)(t97_q % 2);
          const long t97_q_2 = t97_q / 2;
          const int t97_1 = (int)(t97_q_2 % d_T);
          const int t97_0 = (int)(t97_q_2 / d_T);
          const int t99_2 = (int)(o_4 % 16);
          const float v10_8 = acc0.s3 + x6[(long)t99_2];
          y89[(((long)t97_0 * 2 + t97_2) * 8 + t97_3) * d_T + t97_1] = v10_8;
        }
        if (1) {
          const long o_5 = m0 * 16 + 4L;
          const int t104_3 = (int)(o_5 % 8);
          const long t104_q = o_5 / 8;
          const int t104_2 = (int)(t104_q % 2);
          const long t104_q_2 = t104_q / 2;
          const int t104_1 = (int)(t104_q_2 % d_T);
          const int t104_0 = (int)(t104_q_2 / d_T);
          const int t106_2 = (int)(o_5 % 16);
          const float v10_9 = acc0.s4 + x6[(long)t106_2];
          y27[(((long)t104_0 * 2 + t104_2) * d_T + t104_1) * 8 + t104_3] = v10_9;
          const int t110_3 = (int)(o_5 % 8);
          const long t110_q = o_5 / 8;
          const int t110_2 = (int)(t110_q % 2);
          const long t110_q_2 = t110_q / 2;
          const int t110_1 = (int)(t110_q_2 % d_T);
          const int t110_0 = (int)(t110_q_2 / d_T);
          const int t112_2 = (int)(o_5 % 16);
          const float v10_10 = acc0.s4 + x6[(long)t112_2];
          y89[(((long)t110_0 * 2 + t110_2) * 8 + t110_3) * d_T + t110_1] = v10_10;
        }
        if (1) {
          const long o_6 = m0 * 16 + 5L;
          const int t117_3 = (int)(o_6 % 8);
          const long t117_q = o_6 / 8;
          const int t117_2 = (int)(t117_q % 2);
          const long t117_q_2 = t117_q / 2;
          const int t117_1 = (int)(t117_q_2 % d_T);
          const int t117_0 = (int)(t117_q_2 / d_T);
          const int t119_2 = (int)(o_6 % 16);
          const float v10_11 = acc0.s5 + x6[(long)t119_2];
          y27[(((long)t117_0 * 2 + t117_2) * d_T + t117_1) * 8 + t117_3] = v10_11;
          const int t123_3 = (int)(o_6 % 8);
          const long t123_q = o_6 / 8;
          const int t123_2 = (int)(t123_q % 2);
          const long t123_q_2 = t123_q / 2;
          const int t123_1 = (int)(t123_q_2 % d_T);
          const int t123_0 = (int)(t123_q_2 / d_T);
          const int t125_2 = (int)(o_6 % 16);
          const float v10_12 = acc0.s5 + x6[(long)t125_2];
          y89[(((long)t123_0 * 2 + t123_2) * 8 + t123_3) * d_T + t123_1] = v10_12;
        }
        if (1) {
          const long o_7 = m0 * 16 + 6L;
          const int t130_3 = (int)(o_7 % 8);
          const long t130_q = o_7 / 8;
          const int t130_2 = (int)(t130_q % 2);
          const long t130_q_2 = t130_q / 2;
          const int t130_1 = (int)(t130_q_2 % d_T);
          const int t130_0 = (int)(t130_q_2 / d_T);
          const int t132_2 = (int)(o_7 % 16);
          const float v10_13 = acc0.s6 + x6[(long)t132_2];
          y27[(((long)t130_0 * 2 + t130_2) * d_T + t130_1) * 8 + t130_3] = v10_13;
          const int t136_3 = (int)(o_7 % 8);
          const long t136_q = o_7 / 8;
          const int t136_2 = (int)(t136_q % 2);
          const long t136_q_2 = t136_q / 2;
          const int t136_1 = (int)(t136_q_2 % d_T);
          const int t136_0 = (int)(t136_q_2 / d_T);
          const int t138_2 = (int)(o_7 % 16);
          const float v10_14 = acc0.s6 + x6[(long)t138_2];
          y89[(((long)t136_0 * 2 + t136_2) * 8 + t136_3) * d_T + t136_1] = v10_14;
        }
        if (1) {
          const long o_8 = m0 * 16 + 7L;
          const int t143_3 = (int)(o_8 % 8);
          const long t143_q = o_8 / 8;
          const int t143_2 = (int)(t143_q % 2);
          const long t143_q_2 = t143_q / 2;
          const int t143_1 = (int)(t143_q_2 % d_T);
          const int t143_0 = (int)(t143_q_2 / d_T);
          const int t145_2 = (int)(o_8 % 16);
          const float v10_15 = acc0.s7 + x6[(long)t145_2];
          y27[(((long)t143_0 * 2 + t143_2) * d_T + t143_1) * 8 + t143_3] = v10_15;
          const int t149_3 = (int)(o_8 % 8);
          const long t149_q = o_8 / 8;
          const int t149_2 = (int)(t149_q % 2);
          const long t149_q_2 = t149_q / 2;
          const int t149_1 = (int)(t149_q_2 % d_T);
          const int t149_0 = (int)(t149_q_2 / d_T);
          const int t151_2 = (int)(o_8 % 16);
          const float v10_16 = acc0.s7 + x6[(long)t151_2];
          y89[(((long)t149_0 * 2 + t149_2) * 8 + t149_3) * d_T + t149_1] = v10_16;
        }
        if (1) {
          const long o_9 = m0 * 16 + 8L;
          const int t156_3 = (int)(o_9 % 8);
          const long t156_q = o_9 / 8;
          const int t156_2 = (int)(t156_q % 2);
          const long t156_q_2 = t156_q / 2;
          const int t156_1 = (int)(t156_q_2 % d_T);
          const int t156_0 = (int)(t156_q_2 / d_T);
          const int t158_2 = (int)(o_9 % 16);
          const float v10_17 = acc0.s8 + x6[(long)t158_2];
          y27[(((long)t156_0 * 2 + t156_2) * d_T + t156_1) * 8 + t156_3] = v10_17;
          const int t162_3 = (int)(o_9 % 8);
          const long t162_q = o_9 / 8;
          const int t162_2 = (int)(t162_q % 2);
          const long t162_q_2 = t162_q / 2;
          const int t162_1 = (int)(t162_q_2 % d_T);
          const int t162_0 = (int)(t162_q_2 / d_T);
          const int t164_2 = (int)(o_9 % 16);
          const float v10_18 = acc0.s8 + x6[(long)t164_2];
          y89[(((long)t162_0 * 2 + t162_2) * 8 + t162_3) * d_T + t162_1] = v10_18;
        }
        if (1) {
          const long o_10 = m0 * 16 + 9L;
          const int t169_3 = (int)(o_10 % 8);
          const long t169_q = o_10 / 8;
          const int t169_2 = (int)(t169_q % 2);
          const long t169_q_2 = t169_q / 2;
          const int t169_1 = (int)(t169_q_2 % d_T);
          const int t169_0 = (int)(t169_q_2 / d_T);
          const int t171_2 = (int)(o_10 % 16);
          const float v10_19 = acc0.s9 + x6[(long)t171_2];
          y27[(((long)t169_0 * 2 + t169_2) * d_T + t169_1) * 8 + t169_3] = v10_19;
          const int t175_3 = (int)(o_10 % 8);
          const long t175_q = o_10 / 8;
          const int t175_2 = (int)(t175_q % 2);
          const long t175_q_2 = t175_q / 2;
          const int t175_1 = (int)(t175_q_2 % d_T);
          const int t175_0 = (int)(t175_q_2 / d_T);
          const int t177_2 = (int)(o_10 % 16);
          const float v10_20 = acc0.s9 + x6[(long)t177_2];
          y89[(((long)t175_0 * 2 + t175_2) * 8 + t175_3) * d_T + t175_1] = v10_20;
        }
        if (1) {
          const long o_11 = m0 * 16 + 10L;
          const int t182_3 = (int)(o_11 % 8);
          const long t182_q = o_11 / 8;
          const int t182_2 = (int)(t182_q % 2);
          const long t182_q_2 = t182_q / 2;
          const int t182_1 = (int)(t182_q_2 % d_T);
          const int t182_0 = (int)(t182_q_2 / d_T);
          const int t184_2 = (int)(o_11 % 16);
          const float v10_21 = acc0.sa + x6[(long)t184_2];
          y27[(((long)t182_0 * 2 + t182_2) * d_T + t182_1) * 8 + t182_3] = v10_21;
          const int t188_3 = (int)(o_11 % 8);
          const long t188_q = o_11 / 8;
          const int t188_2 = (int)(t188_q % 2);
          const long t188_q_2 = t188_q / 2;
          const int t188_1 = (int)(t188_q_2 % d_T);
          const int t188_0 = (int)(t188_q_2 / d_T);
          const int t190_2 = (int)(o_11 % 16);
          const float v10_22 = acc0.sa + x6[(long)t190_2];
          y89[(((long)t188_0 * 2 + t188_2) * 8 + t188_3) * d_T + t188_1] = v10_22;
        }
        if (1) {
          const long o_12 = m0 * 16 + 11L;
          const int t195_3 = (int)(o_12 % 8);
          const long t195_q = o_12 / 8;
          const int t195_2 = (int)(t195_q % 2);
          const long t195_q_2 = t195_q / 2;
          const int t195_1 = (int)(t195_q_2 % d_T);
          const int t195_0 = (int)(t195_q_2 / d_T);
          const int t197_2 = (int)(o_12 % 16);
          const float v10_23 = acc0.sb + x6[(long)t197_2];
          y27[(((long)t195_0 * 2 + t195_2) * d_T + t195_1) * 8 + t195_3] = v10_23;
          const int t201_3 = (int)(o_12 % 8);
          const long t201_q = o_12 / 8;
          const int t201_2 = (int)(t201_q % 2);
          const long t201_q_2 = t201_q / 2;
          const int t201_1 = (int)(t201_q_2 % d_T);
          const int t201_0 = (int)(t201_q_2 / d_T);
          const int t203_2 = (int)(o_12 % 16);
          const float v10_24 = acc0.sb + x6[(long)t203_2];
          y89[(((long)t201_0 * 2 + t201_2) * 8 + t201_3) * d_T + t201_1] = v10_24;
        }
        if (1) {
          const long o_13 = m0 * 16 + 12L;
          const int t208_3 = (int)(o_13 % 8);
          const long t208_q = o_13 / 8;
          const int t208_2 = (int)(t208_q % 2);
          const long t208_q_2 = t208_q / 2;
          const int t208_1 = (int)(t208_q_2 % d_T);
          const int t208_0 = (int)(t208_q_2 / d_T);
          const int t210_2 = (int)(o_13 % 16);
          const float v10_25 = acc0.sc + x6[(long)t210_2];
          y27[(((long)t208_0 * 2 + t208_2) * d_T + t208_1) * 8 + t208_3] = v10_25;
          const int t214_3 = (int)(o_13 % 8);
          const long t214_q = o_13 / 8;
          const int t214_2 = (int)(t214_q % 2);
          const long t214_q_2 = t214_q / 2;
          const int t214_1 = (int)(t214_q_2 % d_T);
          const int t214_0 = (int)(t214_q_2 / d_T);
          const int t216_2 = (int)(o_13 % 16);
          const float v10_26 = acc0.sc + x6[(long)t216_2];
          y89[(((long)t214_0 * 2 + t214_2) * 8 + t214_3) * d_T + t214_1] = v10_26;
        }
        if (1) {
          const long o_14 = m0 * 16 + 13L;
          const int t221_3 = (int)(o_14 % 8);
          const long t221_q = o_14 / 8;
          const int t221_2 = (int)(t221_q % 2);
          const long t221_q_2 = t221_q / 2;
          const int t221_1 = (int)(t221_q_2 % d_T);
          const int t221_0 = (int)(t221_q_2 / d_T);
          const int t223_2 = (int)(o_14 % 16);
          const float v10_27 = acc0.sd + x6[(long)t223_2];
          y27[(((long)t221_0 * 2 + t221_2) * d_T + t221_1) * 8 + t221_3] = v10_27;
          const int t227_3 = (int)(o_14 % 8);
          const long t227_q = o_14 / 8;
          const int t227_2 = (int)(t227_q % 2);
          const long t227_q_2 = t227_q / 2;
          const int t227_1 = (int)(t227_q_2 % d_T);
          const int t227_0 = (int)(t227_q_2 / d_T);
          const int t229_2 = (int)(o_14 % 16);
          const float v10_28 = acc0.sd + x6[(long)t229_2];
          y89[(((long)t227_0 * 2 + t227_2) * 8 + t227_3) * d_T + t227_1] = v10_28;
        }
        if (1) {
          const long o_15 = m0 * 16 + 14L;
          const int t234_3 = (int)(o_15 % 8);
          const long t234_q = o_15 / 8;
          const int t234_2 = (int)(t234_q % 2);
          const long t234_q_2 = t234_q / 2;
          const int t234_1 = (int)(t234_q_2 % d_T);
          const int t234_0 = (int)(t234_q_2 / d_T);
          const int t236_2 = (int)(o_15 % 16);
          const float v10_29 = acc0.se + x6[(long)t236_2];
          y27[(((long)t234_0 * 2 + t234_2) * d_T + t234_1) * 8 + t234_3] = v10_29;
          const int t240_3 = (int)(o_15 % 8);
          const long t240_q = o_15 / 8;
          const int t240_2 = (int)(t240_q % 2);
          const long t240_q_2 = t240_q / 2;
          const int t240_1 = (int)(t240_q_2 % d_T);
          const int t240_0 = (int)(t240_q_2 / d_T);
          const int t242_2 = (int)(o_15 % 16);
          const float v10_30 = acc0.se + x6[(long)t242_2];
          y89[(((long)t240_0 * 2 + t240_2) * 8 + t240_3) * d_T + t240_1] = v10_30;
        }
        if (1) {
          const long o_16 = m0 * 16 + 15L;
          const int t247_3 = (int)(o_16 % 8);
          const long t247_q = o_16 / 8;
          const int t247_2 = (int)(t247_q % 2);
          const long t247_q_2 = t247_q / 2;
          const int t247_1 = (int)(t247_q_2 % d_T);
          const int t247_0 = (int)(t247_q_2 / d_T);
          const int t249_2 = (int)(o_16 % 16);
          const float v10_31 = acc0.sf + x6[(long)t249_2];
          y27[(((long)t247_0 * 2 + t247_2) * d_T + t247_1) * 8 + t247_3] = v10_31;
          const int t253_3 = (int)(o_16 % 8);
          const long t253_q = o_16 / 8;
          const int t253_2 = (int)(t253_q % 2);
          const long t253_q_2 = t253_q / 2;
          const int t253_1 = (int)(t253_q_2 % d_T);
          const int t253_0 = (int)(t253_q_2 / d_T);
          const int t255_2 = (int)(o_16 % 16);
          const float v10_32 = acc0.sf + x6[(long)t255_2];
          y89[(((long)t253_0 * 2 + t253_2) * 8 + t253_3) * d_T + t253_1] = v10_32;
        }
      }
      const long om = m0 + 1;
      if (om < M) {
        if (1) {
          const long o_17 = om * 16;
          const int t260_3 = (int)(o_17 % 8);
          const long t260_q = o_17 / 8;
          const int t260_2 = (int)(t260_q % 2);
          const long t260_q_2 = t260_q / 2;
          const int t260_1 = (int)(t260_q_2 % d_T);
          const int t260_0 = (int)(t260_q_2 / d_T);
          const int t262_2 = (int)(o_17 % 16);
          const float v10_33 = acc1.s0 + x6[(long)t262_2];
          y27[(((long)t260_0 * 2 + t260_2) * d_T + t260_1) * 8 + t260_3] = v10_33;
          const int t266_3 = (int)(o_17 % 8);
          const long t266_q = o_17 / 8;
          const int t266_2 = (int)(t266_q % 2);
          const long t266_q_2 = t266_q / 2;
          const int t266_1 = (int)(t266_q_2 % d_T);
          const int t266_0 = (int)(t266_q_2 / d_T);
          const int t268_2 = (int)(o_17 % 16);
          const float v10_34 = acc1.s0 + x6[(long)t268_2];
          y89[(((long)t266_0 * 2 + t266_2) * 8 + t266_3) * d_T + t266_1] = v10_34;
        }
        if (1) {
          const long o_18 = om * 16 + 1L;
          const int t273_3 = (int)(o_18 % 8);
          const long t273_q = o_18 / 8;
          const int t273_2 = (int)(t273_q % 2);
          const long t273_q_2 = t273_q / 2;
          const int t273_1 = (int)(t273_q_2 % d_T);
          const int t273_0 = (int)(t273_q_2 / d_T);
          const int t275_2 = (int)(o_18 % 16);
          const float v10_35 = acc1.s1 + x6[(long)t275_2];
          y27[(((long)t273_0 * 2 + t273_2) * d_T + t273_1) * 8 + t273_3] = v10_35;
          const int t279_3 = (int)(o_18 % 8);
          const long t279_q = o_18 / 8;
          const int t279_2 = (int)(t279_q % 2);
          const long t279_q_2 = t279_q / 2;
          const int t279_1 = (int)(t279_q_2 % d_T);
          const int t279_0 = (int)(t279_q_2 / d_T);
          const int t281_2 = (int)(o_18 % 16);
          const float v10_36 = acc1.s1 + x6[(long)t281_2];
          y89[(((long)t279_0 * 2 + t279_2) * 8 + t279_3) * d_T + t279_1] = v10_36;
        }
        if (1) {
          const long o_19 = om * 16 + 2L;
          const int t286_3 = (int)(o_19 % 8);
          const long t286_q = o_19 / 8;
          const int t286_2 = (int)(t286_q % 2);
          const long t286_q_2 = t286_q / 2;
          const int t286_1 = (int)(t286_q_2 % d_T);
          const int t286_0 = (int)(t286_q_2 / d_T);
          const int t288_2 = (int)(o_19 % 16);
          const float v10_37 = acc1.s2 + x6[(long)t288_2];
          y27[(((long)t286_0 * 2 + t286_2) * d_T + t286_1) * 8 + t286_3] = v10_37;
          const int t292_3 = (int)(o_19 % 8);
          const long t292_q = o_19 / 8;
          const int t292_2 = (int)(t292_q % 2);
          const long t292_q_2 = t292_q / 2;
          const int t292_1 = (int)(t292_q_2 % d_T);
          const int t292_0 = (int)(t292_q_2 / d_T);
          const int t294_2 = (int)(o_19 % 16);
          const float v10_38 = acc1.s2 + x6[(long)t294_2];
          y89[(((long)t292_0 * 2 + t292_2) * 8 + t292_3) * d_T + t292_1] = v10_38;
        }
        if (1) {
          const long o_20 = om * 16 + 3L;
          const int t299_3 = (int)(o_20 % 8);
          const long t299_q = o_20 / 8;
          const int t299_2 = (int)(t299_q % 2);
          const long t299_q_2 = t299_q / 2;
          const int t299_1 = (int)(t299_q_2 % d_T);
          const int t299_0 = (int)(t299_q_2 / d_T);
          const int t301_2 = (int)(o_20 % 16);
          const float v10_39 = acc1.s3 + x6[(long)t301_2];
          y27[(((long)t299_0 * 2 + t299_2) * d_T + t299_1) * 8 + t299_3] = v10_39;
          const int t305_3 = (int)(o_20 % 8);
          const long t305_q = o_20 / 8;
          const int t305_2 = (int)(t305_q % 2);
          const long t305_q_2 = t305_q / 2;
          const int t305_1 = (int)(t305_q_2 % d_T);
          const int t305_0 = (int)(t305_q_2 / d_T);
          const int t307_2 = (int)(o_20 % 16);
          const float v10_40 = acc1.s3 + x6[(long)t307_2];
          y89[(((long)t305_0 * 2 + t305_2) * 8 + t305_3) * d_T + t305_1] = v10_40;
        }
        if (1) {
          const long o_21 = om * 16 + 4L;
          const int t312_3 = (int)(o_21 % 8);
          const long t312_q = o_21 / 8;
          const int t312_2 = (int)(t312_q % 2);
          const long t312_q_2 = t312_q / 2;
          const int t312_1 = (int)(t312_q_2 % d_T);
          const int t312_0 = (int)(t312_q_2 / d_T);
          const int t314_2 = (int)(o_21 % 16);
          const float v10_41 = acc1.s4 + x6[(long)t314_2];
          y27[(((long)t312_0 * 2 + t312_2) * d_T + t312_1) * 8 + t312_3] = v10_41;
          const int t318_3 = (int)(o_21 % 8);
          const long t318_q = o_21 / 8;
          const int t318_2 = (int)(t318_q % 2);
          const long t318_q_2 = t318_q / 2;
          const int t318_1 = (int)(t318_q_2 % d_T);
          const int t318_0 = (int)(t318_q_2 / d_T);
          const int t320_2 = (int)(o_21 % 16);
          const float v10_42 = acc1.s4 + x6[(long)t320_2];
          y89[(((long)t318_0 * 2 + t318_2) * 8 + t318_3) * d_T + t318_1] = v10_42;
        }
        if (1) {
          const long o_22 = om * 16 + 5L;
          const int t325_3 = (int)(o_22 % 8);
          const long t325_q = o_22 / 8;
          const int t325_2 = (int)(t325_q % 2);
          const long t325_q_2 = t325_q / 2;
          const int t325_1 = (int)(t325_q_2 % d_T);
          const int t325_0 = (int)(t325_q_2 / d_T);
          const int t327_2 = (int)(o_22 % 16);
          const float v10_43 = acc1.s5 + x6[(long)t327_2];
          y27[(((long)t325_0 * 2 + t325_2) * d_T + t325_1) * 8 + t325_3] = v10_43;
          const int t331_3 = (int)(o_22 % 8);
          const long t331_q = o_22 / 8;
          const int t331_2 = (int)(t331_q % 2);
          const long t331_q_2 = t331_q / 2;
          const int t331_1 = (int)(t331_q_2 % d_T);
          const int t331_0 = (int)(t331_q_2 / d_T);
          const int t333_2 = (int)(o_22 % 16);
          const float v10_44 = acc1.s5 + x6[(long)t333_2];
          y89[(((long)t331_0 * 2 + t331_2) * 8 + t331_3) * d_T + t331_1] = v10_44;
        }
        if (1) {
          const long o_23 = om * 16 + 6L;
          const int t338_3 = (int)(o_23 % 8);
          const long t338_q = o_23 / 8;
          const int t338_2 = (int)(t338_q % 2);
          const long t338_q_2 = t338_q / 2;
          const int t338_1 = (int)(t338_q_2 % d_T);
          const int t338_0 = (int)(t338_q_2 / d_T);
          const int t340_2 = (int)(o_23 % 16);
          const float v10_45 = acc1.s6 + x6[(long)t340_2];
          y27[(((long)t338_0 * 2 + t338_2) * d_T + t338_1) * 8 + t338_3] = v10_45;
          const int t344_3 = (int)(o_23 % 8);
          const long t344_q = o_23 / 8;
          const int t344_2 = (int)(t344_q % 2);
          const long t344_q_2 = t344_q / 2;
          const int t344_1 = (int)(t344_q_2 % d_T);
          const int t344_0 = (int)(t344_q_2 / d_T);
          const int t346_2 = (int)(o_23 % 16);
          const float v10_46 = acc1.s6 + x6[(long)t346_2];
          y89[(((long)t344_0 * 2 + t344_2) * 8 + t344_3) * d_T + t344_1] = v10_46;
        }
        if (1) {
          const long o_24 = om * 16 + 7L;
          const int t351_3 = (int)(o_24 % 8);
          const long t351_q = o_24 / 8;
          const int t351_2 = (int)(t351_q % 2);
          const long t351_q_2 = t351_q / 2;
          const int t351_1 = (int)(t351_q_2 % d_T);
          const int t351_0 = (int)(t351_q_2 / d_T);
          const int t353_2 = (int)(o_24 % 16);
          const float v10_47 = acc1.s7 + x6[(long)t353_2];
          y27[(((long)t351_0 * 2 + t351_2) * d_T + t351_1) * 8 + t351_3] = v10_47;
          const int t357_3 = (int)(o_24 % 8);
          const long t357_q = o_24 / 8;
          const int t357_2 = (int)(t357_q % 2);
          const long t357_q_2 = t357_q / 2;
          const int t357_1 = (int)(t357_q_2 % d_T);
          const int t357_0 = (int)(t357_q_2 / d_T);
          const int t359_2 = (int)(o_24 % 16);
          const float v10_48 = acc1.s7 + x6[(long)t359_2];
          y89[(((long)t357_0 * 2 + t357_2) * 8 + t357_3) * d_T + t357_1] = v10_48;
        }
        if (1) {
          const long o_25 = om * 16 + 8L;
          const int t364_3 = (int)(o_25 % 8);
          const long t364_q = o_25 / 8;
          const int t364_2 = (int)(t364_q % 2);
          const long t364_q_2 = t364_q / 2;
          const int t364_1 = (int)(t364_q_2 % d_T);
          const int t364_0 = (int)(t364_q_2 / d_T);
          const int t366_2 = (int)(o_25 % 16);
          const float v10_49 = acc1.s8 + x6[(long)t366_2];
          y27[(((long)t364_0 * 2 + t364_2) * d_T + t364_1) * 8 + t364_3] = v10_49;
          const int t370_3 = (int)(o_25 % 8);
          const long t370_q = o_25 / 8;
          const int t370_2 = (int)(t370_q % 2);
          const long t370_q_2 = t370_q / 2;
          const int t370_1 = (int)(t370_q_2 % d_T);
          const int t370_0 = (int)(t370_q_2 / d_T);
          const int t372_2 = (int)(o_25 % 16);
          const float v10_50 = acc1.s8 + x6[(long)t372_2];
          y89[(((long)t370_0 * 2 + t370_2) * 8 + t370_3) * d_T + t370_1] = v10_50;
        }
        if (1) {
          const long o_26 = om * 16 + 9L;
          const int t377_3 = (int)(o_26 % 8);
          const long t377_q = o_26 / 8;
          const int t377_2 = (int)(t377_q % 2);
          const long t377_q_2 = t377_q / 2;
          const int t377_1 = (int)(t377_q_2 % d_T);
          const int t377_0 = (int)(t377_q_2 / d_T);
          const int t379_2 = (int)(o_26 % 16);
          const float v10_51 = acc1.s9 + x6[(long)t379_2];
          y27[(((long)t377_0 * 2 + t377_2) * d_T + t377_1) * 8 + t377_3] = v10_51;
          const int t383_3 = (int)(o_26 % 8);
          const long t383_q = o_26 / 8;
          const int t383_2 = (int)(t383_q % 2);
          const long t383_q_2 = t383_q / 2;
          const int t383_1 = (int)(t383_q_2 % d_T);
          const int t383_0 = (int)(t383_q_2 / d_T);
          const int t385_2 = (int)(o_26 % 16);
          const float v10_52 = acc1.s9 + x6[(long)t385_2];
          y89[(((long)t383_0 * 2 + t383_2) * 8 + t383_3) * d_T + t383_1] = v10_52;
        }
        if (1) {
          const long o_27 = om * 16 + 10L;
          const int t390_3 = (int)(o_27 % 8);
          const long t390_q = o_27 / 8;
          const int t390_2 = (int)(t390_q % 2);
          const long t390_q_2 = t390_q / 2;
          const int t390_1 = (int)(t390_q_2 % d_T);
          const int t390_0 = (int)(t390_q_2 / d_T);
          const int t392_2 = (int)(o_27 % 16);
          const float v10_53 = acc1.sa + x6[(long)t392_2];
          y27[(((long)t390_0 * 2 + t390_2) * d_T + t390_1) * 8 + t390_3] = v10_53;
          const int t396_3 = (int)(o_27 % 8);
          const long t396_q = o_27 / 8;
          const int t396_2 = (int)(t396_q % 2);
          const long t396_q_2 = t396_q / 2;
          const int t396_1 = (int)(t396_q_2 % d_T);
          const int t396_0 = (int)(t396_q_2 / d_T);
          const int t398_2 = (int)(o_27 % 16);
          const float v10_54 = acc1.sa + x6[(long)t398_2];
          y89[(((long)t396_0 * 2 + t396_2) * 8 + t396_3) * d_T + t396_1] = v10_54;
        }
        if (1) {
          const long o_28 = om * 16 + 11L;
          const int t403_3 = (int)(o_28 % 8);
          const long t403_q = o_28 / 8;
          const int t403_2 = (int)(t403_q % 2);
          const long t403_q_2 = t403_q / 2;
          const int t403_1 = (int)(t403_q_2 % d_T);
          const int t403_0 = (int)(t403_q_2 / d_T);
          const int t405_2 = (int)(o_28 % 16);
          const float v10_55 = acc1.sb + x6[(long)t405_2];
          y27[(((long)t403_0 * 2 + t403_2) * d_T + t403_1) * 8 + t403_3] = v10_55;
          const int t409_3 = (int)(o_28 % 8);
          const long t409_q = o_28 / 8;
          const int t409_2 = (int)(t409_q % 2);
          const long t409_q_2 = t409_q / 2;
          const int t409_1 = (int)(t409_q_2 % d_T);
          const int t409_0 = (int)(t409_q_2 / d_T);
          const int t411_2 = (int)(o_28 % 16);
          const float v10_56 = acc1.sb + x6[(long)t411_2];
          y89[(((long)t409_0 * 2 + t409_2) * 8 + t409_3) * d_T + t409_1] = v10_56;
        }
        if (1) {
          const long o_29 = om * 16 + 12L;
          const int t416_3 = (int)(o_29 % 8);
          const long t416_q = o_29 / 8;
          const int t416_2 = (int)(t416_q % 2);
          const long t416_q_2 = t416_q / 2;
          const int t416_1 = (int)(t416_q_2 % d_T);
          const int t416_0 = (int)(t416_q_2 / d_T);
          const int t418_2 = (int)(o_29 % 16);
          const float v10_57 = acc1.sc + x6[(long)t418_2];
          y27[(((long)t416_0 * 2 + t416_2) * d_T + t416_1) * 8 + t416_3] = v10_57;
          const int t422_3 = (int)(o_29 % 8);
          const long t422_q = o_29 / 8;
          const int t422_2 = (int)(t422_q % 2);
          const long t422_q_2 = t422_q / 2;
          const int t422_1 = (int)(t422_q_2 % d_T);
          const int t422_0 = (int)(t422_q_2 / d_T);
          const int t424_2 = (int)(o_29 % 16);
          const float v10_58 = acc1.sc + x6[(long)t424_2];
          y89[(((long)t422_0 * 2 + t422_2) * 8 + t422_3) * d_T + t422_1] = v10_58;
        }
        if (1) {
          const long o_30 = om * 16 + 13L;
          const int t429_3 = (int)(o_30 % 8);
          const long t429_q = o_30 / 8;
          const int t429_2 = (int)(t429_q % 2);
          const long t429_q_2 = t429_q / 2;
          const int t429_1 = (int)(t429_q_2 % d_T);
          const int t429_0 = (int)(t429_q_2 / d_T);
          const int t431_2 = (int)(o_30 % 16);
          const float v10_59 = acc1.sd + x6[(long)t431_2];
          y27[(((long)t429_0 * 2 + t429_2) * d_T + t429_1) * 8 + t429_3] = v10_59;
          const int t435_3 = (int)(o_30 % 8);
          const long t435_q = o_30 / 8;
          const int t435_2 = (int)(t435_q % 2);
          const long t435_q_2 = t435_q / 2;
          const int t435_1 = (int)(t435_q_2 % d_T);
          const int t435_0 = (int)(t435_q_2 / d_T);
          const int t437_2 = (int)(o_30 % 16);
          const float v10_60 = acc1.sd + x6[(long)t437_2];
          y89[(((long)t435_0 * 2 + t435_2) * 8 + t435_3) * d_T + t435_1] = v10_60;
        }
        if (1) {
          const long o_31 = om * 16 + 14L;
          const int t442_3 = (int)(o_31 % 8);
          const long t442_q = o_31 / 8;
          const int t442_2 = (int)(t442_q % 2);
          const long t442_q_2 = t442_q / 2;
          const int t442_1 = (int)(t442_q_2 % d_T);
          const int t442_0 = (int)(t442_q_2 / d_T);
          const int t444_2 = (int)(o_31 % 16);
          const float v10_61 = acc1.se + x6[(long)t444_2];
          y27[(((long)t442_0 * 2 + t442_2) * d_T + t442_1) * 8 + t442_3] = v10_61;
          const int t448_3 = (int)(o_31 % 8);
          const long t448_q = o_31 / 8;
          const int t448_2 = (int)(t448_q % 2);
          const long t448_q_2 = t448_q / 2;
          const int t448_1 = (int)(t448_q_2 % d_T);
          const int t448_0 = (int)(t448_q_2 / d_T);
          const int t450_2 = (int)(o_31 % 16);
          const float v10_62 = acc1.se + x6[(long)t450_2];
          y89[(((long)t448_0 * 2 + t448_2) * 8 + t448_3) * d_T + t448_1] = v10_62;
        }
        if (1) {
          const long o_32 = om * 16 + 15L;
          const int t455_3 = (int)(o_32 % 8);
          const long t455_q = o_32 / 8;
          const int t455_2 = (int)(t455_q % 2);
          const long t455_q_2 = t455_q / 2;
          const int t455_1 = (int)(t455_q_2 % d_T);
          const int t455_0 = (int)(t455_q_2 / d_T);
          const int t457_2 = (int)(o_32 % 16);
          const float v10_63 = acc1.sf + x6[(long)t457_2];
          y27[(((long)t455_0 * 2 + t455_2) * d_T + t455_1) * 8 + t455_3] = v10_63;
          const int t461_3 = (int)(o_32 % 8);
          const long t461_q = o_32 / 8;
          const int t461_2 = (int)(t461_q % 2);
          const long t461_q_2 = t461_q / 2;
          const int t461_1 = (int)(t461_q_2 % d_T);
          const int t461_0 = (int)(t461_q_2 / d_T);
          const int t463_2 = (int)(o_32 % 16);
          const float v10_64 = acc1.sf + x6[(long)t463_2];
          y89[(((long)t461_0 * 2 + t461_2) * 8 + t461_3) * d_T + t461_1] = v10_64;
        }
      }
      const long om_2 = m0 + 2;
      if (om_2 < M) {
        if (1) {
          const long o_33 = om_2 * 16;
          const int t468_3 = (int)(o_33 % 8);
          const long t468_q = o_33 / 8;
          const int t468_2 = (int)(t468_q % 2);
          const long t468_q_2 = t468_q / 2;
          const int t468_1 = (int)(t468_q_2 % d_T);
          const int t468_0 = (int)(t468_q_2 / d_T);
          const int t470_2 = (int)(o_33 % 16);
          const float v10_65 = acc2.s0 + x6[(long)t470_2];
          y27[(((long)t468_0 * 2 + t468_2) * d_T + t468_1) * 8 + t468_3] = v10_65;
          const int t474_3 = (int)(o_33 % 8);
          const long t474_q = o_33 / 8;
          const int t474_2 = (int)(t474_q % 2);
          const long t474_q_2 = t474_q / 2;
          const int t474_1 = (int)(t474_q_2 % d_T);
          const int t474_0 = (int)(t474_q_2 / d_T);
          const int t476_2 = (int)(o_33 % 16);
          const float v10_66 = acc2.s0 + x6[(long)t476_2];
          y89[(((long)t474_0 * 2 + t474_2) * 8 + t474_3) * d_T + t474_1] = v10_66;
        }
        if (1) {
          const long o_34 = om_2 * 16 + 1L;
          const int t481_3 = (int)(o_34 % 8);
          const long t481_q = o_34 / 8;
          const int t481_2 = (int)(t481_q % 2);
          const long t481_q_2 = t481_q / 2;
          const int t481_1 = (int)(t481_q_2 % d_T);
          const int t481_0 = (int)(t481_q_2 / d_T);
          const int t483_2 = (int)(o_34 % 16);
          const float v10_67 = acc2.s1 + x6[(long)t483_2];
          y27[(((long)t481_0 * 2 + t481_2) * d_T + t481_1) * 8 + t481_3] = v10_67;
          const int t487_3 = (int)(o_34 % 8);
          const long t487_q = o_34 / 8;
          const int t487_2 = (int)(t487_q % 2);
          const long t487_q_2 = t487_q / 2;
          const int t487_1 = (int)(t487_q_2 % d_T);
          const int t487_0 = (int)(t487_q_2 / d_T);
          const int t489_2 = (int)(o_34 % 16);
          const float v10_68 = acc2.s1 + x6[(long)t489_2];
          y89[(((long)t487_0 * 2 + t487_2) * 8 + t487_3) * d_T + t487_1] = v10_68;
        }
        if (1) {
          const long o_35 = om_2 * 16 + 2L;
          const int t494_3 = (int)(o_35 % 8);
          const long t494_q = o_35 / 8;
          const int t494_2 = (int)(t494_q % 2);
          const long t494_q_2 = t494_q / 2;
          const int t494_1 = (int)(t494_q_2 % d_T);
          const int t494_0 = (int)(t494_q_2 / d_T);
          const int t496_2 = (int)(o_35 % 16);
          const float v10_69 = acc2.s2 + x6[(long)t496_2];
          y27[(((long)t494_0 * 2 + t494_2) * d_T + t494_1) * 8 + t494_3] = v10_69;
          const int t500_3 = (int)(o_35 % 8);
          const long t500_q = o_35 / 8;
          const int t500_2 = (int)(t500_q % 2);
          const long t500_q_2 = t500_q / 2;
          const int t500_1 = (int)(t500_q_2 % d_T);
          const int t500_0 = (int)(t500_q_2 / d_T);
          const int t502_2 = (int)(o_35 % 16);
          const float v10_70 = acc2.s2 + x6[(long)t502_2];
          y89[(((long)t500_0 * 2 + t500_2) * 8 + t500_3) * d_T + t500_1] = v10_70;
        }
        if (1) {
          const long o_36 = om_2 * 16 + 3L;
          const int t507_3 = (int)(o_36 % 8);
          const long t507_q = o_36 / 8;
          const int t507_2 = (int)(t507_q % 2);
          const long t507_q_2 = t507_q / 2;
          const int t507_1 = (int)(t507_q_2 % d_T);
          const int t507_0 = (int)(t507_q_2 / d_T);
          const int t509_2 = (int)(o_36 % 16);
          const float v10_71 = acc2.s3 + x6[(long)t509_2];
          y27[(((long)t507_0 * 2 + t507_2) * d_T + t507_1) * 8 + t507_3] = v10_71;
          const int t513_3 = (int)(o_36 % 8);
          const long t513_q = o_36 / 8;
          const int t513_2 = (int)(t513_q % 2);
          const long t513_q_2 = t513_q / 2;
          const int t513_1 = (int)(t513_q_2 % d_T);
          const int t513_0 = (int)(t513_q_2 / d_T);
          const int t515_2 = (int)(o_36 % 16);
          const float v10_72 = acc2.s3 + x6[(long)t515_2];
          y89[(((long)t513_0 * 2 + t513_2) * 8 + t513_3) * d_T + t513_1] = v10_72;
        }
        if (1) {
          const long o_37 = om_2 * 16 + 4L;
          const int t520_3 = (int)(o_37 % 8);
          const long t520_q = o_37 / 8;
          const int t520_2 = (int)(t520_q % 2);
          const long t520_q_2 = t520_q / 2;
          const int t520_1 = (int)(t520_q_2 % d_T);
          const int t520_0 = (int)(t520_q_2 / d_T);
          const int t522_2 = (int)(o_37 % 16);
          const float v10_73 = acc2.s4 + x6[(long)t522_2];
          y27[(((long)t520_0 * 2 + t520_2) * d_T + t520_1) * 8 + t520_3] = v10_73;
          const int t526_3 = (int)(o_37 % 8);
          const long t526_q = o_37 / 8;
          const int t526_2 = (int)(t526_q % 2);
          const long t526_q_2 = t526_q / 2;
          const int t526_1 = (int)(t526_q_2 % d_T);
          const int t526_0 = (int)(t526_q_2 / d_T);
          const int t528_2 = (int)(o_37 % 16);
          const float v10_74 = acc2.s4 + x6[(long)t528_2];
          y89[(((long)t526_0 * 2 + t526_2) * 8 + t526_3) * d_T + t526_1] = v10_74;
        }
        if (1) {
          const long o_38 = om_2 * 16 + 5L;
          const int t533_3 = (int)(o_38 % 8);
          const long t533_q = o_38 / 8;
          const int t533_2 = (int)(t533_q % 2);
          const long t533_q_2 = t533_q / 2;
          const int t533_1 = (int)(t533_q_2 % d_T);
          const int t533_0 = (int)(t533_q_2 / d_T);
          const int t535_2 = (int)(o_38 % 16);
          const float v10_75 = acc2.s5 + x6[(long)t535_2];
          y27[(((long)t533_0 * 2 + t533_2) * d_T + t533_1) * 8 + t533_3] = v10_75;
          const int t539_3 = (int)(o_38 % 8);
          const long t539_q = o_38 / 8;
          const int t539_2 = (int)(t539_q % 2);
          const long t539_q_2 = t539_q / 2;
          const int t539_1 = (int)(t539_q_2 % d_T);
          const int t539_0 = (int)(t539_q_2 / d_T);
          const int t541_2 = (int)(o_38 % 16);
          const float v10_76 = acc2.s5 + x6[(long)t541_2];
          y89[(((long)t539_0 * 2 + t539_2) * 8 + t539_3) * d_T + t539_1] = v10_76;
        }
        if (1) {
          const long o_39 = om_2 * 16 + 6L;
          const int t546_3 = (int)(o_39 % 8);
          const long t546_q = o_39 / 8;
          const int t546_2 = (int)(t546_q % 2);
          const long t546_q_2 = t546_q / 2;
          const int t546_1 = (int)(t546_q_2 % d_T);
          const int t546_0 = (int)(t546_q_2 / d_T);
          const int t548_2 = (int)(o_39 % 16);
          const float v10_77 = acc2.s6 + x6[(long)t548_2];
          y27[(((long)t546_0 * 2 + t546_2) * d_T + t546_1) * 8 + t546_3] = v10_77;
          const int t552_3 = (int)(o_39 % 8);
          const long t552_q = o_39 / 8;
          const int t552_2 = (int)(t552_q % 2);
          const long t552_q_2 = t552_q / 2;
          const int t552_1 = (int)(t552_q_2 % d_T);
          const int t552_0 = (int)(t552_q_2 / d_T);
          const int t554_2 = (int)(o_39 % 16);
          const float v10_78 = acc2.s6 + x6[(long)t554_2];
          y89[(((long)t552_0 * 2 + t552_2) * 8 + t552_3) * d_T + t552_1] = v10_78;
        }
        if (1) {
          const long o_40 = om_2 * 16 + 7L;
          const int t559_3 = (int)(o_40 % 8);
          const long t559_q = o_40 / 8;
          const int t559_2 = (int)(t559_q % 2);
          const long t559_q_2 = t559_q / 2;
          const int t559_1 = (int)(t559_q_2 % d_T);
          const int t559_0 = (int)(t559_q_2 / d_T);
          const int t561_2 = (int)(o_40 % 16);
          const float v10_79 = acc2.s7 + x6[(long)t561_2];
          y27[(((long)t559_0 * 2 + t559_2) * d_T + t559_1) * 8 + t559_3] = v10_79;
          const int t565_3 = (int)(o_40 % 8);
          const long t565_q = o_40 / 8;
          const int t565_2 = (int)(t565_q % 2);
          const long t565_q_2 = t565_q / 2;
          const int t565_1 = (int)(t565_q_2 % d_T);
          const int t565_0 = (int)(t565_q_2 / d_T);
          const int t567_2 = (int)(o_40 % 16);
          const float v10_80 = acc2.s7 + x6[(long)t567_2];
          y89[(((long)t565_0 * 2 + t565_2) * 8 + t565_3) * d_T + t565_1] = v10_80;
        }
        if (1) {
          const long o_41 = om_2 * 16 + 8L;
          const int t572_3 = (int)(o_41 % 8);
          const long t572_q = o_41 / 8;
          const int t572_2 = (int)(t572_q % 2);
          const long t572_q_2 = t572_q / 2;
          const int t572_1 = (int)(t572_q_2 % d_T);
          const int t572_0 = (int)(t572_q_2 / d_T);
          const int t574_2 = (int)(o_41 % 16);
          const float v10_81 = acc2.s8 + x6[(long)t574_2];
          y27[(((long)t572_0 * 2 + t572_2) * d_T + t572_1) * 8 + t572_3] = v10_81;
          const int t578_3 = (int)(o_41 % 8);
          const long t578_q = o_41 / 8;
          const int t578_2 = (int)(t578_q % 2);
          const long t578_q_2 = t578_q / 2;
          const int t578_1 = (int)(t578_q_2 % d_T);
          const int t578_0 = (int)(t578_q_2 / d_T);
          const int t580_2 = (int)(o_41 % 16);
          const float v10_82 = acc2.s8 + x6[(long)t580_2];
          y89[(((long)t578_0 * 2 + t578_2) * 8 + t578_3) * d_T + t578_1] = v10_82;
        }
        if (1) {
          const long o_42 = om_2 * 16 + 9L;
          const int t585_3 = (int)(o_42 % 8);
          const long t585_q = o_42 / 8;
          const int t585_2 = (int)(t585_q % 2);
          const long t585_q_2 = t585_q / 2;
          const int t585_1 = (int)(t585_q_2 % d_T);
          const int t585_0 = (int)(t585_q_2 / d_T);
          const int t587_2 = (int)(o_42 % 16);
          const float v10_83 = acc2.s9 + x6[(long)t587_2];
          y27[(((long)t585_0 * 2 + t585_2) * d_T + t585_1) * 8 + t585_3] = v10_83;
          const int t591_3 = (int)(o_42 % 8);
          const long t591_q = o_42 / 8;
          const int t591_2 = (int)(t591_q % 2);
          const long t591_q_2 = t591_q / 2;
          const int t591_1 = (int)(t591_q_2 % d_T);
          const int t591_0 = (int)(t591_q_2 / d_T);
          const int t593_2 = (int)(o_42 % 16);
          const float v10_84 = acc2.s9 + x6[(long)t593_2];
          y89[(((long)t591_0 * 2 + t591_2) * 8 + t591_3) * d_T + t591_1] = v10_84;
        }
        if (1) {
          const long o_43 = om_2 * 16 + 10L;
          const int t598_3 = (int)(o_43 % 8);
          const long t598_q = o_43 / 8;
          const int t598_2 = (int)(t598_q % 2);
          const long t598_q_2 = t598_q / 2;
          const int t598_1 = (int)(t598_q_2 % d_T);
          const int t598_0 = (int)(t598_q_2 / d_T);
          const int t600_2 = (int)(o_43 % 16);
          const float v10_85 = acc2.sa + x6[(long)t600_2];
          y27[(((long)t598_0 * 2 + t598_2) * d_T + t598_1) * 8 + t598_3] = v10_85;
          const int t604_3 = (int)(o_43 % 8);
          const long t604_q = o_43 / 8;
          const int t604_2 = (int)(t604_q % 2);
          const long t604_q_2 = t604_q / 2;
          const int t604_1 = (int)(t604_q_2 % d_T);
          const int t604_0 = (int)(t604_q_2 / d_T);
          const int t606_2 = (int)(o_43 % 16);
          const float v10_86 = acc2.sa + x6[(long)t606_2];
          y89[(((long)t604_0 * 2 + t604_2) * 8 + t604_3) * d_T + t604_1] = v10_86;
        }
        if (1) {
          const long o_44 = om_2 * 16 + 11L;
          const int t611_3 = (int)(o_44 % 8);
          const long t611_q = o_44 / 8;
          const int t611_2 = (int)(t611_q % 2);
          const long t611_q_2 = t611_q / 2;
          const int t611_1 = (int)(t611_q_2 % d_T);
          const int t611_0 = (int)(t611_q_2 / d_T);
          const int t613_2 = (int)(o_44 % 16);
          const float v10_87 = acc2.sb + x6[(long)t613_2];
          y27[(((long)t611_0 * 2 + t611_2) * d_T + t611_1) * 8 + t611_3] = v10_87;
          const int t617_3 = (int)(o_44 % 8);
          const long t617_q = o_44 / 8;
          const int t617_2 = (int)(t617_q % 2);
          const long t617_q_2 = t617_q / 2;
          const int t617_1 = (int)(t617_q_2 % d_T);
          const int t617_0 = (int)(t617_q_2 / d_T);
          const int t619_2 = (int)(o_44 % 16);
          const float v10_88 = acc2.sb + x6[(long)t619_2];
          y89[(((long)t617_0 * 2 + t617_2) * 8 + t617_3) * d_T + t617_1] = v10_88;
        }
        if (1) {
          const long o_45 = om_2 * 16 + 12L;
          const int t624_3 = (int)(o_45 % 8);
          const long t624_q = o_45 / 8;
          const int t624_2 = (int)(t624_q % 2);
          const long t624_q_2 = t624_q / 2;
          const int t624_1 = (int)(t624_q_2 % d_T);
          const int t624_0 = (int)(t624_q_2 / d_T);
          const int t626_2 = (int)(o_45 % 16);
          const float v10_89 = acc2.sc + x6[(long)t626_2];
          y27[(((long)t624_0 * 2 + t624_2) * d_T + t624_1) * 8 + t624_3] = v10_89;
          const int t630_3 = (int)(o_45 % 8);
          const long t630_q = o_45 / 8;
          const int t630_2 = (int)(t630_q % 2);
          const long t630_q_2 = t630_q / 2;
          const int t630_1 = (int)(t630_q_2 % d_T);
          const int t630_0 = (int)(t630_q_2 / d_T);
          const int t632_2 = (int)(o_45 % 16);
          const float v10_90 = acc2.sc + x6[(long)t632_2];
          y89[(((long)t630_0 * 2 + t630_2) * 8 + t630_3) * d_T + t630_1] = v10_90;
        }
        if (1) {
          const long o_46 = om_2 * 16 + 13L;
          const int t637_3 = (int)(o_46 % 8);
          const long t637_q = o_46 / 8;
          const int t637_2 = (int)(t637_q % 2);
          const long t637_q_2 = t637_q / 2;
          const int t637_1 = (int)(t637_q_2 % d_T);
          const int t637_0 = (int)(t637_q_2 / d_T);
          const int t639_2 = (int)(o_46 % 16);
          const float v10_91 = acc2.sd + x6[(long)t639_2];
          y27[(((long)t637_0 * 2 + t637_2) * d_T + t637_1) * 8 + t637_3] = v10_91;
          const int t643_3 = (int)(o_46 % 8);
          const long t643_q = o_46 / 8;
          const int t643_2 = (int)(t643_q % 2);
          const long t643_q_2 = t643_q / 2;
          const int t643_1 = (int)(t643_q_2 % d_T);
          const int t643_0 = (int)(t643_q_2 / d_T);
          const int t645_2 = (int)(o_46 % 16);
          const float v10_92 = acc2.sd + x6[(long)t645_2];
          y89[(((long)t643_0 * 2 + t643_2) * 8 + t643_3) * d_T + t643_1] = v10_92;
        }
        if (1) {
          const long o_47 = om_2 * 16 + 14L;
          const int t650_3 = (int)(o_47 % 8);
          const long t650_q = o_47 / 8;
          const int t650_2 = (int)(t650_q % 2);
          const long t650_q_2 = t650_q / 2;
          const int t650_1 = (int)(t650_q_2 % d_T);
          const int t650_0 = (int)(t650_q_2 / d_T);
          const int t652_2 = (int)(o_47 % 16);
          const float v10_93 = acc2.se + x6[(long)t652_2];
          y27[(((long)t650_0 * 2 + t650_2) * d_T + t650_1) * 8 + t650_3] = v10_93;
          const int t656_3 = (int)(o_47 % 8);
          const long t656_q = o_47 / 8;
          const int t656_2 = (int)(t656_q % 2);
          const long t656_q_2 = t656_q / 2;
          const int t656_1 = (int)(t656_q_2 % d_T);
          const int t656_0 = (int)(t656_q_2 / d_T);
          const int t658_2 = (int)(o_47 % 16);
          const float v10_94 = acc2.se + x6[(long)t658_2];
          y89[(((long)t656_0 * 2 + t656_2) * 8 + t656_3) * d_T + t656_1] = v10_94;
        }
        if (1) {
          const long o_48 = om_2 * 16 + 15L;
          const int t663_3 = (int)(o_48 % 8);
          const long t663_q = o_48 / 8;
          const int t663_2 = (int)(t663_q % 2);
          const long t663_q_2 = t663_q / 2;
          const int t663_1 = (int)(t663_q_2 % d_T);
          const int t663_0 = (int)(t663_q_2 / d_T);
          const int t665_2 = (int)(o_48 % 16);
          const float v10_95 = acc2.sf + x6[(long)t665_2];
          y27[(((long)t663_0 * 2 + t663_2) * d_T + t663_1) * 8 + t663_3] = v10_95;
          const int t669_3 = (int)(o_48 % 8);
          const long t669_q = o_48 / 8;
          const int t669_2 = (int)(t669_q % 2);
          const long t669_q_2 = t669_q / 2;
          const int t669_1 = (int)(t669_q_2 % d_T);
          const int t669_0 = (int)(t669_q_2 / d_T);
          const int t671_2 = (int)(o_48 % 16);
          const float v10_96 = acc2.sf + x6[(long)t671_2];
          y89[(((long)t669_0 * 2 + t669_2) * 8 + t669_3) * d_T + t669_1] = v10_96;
        }
      }
      const long om_3 = m0 + 3;
      if (om_3 < M) {
        if (1) {
          const long o_49 = om_3 * 16;
          const int t676_3 = (int)(o_49 % 8);
          const long t676_q = o_49 / 8;
          const int t676_2 = (int)(t676_q % 2);
          const long t676_q_2 = t676_q / 2;
          const int t676_1 = (int)(t676_q_2 % d_T);
          const int t676_0 = (int)(t676_q_2 / d_T);
          const int t678_2 = (int)(o_49 % 16);
          const float v10_97 = acc3.s0 + x6[(long)t678_2];
          y27[(((long)t676_0 * 2 + t676_2) * d_T + t676_1) * 8 + t676_3] = v10_97;
          const int t682_3 = (int)(o_49 % 8);
          const long t682_q = o_49 / 8;
          const int t682_2 = (int)(t682_q % 2);
          const long t682_q_2 = t682_q / 2;
          const int t682_1 = (int)(t682_q_2 % d_T);
          const int t682_0 = (int)(t682_q_2 / d_T);
          const int t684_2 = (int)(o_49 % 16);
          const float v10_98 = acc3.s0 + x6[(long)t684_2];
          y89[(((long)t682_0 * 2 + t682_2) * 8 + t682_3) * d_T + t682_1] = v10_98;
        }
        if (1) {
          const long o_50 = om_3 * 16 + 1L;
          const int t689_3 = (int)(o_50 % 8);
          const long t689_q = o_50 / 8;
          const int t689_2 = (int)(t689_q % 2);
          const long t689_q_2 = t689_q / 2;
          const int t689_1 = (int)(t689_q_2 % d_T);
          const int t689_0 = (int)(t689_q_2 / d_T);
          const int t691_2 = (int)(o_50 % 16);
          const float v10_99 = acc3.s1 + x6[(long)t691_2];
          y27[(((long)t689_0 * 2 + t689_2) * d_T + t689_1) * 8 + t689_3] = v10_99;
          const int t695_3 = (int)(o_50 % 8);
          const long t695_q = o_50 / 8;
          const int t695_2 = (int)(t695_q % 2);
          const long t695_q_2 = t695_q / 2;
          const int t695_1 = (int)(t695_q_2 % d_T);
          const int t695_0 = (int)(t695_q_2 / d_T);
          const int t697_2 = (int)(o_50 % 16);
          const float v10_100 = acc3.s1 + x6[(long)t697_2];
          y89[(((long)t695_0 * 2 + t695_2) * 8 + t695_3) * d_T + t695_1] = v10_100;
        }
        if (1) {
          const long o_51 = om_3 * 16 + 2L;
          const int t702_3 = (int)(o_51 % 8);
          const long t702_q = o_51 / 8;
          const int t702_2 = (int)(t702_q % 2);
          const long t702_q_2 = t702_q / 2;
          const int t702_1 = (int)(t702_q_2 % d_T);
          const int t702_0 = (int)(t702_q_2 / d_T);
          const int t704_2 = (int)(o_51 % 16);
          const float v10_101 = acc3.s2 + x6[(long)t704_2];
          y27[(((long)t702_0 * 2 + t702_2) * d_T + t702_1) * 8 + t702_3] = v10_101;
          const int t708_3 = (int)(o_51 % 8);
          const long t708_q = o_51 / 8;
          const int t708_2 = (int)(t708_q % 2);
          const long t708_q_2 = t708_q / 2;
          const int t708_1 = (int)(t708_q_2 % d_T);
          const int t708_0 = (int)(t708_q_2 / d_T);
          const int t710_2 = (int)(o_51 % 16);
          const float v10_102 = acc3.s2 + x6[(long)t710_2];
          y89[(((long)t708_0 * 2 + t708_2) * 8 + t708_3) * d_T + t708_1] = v10_102;
        }
        if (1) {
          const long o_52 = om_3 * 16 + 3L;
          const int t715_3 = (int)(o_52 % 8);
          const long t715_q = o_52 / 8;
          const int t715_2 = (int)(t715_q % 2);
          const long t715_q_2 = t715_q / 2;
          const int t715_1 = (int)(t715_q_2 % d_T);
          const int t715_0 = (int)(t715_q_2 / d_T);
          const int t717_2 = (int)(o_52 % 16);
          const float v10_103 = acc3.s3 + x6[(long)t717_2];
          y27[(((long)t715_0 * 2 + t715_2) * d_T + t715_1) * 8 + t715_3] = v10_103;
          const int t721_3 = (int)(o_52 % 8);
          const long t721_q = o_52 / 8;
          const int t721_2 = (int)(t721_q % 2);
          const long t721_q_2 = t721_q / 2;
          const int t721_1 = (int)(t721_q_2 % d_T);
          const int t721_0 = (int)(t721_q_2 / d_T);
          const int t723_2 = (int)(o_52 % 16);
          const float v10_104 = acc3.s3 + x6[(long)t723_2];
          y89[(((long)t721_0 * 2 + t721_2) * 8 + t721_3) * d_T + t721_1] = v10_104;
        }
        if (1) {
          const long o_53 = om_3 * 16 + 4L;
          const int t728_3 = (int)(o_53 % 8);
          const long t728_q = o_53 / 8;
          const int t728_2 = (int)(t728_q % 2);
          const long t728_q_2 = t728_q / 2;
          const int t728_1 = (int)(t728_q_2 % d_T);
          const int t728_0 = (int)(t728_q_2 / d_T);
          const int t730_2 = (int)(o_53 % 16);
          const float v10_105 = acc3.s4 + x6[(long)t730_2];
          y27[(((long)t728_0 * 2 + t728_2) * d_T + t728_1) * 8 + t728_3] = v10_105;
          const int t734_3 = (int)(o_53 % 8);
          const long t734_q = o_53 / 8;
          const int t734_2 = (int)(t734_q % 2);
          const long t734_q_2 = t734_q / 2;
          const int t734_1 = (int)(t734_q_2 % d_T);
          const int t734_0 = (int)(t734_q_2 / d_T);
          const int t736_2 = (int)(o_53 % 16);
          const float v10_106 = acc3.s4 + x6[(long)t736_2];
          y89[(((long)t734_0 * 2 + t734_2) * 8 + t734_3) * d_T + t734_1] = v10_106;
        }
        if (1) {
          const long o_54 = om_3 * 16 + 5L;
          const int t741_3 = (int)(o_54 % 8);
          const long t741_q = o_54 / 8;
          const int t741_2 = (int)(t741_q % 2);
          const long t741_q_2 = t741_q / 2;
          const int t741_1 = (int)(t741_q_2 % d_T);
          const int t741_0 = (int)(t741_q_2 / d_T);
          const int t743_2 = (int)(o_54 % 16);
          const float v10_107 = acc3.s5 + x6[(long)t743_2];
          y27[(((long)t741_0 * 2 + t741_2) * d_T + t741_1) * 8 + t741_3] = v10_107;
          const int t747_3 = (int)(o_54 % 8);
          const long t747_q = o_54 / 8;
          const int t747_2 = (int)(t747_q % 2);
          const long t747_q_2 = t747_q / 2;
          const int t747_1 = (int)(t747_q_2 % d_T);
          const int t747_0 = (int)(t747_q_2 / d_T);
          const int t749_2 = (int)(o_54 % 16);
          const float v10_108 = acc3.s5 + x6[(long)t749_2];
          y89[(((long)t747_0 * 2 + t747_2) * 8 + t747_3) * d_T + t747_1] = v10_108;
        }
        if (1) {
          const long o_55 = om_3 * 16 + 6L;
          const int t754_3 = (int)(o_55 % 8);
          const long t754_q = o_55 / 8;
          const int t754_2 = (int)(t754_q % 2);
          const long t754_q_2 = t754_q / 2;
          const int t754_1 = (int)(t754_q_2 % d_T);
          const int t754_0 = (int)(t754_q_2 / d_T);
          const int t756_2 = (int)(o_55 % 16);
          const float v10_109 = acc3.s6 + x6[(long)t756_2];
          y27[(((long)t754_0 * 2 + t754_2) * d_T + t754_1) * 8 + t754_3] = v10_109;
          const int t760_3 = (int)(o_55 % 8);
          const long t760_q = o_55 / 8;
          const int t760_2 = (int)(t760_q % 2);
          const long t760_q_2 = t760_q / 2;
          const int t760_1 = (int)(t760_q_2 % d_T);
          const int t760_0 = (int)(t760_q_2 / d_T);
          const int t762_2 = (int)(o_55 % 16);
          const float v10_110 = acc3.s6 + x6[(long)t762_2];
          y89[(((long)t760_0 * 2 + t760_2) * 8 + t760_3) * d_T + t760_1] = v10_110;
        }
        if (1) {
          const long o_56 = om_3 * 16 + 7L;
          const int t767_3 = (int)(o_56 % 8);
          const long t767_q = o_56 / 8;
          const int t767_2 = (int)(t767_q % 2);
          const long t767_q_2 = t767_q / 2;
          const int t767_1 = (int)(t767_q_2 % d_T);
          const int t767_0 = (int)(t767_q_2 / d_T);
          const int t769_2 = (int)(o_56 % 16);
          const float v10_111 = acc3.s7 + x6[(long)t769_2];
          y27[(((long)t767_0 * 2 + t767_2) * d_T + t767_1) * 8 + t767_3] = v10_111;
          const int t773_3 = (int)(o_56 % 8);
          const long t773_q = o_56 / 8;
          const int t773_2 = (int)(t773_q % 2);
          const long t773_q_2 = t773_q / 2;
          const int t773_1 = (int)(t773_q_2 % d_T);
          const int t773_0 = (int)(t773_q_2 / d_T);
          const int t775_2 = (int)(o_56 % 16);
          const float v10_112 = acc3.s7 + x6[(long)t775_2];
          y89[(((long)t773_0 * 2 + t773_2) * 8 + t773_3) * d_T + t773_1] = v10_112;
        }
        if (1) {
          const long o_57 = om_3 * 16 + 8L;
          const int t780_3 = (int)(o_57 % 8);
          const long t780_q = o_57 / 8;
          const int t780_2 = (int)(t780_q % 2);
          const long t780_q_2 = t780_q / 2;
          const int t780_1 = (int)(t780_q_2 % d_T);
          const int t780_0 = (int)(t780_q_2 / d_T);
          const int t782_2 = (int)(o_57 % 16);
          const float v10_113 = acc3.s8 + x6[(long)t782_2];
          y27[(((long)t780_0 * 2 + t780_2) * d_T + t780_1) * 8 + t780_3] = v10_113;
          const int t786_3 = (int)(o_57 % 8);
          const long t786_q = o_57 / 8;
          const int t786_2 = (int)(t786_q % 2);
          const long t786_q_2 = t786_q / 2;
          const int t786_1 = (int)(t786_q_2 % d_T);
          const int t786_0 = (int)(t786_q_2 / d_T);
          const int t788_2 = (int)(o_57 % 16);
          const float v10_114 = acc3.s8 + x6[(long)t788_2];
          y89[(((long)t786_0 * 2 + t786_2) * 8 + t786_3) * d_T + t786_1] = v10_114;
        }
        if (1) {
          const long o_58 = om_3 * 16 + 9L;
          const int t793_3 = (int)(o_58 % 8);
          const long t793_q = o_58 / 8;
          const int t793_2 = (int)(t793_q % 2);
          const long t793_q_2 = t793_q / 2;
          const int t793_1 = (int)(t793_q_2 % d_T);
          const int t793_0 = (int)(t793_q_2 / d_T);
          const int t795_2 = (int)(o_58 % 16);
          const float v10_115 = acc3.s9 + x6[(long)t795_2];
          y27[(((long)t793_0 * 2 + t793_2) * d_T + t793_1) * 8 + t793_3] = v10_115;
          const int t799_3 = (int)(o_58 % 8);
          const long t799_q = o_58 / 8;
          const int t799_2 = (int)(t799_q % 2);
          const long t799_q_2 = t799_q / 2;
          const int t799_1 = (int)(t799_q_2 % d_T);
          const int t799_0 = (int)(t799_q_2 / d_T);
          const int t801_2 = (int)(o_58 % 16);
          const float v10_116 = acc3.s9 + x6[(long)t801_2];
          y89[(((long)t799_0 * 2 + t799_2) * 8 + t799_3) * d_T + t799_1] = v10_116;
        }
        if (1) {
          const long o_59 = om_3 * 16 + 10L;
          const int t806_3 = (int)(o_59 % 8);
          const long t806_q = o_59 / 8;
          const int t806_2 = (int)(t806_q % 2);
          const long t806_q_2 = t806_q / 2;
          const int t806_1 = (int)(t806_q_2 % d_T);
          const int t806_0 = (int)(t806_q_2 / d_T);
          const int t808_2 = (int)(o_59 % 16);
          const float v10_117 = acc3.sa + x6[(long)t808_2];
          y27[(((long)t806_0 * 2 + t806_2) * d_T + t806_1) * 8 + t806_3] = v10_117;
          const int t812_3 = (int)(o_59 % 8);
          const long t812_q = o_59 / 8;
          const int t812_2 = (int)(t812_q % 2);
          const long t812_q_2 = t812_q / 2;
          const int t812_1 = (int)(t812_q_2 % d_T);
          const int t812_0 = (int)(t812_q_2 / d_T);
          const int t814_2 = (int)(o_59 % 16);
          const float v10_118 = acc3.sa + x6[(long)t814_2];
          y89[(((long)t812_0 * 2 + t812_2) * 8 + t812_3) * d_T + t812_1] = v10_118;
        }
        if (1) {
          const long o_60 = om_3 * 16 + 11L;
          const int t819_3 = (int)(o_60 % 8);
          const long t819_q = o_60 / 8;
          const int t819_2 = (int)(t819_q % 2);
          const long t819_q_2 = t819_q / 2;
          const int t819_1 = (int)(t819_q_2 % d_T);
          const int t819_0 = (int)(t819_q_2 / d_T);
          const int t821_2 = (int)(o_60 % 16);
          const float v10_119 = acc3.sb + x6[(long)t821_2];
          y27[(((long)t819_0 * 2 + t819_2) * d_T + t819_1) * 8 + t819_3] = v10_119;
          const int t825_3 = (int)(o_60 % 8);
          const long t825_q = o_60 / 8;
          const int t825_2 = (int)(t825_q % 2);
          const long t825_q_2 = t825_q / 2;
          const int t825_1 = (int)(t825_q_2 % d_T);
          const int t825_0 = (int)(t825_q_2 / d_T);
          const int t827_2 = (int)(o_60 % 16);
          const float v10_120 = acc3.sb + x6[(long)t827_2];
          y89[(((long)t825_0 * 2 + t825_2) * 8 + t825_3) * d_T + t825_1] = v10_120;
        }
        if (1) {
          const long o_61 = om_3 * 16 + 12L;
          const int t832_3 = (int)(o_61 % 8);
          const long t832_q = o_61 / 8;
          const int t832_2 = (int)(t832_q % 2);
          const long t832_q_2 = t832_q / 2;
          const int t832_1 = (int)(t832_q_2 % d_T);
          const int t832_0 = (int)(t832_q_2 / d_T);
          const int t834_2 = (int)(o_61 % 16);
          const float v10_121 = acc3.sc + x6[(long)t834_2];
          y27[(((long)t832_0 * 2 + t832_2) * d_T + t832_1) * 8 + t832_3] = v10_121;
          const int t838_3 = (int)(o_61 % 8);
          const long t838_q = o_61 / 8;
          const int t838_2 = (int)(t838_q % 2);
          const long t838_q_2 = t838_q / 2;
          const int t838_1 = (int)(t838_q_2 % d_T);
          const int t838_0 = (int)(t838_q_2 / d_T);
          const int t840_2 = (int)(o_61 % 16);
          const float v10_122 = acc3.sc + x6[(long)t840_2];
          y89[(((long)t838_0 * 2 + t838_2) * 8 + t838_3) * d_T + t838_1] = v10_122;
        }
        if (1) {
          const long o_62 = om_3 * 16 + 13L;
          const int t845_3 = (int)(o_62 % 8);
          const long t845_q = o_62 / 8;
          const int t845_2 = (int)(t845_q % 2);
          const long t845_q_2 = t845_q / 2;
          const int t845_1 = (int)(t845_q_2 % d_T);
          const int t845_0 = (int)(t845_q_2 / d_T);
          const int t847_2 = (int)(o_62 % 16);
          const float v10_123 = acc3.sd + x6[(long)t847_2];
          y27[(((long)t845_0 * 2 + t845_2) * d_T + t845_1) * 8 + t845_3] = v10_123;
          const int t851_3 = (int)(o_62 % 8);
          const long t851_q = o_62 / 8;
          const int t851_2 = (int)(t851_q % 2);
          const long t851_q_2 = t851_q / 2;
          const int t851_1 = (int)(t851_q_2 % d_T);
          const int t851_0 = (int)(t851_q_2 / d_T);
          const int t853_2 = (int)(o_62 % 16);
          const float v10_124 = acc3.sd + x6[(long)t853_2];
          y89[(((long)t851_0 * 2 + t851_2) * 8 + t851_3) * d_T + t851_1] = v10_124;
        }
        if (1) {
          const long o_63 = om_3 * 16 + 14L;
          const int t858_3 = (int)(o_63 % 8);
          const long t858_q = o_63 / 8;
          const int t858_2 = (int)(t858_q % 2);
          const long t858_q_2 = t858_q / 2;
          const int t858_1 = (int)(t858_q_2 % d_T);
          const int t858_0 = (int)(t858_q_2 / d_T);
          const int t860_2 = (int)(o_63 % 16);
          const float v10_125 = acc3.se + x6[(long)t860_2];
          y27[(((long)t858_0 * 2 + t858_2) * d_T + t858_1) * 8 + t858_3] = v10_125;
          const int t864_3 = (int)(o_63 % 8);
          const long t864_q = o_63 / 8;
          const int t864_2 = (int)(t864_q % 2);
          const long t864_q_2 = t864_q / 2;
          const int t864_1 = (int)(t864_q_2 % d_T);
          const int t864_0 = (int)(t864_q_2 / d_T);
          const int t866_2 = (int)(o_63 % 16);
          const float v10_126 = acc3.se + x6[(long)t866_2];
          y89[(((long)t864_0 * 2 + t864_2) * 8 + t864_3) * d_T + t864_1] = v10_126;
        }
        if (1) {
          const long o_64 = om_3 * 16 + 15L;
          const int t871_3 = (int)(o_64 % 8);
          const long t871_q = o_64 / 8;
          const int t871_2 = (int)(t871_q % 2);
          const long t871_q_2 = t871_q / 2;
          const int t871_1 = (int)(t871_q_2 % d_T);
          const int t871_0 = (int)(t871_q_2 / d_T);
          const int t873_2 = (int)(o_64 % 16);
          const float v10_127 = acc3.sf + x6[(long)t873_2];
          y27[(((long)t871_0 * 2 + t871_2) * d_T + t871_1) * 8 + t871_3] = v10_127;
          const int t877_3 = (int)(o_64 % 8);
          const long t877_q = o_64 / 8;
          const int t877_2 = (int)(t877_q % 2);
          const long t877_q_2 = t877_q / 2;
          const int t877_1 = (int)(t877_q_2 % d_T);
          const int t877_0 = (int)(t877_q_2 / d_T);
          const int t879_2 = (int)(o_64 % 16);
          const float v10_128 = acc3.sf + x6[(long)t879_2];
          y89[(((long)t877_0 * 2 + t877_2) * 8 + t877_3) * d_T + t877_1] = v10_128;
        }
      }
      const long om_4 = m0 + 4;
      if (om_4 < M) {
        if (1) {
          const long o_65 = om_4 * 16;
          const int t884_3 = (int)(o_65 % 8);
          const long t884_q = o_65 / 8;
          const int t884_2 = (int)(t884_q % 2);
          const long t884_q_2 = t884_q / 2;
          const int t884_1 = (int)(t884_q_2 % d_T);
          const int t884_0 = (int)(t884_q_2 / d_T);
          const int t886_2 = (int)(o_65 % 16);
          const float v10_129 = acc4.s0 + x6[(long)t886_2];
          y27[(((long)t884_0 * 2 + t884_2) * d_T + t884_1) * 8 + t884_3] = v10_129;
          const int t890_3 = (int)(o_65 % 8);
          const long t890_q = o_65 / 8;
          const int t890_2 = (int)(t890_q % 2);
          const long t890_q_2 = t890_q / 2;
          const int t890_1 = (int)(t890_q_2 % d_T);
          const int t890_0 = (int)(t890_q_2 / d_T);
          const int t892_2 = (int)(o_65 % 16);
          const float v10_130 = acc4.s0 + x6[(long)t892_2];
          y89[(((long)t890_0 * 2 + t890_2) * 8 + t890_3) * d_T + t890_1] = v10_130;
        }
        if (1) {
          const long o_66 = om_4 * 16 + 1L;
          const int t897_3 = (int)(o_66 % 8);
          const long t897_q = o_66 / 8;
          const int t897_2 = (int)(t897_q % 2);
          const long t897_q_2 = t897_q / 2;
          const int t897_1 = (int)(t897_q_2 % d_T);
          const int t897_0 = (int)(t897_q_2 / d_T);
          const int t899_2 = (int)(o_66 % 16);
          const float v10_131 = acc4.s1 + x6[(long)t899_2];
          y27[(((long)t897_0 * 2 + t897_2) * d_T + t897_1) * 8 + t897_3] = v10_131;
          const int t903_3 = (int)(o_66 % 8);
          const long t903_q = o_66 / 8;
          const int t903_2 = (int)(t903_q % 2);
          const long t903_q_2 = t903_q / 2;
          const int t903_1 = (int)(t903_q_2 % d_T);
          const int t903_0 = (int)(t903_q_2 / d_T);
          const int t905_2 = (int)(o_66 % 16);
          const float v10_132 = acc4.s1 + x6[(long)t905_2];
          y89[(((long)t903_0 * 2 + t903_2) * 8 + t903_3) * d_T + t903_1] = v10_132;
        }
        if (1) {
          const long o_67 = om_4 * 16 + 2L;
          const int t910_3 = (int)(o_67 % 8);
          const long t910_q = o_67 / 8;
          const int t910_2 = (int)(t910_q % 2);
          const long t910_q_2 = t910_q / 2;
          const int t910_1 = (int)(t910_q_2 % d_T);
          const int t910_0 = (int)(t910_q_2 / d_T);
          const int t912_2 = (int)(o_67 % 16);
          const float v10_133 = acc4.s2 + x6[(long)t912_2];
          y27[(((long)t910_0 * 2 + t910_2) * d_T + t910_1) * 8 + t910_3] = v10_133;
          const int t916_3 = (int)(o_67 % 8);
          const long t916_q = o_67 / 8;
          const int t916_2 = (int)(t916_q % 2);
          const long t916_q_2 = t916_q / 2;
          const int t916_1 = (int)(t916_q_2 % d_T);
          const int t916_0 = (int)(t916_q_2 / d_T);
          const int t918_2 = (int)(o_67 % 16);
          const float v10_134 = acc4.s2 + x6[(long)t918_2];
          y89[(((long)t916_0 * 2 + t916_2) * 8 + t916_3) * d_T + t916_1] = v10_134;
        }
        if (1) {
          const long o_68 = om_4 * 16 + 3L;
          const int t923_3 = (int)(o_68 % 8);
          const long t923_q = o_68 / 8;
          const int t923_2 = (int)(t923_q % 2);
          const long t923_q_2 = t923_q / 2;
          const int t923_1 = (int)(t923_q_2 % d_T);
          const int t923_0 = (int)(t923_q_2 / d_T);
          const int t925_2 = (int)(o_68 % 16);
          const float v10_135 = acc4.s3 + x6[(long)t925_2];
          y27[(((long)t923_0 * 2 + t923_2) * d_T + t923_1) * 8 + t923_3] = v10_135;
          const int t929_3 = (int)(o_68 % 8);
          const long t929_q = o_68 / 8;
          const int t929_2 = (int)(t929_q % 2);
          const long t929_q_2 = t929_q / 2;
          const int t929_1 = (int)(t929_q_2 % d_T);
          const int t929_0 = (int)(t929_q_2 / d_T);
          const int t931_2 = (int)(o_68 % 16);
          const float v10_136 = acc4.s3 + x6[(long)t931_2];
          y89[(((long)t929_0 * 2 + t929_2) * 8 + t929_3) * d_T + t929_1] = v10_136;
        }
        if (1) {
          const long o_69 = om_4 * 16 + 4L;
          const int t936_3 = (int)(o_69 % 8);
          const long t936_q = o_69 / 8;
          const int t936_2 = (int)(t936_q % 2);
          const long t936_q_2 = t936_q / 2;
          const int t936_1 = (int)(t936_q_2 % d_T);
          const int t936_0 = (int)(t936_q_2 / d_T);
          const int t938_2 = (int)(o_69 % 16);
          const float v10_137 = acc4.s4 + x6[(long)t938_2];
          y27[(((long)t936_0 * 2 + t936_2) * d_T + t936_1) * 8 + t936_3] = v10_137;
          const int t942_3 = (int)(o_69 % 8);
          const long t942_q = o_69 / 8;
          const int t942_2 = (int)(t942_q % 2);
          const long t942_q_2 = t942_q / 2;
          const int t942_1 = (int)(t942_q_2 % d_T);
          const int t942_0 = (int)(t942_q_2 / d_T);
          const int t944_2 = (int)(o_69 % 16);
          const float v10_138 = acc4.s4 + x6[(long)t944_2];
          y89[(((long)t942_0 * 2 + t942_2) * 8 + t942_3) * d_T + t942_1] = v10_138;
        }
        if (1) {
          const long o_70 = om_4 * 16 + 5L;
          const int t949_3 = (int)(o_70 % 8);
          const long t949_q = o_70 / 8;
          const int t949_2 = (int)(t949_q % 2);
          const long t949_q_2 = t949_q / 2;
          const int t949_1 = (int)(t949_q_2 % d_T);
          const int t949_0 = (int)(t949_q_2 / d_T);
          const int t951_2 = (int)(o_70 % 16);
          const float v10_139 = acc4.s5 + x6[(long)t951_2];
          y27[(((long)t949_0 * 2 + t949_2) * d_T + t949_1) * 8 + t949_3] = v10_139;
          const int t955_3 = (int)(o_70 % 8);
          const long t955_q = o_70 / 8;
          const int t955_2 = (int)(t955_q % 2);
          const long t955_q_2 = t955_q / 2;
          const int t955_1 = (int)(t955_q_2 % d_T);
          const int t955_0 = (int)(t955_q_2 / d_T);
          const int t957_2 = (int)(o_70 % 16);
          const float v10_140 = acc4.s5 + x6[(long)t957_2];
          y89[(((long)t955_0 * 2 + t955_2) * 8 + t955_3) * d_T + t955_1] = v10_140;
        }
        if (1) {
          const long o_71 = om_4 * 16 + 6L;
          const int t962_3 = (int)(o_71 % 8);
          const long t962_q = o_71 / 8;
          const int t962_2 = (int)(t962_q % 2);
          const long t962_q_2 = t962_q / 2;
          const int t962_1 = (int)(t962_q_2 % d_T);
          const int t962_0 = (int)(t962_q_2 / d_T);
          const int t964_2 = (int)(o_71 % 16);
          const float v10_141 = acc4.s6 + x6[(long)t964_2];
          y27[(((long)t962_0 * 2 + t962_2) * d_T + t962_1) * 8 + t962_3] = v10_141;
          const int t968_3 = (int)(o_71 % 8);
          const long t968_q = o_71 / 8;
          const int t968_2 = (int)(t968_q % 2);
          const long t968_q_2 = t968_q / 2;
          const int t968_1 = (int)(t968_q_2 % d_T);
          const int t968_0 = (int)(t968_q_2 / d_T);
          const int t970_2 = (int)(o_71 % 16);
          const float v10_142 = acc4.s6 + x6[(long)t970_2];
          y89[(((long)t968_0 * 2 + t968_2) * 8 + t968_3) * d_T + t968_1] = v10_142;
        }
        if (1) {
          const long o_72 = om_4 * 16 + 7L;
          const int t975_3 = (int)(o_72 % 8);
          const long t975_q = o_72 / 8;
          const int t975_2 = (int)(t975_q % 2);
          const long t975_q_2 = t975_q / 2;
          const int t975_1 = (int)(t975_q_2 % d_T);
          const int t975_0 = (int)(t975_q_2 / d_T);
          const int t977_2 = (int)(o_72 % 16);
          const float v10_143 = acc4.s7 + x6[(long)t977_2];
          y27[(((long)t975_0 * 2 + t975_2) * d_T + t975_1) * 8 + t975_3] = v10_143;
          const int t981_3 = (int)(o_72 % 8);
          const long t981_q = o_72 / 8;
          const int t981_2 = (int)(t981_q % 2);
          const long t981_q_2 = t981_q / 2;
          const int t981_1 = (int)(t981_q_2 % d_T);
          const int t981_0 = (int)(t981_q_2 / d_T);
          const int t983_2 = (int)(o_72 % 16);
          const float v10_144 = acc4.s7 + x6[(long)t983_2];
          y89[(((long)t981_0 * 2 + t981_2) * 8 + t981_3) * d_T + t981_1] = v10_144;
        }
        if (1) {
          const long o_73 = om_4 * 16 + 8L;
          const int t988_3 = (int)(o_73 % 8);
          const long t988_q = o_73 / 8;
          const int t988_2 = (int)(t988_q % 2);
          const long t988_q_2 = t988_q / 2;
          const int t988_1 = (int)(t988_q_2 % d_T);
          const int t988_0 = (int)(t988_q_2 / d_T);
          const int t990_2 = (int)(o_73 % 16);
          const float v10_145 = acc4.s8 + x6[(long)t990_2];
          y27[(((long)t988_0 * 2 + t988_2) * d_T + t988_1) * 8 + t988_3] = v10_145;
          const int t994_3 = (int)(o_73 % 8);
          const long t994_q = o_73 / 8;
          const int t994_2 = (int)(t994_q % 2);
          const long t994_q_2 = t994_q / 2;
          const int t994_1 = (int)(t994_q_2 % d_T);
          const int t994_0 = (int)(t994_q_2 / d_T);
          const int t996_2 = (int)(o_73 % 16);
          const float v10_146 = acc4.s8 + x6[(long)t996_2];
          y89[(((long)t994_0 * 2 + t994_2) * 8 + t994_3) * d_T + t994_1] = v10_146;
        }
        if (1) {
          const long o_74 = om_4 * 16 + 9L;
          const int t1001_3 = (int)(o_74 % 8);
          const long t1001_q = o_74 / 8;
          const int t1001_2 = (int)(t1001_q % 2);
          const long t1001_q_2 = t1001_q / 2;
          const int t1001_1 = (int)(t1001_q_2 % d_T);
          const int t1001_0 = (int)(t1001_q_2 / d_T);
          const int t1003_2 = (int)(o_74 % 16);
          const float v10_147 = acc4.s9 + x6[(long)t1003_2];
          y27[(((long)t1001_0 * 2 + t1001_2) * d_T + t1001_1) * 8 + t1001_3] = v10_147;
          const int t1007_3 = (int)(o_74 % 8);
          const long t1007_q = o_74 / 8;
          const int t1007_2 = (int)(t1007_q % 2);
          const long t1007_q_2 = t1007_q / 2;
          const int t1007_1 = (int)(t1007_q_2 % d_T);
          const int t1007_0 = (int)(t1007_q_2 / d_T);
          const int t1009_2 = (int)(o_74 % 16);
          const float v10_148 = acc4.s9 + x6[(long)t1009_2];
          y89[(((long)t1007_0 * 2 + t1007_2) * 8 + t1007_3) * d_T + t1007_1] = v10_148;
        }
        if (1) {
          const long o_75 = om_4 * 16 + 10L;
          const int t1014_3 = (int)(o_75 % 8);
          const long t1014_q = o_75 / 8;
          const int t1014_2 = (int)(t1014_q % 2);
          const long t1014_q_2 = t1014_q / 2;
          const int t1014_1 = (int)(t1014_q_2 % d_T);
          const int t1014_0 = (int)(t1014_q_2 / d_T);
          const int t1016_2 = (int)(o_75 % 16);
          const float v10_149 = acc4.sa + x6[(long)t1016_2];
          y27[(((long)t1014_0 * 2 + t1014_2) * d_T + t1014_1) * 8 + t1014_3] = v10_149;
          const int t1020_3 = (int)(o_75 % 8);
          const long t1020_q = o_75 / 8;
          const int t1020_2 = (int)(t1020_q % 2);
          const long t1020_q_2 = t1020_q / 2;
          const int t1020_1 = (int)(t1020_q_2 % d_T);
          const int t1020_0 = (int)(t1020_q_2 / d_T);
          const int t1022_2 = (int)(o_75 % 16);
          const float v10_150 = acc4.sa + x6[(long)t1022_2];
          y89[(((long)t1020_0 * 2 + t1020_2) * 8 + t1020_3) * d_T + t1020_1] = v10_150;
        }
        if (1) {
          const long o_76 = om_4 * 16 + 11L;
          const int t1027_3 = (int)(o_76 % 8);
          const long t1027_q = o_76 / 8;
          const int t1027_2 = (int)(t1027_q % 2);
          const long t1027_q_2 = t1027_q / 2;
          const int t1027_1 = (int)(t1027_q_2 % d_T);
          const int t1027_0 = (int)(t1027_q_2 / d_T);
          const int t1029_2 = (int)(o_76 % 16);
          const float v10_151 = acc4.sb + x6[(long)t1029_2];
          y27[(((long)t1027_0 * 2 + t1027_2) * d_T + t1027_1) * 8 + t1027_3] = v10_151;
          const int t1033_3 = (int)(o_76 % 8);
          const long t1033_q = o_76 / 8;
          const int t1033_2 = (int)(t1033_q % 2);
          const long t1033_q_2 = t1033_q / 2;
          const int t1033_1 = (int)(t1033_q_2 % d_T);
          const int t1033_0 = (int)(t1033_q_2 / d_T);
          const int t1035_2 = (int)(o_76 % 16);
          const float v10_152 = acc4.sb + x6[(long)t1035_2];
          y89[(((long)t1033_0 * 2 + t1033_2) * 8 + t1033_3) * d_T + t1033_1] = v10_152;
        }
        if (1) {
          const long o_77 = om_4 * 16 + 12L;
          const int t1040_3 = (int)(o_77 % 8);
          const long t1040_q = o_77 / 8;
          const int t1040_2 = (int)(t1040_q % 2);
          const long t1040_q_2 = t1040_q / 2;
          const int t1040_1 = (int)(t1040_q_2 % d_T);
          const int t1040_0 = (int)(t1040_q_2 / d_T);
          const int t1042_2 = (int)(o_77 % 16);
          const float v10_153 = acc4.sc + x6[(long)t1042_2];
          y27[(((long)t1040_0 * 2 + t1040_2) * d_T + t1040_1) * 8 + t1040_3] = v10_153;
          const int t1046_3 = (int)(o_77 % 8);
          const long t1046_q = o_77 / 8;
          const int t1046_2 = (int)(t1046_q % 2);
          const long t1046_q_2 = t1046_q / 2;
          const int t1046_1 = (int)(t1046_q_2 % d_T);
          const int t1046_0 = (int)(t1046_q_2 / d_T);
          const int t1048_2 = (int)(o_77 % 16);
          const float v10_154 = acc4.sc + x6[(long)t1048_2];
          y89[(((long)t1046_0 * 2 + t1046_2) * 8 + t1046_3) * d_T + t1046_1] = v10_154;
        }
        if (1) {
          const long o_78 = om_4 * 16 + 13L;
          const int t1053_3 = (int)(o_78 % 8);
          const long t1053_q = o_78 / 8;
          const int t1053_2 = (int)(t1053_q % 2);
          const long t1053_q_2 = t1053_q / 2;
          const int t1053_1 = (int)(t1053_q_2 % d_T);
          const int t1053_0 = (int)(t1053_q_2 / d_T);
          const int t1055_2 = (int)(o_78 % 16);
          const float v10_155 = acc4.sd + x6[(long)t1055_2];
          y27[(((long)t1053_0 * 2 + t1053_2) * d_T + t1053_1) * 8 + t1053_3] = v10_155;
          const int t1059_3 = (int)(o_78 % 8);
          const long t1059_q = o_78 / 8;
          const int t1059_2 = (int)(t1059_q % 2);
          const long t1059_q_2 = t1059_q / 2;
          const int t1059_1 = (int)(t1059_q_2 % d_T);
          const int t1059_0 = (int)(t1059_q_2 / d_T);
          const int t1061_2 = (int)(o_78 % 16);
          const float v10_156 = acc4.sd + x6[(long)t1061_2];
          y89[(((long)t1059_0 * 2 + t1059_2) * 8 + t1059_3) * d_T + t1059_1] = v10_156;
        }
        if (1) {
          const long o_79 = om_4 * 16 + 14L;
          const int t1066_3 = (int)(o_79 % 8);
          const long t1066_q = o_79 / 8;
          const int t1066_2 = (int)(t1066_q % 2);
          const long t1066_q_2 = t1066_q / 2;
          const int t1066_1 = (int)(t1066_q_2 % d_T);
          const int t1066_0 = (int)(t1066_q_2 / d_T);
          const int t1068_2 = (int)(o_79 % 16);
          const float v10_157 = acc4.se + x6[(long)t1068_2];
          y27[(((long)t1066_0 * 2 + t1066_2) * d_T + t1066_1) * 8 + t1066_3] = v10_157;
          const int t1072_3 = (int)(o_79 % 8);
          const long t1072_q = o_79 / 8;
          const int t1072_2 = (int)(t1072_q % 2);
          const long t1072_q_2 = t1072_q / 2;
          const int t1072_1 = (int)(t1072_q_2 % d_T);
          const int t1072_0 = (int)(t1072_q_2 / d_T);
          const int t1074_2 = (int)(o_79 % 16);
          const float v10_158 = acc4.se + x6[(long)t1074_2];
          y89[(((long)t1072_0 * 2 + t1072_2) * 8 + t1072_3) * d_T + t1072_1] = v10_158;
        }
        if (1) {
          const long o_80 = om_4 * 16 + 15L;
          const int t1079_3 = (int)(o_80 % 8);
          const long t1079_q = o_80 / 8;
          const int t1079_2 = (int)(t1079_q % 2);
          const long t1079_q_2 = t1079_q / 2;
          const int t1079_1 = (int)(t1079_q_2 % d_T);
          const int t1079_0 = (int)(t1079_q_2 / d_T);
          const int t1081_2 = (int)(o_80 % 16);
          const float v10_159 = acc4.sf + x6[(long)t1081_2];
          y27[(((long)t1079_0 * 2 + t1079_2) * d_T + t1079_1) * 8 + t1079_3] = v10_159;
          const int t1085_3 = (int)(o_80 % 8);
          const long t1085_q = o_80 / 8;
          const int t1085_2 = (int)(t1085_q % 2);
          const long t1085_q_2 = t1085_q / 2;
          const int t1085_1 = (int)(t1085_q_2 % d_T);
          const int t1085_0 = (int)(t1085_q_2 / d_T);
          const int t1087_2 = (int)(o_80 % 16);
          const float v10_160 = acc4.sf + x6[(long)t1087_2];
          y89[(((long)t1085_0 * 2 + t1085_2) * 8 + t1085_3) * d_T + t1085_1] = v10_160;
        }
      }
      const long om_5 = m0 + 5;
      if (om_5 < M) {
        if (1) {
          const long o_81 = om_5 * 16;
          const int t1092_3 = (int)(o_81 % 8);
          const long t1092_q = o_81 / 8;
          const int t1092_2 = (int)(t1092_q % 2);
          const long t1092_q_2 = t1092_q / 2;
          const int t1092_1 = (int)(t1092_q_2 % d_T);
          const int t1092_0 = (int)(t1092_q_2 / d_T);
          const int t1094_2 = (int)(o_81 % 16);
          const float v10_161 = acc5.s0 + x6[(long)t1094_2];
          y27[(((long)t1092_0 * 2 + t1092_2) * d_T + t1092_1) * 8 + t1092_3] = v10_161;
          const int t1098_3 = (int)(o_81 % 8);
          const long t1098_q = o_81 / 8;
          const int t1098_2 = (int)(t1098_q % 2);
          const long t1098_q_2 = t1098_q / 2;
          const int t1098_1 = (int)(t1098_q_2 % d_T);
          const int t1098_0 = (int)(t1098_q_2 / d_T);
          const int t1100_2 = (int)(o_81 % 16);
          const float v10_162 = acc5.s0 + x6[(long)t1100_2];
          y89[(((long)t1098_0 * 2 + t1098_2) * 8 + t1098_3) * d_T + t1098_1] = v10_162;
        }
        if (1) {
          const long o_82 = om_5 * 16 + 1L;
          const int t1105_3 = (int)(o_82 % 8);
          const long t1105_q = o_82 / 8;
          const int t1105_2 = (int)(t1105_q % 2);
          const long t1105_q_2 = t1105_q / 2;
          const int t1105_1 = (int)(t1105_q_2 % d_T);
          const int t1105_0 = (int)(t1105_q_2 / d_T);
          const int t1107_2 = (int)(o_82 % 16);
          const float v10_163 = acc5.s1 + x6[(long)t1107_2];
          y27[(((long)t1105_0 * 2 + t1105_2) * d_T + t1105_1) * 8 + t1105_3] = v10_163;
          const int t1111_3 = (int)(o_82 % 8);
          const long t1111_q = o_82 / 8;
          const int t1111_2 = (int)(t1111_q % 2);
          const long t1111_q_2 = t1111_q / 2;
          const int t1111_1 = (int)(t1111_q_2 % d_T);
          const int t1111_0 = (int)(t1111_q_2 / d_T);
          const int t1113_2 = (int)(o_82 % 16);
          const float v10_164 = acc5.s1 + x6[(long)t1113_2];
          y89[(((long)t1111_0 * 2 + t1111_2) * 8 + t1111_3) * d_T + t1111_1] = v10_164;
        }
        if (1) {
          const long o_83 = om_5 * 16 + 2L;
          const int t1118_3 = (int)(o_83 % 8);
          const long t1118_q = o_83 / 8;
          const int t1118_2 = (int)(t1118_q % 2);
          const long t1118_q_2 = t1118_q / 2;
          const int t1118_1 = (int)(t1118_q_2 % d_T);
          const int t1118_0 = (int)(t1118_q_2 / d_T);
          const int t1120_2 = (int)(o_83 % 16);
          const float v10_165 = acc5.s2 + x6[(long)t1120_2];
          y27[(((long)t1118_0 * 2 + t1118_2) * d_T + t1118_1) * 8 + t1118_3] = v10_165;
          const int t1124_3 = (int)(o_83 % 8);
          const long t1124_q = o_83 / 8;
          const int t1124_2 = (int)(t1124_q % 2);
          const long t1124_q_2 = t1124_q / 2;
          const int t1124_1 = (int)(t1124_q_2 % d_T);
          const int t1124_0 = (int)(t1124_q_2 / d_T);
          const int t1126_2 = (int)(o_83 % 16);
          const float v10_166 = acc5.s2 + x6[(long)t1126_2];
          y89[(((long)t1124_0 * 2 + t1124_2) * 8 + t1124_3) * d_T + t1124_1] = v10_166;
        }
        if (1) {
          const long o_84 = om_5 * 16 + 3L;
          const int t1131_3 = (int)(o_84 % 8);
          const long t1131_q = o_84 / 8;
          const int t1131_2 = (int)(t1131_q % 2);
          const long t1131_q_2 = t1131_q / 2;
          const int t1131_1 = (int)(t1131_q_2 % d_T);
          const int t1131_0 = (int)(t1131_q_2 / d_T);
          const int t1133_2 = (int)(o_84 % 16);
          const float v10_167 = acc5.s3 + x6[(long)t1133_2];
          y27[(((long)t1131_0 * 2 + t1131_2) * d_T + t1131_1) * 8 + t1131_3] = v10_167;
          const int t1137_3 = (int)(o_84 % 8);
          const long t1137_q = o_84 / 8;
          const int t1137_2 = (int)(t1137_q % 2);
          const long t1137_q_2 = t1137_q / 2;
          const int t1137_1 = (int)(t1137_q_2 % d_T);
          const int t1137_0 = (int)(t1137_q_2 / d_T);
          const int t1139_2 = (int)(o_84 % 16);
          const float v10_168 = acc5.s3 + x6[(long)t1139_2];
          y89[(((long)t1137_0 * 2 + t1137_2) * 8 + t1137_3) * d_T + t1137_1] = v10_168;
        }
        if (1) {
          const long o_85 = om_5 * 16 + 4L;
          const int t1144_3 = (int)(o_85 % 8);
          const long t1144_q = o_85 / 8;
          const int t1144_2 = (int)(t1144_q % 2);
          const long t1144_q_2 = t1144_q / 2;
          const int t1144_1 = (int)(t1144_q_2 % d_T);
          const int t1144_0 = (int)(t1144_q_2 / d_T);
          const int t1146_2 = (int)(o_85 % 16);
          const float v10_169 = acc5.s4 + x6[(long)t1146_2];
          y27[(((long)t1144_0 * 2 + t1144_2) * d_T + t1144_1) * 8 + t1144_3] = v10_169;
          const int t1150_3 = (int)(o_85 % 8);
          const long t1150_q = o_85 / 8;
          const int t1150_2 = (int)(t1150_q % 2);
          const long t1150_q_2 = t1150_q / 2;
          const int t1150_1 = (int)(t1150_q_2 % d_T);
          const int t1150_0 = (int)(t1150_q_2 / d_T);
          const int t1152_2 = (int)(o_85 % 16);
          const float v10_170 = acc5.s4 + x6[(long)t1152_2];
          y89[(((long)t1150_0 * 2 + t1150_2) * 8 + t1150_3) * d_T + t1150_1] = v10_170;
        }
        if (1) {
          const long o_86 = om_5 * 16 + 5L;
          const int t1157_3 = (int)(o_86 % 8);
          const long t1157_q = o_86 / 8;
          const int t1157_2 = (int)(t1157_q % 2);
          const long t1157_q_2 = t1157_q / 2;
          const int t1157_1 = (int)(t1157_q_2 % d_T);
          const int t1157_0 = (int)(t1157_q_2 / d_T);
          const int t1159_2 = (int)(o_86 % 16);
          const float v10_171 = acc5.s5 + x6[(long)t1159_2];
          y27[(((long)t1157_0 * 2 + t1157_2) * d_T + t1157_1) * 8 + t1157_3] = v10_171;
          const int t1163_3 = (int)(o_86 % 8);
          const long t1163_q = o_86 / 8;
          const int t1163_2 = (int)(t1163_q % 2);
          const long t1163_q_2 = t1163_q / 2;
          const int t1163_1 = (int)(t1163_q_2 % d_T);
          const int t1163_0 = (int)(t1163_q_2 / d_T);
          const int t1165_2 = (int)(o_86 % 16);
          const float v10_172 = acc5.s5 + x6[(long)t1165_2];
          y89[(((long)t1163_0 * 2 + t1163_2) * 8 + t1163_3) * d_T + t1163_1] = v10_172;
        }
        if (1) {
          const long o_87 = om_5 * 16 + 6L;
          const int t1170_3 = (int)(o_87 % 8);
          const long t1170_q = o_87 / 8;
          const int t1170_2 = (int)(t1170_q % 2);
          const long t1170_q_2 = t1170_q / 2;
          const int t1170_1 = (int)(t1170_q_2 % d_T);
          const int t1170_0 = (int)(t1170_q_2 / d_T);
          const int t1172_2 = (int)(o_87 % 16);
          const float v10_173 = acc5.s6 + x6[(long)t1172_2];
          y27[(((long)t1170_0 * 2 + t1170_2) * d_T + t1170_1) * 8 + t1170_3] = v10_173;
          const int t1176_3 = (int)(o_87 % 8);
          const long t1176_q = o_87 / 8;
          const int t1176_2 = (int)(t1176_q % 2);
          const long t1176_q_2 = t1176_q / 2;
          const int t1176_1 = (int)(t1176_q_2 % d_T);
          const int t1176_0 = (int)(t1176_q_2 / d_T);
          const int t1178_2 = (int)(o_87 % 16);
          const float v10_174 = acc5.s6 + x6[(long)t1178_2];
          y89[(((long)t1176_0 * 2 + t1176_2) * 8 + t1176_3) * d_T + t1176_1] = v10_174;
        }
        if (1) {
          const long o_88 = om_5 * 16 + 7L;
          const int t1183_3 = (int)(o_88 % 8);
          const long t1183_q = o_88 / 8;
          const int t1183_2 = (int)(t1183_q % 2);
          const long t1183_q_2 = t1183_q / 2;
          const int t1183_1 = (int)(t1183_q_2 % d_T);
          const int t1183_0 = (int)(t1183_q_2 / d_T);
          const int t1185_2 = (int)(o_88 % 16);
          const float v10_175 = acc5.s7 + x6[(long)t1185_2];
          y27[(((long)t1183_0 * 2 + t1183_2) * d_T + t1183_1) * 8 + t1183_3] = v10_175;
          const int t1189_3 = (int)(o_88 % 8);
          const long t1189_q = o_88 / 8;
          const int t1189_2 = (int)(t1189_q % 2);
          const long t1189_q_2 = t1189_q / 2;
          const int t1189_1 = (int)(t1189_q_2 % d_T);
          const int t1189_0 = (int)(t1189_q_2 / d_T);
          const int t1191_2 = (int)(o_88 % 16);
          const float v10_176 = acc5.s7 + x6[(long)t1191_2];
          y89[(((long)t1189_0 * 2 + t1189_2) * 8 + t1189_3) * d_T + t1189_1] = v10_176;
        }
        if (1) {
          const long o_89 = om_5 * 16 + 8L;
          const int t1196_3 = (int)(o_89 % 8);
          const long t1196_q = o_89 / 8;
          const int t1196_2 = (int)(t1196_q % 2);
          const long t1196_q_2 = t1196_q / 2;
          const int t1196_1 = (int)(t1196_q_2 % d_T);
          const int t1196_0 = (int)(t1196_q_2 / d_T);
          const int t1198_2 = (int)(o_89 % 16);
          const float v10_177 = acc5.s8 + x6[(long)t1198_2];
          y27[(((long)t1196_0 * 2 + t1196_2) * d_T + t1196_1) * 8 + t1196_3] = v10_177;
          const int t1202_3 = (int)(o_89 % 8);
          const long t1202_q = o_89 / 8;
          const int t1202_2 = (int)(t1202_q % 2);
          const long t1202_q_2 = t1202_q / 2;
          const int t1202_1 = (int)(t1202_q_2 % d_T);
          const int t1202_0 = (int)(t1202_q_2 / d_T);
          const int t1204_2 = (int)(o_89 % 16);
          const float v10_178 = acc5.s8 + x6[(long)t1204_2];
          y89[(((long)t1202_0 * 2 + t1202_2) * 8 + t1202_3) * d_T + t1202_1] = v10_178;
        }
        if (1) {
          const long o_90 = om_5 * 16 + 9L;
          const int t1209_3 = (int)(o_90 % 8);
          const long t1209_q = o_90 / 8;
          const int t1209_2 = (int)(t1209_q % 2);
          const long t1209_q_2 = t1209_q / 2;
          const int t1209_1 = (int)(t1209_q_2 % d_T);
          const int t1209_0 = (int)(t1209_q_2 / d_T);
          const int t1211_2 = (int)(o_90 % 16);
          const float v10_179 = acc5.s9 + x6[(long)t1211_2];
          y27[(((long)t1209_0 * 2 + t1209_2) * d_T + t1209_1) * 8 + t1209_3] = v10_179;
          const int t1215_3 = (int)(o_90 % 8);
          const long t1215_q = o_90 / 8;
          const int t1215_2 = (int)(t1215_q % 2);
          const long t1215_q_2 = t1215_q / 2;
          const int t1215_1 = (int)(t1215_q_2 % d_T);
          const int t1215_0 = (int)(t1215_q_2 / d_T);
          const int t1217_2 = (int)(o_90 % 16);
          const float v10_180 = acc5.s9 + x6[(long)t1217_2];
          y89[(((long)t1215_0 * 2 + t1215_2) * 8 + t1215_3) * d_T + t1215_1] = v10_180;
        }
        if (1) {
          const long o_91 = om_5 * 16 + 10L;
          const int t1222_3 = (int)(o_91 % 8);
          const long t1222_q = o_91 / 8;
          const int t1222_2 = (int)(t1222_q % 2);
          const long t1222_q_2 = t1222_q / 2;
          const int t1222_1 = (int)(t1222_q_2 % d_T);
          const int t1222_0 = (int)(t1222_q_2 / d_T);
          const int t1224_2 = (int)(o_91 % 16);
          const float v10_181 = acc5.sa + x6[(long)t1224_2];
          y27[(((long)t1222_0 * 2 + t1222_2) * d_T + t1222_1) * 8 + t1222_3] = v10_181;
          const int t1228_3 = (int)(o_91 % 8);
          const long t1228_q = o_91 / 8;
          const int t1228_2 = (int)(t1228_q % 2);
          const long t1228_q_2 = t1228_q / 2;
          const int t1228_1 = (int)(t1228_q_2 % d_T);
          const int t1228_0 = (int)(t1228_q_2 / d_T);
          const int t1230_2 = (int)(o_91 % 16);
          const float v10_182 = acc5.sa + x6[(long)t1230_2];
          y89[(((long)t1228_0 * 2 + t1228_2) * 8 + t1228_3) * d_T + t1228_1] = v10_182;
        }
        if (1) {
          const long o_92 = om_5 * 16 + 11L;
          const int t1235_3 = (int)(o_92 % 8);
          const long t1235_q = o_92 / 8;
          const int t1235_2 = (int)(t1235_q % 2);
          const long t1235_q_2 = t1235_q / 2;
          const int t1235_1 = (int)(t1235_q_2 % d_T);
          const int t1235_0 = (int)(t1235_q_2 / d_T);
          const int t1237_2 = (int)(o_92 % 16);
          const float v10_183 = acc5.sb + x6[(long)t1237_2];
          y27[(((long)t1235_0 * 2 + t1235_2) * d_T + t1235_1) * 8 + t1235_3] = v10_183;
          const int t1241_3 = (int)(o_92 % 8);
          const long t1241_q = o_92 / 8;
          const int t1241_2 = (int)(t1241_q % 2);
          const long t1241_q_2 = t1241_q / 2;
          const int t1241_1 = (int)(t1241_q_2 % d_T);
          const int t1241_0 = (int)(t1241_q_2 / d_T);
          const int t1243_2 = (int)(o_92 % 16);
          const float v10_184 = acc5.sb + x6[(long)t1243_2];
          y89[(((long)t1241_0 * 2 + t1241_2) * 8 + t1241_3) * d_T + t1241_1] = v10_184;
        }
        if (1) {
          const long o_93 = om_5 * 16 + 12L;
          const int t1248_3 = (int)(o_93 % 8);
          const long t1248_q = o_93 / 8;
          const int t1248_2 = (int)(t1248_q % 2);
          const long t1248_q_2 = t1248_q / 2;
          const int t1248_1 = (int)(t1248_q_2 % d_T);
          const int t1248_0 = (int)(t1248_q_2 / d_T);
          const int t1250_2 = (int)(o_93 % 16);
          const float v10_185 = acc5.sc + x6[(long)t1250_2];
          y27[(((long)t1248_0 * 2 + t1248_2) * d_T + t1248_1) * 8 + t1248_3] = v10_185;
          const int t1254_3 = (int)(o_93 % 8);
          const long t1254_q = o_93 / 8;
          const int t1254_2 = (int)(t1254_q % 2);
          const long t1254_q_2 = t1254_q / 2;
          const int t1254_1 = (int)(t1254_q_2 % d_T);
          const int t1254_0 = (int)(t1254_q_2 / d_T);
          const int t1256_2 = (int)(o_93 % 16);
          const float v10_186 = acc5.sc + x6[(long)t1256_2];
          y89[(((long)t1254_0 * 2 + t1254_2) * 8 + t1254_3) * d_T + t1254_1] = v10_186;
        }
        if (1) {
          const long o_94 = om_5 * 16 + 13L;
          const int t1261_3 = (int)(o_94 % 8);
          const long t1261_q = o_94 / 8;
          const int t1261_2 = (int)(t1261_q % 2);
          const long t1261_q_2 = t1261_q / 2;
          const int t1261_1 = (int)(t1261_q_2 % d_T);
          const int t1261_0 = (int)(t1261_q_2 / d_T);
          const int t1263_2 = (int)(o_94 % 16);
          const float v10_187 = acc5.sd + x6[(long)t1263_2];
          y27[(((long)t1261_0 * 2 + t1261_2) * d_T + t1261_1) * 8 + t1261_3] = v10_187;
          const int t1267_3 = (int)(o_94 % 8);
          const long t1267_q = o_94 / 8;
          const int t1267_2 = (int)(t1267_q % 2);
          const long t1267_q_2 = t1267_q / 2;
          const int t1267_1 = (int)(t1267_q_2 % d_T);
          const int t1267_0 = (int)(t1267_q_2 / d_T);
          const int t1269_2 = (int)(o_94 % 16);
          const float v10_188 = acc5.sd + x6[(long)t1269_2];
          y89[(((long)t1267_0 * 2 + t1267_2) * 8 + t1267_3) * d_T + t1267_1] = v10_188;
        }
        if (1) {
          const long o_95 = om_5 * 16 + 14L;
          const int t1274_3 = (int)(o_95 % 8);
          const long t1274_q = o_95 / 8;
          const int t1274_2 = (int)(t1274_q % 2);
          const long t1274_q_2 = t1274_q / 2;
          const int t1274_1 = (int)(t1274_q_2 % d_T);
          const int t1274_0 = (int)(t1274_q_2 / d_T);
          const int t1276_2 = (int)(o_95 % 16);
          const float v10_189 = acc5.se + x6[(long)t1276_2];
          y27[(((long)t1274_0 * 2 + t1274_2) * d_T + t1274_1) * 8 + t1274_3] = v10_189;
          const int t1280_3 = (int)(o_95 % 8);
          const long t1280_q = o_95 / 8;
          const int t1280_2 = (int)(t1280_q % 2);
          const long t1280_q_2 = t1280_q / 2;
          const int t1280_1 = (int)(t1280_q_2 % d_T);
          const int t1280_0 = (int)(t1280_q_2 / d_T);
          const int t1282_2 = (int)(o_95 % 16);
          const float v10_190 = acc5.se + x6[(long)t1282_2];
          y89[(((long)t1280_0 * 2 + t1280_2) * 8 + t1280_3) * d_T + t1280_1] = v10_190;
        }
        if (1) {
          const long o_96 = om_5 * 16 + 15L;
          const int t1287_3 = (int)(o_96 % 8);
          const long t1287_q = o_96 / 8;
          const int t1287_2 = (int)(t1287_q % 2);
          const long t1287_q_2 = t1287_q / 2;
          const int t1287_1 = (int)(t1287_q_2 % d_T);
          const int t1287_0 = (int)(t1287_q_2 / d_T);
          const int t1289_2 = (int)(o_96 % 16);
          const float v10_191 = acc5.sf + x6[(long)t1289_2];
          y27[(((long)t1287_0 * 2 + t1287_2) * d_T + t1287_1) * 8 + t1287_3] = v10_191;
          const int t1293_3 = (int)(o_96 % 8);
          const long t1293_q = o_96 / 8;
          const int t1293_2 = (int)(t1293_q % 2);
          const long t1293_q_2 = t1293_q / 2;
          const int t1293_1 = (int)(t1293_q_2 % d_T);
          const int t1293_0 = (int)(t1293_q_2 / d_T);
          const int t1295_2 = (int)(o_96 % 16);
          const float v10_192 = acc5.sf + x6[(long)t1295_2];
          y89[(((long)t1293_0 * 2 + t1293_2) * 8 + t1293_3) * d_T + t1293_1] = v10_192;
        }
      }
      const long om_6 = m0 + 6;
      if (om_6 < M) {
        if (1) {
          const long o_97 = om_6 * 16;
          const int t1300_3 = (int)(o_97 % 8);
          const long t1300_q = o_97 / 8;
          const int t1300_2 = (int)(t1300_q % 2);
          const long t1300_q_2 = t1300_q / 2;
          const int t1300_1 = (int)(t1300_q_2 % d_T);
          const int t1300_0 = (int)(t1300_q_2 / d_T);
          const int t1302_2 = (int)(o_97 % 16);
          const float v10_193 = acc6.s0 + x6[(long)t1302_2];
          y27[(((long)t1300_0 * 2 + t1300_2) * d_T + t1300_1) * 8 + t1300_3] = v10_193;
          const int t1306_3 = (int)(o_97 % 8);
          const long t1306_q = o_97 / 8;
          const int t1306_2 = (int)(t1306_q % 2);
          const long t1306_q_2 = t1306_q / 2;
          const int t1306_1 = (int)(t1306_q_2 % d_T);
          const int t1306_0 = (int)(t1306_q_2 / d_T);
          const int t1308_2 = (int)(o_97 % 16);
          const float v10_194 = acc6.s0 + x6[(long)t1308_2];
          y89[(((long)t1306_0 * 2 + t1306_2) * 8 + t1306_3) * d_T + t1306_1] = v10_194;
        }
        if (1) {
          const long o_98 = om_6 * 16 + 1L;
          const int t1313_3 = (int)(o_98 % 8);
          const long t1313_q = o_98 / 8;
          const int t1313_2 = (int)(t1313_q % 2);
          const long t1313_q_2 = t1313_q / 2;
          const int t1313_1 = (int)(t1313_q_2 % d_T);
          const int t1313_0 = (int)(t1313_q_2 / d_T);
          const int t1315_2 = (int)(o_98 % 16);
          const float v10_195 = acc6.s1 + x6[(long)t1315_2];
          y27[(((long)t1313_0 * 2 + t1313_2) * d_T + t1313_1) * 8 + t1313_3] = v10_195;
          const int t1319_3 = (int)(o_98 % 8);
          const long t1319_q = o_98 / 8;
          const int t1319_2 = (int)(t1319_q % 2);
          const long t1319_q_2 = t1319_q / 2;
          const int t1319_1 = (int)(t1319_q_2 % d_T);
          const int t1319_0 = (int)(t1319_q_2 / d_T);
          const int t1321_2 = (int)(o_98 % 16);
          const float v10_196 = acc6.s1 + x6[(long)t1321_2];
          y89[(((long)t1319_0 * 2 + t1319_2) * 8 + t1319_3) * d_T + t1319_1] = v10_196;
        }
        if (1) {
          const long o_99 = om_6 * 16 + 2L;
          const int t1326_3 = (int)(o_99 % 8);
          const long t1326_q = o_99 / 8;
          const int t1326_2 = (int)(t1326_q % 2);
          const long t1326_q_2 = t1326_q / 2;
          const int t1326_1 = (int)(t1326_q_2 % d_T);
          const int t1326_0 = (int)(t1326_q_2 / d_T);
          const int t1328_2 = (int)(o_99 % 16);
          const float v10_197 = acc6.s2 + x6[(long)t1328_2];
          y27[(((long)t1326_0 * 2 + t1326_2) * d_T + t1326_1) * 8 + t1326_3] = v10_197;
          const int t1332_3 = (int)(o_99 % 8);
          const long t1332_q = o_99 / 8;
          const int t1332_2 = (int)(t1332_q % 2);
          const long t1332_q_2 = t1332_q / 2;
          const int t1332_1 = (int)(t1332_q_2 % d_T);
          const int t1332_0 = (int)(t1332_q_2 / d_T);
          const int t1334_2 = (int)(o_99 % 16);
          const float v10_198 = acc6.s2 + x6[(long)t1334_2];
          y89[(((long)t1332_0 * 2 + t1332_2) * 8 + t1332_3) * d_T + t1332_1] = v10_198;
        }
        if (1) {
          const long o_100 = om_6 * 16 + 3L;
          const int t1339_3 = (int)(o_100 % 8);
          const long t1339_q = o_100 / 8;
          const int t1339_2 = (int)(t1339_q % 2);
          const long t1339_q_2 = t1339_q / 2;
          const int t1339_1 = (int)(t1339_q_2 % d_T);
          const int t1339_0 = (int)(t1339_q_2 / d_T);
          const int t1341_2 = (int)(o_100 % 16);
          const float v10_199 = acc6.s3 + x6[(long)t1341_2];
          y27[(((long)t1339_0 * 2 + t1339_2) * d_T + t1339_1) * 8 + t1339_3] = v10_199;
          const int t1345_3 = (int)(o_100 % 8);
          const long t1345_q = o_100 / 8;
          const int t1345_2 = (int)(t1345_q % 2);
          const long t1345_q_2 = t1345_q / 2;
          const int t1345_1 = (int)(t1345_q_2 % d_T);
          const int t1345_0 = (int)(t1345_q_2 / d_T);
          const int t1347_2 = (int)(o_100 % 16);
          const float v10_200 = acc6.s3 + x6[(long)t1347_2];
          y89[(((long)t1345_0 * 2 + t1345_2) * 8 + t1345_3) * d_T + t1345_1] = v10_200;
        }
        if (1) {
          const long o_101 = om_6 * 16 + 4L;
          const int t1352_3 = (int)(o_101 % 8);
          const long t1352_q = o_101 / 8;
          const int t1352_2 = (int)(t1352_q % 2);
          const long t1352_q_2 = t1352_q / 2;
          const int t1352_1 = (int)(t1352_q_2 % d_T);
          const int t1352_0 = (int)(t1352_q_2 / d_T);
          const int t1354_2 = (int)(o_101 % 16);
          const float v10_201 = acc6.s4 + x6[(long)t1354_2];
          y27[(((long)t1352_0 * 2 + t1352_2) * d_T + t1352_1) * 8 + t1352_3] = v10_201;
          const int t1358_3 = (int)(o_101 % 8);
          const long t1358_q = o_101 / 8;
          const int t1358_2 = (int)(t1358_q % 2);
          const long t1358_q_2 = t1358_q / 2;
          const int t1358_1 = (int)(t1358_q_2 % d_T);
          const int t1358_0 = (int)(t1358_q_2 / d_T);
          const int t1360_2 = (int)(o_101 % 16);
          const float v10_202 = acc6.s4 + x6[(long)t1360_2];
          y89[(((long)t1358_0 * 2 + t1358_2) * 8 + t1358_3) * d_T + t1358_1] = v10_202;
        }
        if (1) {
          const long o_102 = om_6 * 16 + 5L;
          const int t1365_3 = (int)(o_102 % 8);
          const long t1365_q = o_102 / 8;
          const int t1365_2 = (int)(t1365_q % 2);
          const long t1365_q_2 = t1365_q / 2;
          const int t1365_1 = (int)(t1365_q_2 % d_T);
          const int t1365_0 = (int)(t1365_q_2 / d_T);
          const int t1367_2 = (int)(o_102 % 16);
          const float v10_203 = acc6.s5 + x6[(long)t1367_2];
          y27[(((long)t1365_0 * 2 + t1365_2) * d_T + t1365_1) * 8 + t1365_3] = v10_203;
          const int t1371_3 = (int)(o_102 % 8);
          const long t1371_q = o_102 / 8;
          const int t1371_2 = (int)(t1371_q % 2);
          const long t1371_q_2 = t1371_q / 2;
          const int t1371_1 = (int)(t1371_q_2 % d_T);
          const int t1371_0 = (int)(t1371_q_2 / d_T);
          const int t1373_2 = (int)(o_102 % 16);
          const float v10_204 = acc6.s5 + x6[(long)t1373_2];
          y89[(((long)t1371_0 * 2 + t1371_2) * 8 + t1371_3) * d_T + t1371_1] = v10_204;
        }
        if (1) {
          const long o_103 = om_6 * 16 + 6L;
          const int t1378_3 = (int)(o_103 % 8);
          const long t1378_q = o_103 / 8;
          const int t1378_2 = (int)(t1378_q % 2);
          const long t1378_q_2 = t1378_q / 2;
          const int t1378_1 = (int)(t1378_q_2 % d_T);
          const int t1378_0 = (int)(t1378_q_2 / d_T);
          const int t1380_2 = (int)(o_103 % 16);
          const float v10_205 = acc6.s6 + x6[(long)t1380_2];
          y27[(((long)t1378_0 * 2 + t1378_2) * d_T + t1378_1) * 8 + t1378_3] = v10_205;
          const int t1384_3 = (int)(o_103 % 8);
          const long t1384_q = o_103 / 8;
          const int t1384_2 = (int)(t1384_q % 2);
          const long t1384_q_2 = t1384_q / 2;
          const int t1384_1 = (int)(t1384_q_2 % d_T);
          const int t1384_0 = (int)(t1384_q_2 / d_T);
          const int t1386_2 = (int)(o_103 % 16);
          const float v10_206 = acc6.s6 + x6[(long)t1386_2];
          y89[(((long)t1384_0 * 2 + t1384_2) * 8 + t1384_3) * d_T + t1384_1] = v10_206;
        }
        if (1) {
          const long o_104 = om_6 * 16 + 7L;
          const int t1391_3 = (int)(o_104 % 8);
          const long t1391_q = o_104 / 8;
          const int t1391_2 = (int)(t1391_q % 2);
          const long t1391_q_2 = t1391_q / 2;
          const int t1391_1 = (int)(t1391_q_2 % d_T);
          const int t1391_0 = (int)(t1391_q_2 / d_T);
          const int t1393_2 = (int)(o_104 % 16);
          const float v10_207 = acc6.s7 + x6[(long)t1393_2];
          y27[(((long)t1391_0 * 2 + t1391_2) * d_T + t1391_1) * 8 + t1391_3] = v10_207;
          const int t1397_3 = (int)(o_104 % 8);
          const long t1397_q = o_104 / 8;
          const int t1397_2 = (int)(t1397_q % 2);
          const long t1397_q_2 = t1397_q / 2;
          const int t1397_1 = (int)(t1397_q_2 % d_T);
          const int t1397_0 = (int)(t1397_q_2 / d_T);
          const int t1399_2 = (int)(o_104 % 16);
          const float v10_208 = acc6.s7 + x6[(long)t1399_2];
          y89[(((long)t1397_0 * 2 + t1397_2) * 8 + t1397_3) * d_T + t1397_1] = v10_208;
        }
        if (1) {
          const long o_105 = om_6 * 16 + 8L;
          const int t1404_3 = (int)(o_105 % 8);
          const long t1404_q = o_105 / 8;
          const int t1404_2 = (int)(t1404_q % 2);
          const long t1404_q_2 = t1404_q / 2;
          const int t1404_1 = (int)(t1404_q_2 % d_T);
          const int t1404_0 = (int)(t1404_q_2 / d_T);
          const int t1406_2 = (int)(o_105 % 16);
          const float v10_209 = acc6.s8 + x6[(long)t1406_2];
          y27[(((long)t1404_0 * 2 + t1404_2) * d_T + t1404_1) * 8 + t1404_3] = v10_209;
          const int t1410_3 = (int)(o_105 % 8);
          const long t1410_q = o_105 / 8;
          const int t1410_2 = (int)(t1410_q % 2);
          const long t1410_q_2 = t1410_q / 2;
          const int t1410_1 = (int)(t1410_q_2 % d_T);
          const int t1410_0 = (int)(t1410_q_2 / d_T);
          const int t1412_2 = (int)(o_105 % 16);
          const float v10_210 = acc6.s8 + x6[(long)t1412_2];
          y89[(((long)t1410_0 * 2 + t1410_2) * 8 + t1410_3) * d_T + t1410_1] = v10_210;
        }
        if (1) {
          const long o_106 = om_6 * 16 + 9L;
          const int t1417_3 = (int)(o_106 % 8);
          const long t1417_q = o_106 / 8;
          const int t1417_2 = (int)(t1417_q % 2);
          const long t1417_q_2 = t1417_q / 2;
          const int t1417_1 = (int)(t1417_q_2 % d_T);
          const int t1417_0 = (int)(t1417_q_2 / d_T);
          const int t1419_2 = (int)(o_106 % 16);
          const float v10_211 = acc6.s9 + x6[(long)t1419_2];
          y27[(((long)t1417_0 * 2 + t1417_2) * d_T + t1417_1) * 8 + t1417_3] = v10_211;
          const int t1423_3 = (int)(o_106 % 8);
          const long t1423_q = o_106 / 8;
          const int t1423_2 = (int)(t1423_q % 2);
          const long t1423_q_2 = t1423_q / 2;
          const int t1423_1 = (int)(t1423_q_2 % d_T);
          const int t1423_0 = (int)(t1423_q_2 / d_T);
          const int t1425_2 = (int)(o_106 % 16);
          const float v10_212 = acc6.s9 + x6[(long)t1425_2];
          y89[(((long)t1423_0 * 2 + t1423_2) * 8 + t1423_3) * d_T + t1423_1] = v10_212;
        }
        if (1) {
          const long o_107 = om_6 * 16 + 10L;
          const int t1430_3 = (int)(o_107 % 8);
          const long t1430_q = o_107 / 8;
          const int t1430_2 = (int)(t1430_q % 2);
          const long t1430_q_2 = t1430_q / 2;
          const int t1430_1 = (int)(t1430_q_2 % d_T);
          const int t1430_0 = (int)(t1430_q_2 / d_T);
          const int t1432_2 = (int)(o_107 % 16);
          const float v10_213 = acc6.sa + x6[(long)t1432_2];
          y27[(((long)t1430_0 * 2 + t1430_2) * d_T + t1430_1) * 8 + t1430_3] = v10_213;
          const int t1436_3 = (int)(o_107 % 8);
          const long t1436_q = o_107 / 8;
          const int t1436_2 = (int)(t1436_q % 2);
          const long t1436_q_2 = t1436_q / 2;
          const int t1436_1 = (int)(t1436_q_2 % d_T);
          const int t1436_0 = (int)(t1436_q_2 / d_T);
          const int t1438_2 = (int)(o_107 % 16);
          const float v10_214 = acc6.sa + x6[(long)t1438_2];
          y89[(((long)t1436_0 * 2 + t1436_2) * 8 + t1436_3) * d_T + t1436_1] = v10_214;
        }
        if (1) {
          const long o_108 = om_6 * 16 + 11L;
          const int t1443_3 = (int)(o_108 % 8);
          const long t1443_q = o_108 / 8;
          const int t1443_2 = (int)(t1443_q % 2);
          const long t1443_q_2 = t1443_q / 2;
          const int t1443_1 = (int)(t1443_q_2 % d_T);
          const int t1443_0 = (int)(t1443_q_2 / d_T);
          const int t1445_2 = (int)(o_108 % 16);
          const float v10_215 = acc6.sb + x6[(long)t1445_2];
          y27[(((long)t1443_0 * 2 + t1443_2) * d_T + t1443_1) * 8 + t1443_3] = v10_215;
          const int t1449_3 = (int)(o_108 % 8);
          const long t1449_q = o_108 / 8;
          const int t1449_2 = (int)(t1449_q % 2);
          const long t1449_q_2 = t1449_q / 2;
          const int t1449_1 = (int)(t1449_q_2 % d_T);
          const int t1449_0 = (int)(t1449_q_2 / d_T);
          const int t1451_2 = (int)(o_108 % 16);
          const float v10_216 = acc6.sb + x6[(long)t1451_2];
          y89[(((long)t1449_0 * 2 + t1449_2) * 8 + t1449_3) * d_T + t1449_1] = v10_216;
        }
        if (1) {
          const long o_109 = om_6 * 16 + 12L;
          const int t1456_3 = (int)(o_109 % 8);
          const long t1456_q = o_109 / 8;
          const int t1456_2 = (int)(t1456_q % 2);
          const long t1456_q_2 = t1456_q / 2;
          const int t1456_1 = (int)(t1456_q_2 % d_T);
          const int t1456_0 = (int)(t1456_q_2 / d_T);
          const int t1458_2 = (int)(o_109 % 16);
          const float v10_217 = acc6.sc + x6[(long)t1458_2];
          y27[(((long)t1456_0 * 2 + t1456_2) * d_T + t1456_1) * 8 + t1456_3] = v10_217;
          const int t1462_3 = (int)(o_109 % 8);
          const long t1462_q = o_109 / 8;
          const int t1462_2 = (int)(t1462_q % 2);
          const long t1462_q_2 = t1462_q / 2;
          const int t1462_1 = (int)(t1462_q_2 % d_T);
          const int t1462_0 = (int)(t1462_q_2 / d_T);
          const int t1464_2 = (int)(o_109 % 16);
          const float v10_218 = acc6.sc + x6[(long)t1464_2];
          y89[(((long)t1462_0 * 2 + t1462_2) * 8 + t1462_3) * d_T + t1462_1] = v10_218;
        }
        if (1) {
          const long o_110 = om_6 * 16 + 13L;
          const int t1469_3 = (int)(o_110 % 8);
          const long t1469_q = o_110 / 8;
          const int t1469_2 = (int)(t1469_q % 2);
          const long t1469_q_2 = t1469_q / 2;
          const int t1469_1 = (int)(t1469_q_2 % d_T);
          const int t1469_0 = (int)(t1469_q_2 / d_T);
          const int t1471_2 = (int)(o_110 % 16);
          const float v10_219 = acc6.sd + x6[(long)t1471_2];
          y27[(((long)t1469_0 * 2 + t1469_2) * d_T + t1469_1) * 8 + t1469_3] = v10_219;
          const int t1475_3 = (int)(o_110 % 8);
          const long t1475_q = o_110 / 8;
          const int t1475_2 = (int)(t1475_q % 2);
          const long t1475_q_2 = t1475_q / 2;
          const int t1475_1 = (int)(t1475_q_2 % d_T);
          const int t1475_0 = (int)(t1475_q_2 / d_T);
          const int t1477_2 = (int)(o_110 % 16);
          const float v10_220 = acc6.sd + x6[(long)t1477_2];
          y89[(((long)t1475_0 * 2 + t1475_2) * 8 + t1475_3) * d_T + t1475_1] = v10_220;
        }
        if (1) {
          const long o_111 = om_6 * 16 + 14L;
          const int t1482_3 = (int)(o_111 % 8);
          const long t1482_q = o_111 / 8;
          const int t1482_2 = (int)(t1482_q % 2);
          const long t1482_q_2 = t1482_q / 2;
          const int t1482_1 = (int)(t1482_q_2 % d_T);
          const int t1482_0 = (int)(t1482_q_2 / d_T);
          const int t1484_2 = (int)(o_111 % 16);
          const float v10_221 = acc6.se + x6[(long)t1484_2];
          y27[(((long)t1482_0 * 2 + t1482_2) * d_T + t1482_1) * 8 + t1482_3] = v10_221;
          const int t1488_3 = (int)(o_111 % 8);
          const long t1488_q = o_111 / 8;
          const int t1488_2 = (int)(t1488_q % 2);
          const long t1488_q_2 = t1488_q / 2;
          const int t1488_1 = (int)(t1488_q_2 % d_T);
          const int t1488_0 = (int)(t1488_q_2 / d_T);
          const int t1490_2 = (int)(o_111 % 16);
          const float v10_222 = acc6.se + x6[(long)t1490_2];
          y89[(((long)t1488_0 * 2 + t1488_2) * 8 + t1488_3) * d_T + t1488_1] = v10_222;
        }
        if (1) {
          const long o_112 = om_6 * 16 + 15L;
          const int t1495_3 = (int)(o_112 % 8);
          const long t1495_q = o_112 / 8;
          const int t1495_2 = (int)(t1495_q % 2);
          const long t1495_q_2 = t1495_q / 2;
          const int t1495_1 = (int)(t1495_q_2 % d_T);
          const int t1495_0 = (int)(t1495_q_2 / d_T);
          const int t1497_2 = (int)(o_112 % 16);
          const float v10_223 = acc6.sf + x6[(long)t1497_2];
          y27[(((long)t1495_0 * 2 + t1495_2) * d_T + t1495_1) * 8 + t1495_3] = v10_223;
          const int t1501_3 = (int)(o_112 % 8);
          const long t1501_q = o_112 / 8;
          const int t1501_2 = (int)(t1501_q % 2);
          const long t1501_q_2 = t1501_q / 2;
          const int t1501_1 = (int)(t1501_q_2 % d_T);
          const int t1501_0 = (int)(t1501_q_2 / d_T);
          const int t1503_2 = (int)(o_112 % 16);
          const float v10_224 = acc6.sf + x6[(long)t1503_2];
          y89[(((long)t1501_0 * 2 + t1501_2) * 8 + t1501_3) * d_T + t1501_1] = v10_224;
        }
      }
      const long om_7 = m0 + 7;
      if (om_7 < M) {
        if (1) {
          const long o_113 = om_7 * 16;
          const int t1508_3 = (int)(o_113 % 8);
          const long t1508_q = o_113 / 8;
          const int t1508_2 = (int)(t1508_q % 2);
          const long t1508_q_2 = t1508_q / 2;
          const int t1508_1 = (int)(t1508_q_2 % d_T);
          const int t1508_0 = (int)(t1508_q_2 / d_T);
          const int t1510_2 = (int)(o_113 % 16);
          const float v10_225 = acc7.s0 + x6[(long)t1510_2];
          y27[(((long)t1508_0 * 2 + t1508_2) * d_T + t1508_1) * 8 + t1508_3] = v10_225;
          const int t1514_3 = (int)(o_113 % 8);
          const long t1514_q = o_113 / 8;
          const int t1514_2 = (int)(t1514_q % 2);
          const long t1514_q_2 = t1514_q / 2;
          const int t1514_1 = (int)(t1514_q_2 % d_T);
          const int t1514_0 = (int)(t1514_q_2 / d_T);
          const int t1516_2 = (int)(o_113 % 16);
          const float v10_226 = acc7.s0 + x6[(long)t1516_2];
          y89[(((long)t1514_0 * 2 + t1514_2) * 8 + t1514_3) * d_T + t1514_1] = v10_226;
        }
        if (1) {
          const long o_114 = om_7 * 16 + 1L;
          const int t1521_3 = (int)(o_114 % 8);
          const long t1521_q = o_114 / 8;
          const int t1521_2 = (int)(t1521_q % 2);
          const long t1521_q_2 = t1521_q / 2;
          const int t1521_1 = (int)(t1521_q_2 % d_T);
          const int t1521_0 = (int)(t1521_q_2 / d_T);
          const int t1523_2 = (int)(o_114 % 16);
          const float v10_227 = acc7.s1 + x6[(long)t1523_2];
          y27[(((long)t1521_0 * 2 + t1521_2) * d_T + t1521_1) * 8 + t1521_3] = v10_227;
          const int t1527_3 = (int)(o_114 % 8);
          const long t1527_q = o_114 / 8;
          const int t1527_2 = (int)(t1527_q % 2);
          const long t1527_q_2 = t1527_q / 2;
          const int t1527_1 = (int)(t1527_q_2 % d_T);
          const int t1527_0 = (int)(t1527_q_2 / d_T);
          const int t1529_2 = (int)(o_114 % 16);
          const float v10_228 = acc7.s1 + x6[(long)t1529_2];
          y89[(((long)t1527_0 * 2 + t1527_2) * 8 + t1527_3) * d_T + t1527_1] = v10_228;
        }
        if (1) {
          const long o_115 = om_7 * 16 + 2L;
          const int t1534_3 = (int)(o_115 % 8);
          const long t1534_q = o_115 / 8;
          const int t1534_2 = (int)(t1534_q % 2);
          const long t1534_q_2 = t1534_q / 2;
          const int t1534_1 = (int)(t1534_q_2 % d_T);
          const int t1534_0 = (int)(t1534_q_2 / d_T);
          const int t1536_2 = (int)(o_115 % 16);
          const float v10_229 = acc7.s2 + x6[(long)t1536_2];
          y27[(((long)t1534_0 * 2 + t1534_2) * d_T + t1534_1) * 8 + t1534_3] = v10_229;
          const int t1540_3 = (int)(o_115 % 8);
          const long t1540_q = o_115 / 8;
          const int t1540_2 = (int)(t1540_q % 2);
          const long t1540_q_2 = t1540_q / 2;
          const int t1540_1 = (int)(t1540_q_2 % d_T);
          const int t1540_0 = (int)(t1540_q_2 / d_T);
          const int t1542_2 = (int)(o_115 % 16);
          const float v10_230 = acc7.s2 + x6[(long)t1542_2];
          y89[(((long)t1540_0 * 2 + t1540_2) * 8 + t1540_3) * d_T + t1540_1] = v10_230;
        }
        if (1) {
          const long o_116 = om_7 * 16 + 3L;
          const int t1547_3 = (int)(o_116 % 8);
          const long t1547_q = o_116 / 8;
          const int t1547_2 = (int)(t1547_q % 2);
          const long t1547_q_2 = t1547_q / 2;
          const int t1547_1 = (int)(t1547_q_2 % d_T);
          const int t1547_0 = (int)(t1547_q_2 / d_T);
          const int t1549_2 = (int)(o_116 % 16);
          const float v10_231 = acc7.s3 + x6[(long)t1549_2];
          y27[(((long)t1547_0 * 2 + t1547_2) * d_T + t1547_1) * 8 + t1547_3] = v10_231;
          const int t1553_3 = (int)(o_116 % 8);
          const long t1553_q = o_116 / 8;
          const int t1553_2 = (int)(t1553_q % 2);
          const long t1553_q_2 = t1553_q / 2;
          const int t1553_1 = (int)(t1553_q_2 % d_T);
          const int t1553_0 = (int)(t1553_q_2 / d_T);
          const int t1555_2 = (int)(o_116 % 16);
          const float v10_232 = acc7.s3 + x6[(long)t1555_2];
          y89[(((long)t1553_0 * 2 + t1553_2) * 8 + t1553_3) * d_T + t1553_1] = v10_232;
        }
        if (1) {
          const long o_117 = om_7 * 16 + 4L;
          const int t1560_3 = (int)(o_117 % 8);
          const long t1560_q = o_117 / 8;
          const int t1560_2 = (int)(t1560_q % 2);
          const long t1560_q_2 = t1560_q / 2;
          const int t1560_1 = (int)(t1560_q_2 % d_T);
          const int t1560_0 = (int)(t1560_q_2 / d_T);
          const int t1562_2 = (int)(o_117 % 16);
          const float v10_233 = acc7.s4 + x6[(long)t1562_2];
          y27[(((long)t1560_0 * 2 + t1560_2) * d_T + t1560_1) * 8 + t1560_3] = v10_233;
          const int t1566_3 = (int)(o_117 % 8);
          const long t1566_q = o_117 / 8;
          const int t1566_2 = (int)(t1566_q % 2);
          const long t1566_q_2 = t1566_q / 2;
          const int t1566_1 = (int)(t1566_q_2 % d_T);
          const int t1566_0 = (int)(t1566_q_2 / d_T);
          const int t1568_2 = (int)(o_117 % 16);
          const float v10_234 = acc7.s4 + x6[(long)t1568_2];
          y89[(((long)t1566_0 * 2 + t1566_2) * 8 + t1566_3) * d_T + t1566_1] = v10_234;
        }
        if (1) {
          const long o_118 = om_7 * 16 + 5L;
          const int t1573_3 = (int)(o_118 % 8);
          const long t1573_q = o_118 / 8;
          const int t1573_2 = (int)(t1573_q % 2);
          const long t1573_q_2 = t1573_q / 2;
          const int t1573_1 = (int)(t1573_q_2 % d_T);
          const int t1573_0 = (int)(t1573_q_2 / d_T);
          const int t1575_2 = (int)(o_118 % 16);
          const float v10_235 = acc7.s5 + x6[(long)t1575_2];
          y27[(((long)t1573_0 * 2 + t1573_2) * d_T + t1573_1) * 8 + t1573_3] = v10_235;
          const int t1579_3 = (int)(o_118 % 8);
          const long t1579_q = o_118 / 8;
          const int t1579_2 = (int)(t1579_q % 2);
          const long t1579_q_2 = t1579_q / 2;
          const int t1579_1 = (int)(t1579_q_2 % d_T);
          const int t1579_0 = (int)(t1579_q_2 / d_T);
          const int t1581_2 = (int)(o_118 % 16);
          const float v10_236 = acc7.s5 + x6[(long)t1581_2];
          y89[(((long)t1579_0 * 2 + t1579_2) * 8 + t1579_3) * d_T + t1579_1] = v10_236;
        }
        if (1) {
          const long o_119 = om_7 * 16 + 6L;
          const int t1586_3 = (int)(o_119 % 8);
          const long t1586_q = o_119 / 8;
          const int t1586_2 = (int)(t1586_q % 2);
          const long t1586_q_2 = t1586_q / 2;
          const int t1586_1 = (int)(t1586_q_2 % d_T);
          const int t1586_0 = (int)(t1586_q_2 / d_T);
          const int t1588_2 = (int)(o_119 % 16);
          const float v10_237 = acc7.s6 + x6[(long)t1588_2];
          y27[(((long)t1586_0 * 2 + t1586_2) * d_T + t1586_1) * 8 + t1586_3] = v10_237;
          const int t1592_3 = (int)(o_119 % 8);
          const long t1592_q = o_119 / 8;
          const int t1592_2 = (int)(t1592_q % 2);
          const long t1592_q_2 = t1592_q / 2;
          const int t1592_1 = (int)(t1592_q_2 % d_T);
          const int t1592_0 = (int)(t1592_q_2 / d_T);
          const int t1594_2 = (int)(o_119 % 16);
          const float v10_238 = acc7.s6 + x6[(long)t1594_2];
          y89[(((long)t1592_0 * 2 + t1592_2) * 8 + t1592_3) * d_T + t1592_1] = v10_238;
        }
        if (1) {
          const long o_120 = om_7 * 16 + 7L;
          const int t1599_3 = (int)(o_120 % 8);
          const long t1599_q = o_120 / 8;
          const int t1599_2 = (int)(t1599_q % 2);
          const long t1599_q_2 = t1599_q / 2;
          const int t1599_1 = (int)(t1599_q_2 % d_T);
          const int t1599_0 = (int)(t1599_q_2 / d_T);
          const int t1601_2 = (int)(o_120 % 16);
          const float v10_239 = acc7.s7 + x6[(long)t1601_2];
          y27[(((long)t1599_0 * 2 + t1599_2) * d_T + t1599_1) * 8 + t1599_3] = v10_239;
          const int t1605_3 = (int)(o_120 % 8);
          const long t1605_q = o_120 / 8;
          const int t1605_2 = (int)(t1605_q % 2);
          const long t1605_q_2 = t1605_q / 2;
          const int t1605_1 = (int)(t1605_q_2 % d_T);
          const int t1605_0 = (int)(t1605_q_2 / d_T);
          const int t1607_2 = (int)(o_120 % 16);
          const float v10_240 = acc7.s7 + x6[(long)t1607_2];
          y89[(((long)t1605_0 * 2 + t1605_2) * 8 + t1605_3) * d_T + t1605_1] = v10_240;
        }
        if (1) {
          const long o_121 = om_7 * 16 + 8L;
          const int t1612_3 = (int)(o_121 % 8);
          const long t1612_q = o_121 / 8;
          const int t1612_2 = (int)(t1612_q % 2);
          const long t1612_q_2 = t1612_q / 2;
          const int t1612_1 = (int)(t1612_q_2 % d_T);
          const int t1612_0 = (int)(t1612_q_2 / d_T);
          const int t1614_2 = (int)(o_121 % 16);
          const float v10_241 = acc7.s8 + x6[(long)t1614_2];
          y27[(((long)t1612_0 * 2 + t1612_2) * d_T + t1612_1) * 8 + t1612_3] = v10_241;
          const int t1618_3 = (int)(o_121 % 8);
          const long t1618_q = o_121 / 8;
          const int t1618_2 = (int)(t1618_q % 2);
          const long t1618_q_2 = t1618_q / 2;
          const int t1618_1 = (int)(t1618_q_2 % d_T);
          const int t1618_0 = (int)(t1618_q_2 / d_T);
          const int t1620_2 = (int)(o_121 % 16);
          const float v10_242 = acc7.s8 + x6[(long)t1620_2];
          y89[(((long)t1618_0 * 2 + t1618_2) * 8 + t1618_3) * d_T + t1618_1] = v10_242;
        }
        if (1) {
          const long o_122 = om_7 * 16 + 9L;
          const int t1625_3 = (int)(o_122 % 8);
          const long t1625_q = o_122 / 8;
          const int t1625_2 = (int)(t1625_q % 2);
          const long t1625_q_2 = t1625_q / 2;
          const int t1625_1 = (int)(t1625_q_2 % d_T);
          const int t1625_0 = (int)(t1625_q_2 / d_T);
          const int t1627_2 = (int)(o_122 % 16);
          const float v10_243 = acc7.s9 + x6[(long)t1627_2];
          y27[(((long)t1625_0 * 2 + t1625_2) * d_T + t1625_1) * 8 + t1625_3] = v10_243;
          const int t1631_3 = (int)(o_122 % 8);
          const long t1631_q = o_122 / 8;
          const int t1631_2 = (int)(t1631_q % 2);
          const long t1631_q_2 = t1631_q / 2;
          const int t1631_1 = (int)(t1631_q_2 % d_T);
          const int t1631_0 = (int)(t1631_q_2 / d_T);
          const int t1633_2 = (int)(o_122 % 16);
          const float v10_244 = acc7.s9 + x6[(long)t1633_2];
          y89[(((long)t1631_0 * 2 + t1631_2) * 8 + t1631_3) * d_T + t1631_1] = v10_244;
        }
        if (1) {
          const long o_123 = om_7 * 16 + 10L;
          const int t1638_3 = (int)(o_123 % 8);
          const long t1638_q = o_123 / 8;
          const int t1638_2 = (int)(t1638_q % 2);
          const long t1638_q_2 = t1638_q / 2;
          const int t1638_1 = (int)(t1638_q_2 % d_T);
          const int t1638_0 = (int)(t1638_q_2 / d_T);
          const int t1640_2 = (int)(o_123 % 16);
          const float v10_245 = acc7.sa + x6[(long)t1640_2];
          y27[(((long)t1638_0 * 2 + t1638_2) * d_T + t1638_1) * 8 + t1638_3] = v10_245;
          const int t1644_3 = (int)(o_123 % 8);
          const long t1644_q = o_123 / 8;
          const int t1644_2 = (int)(t1644_q % 2);
          const long t1644_q_2 = t1644_q / 2;
          const int t1644_1 = (int)(t1644_q_2 % d_T);
          const int t1644_0 = (int)(t1644_q_2 / d_T);
          const int t1646_2 = (int)(o_123 % 16);
          const float v10_246 = acc7.sa + x6[(long)t1646_2];
          y89[(((long)t1644_0 * 2 + t1644_2) * 8 + t1644_3) * d_T + t1644_1] = v10_246;
        }
        if (1) {
          const long o_124 = om_7 * 16 + 11L;
          const int t1651_3 = (int)(o_124 % 8);
          const long t1651_q = o_124 / 8;
          const int t1651_2 = (int)(t1651_q % 2);
          const long t1651_q_2 = t1651_q / 2;
          const int t1651_1 = (int)(t1651_q_2 % d_T);
          const int t1651_0 = (int)(t1651_q_2 / d_T);
          const int t1653_2 = (int)(o_124 % 16);
          const float v10_247 = acc7.sb + x6[(long)t1653_2];
          y27[(((long)t1651_0 * 2 + t1651_2) * d_T + t1651_1) * 8 + t1651_3] = v10_247;
          const int t1657_3 = (int)(o_124 % 8);
          const long t1657_q = o_124 / 8;
          const int t1657_2 = (int)(t1657_q % 2);
          const long t1657_q_2 = t1657_q / 2;
          const int t1657_1 = (int)(t1657_q_2 % d_T);
          const int t1657_0 = (int)(t1657_q_2 / d_T);
          const int t1659_2 = (int)(o_124 % 16);
          const float v10_248 = acc7.sb + x6[(long)t1659_2];
          y89[(((long)t1657_0 * 2 + t1657_2) * 8 + t1657_3) * d_T + t1657_1] = v10_248;
        }
        if (1) {
          const long o_125 = om_7 * 16 + 12L;
          const int t1664_3 = (int)(o_125 % 8);
          const long t1664_q = o_125 / 8;
          const int t1664_2 = (int)(t1664_q % 2);
          const long t1664_q_2 = t1664_q / 2;
          const int t1664_1 = (int)(t1664_q_2 % d_T);
          const int t1664_0 = (int)(t1664_q_2 / d_T);
          const int t1666_2 = (int)(o_125 % 16);
          const float v10_249 = acc7.sc + x6[(long)t1666_2];
          y27[(((long)t1664_0 * 2 + t1664_2) * d_T + t1664_1) * 8 + t1664_3] = v10_249;
          const int t1670_3 = (int)(o_125 % 8);
          const long t1670_q = o_125 / 8;
          const int t1670_2 = (int)(t1670_q % 2);
          const long t1670_q_2 = t1670_q / 2;
          const int t1670_1 = (int)(t1670_q_2 % d_T);
          const int t1670_0 = (int)(t1670_q_2 / d_T);
          const int t1672_2 = (int)(o_125 % 16);
          const float v10_250 = acc7.sc + x6[(long)t1672_2];
          y89[(((long)t1670_0 * 2 + t1670_2) * 8 + t1670_3) * d_T + t1670_1] = v10_250;
        }
        if (1) {
          const long o_126 = om_7 * 16 + 13L;
          const int t1677_3 = (int)(o_126 % 8);
          const long t1677_q = o_126 / 8;
          const int t1677_2 = (int)(t1677_q % 2);
          const long t1677_q_2 = t1677_q / 2;
          const int t1677_1 = (int)(t1677_q_2 % d_T);
          const int t1677_0 = (int)(t1677_q_2 / d_T);
          const int t1679_2 = (int)(o_126 % 16);
          const float v10_251 = acc7.sd + x6[(long)t1679_2];
          y27[(((long)t1677_0 * 2 + t1677_2) * d_T + t1677_1) * 8 + t1677_3] = v10_251;
          const int t1683_3 = (int)(o_126 % 8);
          const long t1683_q = o_126 / 8;
          const int t1683_2 = (int)(t1683_q % 2);
          const long t1683_q_2 = t1683_q / 2;
          const int t1683_1 = (int)(t1683_q_2 % d_T);
          const int t1683_0 = (int)(t1683_q_2 / d_T);
          const int t1685_2 = (int)(o_126 % 16);
          const float v10_252 = acc7.sd + x6[(long)t1685_2];
          y89[(((long)t1683_0 * 2 + t1683_2) * 8 + t1683_3) * d_T + t1683_1] = v10_252;
        }
        if (1) {
          const long o_127 = om_7 * 16 + 14L;
          const int t1690_3 = (int)(o_127 % 8);
          const long t1690_q = o_127 / 8;
          const int t1690_2 = (int)(t1690_q % 2);
          const long t1690_q_2 = t1690_q / 2;
          const int t1690_1 = (int)(t1690_q_2 % d_T);
          const int t1690_0 = (int)(t1690_q_2 / d_T);
          const int t1692_2 = (int)(o_127 % 16);
          const float v10_253 = acc7.se + x6[(long)t1692_2];
          y27[(((long)t1690_0 * 2 + t1690_2) * d_T + t1690_1) * 8 + t1690_3] = v10_253;
          const int t1696_3 = (int)(o_127 % 8);
          const long t1696_q = o_127 / 8;
          const int t1696_2 = (int)(t1696_q % 2);
          const long t1696_q_2 = t1696_q / 2;
          const int t1696_1 = (int)(t1696_q_2 % d_T);
          const int t1696_0 = (int)(t1696_q_2 / d_T);
          const int t1698_2 = (int)(o_127 % 16);
          const float v10_254 = acc7.se + x6[(long)t1698_2];
          y89[(((long)t1696_0 * 2 + t1696_2) * 8 + t1696_3) * d_T + t1696_1] = v10_254;
        }
        if (1) {
          const long o_128 = om_7 * 16 + 15L;
          const int t1703_3 = (int)(o_128 % 8);
          const long t1703_q = o_128 / 8;
          const int t1703_2 = (int)(t1703_q % 2);
          const long t1703_q_2 = t1703_q / 2;
          const int t1703_1 = (int)(t1703_q_2 % d_T);
          const int t1703_0 = (int)(t1703_q_2 / d_T);
          const int t1705_2 = (int)(o_128 % 16);
          const float v10_255 = acc7.sf + x6[(long)t1705_2];
          y27[(((long)t1703_0 * 2 + t1703_2) * d_T + t1703_1) * 8 + t1703_3] = v10_255;
          const int t1709_3 = (int)(o_128 % 8);
          const long t1709_q = o_128 / 8;
          const int t1709_2 = (int)(t1709_q % 2);
          const long t1709_q_2 = t1709_q / 2;
          const int t1709_1 = (int)(t1709_q_2 % d_T);
          const int t1709_0 = (int)(t1709_q_2 / d_T);
          const int t1711_2 = (int)(o_128 % 16);
          const float v10_256 = acc7.sf + x6[(long)t1711_2];
          y89[(((long)t1709_0 * 2 + t1709_2) * 8 + t1709_3) * d_T + t1709_1] = v10_256;
        }
      }
    } else {
      /* sibling 1: %12 */
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
            const float16 bv_3 = vload16(0, x11 + k_3 * 16);
            const float v3_17 = x0[m0_2 * 16 + k_3];
            acc0_2 = fma((float16)v3_17, bv_3, acc0_2);
            const float v3_18 = x0[(m0_2 + 1) * 16 + k_3];
            acc1_2 = fma((float16)v3_18, bv_3, acc1_2);
            const float v3_19 = x0[(m0_2 + 2) * 16 + k_3];
            acc2_2 = fma((float16)v3_19, bv_3, acc2_2);
            const float v3_20 = x0[(m0_2 + 3) * 16 + k_3];
            acc3_2 = fma((float16)v3_20, bv_3, acc3_2);
            const float v3_21 = x0[(m0_2 + 4) * 16 + k_3];
            acc4_2 = fma((float16)v3_21, bv_3, acc4_2);
            const float v3_22 = x0[(m0_2 + 5) * 16 + k_3];
            acc5_2 = fma((float16)v3_22, bv_3, acc5_2);
            const float v3_23 = x0[(m0_2 + 6) * 16 + k_3];
            acc6_2 = fma((float16)v3_23, bv_3, acc6_2);
            const float v3_24 = x0[(m0_2 + 7) * 16 + k_3];
            acc7_2 = fma((float16)v3_24, bv_3, acc7_2);
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
            const float16 bv_4 = (float16)(x11[k_4 * 16], x11[k_4 * 16 + 1L], x11[k_4 * 16 + 2L], x11[k_4 * 16 + 3L], x11[k_4 * 16 + 4L], x11[k_4 * 16 + 5L], x11[k_4 * 16 + 6L], x11[k_4 * 16 + 7L], x11[k_4 * 16 + 8L], x11[k_4 * 16 + 9L], x11[k_4 * 16 + 10L], x11[k_4 * 16 + 11L], x11[k_4 * 16 + 12L], x11[k_4 * 16 + 13L], x11[k_4 * 16 + 14L], x11[k_4 * 16 + 15L]);
            const float v3_25 = x0[m0_2 * 16 + k_4];
            acc0_2 = fma((float16)v3_25, bv_4, acc0_2);
            const float v3_26 = x0[ar1_2 * 16 + k_4];
            acc1_2 = fma((float16)v3_26, bv_4, acc1_2);
            const float v3_27 = x0[ar2_2 * 16 + k_4];
            acc2_2 = fma((float16)v3_27, bv_4, acc2_2);
            const float v3_28 = x0[ar3_2 * 16 + k_4];
            acc3_2 = fma((float16)v3_28, bv_4, acc3_2);
            const float v3_29 = x0[ar4_2 * 16 + k_4];
            acc4_2 = fma((float16)v3_29, bv_4, acc4_2);
            const float v3_30 = x0[ar5_2 * 16 + k_4];
            acc5_2 = fma((float16)v3_30, bv_4, acc5_2);
            const float v3_31 = x0[ar6_2 * 16 + k_4];
            acc6_2 = fma((float16)v3_31, bv_4, acc6_2);
            const float v3_32 = x0[ar7_2 * 16 + k_4];
            acc7_2 = fma((float16)v3_32, bv_4, acc7_2);
          }
        }
        if (m0_2 < M_2) {
          if (1) {
            const long o_129 = m0_2 * 16;
            const int t1766_3 = (int)(o_129 % 8);
            const long t1766_q = o_129 / 8;
            const int t1766_2 = (int)(t1766_q % 2);
            const long t1766_q_2 = t1766_q / 2;
            const int t1766_1 = (int)(t1766_q_2 % d_T);
            const int t1766_0 = (int)(t1766_q_2 / d_T);
            const int t1768_2 = (int)(o_129 % 16);
            const float v18 = acc0_2.s0 + x14[(long)t1768_2];
            y28[(((long)t1766_0 * 2 + t1766_2) * d_T + t1766_1) * 8 + t1766_3] = v18;
            const int t1772_3 = (int)(o_129 % 8);
            const long t1772_q = o_129 / 8;
            const int t1772_2 = (int)(t1772_q % 2);
            const long t1772_q_2 = t1772_q / 2;
            const int t1772_1 = (int)(t1772_q_2 % d_T);
            const int t1772_0 = (int)(t1772_q_2 / d_T);
            const int t1774_2 = (int)(o_129 % 16);
            const float v18_2 = acc0_2.s0 + x14[(long)t1774_2];
            y30[(((long)t1772_0 * 2 + t1772_2) * 8 + t1772_3) * d_T + t1772_1] = v18_2;
          }
          if (1) {
            const long o_130 = m0_2 * 16 + 1L;
            const int t1779_3 = (int)(o_130 % 8);
            const long t1779_q = o_130 / 8;
            const int t1779_2 = (int)(t1779_q % 2);
            const long t1779_q_2 = t1779_q / 2;
            const int t1779_1 = (int)(t1779_q_2 % d_T);
            const int t1779_0 = (int)(t1779_q_2 / d_T);
            const int t1781_2 = (int)(o_130 % 16);
            const float v18_3 = acc0_2.s1 + x14[(long)t1781_2];
            y28[(((long)t1779_0 * 2 + t1779_2) * d_T + t1779_1) * 8 + t1779_3] = v18_3;
            const int t1785_3 = (int)(o_130 % 8);
            const long t1785_q = o_130 / 8;
            const int t1785_2 = (int)(t1785_q % 2);
            const long t1785_q_2 = t1785_q / 2;
            const int t1785_1 = (int)(t1785_q_2 % d_T);
            const int t1785_0 = (int)(t1785_q_2 / d_T);
            const int t1787_2 = (int)(o_130 % 16);
            const float v18_4 = acc0_2.s1 + x14[(long)t1787_2];
            y30[(((long)t1785_0 * 2 + t1785_2) * 8 + t1785_3) * d_T + t1785_1] = v18_4;
          }
          if (1) {
            const long o_131 = m0_2 * 16 + 2L;
            const int t1792_3 = (int)(o_131 % 8);
            const long t1792_q = o_131 / 8;
            const int t1792_2 = (int)(t1792_q % 2);
            const long t1792_q_2 = t1792_q / 2;
            const int t1792_1 = (int)(t1792_q_2 % d_T);
            const int t1792_0 = (int)(t1792_q_2 / d_T);
            const int t1794_2 = (int)(o_131 % 16);
            const float v18_5 = acc0_2.s2 + x14[(long)t1794_2];
            y28[(((long)t1792_0 * 2 + t1792_2) * d_T + t1792_1) * 8 + t1792_3] = v18_5;
            const int t1798_3 = (int)(o_131 % 8);
            const long t1798_q = o_131 / 8;
            const int t1798_2 = (int)(t1798_q % 2);
            const long t1798_q_2 = t1798_q / 2;
            const int t1798_1 = (int)(t1798_q_2 % d_T);
            const int t1798_0 = (int)(t1798_q_2 / d_T);
            const int t1800_2 = (int)(o_131 % 16);
            const float v18_6 = acc0_2.s2 + x14[(long)t1800_2];
            y30[(((long)t1798_0 * 2 + t1798_2) * 8 + t1798_3) * d_T + t1798_1] = v18_6;
          }
          if (1) {
            const long o_132 = m0_2 * 16 + 3L;
            const int t1805_3 = (int)(o_132 % 8);
            const long t1805_q = o_132 / 8;
            const int t1805_2 = (int)(t1805_q % 2);
            const long t1805_q_2 = t1805_q / 2;
            const int t1805_1 = (int)(t1805_q_2 % d_T);
            const int t1805_0 = (int)(t1805_q_2 / d_T);
            const int t1807_2 = (int)(o_132 % 16);
            const float v18_7 = acc0_2.s3 + x14[(long)t1807_2];
            y28[(((long)t1805_0 * 2 + t1805_2) * d_T + t1805_1) * 8 + t1805_3] = v18_7;
            const int t1811_3 = (int)(o_132 % 8);
            const long t1811_q = o_132 / 8;
            const int t1811_2 = (int)(t1811_q % 2);
            const long t1811_q_2 = t1811_q / 2;
            const int t1811_1 = (int)(t1811_q_2 % d_T);
            const int t1811_0 = (int)(t1811_q_2 / d_T);
            const int t1813_2 = (int)(o_132 % 16);
            const float v18_8 = acc0_2.s3 + x14[(long)t1813_2];
            y30[(((long)t1811_0 * 2 + t1811_2) * 8 + t1811_3) * d_T + t1811_1] = v18_8;
          }
          if (1) {
            const long o_133 = m0_2 * 16 + 4L;
            const int t1818_3 = (int)(o_133 % 8);
            const long t1818_q = o_133 / 8;
            const int t1818_2 = (int)(t1818_q % 2);
            const long t1818_q_2 = t1818_q / 2;
            const int t1818_1 = (int)(t1818_q_2 % d_T);
            const int t1818_0 = (int)(t1818_q_2 / d_T);
            const int t1820_2 = (int)(o_133 % 16);
            const float v18_9 = acc0_2.s4 + x14[(long)t1820_2];
            y28[(((long)t1818_0 * 2 + t1818_2) * d_T + t1818_1) * 8 + t1818_3] = v18_9;
            const int t1824_3 = (int)(o_133 % 8);
            const long t1824_q = o_133 / 8;
            const int t1824_2 = (int)(t1824_q % 2);
            const long t1824_q_2 = t1824_q / 2;
            const int t1824_1 = (int)(t1824_q_2 % d_T);
            const int t1824_0 = (int)(t1824_q_2 / d_T);
            const int t1826_2 = (int)(o_133 % 16);
            const float v18_10 = acc0_2.s4 + x14[(long)t1826_2];
            y30[(((long)t1824_0 * 2 + t1824_2) * 8 + t1824_3) * d_T + t1824_1] = v18_10;
          }
          if (1) {
            const long o_134 = m0_2 * 16 + 5L;
            const int t1831_3 = (int)(o_134 % 8);
            const long t1831_q = o_134 / 8;
            const int t1831_2 = (int)(t1831_q % 2);
            const long t1831_q_2 = t1831_q / 2;
            const int t1831_1 = (int)(t1831_q_2 % d_T);
            const int t1831_0 = (int)(t1831_q_2 / d_T);
            const int t1833_2 = (int)(o_134 % 16);
            const float v18_11 = acc0_2.s5 + x14[(long)t1833_2];
            y28[(((long)t1831_0 * 2 + t1831_2) * d_T + t1831_1) * 8 + t1831_3] = v18_11;
            const int t1837_3 = (int)(o_134 % 8);
            const long t1837_q = o_134 / 8;
            const int t1837_2 = (int)(t1837_q % 2);
            const long t1837_q_2 = t1837_q / 2;
            const int t1837_1 = (int)(t1837_q_2 % d_T);
            const int t1837_0 = (int)(t1837_q_2 / d_T);
            const int t1839_2 = (int)(o_134 % 16);
            const float v18_12 = acc0_2.s5 + x14[(long)t1839_2];
            y30[(((long)t1837_0 * 2 + t1837_2) * 8 + t1837_3) * d_T + t1837_1] = v18_12;
          }
          if (1) {
            const long o_135 = m0_2 * 16 + 6L;
            const int t1844_3 = (int)(o_135 % 8);
            const long t1844_q = o_135 / 8;
            const int t1844_2 = (int)(t1844_q % 2);
            const long t1844_q_2 = t1844_q / 2;
            const int t1844_1 = (int)(t1844_q_2 % d_T);
            const int t1844_0 = (int)(t1844_q_2 / d_T);
            const int t1846_2 = (int)(o_135 % 16);
            const float v18_13 = acc0_2.s6 + x14[(long)t1846_2];
            y28[(((long)t1844_0 * 2 + t1844_2) * d_T + t1844_1) * 8 + t1844_3] = v18_13;
            const int t1850_3 = (int)(o_135 % 8);
            const long t1850_q = o_135 / 8;
            const int t1850_2 = (int)(t1850_q % 2);
            const long t1850_q_2 = t1850_q / 2;
            const int t1850_1 = (int)(t1850_q_2 % d_T);
            const int t1850_0 = (int)(t1850_q_2 / d_T);
            const int t1852_2 = (int)(o_135 % 16);
            const float v18_14 = acc0_2.s6 + x14[(long)t1852_2];
            y30[(((long)t1850_0 * 2 + t1850_2) * 8 + t1850_3) * d_T + t1850_1] = v18_14;
          }
          if (1) {
            const long o_136 = m0_2 * 16 + 7L;
            const int t1857_3 = (int)(o_136 % 8);
            const long t1857_q = o_136 / 8;
            const int t1857_2 = (int)(t1857_q % 2);
            const long t1857_q_2 = t1857_q / 2;
            const int t1857_1 = (int)(t1857_q_2 % d_T);
            const int t1857_0 = (int)(t1857_q_2 / d_T);
            const int t1859_2 = (int)(o_136 % 16);
            const float v18_15 = acc0_2.s7 + x14[(long)t1859_2];
            y28[(((long)t1857_0 * 2 + t1857_2) * d_T + t1857_1) * 8 + t1857_3] = v18_15;
            const int t1863_3 = (int)(o_136 % 8);
            const long t1863_q = o_136 / 8;
            const int t1863_2 = (int)(t1863_q % 2);
            const long t1863_q_2 = t1863_q / 2;
            const int t1863_1 = (int)(t1863_q_2 % d_T);
            const int t1863_0 = (int)(t1863_q_2 / d_T);
            const int t1865_2 = (int)(o_136 % 16);
            const float v18_16 = acc0_2.s7 + x14[(long)t1865_2];
            y30[(((long)t1863_0 * 2 + t1863_2) * 8 + t1863_3) * d_T + t1863_1] = v18_16;
          }
          if (1) {
            const long o_137 = m0_2 * 16 + 8L;
            const int t1870_3 = (int)(o_137 % 8);
            const long t1870_q = o_137 / 8;
            const int t1870_2 = (int)(t1870_q % 2);
            const long t1870_q_2 = t1870_q / 2;
            const int t1870_1 = (int)(t1870_q_2 % d_T);
            const int t1870_0 = (int)(t1870_q_2 / d_T);
            const int t1872_2 = (int)(o_137 % 16);
            const float v18_17 = acc0_2.s8 + x14[(long)t1872_2];
            y28[(((long)t1870_0 * 2 + t1870_2) * d_T + t1870_1) * 8 + t1870_3] = v18_17;
            const int t1876_3 = (int)(o_137 % 8);
            const long t1876_q = o_137 / 8;
            const int t1876_2 = (int)(t1876_q % 2);
            const long t1876_q_2 = t1876_q / 2;
            const int t1876_1 = (int)(t1876_q_2 % d_T);
            const int t1876_0 = (int)(t1876_q_2 / d_T);
            const int t1878_2 = (int)(o_137 % 16);
            const float v18_18 = acc0_2.s8 + x14[(long)t1878_2];
            y30[(((long)t1876_0 * 2 + t1876_2) * 8 + t1876_3) * d_T + t1876_1] = v18_18;
          }
          if (1) {
            const long o_138 = m0_2 * 16 + 9L;
            const int t1883_3 = (int)(o_138 % 8);
            const long t1883_q = o_138 / 8;
            const int t1883_2 = (int)(t1883_q % 2);
            const long t1883_q_2 = t1883_q / 2;
            const int t1883_1 = (int)(t1883_q_2 % d_T);
            const int t1883_0 = (int)(t1883_q_2 / d_T);
            const int t1885_2 = (int)(o_138 % 16);
            const float v18_19 = acc0_2.s9 + x14[(long)t1885_2];
            y28[(((long)t1883_0 * 2 + t1883_2) * d_T + t1883_1) * 8 + t1883_3] = v18_19;
            const int t1889_3 = (int)(o_138 % 8);
            const long t1889_q = o_138 / 8;
            const int t1889_2 = (int)(t1889_q % 2);
            const long t1889_q_2 = t1889_q / 2;
            const int t1889_1 = (int)(t1889_q_2 % d_T);
            const int t1889_0 = (int)(t1889_q_2 / d_T);
            const int t1891_2 = (int)(o_138 % 16);
            const float v18_20 = acc0_2.s9 + x14[(long)t1891_2];
            y30[(((long)t1889_0 * 2 + t1889_2) * 8 + t1889_3) * d_T + t1889_1] = v18_20;
          }
          if (1) {
            const long o_139 = m0_2 * 16 + 10L;
            const int t1896_3 = (int)(o_139 % 8);
            const long t1896_q = o_139 / 8;
            const int t1896_2 = (int)(t1896_q % 2);
            const long t1896_q_2 = t1896_q / 2;
            const int t1896_1 = (int)(t1896_q_2 % d_T);
            const int t1896_0 = (int)(t1896_q_2 / d_T);
            const int t1898_2 = (int)(o_139 % 16);
            const float v18_21 = acc0_2.sa + x14[(long)t1898_2];
            y28[(((long)t1896_0 * 2 + t1896_2) * d_T + t1896_1) * 8 + t1896_3] = v18_21;
            const int t1902_3 = (int)(o_139 % 8);
            const long t1902_q = o_139 / 8;
            const int t1902_2 = (int)(t1902_q % 2);
            const long t1902_q_2 = t1902_q / 2;
            const int t1902_1 = (int)(t1902_q_2 % d_T);
            const int t1902_0 = (int)(t1902_q_2 / d_T);
            const int t1904_2 = (int)(o_139 % 16);
            const float v18_22 = acc0_2.sa + x14[(long)t1904_2];
            y30[(((long)t1902_0 * 2 + t1902_2) * 8 + t1902_3) * d_T + t1902_1] = v18_22;
          }
          if (1) {
            const long o_140 = m0_2 * 16 + 11L;
            const int t1909_3 = (int)(o_140 % 8);
            const long t1909_q = o_140 / 8;
            const int t1909_2 = (int)(t1909_q % 2);
            const long t1909_q_2 = t1909_q / 2;
            const int t1909_1 = (int)(t1909_q_2 % d_T);
            const int t1909_0 = (int)(t1909_q_2 / d_T);
            const int t1911_2 = (int)(o_140 % 16);
            const float v18_23 = acc0_2.sb + x14[(long)t1911_2];
            y28[(((long)t1909_0 * 2 + t1909_2) * d_T + t1909_1) * 8 + t1909_3] = v18_23;
            const int t1915_3 = (int)(o_140 % 8);
            const long t1915_q = o_140 / 8;
            const int t1915_2 = (int)(t1915_q % 2);
            const long t1915_q_2 = t1915_q / 2;
            const int t1915_1 = (int)(t1915_q_2 % d_T);
            const int t1915_0 = (int)(t1915_q_2 / d_T);
            const int t1917_2 = (int)(o_140 % 16);
            const float v18_24 = acc0_2.sb + x14[(long)t1917_2];
            y30[(((long)t1915_0 * 2 + t1915_2) * 8 + t1915_3) * d_T + t1915_1] = v18_24;
          }
          if (1) {
            const long o_141 = m0_2 * 16 + 12L;
            const int t1922_3 = (int)(o_141 % 8);
            const long t1922_q = o_141 / 8;
            const int t1922_2 = (int)(t1922_q % 2);
            const long t1922_q_2 = t1922_q / 2;
            const int t1922_1 = (int)(t1922_q_2 % d_T);
            const int t1922_0 = (int)(t1922_q_2 / d_T);
            const int t1924_2 = (int)(o_141 % 16);
            const float v18_25 = acc0_2.sc + x14[(long)t1924_2];
            y28[(((long)t1922_0 * 2 + t1922_2) * d_T + t1922_1) * 8 + t1922_3] = v18_25;
            const int t1928_3 = (int)(o_141 % 8);
            const long t1928_q = o_141 / 8;
            const int t1928_2 = (int)(t1928_q % 2);
            const long t1928_q_2 = t1928_q / 2;
            const int t1928_1 = (int)(t1928_q_2 % d_T);
            const int t1928_0 = (int)(t1928_q_2 / d_T);
            const int t1930_2 = (int)(o_141 % 16);
            const float v18_26 = acc0_2.sc + x14[(long)t1930_2];
            y30[(((long)t1928_0 * 2 + t1928_2) * 8 + t1928_3) * d_T + t1928_1] = v18_26;
          }
          if (1) {
            const long o_142 = m0_2 * 16 + 13L;
            const int t1935_3 = (int)(o_142 % 8);
            const long t1935_q = o_142 / 8;
            const int t1935_2 = (int)(t1935_q % 2);
            const long t1935_q_2 = t1935_q / 2;
            const int t1935_1 = (int)(t1935_q_2 % d_T);
            const int t1935_0 = (int)(t1935_q_2 / d_T);
            const int t1937_2 = (int)(o_142 % 16);
            const float v18_27 = acc0_2.sd + x14[(long)t1937_2];
            y28[(((long)t1935_0 * 2 + t1935_2) * d_T + t1935_1) * 8 + t1935_3] = v18_27;
            const int t1941_3 = (int)(o_142 % 8);
            const long t1941_q = o_142 / 8;
            const int t1941_2 = (int)(t1941_q % 2);
            const long t1941_q_2 = t1941_q / 2;
            const int t1941_1 = (int)(t1941_q_2 % d_T);
            const int t1941_0 = (int)(t1941_q_2 / d_T);
            const int t1943_2 = (int)(o_142 % 16);
            const float v18_28 = acc0_2.sd + x14[(long)t1943_2];
            y30[(((long)t1941_0 * 2 + t1941_2) * 8 + t1941_3) * d_T + t1941_1] = v18_28;
          }
          if (1) {
            const long o_143 = m0_2 * 16 + 14L;
            const int t1948_3 = (int)(o_143 % 8);
            const long t1948_q = o_143 / 8;
            const int t1948_2 = (int)(t1948_q % 2);
            const long t1948_q_2 = t1948_q / 2;
            const int t1948_1 = (int)(t1948_q_2 % d_T);
            const int t1948_0 = (int)(t1948_q_2 / d_T);
            const int t1950_2 = (int)(o_143 % 16);
            const float v18_29 = acc0_2.se + x14[(long)t1950_2];
            y28[(((long)t1948_0 * 2 + t1948_2) * d_T + t1948_1) * 8 + t1948_3] = v18_29;
            const int t1954_3 = (int)(o_143 % 8);
            const long t1954_q = o_143 / 8;
            const int t1954_2 = (int)(t1954_q % 2);
            const long t1954_q_2 = t1954_q / 2;
            const int t1954_1 = (int)(t1954_q_2 % d_T);
            const int t1954_0 = (int)(t1954_q_2 / d_T);
            const int t1956_2 = (int)(o_143 % 16);
            const float v18_30 = acc0_2.se + x14[(long)t1956_2];
            y30[(((long)t1954_0 * 2 + t1954_2) * 8 + t1954_3) * d_T + t1954_1] = v18_30;
          }
          if (1) {
            const long o_144 = m0_2 * 16 + 15L;
            const int t1961_3 = (int)(o_144 % 8);
            const long t1961_q = o_144 / 8;
            const int t1961_2 = (int)(t1961_q % 2);
            const long t1961_q_2 = t1961_q / 2;
            const int t1961_1 = (int)(t1961_q_2 % d_T);
            const int t1961_0 = (int)(t1961_q_2 / d_T);
            const int t1963_2 = (int)(o_144 % 16);
            const float v18_31 = acc0_2.sf + x14[(long)t1963_2];
            y28[(((long)t1961_0 * 2 + t1961_2) * d_T + t1961_1) * 8 + t1961_3] = v18_31;
            const int t1967_3 = (int)(o_144 % 8);
            const long t1967_q = o_144 / 8;
            const int t1967_2 = (int)(t1967_q % 2);
            const long t1967_q_2 = t1967_q / 2;
            const int t1967_1 = (int)(t1967_q_2 % d_T);
            const int t1967_0 = (int)(t1967_q_2 / d_T);
            const int t1969_2 = (int)(o_144 % 16);
            const float v18_32 = acc0_2.sf + x14[(long)t1969_2];
            y30[(((long)t1967_0 * 2 + t1967_2) * 8 + t1967_3) * d_T + t1967_1] = v18_32;
          }
        }
        const long om_8 = m0_2 + 1;
        if (om_8 < M_2) {
          if (1) {
            const long o_145 = om_8 * 16;
            const int t1974_3 = (int)(o_145 % 8);
            const long t1974_q = o_145 / 8;
            const int t1974_2 = (int)(t1974_q % 2);
            const long t1974_q_2 = t1974_q / 2;
            const int t1974_1 = (int)(t1974_q_2 % d_T);
            const int t1974_0 = (int)(t1974_q_2 / d_T);
            const int t1976_2 = (int)(o_145 % 16);
            const float v18_33 = acc1_2.s0 + x14[(long)t1976_2];
            y28[(((long)t1974_0 * 2 + t1974_2) * d_T + t1974_1) * 8 + t1974_3] = v18_33;
            const int t1980_3 = (int)(o_145 % 8);
            const long t1980_q = o_145 / 8;
            const int t1980_2 = (int)(t1980_q % 2);
            const long t1980_q_2 = t1980_q / 2;
            const int t1980_1 = (int)(t1980_q_2 % d_T);
            const int t1980_0 = (int)(t1980_q_2 / d_T);
            const int t1982_2 = (int)(o_145 % 16);
            const float v18_34 = acc1_2.s0 + x14[(long)t1982_2];
            y30[(((long)t1980_0 * 2 + t1980_2) * 8 + t1980_3) * d_T + t1980_1] = v18_34;
          }
          if (1) {
            const long o_146 = om_8 * 16 + 1L;
            const int t1987_3 = (int)(o_146 % 8);
            const long t1987_q = o_146 / 8;
            const int t1987_2 = (int)(t1987_q % 2);
            const long t1987_q_2 = t1987_q / 2;
            const int t1987_1 = (int)(t1987_q_2 % d_T);
            const int t1987_0 = (int)(t1987_q_2 / d_T);
            const int t1989_2 = (int)(o_146 % 16);
            const float v18_35 = acc1_2.s1 + x14[(long)t1989_2];
            y28[(((long)t1987_0 * 2 + t1987_2) * d_T + t1987_1) * 8 + t1987_3] = v18_35;
            const int t1993_3 = (int)(o_146 % 8);
            const long t1993_q = o_146 / 8;
            const int t1993_2 = (int)(t1993_q % 2);
            const long t1993_q_2 = t1993_q / 2;
            const int t1993_1 = (int)(t1993_q_2 % d_T);
            const int t1993_0 = (int)(t1993_q_2 / d_T);
            const int t1995_2 = (int)(o_146 % 16);
            const float v18_36 = acc1_2.s1 + x14[(long)t1995_2];
            y30[(((long)t1993_0 * 2 + t1993_2) * 8 + t1993_3) * d_T + t1993_1] = v18_36;
          }
          if (1) {
            const long o_147 = om_8 * 16 + 2L;
            const int t2000_3 = (int)(o_147 % 8);
            const long t2000_q = o_147 / 8;
            const int t2000_2 = (int)(t2000_q % 2);
            const long t2000_q_2 = t2000_q / 2;
            const int t2000_1 = (int)(t2000_q_2 % d_T);
            const int t2000_0 = (int)(t2000_q_2 / d_T);
            const int t2002_2 = (int)(o_147 % 16);
            const float v18_37 = acc1_2.s2 + x14[(long)t2002_2];
            y28[(((long)t2000_0 * 2 + t2000_2) * d_T + t2000_1) * 8 + t2000_3] = v18_37;
            const int t2006_3 = (int)(o_147 % 8);
            const long t2006_q = o_147 / 8;
            const int t2006_2 = (int)(t2006_q % 2);
            const long t2006_q_2 = t2006_q / 2;
            const int t2006_1 = (int)(t2006_q_2 % d_T);
            const int t2006_0 = (int)(t2006_q_2 / d_T);
            const int t2008_2 = (int)(o_147 % 16);
            const float v18_38 = acc1_2.s2 + x14[(long)t2008_2];
            y30[(((long)t2006_0 * 2 + t2006_2) * 8 + t2006_3) * d_T + t2006_1] = v18_38;
          }
          if (1) {
            const long o_148 = om_8 * 16 + 3L;
            const int t2013_3 = (int)(o_148 % 8);
            const long t2013_q = o_148 / 8;
            const int t2013_2 = (int)(t2013_q % 2);
            const long t2013_q_2 = t2013_q / 2;
            const int t2013_1 = (int)(t2013_q_2 % d_T);
            const int t2013_0 = (int)(t2013_q_2 / d_T);
            const int t2015_2 = (int)(o_148 % 16);
            const float v18_39 = acc1_2.s3 + x14[(long)t2015_2];
            y28[(((long)t2013_0 * 2 + t2013_2) * d_T + t2013_1) * 8 + t2013_3] = v18_39;
            const int t2019_3 = (int)(o_148 % 8);
            const long t2019_q = o_148 / 8;
            const int t2019_2 = (int)(t2019_q % 2);
            const long t2019_q_2 = t2019_q / 2;
            const int t2019_1 = (int)(t2019_q_2 % d_T);
            const int t2019_0 = (int)(t2019_q_2 / d_T);
            const int t2021_2 = (int)(o_148 % 16);
            const float v18_40 = acc1_2.s3 + x14[(long)t2021_2];
            y30[(((long)t2019_0 * 2 + t2019_2) * 8 + t2019_3) * d_T + t2019_1] = v18_40;
          }
          if (1) {
            const long o_149 = om_8 * 16 + 4L;
            const int t2026_3 = (int)(o_149 % 8);
            const long t2026_q = o_149 / 8;
            const int t2026_2 = (int)(t2026_q % 2);
            const long t2026_q_2 = t2026_q / 2;
            const int t2026_1 = (int)(t2026_q_2 % d_T);
            const int t2026_0 = (int)(t2026_q_2 / d_T);
            const int t2028_2 = (int)(o_149 % 16);
            const float v18_41 = acc1_2.s4 + x14[(long)t2028_2];
            y28[(((long)t2026_0 * 2 + t2026_2) * d_T + t2026_1) * 8 + t2026_3] = v18_41;
            const int t2032_3 = (int)(o_149 % 8);
            const long t2032_q = o_149 / 8;
            const int t2032_2 = (int)(t2032_q % 2);
            const long t2032_q_2 = t2032_q / 2;
            const int t2032_1 = (int)(t2032_q_2 % d_T);
            const int t2032_0 = (int)(t2032_q_2 / d_T);
            const int t2034_2 = (int)(o_149 % 16);
            const float v18_42 = acc1_2.s4 + x14[(long)t2034_2];
            y30[(((long)t2032_0 * 2 + t2032_2) * 8 + t2032_3) * d_T + t2032_1] = v18_42;
          }
          if (1) {
            const long o_150 = om_8 * 16 + 5L;
            const int t2039_3 = (int)(o_150 % 8);
            const long t2039_q = o_150 / 8;
            const int t2039_2 = (int)(t2039_q % 2);
            const long t2039_q_2 = t2039_q / 2;
            const int t2039_1 = (int)(t2039_q_2 % d_T);
            const int t2039_0 = (int)(t2039_q_2 / d_T);
            const int t2041_2 = (int)(o_150 % 16);
            const float v18_43 = acc1_2.s5 + x14[(long)t2041_2];
            y28[(((long)t2039_0 * 2 + t2039_2) * d_T + t2039_1) * 8 + t2039_3] = v18_43;
            const int t2045_3 = (int)(o_150 % 8);
            const long t2045_q = o_150 / 8;
            const int t2045_2 = (int)(t2045_q % 2);
            const long t2045_q_2 = t2045_q / 2;
            const int t2045_1 = (int)(t2045_q_2 % d_T);
            const int t2045_0 = (int)(t2045_q_2 / d_T);
            const int t2047_2 = (int)(o_150 % 16);
            const float v18_44 = acc1_2.s5 + x14[(long)t2047_2];
            y30[(((long)t2045_0 * 2 + t2045_2) * 8 + t2045_3) * d_T + t2045_1] = v18_44;
          }
          if (1) {
            const long o_151 = om_8 * 16 + 6L;
            const int t2052_3 = (int)(o_151 % 8);
            const long t2052_q = o_151 / 8;
            const int t2052_2 = (int)(t2052_q % 2);
            const long t2052_q_2 = t2052_q / 2;
            const int t2052_1 = (int)(t2052_q_2 % d_T);
            const int t2052_0 = (int)(t2052_q_2 / d_T);
            const int t2054_2 = (int)(o_151 % 16);
            const float v18_45 = acc1_2.s6 + x14[(long)t2054_2];
            y28[(((long)t2052_0 * 2 + t2052_2) * d_T + t2052_1) * 8 + t2052_3] = v18_45;
            const int t2058_3 = (int)(o_151 % 8);
            const long t2058_q = o_151 / 8;
            const int t2058_2 = (int)(t2058_q % 2);
            const long t2058_q_2 = t2058_q / 2;
            const int t2058_1 = (int)(t2058_q_2 % d_T);
            const int t2058_0 = (int)(t2058_q_2 / d_T);
            const int t2060_2 = (int)(o_151 % 16);
            const float v18_46 = acc1_2.s6 + x14[(long)t2060_2];
            y30[(((long)t2058_0 * 2 + t2058_2) * 8 + t2058_3) * d_T + t2058_1] = v18_46;
          }
          if (1) {
            const long o_152 = om_8 * 16 + 7L;
            const int t2065_3 = (int)(o_152 % 8);
            const long t2065_q = o_152 / 8;
            const int t2065_2 = (int)(t2065_q % 2);
            const long t2065_q_2 = t2065_q / 2;
            const int t2065_1 = (int)(t2065_q_2 % d_T);
            const int t2065_0 = (int)(t2065_q_2 / d_T);
            const int t2067_2 = (int)(o_152 % 16);
            const float v18_47 = acc1_2.s7 + x14[(long)t2067_2];
            y28[(((long)t2065_0 * 2 + t2065_2) * d_T + t2065_1) * 8 + t2065_3] = v18_47;
            const int t2071_3 = (int)(o_152 % 8);
            const long t2071_q = o_152 / 8;
            const int t2071_2 = (int)(t2071_q % 2);
            const long t2071_q_2 = t2071_q / 2;
            const int t2071_1 = (int)(t2071_q_2 % d_T);
            const int t2071_0 = (int)(t2071_q_2 / d_T);
            const int t2073_2 = (int)(o_152 % 16);
            const float v18_48 = acc1_2.s7 + x14[(long)t2073_2];
            y30[(((long)t2071_0 * 2 + t2071_2) * 8 + t2071_3) * d_T + t2071_1] = v18_48;
          }
          if (1) {
            const long o_153 = om_8 * 16 + 8L;
            const int t2078_3 = (int)(o_153 % 8);
            const long t2078_q = o_153 / 8;
            const int t2078_2 = (int)(t2078_q % 2);
            const long t2078_q_2 = t2078_q / 2;
            const int t2078_1 = (int)(t2078_q_2 % d_T);
            const int t2078_0 = (int)(t2078_q_2 / d_T);
            const int t2080_2 = (int)(o_153 % 16);
            const float v18_49 = acc1_2.s8 + x14[(long)t2080_2];
            y28[(((long)t2078_0 * 2 + t2078_2) * d_T + t2078_1) * 8 + t2078_3] = v18_49;
            const int t2084_3 = (int)(o_153 % 8);
            const long t2084_q = o_153 / 8;
            const int t2084_2 = (int)(t2084_q % 2);
            const long t2084_q_2 = t2084_q / 2;
            const int t2084_1 = (int)(t2084_q_2 % d_T);
            const int t2084_0 = (int)(t2084_q_2 / d_T);
            const int t2086_2 = (int)(o_153 % 16);
            const float v18_50 = acc1_2.s8 + x14[(long)t2086_2];
            y30[(((long)t2084_0 * 2 + t2084_2) * 8 + t2084_3) * d_T + t2084_1] = v18_50;
          }
          if (1) {
            const long o_154 = om_8 * 16 + 9L;
            const int t2091_3 = (int)(o_154 % 8);
            const long t2091_q = o_154 / 8;
            const int t2091_2 = (int)(t2091_q % 2);
            const long t2091_q_2 = t2091_q / 2;
            const int t2091_1 = (int)(t2091_q_2 % d_T);
            const int t2091_0 = (int)(t2091_q_2 / d_T);
            const int t2093_2 = (int)(o_154 % 16);
            const float v18_51 = acc1_2.s9 + x14[(long)t2093_2];
            y28[(((long)t2091_0 * 2 + t2091_2) * d_T + t2091_1) * 8 + t2091_3] = v18_51;
            const int t2097_3 = (int)(o_154 % 8);
            const long t2097_q = o_154 / 8;
            const int t2097_2 = (int)(t2097_q % 2);
            const long t2097_q_2 = t2097_q / 2;
            const int t2097_1 = (int)(t2097_q_2 % d_T);
            const int t2097_0 = (int)(t2097_q_2 / d_T);
            const int t2099_2 = (int)(o_154 % 16);
            const float v18_52 = acc1_2.s9 + x14[(long)t2099_2];
            y30[(((long)t2097_0 * 2 + t2097_2) * 8 + t2097_3) * d_T + t2097_1] = v18_52;
          }
          if (1) {
            const long o_155 = om_8 * 16 + 10L;
            const int t2104_3 = (int)(o_155 % 8);
            const long t2104_q = o_155 / 8;
            const int t2104_2 = (int)(t2104_q % 2);
            const long t2104_q_2 = t2104_q / 2;
            const int t2104_1 = (int)(t2104_q_2 % d_T);
            const int t2104_0 = (int)(t2104_q_2 / d_T);
            const int t2106_2 = (int)(o_155 % 16);
            const float v18_53 = acc1_2.sa + x14[(long)t2106_2];
            y28[(((long)t2104_0 * 2 + t2104_2) * d_T + t2104_1) * 8 + t2104_3] = v18_53;
            const int t2110_3 = (int)(o_155 % 8);
            const long t2110_q = o_155 / 8;
            const int t2110_2 = (int)(t2110_q % 2);
            const long t2110_q_2 = t2110_q / 2;
            const int t2110_1 = (int)(t2110_q_2 % d_T);
            const int t2110_0 = (int)(t2110_q_2 / d_T);
            const int t2112_2 = (int)(o_155 % 16);
            const float v18_54 = acc1_2.sa + x14[(long)t2112_2];
            y30[(((long)t2110_0 * 2 + t2110_2) * 8 + t2110_3) * d_T + t2110_1] = v18_54;
          }
          if (1) {
            const long o_156 = om_8 * 16 + 11L;
            const int t2117_3 = (int)(o_156 % 8);
            const long t2117_q = o_156 / 8;
            const int t2117_2 = (int)(t2117_q % 2);
            const long t2117_q_2 = t2117_q / 2;
            const int t2117_1 = (int)(t2117_q_2 % d_T);
            const int t2117_0 = (int)(t2117_q_2 / d_T);
            const int t2119_2 = (int)(o_156 % 16);
            const float v18_55 = acc1_2.sb + x14[(long)t2119_2];
            y28[(((long)t2117_0 * 2 + t2117_2) * d_T + t2117_1) * 8 + t2117_3] = v18_55;
            const int t2123_3 = (int)(o_156 % 8);
            const long t2123_q = o_156 / 8;
            const int t2123_2 = (int)(t2123_q % 2);
            const long t2123_q_2 = t2123_q / 2;
            const int t2123_1 = (int)(t2123_q_2 % d_T);
            const int t2123_0 = (int)(t2123_q_2 / d_T);
            const int t2125_2 = (int)(o_156 % 16);
            const float v18_56 = acc1_2.sb + x14[(long)t2125_2];
            y30[(((long)t2123_0 * 2 + t2123_2) * 8 + t2123_3) * d_T + t2123_1] = v18_56;
          }
          if (1) {
            const long o_157 = om_8 * 16 + 12L;
            const int t2130_3 = (int)(o_157 % 8);
            const long t2130_q = o_157 / 8;
            const int t2130_2 = (int)(t2130_q % 2);
            const long t2130_q_2 = t2130_q / 2;
            const int t2130_1 = (int)(t2130_q_2 % d_T);
            const int t2130_0 = (int)(t2130_q_2 / d_T);
            const int t2132_2 = (int)(o_157 % 16);
            const float v18_57 = acc1_2.sc + x14[(long)t2132_2];
            y28[(((long)t2130_0 * 2 + t2130_2) * d_T + t2130_1) * 8 + t2130_3] = v18_57;
            const int t2136_3 = (int)(o_157 % 8);
            const long t2136_q = o_157 / 8;
            const int t2136_2 = (int)(t2136_q % 2);
            const long t2136_q_2 = t2136_q / 2;
            const int t2136_1 = (int)(t2136_q_2 % d_T);
            const int t2136_0 = (int)(t2136_q_2 / d_T);
            const int t2138_2 = (int)(o_157 % 16);
            const float v18_58 = acc1_2.sc + x14[(long)t2138_2];
            y30[(((long)t2136_0 * 2 + t2136_2) * 8 + t2136_3) * d_T + t2136_1] = v18_58;
          }
          if (1) {
            const long o_158 = om_8 * 16 + 13L;
            const int t2143_3 = (int)(o_158 % 8);
            const long t2143_q = o_158 / 8;
            const int t2143_2 = (int)(t2143_q % 2);
            const long t2143_q_2 = t2143_q / 2;
            const int t2143_1 = (int)(t2143_q_2 % d_T);
            const int t2143_0 = (int)(t2143_q_2 / d_T);
            const int t2145_2 = (int)(o_158 % 16);
            const float v18_59 = acc1_2.sd + x14[(long)t2145_2];
            y28[(((long)t2143_0 * 2 + t2143_2) * d_T + t2143_1) * 8 + t2143_3] = v18_59;
            const int t2149_3 = (int)(o_158 % 8);
            const long t2149_q = o_158 / 8;
            const int t2149_2 = (int)(t2149_q % 2);
            const long t2149_q_2 = t2149_q / 2;
            const int t2149_1 = (int)(t2149_q_2 % d_T);
            const int t2149_0 = (int)(t2149_q_2 / d_T);
            const int t2151_2 = (int)(o_158 % 16);
            const float v18_60 = acc1_2.sd + x14[(long)t2151_2];
            y30[(((long)t2149_0 * 2 + t2149_2) * 8 + t2149_3) * d_T + t2149_1] = v18_60;
          }
          if (1) {
            const long o_159 = om_8 * 16 + 14L;
            const int t2156_3 = (int)(o_159 % 8);
            const long t2156_q = o_159 / 8;
            const int t2156_2 = (int)(t2156_q % 2);
            const long t2156_q_2 = t2156_q / 2;
            const int t2156_1 = (int)(t2156_q_2 % d_T);
            const int t2156_0 = (int)(t2156_q_2 / d_T);
            const int t2158_2 = (int)(o_159 % 16);
            const float v18_61 = acc1_2.se + x14[(long)t2158_2];
            y28[(((long)t2156_0 * 2 + t2156_2) * d_T + t2156_1) * 8 + t2156_3] = v18_61;
            const int t2162_3 = (int)(o_159 % 8);
            const long t2162_q = o_159 / 8;
            const int t2162_2 = (int)(t2162_q % 2);
            const long t2162_q_2 = t2162_q / 2;
            const int t2162_1 = (int)(t2162_q_2 % d_T);
            const int t2162_0 = (int)(t2162_q_2 / d_T);
            const int t2164_2 = (int)(o_159 % 16);
            const float v18_62 = acc1_2.se + x14[(long)t2164_2];
            y30[(((long)t2162_0 * 2 + t2162_2) * 8 + t2162_3) * d_T + t2162_1] = v18_62;
          }
          if (1) {
            const long o_160 = om_8 * 16 + 15L;
            const int t2169_3 = (int)(o_160 % 8);
            const long t2169_q = o_160 / 8;
            const int t2169_2 = (int)(t2169_q % 2);
            const long t2169_q_2 = t2169_q / 2;
            const int t2169_1 = (int)(t2169_q_2 % d_T);
            const int t2169_0 = (int)(t2169_q_2 / d_T);
            const int t2171_2 = (int)(o_160 % 16);
            const float v18_63 = acc1_2.sf + x14[(long)t2171_2];
            y28[(((long)t2169_0 * 2 + t2169_2) * d_T + t2169_1) * 8 + t2169_3] = v18_63;
            const int t2175_3 = (int)(o_160 % 8);
            const long t2175_q = o_160 / 8;
            const int t2175_2 = (int)(t2175_q % 2);
            const long t2175_q_2 = t2175_q / 2;
            const int t2175_1 = (int)(t2175_q_2 % d_T);
            const int t2175_0 = (int)(t2175_q_2 / d_T);
            const int t2177_2 = (int)(o_160 % 16);
            const float v18_64 = acc1_2.sf + x14[(long)t2177_2];
            y30[(((long)t2175_0 * 2 + t2175_2) * 8 + t2175_3) * d_T + t2175_1] = v18_64;
          }
        }
        const long om_9 = m0_2 + 2;
        if (om_9 < M_2) {
          if (1) {
            const long o_161 = om_9 * 16;
            const int t2182_3 = (int)(o_161 % 8);
            const long t2182_q = o_161 / 8;
            const int t2182_2 = (int)(t2182_q % 2);
            const long t2182_q_2 = t2182_q / 2;
            const int t2182_1 = (int)(t2182_q_2 % d_T);
            const int t2182_0 = (int)(t2182_q_2 / d_T);
            const int t2184_2 = (int)(o_161 % 16);
            const float v18_65 = acc2_2.s0 + x14[(long)t2184_2];
            y28[(((long)t2182_0 * 2 + t2182_2) * d_T + t2182_1) * 8 + t2182_3] = v18_65;
            const int t2188_3 = (int)(o_161 % 8);
            const long t2188_q = o_161 / 8;
            const int t2188_2 = (int)(t2188_q % 2);
            const long t2188_q_2 = t2188_q / 2;
            const int t2188_1 = (int)(t2188_q_2 % d_T);
            const int t2188_0 = (int)(t2188_q_2 / d_T);
            const int t2190_2 = (int)(o_161 % 16);
            const float v18_66 = acc2_2.s0 + x14[(long)t2190_2];
            y30[(((long)t2188_0 * 2 + t2188_2) * 8 + t2188_3) * d_T + t2188_1] = v18_66;
          }
          if (1) {
            const long o_162 = om_9 * 16 + 1L;
            const int t2195_3 = (int)(o_162 % 8);
            const long t2195_q = o_162 / 8;
            const int t2195_2 = (int)(t2195_q % 2);
            const long t2195_q_2 = t2195_q / 2;
            const int t2195_1 = (int)(t2195_q_2 % d_T);
            const int t2195_0 = (int)(t2195_q_2 / d_T);
            const int t2197_2 = (int)(o_162 % 16);
            const float v18_67 = acc2_2.s1 + x14[(long)t2197_2];
            y28[(((long)t2195_0 * 2 + t2195_2) * d_T + t2195_1) * 8 + t2195_3] = v18_67;
            const int t2201_3 = (int)(o_162 % 8);
            const long t2201_q = o_162 / 8;
            const int t2201_2 = (int)(t2201_q % 2);
            const long t2201_q_2 = t2201_q / 2;
            const int t2201_1 = (int)(t2201_q_2 % d_T);
            const int t2201_0 = (int)(t2201_q_2 / d_T);
            const int t2203_2 = (int)(o_162 % 16);
            const float v18_68 = acc2_2.s1 + x14[(long)t2203_2];
            y30[(((long)t2201_0 * 2 + t2201_2) * 8 + t2201_3) * d_T + t2201_1] = v18_68;
          }
          if (1) {
            const long o_163 = om_9 * 16 + 2L;
            const int t2208_3 = (int)(o_163 % 8);
            const long t2208_q = o_163 / 8;
            const int t2208_2 = (int)(t2208_q % 2);
            const long t2208_q_2 = t2208_q / 2;
            const int t2208_1 = (int)(t2208_q_2 % d_T);
            const int t2208_0 = (int)(t2208_q_2 / d_T);
            const int t2210_2 = (int)(o_163 % 16);
            const float v18_69 = acc2_2.s2 + x14[(long)t2210_2];
            y28[(((long)t2208_0 * 2 + t2208_2) * d_T + t2208_1) * 8 + t2208_3] = v18_69;
            const int t2214_3 = (int)(o_163 % 8);
            const long t2214_q = o_163 / 8;
            const int t2214_2 = (int)(t2214_q % 2);
            const long t2214_q_2 = t2214_q / 2;
            const int t2214_1 = (int)(t2214_q_2 % d_T);
            const int t2214_0 = (int)(t2214_q_2 / d_T);
            const int t2216_2 = (int)(o_163 % 16);
            const float v18_70 = acc2_2.s2 + x14[(long)t2216_2];
            y30[(((long)t2214_0 * 2 + t2214_2) * 8 + t2214_3) * d_T + t2214_1] = v18_70;
          }
          if (1) {
            const long o_164 = om_9 * 16 + 3L;
            const int t2221_3 = (int)(o_164 % 8);
            const long t2221_q = o_164 / 8;
            const int t2221_2 = (int)(t2221_q % 2);
            const long t2221_q_2 = t2221_q / 2;
            const int t2221_1 = (int)(t2221_q_2 % d_T);
            const int t2221_0 = (int)(t2221_q_2 / d_T);
            const int t2223_2 = (int)(o_164 % 16);
            const float v18_71 = acc2_2.s3 + x14[(long)t2223_2];
            y28[(((long)t2221_0 * 2 + t2221_2) * d_T + t2221_1) * 8 + t2221_3] = v18_71;
            const int t2227_3 = (int)(o_164 % 8);
            const long t2227_q = o_164 / 8;
            const int t2227_2 = (int)(t2227_q % 2);
            const long t2227_q_2 = t2227_q / 2;
            const int t2227_1 = (int)(t2227_q_2 % d_T);
            const int t2227_0 = (int)(t2227_q_2 / d_T);
            const int t2229_2 = (int)(o_164 % 16);
            const float v18_72 = acc2_2.s3 + x14[(long)t2229_2];
            y30[(((long)t2227_0 * 2 + t2227_2) * 8 + t2227_3) * d_T + t2227_1] = v18_72;
          }
          if (1) {
            const long o_165 = om_9 * 16 + 4L;
            const int t2234_3 = (int)(o_165 % 8);
            const long t2234_q = o_165 / 8;
            const int t2234_2 = (int)(t2234_q % 2);
            const long t2234_q_2 = t2234_q / 2;
            const int t2234_1 = (int)(t2234_q_2 % d_T);
            const int t2234_0 = (int)(t2234_q_2 / d_T);
            const int t2236_2 = (int)(o_165 % 16);
            const float v18_73 = acc2_2.s4 + x14[(long)t2236_2];
            y28[(((long)t2234_0 * 2 + t2234_2) * d_T + t2234_1) * 8 + t2234_3] = v18_73;
            const int t2240_3 = (int)(o_165 % 8);
            const long t2240_q = o_165 / 8;
            const int t2240_2 = (int)(t2240_q % 2);
            const long t2240_q_2 = t2240_q / 2;
            const int t2240_1 = (int)(t2240_q_2 % d_T);
            const int t2240_0 = (int)(t2240_q_2 / d_T);
            const int t2242_2 = (int)(o_165 % 16);
            const float v18_74 = acc2_2.s4 + x14[(long)t2242_2];
            y30[(((long)t2240_0 * 2 + t2240_2) * 8 + t2240_3) * d_T + t2240_1] = v18_74;
          }
          if (1) {
            const long o_166 = om_9 * 16 + 5L;
            const int t2247_3 = (int)(o_166 % 8);
            const long t2247_q = o_166 / 8;
            const int t2247_2 = (int)(t2247_q % 2);
            const long t2247_q_2 = t2247_q / 2;
            const int t2247_1 = (int)(t2247_q_2 % d_T);
            const int t2247_0 = (int)(t2247_q_2 / d_T);
            const int t2249_2 = (int)(o_166 % 16);
            const float v18_75 = acc2_2.s5 + x14[(long)t2249_2];
            y28[(((long)t2247_0 * 2 + t2247_2) * d_T + t2247_1) * 8 + t2247_3] = v18_75;
            const int t2253_3 = (int)(o_166 % 8);
            const long t2253_q = o_166 / 8;
            const int t2253_2 = (int)(t2253_q % 2);
            const long t2253_q_2 = t2253_q / 2;
            const int t2253_1 = (int)(t2253_q_2 % d_T);
            const int t2253_0 = (int)(t2253_q_2 / d_T);
            const int t2255_2 = (int)(o_166 % 16);
            const float v18_76 = acc2_2.s5 + x14[(long)t2255_2];
            y30[(((long)t2253_0 * 2 + t2253_2) * 8 + t2253_3) * d_T + t2253_1] = v18_76;
          }
          if (1) {
            const long o_167 = om_9 * 16 + 6L;
            const int t2260_3 = (int)(o_167 % 8);
            const long t2260_q = o_167 / 8;
            const int t2260_2 = (int)(t2260_q % 2);
            const long t2260_q_2 = t2260_q / 2;
            const int t2260_1 = (int)(t2260_q_2 % d_T);
            const int t2260_0 = (int)(t2260_q_2 / d_T);
            const int t2262_2 = (int)(o_167 % 16);
            const float v18_77 = acc2_2.s6 + x14[(long)t2262_2];
            y28[(((long)t2260_0 * 2 + t2260_2) * d_T + t2260_1) * 8 + t2260_3] = v18_77;
            const int t2266_3 = (int)(o_167 % 8);
            const long t2266_q = o_167 / 8;
            const int t2266_2 = (int)(t2266_q % 2);
            const long t2266_q_2 = t2266_q / 2;
            const int t2266_1 = (int)(t2266_q_2 % d_T);
            const int t2266_0 = (int)(t2266_q_2 / d_T);
            const int t2268_2 = (int)(o_167 % 16);
            const float v18_78 = acc2_2.s6 + x14[(long)t2268_2];
            y30[(((long)t2266_0 * 2 + t2266_2) * 8 + t2266_3) * d_T + t2266_1] = v18_78;
          }
          if (1) {
            const long o_168 = om_9 * 16 + 7L;
            const int t2273_3 = (int)(o_168 % 8);
            const long t2273_q = o_168 / 8;
            const int t2273_2 = (int)(t2273_q % 2);
            const long t2273_q_2 = t2273_q / 2;
            const int t2273_1 = (int)(t2273_q_2 % d_T);
            const int t2273_0 = (int)(t2273_q_2 / d_T);
            const int t2275_2 = (int)(o_168 % 16);
            const float v18_79 = acc2_2.s7 + x14[(long)t2275_2];
            y28[(((long)t2273_0 * 2 + t2273_2) * d_T + t2273_1) * 8 + t2273_3] = v18_79;
            const int t2279_3 = (int)(o_168 % 8);
            const long t2279_q = o_168 / 8;
            const int t2279_2 = (int)(t2279_q % 2);
            const long t2279_q_2 = t2279_q / 2;
            const int t2279_1 = (int)(t2279_q_2 % d_T);
            const int t2279_0 = (int)(t2279_q_2 / d_T);
            const int t2281_2 = (int)(o_168 % 16);
            const float v18_80 = acc2_2.s7 + x14[(long)t2281_2];
            y30[(((long)t2279_0 * 2 + t2279_2) * 8 + t2279_3) * d_T + t2279_1] = v18_80;
          }
          if (1) {
            const long o_169 = om_9 * 16 + 8L;
            const int t2286_3 = (int)(o_169 % 8);
            const long t2286_q = o_169 / 8;
            const int t2286_2 = (int)(t2286_q % 2);
            const long t2286_q_2 = t2286_q / 2;
            const int t2286_1 = (int)(t2286_q_2 % d_T);
            const int t2286_0 = (int)(t2286_q_2 / d_T);
            const int t2288_2 = (int)(o_169 % 16);
            const float v18_81 = acc2_2.s8 + x14[(long)t2288_2];
            y28[(((long)t2286_0 * 2 + t2286_2) * d_T + t2286_1) * 8 + t2286_3] = v18_81;
            const int t2292_3 = (int)(o_169 % 8);
            const long t2292_q = o_169 / 8;
            const int t2292_2 = (int)(t2292_q % 2);
            const long t2292_q_2 = t2292_q / 2;
            const int t2292_1 = (int)(t2292_q_2 % d_T);
            const int t2292_0 = (int)(t2292_q_2 / d_T);
            const int t2294_2 = (int)(o_169 % 16);
            const float v18_82 = acc2_2.s8 + x14[(long)t2294_2];
            y30[(((long)t2292_0 * 2 + t2292_2) * 8 + t2292_3) * d_T + t2292_1] = v18_82;
          }
          if (1) {
            const long o_170 = om_9 * 16 + 9L;
            const int t2299_3 = (int)(o_170 % 8);
            const long t2299_q = o_170 / 8;
            const int t2299_2 = (int)(t2299_q % 2);
            const long t2299_q_2 = t2299_q / 2;
            const int t2299_1 = (int)(t2299_q_2 % d_T);
            const int t2299_0 = (int)(t2299_q_2 / d_T);
            const int t2301_2 = (int)(o_170 % 16);
            const float v18_83 = acc2_2.s9 + x14[(long)t2301_2];
            y28[(((long)t2299_0 * 2 + t2299_2) * d_T + t2299_1) * 8 + t2299_3] = v18_83;
            const int t2305_3 = (int)(o_170 % 8);
            const long t2305_q = o_170 / 8;
            const int t2305_2 = (int)(t2305_q % 2);
            const long t2305_q_2 = t2305_q / 2;
            const int t2305_1 = (int)(t2305_q_2 % d_T);
            const int t2305_0 = (int)(t2305_q_2 / d_T);
            const int t2307_2 = (int)(o_170 % 16);
            const float v18_84 = acc2_2.s9 + x14[(long)t2307_2];
            y30[(((long)t2305_0 * 2 + t2305_2) * 8 + t2305_3) * d_T + t2305_1] = v18_84;
          }
          if (1) {
            const long o_171 = om_9 * 16 + 10L;
            const int t2312_3 = (int)(o_171 % 8);
            const long t2312_q = o_171 / 8;
            const int t2312_2 = (int)(t2312_q % 2);
            const long t2312_q_2 = t2312_q / 2;
            const int t2312_1 = (int)(t2312_q_2 % d_T);
            const int t2312_0 = (int)(t2312_q_2 / d_T);
            const int t2314_2 = (int)(o_171 % 16);
            const float v18_85 = acc2_2.sa + x14[(long)t2314_2];
            y28[(((long)t2312_0 * 2 + t2312_2) * d_T + t2312_1) * 8 + t2312_3] = v18_85;
            const int t2318_3 = (int)(o_171 % 8);
            const long t2318_q = o_171 / 8;
            const int t2318_2 = (int)(t2318_q % 2);
            const long t2318_q_2 = t2318_q / 2;
            const int t2318_1 = (int)(t2318_q_2 % d_T);
            const int t2318_0 = (int)(t2318_q_2 / d_T);
            const int t2320_2 = (int)(o_171 % 16);
            const float v18_86 = acc2_2.sa + x14[(long)t2320_2];
            y30[(((long)t2318_0 * 2 + t2318_2) * 8 + t2318_3) * d_T + t2318_1] = v18_86;
          }
          if (1) {
            const long o_172 = om_9 * 16 + 11L;
            const int t2325_3 = (int)(o_172 % 8);
            const long t2325_q = o_172 / 8;
            const int t2325_2 = (int)(t2325_q % 2);
            const long t2325_q_2 = t2325_q / 2;
            const int t2325_1 = (int)(t2325_q_2 % d_T);
            const int t2325_0 = (int)(t2325_q_2 / d_T);
            const int t2327_2 = (int)(o_172 % 16);
            const float v18_87 = acc2_2.sb + x14[(long)t2327_2];
            y28[(((long)t2325_0 * 2 + t2325_2) * d_T + t2325_1) * 8 + t2325_3] = v18_87;
            const int t2331_3 = (int)(o_172 % 8);
            const long t2331_q = o_172 / 8;
            const int t2331_2 = (int)(t2331_q % 2);
            const long t2331_q_2 = t2331_q / 2;
            const int t2331_1 = (int)(t2331_q_2 % d_T);
            const int t2331_0 = (int)(t2331_q_2 / d_T);
            const int t2333_2 = (int)(o_172 % 16);
            const float v18_88 = acc2_2.sb + x14[(long)t2333_2];
            y30[(((long)t2331_0 * 2 + t2331_2) * 8 + t2331_3) * d_T + t2331_1] = v18_88;
          }
          if (1) {
            const long o_173 = om_9 * 16 + 12L;
            const int t2338_3 = (int)(o_173 % 8);
            const long t2338_q = o_173 / 8;
            const int t2338_2 = (int)(t2338_q % 2);
            const long t2338_q_2 = t2338_q / 2;
            const int t2338_1 = (int)(t2338_q_2 % d_T);
            const int t2338_0 = (int)(t2338_q_2 / d_T);
            const int t2340_2 = (int)(o_173 % 16);
            const float v18_89 = acc2_2.sc + x14[(long)t2340_2];
            y28[(((long)t2338_0 * 2 + t2338_2) * d_T + t2338_1) * 8 + t2338_3] = v18_89;
            const int t2344_3 = (int)(o_173 % 8);
            const long t2344_q = o_173 / 8;
            const int t2344_2 = (int)(t2344_q % 2);
            const long t2344_q_2 = t2344_q / 2;
            const int t2344_1 = (int)(t2344_q_2 % d_T);
            const int t2344_0 = (int)(t2344_q_2 / d_T);
            const int t2346_2 = (int)(o_173 % 16);
            const float v18_90 = acc2_2.sc + x14[(long)t2346_2];
            y30[(((long)t2344_0 * 2 + t2344_2) * 8 + t2344_3) * d_T + t2344_1] = v18_90;
          }
          if (1) {
            const long o_174 = om_9 * 16 + 13L;
            const int t2351_3 = (int)(o_174 % 8);
            const long t2351_q = o_174 / 8;
            const int t2351_2 = (int)(t2351_q % 2);
            const long t2351_q_2 = t2351_q / 2;
            const int t2351_1 = (int)(t2351_q_2 % d_T);
            const int t2351_0 = (int)(t2351_q_2 / d_T);
            const int t2353_2 = (int)(o_174 % 16);
            const float v18_91 = acc2_2.sd + x14[(long)t2353_2];
            y28[(((long)t2351_0 * 2 + t2351_2) * d_T + t2351_1) * 8 + t2351_3] = v18_91;
            const int t2357_3 = (int)(o_174 % 8);
            const long t2357_q = o_174 / 8;
            const int t2357_2 = (int)(t2357_q % 2);
            const long t2357_q_2 = t2357_q / 2;
            const int t2357_1 = (int)(t2357_q_2 % d_T);
            const int t2357_0 = (int)(t2357_q_2 / d_T);
            const int t2359_2 = (int)(o_174 % 16);
            const float v18_92 = acc2_2.sd + x14[(long)t2359_2];
            y30[(((long)t2357_0 * 2 + t2357_2) * 8 + t2357_3) * d_T + t2357_1] = v18_92;
          }
          if (1) {
            const long o_175 = om_9 * 16 + 14L;
            const int t2364_3 = (int)(o_175 % 8);
            const long t2364_q = o_175 / 8;
            const int t2364_2 = (int)(t2364_q % 2);
            const long t2364_q_2 = t2364_q / 2;
            const int t2364_1 = (int)(t2364_q_2 % d_T);
            const int t2364_0 = (int)(t2364_q_2 / d_T);
            const int t2366_2 = (int)(o_175 % 16);
            const float v18_93 = acc2_2.se + x14[(long)t2366_2];
            y28[(((long)t2364_0 * 2 + t2364_2) * d_T + t2364_1) * 8 + t2364_3] = v18_93;
            const int t2370_3 = (int)(o_175 % 8);
            const long t2370_q = o_175 / 8;
            const int t2370_2 = (int)(t2370_q % 2);
            const long t2370_q_2 = t2370_q / 2;
            const int t2370_1 = (int)(t2370_q_2 % d_T);
            const int t2370_0 = (int)(t2370_q_2 / d_T);
            const int t2372_2 = (int)(o_175 % 16);
            const float v18_94 = acc2_2.se + x14[(long)t2372_2];
            y30[(((long)t2370_0 * 2 + t2370_2) * 8 + t2370_3) * d_T + t2370_1] = v18_94;
          }
          if (1) {
            const long o_176 = om_9 * 16 + 15L;
            const int t2377_3 = (int)(o_176 % 8);
            const long t2377_q = o_176 / 8;
            const int t2377_2 = (int)(t2377_q % 2);
            const long t2377_q_2 = t2377_q / 2;
            const int t2377_1 = (int)(t2377_q_2 % d_T);
            const int t2377_0 = (int)(t2377_q_2 / d_T);
            const int t2379_2 = (int)(o_176 % 16);
            const float v18_95 = acc2_2.sf + x14[(long)t2379_2];
            y28[(((long)t2377_0 * 2 + t2377_2) * d_T + t2377_1) * 8 + t2377_3] = v18_95;
            const int t2383_3 = (int)(o_176 % 8);
            const long t2383_q = o_176 / 8;
            const int t2383_2 = (int)(t2383_q % 2);
            const long t2383_q_2 = t2383_q / 2;
            const int t2383_1 = (int)(t2383_q_2 % d_T);
            const int t2383_0 = (int)(t2383_q_2 / d_T);
            const int t2385_2 = (int)(o_176 % 16);
            const float v18_96 = acc2_2.sf + x14[(long)t2385_2];
            y30[(((long)t2383_0 * 2 + t2383_2) * 8 + t2383_3) * d_T + t2383_1] = v18_96;
          }
        }
        const long om_10 = m0_2 + 3;
        if (om_10 < M_2) {
          if (1) {
            const long o_177 = om_10 * 16;
            const int t2390_3 = (int)(o_177 % 8);
            const long t2390_q = o_177 / 8;
            const int t2390_2 = (int)(t2390_q % 2);
            const long t2390_q_2 = t2390_q / 2;
            const int t2390_1 = (int)(t2390_q_2 % d_T);
            const int t2390_0 = (int)(t2390_q_2 / d_T);
            const int t2392_2 = (int)(o_177 % 16);
            const float v18_97 = acc3_2.s0 + x14[(long)t2392_2];
            y28[(((long)t2390_0 * 2 + t2390_2) * d_T + t2390_1) * 8 + t2390_3] = v18_97;
            const int t2396_3 = (int)(o_177 % 8);
            const long t2396_q = o_177 / 8;
            const int t2396_2 = (int)(t2396_q % 2);
            const long t2396_q_2 = t2396_q / 2;
            const int t2396_1 = (int)(t2396_q_2 % d_T);
            const int t2396_0 = (int)(t2396_q_2 / d_T);
            const int t2398_2 = (int)(o_177 % 16);
            const float v18_98 = acc3_2.s0 + x14[(long)t2398_2];
            y30[(((long)t2396_0 * 2 + t2396_2) * 8 + t2396_3) * d_T + t2396_1] = v18_98;
          }
          if (1) {
            const long o_178 = om_10 * 16 + 1L;
            const int t2403_3 = (int)(o_178 % 8);
            const long t2403_q = o_178 / 8;
            const int t2403_2 = (int)(t2403_q % 2);
            const long t2403_q_2 = t2403_q / 2;
            const int t2403_1 = (int)(t2403_q_2 % d_T);
            const int t2403_0 = (int)(t2403_q_2 / d_T);
            const int t2405_2 = (int)(o_178 % 16);
            const float v18_99 = acc3_2.s1 + x14[(long)t2405_2];
            y28[(((long)t2403_0 * 2 + t2403_2) * d_T + t2403_1) * 8 + t2403_3] = v18_99;
            const int t2409_3 = (int)(o_178 % 8);
            const long t2409_q = o_178 / 8;
            const int t2409_2 = (int)(t2409_q % 2);
            const long t2409_q_2 = t2409_q / 2;
            const int t2409_1 = (int)(t2409_q_2 % d_T);
            const int t2409_0 = (int)(t2409_q_2 / d_T);
            const int t2411_2 = (int)(o_178 % 16);
            const float v18_100 = acc3_2.s1 + x14[(long)t2411_2];
            y30[(((long)t2409_0 * 2 + t2409_2) * 8 + t2409_3) * d_T + t2409_1] = v18_100;
          }
          if (1) {
            const long o_179 = om_10 * 16 + 2L;
            const int t2416_3 = (int)(o_179 % 8);
            const long t2416_q = o_179 / 8;
            const int t2416_2 = (int)(t2416_q % 2);
            const long t2416_q_2 = t2416_q / 2;
            const int t2416_1 = (int)(t2416_q_2 % d_T);
            const int t2416_0 = (int)(t2416_q_2 / d_T);
            const int t2418_2 = (int)(o_179 % 16);
            const float v18_101 = acc3_2.s2 + x14[(long)t2418_2];
            y28[(((long)t2416_0 * 2 + t2416_2) * d_T + t2416_1) * 8 + t2416_3] = v18_101;
            const int t2422_3 = (int)(o_179 % 8);
            const long t2422_q = o_179 / 8;
            const int t2422_2 = (int)(t2422_q % 2);
            const long t2422_q_2 = t2422_q / 2;
            const int t2422_1 = (int)(t2422_q_2 % d_T);
            const int t2422_0 = (int)(t2422_q_2 / d_T);
            const int t2424_2 = (int)(o_179 % 16);
            const float v18_102 = acc3_2.s2 + x14[(long)t2424_2];
            y30[(((long)t2422_0 * 2 + t2422_2) * 8 + t2422_3) * d_T + t2422_1] = v18_102;
          }
          if (1) {
            const long o_180 = om_10 * 16 + 3L;
            const int t2429_3 = (int)(o_180 % 8);
            const long t2429_q = o_180 / 8;
            const int t2429_2 = (int)(t2429_q % 2);
            const long t2429_q_2 = t2429_q / 2;
            const int t2429_1 = (int)(t2429_q_2 % d_T);
            const int t2429_0 = (int)(t2429_q_2 / d_T);
            const int t2431_2 = (int)(o_180 % 16);
            const float v18_103 = acc3_2.s3 + x14[(long)t2431_2];
            y28[(((long)t2429_0 * 2 + t2429_2) * d_T + t2429_1) * 8 + t2429_3] = v18_103;
            const int t2435_3 = (int)(o_180 % 8);
            const long t2435_q = o_180 / 8;
            const int t2435_2 = (int)(t2435_q % 2);
            const long t2435_q_2 = t2435_q / 2;
            const int t2435_1 = (int)(t2435_q_2 % d_T);
            const int t2435_0 = (int)(t2435_q_2 / d_T);
            const int t2437_2 = (int)(o_180 % 16);
            const float v18_104 = acc3_2.s3 + x14[(long)t2437_2];
            y30[(((long)t2435_0 * 2 + t2435_2) * 8 + t2435_3) * d_T + t2435_1] = v18_104;
          }
          if (1) {
            const long o_181 = om_10 * 16 + 4L;
            const int t2442_3 = (int)(o_181 % 8);
            const long t2442_q = o_181 / 8;
            const int t2442_2 = (int)(t2442_q % 2);
            const long t2442_q_2 = t2442_q / 2;
            const int t2442_1 = (int)(t2442_q_2 % d_T);
            const int t2442_0 = (int)(t2442_q_2 / d_T);
            const int t2444_2 = (int)(o_181 % 16);
            const float v18_105 = acc3_2.s4 + x14[(long)t2444_2];
            y28[(((long)t2442_0 * 2 + t2442_2) * d_T + t2442_1) * 8 + t2442_3] = v18_105;
            const int t2448_3 = (int)(o_181 % 8);
            const long t2448_q = o_181 / 8;
            const int t2448_2 = (int)(t2448_q % 2);
            const long t2448_q_2 = t2448_q / 2;
            const int t2448_1 = (int)(t2448_q_2 % d_T);
            const int t2448_0 = (int)(t2448_q_2 / d_T);
            const int t2450_2 = (int)(o_181 % 16);
            const float v18_106 = acc3_2.s4 + x14[(long)t2450_2];
            y30[(((long)t2448_0 * 2 + t2448_2) * 8 + t2448_3) * d_T + t2448_1] = v18_106;
          }
          if (1) {
            const long o_182 = om_10 * 16 + 5L;
            const int t2455_3 = (int)(o_182 % 8);
            const long t2455_q = o_182 / 8;
            const int t2455_2 = (int)(t2455_q % 2);
            const long t2455_q_2 = t2455_q / 2;
            const int t2455_1 = (int)(t2455_q_2 % d_T);
            const int t2455_0 = (int)(t2455_q_2 / d_T);
            const int t2457_2 = (int)(o_182 % 16);
            const float v18_107 = acc3_2.s5 + x14[(long)t2457_2];
            y28[(((long)t2455_0 * 2 + t2455_2) * d_T + t2455_1) * 8 + t2455_3] = v18_107;
            const int t2461_3 = (int)(o_182 % 8);
            const long t2461_q = o_182 / 8;
            const int t2461_2 = (int)(t2461_q % 2);
            const long t2461_q_2 = t2461_q / 2;
            const int t2461_1 = (int)(t2461_q_2 % d_T);
            const int t2461_0 = (int)(t2461_q_2 / d_T);
            const int t2463_2 = (int)(o_182 % 16);
            const float v18_108 = acc3_2.s5 + x14[(long)t2463_2];
            y30[(((long)t2461_0 * 2 + t2461_2) * 8 + t2461_3) * d_T + t2461_1] = v18_108;
          }
          if (1) {
            const long o_183 = om_10 * 16 + 6L;
            const int t2468_3 = (int)(o_183 % 8);
            const long t2468_q = o_183 / 8;
            const int t2468_2 = (int)(t2468_q % 2);
            const long t2468_q_2 = t2468_q / 2;
            const int t2468_1 = (int)(t2468_q_2 % d_T);
            const int t2468_0 = (int)(t2468_q_2 / d_T);
            const int t2470_2 = (int)(o_183 % 16);
            const float v18_109 = acc3_2.s6 + x14[(long)t2470_2];
            y28[(((long)t2468_0 * 2 + t2468_2) * d_T + t2468_1) * 8 + t2468_3] = v18_109;
            const int t2474_3 = (int)(o_183 % 8);
            const long t2474_q = o_183 / 8;
            const int t2474_2 = (int)(t2474_q % 2);
            const long t2474_q_2 = t2474_q / 2;
            const int t2474_1 = (int)(t2474_q_2 % d_T);
            const int t2474_0 = (int)(t2474_q_2 / d_T);
            const int t2476_2 = (int)(o_183 % 16);
            const float v18_110 = acc3_2.s6 + x14[(long)t2476_2];
            y30[(((long)t2474_0 * 2 + t2474_2) * 8 + t2474_3) * d_T + t2474_1] = v18_110;
          }
          if (1) {
            const long o_184 = om_10 * 16 + 7L;
            const int t2481_3 = (int)(o_184 % 8);
            const long t2481_q = o_184 / 8;
            const int t2481_2 = (int)(t2481_q % 2);
            const long t2481_q_2 = t2481_q / 2;
            const int t2481_1 = (int)(t2481_q_2 % d_T);
            const int t2481_0 = (int)(t2481_q_2 / d_T);
            const int t2483_2 = (int)(o_184 % 16);
            const float v18_111 = acc3_2.s7 + x14[(long)t2483_2];
            y28[(((long)t2481_0 * 2 + t2481_2) * d_T + t2481_1) * 8 + t2481_3] = v18_111;
            const int t2487_3 = (int)(o_184 % 8);
            const long t2487_q = o_184 / 8;
            const int t2487_2 = (int)(t2487_q % 2);
            const long t2487_q_2 = t2487_q / 2;
            const int t2487_1 = (int)(t2487_q_2 % d_T);
            const int t2487_0 = (int)(t2487_q_2 / d_T);
            const int t2489_2 = (int)(o_184 % 16);
            const float v18_112 = acc3_2.s7 + x14[(long)t2489_2];
            y30[(((long)t2487_0 * 2 + t2487_2) * 8 + t2487_3) * d_T + t2487_1] = v18_112;
          }
          if (1) {
            const long o_185 = om_10 * 16 + 8L;
            const int t2494_3 = (int)(o_185 % 8);
            const long t2494_q = o_185 / 8;
            const int t2494_2 = (int)(t2494_q % 2);
            const long t2494_q_2 = t2494_q / 2;
            const int t2494_1 = (int)(t2494_q_2 % d_T);
            const int t2494_0 = (int)(t2494_q_2 / d_T);
            const int t2496_2 = (int)(o_185 % 16);
            const float v18_113 = acc3_2.s8 + x14[(long)t2496_2];
            y28[(((long)t2494_0 * 2 + t2494_2) * d_T + t2494_1) * 8 + t2494_3] = v18_113;
            const int t2500_3 = (int)(o_185 % 8);
            const long t2500_q = o_185 / 8;
            const int t2500_2 = (int)(t2500_q % 2);
            const long t2500_q_2 = t2500_q / 2;
            const int t2500_1 = (int)(t2500_q_2 % d_T);
            const int t2500_0 = (int)(t2500_q_2 / d_T);
            const int t2502_2 = (int)(o_185 % 16);
            const float v18_114 = acc3_2.s8 + x14[(long)t2502_2];
            y30[(((long)t2500_0 * 2 + t2500_2) * 8 + t2500_3) * d_T + t2500_1] = v18_114;
          }
          if (1) {
            const long o_186 = om_10 * 16 + 9L;
            const int t2507_3 = (int)(o_186 % 8);
            const long t2507_q = o_186 / 8;
            const int t2507_2 = (int)(t2507_q % 2);
            const long t2507_q_2 = t2507_q / 2;
            const int t2507_1 = (int)(t2507_q_2 % d_T);
            const int t2507_0 = (int)(t2507_q_2 / d_T);
            const int t2509_2 = (int)(o_186 % 16);
            const float v18_115 = acc3_2.s9 + x14[(long)t2509_2];
            y28[(((long)t2507_0 * 2 + t2507_2) * d_T + t2507_1) * 8 + t2507_3] = v18_115;
            const int t2513_3 = (int)(o_186 % 8);
            const long t2513_q = o_186 / 8;
            const int t2513_2 = (int)(t2513_q % 2);
            const long t2513_q_2 = t2513_q / 2;
            const int t2513_1 = (int)(t2513_q_2 % d_T);
            const int t2513_0 = (int)(t2513_q_2 / d_T);
            const int t2515_2 = (int)(o_186 % 16);
            const float v18_116 = acc3_2.s9 + x14[(long)t2515_2];
            y30[(((long)t2513_0 * 2 + t2513_2) * 8 + t2513_3) * d_T + t2513_1] = v18_116;
          }
          if (1) {
            const long o_187 = om_10 * 16 + 10L;
            const int t2520_3 = (int)(o_187 % 8);
            const long t2520_q = o_187 / 8;
            const int t2520_2 = (int)(t2520_q % 2);
            const long t2520_q_2 = t2520_q / 2;
            const int t2520_1 = (int)(t2520_q_2 % d_T);
            const int t2520_0 = (int)(t2520_q_2 / d_T);
            const int t2522_2 = (int)(o_187 % 16);
            const float v18_117 = acc3_2.sa + x14[(long)t2522_2];
            y28[(((long)t2520_0 * 2 + t2520_2) * d_T + t2520_1) * 8 + t2520_3] = v18_117;
            const int t2526_3 = (int)(o_187 % 8);
            const long t2526_q = o_187 / 8;
            const int t2526_2 = (int)(t2526_q % 2);
            const long t2526_q_2 = t2526_q / 2;
            const int t2526_1 = (int)(t2526_q_2 % d_T);
            const int t2526_0 = (int)(t2526_q_2 / d_T);
            const int t2528_2 = (int)(o_187 % 16);
            const float v18_118 = acc3_2.sa + x14[(long)t2528_2];
            y30[(((long)t2526_0 * 2 + t2526_2) * 8 + t2526_3) * d_T + t2526_1] = v18_118;
          }
          if (1) {
            const long o_188 = om_10 * 16 + 11L;
            const int t2533_3 = (int)(o_188 % 8);
            const long t2533_q = o_188 / 8;
            const int t2533_2 = (int)(t2533_q % 2);
            const long t2533_q_2 = t2533_q / 2;
            const int t2533_1 = (int)(t2533_q_2 % d_T);
            const int t2533_0 = (int)(t2533_q_2 / d_T);
            const int t2535_2 = (int)(o_188 % 16);
            const float v18_119 = acc3_2.sb + x14[(long)t2535_2];
            y28[(((long)t2533_0 * 2 + t2533_2) * d_T + t2533_1) * 8 + t2533_3] = v18_119;
            const int t2539_3 = (int)(o_188 % 8);
            const long t2539_q = o_188 / 8;
            const int t2539_2 = (int)(t2539_q % 2);
            const long t2539_q_2 = t2539_q / 2;
            const int t2539_1 = (int)(t2539_q_2 % d_T);
            const int t2539_0 = (int)(t2539_q_2 / d_T);
            const int t2541_2 = (int)(o_188 % 16);
            const float v18_120 = acc3_2.sb + x14[(long)t2541_2];
            y30[(((long)t2539_0 * 2 + t2539_2) * 8 + t2539_3) * d_T + t2539_1] = v18_120;
          }
          if (1) {
            const long o_189 = om_10 * 16 + 12L;
            const int t2546_3 = (int)(o_189 % 8);
            const long t2546_q = o_189 / 8;
            const int t2546_2 = (int)(t2546_q % 2);
            const long t2546_q_2 = t2546_q / 2;
            const int t2546_1 = (int)(t2546_q_2 % d_T);
            const int t2546_0 = (int)(t2546_q_2 / d_T);
            const int t2548_2 = (int)(o_189 % 16);
            const float v18_121 = acc3_2.sc + x14[(long)t2548_2];
            y28[(((long)t2546_0 * 2 + t2546_2) * d_T + t2546_1) * 8 + t2546_3] = v18_121;
            const int t2552_3 = (int)(o_189 % 8);
            const long t2552_q = o_189 / 8;
            const int t2552_2 = (int)(t2552_q % 2);
            const long t2552_q_2 = t2552_q / 2;
            const int t2552_1 = (int)(t2552_q_2 % d_T);
            const int t2552_0 = (int)(t2552_q_2 / d_T);
            const int t2554_2 = (int)(o_189 % 16);
            const float v18_122 = acc3_2.sc + x14[(long)t2554_2];
            y30[(((long)t2552_0 * 2 + t2552_2) * 8 + t2552_3) * d_T + t2552_1] = v18_122;
          }
          if (1) {
            const long o_190 = om_10 * 16 + 13L;
            const int t2559_3 = (int)(o_190 % 8);
            const long t2559_q = o_190 / 8;
            const int t2559_2 = (int)(t2559_q % 2);
            const long t2559_q_2 = t2559_q / 2;
            const int t2559_1 = (int)(t2559_q_2 % d_T);
            const int t2559_0 = (int)(t2559_q_2 / d_T);
            const int t2561_2 = (int)(o_190 % 16);
            const float v18_123 = acc3_2.sd + x14[(long)t2561_2];
            y28[(((long)t2559_0 * 2 + t2559_2) * d_T + t2559_1) * 8 + t2559_3] = v18_123;
            const int t2565_3 = (int)(o_190 % 8);
            const long t2565_q = o_190 / 8;
            const int t2565_2 = (int)(t2565_q % 2);
            const long t2565_q_2 = t2565_q / 2;
            const int t2565_1 = (int)(t2565_q_2 % d_T);
            const int t2565_0 = (int)(t2565_q_2 / d_T);
            const int t2567_2 = (int)(o_190 % 16);
            const float v18_124 = acc3_2.sd + x14[(long)t2567_2];
            y30[(((long)t2565_0 * 2 + t2565_2) * 8 + t2565_3) * d_T + t2565_1] = v18_124;
          }
          if (1) {
            const long o_191 = om_10 * 16 + 14L;
            const int t2572_3 = (int)(o_191 % 8);
            const long t2572_q = o_191 / 8;
            const int t2572_2 = (int)(t2572_q % 2);
            const long t2572_q_2 = t2572_q / 2;
            const int t2572_1 = (int)(t2572_q_2 % d_T);
            const int t2572_0 = (int)(t2572_q_2 / d_T);
            const int t2574_2 = (int)(o_191 % 16);
            const float v18_125 = acc3_2.se + x14[(long)t2574_2];
            y28[(((long)t2572_0 * 2 + t2572_2) * d_T + t2572_1) * 8 + t2572_3] = v18_125;
            const int t2578_3 = (int)(o_191 % 8);
            const long t2578_q = o_191 / 8;
            const int t2578_2 = (int)(t2578_q % 2);
            const long t2578_q_2 = t2578_q / 2;
            const int t2578_1 = (int)(t2578_q_2 % d_T);
            const int t2578_0 = (int)(t2578_q_2 / d_T);
            const int t2580_2 = (int)(o_191 % 16);
            const float v18_126 = acc3_2.se + x14[(long)t2580_2];
            y30[(((long)t2578_0 * 2 + t2578_2) * 8 + t2578_3) * d_T + t2578_1] = v18_126;
          }
          if (1) {
            const long o_192 = om_10 * 16 + 15L;
            const int t2585_3 = (int)(o_192 % 8);
            const long t2585_q = o_192 / 8;
            const int t2585_2 = (int)(t2585_q % 2);
            const long t2585_q_2 = t2585_q / 2;
            const int t2585_1 = (int)(t2585_q_2 % d_T);
            const int t2585_0 = (int)(t2585_q_2 / d_T);
            const int t2587_2 = (int)(o_192 % 16);
            const float v18_127 = acc3_2.sf + x14[(long)t2587_2];
            y28[(((long)t2585_0 * 2 + t2585_2) * d_T + t2585_1) * 8 + t2585_3] = v18_127;
            const int t2591_3 = (int)(o_192 % 8);
            const long t2591_q = o_192 / 8;
            const int t2591_2 = (int)(t2591_q % 2);
            const long t2591_q_2 = t2591_q / 2;
            const int t2591_1 = (int)(t2591_q_2 % d_T);
            const int t2591_0 = (int)(t2591_q_2 / d_T);
            const int t2593_2 = (int)(o_192 % 16);
            const float v18_128 = acc3_2.sf + x14[(long)t2593_2];
            y30[(((long)t2591_0 * 2 + t2591_2) * 8 + t2591_3) * d_T + t2591_1] = v18_128;
          }
        }
        const long om_11 = m0_2 + 4;
        if (om_11 < M_2) {
          if (1) {
            const long o_193 = om_11 * 16;
            const int t2598_3 = (int)(o_193 % 8);
            const long t2598_q = o_193 / 8;
            const int t2598_2 = (int)(t2598_q % 2);
            const long t2598_q_2 = t2598_q / 2;
            const int t2598_1 = (int)(t2598_q_2 % d_T);
            const int t2598_0 = (int)(t2598_q_2 / d_T);
            const int t2600_2 = (int)(o_193 % 16);
            const float v18_129 = acc4_2.s0 + x14[(long)t2600_2];
            y28[(((long)t2598_0 * 2 + t2598_2) * d_T + t2598_1) * 8 + t2598_3] = v18_129;
            const int t2604_3 = (int)(o_193 % 8);
            const long t2604_q = o_193 / 8;
            const int t2604_2 = (int)(t2604_q % 2);
            const long t2604_q_2 = t2604_q / 2;
            const int t2604_1 = (int)(t2604_q_2 % d_T);
            const int t2604_0 = (int)(t2604_q_2 / d_T);
            const int t2606_2 = (int)(o_193 % 16);
            const float v18_130 = acc4_2.s0 + x14[(long)t2606_2];
            y30[(((long)t2604_0 * 2 + t2604_2) * 8 + t2604_3) * d_T + t2604_1] = v18_130;
          }
          if (1) {
            const long o_194 = om_11 * 16 + 1L;
            const int t2611_3 = (int)(o_194 % 8);
            const long t2611_q = o_194 / 8;
            const int t2611_2 = (int)(t2611_q % 2);
            const long t2611_q_2 = t2611_q / 2;
            const int t2611_1 = (int)(t2611_q_2 % d_T);
            const int t2611_0 = (int)(t2611_q_2 / d_T);
            const int t2613_2 = (int)(o_194 % 16);
            const float v18_131 = acc4_2.s1 + x14[(long)t2613_2];
            y28[(((long)t2611_0 * 2 + t2611_2) * d_T + t2611_1) * 8 + t2611_3] = v18_131;
            const int t2617_3 = (int)(o_194 % 8);
            const long t2617_q = o_194 / 8;
            const int t2617_2 = (int)(t2617_q % 2);
            const long t2617_q_2 = t2617_q / 2;
            const int t2617_1 = (int)(t2617_q_2 % d_T);
            const int t2617_0 = (int)(t2617_q_2 / d_T);
            const int t2619_2 = (int)(o_194 % 16);
            const float v18_132 = acc4_2.s1 + x14[(long)t2619_2];
            y30[(((long)t2617_0 * 2 + t2617_2) * 8 + t2617_3) * d_T + t2617_1] = v18_132;
          }
          if (1) {
            const long o_195 = om_11 * 16 + 2L;
            const int t2624_3 = (int)(o_195 % 8);
            const long t2624_q = o_195 / 8;
            const int t2624_2 = (int)(t2624_q % 2);
            const long t2624_q_2 = t2624_q / 2;
            const int t2624_1 = (int)(t2624_q_2 % d_T);
            const int t2624_0 = (int)(t2624_q_2 / d_T);
            const int t2626_2 = (int)(o_195 % 16);
            const float v18_133 = acc4_2.s2 + x14[(long)t2626_2];
            y28[(((long)t2624_0 * 2 + t2624_2) * d_T + t2624_1) * 8 + t2624_3] = v18_133;
            const int t2630_3 = (int)(o_195 % 8);
            const long t2630_q = o_195 / 8;
            const int t2630_2 = (int)(t2630_q % 2);
            const long t2630_q_2 = t2630_q / 2;
            const int t2630_1 = (int)(t2630_q_2 % d_T);
            const int t2630_0 = (int)(t2630_q_2 / d_T);
            const int t2632_2 = (int)(o_195 % 16);
            const float v18_134 = acc4_2.s2 + x14[(long)t2632_2];
            y30[(((long)t2630_0 * 2 + t2630_2) * 8 + t2630_3) * d_T + t2630_1] = v18_134;
          }
          if (1) {
            const long o_196 = om_11 * 16 + 3L;
            const int t2637_3 = (int)(o_196 % 8);
            const long t2637_q = o_196 / 8;
            const int t2637_2 = (int)(t2637_q % 2);
            const long t2637_q_2 = t2637_q / 2;
            const int t2637_1 = (int)(t2637_q_2 % d_T);
            const int t2637_0 = (int)(t2637_q_2 / d_T);
            const int t2639_2 = (int)(o_196 % 16);
            const float v18_135 = acc4_2.s3 + x14[(long)t2639_2];
            y28[(((long)t2637_0 * 2 + t2637_2) * d_T + t2637_1) * 8 + t2637_3] = v18_135;
            const int t2643_3 = (int)(o_196 % 8);
            const long t2643_q = o_196 / 8;
            const int t2643_2 = (int)(t2643_q % 2);
            const long t2643_q_2 = t2643_q / 2;
            const int t2643_1 = (int)(t2643_q_2 % d_T);
            const int t2643_0 = (int)(t2643_q_2 / d_T);
            const int t2645_2 = (int)(o_196 % 16);
            const float v18_136 = acc4_2.s3 + x14[(long)t2645_2];
            y30[(((long)t2643_0 * 2 + t2643_2) * 8 + t2643_3) * d_T + t2643_1] = v18_136;
          }
          if (1) {
            const long o_197 = om_11 * 16 + 4L;
            const int t2650_3 = (int)(o_197 % 8);
            const long t2650_q = o_197 / 8;
            const int t2650_2 = (int)(t2650_q % 2);
            const long t2650_q_2 = t2650_q / 2;
            const int t2650_1 = (int)(t2650_q_2 % d_T);
            const int t2650_0 = (int)(t2650_q_2 / d_T);
            const int t2652_2 = (int)(o_197 % 16);
            const float v18_137 = acc4_2.s4 + x14[(long)t2652_2];
            y28[(((long)t2650_0 * 2 + t2650_2) * d_T + t2650_1) * 8 + t2650_3] = v18_137;
            const int t2656_3 = (int)(o_197 % 8);
            const long t2656_q = o_197 / 8;
            const int t2656_2 = (int)(t2656_q % 2);
            const long t2656_q_2 = t2656_q / 2;
            const int t2656_1 = (int)(t2656_q_2 % d_T);
            const int t2656_0 = (int)(t2656_q_2 / d_T);
            const int t2658_2 = (int)(o_197 % 16);
            const float v18_138 = acc4_2.s4 + x14[(long)t2658_2];
            y30[(((long)t2656_0 * 2 + t2656_2) * 8 + t2656_3) * d_T + t2656_1] = v18_138;
          }
          if (1) {
            const long o_198 = om_11 * 16 + 5L;
            const int t2663_3 = (int)(o_198 % 8);
            const long t2663_q = o_198 / 8;
            const int t2663_2 = (int)(t2663_q % 2);
            const long t2663_q_2 = t2663_q / 2;
            const int t2663_1 = (int)(t2663_q_2 % d_T);
            const int t2663_0 = (int)(t2663_q_2 / d_T);
            const int t2665_2 = (int)(o_198 % 16);
            const float v18_139 = acc4_2.s5 + x14[(long)t2665_2];
            y28[(((long)t2663_0 * 2 + t2663_2) * d_T + t2663_1) * 8 + t2663_3] = v18_139;
            const int t2669_3 = (int)(o_198 % 8);
            const long t2669_q = o_198 / 8;
            const int t2669_2 = (int)(t2669_q % 2);
            const long t2669_q_2 = t2669_q / 2;
            const int t2669_1 = (int)(t2669_q_2 % d_T);
            const int t2669_0 = (int)(t2669_q_2 / d_T);
            const int t2671_2 = (int)(o_198 % 16);
            const float v18_140 = acc4_2.s5 + x14[(long)t2671_2];
            y30[(((long)t2669_0 * 2 + t2669_2) * 8 + t2669_3) * d_T + t2669_1] = v18_140;
          }
          if (1) {
            const long o_199 = om_11 * 16 + 6L;
            const int t2676_3 = (int)(o_199 % 8);
            const long t2676_q = o_199 / 8;
            const int t2676_2 = (int)(t2676_q % 2);
            const long t2676_q_2 = t2676_q / 2;
            const int t2676_1 = (int)(t2676_q_2 % d_T);
            const int t2676_0 = (int)(t2676_q_2 / d_T);
            const int t2678_2 = (int)(o_199 % 16);
            const float v18_141 = acc4_2.s6 + x14[(long)t2678_2];
            y28[(((long)t2676_0 * 2 + t2676_2) * d_T + t2676_1) * 8 + t2676_3] = v18_141;
            const int t2682_3 = (int)(o_199 % 8);
            const long t2682_q = o_199 / 8;
            const int t2682_2 = (int)(t2682_q % 2);
            const long t2682_q_2 = t2682_q / 2;
            const int t2682_1 = (int)(t2682_q_2 % d_T);
            const int t2682_0 = (int)(t2682_q_2 / d_T);
            const int t2684_2 = (int)(o_199 % 16);
            const float v18_142 = acc4_2.s6 + x14[(long)t2684_2];
            y30[(((long)t2682_0 * 2 + t2682_2) * 8 + t2682_3) * d_T + t2682_1] = v18_142;
          }
          if (1) {
            const long o_200 = om_11 * 16 + 7L;
            const int t2689_3 = (int)(o_200 % 8);
            const long t2689_q = o_200 / 8;
            const int t2689_2 = (int)(t2689_q % 2);
            const long t2689_q_2 = t2689_q / 2;
            const int t2689_1 = (int)(t2689_q_2 % d_T);
            const int t2689_0 = (int)(t2689_q_2 / d_T);
            const int t2691_2 = (int)(o_200 % 16);
            const float v18_143 = acc4_2.s7 + x14[(long)t2691_2];
            y28[(((long)t2689_0 * 2 + t2689_2) * d_T + t2689_1) * 8 + t2689_3] = v18_143;
            const int t2695_3 = (int)(o_200 % 8);
            const long t2695_q = o_200 / 8;
            const int t2695_2 = (int)(t2695_q % 2);
            const long t2695_q_2 = t2695_q / 2;
            const int t2695_1 = (int)(t2695_q_2 % d_T);
            const int t2695_0 = (int)(t2695_q_2 / d_T);
            const int t2697_2 = (int)(o_200 % 16);
            const float v18_144 = acc4_2.s7 + x14[(long)t2697_2];
            y30[(((long)t2695_0 * 2 + t2695_2) * 8 + t2695_3) * d_T + t2695_1] = v18_144;
          }
          if (1) {
            const long o_201 = om_11 * 16 + 8L;
            const int t2702_3 = (int)(o_201 % 8);
            const long t2702_q = o_201 / 8;
            const int t2702_2 = (int)(t2702_q % 2);
            const long t2702_q_2 = t2702_q / 2;
            const int t2702_1 = (int)(t2702_q_2 % d_T);
            const int t2702_0 = (int)(t2702_q_2 / d_T);
            const int t2704_2 = (int)(o_201 % 16);
            const float v18_145 = acc4_2.s8 + x14[(long)t2704_2];
            y28[(((long)t2702_0 * 2 + t2702_2) * d_T + t2702_1) * 8 + t2702_3] = v18_145;
            const int t2708_3 = (int)(o_201 % 8);
            const long t2708_q = o_201 / 8;
            const int t2708_2 = (int)(t2708_q % 2);
            const long t2708_q_2 = t2708_q / 2;
            const int t2708_1 = (int)(t2708_q_2 % d_T);
            const int t2708_0 = (int)(t2708_q_2 / d_T);
            const int t2710_2 = (int)(o_201 % 16);
            const float v18_146 = acc4_2.s8 + x14[(long)t2710_2];
            y30[(((long)t2708_0 * 2 + t2708_2) * 8 + t2708_3) * d_T + t2708_1] = v18_146;
          }
          if (1) {
            const long o_202 = om_11 * 16 + 9L;
            const int t2715_3 = (int)(o_202 % 8);
            const long t2715_q = o_202 / 8;
            const int t2715_2 = (int)(t2715_q % 2);
            const long t2715_q_2 = t2715_q / 2;
            const int t2715_1 = (int)(t2715_q_2 % d_T);
            const int t2715_0 = (int)(t2715_q_2 / d_T);
            const int t2717_2 = (int)(o_202 % 16);
            const float v18_147 = acc4_2.s9 + x14[(long)t2717_2];
            y28[(((long)t2715_0 * 2 + t2715_2) * d_T + t2715_1) * 8 + t2715_3] = v18_147;
            const int t2721_3 = (int)(o_202 % 8);
            const long t2721_q = o_202 / 8;
            const int t2721_2 = (int)(t2721_q % 2);
            const long t2721_q_2 = t2721_q / 2;
            const int t2721_1 = (int)(t2721_q_2 % d_T);
            const int t2721_0 = (int)(t2721_q_2 / d_T);
            const int t2723_2 = (int)(o_202 % 16);
            const float v18_148 = acc4_2.s9 + x14[(long)t2723_2];
            y30[(((long)t2721_0 * 2 + t2721_2) * 8 + t2721_3) * d_T + t2721_1] = v18_148;
          }
          if (1) {
            const long o_203 = om_11 * 16 + 10L;
            const int t2728_3 = (int)(o_203 % 8);
            const long t2728_q = o_203 / 8;
            const int t2728_2 = (int)(t2728_q % 2);
            const long t2728_q_2 = t2728_q / 2;
            const int t2728_1 = (int)(t2728_q_2 % d_T);
            const int t2728_0 = (int)(t2728_q_2 / d_T);
            const int t2730_2 = (int)(o_203 % 16);
            const float v18_149 = acc4_2.sa + x14[(long)t2730_2];
            y28[(((long)t2728_0 * 2 + t2728_2) * d_T + t2728_1) * 8 + t2728_3] = v18_149;
            const int t2734_3 = (int)(o_203 % 8);
            const long t2734_q = o_203 / 8;
            const int t2734_2 = (int)(t2734_q % 2);
            const long t2734_q_2 = t2734_q / 2;
            const int t2734_1 = (int)(t2734_q_2 % d_T);
            const int t2734_0 = (int)(t2734_q_2 / d_T);
            const int t2736_2 = (int)(o_203 % 16);
            const float v18_150 = acc4_2.sa + x14[(long)t2736_2];
            y30[(((long)t2734_0 * 2 + t2734_2) * 8 + t2734_3) * d_T + t2734_1] = v18_150;
          }
          if (1) {
            const long o_204 = om_11 * 16 + 11L;
            const int t2741_3 = (int)(o_204 % 8);
            const long t2741_q = o_204 / 8;
            const int t2741_2 = (int)(t2741_q % 2);
            const long t2741_q_2 = t2741_q / 2;
            const int t2741_1 = (int)(t2741_q_2 % d_T);
            const int t2741_0 = (int)(t2741_q_2 / d_T);
            const int t2743_2 = (int)(o_204 % 16);
            const float v18_151 = acc4_2.sb + x14[(long)t2743_2];
            y28[(((long)t2741_0 * 2 + t2741_2) * d_T + t2741_1) * 8 + t2741_3] = v18_151;
            const int t2747_3 = (int)(o_204 % 8);
            const long t2747_q = o_204 / 8;
            const int t2747_2 = (int)(t2747_q % 2);
            const long t2747_q_2 = t2747_q / 2;
            const int t2747_1 = (int)(t2747_q_2 % d_T);
            const int t2747_0 = (int)(t2747_q_2 / d_T);
            const int t2749_2 = (int)(o_204 % 16);
            const float v18_152 = acc4_2.sb + x14[(long)t2749_2];
            y30[(((long)t2747_0 * 2 + t2747_2) * 8 + t2747_3) * d_T + t2747_1] = v18_152;
          }
          if (1) {
            const long o_205 = om_11 * 16 + 12L;
            const int t2754_3 = (int)(o_205 % 8);
            const long t2754_q = o_205 / 8;
            const int t2754_2 = (int)(t2754_q % 2);
            const long t2754_q_2 = t2754_q / 2;
            const int t2754_1 = (int)(t2754_q_2 % d_T);
            const int t2754_0 = (int)(t2754_q_2 / d_T);
            const int t2756_2 = (int)(o_205 % 16);
            const float v18_153 = acc4_2.sc + x14[(long)t2756_2];
            y28[(((long)t2754_0 * 2 + t2754_2) * d_T + t2754_1) * 8 + t2754_3] = v18_153;
            const int t2760_3 = (int)(o_205 % 8);
            const long t2760_q = o_205 / 8;
            const int t2760_2 = (int)(t2760_q % 2);
            const long t2760_q_2 = t2760_q / 2;
            const int t2760_1 = (int)(t2760_q_2 % d_T);
            const int t2760_0 = (int)(t2760_q_2 / d_T);
            const int t2762_2 = (int)(o_205 % 16);
            const float v18_154 = acc4_2.sc + x14[(long)t2762_2];
            y30[(((long)t2760_0 * 2 + t2760_2) * 8 + t2760_3) * d_T + t2760_1] = v18_154;
          }
          if (1) {
            const long o_206 = om_11 * 16 + 13L;
            const int t2767_3 = (int)(o_206 % 8);
            const long t2767_q = o_206 / 8;
            const int t2767_2 = (int)(t2767_q % 2);
            const long t2767_q_2 = t2767_q / 2;
            const int t2767_1 = (int)(t2767_q_2 % d_T);
            const int t2767_0 = (int)(t2767_q_2 / d_T);
            const int t2769_2 = (int)(o_206 % 16);
            const float v18_155 = acc4_2.sd + x14[(long)t2769_2];
            y28[(((long)t2767_0 * 2 + t2767_2) * d_T + t2767_1) * 8 + t2767_3] = v18_155;
            const int t2773_3 = (int)(o_206 % 8);
            const long t2773_q = o_206 / 8;
            const int t2773_2 = (int)(t2773_q % 2);
            const long t2773_q_2 = t2773_q / 2;
            const int t2773_1 = (int)(t2773_q_2 % d_T);
            const int t2773_0 = (int)(t2773_q_2 / d_T);
            const int t2775_2 = (int)(o_206 % 16);
            const float v18_156 = acc4_2.sd + x14[(long)t2775_2];
            y30[(((long)t2773_0 * 2 + t2773_2) * 8 + t2773_3) * d_T + t2773_1] = v18_156;
          }
          if (1) {
            const long o_207 = om_11 * 16 + 14L;
            const int t2780_3 = (int)(o_207 % 8);
            const long t2780_q = o_207 / 8;
            const int t2780_2 = (int)(t2780_q % 2);
            const long t2780_q_2 = t2780_q / 2;
            const int t2780_1 = (int)(t2780_q_2 % d_T);
            const int t2780_0 = (int)(t2780_q_2 / d_T);
            const int t2782_2 = (int)(o_207 % 16);
            const float v18_157 = acc4_2.se + x14[(long)t2782_2];
            y28[(((long)t2780_0 * 2 + t2780_2) * d_T + t2780_1) * 8 + t2780_3] = v18_157;
            const int t2786_3 = (int)(o_207 % 8);
            const long t2786_q = o_207 / 8;
            const int t2786_2 = (int)(t2786_q % 2);
            const long t2786_q_2 = t2786_q / 2;
            const int t2786_1 = (int)(t2786_q_2 % d_T);
            const int t2786_0 = (int)(t2786_q_2 / d_T);
            const int t2788_2 = (int)(o_207 % 16);
            const float v18_158 = acc4_2.se + x14[(long)t2788_2];
            y30[(((long)t2786_0 * 2 + t2786_2) * 8 + t2786_3) * d_T + t2786_1] = v18_158;
          }
          if (1) {
            const long o_208 = om_11 * 16 + 15L;
            const int t2793_3 = (int)(o_208 % 8);
            const long t2793_q = o_208 / 8;
            const int t2793_2 = (int)(t2793_q % 2);
            const long t2793_q_2 = t2793_q / 2;
            const int t2793_1 = (int)(t2793_q_2 % d_T);
            const int t2793_0 = (int)(t2793_q_2 / d_T);
            const int t2795_2 = (int)(o_208 % 16);
            const float v18_159 = acc4_2.sf + x14[(long)t2795_2];
            y28[(((long)t2793_0 * 2 + t2793_2) * d_T + t2793_1) * 8 + t2793_3] = v18_159;
            const int t2799_3 = (int)(o_208 % 8);
            const long t2799_q = o_208 / 8;
            const int t2799_2 = (int)(t2799_q % 2);
            const long t2799_q_2 = t2799_q / 2;
            const int t2799_1 = (int)(t2799_q_2 % d_T);
            const int t2799_0 = (int)(t2799_q_2 / d_T);
            const int t2801_2 = (int)(o_208 % 16);
            const float v18_160 = acc4_2.sf + x14[(long)t2801_2];
            y30[(((long)t2799_0 * 2 + t2799_2) * 8 + t2799_3) * d_T + t2799_1] = v18_160;
          }
        }
        const long om_12 = m0_2 + 5;
        if (om_12 < M_2) {
          if (1) {
            const long o_209 = om_12 * 16;
            const int t2806_3 = (int)(o_209 % 8);
            const long t2806_q = o_209 / 8;
            const int t2806_2 = (int)(t2806_q % 2);
            const long t2806_q_2 = t2806_q / 2;
            const int t2806_1 = (int)(t2806_q_2 % d_T);
            const int t2806_0 = (int)(t2806_q_2 / d_T);
            const int t2808_2 = (int)(o_209 % 16);
            const float v18_161 = acc5_2.s0 + x14[(long)t2808_2];
            y28[(((long)t2806_0 * 2 + t2806_2) * d_T + t2806_1) * 8 + t2806_3] = v18_161;
            const int t2812_3 = (int)(o_209 % 8);
            const long t2812_q = o_209 / 8;
            const int t2812_2 = (int)(t2812_q % 2);
            const long t2812_q_2 = t2812_q / 2;
            const int t2812_1 = (int)(t2812_q_2 % d_T);
            const int t2812_0 = (int)(t2812_q_2 / d_T);
            const int t2814_2 = (int)(o_209 % 16);
            const float v18_162 = acc5_2.s0 + x14[(long)t2814_2];
            y30[(((long)t2812_0 * 2 + t2812_2) * 8 + t2812_3) * d_T + t2812_1] = v18_162;
          }
          if (1) {
            const long o_210 = om_12 * 16 + 1L;
            const int t2819_3 = (int)(o_210 % 8);
            const long t2819_q = o_210 / 8;
            const int t2819_2 = (int)(t2819_q % 2);
            const long t2819_q_2 = t2819_q / 2;
            const int t2819_1 = (int)(t2819_q_2 % d_T);
            const int t2819_0 = (int)(t2819_q_2 / d_T);
            const int t2821_2 = (int)(o_210 % 16);
            const float v18_163 = acc5_2.s1 + x14[(long)t2821_2];
            y28[(((long)t2819_0 * 2 + t2819_2) * d_T + t2819_1) * 8 + t2819_3] = v18_163;
            const int t2825_3 = (int)(o_210 % 8);
            const long t2825_q = o_210 / 8;
            const int t2825_2 = (int)(t2825_q % 2);
            const long t2825_q_2 = t2825_q / 2;
            const int t2825_1 = (int)(t2825_q_2 % d_T);
            const int t2825_0 = (int)(t2825_q_2 / d_T);
            const int t2827_2 = (int)(o_210 % 16);
            const float v18_164 = acc5_2.s1 + x14[(long)t2827_2];
            y30[(((long)t2825_0 * 2 + t2825_2) * 8 + t2825_3) * d_T + t2825_1] = v18_164;
          }
          if (1) {
            const long o_211 = om_12 * 16 + 2L;
            const int t2832_3 = (int)(o_211 % 8);
            const long t2832_q = o_211 / 8;
            const int t2832_2 = (int)(t2832_q % 2);
            const long t2832_q_2 = t2832_q / 2;
            const int t2832_1 = (int)(t2832_q_2 % d_T);
            const int t2832_0 = (int)(t2832_q_2 / d_T);
            const int t2834_2 = (int)(o_211 % 16);
            const float v18_165 = acc5_2.s2 + x14[(long)t2834_2];
            y28[(((long)t2832_0 * 2 + t2832_2) * d_T + t2832_1) * 8 + t2832_3] = v18_165;
            const int t2838_3 = (int)(o_211 % 8);
            const long t2838_q = o_211 / 8;
            const int t2838_2 = (int)(t2838_q % 2);
            const long t2838_q_2 = t2838_q / 2;
            const int t2838_1 = (int)(t2838_q_2 % d_T);
            const int t2838_0 = (int)(t2838_q_2 / d_T);
            const int t2840_2 = (int)(o_211 % 16);
            const float v18_166 = acc5_2.s2 + x14[(long)t2840_2];
            y30[(((long)t2838_0 * 2 + t2838_2) * 8 + t2838_3) * d_T + t2838_1] = v18_166;
          }
          if (1) {
            const long o_212 = om_12 * 16 + 3L;
            const int t2845_3 = (int)(o_212 % 8);
            const long t2845_q = o_212 / 8;
            const int t2845_2 = (int)(t2845_q % 2);
            const long t2845_q_2 = t2845_q / 2;
            const int t2845_1 = (int)(t2845_q_2 % d_T);
            const int t2845_0 = (int)(t2845_q_2 / d_T);
            const int t2847_2 = (int)(o_212 % 16);
            const float v18_167 = acc5_2.s3 + x14[(long)t2847_2];
            y28[(((long)t2845_0 * 2 + t2845_2) * d_T + t2845_1) * 8 + t2845_3] = v18_167;
            const int t2851_3 = (int)(o_212 % 8);
            const long t2851_q = o_212 / 8;
            const int t2851_2 = (int)(t2851_q % 2);
            const long t2851_q_2 = t2851_q / 2;
            const int t2851_1 = (int)(t2851_q_2 % d_T);
            const int t2851_0 = (int)(t2851_q_2 / d_T);
            const int t2853_2 = (int)(o_212 % 16);
            const float v18_168 = acc5_2.s3 + x14[(long)t2853_2];
            y30[(((long)t2851_0 * 2 + t2851_2) * 8 + t2851_3) * d_T + t2851_1] = v18_168;
          }
          if (1) {
            const long o_213 = om_12 * 16 + 4L;
            const int t2858_3 = (int)(o_213 % 8);
            const long t2858_q = o_213 / 8;
            const int t2858_2 = (int)(t2858_q % 2);
            const long t2858_q_2 = t2858_q / 2;
            const int t2858_1 = (int)(t2858_q_2 % d_T);
            const int t2858_0 = (int)(t2858_q_2 / d_T);
            const int t2860_2 = (int)(o_213 % 16);
            const float v18_169 = acc5_2.s4 + x14[(long)t2860_2];
            y28[(((long)t2858_0 * 2 + t2858_2) * d_T + t2858_1) * 8 + t2858_3] = v18_169;
            const int t2864_3 = (int)(o_213 % 8);
            const long t2864_q = o_213 / 8;
            const int t2864_2 = (int)(t2864_q % 2);
            const long t2864_q_2 = t2864_q / 2;
            const int t2864_1 = (int)(t2864_q_2 % d_T);
            const int t2864_0 = (int)(t2864_q_2 / d_T);
            const int t2866_2 = (int)(o_213 % 16);
            const float v18_170 = acc5_2.s4 + x14[(long)t2866_2];
            y30[(((long)t2864_0 * 2 + t2864_2) * 8 + t2864_3) * d_T + t2864_1] = v18_170;
          }
          if (1) {
            const long o_214 = om_12 * 16 + 5L;
            const int t2871_3 = (int)(o_214 % 8);
            const long t2871_q = o_214 / 8;
            const int t2871_2 = (int)(t2871_q % 2);
            const long t2871_q_2 = t2871_q / 2;
            const int t2871_1 = (int)(t2871_q_2 % d_T);
            const int t2871_0 = (int)(t2871_q_2 / d_T);
            const int t2873_2 = (int)(o_214 % 16);
            const float v18_171 = acc5_2.s5 + x14[(long)t2873_2];
            y28[(((long)t2871_0 * 2 + t2871_2) * d_T + t2871_1) * 8 + t2871_3] = v18_171;
            const int t2877_3 = (int)(o_214 % 8);
            const long t2877_q = o_214 / 8;
            const int t2877_2 = (int)(t2877_q % 2);
            const long t2877_q_2 = t2877_q / 2;
            const int t2877_1 = (int)(t2877_q_2 % d_T);
            const int t2877_0 = (int)(t2877_q_2 / d_T);
            const int t2879_2 = (int)(o_214 % 16);
            const float v18_172 = acc5_2.s5 + x14[(long)t2879_2];
            y30[(((long)t2877_0 * 2 + t2877_2) * 8 + t2877_3) * d_T + t2877_1] = v18_172;
          }
          if (1) {
            const long o_215 = om_12 * 16 + 6L;
            const int t2884_3 = (int)(o_215 % 8);
            const long t2884_q = o_215 / 8;
            const int t2884_2 = (int)(t2884_q % 2);
            const long t2884_q_2 = t2884_q / 2;
            const int t2884_1 = (int)(t2884_q_2 % d_T);
            const int t2884_0 = (int)(t2884_q_2 / d_T);
            const int t2886_2 = (int)(o_215 % 16);
            const float v18_173 = acc5_2.s6 + x14[(long)t2886_2];
            y28[(((long)t2884_0 * 2 + t2884_2) * d_T + t2884_1) * 8 + t2884_3] = v18_173;
            const int t2890_3 = (int)(o_215 % 8);
            const long t2890_q = o_215 / 8;
            const int t2890_2 = (int)(t2890_q % 2);
            const long t2890_q_2 = t2890_q / 2;
            const int t2890_1 = (int)(t2890_q_2 % d_T);
            const int t2890_0 = (int)(t2890_q_2 / d_T);
            const int t2892_2 = (int)(o_215 % 16);
            const float v18_174 = acc5_2.s6 + x14[(long)t2892_2];
            y30[(((long)t2890_0 * 2 + t2890_2) * 8 + t2890_3) * d_T + t2890_1] = v18_174;
          }
          if (1) {
            const long o_216 = om_12 * 16 + 7L;
            const int t2897_3 = (int)(o_216 % 8);
            const long t2897_q = o_216 / 8;
            const int t2897_2 = (int)(t2897_q % 2);
            const long t2897_q_2 = t2897_q / 2;
            const int t2897_1 = (int)(t2897_q_2 % d_T);
            const int t2897_0 = (int)(t2897_q_2 / d_T);
            const int t2899_2 = (int)(o_216 % 16);
            const float v18_175 = acc5_2.s7 + x14[(long)t2899_2];
            y28[(((long)t2897_0 * 2 + t2897_2) * d_T + t2897_1) * 8 + t2897_3] = v18_175;
            const int t2903_3 = (int)(o_216 % 8);
            const long t2903_q = o_216 / 8;
            const int t2903_2 = (int)(t2903_q % 2);
            const long t2903_q_2 = t2903_q / 2;
            const int t2903_1 = (int)(t2903_q_2 % d_T);
            const int t2903_0 = (int)(t2903_q_2 / d_T);
            const int t2905_2 = (int)(o_216 % 16);
            const float v18_176 = acc5_2.s7 + x14[(long)t2905_2];
            y30[(((long)t2903_0 * 2 + t2903_2) * 8 + t2903_3) * d_T + t2903_1] = v18_176;
          }
          if (1) {
            const long o_217 = om_12 * 16 + 8L;
            const int t2910_3 = (int)(o_217 % 8);
            const long t2910_q = o_217 / 8;
            const int t2910_2 = (int)(t2910_q % 2);
            const long t2910_q_2 = t2910_q / 2;
            const int t2910_1 = (int)(t2910_q_2 % d_T);
            const int t2910_0 = (int)(t2910_q_2 / d_T);
            const int t2912_2 = (int)(o_217 % 16);
            const float v18_177 = acc5_2.s8 + x14[(long)t2912_2];
            y28[(((long)t2910_0 * 2 + t2910_2) * d_T + t2910_1) * 8 + t2910_3] = v18_177;
            const int t2916_3 = (int)(o_217 % 8);
            const long t2916_q = o_217 / 8;
            const int t2916_2 = (int)(t2916_q % 2);
            const long t2916_q_2 = t2916_q / 2;
            const int t2916_1 = (int)(t2916_q_2 % d_T);
            const int t2916_0 = (int)(t2916_q_2 / d_T);
            const int t2918_2 = (int)(o_217 % 16);
            const float v18_178 = acc5_2.s8 + x14[(long)t2918_2];
            y30[(((long)t2916_0 * 2 + t2916_2) * 8 + t2916_3) * d_T + t2916_1] = v18_178;
          }
          if (1) {
            const long o_218 = om_12 * 16 + 9L;
            const int t2923_3 = (int)(o_218 % 8);
            const long t2923_q = o_218 / 8;
            const int t2923_2 = (int)(t2923_q % 2);
            const long t2923_q_2 = t2923_q / 2;
            const int t2923_1 = (int)(t2923_q_2 % d_T);
            const int t2923_0 = (int)(t2923_q_2 / d_T);
            const int t2925_2 = (int)(o_218 % 16);
            const float v18_179 = acc5_2.s9 + x14[(long)t2925_2];
            y28[(((long)t2923_0 * 2 + t2923_2) * d_T + t2923_1) * 8 + t2923_3] = v18_179;
            const int t2929_3 = (int)(o_218 % 8);
            const long t2929_q = o_218 / 8;
            const int t2929_2 = (int)(t2929_q % 2);
            const long t2929_q_2 = t2929_q / 2;
            const int t2929_1 = (int)(t2929_q_2 % d_T);
            const int t2929_0 = (int)(t2929_q_2 / d_T);
            const int t2931_2 = (int)(o_218 % 16);
            const float v18_180 = acc5_2.s9 + x14[(long)t2931_2];
            y30[(((long)t2929_0 * 2 + t2929_2) * 8 + t2929_3) * d_T + t2929_1] = v18_180;
          }
          if (1) {
            const long o_219 = om_12 * 16 + 10L;
            const int t2936_3 = (int)(o_219 % 8);
            const long t2936_q = o_219 / 8;
            const int t2936_2 = (int)(t2936_q % 2);
            const long t2936_q_2 = t2936_q / 2;
            const int t2936_1 = (int)(t2936_q_2 % d_T);
            const int t2936_0 = (int)(t2936_q_2 / d_T);
            const int t2938_2 = (int)(o_219 % 16);
            const float v18_181 = acc5_2.sa + x14[(long)t2938_2];
            y28[(((long)t2936_0 * 2 + t2936_2) * d_T + t2936_1) * 8 + t2936_3] = v18_181;
            const int t2942_3 = (int)(o_219 % 8);
            const long t2942_q = o_219 / 8;
            const int t2942_2 = (int)(t2942_q % 2);
            const long t2942_q_2 = t2942_q / 2;
            const int t2942_1 = (int)(t2942_q_2 % d_T);
            const int t2942_0 = (int)(t2942_q_2 / d_T);
            const int t2944_2 = (int)(o_219 % 16);
            const float v18_182 = acc5_2.sa + x14[(long)t2944_2];
            y30[(((long)t2942_0 * 2 + t2942_2) * 8 + t2942_3) * d_T + t2942_1] = v18_182;
          }
          if (1) {
            const long o_220 = om_12 * 16 + 11L;
            const int t2949_3 = (int)(o_220 % 8);
            const long t2949_q = o_220 / 8;
            const int t2949_2 = (int)(t2949_q % 2);
            const long t2949_q_2 = t2949_q / 2;
            const int t2949_1 = (int)(t2949_q_2 % d_T);
            const int t2949_0 = (int)(t2949_q_2 / d_T);
            const int t2951_2 = (int)(o_220 % 16);
            const float v18_183 = acc5_2.sb + x14[(long)t2951_2];
            y28[(((long)t2949_0 * 2 + t2949_2) * d_T + t2949_1) * 8 + t2949_3] = v18_183;
            const int t2955_3 = (int)(o_220 % 8);
            const long t2955_q = o_220 / 8;
            const int t2955_2 = (int)(t2955_q % 2);
            const long t2955_q_2 = t2955_q / 2;
            const int t2955_1 = (int)(t2955_q_2 % d_T);
            const int t2955_0 = (int)(t2955_q_2 / d_T);
            const int t2957_2 = (int)(o_220 % 16);
            const float v18_184 = acc5_2.sb + x14[(long)t2957_2];
            y30[(((long)t2955_0 * 2 + t2955_2) * 8 + t2955_3) * d_T + t2955_1] = v18_184;
          }
          if (1) {
            const long o_221 = om_12 * 16 + 12L;
            const int t2962_3 = (int)(o_221 % 8);
            const long t2962_q = o_221 / 8;
            const int t2962_2 = (int)(t2962_q % 2);
            const long t2962_q_2 = t2962_q / 2;
            const int t2962_1 = (int)(t2962_q_2 % d_T);
            const int t2962_0 = (int)(t2962_q_2 / d_T);
            const int t2964_2 = (int)(o_221 % 16);
            const float v18_185 = acc5_2.sc + x14[(long)t2964_2];
            y28[(((long)t2962_0 * 2 + t2962_2) * d_T + t2962_1) * 8 + t2962_3] = v18_185;
            const int t2968_3 = (int)(o_221 % 8);
            const long t2968_q = o_221 / 8;
            const int t2968_2 = (int)(t2968_q % 2);
            const long t2968_q_2 = t2968_q / 2;
            const int t2968_1 = (int)(t2968_q_2 % d_T);
            const int t2968_0 = (int)(t2968_q_2 / d_T);
            const int t2970_2 = (int)(o_221 % 16);
            const float v18_186 = acc5_2.sc + x14[(long)t2970_2];
            y30[(((long)t2968_0 * 2 + t2968_2) * 8 + t2968_3) * d_T + t2968_1] = v18_186;
          }
          if (1) {
            const long o_222 = om_12 * 16 + 13L;
            const int t2975_3 = (int)(o_222 % 8);
            const long t2975_q = o_222 / 8;
            const int t2975_2 = (int)(t2975_q % 2);
            const long t2975_q_2 = t2975_q / 2;
            const int t2975_1 = (int)(t2975_q_2 % d_T);
            const int t2975_0 = (int)(t2975_q_2 / d_T);
            const int t2977_2 = (int)(o_222 % 16);
            const float v18_187 = acc5_2.sd + x14[(long)t2977_2];
            y28[(((long)t2975_0 * 2 + t2975_2) * d_T + t2975_1) * 8 + t2975_3] = v18_187;
            const int t2981_3 = (int)(o_222 % 8);
            const long t2981_q = o_222 / 8;
            const int t2981_2 = (int)(t2981_q % 2);
            const long t2981_q_2 = t2981_q / 2;
            const int t2981_1 = (int)(t2981_q_2 % d_T);
            const int t2981_0 = (int)(t2981_q_2 / d_T);
            const int t2983_2 = (int)(o_222 % 16);
            const float v18_188 = acc5_2.sd + x14[(long)t2983_2];
            y30[(((long)t2981_0 * 2 + t2981_2) * 8 + t2981_3) * d_T + t2981_1] = v18_188;
          }
          if (1) {
            const long o_223 = om_12 * 16 + 14L;
            const int t2988_3 = (int)(o_223 % 8);
            const long t2988_q = o_223 / 8;
            const int t2988_2 = (int)(t2988_q % 2);
            const long t2988_q_2 = t2988_q / 2;
            const int t2988_1 = (int)(t2988_q_2 % d_T);
            const int t2988_0 = (int)(t2988_q_2 / d_T);
            const int t2990_2 = (int)(o_223 % 16);
            const float v18_189 = acc5_2.se + x14[(long)t2990_2];
            y28[(((long)t2988_0 * 2 + t2988_2) * d_T + t2988_1) * 8 + t2988_3] = v18_189;
            const int t2994_3 = (int)(o_223 % 8);
            const long t2994_q = o_223 / 8;
            const int t2994_2 = (int)(t2994_q % 2);
            const long t2994_q_2 = t2994_q / 2;
            const int t2994_1 = (int)(t2994_q_2 % d_T);
            const int t2994_0 = (int)(t2994_q_2 / d_T);
            const int t2996_2 = (int)(o_223 % 16);
            const float v18_190 = acc5_2.se + x14[(long)t2996_2];
            y30[(((long)t2994_0 * 2 + t2994_2) * 8 + t2994_3) * d_T + t2994_1] = v18_190;
          }
          if (1) {
            const long o_224 = om_12 * 16 + 15L;
            const int t3001_3 = (int)(o_224 % 8);
            const long t3001_q = o_224 / 8;
            const int t3001_2 = (int)(t3001_q % 2);
            const long t3001_q_2 = t3001_q / 2;
            const int t3001_1 = (int)(t3001_q_2 % d_T);
            const int t3001_0 = (int)(t3001_q_2 / d_T);
            const int t3003_2 = (int)(o_224 % 16);
            const float v18_191 = acc5_2.sf + x14[(long)t3003_2];
            y28[(((long)t3001_0 * 2 + t3001_2) * d_T + t3001_1) * 8 + t3001_3] = v18_191;
            const int t3007_3 = (int)(o_224 % 8);
            const long t3007_q = o_224 / 8;
            const int t3007_2 = (int)(t3007_q % 2);
            const long t3007_q_2 = t3007_q / 2;
            const int t3007_1 = (int)(t3007_q_2 % d_T);
            const int t3007_0 = (int)(t3007_q_2 / d_T);
            const int t3009_2 = (int)(o_224 % 16);
            const float v18_192 = acc5_2.sf + x14[(long)t3009_2];
            y30[(((long)t3007_0 * 2 + t3007_2) * 8 + t3007_3) * d_T + t3007_1] = v18_192;
          }
        }
        const long om_13 = m0_2 + 6;
        if (om_13 < M_2) {
          if (1) {
            const long o_225 = om_13 * 16;
            const int t3014_3 = (int)(o_225 % 8);
            const long t3014_q = o_225 / 8;
            const int t3014_2 = (int)(t3014_q % 2);
            const long t3014_q_2 = t3014_q / 2;
            const int t3014_1 = (int)(t3014_q_2 % d_T);
            const int t3014_0 = (int)(t3014_q_2 / d_T);
            const int t3016_2 = (int)(o_225 % 16);
            const float v18_193 = acc6_2.s0 + x14[(long)t3016_2];
            y28[(((long)t3014_0 * 2 + t3014_2) * d_T + t3014_1) * 8 + t3014_3] = v18_193;
            const int t3020_3 = (int)(o_225 % 8);
            const long t3020_q = o_225 / 8;
            const int t3020_2 = (int)(t3020_q % 2);
            const long t3020_q_2 = t3020_q / 2;
            const int t3020_1 = (int)(t3020_q_2 % d_T);
            const int t3020_0 = (int)(t3020_q_2 / d_T);
            const int t3022_2 = (int)(o_225 % 16);
            const float v18_194 = acc6_2.s0 + x14[(long)t3022_2];
            y30[(((long)t3020_0 * 2 + t3020_2) * 8 + t3020_3) * d_T + t3020_1] = v18_194;
          }
          if (1) {
            const long o_226 = om_13 * 16 + 1L;
            const int t3027_3 = (int)(o_226 % 8);
            const long t3027_q = o_226 / 8;
            const int t3027_2 = (int)(t3027_q % 2);
            const long t3027_q_2 = t3027_q / 2;
            const int t3027_1 = (int)(t3027_q_2 % d_T);
            const int t3027_0 = (int)(t3027_q_2 / d_T);
            const int t3029_2 = (int)(o_226 % 16);
            const float v18_195 = acc6_2.s1 + x14[(long)t3029_2];
            y28[(((long)t3027_0 * 2 + t3027_2) * d_T + t3027_1) * 8 + t3027_3] = v18_195;
            const int t3033_3 = (int)(o_226 % 8);
            const long t3033_q = o_226 / 8;
            const int t3033_2 = (int)(t3033_q % 2);
            const long t3033_q_2 = t3033_q / 2;
            const int t3033_1 = (int)(t3033_q_2 % d_T);
            const int t3033_0 = (int)(t3033_q_2 / d_T);
            const int t3035_2 = (int)(o_226 % 16);
            const float v18_196 = acc6_2.s1 + x14[(long)t3035_2];
            y30[(((long)t3033_0 * 2 + t3033_2) * 8 + t3033_3) * d_T + t3033_1] = v18_196;
          }
          if (1) {
            const long o_227 = om_13 * 16 + 2L;
            const int t3040_3 = (int)(o_227 % 8);
            const long t3040_q = o_227 / 8;
            const int t3040_2 = (int)(t3040_q % 2);
            const long t3040_q_2 = t3040_q / 2;
            const int t3040_1 = (int)(t3040_q_2 % d_T);
            const int t3040_0 = (int)(t3040_q_2 / d_T);
            const int t3042_2 = (int)(o_227 % 16);
            const float v18_197 = acc6_2.s2 + x14[(long)t3042_2];
            y28[(((long)t3040_0 * 2 + t3040_2) * d_T + t3040_1) * 8 + t3040_3] = v18_197;
            const int t3046_3 = (int)(o_227 % 8);
            const long t3046_q = o_227 / 8;
            const int t3046_2 = (int)(t3046_q % 2);
            const long t3046_q_2 = t3046_q / 2;
            const int t3046_1 = (int)(t3046_q_2 % d_T);
            const int t3046_0 = (int)(t3046_q_2 / d_T);
            const int t3048_2 = (int)(o_227 % 16);
            const float v18_198 = acc6_2.s2 + x14[(long)t3048_2];
            y30[(((long)t3046_0 * 2 + t3046_2) * 8 + t3046_3) * d_T + t3046_1] = v18_198;
          }
          if (1) {
            const long o_228 = om_13 * 16 + 3L;
            const int t3053_3 = (int)(o_228 % 8);
            const long t3053_q = o_228 / 8;
            const int t3053_2 = (int)(t3053_q % 2);
            const long t3053_q_2 = t3053_q / 2;
            const int t3053_1 = (int)(t3053_q_2 % d_T);
            const int t3053_0 = (int)(t3053_q_2 / d_T);
            const int t3055_2 = (int)(o_228 % 16);
            const float v18_199 = acc6_2.s3 + x14[(long)t3055_2];
            y28[(((long)t3053_0 * 2 + t3053_2) * d_T + t3053_1) * 8 + t3053_3] = v18_199;
            const int t3059_3 = (int)(o_228 % 8);
            const long t3059_q = o_228 / 8;
            const int t3059_2 = (int)(t3059_q % 2);
            const long t3059_q_2 = t3059_q / 2;
            const int t3059_1 = (int)(t3059_q_2 % d_T);
            const int t3059_0 = (int)(t3059_q_2 / d_T);
            const int t3061_2 = (int)(o_228 % 16);
            const float v18_200 = acc6_2.s3 + x14[(long)t3061_2];
            y30[(((long)t3059_0 * 2 + t3059_2) * 8 + t3059_3) * d_T + t3059_1] = v18_200;
          }
          if (1) {
            const long o_229 = om_13 * 16 + 4L;
            const int t3066_3 = (int)(o_229 % 8);
            const long t3066_q = o_229 / 8;
            const int t3066_2 = (int)(t3066_q % 2);
            const long t3066_q_2 = t3066_q / 2;
            const int t3066_1 = (int)(t3066_q_2 % d_T);
            const int t3066_0 = (int)(t3066_q_2 / d_T);
            const int t3068_2 = (int)(o_229 % 16);
            const float v18_201 = acc6_2.s4 + x14[(long)t3068_2];
            y28[(((long)t3066_0 * 2 + t3066_2) * d_T + t3066_1) * 8 + t3066_3] = v18_201;
            const int t3072_3 = (int)(o_229 % 8);
            const long t3072_q = o_229 / 8;
            const int t3072_2 = (int)(t3072_q % 2);
            const long t3072_q_2 = t3072_q / 2;
            const int t3072_1 = (int)(t3072_q_2 % d_T);
            const int t3072_0 = (int)(t3072_q_2 / d_T);
            const int t3074_2 = (int)(o_229 % 16);
            const float v18_202 = acc6_2.s4 + x14[(long)t3074_2];
            y30[(((long)t3072_0 * 2 + t3072_2) * 8 + t3072_3) * d_T + t3072_1] = v18_202;
          }
          if (1) {
            const long o_230 = om_13 * 16 + 5L;
            const int t3079_3 = (int)(o_230 % 8);
            const long t3079_q = o_230 / 8;
            const int t3079_2 = (int)(t3079_q % 2);
            const long t3079_q_2 = t3079_q / 2;
            const int t3079_1 = (int)(t3079_q_2 % d_T);
            const int t3079_0 = (int)(t3079_q_2 / d_T);
            const int t3081_2 = (int)(o_230 % 16);
            const float v18_203 = acc6_2.s5 + x14[(long)t3081_2];
            y28[(((long)t3079_0 * 2 + t3079_2) * d_T + t3079_1) * 8 + t3079_3] = v18_203;
            const int t3085_3 = (int)(o_230 % 8);
            const long t3085_q = o_230 / 8;
            const int t3085_2 = (int)(t3085_q % 2);
            const long t3085_q_2 = t3085_q / 2;
            const int t3085_1 = (int)(t3085_q_2 % d_T);
            const int t3085_0 = (int)(t3085_q_2 / d_T);
            const int t3087_2 = (int)(o_230 % 16);
            const float v18_204 = acc6_2.s5 + x14[(long)t3087_2];
            y30[(((long)t3085_0 * 2 + t3085_2) * 8 + t3085_3) * d_T + t3085_1] = v18_204;
          }
          if (1) {
            const long o_231 = om_13 * 16 + 6L;
            const int t3092_3 = (int)(o_231 % 8);
            const long t3092_q = o_231 / 8;
            const int t3092_2 = (int)(t3092_q % 2);
            const long t3092_q_2 = t3092_q / 2;
            const int t3092_1 = (int)(t3092_q_2 % d_T);
            const int t3092_0 = (int)(t3092_q_2 / d_T);
            const int t3094_2 = (int)(o_231 % 16);
            const float v18_205 = acc6_2.s6 + x14[(long)t3094_2];
            y28[(((long)t3092_0 * 2 + t3092_2) * d_T + t3092_1) * 8 + t3092_3] = v18_205;
            const int t3098_3 = (int)(o_231 % 8);
            const long t3098_q = o_231 / 8;
            const int t3098_2 = (int)(t3098_q % 2);
            const long t3098_q_2 = t3098_q / 2;
            const int t3098_1 = (int)(t3098_q_2 % d_T);
            const int t3098_0 = (int)(t3098_q_2 / d_T);
            const int t3100_2 = (int)(o_231 % 16);
            const float v18_206 = acc6_2.s6 + x14[(long)t3100_2];
            y30[(((long)t3098_0 * 2 + t3098_2) * 8 + t3098_3) * d_T + t3098_1] = v18_206;
          }
          if (1) {
            const long o_232 = om_13 * 16 + 7L;
            const int t3105_3 = (int)(o_232 % 8);
            const long t3105_q = o_232 / 8;
            const int t3105_2 = (int)(t3105_q % 2);
            const long t3105_q_2 = t3105_q / 2;
            const int t3105_1 = (int)(t3105_q_2 % d_T);
            const int t3105_0 = (int)(t3105_q_2 / d_T);
            const int t3107_2 = (int)(o_232 % 16);
            const float v18_207 = acc6_2.s7 + x14[(long)t3107_2];
            y28[(((long)t3105_0 * 2 + t3105_2) * d_T + t3105_1) * 8 + t3105_3] = v18_207;
            const int t3111_3 = (int)(o_232 % 8);
            const long t3111_q = o_232 / 8;
            const int t3111_2 = (int)(t3111_q % 2);
            const long t3111_q_2 = t3111_q / 2;
            const int t3111_1 = (int)(t3111_q_2 % d_T);
            const int t3111_0 = (int)(t3111_q_2 / d_T);
            const int t3113_2 = (int)(o_232 % 16);
            const float v18_208 = acc6_2.s7 + x14[(long)t3113_2];
            y30[(((long)t3111_0 * 2 + t3111_2) * 8 + t3111_3) * d_T + t3111_1] = v18_208;
          }
          if (1) {
            const long o_233 = om_13 * 16 + 8L;
            const int t3118_3 = (int)(o_233 % 8);
            const long t3118_q = o_233 / 8;
            const int t3118_2 = (int)(t3118_q % 2);
            const long t3118_q_2 = t3118_q / 2;
            const int t3118_1 = (int)(t3118_q_2 % d_T);
            const int t3118_0 = (int)(t3118_q_2 / d_T);
            const int t3120_2 = (int)(o_233 % 16);
            const float v18_209 = acc6_2.s8 + x14[(long)t3120_2];
            y28[(((long)t3118_0 * 2 + t3118_2) * d_T + t3118_1) * 8 + t3118_3] = v18_209;
            const int t3124_3 = (int)(o_233 % 8);
            const long t3124_q = o_233 / 8;
            const int t3124_2 = (int)(t3124_q % 2);
            const long t3124_q_2 = t3124_q / 2;
            const int t3124_1 = (int)(t3124_q_2 % d_T);
            const int t3124_0 = (int)(t3124_q_2 / d_T);
            const int t3126_2 = (int)(o_233 % 16);
            const float v18_210 = acc6_2.s8 + x14[(long)t3126_2];
            y30[(((long)t3124_0 * 2 + t3124_2) * 8 + t3124_3) * d_T + t3124_1] = v18_210;
          }
          if (1) {
            const long o_234 = om_13 * 16 + 9L;
            const int t3131_3 = (int)(o_234 % 8);
            const long t3131_q = o_234 / 8;
            const int t3131_2 = (int)(t3131_q % 2);
            const long t3131_q_2 = t3131_q / 2;
            const int t3131_1 = (int)(t3131_q_2 % d_T);
            const int t3131_0 = (int)(t3131_q_2 / d_T);
            const int t3133_2 = (int)(o_234 % 16);
            const float v18_211 = acc6_2.s9 + x14[(long)t3133_2];
            y28[(((long)t3131_0 * 2 + t3131_2) * d_T + t3131_1) * 8 + t3131_3] = v18_211;
            const int t3137_3 = (int)(o_234 % 8);
            const long t3137_q = o_234 / 8;
            const int t3137_2 = (int)(t3137_q % 2);
            const long t3137_q_2 = t3137_q / 2;
            const int t3137_1 = (int)(t3137_q_2 % d_T);
            const int t3137_0 = (int)(t3137_q_2 / d_T);
            const int t3139_2 = (int)(o_234 % 16);
            const float v18_212 = acc6_2.s9 + x14[(long)t3139_2];
            y30[(((long)t3137_0 * 2 + t3137_2) * 8 + t3137_3) * d_T + t3137_1] = v18_212;
          }
          if (1) {
            const long o_235 = om_13 * 16 + 10L;
            const int t3144_3 = (int)(o_235 % 8);
            const long t3144_q = o_235 / 8;
            const int t3144_2 = (int)(t3144_q % 2);
            const long t3144_q_2 = t3144_q / 2;
            const int t3144_1 = (int)(t3144_q_2 % d_T);
            const int t3144_0 = (int)(t3144_q_2 / d_T);
            const int t3146_2 = (int)(o_235 % 16);
            const float v18_213 = acc6_2.sa + x14[(long)t3146_2];
            y28[(((long)t3144_0 * 2 + t3144_2) * d_T + t3144_1) * 8 + t3144_3] = v18_213;
            const int t3150_3 = (int)(o_235 % 8);
            const long t3150_q = o_235 / 8;
            const int t3150_2 = (int)(t3150_q % 2);
            const long t3150_q_2 = t3150_q / 2;
            const int t3150_1 = (int)(t3150_q_2 % d_T);
            const int t3150_0 = (int)(t3150_q_2 / d_T);
            const int t3152_2 = (int)(o_235 % 16);
            const float v18_214 = acc6_2.sa + x14[(long)t3152_2];
            y30[(((long)t3150_0 * 2 + t3150_2) * 8 + t3150_3) * d_T + t3150_1] = v18_214;
          }
          if (1) {
            const long o_236 = om_13 * 16 + 11L;
            const int t3157_3 = (int)(o_236 % 8);
            const long t3157_q = o_236 / 8;
            const int t3157_2 = (int)(t3157_q % 2);
            const long t3157_q_2 = t3157_q / 2;
            const int t3157_1 = (int)(t3157_q_2 % d_T);
            const int t3157_0 = (int)(t3157_q_2 / d_T);
            const int t3159_2 = (int)(o_236 % 16);
            const float v18_215 = acc6_2.sb + x14[(long)t3159_2];
            y28[(((long)t3157_0 * 2 + t3157_2) * d_T + t3157_1) * 8 + t3157_3] = v18_215;
            const int t3163_3 = (int)(o_236 % 8);
            const long t3163_q = o_236 / 8;
            const int t3163_2 = (int)(t3163_q % 2);
            const long t3163_q_2 = t3163_q / 2;
            const int t3163_1 = (int)(t3163_q_2 % d_T);
            const int t3163_0 = (int)(t3163_q_2 / d_T);
            const int t3165_2 = (int)(o_236 % 16);
            const float v18_216 = acc6_2.sb + x14[(long)t3165_2];
            y30[(((long)t3163_0 * 2 + t3163_2) * 8 + t3163_3) * d_T + t3163_1] = v18_216;
          }
          if (1) {
            const long o_237 = om_13 * 16 + 12L;
            const int t3170_3 = (int)(o_237 % 8);
            const long t3170_q = o_237 / 8;
            const int t3170_2 = (int)(t3170_q % 2);
            const long t3170_q_2 = t3170_q / 2;
            const int t3170_1 = (int)(t3170_q_2 % d_T);
            const int t3170_0 = (int)(t3170_q_2 / d_T);
            const int t3172_2 = (int)(o_237 % 16);
            const float v18_217 = acc6_2.sc + x14[(long)t3172_2];
            y28[(((long)t3170_0 * 2 + t3170_2) * d_T + t3170_1) * 8 + t3170_3] = v18_217;
            const int t3176_3 = (int)(o_237 % 8);
            const long t3176_q = o_237 / 8;
            const int t3176_2 = (int)(t3176_q % 2);
            const long t3176_q_2 = t3176_q / 2;
            const int t3176_1 = (int)(t3176_q_2 % d_T);
            const int t3176_0 = (int)(t3176_q_2 / d_T);
            const int t3178_2 = (int)(o_237 % 16);
            const float v18_218 = acc6_2.sc + x14[(long)t3178_2];
            y30[(((long)t3176_0 * 2 + t3176_2) * 8 + t3176_3) * d_T + t3176_1] = v18_218;
          }
          if (1) {
            const long o_238 = om_13 * 16 + 13L;
            const int t3183_3 = (int)(o_238 % 8);
            const long t3183_q = o_238 / 8;
            const int t3183_2 = (int)(t3183_q % 2);
            const long t3183_q_2 = t3183_q / 2;
            const int t3183_1 = (int)(t3183_q_2 % d_T);
            const int t3183_0 = (int)(t3183_q_2 / d_T);
            const int t3185_2 = (int)(o_238 % 16);
            const float v18_219 = acc6_2.sd + x14[(long)t3185_2];
            y28[(((long)t3183_0 * 2 + t3183_2) * d_T + t3183_1) * 8 + t3183_3] = v18_219;
            const int t3189_3 = (int)(o_238 % 8);
            const long t3189_q = o_238 / 8;
            const int t3189_2 = (int)(t3189_q % 2);
            const long t3189_q_2 = t3189_q / 2;
            const int t3189_1 = (int)(t3189_q_2 % d_T);
            const int t3189_0 = (int)(t3189_q_2 / d_T);
            const int t3191_2 = (int)(o_238 % 16);
            const float v18_220 = acc6_2.sd + x14[(long)t3191_2];
            y30[(((long)t3189_0 * 2 + t3189_2) * 8 + t3189_3) * d_T + t3189_1] = v18_220;
          }
          if (1) {
            const long o_239 = om_13 * 16 + 14L;
            const int t3196_3 = (int)(o_239 % 8);
            const long t3196_q = o_239 / 8;
            const int t3196_2 = (int)(t3196_q % 2);
            const long t3196_q_2 = t3196_q / 2;
            const int t3196_1 = (int)(t3196_q_2 % d_T);
            const int t3196_0 = (int)(t3196_q_2 / d_T);
            const int t3198_2 = (int)(o_239 % 16);
            const float v18_221 = acc6_2.se + x14[(long)t3198_2];
            y28[(((long)t3196_0 * 2 + t3196_2) * d_T + t3196_1) * 8 + t3196_3] = v18_221;
            const int t3202_3 = (int)(o_239 % 8);
            const long t3202_q = o_239 / 8;
            const int t3202_2 = (int)(t3202_q % 2);
            const long t3202_q_2 = t3202_q / 2;
            const int t3202_1 = (int)(t3202_q_2 % d_T);
            const int t3202_0 = (int)(t3202_q_2 / d_T);
            const int t3204_2 = (int)(o_239 % 16);
            const float v18_222 = acc6_2.se + x14[(long)t3204_2];
            y30[(((long)t3202_0 * 2 + t3202_2) * 8 + t3202_3) * d_T + t3202_1] = v18_222;
          }
          if (1) {
            const long o_240 = om_13 * 16 + 15L;
            const int t3209_3 = (int)(o_240 % 8);
            const long t3209_q = o_240 / 8;
            const int t3209_2 = (int)(t3209_q % 2);
            const long t3209_q_2 = t3209_q / 2;
            const int t3209_1 = (int)(t3209_q_2 % d_T);
            const int t3209_0 = (int)(t3209_q_2 / d_T);
            const int t3211_2 = (int)(o_240 % 16);
            const float v18_223 = acc6_2.sf + x14[(long)t3211_2];
            y28[(((long)t3209_0 * 2 + t3209_2) * d_T + t3209_1) * 8 + t3209_3] = v18_223;
            const int t3215_3 = (int)(o_240 % 8);
            const long t3215_q = o_240 / 8;
            const int t3215_2 = (int)(t3215_q % 2);
            const long t3215_q_2 = t3215_q / 2;
            const int t3215_1 = (int)(t3215_q_2 % d_T);
            const int t3215_0 = (int)(t3215_q_2 / d_T);
            const int t3217_2 = (int)(o_240 % 16);
            const float v18_224 = acc6_2.sf + x14[(long)t3217_2];
            y30[(((long)t3215_0 * 2 + t3215_2) * 8 + t3215_3) * d_T + t3215_1] = v18_224;
          }
        }
        const long om_14 = m0_2 + 7;
        if (om_14 < M_2) {
          if (1) {
            const long o_241 = om_14 * 16;
            const int t3222_3 = (int)(o_241 % 8);
            const long t3222_q = o_241 / 8;
            const int t3222_2 = (int)(t3222_q % 2);
            const long t3222_q_2 = t3222_q / 2;
            const int t3222_1 = (int)(t3222_q_2 % d_T);
            const int t3222_0 = (int)(t3222_q_2 / d_T);
            const int t3224_2 = (int)(o_241 % 16);
            const float v18_225 = acc7_2.s0 + x14[(long)t3224_2];
            y28[(((long)t3222_0 * 2 + t3222_2) * d_T + t3222_1) * 8 + t3222_3] = v18_225;
            const int t3228_3 = (int)(o_241 % 8);
            const long t3228_q = o_241 / 8;
            const int t3228_2 = (int)(t3228_q % 2);
            const long t3228_q_2 = t3228_q / 2;
            const int t3228_1 = (int)(t3228_q_2 % d_T);
            const int t3228_0 = (int)(t3228_q_2 / d_T);
            const int t3230_2 = (int)(o_241 % 16);
            const float v18_226 = acc7_2.s0 + x14[(long)t3230_2];
            y30[(((long)t3228_0 * 2 + t3228_2) * 8 + t3228_3) * d_T + t3228_1] = v18_226;
          }
          if (1) {
            const long o_242 = om_14 * 16 + 1L;
            const int t3235_3 = (int)(o_242 % 8);
            const long t3235_q = o_242 / 8;
            const int t3235_2 = (int)(t3235_q % 2);
            const long t3235_q_2 = t3235_q / 2;
            const int t3235_1 = (int)(t3235_q_2 % d_T);
            const int t3235_0 = (int)(t3235_q_2 / d_T);
            const int t3237_2 = (int)(o_242 % 16);
            const float v18_227 = acc7_2.s1 + x14[(long)t3237_2];
            y28[(((long)t3235_0 * 2 + t3235_2) * d_T + t3235_1) * 8 + t3235_3] = v18_227;
            const int t3241_3 = (int)(o_242 % 8);
            const long t3241_q = o_242 / 8;
            const int t3241_2 = (int)(t3241_q % 2);
            const long t3241_q_2 = t3241_q / 2;
            const int t3241_1 = (int)(t3241_q_2 % d_T);
            const int t3241_0 = (int)(t3241_q_2 / d_T);
            const int t3243_2 = (int)(o_242 % 16);
            const float v18_228 = acc7_2.s1 + x14[(long)t3243_2];
            y30[(((long)t3241_0 * 2 + t3241_2) * 8 + t3241_3) * d_T + t3241_1] = v18_228;
          }
          if (1) {
            const long o_243 = om_14 * 16 + 2L;
            const int t3248_3 = (int)(o_243 % 8);
            const long t3248_q = o_243 / 8;
            const int t3248_2 = (int)(t3248_q % 2);
            const long t3248_q_2 = t3248_q / 2;
            const int t3248_1 = (int)(t3248_q_2 % d_T);
            const int t3248_0 = (int)(t3248_q_2 / d_T);
            const int t3250_2 = (int)(o_243 % 16);
            const float v18_229 = acc7_2.s2 + x14[(long)t3250_2];
            y28[(((long)t3248_0 * 2 + t3248_2) * d_T + t3248_1) * 8 + t3248_3] = v18_229;
            const int t3254_3 = (int)(o_243 % 8);
            const long t3254_q = o_243 / 8;
            const int t3254_2 = (int)(t3254_q % 2);
            const long t3254_q_2 = t3254_q / 2;
            const int t3254_1 = (int)(t3254_q_2 % d_T);
            const int t3254_0 = (int)(t3254_q_2 / d_T);
            const int t3256_2 = (int)(o_243 % 16);
            const float v18_230 = acc7_2.s2 + x14[(long)t3256_2];
            y30[(((long)t3254_0 * 2 + t3254_2) * 8 + t3254_3) * d_T + t3254_1] = v18_230;
          }
          if (1) {
            const long o_244 = om_14 * 16 + 3L;
            const int t3261_3 = (int)(o_244 % 8);
            const long t3261_q = o_244 / 8;
            const int t3261_2 = (int)(t3261_q % 2);
            const long t3261_q_2 = t3261_q / 2;
            const int t3261_1 = (int)(t3261_q_2 % d_T);
            const int t3261_0 = (int)(t3261_q_2 / d_T);
            const int t3263_2 = (int)(o_244 % 16);
            const float v18_231 = acc7_2.s3 + x14[(long)t3263_2];
            y28[(((long)t3261_0 * 2 + t3261_2) * d_T + t3261_1) * 8 + t3261_3] = v18_231;
            const int t3267_3 = (int)(o_244 % 8);
            const long t3267_q = o_244 / 8;
            const int t3267_2 = (int)(t3267_q % 2);
            const long t3267_q_2 = t3267_q / 2;
            const int t3267_1 = (int)(t3267_q_2 % d_T);
            const int t3267_0 = (int)(t3267_q_2 / d_T);
            const int t3269_2 = (int)(o_244 % 16);
            const float v18_232 = acc7_2.s3 + x14[(long)t3269_2];
            y30[(((long)t3267_0 * 2 + t3267_2) * 8 + t3267_3) * d_T + t3267_1] = v18_232;
          }
          if (1) {
            const long o_245 = om_14 * 16 + 4L;
            const int t3274_3 = (int)(o_245 % 8);
            const long t3274_q = o_245 / 8;
            const int t3274_2 = (int)(t3274_q % 2);
            const long t3274_q_2 = t3274_q / 2;
            const int t3274_1 = (int)(t3274_q_2 % d_T);
            const int t3274_0 = (int)(t3274_q_2 / d_T);
            const int t3276_2 = (int)(o_245 % 16);
            const float v18_233 = acc7_2.s4 + x14[(long)t3276_2];
            y28[(((long)t3274_0 * 2 + t3274_2) * d_T + t3274_1) * 8 + t3274_3] = v18_233;
            const int t3280_3 = (int)(o_245 % 8);
            const long t3280_q = o_245 / 8;
            const int t3280_2 = (int)(t3280_q % 2);
            const long t3280_q_2 = t3280_q / 2;
            const int t3280_1 = (int)(t3280_q_2 % d_T);
            const int t3280_0 = (int)(t3280_q_2 / d_T);
            const int t3282_2 = (int)(o_245 % 16);
            const float v18_234 = acc7_2.s4 + x14[(long)t3282_2];
            y30[(((long)t3280_0 * 2 + t3280_2) * 8 + t3280_3) * d_T + t3280_1] = v18_234;
          }
          if (1) {
            const long o_246 = om_14 * 16 + 5L;
            const int t3287_3 = (int)(o_246 % 8);
            const long t3287_q = o_246 / 8;
            const int t3287_2 = (int)(t3287_q % 2);
            const long t3287_q_2 = t3287_q / 2;
            const int t3287_1 = (int)(t3287_q_2 % d_T);
            const int t3287_0 = (int)(t3287_q_2 / d_T);
            const int t3289_2 = (int)(o_246 % 16);
            const float v18_235 = acc7_2.s5 + x14[(long)t3289_2];
            y28[(((long)t3287_0 * 2 + t3287_2) * d_T + t3287_1) * 8 + t3287_3] = v18_235;
            const int t3293_3 = (int)(o_246 % 8);
            const long t3293_q = o_246 / 8;
            const int t3293_2 = (int)(t3293_q % 2);
            const long t3293_q_2 = t3293_q / 2;
            const int t3293_1 = (int)(t3293_q_2 % d_T);
            const int t3293_0 = (int)(t3293_q_2 / d_T);
            const int t3295_2 = (int)(o_246 % 16);
            const float v18_236 = acc7_2.s5 + x14[(long)t3295_2];
            y30[(((long)t3293_0 * 2 + t3293_2) * 8 + t3293_3) * d_T + t3293_1] = v18_236;
          }
          if (1) {
            const long o_247 = om_14 * 16 + 6L;
            const int t3300_3 = (int)(o_247 % 8);
            const long t3300_q = o_247 / 8;
            const int t3300_2 = (int)(t3300_q % 2);
            const long t3300_q_2 = t3300_q / 2;
            const int t3300_1 = (int)(t3300_q_2 % d_T);
            const int t3300_0 = (int)(t3300_q_2 / d_T);
            const int t3302_2 = (int)(o_247 % 16);
            const float v18_237 = acc7_2.s6 + x14[(long)t3302_2];
            y28[(((long)t3300_0 * 2 + t3300_2) * d_T + t3300_1) * 8 + t3300_3] = v18_237;
            const int t3306_3 = (int)(o_247 % 8);
            const long t3306_q = o_247 / 8;
            const int t3306_2 = (int)(t3306_q % 2);
            const long t3306_q_2 = t3306_q / 2;
            const int t3306_1 = (int)(t3306_q_2 % d_T);
            const int t3306_0 = (int)(t3306_q_2 / d_T);
            const int t3308_2 = (int)(o_247 % 16);
            const float v18_238 = acc7_2.s6 + x14[(long)t3308_2];
            y30[(((long)t3306_0 * 2 + t3306_2) * 8 + t3306_3) * d_T + t3306_1] = v18_238;
          }
          if (1) {
            const long o_248 = om_14 * 16 + 7L;
            const int t3313_3 = (int)(o_248 % 8);
            const long t3313_q = o_248 / 8;
            const int t3313_2 = (int)(t3313_q % 2);
            const long t3313_q_2 = t3313_q / 2;
            const int t3313_1 = (int)(t3313_q_2 % d_T);
            const int t3313_0 = (int)(t3313_q_2 / d_T);
            const int t3315_2 = (int)(o_248 % 16);
            const float v18_239 = acc7_2.s7 + x14[(long)t3315_2];
            y28[(((long)t3313_0 * 2 + t3313_2) * d_T + t3313_1) * 8 + t3313_3] = v18_239;
            const int t3319_3 = (int)(o_248 % 8);
            const long t3319_q = o_248 / 8;
            const int t3319_2 = (int)(t3319_q % 2);
            const long t3319_q_2 = t3319_q / 2;
            const int t3319_1 = (int)(t3319_q_2 % d_T);
            const int t3319_0 = (int)(t3319_q_2 / d_T);
            const int t3321_2 = (int)(o_248 % 16);
            const float v18_240 = acc7_2.s7 + x14[(long)t3321_2];
            y30[(((long)t3319_0 * 2 + t3319_2) * 8 + t3319_3) * d_T + t3319_1] = v18_240;
          }
          if (1) {
            const long o_249 = om_14 * 16 + 8L;
            const int t3326_3 = (int)(o_249 % 8);
            const long t3326_q = o_249 / 8;
            const int t3326_2 = (int)(t3326_q % 2);
            const long t3326_q_2 = t3326_q / 2;
            const int t3326_1 = (int)(t3326_q_2 % d_T);
            const int t3326_0 = (int)(t3326_q_2 / d_T);
            const int t3328_2 = (int)(o_249 % 16);
            const float v18_241 = acc7_2.s8 + x14[(long)t3328_2];
            y28[(((long)t3326_0 * 2 + t3326_2) * d_T + t3326_1) * 8 + t3326_3] = v18_241;
            const int t3332_3 = (int)(o_249 % 8);
            const long t3332_q = o_249 / 8;
            const int t3332_2 = (int)(t3332_q % 2);
            const long t3332_q_2 = t3332_q / 2;
            const int t3332_1 = (int)(t3332_q_2 % d_T);
            const int t3332_0 = (int)(t3332_q_2 / d_T);
            const int t3334_2 = (int)(o_249 % 16);
            const float v18_242 = acc7_2.s8 + x14[(long)t3334_2];
            y30[(((long)t3332_0 * 2 + t3332_2) * 8 + t3332_3) * d_T + t3332_1] = v18_242;
          }
          if (1) {
            const long o_250 = om_14 * 16 + 9L;
            const int t3339_3 = (int)(o_250 % 8);
            const long t3339_q = o_250 / 8;
            const int t3339_2 = (int)(t3339_q % 2);
            const long t3339_q_2 = t3339_q / 2;
            const int t3339_1 = (int)(t3339_q_2 % d_T);
            const int t3339_0 = (int)(t3339_q_2 / d_T);
            const int t3341_2 = (int)(o_250 % 16);
            const float v18_243 = acc7_2.s9 + x14[(long)t3341_2];
            y28[(((long)t3339_0 * 2 + t3339_2) * d_T + t3339_1) * 8 + t3339_3] = v18_243;
            const int t3345_3 = (int)(o_250 % 8);
            const long t3345_q = o_250 / 8;
            const int t3345_2 = (int)(t3345_q % 2);
            const long t3345_q_2 = t3345_q / 2;
            const int t3345_1 = (int)(t3345_q_2 % d_T);
            const int t3345_0 = (int)(t3345_q_2 / d_T);
            const int t3347_2 = (int)(o_250 % 16);
            const float v18_244 = acc7_2.s9 + x14[(long)t3347_2];
            y30[(((long)t3345_0 * 2 + t3345_2) * 8 + t3345_3) * d_T + t3345_1] = v18_244;
          }
          if (1) {
            const long o_251 = om_14 * 16 + 10L;
            const int t3352_3 = (int)(o_251 % 8);
            const long t3352_q = o_251 / 8;
            const int t3352_2 = (int)(t3352_q % 2);
            const long t3352_q_2 = t3352_q / 2;
            const int t3352_1 = (int)(t3352_q_2 % d_T);
            const int t3352_0 = (int)(t3352_q_2 / d_T);
            const int t3354_2 = (int)(o_251 % 16);
            const float v18_245 = acc7_2.sa + x14[(long)t3354_2];
            y28[(((long)t3352_0 * 2 + t3352_2) * d_T + t3352_1) * 8 + t3352_3] = v18_245;
            const int t3358_3 = (int)(o_251 % 8);
            const long t3358_q = o_251 / 8;
            const int t3358_2 = (int)(t3358_q % 2);
            const long t3358_q_2 = t3358_q / 2;
            const int t3358_1 = (int)(t3358_q_2 % d_T);
            const int t3358_0 = (int)(t3358_q_2 / d_T);
            const int t3360_2 = (int)(o_251 % 16);
            const float v18_246 = acc7_2.sa + x14[(long)t3360_2];
            y30[(((long)t3358_0 * 2 + t3358_2) * 8 + t3358_3) * d_T + t3358_1] = v18_246;
          }
          if (1) {
            const long o_252 = om_14 * 16 + 11L;
            const int t3365_3 = (int)(o_252 % 8);
            const long t3365_q = o_252 / 8;
            const int t3365_2 = (int)(t3365_q % 2);
            const long t3365_q_2 = t3365_q / 2;
            const int t3365_1 = (int)(t3365_q_2 % d_T);
            const int t3365_0 = (int)(t3365_q_2 / d_T);
            const int t3367_2 = (int)(o_252 % 16);
            const float v18_247 = acc7_2.sb + x14[(long)t3367_2];
            y28[(((long)t3365_0 * 2 + t3365_2) * d_T + t3365_1) * 8 + t3365_3] = v18_247;
            const int t3371_3 = (int)(o_252 % 8);
            const long t3371_q = o_252 / 8;
            const int t3371_2 = (int)(t3371_q % 2);
            const long t3371_q_2 = t3371_q / 2;
            const int t3371_1 = (int)(t3371_q_2 % d_T);
            const int t3371_0 = (int)(t3371_q_2 / d_T);
            const int t3373_2 = (int)(o_252 % 16);
            const float v18_248 = acc7_2.sb + x14[(long)t3373_2];
            y30[(((long)t3371_0 * 2 + t3371_2) * 8 + t3371_3) * d_T + t3371_1] = v18_248;
          }
          if (1) {
            const long o_253 = om_14 * 16 + 12L;
            const int t3378_3 = (int)(o_253 % 8);
            const long t3378_q = o_253 / 8;
            const int t3378_2 = (int)(t3378_q % 2);
            const long t3378_q_2 = t3378_q / 2;
            const int t3378_1 = (int)(t3378_q_2 % d_T);
            const int t3378_0 = (int)(t3378_q_2 / d_T);
            const int t3380_2 = (int)(o_253 % 16);
            const float v18_249 = acc7_2.sc + x14[(long)t3380_2];
            y28[(((long)t3378_0 * 2 + t3378_2) * d_T + t3378_1) * 8 + t3378_3] = v18_249;
            const int t3384_3 = (int)(o_253 % 8);
            const long t3384_q = o_253 / 8;
            const int t3384_2 = (int)(t3384_q % 2);
            const long t3384_q_2 = t3384_q / 2;
            const int t3384_1 = (int)(t3384_q_2 % d_T);
            const int t3384_0 = (int)(t3384_q_2 / d_T);
            const int t3386_2 = (int)(o_253 % 16);
            const float v18_250 = acc7_2.sc + x14[(long)t3386_2];
            y30[(((long)t3384_0 * 2 + t3384_2) * 8 + t3384_3) * d_T + t3384_1] = v18_250;
          }
          if (1) {
            const long o_254 = om_14 * 16 + 13L;
            const int t3391_3 = (int)(o_254 % 8);
            const long t3391_q = o_254 / 8;
            const int t3391_2 = (int)(t3391_q % 2);
            const long t3391_q_2 = t3391_q / 2;
            const int t3391_1 = (int)(t3391_q_2 % d_T);
            const int t3391_0 = (int)(t3391_q_2 / d_T);
            const int t3393_2 = (int)(o_254 % 16);
            const float v18_251 = acc7_2.sd + x14[(long)t3393_2];
            y28[(((long)t3391_0 * 2 + t3391_2) * d_T + t3391_1) * 8 + t3391_3] = v18_251;
            const int t3397_3 = (int)(o_254 % 8);
            const long t3397_q = o_254 / 8;
            const int t3397_2 = (int)(t3397_q % 2);
            const long t3397_q_2 = t3397_q / 2;
            const int t3397_1 = (int)(t3397_q_2 % d_T);
            const int t3397_0 = (int)(t3397_q_2 / d_T);
            const int t3399_2 = (int)(o_254 % 16);
            const float v18_252 = acc7_2.sd + x14[(long)t3399_2];
            y30[(((long)t3397_0 * 2 + t3397_2) * 8 + t3397_3) * d_T + t3397_1] = v18_252;
          }
          if (1) {
            const long o_255 = om_14 * 16 + 14L;
            const int t3404_3 = (int)(o_255 % 8);
            const long t3404_q = o_255 / 8;
            const int t3404_2 = (int)(t3404_q % 2);
            const long t3404_q_2 = t3404_q / 2;
            const int t3404_1 = (int)(t3404_q_2 % d_T);
            const int t3404_0 = (int)(t3404_q_2 / d_T);
            const int t3406_2 = (int)(o_255 % 16);
            const float v18_253 = acc7_2.se + x14[(long)t3406_2];
            y28[(((long)t3404_0 * 2 + t3404_2) * d_T + t3404_1) * 8 + t3404_3] = v18_253;
            const int t3410_3 = (int)(o_255 % 8);
            const long t3410_q = o_255 / 8;
            const int t3410_2 = (int)(t3410_q % 2);
            const long t3410_q_2 = t3410_q / 2;
            const int t3410_1 = (int)(t3410_q_2 % d_T);
            const int t3410_0 = (int)(t3410_q_2 / d_T);
            const int t3412_2 = (int)(o_255 % 16);
            const float v18_254 = acc7_2.se + x14[(long)t3412_2];
            y30[(((long)t3410_0 * 2 + t3410_2) * 8 + t3410_3) * d_T + t3410_1] = v18_254;
          }
          if (1) {
            const long o_256 = om_14 * 16 + 15L;
            const int t3417_3 = (int)(o_256 % 8);
            const long t3417_q = o_256 / 8;
            const int t3417_2 = (int)(t3417_q % 2);
            const long t3417_q_2 = t3417_q / 2;
            const int t3417_1 = (int)(t3417_q_2 % d_T);
            const int t3417_0 = (int)(t3417_q_2 / d_T);
            const int t3419_2 = (int)(o_256 % 16);
            const float v18_255 = acc7_2.sf + x14[(long)t3419_2];
            y28[(((long)t3417_0 * 2 + t3417_2) * d_T + t3417_1) * 8 + t3417_3] = v18_255;
            const int t3423_3 = (int)(o_256 % 8);
            const long t3423_q = o_256 / 8;
            const int t3423_2 = (int)(t3423_q % 2);
            const long t3423_q_2 = t3423_q / 2;
            const int t3423_1 = (int)(t3423_q_2 % d_T);
            const int t3423_0 = (int)(t3423_q_2 / d_T);
            const int t3425_2 = (int)(o_256 % 16);
            const float v18_256 = acc7_2.sf + x14[(long)t3425_2];
            y30[(((long)t3423_0 * 2 + t3423_2) * 8 + t3423_3) * d_T + t3423_1] = v18_256;
          }
        }
      } else {
        /* sibling 2: %20 */
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
            const float16 bv_5 = vload16(0, x19 + k_5 * 16);
            const float v3_33 = x0[m0_3 * 16 + k_5];
            acc0_3 = fma((float16)v3_33, bv_5, acc0_3);
            const float v3_34 = x0[(m0_3 + 1) * 16 + k_5];
            acc1_3 = fma((float16)v3_34, bv_5, acc1_3);
            const float v3_35 = x0[(m0_3 + 2) * 16 + k_5];
            acc2_3 = fma((float16)v3_35, bv_5, acc2_3);
            const float v3_36 = x0[(m0_3 + 3) * 16 + k_5];
            acc3_3 = fma((float16)v3_36, bv_5, acc3_3);
            const float v3_37 = x0[(m0_3 + 4) * 16 + k_5];
            acc4_3 = fma((float16)v3_37, bv_5, acc4_3);
            const float v3_38 = x0[(m0_3 + 5) * 16 + k_5];
            acc5_3 = fma((float16)v3_38, bv_5, acc5_3);
            const float v3_39 = x0[(m0_3 + 6) * 16 + k_5];
            acc6_3 = fma((float16)v3_39, bv_5, acc6_3);
            const float v3_40 = x0[(m0_3 + 7) * 16 + k_5];
            acc7_3 = fma((float16)v3_40, bv_5, acc7_3);
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
            const float16 bv_6 = (float16)(x19[k_6 * 16], x19[k_6 * 16 + 1L], x19[k_6 * 16 + 2L], x19[k_6 * 16 + 3L], x19[k_6 * 16 + 4L], x19[k_6 * 16 + 5L], x19[k_6 * 16 + 6L], x19[k_6 * 16 + 7L], x19[k_6 * 16 + 8L], x19[k_6 * 16 + 9L], x19[k_6 * 16 + 10L], x19[k_6 * 16 + 11L], x19[k_6 * 16 + 12L], x19[k_6 * 16 + 13L], x19[k_6 * 16 + 14L], x19[k_6 * 16 + 15L]);
            const float v3_41 = x0[m0_3 * 16 + k_6];
            acc0_3 = fma((float16)v3_41, bv_6, acc0_3);
            const float v3_42 = x0[ar1_3 * 16 + k_6];
            acc1_3 = fma((float16)v3_42, bv_6, acc1_3);
            const float v3_43 = x0[ar2_3 * 16 + k_6];
            acc2_3 = fma((float16)v3_43, bv_6, acc2_3);
            const float v3_44 = x0[ar3_3 * 16 + k_6];
            acc3_3 = fma((float16)v3_44, bv_6, acc3_3);
            const float v3_45 = x0[ar4_3 * 16 + k_6];
            acc4_3 = fma((float16)v3_45, bv_6, acc4_3);
            const float v3_46 = x0[ar5_3 * 16 + k_6];
            acc5_3 = fma((float16)v3_46, bv_6, acc5_3);
            const float v3_47 = x0[ar6_3 * 16 + k_6];
            acc6_3 = fma((float16)v3_47, bv_6, acc6_3);
            const float v3_48 = x0[ar7_3 * 16 + k_6];
            acc7_3 = fma((float16)v3_48, bv_6, acc7_3);
          }
        }
        if (m0_3 < M_3) {
          if (1) {
            const long o_257 = m0_3 * 16;
            const int t3480_3 = (int)(o_257 % 8);
            const long t3480_q = o_257 / 8;
            const int t3480_2 = (int)(t3480_q % 2);
            const long t3480_q_2 = t3480_q / 2;
            const int t3480_1 = (int)(t3480_q_2 % d_T);
            const int t3480_0 = (int)(t3480_q_2 / d_T);
            const int t3482_2 = (int)(o_257 % 16);
            const float v26 = acc0_3.s0 + x22[(long)t3482_2];
            y29[(((long)t3480_0 * 2 + t3480_2) * d_T + t3480_1) * 8 + t3480_3] = v26;
            const int t3486_3 = (int)(o_257 % 8);
            const long t3486_q = o_257 / 8;
            const int t3486_2 = (int)(t3486_q % 2);
            const long t3486_q_2 = t3486_q / 2;
            const int t3486_1 = (int)(t3486_q_2 % d_T);
            const int t3486_0 = (int)(t3486_q_2 / d_T);
            const int t3488_2 = (int)(o_257 % 16);
            const float v26_2 = acc0_3.s0 + x22[(long)t3488_2];
            y73[(((long)t3486_0 * 2 + t3486_2) * 8 + t3486_3) * d_T + t3486_1] = v26_2;
          }
          if (1) {
            const long o_258 = m0_3 * 16 + 1L;
            const int t3493_3 = (int)(o_258 % 8);
            const long t3493_q = o_258 / 8;
            const int t3493_2 = (int)(t3493_q % 2);
            const long t3493_q_2 = t3493_q / 2;
            const int t3493_1 = (int)(t3493_q_2 % d_T);
            const int t3493_0 = (int)(t3493_q_2 / d_T);
            const int t3495_2 = (int)(o_258 % 16);
            const float v26_3 = acc0_3.s1 + x22[(long)t3495_2];
            y29[(((long)t3493_0 * 2 + t3493_2) * d_T + t3493_1) * 8 + t3493_3] = v26_3;
            const int t3499_3 = (int)(o_258 % 8);
            const long t3499_q = o_258 / 8;
            const int t3499_2 = (int)(t3499_q % 2);
            const long t3499_q_2 = t3499_q / 2;
            const int t3499_1 = (int)(t3499_q_2 % d_T);
            const int t3499_0 = (int)(t3499_q_2 / d_T);
            const int t3501_2 = (int)(o_258 % 16);
            const float v26_4 = acc0_3.s1 + x22[(long)t3501_2];
            y73[(((long)t3499_0 * 2 + t3499_2) * 8 + t3499_3) * d_T + t3499_1] = v26_4;
          }
          if (1) {
            const long o_259 = m0_3 * 16 + 2L;
            const int t3506_3 = (int)(o_259 % 8);
            const long t3506_q = o_259 / 8;
            const int t3506_2 = (int)(t3506_q % 2);
            const long t3506_q_2 = t3506_q / 2;
            const int t3506_1 = (int)(t3506_q_2 % d_T);
            const int t3506_0 = (int)(t3506_q_2 / d_T);
            const int t3508_2 = (int)(o_259 % 16);
            const float v26_5 = acc0_3.s2 + x22[(long)t3508_2];
            y29[(((long)t3506_0 * 2 + t3506_2) * d_T + t3506_1) * 8 + t3506_3] = v26_5;
            const int t3512_3 = (int)(o_259 % 8);
            const long t3512_q = o_259 / 8;
            const int t3512_2 = (int)(t3512_q % 2);
            const long t3512_q_2 = t3512_q / 2;
            const int t3512_1 = (int)(t3512_q_2 % d_T);
            const int t3512_0 = (int)(t3512_q_2 / d_T);
            const int t3514_2 = (int)(o_259 % 16);
            const float v26_6 = acc0_3.s2 + x22[(long)t3514_2];
            y73[(((long)t3512_0 * 2 + t3512_2) * 8 + t3512_3) * d_T + t3512_1] = v26_6;
          }
          if (1) {
            const long o_260 = m0_3 * 16 + 3L;
            const int t3519_3 = (int)(o_260 % 8);
            const long t3519_q = o_260 / 8;
            const int t3519_2 = (int)(t3519_q % 2);
            const long t3519_q_2 = t3519_q / 2;
            const int t3519_1 = (int)(t3519_q_2 % d_T);
            const int t3519_0 = (int)(t3519_q_2 / d_T);
            const int t3521_2 = (int)(o_260 % 16);
            const float v26_7 = acc0_3.s3 + x22[(long)t3521_2];
            y29[(((long)t3519_0 * 2 + t3519_2) * d_T + t3519_1) * 8 + t3519_3] = v26_7;
            const int t3525_3 = (int)(o_260 % 8);
            const long t3525_q = o_260 / 8;
            const int t3525_2 = (int)(t3525_q % 2);
            const long t3525_q_2 = t3525_q / 2;
            const int t3525_1 = (int)(t3525_q_2 % d_T);
            const int t3525_0 = (int)(t3525_q_2 / d_T);
            const int t3527_2 = (int)(o_260 % 16);
            const float v26_8 = acc0_3.s3 + x22[(long)t3527_2];
            y73[(((long)t3525_0 * 2 + t3525_2) * 8 + t3525_3) * d_T + t3525_1] = v26_8;
          }
          if (1) {
            const long o_261 = m0_3 * 16 + 4L;
            const int t3532_3 = (int)(o_261 % 8);
            const long t3532_q = o_261 / 8;
            const int t3532_2 = (int)(t3532_q % 2);
            const long t3532_q_2 = t3532_q / 2;
            const int t3532_1 = (int)(t3532_q_2 % d_T);
            const int t3532_0 = (int)(t3532_q_2 / d_T);
            const int t3534_2 = (int)(o_261 % 16);
            const float v26_9 = acc0_3.s4 + x22[(long)t3534_2];
            y29[(((long)t3532_0 * 2 + t3532_2) * d_T + t3532_1) * 8 + t3532_3] = v26_9;
            const int t3538_3 = (int)(o_261 % 8);
            const long t3538_q = o_261 / 8;
            const int t3538_2 = (int)(t3538_q % 2);
            const long t3538_q_2 = t3538_q / 2;
            const int t3538_1 = (int)(t3538_q_2 % d_T);
            const int t3538_0 = (int)(t3538_q_2 / d_T);
            const int t3540_2 = (int)(o_261 % 16);
            const float v26_10 = acc0_3.s4 + x22[(long)t3540_2];
            y73[(((long)t3538_0 * 2 + t3538_2) * 8 + t3538_3) * d_T + t3538_1] = v26_10;
          }
          if (1) {
            const long o_262 = m0_3 * 16 + 5L;
            const int t3545_3 = (int)(o_262 % 8);
            const long t3545_q = o_262 / 8;
            const int t3545_2 = (int)(t3545_q % 2);
            const long t3545_q_2 = t3545_q / 2;
            const int t3545_1 = (int)(t3545_q_2 % d_T);
            const int t3545_0 = (int)(t3545_q_2 / d_T);
            const int t3547_2 = (int)(o_262 % 16);
            const float v26_11 = acc0_3.s5 + x22[(long)t3547_2];
            y29[(((long)t3545_0 * 2 + t3545_2) * d_T + t3545_1) * 8 + t3545_3] = v26_11;
            const int t3551_3 = (int)(o_262 % 8);
            const long t3551_q = o_262 / 8;
            const int t3551_2 = (int)(t3551_q % 2);
            const long t3551_q_2 = t3551_q / 2;
            const int t3551_1 = (int)(t3551_q_2 % d_T);
            const int t3551_0 = (int)(t3551_q_2 / d_T);
            const int t3553_2 = (int)(o_262 % 16);
            const float v26_12 = acc0_3.s5 + x22[(long)t3553_2];
            y73[(((long)t3551_0 * 2 + t3551_2) * 8 + t3551_3) * d_T + t3551_1] = v26_12;
          }
          if (1) {
            const long o_263 = m0_3 * 16 + 6L;
            const int t3558_3 = (int)(o_263 % 8);
            const long t3558_q = o_263 / 8;
            const int t3558_2 = (int)(t3558_q % 2);
            const long t3558_q_2 = t3558_q / 2;
            const int t3558_1 = (int)(t3558_q_2 % d_T);
            const int t3558_0 = (int)(t3558_q_2 / d_T);
            const int t3560_2 = (int)(o_263 % 16);
            const float v26_13 = acc0_3.s6 + x22[(long)t3560_2];
            y29[(((long)t3558_0 * 2 + t3558_2) * d_T + t3558_1) * 8 + t3558_3] = v26_13;
            const int t3564_3 = (int)(o_263 % 8);
            const long t3564_q = o_263 / 8;
            const int t3564_2 = (int)(t3564_q % 2);
            const long t3564_q_2 = t3564_q / 2;
            const int t3564_1 = (int)(t3564_q_2 % d_T);
            const int t3564_0 = (int)(t3564_q_2 / d_T);
            const int t3566_2 = (int)(o_263 % 16);
            const float v26_14 = acc0_3.s6 + x22[(long)t3566_2];
            y73[(((long)t3564_0 * 2 + t3564_2) * 8 + t3564_3) * d_T + t3564_1] = v26_14;
          }
          if (1) {
            const long o_264 = m0_3 * 16 + 7L;
            const int t3571_3 = (int)(o_264 % 8);
            const long t3571_q = o_264 / 8;
            const int t3571_2 = (int)(t3571_q % 2);
            const long t3571_q_2 = t3571_q / 2;
            const int t3571_1 = (int)(t3571_q_2 % d_T);
            const int t3571_0 = (int)(t3571_q_2 / d_T);
            const int t3573_2 = (int)(o_264 % 16);
            const float v26_15 = acc0_3.s7 + x22[(long)t3573_2];
            y29[(((long)t3571_0 * 2 + t3571_2) * d_T + t3571_1) * 8 + t3571_3] = v26_15;
            const int t3577_3 = (int)(o_264 % 8);
            const long t3577_q = o_264 / 8;
            const int t3577_2 = (int)(t3577_q % 2);
            const long t3577_q_2 = t3577_q / 2;
            const int t3577_1 = (int)(t3577_q_2 % d_T);
            const int t3577_0 = (int)(t3577_q_2 / d_T);
            const int t3579_2 = (int)(o_264 % 16);
            const float v26_16 = acc0_3.s7 + x22[(long)t3579_2];
            y73[(((long)t3577_0 * 2 + t3577_2) * 8 + t3577_3) * d_T + t3577_1] = v26_16;
          }
          if (1) {
            const long o_265 = m0_3 * 16 + 8L;
            const int t3584_3 = (int)(o_265 % 8);
            const long t3584_q = o_265 / 8;
            const int t3584_2 = (int)(t3584_q % 2);
            const long t3584_q_2 = t3584_q / 2;
            const int t3584_1 = (int)(t3584_q_2 % d_T);
            const int t3584_0 = (int)(t3584_q_2 / d_T);
            const int t3586_2 = (int)(o_265 % 16);
            const float v26_17 = acc0_3.s8 + x22[(long)t3586_2];
            y29[(((long)t3584_0 * 2 + t3584_2) * d_T + t3584_1) * 8 + t3584_3] = v26_17;
            const int t3590_3 = (int)(o_265 % 8);
            const long t3590_q = o_265 / 8;
            const int t3590_2 = (int)(t3590_q % 2);
            const long t3590_q_2 = t3590_q / 2;
            const int t3590_1 = (int)(t3590_q_2 % d_T);
            const int t3590_0 = (int)(t3590_q_2 / d_T);
            const int t3592_2 = (int)(o_265 % 16);
            const float v26_18 = acc0_3.s8 + x22[(long)t3592_2];
            y73[(((long)t3590_0 * 2 + t3590_2) * 8 + t3590_3) * d_T + t3590_1] = v26_18;
          }
          if (1) {
            const long o_266 = m0_3 * 16 + 9L;
            const int t3597_3 = (int)(o_266 % 8);
            const long t3597_q = o_266 / 8;
            const int t3597_2 = (int)(t3597_q % 2);
            const long t3597_q_2 = t3597_q / 2;
            const int t3597_1 = (int)(t3597_q_2 % d_T);
            const int t3597_0 = (int)(t3597_q_2 / d_T);
            const int t3599_2 = (int)(o_266 % 16);
            const float v26_19 = acc0_3.s9 + x22[(long)t3599_2];
            y29[(((long)t3597_0 * 2 + t3597_2) * d_T + t3597_1) * 8 + t3597_3] = v26_19;
            const int t3603_3 = (int)(o_266 % 8);
            const long t3603_q = o_266 / 8;
            const int t3603_2 = (int)(t3603_q % 2);
            const long t3603_q_2 = t3603_q / 2;
            const int t3603_1 = (int)(t3603_q_2 % d_T);
            const int t3603_0 = (int)(t3603_q_2 / d_T);
            const int t3605_2 = (int)(o_266 % 16);
            const float v26_20 = acc0_3.s9 + x22[(long)t3605_2];
            y73[(((long)t3603_0 * 2 + t3603_2) * 8 + t3603_3) * d_T + t3603_1] = v26_20;
          }
          if (1) {
            const long o_267 = m0_3 * 16 + 10L;
            const int t3610_3 = (int)(o_267 % 8);
            const long t3610_q = o_267 / 8;
            const int t3610_2 = (int)(t3610_q % 2);
            const long t3610_q_2 = t3610_q / 2;
            const int t3610_1 = (int)(t3610_q_2 % d_T);
            const int t3610_0 = (int)(t3610_q_2 / d_T);
            const int t3612_2 = (int)(o_267 % 16);
            const float v26_21 = acc0_3.sa + x22[(long)t3612_2];
            y29[(((long)t3610_0 * 2 + t3610_2) * d_T + t3610_1) * 8 + t3610_3] = v26_21;
            const int t3616_3 = (int)(o_267 % 8);
            const long t3616_q = o_267 / 8;
            const int t3616_2 = (int)(t3616_q % 2);
            const long t3616_q_2 = t3616_q / 2;
            const int t3616_1 = (int)(t3616_q_2 % d_T);
            const int t3616_0 = (int)(t3616_q_2 / d_T);
            const int t3618_2 = (int)(o_267 % 16);
            const float v26_22 = acc0_3.sa + x22[(long)t3618_2];
            y73[(((long)t3616_0 * 2 + t3616_2) * 8 + t3616_3) * d_T + t3616_1] = v26_22;
          }
          if (1) {
            const long o_268 = m0_3 * 16 + 11L;
            const int t3623_3 = (int)(o_268 % 8);
            const long t3623_q = o_268 / 8;
            const int t3623_2 = (int)(t3623_q % 2);
            const long t3623_q_2 = t3623_q / 2;
            const int t3623_1 = (int)(t3623_q_2 % d_T);
            const int t3623_0 = (int)(t3623_q_2 / d_T);
            const int t3625_2 = (int)(o_268 % 16);
            const float v26_23 = acc0_3.sb + x22[(long)t3625_2];
            y29[(((long)t3623_0 * 2 + t3623_2) * d_T + t3623_1) * 8 + t3623_3] = v26_23;
            const int t3629_3 = (int)(o_268 % 8);
            const long t3629_q = o_268 / 8;
            const int t3629_2 = (int)(t3629_q % 2);
            const long t3629_q_2 = t3629_q / 2;
            const int t3629_1 = (int)(t3629_q_2 % d_T);
            const int t3629_0 = (int)(t3629_q_2 / d_T);
            const int t3631_2 = (int)(o_268 % 16);
            const float v26_24 = acc0_3.sb + x22[(long)t3631_2];
            y73[(((long)t3629_0 * 2 + t3629_2) * 8 + t3629_3) * d_T + t3629_1] = v26_24;
          }
          if (1) {
            const long o_269 = m0_3 * 16 + 12L;
            const int t3636_3 = (int)(o_269 % 8);
            const long t3636_q = o_269 / 8;
            const int t3636_2 = (int)(t3636_q % 2);
            const long t3636_q_2 = t3636_q / 2;
            const int t3636_1 = (int)(t3636_q_2 % d_T);
            const int t3636_0 = (int)(t3636_q_2 / d_T);
            const int t3638_2 = (int)(o_269 % 16);
            const float v26_25 = acc0_3.sc + x22[(long)t3638_2];
            y29[(((long)t3636_0 * 2 + t3636_2) * d_T + t3636_1) * 8 + t3636_3] = v26_25;
            const int t3642_3 = (int)(o_269 % 8);
            const long t3642_q = o_269 / 8;
            const int t3642_2 = (int)(t3642_q % 2);
            const long t3642_q_2 = t3642_q / 2;
            const int t3642_1 = (int)(t3642_q_2 % d_T);
            const int t3642_0 = (int)(t3642_q_2 / d_T);
            const int t3644_2 = (int)(o_269 % 16);
            const float v26_26 = acc0_3.sc + x22[(long)t3644_2];
            y73[(((long)t3642_0 * 2 + t3642_2) * 8 + t3642_3) * d_T + t3642_1] = v26_26;
          }
          if (1) {
            const long o_270 = m0_3 * 16 + 13L;
            const int t3649_3 = (int)(o_270 % 8);
            const long t3649_q = o_270 / 8;
            const int t3649_2 = (int)(t3649_q % 2);
            const long t3649_q_2 = t3649_q / 2;
            const int t3649_1 = (int)(t3649_q_2 % d_T);
            const int t3649_0 = (int)(t3649_q_2 / d_T);
            const int t3651_2 = (int)(o_270 % 16);
            const float v26_27 = acc0_3.sd + x22[(long)t3651_2];
            y29[(((long)t3649_0 * 2 + t3649_2) * d_T + t3649_1) * 8 + t3649_3] = v26_27;
            const int t3655_3 = (int)(o_270 % 8);
            const long t3655_q = o_270 / 8;
            const int t3655_2 = (int)(t3655_q % 2);
            const long t3655_q_2 = t3655_q / 2;
            const int t3655_1 = (int)(t3655_q_2 % d_T);
            const int t3655_0 = (int)(t3655_q_2 / d_T);
            const int t3657_2 = (int)(o_270 % 16);
            const float v26_28 = acc0_3.sd + x22[(long)t3657_2];
            y73[(((long)t3655_0 * 2 + t3655_2) * 8 + t3655_3) * d_T + t3655_1] = v26_28;
          }
          if (1) {
            const long o_271 = m0_3 * 16 + 14L;
            const int t3662_3 = (int)(o_271 % 8);
            const long t3662_q = o_271 / 8;
            const int t3662_2 = (int)(t3662_q % 2);
            const long t3662_q_2 = t3662_q / 2;
            const int t3662_1 = (int)(t3662_q_2 % d_T);
            const int t3662_0 = (int)(t3662_q_2 / d_T);
            const int t3664_2 = (int)(o_271 % 16);
            const float v26_29 = acc0_3.se + x22[(long)t3664_2];
            y29[(((long)t3662_0 * 2 + t3662_2) * d_T + t3662_1) * 8 + t3662_3] = v26_29;
            const int t3668_3 = (int)(o_271 % 8);
            const long t3668_q = o_271 / 8;
            const int t3668_2 = (int)(t3668_q % 2);
            const long t3668_q_2 = t3668_q / 2;
            const int t3668_1 = (int)(t3668_q_2 % d_T);
            const int t3668_0 = (int)(t3668_q_2 / d_T);
            const int t3670_2 = (int)(o_271 % 16);
            const float v26_30 = acc0_3.se + x22[(long)t3670_2];
            y73[(((long)t3668_0 * 2 + t3668_2) * 8 + t3668_3) * d_T + t3668_1] = v26_30;
          }
          if (1) {
            const long o_272 = m0_3 * 16 + 15L;
            const int t3675_3 = (int)(o_272 % 8);
            const long t3675_q = o_272 / 8;
            const int t3675_2 = (int)(t3675_q % 2);
            const long t3675_q_2 = t3675_q / 2;
            const int t3675_1 = (int)(t3675_q_2 % d_T);
            const int t3675_0 = (int)(t3675_q_2 / d_T);
            const int t3677_2 = (int)(o_272 % 16);
            const float v26_31 = acc0_3.sf + x22[(long)t3677_2];
            y29[(((long)t3675_0 * 2 + t3675_2) * d_T + t3675_1) * 8 + t3675_3] = v26_31;
            const int t3681_3 = (int)(o_272 % 8);
            const long t3681_q = o_272 / 8;
            const int t3681_2 = (int)(t3681_q % 2);
            const long t3681_q_2 = t3681_q / 2;
            const int t3681_1 = (int)(t3681_q_2 % d_T);
            const int t3681_0 = (int)(t3681_q_2 / d_T);
            const int t3683_2 = (int)(o_272 % 16);
            const float v26_32 = acc0_3.sf + x22[(long)t3683_2];
            y73[(((long)t3681_0 * 2 + t3681_2) * 8 + t3681_3) * d_T + t3681_1] = v26_32;
          }
        }
        const long om_15 = m0_3 + 1;
        if (om_15 < M_3) {
          if (1) {
            const long o_273 = om_15 * 16;
            const int t3688_3 = (int)(o_273 % 8);
            const long t3688_q = o_273 / 8;
            const int t3688_2 = (int)(t3688_q % 2);
            const long t3688_q_2 = t3688_q / 2;
            const int t3688_1 = (int)(t3688_q_2 % d_T);
            const int t3688_0 = (int)(t3688_q_2 / d_T);
            const int t3690_2 = (int)(o_273 % 16);
            const float v26_33 = acc1_3.s0 + x22[(long)t3690_2];
            y29[(((long)t3688_0 * 2 + t3688_2) * d_T + t3688_1) * 8 + t3688_3] = v26_33;
            const int t3694_3 = (int)(o_273 % 8);
            const long t3694_q = o_273 / 8;
            const int t3694_2 = (int)(t3694_q % 2);
            const long t3694_q_2 = t3694_q / 2;
            const int t3694_1 = (int)(t3694_q_2 % d_T);
            const int t3694_0 = (int)(t3694_q_2 / d_T);
            const int t3696_2 = (int)(o_273 % 16);
            const float v26_34 = acc1_3.s0 + x22[(long)t3696_2];
            y73[(((long)t3694_0 * 2 + t3694_2) * 8 + t3694_3) * d_T + t3694_1] = v26_34;
          }
          if (1) {
            const long o_274 = om_15 * 16 + 1L;
            const int t3701_3 = (int)(o_274 % 8);
            const long t3701_q = o_274 / 8;
            const int t3701_2 = (int)(t3701_q % 2);
            const long t3701_q_2 = t3701_q / 2;
            const int t3701_1 = (int)(t3701_q_2 % d_T);
            const int t3701_0 = (int)(t3701_q_2 / d_T);
            const int t3703_2 = (int)(o_274 % 16);
            const float v26_35 = acc1_3.s1 + x22[(long)t3703_2];
            y29[(((long)t3701_0 * 2 + t3701_2) * d_T + t3701_1) * 8 + t3701_3] = v26_35;
            const int t3707_3 = (int)(o_274 % 8);
            const long t3707_q = o_274 / 8;
            const int t3707_2 = (int)(t3707_q % 2);
            const long t3707_q_2 = t3707_q / 2;
            const int t3707_1 = (int)(t3707_q_2 % d_T);
            const int t3707_0 = (int)(t3707_q_2 / d_T);
            const int t3709_2 = (int)(o_274 % 16);
            const float v26_36 = acc1_3.s1 + x22[(long)t3709_2];
            y73[(((long)t3707_0 * 2 + t3707_2) * 8 + t3707_3) * d_T + t3707_1] = v26_36;
          }
          if (1) {
            const long o_275 = om_15 * 16 + 2L;
            const int t3714_3 = (int)(o_275 % 8);
            const long t3714_q = o_275 / 8;
            const int t3714_2 = (int)(t3714_q % 2);
            const long t3714_q_2 = t3714_q / 2;
            const int t3714_1 = (int)(t3714_q_2 % d_T);
            const int t3714_0 = (int)(t3714_q_2 / d_T);
            const int t3716_2 = (int)(o_275 % 16);
            const float v26_37 = acc1_3.s2 + x22[(long)t3716_2];
            y29[(((long)t3714_0 * 2 + t3714_2) * d_T + t3714_1) * 8 + t3714_3] = v26_37;
            const int t3720_3 = (int)(o_275 % 8);
            const long t3720_q = o_275 / 8;
            const int t3720_2 = (int)(t3720_q % 2);
            const long t3720_q_2 = t3720_q / 2;
            const int t3720_1 = (int)(t3720_q_2 % d_T);
            const int t3720_0 = (int)(t3720_q_2 / d_T);
            const int t3722_2 = (int)(o_275 % 16);
            const float v26_38 = acc1_3.s2 + x22[(long)t3722_2];
            y73[(((long)t3720_0 * 2 + t3720_2) * 8 + t3720_3) * d_T + t3720_1] = v26_38;
          }
          if (1) {
            const long o_276 = om_15 * 16 + 3L;
            const int t3727_3 = (int)(o_276 % 8);
            const long t3727_q = o_276 / 8;
            const int t3727_2 = (int)(t3727_q % 2);
            const long t3727_q_2 = t3727_q / 2;
            const int t3727_1 = (int)(t3727_q_2 % d_T);
            const int t3727_0 = (int)(t3727_q_2 / d_T);
            const int t3729_2 = (int)(o_276 % 16);
            const float v26_39 = acc1_3.s3 + x22[(long)t3729_2];
            y29[(((long)t3727_0 * 2 + t3727_2) * d_T + t3727_1) * 8 + t3727_3] = v26_39;
            const int t3733_3 = (int)(o_276 % 8);
            const long t3733_q = o_276 / 8;
            const int t3733_2 = (int)(t3733_q % 2);
            const long t3733_q_2 = t3733_q / 2;
            const int t3733_1 = (int)(t3733_q_2 % d_T);
            const int t3733_0 = (int)(t3733_q_2 / d_T);
            const int t3735_2 = (int)(o_276 % 16);
            const float v26_40 = acc1_3.s3 + x22[(long)t3735_2];
            y73[(((long)t3733_0 * 2 + t3733_2) * 8 + t3733_3) * d_T + t3733_1] = v26_40;
          }
          if (1) {
            const long o_277 = om_15 * 16 + 4L;
            const int t3740_3 = (int)(o_277 % 8);
            const long t3740_q = o_277 / 8;
            const int t3740_2 = (int)(t3740_q % 2);
            const long t3740_q_2 = t3740_q / 2;
            const int t3740_1 = (int)(t3740_q_2 % d_T);
            const int t3740_0 = (int)(t3740_q_2 / d_T);
            const int t3742_2 = (int)(o_277 % 16);
            const float v26_41 = acc1_3.s4 + x22[(long)t3742_2];
            y29[(((long)t3740_0 * 2 + t3740_2) * d_T + t3740_1) * 8 + t3740_3] = v26_41;
            const int t3746_3 = (int)(o_277 % 8);
            const long t3746_q = o_277 / 8;
            const int t3746_2 = (int)(t3746_q % 2);
            const long t3746_q_2 = t3746_q / 2;
            const int t3746_1 = (int)(t3746_q_2 % d_T);
            const int t3746_0 = (int)(t3746_q_2 / d_T);
            const int t3748_2 = (int)(o_277 % 16);
            const float v26_42 = acc1_3.s4 + x22[(long)t3748_2];
            y73[(((long)t3746_0 * 2 + t3746_2) * 8 + t3746_3) * d_T + t3746_1] = v26_42;
          }
          if (1) {
            const long o_278 = om_15 * 16 + 5L;
            const int t3753_3 = (int)(o_278 % 8);
            const long t3753_q = o_278 / 8;
            const int t3753_2 = (int)(t3753_q % 2);
            const long t3753_q_2 = t3753_q / 2;
            const int t3753_1 = (int)(t3753_q_2 % d_T);
            const int t3753_0 = (int)(t3753_q_2 / d_T);
            const int t3755_2 = (int)(o_278 % 16);
            const float v26_43 = acc1_3.s5 + x22[(long)t3755_2];
            y29[(((long)t3753_0 * 2 + t3753_2) * d_T + t3753_1) * 8 + t3753_3] = v26_43;
            const int t3759_3 = (int)(o_278 % 8);
            const long t3759_q = o_278 / 8;
            const int t3759_2 = (int)(t3759_q % 2);
            const long t3759_q_2 = t3759_q / 2;
            const int t3759_1 = (int)(t3759_q_2 % d_T);
            const int t3759_0 = (int)(t3759_q_2 / d_T);
            const int t3761_2 = (int)(o_278 % 16);
            const float v26_44 = acc1_3.s5 + x22[(long)t3761_2];
            y73[(((long)t3759_0 * 2 + t3759_2) * 8 + t3759_3) * d_T + t3759_1] = v26_44;
          }
          if (1) {
            const long o_279 = om_15 * 16 + 6L;
            const int t3766_3 = (int)(o_279 % 8);
            const long t3766_q = o_279 / 8;
            const int t3766_2 = (int)(t3766_q % 2);
            const long t3766_q_2 = t3766_q / 2;
            const int t3766_1 = (int)(t3766_q_2 % d_T);
            const int t3766_0 = (int)(t3766_q_2 / d_T);
            const int t3768_2 = (int)(o_279 % 16);
            const float v26_45 = acc1_3.s6 + x22[(long)t3768_2];
            y29[(((long)t3766_0 * 2 + t3766_2) * d_T + t3766_1) * 8 + t3766_3] = v26_45;
            const int t3772_3 = (int)(o_279 % 8);
            const long t3772_q = o_279 / 8;
            const int t3772_2 = (int)(t3772_q % 2);
            const long t3772_q_2 = t3772_q / 2;
            const int t3772_1 = (int)(t3772_q_2 % d_T);
            const int t3772_0 = (int)(t3772_q_2 / d_T);
            const int t3774_2 = (int)(o_279 % 16);
            const float v26_46 = acc1_3.s6 + x22[(long)t3774_2];
            y73[(((long)t3772_0 * 2 + t3772_2) * 8 + t3772_3) * d_T + t3772_1] = v26_46;
          }
          if (1) {
            const long o_280 = om_15 * 16 + 7L;
            const int t3779_3 = (int)(o_280 % 8);
            const long t3779_q = o_280 / 8;
            const int t3779_2 = (int)(t3779_q % 2);
            const long t3779_q_2 = t3779_q / 2;
            const int t3779_1 = (int)(t3779_q_2 % d_T);
            const int t3779_0 = (int)(t3779_q_2 / d_T);
            const int t3781_2 = (int)(o_280 % 16);
            const float v26_47 = acc1_3.s7 + x22[(long)t3781_2];
            y29[(((long)t3779_0 * 2 + t3779_2) * d_T + t3779_1) * 8 + t3779_3] = v26_47;
            const int t3785_3 = (int)(o_280 % 8);
            const long t3785_q = o_280 / 8;
            const int t3785_2 = (int)(t3785_q % 2);
            const long t3785_q_2 = t3785_q / 2;
            const int t3785_1 = (int)(t3785_q_2 % d_T);
            const int t3785_0 = (int)(t3785_q_2 / d_T);
            const int t3787_2 = (int)(o_280 % 16);
            const float v26_48 = acc1_3.s7 + x22[(long)t3787_2];
            y73[(((long)t3785_0 * 2 + t3785_2) * 8 + t3785_3) * d_T + t3785_1] = v26_48;
          }
          if (1) {
            const long o_281 = om_15 * 16 + 8L;
            const int t3792_3 = (int)(o_281 % 8);
            const long t3792_q = o_281 / 8;
            const int t3792_2 = (int)(t3792_q % 2);
            const long t3792_q_2 = t3792_q / 2;
            const int t3792_1 = (int)(t3792_q_2 % d_T);
            const int t3792_0 = (int)(t3792_q_2 / d_T);
            const int t3794_2 = (int)(o_281 % 16);
            const float v26_49 = acc1_3.s8 + x22[(long)t3794_2];
            y29[(((long)t3792_0 * 2 + t3792_2) * d_T + t3792_1) * 8 + t3792_3] = v26_49;
            const int t3798_3 = (int)(o_281 % 8);
            const long t3798_q = o_281 / 8;
            const int t3798_2 = (int)(t3798_q % 2);
            const long t3798_q_2 = t3798_q / 2;
            const int t3798_1 = (int)(t3798_q_2 % d_T);
            const int t3798_0 = (int)(t3798_q_2 / d_T);
            const int t3800_2 = (int)(o_281 % 16);
            const float v26_50 = acc1_3.s8 + x22[(long)t3800_2];
            y73[(((long)t3798_0 * 2 + t3798_2) * 8 + t3798_3) * d_T + t3798_1] = v26_50;
          }
          if (1) {
            const long o_282 = om_15 * 16 + 9L;
            const int t3805_3 = (int)(o_282 % 8);
            const long t3805_q = o_282 / 8;
            const int t3805_2 = (int)(t3805_q % 2);
            const long t3805_q_2 = t3805_q / 2;
            const int t3805_1 = (int)(t3805_q_2 % d_T);
            const int t3805_0 = (int)(t3805_q_2 / d_T);
            const int t3807_2 = (int)(o_282 % 16);
            const float v26_51 = acc1_3.s9 + x22[(long)t3807_2];
            y29[(((long)t3805_0 * 2 + t3805_2) * d_T + t3805_1) * 8 + t3805_3] = v26_51;
            const int t3811_3 = (int)(o_282 % 8);
            const long t3811_q = o_282 / 8;
            const int t3811_2 = (int)(t3811_q % 2);
            const long t3811_q_2 = t3811_q / 2;
            const int t3811_1 = (int)(t3811_q_2 % d_T);
            const int t3811_0 = (int)(t3811_q_2 / d_T);
            const int t3813_2 = (int)(o_282 % 16);
            const float v26_52 = acc1_3.s9 + x22[(long)t3813_2];
            y73[(((long)t3811_0 * 2 + t3811_2) * 8 + t3811_3) * d_T + t3811_1] = v26_52;
          }
          if (1) {
            const long o_283 = om_15 * 16 + 10L;
            const int t3818_3 = (int)(o_283 % 8);
            const long t3818_q = o_283 / 8;
            const int t3818_2 = (int)(t3818_q % 2);
            const long t3818_q_2 = t3818_q / 2;
            const int t3818_1 = (int)(t3818_q_2 % d_T);
            const int t3818_0 = (int)(t3818_q_2 / d_T);
            const int t3820_2 = (int)(o_283 % 16);
            const float v26_53 = acc1_3.sa + x22[(long)t3820_2];
            y29[(((long)t3818_0 * 2 + t3818_2) * d_T + t3818_1) * 8 + t3818_3] = v26_53;
            const int t3824_3 = (int)(o_283 % 8);
            const long t3824_q = o_283 / 8;
            const int t3824_2 = (int)(t3824_q % 2);
            const long t3824_q_2 = t3824_q / 2;
            const int t3824_1 = (int)(t3824_q_2 % d_T);
            const int t3824_0 = (int)(t3824_q_2 / d_T);
            const int t3826_2 = (int)(o_283 % 16);
            const float v26_54 = acc1_3.sa + x22[(long)t3826_2];
            y73[(((long)t3824_0 * 2 + t3824_2) * 8 + t3824_3) * d_T + t3824_1] = v26_54;
          }
          if (1) {
            const long o_284 = om_15 * 16 + 11L;
            const int t3831_3 = (int)(o_284 % 8);
            const long t3831_q = o_284 / 8;
            const int t3831_2 = (int)(t3831_q % 2);
            const long t3831_q_2 = t3831_q / 2;
            const int t3831_1 = (int)(t3831_q_2 % d_T);
            const int t3831_0 = (int)(t3831_q_2 / d_T);
            const int t3833_2 = (int)(o_284 % 16);
            const float v26_55 = acc1_3.sb + x22[(long)t3833_2];
            y29[(((long)t3831_0 * 2 + t3831_2) * d_T + t3831_1) * 8 + t3831_3] = v26_55;
            const int t3837_3 = (int)(o_284 % 8);
            const long t3837_q = o_284 / 8;
            const int t3837_2 = (int)(t3837_q % 2);
            const long t3837_q_2 = t3837_q / 2;
            const int t3837_1 = (int)(t3837_q_2 % d_T);
            const int t3837_0 = (int)(t3837_q_2 / d_T);
            const int t3839_2 = (int)(o_284 % 16);
            const float v26_56 = acc1_3.sb + x22[(long)t3839_2];
            y73[(((long)t3837_0 * 2 + t3837_2) * 8 + t3837_3) * d_T + t3837_1] = v26_56;
          }
          if (1) {
            const long o_285 = om_15 * 16 + 12L;
            const int t3844_3 = (int)(o_285 % 8);
            const long t3844_q = o_285 / 8;
            const int t3844_2 = (int)(t3844_q % 2);
            const long t3844_q_2 = t3844_q / 2;
            const int t3844_1 = (int)(t3844_q_2 % d_T);
            const int t3844_0 = (int)(t3844_q_2 / d_T);
            const int t3846_2 = (int)(o_285 % 16);
            const float v26_57 = acc1_3.sc + x22[(long)t3846_2];
            y29[(((long)t3844_0 * 2 + t3844_2) * d_T + t3844_1) * 8 + t3844_3] = v26_57;
            const int t3850_3 = (int)(o_285 % 8);
            const long t3850_q = o_285 / 8;
            const int t3850_2 = (int)(t3850_q % 2);
            const long t3850_q_2 = t3850_q / 2;
            const int t3850_1 = (int)(t3850_q_2 % d_T);
            const int t3850_0 = (int)(t3850_q_2 / d_T);
            const int t3852_2 = (int)(o_285 % 16);
            const float v26_58 = acc1_3.sc + x22[(long)t3852_2];
            y73[(((long)t3850_0 * 2 + t3850_2) * 8 + t3850_3) * d_T + t3850_1] = v26_58;
          }
          if (1) {
            const long o_286 = om_15 * 16 + 13L;
            const int t3857_3 = (int)(o_286 % 8);
            const long t3857_q = o_286 / 8;
            const int t3857_2 = (int)(t3857_q % 2);
            const long t3857_q_2 = t3857_q / 2;
            const int t3857_1 = (int)(t3857_q_2 % d_T);
            const int t3857_0 = (int)(t3857_q_2 / d_T);
            const int t3859_2 = (int)(o_286 % 16);
            const float v26_59 = acc1_3.sd + x22[(long)t3859_2];
            y29[(((long)t3857_0 * 2 + t3857_2) * d_T + t3857_1) * 8 + t3857_3] = v26_59;
            const int t3863_3 = (int)(o_286 % 8);
            const long t3863_q = o_286 / 8;
            const int t3863_2 = (int)(t3863_q % 2);
            const long t3863_q_2 = t3863_q / 2;
            const int t3863_1 = (int)(t3863_q_2 % d_T);
            const int t3863_0 = (int)(t3863_q_2 / d_T);
            const int t3865_2 = (int)(o_286 % 16);
            const float v26_60 = acc1_3.sd + x22[(long)t3865_2];
            y73[(((long)t3863_0 * 2 + t3863_2) * 8 + t3863_3) * d_T + t3863_1] = v26_60;
          }
          if (1) {
            const long o_287 = om_15 * 16 + 14L;
            const int t3870_3 = (int)(o_287 % 8);
            const long t3870_q = o_287 / 8;
            const int t3870_2 = (int)(t3870_q % 2);
            const long t3870_q_2 = t3870_q / 2;
            const int t3870_1 = (int)(t3870_q_2 % d_T);
            const int t3870_0 = (int)(t3870_q_2 / d_T);
            const int t3872_2 = (int)(o_287 % 16);
            const float v26_61 = acc1_3.se + x22[(long)t3872_2];
            y29[(((long)t3870_0 * 2 + t3870_2) * d_T + t3870_1) * 8 + t3870_3] = v26_61;
            const int t3876_3 = (int)(o_287 % 8);
            const long t3876_q = o_287 / 8;
            const int t3876_2 = (int)(t3876_q % 2);
            const long t3876_q_2 = t3876_q / 2;
            const int t3876_1 = (int)(t3876_q_2 % d_T);
            const int t3876_0 = (int)(t3876_q_2 / d_T);
            const int t3878_2 = (int)(o_287 % 16);
            const float v26_62 = acc1_3.se + x22[(long)t3878_2];
            y73[(((long)t3876_0 * 2 + t3876_2) * 8 + t3876_3) * d_T + t3876_1] = v26_62;
          }
          if (1) {
            const long o_288 = om_15 * 16 + 15L;
            const int t3883_3 = (int)(o_288 % 8);
            const long t3883_q = o_288 / 8;
            const int t3883_2 = (int)(t3883_q % 2);
            const long t3883_q_2 = t3883_q / 2;
            const int t3883_1 = (int)(t3883_q_2 % d_T);
            const int t3883_0 = (int)(t3883_q_2 / d_T);
            const int t3885_2 = (int)(o_288 % 16);
            const float v26_63 = acc1_3.sf + x22[(long)t3885_2];
            y29[(((long)t3883_0 * 2 + t3883_2) * d_T + t3883_1) * 8 + t3883_3] = v26_63;
            const int t3889_3 = (int)(o_288 % 8);
            const long t3889_q = o_288 / 8;
            const int t3889_2 = (int)(t3889_q % 2);
            const long t3889_q_2 = t3889_q / 2;
            const int t3889_1 = (int)(t3889_q_2 % d_T);
            const int t3889_0 = (int)(t3889_q_2 / d_T);
            const int t3891_2 = (int)(o_288 % 16);
            const float v26_64 = acc1_3.sf + x22[(long)t3891_2];
            y73[(((long)t3889_0 * 2 + t3889_2) * 8 + t3889_3) * d_T + t3889_1] = v26_64;
          }
        }
        const long om_16 = m0_3 + 2;
        if (om_16 < M_3) {
          if (1) {
            const long o_289 = om_16 * 16;
            const int t3896_3 = (int)(o_289 % 8);
            const long t3896_q = o_289 / 8;
            const int t3896_2 = (int)(t3896_q % 2);
            const long t3896_q_2 = t3896_q / 2;
            const int t3896_1 = (int)(t3896_q_2 % d_T);
            const int t3896_0 = (int)(t3896_q_2 / d_T);
            const int t3898_2 = (int)(o_289 % 16);
            const float v26_65 = acc2_3.s0 + x22[(long)t3898_2];
            y29[(((long)t3896_0 * 2 + t3896_2) * d_T + t3896_1) * 8 + t3896_3] = v26_65;
            const int t3902_3 = (int)(o_289 % 8);
            const long t3902_q = o_289 / 8;
            const int t3902_2 = (int)(t3902_q % 2);
            const long t3902_q_2 = t3902_q / 2;
            const int t3902_1 = (int)(t3902_q_2 % d_T);
            const int t3902_0 = (int)(t3902_q_2 / d_T);
            const int t3904_2 = (int)(o_289 % 16);
            const float v26_66 = acc2_3.s0 + x22[(long)t3904_2];
            y73[(((long)t3902_0 * 2 + t3902_2) * 8 + t3902_3) * d_T + t3902_1] = v26_66;
          }
          if (1) {
            const long o_290 = om_16 * 16 + 1L;
            const int t3909_3 = (int)(o_290 % 8);
            const long t3909_q = o_290 / 8;
            const int t3909_2 = (int)(t3909_q % 2);
            const long t3909_q_2 = t3909_q / 2;
            const int t3909_1 = (int)(t3909_q_2 % d_T);
            const int t3909_0 = (int)(t3909_q_2 / d_T);
            const int t3911_2 = (int)(o_290 % 16);
            const float v26_67 = acc2_3.s1 + x22[(long)t3911_2];
            y29[(((long)t3909_0 * 2 + t3909_2) * d_T + t3909_1) * 8 + t3909_3] = v26_67;
            const int t3915_3 = (int)(o_290 % 8);
            const long t3915_q = o_290 / 8;
            const int t3915_2 = (int)(t3915_q % 2);
            const long t3915_q_2 = t3915_q / 2;
            const int t3915_1 = (int)(t3915_q_2 % d_T);
            const int t3915_0 = (int)(t3915_q_2 / d_T);
            const int t3917_2 = (int)(o_290 % 16);
            const float v26_68 = acc2_3.s1 + x22[(long)t3917_2];
            y73[(((long)t3915_0 * 2 + t3915_2) * 8 + t3915_3) * d_T + t3915_1] = v26_68;
          }
          if (1) {
            const long o_291 = om_16 * 16 + 2L;
            const int t3922_3 = (int)(o_291 % 8);
            const long t3922_q = o_291 / 8;
            const int t3922_2 = (int)(t3922_q % 2);
            const long t3922_q_2 = t3922_q / 2;
            const int t3922_1 = (int)(t3922_q_2 % d_T);
            const int t3922_0 = (int)(t3922_q_2 / d_T);
            const int t3924_2 = (int)(o_291 % 16);
            const float v26_69 = acc2_3.s2 + x22[(long)t3924_2];
            y29[(((long)t3922_0 * 2 + t3922_2) * d_T + t3922_1) * 8 + t3922_3] = v26_69;
            const int t3928_3 = (int)(o_291 % 8);
            const long t3928_q = o_291 / 8;
            const int t3928_2 = (int)(t3928_q % 2);
            const long t3928_q_2 = t3928_q / 2;
            const int t3928_1 = (int)(t3928_q_2 % d_T);
            const int t3928_0 = (int)(t3928_q_2 / d_T);
            const int t3930_2 = (int)(o_291 % 16);
            const float v26_70 = acc2_3.s2 + x22[(long)t3930_2];
            y73[(((long)t3928_0 * 2 + t3928_2) * 8 + t3928_3) * d_T + t3928_1] = v26_70;
          }
          if (1) {
            const long o_292 = om_16 * 16 + 3L;
            const int t3935_3 = (int)(o_292 % 8);
            const long t3935_q = o_292 / 8;
            const int t3935_2 = (int)(t3935_q % 2);
            const long t3935_q_2 = t3935_q / 2;
            const int t3935_1 = (int)(t3935_q_2 % d_T);
            const int t3935_0 = (int)(t3935_q_2 / d_T);
            const int t3937_2 = (int)(o_292 % 16);
            const float v26_71 = acc2_3.s3 + x22[(long)t3937_2];
            y29[(((long)t3935_0 * 2 + t3935_2) * d_T + t3935_1) * 8 + t3935_3] = v26_71;
            const int t3941_3 = (int)(o_292 % 8);
            const long t3941_q = o_292 / 8;
            const int t3941_2 = (int)(t3941_q % 2);
            const long t3941_q_2 = t3941_q / 2;
            const int t3941_1 = (int)(t3941_q_2 % d_T);
            const int t3941_0 = (int)(t3941_q_2 / d_T);
            const int t3943_2 = (int)(o_292 % 16);
            const float v26_72 = acc2_3.s3 + x22[(long)t3943_2];
            y73[(((long)t3941_0 * 2 + t3941_2) * 8 + t3941_3) * d_T + t3941_1] = v26_72;
          }
          if (1) {
            const long o_293 = om_16 * 16 + 4L;
            const int t3948_3 = (int)(o_293 % 8);
            const long t3948_q = o_293 / 8;
            const int t3948_2 = (int)(t3948_q % 2);
            const long t3948_q_2 = t3948_q / 2;
            const int t3948_1 = (int)(t3948_q_2 % d_T);
            const int t3948_0 = (int)(t3948_q_2 / d_T);
            const int t3950_2 = (int)(o_293 % 16);
            const float v26_73 = acc2_3.s4 + x22[(long)t3950_2];
            y29[(((long)t3948_0 * 2 + t3948_2) * d_T + t3948_1) * 8 + t3948_3] = v26_73;
            const int t3954_3 = (int)(o_293 % 8);
            const long t3954_q = o_293 / 8;
            const int t3954_2 = (int)(t3954_q % 2);
            const long t3954_q_2 = t3954_q / 2;
            const int t3954_1 = (int)(t3954_q_2 % d_T);
            const int t3954_0 = (int)(t3954_q_2 / d_T);
            const int t3956_2 = (int)(o_293 % 16);
            const float v26_74 = acc2_3.s4 + x22[(long)t3956_2];
            y73[(((long)t3954_0 * 2 + t3954_2) * 8 + t3954_3) * d_T + t3954_1] = v26_74;
          }
          if (1) {
            const long o_294 = om_16 * 16 + 5L;
            const int t3961_3 = (int)(o_294 % 8);
            const long t3961_q = o_294 / 8;
            const int t3961_2 = (int)(t3961_q % 2);
            const long t3961_q_2 = t3961_q / 2;
            const int t3961_1 = (int)(t3961_q_2 % d_T);
            const int t3961_0 = (int)(t3961_q_2 / d_T);
            const int t3963_2 = (int)(o_294 % 16);
            const float v26_75 = acc2_3.s5 + x22[(long)t3963_2];
            y29[(((long)t3961_0 * 2 + t3961_2) * d_T + t3961_1) * 8 + t3961_3] = v26_75;
            const int t3967_3 = (int)(o_294 % 8);
            const long t3967_q = o_294 / 8;
            const int t3967_2 = (int)(t3967_q % 2);
            const long t3967_q_2 = t3967_q / 2;
            const int t3967_1 = (int)(t3967_q_2 % d_T);
            const int t3967_0 = (int)(t3967_q_2 / d_T);
            const int t3969_2 = (int)(o_294 % 16);
            const float v26_76 = acc2_3.s5 + x22[(long)t3969_2];
            y73[(((long)t3967_0 * 2 + t3967_2) * 8 + t3967_3) * d_T + t3967_1] = v26_76;
          }
          if (1) {
            const long o_295 = om_16 * 16 + 6L;
            const int t3974_3 = (int)(o_295 % 8);
            const long t3974_q = o_295 / 8;
            const int t3974_2 = (int)(t3974_q % 2);
            const long t3974_q_2 = t3974_q / 2;
            const int t3974_1 = (int)(t3974_q_2 % d_T);
            const int t3974_0 = (int)(t3974_q_2 / d_T);
            const int t3976_2 = (int)(o_295 % 16);
            const float v26_77 = acc2_3.s6 + x22[(long)t3976_2];
            y29[(((long)t3974_0 * 2 + t3974_2) * d_T + t3974_1) * 8 + t3974_3] = v26_77;
            const int t3980_3 = (int)(o_295 % 8);
            const long t3980_q = o_295 / 8;
            const int t3980_2 = (int)(t3980_q % 2);
            const long t3980_q_2 = t3980_q / 2;
            const int t3980_1 = (int)(t3980_q_2 % d_T);
            const int t3980_0 = (int)(t3980_q_2 / d_T);
            const int t3982_2 = (int)(o_295 % 16);
            const float v26_78 = acc2_3.s6 + x22[(long)t3982_2];
            y73[(((long)t3980_0 * 2 + t3980_2) * 8 + t3980_3) * d_T + t3980_1] = v26_78;
          }
          if (1) {
            const long o_296 = om_16 * 16 + 7L;
            const int t3987_3 = (int)(o_296 % 8);
            const long t3987_q = o_296 / 8;
            const int t3987_2 = (int)(t3987_q % 2);
            const long t3987_q_2 = t3987_q / 2;
            const int t3987_1 = (int)(t3987_q_2 % d_T);
            const int t3987_0 = (int)(t3987_q_2 / d_T);
            const int t3989_2 = (int)(o_296 % 16);
            const float v26_79 = acc2_3.s7 + x22[(long)t3989_2];
            y29[(((long)t3987_0 * 2 + t3987_2) * d_T + t3987_1) * 8 + t3987_3] = v26_79;
            const int t3993_3 = (int)(o_296 % 8);
            const long t3993_q = o_296 / 8;
            const int t3993_2 = (int)(t3993_q % 2);
            const long t3993_q_2 = t3993_q / 2;
            const int t3993_1 = (int)(t3993_q_2 % d_T);
            const int t3993_0 = (int)(t3993_q_2 / d_T);
            const int t3995_2 = (int)(o_296 % 16);
            const float v26_80 = acc2_3.s7 + x22[(long)t3995_2];
            y73[(((long)t3993_0 * 2 + t3993_2) * 8 + t3993_3) * d_T + t3993_1] = v26_80;
          }
          if (1) {
            const long o_297 = om_16 * 16 + 8L;
            const int t4000_3 = (int)(o_297 % 8);
            const long t4000_q = o_297 / 8;
            const int t4000_2 = (int)(t4000_q % 2);
            const long t4000_q_2 = t4000_q / 2;
            const int t4000_1 = (int)(t4000_q_2 % d_T);
            const int t4000_0 = (int)(t4000_q_2 / d_T);
            const int t4002_2 = (int)(o_297 % 16);
            const float v26_81 = acc2_3.s8 + x22[(long)t4002_2];
            y29[(((long)t4000_0 * 2 + t4000_2) * d_T + t4000_1) * 8 + t4000_3] = v26_81;
            const int t4006_3 = (int)(o_297 % 8);
            const long t4006_q = o_297 / 8;
            const int t4006_2 = (int)(t4006_q % 2);
            const long t4006_q_2 = t4006_q / 2;
            const int t4006_1 = (int)(t4006_q_2 % d_T);
            const int t4006_0 = (int)(t4006_q_2 / d_T);
            const int t4008_2 = (int)(o_297 % 16);
            const float v26_82 = acc2_3.s8 + x22[(long)t4008_2];
            y73[(((long)t4006_0 * 2 + t4006_2) * 8 + t4006_3) * d_T + t4006_1] = v26_82;
          }
          if (1) {
            const long o_298 = om_16 * 16 + 9L;
            const int t4013_3 = (int)(o_298 % 8);
            const long t4013_q = o_298 / 8;
            const int t4013_2 = (int)(t4013_q % 2);
            const long t4013_q_2 = t4013_q / 2;
            const int t4013_1 = (int)(t4013_q_2 % d_T);
            const int t4013_0 = (int)(t4013_q_2 / d_T);
            const int t4015_2 = (int)(o_298 % 16);
            const float v26_83 = acc2_3.s9 + x22[(long)t4015_2];
            y29[(((long)t4013_0 * 2 + t4013_2) * d_T + t4013_1) * 8 + t4013_3] = v26_83;
            const int t4019_3 = (int)(o_298 % 8);
            const long t4019_q = o_298 / 8;
            const int t4019_2 = (int)(t4019_q % 2);
            const long t4019_q_2 = t4019_q / 2;
            const int t4019_1 = (int)(t4019_q_2 % d_T);
            const int t4019_0 = (int)(t4019_q_2 / d_T);
            const int t4021_2 = (int)(o_298 % 16);
            const float v26_84 = acc2_3.s9 + x22[(long)t4021_2];
            y73[(((long)t4019_0 * 2 + t4019_2) * 8 + t4019_3) * d_T + t4019_1] = v26_84;
          }
          if (1) {
            const long o_299 = om_16 * 16 + 10L;
            const int t4026_3 = (int)(o_299 % 8);
            const long t4026_q = o_299 / 8;
            const int t4026_2 = (int)(t4026_q % 2);
            const long t4026_q_2 = t4026_q / 2;
            const int t4026_1 = (int)(t4026_q_2 % d_T);
            const int t4026_0 = (int)(t4026_q_2 / d_T);
            const int t4028_2 = (int)(o_299 % 16);
            const float v26_85 = acc2_3.sa + x22[(long)t4028_2];
            y29[(((long)t4026_0 * 2 + t4026_2) * d_T + t4026_1) * 8 + t4026_3] = v26_85;
            const int t4032_3 = (int)(o_299 % 8);
            const long t4032_q = o_299 / 8;
            const int t4032_2 = (int)(t4032_q % 2);
            const long t4032_q_2 = t4032_q / 2;
            const int t4032_1 = (int)(t4032_q_2 % d_T);
            const int t4032_0 = (int)(t4032_q_2 / d_T);
            const int t4034_2 = (int)(o_299 % 16);
            const float v26_86 = acc2_3.sa + x22[(long)t4034_2];
            y73[(((long)t4032_0 * 2 + t4032_2) * 8 + t4032_3) * d_T + t4032_1] = v26_86;
          }
          if (1) {
            const long o_300 = om_16 * 16 + 11L;
            const int t4039_3 = (int)(o_300 % 8);
            const long t4039_q = o_300 / 8;
            const int t4039_2 = (int)(t4039_q % 2);
            const long t4039_q_2 = t4039_q / 2;
            const int t4039_1 = (int)(t4039_q_2 % d_T);
            const int t4039_0 = (int)(t4039_q_2 / d_T);
            const int t4041_2 = (int)(o_300 % 16);
            const float v26_87 = acc2_3.sb + x22[(long)t4041_2];
            y29[(((long)t4039_0 * 2 + t4039_2) * d_T + t4039_1) * 8 + t4039_3] = v26_87;
            const int t4045_3 = (int)(o_300 % 8);
            const long t4045_q = o_300 / 8;
            const int t4045_2 = (int)(t4045_q % 2);
            const long t4045_q_2 = t4045_q / 2;
            const int t4045_1 = (int)(t4045_q_2 % d_T);
            const int t4045_0 = (int)(t4045_q_2 / d_T);
            const int t4047_2 = (int)(o_300 % 16);
            const float v26_88 = acc2_3.sb + x22[(long)t4047_2];
            y73[(((long)t4045_0 * 2 + t4045_2) * 8 + t4045_3) * d_T + t4045_1] = v26_88;
          }
          if (1) {
            const long o_301 = om_16 * 16 + 12L;
            const int t4052_3 = (int)(o_301 % 8);
            const long t4052_q = o_301 / 8;
            const int t4052_2 = (int)(t4052_q % 2);
            const long t4052_q_2 = t4052_q / 2;
            const int t4052_1 = (int)(t4052_q_2 % d_T);
            const int t4052_0 = (int)(t4052_q_2 / d_T);
            const int t4054_2 = (int)(o_301 % 16);
            const float v26_89 = acc2_3.sc + x22[(long)t4054_2];
            y29[(((long)t4052_0 * 2 + t4052_2) * d_T + t4052_1) * 8 + t4052_3] = v26_89;
            const int t4058_3 = (int)(o_301 % 8);
            const long t4058_q = o_301 / 8;
            const int t4058_2 = (int)(t4058_q % 2);
            const long t4058_q_2 = t4058_q / 2;
            const int t4058_1 = (int)(t4058_q_2 % d_T);
            const int t4058_0 = (int)(t4058_q_2 / d_T);
            const int t4060_2 = (int)(o_301 % 16);
            const float v26_90 = acc2_3.sc + x22[(long)t4060_2];
            y73[(((long)t4058_0 * 2 + t4058_2) * 8 + t4058_3) * d_T + t4058_1] = v26_90;
          }
          if (1) {
            const long o_302 = om_16 * 16 + 13L;
            const int t4065_3 = (int)(o_302 % 8);
            const long t4065_q = o_302 / 8;
            const int t4065_2 = (int)(t4065_q % 2);
            const long t4065_q_2 = t4065_q / 2;
            const int t4065_1 = (int)(t4065_q_2 % d_T);
            const int t4065_0 = (int)(t4065_q_2 / d_T);
            const int t4067_2 = (int)(o_302 % 16);
            const float v26_91 = acc2_3.sd + x22[(long)t4067_2];
            y29[(((long)t4065_0 * 2 + t4065_2) * d_T + t4065_1) * 8 + t4065_3] = v26_91;
            const int t4071_3 = (int)(o_302 % 8);
            const long t4071_q = o_302 / 8;
            const int t4071_2 = (int)(t4071_q % 2);
            const long t4071_q_2 = t4071_q / 2;
            const int t4071_1 = (int)(t4071_q_2 % d_T);
            const int t4071_0 = (int)(t4071_q_2 / d_T);
            const int t4073_2 = (int)(o_302 % 16);
            const float v26_92 = acc2_3.sd + x22[(long)t4073_2];
            y73[(((long)t4071_0 * 2 + t4071_2) * 8 + t4071_3) * d_T + t4071_1] = v26_92;
          }
          if (1) {
            const long o_303 = om_16 * 16 + 14L;
            const int t4078_3 = (int)(o_303 % 8);
            const long t4078_q = o_303 / 8;
            const int t4078_2 = (int)(t4078_q % 2);
            const long t4078_q_2 = t4078_q / 2;
            const int t4078_1 = (int)(t4078_q_2 % d_T);
            const int t4078_0 = (int)(t4078_q_2 / d_T);
            const int t4080_2 = (int)(o_303 % 16);
            const float v26_93 = acc2_3.se + x22[(long)t4080_2];
            y29[(((long)t4078_0 * 2 + t4078_2) * d_T + t4078_1) * 8 + t4078_3] = v26_93;
            const int t4084_3 = (int)(o_303 % 8);
            const long t4084_q = o_303 / 8;
            const int t4084_2 = (int)(t4084_q % 2);
            const long t4084_q_2 = t4084_q / 2;
            const int t4084_1 = (int)(t4084_q_2 % d_T);
            const int t4084_0 = (int)(t4084_q_2 / d_T);
            const int t4086_2 = (int)(o_303 % 16);
            const float v26_94 = acc2_3.se + x22[(long)t4086_2];
            y73[(((long)t4084_0 * 2 + t4084_2) * 8 + t4084_3) * d_T + t4084_1] = v26_94;
          }
          if (1) {
            const long o_304 = om_16 * 16 + 15L;
            const int t4091_3 = (int)(o_304 % 8);
            const long t4091_q = o_304 / 8;
            const int t4091_2 = (int)(t4091_q % 2);
            const long t4091_q_2 = t4091_q / 2;
            const int t4091_1 = (int)(t4091_q_2 % d_T);
            const int t4091_0 = (int)(t4091_q_2 / d_T);
            const int t4093_2 = (int)(o_304 % 16);
            const float v26_95 = acc2_3.sf + x22[(long)t4093_2];
            y29[(((long)t4091_0 * 2 + t4091_2) * d_T + t4091_1) * 8 + t4091_3] = v26_95;
            const int t4097_3 = (int)(o_304 % 8);
            const long t4097_q = o_304 / 8;
            const int t4097_2 = (int)(t4097_q % 2);
            const long t4097_q_2 = t4097_q / 2;
            const int t4097_1 = (int)(t4097_q_2 % d_T);
            const int t4097_0 = (int)(t4097_q_2 / d_T);
            const int t4099_2 = (int)(o_304 % 16);
            const float v26_96 = acc2_3.sf + x22[(long)t4099_2];
            y73[(((long)t4097_0 * 2 + t4097_2) * 8 + t4097_3) * d_T + t4097_1] = v26_96;
          }
        }
        const long om_17 = m0_3 + 3;
        if (om_17 < M_3) {
          if (1) {
            const long o_305 = om_17 * 16;
            const int t4104_3 = (int)(o_305 % 8);
            const long t4104_q = o_305 / 8;
            const int t4104_2 = (int)(t4104_q % 2);
            const long t4104_q_2 = t4104_q / 2;
            const int t4104_1 = (int)(t4104_q_2 % d_T);
            const int t4104_0 = (int)(t4104_q_2 / d_T);
            const int t4106_2 = (int)(o_305 % 16);
            const float v26_97 = acc3_3.s0 + x22[(long)t4106_2];
            y29[(((long)t4104_0 * 2 + t4104_2) * d_T + t4104_1) * 8 + t4104_3] = v26_97;
            const int t4110_3 = (int)(o_305 % 8);
            const long t4110_q = o_305 / 8;
            const int t4110_2 = (int)(t4110_q % 2);
            const long t4110_q_2 = t4110_q / 2;
            const int t4110_1 = (int)(t4110_q_2 % d_T);
            const int t4110_0 = (int)(t4110_q_2 / d_T);
            const int t4112_2 = (int)(o_305 % 16);
            const float v26_98 = acc3_3.s0 + x22[(long)t4112_2];
            y73[(((long)t4110_0 * 2 + t4110_2) * 8 + t4110_3) * d_T + t4110_1] = v26_98;
          }
          if (1) {
            const long o_306 = om_17 * 16 + 1L;
            const int t4117_3 = (int)(o_306 % 8);
            const long t4117_q = o_306 / 8;
            const int t4117_2 = (int)(t4117_q % 2);
            const long t4117_q_2 = t4117_q / 2;
            const int t4117_1 = (int)(t4117_q_2 % d_T);
            const int t4117_0 = (int)(t4117_q_2 / d_T);
            const int t4119_2 = (int)(o_306 % 16);
            const float v26_99 = acc3_3.s1 + x22[(long)t4119_2];
            y29[(((long)t4117_0 * 2 + t4117_2) * d_T + t4117_1) * 8 + t4117_3] = v26_99;
            const int t4123_3 = (int)(o_306 % 8);
            const long t4123_q = o_306 / 8;
            const int t4123_2 = (int)(t4123_q % 2);
            const long t4123_q_2 = t4123_q / 2;
            const int t4123_1 = (int)(t4123_q_2 % d_T);
            const int t4123_0 = (int)(t4123_q_2 / d_T);
            const int t4125_2 = (int)(o_306 % 16);
            const float v26_100 = acc3_3.s1 + x22[(long)t4125_2];
            y73[(((long)t4123_0 * 2 + t4123_2) * 8 + t4123_3) * d_T + t4123_1] = v26_100;
          }
          if (1) {
            const long o_307 = om_17 * 16 + 2L;
            const int t4130_3 = (int)(o_307 % 8);
            const long t4130_q = o_307 / 8;
            const int t4130_2 = (int)(t4130_q % 2);
            const long t4130_q_2 = t4130_q / 2;
            const int t4130_1 = (int)(t4130_q_2 % d_T);
            const int t4130_0 = (int)(t4130_q_2 / d_T);
            const int t4132_2 = (int)(o_307 % 16);
            const float v26_101 = acc3_3.s2 + x22[(long)t4132_2];
            y29[(((long)t4130_0 * 2 + t4130_2) * d_T + t4130_1) * 8 + t4130_3] = v26_101;
            const int t4136_3 = (int)(o_307 % 8);
            const long t4136_q = o_307 / 8;
            const int t4136_2 = (int)(t4136_q % 2);
            const long t4136_q_2 = t4136_q / 2;
            const int t4136_1 = (int)(t4136_q_2 % d_T);
            const int t4136_0 = (int)(t4136_q_2 / d_T);
            const int t4138_2 = (int)(o_307 % 16);
            const float v26_102 = acc3_3.s2 + x22[(long)t4138_2];
            y73[(((long)t4136_0 * 2 + t4136_2) * 8 + t4136_3) * d_T + t4136_1] = v26_102;
          }
          if (1) {
            const long o_308 = om_17 * 16 + 3L;
            const int t4143_3 = (int)(o_308 % 8);
            const long t4143_q = o_308 / 8;
            const int t4143_2 = (int)(t4143_q % 2);
            const long t4143_q_2 = t4143_q / 2;
            const int t4143_1 = (int)(t4143_q_2 % d_T);
            const int t4143_0 = (int)(t4143_q_2 / d_T);
            const int t4145_2 = (int)(o_308 % 16);
            const float v26_103 = acc3_3.s3 + x22[(long)t4145_2];
            y29[(((long)t4143_0 * 2 + t4143_2) * d_T + t4143_1) * 8 + t4143_3] = v26_103;
            const int t4149_3 = (int)(o_308 % 8);
            const long t4149_q = o_308 / 8;
            const int t4149_2 = (int)(t4149_q % 2);
            const long t4149_q_2 = t4149_q / 2;
            const int t4149_1 = (int)(t4149_q_2 % d_T);
            const int t4149_0 = (int)(t4149_q_2 / d_T);
            const int t4151_2 = (int)(o_308 % 16);
            const float v26_104 = acc3_3.s3 + x22[(long)t4151_2];
            y73[(((long)t4149_0 * 2 + t4149_2) * 8 + t4149_3) * d_T + t4149_1] = v26_104;
          }
          if (1) {
            const long o_309 = om_17 * 16 + 4L;
            const int t4156_3 = (int)(o_309 % 8);
            const long t4156_q = o_309 / 8;
            const int t4156_2 = (int)(t4156_q % 2);
            const long t4156_q_2 = t4156_q / 2;
            const int t4156_1 = (int)(t4156_q_2 % d_T);
            const int t4156_0 = (int)(t4156_q_2 / d_T);
            const int t4158_2 = (int)(o_309 % 16);
            const float v26_105 = acc3_3.s4 + x22[(long)t4158_2];
            y29[(((long)t4156_0 * 2 + t4156_2) * d_T + t4156_1) * 8 + t4156_3] = v26_105;
            const int t4162_3 = (int)(o_309 % 8);
            const long t4162_q = o_309 / 8;
            const int t4162_2 = (int)(t4162_q % 2);
            const long t4162_q_2 = t4162_q / 2;
            const int t4162_1 = (int)(t4162_q_2 % d_T);
            const int t4162_0 = (int)(t4162_q_2 / d_T);
            const int t4164_2 = (int)(o_309 % 16);
            const float v26_106 = acc3_3.s4 + x22[(long)t4164_2];
            y73[(((long)t4162_0 * 2 + t4162_2) * 8 + t4162_3) * d_T + t4162_1] = v26_106;
          }
          if (1) {
            const long o_310 = om_17 * 16 + 5L;
            const int t4169_3 = (int)(o_310 % 8);
            const long t4169_q = o_310 / 8;
            const int t4169_2 = (int)(t4169_q % 2);
            const long t4169_q_2 = t4169_q / 2;
            const int t4169_1 = (int)(t4169_q_2 % d_T);
            const int t4169_0 = (int)(t4169_q_2 / d_T);
            const int t4171_2 = (int)(o_310 % 16);
            const float v26_107 = acc3_3.s5 + x22[(long)t4171_2];
            y29[(((long)t4169_0 * 2 + t4169_2) * d_T + t4169_1) * 8 + t4169_3] = v26_107;
            const int t4175_3 = (int)(o_310 % 8);
            const long t4175_q = o_310 / 8;
            const int t4175_2 = (int)(t4175_q % 2);
            const long t4175_q_2 = t4175_q / 2;
            const int t4175_1 = (int)(t4175_q_2 % d_T);
            const int t4175_0 = (int)(t4175_q_2 / d_T);
            const int t4177_2 = (int)(o_310 % 16);
            const float v26_108 = acc3_3.s5 + x22[(long)t4177_2];
            y73[(((long)t4175_0 * 2 + t4175_2) * 8 + t4175_3) * d_T + t4175_1] = v26_108;
          }
          if (1) {
            const long o_311 = om_17 * 16 + 6L;
            const int t4182_3 = (int)(o_311 % 8);
            const long t4182_q = o_311 / 8;
            const int t4182_2 = (int)(t4182_q % 2);
            const long t4182_q_2 = t4182_q / 2;
            const int t4182_1 = (int)(t4182_q_2 % d_T);
            const int t4182_0 = (int)(t4182_q_2 / d_T);
            const int t4184_2 = (int)(o_311 % 16);
            const float v26_109 = acc3_3.s6 + x22[(long)t4184_2];
            y29[(((long)t4182_0 * 2 + t4182_2) * d_T + t4182_1) * 8 + t4182_3] = v26_109;
            const int t4188_3 = (int)(o_311 % 8);
            const long t4188_q = o_311 / 8;
            const int t4188_2 = (int)(t4188_q % 2);
            const long t4188_q_2 = t4188_q / 2;
            const int t4188_1 = (int)(t4188_q_2 % d_T);
            const int t4188_0 = (int)(t4188_q_2 / d_T);
            const int t4190_2 = (int)(o_311 % 16);
            const float v26_110 = acc3_3.s6 + x22[(long)t4190_2];
            y73[(((long)t4188_0 * 2 + t4188_2) * 8 + t4188_3) * d_T + t4188_1] = v26_110;
          }
          if (1) {
            const long o_312 = om_17 * 16 + 7L;
            const int t4195_3 = (int)(o_312 % 8);
            const long t4195_q = o_312 / 8;
            const int t4195_2 = (int)(t4195_q % 2);
            const long t4195_q_2 = t4195_q / 2;
            const int t4195_1 = (int)(t4195_q_2 % d_T);
            const int t4195_0 = (int)(t4195_q_2 / d_T);
            const int t4197_2 = (int)(o_312 % 16);
            const float v26_111 = acc3_3.s7 + x22[(long)t4197_2];
            y29[(((long)t4195_0 * 2 + t4195_2) * d_T + t4195_1) * 8 + t4195_3] = v26_111;
            const int t4201_3 = (int)(o_312 % 8);
            const long t4201_q = o_312 / 8;
            const int t4201_2 = (int)(t4201_q % 2);
            const long t4201_q_2 = t4201_q / 2;
            const int t4201_1 = (int)(t4201_q_2 % d_T);
            const int t4201_0 = (int)(t4201_q_2 / d_T);
            const int t4203_2 = (int)(o_312 % 16);
            const float v26_112 = acc3_3.s7 + x22[(long)t4203_2];
            y73[(((long)t4201_0 * 2 + t4201_2) * 8 + t4201_3) * d_T + t4201_1] = v26_112;
          }
          if (1) {
            const long o_313 = om_17 * 16 + 8L;
            const int t4208_3 = (int)(o_313 % 8);
            const long t4208_q = o_313 / 8;
            const int t4208_2 = (int)(t4208_q % 2);
            const long t4208_q_2 = t4208_q / 2;
            const int t4208_1 = (int)(t4208_q_2 % d_T);
            const int t4208_0 = (int)(t4208_q_2 / d_T);
            const int t4210_2 = (int)(o_313 % 16);
            const float v26_113 = acc3_3.s8 + x22[(long)t4210_2];
            y29[(((long)t4208_0 * 2 + t4208_2) * d_T + t4208_1) * 8 + t4208_3] = v26_113;
            const int t4214_3 = (int)(o_313 % 8);
            const long t4214_q = o_313 / 8;
            const int t4214_2 = (int)(t4214_q % 2);
            const long t4214_q_2 = t4214_q / 2;
            const int t4214_1 = (int)(t4214_q_2 % d_T);
            const int t4214_0 = (int)(t4214_q_2 / d_T);
            const int t4216_2 = (int)(o_313 % 16);
            const float v26_114 = acc3_3.s8 + x22[(long)t4216_2];
            y73[(((long)t4214_0 * 2 + t4214_2) * 8 + t4214_3) * d_T + t4214_1] = v26_114;
          }
          if (1) {
            const long o_314 = om_17 * 16 + 9L;
            const int t4221_3 = (int)(o_314 % 8);
            const long t4221_q = o_314 / 8;
            const int t4221_2 = (int)(t4221_q % 2);
            const long t4221_q_2 = t4221_q / 2;
            const int t4221_1 = (int)(t4221_q_2 % d_T);
            const int t4221_0 = (int)(t4221_q_2 / d_T);
            const int t4223_2 = (int)(o_314 % 16);
            const float v26_115 = acc3_3.s9 + x22[(long)t4223_2];
            y29[(((long)t4221_0 * 2 + t4221_2) * d_T + t4221_1) * 8 + t4221_3] = v26_115;
            const int t4227_3 = (int)(o_314 % 8);
            const long t4227_q = o_314 / 8;
            const int t4227_2 = (int)(t4227_q % 2);
            const long t4227_q_2 = t4227_q / 2;
            const int t4227_1 = (int)(t4227_q_2 % d_T);
            const int t4227_0 = (int)(t4227_q_2 / d_T);
            const int t4229_2 = (int)(o_314 % 16);
            const float v26_116 = acc3_3.s9 + x22[(long)t4229_2];
            y73[(((long)t4227_0 * 2 + t4227_2) * 8 + t4227_3) * d_T + t4227_1] = v26_116;
          }
          if (1) {
            const long o_315 = om_17 * 16 + 10L;
            const int t4234_3 = (int)(o_315 % 8);
            const long t4234_q = o_315 / 8;
            const int t4234_2 = (int)(t4234_q % 2);
            const long t4234_q_2 = t4234_q / 2;
            const int t4234_1 = (int)(t4234_q_2 % d_T);
            const int t4234_0 = (int)(t4234_q_2 / d_T);
            const int t4236_2 = (int)(o_315 % 16);
            const float v26_117 = acc3_3.sa + x22[(long)t4236_2];
            y29[(((long)t4234_0 * 2 + t4234_2) * d_T + t4234_1) * 8 + t4234_3] = v26_117;
            const int t4240_3 = (int)(o_315 % 8);
            const long t4240_q = o_315 / 8;
            const int t4240_2 = (int)(t4240_q % 2);
            const long t4240_q_2 = t4240_q / 2;
            const int t4240_1 = (int)(t4240_q_2 % d_T);
            const int t4240_0 = (int)(t4240_q_2 / d_T);
            const int t4242_2 = (int)(o_315 % 16);
            const float v26_118 = acc3_3.sa + x22[(long)t4242_2];
            y73[(((long)t4240_0 * 2 + t4240_2) * 8 + t4240_3) * d_T + t4240_1] = v26_118;
          }
          if (1) {
            const long o_316 = om_17 * 16 + 11L;
            const int t4247_3 = (int)(o_316 % 8);
            const long t4247_q = o_316 / 8;
            const int t4247_2 = (int)(t4247_q % 2);
            const long t4247_q_2 = t4247_q / 2;
            const int t4247_1 = (int)(t4247_q_2 % d_T);
            const int t4247_0 = (int)(t4247_q_2 / d_T);
            const int t4249_2 = (int)(o_316 % 16);
            const float v26_119 = acc3_3.sb + x22[(long)t4249_2];
            y29[(((long)t4247_0 * 2 + t4247_2) * d_T + t4247_1) * 8 + t4247_3] = v26_119;
            const int t4253_3 = (int)(o_316 % 8);
            const long t4253_q = o_316 / 8;
            const int t4253_2 = (int)(t4253_q % 2);
            const long t4253_q_2 = t4253_q / 2;
            const int t4253_1 = (int)(t4253_q_2 % d_T);
            const int t4253_0 = (int)(t4253_q_2 / d_T);
            const int t4255_2 = (int)(o_316 % 16);
            const float v26_120 = acc3_3.sb + x22[(long)t4255_2];
            y73[(((long)t4253_0 * 2 + t4253_2) * 8 + t4253_3) * d_T + t4253_1] = v26_120;
          }
          if (1) {
            const long o_317 = om_17 * 16 + 12L;
            const int t4260_3 = (int)(o_317 % 8);
            const long t4260_q = o_317 / 8;
            const int t4260_2 = (int)(t4260_q % 2);
            const long t4260_q_2 = t4260_q / 2;
            const int t4260_1 = (int)(t4260_q_2 % d_T);
            const int t4260_0 = (int)(t4260_q_2 / d_T);
            const int t4262_2 = (int)(o_317 % 16);
            const float v26_121 = acc3_3.sc + x22[(long)t4262_2];
            y29[(((long)t4260_0 * 2 + t4260_2) * d_T + t4260_1) * 8 + t4260_3] = v26_121;
            const int t4266_3 = (int)(o_317 % 8);
            const long t4266_q = o_317 / 8;
            const int t4266_2 = (int)(t4266_q % 2);
            const long t4266_q_2 = t4266_q / 2;
            const int t4266_1 = (int)(t4266_q_2 % d_T);
            const int t4266_0 = (int)(t4266_q_2 / d_T);
            const int t4268_2 = (int)(o_317 % 16);
            const float v26_122 = acc3_3.sc + x22[(long)t4268_2];
            y73[(((long)t4266_0 * 2 + t4266_2) * 8 + t4266_3) * d_T + t4266_1] = v26_122;
          }
          if (1) {
            const long o_318 = om_17 * 16 + 13L;
            const int t4273_3 = (int)(o_318 % 8);
            const long t4273_q = o_318 / 8;
            const int t4273_2 = (int)(t4273_q % 2);
            const long t4273_q_2 = t4273_q / 2;
            const int t4273_1 = (int)(t4273_q_2 % d_T);
            const int t4273_0 = (int)(t4273_q_2 / d_T);
            const int t4275_2 = (int)(o_318 % 16);
            const float v26_123 = acc3_3.sd + x22[(long)t4275_2];
            y29[(((long)t4273_0 * 2 + t4273_2) * d_T + t4273_1) * 8 + t4273_3] = v26_123;
            const int t4279_3 = (int)(o_318 % 8);
            const long t4279_q = o_318 / 8;
            const int t4279_2 = (int)(t4279_q % 2);
            const long t4279_q_2 = t4279_q / 2;
            const int t4279_1 = (int)(t4279_q_2 % d_T);
            const int t4279_0 = (int)(t4279_q_2 / d_T);
            const int t4281_2 = (int)(o_318 % 16);
            const float v26_124 = acc3_3.sd + x22[(long)t4281_2];
            y73[(((long)t4279_0 * 2 + t4279_2) * 8 + t4279_3) * d_T + t4279_1] = v26_124;
          }
          if (1) {
            const long o_319 = om_17 * 16 + 14L;
            const int t4286_3 = (int)(o_319 % 8);
            const long t4286_q = o_319 / 8;
            const int t4286_2 = (int)(t4286_q % 2);
            const long t4286_q_2 = t4286_q / 2;
            const int t4286_1 = (int)(t4286_q_2 % d_T);
            const int t4286_0 = (int)(t4286_q_2 / d_T);
            const int t4288_2 = (int)(o_319 % 16);
            const float v26_125 = acc3_3.se + x22[(long)t4288_2];
            y29[(((long)t4286_0 * 2 + t4286_2) * d_T + t4286_1) * 8 + t4286_3] = v26_125;
            const int t4292_3 = (int)(o_319 % 8);
            const long t4292_q = o_319 / 8;
            const int t4292_2 = (int)(t4292_q % 2);
            const long t4292_q_2 = t4292_q / 2;
            const int t4292_1 = (int)(t4292_q_2 % d_T);
            const int t4292_0 = (int)(t4292_q_2 / d_T);
            const int t4294_2 = (int)(o_319 % 16);
            const float v26_126 = acc3_3.se + x22[(long)t4294_2];
            y73[(((long)t4292_0 * 2 + t4292_2) * 8 + t4292_3) * d_T + t4292_1] = v26_126;
          }
          if (1) {
            const long o_320 = om_17 * 16 + 15L;
            const int t4299_3 = (int)(o_320 % 8);
            const long t4299_q = o_320 / 8;
            const int t4299_2 = (int)(t4299_q % 2);
            const long t4299_q_2 = t4299_q / 2;
            const int t4299_1 = (int)(t4299_q_2 % d_T);
            const int t4299_0 = (int)(t4299_q_2 / d_T);
            const int t4301_2 = (int)(o_320 % 16);
            const float v26_127 = acc3_3.sf + x22[(long)t4301_2];
            y29[(((long)t4299_0 * 2 + t4299_2) * d_T + t4299_1) * 8 + t4299_3] = v26_127;
            const int t4305_3 = (int)(o_320 % 8);
            const long t4305_q = o_320 / 8;
            const int t4305_2 = (int)(t4305_q % 2);
            const long t4305_q_2 = t4305_q / 2;
            const int t4305_1 = (int)(t4305_q_2 % d_T);
            const int t4305_0 = (int)(t4305_q_2 / d_T);
            const int t4307_2 = (int)(o_320 % 16);
            const float v26_128 = acc3_3.sf + x22[(long)t4307_2];
            y73[(((long)t4305_0 * 2 + t4305_2) * 8 + t4305_3) * d_T + t4305_1] = v26_128;
          }
        }
        const long om_18 = m0_3 + 4;
        if (om_18 < M_3) {
          if (1) {
            const long o_321 = om_18 * 16;
            const int t4312_3 = (int)(o_321 % 8);
            const long t4312_q = o_321 / 8;
            const int t4312_2 = (int)(t4312_q % 2);
            const long t4312_q_2 = t4312_q / 2;
            const int t4312_1 = (int)(t4312_q_2 % d_T);
            const int t4312_0 = (int)(t4312_q_2 / d_T);
            const int t4314_2 = (int)(o_321 % 16);
            const float v26_129 = acc4_3.s0 + x22[(long)t4314_2];
            y29[(((long)t4312_0 * 2 + t4312_2) * d_T + t4312_1) * 8 + t4312_3] = v26_129;
            const int t4318_3 = (int)(o_321 % 8);
            const long t4318_q = o_321 / 8;
            const int t4318_2 = (int)(t4318_q % 2);
            const long t4318_q_2 = t4318_q / 2;
            const int t4318_1 = (int)(t4318_q_2 % d_T);
            const int t4318_0 = (int)(t4318_q_2 / d_T);
            const int t4320_2 = (int)(o_321 % 16);
            const float v26_130 = acc4_3.s0 + x22[(long)t4320_2];
            y73[(((long)t4318_0 * 2 + t4318_2) * 8 + t4318_3) * d_T + t4318_1] = v26_130;
          }
          if (1) {
            const long o_322 = om_18 * 16 + 1L;
            const int t4325_3 = (int)(o_322 % 8);
            const long t4325_q = o_322 / 8;
            const int t4325_2 = (int)(t4325_q % 2);
            const long t4325_q_2 = t4325_q / 2;
            const int t4325_1 = (int)(t4325_q_2 % d_T);
            const int t4325_0 = (int)(t4325_q_2 / d_T);
            const int t4327_2 = (int)(o_322 % 16);
            const float v26_131 = acc4_3.s1 + x22[(long)t4327_2];
            y29[(((long)t4325_0 * 2 + t4325_2) * d_T + t4325_1) * 8 + t4325_3] = v26_131;
            const int t4331_3 = (int)(o_322 % 8);
            const long t4331_q = o_322 / 8;
            const int t4331_2 = (int)(t4331_q % 2);
            const long t4331_q_2 = t4331_q / 2;
            const int t4331_1 = (int)(t4331_q_2 % d_T);
            const int t4331_0 = (int)(t4331_q_2 / d_T);
            const int t4333_2 = (int)(o_322 % 16);
            const float v26_132 = acc4_3.s1 + x22[(long)t4333_2];
            y73[(((long)t4331_0 * 2 + t4331_2) * 8 + t4331_3) * d_T + t4331_1] = v26_132;
          }
          if (1) {
            const long o_323 = om_18 * 16 + 2L;
            const int t4338_3 = (int)(o_323 % 8);
            const long t4338_q = o_323 / 8;
            const int t4338_2 = (int)(t4338_q % 2);
            const long t4338_q_2 = t4338_q / 2;
            const int t4338_1 = (int)(t4338_q_2 % d_T);
            const int t4338_0 = (int)(t4338_q_2 / d_T);
            const int t4340_2 = (int)(o_323 % 16);
            const float v26_133 = acc4_3.s2 + x22[(long)t4340_2];
            y29[(((long)t4338_0 * 2 + t4338_2) * d_T + t4338_1) * 8 + t4338_3] = v26_133;
            const int t4344_3 = (int)(o_323 % 8);
            const long t4344_q = o_323 / 8;
            const int t4344_2 = (int)(t4344_q % 2);
            const long t4344_q_2 = t4344_q / 2;
            const int t4344_1 = (int)(t4344_q_2 % d_T);
            const int t4344_0 = (int)(t4344_q_2 / d_T);
            const int t4346_2 = (int)(o_323 % 16);
            const float v26_134 = acc4_3.s2 + x22[(long)t4346_2];
            y73[(((long)t4344_0 * 2 + t4344_2) * 8 + t4344_3) * d_T + t4344_1] = v26_134;
          }
          if (1) {
            const long o_324 = om_18 * 16 + 3L;
            const int t4351_3 = (int)(o_324 % 8);
            const long t4351_q = o_324 / 8;
            const int t4351_2 = (int)(t4351_q % 2);
            const long t4351_q_2 = t4351_q / 2;
            const int t4351_1 = (int)(t4351_q_2 % d_T);
            const int t4351_0 = (int)(t4351_q_2 / d_T);
            const int t4353_2 = (int)(o_324 % 16);
            const float v26_135 = acc4_3.s3 + x22[(long)t4353_2];
            y29[(((long)t4351_0 * 2 + t4351_2) * d_T + t4351_1) * 8 + t4351_3] = v26_135;
            const int t4357_3 = (int)(o_324 % 8);
            const long t4357_q = o_324 / 8;
            const int t4357_2 = (int)(t4357_q % 2);
            const long t4357_q_2 = t4357_q / 2;
            const int t4357_1 = (int)(t4357_q_2 % d_T);
            const int t4357_0 = (int)(t4357_q_2 / d_T);
            const int t4359_2 = (int)(o_324 % 16);
            const float v26_136 = acc4_3.s3 + x22[(long)t4359_2];
            y73[(((long)t4357_0 * 2 + t4357_2) * 8 + t4357_3) * d_T + t4357_1] = v26_136;
          }
          if (1) {
            const long o_325 = om_18 * 16 + 4L;
            const int t4364_3 = (int)(o_325 % 8);
            const long t4364_q = o_325 / 8;
            const int t4364_2 = (int)(t4364_q % 2);
            const long t4364_q_2 = t4364_q / 2;
            const int t4364_1 = (int)(t4364_q_2 % d_T);
            const int t4364_0 = (int)(t4364_q_2 / d_T);
            const int t4366_2 = (int)(o_325 % 16);
            const float v26_137 = acc4_3.s4 + x22[(long)t4366_2];
            y29[(((long)t4364_0 * 2 + t4364_2) * d_T + t4364_1) * 8 + t4364_3] = v26_137;
            const int t4370_3 = (int)(o_325 % 8);
            const long t4370_q = o_325 / 8;
            const int t4370_2 = (int)(t4370_q % 2);
            const long t4370_q_2 = t4370_q / 2;
            const int t4370_1 = (int)(t4370_q_2 % d_T);
            const int t4370_0 = (int)(t4370_q_2 / d_T);
            const int t4372_2 = (int)(o_325 % 16);
            const float v26_138 = acc4_3.s4 + x22[(long)t4372_2];
            y73[(((long)t4370_0 * 2 + t4370_2) * 8 + t4370_3) * d_T + t4370_1] = v26_138;
          }
          if (1) {
            const long o_326 = om_18 * 16 + 5L;
            const int t4377_3 = (int)(o_326 % 8);
            const long t4377_q = o_326 / 8;
            const int t4377_2 = (int)(t4377_q % 2);
            const long t4377_q_2 = t4377_q / 2;
            const int t4377_1 = (int)(t4377_q_2 % d_T);
            const int t4377_0 = (int)(t4377_q_2 / d_T);
            const int t4379_2 = (int)(o_326 % 16);
            const float v26_139 = acc4_3.s5 + x22[(long)t4379_2];
            y29[(((long)t4377_0 * 2 + t4377_2) * d_T + t4377_1) * 8 + t4377_3] = v26_139;
            const int t4383_3 = (int)(o_326 % 8);
            const long t4383_q = o_326 / 8;
            const int t4383_2 = (int)(t4383_q % 2);
            const long t4383_q_2 = t4383_q / 2;
            const int t4383_1 = (int)(t4383_q_2 % d_T);
            const int t4383_0 = (int)(t4383_q_2 / d_T);
            const int t4385_2 = (int)(o_326 % 16);
            const float v26_140 = acc4_3.s5 + x22[(long)t4385_2];
            y73[(((long)t4383_0 * 2 + t4383_2) * 8 + t4383_3) * d_T + t4383_1] = v26_140;
          }
          if (1) {
            const long o_327 = om_18 * 16 + 6L;
            const int t4390_3 = (int)(o_327 % 8);
            const long t4390_q = o_327 / 8;
            const int t4390_2 = (int)(t4390_q % 2);
            const long t4390_q_2 = t4390_q / 2;
            const int t4390_1 = (int)(t4390_q_2 % d_T);
            const int t4390_0 = (int)(t4390_q_2 / d_T);
            const int t4392_2 = (int)(o_327 % 16);
            const float v26_141 = acc4_3.s6 + x22[(long)t4392_2];
            y29[(((long)t4390_0 * 2 + t4390_2) * d_T + t4390_1) * 8 + t4390_3] = v26_141;
            const int t4396_3 = (int)(o_327 % 8);
            const long t4396_q = o_327 / 8;
            const int t4396_2 = (int)(t4396_q % 2);
            const long t4396_q_2 = t4396_q / 2;
            const int t4396_1 = (int)(t4396_q_2 % d_T);
            const int t4396_0 = (int)(t4396_q_2 / d_T);
            const int t4398_2 = (int)(o_327 % 16);
            const float v26_142 = acc4_3.s6 + x22[(long)t4398_2];
            y73[(((long)t4396_0 * 2 + t4396_2) * 8 + t4396_3) * d_T + t4396_1] = v26_142;
          }
          if (1) {
            const long o_328 = om_18 * 16 + 7L;
            const int t4403_3 = (int)(o_328 % 8);
            const long t4403_q = o_328 / 8;
            const int t4403_2 = (int)(t4403_q % 2);
            const long t4403_q_2 = t4403_q / 2;
            const int t4403_1 = (int)(t4403_q_2 % d_T);
            const int t4403_0 = (int)(t4403_q_2 / d_T);
            const int t4405_2 = (int)(o_328 % 16);
            const float v26_143 = acc4_3.s7 + x22[(long)t4405_2];
            y29[(((long)t4403_0 * 2 + t4403_2) * d_T + t4403_1) * 8 + t4403_3] = v26_143;
            const int t4409_3 = (int)(o_328 % 8);
            const long t4409_q = o_328 / 8;
            const int t4409_2 = (int)(t4409_q % 2);
            const long t4409_q_2 = t4409_q / 2;
            const int t4409_1 = (int)(t4409_q_2 % d_T);
            const int t4409_0 = (int)(t4409_q_2 / d_T);
            const int t4411_2 = (int)(o_328 % 16);
            const float v26_144 = acc4_3.s7 + x22[(long)t4411_2];
            y73[(((long)t4409_0 * 2 + t4409_2) * 8 + t4409_3) * d_T + t4409_1] = v26_144;
          }
          if (1) {
            const long o_329 = om_18 * 16 + 8L;
            const int t4416_3 = (int)(o_329 % 8);
            const long t4416_q = o_329 / 8;
            const int t4416_2 = (int)(t4416_q % 2);
            const long t4416_q_2 = t4416_q / 2;
            const int t4416_1 = (int)(t4416_q_2 % d_T);
            const int t4416_0 = (int)(t4416_q_2 / d_T);
            const int t4418_2 = (int)(o_329 % 16);
            const float v26_145 = acc4_3.s8 + x22[(long)t4418_2];
            y29[(((long)t4416_0 * 2 + t4416_2) * d_T + t4416_1) * 8 + t4416_3] = v26_145;
            const int t4422_3 = (int)(o_329 % 8);
            const long t4422_q = o_329 / 8;
            const int t4422_2 = (int)(t4422_q % 2);
            const long t4422_q_2 = t4422_q / 2;
            const int t4422_1 = (int)(t4422_q_2 % d_T);
            const int t4422_0 = (int)(t4422_q_2 / d_T);
            const int t4424_2 = (int)(o_329 % 16);
            const float v26_146 = acc4_3.s8 + x22[(long)t4424_2];
            y73[(((long)t4422_0 * 2 + t4422_2) * 8 + t4422_3) * d_T + t4422_1] = v26_146;
          }
          if (1) {
            const long o_330 = om_18 * 16 + 9L;
            const int t4429_3 = (int)(o_330 % 8);
            const long t4429_q = o_330 / 8;
            const int t4429_2 = (int)(t4429_q % 2);
            const long t4429_q_2 = t4429_q / 2;
            const int t4429_1 = (int)(t4429_q_2 % d_T);
            const int t4429_0 = (int)(t4429_q_2 / d_T);
            const int t4431_2 = (int)(o_330 % 16);
            const float v26_147 = acc4_3.s9 + x22[(long)t4431_2];
            y29[(((long)t4429_0 * 2 + t4429_2) * d_T + t4429_1) * 8 + t4429_3] = v26_147;
            const int t4435_3 = (int)(o_330 % 8);
            const long t4435_q = o_330 / 8;
            const int t4435_2 = (int)(t4435_q % 2);
            const long t4435_q_2 = t4435_q / 2;
            const int t4435_1 = (int)(t4435_q_2 % d_T);
            const int t4435_0 = (int)(t4435_q_2 / d_T);
            const int t4437_2 = (int)(o_330 % 16);
            const float v26_148 = acc4_3.s9 + x22[(long)t4437_2];
            y73[(((long)t4435_0 * 2 + t4435_2) * 8 + t4435_3) * d_T + t4435_1] = v26_148;
          }
          if (1) {
            const long o_331 = om_18 * 16 + 10L;
            const int t4442_3 = (int)(o_331 % 8);
            const long t4442_q = o_331 / 8;
            const int t4442_2 = (int)(t4442_q % 2);
            const long t4442_q_2 = t4442_q / 2;
            const int t4442_1 = (int)(t4442_q_2 % d_T);
            const int t4442_0 = (int)(t4442_q_2 / d_T);
            const int t4444_2 = (int)(o_331 % 16);
            const float v26_149 = acc4_3.sa + x22[(long)t4444_2];
            y29[(((long)t4442_0 * 2 + t4442_2) * d_T + t4442_1) * 8 + t4442_3] = v26_149;
            const int t4448_3 = (int)(o_331 % 8);
            const long t4448_q = o_331 / 8;
            const int t4448_2 = (int)(t4448_q % 2);
            const long t4448_q_2 = t4448_q / 2;
            const int t4448_1 = (int)(t4448_q_2 % d_T);
            const int t4448_0 = (int)(t4448_q_2 / d_T);
            const int t4450_2 = (int)(o_331 % 16);
            const float v26_150 = acc4_3.sa + x22[(long)t4450_2];
            y73[(((long)t4448_0 * 2 + t4448_2) * 8 + t4448_3) * d_T + t4448_1] = v26_150;
          }
          if (1) {
            const long o_332 = om_18 * 16 + 11L;
            const int t4455_3 = (int)(o_332 % 8);
            const long t4455_q = o_332 / 8;
            const int t4455_2 = (int)(t4455_q % 2);
            const long t4455_q_2 = t4455_q / 2;
            const int t4455_1 = (int)(t4455_q_2 % d_T);
            const int t4455_0 = (int)(t4455_q_2 / d_T);
            const int t4457_2 = (int)(o_332 % 16);
            const float v26_151 = acc4_3.sb + x22[(long)t4457_2];
            y29[(((long)t4455_0 * 2 + t4455_2) * d_T + t4455_1) * 8 + t4455_3] = v26_151;
            const int t4461_3 = (int)(o_332 % 8);
            const long t4461_q = o_332 / 8;
            const int t4461_2 = (int)(t4461_q % 2);
            const long t4461_q_2 = t4461_q / 2;
            const int t4461_1 = (int)(t4461_q_2 % d_T);
            const int t4461_0 = (int)(t4461_q_2 / d_T);
            const int t4463_2 = (int)(o_332 % 16);
            const float v26_152 = acc4_3.sb + x22[(long)t4463_2];
            y73[(((long)t4461_0 * 2 + t4461_2) * 8 + t4461_3) * d_T + t4461_1] = v26_152;
          }
          if (1) {
            const long o_333 = om_18 * 16 + 12L;
            const int t4468_3 = (int)(o_333 % 8);
            const long t4468_q = o_333 / 8;
            const int t4468_2 = (int)(t4468_q % 2);
            const long t4468_q_2 = t4468_q / 2;
            const int t4468_1 = (int)(t4468_q_2 % d_T);
            const int t4468_0 = (int)(t4468_q_2 / d_T);
            const int t4470_2 = (int)(o_333 % 16);
            const float v26_153 = acc4_3.sc + x22[(long)t4470_2];
            y29[(((long)t4468_0 * 2 + t4468_2) * d_T + t4468_1) * 8 + t4468_3] = v26_153;
            const int t4474_3 = (int)(o_333 % 8);
            const long t4474_q = o_333 / 8;
            const int t4474_2 = (int)(t4474_q % 2);
            const long t4474_q_2 = t4474_q / 2;
            const int t4474_1 = (int)(t4474_q_2 % d_T);
            const int t4474_0 = (int)(t4474_q_2 / d_T);
            const int t4476_2 = (int)(o_333 % 16);
            const float v26_154 = acc4_3.sc + x22[(long)t4476_2];
            y73[(((long)t4474_0 * 2 + t4474_2) * 8 + t4474_3) * d_T + t4474_1] = v26_154;
          }
          if (1) {
            const long o_334 = om_18 * 16 + 13L;
            const int t4481_3 = (int)(o_334 % 8);
            const long t4481_q = o_334 / 8;
            const int t4481_2 = (int)(t4481_q % 2);
            const long t4481_q_2 = t4481_q / 2;
            const int t4481_1 = (int)(t4481_q_2 % d_T);
            const int t4481_0 = (int)(t4481_q_2 / d_T);
            const int t4483_2 = (int)(o_334 % 16);
            const float v26_155 = acc4_3.sd + x22[(long)t4483_2];
            y29[(((long)t4481_0 * 2 + t4481_2) * d_T + t4481_1) * 8 + t4481_3] = v26_155;
            const int t4487_3 = (int)(o_334 % 8);
            const long t4487_q = o_334 / 8;
            const int t4487_2 = (int)(t4487_q % 2);
            const long t4487_q_2 = t4487_q / 2;
            const int t4487_1 = (int)(t4487_q_2 % d_T);
            const int t4487_0 = (int)(t4487_q_2 / d_T);
            const int t4489_2 = (int)(o_334 % 16);
            const float v26_156 = acc4_3.sd + x22[(long)t4489_2];
            y73[(((long)t4487_0 * 2 + t4487_2) * 8 + t4487_3) * d_T + t4487_1] = v26_156;
          }
          if (1) {
            const long o_335 = om_18 * 16 + 14L;
            const int t4494_3 = (int)(o_335 % 8);
            const long t4494_q = o_335 / 8;
            const int t4494_2 = (int)(t4494_q % 2);
            const long t4494_q_2 = t4494_q / 2;
            const int t4494_1 = (int)(t4494_q_2 % d_T);
            const int t4494_0 = (int)(t4494_q_2 / d_T);
            const int t4496_2 = (int)(o_335 % 16);
            const float v26_157 = acc4_3.se + x22[(long)t4496_2];
            y29[(((long)t4494_0 * 2 + t4494_2) * d_T + t4494_1) * 8 + t4494_3] = v26_157;
            const int t4500_3 = (int)(o_335 % 8);
            const long t4500_q = o_335 / 8;
            const int t4500_2 = (int)(t4500_q % 2);
            const long t4500_q_2 = t4500_q / 2;
            const int t4500_1 = (int)(t4500_q_2 % d_T);
            const int t4500_0 = (int)(t4500_q_2 / d_T);
            const int t4502_2 = (int)(o_335 % 16);
            const float v26_158 = acc4_3.se + x22[(long)t4502_2];
            y73[(((long)t4500_0 * 2 + t4500_2) * 8 + t4500_3) * d_T + t4500_1] = v26_158;
          }
          if (1) {
            const long o_336 = om_18 * 16 + 15L;
            const int t4507_3 = (int)(o_336 % 8);
            const long t4507_q = o_336 / 8;
            const int t4507_2 = (int)(t4507_q % 2);
            const long t4507_q_2 = t4507_q / 2;
            const int t4507_1 = (int)(t4507_q_2 % d_T);
            const int t4507_0 = (int)(t4507_q_2 / d_T);
            const int t4509_2 = (int)(o_336 % 16);
            const float v26_159 = acc4_3.sf + x22[(long)t4509_2];
            y29[(((long)t4507_0 * 2 + t4507_2) * d_T + t4507_1) * 8 + t4507_3] = v26_159;
            const int t4513_3 = (int)(o_336 % 8);
            const long t4513_q = o_336 / 8;
            const int t4513_2 = (int)(t4513_q % 2);
            const long t4513_q_2 = t4513_q / 2;
            const int t4513_1 = (int)(t4513_q_2 % d_T);
            const int t4513_0 = (int)(t4513_q_2 / d_T);
            const int t4515_2 = (int)(o_336 % 16);
            const float v26_160 = acc4_3.sf + x22[(long)t4515_2];
            y73[(((long)t4513_0 * 2 + t4513_2) * 8 + t4513_3) * d_T + t4513_1] = v26_160;
          }
        }
        const long om_19 = m0_3 + 5;
        if (om_19 < M_3) {
          if (1) {
            const long o_337 = om_19 * 16;
            const int t4520_3 = (int)(o_337 % 8);
            const long t4520_q = o_337 / 8;
            const int t4520_2 = (int)(t4520_q % 2);
            const long t4520_q_2 = t4520_q / 2;
            const int t4520_1 = (int)(t4520_q_2 % d_T);
            const int t4520_0 = (int)(t4520_q_2 / d_T);
            const int t4522_2 = (int)(o_337 % 16);
            const float v26_161 = acc5_3.s0 + x22[(long)t4522_2];
            y29[(((long)t4520_0 * 2 + t4520_2) * d_T + t4520_1) * 8 + t4520_3] = v26_161;
            const int t4526_3 = (int)(o_337 % 8);
            const long t4526_q = o_337 / 8;
            const int t4526_2 = (int)(t4526_q % 2);
            const long t4526_q_2 = t4526_q / 2;
            const int t4526_1 = (int)(t4526_q_2 % d_T);
            const int t4526_0 = (int)(t4526_q_2 / d_T);
            const int t4528_2 = (int)(o_337 % 16);
            const float v26_162 = acc5_3.s0 + x22[(long)t4528_2];
            y73[(((long)t4526_0 * 2 + t4526_2) * 8 + t4526_3) * d_T + t4526_1] = v26_162;
          }
          if (1) {
            const long o_338 = om_19 * 16 + 1L;
            const int t4533_3 = (int)(o_338 % 8);
            const long t4533_q = o_338 / 8;
            const int t4533_2 = (int)(t4533_q % 2);
            const long t4533_q_2 = t4533_q / 2;
            const int t4533_1 = (int)(t4533_q_2 % d_T);
            const int t4533_0 = (int)(t4533_q_2 / d_T);
            const int t4535_2 = (int)(o_338 % 16);
            const float v26_163 = acc5_3.s1 + x22[(long)t4535_2];
            y29[(((long)t4533_0 * 2 + t4533_2) * d_T + t4533_1) * 8 + t4533_3] = v26_163;
            const int t4539_3 = (int)(o_338 % 8);
            const long t4539_q = o_338 / 8;
            const int t4539_2 = (int)(t4539_q % 2);
            const long t4539_q_2 = t4539_q / 2;
            const int t4539_1 = (int)(t4539_q_2 % d_T);
            const int t4539_0 = (int)(t4539_q_2 / d_T);
            const int t4541_2 = (int)(o_338 % 16);
            const float v26_164 = acc5_3.s1 + x22[(long)t4541_2];
            y73[(((long)t4539_0 * 2 + t4539_2) * 8 + t4539_3) * d_T + t4539_1] = v26_164;
          }
          if (1) {
            const long o_339 = om_19 * 16 + 2L;
            const int t4546_3 = (int)(o_339 % 8);
            const long t4546_q = o_339 / 8;
            const int t4546_2 = (int)(t4546_q % 2);
            const long t4546_q_2 = t4546_q / 2;
            const int t4546_1 = (int)(t4546_q_2 % d_T);
            const int t4546_0 = (int)(t4546_q_2 / d_T);
            const int t4548_2 = (int)(o_339 % 16);
            const float v26_165 = acc5_3.s2 + x22[(long)t4548_2];
            y29[(((long)t4546_0 * 2 + t4546_2) * d_T + t4546_1) * 8 + t4546_3] = v26_165;
            const int t4552_3 = (int)(o_339 % 8);
            const long t4552_q = o_339 / 8;
            const int t4552_2 = (int)(t4552_q % 2);
            const long t4552_q_2 = t4552_q / 2;
            const int t4552_1 = (int)(t4552_q_2 % d_T);
            const int t4552_0 = (int)(t4552_q_2 / d_T);
            const int t4554_2 = (int)(o_339 % 16);
            const float v26_166 = acc5_3.s2 + x22[(long)t4554_2];
            y73[(((long)t4552_0 * 2 + t4552_2) * 8 + t4552_3) * d_T + t4552_1] = v26_166;
          }
          if (1) {
            const long o_340 = om_19 * 16 + 3L;
            const int t4559_3 = (int)(o_340 % 8);
            const long t4559_q = o_340 / 8;
            const int t4559_2 = (int)(t4559_q % 2);
            const long t4559_q_2 = t4559_q / 2;
            const int t4559_1 = (int)(t4559_q_2 % d_T);
            const int t4559_0 = (int)(t4559_q_2 / d_T);
            const int t4561_2 = (int)(o_340 % 16);
            const float v26_167 = acc5_3.s3 + x22[(long)t4561_2];
            y29[(((long)t4559_0 * 2 + t4559_2) * d_T + t4559_1) * 8 + t4559_3] = v26_167;
            const int t4565_3 = (int)(o_340 % 8);
            const long t4565_q = o_340 / 8;
            const int t4565_2 = (int)(t4565_q % 2);
            const long t4565_q_2 = t4565_q / 2;
            const int t4565_1 = (int)(t4565_q_2 % d_T);
            const int t4565_0 = (int)(t4565_q_2 / d_T);
            const int t4567_2 = (int)(o_340 % 16);
            const float v26_168 = acc5_3.s3 + x22[(long)t4567_2];
            y73[(((long)t4565_0 * 2 + t4565_2) * 8 + t4565_3) * d_T + t4565_1] = v26_168;
          }
          if (1) {
            const long o_341 = om_19 * 16 + 4L;
            const int t4572_3 = (int)(o_341 % 8);
            const long t4572_q = o_341 / 8;
            const int t4572_2 = (int)(t4572_q % 2);
            const long t4572_q_2 = t4572_q / 2;
            const int t4572_1 = (int)(t4572_q_2 % d_T);
            const int t4572_0 = (int)(t4572_q_2 / d_T);
            const int t4574_2 = (int)(o_341 % 16);
            const float v26_169 = acc5_3.s4 + x22[(long)t4574_2];
            y29[(((long)t4572_0 * 2 + t4572_2) * d_T + t4572_1) * 8 + t4572_3] = v26_169;
            const int t4578_3 = (int)(o_341 % 8);
            const long t4578_q = o_341 / 8;
            const int t4578_2 = (int)(t4578_q % 2);
            const long t4578_q_2 = t4578_q / 2;
            const int t4578_1 = (int)(t4578_q_2 % d_T);
            const int t4578_0 = (int)(t4578_q_2 / d_T);
            const int t4580_2 = (int)(o_341 % 16);
            const float v26_170 = acc5_3.s4 + x22[(long)t4580_2];
            y73[(((long)t4578_0 * 2 + t4578_2) * 8 + t4578_3) * d_T + t4578_1] = v26_170;
          }
          if (1) {
            const long o_342 = om_19 * 16 + 5L;
            const int t4585_3 = (int)(o_342 % 8);
            const long t4585_q = o_342 / 8;
            const int t4585_2 = (int)(t4585_q % 2);
            const long t4585_q_2 = t4585_q / 2;
            const int t4585_1 = (int)(t4585_q_2 % d_T);
            const int t4585_0 = (int)(t4585_q_2 / d_T);
            const int t4587_2 = (int)(o_342 % 16);
            const float v26_171 = acc5_3.s5 + x22[(long)t4587_2];
            y29[(((long)t4585_0 * 2 + t4585_2) * d_T + t4585_1) * 8 + t4585_3] = v26_171;
            const int t4591_3 = (int)(o_342 % 8);
            const long t4591_q = o_342 / 8;
            const int t4591_2 = (int)(t4591_q % 2);
            const long t4591_q_2 = t4591_q / 2;
            const int t4591_1 = (int)(t4591_q_2 % d_T);
            const int t4591_0 = (int)(t4591_q_2 / d_T);
            const int t4593_2 = (int)(o_342 % 16);
            const float v26_172 = acc5_3.s5 + x22[(long)t4593_2];
            y73[(((long)t4591_0 * 2 + t4591_2) * 8 + t4591_3) * d_T + t4591_1] = v26_172;
          }
          if (1) {
            const long o_343 = om_19 * 16 + 6L;
            const int t4598_3 = (int)(o_343 % 8);
            const long t4598_q = o_343 / 8;
            const int t4598_2 = (int)(t4598_q % 2);
            const long t4598_q_2 = t4598_q / 2;
            const int t4598_1 = (int)(t4598_q_2 % d_T);
            const int t4598_0 = (int)(t4598_q_2 / d_T);
            const int t4600_2 = (int)(o_343 % 16);
            const float v26_173 = acc5_3.s6 + x22[(long)t4600_2];
            y29[(((long)t4598_0 * 2 + t4598_2) * d_T + t4598_1) * 8 + t4598_3] = v26_173;
            const int t4604_3 = (int)(o_343 % 8);
            const long t4604_q = o_343 / 8;
            const int t4604_2 = (int)(t4604_q % 2);
            const long t4604_q_2 = t4604_q / 2;
            const int t4604_1 = (int)(t4604_q_2 % d_T);
            const int t4604_0 = (int)(t4604_q_2 / d_T);
            const int t4606_2 = (int)(o_343 % 16);
            const float v26_174 = acc5_3.s6 + x22[(long)t4606_2];
            y73[(((long)t4604_0 * 2 + t4604_2) * 8 + t4604_3) * d_T + t4604_1] = v26_174;
          }
          if (1) {
            const long o_344 = om_19 * 16 + 7L;
            const int t4611_3 = (int)(o_344 % 8);
            const long t4611_q = o_344 / 8;
            const int t4611_2 = (int)(t4611_q % 2);
            const long t4611_q_2 = t4611_q / 2;
            const int t4611_1 = (int)(t4611_q_2 % d_T);
            const int t4611_0 = (int)(t4611_q_2 / d_T);
            const int t4613_2 = (int)(o_344 % 16);
            const float v26_175 = acc5_3.s7 + x22[(long)t4613_2];
            y29[(((long)t4611_0 * 2 + t4611_2) * d_T + t4611_1) * 8 + t4611_3] = v26_175;
            const int t4617_3 = (int)(o_344 % 8);
            const long t4617_q = o_344 / 8;
            const int t4617_2 = (int)(t4617_q % 2);
            const long t4617_q_2 = t4617_q / 2;
            const int t4617_1 = (int)(t4617_q_2 % d_T);
            const int t4617_0 = (int)(t4617_q_2 / d_T);
            const int t4619_2 = (int)(o_344 % 16);
            const float v26_176 = acc5_3.s7 + x22[(long)t4619_2];
            y73[(((long)t4617_0 * 2 + t4617_2) * 8 + t4617_3) * d_T + t4617_1] = v26_176;
          }
          if (1) {
            const long o_345 = om_19 * 16 + 8L;
            const int t4624_3 = (int)(o_345 % 8);
            const long t4624_q = o_345 / 8;
            const int t4624_2 = (int)(t4624_q % 2);
            const long t4624_q_2 = t4624_q / 2;
            const int t4624_1 = (int)(t4624_q_2 % d_T);
            const int t4624_0 = (int)(t4624_q_2 / d_T);
            const int t4626_2 = (int)(o_345 % 16);
            const float v26_177 = acc5_3.s8 + x22[(long)t4626_2];
            y29[(((long)t4624_0 * 2 + t4624_2) * d_T + t4624_1) * 8 + t4624_3] = v26_177;
            const int t4630_3 = (int)(o_345 % 8);
            const long t4630_q = o_345 / 8;
            const int t4630_2 = (int)(t4630_q % 2);
            const long t4630_q_2 = t4630_q / 2;
            const int t4630_1 = (int)(t4630_q_2 % d_T);
            const int t4630_0 = (int)(t4630_q_2 / d_T);
            const int t4632_2 = (int)(o_345 % 16);
            const float v26_178 = acc5_3.s8 + x22[(long)t4632_2];
            y73[(((long)t4630_0 * 2 + t4630_2) * 8 + t4630_3) * d_T + t4630_1] = v26_178;
          }
          if (1) {
            const long o_346 = om_19 * 16 + 9L;
            const int t4637_3 = (int)(o_346 % 8);
            const long t4637_q = o_346 / 8;
            const int t4637_2 = (int)(t4637_q % 2);
            const long t4637_q_2 = t4637_q / 2;
            const int t4637_1 = (int)(t4637_q_2 % d_T);
            const int t4637_0 = (int)(t4637_q_2 / d_T);
            const int t4639_2 = (int)(o_346 % 16);
            const float v26_179 = acc5_3.s9 + x22[(long)t4639_2];
            y29[(((long)t4637_0 * 2 + t4637_2) * d_T + t4637_1) * 8 + t4637_3] = v26_179;
            const int t4643_3 = (int)(o_346 % 8);
            const long t4643_q = o_346 / 8;
            const int t4643_2 = (int)(t4643_q % 2);
            const long t4643_q_2 = t4643_q / 2;
            const int t4643_1 = (int)(t4643_q_2 % d_T);
            const int t4643_0 = (int)(t4643_q_2 / d_T);
            const int t4645_2 = (int)(o_346 % 16);
            const float v26_180 = acc5_3.s9 + x22[(long)t4645_2];
            y73[(((long)t4643_0 * 2 + t4643_2) * 8 + t4643_3) * d_T + t4643_1] = v26_180;
          }
          if (1) {
            const long o_347 = om_19 * 16 + 10L;
            const int t4650_3 = (int)(o_347 % 8);
            const long t4650_q = o_347 / 8;
            const int t4650_2 = (int)(t4650_q % 2);
            const long t4650_q_2 = t4650_q / 2;
            const int t4650_1 = (int)(t4650_q_2 % d_T);
            const int t4650_0 = (int)(t4650_q_2 / d_T);
            const int t4652_2 = (int)(o_347 % 16);
            const float v26_181 = acc5_3.sa + x22[(long)t4652_2];
            y29[(((long)t4650_0 * 2 + t4650_2) * d_T + t4650_1) * 8 + t4650_3] = v26_181;
            const int t4656_3 = (int)(o_347 % 8);
            const long t4656_q = o_347 / 8;
            const int t4656_2 = (int)(t4656_q % 2);
            const long t4656_q_2 = t4656_q / 2;
            const int t4656_1 = (int)(t4656_q_2 % d_T);
            const int t4656_0 = (int)(t4656_q_2 / d_T);
            const int t4658_2 = (int)(o_347 % 16);
            const float v26_182 = acc5_3.sa + x22[(long)t4658_2];
            y73[(((long)t4656_0 * 2 + t4656_2) * 8 + t4656_3) * d_T + t4656_1] = v26_182;
          }
          if (1) {
            const long o_348 = om_19 * 16 + 11L;
            const int t4663_3 = (int)(o_348 % 8);
            const long t4663_q = o_348 / 8;
            const int t4663_2 = (int)(t4663_q % 2);
            const long t4663_q_2 = t4663_q / 2;
            const int t4663_1 = (int)(t4663_q_2 % d_T);
            const int t4663_0 = (int)(t4663_q_2 / d_T);
            const int t4665_2 = (int)(o_348 % 16);
            const float v26_183 = acc5_3.sb + x22[(long)t4665_2];
            y29[(((long)t4663_0 * 2 + t4663_2) * d_T + t4663_1) * 8 + t4663_3] = v26_183;
            const int t4669_3 = (int)(o_348 % 8);
            const long t4669_q = o_348 / 8;
            const int t4669_2 = (int)(t4669_q % 2);
            const long t4669_q_2 = t4669_q / 2;
            const int t4669_1 = (int)(t4669_q_2 % d_T);
            const int t4669_0 = (int)(t4669_q_2 / d_T);
            const int t4671_2 = (int)(o_348 % 16);
            const float v26_184 = acc5_3.sb + x22[(long)t4671_2];
            y73[(((long)t4669_0 * 2 + t4669_2) * 8 + t4669_3) * d_T + t4669_1] = v26_184;
          }
          if (1) {
            const long o_349 = om_19 * 16 + 12L;
            const int t4676_3 = (int)(o_349 % 8);
            const long t4676_q = o_349 / 8;
            const int t4676_2 = (int)(t4676_q % 2);
            const long t4676_q_2 = t4676_q / 2;
            const int t4676_1 = (int)(t4676_q_2 % d_T);
            const int t4676_0 = (int)(t4676_q_2 / d_T);
            const int t4678_2 = (int)(o_349 % 16);
            const float v26_185 = acc5_3.sc + x22[(long)t4678_2];
            y29[(((long)t4676_0 * 2 + t4676_2) * d_T + t4676_1) * 8 + t4676_3] = v26_185;
            const int t4682_3 = (int)(o_349 % 8);
            const long t4682_q = o_349 / 8;
            const int t4682_2 = (int)(t4682_q % 2);
            const long t4682_q_2 = t4682_q / 2;
            const int t4682_1 = (int)(t4682_q_2 % d_T);
            const int t4682_0 = (int)(t4682_q_2 / d_T);
            const int t4684_2 = (int)(o_349 % 16);
            const float v26_186 = acc5_3.sc + x22[(long)t4684_2];
            y73[(((long)t4682_0 * 2 + t4682_2) * 8 + t4682_3) * d_T + t4682_1] = v26_186;
          }
          if (1) {
            const long o_350 = om_19 * 16 + 13L;
            const int t4689_3 = (int)(o_350 % 8);
            const long t4689_q = o_350 / 8;
            const int t4689_2 = (int)(t4689_q % 2);
            const long t4689_q_2 = t4689_q / 2;
            const int t4689_1 = (int)(t4689_q_2 % d_T);
            const int t4689_0 = (int)(t4689_q_2 / d_T);
            const int t4691_2 = (int)(o_350 % 16);
            const float v26_187 = acc5_3.sd + x22[(long)t4691_2];
            y29[(((long)t4689_0 * 2 + t4689_2) * d_T + t4689_1) * 8 + t4689_3] = v26_187;
            const int t4695_3 = (int)(o_350 % 8);
            const long t4695_q = o_350 / 8;
            const int t4695_2 = (int)(t4695_q % 2);
            const long t4695_q_2 = t4695_q / 2;
            const int t4695_1 = (int)(t4695_q_2 % d_T);
            const int t4695_0 = (int)(t4695_q_2 / d_T);
            const int t4697_2 = (int)(o_350 % 16);
            const float v26_188 = acc5_3.sd + x22[(long)t4697_2];
            y73[(((long)t4695_0 * 2 + t4695_2) * 8 + t4695_3) * d_T + t4695_1] = v26_188;
          }
          if (1) {
            const long o_351 = om_19 * 16 + 14L;
            const int t4702_3 = (int)(o_351 % 8);
            const long t4702_q = o_351 / 8;
            const int t4702_2 = (int)(t4702_q % 2);
            const long t4702_q_2 = t4702_q / 2;
            const int t4702_1 = (int)(t4702_q_2 % d_T);
            const int t4702_0 = (int)(t4702_q_2 / d_T);
            const int t4704_2 = (int)(o_351 % 16);
            const float v26_189 = acc5_3.se + x22[(long)t4704_2];
            y29[(((long)t4702_0 * 2 + t4702_2) * d_T + t4702_1) * 8 + t4702_3] = v26_189;
            const int t4708_3 = (int)(o_351 % 8);
            const long t4708_q = o_351 / 8;
            const int t4708_2 = (int)(t4708_q % 2);
            const long t4708_q_2 = t4708_q / 2;
            const int t4708_1 = (int)(t4708_q_2 % d_T);
            const int t4708_0 = (int)(t4708_q_2 / d_T);
            const int t4710_2 = (int)(o_351 % 16);
            const float v26_190 = acc5_3.se + x22[(long)t4710_2];
            y73[(((long)t4708_0 * 2 + t4708_2) * 8 + t4708_3) * d_T + t4708_1] = v26_190;
          }
          if (1) {
            const long o_352 = om_19 * 16 + 15L;
            const int t4715_3 = (int)(o_352 % 8);
            const long t4715_q = o_352 / 8;
            const int t4715_2 = (int)(t4715_q % 2);
            const long t4715_q_2 = t4715_q / 2;
            const int t4715_1 = (int)(t4715_q_2 % d_T);
            const int t4715_0 = (int)(t4715_q_2 / d_T);
            const int t4717_2 = (int)(o_352 % 16);
            const float v26_191 = acc5_3.sf + x22[(long)t4717_2];
            y29[(((long)t4715_0 * 2 + t4715_2) * d_T + t4715_1) * 8 + t4715_3] = v26_191;
            const int t4721_3 = (int)(o_352 % 8);
            const long t4721_q = o_352 / 8;
            const int t4721_2 = (int)(t4721_q % 2);
            const long t4721_q_2 = t4721_q / 2;
            const int t4721_1 = (int)(t4721_q_2 % d_T);
            const int t4721_0 = (int)(t4721_q_2 / d_T);
            const int t4723_2 = (int)(o_352 % 16);
            const float v26_192 = acc5_3.sf + x22[(long)t4723_2];
            y73[(((long)t4721_0 * 2 + t4721_2) * 8 + t4721_3) * d_T + t4721_1] = v26_192;
          }
        }
        const long om_20 = m0_3 + 6;
        if (om_20 < M_3) {
          if (1) {
            const long o_353 = om_20 * 16;
            const int t4728_3 = (int)(o_353 % 8);
            const long t4728_q = o_353 / 8;
            const int t4728_2 = (int)(t4728_q % 2);
            const long t4728_q_2 = t4728_q / 2;
            const int t4728_1 = (int)(t4728_q_2 % d_T);
            const int t4728_0 = (int)(t4728_q_2 / d_T);
            const int t4730_2 = (int)(o_353 % 16);
            const float v26_193 = acc6_3.s0 + x22[(long)t4730_2];
            y29[(((long)t4728_0 * 2 + t4728_2) * d_T + t4728_1) * 8 + t4728_3] = v26_193;
            const int t4734_3 = (int)(o_353 % 8);
            const long t4734_q = o_353 / 8;
            const int t4734_2 = (int)(t4734_q % 2);
            const long t4734_q_2 = t4734_q / 2;
            const int t4734_1 = (int)(t4734_q_2 % d_T);
            const int t4734_0 = (int)(t4734_q_2 / d_T);
            const int t4736_2 = (int)(o_353 % 16);
            const float v26_194 = acc6_3.s0 + x22[(long)t4736_2];
            y73[(((long)t4734_0 * 2 + t4734_2) * 8 + t4734_3) * d_T + t4734_1] = v26_194;
          }
          if (1) {
            const long o_354 = om_20 * 16 + 1L;
            const int t4741_3 = (int)(o_354 % 8);
            const long t4741_q = o_354 / 8;
            const int t4741_2 = (int)(t4741_q % 2);
            const long t4741_q_2 = t4741_q / 2;
            const int t4741_1 = (int)(t4741_q_2 % d_T);
            const int t4741_0 = (int)(t4741_q_2 / d_T);
            const int t4743_2 = (int)(o_354 % 16);
            const float v26_195 = acc6_3.s1 + x22[(long)t4743_2];
            y29[(((long)t4741_0 * 2 + t4741_2) * d_T + t4741_1) * 8 + t4741_3] = v26_195;
            const int t4747_3 = (int)(o_354 % 8);
            const long t4747_q = o_354 / 8;
            const int t4747_2 = (int)(t4747_q % 2);
            const long t4747_q_2 = t4747_q / 2;
            const int t4747_1 = (int)(t4747_q_2 % d_T);
            const int t4747_0 = (int)(t4747_q_2 / d_T);
            const int t4749_2 = (int)(o_354 % 16);
            const float v26_196 = acc6_3.s1 + x22[(long)t4749_2];
            y73[(((long)t4747_0 * 2 + t4747_2) * 8 + t4747_3) * d_T + t4747_1] = v26_196;
          }
          if (1) {
            const long o_355 = om_20 * 16 + 2L;
            const int t4754_3 = (int)(o_355 % 8);
            const long t4754_q = o_355 / 8;
            const int t4754_2 = (int)(t4754_q % 2);
            const long t4754_q_2 = t4754_q / 2;
            const int t4754_1 = (int)(t4754_q_2 % d_T);
            const int t4754_0 = (int)(t4754_q_2 / d_T);
            const int t4756_2 = (int)(o_355 % 16);
            const float v26_197 = acc6_3.s2 + x22[(long)t4756_2];
            y29[(((long)t4754_0 * 2 + t4754_2) * d_T + t4754_1) * 8 + t4754_3] = v26_197;
            const int t4760_3 = (int)(o_355 % 8);
            const long t4760_q = o_355 / 8;
            const int t4760_2 = (int)(t4760_q % 2);
            const long t4760_q_2 = t4760_q / 2;
            const int t4760_1 = (int)(t4760_q_2 % d_T);
            const int t4760_0 = (int)(t4760_q_2 / d_T);
            const int t4762_2 = (int)(o_355 % 16);
            const float v26_198 = acc6_3.s2 + x22[(long)t4762_2];
            y73[(((long)t4760_0 * 2 + t4760_2) * 8 + t4760_3) * d_T + t4760_1] = v26_198;
          }
          if (1) {
            const long o_356 = om_20 * 16 + 3L;
            const int t4767_3 = (int)(o_356 % 8);
            const long t4767_q = o_356 / 8;
            const int t4767_2 = (int)(t4767_q % 2);
            const long t4767_q_2 = t4767_q / 2;
            const int t4767_1 = (int)(t4767_q_2 % d_T);
            const int t4767_0 = (int)(t4767_q_2 / d_T);
            const int t4769_2 = (int)(o_356 % 16);
            const float v26_199 = acc6_3.s3 + x22[(long)t4769_2];
            y29[(((long)t4767_0 * 2 + t4767_2) * d_T + t4767_1) * 8 + t4767_3] = v26_199;
            const int t4773_3 = (int)(o_356 % 8);
            const long t4773_q = o_356 / 8;
            const int t4773_2 = (int)(t4773_q % 2);
            const long t4773_q_2 = t4773_q / 2;
            const int t4773_1 = (int)(t4773_q_2 % d_T);
            const int t4773_0 = (int)(t4773_q_2 / d_T);
            const int t4775_2 = (int)(o_356 % 16);
            const float v26_200 = acc6_3.s3 + x22[(long)t4775_2];
            y73[(((long)t4773_0 * 2 + t4773_2) * 8 + t4773_3) * d_T + t4773_1] = v26_200;
          }
          if (1) {
            const long o_357 = om_20 * 16 + 4L;
            const int t4780_3 = (int)(o_357 % 8);
            const long t4780_q = o_357 / 8;
            const int t4780_2 = (int)(t4780_q % 2);
            const long t4780_q_2 = t4780_q / 2;
            const int t4780_1 = (int)(t4780_q_2 % d_T);
            const int t4780_0 = (int)(t4780_q_2 / d_T);
            const int t4782_2 = (int)(o_357 % 16);
            const float v26_201 = acc6_3.s4 + x22[(long)t4782_2];
            y29[(((long)t4780_0 * 2 + t4780_2) * d_T + t4780_1) * 8 + t4780_3] = v26_201;
            const int t4786_3 = (int)(o_357 % 8);
            const long t4786_q = o_357 / 8;
            const int t4786_2 = (int)(t4786_q % 2);
            const long t4786_q_2 = t4786_q / 2;
            const int t4786_1 = (int)(t4786_q_2 % d_T);
            const int t4786_0 = (int)(t4786_q_2 / d_T);
            const int t4788_2 = (int)(o_357 % 16);
            const float v26_202 = acc6_3.s4 + x22[(long)t4788_2];
            y73[(((long)t4786_0 * 2 + t4786_2) * 8 + t4786_3) * d_T + t4786_1] = v26_202;
          }
          if (1) {
            const long o_358 = om_20 * 16 + 5L;
            const int t4793_3 = (int)(o_358 % 8);
            const long t4793_q = o_358 / 8;
            const int t4793_2 = (int)(t4793_q % 2);
            const long t4793_q_2 = t4793_q / 2;
            const int t4793_1 = (int)(t4793_q_2 % d_T);
            const int t4793_0 = (int)(t4793_q_2 / d_T);
            const int t4795_2 = (int)(o_358 % 16);
            const float v26_203 = acc6_3.s5 + x22[(long)t4795_2];
            y29[(((long)t4793_0 * 2 + t4793_2) * d_T + t4793_1) * 8 + t4793_3] = v26_203;
            const int t4799_3 = (int)(o_358 % 8);
            const long t4799_q = o_358 / 8;
            const int t4799_2 = (int)(t4799_q % 2);
            const long t4799_q_2 = t4799_q / 2;
            const int t4799_1 = (int)(t4799_q_2 % d_T);
            const int t4799_0 = (int)(t4799_q_2 / d_T);
            const int t4801_2 = (int)(o_358 % 16);
            const float v26_204 = acc6_3.s5 + x22[(long)t4801_2];
            y73[(((long)t4799_0 * 2 + t4799_2) * 8 + t4799_3) * d_T + t4799_1] = v26_204;
          }
          if (1) {
            const long o_359 = om_20 * 16 + 6L;
            const int t4806_3 = (int)(o_359 % 8);
            const long t4806_q = o_359 / 8;
            const int t4806_2 = (int)(t4806_q % 2);
            const long t4806_q_2 = t4806_q / 2;
            const int t4806_1 = (int)(t4806_q_2 % d_T);
            const int t4806_0 = (int)(t4806_q_2 / d_T);
            const int t4808_2 = (int)(o_359 % 16);
            const float v26_205 = acc6_3.s6 + x22[(long)t4808_2];
            y29[(((long)t4806_0 * 2 + t4806_2) * d_T + t4806_1) * 8 + t4806_3] = v26_205;
            const int t4812_3 = (int)(o_359 % 8);
            const long t4812_q = o_359 / 8;
            const int t4812_2 = (int)(t4812_q % 2);
            const long t4812_q_2 = t4812_q / 2;
            const int t4812_1 = (int)(t4812_q_2 % d_T);
            const int t4812_0 = (int)(t4812_q_2 / d_T);
            const int t4814_2 = (int)(o_359 % 16);
            const float v26_206 = acc6_3.s6 + x22[(long)t4814_2];
            y73[(((long)t4812_0 * 2 + t4812_2) * 8 + t4812_3) * d_T + t4812_1] = v26_206;
          }
          if (1) {
            const long o_360 = om_20 * 16 + 7L;
            const int t4819_3 = (int)(o_360 % 8);
            const long t4819_q = o_360 / 8;
            const int t4819_2 = (int)(t4819_q % 2);
            const long t4819_q_2 = t4819_q / 2;
            const int t4819_1 = (int)(t4819_q_2 % d_T);
            const int t4819_0 = (int)(t4819_q_2 / d_T);
            const int t4821_2 = (int)(o_360 % 16);
            const float v26_207 = acc6_3.s7 + x22[(long)t4821_2];
            y29[(((long)t4819_0 * 2 + t4819_2) * d_T + t4819_1) * 8 + t4819_3] = v26_207;
            const int t4825_3 = (int)(o_360 % 8);
            const long t4825_q = o_360 / 8;
            const int t4825_2 = (int)(t4825_q % 2);
            const long t4825_q_2 = t4825_q / 2;
            const int t4825_1 = (int)(t4825_q_2 % d_T);
            const int t4825_0 = (int)(t4825_q_2 / d_T);
            const int t4827_2 = (int)(o_360 % 16);
            const float v26_208 = acc6_3.s7 + x22[(long)t4827_2];
            y73[(((long)t4825_0 * 2 + t4825_2) * 8 + t4825_3) * d_T + t4825_1] = v26_208;
          }
          if (1) {
            const long o_361 = om_20 * 16 + 8L;
            const int t4832_3 = (int)(o_361 % 8);
            const long t4832_q = o_361 / 8;
            const int t4832_2 = (int)(t4832_q % 2);
            const long t4832_q_2 = t4832_q / 2;
            const int t4832_1 = (int)(t4832_q_2 % d_T);
            const int t4832_0 = (int)(t4832_q_2 / d_T);
            const int t4834_2 = (int)(o_361 % 16);
            const float v26_209 = acc6_3.s8 + x22[(long)t4834_2];
            y29[(((long)t4832_0 * 2 + t4832_2) * d_T + t4832_1) * 8 + t4832_3] = v26_209;
            const int t4838_3 = (int)(o_361 % 8);
            const long t4838_q = o_361 / 8;
            const int t4838_2 = (int)(t4838_q % 2);
            const long t4838_q_2 = t4838_q / 2;
            const int t4838_1 = (int)(t4838_q_2 % d_T);
            const int t4838_0 = (int)(t4838_q_2 / d_T);
            const int t4840_2 = (int)(o_361 % 16);
            const float v26_210 = acc6_3.s8 + x22[(long)t4840_2];
            y73[(((long)t4838_0 * 2 + t4838_2) * 8 + t4838_3) * d_T + t4838_1] = v26_210;
          }
          if (1) {
            const long o_362 = om_20 * 16 + 9L;
            const int t4845_3 = (int)(o_362 % 8);
            const long t4845_q = o_362 / 8;
            const int t4845_2 = (int)(t4845_q % 2);
            const long t4845_q_2 = t4845_q / 2;
            const int t4845_1 = (int)(t4845_q_2 % d_T);
            const int t4845_0 = (int)(t4845_q_2 / d_T);
            const int t4847_2 = (int)(o_362 % 16);
            const float v26_211 = acc6_3.s9 + x22[(long)t4847_2];
            y29[(((long)t4845_0 * 2 + t4845_2) * d_T + t4845_1) * 8 + t4845_3] = v26_211;
            const int t4851_3 = (int)(o_362 % 8);
            const long t4851_q = o_362 / 8;
            const int t4851_2 = (int)(t4851_q % 2);
            const long t4851_q_2 = t4851_q / 2;
            const int t4851_1 = (int)(t4851_q_2 % d_T);
            const int t4851_0 = (int)(t4851_q_2 / d_T);
            const int t4853_2 = (int)(o_362 % 16);
            const float v26_212 = acc6_3.s9 + x22[(long)t4853_2];
            y73[(((long)t4851_0 * 2 + t4851_2) * 8 + t4851_3) * d_T + t4851_1] = v26_212;
          }
          if (1) {
            const long o_363 = om_20 * 16 + 10L;
            const int t4858_3 = (int)(o_363 % 8);
            const long t4858_q = o_363 / 8;
            const int t4858_2 = (int)(t4858_q % 2);
            const long t4858_q_2 = t4858_q / 2;
            const int t4858_1 = (int)(t4858_q_2 % d_T);
            const int t4858_0 = (int)(t4858_q_2 / d_T);
            const int t4860_2 = (int)(o_363 % 16);
            const float v26_213 = acc6_3.sa + x22[(long)t4860_2];
            y29[(((long)t4858_0 * 2 + t4858_2) * d_T + t4858_1) * 8 + t4858_3] = v26_213;
            const int t4864_3 = (int)(o_363 % 8);
            const long t4864_q = o_363 / 8;
            const int t4864_2 = (int)(t4864_q % 2);
            const long t4864_q_2 = t4864_q / 2;
            const int t4864_1 = (int)(t4864_q_2 % d_T);
            const int t4864_0 = (int)(t4864_q_2 / d_T);
            const int t4866_2 = (int)(o_363 % 16);
            const float v26_214 = acc6_3.sa + x22[(long)t4866_2];
            y73[(((long)t4864_0 * 2 + t4864_2) * 8 + t4864_3) * d_T + t4864_1] = v26_214;
          }
          if (1) {
            const long o_364 = om_20 * 16 + 11L;
            const int t4871_3 = (int)(o_364 % 8);
            const long t4871_q = o_364 / 8;
            const int t4871_2 = (int)(t4871_q % 2);
            const long t4871_q_2 = t4871_q / 2;
            const int t4871_1 = (int)(t4871_q_2 % d_T);
            const int t4871_0 = (int)(t4871_q_2 / d_T);
            const int t4873_2 = (int)(o_364 % 16);
            const float v26_215 = acc6_3.sb + x22[(long)t4873_2];
            y29[(((long)t4871_0 * 2 + t4871_2) * d_T + t4871_1) * 8 + t4871_3] = v26_215;
            const int t4877_3 = (int)(o_364 % 8);
            const long t4877_q = o_364 / 8;
            const int t4877_2 = (int)(t4877_q % 2);
            const long t4877_q_2 = t4877_q / 2;
            const int t4877_1 = (int)(t4877_q_2 % d_T);
            const int t4877_0 = (int)(t4877_q_2 / d_T);
            const int t4879_2 = (int)(o_364 % 16);
            const float v26_216 = acc6_3.sb + x22[(long)t4879_2];
            y73[(((long)t4877_0 * 2 + t4877_2) * 8 + t4877_3) * d_T + t4877_1] = v26_216;
          }
          if (1) {
            const long o_365 = om_20 * 16 + 12L;
            const int t4884_3 = (int)(o_365 % 8);
            const long t4884_q = o_365 / 8;
            const int t4884_2 = (int)(t4884_q % 2);
            const long t4884_q_2 = t4884_q / 2;
            const int t4884_1 = (int)(t4884_q_2 % d_T);
            const int t4884_0 = (int)(t4884_q_2 / d_T);
            const int t4886_2 = (int)(o_365 % 16);
            const float v26_217 = acc6_3.sc + x22[(long)t4886_2];
            y29[(((long)t4884_0 * 2 + t4884_2) * d_T + t4884_1) * 8 + t4884_3] = v26_217;
            const int t4890_3 = (int)(o_365 % 8);
            const long t4890_q = o_365 / 8;
            const int t4890_2 = (int)(t4890_q % 2);
            const long t4890_q_2 = t4890_q / 2;
            const int t4890_1 = (int)(t4890_q_2 % d_T);
            const int t4890_0 = (int)(t4890_q_2 / d_T);
            const int t4892_2 = (int)(o_365 % 16);
            const float v26_218 = acc6_3.sc + x22[(long)t4892_2];
            y73[(((long)t4890_0 * 2 + t4890_2) * 8 + t4890_3) * d_T + t4890_1] = v26_218;
          }
          if (1) {
            const long o_366 = om_20 * 16 + 13L;
            const int t4897_3 = (int)(o_366 % 8);
            const long t4897_q = o_366 / 8;
            const int t4897_2 = (int)(t4897_q % 2);
            const long t4897_q_2 = t4897_q / 2;
            const int t4897_1 = (int)(t4897_q_2 % d_T);
            const int t4897_0 = (int)(t4897_q_2 / d_T);
            const int t4899_2 = (int)(o_366 % 16);
            const float v26_219 = acc6_3.sd + x22[(long)t4899_2];
            y29[(((long)t4897_0 * 2 + t4897_2) * d_T + t4897_1) * 8 + t4897_3] = v26_219;
            const int t4903_3 = (int)(o_366 % 8);
            const long t4903_q = o_366 / 8;
            const int t4903_2 = (int)(t4903_q % 2);
            const long t4903_q_2 = t4903_q / 2;
            const int t4903_1 = (int)(t4903_q_2 % d_T);
            const int t4903_0 = (int)(t4903_q_2 / d_T);
            const int t4905_2 = (int)(o_366 % 16);
            const float v26_220 = acc6_3.sd + x22[(long)t4905_2];
            y73[(((long)t4903_0 * 2 + t4903_2) * 8 + t4903_3) * d_T + t4903_1] = v26_220;
          }
          if (1) {
            const long o_367 = om_20 * 16 + 14L;
            const int t4910_3 = (int)(o_367 % 8);
            const long t4910_q = o_367 / 8;
            const int t4910_2 = (int)(t4910_q % 2);
            const long t4910_q_2 = t4910_q / 2;
            const int t4910_1 = (int)(t4910_q_2 % d_T);
            const int t4910_0 = (int)(t4910_q_2 / d_T);
            const int t4912_2 = (int)(o_367 % 16);
            const float v26_221 = acc6_3.se + x22[(long)t4912_2];
            y29[(((long)t4910_0 * 2 + t4910_2) * d_T + t4910_1) * 8 + t4910_3] = v26_221;
            const int t4916_3 = (int)(o_367 % 8);
            const long t4916_q = o_367 / 8;
            const int t4916_2 = (int)(t4916_q % 2);
            const long t4916_q_2 = t4916_q / 2;
            const int t4916_1 = (int)(t4916_q_2 % d_T);
            const int t4916_0 = (int)(t4916_q_2 / d_T);
            const int t4918_2 = (int)(o_367 % 16);
            const float v26_222 = acc6_3.se + x22[(long)t4918_2];
            y73[(((long)t4916_0 * 2 + t4916_2) * 8 + t4916_3) * d_T + t4916_1] = v26_222;
          }
          if (1) {
            const long o_368 = om_20 * 16 + 15L;
            const int t4923_3 = (int)(o_368 % 8);
            const long t4923_q = o_368 / 8;
            const int t4923_2 = (int)(t4923_q % 2);
            const long t4923_q_2 = t4923_q / 2;
            const int t4923_1 = (int)(t4923_q_2 % d_T);
            const int t4923_0 = (int)(t4923_q_2 / d_T);
            const int t4925_2 = (int)(o_368 % 16);
            const float v26_223 = acc6_3.sf + x22[(long)t4925_2];
            y29[(((long)t4923_0 * 2 + t4923_2) * d_T + t4923_1) * 8 + t4923_3] = v26_223;
            const int t4929_3 = (int)(o_368 % 8);
            const long t4929_q = o_368 / 8;
            const int t4929_2 = (int)(t4929_q % 2);
            const long t4929_q_2 = t4929_q / 2;
            const int t4929_1 = (int)(t4929_q_2 % d_T);
            const int t4929_0 = (int)(t4929_q_2 / d_T);
            const int t4931_2 = (int)(o_368 % 16);
            const float v26_224 = acc6_3.sf + x22[(long)t4931_2];
            y73[(((long)t4929_0 * 2 + t4929_2) * 8 + t4929_3) * d_T + t4929_1] = v26_224;
          }
        }
        const long om_21 = m0_3 + 7;
        if (om_21 < M_3) {
          if (1) {
            const long o_369 = om_21 * 16;
            const int t4936_3 = (int)(o_369 % 8);
            const long t4936_q = o_369 / 8;
            const int t4936_2 = (int)(t4936_q % 2);
            const long t4936_q_2 = t4936_q / 2;
            const int t4936_1 = (int)(t4936_q_2 % d_T);
            const int t4936_0 = (int)(t4936_q_2 / d_T);
            const int t4938_2 = (int)(o_369 % 16);
            const float v26_225 = acc7_3.s0 + x22[(long)t4938_2];
            y29[(((long)t4936_0 * 2 + t4936_2) * d_T + t4936_1) * 8 + t4936_3] = v26_225;
            const int t4942_3 = (int)(o_369 % 8);
            const long t4942_q = o_369 / 8;
            const int t4942_2 = (int)(t4942_q % 2);
            const long t4942_q_2 = t4942_q / 2;
            const int t4942_1 = (int)(t4942_q_2 % d_T);
            const int t4942_0 = (int)(t4942_q_2 / d_T);
            const int t4944_2 = (int)(o_369 % 16);
            const float v26_226 = acc7_3.s0 + x22[(long)t4944_2];
            y73[(((long)t4942_0 * 2 + t4942_2) * 8 + t4942_3) * d_T + t4942_1] = v26_226;
          }
          if (1) {
            const long o_370 = om_21 * 16 + 1L;
            const int t4949_3 = (int)(o_370 % 8);
            const long t4949_q = o_370 / 8;
            const int t4949_2 = (int)(t4949_q % 2);
            const long t4949_q_2 = t4949_q / 2;
            const int t4949_1 = (int)(t4949_q_2 % d_T);
            const int t4949_0 = (int)(t4949_q_2 / d_T);
            const int t4951_2 = (int)(o_370 % 16);
            const float v26_227 = acc7_3.s1 + x22[(long)t4951_2];
            y29[(((long)t4949_0 * 2 + t4949_2) * d_T + t4949_1) * 8 + t4949_3] = v26_227;
            const int t4955_3 = (int)(o_370 % 8);
            const long t4955_q = o_370 / 8;
            const int t4955_2 = (int)(t4955_q % 2);
            const long t4955_q_2 = t4955_q / 2;
            const int t4955_1 = (int)(t4955_q_2 % d_T);
            const int t4955_0 = (int)(t4955_q_2 / d_T);
            const int t4957_2 = (int)(o_370 % 16);
            const float v26_228 = acc7_3.s1 + x22[(long)t4957_2];
            y73[(((long)t4955_0 * 2 + t4955_2) * 8 + t4955_3) * d_T + t4955_1] = v26_228;
          }
          if (1) {
            const long o_371 = om_21 * 16 + 2L;
            const int t4962_3 = (int)(o_371 % 8);
            const long t4962_q = o_371 / 8;
            const int t4962_2 = (int)(t4962_q % 2);
            const long t4962_q_2 = t4962_q / 2;
            const int t4962_1 = (int)(t4962_q_2 % d_T);
            const int t4962_0 = (int)(t4962_q_2 / d_T);
            const int t4964_2 = (int)(o_371 % 16);
            const float v26_229 = acc7_3.s2 + x22[(long)t4964_2];
            y29[(((long)t4962_0 * 2 + t4962_2) * d_T + t4962_1) * 8 + t4962_3] = v26_229;
            const int t4968_3 = (int)(o_371 % 8);
            const long t4968_q = o_371 / 8;
            const int t4968_2 = (int)(t4968_q % 2);
            const long t4968_q_2 = t4968_q / 2;
            const int t4968_1 = (int)(t4968_q_2 % d_T);
            const int t4968_0 = (int)(t4968_q_2 / d_T);
            const int t4970_2 = (int)(o_371 % 16);
            const float v26_230 = acc7_3.s2 + x22[(long)t4970_2];
            y73[(((long)t4968_0 * 2 + t4968_2) * 8 + t4968_3) * d_T + t4968_1] = v26_230;
          }
          if (1) {
            const long o_372 = om_21 * 16 + 3L;
            const int t4975_3 = (int)(o_372 % 8);
            const long t4975_q = o_372 / 8;
            const int t4975_2 = (int)(t4975_q % 2);
            const long t4975_q_2 = t4975_q / 2;
            const int t4975_1 = (int)(t4975_q_2 % d_T);
            const int t4975_0 = (int)(t4975_q_2 / d_T);
            const int t4977_2 = (int)(o_372 % 16);
            const float v26_231 = acc7_3.s3 + x22[(long)t4977_2];
            y29[(((long)t4975_0 * 2 + t4975_2) * d_T + t4975_1) * 8 + t4975_3] = v26_231;
            const int t4981_3 = (int)(o_372 % 8);
            const long t4981_q = o_372 / 8;
            const int t4981_2 = (int)(t4981_q % 2);
            const long t4981_q_2 = t4981_q / 2;
            const int t4981_1 = (int)(t4981_q_2 % d_T);
            const int t4981_0 = (int)(t4981_q_2 / d_T);
            const int t4983_2 = (int)(o_372 % 16);
            const float v26_232 = acc7_3.s3 + x22[(long)t4983_2];
            y73[(((long)t4981_0 * 2 + t4981_2) * 8 + t4981_3) * d_T + t4981_1] = v26_232;
          }
          if (1) {
            const long o_373 = om_21 * 16 + 4L;
            const int t4988_3 = (int)(o_373 % 8);
            const long t4988_q = o_373 / 8;
            const int t4988_2 = (int)(t4988_q % 2);
            const long t4988_q_2 = t4988_q / 2;
            const int t4988_1 = (int)(t4988_q_2 % d_T);
            const int t4988_0 = (int)(t4988_q_2 / d_T);
            const int t4990_2 = (int)(o_373 % 16);
            const float v26_233 = acc7_3.s4 + x22[(long)t4990_2];
            y29[(((long)t4988_0 * 2 + t4988_2) * d_T + t4988_1) * 8 + t4988_3] = v26_233;
            const int t4994_3 = (int)(o_373 % 8);
            const long t4994_q = o_373 / 8;
            const int t4994_2 = (int)(t4994_q % 2);
            const long t4994_q_2 = t4994_q / 2;
            const int t4994_1 = (int)(t4994_q_2 % d_T);
            const int t4994_0 = (int)(t4994_q_2 / d_T);
            const int t4996_2 = (int)(o_373 % 16);
            const float v26_234 = acc7_3.s4 + x22[(long)t4996_2];
            y73[(((long)t4994_0 * 2 + t4994_2) * 8 + t4994_3) * d_T + t4994_1] = v26_234;
          }
          if (1) {
            const long o_374 = om_21 * 16 + 5L;
            const int t5001_3 = (int)(o_374 % 8);
            const long t5001_q = o_374 / 8;
            const int t5001_2 = (int)(t5001_q % 2);
            const long t5001_q_2 = t5001_q / 2;
            const int t5001_1 = (int)(t5001_q_2 % d_T);
            const int t5001_0 = (int)(t5001_q_2 / d_T);
            const int t5003_2 = (int)(o_374 % 16);
            const float v26_235 = acc7_3.s5 + x22[(long)t5003_2];
            y29[(((long)t5001_0 * 2 + t5001_2) * d_T + t5001_1) * 8 + t5001_3] = v26_235;
            const int t5007_3 = (int)(o_374 % 8);
            const long t5007_q = o_374 / 8;
            const int t5007_2 = (int)(t5007_q % 2);
            const long t5007_q_2 = t5007_q / 2;
            const int t5007_1 = (int)(t5007_q_2 % d_T);
            const int t5007_0 = (int)(t5007_q_2 / d_T);
            const int t5009_2 = (int)(o_374 % 16);
            const float v26_236 = acc7_3.s5 + x22[(long)t5009_2];
            y73[(((long)t5007_0 * 2 + t5007_2) * 8 + t5007_3) * d_T + t5007_1] = v26_236;
          }
          if (1) {
            const long o_375 = om_21 * 16 + 6L;
            const int t5014_3 = (int)(o_375 % 8);
            const long t5014_q = o_375 / 8;
            const int t5014_2 = (int)(t5014_q % 2);
            const long t5014_q_2 = t5014_q / 2;
            const int t5014_1 = (int)(t5014_q_2 % d_T);
            const int t5014_0 = (int)(t5014_q_2 / d_T);
            const int t5016_2 = (int)(o_375 % 16);
            const float v26_237 = acc7_3.s6 + x22[(long)t5016_2];
            y29[(((long)t5014_0 * 2 + t5014_2) * d_T + t5014_1) * 8 + t5014_3] = v26_237;
            const int t5020_3 = (int)(o_375 % 8);
            const long t5020_q = o_375 / 8;
            const int t5020_2 = (int)(t5020_q % 2);
            const long t5020_q_2 = t5020_q / 2;
            const int t5020_1 = (int)(t5020_q_2 % d_T);
            const int t5020_0 = (int)(t5020_q_2 / d_T);
            const int t5022_2 = (int)(o_375 % 16);
            const float v26_238 = acc7_3.s6 + x22[(long)t5022_2];
            y73[(((long)t5020_0 * 2 + t5020_2) * 8 + t5020_3) * d_T + t5020_1] = v26_238;
          }
          if (1) {
            const long o_376 = om_21 * 16 + 7L;
            const int t5027_3 = (int)(o_376 % 8);
            const long t5027_q = o_376 / 8;
            const int t5027_2 = (int)(t5027_q % 2);
            const long t5027_q_2 = t5027_q / 2;
            const int t5027_1 = (int)(t5027_q_2 % d_T);
            const int t5027_0 = (int)(t5027_q_2 / d_T);
            const int t5029_2 = (int)(o_376 % 16);
            const float v26_239 = acc7_3.s7 + x22[(long)t5029_2];
            y29[(((long)t5027_0 * 2 + t5027_2) * d_T + t5027_1) * 8 + t5027_3] = v26_239;
            const int t5033_3 = (int)(o_376 % 8);
            const long t5033_q = o_376 / 8;
            const int t5033_2 = (int)(t5033_q % 2);
            const long t5033_q_2 = t5033_q / 2;
            const int t5033_1 = (int)(t5033_q_2 % d_T);
            const int t5033_0 = (int)(t5033_q_2 / d_T);
            const int t5035_2 = (int)(o_376 % 16);
            const float v26_240 = acc7_3.s7 + x22[(long)t5035_2];
            y73[(((long)t5033_0 * 2 + t5033_2) * 8 + t5033_3) * d_T + t5033_1] = v26_240;
          }
          if (1) {
            const long o_377 = om_21 * 16 + 8L;
            const int t5040_3 = (int)(o_377 % 8);
            const long t5040_q = o_377 / 8;
            const int t5040_2 = (int)(t5040_q % 2);
            const long t5040_q_2 = t5040_q / 2;
            const int t5040_1 = (int)(t5040_q_2 % d_T);
            const int t5040_0 = (int)(t5040_q_2 / d_T);
            const int t5042_2 = (int)(o_377 % 16);
            const float v26_241 = acc7_3.s8 + x22[(long)t5042_2];
            y29[(((long)t5040_0 * 2 + t5040_2) * d_T + t5040_1) * 8 + t5040_3] = v26_241;
            const int t5046_3 = (int)(o_377 % 8);
            const long t5046_q = o_377 / 8;
            const int t5046_2 = (int)(t5046_q % 2);
            const long t5046_q_2 = t5046_q / 2;
            const int t5046_1 = (int)(t5046_q_2 % d_T);
            const int t5046_0 = (int)(t5046_q_2 / d_T);
            const int t5048_2 = (int)(o_377 % 16);
            const float v26_242 = acc7_3.s8 + x22[(long)t5048_2];
            y73[(((long)t5046_0 * 2 + t5046_2) * 8 + t5046_3) * d_T + t5046_1] = v26_242;
          }
          if (1) {
            const long o_378 = om_21 * 16 + 9L;
            const int t5053_3 = (int)(o_378 % 8);
            const long t5053_q = o_378 / 8;
            const int t5053_2 = (int)(t5053_q % 2);
            const long t5053_q_2 = t5053_q / 2;
            const int t5053_1 = (int)(t5053_q_2 % d_T);
            const int t5053_0 = (int)(t5053_q_2 / d_T);
            const int t5055_2 = (int)(o_378 % 16);
            const float v26_243 = acc7_3.s9 + x22[(long)t5055_2];
            y29[(((long)t5053_0 * 2 + t5053_2) * d_T + t5053_1) * 8 + t5053_3] = v26_243;
            const int t5059_3 = (int)(o_378 % 8);
            const long t5059_q = o_378 / 8;
            const int t5059_2 = (int)(t5059_q % 2);
            const long t5059_q_2 = t5059_q / 2;
            const int t5059_1 = (int)(t5059_q_2 % d_T);
            const int t5059_0 = (int)(t5059_q_2 / d_T);
            const int t5061_2 = (int)(o_378 % 16);
            const float v26_244 = acc7_3.s9 + x22[(long)t5061_2];
            y73[(((long)t5059_0 * 2 + t5059_2) * 8 + t5059_3) * d_T + t5059_1] = v26_244;
          }
          if (1) {
            const long o_379 = om_21 * 16 + 10L;
            const int t5066_3 = (int)(o_379 % 8);
            const long t5066_q = o_379 / 8;
            const int t5066_2 = (int)(t5066_q % 2);
            const long t5066_q_2 = t5066_q / 2;
            const int t5066_1 = (int)(t5066_q_2 % d_T);
            const int t5066_0 = (int)(t5066_q_2 / d_T);
            const int t5068_2 = (int)(o_379 % 16);
            const float v26_245 = acc7_3.sa + x22[(long)t5068_2];
            y29[(((long)t5066_0 * 2 + t5066_2) * d_T + t5066_1) * 8 + t5066_3] = v26_245;
            const int t5072_3 = (int)(o_379 % 8);
            const long t5072_q = o_379 / 8;
            const int t5072_2 = (int)(t5072_q % 2);
            const long t5072_q_2 = t5072_q / 2;
            const int t5072_1 = (int)(t5072_q_2 % d_T);
            const int t5072_0 = (int)(t5072_q_2 / d_T);
            const int t5074_2 = (int)(o_379 % 16);
            const float v26_246 = acc7_3.sa + x22[(long)t5074_2];
            y73[(((long)t5072_0 * 2 + t5072_2) * 8 + t5072_3) * d_T + t5072_1] = v26_246;
          }
          if (1) {
            const long o_380 = om_21 * 16 + 11L;
            const int t5079_3 = (int)(o_380 % 8);
            const long t5079_q = o_380 / 8;
            const int t5079_2 = (int)(t5079_q % 2);
            const long t5079_q_2 = t5079_q / 2;
            const int t5079_1 = (int)(t5079_q_2 % d_T);
            const int t5079_0 = (int)(t5079_q_2 / d_T);
            const int t5081_2 = (int)(o_380 % 16);
            const float v26_247 = acc7_3.sb + x22[(long)t5081_2];
            y29[(((long)t5079_0 * 2 + t5079_2) * d_T + t5079_1) * 8 + t5079_3] = v26_247;
            const int t5085_3 = (int)(o_380 % 8);
            const long t5085_q = o_380 / 8;
            const int t5085_2 = (int)(t5085_q % 2);
            const long t5085_q_2 = t5085_q / 2;
            const int t5085_1 = (int)(t5085_q_2 % d_T);
            const int t5085_0 = (int)(t5085_q_2 / d_T);
            const int t5087_2 = (int)(o_380 % 16);
            const float v26_248 = acc7_3.sb + x22[(long)t5087_2];
            y73[(((long)t5085_0 * 2 + t5085_2) * 8 + t5085_3) * d_T + t5085_1] = v26_248;
          }
          if (1) {
            const long o_381 = om_21 * 16 + 12L;
            const int t5092_3 = (int)(o_381 % 8);
            const long t5092_q = o_381 / 8;
            const int t5092_2 = (int)(t5092_q % 2);
            const long t5092_q_2 = t5092_q / 2;
            const int t5092_1 = (int)(t5092_q_2 % d_T);
            const int t5092_0 = (int)(t5092_q_2 / d_T);
            const int t5094_2 = (int)(o_381 % 16);
            const float v26_249 = acc7_3.sc + x22[(long)t5094_2];
            y29[(((long)t5092_0 * 2 + t5092_2) * d_T + t5092_1) * 8 + t5092_3] = v26_249;
            const int t5098_3 = (int)(o_381 % 8);
            const long t5098_q = o_381 / 8;
            const int t5098_2 = (int)(t5098_q % 2);
            const long t5098_q_2 = t5098_q / 2;
            const int t5098_1 = (int)(t5098_q_2 % d_T);
            const int t5098_0 = (int)(t5098_q_2 / d_T);
            const int t5100_2 = (int)(o_381 % 16);
            const float v26_250 = acc7_3.sc + x22[(long)t5100_2];
            y73[(((long)t5098_0 * 2 + t5098_2) * 8 + t5098_3) * d_T + t5098_1] = v26_250;
          }
          if (1) {
            const long o_382 = om_21 * 16 + 13L;
            const int t5105_3 = (int)(o_382 % 8);
            const long t5105_q = o_382 / 8;
            const int t5105_2 = (int)(t5105_q % 2);
            const long t5105_q_2 = t5105_q / 2;
            const int t5105_1 = (int)(t5105_q_2 % d_T);
            const int t5105_0 = (int)(t5105_q_2 / d_T);
            const int t5107_2 = (int)(o_382 % 16);
            const float v26_251 = acc7_3.sd + x22[(long)t5107_2];
            y29[(((long)t5105_0 * 2 + t5105_2) * d_T + t5105_1) * 8 + t5105_3] = v26_251;
            const int t5111_3 = (int)(o_382 % 8);
            const long t5111_q = o_382 / 8;
            const int t5111_2 = (int)(t5111_q % 2);
            const long t5111_q_2 = t5111_q / 2;
            const int t5111_1 = (int)(t5111_q_2 % d_T);
            const int t5111_0 = (int)(t5111_q_2 / d_T);
            const int t5113_2 = (int)(o_382 % 16);
            const float v26_252 = acc7_3.sd + x22[(long)t5113_2];
            y73[(((long)t5111_0 * 2 + t5111_2) * 8 + t5111_3) * d_T + t5111_1] = v26_252;
          }
          if (1) {
            const long o_383 = om_21 * 16 + 14L;
            const int t5118_3 = (int)(o_383 % 8);
            const long t5118_q = o_383 / 8;
            const int t5118_2 = (int)(t5118_q % 2);
            const long t5118_q_2 = t5118_q / 2;
            const int t5118_1 = (int)(t5118_q_2 % d_T);
            const int t5118_0 = (int)(t5118_q_2 / d_T);
            const int t5120_2 = (int)(o_383 % 16);
            const float v26_253 = acc7_3.se + x22[(long)t5120_2];
            y29[(((long)t5118_0 * 2 + t5118_2) * d_T + t5118_1) * 8 + t5118_3] = v26_253;
            const int t5124_3 = (int)(o_383 % 8);
            const long t5124_q = o_383 / 8;
            const int t5124_2 = (int)(t5124_q % 2);
            const long t5124_q_2 = t5124_q / 2;
            const int t5124_1 = (int)(t5124_q_2 % d_T);
            const int t5124_0 = (int)(t5124_q_2 / d_T);
            const int t5126_2 = (int)(o_383 % 16);
            const float v26_254 = acc7_3.se + x22[(long)t5126_2];
            y73[(((long)t5124_0 * 2 + t5124_2) * 8 + t5124_3) * d_T + t5124_1] = v26_254;
          }
          if (1) {
            const long o_384 = om_21 * 16 + 15L;
            const int t5131_3 = (int)(o_384 % 8);
            const long t5131_q = o_384 / 8;
            const int t5131_2 = (int)(t5131_q % 2);
            const long t5131_q_2 = t5131_q / 2;
            const int t5131_1 = (int)(t5131_q_2 % d_T);
            const int t5131_0 = (int)(t5131_q_2 / d_T);
            const int t5133_2 = (int)(o_384 % 16);
            const float v26_255 = acc7_3.sf + x22[(long)t5133_2];
            y29[(((long)t5131_0 * 2 + t5131_2) * d_T + t5131_1) * 8 + t5131_3] = v26_255;
            const int t5137_3 = (int)(o_384 % 8);
            const long t5137_q = o_384 / 8;
            const int t5137_2 = (int)(t5137_q % 2);
            const long t5137_q_2 = t5137_q / 2;
            const int t5137_1 = (int)(t5137_q_2 % d_T);
            const int t5137_0 = (int)(t5137_q_2 / d_T);
            const int t5139_2 = (int)(o_384 % 16);
            const float v26_256 = acc7_3.sf + x22[(long)t5139_2];
            y73[(((long)t5137_0 * 2 + t5137_2) * 8 + t5137_3) * d_T + t5137_1] = v26_256;
          }
        }
      }
    }
  }
}
