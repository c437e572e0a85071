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

/* k72_matmul_permute: 4 IR nodes, one work item per output element
 *   %67 = reshape %1 : f32[B*T, 16]   ($SRC/stdlib/nn.llm:65)
 *   %68 = matmul %67, %66 : f32[B*T, 16]   ($SRC/stdlib/nn.llm:65)
 *   %71 = reshape %68 : f32[B, T, 2, 8]   ($SRC/stdlib/nn.llm:157)
 *   %72 = permute %71 perm=[0, 2, 1, 3] : f32[B, 2, T, 8]   ($SRC/stdlib/nn.llm:157)
 * arguments: x1 = %1; x66 = %66; y72 = %72; d_B = B; d_T = T
 */
__kernel void k72_matmul_permute(__global const float *restrict x1, __global const float *restrict x66,
    __global float *restrict y72, int d_B, int d_T) {
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
        const float16 bv = vload16(0, x66 + k * 16);
        acc0 = fma((float16)x1[m0 * 16 + k], bv, acc0);
        acc1 = fma((float16)x1[(m0 + 1) * 16 + k], bv, acc1);
        acc2 = fma((float16)x1[(m0 + 2) * 16 + k], bv, acc2);
        acc3 = fma((float16)x1[(m0 + 3) * 16 + k], bv, acc3);
        acc4 = fma((float16)x1[(m0 + 4) * 16 + k], bv, acc4);
        acc5 = fma((float16)x1[(m0 + 5) * 16 + k], bv, acc5);
        acc6 = fma((float16)x1[(m0 + 6) * 16 + k], bv, acc6);
        acc7 = fma((float16)x1[(m0 + 7) * 16 + k], bv, acc7);
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
        const float16 bv_2 = (float16)(x66[k_2 * 16], x66[k_2 * 16 + 1L], x66[k_2 * 16 + 2L], x66[k_2 * 16 + 3L], x66[k_2 * 16 + 4L], x66[k_2 * 16 + 5L], x66[k_2 * 16 + 6L], x66[k_2 * 16 + 7L], x66[k_2 * 16 + 8L], x66[k_2 * 16 + 9L], x66[k_2 * 16 + 10L], x66[k_2 * 16 + 11L], x66[k_2 * 16 + 12L], x66[k_2 * 16 + 13L], x66[k_2 * 16 + 14L], x66[k_2 * 16 + 15L]);
        acc0 = fma((float16)x1[m0 * 16 + k_2], bv_2, acc0);
        acc1 = fma((float16)x1[ar1 * 16 + k_2], bv_2, acc1);
        acc2 = fma((float16)x1[ar2 * 16 + k_2], bv_2, acc2);
        acc3 = fma((float16)x1[ar3 * 16 + k_2], bv_2, acc3);
        acc4 = fma((float16)x1[ar4 * 16 + k_2], bv_2, acc4);
        acc5 = fma((float16)x1[ar5 * 16 + k_2], bv_2, acc5);
        acc6 = fma((float16)x1[ar6 * 16 + k_2], bv_2, acc6);
        acc7 = fma((float16)x1[ar7 * 16 + k_2], bv_2, acc7);
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
        y72[(((long)t52_0 * 2 + t52_2) * d_T + t52_1) * 8 + t52_3] = acc0.s0;
      }
      if (1) {
        const long o_2 = m0 * 16 + 1L;
        const int t56_3 = (int)(o_2 % 8);
        const long t56_q = o_2 / 8;
        const int t56_2 = (int)(t56_q % 2);
        const long t56_q_2 = t56_q / 2;
        const int t56_1 = (int)(t56_q_2 % d_T);
        const int t56_0 = (int)(t56_q_2 / d_T);
        y72[(((long)t56_0 * 2 + t56_2) * d_T + t56_1) * 8 + t56_3] = acc0.s1;
      }
      if (1) {
        const long o_3 = m0 * 16 + 2L;
        const int t60_3 = (int)(o_3 % 8);
        const long t60_q = o_3 / 8;
        const int t60_2 = (int)(t60_q % 2);
        const long t60_q_2 = t60_q / 2;
        const int t60_1 = (int)(t60_q_2 % d_T);
        const int t60_0 = (int)(t60_q_2 / d_T);
        y72[(((long)t60_0 * 2 + t60_2) * d_T + t60_1) * 8 + t60_3] = acc0.s2;
      }
      if (1) {
        const long o_4 = m0 * 16 + 3L;
        const int t64_3 = (int)(o_4 % 8);
        const long t64_q = o_4 / 8;
        const int t64_2 = (int)(t64_q % 2);
        const long t64_q_2 = t64_q / 2;
        const int t64_1 = (int)(t64_q_2 % d_T);
        const int t64_0 = (int)(t64_q_2 / d_T);
        y72[(((long)t64_0 * 2 + t64_2) * d_T + t64_1) * 8 + t64_3] = acc0.s3;
      }
      if (1) {
        const long o_5 = m0 * 16 + 4L;
        const int t68_3 = (int)(o_5 % 8);
        const long t68_q = o_5 / 8;
        const int t68_2 = (int)(t68_q % 2);
        const long t68_q_2 = t68_q / 2;
        const int t68_1 = (int)(t68_q_2 % d_T);
        const int t68_0 = (int)(t68_q_2 / d_T);
        y72[(((long)t68_0 * 2 + t68_2) * d_T + t68_1) * 8 + t68_3] = acc0.s4;
      }
      if (1) {
        const long o_6 = m0 * 16 + 5L;
        const int t72_3 = (int)(o_6 % 8);
        const long t72_q = o_6 / 8;
        const int t72_2 = (int)(t72_q % 2);
        const long t72_q_2 = t72_q / 2;
        const int t72_1 = (int)(t72_q_2 % d_T);
        const int t72_0 = (int)(t72_q_2 / d_T);
        y72[(((long)t72_0 * 2 + t72_2) * d_T + t72_1) * 8 + t72_3] = acc0.s5;
      }
      if (1) {
        const long o_7 = m0 * 16 + 6L;
        const int t76_3 = (int)(o_7 % 8);
        const long t76_q = o_7 / 8;
        const int t76_2 = (int)(t76_q % 2);
        const long t76_q_2 = t76_q / 2;
        const int t76_1 = (int)(t76_q_2 % d_T);
        const int t76_0 = (int)(t76_q_2 / d_T);
        y72[(((long)t76_0 * 2 + t76_2) * d_T + t76_1) * 8 + t76_3] = acc0.s6;
      }
      if (1) {
        const long o_8 = m0 * 16 + 7L;
        const int t80_3 = (int)(o_8 % 8);
        const long t80_q = o_8 / 8;
        const int t80_2 = (int)(t80_q % 2);
        const long t80_q_2 = t80_q / 2;
        const int t80_1 = (int)(t80_q_2 % d_T);
        const int t80_0 = (int)(t80_q_2 / d_T);
        y72[(((long)t80_0 * 2 + t80_2) * d_T + t80_1) * 8 + t80_3] = acc0.s7;
      }
      if (1) {
        const long o_9 = m0 * 16 + 8L;
        const int t84_3 = (int)(o_9 % 8);
        const long t84_q = o_9 / 8;
        const int t84_2 = (int)(t84_q % 2);
        const long t84_q_2 = t84_q / 2;
        const int t84_1 = (int)(t84_q_2 % d_T);
        const int t84_0 = (int)(t84_q_2 / d_T);
        y72[(((long)t84_0 * 2 + t84_2) * d_T + t84_1) * 8 + t84_3] = acc0.s8;
      }
      if (1) {
        const long o_10 = m0 * 16 + 9L;
        const int t88_3 = (int)(o_10 % 8);
        const long t88_q = o_10 / 8;
        const int t88_2 = (int)(t88_q % 2);
        const long t88_q_2 = t88_q / 2;
        const int t88_1 = (int)(t88_q_2 % d_T);
        const int t88_0 = (int)(t88_q_2 / d_T);
        y72[(((long)t88_0 * 2 + t88_2) * d_T + t88_1) * 8 + t88_3] = acc0.s9;
      }
      if (1) {
        const long o_11 = m0 * 16 + 10L;
        const int t92_3 = (int)(o_11 % 8);
        const long t92_q = o_11 / 8;
        const int t92_2 = (int)(t92_q % 2);
        const long t92_q_2 = t92_q / 2;
        const int t92_1 = (int)(t92_q_2 % d_T);
        const int t92_0 = (int)(t92_q_2 / d_T);
        y72[(((long)t92_0 * 2 + t92_2) * d_T + t92_1) * 8 + t92_3] = acc0.sa;
      }
      if (1) {
        const long o_12 = m0 * 16 + 11L;
        const int t96_3 = (int)(o_12 % 8);
        const long t96_q = o_12 / 8;
        const int t96_2 = (int)(t96_q % 2);
        const long t96_q_2 = t96_q / 2;
        const int t96_1 = (int)(t96_q_2 % d_T);
        const int t96_0 = (int)(t96_q_2 / d_T);
        y72[(((long)t96_0 * 2 + t96_2) * d_T + t96_1) * 8 + t96_3] = acc0.sb;
      }
      if (1) {
        const long o_13 = m0 * 16 + 12L;
        const int t100_3 = (int)(o_13 % 8);
        const long t100_q = o_13 / 8;
        const int t100_2 = (int)(t100_q % 2);
        const long t100_q_2 = t100_q / 2;
        const int t100_1 = (int)(t100_q_2 % d_T);
        const int t100_0 = (int)(t100_q_2 / d_T);
        y72[(((long)t100_0 * 2 + t100_2) * d_T + t100_1) * 8 + t100_3] = acc0.sc;
      }
      if (1) {
        const long o_14 = m0 * 16 + 13L;
        const int t104_3 = (int)(o_14 % 8);
        const long t104_q = o_14 / 8;
        const int t104_2 = (int)(t104_q % 2);
        const long t104_q_2 = t104_q / 2;
        const int t104_1 = (int)(t104_q_2 % d_T);
        const int t104_0 = (int)(t104_q_2 / d_T);
        y72[(((long)t104_0 * 2 + t104_2) * d_T + t104_1) * 8 + t104_3] = acc0.sd;
      }
      if (1) {
        const long o_15 = m0 * 16 + 14L;
        const int t108_3 = (int)(o_15 % 8);
        const long t108_q = o_15 / 8;
        const int t108_2 = (int)(t108_q % 2);
        const long t108_q_2 = t108_q / 2;
        const int t108_1 = (int)(t108_q_2 % d_T);
        const int t108_0 = (int)(t108_q_2 / d_T);
        y72[(((long)t108_0 * 2 + t108_2) * d_T + t108_1) * 8 + t108_3] = acc0.se;
      }
      if (1) {
        const long o_16 = m0 * 16 + 15L;
        const int t112_3 = (int)(o_16 % 8);
        const long t112_q = o_16 / 8;
        const int t112_2 = (int)(t112_q % 2);
        const long t112_q_2 = t112_q / 2;
        const int t112_1 = (int)(t112_q_2 % d_T);
        const int t112_0 = (int)(t112_q_2 / d_T);
        y72[(((long)t112_0 * 2 + t112_2) * d_T + t112_1) * 8 + t112_3] = acc0.sf;
      }
    }
    const long om = m0 + 1;
    if (om < M) {
      if (1) {
        const long o_17 = om * 16;
        const int t116_3 = (int)(o_17 % 8);
        const long t116_q = o_17 / 8;
        const int t116_2 = (int)(t116_q % 2);
        const long t116_q_2 = t116_q / 2;
        const int t116_1 = (int)(t116_q_2 % d_T);
        const int t116_0 = (int)(t116_q_2 / d_T);
        y72[(((long)t116_0 * 2 + t116_2) * d_T + t116_1) * 8 + t116_3] = acc1.s0;
      }
      if (1) {
        const long o_18 = om * 16 + 1L;
        const int t120_3 = (int)(o_18 % 8);
        const long t120_q = o_18 / 8;
        const int t120_2 = (int)(t120_q % 2);
        const long t120_q_2 = t120_q / 2;
        const int t120_1 = (int)(t120_q_2 % d_T);
        const int t120_0 = (int)(t120_q_2 / d_T);
        y72[(((long)t120_0 * 2 + t120_2) * d_T + t120_1) * 8 + t120_3] = acc1.s1;
      }
      if (1) {
        const long o_19 = om * 16 + 2L;
        const int t124_3 = (int)(o_19 % 8);
        const long t124_q = o_19 / 8;
        const int t124_2 = (int)(t124_q % 2);
        const long t124_q_2 = t124_q / 2;
        const int t124_1 = (int)(t124_q_2 % d_T);
        const int t124_0 = (int)(t124_q_2 / d_T);
        y72[(((long)t124_0 * 2 + t124_2) * d_T + t124_1) * 8 + t124_3] = acc1.s2;
      }
      if (1) {
        const long o_20 = om * 16 + 3L;
        const int t128_3 = (int)(o_20 % 8);
        const long t128_q = o_20 / 8;
        const int t128_2 = (int)(t128_q % 2);
        const long t128_q_2 = t128_q / 2;
        const int t128_1 = (int)(t128_q_2 % d_T);
        const int t128_0 = (int)(t128_q_2 / d_T);
        y72[(((long)t128_0 * 2 + t128_2) * d_T + t128_1) * 8 + t128_3] = acc1.s3;
      }
      if (1) {
        const long o_21 = om * 16 + 4L;
        const int t132_3 = (int)(o_21 % 8);
        const long t132_q = o_21 / 8;
        const int t132_2 = (int)(t132_q % 2);
        const long t132_q_2 = t132_q / 2;
        const int t132_1 = (int)(t132_q_2 % d_T);
        const int t132_0 = (int)(t132_q_2 / d_T);
        y72[(((long)t132_0 * 2 + t132_2) * d_T + t132_1) * 8 + t132_3] = acc1.s4;
      }
      if (1) {
        const long o_22 = om * 16 + 5L;
        const int t136_3 = (int)(o_22 % 8);
        const long t136_q = o_22 / 8;
        const int t136_2 = (int)(t136_q % 2);
        const long t136_q_2 = t136_q / 2;
        const int t136_1 = (int)(t136_q_2 % d_T);
        const int t136_0 = (int)(t136_q_2 / d_T);
        y72[(((long)t136_0 * 2 + t136_2) * d_T + t136_1) * 8 + t136_3] = acc1.s5;
      }
      if (1) {
        const long o_23 = om * 16 + 6L;
        const int t140_3 = (int)(o_23 % 8);
        const long t140_q = o_23 / 8;
        const int t140_2 = (int)(t140_q % 2);
        const long t140_q_2 = t140_q / 2;
        const int t140_1 = (int)(t140_q_2 % d_T);
        const int t140_0 = (int)(t140_q_2 / d_T);
        y72[(((long)t140_0 * 2 + t140_2) * d_T + t140_1) * 8 + t140_3] = acc1.s6;
      }
      if (1) {
        const long o_24 = om * 16 + 7L;
        const int t144_3 = (int)(o_24 % 8);
        const long t144_q = o_24 / 8;
        const int t144_2 = (int)(t144_q % 2);
        const long t144_q_2 = t144_q / 2;
        const int t144_1 = (int)(t144_q_2 % d_T);
        const int t144_0 = (int)(t144_q_2 / d_T);
        y72[(((long)t144_0 * 2 + t144_2) * d_T + t144_1) * 8 + t144_3] = acc1.s7;
      }
      if (1) {
        const long o_25 = om * 16 + 8L;
        const int t148_3 = (int)(o_25 % 8);
        const long t148_q = o_25 / 8;
        const int t148_2 = (int)(t148_q % 2);
        const long t148_q_2 = t148_q / 2;
        const int t148_1 = (int)(t148_q_2 % d_T);
        const int t148_0 = (int)(t148_q_2 / d_T);
        y72[(((long)t148_0 * 2 + t148_2) * d_T + t148_1) * 8 + t148_3] = acc1.s8;
      }
      if (1) {
        const long o_26 = om * 16 + 9L;
        const int t152_3 = (int)(o_26 % 8);
        const long t152_q = o_26 / 8;
        const int t152_2 = (int)(t152_q % 2);
        const long t152_q_2 = t152_q / 2;
        const int t152_1 = (int)(t152_q_2 % d_T);
        const int t152_0 = (int)(t152_q_2 / d_T);
        y72[(((long)t152_0 * 2 + t152_2) * d_T + t152_1) * 8 + t152_3] = acc1.s9;
      }
      if (1) {
        const long o_27 = om * 16 + 10L;
        const int t156_3 = (int)(o_27 % 8);
        const long t156_q = o_27 / 8;
        const int t156_2 = (int)(t156_q % 2);
        const long t156_q_2 = t156_q / 2;
        const int t156_1 = (int)(t156_q_2 % d_T);
        const int t156_0 = (int)(t156_q_2 / d_T);
        y72[(((long)t156_0 * 2 + t156_2) * d_T + t156_1) * 8 + t156_3] = acc1.sa;
      }
      if (1) {
        const long o_28 = om * 16 + 11L;
        const int t160_3 = (int)(o_28 % 8);
        const long t160_q = o_28 / 8;
        const int t160_2 = (int)(t160_q % 2);
        const long t160_q_2 = t160_q / 2;
        const int t160_1 = (int)(t160_q_2 % d_T);
        const int t160_0 = (int)(t160_q_2 / d_T);
        y72[(((long)t160_0 * 2 + t160_2) * d_T + t160_1) * 8 + t160_3] = acc1.sb;
      }
      if (1) {
        const long o_29 = om * 16 + 12L;
        const int t164_3 = (int)(o_29 % 8);
        const long t164_q = o_29 / 8;
        const int t164_2 = (int)(t164_q % 2);
        const long t164_q_2 = t164_q / 2;
        const int t164_1 = (int)(t164_q_2 % d_T);
        const int t164_0 = (int)(t164_q_2 / d_T);
        y72[(((long)t164_0 * 2 + t164_2) * d_T + t164_1) * 8 + t164_3] = acc1.sc;
      }
      if (1) {
        const long o_30 = om * 16 + 13L;
        const int t168_3 = (int)(o_30 % 8);
        const long t168_q = o_30 / 8;
        const int t168_2 = (int)(t168_q % 2);
        const long t168_q_2 = t168_q / 2;
        const int t168_1 = (int)(t168_q_2 % d_T);
        const int t168_0 = (int)(t168_q_2 / d_T);
        y72[(((long)t168_0 * 2 + t168_2) * d_T + t168_1) * 8 + t168_3] = acc1.sd;
      }
      if (1) {
        const long o_31 = om * 16 + 14L;
        const int t172_3 = (int)(o_31 % 8);
        const long t172_q = o_31 / 8;
        const int t172_2 = (int)(t172_q % 2);
        const long t172_q_2 = t172_q / 2;
        const int t172_1 = (int)(t172_q_2 % d_T);
        const int t172_0 = (int)(t172_q_2 / d_T);
        y72[(((long)t172_0 * 2 + t172_2) * d_T + t172_1) * 8 + t172_3] = acc1.se;
      }
      if (1) {
        const long o_32 = om * 16 + 15L;
        const int t176_3 = (int)(o_32 % 8);
        const long t176_q = o_32 / 8;
        const int t176_2 = (int)(t176_q % 2);
        const long t176_q_2 = t176_q / 2;
        const int t176_1 = (int)(t176_q_2 % d_T);
        const int t176_0 = (int)(t176_q_2 / d_T);
        y72[(((long)t176_0 * 2 + t176_2) * d_T + t176_1) * 8 + t176_3] = acc1.sf;
      }
    }
    const long om_2 = m0 + 2;
    if (om_2 < M) {
      if (1) {
        const long o_33 = om_2 * 16;
        const int t180_3 = (int)(o_33 % 8);
        const long t180_q = o_33 / 8;
        const int t180_2 = (int)(t180_q % 2);
        const long t180_q_2 = t180_q / 2;
        const int t180_1 = (int)(t180_q_2 % d_T);
        const int t180_0 = (int)(t180_q_2 / d_T);
        y72[(((long)t180_0 * 2 + t180_2) * d_T + t180_1) * 8 + t180_3] = acc2.s0;
      }
      if (1) {
        const long o_34 = om_2 * 16 + 1L;
        const int t184_3 = (int)(o_34 % 8);
        const long t184_q = o_34 / 8;
        const int t184_2 = (int)(t184_q % 2);
        const long t184_q_2 = t184_q / 2;
        const int t184_1 = (int)(t184_q_2 % d_T);
        const int t184_0 = (int)(t184_q_2 / d_T);
        y72[(((long)t184_0 * 2 + t184_2) * d_T + t184_1) * 8 + t184_3] = acc2.s1;
      }
      if (1) {
        const long o_35 = om_2 * 16 + 2L;
        const int t188_3 = (int)(o_35 % 8);
        const long t188_q = o_35 / 8;
        const int t188_2 = (int)(t188_q % 2);
        const long t188_q_2 = t188_q / 2;
        const int t188_1 = (int)(t188_q_2 % d_T);
        const int t188_0 = (int)(t188_q_2 / d_T);
        y72[(((long)t188_0 * 2 + t188_2) * d_T + t188_1) * 8 + t188_3] = acc2.s2;
      }
      if (1) {
        const long o_36 = om_2 * 16 + 3L;
        const int t192_3 = (int)(o_36 % 8);
        const long t192_q = o_36 / 8;
        const int t192_2 = (int)(t192_q % 2);
        const long t192_q_2 = t192_q / 2;
        const int t192_1 = (int)(t192_q_2 % d_T);
        const int t192_0 = (int)(t192_q_2 / d_T);
        y72[(((long)t192_0 * 2 + t192_2) * d_T + t192_1) * 8 + t192_3] = acc2.s3;
      }
      if (1) {
        const long o_37 = om_2 * 16 + 4L;
        const int t196_3 = (int)(o_37 % 8);
        const long t196_q = o_37 / 8;
        const int t196_2 = (int)(t196_q % 2);
        const long t196_q_2 = t196_q / 2;
        const int t196_1 = (int)(t196_q_2 % d_T);
        const int t196_0 = (int)(t196_q_2 / d_T);
        y72[(((long)t196_0 * 2 + t196_2) * d_T + t196_1) * 8 + t196_3] = acc2.s4;
      }
      if (1) {
        const long o_38 = om_2 * 16 + 5L;
        const int t200_3 = (int)(o_38 % 8);
        const long t200_q = o_38 / 8;
        const int t200_2 = (int)(t200_q % 2);
        const long t200_q_2 = t200_q / 2;
        const int t200_1 = (int)(t200_q_2 % d_T);
        const int t200_0 = (int)(t200_q_2 / d_T);
        y72[(((long)t200_0 * 2 + t200_2) * d_T + t200_1) * 8 + t200_3] = acc2.s5;
      }
      if (1) {
        const long o_39 = om_2 * 16 + 6L;
        const int t204_3 = (int)(o_39 % 8);
        const long t204_q = o_39 / 8;
        const int t204_2 = (int)(t204_q % 2);
        const long t204_q_2 = t204_q / 2;
        const int t204_1 = (int)(t204_q_2 % d_T);
        const int t204_0 = (int)(t204_q_2 / d_T);
        y72[(((long)t204_0 * 2 + t204_2) * d_T + t204_1) * 8 + t204_3] = acc2.s6;
      }
      if (1) {
        const long o_40 = om_2 * 16 + 7L;
        const int t208_3 = (int)(o_40 % 8);
        const long t208_q = o_40 / 8;
        const int t208_2 = (int)(t208_q % 2);
        const long t208_q_2 = t208_q / 2;
        const int t208_1 = (int)(t208_q_2 % d_T);
        const int t208_0 = (int)(t208_q_2 / d_T);
        y72[(((long)t208_0 * 2 + t208_2) * d_T + t208_1) * 8 + t208_3] = acc2.s7;
      }
      if (1) {
        const long o_41 = om_2 * 16 + 8L;
        const int t212_3 = (int)(o_41 % 8);
        const long t212_q = o_41 / 8;
        const int t212_2 = (int)(t212_q % 2);
        const long t212_q_2 = t212_q / 2;
        const int t212_1 = (int)(t212_q_2 % d_T);
        const int t212_0 = (int)(t212_q_2 / d_T);
        y72[(((long)t212_0 * 2 + t212_2) * d_T + t212_1) * 8 + t212_3] = acc2.s8;
      }
      if (1) {
        const long o_42 = om_2 * 16 + 9L;
        const int t216_3 = (int)(o_42 % 8);
        const long t216_q = o_42 / 8;
        const int t216_2 = (int)(t216_q % 2);
        const long t216_q_2 = t216_q / 2;
        const int t216_1 = (int)(t216_q_2 % d_T);
        const int t216_0 = (int)(t216_q_2 / d_T);
        y72[(((long)t216_0 * 2 + t216_2) * d_T + t216_1) * 8 + t216_3] = acc2.s9;
      }
      if (1) {
        const long o_43 = om_2 * 16 + 10L;
        const int t220_3 = (int)(o_43 % 8);
        const long t220_q = o_43 / 8;
        const int t220_2 = (int)(t220_q % 2);
        const long t220_q_2 = t220_q / 2;
        const int t220_1 = (int)(t220_q_2 % d_T);
        const int t220_0 = (int)(t220_q_2 / d_T);
        y72[(((long)t220_0 * 2 + t220_2) * d_T + t220_1) * 8 + t220_3] = acc2.sa;
      }
      if (1) {
        const long o_44 = om_2 * 16 + 11L;
        const int t224_3 = (int)(o_44 % 8);
        const long t224_q = o_44 / 8;
        const int t224_2 = (int)(t224_q % 2);
        const long t224_q_2 = t224_q / 2;
        const int t224_1 = (int)(t224_q_2 % d_T);
        const int t224_0 = (int)(t224_q_2 / d_T);
        y72[(((long)t224_0 * 2 + t224_2) * d_T + t224_1) * 8 + t224_3] = acc2.sb;
      }
      if (1) {
        const long o_45 = om_2 * 16 + 12L;
        const int t228_3 = (int)(o_45 % 8);
        const long t228_q = o_45 / 8;
        const int t228_2 = (int)(t228_q % 2);
        const long t228_q_2 = t228_q / 2;
        const int t228_1 = (int)(t228_q_2 % d_T);
        const int t228_0 = (int)(t228_q_2 / d_T);
        y72[(((long)t228_0 * 2 + t228_2) * d_T + t228_1) * 8 + t228_3] = acc2.sc;
      }
      if (1) {
        const long o_46 = om_2 * 16 + 13L;
        const int t232_3 = (int)(o_46 % 8);
        const long t232_q = o_46 / 8;
        const int t232_2 = (int)(t232_q % 2);
        const long t232_q_2 = t232_q / 2;
        const int t232_1 = (int)(t232_q_2 % d_T);
        const int t232_0 = (int)(t232_q_2 / d_T);
        y72[(((long)t232_0 * 2 + t232_2) * d_T + t232_1) * 8 + t232_3] = acc2.sd;
      }
      if (1) {
        const long o_47 = om_2 * 16 + 14L;
        const int t236_3 = (int)(o_47 % 8);
        const long t236_q = o_47 / 8;
        const int t236_2 = (int)(t236_q % 2);
        const long t236_q_2 = t236_q / 2;
        const int t236_1 = (int)(t236_q_2 % d_T);
        const int t236_0 = (int)(t236_q_2 / d_T);
        y72[(((long)t236_0 * 2 + t236_2) * d_T + t236_1) * 8 + t236_3] = acc2.se;
      }
      if (1) {
        const long o_48 = om_2 * 16 + 15L;
        const int t240_3 = (int)(o_48 % 8);
        const long t240_q = o_48 / 8;
        const int t240_2 = (int)(t240_q % 2);
        const long t240_q_2 = t240_q / 2;
        const int t240_1 = (int)(t240_q_2 % d_T);
        const int t240_0 = (int)(t240_q_2 / d_T);
        y72[(((long)t240_0 * 2 + t240_2) * d_T + t240_1) * 8 + t240_3] = acc2.sf;
      }
    }
    const long om_3 = m0 + 3;
    if (om_3 < M) {
      if (1) {
        const long o_49 = om_3 * 16;
        const int t244_3 = (int)(o_49 % 8);
        const long t244_q = o_49 / 8;
        const int t244_2 = (int)(t244_q % 2);
        const long t244_q_2 = t244_q / 2;
        const int t244_1 = (int)(t244_q_2 % d_T);
        const int t244_0 = (int)(t244_q_2 / d_T);
        y72[(((long)t244_0 * 2 + t244_2) * d_T + t244_1) * 8 + t244_3] = acc3.s0;
      }
      if (1) {
        const long o_50 = om_3 * 16 + 1L;
        const int t248_3 = (int)(o_50 % 8);
        const long t248_q = o_50 / 8;
        const int t248_2 = (int)(t248_q % 2);
        const long t248_q_2 = t248_q / 2;
        const int t248_1 = (int)(t248_q_2 % d_T);
        const int t248_0 = (int)(t248_q_2 / d_T);
        y72[(((long)t248_0 * 2 + t248_2) * d_T + t248_1) * 8 + t248_3] = acc3.s1;
      }
      if (1) {
        const long o_51 = om_3 * 16 + 2L;
        const int t252_3 = (int)(o_51 % 8);
        const long t252_q = o_51 / 8;
        const int t252_2 = (int)(t252_q % 2);
        const long t252_q_2 = t252_q / 2;
        const int t252_1 = (int)(t252_q_2 % d_T);
        const int t252_0 = (int)(t252_q_2 / d_T);
        y72[(((long)t252_0 * 2 + t252_2) * d_T + t252_1) * 8 + t252_3] = acc3.s2;
      }
      if (1) {
        const long o_52 = om_3 * 16 + 3L;
        const int t256_3 = (int)(o_52 % 8);
        const long t256_q = o_52 / 8;
        const int t256_2 = (int)(t256_q % 2);
        const long t256_q_2 = t256_q / 2;
        const int t256_1 = (int)(t256_q_2 % d_T);
        const int t256_0 = (int)(t256_q_2 / d_T);
        y72[(((long)t256_0 * 2 + t256_2) * d_T + t256_1) * 8 + t256_3] = acc3.s3;
      }
      if (1) {
        const long o_53 = om_3 * 16 + 4L;
        const int t260_3 = (int)(o_53 % 8);
        const long t260_q = o_53 / 8;
        const int t260_2 = (int)(t260_q % 2);
        const long t260_q_2 = t260_q / 2;
        const int t260_1 = (int)(t260_q_2 % d_T);
        const int t260_0 = (int)(t260_q_2 / d_T);
        y72[(((long)t260_0 * 2 + t260_2) * d_T + t260_1) * 8 + t260_3] = acc3.s4;
      }
      if (1) {
        const long o_54 = om_3 * 16 + 5L;
        const int t264_3 = (int)(o_54 % 8);
        const long t264_q = o_54 / 8;
        const int t264_2 = (int)(t264_q % 2);
        const long t264_q_2 = t264_q / 2;
        const int t264_1 = (int)(t264_q_2 % d_T);
        const int t264_0 = (int)(t264_q_2 / d_T);
        y72[(((long)t264_0 * 2 + t264_2) * d_T + t264_1) * 8 + t264_3] = acc3.s5;
      }
      if (1) {
        const long o_55 = om_3 * 16 + 6L;
        const int t268_3 = (int)(o_55 % 8);
        const long t268_q = o_55 / 8;
        const int t268_2 = (int)(t268_q % 2);
        const long t268_q_2 = t268_q / 2;
        const int t268_1 = (int)(t268_q_2 % d_T);
        const int t268_0 = (int)(t268_q_2 / d_T);
        y72[(((long)t268_0 * 2 + t268_2) * d_T + t268_1) * 8 + t268_3] = acc3.s6;
      }
      if (1) {
        const long o_56 = om_3 * 16 + 7L;
        const int t272_3 = (int)(o_56 % 8);
        const long t272_q = o_56 / 8;
        const int t272_2 = (int)(t272_q % 2);
        const long t272_q_2 = t272_q / 2;
        const int t272_1 = (int)(t272_q_2 % d_T);
        const int t272_0 = (int)(t272_q_2 / d_T);
        y72[(((long)t272_0 * 2 + t272_2) * d_T + t272_1) * 8 + t272_3] = acc3.s7;
      }
      if (1) {
        const long o_57 = om_3 * 16 + 8L;
        const int t276_3 = (int)(o_57 % 8);
        const long t276_q = o_57 / 8;
        const int t276_2 = (int)(t276_q % 2);
        const long t276_q_2 = t276_q / 2;
        const int t276_1 = (int)(t276_q_2 % d_T);
        const int t276_0 = (int)(t276_q_2 / d_T);
        y72[(((long)t276_0 * 2 + t276_2) * d_T + t276_1) * 8 + t276_3] = acc3.s8;
      }
      if (1) {
        const long o_58 = om_3 * 16 + 9L;
        const int t280_3 = (int)(o_58 % 8);
        const long t280_q = o_58 / 8;
        const int t280_2 = (int)(t280_q % 2);
        const long t280_q_2 = t280_q / 2;
        const int t280_1 = (int)(t280_q_2 % d_T);
        const int t280_0 = (int)(t280_q_2 / d_T);
        y72[(((long)t280_0 * 2 + t280_2) * d_T + t280_1) * 8 + t280_3] = acc3.s9;
      }
      if (1) {
        const long o_59 = om_3 * 16 + 10L;
        const int t284_3 = (int)(o_59 % 8);
        const long t284_q = o_59 / 8;
        const int t284_2 = (int)(t284_q % 2);
        const long t284_q_2 = t284_q / 2;
        const int t284_1 = (int)(t284_q_2 % d_T);
        const int t284_0 = (int)(t284_q_2 / d_T);
        y72[(((long)t284_0 * 2 + t284_2) * d_T + t284_1) * 8 + t284_3] = acc3.sa;
      }
      if (1) {
        const long o_60 = om_3 * 16 + 11L;
        const int t288_3 = (int)(o_60 % 8);
        const long t288_q = o_60 / 8;
        const int t288_2 = (int)(t288_q % 2);
        const long t288_q_2 = t288_q / 2;
        const int t288_1 = (int)(t288_q_2 % d_T);
        const int t288_0 = (int)(t288_q_2 / d_T);
        y72[(((long)t288_0 * 2 + t288_2) * d_T + t288_1) * 8 + t288_3] = acc3.sb;
      }
      if (1) {
        const long o_61 = om_3 * 16 + 12L;
        const int t292_3 = (int)(o_61 % 8);
        const long t292_q = o_61 / 8;
        const int t292_2 = (int)(t292_q % 2);
        const long t292_q_2 = t292_q / 2;
        const int t292_1 = (int)(t292_q_2 % d_T);
        const int t292_0 = (int)(t292_q_2 / d_T);
        y72[(((long)t292_0 * 2 + t292_2) * d_T + t292_1) * 8 + t292_3] = acc3.sc;
      }
      if (1) {
        const long o_62 = om_3 * 16 + 13L;
        const int t296_3 = (int)(o_62 % 8);
        const long t296_q = o_62 / 8;
        const int t296_2 = (int)(t296_q % 2);
        const long t296_q_2 = t296_q / 2;
        const int t296_1 = (int)(t296_q_2 % d_T);
        const int t296_0 = (int)(t296_q_2 / d_T);
        y72[(((long)t296_0 * 2 + t296_2) * d_T + t296_1) * 8 + t296_3] = acc3.sd;
      }
      if (1) {
        const long o_63 = om_3 * 16 + 14L;
        const int t300_3 = (int)(o_63 % 8);
        const long t300_q = o_63 / 8;
        const int t300_2 = (int)(t300_q % 2);
        const long t300_q_2 = t300_q / 2;
        const int t300_1 = (int)(t300_q_2 % d_T);
        const int t300_0 = (int)(t300_q_2 / d_T);
        y72[(((long)t300_0 * 2 + t300_2) * d_T + t300_1) * 8 + t300_3] = acc3.se;
      }
      if (1) {
        const long o_64 = om_3 * 16 + 15L;
        const int t304_3 = (int)(o_64 % 8);
        const long t304_q = o_64 / 8;
        const int t304_2 = (int)(t304_q % 2);
        const long t304_q_2 = t304_q / 2;
        const int t304_1 = (int)(t304_q_2 % d_T);
        const int t304_0 = (int)(t304_q_2 / d_T);
        y72[(((long)t304_0 * 2 + t304_2) * d_T + t304_1) * 8 + t304_3] = acc3.sf;
      }
    }
    const long om_4 = m0 + 4;
    if (om_4 < M) {
      if (1) {
        const long o_65 = om_4 * 16;
        const int t308_3 = (int)(o_65 % 8);
        const long t308_q = o_65 / 8;
        const int t308_2 = (int)(t308_q % 2);
        const long t308_q_2 = t308_q / 2;
        const int t308_1 = (int)(t308_q_2 % d_T);
        const int t308_0 = (int)(t308_q_2 / d_T);
        y72[(((long)t308_0 * 2 + t308_2) * d_T + t308_1) * 8 + t308_3] = acc4.s0;
      }
      if (1) {
        const long o_66 = om_4 * 16 + 1L;
        const int t312_3 = (int)(o_66 % 8);
        const long t312_q = o_66 / 8;
        const int t312_2 = (int)(t312_q % 2);
        const long t312_q_2 = t312_q / 2;
        const int t312_1 = (int)(t312_q_2 % d_T);
        const int t312_0 = (int)(t312_q_2 / d_T);
        y72[(((long)t312_0 * 2 + t312_2) * d_T + t312_1) * 8 + t312_3] = acc4.s1;
      }
      if (1) {
        const long o_67 = om_4 * 16 + 2L;
        const int t316_3 = (int)(o_67 % 8);
        const long t316_q = o_67 / 8;
        const int t316_2 = (int)(t316_q % 2);
        const long t316_q_2 = t316_q / 2;
        const int t316_1 = (int)(t316_q_2 % d_T);
        const int t316_0 = (int)(t316_q_2 / d_T);
        y72[(((long)t316_0 * 2 + t316_2) * d_T + t316_1) * 8 + t316_3] = acc4.s2;
      }
      if (1) {
        const long o_68 = om_4 * 16 + 3L;
        const int t320_3 = (int)(o_68 % 8);
        const long t320_q = o_68 / 8;
        const int t320_2 = (int)(t320_q % 2);
        const long t320_q_2 = t320_q / 2;
        const int t320_1 = (int)(t320_q_2 % d_T);
        const int t320_0 = (int)(t320_q_2 / d_T);
        y72[(((long)t320_0 * 2 + t320_2) * d_T + t320_1) * 8 + t320_3] = acc4.s3;
      }
      if (1) {
        const long o_69 = om_4 * 16 + 4L;
        const int t324_3 = (int)(o_69 % 8);
        const long t324_q = o_69 / 8;
        const int t324_2 = (int)(t324_q % 2);
        const long t324_q_2 = t324_q / 2;
        const int t324_1 = (int)(t324_q_2 % d_T);
        const int t324_0 = (int)(t324_q_2 / d_T);
        y72[(((long)t324_0 * 2 + t324_2) * d_T + t324_1) * 8 + t324_3] = acc4.s4;
      }
      if (1) {
        const long o_70 = om_4 * 16 + 5L;
        const int t328_3 = (int)(o_70 % 8);
        const long t328_q = o_70 / 8;
        const int t328_2 = (int)(t328_q % 2);
        const long t328_q_2 = t328_q / 2;
        const int t328_1 = (int)(t328_q_2 % d_T);
        const int t328_0 = (int)(t328_q_2 / d_T);
        y72[(((long)t328_0 * 2 + t328_2) * d_T + t328_1) * 8 + t328_3] = acc4.s5;
      }
      if (1) {
        const long o_71 = om_4 * 16 + 6L;
        const int t332_3 = (int)(o_71 % 8);
        const long t332_q = o_71 / 8;
        const int t332_2 = (int)(t332_q % 2);
        const long t332_q_2 = t332_q / 2;
        const int t332_1 = (int)(t332_q_2 % d_T);
        const int t332_0 = (int)(t332_q_2 / d_T);
        y72[(((long)t332_0 * 2 + t332_2) * d_T + t332_1) * 8 + t332_3] = acc4.s6;
      }
      if (1) {
        const long o_72 = om_4 * 16 + 7L;
        const int t336_3 = (int)(o_72 % 8);
        const long t336_q = o_72 / 8;
        const int t336_2 = (int)(t336_q % 2);
        const long t336_q_2 = t336_q / 2;
        const int t336_1 = (int)(t336_q_2 % d_T);
        const int t336_0 = (int)(t336_q_2 / d_T);
        y72[(((long)t336_0 * 2 + t336_2) * d_T + t336_1) * 8 + t336_3] = acc4.s7;
      }
      if (1) {
        const long o_73 = om_4 * 16 + 8L;
        const int t340_3 = (int)(o_73 % 8);
        const long t340_q = o_73 / 8;
        const int t340_2 = (int)(t340_q % 2);
        const long t340_q_2 = t340_q / 2;
        const int t340_1 = (int)(t340_q_2 % d_T);
        const int t340_0 = (int)(t340_q_2 / d_T);
        y72[(((long)t340_0 * 2 + t340_2) * d_T + t340_1) * 8 + t340_3] = acc4.s8;
      }
      if (1) {
        const long o_74 = om_4 * 16 + 9L;
        const int t344_3 = (int)(o_74 % 8);
        const long t344_q = o_74 / 8;
        const int t344_2 = (int)(t344_q % 2);
        const long t344_q_2 = t344_q / 2;
        const int t344_1 = (int)(t344_q_2 % d_T);
        const int t344_0 = (int)(t344_q_2 / d_T);
        y72[(((long)t344_0 * 2 + t344_2) * d_T + t344_1) * 8 + t344_3] = acc4.s9;
      }
      if (1) {
        const long o_75 = om_4 * 16 + 10L;
        const int t348_3 = (int)(o_75 % 8);
        const long t348_q = o_75 / 8;
        const int t348_2 = (int)(t348_q % 2);
        const long t348_q_2 = t348_q / 2;
        const int t348_1 = (int)(t348_q_2 % d_T);
        const int t348_0 = (int)(t348_q_2 / d_T);
        y72[(((long)t348_0 * 2 + t348_2) * d_T + t348_1) * 8 + t348_3] = acc4.sa;
      }
      if (1) {
        const long o_76 = om_4 * 16 + 11L;
        const int t352_3 = (int)(o_76 % 8);
        const long t352_q = o_76 / 8;
        const int t352_2 = (int)(t352_q % 2);
        const long t352_q_2 = t352_q / 2;
        const int t352_1 = (int)(t352_q_2 % d_T);
        const int t352_0 = (int)(t352_q_2 / d_T);
        y72[(((long)t352_0 * 2 + t352_2) * d_T + t352_1) * 8 + t352_3] = acc4.sb;
      }
      if (1) {
        const long o_77 = om_4 * 16 + 12L;
        const int t356_3 = (int)(o_77 % 8);
        const long t356_q = o_77 / 8;
        const int t356_2 = (int)(t356_q % 2);
        const long t356_q_2 = t356_q / 2;
        const int t356_1 = (int)(t356_q_2 % d_T);
        const int t356_0 = (int)(t356_q_2 / d_T);
        y72[(((long)t356_0 * 2 + t356_2) * d_T + t356_1) * 8 + t356_3] = acc4.sc;
      }
      if (1) {
        const long o_78 = om_4 * 16 + 13L;
        const int t360_3 = (int)(o_78 % 8);
        const long t360_q = o_78 / 8;
        const int t360_2 = (int)(t360_q % 2);
        const long t360_q_2 = t360_q / 2;
        const int t360_1 = (int)(t360_q_2 % d_T);
        const int t360_0 = (int)(t360_q_2 / d_T);
        y72[(((long)t360_0 * 2 + t360_2) * d_T + t360_1) * 8 + t360_3] = acc4.sd;
      }
      if (1) {
        const long o_79 = om_4 * 16 + 14L;
        const int t364_3 = (int)(o_79 % 8);
        const long t364_q = o_79 / 8;
        const int t364_2 = (int)(t364_q % 2);
        const long t364_q_2 = t364_q / 2;
        const int t364_1 = (int)(t364_q_2 % d_T);
        const int t364_0 = (int)(t364_q_2 / d_T);
        y72[(((long)t364_0 * 2 + t364_2) * d_T + t364_1) * 8 + t364_3] = acc4.se;
      }
      if (1) {
        const long o_80 = om_4 * 16 + 15L;
        const int t368_3 = (int)(o_80 % 8);
        const long t368_q = o_80 / 8;
        const int t368_2 = (int)(t368_q % 2);
        const long t368_q_2 = t368_q / 2;
        const int t368_1 = (int)(t368_q_2 % d_T);
        const int t368_0 = (int)(t368_q_2 / d_T);
        y72[(((long)t368_0 * 2 + t368_2) * d_T + t368_1) * 8 + t368_3] = acc4.sf;
      }
    }
    const long om_5 = m0 + 5;
    if (om_5 < M) {
      if (1) {
        const long o_81 = om_5 * 16;
        const int t372_3 = (int)(o_81 % 8);
        const long t372_q = o_81 / 8;
        const int t372_2 = (int)(t372_q % 2);
        const long t372_q_2 = t372_q / 2;
        const int t372_1 = (int)(t372_q_2 % d_T);
        const int t372_0 = (int)(t372_q_2 / d_T);
        y72[(((long)t372_0 * 2 + t372_2) * d_T + t372_1) * 8 + t372_3] = acc5.s0;
      }
      if (1) {
        const long o_82 = om_5 * 16 + 1L;
        const int t376_3 = (int)(o_82 % 8);
        const long t376_q = o_82 / 8;
        const int t376_2 = (int)(t376_q % 2);
        const long t376_q_2 = t376_q / 2;
        const int t376_1 = (int)(t376_q_2 % d_T);
        const int t376_0 = (int)(t376_q_2 / d_T);
        y72[(((long)t376_0 * 2 + t376_2) * d_T + t376_1) * 8 + t376_3] = acc5.s1;
      }
      if (1) {
        const long o_83 = om_5 * 16 + 2L;
        const int t380_3 = (int)(o_83 % 8);
        const long t380_q = o_83 / 8;
        const int t380_2 = (int)(t380_q % 2);
        const long t380_q_2 = t380_q / 2;
        const int t380_1 = (int)(t380_q_2 % d_T);
        const int t380_0 = (int)(t380_q_2 / d_T);
        y72[(((long)t380_0 * 2 + t380_2) * d_T + t380_1) * 8 + t380_3] = acc5.s2;
      }
      if (1) {
        const long o_84 = om_5 * 16 + 3L;
        const int t384_3 = (int)(o_84 % 8);
        const long t384_q = o_84 / 8;
        const int t384_2 = (int)(t384_q % 2);
        const long t384_q_2 = t384_q / 2;
        const int t384_1 = (int)(t384_q_2 % d_T);
        const int t384_0 = (int)(t384_q_2 / d_T);
        y72[(((long)t384_0 * 2 + t384_2) * d_T + t384_1) * 8 + t384_3] = acc5.s3;
      }
      if (1) {
        const long o_85 = om_5 * 16 + 4L;
        const int t388_3 = (int)(o_85 % 8);
        const long t388_q = o_85 / 8;
        const int t388_2 = (int)(t388_q % 2);
        const long t388_q_2 = t388_q / 2;
        const int t388_1 = (int)(t388_q_2 % d_T);
        const int t388_0 = (int)(t388_q_2 / d_T);
        y72[(((long)t388_0 * 2 + t388_2) * d_T + t388_1) * 8 + t388_3] = acc5.s4;
      }
      if (1) {
        const long o_86 = om_5 * 16 + 5L;
        const int t392_3 = (int)(o_86 % 8);
        const long t392_q = o_86 / 8;
        const int t392_2 = (int)(t392_q % 2);
        const long t392_q_2 = t392_q / 2;
        const int t392_1 = (int)(t392_q_2 % d_T);
        const int t392_0 = (int)(t392_q_2 / d_T);
        y72[(((long)t392_0 * 2 + t392_2) * d_T + t392_1) * 8 + t392_3] = acc5.s5;
      }
      if (1) {
        const long o_87 = om_5 * 16 + 6L;
        const int t396_3 = (int)(o_87 % 8);
        const long t396_q = o_87 / 8;
        const int t396_2 = (int)(t396_q % 2);
        const long t396_q_2 = t396_q / 2;
        const int t396_1 = (int)(t396_q_2 % d_T);
        const int t396_0 = (int)(t396_q_2 / d_T);
        y72[(((long)t396_0 * 2 + t396_2) * d_T + t396_1) * 8 + t396_3] = acc5.s6;
      }
      if (1) {
        const long o_88 = om_5 * 16 + 7L;
        const int t400_3 = (int)(o_88 % 8);
        const long t400_q = o_88 / 8;
        const int t400_2 = (int)(t400_q % 2);
        const long t400_q_2 = t400_q / 2;
        const int t400_1 = (int)(t400_q_2 % d_T);
        const int t400_0 = (int)(t400_q_2 / d_T);
        y72[(((long)t400_0 * 2 + t400_2) * d_T + t400_1) * 8 + t400_3] = acc5.s7;
      }
      if (1) {
        const long o_89 = om_5 * 16 + 8L;
        const int t404_3 = (int)(o_89 % 8);
        const long t404_q = o_89 / 8;
        const int t404_2 = (int)(t404_q % 2);
        const long t404_q_2 = t404_q / 2;
        const int t404_1 = (int)(t404_q_2 % d_T);
        const int t404_0 = (int)(t404_q_2 / d_T);
        y72[(((long)t404_0 * 2 + t404_2) * d_T + t404_1) * 8 + t404_3] = acc5.s8;
      }
      if (1) {
        const long o_90 = om_5 * 16 + 9L;
        const int t408_3 = (int)(o_90 % 8);
        const long t408_q = o_90 / 8;
        const int t408_2 = (int)(t408_q % 2);
        const long t408_q_2 = t408_q / 2;
        const int t408_1 = (int)(t408_q_2 % d_T);
        const int t408_0 = (int)(t408_q_2 / d_T);
        y72[(((long)t408_0 * 2 + t408_2) * d_T + t408_1) * 8 + t408_3] = acc5.s9;
      }
      if (1) {
        const long o_91 = om_5 * 16 + 10L;
        const int t412_3 = (int)(o_91 % 8);
        const long t412_q = o_91 / 8;
        const int t412_2 = (int)(t412_q % 2);
        const long t412_q_2 = t412_q / 2;
        const int t412_1 = (int)(t412_q_2 % d_T);
        const int t412_0 = (int)(t412_q_2 / d_T);
        y72[(((long)t412_0 * 2 + t412_2) * d_T + t412_1) * 8 + t412_3] = acc5.sa;
      }
      if (1) {
        const long o_92 = om_5 * 16 + 11L;
        const int t416_3 = (int)(o_92 % 8);
        const long t416_q = o_92 / 8;
        const int t416_2 = (int)(t416_q % 2);
        const long t416_q_2 = t416_q / 2;
        const int t416_1 = (int)(t416_q_2 % d_T);
        const int t416_0 = (int)(t416_q_2 / d_T);
        y72[(((long)t416_0 * 2 + t416_2) * d_T + t416_1) * 8 + t416_3] = acc5.sb;
      }
      if (1) {
        const long o_93 = om_5 * 16 + 12L;
        const int t420_3 = (int)(o_93 % 8);
        const long t420_q = o_93 / 8;
        const int t420_2 = (int)(t420_q % 2);
        const long t420_q_2 = t420_q / 2;
        const int t420_1 = (int)(t420_q_2 % d_T);
        const int t420_0 = (int)(t420_q_2 / d_T);
        y72[(((long)t420_0 * 2 + t420_2) * d_T + t420_1) * 8 + t420_3] = acc5.sc;
      }
      if (1) {
        const long o_94 = om_5 * 16 + 13L;
        const int t424_3 = (int)(o_94 % 8);
        const long t424_q = o_94 / 8;
        const int t424_2 = (int)(t424_q % 2);
        const long t424_q_2 = t424_q / 2;
        const int t424_1 = (int)(t424_q_2 % d_T);
        const int t424_0 = (int)(t424_q_2 / d_T);
        y72[(((long)t424_0 * 2 + t424_2) * d_T + t424_1) * 8 + t424_3] = acc5.sd;
      }
      if (1) {
        const long o_95 = om_5 * 16 + 14L;
        const int t428_3 = (int)(o_95 % 8);
        const long t428_q = o_95 / 8;
        const int t428_2 = (int)(t428_q % 2);
        const long t428_q_2 = t428_q / 2;
        const int t428_1 = (int)(t428_q_2 % d_T);
        const int t428_0 = (int)(t428_q_2 / d_T);
        y72[(((long)t428_0 * 2 + t428_2) * d_T + t428_1) * 8 + t428_3] = acc5.se;
      }
      if (1) {
        const long o_96 = om_5 * 16 + 15L;
        const int t432_3 = (int)(o_96 % 8);
        const long t432_q = o_96 / 8;
        const int t432_2 = (int)(t432_q % 2);
        const long t432_q_2 = t432_q / 2;
        const int t432_1 = (int)(t432_q_2 % d_T);
        const int t432_0 = (int)(t432_q_2 / d_T);
        y72[(((long)t432_0 * 2 + t432_2) * d_T + t432_1) * 8 + t432_3] = acc5.sf;
      }
    }
    const long om_6 = m0 + 6;
    if (om_6 < M) {
      if (1) {
        const long o_97 = om_6 * 16;
        const int t436_3 = (int)(o_97 % 8);
        const long t436_q = o_97 / 8;
        const int t436_2 = (int)(t436_q % 2);
        const long t436_q_2 = t436_q / 2;
        const int t436_1 = (int)(t436_q_2 % d_T);
        const int t436_0 = (int)(t436_q_2 / d_T);
        y72[(((long)t436_0 * 2 + t436_2) * d_T + t436_1) * 8 + t436_3] = acc6.s0;
      }
      if (1) {
        const long o_98 = om_6 * 16 + 1L;
        const int t440_3 = (int)(o_98 % 8);
        const long t440_q = o_98 / 8;
        const int t440_2 = (int)(t440_q % 2);
        const long t440_q_2 = t440_q / 2;
        const int t440_1 = (int)(t440_q_2 % d_T);
        const int t440_0 = (int)(t440_q_2 / d_T);
        y72[(((long)t440_0 * 2 + t440_2) * d_T + t440_1) * 8 + t440_3] = acc6.s1;
      }
      if (1) {
        const long o_99 = om_6 * 16 + 2L;
        const int t444_3 = (int)(o_99 % 8);
        const long t444_q = o_99 / 8;
        const int t444_2 = (int)(t444_q % 2);
        const long t444_q_2 = t444_q / 2;
        const int t444_1 = (int)(t444_q_2 % d_T);
        const int t444_0 = (int)(t444_q_2 / d_T);
        y72[(((long)t444_0 * 2 + t444_2) * d_T + t444_1) * 8 + t444_3] = acc6.s2;
      }
      if (1) {
        const long o_100 = om_6 * 16 + 3L;
        const int t448_3 = (int)(o_100 % 8);
        const long t448_q = o_100 / 8;
        const int t448_2 = (int)(t448_q % 2);
        const long t448_q_2 = t448_q / 2;
        const int t448_1 = (int)(t448_q_2 % d_T);
        const int t448_0 = (int)(t448_q_2 / d_T);
        y72[(((long)t448_0 * 2 + t448_2) * d_T + t448_1) * 8 + t448_3] = acc6.s3;
      }
      if (1) {
        const long o_101 = om_6 * 16 + 4L;
        const int t452_3 = (int)(o_101 % 8);
        const long t452_q = o_101 / 8;
        const int t452_2 = (int)(t452_q % 2);
        const long t452_q_2 = t452_q / 2;
        const int t452_1 = (int)(t452_q_2 % d_T);
        const int t452_0 = (int)(t452_q_2 / d_T);
        y72[(((long)t452_0 * 2 + t452_2) * d_T + t452_1) * 8 + t452_3] = acc6.s4;
      }
      if (1) {
        const long o_102 = om_6 * 16 + 5L;
        const int t456_3 = (int)(o_102 % 8);
        const long t456_q = o_102 / 8;
        const int t456_2 = (int)(t456_q % 2);
        const long t456_q_2 = t456_q / 2;
        const int t456_1 = (int)(t456_q_2 % d_T);
        const int t456_0 = (int)(t456_q_2 / d_T);
        y72[(((long)t456_0 * 2 + t456_2) * d_T + t456_1) * 8 + t456_3] = acc6.s5;
      }
      if (1) {
        const long o_103 = om_6 * 16 + 6L;
        const int t460_3 = (int)(o_103 % 8);
        const long t460_q = o_103 / 8;
        const int t460_2 = (int)(t460_q % 2);
        const long t460_q_2 = t460_q / 2;
        const int t460_1 = (int)(t460_q_2 % d_T);
        const int t460_0 = (int)(t460_q_2 / d_T);
        y72[(((long)t460_0 * 2 + t460_2) * d_T + t460_1) * 8 + t460_3] = acc6.s6;
      }
      if (1) {
        const long o_104 = om_6 * 16 + 7L;
        const int t464_3 = (int)(o_104 % 8);
        const long t464_q = o_104 / 8;
        const int t464_2 = (int)(t464_q % 2);
        const long t464_q_2 = t464_q / 2;
        const int t464_1 = (int)(t464_q_2 % d_T);
        const int t464_0 = (int)(t464_q_2 / d_T);
        y72[(((long)t464_0 * 2 + t464_2) * d_T + t464_1) * 8 + t464_3] = acc6.s7;
      }
      if (1) {
        const long o_105 = om_6 * 16 + 8L;
        const int t468_3 = (int)(o_105 % 8);
        const long t468_q = o_105 / 8;
        const int t468_2 = (int)(t468_q % 2);
        const long t468_q_2 = t468_q / 2;
        const int t468_1 = (int)(t468_q_2 % d_T);
        const int t468_0 = (int)(t468_q_2 / d_T);
        y72[(((long)t468_0 * 2 + t468_2) * d_T + t468_1) * 8 + t468_3] = acc6.s8;
      }
      if (1) {
        const long o_106 = om_6 * 16 + 9L;
        const int t472_3 = (int)(o_106 % 8);
        const long t472_q = o_106 / 8;
        const int t472_2 = (int)(t472_q % 2);
        const long t472_q_2 = t472_q / 2;
        const int t472_1 = (int)(t472_q_2 % d_T);
        const int t472_0 = (int)(t472_q_2 / d_T);
        y72[(((long)t472_0 * 2 + t472_2) * d_T + t472_1) * 8 + t472_3] = acc6.s9;
      }
      if (1) {
        const long o_107 = om_6 * 16 + 10L;
        const int t476_3 = (int)(o_107 % 8);
        const long t476_q = o_107 / 8;
        const int t476_2 = (int)(t476_q % 2);
        const long t476_q_2 = t476_q / 2;
        const int t476_1 = (int)(t476_q_2 % d_T);
        const int t476_0 = (int)(t476_q_2 / d_T);
        y72[(((long)t476_0 * 2 + t476_2) * d_T + t476_1) * 8 + t476_3] = acc6.sa;
      }
      if (1) {
        const long o_108 = om_6 * 16 + 11L;
        const int t480_3 = (int)(o_108 % 8);
        const long t480_q = o_108 / 8;
        const int t480_2 = (int)(t480_q % 2);
        const long t480_q_2 = t480_q / 2;
        const int t480_1 = (int)(t480_q_2 % d_T);
        const int t480_0 = (int)(t480_q_2 / d_T);
        y72[(((long)t480_0 * 2 + t480_2) * d_T + t480_1) * 8 + t480_3] = acc6.sb;
      }
      if (1) {
        const long o_109 = om_6 * 16 + 12L;
        const int t484_3 = (int)(o_109 % 8);
        const long t484_q = o_109 / 8;
        const int t484_2 = (int)(t484_q % 2);
        const long t484_q_2 = t484_q / 2;
        const int t484_1 = (int)(t484_q_2 % d_T);
        const int t484_0 = (int)(t484_q_2 / d_T);
        y72[(((long)t484_0 * 2 + t484_2) * d_T + t484_1) * 8 + t484_3] = acc6.sc;
      }
      if (1) {
        const long o_110 = om_6 * 16 + 13L;
        const int t488_3 = (int)(o_110 % 8);
        const long t488_q = o_110 / 8;
        const int t488_2 = (int)(t488_q % 2);
        const long t488_q_2 = t488_q / 2;
        const int t488_1 = (int)(t488_q_2 % d_T);
        const int t488_0 = (int)(t488_q_2 / d_T);
        y72[(((long)t488_0 * 2 + t488_2) * d_T + t488_1) * 8 + t488_3] = acc6.sd;
      }
      if (1) {
        const long o_111 = om_6 * 16 + 14L;
        const int t492_3 = (int)(o_111 % 8);
        const long t492_q = o_111 / 8;
        const int t492_2 = (int)(t492_q % 2);
        const long t492_q_2 = t492_q / 2;
        const int t492_1 = (int)(t492_q_2 % d_T);
        const int t492_0 = (int)(t492_q_2 / d_T);
        y72[(((long)t492_0 * 2 + t492_2) * d_T + t492_1) * 8 + t492_3] = acc6.se;
      }
      if (1) {
        const long o_112 = om_6 * 16 + 15L;
        const int t496_3 = (int)(o_112 % 8);
        const long t496_q = o_112 / 8;
        const int t496_2 = (int)(t496_q % 2);
        const long t496_q_2 = t496_q / 2;
        const int t496_1 = (int)(t496_q_2 % d_T);
        const int t496_0 = (int)(t496_q_2 / d_T);
        y72[(((long)t496_0 * 2 + t496_2) * d_T + t496_1) * 8 + t496_3] = acc6.sf;
      }
    }
    const long om_7 = m0 + 7;
    if (om_7 < M) {
      if (1) {
        const long o_113 = om_7 * 16;
        const int t500_3 = (int)(o_113 % 8);
        const long t500_q = o_113 / 8;
        const int t500_2 = (int)(t500_q % 2);
        const long t500_q_2 = t500_q / 2;
        const int t500_1 = (int)(t500_q_2 % d_T);
        const int t500_0 = (int)(t500_q_2 / d_T);
        y72[(((long)t500_0 * 2 + t500_2) * d_T + t500_1) * 8 + t500_3] = acc7.s0;
      }
      if (1) {
        const long o_114 = om_7 * 16 + 1L;
        const int t504_3 = (int)(o_114 % 8);
        const long t504_q = o_114 / 8;
        const int t504_2 = (int)(t504_q % 2);
        const long t504_q_2 = t504_q / 2;
        const int t504_1 = (int)(t504_q_2 % d_T);
        const int t504_0 = (int)(t504_q_2 / d_T);
        y72[(((long)t504_0 * 2 + t504_2) * d_T + t504_1) * 8 + t504_3] = acc7.s1;
      }
      if (1) {
        const long o_115 = om_7 * 16 + 2L;
        const int t508_3 = (int)(o_115 % 8);
        const long t508_q = o_115 / 8;
        const int t508_2 = (int)(t508_q % 2);
        const long t508_q_2 = t508_q / 2;
        const int t508_1 = (int)(t508_q_2 % d_T);
        const int t508_0 = (int)(t508_q_2 / d_T);
        y72[(((long)t508_0 * 2 + t508_2) * d_T + t508_1) * 8 + t508_3] = acc7.s2;
      }
      if (1) {
        const long o_116 = om_7 * 16 + 3L;
        const int t512_3 = (int)(o_116 % 8);
        const long t512_q = o_116 / 8;
        const int t512_2 = (int)(t512_q % 2);
        const long t512_q_2 = t512_q / 2;
        const int t512_1 = (int)(t512_q_2 % d_T);
        const int t512_0 = (int)(t512_q_2 / d_T);
        y72[(((long)t512_0 * 2 + t512_2) * d_T + t512_1) * 8 + t512_3] = acc7.s3;
      }
      if (1) {
        const long o_117 = om_7 * 16 + 4L;
        const int t516_3 = (int)(o_117 % 8);
        const long t516_q = o_117 / 8;
        const int t516_2 = (int)(t516_q % 2);
        const long t516_q_2 = t516_q / 2;
        const int t516_1 = (int)(t516_q_2 % d_T);
        const int t516_0 = (int)(t516_q_2 / d_T);
        y72[(((long)t516_0 * 2 + t516_2) * d_T + t516_1) * 8 + t516_3] = acc7.s4;
      }
      if (1) {
        const long o_118 = om_7 * 16 + 5L;
        const int t520_3 = (int)(o_118 % 8);
        const long t520_q = o_118 / 8;
        const int t520_2 = (int)(t520_q % 2);
        const long t520_q_2 = t520_q / 2;
        const int t520_1 = (int)(t520_q_2 % d_T);
        const int t520_0 = (int)(t520_q_2 / d_T);
        y72[(((long)t520_0 * 2 + t520_2) * d_T + t520_1) * 8 + t520_3] = acc7.s5;
      }
      if (1) {
        const long o_119 = om_7 * 16 + 6L;
        const int t524_3 = (int)(o_119 % 8);
        const long t524_q = o_119 / 8;
        const int t524_2 = (int)(t524_q % 2);
        const long t524_q_2 = t524_q / 2;
        const int t524_1 = (int)(t524_q_2 % d_T);
        const int t524_0 = (int)(t524_q_2 / d_T);
        y72[(((long)t524_0 * 2 + t524_2) * d_T + t524_1) * 8 + t524_3] = acc7.s6;
      }
      if (1) {
        const long o_120 = om_7 * 16 + 7L;
        const int t528_3 = (int)(o_120 % 8);
        const long t528_q = o_120 / 8;
        const int t528_2 = (int)(t528_q % 2);
        const long t528_q_2 = t528_q / 2;
        const int t528_1 = (int)(t528_q_2 % d_T);
        const int t528_0 = (int)(t528_q_2 / d_T);
        y72[(((long)t528_0 * 2 + t528_2) * d_T + t528_1) * 8 + t528_3] = acc7.s7;
      }
      if (1) {
        const long o_121 = om_7 * 16 + 8L;
        const int t532_3 = (int)(o_121 % 8);
        const long t532_q = o_121 / 8;
        const int t532_2 = (int)(t532_q % 2);
        const long t532_q_2 = t532_q / 2;
        const int t532_1 = (int)(t532_q_2 % d_T);
        const int t532_0 = (int)(t532_q_2 / d_T);
        y72[(((long)t532_0 * 2 + t532_2) * d_T + t532_1) * 8 + t532_3] = acc7.s8;
      }
      if (1) {
        const long o_122 = om_7 * 16 + 9L;
        const int t536_3 = (int)(o_122 % 8);
        const long t536_q = o_122 / 8;
        const int t536_2 = (int)(t536_q % 2);
        const long t536_q_2 = t536_q / 2;
        const int t536_1 = (int)(t536_q_2 % d_T);
        const int t536_0 = (int)(t536_q_2 / d_T);
        y72[(((long)t536_0 * 2 + t536_2) * d_T + t536_1) * 8 + t536_3] = acc7.s9;
      }
      if (1) {
        const long o_123 = om_7 * 16 + 10L;
        const int t540_3 = (int)(o_123 % 8);
        const long t540_q = o_123 / 8;
        const int t540_2 = (int)(t540_q % 2);
        const long t540_q_2 = t540_q / 2;
        const int t540_1 = (int)(t540_q_2 % d_T);
        const int t540_0 = (int)(t540_q_2 / d_T);
        y72[(((long)t540_0 * 2 + t540_2) * d_T + t540_1) * 8 + t540_3] = acc7.sa;
      }
      if (1) {
        const long o_124 = om_7 * 16 + 11L;
        const int t544_3 = (int)(o_124 % 8);
        const long t544_q = o_124 / 8;
        const int t544_2 = (int)(t544_q % 2);
        const long t544_q_2 = t544_q / 2;
        const int t544_1 = (int)(t544_q_2 % d_T);
        const int t544_0 = (int)(t544_q_2 / d_T);
        y72[(((long)t544_0 * 2 + t544_2) * d_T + t544_1) * 8 + t544_3] = acc7.sb;
      }
      if (1) {
        const long o_125 = om_7 * 16 + 12L;
        const int t548_3 = (int)(o_125 % 8);
        const long t548_q = o_125 / 8;
        const int t548_2 = (int)(t548_q % 2);
        const long t548_q_2 = t548_q / 2;
        const int t548_1 = (int)(t548_q_2 % d_T);
        const int t548_0 = (int)(t548_q_2 / d_T);
        y72[(((long)t548_0 * 2 + t548_2) * d_T + t548_1) * 8 + t548_3] = acc7.sc;
      }
      if (1) {
        const long o_126 = om_7 * 16 + 13L;
        const int t552_3 = (int)(o_126 % 8);
        const long t552_q = o_126 / 8;
        const int t552_2 = (int)(t552_q % 2);
        const long t552_q_2 = t552_q / 2;
        const int t552_1 = (int)(t552_q_2 % d_T);
        const int t552_0 = (int)(t552_q_2 / d_T);
        y72[(((long)t552_0 * 2 + t552_2) * d_T + t552_1) * 8 + t552_3] = acc7.sd;
      }
      if (1) {
        const long o_127 = om_7 * 16 + 14L;
        const int t556_3 = (int)(o_127 % 8);
        const long t556_q = o_127 / 8;
        const int t556_2 = (int)(t556_q % 2);
        const long t556_q_2 = t556_q / 2;
        const int t556_1 = (int)(t556_q_2 % d_T);
        const int t556_0 = (int)(t556_q_2 / d_T);
        y72[(((long)t556_0 * 2 + t556_2) * d_T + t556_1) * 8 + t556_3] = acc7.se;
      }
      if (1) {
        const long o_128 = om_7 * 16 + 15L;
        const int t560_3 = (int)(o_128 % 8);
        const long t560_q = o_128 / 8;
        const int t560_2 = (int)(t560_q % 2);
        const long t560_q_2 = t560_q / 2;
        const int t560_1 = (int)(t560_q_2 % d_T);
        const int t560_0 = (int)(t560_q_2 / d_T);
        y72[(((long)t560_0 * 2 + t560_2) * d_T + t560_1) * 8 + t560_3] = acc7.sf;
      }
    }
  }
}
