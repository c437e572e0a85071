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

/* k109_matmul (matmul_a2abe1737bf5): 5 IR nodes, one work item per output element
 *   %3 = reshape %0 : f32[B*T, 16]   ($SRC/stdlib/nn.llm:65)
 *   %96 = permute %3 perm=[1, 0] : f32[16, B*T]   ($SRC/stdlib/nn.llm:65)
 *   %98 = matmul %96, %97 : f32[16, 16]   ($SRC/stdlib/nn.llm:65)
 *   %104 = matmul %96, %103 : f32[16, 16]   ($SRC/stdlib/nn.llm:65)
 *   %109 = matmul %96, %108 : f32[16, 16]   ($SRC/stdlib/nn.llm:65)
 * arguments: x0 = %0; x1 = %97; x2 = %103; x3 = %108; y0 = %98; y1 = %104; y2 = %109; d_B = B; d_T = T
 */
__kernel void matmul_a2abe1737bf5(__global const float *restrict x0, __global const float *restrict x1,
    __global const float *restrict x2, __global const float *restrict x3, __global float *restrict y0,
    __global float *restrict y1, __global float *restrict y2, int d_B, int d_T) {
  /* CPU matmul: 8x16 outputs per work item in float16 accumulators, k ascending */
  for (long tile = (long)get_global_id(0); tile < 6L; tile += 6L) {
    /* sibling 0 */
    if (tile < 2L) {
      const long K = (long)d_B * d_T;
      const long rest = tile % 2L;
      const long mt = rest * 8;
      const long m0 = mt > 8L ? 8L : mt;
      float16 acc0 = (float16)0.0f;
      float16 acc1 = (float16)0.0f;
      float16 acc2 = (float16)0.0f;
      float16 acc3 = (float16)0.0f;
      float16 acc4 = (float16)0.0f;
      float16 acc5 = (float16)0.0f;
      float16 acc6 = (float16)0.0f;
      float16 acc7 = (float16)0.0f;
      const int full = m0 + 8 <= 16L;
      if (full) {
        /* full tile: B read as row segments */
        for (long k = 0L; k < K; k++) {
          const float16 bv = vload16(0, x1 + k * 16);
          const float v0 = x0[k * 16 + m0];
          acc0 = fma((float16)v0, bv, acc0);
          const float v0_2 = x0[k * 16 + (m0 + 1)];
          acc1 = fma((float16)v0_2, bv, acc1);
          const float v0_3 = x0[k * 16 + (m0 + 2)];
          acc2 = fma((float16)v0_3, bv, acc2);
          const float v0_4 = x0[k * 16 + (m0 + 3)];
          acc3 = fma((float16)v0_4, bv, acc3);
          const float v0_5 = x0[k * 16 + (m0 + 4)];
          acc4 = fma((float16)v0_5, bv, acc4);
          const float v0_6 = x0[k * 16 + (m0 + 5)];
          acc5 = fma((float16)v0_6, bv, acc5);
          const float v0_7 = x0[k * 16 + (m0 + 6)];
          acc6 = fma((float16)v0_7, bv, acc6);
          const float v0_8 = x0[k * 16 + (m0 + 7)];
          acc7 = fma((float16)v0_8, bv, acc7);
        }
      } else {
        const long ar1 = m0 + 1 < 16L ? m0 + 1 : 15L;
        const long ar2 = m0 + 2 < 16L ? m0 + 2 : 15L;
        const long ar3 = m0 + 3 < 16L ? m0 + 3 : 15L;
        const long ar4 = m0 + 4 < 16L ? m0 + 4 : 15L;
        const long ar5 = m0 + 5 < 16L ? m0 + 5 : 15L;
        const long ar6 = m0 + 6 < 16L ? m0 + 6 : 15L;
        const long ar7 = m0 + 7 < 16L ? m0 + 7 : 15L;
        for (long k_2 = 0L; k_2 < K; k_2++) {
          const float16 bv_2 = (float16)(x1[k_2 * 16], x1[k_2 * 16 + 1L], x1[k_2 * 16 + 2L], x1[k_2 * 16 + 3L], x1[k_2 * 16 + 4L], x1[k_2 * 16 + 5L], x1[k_2 * 16 + 6L], x1[k_2 * 16 + 7L], x1[k_2 * 16 + 8L], x1[k_2 * 16 + 9L], x1[k_2 * 16 + 10L], x1[k_2 * 16 + 11L], x1[k_2 * 16 + 12L], x1[k_2 * 16 + 13L], x1[k_2 * 16 + 14L], x1[k_2 * 16 + 15L]);
          const float v0_9 = x0[k_2 * 16 + m0];
          acc0 = fma((float16)v0_9, bv_2, acc0);
          const float v0_10 = x0[k_2 * 16 + ar1];
          acc1 = fma((float16)v0_10, bv_2, acc1);
          const float v0_11 = x0[k_2 * 16 + ar2];
          acc2 = fma((float16)v0_11, bv_2, acc2);
          const float v0_12 = x0[k_2 * 16 + ar3];
          acc3 = fma((float16)v0_12, bv_2, acc3);
          const float v0_13 = x0[k_2 * 16 + ar4];
          acc4 = fma((float16)v0_13, bv_2, acc4);
          const float v0_14 = x0[k_2 * 16 + ar5];
          acc5 = fma((float16)v0_14, bv_2, acc5);
          const float v0_15 = x0[k_2 * 16 + ar6];
          acc6 = fma((float16)v0_15, bv_2, acc6);
          const float v0_16 = x0[k_2 * 16 + ar7];
          acc7 = fma((float16)v0_16, bv_2, acc7);
        }
      }
      if (m0 < 16L) {
        const long o = m0 * 16;
        vstore16(acc0, 0, y0 + o);
      }
      const long om = m0 + 1;
      if (om < 16L) {
        const long o_2 = om * 16;
        vstore16(acc1, 0, y0 + o_2);
      }
      const long om_2 = m0 + 2;
      if (om_2 < 16L) {
        const long o_3 = om_2 * 16;
        vstore16(acc2, 0, y0 + o_3);
      }
      const long om_3 = m0 + 3;
      if (om_3 < 16L) {
        const long o_4 = om_3 * 16;
        vstore16(acc3, 0, y0 + o_4);
      }
      const long om_4 = m0 + 4;
      if (om_4 < 16L) {
        const long o_5 = om_4 * 16;
        vstore16(acc4, 0, y0 + o_5);
      }
      const long om_5 = m0 + 5;
      if (om_5 < 16L) {
        const long o_6 = om_5 * 16;
        vstore16(acc5, 0, y0 + o_6);
      }
      const long om_6 = m0 + 6;
      if (om_6 < 16L) {
        const long o_7 = om_6 * 16;
        vstore16(acc6, 0, y0 + o_7);
      }
      const long om_7 = m0 + 7;
      if (om_7 < 16L) {
        const long o_8 = om_7 * 16;
        vstore16(acc7, 0, y0 + o_8);
      }
    } else {
      /* sibling 1 */
      if (tile < 4L) {
        const long tl = tile - 2L;
        const long K_2 = (long)d_B * d_T;
        const long rest_2 = tl % 2L;
        const long mt_2 = rest_2 * 8;
        const long m0_2 = mt_2 > 8L ? 8L : mt_2;
        float16 acc0_2 = (float16)0.0f;
        float16 acc1_2 = (float16)0.0f;
        float16 acc2_2 = (float16)0.0f;
        float16 acc3_2 = (float16)0.0f;
        float16 acc4_2 = (float16)0.0f;
        float16 acc5_2 = (float16)0.0f;
        float16 acc6_2 = (float16)0.0f;
        float16 acc7_2 = (float16)0.0f;
        const int full_2 = m0_2 + 8 <= 16L;
        if (full_2) {
          /* full tile: B read as row segments */
          for (long k_3 = 0L; k_3 < K_2; k_3++) {
            const float16 bv_3 = vload16(0, x2 + k_3 * 16);
            const float v0_17 = x0[k_3 * 16 + m0_2];
            acc0_2 = fma((float16)v0_17, bv_3, acc0_2);
            const float v0_18 = x0[k_3 * 16 + (m0_2 + 1)];
            acc1_2 = fma((float16)v0_18, bv_3, acc1_2);
            const float v0_19 = x0[k_3 * 16 + (m0_2 + 2)];
            acc2_2 = fma((float16)v0_19, bv_3, acc2_2);
            const float v0_20 = x0[k_3 * 16 + (m0_2 + 3)];
            acc3_2 = fma((float16)v0_20, bv_3, acc3_2);
            const float v0_21 = x0[k_3 * 16 + (m0_2 + 4)];
            acc4_2 = fma((float16)v0_21, bv_3, acc4_2);
            const float v0_22 = x0[k_3 * 16 + (m0_2 + 5)];
            acc5_2 = fma((float16)v0_22, bv_3, acc5_2);
            const float v0_23 = x0[k_3 * 16 + (m0_2 + 6)];
            acc6_2 = fma((float16)v0_23, bv_3, acc6_2);
            const float v0_24 = x0[k_3 * 16 + (m0_2 + 7)];
            acc7_2 = fma((float16)v0_24, bv_3, acc7_2);
          }
        } else {
          const long ar1_2 = m0_2 + 1 < 16L ? m0_2 + 1 : 15L;
          const long ar2_2 = m0_2 + 2 < 16L ? m0_2 + 2 : 15L;
          const long ar3_2 = m0_2 + 3 < 16L ? m0_2 + 3 : 15L;
          const long ar4_2 = m0_2 + 4 < 16L ? m0_2 + 4 : 15L;
          const long ar5_2 = m0_2 + 5 < 16L ? m0_2 + 5 : 15L;
          const long ar6_2 = m0_2 + 6 < 16L ? m0_2 + 6 : 15L;
          const long ar7_2 = m0_2 + 7 < 16L ? m0_2 + 7 : 15L;
          for (long k_4 = 0L; k_4 < K_2; k_4++) {
            const float16 bv_4 = (float16)(x2[k_4 * 16], x2[k_4 * 16 + 1L], x2[k_4 * 16 + 2L], x2[k_4 * 16 + 3L], x2[k_4 * 16 + 4L], x2[k_4 * 16 + 5L], x2[k_4 * 16 + 6L], x2[k_4 * 16 + 7L], x2[k_4 * 16 + 8L], x2[k_4 * 16 + 9L], x2[k_4 * 16 + 10L], x2[k_4 * 16 + 11L], x2[k_4 * 16 + 12L], x2[k_4 * 16 + 13L], x2[k_4 * 16 + 14L], x2[k_4 * 16 + 15L]);
            const float v0_25 = x0[k_4 * 16 + m0_2];
            acc0_2 = fma((float16)v0_25, bv_4, acc0_2);
            const float v0_26 = x0[k_4 * 16 + ar1_2];
            acc1_2 = fma((float16)v0_26, bv_4, acc1_2);
            const float v0_27 = x0[k_4 * 16 + ar2_2];
            acc2_2 = fma((float16)v0_27, bv_4, acc2_2);
            const float v0_28 = x0[k_4 * 16 + ar3_2];
            acc3_2 = fma((float16)v0_28, bv_4, acc3_2);
            const float v0_29 = x0[k_4 * 16 + ar4_2];
            acc4_2 = fma((float16)v0_29, bv_4, acc4_2);
            const float v0_30 = x0[k_4 * 16 + ar5_2];
            acc5_2 = fma((float16)v0_30, bv_4, acc5_2);
            const float v0_31 = x0[k_4 * 16 + ar6_2];
            acc6_2 = fma((float16)v0_31, bv_4, acc6_2);
            const float v0_32 = x0[k_4 * 16 + ar7_2];
            acc7_2 = fma((float16)v0_32, bv_4, acc7_2);
          }
        }
        if (m0_2 < 16L) {
          const long o_9 = m0_2 * 16;
          vstore16(acc0_2, 0, y1 + o_9);
        }
        const long om_8 = m0_2 + 1;
        if (om_8 < 16L) {
          const long o_10 = om_8 * 16;
          vstore16(acc1_2, 0, y1 + o_10);
        }
        const long om_9 = m0_2 + 2;
        if (om_9 < 16L) {
          const long o_11 = om_9 * 16;
          vstore16(acc2_2, 0, y1 + o_11);
        }
        const long om_10 = m0_2 + 3;
        if (om_10 < 16L) {
          const long o_12 = om_10 * 16;
          vstore16(acc3_2, 0, y1 + o_12);
        }
        const long om_11 = m0_2 + 4;
        if (om_11 < 16L) {
          const long o_13 = om_11 * 16;
          vstore16(acc4_2, 0, y1 + o_13);
        }
        const long om_12 = m0_2 + 5;
        if (om_12 < 16L) {
          const long o_14 = om_12 * 16;
          vstore16(acc5_2, 0, y1 + o_14);
        }
        const long om_13 = m0_2 + 6;
        if (om_13 < 16L) {
          const long o_15 = om_13 * 16;
          vstore16(acc6_2, 0, y1 + o_15);
        }
        const long om_14 = m0_2 + 7;
        if (om_14 < 16L) {
          const long o_16 = om_14 * 16;
          vstore16(acc7_2, 0, y1 + o_16);
        }
      } else {
        /* sibling 2 */
        const long tl_2 = tile - 4L;
        const long K_3 = (long)d_B * d_T;
        const long rest_3 = tl_2 % 2L;
        const long mt_3 = rest_3 * 8;
        const long m0_3 = mt_3 > 8L ? 8L : mt_3;
        float16 acc0_3 = (float16)0.0f;
        float16 acc1_3 = (float16)0.0f;
        float16 acc2_3 = (float16)0.0f;
        float16 acc3_3 = (float16)0.0f;
        float16 acc4_3 = (float16)0.0f;
        float16 acc5_3 = (float16)0.0f;
        float16 acc6_3 = (float16)0.0f;
        float16 acc7_3 = (float16)0.0f;
        const int full_3 = m0_3 + 8 <= 16L;
        if (full_3) {
          /* full tile: B read as row segments */
          for (long k_5 = 0L; k_5 < K_3; k_5++) {
            const float16 bv_5 = vload16(0, x3 + k_5 * 16);
            const float v0_33 = x0[k_5 * 16 + m0_3];
            acc0_3 = fma((float16)v0_33, bv_5, acc0_3);
            const float v0_34 = x0[k_5 * 16 + (m0_3 + 1)];
            acc1_3 = fma((float16)v0_34, bv_5, acc1_3);
            const float v0_35 = x0[k_5 * 16 + (m0_3 + 2)];
            acc2_3 = fma((float16)v0_35, bv_5, acc2_3);
            const float v0_36 = x0[k_5 * 16 + (m0_3 + 3)];
            acc3_3 = fma((float16)v0_36, bv_5, acc3_3);
            const float v0_37 = x0[k_5 * 16 + (m0_3 + 4)];
            acc4_3 = fma((float16)v0_37, bv_5, acc4_3);
            const float v0_38 = x0[k_5 * 16 + (m0_3 + 5)];
            acc5_3 = fma((float16)v0_38, bv_5, acc5_3);
            const float v0_39 = x0[k_5 * 16 + (m0_3 + 6)];
            acc6_3 = fma((float16)v0_39, bv_5, acc6_3);
            const float v0_40 = x0[k_5 * 16 + (m0_3 + 7)];
            acc7_3 = fma((float16)v0_40, bv_5, acc7_3);
          }
        } else {
          const long ar1_3 = m0_3 + 1 < 16L ? m0_3 + 1 : 15L;
          const long ar2_3 = m0_3 + 2 < 16L ? m0_3 + 2 : 15L;
          const long ar3_3 = m0_3 + 3 < 16L ? m0_3 + 3 : 15L;
          const long ar4_3 = m0_3 + 4 < 16L ? m0_3 + 4 : 15L;
          const long ar5_3 = m0_3 + 5 < 16L ? m0_3 + 5 : 15L;
          const long ar6_3 = m0_3 + 6 < 16L ? m0_3 + 6 : 15L;
          const long ar7_3 = m0_3 + 7 < 16L ? m0_3 + 7 : 15L;
          for (long k_6 = 0L; k_6 < K_3; k_6++) {
            const float16 bv_6 = (float16)(x3[k_6 * 16], x3[k_6 * 16 + 1L], x3[k_6 * 16 + 2L], x3[k_6 * 16 + 3L], x3[k_6 * 16 + 4L], x3[k_6 * 16 + 5L], x3[k_6 * 16 + 6L], x3[k_6 * 16 + 7L], x3[k_6 * 16 + 8L], x3[k_6 * 16 + 9L], x3[k_6 * 16 + 10L], x3[k_6 * 16 + 11L], x3[k_6 * 16 + 12L], x3[k_6 * 16 + 13L], x3[k_6 * 16 + 14L], x3[k_6 * 16 + 15L]);
            const float v0_41 = x0[k_6 * 16 + m0_3];
            acc0_3 = fma((float16)v0_41, bv_6, acc0_3);
            const float v0_42 = x0[k_6 * 16 + ar1_3];
            acc1_3 = fma((float16)v0_42, bv_6, acc1_3);
            const float v0_43 = x0[k_6 * 16 + ar2_3];
            acc2_3 = fma((float16)v0_43, bv_6, acc2_3);
            const float v0_44 = x0[k_6 * 16 + ar3_3];
            acc3_3 = fma((float16)v0_44, bv_6, acc3_3);
            const float v0_45 = x0[k_6 * 16 + ar4_3];
            acc4_3 = fma((float16)v0_45, bv_6, acc4_3);
            const float v0_46 = x0[k_6 * 16 + ar5_3];
            acc5_3 = fma((float16)v0_46, bv_6, acc5_3);
            const float v0_47 = x0[k_6 * 16 + ar6_3];
            acc6_3 = fma((float16)v0_47, bv_6, acc6_3);
            const float v0_48 = x0[k_6 * 16 + ar7_3];
            acc7_3 = fma((float16)v0_48, bv_6, acc7_3);
          }
        }
        if (m0_3 < 16L) {
          const long o_17 = m0_3 * 16;
          vstore16(acc0_3, 0, y2 + o_17);
        }
        const long om_15 = m0_3 + 1;
        if (om_15 < 16L) {
          const long o_18 = om_15 * 16;
          vstore16(acc1_3, 0, y2 + o_18);
        }
        const long om_16 = m0_3 + 2;
        if (om_16 < 16L) {
          const long o_19 = om_16 * 16;
          vstore16(acc2_3, 0, y2 + o_19);
        }
        const long om_17 = m0_3 + 3;
        if (om_17 < 16L) {
          const long o_20 = om_17 * 16;
          vstore16(acc3_3, 0, y2 + o_20);
        }
        const long om_18 = m0_3 + 4;
        if (om_18 < 16L) {
          const long o_21 = om_18 * 16;
          vstore16(acc4_3, 0, y2 + o_21);
        }
        const long om_19 = m0_3 + 5;
        if (om_19 < 16L) {
          const long o_22 = om_19 * 16;
          vstore16(acc5_3, 0, y2 + o_22);
        }
        const long om_20 = m0_3 + 6;
        if (om_20 < 16L) {
          const long o_23 = om_20 * 16;
          vstore16(acc6_3, 0, y2 + o_23);
        }
        const long om_21 = m0_3 + 7;
        if (om_21 < 16L) {
          const long o_24 = om_21 * 16;
          vstore16(acc7_3, 0, y2 + o_24);
        }
      }
    }
  }
}
