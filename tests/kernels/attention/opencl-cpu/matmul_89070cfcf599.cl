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

/* k51_matmul (matmul_89070cfcf599): 1 IR node, one work item per output element
 *   %51 = matmul %50, %29 : f32[B, 2, T, 8]   ($SRC/stdlib/nn.llm:156)
 * arguments: x0 = %29; x1 = %50; y0 = %51; d_B = B; d_T = T
 */
__kernel void matmul_89070cfcf599(__global const float *restrict x0, __global const float *restrict x1, __global float *restrict y0,
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
    if (m0 < M) {
      if (0) {
        const long o = (((long)bat0 * 2 + bat1) * d_T + m0) * 8;
        vstore16(acc0, 0, y0 + o);
      } else {
        if (1) {
          const long o_2 = (((long)bat0 * 2 + bat1) * d_T + m0) * 8;
          y0[o_2] = acc0.s0;
        }
        if (1) {
          const long o_3 = (((long)bat0 * 2 + bat1) * d_T + m0) * 8 + 1L;
          y0[o_3] = acc0.s1;
        }
        if (1) {
          const long o_4 = (((long)bat0 * 2 + bat1) * d_T + m0) * 8 + 2L;
          y0[o_4] = acc0.s2;
        }
        if (1) {
          const long o_5 = (((long)bat0 * 2 + bat1) * d_T + m0) * 8 + 3L;
          y0[o_5] = acc0.s3;
        }
        if (1) {
          const long o_6 = (((long)bat0 * 2 + bat1) * d_T + m0) * 8 + 4L;
          y0[o_6] = acc0.s4;
        }
        if (1) {
          const long o_7 = (((long)bat0 * 2 + bat1) * d_T + m0) * 8 + 5L;
          y0[o_7] = acc0.s5;
        }
        if (1) {
          const long o_8 = (((long)bat0 * 2 + bat1) * d_T + m0) * 8 + 6L;
          y0[o_8] = acc0.s6;
        }
        if (1) {
          const long o_9 = (((long)bat0 * 2 + bat1) * d_T + m0) * 8 + 7L;
          y0[o_9] = acc0.s7;
        }
        if (0) {
          const long o_10 = (((long)bat0 * 2 + bat1) * d_T + m0) * 8 + 8L;
          y0[o_10] = acc0.s8;
        }
        if (0) {
          const long o_11 = (((long)bat0 * 2 + bat1) * d_T + m0) * 8 + 9L;
          y0[o_11] = acc0.s9;
        }
        if (0) {
          const long o_12 = (((long)bat0 * 2 + bat1) * d_T + m0) * 8 + 10L;
          y0[o_12] = acc0.sa;
        }
        if (0) {
          const long o_13 = (((long)bat0 * 2 + bat1) * d_T + m0) * 8 + 11L;
          y0[o_13] = acc0.sb;
        }
        if (0) {
          const long o_14 = (((long)bat0 * 2 + bat1) * d_T + m0) * 8 + 12L;
          y0[o_14] = acc0.sc;
        }
        if (0) {
          const long o_15 = (((long)bat0 * 2 + bat1) * d_T + m0) * 8 + 13L;
          y0[o_15] = acc0.sd;
        }
        if (0) {
          const long o_16 = (((long)bat0 * 2 + bat1) * d_T + m0) * 8 + 14L;
          y0[o_16] = acc0.se;
        }
        if (0) {
          const long o_17 = (((long)bat0 * 2 + bat1) * d_T + m0) * 8 + 15L;
          y0[o_17] = acc0.sf;
        }
      }
    }
    const long om = m0 + 1;
    if (om < M) {
      if (0) {
        const long o_18 = (((long)bat0 * 2 + bat1) * d_T + om) * 8;
        vstore16(acc1, 0, y0 + o_18);
      } else {
        if (1) {
          const long o_19 = (((long)bat0 * 2 + bat1) * d_T + om) * 8;
          y0[o_19] = acc1.s0;
        }
        if (1) {
          const long o_20 = (((long)bat0 * 2 + bat1) * d_T + om) * 8 + 1L;
          y0[o_20] = acc1.s1;
        }
        if (1) {
          const long o_21 = (((long)bat0 * 2 + bat1) * d_T + om) * 8 + 2L;
          y0[o_21] = acc1.s2;
        }
        if (1) {
          const long o_22 = (((long)bat0 * 2 + bat1) * d_T + om) * 8 + 3L;
          y0[o_22] = acc1.s3;
        }
        if (1) {
          const long o_23 = (((long)bat0 * 2 + bat1) * d_T + om) * 8 + 4L;
          y0[o_23] = acc1.s4;
        }
        if (1) {
          const long o_24 = (((long)bat0 * 2 + bat1) * d_T + om) * 8 + 5L;
          y0[o_24] = acc1.s5;
        }
        if (1) {
          const long o_25 = (((long)bat0 * 2 + bat1) * d_T + om) * 8 + 6L;
          y0[o_25] = acc1.s6;
        }
        if (1) {
          const long o_26 = (((long)bat0 * 2 + bat1) * d_T + om) * 8 + 7L;
          y0[o_26] = acc1.s7;
        }
        if (0) {
          const long o_27 = (((long)bat0 * 2 + bat1) * d_T + om) * 8 + 8L;
          y0[o_27] = acc1.s8;
        }
        if (0) {
          const long o_28 = (((long)bat0 * 2 + bat1) * d_T + om) * 8 + 9L;
          y0[o_28] = acc1.s9;
        }
        if (0) {
          const long o_29 = (((long)bat0 * 2 + bat1) * d_T + om) * 8 + 10L;
          y0[o_29] = acc1.sa;
        }
        if (0) {
          const long o_30 = (((long)bat0 * 2 + bat1) * d_T + om) * 8 + 11L;
          y0[o_30] = acc1.sb;
        }
        if (0) {
          const long o_31 = (((long)bat0 * 2 + bat1) * d_T + om) * 8 + 12L;
          y0[o_31] = acc1.sc;
        }
        if (0) {
          const long o_32 = (((long)bat0 * 2 + bat1) * d_T + om) * 8 + 13L;
          y0[o_32] = acc1.sd;
        }
        if (0) {
          const long o_33 = (((long)bat0 * 2 + bat1) * d_T + om) * 8 + 14L;
          y0[o_33] = acc1.se;
        }
        if (0) {
          const long o_34 = (((long)bat0 * 2 + bat1) * d_T + om) * 8 + 15L;
          y0[o_34] = acc1.sf;
        }
      }
    }
    const long om_2 = m0 + 2;
    if (om_2 < M) {
      if (0) {
        const long o_35 = (((long)bat0 * 2 + bat1) * d_T + om_2) * 8;
        vstore16(acc2, 0, y0 + o_35);
      } else {
        if (1) {
          const long o_36 = (((long)bat0 * 2 + bat1) * d_T + om_2) * 8;
          y0[o_36] = acc2.s0;
        }
        if (1) {
          const long o_37 = (((long)bat0 * 2 + bat1) * d_T + om_2) * 8 + 1L;
          y0[o_37] = acc2.s1;
        }
        if (1) {
          const long o_38 = (((long)bat0 * 2 + bat1) * d_T + om_2) * 8 + 2L;
          y0[o_38] = acc2.s2;
        }
        if (1) {
          const long o_39 = (((long)bat0 * 2 + bat1) * d_T + om_2) * 8 + 3L;
          y0[o_39] = acc2.s3;
        }
        if (1) {
          const long o_40 = (((long)bat0 * 2 + bat1) * d_T + om_2) * 8 + 4L;
          y0[o_40] = acc2.s4;
        }
        if (1) {
          const long o_41 = (((long)bat0 * 2 + bat1) * d_T + om_2) * 8 + 5L;
          y0[o_41] = acc2.s5;
        }
        if (1) {
          const long o_42 = (((long)bat0 * 2 + bat1) * d_T + om_2) * 8 + 6L;
          y0[o_42] = acc2.s6;
        }
        if (1) {
          const long o_43 = (((long)bat0 * 2 + bat1) * d_T + om_2) * 8 + 7L;
          y0[o_43] = acc2.s7;
        }
        if (0) {
          const long o_44 = (((long)bat0 * 2 + bat1) * d_T + om_2) * 8 + 8L;
          y0[o_44] = acc2.s8;
        }
        if (0) {
          const long o_45 = (((long)bat0 * 2 + bat1) * d_T + om_2) * 8 + 9L;
          y0[o_45] = acc2.s9;
        }
        if (0) {
          const long o_46 = (((long)bat0 * 2 + bat1) * d_T + om_2) * 8 + 10L;
          y0[o_46] = acc2.sa;
        }
        if (0) {
          const long o_47 = (((long)bat0 * 2 + bat1) * d_T + om_2) * 8 + 11L;
          y0[o_47] = acc2.sb;
        }
        if (0) {
          const long o_48 = (((long)bat0 * 2 + bat1) * d_T + om_2) * 8 + 12L;
          y0[o_48] = acc2.sc;
        }
        if (0) {
          const long o_49 = (((long)bat0 * 2 + bat1) * d_T + om_2) * 8 + 13L;
          y0[o_49] = acc2.sd;
        }
        if (0) {
          const long o_50 = (((long)bat0 * 2 + bat1) * d_T + om_2) * 8 + 14L;
          y0[o_50] = acc2.se;
        }
        if (0) {
          const long o_51 = (((long)bat0 * 2 + bat1) * d_T + om_2) * 8 + 15L;
          y0[o_51] = acc2.sf;
        }
      }
    }
    const long om_3 = m0 + 3;
    if (om_3 < M) {
      if (0) {
        const long o_52 = (((long)bat0 * 2 + bat1) * d_T + om_3) * 8;
        vstore16(acc3, 0, y0 + o_52);
      } else {
        if (1) {
          const long o_53 = (((long)bat0 * 2 + bat1) * d_T + om_3) * 8;
          y0[o_53] = acc3.s0;
        }
        if (1) {
          const long o_54 = (((long)bat0 * 2 + bat1) * d_T + om_3) * 8 + 1L;
          y0[o_54] = acc3.s1;
        }
        if (1) {
          const long o_55 = (((long)bat0 * 2 + bat1) * d_T + om_3) * 8 + 2L;
          y0[o_55] = acc3.s2;
        }
        if (1) {
          const long o_56 = (((long)bat0 * 2 + bat1) * d_T + om_3) * 8 + 3L;
          y0[o_56] = acc3.s3;
        }
        if (1) {
          const long o_57 = (((long)bat0 * 2 + bat1) * d_T + om_3) * 8 + 4L;
          y0[o_57] = acc3.s4;
        }
        if (1) {
          const long o_58 = (((long)bat0 * 2 + bat1) * d_T + om_3) * 8 + 5L;
          y0[o_58] = acc3.s5;
        }
        if (1) {
          const long o_59 = (((long)bat0 * 2 + bat1) * d_T + om_3) * 8 + 6L;
          y0[o_59] = acc3.s6;
        }
        if (1) {
          const long o_60 = (((long)bat0 * 2 + bat1) * d_T + om_3) * 8 + 7L;
          y0[o_60] = acc3.s7;
        }
        if (0) {
          const long o_61 = (((long)bat0 * 2 + bat1) * d_T + om_3) * 8 + 8L;
          y0[o_61] = acc3.s8;
        }
        if (0) {
          const long o_62 = (((long)bat0 * 2 + bat1) * d_T + om_3) * 8 + 9L;
          y0[o_62] = acc3.s9;
        }
        if (0) {
          const long o_63 = (((long)bat0 * 2 + bat1) * d_T + om_3) * 8 + 10L;
          y0[o_63] = acc3.sa;
        }
        if (0) {
          const long o_64 = (((long)bat0 * 2 + bat1) * d_T + om_3) * 8 + 11L;
          y0[o_64] = acc3.sb;
        }
        if (0) {
          const long o_65 = (((long)bat0 * 2 + bat1) * d_T + om_3) * 8 + 12L;
          y0[o_65] = acc3.sc;
        }
        if (0) {
          const long o_66 = (((long)bat0 * 2 + bat1) * d_T + om_3) * 8 + 13L;
          y0[o_66] = acc3.sd;
        }
        if (0) {
          const long o_67 = (((long)bat0 * 2 + bat1) * d_T + om_3) * 8 + 14L;
          y0[o_67] = acc3.se;
        }
        if (0) {
          const long o_68 = (((long)bat0 * 2 + bat1) * d_T + om_3) * 8 + 15L;
          y0[o_68] = acc3.sf;
        }
      }
    }
    const long om_4 = m0 + 4;
    if (om_4 < M) {
      if (0) {
        const long o_69 = (((long)bat0 * 2 + bat1) * d_T + om_4) * 8;
        vstore16(acc4, 0, y0 + o_69);
      } else {
        if (1) {
          const long o_70 = (((long)bat0 * 2 + bat1) * d_T + om_4) * 8;
          y0[o_70] = acc4.s0;
        }
        if (1) {
          const long o_71 = (((long)bat0 * 2 + bat1) * d_T + om_4) * 8 + 1L;
          y0[o_71] = acc4.s1;
        }
        if (1) {
          const long o_72 = (((long)bat0 * 2 + bat1) * d_T + om_4) * 8 + 2L;
          y0[o_72] = acc4.s2;
        }
        if (1) {
          const long o_73 = (((long)bat0 * 2 + bat1) * d_T + om_4) * 8 + 3L;
          y0[o_73] = acc4.s3;
        }
        if (1) {
          const long o_74 = (((long)bat0 * 2 + bat1) * d_T + om_4) * 8 + 4L;
          y0[o_74] = acc4.s4;
        }
        if (1) {
          const long o_75 = (((long)bat0 * 2 + bat1) * d_T + om_4) * 8 + 5L;
          y0[o_75] = acc4.s5;
        }
        if (1) {
          const long o_76 = (((long)bat0 * 2 + bat1) * d_T + om_4) * 8 + 6L;
          y0[o_76] = acc4.s6;
        }
        if (1) {
          const long o_77 = (((long)bat0 * 2 + bat1) * d_T + om_4) * 8 + 7L;
          y0[o_77] = acc4.s7;
        }
        if (0) {
          const long o_78 = (((long)bat0 * 2 + bat1) * d_T + om_4) * 8 + 8L;
          y0[o_78] = acc4.s8;
        }
        if (0) {
          const long o_79 = (((long)bat0 * 2 + bat1) * d_T + om_4) * 8 + 9L;
          y0[o_79] = acc4.s9;
        }
        if (0) {
          const long o_80 = (((long)bat0 * 2 + bat1) * d_T + om_4) * 8 + 10L;
          y0[o_80] = acc4.sa;
        }
        if (0) {
          const long o_81 = (((long)bat0 * 2 + bat1) * d_T + om_4) * 8 + 11L;
          y0[o_81] = acc4.sb;
        }
        if (0) {
          const long o_82 = (((long)bat0 * 2 + bat1) * d_T + om_4) * 8 + 12L;
          y0[o_82] = acc4.sc;
        }
        if (0) {
          const long o_83 = (((long)bat0 * 2 + bat1) * d_T + om_4) * 8 + 13L;
          y0[o_83] = acc4.sd;
        }
        if (0) {
          const long o_84 = (((long)bat0 * 2 + bat1) * d_T + om_4) * 8 + 14L;
          y0[o_84] = acc4.se;
        }
        if (0) {
          const long o_85 = (((long)bat0 * 2 + bat1) * d_T + om_4) * 8 + 15L;
          y0[o_85] = acc4.sf;
        }
      }
    }
    const long om_5 = m0 + 5;
    if (om_5 < M) {
      if (0) {
        const long o_86 = (((long)bat0 * 2 + bat1) * d_T + om_5) * 8;
        vstore16(acc5, 0, y0 + o_86);
      } else {
        if (1) {
          const long o_87 = (((long)bat0 * 2 + bat1) * d_T + om_5) * 8;
          y0[o_87] = acc5.s0;
        }
        if (1) {
          const long o_88 = (((long)bat0 * 2 + bat1) * d_T + om_5) * 8 + 1L;
          y0[o_88] = acc5.s1;
        }
        if (1) {
          const long o_89 = (((long)bat0 * 2 + bat1) * d_T + om_5) * 8 + 2L;
          y0[o_89] = acc5.s2;
        }
        if (1) {
          const long o_90 = (((long)bat0 * 2 + bat1) * d_T + om_5) * 8 + 3L;
          y0[o_90] = acc5.s3;
        }
        if (1) {
          const long o_91 = (((long)bat0 * 2 + bat1) * d_T + om_5) * 8 + 4L;
          y0[o_91] = acc5.s4;
        }
        if (1) {
          const long o_92 = (((long)bat0 * 2 + bat1) * d_T + om_5) * 8 + 5L;
          y0[o_92] = acc5.s5;
        }
        if (1) {
          const long o_93 = (((long)bat0 * 2 + bat1) * d_T + om_5) * 8 + 6L;
          y0[o_93] = acc5.s6;
        }
        if (1) {
          const long o_94 = (((long)bat0 * 2 + bat1) * d_T + om_5) * 8 + 7L;
          y0[o_94] = acc5.s7;
        }
        if (0) {
          const long o_95 = (((long)bat0 * 2 + bat1) * d_T + om_5) * 8 + 8L;
          y0[o_95] = acc5.s8;
        }
        if (0) {
          const long o_96 = (((long)bat0 * 2 + bat1) * d_T + om_5) * 8 + 9L;
          y0[o_96] = acc5.s9;
        }
        if (0) {
          const long o_97 = (((long)bat0 * 2 + bat1) * d_T + om_5) * 8 + 10L;
          y0[o_97] = acc5.sa;
        }
        if (0) {
          const long o_98 = (((long)bat0 * 2 + bat1) * d_T + om_5) * 8 + 11L;
          y0[o_98] = acc5.sb;
        }
        if (0) {
          const long o_99 = (((long)bat0 * 2 + bat1) * d_T + om_5) * 8 + 12L;
          y0[o_99] = acc5.sc;
        }
        if (0) {
          const long o_100 = (((long)bat0 * 2 + bat1) * d_T + om_5) * 8 + 13L;
          y0[o_100] = acc5.sd;
        }
        if (0) {
          const long o_101 = (((long)bat0 * 2 + bat1) * d_T + om_5) * 8 + 14L;
          y0[o_101] = acc5.se;
        }
        if (0) {
          const long o_102 = (((long)bat0 * 2 + bat1) * d_T + om_5) * 8 + 15L;
          y0[o_102] = acc5.sf;
        }
      }
    }
    const long om_6 = m0 + 6;
    if (om_6 < M) {
      if (0) {
        const long o_103 = (((long)bat0 * 2 + bat1) * d_T + om_6) * 8;
        vstore16(acc6, 0, y0 + o_103);
      } else {
        if (1) {
          const long o_104 = (((long)bat0 * 2 + bat1) * d_T + om_6) * 8;
          y0[o_104] = acc6.s0;
        }
        if (1) {
          const long o_105 = (((long)bat0 * 2 + bat1) * d_T + om_6) * 8 + 1L;
          y0[o_105] = acc6.s1;
        }
        if (1) {
          const long o_106 = (((long)bat0 * 2 + bat1) * d_T + om_6) * 8 + 2L;
          y0[o_106] = acc6.s2;
        }
        if (1) {
          const long o_107 = (((long)bat0 * 2 + bat1) * d_T + om_6) * 8 + 3L;
          y0[o_107] = acc6.s3;
        }
        if (1) {
          const long o_108 = (((long)bat0 * 2 + bat1) * d_T + om_6) * 8 + 4L;
          y0[o_108] = acc6.s4;
        }
        if (1) {
          const long o_109 = (((long)bat0 * 2 + bat1) * d_T + om_6) * 8 + 5L;
          y0[o_109] = acc6.s5;
        }
        if (1) {
          const long o_110 = (((long)bat0 * 2 + bat1) * d_T + om_6) * 8 + 6L;
          y0[o_110] = acc6.s6;
        }
        if (1) {
          const long o_111 = (((long)bat0 * 2 + bat1) * d_T + om_6) * 8 + 7L;
          y0[o_111] = acc6.s7;
        }
        if (0) {
          const long o_112 = (((long)bat0 * 2 + bat1) * d_T + om_6) * 8 + 8L;
          y0[o_112] = acc6.s8;
        }
        if (0) {
          const long o_113 = (((long)bat0 * 2 + bat1) * d_T + om_6) * 8 + 9L;
          y0[o_113] = acc6.s9;
        }
        if (0) {
          const long o_114 = (((long)bat0 * 2 + bat1) * d_T + om_6) * 8 + 10L;
          y0[o_114] = acc6.sa;
        }
        if (0) {
          const long o_115 = (((long)bat0 * 2 + bat1) * d_T + om_6) * 8 + 11L;
          y0[o_115] = acc6.sb;
        }
        if (0) {
          const long o_116 = (((long)bat0 * 2 + bat1) * d_T + om_6) * 8 + 12L;
          y0[o_116] = acc6.sc;
        }
        if (0) {
          const long o_117 = (((long)bat0 * 2 + bat1) * d_T + om_6) * 8 + 13L;
          y0[o_117] = acc6.sd;
        }
        if (0) {
          const long o_118 = (((long)bat0 * 2 + bat1) * d_T + om_6) * 8 + 14L;
          y0[o_118] = acc6.se;
        }
        if (0) {
          const long o_119 = (((long)bat0 * 2 + bat1) * d_T + om_6) * 8 + 15L;
          y0[o_119] = acc6.sf;
        }
      }
    }
    const long om_7 = m0 + 7;
    if (om_7 < M) {
      if (0) {
        const long o_120 = (((long)bat0 * 2 + bat1) * d_T + om_7) * 8;
        vstore16(acc7, 0, y0 + o_120);
      } else {
        if (1) {
          const long o_121 = (((long)bat0 * 2 + bat1) * d_T + om_7) * 8;
          y0[o_121] = acc7.s0;
        }
        if (1) {
          const long o_122 = (((long)bat0 * 2 + bat1) * d_T + om_7) * 8 + 1L;
          y0[o_122] = acc7.s1;
        }
        if (1) {
          const long o_123 = (((long)bat0 * 2 + bat1) * d_T + om_7) * 8 + 2L;
          y0[o_123] = acc7.s2;
        }
        if (1) {
          const long o_124 = (((long)bat0 * 2 + bat1) * d_T + om_7) * 8 + 3L;
          y0[o_124] = acc7.s3;
        }
        if (1) {
          const long o_125 = (((long)bat0 * 2 + bat1) * d_T + om_7) * 8 + 4L;
          y0[o_125] = acc7.s4;
        }
        if (1) {
          const long o_126 = (((long)bat0 * 2 + bat1) * d_T + om_7) * 8 + 5L;
          y0[o_126] = acc7.s5;
        }
        if (1) {
          const long o_127 = (((long)bat0 * 2 + bat1) * d_T + om_7) * 8 + 6L;
          y0[o_127] = acc7.s6;
        }
        if (1) {
          const long o_128 = (((long)bat0 * 2 + bat1) * d_T + om_7) * 8 + 7L;
          y0[o_128] = acc7.s7;
        }
        if (0) {
          const long o_129 = (((long)bat0 * 2 + bat1) * d_T + om_7) * 8 + 8L;
          y0[o_129] = acc7.s8;
        }
        if (0) {
          const long o_130 = (((long)bat0 * 2 + bat1) * d_T + om_7) * 8 + 9L;
          y0[o_130] = acc7.s9;
        }
        if (0) {
          const long o_131 = (((long)bat0 * 2 + bat1) * d_T + om_7) * 8 + 10L;
          y0[o_131] = acc7.sa;
        }
        if (0) {
          const long o_132 = (((long)bat0 * 2 + bat1) * d_T + om_7) * 8 + 11L;
          y0[o_132] = acc7.sb;
        }
        if (0) {
          const long o_133 = (((long)bat0 * 2 + bat1) * d_T + om_7) * 8 + 12L;
          y0[o_133] = acc7.sc;
        }
        if (0) {
          const long o_134 = (((long)bat0 * 2 + bat1) * d_T + om_7) * 8 + 13L;
          y0[o_134] = acc7.sd;
        }
        if (0) {
          const long o_135 = (((long)bat0 * 2 + bat1) * d_T + om_7) * 8 + 14L;
          y0[o_135] = acc7.se;
        }
        if (0) {
          const long o_136 = (((long)bat0 * 2 + bat1) * d_T + om_7) * 8 + 15L;
          y0[o_136] = acc7.sf;
        }
      }
    }
  }
}
