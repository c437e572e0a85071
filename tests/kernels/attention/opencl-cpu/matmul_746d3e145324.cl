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

/* k76_matmul (matmul_746d3e145324): 2 IR nodes, one work item per output element
 *   %75 = permute %50 perm=[0, 1, 3, 2] : f32[B, 2, T, T]   ($SRC/stdlib/nn.llm:20)
 *   %76 = matmul %75, %72 : f32[B, 2, T, 8]   ($SRC/stdlib/nn.llm:156)
 * arguments: x0 = %50; x1 = %72; y0 = %76; d_B = B; d_T = T
 */
__kernel void matmul_746d3e145324(__global const float *restrict x0, __global const float *restrict x1, __global float *restrict y0,
    int d_B, int d_T) {
  /* CPU matmul: 8x16 outputs per work item in float16 accumulators, k ascending */
  const long tiles = (long)d_B * 2 * (((long)d_T + 7) / 8);
  const long items = (long)d_B * 2;
  for (long tile = (long)get_global_id(0); tile < tiles; tile += items) {
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
        const float16 bv = vload16(0, x1 + (((long)bat0 * 2 + bat1) * d_T + k) * 8);
        acc0 = fma((float16)x0[(((long)bat0 * 2 + bat1) * d_T + k) * d_T + m0], bv, acc0);
        acc1 = fma((float16)x0[(((long)bat0 * 2 + bat1) * d_T + k) * d_T + (m0 + 1)], bv, acc1);
        acc2 = fma((float16)x0[(((long)bat0 * 2 + bat1) * d_T + k) * d_T + (m0 + 2)], bv, acc2);
        acc3 = fma((float16)x0[(((long)bat0 * 2 + bat1) * d_T + k) * d_T + (m0 + 3)], bv, acc3);
        acc4 = fma((float16)x0[(((long)bat0 * 2 + bat1) * d_T + k) * d_T + (m0 + 4)], bv, acc4);
        acc5 = fma((float16)x0[(((long)bat0 * 2 + bat1) * d_T + k) * d_T + (m0 + 5)], bv, acc5);
        acc6 = fma((float16)x0[(((long)bat0 * 2 + bat1) * d_T + k) * d_T + (m0 + 6)], bv, acc6);
        acc7 = fma((float16)x0[(((long)bat0 * 2 + bat1) * d_T + k) * d_T + (m0 + 7)], bv, acc7);
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
        const float16 bv_2 = (float16)(x1[(((long)bat0 * 2 + bat1) * d_T + k_2) * 8], x1[(((long)bat0 * 2 + bat1) * d_T + k_2) * 8 + 1L], x1[(((long)bat0 * 2 + bat1) * d_T + k_2) * 8 + 2L], x1[(((long)bat0 * 2 + bat1) * d_T + k_2) * 8 + 3L], x1[(((long)bat0 * 2 + bat1) * d_T + k_2) * 8 + 4L], x1[(((long)bat0 * 2 + bat1) * d_T + k_2) * 8 + 5L], x1[(((long)bat0 * 2 + bat1) * d_T + k_2) * 8 + 6L], x1[(((long)bat0 * 2 + bat1) * d_T + k_2) * 8 + 7L], x1[(((long)bat0 * 2 + bat1) * d_T + k_2) * 8 + 7L], x1[(((long)bat0 * 2 + bat1) * d_T + k_2) * 8 + 7L], x1[(((long)bat0 * 2 + bat1) * d_T + k_2) * 8 + 7L], x1[(((long)bat0 * 2 + bat1) * d_T + k_2) * 8 + 7L], x1[(((long)bat0 * 2 + bat1) * d_T + k_2) * 8 + 7L], x1[(((long)bat0 * 2 + bat1) * d_T + k_2) * 8 + 7L], x1[(((long)bat0 * 2 + bat1) * d_T + k_2) * 8 + 7L], x1[(((long)bat0 * 2 + bat1) * d_T + k_2) * 8 + 7L]);
        acc0 = fma((float16)x0[(((long)bat0 * 2 + bat1) * d_T + k_2) * d_T + m0], bv_2, acc0);
        acc1 = fma((float16)x0[(((long)bat0 * 2 + bat1) * d_T + k_2) * d_T + ar1], bv_2, acc1);
        acc2 = fma((float16)x0[(((long)bat0 * 2 + bat1) * d_T + k_2) * d_T + ar2], bv_2, acc2);
        acc3 = fma((float16)x0[(((long)bat0 * 2 + bat1) * d_T + k_2) * d_T + ar3], bv_2, acc3);
        acc4 = fma((float16)x0[(((long)bat0 * 2 + bat1) * d_T + k_2) * d_T + ar4], bv_2, acc4);
        acc5 = fma((float16)x0[(((long)bat0 * 2 + bat1) * d_T + k_2) * d_T + ar5], bv_2, acc5);
        acc6 = fma((float16)x0[(((long)bat0 * 2 + bat1) * d_T + k_2) * d_T + ar6], bv_2, acc6);
        acc7 = fma((float16)x0[(((long)bat0 * 2 + bat1) * d_T + k_2) * d_T + ar7], bv_2, acc7);
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
  }
}
