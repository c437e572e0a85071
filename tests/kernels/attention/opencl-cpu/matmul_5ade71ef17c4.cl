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

/* k55_matmul (matmul_5ade71ef17c4): 1 IR node, one work item per output element
 *   %55 = matmul %54, %53 : f32[B*T, 16]   ($SRC/stdlib/nn.llm:65)
 * arguments: x0 = %53; x1 = %54; y0 = %55; d_B = B; d_T = T
 */
__kernel void matmul_5ade71ef17c4(__global const float *restrict x0, __global const float *restrict x1, __global float *restrict y0,
    int d_B, int d_T) {
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
        const float16 bv = vload16(0, x0 + k * 16);
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
        const float16 bv_2 = (float16)(x0[k_2 * 16], x0[k_2 * 16 + 1L], x0[k_2 * 16 + 2L], x0[k_2 * 16 + 3L], x0[k_2 * 16 + 4L], x0[k_2 * 16 + 5L], x0[k_2 * 16 + 6L], x0[k_2 * 16 + 7L], x0[k_2 * 16 + 8L], x0[k_2 * 16 + 9L], x0[k_2 * 16 + 10L], x0[k_2 * 16 + 11L], x0[k_2 * 16 + 12L], x0[k_2 * 16 + 13L], x0[k_2 * 16 + 14L], x0[k_2 * 16 + 15L]);
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
    for (int row = 0; row < 8; row++) {
      const float16 accr = row == 0 ? acc0 : row == 1 ? acc1 : row == 2 ? acc2 : row == 3 ? acc3 : row == 4 ? acc4 : row == 5 ? acc5 : row == 6 ? acc6 : acc7;
      const long om = m0 + row;
      if (om < M) {
        const long o = om * 16;
        vstore16(accr, 0, y0 + o);
      }
    }
  }
}
