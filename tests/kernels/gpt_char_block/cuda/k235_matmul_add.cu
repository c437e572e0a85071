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

/* k235_matmul_add: 25 IR nodes, tiled: 64x64 outputs per work group of 256 work items
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
 * arguments: x109 = %109; x110 = %110; x114 = %114; y118 = %118; y235 = %235; d_B = B; d_T = T
 */
extern "C" __global__ void k235_matmul_add(const float *__restrict__ x109, const float *__restrict__ x110, const float *__restrict__ x114,
    float *__restrict__ y118, float *__restrict__ y235, int d_B, int d_T) {
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
        va = x109[gm * 128 + gk];
      }
      As[ak * 64 + am] = va;
      const int e = lid + 256;
      const int am_2 = e / 16;
      const int ak_2 = e % 16;
      const long long gm_2 = m0 + am_2;
      const long long gk_2 = k0 + ak_2;
      float va_2 = 0.0f;
      if (gm_2 < M && gk_2 < 128LL) {
        va_2 = x109[gm_2 * 128 + gk_2];
      }
      As[ak_2 * 64 + am_2] = va_2;
      const int e_2 = lid + 512;
      const int am_3 = e_2 / 16;
      const int ak_3 = e_2 % 16;
      const long long gm_3 = m0 + am_3;
      const long long gk_3 = k0 + ak_3;
      float va_3 = 0.0f;
      if (gm_3 < M && gk_3 < 128LL) {
        va_3 = x109[gm_3 * 128 + gk_3];
      }
      As[ak_3 * 64 + am_3] = va_3;
      const int e_3 = lid + 768;
      const int am_4 = e_3 / 16;
      const int ak_4 = e_3 % 16;
      const long long gm_4 = m0 + am_4;
      const long long gk_4 = k0 + ak_4;
      float va_4 = 0.0f;
      if (gm_4 < M && gk_4 < 128LL) {
        va_4 = x109[gm_4 * 128 + gk_4];
      }
      As[ak_4 * 64 + am_4] = va_4;
      const int bk = lid / 64;
      const int bn = lid % 64;
      const long long gk_5 = k0 + bk;
      const long long gn = n0 + bn;
      float vb = 0.0f;
      if (gk_5 < 128LL && gn < 512LL) {
        vb = x110[gk_5 * 512 + gn];
      }
      Bs[lid] = vb;
      const int e_4 = lid + 256;
      const int bk_2 = e_4 / 64;
      const int bn_2 = e_4 % 64;
      const long long gk_6 = k0 + bk_2;
      const long long gn_2 = n0 + bn_2;
      float vb_2 = 0.0f;
      if (gk_6 < 128LL && gn_2 < 512LL) {
        vb_2 = x110[gk_6 * 512 + gn_2];
      }
      Bs[e_4] = vb_2;
      const int e_5 = lid + 512;
      const int bk_3 = e_5 / 64;
      const int bn_3 = e_5 % 64;
      const long long gk_7 = k0 + bk_3;
      const long long gn_3 = n0 + bn_3;
      float vb_3 = 0.0f;
      if (gk_7 < 128LL && gn_3 < 512LL) {
        vb_3 = x110[gk_7 * 512 + gn_3];
      }
      Bs[e_5] = vb_3;
      const int e_6 = lid + 768;
      const int bk_4 = e_6 / 64;
      const int bn_4 = e_6 % 64;
      const long long gk_8 = k0 + bk_4;
      const long long gn_4 = n0 + bn_4;
      float vb_4 = 0.0f;
      if (gk_8 < 128LL && gn_4 < 512LL) {
        vb_4 = x110[gk_8 * 512 + gn_4];
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
      const int t15_2 = (int)(o % 512);
      const float v117 = acc00 + x114[(long long)t15_2];
      y118[o] = v117 / (1.0f + expf(-1.5957692f * (v117 + 0.044715f * v117 * v117 * v117)));
      const int t19_2 = (int)(o % 512);
      const float v117_2 = acc00 + x114[(long long)t19_2];
      const float v218 = v117_2 * v117_2;
      const float v225 = 1.0f / (1.0f + expf(-(1.5957692f * (v117_2 + 0.044715f * (v218 * v117_2)))));
      y235[o] = v225 + v117_2 * (v225 * (1.0f - v225)) * (1.5957692f * (1.0f + 0.134145f * v218));
    }
    const long long on_2 = n0 + tx + 16;
    if (om < M && on_2 < 512LL) {
      const long long o_2 = om * 512 + on_2;
      const int t24_2 = (int)(o_2 % 512);
      const float v117_3 = acc01 + x114[(long long)t24_2];
      y118[o_2] = v117_3 / (1.0f + expf(-1.5957692f * (v117_3 + 0.044715f * v117_3 * v117_3 * v117_3)));
      const int t28_2 = (int)(o_2 % 512);
      const float v117_4 = acc01 + x114[(long long)t28_2];
      const float v218_2 = v117_4 * v117_4;
      const float v225_2 = 1.0f / (1.0f + expf(-(1.5957692f * (v117_4 + 0.044715f * (v218_2 * v117_4)))));
      y235[o_2] = v225_2 + v117_4 * (v225_2 * (1.0f - v225_2)) * (1.5957692f * (1.0f + 0.134145f * v218_2));
    }
    const long long on_3 = n0 + tx + 32;
    if (om < M && on_3 < 512LL) {
      const long long o_3 = om * 512 + on_3;
      const int t33_2 = (int)(o_3 % 512);
      const float v117_5 = acc02 + x114[(long long)t33_2];
      y118[o_3] = v117_5 / (1.0f + expf(-1.5957692f * (v117_5 + 0.044715f * v117_5 * v117_5 * v117_5)));
      const int t37_2 = (int)(o_3 % 512);
      const float v117_6 = acc02 + x114[(long long)t37_2];
      const float v218_3 = v117_6 * v117_6;
      const float v225_3 = 1.0f / (1.0f + expf(-(1.5957692f * (v117_6 + 0.044715f * (v218_3 * v117_6)))));
      y235[o_3] = v225_3 + v117_6 * (v225_3 * (1.0f - v225_3)) * (1.5957692f * (1.0f + 0.134145f * v218_3));
    }
    const long long on_4 = n0 + tx + 48;
    if (om < M && on_4 < 512LL) {
      const long long o_4 = om * 512 + on_4;
      const int t42_2 = (int)(o_4 % 512);
      const float v117_7 = acc03 + x114[(long long)t42_2];
      y118[o_4] = v117_7 / (1.0f + expf(-1.5957692f * (v117_7 + 0.044715f * v117_7 * v117_7 * v117_7)));
      const int t46_2 = (int)(o_4 % 512);
      const float v117_8 = acc03 + x114[(long long)t46_2];
      const float v218_4 = v117_8 * v117_8;
      const float v225_4 = 1.0f / (1.0f + expf(-(1.5957692f * (v117_8 + 0.044715f * (v218_4 * v117_8)))));
      y235[o_4] = v225_4 + v117_8 * (v225_4 * (1.0f - v225_4)) * (1.5957692f * (1.0f + 0.134145f * v218_4));
    }
    const long long om_2 = m0 + ty + 16;
    const long long on_5 = n0 + tx;
    if (om_2 < M && on_5 < 512LL) {
      const long long o_5 = om_2 * 512 + on_5;
      const int t51_2 = (int)(o_5 % 512);
      const float v117_9 = acc10 + x114[(long long)t51_2];
      y118[o_5] = v117_9 / (1.0f + expf(-1.5957692f * (v117_9 + 0.044715f * v117_9 * v117_9 * v117_9)));
      const int t55_2 = (int)(o_5 % 512);
      const float v117_10 = acc10 + x114[(long long)t55_2];
      const float v218_5 = v117_10 * v117_10;
      const float v225_5 = 1.0f / (1.0f + expf(-(1.5957692f * (v117_10 + 0.044715f * (v218_5 * v117_10)))));
      y235[o_5] = v225_5 + v117_10 * (v225_5 * (1.0f - v225_5)) * (1.5957692f * (1.0f + 0.134145f * v218_5));
    }
    const long long on_6 = n0 + tx + 16;
    if (om_2 < M && on_6 < 512LL) {
      const long long o_6 = om_2 * 512 + on_6;
      const int t60_2 = (int)(o_6 % 512);
      const float v117_11 = acc11 + x114[(long long)t60_2];
      y118[o_6] = v117_11 / (1.0f + expf(-1.5957692f * (v117_11 + 0.044715f * v117_11 * v117_11 * v117_11)));
      const int t64_2 = (int)(o_6 % 512);
      const float v117_12 = acc11 + x114[(long long)t64_2];
      const float v218_6 = v117_12 * v117_12;
      const float v225_6 = 1.0f / (1.0f + expf(-(1.5957692f * (v117_12 + 0.044715f * (v218_6 * v117_12)))));
      y235[o_6] = v225_6 + v117_12 * (v225_6 * (1.0f - v225_6)) * (1.5957692f * (1.0f + 0.134145f * v218_6));
    }
    const long long on_7 = n0 + tx + 32;
    if (om_2 < M && on_7 < 512LL) {
      const long long o_7 = om_2 * 512 + on_7;
      const int t69_2 = (int)(o_7 % 512);
      const float v117_13 = acc12 + x114[(long long)t69_2];
      y118[o_7] = v117_13 / (1.0f + expf(-1.5957692f * (v117_13 + 0.044715f * v117_13 * v117_13 * v117_13)));
      const int t73_2 = (int)(o_7 % 512);
      const float v117_14 = acc12 + x114[(long long)t73_2];
      const float v218_7 = v117_14 * v117_14;
      const float v225_7 = 1.0f / (1.0f + expf(-(1.5957692f * (v117_14 + 0.044715f * (v218_7 * v117_14)))));
      y235[o_7] = v225_7 + v117_14 * (v225_7 * (1.0f - v225_7)) * (1.5957692f * (1.0f + 0.134145f * v218_7));
    }
    const long long on_8 = n0 + tx + 48;
    if (om_2 < M && on_8 < 512LL) {
      const long long o_8 = om_2 * 512 + on_8;
      const int t78_2 = (int)(o_8 % 512);
      const float v117_15 = acc13 + x114[(long long)t78_2];
      y118[o_8] = v117_15 / (1.0f + expf(-1.5957692f * (v117_15 + 0.044715f * v117_15 * v117_15 * v117_15)));
      const int t82_2 = (int)(o_8 % 512);
      const float v117_16 = acc13 + x114[(long long)t82_2];
      const float v218_8 = v117_16 * v117_16;
      const float v225_8 = 1.0f / (1.0f + expf(-(1.5957692f * (v117_16 + 0.044715f * (v218_8 * v117_16)))));
      y235[o_8] = v225_8 + v117_16 * (v225_8 * (1.0f - v225_8)) * (1.5957692f * (1.0f + 0.134145f * v218_8));
    }
    const long long om_3 = m0 + ty + 32;
    const long long on_9 = n0 + tx;
    if (om_3 < M && on_9 < 512LL) {
      const long long o_9 = om_3 * 512 + on_9;
      const int t87_2 = (int)(o_9 % 512);
      const float v117_17 = acc20 + x114[(long long)t87_2];
      y118[o_9] = v117_17 / (1.0f + expf(-1.5957692f * (v117_17 + 0.044715f * v117_17 * v117_17 * v117_17)));
      const int t91_2 = (int)(o_9 % 512);
      const float v117_18 = acc20 + x114[(long long)t91_2];
      const float v218_9 = v117_18 * v117_18;
      const float v225_9 = 1.0f / (1.0f + expf(-(1.5957692f * (v117_18 + 0.044715f * (v218_9 * v117_18)))));
      y235[o_9] = v225_9 + v117_18 * (v225_9 * (1.0f - v225_9)) * (1.5957692f * (1.0f + 0.134145f * v218_9));
    }
    const long long on_10 = n0 + tx + 16;
    if (om_3 < M && on_10 < 512LL) {
      const long long o_10 = om_3 * 512 + on_10;
      const int t96_2 = (int)(o_10 % 512);
      const float v117_19 = acc21 + x114[(long long)t96_2];
      y118[o_10] = v117_19 / (1.0f + expf(-1.5957692f * (v117_19 + 0.044715f * v117_19 * v117_19 * v117_19)));
      const int t100_2 = (int)(o_10 % 512);
      const float v117_20 = acc21 + x114[(long long)t100_2];
      const float v218_10 = v117_20 * v117_20;
      const float v225_10 = 1.0f / (1.0f + expf(-(1.5957692f * (v117_20 + 0.044715f * (v218_10 * v117_20)))));
      y235[o_10] = v225_10 + v117_20 * (v225_10 * (1.0f - v225_10)) * (1.5957692f * (1.0f + 0.134145f * v218_10));
    }
    const long long on_11 = n0 + tx + 32;
    if (om_3 < M && on_11 < 512LL) {
      const long long o_11 = om_3 * 512 + on_11;
      const int t105_2 = (int)(o_11 % 512);
      const float v117_21 = acc22 + x114[(long long)t105_2];
      y118[o_11] = v117_21 / (1.0f + expf(-1.5957692f * (v117_21 + 0.044715f * v117_21 * v117_21 * v117_21)));
      const int t109_2 = (int)(o_11 % 512);
      const float v117_22 = acc22 + x114[(long long)t109_2];
      const float v218_11 = v117_22 * v117_22;
      const float v225_11 = 1.0f / (1.0f + expf(-(1.5957692f * (v117_22 + 0.044715f * (v218_11 * v117_22)))));
      y235[o_11] = v225_11 + v117_22 * (v225_11 * (1.0f - v225_11)) * (1.5957692f * (1.0f + 0.134145f * v218_11));
    }
    const long long on_12 = n0 + tx + 48;
    if (om_3 < M && on_12 < 512LL) {
      const long long o_12 = om_3 * 512 + on_12;
      const int t114_2 = (int)(o_12 % 512);
      const float v117_23 = acc23 + x114[(long long)t114_2];
      y118[o_12] = v117_23 / (1.0f + expf(-1.5957692f * (v117_23 + 0.044715f * v117_23 * v117_23 * v117_23)));
      const int t118_2 = (int)(o_12 % 512);
      const float v117_24 = acc23 + x114[(long long)t118_2];
      const float v218_12 = v117_24 * v117_24;
      const float v225_12 = 1.0f / (1.0f + expf(-(1.5957692f * (v117_24 + 0.044715f * (v218_12 * v117_24)))));
      y235[o_12] = v225_12 + v117_24 * (v225_12 * (1.0f - v225_12)) * (1.5957692f * (1.0f + 0.134145f * v218_12));
    }
    const long long om_4 = m0 + ty + 48;
    const long long on_13 = n0 + tx;
    if (om_4 < M && on_13 < 512LL) {
      const long long o_13 = om_4 * 512 + on_13;
      const int t123_2 = (int)(o_13 % 512);
      const float v117_25 = acc30 + x114[(long long)t123_2];
      y118[o_13] = v117_25 / (1.0f + expf(-1.5957692f * (v117_25 + 0.044715f * v117_25 * v117_25 * v117_25)));
      const int t127_2 = (int)(o_13 % 512);
      const float v117_26 = acc30 + x114[(long long)t127_2];
      const float v218_13 = v117_26 * v117_26;
      const float v225_13 = 1.0f / (1.0f + expf(-(1.5957692f * (v117_26 + 0.044715f * (v218_13 * v117_26)))));
      y235[o_13] = v225_13 + v117_26 * (v225_13 * (1.0f - v225_13)) * (1.5957692f * (1.0f + 0.134145f * v218_13));
    }
    const long long on_14 = n0 + tx + 16;
    if (om_4 < M && on_14 < 512LL) {
      const long long o_14 = om_4 * 512 + on_14;
      const int t132_2 = (int)(o_14 % 512);
      const float v117_27 = acc31 + x114[(long long)t132_2];
      y118[o_14] = v117_27 / (1.0f + expf(-1.5957692f * (v117_27 + 0.044715f * v117_27 * v117_27 * v117_27)));
      const int t136_2 = (int)(o_14 % 512);
      const float v117_28 = acc31 + x114[(long long)t136_2];
      const float v218_14 = v117_28 * v117_28;
      const float v225_14 = 1.0f / (1.0f + expf(-(1.5957692f * (v117_28 + 0.044715f * (v218_14 * v117_28)))));
      y235[o_14] = v225_14 + v117_28 * (v225_14 * (1.0f - v225_14)) * (1.5957692f * (1.0f + 0.134145f * v218_14));
    }
    const long long on_15 = n0 + tx + 32;
    if (om_4 < M && on_15 < 512LL) {
      const long long o_15 = om_4 * 512 + on_15;
      const int t141_2 = (int)(o_15 % 512);
      const float v117_29 = acc32 + x114[(long long)t141_2];
      y118[o_15] = v117_29 / (1.0f + expf(-1.5957692f * (v117_29 + 0.044715f * v117_29 * v117_29 * v117_29)));
      const int t145_2 = (int)(o_15 % 512);
      const float v117_30 = acc32 + x114[(long long)t145_2];
      const float v218_15 = v117_30 * v117_30;
      const float v225_15 = 1.0f / (1.0f + expf(-(1.5957692f * (v117_30 + 0.044715f * (v218_15 * v117_30)))));
      y235[o_15] = v225_15 + v117_30 * (v225_15 * (1.0f - v225_15)) * (1.5957692f * (1.0f + 0.134145f * v218_15));
    }
    const long long on_16 = n0 + tx + 48;
    if (om_4 < M && on_16 < 512LL) {
      const long long o_16 = om_4 * 512 + on_16;
      const int t150_2 = (int)(o_16 % 512);
      const float v117_31 = acc33 + x114[(long long)t150_2];
      y118[o_16] = v117_31 / (1.0f + expf(-1.5957692f * (v117_31 + 0.044715f * v117_31 * v117_31 * v117_31)));
      const int t154_2 = (int)(o_16 % 512);
      const float v117_32 = acc33 + x114[(long long)t154_2];
      const float v218_16 = v117_32 * v117_32;
      const float v225_16 = 1.0f / (1.0f + expf(-(1.5957692f * (v117_32 + 0.044715f * (v218_16 * v117_32)))));
      y235[o_16] = v225_16 + v117_32 * (v225_16 * (1.0f - v225_16)) * (1.5957692f * (1.0f + 0.134145f * v218_16));
    }
  }
}
