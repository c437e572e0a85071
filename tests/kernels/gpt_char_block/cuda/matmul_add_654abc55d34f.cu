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

/* k235_matmul_add (matmul_add_654abc55d34f): 25 IR nodes, tiled: 64x64 outputs per work group of 256 work items
 *   %111 = reshape %109 : f32[B*T, 128]   ($SRC/stdlib/nn.llm:65)
 *   %112 = matmul %111, %110 : f32[B*T, 512]   ($SRC/stdlib/nn.llm:65)
 *   %113 = reshape %112 : f32[B, T, 512]   ($SRC/stdlib/nn.llm:65)
 *   %115 = reshape %114 : f32[1, 1, 512]   ($SRC/stdlib/nn.llm:66)
 *   %116 = expand %115 : f32[B, T, 512]   ($SRC/stdlib/nn.llm:66)
 *   %117 = add %113, %116 : f32[B, T, 512]   ($SRC/stdlib/nn.llm:66)
 *   %118 = gelu %117 : f32[B, T, 512]   ($SRC/stdlib/nn.llm:104)
 *   %218 = mul %117, %117 : f32[B, T, 512]   ($SRC/stdlib/nn.llm:66)
 *   %219 = mul %218, %117 : f32[B, T, 512]   ($SRC/stdlib/nn.llm:66)
 *   %220 = const 0.044714999999999998 : f32[B, T, 512]   ($SRC/stdlib/nn.llm:66)
 *   %221 = mul %220, %219 : f32[B, T, 512]   ($SRC/stdlib/nn.llm:66)
 *   %222 = add %117, %221 : f32[B, T, 512]   ($SRC/stdlib/nn.llm:66)
 *   %223 = const 1.5957691216057308 : f32[B, T, 512]   ($SRC/stdlib/nn.llm:66)
 *   %224 = mul %223, %222 : f32[B, T, 512]   ($SRC/stdlib/nn.llm:66)
 *   %225 = sigmoid %224 : f32[B, T, 512]   ($SRC/stdlib/nn.llm:66)
 *   %226 = const 1.0 : f32[B, T, 512]   ($SRC/stdlib/nn.llm:66)
 *   %227 = const 0.13414499999999999 : f32[B, T, 512]   ($SRC/stdlib/nn.llm:66)
 *   %228 = mul %227, %218 : f32[B, T, 512]   ($SRC/stdlib/nn.llm:66)
 *   %229 = add %226, %228 : f32[B, T, 512]   ($SRC/stdlib/nn.llm:66)
 *   %230 = mul %223, %229 : f32[B, T, 512]   ($SRC/stdlib/nn.llm:66)
 *   %231 = sub %226, %225 : f32[B, T, 512]   ($SRC/stdlib/nn.llm:66)
 *   %232 = mul %225, %231 : f32[B, T, 512]   ($SRC/stdlib/nn.llm:66)
 *   %233 = mul %117, %232 : f32[B, T, 512]   ($SRC/stdlib/nn.llm:66)
 *   %234 = mul %233, %230 : f32[B, T, 512]   ($SRC/stdlib/nn.llm:66)
 *   %235 = add %225, %234 : f32[B, T, 512]   ($SRC/stdlib/nn.llm:66)
 * arguments: x0 = %109; x1 = %110; x2 = %114; y0 = %118; y1 = %235; d_B = B; d_T = T
 */
extern "C" __global__ void matmul_add_654abc55d34f(const float *__restrict__ x0, const float *__restrict__ x1, const float *__restrict__ x2,
    float *__restrict__ y0, float *__restrict__ y1, int d_B, int d_T) {
  __shared__ float As[1024];
  __shared__ float Bs[1024];
  const int lid = (int)threadIdx.x;
  const int tx = lid % 16;
  const int ty = lid / 16;
  const long long tiles = ((long long)d_B * d_T + 63) / 64 * 8LL;
  const long long groups = (long long)d_B * 8;
  for (long long tile = (long long)blockIdx.x; tile < tiles; tile += groups) {
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
        va = x0[((long long)t0_0 * d_T + t0_1) * 128 + t0_2];
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
        va_2 = x0[((long long)t1_0 * d_T + t1_1) * 128 + t1_2];
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
        va_3 = x0[((long long)t2_0 * d_T + t2_1) * 128 + t2_2];
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
        va_4 = x0[((long long)t3_0 * d_T + t3_1) * 128 + t3_2];
      }
      As[ak_4 * 64 + am_4] = va_4;
      const int bk = lid / 64;
      const int bn = lid % 64;
      const long long gk_5 = k0 + bk;
      const long long gn = n0 + bn;
      float vb = 0.0f;
      if (gk_5 < 128LL && gn < 512LL) {
        vb = x1[gk_5 * 512 + gn];
      }
      Bs[lid] = vb;
      const int e_4 = lid + 256;
      const int bk_2 = e_4 / 64;
      const int bn_2 = e_4 % 64;
      const long long gk_6 = k0 + bk_2;
      const long long gn_2 = n0 + bn_2;
      float vb_2 = 0.0f;
      if (gk_6 < 128LL && gn_2 < 512LL) {
        vb_2 = x1[gk_6 * 512 + gn_2];
      }
      Bs[e_4] = vb_2;
      const int e_5 = lid + 512;
      const int bk_3 = e_5 / 64;
      const int bn_3 = e_5 % 64;
      const long long gk_7 = k0 + bk_3;
      const long long gn_3 = n0 + bn_3;
      float vb_3 = 0.0f;
      if (gk_7 < 128LL && gn_3 < 512LL) {
        vb_3 = x1[gk_7 * 512 + gn_3];
      }
      Bs[e_5] = vb_3;
      const int e_6 = lid + 768;
      const int bk_4 = e_6 / 64;
      const int bn_4 = e_6 % 64;
      const long long gk_8 = k0 + bk_4;
      const long long gn_4 = n0 + bn_4;
      float vb_4 = 0.0f;
      if (gk_8 < 128LL && gn_4 < 512LL) {
        vb_4 = x1[gk_8 * 512 + gn_4];
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
      const int t4_2 = (int)(o % 512);
      const float v0 = acc00 + x2[(long long)t4_2];
      y0[o] = v0 / (1.0f + expf(-1.5957692f * (v0 + 0.044715f * v0 * v0 * v0)));
      const int t5_2 = (int)(o % 512);
      const float v0_2 = acc00 + x2[(long long)t5_2];
      const float v1 = v0_2 * v0_2;
      const float v2 = 1.0f / (1.0f + expf(-(1.5957692f * (v0_2 + 0.044715f * (v1 * v0_2)))));
      y1[o] = v2 + v0_2 * (v2 * (1.0f - v2)) * (1.5957692f * (1.0f + 0.134145f * v1));
    }
    const long long on_2 = n0 + tx + 16;
    if (om < M && on_2 < 512LL) {
      const long long o_2 = om * 512 + on_2;
      const int t6_2 = (int)(o_2 % 512);
      const float v0_3 = acc01 + x2[(long long)t6_2];
      y0[o_2] = v0_3 / (1.0f + expf(-1.5957692f * (v0_3 + 0.044715f * v0_3 * v0_3 * v0_3)));
      const int t7_2 = (int)(o_2 % 512);
      const float v0_4 = acc01 + x2[(long long)t7_2];
      const float v1_2 = v0_4 * v0_4;
      const float v2_2 = 1.0f / (1.0f + expf(-(1.5957692f * (v0_4 + 0.044715f * (v1_2 * v0_4)))));
      y1[o_2] = v2_2 + v0_4 * (v2_2 * (1.0f - v2_2)) * (1.5957692f * (1.0f + 0.134145f * v1_2));
    }
    const long long on_3 = n0 + tx + 32;
    if (om < M && on_3 < 512LL) {
      const long long o_3 = om * 512 + on_3;
      const int t8_2 = (int)(o_3 % 512);
      const float v0_5 = acc02 + x2[(long long)t8_2];
      y0[o_3] = v0_5 / (1.0f + expf(-1.5957692f * (v0_5 + 0.044715f * v0_5 * v0_5 * v0_5)));
      const int t9_2 = (int)(o_3 % 512);
      const float v0_6 = acc02 + x2[(long long)t9_2];
      const float v1_3 = v0_6 * v0_6;
      const float v2_3 = 1.0f / (1.0f + expf(-(1.5957692f * (v0_6 + 0.044715f * (v1_3 * v0_6)))));
      y1[o_3] = v2_3 + v0_6 * (v2_3 * (1.0f - v2_3)) * (1.5957692f * (1.0f + 0.134145f * v1_3));
    }
    const long long on_4 = n0 + tx + 48;
    if (om < M && on_4 < 512LL) {
      const long long o_4 = om * 512 + on_4;
      const int t10_2 = (int)(o_4 % 512);
      const float v0_7 = acc03 + x2[(long long)t10_2];
      y0[o_4] = v0_7 / (1.0f + expf(-1.5957692f * (v0_7 + 0.044715f * v0_7 * v0_7 * v0_7)));
      const int t11_2 = (int)(o_4 % 512);
      const float v0_8 = acc03 + x2[(long long)t11_2];
      const float v1_4 = v0_8 * v0_8;
      const float v2_4 = 1.0f / (1.0f + expf(-(1.5957692f * (v0_8 + 0.044715f * (v1_4 * v0_8)))));
      y1[o_4] = v2_4 + v0_8 * (v2_4 * (1.0f - v2_4)) * (1.5957692f * (1.0f + 0.134145f * v1_4));
    }
    const long long om_2 = m0 + ty + 16;
    const long long on_5 = n0 + tx;
    if (om_2 < M && on_5 < 512LL) {
      const long long o_5 = om_2 * 512 + on_5;
      const int t12_2 = (int)(o_5 % 512);
      const float v0_9 = acc10 + x2[(long long)t12_2];
      y0[o_5] = v0_9 / (1.0f + expf(-1.5957692f * (v0_9 + 0.044715f * v0_9 * v0_9 * v0_9)));
      const int t13_2 = (int)(o_5 % 512);
      const float v0_10 = acc10 + x2[(long long)t13_2];
      const float v1_5 = v0_10 * v0_10;
      const float v2_5 = 1.0f / (1.0f + expf(-(1.5957692f * (v0_10 + 0.044715f * (v1_5 * v0_10)))));
      y1[o_5] = v2_5 + v0_10 * (v2_5 * (1.0f - v2_5)) * (1.5957692f * (1.0f + 0.134145f * v1_5));
    }
    const long long on_6 = n0 + tx + 16;
    if (om_2 < M && on_6 < 512LL) {
      const long long o_6 = om_2 * 512 + on_6;
      const int t14_2 = (int)(o_6 % 512);
      const float v0_11 = acc11 + x2[(long long)t14_2];
      y0[o_6] = v0_11 / (1.0f + expf(-1.5957692f * (v0_11 + 0.044715f * v0_11 * v0_11 * v0_11)));
      const int t15_2 = (int)(o_6 % 512);
      const float v0_12 = acc11 + x2[(long long)t15_2];
      const float v1_6 = v0_12 * v0_12;
      const float v2_6 = 1.0f / (1.0f + expf(-(1.5957692f * (v0_12 + 0.044715f * (v1_6 * v0_12)))));
      y1[o_6] = v2_6 + v0_12 * (v2_6 * (1.0f - v2_6)) * (1.5957692f * (1.0f + 0.134145f * v1_6));
    }
    const long long on_7 = n0 + tx + 32;
    if (om_2 < M && on_7 < 512LL) {
      const long long o_7 = om_2 * 512 + on_7;
      const int t16_2 = (int)(o_7 % 512);
      const float v0_13 = acc12 + x2[(long long)t16_2];
      y0[o_7] = v0_13 / (1.0f + expf(-1.5957692f * (v0_13 + 0.044715f * v0_13 * v0_13 * v0_13)));
      const int t17_2 = (int)(o_7 % 512);
      const float v0_14 = acc12 + x2[(long long)t17_2];
      const float v1_7 = v0_14 * v0_14;
      const float v2_7 = 1.0f / (1.0f + expf(-(1.5957692f * (v0_14 + 0.044715f * (v1_7 * v0_14)))));
      y1[o_7] = v2_7 + v0_14 * (v2_7 * (1.0f - v2_7)) * (1.5957692f * (1.0f + 0.134145f * v1_7));
    }
    const long long on_8 = n0 + tx + 48;
    if (om_2 < M && on_8 < 512LL) {
      const long long o_8 = om_2 * 512 + on_8;
      const int t18_2 = (int)(o_8 % 512);
      const float v0_15 = acc13 + x2[(long long)t18_2];
      y0[o_8] = v0_15 / (1.0f + expf(-1.5957692f * (v0_15 + 0.044715f * v0_15 * v0_15 * v0_15)));
      const int t19_2 = (int)(o_8 % 512);
      const float v0_16 = acc13 + x2[(long long)t19_2];
      const float v1_8 = v0_16 * v0_16;
      const float v2_8 = 1.0f / (1.0f + expf(-(1.5957692f * (v0_16 + 0.044715f * (v1_8 * v0_16)))));
      y1[o_8] = v2_8 + v0_16 * (v2_8 * (1.0f - v2_8)) * (1.5957692f * (1.0f + 0.134145f * v1_8));
    }
    const long long om_3 = m0 + ty + 32;
    const long long on_9 = n0 + tx;
    if (om_3 < M && on_9 < 512LL) {
      const long long o_9 = om_3 * 512 + on_9;
      const int t20_2 = (int)(o_9 % 512);
      const float v0_17 = acc20 + x2[(long long)t20_2];
      y0[o_9] = v0_17 / (1.0f + expf(-1.5957692f * (v0_17 + 0.044715f * v0_17 * v0_17 * v0_17)));
      const int t21_2 = (int)(o_9 % 512);
      const float v0_18 = acc20 + x2[(long long)t21_2];
      const float v1_9 = v0_18 * v0_18;
      const float v2_9 = 1.0f / (1.0f + expf(-(1.5957692f * (v0_18 + 0.044715f * (v1_9 * v0_18)))));
      y1[o_9] = v2_9 + v0_18 * (v2_9 * (1.0f - v2_9)) * (1.5957692f * (1.0f + 0.134145f * v1_9));
    }
    const long long on_10 = n0 + tx + 16;
    if (om_3 < M && on_10 < 512LL) {
      const long long o_10 = om_3 * 512 + on_10;
      const int t22_2 = (int)(o_10 % 512);
      const float v0_19 = acc21 + x2[(long long)t22_2];
      y0[o_10] = v0_19 / (1.0f + expf(-1.5957692f * (v0_19 + 0.044715f * v0_19 * v0_19 * v0_19)));
      const int t23_2 = (int)(o_10 % 512);
      const float v0_20 = acc21 + x2[(long long)t23_2];
      const float v1_10 = v0_20 * v0_20;
      const float v2_10 = 1.0f / (1.0f + expf(-(1.5957692f * (v0_20 + 0.044715f * (v1_10 * v0_20)))));
      y1[o_10] = v2_10 + v0_20 * (v2_10 * (1.0f - v2_10)) * (1.5957692f * (1.0f + 0.134145f * v1_10));
    }
    const long long on_11 = n0 + tx + 32;
    if (om_3 < M && on_11 < 512LL) {
      const long long o_11 = om_3 * 512 + on_11;
      const int t24_2 = (int)(o_11 % 512);
      const float v0_21 = acc22 + x2[(long long)t24_2];
      y0[o_11] = v0_21 / (1.0f + expf(-1.5957692f * (v0_21 + 0.044715f * v0_21 * v0_21 * v0_21)));
      const int t25_2 = (int)(o_11 % 512);
      const float v0_22 = acc22 + x2[(long long)t25_2];
      const float v1_11 = v0_22 * v0_22;
      const float v2_11 = 1.0f / (1.0f + expf(-(1.5957692f * (v0_22 + 0.044715f * (v1_11 * v0_22)))));
      y1[o_11] = v2_11 + v0_22 * (v2_11 * (1.0f - v2_11)) * (1.5957692f * (1.0f + 0.134145f * v1_11));
    }
    const long long on_12 = n0 + tx + 48;
    if (om_3 < M && on_12 < 512LL) {
      const long long o_12 = om_3 * 512 + on_12;
      const int t26_2 = (int)(o_12 % 512);
      const float v0_23 = acc23 + x2[(long long)t26_2];
      y0[o_12] = v0_23 / (1.0f + expf(-1.5957692f * (v0_23 + 0.044715f * v0_23 * v0_23 * v0_23)));
      const int t27_2 = (int)(o_12 % 512);
      const float v0_24 = acc23 + x2[(long long)t27_2];
      const float v1_12 = v0_24 * v0_24;
      const float v2_12 = 1.0f / (1.0f + expf(-(1.5957692f * (v0_24 + 0.044715f * (v1_12 * v0_24)))));
      y1[o_12] = v2_12 + v0_24 * (v2_12 * (1.0f - v2_12)) * (1.5957692f * (1.0f + 0.134145f * v1_12));
    }
    const long long om_4 = m0 + ty + 48;
    const long long on_13 = n0 + tx;
    if (om_4 < M && on_13 < 512LL) {
      const long long o_13 = om_4 * 512 + on_13;
      const int t28_2 = (int)(o_13 % 512);
      const float v0_25 = acc30 + x2[(long long)t28_2];
      y0[o_13] = v0_25 / (1.0f + expf(-1.5957692f * (v0_25 + 0.044715f * v0_25 * v0_25 * v0_25)));
      const int t29_2 = (int)(o_13 % 512);
      const float v0_26 = acc30 + x2[(long long)t29_2];
      const float v1_13 = v0_26 * v0_26;
      const float v2_13 = 1.0f / (1.0f + expf(-(1.5957692f * (v0_26 + 0.044715f * (v1_13 * v0_26)))));
      y1[o_13] = v2_13 + v0_26 * (v2_13 * (1.0f - v2_13)) * (1.5957692f * (1.0f + 0.134145f * v1_13));
    }
    const long long on_14 = n0 + tx + 16;
    if (om_4 < M && on_14 < 512LL) {
      const long long o_14 = om_4 * 512 + on_14;
      const int t30_2 = (int)(o_14 % 512);
      const float v0_27 = acc31 + x2[(long long)t30_2];
      y0[o_14] = v0_27 / (1.0f + expf(-1.5957692f * (v0_27 + 0.044715f * v0_27 * v0_27 * v0_27)));
      const int t31_2 = (int)(o_14 % 512);
      const float v0_28 = acc31 + x2[(long long)t31_2];
      const float v1_14 = v0_28 * v0_28;
      const float v2_14 = 1.0f / (1.0f + expf(-(1.5957692f * (v0_28 + 0.044715f * (v1_14 * v0_28)))));
      y1[o_14] = v2_14 + v0_28 * (v2_14 * (1.0f - v2_14)) * (1.5957692f * (1.0f + 0.134145f * v1_14));
    }
    const long long on_15 = n0 + tx + 32;
    if (om_4 < M && on_15 < 512LL) {
      const long long o_15 = om_4 * 512 + on_15;
      const int t32_2 = (int)(o_15 % 512);
      const float v0_29 = acc32 + x2[(long long)t32_2];
      y0[o_15] = v0_29 / (1.0f + expf(-1.5957692f * (v0_29 + 0.044715f * v0_29 * v0_29 * v0_29)));
      const int t33_2 = (int)(o_15 % 512);
      const float v0_30 = acc32 + x2[(long long)t33_2];
      const float v1_15 = v0_30 * v0_30;
      const float v2_15 = 1.0f / (1.0f + expf(-(1.5957692f * (v0_30 + 0.044715f * (v1_15 * v0_30)))));
      y1[o_15] = v2_15 + v0_30 * (v2_15 * (1.0f - v2_15)) * (1.5957692f * (1.0f + 0.134145f * v1_15));
    }
    const long long on_16 = n0 + tx + 48;
    if (om_4 < M && on_16 < 512LL) {
      const long long o_16 = om_4 * 512 + on_16;
      const int t34_2 = (int)(o_16 % 512);
      const float v0_31 = acc33 + x2[(long long)t34_2];
      y0[o_16] = v0_31 / (1.0f + expf(-1.5957692f * (v0_31 + 0.044715f * v0_31 * v0_31 * v0_31)));
      const int t35_2 = (int)(o_16 % 512);
      const float v0_32 = acc33 + x2[(long long)t35_2];
      const float v1_16 = v0_32 * v0_32;
      const float v2_16 = 1.0f / (1.0f + expf(-(1.5957692f * (v0_32 + 0.044715f * (v1_16 * v0_32)))));
      y1[o_16] = v2_16 + v0_32 * (v2_16 * (1.0f - v2_16)) * (1.5957692f * (1.0f + 0.134145f * v1_16));
    }
  }
}
