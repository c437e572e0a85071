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

/* k31_matmul (matmul_85e70f286442): 1 IR node, one work item per output element
 *   %31 = matmul %27, %30 : f32[B, 2, T, T]   ($SRC/stdlib/nn.llm:152)
 * arguments: x0 = %27; x1 = %30; y0 = %31; d_B = B; d_T = T
 */
__kernel void matmul_85e70f286442(__global const float *restrict x0, __global const float *restrict x1, __global float *restrict y0,
    int d_B, int d_T) {
  /* CPU matmul: 8x16 outputs per work item in float16 accumulators, k ascending */
  const long tiles = (long)d_B * 2 * (((long)d_T + 7) / 8) * (((long)d_T + 15) / 16);
  const long items = (long)d_B * 2;
  for (long tile = (long)get_global_id(0); tile < tiles; tile += items) {
    const long M = (long)d_T;
    const long N = (long)d_T;
    const long tiles_m = (M + 7) / 8;
    const long tiles_n = (N + 15) / 16;
    const long bt = tile / (tiles_m * tiles_n);
    const long rest = tile % (tiles_m * tiles_n);
    const long mt = rest / tiles_n * 8;
    const long nt = rest % tiles_n * 16;
    const long m0 = M >= 8 && mt > M - 8 ? M - 8 : mt;
    const long n0 = N >= 16 && nt > N - 16 ? N - 16 : nt;
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
    const int full = m0 + 8 <= M && n0 + 16 <= N;
    if (full) {
      /* full tile: B read as row segments */
      for (long k = 0L; k < 8L; k++) {
        const float16 bv = vload16(0, x1 + ((((long)bat0 * 2 + bat1) * 8 + k) * d_T + n0));
        acc0 = fma((float16)x0[(((long)bat0 * 2 + bat1) * d_T + m0) * 8 + k], bv, acc0);
        acc1 = fma((float16)x0[(((long)bat0 * 2 + bat1) * d_T + (m0 + 1)) * 8 + k], bv, acc1);
        acc2 = fma((float16)x0[(((long)bat0 * 2 + bat1) * d_T + (m0 + 2)) * 8 + k], bv, acc2);
        acc3 = fma((float16)x0[(((long)bat0 * 2 + bat1) * d_T + (m0 + 3)) * 8 + k], bv, acc3);
        acc4 = fma((float16)x0[(((long)bat0 * 2 + bat1) * d_T + (m0 + 4)) * 8 + k], bv, acc4);
        acc5 = fma((float16)x0[(((long)bat0 * 2 + bat1) * d_T + (m0 + 5)) * 8 + k], bv, acc5);
        acc6 = fma((float16)x0[(((long)bat0 * 2 + bat1) * d_T + (m0 + 6)) * 8 + k], bv, acc6);
        acc7 = fma((float16)x0[(((long)bat0 * 2 + bat1) * d_T + (m0 + 7)) * 8 + k], bv, acc7);
      }
    } else {
      const long mlast = M - 1;
      const long nlast = N - 1;
      const long ar1 = m0 + 1 < M ? m0 + 1 : mlast;
      const long ar2 = m0 + 2 < M ? m0 + 2 : mlast;
      const long ar3 = m0 + 3 < M ? m0 + 3 : mlast;
      const long ar4 = m0 + 4 < M ? m0 + 4 : mlast;
      const long ar5 = m0 + 5 < M ? m0 + 5 : mlast;
      const long ar6 = m0 + 6 < M ? m0 + 6 : mlast;
      const long ar7 = m0 + 7 < M ? m0 + 7 : mlast;
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
      for (long k_2 = 0L; k_2 < 8L; k_2++) {
        const float16 bv_2 = (float16)(x1[(((long)bat0 * 2 + bat1) * 8 + k_2) * d_T + n0], x1[(((long)bat0 * 2 + bat1) * 8 + k_2) * d_T + bc1], x1[(((long)bat0 * 2 + bat1) * 8 + k_2) * d_T + bc2], x1[(((long)bat0 * 2 + bat1) * 8 + k_2) * d_T + bc3], x1[(((long)bat0 * 2 + bat1) * 8 + k_2) * d_T + bc4], x1[(((long)bat0 * 2 + bat1) * 8 + k_2) * d_T + bc5], x1[(((long)bat0 * 2 + bat1) * 8 + k_2) * d_T + bc6], x1[(((long)bat0 * 2 + bat1) * 8 + k_2) * d_T + bc7], x1[(((long)bat0 * 2 + bat1) * 8 + k_2) * d_T + bc8], x1[(((long)bat0 * 2 + bat1) * 8 + k_2) * d_T + bc9], x1[(((long)bat0 * 2 + bat1) * 8 + k_2) * d_T + bc10], x1[(((long)bat0 * 2 + bat1) * 8 + k_2) * d_T + bc11], x1[(((long)bat0 * 2 + bat1) * 8 + k_2) * d_T + bc12], x1[(((long)bat0 * 2 + bat1) * 8 + k_2) * d_T + bc13], x1[(((long)bat0 * 2 + bat1) * 8 + k_2) * d_T + bc14], x1[(((long)bat0 * 2 + bat1) * 8 + k_2) * d_T + bc15]);
        acc0 = fma((float16)x0[(((long)bat0 * 2 + bat1) * d_T + m0) * 8 + k_2], bv_2, acc0);
        acc1 = fma((float16)x0[(((long)bat0 * 2 + bat1) * d_T + ar1) * 8 + k_2], bv_2, acc1);
        acc2 = fma((float16)x0[(((long)bat0 * 2 + bat1) * d_T + ar2) * 8 + k_2], bv_2, acc2);
        acc3 = fma((float16)x0[(((long)bat0 * 2 + bat1) * d_T + ar3) * 8 + k_2], bv_2, acc3);
        acc4 = fma((float16)x0[(((long)bat0 * 2 + bat1) * d_T + ar4) * 8 + k_2], bv_2, acc4);
        acc5 = fma((float16)x0[(((long)bat0 * 2 + bat1) * d_T + ar5) * 8 + k_2], bv_2, acc5);
        acc6 = fma((float16)x0[(((long)bat0 * 2 + bat1) * d_T + ar6) * 8 + k_2], bv_2, acc6);
        acc7 = fma((float16)x0[(((long)bat0 * 2 + bat1) * d_T + ar7) * 8 + k_2], bv_2, acc7);
      }
    }
    for (int row = 0; row < 8; row++) {
      const float16 accr = row == 0 ? acc0 : row == 1 ? acc1 : row == 2 ? acc2 : row == 3 ? acc3 : row == 4 ? acc4 : row == 5 ? acc5 : row == 6 ? acc6 : acc7;
      const long om = m0 + row;
      if (om < M) {
        if (n0 + 16 <= N) {
          const long o = (((long)bat0 * 2 + bat1) * d_T + om) * d_T + n0;
          vstore16(accr, 0, y0 + o);
        } else {
          if (n0 < N) {
            const long o_2 = (((long)bat0 * 2 + bat1) * d_T + om) * d_T + n0;
            y0[o_2] = accr.s0;
          }
          const long on = n0 + 1;
          if (on < N) {
            const long o_3 = (((long)bat0 * 2 + bat1) * d_T + om) * d_T + on;
            y0[o_3] = accr.s1;
          }
          const long on_2 = n0 + 2;
          if (on_2 < N) {
            const long o_4 = (((long)bat0 * 2 + bat1) * d_T + om) * d_T + on_2;
            y0[o_4] = accr.s2;
          }
          const long on_3 = n0 + 3;
          if (on_3 < N) {
            const long o_5 = (((long)bat0 * 2 + bat1) * d_T + om) * d_T + on_3;
            y0[o_5] = accr.s3;
          }
          const long on_4 = n0 + 4;
          if (on_4 < N) {
            const long o_6 = (((long)bat0 * 2 + bat1) * d_T + om) * d_T + on_4;
            y0[o_6] = accr.s4;
          }
          const long on_5 = n0 + 5;
          if (on_5 < N) {
            const long o_7 = (((long)bat0 * 2 + bat1) * d_T + om) * d_T + on_5;
            y0[o_7] = accr.s5;
          }
          const long on_6 = n0 + 6;
          if (on_6 < N) {
            const long o_8 = (((long)bat0 * 2 + bat1) * d_T + om) * d_T + on_6;
            y0[o_8] = accr.s6;
          }
          const long on_7 = n0 + 7;
          if (on_7 < N) {
            const long o_9 = (((long)bat0 * 2 + bat1) * d_T + om) * d_T + on_7;
            y0[o_9] = accr.s7;
          }
          const long on_8 = n0 + 8;
          if (on_8 < N) {
            const long o_10 = (((long)bat0 * 2 + bat1) * d_T + om) * d_T + on_8;
            y0[o_10] = accr.s8;
          }
          const long on_9 = n0 + 9;
          if (on_9 < N) {
            const long o_11 = (((long)bat0 * 2 + bat1) * d_T + om) * d_T + on_9;
            y0[o_11] = accr.s9;
          }
          const long on_10 = n0 + 10;
          if (on_10 < N) {
            const long o_12 = (((long)bat0 * 2 + bat1) * d_T + om) * d_T + on_10;
            y0[o_12] = accr.sa;
          }
          const long on_11 = n0 + 11;
          if (on_11 < N) {
            const long o_13 = (((long)bat0 * 2 + bat1) * d_T + om) * d_T + on_11;
            y0[o_13] = accr.sb;
          }
          const long on_12 = n0 + 12;
          if (on_12 < N) {
            const long o_14 = (((long)bat0 * 2 + bat1) * d_T + om) * d_T + on_12;
            y0[o_14] = accr.sc;
          }
          const long on_13 = n0 + 13;
          if (on_13 < N) {
            const long o_15 = (((long)bat0 * 2 + bat1) * d_T + om) * d_T + on_13;
            y0[o_15] = accr.sd;
          }
          const long on_14 = n0 + 14;
          if (on_14 < N) {
            const long o_16 = (((long)bat0 * 2 + bat1) * d_T + om) * d_T + on_14;
            y0[o_16] = accr.se;
          }
          const long on_15 = n0 + 15;
          if (on_15 < N) {
            const long o_17 = (((long)bat0 * 2 + bat1) * d_T + om) * d_T + on_15;
            y0[o_17] = accr.sf;
          }
        }
      }
    }
  }
}
