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

/* k72_matmul_permute (matmul_permute_07b05418b0c9): 4 IR nodes, tiled: 64x64 outputs per work group of 256 work items
 *   %67 = reshape %1 : f32[B*T, 16]   ($SRC/stdlib/nn.llm:65)
 *   %68 = matmul %67, %66 : f32[B*T, 16]   ($SRC/stdlib/nn.llm:65)
 *   %71 = reshape %68 : f32[B, T, 2, 8]   ($SRC/stdlib/nn.llm:157)
 *   %72 = permute %71 perm=[0, 2, 1, 3] : f32[B, 2, T, 8]   ($SRC/stdlib/nn.llm:157)
 * arguments: x0 = %1; x1 = %66; y0 = %72; d_B = B; d_T = T
 */
extern "C" __global__ void matmul_permute_07b05418b0c9(const float *__restrict__ x0, const float *__restrict__ x1, float *__restrict__ y0, int d_B,
    int d_T) {
  __shared__ float As[1024];
  __shared__ float Bs[1024];
  const int lid = (int)threadIdx.x;
  const int tx = lid % 16;
  const int ty = lid / 16;
  const long long tiles = ((long long)d_B * d_T + 63) / 64;
  const long long groups = (long long)d_B;
  for (long long tile = (long long)blockIdx.x; tile < tiles; tile += groups) {
    const long long M = (long long)d_B * d_T;
    const long long tiles_m = (M + 63) / 64;
    const long long rest = tile % tiles_m;
    const long long m0 = rest * 64;
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
    for (long long k0 = 0LL; k0 < 16LL; k0 += 16) {
      const int am = lid / 16;
      const int ak = lid % 16;
      const long long gm = m0 + am;
      const long long gk = k0 + ak;
      float va = 0.0f;
      if (gm < M && gk < 16LL) {
        const long long t0_q = gm * 16LL + gk;
        const int t0_2 = (int)(t0_q % 16LL);
        const long long t0_q_2 = t0_q / 16LL;
        const int t0_1 = (int)(t0_q_2 % (long long)d_T);
        const int t0_0 = (int)(t0_q_2 / (long long)d_T);
        va = x0[((long long)t0_0 * d_T + t0_1) * 16 + t0_2];
      }
      As[ak * 64 + am] = va;
      const int e = lid + 256;
      const int am_2 = e / 16;
      const int ak_2 = e % 16;
      const long long gm_2 = m0 + am_2;
      const long long gk_2 = k0 + ak_2;
      float va_2 = 0.0f;
      if (gm_2 < M && gk_2 < 16LL) {
        const long long t1_q = gm_2 * 16LL + gk_2;
        const int t1_2 = (int)(t1_q % 16LL);
        const long long t1_q_2 = t1_q / 16LL;
        const int t1_1 = (int)(t1_q_2 % (long long)d_T);
        const int t1_0 = (int)(t1_q_2 / (long long)d_T);
        va_2 = x0[((long long)t1_0 * d_T + t1_1) * 16 + t1_2];
      }
      As[ak_2 * 64 + am_2] = va_2;
      const int e_2 = lid + 512;
      const int am_3 = e_2 / 16;
      const int ak_3 = e_2 % 16;
      const long long gm_3 = m0 + am_3;
      const long long gk_3 = k0 + ak_3;
      float va_3 = 0.0f;
      if (gm_3 < M && gk_3 < 16LL) {
        const long long t2_q = gm_3 * 16LL + gk_3;
        const int t2_2 = (int)(t2_q % 16LL);
        const long long t2_q_2 = t2_q / 16LL;
        const int t2_1 = (int)(t2_q_2 % (long long)d_T);
        const int t2_0 = (int)(t2_q_2 / (long long)d_T);
        va_3 = x0[((long long)t2_0 * d_T + t2_1) * 16 + t2_2];
      }
      As[ak_3 * 64 + am_3] = va_3;
      const int e_3 = lid + 768;
      const int am_4 = e_3 / 16;
      const int ak_4 = e_3 % 16;
      const long long gm_4 = m0 + am_4;
      const long long gk_4 = k0 + ak_4;
      float va_4 = 0.0f;
      if (gm_4 < M && gk_4 < 16LL) {
        const long long t3_q = gm_4 * 16LL + gk_4;
        const int t3_2 = (int)(t3_q % 16LL);
        const long long t3_q_2 = t3_q / 16LL;
        const int t3_1 = (int)(t3_q_2 % (long long)d_T);
        const int t3_0 = (int)(t3_q_2 / (long long)d_T);
        va_4 = x0[((long long)t3_0 * d_T + t3_1) * 16 + t3_2];
      }
      As[ak_4 * 64 + am_4] = va_4;
      const int bk = lid / 64;
      const int bn = lid % 64;
      const long long gk_5 = k0 + bk;
      const long long gn = (long long)bn;
      float vb = 0.0f;
      if (gk_5 < 16LL && gn < 16LL) {
        vb = x1[gk_5 * 16 + gn];
      }
      Bs[lid] = vb;
      const int e_4 = lid + 256;
      const int bk_2 = e_4 / 64;
      const int bn_2 = e_4 % 64;
      const long long gk_6 = k0 + bk_2;
      const long long gn_2 = (long long)bn_2;
      float vb_2 = 0.0f;
      if (gk_6 < 16LL && gn_2 < 16LL) {
        vb_2 = x1[gk_6 * 16 + gn_2];
      }
      Bs[e_4] = vb_2;
      const int e_5 = lid + 512;
      const int bk_3 = e_5 / 64;
      const int bn_3 = e_5 % 64;
      const long long gk_7 = k0 + bk_3;
      const long long gn_3 = (long long)bn_3;
      float vb_3 = 0.0f;
      if (gk_7 < 16LL && gn_3 < 16LL) {
        vb_3 = x1[gk_7 * 16 + gn_3];
      }
      Bs[e_5] = vb_3;
      const int e_6 = lid + 768;
      const int bk_4 = e_6 / 64;
      const int bn_4 = e_6 % 64;
      const long long gk_8 = k0 + bk_4;
      const long long gn_4 = (long long)bn_4;
      float vb_4 = 0.0f;
      if (gk_8 < 16LL && gn_4 < 16LL) {
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
    const long long om = m0 + ty;
    const long long on = (long long)tx;
    if (om < M && on < 16LL) {
      const long long o = om * 16 + on;
      const int t4_3 = (int)(o % 8);
      const long long t4_q = o / 8;
      const int t4_2 = (int)(t4_q % 2);
      const long long t4_q_2 = t4_q / 2;
      const int t4_1 = (int)(t4_q_2 % d_T);
      const int t4_0 = (int)(t4_q_2 / d_T);
      y0[(((long long)t4_0 * 2 + t4_2) * d_T + t4_1) * 8 + t4_3] = acc00;
    }
    const long long on_2 = (long long)tx + 16;
    if (om < M && on_2 < 16LL) {
      const long long o_2 = om * 16 + on_2;
      const int t5_3 = (int)(o_2 % 8);
      const long long t5_q = o_2 / 8;
      const int t5_2 = (int)(t5_q % 2);
      const long long t5_q_2 = t5_q / 2;
      const int t5_1 = (int)(t5_q_2 % d_T);
      const int t5_0 = (int)(t5_q_2 / d_T);
      y0[(((long long)t5_0 * 2 + t5_2) * d_T + t5_1) * 8 + t5_3] = acc01;
    }
    const long long on_3 = (long long)tx + 32;
    if (om < M && on_3 < 16LL) {
      const long long o_3 = om * 16 + on_3;
      const int t6_3 = (int)(o_3 % 8);
      const long long t6_q = o_3 / 8;
      const int t6_2 = (int)(t6_q % 2);
      const long long t6_q_2 = t6_q / 2;
      const int t6_1 = (int)(t6_q_2 % d_T);
      const int t6_0 = (int)(t6_q_2 / d_T);
      y0[(((long long)t6_0 * 2 + t6_2) * d_T + t6_1) * 8 + t6_3] = acc02;
    }
    const long long on_4 = (long long)tx + 48;
    if (om < M && on_4 < 16LL) {
      const long long o_4 = om * 16 + on_4;
      const int t7_3 = (int)(o_4 % 8);
      const long long t7_q = o_4 / 8;
      const int t7_2 = (int)(t7_q % 2);
      const long long t7_q_2 = t7_q / 2;
      const int t7_1 = (int)(t7_q_2 % d_T);
      const int t7_0 = (int)(t7_q_2 / d_T);
      y0[(((long long)t7_0 * 2 + t7_2) * d_T + t7_1) * 8 + t7_3] = acc03;
    }
    const long long om_2 = m0 + ty + 16;
    const long long on_5 = (long long)tx;
    if (om_2 < M && on_5 < 16LL) {
      const long long o_5 = om_2 * 16 + on_5;
      const int t8_3 = (int)(o_5 % 8);
      const long long t8_q = o_5 / 8;
      const int t8_2 = (int)(t8_q % 2);
      const long long t8_q_2 = t8_q / 2;
      const int t8_1 = (int)(t8_q_2 % d_T);
      const int t8_0 = (int)(t8_q_2 / d_T);
      y0[(((long long)t8_0 * 2 + t8_2) * d_T + t8_1) * 8 + t8_3] = acc10;
    }
    const long long on_6 = (long long)tx + 16;
    if (om_2 < M && on_6 < 16LL) {
      const long long o_6 = om_2 * 16 + on_6;
      const int t9_3 = (int)(o_6 % 8);
      const long long t9_q = o_6 / 8;
      const int t9_2 = (int)(t9_q % 2);
      const long long t9_q_2 = t9_q / 2;
      const int t9_1 = (int)(t9_q_2 % d_T);
      const int t9_0 = (int)(t9_q_2 / d_T);
      y0[(((long long)t9_0 * 2 + t9_2) * d_T + t9_1) * 8 + t9_3] = acc11;
    }
    const long long on_7 = (long long)tx + 32;
    if (om_2 < M && on_7 < 16LL) {
      const long long o_7 = om_2 * 16 + on_7;
      const int t10_3 = (int)(o_7 % 8);
      const long long t10_q = o_7 / 8;
      const int t10_2 = (int)(t10_q % 2);
      const long long t10_q_2 = t10_q / 2;
      const int t10_1 = (int)(t10_q_2 % d_T);
      const int t10_0 = (int)(t10_q_2 / d_T);
      y0[(((long long)t10_0 * 2 + t10_2) * d_T + t10_1) * 8 + t10_3] = acc12;
    }
    const long long on_8 = (long long)tx + 48;
    if (om_2 < M && on_8 < 16LL) {
      const long long o_8 = om_2 * 16 + on_8;
      const int t11_3 = (int)(o_8 % 8);
      const long long t11_q = o_8 / 8;
      const int t11_2 = (int)(t11_q % 2);
      const long long t11_q_2 = t11_q / 2;
      const int t11_1 = (int)(t11_q_2 % d_T);
      const int t11_0 = (int)(t11_q_2 / d_T);
      y0[(((long long)t11_0 * 2 + t11_2) * d_T + t11_1) * 8 + t11_3] = acc13;
    }
    const long long om_3 = m0 + ty + 32;
    const long long on_9 = (long long)tx;
    if (om_3 < M && on_9 < 16LL) {
      const long long o_9 = om_3 * 16 + on_9;
      const int t12_3 = (int)(o_9 % 8);
      const long long t12_q = o_9 / 8;
      const int t12_2 = (int)(t12_q % 2);
      const long long t12_q_2 = t12_q / 2;
      const int t12_1 = (int)(t12_q_2 % d_T);
      const int t12_0 = (int)(t12_q_2 / d_T);
      y0[(((long long)t12_0 * 2 + t12_2) * d_T + t12_1) * 8 + t12_3] = acc20;
    }
    const long long on_10 = (long long)tx + 16;
    if (om_3 < M && on_10 < 16LL) {
      const long long o_10 = om_3 * 16 + on_10;
      const int t13_3 = (int)(o_10 % 8);
      const long long t13_q = o_10 / 8;
      const int t13_2 = (int)(t13_q % 2);
      const long long t13_q_2 = t13_q / 2;
      const int t13_1 = (int)(t13_q_2 % d_T);
      const int t13_0 = (int)(t13_q_2 / d_T);
      y0[(((long long)t13_0 * 2 + t13_2) * d_T + t13_1) * 8 + t13_3] = acc21;
    }
    const long long on_11 = (long long)tx + 32;
    if (om_3 < M && on_11 < 16LL) {
      const long long o_11 = om_3 * 16 + on_11;
      const int t14_3 = (int)(o_11 % 8);
      const long long t14_q = o_11 / 8;
      const int t14_2 = (int)(t14_q % 2);
      const long long t14_q_2 = t14_q / 2;
      const int t14_1 = (int)(t14_q_2 % d_T);
      const int t14_0 = (int)(t14_q_2 / d_T);
      y0[(((long long)t14_0 * 2 + t14_2) * d_T + t14_1) * 8 + t14_3] = acc22;
    }
    const long long on_12 = (long long)tx + 48;
    if (om_3 < M && on_12 < 16LL) {
      const long long o_12 = om_3 * 16 + on_12;
      const int t15_3 = (int)(o_12 % 8);
      const long long t15_q = o_12 / 8;
      const int t15_2 = (int)(t15_q % 2);
      const long long t15_q_2 = t15_q / 2;
      const int t15_1 = (int)(t15_q_2 % d_T);
      const int t15_0 = (int)(t15_q_2 / d_T);
      y0[(((long long)t15_0 * 2 + t15_2) * d_T + t15_1) * 8 + t15_3] = acc23;
    }
    const long long om_4 = m0 + ty + 48;
    const long long on_13 = (long long)tx;
    if (om_4 < M && on_13 < 16LL) {
      const long long o_13 = om_4 * 16 + on_13;
      const int t16_3 = (int)(o_13 % 8);
      const long long t16_q = o_13 / 8;
      const int t16_2 = (int)(t16_q % 2);
      const long long t16_q_2 = t16_q / 2;
      const int t16_1 = (int)(t16_q_2 % d_T);
      const int t16_0 = (int)(t16_q_2 / d_T);
      y0[(((long long)t16_0 * 2 + t16_2) * d_T + t16_1) * 8 + t16_3] = acc30;
    }
    const long long on_14 = (long long)tx + 16;
    if (om_4 < M && on_14 < 16LL) {
      const long long o_14 = om_4 * 16 + on_14;
      const int t17_3 = (int)(o_14 % 8);
      const long long t17_q = o_14 / 8;
      const int t17_2 = (int)(t17_q % 2);
      const long long t17_q_2 = t17_q / 2;
      const int t17_1 = (int)(t17_q_2 % d_T);
      const int t17_0 = (int)(t17_q_2 / d_T);
      y0[(((long long)t17_0 * 2 + t17_2) * d_T + t17_1) * 8 + t17_3] = acc31;
    }
    const long long on_15 = (long long)tx + 32;
    if (om_4 < M && on_15 < 16LL) {
      const long long o_15 = om_4 * 16 + on_15;
      const int t18_3 = (int)(o_15 % 8);
      const long long t18_q = o_15 / 8;
      const int t18_2 = (int)(t18_q % 2);
      const long long t18_q_2 = t18_q / 2;
      const int t18_1 = (int)(t18_q_2 % d_T);
      const int t18_0 = (int)(t18_q_2 / d_T);
      y0[(((long long)t18_0 * 2 + t18_2) * d_T + t18_1) * 8 + t18_3] = acc32;
    }
    const long long on_16 = (long long)tx + 48;
    if (om_4 < M && on_16 < 16LL) {
      const long long o_16 = om_4 * 16 + on_16;
      const int t19_3 = (int)(o_16 % 8);
      const long long t19_q = o_16 / 8;
      const int t19_2 = (int)(t19_q % 2);
      const long long t19_q_2 = t19_q / 2;
      const int t19_1 = (int)(t19_q_2 % d_T);
      const int t19_0 = (int)(t19_q_2 / d_T);
      y0[(((long long)t19_0 * 2 + t19_2) * d_T + t19_1) * 8 + t19_3] = acc33;
    }
  }
}
