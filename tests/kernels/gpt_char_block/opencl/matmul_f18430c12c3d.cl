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

/* k309_matmul (matmul_f18430c12c3d): 4 IR nodes, tiled: 64x64 outputs per work group of 256 work items
 *   %32 = reshape %30 : f32[B*T, 128]   ($SRC/stdlib/nn.llm:65)
 *   %306 = matmul %305, %304 : f32[B*T, 128]   ($SRC/stdlib/nn.llm:65)
 *   %308 = permute %32 perm=[1, 0] : f32[128, B*T]   ($SRC/stdlib/nn.llm:65)
 *   %309 = matmul %308, %305 : f32[128, 128]   ($SRC/stdlib/nn.llm:65)
 * arguments: x0 = %30; x1 = %304; x2 = %305; y0 = %306; y1 = %309; d_B = B; d_T = T
 */
__kernel void matmul_f18430c12c3d(__global const float *restrict x0, __global const float *restrict x1,
    __global const float *restrict x2, __global float *restrict y0, __global float *restrict y1,
    int d_B, int d_T) {
  __local float As[1024];
  __local float Bs[1024];
  const int lid = (int)get_local_id(0);
  const int tx = lid % 16;
  const int ty = lid / 16;
  const long tiles = ((long)d_B * d_T + 63) / 64 * 2L;
  const long tiles_2 = tiles + 4L;
  const long groups = (long)d_B * 2 + 4;
  for (long tile = (long)get_group_id(0); tile < tiles_2; tile += groups) {
    /* sibling 0 */
    if (tile < tiles) {
      const long M = (long)d_B * d_T;
      const long tiles_m = (M + 63) / 64;
      const long rest = tile % (tiles_m * 2L);
      const long m0 = rest / 2L * 64;
      const long n0 = rest % 2L * 64;
      float acc00 = 0.0f;
      float acc01 = 0.0f;
      float acc02 = 0.0f;
      float acc03 = 0.0f;
      float acc10 = 0.0f;
      float acc11 = 0.0f;
      float acc12 = 0.0f;
      float acc13 = 0.0f;
      float acc20 = 0.0f;
      float acc21 = 0.0f;
      float acc22 = 0.0f;
      float acc23 = 0.0f;
      float acc30 = 0.0f;
      float acc31 = 0.0f;
      float acc32 = 0.0f;
      float acc33 = 0.0f;
      for (long k0 = 0L; k0 < 128L; k0 += 16) {
        const int am = lid / 16;
        const int ak = lid % 16;
        const long gm = m0 + am;
        const long gk = k0 + ak;
        float va = 0.0f;
        if (gm < M && gk < 128L) {
          va = x2[gm * 128 + gk];
        }
        As[ak * 64 + am] = va;
        const int e = lid + 256;
        const int am_2 = e / 16;
        const int ak_2 = e % 16;
        const long gm_2 = m0 + am_2;
        const long gk_2 = k0 + ak_2;
        float va_2 = 0.0f;
        if (gm_2 < M && gk_2 < 128L) {
          va_2 = x2[gm_2 * 128 + gk_2];
        }
        As[ak_2 * 64 + am_2] = va_2;
        const int e_2 = lid + 512;
        const int am_3 = e_2 / 16;
        const int ak_3 = e_2 % 16;
        const long gm_3 = m0 + am_3;
        const long gk_3 = k0 + ak_3;
        float va_3 = 0.0f;
        if (gm_3 < M && gk_3 < 128L) {
          va_3 = x2[gm_3 * 128 + gk_3];
        }
        As[ak_3 * 64 + am_3] = va_3;
        const int e_3 = lid + 768;
        const int am_4 = e_3 / 16;
        const int ak_4 = e_3 % 16;
        const long gm_4 = m0 + am_4;
        const long gk_4 = k0 + ak_4;
        float va_4 = 0.0f;
        if (gm_4 < M && gk_4 < 128L) {
          va_4 = x2[gm_4 * 128 + gk_4];
        }
        As[ak_4 * 64 + am_4] = va_4;
        const int bk = lid / 64;
        const int bn = lid % 64;
        const long gk_5 = k0 + bk;
        const long gn = n0 + bn;
        float vb = 0.0f;
        if (gk_5 < 128L && gn < 128L) {
          vb = x1[gk_5 * 128 + gn];
        }
        Bs[lid] = vb;
        const int e_4 = lid + 256;
        const int bk_2 = e_4 / 64;
        const int bn_2 = e_4 % 64;
        const long gk_6 = k0 + bk_2;
        const long gn_2 = n0 + bn_2;
        float vb_2 = 0.0f;
        if (gk_6 < 128L && gn_2 < 128L) {
          vb_2 = x1[gk_6 * 128 + gn_2];
        }
        Bs[e_4] = vb_2;
        const int e_5 = lid + 512;
        const int bk_3 = e_5 / 64;
        const int bn_3 = e_5 % 64;
        const long gk_7 = k0 + bk_3;
        const long gn_3 = n0 + bn_3;
        float vb_3 = 0.0f;
        if (gk_7 < 128L && gn_3 < 128L) {
          vb_3 = x1[gk_7 * 128 + gn_3];
        }
        Bs[e_5] = vb_3;
        const int e_6 = lid + 768;
        const int bk_4 = e_6 / 64;
        const int bn_4 = e_6 % 64;
        const long gk_8 = k0 + bk_4;
        const long gn_4 = n0 + bn_4;
        float vb_4 = 0.0f;
        if (gk_8 < 128L && gn_4 < 128L) {
          vb_4 = x1[gk_8 * 128 + gn_4];
        }
        Bs[e_6] = vb_4;
        barrier(CLK_LOCAL_MEM_FENCE);
        for (int kk = 0; kk < 16; kk++) {
          const float a0 = As[kk * 64 + ty];
          const float a1 = As[kk * 64 + ty + 16];
          const float a2 = As[kk * 64 + ty + 32];
          const float a3 = As[kk * 64 + ty + 48];
          const float b0 = Bs[kk * 64 + tx];
          const float b1 = Bs[kk * 64 + tx + 16];
          const float b2 = Bs[kk * 64 + tx + 32];
          const float b3 = Bs[kk * 64 + tx + 48];
          acc00 = fma(a0, b0, acc00);
          acc01 = fma(a0, b1, acc01);
          acc02 = fma(a0, b2, acc02);
          acc03 = fma(a0, b3, acc03);
          acc10 = fma(a1, b0, acc10);
          acc11 = fma(a1, b1, acc11);
          acc12 = fma(a1, b2, acc12);
          acc13 = fma(a1, b3, acc13);
          acc20 = fma(a2, b0, acc20);
          acc21 = fma(a2, b1, acc21);
          acc22 = fma(a2, b2, acc22);
          acc23 = fma(a2, b3, acc23);
          acc30 = fma(a3, b0, acc30);
          acc31 = fma(a3, b1, acc31);
          acc32 = fma(a3, b2, acc32);
          acc33 = fma(a3, b3, acc33);
        }
        barrier(CLK_LOCAL_MEM_FENCE);
      }
      const long om = m0 + ty;
      const long on = n0 + tx;
      if (om < M && on < 128L) {
        const long o = om * 128 + on;
        y0[o] = acc00;
      }
      const long on_2 = n0 + tx + 16;
      if (om < M && on_2 < 128L) {
        const long o_2 = om * 128 + on_2;
        y0[o_2] = acc01;
      }
      const long on_3 = n0 + tx + 32;
      if (om < M && on_3 < 128L) {
        const long o_3 = om * 128 + on_3;
        y0[o_3] = acc02;
      }
      const long on_4 = n0 + tx + 48;
      if (om < M && on_4 < 128L) {
        const long o_4 = om * 128 + on_4;
        y0[o_4] = acc03;
      }
      const long om_2 = m0 + ty + 16;
      const long on_5 = n0 + tx;
      if (om_2 < M && on_5 < 128L) {
        const long o_5 = om_2 * 128 + on_5;
        y0[o_5] = acc10;
      }
      const long on_6 = n0 + tx + 16;
      if (om_2 < M && on_6 < 128L) {
        const long o_6 = om_2 * 128 + on_6;
        y0[o_6] = acc11;
      }
      const long on_7 = n0 + tx + 32;
      if (om_2 < M && on_7 < 128L) {
        const long o_7 = om_2 * 128 + on_7;
        y0[o_7] = acc12;
      }
      const long on_8 = n0 + tx + 48;
      if (om_2 < M && on_8 < 128L) {
        const long o_8 = om_2 * 128 + on_8;
        y0[o_8] = acc13;
      }
      const long om_3 = m0 + ty + 32;
      const long on_9 = n0 + tx;
      if (om_3 < M && on_9 < 128L) {
        const long o_9 = om_3 * 128 + on_9;
        y0[o_9] = acc20;
      }
      const long on_10 = n0 + tx + 16;
      if (om_3 < M && on_10 < 128L) {
        const long o_10 = om_3 * 128 + on_10;
        y0[o_10] = acc21;
      }
      const long on_11 = n0 + tx + 32;
      if (om_3 < M && on_11 < 128L) {
        const long o_11 = om_3 * 128 + on_11;
        y0[o_11] = acc22;
      }
      const long on_12 = n0 + tx + 48;
      if (om_3 < M && on_12 < 128L) {
        const long o_12 = om_3 * 128 + on_12;
        y0[o_12] = acc23;
      }
      const long om_4 = m0 + ty + 48;
      const long on_13 = n0 + tx;
      if (om_4 < M && on_13 < 128L) {
        const long o_13 = om_4 * 128 + on_13;
        y0[o_13] = acc30;
      }
      const long on_14 = n0 + tx + 16;
      if (om_4 < M && on_14 < 128L) {
        const long o_14 = om_4 * 128 + on_14;
        y0[o_14] = acc31;
      }
      const long on_15 = n0 + tx + 32;
      if (om_4 < M && on_15 < 128L) {
        const long o_15 = om_4 * 128 + on_15;
        y0[o_15] = acc32;
      }
      const long on_16 = n0 + tx + 48;
      if (om_4 < M && on_16 < 128L) {
        const long o_16 = om_4 * 128 + on_16;
        y0[o_16] = acc33;
      }
    } else {
      /* sibling 1 */
      const long tl = tile - tiles;
      const long K = (long)d_B * d_T;
      const long rest_2 = tl % 4L;
      const long m0_2 = rest_2 / 2L * 64;
      const long n0_2 = rest_2 % 2L * 64;
      float acc00_2 = 0.0f;
      float acc01_2 = 0.0f;
      float acc02_2 = 0.0f;
      float acc03_2 = 0.0f;
      float acc10_2 = 0.0f;
      float acc11_2 = 0.0f;
      float acc12_2 = 0.0f;
      float acc13_2 = 0.0f;
      float acc20_2 = 0.0f;
      float acc21_2 = 0.0f;
      float acc22_2 = 0.0f;
      float acc23_2 = 0.0f;
      float acc30_2 = 0.0f;
      float acc31_2 = 0.0f;
      float acc32_2 = 0.0f;
      float acc33_2 = 0.0f;
      for (long k0_2 = 0L; k0_2 < K; k0_2 += 16) {
        const int am_5 = lid / 16;
        const int ak_5 = lid % 16;
        const long gm_5 = m0_2 + am_5;
        const long gk_9 = k0_2 + ak_5;
        float va_5 = 0.0f;
        if (gm_5 < 128L && gk_9 < K) {
          const long t0_q = gk_9 * 128L + gm_5;
          const int t0_2 = (int)(t0_q % 128L);
          const long t0_q_2 = t0_q / 128L;
          const int t0_1 = (int)(t0_q_2 % (long)d_T);
          const int t0_0 = (int)(t0_q_2 / (long)d_T);
          va_5 = x0[((long)t0_0 * d_T + t0_1) * 128 + t0_2];
        }
        As[ak_5 * 64 + am_5] = va_5;
        const int e_7 = lid + 256;
        const int am_6 = e_7 / 16;
        const int ak_6 = e_7 % 16;
        const long gm_6 = m0_2 + am_6;
        const long gk_10 = k0_2 + ak_6;
        float va_6 = 0.0f;
        if (gm_6 < 128L && gk_10 < K) {
          const long t1_q = gk_10 * 128L + gm_6;
          const int t1_2 = (int)(t1_q % 128L);
          const long t1_q_2 = t1_q / 128L;
          const int t1_1 = (int)(t1_q_2 % (long)d_T);
          const int t1_0 = (int)(t1_q_2 / (long)d_T);
          va_6 = x0[((long)t1_0 * d_T + t1_1) * 128 + t1_2];
        }
        As[ak_6 * 64 + am_6] = va_6;
        const int e_8 = lid + 512;
        const int am_7 = e_8 / 16;
        const int ak_7 = e_8 % 16;
        const long gm_7 = m0_2 + am_7;
        const long gk_11 = k0_2 + ak_7;
        float va_7 = 0.0f;
        if (gm_7 < 128L && gk_11 < K) {
          const long t2_q = gk_11 * 128L + gm_7;
          const int t2_2 = (int)(t2_q % 128L);
          const long t2_q_2 = t2_q / 128L;
          const int t2_1 = (int)(t2_q_2 % (long)d_T);
          const int t2_0 = (int)(t2_q_2 / (long)d_T);
          va_7 = x0[((long)t2_0 * d_T + t2_1) * 128 + t2_2];
        }
        As[ak_7 * 64 + am_7] = va_7;
        const int e_9 = lid + 768;
        const int am_8 = e_9 / 16;
        const int ak_8 = e_9 % 16;
        const long gm_8 = m0_2 + am_8;
        const long gk_12 = k0_2 + ak_8;
        float va_8 = 0.0f;
        if (gm_8 < 128L && gk_12 < K) {
          const long t3_q = gk_12 * 128L + gm_8;
          const int t3_2 = (int)(t3_q % 128L);
          const long t3_q_2 = t3_q / 128L;
          const int t3_1 = (int)(t3_q_2 % (long)d_T);
          const int t3_0 = (int)(t3_q_2 / (long)d_T);
          va_8 = x0[((long)t3_0 * d_T + t3_1) * 128 + t3_2];
        }
        As[ak_8 * 64 + am_8] = va_8;
        const int bk_5 = lid / 64;
        const int bn_5 = lid % 64;
        const long gk_13 = k0_2 + bk_5;
        const long gn_5 = n0_2 + bn_5;
        float vb_5 = 0.0f;
        if (gk_13 < K && gn_5 < 128L) {
          vb_5 = x2[gk_13 * 128 + gn_5];
        }
        Bs[lid] = vb_5;
        const int e_10 = lid + 256;
        const int bk_6 = e_10 / 64;
        const int bn_6 = e_10 % 64;
        const long gk_14 = k0_2 + bk_6;
        const long gn_6 = n0_2 + bn_6;
        float vb_6 = 0.0f;
        if (gk_14 < K && gn_6 < 128L) {
          vb_6 = x2[gk_14 * 128 + gn_6];
        }
        Bs[e_10] = vb_6;
        const int e_11 = lid + 512;
        const int bk_7 = e_11 / 64;
        const int bn_7 = e_11 % 64;
        const long gk_15 = k0_2 + bk_7;
        const long gn_7 = n0_2 + bn_7;
        float vb_7 = 0.0f;
        if (gk_15 < K && gn_7 < 128L) {
          vb_7 = x2[gk_15 * 128 + gn_7];
        }
        Bs[e_11] = vb_7;
        const int e_12 = lid + 768;
        const int bk_8 = e_12 / 64;
        const int bn_8 = e_12 % 64;
        const long gk_16 = k0_2 + bk_8;
        const long gn_8 = n0_2 + bn_8;
        float vb_8 = 0.0f;
        if (gk_16 < K && gn_8 < 128L) {
          vb_8 = x2[gk_16 * 128 + gn_8];
        }
        Bs[e_12] = vb_8;
        barrier(CLK_LOCAL_MEM_FENCE);
        for (int kk_2 = 0; kk_2 < 16; kk_2++) {
          const float a0_2 = As[kk_2 * 64 + ty];
          const float a1_2 = As[kk_2 * 64 + ty + 16];
          const float a2_2 = As[kk_2 * 64 + ty + 32];
          const float a3_2 = As[kk_2 * 64 + ty + 48];
          const float b0_2 = Bs[kk_2 * 64 + tx];
          const float b1_2 = Bs[kk_2 * 64 + tx + 16];
          const float b2_2 = Bs[kk_2 * 64 + tx + 32];
          const float b3_2 = Bs[kk_2 * 64 + tx + 48];
          acc00_2 = fma(a0_2, b0_2, acc00_2);
          acc01_2 = fma(a0_2, b1_2, acc01_2);
          acc02_2 = fma(a0_2, b2_2, acc02_2);
          acc03_2 = fma(a0_2, b3_2, acc03_2);
          acc10_2 = fma(a1_2, b0_2, acc10_2);
          acc11_2 = fma(a1_2, b1_2, acc11_2);
          acc12_2 = fma(a1_2, b2_2, acc12_2);
          acc13_2 = fma(a1_2, b3_2, acc13_2);
          acc20_2 = fma(a2_2, b0_2, acc20_2);
          acc21_2 = fma(a2_2, b1_2, acc21_2);
          acc22_2 = fma(a2_2, b2_2, acc22_2);
          acc23_2 = fma(a2_2, b3_2, acc23_2);
          acc30_2 = fma(a3_2, b0_2, acc30_2);
          acc31_2 = fma(a3_2, b1_2, acc31_2);
          acc32_2 = fma(a3_2, b2_2, acc32_2);
          acc33_2 = fma(a3_2, b3_2, acc33_2);
        }
        barrier(CLK_LOCAL_MEM_FENCE);
      }
      const long om_5 = m0_2 + ty;
      const long on_17 = n0_2 + tx;
      if (om_5 < 128L && on_17 < 128L) {
        const long o_17 = om_5 * 128 + on_17;
        y1[o_17] = acc00_2;
      }
      const long on_18 = n0_2 + tx + 16;
      if (om_5 < 128L && on_18 < 128L) {
        const long o_18 = om_5 * 128 + on_18;
        y1[o_18] = acc01_2;
      }
      const long on_19 = n0_2 + tx + 32;
      if (om_5 < 128L && on_19 < 128L) {
        const long o_19 = om_5 * 128 + on_19;
        y1[o_19] = acc02_2;
      }
      const long on_20 = n0_2 + tx + 48;
      if (om_5 < 128L && on_20 < 128L) {
        const long o_20 = om_5 * 128 + on_20;
        y1[o_20] = acc03_2;
      }
      const long om_6 = m0_2 + ty + 16;
      const long on_21 = n0_2 + tx;
      if (om_6 < 128L && on_21 < 128L) {
        const long o_21 = om_6 * 128 + on_21;
        y1[o_21] = acc10_2;
      }
      const long on_22 = n0_2 + tx + 16;
      if (om_6 < 128L && on_22 < 128L) {
        const long o_22 = om_6 * 128 + on_22;
        y1[o_22] = acc11_2;
      }
      const long on_23 = n0_2 + tx + 32;
      if (om_6 < 128L && on_23 < 128L) {
        const long o_23 = om_6 * 128 + on_23;
        y1[o_23] = acc12_2;
      }
      const long on_24 = n0_2 + tx + 48;
      if (om_6 < 128L && on_24 < 128L) {
        const long o_24 = om_6 * 128 + on_24;
        y1[o_24] = acc13_2;
      }
      const long om_7 = m0_2 + ty + 32;
      const long on_25 = n0_2 + tx;
      if (om_7 < 128L && on_25 < 128L) {
        const long o_25 = om_7 * 128 + on_25;
        y1[o_25] = acc20_2;
      }
      const long on_26 = n0_2 + tx + 16;
      if (om_7 < 128L && on_26 < 128L) {
        const long o_26 = om_7 * 128 + on_26;
        y1[o_26] = acc21_2;
      }
      const long on_27 = n0_2 + tx + 32;
      if (om_7 < 128L && on_27 < 128L) {
        const long o_27 = om_7 * 128 + on_27;
        y1[o_27] = acc22_2;
      }
      const long on_28 = n0_2 + tx + 48;
      if (om_7 < 128L && on_28 < 128L) {
        const long o_28 = om_7 * 128 + on_28;
        y1[o_28] = acc23_2;
      }
      const long om_8 = m0_2 + ty + 48;
      const long on_29 = n0_2 + tx;
      if (om_8 < 128L && on_29 < 128L) {
        const long o_29 = om_8 * 128 + on_29;
        y1[o_29] = acc30_2;
      }
      const long on_30 = n0_2 + tx + 16;
      if (om_8 < 128L && on_30 < 128L) {
        const long o_30 = om_8 * 128 + on_30;
        y1[o_30] = acc31_2;
      }
      const long on_31 = n0_2 + tx + 32;
      if (om_8 < 128L && on_31 < 128L) {
        const long o_31 = om_8 * 128 + on_31;
        y1[o_31] = acc32_2;
      }
      const long on_32 = n0_2 + tx + 48;
      if (om_8 < 128L && on_32 < 128L) {
        const long o_32 = om_8 * 128 + on_32;
        y1[o_32] = acc33_2;
      }
    }
  }
}
