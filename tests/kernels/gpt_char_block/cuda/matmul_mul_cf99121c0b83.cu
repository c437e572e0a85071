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

/* k236_matmul_mul (matmul_mul_cf99121c0b83): 7 IR nodes, tiled: 64x64 outputs per work group of 256 work items
 *   %120 = reshape %118 : f32[B*T, 512]   ($SRC/stdlib/nn.llm:65)
 *   %213 = reshape %209 : f32[B*T, 128]   ($SRC/stdlib/nn.llm:65)
 *   %214 = matmul %213, %212 : f32[B*T, 512]   ($SRC/stdlib/nn.llm:65)
 *   %215 = reshape %214 : f32[B, T, 512]   ($SRC/stdlib/nn.llm:65)
 *   %216 = permute %120 perm=[1, 0] : f32[512, B*T]   ($SRC/stdlib/nn.llm:65)
 *   %217 = matmul %216, %213 : f32[512, 128]   ($SRC/stdlib/nn.llm:65)
 *   %236 = mul %215, %235 : f32[B, T, 512]   ($SRC/stdlib/nn.llm:65)
 * arguments: x0 = %118; x1 = %209; x2 = %212; x3 = %235; y0 = %217; y1 = %236; d_B = B; d_T = T
 */
extern "C" __global__ void matmul_mul_cf99121c0b83(const float *__restrict__ x0, const float *__restrict__ x1, const float *__restrict__ x2,
    const float *__restrict__ x3, float *__restrict__ y0, float *__restrict__ y1, int d_B, int d_T) {
  __shared__ float As[1024];
  __shared__ float Bs[1024];
  const int lid = (int)threadIdx.x;
  const int tx = lid % 16;
  const int ty = lid / 16;
  const long long tiles = ((long long)d_B * d_T + 63) / 64 * 8LL;
  const long long tiles_2 = tiles + 16LL;
  const long long groups = (long long)d_B * 8 + 16;
  for (long long tile = (long long)blockIdx.x; tile < tiles_2; tile += groups) {
    /* sibling 0 */
    if (tile < tiles) {
      const long long M = (long long)d_B * d_T;
      const long long tiles_m = (M + 63) / 64;
      const long long rest = tile % (tiles_m * 8LL);
      const long long m0 = rest / 8LL * 64;
      const long long n0 = rest % 8LL * 64;
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
      for (long long k0 = 0LL; k0 < 128LL; k0 += 16) {
        const int am = lid / 16;
        const int ak = lid % 16;
        const long long gm = m0 + am;
        const long long gk = k0 + ak;
        float va = 0.0f;
        if (gm < M && gk < 128LL) {
          const long long t0_q = gm * 128LL + gk;
          const int t0_2 = (int)(t0_q % 128LL);
          const long long t0_q_2 = t0_q / 128LL;
          const int t0_1 = (int)(t0_q_2 % (long long)d_T);
          const int t0_0 = (int)(t0_q_2 / (long long)d_T);
          const float v0 = x1[((long long)t0_0 * d_T + t0_1) * 128 + t0_2];
          va = v0;
        }
        As[ak * 64 + am] = va;
        const int e = lid + 256;
        const int am_2 = e / 16;
        const int ak_2 = e % 16;
        const long long gm_2 = m0 + am_2;
        const long long gk_2 = k0 + ak_2;
        float va_2 = 0.0f;
        if (gm_2 < M && gk_2 < 128LL) {
          const long long t1_q = gm_2 * 128LL + gk_2;
          const int t1_2 = (int)(t1_q % 128LL);
          const long long t1_q_2 = t1_q / 128LL;
          const int t1_1 = (int)(t1_q_2 % (long long)d_T);
          const int t1_0 = (int)(t1_q_2 / (long long)d_T);
          const float v0_2 = x1[((long long)t1_0 * d_T + t1_1) * 128 + t1_2];
          va_2 = v0_2;
        }
        As[ak_2 * 64 + am_2] = va_2;
        const int e_2 = lid + 512;
        const int am_3 = e_2 / 16;
        const int ak_3 = e_2 % 16;
        const long long gm_3 = m0 + am_3;
        const long long gk_3 = k0 + ak_3;
        float va_3 = 0.0f;
        if (gm_3 < M && gk_3 < 128LL) {
          const long long t2_q = gm_3 * 128LL + gk_3;
          const int t2_2 = (int)(t2_q % 128LL);
          const long long t2_q_2 = t2_q / 128LL;
          const int t2_1 = (int)(t2_q_2 % (long long)d_T);
          const int t2_0 = (int)(t2_q_2 / (long long)d_T);
          const float v0_3 = x1[((long long)t2_0 * d_T + t2_1) * 128 + t2_2];
          va_3 = v0_3;
        }
        As[ak_3 * 64 + am_3] = va_3;
        const int e_3 = lid + 768;
        const int am_4 = e_3 / 16;
        const int ak_4 = e_3 % 16;
        const long long gm_4 = m0 + am_4;
        const long long gk_4 = k0 + ak_4;
        float va_4 = 0.0f;
        if (gm_4 < M && gk_4 < 128LL) {
          const long long t3_q = gm_4 * 128LL + gk_4;
          const int t3_2 = (int)(t3_q % 128LL);
          const long long t3_q_2 = t3_q / 128LL;
          const int t3_1 = (int)(t3_q_2 % (long long)d_T);
          const int t3_0 = (int)(t3_q_2 / (long long)d_T);
          const float v0_4 = x1[((long long)t3_0 * d_T + t3_1) * 128 + t3_2];
          va_4 = v0_4;
        }
        As[ak_4 * 64 + am_4] = va_4;
        const int bk = lid / 64;
        const int bn = lid % 64;
        const long long gk_5 = k0 + bk;
        const long long gn = n0 + bn;
        float vb = 0.0f;
        if (gk_5 < 128LL && gn < 512LL) {
          vb = x2[gk_5 * 512 + gn];
        }
        Bs[lid] = vb;
        const int e_4 = lid + 256;
        const int bk_2 = e_4 / 64;
        const int bn_2 = e_4 % 64;
        const long long gk_6 = k0 + bk_2;
        const long long gn_2 = n0 + bn_2;
        float vb_2 = 0.0f;
        if (gk_6 < 128LL && gn_2 < 512LL) {
          vb_2 = x2[gk_6 * 512 + gn_2];
        }
        Bs[e_4] = vb_2;
        const int e_5 = lid + 512;
        const int bk_3 = e_5 / 64;
        const int bn_3 = e_5 % 64;
        const long long gk_7 = k0 + bk_3;
        const long long gn_3 = n0 + bn_3;
        float vb_3 = 0.0f;
        if (gk_7 < 128LL && gn_3 < 512LL) {
          vb_3 = x2[gk_7 * 512 + gn_3];
        }
        Bs[e_5] = vb_3;
        const int e_6 = lid + 768;
        const int bk_4 = e_6 / 64;
        const int bn_4 = e_6 % 64;
        const long long gk_8 = k0 + bk_4;
        const long long gn_4 = n0 + bn_4;
        float vb_4 = 0.0f;
        if (gk_8 < 128LL && gn_4 < 512LL) {
          vb_4 = x2[gk_8 * 512 + gn_4];
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
      const long long on = n0 + tx;
      if (om < M && on < 512LL) {
        const long long o = om * 512 + on;
        y1[o] = acc00 * x3[o];
      }
      const long long on_2 = n0 + tx + 16;
      if (om < M && on_2 < 512LL) {
        const long long o_2 = om * 512 + on_2;
        y1[o_2] = acc01 * x3[o_2];
      }
      const long long on_3 = n0 + tx + 32;
      if (om < M && on_3 < 512LL) {
        const long long o_3 = om * 512 + on_3;
        y1[o_3] = acc02 * x3[o_3];
      }
      const long long on_4 = n0 + tx + 48;
      if (om < M && on_4 < 512LL) {
        const long long o_4 = om * 512 + on_4;
        y1[o_4] = acc03 * x3[o_4];
      }
      const long long om_2 = m0 + ty + 16;
      const long long on_5 = n0 + tx;
      if (om_2 < M && on_5 < 512LL) {
        const long long o_5 = om_2 * 512 + on_5;
        y1[o_5] = acc10 * x3[o_5];
      }
      const long long on_6 = n0 + tx + 16;
      if (om_2 < M && on_6 < 512LL) {
        const long long o_6 = om_2 * 512 + on_6;
        y1[o_6] = acc11 * x3[o_6];
      }
      const long long on_7 = n0 + tx + 32;
      if (om_2 < M && on_7 < 512LL) {
        const long long o_7 = om_2 * 512 + on_7;
        y1[o_7] = acc12 * x3[o_7];
      }
      const long long on_8 = n0 + tx + 48;
      if (om_2 < M && on_8 < 512LL) {
        const long long o_8 = om_2 * 512 + on_8;
        y1[o_8] = acc13 * x3[o_8];
      }
      const long long om_3 = m0 + ty + 32;
      const long long on_9 = n0 + tx;
      if (om_3 < M && on_9 < 512LL) {
        const long long o_9 = om_3 * 512 + on_9;
        y1[o_9] = acc20 * x3[o_9];
      }
      const long long on_10 = n0 + tx + 16;
      if (om_3 < M && on_10 < 512LL) {
        const long long o_10 = om_3 * 512 + on_10;
        y1[o_10] = acc21 * x3[o_10];
      }
      const long long on_11 = n0 + tx + 32;
      if (om_3 < M && on_11 < 512LL) {
        const long long o_11 = om_3 * 512 + on_11;
        y1[o_11] = acc22 * x3[o_11];
      }
      const long long on_12 = n0 + tx + 48;
      if (om_3 < M && on_12 < 512LL) {
        const long long o_12 = om_3 * 512 + on_12;
        y1[o_12] = acc23 * x3[o_12];
      }
      const long long om_4 = m0 + ty + 48;
      const long long on_13 = n0 + tx;
      if (om_4 < M && on_13 < 512LL) {
        const long long o_13 = om_4 * 512 + on_13;
        y1[o_13] = acc30 * x3[o_13];
      }
      const long long on_14 = n0 + tx + 16;
      if (om_4 < M && on_14 < 512LL) {
        const long long o_14 = om_4 * 512 + on_14;
        y1[o_14] = acc31 * x3[o_14];
      }
      const long long on_15 = n0 + tx + 32;
      if (om_4 < M && on_15 < 512LL) {
        const long long o_15 = om_4 * 512 + on_15;
        y1[o_15] = acc32 * x3[o_15];
      }
      const long long on_16 = n0 + tx + 48;
      if (om_4 < M && on_16 < 512LL) {
        const long long o_16 = om_4 * 512 + on_16;
        y1[o_16] = acc33 * x3[o_16];
      }
    } else {
      /* sibling 1 */
      const long long tl = tile - tiles;
      const long long K = (long long)d_B * d_T;
      const long long rest_2 = tl % 16LL;
      const long long m0_2 = rest_2 / 2LL * 64;
      const long long n0_2 = rest_2 % 2LL * 64;
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
      for (long long k0_2 = 0LL; k0_2 < K; k0_2 += 16) {
        const int am_5 = lid / 16;
        const int ak_5 = lid % 16;
        const long long gm_5 = m0_2 + am_5;
        const long long gk_9 = k0_2 + ak_5;
        float va_5 = 0.0f;
        if (gm_5 < 512LL && gk_9 < K) {
          const long long t4_q = gk_9 * 512LL + gm_5;
          const int t4_2 = (int)(t4_q % 512LL);
          const long long t4_q_2 = t4_q / 512LL;
          const int t4_1 = (int)(t4_q_2 % (long long)d_T);
          const int t4_0 = (int)(t4_q_2 / (long long)d_T);
          va_5 = x0[((long long)t4_0 * d_T + t4_1) * 512 + t4_2];
        }
        As[ak_5 * 64 + am_5] = va_5;
        const int e_7 = lid + 256;
        const int am_6 = e_7 / 16;
        const int ak_6 = e_7 % 16;
        const long long gm_6 = m0_2 + am_6;
        const long long gk_10 = k0_2 + ak_6;
        float va_6 = 0.0f;
        if (gm_6 < 512LL && gk_10 < K) {
          const long long t5_q = gk_10 * 512LL + gm_6;
          const int t5_2 = (int)(t5_q % 512LL);
          const long long t5_q_2 = t5_q / 512LL;
          const int t5_1 = (int)(t5_q_2 % (long long)d_T);
          const int t5_0 = (int)(t5_q_2 / (long long)d_T);
          va_6 = x0[((long long)t5_0 * d_T + t5_1) * 512 + t5_2];
        }
        As[ak_6 * 64 + am_6] = va_6;
        const int e_8 = lid + 512;
        const int am_7 = e_8 / 16;
        const int ak_7 = e_8 % 16;
        const long long gm_7 = m0_2 + am_7;
        const long long gk_11 = k0_2 + ak_7;
        float va_7 = 0.0f;
        if (gm_7 < 512LL && gk_11 < K) {
          const long long t6_q = gk_11 * 512LL + gm_7;
          const int t6_2 = (int)(t6_q % 512LL);
          const long long t6_q_2 = t6_q / 512LL;
          const int t6_1 = (int)(t6_q_2 % (long long)d_T);
          const int t6_0 = (int)(t6_q_2 / (long long)d_T);
          va_7 = x0[((long long)t6_0 * d_T + t6_1) * 512 + t6_2];
        }
        As[ak_7 * 64 + am_7] = va_7;
        const int e_9 = lid + 768;
        const int am_8 = e_9 / 16;
        const int ak_8 = e_9 % 16;
        const long long gm_8 = m0_2 + am_8;
        const long long gk_12 = k0_2 + ak_8;
        float va_8 = 0.0f;
        if (gm_8 < 512LL && gk_12 < K) {
          const long long t7_q = gk_12 * 512LL + gm_8;
          const int t7_2 = (int)(t7_q % 512LL);
          const long long t7_q_2 = t7_q / 512LL;
          const int t7_1 = (int)(t7_q_2 % (long long)d_T);
          const int t7_0 = (int)(t7_q_2 / (long long)d_T);
          va_8 = x0[((long long)t7_0 * d_T + t7_1) * 512 + t7_2];
        }
        As[ak_8 * 64 + am_8] = va_8;
        const int bk_5 = lid / 64;
        const int bn_5 = lid % 64;
        const long long gk_13 = k0_2 + bk_5;
        const long long gn_5 = n0_2 + bn_5;
        float vb_5 = 0.0f;
        if (gk_13 < K && gn_5 < 128LL) {
          const long long t8_q = gk_13 * 128LL + gn_5;
          const int t8_2 = (int)(t8_q % 128LL);
          const long long t8_q_2 = t8_q / 128LL;
          const int t8_1 = (int)(t8_q_2 % (long long)d_T);
          const int t8_0 = (int)(t8_q_2 / (long long)d_T);
          const float v0_5 = x1[((long long)t8_0 * d_T + t8_1) * 128 + t8_2];
          vb_5 = v0_5;
        }
        Bs[lid] = vb_5;
        const int e_10 = lid + 256;
        const int bk_6 = e_10 / 64;
        const int bn_6 = e_10 % 64;
        const long long gk_14 = k0_2 + bk_6;
        const long long gn_6 = n0_2 + bn_6;
        float vb_6 = 0.0f;
        if (gk_14 < K && gn_6 < 128LL) {
          const long long t9_q = gk_14 * 128LL + gn_6;
          const int t9_2 = (int)(t9_q % 128LL);
          const long long t9_q_2 = t9_q / 128LL;
          const int t9_1 = (int)(t9_q_2 % (long long)d_T);
          const int t9_0 = (int)(t9_q_2 / (long long)d_T);
          const float v0_6 = x1[((long long)t9_0 * d_T + t9_1) * 128 + t9_2];
          vb_6 = v0_6;
        }
        Bs[e_10] = vb_6;
        const int e_11 = lid + 512;
        const int bk_7 = e_11 / 64;
        const int bn_7 = e_11 % 64;
        const long long gk_15 = k0_2 + bk_7;
        const long long gn_7 = n0_2 + bn_7;
        float vb_7 = 0.0f;
        if (gk_15 < K && gn_7 < 128LL) {
          const long long t10_q = gk_15 * 128LL + gn_7;
          const int t10_2 = (int)(t10_q % 128LL);
          const long long t10_q_2 = t10_q / 128LL;
          const int t10_1 = (int)(t10_q_2 % (long long)d_T);
          const int t10_0 = (int)(t10_q_2 / (long long)d_T);
          const float v0_7 = x1[((long long)t10_0 * d_T + t10_1) * 128 + t10_2];
          vb_7 = v0_7;
        }
        Bs[e_11] = vb_7;
        const int e_12 = lid + 768;
        const int bk_8 = e_12 / 64;
        const int bn_8 = e_12 % 64;
        const long long gk_16 = k0_2 + bk_8;
        const long long gn_8 = n0_2 + bn_8;
        float vb_8 = 0.0f;
        if (gk_16 < K && gn_8 < 128LL) {
          const long long t11_q = gk_16 * 128LL + gn_8;
          const int t11_2 = (int)(t11_q % 128LL);
          const long long t11_q_2 = t11_q / 128LL;
          const int t11_1 = (int)(t11_q_2 % (long long)d_T);
          const int t11_0 = (int)(t11_q_2 / (long long)d_T);
          const float v0_8 = x1[((long long)t11_0 * d_T + t11_1) * 128 + t11_2];
          vb_8 = v0_8;
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
      const long long on_17 = n0_2 + tx;
      if (om_5 < 512LL && on_17 < 128LL) {
        const long long o_17 = om_5 * 128 + on_17;
        y0[o_17] = acc00_2;
      }
      const long long on_18 = n0_2 + tx + 16;
      if (om_5 < 512LL && on_18 < 128LL) {
        const long long o_18 = om_5 * 128 + on_18;
        y0[o_18] = acc01_2;
      }
      const long long on_19 = n0_2 + tx + 32;
      if (om_5 < 512LL && on_19 < 128LL) {
        const long long o_19 = om_5 * 128 + on_19;
        y0[o_19] = acc02_2;
      }
      const long long on_20 = n0_2 + tx + 48;
      if (om_5 < 512LL && on_20 < 128LL) {
        const long long o_20 = om_5 * 128 + on_20;
        y0[o_20] = acc03_2;
      }
      const long long om_6 = m0_2 + ty + 16;
      const long long on_21 = n0_2 + tx;
      if (om_6 < 512LL && on_21 < 128LL) {
        const long long o_21 = om_6 * 128 + on_21;
        y0[o_21] = acc10_2;
      }
      const long long on_22 = n0_2 + tx + 16;
      if (om_6 < 512LL && on_22 < 128LL) {
        const long long o_22 = om_6 * 128 + on_22;
        y0[o_22] = acc11_2;
      }
      const long long on_23 = n0_2 + tx + 32;
      if (om_6 < 512LL && on_23 < 128LL) {
        const long long o_23 = om_6 * 128 + on_23;
        y0[o_23] = acc12_2;
      }
      const long long on_24 = n0_2 + tx + 48;
      if (om_6 < 512LL && on_24 < 128LL) {
        const long long o_24 = om_6 * 128 + on_24;
        y0[o_24] = acc13_2;
      }
      const long long om_7 = m0_2 + ty + 32;
      const long long on_25 = n0_2 + tx;
      if (om_7 < 512LL && on_25 < 128LL) {
        const long long o_25 = om_7 * 128 + on_25;
        y0[o_25] = acc20_2;
      }
      const long long on_26 = n0_2 + tx + 16;
      if (om_7 < 512LL && on_26 < 128LL) {
        const long long o_26 = om_7 * 128 + on_26;
        y0[o_26] = acc21_2;
      }
      const long long on_27 = n0_2 + tx + 32;
      if (om_7 < 512LL && on_27 < 128LL) {
        const long long o_27 = om_7 * 128 + on_27;
        y0[o_27] = acc22_2;
      }
      const long long on_28 = n0_2 + tx + 48;
      if (om_7 < 512LL && on_28 < 128LL) {
        const long long o_28 = om_7 * 128 + on_28;
        y0[o_28] = acc23_2;
      }
      const long long om_8 = m0_2 + ty + 48;
      const long long on_29 = n0_2 + tx;
      if (om_8 < 512LL && on_29 < 128LL) {
        const long long o_29 = om_8 * 128 + on_29;
        y0[o_29] = acc30_2;
      }
      const long long on_30 = n0_2 + tx + 16;
      if (om_8 < 512LL && on_30 < 128LL) {
        const long long o_30 = om_8 * 128 + on_30;
        y0[o_30] = acc31_2;
      }
      const long long on_31 = n0_2 + tx + 32;
      if (om_8 < 512LL && on_31 < 128LL) {
        const long long o_31 = om_8 * 128 + on_31;
        y0[o_31] = acc32_2;
      }
      const long long on_32 = n0_2 + tx + 48;
      if (om_8 < 512LL && on_32 < 128LL) {
        const long long o_32 = om_8 * 128 + on_32;
        y0[o_32] = acc33_2;
      }
    }
  }
}
