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

/* k297_matmul_permute (matmul_permute_5bfe15f92a2c): 25 IR nodes, tiled: 64x64 outputs per work group of 256 work items
 *   %32 = reshape %30 : f32[B*T, 128]   ($SRC/stdlib/nn.llm:65)
 *   %33 = matmul %32, %31 : f32[B*T, 128]   ($SRC/stdlib/nn.llm:65)
 *   %34 = reshape %33 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:65)
 *   %36 = reshape %35 : f32[1, 1, 128]   ($SRC/stdlib/nn.llm:66)
 *   %37 = expand %36 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:66)
 *   %38 = add %34, %37 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:66)
 *   %39 = reshape %38 : f32[B, T, 4, 32]   ($SRC/stdlib/nn.llm:135)
 *   %41 = matmul %32, %40 : f32[B*T, 128]   ($SRC/stdlib/nn.llm:65)
 *   %42 = reshape %41 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:65)
 *   %44 = reshape %43 : f32[1, 1, 128]   ($SRC/stdlib/nn.llm:66)
 *   %45 = expand %44 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:66)
 *   %46 = add %42, %45 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:66)
 *   %47 = reshape %46 : f32[B, T, 4, 32]   ($SRC/stdlib/nn.llm:136)
 *   %49 = matmul %32, %48 : f32[B*T, 128]   ($SRC/stdlib/nn.llm:65)
 *   %50 = reshape %49 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:65)
 *   %52 = reshape %51 : f32[1, 1, 128]   ($SRC/stdlib/nn.llm:66)
 *   %53 = expand %52 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:66)
 *   %54 = add %50, %53 : f32[B, T, 128]   ($SRC/stdlib/nn.llm:66)
 *   %55 = reshape %54 : f32[B, T, 4, 32]   ($SRC/stdlib/nn.llm:137)
 *   %56 = permute %39 perm=[0, 2, 1, 3] : f32[B, 4, T, 32]   ($SRC/stdlib/nn.llm:149)
 *   %57 = permute %47 perm=[0, 2, 1, 3] : f32[B, 4, T, 32]   ($SRC/stdlib/nn.llm:150)
 *   %58 = permute %55 perm=[0, 2, 1, 3] : f32[B, 4, T, 32]   ($SRC/stdlib/nn.llm:151)
 *   %59 = permute %47 perm=[0, 2, 3, 1] : f32[B, 4, 32, T]   ($SRC/stdlib/nn.llm:152)
 *   %281 = permute %55 perm=[0, 2, 3, 1] : f32[B, 4, 32, T]   ($SRC/stdlib/nn.llm:151)
 *   %297 = permute %39 perm=[0, 2, 3, 1] : f32[B, 4, 32, T]   ($SRC/stdlib/nn.llm:149)
 * arguments: x0 = %30; x1 = %31; x2 = %35; x3 = %40; x4 = %43; x5 = %48; x6 = %51; y0 = %56; y1 = %57; y2 = %58; y3 = %59; y4 = %281; y5 = %297; d_B = B; d_T = T
 */
extern "C" __global__ void matmul_permute_5bfe15f92a2c(const float *__restrict__ x0, const float *__restrict__ x1, const float *__restrict__ x2,
    const float *__restrict__ x3, const float *__restrict__ x4, const float *__restrict__ x5,
    const float *__restrict__ x6, float *__restrict__ y0, float *__restrict__ y1,
    float *__restrict__ y2, float *__restrict__ y3, float *__restrict__ y4, float *__restrict__ y5,
    int d_B, int d_T) {
  __shared__ float As[1024];
  __shared__ float Bs[1024];
  const int lid = (int)threadIdx.x;
  const int tx = lid % 16;
  const int ty = lid / 16;
  const long long tiles = ((long long)d_B * d_T + 63) / 64 * 2LL;
  const long long tiles_2 = ((long long)d_B * d_T + 63) / 64 * 2LL;
  const long long tiles_3 = ((long long)d_B * d_T + 63) / 64 * 2LL;
  const long long tiles_4 = tiles + tiles_2 + tiles_3;
  const long long groups = (long long)d_B * 6;
  for (long long tile = (long long)blockIdx.x; tile < tiles_4; tile += groups) {
    /* sibling 0 */
    if (tile < tiles) {
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
          const float v0 = x0[((long long)t0_0 * d_T + t0_1) * 128 + t0_2];
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
          const float v0_2 = x0[((long long)t1_0 * d_T + t1_1) * 128 + t1_2];
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
          const float v0_3 = x0[((long long)t2_0 * d_T + t2_1) * 128 + t2_2];
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
          const float v0_4 = x0[((long long)t3_0 * d_T + t3_1) * 128 + t3_2];
          va_4 = v0_4;
        }
        As[ak_4 * 64 + am_4] = va_4;
        const int bk = lid / 64;
        const int bn = lid % 64;
        const long long gk_5 = k0 + bk;
        const long long gn = n0 + bn;
        float vb = 0.0f;
        if (gk_5 < 128LL && gn < 128LL) {
          vb = x1[gk_5 * 128 + gn];
        }
        Bs[lid] = vb;
        const int e_4 = lid + 256;
        const int bk_2 = e_4 / 64;
        const int bn_2 = e_4 % 64;
        const long long gk_6 = k0 + bk_2;
        const long long gn_2 = n0 + bn_2;
        float vb_2 = 0.0f;
        if (gk_6 < 128LL && gn_2 < 128LL) {
          vb_2 = x1[gk_6 * 128 + gn_2];
        }
        Bs[e_4] = vb_2;
        const int e_5 = lid + 512;
        const int bk_3 = e_5 / 64;
        const int bn_3 = e_5 % 64;
        const long long gk_7 = k0 + bk_3;
        const long long gn_3 = n0 + bn_3;
        float vb_3 = 0.0f;
        if (gk_7 < 128LL && gn_3 < 128LL) {
          vb_3 = x1[gk_7 * 128 + gn_3];
        }
        Bs[e_5] = vb_3;
        const int e_6 = lid + 768;
        const int bk_4 = e_6 / 64;
        const int bn_4 = e_6 % 64;
        const long long gk_8 = k0 + bk_4;
        const long long gn_4 = n0 + bn_4;
        float vb_4 = 0.0f;
        if (gk_8 < 128LL && gn_4 < 128LL) {
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
        const int t4_3 = (int)(o % 32);
        const long long t4_q = o / 32;
        const int t4_2 = (int)(t4_q % 4);
        const long long t4_q_2 = t4_q / 4;
        const int t4_1 = (int)(t4_q_2 % d_T);
        const int t4_0 = (int)(t4_q_2 / d_T);
        const int t5_2 = (int)(o % 128);
        const float v1 = acc00 + x2[(long long)t5_2];
        y0[(((long long)t4_0 * 4 + t4_2) * d_T + t4_1) * 32 + t4_3] = v1;
        const int t6_3 = (int)(o % 32);
        const long long t6_q = o / 32;
        const int t6_2 = (int)(t6_q % 4);
        const long long t6_q_2 = t6_q / 4;
        const int t6_1 = (int)(t6_q_2 % d_T);
        const int t6_0 = (int)(t6_q_2 / d_T);
        const int t7_2 = (int)(o % 128);
        const float v1_2 = acc00 + x2[(long long)t7_2];
        y5[(((long long)t6_0 * 4 + t6_2) * 32 + t6_3) * d_T + t6_1] = v1_2;
      }
      const long long on_2 = n0 + tx + 16;
      if (om < M && on_2 < 128LL) {
        const long long o_2 = om * 128 + on_2;
        const int t8_3 = (int)(o_2 % 32);
        const long long t8_q = o_2 / 32;
        const int t8_2 = (int)(t8_q % 4);
        const long long t8_q_2 = t8_q / 4;
        const int t8_1 = (int)(t8_q_2 % d_T);
        const int t8_0 = (int)(t8_q_2 / d_T);
        const int t9_2 = (int)(o_2 % 128);
        const float v1_3 = acc01 + x2[(long long)t9_2];
        y0[(((long long)t8_0 * 4 + t8_2) * d_T + t8_1) * 32 + t8_3] = v1_3;
        const int t10_3 = (int)(o_2 % 32);
        const long long t10_q = o_2 / 32;
        const int t10_2 = (int)(t10_q % 4);
        const long long t10_q_2 = t10_q / 4;
        const int t10_1 = (int)(t10_q_2 % d_T);
        const int t10_0 = (int)(t10_q_2 / d_T);
        const int t11_2 = (int)(o_2 % 128);
        const float v1_4 = acc01 + x2[(long long)t11_2];
        y5[(((long long)t10_0 * 4 + t10_2) * 32 + t10_3) * d_T + t10_1] = v1_4;
      }
      const long long on_3 = n0 + tx + 32;
      if (om < M && on_3 < 128LL) {
        const long long o_3 = om * 128 + on_3;
        const int t12_3 = (int)(o_3 % 32);
        const long long t12_q = o_3 / 32;
        const int t12_2 = (int)(t12_q % 4);
        const long long t12_q_2 = t12_q / 4;
        const int t12_1 = (int)(t12_q_2 % d_T);
        const int t12_0 = (int)(t12_q_2 / d_T);
        const int t13_2 = (int)(o_3 % 128);
        const float v1_5 = acc02 + x2[(long long)t13_2];
        y0[(((long long)t12_0 * 4 + t12_2) * d_T + t12_1) * 32 + t12_3] = v1_5;
        const int t14_3 = (int)(o_3 % 32);
        const long long t14_q = o_3 / 32;
        const int t14_2 = (int)(t14_q % 4);
        const long long t14_q_2 = t14_q / 4;
        const int t14_1 = (int)(t14_q_2 % d_T);
        const int t14_0 = (int)(t14_q_2 / d_T);
        const int t15_2 = (int)(o_3 % 128);
        const float v1_6 = acc02 + x2[(long long)t15_2];
        y5[(((long long)t14_0 * 4 + t14_2) * 32 + t14_3) * d_T + t14_1] = v1_6;
      }
      const long long on_4 = n0 + tx + 48;
      if (om < M && on_4 < 128LL) {
        const long long o_4 = om * 128 + on_4;
        const int t16_3 = (int)(o_4 % 32);
        const long long t16_q = o_4 / 32;
        const int t16_2 = (int)(t16_q % 4);
        const long long t16_q_2 = t16_q / 4;
        const int t16_1 = (int)(t16_q_2 % d_T);
        const int t16_0 = (int)(t16_q_2 / d_T);
        const int t17_2 = (int)(o_4 % 128);
        const float v1_7 = acc03 + x2[(long long)t17_2];
        y0[(((long long)t16_0 * 4 + t16_2) * d_T + t16_1) * 32 + t16_3] = v1_7;
        const int t18_3 = (int)(o_4 % 32);
        const long long t18_q = o_4 / 32;
        const int t18_2 = (int)(t18_q % 4);
        const long long t18_q_2 = t18_q / 4;
        const int t18_1 = (int)(t18_q_2 % d_T);
        const int t18_0 = (int)(t18_q_2 / d_T);
        const int t19_2 = (int)(o_4 % 128);
        const float v1_8 = acc03 + x2[(long long)t19_2];
        y5[(((long long)t18_0 * 4 + t18_2) * 32 + t18_3) * d_T + t18_1] = v1_8;
      }
      const long long om_2 = m0 + ty + 16;
      const long long on_5 = n0 + tx;
      if (om_2 < M && on_5 < 128LL) {
        const long long o_5 = om_2 * 128 + on_5;
        const int t20_3 = (int)(o_5 % 32);
        const long long t20_q = o_5 / 32;
        const int t20_2 = (int)(t20_q % 4);
        const long long t20_q_2 = t20_q / 4;
        const int t20_1 = (int)(t20_q_2 % d_T);
        const int t20_0 = (int)(t20_q_2 / d_T);
        const int t21_2 = (int)(o_5 % 128);
        const float v1_9 = acc10 + x2[(long long)t21_2];
        y0[(((long long)t20_0 * 4 + t20_2) * d_T + t20_1) * 32 + t20_3] = v1_9;
        const int t22_3 = (int)(o_5 % 32);
        const long long t22_q = o_5 / 32;
        const int t22_2 = (int)(t22_q % 4);
        const long long t22_q_2 = t22_q / 4;
        const int t22_1 = (int)(t22_q_2 % d_T);
        const int t22_0 = (int)(t22_q_2 / d_T);
        const int t23_2 = (int)(o_5 % 128);
        const float v1_10 = acc10 + x2[(long long)t23_2];
        y5[(((long long)t22_0 * 4 + t22_2) * 32 + t22_3) * d_T + t22_1] = v1_10;
      }
      const long long on_6 = n0 + tx + 16;
      if (om_2 < M && on_6 < 128LL) {
        const long long o_6 = om_2 * 128 + on_6;
        const int t24_3 = (int)(o_6 % 32);
        const long long t24_q = o_6 / 32;
        const int t24_2 = (int)(t24_q % 4);
        const long long t24_q_2 = t24_q / 4;
        const int t24_1 = (int)(t24_q_2 % d_T);
        const int t24_0 = (int)(t24_q_2 / d_T);
        const int t25_2 = (int)(o_6 % 128);
        const float v1_11 = acc11 + x2[(long long)t25_2];
        y0[(((long long)t24_0 * 4 + t24_2) * d_T + t24_1) * 32 + t24_3] = v1_11;
        const int t26_3 = (int)(o_6 % 32);
        const long long t26_q = o_6 / 32;
        const int t26_2 = (int)(t26_q % 4);
        const long long t26_q_2 = t26_q / 4;
        const int t26_1 = (int)(t26_q_2 % d_T);
        const int t26_0 = (int)(t26_q_2 / d_T);
        const int t27_2 = (int)(o_6 % 128);
        const float v1_12 = acc11 + x2[(long long)t27_2];
        y5[(((long long)t26_0 * 4 + t26_2) * 32 + t26_3) * d_T + t26_1] = v1_12;
      }
      const long long on_7 = n0 + tx + 32;
      if (om_2 < M && on_7 < 128LL) {
        const long long o_7 = om_2 * 128 + on_7;
        const int t28_3 = (int)(o_7 % 32);
        const long long t28_q = o_7 / 32;
        const int t28_2 = (int)(t28_q % 4);
        const long long t28_q_2 = t28_q / 4;
        const int t28_1 = (int)(t28_q_2 % d_T);
        const int t28_0 = (int)(t28_q_2 / d_T);
        const int t29_2 = (int)(o_7 % 128);
        const float v1_13 = acc12 + x2[(long long)t29_2];
        y0[(((long long)t28_0 * 4 + t28_2) * d_T + t28_1) * 32 + t28_3] = v1_13;
        const int t30_3 = (int)(o_7 % 32);
        const long long t30_q = o_7 / 32;
        const int t30_2 = (int)(t30_q % 4);
        const long long t30_q_2 = t30_q / 4;
        const int t30_1 = (int)(t30_q_2 % d_T);
        const int t30_0 = (int)(t30_q_2 / d_T);
        const int t31_2 = (int)(o_7 % 128);
        const float v1_14 = acc12 + x2[(long long)t31_2];
        y5[(((long long)t30_0 * 4 + t30_2) * 32 + t30_3) * d_T + t30_1] = v1_14;
      }
      const long long on_8 = n0 + tx + 48;
      if (om_2 < M && on_8 < 128LL) {
        const long long o_8 = om_2 * 128 + on_8;
        const int t32_3 = (int)(o_8 % 32);
        const long long t32_q = o_8 / 32;
        const int t32_2 = (int)(t32_q % 4);
        const long long t32_q_2 = t32_q / 4;
        const int t32_1 = (int)(t32_q_2 % d_T);
        const int t32_0 = (int)(t32_q_2 / d_T);
        const int t33_2 = (int)(o_8 % 128);
        const float v1_15 = acc13 + x2[(long long)t33_2];
        y0[(((long long)t32_0 * 4 + t32_2) * d_T + t32_1) * 32 + t32_3] = v1_15;
        const int t34_3 = (int)(o_8 % 32);
        const long long t34_q = o_8 / 32;
        const int t34_2 = (int)(t34_q % 4);
        const long long t34_q_2 = t34_q / 4;
        const int t34_1 = (int)(t34_q_2 % d_T);
        const int t34_0 = (int)(t34_q_2 / d_T);
        const int t35_2 = (int)(o_8 % 128);
        const float v1_16 = acc13 + x2[(long long)t35_2];
        y5[(((long long)t34_0 * 4 + t34_2) * 32 + t34_3) * d_T + t34_1] = v1_16;
      }
      const long long om_3 = m0 + ty + 32;
      const long long on_9 = n0 + tx;
      if (om_3 < M && on_9 < 128LL) {
        const long long o_9 = om_3 * 128 + on_9;
        const int t36_3 = (int)(o_9 % 32);
        const long long t36_q = o_9 / 32;
        const int t36_2 = (int)(t36_q % 4);
        const long long t36_q_2 = t36_q / 4;
        const int t36_1 = (int)(t36_q_2 % d_T);
        const int t36_0 = (int)(t36_q_2 / d_T);
        const int t37_2 = (int)(o_9 % 128);
        const float v1_17 = acc20 + x2[(long long)t37_2];
        y0[(((long long)t36_0 * 4 + t36_2) * d_T + t36_1) * 32 + t36_3] = v1_17;
        const int t38_3 = (int)(o_9 % 32);
        const long long t38_q = o_9 / 32;
        const int t38_2 = (int)(t38_q % 4);
        const long long t38_q_2 = t38_q / 4;
        const int t38_1 = (int)(t38_q_2 % d_T);
        const int t38_0 = (int)(t38_q_2 / d_T);
        const int t39_2 = (int)(o_9 % 128);
        const float v1_18 = acc20 + x2[(long long)t39_2];
        y5[(((long long)t38_0 * 4 + t38_2) * 32 + t38_3) * d_T + t38_1] = v1_18;
      }
      const long long on_10 = n0 + tx + 16;
      if (om_3 < M && on_10 < 128LL) {
        const long long o_10 = om_3 * 128 + on_10;
        const int t40_3 = (int)(o_10 % 32);
        const long long t40_q = o_10 / 32;
        const int t40_2 = (int)(t40_q % 4);
        const long long t40_q_2 = t40_q / 4;
        const int t40_1 = (int)(t40_q_2 % d_T);
        const int t40_0 = (int)(t40_q_2 / d_T);
        const int t41_2 = (int)(o_10 % 128);
        const float v1_19 = acc21 + x2[(long long)t41_2];
        y0[(((long long)t40_0 * 4 + t40_2) * d_T + t40_1) * 32 + t40_3] = v1_19;
        const int t42_3 = (int)(o_10 % 32);
        const long long t42_q = o_10 / 32;
        const int t42_2 = (int)(t42_q % 4);
        const long long t42_q_2 = t42_q / 4;
        const int t42_1 = (int)(t42_q_2 % d_T);
        const int t42_0 = (int)(t42_q_2 / d_T);
        const int t43_2 = (int)(o_10 % 128);
        const float v1_20 = acc21 + x2[(long long)t43_2];
        y5[(((long long)t42_0 * 4 + t42_2) * 32 + t42_3) * d_T + t42_1] = v1_20;
      }
      const long long on_11 = n0 + tx + 32;
      if (om_3 < M && on_11 < 128LL) {
        const long long o_11 = om_3 * 128 + on_11;
        const int t44_3 = (int)(o_11 % 32);
        const long long t44_q = o_11 / 32;
        const int t44_2 = (int)(t44_q % 4);
        const long long t44_q_2 = t44_q / 4;
        const int t44_1 = (int)(t44_q_2 % d_T);
        const int t44_0 = (int)(t44_q_2 / d_T);
        const int t45_2 = (int)(o_11 % 128);
        const float v1_21 = acc22 + x2[(long long)t45_2];
        y0[(((long long)t44_0 * 4 + t44_2) * d_T + t44_1) * 32 + t44_3] = v1_21;
        const int t46_3 = (int)(o_11 % 32);
        const long long t46_q = o_11 / 32;
        const int t46_2 = (int)(t46_q % 4);
        const long long t46_q_2 = t46_q / 4;
        const int t46_1 = (int)(t46_q_2 % d_T);
        const int t46_0 = (int)(t46_q_2 / d_T);
        const int t47_2 = (int)(o_11 % 128);
        const float v1_22 = acc22 + x2[(long long)t47_2];
        y5[(((long long)t46_0 * 4 + t46_2) * 32 + t46_3) * d_T + t46_1] = v1_22;
      }
      const long long on_12 = n0 + tx + 48;
      if (om_3 < M && on_12 < 128LL) {
        const long long o_12 = om_3 * 128 + on_12;
        const int t48_3 = (int)(o_12 % 32);
        const long long t48_q = o_12 / 32;
        const int t48_2 = (int)(t48_q % 4);
        const long long t48_q_2 = t48_q / 4;
        const int t48_1 = (int)(t48_q_2 % d_T);
        const int t48_0 = (int)(t48_q_2 / d_T);
        const int t49_2 = (int)(o_12 % 128);
        const float v1_23 = acc23 + x2[(long long)t49_2];
        y0[(((long long)t48_0 * 4 + t48_2) * d_T + t48_1) * 32 + t48_3] = v1_23;
        const int t50_3 = (int)(o_12 % 32);
        const long long t50_q = o_12 / 32;
        const int t50_2 = (int)(t50_q % 4);
        const long long t50_q_2 = t50_q / 4;
        const int t50_1 = (int)(t50_q_2 % d_T);
        const int t50_0 = (int)(t50_q_2 / d_T);
        const int t51_2 = (int)(o_12 % 128);
        const float v1_24 = acc23 + x2[(long long)t51_2];
        y5[(((long long)t50_0 * 4 + t50_2) * 32 + t50_3) * d_T + t50_1] = v1_24;
      }
      const long long om_4 = m0 + ty + 48;
      const long long on_13 = n0 + tx;
      if (om_4 < M && on_13 < 128LL) {
        const long long o_13 = om_4 * 128 + on_13;
        const int t52_3 = (int)(o_13 % 32);
        const long long t52_q = o_13 / 32;
        const int t52_2 = (int)(t52_q % 4);
        const long long t52_q_2 = t52_q / 4;
        const int t52_1 = (int)(t52_q_2 % d_T);
        const int t52_0 = (int)(t52_q_2 / d_T);
        const int t53_2 = (int)(o_13 % 128);
        const float v1_25 = acc30 + x2[(long long)t53_2];
        y0[(((long long)t52_0 * 4 + t52_2) * d_T + t52_1) * 32 + t52_3] = v1_25;
        const int t54_3 = (int)(o_13 % 32);
        const long long t54_q = o_13 / 32;
        const int t54_2 = (int)(t54_q % 4);
        const long long t54_q_2 = t54_q / 4;
        const int t54_1 = (int)(t54_q_2 % d_T);
        const int t54_0 = (int)(t54_q_2 / d_T);
        const int t55_2 = (int)(o_13 % 128);
        const float v1_26 = acc30 + x2[(long long)t55_2];
        y5[(((long long)t54_0 * 4 + t54_2) * 32 + t54_3) * d_T + t54_1] = v1_26;
      }
      const long long on_14 = n0 + tx + 16;
      if (om_4 < M && on_14 < 128LL) {
        const long long o_14 = om_4 * 128 + on_14;
        const int t56_3 = (int)(o_14 % 32);
        const long long t56_q = o_14 / 32;
        const int t56_2 = (int)(t56_q % 4);
        const long long t56_q_2 = t56_q / 4;
        const int t56_1 = (int)(t56_q_2 % d_T);
        const int t56_0 = (int)(t56_q_2 / d_T);
        const int t57_2 = (int)(o_14 % 128);
        const float v1_27 = acc31 + x2[(long long)t57_2];
        y0[(((long long)t56_0 * 4 + t56_2) * d_T + t56_1) * 32 + t56_3] = v1_27;
        const int t58_3 = (int)(o_14 % 32);
        const long long t58_q = o_14 / 32;
        const int t58_2 = (int)(t58_q % 4);
        const long long t58_q_2 = t58_q / 4;
        const int t58_1 = (int)(t58_q_2 % d_T);
        const int t58_0 = (int)(t58_q_2 / d_T);
        const int t59_2 = (int)(o_14 % 128);
        const float v1_28 = acc31 + x2[(long long)t59_2];
        y5[(((long long)t58_0 * 4 + t58_2) * 32 + t58_3) * d_T + t58_1] = v1_28;
      }
      const long long on_15 = n0 + tx + 32;
      if (om_4 < M && on_15 < 128LL) {
        const long long o_15 = om_4 * 128 + on_15;
        const int t60_3 = (int)(o_15 % 32);
        const long long t60_q = o_15 / 32;
        const int t60_2 = (int)(t60_q % 4);
        const long long t60_q_2 = t60_q / 4;
        const int t60_1 = (int)(t60_q_2 % d_T);
        const int t60_0 = (int)(t60_q_2 / d_T);
        const int t61_2 = (int)(o_15 % 128);
        const float v1_29 = acc32 + x2[(long long)t61_2];
        y0[(((long long)t60_0 * 4 + t60_2) * d_T + t60_1) * 32 + t60_3] = v1_29;
        const int t62_3 = (int)(o_15 % 32);
        const long long t62_q = o_15 / 32;
        const int t62_2 = (int)(t62_q % 4);
        const long long t62_q_2 = t62_q / 4;
        const int t62_1 = (int)(t62_q_2 % d_T);
        const int t62_0 = (int)(t62_q_2 / d_T);
        const int t63_2 = (int)(o_15 % 128);
        const float v1_30 = acc32 + x2[(long long)t63_2];
        y5[(((long long)t62_0 * 4 + t62_2) * 32 + t62_3) * d_T + t62_1] = v1_30;
      }
      const long long on_16 = n0 + tx + 48;
      if (om_4 < M && on_16 < 128LL) {
        const long long o_16 = om_4 * 128 + on_16;
        const int t64_3 = (int)(o_16 % 32);
        const long long t64_q = o_16 / 32;
        const int t64_2 = (int)(t64_q % 4);
        const long long t64_q_2 = t64_q / 4;
        const int t64_1 = (int)(t64_q_2 % d_T);
        const int t64_0 = (int)(t64_q_2 / d_T);
        const int t65_2 = (int)(o_16 % 128);
        const float v1_31 = acc33 + x2[(long long)t65_2];
        y0[(((long long)t64_0 * 4 + t64_2) * d_T + t64_1) * 32 + t64_3] = v1_31;
        const int t66_3 = (int)(o_16 % 32);
        const long long t66_q = o_16 / 32;
        const int t66_2 = (int)(t66_q % 4);
        const long long t66_q_2 = t66_q / 4;
        const int t66_1 = (int)(t66_q_2 % d_T);
        const int t66_0 = (int)(t66_q_2 / d_T);
        const int t67_2 = (int)(o_16 % 128);
        const float v1_32 = acc33 + x2[(long long)t67_2];
        y5[(((long long)t66_0 * 4 + t66_2) * 32 + t66_3) * d_T + t66_1] = v1_32;
      }
    } else {
      /* sibling 1 */
      if (tile < tiles + tiles_2) {
        const long long tl = tile - tiles;
        const long long M_2 = (long long)d_B * d_T;
        const long long tiles_m_2 = (M_2 + 63) / 64;
        const long long rest_2 = tl % (tiles_m_2 * 2LL);
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
        for (long long k0_2 = 0LL; k0_2 < 128LL; k0_2 += 16) {
          const int am_5 = lid / 16;
          const int ak_5 = lid % 16;
          const long long gm_5 = m0_2 + am_5;
          const long long gk_9 = k0_2 + ak_5;
          float va_5 = 0.0f;
          if (gm_5 < M_2 && gk_9 < 128LL) {
            const long long t68_q = gm_5 * 128LL + gk_9;
            const int t68_2 = (int)(t68_q % 128LL);
            const long long t68_q_2 = t68_q / 128LL;
            const int t68_1 = (int)(t68_q_2 % (long long)d_T);
            const int t68_0 = (int)(t68_q_2 / (long long)d_T);
            const float v0_5 = x0[((long long)t68_0 * d_T + t68_1) * 128 + t68_2];
            va_5 = v0_5;
          }
          As[ak_5 * 64 + am_5] = va_5;
          const int e_7 = lid + 256;
          const int am_6 = e_7 / 16;
          const int ak_6 = e_7 % 16;
          const long long gm_6 = m0_2 + am_6;
          const long long gk_10 = k0_2 + ak_6;
          float va_6 = 0.0f;
          if (gm_6 < M_2 && gk_10 < 128LL) {
            const long long t69_q = gm_6 * 128LL + gk_10;
            const int t69_2 = (int)(t69_q % 128LL);
            const long long t69_q_2 = t69_q / 128LL;
            const int t69_1 = (int)(t69_q_2 % (long long)d_T);
            const int t69_0 = (int)(t69_q_2 / (long long)d_T);
            const float v0_6 = x0[((long long)t69_0 * d_T + t69_1) * 128 + t69_2];
            va_6 = v0_6;
          }
          As[ak_6 * 64 + am_6] = va_6;
          const int e_8 = lid + 512;
          const int am_7 = e_8 / 16;
          const int ak_7 = e_8 % 16;
          const long long gm_7 = m0_2 + am_7;
          const long long gk_11 = k0_2 + ak_7;
          float va_7 = 0.0f;
          if (gm_7 < M_2 && gk_11 < 128LL) {
            const long long t70_q = gm_7 * 128LL + gk_11;
            const int t70_2 = (int)(t70_q % 128LL);
            const long long t70_q_2 = t70_q / 128LL;
            const int t70_1 = (int)(t70_q_2 % (long long)d_T);
            const int t70_0 = (int)(t70_q_2 / (long long)d_T);
            const float v0_7 = x0[((long long)t70_0 * d_T + t70_1) * 128 + t70_2];
            va_7 = v0_7;
          }
          As[ak_7 * 64 + am_7] = va_7;
          const int e_9 = lid + 768;
          const int am_8 = e_9 / 16;
          const int ak_8 = e_9 % 16;
          const long long gm_8 = m0_2 + am_8;
          const long long gk_12 = k0_2 + ak_8;
          float va_8 = 0.0f;
          if (gm_8 < M_2 && gk_12 < 128LL) {
            const long long t71_q = gm_8 * 128LL + gk_12;
            const int t71_2 = (int)(t71_q % 128LL);
            const long long t71_q_2 = t71_q / 128LL;
            const int t71_1 = (int)(t71_q_2 % (long long)d_T);
            const int t71_0 = (int)(t71_q_2 / (long long)d_T);
            const float v0_8 = x0[((long long)t71_0 * d_T + t71_1) * 128 + t71_2];
            va_8 = v0_8;
          }
          As[ak_8 * 64 + am_8] = va_8;
          const int bk_5 = lid / 64;
          const int bn_5 = lid % 64;
          const long long gk_13 = k0_2 + bk_5;
          const long long gn_5 = n0_2 + bn_5;
          float vb_5 = 0.0f;
          if (gk_13 < 128LL && gn_5 < 128LL) {
            vb_5 = x3[gk_13 * 128 + gn_5];
          }
          Bs[lid] = vb_5;
          const int e_10 = lid + 256;
          const int bk_6 = e_10 / 64;
          const int bn_6 = e_10 % 64;
          const long long gk_14 = k0_2 + bk_6;
          const long long gn_6 = n0_2 + bn_6;
          float vb_6 = 0.0f;
          if (gk_14 < 128LL && gn_6 < 128LL) {
            vb_6 = x3[gk_14 * 128 + gn_6];
          }
          Bs[e_10] = vb_6;
          const int e_11 = lid + 512;
          const int bk_7 = e_11 / 64;
          const int bn_7 = e_11 % 64;
          const long long gk_15 = k0_2 + bk_7;
          const long long gn_7 = n0_2 + bn_7;
          float vb_7 = 0.0f;
          if (gk_15 < 128LL && gn_7 < 128LL) {
            vb_7 = x3[gk_15 * 128 + gn_7];
          }
          Bs[e_11] = vb_7;
          const int e_12 = lid + 768;
          const int bk_8 = e_12 / 64;
          const int bn_8 = e_12 % 64;
          const long long gk_16 = k0_2 + bk_8;
          const long long gn_8 = n0_2 + bn_8;
          float vb_8 = 0.0f;
          if (gk_16 < 128LL && gn_8 < 128LL) {
            vb_8 = x3[gk_16 * 128 + gn_8];
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
        if (om_5 < M_2 && on_17 < 128LL) {
          const long long o_17 = om_5 * 128 + on_17;
          const int t72_3 = (int)(o_17 % 32);
          const long long t72_q = o_17 / 32;
          const int t72_2 = (int)(t72_q % 4);
          const long long t72_q_2 = t72_q / 4;
          const int t72_1 = (int)(t72_q_2 % d_T);
          const int t72_0 = (int)(t72_q_2 / d_T);
          const int t73_2 = (int)(o_17 % 128);
          const float v2 = acc00_2 + x4[(long long)t73_2];
          y1[(((long long)t72_0 * 4 + t72_2) * d_T + t72_1) * 32 + t72_3] = v2;
          const int t74_3 = (int)(o_17 % 32);
          const long long t74_q = o_17 / 32;
          const int t74_2 = (int)(t74_q % 4);
          const long long t74_q_2 = t74_q / 4;
          const int t74_1 = (int)(t74_q_2 % d_T);
          const int t74_0 = (int)(t74_q_2 / d_T);
          const int t75_2 = (int)(o_17 % 128);
          const float v2_2 = acc00_2 + x4[(long long)t75_2];
          y3[(((long long)t74_0 * 4 + t74_2) * 32 + t74_3) * d_T + t74_1] = v2_2;
        }
        const long long on_18 = n0_2 + tx + 16;
        if (om_5 < M_2 && on_18 < 128LL) {
          const long long o_18 = om_5 * 128 + on_18;
          const int t76_3 = (int)(o_18 % 32);
          const long long t76_q = o_18 / 32;
          const int t76_2 = (int)(t76_q % 4);
          const long long t76_q_2 = t76_q / 4;
          const int t76_1 = (int)(t76_q_2 % d_T);
          const int t76_0 = (int)(t76_q_2 / d_T);
          const int t77_2 = (int)(o_18 % 128);
          const float v2_3 = acc01_2 + x4[(long long)t77_2];
          y1[(((long long)t76_0 * 4 + t76_2) * d_T + t76_1) * 32 + t76_3] = v2_3;
          const int t78_3 = (int)(o_18 % 32);
          const long long t78_q = o_18 / 32;
          const int t78_2 = (int)(t78_q % 4);
          const long long t78_q_2 = t78_q / 4;
          const int t78_1 = (int)(t78_q_2 % d_T);
          const int t78_0 = (int)(t78_q_2 / d_T);
          const int t79_2 = (int)(o_18 % 128);
          const float v2_4 = acc01_2 + x4[(long long)t79_2];
          y3[(((long long)t78_0 * 4 + t78_2) * 32 + t78_3) * d_T + t78_1] = v2_4;
        }
        const long long on_19 = n0_2 + tx + 32;
        if (om_5 < M_2 && on_19 < 128LL) {
          const long long o_19 = om_5 * 128 + on_19;
          const int t80_3 = (int)(o_19 % 32);
          const long long t80_q = o_19 / 32;
          const int t80_2 = (int)(t80_q % 4);
          const long long t80_q_2 = t80_q / 4;
          const int t80_1 = (int)(t80_q_2 % d_T);
          const int t80_0 = (int)(t80_q_2 / d_T);
          const int t81_2 = (int)(o_19 % 128);
          const float v2_5 = acc02_2 + x4[(long long)t81_2];
          y1[(((long long)t80_0 * 4 + t80_2) * d_T + t80_1) * 32 + t80_3] = v2_5;
          const int t82_3 = (int)(o_19 % 32);
          const long long t82_q = o_19 / 32;
          const int t82_2 = (int)(t82_q % 4);
          const long long t82_q_2 = t82_q / 4;
          const int t82_1 = (int)(t82_q_2 % d_T);
          const int t82_0 = (int)(t82_q_2 / d_T);
          const int t83_2 = (int)(o_19 % 128);
          const float v2_6 = acc02_2 + x4[(long long)t83_2];
          y3[(((long long)t82_0 * 4 + t82_2) * 32 + t82_3) * d_T + t82_1] = v2_6;
        }
        const long long on_20 = n0_2 + tx + 48;
        if (om_5 < M_2 && on_20 < 128LL) {
          const long long o_20 = om_5 * 128 + on_20;
          const int t84_3 = (int)(o_20 % 32);
          const long long t84_q = o_20 / 32;
          const int t84_2 = (int)(t84_q % 4);
          const long long t84_q_2 = t84_q / 4;
          const int t84_1 = (int)(t84_q_2 % d_T);
          const int t84_0 = (int)(t84_q_2 / d_T);
          const int t85_2 = (int)(o_20 % 128);
          const float v2_7 = acc03_2 + x4[(long long)t85_2];
          y1[(((long long)t84_0 * 4 + t84_2) * d_T + t84_1) * 32 + t84_3] = v2_7;
          const int t86_3 = (int)(o_20 % 32);
          const long long t86_q = o_20 / 32;
          const int t86_2 = (int)(t86_q % 4);
          const long long t86_q_2 = t86_q / 4;
          const int t86_1 = (int)(t86_q_2 % d_T);
          const int t86_0 = (int)(t86_q_2 / d_T);
          const int t87_2 = (int)(o_20 % 128);
          const float v2_8 = acc03_2 + x4[(long long)t87_2];
          y3[(((long long)t86_0 * 4 + t86_2) * 32 + t86_3) * d_T + t86_1] = v2_8;
        }
        const long long om_6 = m0_2 + ty + 16;
        const long long on_21 = n0_2 + tx;
        if (om_6 < M_2 && on_21 < 128LL) {
          const long long o_21 = om_6 * 128 + on_21;
          const int t88_3 = (int)(o_21 % 32);
          const long long t88_q = o_21 / 32;
          const int t88_2 = (int)(t88_q % 4);
          const long long t88_q_2 = t88_q / 4;
          const int t88_1 = (int)(t88_q_2 % d_T);
          const int t88_0 = (int)(t88_q_2 / d_T);
          const int t89_2 = (int)(o_21 % 128);
          const float v2_9 = acc10_2 + x4[(long long)t89_2];
          y1[(((long long)t88_0 * 4 + t88_2) * d_T + t88_1) * 32 + t88_3] = v2_9;
          const int t90_3 = (int)(o_21 % 32);
          const long long t90_q = o_21 / 32;
          const int t90_2 = (int)(t90_q % 4);
          const long long t90_q_2 = t90_q / 4;
          const int t90_1 = (int)(t90_q_2 % d_T);
          const int t90_0 = (int)(t90_q_2 / d_T);
          const int t91_2 = (int)(o_21 % 128);
          const float v2_10 = acc10_2 + x4[(long long)t91_2];
          y3[(((long long)t90_0 * 4 + t90_2) * 32 + t90_3) * d_T + t90_1] = v2_10;
        }
        const long long on_22 = n0_2 + tx + 16;
        if (om_6 < M_2 && on_22 < 128LL) {
          const long long o_22 = om_6 * 128 + on_22;
          const int t92_3 = (int)(o_22 % 32);
          const long long t92_q = o_22 / 32;
          const int t92_2 = (int)(t92_q % 4);
          const long long t92_q_2 = t92_q / 4;
          const int t92_1 = (int)(t92_q_2 % d_T);
          const int t92_0 = (int)(t92_q_2 / d_T);
          const int t93_2 = (int)(o_22 % 128);
          const float v2_11 = acc11_2 + x4[(long long)t93_2];
          y1[(((long long)t92_0 * 4 + t92_2) * d_T + t92_1) * 32 + t92_3] = v2_11;
          const int t94_3 = (int)(o_22 % 32);
          const long long t94_q = o_22 / 32;
          const int t94_2 = (int)(t94_q % 4);
          const long long t94_q_2 = t94_q / 4;
          const int t94_1 = (int)(t94_q_2 % d_T);
          const int t94_0 = (int)(t94_q_2 / d_T);
          const int t95_2 = (int)(o_22 % 128);
          const float v2_12 = acc11_2 + x4[(long long)t95_2];
          y3[(((long long)t94_0 * 4 + t94_2) * 32 + t94_3) * d_T + t94_1] = v2_12;
        }
        const long long on_23 = n0_2 + tx + 32;
        if (om_6 < M_2 && on_23 < 128LL) {
          const long long o_23 = om_6 * 128 + on_23;
          const int t96_3 = (int)(o_23 % 32);
          const long long t96_q = o_23 / 32;
          const int t96_2 = (int)(t96_q % 4);
          const long long t96_q_2 = t96_q / 4;
          const int t96_1 = (int)(t96_q_2 % d_T);
          const int t96_0 = (int)(t96_q_2 / d_T);
          const int t97_2 = (int)(o_23 % 128);
          const float v2_13 = acc12_2 + x4[(long long)t97_2];
          y1[(((long long)t96_0 * 4 + t96_2) * d_T + t96_1) * 32 + t96_3] = v2_13;
          const int t98_3 = (int)(o_23 % 32);
          const long long t98_q = o_23 / 32;
          const int t98_2 = (int)(t98_q % 4);
          const long long t98_q_2 = t98_q / 4;
          const int t98_1 = (int)(t98_q_2 % d_T);
          const int t98_0 = (int)(t98_q_2 / d_T);
          const int t99_2 = (int)(o_23 % 128);
          const float v2_14 = acc12_2 + x4[(long long)t99_2];
          y3[(((long long)t98_0 * 4 + t98_2) * 32 + t98_3) * d_T + t98_1] = v2_14;
        }
        const long long on_24 = n0_2 + tx + 48;
        if (om_6 < M_2 && on_24 < 128LL) {
          const long long o_24 = om_6 * 128 + on_24;
          const int t100_3 = (int)(o_24 % 32);
          const long long t100_q = o_24 / 32;
          const int t100_2 = (int)(t100_q % 4);
          const long long t100_q_2 = t100_q / 4;
          const int t100_1 = (int)(t100_q_2 % d_T);
          const int t100_0 = (int)(t100_q_2 / d_T);
          const int t101_2 = (int)(o_24 % 128);
          const float v2_15 = acc13_2 + x4[(long long)t101_2];
          y1[(((long long)t100_0 * 4 + t100_2) * d_T + t100_1) * 32 + t100_3] = v2_15;
          const int t102_3 = (int)(o_24 % 32);
          const long long t102_q = o_24 / 32;
          const int t102_2 = (int)(t102_q % 4);
          const long long t102_q_2 = t102_q / 4;
          const int t102_1 = (int)(t102_q_2 % d_T);
          const int t102_0 = (int)(t102_q_2 / d_T);
          const int t103_2 = (int)(o_24 % 128);
          const float v2_16 = acc13_2 + x4[(long long)t103_2];
          y3[(((long long)t102_0 * 4 + t102_2) * 32 + t102_3) * d_T + t102_1] = v2_16;
        }
        const long long om_7 = m0_2 + ty + 32;
        const long long on_25 = n0_2 + tx;
        if (om_7 < M_2 && on_25 < 128LL) {
          const long long o_25 = om_7 * 128 + on_25;
          const int t104_3 = (int)(o_25 % 32);
          const long long t104_q = o_25 / 32;
          const int t104_2 = (int)(t104_q % 4);
          const long long t104_q_2 = t104_q / 4;
          const int t104_1 = (int)(t104_q_2 % d_T);
          const int t104_0 = (int)(t104_q_2 / d_T);
          const int t105_2 = (int)(o_25 % 128);
          const float v2_17 = acc20_2 + x4[(long long)t105_2];
          y1[(((long long)t104_0 * 4 + t104_2) * d_T + t104_1) * 32 + t104_3] = v2_17;
          const int t106_3 = (int)(o_25 % 32);
          const long long t106_q = o_25 / 32;
          const int t106_2 = (int)(t106_q % 4);
          const long long t106_q_2 = t106_q / 4;
          const int t106_1 = (int)(t106_q_2 % d_T);
          const int t106_0 = (int)(t106_q_2 / d_T);
          const int t107_2 = (int)(o_25 % 128);
          const float v2_18 = acc20_2 + x4[(long long)t107_2];
          y3[(((long long)t106_0 * 4 + t106_2) * 32 + t106_3) * d_T + t106_1] = v2_18;
        }
        const long long on_26 = n0_2 + tx + 16;
        if (om_7 < M_2 && on_26 < 128LL) {
          const long long o_26 = om_7 * 128 + on_26;
          const int t108_3 = (int)(o_26 % 32);
          const long long t108_q = o_26 / 32;
          const int t108_2 = (int)(t108_q % 4);
          const long long t108_q_2 = t108_q / 4;
          const int t108_1 = (int)(t108_q_2 % d_T);
          const int t108_0 = (int)(t108_q_2 / d_T);
          const int t109_2 = (int)(o_26 % 128);
          const float v2_19 = acc21_2 + x4[(long long)t109_2];
          y1[(((long long)t108_0 * 4 + t108_2) * d_T + t108_1) * 32 + t108_3] = v2_19;
          const int t110_3 = (int)(o_26 % 32);
          const long long t110_q = o_26 / 32;
          const int t110_2 = (int)(t110_q % 4);
          const long long t110_q_2 = t110_q / 4;
          const int t110_1 = (int)(t110_q_2 % d_T);
          const int t110_0 = (int)(t110_q_2 / d_T);
          const int t111_2 = (int)(o_26 % 128);
          const float v2_20 = acc21_2 + x4[(long long)t111_2];
          y3[(((long long)t110_0 * 4 + t110_2) * 32 + t110_3) * d_T + t110_1] = v2_20;
        }
        const long long on_27 = n0_2 + tx + 32;
        if (om_7 < M_2 && on_27 < 128LL) {
          const long long o_27 = om_7 * 128 + on_27;
          const int t112_3 = (int)(o_27 % 32);
          const long long t112_q = o_27 / 32;
          const int t112_2 = (int)(t112_q % 4);
          const long long t112_q_2 = t112_q / 4;
          const int t112_1 = (int)(t112_q_2 % d_T);
          const int t112_0 = (int)(t112_q_2 / d_T);
          const int t113_2 = (int)(o_27 % 128);
          const float v2_21 = acc22_2 + x4[(long long)t113_2];
          y1[(((long long)t112_0 * 4 + t112_2) * d_T + t112_1) * 32 + t112_3] = v2_21;
          const int t114_3 = (int)(o_27 % 32);
          const long long t114_q = o_27 / 32;
          const int t114_2 = (int)(t114_q % 4);
          const long long t114_q_2 = t114_q / 4;
          const int t114_1 = (int)(t114_q_2 % d_T);
          const int t114_0 = (int)(t114_q_2 / d_T);
          const int t115_2 = (int)(o_27 % 128);
          const float v2_22 = acc22_2 + x4[(long long)t115_2];
          y3[(((long long)t114_0 * 4 + t114_2) * 32 + t114_3) * d_T + t114_1] = v2_22;
        }
        const long long on_28 = n0_2 + tx + 48;
        if (om_7 < M_2 && on_28 < 128LL) {
          const long long o_28 = om_7 * 128 + on_28;
          const int t116_3 = (int)(o_28 % 32);
          const long long t116_q = o_28 / 32;
          const int t116_2 = (int)(t116_q % 4);
          const long long t116_q_2 = t116_q / 4;
          const int t116_1 = (int)(t116_q_2 % d_T);
          const int t116_0 = (int)(t116_q_2 / d_T);
          const int t117_2 = (int)(o_28 % 128);
          const float v2_23 = acc23_2 + x4[(long long)t117_2];
          y1[(((long long)t116_0 * 4 + t116_2) * d_T + t116_1) * 32 + t116_3] = v2_23;
          const int t118_3 = (int)(o_28 % 32);
          const long long t118_q = o_28 / 32;
          const int t118_2 = (int)(t118_q % 4);
          const long long t118_q_2 = t118_q / 4;
          const int t118_1 = (int)(t118_q_2 % d_T);
          const int t118_0 = (int)(t118_q_2 / d_T);
          const int t119_2 = (int)(o_28 % 128);
          const float v2_24 = acc23_2 + x4[(long long)t119_2];
          y3[(((long long)t118_0 * 4 + t118_2) * 32 + t118_3) * d_T + t118_1] = v2_24;
        }
        const long long om_8 = m0_2 + ty + 48;
        const long long on_29 = n0_2 + tx;
        if (om_8 < M_2 && on_29 < 128LL) {
          const long long o_29 = om_8 * 128 + on_29;
          const int t120_3 = (int)(o_29 % 32);
          const long long t120_q = o_29 / 32;
          const int t120_2 = (int)(t120_q % 4);
          const long long t120_q_2 = t120_q / 4;
          const int t120_1 = (int)(t120_q_2 % d_T);
          const int t120_0 = (int)(t120_q_2 / d_T);
          const int t121_2 = (int)(o_29 % 128);
          const float v2_25 = acc30_2 + x4[(long long)t121_2];
          y1[(((long long)t120_0 * 4 + t120_2) * d_T + t120_1) * 32 + t120_3] = v2_25;
          const int t122_3 = (int)(o_29 % 32);
          const long long t122_q = o_29 / 32;
          const int t122_2 = (int)(t122_q % 4);
          const long long t122_q_2 = t122_q / 4;
          const int t122_1 = (int)(t122_q_2 % d_T);
          const int t122_0 = (int)(t122_q_2 / d_T);
          const int t123_2 = (int)(o_29 % 128);
          const float v2_26 = acc30_2 + x4[(long long)t123_2];
          y3[(((long long)t122_0 * 4 + t122_2) * 32 + t122_3) * d_T + t122_1] = v2_26;
        }
        const long long on_30 = n0_2 + tx + 16;
        if (om_8 < M_2 && on_30 < 128LL) {
          const long long o_30 = om_8 * 128 + on_30;
          const int t124_3 = (int)(o_30 % 32);
          const long long t124_q = o_30 / 32;
          const int t124_2 = (int)(t124_q % 4);
          const long long t124_q_2 = t124_q / 4;
          const int t124_1 = (int)(t124_q_2 % d_T);
          const int t124_0 = (int)(t124_q_2 / d_T);
          const int t125_2 = (int)(o_30 % 128);
          const float v2_27 = acc31_2 + x4[(long long)t125_2];
          y1[(((long long)t124_0 * 4 + t124_2) * d_T + t124_1) * 32 + t124_3] = v2_27;
          const int t126_3 = (int)(o_30 % 32);
          const long long t126_q = o_30 / 32;
          const int t126_2 = (int)(t126_q % 4);
          const long long t126_q_2 = t126_q / 4;
          const int t126_1 = (int)(t126_q_2 % d_T);
          const int t126_0 = (int)(t126_q_2 / d_T);
          const int t127_2 = (int)(o_30 % 128);
          const float v2_28 = acc31_2 + x4[(long long)t127_2];
          y3[(((long long)t126_0 * 4 + t126_2) * 32 + t126_3) * d_T + t126_1] = v2_28;
        }
        const long long on_31 = n0_2 + tx + 32;
        if (om_8 < M_2 && on_31 < 128LL) {
          const long long o_31 = om_8 * 128 + on_31;
          const int t128_3 = (int)(o_31 % 32);
          const long long t128_q = o_31 / 32;
          const int t128_2 = (int)(t128_q % 4);
          const long long t128_q_2 = t128_q / 4;
          const int t128_1 = (int)(t128_q_2 % d_T);
          const int t128_0 = (int)(t128_q_2 / d_T);
          const int t129_2 = (int)(o_31 % 128);
          const float v2_29 = acc32_2 + x4[(long long)t129_2];
          y1[(((long long)t128_0 * 4 + t128_2) * d_T + t128_1) * 32 + t128_3] = v2_29;
          const int t130_3 = (int)(o_31 % 32);
          const long long t130_q = o_31 / 32;
          const int t130_2 = (int)(t130_q % 4);
          const long long t130_q_2 = t130_q / 4;
          const int t130_1 = (int)(t130_q_2 % d_T);
          const int t130_0 = (int)(t130_q_2 / d_T);
          const int t131_2 = (int)(o_31 % 128);
          const float v2_30 = acc32_2 + x4[(long long)t131_2];
          y3[(((long long)t130_0 * 4 + t130_2) * 32 + t130_3) * d_T + t130_1] = v2_30;
        }
        const long long on_32 = n0_2 + tx + 48;
        if (om_8 < M_2 && on_32 < 128LL) {
          const long long o_32 = om_8 * 128 + on_32;
          const int t132_3 = (int)(o_32 % 32);
          const long long t132_q = o_32 / 32;
          const int t132_2 = (int)(t132_q % 4);
          const long long t132_q_2 = t132_q / 4;
          const int t132_1 = (int)(t132_q_2 % d_T);
          const int t132_0 = (int)(t132_q_2 / d_T);
          const int t133_2 = (int)(o_32 % 128);
          const float v2_31 = acc33_2 + x4[(long long)t133_2];
          y1[(((long long)t132_0 * 4 + t132_2) * d_T + t132_1) * 32 + t132_3] = v2_31;
          const int t134_3 = (int)(o_32 % 32);
          const long long t134_q = o_32 / 32;
          const int t134_2 = (int)(t134_q % 4);
          const long long t134_q_2 = t134_q / 4;
          const int t134_1 = (int)(t134_q_2 % d_T);
          const int t134_0 = (int)(t134_q_2 / d_T);
          const int t135_2 = (int)(o_32 % 128);
          const float v2_32 = acc33_2 + x4[(long long)t135_2];
          y3[(((long long)t134_0 * 4 + t134_2) * 32 + t134_3) * d_T + t134_1] = v2_32;
        }
      } else {
        /* sibling 2 */
        const long long tl_2 = tile - (tiles + tiles_2);
        const long long M_3 = (long long)d_B * d_T;
        const long long tiles_m_3 = (M_3 + 63) / 64;
        const long long rest_3 = tl_2 % (tiles_m_3 * 2LL);
        const long long m0_3 = rest_3 / 2LL * 64;
        const long long n0_3 = rest_3 % 2LL * 64;
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
        for (long long k0_3 = 0LL; k0_3 < 128LL; k0_3 += 16) {
          const int am_9 = lid / 16;
          const int ak_9 = lid % 16;
          const long long gm_9 = m0_3 + am_9;
          const long long gk_17 = k0_3 + ak_9;
          float va_9 = 0.0f;
          if (gm_9 < M_3 && gk_17 < 128LL) {
            const long long t136_q = gm_9 * 128LL + gk_17;
            const int t136_2 = (int)(t136_q % 128LL);
            const long long t136_q_2 = t136_q / 128LL;
            const int t136_1 = (int)(t136_q_2 % (long long)d_T);
            const int t136_0 = (int)(t136_q_2 / (long long)d_T);
            const float v0_9 = x0[((long long)t136_0 * d_T + t136_1) * 128 + t136_2];
            va_9 = v0_9;
          }
          As[ak_9 * 64 + am_9] = va_9;
          const int e_13 = lid + 256;
          const int am_10 = e_13 / 16;
          const int ak_10 = e_13 % 16;
          const long long gm_10 = m0_3 + am_10;
          const long long gk_18 = k0_3 + ak_10;
          float va_10 = 0.0f;
          if (gm_10 < M_3 && gk_18 < 128LL) {
            const long long t137_q = gm_10 * 128LL + gk_18;
            const int t137_2 = (int)(t137_q % 128LL);
            const long long t137_q_2 = t137_q / 128LL;
            const int t137_1 = (int)(t137_q_2 % (long long)d_T);
            const int t137_0 = (int)(t137_q_2 / (long long)d_T);
            const float v0_10 = x0[((long long)t137_0 * d_T + t137_1) * 128 + t137_2];
            va_10 = v0_10;
          }
          As[ak_10 * 64 + am_10] = va_10;
          const int e_14 = lid + 512;
          const int am_11 = e_14 / 16;
          const int ak_11 = e_14 % 16;
          const long long gm_11 = m0_3 + am_11;
          const long long gk_19 = k0_3 + ak_11;
          float va_11 = 0.0f;
          if (gm_11 < M_3 && gk_19 < 128LL) {
            const long long t138_q = gm_11 * 128LL + gk_19;
            const int t138_2 = (int)(t138_q % 128LL);
            const long long t138_q_2 = t138_q / 128LL;
            const int t138_1 = (int)(t138_q_2 % (long long)d_T);
            const int t138_0 = (int)(t138_q_2 / (long long)d_T);
            const float v0_11 = x0[((long long)t138_0 * d_T + t138_1) * 128 + t138_2];
            va_11 = v0_11;
          }
          As[ak_11 * 64 + am_11] = va_11;
          const int e_15 = lid + 768;
          const int am_12 = e_15 / 16;
          const int ak_12 = e_15 % 16;
          const long long gm_12 = m0_3 + am_12;
          const long long gk_20 = k0_3 + ak_12;
          float va_12 = 0.0f;
          if (gm_12 < M_3 && gk_20 < 128LL) {
            const long long t139_q = gm_12 * 128LL + gk_20;
            const int t139_2 = (int)(t139_q % 128LL);
            const long long t139_q_2 = t139_q / 128LL;
            const int t139_1 = (int)(t139_q_2 % (long long)d_T);
            const int t139_0 = (int)(t139_q_2 / (long long)d_T);
            const float v0_12 = x0[((long long)t139_0 * d_T + t139_1) * 128 + t139_2];
            va_12 = v0_12;
          }
          As[ak_12 * 64 + am_12] = va_12;
          const int bk_9 = lid / 64;
          const int bn_9 = lid % 64;
          const long long gk_21 = k0_3 + bk_9;
          const long long gn_9 = n0_3 + bn_9;
          float vb_9 = 0.0f;
          if (gk_21 < 128LL && gn_9 < 128LL) {
            vb_9 = x5[gk_21 * 128 + gn_9];
          }
          Bs[lid] = vb_9;
          const int e_16 = lid + 256;
          const int bk_10 = e_16 / 64;
          const int bn_10 = e_16 % 64;
          const long long gk_22 = k0_3 + bk_10;
          const long long gn_10 = n0_3 + bn_10;
          float vb_10 = 0.0f;
          if (gk_22 < 128LL && gn_10 < 128LL) {
            vb_10 = x5[gk_22 * 128 + gn_10];
          }
          Bs[e_16] = vb_10;
          const int e_17 = lid + 512;
          const int bk_11 = e_17 / 64;
          const int bn_11 = e_17 % 64;
          const long long gk_23 = k0_3 + bk_11;
          const long long gn_11 = n0_3 + bn_11;
          float vb_11 = 0.0f;
          if (gk_23 < 128LL && gn_11 < 128LL) {
            vb_11 = x5[gk_23 * 128 + gn_11];
          }
          Bs[e_17] = vb_11;
          const int e_18 = lid + 768;
          const int bk_12 = e_18 / 64;
          const int bn_12 = e_18 % 64;
          const long long gk_24 = k0_3 + bk_12;
          const long long gn_12 = n0_3 + bn_12;
          float vb_12 = 0.0f;
          if (gk_24 < 128LL && gn_12 < 128LL) {
            vb_12 = x5[gk_24 * 128 + gn_12];
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
        const long long om_9 = m0_3 + ty;
        const long long on_33 = n0_3 + tx;
        if (om_9 < M_3 && on_33 < 128LL) {
          const long long o_33 = om_9 * 128 + on_33;
          const int t140_3 = (int)(o_33 % 32);
          const long long t140_q = o_33 / 32;
          const int t140_2 = (int)(t140_q % 4);
          const long long t140_q_2 = t140_q / 4;
          const int t140_1 = (int)(t140_q_2 % d_T);
          const int t140_0 = (int)(t140_q_2 / d_T);
          const int t141_2 = (int)(o_33 % 128);
          const float v3 = acc00_3 + x6[(long long)t141_2];
          y2[(((long long)t140_0 * 4 + t140_2) * d_T + t140_1) * 32 + t140_3] = v3;
          const int t142_3 = (int)(o_33 % 32);
          const long long t142_q = o_33 / 32;
          const int t142_2 = (int)(t142_q % 4);
          const long long t142_q_2 = t142_q / 4;
          const int t142_1 = (int)(t142_q_2 % d_T);
          const int t142_0 = (int)(t142_q_2 / d_T);
          const int t143_2 = (int)(o_33 % 128);
          const float v3_2 = acc00_3 + x6[(long long)t143_2];
          y4[(((long long)t142_0 * 4 + t142_2) * 32 + t142_3) * d_T + t142_1] = v3_2;
        }
        const long long on_34 = n0_3 + tx + 16;
        if (om_9 < M_3 && on_34 < 128LL) {
          const long long o_34 = om_9 * 128 + on_34;
          const int t144_3 = (int)(o_34 % 32);
          const long long t144_q = o_34 / 32;
          const int t144_2 = (int)(t144_q % 4);
          const long long t144_q_2 = t144_q / 4;
          const int t144_1 = (int)(t144_q_2 % d_T);
          const int t144_0 = (int)(t144_q_2 / d_T);
          const int t145_2 = (int)(o_34 % 128);
          const float v3_3 = acc01_3 + x6[(long long)t145_2];
          y2[(((long long)t144_0 * 4 + t144_2) * d_T + t144_1) * 32 + t144_3] = v3_3;
          const int t146_3 = (int)(o_34 % 32);
          const long long t146_q = o_34 / 32;
          const int t146_2 = (int)(t146_q % 4);
          const long long t146_q_2 = t146_q / 4;
          const int t146_1 = (int)(t146_q_2 % d_T);
          const int t146_0 = (int)(t146_q_2 / d_T);
          const int t147_2 = (int)(o_34 % 128);
          const float v3_4 = acc01_3 + x6[(long long)t147_2];
          y4[(((long long)t146_0 * 4 + t146_2) * 32 + t146_3) * d_T + t146_1] = v3_4;
        }
        const long long on_35 = n0_3 + tx + 32;
        if (om_9 < M_3 && on_35 < 128LL) {
          const long long o_35 = om_9 * 128 + on_35;
          const int t148_3 = (int)(o_35 % 32);
          const long long t148_q = o_35 / 32;
          const int t148_2 = (int)(t148_q % 4);
          const long long t148_q_2 = t148_q / 4;
          const int t148_1 = (int)(t148_q_2 % d_T);
          const int t148_0 = (int)(t148_q_2 / d_T);
          const int t149_2 = (int)(o_35 % 128);
          const float v3_5 = acc02_3 + x6[(long long)t149_2];
          y2[(((long long)t148_0 * 4 + t148_2) * d_T + t148_1) * 32 + t148_3] = v3_5;
          const int t150_3 = (int)(o_35 % 32);
          const long long t150_q = o_35 / 32;
          const int t150_2 = (int)(t150_q % 4);
          const long long t150_q_2 = t150_q / 4;
          const int t150_1 = (int)(t150_q_2 % d_T);
          const int t150_0 = (int)(t150_q_2 / d_T);
          const int t151_2 = (int)(o_35 % 128);
          const float v3_6 = acc02_3 + x6[(long long)t151_2];
          y4[(((long long)t150_0 * 4 + t150_2) * 32 + t150_3) * d_T + t150_1] = v3_6;
        }
        const long long on_36 = n0_3 + tx + 48;
        if (om_9 < M_3 && on_36 < 128LL) {
          const long long o_36 = om_9 * 128 + on_36;
          const int t152_3 = (int)(o_36 % 32);
          const long long t152_q = o_36 / 32;
          const int t152_2 = (int)(t152_q % 4);
          const long long t152_q_2 = t152_q / 4;
          const int t152_1 = (int)(t152_q_2 % d_T);
          const int t152_0 = (int)(t152_q_2 / d_T);
          const int t153_2 = (int)(o_36 % 128);
          const float v3_7 = acc03_3 + x6[(long long)t153_2];
          y2[(((long long)t152_0 * 4 + t152_2) * d_T + t152_1) * 32 + t152_3] = v3_7;
          const int t154_3 = (int)(o_36 % 32);
          const long long t154_q = o_36 / 32;
          const int t154_2 = (int)(t154_q % 4);
          const long long t154_q_2 = t154_q / 4;
          const int t154_1 = (int)(t154_q_2 % d_T);
          const int t154_0 = (int)(t154_q_2 / d_T);
          const int t155_2 = (int)(o_36 % 128);
          const float v3_8 = acc03_3 + x6[(long long)t155_2];
          y4[(((long long)t154_0 * 4 + t154_2) * 32 + t154_3) * d_T + t154_1] = v3_8;
        }
        const long long om_10 = m0_3 + ty + 16;
        const long long on_37 = n0_3 + tx;
        if (om_10 < M_3 && on_37 < 128LL) {
          const long long o_37 = om_10 * 128 + on_37;
          const int t156_3 = (int)(o_37 % 32);
          const long long t156_q = o_37 / 32;
          const int t156_2 = (int)(t156_q % 4);
          const long long t156_q_2 = t156_q / 4;
          const int t156_1 = (int)(t156_q_2 % d_T);
          const int t156_0 = (int)(t156_q_2 / d_T);
          const int t157_2 = (int)(o_37 % 128);
          const float v3_9 = acc10_3 + x6[(long long)t157_2];
          y2[(((long long)t156_0 * 4 + t156_2) * d_T + t156_1) * 32 + t156_3] = v3_9;
          const int t158_3 = (int)(o_37 % 32);
          const long long t158_q = o_37 / 32;
          const int t158_2 = (int)(t158_q % 4);
          const long long t158_q_2 = t158_q / 4;
          const int t158_1 = (int)(t158_q_2 % d_T);
          const int t158_0 = (int)(t158_q_2 / d_T);
          const int t159_2 = (int)(o_37 % 128);
          const float v3_10 = acc10_3 + x6[(long long)t159_2];
          y4[(((long long)t158_0 * 4 + t158_2) * 32 + t158_3) * d_T + t158_1] = v3_10;
        }
        const long long on_38 = n0_3 + tx + 16;
        if (om_10 < M_3 && on_38 < 128LL) {
          const long long o_38 = om_10 * 128 + on_38;
          const int t160_3 = (int)(o_38 % 32);
          const long long t160_q = o_38 / 32;
          const int t160_2 = (int)(t160_q % 4);
          const long long t160_q_2 = t160_q / 4;
          const int t160_1 = (int)(t160_q_2 % d_T);
          const int t160_0 = (int)(t160_q_2 / d_T);
          const int t161_2 = (int)(o_38 % 128);
          const float v3_11 = acc11_3 + x6[(long long)t161_2];
          y2[(((long long)t160_0 * 4 + t160_2) * d_T + t160_1) * 32 + t160_3] = v3_11;
          const int t162_3 = (int)(o_38 % 32);
          const long long t162_q = o_38 / 32;
          const int t162_2 = (int)(t162_q % 4);
          const long long t162_q_2 = t162_q / 4;
          const int t162_1 = (int)(t162_q_2 % d_T);
          const int t162_0 = (int)(t162_q_2 / d_T);
          const int t163_2 = (int)(o_38 % 128);
          const float v3_12 = acc11_3 + x6[(long long)t163_2];
          y4[(((long long)t162_0 * 4 + t162_2) * 32 + t162_3) * d_T + t162_1] = v3_12;
        }
        const long long on_39 = n0_3 + tx + 32;
        if (om_10 < M_3 && on_39 < 128LL) {
          const long long o_39 = om_10 * 128 + on_39;
          const int t164_3 = (int)(o_39 % 32);
          const long long t164_q = o_39 / 32;
          const int t164_2 = (int)(t164_q % 4);
          const long long t164_q_2 = t164_q / 4;
          const int t164_1 = (int)(t164_q_2 % d_T);
          const int t164_0 = (int)(t164_q_2 / d_T);
          const int t165_2 = (int)(o_39 % 128);
          const float v3_13 = acc12_3 + x6[(long long)t165_2];
          y2[(((long long)t164_0 * 4 + t164_2) * d_T + t164_1) * 32 + t164_3] = v3_13;
          const int t166_3 = (int)(o_39 % 32);
          const long long t166_q = o_39 / 32;
          const int t166_2 = (int)(t166_q % 4);
          const long long t166_q_2 = t166_q / 4;
          const int t166_1 = (int)(t166_q_2 % d_T);
          const int t166_0 = (int)(t166_q_2 / d_T);
          const int t167_2 = (int)(o_39 % 128);
          const float v3_14 = acc12_3 + x6[(long long)t167_2];
          y4[(((long long)t166_0 * 4 + t166_2) * 32 + t166_3) * d_T + t166_1] = v3_14;
        }
        const long long on_40 = n0_3 + tx + 48;
        if (om_10 < M_3 && on_40 < 128LL) {
          const long long o_40 = om_10 * 128 + on_40;
          const int t168_3 = (int)(o_40 % 32);
          const long long t168_q = o_40 / 32;
          const int t168_2 = (int)(t168_q % 4);
          const long long t168_q_2 = t168_q / 4;
          const int t168_1 = (int)(t168_q_2 % d_T);
          const int t168_0 = (int)(t168_q_2 / d_T);
          const int t169_2 = (int)(o_40 % 128);
          const float v3_15 = acc13_3 + x6[(long long)t169_2];
          y2[(((long long)t168_0 * 4 + t168_2) * d_T + t168_1) * 32 + t168_3] = v3_15;
          const int t170_3 = (int)(o_40 % 32);
          const long long t170_q = o_40 / 32;
          const int t170_2 = (int)(t170_q % 4);
          const long long t170_q_2 = t170_q / 4;
          const int t170_1 = (int)(t170_q_2 % d_T);
          const int t170_0 = (int)(t170_q_2 / d_T);
          const int t171_2 = (int)(o_40 % 128);
          const float v3_16 = acc13_3 + x6[(long long)t171_2];
          y4[(((long long)t170_0 * 4 + t170_2) * 32 + t170_3) * d_T + t170_1] = v3_16;
        }
        const long long om_11 = m0_3 + ty + 32;
        const long long on_41 = n0_3 + tx;
        if (om_11 < M_3 && on_41 < 128LL) {
          const long long o_41 = om_11 * 128 + on_41;
          const int t172_3 = (int)(o_41 % 32);
          const long long t172_q = o_41 / 32;
          const int t172_2 = (int)(t172_q % 4);
          const long long t172_q_2 = t172_q / 4;
          const int t172_1 = (int)(t172_q_2 % d_T);
          const int t172_0 = (int)(t172_q_2 / d_T);
          const int t173_2 = (int)(o_41 % 128);
          const float v3_17 = acc20_3 + x6[(long long)t173_2];
          y2[(((long long)t172_0 * 4 + t172_2) * d_T + t172_1) * 32 + t172_3] = v3_17;
          const int t174_3 = (int)(o_41 % 32);
          const long long t174_q = o_41 / 32;
          const int t174_2 = (int)(t174_q % 4);
          const long long t174_q_2 = t174_q / 4;
          const int t174_1 = (int)(t174_q_2 % d_T);
          const int t174_0 = (int)(t174_q_2 / d_T);
          const int t175_2 = (int)(o_41 % 128);
          const float v3_18 = acc20_3 + x6[(long long)t175_2];
          y4[(((long long)t174_0 * 4 + t174_2) * 32 + t174_3) * d_T + t174_1] = v3_18;
        }
        const long long on_42 = n0_3 + tx + 16;
        if (om_11 < M_3 && on_42 < 128LL) {
          const long long o_42 = om_11 * 128 + on_42;
          const int t176_3 = (int)(o_42 % 32);
          const long long t176_q = o_42 / 32;
          const int t176_2 = (int)(t176_q % 4);
          const long long t176_q_2 = t176_q / 4;
          const int t176_1 = (int)(t176_q_2 % d_T);
          const int t176_0 = (int)(t176_q_2 / d_T);
          const int t177_2 = (int)(o_42 % 128);
          const float v3_19 = acc21_3 + x6[(long long)t177_2];
          y2[(((long long)t176_0 * 4 + t176_2) * d_T + t176_1) * 32 + t176_3] = v3_19;
          const int t178_3 = (int)(o_42 % 32);
          const long long t178_q = o_42 / 32;
          const int t178_2 = (int)(t178_q % 4);
          const long long t178_q_2 = t178_q / 4;
          const int t178_1 = (int)(t178_q_2 % d_T);
          const int t178_0 = (int)(t178_q_2 / d_T);
          const int t179_2 = (int)(o_42 % 128);
          const float v3_20 = acc21_3 + x6[(long long)t179_2];
          y4[(((long long)t178_0 * 4 + t178_2) * 32 + t178_3) * d_T + t178_1] = v3_20;
        }
        const long long on_43 = n0_3 + tx + 32;
        if (om_11 < M_3 && on_43 < 128LL) {
          const long long o_43 = om_11 * 128 + on_43;
          const int t180_3 = (int)(o_43 % 32);
          const long long t180_q = o_43 / 32;
          const int t180_2 = (int)(t180_q % 4);
          const long long t180_q_2 = t180_q / 4;
          const int t180_1 = (int)(t180_q_2 % d_T);
          const int t180_0 = (int)(t180_q_2 / d_T);
          const int t181_2 = (int)(o_43 % 128);
          const float v3_21 = acc22_3 + x6[(long long)t181_2];
          y2[(((long long)t180_0 * 4 + t180_2) * d_T + t180_1) * 32 + t180_3] = v3_21;
          const int t182_3 = (int)(o_43 % 32);
          const long long t182_q = o_43 / 32;
          const int t182_2 = (int)(t182_q % 4);
          const long long t182_q_2 = t182_q / 4;
          const int t182_1 = (int)(t182_q_2 % d_T);
          const int t182_0 = (int)(t182_q_2 / d_T);
          const int t183_2 = (int)(o_43 % 128);
          const float v3_22 = acc22_3 + x6[(long long)t183_2];
          y4[(((long long)t182_0 * 4 + t182_2) * 32 + t182_3) * d_T + t182_1] = v3_22;
        }
        const long long on_44 = n0_3 + tx + 48;
        if (om_11 < M_3 && on_44 < 128LL) {
          const long long o_44 = om_11 * 128 + on_44;
          const int t184_3 = (int)(o_44 % 32);
          const long long t184_q = o_44 / 32;
          const int t184_2 = (int)(t184_q % 4);
          const long long t184_q_2 = t184_q / 4;
          const int t184_1 = (int)(t184_q_2 % d_T);
          const int t184_0 = (int)(t184_q_2 / d_T);
          const int t185_2 = (int)(o_44 % 128);
          const float v3_23 = acc23_3 + x6[(long long)t185_2];
          y2[(((long long)t184_0 * 4 + t184_2) * d_T + t184_1) * 32 + t184_3] = v3_23;
          const int t186_3 = (int)(o_44 % 32);
          const long long t186_q = o_44 / 32;
          const int t186_2 = (int)(t186_q % 4);
          const long long t186_q_2 = t186_q / 4;
          const int t186_1 = (int)(t186_q_2 % d_T);
          const int t186_0 = (int)(t186_q_2 / d_T);
          const int t187_2 = (int)(o_44 % 128);
          const float v3_24 = acc23_3 + x6[(long long)t187_2];
          y4[(((long long)t186_0 * 4 + t186_2) * 32 + t186_3) * d_T + t186_1] = v3_24;
        }
        const long long om_12 = m0_3 + ty + 48;
        const long long on_45 = n0_3 + tx;
        if (om_12 < M_3 && on_45 < 128LL) {
          const long long o_45 = om_12 * 128 + on_45;
          const int t188_3 = (int)(o_45 % 32);
          const long long t188_q = o_45 / 32;
          const int t188_2 = (int)(t188_q % 4);
          const long long t188_q_2 = t188_q / 4;
          const int t188_1 = (int)(t188_q_2 % d_T);
          const int t188_0 = (int)(t188_q_2 / d_T);
          const int t189_2 = (int)(o_45 % 128);
          const float v3_25 = acc30_3 + x6[(long long)t189_2];
          y2[(((long long)t188_0 * 4 + t188_2) * d_T + t188_1) * 32 + t188_3] = v3_25;
          const int t190_3 = (int)(o_45 % 32);
          const long long t190_q = o_45 / 32;
          const int t190_2 = (int)(t190_q % 4);
          const long long t190_q_2 = t190_q / 4;
          const int t190_1 = (int)(t190_q_2 % d_T);
          const int t190_0 = (int)(t190_q_2 / d_T);
          const int t191_2 = (int)(o_45 % 128);
          const float v3_26 = acc30_3 + x6[(long long)t191_2];
          y4[(((long long)t190_0 * 4 + t190_2) * 32 + t190_3) * d_T + t190_1] = v3_26;
        }
        const long long on_46 = n0_3 + tx + 16;
        if (om_12 < M_3 && on_46 < 128LL) {
          const long long o_46 = om_12 * 128 + on_46;
          const int t192_3 = (int)(o_46 % 32);
          const long long t192_q = o_46 / 32;
          const int t192_2 = (int)(t192_q % 4);
          const long long t192_q_2 = t192_q / 4;
          const int t192_1 = (int)(t192_q_2 % d_T);
          const int t192_0 = (int)(t192_q_2 / d_T);
          const int t193_2 = (int)(o_46 % 128);
          const float v3_27 = acc31_3 + x6[(long long)t193_2];
          y2[(((long long)t192_0 * 4 + t192_2) * d_T + t192_1) * 32 + t192_3] = v3_27;
          const int t194_3 = (int)(o_46 % 32);
          const long long t194_q = o_46 / 32;
          const int t194_2 = (int)(t194_q % 4);
          const long long t194_q_2 = t194_q / 4;
          const int t194_1 = (int)(t194_q_2 % d_T);
          const int t194_0 = (int)(t194_q_2 / d_T);
          const int t195_2 = (int)(o_46 % 128);
          const float v3_28 = acc31_3 + x6[(long long)t195_2];
          y4[(((long long)t194_0 * 4 + t194_2) * 32 + t194_3) * d_T + t194_1] = v3_28;
        }
        const long long on_47 = n0_3 + tx + 32;
        if (om_12 < M_3 && on_47 < 128LL) {
          const long long o_47 = om_12 * 128 + on_47;
          const int t196_3 = (int)(o_47 % 32);
          const long long t196_q = o_47 / 32;
          const int t196_2 = (int)(t196_q % 4);
          const long long t196_q_2 = t196_q / 4;
          const int t196_1 = (int)(t196_q_2 % d_T);
          const int t196_0 = (int)(t196_q_2 / d_T);
          const int t197_2 = (int)(o_47 % 128);
          const float v3_29 = acc32_3 + x6[(long long)t197_2];
          y2[(((long long)t196_0 * 4 + t196_2) * d_T + t196_1) * 32 + t196_3] = v3_29;
          const int t198_3 = (int)(o_47 % 32);
          const long long t198_q = o_47 / 32;
          const int t198_2 = (int)(t198_q % 4);
          const long long t198_q_2 = t198_q / 4;
          const int t198_1 = (int)(t198_q_2 % d_T);
          const int t198_0 = (int)(t198_q_2 / d_T);
          const int t199_2 = (int)(o_47 % 128);
          const float v3_30 = acc32_3 + x6[(long long)t199_2];
          y4[(((long long)t198_0 * 4 + t198_2) * 32 + t198_3) * d_T + t198_1] = v3_30;
        }
        const long long on_48 = n0_3 + tx + 48;
        if (om_12 < M_3 && on_48 < 128LL) {
          const long long o_48 = om_12 * 128 + on_48;
          const int t200_3 = (int)(o_48 % 32);
          const long long t200_q = o_48 / 32;
          const int t200_2 = (int)(t200_q % 4);
          const long long t200_q_2 = t200_q / 4;
          const int t200_1 = (int)(t200_q_2 % d_T);
          const int t200_0 = (int)(t200_q_2 / d_T);
          const int t201_2 = (int)(o_48 % 128);
          const float v3_31 = acc33_3 + x6[(long long)t201_2];
          y2[(((long long)t200_0 * 4 + t200_2) * d_T + t200_1) * 32 + t200_3] = v3_31;
          const int t202_3 = (int)(o_48 % 32);
          const long long t202_q = o_48 / 32;
          const int t202_2 = (int)(t202_q % 4);
          const long long t202_q_2 = t202_q / 4;
          const int t202_1 = (int)(t202_q_2 % d_T);
          const int t202_0 = (int)(t202_q_2 / d_T);
          const int t203_2 = (int)(o_48 % 128);
          const float v3_32 = acc33_3 + x6[(long long)t203_2];
          y4[(((long long)t202_0 * 4 + t202_2) * 32 + t202_3) * d_T + t202_1] = v3_32;
        }
      }
    }
  }
}
