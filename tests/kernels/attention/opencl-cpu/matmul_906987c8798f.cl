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

/* k31_matmul (matmul_906987c8798f): 1 IR node, one work item per output element
 *   %31 = matmul %27, %30 : f32[B, 2, T, T]   ($SRC/stdlib/nn.llm:152)
 * arguments: x0 = %27; x1 = %30; y0 = %31; d_B = B; d_T = T
 */
__kernel void matmul_906987c8798f(__global const float *restrict x0, __global const float *restrict x1, __global float *restrict y0,
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
    if (m0 < M) {
      if (n0 + 16 <= N) {
        const long o = (((long)bat0 * 2 + bat1) * d_T + m0) * d_T + n0;
        vstore16(acc0, 0, y0 + o);
      } else {
        if (n0 < N) {
          const long o_2 = (((long)bat0 * 2 + bat1) * d_T + m0) * d_T + n0;
          y0[o_2] = acc0.s0;
        }
        const long on = n0 + 1;
        if (on < N) {
          const long o_3 = (((long)bat0 * 2 + bat1) * d_T + m0) * d_T + on;
          y0[o_3] = acc0.s1;
        }
        const long on_2 = n0 + 2;
        if (on_2 < N) {
          const long o_4 = (((long)bat0 * 2 + bat1) * d_T + m0) * d_T + on_2;
          y0[o_4] = acc0.s2;
        }
        const long on_3 = n0 + 3;
        if (on_3 < N) {
          const long o_5 = (((long)bat0 * 2 + bat1) * d_T + m0) * d_T + on_3;
          y0[o_5] = acc0.s3;
        }
        const long on_4 = n0 + 4;
        if (on_4 < N) {
          const long o_6 = (((long)bat0 * 2 + bat1) * d_T + m0) * d_T + on_4;
          y0[o_6] = acc0.s4;
        }
        const long on_5 = n0 + 5;
        if (on_5 < N) {
          const long o_7 = (((long)bat0 * 2 + bat1) * d_T + m0) * d_T + on_5;
          y0[o_7] = acc0.s5;
        }
        const long on_6 = n0 + 6;
        if (on_6 < N) {
          const long o_8 = (((long)bat0 * 2 + bat1) * d_T + m0) * d_T + on_6;
          y0[o_8] = acc0.s6;
        }
        const long on_7 = n0 + 7;
        if (on_7 < N) {
          const long o_9 = (((long)bat0 * 2 + bat1) * d_T + m0) * d_T + on_7;
          y0[o_9] = acc0.s7;
        }
        const long on_8 = n0 + 8;
        if (on_8 < N) {
          const long o_10 = (((long)bat0 * 2 + bat1) * d_T + m0) * d_T + on_8;
          y0[o_10] = acc0.s8;
        }
        const long on_9 = n0 + 9;
        if (on_9 < N) {
          const long o_11 = (((long)bat0 * 2 + bat1) * d_T + m0) * d_T + on_9;
          y0[o_11] = acc0.s9;
        }
        const long on_10 = n0 + 10;
        if (on_10 < N) {
          const long o_12 = (((long)bat0 * 2 + bat1) * d_T + m0) * d_T + on_10;
          y0[o_12] = acc0.sa;
        }
        const long on_11 = n0 + 11;
        if (on_11 < N) {
          const long o_13 = (((long)bat0 * 2 + bat1) * d_T + m0) * d_T + on_11;
          y0[o_13] = acc0.sb;
        }
        const long on_12 = n0 + 12;
        if (on_12 < N) {
          const long o_14 = (((long)bat0 * 2 + bat1) * d_T + m0) * d_T + on_12;
          y0[o_14] = acc0.sc;
        }
        const long on_13 = n0 + 13;
        if (on_13 < N) {
          const long o_15 = (((long)bat0 * 2 + bat1) * d_T + m0) * d_T + on_13;
          y0[o_15] = acc0.sd;
        }
        const long on_14 = n0 + 14;
        if (on_14 < N) {
          const long o_16 = (((long)bat0 * 2 + bat1) * d_T + m0) * d_T + on_14;
          y0[o_16] = acc0.se;
        }
        const long on_15 = n0 + 15;
        if (on_15 < N) {
          const long o_17 = (((long)bat0 * 2 + bat1) * d_T + m0) * d_T + on_15;
          y0[o_17] = acc0.sf;
        }
      }
    }
    const long om = m0 + 1;
    if (om < M) {
      if (n0 + 16 <= N) {
        const long o_18 = (((long)bat0 * 2 + bat1) * d_T + om) * d_T + n0;
        vstore16(acc1, 0, y0 + o_18);
      } else {
        if (n0 < N) {
          const long o_19 = (((long)bat0 * 2 + bat1) * d_T + om) * d_T + n0;
          y0[o_19] = acc1.s0;
        }
        const long on_16 = n0 + 1;
        if (on_16 < N) {
          const long o_20 = (((long)bat0 * 2 + bat1) * d_T + om) * d_T + on_16;
          y0[o_20] = acc1.s1;
        }
        const long on_17 = n0 + 2;
        if (on_17 < N) {
          const long o_21 = (((long)bat0 * 2 + bat1) * d_T + om) * d_T + on_17;
          y0[o_21] = acc1.s2;
        }
        const long on_18 = n0 + 3;
        if (on_18 < N) {
          const long o_22 = (((long)bat0 * 2 + bat1) * d_T + om) * d_T + on_18;
          y0[o_22] = acc1.s3;
        }
        const long on_19 = n0 + 4;
        if (on_19 < N) {
          const long o_23 = (((long)bat0 * 2 + bat1) * d_T + om) * d_T + on_19;
          y0[o_23] = acc1.s4;
        }
        const long on_20 = n0 + 5;
        if (on_20 < N) {
          const long o_24 = (((long)bat0 * 2 + bat1) * d_T + om) * d_T + on_20;
          y0[o_24] = acc1.s5;
        }
        const long on_21 = n0 + 6;
        if (on_21 < N) {
          const long o_25 = (((long)bat0 * 2 + bat1) * d_T + om) * d_T + on_21;
          y0[o_25] = acc1.s6;
        }
        const long on_22 = n0 + 7;
        if (on_22 < N) {
          const long o_26 = (((long)bat0 * 2 + bat1) * d_T + om) * d_T + on_22;
          y0[o_26] = acc1.s7;
        }
        const long on_23 = n0 + 8;
        if (on_23 < N) {
          const long o_27 = (((long)bat0 * 2 + bat1) * d_T + om) * d_T + on_23;
          y0[o_27] = acc1.s8;
        }
        const long on_24 = n0 + 9;
        if (on_24 < N) {
          const long o_28 = (((long)bat0 * 2 + bat1) * d_T + om) * d_T + on_24;
          y0[o_28] = acc1.s9;
        }
        const long on_25 = n0 + 10;
        if (on_25 < N) {
          const long o_29 = (((long)bat0 * 2 + bat1) * d_T + om) * d_T + on_25;
          y0[o_29] = acc1.sa;
        }
        const long on_26 = n0 + 11;
        if (on_26 < N) {
          const long o_30 = (((long)bat0 * 2 + bat1) * d_T + om) * d_T + on_26;
          y0[o_30] = acc1.sb;
        }
        const long on_27 = n0 + 12;
        if (on_27 < N) {
          const long o_31 = (((long)bat0 * 2 + bat1) * d_T + om) * d_T + on_27;
          y0[o_31] = acc1.sc;
        }
        const long on_28 = n0 + 13;
        if (on_28 < N) {
          const long o_32 = (((long)bat0 * 2 + bat1) * d_T + om) * d_T + on_28;
          y0[o_32] = acc1.sd;
        }
        const long on_29 = n0 + 14;
        if (on_29 < N) {
          const long o_33 = (((long)bat0 * 2 + bat1) * d_T + om) * d_T + on_29;
          y0[o_33] = acc1.se;
        }
        const long on_30 = n0 + 15;
        if (on_30 < N) {
          const long o_34 = (((long)bat0 * 2 + bat1) * d_T + om) * d_T + on_30;
          y0[o_34] = acc1.sf;
        }
      }
    }
    const long om_2 = m0 + 2;
    if (om_2 < M) {
      if (n0 + 16 <= N) {
        const long o_35 = (((long)bat0 * 2 + bat1) * d_T + om_2) * d_T + n0;
        vstore16(acc2, 0, y0 + o_35);
      } else {
        if (n0 < N) {
          const long o_36 = (((long)bat0 * 2 + bat1) * d_T + om_2) * d_T + n0;
          y0[o_36] = acc2.s0;
        }
        const long on_31 = n0 + 1;
        if (on_31 < N) {
          const long o_37 = (((long)bat0 * 2 + bat1) * d_T + om_2) * d_T + on_31;
          y0[o_37] = acc2.s1;
        }
        const long on_32 = n0 + 2;
        if (on_32 < N) {
          const long o_38 = (((long)bat0 * 2 + bat1) * d_T + om_2) * d_T + on_32;
          y0[o_38] = acc2.s2;
        }
        const long on_33 = n0 + 3;
        if (on_33 < N) {
          const long o_39 = (((long)bat0 * 2 + bat1) * d_T + om_2) * d_T + on_33;
          y0[o_39] = acc2.s3;
        }
        const long on_34 = n0 + 4;
        if (on_34 < N) {
          const long o_40 = (((long)bat0 * 2 + bat1) * d_T + om_2) * d_T + on_34;
          y0[o_40] = acc2.s4;
        }
        const long on_35 = n0 + 5;
        if (on_35 < N) {
          const long o_41 = (((long)bat0 * 2 + bat1) * d_T + om_2) * d_T + on_35;
          y0[o_41] = acc2.s5;
        }
        const long on_36 = n0 + 6;
        if (on_36 < N) {
          const long o_42 = (((long)bat0 * 2 + bat1) * d_T + om_2) * d_T + on_36;
          y0[o_42] = acc2.s6;
        }
        const long on_37 = n0 + 7;
        if (on_37 < N) {
          const long o_43 = (((long)bat0 * 2 + bat1) * d_T + om_2) * d_T + on_37;
          y0[o_43] = acc2.s7;
        }
        const long on_38 = n0 + 8;
        if (on_38 < N) {
          const long o_44 = (((long)bat0 * 2 + bat1) * d_T + om_2) * d_T + on_38;
          y0[o_44] = acc2.s8;
        }
        const long on_39 = n0 + 9;
        if (on_39 < N) {
          const long o_45 = (((long)bat0 * 2 + bat1) * d_T + om_2) * d_T + on_39;
          y0[o_45] = acc2.s9;
        }
        const long on_40 = n0 + 10;
        if (on_40 < N) {
          const long o_46 = (((long)bat0 * 2 + bat1) * d_T + om_2) * d_T + on_40;
          y0[o_46] = acc2.sa;
        }
        const long on_41 = n0 + 11;
        if (on_41 < N) {
          const long o_47 = (((long)bat0 * 2 + bat1) * d_T + om_2) * d_T + on_41;
          y0[o_47] = acc2.sb;
        }
        const long on_42 = n0 + 12;
        if (on_42 < N) {
          const long o_48 = (((long)bat0 * 2 + bat1) * d_T + om_2) * d_T + on_42;
          y0[o_48] = acc2.sc;
        }
        const long on_43 = n0 + 13;
        if (on_43 < N) {
          const long o_49 = (((long)bat0 * 2 + bat1) * d_T + om_2) * d_T + on_43;
          y0[o_49] = acc2.sd;
        }
        const long on_44 = n0 + 14;
        if (on_44 < N) {
          const long o_50 = (((long)bat0 * 2 + bat1) * d_T + om_2) * d_T + on_44;
          y0[o_50] = acc2.se;
        }
        const long on_45 = n0 + 15;
        if (on_45 < N) {
          const long o_51 = (((long)bat0 * 2 + bat1) * d_T + om_2) * d_T + on_45;
          y0[o_51] = acc2.sf;
        }
      }
    }
    const long om_3 = m0 + 3;
    if (om_3 < M) {
      if (n0 + 16 <= N) {
        const long o_52 = (((long)bat0 * 2 + bat1) * d_T + om_3) * d_T + n0;
        vstore16(acc3, 0, y0 + o_52);
      } else {
        if (n0 < N) {
          const long o_53 = (((long)bat0 * 2 + bat1) * d_T + om_3) * d_T + n0;
          y0[o_53] = acc3.s0;
        }
        const long on_46 = n0 + 1;
        if (on_46 < N) {
          const long o_54 = (((long)bat0 * 2 + bat1) * d_T + om_3) * d_T + on_46;
          y0[o_54] = acc3.s1;
        }
        const long on_47 = n0 + 2;
        if (on_47 < N) {
          const long o_55 = (((long)bat0 * 2 + bat1) * d_T + om_3) * d_T + on_47;
          y0[o_55] = acc3.s2;
        }
        const long on_48 = n0 + 3;
        if (on_48 < N) {
          const long o_56 = (((long)bat0 * 2 + bat1) * d_T + om_3) * d_T + on_48;
          y0[o_56] = acc3.s3;
        }
        const long on_49 = n0 + 4;
        if (on_49 < N) {
          const long o_57 = (((long)bat0 * 2 + bat1) * d_T + om_3) * d_T + on_49;
          y0[o_57] = acc3.s4;
        }
        const long on_50 = n0 + 5;
        if (on_50 < N) {
          const long o_58 = (((long)bat0 * 2 + bat1) * d_T + om_3) * d_T + on_50;
          y0[o_58] = acc3.s5;
        }
        const long on_51 = n0 + 6;
        if (on_51 < N) {
          const long o_59 = (((long)bat0 * 2 + bat1) * d_T + om_3) * d_T + on_51;
          y0[o_59] = acc3.s6;
        }
        const long on_52 = n0 + 7;
        if (on_52 < N) {
          const long o_60 = (((long)bat0 * 2 + bat1) * d_T + om_3) * d_T + on_52;
          y0[o_60] = acc3.s7;
        }
        const long on_53 = n0 + 8;
        if (on_53 < N) {
          const long o_61 = (((long)bat0 * 2 + bat1) * d_T + om_3) * d_T + on_53;
          y0[o_61] = acc3.s8;
        }
        const long on_54 = n0 + 9;
        if (on_54 < N) {
          const long o_62 = (((long)bat0 * 2 + bat1) * d_T + om_3) * d_T + on_54;
          y0[o_62] = acc3.s9;
        }
        const long on_55 = n0 + 10;
        if (on_55 < N) {
          const long o_63 = (((long)bat0 * 2 + bat1) * d_T + om_3) * d_T + on_55;
          y0[o_63] = acc3.sa;
        }
        const long on_56 = n0 + 11;
        if (on_56 < N) {
          const long o_64 = (((long)bat0 * 2 + bat1) * d_T + om_3) * d_T + on_56;
          y0[o_64] = acc3.sb;
        }
        const long on_57 = n0 + 12;
        if (on_57 < N) {
          const long o_65 = (((long)bat0 * 2 + bat1) * d_T + om_3) * d_T + on_57;
          y0[o_65] = acc3.sc;
        }
        const long on_58 = n0 + 13;
        if (on_58 < N) {
          const long o_66 = (((long)bat0 * 2 + bat1) * d_T + om_3) * d_T + on_58;
          y0[o_66] = acc3.sd;
        }
        const long on_59 = n0 + 14;
        if (on_59 < N) {
          const long o_67 = (((long)bat0 * 2 + bat1) * d_T + om_3) * d_T + on_59;
          y0[o_67] = acc3.se;
        }
        const long on_60 = n0 + 15;
        if (on_60 < N) {
          const long o_68 = (((long)bat0 * 2 + bat1) * d_T + om_3) * d_T + on_60;
          y0[o_68] = acc3.sf;
        }
      }
    }
    const long om_4 = m0 + 4;
    if (om_4 < M) {
      if (n0 + 16 <= N) {
        const long o_69 = (((long)bat0 * 2 + bat1) * d_T + om_4) * d_T + n0;
        vstore16(acc4, 0, y0 + o_69);
      } else {
        if (n0 < N) {
          const long o_70 = (((long)bat0 * 2 + bat1) * d_T + om_4) * d_T + n0;
          y0[o_70] = acc4.s0;
        }
        const long on_61 = n0 + 1;
        if (on_61 < N) {
          const long o_71 = (((long)bat0 * 2 + bat1) * d_T + om_4) * d_T + on_61;
          y0[o_71] = acc4.s1;
        }
        const long on_62 = n0 + 2;
        if (on_62 < N) {
          const long o_72 = (((long)bat0 * 2 + bat1) * d_T + om_4) * d_T + on_62;
          y0[o_72] = acc4.s2;
        }
        const long on_63 = n0 + 3;
        if (on_63 < N) {
          const long o_73 = (((long)bat0 * 2 + bat1) * d_T + om_4) * d_T + on_63;
          y0[o_73] = acc4.s3;
        }
        const long on_64 = n0 + 4;
        if (on_64 < N) {
          const long o_74 = (((long)bat0 * 2 + bat1) * d_T + om_4) * d_T + on_64;
          y0[o_74] = acc4.s4;
        }
        const long on_65 = n0 + 5;
        if (on_65 < N) {
          const long o_75 = (((long)bat0 * 2 + bat1) * d_T + om_4) * d_T + on_65;
          y0[o_75] = acc4.s5;
        }
        const long on_66 = n0 + 6;
        if (on_66 < N) {
          const long o_76 = (((long)bat0 * 2 + bat1) * d_T + om_4) * d_T + on_66;
          y0[o_76] = acc4.s6;
        }
        const long on_67 = n0 + 7;
        if (on_67 < N) {
          const long o_77 = (((long)bat0 * 2 + bat1) * d_T + om_4) * d_T + on_67;
          y0[o_77] = acc4.s7;
        }
        const long on_68 = n0 + 8;
        if (on_68 < N) {
          const long o_78 = (((long)bat0 * 2 + bat1) * d_T + om_4) * d_T + on_68;
          y0[o_78] = acc4.s8;
        }
        const long on_69 = n0 + 9;
        if (on_69 < N) {
          const long o_79 = (((long)bat0 * 2 + bat1) * d_T + om_4) * d_T + on_69;
          y0[o_79] = acc4.s9;
        }
        const long on_70 = n0 + 10;
        if (on_70 < N) {
          const long o_80 = (((long)bat0 * 2 + bat1) * d_T + om_4) * d_T + on_70;
          y0[o_80] = acc4.sa;
        }
        const long on_71 = n0 + 11;
        if (on_71 < N) {
          const long o_81 = (((long)bat0 * 2 + bat1) * d_T + om_4) * d_T + on_71;
          y0[o_81] = acc4.sb;
        }
        const long on_72 = n0 + 12;
        if (on_72 < N) {
          const long o_82 = (((long)bat0 * 2 + bat1) * d_T + om_4) * d_T + on_72;
          y0[o_82] = acc4.sc;
        }
        const long on_73 = n0 + 13;
        if (on_73 < N) {
          const long o_83 = (((long)bat0 * 2 + bat1) * d_T + om_4) * d_T + on_73;
          y0[o_83] = acc4.sd;
        }
        const long on_74 = n0 + 14;
        if (on_74 < N) {
          const long o_84 = (((long)bat0 * 2 + bat1) * d_T + om_4) * d_T + on_74;
          y0[o_84] = acc4.se;
        }
        const long on_75 = n0 + 15;
        if (on_75 < N) {
          const long o_85 = (((long)bat0 * 2 + bat1) * d_T + om_4) * d_T + on_75;
          y0[o_85] = acc4.sf;
        }
      }
    }
    const long om_5 = m0 + 5;
    if (om_5 < M) {
      if (n0 + 16 <= N) {
        const long o_86 = (((long)bat0 * 2 + bat1) * d_T + om_5) * d_T + n0;
        vstore16(acc5, 0, y0 + o_86);
      } else {
        if (n0 < N) {
          const long o_87 = (((long)bat0 * 2 + bat1) * d_T + om_5) * d_T + n0;
          y0[o_87] = acc5.s0;
        }
        const long on_76 = n0 + 1;
        if (on_76 < N) {
          const long o_88 = (((long)bat0 * 2 + bat1) * d_T + om_5) * d_T + on_76;
          y0[o_88] = acc5.s1;
        }
        const long on_77 = n0 + 2;
        if (on_77 < N) {
          const long o_89 = (((long)bat0 * 2 + bat1) * d_T + om_5) * d_T + on_77;
          y0[o_89] = acc5.s2;
        }
        const long on_78 = n0 + 3;
        if (on_78 < N) {
          const long o_90 = (((long)bat0 * 2 + bat1) * d_T + om_5) * d_T + on_78;
          y0[o_90] = acc5.s3;
        }
        const long on_79 = n0 + 4;
        if (on_79 < N) {
          const long o_91 = (((long)bat0 * 2 + bat1) * d_T + om_5) * d_T + on_79;
          y0[o_91] = acc5.s4;
        }
        const long on_80 = n0 + 5;
        if (on_80 < N) {
          const long o_92 = (((long)bat0 * 2 + bat1) * d_T + om_5) * d_T + on_80;
          y0[o_92] = acc5.s5;
        }
        const long on_81 = n0 + 6;
        if (on_81 < N) {
          const long o_93 = (((long)bat0 * 2 + bat1) * d_T + om_5) * d_T + on_81;
          y0[o_93] = acc5.s6;
        }
        const long on_82 = n0 + 7;
        if (on_82 < N) {
          const long o_94 = (((long)bat0 * 2 + bat1) * d_T + om_5) * d_T + on_82;
          y0[o_94] = acc5.s7;
        }
        const long on_83 = n0 + 8;
        if (on_83 < N) {
          const long o_95 = (((long)bat0 * 2 + bat1) * d_T + om_5) * d_T + on_83;
          y0[o_95] = acc5.s8;
        }
        const long on_84 = n0 + 9;
        if (on_84 < N) {
          const long o_96 = (((long)bat0 * 2 + bat1) * d_T + om_5) * d_T + on_84;
          y0[o_96] = acc5.s9;
        }
        const long on_85 = n0 + 10;
        if (on_85 < N) {
          const long o_97 = (((long)bat0 * 2 + bat1) * d_T + om_5) * d_T + on_85;
          y0[o_97] = acc5.sa;
        }
        const long on_86 = n0 + 11;
        if (on_86 < N) {
          const long o_98 = (((long)bat0 * 2 + bat1) * d_T + om_5) * d_T + on_86;
          y0[o_98] = acc5.sb;
        }
        const long on_87 = n0 + 12;
        if (on_87 < N) {
          const long o_99 = (((long)bat0 * 2 + bat1) * d_T + om_5) * d_T + on_87;
          y0[o_99] = acc5.sc;
        }
        const long on_88 = n0 + 13;
        if (on_88 < N) {
          const long o_100 = (((long)bat0 * 2 + bat1) * d_T + om_5) * d_T + on_88;
          y0[o_100] = acc5.sd;
        }
        const long on_89 = n0 + 14;
        if (on_89 < N) {
          const long o_101 = (((long)bat0 * 2 + bat1) * d_T + om_5) * d_T + on_89;
          y0[o_101] = acc5.se;
        }
        const long on_90 = n0 + 15;
        if (on_90 < N) {
          const long o_102 = (((long)bat0 * 2 + bat1) * d_T + om_5) * d_T + on_90;
          y0[o_102] = acc5.sf;
        }
      }
    }
    const long om_6 = m0 + 6;
    if (om_6 < M) {
      if (n0 + 16 <= N) {
        const long o_103 = (((long)bat0 * 2 + bat1) * d_T + om_6) * d_T + n0;
        vstore16(acc6, 0, y0 + o_103);
      } else {
        if (n0 < N) {
          const long o_104 = (((long)bat0 * 2 + bat1) * d_T + om_6) * d_T + n0;
          y0[o_104] = acc6.s0;
        }
        const long on_91 = n0 + 1;
        if (on_91 < N) {
          const long o_105 = (((long)bat0 * 2 + bat1) * d_T + om_6) * d_T + on_91;
          y0[o_105] = acc6.s1;
        }
        const long on_92 = n0 + 2;
        if (on_92 < N) {
          const long o_106 = (((long)bat0 * 2 + bat1) * d_T + om_6) * d_T + on_92;
          y0[o_106] = acc6.s2;
        }
        const long on_93 = n0 + 3;
        if (on_93 < N) {
          const long o_107 = (((long)bat0 * 2 + bat1) * d_T + om_6) * d_T + on_93;
          y0[o_107] = acc6.s3;
        }
        const long on_94 = n0 + 4;
        if (on_94 < N) {
          const long o_108 = (((long)bat0 * 2 + bat1) * d_T + om_6) * d_T + on_94;
          y0[o_108] = acc6.s4;
        }
        const long on_95 = n0 + 5;
        if (on_95 < N) {
          const long o_109 = (((long)bat0 * 2 + bat1) * d_T + om_6) * d_T + on_95;
          y0[o_109] = acc6.s5;
        }
        const long on_96 = n0 + 6;
        if (on_96 < N) {
          const long o_110 = (((long)bat0 * 2 + bat1) * d_T + om_6) * d_T + on_96;
          y0[o_110] = acc6.s6;
        }
        const long on_97 = n0 + 7;
        if (on_97 < N) {
          const long o_111 = (((long)bat0 * 2 + bat1) * d_T + om_6) * d_T + on_97;
          y0[o_111] = acc6.s7;
        }
        const long on_98 = n0 + 8;
        if (on_98 < N) {
          const long o_112 = (((long)bat0 * 2 + bat1) * d_T + om_6) * d_T + on_98;
          y0[o_112] = acc6.s8;
        }
        const long on_99 = n0 + 9;
        if (on_99 < N) {
          const long o_113 = (((long)bat0 * 2 + bat1) * d_T + om_6) * d_T + on_99;
          y0[o_113] = acc6.s9;
        }
        const long on_100 = n0 + 10;
        if (on_100 < N) {
          const long o_114 = (((long)bat0 * 2 + bat1) * d_T + om_6) * d_T + on_100;
          y0[o_114] = acc6.sa;
        }
        const long on_101 = n0 + 11;
        if (on_101 < N) {
          const long o_115 = (((long)bat0 * 2 + bat1) * d_T + om_6) * d_T + on_101;
          y0[o_115] = acc6.sb;
        }
        const long on_102 = n0 + 12;
        if (on_102 < N) {
          const long o_116 = (((long)bat0 * 2 + bat1) * d_T + om_6) * d_T + on_102;
          y0[o_116] = acc6.sc;
        }
        const long on_103 = n0 + 13;
        if (on_103 < N) {
          const long o_117 = (((long)bat0 * 2 + bat1) * d_T + om_6) * d_T + on_103;
          y0[o_117] = acc6.sd;
        }
        const long on_104 = n0 + 14;
        if (on_104 < N) {
          const long o_118 = (((long)bat0 * 2 + bat1) * d_T + om_6) * d_T + on_104;
          y0[o_118] = acc6.se;
        }
        const long on_105 = n0 + 15;
        if (on_105 < N) {
          const long o_119 = (((long)bat0 * 2 + bat1) * d_T + om_6) * d_T + on_105;
          y0[o_119] = acc6.sf;
        }
      }
    }
    const long om_7 = m0 + 7;
    if (om_7 < M) {
      if (n0 + 16 <= N) {
        const long o_120 = (((long)bat0 * 2 + bat1) * d_T + om_7) * d_T + n0;
        vstore16(acc7, 0, y0 + o_120);
      } else {
        if (n0 < N) {
          const long o_121 = (((long)bat0 * 2 + bat1) * d_T + om_7) * d_T + n0;
          y0[o_121] = acc7.s0;
        }
        const long on_106 = n0 + 1;
        if (on_106 < N) {
          const long o_122 = (((long)bat0 * 2 + bat1) * d_T + om_7) * d_T + on_106;
          y0[o_122] = acc7.s1;
        }
        const long on_107 = n0 + 2;
        if (on_107 < N) {
          const long o_123 = (((long)bat0 * 2 + bat1) * d_T + om_7) * d_T + on_107;
          y0[o_123] = acc7.s2;
        }
        const long on_108 = n0 + 3;
        if (on_108 < N) {
          const long o_124 = (((long)bat0 * 2 + bat1) * d_T + om_7) * d_T + on_108;
          y0[o_124] = acc7.s3;
        }
        const long on_109 = n0 + 4;
        if (on_109 < N) {
          const long o_125 = (((long)bat0 * 2 + bat1) * d_T + om_7) * d_T + on_109;
          y0[o_125] = acc7.s4;
        }
        const long on_110 = n0 + 5;
        if (on_110 < N) {
          const long o_126 = (((long)bat0 * 2 + bat1) * d_T + om_7) * d_T + on_110;
          y0[o_126] = acc7.s5;
        }
        const long on_111 = n0 + 6;
        if (on_111 < N) {
          const long o_127 = (((long)bat0 * 2 + bat1) * d_T + om_7) * d_T + on_111;
          y0[o_127] = acc7.s6;
        }
        const long on_112 = n0 + 7;
        if (on_112 < N) {
          const long o_128 = (((long)bat0 * 2 + bat1) * d_T + om_7) * d_T + on_112;
          y0[o_128] = acc7.s7;
        }
        const long on_113 = n0 + 8;
        if (on_113 < N) {
          const long o_129 = (((long)bat0 * 2 + bat1) * d_T + om_7) * d_T + on_113;
          y0[o_129] = acc7.s8;
        }
        const long on_114 = n0 + 9;
        if (on_114 < N) {
          const long o_130 = (((long)bat0 * 2 + bat1) * d_T + om_7) * d_T + on_114;
          y0[o_130] = acc7.s9;
        }
        const long on_115 = n0 + 10;
        if (on_115 < N) {
          const long o_131 = (((long)bat0 * 2 + bat1) * d_T + om_7) * d_T + on_115;
          y0[o_131] = acc7.sa;
        }
        const long on_116 = n0 + 11;
        if (on_116 < N) {
          const long o_132 = (((long)bat0 * 2 + bat1) * d_T + om_7) * d_T + on_116;
          y0[o_132] = acc7.sb;
        }
        const long on_117 = n0 + 12;
        if (on_117 < N) {
          const long o_133 = (((long)bat0 * 2 + bat1) * d_T + om_7) * d_T + on_117;
          y0[o_133] = acc7.sc;
        }
        const long on_118 = n0 + 13;
        if (on_118 < N) {
          const long o_134 = (((long)bat0 * 2 + bat1) * d_T + om_7) * d_T + on_118;
          y0[o_134] = acc7.sd;
        }
        const long on_119 = n0 + 14;
        if (on_119 < N) {
          const long o_135 = (((long)bat0 * 2 + bat1) * d_T + om_7) * d_T + on_119;
          y0[o_135] = acc7.se;
        }
        const long on_120 = n0 + 15;
        if (on_120 < N) {
          const long o_136 = (((long)bat0 * 2 + bat1) * d_T + om_7) * d_T + on_120;
          y0[o_136] = acc7.sf;
        }
      }
    }
  }
}
