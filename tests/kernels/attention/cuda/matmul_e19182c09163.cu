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

/* k90_matmul (matmul_e19182c09163): 2 IR nodes, tiled: 64x64 outputs per work group of 256 work items
 *   %88 = matmul %87, %28 : f32[B, 2, T, 8]   ($SRC/stdlib/nn.llm:152)
 *   %90 = matmul %89, %87 : f32[B, 2, 8, T]   ($SRC/stdlib/nn.llm:152)
 * arguments: x0 = %28; x1 = %87; x2 = %89; y0 = %88; y1 = %90; d_B = B; d_T = T
 */
extern "C" __global__ void matmul_e19182c09163(const float *__restrict__ x0, const float *__restrict__ x1, const float *__restrict__ x2,
    float *__restrict__ y0, float *__restrict__ y1, int d_B, int d_T) {
  __shared__ float As[1024];
  __shared__ float Bs[1024];
  const int lid = (int)threadIdx.x;
  const int tx = lid % 16;
  const int ty = lid / 16;
  const long long tiles = (long long)d_B * 2 * (((long long)d_T + 63) / 64);
  const long long tiles_2 = (long long)d_B * 2 * (((long long)d_T + 63) / 64);
  const long long tiles_3 = tiles + tiles_2;
  const long long groups = (long long)d_B * 4;
  for (long long tile = (long long)blockIdx.x; tile < tiles_3; tile += groups) {
    /* sibling 0 */
    if (tile < tiles) {
      const long long M = (long long)d_T;
      const long long K = (long long)d_T;
      const long long tiles_m = (M + 63) / 64;
      const long long bt = tile / tiles_m;
      const long long rest = tile % tiles_m;
      const long long m0 = rest * 64;
      const int bat1 = (int)(bt % 2);
      const int bat0 = (int)(bt / 2);
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
        const long long gm = m0 + am;
        const long long gk = k0 + ak;
        float va = 0.0f;
        if (gm < M && gk < K) {
          va = x1[(((long long)bat0 * 2 + bat1) * d_T + gm) * d_T + gk];
        }
        As[ak * 64 + am] = va;
        const int e = lid + 256;
        const int am_2 = e / 16;
        const int ak_2 = e % 16;
        const long long gm_2 = m0 + am_2;
        const long long gk_2 = k0 + ak_2;
        float va_2 = 0.0f;
        if (gm_2 < M && gk_2 < K) {
          va_2 = x1[(((long long)bat0 * 2 + bat1) * d_T + gm_2) * d_T + gk_2];
        }
        As[ak_2 * 64 + am_2] = va_2;
        const int e_2 = lid + 512;
        const int am_3 = e_2 / 16;
        const int ak_3 = e_2 % 16;
        const long long gm_3 = m0 + am_3;
        const long long gk_3 = k0 + ak_3;
        float va_3 = 0.0f;
        if (gm_3 < M && gk_3 < K) {
          va_3 = x1[(((long long)bat0 * 2 + bat1) * d_T + gm_3) * d_T + gk_3];
        }
        As[ak_3 * 64 + am_3] = va_3;
        const int e_3 = lid + 768;
        const int am_4 = e_3 / 16;
        const int ak_4 = e_3 % 16;
        const long long gm_4 = m0 + am_4;
        const long long gk_4 = k0 + ak_4;
        float va_4 = 0.0f;
        if (gm_4 < M && gk_4 < K) {
          va_4 = x1[(((long long)bat0 * 2 + bat1) * d_T + gm_4) * d_T + gk_4];
        }
        As[ak_4 * 64 + am_4] = va_4;
        const int bk = lid / 64;
        const int bn = lid % 64;
        const long long gk_5 = k0 + bk;
        const long long gn = (long long)bn;
        float vb = 0.0f;
        if (gk_5 < K && gn < 8LL) {
          vb = x0[(((long long)bat0 * 2 + bat1) * d_T + gk_5) * 8 + gn];
        }
        Bs[lid] = vb;
        const int e_4 = lid + 256;
        const int bk_2 = e_4 / 64;
        const int bn_2 = e_4 % 64;
        const long long gk_6 = k0 + bk_2;
        const long long gn_2 = (long long)bn_2;
        float vb_2 = 0.0f;
        if (gk_6 < K && gn_2 < 8LL) {
          vb_2 = x0[(((long long)bat0 * 2 + bat1) * d_T + gk_6) * 8 + gn_2];
        }
        Bs[e_4] = vb_2;
        const int e_5 = lid + 512;
        const int bk_3 = e_5 / 64;
        const int bn_3 = e_5 % 64;
        const long long gk_7 = k0 + bk_3;
        const long long gn_3 = (long long)bn_3;
        float vb_3 = 0.0f;
        if (gk_7 < K && gn_3 < 8LL) {
          vb_3 = x0[(((long long)bat0 * 2 + bat1) * d_T + gk_7) * 8 + gn_3];
        }
        Bs[e_5] = vb_3;
        const int e_6 = lid + 768;
        const int bk_4 = e_6 / 64;
        const int bn_4 = e_6 % 64;
        const long long gk_8 = k0 + bk_4;
        const long long gn_4 = (long long)bn_4;
        float vb_4 = 0.0f;
        if (gk_8 < K && gn_4 < 8LL) {
          vb_4 = x0[(((long long)bat0 * 2 + bat1) * d_T + gk_8) * 8 + gn_4];
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
      const long long om = m0 + ty;
      const long long on = (long long)tx;
      if (om < M && on < 8LL) {
        const long long o = (((long long)bat0 * 2 + bat1) * d_T + om) * 8 + on;
        y0[o] = acc00;
      }
      const long long on_2 = (long long)tx + 16;
      if (om < M && on_2 < 8LL) {
        const long long o_2 = (((long long)bat0 * 2 + bat1) * d_T + om) * 8 + on_2;
        y0[o_2] = acc01;
      }
      const long long on_3 = (long long)tx + 32;
      if (om < M && on_3 < 8LL) {
        const long long o_3 = (((long long)bat0 * 2 + bat1) * d_T + om) * 8 + on_3;
        y0[o_3] = acc02;
      }
      const long long on_4 = (long long)tx + 48;
      if (om < M && on_4 < 8LL) {
        const long long o_4 = (((long long)bat0 * 2 + bat1) * d_T + om) * 8 + on_4;
        y0[o_4] = acc03;
      }
      const long long om_2 = m0 + ty + 16;
      const long long on_5 = (long long)tx;
      if (om_2 < M && on_5 < 8LL) {
        const long long o_5 = (((long long)bat0 * 2 + bat1) * d_T + om_2) * 8 + on_5;
        y0[o_5] = acc10;
      }
      const long long on_6 = (long long)tx + 16;
      if (om_2 < M && on_6 < 8LL) {
        const long long o_6 = (((long long)bat0 * 2 + bat1) * d_T + om_2) * 8 + on_6;
        y0[o_6] = acc11;
      }
      const long long on_7 = (long long)tx + 32;
      if (om_2 < M && on_7 < 8LL) {
        const long long o_7 = (((long long)bat0 * 2 + bat1) * d_T + om_2) * 8 + on_7;
        y0[o_7] = acc12;
      }
      const long long on_8 = (long long)tx + 48;
      if (om_2 < M && on_8 < 8LL) {
        const long long o_8 = (((long long)bat0 * 2 + bat1) * d_T + om_2) * 8 + on_8;
        y0[o_8] = acc13;
      }
      const long long om_3 = m0 + ty + 32;
      const long long on_9 = (long long)tx;
      if (om_3 < M && on_9 < 8LL) {
        const long long o_9 = (((long long)bat0 * 2 + bat1) * d_T + om_3) * 8 + on_9;
        y0[o_9] = acc20;
      }
      const long long on_10 = (long long)tx + 16;
      if (om_3 < M && on_10 < 8LL) {
        const long long o_10 = (((long long)bat0 * 2 + bat1) * d_T + om_3) * 8 + on_10;
        y0[o_10] = acc21;
      }
      const long long on_11 = (long long)tx + 32;
      if (om_3 < M && on_11 < 8LL) {
        const long long o_11 = (((long long)bat0 * 2 + bat1) * d_T + om_3) * 8 + on_11;
        y0[o_11] = acc22;
      }
      const long long on_12 = (long long)tx + 48;
      if (om_3 < M && on_12 < 8LL) {
        const long long o_12 = (((long long)bat0 * 2 + bat1) * d_T + om_3) * 8 + on_12;
        y0[o_12] = acc23;
      }
      const long long om_4 = m0 + ty + 48;
      const long long on_13 = (long long)tx;
      if (om_4 < M && on_13 < 8LL) {
        const long long o_13 = (((long long)bat0 * 2 + bat1) * d_T + om_4) * 8 + on_13;
        y0[o_13] = acc30;
      }
      const long long on_14 = (long long)tx + 16;
      if (om_4 < M && on_14 < 8LL) {
        const long long o_14 = (((long long)bat0 * 2 + bat1) * d_T + om_4) * 8 + on_14;
        y0[o_14] = acc31;
      }
      const long long on_15 = (long long)tx + 32;
      if (om_4 < M && on_15 < 8LL) {
        const long long o_15 = (((long long)bat0 * 2 + bat1) * d_T + om_4) * 8 + on_15;
        y0[o_15] = acc32;
      }
      const long long on_16 = (long long)tx + 48;
      if (om_4 < M && on_16 < 8LL) {
        const long long o_16 = (((long long)bat0 * 2 + bat1) * d_T + om_4) * 8 + on_16;
        y0[o_16] = acc33;
      }
    } else {
      /* sibling 1 */
      const long long tl = tile - tiles;
      const long long N = (long long)d_T;
      const long long K_2 = (long long)d_T;
      const long long tiles_n = (N + 63) / 64;
      const long long bt_2 = tl / tiles_n;
      const long long rest_2 = tl % tiles_n;
      const long long m0_2 = rest_2 / tiles_n * 64;
      const long long n0 = rest_2 % tiles_n * 64;
      const int bat1_2 = (int)(bt_2 % 2);
      const int bat0_2 = (int)(bt_2 / 2);
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
        const long long gm_5 = m0_2 + am_5;
        const long long gk_9 = k0_2 + ak_5;
        float va_5 = 0.0f;
        if (gm_5 < 8LL && gk_9 < K_2) {
          va_5 = x2[(((long long)bat0_2 * 2 + bat1_2) * 8 + gm_5) * d_T + gk_9];
        }
        As[ak_5 * 64 + am_5] = va_5;
        const int e_7 = lid + 256;
        const int am_6 = e_7 / 16;
        const int ak_6 = e_7 % 16;
        const long long gm_6 = m0_2 + am_6;
        const long long gk_10 = k0_2 + ak_6;
        float va_6 = 0.0f;
        if (gm_6 < 8LL && gk_10 < K_2) {
          va_6 = x2[(((long long)bat0_2 * 2 + bat1_2) * 8 + gm_6) * d_T + gk_10];
        }
        As[ak_6 * 64 + am_6] = va_6;
        const int e_8 = lid + 512;
        const int am_7 = e_8 / 16;
        const int ak_7 = e_8 % 16;
        const long long gm_7 = m0_2 + am_7;
        const long long gk_11 = k0_2 + ak_7;
        float va_7 = 0.0f;
        if (gm_7 < 8LL && gk_11 < K_2) {
          va_7 = x2[(((long long)bat0_2 * 2 + bat1_2) * 8 + gm_7) * d_T + gk_11];
        }
        As[ak_7 * 64 + am_7] = va_7;
        const int e_9 = lid + 768;
        const int am_8 = e_9 / 16;
        const int ak_8 = e_9 % 16;
        const long long gm_8 = m0_2 + am_8;
        const long long gk_12 = k0_2 + ak_8;
        float va_8 = 0.0f;
        if (gm_8 < 8LL && gk_12 < K_2) {
          va_8 = x2[(((long long)bat0_2 * 2 + bat1_2) * 8 + gm_8) * d_T + gk_12];
        }
        As[ak_8 * 64 + am_8] = va_8;
        const int bk_5 = lid / 64;
        const int bn_5 = lid % 64;
        const long long gk_13 = k0_2 + bk_5;
        const long long gn_5 = n0 + bn_5;
        float vb_5 = 0.0f;
        if (gk_13 < K_2 && gn_5 < N) {
          vb_5 = x1[(((long long)bat0_2 * 2 + bat1_2) * d_T + gk_13) * d_T + gn_5];
        }
        Bs[lid] = vb_5;
        const int e_10 = lid + 256;
        const int bk_6 = e_10 / 64;
        const int bn_6 = e_10 % 64;
        const long long gk_14 = k0_2 + bk_6;
        const long long gn_6 = n0 + bn_6;
        float vb_6 = 0.0f;
        if (gk_14 < K_2 && gn_6 < N) {
          vb_6 = x1[(((long long)bat0_2 * 2 + bat1_2) * d_T + gk_14) * d_T + gn_6];
        }
        Bs[e_10] = vb_6;
        const int e_11 = lid + 512;
        const int bk_7 = e_11 / 64;
        const int bn_7 = e_11 % 64;
        const long long gk_15 = k0_2 + bk_7;
        const long long gn_7 = n0 + bn_7;
        float vb_7 = 0.0f;
        if (gk_15 < K_2 && gn_7 < N) {
          vb_7 = x1[(((long long)bat0_2 * 2 + bat1_2) * d_T + gk_15) * d_T + gn_7];
        }
        Bs[e_11] = vb_7;
        const int e_12 = lid + 768;
        const int bk_8 = e_12 / 64;
        const int bn_8 = e_12 % 64;
        const long long gk_16 = k0_2 + bk_8;
        const long long gn_8 = n0 + bn_8;
        float vb_8 = 0.0f;
        if (gk_16 < K_2 && gn_8 < N) {
          vb_8 = x1[(((long long)bat0_2 * 2 + bat1_2) * d_T + gk_16) * d_T + gn_8];
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
      const long long om_5 = m0_2 + ty;
      const long long on_17 = n0 + tx;
      if (om_5 < 8LL && on_17 < N) {
        const long long o_17 = (((long long)bat0_2 * 2 + bat1_2) * 8 + om_5) * d_T + on_17;
        y1[o_17] = acc00_2;
      }
      const long long on_18 = n0 + tx + 16;
      if (om_5 < 8LL && on_18 < N) {
        const long long o_18 = (((long long)bat0_2 * 2 + bat1_2) * 8 + om_5) * d_T + on_18;
        y1[o_18] = acc01_2;
      }
      const long long on_19 = n0 + tx + 32;
      if (om_5 < 8LL && on_19 < N) {
        const long long o_19 = (((long long)bat0_2 * 2 + bat1_2) * 8 + om_5) * d_T + on_19;
        y1[o_19] = acc02_2;
      }
      const long long on_20 = n0 + tx + 48;
      if (om_5 < 8LL && on_20 < N) {
        const long long o_20 = (((long long)bat0_2 * 2 + bat1_2) * 8 + om_5) * d_T + on_20;
        y1[o_20] = acc03_2;
      }
      const long long om_6 = m0_2 + ty + 16;
      const long long on_21 = n0 + tx;
      if (om_6 < 8LL && on_21 < N) {
        const long long o_21 = (((long long)bat0_2 * 2 + bat1_2) * 8 + om_6) * d_T + on_21;
        y1[o_21] = acc10_2;
      }
      const long long on_22 = n0 + tx + 16;
      if (om_6 < 8LL && on_22 < N) {
        const long long o_22 = (((long long)bat0_2 * 2 + bat1_2) * 8 + om_6) * d_T + on_22;
        y1[o_22] = acc11_2;
      }
      const long long on_23 = n0 + tx + 32;
      if (om_6 < 8LL && on_23 < N) {
        const long long o_23 = (((long long)bat0_2 * 2 + bat1_2) * 8 + om_6) * d_T + on_23;
        y1[o_23] = acc12_2;
      }
      const long long on_24 = n0 + tx + 48;
      if (om_6 < 8LL && on_24 < N) {
        const long long o_24 = (((long long)bat0_2 * 2 + bat1_2) * 8 + om_6) * d_T + on_24;
        y1[o_24] = acc13_2;
      }
      const long long om_7 = m0_2 + ty + 32;
      const long long on_25 = n0 + tx;
      if (om_7 < 8LL && on_25 < N) {
        const long long o_25 = (((long long)bat0_2 * 2 + bat1_2) * 8 + om_7) * d_T + on_25;
        y1[o_25] = acc20_2;
      }
      const long long on_26 = n0 + tx + 16;
      if (om_7 < 8LL && on_26 < N) {
        const long long o_26 = (((long long)bat0_2 * 2 + bat1_2) * 8 + om_7) * d_T + on_26;
        y1[o_26] = acc21_2;
      }
      const long long on_27 = n0 + tx + 32;
      if (om_7 < 8LL && on_27 < N) {
        const long long o_27 = (((long long)bat0_2 * 2 + bat1_2) * 8 + om_7) * d_T + on_27;
        y1[o_27] = acc22_2;
      }
      const long long on_28 = n0 + tx + 48;
      if (om_7 < 8LL && on_28 < N) {
        const long long o_28 = (((long long)bat0_2 * 2 + bat1_2) * 8 + om_7) * d_T + on_28;
        y1[o_28] = acc23_2;
      }
      const long long om_8 = m0_2 + ty + 48;
      const long long on_29 = n0 + tx;
      if (om_8 < 8LL && on_29 < N) {
        const long long o_29 = (((long long)bat0_2 * 2 + bat1_2) * 8 + om_8) * d_T + on_29;
        y1[o_29] = acc30_2;
      }
      const long long on_30 = n0 + tx + 16;
      if (om_8 < 8LL && on_30 < N) {
        const long long o_30 = (((long long)bat0_2 * 2 + bat1_2) * 8 + om_8) * d_T + on_30;
        y1[o_30] = acc31_2;
      }
      const long long on_31 = n0 + tx + 32;
      if (om_8 < 8LL && on_31 < N) {
        const long long o_31 = (((long long)bat0_2 * 2 + bat1_2) * 8 + om_8) * d_T + on_31;
        y1[o_31] = acc32_2;
      }
      const long long on_32 = n0 + tx + 48;
      if (om_8 < 8LL && on_32 < N) {
        const long long o_32 = (((long long)bat0_2 * 2 + bat1_2) * 8 + om_8) * d_T + on_32;
        y1[o_32] = acc33_2;
      }
    }
  }
}
