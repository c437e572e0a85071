#ifndef LLMC_PRELUDE
#define LLMC_PRELUDE
typedef unsigned long long llmc_u64;
typedef unsigned int llmc_u32;
typedef unsigned short llmc_u16;
#define LLMC_FN static __device__ __forceinline__
#define LLMC_U64(c) c##ULL
#define LLMC_AS_FLOAT(u) __uint_as_float(u)
#define LLMC_AS_UINT(f) __float_as_uint(f)
#endif

/* k109_matmul (matmul_ac33acd248de): 5 IR nodes, tiled: 64x64 outputs per work group of 256 work items
 *   %3 = reshape %0 : f32[B*T, 16]   ($SRC/stdlib/nn.llm:65)
 *   %96 = permute %3 perm=[1, 0] : f32[16, B*T]   ($SRC/stdlib/nn.llm:65)
 *   %98 = matmul %96, %97 : f32[16, 16]   ($SRC/stdlib/nn.llm:65)
 *   %104 = matmul %96, %103 : f32[16, 16]   ($SRC/stdlib/nn.llm:65)
 *   %109 = matmul %96, %108 : f32[16, 16]   ($SRC/stdlib/nn.llm:65)
 * arguments: x0 = %0; x1 = %97; x2 = %103; x3 = %108; y0 = %98; y1 = %104; y2 = %109; d_B = B; d_T = T
 */
extern "C" __global__ void matmul_ac33acd248de(const float *__restrict__ x0, const float *__restrict__ x1, const float *__restrict__ x2,
    const float *__restrict__ x3, float *__restrict__ y0, float *__restrict__ y1,
    float *__restrict__ y2, int d_B, int d_T) {
  __shared__ float As[1024];
  __shared__ float Bs[1024];
  const int lid = (int)threadIdx.x;
  const int tx = lid % 16;
  const int ty = lid / 16;
  for (long long tile = (long long)blockIdx.x; tile < 3LL; tile += 3LL) {
    /* sibling 0 */
    if (tile < 1LL) {
      const long long K = (long long)d_B * d_T;
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
      for (long long k0 = 0LL; k0 < K; k0 += 16) {
        const int am = lid / 16;
        const int ak = lid % 16;
        const long long gm = (long long)am;
        const long long gk = k0 + ak;
        float va = 0.0f;
        if (gm < 16LL && gk < K) {
          const long long t0_q = gk * 16LL + gm;
          const int t0_2 = (int)(t0_q % 16LL);
          const long long t0_q_2 = t0_q / 16LL;
          const int t0_1 = (int)(t0_q_2 % (long long)d_T);
          const int t0_0 = (int)(t0_q_2 / (long long)d_T);
          const float v0 = x0[((long long)t0_0 * d_T + t0_1) * 16 + t0_2];
          va = v0;
        }
        As[ak * 64 + am] = va;
        const int e = lid + 256;
        const int am_2 = e / 16;
        const int ak_2 = e % 16;
        const long long gm_2 = (long long)am_2;
        const long long gk_2 = k0 + ak_2;
        float va_2 = 0.0f;
        if (gm_2 < 16LL && gk_2 < K) {
          const long long t1_q = gk_2 * 16LL + gm_2;
          const int t1_2 = (int)(t1_q % 16LL);
          const long long t1_q_2 = t1_q / 16LL;
          const int t1_1 = (int)(t1_q_2 % (long long)d_T);
          const int t1_0 = (int)(t1_q_2 / (long long)d_T);
          const float v0_2 = x0[((long long)t1_0 * d_T + t1_1) * 16 + t1_2];
          va_2 = v0_2;
        }
        As[ak_2 * 64 + am_2] = va_2;
        const int e_2 = lid + 512;
        const int am_3 = e_2 / 16;
        const int ak_3 = e_2 % 16;
        const long long gm_3 = (long long)am_3;
        const long long gk_3 = k0 + ak_3;
        float va_3 = 0.0f;
        if (gm_3 < 16LL && gk_3 < K) {
          const long long t2_q = gk_3 * 16LL + gm_3;
          const int t2_2 = (int)(t2_q % 16LL);
          const long long t2_q_2 = t2_q / 16LL;
          const int t2_1 = (int)(t2_q_2 % (long long)d_T);
          const int t2_0 = (int)(t2_q_2 / (long long)d_T);
          const float v0_3 = x0[((long long)t2_0 * d_T + t2_1) * 16 + t2_2];
          va_3 = v0_3;
        }
        As[ak_3 * 64 + am_3] = va_3;
        const int e_3 = lid + 768;
        const int am_4 = e_3 / 16;
        const int ak_4 = e_3 % 16;
        const long long gm_4 = (long long)am_4;
        const long long gk_4 = k0 + ak_4;
        float va_4 = 0.0f;
        if (gm_4 < 16LL && gk_4 < K) {
          const long long t3_q = gk_4 * 16LL + gm_4;
          const int t3_2 = (int)(t3_q % 16LL);
          const long long t3_q_2 = t3_q / 16LL;
          const int t3_1 = (int)(t3_q_2 % (long long)d_T);
          const int t3_0 = (int)(t3_q_2 / (long long)d_T);
          const float v0_4 = x0[((long long)t3_0 * d_T + t3_1) * 16 + t3_2];
          va_4 = v0_4;
        }
        As[ak_4 * 64 + am_4] = va_4;
        const int bk = lid / 64;
        const int bn = lid % 64;
        const long long gk_5 = k0 + bk;
        const long long gn = (long long)bn;
        float vb = 0.0f;
        if (gk_5 < K && gn < 16LL) {
          vb = x1[gk_5 * 16 + gn];
        }
        Bs[lid] = vb;
        const int e_4 = lid + 256;
        const int bk_2 = e_4 / 64;
        const int bn_2 = e_4 % 64;
        const long long gk_6 = k0 + bk_2;
        const long long gn_2 = (long long)bn_2;
        float vb_2 = 0.0f;
        if (gk_6 < K && gn_2 < 16LL) {
          vb_2 = x1[gk_6 * 16 + gn_2];
        }
        Bs[e_4] = vb_2;
        const int e_5 = lid + 512;
        const int bk_3 = e_5 / 64;
        const int bn_3 = e_5 % 64;
        const long long gk_7 = k0 + bk_3;
        const long long gn_3 = (long long)bn_3;
        float vb_3 = 0.0f;
        if (gk_7 < K && gn_3 < 16LL) {
          vb_3 = x1[gk_7 * 16 + gn_3];
        }
        Bs[e_5] = vb_3;
        const int e_6 = lid + 768;
        const int bk_4 = e_6 / 64;
        const int bn_4 = e_6 % 64;
        const long long gk_8 = k0 + bk_4;
        const long long gn_4 = (long long)bn_4;
        float vb_4 = 0.0f;
        if (gk_8 < K && gn_4 < 16LL) {
          vb_4 = x1[gk_8 * 16 + gn_4];
        }
        Bs[e_6] = vb_4;
        __syncthreads();
        for (int kk = 0; kk < 16; kk++) {
          const float a0 = As[kk * 64 + ty];
          const float a1 = As[kk * 64 + ty + 16];
          const float a2 = As[kk * 64 + ty + 32];
          const float a3 = As[kk * 64 + ty + 48];
          const float b0 = Bs[kk * 64 + tx];
          const float b1 = Bs[kk * 64 + tx + 16];
          const float b2 = Bs[kk * 64 + tx + 32];
          const float b3 = Bs[kk * 64 + tx + 48];
          acc00 = fmaf(a0, b0, acc00);
          acc01 = fmaf(a0, b1, acc01);
          acc02 = fmaf(a0, b2, acc02);
          acc03 = fmaf(a0, b3, acc03);
          acc10 = fmaf(a1, b0, acc10);
          acc11 = fmaf(a1, b1, acc11);
          acc12 = fmaf(a1, b2, acc12);
          acc13 = fmaf(a1, b3, acc13);
          acc20 = fmaf(a2, b0, acc20);
          acc21 = fmaf(a2, b1, acc21);
          acc22 = fmaf(a2, b2, acc22);
          acc23 = fmaf(a2, b3, acc23);
          acc30 = fmaf(a3, b0, acc30);
          acc31 = fmaf(a3, b1, acc31);
          acc32 = fmaf(a3, b2, acc32);
          acc33 = fmaf(a3, b3, acc33);
        }
        __syncthreads();
      }
      const long long om = (long long)ty;
      const long long on = (long long)tx;
      if (om < 16LL && on < 16LL) {
        const long long o = om * 16 + on;
        y0[o] = acc00;
      }
      const long long on_2 = (long long)tx + 16;
      if (om < 16LL && on_2 < 16LL) {
        const long long o_2 = om * 16 + on_2;
        y0[o_2] = acc01;
      }
      const long long on_3 = (long long)tx + 32;
      if (om < 16LL && on_3 < 16LL) {
        const long long o_3 = om * 16 + on_3;
        y0[o_3] = acc02;
      }
      const long long on_4 = (long long)tx + 48;
      if (om < 16LL && on_4 < 16LL) {
        const long long o_4 = om * 16 + on_4;
        y0[o_4] = acc03;
      }
      const long long om_2 = (long long)ty + 16;
      const long long on_5 = (long long)tx;
      if (om_2 < 16LL && on_5 < 16LL) {
        const long long o_5 = om_2 * 16 + on_5;
        y0[o_5] = acc10;
      }
      const long long on_6 = (long long)tx + 16;
      if (om_2 < 16LL && on_6 < 16LL) {
        const long long o_6 = om_2 * 16 + on_6;
        y0[o_6] = acc11;
      }
      const long long on_7 = (long long)tx + 32;
      if (om_2 < 16LL && on_7 < 16LL) {
        const long long o_7 = om_2 * 16 + on_7;
        y0[o_7] = acc12;
      }
      const long long on_8 = (long long)tx + 48;
      if (om_2 < 16LL && on_8 < 16LL) {
        const long long o_8 = om_2 * 16 + on_8;
        y0[o_8] = acc13;
      }
      const long long om_3 = (long long)ty + 32;
      const long long on_9 = (long long)tx;
      if (om_3 < 16LL && on_9 < 16LL) {
        const long long o_9 = om_3 * 16 + on_9;
        y0[o_9] = acc20;
      }
      const long long on_10 = (long long)tx + 16;
      if (om_3 < 16LL && on_10 < 16LL) {
        const long long o_10 = om_3 * 16 + on_10;
        y0[o_10] = acc21;
      }
      const long long on_11 = (long long)tx + 32;
      if (om_3 < 16LL && on_11 < 16LL) {
        const long long o_11 = om_3 * 16 + on_11;
        y0[o_11] = acc22;
      }
      const long long on_12 = (long long)tx + 48;
      if (om_3 < 16LL && on_12 < 16LL) {
        const long long o_12 = om_3 * 16 + on_12;
        y0[o_12] = acc23;
      }
      const long long om_4 = (long long)ty + 48;
      const long long on_13 = (long long)tx;
      if (om_4 < 16LL && on_13 < 16LL) {
        const long long o_13 = om_4 * 16 + on_13;
        y0[o_13] = acc30;
      }
      const long long on_14 = (long long)tx + 16;
      if (om_4 < 16LL && on_14 < 16LL) {
        const long long o_14 = om_4 * 16 + on_14;
        y0[o_14] = acc31;
      }
      const long long on_15 = (long long)tx + 32;
      if (om_4 < 16LL && on_15 < 16LL) {
        const long long o_15 = om_4 * 16 + on_15;
        y0[o_15] = acc32;
      }
      const long long on_16 = (long long)tx + 48;
      if (om_4 < 16LL && on_16 < 16LL) {
        const long long o_16 = om_4 * 16 + on_16;
        y0[o_16] = acc33;
      }
    } else {
      /* sibling 1 */
      if (tile < 2LL) {
        const long long K_2 = (long long)d_B * d_T;
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
        for (long long k0_2 = 0LL; k0_2 < K_2; k0_2 += 16) {
          const int am_5 = lid / 16;
          const int ak_5 = lid % 16;
          const long long gm_5 = (long long)am_5;
          const long long gk_9 = k0_2 + ak_5;
          float va_5 = 0.0f;
          if (gm_5 < 16LL && gk_9 < K_2) {
            const long long t4_q = gk_9 * 16LL + gm_5;
            const int t4_2 = (int)(t4_q % 16LL);
            const long long t4_q_2 = t4_q / 16LL;
            const int t4_1 = (int)(t4_q_2 % (long long)d_T);
            const int t4_0 = (int)(t4_q_2 / (long long)d_T);
            const float v0_5 = x0[((long long)t4_0 * d_T + t4_1) * 16 + t4_2];
            va_5 = v0_5;
          }
          As[ak_5 * 64 + am_5] = va_5;
          const int e_7 = lid + 256;
          const int am_6 = e_7 / 16;
          const int ak_6 = e_7 % 16;
          const long long gm_6 = (long long)am_6;
          const long long gk_10 = k0_2 + ak_6;
          float va_6 = 0.0f;
          if (gm_6 < 16LL && gk_10 < K_2) {
            const long long t5_q = gk_10 * 16LL + gm_6;
            const int t5_2 = (int)(t5_q % 16LL);
            const long long t5_q_2 = t5_q / 16LL;
            const int t5_1 = (int)(t5_q_2 % (long long)d_T);
            const int t5_0 = (int)(t5_q_2 / (long long)d_T);
            const float v0_6 = x0[((long long)t5_0 * d_T + t5_1) * 16 + t5_2];
            va_6 = v0_6;
          }
          As[ak_6 * 64 + am_6] = va_6;
          const int e_8 = lid + 512;
          const int am_7 = e_8 / 16;
          const int ak_7 = e_8 % 16;
          const long long gm_7 = (long long)am_7;
          const long long gk_11 = k0_2 + ak_7;
          float va_7 = 0.0f;
          if (gm_7 < 16LL && gk_11 < K_2) {
            const long long t6_q = gk_11 * 16LL + gm_7;
            const int t6_2 = (int)(t6_q % 16LL);
            const long long t6_q_2 = t6_q / 16LL;
            const int t6_1 = (int)(t6_q_2 % (long long)d_T);
            const int t6_0 = (int)(t6_q_2 / (long long)d_T);
            const float v0_7 = x0[((long long)t6_0 * d_T + t6_1) * 16 + t6_2];
            va_7 = v0_7;
          }
          As[ak_7 * 64 + am_7] = va_7;
          const int e_9 = lid + 768;
          const int am_8 = e_9 / 16;
          const int ak_8 = e_9 % 16;
          const long long gm_8 = (long long)am_8;
          const long long gk_12 = k0_2 + ak_8;
          float va_8 = 0.0f;
          if (gm_8 < 16LL && gk_12 < K_2) {
            const long long t7_q = gk_12 * 16LL + gm_8;
            const int t7_2 = (int)(t7_q % 16LL);
            const long long t7_q_2 = t7_q / 16LL;
            const int t7_1 = (int)(t7_q_2 % (long long)d_T);
            const int t7_0 = (int)(t7_q_2 / (long long)d_T);
            const float v0_8 = x0[((long long)t7_0 * d_T + t7_1) * 16 + t7_2];
            va_8 = v0_8;
          }
          As[ak_8 * 64 + am_8] = va_8;
          const int bk_5 = lid / 64;
          const int bn_5 = lid % 64;
          const long long gk_13 = k0_2 + bk_5;
          const long long gn_5 = (long long)bn_5;
          float vb_5 = 0.0f;
          if (gk_13 < K_2 && gn_5 < 16LL) {
            vb_5 = x2[gk_13 * 16 + gn_5];
          }
          Bs[lid] = vb_5;
          const int e_10 = lid + 256;
          const int bk_6 = e_10 / 64;
          const int bn_6 = e_10 % 64;
          const long long gk_14 = k0_2 + bk_6;
          const long long gn_6 = (long long)bn_6;
          float vb_6 = 0.0f;
          if (gk_14 < K_2 && gn_6 < 16LL) {
            vb_6 = x2[gk_14 * 16 + gn_6];
          }
          Bs[e_10] = vb_6;
          const int e_11 = lid + 512;
          const int bk_7 = e_11 / 64;
          const int bn_7 = e_11 % 64;
          const long long gk_15 = k0_2 + bk_7;
          const long long gn_7 = (long long)bn_7;
          float vb_7 = 0.0f;
          if (gk_15 < K_2 && gn_7 < 16LL) {
            vb_7 = x2[gk_15 * 16 + gn_7];
          }
          Bs[e_11] = vb_7;
          const int e_12 = lid + 768;
          const int bk_8 = e_12 / 64;
          const int bn_8 = e_12 % 64;
          const long long gk_16 = k0_2 + bk_8;
          const long long gn_8 = (long long)bn_8;
          float vb_8 = 0.0f;
          if (gk_16 < K_2 && gn_8 < 16LL) {
            vb_8 = x2[gk_16 * 16 + gn_8];
          }
          Bs[e_12] = vb_8;
          __syncthreads();
          for (int kk_2 = 0; kk_2 < 16; kk_2++) {
            const float a0_2 = As[kk_2 * 64 + ty];
            const float a1_2 = As[kk_2 * 64 + ty + 16];
            const float a2_2 = As[kk_2 * 64 + ty + 32];
            const float a3_2 = As[kk_2 * 64 + ty + 48];
            const float b0_2 = Bs[kk_2 * 64 + tx];
            const float b1_2 = Bs[kk_2 * 64 + tx + 16];
            const float b2_2 = Bs[kk_2 * 64 + tx + 32];
            const float b3_2 = Bs[kk_2 * 64 + tx + 48];
            acc00_2 = fmaf(a0_2, b0_2, acc00_2);
            acc01_2 = fmaf(a0_2, b1_2, acc01_2);
            acc02_2 = fmaf(a0_2, b2_2, acc02_2);
            acc03_2 = fmaf(a0_2, b3_2, acc03_2);
            acc10_2 = fmaf(a1_2, b0_2, acc10_2);
            acc11_2 = fmaf(a1_2, b1_2, acc11_2);
            acc12_2 = fmaf(a1_2, b2_2, acc12_2);
            acc13_2 = fmaf(a1_2, b3_2, acc13_2);
            acc20_2 = fmaf(a2_2, b0_2, acc20_2);
            acc21_2 = fmaf(a2_2, b1_2, acc21_2);
            acc22_2 = fmaf(a2_2, b2_2, acc22_2);
            acc23_2 = fmaf(a2_2, b3_2, acc23_2);
            acc30_2 = fmaf(a3_2, b0_2, acc30_2);
            acc31_2 = fmaf(a3_2, b1_2, acc31_2);
            acc32_2 = fmaf(a3_2, b2_2, acc32_2);
            acc33_2 = fmaf(a3_2, b3_2, acc33_2);
          }
          __syncthreads();
        }
        const long long om_5 = (long long)ty;
        const long long on_17 = (long long)tx;
        if (om_5 < 16LL && on_17 < 16LL) {
          const long long o_17 = om_5 * 16 + on_17;
          y1[o_17] = acc00_2;
        }
        const long long on_18 = (long long)tx + 16;
        if (om_5 < 16LL && on_18 < 16LL) {
          const long long o_18 = om_5 * 16 + on_18;
          y1[o_18] = acc01_2;
        }
        const long long on_19 = (long long)tx + 32;
        if (om_5 < 16LL && on_19 < 16LL) {
          const long long o_19 = om_5 * 16 + on_19;
          y1[o_19] = acc02_2;
        }
        const long long on_20 = (long long)tx + 48;
        if (om_5 < 16LL && on_20 < 16LL) {
          const long long o_20 = om_5 * 16 + on_20;
          y1[o_20] = acc03_2;
        }
        const long long om_6 = (long long)ty + 16;
        const long long on_21 = (long long)tx;
        if (om_6 < 16LL && on_21 < 16LL) {
          const long long o_21 = om_6 * 16 + on_21;
          y1[o_21] = acc10_2;
        }
        const long long on_22 = (long long)tx + 16;
        if (om_6 < 16LL && on_22 < 16LL) {
          const long long o_22 = om_6 * 16 + on_22;
          y1[o_22] = acc11_2;
        }
        const long long on_23 = (long long)tx + 32;
        if (om_6 < 16LL && on_23 < 16LL) {
          const long long o_23 = om_6 * 16 + on_23;
          y1[o_23] = acc12_2;
        }
        const long long on_24 = (long long)tx + 48;
        if (om_6 < 16LL && on_24 < 16LL) {
          const long long o_24 = om_6 * 16 + on_24;
          y1[o_24] = acc13_2;
        }
        const long long om_7 = (long long)ty + 32;
        const long long on_25 = (long long)tx;
        if (om_7 < 16LL && on_25 < 16LL) {
          const long long o_25 = om_7 * 16 + on_25;
          y1[o_25] = acc20_2;
        }
        const long long on_26 = (long long)tx + 16;
        if (om_7 < 16LL && on_26 < 16LL) {
          const long long o_26 = om_7 * 16 + on_26;
          y1[o_26] = acc21_2;
        }
        const long long on_27 = (long long)tx + 32;
        if (om_7 < 16LL && on_27 < 16LL) {
          const long long o_27 = om_7 * 16 + on_27;
          y1[o_27] = acc22_2;
        }
        const long long on_28 = (long long)tx + 48;
        if (om_7 < 16LL && on_28 < 16LL) {
          const long long o_28 = om_7 * 16 + on_28;
          y1[o_28] = acc23_2;
        }
        const long long om_8 = (long long)ty + 48;
        const long long on_29 = (long long)tx;
        if (om_8 < 16LL && on_29 < 16LL) {
          const long long o_29 = om_8 * 16 + on_29;
          y1[o_29] = acc30_2;
        }
        const long long on_30 = (long long)tx + 16;
        if (om_8 < 16LL && on_30 < 16LL) {
          const long long o_30 = om_8 * 16 + on_30;
          y1[o_30] = acc31_2;
        }
        const long long on_31 = (long long)tx + 32;
        if (om_8 < 16LL && on_31 < 16LL) {
          const long long o_31 = om_8 * 16 + on_31;
          y1[o_31] = acc32_2;
        }
        const long long on_32 = (long long)tx + 48;
        if (om_8 < 16LL && on_32 < 16LL) {
          const long long o_32 = om_8 * 16 + on_32;
          y1[o_32] = acc33_2;
        }
      } else {
        /* sibling 2 */
        const long long K_3 = (long long)d_B * d_T;
        float acc00_3 = 0.0f;
        float acc01_3 = 0.0f;
        float acc02_3 = 0.0f;
        float acc03_3 = 0.0f;
        float acc10_3 = 0.0f;
        float acc11_3 = 0.0f;
        float acc12_3 = 0.0f;
        float acc13_3 = 0.0f;
        float acc20_3 = 0.0f;
        float acc21_3 = 0.0f;
        float acc22_3 = 0.0f;
        float acc23_3 = 0.0f;
        float acc30_3 = 0.0f;
        float acc31_3 = 0.0f;
        float acc32_3 = 0.0f;
        float acc33_3 = 0.0f;
        for (long long k0_3 = 0LL; k0_3 < K_3; k0_3 += 16) {
          const int am_9 = lid / 16;
          const int ak_9 = lid % 16;
          const long long gm_9 = (long long)am_9;
          const long long gk_17 = k0_3 + ak_9;
          float va_9 = 0.0f;
          if (gm_9 < 16LL && gk_17 < K_3) {
            const long long t8_q = gk_17 * 16LL + gm_9;
            const int t8_2 = (int)(t8_q % 16LL);
            const long long t8_q_2 = t8_q / 16LL;
            const int t8_1 = (int)(t8_q_2 % (long long)d_T);
            const int t8_0 = (int)(t8_q_2 / (long long)d_T);
            const float v0_9 = x0[((long long)t8_0 * d_T + t8_1) * 16 + t8_2];
            va_9 = v0_9;
          }
          As[ak_9 * 64 + am_9] = va_9;
          const int e_13 = lid + 256;
          const int am_10 = e_13 / 16;
          const int ak_10 = e_13 % 16;
          const long long gm_10 = (long long)am_10;
          const long long gk_18 = k0_3 + ak_10;
          float va_10 = 0.0f;
          if (gm_10 < 16LL && gk_18 < K_3) {
            const long long t9_q = gk_18 * 16LL + gm_10;
            const int t9_2 = (int)(t9_q % 16LL);
            const long long t9_q_2 = t9_q / 16LL;
            const int t9_1 = (int)(t9_q_2 % (long long)d_T);
            const int t9_0 = (int)(t9_q_2 / (long long)d_T);
            const float v0_10 = x0[((long long)t9_0 * d_T + t9_1) * 16 + t9_2];
            va_10 = v0_10;
          }
          As[ak_10 * 64 + am_10] = va_10;
          const int e_14 = lid + 512;
          const int am_11 = e_14 / 16;
          const int ak_11 = e_14 % 16;
          const long long gm_11 = (long long)am_11;
          const long long gk_19 = k0_3 + ak_11;
          float va_11 = 0.0f;
          if (gm_11 < 16LL && gk_19 < K_3) {
            const long long t10_q = gk_19 * 16LL + gm_11;
            const int t10_2 = (int)(t10_q % 16LL);
            const long long t10_q_2 = t10_q / 16LL;
            const int t10_1 = (int)(t10_q_2 % (long long)d_T);
            const int t10_0 = (int)(t10_q_2 / (long long)d_T);
            const float v0_11 = x0[((long long)t10_0 * d_T + t10_1) * 16 + t10_2];
            va_11 = v0_11;
          }
          As[ak_11 * 64 + am_11] = va_11;
          const int e_15 = lid + 768;
          const int am_12 = e_15 / 16;
          const int ak_12 = e_15 % 16;
          const long long gm_12 = (long long)am_12;
          const long long gk_20 = k0_3 + ak_12;
          float va_12 = 0.0f;
          if (gm_12 < 16LL && gk_20 < K_3) {
            const long long t11_q = gk_20 * 16LL + gm_12;
            const int t11_2 = (int)(t11_q % 16LL);
            const long long t11_q_2 = t11_q / 16LL;
            const int t11_1 = (int)(t11_q_2 % (long long)d_T);
            const int t11_0 = (int)(t11_q_2 / (long long)d_T);
            const float v0_12 = x0[((long long)t11_0 * d_T + t11_1) * 16 + t11_2];
            va_12 = v0_12;
          }
          As[ak_12 * 64 + am_12] = va_12;
          const int bk_9 = lid / 64;
          const int bn_9 = lid % 64;
          const long long gk_21 = k0_3 + bk_9;
          const long long gn_9 = (long long)bn_9;
          float vb_9 = 0.0f;
          if (gk_21 < K_3 && gn_9 < 16LL) {
            vb_9 = x3[gk_21 * 16 + gn_9];
          }
          Bs[lid] = vb_9;
          const int e_16 = lid + 256;
          const int bk_10 = e_16 / 64;
          const int bn_10 = e_16 % 64;
          const long long gk_22 = k0_3 + bk_10;
          const long long gn_10 = (long long)bn_10;
          float vb_10 = 0.0f;
          if (gk_22 < K_3 && gn_10 < 16LL) {
            vb_10 = x3[gk_22 * 16 + gn_10];
          }
          Bs[e_16] = vb_10;
          const int e_17 = lid + 512;
          const int bk_11 = e_17 / 64;
          const int bn_11 = e_17 % 64;
          const long long gk_23 = k0_3 + bk_11;
          const long long gn_11 = (long long)bn_11;
          float vb_11 = 0.0f;
          if (gk_23 < K_3 && gn_11 < 16LL) {
            vb_11 = x3[gk_23 * 16 + gn_11];
          }
          Bs[e_17] = vb_11;
          const int e_18 = lid + 768;
          const int bk_12 = e_18 / 64;
          const int bn_12 = e_18 % 64;
          const long long gk_24 = k0_3 + bk_12;
          const long long gn_12 = (long long)bn_12;
          float vb_12 = 0.0f;
          if (gk_24 < K_3 && gn_12 < 16LL) {
            vb_12 = x3[gk_24 * 16 + gn_12];
          }
          Bs[e_18] = vb_12;
          __syncthreads();
          for (int kk_3 = 0; kk_3 < 16; kk_3++) {
            const float a0_3 = As[kk_3 * 64 + ty];
            const float a1_3 = As[kk_3 * 64 + ty + 16];
            const float a2_3 = As[kk_3 * 64 + ty + 32];
            const float a3_3 = As[kk_3 * 64 + ty + 48];
            const float b0_3 = Bs[kk_3 * 64 + tx];
            const float b1_3 = Bs[kk_3 * 64 + tx + 16];
            const float b2_3 = Bs[kk_3 * 64 + tx + 32];
            const float b3_3 = Bs[kk_3 * 64 + tx + 48];
            acc00_3 = fmaf(a0_3, b0_3, acc00_3);
            acc01_3 = fmaf(a0_3, b1_3, acc01_3);
            acc02_3 = fmaf(a0_3, b2_3, acc02_3);
            acc03_3 = fmaf(a0_3, b3_3, acc03_3);
            acc10_3 = fmaf(a1_3, b0_3, acc10_3);
            acc11_3 = fmaf(a1_3, b1_3, acc11_3);
            acc12_3 = fmaf(a1_3, b2_3, acc12_3);
            acc13_3 = fmaf(a1_3, b3_3, acc13_3);
            acc20_3 = fmaf(a2_3, b0_3, acc20_3);
            acc21_3 = fmaf(a2_3, b1_3, acc21_3);
            acc22_3 = fmaf(a2_3, b2_3, acc22_3);
            acc23_3 = fmaf(a2_3, b3_3, acc23_3);
            acc30_3 = fmaf(a3_3, b0_3, acc30_3);
            acc31_3 = fmaf(a3_3, b1_3, acc31_3);
            acc32_3 = fmaf(a3_3, b2_3, acc32_3);
            acc33_3 = fmaf(a3_3, b3_3, acc33_3);
          }
          __syncthreads();
        }
        const long long om_9 = (long long)ty;
        const long long on_33 = (long long)tx;
        if (om_9 < 16LL && on_33 < 16LL) {
          const long long o_33 = om_9 * 16 + on_33;
          y2[o_33] = acc00_3;
        }
        const long long on_34 = (long long)tx + 16;
        if (om_9 < 16LL && on_34 < 16LL) {
          const long long o_34 = om_9 * 16 + on_34;
          y2[o_34] = acc01_3;
        }
        const long long on_35 = (long long)tx + 32;
        if (om_9 < 16LL && on_35 < 16LL) {
          const long long o_35 = om_9 * 16 + on_35;
          y2[o_35] = acc02_3;
        }
        const long long on_36 = (long long)tx + 48;
        if (om_9 < 16LL && on_36 < 16LL) {
          const long long o_36 = om_9 * 16 + on_36;
          y2[o_36] = acc03_3;
        }
        const long long om_10 = (long long)ty + 16;
        const long long on_37 = (long long)tx;
        if (om_10 < 16LL && on_37 < 16LL) {
          const long long o_37 = om_10 * 16 + on_37;
          y2[o_37] = acc10_3;
        }
        const long long on_38 = (long long)tx + 16;
        if (om_10 < 16LL && on_38 < 16LL) {
          const long long o_38 = om_10 * 16 + on_38;
          y2[o_38] = acc11_3;
        }
        const long long on_39 = (long long)tx + 32;
        if (om_10 < 16LL && on_39 < 16LL) {
          const long long o_39 = om_10 * 16 + on_39;
          y2[o_39] = acc12_3;
        }
        const long long on_40 = (long long)tx + 48;
        if (om_10 < 16LL && on_40 < 16LL) {
          const long long o_40 = om_10 * 16 + on_40;
          y2[o_40] = acc13_3;
        }
        const long long om_11 = (long long)ty + 32;
        const long long on_41 = (long long)tx;
        if (om_11 < 16LL && on_41 < 16LL) {
          const long long o_41 = om_11 * 16 + on_41;
          y2[o_41] = acc20_3;
        }
        const long long on_42 = (long long)tx + 16;
        if (om_11 < 16LL && on_42 < 16LL) {
          const long long o_42 = om_11 * 16 + on_42;
          y2[o_42] = acc21_3;
        }
        const long long on_43 = (long long)tx + 32;
        if (om_11 < 16LL && on_43 < 16LL) {
          const long long o_43 = om_11 * 16 + on_43;
          y2[o_43] = acc22_3;
        }
        const long long on_44 = (long long)tx + 48;
        if (om_11 < 16LL && on_44 < 16LL) {
          const long long o_44 = om_11 * 16 + on_44;
          y2[o_44] = acc23_3;
        }
        const long long om_12 = (long long)ty + 48;
        const long long on_45 = (long long)tx;
        if (om_12 < 16LL && on_45 < 16LL) {
          const long long o_45 = om_12 * 16 + on_45;
          y2[o_45] = acc30_3;
        }
        const long long on_46 = (long long)tx + 16;
        if (om_12 < 16LL && on_46 < 16LL) {
          const long long o_46 = om_12 * 16 + on_46;
          y2[o_46] = acc31_3;
        }
        const long long on_47 = (long long)tx + 32;
        if (om_12 < 16LL && on_47 < 16LL) {
          const long long o_47 = om_12 * 16 + on_47;
          y2[o_47] = acc32_3;
        }
        const long long on_48 = (long long)tx + 48;
        if (om_12 < 16LL && on_48 < 16LL) {
          const long long o_48 = om_12 * 16 + on_48;
          y2[o_48] = acc33_3;
        }
      }
    }
  }
}
