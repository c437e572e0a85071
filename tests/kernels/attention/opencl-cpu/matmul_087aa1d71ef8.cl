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

/* k90_matmul (matmul_087aa1d71ef8): 2 IR nodes, one work item per output element
 *   %88 = matmul %87, %28 : f32[B, 2, T, 8]   ($SRC/stdlib/nn.llm:152)
 *   %90 = matmul %89, %87 : f32[B, 2, 8, T]   ($SRC/stdlib/nn.llm:152)
 * arguments: x0 = %28; x1 = %87; x2 = %89; y0 = %88; y1 = %90; d_B = B; d_T = T
 */
__kernel void matmul_087aa1d71ef8(__global const float *restrict x0, __global const float *restrict x1,
    __global const float *restrict x2, __global float *restrict y0, __global float *restrict y1,
    int d_B, int d_T) {
  /* CPU matmul: 8x16 outputs per work item in float16 accumulators, k ascending */
  const long tiles = (long)d_B * 2 * (((long)d_T + 7) / 8);
  const long tiles_2 = (long)d_B * 2 * (((long)d_T + 15) / 16);
  const long tiles_3 = tiles + tiles_2;
  const long items = (long)d_B * 4;
  for (long tile = (long)get_global_id(0); tile < tiles_3; tile += items) {
    /* sibling 0 */
    if (tile < tiles) {
      const long M = (long)d_T;
      const long K = (long)d_T;
      const long tiles_m = (M + 7) / 8;
      const long bt = tile / tiles_m;
      const long rest = tile % tiles_m;
      const long mt = rest * 8;
      const long m0 = M >= 8 && mt > M - 8 ? M - 8 : mt;
      const int bat1 = (int)(bt % 2);
      const int bat0 = (int)(bt / 2);
      float16 acc0 = (float16)0.0f;
      float16 acc1 = (float16)0.0f;
      float16 acc2 = (float16)0.0f;
      float16 acc3 = (float16)0.0f;
      float16 acc4 = (float16)0.0f;
      float16 acc5 = (float16)0.0f;
      float16 acc6 = (float16)0.0f;
      float16 acc7 = (float16)0.0f;
      if (0) {
        /* full tile: B read as row segments */
        for (long k = 0L; k < K; k++) {
          const float16 bv = vload16(0, x0 + (((long)bat0 * 2 + bat1) * d_T + k) * 8);
          acc0 = fma((float16)x1[(((long)bat0 * 2 + bat1) * d_T + m0) * d_T + k], bv, acc0);
          acc1 = fma((float16)x1[(((long)bat0 * 2 + bat1) * d_T + (m0 + 1)) * d_T + k], bv, acc1);
          acc2 = fma((float16)x1[(((long)bat0 * 2 + bat1) * d_T + (m0 + 2)) * d_T + k], bv, acc2);
          acc3 = fma((float16)x1[(((long)bat0 * 2 + bat1) * d_T + (m0 + 3)) * d_T + k], bv, acc3);
          acc4 = fma((float16)x1[(((long)bat0 * 2 + bat1) * d_T + (m0 + 4)) * d_T + k], bv, acc4);
          acc5 = fma((float16)x1[(((long)bat0 * 2 + bat1) * d_T + (m0 + 5)) * d_T + k], bv, acc5);
          acc6 = fma((float16)x1[(((long)bat0 * 2 + bat1) * d_T + (m0 + 6)) * d_T + k], bv, acc6);
          acc7 = fma((float16)x1[(((long)bat0 * 2 + bat1) * d_T + (m0 + 7)) * d_T + k], bv, acc7);
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
        for (long k_2 = 0L; k_2 < K; k_2++) {
          const float16 bv_2 = (float16)(x0[(((long)bat0 * 2 + bat1) * d_T + k_2) * 8], x0[(((long)bat0 * 2 + bat1) * d_T + k_2) * 8 + 1L], x0[(((long)bat0 * 2 + bat1) * d_T + k_2) * 8 + 2L], x0[(((long)bat0 * 2 + bat1) * d_T + k_2) * 8 + 3L], x0[(((long)bat0 * 2 + bat1) * d_T + k_2) * 8 + 4L], x0[(((long)bat0 * 2 + bat1) * d_T + k_2) * 8 + 5L], x0[(((long)bat0 * 2 + bat1) * d_T + k_2) * 8 + 6L], x0[(((long)bat0 * 2 + bat1) * d_T + k_2) * 8 + 7L], x0[(((long)bat0 * 2 + bat1) * d_T + k_2) * 8 + 7L], x0[(((long)bat0 * 2 + bat1) * d_T + k_2) * 8 + 7L], x0[(((long)bat0 * 2 + bat1) * d_T + k_2) * 8 + 7L], x0[(((long)bat0 * 2 + bat1) * d_T + k_2) * 8 + 7L], x0[(((long)bat0 * 2 + bat1) * d_T + k_2) * 8 + 7L], x0[(((long)bat0 * 2 + bat1) * d_T + k_2) * 8 + 7L], x0[(((long)bat0 * 2 + bat1) * d_T + k_2) * 8 + 7L], x0[(((long)bat0 * 2 + bat1) * d_T + k_2) * 8 + 7L]);
          acc0 = fma((float16)x1[(((long)bat0 * 2 + bat1) * d_T + m0) * d_T + k_2], bv_2, acc0);
          acc1 = fma((float16)x1[(((long)bat0 * 2 + bat1) * d_T + ar1) * d_T + k_2], bv_2, acc1);
          acc2 = fma((float16)x1[(((long)bat0 * 2 + bat1) * d_T + ar2) * d_T + k_2], bv_2, acc2);
          acc3 = fma((float16)x1[(((long)bat0 * 2 + bat1) * d_T + ar3) * d_T + k_2], bv_2, acc3);
          acc4 = fma((float16)x1[(((long)bat0 * 2 + bat1) * d_T + ar4) * d_T + k_2], bv_2, acc4);
          acc5 = fma((float16)x1[(((long)bat0 * 2 + bat1) * d_T + ar5) * d_T + k_2], bv_2, acc5);
          acc6 = fma((float16)x1[(((long)bat0 * 2 + bat1) * d_T + ar6) * d_T + k_2], bv_2, acc6);
          acc7 = fma((float16)x1[(((long)bat0 * 2 + bat1) * d_T + ar7) * d_T + k_2], bv_2, acc7);
        }
      }
      for (int row = 0; row < 8; row++) {
        const float16 accr = row == 0 ? acc0 : row == 1 ? acc1 : row == 2 ? acc2 : row == 3 ? acc3 : row == 4 ? acc4 : row == 5 ? acc5 : row == 6 ? acc6 : acc7;
        const long om = m0 + row;
        if (om < M) {
          if (0) {
            const long o = (((long)bat0 * 2 + bat1) * d_T + om) * 8;
            vstore16(accr, 0, y0 + o);
          } else {
            if (1) {
              const long o_2 = (((long)bat0 * 2 + bat1) * d_T + om) * 8;
              y0[o_2] = accr.s0;
            }
            if (1) {
              const long o_3 = (((long)bat0 * 2 + bat1) * d_T + om) * 8 + 1L;
              y0[o_3] = accr.s1;
            }
            if (1) {
              const long o_4 = (((long)bat0 * 2 + bat1) * d_T + om) * 8 + 2L;
              y0[o_4] = accr.s2;
            }
            if (1) {
              const long o_5 = (((long)bat0 * 2 + bat1) * d_T + om) * 8 + 3L;
              y0[o_5] = accr.s3;
            }
            if (1) {
              const long o_6 = (((long)bat0 * 2 + bat1) * d_T + om) * 8 + 4L;
              y0[o_6] = accr.s4;
            }
            if (1) {
              const long o_7 = (((long)bat0 * 2 + bat1) * d_T + om) * 8 + 5L;
              y0[o_7] = accr.s5;
            }
            if (1) {
              const long o_8 = (((long)bat0 * 2 + bat1) * d_T + om) * 8 + 6L;
              y0[o_8] = accr.s6;
            }
            if (1) {
              const long o_9 = (((long)bat0 * 2 + bat1) * d_T + om) * 8 + 7L;
              y0[o_9] = accr.s7;
            }
            if (0) {
              const long o_10 = (((long)bat0 * 2 + bat1) * d_T + om) * 8 + 8L;
              y0[o_10] = accr.s8;
            }
            if (0) {
              const long o_11 = (((long)bat0 * 2 + bat1) * d_T + om) * 8 + 9L;
              y0[o_11] = accr.s9;
            }
            if (0) {
              const long o_12 = (((long)bat0 * 2 + bat1) * d_T + om) * 8 + 10L;
              y0[o_12] = accr.sa;
            }
            if (0) {
              const long o_13 = (((long)bat0 * 2 + bat1) * d_T + om) * 8 + 11L;
              y0[o_13] = accr.sb;
            }
            if (0) {
              const long o_14 = (((long)bat0 * 2 + bat1) * d_T + om) * 8 + 12L;
              y0[o_14] = accr.sc;
            }
            if (0) {
              const long o_15 = (((long)bat0 * 2 + bat1) * d_T + om) * 8 + 13L;
              y0[o_15] = accr.sd;
            }
            if (0) {
              const long o_16 = (((long)bat0 * 2 + bat1) * d_T + om) * 8 + 14L;
              y0[o_16] = accr.se;
            }
            if (0) {
              const long o_17 = (((long)bat0 * 2 + bat1) * d_T + om) * 8 + 15L;
              y0[o_17] = accr.sf;
            }
          }
        }
      }
    } else {
      /* sibling 1 */
      const long tl = tile - tiles;
      const long N = (long)d_T;
      const long K_2 = (long)d_T;
      const long tiles_n = (N + 15) / 16;
      const long bt_2 = tl / tiles_n;
      const long rest_2 = tl % tiles_n;
      const long mt_2 = rest_2 / tiles_n * 8;
      const long nt = rest_2 % tiles_n * 16;
      const long m0_2 = mt_2 > 0L ? 0L : mt_2;
      const long n0 = N >= 16 && nt > N - 16 ? N - 16 : nt;
      const int bat1_2 = (int)(bt_2 % 2);
      const int bat0_2 = (int)(bt_2 / 2);
      float16 acc0_2 = (float16)0.0f;
      float16 acc1_2 = (float16)0.0f;
      float16 acc2_2 = (float16)0.0f;
      float16 acc3_2 = (float16)0.0f;
      float16 acc4_2 = (float16)0.0f;
      float16 acc5_2 = (float16)0.0f;
      float16 acc6_2 = (float16)0.0f;
      float16 acc7_2 = (float16)0.0f;
      const int full = m0_2 + 8 <= 8L && n0 + 16 <= N;
      if (full) {
        /* full tile: B read as row segments */
        for (long k_3 = 0L; k_3 < K_2; k_3++) {
          const float16 bv_3 = vload16(0, x1 + ((((long)bat0_2 * 2 + bat1_2) * d_T + k_3) * d_T + n0));
          acc0_2 = fma((float16)x2[(((long)bat0_2 * 2 + bat1_2) * 8 + m0_2) * d_T + k_3], bv_3, acc0_2);
          acc1_2 = fma((float16)x2[(((long)bat0_2 * 2 + bat1_2) * 8 + (m0_2 + 1)) * d_T + k_3], bv_3, acc1_2);
          acc2_2 = fma((float16)x2[(((long)bat0_2 * 2 + bat1_2) * 8 + (m0_2 + 2)) * d_T + k_3], bv_3, acc2_2);
          acc3_2 = fma((float16)x2[(((long)bat0_2 * 2 + bat1_2) * 8 + (m0_2 + 3)) * d_T + k_3], bv_3, acc3_2);
          acc4_2 = fma((float16)x2[(((long)bat0_2 * 2 + bat1_2) * 8 + (m0_2 + 4)) * d_T + k_3], bv_3, acc4_2);
          acc5_2 = fma((float16)x2[(((long)bat0_2 * 2 + bat1_2) * 8 + (m0_2 + 5)) * d_T + k_3], bv_3, acc5_2);
          acc6_2 = fma((float16)x2[(((long)bat0_2 * 2 + bat1_2) * 8 + (m0_2 + 6)) * d_T + k_3], bv_3, acc6_2);
          acc7_2 = fma((float16)x2[(((long)bat0_2 * 2 + bat1_2) * 8 + (m0_2 + 7)) * d_T + k_3], bv_3, acc7_2);
        }
      } else {
        const long nlast = N - 1;
        const long ar1_2 = m0_2 + 1 < 8L ? m0_2 + 1 : 7L;
        const long ar2_2 = m0_2 + 2 < 8L ? m0_2 + 2 : 7L;
        const long ar3_2 = m0_2 + 3 < 8L ? m0_2 + 3 : 7L;
        const long ar4_2 = m0_2 + 4 < 8L ? m0_2 + 4 : 7L;
        const long ar5_2 = m0_2 + 5 < 8L ? m0_2 + 5 : 7L;
        const long ar6_2 = m0_2 + 6 < 8L ? m0_2 + 6 : 7L;
        const long ar7_2 = m0_2 + 7 < 8L ? m0_2 + 7 : 7L;
        const long bc1 = n0 + 1 < N ? n0 + 1 : nlast;
        const long bc2 = n0 + 2 < N ? n0 + 2 : nlast;
        const long bc3 = n0 + 3 < N ? n0 + 3 : nlast;
        const long bc4 = n0 + 4 < N ? n0 + 4 : nlast;
        const long bc5 = n0 + 5 < N ? n0 + 5 : nlast;
        const long bc6 = n0 + 6 < N ? n0 + 6 : nlast;
        const long bc7 = n0 + 7 < N ? n0 + 7 : nlast;
        const long bc8 = n0 + 8 < N ? n0 + 8 : nlast;
        const long bc9 = n0 + 9 < N ? n0 + 9 : nlast;
        const long bc10 = n0 + 10 < N ? n0 + 10 : nlast;
        const long bc11 = n0 + 11 < N ? n0 + 11 : nlast;
        const long bc12 = n0 + 12 < N ? n0 + 12 : nlast;
        const long bc13 = n0 + 13 < N ? n0 + 13 : nlast;
        const long bc14 = n0 + 14 < N ? n0 + 14 : nlast;
        const long bc15 = n0 + 15 < N ? n0 + 15 : nlast;
        for (long k_4 = 0L; k_4 < K_2; k_4++) {
          const float16 bv_4 = (float16)(x1[(((long)bat0_2 * 2 + bat1_2) * d_T + k_4) * d_T + n0], x1[(((long)bat0_2 * 2 + bat1_2) * d_T + k_4) * d_T + bc1], x1[(((long)bat0_2 * 2 + bat1_2) * d_T + k_4) * d_T + bc2], x1[(((long)bat0_2 * 2 + bat1_2) * d_T + k_4) * d_T + bc3], x1[(((long)bat0_2 * 2 + bat1_2) * d_T + k_4) * d_T + bc4], x1[(((long)bat0_2 * 2 + bat1_2) * d_T + k_4) * d_T + bc5], x1[(((long)bat0_2 * 2 + bat1_2) * d_T + k_4) * d_T + bc6], x1[(((long)bat0_2 * 2 + bat1_2) * d_T + k_4) * d_T + bc7], x1[(((long)bat0_2 * 2 + bat1_2) * d_T + k_4) * d_T + bc8], x1[(((long)bat0_2 * 2 + bat1_2) * d_T + k_4) * d_T + bc9], x1[(((long)bat0_2 * 2 + bat1_2) * d_T + k_4) * d_T + bc10], x1[(((long)bat0_2 * 2 + bat1_2) * d_T + k_4) * d_T + bc11], x1[(((long)bat0_2 * 2 + bat1_2) * d_T + k_4) * d_T + bc12], x1[(((long)bat0_2 * 2 + bat1_2) * d_T + k_4) * d_T + bc13], x1[(((long)bat0_2 * 2 + bat1_2) * d_T + k_4) * d_T + bc14], x1[(((long)bat0_2 * 2 + bat1_2) * d_T + k_4) * d_T + bc15]);
          acc0_2 = fma((float16)x2[(((long)bat0_2 * 2 + bat1_2) * 8 + m0_2) * d_T + k_4], bv_4, acc0_2);
          acc1_2 = fma((float16)x2[(((long)bat0_2 * 2 + bat1_2) * 8 + ar1_2) * d_T + k_4], bv_4, acc1_2);
          acc2_2 = fma((float16)x2[(((long)bat0_2 * 2 + bat1_2) * 8 + ar2_2) * d_T + k_4], bv_4, acc2_2);
          acc3_2 = fma((float16)x2[(((long)bat0_2 * 2 + bat1_2) * 8 + ar3_2) * d_T + k_4], bv_4, acc3_2);
          acc4_2 = fma((float16)x2[(((long)bat0_2 * 2 + bat1_2) * 8 + ar4_2) * d_T + k_4], bv_4, acc4_2);
          acc5_2 = fma((float16)x2[(((long)bat0_2 * 2 + bat1_2) * 8 + ar5_2) * d_T + k_4], bv_4, acc5_2);
          acc6_2 = fma((float16)x2[(((long)bat0_2 * 2 + bat1_2) * 8 + ar6_2) * d_T + k_4], bv_4, acc6_2);
          acc7_2 = fma((float16)x2[(((long)bat0_2 * 2 + bat1_2) * 8 + ar7_2) * d_T + k_4], bv_4, acc7_2);
        }
      }
      for (int row_2 = 0; row_2 < 8; row_2++) {
        const float16 accr_2 = row_2 == 0 ? acc0_2 : row_2 == 1 ? acc1_2 : row_2 == 2 ? acc2_2 : row_2 == 3 ? acc3_2 : row_2 == 4 ? acc4_2 : row_2 == 5 ? acc5_2 : row_2 == 6 ? acc6_2 : acc7_2;
        const long om_2 = m0_2 + row_2;
        if (om_2 < 8L) {
          if (n0 + 16 <= N) {
            const long o_18 = (((long)bat0_2 * 2 + bat1_2) * 8 + om_2) * d_T + n0;
            vstore16(accr_2, 0, y1 + o_18);
          } else {
            if (n0 < N) {
              const long o_19 = (((long)bat0_2 * 2 + bat1_2) * 8 + om_2) * d_T + n0;
              y1[o_19] = accr_2.s0;
            }
            const long on = n0 + 1;
            if (on < N) {
              const long o_20 = (((long)bat0_2 * 2 + bat1_2) * 8 + om_2) * d_T + on;
              y1[o_20] = accr_2.s1;
            }
            const long on_2 = n0 + 2;
            if (on_2 < N) {
              const long o_21 = (((long)bat0_2 * 2 + bat1_2) * 8 + om_2) * d_T + on_2;
              y1[o_21] = accr_2.s2;
            }
            const long on_3 = n0 + 3;
            if (on_3 < N) {
              const long o_22 = (((long)bat0_2 * 2 + bat1_2) * 8 + om_2) * d_T + on_3;
              y1[o_22] = accr_2.s3;
            }
            const long on_4 = n0 + 4;
            if (on_4 < N) {
              const long o_23 = (((long)bat0_2 * 2 + bat1_2) * 8 + om_2) * d_T + on_4;
              y1[o_23] = accr_2.s4;
            }
            const long on_5 = n0 + 5;
            if (on_5 < N) {
              const long o_24 = (((long)bat0_2 * 2 + bat1_2) * 8 + om_2) * d_T + on_5;
              y1[o_24] = accr_2.s5;
            }
            const long on_6 = n0 + 6;
            if (on_6 < N) {
              const long o_25 = (((long)bat0_2 * 2 + bat1_2) * 8 + om_2) * d_T + on_6;
              y1[o_25] = accr_2.s6;
            }
            const long on_7 = n0 + 7;
            if (on_7 < N) {
              const long o_26 = (((long)bat0_2 * 2 + bat1_2) * 8 + om_2) * d_T + on_7;
              y1[o_26] = accr_2.s7;
            }
            const long on_8 = n0 + 8;
            if (on_8 < N) {
              const long o_27 = (((long)bat0_2 * 2 + bat1_2) * 8 + om_2) * d_T + on_8;
              y1[o_27] = accr_2.s8;
            }
            const long on_9 = n0 + 9;
            if (on_9 < N) {
              const long o_28 = (((long)bat0_2 * 2 + bat1_2) * 8 + om_2) * d_T + on_9;
              y1[o_28] = accr_2.s9;
            }
            const long on_10 = n0 + 10;
            if (on_10 < N) {
              const long o_29 = (((long)bat0_2 * 2 + bat1_2) * 8 + om_2) * d_T + on_10;
              y1[o_29] = accr_2.sa;
            }
            const long on_11 = n0 + 11;
            if (on_11 < N) {
              const long o_30 = (((long)bat0_2 * 2 + bat1_2) * 8 + om_2) * d_T + on_11;
              y1[o_30] = accr_2.sb;
            }
            const long on_12 = n0 + 12;
            if (on_12 < N) {
              const long o_31 = (((long)bat0_2 * 2 + bat1_2) * 8 + om_2) * d_T + on_12;
              y1[o_31] = accr_2.sc;
            }
            const long on_13 = n0 + 13;
            if (on_13 < N) {
              const long o_32 = (((long)bat0_2 * 2 + bat1_2) * 8 + om_2) * d_T + on_13;
              y1[o_32] = accr_2.sd;
            }
            const long on_14 = n0 + 14;
            if (on_14 < N) {
              const long o_33 = (((long)bat0_2 * 2 + bat1_2) * 8 + om_2) * d_T + on_14;
              y1[o_33] = accr_2.se;
            }
            const long on_15 = n0 + 15;
            if (on_15 < N) {
              const long o_34 = (((long)bat0_2 * 2 + bat1_2) * 8 + om_2) * d_T + on_15;
              y1[o_34] = accr_2.sf;
            }
          }
        }
      }
    }
  }
}
