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

/* k121_matmul (matmul_14e197569ef5): 2 IR nodes, tiled: 64x64 outputs per work group of 256 work items
 *   %120 = reshape %118 : f32[B*T, 512]   ($SRC/stdlib/nn.llm:65)
 *   %121 = matmul %120, %119 : f32[B*T, 128]   ($SRC/stdlib/nn.llm:65)
 * arguments: x0 = %118; x1 = %119; y0 = %121; d_B = B; d_T = T
 */
extern "C" __global__ void matmul_14e197569ef5(const float *__restrict__ x0, const float *__restrict__ x1, float *__restrict__ y0, int d_B,
    int d_T) {
  __shared__ float As[1024];
  __shared__ float Bs[1024];
  const int lid = (int)threadIdx.x;
  const int tx = lid % 16;
  const int ty = lid / 16;
  const long long tiles = ((long long)d_B * d_T + 63) / 64 * 2LL;
  const long long groups = (long long)d_B * 2;
  for (long long tile = (long long)blockIdx.x; tile < tiles; tile += groups) {
    const long long M = (long long)d_B * d_T;
    const long long tiles_m = (M + 63) / 64;
    const long long rest = tile % (tiles_m * 2LL);
    const long long m0 = rest / 2LL * 64;
    const long long n0 = rest % 2LL * 64;
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
    for (long long k0 = 0LL; k0 < 512LL; k0 += 16) {
      const int am = lid / 16;
      const int ak = lid % 16;
      const long long gm = m0 + am;
      const long long gk = k0 + ak;
      float va = 0.0f;
      if (gm < M && gk < 512LL) {
        const long long t0_q = gm * 512LL + gk;
        const int t0_2 = (int)(t0_q % 512LL);
        const long long t0_q_2 = t0_q / 512LL;
        const int t0_1 = (int)(t0_q_2 % (long long)d_T);
        const int t0_0 = (int)(t0_q_2 / (long long)d_T);
        va = x0[((long long)t0_0 * d_T + t0_1) * 512 + t0_2];
      }
      As[ak * 64 + am] = va;
      const int e = lid + 256;
      const int am_2 = e / 16;
      const int ak_2 = e % 16;
      const long long gm_2 = m0 + am_2;
      const long long gk_2 = k0 + ak_2;
      float va_2 = 0.0f;
      if (gm_2 < M && gk_2 < 512LL) {
        const long long t1_q = gm_2 * 512LL + gk_2;
        const int t1_2 = (int)(t1_q % 512LL);
        const long long t1_q_2 = t1_q / 512LL;
        const int t1_1 = (int)(t1_q_2 % (long long)d_T);
        const int t1_0 = (int)(t1_q_2 / (long long)d_T);
        va_2 = x0[((long long)t1_0 * d_T + t1_1) * 512 + t1_2];
      }
      As[ak_2 * 64 + am_2] = va_2;
      const int e_2 = lid + 512;
      const int am_3 = e_2 / 16;
      const int ak_3 = e_2 % 16;
      const long long gm_3 = m0 + am_3;
      const long long gk_3 = k0 + ak_3;
      float va_3 = 0.0f;
      if (gm_3 < M && gk_3 < 512LL) {
        const long long t2_q = gm_3 * 512LL + gk_3;
        const int t2_2 = (int)(t2_q % 512LL);
        const long long t2_q_2 = t2_q / 512LL;
        const int t2_1 = (int)(t2_q_2 % (long long)d_T);
        const int t2_0 = (int)(t2_q_2 / (long long)d_T);
        va_3 = x0[((long long)t2_0 * d_T + t2_1) * 512 + t2_2];
      }
      As[ak_3 * 64 + am_3] = va_3;
      const int e_3 = lid + 768;
      const int am_4 = e_3 / 16;
      const int ak_4 = e_3 % 16;
      const long long gm_4 = m0 + am_4;
      const long long gk_4 = k0 + ak_4;
      float va_4 = 0.0f;
      if (gm_4 < M && gk_4 < 512LL) {
        const long long t3_q = gm_4 * 512LL + gk_4;
        const int t3_2 = (int)(t3_q % 512LL);
        const long long t3_q_2 = t3_q / 512LL;
        const int t3_1 = (int)(t3_q_2 % (long long)d_T);
        const int t3_0 = (int)(t3_q_2 / (long long)d_T);
        va_4 = x0[((long long)t3_0 * d_T + t3_1) * 512 + t3_2];
      }
      As[ak_4 * 64 + am_4] = va_4;
      const int bk = lid / 64;
      const int bn = lid % 64;
      const long long gk_5 = k0 + bk;
      const long long gn = n0 + bn;
      float vb = 0.0f;
      if (gk_5 < 512LL && gn < 128LL) {
        vb = x1[gk_5 * 128 + gn];
      }
      Bs[lid] = vb;
      const int e_4 = lid + 256;
      const int bk_2 = e_4 / 64;
      const int bn_2 = e_4 % 64;
      const long long gk_6 = k0 + bk_2;
      const long long gn_2 = n0 + bn_2;
      float vb_2 = 0.0f;
      if (gk_6 < 512LL && gn_2 < 128LL) {
        vb_2 = x1[gk_6 * 128 + gn_2];
      }
      Bs[e_4] = vb_2;
      const int e_5 = lid + 512;
      const int bk_3 = e_5 / 64;
      const int bn_3 = e_5 % 64;
      const long long gk_7 = k0 + bk_3;
      const long long gn_3 = n0 + bn_3;
      float vb_3 = 0.0f;
      if (gk_7 < 512LL && gn_3 < 128LL) {
        vb_3 = x1[gk_7 * 128 + gn_3];
      }
      Bs[e_5] = vb_3;
      const int e_6 = lid + 768;
      const int bk_4 = e_6 / 64;
      const int bn_4 = e_6 % 64;
      const long long gk_8 = k0 + bk_4;
      const long long gn_4 = n0 + bn_4;
      float vb_4 = 0.0f;
      if (gk_8 < 512LL && gn_4 < 128LL) {
        vb_4 = x1[gk_8 * 128 + gn_4];
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
    if (om < M && on < 128LL) {
      const long long o = om * 128 + on;
      y0[o] = acc00;
    }
    const long long on_2 = n0 + tx + 16;
    if (om < M && on_2 < 128LL) {
      const long long o_2 = om * 128 + on_2;
      y0[o_2] = acc01;
    }
    const long long on_3 = n0 + tx + 32;
    if (om < M && on_3 < 128LL) {
      const long long o_3 = om * 128 + on_3;
      y0[o_3] = acc02;
    }
    const long long on_4 = n0 + tx + 48;
    if (om < M && on_4 < 128LL) {
      const long long o_4 = om * 128 + on_4;
      y0[o_4] = acc03;
    }
    const long long om_2 = m0 + ty + 16;
    const long long on_5 = n0 + tx;
    if (om_2 < M && on_5 < 128LL) {
      const long long o_5 = om_2 * 128 + on_5;
      y0[o_5] = acc10;
    }
    const long long on_6 = n0 + tx + 16;
    if (om_2 < M && on_6 < 128LL) {
      const long long o_6 = om_2 * 128 + on_6;
      y0[o_6] = acc11;
    }
    const long long on_7 = n0 + tx + 32;
    if (om_2 < M && on_7 < 128LL) {
      const long long o_7 = om_2 * 128 + on_7;
      y0[o_7] = acc12;
    }
    const long long on_8 = n0 + tx + 48;
    if (om_2 < M && on_8 < 128LL) {
      const long long o_8 = om_2 * 128 + on_8;
      y0[o_8] = acc13;
    }
    const long long om_3 = m0 + ty + 32;
    const long long on_9 = n0 + tx;
    if (om_3 < M && on_9 < 128LL) {
      const long long o_9 = om_3 * 128 + on_9;
      y0[o_9] = acc20;
    }
    const long long on_10 = n0 + tx + 16;
    if (om_3 < M && on_10 < 128LL) {
      const long long o_10 = om_3 * 128 + on_10;
      y0[o_10] = acc21;
    }
    const long long on_11 = n0 + tx + 32;
    if (om_3 < M && on_11 < 128LL) {
      const long long o_11 = om_3 * 128 + on_11;
      y0[o_11] = acc22;
    }
    const long long on_12 = n0 + tx + 48;
    if (om_3 < M && on_12 < 128LL) {
      const long long o_12 = om_3 * 128 + on_12;
      y0[o_12] = acc23;
    }
    const long long om_4 = m0 + ty + 48;
    const long long on_13 = n0 + tx;
    if (om_4 < M && on_13 < 128LL) {
      const long long o_13 = om_4 * 128 + on_13;
      y0[o_13] = acc30;
    }
    const long long on_14 = n0 + tx + 16;
    if (om_4 < M && on_14 < 128LL) {
      const long long o_14 = om_4 * 128 + on_14;
      y0[o_14] = acc31;
    }
    const long long on_15 = n0 + tx + 32;
    if (om_4 < M && on_15 < 128LL) {
      const long long o_15 = om_4 * 128 + on_15;
      y0[o_15] = acc32;
    }
    const long long on_16 = n0 + tx + 48;
    if (om_4 < M && on_16 < 128LL) {
      const long long o_16 = om_4 * 128 + on_16;
      y0[o_16] = acc33;
    }
  }
}
